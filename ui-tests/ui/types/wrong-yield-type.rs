#[coro_core::coroutine(yield = u32)]
fn produce() {
    yield_!("text");
}

fn main() {}
