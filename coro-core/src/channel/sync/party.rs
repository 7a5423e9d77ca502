//! Who waits in a sync channel ([`Party`], [`Who`]) and the wakers an operation wakes once
//! it has released the channel's lock ([`Wakes`]).

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::mem;
use core::task::Waker;

use super::select::SelectCell;

/// A waiting party: its waker, and the cell of its `select!` if it is in one.
pub(super) struct Party {
    pub(super) waker: Waker,
    pub(super) select: Option<Arc<SelectCell>>,
}

/// The polling party, borrowed.
#[derive(Clone, Copy)]
pub(crate) struct Who<'a> {
    pub(crate) waker: &'a Waker,
    pub(crate) select: Option<&'a Arc<SelectCell>>,
}

impl Party {
    #[inline]
    pub(super) fn of(who: Who<'_>) -> Party {
        Party {
            waker: who.waker.clone(),
            select: who.select.cloned(),
        }
    }

    /// Whether `who` is this party: the same `select!`, or, outside one, the same waker
    /// (compared by data pointer too, as the single-thread channel does).
    #[inline]
    pub(super) fn is(&self, who: Who<'_>) -> bool {
        match (&self.select, who.select) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => {
                self.waker.will_wake(who.waker) || self.waker.data() == who.waker.data()
            }
            _ => false,
        }
    }

    #[inline]
    pub(super) fn is_of_select(&self, select: Option<&Arc<SelectCell>>) -> bool {
        match (&self.select, select) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    #[inline]
    pub(super) fn cell(&self) -> Option<&SelectCell> {
        self.select.as_deref()
    }

    /// Keeps the latest waker of the party; returns the one it replaces, to drop once the
    /// lock is released.
    #[inline]
    pub(super) fn renew(&mut self, who: Who<'_>) -> Option<Waker> {
        if self.waker.will_wake(who.waker) {
            return None;
        }
        Some(mem::replace(&mut self.waker, who.waker.clone()))
    }
}

/// Wakers to wake once the lock is released: usually none or one.
#[derive(Default)]
pub(super) struct Wakes {
    first: Option<Waker>,
    rest: Vec<Waker>,
}

impl Wakes {
    #[inline]
    pub(super) fn push(&mut self, waker: Waker) {
        if self.first.is_none() {
            self.first = Some(waker);
        } else {
            self.rest.push(waker);
        }
    }

    #[inline]
    pub(super) fn wake(self) {
        if let Some(first) = self.first {
            first.wake();
        }
        if !self.rest.is_empty() {
            wake_all(self.rest);
        }
    }
}

#[inline(never)]
fn wake_all(wakers: Vec<Waker>) {
    for waker in wakers {
        waker.wake();
    }
}
