//! Support for the code that `#[coroutine]` and `coro!` generate. Not public API.
//!
//! Nothing here is covered by semver; generated code names these items through
//! `::coro_core::__private`.

use core::fmt;

pub use core::convert::Infallible;
pub use core::mem::replace;

/// Saves the state of a suspension over the state its entry moved out, `Panicked`, which
/// holds nothing: the old value is not dropped (no drop glue runs for it).
#[inline]
pub fn save<S: StateInfo>(state: &mut S, new: S) {
    let old = replace(state, new);
    debug_assert!(
        matches!(old.status(), Status::Panicked),
        "a suspension saved its state over a live one"
    );
    core::mem::forget(old);
}
pub use core::ops::ControlFlow;
pub use core::option::Option::{None, Some};
pub use core::panic;

use crate::{Coroutine, CoroutineState, DropFlag};

/// The type of every coroutine that `#[coroutine]` and `coro!` make: `S` is the enum of its
/// states (what it keeps at each suspension point), `F` the step function that advances it
/// by one resume. Neither can be named, so a coroutine is handled as `impl Coroutine`; the
/// type is public, as `coro_core::Machine`, so that the compiler's messages name it there.
///
/// It implements [`Coroutine`], `IntoIterator` (when resumed with `()`), `Debug` (where it
/// stands: unresumed, suspended and where, returned, or panicked), `Unpin` (it never pins
/// what it holds), `Clone` when `S` and `F` are (a `coro!`, or a `#[coroutine(clone)]`
/// function), and `Send`/`Sync` when they are.
#[derive(Clone)]
pub struct Machine<S, F> {
    state: S,
    step: F,
}

// A machine never pins its state or step function (`resume` takes `&mut self`), so it may
// move whatever it holds, like the compiler's own movable coroutines.
impl<S, F> Unpin for Machine<S, F> {}

/// Builds a [`Machine`]; the explicit `R`, `Y`, `T` give the step closure its signature.
#[inline]
pub fn machine<R, Y, T, S, F>(state: S, step: F) -> Machine<S, F>
where
    F: FnMut(&mut S, R) -> CoroutineState<Y, T>,
{
    Machine { state, step }
}

impl<R, Y, T, S, F> Coroutine<R> for Machine<S, F>
where
    S: StateInfo,
    F: FnMut(&mut S, R) -> CoroutineState<Y, T>,
{
    type Yield = Y;
    type Return = T;

    #[inline]
    fn resume(&mut self, arg: R) -> CoroutineState<Y, T> {
        // A completed or poisoned coroutine panics here, before the guard: that panic leaves
        // the state as it is, and the step function never panics on its behalf, so that a
        // step whose body cannot panic needs no unwinding path at all (no landing pad, no
        // register kept for one on every resume). `finished` tests one variant, `Finished`,
        // and the compiler folds that test into the step's dispatch on the same tag: for a
        // machine with one suspension point, the hot path is one compare.
        if self.state.finished() {
            resumed_when_finished(&self.state);
        }
        // If the step panics, the state must read `Panicked` afterwards. Entries that move
        // the state out leave `Panicked` behind themselves; entries that resume in place
        // work on the state's fields, so the guard poisons it (dropping those fields) while
        // unwinding. The step function works on a reborrow of the guard's reference, which
        // ends before the guard is forgotten or dropped.
        let guard = PoisonOnUnwind {
            state: &mut self.state,
        };
        let result = (self.step)(&mut *guard.state, arg);
        core::mem::forget(guard);
        result
    }
}

/// Poisons the state of a [`Machine`] whose step function panics.
struct PoisonOnUnwind<'a, S: StateInfo> {
    state: &'a mut S,
}

impl<S: StateInfo> Drop for PoisonOnUnwind<'_, S> {
    fn drop(&mut self) {
        // Only reached while unwinding out of `Machine::resume`: it forgets the guard
        // otherwise.
        self.state.poison();
    }
}

/// Where a generated state enum stands, for `Debug`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Created, not resumed yet.
    Unresumed,
    /// Suspended at the `yield_!` at this `file:line:column`.
    Suspended(&'static str),
    /// Completed.
    Returned,
    /// Its body panicked.
    Panicked,
}

/// Implemented by every generated state enum.
pub trait StateInfo {
    /// Where the coroutine stands.
    fn status(&self) -> Status;
    /// Whether the state is `Returned` or `Panicked`: resuming it panics, in
    /// [`Machine::resume`], without calling the step function.
    fn finished(&self) -> bool;
    /// Sets the state to `Panicked`, dropping what it held.
    fn poison(&mut self);
}

