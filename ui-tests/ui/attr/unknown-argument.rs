#[coro_core::coroutine(yield = u32, output = u32)]
fn produce() {
    yield_!(1);
}

fn main() {}
