//! [`Local`]: the scheduler's state on its own thread, with what it does there besides the
//! run loop: spawning, releasing the tasks that end, finding those that have not, task ids
//! and the generator of `select!`'s choices.

use alloc::borrow::Cow;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::hash::BuildHasherDefault;
use core::mem;
use core::ptr::NonNull;
use core::task::Waker;
use std::collections::{HashMap, HashSet};

use super::extras::AddrHasher;
use super::shared::Shared;
use super::task::{Core, JoinHandle, Task, TaskId, TaskRef};
use super::time::{Clock, Timers};
use super::token::ThreadToken;
use crate::Coroutine;

/// How many task ids a scheduler takes from the process-wide counter at once.
const ID_BLOCK: u64 = 1024;

/// The scheduler's state, on its own thread.
pub(crate) struct Local {
    pub(crate) shared: Arc<Shared>,
    /// How many tasks have not ended.
    pub(super) live: Cell<usize>,
    /// The tasks too large for the slab, which [`Local::for_each_unfinished`] does not find
    /// there.
    pub(super) large: RefCell<HashSet<NonNull<Core>, BuildHasherDefault<AddrHasher>>>,
    /// The names of the tasks spawned with one, by address.
    pub(super) names: RefCell<HashMap<usize, Cow<'static, str>>>,
    /// The remote queue's previous buffer, swapped in to drain it without allocating.
    pub(super) remote_spare: RefCell<Vec<Waker>>,
    pub(crate) timers: Timers,
    pub(crate) clock: Clock,
    pub(super) rng: Cell<u64>,
    pub(super) seed: u64,
    /// The unused part of this scheduler's block of task ids: next, end.
    pub(super) ids: Cell<(u64, u64)>,
    pub(super) running: Cell<bool>,
    /// The reactor, made when a task first waits on a socket.
    #[cfg(feature = "net")]
    pub(super) reactor: core::cell::OnceCell<alloc::rc::Rc<super::reactor::Reactor>>,
}

impl Local {
    #[inline]
    pub(super) fn push(&self, task: TaskRef) {
        self.shared.run_queue.push(task);
    }

    /// The proof that this is the scheduler's thread: `self` cannot be elsewhere (it is
    /// neither `Send` nor `Sync`).
    #[inline]
    pub(crate) fn token(&self) -> ThreadToken {
        ThreadToken::of_scheduler(self)
    }

    /// The scheduler's reactor, made now if it is the first time.
    ///
    /// # Errors
    ///
    /// If the system cannot make one (out of file descriptors).
    #[cfg(feature = "net")]
    pub(crate) fn reactor(&self) -> std::io::Result<&alloc::rc::Rc<super::reactor::Reactor>> {
        if let Some(reactor) = self.reactor.get() {
            return Ok(reactor);
        }
        let (reactor, waker) = super::reactor::Reactor::new()?;
        // The waker first: a thread that sees the scheduler blocking in the poll finds it.
        let _ = self.shared.io_waker.set(waker);
        Ok(self.reactor.get_or_init(|| alloc::rc::Rc::new(reactor)))
    }

