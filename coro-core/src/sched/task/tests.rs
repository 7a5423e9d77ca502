//! Unit tests of a task's memory and release.

use alloc::sync::Arc;
use core::mem;
use std::panic::{self, AssertUnwindSafe};

use super::{Core, Task};
use crate::{Coroutine, CoroutineState};

/// A coroutine of 16 bytes, like a task parked on a channel receive.
struct Sixteen(#[allow(dead_code, reason = "only its size matters")] [u64; 2]);

impl Coroutine for Sixteen {
    type Yield = ();
    type Return = ();
    fn resume(&mut self, (): ()) -> CoroutineState<(), ()> {
        CoroutineState::Complete(())
    }
}

/// A finished task's state whose drop panics: the panic reaches `run`'s caller, and the
/// task still leaves the scheduler, which then goes with all its memory.
#[test]
fn a_panic_dropping_a_finished_tasks_state_leaks_nothing() {
    struct Bomb;
    impl Drop for Bomb {
        fn drop(&mut self) {
            panic!("boom in drop");
        }
    }
    impl Coroutine for Bomb {
        type Yield = ();
        type Return = u32;
        fn resume(&mut self, (): ()) -> CoroutineState<(), u32> {
            CoroutineState::Complete(1)
        }
    }
    let sched = crate::sched::Scheduler::new();
    let shared = Arc::downgrade(&sched.local.shared);
    let handle = sched.spawn(Bomb);
    let ran = panic::catch_unwind(AssertUnwindSafe(|| sched.run()));
    assert_eq!(
        ran.unwrap_err().downcast_ref::<&str>(),
        Some(&"boom in drop")
    );
    assert_eq!(sched.task_count(), 0);
    assert!(sched.run().is_ok(), "no task is left to wait for");
    drop(handle);
    drop(sched);
    assert!(
        shared.upgrade().is_none(),
        "the scheduler's memory is freed"
    );
}

/// What a task adds to its coroutine: the core (with the reference count) and the
/// stage's tag; nothing else, as the slab's blocks have no header. Kept small because a
/// million parked tasks pay it a million times.
#[test]
#[cfg(target_pointer_width = "64")]
fn task_overhead() {
    assert_eq!(mem::size_of::<Core>(), 48);
    // `Sixteen` has no spare bit for the stage's tag, so the tag takes a word.
    let overhead = mem::size_of::<Task<Sixteen>>() - mem::size_of::<Sixteen>();
    assert_eq!(overhead, 48 + 8);
}
