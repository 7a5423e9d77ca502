use coro_core::{Coroutine, CoroutineState};

#[coro_core::coroutine(yield = u32)]
fn doubled(items: impl IntoIterator<Item = u32>, label: impl AsRef<str>) -> String {
    for x in items {
        yield_!(x * 2);
    }
    label.as_ref().to_owned()
}

fn main() {
    let mut co = doubled(vec![1, 5], "done");
    assert_eq!(co.resume(()), CoroutineState::Yielded(2));
    assert_eq!(co.resume(()), CoroutineState::Yielded(10));
    assert_eq!(co.resume(()), CoroutineState::Complete(String::from("done")));
}
