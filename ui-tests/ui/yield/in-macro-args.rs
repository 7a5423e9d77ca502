#[coro_core::coroutine(yield = u32, resume = u32)]
fn produce() {
    println!("{}", yield_!(1));
}

fn main() {}
