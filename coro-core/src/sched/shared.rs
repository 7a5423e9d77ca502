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
        self.pending.store(true, Ordering::Release);
        self.thread.unpark();
    }
}
