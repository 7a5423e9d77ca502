//! The runtime of N schedulers (`coro_core::rt`): spawning and placement, `rt::current`,
//! joins across schedulers, panics, `run` with timers, deadlocks across schedulers, no
//! false deadlock while a message is in flight, shutdown (each coroutine dropped once, on
//! its scheduler's thread), stealing, queued tasks started together where none can be
//! stolen, and a stress test of 10^6 messages. Every wait is bounded: a test that would
//! hang fails after [`BOUND`].

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use coro_core::channel::error::TrySendError;
use coro_core::channel::{channel, sync};
use coro_core::coro;
use coro_core::rt::{self, Placement, Runtime};
use coro_core::sched::{self, BlockedTask, JoinError, TaskId, WaitingOn};

mod rt_support;
use rt_support::{BOUND, bounded, hold, runtime};

const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Runtime>();
    send_sync::<rt::JoinHandle<String>>();
};

#[test]
fn spawn_spawn_on_block_on_and_run() {
    bounded(|| {
        let rt = runtime(2);
        assert_eq!(rt.schedulers(), 2);
        let placed: Vec<_> = (0..20u64).map(|i| rt.spawn(coro!(move || i * 2))).collect();
        let pinned: Vec<_> = (0..20u64)
            .map(|i| rt.spawn_on((i % 2) as usize, coro!(move || (i, rt::current()))))
            .collect();
        assert_eq!(rt.block_on(coro!(|| 40)), Ok(40));
        rt.run().unwrap();
        for (i, handle) in placed.iter().enumerate() {
            assert!(handle.is_finished());
            assert_eq!(handle.try_join(), Some(Ok(i as u64 * 2)));
        }
        for (i, handle) in pinned.into_iter().enumerate() {
            assert_eq!(handle.join(), Ok((i as u64, Some(i % 2))));
        }
        assert_eq!(rt::current(), None);
    });
}

#[test]
fn a_pinned_task_sees_its_scheduler_at_every_resume() {
    bounded(|| {
        let rt = runtime(3);
        let handles: Vec<_> = (0..3)
            .map(|i| {
                rt.spawn_on(
                    i,
                    coro!(move || {
                        let (tx, rx) = sync::channel::<()>(1);
                        for step in 0..50u32 {
                            assert_eq!(rt::current(), Some(i), "step {step}");
                            match step % 3 {
                                0 => yield_now!(),
                                1 => sleep!(Duration::from_micros(50)),
                                _ => {
                                    send!(tx, ()).unwrap();
                                    recv!(rx).unwrap();
                                }
                            }
                        }
                        rt::current()
                    }),
                )
            })
            .collect();
        for (i, handle) in handles.into_iter().enumerate() {
            assert_eq!(handle.join(), Ok(Some(i)));
        }
    });
}

#[test]
fn a_not_send_task_spawned_locally_inside_a_worker() {
    bounded(|| {
        let rt = runtime(2);
        let (tx, rx) = sync::channel(0);
        let handle = rt.spawn_on(
            1,
            coro!(move || {
                // A `!Send` task (it keeps an `Rc` and a scheduler's join handles across its
                // suspensions) started on this scheduler; it reports through a sync channel.
                drop(sched::spawn(coro!(move || {
                    let shared = Rc::new(Cell::new(0u32));
                    let children: Vec<_> = (1..=4u32)
                        .map(|i| {
                            let shared = Rc::clone(&shared);
                            sched::spawn(coro!(move || {
                                yield_now!();
                                shared.set(shared.get() + i);
                                rt::current()
                            }))
                        })
                        .collect();
                    let mut places = Vec::new();
                    for child in children {
                        places.push(join!(child).unwrap());
                    }
                    send!(tx, (shared.get(), places, rt::current())).unwrap();
                })));
                recv!(rx)
            }),
        );
        assert_eq!(handle.join(), Ok(Some((10, vec![Some(1); 4], Some(1)))));
        rt.run().unwrap();
    });
}

