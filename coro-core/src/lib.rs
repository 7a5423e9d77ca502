//! Stackless coroutines for stable Rust: `#[coroutine]` compiles a function into an explicit
//! state machine that suspends at `yield_!` and resumes where it left off.
//!
//! ```
//! use coro_core::{Coroutine, CoroutineState::{Complete, Yielded}};
//!
//! #[coro_core::coroutine(yield = u64)]
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
//! [`Complete`](CoroutineState::Complete) when it returned. [`#[coroutine]`](macro@coroutine)
//! turns a function into a constructor of one; [`coro!`] does the same for a closure-like
//! expression.
//! Inside either, `yield_!(value)` suspends and evaluates to the value passed to the next
//! `resume`, and `yield_from!(other)` runs another coroutine to completion inside this one
//! (or yields each item of an iterator).
//!
//! A suspended coroutine holds exactly the local variables that are live across the
//! suspension point, in an enum generated for it: no stack, no allocation. Dropping it drops
//! those values. Nothing runs before the first `resume`.
//!
//! # Adapters
//!
//! [`CoroutineExt`] adds [`map_yield`](CoroutineExt::map_yield),
//! [`map_return`](CoroutineExt::map_return) and [`fuse`](CoroutineExt::fuse) to every
//! coroutine. A generated coroutine resumed with `()` is [`IntoIterator`] over its yields
//! (`for x in gen()`; see [`IntoIter`]), whatever it returns.
//!
//! # Tasks, schedulers and runtimes (feature `std`)
//!
//! [`sched`] runs many coroutines as tasks on one thread, with Go-style blocking operations
//! (`recv!`, `send!`, `select!`, `sleep!`, `join!`) on the channels of [`channel`]; [`rt`]
//! runs N such schedulers on N threads, with tasks placed by the runtime or pinned by the
//! user, and [`channel::sync`] channels between them.
//!
//! # `no_std`
//!
//! The trait, the macros and the adapters work without `std` and without `alloc`
//! (`default-features = false`). The `alloc` feature adds the `Box<C>` forwarding impl.
//!
//! # Limitations
//!
//! A reference to a local cannot be held across a suspension point (the local moves into
//! the state when the coroutine suspends); the compiler reports it at the `yield_!`. See the
//! README for the work-arounds, for closures kept across suspension points, and for the two
//! differences in drop timing from the compiler's own coroutines.
//!
//! ```compile_fail
//! use coro_core::coro;
//! let co = coro!(|| {
//!     let a = 3;
//!     let b = &a;
//!     yield_!(1);
//!     println!("{b}");
//! });
//! ```
//!
//! A generated coroutine is `Send`, `Sync`, `Unpin` and (for `coro!`, or a function with
//! `#[coroutine(clone)]`) `Clone` exactly when its state is; one that holds an `Rc` across a yield is not `Send`:
//!
//! ```compile_fail
//! fn require_send<T: Send>(_: T) {}
//! let rc = std::rc::Rc::new(1);
//! require_send(coro_core::coro!(|| { let r = rc; yield_!(()); drop(r); }));
//! ```
#![no_std]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

extern crate self as coro_core;

mod adapters;
#[cfg(feature = "alloc")]
pub mod channel;
mod checks;
mod coroutine;
mod drop_flag;
#[cfg(feature = "net")]
pub mod net;
#[cfg(feature = "std")]
mod primitive;
#[cfg(feature = "std")]
pub mod rt;
#[cfg(feature = "std")]
pub mod sched;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

#[cfg(all(loom, feature = "std"))]
#[doc(hidden)]
#[path = "loom.rs"]
pub mod __loom;

