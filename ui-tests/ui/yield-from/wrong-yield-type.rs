#[coro_core::coroutine(yield = &'static str)]
fn words() {
    yield_!("one");
}

#[coro_core::coroutine(yield = u32)]
fn numbers() {
    yield_from!(words());
}

fn main() {}
