//! In-place resumption: the loop's only suspension point is in it and the loop only updates
//! its locals, so resuming runs the loop directly on the state's fields (through `&mut`s),
//! and suspending again writes nothing.

/// Yields the sum of the last three values of `data` at each step; returns the last window.
#[coro_core::coroutine(yield = u32)]
pub fn window_sums(data: Vec<u32>) -> Vec<u32> {
    let mut window = Vec::new();
    let mut i = 0;
    while i < data.len() {
        window.push(data[i]);
        if window.len() > 3 {
            window.remove(0);
        }
        i += 1;
        yield_!(window.iter().sum());
    }
    window
}

/// Yields the value of the previous resume `n` times (`0` first), then returns the last one.
/// The loop's suspension point is not its last statement: `last`, assigned right after it,
/// is declared outside the loop but needs no saving, so the entry declares it before running
/// the loop in place. `for _ in 0..n`, which binds no item, counts the iterations left down.
#[coro_core::coroutine(yield = u64, resume = u64)]
pub fn echo(n: u32) -> u64 {
    let mut last = 0u64;
    for _ in 0..n {
        last = yield_!(last);
    }
    last
}
