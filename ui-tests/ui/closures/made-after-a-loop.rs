fn main() {
    let _co = coro_core::coro!(|| {
        for i in 0..2u32 {
            yield_!(i);
        }
        let twice = |a: u32| a * 2;
        yield_!(twice(2));
        yield_!(twice(4));
    });
}
