//! The channel's operations, on its [`State`] behind a `RefCell`: one `Rc<Shared<T>>` per
//! channel, shared by every handle.
//!
//! No user code (a waker's `wake` or `drop`, a value's `drop`) runs while the `RefCell` is
//! borrowed: a value may hold a handle of its own channel, and a dropped waker may drop a
//! task that holds one.

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::cell::{RefCell, RefMut};
use core::fmt;
use core::mem;
use core::task::Poll;

use super::choice::Mine;
use super::error::{SendError, TryRecvError, TrySendError};
use super::id::ChannelId;
use super::party::{Party, PartyRef};
use super::queue::{find, push, take_at};
use super::slot::{SendSlot, SlotState};
use super::state::{Offer, State, Waiters};
use super::waiter::Waiter;

/// How many values the first buffered value makes room for, at most.
const RESERVED: usize = 32;

pub(super) struct Shared<T> {
    pub(super) id: ChannelId,
    pub(super) capacity: usize,
    pub(super) state: RefCell<State<T>>,
}

impl<T> Shared<T> {
    /// Wakes the waiters taken out of the state, once its borrow is released: none or one
    /// (the usual cases) here, several out of line.
    #[inline]
    fn wake(&self, waiters: Waiters) {
        match waiters {
            Waiters::None => {}
            Waiters::One(waker) => waker.wake(),
            Waiters::Many(waiters) => self.wake_many(waiters),
        }
    }

    #[inline(never)]
    fn wake_many(&self, mut waiters: VecDeque<Waiter>) {
        while let Some(waiter) = waiters.pop_front() {
            waiter.into_party().wake();
        }
        // The emptied queue goes back, with its capacity, unless new waiters came meanwhile
        // (a waker may run any code).
        let mut state = self.state.borrow_mut();
        if state.waiters.is_empty() && waiters.capacity() > state.waiters.capacity() {
            state.waiters = waiters;
        }
    }

    /// Sends `value` now if possible (for a sender in choice `mine`, undecided).
    pub(super) fn send_now(&self, value: T, mine: Option<Mine<'_>>) -> Result<(), TrySendError<T>> {
        let mut state = self.state.borrow_mut();
        if state.closed {
            return Err(TrySendError::Closed(value));
        }
        if self.capacity == 0 {
            return match state.hand_to_waiter(value, mine) {
                Ok(waker) => {
                    if let Some(mine) = mine {
                        mine.decide();
                    }
                    drop(state);
                    waker.wake();
                    Ok(())
                }
                Err(value) => Err(TrySendError::Full(value)),
            };
        }
        if !state.has_room(self.capacity, mine) {
            return Err(TrySendError::Full(value));
        }
        if let Some(mine) = mine {
            mine.decide();
        }
        self.buffer(state, value);
        Ok(())
    }

