//! [`JoinError`]: why joining a task gave no value.

use alloc::string::String;
use core::any::Any;
use core::fmt;

use super::id::TaskId;

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
    pub(crate) fn panicked(task: TaskId, payload: &(dyn Any + Send)) -> JoinError {
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

std::thread_local! {
    /// The panic of the task whose end this thread's scheduler is writing, while its
    /// coroutine is dropped ([`PanicEnding`]). A pointer (no destructor: usable while the
    /// thread's other thread-locals are destroyed).
    static ENDING: core::cell::Cell<*const JoinError> = const { core::cell::Cell::new(core::ptr::null()) };
}

/// Keeps a task's panic at hand for [`ending_panic`] until dropped (then the one before).
pub(crate) struct PanicEnding<'a> {
    previous: *const JoinError,
    _error: core::marker::PhantomData<&'a JoinError>,
}

impl<'a> PanicEnding<'a> {
    pub(crate) fn new(error: &'a JoinError) -> PanicEnding<'a> {
        let previous = ENDING.with(|cell| cell.replace(core::ptr::from_ref(error)));
        PanicEnding {
            previous,
            _error: core::marker::PhantomData,
        }
    }
}

impl Drop for PanicEnding<'_> {
    fn drop(&mut self) {
        ENDING.with(|cell| cell.set(self.previous));
    }
}

/// The panic of `task` if this thread's scheduler is ending it so.
pub(crate) fn ending_panic(task: TaskId) -> Option<JoinError> {
    let error = ENDING.with(core::cell::Cell::get);
    // SAFETY: set by `PanicEnding::new` from a reference that outlives the guard, and reset
    // to the one before when the guard drops.
    let error = unsafe { error.as_ref() }?;
    (error.task() == task).then(|| error.clone())
}
