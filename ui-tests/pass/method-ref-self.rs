use coro_core::{Coroutine, CoroutineState};

struct Counter {
    items: Vec<u32>,
}

impl Counter {
    #[coro_core::coroutine(yield = u32)]
    fn walk(&self) -> usize {
        for x in &self.items {
            yield_!(*x);
        }
        self.items.len()
    }
}

fn main() {
    let c = Counter { items: vec![3, 4] };
    let mut co = c.walk();
    assert_eq!(co.resume(()), CoroutineState::Yielded(3));
    assert_eq!(co.resume(()), CoroutineState::Yielded(4));
    assert_eq!(co.resume(()), CoroutineState::Complete(2));
}
