#[derive(Debug)]
struct MyError;

#[coro_core::coroutine(yield = u32)]
fn produce(text: &str) -> Result<u32, MyError> {
    let n: u32 = text.parse()?;
    yield_!(n);
    Ok(n)
}

fn main() {}
