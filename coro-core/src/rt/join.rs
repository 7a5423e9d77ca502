//! A task placed by the runtime: the one slot shared by its join handle and the queue it
//! waits in ([`Slot`], its memory from [`slots`](super::slots)), what a worker starts from
//! it ([`Job`]), the coroutine once it is in its scheduler ([`Started`]), and the
//! [`JoinHandle`].
//!
//! A slot holds the coroutine until a worker starts the task, and the result once it ends.
//! Starting moves the coroutine into the worker's scheduler, as a task with the slot's id;
//! from then on the task never moves. Its end (a result, a panic, or the scheduler dropping
//! it) is written into the slot, on the scheduler's thread, and wakes the joiner.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use core::ptr::NonNull;
use core::task::{Context, Poll, Waker};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::task::Wake;
use std::thread::{self, Thread};

use super::slots::{Counted, Shared};
use crate::sched::ops::{Join, WaitingOn, sealed};
use crate::sched::{JoinError, Local, TaskId, ending_panic};
use crate::{Coroutine, CoroutineState};

/// Where a runtime's task is in its life, as its slot keeps it.
enum Stage<C: Coroutine<(), Yield = ()>> {
    /// Queued: the coroutine waits for a worker.
    Unstarted(C),
    /// In a scheduler's slab.
    Started,
    /// Ended; the result waits for the join handle.
    Done(Result<C::Return, JoinError>),
    /// The result went to the join handle.
    Taken,
}

struct State<C: Coroutine<(), Yield = ()>> {
    stage: Stage<C>,
    /// The wakers of whoever waits for the task's end (`join!`, `poll_join`, `join`): one
    /// per waiter, as the handle is `Sync` and several threads or tasks may wait at once.
    wakers: Vec<Waker>,
}

/// The shared part of a task placed by the runtime.
pub(crate) struct Slot<C: Coroutine<(), Yield = ()>> {
    id: TaskId,
    state: Mutex<State<C>>,
}

impl<C: Coroutine<(), Yield = ()>> Slot<C> {
    fn lock(&self) -> MutexGuard<'_, State<C>> {
        // The lock is never held while user code runs: nothing poisons it but a panic in
        // a waker's `clone`, which leaves the state whole.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// As [`finish`](Slot::finish), for the started task's own reference: if it is the
    /// last (the join handle is gone, and the queue's went with the start), nobody can take
    /// the result (a handle is not `Clone`), which is dropped here without the lock.
    fn finish_started(this: &Shared<Self>, result: Result<C::Return, JoinError>) {
        if Shared::count(this) == 1 {
            drop(result);
            return;
        }
        this.finish(result);
    }

    /// The task ended: keeps its result and wakes the joiners (outside the lock).
    fn finish(&self, result: Result<C::Return, JoinError>) {
        let mut state = self.lock();
        state.stage = Stage::Done(result);
        let wakers = core::mem::take(&mut state.wakers);
        drop(state);
        for waker in wakers {
            waker.wake();
        }
    }
}

/// A queued task, as the worker that starts it sees it.
pub(crate) trait Job: Send + Sync {
    /// Moves the coroutine into `local`'s scheduler and queues it there to run; `this` is
    /// the queue's reference to this job.
    fn start(&self, this: Shared<dyn Job>, local: &Local);
    /// The task will never start (the runtime shuts down): drops the coroutine, here, and
    /// tells the joiner it was cancelled.
    fn cancel(&self);
}

impl<C> Job for Slot<C>
where
    C: Coroutine<(), Yield = ()> + Send + 'static,
    C::Return: Send,
{
    fn start(&self, this: Shared<dyn Job>, local: &Local) {
        assert!(
            Shared::is(&this, self),
            "a job is started through its own reference"
        );
        // SAFETY: `this` refers to `self`, a `Slot<C>`: the pointer is the one `new_task`
        // coerced from a `Shared<Slot<C>>`, cast back.
        let this = unsafe { Shared::from_raw(Shared::into_raw(this).cast::<Counted<Slot<C>>>()) };
        let mut state = self.lock();
        let Stage::Unstarted(coroutine) = core::mem::replace(&mut state.stage, Stage::Started)
        else {
            // Cancelled already (a shutdown raced the start): nothing to run.
            return;
        };
        drop(state);
        let id = self.id;
        let started = Started {
            coroutine,
            end: End {
                slot: this,
                done: false,
            },
        };
        // The scheduler's handle is not needed: the slot gets the end.
        drop(local.spawn_as(started, None, id));
    }

    fn cancel(&self) {
        let mut state = self.lock();
        if !matches!(state.stage, Stage::Unstarted(_)) {
            return;
        }
        let coroutine = core::mem::replace(&mut state.stage, Stage::Started);
        drop(state);
        let _tell = TellCancelled(self);
        // Dropped outside the lock: its drop is user code.
        drop(coroutine);
    }
}

