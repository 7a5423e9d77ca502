fn not_a_coroutine() {
    coro_core::yield_!(1);
}

fn main() {}
