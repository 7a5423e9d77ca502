
#[coro_core::coroutine(yield = usize)]
fn guard() {
    let cell = std::cell::RefCell::new(vec![1]);
    let g = cell.borrow();
    yield_!(g.len());
    drop(g);
}

fn main() {}
