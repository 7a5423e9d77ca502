//! The runtime (`coro_core::rt`) at its edges: a task placed on a busy scheduler while
//! another sleeps, a join handle polled by several threads or tasks at once (and the same on
//! a lone scheduler), a join of a task of another runtime, shutdown with a long timer, a
//! panicking drop or a drop that joins, a stolen task's scheduler at each resume, and rings
//! of tasks that must end or deadlock exactly. Every wait is bounded: a test that would
//! hang fails after [`BOUND`] (or the shorter wait it names).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use coro_core::channel::sync;
use coro_core::coro;
use coro_core::rt::{self, Runtime};
use coro_core::sched::JoinError;

mod rt_support;
use rt_support::{BOUND, bounded, runtime, wait_for};

/// How long a thread is given to settle (a worker to fall asleep, a joiner to park).
const SETTLE: Duration = Duration::from_millis(100);

/// A task placed from outside on a scheduler busy with a task that does not yield is taken
/// by a scheduler that sleeps: placing it wakes a thief, as a task's `rt::spawn` does.
#[test]
fn a_task_placed_on_a_busy_scheduler_is_stolen_by_a_sleeping_one() {
    bounded(|| {
        let rt = runtime(2);
        let started = Arc::new(AtomicBool::new(false));
        let release = Arc::new(AtomicBool::new(false));
        let (busy_started, busy_release) = (Arc::clone(&started), Arc::clone(&release));
        let busy = rt.spawn_on(
            0,
            coro!(move || {
                busy_started.store(true, Ordering::SeqCst);
                while !busy_release.load(Ordering::SeqCst) {
                    std::hint::spin_loop();
                }
            }),
        );
        wait_for(&started);
        // Scheduler 1 has nothing to do: it falls asleep.
        thread::sleep(SETTLE);
        let (tx, rx) = mpsc::channel();
        // Round-robin placement puts the first task from outside on scheduler 0.
        let placed = rt.spawn(coro!(move || {
            let _ = tx.send(rt::current());
        }));
        let ran_on = rx.recv_timeout(Duration::from_secs(5));
        release.store(true, Ordering::SeqCst);
        assert_eq!(ran_on, Ok(Some(1)), "the task waited behind the busy one");
        assert_eq!(busy.join(), Ok(()));
        assert_eq!(placed.join(), Ok(()));
        rt.run().unwrap();
    });
}

/// `try_join` from one thread while another blocks in `join` on the same handle (it is
/// `Sync`) does not take the joiner's wake-up away.
#[test]
fn try_join_beside_a_blocked_join_loses_no_wake_up() {
    bounded(|| {
        let rt = runtime(2);
        let (tx, rx) = sync::channel::<u32>(0);
        let task = Arc::new(rt.spawn_on(1, coro!(move || recv!(rx))));
        let (done, joined) = mpsc::channel();
        let blocked = Arc::clone(&task);
        thread::spawn(move || {
            let _ = done.send(blocked.join());
        });
        // The joiner parks, its waker registered.
        thread::sleep(SETTLE);
        assert_eq!(task.try_join(), None);
        rt.spawn_on(0, coro!(move || send!(tx, 3).unwrap()));
        assert_eq!(
            joined.recv_timeout(Duration::from_secs(5)),
            Ok(Ok(Some(3))),
            "the joiner was not woken"
        );
        rt.run().unwrap();
    });
}

/// The same inside tasks: a task polls a handle with `try_join` while another task waits on
/// it in `join!` (through an `Arc`); the waiting task is woken when the task ends.
#[test]
fn try_join_in_a_task_beside_a_join_in_another() {
    bounded(|| {
        let rt = runtime(2);
        let (tx, rx) = sync::channel::<u32>(0);
        let (polled_tx, polled_rx) = sync::channel::<()>(0);
        let task = Arc::new(rt.spawn_on(1, coro!(move || recv!(rx))));
        let waiting = Arc::clone(&task);
        let waiter = rt.spawn_on(0, coro!(move || join!(waiting)));
        let poller = Arc::clone(&task);
        rt.spawn_on(
            1,
            coro!(move || {
                // Let the waiter block in `join!` first.
                for _ in 0..100 {
                    yield_now!();
                }
                let early = poller.try_join().is_some();
                send!(polled_tx, ()).unwrap();
                early
            }),
        );
        rt.spawn_on(
            0,
            coro!(move || {
                recv!(polled_rx);
                send!(tx, 4).unwrap();
            }),
        );
        assert_eq!(rt.run().map_err(|d| d.to_string()), Ok(()));
        assert_eq!(waiter.try_join(), Some(Ok(Ok(Some(4)))));
    });
}

