//! The scheduler with tasks written as coroutines: hand-offs, close, select, timers,
//! panics, deadlocks, drops, wake-ups from other threads, determinism.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use coro_core::channel::channel;
use coro_core::channel::error::SendError;
use coro_core::sched::{self, Deadline, JoinError, Scheduler, TaskBuilder, WaitingOn};
use coro_core::{Coroutine, CoroutineState, coro};

type Log = Rc<RefCell<Vec<String>>>;

fn new_log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

fn entries(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

fn virtual_sched() -> Scheduler {
    Scheduler::builder().seed(1).virtual_clock().build()
}

/// Counts how often the wrapped task is resumed.
struct Counted<C> {
    inner: C,
    resumes: Rc<Cell<u32>>,
}

impl<C: Coroutine> Coroutine for Counted<C> {
    type Yield = C::Yield;
    type Return = C::Return;

    fn resume(&mut self, arg: ()) -> CoroutineState<C::Yield, C::Return> {
        self.resumes.set(self.resumes.get() + 1);
        self.inner.resume(arg)
    }
}

/// Logs its name when dropped.
struct Guard(&'static str, Log);

impl Drop for Guard {
    fn drop(&mut self) {
        self.1.borrow_mut().push(format!("drop {}", self.0));
    }
}

#[test]
fn nothing_runs_before_run_and_tasks_run_in_spawn_order() {
    let log = new_log();
    let sched = Scheduler::new();
    for name in ["a", "b", "c"] {
        let log = log.clone();
        sched.spawn(coro!(move || {
            log.borrow_mut().push(format!("{name}1"));
            yield_now!();
            log.borrow_mut().push(format!("{name}2"));
        }));
    }
    assert!(entries(&log).is_empty());
    assert_eq!(sched.task_count(), 3);
    sched.run().unwrap();
    assert_eq!(entries(&log), ["a1", "b1", "c1", "a2", "b2", "c2"]);
    assert_eq!(sched.task_count(), 0);
}

#[test]
fn rendezvous_hand_off_blocks_the_sender_until_taken() {
    let log = new_log();
    let sched = Scheduler::new();
    let (tx, rx) = channel(0);
    let l = log.clone();
    sched.spawn(coro!(move || {
        l.borrow_mut().push("send 1".into());
        send!(tx, 1).unwrap();
        l.borrow_mut().push("sent 1".into());
        send!(tx, 2).unwrap();
        l.borrow_mut().push("sent 2".into());
    }));
    let l = log.clone();
    sched.spawn(coro!(move || {
        yield_now!();
        yield_now!();
        l.borrow_mut().push("recv".into());
        let a = recv!(rx);
        l.borrow_mut().push(format!("got {a:?}"));
        let b = recv!(rx);
        l.borrow_mut().push(format!("got {b:?}"));
        let end = recv!(rx);
        l.borrow_mut().push(format!("got {end:?}"));
    }));
    sched.run().unwrap();
    assert_eq!(
        entries(&log),
        [
            "send 1",
            "recv",
            "got Some(1)",
            "sent 1",
            // The receiver is waiting now: the send hands the value over and completes
            // (Go's semantics), before the receiver runs again.
            "sent 2",
            "got Some(2)",
            "got None"
        ]
    );
}

#[test]
fn receive_drains_after_close_then_ends_and_send_gives_the_value_back() {
    let sched = Scheduler::new();
    let (tx, rx) = channel(4);
    let got = sched.spawn(coro!(move || {
        for i in 0..3 {
            send!(tx, i).unwrap();
        }
        tx.close();
        let refused = send!(tx, 99);
        let mut seen = Vec::new();
        while let Some(v) = recv!(rx) {
            seen.push(v);
        }
        (seen, refused)
    }));
    sched.run().unwrap();
    assert_eq!(
        got.try_join(),
        Some(Ok((vec![0, 1, 2], Err(SendError(99)))))
    );
}

#[test]
fn a_blocked_task_is_resumed_only_when_it_can_progress() {
    let sched = Scheduler::builder().virtual_clock().build();
    let (tx, rx) = channel::<u32>(0);
    let resumes = Rc::new(Cell::new(0));
    sched.spawn(Counted {
        inner: coro!(move || {
            let mut sum = 0;
            while let Some(v) = recv!(rx) {
                sum += v;
            }
            sum
        }),
        resumes: resumes.clone(),
    });
    let sleeper_resumes = Rc::new(Cell::new(0));
    sched.spawn(Counted {
        inner: coro!(move || {
            for i in 0..5 {
                sleep!(Duration::from_millis(10));
                send!(tx, i).unwrap();
            }
        }),
        resumes: sleeper_resumes.clone(),
    });
    // A bystander that yields a lot must not cause the blocked ones to be polled.
    sched.spawn(coro!(|| {
        for _ in 0..100 {
            yield_now!();
        }
    }));
    sched.run().unwrap();
    // Receiver: the first run, then one per value (5); the last value and the close (the
    // sender finishing) come in the same resume.
    assert_eq!(resumes.get(), 6);
    // Sender: the first run, then per value one wake-up by its timer; each send hands the
    // value to the waiting receiver at once.
    assert_eq!(sleeper_resumes.get(), 6);
}

#[test]
fn select_takes_default_when_nothing_is_ready() {
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u8>(1);
    let task = sched.spawn(coro!(move || {
        let first = select! {
            v = recv(rx) => format!("recv {v:?}"),
            default => "default".to_string(),
        };
        tx.try_send(4).unwrap();
        let second = select! {
            v = recv(rx) => format!("recv {v:?}"),
            default => "default".to_string(),
        };
        (first, second)
    }));
    sched.run().unwrap();
    assert_eq!(
        task.try_join(),
        Some(Ok(("default".to_string(), "recv Some(4)".to_string())))
    );
}

#[test]
fn select_waits_for_the_first_ready_arm_and_withdraws_losing_sends() {
    let sched = virtual_sched();
    let (out_tx, out_rx) = channel::<&str>(0);
    let (in_tx, in_rx) = channel::<&str>(0);
    let chooser = sched.spawn(coro!(move || {
        let outcome = select! {
            r = send(out_tx, "offered") => format!("sent {r:?}"),
            v = recv(in_rx) => format!("received {v:?}"),
        };
        // The losing send was withdrawn: nobody can take "offered" any more.
        let leftover = out_tx.try_send("later");
        (outcome, leftover.is_err())
    }));
    let other = sched.spawn(coro!(move || {
        sleep!(Duration::from_millis(5));
        send!(in_tx, "hello").unwrap();
        sleep!(Duration::from_millis(5));
        // The chooser is gone (closing out_tx), and "offered" was withdrawn, not left
        // behind in the channel.
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        out_rx.poll_recv(&mut cx)
    }));
    sched.run().unwrap();
    assert_eq!(
        chooser.try_join(),
        Some(Ok((r#"received Some("hello")"#.to_string(), true)))
    );
    assert_eq!(other.try_join(), Some(Ok(std::task::Poll::Ready(None))));
}

#[test]
fn select_timeout_arm_and_deadlines_on_a_virtual_clock() {
    let sched = virtual_sched();
    let (tx, rx) = channel::<u32>(0);
    let task = sched.spawn(coro!(move || {
        let mut trace = Vec::new();
        for _ in 0..3 {
            let what = select! {
                v = recv(rx) => format!("{v:?}"),
                _ = sleep(Duration::from_millis(100)) => "timeout".to_string(),
            };
            trace.push(format!("{:?} {what}", sched::now()));
        }
        trace
    }));
    sched.spawn(coro!(move || {
        sleep!(Duration::from_millis(150));
        send!(tx, 7).unwrap();
        // Keep the channel open past the last timeout.
        sleep!(Duration::from_secs(1));
        drop(tx);
    }));
    sched.run().unwrap();
    assert_eq!(
        task.try_join(),
        Some(Ok(vec![
            "100ms timeout".to_string(),
            "150ms Some(7)".to_string(),
            "250ms timeout".to_string(),
        ]))
    );
    assert_eq!(sched.now(), Duration::from_millis(1150));
}

#[test]
fn sleeps_wake_in_deadline_order() {
    let log = new_log();
    let sched = virtual_sched();
    for (name, ms) in [("c", 30), ("a", 10), ("b", 20), ("a2", 10)] {
        let log = log.clone();
        sched.spawn(coro!(move || {
            sleep!(Duration::from_millis(ms));
            log.borrow_mut().push(format!("{name}@{:?}", sched::now()));
        }));
    }
    sched.spawn(coro!(|| sleep!(Deadline::at(Duration::from_millis(15)))));
    sched.run().unwrap();
    assert_eq!(entries(&log), ["a@10ms", "a2@10ms", "b@20ms", "c@30ms"]);
}

#[test]
fn select_is_fair_and_replays_with_the_same_seed() {
    fn choices(seed: u64) -> Vec<usize> {
        let sched = Scheduler::builder().seed(seed).build();
        let (a_tx, a_rx) = channel::<()>(1000);
        let (b_tx, b_rx) = channel::<()>(1000);
        let (c_tx, c_rx) = channel::<()>(1000);
        for _ in 0..1000 {
            a_tx.try_send(()).unwrap();
            b_tx.try_send(()).unwrap();
            c_tx.try_send(()).unwrap();
        }
        let task = sched.spawn(coro!(move || {
            let mut picks = Vec::new();
            for _ in 0..900 {
                let pick = select! {
                    _ = recv(a_rx) => 0,
                    _ = recv(b_rx) => 1,
                    _ = recv(c_rx) => 2,
                };
                picks.push(pick);
            }
            picks
        }));
        sched.run().unwrap();
        task.try_join().unwrap().unwrap()
    }
    let first = choices(42);
    assert_eq!(first, choices(42), "same seed, same choices");
    assert_ne!(first, choices(43), "another seed, other choices");
    for arm in 0..3 {
        let n = first.iter().filter(|&&p| p == arm).count();
        // 300 expected; a uniform choice stays well within this band.
        assert!(
            (220..=380).contains(&n),
            "arm {arm} chosen {n} times of 900"
        );
    }
}

#[test]
fn a_panicking_task_reports_its_message_and_the_others_keep_running() {
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u32>(0);
    let failing = sched.spawn(coro!(move || -> u32 {
        let v = recv!(rx).unwrap();
        assert!(v != 1, "bad value {v}");
        v
    }));
    let sender = sched.spawn(coro!(move || {
        send!(tx, 1).unwrap();
        "sender done"
    }));
    sched.run().unwrap();
    let error = failing.try_join().unwrap().unwrap_err();
    assert!(error.is_panic());
    assert_eq!(error.panic_message(), Some("bad value 1"));
    assert_eq!(error.task(), failing.id());
    assert_eq!(sender.try_join(), Some(Ok("sender done")));
    assert_eq!(
        failing.try_join(),
        Some(Err(JoinError::Taken { task: failing.id() }))
    );
}

#[test]
fn join_waits_for_another_task_and_sees_its_panic() {
    let sched = virtual_sched();
    let task = sched.spawn(coro!(|| {
        let slow = sched::spawn(coro!(|| {
            sleep!(Duration::from_secs(1));
            5
        }));
        let broken = sched::spawn(coro!(|| -> i32 { panic!("child failed") }));
        let a = join!(slow);
        let b = join!(broken).map_err(|e| e.to_string());
        (a.unwrap(), b, sched::now())
    }));
    sched.run().unwrap();
    let (a, b, at) = task.try_join().unwrap().unwrap();
    assert_eq!(a, 5);
    assert!(b.unwrap_err().ends_with("panicked: child failed"));
    assert_eq!(at, Duration::from_secs(1));
}

#[test]
fn deadlock_names_every_blocked_task_and_what_it_waits_on() {
    let sched = Scheduler::new();
    let (a_tx, a_rx) = channel::<u8>(0);
    let (b_tx, b_rx) = channel::<u8>(0);
    let (a_id, b_id) = (a_tx.id(), b_tx.id());
    TaskBuilder::new().name("left").spawn_on(
        &sched,
        coro!(move || {
            let _ = recv!(a_rx);
            drop(b_tx);
        }),
    );
    TaskBuilder::new().name("right").spawn_on(
        &sched,
        coro!(move || {
            let _ = recv!(b_rx);
            drop(a_tx);
        }),
    );
    let joiner = sched.spawn(coro!(|| {
        let never = sched::spawn(coro!(|| {
            let (_tx, rx) = channel::<()>(0);
            loop {
                select! {
                    _ = recv(rx) => {}
                }
            }
        }));
        let _ = join!(never);
    }));
    let deadlock = sched.run().unwrap_err();
    let blocked: Vec<_> = deadlock
        .blocked()
        .iter()
        .map(|t| (t.name().map(str::to_owned), t.waiting_on()))
        .collect();
    assert_eq!(blocked.len(), 4);
    assert_eq!(blocked[0], (Some("left".into()), WaitingOn::Recv(a_id)));
    assert_eq!(blocked[1], (Some("right".into()), WaitingOn::Recv(b_id)));
    assert_eq!(blocked[2].1, WaitingOn::Join(deadlock.blocked()[3].id()));
    assert_eq!(deadlock.blocked()[2].id(), joiner.id());
    assert_eq!(blocked[3], (None, WaitingOn::Select(1)));
    let text = deadlock.to_string();
    assert!(
        text.starts_with("deadlock: 4 tasks blocked and nothing left to wake them\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!("\"left\" is receiving from {a_id}")),
        "{text}"
    );
    assert!(text.contains("is in a select over 1 operation"), "{text}");
    // The tasks stay; dropping the scheduler drops them, and the handle says so.
    drop(sched);
    assert_eq!(
        joiner.try_join(),
        Some(Err(JoinError::Cancelled { task: joiner.id() }))
    );
}

#[test]
fn dropping_the_scheduler_drops_each_suspended_task_state_once() {
    let log = new_log();
    let sched = Scheduler::new();
    let (tx, rx) = channel::<Guard>(4);
    let keep_open = tx.clone();
    let (never_tx, never_rx) = channel::<()>(0);
    let l = log.clone();
    let receiver = sched.spawn(coro!(move || {
        let _held = Guard("receiver state", l.clone());
        for i in 0..3 {
            for j in 0..2 {
                let _inner = Guard(
                    if (i, j) == (1, 1) { "loop 1.1" } else { "loop" },
                    l.clone(),
                );
                let v = recv!(rx);
                drop(v);
            }
        }
    }));
    let l = log.clone();
    sched.spawn(coro!(move || {
        for name in ["value 1", "value 2", "value 3"] {
            send!(tx, Guard(name, l.clone())).unwrap();
        }
        let _ = recv!(never_rx);
        drop(tx);
    }));
    let deadlock = sched.run().unwrap_err();
    assert_eq!(deadlock.blocked().len(), 2);
    assert_eq!(
        entries(&log),
        [
            "drop value 1",
            "drop loop",
            "drop value 2",
            "drop loop",
            "drop value 3",
            "drop loop"
        ]
    );
    log.borrow_mut().clear();
    // A value waits in the buffer (the receiver is woken but never runs again).
    assert!(keep_open.try_send(Guard("buffered", log.clone())).is_ok());
    drop(sched);
    assert_eq!(
        entries(&log),
        ["drop loop 1.1", "drop receiver state", "drop buffered"],
        "each live value of the suspended tasks once, then the buffer with the last receiver"
    );
    assert_eq!(
        receiver.try_join(),
        Some(Err(JoinError::Cancelled {
            task: receiver.id()
        }))
    );
    drop((keep_open, never_tx));
    assert_eq!(entries(&log).len(), 3, "nothing dropped twice");
}

#[test]
fn spawn_from_inside_tasks_builds_a_tree() {
    let sched = Scheduler::new();
    let root = sched.spawn(coro!(|| {
        let (tx, rx) = channel::<u64>(0);
        for i in 0..10u64 {
            let tx = tx.clone();
            sched::spawn(coro!(move || {
                let (inner_tx, inner_rx) = channel::<u64>(10);
                for j in 0..10u64 {
                    let inner_tx = inner_tx.clone();
                    sched::spawn(coro!(move || {
                        send!(inner_tx, i * 10 + j).unwrap();
                    }));
                }
                drop(inner_tx);
                let mut sum = 0;
                while let Some(v) = recv!(inner_rx) {
                    sum += v;
                }
                send!(tx, sum).unwrap();
            }));
        }
        drop(tx);
        let mut total = 0;
        while let Some(v) = recv!(rx) {
            total += v;
        }
        total
    }));
    sched.run().unwrap();
    assert_eq!(root.try_join(), Some(Ok(4950)));
}

#[test]
fn a_task_can_be_woken_from_another_thread() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::task::Poll;

    let sched = Scheduler::new();
    let done = Arc::new(AtomicBool::new(false));
    let flag = done.clone();
    let task = sched.spawn(coro!(move || {
        let mut polls = 0;
        wait!(|cx| {
            polls += 1;
            if flag.load(Ordering::SeqCst) {
                Poll::Ready(())
            } else {
                let waker = cx.waker().clone();
                let flag = flag.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(20));
                    flag.store(true, Ordering::SeqCst);
                    waker.wake();
                });
                Poll::Pending
            }
        });
        polls
    }));
    sched.run().unwrap();
    assert!(done.load(Ordering::SeqCst));
    assert_eq!(task.try_join(), Some(Ok(2)));
}

