// A `clone` coroutine that keeps a value the macro binds for the user's code: a `for`
// loop's iterator, a temporary of a `match` head, a temporary of the statement that
// suspends. Each check is reported where the value is written.
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.0 = self.0.checked_sub(1)?;
        Some(self.0)
    }
}

struct NotClone(u32);

impl NotClone {
    fn id(&self) -> u32 {
        self.0
    }
}

#[coro_core::coroutine(yield = u32, clone)]
fn iterator() {
    for x in Countdown(3) {
        yield_!(x);
    }
}

#[coro_core::coroutine(yield = u32, clone)]
fn head() {
    match NotClone(3).id() {
        n => {
            yield_!(n);
        }
    }
}

#[coro_core::coroutine(yield = u32, clone)]
fn statement() {
    yield_!(NotClone(4).id());
}

fn main() {
    let _ = iterator().clone();
    let _ = head().clone();
    let _ = statement().clone();
}
