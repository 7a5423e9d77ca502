//! [`Signal`]: the handshake between a wake-up from another thread and the scheduler's
//! thread on its way to sleep.
//!
//! A wake-up from elsewhere queues its task on the remote queue, then [`raise`]s the
//! signal: it sets `pending`, and (with sockets) reads `blocking` to know whether the
//! scheduler's thread blocks in its reactor, in which case the caller writes the reactor's
//! waker (a system call, made only then). The scheduler's thread [`take`]s `pending`
//! before it drains the remote queue, and blocks in its reactor through [`block`], which
//! sets `blocking` before it reads `pending` a last time. Both sides write their flag, then
//! a sequentially consistent fence, then read the other's flag: of the two fences, the one
//! later in their total order is followed by a read that sees the other side's write, so
//! either the scheduler sees the wake-up before it blocks, or the waker is written and
//! interrupts the block. (Fences rather than sequentially consistent accesses: the same
//! guarantee, and the form loom models; it treats such accesses as acquire-release.)
//! `coro-core/tests/loom_wake.rs` checks this in every interleaving.
//!
//! [`raise`]: Signal::raise
//! [`take`]: Signal::take
//! [`block`]: Signal::block

use core::sync::atomic::Ordering;

use crate::primitive::AtomicBool;
#[cfg(any(feature = "net", loom))]
use crate::primitive::fence;

/// A scheduler's wake-up flag, and (with sockets) whether its thread blocks in its reactor.
#[derive(Debug, Default)]
pub(crate) struct Signal {
    /// A wake-up from elsewhere (or a nudge) waits to be looked at.
    pending: AtomicBool,
    /// Set while the scheduler's thread blocks in its reactor: only then does a wake-up
    /// from elsewhere write to the reactor's waker.
    #[cfg(any(feature = "net", loom))]
    blocking: AtomicBool,
}

impl Signal {
    pub(crate) fn new() -> Signal {
        Signal::default()
    }

    /// Sets the flag; returns whether the scheduler's thread blocks in its reactor (and so
    /// is to be interrupted by writing its waker). Always `false` without sockets.
    #[inline]
    pub(crate) fn raise(&self) -> bool {
        #[cfg(any(feature = "net", loom))]
        {
            // Write, fence, read, as `block` does: one of the two reads sees the other
            // side's write.
            self.pending.store(true, Ordering::Release);
            fence(Ordering::SeqCst);
            self.blocking.load(Ordering::Relaxed)
        }
        #[cfg(not(any(feature = "net", loom)))]
        {
            self.pending.store(true, Ordering::SeqCst);
            false
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

    /// Blocks with `wait` (the reactor's poll) unless the flag is set, in which case it
    /// returns `raised` at once; `wait` must return when the reactor's waker is written.
    #[cfg(any(feature = "net", loom))]
    pub(crate) fn block<R>(&self, wait: impl FnOnce() -> R, raised: R) -> R {
        // Say we block before looking at the flag a last time (write, fence, read; see
        // `raise`).
        self.blocking.store(true, Ordering::Relaxed);
        fence(Ordering::SeqCst);
        let woken = if self.pending.load(Ordering::Acquire) {
            raised
        } else {
            wait()
        };
        self.blocking.store(false, Ordering::Relaxed);
        woken
    }
}