#[test]
fn join_a_task_of_another_scheduler() {
    bounded(|| {
        let rt = runtime(2);
        let (tx, rx) = sync::channel::<u32>(0);
        let child = rt.spawn_on(1, coro!(move || recv!(rx).map(|v| v * 10)));
        let child_id = child.id();
        let parent = rt.spawn_on(
            0,
            coro!(move || {
                let value = join!(&child).unwrap();
                (value, join!(child))
            }),
        );
        let sender = rt.spawn(coro!(move || send!(tx, 4).unwrap()));
        assert_eq!(
            parent.join(),
            Ok((Some(40), Err(JoinError::Taken { task: child_id })))
        );
        assert_eq!(sender.join(), Ok(()));
        rt.run().unwrap();
    });
}

#[test]
fn a_panic_stays_in_its_task() {
    bounded(|| {
        let rt = runtime(2);
        let bad = rt.spawn_on(
            1,
            coro!(|| {
                yield_now!();
                assert!(rt::current().is_none(), "task failed on purpose");
                7
            }),
        );
        let good = rt.spawn_on(
            1,
            coro!(|| {
                yield_now!();
                yield_now!();
                8
            }),
        );
        let error = bad.join().unwrap_err();
        assert!(error.is_panic());
        assert_eq!(error.panic_message(), Some("task failed on purpose"));
        assert_eq!(error.task(), bad.id());
        assert_eq!(good.join(), Ok(8));
        rt.run().unwrap();
        // The scheduler still runs tasks.
        assert_eq!(rt.block_on(coro!(|| 9)), Ok(9));
    });
}

#[test]
fn run_waits_for_timers_on_every_scheduler() {
    bounded(|| {
        let rt = runtime(2);
        let start = Instant::now();
        let handles: Vec<_> = (0..2)
            .map(|i| {
                rt.spawn_on(
                    i,
                    coro!(move || {
                        sleep!(Duration::from_millis(20 * (i as u64 + 1)));
                        rt::current()
                    }),
                )
            })
            .collect();
        rt.run().unwrap();
        assert!(start.elapsed() >= Duration::from_millis(40));
        for (i, handle) in handles.into_iter().enumerate() {
            assert_eq!(handle.try_join(), Some(Ok(Some(i))));
        }
    });
}

