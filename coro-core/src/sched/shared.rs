//! [`Shared`]: the part of a scheduler that other threads reach through wakers.

use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, Ordering};
use core::task::Waker;
use std::sync::{Mutex, PoisonError};

use super::extras::ExtrasTable;
use super::queue::RunQueue;
use super::slab;

/// The part of a scheduler that other threads reach through wakers.
pub(crate) struct Shared {
    /// Tasks woken from elsewhere than a running scheduler's own thread.
    pub(super) remote: Mutex<Remote>,
    pub(super) pending: AtomicBool,
    pub(super) thread: std::thread::Thread,
    /// The memory of the scheduler's tasks.
    pub(crate) slab: slab::Slab,
    /// The tasks ready to run (touched on the scheduler's thread only).
    pub(crate) run_queue: RunQueue,
    /// What only some tasks need (touched on the scheduler's thread only).
    pub(crate) extras: ExtrasTable,
    /// Interrupts the reactor's blocking poll; set when the reactor is made.
    #[cfg(feature = "net")]
    pub(crate) io_waker: std::sync::OnceLock<mio::Waker>,
    /// Set while the scheduler's thread blocks in its reactor: only then does a wake-up
    /// from elsewhere write to the waker (a system call).
    #[cfg(feature = "net")]
    pub(crate) blocking: AtomicBool,
}

/// The remote queue: tasks woken from elsewhere, each by a waker of its own (which keeps it
/// alive until the scheduler's thread takes it), until the scheduler is gone.
#[derive(Default)]
pub(super) struct Remote {
    pub(super) wakers: Vec<Waker>,
    /// Set when the scheduler is gone: a wake-up then queues nothing (its waker would keep
    /// its task, which keeps the shared part, which would keep the waker).
    pub(super) closed: bool,
}

impl Shared {
    pub(crate) fn wake_remote(&self, waker: Waker) {
        let mut remote = self.remote.lock().unwrap_or_else(PoisonError::into_inner);
        if remote.closed {
            drop(remote);
            drop(waker);
            return;
        }
        remote.wakers.push(waker);
        drop(remote);
        self.nudge();
    }

    /// Tells the scheduler's thread to look at its wake-ups from elsewhere: sets `pending`,
    /// writes the reactor's waker if the thread blocks in its reactor, and unparks it.
    pub(crate) fn nudge(&self) {
        #[cfg(not(feature = "net"))]
        self.pending.store(true, Ordering::SeqCst);
        #[cfg(feature = "net")]
        {
            // Sequentially consistent, as is the run loop's setting of `blocking` and its
            // reading of `pending`: at least one of the two sees the other's write, so
            // either the scheduler finds the wake-up before it blocks, or the waker is
            // written and interrupts the poll.
            self.pending.store(true, Ordering::SeqCst);
            if self.blocking.load(Ordering::SeqCst)
                && let Some(waker) = self.io_waker.get()
            {
                // An error leaves the poll to its timeout; there is nothing better to do.
                let _ = waker.wake();
            }
        }
        self.thread.unpark();
    }

    /// Unparks the scheduler's thread, setting no flag.
    pub(crate) fn unpark(&self) {
        self.thread.unpark();
    }

    /// Whether a wake-up from elsewhere (or a nudge) waits to be looked at.
    pub(crate) fn is_pending(&self) -> bool {
        self.pending.load(Ordering::SeqCst)
    }
}
