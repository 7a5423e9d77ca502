#[coro_core::coroutine(yield = u32)]
fn adapters(v: &[u32]) {
    for round in 0..2u32 {
        let scaled = v.iter().map(move |x| x * round);
        for x in scaled.clone() {
            yield_!(x);
        }
        let sum: u32 = v.iter().map(|x| x + 1).sum();
        yield_!(sum);
        yield_!(sum);
    }
}

fn main() {}
