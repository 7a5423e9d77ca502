//! A spawned task: one allocation holding the coroutine, its result and its bookkeeping;
//! the references to it; its waker; the join handle.
//!
//! A task lives in a block of its scheduler's [slab](super::slab), with an atomic reference
//! count (`Core::count`), but only its wakers hold counts of their own. On the scheduler's
//! thread, everything else (the scheduler itself until the task ends, the run queue,
//! timers, channel registrations of its blocking operations, the join handle) holds a
//! [`TaskRef`]: a thin pointer counted in a plain `Cell`, whose references together own one
//! count of `count`. (The scheduler's reference is not kept anywhere: it finds its tasks in
//! its slab's blocks in use.) So spawning, switching, waking and parking on the scheduler's
//! own thread take no atomic operation; a `Waker` (for `wait!`, `join!`, or code outside
//! the scheduler) costs one per clone and drop, as any waker.
//!
//! Wakers may travel to other threads (`Waker` is `Send + Sync`), while the coroutine, its
//! result and the plain counts may not. So a waker on another thread reads only the
//! immutable part of the task's [`Core`] (vtable, id, scheduler) and its atomics (the count
//! and the `remote` flag); the rest is reached only through a `LocalCore`, which takes the
//! [token](super::token) of the scheduler's thread. A wake-up from elsewhere goes through
//! the scheduler's remote queue, as a waker of its own, which the scheduler's thread
//! drains. And when the last local reference goes, the
//! scheduler's thread empties the rest (the stage, the join waker) before the shared count
//! is released: the last count, wherever it is dropped, then drops only thread-safe data,
//! and gives the block back to the slab.
//!
//! The files: [`id`] (task ids), [`state`] (the flags and the wait kind a core keeps),
//! [`core`] (the part of a task that does not depend on its coroutine, and `LocalCore`, the
//! view of its thread-bound parts),
//! [`task_ref`] (the scheduler thread's counted references), [`harness`] (the task of one
//! coroutine type: spawning, resuming, finishing, cancelling, freeing), [`join`] (the join
//! handle), [`error`] (join errors), [`waker`] (the wakers' vtable).

mod core;
mod error;
mod harness;
mod id;
mod join;
mod state;
mod task_ref;
mod waker;

#[cfg(test)]
mod tests;

pub(crate) use self::core::{Core, LocalCore};
pub use error::JoinError;
pub(crate) use error::ending_panic;
pub(crate) use harness::Task;
pub use id::TaskId;
pub use join::JoinHandle;
pub(crate) use state::Parked;
#[cfg(feature = "net")]
pub(crate) use state::WaitKind;
pub(crate) use task_ref::TaskRef;
