//! [`JoinHandle`]: the owned permission to wait for a task and take its result.

use core::fmt;
use core::ptr::NonNull;
use core::task::{Poll, Waker};

use super::core::Core;
use super::error::JoinError;
use super::harness::Task;
use super::id::TaskId;
use super::task_ref::TaskRef;
use crate::Coroutine;
use crate::sched::token::ThreadToken;

/// An owned permission to wait for a task and take its result.
///
/// Returned by [`Scheduler::spawn`](crate::sched::Scheduler::spawn) and
/// [`sched::spawn`](crate::sched::spawn). Inside a task, `join!(handle)` waits for the task
/// and evaluates to its `Result<T, JoinError>`; from plain code, after
/// [`run`](crate::sched::Scheduler::run), [`try_join`](JoinHandle::try_join) takes the
/// result.
///
/// Dropping the handle detaches the task: it keeps running and its result is dropped.
///
/// # Examples
///
/// ```
/// use coro_core::sched::{self, Scheduler};
///
/// let sched = Scheduler::new(); let parent = sched.spawn(coro_core::coro!(|| { let
/// children: Vec<_> = (1..=3u64).map(|i| sched::spawn(coro_core::coro!(move || i *
/// 10))).collect(); let mut sum = 0; for child in children { sum += join!(child).unwrap();
/// } sum })); sched.run().unwrap(); assert_eq!(parent.try_join(), Some(Ok(60)));
/// ```
pub struct JoinHandle<T> {
    task: TaskRef,
    /// `Task::<C>::poll_join` of the task's coroutine type.
    poll: PollJoin<T>,
}

/// The type of `Task::<C>::poll_join` for `C::Return == T`.
/// The waker, if any, is registered to be woken when the task finishes.
type PollJoin<T> =
    unsafe fn(NonNull<Core>, Option<&Waker>, ThreadToken) -> Poll<Result<T, JoinError>>;

impl<T> JoinHandle<T> {
    pub(crate) fn new<C>(task: TaskRef) -> JoinHandle<T>
    where
        C: Coroutine<(), Yield = (), Return = T> + 'static,
    {
        JoinHandle {
            task,
            poll: Task::<C>::poll_join,
        }
    }

    /// The task's id.
    #[must_use]
    pub fn id(&self) -> TaskId {
        self.task.core().id
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
        self.task.core().flags().is_complete()
    }

    /// What the task waits on, if it is suspended in a blocking operation: `None` while it
    /// is ready to run, runs, or has finished. (A socket operation is described only while
    /// the task's scheduler runs; otherwise it reads as
    /// [`WaitingOn::Other`](crate::sched::WaitingOn::Other).)
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    /// use coro_core::sched::{Scheduler, WaitingOn};
    ///
    /// let sched = Scheduler::new();
    /// let (tx, rx) = channel::<u8>(0);
    /// let receiver = sched.spawn(coro_core::coro!(move || recv!(rx)));
    /// assert_eq!(receiver.waiting_on(), None); // not run yet
    /// let channel = tx.id();
    /// let watcher = sched.spawn(coro_core::coro!(move || {
    ///     let seen = receiver.waiting_on();
    ///     send!(tx, 7).unwrap();
    ///     (seen, join!(receiver).unwrap())
    /// }));
    /// sched.run().unwrap();
    /// assert_eq!(watcher.try_join(), Some(Ok((Some(WaitingOn::Recv(channel)), Some(7)))));
    /// ```
    #[must_use]
    pub fn waiting_on(&self) -> Option<crate::sched::WaitingOn> {
        let core = self.task.core();
        crate::sched::context::with_scheduler_of(core.shared(), |local| local.waiting_on(core))
            .unwrap_or_else(|| core.waiting_on(|_| None))
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
        // No waker: one registered by a task waiting in `join!` stays.
        match self.poll_waker(None) {
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
        self.poll_waker(Some(cx.waker()))
    }

    fn poll_waker(&self, waker: Option<&Waker>) -> Poll<Result<T, JoinError>> {
        // SAFETY: `poll` was made for the coroutine type of this task, and the token is
        // that of its scheduler's thread (from the handle's `TaskRef`).
        unsafe { (self.poll)(self.task.core, waker, self.task.token()) }
    }
}

impl<T> Drop for JoinHandle<T> {
    fn drop(&mut self) {
        let detach = self.task.core().vtable.detach;
        // SAFETY: the vtable belongs to the task's coroutine type, and the token is that of
        // its scheduler's thread (from the handle's `TaskRef`).
        unsafe { detach(self.task.core, self.task.token()) };
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle")
            .field("task", &self.id())
            .field("finished", &self.is_finished())
            .field("waiting_on", &self.waiting_on())
            .finish()
    }
}
