//! Only unqualified names and `coro_core::` paths are coro's macros: a macro of another
//! module or crate named `join!`, `select!`, `recv!`, ... is expanded as written, in the
//! body and in another macro's arguments.
use coro_core::{Coroutine, CoroutineState};

mod my {
    macro_rules! join {
        ($($e:expr),*) => { ($($e,)*) };
    }
    macro_rules! select {
        ($e:expr) => { $e * 2 };
    }
    macro_rules! recv {
        ($e:expr) => { $e + 1 };
    }
    macro_rules! yield_ {
        ($e:expr) => { $e + 100 };
    }
    pub(crate) use {join, recv, select, yield_};
}

#[coro_core::coroutine(yield = u32)]
fn produce() -> (u32, u32) {
    let pair = my::join!(1, 2);
    coro_core::yield_!(my::select!(pair.0));
    ::coro_core::yield_!(my::recv!(pair.1));
    yield_!(crate::my::yield_!(0));
    let text = format!("{:?}", my::join!(3, 4));
    assert_eq!(text, "(3, 4)");
    pair
}

fn main() {
    let mut co = produce();
    assert_eq!(co.resume(()), CoroutineState::Yielded(2));
    assert_eq!(co.resume(()), CoroutineState::Yielded(3));
    assert_eq!(co.resume(()), CoroutineState::Yielded(100));
    assert_eq!(co.resume(()), CoroutineState::Complete((1, 2)));

    let mut closure = coro_core::coro!(|| {
        let v = my::select!(5);
        yield_!(v);
        my::join!(v)
    });
    assert_eq!(closure.resume(()), CoroutineState::Yielded(10));
    assert_eq!(closure.resume(()), CoroutineState::Complete((10,)));
}
