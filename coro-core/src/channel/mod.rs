//! Go-style channels: buffered or rendezvous, many senders and many receivers, `close`.
//!
//! [`channel(capacity)`](channel) returns a [`Sender`] and a [`Receiver`]. Values arrive in
//! the order they were sent, each at exactly one receiver. Both ends can be cloned.
//!
//! ```
//! use coro_core::channel::{channel, error::TryRecvError};
//!
//! let (tx, rx) = channel(8);
//! for word in ["hello", "world"] {
//!     tx.try_send(word).unwrap();
//! }
//! drop(tx); // the last sender is gone: the channel closes
//! assert_eq!(rx.try_recv(), Ok("hello"));
//! assert_eq!(rx.try_recv(), Ok("world"));
//! assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
//! ```
//!
//! # Capacity
//!
//! A channel buffers up to `capacity` values; a send waits while the buffer is full. With
//! `capacity == 0` the channel is a *rendezvous*: a send completes only when a receiver
//! takes the value, so sender and receiver meet.
//!
//! # Closing and disconnection
//!
//! - [`Sender::close`] or [`Receiver::close`] closes the channel. Sends then fail and give
//!   the value back ([`TrySendError::Closed`](error::TrySendError::Closed),
//!   [`SendError`](error::SendError)); nothing panics and nothing is lost. Receives first
//!   drain the values already buffered, then report the end (`None`,
//!   [`TryRecvError::Closed`](error::TryRecvError::Closed)).
//! - Dropping every `Sender` closes the channel the same way.
//! - Dropping every `Receiver` closes it too: the values still buffered are dropped, and
//!   sends give their value back.
//! - The values still buffered when the last handle goes are dropped, once.
//!
//! # Ways to use it
//!
//! - **From plain code**: [`Sender::try_send`] and [`Receiver::try_recv`] never wait. On a
//!   rendezvous channel `try_send` succeeds only when a receiver is waiting.
//! - **From a task** of the [scheduler](crate::sched): `recv!`, `send!` and `select!` block
//!   the task. The channel registers the task itself, not a waker: a word of its queue,
//!   with no allocation and no atomic count, and a task's own `select!` is kept in the
//!   task (the channel asks it whether the `select!` is decided).
//! - **From any `async` code** (or a task's `wait!`): [`Receiver::poll_recv`] and
//!   [`Sender::poll_send`] take a [`Context`](core::task::Context) and, when they cannot
//!   complete, return `Pending` and wake its [`Waker`](core::task::Waker) when they can make
//!   progress. The value of a waiting send lives in a [`SendSlot`], so that a failed or
//!   withdrawn send gives it back. A receive stays registered until it completes or is
//!   withdrawn with [`Receiver::cancel_recv`]: withdraw one you abandon, as on a rendezvous
//!   channel a send may hand it its value.
//! - **In a `select`** over several channels, from `async` code: tie the operations
//!   together with a [`Choice`] and poll them with the `_in` methods; the first that
//!   completes decides the choice, and the others can no longer complete. Then withdraw
//!   them: the sends with [`Sender::cancel_send`], which gives their value back, and the
//!   receives with [`Receiver::cancel_recv`] (a receive of a decided choice is handed no
//!   value, but stays registered, and its waker may be woken, until withdrawn).
//!
//! ```
//! use std::task::{Context, Poll, Waker};
//! use coro_core::channel::{channel, SendSlot};
//!
//! let mut cx = Context::from_waker(Waker::noop());
//! let (tx, rx) = channel(0);
//!
//! // A rendezvous send waits for a receiver...
//! let mut slot = SendSlot::new("ping");
//! assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
//! // ...which takes the value, completing the send.
//! assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some("ping")));
//! assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
//!
//! rx.close();
//! let mut slot = SendSlot::new("pong");
//! assert_eq!(tx.poll_send(&mut slot, &mut cx).map_err(|e| e.0), Poll::Ready(Err("pong")));
//! ```
//!
//! # Across threads
//!
//! These channels stay on one thread. [`sync::channel`] makes one whose handles are
//! `Send + Sync`, with the same semantics and methods, which tasks on different schedulers
//! (or plain threads) share; `recv!`, `send!` and `select!` take either kind, and one
//! `select!` may mix them.
//!
//! # Costs
//!
//! The channel is single-threaded (its handles are neither `Send` nor `Sync`) and needs
//! only `alloc`. Creating one allocates once. Sending and receiving allocate nothing beyond
//! the amortized growth of the buffer and of the queues of waiting senders and receivers,
//! which keep their capacity; but a receive that waits with a waker (the `poll_` methods,
//! with or without a `Choice`) boxes its registration, once per registration, where a
//! task's receive takes only its word of the queue.
//!
//! Its one `unsafe` part is that word: a waiting receiver is either a task's reference or a
//! pointer to a boxed registration, told apart by a tag in the pointer's low bit.

// The files: `id` (`ChannelId`), `slot` (`SendSlot`), `party` (who waits: a task or a
// waker), `waiter` (a waiting receiver in one word), `choice` (`Choice`, and whether a
// registration of a `select` may still complete), `queue` (helpers for the queues), `state`
// (the buffer and the queues behind the `RefCell`, and what one borrow of them decides),
// `shared` (the operations), `sender` and `receiver` (the handles), `error`.

mod choice;
pub mod error;
mod id;
#[cfg(feature = "std")]
mod operand;
mod party;
mod queue;
mod receiver;
mod sender;
mod shared;
mod slot;
mod state;
#[cfg(feature = "std")]
pub mod sync;
mod waiter;

use alloc::collections::VecDeque;
use alloc::rc::Rc;
use core::cell::RefCell;

pub use choice::Choice;
pub use id::ChannelId;
#[cfg(feature = "std")]
#[doc(hidden)]
pub use operand::{RecvOperand, SendOperand};
#[cfg(feature = "std")]
pub(crate) use party::PartyRef;
pub use receiver::Receiver;
pub use sender::Sender;
pub use slot::SendSlot;

use shared::Shared;
use state::State;

/// Creates a channel that buffers up to `capacity` values, and returns its two ends.
///
/// With `capacity == 0` the channel is a *rendezvous* (Go's unbuffered channel): a send
/// completes only when a receiver takes the value. Both ends can be cloned (many producers,
/// many consumers); each value is received by exactly one receiver, in the order the values
/// were sent.
///
/// The channel is single-threaded (its handles are neither `Send` nor `Sync`). It does not
/// allocate the buffer up front: the first buffered value makes room for `capacity` values
/// (at most 32), and the buffer grows beyond that as values arrive, and keeps its capacity.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
///
/// let (tx, rx) = channel(2);
/// tx.try_send("a").unwrap();
/// tx.try_send("b").unwrap();
/// assert!(tx.try_send("c").is_err()); // full
/// assert_eq!(rx.try_recv(), Ok("a"));
/// assert_eq!(rx.try_recv(), Ok("b"));
/// ```
#[must_use]
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    let shared = Rc::new(Shared {
        id: ChannelId::next(),
        capacity,
        state: RefCell::new(State {
            buffer: VecDeque::new(),
            offers: VecDeque::new(),
            waiters: VecDeque::new(),
            deliveries: VecDeque::new(),
            next_ticket: 0,
            senders: 1,
            receivers: 1,
            closed: false,
        }),
    });
    (
        Sender {
            shared: Rc::clone(&shared),
        },
        Receiver { shared },
    )
}