/// Two threads block in `join` on the same handle: one gets the result, the other
/// [`JoinError::Taken`]; neither waits for ever.
#[test]
fn two_threads_join_the_same_handle() {
    bounded(|| {
        let rt = runtime(2);
        let (tx, rx) = sync::channel::<u32>(0);
        let task = Arc::new(rt.spawn_on(1, coro!(move || recv!(rx))));
        let id = task.id();
        let (done, joined) = mpsc::channel();
        for _ in 0..2 {
            let handle = Arc::clone(&task);
            let done = done.clone();
            thread::spawn(move || {
                let _ = done.send(handle.join());
            });
        }
        thread::sleep(SETTLE);
        rt.spawn_on(0, coro!(move || send!(tx, 7).unwrap()));
        let mut results: Vec<_> = (0..2)
            .map(|_| joined.recv_timeout(Duration::from_secs(5)))
            .collect();
        results.sort_by_key(|result| format!("{result:?}"));
        assert_eq!(
            results,
            [Ok(Err(JoinError::Taken { task: id })), Ok(Ok(Some(7)))],
            "a joiner was not woken"
        );
    });
}

/// Dropping the runtime while a task sleeps on a long timer does not wait for the timer.
#[test]
fn shutdown_does_not_wait_for_a_long_timer() {
    bounded(|| {
        let rt = runtime(2);
        let sleeping = rt.spawn_on(1, coro!(|| sleep!(Duration::from_secs(3600))));
        thread::sleep(SETTLE);
        let start = Instant::now();
        drop(rt);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
        assert_eq!(
            sleeping.try_join(),
            Some(Err(JoinError::Cancelled {
                task: sleeping.id()
            }))
        );
    });
}

/// Panics when dropped.
struct PanicOnDrop;

impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        panic!("a drop failed on purpose");
    }
}

/// Counts its drops.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// A task whose drop panics while the runtime shuts down does not keep the other tasks of
/// its scheduler from being dropped, nor their handles from reporting `Cancelled`: nothing
/// waits for ever in `join`.
fn shutdown_with_a_panicking_drop(panicking_first: bool) {
    bounded(move || {
        let rt = runtime(1);
        let drops = Arc::new(AtomicUsize::new(0));
        let (_tx, rx) = sync::channel::<u8>(0);
        let mut handles = Vec::new();
        for k in 0..3 {
            let rx = rx.clone();
            let counted = Counted(Arc::clone(&drops));
            let panics = (k == 0) == panicking_first && k != 1;
            handles.push(rt.spawn_on(
                0,
                coro!(move || {
                    let _counted = counted;
                    let _bomb = if panics { Some(PanicOnDrop) } else { None };
                    recv!(rx)
                }),
            ));
        }
        assert_eq!(rt.run().unwrap_err().blocked().len(), 3);
        drop(rt);
        let (done, joined) = mpsc::channel();
        thread::spawn(move || {
            let results: Vec<_> = handles.iter().map(rt::JoinHandle::join).collect();
            let _ = done.send(results);
        });
        let results = joined
            .recv_timeout(Duration::from_secs(5))
            .expect("every handle reports the task's end");
        assert!(
            results
                .iter()
                .all(|result| matches!(result, Err(JoinError::Cancelled { .. }))),
            "{results:?}"
        );
        assert_eq!(drops.load(Ordering::SeqCst), 3);
    });
}

