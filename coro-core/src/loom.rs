//! The runtime's cross-thread protocols, for the loom models only (`--cfg loom` builds;
//! TESTING.md): thin handles on the crate's own types, so that `coro-core/tests/loom*.rs`
//! run the real code with model threads standing in for the schedulers. Not public API.

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::ptr::NonNull;

use crate::channel::sync;
use crate::rt::{idle, queue, slots};
use crate::sched::signal;
use crate::sched::{BlockedTask, Deadlock, TaskId, WaitingOn};

/// A scheduler's wake-up handshake ([`signal::Signal`]).
#[derive(Debug, Default)]
pub struct Signal(signal::Signal);

impl Signal {
    /// A clear signal.
    #[must_use]
    pub fn new() -> Signal {
        Signal(signal::Signal::new())
    }

    /// A wake-up from elsewhere: returns whether the reactor's waker is to be written.
    #[must_use]
    pub fn raise(&self) -> bool {
        self.0.raise() == signal::Blocking::Reactor
    }

    /// A wake-up from elsewhere: returns whether the thread is to be unparked.
    #[must_use]
    pub fn raise_parked(&self) -> bool {
        self.0.raise() == signal::Blocking::Parked
    }

    /// The scheduler's look between tasks, then its taking of the flag.
    #[must_use]
    pub fn take(&self) -> bool {
        self.0.is_raised() && self.0.take()
    }

    /// The scheduler blocks in its reactor with `wait` unless the flag is set (then
    /// returns `raised`).
    pub fn block<R>(&self, wait: impl FnOnce() -> R, raised: R) -> R {
        self.0.block(signal::Blocking::Reactor, wait, raised)
    }

    /// The scheduler parks with `wait` unless the flag is set (then returns `raised`).
    pub fn park<R>(&self, wait: impl FnOnce() -> R, raised: R) -> R {
        self.0.block(signal::Blocking::Parked, wait, raised)
    }
}

/// What the drop of a task whose receive waits on `rx` does to the channel (its coroutine's
/// pending receive is withdrawn, `channel/sync/waits.rs`): withdraws the receives of the
/// party whose wakers carry the data of `waker`; a value handed to one goes back to the
/// front of the buffer, and the receivers that wait are woken.
pub fn withdraw_receives<T>(rx: &sync::Receiver<T>, waker: &core::task::Waker) {
    rx.withdraw_task(waker.data());
}

/// A stealable queue of plain values ([`queue::JobQueue`]).
#[derive(Debug, Default)]
pub struct JobQueue(queue::JobQueue<u32>);

impl JobQueue {
    /// An empty queue.
    #[must_use]
    pub fn new() -> JobQueue {
        JobQueue::default()
    }

    /// Queues `job` last.
    pub fn push(&self, job: u32) {
        self.0.push(job);
    }

    /// Queues `jobs` last, in their order (emptying `jobs`).
    pub fn push_all(&self, jobs: &mut VecDeque<u32>) {
        self.0.push_all(jobs);
    }

    /// Takes the first job.
    pub fn pop(&self) -> Option<u32> {
        self.0.pop()
    }

    /// Takes the older half (rounded up) into `into`; returns how many.
    pub fn steal_half(&self, into: &mut VecDeque<u32>) -> usize {
        self.0.steal_half(into)
    }

    /// Takes every job.
    pub fn take_all(&self) -> VecDeque<u32> {
        self.0.take_all()
    }

    /// How many jobs wait (a snapshot).
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no job waits (a snapshot).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// What the idle protocol needs of the workers ([`idle::Flags`]), provided by a model.
pub trait Flags {
    /// Whether worker `i` has a wake-up flag set.
    fn is_set(&self, i: usize) -> bool;
    /// Unparks worker `i` without setting its flag.
    fn unpark(&self, i: usize);
    /// Sets worker `i`'s flag and wakes it.
    fn nudge(&self, i: usize);
}

/// A model's [`Flags`] seen as the protocol's.
struct Model<'a, F>(&'a F);

impl<F: Flags> idle::Flags for Model<'_, F> {
    fn is_set(&self, i: usize) -> bool {
        self.0.is_set(i)
    }

    fn unpark(&self, i: usize) {
        self.0.unpark(i);
    }

    fn nudge(&self, i: usize) {
        self.0.nudge(i);
    }
}

