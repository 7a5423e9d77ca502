//! The parts of a task that few tasks use — a timer, `select!`, a join through a waker —
//! kept beside the tasks rather than in them: a table in the scheduler's shared part, by the
//! task's address, with an entry made by the task's first use and removed when it ends. A
//! task has an entry only while its core's `EXTRAS` flag is set, so the others never look
//! the table up, and no task carries a word for it.

use core::cell::RefCell;
use core::hash::{BuildHasherDefault, Hasher};
use core::mem;
use core::task::Waker;
use std::collections::HashMap;

use crate::channel::Choice;

/// One task's extras.
#[derive(Default)]
pub(crate) struct Extras {
    /// The sequence number of the timer this task set during its latest resume; 0 when
    /// there is none. (Its deadline is in the timer heap, and, while the task runs, in its
    /// `TaskContext`.)
    pub(crate) timer: u64,
    /// Ties the arms of the task's `select!`s, created by the first one.
    pub(crate) choice: Option<Choice>,
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

/// Every task's extras, by task address.
#[derive(Default)]
pub(crate) struct ExtrasTable {
    map: RefCell<HashMap<usize, Extras, BuildHasherDefault<AddrHasher>>>,
}

impl ExtrasTable {
    /// Runs `f` on the extras of the task at `addr`, made now if it has none. `f` must not
    /// run user code (no waker clone or drop): the table is borrowed meanwhile.
    pub(crate) fn with<R>(&self, addr: usize, f: impl FnOnce(&mut Extras) -> R) -> R {
        f(self.map.borrow_mut().entry(addr).or_default())
    }

    /// Runs `f` on the extras of the task at `addr`, if it has some; as for
    /// [`with`](ExtrasTable::with).
    pub(crate) fn get<R>(&self, addr: usize, f: impl FnOnce(&mut Extras) -> R) -> Option<R> {
        self.map.borrow_mut().get_mut(&addr).map(f)
    }

    /// Takes the extras of the task at `addr` out of the table.
    pub(crate) fn remove(&self, addr: usize) -> Option<Extras> {
        self.map.borrow_mut().remove(&addr)
    }

    /// Empties the table (the scheduler is going), dropping the extras outside its borrow.
    pub(crate) fn clear(&self) {
        let all = mem::take(&mut *self.map.borrow_mut());
        drop(all);
    }

    /// How many tasks have extras.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.borrow().len()
    }
}

// SAFETY: the table sits in the scheduler's `Shared` part, which wakers on any thread reach,
// but it is touched only on the scheduler's thread: through a task's core by the task itself
// while it runs, by its scheduler, and by `TaskRef`s and join handles, none of which leaves
// that thread. Its `select!` choices (`Rc`s) are made only by running tasks, and the
// scheduler empties the table on its thread as it goes (`Scheduler::drop`); after that only
// a join handle's poll of a task left unfinished by a panic there may add an entry, holding
// a `Waker` (`Send` and `Sync`) and no choice, so whichever thread drops the shared part
// drops only thread-safe data.
unsafe impl Send for ExtrasTable {}
// SAFETY: as above.
unsafe impl Sync for ExtrasTable {}

#[cfg(test)]
mod tests {
    use core::time::Duration;

    use crate::channel::channel;
    use crate::sched::{Scheduler, SchedulerBuilder};

    /// A task that sleeps or selects has an entry while it lives, and none once it ends.
    #[test]
    fn a_task_has_extras_from_its_first_use_until_it_ends() {
        let sched = SchedulerBuilder::new().virtual_clock().build();
        let (tx, rx) = channel::<u32>(0);
        let sleeper = sched.spawn(crate::coro!(|| {
            sleep!(Duration::from_secs(1));
            1
        }));
        let selector = sched.spawn(crate::coro!(move || {
            select! {
                v = recv(rx) => v,
                _ = sleep(Duration::from_secs(5)) => None,
            }
        }));
        let plain = sched.spawn(crate::coro!(move || { send!(tx, 7).is_ok() }));
        let table = &sched.local.shared.extras;
        assert_eq!(table.len(), 0, "no task has run yet");
        sched.run().unwrap();
        assert_eq!(table.len(), 0, "every task ended");
        assert_eq!(sleeper.try_join(), Some(Ok(1)));
        assert_eq!(selector.try_join(), Some(Ok(Some(7))));
        assert_eq!(plain.try_join(), Some(Ok(true)));
    }

    /// Tasks parked in a `select!` when their scheduler goes leave no entry behind, even
    /// while a channel still refers to them.
    #[test]
    fn a_dropped_scheduler_empties_the_table() {
        let sched = Scheduler::new();
        let (_a_tx, a) = channel::<u32>(0);
        let (_b_tx, b) = channel::<u32>(0);
        let waiting = sched.spawn(crate::coro!(move || {
            select! {
                v = recv(a) => v,
                v = recv(b) => v,
            }
        }));
        let shared = alloc::sync::Arc::clone(&sched.local.shared);
        assert!(sched.run().is_err(), "the task waits forever");
        assert_eq!(shared.extras.len(), 1);
        drop(sched);
        assert_eq!(shared.extras.len(), 0);
        assert!(waiting.try_join().is_some_and(|r| r.is_err()));
    }
}
