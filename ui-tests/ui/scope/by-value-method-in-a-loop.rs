// A method that takes its receiver by value and is not on the list, inside a loop that
// resumes in place (on the state's fields, through `&mut`): rustc reports the move out of
// the field. The fix, as elsewhere: `Token::redeem(token)` or `{ token }.redeem()`.
struct Token(String);

impl Token {
    fn redeem(self) -> usize {
        self.0.len()
    }
}

#[coro_core::coroutine(yield = usize)]
fn spend_all() {
    let mut token = Token(String::from("coin"));
    let mut i = 0;
    while i < 3 {
        i += 1;
        let n = token.redeem();
        token = Token(String::from("note"));
        yield_!(n);
    }
}

fn main() {}
