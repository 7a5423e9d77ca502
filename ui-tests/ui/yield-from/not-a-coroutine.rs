#[coro_core::coroutine(yield = u32)]
fn produce() {
    yield_from!(5u8);
}

fn main() {}
