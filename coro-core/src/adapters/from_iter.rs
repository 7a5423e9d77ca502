//! [`FromIter`]: a coroutine that yields an iterator's items, and how `yield_from!` tells a
//! coroutine from an iterator.

use crate::{Coroutine, CoroutineState};

/// A coroutine that yields the items of an iterator, then completes with `()`. It takes any
/// resume argument and ignores it.
///
/// `yield_from!(x)` delegates to `x` itself when `x` is a [`Coroutine`] (resumed with the
/// type of its first resume argument, or with `()`), and to `FromIter::new(x)` when it is
/// not but is an [`IntoIterator`]: it then yields each item,
/// one per resume of the enclosing coroutine (whose resume arguments it drops), and
/// evaluates to `()`. A coroutine resumed with `()`, also an `IntoIterator`, is run as a
/// coroutine, so that `yield_from!` evaluates to its return value. The choice is made from
/// the type of `x` where `yield_from!` is written: a value of a generic type bounded by
/// `IntoIterator` alone is iterated.
///
/// # Examples
///
/// ```
/// use coro_core::{Coroutine, CoroutineState::{Complete, Yielded}, FromIter};
///
/// let mut co = FromIter::new([1, 2]);
/// assert_eq!(co.resume(()), Yielded(1));
/// assert_eq!(co.resume(()), Yielded(2));
/// assert_eq!(co.resume(()), Complete(()));
///
/// #[coro_core::coroutine(yield = u32)]
/// fn squares_then_tail(v: Vec<u32>) {
///     yield_from!(v.into_iter().map(|x| x * x)); // each item of an iterator
///     yield_from!(vec![7, 8]);              // or of anything `IntoIterator`
/// }
/// let all: Vec<u32> = squares_then_tail(vec![2, 3]).into_iter().collect();
/// assert_eq!(all, [4, 9, 7, 8]);
/// ```
#[derive(Debug, Clone)]
#[must_use = "coroutines are lazy and do nothing unless resumed"]
pub struct FromIter<I> {
    iter: core::iter::Fuse<I>,
}

impl<I: Iterator> FromIter<I> {
    /// A coroutine over the items of `iter`.
    pub fn new(iter: impl IntoIterator<IntoIter = I>) -> Self {
        FromIter {
            iter: iter.into_iter().fuse(),
        }
    }
}

impl<R, I: Iterator> Coroutine<R> for FromIter<I> {
    type Yield = I::Item;
    type Return = ();

    /// Yields the next item, or completes once there is none; resuming it again completes
    /// again (the iterator is fused).
    fn resume(&mut self, _: R) -> CoroutineState<I::Item, ()> {
        match self.iter.next() {
            Some(item) => CoroutineState::Yielded(item),
            None => CoroutineState::Complete(()),
        }
    }
}

impl<I: Iterator> IntoIterator for FromIter<I> {
    type Item = I::Item;
    type IntoIter = core::iter::Fuse<I>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter
    }
}

/// How `yield_from!` picks between a coroutine and an iterator, by autoref specialization:
/// `(&&&Source::new(x, &first)).yield_from_kind()` finds, the first that applies,
/// [`ViaCoroutine`](dispatch::ViaCoroutine)'s method when `x` is a coroutine resumed with the
/// type of `first` (its first resume argument),
/// [`ViaUnitCoroutine`](dispatch::ViaUnitCoroutine)'s (one reference further) when it is one
/// resumed with `()`, [`ViaIter`](dispatch::ViaIter)'s (one dereference further) when it is an
/// `IntoIterator`, and [`ViaNeither`](dispatch::ViaNeither)'s (another dereference further)
/// otherwise. Only [`ViaIter`](dispatch::ViaIter) iterates: the others take `x` for a
/// coroutine, so that a wrong resume type or a value that is neither gets the coroutine's
/// error. Not public API.
#[doc(hidden)]
pub mod dispatch {
    use core::marker::PhantomData;

