//! The locks and atomics of the code that threads share, from one place: the standard
//! library's, or, in a build with `--cfg loom`, loom's instrumented ones, so that the models
//! in `coro-core/tests/loom.rs` explore every interleaving of their operations (see
//! TESTING.md). `Arc` stays the standard library's in both builds: its count orders nothing
//! that a model needs to explore.

#[cfg(not(loom))]
pub(crate) use core::sync::atomic::AtomicU8;
#[cfg(not(loom))]
pub(crate) use std::sync::{Mutex, MutexGuard};

#[cfg(loom)]
pub(crate) use loom::sync::atomic::AtomicU8;
#[cfg(loom)]
pub(crate) use loom::sync::{Mutex, MutexGuard};
