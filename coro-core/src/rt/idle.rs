//! The idle protocol: which workers sleep, when the runtime is quiescent (every task ended)
//! or deadlocked (every task blocked for good), and shutdown. One `Mutex` holds the state;
//! a worker takes it only on its way to sleep and back, never between two tasks.
//!
//! The rules, which make "every worker idle and no wake-up flag set" mean that nothing is
//! in flight:
//!
//! - Anything that gives a worker something to do from elsewhere (a wake-up of one of its
//!   tasks, a task queued for it) sets that worker's flag (its scheduler's `pending`)
//!   after queueing it; a worker running a task that does so sets the flag before it goes
//!   idle itself, under this lock.
//! - A worker goes idle only under the lock, after checking there that its flag is clear
//!   and its queues are empty; it clears its flag (draining its wake-ups) only after it has
//!   left idle, under the lock. So while it is idle, a flag set for it stays set.
//! - When the last worker goes idle and no flag is set, nothing runs and nothing is on its
//!   way: if no worker has a live task, the runtime is quiescent; if some do, and none
//!   waits on a timer or a socket, each idle worker lists its blocked tasks (on its own
//!   thread, asked by an unpark that sets no flag), and the last to answer decides: a
//!   deadlock, unless a task waits in `wait!` (whose wake-up may come from outside).
//!
//! [`Flags`] is what the protocol needs of the workers (their flags, and unparking them),
//! so that the protocol can be exercised alone: the loom models of
//! `coro-core/tests/loom_rt.rs` run it with model workers (TESTING.md).

use alloc::vec::Vec;
use core::sync::atomic::Ordering;
use std::sync::PoisonError;

use crate::primitive::{AtomicUsize, Condvar, Mutex, MutexGuard};
use crate::sched::{BlockedTask, Deadlock, WaitingOn};

/// What the protocol needs of the workers.
pub(crate) trait Flags {
    /// Whether worker `i` has a wake-up flag set.
    fn is_set(&self, i: usize) -> bool;
    /// Unparks worker `i` without setting its flag (to ask for its blocked tasks).
    fn unpark(&self, i: usize);
    /// Sets worker `i`'s flag and wakes it.
    fn nudge(&self, i: usize);
}

/// A worker's entry in the idle state.
#[derive(Debug, Default, Clone, Copy)]
struct Entry {
    idle: bool,
    /// Counted in `sleepers`: idle and not yet nudged for stealable work.
    counted: bool,
    /// Live tasks, as of going idle.
    live: usize,
    /// Waits on a timer or a socket: it will wake by itself.
    external: bool,
}

#[derive(Debug)]
struct State {
    workers: Vec<Entry>,
    idle: usize,
    /// What `run` returns, once decided (cleared when a worker leaves idle).
    outcome: Option<Result<(), Deadlock>>,
    /// The blocked tasks of each worker, while a deadlock check asks them.
    round: Option<Vec<Option<Vec<BlockedTask>>>>,
    /// The last check found a task in `wait!`: no new check until a worker leaves idle.
    waits_outside: bool,
    shutdown: bool,
}

/// What a worker going idle leaves behind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Load {
    /// Its live tasks.
    pub(crate) live: usize,
    /// Whether one waits on a timer or a socket (the worker will wake by itself).
    pub(crate) external: bool,
}

/// What a woken worker does next.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Woken {
    /// Back to work.
    Leave,
    /// Still nothing to do: sleep again.
    Stay,
    /// The runtime shuts down.
    Shutdown,
}

/// The idle state of a runtime's workers.
#[derive(Debug)]
pub(crate) struct Idle {
    state: Mutex<State>,
    /// Signalled when `outcome` is decided.
    decided: Condvar,
    /// How many workers sleep and were not nudged for stealable work since: read without
    /// the lock by a worker that queues a task others may steal.
    sleepers: AtomicUsize,
}

