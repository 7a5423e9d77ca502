fn make() -> Vec<u32> { vec![1, 2] }

#[coro_core::coroutine(yield = u32)]
fn temp_iter() {
    for x in make().iter() {
        yield_!(*x);
    }
}

fn main() {}
