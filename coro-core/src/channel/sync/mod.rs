//! Channels that work across threads and schedulers: [`channel(capacity)`](channel) returns
//! a [`Sender`] and a [`Receiver`] that are `Send + Sync + Clone` for `T: Send`.
//!
//! They have the semantics of the single-thread [`channel`](crate::channel::channel):
//! buffered or rendezvous (`capacity == 0`), many senders and many receivers, values in the
//! order they were sent, each received once; [`close`](Sender::close) from either end,
//! receives drain the buffer after it, and a send on a closed channel gives its value back
//! ([`SendError`], [`TrySendError::Closed`]); dropping every sender, or every receiver,
//! closes the channel. The same methods are there: `try_send`/`try_recv` from plain code,
//! `poll_send`/`poll_recv` with a `Context`, `cancel_send`/
//! `cancel_recv`, `len`, `capacity`, `is_closed`, `id`.
//!
//! Inside a task, `recv!(rx)`, `send!(tx, value)` and `select!`'s `recv` and `send` arms
//! take these channels as they take single-thread ones, and one `select!` may mix both
//! kinds. A task that waits registers its waker: a send on another thread (or on another
//! scheduler) wakes it on its own scheduler, through that scheduler's queue of wake-ups from
//! elsewhere.
//!
//! ```
//! use std::thread;
//! use coro_core::channel::sync;
//! use coro_core::sched::Scheduler;
//!
//! let (tx, rx) = sync::channel(0);
//! // A producer on one scheduler, a consumer on another, each run on its own thread.
//! let producer = thread::spawn(move || {
//!     let sched = Scheduler::new();
//!     sched.spawn(coro_core::coro!(move || {
//!         for i in 1..=100u64 {
//!             send!(tx, i).unwrap();
//!         }
//!     })); // dropping `tx` at the end closes the channel
//!     sched.run().unwrap();
//! });
//! let consumer = thread::spawn(move || {
//!     let sched = Scheduler::new();
//!     let total = sched.spawn(coro_core::coro!(move || {
//!         let mut total = 0;
//!         while let Some(i) = recv!(rx) {
//!             total += i;
//!         }
//!         total
//!     }));
//!     sched.run().unwrap();
//!     total.try_join().unwrap().unwrap()
//! });
//! producer.join().unwrap();
//! assert_eq!(consumer.join().unwrap(), 5050);
//! ```
//!
//! # Differences from the single-thread channel
//!
//! - **`T: Send`**, and the handles are `Send + Sync`.
//! - **Cost:** each operation takes the channel's lock (a `Mutex`), and a task that waits
//!   registers a clone of its waker (an atomic count) rather than itself; a wake-up from
//!   another thread goes through the woken scheduler's remote queue (a lock, and an unpark
//!   or a write to its reactor's waker if it sleeps). A `select!` with arms on these
//!   channels decides through an atomic cell allocated when it begins.
//! - **Deadlock reports:** a task waiting on one of these channels may be woken from
//!   another thread, so it is reported as waiting on
//!   [`WaitingOn::SyncRecv`](crate::sched::WaitingOn::SyncRecv) (or `SyncSend`,
//!   `SyncSelect`), and a lone scheduler whose tasks all wait so waits for a wake-up
//!   instead of reporting a deadlock. A [`Runtime`](crate::rt::Runtime) reports them
//!   blocked when none of its schedulers runs.
//! - **Abandoned operations:** a coroutine dropped while it waits in a `select!` withdraws
//!   what the `select!` left in these channels (its offers' values are dropped). One
//!   dropped while it waits in `recv!` on a rendezvous channel (a coroutine resumed by hand
//!   inside a task and dropped there, or a task cancelled with its scheduler or runtime, or
//!   ending with such a coroutine inside) withdraws its task's receive: a value a send
//!   handed to it goes back to the front of the buffer, for the next receiver, and the
//!   receivers that wait are woken. (Inside a task every such receive of the task is
//!   withdrawn, and the task is woken once, so that another of its coroutines that still
//!   waits registers again.) This costs a receive that completes at once nothing; one that
//!   waits on a rendezvous channel records its channel beside its task until it completes.
//!   On a buffered channel no value is handed to a receiver, and a registration left there
//!   only earns its task a spurious wake-up. A coroutine dropped while it waits in `send!`
//!   leaves its value parked in the channel, where a receiver takes it, as a value buffered
//!   just before the drop (the last sender's drop moves it into the buffer). A receive by
//!   hand ([`poll_recv`](Receiver::poll_recv), as in `wait!`) stays registered until it is
//!   withdrawn with [`cancel_recv`](Receiver::cancel_recv). Two cases are not covered: a
//!   coroutine moved to another thread while it waits, and a scheduler kept in a
//!   thread-local and dropped when its thread exits (the records may be gone by then);
//!   there, a value handed to the abandoned receive stays in the channel, out of reach,
//!   until the channel goes.
//! - **Shutdown:** once a scheduler shuts down (its drop began, or its
//!   [`Runtime`](crate::rt::Runtime)'s), a rendezvous send hands no value to the waiting
//!   receives of its tasks, which will not run to take it: it skips them and takes them
//!   out, so it meets another receiver, waits for one (a `send!` gets its value back as
//!   [`SendError`] if the channel closes meanwhile, as when the cancelled task held its
//!   last receiver), or finds none ([`TrySendError::Full`]). A send that checked just
//!   before the shutdown began may still hand its value to such a task (a task of a runtime
//!   may also run to take it until its scheduler's thread sees the shutdown); when the task
//!   is cancelled, its receive is withdrawn as above, so the value is back in the buffer
//!   like any buffered value: received by another receiver, or dropped with the buffer if
//!   the channel has no receiver left. (If the channel was closed meanwhile, a receiver
//!   that found it drained before the value came back has seen the end; the value waits
//!   in the buffer for a receive after it.)
//! - **No `Choice`:** the `poll_` methods take a `Context` only; a `select` over these
//!   channels is the `select!` of a task.
//! - **A `select!` mixing both kinds** keeps its decision on its own thread: other threads
//!   do not complete its operations on these channels, they wake the task, which completes
//!   them itself. So, on a rendezvous channel, such a `select!` meets plain sends and
//!   receives, `select!`s whose arms are all on these channels, and buffered values, but not
//!   another `select!` that also mixes both kinds on another thread, nor a
//!   [`try_send`](Sender::try_send) (which finds no receiver waiting).
//!
//! [`SendError`]: crate::channel::error::SendError
//! [`TrySendError::Closed`]: crate::channel::error::TrySendError::Closed

