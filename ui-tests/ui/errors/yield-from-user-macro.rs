macro_rules! emit {
    ($e:expr) => {
        yield_!($e)
    };
}

#[coro_core::coroutine(yield = u32)]
fn produce() {
    emit!(1);
}

fn main() {}
