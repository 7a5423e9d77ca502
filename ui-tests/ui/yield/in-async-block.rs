#[coro_core::coroutine(yield = u32)]
fn produce() {
    let fut = async {
        yield_!(1);
    };
    drop(fut);
}

fn main() {}