/// Tells the joiners of a task that never started that it was cancelled, when dropped:
/// after its coroutine is dropped, and also if that drop panics.
struct TellCancelled<'a, C: Coroutine<(), Yield = ()>>(&'a Slot<C>);

impl<C: Coroutine<(), Yield = ()>> Drop for TellCancelled<'_, C> {
    fn drop(&mut self) {
        self.0.finish(Err(JoinError::Cancelled { task: self.0.id }));
    }
}

/// A queued task: cancelled if dropped without being started.
pub(crate) struct Queued(Option<Shared<dyn Job>>);

impl Queued {
    pub(crate) fn start(mut self, local: &Local) {
        if let Some(job) = self.0.take() {
            let queued = job.clone();
            job.start(queued, local);
        }
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        if let Some(job) = self.0.take() {
            job.cancel();
        }
    }
}

impl fmt::Debug for Queued {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Queued")
    }
}

/// A new task for the runtime: what to queue, and its join handle.
pub(crate) fn new_task<C>(coroutine: C, id: TaskId, runtime: u64) -> (Queued, JoinHandle<C::Return>)
where
    C: Coroutine<(), Yield = ()> + Send + 'static,
    C::Return: Send,
{
    let slot = Shared::new(Slot {
        id,
        state: Mutex::new(State {
            stage: Stage::Unstarted(coroutine),
            wakers: Vec::new(),
        }),
    });
    let outcome: NonNull<Counted<dyn Outcome<C::Return>>> =
        Shared::<Slot<C>>::into_raw(slot.clone());
    let job: NonNull<Counted<dyn Job>> = Shared::<Slot<C>>::into_raw(slot);
    // SAFETY: each pointer is one reference given up by `into_raw`, coerced to a trait
    // object of the slot.
    let (outcome, job) = unsafe { (Shared::from_raw(outcome), Shared::from_raw(job)) };
    let handle = JoinHandle {
        slot: outcome,
        runtime,
    };
    (Queued(Some(job)), handle)
}

/// The coroutine of a runtime's task in its scheduler: resumes it, and writes its end into
/// the slot.
struct Started<C: Coroutine<(), Yield = ()>> {
    /// Declared first: dropped before `end` tells the joiner the task was cancelled.
    coroutine: C,
    end: End<C>,
}

/// Writes a task's end into its slot; if dropped before the task ended (its scheduler is
/// dropped), writes `Cancelled`.
struct End<C: Coroutine<(), Yield = ()>> {
    slot: Shared<Slot<C>>,
    done: bool,
}

impl<C: Coroutine<(), Yield = ()>> Drop for End<C> {
    fn drop(&mut self) {
        if !self.done {
            let task = self.slot.id;
            let end = ending_panic(task).unwrap_or(JoinError::Cancelled { task });
            Slot::finish_started(&self.slot, Err(end));
        }
    }
}

impl<C: Coroutine<(), Yield = ()>> Coroutine<()> for Started<C> {
    type Yield = ();
    type Return = ();

    #[inline]
    fn resume(&mut self, (): ()) -> CoroutineState<(), ()> {
        // A panic unwinds to the scheduler, which drops this coroutine with the panic at
        // hand (`ending_panic`): `End`'s drop writes it into the slot.
        let value = match self.coroutine.resume(()) {
            CoroutineState::Yielded(()) => return CoroutineState::Yielded(()),
            CoroutineState::Complete(value) => value,
        };
        self.end.done = true;
        Slot::finish_started(&self.end.slot, Ok(value));
        CoroutineState::Complete(())
    }
}

/// The result side of a slot, whatever its coroutine's type.
trait Outcome<T>: Send + Sync {
    fn id(&self) -> TaskId;
    /// Takes the result if the task ended; else registers `waker` (if any) to be woken then.
    fn poll(&self, waker: Option<&Waker>) -> Poll<Result<T, JoinError>>;
    fn is_finished(&self) -> bool;
}

impl<C> Outcome<C::Return> for Slot<C>
where
    C: Coroutine<(), Yield = ()> + Send,
    C::Return: Send,
{
    fn id(&self) -> TaskId {
        self.id
    }

    fn poll(&self, waker: Option<&Waker>) -> Poll<Result<C::Return, JoinError>> {
        let mut state = self.lock();
        match core::mem::replace(&mut state.stage, Stage::Taken) {
            Stage::Done(result) => Poll::Ready(result),
            Stage::Taken => Poll::Ready(Err(JoinError::Taken { task: self.id })),
            unfinished => {
                state.stage = unfinished;
                if let Some(waker) = waker
                    && !state.wakers.iter().any(|old| old.will_wake(waker))
                {
                    state.wakers.push(waker.clone());
                }
                Poll::Pending
            }
        }
    }

    fn is_finished(&self) -> bool {
        matches!(self.lock().stage, Stage::Done(_) | Stage::Taken)
    }
}

