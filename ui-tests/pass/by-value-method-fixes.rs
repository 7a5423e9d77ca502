// The two fixes of a by-value method that the rewrite takes for a borrow (see
// ui/scope/by-value-method-not-on-the-list.rs): a path call, or a block around the receiver.
struct Token(String);

impl Token {
    fn redeem(self) -> usize {
        self.0.len()
    }
}

#[coro_core::coroutine(yield = usize)]
fn spend() {
    let token = Token(String::from("coin"));
    let n = Token::redeem(token);
    yield_!(n);
    let other = Token(String::from("note"));
    let m = { other }.redeem();
    yield_!(m);
}

fn main() {
    use coro_core::Coroutine;
    let mut co = spend();
    assert_eq!(co.resume(()), coro_core::CoroutineState::Yielded(4));
    assert_eq!(co.resume(()), coro_core::CoroutineState::Yielded(4));
}
