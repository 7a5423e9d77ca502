#[coro_core::coroutine(resume = u32)]
fn f(#[resume] x: String) {}

fn main() {}
