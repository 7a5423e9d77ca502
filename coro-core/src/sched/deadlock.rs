//! What a blocked task waits on, and the error `run` returns when nothing can progress.

use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::fmt;

use super::TaskId;
use crate::channel::ChannelId;

/// What a suspended task is waiting for: the operation it parked on last.
///
/// The scheduler records it when a task suspends in a blocking operation, and reports it in
/// a [`Deadlock`].
///
/// # Examples
///
/// ```
/// use coro_core::sched::WaitingOn;
///
/// assert_eq!(WaitingOn::Sleep.to_string(), "sleeping");
/// assert_eq!(WaitingOn::Select(3).to_string(), "in a select over 3 operations");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WaitingOn {
    /// `recv!` on this channel.
    Recv(ChannelId),
    /// `send!` on this channel.
    Send(ChannelId),
    /// `sleep!`.
    Sleep,
    /// `join!` of this task.
    Join(TaskId),
    /// `select!` over this many operations: those it waits on, not counting the arms that
    /// a false guard switched off.
    Select(usize),
    /// `wait!`: any other operation.
    Other,
    /// `recv!` on this [`sync`](crate::channel::sync) channel, which another thread may
    /// send on: a lone scheduler waits for that; a [`Runtime`](crate::rt::Runtime) counts
    /// the task as blocked when none of its schedulers runs.
    SyncRecv(ChannelId),
    /// `send!` on this [`sync`](crate::channel::sync) channel (see
    /// [`SyncRecv`](WaitingOn::SyncRecv)).
    SyncSend(ChannelId),
    /// `select!` over this many operations, some on [`sync`](crate::channel::sync)
    /// channels (see [`SyncRecv`](WaitingOn::SyncRecv)).
    SyncSelect(usize),
    /// A socket operation (`read!`, `accept!`, ...; feature `net`).
    #[cfg(feature = "net")]
    Io(crate::net::IoWait),
}

impl WaitingOn {
    /// Whether another thread may end this wait: `wait!`, and the operations on
    /// [`sync`](crate::channel::sync) channels. A lone scheduler whose tasks are all
    /// blocked waits while one waits so, rather than report a deadlock.
    pub(crate) fn may_end_elsewhere(self) -> bool {
        matches!(
            self,
            WaitingOn::Other
                | WaitingOn::SyncRecv(_)
                | WaitingOn::SyncSend(_)
                | WaitingOn::SyncSelect(_)
        )
    }
}

impl fmt::Display for WaitingOn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitingOn::Recv(channel) => write!(f, "receiving from {channel}"),
            WaitingOn::Send(channel) => write!(f, "sending on {channel}"),
            WaitingOn::Sleep => f.write_str("sleeping"),
            WaitingOn::Join(task) => write!(f, "joining {task}"),
            WaitingOn::Select(0) => f.write_str("in a select with every operation disabled"),
            WaitingOn::Select(1) => f.write_str("in a select over 1 operation"),
            WaitingOn::Select(n) => write!(f, "in a select over {n} operations"),
            WaitingOn::Other => f.write_str("waiting for a wake-up"),
            WaitingOn::SyncRecv(channel) => write!(f, "receiving from sync {channel}"),
            WaitingOn::SyncSend(channel) => write!(f, "sending on sync {channel}"),
            WaitingOn::SyncSelect(1) => {
                f.write_str("in a select over 1 operation on sync channels")
            }
            WaitingOn::SyncSelect(n) => {
                write!(f, "in a select over {n} operations, some on sync channels")
            }
            #[cfg(feature = "net")]
            WaitingOn::Io(wait) => wait.fmt(f),
        }
    }
}

