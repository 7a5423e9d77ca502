//! The channel's state behind its `Mutex`, and its operations: one `Arc<Inner<T>>` per
//! channel, shared by every handle.
//!
//! The state is the single-thread channel's, with wakers for parties:
//! - `buffer`: values sent and not yet received;
//! - `offers`: blocked sends, each with its value, in arrival order (tickets increasing);
//! - `waiters`: receivers that found nothing;
//! - `deliveries`: values a send handed to a waiting receiver (rendezvous), until it picks
//!   them up.
//!
//! A registration of a `select!` carries the `select!`'s [`SelectCell`]: completing it
//! first decides that cell (see [`select`](super::select)). No waker is woken or dropped and
//! no value is dropped while the lock is held (each may run user code that uses the
//! channel); a waker is cloned under it.

use alloc::collections::VecDeque;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use core::mem;
use core::sync::atomic::Ordering;
use core::task::Poll;
use std::sync::PoisonError;

pub(crate) use super::party::Who;
use super::party::{Party, Wakes};
use super::select::{Other, Own, SelectCell, claim_other, may_complete};
use crate::channel::error::{SendError, TryRecvError, TrySendError};
use crate::channel::id::ChannelId;
use crate::channel::slot::{SendSlot, SlotState};
use crate::primitive::{AtomicUsize, Mutex, MutexGuard};

mod leave;

struct Offer<T> {
    ticket: u64,
    value: T,
    party: Party,
}

/// The outcome of one attempt to send.
enum SendNow<T> {
    Sent,
    Full(T),
    Closed(T),
    /// The sender's `select!` was decided by another of its operations.
    Lost(T),
}

/// The outcome of one attempt to take a value.
enum Take<T> {
    Value(T),
    Empty,
    Lost,
}

struct State<T> {
    buffer: VecDeque<T>,
    offers: VecDeque<Offer<T>>,
    waiters: VecDeque<Party>,
    deliveries: VecDeque<(Party, T)>,
    next_ticket: u64,
    closed: bool,
}

/// Finds and removes the oldest registration of `queue` that a party acting for `own` (in
/// the `select!` of cell `mine`, whose registrations it skips) may complete, deciding its
/// `select!` and the party's own. Registrations it skips and must wake go to `wakes`.
/// `Err(())` if the party's own `select!` turned out to be decided already.
///
/// With `shut_down`, the registrations of tasks whose scheduler shuts down are taken out
/// into it instead (receives: a value handed to them would not be taken).
fn pick<X>(
    queue: &mut VecDeque<X>,
    party: impl Fn(&X) -> &Party,
    mine: Option<&Arc<SelectCell>>,
    own: Own<'_>,
    wakes: &mut Wakes,
    mut shut_down: Option<&mut Vec<X>>,
) -> Result<Option<X>, ()> {
    let mut index = 0;
    while let Some(x) = queue.get(index) {
        let p = party(x);
        if let Some(gone) = shut_down.as_deref_mut()
            && p.is_shut_down()
        {
            gone.extend(queue.remove(index));
            continue;
        }
        if p.is_of_select(mine) || !may_complete(p.cell()) {
            if p.cell()
                .is_some_and(|cell| !cell.is_local() && !cell.is_open())
            {
                // Decided: perhaps for a moment, by its owner trying another operation.
                wakes.push(p.waker.clone());
            }
            index += 1;
            continue;
        }
        if !own.claim() {
            return Err(());
        }
        match claim_other(p.cell(), &own) {
            Other::Take => return Ok(queue.remove(index)),
            Other::Skip(wake) => {
                own.release();
                if wake {
                    wakes.push(p.waker.clone());
                }
            }
        }
        index += 1;
    }
    Ok(None)
}

impl<T> State<T> {
    /// Wakes every waiting receiver but those of `mine`, taking them out (they register
    /// again if they find nothing).
    /// The queue keeps its allocation: a channel whose receiver waits at every value
    /// registers it there again and again.
    fn wake_waiters(&mut self, mine: Option<&Arc<SelectCell>>, wakes: &mut Wakes) {
        if mine.is_none() {
            while let Some(party) = self.waiters.pop_front() {
                wakes.push(party.waker);
            }
            return;
        }
        // Each party once, in order: those of `mine` go back last.
        for _ in 0..self.waiters.len() {
            let Some(party) = self.waiters.pop_front() else {
                break;
            };
            if party.is_of_select(mine) {
                self.waiters.push_back(party);
            } else {
                wakes.push(party.waker);
            }
        }
    }

