use core::iter::FusedIterator;

use crate::{Coroutine, CoroutineState};

/// An [`Iterator`] over the yields of a coroutine; see [`CoroutineExt::into_iter`].
///
/// [`CoroutineExt::into_iter`]: crate::CoroutineExt::into_iter
#[derive(Debug, Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct IntoIter<C> {
    coroutine: Option<C>,
}

impl<C> IntoIter<C> {
    pub(crate) fn new(coroutine: C) -> Self {
        IntoIter {
            coroutine: Some(coroutine),
        }
    }

    /// Returns the coroutine, or `None` once it has completed (it is dropped then).
    pub fn into_inner(self) -> Option<C> {
        self.coroutine
    }
}

impl<C: Coroutine<(), Return = ()>> Iterator for IntoIter<C> {
    type Item = C::Yield;

    fn next(&mut self) -> Option<C::Yield> {
        match self.coroutine.as_mut()?.resume(()) {
            CoroutineState::Yielded(y) => Some(y),
            CoroutineState::Complete(()) => {
                self.coroutine = None;
                None
            }
        }
    }
}

impl<C: Coroutine<(), Return = ()>> FusedIterator for IntoIter<C> {}
