//! A spawned task: one allocation holding the coroutine, its result and its waker's
//! reference count; the waker; the join handle.
//!
//! A task lives in an `Arc<Task<C>>`. The scheduler's registry and run queue hold it as
//! `Arc<dyn Runnable>`, its `JoinHandle` as `Arc<dyn Join<T>>`, and every `Waker` of it is
//! a counted reference to the same allocation (the vtable below), so waking allocates
//! nothing.
//!
//! Wakers may travel to other threads (`Waker` is `Send + Sync`), while the coroutine and its
//! result may not. So a waker on another thread touches only the task's `Header`, which is
//! `Sync`; and the scheduler's thread empties the rest (`stage`, `join_waker`) before it
//! lets go of the task: when the task completes without a join handle, when the handle is
//! dropped, and when the scheduler is dropped. (The same holds for the task's `select!`
//! state, an `Rc`.) The last reference, wherever it is dropped,
//! then drops only thread-safe data.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::sync::Arc;
use core::any::Any;
use core::cell::{Cell, RefCell};
use core::fmt;
use core::mem::{self, ManuallyDrop};
use core::sync::atomic::{AtomicU8, Ordering};
use core::task::{Poll, RawWaker, RawWakerVTable, Waker};
use core::time::Duration;
use std::panic::{self, AssertUnwindSafe};

use super::context::{self, TaskContext};
use super::{Local, Shared, WaitingOn};
use crate::channel::Choice;
use crate::{Coroutine, CoroutineState};

/// The id of a task, unique in the process; `Display`s as `task #N`.
///
/// # Examples
///
/// ```
/// use coro_core::sched::Scheduler;
///
/// let sched = Scheduler::new();
/// let a = sched.spawn(coro_core::coro!(|| 1));
/// let b = sched.spawn(coro_core::coro!(|| 2));
/// assert_ne!(a.id(), b.id());
/// assert!(a.id().to_string().starts_with("task #"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskId(u64);

impl TaskId {
    pub(crate) fn next() -> Self {
        use core::sync::atomic::AtomicU64;
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "task #{}", self.0)
    }
}

/// Set while the task is in the run queue (or on its way there from another thread).
pub(crate) const SCHEDULED: u8 = 1;
/// Set once the task has completed (or was cancelled): wake-ups are ignored.
pub(crate) const COMPLETE: u8 = 2;
/// Set when the join handle was dropped: nobody will take the result. (Only the scheduler's
/// thread reads or writes it; a bit here costs no room of its own.)
const DETACHED: u8 = 4;

/// The part of a task that wakers on any thread may touch.
pub(crate) struct Header {
    pub(crate) id: TaskId,
    /// The task's index in the scheduler's registry.
    pub(crate) slot: u32,
    pub(crate) state: AtomicU8,
    pub(crate) shared: Arc<Shared>,
}

impl Header {
    /// The task's index in the scheduler's registry.
    pub(crate) fn slot(&self) -> usize {
        self.slot as usize
    }
}

/// The error of joining a task that did not return a value.
///
/// # Examples
///
/// ```
/// use coro_core::sched::{JoinError, Scheduler};
///
/// let sched = Scheduler::new();
/// let failing = sched.spawn(coro_core::coro!(|| -> u8 { panic!("out of range") }));
/// sched.run().unwrap();
/// match failing.try_join() {
///     Some(Err(JoinError::Panicked { task, message })) => {
///         assert_eq!(task, failing.id());
///         assert_eq!(message, "out of range");
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum JoinError {
    /// The task panicked; the panic's message (when it was a string) is kept.
    Panicked {
        /// The task.
        task: TaskId,
        /// The panic's message, or `"Box<dyn Any>"` when the payload was not a string.
        message: String,
    },
    /// The scheduler was dropped before the task finished; its state was dropped.
    Cancelled {
        /// The task.
        task: TaskId,
    },
    /// The task's result was already taken through this handle.
    Taken {
        /// The task.
        task: TaskId,
    },
}