    fn wake_offers(&self, wakes: &mut Wakes) {
        for offer in &self.offers {
            wakes.push(offer.party.waker.clone());
        }
    }

    /// Takes the registration of `who` out, to drop once the lock is released.
    fn remove_waiter(&mut self, who: Who<'_>) -> Option<Party> {
        let index = self.waiters.iter().position(|p| p.is(who))?;
        self.waiters.remove(index)
    }

    fn offer_index(&self, ticket: u64) -> Result<usize, usize> {
        self.offers
            .binary_search_by_key(&ticket, |offer| offer.ticket)
    }

    /// Whether a blocked send other than `mine`'s waits for room ahead of a new one.
    fn sends_ahead(&self, mine: Option<&Arc<SelectCell>>) -> bool {
        self.offers
            .iter()
            .any(|o| !o.party.is_of_select(mine) && may_complete(o.party.cell()))
    }
}

/// The shared part of a channel.
pub(crate) struct Inner<T> {
    pub(super) id: ChannelId,
    pub(super) capacity: usize,
    state: Mutex<State<T>>,
    /// The live `Sender`s and `Receiver`s, counted outside the lock (as an `Arc` counts
    /// its clones): a handle is cloned from a live one, so only the drop of the last can
    /// see a count reach zero, and it closes the channel under the lock.
    senders: AtomicUsize,
    receivers: AtomicUsize,
}

/// The most room a channel's buffer is given when the channel is made: a bounded channel
/// of up to this capacity allocates its buffer once, a larger one grows it as it fills.
const BUFFER_AT_START: usize = 16;

impl<T> Inner<T> {
    pub(super) fn new(capacity: usize) -> Inner<T> {
        Inner {
            id: ChannelId::next(),
            capacity,
            state: Mutex::new(State {
                buffer: VecDeque::with_capacity(capacity.min(BUFFER_AT_START)),
                offers: VecDeque::new(),
                waiters: VecDeque::new(),
                deliveries: VecDeque::new(),
                next_ticket: 0,
                closed: false,
            }),
            senders: AtomicUsize::new(1),
            receivers: AtomicUsize::new(1),
        }
    }

    /// The state. No code of the channel panics while holding it; a panic elsewhere (a
    /// waker's clone) leaves it consistent, so a poisoned lock is used as it is.
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// One attempt to send `value` for a party acting for `own` (in the `select!` of cell
    /// `mine`): to a waiting receiver (rendezvous), or into the buffer.
    fn send_now(
        &self,
        state: &mut State<T>,
        value: T,
        mine: Option<&Arc<SelectCell>>,
        own: Own<'_>,
        wakes: &mut Wakes,
    ) -> SendNow<T> {
        if state.closed {
            return SendNow::Closed(value);
        }
        if self.capacity == 0 {
            // A task whose scheduler shuts down will not run to take the value: its
            // registration goes (its waker is woken, in case it runs still).
            let mut shut_down = Vec::new();
            let picked = pick(
                &mut state.waiters,
                |p| p,
                mine,
                own,
                wakes,
                Some(&mut shut_down),
            );
            for party in shut_down {
                wakes.push(party.waker);
            }
            return match picked {
                Err(()) => SendNow::Lost(value),
                Ok(Some(party)) => {
                    wakes.push(party.waker.clone());
                    state.deliveries.push_back((party, value));
                    SendNow::Sent
                }
                Ok(None) => SendNow::Full(value),
            };
        }
        if state.buffer.len() >= self.capacity || state.sends_ahead(mine) {
            return SendNow::Full(value);
        }
        if !own.claim() {
            return SendNow::Lost(value);
        }
        state.buffer.push_back(value);
        state.wake_waiters(mine, wakes);
        SendNow::Sent
    }

