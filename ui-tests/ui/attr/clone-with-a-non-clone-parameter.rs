struct NotClone;

#[coro_core::coroutine(yield = u32, clone)]
fn produce(held: NotClone) {
    yield_!(1);
    drop(held);
}

fn main() {}
