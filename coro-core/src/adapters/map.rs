use core::fmt;

use crate::{Coroutine, CoroutineState};

/// A coroutine that maps the yields of another; see [`CoroutineExt::map_yield`].
///
/// [`CoroutineExt::map_yield`]: crate::CoroutineExt::map_yield
#[derive(Clone)]
pub struct MapYield<C, F> {
    coroutine: C,
    f: F,
}

impl<C, F> MapYield<C, F> {
    pub(crate) fn new(coroutine: C, f: F) -> Self {
        MapYield { coroutine, f }
    }
}

impl<C: fmt::Debug, F> fmt::Debug for MapYield<C, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MapYield")
            .field("coroutine", &self.coroutine)
            .finish_non_exhaustive()
    }
}

impl<R, U, C: Coroutine<R>, F: FnMut(C::Yield) -> U> Coroutine<R> for MapYield<C, F> {
    type Yield = U;
    type Return = C::Return;

    fn resume(&mut self, arg: R) -> CoroutineState<U, C::Return> {
        match self.coroutine.resume(arg) {
            CoroutineState::Yielded(y) => CoroutineState::Yielded((self.f)(y)),
            CoroutineState::Complete(t) => CoroutineState::Complete(t),
        }
    }
}

/// A coroutine that maps the return value of another; see [`CoroutineExt::map_return`].
///
/// [`CoroutineExt::map_return`]: crate::CoroutineExt::map_return
#[derive(Clone)]
pub struct MapReturn<C, F> {
    coroutine: C,
    f: Option<F>,
}

impl<C, F> MapReturn<C, F> {
    pub(crate) fn new(coroutine: C, f: F) -> Self {
        MapReturn {
            coroutine,
            f: Some(f),
        }
    }
}

impl<C: fmt::Debug, F> fmt::Debug for MapReturn<C, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MapReturn")
            .field("coroutine", &self.coroutine)
            .finish_non_exhaustive()
    }
}

impl<R, U, C: Coroutine<R>, F: FnOnce(C::Return) -> U> Coroutine<R> for MapReturn<C, F> {
    type Yield = C::Yield;
    type Return = U;

    /// # Panics
    ///
    /// Panics with "coroutine resumed after completion" if the inner coroutine completed
    /// before (the inner coroutine usually panics first).
    fn resume(&mut self, arg: R) -> CoroutineState<C::Yield, U> {
        match self.coroutine.resume(arg) {
            CoroutineState::Yielded(y) => CoroutineState::Yielded(y),
            CoroutineState::Complete(t) => match self.f.take() {
                Some(f) => CoroutineState::Complete(f(t)),
                None => panic!("coroutine resumed after completion"),
            },
        }
    }
}