impl JoinError {
    fn panicked(task: TaskId, payload: &(dyn Any + Send)) -> JoinError {
        let message = if let Some(s) = payload.downcast_ref::<&'static str>() {
            String::from(*s)
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            String::from("Box<dyn Any>")
        };
        JoinError::Panicked { task, message }
    }

    /// The task this error is about.
    #[must_use]
    pub fn task(&self) -> TaskId {
        match self {
            JoinError::Panicked { task, .. }
            | JoinError::Cancelled { task }
            | JoinError::Taken { task } => *task,
        }
    }

    /// The panic message, if the task panicked.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::new();
    /// let handle = sched.spawn(coro_core::coro!(|| -> u32 { panic!("boom") }));
    /// let sibling = sched.spawn(coro_core::coro!(|| 7));
    /// sched.run().unwrap();
    /// let error = handle.try_join().unwrap().unwrap_err();
    /// assert_eq!(error.panic_message(), Some("boom"));
    /// assert_eq!(error.to_string(), format!("{} panicked: boom", handle.id()));
    /// assert_eq!(sibling.try_join().unwrap(), Ok(7)); // the others keep running
    /// ```
    #[must_use]
    pub fn panic_message(&self) -> Option<&str> {
        match self {
            JoinError::Panicked { message, .. } => Some(message),
            _ => None,
        }
    }

    /// Whether the task panicked.
    #[must_use]
    pub fn is_panic(&self) -> bool {
        matches!(self, JoinError::Panicked { .. })
    }
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JoinError::Panicked { task, message } => write!(f, "{task} panicked: {message}"),
            JoinError::Cancelled { task } => {
                write!(f, "{task} was cancelled: its scheduler was dropped")
            }
            JoinError::Taken { task } => write!(f, "the result of {task} was already taken"),
        }
    }
}

impl fmt::Debug for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl core::error::Error for JoinError {}

enum Stage<C: Coroutine> {
    Running(C),
    /// (The error is boxed: it is rare, and larger than most results.)
    Done(Result<C::Return, Box<JoinError>>),
    /// The result went to the join handle, or nobody wanted it.
    Taken,
    /// The scheduler dropped the task before it finished.
    Cancelled,
}

pub(crate) struct Task<C: Coroutine> {
    pub(crate) header: Header,
    stage: RefCell<Stage<C>>,
    join_waker: Cell<Option<Waker>>,
    waiting_on: Cell<Option<WaitingOn>>,
    /// The timer this task set (deadline and sequence number) during its latest resume.
    timer: Cell<Option<(Duration, u64)>>,
    /// Ties the arms of the task's `select!`s, created by the first one. (An `Rc`: emptied
    /// with the stage, on the scheduler's thread.)
    choice: Cell<Option<Choice>>,
}

impl<C> Task<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    pub(crate) fn new(coroutine: C, id: TaskId, slot: u32, shared: Arc<Shared>) -> Arc<Self> {
        Arc::new(Task {
            header: Header {
                id,
                slot,
                state: AtomicU8::new(0),
                shared,
            },
            stage: RefCell::new(Stage::Running(coroutine)),
            join_waker: Cell::new(None),
            waiting_on: Cell::new(None),
            timer: Cell::new(None),
            choice: Cell::new(None),
        })
    }

    fn has_handle(&self) -> bool {
        self.header.state.load(Ordering::Acquire) & DETACHED == 0
    }

    /// Another counted reference to this task.
    fn this(&self) -> Arc<dyn Runnable> {
        let ptr: *const Self = self;
        // SAFETY: a `Task` is only ever created by `Task::new`, inside an `Arc`, and `self`
        // borrows from a live one: taking one more strong count and rebuilding an `Arc` that
        // owns it is sound.
        unsafe {
            Arc::increment_strong_count(ptr);
            Arc::from_raw(ptr)
        }
    }

    /// Completes the task with `result`: drops the coroutine, keeps the result for the join
    /// handle (or drops it), leaves the registry, wakes the joiner.
    fn finish(&self, local: &Local, result: Result<C::Return, JoinError>) {
        self.header.state.fetch_or(COMPLETE, Ordering::AcqRel);
        // User code (drops) runs with no borrow held.
        let body = mem::replace(&mut *self.stage.borrow_mut(), Stage::Taken);
        drop(body);
        if self.has_handle() {
            *self.stage.borrow_mut() = Stage::Done(result.map_err(Box::new));
        } else {
            drop(result);
        }
        self.waiting_on.set(None);
        self.timer.set(None);
        let choice = self.choice.take();
        drop(choice);
        local.release(self.header.slot());
        if let Some(waker) = self.join_waker.take() {
            waker.wake();
        }
    }
}

