//! [`Shared`]: the part of a scheduler that other threads reach through wakers.

use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, Ordering};
use core::task::Waker;
use std::sync::{Mutex, PoisonError};

use super::extras::ExtrasTable;
use super::queue::RunQueue;
use super::signal::{Blocking, Signal};
use super::slab;

/// The part of a scheduler that other threads reach through wakers.
///
/// Laid out in two parts, each on cache lines of its own: what a wake-up from another
/// thread writes and reads (the remote queue, the signal, the thread, the reactor's waker),
/// then what the scheduler's thread writes at every task (its run queue, its slab), so that
/// neither side's writes invalidate the lines the other works on.
#[repr(C)]
pub(crate) struct Shared {
    /// Tasks woken from elsewhere than a running scheduler's own thread.
    pub(super) remote: Mutex<Remote>,
    /// The wake-up flag (`pending`), and how the thread blocks.
    pub(super) signal: Signal,
    pub(super) thread: std::thread::Thread,
    /// Set once the scheduler shuts down (its drop began, or its runtime's): its tasks
    /// will not run to take a value, so sends hand none to their registrations.
    pub(super) shutting_down: AtomicBool,
    /// Interrupts the reactor's blocking poll; set when the reactor is made.
    #[cfg(feature = "net")]
    pub(crate) io_waker: std::sync::OnceLock<mio::Waker>,
    /// Starts the scheduler's own part on a new pair of cache lines.
    pub(super) _own_lines: LineBreak,
    /// The memory of the scheduler's tasks.
    pub(crate) slab: slab::Slab,
    /// The tasks ready to run (touched on the scheduler's thread only).
    pub(crate) run_queue: RunQueue,
    /// What only some tasks need (touched on the scheduler's thread only).
    pub(crate) extras: ExtrasTable,
}

/// Nothing, aligned to 128 bytes (two cache lines, as a prefetcher may fetch lines in
/// pairs): in a `repr(C)` struct, the fields after it start on new lines.
#[derive(Default)]
#[repr(align(128))]
pub(super) struct LineBreak;

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

    /// Tells the scheduler's thread to look at its wake-ups from elsewhere: raises its
    /// signal, and wakes the thread if it blocks (the handshake of [`Signal`]): unparks
    /// it, or writes its reactor's waker. A thread that runs or spins is left alone.
    pub(crate) fn nudge(&self) {
        match self.signal.raise() {
            Blocking::No => {}
            Blocking::Parked => self.thread.unpark(),
            Blocking::Reactor => {
                #[cfg(feature = "net")]
                if let Some(waker) = self.io_waker.get() {
                    // An error leaves the poll to its timeout; there is nothing better to do.
                    let _ = waker.wake();
                }
            }
        }
    }

    /// The scheduler shuts down: from now on, [`is_shutting_down`](Self::is_shutting_down).
    pub(crate) fn begin_shutdown(&self) {
        self.shutting_down.store(true, Ordering::Release);
    }

    /// Whether the scheduler shuts down: its tasks that have not run to their end will be
    /// cancelled without running again (a runtime's may still run until its thread sees
    /// the shutdown).
    #[inline]
    pub(crate) fn is_shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::Acquire)
    }

    /// Unparks the scheduler's thread, setting no flag.
    pub(crate) fn unpark(&self) {
        self.thread.unpark();
    }

    /// Whether a wake-up from elsewhere (or a nudge) waits to be looked at.
    pub(crate) fn is_pending(&self) -> bool {
        self.signal.is_pending()
    }
}
