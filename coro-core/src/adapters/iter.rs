use core::iter::FusedIterator;

use crate::{Coroutine, CoroutineState};

/// An [`Iterator`] over the yields of a coroutine resumed with `()`: each `next` resumes it.
/// The iterator ends when the coroutine completes (its return value is dropped) and is
/// fused from then on.
///
/// A coroutine made by `#[coroutine]` (without a resume type) or `coro!` is
/// [`IntoIterator`], so `for x in gen()` and `gen().into_iter()` make one, as do the
/// adapters [`MapYield`](crate::MapYield), [`MapReturn`](crate::MapReturn) and
/// [`Fuse`](crate::Fuse); [`IntoIter::new`] wraps any other coroutine.
///
/// # Examples
///
/// ```
/// #[coro_core::coroutine(yield = u64)]
/// fn fib() {
///     let (mut a, mut b) = (0u64, 1u64);
///     loop {
///         yield_!(a);
///         (a, b) = (b, a + b);
///     }
/// }
///
/// let first: Vec<u64> = fib().into_iter().take(8).collect();
/// assert_eq!(first, [0, 1, 1, 2, 3, 5, 8, 13]);
///
/// #[coro_core::coroutine(yield = u32)]
/// fn countdown(from: u32) -> &'static str {
///     for n in (1..=from).rev() {
///         yield_!(n);
///     }
///     "liftoff"
/// }
///
/// let mut seen = Vec::new();
/// for n in countdown(3) {
///     seen.push(n);
/// }
/// assert_eq!(seen, [3, 2, 1]);
/// ```
#[derive(Debug, Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct IntoIter<C> {
    coroutine: Option<C>,
}

impl<C> IntoIter<C> {
    /// An iterator over the yields of `coroutine`.
    pub fn new(coroutine: C) -> Self {
        IntoIter {
            coroutine: Some(coroutine),
        }
    }

    /// Returns the coroutine, or `None` once it has completed (it is dropped then).
    pub fn into_inner(self) -> Option<C> {
        self.coroutine
    }
}

impl<C: Coroutine<()>> Iterator for IntoIter<C> {
    type Item = C::Yield;

    fn next(&mut self) -> Option<C::Yield> {
        match self.coroutine.as_mut()?.resume(()) {
            CoroutineState::Yielded(y) => Some(y),
            CoroutineState::Complete(_) => {
                self.coroutine = None;
                None
            }
        }
    }
}

impl<C: Coroutine<()>> FusedIterator for IntoIter<C> {}

/// `IntoIterator` for a coroutine type of this crate resumed with `()`.
macro_rules! into_iterator {
    ($ty:ident<$($param:ident),*>) => {
        impl<$($param,)*> IntoIterator for $crate::$ty<$($param,)*>
        where
            Self: Coroutine<()>,
        {
            type Item = <Self as Coroutine<()>>::Yield;
            type IntoIter = IntoIter<Self>;

            fn into_iter(self) -> IntoIter<Self> {
                IntoIter::new(self)
            }
        }
    };
}

into_iterator!(MapYield<C, F>);
into_iterator!(MapReturn<C, F>);
into_iterator!(Fuse<C>);

impl<S, F> IntoIterator for crate::__private::Machine<S, F>
where
    Self: Coroutine<()>,
{
    type Item = <Self as Coroutine<()>>::Yield;
    type IntoIter = IntoIter<Self>;

    fn into_iter(self) -> IntoIter<Self> {
        IntoIter::new(self)
    }
}

/// `IntoIterator` for a boxed coroutine trait object (`Box<dyn Coroutine<..>>`, with or
/// without `+ Send`).
macro_rules! into_iterator_boxed {
    ($($extra:tt)*) => {
        #[cfg(feature = "alloc")]
        impl<'a, Y, T> IntoIterator
            for alloc::boxed::Box<dyn Coroutine<(), Yield = Y, Return = T> $($extra)* + 'a>
        {
            type Item = Y;
            type IntoIter = IntoIter<Self>;

            fn into_iter(self) -> IntoIter<Self> {
                IntoIter::new(self)
            }
        }
    };
}

into_iterator_boxed!();
into_iterator_boxed!(+ Send);
