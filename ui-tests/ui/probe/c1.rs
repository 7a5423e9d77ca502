#[coro_core::coroutine(yield = bool)]
fn move_closure() {
    let limit = String::from("m");
    let a = String::from("a");
    let b = String::from("z");
    let is_big = move |s: &String| *s > limit;
    yield_!(is_big(&a));
    yield_!(is_big(&b));
}

fn main() {}
