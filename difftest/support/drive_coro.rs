pub use coro_core::coro;
pub fn drive<C, R: Debug>(mut co: C, inputs: Vec<String>)
where
    C: coro_core::Coroutine<String, Yield = String, Return = R>,
{
    for input in inputs {
        match catch(|| co.resume(input)) {
            Ok(coro_core::CoroutineState::Yielded(y)) => log(format!("Y {y:?}")),
            Ok(coro_core::CoroutineState::Complete(r)) => log(format!("R {r:?}")),
            Err(m) => log(format!("PANIC {m}")),
        }
    }
    log("<drop coroutine>");
    drop(co);
}
