//! In-place resumption: the loop's only suspension point is its last statement and the
//! loop only updates its locals, so resuming runs the loop directly on the state's fields
//! (through `&mut`s), and suspending again writes nothing.

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
