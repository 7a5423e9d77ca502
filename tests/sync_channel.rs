//! The `Send + Sync` channel (`coro_core::channel::sync`): its semantics from plain threads,
//! and from tasks on several schedulers, each run on its own thread: hand-offs across
//! schedulers, a stress test of 10^6 messages, `select!` mixing both kinds of channel, and
//! close while parties wait.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::Duration;

use coro_core::channel::error::{SendError, TryRecvError, TrySendError};
use coro_core::channel::{SendSlot, channel, sync};
use coro_core::sched::{Scheduler, WaitingOn};
use coro_core::{Coroutine, CoroutineState, coro};

/// How long a test waits for its schedulers before it fails (rather than hang).
const BOUND: Duration = Duration::from_secs(120);

fn noop_cx() -> Context<'static> {
    Context::from_waker(Waker::noop())
}

/// Runs a scheduler on a new thread: `setup` spawns its tasks and returns what to do once
/// `run` returned; its result comes back through the receiver.
fn on_scheduler<R, F, G>(setup: F) -> mpsc::Receiver<R>
where
    R: Send + 'static,
    F: FnOnce(&Scheduler) -> G + Send + 'static,
    G: FnOnce() -> R,
{
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let sched = Scheduler::new();
        let finish = setup(&sched);
        sched.run().expect("no deadlock");
        // The receiving end may be gone if the test failed meanwhile.
        let _ = done.send(finish());
    });
    result
}

/// The result of a scheduler of [`on_scheduler`], failing the test after [`BOUND`].
fn wait<R>(result: &mpsc::Receiver<R>) -> R {
    result
        .recv_timeout(BOUND)
        .expect("the scheduler finished in time (and did not panic)")
}

const _: () = {
    const fn send_sync_clone<T: Send + Sync + Clone>() {}
    send_sync_clone::<sync::Sender<String>>();
    send_sync_clone::<sync::Receiver<String>>();
};

// ---------------------------------------------------------------- from plain threads

#[test]
fn buffered_fifo_full_and_drain_after_close() {
    let (tx, rx) = sync::channel(2);
    assert_eq!(tx.capacity(), 2);
    tx.try_send(1).unwrap();
    tx.try_send(2).unwrap();
    assert_eq!(tx.try_send(3), Err(TrySendError::Full(3)));
    assert_eq!((tx.len(), rx.len(), rx.is_empty()), (2, 2, false));
    tx.close();
    assert!(rx.is_closed() && tx.is_closed());
    assert_eq!(tx.try_send(4), Err(TrySendError::Closed(4)));
    assert_eq!(rx.try_recv(), Ok(1));
    assert_eq!(rx.try_recv(), Ok(2));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn receiver_close_refuses_sends_and_the_last_sender_closes() {
    let (tx, rx) = sync::channel(1);
    rx.close();
    assert_eq!(tx.try_send("x"), Err(TrySendError::Closed("x")));
    let (tx, rx) = sync::channel(1);
    let tx2 = tx.clone();
    tx.try_send(1).unwrap();
    drop(tx);
    assert!(!rx.is_closed(), "a sender is left");
    drop(tx2);
    assert!(rx.is_closed());
    assert_eq!(rx.try_recv(), Ok(1));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn the_last_receiver_drops_the_buffer_and_gives_sends_back() {
    let value = Arc::new(());
    let (tx, rx) = sync::channel(1);
    tx.try_send(Arc::clone(&value)).unwrap();
    let rx2 = rx.clone();
    drop(rx);
    assert_eq!(Arc::strong_count(&value), 2, "a receiver is left");
    drop(rx2);
    assert_eq!(
        Arc::strong_count(&value),
        1,
        "the buffered value was dropped"
    );
    let mut slot = SendSlot::new(Arc::clone(&value));
    let Poll::Ready(Err(SendError(back))) = tx.poll_send(&mut slot, &mut noop_cx()) else {
        panic!("a send on a channel without receivers fails at once");
    };
    assert!(Arc::ptr_eq(&back, &value), "the value comes back");
}

#[test]
fn rendezvous_needs_a_receiver_and_hands_the_value_over() {
    let (tx, rx) = sync::channel(0);
    assert_eq!(tx.try_send(1), Err(TrySendError::Full(1)));
    let mut cx = noop_cx();
    assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    tx.try_send(2).unwrap();
    assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(2)));
    // A send waits for a receiver, which completes it.
    let mut slot = SendSlot::new(3);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    assert!(!slot.is_empty());
    assert_eq!(rx.try_recv(), Ok(3));
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    assert!(slot.is_empty());
}