impl<S: StateInfo, F> fmt::Debug for Machine<S, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.state.status() {
            Status::Unresumed => f.write_str("Coroutine(unresumed)"),
            Status::Suspended(at) => write!(f, "Coroutine(suspended at {at})"),
            Status::Returned => f.write_str("Coroutine(returned)"),
            Status::Panicked => f.write_str("Coroutine(panicked)"),
        }
    }
}

/// Tells, through autoref specialization, whether `T` is `Copy`: `(&&Probe(&x)).is_copy()`
/// resolves to [`IsCopy`] when it is, and to [`NotCopy`] otherwise. Entries that resume in
/// place copy `Copy` locals out of the state; for other types they take the usual path, and
/// [`NotCopy::get`] is never called.
#[derive(Debug)]
pub struct Probe<'a, T>(pub &'a T);

/// See [`Probe`].
pub trait IsCopy<T> {
    /// `true`.
    fn is_copy(&self) -> bool;
    /// A copy of the probed value.
    fn get(&self) -> T;
}

impl<T: Copy> IsCopy<T> for &Probe<'_, T> {
    #[inline]
    fn is_copy(&self) -> bool {
        true
    }
    #[inline]
    fn get(&self) -> T {
        *self.0
    }
}

/// See [`Probe`].
pub trait NotCopy<T> {
    /// `false`.
    fn is_copy(&self) -> bool;
    /// Never called: an entry calls `get` only after `is_copy` returned `true`.
    fn get(&self) -> T;
}

impl<T> NotCopy<T> for Probe<'_, T> {
    #[inline]
    fn is_copy(&self) -> bool {
        false
    }
    fn get(&self) -> T {
        unreachable!("only `Copy` values are copied out of a coroutine state")
    }
}

// Drop flags: moves out of a `DropFlag`.

/// A move of a drop flag's value, through autoref specialization:
/// `(&mut &mut x).__coro_move()` copies the value out of the [`DropFlag`] `x` when its type is
/// `Copy` (so that a later use still finds it, as a copy leaves the original), and takes
/// it out otherwise. (The rewrite cannot tell a copy from a move: it sees no types.)
pub trait SlotCopy<T> {
    /// A copy of the value.
    fn __coro_move(&mut self) -> T;
}

impl<T: Copy> SlotCopy<T> for &mut DropFlag<T> {
    #[inline]
    fn __coro_move(&mut self) -> T {
        ***self
    }
}

/// See [`SlotCopy`].
pub trait SlotMove<T> {
    /// The value, taken out.
    fn __coro_move(&mut self) -> T;
}

impl<T> SlotMove<T> for DropFlag<T> {
    #[inline]
    fn __coro_move(&mut self) -> T {
        self.take()
    }
}

#[cfg(test)]
mod drop_flag_tests {
    use super::{SlotCopy, SlotMove};
    use crate::DropFlag;

    #[test]
    #[allow(
        clippy::needless_borrow,
        reason = "the double borrow is how the move picks its impl"
    )]
    fn a_move_copies_a_copy_value_and_takes_any_other() {
        let mut n = DropFlag::new(5u32);
        assert_eq!((&mut &mut n).__coro_move(), 5);
        assert_eq!(*n, 5, "a copy leaves the value");
        let mut s = DropFlag::new(alloc::string::String::from("a"));
        assert_eq!((&mut &mut s).__coro_move(), "a");
        assert_eq!(alloc::format!("{s:?}"), "DropFlag(moved)");
        s.set(alloc::string::String::from("b"));
        assert_eq!(s.len(), 1);
    }
}

/// The number of items of the integer range `start..end`, as the unsigned integer of the
/// same width: what a lowered `for _ in start..end` counts down with [`count_down`].
#[inline]
pub fn range_len<T: RangeLen>(start: T, end: T) -> T::Len {
    T::range_len(start, end)
}

/// Takes one iteration off the count `left` of a lowered `for _ in start..end`: `false`,
/// leaving the loop, when none was left (the count then wraps around, and the loop never
/// reads it again). The decrement and the test are one subtraction (`left - 1`, borrowing
/// at zero), which the compiler can apply to the count in memory.
#[inline]
pub fn count_down<L: CountDown>(left: &mut L) -> bool {
    left.count_down()
}

/// The integer types of the ranges [`range_len`] measures.
pub trait RangeLen: Sized {
    /// The unsigned integer of the same width, which holds the length of any range.
    type Len: CountDown;
    /// The length of `start..end`: `end - start`, or `0` if `end <= start`.
    fn range_len(start: Self, end: Self) -> Self::Len;
}