/// A deadlock across `n` schedulers: on each, a task receiving from a sync channel nobody
/// sends on, one sending on a sync channel nobody receives from, one joining the receiver
/// of the next scheduler, and a `!Send` task spawned there sending on a single-thread
/// channel nobody receives from.
fn deadlock_across(n: usize) {
    bounded(move || {
        let rt = runtime(n);
        let (tx, rx) = sync::channel::<u8>(0);
        let (stuck_tx, stuck_rx) = sync::channel::<u8>(0);
        let mut expected = HashMap::new();
        let mut receivers = Vec::new();
        for i in 0..n {
            let rx = rx.clone();
            let receiver = rt.spawn_on(i, coro!(move || recv!(rx)));
            expected.insert(receiver.id(), (i, WaitingOn::SyncRecv(tx.id())));
            receivers.push(receiver);
            let stuck_tx = stuck_tx.clone();
            let sender = rt.spawn_on(i, coro!(move || send!(stuck_tx, 1).is_ok()));
            expected.insert(sender.id(), (i, WaitingOn::SyncSend(stuck_rx.id())));
            let spawner = rt.spawn_on(
                i,
                coro!(|| {
                    drop(sched::spawn(coro!(|| {
                        let (local_tx, local_rx) = channel::<u8>(0);
                        let result = send!(local_tx, 1);
                        drop(local_rx);
                        result.is_ok()
                    })));
                }),
            );
            spawner.join().unwrap();
        }
        let mut joiners = Vec::new();
        for (i, receiver) in receivers.into_iter().enumerate() {
            let target = receiver.id();
            let joiner = rt.spawn_on((i + 1) % n, coro!(move || join!(receiver).is_ok()));
            expected.insert(joiner.id(), ((i + 1) % n, WaitingOn::Join(target)));
            joiners.push(joiner);
        }
        let deadlock = rt.run().unwrap_err();
        let blocked = deadlock.blocked();
        assert_eq!(blocked.len(), 4 * n, "{deadlock}");
        let mut seen = HashSet::new();
        let mut local_senders = vec![0; n];
        for task in blocked {
            assert!(seen.insert(task.id()));
            let scheduler = task.scheduler().expect("a runtime's task");
            assert!(
                task.to_string()
                    .ends_with(&format!("on scheduler {scheduler}")),
                "{task}"
            );
            if let Some(&(on, waiting_on)) = expected.get(&task.id()) {
                assert_eq!(scheduler, on, "{task}");
                assert_eq!(task.waiting_on(), waiting_on, "{task}");
            } else {
                assert!(matches!(task.waiting_on(), WaitingOn::Send(_)), "{task}");
                local_senders[scheduler] += 1;
            }
        }
        assert_eq!(local_senders, vec![1; n]);
        let schedulers: Vec<_> = blocked.iter().map(BlockedTask::scheduler).collect();
        assert!(schedulers.is_sorted());
        // Reported again while nothing changes.
        assert_eq!(rt.run().unwrap_err(), deadlock);
        // Closing the channel from plain code ends the receivers, then their joiners.
        drop(rx);
        drop(tx);
        let deadlock = rt.run().unwrap_err();
        assert_eq!(deadlock.blocked().len(), 2 * n, "{deadlock}");
        for joiner in joiners {
            assert_eq!(joiner.try_join(), Some(Ok(true)));
        }
    });
}

#[test]
fn deadlock_across_two_schedulers() {
    deadlock_across(2);
}

#[test]
fn deadlock_across_four_schedulers() {
    deadlock_across(4);
}

#[test]
fn a_task_in_wait_keeps_run_waiting_for_a_wake_up_from_outside() {
    bounded(|| {
        let rt = runtime(2);
        let (wakers_tx, wakers_rx) = mpsc::channel();
        let flag = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&flag);
        let waiter = rt.spawn_on(
            1,
            coro!(move || {
                wait!(|cx| {
                    if seen.load(Ordering::SeqCst) == 1 {
                        std::task::Poll::Ready(())
                    } else {
                        let _ = wakers_tx.send(cx.waker().clone());
                        std::task::Poll::Pending
                    }
                });
                rt::current()
            }),
        );
        let waker = wakers_rx.recv_timeout(BOUND).unwrap();
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(30));
            flag.store(1, Ordering::SeqCst);
            waker.wake();
        });
        rt.run().unwrap();
        assert_eq!(waiter.try_join(), Some(Ok(Some(1))));
    });
}

/// A ball sent back and forth `hops` times between a task on each of two schedulers,
/// through sync rendezvous channels.
fn ping_pong(rt: &Runtime, hops: u64) -> (rt::JoinHandle<u64>, rt::JoinHandle<u64>) {
    let (ping_tx, ping_rx) = sync::channel::<u64>(0);
    let (pong_tx, pong_rx) = sync::channel::<u64>(0);
    let a = rt.spawn_on(
        0,
        coro!(move || {
            let mut ball = 0;
            for _ in 0..hops / 2 {
                send!(ping_tx, ball).unwrap();
                ball = recv!(pong_rx).unwrap();
            }
            ball
        }),
    );
    let b = rt.spawn_on(
        1,
        coro!(move || {
            let mut last = 0;
            while let Some(ball) = recv!(ping_rx) {
                last = ball + 2;
                send!(pong_tx, ball + 2).unwrap();
            }
            last
        }),
    );
    (a, b)
}