/// An owned permission to wait for a task of a [`Runtime`](super::Runtime) and take its
/// result; `Send + Sync`, so any thread or task may hold it.
///
/// Inside a task (on any scheduler of the runtime, or any other), `join!(handle)` waits for
/// the task and evaluates to its `Result<T, JoinError>`; from a plain thread,
/// [`join`](JoinHandle::join) blocks until then, and [`try_join`](JoinHandle::try_join)
/// takes the result if it is there. Dropping the handle detaches the task: it keeps
/// running, and its result is dropped.
///
/// # Examples
///
/// ```
/// use coro_core::rt::{self, Runtime};
///
/// let rt = Runtime::builder().schedulers(2).build().unwrap();
/// let child = rt.spawn_on(1, coro_core::coro!(|| rt::current()));
/// // Joined from a task on the other scheduler.
/// let parent = rt.spawn_on(0, coro_core::coro!(move || join!(child).unwrap()));
/// assert_eq!(parent.join(), Ok(Some(1)));
/// ```
pub struct JoinHandle<T> {
    slot: Shared<dyn Outcome<T>>,
    /// The id of the task's runtime.
    runtime: u64,
}

impl<T> JoinHandle<T> {
    /// The task's id (the one its scheduler and a [`Deadlock`](crate::sched::Deadlock)
    /// report give it).
    #[must_use]
    pub fn id(&self) -> TaskId {
        self.slot.id()
    }

    /// Whether the task has ended (returned, panicked, or was cancelled).
    #[must_use]
    pub fn is_finished(&self) -> bool {
        self.slot.is_finished()
    }

    /// Takes the task's result if it has ended: `Some(Ok(value))`, `Some(Err(..))` if it
    /// panicked, was cancelled, or its result was already taken; `None` while it runs.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::rt::Runtime;
    ///
    /// let rt = Runtime::builder().schedulers(1).build().unwrap();
    /// let handle = rt.spawn(coro_core::coro!(|| 6 * 7));
    /// rt.run().unwrap();
    /// assert_eq!(handle.try_join(), Some(Ok(42)));
    /// assert!(handle.try_join().unwrap().is_err()); // taken
    /// ```
    #[must_use]
    pub fn try_join(&self) -> Option<Result<T, JoinError>> {
        match self.slot.poll(None) {
            Poll::Ready(result) => Some(result),
            Poll::Pending => None,
        }
    }

    /// Polls for the task's result, registering `cx`'s waker to be woken when it ends (what
    /// `join!` does inside a task). Each distinct waker polled with is kept (and woken)
    /// until the task ends: several tasks or threads may wait on one handle.
    pub fn poll_join(&self, cx: &mut Context<'_>) -> Poll<Result<T, JoinError>> {
        self.slot.poll(Some(cx.waker()))
    }

    /// Blocks this thread until the task ends, and takes its result.
    ///
    /// Meant for plain threads: inside a task, use `join!(handle)`, which blocks the task
    /// only (called on a worker of the runtime, `join` stops that worker until the task
    /// ends, and waits for ever if the task is on that worker).
    ///
    /// # Errors
    ///
    /// As [`try_join`](JoinHandle::try_join): the task panicked, was cancelled, or its
    /// result was already taken.
    pub fn join(&self) -> Result<T, JoinError> {
        let waker = Waker::from(Arc::new(Unpark(thread::current())));
        loop {
            if let Poll::Ready(result) = self.slot.poll(Some(&waker)) {
                return result;
            }
            thread::park();
        }
    }
}

/// Wakes a thread blocked in [`JoinHandle::join`].
struct Unpark(Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.unpark();
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle")
            .field("task", &self.id())
            .field("finished", &self.is_finished())
            .finish()
    }
}

impl<T> sealed::Sealed for JoinHandle<T> {}

impl<T> Join for JoinHandle<T> {
    type Output = T;

    #[inline]
    fn poll_join_cx(&self, cx: &mut Context<'_>) -> Poll<Result<T, JoinError>> {
        self.poll_join(cx)
    }

    fn join_waiting_on(&self) -> WaitingOn {
        // On a worker of the task's runtime, the task ends on one of its schedulers (or is
        // cancelled); elsewhere (a lone scheduler, another runtime), it may end on a thread
        // that this scheduler's deadlock check does not see.
        if super::current_runtime() == Some(self.runtime) {
            WaitingOn::Join(self.id())
        } else {
            WaitingOn::Other
        }
    }
}
