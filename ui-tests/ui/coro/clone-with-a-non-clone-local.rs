// `coro!(clone; ..)` asks for the check that each value its state keeps is `Clone`, at the
// value's declaration (a `coro!` is `Clone` whenever its state is).
struct NotClone;

fn main() {
    let co = coro_core::coro!(yield = u32, clone; || {
        let held = NotClone;
        yield_!(1);
        drop(held);
    });
    drop(co);
}