/// Many wake-ups at once from other threads, racing with the scheduler draining them: none
/// is lost (every task sees all of its thread's wake-ups and finishes), and none resumes a
/// task more than once (wake-ups that arrive together are merged).
#[test]
fn concurrent_wake_ups_from_other_threads_are_not_lost() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::task::Poll;

    const TASKS: usize = 32;
    const WAKES: usize = 200;
    let sched = Scheduler::new();
    let handles: Vec<_> = (0..TASKS)
        .map(|_| {
            sched.spawn(coro!(move || {
                let woken = Arc::new(AtomicUsize::new(0));
                let mut waker_sent = false;
                let mut polls = 0usize;
                wait!(|cx| {
                    polls += 1;
                    if woken.load(Ordering::SeqCst) == WAKES {
                        return Poll::Ready(());
                    }
                    if !waker_sent {
                        waker_sent = true;
                        let waker = cx.waker().clone();
                        let woken = woken.clone();
                        std::thread::spawn(move || {
                            for _ in 0..WAKES {
                                woken.fetch_add(1, Ordering::SeqCst);
                                waker.wake_by_ref();
                            }
                        });
                    }
                    Poll::Pending
                });
                polls
            }))
        })
        .collect();
    sched.run().unwrap();
    let polls: Vec<usize> = handles
        .iter()
        .map(|h| h.try_join().unwrap().unwrap())
        .collect();
    assert!(
        polls.iter().all(|&p| (2..=WAKES + 1).contains(&p)),
        "{polls:?}"
    );
}

