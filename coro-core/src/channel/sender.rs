//! [`Sender`], the sending end of a channel.

use alloc::rc::Rc;
use core::fmt;
use core::task::{Context, Poll};

use super::choice::{Choice, Mine};
use super::error::{SendError, TrySendError};
use super::id::ChannelId;
use super::party::PartyRef;
use super::shared::Shared;
use super::slot::SendSlot;
#[cfg(doc)]
use super::{Receiver, channel};

/// The sending end of a [`channel`].
///
/// Clone it to send from several places; the channel closes when every `Sender` is dropped
/// (receivers then drain the buffered values and see the end). If every
/// [`Receiver`] is dropped, the channel closes too and sends give their value back.
///
/// # Examples
///
/// ```
/// use coro_core::channel::{channel, error::TryRecvError};
///
/// let (tx, rx) = channel(4);
/// let tx2 = tx.clone();
/// tx.try_send(1).unwrap();
/// tx2.try_send(2).unwrap();
/// drop((tx, tx2));
/// assert_eq!(rx.try_recv(), Ok(1));
/// assert_eq!(rx.try_recv(), Ok(2));
/// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
/// ```
pub struct Sender<T> {
    pub(super) shared: Rc<Shared<T>>,
}

impl<T> Sender<T> {
    /// Sends `value` if it can be done now, without waiting.
    ///
    /// On a buffered channel that means there is room in the buffer (and no blocked send
    /// ahead of this one). On a rendezvous channel (`capacity == 0`) it means a receiver is
    /// waiting (it called [`Receiver::poll_recv`] and got `Pending`): the value is handed to
    /// it. A waiting receiver is woken.
    ///
    /// # Errors
    ///
    /// Gives the value back in [`TrySendError::Full`] if it cannot be sent now, and in
    /// [`TrySendError::Closed`] if the channel is closed or every receiver is gone.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::TrySendError};
    ///
    /// let (tx, rx) = channel(1);
    /// assert_eq!(tx.try_send(1), Ok(()));
    /// assert_eq!(tx.try_send(2), Err(TrySendError::Full(2)));
    /// drop(rx);
    /// assert_eq!(tx.try_send(3), Err(TrySendError::Closed(3)));
    ///
    /// // A rendezvous channel with nobody waiting to receive:
    /// let (tx, _rx) = channel(0);
    /// assert_eq!(tx.try_send(4), Err(TrySendError::Full(4)));
    /// ```
    pub fn try_send(&self, value: T) -> Result<(), TrySendError<T>> {
        self.shared.send_now(value, None)
    }

    /// Sends the value held in `slot`, across as many polls as it takes.
    ///
    /// Returns `Ready(Ok(()))` once the value was delivered: buffered, or on a rendezvous
    /// channel taken by a receiver (as in Go, a rendezvous send completes only when a
    /// receiver takes the value). Returns `Ready(Err(SendError(value)))`, giving the value
    /// back, if the channel is (or becomes, while the send waits) closed or every receiver is
    /// gone. Otherwise returns `Pending`, with the value parked in the channel, and
    /// `cx.waker()` is woken when the send completes or fails. Senders blocked on one channel
    /// complete in the order they started.
    ///
    /// Poll again with the same slot until `Ready`, or withdraw the send with
    /// [`cancel_send`](Self::cancel_send). The slot is empty after `Ready`.
    ///
    /// # Panics
    ///
    /// If `slot` is empty, or its value is parked in another channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, SendSlot};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel(0);
    /// let mut slot = SendSlot::new("ping");
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending); // no receiver yet
    /// assert_eq!(rx.try_recv(), Ok("ping"));                        // takes the value
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    /// assert!(slot.is_empty());
    /// ```
    pub fn poll_send(
        &self,
        slot: &mut SendSlot<T>,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared
            .poll_send(slot, PartyRef::Waker(cx.waker()), None)
    }

    /// Withdraws a send that [`poll_send`](Self::poll_send) left pending (when a `select`
    /// takes another arm, say): the value goes back into `slot`, and nothing of it remains
    /// in the channel.
    ///
    /// If a receiver had already taken the value, the send completed and `slot` stays empty;
    /// check [`SendSlot::is_empty`]. A slot that holds its value, or is empty, is left as it
    /// is.
    ///
    /// # Panics
    ///
    /// If the value of `slot` is parked in another channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, SendSlot};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel(0);
    /// let mut slot = SendSlot::new(1);
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    /// tx.cancel_send(&mut slot);
    /// assert_eq!(slot.take(), Some(1));
    /// assert!(rx.try_recv().is_err()); // nothing left to receive
    /// ```
    pub fn cancel_send(&self, slot: &mut SendSlot<T>) {
        self.shared.cancel_send(slot);
    }

    /// A send by `party` outside a `select!` (whose arms use a
    /// [`SendOperand`](super::SendOperand)).
    #[cfg(feature = "std")]
    pub(crate) fn poll_send_as(
        &self,
        slot: &mut SendSlot<T>,
        party: PartyRef<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared.poll_send(slot, party, None)
    }

    /// [`poll_send`](Self::poll_send) as one of the operations of `choice` (an arm of a
    /// `select`): completes only if no other operation of the choice's current round did,
    /// and completing decides the round. Returns `Pending` without doing anything once the
    /// round is decided by another operation.
    ///
    /// # Panics
    ///
    /// As [`poll_send`](Self::poll_send).
    pub fn poll_send_in(
        &self,
        slot: &mut SendSlot<T>,
        cx: &mut Context<'_>,
        choice: &Choice,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared.poll_send(
            slot,
            PartyRef::Waker(cx.waker()),
            Some(Mine::Choice(choice)),
        )
    }

    /// Closes the channel: sends fail from now on (giving their value back, including those
    /// waiting in [`poll_send`](Self::poll_send)), and receives drain the buffered values,
    /// then report the end. Waiting senders and receivers are woken. Closing twice does
    /// nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::{TryRecvError, TrySendError}};
    ///
    /// let (tx, rx) = channel(2);
    /// tx.try_send(1).unwrap();
    /// tx.close();
    /// assert_eq!(tx.try_send(2), Err(TrySendError::Closed(2)));
    /// assert_eq!(rx.try_recv(), Ok(1));
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    /// ```
    pub fn close(&self) {
        self.shared.close();
    }

    /// Returns `true` if the channel is closed: by [`close`](Self::close) on either end, by
    /// dropping every sender, or by dropping every receiver.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel::<u8>(1);
    /// assert!(!tx.is_closed());
    /// drop(rx);
    /// assert!(tx.is_closed());
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
    /// let (tx, _rx) = channel(3);
    /// tx.try_send(()).unwrap();
    /// assert_eq!(tx.len(), 1);
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
    /// let (tx, _rx) = channel::<()>(3);
    /// assert!(tx.is_empty());
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
    /// let (tx, _rx) = channel::<()>(3);
    /// assert_eq!(tx.capacity(), 3);
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
    /// assert_eq!(tx.clone().id(), rx.id());
    /// ```
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.shared.id
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.shared.state.borrow_mut().senders += 1;
        Self {
            shared: Rc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        self.shared.drop_sender();
    }
}

impl<T> fmt::Debug for Sender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shared.debug("Sender", f)
    }
}
