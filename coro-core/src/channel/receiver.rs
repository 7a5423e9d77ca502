//! [`Receiver`], the receiving end of a channel.

use alloc::rc::Rc;
use core::fmt;
use core::task::{Context, Poll, Waker};

use super::choice::{Choice, Mine};
use super::error::TryRecvError;
use super::id::ChannelId;
use super::party::PartyRef;
use super::shared::Shared;
#[cfg(doc)]
use super::{Sender, channel};

/// The receiving end of a [`channel`].
///
/// Clone it to receive in several places; each value goes to exactly one receiver. Once the
/// channel is closed (by [`close`](Receiver::close) on either end or by dropping every
/// [`Sender`]), receives drain the buffered values, then report the end. Dropping every
/// `Receiver` closes the channel and drops the values still buffered.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
///
/// let (tx, rx) = channel(1);
/// let rx2 = rx.clone();
/// tx.try_send("once").unwrap();
/// assert_eq!(rx2.try_recv(), Ok("once"));
/// assert!(rx.try_recv().is_err());
/// ```
pub struct Receiver<T> {
    pub(super) shared: Rc<Shared<T>>,
}

impl<T> Receiver<T> {
    /// Receives the next value if there is one now, without waiting.
    ///
    /// Values come in the order they were sent. On a rendezvous channel, this takes the value
    /// of the oldest blocked sender (completing its send and waking it). Taking a value from
    /// a full buffer lets the oldest blocked sender's value in, completing its send.
    ///
    /// # Errors
    ///
    /// [`TryRecvError::Empty`] if no value is there now, and [`TryRecvError::Closed`] if the
    /// channel is closed (or every sender is gone) and every buffered value was received.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::TryRecvError};
    ///
    /// let (tx, rx) = channel(1);
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    /// tx.try_send(9).unwrap();
    /// drop(tx);
    /// assert_eq!(rx.try_recv(), Ok(9));
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    /// ```
    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        self.shared.try_recv()
    }

    /// Receives the next value, across as many polls as it takes.
    ///
    /// Returns `Ready(Some(value))` with the next value (in the order sent),
    /// `Ready(None)` once the channel is closed (or every sender is gone) and drained, and
    /// otherwise `Pending`, after registering `cx.waker()` to be woken when a value arrives
    /// or the channel closes. The wake-up may be spurious (another receiver took the value):
    /// poll again.
    ///
    /// A receive stays registered until it completes or is withdrawn
    /// ([`cancel_recv`](Self::cancel_recv)), also when its task goes on to do something else.
    /// On a buffered channel that costs the task a spurious wake-up later; on a rendezvous
    /// channel a send may hand its value to the registration, and the value then waits for
    /// the next `poll_recv` with the same waker (or goes back to the front of the queue when
    /// the receive is withdrawn). So withdraw a receive you abandon.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::channel;
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel(0);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    /// tx.try_send(7).unwrap(); // a receiver is waiting: handed over
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(7)));
    /// drop(tx);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(None));
    /// ```
    pub fn poll_recv(&self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        self.shared
            .poll_recv(PartyRef::Waker(cx.waker()), None, false)
    }

    /// A receive by `party` outside a `select!` (whose arms use a
    /// [`RecvOperand`](super::RecvOperand)); `fresh` on the first poll of a receive (no
    /// registration to look for).
    #[cfg(feature = "std")]
    pub(crate) fn poll_recv_as(&self, party: PartyRef<'_>, fresh: bool) -> Poll<Option<T>> {
        self.shared.poll_recv(party, None, fresh)
    }

    /// [`poll_recv`](Self::poll_recv) as one of the operations of `choice` (an arm of a
    /// `select`): completes only if no other operation of the choice's current round did,
    /// and completing decides the round. Returns `Pending` without doing anything once the
    /// round is decided by another operation.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, Choice};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel::<u8>(1);
    /// let choice = Choice::new();
    /// choice.begin();
    /// assert_eq!(rx.poll_recv_in(&mut cx, &choice), Poll::Pending);
    /// choice.decide(); // say a timeout won
    /// rx.cancel_recv(cx.waker());
    /// tx.try_send(1).unwrap();
    /// assert_eq!(rx.poll_recv_in(&mut cx, &choice), Poll::Pending, "decided");
    /// assert_eq!(rx.try_recv(), Ok(1));
    /// ```
    pub fn poll_recv_in(&self, cx: &mut Context<'_>, choice: &Choice) -> Poll<Option<T>> {
        self.shared.poll_recv(
            PartyRef::Waker(cx.waker()),
            Some(Mine::Choice(choice)),
            false,
        )
    }

    /// Withdraws the receive that [`poll_recv`](Self::poll_recv) or
    /// [`poll_recv_in`](Self::poll_recv_in) registered with `waker` (when a `select` takes
    /// another arm): senders stop counting on it. Does nothing if there is none.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, error::TrySendError};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel::<u8>(0);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Pending); // waiting: a rendezvous can happen
    /// rx.cancel_recv(cx.waker());                       // not any more
    /// assert_eq!(tx.try_send(1), Err(TrySendError::Full(1)));
    /// ```
    pub fn cancel_recv(&self, waker: &Waker) {
        self.shared.cancel_recv(PartyRef::Waker(waker));
    }

    /// Closes the channel, as [`Sender::close`] does: sends fail from now on (giving their
    /// value back), and receives drain the buffered values, then report the end.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::TrySendError};
    ///
    /// let (tx, rx) = channel(1);
    /// rx.close();
    /// assert_eq!(tx.try_send(1), Err(TrySendError::Closed(1)));
    /// assert_eq!(rx.try_recv().is_err(), true);
    /// ```
    pub fn close(&self) {
        self.shared.close();
    }

    /// Returns `true` if the channel is closed: by [`close`](Self::close) on either end, by
    /// dropping every sender, or by dropping every receiver. Buffered values may still be
    /// waiting to be received.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel(1);
    /// tx.try_send(1).unwrap();
    /// drop(tx);
    /// assert!(rx.is_closed());
    /// assert_eq!(rx.try_recv(), Ok(1));
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.shared.state.borrow().closed
    }

    /// Returns the number of values buffered in the channel. Values of blocked sends are not
    /// counted.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel(3);
    /// tx.try_send(()).unwrap();
    /// tx.try_send(()).unwrap();
    /// assert_eq!(rx.len(), 2);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.shared.state.borrow().buffer.len()
    }

    /// Returns `true` if no value is buffered in the channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel(3);
    /// assert!(rx.is_empty());
    /// tx.try_send(()).unwrap();
    /// assert!(!rx.is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.shared.state.borrow().buffer.is_empty()
    }

    /// Returns the capacity the channel was created with (`0` for a rendezvous channel).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (_tx, rx) = channel::<()>(0);
    /// assert_eq!(rx.capacity(), 0);
    /// ```
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.shared.capacity
    }

    /// Returns the id of the channel, the same for all its handles.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel::<()>(0);
    /// assert_eq!(rx.clone().id(), tx.id());
    /// ```
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.shared.id
    }
}

impl<T> Clone for Receiver<T> {
    fn clone(&self) -> Self {
        self.shared.state.borrow_mut().receivers += 1;
        Self {
            shared: Rc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.shared.drop_receiver();
    }
}

impl<T> fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shared.debug("Receiver", f)
    }
}
