// A `for` head that borrows a temporary the macro sees is not a reference: reported by
// the macro, naming the temporary as written.
fn make() -> Vec<u32> {
    vec![1, 2]
}

#[coro_core::coroutine(yield = u32)]
fn by_reference() {
    for x in &make() {
        yield_!(*x);
    }
}

#[coro_core::coroutine(yield = u32)]
fn of_a_vec() {
    for x in vec![1u32, 2].iter() {
        yield_!(*x);
    }
}

fn main() {}
