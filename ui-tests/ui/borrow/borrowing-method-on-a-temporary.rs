// A `for` head that borrows a temporary (`make().iter()`) while the loop's body suspends:
// natively the temporary lives to the end of the loop; in a coroutine it would move into
// the state, borrowed. Reported at the temporary, for the methods known to keep a borrow.
fn make() -> Vec<u32> {
    vec![1, 2]
}

#[coro_core::coroutine(yield = u32)]
fn iterate() {
    for x in make().iter() {
        yield_!(*x);
    }
}

#[coro_core::coroutine(yield = u32)]
fn through_an_adapter() {
    for x in make().iter().map(|x| x * 2) {
        yield_!(x);
    }
}

fn main() {}
