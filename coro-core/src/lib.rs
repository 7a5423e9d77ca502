//! Stackless coroutines for stable Rust: `#[coroutine]` compiles a function into an explicit
//! state machine that suspends at `yield_!` and resumes where it left off.
//!
//! ```
//! use coro_core::{coroutine, Coroutine, CoroutineState::{Complete, Yielded}};
//!
//! #[coroutine(yield = u64)]
//! fn countdown(from: u64) -> &'static str {
//!     for n in (1..=from).rev() {
//!         yield_!(n);
//!     }
//!     "liftoff"
//! }
//!
//! let mut co = countdown(2);
//! assert_eq!(co.resume(()), Yielded(2));
//! assert_eq!(co.resume(()), Yielded(1));
//! assert_eq!(co.resume(()), Complete("liftoff"));
//! ```
//!
//! # Coroutines
//!
//! A [`Coroutine`] is resumed with [`Coroutine::resume`] and answers with a
//! [`CoroutineState`]: [`Yielded`](CoroutineState::Yielded) when it suspended, or
//! [`Complete`](CoroutineState::Complete) when it returned. [`#[coroutine]`](coroutine) turns a
//! function into a constructor of one; [`coro!`] does the same for a closure-like expression.
//! Inside either, `yield_!(value)` suspends and evaluates to the value passed to the next
//! `resume`, and `yield_from!(other)` runs another coroutine to completion inside this one.
//!
//! A suspended coroutine holds exactly the local variables that are live across the
//! suspension point, in an enum generated for it: no stack, no allocation. Dropping it drops
//! those values. Nothing runs before the first `resume`.
//!
//! # Adapters
//!
//! [`CoroutineExt`] adds [`into_iter`](CoroutineExt::into_iter),
//! [`map_yield`](CoroutineExt::map_yield), [`map_return`](CoroutineExt::map_return) and
//! [`fuse`](CoroutineExt::fuse) to every coroutine.
//!
//! # `no_std`
//!
//! The trait, the macros and the adapters work without `std` and without `alloc`
//! (`default-features = false`). The `alloc` feature adds the `Box<C>` forwarding impl.
#![no_std]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

extern crate self as coro_core;

mod adapters;
mod coroutine;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use adapters::{CoroutineExt, Fuse, IntoIter, MapReturn, MapYield, ResumeError};
pub use coro_macros::{coro, coroutine};
pub use coroutine::{Coroutine, CoroutineState};

/// Suspends the coroutine, handing a value to its caller; evaluates to the next resume's
/// argument.
///
/// `yield_!(value)` is only meaningful inside a [`#[coroutine]`](coroutine) function or a
/// [`coro!`] body, which rewrite it; there it needs no import. Anywhere else it is a compile
/// error. `yield_!()` yields `()`.
///
/// ```compile_fail
/// fn not_a_coroutine() {
///     coro_core::yield_!(1);
/// }
/// ```
#[macro_export]
macro_rules! yield_ {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_!` can only be used inside a `#[coroutine]` function or a `coro!` body"
        )
    };
}

/// Runs another coroutine to completion inside this one, forwarding its yields out and the
/// resume arguments in; evaluates to its return value.
///
/// `yield_from!(sub)` resumes `sub` first with `()`; `yield_from!(sub, first)` resumes it
/// first with `first`. Only meaningful inside a [`#[coroutine]`](coroutine) function or a
/// [`coro!`] body; anywhere else it is a compile error.
///
/// ```compile_fail
/// fn not_a_coroutine() {
///     coro_core::yield_from!(0..3);
/// }
/// ```
#[macro_export]
macro_rules! yield_from {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_from!` can only be used inside a `#[coroutine]` function or a `coro!` body"
        )
    };
}
