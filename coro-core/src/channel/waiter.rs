//! A blocked receive in one word, so that a million receivers parked on one channel take a
//! million words of its queue.
//!
//! Most waiters are tasks of this thread's scheduler registered by `recv!` or `select!`: the
//! word is then the task's reference itself (whether it belongs to a `select!` is in the
//! task's core). Any other registration — a waker (the `poll_` methods), with or without a
//! [`Choice`](super::Choice) — is boxed, and the word points to the box, tagged in its low
//! bit. Without the `std` feature there are no tasks, and a waiter is its registration,
//! unboxed.

#[cfg(feature = "std")]
use alloc::boxed::Box;
#[cfg(feature = "std")]
use core::ptr::NonNull;

use super::choice::{self, Mine, Pick};
use super::party::{Party, PartyRef};

/// What a waiter registered: who to wake, and its place in a choice, if any.
struct Registration {
    party: Party,
    pick: Option<Pick>,
}

/// One waiting receiver (see the module docs).
#[cfg(feature = "std")]
#[repr(transparent)]
pub(super) struct Waiter(NonNull<u8>);

// `Waiter::task` reads a waiter's word as a borrowed `TaskRef`, which is `repr(transparent)`
// over a `NonNull` (see there): both are one pointer, of the same size and alignment.
#[cfg(feature = "std")]
const _: () = assert!(
    size_of::<Waiter>() == size_of::<crate::sched::TaskRef>()
        && align_of::<Waiter>() == align_of::<crate::sched::TaskRef>()
);

/// One waiting receiver.
#[cfg(not(feature = "std"))]
pub(super) struct Waiter(Registration);

/// The low bit of a boxed waiter's word (a task and a box are aligned to at least 8).
#[cfg(feature = "std")]
const BOXED: usize = 1;

