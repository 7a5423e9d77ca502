#[coro_core::coroutine(yield = u32, yield = u64)]
fn produce() {
    yield_!(1);
}

fn main() {}