    pub(crate) fn try_send(&self, value: T) -> Result<(), TrySendError<T>> {
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let result = match self.send_now(&mut state, value, None, Own::Plain, &mut wakes) {
            SendNow::Sent => Ok(()),
            SendNow::Full(value) | SendNow::Lost(value) => Err(TrySendError::Full(value)),
            SendNow::Closed(value) => Err(TrySendError::Closed(value)),
        };
        drop(state);
        wakes.wake();
        result
    }

    /// A send outside a `select!`, by the party `who`. A value not yet parked, on a
    /// buffered channel with room and no blocked send, goes into the buffer under one lock,
    /// and the receivers that wait are woken (usually one); otherwise it is
    /// [`poll_send`](Self::poll_send)'s.
    #[inline]
    pub(crate) fn poll_send_plain(
        &self,
        slot: &mut SendSlot<T>,
        who: Who<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        if !matches!(slot.state, SlotState::Holding(_)) || self.capacity == 0 {
            return self.poll_send(slot, who, Own::Plain);
        }
        let mut state = self.lock();
        if state.closed || !state.offers.is_empty() || state.buffer.len() >= self.capacity {
            return self.send_holding(state, slot, who, Own::Plain);
        }
        let SlotState::Holding(value) = mem::replace(&mut slot.state, SlotState::Empty) else {
            unreachable!("the slot was just matched as holding a value")
        };
        state.buffer.push_back(value);
        let first = state.waiters.pop_front();
        if state.waiters.is_empty() {
            drop(state);
            if let Some(party) = first {
                party.waker.wake();
            }
        } else {
            let mut others = Wakes::default();
            state.wake_waiters(None, &mut others);
            drop(state);
            if let Some(party) = first {
                party.waker.wake();
            }
            others.wake();
        }
        Poll::Ready(Ok(()))
    }

    pub(crate) fn poll_send(
        &self,
        slot: &mut SendSlot<T>,
        who: Who<'_>,
        own: Own<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        match slot.state {
            SlotState::Empty => panic!("`poll_send` called with an empty `SendSlot`"),
            SlotState::Offered { channel, ticket } => {
                assert!(
                    channel == self.id,
                    "`poll_send` called on {} with a `SendSlot` whose value is parked in {channel}",
                    self.id,
                );
                self.poll_offered(slot, ticket, who, own)
            }
            SlotState::Holding(_) => {
                if own.is_decided() {
                    return Poll::Pending;
                }
                self.send_holding(self.lock(), slot, who, own)
            }
        }
    }

    /// Sends the value `slot` holds (for a party whose `select!`, if any, is not decided),
    /// with the lock taken.
    fn send_holding(
        &self,
        mut state: MutexGuard<'_, State<T>>,
        slot: &mut SendSlot<T>,
        who: Who<'_>,
        own: Own<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        let SlotState::Holding(value) = mem::replace(&mut slot.state, SlotState::Empty) else {
            unreachable!("the slot holds a value")
        };
        let mut wakes = Wakes::default();
        let poll = match self.send_now(&mut state, value, who.select, own, &mut wakes) {
            SendNow::Sent => Poll::Ready(Ok(())),
            SendNow::Closed(value) if own.claim() => Poll::Ready(Err(SendError(value))),
            SendNow::Closed(value) | SendNow::Lost(value) => {
                slot.state = SlotState::Holding(value);
                Poll::Pending
            }
            SendNow::Full(value) => {
                let ticket = state.next_ticket;
                state.next_ticket += 1;
                state.offers.push_back(Offer {
                    ticket,
                    value,
                    party: Party::of(who),
                });
                slot.state = SlotState::Offered {
                    channel: self.id,
                    ticket,
                };
                // Receivers in a `select!` may be waiting here: let them see it.
                state.wake_waiters(who.select, &mut wakes);
                Poll::Pending
            }
        };
        drop(state);
        wakes.wake();
        poll
    }

