//! The run loop: resumes the tasks of the run queue one at a time, takes in the wake-ups
//! from other threads, fires timers, and tells when every task is blocked for good.

use alloc::vec::Vec;
use core::ptr::NonNull;
use core::sync::atomic::Ordering;
use std::sync::PoisonError;

use super::local::Local;
use super::signal::Blocking;
use super::task::{Core, TaskRef};
use super::{BlockedTask, Deadlock, WaitingOn};

/// What the run loop does when its run queue is empty, no timer is due and no wake-up
/// came from elsewhere: the hook through which a runtime's worker takes tasks queued for
/// it, steals, and sleeps. A lone scheduler's is [`Alone`], whose calls compile to nothing.
pub(crate) trait Idle {
    /// Called every 64 runs; `true` stops the loop (the runtime shuts down).
    fn between_tasks(&self, local: &Local) -> bool;
    /// What to do now that nothing is ready.
    fn idle(&self, local: &Local) -> IdleStep;
}

/// The answer of [`Idle::idle`].
pub(crate) enum IdleStep {
    /// Look at the run queue again (a task was made ready).
    Continue,
    /// Return from the loop.
    Stop,
    /// Do what a lone scheduler does: wait for timers and sockets, end when every task
    /// has, report a deadlock.
    Alone,
}

/// A lone scheduler: nothing to take from elsewhere.
pub(crate) struct Alone;

impl Idle for Alone {
    #[inline]
    fn between_tasks(&self, _: &Local) -> bool {
        false
    }

    #[inline]
    fn idle(&self, _: &Local) -> IdleStep {
        IdleStep::Alone
    }
}

impl Local {
    /// Moves the tasks woken from other threads into the run queue; returns how many.
    #[inline]
    fn drain_remote(&self) -> usize {
        // A plain load first: the swap is a read-modify-write, and this runs between tasks.
        if !self.shared.signal.is_raised() {
            return 0;
        }
        self.drain_remote_queue()
    }

    #[inline(never)]
    fn drain_remote_queue(&self) -> usize {
        if !self.shared.signal.take() {
            return 0;
        }
        let mut woken = self.remote_spare.borrow_mut();
        core::mem::swap(
            &mut self
                .shared
                .remote
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .wakers,
            &mut *woken,
        );
        let mut count = 0;
        let on = self.token();
        for waker in woken.drain(..) {
            let task = NonNull::new(waker.data().cast_mut().cast::<Core>())
                .unwrap_or_else(|| unreachable!("a task's waker carries its address"));
            // SAFETY: the waker keeps the task alive, and its data is the task's address,
            // with the provenance of the whole task (`TaskRef::addr`).
            let core = unsafe { task.as_ref() };
            // From now on, a wake-up from elsewhere queues the task again. A
            // read-modify-write, not a store: a wake-up that came after the queue was taken
            // saw the flag set and was merged into this one, and what its thread wrote
            // before waking must be visible to the resume it relies on.
            core.remote.swap(false, Ordering::AcqRel);
            // The task is of this scheduler, whose thread the token is.
            if core.on(on).flags().is_wakeable() {
                // SAFETY: the task is of this scheduler, and the waker keeps it alive.
                unsafe { TaskRef::from_core(task, on) }.wake();
                count += 1;
            }
            drop(waker);
        }
        count
    }

    /// The run loop, with `idle` deciding what to do when the run queue is empty (a lone
    /// scheduler's [`Alone`]; a runtime's worker takes queued tasks, steals, sleeps).
    pub(crate) fn run<I: Idle>(&self, idle: &I) -> Result<(), Deadlock> {
        let mut polls: u32 = 0;
        loop {
            self.drain_remote();
            let next = self.shared.run_queue.pop(self.token());
            if let Some(task) = next {
                task.run(self);
                polls = polls.wrapping_add(1);
                // With the wall clock, timers come due while tasks run, and sockets become
                // ready: look now and then.
                if polls.is_multiple_of(64) {
                    self.look_between_tasks();
                    if idle.between_tasks(self) {
                        return Ok(());
                    }
                }
                continue;
            }
            if self.timers.fire_on(&self.clock) > 0 || self.drain_remote() > 0 {
                continue;
            }
            match idle.idle(self) {
                IdleStep::Continue => continue,
                IdleStep::Stop => return Ok(()),
                IdleStep::Alone => {}
            }
            // A task waiting on a socket waits for the outside world: wait for an event, a
            // wake-up, or the next timer. (Once every task has ended, a waker that code
            // outside the tasks left registered on a socket keeps nothing running.)
            #[cfg(feature = "net")]
            if self.live.get() > 0
                && self
                    .reactor
                    .get()
                    .is_some_and(|reactor| reactor.waiting() > 0)
            {
                self.block_in_reactor(self.timers.next());
                // The count of runs between looks starts again: a server whose queue
                // empties often looks once per round, not also every 64 runs.
                polls = 0;
                continue;
            }
            if let Some(at) = self.timers.next() {
                self.sleep_until(at);
                continue;
            }
            if self.live.get() == 0 {
                return Ok(());
            }
            let deadlock = self.deadlock();
            if deadlock
                .blocked
                .iter()
                .any(|task| task.waiting_on.may_end_elsewhere())
            {
                // Someone on another thread may wake it: wait for that (in the reactor if
                // there is one, which such a wake-up interrupts).
                #[cfg(feature = "net")]
                if self.reactor.get().is_some() {
                    self.block_in_reactor(None);
                    continue;
                }
                self.park();
                continue;
            }
            return Err(deadlock);
        }
    }

