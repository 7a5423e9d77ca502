//! [`ThreadToken`]: the proof, checked by the compiler, that code runs on a scheduler's
//! thread.
//!
//! Some parts of a scheduler's tasks belong to the scheduler's thread: the `Cell`s of a
//! task's core (its flags, its run-queue link, its count of local references, what it waits
//! on), the extras table and the run queue. Yet they sit where a waker on any thread
//! reaches them: in a task's core, and in the scheduler's shared part. Their accessors take
//! a `ThreadToken` (a task's through `LocalCore`, made from the core and a token), and a
//! token is made only from what exists on a scheduler's thread alone, neither being `Send`
//! nor `Sync`:
//! - a [`Local`], the scheduler's state on its thread ([`ThreadToken::of_scheduler`]);
//! - a [`TaskRef`], which is made only on its task's scheduler's thread
//!   ([`ThreadToken::of_task`]).
//!
//! The token itself is neither `Send` nor `Sync` (asserted below, with `Local` and
//! `TaskRef`), so it cannot leave the thread it was made on. It costs nothing: it is zero
//! bytes, passed by copy.
//!
//! It says that this thread runs (or owns) a scheduler, not which one: a thread may have
//! several. The thread-bound parts of a task may be touched with it when the task belongs
//! to a scheduler of this thread, which holds for every task that safe code reaches
//! (through a `TaskRef`, or a `Local` and its own tasks). A waker reaches its task through
//! a raw pointer, on any thread: its code touches those parts only inside
//! [`with_scheduler_of`](super::context::with_scheduler_of), which checks that the task's
//! scheduler is the one running here and hands it the token.

use core::marker::PhantomData;

use super::local::Local;
use super::task::TaskRef;

/// A proof that the code holding it runs on a scheduler's thread (see the module docs).
#[derive(Clone, Copy)]
pub(crate) struct ThreadToken {
    /// Neither `Send` nor `Sync`, and the only field: made only by the functions below.
    _thread_bound: PhantomData<*const ()>,
}

impl ThreadToken {
    /// The token of the thread that `local`'s scheduler belongs to.
    #[inline]
    pub(crate) fn of_scheduler(_: &Local) -> ThreadToken {
        ThreadToken {
            _thread_bound: PhantomData,
        }
    }

    /// The token of the thread of `task`'s scheduler.
    #[inline]
    pub(crate) fn of_task(_: &TaskRef) -> ThreadToken {
        ThreadToken {
            _thread_bound: PhantomData,
        }
    }
}

/// Fails to compile if `$t` is `Send` or if it is `Sync`: a method name that two blanket
/// impls provide, one of them for `Send` (or `Sync`) types only, is ambiguous exactly when
/// the type is.
macro_rules! assert_thread_bound {
    ($($t:ty),*) => {$(
        const _: fn() = || {
            trait NotSend<Which> {
                fn check() {}
            }
            impl<T: ?Sized> NotSend<()> for T {}
            impl<T: ?Sized + Send> NotSend<u8> for T {}
            trait NotSync<Which> {
                fn check() {}
            }
            impl<T: ?Sized> NotSync<()> for T {}
            impl<T: ?Sized + Sync> NotSync<u8> for T {}
            <$t as NotSend<_>>::check();
            <$t as NotSync<_>>::check();
        };
    )*};
}

assert_thread_bound!(ThreadToken, Local, TaskRef);
