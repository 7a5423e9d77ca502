#[coro_core::coroutine(yield = usize, resume = bool)]
fn lengths(values: Vec<Option<String>>) -> usize {
    let mut total = 0;
    for value in values {
        match value {
            Some(s) if yield_!(s.len()) => total += s.len(),
            Some(s) => total += s.len() * 2,
            None => {}
        }
    }
    total
}

fn main() {}
