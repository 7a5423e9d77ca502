// A path keyword invoked as a macro: an error at the keyword, not an expansion that does
// not parse.
fn main() {
    let _c = coro_core::coro!(|| crate!());
    let _d = coro_core::coro!(|| {
        coro_core::yield_!(());
        super!(1)
    });
}