/// A wake-up from another thread that arrives while the scheduler drains its remote queue
/// (after taking the queue, before clearing the task's flag) is merged into the one being
/// drained; the task must still see what that thread wrote before waking it. (Under Miri,
/// which explores weak memory, the lost write showed as a deadlock.)
#[test]
fn a_merged_wake_up_from_another_thread_publishes_its_writes() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::task::Poll;

    const N: usize = 4;
    for _ in 0..4 {
        let sched = Scheduler::new();
        let task = sched.spawn(coro!(move || {
            let published = Arc::new(AtomicUsize::new(0));
            let mut thread = None;
            wait!(|cx| {
                if published.load(Ordering::Acquire) == N {
                    return Poll::Ready(());
                }
                if thread.is_none() {
                    let waker = cx.waker().clone();
                    let published = published.clone();
                    thread = Some(std::thread::spawn(move || {
                        for i in 1..=N {
                            published.store(i, Ordering::Release);
                            waker.wake_by_ref();
                        }
                    }));
                }
                Poll::Pending
            });
            thread.map(std::thread::JoinHandle::join)
        }));
        sched.run().unwrap();
        assert!(matches!(task.try_join(), Some(Ok(Some(Ok(()))))));
    }
}

/// A `select!` won by one arm while its `sleep` arm is pending leaves the task runnable: its
/// next `yield_now!` requeues it (the pending arm does not mark it as blocked). Eight rounds,
/// so that both arms come first in some of them.
#[test]
fn a_select_won_while_its_sleep_arm_waits_leaves_the_task_runnable() {
    let sched = virtual_sched();
    let (tx, rx) = channel::<u32>(8);
    for i in 0..8 {
        tx.try_send(i).unwrap();
    }
    let task = sched.spawn(coro!(move || {
        let mut got = Vec::new();
        for _ in 0..8 {
            select! {
                v = recv(rx) => got.push(v.unwrap()),
                _ = sleep(Duration::from_secs(1)) => got.push(99),
            }
            yield_now!();
        }
        got
    }));
    sched.run().unwrap();
    assert_eq!(task.try_join(), Some(Ok((0..8).collect::<Vec<_>>())));
    assert_eq!(sched.now(), Duration::ZERO);
}

