//! An early `return` and `?` after suspension points: both complete the coroutine from the
//! middle of its loop.

use std::num::ParseIntError;

/// Yields each number of `items` until `"stop"`; returns their sum, or the first error.
#[coro_core::coroutine(yield = u32)]
pub fn parse_all(items: Vec<&'static str>) -> Result<u32, ParseIntError> {
    let mut sum = 0;
    for item in items {
        if item == "stop" {
            return Ok(sum);
        }
        let n: u32 = item.parse()?;
        sum += n;
        yield_!(n);
    }
    Ok(sum)
}
