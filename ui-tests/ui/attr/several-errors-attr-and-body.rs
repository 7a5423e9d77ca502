// Two independent mistakes, one in the arguments and one in the body: an unknown key and a
// `yield_!` inside a closure. Both should be reported in one pass.
#[coro_core::coroutine(yield = u32, output = u32)]
fn produce() {
    let f = || {
        yield_!(1);
    };
    f();
}

fn main() {}
