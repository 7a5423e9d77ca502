// A method that takes its receiver by value and is not on the list of such methods: the
// rewrite keeps `token` to the end of its scope, across the `yield_!`, and rustc reports the
// move. The fix: `Token::redeem(token)` or `{ token }.redeem()`.
struct Token(String);

impl Token {
    fn redeem(self) -> usize {
        self.0.len()
    }
}

#[coro_core::coroutine(yield = usize)]
fn spend() {
    let token = Token(String::from("coin"));
    let n = token.redeem();
    yield_!(n);
}

fn main() {}