    /// Buffers `value` (there is room) and wakes the waiting receivers.
    #[expect(
        clippy::inline_always,
        reason = "measured: shared by the short and the general send, it is called otherwise, 25 instructions more per hop"
    )]
    #[inline(always)]
    fn buffer(&self, mut state: RefMut<'_, State<T>>, value: T) {
        if state.buffer.capacity() == 0 {
            // The first buffered value makes room for the whole capacity (up to
            // `RESERVED` values), so that a small channel allocates its buffer once.
            state.buffer.reserve_exact(self.capacity.min(RESERVED));
        }
        state.buffer.push_back(value);
        // Measured: matching here, rather than through `take_waiters` and `wake`, saves 13
        // instructions per hop.
        match state.waiters.len() {
            0 => {}
            1 => {
                let waiter = state.waiters.pop_front();
                drop(state);
                if let Some(waiter) = waiter {
                    waiter.into_party().wake();
                }
            }
            _ => {
                let waiters = mem::take(&mut state.waiters);
                drop(state);
                self.wake_many(waiters);
            }
        }
    }

    /// The usual send inline; the others through [`poll_send_general`](Self::poll_send_general),
    /// out of line, so that a caller of the usual one keeps a small frame.
    #[inline]
    pub(super) fn poll_send(
        &self,
        slot: &mut SendSlot<T>,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
    ) -> Poll<Result<(), SendError<T>>> {
        if mine.is_none()
            && matches!(slot.state, SlotState::Holding(_))
            && let Some(done) = self.send_plain(slot)
        {
            return done;
        }
        self.poll_send_general(slot, party, mine)
    }

    #[inline(never)]
    fn poll_send_general(
        &self,
        slot: &mut SendSlot<T>,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
    ) -> Poll<Result<(), SendError<T>>> {
        match slot.state {
            SlotState::Empty => panic!("`poll_send` called with an empty `SendSlot`"),
            SlotState::Offered { channel, ticket } => {
                assert!(
                    channel == self.id,
                    "`poll_send` called on {} with a `SendSlot` whose value is parked in {channel}",
                    self.id,
                );
                self.poll_offered(slot, ticket, party, mine)
            }
            SlotState::Holding(_) => {
                if mine.is_some_and(Mine::is_decided) {
                    return Poll::Pending;
                }
                let SlotState::Holding(value) = mem::replace(&mut slot.state, SlotState::Empty)
                else {
                    unreachable!("the slot was just matched as holding a value")
                };
                let value = match self.send_now(value, mine) {
                    Ok(()) => return Poll::Ready(Ok(())),
                    Err(TrySendError::Closed(value)) => {
                        if let Some(mine) = mine {
                            mine.decide();
                        }
                        return Poll::Ready(Err(SendError(value)));
                    }
                    Err(TrySendError::Full(value)) => value,
                };
                let mut state = self.state.borrow_mut();
                let ticket = state.next_ticket;
                state.next_ticket += 1;
                push(
                    &mut state.offers,
                    Offer {
                        ticket,
                        value,
                        waker: party.to_owned(),
                        choice: mine.and_then(Mine::pick),
                    },
                );
                slot.state = SlotState::Offered {
                    channel: self.id,
                    ticket,
                };
                // Receivers in a `select` may be waiting here: let them see the offer.
                let waiters = state.take_waiters();
                drop(state);
                self.wake(waiters);
                Poll::Pending
            }
        }
    }

    /// The usual send, outside a `select`, of a value still in its slot: [`send_now`]'s
    /// cases without a choice, deciding before the value leaves its slot (measured: 25 to
    /// 33 instructions less per hop than taking the value out and back); `None` when it
    /// takes the general path (nobody to hand it to, no room, blocked sends ahead, a closed
    /// channel).
    ///
    /// [`send_now`]: Shared::send_now
    #[inline]
    fn send_plain(&self, slot: &mut SendSlot<T>) -> Option<Poll<Result<(), SendError<T>>>> {
        let mut state = self.state.borrow_mut();
        if state.closed {
            return None;
        }
        if self.capacity == 0 {
            if state.waiters.front().is_none_or(|w| !w.is_plain()) {
                return None;
            }
            let value = slot.take()?;
            let waiter = state.waiters.pop_front()?;
            let wake = state.deliver(waiter.into_party(), value);
            drop(state);
            wake.wake();
        } else {
            if state.buffer.len() >= self.capacity || !state.offers.is_empty() {
                return None;
            }
            self.buffer(state, slot.take()?);
        }
        Some(Poll::Ready(Ok(())))
    }

    /// Polls a send whose value is parked as the offer `ticket`.
    fn poll_offered(
        &self,
        slot: &mut SendSlot<T>,
        ticket: u64,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
    ) -> Poll<Result<(), SendError<T>>> {
        let mut state = self.state.borrow_mut();
        let Some(index) = state.offer_index(ticket) else {
            // A receiver took the value (or moved it into the buffer).
            drop(state);
            slot.state = SlotState::Empty;
            return Poll::Ready(Ok(()));
        };
        if state.closed && !mine.is_some_and(Mine::is_decided) {
            let offer = take_at(&mut state.offers, index);
            drop(state);
            slot.state = SlotState::Empty;
            let Some(Offer { value, waker, .. }) = offer else {
                unreachable!("`offer_index` returned the index of an offer")
            };
            drop(waker);
            if let Some(mine) = mine {
                mine.decide();
            }
            return Poll::Ready(Err(SendError(value)));
        }
        let offer = &mut state.offers[index];
        // A poll in a new round of the choice renews the registration.
        if let (Some(Mine::Choice(mine)), Some(pick)) = (mine, offer.choice.as_mut()) {
            pick.round = mine.state.round.get();
        }
        let old = if offer.waker.is(party) {
            None
        } else {
            Some(mem::replace(&mut offer.waker, party.to_owned()))
        };
        drop(state);
        drop(old);
        Poll::Pending
    }

    pub(super) fn cancel_send(&self, slot: &mut SendSlot<T>) {
        let SlotState::Offered { channel, ticket } = slot.state else {
            return;
        };
        assert!(
            channel == self.id,
            "`cancel_send` called on {} with a `SendSlot` whose value is parked in {channel}",
            self.id,
        );
        let mut state = self.state.borrow_mut();
        let offer = state
            .offer_index(ticket)
            .and_then(|index| take_at(&mut state.offers, index));
        drop(state);
        slot.state = match offer {
            Some(Offer { value, waker, .. }) => {
                drop(waker);
                SlotState::Holding(value)
            }
            // Already delivered: the send completed.
            None => SlotState::Empty,
        };
    }

    pub(super) fn try_recv(&self) -> Result<T, TryRecvError> {
        let mut state = self.state.borrow_mut();
        let (value, sender) = state.take_value(self.capacity, None);
        let closed = state.closed;
        drop(state);
        if let Some(sender) = sender {
            sender.wake();
        }
        match value {
            Some(value) => Ok(value),
            None if closed => Err(TryRecvError::Closed),
            None => Err(TryRecvError::Empty),
        }
    }

    /// The usual receive inline; the others through
    /// [`poll_recv_general`](Self::poll_recv_general), out of line, so that a caller of the
    /// usual one keeps a small frame. `fresh`: the caller knows it has no registration here
    /// (its first poll of this receive), so the queues need no search.
    #[inline]
    pub(super) fn poll_recv(
        &self,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
        fresh: bool,
    ) -> Poll<Option<T>> {
        // A party that lent its waker may have left a registration here (of that waker).
        let fresh = fresh && !party.lent_its_waker();
        if mine.is_none()
            && let Some(done) = self.recv_plain(party, fresh)
        {
            return done;
        }
        self.poll_recv_general(party, mine, fresh)
    }

    #[inline(never)]
    fn poll_recv_general(
        &self,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
        fresh: bool,
    ) -> Poll<Option<T>> {
        let mut state = self.state.borrow_mut();
        // A send handed this receiver its value.
        if !fresh && let Some(index) = find(&state.deliveries, |(w, _)| w.is(party)) {
            let delivery = take_at(&mut state.deliveries, index);
            drop(state);
            return Poll::Ready(delivery.map(|(_, value)| value));
        }
        let registration = if fresh {
            None
        } else {
            find(&state.waiters, |w| w.is(party))
        };
        if mine.is_some_and(Mine::is_decided) {
            return Poll::Pending;
        }
        let (value, sender) = state.take_value(self.capacity, mine);
        if let Some(value) = value {
            // This receiver is no longer waiting here.
            let registration = registration.and_then(|index| take_at(&mut state.waiters, index));
            drop(state);
            drop(registration);
            if let Some(sender) = sender {
                sender.wake();
            }
            return Poll::Ready(Some(value));
        }
        if state.closed {
            if let Some(mine) = mine {
                mine.decide();
            }
            let registration = registration.and_then(|index| take_at(&mut state.waiters, index));
            drop(state);
            drop(registration);
            return Poll::Ready(None);
        }
        match registration {
            Some(index) => state.waiters[index].renew(party, mine),
            None => push(
                &mut state.waiters,
                Waiter::new(party.to_owned(), mine.and_then(Mine::pick)),
            ),
        }
        Poll::Pending
    }

    /// The usual receive, outside a `select`: the value a send handed to `party`, or, with
    /// no blocked send to refill the buffer from and no registration of `party` to look
    /// for, a buffered value, the end, or a new registration; `None` when it takes the
    /// general path.
    #[inline]
    fn recv_plain(&self, party: PartyRef<'_>, fresh: bool) -> Option<Poll<Option<T>>> {
        let mut state = self.state.borrow_mut();
        if !fresh {
            if state.deliveries.front().is_some_and(|(w, _)| w.is(party)) {
                let (waker, value) = state.deliveries.pop_front()?;
                // Its drop may be user code, which may use this channel.
                drop(state);
                drop(waker);
                return Some(Poll::Ready(Some(value)));
            }
            if !state.deliveries.is_empty() || !state.waiters.is_empty() {
                return None;
            }
        }
        if !state.offers.is_empty() {
            return None;
        }
        if let Some(value) = state.buffer.pop_front() {
            return Some(Poll::Ready(Some(value)));
        }
        if state.closed {
            return Some(Poll::Ready(None));
        }
        push(&mut state.waiters, Waiter::new(party.to_owned(), None));
        Some(Poll::Pending)
    }

    pub(super) fn cancel_recv(&self, party: PartyRef<'_>) {
        let mut state = self.state.borrow_mut();
        let registration = state
            .waiters
            .iter()
            .position(|w| w.is(party))
            .and_then(|index| take_at(&mut state.waiters, index));
        // A value handed to a withdrawn receive is not lost: it goes to the front of the
        // queue, for the next receiver.
        let delivery = state
            .deliveries
            .iter()
            .position(|(w, _)| w.is(party))
            .and_then(|index| take_at(&mut state.deliveries, index));
        let (delivered_waker, waiters) = match delivery {
            Some((w, value)) => {
                state.buffer.push_front(value);
                (Some(w), state.take_waiters())
            }
            None => (None, Waiters::None),
        };
        drop(state);
        drop(registration);
        drop(delivered_waker);
        self.wake(waiters);
    }

    pub(super) fn close(&self) {
        let mut state = self.state.borrow_mut();
        if state.closed {
            return;
        }
        state.closed = true;
        let senders = sender_wakers(&state.offers);
        // Every receive completes from now on (a value, or the end): nobody waits here any
        // more, and the woken receivers need not search for their registration.
        let waiters = state.take_waiters();
        drop(state);
        wake_all(senders);
        self.wake(waiters);
    }

    pub(super) fn drop_sender(&self) {
        let mut state = self.state.borrow_mut();
        state.senders -= 1;
        if state.senders > 0 {
            return;
        }
        let was_closed = mem::replace(&mut state.closed, true);
        let offers = mem::take(&mut state.offers);
        // No sender is left to poll the sends still parked here. If the channel was open,
        // the live ones were in flight: deliver their values. The others were refused or
        // withdrawn.
        let mut refused = Vec::new();
        let mut orphaned_wakers = Vec::new();
        for offer in offers {
            if !was_closed && offer.is_live() {
                offer.decide();
                state.buffer.push_back(offer.value);
                orphaned_wakers.push(offer.waker);
            } else {
                refused.push(offer);
            }
        }
        let waiters = state.take_waiters();
        drop(state);
        drop(refused);
        drop(orphaned_wakers);
        self.wake(waiters);
    }

    pub(super) fn drop_receiver(&self) {
        let mut state = self.state.borrow_mut();
        state.receivers -= 1;
        if state.receivers > 0 {
            return;
        }
        let was_closed = mem::replace(&mut state.closed, true);
        // Nothing can receive these any more.
        let buffered = mem::take(&mut state.buffer);
        // Blocked sends get their value back when polled: wake them (already done if the
        // channel was closed before).
        let senders = if was_closed {
            Vec::new()
        } else {
            sender_wakers(&state.offers)
        };
        // Receives still registered belong to `select!` arms, which hold the channel without
        // being receivers of it: woken, they find it closed.
        let waiting: Vec<Party> = if state.waiters.is_empty() {
            Vec::new()
        } else {
            mem::take(&mut state.waiters)
                .into_iter()
                .map(Waiter::into_party)
                .collect()
        };
        let undelivered = mem::take(&mut state.deliveries);
        drop(state);
        drop(buffered);
        drop(undelivered);
        wake_all(senders);
        if !waiting.is_empty() {
            wake_all(waiting);
        }
    }

    pub(super) fn debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct(name);
        out.field("id", &self.id);
        match self.state.try_borrow() {
            Ok(state) => out
                .field("len", &state.buffer.len())
                .field("capacity", &self.capacity)
                .field("closed", &state.closed)
                .finish(),
            Err(_) => out
                .field("capacity", &self.capacity)
                .finish_non_exhaustive(),
        }
    }
}

fn sender_wakers<T>(offers: &VecDeque<Offer<T>>) -> Vec<Party> {
    offers.iter().map(|offer| offer.waker.clone()).collect()
}

fn wake_all(wakers: Vec<Party>) {
    for waker in wakers {
        waker.wake();
    }
}
