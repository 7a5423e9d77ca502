#[coro_core::coroutine(yield = u32)]
fn items() {
    yield_from!(vec!["a", "b"]);
}

#[coro_core::coroutine(yield = u32, resume = u8)]
fn sub() {
    let _x = yield_!(1);
}

#[coro_core::coroutine(yield = u32)]
fn outer() {
    yield_from!(sub());
}

fn main() {}