    /// Polls a send whose value is parked as the offer `ticket`.
    fn poll_offered(
        &self,
        slot: &mut SendSlot<T>,
        ticket: u64,
        who: Who<'_>,
        own: Own<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let Ok(index) = state.offer_index(ticket) else {
            // A receiver took the value (or moved it into the buffer).
            drop(state);
            slot.state = SlotState::Empty;
            return Poll::Ready(Ok(()));
        };
        if own.is_decided() {
            return Poll::Pending;
        }
        if state.closed {
            if !own.claim() {
                return Poll::Pending;
            }
            let offer = state.offers.remove(index);
            drop(state);
            slot.state = SlotState::Empty;
            let Some(Offer { value, party, .. }) = offer else {
                unreachable!("`offer_index` returned the index of an offer")
            };
            drop(party);
            return Poll::Ready(Err(SendError(value)));
        }
        // A receiver that could not complete the send itself (this party's `select!` is
        // decided by its own thread, or was deciding another operation) may wait now: try
        // again, from the offer's place.
        let could = if self.capacity == 0 {
            state
                .waiters
                .iter()
                .any(|p| !p.is_of_select(who.select) && !p.is_shut_down())
        } else {
            state.buffer.len() < self.capacity
        };
        if could && let Some(offer) = state.offers.remove(index) {
            let Offer { value, party, .. } = offer;
            match self.send_now(&mut state, value, who.select, own, &mut wakes) {
                SendNow::Sent => {
                    drop(state);
                    drop(party);
                    slot.state = SlotState::Empty;
                    wakes.wake();
                    return Poll::Ready(Ok(()));
                }
                SendNow::Full(value) | SendNow::Lost(value) | SendNow::Closed(value) => {
                    state.offers.insert(
                        index,
                        Offer {
                            ticket,
                            value,
                            party,
                        },
                    );
                }
            }
        }
        let old = state
            .offers
            .get_mut(index)
            .and_then(|offer| offer.party.renew(who));
        drop(state);
        drop(old);
        wakes.wake();
        Poll::Pending
    }

    pub(crate) fn cancel_send(&self, slot: &mut SendSlot<T>) {
        let SlotState::Offered { channel, ticket } = slot.state else {
            return;
        };
        assert!(
            channel == self.id,
            "`cancel_send` called on {} with a `SendSlot` whose value is parked in {channel}",
            self.id,
        );
        let mut state = self.lock();
        let offer = state
            .offer_index(ticket)
            .ok()
            .and_then(|index| state.offers.remove(index));
        drop(state);
        slot.state = match offer {
            Some(Offer { value, party, .. }) => {
                drop(party);
                SlotState::Holding(value)
            }
            // Already taken: the send completed.
            None => SlotState::Empty,
        };
    }

    /// One attempt to take a value for a party acting for `own`: from the buffer (which
    /// the oldest blocked send then refills), or from a blocked send.
    fn take_value(
        &self,
        state: &mut State<T>,
        mine: Option<&Arc<SelectCell>>,
        own: Own<'_>,
        wakes: &mut Wakes,
    ) -> Take<T> {
        if !state.buffer.is_empty() {
            if !own.claim() {
                return Take::Lost;
            }
            let Some(value) = state.buffer.pop_front() else {
                unreachable!("the buffer is not empty")
            };
            if !state.closed
                && state.buffer.len() < self.capacity
                && let Ok(Some(offer)) = pick(
                    &mut state.offers,
                    |o| &o.party,
                    None,
                    Own::Plain,
                    wakes,
                    None,
                )
            {
                state.buffer.push_back(offer.value);
                wakes.push(offer.party.waker);
            }
            return Take::Value(value);
        }
        if state.closed {
            return Take::Empty;
        }
        match pick(&mut state.offers, |o| &o.party, mine, own, wakes, None) {
            Err(()) => Take::Lost,
            Ok(Some(offer)) => {
                wakes.push(offer.party.waker);
                Take::Value(offer.value)
            }
            Ok(None) => Take::Empty,
        }
    }

    pub(crate) fn try_recv(&self) -> Result<T, TryRecvError> {
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let result = match self.take_value(&mut state, None, Own::Plain, &mut wakes) {
            Take::Value(value) => Ok(value),
            Take::Empty | Take::Lost if state.closed => Err(TryRecvError::Closed),
            Take::Empty | Take::Lost => Err(TryRecvError::Empty),
        };
        drop(state);
        wakes.wake();
        result
    }

