//! A name shadowed while the binding it shadows is still live: both are kept across the
//! first suspension point, so one of them is renamed in the state.

/// Yields the length of `text`, then the length of `text` with a `!`, and returns the
/// latter.
#[coro_core::coroutine(yield = usize)]
pub fn shadowing(text: &'static str) -> String {
    let word = String::from(text);
    {
        let word = word.len();
        yield_!(word);
    }
    let word = word + "!";
    yield_!(word.len());
    word
}
