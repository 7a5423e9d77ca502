//! The user's code in a coroutine body warns as it would in a plain function: an unused
//! variable, a needless `mut`, unreachable code, an unused label. The expansion's own code
//! warns about nothing.
#![deny(warnings)]

#[coro_core::coroutine(yield = u32)]
fn produce(unused_param: u32) -> u32 {
    let unused = 5;
    let mut never_mutated = 1;
    let mut kept = 0;
    yield_!(never_mutated);
    kept += 1;
    'unused_label: loop {
        yield_!(kept);
        break;
    }
    return kept;
    let _after = 1;
    kept
}

fn main() {
    let _ = coro_core::coro!(|_first: ()| {
        let mut needless = 2;
        yield_!(needless);
        return;
        println!("unreachable");
    });
}
