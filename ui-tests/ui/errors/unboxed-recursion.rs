#[coro_core::coroutine(yield = u32)]
fn walk(depth: u32) {
    yield_!(depth);
    if depth > 0 {
        yield_from!(walk(depth - 1));
    }
}

fn main() {}
