//! [`Signal`]: the handshake between a wake-up from another thread and the scheduler's
//! thread on its way to block.
//!
//! A wake-up from elsewhere queues its task on the remote queue, then [`raise`]s the
//! signal: it sets `pending`, and reads `blocking` to know whether (and how) the
//! scheduler's thread blocks: parked, in which case the caller unparks it, or in its
//! reactor, in which case the caller writes the reactor's waker (each a system call, made
//! only then). The scheduler's thread [`take`]s `pending` before it drains the remote
//! queue, and blocks (parked or in its reactor) through [`block`], which sets `blocking`
//! before it reads `pending` a last time. Both sides write their flag, then a sequentially
//! consistent fence, then read the other's flag: of the two fences, the one later in their
//! total order is followed by a read that sees the other side's write, so either the
//! scheduler sees the wake-up before it blocks, or the wake-up interrupts the block.
//! (Fences rather than sequentially consistent accesses: the same guarantee, and the form
//! loom models; it treats such accesses as acquire-release.)
//! `coro-core/tests/loom_wake.rs` checks this in every interleaving.
//!
//! [`raise`]: Signal::raise
//! [`take`]: Signal::take
//! [`block`]: Signal::block

use core::sync::atomic::Ordering;

use crate::primitive::{AtomicBool, AtomicU8, fence};

/// How a scheduler's thread blocks, as a wake-up from elsewhere sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blocking {
    /// It runs: it will see the wake-up's flag.
    No = 0,
    /// Parked (with or without a timeout): to be unparked.
    Parked = 1,
    /// In its reactor's poll: its waker is to be written.
    Reactor = 2,
}

/// A scheduler's wake-up flag, and how its thread blocks.
#[derive(Debug, Default)]
pub(crate) struct Signal {
    /// A wake-up from elsewhere (or a nudge) waits to be looked at.
    pending: AtomicBool,
    /// How the scheduler's thread blocks (a [`Blocking`]): only when it does is a
    /// wake-up from elsewhere a system call.
    blocking: AtomicU8,
}

impl Signal {
    pub(crate) fn new() -> Signal {
        Signal::default()
    }

    /// Sets the flag; returns how the scheduler's thread blocks (and so is to be woken).
    #[inline]
    pub(crate) fn raise(&self) -> Blocking {
        // Write, fence, read, as `block` does: one of the two reads sees the other side's
        // write.
        self.pending.store(true, Ordering::Release);
        fence(Ordering::SeqCst);
        match self.blocking.load(Ordering::Relaxed) {
            0 => Blocking::No,
            1 => Blocking::Parked,
            _ => Blocking::Reactor,
        }
    }

    /// Whether the flag is set, as of a look between tasks (a plain load: the
    /// read-modify-write of [`take`](Signal::take) follows only when it is).
    #[inline]
    pub(crate) fn is_raised(&self) -> bool {
        self.pending.load(Ordering::Acquire)
    }

    /// Clears the flag; returns whether it was set. What the raising thread wrote before
    /// [`raise`](Signal::raise) (its task on the remote queue) is visible after it.
    #[inline]
    pub(crate) fn take(&self) -> bool {
        self.pending.swap(false, Ordering::AcqRel)
    }

    /// Whether the flag is set (sequentially consistent, for the idle protocol).
    pub(crate) fn is_pending(&self) -> bool {
        self.pending.load(Ordering::SeqCst)
    }

    /// Blocks with `wait` (parking, or the reactor's poll, as `how` says) unless the flag
    /// is set, in which case it returns `raised` at once; `wait` must return when the
    /// thread is unparked (`Parked`) or the reactor's waker is written (`Reactor`).
    pub(crate) fn block<R>(&self, how: Blocking, wait: impl FnOnce() -> R, raised: R) -> R {
        // Say we block before looking at the flag a last time (write, fence, read; see
        // `raise`).
        self.blocking.store(how as u8, Ordering::Relaxed);
        fence(Ordering::SeqCst);
        let woken = if self.pending.load(Ordering::Acquire) {
            raised
        } else {
            wait()
        };
        self.blocking.store(Blocking::No as u8, Ordering::Relaxed);
        woken
    }
}
