//! The locks and atomics of the code that threads share, from one place: the standard
//! library's, or, in a build with `--cfg loom`, loom's instrumented ones, so that the models
//! in `coro-core/tests/loom*.rs` explore every interleaving of their operations (see
//! TESTING.md). `Arc` stays the standard library's in both builds: its count orders nothing
//! that a model needs to explore.

#[cfg(not(loom))]
pub(crate) use core::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, fence};
#[cfg(not(loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};

#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, fence};
#[cfg(loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};