/// A task as the scheduler sees it, whatever its coroutine's type.
pub(crate) trait Runnable {
    fn header(&self) -> &Header;
    /// Resumes the task once, then requeues it, parks it or completes it.
    fn run(self: Arc<Self>, local: &Local);
    /// Drops the coroutine of a task that has not finished (the scheduler is going away).
    fn cancel(&self);
    /// What the task waits on, if it is suspended in a blocking operation.
    fn waiting_on(&self) -> Option<WaitingOn>;
    /// The task's current timer (deadline, sequence number).
    fn timer(&self) -> Option<(Duration, u64)>;
    fn set_timer(&self, timer: Option<(Duration, u64)>);
    /// Another counted reference to this task.
    fn to_arc(&self) -> Arc<dyn Runnable>;
    /// The choice behind the task's `select!`s.
    fn choice(&self) -> Choice;
}

impl<C> Runnable for Task<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    fn header(&self) -> &Header {
        &self.header
    }

    fn run(self: Arc<Self>, local: &Local) {
        self.header.state.fetch_and(!SCHEDULED, Ordering::AcqRel);
        let outcome = {
            let Ok(mut stage) = self.stage.try_borrow_mut() else {
                return;
            };
            let Stage::Running(coroutine) = &mut *stage else {
                return;
            };
            // A timer of an earlier resume is no longer needed: if the task still sleeps, its
            // poll sets the timer again.
            self.timer.set(None);
            let waker = waker_ref(&self);
            let cx = TaskContext {
                local,
                waker: &waker,
                parked: Cell::new(None),
                task: &*self,
            };
            context::enter_task(&cx, || {
                panic::catch_unwind(AssertUnwindSafe(|| coroutine.resume(())))
            })
            .map(|state| (state, cx.parked.get()))
        };
        match outcome {
            Ok((CoroutineState::Yielded(()), Some(on))) => self.waiting_on.set(Some(on)),
            Ok((CoroutineState::Yielded(()), None)) => {
                self.waiting_on.set(None);
                local.wake(self);
            }
            Ok((CoroutineState::Complete(value), _)) => self.finish(local, Ok(value)),
            Err(payload) => {
                let error = JoinError::panicked(self.header.id, &*payload);
                self.finish(local, Err(error));
            }
        }
    }

    fn cancel(&self) {
        self.header.state.fetch_or(COMPLETE, Ordering::AcqRel);
        let Ok(mut stage) = self.stage.try_borrow_mut() else {
            return;
        };
        if !matches!(*stage, Stage::Running(_)) {
            return;
        }
        let body = mem::replace(&mut *stage, Stage::Cancelled);
        drop(stage);
        drop(body);
        let choice = self.choice.take();
        drop(choice);
        if !self.has_handle() {
            *self.stage.borrow_mut() = Stage::Taken;
        }
        if let Some(waker) = self.join_waker.take() {
            waker.wake();
        }
    }

    fn waiting_on(&self) -> Option<WaitingOn> {
        self.waiting_on.get()
    }

    fn timer(&self) -> Option<(Duration, u64)> {
        self.timer.get()
    }

    fn set_timer(&self, timer: Option<(Duration, u64)>) {
        self.timer.set(timer);
    }

    fn to_arc(&self) -> Arc<dyn Runnable> {
        self.this()
    }

    fn choice(&self) -> Choice {
        let choice = self.choice.take().unwrap_or_default();
        self.choice.set(Some(choice.clone()));
        choice
    }
}