#[test]
fn no_false_deadlock_while_a_message_is_in_flight() {
    bounded(|| {
        let rt = runtime(2);
        // 200 short runs of 50 hops each, then one of 10^4.
        for round in 0..200 {
            let (a, b) = ping_pong(&rt, 50);
            rt.run().unwrap_or_else(|d| panic!("round {round}: {d}"));
            assert_eq!(a.try_join(), Some(Ok(50)));
            assert_eq!(b.try_join(), Some(Ok(50)));
        }
        let (a, b) = ping_pong(&rt, 10_000);
        rt.run().unwrap();
        assert_eq!(a.try_join(), Some(Ok(10_000)));
        assert_eq!(b.try_join(), Some(Ok(10_000)));
    });
}

/// Counts its drops, and records the name of the thread each happened on.
struct Tracked {
    drops: Drops,
    id: usize,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let thread = thread::current().name().map(String::from);
        self.drops.lock().unwrap().push((self.id, thread));
    }
}

/// Each drop of a [`Tracked`]: its id and its thread's name.
type Drops = Arc<Mutex<Vec<(usize, Option<String>)>>>;

/// Checks that tasks `0..n` were each dropped once, task `i` on the thread
/// `expected(i)` names.
fn check_drops(drops: &Drops, n: usize, expected: impl Fn(usize) -> String) {
    let drops = drops.lock().unwrap();
    let mut count = vec![0; n];
    for (id, thread) in drops.iter() {
        count[*id] += 1;
        assert_eq!(thread.as_deref(), Some(expected(*id).as_str()), "task {id}");
    }
    assert!(count.iter().all(|&c| c == 1), "drops per task: {count:?}");
}

#[test]
fn shutdown_cancels_blocked_tasks_once_on_their_threads() {
    bounded(|| {
        let drops = Drops::default();
        let rt = runtime(3);
        let (tx, rx) = sync::channel::<u8>(0);
        let handles: Vec<_> = (0..9)
            .map(|id| {
                let tracked = Tracked {
                    drops: Arc::clone(&drops),
                    id,
                };
                let rx = rx.clone();
                rt.spawn_on(
                    id % 3,
                    coro!(move || {
                        let _tracked = tracked;
                        recv!(rx)
                    }),
                )
            })
            .collect();
        drop(rx);
        // Every task is blocked.
        assert_eq!(rt.run().unwrap_err().blocked().len(), 9);
        drop(rt);
        check_drops(&drops, 9, |id| format!("coro-rt-{}", id % 3));
        for handle in handles {
            assert_eq!(
                handle.try_join(),
                Some(Err(JoinError::Cancelled { task: handle.id() }))
            );
        }
        // The receivers went with their tasks: a value sent now is handed back.
        assert_eq!(tx.try_send(5), Err(TrySendError::Closed(5)));
    });
}

#[test]
fn shutdown_while_tasks_run() {
    bounded(|| {
        let drops = Drops::default();
        let rt = runtime(2);
        let running = Arc::new(AtomicUsize::new(0));
        let handles: Vec<_> = (0..6)
            .map(|id| {
                let tracked = Tracked {
                    drops: Arc::clone(&drops),
                    id,
                };
                let running = Arc::clone(&running);
                rt.spawn_on(
                    id % 2,
                    coro!(move || {
                        let _tracked = tracked;
                        running.fetch_add(1, Ordering::SeqCst);
                        // For ever: nothing sets it back to 0.
                        while running.load(Ordering::SeqCst) > 0 {
                            yield_now!();
                        }
                    }),
                )
            })
            .collect();
        let start = Instant::now();
        while running.load(Ordering::SeqCst) < 6 {
            assert!(start.elapsed() < BOUND);
            thread::yield_now();
        }
        drop(rt);
        check_drops(&drops, 6, |id| format!("coro-rt-{}", id % 2));
        for handle in handles {
            assert_eq!(
                handle.try_join(),
                Some(Err(JoinError::Cancelled { task: handle.id() }))
            );
        }
    });
}

