//! What the runtime's integration tests (`tests/runtime*.rs`) share: a bound on every wait,
//! a runtime of `n` schedulers, and a task that holds its scheduler's thread so that the
//! tasks queued behind it do not start.

// Each test crate uses what it needs of these.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use coro_core::coro;
use coro_core::rt::Runtime;

/// How long a test waits for the runtime before it fails (rather than hang).
pub(crate) const BOUND: Duration = Duration::from_secs(120);

/// Runs `f` on a thread of its own and returns its result, failing the test after
/// [`BOUND`].
pub(crate) fn bounded<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    result
        .recv_timeout(BOUND)
        .expect("finished in time (and did not panic)")
}

/// A runtime of `n` schedulers, with the builder's defaults otherwise.
pub(crate) fn runtime(n: usize) -> Runtime {
    Runtime::builder()
        .schedulers(n)
        .build()
        .expect("the threads start")
}

/// Waits (bounded) until `flag` is set.
pub(crate) fn wait_for(flag: &AtomicBool) {
    let start = Instant::now();
    while !flag.load(Ordering::SeqCst) {
        assert!(start.elapsed() < BOUND, "the flag was never set");
        thread::yield_now();
    }
}

/// A task that holds its scheduler's thread (it never yields) until released, or for
/// [`BOUND`] at most: 0 before it runs, 1 while it holds, 2 once released.
#[must_use]
pub(crate) struct Hold(Arc<AtomicUsize>);

/// Spawns a [`Hold`] on scheduler `i` of `rt`, and returns once it holds the thread.
pub(crate) fn hold(rt: &Runtime, i: usize) -> Hold {
    let state = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&state);
    rt.spawn_on(
        i,
        coro!(move || {
            seen.store(1, Ordering::SeqCst);
            let start = Instant::now();
            while seen.load(Ordering::SeqCst) == 1 && start.elapsed() < BOUND {
                std::hint::spin_loop();
            }
        }),
    );
    let start = Instant::now();
    while state.load(Ordering::SeqCst) == 0 {
        assert!(start.elapsed() < BOUND);
        thread::yield_now();
    }
    Hold(state)
}

impl Hold {
    /// Releases the task `after` this long, from a thread of its own (joined by the caller).
    pub(crate) fn release_after(self, after: Duration) -> JoinHandle<()> {
        thread::spawn(move || {
            thread::sleep(after);
            self.0.store(2, Ordering::SeqCst);
        })
    }
}
