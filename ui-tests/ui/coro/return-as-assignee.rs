// An early `return` written as the left of an assignment: the compiler's own error (an
// invalid left-hand side) at the user's code, not a syntax error in the expansion.
use coro_core::Coroutine;

fn main() {
    let mut c = coro_core::coro!(|first: u32| {
        let mut n = first;
        loop {
            return = yield_!(n + 1);
            n += 1;
        }
    });
    let _ = c.resume(1);
}