    use super::FromIter;
    use crate::Coroutine;

    /// The value given to `yield_from!`, and the type of the first resume argument.
    pub struct Source<T, R>(T, PhantomData<fn(R)>);

    impl<T, R> Source<T, R> {
        /// `value`, to be resumed first with `first`.
        #[inline]
        pub fn new(value: T, _first: &R) -> Self {
            Source(value, PhantomData)
        }
    }

    impl<T, R> core::fmt::Debug for Source<T, R> {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("Source")
        }
    }

    /// The choice of a coroutine: delegate to it as it is.
    #[derive(Debug, Clone, Copy)]
    pub struct CoroutineTag;

    /// The choice of an iterator: iterate it.
    #[derive(Debug, Clone, Copy)]
    pub struct IterTag;

    /// See the module.
    pub trait ViaCoroutine {
        #[inline]
        fn yield_from_kind(&self) -> CoroutineTag {
            CoroutineTag
        }
    }

    impl<R, C: Coroutine<R>> ViaCoroutine for &&Source<C, R> {}

    /// See the module.
    pub trait ViaUnitCoroutine {
        #[inline]
        fn yield_from_kind(&self) -> CoroutineTag {
            CoroutineTag
        }
    }

    impl<R, C: Coroutine> ViaUnitCoroutine for &&&Source<C, R> {}

    /// See the module.
    pub trait ViaIter {
        #[inline]
        fn yield_from_kind(&self) -> IterTag {
            IterTag
        }
    }

    impl<T: IntoIterator, R> ViaIter for &Source<T, R> {}

    /// See the module.
    pub trait ViaNeither {
        #[inline]
        fn yield_from_kind(&self) -> CoroutineTag {
            CoroutineTag
        }
    }

    impl<T, R> ViaNeither for Source<T, R> {}

    impl CoroutineTag {
        /// The coroutine itself.
        #[inline]
        pub fn wrap<C, R>(self, source: Source<C, R>) -> C {
            source.0
        }
    }

    impl IterTag {
        /// A coroutine over the items.
        #[inline]
        pub fn wrap<I: IntoIterator, R>(self, source: Source<I, R>) -> FromIter<I::IntoIter> {
            FromIter::new(source.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::dispatch::{
        CoroutineTag, IterTag, Source, ViaCoroutine as _, ViaIter as _, ViaNeither as _,
        ViaUnitCoroutine as _,
    };
    use crate::{Coroutine, CoroutineState, FromIter, IntoIter};

    /// A coroutine resumed with `()` only, and so an `IntoIterator`, as generated ones are.
    struct Unit(FromIter<core::ops::Range<i32>>);

    impl IntoIterator for Unit {
        type Item = i32;
        type IntoIter = IntoIter<Unit>;
        fn into_iter(self) -> IntoIter<Unit> {
            IntoIter::new(self)
        }
    }

    impl Coroutine for Unit {
        type Yield = i32;
        type Return = ();
        fn resume(&mut self, (): ()) -> CoroutineState<i32, ()> {
            self.0.resume(())
        }
    }

    #[test]
    #[allow(
        clippy::needless_borrow,
        reason = "the double borrow is how the dispatch picks its trait"
    )]
    fn a_coroutine_is_taken_as_one_even_when_it_is_also_an_iterator() {
        let co = FromIter::new(0..2); // both a `Coroutine` and an `IntoIterator`
        let CoroutineTag = (&&&Source::new(co, &())).yield_from_kind();
        let it = IntoIter::new(FromIter::new(0..2)); // only an `Iterator`
        let IterTag = (&&&Source::new(it, &())).yield_from_kind();
        let CoroutineTag = (&&&Source::new(5u8, &1u32)).yield_from_kind();
        // Resumed with `()` but given another first argument: still a coroutine.
        let unit = Unit(FromIter::new(0..2));
        let CoroutineTag = (&&&Source::new(unit, &1u32)).yield_from_kind();
    }
}
