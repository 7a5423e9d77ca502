// A `coro!` body that iterates over a borrow of its own capture across a yield: one error
// with its note, and no follow-up errors from the expression's users.
use coro_core::Coroutine;

fn main() {
    let v = vec![1, 2, 3];
    let mut c = coro_core::coro!(move || {
        for x in &v {
            yield_!(*x);
        }
    });
    let _ = c.resume(());
}
