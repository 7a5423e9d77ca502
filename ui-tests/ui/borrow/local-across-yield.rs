#[coro_core::coroutine(yield = u32)]
fn produce() {
    let a = 3;
    let b = &a;
    yield_!(1);
    println!("{}", b);
}

fn main() {}
