//! [`SendSlot`]: where the value of a send lives while the send is pending, so that a send
//! that fails or is withdrawn gives its value back.

use core::fmt;
use core::mem;

use super::id::ChannelId;
#[cfg(doc)]
use super::{Sender, error::SendError};

/// A value on its way into a channel, for [`Sender::poll_send`].
///
/// A send that cannot complete at once parks its value in the channel and remembers it here;
/// the slot gets the value back if the send fails ([`SendError`]) or is withdrawn
/// ([`Sender::cancel_send`]), and is empty once the send completed.
///
/// Dropping a slot whose value is parked in a channel leaves the value there: a receiver may
/// still take it (the send then completes unobserved), or it is dropped with the channel.
///
/// # Examples
///
/// ```
/// use coro_core::channel::SendSlot;
///
/// let mut slot = SendSlot::new(5);
/// assert!(!slot.is_empty());
/// assert_eq!(slot.take(), Some(5));
/// assert!(slot.is_empty());
/// ```
pub struct SendSlot<T> {
    pub(super) state: SlotState<T>,
}

pub(super) enum SlotState<T> {
    /// The slot holds the value.
    Holding(T),
    /// The value is parked in channel `channel` as the offer with this ticket.
    Offered { channel: ChannelId, ticket: u64 },
    /// The value was sent, given back in an error, or taken.
    Empty,
}

impl<T> SendSlot<T> {
    /// Creates a slot holding `value`.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::SendSlot;
    ///
    /// let slot = SendSlot::new('x');
    /// assert!(!slot.is_empty());
    /// ```
    #[must_use]
    pub const fn new(value: T) -> Self {
        Self {
            state: SlotState::Holding(value),
        }
    }

    /// Returns `true` once the slot no longer owns a value: the send completed, the value
    /// came back in a [`SendError`], or it was [`take`](Self::take)n.
    ///
    /// A slot whose value is parked in a channel by a pending send is not empty. After
    /// [`Sender::cancel_send`], an empty slot means the value had already been delivered.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, SendSlot};
    ///
    /// let (tx, rx) = channel(1);
    /// let mut slot = SendSlot::new(1);
    /// let mut cx = Context::from_waker(Waker::noop());
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    /// assert!(slot.is_empty());
    /// # drop(rx);
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        matches!(self.state, SlotState::Empty)
    }

    /// Takes the value out of the slot, leaving it empty.
    ///
    /// Returns `None` if the slot is empty, and also while its value is parked in a channel
    /// by a pending send: [`Sender::cancel_send`] brings it back first.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::SendSlot;
    ///
    /// let mut slot = SendSlot::new(vec![1, 2]);
    /// assert_eq!(slot.take(), Some(vec![1, 2]));
    /// assert_eq!(slot.take(), None);
    /// ```
    pub fn take(&mut self) -> Option<T> {
        match self.state {
            SlotState::Holding(_) => match mem::replace(&mut self.state, SlotState::Empty) {
                SlotState::Holding(value) => Some(value),
                SlotState::Offered { .. } | SlotState::Empty => None,
            },
            SlotState::Offered { .. } | SlotState::Empty => None,
        }
    }
}

impl<T> fmt::Debug for SendSlot<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.state {
            SlotState::Holding(_) => f.write_str("SendSlot::Holding(..)"),
            SlotState::Offered { channel, ticket } => f
                .debug_struct("SendSlot::Offered")
                .field("channel", channel)
                .field("ticket", ticket)
                .finish(),
            SlotState::Empty => f.write_str("SendSlot::Empty"),
        }
    }
}