impl Idle {
    pub(crate) fn new(workers: usize) -> Idle {
        Idle {
            state: Mutex::new(State {
                workers: alloc::vec![Entry::default(); workers],
                idle: 0,
                outcome: None,
                round: None,
                waits_outside: false,
                shutdown: false,
            }),
            decided: Condvar::new(),
            sleepers: AtomicUsize::new(0),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // No user code runs under the lock but the listing of blocked tasks, which reads
        // only the schedulers' own records.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Worker `i` goes idle with its [`Load`], unless `has_work` says (under the lock) that its flag is set or its queues
    /// are not empty, or `work_elsewhere` says (after it counted as a sleeper) that another
    /// worker has tasks to steal. Returns whether it went idle; `blocked` lists its blocked
    /// tasks if a deadlock check starts now.
    pub(crate) fn enter<F: Flags>(
        &self,
        i: usize,
        Load { live, external }: Load,
        flags: &F,
        has_work: impl FnOnce() -> bool,
        work_elsewhere: impl FnOnce() -> bool,
        blocked: impl FnOnce() -> Vec<BlockedTask>,
    ) -> bool {
        let mut state = self.lock();
        if state.shutdown || has_work() {
            return false;
        }
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        if work_elsewhere() {
            self.sleepers.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        state.workers[i] = Entry {
            idle: true,
            counted: true,
            live,
            external,
        };
        state.idle += 1;
        self.check(&mut state, i, flags, blocked);
        true
    }

    /// Worker `i` woke up while idle; `has_work` tells whether it has something to do (a
    /// flag, a queued task, a due timer, a ready socket), `blocked` lists its blocked tasks
    /// if a deadlock check asks for them.
    pub(crate) fn woken(
        &self,
        i: usize,
        has_work: impl FnOnce() -> bool,
        blocked: impl FnOnce() -> Vec<BlockedTask>,
    ) -> Woken {
        let mut state = self.lock();
        if state.shutdown {
            self.leave(&mut state, i);
            return Woken::Shutdown;
        }
        let entry = &mut state.workers[i];
        if entry.idle && !entry.counted {
            // Nudged for stealable work, which another took first: counted again (before
            // looking, as in `enter`), so that the next task queued wakes it.
            entry.counted = true;
            self.sleepers.fetch_add(1, Ordering::SeqCst);
        }
        if has_work() {
            self.leave(&mut state, i);
            return Woken::Leave;
        }
        let asked = state.round.as_ref().is_some_and(|round| round[i].is_none());
        if asked {
            self.answer(&mut state, i, blocked());
        }
        Woken::Stay
    }

    /// Worker `i` leaves idle: whatever was decided no longer holds.
    fn leave(&self, state: &mut State, i: usize) {
        let entry = &mut state.workers[i];
        if !entry.idle {
            return;
        }
        if entry.counted {
            self.sleepers.fetch_sub(1, Ordering::SeqCst);
        }
        *entry = Entry::default();
        state.idle -= 1;
        state.outcome = None;
        state.round = None;
        state.waits_outside = false;
    }

    /// Decides what can be decided now that worker `me` is idle.
    fn check<F: Flags>(
        &self,
        state: &mut State,
        me: usize,
        flags: &F,
        blocked: impl FnOnce() -> Vec<BlockedTask>,
    ) {
        let n = state.workers.len();
        if state.idle < n || state.outcome.is_some() || state.round.is_some() {
            return;
        }
        if state.waits_outside || state.workers.iter().any(|entry| entry.external) {
            return;
        }
        if (0..n).any(|i| flags.is_set(i)) {
            // A wake-up is on its way: its worker will leave idle.
            return;
        }
        if state.workers.iter().all(|entry| entry.live == 0) {
            state.outcome = Some(Ok(()));
            self.decided.notify_all();
            return;
        }
        let mut round = alloc::vec![None; n];
        for (i, answer) in round.iter_mut().enumerate() {
            if state.workers[i].live == 0 {
                *answer = Some(Vec::new());
            }
        }
        state.round = Some(round);
        if state
            .round
            .as_ref()
            .is_some_and(|round| round[me].is_none())
        {
            self.answer(state, me, blocked());
        }
        let missing: Vec<usize> = state
            .round
            .iter()
            .flat_map(|round| round.iter().enumerate())
            .filter(|(_, answer)| answer.is_none())
            .map(|(i, _)| i)
            .collect();
        for i in missing {
            flags.unpark(i);
        }
    }

    /// Worker `i`'s blocked tasks for the current check; the last answer decides.
    fn answer(&self, state: &mut State, i: usize, blocked: Vec<BlockedTask>) {
        let Some(round) = state.round.as_mut() else {
            return;
        };
        round[i] = Some(blocked);
        if round.iter().any(Option::is_none) {
            return;
        }
        let Some(round) = state.round.take() else {
            return;
        };
        let blocked: Vec<BlockedTask> = round.into_iter().flatten().flatten().collect();
        if blocked
            .iter()
            .any(|task| task.waiting_on() == WaitingOn::Other)
        {
            // A task in `wait!` may be woken from outside: wait for that.
            state.waits_outside = true;
            return;
        }
        state.outcome = Some(Err(Deadlock::of_runtime(blocked)));
        self.decided.notify_all();
    }

    /// Nudges one sleeping worker (if any sleeps): a task others may steal was queued.
    #[inline]
    pub(crate) fn wake_a_thief<F: Flags>(&self, flags: &F) {
        if self.sleepers.load(Ordering::SeqCst) != 0 {
            self.wake_a_sleeper(flags);
        }
    }

    /// [`wake_a_thief`](Self::wake_a_thief) once a worker was seen asleep.
    #[inline(never)]
    fn wake_a_sleeper<F: Flags>(&self, flags: &F) {
        let mut state = self.lock();
        let Some(i) = state.workers.iter().position(|entry| entry.counted) else {
            return;
        };
        state.workers[i].counted = false;
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
        drop(state);
        flags.nudge(i);
    }

    /// Waits until every task has ended (`Ok`) or every one left is blocked for good.
    pub(crate) fn wait<F: Flags>(&self, flags: &F) -> Result<(), Deadlock> {
        let mut state = self.lock();
        loop {
            let n = state.workers.len();
            if let Some(outcome) = &state.outcome
                && !(0..n).any(|i| flags.is_set(i))
            {
                return outcome.clone();
            }
            state = self
                .decided
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// The runtime shuts down: every worker is to stop (the caller nudges them).
    pub(crate) fn shut_down(&self) {
        self.lock().shutdown = true;
    }
}