    /// Whether a task waits on a socket (the outside world will wake it).
    #[cfg_attr(
        not(feature = "net"),
        expect(clippy::unused_self, reason = "without sockets, none waits")
    )]
    pub(crate) fn waits_on_sockets(&self) -> bool {
        #[cfg(feature = "net")]
        return self.live.get() > 0
            && self
                .reactor
                .get()
                .is_some_and(|reactor| reactor.waiting() > 0);
        #[cfg(not(feature = "net"))]
        false
    }

    /// How many tasks are ready to run.
    pub(crate) fn runnable(&self) -> usize {
        self.shared.run_queue.len(self.token())
    }

    pub(crate) fn task_count(&self) -> usize {
        self.live.get()
    }

    /// A task ended (it finished; `large`: it is not in the slab): the scheduler drops its
    /// own reference to it, and its name.
    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, 11 instructions more per task"
    )]
    #[inline(always)]
    pub(crate) fn release(&self, task: &TaskRef, large: bool) {
        self.live.set(self.live.get() - 1);
        let core = task.core();
        let name = if core.flags().is_named() {
            self.names.borrow_mut().remove(&task.addr().addr())
        } else {
            None
        };
        if large {
            self.large.borrow_mut().remove(&task.as_ptr());
        }
        // SAFETY: the reference `spawn` left to the scheduler, released once: the task
        // ended only now.
        drop(unsafe { TaskRef::from_raw(task.as_ptr()) });
        drop(name);
    }

    /// Every task that has not ended, each with the scheduler's own reference to it; the
    /// count of live tasks is then zero.
    pub(super) fn take_unfinished(&self) -> Vec<TaskRef> {
        if self.live.get() == 0 {
            // The usual end: nothing to look for.
            return Vec::new();
        }
        let mut tasks = Vec::with_capacity(self.live.get());
        self.for_each_unfinished(|task| {
            // SAFETY: the task has not ended, so the reference `spawn` left to the
            // scheduler is still there, and it is taken once (the count of live tasks goes
            // to zero, and no task ends after this, as none runs any more).
            tasks.push(unsafe { TaskRef::from_raw(task) });
        });
        self.live.set(0);
        self.large.borrow_mut().clear();
        tasks
    }

    /// Calls `f` with every task that has not ended: those in the slab, found in its
    /// chunks, and the large ones.
    pub(super) fn for_each_unfinished(&self, mut f: impl FnMut(NonNull<Core>)) {
        // SAFETY: `self` is the scheduler's state, on its thread (it is neither `Send` nor
        // `Sync`), and the scheduler lives while it does.
        let blocks = unsafe { self.shared.slab.blocks_in_use() };
        let on = self.token();
        let large: Vec<NonNull<Core>> = self.large.borrow().iter().copied().collect();
        for task in blocks.into_iter().map(NonNull::cast).chain(large) {
            // SAFETY: a block in use holds a task (`Task::spawn` writes one in every block
            // it takes), alive until its count goes; one whose count went on another thread
            // meanwhile ended before, and only its flags are read, which nothing writes any
            // more. The task is of this scheduler, whose thread the token is.
            let core = unsafe { task.as_ref() }.on(on);
            if !core.flags().is_complete() {
                f(task);
            }
        }
    }

    /// A new task id: from a block of ids taken from the process-wide counter at once, so
    /// that spawning takes no atomic operation (most of the time).
    pub(crate) fn next_id(&self) -> TaskId {
        let (next, end) = self.ids.get();
        let (next, end) = if next == end {
            TaskId::block(ID_BLOCK)
        } else {
            (next, end)
        };
        self.ids.set((next + 1, end));
        TaskId::new(next)
    }

    /// A number uniform in `0..n` (xorshift64*, reduced by multiply-shift).
    pub(crate) fn random_below(&self, n: usize) -> usize {
        let mut x = self.rng.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng.set(x);
        let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32;
        // `r < 2^32`, so the product fits in a u64 and the result is below `n`.
        usize::try_from((r * n as u64) >> 32).unwrap_or(0)
    }

    #[inline]
    pub(super) fn spawn<C>(
        &self,
        coroutine: C,
        name: Option<Cow<'static, str>>,
    ) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + 'static,
    {
        self.spawn_as(coroutine, name, self.next_id())
    }

    /// Spawns a task with the id `id` (a runtime's task takes the id its join handle got
    /// when it was queued).
    pub(crate) fn spawn_as<C>(
        &self,
        coroutine: C,
        name: Option<Cow<'static, str>>,
        id: TaskId,
    ) -> JoinHandle<C::Return>
    where
        C: Coroutine<(), Yield = ()> + 'static,
    {
        let task = Task::spawn(coroutine, id, self);
        // The scheduler's own reference, until the task ends (`release`) or is cancelled
        // (`take_unfinished`): it keeps a task that nothing else refers to, and the slab's
        // blocks in use are where the scheduler finds it.
        mem::forget(task.clone());
        self.live.set(self.live.get() + 1);
        if Task::<C>::OWN_COUNT {
            self.large.borrow_mut().insert(task.as_ptr());
        }
        if let Some(name) = name {
            self.names.borrow_mut().insert(task.addr().addr(), name);
            let core = task.core();
            core.set_flags(core.flags().with_named());
        }
        self.push(task.clone());
        JoinHandle::new::<C>(task)
    }
}
