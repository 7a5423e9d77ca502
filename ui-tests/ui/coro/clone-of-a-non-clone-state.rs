// Without `clone`, a `coro!` is `Clone` when its state is: a call of `clone` on one that
// keeps a value of a type that is not `Clone` is reported, naming the public
// `coro_core::Machine`.
struct NotClone;

fn main() {
    let co = coro_core::coro!(yield = u32; || {
        let held = NotClone;
        yield_!(1);
        drop(held);
    });
    let _ = co.clone();
}
