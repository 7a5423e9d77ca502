//! The [`Coroutine`] trait and the value one resume produces.

/// The result of one [`Coroutine::resume`]: the coroutine either suspended, handing out a
/// value, or finished with its return value.
///
/// # Examples
///
/// ```
/// use coro_core::{coro, Coroutine, CoroutineState};
///
/// let mut co = coro!(|| {
///     yield_!(1);
///     "done"
/// });
/// assert_eq!(co.resume(()), CoroutineState::Yielded(1));
/// assert_eq!(co.resume(()), CoroutineState::Complete("done"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CoroutineState<Y, T> {
    /// The coroutine suspended at a `yield_!` with this value; it can be resumed again.
    Yielded(Y),
    /// The coroutine returned this value; resuming it again panics.
    Complete(T),
}

impl<Y, T> CoroutineState<Y, T> {
    /// Returns the yielded value, or `None` if the coroutine completed.
    pub fn yielded(self) -> Option<Y> {
        match self {
            CoroutineState::Yielded(y) => Some(y),
            CoroutineState::Complete(_) => None,
        }
    }

    /// Returns the return value, or `None` if the coroutine yielded.
    pub fn complete(self) -> Option<T> {
        match self {
            CoroutineState::Yielded(_) => None,
            CoroutineState::Complete(t) => Some(t),
        }
    }

    /// Returns `true` if this is [`CoroutineState::Complete`].
    pub fn is_complete(&self) -> bool {
        matches!(self, CoroutineState::Complete(_))
    }
}

/// A computation that can suspend itself and be resumed later.
///
/// Each call to [`resume`](Coroutine::resume) runs the coroutine until its next suspension
/// point (a `yield_!`), where it hands out a [`Yield`](Coroutine::Yield) value, or until it
/// returns its [`Return`](Coroutine::Return) value. The argument `arg` of a resume becomes
/// the value of the `yield_!` expression the coroutine was suspended at (or, on the first
/// resume, the coroutine's `#[resume]` parameter).
///
/// Coroutines made by [`#[coroutine]`](macro@crate::coroutine) and [`coro!`](crate::coro) never
/// borrow from themselves, so `resume` takes `&mut self` and needs no pinning.
///
/// # Panics
///
/// Generated coroutines panic with "coroutine resumed after completion" when resumed after
/// returning, and with "coroutine resumed after panicking" when resumed after their body
/// panicked. [`Fuse`](crate::Fuse) reports a finished coroutine without panicking.
///
/// # Examples
///
/// ```
/// use coro_core::{Coroutine, CoroutineState};
///
/// #[coro_core::coroutine(yield = u32, resume = u32)]
/// fn accumulate(#[resume] first: u32) -> u32 {
///     let mut total = first;
///     while total < 10 {
///         total += yield_!(total);
///     }
///     total
/// }
///
/// let mut co = accumulate();
/// assert_eq!(co.resume(4), CoroutineState::Yielded(4));
/// assert_eq!(co.resume(5), CoroutineState::Yielded(9));
/// assert_eq!(co.resume(3), CoroutineState::Complete(12));
/// ```
#[must_use = "coroutines are lazy and do nothing unless resumed"]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a coroutine resumed with `{R}`",
    label = "not a `Coroutine<{R}>`",
    note = "`resume` needs a value made by `#[coro_core::coroutine]`, `coro!`, or another type implementing `Coroutine`; `yield_from!` takes one of those or an `IntoIterator`"
)]
pub trait Coroutine<R = ()> {
    /// The type of the values the coroutine yields.
    type Yield;
    /// The type of the value the coroutine returns.
    type Return;

    /// Runs the coroutine until it yields or returns.
    ///
    /// # Panics
    ///
    /// Implementations may panic when resumed after completion; generated coroutines do.
    fn resume(&mut self, arg: R) -> CoroutineState<Self::Yield, Self::Return>;
}

impl<R, C: Coroutine<R> + ?Sized> Coroutine<R> for &mut C {
    type Yield = C::Yield;
    type Return = C::Return;

    fn resume(&mut self, arg: R) -> CoroutineState<Self::Yield, Self::Return> {
        (**self).resume(arg)
    }
}

#[cfg(feature = "alloc")]
impl<R, C: Coroutine<R> + ?Sized> Coroutine<R> for alloc::boxed::Box<C> {
    type Yield = C::Yield;
    type Return = C::Return;

    fn resume(&mut self, arg: R) -> CoroutineState<Self::Yield, Self::Return> {
        (**self).resume(arg)
    }
}

impl<R, P> Coroutine<R> for core::pin::Pin<P>
where
    P: core::ops::DerefMut,
    P::Target: Coroutine<R> + Unpin,
{
    type Yield = <P::Target as Coroutine<R>>::Yield;
    type Return = <P::Target as Coroutine<R>>::Return;

    fn resume(&mut self, arg: R) -> CoroutineState<Self::Yield, Self::Return> {
        self.as_mut().get_mut().resume(arg)
    }
}

/// The value of a `yield_!` in a `#[coroutine]` function declared without `yield = Y`,
/// which yields `()`: the expansion passes it to [`unit`](NoYieldType::unit), so that
/// another type is reported as a missing `yield = ..`. Not meant to be used directly.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this coroutine declares no yield type, so `yield_!` takes `()`, not `{Self}`",
    label = "a `{Self}` is yielded here",
    note = "declare the type it yields: `#[coroutine(yield = {Self})]`"
)]
pub trait NoYieldType {
    /// The value yielded: `()`.
    fn unit(self);
}

impl NoYieldType for () {
    #[inline]
    fn unit(self) {}
}