// The files: `select` (how a `select!` with arms here is decided, and the cells of this
// thread's tasks), `inner` (the state behind the lock and the operations), `operand` (the
// operands of `select!` arms).

mod inner;
mod operand;
mod party;
pub(crate) mod select;
pub(crate) mod waits;

use alloc::sync::Arc;
use core::fmt;
use core::task::{Context, Poll, Waker};

use super::SendSlot;
use super::error::{SendError, TryRecvError, TrySendError};
use super::id::ChannelId;
use crate::sched::TaskRef;
use inner::Inner;
pub(crate) use inner::Who;
#[doc(hidden)]
pub use operand::{RecvOperand, SendOperand};

/// Creates a channel that buffers up to `capacity` values and works across threads, and
/// returns its two ends.
///
/// With `capacity == 0` the channel is a rendezvous: a send completes only when a receiver
/// takes the value. Both ends can be cloned and sent to other threads; each value is
/// received once, in the order the values were sent.
///
/// # Examples
///
/// ```
/// use std::thread;
/// use coro_core::channel::sync;
///
/// let (tx, rx) = sync::channel(4);
/// thread::spawn(move || {
///     for i in 0..4 {
///         tx.try_send(i).unwrap();
///     }
/// })
/// .join()
/// .unwrap();
/// assert_eq!(rx.len(), 4);
/// assert_eq!(rx.try_recv(), Ok(0));
/// ```
#[must_use]
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    let inner = Arc::new(Inner::new(capacity));
    (
        Sender {
            inner: Arc::clone(&inner),
        },
        Receiver { inner },
    )
}

