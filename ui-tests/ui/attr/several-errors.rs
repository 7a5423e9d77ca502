// Two independent mistakes in the arguments: an unknown key and a duplicate key.
#[coro_core::coroutine(yield = u32, output = u32, yield = u8)]
fn produce() {
    yield_!(1);
}

fn main() {}
