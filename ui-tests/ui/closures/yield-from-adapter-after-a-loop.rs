#[coro_core::coroutine(yield = u32)]
fn twice(v: &[u32]) {
    for x in v {
        yield_!(*x);
    }
    yield_from!(v.iter().map(|x| x * 2));
}

fn main() {}