/// What a `JoinHandle<T>` needs of its task.
trait Join<T> {
    fn id(&self) -> TaskId;
    fn poll_join(&self, waker: &Waker) -> Poll<Result<T, JoinError>>;
    fn is_finished(&self) -> bool;
    fn detach(&self);
}

impl<C> Join<C::Return> for Task<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    fn id(&self) -> TaskId {
        self.header.id
    }

    fn poll_join(&self, waker: &Waker) -> Poll<Result<C::Return, JoinError>> {
        // Borrowed only while the task itself runs: a task joining itself waits forever
        // (and a deadlock report says so).
        let Ok(mut stage) = self.stage.try_borrow_mut() else {
            return Poll::Pending;
        };
        let id = self.header.id;
        match &*stage {
            Stage::Running(_) => {
                drop(stage);
                let old = self.join_waker.replace(Some(waker.clone()));
                drop(old);
                Poll::Pending
            }
            Stage::Done(_) => {
                let Stage::Done(result) = mem::replace(&mut *stage, Stage::Taken) else {
                    unreachable!("the stage was just matched as done")
                };
                Poll::Ready(result.map_err(|error| *error))
            }
            Stage::Taken => Poll::Ready(Err(JoinError::Taken { task: id })),
            Stage::Cancelled => Poll::Ready(Err(JoinError::Cancelled { task: id })),
        }
    }

    fn is_finished(&self) -> bool {
        self.header.state.load(Ordering::Acquire) & COMPLETE != 0
    }

    fn detach(&self) {
        self.header.state.fetch_or(DETACHED, Ordering::AcqRel);
        let waker = self.join_waker.take();
        let result = match self.stage.try_borrow_mut() {
            Ok(mut stage) if !matches!(*stage, Stage::Running(_)) => {
                Some(mem::replace(&mut *stage, Stage::Taken))
            }
            _ => None,
        };
        drop(waker);
        drop(result);
    }
}

/// An owned permission to wait for a task and take its result.
///
/// Returned by [`Scheduler::spawn`](super::Scheduler::spawn) and
/// [`sched::spawn`](super::spawn). Inside a task, `join!(handle)` waits for the task and
/// evaluates to its `Result<T, JoinError>`; from plain code, after
/// [`run`](super::Scheduler::run), [`try_join`](JoinHandle::try_join) takes the result.
///
/// Dropping the handle detaches the task: it keeps running and its result is dropped.
///
/// # Examples
///
/// ```
/// use coro_core::sched::{self, Scheduler};
///
/// let sched = Scheduler::new();
/// let parent = sched.spawn(coro_core::coro!(|| {
///     let children: Vec<_> = (1..=3u64).map(|i| sched::spawn(coro_core::coro!(move || i * 10))).collect();
///     let mut sum = 0;
///     for child in children {
///         sum += join!(child).unwrap();
///     }
///     sum
/// }));
/// sched.run().unwrap();
/// assert_eq!(parent.try_join(), Some(Ok(60)));
/// ```
pub struct JoinHandle<T> {
    task: Arc<dyn Join<T>>,
}

impl<T> JoinHandle<T> {
    pub(crate) fn new<C>(task: Arc<Task<C>>) -> JoinHandle<T>
    where
        C: Coroutine<(), Yield = (), Return = T> + 'static,
    {
        JoinHandle { task }
    }

    /// The task's id.
    #[must_use]
    pub fn id(&self) -> TaskId {
        self.task.id()
    }