#[doc(hidden)]
pub use adapters::yield_from_dispatch as __yield_from;
pub use adapters::{CoroutineExt, FromIter, Fuse, IntoIter, MapReturn, MapYield, ResumeError};
/// Turns a function into a constructor of a coroutine.
///
/// ```
/// use coro_core::{Coroutine, CoroutineState::{Complete, Yielded}};
///
/// #[coro_core::coroutine(yield = u64)]
/// fn counter(n: u64) -> u64 {
///     let mut total = 0;
///     for i in 0..n {
///         total += i;
///         yield_!(i);
///     }
///     total
/// }
///
/// let mut co = counter(3);
/// assert_eq!(co.resume(()), Yielded(0));
/// assert_eq!(co.resume(()), Yielded(1));
/// assert_eq!(co.resume(()), Yielded(2));
/// assert_eq!(co.resume(()), Complete(3));
/// ```
///
/// Write it with its path: rustc reserves the bare name `#[coroutine]` for its own unstable
/// attribute, so an imported `coroutine` is rejected as ambiguous.
///
/// # Arguments
///
/// `#[coro_core::coroutine(yield = Y, resume = R, crate = path, clone)]`, every key optional:
/// - `yield = Y`: the type `yield_!` hands out (default `()`);
/// - `resume = R`: the type `resume` takes (default `()`, or the type of the `#[resume]`
///   parameter);
/// - `crate = path`: where `coro_core` is, when it is re-exported under another name;
/// - `clone`: the coroutine is `Clone` too (`+ Clone` in the return type), so that it can
///   be forked mid-way; every local it holds across a suspension point must be `Clone`.
///
/// The function `fn f(args) -> T` becomes `fn f(args) -> impl Coroutine<R, Yield = Y,
/// Return = T> + Debug`. Calling it runs nothing: the arguments move into the coroutine,
/// and the body starts on the first `resume`. The argument of that first resume goes to the
/// parameter marked `#[resume]`, if any, and is dropped otherwise:
///
/// ```
/// use coro_core::{Coroutine, CoroutineState::{Complete, Yielded}};
///
/// #[coro_core::coroutine(yield = String, resume = u32)]
/// fn greeter(#[resume] times: u32, name: &'static str) -> u32 {
///     let mut more = times;
///     let mut said = 0;
///     while more > 0 {
///         more = yield_!(format!("hello, {name}"));
///         said += 1;
///     }
///     said
/// }
///
/// let mut co = greeter("ada");
/// assert_eq!(co.resume(1), Yielded("hello, ada".to_string()));
/// assert_eq!(co.resume(2), Yielded("hello, ada".to_string()));
/// assert_eq!(co.resume(0), Complete(2));
/// ```
///
/// Methods work too (`self`, `&self`, `&mut self`), as do generics, `where` clauses,
/// lifetimes and `impl Trait` arguments.
///
/// # Inside the body
///
/// - `yield_!(value)` suspends, handing out `value`; it evaluates to the next resume's
///   argument. It may sit anywhere an expression may: `total += yield_!(x)`,
///   `f(a(), yield_!(b), c())` (`a()` runs before the suspension, `c()` after it),
///   `if yield_!(x) > 0`, `match yield_!(x) { .. }`, `return yield_!(x)`.
/// - `yield_from!(sub)` runs the coroutine `sub` to completion, forwarding its yields and the
///   resume arguments, and evaluates to its return value; `yield_from!(sub, first)` passes
///   `first` to its first resume. `sub` may also be any [`IntoIterator`] that is not a
///   coroutine (`yield_from!(v.iter().copied())`): each item is yielded, the resume
///   arguments are dropped, and it evaluates to `()` (see [`FromIter`]).
/// - Suspension points may also sit in a `match` guard (`Some(x) if yield_!(x) > 0 =>`) and
///   in any operand of an `if` or `while` condition's `let` chain.
/// - `return value` and `value?` (on `Result` and `Option`) complete the coroutine.
/// - Everything else is ordinary Rust, checked by the compiler as usual. A `yield_!` inside a
///   closure, an `async` block or another macro's arguments is a compile error: it would not
///   suspend this coroutine.
///
/// # What the expansion looks like
///
/// The body becomes a generic enum with one variant per suspension point, holding the locals
/// live there, and a step function that re-enters the body at the point the state names:
///
/// ```text
/// enum __CoroState<T0, T1, T2> {
///     Suspend0 { it: T1, total: T2 },   // the `for` loop's iterator and `total`
///     Unresumed { n: T0 },
///     Finished(bool),                   // returned, or (`true`) panicked
/// }
/// // resume: match the state; Suspend0 restores `it` and `total`, finishes the loop
/// // iteration after the `yield_!`, then runs the loop again until it yields or returns.
/// ```
///
/// `examples/counter-expanded.rs` in the repository is the complete, compiled expansion of
/// the `counter` above.
///
/// # Panics
///
/// The generated `resume` panics with "coroutine resumed after completion" after the
/// coroutine returned, and with "coroutine resumed after panicking" after its body panicked.
#[doc(inline)]
pub use coro_macros::coroutine;

