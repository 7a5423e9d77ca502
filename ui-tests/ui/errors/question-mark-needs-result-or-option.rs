#[coro_core::coroutine(yield = u32)]
fn produce(v: Option<u32>) -> Result<u32, String> {
    let n = v?;
    yield_!(n);
    Ok(n)
}

#[coro_core::coroutine(yield = u32)]
fn plain_return(text: &str) -> u32 {
    let n: u32 = text.parse()?;
    yield_!(n);
    n
}

fn main() {}