impl Waiter {
    #[cfg(feature = "std")]
    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, on every receive that waits"
    )]
    #[inline(always)]
    pub(super) fn new(party: Party, pick: Option<Pick>) -> Waiter {
        match (party, pick) {
            (Party::Task(task), None) => Waiter(task.into_raw().cast()),
            (party, pick) => {
                let registration = Box::new(Registration { party, pick });
                let ptr = NonNull::from(Box::leak(registration)).cast::<u8>();
                Waiter(ptr.map_addr(|addr| addr | BOXED))
            }
        }
    }

    #[cfg(not(feature = "std"))]
    pub(super) fn new(party: Party, pick: Option<Pick>) -> Waiter {
        Waiter(Registration { party, pick })
    }

    /// The box of the registration, if this waiter is one: its word untagged, with its
    /// provenance. The box is a leaked `Box<Registration>` (`new`), which lives until
    /// `into_party` or `drop` takes it back.
    #[cfg(feature = "std")]
    #[inline]
    fn boxed(&self) -> Option<NonNull<Registration>> {
        if self.0.addr().get() & BOXED == 0 {
            return None;
        }
        NonNull::new(self.0.as_ptr().map_addr(|addr| addr & !BOXED)).map(NonNull::cast)
    }

    /// The boxed registration, if this waiter is one.
    #[cfg_attr(
        not(feature = "std"),
        expect(clippy::unnecessary_wraps, reason = "with `std`, a task is none")
    )]
    #[inline]
    fn registration(&self) -> Option<&Registration> {
        #[cfg(feature = "std")]
        // SAFETY: the box lives while `self` does (`boxed`), and `&self` keeps `into_party`
        // and `drop` away while the borrow lasts.
        return self.boxed().map(|ptr| unsafe { ptr.as_ref() });
        #[cfg(not(feature = "std"))]
        Some(&self.0)
    }

    /// The task this waiter is, if it is not boxed.
    #[cfg(feature = "std")]
    #[inline]
    fn task(&self) -> Option<&crate::sched::TaskRef> {
        if self.0.addr().get() & BOXED != 0 {
            return None;
        }
        // SAFETY: an untagged word is a `TaskRef` given up by `into_raw` (`new`), which
        // stays given up while the waiter lives. `Waiter` and `TaskRef` are both
        // `repr(transparent)` over a non-null pointer, of the same size and alignment
        // (asserted beside each), and `TaskRef` documents that its word may be read so: the
        // word read as a `TaskRef` is that reference, borrowed for as long as `self` is.
        Some(unsafe { &*core::ptr::from_ref(self).cast::<crate::sched::TaskRef>() })
    }

    /// Who waits.
    #[inline]
    pub(super) fn party(&self) -> PartyRef<'_> {
        #[cfg(feature = "std")]
        if let Some(task) = self.task() {
            return PartyRef::Task(task);
        }
        match self.registration() {
            Some(registration) => registration.party.as_ref(),
            None => unreachable!("a waiter is a task or a registration"),
        }
    }

    fn pick(&self) -> Option<&Pick> {
        self.registration()?.pick.as_ref()
    }

    /// Whether `party` is the one waiting here.
    #[inline]
    pub(super) fn is(&self, party: PartyRef<'_>) -> bool {
        self.party().same(party)
    }

    /// Whether the receive may still complete (see [`is_live`](choice::is_live)).
    #[inline]
    pub(super) fn is_live(&self) -> bool {
        choice::is_live(self.party(), self.pick())
    }

    /// Whether the receive belongs to no `select` (the usual case, which a send may serve
    /// without looking at choices). A boxed registration of a task carries a pick if it
    /// belongs to one.
    #[inline]
    pub(super) fn is_plain(&self) -> bool {
        #[cfg(feature = "std")]
        if let Some(task) = self.task() {
            return !task.core().in_select();
        }
        self.pick().is_none()
    }

    /// Whether the receive belongs to the choice `mine`.
    pub(super) fn is_in(&self, mine: Option<Mine<'_>>) -> bool {
        choice::same_choice(self.party(), self.pick(), mine)
    }

    /// Completes the receive's choice, if it has one.
    pub(super) fn decide(&self) {
        choice::decide(self.party(), self.pick());
    }

    /// Renews the registration for a new poll of `party` in the choice `mine` (a poll in a
    /// new round, or a task's that finds the registration of its own waker): from now on it
    /// is what that poll would have registered.
    #[cfg_attr(
        not(feature = "std"),
        expect(unused_variables, reason = "only a task's poll goes by its party")
    )]
    pub(super) fn renew(&mut self, party: PartyRef<'_>, mine: Option<Mine<'_>>) {
        #[cfg(feature = "std")]
        if let PartyRef::Task(_) = party
            && !matches!(mine, Some(Mine::Choice(_)))
        {
            // A task's own registration is the task itself, whose flags say whether it
            // belongs to a `select!`.
            if self.task().is_none() {
                *self = Waiter::new(party.to_owned(), None);
            }
            return;
        }
        let pick = mine.and_then(Mine::pick);
        match self.registration_mut() {
            Some(registration) => registration.pick = pick,
            None if pick.is_some() => *self = Waiter::new(self.party().to_owned(), pick),
            None => {}
        }
    }

    /// The boxed registration, if this waiter is one, to change.
    #[cfg_attr(
        not(feature = "std"),
        expect(clippy::unnecessary_wraps, reason = "with `std`, a task is none")
    )]
    fn registration_mut(&mut self) -> Option<&mut Registration> {
        #[cfg(feature = "std")]
        // SAFETY: as in `registration`; `&mut self` makes the borrow unique.
        return self.boxed().map(|mut ptr| unsafe { ptr.as_mut() });
        #[cfg(not(feature = "std"))]
        Some(&mut self.0)
    }

    /// Takes the waiting party out.
    #[cfg(feature = "std")]
    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, 11 instructions more per hop"
    )]
    #[inline(always)]
    pub(super) fn into_party(self) -> Party {
        let this = core::mem::ManuallyDrop::new(self);
        match this.boxed() {
            // SAFETY: the box (`boxed`), taken back once: the waiter is not dropped.
            Some(ptr) => unsafe { Box::from_raw(ptr.as_ptr()) }.party,
            // SAFETY: an untagged word is a reference given up by `into_raw` (`new`), taken
            // back once: the waiter is not dropped.
            None => Party::Task(unsafe { crate::sched::TaskRef::from_raw(this.0.cast()) }),
        }
    }

    /// Takes the waiting party out.
    #[cfg(not(feature = "std"))]
    pub(super) fn into_party(self) -> Party {
        self.0.party
    }
}

#[cfg(feature = "std")]
impl Drop for Waiter {
    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, on every receive that waits"
    )]
    #[inline(always)]
    fn drop(&mut self) {
        drop(Waiter(self.0).into_party());
    }
}