pub use checks::{BorrowedByForHead, GuardedByHead, KeptByCloneCoroutine};
/// A coroutine written as an expression: `coro!(|first: R| { ... })`.
///
/// The closure's parameter, if any, receives the first resume argument; its return type, if
/// written, is the coroutine's `Return`. Variables the body uses from its environment are
/// moved into the coroutine, as with a `move` closure: they belong to it, are usable by
/// value in the body, and are dropped after its live locals (or when it completes).
///
/// ```
/// use coro_core::{coro, Coroutine, CoroutineState::{Complete, Yielded}};
///
/// let words = vec!["alpha", "beta"];
/// let mut co = coro!(|prefix: &str| {
///     let mut n = 0;
///     for w in words {
///         let next = yield_!(format!("{prefix}{w}"));
///         n += next.len();
///     }
///     n
/// });
/// assert_eq!(co.resume("> "), Yielded("> alpha".to_string()));
/// assert_eq!(co.resume("xy"), Yielded("> beta".to_string()));
/// assert_eq!(co.resume("z"), Complete(3));
/// ```
///
/// When nothing in the body fixes the yield or resume type, name them before the closure:
/// `coro!(yield = u8, resume = (); || 7)`.
///
/// Captures are found by name: every lowercase identifier that the body uses as a value and
/// does not declare itself. Functions that are only called (`helper(x)`) are not captured.
#[doc(inline)]
pub use coro_macros::coro;
#[doc(hidden)]
pub use coroutine::NoYieldType;
pub use coroutine::{Coroutine, CoroutineState};
pub use drop_flag::DropFlag;

/// Suspends the coroutine, handing a value to its caller; evaluates to the next resume's
/// argument.
///
/// `yield_!(value)` is only meaningful inside a [`#[coroutine]`](macro@coroutine) function or a
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
/// `sub` is a coroutine, or an [`IntoIterator`] whose items it yields (see [`FromIter`]).
/// `yield_from!(sub)` resumes `sub` first with `()`; `yield_from!(sub, first)` resumes it
/// first with `first`. Only meaningful inside a [`#[coroutine]`](macro@coroutine) function or a
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

/// The README's examples, compiled and run as doctests (with the `net` feature, which one
/// of them needs; `cargo test --workspace` enables it).
#[doc = include_str!("../../README.md")]
#[cfg(all(doctest, feature = "net"))]
pub struct ReadmeDoctests;