/// Two schedulers on one thread, sharing a channel: a send by a task of the inner one wakes
/// a receiver of the outer one, which is not the scheduler running at that moment, so the
/// wake-up goes through the outer one's remote queue.
#[test]
fn a_wake_up_from_another_scheduler_on_the_same_thread() {
    let outer = virtual_sched();
    let (tx, rx) = channel::<u32>(0);
    let log = new_log();
    let l = log.clone();
    let receiver = outer.spawn(coro!(move || {
        l.borrow_mut().push("waiting".to_string());
        let v = recv!(rx);
        l.borrow_mut().push(format!("got {v:?}"));
        v
    }));
    let l = log.clone();
    let inner_tx = tx.clone();
    outer.spawn(coro!(move || {
        // The receiver is parked by now; run a scheduler of our own whose task sends.
        let inner = Scheduler::new();
        let tx = inner_tx.clone();
        let sender = inner.spawn(coro!(move || send!(tx, 7)));
        inner.run().unwrap();
        l.borrow_mut()
            .push(format!("inner done: {:?}", sender.try_join()));
    }));
    drop(tx);
    outer.run().unwrap();
    assert_eq!(receiver.try_join(), Some(Ok(Some(7))));
    assert_eq!(
        entries(&log),
        ["waiting", "inner done: Some(Ok(Ok(())))", "got Some(7)"]
    );
}

