#[coro_core::coroutine]
fn produce() {
    yield_!(5u32);
}

fn main() {}