/// Accepts a connection on a listener ([`net::TcpListener`], [`net::UnixListener`]),
/// suspending the task until one comes: `accept!(listener)` evaluates to
/// `io::Result<(stream, peer_address)>`.
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! accept {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`accept!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Connects to a TCP address, suspending the task until the connection is made:
/// `connect!(addr)` or `connect!(addr, timeout)` evaluates to
/// `io::Result<`[`net::TcpStream`]`>` (`TimedOut` once the timeout passes). Each address
/// `addr` resolves to is tried in turn.
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! connect {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`connect!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Reads from a stream ([`net::TcpStream`], [`net::UnixStream`]) into a buffer, suspending
/// the task until data comes: `read!(stream, &mut buf)` evaluates to `io::Result<usize>`,
/// `Ok(0)` once the peer closed its side. The buffer is borrowed for one attempt at a time,
/// never across the suspension.
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! read {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`read!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Reads from a stream until the buffer is full, suspending the task as needed:
/// `read_exact!(stream, &mut buf)` evaluates to `io::Result<()>` (`UnexpectedEof` if the
/// stream ends first).
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! read_exact {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`read_exact!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Writes a whole buffer to a stream, suspending the task while the socket's buffer is
/// full: `write_all!(stream, &buf)` evaluates to `io::Result<()>`.
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! write_all {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`write_all!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Receives a datagram on a [`net::UdpSocket`], suspending the task until one comes:
/// `recv_from!(socket, &mut buf)` evaluates to `io::Result<(usize, SocketAddr)>`.
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! recv_from {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`recv_from!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Sends a datagram on a [`net::UdpSocket`]: `send_to!(socket, &buf, addr)` evaluates to
/// `io::Result<usize>`.
///
/// A suspension point of the enclosing coroutine, which must run as a task of a
/// [`sched::Scheduler`] (feature `net`; see [`net`] for the whole picture).
#[cfg(feature = "net")]
#[macro_export]
macro_rules! send_to {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`send_to!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Receives from a channel, suspending the task until a value arrives; evaluates to
/// `Some(value)`, or `None` once the channel is closed and drained.
///
/// `recv!(rx)` is a suspension point of the enclosing coroutine, which must run as a task
/// of a [`sched::Scheduler`] (from plain code, use
/// [`Receiver::try_recv`](crate::channel::Receiver::try_recv)).
#[macro_export]
macro_rules! recv {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`recv!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Sends on a channel, suspending the task until the value is delivered (buffered, or
/// taken by a receiver on a rendezvous channel); evaluates to `Ok(())`, or
/// `Err(SendError(value))` giving the value back if the channel is closed.
///
/// `send!(tx, value)` is a suspension point of the enclosing coroutine, which must run as
/// a task of a [`sched::Scheduler`].
#[macro_export]
macro_rules! send {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`send!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Suspends the task for a duration: `sleep!(Duration::from_millis(10))`.
#[macro_export]
macro_rules! sleep {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`sleep!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Suspends the task and puts it at the back of the run queue: `yield_now!()`.
#[macro_export]
macro_rules! yield_now {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_now!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Waits for another task to finish: `join!(handle)` evaluates to its
/// `Result<T, JoinError>`.
#[macro_export]
macro_rules! join {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`join!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Waits for any poll-style operation: `wait!(|cx| rx.poll_recv(cx))` suspends the task
/// until the closure returns `Poll::Ready(value)`, and evaluates to `value`.
#[macro_export]
macro_rules! wait {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`wait!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}

/// Waits for the first of several operations, Go's `select`:
///
/// ```text
/// select! {
///     v = recv(rx) => ..,              // v: Option<T>
///     r = send(tx, value) => ..,       // r: Result<(), SendError<T>>
///     _ = sleep(timeout) => ..,        // a Duration or a sched::Deadline
///     v = recv(other), if open => ..,  // a guard: when false, the arm is off
///     default => ..,                   // taken when nothing is ready
/// }
/// ```
///
/// On entering, as Go's `select` does, the `select!` evaluates exactly once and in source
/// order each arm's guard and, unless the guard is false, its operands: the channel, the
/// value to send, the timeout. They are not evaluated again when the task wakes up: a
/// channel expression with a side effect (`recv(next_channel())`) runs once per `select!`.
/// The arm keeps the channel it evaluated to without being one of its senders or receivers
/// (it neither keeps the channel open nor closes it).
///
/// Exactly one arm happens, as in Go: at each wake-up the arms are polled in an order drawn
/// uniformly at random from the scheduler's seeded generator, so each ready operation is
/// picked with equal probability, wherever the arms that are not ready stand; an operation that another task completed while
/// this one waited (it took the value of a `send` arm, or handed a value to a `recv` arm)
/// is the one that happened. Without `default`, the task suspends until an arm is ready;
/// with every arm off and no `default`, forever (a [`Deadlock`](crate::sched::Deadlock)
/// reports it, counting only the arms that are on). A guard plays the part of Go's nil channel: switch off the arm of a closed
/// channel, whose `recv` would otherwise be ready (with `None`) every time.
///
/// A `select!` with `default` never suspends; in a loop that polls, add `yield_now!()` so
/// that the other tasks run.
#[macro_export]
macro_rules! select {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`select!` can only be used inside a `#[coroutine]` function or a `coro!` body run as a task"
        )
    };
}
