//! [`RuntimeBuilder`]: the options of a runtime, and the start of its threads.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::hash::{BuildHasher, Hasher};
use std::io;
use std::sync::mpsc;
use std::thread;

use super::idle::Idle;
use super::{Inner, Runtime, WorkerQueues, worker};

/// Where [`Runtime::spawn`] from outside the runtime's tasks puts a task (a task's own
/// [`rt::spawn`](super::spawn) queues it on its own scheduler).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Placement {
    /// Each scheduler in turn.
    #[default]
    RoundRobin,
    /// The scheduler with the fewest tasks (live when it last looked, plus queued).
    LeastLoaded,
}

/// How many runtimes were built: the next one's id.
static RUNTIMES: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);

/// Configures a [`Runtime`].
///
/// # Examples
///
/// ```
/// use coro_core::rt::{Placement, Runtime};
///
/// let rt = Runtime::builder()
///     .schedulers(2)
///     .stealing(false)
///     .placement(Placement::LeastLoaded)
///     .seed(7)
///     .build()
///     .unwrap();
/// assert_eq!(rt.schedulers(), 2);
/// assert_eq!(rt.block_on(coro_core::coro!(|| 1 + 1)), Ok(2));
/// ```
#[derive(Debug, Clone)]
pub struct RuntimeBuilder {
    schedulers: Option<usize>,
    pin_threads: bool,
    stealing: bool,
    placement: Placement,
    seed: Option<u64>,
}

impl Default for RuntimeBuilder {
    fn default() -> Self {
        RuntimeBuilder {
            schedulers: None,
            pin_threads: false,
            stealing: true,
            placement: Placement::default(),
            seed: None,
        }
    }
}

impl RuntimeBuilder {
    /// The defaults: one scheduler per available core
    /// ([`std::thread::available_parallelism`]), threads not pinned, stealing on,
    /// round-robin placement, a random seed.
    #[must_use]
    pub fn new() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// The number of schedulers, each on a thread of its own (at least 1).
    #[must_use]
    pub fn schedulers(mut self, n: usize) -> RuntimeBuilder {
        self.schedulers = Some(n.max(1));
        self
    }

    /// Pins scheduler `i`'s thread to the `i`-th core this process may run on (modulo
    /// their number), with `sched_setaffinity` on Linux; elsewhere, does nothing.
    #[must_use]
    pub fn pin_threads(mut self, pin: bool) -> RuntimeBuilder {
        self.pin_threads = pin;
        self
    }

    /// Whether an idle scheduler takes half of the queued (not yet started) tasks of
    /// another; on by default. Tasks placed with `spawn_on` are never taken.
    #[must_use]
    pub fn stealing(mut self, stealing: bool) -> RuntimeBuilder {
        self.stealing = stealing;
        self
    }

    /// Where tasks spawned from outside the runtime go (see [`Placement`]).
    #[must_use]
    pub fn placement(mut self, placement: Placement) -> RuntimeBuilder {
        self.placement = placement;
        self
    }

    /// Fixes the seed from which each scheduler's seed (its `select!` choices, the
    /// victims of its thefts) is derived.
    #[must_use]
    pub fn seed(mut self, seed: u64) -> RuntimeBuilder {
        self.seed = Some(seed);
        self
    }

    /// Starts the schedulers' threads, named `coro-rt-{i}`.
    ///
    /// # Errors
    ///
    /// If a thread cannot be started, or pinned (with [`pin_threads`](Self::pin_threads));
    /// the threads started are stopped first.
    pub fn build(self) -> io::Result<Runtime> {
        let n = self.schedulers.unwrap_or_else(|| {
            thread::available_parallelism().map_or(1, core::num::NonZeroUsize::get)
        });
        let seed = self.seed.unwrap_or_else(|| {
            let mut hasher = std::hash::RandomState::new().build_hasher();
            hasher.write_u64(0x636f_726f_7274);
            hasher.finish()
        });
        let inner = Arc::new(Inner {
            id: RUNTIMES.fetch_add(1, core::sync::atomic::Ordering::Relaxed),
            workers: (0..n).map(|_| WorkerQueues::default()).collect(),
            idle: Idle::new(n),
            shutdown: core::sync::atomic::AtomicBool::new(false),
            stealing: self.stealing,
            placement: self.placement,
            next: core::sync::atomic::AtomicUsize::new(0),
        });
        let mut runtime = Runtime {
            inner,
            threads: Vec::with_capacity(n),
            seed,
        };
        let (ready_tx, ready_rx) = mpsc::channel();
        for index in 0..n {
            let inner = Arc::clone(&runtime.inner);
            let ready = ready_tx.clone();
            let pin = self.pin_threads;
            let worker_seed = seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let thread = thread::Builder::new()
                .name(alloc::format!("coro-rt-{index}"))
                .spawn(
                    move || match if pin { pin_to_core(index) } else { Ok(()) } {
                        Ok(()) => worker::main(index, &inner, worker_seed, &ready),
                        Err(error) => drop(ready.send(Err(error))),
                    },
                )?;
            runtime.threads.push(thread);
        }
        drop(ready_tx);
        for _ in 0..n {
            match ready_rx.recv() {
                Ok(Ok(())) => {}
                // Dropping `runtime` stops the threads started.
                Ok(Err(error)) => return Err(error),
                Err(mpsc::RecvError) => {
                    return Err(io::Error::other("a scheduler's thread ended at its start"));
                }
            }
        }
        Ok(runtime)
    }
}

/// Pins this thread to the `index`-th core of those the process may run on.
#[cfg(target_os = "linux")]
fn pin_to_core(index: usize) -> io::Result<()> {
    // SAFETY: `cpu_set_t` is plain data, for which all zeroes is the empty set.
    let mut allowed: libc::cpu_set_t = unsafe { core::mem::zeroed() };
    // SAFETY: the set is as large as we say, and `0` means this thread.
    if unsafe { libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), &raw mut allowed) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let cores: Vec<usize> = (0..libc::CPU_SETSIZE as usize)
        // SAFETY: `cpu` is below `CPU_SETSIZE`, the size of the set.
        .filter(|&cpu| unsafe { libc::CPU_ISSET(cpu, &allowed) })
        .collect();
    let Some(&core) = cores.get(index % cores.len().max(1)) else {
        return Ok(());
    };
    // SAFETY: as above.
    let mut set: libc::cpu_set_t = unsafe { core::mem::zeroed() };
    // SAFETY: `core` is below `CPU_SETSIZE`.
    unsafe { libc::CPU_SET(core, &mut set) };
    // SAFETY: the set is as large as we say, and `0` means this thread.
    if unsafe { libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), &raw const set) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Pinning is a Linux feature here: elsewhere it does nothing.
#[cfg(not(target_os = "linux"))]
fn pin_to_core(_index: usize) -> io::Result<()> {
    Ok(())
}
