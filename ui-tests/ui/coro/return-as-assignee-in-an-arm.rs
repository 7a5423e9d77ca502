// An early `return` written as the left of an assignment in a match arm that has no
// suspension point (the match has one elsewhere): the compiler's own error at the user's
// code, not a syntax error in the expansion.
use coro_core::Coroutine;

fn main() {
    let mut c = coro_core::coro!(|| -> Option<()> {
        match 0 {
            0 => return = None,
            _ => {
                yield_!(());
                Some(())
            }
        }
    });
    let _ = c.resume(());
}
