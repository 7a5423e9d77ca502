//! Adapters: [`CoroutineExt`] and the types its methods return.

mod from_iter;
mod fuse;
mod iter;
mod map;

pub use from_iter::{FromIter, dispatch as yield_from_dispatch};
pub use fuse::{Fuse, ResumeError};
pub use iter::IntoIter;
pub use map::{MapReturn, MapYield};

use crate::Coroutine;

/// Methods that every [`Coroutine`] gets, in the manner of [`Iterator`]'s adapters.
pub trait CoroutineExt<R = ()>: Coroutine<R> + Sized {
    /// Applies `f` to every yielded value.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::{coro, Coroutine, CoroutineExt, CoroutineState};
    ///
    /// let mut co = coro!(|| { yield_!(2); 7 }).map_yield(|y| y * 10);
    /// assert_eq!(co.resume(()), CoroutineState::Yielded(20));
    /// assert_eq!(co.resume(()), CoroutineState::Complete(7));
    /// ```
    fn map_yield<U, F>(self, f: F) -> MapYield<Self, F>
    where
        F: FnMut(Self::Yield) -> U,
    {
        MapYield::new(self, f)
    }

    /// Applies `f` to the return value.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::{coro, Coroutine, CoroutineExt, CoroutineState};
    ///
    /// let mut co = coro!(|| { yield_!(2); 7 }).map_return(|t| t + 1);
    /// assert_eq!(co.resume(()), CoroutineState::Yielded(2));
    /// assert_eq!(co.resume(()), CoroutineState::Complete(8));
    /// ```
    fn map_return<U, F>(self, f: F) -> MapReturn<Self, F>
    where
        F: FnOnce(Self::Return) -> U,
    {
        MapReturn::new(self, f)
    }

    /// Wraps the coroutine so that it remembers when it has finished, and can be resumed
    /// without panicking through [`Fuse::try_resume`] (like Lua's `coroutine.resume`, which
    /// returns `false` for a dead coroutine).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::{coro, CoroutineExt, CoroutineState};
    ///
    /// let mut co = coro!(|| { yield_!(1); }).fuse();
    /// assert_eq!(co.try_resume(()), Ok(CoroutineState::Yielded(1)));
    /// assert_eq!(co.try_resume(()), Ok(CoroutineState::Complete(())));
    /// assert!(co.is_finished());
    /// let err = co.try_resume(()).unwrap_err();
    /// assert_eq!(err.to_string(), "cannot resume dead coroutine");
    /// ```
    fn fuse(self) -> Fuse<Self> {
        Fuse::new(self)
    }
}

impl<R, C: Coroutine<R>> CoroutineExt<R> for C {}
