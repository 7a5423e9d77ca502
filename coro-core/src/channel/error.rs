//! Errors of the channel operations. The send errors give the value back, so nothing sent on
//! a closed or full channel is lost.
//!
//! None of these types requires `T: Debug`: their `Debug` output leaves the value out.

use core::fmt;

/// The error of [`Sender::poll_send`](super::Sender::poll_send): the channel is closed (by
/// [`close`](super::Sender::close), by dropping every [`Sender`](super::Sender), or by
/// dropping every [`Receiver`](super::Receiver)), so the value was not sent and comes back in
/// field `0`.
///
/// # Examples
///
/// ```
/// use std::task::{Context, Poll, Waker};
/// use coro_core::channel::{channel, error::SendError, SendSlot};
///
/// let (tx, rx) = channel::<String>(1);
/// drop(rx);
/// let mut slot = SendSlot::new("hello".to_string());
/// let mut cx = Context::from_waker(Waker::noop());
/// let Poll::Ready(Err(SendError(value))) = tx.poll_send(&mut slot, &mut cx) else {
///     panic!("no receiver is left, so the send fails at once");
/// };
/// assert_eq!(value, "hello");
/// assert_eq!(SendError(1).to_string(), "channel closed");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SendError<T>(pub T);

impl<T> SendError<T> {
    /// Returns the value that could not be sent.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::error::SendError;
    ///
    /// assert_eq!(SendError(7).into_inner(), 7);
    /// ```
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("channel closed")
    }
}

impl<T> core::error::Error for SendError<T> {}

/// The error of [`Sender::try_send`](super::Sender::try_send), which gives the value back.
///
/// # Examples
///
/// ```
/// use coro_core::channel::{channel, error::TrySendError};
///
/// let (tx, rx) = channel(1);
/// tx.try_send(1).unwrap();
/// assert_eq!(tx.try_send(2), Err(TrySendError::Full(2)));
/// rx.close();
/// assert_eq!(tx.try_send(3), Err(TrySendError::Closed(3)));
/// assert_eq!(TrySendError::Full(4).to_string(), "channel full");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrySendError<T> {
    /// The buffer is full (or, on a rendezvous channel, no receiver is waiting); the value
    /// could be sent later.
    Full(T),
    /// The channel is closed, or every receiver is gone: the value can never be sent.
    Closed(T),
}

impl<T> TrySendError<T> {
    /// Returns the value that could not be sent.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::error::TrySendError;
    ///
    /// assert_eq!(TrySendError::Closed("x").into_inner(), "x");
    /// ```
    pub fn into_inner(self) -> T {
        match self {
            Self::Full(value) | Self::Closed(value) => value,
        }
    }

    /// Returns `true` for [`Full`](Self::Full).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::error::TrySendError;
    ///
    /// assert!(TrySendError::Full(()).is_full());
    /// assert!(!TrySendError::Closed(()).is_full());
    /// ```
    #[must_use]
    pub fn is_full(&self) -> bool {
        matches!(self, Self::Full(_))
    }

    /// Returns `true` for [`Closed`](Self::Closed).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::error::TrySendError;
    ///
    /// assert!(TrySendError::Closed(()).is_closed());
    /// assert!(!TrySendError::Full(()).is_closed());
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        matches!(self, Self::Closed(_))
    }
}

impl<T> From<SendError<T>> for TrySendError<T> {
    fn from(SendError(value): SendError<T>) -> Self {
        Self::Closed(value)
    }
}

impl<T> fmt::Debug for TrySendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Full(_) => "Full(..)",
            Self::Closed(_) => "Closed(..)",
        })
    }
}

impl<T> fmt::Display for TrySendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Full(_) => "channel full",
            Self::Closed(_) => "channel closed",
        })
    }
}

impl<T> core::error::Error for TrySendError<T> {}

/// The error of [`Receiver::try_recv`](super::Receiver::try_recv).
///
/// # Examples
///
/// ```
/// use coro_core::channel::{channel, error::TryRecvError};
///
/// let (tx, rx) = channel::<u8>(1);
/// assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
/// drop(tx);
/// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
/// assert_eq!(TryRecvError::Empty.to_string(), "channel empty");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TryRecvError {
    /// No value is buffered (and, on a rendezvous channel, no sender is offering one) right
    /// now; one may arrive later.
    Empty,
    /// The channel is closed (or every sender is gone) and every buffered value has been
    /// received: no value will ever arrive.
    Closed,
}

impl fmt::Display for TryRecvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "channel empty",
            Self::Closed => "channel closed",
        })
    }
}

impl core::error::Error for TryRecvError {}
