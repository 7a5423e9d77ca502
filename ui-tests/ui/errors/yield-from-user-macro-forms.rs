// A `yield_from!` from a user's macro is reported at its first token inside that macro; a
// `yield_!()` without tokens has none, and is reported at the coroutine.
macro_rules! delegate {
    ($n:expr) => {
        yield_from!(0..$n)
    };
}

macro_rules! pause {
    () => {
        yield_!()
    };
}

#[coro_core::coroutine(yield = u32)]
fn produce() {
    delegate!(3);
}

#[coro_core::coroutine]
fn pauses() {
    pause!();
}

fn main() {}