#[test]
fn cancel_gives_values_back_and_a_withdrawn_receive_passes_its_value_on() {
    let (tx, rx) = sync::channel(0);
    let mut cx = noop_cx();
    let mut slot = SendSlot::new(1);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    tx.cancel_send(&mut slot);
    assert_eq!(slot.take(), Some(1));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    // A value handed to a receive that is then withdrawn goes to the next receiver.
    assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    tx.try_send(2).unwrap();
    rx.cancel_recv(cx.waker());
    assert_eq!(rx.try_recv(), Ok(2));
}

#[test]
fn a_blocked_send_refused_by_close_gets_its_value_back() {
    let (tx, rx) = sync::channel(1);
    let mut cx = noop_cx();
    tx.try_send(1).unwrap();
    let mut slot = SendSlot::new(2);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    rx.close();
    assert_eq!(
        tx.poll_send(&mut slot, &mut cx),
        Poll::Ready(Err(SendError(2)))
    );
    assert_eq!(rx.try_recv(), Ok(1), "drained after close");
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn blocked_sends_complete_in_order_as_room_frees() {
    let (tx, rx) = sync::channel(1);
    let mut cx = noop_cx();
    tx.try_send(0).unwrap();
    let mut slots: Vec<_> = (1..=3).map(SendSlot::new).collect();
    for slot in &mut slots {
        assert_eq!(tx.poll_send(slot, &mut cx), Poll::Pending);
    }
    assert_eq!(tx.try_send(9), Err(TrySendError::Full(9)), "no overtaking");
    let got: Vec<_> = (0..4).map(|_| rx.try_recv().unwrap()).collect();
    assert_eq!(got, [0, 1, 2, 3]);
    for slot in &mut slots {
        assert_eq!(tx.poll_send(slot, &mut cx), Poll::Ready(Ok(())));
    }
}

/// Counts its wake-ups.
struct CountWake(AtomicUsize);

impl Wake for CountWake {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn wakers_are_woken_from_another_thread() {
    let counter = Arc::new(CountWake(AtomicUsize::new(0)));
    let waker = Waker::from(Arc::clone(&counter));
    let (tx, rx) = sync::channel(0);
    assert_eq!(
        rx.poll_recv(&mut Context::from_waker(&waker)),
        Poll::Pending
    );
    thread::spawn(move || tx.try_send(5).unwrap())
        .join()
        .unwrap();
    assert_eq!(counter.0.load(Ordering::SeqCst), 1);
    assert_eq!(
        rx.poll_recv(&mut Context::from_waker(&waker)),
        Poll::Ready(Some(5))
    );
}

#[test]
fn many_threads_each_value_once_fifo_per_sender() {
    const SENDERS: u64 = 4;
    const EACH: u64 = 20_000;
    let (tx, rx) = sync::channel(8);
    let senders: Vec<_> = (0..SENDERS)
        .map(|s| {
            let tx = tx.clone();
            thread::spawn(move || {
                for i in 0..EACH {
                    let mut v = (s, i);
                    loop {
                        match tx.try_send(v) {
                            Ok(()) => break,
                            Err(TrySendError::Full(back)) => {
                                v = back;
                                thread::yield_now();
                            }
                            Err(TrySendError::Closed(_)) => panic!("closed early"),
                        }
                    }
                }
            })
        })
        .collect();
    drop(tx);
    let receivers: Vec<_> = (0..3)
        .map(|_| {
            let rx = rx.clone();
            thread::spawn(move || {
                let mut got = Vec::new();
                loop {
                    match rx.try_recv() {
                        Ok(v) => got.push(v),
                        Err(TryRecvError::Empty) => thread::yield_now(),
                        Err(TryRecvError::Closed) => return got,
                    }
                }
            })
        })
        .collect();
    drop(rx);
    for sender in senders {
        sender.join().unwrap();
    }
    let mut all = Vec::new();
    for receiver in receivers {
        let got = receiver.join().unwrap();
        check_fifo_per_sender(&got);
        all.extend(got);
    }
    check_each_once(all, SENDERS, EACH);
}

/// Each receiver sees each sender's values in the order sent.
fn check_fifo_per_sender(got: &[(u64, u64)]) {
    let mut last: HashMap<u64, u64> = HashMap::new();
    for &(sender, i) in got {
        if let Some(&before) = last.get(&sender) {
            assert!(before < i, "sender {sender}: {i} after {before}");
        }
        last.insert(sender, i);
    }
}

/// Every value of every sender arrived, once.
fn check_each_once(mut all: Vec<(u64, u64)>, senders: u64, each: u64) {
    all.sort_unstable();
    let expected: Vec<_> = (0..senders)
        .flat_map(|s| (0..each).map(move |i| (s, i)))
        .collect();
    assert_eq!(all.len(), expected.len(), "nothing lost, nothing twice");
    assert!(all == expected, "nothing lost, nothing twice");
}

#[test]
fn debug_shows_the_state_not_the_values() {
    let (tx, rx) = sync::channel::<u8>(3);
    tx.try_send(1).unwrap();
    let shown = format!("{tx:?}");
    assert!(shown.starts_with("Sender { id: ChannelId("), "{shown}");
    assert!(
        shown.ends_with("len: 1, capacity: 3, closed: false }"),
        "{shown}"
    );
    assert!(format!("{rx:?}").starts_with("Receiver {"));
    assert_eq!(tx.id(), rx.clone().id());
    assert_ne!(tx.id(), sync::channel::<u8>(0).0.id());
}

// ---------------------------------------------------------------- tasks on schedulers

#[test]
fn a_receive_blocked_on_one_scheduler_is_completed_by_a_send_on_another() {
    let (tx, rx) = sync::channel::<String>(0);
    let receiver = on_scheduler(move |sched| {
        let thread = thread::current().id();
        let task = sched.spawn(coro!(move || {
            let got = recv!(rx);
            // The task wakes on its own scheduler.
            (got, thread::current().id() == thread)
        }));
        move || task.try_join().unwrap().unwrap()
    });
    let sender = on_scheduler(move |sched| {
        let task = sched.spawn(coro!(move || {
            sleep!(Duration::from_millis(20));
            send!(tx, "across".to_string())
        }));
        move || task.try_join().unwrap().unwrap()
    });
    assert_eq!(wait(&sender), Ok(()));
    assert_eq!(wait(&receiver), (Some("across".to_string()), true));
}

#[test]
fn ping_pong_between_two_schedulers() {
    const HOPS: u32 = 10_000;
    let (ping_tx, ping_rx) = sync::channel::<u32>(0);
    let (pong_tx, pong_rx) = sync::channel::<u32>(0);
    let a = on_scheduler(move |sched| {
        let task = sched.spawn(coro!(move || {
            let mut n = 0;
            for _ in 0..HOPS {
                send!(ping_tx, n).unwrap();
                n = recv!(pong_rx).unwrap();
            }
            n
        }));
        move || task.try_join().unwrap().unwrap()
    });
    let b = on_scheduler(move |sched| {
        sched.spawn(coro!(move || {
            while let Some(n) = recv!(ping_rx) {
                if send!(pong_tx, n + 1).is_err() {
                    break;
                }
            }
        }));
        || ()
    });
    assert_eq!(wait(&a), HOPS);
    wait(&b);
}

#[test]
fn stress_a_million_messages_over_four_schedulers() {
    const SCHEDULERS: u64 = 4;
    const SENDERS_EACH: u64 = 2;
    const RECEIVERS_EACH: u64 = 2;
    const MESSAGES: u64 = 1_000_000;
    const EACH: u64 = MESSAGES / (SCHEDULERS * SENDERS_EACH);
    let (tx, rx) = sync::channel::<(u64, u64)>(64);
    let results: Vec<_> = (0..SCHEDULERS)
        .map(|k| {
            let tx = tx.clone();
            let rx = rx.clone();
            on_scheduler(move |sched| {
                for s in 0..SENDERS_EACH {
                    let tx = tx.clone();
                    let sender = k * SENDERS_EACH + s;
                    sched.spawn(coro!(move || {
                        for i in 0..EACH {
                            send!(tx, (sender, i)).unwrap();
                        }
                    }));
                }
                drop(tx);
                let receivers: Vec<_> = (0..RECEIVERS_EACH)
                    .map(|_| {
                        let rx = rx.clone();
                        sched.spawn(coro!(move || {
                            let mut got = Vec::new();
                            while let Some(v) = recv!(rx) {
                                got.push(v);
                            }
                            got
                        }))
                    })
                    .collect();
                move || {
                    receivers
                        .into_iter()
                        .map(|r| r.try_join().unwrap().unwrap())
                        .collect::<Vec<_>>()
                }
            })
        })
        .collect();
    drop((tx, rx));
    let mut all = Vec::new();
    for result in &results {
        for got in wait(result) {
            check_fifo_per_sender(&got);
            all.extend(got);
        }
    }
    check_each_once(all, SCHEDULERS * SENDERS_EACH, EACH);
}

#[test]
fn rendezvous_stress_over_three_schedulers() {
    const EACH: u64 = 20_000;
    let (tx, rx) = sync::channel::<(u64, u64)>(0);
    let results: Vec<_> = (0..3u64)
        .map(|k| {
            let tx = tx.clone();
            let rx = rx.clone();
            on_scheduler(move |sched| {
                sched.spawn(coro!(move || {
                    for i in 0..EACH {
                        send!(tx, (k, i)).unwrap();
                    }
                }));
                let receiver = sched.spawn(coro!(move || {
                    let mut got = Vec::new();
                    while let Some(v) = recv!(rx) {
                        got.push(v);
                    }
                    got
                }));
                move || receiver.try_join().unwrap().unwrap()
            })
        })
        .collect();
    drop((tx, rx));
    let mut all = Vec::new();
    for result in &results {
        let got = wait(result);
        check_fifo_per_sender(&got);
        all.extend(got);
    }
    check_each_once(all, 3, EACH);
}

#[test]
fn select_mixes_a_sync_and_a_local_channel() {
    let (sync_tx, sync_rx) = sync::channel::<u32>(0);
    let result = on_scheduler(move |sched| {
        let (local_tx, local_rx) = channel::<u32>(0);
        sched.spawn(coro!(move || {
            for i in 0..50 {
                send!(local_tx, 1000 + i).unwrap();
                yield_now!();
            }
        }));
        let task = sched.spawn(coro!(move || {
            let (mut local, mut remote) = (Vec::new(), Vec::new());
            let (mut local_open, mut remote_open) = (true, true);
            while local_open || remote_open {
                select! {
                    v = recv(local_rx), if local_open => match v {
                        Some(v) => local.push(v),
                        None => local_open = false,
                    },
                    v = recv(sync_rx), if remote_open => match v {
                        Some(v) => remote.push(v),
                        None => remote_open = false,
                    },
                }
            }
            (local, remote)
        }));
        move || task.try_join().unwrap().unwrap()
    });
    let sender = thread::spawn(move || {
        let mut cx = noop_cx();
        for i in 0..50 {
            let mut slot = SendSlot::new(i);
            // The select!'s thread takes the value itself: wait until it did.
            while tx_pending(&sync_tx, &mut slot, &mut cx) {
                thread::yield_now();
            }
        }
    });
    sender.join().unwrap();
    let (local, remote) = wait(&result);
    assert_eq!(local, (1000..1050).collect::<Vec<_>>());
    assert_eq!(remote, (0..50).collect::<Vec<_>>());
}

/// Polls a send once more; `true` while it is pending.
fn tx_pending(tx: &sync::Sender<u32>, slot: &mut SendSlot<u32>, cx: &mut Context<'_>) -> bool {
    match tx.poll_send(slot, cx) {
        Poll::Pending => true,
        Poll::Ready(result) => {
            result.unwrap();
            false
        }
    }
}

#[test]
fn selects_on_two_schedulers_meet_on_a_rendezvous_channel() {
    const ROUNDS: u32 = 2_000;
    let (tx, rx) = sync::channel::<u32>(0);
    let (quit_tx, quit_rx) = sync::channel::<()>(0);
    let sender = on_scheduler(move |sched| {
        let task = sched.spawn(coro!(move || {
            let mut sent = 0;
            let mut timeouts = 0;
            while sent < ROUNDS {
                select! {
                    r = send(tx, sent) => {
                        r.unwrap();
                        sent += 1;
                    }
                    _ = sleep(Duration::from_secs(5)) => timeouts += 1,
                }
            }
            drop(quit_tx);
            timeouts
        }));
        move || task.try_join().unwrap().unwrap()
    });
    let receiver = on_scheduler(move |sched| {
        let task = sched.spawn(coro!(move || {
            let mut got = Vec::new();
            loop {
                select! {
                    v = recv(rx) => match v {
                        Some(v) => got.push(v),
                        None => break,
                    },
                    _ = recv(quit_rx) => break,
                }
            }
            got
        }));
        move || task.try_join().unwrap().unwrap()
    });
    assert_eq!(wait(&sender), 0, "no send waited for its timeout");
    assert_eq!(wait(&receiver), (0..ROUNDS).collect::<Vec<_>>());
}

#[test]
fn select_send_arms_deliver_exactly_once_across_schedulers() {
    // Two tasks on one scheduler each offer values on two channels in one `select!`;
    // receivers on two other schedulers take them: each value arrives once, on one of
    // the channels.
    const EACH: u64 = 3_000;
    let (a_tx, a_rx) = sync::channel::<u64>(0);
    let (b_tx, b_rx) = sync::channel::<u64>(1);
    let senders = on_scheduler(move |sched| {
        for k in 0..2u64 {
            let (a_tx, b_tx) = (a_tx.clone(), b_tx.clone());
            sched.spawn(coro!(move || {
                for i in 0..EACH {
                    let v = k * EACH + i;
                    select! {
                        r = send(a_tx, v) => r.unwrap(),
                        r = send(b_tx, v) => r.unwrap(),
                    }
                }
            }));
        }
        || ()
    });
    let receivers: Vec<_> = [a_rx, b_rx]
        .into_iter()
        .map(|rx| {
            on_scheduler(move |sched| {
                let task = sched.spawn(coro!(move || {
                    let mut got = Vec::new();
                    while let Some(v) = recv!(rx) {
                        got.push(v);
                    }
                    got
                }));
                move || task.try_join().unwrap().unwrap()
            })
        })
        .collect();
    wait(&senders);
    let mut all: Vec<u64> = receivers.iter().flat_map(wait).collect();
    all.sort_unstable();
    assert_eq!(all, (0..2 * EACH).collect::<Vec<_>>());
}

#[test]
fn close_while_parties_wait_on_both_sides() {
    let (full_tx, full_rx) = sync::channel::<u32>(1);
    let (empty_tx, empty_rx) = sync::channel::<u32>(0);
    full_tx.try_send(0).unwrap();
    let parked = Arc::new(AtomicUsize::new(0));
    let senders = {
        let parked = Arc::clone(&parked);
        on_scheduler(move |sched| {
            let tasks: Vec<_> = (1..=3)
                .map(|i| {
                    let (tx, parked) = (full_tx.clone(), Arc::clone(&parked));
                    sched.spawn(coro!(move || {
                        parked.fetch_add(1, Ordering::SeqCst);
                        send!(tx, i)
                    }))
                })
                .collect();
            move || {
                tasks
                    .into_iter()
                    .map(|t| t.try_join().unwrap().unwrap())
                    .collect::<Vec<_>>()
            }
        })
    };
    let receivers = {
        let parked = Arc::clone(&parked);
        on_scheduler(move |sched| {
            let tasks: Vec<_> = (0..3)
                .map(|_| {
                    let (rx, parked) = (empty_rx.clone(), Arc::clone(&parked));
                    sched.spawn(coro!(move || {
                        parked.fetch_add(1, Ordering::SeqCst);
                        recv!(rx)
                    }))
                })
                .collect();
            move || {
                tasks
                    .into_iter()
                    .map(|t| t.try_join().unwrap().unwrap())
                    .collect::<Vec<_>>()
            }
        })
    };
    while parked.load(Ordering::SeqCst) < 6 {
        thread::yield_now();
    }
    thread::sleep(Duration::from_millis(50));
    full_rx.close();
    empty_tx.close();
    assert_eq!(
        wait(&senders),
        [Err(SendError(1)), Err(SendError(2)), Err(SendError(3))]
    );
    assert_eq!(wait(&receivers), [None, None, None]);
    assert_eq!(full_rx.try_recv(), Ok(0), "drained after close");
    assert_eq!(full_rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn a_task_waiting_on_a_sync_channel_waits_rather_than_report_a_deadlock() {
    let (tx, rx) = sync::channel::<u8>(0);
    let sched = Scheduler::new();
    let task = sched.spawn(coro!(move || recv!(rx)));
    let sender = thread::spawn(move || {
        thread::sleep(Duration::from_millis(30));
        tx.try_send(1).is_ok() || {
            // The receiver was not registered yet: a blocking send instead.
            let mut slot = SendSlot::new(1);
            while tx_pending_u8(&tx, &mut slot) {
                thread::yield_now();
            }
            true
        }
    });
    sched
        .run()
        .expect("the scheduler waits for the other thread");
    assert!(sender.join().unwrap());
    assert_eq!(task.try_join().unwrap(), Ok(Some(1)));
}

#[test]
fn tasks_waiting_on_sync_channels_are_reported_as_such() {
    let sched = Scheduler::new();
    let (tx, rx) = sync::channel::<u8>(0);
    let (tx2, rx2) = sync::channel::<u8>(0);
    let channel = tx.id();
    let receiver = sched.spawn(coro!(move || recv!(rx)));
    let selecter = sched.spawn(coro!(move || {
        select! {
            v = recv(rx2) => v,
            _ = sleep(Duration::from_secs(100)) => None,
        }
    }));
    let checker = sched.spawn(coro!(move || {
        yield_now!();
        let seen = (receiver.waiting_on(), selecter.waiting_on());
        send!(tx, 1).unwrap();
        send!(tx2, 2).unwrap();
        (seen, join!(receiver).unwrap(), join!(selecter).unwrap())
    }));
    sched.run().unwrap();
    assert_eq!(
        checker.try_join().unwrap().unwrap(),
        (
            (
                Some(WaitingOn::SyncRecv(channel)),
                Some(WaitingOn::SyncSelect(2))
            ),
            Some(1),
            Some(2)
        )
    );
}

fn tx_pending_u8(tx: &sync::Sender<u8>, slot: &mut SendSlot<u8>) -> bool {
    tx.poll_send(slot, &mut noop_cx()).is_pending()
}

#[test]
fn a_select_dropped_while_it_waits_leaves_nothing_in_its_channels() {
    // A coroutine resumed by hand inside a task waits in a `select!` on a rendezvous
    // channel (its value offered) and on a receive, then is dropped: its offer and its
    // registration go with it, and its value is dropped once.
    let value = Arc::new(());
    let (tx, rx) = sync::channel::<Arc<()>>(0);
    let (other_tx, other_rx) = sync::channel::<u8>(0);
    let sched = Scheduler::new();
    let task = {
        let (value, tx) = (Arc::clone(&value), tx.clone());
        sched.spawn(coro!(move || {
            let (value, tx, other_rx) = (Arc::clone(&value), tx.clone(), other_rx.clone());
            let mut inner = coro!(move || {
                select! {
                    r = send(tx, value) => r.is_ok(),
                    _ = recv(other_rx) => false,
                }
            });
            let first = inner.resume(());
            drop(inner);
            matches!(first, CoroutineState::Yielded(()))
        }))
    };
    sched.run().unwrap();
    assert_eq!(task.try_join().unwrap(), Ok(true), "the select! waited");
    assert_eq!(
        Arc::strong_count(&value),
        1,
        "the offered value was dropped"
    );
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty), "no offer is left");
    assert_eq!(
        other_tx.try_send(1),
        Err(TrySendError::Closed(1)),
        "the select!'s receive went with it (and its receiver: closed)"
    );
    drop(tx);
}

// ---------------------------------------------------------------- random programs

mod random {
    //! Random programs over 2 to 4 schedulers, each run on its own thread: producers and
    //! consumers placed on random schedulers, on `Send + Sync` channels of random
    //! capacities (rendezvous among them). Producers send numbered values with `send!`, a
    //! `select!` over several channels (perhaps with a `sleep` arm), or `try_send` (falling
    //! back to `send!`); consumers receive with `recv!`, a `select!` over every channel
    //! (on some schedulers also over a single-thread channel fed by a local task, so that
    //! the `select!` mixes both kinds), or `try_recv`, until every channel is closed. The
    //! checks: every value sent is received once, each consumer sees the values of one
    //! producer on one channel in the order sent, and the program ends in time.

    use super::*;
    use coro_core::rt::Runtime;
    use coro_core::sched::{self, JoinHandle};
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Send_ {
        Plain,
        Select { sleep: bool },
        Try,
    }

    #[derive(Clone, Debug)]
    enum Recv_ {
        Plain,
        Select,
        Try,
    }

    #[derive(Clone, Debug)]
    struct Program {
        schedulers: usize,
        capacities: Vec<usize>,
        /// Each producer: its scheduler, its channels (indices), how it sends, how many.
        producers: Vec<(usize, Vec<usize>, Send_, u64)>,
        /// Each consumer: its scheduler, how it receives, and its channel (a `select!`
        /// consumer also receives from the next one). Every channel has one consumer of
        /// its own, so that no send waits for ever for a consumer blocked elsewhere.
        consumers: Vec<(usize, Recv_, usize)>,
        /// Whether the consumers of each scheduler also select over a local channel.
        local: Vec<bool>,
    }

    fn program() -> impl Strategy<Value = Program> {
        (2usize..=4, prop::collection::vec(0usize..3, 1..=3)).prop_flat_map(|(n, caps)| {
            let chans = caps.len();
            let producer = (
                0..n,
                prop::collection::btree_set(0..chans, 1..=chans)
                    .prop_map(|set| set.into_iter().collect::<Vec<_>>()),
                prop_oneof![
                    Just(Send_::Plain),
                    any::<bool>().prop_map(|sleep| Send_::Select { sleep }),
                    Just(Send_::Try),
                ],
                1u64..200,
            );
            let how = prop_oneof![Just(Recv_::Plain), Just(Recv_::Select), Just(Recv_::Try)];
            let own = prop::collection::vec((0..n, how), chans);
            let extra = prop::collection::vec((0..n, 0..chans), 0..=2);
            (
                Just(n),
                Just(caps),
                prop::collection::vec(producer, 1..=5),
                own,
                extra,
                prop::collection::vec(any::<bool>(), n),
            )
                .prop_map(|(schedulers, capacities, producers, own, extra, local)| {
                    let consumers = own
                        .into_iter()
                        .enumerate()
                        .map(|(c, (k, how))| (k, how, c))
                        .chain(extra.into_iter().map(|(k, c)| (k, Recv_::Select, c)))
                        .collect();
                    Program {
                        schedulers,
                        capacities,
                        producers,
                        consumers,
                        local,
                    }
                })
        })
    }

    /// A value: its producer, its channel, its number among that producer's values on
    /// that channel.
    type Value = (usize, usize, u64);

    /// Runs `setup` in a task of scheduler `k`: of `rt` if given, else of a scheduler run
    /// on a thread of its own. `setup` spawns the program's tasks there; the results of the
    /// handles it returns come back through the receiver.
    fn place<S>(rt: Option<&Runtime>, k: usize, setup: S) -> mpsc::Receiver<Vec<Vec<Value>>>
    where
        S: FnOnce() -> Vec<JoinHandle<Vec<Value>>> + Send + 'static,
    {
        let (done, result) = mpsc::channel();
        let mut setup = Some(setup);
        match rt {
            // The root is `!Send` (it holds the local join handles): a task of scheduler `k`
            // makes it there.
            Some(rt) => drop(rt.spawn_on(
                k,
                coro!(move || {
                    if let Some(setup) = setup.take() {
                        drop(sched::spawn(root(setup, done.clone())));
                    }
                }),
            )),
            None => {
                thread::spawn(move || {
                    let scheduler = Scheduler::new();
                    if let Some(setup) = setup.take() {
                        scheduler.spawn(root(setup, done));
                    }
                    scheduler.run().expect("no deadlock");
                });
            }
        }
        result
    }

    /// The task that runs `setup`, joins the handles it returns, and sends their results.
    fn root<S>(
        setup: S,
        done: mpsc::Sender<Vec<Vec<Value>>>,
    ) -> impl coro_core::Coroutine<(), Yield = (), Return = ()>
    where
        S: FnOnce() -> Vec<JoinHandle<Vec<Value>>> + 'static,
    {
        // Taken once (a coroutine's captures cannot be moved out of as a whole).
        let setup = Some(setup);
        coro!(move || {
            let handles = setup.take().map(|setup| setup()).unwrap_or_default();
            let mut all = Vec::new();
            for handle in handles {
                all.push(join!(handle).unwrap());
            }
            // The receiving end may be gone if the test failed meanwhile.
            let _ = done.send(all);
        })
    }

    fn run(program: &Program, rt: Option<&Runtime>) -> Result<(), String> {
        let chans: Vec<_> = program
            .capacities
            .iter()
            .map(|&c| sync::channel::<Value>(c))
            .collect();
        let mut results = Vec::new();
        let mut sent_by = Vec::new();
        for k in 0..program.schedulers {
            let producers: Vec<_> = program
                .producers
                .iter()
                .enumerate()
                .filter(|(_, p)| p.0 == k)
                .map(|(id, p)| (id, p.clone()))
                .collect();
            let consumers: Vec<_> = program
                .consumers
                .iter()
                .filter(|c| c.0 == k)
                .map(|c| (c.1.clone(), c.2))
                .collect();
            let txs: Vec<_> = chans.iter().map(|(tx, _)| tx.clone()).collect();
            let rxs: Vec<_> = chans.iter().map(|(_, rx)| rx.clone()).collect();
            let local = program.local[k];
            for (id, p) in &producers {
                sent_by.push((*id, p.1.clone(), p.3));
            }
            results.push(place(rt, k, move || {
                for (id, (_, targets, how, count)) in producers {
                    let txs: Vec<_> = targets.iter().map(|&c| (c, txs[c].clone())).collect();
                    let (kind, sleeps) = match how {
                        Send_::Plain => (0, false),
                        Send_::Try => (1, false),
                        Send_::Select { sleep } => (2, sleep),
                    };
                    sched::spawn(coro!(move || {
                        let mut next = vec![0u64; txs.len()];
                        for i in 0..count {
                            let pick = usize::try_from(i).unwrap_or(0) % txs.len();
                            let v = (id, txs[pick].0, next[pick]);
                            if kind == 0 {
                                send!(txs[pick].1, v).unwrap();
                            } else if kind == 1 {
                                let back = match txs[pick].1.try_send(v) {
                                    Ok(()) => None,
                                    Err(TrySendError::Full(v)) => Some(v),
                                    Err(TrySendError::Closed(_)) => panic!("closed early"),
                                };
                                if let Some(v) = back {
                                    send!(txs[pick].1, v).unwrap();
                                }
                            } else {
                                // Offer on this channel and the next one of the producer's:
                                // whichever takes it.
                                let other = (pick + 1) % txs.len();
                                let ov = (id, txs[other].0, next[other]);
                                let took = select! {
                                    r = send(txs[pick].1, v) => { r.unwrap(); pick }
                                    r = send(txs[other].1, ov), if other != pick => { r.unwrap(); other }
                                    _ = sleep(Duration::from_millis(1)), if sleeps => usize::MAX,
                                };
                                if took != usize::MAX {
                                    next[took] += 1;
                                }
                                continue;
                            }
                            next[pick] += 1;
                        }
                    }));
                }
                drop(txs);
                let (local_tx, local_rx) = channel::<Value>(0);
                if local {
                    sched::spawn(coro!(move || {
                        for i in 0..20 {
                            // The consumers stop listening once the other channels close.
                            if send!(local_tx, (usize::MAX, 0, i)).is_err() {
                                break;
                            }
                        }
                    }));
                } else {
                    drop(local_tx);
                }
                let local_rx = std::rc::Rc::new(local_rx);
                let handles: Vec<_> = consumers
                    .into_iter()
                    .map(|(how, c)| {
                        let rxs = rxs.clone();
                        let local_rx = std::rc::Rc::clone(&local_rx);
                        let kind = match how {
                            Recv_::Plain => 0,
                            Recv_::Try => 1,
                            Recv_::Select => 2,
                        };
                        sched::spawn(coro!(move || {
                            let mut got = Vec::new();
                            // A plain or `try_` consumer keeps to its channel; a
                            // `select!` one also takes the next channel's values.
                            let d = if kind == 2 { (c + 1) % rxs.len() } else { c };
                            let mut open = vec![false; rxs.len()];
                            open[c] = true;
                            open[d] = true;
                            let mut local_open = local;
                            while open[c] || open[d] {
                                let mut first = None;
                                if kind == 1 {
                                    first = match rxs[c].try_recv() {
                                        Ok(v) => Some(Some(v)),
                                        Err(TryRecvError::Closed) => Some(None),
                                        Err(TryRecvError::Empty) => None,
                                    };
                                }
                                let (from, v) = if kind == 2 {
                                    select! {
                                        v = recv(rxs[c]), if open[c] => (c, Some(v)),
                                        v = recv(rxs[d]), if open[d] && d != c => (d, Some(v)),
                                        v = recv(local_rx), if local_open => {
                                            local_open = v.is_some();
                                            (c, None)
                                        }
                                    }
                                } else if let Some(v) = first {
                                    (c, Some(v))
                                } else {
                                    (c, Some(recv!(rxs[c])))
                                };
                                match v {
                                    Some(Some(v)) => got.push(v),
                                    Some(None) => open[from] = false,
                                    None => {}
                                }
                            }
                            got
                        }))
                    })
                    .collect();
                handles
            }));
        }
        drop(chans);
        let mut all = Vec::new();
        for result in &results {
            let got = result
                .recv_timeout(Duration::from_secs(20))
                .map_err(|e| format!("a scheduler did not finish in time: {e}"))?;
            for got in got {
                let mut last: HashMap<(usize, usize), u64> = HashMap::new();
                for &(p, c, i) in &got {
                    if let Some(&before) = last.get(&(p, c))
                        && before >= i
                    {
                        return Err(format!("producer {p} channel {c}: {i} after {before}"));
                    }
                    last.insert((p, c), i);
                }
                all.extend(got);
            }
        }
        // Each producer's values on each channel are numbered from 0 without gaps.
        all.sort_unstable();
        let total: u64 = sent_by.iter().map(|s| s.2).sum();
        let received = u64::try_from(all.len()).unwrap_or(u64::MAX);
        let sleeps = program
            .producers
            .iter()
            .any(|p| matches!(p.2, Send_::Select { sleep: true }));
        if !sleeps && received != total {
            return Err(format!("{received} values received, {total} sent"));
        }
        for pair in all.windows(2) {
            if pair[0] == pair[1] {
                return Err(format!("{:?} received twice", pair[0]));
            }
        }
        let mut expected: HashMap<(usize, usize), u64> = HashMap::new();
        for &(p, c, i) in &all {
            let next = expected.entry((p, c)).or_insert(0);
            if *next != i {
                return Err(format!(
                    "producer {p} channel {c}: {i} received, {next} lost"
                ));
            }
            *next += 1;
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn random_programs_over_schedulers_deliver_each_value_once(program in program()) {
            if let Err(report) = run(&program, None) {
                prop_assert!(false, "{}", report);
            }
        }

        #[test]
        fn random_programs_over_a_runtime_deliver_each_value_once(program in program()) {
            let rt = Runtime::builder()
                .schedulers(program.schedulers)
                .build()
                .expect("the runtime's threads start");
            if let Err(report) = run(&program, Some(&rt)) {
                prop_assert!(false, "{}", report);
            }
        }
    }
}
