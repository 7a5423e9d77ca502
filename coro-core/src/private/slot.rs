//! The drop flag of a local that may have been moved before a suspension point.
//!
//! A local the rewrite finds moved on some paths only (`if c { consume(x) }`), still in
//! scope at a later suspension point, is declared as a [`Slot`] holding its value: a use of
//! it is a use of the slot's value (`*x`), a move of it takes the value out, and the state
//! of a suspended coroutine holds the slot, so that the value is dropped where its scope
//! ends if it was not moved, as a plain function's drop flag does.

use core::fmt;
use core::ops::{Deref, DerefMut};

/// A local's value, or nothing once it is moved out. Generated code only.
pub struct Slot<T>(Option<T>);

impl<T> Slot<T> {
    /// A slot holding `value`.
    #[inline]
    pub fn new(value: T) -> Self {
        Slot(Some(value))
    }

    /// `x = value`: drops the value held, if any, and holds `value`.
    #[inline]
    pub fn set(&mut self, value: T) {
        self.0 = Some(value);
    }

    /// Moves the value out. The rewrite uses a slot only where the borrow checker would
    /// reject a use after a move, so the value is always there.
    #[inline]
    pub fn take(&mut self) -> T {
        match self.0.take() {
            Some(value) => value,
            None => moved(),
        }
    }
}

#[cold]
#[inline(never)]
fn moved() -> ! {
    unreachable!("a local of the coroutine used after it was moved")
}

impl<T> Deref for Slot<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match &self.0 {
            Some(value) => value,
            None => moved(),
        }
    }
}

impl<T> DerefMut for Slot<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        match &mut self.0 {
            Some(value) => value,
            None => moved(),
        }
    }
}

impl<T: Clone> Clone for Slot<T> {
    fn clone(&self) -> Self {
        Slot(self.0.clone())
    }
}

impl<T: fmt::Debug> fmt::Debug for Slot<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(value) => f.debug_tuple("Slot").field(value).finish(),
            None => f.write_str("Slot(moved)"),
        }
    }
}

/// A move of a slot's value, through autoref specialization:
/// `(&mut &mut x).__coro_move()` copies the value out of the slot `x` when its type is
/// `Copy` (so that a later use still finds it, as a copy leaves the original), and takes
/// it out otherwise. (The rewrite cannot tell a copy from a move: it sees no types.)
pub trait SlotCopy<T> {
    /// A copy of the value.
    fn __coro_move(&mut self) -> T;
}

impl<T: Copy> SlotCopy<T> for &mut Slot<T> {
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

impl<T> SlotMove<T> for Slot<T> {
    #[inline]
    fn __coro_move(&mut self) -> T {
        self.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(
        clippy::needless_borrow,
        reason = "the double borrow is how the move picks its impl"
    )]
    fn a_move_copies_a_copy_value_and_takes_any_other() {
        let mut n = Slot::new(5u32);
        assert_eq!((&mut &mut n).__coro_move(), 5);
        assert_eq!(*n, 5, "a copy leaves the value");
        let mut s = Slot::new(alloc::string::String::from("a"));
        assert_eq!((&mut &mut s).__coro_move(), "a");
        assert_eq!(alloc::format!("{s:?}"), "Slot(moved)");
        s.set(alloc::string::String::from("b"));
        assert_eq!(s.len(), 1);
    }

    #[test]
    #[should_panic(expected = "used after it was moved")]
    fn a_use_after_a_move_panics() {
        let mut s = Slot::new(alloc::vec![1]);
        drop(s.take());
        let _ = s.len();
    }
}