#[test]
fn shutdown_drops_tasks_never_started() {
    bounded(|| {
        const N: usize = 2_000;
        let drops = Drops::default();
        let rt = Runtime::builder()
            .schedulers(1)
            .stealing(false)
            .build()
            .unwrap();
        // A task that holds its scheduler's thread until one second after the drop of the
        // runtime began: the tasks queued meanwhile never start (the scheduler, stopping,
        // starts nothing more).
        let releaser = hold(&rt, 0).release_after(Duration::from_secs(1));
        let (_tx, rx) = sync::channel::<u8>(0);
        let started = Arc::new(AtomicUsize::new(0));
        let handles: Vec<_> = (0..N)
            .map(|id| {
                let tracked = Tracked {
                    drops: Arc::clone(&drops),
                    id,
                };
                let rx = rx.clone();
                let started = Arc::clone(&started);
                let task = coro!(move || {
                    let _tracked = tracked;
                    started.fetch_add(1, Ordering::SeqCst);
                    recv!(rx)
                });
                if id % 2 == 0 {
                    rt.spawn(task)
                } else {
                    rt.spawn_on(0, task)
                }
            })
            .collect();
        drop(rt);
        releaser.join().unwrap();
        assert_eq!(started.load(Ordering::SeqCst), 0);
        check_drops(&drops, N, |_| String::from("coro-rt-0"));
        for handle in handles {
            assert_eq!(
                handle.try_join(),
                Some(Err(JoinError::Cancelled { task: handle.id() }))
            );
        }
    });
}

/// A node of [`tree`]: counts where it runs, spawns 10 children with `rt::spawn` down to
/// `depth`, and returns the size of its subtree.
fn node(
    counts: Arc<[AtomicUsize; 2]>,
    depth: u32,
) -> impl coro_core::Coroutine<(), Yield = (), Return = u64> + Send {
    coro!(move || {
        let here = rt::current().unwrap();
        counts[here].fetch_add(1, Ordering::Relaxed);
        if depth == 0 {
            // A little work, so that the other scheduler has time to steal.
            let mut x = 0u64;
            for i in 0..2_000u64 {
                x = std::hint::black_box(x.wrapping_add(i));
            }
            std::hint::black_box(x);
            return 1;
        }
        let children: Vec<_> = (0..10)
            .map(|_| rt::spawn(node(Arc::clone(&counts), depth - 1)))
            .collect();
        let mut total = 1;
        for child in children {
            total += join!(child).unwrap();
        }
        total
    })
}

/// Spawns a tree of `1 + 10 + ... ` tasks under a root on scheduler 0 (each node spawns
/// `fan` children with `rt::spawn` down to `depth`), each counting where it ran.
fn tree(stealing: bool) -> [usize; 2] {
    bounded(move || {
        let rt = Runtime::builder()
            .schedulers(2)
            .stealing(stealing)
            .seed(5)
            .build()
            .unwrap();
        let counts: Arc<[AtomicUsize; 2]> = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);

        let root = rt.spawn_on(0, node(Arc::clone(&counts), 4));
        assert_eq!(root.join(), Ok(11_111));
        rt.run().unwrap();
        [
            counts[0].load(Ordering::Relaxed),
            counts[1].load(Ordering::Relaxed),
        ]
    })
}

#[test]
fn stealing_spreads_a_tree_spawned_on_one_scheduler() {
    let counts = tree(true);
    assert_eq!(counts[0] + counts[1], 11_111);
    assert!(counts[1] > 0, "nothing was stolen: {counts:?}");
}

#[test]
fn without_stealing_a_tree_stays_on_its_scheduler() {
    assert_eq!(tree(false), [11_111, 0]);
}

/// A child that sends `i` to its parent.
fn report(
    tx: sync::Sender<u32>,
    i: u32,
) -> impl coro_core::Coroutine<(), Yield = (), Return = ()> + Send {
    coro!(move || send!(tx, i).unwrap())
}