/// The counts of [`count_down`]: the unsigned integers.
pub trait CountDown {
    /// See [`count_down`].
    fn count_down(&mut self) -> bool;
}

macro_rules! range_len {
    ($($int:ty => $len:ty),* $(,)?) => {$(
        impl RangeLen for $int {
            type Len = $len;

            #[inline]
            #[allow(clippy::cast_sign_loss)]
            fn range_len(start: Self, end: Self) -> $len {
                if start < end {
                    // Two's complement: the difference of the bit patterns, modulo 2^width,
                    // is the distance, which fits the unsigned type.
                    (end as $len).wrapping_sub(start as $len)
                } else {
                    0
                }
            }
        }
    )*};
}

range_len!(
    u8 => u8, u16 => u16, u32 => u32, u64 => u64, u128 => u128, usize => usize,
    i8 => u8, i16 => u16, i32 => u32, i64 => u64, i128 => u128, isize => usize,
);

macro_rules! count_down {
    ($($len:ty),*) => {$(
        impl CountDown for $len {
            #[inline]
            fn count_down(&mut self) -> bool {
                let (rest, none_left) = self.overflowing_sub(1);
                *self = rest;
                !none_left
            }
        }
    )*};
}

count_down!(u8, u16, u32, u64, u128, usize);

/// Drops a temporary that the rewrite kept in a hidden local, where the statement that made
/// it ends (a call of a function of our own, on which no lint about `mem::drop` fires).
#[inline]
pub fn end_temporary<T>(value: T) {
    drop(value);
}

/// Marks the path that calls it as rarely taken: generated code calls it where a coroutine
/// starts and where it completes, which happen once per coroutine, so that the dispatch of
/// a resume falls through to the entries of the suspension points, where it goes every
/// other time. rustc gives a branch into a block that calls a `#[cold]` function the
/// weights of an unlikely branch, as it does for `core::hint::cold_path` (not available at
/// this crate's minimum Rust version), and the call itself compiles to nothing.
#[cold]
#[inline]
pub fn cold_path() {}

/// A state that an entry just matched turned out different when moved out: impossible.
#[cold]
pub fn unreachable_state() -> ! {
    unreachable!("the coroutine state changed under its own resume")
}

/// The panic of a resume in the `Returned` or `Panicked` state.
#[cold]
#[inline(never)]
fn resumed_when_finished<S: StateInfo>(state: &S) -> ! {
    match state.status() {
        Status::Panicked => panic!("coroutine resumed after panicking"),
        _ => panic!("coroutine resumed after completion"),
    }
}

/// A stable stand-in for `core::ops::Try`, so that `?` can complete a coroutine.
pub trait Try {
    /// The value of `x?` when it does not return early.
    type Output;
    /// What `x?` hands to the return type when it returns early.
    type Residual;
    /// Splits `self` into "continue with a value" or "return early".
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<T, E> Try for Result<T, E> {
    type Output = T;
    type Residual = Result<Infallible, E>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Ok(v) => ControlFlow::Continue(v),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    }
}

impl<T> Try for Option<T> {
    type Output = T;
    type Residual = Option<Infallible>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Some(v) => ControlFlow::Continue(v),
            None => ControlFlow::Break(None),
        }
    }
}

impl<B, C> Try for ControlFlow<B, C> {
    type Output = C;
    type Residual = ControlFlow<B, Infallible>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, C> {
        match self {
            ControlFlow::Continue(c) => ControlFlow::Continue(c),
            ControlFlow::Break(b) => ControlFlow::Break(ControlFlow::Break(b)),
        }
    }
}

/// The body of a `#[coroutine]` function whose expansion failed: the compile error is
/// reported, and callers still type-check against the signature.
#[must_use]
pub fn never<R, Y, T>() -> Never<R, Y, T> {
    Never(core::marker::PhantomData)
}

/// See [`never`].
pub struct Never<R, Y, T>(core::marker::PhantomData<fn(R) -> (Y, T)>);

impl<Y, T> IntoIterator for Never<(), Y, T> {
    type Item = Y;
    type IntoIter = crate::IntoIter<Self>;

    fn into_iter(self) -> Self::IntoIter {
        crate::IntoIter::new(self)
    }
}

impl<R, Y, T> Clone for Never<R, Y, T> {
    fn clone(&self) -> Self {
        Never(core::marker::PhantomData)
    }
}

