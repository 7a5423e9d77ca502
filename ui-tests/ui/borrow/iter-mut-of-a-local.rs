#[coro_core::coroutine(yield = u32, resume = u32)]
fn fill() -> Vec<u32> {
    let mut v = vec![0; 3];
    for x in v.iter_mut() {
        *x = yield_!(1);
    }
    v
}

fn main() {}