/// The same wake-up as the test above, with the outer scheduler not running at all: it
/// happens between two calls of `run`, from plain code.
#[test]
fn a_wake_up_between_two_runs() {
    let sched = virtual_sched();
    let (tx, rx) = channel::<u32>(1);
    let receiver = sched.spawn(coro!(move || recv!(rx)));
    // Parked, and nothing can wake it: a deadlock.
    let deadlock = sched.run().unwrap_err();
    assert_eq!(deadlock.blocked()[0].waiting_on(), WaitingOn::Recv(tx.id()));
    tx.try_send(3).unwrap();
    sched.run().unwrap();
    assert_eq!(receiver.try_join(), Some(Ok(Some(3))));
}

#[test]
fn wakers_outliving_the_scheduler_are_harmless() {
    use std::task::Poll;

    let stash = Rc::new(RefCell::new(None));
    let s = stash.clone();
    let sched = Scheduler::new();
    sched.spawn(coro!(move || {
        wait!(|cx| {
            *s.borrow_mut() = Some(cx.waker().clone());
            Poll::Ready(())
        });
    }));
    sched.run().unwrap();
    drop(sched);
    let waker = stash.borrow_mut().take().unwrap();
    let other = waker.clone();
    std::thread::spawn(move || other.wake()).join().unwrap();
    waker.wake();
}

#[cfg(target_os = "linux")]
#[test]
#[cfg_attr(miri, ignore = "measures CPU time, which an interpreter inflates")]
fn a_wall_clock_sleep_does_not_spin() {
    fn cpu_ticks() -> u64 {
        // utime + stime of this thread, in clock ticks (usually 10 ms).
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = after_name.split(' ').collect();
        fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
    }
    let sched = Scheduler::new();
    sched.spawn(coro!(|| sleep!(Duration::from_millis(200))));
    let ticks = cpu_ticks();
    let start = std::time::Instant::now();
    sched.run().unwrap();
    assert!(start.elapsed() >= Duration::from_millis(200));
    let used = cpu_ticks() - ticks;
    assert!(used <= 3, "a 200 ms sleep used {used} ticks of CPU");
}

#[test]
fn blocking_operations_outside_a_task_panic_with_a_helpful_message() {
    let (_tx, rx) = channel::<u8>(1);
    let mut task = coro!(move || recv!(rx));
    let message = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| task.resume(())))
        .unwrap_err()
        .downcast::<String>()
        .unwrap();
    assert!(
        message
            .starts_with("`recv!` can only run inside a task of a `coro_core::sched::Scheduler`"),
        "{message}"
    );
    let message = std::panic::catch_unwind(|| sched::spawn(coro!(|| ())))
        .unwrap_err()
        .downcast::<String>()
        .unwrap();
    assert!(
        message.contains("called outside a running scheduler"),
        "{message}"
    );
}

#[test]
fn run_can_resume_after_a_deadlock_once_more_work_is_added() {
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u8>(0);
    let waiting = sched.spawn(coro!(move || recv!(rx)));
    assert!(sched.run().is_err());
    sched.spawn(coro!(move || send!(tx, 3).unwrap()));
    sched.run().unwrap();
    assert_eq!(waiting.try_join(), Some(Ok(Some(3))));
}

