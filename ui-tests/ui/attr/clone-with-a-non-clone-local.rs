struct NotClone;

#[coro_core::coroutine(yield = u32, clone)]
fn produce() {
    let held = NotClone;
    yield_!(1);
    drop(held);
}

fn main() {
    let co = produce();
    let _ = co.clone();
}
