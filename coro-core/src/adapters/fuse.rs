use core::fmt;

use crate::{Coroutine, CoroutineState};

/// A coroutine that knows whether it has finished; see [`CoroutineExt::fuse`].
///
/// [`Fuse::try_resume`] never resumes a finished coroutine: it hands the argument back in a
/// [`ResumeError`] instead. Resuming through [`Coroutine::resume`] after completion panics
/// with "coroutine resumed after completion", as generated coroutines do.
///
/// [`CoroutineExt::fuse`]: crate::CoroutineExt::fuse
#[derive(Debug, Clone)]
pub struct Fuse<C> {
    coroutine: Option<C>,
}

impl<C> Fuse<C> {
    pub(crate) fn new(coroutine: C) -> Self {
        Fuse {
            coroutine: Some(coroutine),
        }
    }

    /// Returns `true` once the coroutine has completed (it is dropped at that point).
    pub fn is_finished(&self) -> bool {
        self.coroutine.is_none()
    }

    /// Resumes the coroutine unless it has finished.
    ///
    /// # Errors
    ///
    /// Returns [`ResumeError`] holding `arg` if the coroutine already completed.
    pub fn try_resume<R>(
        &mut self,
        arg: R,
    ) -> Result<CoroutineState<C::Yield, C::Return>, ResumeError<R>>
    where
        C: Coroutine<R>,
    {
        let Some(coroutine) = self.coroutine.as_mut() else {
            return Err(ResumeError(arg));
        };
        let state = coroutine.resume(arg);
        if state.is_complete() {
            self.coroutine = None;
        }
        Ok(state)
    }
}

impl<R, C: Coroutine<R>> Coroutine<R> for Fuse<C> {
    type Yield = C::Yield;
    type Return = C::Return;

    fn resume(&mut self, arg: R) -> CoroutineState<C::Yield, C::Return> {
        let Ok(state) = self.try_resume(arg) else {
            panic!("coroutine resumed after completion")
        };
        state
    }
}

/// The error of [`Fuse::try_resume`] on a finished coroutine; it gives the argument back.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ResumeError<R>(pub R);

impl<R> fmt::Debug for ResumeError<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResumeError(..)")
    }
}

impl<R> fmt::Display for ResumeError<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("cannot resume dead coroutine")
    }
}

impl<R> core::error::Error for ResumeError<R> {}