#[coro_core::coroutine]
fn ping(rx: coro_core::channel::Receiver<u32>, tx: coro_core::channel::Sender<u32>) -> u32 {
    let mut last = 0;
    while let Some(v) = recv!(rx) {
        last = v;
        if send!(tx, v + 1).is_err() {
            break;
        }
    }
    last
}

#[test]
fn coroutine_functions_are_tasks_too() {
    let sched = Scheduler::new();
    let (a_tx, a_rx) = channel(0);
    let (b_tx, b_rx) = channel(0);
    let pinger = sched.spawn(ping(a_rx, b_tx));
    let driver = sched.spawn(coro!(move || {
        let mut v = 0;
        for _ in 0..1000 {
            send!(a_tx, v).unwrap();
            v = recv!(b_rx).unwrap() + 1;
        }
        v
    }));
    sched.run().unwrap();
    assert_eq!(driver.try_join(), Some(Ok(2000)));
    assert_eq!(pinger.try_join(), Some(Ok(1998)));
}

#[test]
fn the_earliest_of_several_sleep_arms_wins() {
    let sched = virtual_sched();
    let task = sched.spawn(coro!(|| {
        let arm = select! {
            _ = sleep(Duration::from_secs(2)) => "two",
            _ = sleep(Duration::from_secs(1)) => "one",
            _ = sleep(Duration::from_secs(3)) => "three",
        };
        (arm, sched::now())
    }));
    sched.run().unwrap();
    assert_eq!(task.try_join(), Some(Ok(("one", Duration::from_secs(1)))));
}

#[test]
fn a_timeout_that_lost_does_not_delay_the_deadlock_report() {
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u8>(1);
    tx.try_send(1).unwrap();
    sched.spawn(coro!(move || {
        // Wins at once; its 1 h timeout is forgotten.
        select! {
            _ = recv(rx) => {},
            _ = sleep(Duration::from_secs(3600)) => {},
        }
        let _ = recv!(rx);
    }));
    let start = std::time::Instant::now();
    let deadlock = sched.run().unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(60));
    assert_eq!(deadlock.blocked()[0].waiting_on(), WaitingOn::Recv(tx.id()));
}

/// A send arm whose value a receiver took while the selecting task slept wins, even when
/// another arm is ready by the time the task runs (exactly one arm happens).
#[test]
fn a_send_arm_taken_while_suspended_wins_the_select() {
    for seed in 0..16 {
        let sched = Scheduler::builder().seed(seed).virtual_clock().build();
        let (tx, rx) = channel::<u32>(0);
        let receiver = sched.spawn(coro!(move || {
            sleep!(Duration::from_secs(1));
            rx.try_recv().ok()
        }));
        let sender = sched.spawn(coro!(move || select! {
            _ = send(tx, 1) => "sent",
            _ = sleep(Duration::from_secs(1)) => "timed out",
        }));
        sched.run().unwrap();
        let got = receiver.try_join().unwrap().unwrap();
        let said = sender.try_join().unwrap().unwrap();
        assert_eq!(
            (got, said),
            (Some(1), "sent"),
            "seed {seed}: the value went out, so the send arm must win"
        );
    }
}

/// A select that both sends and receives never completes two arms at once: no value is
/// duplicated or lost.
#[test]
fn select_completes_exactly_one_arm() {
    for seed in 0..16 {
        let sched = Scheduler::builder().seed(seed).virtual_clock().build();
        let (out_tx, out_rx) = channel::<u32>(0);
        let (ping_tx, ping_rx) = channel::<()>(1);
        let producer = sched.spawn(coro!(move || {
            let mut next = 0;
            let mut pings = 0;
            while next < 5 {
                select! {
                    r = send(out_tx, next) => {
                        r.unwrap();
                        next += 1;
                    }
                    p = recv(ping_rx) => {
                        if p.is_some() {
                            pings += 1;
                        }
                    }
                }
            }
            pings
        }));
        let consumer = sched.spawn(coro!(move || {
            let mut got = Vec::new();
            for _ in 0..5 {
                let _ = ping_tx.try_send(());
                got.push(recv!(out_rx).unwrap());
            }
            got
        }));
        sched.run().unwrap();
        assert_eq!(
            consumer.try_join().unwrap().unwrap(),
            [0, 1, 2, 3, 4],
            "seed {seed}"
        );
        assert!(producer.try_join().unwrap().unwrap() <= 5);
    }
}

/// A receive arm that lost its select is withdrawn: a later rendezvous `try_send` does not
/// count on it.
#[test]
fn a_lost_receive_arm_is_not_a_waiting_receiver() {
    let sched = virtual_sched();
    let (tx, rx) = channel::<u32>(0);
    let a = sched.spawn(coro!(move || {
        let got = select! {
            v = recv(rx) => v,
            _ = sleep(Duration::from_secs(1)) => None,
        };
        sleep!(Duration::from_secs(10));
        (got, rx.len())
    }));
    let b = sched.spawn(coro!(move || {
        sleep!(Duration::from_secs(2));
        tx.try_send(7).is_ok()
    }));
    sched.run().unwrap();
    assert_eq!(a.try_join(), Some(Ok((None, 0))));
    assert_eq!(b.try_join(), Some(Ok(false)));
}

