#[coro_core::coroutine(yield = u32)]
fn produce() {
    let f = || {
        yield_!(1);
    };
    f();
}

fn main() {}