/// The sending end of a [`sync::channel`](channel): `Send + Sync` for `T: Send`.
///
/// # Examples
///
/// ```
/// use coro_core::channel::{error::TrySendError, sync};
///
/// let (tx, rx) = sync::channel(1);
/// tx.try_send(1).unwrap();
/// assert_eq!(tx.try_send(2), Err(TrySendError::Full(2)));
/// drop(rx);
/// assert_eq!(tx.try_send(3), Err(TrySendError::Closed(3)));
/// ```
pub struct Sender<T> {
    inner: Arc<Inner<T>>,
}

/// The receiving end of a [`sync::channel`](channel): `Send + Sync` for `T: Send`.
///
/// # Examples
///
/// ```
/// use coro_core::channel::{error::TryRecvError, sync};
///
/// let (tx, rx) = sync::channel(1);
/// tx.try_send("hi").unwrap();
/// drop(tx);
/// assert_eq!(rx.try_recv(), Ok("hi"));
/// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
/// ```
pub struct Receiver<T> {
    inner: Arc<Inner<T>>,
}

impl<T> Sender<T> {
    /// Sends `value` now if it can: into the buffer if there is room (and no blocked send
    /// ahead), or on a rendezvous channel to a receiver that waits. Never waits.
    ///
    /// # Errors
    ///
    /// [`TrySendError::Full`] if it cannot now, [`TrySendError::Closed`] if the channel is
    /// closed; both give the value back.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{error::TrySendError, sync};
    ///
    /// let (tx, rx) = sync::channel(0);
    /// assert_eq!(tx.try_send(1), Err(TrySendError::Full(1))); // nobody receives
    /// # drop(rx);
    /// ```
    pub fn try_send(&self, value: T) -> Result<(), TrySendError<T>> {
        self.inner.try_send(value)
    }

    /// Sends the value in `slot`, across as many polls as it takes: `Ready(Ok(()))` once
    /// sent (or, on a rendezvous channel, taken by a receiver), `Ready(Err(..))` with the
    /// value if the channel is closed, otherwise `Pending` with the value parked in the
    /// channel, and `cx`'s waker woken when the send may progress.
    ///
    /// # Panics
    ///
    /// If `slot` is empty, or its value is parked in another channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{sync, SendSlot};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = sync::channel(0);
    /// let mut slot = SendSlot::new("ping");
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    /// assert_eq!(rx.try_recv(), Ok("ping"));
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    /// ```
    pub fn poll_send(
        &self,
        slot: &mut SendSlot<T>,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        self.inner.poll_send_plain(slot, Who::plain(cx.waker()))
    }

    /// `send!` by a task whose waker is `waker`. (A parked send needs no more: a value
    /// is handed to receives only.)
    pub(crate) fn poll_send_task(
        &self,
        slot: &mut SendSlot<T>,
        waker: &Waker,
    ) -> Poll<Result<(), SendError<T>>> {
        self.inner.poll_send_plain(slot, Who::plain(waker))
    }

    /// Withdraws a send that [`poll_send`](Self::poll_send) left pending: the value goes
    /// back into `slot`. If a receiver took it already, the send completed and `slot` stays
    /// empty.
    ///
    /// # Panics
    ///
    /// If the value of `slot` is parked in another channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{sync, SendSlot};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = sync::channel(0);
    /// let mut slot = SendSlot::new(1);
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    /// tx.cancel_send(&mut slot);
    /// assert_eq!(slot.take(), Some(1));
    /// assert!(rx.try_recv().is_err());
    /// ```
    pub fn cancel_send(&self, slot: &mut SendSlot<T>) {
        self.inner.cancel_send(slot);
    }

    /// Closes the channel: sends fail from now on (giving their value back), receives drain
    /// the buffered values, then report the end.
    pub fn close(&self) {
        self.inner.close();
    }

    /// Whether the channel is closed (by `close` on either end, or by dropping every sender
    /// or every receiver).
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.inner.is_closed()
    }

    /// How many values are buffered (not counting blocked sends).
    #[must_use]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether no value is buffered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The capacity the channel was created with (`0` for a rendezvous channel).
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.inner.capacity
    }

    /// The id of the channel, the same for all its handles.
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.inner.id
    }

    /// The operand of a `send` arm of `select!` on this channel.
    pub(crate) fn operand(&self) -> SendOperand<T> {
        SendOperand::of(self)
    }
}

