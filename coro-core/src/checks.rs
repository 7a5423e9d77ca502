//! Compile-time checks that the macros emit where a coroutine may hold something its state
//! cannot: each trait turns a mistake into an error at the user's code that says what to
//! change. Their methods are only named in code that never runs (`if false { .. }`).

/// The value that a `for` loop's head borrows, where the loop's body suspends and the
/// macro binds that value as a temporary of the head (`make()` in `for x in make().iter()
/// { yield_!(*x) }`): natively it lives to the end of the loop; in a coroutine it moves into
/// the state at each suspension point, so that the iterator cannot keep a borrow of it.
///
/// It is implemented for shared references, whose borrows are of other data: `for x in
/// table().iter()` with `fn table() -> &'static [u32]` is fine. Any other type is reported
/// at the temporary, with the fix (iterate by value, or bind the value to a local and
/// iterate over indices); so is a `&mut` reference, which the iterator reborrows, so that
/// it cannot move into the state either (`for x in leaked()` rather than `for x in
/// leaked().iter_mut()` moves it into the iterator instead).
///
/// ```
/// use coro_core::BorrowedByForHead;
///
/// static TABLE: [u32; 2] = [1, 2];
/// BorrowedByForHead::check(&&TABLE[..]);
/// ```
///
/// ```compile_fail
/// use coro_core::BorrowedByForHead;
///
/// BorrowedByForHead::check(&vec![1u32, 2]); // a `Vec` is not a reference
/// ```
///
/// ```compile_fail
/// use coro_core::BorrowedByForHead;
///
/// BorrowedByForHead::check(&&mut vec![1u32, 2]); // reborrowed by `iter_mut()`
/// ```
#[diagnostic::on_unimplemented(
    message = "this `for` loop iterates over a borrow of this temporary `{Self}` across a suspension point in its body",
    label = "borrowed by the loop's iterator, which is kept across the loop's suspension points",
    note = "a coroutine keeps the temporaries of a `for` head in its state, as its locals, when it suspends, so the loop cannot hold a borrow of one across a suspension point",
    note = "iterate by value (`for x in make()` rather than `for x in make().iter()`), or bind the value to a local and iterate over indices (`let v = make(); for i in 0..v.len() {{ .. v[i] .. }}`)"
)]
pub trait BorrowedByForHead {
    /// Does nothing: naming it with a temporary checks the temporary's type.
    #[inline]
    fn check(&self) {}
}

impl<T: ?Sized> BorrowedByForHead for &T {}

/// The value that a `match` or `if let` head calls a method returning a guard on
/// (`RefCell::borrow`, `borrow_mut`, `try_borrow`, `try_borrow_mut`), where the macro binds
/// that value as a temporary of the head and the construct suspends (`make()` in `if let
/// Some(x) = make().borrow().first() { yield_!(*x) }`): natively the value and the guard
/// live to the end of the construct; in a coroutine the value moves into the state at each
/// suspension point, so that the guard cannot keep a borrow of it.
///
/// It is implemented for shared references, whose borrows are of other data (`fn cell() ->
/// &'static RefCell<..>`). Any other type is reported at the temporary, a `&mut` reference
/// too: the guard reborrows it, so that it cannot move into the state either.
///
/// ```
/// use coro_core::GuardedByHead;
///
/// let cell = core::cell::RefCell::new(1);
/// GuardedByHead::check(&&cell);
/// ```
///
/// ```compile_fail
/// use coro_core::GuardedByHead;
///
/// GuardedByHead::check(&core::cell::RefCell::new(1)); // not a reference
/// ```
#[diagnostic::on_unimplemented(
    message = "this head holds a guard borrowing this temporary `{Self}` across a suspension point of its `match` or `if let`",
    label = "borrowed by a guard that lives to the end of the `match` or `if let`, across its suspension points",
    note = "a coroutine keeps the temporaries of a `match` or `if let` head in its state, as its locals, when it suspends, so a guard of one cannot be held across a suspension point",
    note = "copy what you need out of the guard before the `match` or `if let` (`let first = make().borrow().first().copied();`), or bind the value to a local and end the guard before the suspension point"
)]
pub trait GuardedByHead {
    /// Does nothing: naming it with a temporary checks the temporary's type.
    #[inline]
    fn check(&self) {}
}

impl<T: ?Sized> GuardedByHead for &T {}

/// A value that a coroutine declared with `#[coroutine(.., clone)]` (or made by `coro!(clone;
/// ..)`) keeps in its state: a local or parameter in scope at a suspension point (or a
/// parameter or capture before the first resume). Cloning the coroutine clones each, so each must be `Clone`; the expansion
/// checks them one by one, so that a value whose type is not is reported at its own
/// declaration.
///
/// It is implemented for every `Clone` type.
///
/// ```
/// use coro_core::KeptByCloneCoroutine;
///
/// KeptByCloneCoroutine::check(&String::from("a"));
/// ```
///
/// ```compile_fail
/// use coro_core::KeptByCloneCoroutine;
///
/// struct NotClone;
/// KeptByCloneCoroutine::check(&NotClone);
/// ```
#[diagnostic::on_unimplemented(
    message = "a `clone` coroutine keeps this value across a suspension point, so its type `{Self}` must be `Clone`",
    label = "kept in the coroutine's state, which `clone` makes `Clone`",
    note = "derive or implement `Clone` for it, end its scope before the suspension point, or remove the macro's `clone` argument"
)]
pub trait KeptByCloneCoroutine {
    /// Does nothing: naming it with a value checks the value's type.
    #[inline]
    fn check(&self) {}
}

#[diagnostic::do_not_recommend]
impl<T: Clone> KeptByCloneCoroutine for T {}
