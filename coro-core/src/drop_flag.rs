//! [`DropFlag`]: the drop flag of a local of a coroutine that may have been moved before
//! a suspension point.

use core::fmt;
use core::ops::{Deref, DerefMut};

/// A value, or nothing once it has been moved out: the drop flag that `coro!` and
/// `#[coroutine]` give a local moved on some paths only.
///
/// A plain function drops a local at the end of its scope unless it was moved, which it
/// tracks with a hidden drop flag. A coroutine's locals that are still in scope at a
/// suspension point are kept in its state; one that may have been moved before it (`if c {
/// consume(x) }`) is declared as a `DropFlag` holding its value: a use of the local is a
/// use of the flag's value (through [`Deref`] and [`DerefMut`]), a move takes the value
/// out ([`take`](Self::take)), or copies it if its type is `Copy`, and the state keeps the
/// flag, so that the value is dropped where its scope ends if it was not moved, as in a
/// plain function.
///
/// The type shows in compiler errors about such a local: "cannot move out of dereference
/// of `DropFlag<T>`" is a method that takes `self` called on it (`x.finish()`), which the
/// rewrite cannot turn into a move; call it as `T::finish(x)` instead (see the README's
/// Limitations).
///
/// ```
/// use coro_core::DropFlag;
///
/// let mut name = DropFlag::new(String::from("a"));
/// assert_eq!(name.len(), 1); // a use: the value, through `Deref`
/// let moved: String = name.take(); // a move
/// assert_eq!(moved, "a");
/// assert_eq!(format!("{name:?}"), "DropFlag(moved)");
/// name.set(String::from("bc")); // an assignment after the move
/// assert_eq!(*name, "bc");
/// ```
pub struct DropFlag<T>(Option<T>);

impl<T> DropFlag<T> {
    /// A flag holding `value`.
    #[inline]
    pub fn new(value: T) -> Self {
        DropFlag(Some(value))
    }

    /// `x = value`: drops the value held, if any, and holds `value`.
    #[inline]
    pub fn set(&mut self, value: T) {
        self.0 = Some(value);
    }

    /// Moves the value out.
    ///
    /// # Panics
    ///
    /// If the value was already moved out. (Generated code never does that: it uses a flag
    /// only where the borrow checker rejects a use after a move. So do [`Deref`] and
    /// [`DerefMut`].)
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
    unreachable!("the value of a `DropFlag` used after it was moved out")
}

impl<T> Deref for DropFlag<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match &self.0 {
            Some(value) => value,
            None => moved(),
        }
    }
}

impl<T> DerefMut for DropFlag<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        match &mut self.0 {
            Some(value) => value,
            None => moved(),
        }
    }
}

impl<T: Clone> Clone for DropFlag<T> {
    fn clone(&self) -> Self {
        DropFlag(self.0.clone())
    }
}

impl<T: fmt::Debug> fmt::Debug for DropFlag<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(value) => f.debug_tuple("DropFlag").field(value).finish(),
            None => f.write_str("DropFlag(moved)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "used after it was moved")]
    fn a_use_after_a_move_panics() {
        let mut s = DropFlag::new(alloc::vec![1]);
        drop(s.take());
        let _ = s.len();
    }
}