/// What a woken worker does next ([`idle::Woken`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woken {
    /// Back to work.
    Leave,
    /// Sleep again.
    Stay,
    /// Stop.
    Shutdown,
}

/// The blocked tasks of worker `i`, numbered `ids` (each waiting on a join).
fn blocked(i: usize, ids: Vec<u64>) -> Vec<BlockedTask> {
    ids.into_iter()
        .map(|id| BlockedTask {
            id: TaskId::new(id),
            name: None,
            waiting_on: WaitingOn::Join(TaskId::new(0)),
            scheduler: Some(i),
        })
        .collect()
}

/// The idle protocol of a runtime's workers ([`idle::Idle`]).
#[derive(Debug)]
pub struct Idle(idle::Idle);

impl Idle {
    /// The state of `workers` workers, none idle.
    #[must_use]
    pub fn new(workers: usize) -> Idle {
        Idle(idle::Idle::new(workers))
    }

    /// Worker `i`, with `live` live tasks (none waiting on a timer or a socket), goes idle
    /// unless `has_work` or `work_elsewhere`; `blocked_ids` numbers its blocked tasks.
    /// Returns whether it went idle.
    pub fn enter<F: Flags>(
        &self,
        i: usize,
        live: usize,
        flags: &F,
        has_work: impl FnOnce() -> bool,
        work_elsewhere: impl FnOnce() -> bool,
        blocked_ids: impl FnOnce() -> Vec<u64>,
    ) -> bool {
        self.0.enter(
            i,
            idle::Load {
                live,
                external: false,
            },
            &Model(flags),
            has_work,
            work_elsewhere,
            || blocked(i, blocked_ids()),
        )
    }

    /// Idle worker `i` woke up.
    pub fn woken(
        &self,
        i: usize,
        has_work: impl FnOnce() -> bool,
        blocked_ids: impl FnOnce() -> Vec<u64>,
    ) -> Woken {
        match self.0.woken(i, has_work, || blocked(i, blocked_ids())) {
            idle::Woken::Leave => Woken::Leave,
            idle::Woken::Stay => Woken::Stay,
            idle::Woken::Shutdown => Woken::Shutdown,
        }
    }

    /// Nudges one sleeping worker, if one sleeps and was not nudged since: a task others
    /// may steal was queued.
    pub fn wake_a_thief<F: Flags>(&self, flags: &F) {
        self.0.wake_a_thief(&Model(flags));
    }

    /// Waits for quiescence (`Ok`) or a deadlock.
    ///
    /// # Errors
    ///
    /// The deadlock, with every blocked task.
    pub fn wait<F: Flags>(&self, flags: &F) -> Result<(), Deadlock> {
        self.0.wait(&Model(flags))
    }

    /// Every worker is to stop (the caller nudges them).
    pub fn shut_down(&self) {
        self.0.shut_down();
    }
}

/// A thread's carver of the slots of placed tasks ([`slots::Carver`]), carving its smallest
/// class.
pub struct Carver(slots::Carver);

impl Carver {
    /// A carver with no block.
    #[must_use]
    pub fn new() -> Carver {
        Carver(slots::Carver::new())
    }

    /// A slot.
    #[must_use]
    pub fn carve(&self) -> Slot {
        Slot(self.0.carve(0).1)
    }

    /// Gives up the block being carved; returns whether that freed it.
    #[must_use]
    pub fn give_up(&self) -> bool {
        self.0.give_up() > 0
    }
}

impl core::fmt::Debug for Carver {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Carver")
    }
}

impl Default for Carver {
    fn default() -> Self {
        Carver::new()
    }
}

/// A slot carved by a [`Carver`], in use until freed (by any thread).
#[derive(Debug)]
pub struct Slot(NonNull<slots::Block>);

// SAFETY: the slot's part of its block's count, which any thread may give up.
unsafe impl Send for Slot {}

impl Slot {
    /// Frees the slot; returns whether that freed its block.
    #[must_use]
    pub fn free(self) -> bool {
        // SAFETY: the slot's part of its block's count, held once (a `Slot` is made by a
        // carve only, and consumed here).
        unsafe { slots::release(self.0, 1) }
    }
}
