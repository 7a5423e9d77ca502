//! `#[coroutine(crate = path)]` and `coro!(crate = path; ..)`: generated code names the
//! runtime through a re-export, for crates that depend on coro-core under another name.

mod reexport {
    pub(crate) use coro_core as runtime;
}

use coro_core::{Coroutine, CoroutineState::Complete, CoroutineState::Yielded};

#[coro_core::coroutine(yield = u8, crate = reexport::runtime)]
fn through_reexport() -> &'static str {
    yield_!(1);
    "done"
}

#[test]
fn smoke() {
    let mut co = through_reexport();
    assert_eq!(co.resume(()), Yielded(1));
    assert_eq!(co.resume(()), Complete("done"));
}

#[test]
fn coro_takes_the_crate_path_too() {
    let mut co = coro_core::coro!(crate = crate::reexport::runtime; || {
        yield_!(2u8);
    });
    assert_eq!(co.resume(()), Yielded(2));
    assert_eq!(co.resume(()), Complete(()));
}
