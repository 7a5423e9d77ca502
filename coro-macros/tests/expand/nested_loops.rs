//! Two nested `for` loops with the suspension point in the inner one: both iterators and
//! the outer loop's variable are kept across it.

/// Yields every pair `i < j` below `n`; returns how many there were.
#[coro_core::coroutine(yield = (u32, u32))]
pub fn pairs(n: u32) -> u32 {
    let mut count = 0;
    for i in 0..n {
        for j in i + 1..n {
            count += 1;
            yield_!((i, j));
        }
    }
    count
}