#[test]
fn shutdown_with_the_first_task_panicking_in_its_drop() {
    shutdown_with_a_panicking_drop(true);
}

#[test]
fn shutdown_with_the_last_task_panicking_in_its_drop() {
    shutdown_with_a_panicking_drop(false);
}

/// A task that joins a task of another runtime (which sleeps, then ends) is not blocked
/// for good: `run` waits for it rather than report a deadlock.
#[test]
fn join_a_task_of_another_runtime_is_no_deadlock() {
    bounded(|| {
        let other = runtime(1);
        let there = other.spawn(coro!(|| {
            sleep!(Duration::from_millis(300));
            5
        }));
        let rt = runtime(2);
        let here = rt.spawn(coro!(move || join!(there)));
        assert_eq!(rt.run().map_err(|d| d.to_string()), Ok(()));
        assert_eq!(here.try_join(), Some(Ok(Ok(5))));
    });
}

/// The same on the single-thread scheduler: a `try_join` while another task waits in
/// `join!` on the same handle (through an `Rc`) leaves that task's waker registered.
#[test]
fn scheduler_try_join_beside_a_join_in_another_task() {
    use coro_core::sched::Scheduler;
    use std::rc::Rc;
    let sched = Scheduler::new();
    let (tx, rx) = coro_core::channel::channel::<u32>(0);
    let task = Rc::new(sched.spawn(coro!(move || recv!(rx))));
    let waiting = Rc::clone(&task);
    let waiter = sched.spawn(coro!(move || join!(waiting)));
    let poller = Rc::clone(&task);
    sched.spawn(coro!(move || {
        yield_now!();
        assert!(poller.try_join().is_none());
        send!(tx, 4).unwrap();
    }));
    assert_eq!(sched.run().map_err(|d| d.to_string()), Ok(()));
    assert_eq!(waiter.try_join(), Some(Ok(Ok(Some(4)))));
}

/// Rounds of a ring of tasks over 4 schedulers (2 cores): each waits for the token on its
/// channel, maybe sleeps, and passes it on; placed, pinned, or spawned by the task before
/// it. Without the starter, `run` reports every task of the ring blocked; with it, `run`
/// returns only once every task has ended.
#[test]
fn rings_over_four_schedulers_end_or_deadlock_exactly() {
    bounded(|| {
        let rt = Runtime::builder()
            .schedulers(4)
            .seed(11)
            .build()
            .expect("the threads start");
        for round in 0..100usize {
            let k = 2 + round % 7;
            let (senders, mut receivers): (Vec<_>, Vec<_>) =
                (0..=k).map(|_| sync::channel::<usize>(round % 2)).unzip();
            let last = receivers.pop().expect("k + 1 channels");
            let mut handles = Vec::new();
            for (j, rx) in receivers.into_iter().enumerate() {
                let tx = senders[j + 1].clone();
                let task = coro!(move || {
                    let token = recv!(rx).unwrap_or(usize::MAX);
                    if (token + j).is_multiple_of(3) {
                        sleep!(Duration::from_micros(200));
                    }
                    send!(tx, token + 1).unwrap();
                    rt::current()
                });
                handles.push(match (round + j) % 3 {
                    0 => rt.spawn(task),
                    1 => rt.spawn_on((round + j) % 4, task),
                    _ => {
                        let task = Some(task);
                        rt.spawn(coro!(move || {
                            let child = rt::spawn(task.take().expect("started once"));
                            join!(child).unwrap()
                        }))
                    }
                });
            }
            let deadlock = rt.run().expect_err("the ring waits for its token");
            let blocked = deadlock.blocked().len();
            assert!(
                (k..=2 * k).contains(&blocked),
                "round {round}: {blocked} blocked of {k}"
            );
            let first = senders[0].clone();
            rt.spawn(coro!(move || send!(first, 0).unwrap()));
            let end = rt.spawn(coro!(move || recv!(last)));
            assert_eq!(rt.run().map_err(|d| d.to_string()), Ok(()), "round {round}");
            assert!(
                handles.iter().all(rt::JoinHandle::is_finished),
                "round {round}"
            );
            assert_eq!(end.try_join(), Some(Ok(Some(k))), "round {round}");
        }
    });
}

