#[coro_core::coroutine(yield = u32)]
fn items(v: &[u32]) {
    for &x in v {
        yield_!(x);
    }
}

#[coro_core::coroutine(yield = u32)]
fn outer() {
    let (tag, rx) = (1u32, vec![1u32, 2]);
    yield_from!(items(&rx));
    yield_!(tag);
}

fn main() {}