impl<R, Y, T> fmt::Debug for Never<R, Y, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Coroutine(invalid)")
    }
}

impl<R, Y, T> Coroutine<R> for Never<R, Y, T> {
    type Yield = Y;
    type Return = T;

    fn resume(&mut self, _: R) -> CoroutineState<Y, T> {
        panic!("this coroutine failed to compile")
    }
}

#[cfg(test)]
mod tests {
    use super::{IsCopy as _, NotCopy as _, Probe, count_down, range_len};

    /// How many times a lowered `for _ in start..end` runs its body.
    fn iterations<T: super::RangeLen>(start: T, end: T) -> u128
    where
        T::Len: Copy,
    {
        let mut left = range_len(start, end);
        let mut n = 0;
        while count_down(&mut left) {
            n += 1;
        }
        n
    }

    /// A coroutine with a large state (a `[u64; 32]`, moved with `memset`/`memcpy` calls),
    /// resumed with a value that has drop glue (an `Rc`): after completion, or after a panic,
    /// a resume panics with the state's message and drops the value passed in.
    #[test]
    fn a_large_finished_state_panics_when_resumed_and_drops_the_argument() {
        use crate::Coroutine as _;
        use alloc::rc::Rc;
        use std::panic::{AssertUnwindSafe, catch_unwind};

        let make = || {
            crate::coro!(yield = u64; |first: Rc<str>| {
                let buf = [first.len() as u64; 32];
                let next: Rc<str> = yield_!(buf[31]);
                assert!(&*next != "boom", "boom");
                buf.iter().sum::<u64>() + next.len() as u64
            })
        };
        let resume_panics = |co: &mut dyn crate::Coroutine<Rc<str>, Yield = u64, Return = u64>| {
            let late: Rc<str> = Rc::from("late");
            let passed = Rc::clone(&late);
            let err = catch_unwind(AssertUnwindSafe(|| co.resume(passed))).unwrap_err();
            assert_eq!(Rc::strong_count(&late), 1, "the argument was dropped");
            *err.downcast_ref::<&str>().unwrap()
        };
        let mut done = make();
        assert!(core::mem::size_of_val(&done) > 256);
        assert_eq!(
            done.resume(Rc::from("ab")),
            crate::CoroutineState::Yielded(2)
        );
        assert_eq!(
            done.resume(Rc::from("abc")),
            crate::CoroutineState::Complete(67)
        );
        assert_eq!(
            resume_panics(&mut done),
            "coroutine resumed after completion"
        );
        assert_eq!(
            resume_panics(&mut done),
            "coroutine resumed after completion"
        );
        let mut poisoned = make();
        assert_eq!(
            poisoned.resume(Rc::from("")),
            crate::CoroutineState::Yielded(0)
        );
        let err = catch_unwind(AssertUnwindSafe(|| poisoned.resume(Rc::from("boom"))));
        assert_eq!(*err.unwrap_err().downcast_ref::<&str>().unwrap(), "boom");
        assert_eq!(
            resume_panics(&mut poisoned),
            "coroutine resumed after panicking"
        );
    }

    #[test]
    fn range_len_counts_the_items_of_a_range() {
        assert_eq!(iterations(0u64, 5), 5);
        assert_eq!(iterations(3u8, 3), 0);
        assert_eq!(iterations(5u32, 2), 0);
        assert_eq!(iterations(-2i32, 3), 5);
        assert_eq!(iterations(5i64, -3), 0);
        // Whole widths, the unsigned count of a signed range included.
        assert_eq!(iterations(i8::MIN, i8::MAX), 255);
        assert_eq!(iterations(0u8, u8::MAX), 255);
        assert_eq!(iterations(i16::MIN, 0), 32768);
        assert_eq!(range_len(i128::MIN, i128::MAX), u128::MAX);
        assert_eq!(range_len(isize::MIN, isize::MAX), usize::MAX);
        assert_eq!(range_len(-1i64, i64::MAX), 1u64 << 63);
    }

    #[test]
    #[allow(
        clippy::needless_borrow,
        reason = "the double borrow is how the probe picks its impl"
    )]
    fn probe_tells_copy_types_apart() {
        let n = 5u64;
        assert!((&&Probe(&n)).is_copy());
        assert_eq!((&&Probe(&n)).get(), 5);
        let pair = (1u8, 'x');
        assert!((&&Probe(&pair)).is_copy());
        let cell = core::cell::Cell::new(1u8);
        assert!(!(&&Probe(&cell)).is_copy());
        let array = [0u64; 32];
        assert!((&&Probe(&array)).is_copy());
    }
}