impl<T> Receiver<T> {
    /// Receives the next value if there is one now, without waiting: from the buffer, or
    /// from a blocked send (completing it).
    ///
    /// # Errors
    ///
    /// [`TryRecvError::Empty`] if no value is there now, [`TryRecvError::Closed`] if the
    /// channel is closed and drained.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{error::TryRecvError, sync};
    ///
    /// let (tx, rx) = sync::channel::<u8>(1);
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    /// tx.close();
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    /// ```
    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        self.inner.try_recv()
    }

    /// Receives the next value, across as many polls as it takes: `Ready(Some(value))`,
    /// `Ready(None)` once the channel is closed and drained, otherwise `Pending` with `cx`'s
    /// waker registered (woken when a value may be there; the wake-up may be spurious).
    ///
    /// A receive stays registered until it completes or is withdrawn with
    /// [`cancel_recv`](Self::cancel_recv): on a rendezvous channel a send may hand its value
    /// to the registration, which waits for the next poll with the same waker. Withdraw a
    /// receive you abandon.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::sync;
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = sync::channel(0);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    /// tx.try_send(7).unwrap(); // a receiver waits: handed over
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(7)));
    /// drop(tx);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(None));
    /// ```
    pub fn poll_recv(&self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        self.inner.poll_recv_plain(Who::plain(cx.waker()))
    }

    /// `recv!` by `task`, whose waker is `waker`. On a rendezvous channel, a receive that
    /// waits is recorded for the task ([`waits`]), to be withdrawn should its coroutine be
    /// dropped first.
    #[inline]
    pub(crate) fn poll_recv_task(&self, waker: &Waker, task: &TaskRef) -> Poll<Option<T>>
    where
        T: 'static,
    {
        let who = Who {
            waker,
            select: None,
            task: Some(task),
        };
        if self.inner.capacity == 0 {
            return self.poll_recv_rendezvous(who, task);
        }
        self.inner.poll_recv_plain(who)
    }

    /// [`poll_recv_task`](Self::poll_recv_task) on a rendezvous channel, out of the way of
    /// the buffered channels' receive.
    #[inline(never)]
    fn poll_recv_rendezvous(&self, who: Who<'_>, task: &TaskRef) -> Poll<Option<T>>
    where
        T: 'static,
    {
        let poll = self.inner.poll_recv_plain(who);
        waits::note(task, &self.inner, poll.is_pending());
        poll
    }

    /// Withdraws the receive that [`poll_recv`](Self::poll_recv) registered with `waker`; a
    /// value a send handed to it goes back to the front of the queue.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{error::TrySendError, sync};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = sync::channel::<u8>(0);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    /// rx.cancel_recv(cx.waker());
    /// assert_eq!(tx.try_send(1), Err(TrySendError::Full(1)));
    /// ```
    pub fn cancel_recv(&self, waker: &Waker) {
        self.inner.cancel_recv(Who::plain(waker));
    }

    /// Withdraws the receives of the task whose wakers carry `task` as their data (the
    /// loom models' way to the withdrawal of a dropped task's receive).
    #[cfg(loom)]
    pub(crate) fn withdraw_task(&self, task: *const ()) {
        self.inner.withdraw_task(task);
    }

    /// Closes the channel, as [`Sender::close`] does.
    pub fn close(&self) {
        self.inner.close();
    }

    /// Whether the channel is closed. Buffered values may still wait to be received.
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.inner.is_closed()
    }

    /// How many values are buffered (not counting blocked sends).
    #[must_use]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether no value is buffered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The capacity the channel was created with (`0` for a rendezvous channel).
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.inner.capacity
    }

    /// The id of the channel, the same for all its handles.
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.inner.id
    }

    /// The operand of a `recv` arm of `select!` on this channel.
    pub(crate) fn operand(&self) -> RecvOperand<T> {
        RecvOperand::of(self)
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.inner.add_sender();
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<T> Clone for Receiver<T> {
    fn clone(&self) -> Self {
        self.inner.add_receiver();
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        self.inner.drop_sender();
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.inner.drop_receiver();
    }
}

impl<T> fmt::Debug for Sender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.debug("Sender", f)
    }
}

impl<T> fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.debug("Receiver", f)
    }
}
