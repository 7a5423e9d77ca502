//! The flags and the wait kind that a task's [`Core`](super::Core) keeps, each in a byte.

/// Set while the task is in the run queue.
pub(crate) const SCHEDULED: u8 = 1;
/// Set once the task has completed (or was cancelled): wake-ups are ignored.
pub(crate) const COMPLETE: u8 = 2;
/// Set when the join handle was dropped: nobody will take the result.
pub(super) const DETACHED: u8 = 4;
/// Set while the task's stage is borrowed (a `RefCell`'s flag, kept here to save its word).
pub(super) const BORROWED: u8 = 8;
/// Set when the task was spawned with a name (kept by the scheduler until it ends).
pub(crate) const NAMED: u8 = 16;
/// Set while the task has an entry in its scheduler's
/// [`ExtrasTable`](crate::sched::extras::ExtrasTable).
pub(super) const EXTRAS: u8 = 32;
/// Set while the task is in a `select!`, from its start until its losing arms are
/// withdrawn: the task's channel registrations then belong to the `select!`.
pub(super) const IN_SELECT: u8 = 64;
/// Set once an arm of the task's current `select!` completed (or it took its default or
/// timeout arm): its other registrations can no longer complete. Set with `IN_SELECT` when
/// the task ends, so that registrations it left behind are dead too.
pub(super) const DECIDED: u8 = 128;

/// The kinds of [`WaitingOn`](crate::sched::WaitingOn), as a task's core keeps them.
pub(super) const WAIT_NONE: u8 = 0;
pub(super) const WAIT_RECV: u8 = 1;
pub(super) const WAIT_SEND: u8 = 2;
pub(super) const WAIT_SLEEP: u8 = 3;
pub(super) const WAIT_JOIN: u8 = 4;
pub(super) const WAIT_SELECT: u8 = 5;
pub(super) const WAIT_OTHER: u8 = 6;
