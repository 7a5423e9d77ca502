#[coro_core::coroutine(yield = u32)]
fn produce() -> String {
    yield_!(1);
    5u32
}

fn main() {}
