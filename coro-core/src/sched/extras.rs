//! The parts of a task that few tasks use — a timer, a join through a waker — kept beside
//! the tasks rather than in them: a table in the scheduler's shared part, by the task's
//! address, with an entry made by the task's first use and removed when it ends. A task has
//! an entry only while its core's flags say so, so the others never look the table up, and
//! no task carries a word for it.

use core::cell::RefCell;
use core::hash::{BuildHasherDefault, Hasher};
use core::task::Waker;
use std::collections::HashMap;

use super::token::ThreadToken;

/// One task's extras.
#[derive(Default)]
pub(crate) struct Extras {
    /// The sequence number of the timer this task set during its latest resume; 0 when
    /// there is none. (Its deadline is in the timer heap, and, while the task runs, in its
    /// `TaskContext`.)
    pub(crate) timer: u64,
    /// Who waits for the task's result through its join handle's `poll`.
    pub(crate) join_waker: Option<Waker>,
}

/// Hashes a task's address: its bits above the alignment, spread by a multiplication (the
/// table uses both the low and the high bits of the hash).
#[derive(Default)]
pub(crate) struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_usize(&mut self, addr: usize) {
        self.write_u64(addr as u64);
    }

    fn write_u64(&mut self, x: u64) {
        let h = (self.0 ^ (x >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

/// Every task's extras, by task address. Touched on the scheduler's thread only: every
/// accessor takes a [`ThreadToken`].
#[derive(Default)]
pub(crate) struct ExtrasTable {
    map: RefCell<HashMap<usize, Extras, BuildHasherDefault<AddrHasher>>>,
}

impl ExtrasTable {
    /// Runs `f` on the extras of the task at `addr`, made now if it has none. `f` must not
    /// run user code (no waker clone or drop): the table is borrowed meanwhile.
    pub(crate) fn with<R>(
        &self,
        _: ThreadToken,
        addr: usize,
        f: impl FnOnce(&mut Extras) -> R,
    ) -> R {
        f(self.map.borrow_mut().entry(addr).or_default())
    }

    /// Runs `f` on the extras of the task at `addr`, if it has some; as for
    /// [`with`](ExtrasTable::with).
    pub(crate) fn get<R>(
        &self,
        _: ThreadToken,
        addr: usize,
        f: impl FnOnce(&mut Extras) -> R,
    ) -> Option<R> {
        self.map.borrow_mut().get_mut(&addr).map(f)
    }

    /// Takes the extras of the task at `addr` out of the table.
    pub(crate) fn remove(&self, _: ThreadToken, addr: usize) -> Option<Extras> {
        self.map.borrow_mut().remove(&addr)
    }

    /// How many tasks have extras.
    #[cfg(test)]
    pub(crate) fn len(&self, _: ThreadToken) -> usize {
        self.map.borrow().len()
    }
}

// SAFETY: the table sits in the scheduler's `Shared` part, which wakers on any thread
// reach, but it is touched only on the scheduler's thread: every accessor takes a
// `ThreadToken`, which exists nowhere else (the table is reached through its tasks' cores
// or through `Local`, both of this thread's schedulers, see `ThreadToken`). What it holds
// is `Send`, so the part may be dropped on any thread.
unsafe impl Sync for ExtrasTable {}

#[cfg(test)]
mod tests {
    use alloc::sync::Arc;
    use core::sync::atomic::{AtomicBool, Ordering};
    use core::task::{Context, Waker};
    use core::time::Duration;
    use std::task::Wake;

    use crate::channel::channel;
    use crate::sched::{Scheduler, SchedulerBuilder};

    /// A task that sleeps has an entry while it lives, and none once it ends; a task that
    /// only receives, sends or selects has none.
    #[test]
    fn a_task_has_extras_from_its_first_use_until_it_ends() {
        let sched = SchedulerBuilder::new().virtual_clock().build();
        let (tx, rx) = channel::<u32>(0);
        let (done_tx, done_rx) = channel::<()>(0);
        let sleeper = sched.spawn(crate::coro!(move || {
            sleep!(Duration::from_secs(1));
            recv!(done_rx);
            1
        }));
        let selector = sched.spawn(crate::coro!(move || {
            select! {
                v = recv(rx) => v,
                _ = send(done_tx, ()) => None,
            }
        }));
        let plain = sched.spawn(crate::coro!(move || send!(tx, 7).is_ok()));
        let table = &sched.local.shared.extras;
        let on = sched.local.token();
        assert_eq!(table.len(on), 0, "no task has run yet");
        sched.run().unwrap();
        assert_eq!(table.len(on), 0, "every task ended");
        assert_eq!(sleeper.try_join(), Some(Ok(1)));
        assert_eq!(selector.try_join(), Some(Ok(Some(7))));
        assert_eq!(plain.try_join(), Some(Ok(true)));
    }

    /// A task joined through a waker before it ran has an entry; cancelling it, as its
    /// scheduler goes, takes the entry out and wakes the joiner.
    #[test]
    fn a_dropped_scheduler_empties_the_table() {
        struct Flag(AtomicBool);
        impl Wake for Flag {
            fn wake(self: Arc<Self>) {
                self.0.store(true, Ordering::SeqCst);
            }
        }
        let sched = Scheduler::new();
        let handle = sched.spawn(crate::coro!(|| 1));
        let flag = Arc::new(Flag(AtomicBool::new(false)));
        let waker = Waker::from(Arc::clone(&flag));
        let shared = Arc::clone(&sched.local.shared);
        assert!(
            handle
                .poll_join(&mut Context::from_waker(&waker))
                .is_pending()
        );
        // (A token proves the thread, which stays this scheduler's after it is dropped.)
        let on = sched.local.token();
        assert_eq!(shared.extras.len(on), 1);
        drop(sched);
        assert_eq!(shared.extras.len(on), 0);
        assert!(flag.0.load(Ordering::SeqCst), "the joiner was woken");
        assert!(handle.try_join().is_some_and(|r| r.is_err()));
    }
}
