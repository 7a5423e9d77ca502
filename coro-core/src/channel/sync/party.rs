//! Who waits in a sync channel ([`Party`], [`Who`]) and the wakers an operation wakes once
//! it has released the channel's lock ([`Wakes`]).

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::mem;
use core::ptr::NonNull;
use core::task::Waker;

use super::select::SelectCell;
use crate::sched::{Shared, TaskRef};

/// A waiting party: its waker, the cell of its `select!` if it is in one, and the
/// scheduler of its task if it is a task's `recv!` or `select!` arm.
pub(super) struct Party {
    pub(super) waker: Waker,
    pub(super) select: Option<Arc<SelectCell>>,
    home: Option<Home>,
}

/// The polling party, borrowed.
#[derive(Clone, Copy)]
pub(crate) struct Who<'a> {
    pub(crate) waker: &'a Waker,
    pub(crate) select: Option<&'a Arc<SelectCell>>,
    /// The task whose waker `waker` is, for a task's operation.
    pub(crate) task: Option<&'a TaskRef>,
}

impl<'a> Who<'a> {
    /// A party of plain code (or of a `wait!`): a waker, outside a `select!`.
    pub(crate) fn plain(waker: &'a Waker) -> Who<'a> {
        Who {
            waker,
            select: None,
            task: None,
        }
    }
}

/// The shared part of the scheduler of a waiting task, kept by the task's registration to
/// see whether the scheduler shuts down.
#[derive(Clone, Copy)]
struct Home(NonNull<Shared>);

impl Home {
    /// The scheduler of `task`.
    fn of(task: &TaskRef) -> Home {
        let core = task.core();
        Home(NonNull::from(core.shared()))
    }
}

// SAFETY: `Home` is read only through `Shared::is_shutting_down`, an atomic load, which any
// thread may do (`Shared` is shared by the scheduler's wakers on every thread).
unsafe impl Send for Home {}
// SAFETY: as for `Send`.
unsafe impl Sync for Home {}

impl Party {
    #[inline]
    pub(super) fn of(who: Who<'_>) -> Party {
        Party {
            waker: who.waker.clone(),
            select: who.select.cloned(),
            home: who.task.map(Home::of),
        }
    }

    /// Whether the party is a task whose scheduler shuts down: it will not run to take a
    /// value.
    #[inline]
    pub(super) fn is_shut_down(&self) -> bool {
        self.home.is_some_and(|home| {
            // SAFETY: `home` is the scheduler of the task whose waker `self.waker` is (a
            // `Who` of a task carries both, and `renew` keeps a waker of the same task).
            // The waker owns a count of the task, and a task keeps its scheduler's shared
            // part alive (`Core::shared`).
            unsafe { home.0.as_ref() }.is_shutting_down()
        })
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
        if let Some(task) = who.task {
            self.home = Some(Home::of(task));
        }
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