    /// A receive outside a `select!`, by the party `who`. Where no send is blocked and
    /// no value waits for a receiver (the common case of a buffered channel), it takes the
    /// first value, finds the end, or registers, under one lock and with nothing to wake;
    /// otherwise it is [`poll_recv`](Self::poll_recv)'s.
    #[expect(
        clippy::inline_always,
        reason = "measured: with a second caller (a task's receive on a rendezvous channel), it is called otherwise: skynet_rt coro-rt-1 10000 19,533,108 -> 19,433,445 instructions"
    )]
    #[inline(always)]
    pub(crate) fn poll_recv_plain(&self, who: Who<'_>) -> Poll<Option<T>> {
        let mut state = self.lock();
        if !state.offers.is_empty() || !state.deliveries.is_empty() {
            return self.poll_recv_locked(state, who, Own::Plain);
        }
        // With no blocked send, a value taken leaves nothing to refill the buffer from, and
        // no other party's registration is touched: as `take_value` would, without it.
        if let Some(value) = state.buffer.pop_front() {
            // A registration of this receiver (from a poll that found nothing) goes: a
            // wake-up took it out already unless the value came another way.
            let old = if state.waiters.is_empty() {
                None
            } else {
                state.remove_waiter(who)
            };
            drop(state);
            drop(old);
            return Poll::Ready(Some(value));
        }
        if state.closed {
            let old = state.remove_waiter(who);
            drop(state);
            drop(old);
            return Poll::Ready(None);
        }
        let old = if let Some(party) = state.waiters.iter_mut().find(|p| p.is(who)) {
            party.renew(who)
        } else {
            state.waiters.push_back(Party::of(who));
            None
        };
        drop(state);
        drop(old);
        Poll::Pending
    }

    pub(crate) fn poll_recv(&self, who: Who<'_>, own: Own<'_>) -> Poll<Option<T>> {
        self.poll_recv_locked(self.lock(), who, own)
    }

    fn poll_recv_locked(
        &self,
        mut state: MutexGuard<'_, State<T>>,
        who: Who<'_>,
        own: Own<'_>,
    ) -> Poll<Option<T>> {
        let mut wakes = Wakes::default();
        // A send handed this receiver its value (and decided its `select!`).
        if let Some(index) = state.deliveries.iter().position(|(p, _)| p.is(who)) {
            let delivery = state.deliveries.remove(index);
            let registration = state.remove_waiter(who);
            drop(state);
            drop(registration);
            return Poll::Ready(delivery.map(|(_, value)| value));
        }
        if own.is_decided() {
            return Poll::Pending;
        }
        // A registration or waker this poll replaces, dropped once the lock is released.
        let mut old = None;
        let poll = match self.take_value(&mut state, who.select, own, &mut wakes) {
            Take::Value(value) => {
                old = state.remove_waiter(who).map(|party| party.waker);
                Poll::Ready(Some(value))
            }
            Take::Lost => Poll::Pending,
            Take::Empty if state.closed => {
                if own.claim() {
                    old = state.remove_waiter(who).map(|party| party.waker);
                    Poll::Ready(None)
                } else {
                    Poll::Pending
                }
            }
            Take::Empty => {
                match state.waiters.iter_mut().find(|p| p.is(who)) {
                    Some(party) => old = party.renew(who),
                    None => state.waiters.push_back(Party::of(who)),
                }
                Poll::Pending
            }
        };
        drop(state);
        drop(old);
        wakes.wake();
        poll
    }

    pub(super) fn add_sender(&self) {
        self.senders.fetch_add(1, Ordering::Relaxed);
    }

    pub(super) fn add_receiver(&self) {
        self.receivers.fetch_add(1, Ordering::Relaxed);
    }

    pub(super) fn len(&self) -> usize {
        self.lock().buffer.len()
    }

    pub(super) fn is_closed(&self) -> bool {
        self.lock().closed
    }

    pub(super) fn debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct(name);
        out.field("id", &self.id);
        match self.state.try_lock() {
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
