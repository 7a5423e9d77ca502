//! Values sent on a `Send + Sync` channel while a receiving task's scheduler shuts down, or
//! to a coroutine abandoned inside a task: each is received by another receiver, stays in
//! the channel, or comes back to its sender as on a closed channel; none is lost. The
//! shutdown windows are held open by a task whose drop waits; every wait is bounded.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use coro_core::channel::error::{SendError, TryRecvError, TrySendError};
use coro_core::channel::{channel, sync};
use coro_core::rt::Runtime;
use coro_core::sched::Scheduler;
use coro_core::{Coroutine, CoroutineState, coro};

mod rt_support;
use rt_support::{bounded, runtime, wait_for};

/// Asserts that the value 7 is in the channel, once, and that no receiver waits there.
fn back_in_the_channel(tx: &sync::Sender<u32>, rx: &sync::Receiver<u32>) {
    assert_eq!(rx.try_recv(), Ok(7));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    assert_eq!(tx.try_send(8), Err(TrySendError::Full(8)));
}

/// Held by a task: its drop (when the runtime cancels the task) says it began, then waits
/// for `release` (bounded), then for `linger`, holding its scheduler's shutdown open.
struct HoldOpen {
    dropping: Arc<AtomicBool>,
    release: Arc<AtomicBool>,
    linger: Duration,
}

impl Drop for HoldOpen {
    fn drop(&mut self) {
        self.dropping.store(true, Ordering::SeqCst);
        wait_for(&self.release);
        thread::sleep(self.linger);
    }
}

/// A task that keeps `hold` and waits in a `send!` on a full channel for ever.
#[coro_core::coroutine]
fn hold_open_in_send(hold: HoldOpen) {
    let _hold = hold;
    let (full, _keep) = sync::channel::<u32>(1);
    full.try_send(0).expect("room for one");
    let _ = send!(full, 1);
}

/// A runtime of one scheduler whose drop cancels a task keeping `hold` first (spawned
/// first; it waits in a `send!`, which leaves nothing to withdraw), then one waiting in
/// `recv!(rx)`.
fn receiver_behind(hold: HoldOpen, rx: sync::Receiver<u32>) -> Runtime {
    let rt = runtime(1);
    rt.spawn_on(0, hold_open_in_send(hold));
    assert!(rt.run().is_err());
    rt.spawn_on(0, coro!(move || recv!(rx)));
    assert!(rt.run().is_err());
    rt
}

/// A task waits in `recv!` on a rendezvous channel, then its runtime is dropped (the task
/// is cancelled). A send afterwards goes to the channel's other receiver, a task of another
/// runtime that registered later, instead of the cancelled task's registration.
#[test]
fn a_send_after_the_shutdown_goes_to_a_live_receiver() {
    bounded(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let first = runtime(2);
        let rx_first = rx.clone();
        first.spawn_on(1, coro!(move || recv!(rx_first)));
        // Every task blocked: the first receiver is registered.
        assert!(first.run().is_err());
        let second = runtime(1);
        let live = second.spawn_on(0, coro!(move || recv!(rx)));
        assert!(second.run().is_err());
        drop(first);
        assert_eq!(tx.try_send(7), Ok(()));
        second.run().expect("the second receiver ends");
        assert_eq!(live.try_join(), Some(Ok(Some(7))));
    });
}

/// A value handed to a waiting task that never runs to take it (its scheduler stopped,
/// then is dropped) goes back to the channel when the task is cancelled: the main thread's
/// receiver gets it. (The task waits in a coroutine it resumed by hand, and itself on a
/// single-thread channel, so that the lone scheduler stops with a deadlock report.)
#[test]
fn a_value_handed_over_before_the_shutdown_goes_back_to_the_channel() {
    bounded(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let sched = Scheduler::new();
        let rx_task = rx.clone();
        sched.spawn(coro!(move || {
            let mut inner = coro!(move || recv!(rx_task));
            assert!(matches!(inner.resume(()), CoroutineState::Yielded(())));
            let (_keep, never) = channel::<u8>(0);
            recv!(never);
            drop(inner);
        }));
        assert!(sched.run().is_err());
        // Handed to the task's registration; the task is woken, but its scheduler does not
        // run again.
        assert_eq!(tx.try_send(7), Ok(()));
        assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
        drop(sched);
        back_in_the_channel(&tx, &rx);
    });
}

/// While scheduler 0 shuts down (another task's drop holds it open), a plain thread's
/// `try_send` finds no receiver: the receiving task's registration is skipped, as that
/// task will not run. Once the task is gone (it held the last receiver), the channel is
/// closed.
#[test]
fn a_try_send_during_the_shutdown_is_not_taken_by_a_task_that_will_not_run() {
    bounded(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let dropping = Arc::new(AtomicBool::new(false));
        let release = Arc::new(AtomicBool::new(false));
        let rt = receiver_behind(
            HoldOpen {
                dropping: Arc::clone(&dropping),
                release: Arc::clone(&release),
                linger: Duration::ZERO,
            },
            rx,
        );
        let sender = thread::spawn(move || {
            wait_for(&dropping);
            let during = tx.try_send(1);
            release.store(true, Ordering::SeqCst);
            (during, tx)
        });
        drop(rt);
        let (during, tx) = sender.join().expect("the sender ends");
        assert!(
            matches!(during, Err(TrySendError::Full(1) | TrySendError::Closed(1))),
            "{during:?}"
        );
        assert_eq!(tx.try_send(2), Err(TrySendError::Closed(2)));
    });
}

