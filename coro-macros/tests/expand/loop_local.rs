//! A `loop` with a local that lives across its suspension point, and a value given by
//! `break`.

/// Yields the powers of two up to `limit`; returns the first one past it.
#[coro_core::coroutine(yield = u32)]
pub fn powers(limit: u32) -> u32 {
    let mut power = 1;
    loop {
        let next = power * 2;
        yield_!(power);
        if next > limit {
            break next;
        }
        power = next;
    }
}
