pub fn drive<C, R: Debug>(mut co: C, inputs: Vec<String>)
where
    C: std::ops::Coroutine<String, Yield = String, Return = R> + Unpin,
{
    for input in inputs {
        match catch(|| std::pin::Pin::new(&mut co).resume(input)) {
            Ok(std::ops::CoroutineState::Yielded(y)) => log(format!("Y {y:?}")),
            Ok(std::ops::CoroutineState::Complete(r)) => log(format!("R {r:?}")),
            Err(m) => log(format!("PANIC {m}")),
        }
    }
    log("<drop coroutine>");
    drop(co);
}