    /// Whether the task has finished (returned, panicked, or was cancelled).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::Scheduler;
    ///
    /// let sched = Scheduler::new();
    /// let handle = sched.spawn(coro_core::coro!(|| ()));
    /// assert!(!handle.is_finished());
    /// sched.run().unwrap();
    /// assert!(handle.is_finished());
    /// ```
    #[must_use]
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }

    /// Takes the task's result if it has finished: `Some(Ok(value))`, `Some(Err(..))` if it
    /// panicked, was cancelled, or its result was already taken; `None` while it runs.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::{JoinError, Scheduler};
    ///
    /// let sched = Scheduler::new();
    /// let handle = sched.spawn(coro_core::coro!(|| String::from("result")));
    /// assert_eq!(handle.try_join(), None); // not run yet
    /// sched.run().unwrap();
    /// assert_eq!(handle.try_join(), Some(Ok(String::from("result"))));
    /// assert_eq!(handle.try_join(), Some(Err(JoinError::Taken { task: handle.id() })));
    /// ```
    #[must_use]
    pub fn try_join(&self) -> Option<Result<T, JoinError>> {
        match self.task.poll_join(Waker::noop()) {
            Poll::Ready(result) => Some(result),
            Poll::Pending => None,
        }
    }

    /// Polls for the task's result, registering `cx`'s waker to be woken when it finishes
    /// (what `join!` does inside a task).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::sched::{self, Scheduler};
    ///
    /// let sched = Scheduler::new();
    /// let parent = sched.spawn(coro_core::coro!(|| {
    ///     let child = sched::spawn(coro_core::coro!(|| 21));
    ///     // What `join!(child)` expands to, by hand:
    ///     let v = wait!(|cx| child.poll_join(cx));
    ///     v.unwrap() * 2
    /// }));
    /// sched.run().unwrap();
    /// assert_eq!(parent.try_join(), Some(Ok(42)));
    /// ```
    pub fn poll_join(&self, cx: &mut core::task::Context<'_>) -> Poll<Result<T, JoinError>> {
        self.task.poll_join(cx.waker())
    }
}

impl<T> Drop for JoinHandle<T> {
    fn drop(&mut self) {
        self.task.detach();
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle")
            .field("task", &self.task.id())
            .field("finished", &self.task.is_finished())
            .finish()
    }
}

/// Puts the task in its scheduler's run queue unless it is there already or finished.
fn schedule<C>(task: &Arc<Task<C>>)
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    if mark_scheduled(&task.header) {
        enqueue(Arc::clone(task));
    }
}

/// [`schedule`] for a waker consumed by `wake`: its count moves into the run queue (or is
/// released), instead of a new count taken and the waker's released.
fn schedule_owned<C>(task: Arc<Task<C>>)
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    if mark_scheduled(&task.header) {
        enqueue(task);
    } else {
        drop_task(task);
    }
}

/// Sets the "scheduled" flag; whether the task must be queued (it was neither queued nor
/// complete).
fn mark_scheduled(header: &Header) -> bool {
    header.state.fetch_or(SCHEDULED, Ordering::AcqRel) & (SCHEDULED | COMPLETE) == 0
}

/// Queues a task marked scheduled. On the scheduler's own thread while it runs: straight
/// into the run queue. Anywhere else: through the scheduler's remote queue, by registry slot.
fn enqueue<C>(task: Arc<Task<C>>)
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    let mut task = Some(task);
    context::with_running_scheduler(|local| {
        if let Some(owned) = task.take_if(|t| Arc::ptr_eq(&local.shared, &t.header.shared)) {
            local.push(owned);
        }
    });
    if let Some(task) = task {
        task.header
            .shared
            .wake_remote(task.header.slot(), task.header.id);
        drop_task(task);
    }
}