/// Two selects meet on a rendezvous channel: one's send arm and the other's receive arm.
#[test]
fn two_selects_meet_on_a_rendezvous_channel() {
    for seed in 0..8 {
        let sched = Scheduler::builder().seed(seed).virtual_clock().build();
        let (tx, rx) = channel::<&str>(0);
        let sender = sched.spawn(coro!(move || select! {
            r = send(tx, "hello") => r.is_ok(),
            _ = sleep(Duration::from_secs(5)) => false,
        }));
        let receiver = sched.spawn(coro!(move || select! {
            v = recv(rx) => v,
            _ = sleep(Duration::from_secs(5)) => None,
        }));
        sched.run().unwrap();
        assert_eq!(sender.try_join(), Some(Ok(true)), "seed {seed}");
        assert_eq!(receiver.try_join(), Some(Ok(Some("hello"))), "seed {seed}");
        assert_eq!(sched.now(), Duration::ZERO, "no timeout was needed");
    }
}

/// A guard (`, if condition`) switches an arm off, like Go's nil channel: merging two
/// channels until both are closed, without spinning on the closed one.
#[test]
fn select_guards_disable_arms() {
    let sched = virtual_sched();
    let (a_tx, a_rx) = channel::<u32>(0);
    let (b_tx, b_rx) = channel::<u32>(0);
    sched.spawn(coro!(move || {
        send!(a_tx, 1).unwrap();
        // `a` closes now; `b` keeps sending for a while.
    }));
    sched.spawn(coro!(move || {
        for i in 10..13 {
            sleep!(Duration::from_millis(10));
            send!(b_tx, i).unwrap();
        }
    }));
    let resumes = Rc::new(Cell::new(0));
    let merger = sched.spawn(Counted {
        inner: coro!(move || {
            let (mut a_open, mut b_open) = (true, true);
            let mut got = Vec::new();
            while a_open || b_open {
                select! {
                    v = recv(a_rx), if a_open => match v {
                        Some(v) => got.push(v),
                        None => a_open = false,
                    },
                    v = recv(b_rx), if b_open => match v {
                        Some(v) => got.push(v),
                        None => b_open = false,
                    },
                }
            }
            got
        }),
        resumes: resumes.clone(),
    });
    sched.run().unwrap();
    assert_eq!(merger.try_join(), Some(Ok(vec![1, 10, 11, 12])));
    assert!(resumes.get() <= 8, "resumed {} times", resumes.get());
}

#[test]
fn a_select_with_every_arm_disabled_blocks_like_go() {
    let sched = Scheduler::new();
    let (_tx, rx) = channel::<u32>(0);
    sched.spawn(coro!(move || {
        select! {
            _ = recv(rx), if false => {},
        }
    }));
    let deadlock = sched.run().unwrap_err();
    assert_eq!(deadlock.blocked()[0].waiting_on(), WaitingOn::Select(0));
    assert_eq!(
        deadlock.blocked()[0].waiting_on().to_string(),
        "in a select with every operation disabled"
    );
}

/// The deadlock report counts only the operations a `select!` waits on: an arm switched off
/// by its guard is not one of them.
#[test]
fn a_deadlock_report_counts_only_the_enabled_arms_of_a_select() {
    let sched = Scheduler::new();
    let (_a_tx, a_rx) = channel::<u32>(0);
    let (_b_tx, b_rx) = channel::<u32>(0);
    let (c_tx, _c_rx) = channel::<u32>(0);
    let off = false;
    sched.spawn(coro!(move || {
        select! {
            _ = recv(a_rx), if off => {},
            _ = recv(b_rx) => {},
            _ = send(c_tx, 1), if !off => {},
        }
    }));
    let deadlock = sched.run().unwrap_err();
    assert_eq!(deadlock.blocked()[0].waiting_on(), WaitingOn::Select(2));
    assert!(
        deadlock
            .to_string()
            .contains("in a select over 2 operations"),
        "{deadlock}"
    );
}

/// Each ready arm of a `select!` is taken with equal probability, whatever the position of
/// the arms that are not ready (Go polls the arms in a random permutation): over two ready
/// arms of four, 10,000 selects give each between 4,500 and 5,500 (Go's own bound). Polling
/// from a random start in order gave the arm after the two empty ones 3/4 of the picks.
#[test]
fn select_is_uniform_among_ready_arms_whatever_the_arms_that_are_not() {
    // Under Miri, one seed (the choices are deterministic for a seed, so the check is too).
    const SELECTS: usize = 10_000;
    let seeds: &[u64] = if cfg!(miri) { &[1] } else { &[1, 2, 3] };
    for &seed in seeds {
        let sched = Scheduler::builder().seed(seed).build();
        let (_empty_tx, empty_rx) = channel::<()>(0);
        let (_empty2_tx, empty2_rx) = channel::<()>(0);
        let (a_tx, a_rx) = channel::<()>(SELECTS);
        let (b_tx, b_rx) = channel::<()>(SELECTS);
        for _ in 0..SELECTS {
            a_tx.try_send(()).unwrap();
            b_tx.try_send(()).unwrap();
        }
        let task = sched.spawn(coro!(move || {
            let mut picks = [0usize; 4];
            for _ in 0..SELECTS {
                let pick = select! {
                    _ = recv(empty_rx) => 0,
                    _ = recv(empty2_rx) => 1,
                    _ = recv(a_rx) => 2,
                    _ = recv(b_rx) => 3,
                };
                picks[pick] += 1;
            }
            picks
        }));
        sched.run().unwrap();
        let picks = task.try_join().unwrap().unwrap();
        assert_eq!(picks[0] + picks[1], 0);
        for arm in [2, 3] {
            assert!(
                (4_500..=5_500).contains(&picks[arm]),
                "seed {seed}: arm {arm} chosen {} times of {SELECTS}: {picks:?}",
                picks[arm]
            );
        }
    }
}

