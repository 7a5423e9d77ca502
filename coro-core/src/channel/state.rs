//! The state of a channel, behind the `RefCell` of its [`Shared`](super::shared::Shared):
//! - `buffer`: values sent and not yet received, at most `capacity` of them (plus, on a
//!   rendezvous channel, the values `try_send` handed to a waiting receiver);
//! - `offers`: blocked sends, in arrival order, each with its value and its sender (a
//!   [`Party`]: a task of this thread's scheduler, or a waker)
//!   (Go's `sendq`). A send blocks when the buffer is full, so a receive that frees a place
//!   moves the oldest offer's value into the buffer, and on a rendezvous channel a receive
//!   takes the oldest offer's value directly; either way it completes that send and wakes
//!   exactly its sender. A send finds out that it completed because its ticket is no longer
//!   among the offers.
//! - `waiters`: receivers that found nothing (Go's `recvq`). On a rendezvous channel a send
//!   hands its value to the oldest live waiter (`delivered`) and wakes it; on a buffered
//!   one a send buffers the value and wakes every waiter, and the ones that find nothing
//!   register again (spurious wake-ups, never lost ones).
//!   A waiter is one word ([`waiter`](super::waiter)): a million tasks waiting on one channel take a
//!   million words of its queue.
//! - Offers and waiters of a `select` belong to a [`Choice`]: once one operation of the
//!   choice's round completes, the others are dead (skipped by every other party) until
//!   their owner withdraws them. A task's own `select!` needs no `Choice`: its core says
//!   whether the task is in a `select!` and whether that is decided, and its registrations
//!   carry nothing more than the task. (A task that ended leaves dead registrations too.)
//!
//! No user code (a waker's `wake` or `drop`, a value's `drop`) runs while the `RefCell` is
//! borrowed: a value may hold a handle of its own channel, and a dropped waker may drop a

use alloc::collections::VecDeque;
use core::mem;

#[cfg(doc)]
use super::choice::Choice;
use super::choice::{self, Mine, Pick};
use super::party::Party;
use super::queue::{find, take_at};
use super::waiter::Waiter;

pub(super) struct State<T> {
    pub(super) buffer: VecDeque<T>,
    /// Blocked sends, tickets increasing from front to back.
    pub(super) offers: VecDeque<Offer<T>>,
    /// Receivers that found nothing, in arrival order.
    pub(super) waiters: VecDeque<Waiter>,
    /// Values handed to waiting receivers (rendezvous), not yet picked up; in the order the
    /// receivers are woken, so a receiver finds its value at the front.
    pub(super) deliveries: VecDeque<(Party, T)>,
    pub(super) next_ticket: u64,
    pub(super) senders: usize,
    pub(super) receivers: usize,
    pub(super) closed: bool,
}

/// A blocked send: its value, its sender's waker, and the choice it belongs to, if any.
pub(super) struct Offer<T> {
    pub(super) ticket: u64,
    pub(super) value: T,
    pub(super) waker: Party,
    pub(super) choice: Option<Pick>,
}

impl<T> Offer<T> {
    pub(super) fn is_live(&self) -> bool {
        choice::is_live(self.waker.as_ref(), self.choice.as_ref())
    }

    pub(super) fn decide(&self) {
        choice::decide(self.waker.as_ref(), self.choice.as_ref());
    }

    /// Whether the send belongs to the choice `mine`.
    pub(super) fn is_in(&self, mine: Option<Mine<'_>>) -> bool {
        choice::same_choice(self.waker.as_ref(), self.choice.as_ref(), mine)
    }
}

/// The waiters taken out of a channel: usually none or one, which need no queue.
pub(super) enum Waiters {
    None,
    One(Party),
    Many(VecDeque<Waiter>),
}

impl<T> State<T> {
    /// Takes every waiter (the queue too, if there were several: [`Shared::wake`](super::shared::Shared::wake) gives it
    /// back once they are woken, so that waking them allocates nothing).
    pub(super) fn take_waiters(&mut self) -> Waiters {
        match self.waiters.len() {
            0 => Waiters::None,
            1 => match self.waiters.pop_front() {
                Some(waiter) => Waiters::One(waiter.into_party()),
                None => Waiters::None,
            },
            _ => Waiters::Many(mem::take(&mut self.waiters)),
        }
    }

    /// The index of the oldest offer that may still complete, other than `mine`'s.
    pub(super) fn live_offer(&self, mine: Option<Mine<'_>>) -> Option<usize> {
        find(&self.offers, |o| o.is_live() && !o.is_in(mine))
    }

    /// Receives the next value for a receiver in choice `mine` (which must be undecided):
    /// from the buffer (refilling it from the oldest live blocked send), or, with an empty
    /// buffer, straight from the oldest live blocked send unless the channel is closed.
    /// Returns the value and the waker of the send this completed.
    pub(super) fn take_value(
        &mut self,
        capacity: usize,
        mine: Option<Mine<'_>>,
    ) -> (Option<T>, Option<Party>) {
        if let Some(value) = self.buffer.pop_front() {
            if let Some(mine) = mine {
                mine.decide();
            }
            let mut completed = None;
            if !self.closed
                && self.buffer.len() < capacity
                && let Some(index) = self.live_offer(None)
                && let Some(offer) = take_at(&mut self.offers, index)
            {
                offer.decide();
                self.buffer.push_back(offer.value);
                completed = Some(offer.waker);
            }
            return (Some(value), completed);
        }
        if !self.closed
            && let Some(index) = self.live_offer(mine)
            && let Some(offer) = take_at(&mut self.offers, index)
        {
            offer.decide();
            if let Some(mine) = mine {
                mine.decide();
            }
            return (Some(offer.value), Some(offer.waker));
        }
        (None, None)
    }

    /// On a rendezvous channel, hands `value` to the oldest live waiter (not of choice
    /// `mine`) and returns its waker; gives the value back if there is none.
    pub(super) fn hand_to_waiter(&mut self, value: T, mine: Option<Mine<'_>>) -> Result<Party, T> {
        let Some(index) = find(&self.waiters, |w| w.is_live() && !w.is_in(mine)) else {
            return Err(value);
        };
        let Some(waiter) = take_at(&mut self.waiters, index) else {
            unreachable!("`position` returned the index of a waiter")
        };
        waiter.decide();
        Ok(self.deliver(waiter.into_party(), value))
    }

    /// Leaves `value` for the receiver `party` (taken out of the waiters), and returns the
    /// party to wake.
    #[expect(
        clippy::inline_always,
        reason = "measured: shared by the short and the general send, it is called otherwise, 25 instructions more per hop"
    )]
    #[inline(always)]
    pub(super) fn deliver(&mut self, party: Party, value: T) -> Party {
        let wake = party.clone();
        self.deliveries.push_back((party, value));
        wake
    }

    pub(super) fn offer_index(&self, ticket: u64) -> Option<usize> {
        self.offers
            .binary_search_by_key(&ticket, |offer| offer.ticket)
            .ok()
    }

    /// Whether a send in choice `mine` could complete now: buffer room (behind no live
    /// blocked send), or on a rendezvous channel a live waiting receiver.
    pub(super) fn has_room(&self, capacity: usize, mine: Option<Mine<'_>>) -> bool {
        if capacity == 0 {
            self.waiters.iter().any(|w| w.is_live() && !w.is_in(mine))
        } else {
            self.buffer.len() < capacity && self.live_offer(None).is_none()
        }
    }
}