/// On a runtime where no scheduler could steal them, an idle scheduler starts its queued
/// tasks several at once: a parent woken by its first child's value finds the others'
/// there too (started one at a time, the first child would wake it before the next
/// started, and it would find none).
#[test]
fn with_no_thief_queued_tasks_start_together() {
    bounded(|| {
        let one = runtime(1);
        let no_stealing = Runtime::builder()
            .schedulers(2)
            .stealing(false)
            .build()
            .unwrap();
        for rt in [one, no_stealing] {
            let parent = rt.spawn_on(
                0,
                coro!(|| {
                    let (tx, rx) = sync::channel(3);
                    for i in 0..3 {
                        drop(rt::spawn(report(tx.clone(), i)));
                    }
                    drop(tx);
                    let first = recv!(rx).unwrap();
                    (first, rx.len())
                }),
            );
            assert_eq!(parent.join(), Ok((0, 2)));
        }
    });
}

#[test]
fn a_million_messages_over_four_schedulers() {
    const SCHEDULERS: usize = 4;
    const SENDERS: usize = 8;
    const RECEIVERS: usize = 8;
    const EACH: u64 = 125_000; // 10^6 / SENDERS
    bounded(|| {
        let rt = runtime(SCHEDULERS);
        let (tx, rx) = sync::channel::<(usize, u64)>(64);
        for sender in 0..SENDERS {
            let tx = tx.clone();
            rt.spawn_on(
                sender % SCHEDULERS,
                coro!(move || {
                    for i in 0..EACH {
                        send!(tx, (sender, i)).unwrap();
                    }
                }),
            );
        }
        drop(tx);
        let receivers: Vec<_> = (0..RECEIVERS)
            .map(|r| {
                let rx = rx.clone();
                rt.spawn_on(
                    r % SCHEDULERS,
                    coro!(move || {
                        let mut got = Vec::new();
                        while let Some(v) = recv!(rx) {
                            got.push(v);
                        }
                        got
                    }),
                )
            })
            .collect();
        drop(rx);
        rt.run().unwrap();
        let mut seen = vec![0u64; SENDERS];
        let mut total = 0;
        for receiver in receivers {
            let got = receiver.try_join().unwrap().unwrap();
            // FIFO per sender, as one receiver sees it.
            let mut last: HashMap<usize, u64> = HashMap::new();
            for (sender, i) in got {
                if let Some(&before) = last.get(&sender) {
                    assert!(i > before, "sender {sender}: {i} after {before}");
                }
                last.insert(sender, i);
                seen[sender] += 1;
                total += 1;
            }
        }
        assert_eq!(total, 1_000_000);
        assert!(seen.iter().all(|&n| n == EACH), "{seen:?}");
    });
}

#[test]
fn tasks_spawned_inside_tasks_have_unique_ids() {
    bounded(|| {
        let rt = runtime(2);
        let root = rt.spawn(coro!(|| {
            let ids: Vec<TaskId> = (0..100).map(|i| rt::spawn(coro!(move || i)).id()).collect();
            ids
        }));
        let ids = root.join().unwrap();
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), 100);
        rt.run().unwrap();
    });
}

#[test]
#[should_panic(expected = "`spawn_on(2, ..)` on a runtime of 2 schedulers")]
fn spawn_on_out_of_range_panics() {
    let rt = runtime(2);
    drop(rt.spawn_on(2, coro!(|| ())));
}

#[test]
#[should_panic(expected = "called outside the tasks of a runtime")]
fn rt_spawn_outside_a_runtime_panics() {
    drop(rt::spawn(coro!(|| ())));
}

#[test]
fn debug_shows_the_runtime_and_handles() {
    let rt = Runtime::builder().schedulers(2).seed(3).build().unwrap();
    let handle = rt.spawn(coro!(|| ()));
    handle.join().unwrap();
    let shown = format!("{rt:?} {handle:?}");
    assert!(shown.contains("schedulers: 2"), "{shown}");
    assert!(shown.contains("seed: 3"), "{shown}");
    assert!(shown.contains("finished: true"), "{shown}");
}