/// A task taken by a thief runs on the thief's thread from its first resume on, and
/// `rt::current` names that scheduler at every resume.
#[test]
fn a_stolen_task_sees_its_thiefs_scheduler_at_every_resume() {
    bounded(|| {
        let rt = runtime(2);
        let root = rt.spawn_on(
            0,
            coro!(|| {
                let children: Vec<_> = (0..64u64)
                    .map(|i| {
                        rt::spawn(coro!(move || {
                            let thread = || {
                                let name = thread::current().name().map(String::from);
                                (rt::current(), name)
                            };
                            let first = thread();
                            yield_now!();
                            let second = thread();
                            sleep!(Duration::from_micros(100 * (i % 3)));
                            let third = thread();
                            assert_eq!(first, second);
                            assert_eq!(first, third);
                            assert_eq!(first.1, first.0.map(|i| format!("coro-rt-{i}")));
                            first.0
                        }))
                    })
                    .collect();
                // Busy for a while, so that the other scheduler steals.
                let start = Instant::now();
                while start.elapsed() < Duration::from_millis(20) {
                    std::hint::spin_loop();
                }
                let mut on = [0usize; 2];
                for child in children {
                    let scheduler = join!(child).unwrap().unwrap();
                    on[scheduler] += 1;
                }
                on
            }),
        );
        let on = root.join().unwrap();
        assert_eq!(on[0] + on[1], 64);
        assert!(on[1] > 0, "nothing was stolen: {on:?}");
        rt.run().unwrap();
    });
}

/// Blocks its thread, when dropped, until the task of `handle` ends.
struct JoinOnDrop(Option<rt::JoinHandle<Option<u8>>>, mpsc::Sender<String>);

impl Drop for JoinOnDrop {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            let _ = self.1.send(format!("{:?}", handle.join()));
        }
    }
}

/// A task whose drop blocks its scheduler's thread until a task of another scheduler ends:
/// shutdown cancels that task on its own thread all the same, and the drop returns.
#[test]
fn shutdown_with_a_drop_that_joins_a_task_of_another_scheduler() {
    bounded(|| {
        let rt = runtime(2);
        let (_tx, rx) = sync::channel::<u8>(0);
        let there_rx = rx.clone();
        let there = rt.spawn_on(1, coro!(move || recv!(there_rx)));
        let there_id = there.id();
        let (said, heard) = mpsc::channel();
        let guard = JoinOnDrop(Some(there), said);
        rt.spawn_on(
            0,
            coro!(move || {
                let _guard = guard;
                recv!(rx)
            }),
        );
        assert_eq!(rt.run().unwrap_err().blocked().len(), 2);
        drop(rt);
        assert_eq!(
            heard.recv_timeout(Duration::from_secs(5)),
            Ok(format!(
                "{:?}",
                Err::<(), _>(JoinError::Cancelled { task: there_id })
            ))
        );
    });
}

/// A runtime dropped by one of its own tasks stops without waiting for the thread it runs
/// on: the drop joins the other schedulers' threads and returns, the task goes on, and its
/// own thread ends when the task returns to its scheduler.
#[test]
fn a_runtime_dropped_by_one_of_its_own_tasks_stops() {
    bounded(|| {
        let rt = runtime(2);
        let slot: Arc<std::sync::Mutex<Option<Runtime>>> = Arc::default();
        let (dropped, after_drop) = mpsc::channel();
        let task_slot = Arc::clone(&slot);
        let _handle = rt.spawn_on(
            1,
            coro!(move || {
                loop {
                    let taken = task_slot.lock().map(|mut rt| rt.take()).ok().flatten();
                    if let Some(rt) = taken {
                        drop(rt);
                        break;
                    }
                    yield_now!();
                }
                let _ = dropped.send(rt::current());
            }),
        );
        *slot.lock().expect("not poisoned") = Some(rt);
        assert_eq!(after_drop.recv_timeout(BOUND), Ok(Some(1)));
    });
}