/// The same with a `send!` from a task of another runtime: it is not completed by the
/// registration of the task that will not run; it waits, and gets its value back when that
/// task's drop closes the channel.
#[test]
fn a_send_during_the_shutdown_gets_its_value_back_when_the_channel_closes() {
    bounded(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let dropping = Arc::new(AtomicBool::new(false));
        let rt = receiver_behind(
            HoldOpen {
                dropping: Arc::clone(&dropping),
                release: Arc::new(AtomicBool::new(true)),
                linger: Duration::from_millis(300),
            },
            rx,
        );
        let other = runtime(1);
        let sent = other.spawn_on(
            0,
            coro!(move || {
                // Inside the drop that holds the shutdown open.
                while !dropping.load(Ordering::SeqCst) {
                    yield_now!();
                }
                send!(tx, 1)
            }),
        );
        drop(rt);
        other.run().expect("the sender ends");
        assert_eq!(sent.try_join(), Some(Ok(Err(SendError(1)))));
    });
}

/// A task resumes a coroutine by hand, which waits in `recv!` on a rendezvous channel; a
/// send hands its value to that registration (the task's); then the task drops the
/// coroutine, or, with `panics`, panics with the coroutine still in it. The value goes back
/// to the channel, for the next receiver.
fn abandon_a_waiting_coroutine(panics: bool) {
    bounded(move || {
        let (tx, rx) = sync::channel::<u32>(0);
        let (go_tx, go_rx) = sync::channel::<()>(1);
        let rt = runtime(1);
        let inner_rx = rx.clone();
        let task = rt.spawn_on(
            0,
            coro!(move || {
                let mut inner = coro!(move || recv!(inner_rx));
                let waits = matches!(inner.resume(()), CoroutineState::Yielded(()));
                recv!(go_rx);
                assert!(!panics, "the task panics, its coroutine still waiting");
                drop(inner);
                waits
            }),
        );
        assert!(rt.run().is_err());
        assert_eq!(tx.try_send(7), Ok(()));
        go_tx.try_send(()).expect("room for the go");
        rt.run().expect("the task ends");
        if panics {
            assert!(matches!(task.try_join(), Some(Err(_))));
        } else {
            assert_eq!(task.try_join(), Some(Ok(true)));
        }
        back_in_the_channel(&tx, &rx);
    });
}

#[test]
fn a_value_handed_to_an_abandoned_coroutine_goes_back_to_the_channel() {
    abandon_a_waiting_coroutine(false);
}

#[test]
fn a_value_handed_to_a_coroutine_of_a_task_that_panics_goes_back_to_the_channel() {
    abandon_a_waiting_coroutine(true);
}

/// A lone scheduler run and dropped inside a task of another scheduler: its task's
/// receive (a value handed to it) must be withdrawn when the inner scheduler drops it.
#[test]
fn a_scheduler_dropped_inside_a_task_withdraws_its_own_tasks_receives() {
    bounded(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let outer = Scheduler::new();
        let rx_task = rx.clone();
        let tx_task = tx.clone();
        let done = outer.spawn(coro!(move || {
            let nested = Scheduler::new();
            nested.spawn(coro!(move || {
                let mut inner = coro!(move || recv!(rx_task));
                assert!(matches!(inner.resume(()), CoroutineState::Yielded(())));
                let (_keep, never) = channel::<u8>(0);
                recv!(never);
                drop(inner);
            }));
            assert!(nested.run().is_err());
            let sent = tx_task.try_send(7);
            drop(nested);
            sent
        }));
        outer.run().expect("the outer task ends");
        assert_eq!(done.try_join(), Some(Ok(Ok(()))));
        back_in_the_channel(&tx, &rx);
    });
}

/// A coroutine waiting in `recv!` resumed by one task (a send hands its value to that
/// task's registration), then moved to another task of the same scheduler and dropped
/// there, after the first task ended.
#[test]
fn a_waiting_coroutine_left_by_an_ended_task_gives_its_value_back() {
    bounded(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let rx_task = rx.clone();
        let sched = Scheduler::new();
        let inner = coro!(move || recv!(rx_task));
        let slot = Rc::new(RefCell::new(Some(inner)));
        let (end_tx, end_rx) = channel::<()>(1);
        let (go_tx, go_rx) = channel::<()>(1);
        let first = Rc::clone(&slot);
        sched.spawn(coro!(move || {
            let mut inner = first.borrow_mut().take().expect("there");
            assert!(matches!(inner.resume(()), CoroutineState::Yielded(())));
            *first.borrow_mut() = Some(inner);
            recv!(end_rx);
        }));
        let second = Rc::clone(&slot);
        sched.spawn(coro!(move || {
            recv!(go_rx);
            let inner = second.borrow_mut().take();
            drop(inner);
        }));
        assert!(sched.run().is_err());
        // Handed to the first task's registration (the coroutine waits there).
        assert_eq!(tx.try_send(7), Ok(()));
        end_tx.try_send(()).expect("room");
        assert!(
            sched.run().is_err(),
            "the first task ends, the second waits"
        );
        go_tx.try_send(()).expect("room");
        sched.run().expect("the second task ends");
        back_in_the_channel(&tx, &rx);
    });
}