/// A waker for the task that borrows the caller's reference instead of owning one; it must
/// not outlive `task` (it is not dropped: `ManuallyDrop`).
fn waker_ref<C>(task: &Arc<Task<C>>) -> ManuallyDrop<Waker>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    let raw = RawWaker::new(Arc::as_ptr(task).cast(), Vtable::<C>::VTABLE);
    // SAFETY: `raw`'s data is a pointer to a live `Task<C>` inside an `Arc`, which is what
    // `Vtable::<C>`'s functions expect. The waker owns no reference count of its own and is
    // never dropped (`ManuallyDrop`); its clones each take one.
    ManuallyDrop::new(unsafe { Waker::from_raw(raw) })
}

/// The waker vtable of `Task<C>`: the data pointer is `Arc::into_raw` of an
/// `Arc<Task<C>>`, and each waker owns one strong count.
struct Vtable<C>(core::marker::PhantomData<C>);

impl<C> Vtable<C>
where
    C: Coroutine<(), Yield = ()> + 'static,
{
    const VTABLE: &'static RawWakerVTable = &RawWakerVTable::new(
        Self::clone_waker,
        Self::wake,
        Self::wake_by_ref,
        Self::drop_waker,
    );

    /// # Safety
    /// `data` is a pointer from `Arc::as_ptr`/`Arc::into_raw` of a live `Arc<Task<C>>`.
    unsafe fn clone_waker(data: *const ()) -> RawWaker {
        // SAFETY: per this function's contract, `data` points into a live `Arc<Task<C>>`;
        // the new waker owns the count taken here. The count is atomic, so any thread may
        // do this.
        unsafe { Arc::increment_strong_count(data.cast::<Task<C>>()) };
        RawWaker::new(data, Self::VTABLE)
    }

    /// # Safety
    /// As `clone_waker`; the waker's own count is consumed.
    unsafe fn wake(data: *const ()) {
        // SAFETY: the waker being consumed owns one strong count of this `Arc<Task<C>>`.
        let task = unsafe { Arc::from_raw(data.cast::<Task<C>>()) };
        schedule_owned(task);
    }

    /// # Safety
    /// As `clone_waker`.
    unsafe fn wake_by_ref(data: *const ()) {
        // SAFETY: the waker owns one strong count, which it keeps: `ManuallyDrop` stops this
        // temporary `Arc` from releasing it.
        let task = ManuallyDrop::new(unsafe { Arc::from_raw(data.cast::<Task<C>>()) });
        schedule(&task);
    }

    /// # Safety
    /// As `clone_waker`; the waker's own count is released.
    unsafe fn drop_waker(data: *const ()) {
        // SAFETY: the waker being dropped owns one strong count of this `Arc<Task<C>>`.
        drop_task(unsafe { Arc::from_raw(data.cast::<Task<C>>()) });
    }
}

/// Releases a waker's reference, possibly on another thread. When it is the last one, only
/// the header is left to drop: the scheduler empties `stage` and `join_waker` of every task
/// it lets go of (see the module docs).
fn drop_task<C: Coroutine>(task: Arc<Task<C>>) {
    drop(task);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A coroutine of 16 bytes, like a task parked on a channel receive.
    struct Sixteen(#[allow(dead_code, reason = "only its size matters")] [u64; 2]);

    impl Coroutine for Sixteen {
        type Yield = ();
        type Return = ();
        fn resume(&mut self, (): ()) -> CoroutineState<(), ()> {
            CoroutineState::Complete(())
        }
    }

    /// What a task adds to its coroutine (besides the `Arc`'s two counts): the header, the
    /// stage's borrow flag and tag, the join waker, what it waits on, its timer and its
    /// `select!` choice. Kept small because a million parked tasks pay it a million times.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn task_overhead() {
        let overhead = mem::size_of::<Task<Sixteen>>() - mem::size_of::<Sixteen>();
        assert!(overhead <= 104, "{overhead} bytes");
        std::eprintln!("a task adds {overhead} bytes to its coroutine");
    }
}
