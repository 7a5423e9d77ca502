//! The bookkeeping of a `select`: [`Choice`] (the public handle that ties the operations of
//! a `select` over wakers together), [`Pick`] (what a registration keeps of its choice),
//! [`Mine`] (the choice of the polling party, a `Choice` or a task's own `select!`), and the
//! rules that say whether a registration may still complete.

use alloc::rc::Rc;
use core::cell::Cell;
use core::fmt;

use super::party::PartyRef;
#[cfg(doc)]
use super::{Receiver, Sender};

/// A registration's place in a [`Choice`]: the choice and the round it was made in. (A
/// task's registrations in its own `select!` carry none: the task's core says whether they
/// belong to one and whether it is decided.)
pub(super) struct Pick {
    pub(super) choice: Choice,
    pub(super) round: u64,
}

/// The `select` that the polling party's operation belongs to: a [`Choice`] (the `_in`
/// methods), or, for a task in a `select!`, the task's own (kept in its core).
#[derive(Clone, Copy)]
pub(super) enum Mine<'a> {
    Choice(&'a Choice),
    #[cfg(feature = "std")]
    Task(&'a crate::sched::TaskRef),
}

impl Mine<'_> {
    pub(super) fn is_decided(self) -> bool {
        match self {
            Mine::Choice(choice) => choice.is_decided(),
            #[cfg(feature = "std")]
            Mine::Task(task) => task.core().select_is_decided(),
        }
    }

    pub(super) fn decide(self) {
        match self {
            Mine::Choice(choice) => choice.decide(),
            #[cfg(feature = "std")]
            Mine::Task(task) => task.core().select_decide(),
        }
    }

    /// What a registration made now keeps of the choice.
    #[cfg_attr(
        not(feature = "std"),
        expect(clippy::unnecessary_wraps, reason = "with `std`, a task's keeps none")
    )]
    pub(super) fn pick(self) -> Option<Pick> {
        match self {
            Mine::Choice(choice) => Some(Pick {
                choice: choice.clone(),
                round: choice.state.round.get(),
            }),
            #[cfg(feature = "std")]
            Mine::Task(_) => None,
        }
    }
}

/// Whether the registration of `party` with `pick` may still complete: a plain one, or one
/// of a choice still undecided in the round it was made in.
pub(super) fn is_live(party: PartyRef<'_>, pick: Option<&Pick>) -> bool {
    match pick {
        Some(pick) => pick.choice.is_open_in(pick.round),
        None => party.registration_is_live(),
    }
}

/// Completes the choice of the registration of `party` with `pick`, if it has one.
pub(super) fn decide(party: PartyRef<'_>, pick: Option<&Pick>) {
    match pick {
        Some(pick) => pick.choice.state.decided.set(true),
        None => party.decide_select(),
    }
}

/// Whether the registration of `party` with `pick` belongs to the choice `mine`.
#[cfg_attr(
    not(feature = "std"),
    expect(unused_variables, reason = "only a task's `select!` goes by its party")
)]
pub(super) fn same_choice(
    party: PartyRef<'_>,
    pick: Option<&Pick>,
    mine: Option<Mine<'_>>,
) -> bool {
    match (pick, mine) {
        (Some(pick), Some(Mine::Choice(mine))) => Rc::ptr_eq(&pick.choice.state, &mine.state),
        #[cfg(feature = "std")]
        (None, Some(Mine::Task(task))) => party.addr() == task.addr(),
        _ => false,
    }
}

/// Ties several channel operations together so that at most one of them completes: the arms
/// of a `select`.
///
/// Start a round with [`begin`](Choice::begin), poll the operations with the `_in` methods
/// ([`Receiver::poll_recv_in`], [`Sender::poll_send_in`]) passing the choice, and once one
/// completes, withdraw the others ([`Receiver::cancel_recv`], [`Sender::cancel_send`]). The
/// first operation that completes, by this task's poll or by another task taking a parked
/// send or handing a value to a waiting receive, decides the choice; from then on the other
/// operations of the round cannot complete, so a `select` never sends twice nor loses a value
/// that another task handed to it.
///
/// A choice is cheap to keep and reuse: one allocation when created, none per round.
///
/// # Examples
///
/// ```
/// use std::task::{Context, Poll, Waker};
/// use coro_core::channel::{channel, Choice, SendSlot};
///
/// let mut cx = Context::from_waker(Waker::noop());
/// let (a_tx, a_rx) = channel::<&str>(0);
/// let (b_tx, b_rx) = channel::<&str>(0);
/// let choice = Choice::new();
/// choice.begin();
/// // Offer on both rendezvous channels; nobody is receiving yet.
/// let mut a = SendSlot::new("to a");
/// let mut b = SendSlot::new("to b");
/// assert!(a_tx.poll_send_in(&mut a, &mut cx, &choice).is_pending());
/// assert!(b_tx.poll_send_in(&mut b, &mut cx, &choice).is_pending());
/// // A receiver takes the offer on `a`: that decides the choice...
/// assert_eq!(a_rx.try_recv(), Ok("to a"));
/// assert!(choice.is_decided());
/// // ...so the offer on `b` can no longer be taken, and is withdrawn.
/// assert!(b_rx.try_recv().is_err());
/// assert_eq!(a_tx.poll_send_in(&mut a, &mut cx, &choice), Poll::Ready(Ok(())));
/// assert!(b_tx.poll_send_in(&mut b, &mut cx, &choice).is_pending());
/// b_tx.cancel_send(&mut b);
/// assert_eq!(b.take(), Some("to b"));
/// ```
#[derive(Clone)]
pub struct Choice {
    pub(super) state: Rc<ChoiceState>,
}

pub(super) struct ChoiceState {
    pub(super) round: Cell<u64>,
    pub(super) decided: Cell<bool>,
}

impl Choice {
    /// A new choice, decided until the first [`begin`](Choice::begin).
    #[must_use]
    pub fn new() -> Choice {
        Choice {
            state: Rc::new(ChoiceState {
                round: Cell::new(0),
                decided: Cell::new(true),
            }),
        }
    }

    /// Starts a new round: undecided, and the registrations of earlier rounds are dead.
    pub fn begin(&self) {
        self.state.round.set(self.state.round.get() + 1);
        self.state.decided.set(false);
    }

    /// Whether an operation of this round has completed (or [`decide`](Choice::decide) was
    /// called).
    #[must_use]
    pub fn is_decided(&self) -> bool {
        self.state.decided.get()
    }

    /// Decides the round without any channel operation (a `select` took its timeout or
    /// default arm): the operations still registered can no longer complete.
    pub fn decide(&self) {
        self.state.decided.set(true);
    }

    pub(super) fn is_open_in(&self, round: u64) -> bool {
        !self.state.decided.get() && self.state.round.get() == round
    }
}

impl Default for Choice {
    fn default() -> Self {
        Choice::new()
    }
}

impl fmt::Debug for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Choice")
            .field("round", &self.state.round.get())
            .field("decided", &self.state.decided.get())
            .finish()
    }
}
