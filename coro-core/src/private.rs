//! Support for the code that `#[coroutine]` and `coro!` generate. Not public API.
//!
//! Nothing here is covered by semver; generated code names these items through
//! `::coro_core::__private`.

use core::fmt;

pub use core::convert::Infallible;
pub use core::mem::replace;
pub use core::ops::ControlFlow;
pub use core::option::Option::{None, Some};
pub use core::panic;

use crate::{Coroutine, CoroutineState};

/// The machine a generated coroutine is made of: its state enum `S` and a step function
/// that advances the state by one resume.
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
    F: FnMut(&mut S, R) -> CoroutineState<Y, T>,
{
    type Yield = Y;
    type Return = T;

    #[inline]
    fn resume(&mut self, arg: R) -> CoroutineState<Y, T> {
        (self.step)(&mut self.state, arg)
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

/// The panic of a resume in the `Returned` state.
#[cold]
#[track_caller]
pub fn resumed_after_completion() -> ! {
    panic!("coroutine resumed after completion")
}

/// The panic of a resume in the `Panicked` state.
#[cold]
#[track_caller]
pub fn resumed_after_panicking() -> ! {
    panic!("coroutine resumed after panicking")
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

/// A stable stand-in for `core::ops::FromResidual`.
pub trait FromResidual<R> {
    /// Builds the early return value.
    fn from_residual(residual: R) -> Self;
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

impl<T, E, F: From<E>> FromResidual<Result<Infallible, E>> for Result<T, F> {
    #[inline]
    fn from_residual(residual: Result<Infallible, E>) -> Self {
        match residual {
            Err(e) => Err(From::from(e)),
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

impl<T> FromResidual<Option<Infallible>> for Option<T> {
    #[inline]
    fn from_residual(_: Option<Infallible>) -> Self {
        None
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

impl<B, C> FromResidual<ControlFlow<B, Infallible>> for ControlFlow<B, C> {
    #[inline]
    fn from_residual(residual: ControlFlow<B, Infallible>) -> Self {
        match residual {
            ControlFlow::Break(b) => ControlFlow::Break(b),
        }
    }
}

/// Resumes the coroutine a `yield_from!` delegates to (a function, so that a non-coroutine
/// argument is reported as a missing `Coroutine` bound at the user's expression).
#[inline]
pub fn resume_sub<R, C: Coroutine<R>>(sub: &mut C, arg: R) -> CoroutineState<C::Yield, C::Return> {
    sub.resume(arg)
}

/// The body of a `#[coroutine]` function whose expansion failed: the compile error is
/// reported, and callers still type-check against the signature.
#[must_use]
pub fn never<R, Y, T>() -> Never<R, Y, T> {
    Never(core::marker::PhantomData)
}

/// See [`never`].
pub struct Never<R, Y, T>(core::marker::PhantomData<fn(R) -> (Y, T)>);

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
