#[coro_core::coroutine(yield = u32)]
struct Gen {
    n: u32,
}

fn main() {}
