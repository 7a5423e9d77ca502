// A temporary of the statement that suspends is kept to the end of the statement, across the
// `yield_!`, unless a method on the list of by-value methods takes it: a user method taking
// `self` is taken for a borrow, and rustc reports the move, naming the hidden local. The fix:
// `Builder::build(Builder::new())`.
struct Builder(Vec<u32>);

impl Builder {
    fn new() -> Self {
        Builder(vec![1, 2])
    }

    fn build(self) -> u32 {
        self.0.len() as u32
    }
}

#[coro_core::coroutine(yield = u32)]
fn assemble() {
    yield_!(Builder::new().build());
}

fn main() {}
