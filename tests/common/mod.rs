//! Harness for the conformance cases (`/work/shared/conformance/cases.md`, appendix),
//! ported from the nightly `std::ops::Coroutine` to `coro_core::Coroutine`.
//!
//! Trace vocabulary (what `drive` records, in order):
//! - `Y <debug>`   the coroutine yielded this value (caller then drops it)
//! - `R <debug>`   the coroutine completed with this value (caller then drops it)
//! - `PANIC <msg>` this resume panicked with this message
//! - `drop <name>` a tracked value (`D` / `DS`) was dropped
//! - `<drop coroutine>` the driver is about to drop the coroutine value
//! - any other string: logged by the case itself via `log` / `t`

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use coro_core::{Coroutine, CoroutineState};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static EXPECTING_PANIC: Cell<bool> = const { Cell::new(false) };
}

/// Append one entry to this thread's trace.
pub(crate) fn log(s: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(s.into()));
}

/// Take (and clear) this thread's trace.
pub(crate) fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// Log `tag`, then return `v`: makes evaluation order visible.
pub(crate) fn t<T>(tag: &str, v: T) -> T {
    log(tag);
    v
}

/// A value whose drop is recorded as `drop <name>`.
#[derive(Debug, PartialEq)]
pub(crate) struct D(pub(crate) &'static str);
impl Drop for D {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

/// Like `D` with a computed name.
#[derive(Debug, PartialEq)]
pub(crate) struct DS(pub(crate) String);
impl DS {
    pub(crate) fn new(s: impl Into<String>) -> Self {
        DS(s.into())
    }
}
impl Drop for DS {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

/// Opaque `true`, so that `if always() { panic!() }` does not make the rest unreachable.
#[inline(never)]
pub(crate) fn always() -> bool {
    std::hint::black_box(true)
}

/// Install (once) a panic hook that stays silent for panics raised inside `drive`,
/// and reports every other panic (e.g. failed asserts) as usual.
pub(crate) fn quiet_expected_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !EXPECTING_PANIC.with(Cell::get) {
                default(info);
            }
        }));
    });
}

/// Extract a readable message from a panic payload.
pub(crate) fn panic_msg(e: &(dyn Any + Send)) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string payload>".to_string()
    }
}

/// Run `f`, catching a panic; panics inside are expected and not printed.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    quiet_expected_panics();
    EXPECTING_PANIC.with(|e| e.set(true));
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    EXPECTING_PANIC.with(|e| e.set(false));
    r.map_err(|e| panic_msg(&*e))
}

/// Resume `co` once per input (in order), recording `Y`/`R`/`PANIC` entries;
/// a panicking resume is caught and driving continues with the next input.
/// Returned/yielded values are dropped by the driver right after being logged.
/// Leaves `co` alive (see `drive` for the version that also drops it).
pub(crate) fn drive_keep<R, C>(co: &mut C, inputs: impl IntoIterator<Item = R>)
where
    C: Coroutine<R>,
    C::Yield: Debug,
    C::Return: Debug,
{
    for input in inputs {
        match catch(|| co.resume(input)) {
            Ok(CoroutineState::Yielded(y)) => {
                log(format!("Y {y:?}"));
                drop(y);
            }
            Ok(CoroutineState::Complete(r)) => {
                log(format!("R {r:?}"));
                drop(r);
            }
            Err(msg) => log(format!("PANIC {msg}")),
        }
    }
}

/// `drive_keep`, then log `<drop coroutine>` and drop the coroutine; returns the whole trace
/// (including anything logged before the call).
pub(crate) fn drive<R, C>(mut co: C, inputs: impl IntoIterator<Item = R>) -> Vec<String>
where
    C: Coroutine<R>,
    C::Yield: Debug,
    C::Return: Debug,
{
    drive_keep(&mut co, inputs);
    log("<drop coroutine>");
    drop(co);
    take_log()
}

/// Drive to completion with `()` inputs, collecting yields (no trace).
pub(crate) fn collect_yields<C>(mut co: C) -> (Vec<C::Yield>, C::Return)
where
    C: Coroutine<()>,
{
    let mut ys = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(y) => ys.push(y),
            CoroutineState::Complete(r) => return (ys, r),
        }
    }
}
