//! The operations that take parties out of the channel: a receive withdrawn (by hand, by
//! its task's coroutine dropped while it waited, or by its `select!`'s), and the channel's
//! end (closed, or its last sender or receiver gone). A value handed to a withdrawn receive
//! goes back to the front of the queue, for the next receiver.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::mem;
use core::sync::atomic::Ordering;
use core::task::Waker;

use super::super::party::{Party, Wakes};
use super::super::select::{Other, Own, SelectCell, claim_other};
use super::{Inner, State, Who};

impl<T> State<T> {
    /// Takes back the value a send handed to `who` (withdrawn before it picked the value
    /// up): to the front of the queue, for the next receiver, whom it wakes. Returns the
    /// registration, to drop once the lock is released.
    fn hand_back(&mut self, who: Who<'_>, wakes: &mut Wakes) -> Option<Party> {
        let index = self.deliveries.iter().position(|(p, _)| p.is(who))?;
        let (party, value) = self.deliveries.remove(index)?;
        self.buffer.push_front(value);
        self.wake_waiters(None, wakes);
        Some(party)
    }
}

impl<T> Inner<T> {
    /// Withdraws the receive of `who`; a value handed to it goes back to the front of the
    /// queue, for the next receiver.
    pub(crate) fn cancel_recv(&self, who: Who<'_>) {
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let registration = state.remove_waiter(who);
        let party = state.hand_back(who, &mut wakes);
        drop(state);
        drop(registration);
        drop(party);
        wakes.wake();
    }

    /// Withdraws the receives of the task whose wakers carry `task` as their data, outside a
    /// `select!` (its coroutine was dropped while it waited in `recv!`): a value handed to
    /// one goes back to the front of the queue, for the next receiver.
    pub(crate) fn withdraw_task(&self, task: *const ()) {
        let of_task = |p: &Party| p.select.is_none() && p.waker.data() == task;
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let mut removed = Vec::new();
        let mut index = 0;
        while let Some(party) = state.waiters.get(index) {
            if of_task(party) {
                removed.extend(state.waiters.remove(index));
            } else {
                index += 1;
            }
        }
        let mut returned = false;
        // From the back, each to the front: the values keep their order.
        let mut index = state.deliveries.len();
        while index > 0 {
            index -= 1;
            if state.deliveries.get(index).is_some_and(|(p, _)| of_task(p))
                && let Some((party, value)) = state.deliveries.remove(index)
            {
                state.buffer.push_front(value);
                removed.push(party);
                returned = true;
            }
        }
        if returned {
            state.wake_waiters(None, &mut wakes);
        }
        drop(state);
        drop(removed);
        wakes.wake();
    }

    /// Withdraws every registration of the `select!` of `cell` (whose coroutine was dropped
    /// while it waited): its offers' values are dropped, a value handed to it goes back to
    /// the front of the queue.
    pub(crate) fn withdraw(&self, cell: &Arc<SelectCell>) {
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let who = Who {
            waker: Waker::noop(),
            select: Some(cell),
            task: None,
        };
        let registration = state.remove_waiter(who);
        let mut dropped = Vec::new();
        let mut index = 0;
        while let Some(offer) = state.offers.get(index) {
            if offer.party.is(who) {
                dropped.extend(state.offers.remove(index));
            } else {
                index += 1;
            }
        }
        let party = state.hand_back(who, &mut wakes);
        drop(state);
        drop(registration);
        drop(dropped);
        drop(party);
        wakes.wake();
    }

    pub(crate) fn close(&self) {
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        if state.closed {
            return;
        }
        state.closed = true;
        state.wake_offers(&mut wakes);
        state.wake_waiters(None, &mut wakes);
        drop(state);
        wakes.wake();
    }

    pub(crate) fn drop_sender(&self) {
        if self.senders.fetch_sub(1, Ordering::AcqRel) > 1 {
            return;
        }
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        let was_closed = mem::replace(&mut state.closed, true);
        if !was_closed {
            // No sender is left to poll the sends still parked here: the ones that may
            // complete were in flight, and their values are delivered. The others find the
            // channel closed when polled.
            let mut index = 0;
            while let Some(offer) = state.offers.get(index) {
                if matches!(claim_other(offer.party.cell(), &Own::Plain), Other::Take)
                    && let Some(offer) = state.offers.remove(index)
                {
                    state.buffer.push_back(offer.value);
                    wakes.push(offer.party.waker);
                } else {
                    index += 1;
                }
            }
        }
        state.wake_offers(&mut wakes);
        state.wake_waiters(None, &mut wakes);
        drop(state);
        wakes.wake();
    }

    pub(crate) fn drop_receiver(&self) {
        if self.receivers.fetch_sub(1, Ordering::AcqRel) > 1 {
            return;
        }
        let mut wakes = Wakes::default();
        let mut state = self.lock();
        state.closed = true;
        // Nothing can receive these any more.
        let buffered = mem::take(&mut state.buffer);
        let undelivered = mem::take(&mut state.deliveries);
        // Blocked sends get their value back when polled; receives still registered belong
        // to `select!` arms, which hold the channel without being receivers of it.
        state.wake_offers(&mut wakes);
        state.wake_waiters(None, &mut wakes);
        drop(state);
        drop(buffered);
        drop(undelivered);
        wakes.wake();
    }
}