    /// Lets the clock reach `at` (see [`Clock::wait_until`]); a wake-up from another thread
    /// cuts a wait on the wall clock short (the handshake of [`Signal`](super::signal)).
    pub(crate) fn sleep_until(&self, at: core::time::Duration) {
        if self.clock.is_virtual() {
            self.clock.wait_until(at);
        } else {
            self.shared
                .signal
                .block(Blocking::Parked, || self.clock.wait_until(at), ());
        }
    }

    /// Parks the thread until a wake-up from another thread (or an unpark).
    pub(crate) fn park(&self) {
        self.shared
            .signal
            .block(Blocking::Parked, std::thread::park, ());
    }

    /// Fires the timers that came due (on the wall clock) and wakes the tasks whose sockets
    /// became ready, while tasks keep the run queue busy.
    pub(crate) fn look_between_tasks(&self) {
        if !self.clock.is_virtual() {
            self.timers.fire_on(&self.clock);
        }
        #[cfg(feature = "net")]
        self.poll_io_now();
    }

    /// Wakes the tasks waiting on sockets that became ready, without blocking.
    #[cfg(feature = "net")]
    fn poll_io_now(&self) {
        if let Some(reactor) = self.reactor.get()
            && reactor.waiting() > 0
        {
            expect_polled(reactor.poll(Some(core::time::Duration::ZERO)));
        }
    }

    /// Blocks in the reactor until a socket is ready, a wake-up comes from another thread,
    /// or the clock reaches `until` (with a virtual clock, which does not wait, only
    /// looks, then moves the clock to `until` if nothing happened).
    #[cfg(feature = "net")]
    pub(crate) fn block_in_reactor(&self, until: Option<core::time::Duration>) {
        let Some(reactor) = self.reactor.get() else {
            return;
        };
        let virtual_clock = self.clock.is_virtual();
        let timeout = match until {
            None => None,
            Some(_) if virtual_clock => Some(core::time::Duration::ZERO),
            Some(at) => Some(at.saturating_sub(self.clock.now())),
        };
        // Blocks unless a wake-up from elsewhere came meanwhile (the handshake of
        // `Signal`, with `Shared::nudge`).
        let woken = expect_polled(self.shared.signal.block(
            Blocking::Reactor,
            || reactor.poll(timeout),
            Ok(1),
        ));
        if woken == 0
            && virtual_clock
            && let Some(at) = until
        {
            self.clock.wait_until(at);
        }
    }

    /// What the task of `core` waits on, a socket wait resolved by the reactor.
    #[cfg_attr(
        not(feature = "net"),
        expect(clippy::unused_self, reason = "without sockets, nothing to resolve")
    )]
    pub(crate) fn waiting_on(&self, core: super::task::LocalCore<'_>) -> Option<WaitingOn> {
        core.waiting_on(|token| {
            #[cfg(feature = "net")]
            return self.reactor.get()?.describe(token).map(WaitingOn::Io);
            #[cfg(not(feature = "net"))]
            {
                let _ = token;
                None
            }
        })
    }

    pub(crate) fn deadlock(&self) -> Deadlock {
        let names = self.names.borrow();
        let mut blocked = Vec::with_capacity(self.live.get());
        let on = self.token();
        self.for_each_unfinished(|task| {
            // SAFETY: the task has not ended: the scheduler's own reference keeps it. It is
            // of this scheduler, whose thread the token is.
            let core = unsafe { task.as_ref() }.on(on);
            blocked.push(BlockedTask {
                id: core.id,
                name: names.get(&task.addr().get()).cloned(),
                waiting_on: self.waiting_on(core).unwrap_or(WaitingOn::Other),
                scheduler: None,
            });
        });
        blocked.sort_by_key(|task| task.id);
        Deadlock { blocked }
    }
}

/// What a poll of the reactor returned: how many parties it woke.
#[cfg(feature = "net")]
fn expect_polled(polled: std::io::Result<usize>) -> usize {
    match polled {
        Ok(woken) => woken,
        // `epoll_wait` fails only on a bad descriptor or argument, which the reactor
        // never passes.
        Err(error) => panic!("the scheduler's reactor failed to poll: {error}"),
    }
}
