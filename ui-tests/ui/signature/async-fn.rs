#[coro_core::coroutine(yield = u32)]
async fn produce() {
    yield_!(1);
}

fn main() {}