#[test]
fn round_robin_places_tasks_from_outside_in_turn() {
    bounded(|| {
        let rt = Runtime::builder()
            .schedulers(2)
            .stealing(false)
            .placement(Placement::RoundRobin)
            .build()
            .unwrap();
        let places: Vec<_> = (0..10)
            .map(|_| rt.spawn(coro!(|| rt::current())))
            .map(|handle| handle.join().unwrap())
            .collect();
        let expected: Vec<_> = (0..10).map(|i| Some(i % 2)).collect();
        assert_eq!(places, expected);
    });
}

#[test]
fn least_loaded_placement_and_pinned_threads_run_every_task() {
    bounded(|| {
        let rt = Runtime::builder()
            .schedulers(2)
            .pin_threads(true)
            .placement(Placement::LeastLoaded)
            .build()
            .unwrap();
        let handles: Vec<_> = (0..50u64)
            .map(|i| {
                rt.spawn(coro!(move || {
                    sleep!(Duration::from_micros(100));
                    i
                }))
            })
            .collect();
        rt.run().unwrap();
        let sum: u64 = handles.iter().map(|h| h.try_join().unwrap().unwrap()).sum();
        assert_eq!(sum, 49 * 50 / 2);
    });
}

/// Reads a byte from `stream` and sends it, with the scheduler it ran on, to `done`.
#[coro_core::coroutine]
fn read_one(stream: coro_core::net::TcpStream, done: mpsc::Sender<(Option<usize>, Vec<u8>)>) {
    let mut buf = [0u8; 1];
    let n = read!(stream, &mut buf).unwrap();
    done.send((rt::current(), buf[..n].to_vec())).unwrap();
}

/// A task waiting on a socket keeps `run` waiting, its scheduler blocked in its reactor;
/// a wake-up from a task of another scheduler (a sync channel) interrupts that block.
#[test]
fn socket_waits_on_a_scheduler_blocked_in_its_reactor() {
    use coro_core::net::TcpListener;
    use std::io::{Read, Write};

    bounded(|| {
        let rt = runtime(2);
        let (tx, rx) = sync::channel::<u8>(0);
        let (addr_tx, addr_rx) = mpsc::channel();
        let (done_tx, done_rx) = mpsc::channel();
        // Scheduler 1: a server (a local task: its sockets stay on their scheduler) that,
        // once a client is connected, waits for a value from scheduler 0 while its reactor
        // has the connection registered, writes it, and reads the answer.
        rt.spawn_on(
            1,
            coro!(move || {
                let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let rx = rx.clone();
                let done_tx = done_tx.clone();
                drop(sched::spawn(coro!(move || {
                    let (out, _) = accept!(listener).unwrap();
                    let (back, _) = accept!(listener).unwrap();
                    // A reader waits on the second connection meanwhile: the scheduler
                    // then blocks in its reactor, and the sync send must interrupt it.
                    sched::spawn(read_one(back, done_tx.clone()));
                    let value = recv!(rx).unwrap();
                    write_all!(out, &[value]).unwrap();
                })));
            }),
        );
        let addr = addr_rx.recv_timeout(BOUND).unwrap();
        let client = thread::spawn(move || {
            let mut out = std::net::TcpStream::connect(addr).unwrap();
            let mut back = std::net::TcpStream::connect(addr).unwrap();
            out.set_read_timeout(Some(BOUND)).unwrap();
            let mut buf = [0u8; 1];
            out.read_exact(&mut buf).unwrap();
            back.write_all(&[buf[0] + 1]).unwrap();
            buf[0]
        });
        // Scheduler 0: sends once the server has had time to block in its reactor.
        rt.spawn_on(
            0,
            coro!(move || {
                sleep!(Duration::from_millis(100));
                send!(tx, 41).unwrap();
            }),
        );
        rt.run().unwrap();
        assert_eq!(client.join().unwrap(), 41);
        assert_eq!(done_rx.recv_timeout(BOUND).unwrap(), (Some(1), vec![42]));
    });
}
