// A method that takes its receiver by value and is not on the list, called on a local that
// may have been moved before (here in the other branch): the local has a drop flag (a
// `coro_core::DropFlag<Token>`), and rustc reports the move out of it at the receiver. The
// fix is the same: `Token::redeem(token)` or `{ token }.redeem()`.
struct Token(String);

impl Token {
    fn redeem(self) -> usize {
        self.0.len()
    }
}

fn keep(token: Token) -> usize {
    token.0.len()
}

#[coro_core::coroutine(yield = usize)]
fn spend(c: bool) {
    let token = Token(String::from("coin"));
    let n = if c { keep(token) } else { token.redeem() };
    yield_!(n);
}

fn main() {}
