#[coro_core::coroutine(yield = u32)]
fn produce() {
    let v = vec![1, 2];
    for x in &v {
        yield_!(*x);
    }
}

fn main() {}