/// `value`, after logging `what`.
fn noted<T>(log: &RefCell<Vec<&'static str>>, what: &'static str, value: T) -> T {
    log.borrow_mut().push(what);
    value
}

/// Like Go's `select`, a `select!` evaluates each guard, channel operand and value to send
/// exactly once, in source order, on entering: not again at each wake-up. (An arm whose
/// guard is false has nothing else evaluated.)
#[test]
fn select_evaluates_its_operands_once_in_source_order() {
    use std::task::{Poll, Waker};
    let sched = Scheduler::builder().virtual_clock().build();
    let log = Rc::new(RefCell::new(Vec::new()));
    let waker: Rc<RefCell<Option<Waker>>> = Rc::default();
    let (a_tx, a_rx) = channel::<u32>(0);
    let (b_tx, b_rx) = channel::<u32>(0);
    let (_c_tx, c_rx) = channel::<u32>(0);
    let resumes = Rc::new(Cell::new(0));
    let (task_log, task_waker) = (log.clone(), waker.clone());
    let selecting = sched.spawn(Counted {
        inner: coro!(move || {
            wait!(|cx| {
                *task_waker.borrow_mut() = Some(cx.waker().clone());
                Poll::Ready(())
            });
            let log = &*task_log;
            select! {
                v = recv(*noted(log, "rx a", &a_rx)) => v,
                r = send(*noted(log, "tx b", &b_tx), noted(log, "value b", 7)), if noted(log, "guard b", true) => {
                    r.map(|()| 0).ok()
                }
                v = recv(*noted(log, "rx c", &c_rx)), if noted(log, "guard c", false) => v,
                _ = sleep(noted(log, "sleep", Duration::from_secs(60))) => None,
            }
        }),
        resumes: resumes.clone(),
    });
    // Wake the selecting task three times before the send completes: a spurious wake-up
    // polls the arms again, and evaluates nothing.
    sched.spawn(coro!(move || {
        for _ in 0..3 {
            sleep!(Duration::from_millis(1));
            if let Some(waker) = waker.borrow().as_ref() {
                waker.wake_by_ref();
            }
        }
        recv!(b_rx)
    }));
    sched.run().unwrap();
    assert_eq!(selecting.try_join(), Some(Ok(Some(0))));
    // The first run, then one per wake-up: the third comes just before the receive that
    // completes the send, which finds the task queued already.
    assert_eq!(resumes.get(), 4);
    assert_eq!(
        *log.borrow(),
        ["rx a", "guard b", "tx b", "value b", "guard c", "sleep"]
    );
    drop(a_tx);
}

/// A task's `select!` that finds the registration its own waker left on a channel (the
/// `poll_` methods allow leaving one behind) takes it over: once another arm wins, that
/// registration is dead too, so a later rendezvous send waits instead of completing into a
/// receive that will never take it.
#[test]
fn a_select_takes_over_the_registration_of_its_tasks_waker() {
    use std::task::{Context, Poll};
    for seed in 0..8 {
        let sched = Scheduler::builder().seed(seed).build();
        let (tx_a, rx_a) = channel::<u32>(0);
        let (tx_b, rx_b) = channel::<u32>(0);
        let (a, b) = (rx_a.clone(), rx_b.clone());
        let selecting = sched.spawn(coro!(move || {
            wait!(|cx: &mut Context<'_>| {
                assert!(rx_a.poll_recv(cx).is_pending());
                Poll::Ready(())
            });
            select! {
                v = recv(rx_a) => ('a', v),
                v = recv(rx_b) => ('b', v),
            }
        }));
        let first = sched.spawn(coro!(move || send!(tx_b, 1).is_ok()));
        let second = sched.spawn(coro!(move || send!(tx_a, 2).is_ok()));
        let deadlock = sched
            .run()
            .expect_err("the second send waits for a receiver");
        assert_eq!(deadlock.blocked().len(), 1, "seed {seed}");
        assert_eq!(deadlock.blocked()[0].id(), second.id(), "seed {seed}");
        assert_eq!(
            selecting.try_join(),
            Some(Ok(('b', Some(1)))),
            "seed {seed}"
        );
        assert_eq!(first.try_join(), Some(Ok(true)));
        assert_eq!(
            (a.len(), b.len()),
            (0, 0),
            "a rendezvous channel buffers nothing"
        );
    }
}
