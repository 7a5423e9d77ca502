#[coro_core::coroutine(yield = u32)]
fn closure_borrow() {
    let v = vec![1u32, 2];
    let get = |i: usize| v[i];
    yield_!(get(0));
    yield_!(get(1));
}

fn main() {}
