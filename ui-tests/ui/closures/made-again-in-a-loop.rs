#[coro_core::coroutine(yield = u32)]
fn in_loop() {
    for i in 0..3u32 {
        let add = move |x: u32| x + i;
        yield_!(add(1));
        yield_!(add(2));
    }
}

fn main() {}