/// One task that a [`Deadlock`] found blocked.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
/// use coro_core::sched::{Scheduler, TaskBuilder, WaitingOn};
///
/// let sched = Scheduler::new();
/// let (tx, _rx) = channel::<u8>(0);
/// let handle = TaskBuilder::new()
///     .name("producer")
///     .spawn_on(&sched, coro_core::coro!(move || send!(tx, 1).unwrap()));
/// let deadlock = sched.run().unwrap_err();
/// let task = &deadlock.blocked()[0];
/// assert_eq!(task.id(), handle.id());
/// assert_eq!(task.name(), Some("producer"));
/// assert!(matches!(task.waiting_on(), WaitingOn::Send(_)));
/// assert_eq!(task.to_string(), format!("{} \"producer\" is {}", task.id(), task.waiting_on()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockedTask {
    pub(crate) id: TaskId,
    pub(crate) name: Option<Cow<'static, str>>,
    pub(crate) waiting_on: WaitingOn,
    pub(crate) scheduler: Option<usize>,
}

impl BlockedTask {
    /// The task's id.
    #[must_use]
    pub fn id(&self) -> TaskId {
        self.id
    }

    /// The name given with [`TaskBuilder::name`](super::TaskBuilder::name), if any.
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// What the task waits for.
    #[must_use]
    pub fn waiting_on(&self) -> WaitingOn {
        self.waiting_on
    }

    /// The index of the task's scheduler in its [`Runtime`](crate::rt::Runtime), for a
    /// deadlock that [`Runtime::run`](crate::rt::Runtime::run) reports; `None` for one of
    /// a lone [`Scheduler`](super::Scheduler).
    #[must_use]
    pub fn scheduler(&self) -> Option<usize> {
        self.scheduler
    }
}

impl fmt::Display for BlockedTask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{} \"{name}\" is {}", self.id, self.waiting_on)?,
            None => write!(f, "{} is {}", self.id, self.waiting_on)?,
        }
        match self.scheduler {
            Some(i) => write!(f, " on scheduler {i}"),
            None => Ok(()),
        }
    }
}

/// The error of [`Scheduler::run`](super::Scheduler::run) when tasks remain, every one of
/// them is blocked, and no timer is pending: nothing could ever wake them.
///
/// Its `Display` names each blocked task and what it waits on, in the order the tasks were
/// spawned. The tasks stay in the scheduler; dropping the scheduler drops them.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
/// use coro_core::sched::{Scheduler, TaskBuilder, WaitingOn};
///
/// let sched = Scheduler::new();
/// let (tx, rx) = channel::<u32>(0);
/// TaskBuilder::new().name("lonely").spawn_on(&sched, coro_core::coro!(|| {
///     let _ = recv!(rx);
/// }));
/// let deadlock = sched.run().unwrap_err();
/// assert_eq!(deadlock.blocked().len(), 1);
/// assert_eq!(deadlock.blocked()[0].name(), Some("lonely"));
/// assert_eq!(deadlock.blocked()[0].waiting_on(), WaitingOn::Recv(tx.id()));
/// assert!(deadlock.to_string().contains("\"lonely\" is receiving from channel #"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadlock {
    pub(crate) blocked: Vec<BlockedTask>,
}

impl Deadlock {
    /// A runtime's deadlock: the blocked tasks of all its schedulers, each with its
    /// scheduler's index, ordered by scheduler, then in the order they were spawned.
    pub(crate) fn of_runtime(mut blocked: Vec<BlockedTask>) -> Deadlock {
        blocked.sort_by_key(|task| (task.scheduler, task.id));
        Deadlock { blocked }
    }

    /// The blocked tasks, in the order they were spawned (for a runtime's deadlock, by
    /// scheduler, then in that order).
    #[must_use]
    pub fn blocked(&self) -> &[BlockedTask] {
        &self.blocked
    }
}

impl fmt::Display for Deadlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.blocked.len();
        write!(
            f,
            "deadlock: {n} task{} blocked and nothing left to wake {}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" },
        )?;
        for task in &self.blocked {
            write!(f, "\n  {task}")?;
        }
        Ok(())
    }
}

impl core::error::Error for Deadlock {}
