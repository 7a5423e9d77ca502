//! Models of the `Send + Sync` channel's hand-offs between threads, checked by loom in
//! every interleaving of the channel's lock and atomics (within loom's preemption bound).
//! Build with `--cfg loom` (TESTING.md):
//!
//! ```text
//! RUSTFLAGS="--cfg loom" cargo test -p coro-core --release --test loom --target-dir target/loom
//! ```
//!
//! Every wait goes through `loom::future::block_on`, which parks the loom thread until its
//! waker fires: a wake-up that the channel loses leaves a thread parked for ever, which loom
//! reports as a deadlock. The values are checked for delivery exactly once. The models
//! explore interleavings with up to five preemptions unless `LOOM_MAX_PREEMPTIONS` says
//! otherwise (unbounded, the three-thread ones take minutes each).
#![cfg(loom)]

mod loom_model;

use core::future::poll_fn;
use core::task::{Context, Poll, Waker};

use coro_core::__loom::withdraw_receives;
use coro_core::channel::SendSlot;
use coro_core::channel::error::{SendError, TrySendError};
use coro_core::channel::sync;
use loom::future::block_on;
use loom::thread;
use loom_model::model;

/// Receives one value, waiting as a task would: poll, park until woken, poll again.
fn recv<T>(rx: &sync::Receiver<T>) -> Option<T> {
    block_on(poll_fn(|cx| rx.poll_recv(cx)))
}

/// Sends one value, waiting as a task would.
fn send<T>(tx: &sync::Sender<T>, value: T) -> Result<(), SendError<T>> {
    let mut slot = SendSlot::new(value);
    block_on(poll_fn(|cx| tx.poll_send(&mut slot, cx)))
}

/// A rendezvous: whichever side comes first waits, and the other completes it and wakes it.
#[test]
fn rendezvous_hands_the_value_to_a_parked_receiver() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let receiver = thread::spawn(move || recv(&rx));
        send(&tx, 7).unwrap();
        assert_eq!(receiver.join().unwrap(), Some(7));
    });
}

/// Two senders on a buffer of one, the receiver on the main thread: both values arrive,
/// each once, then the end of the channel.
#[test]
fn buffered_values_from_two_senders_arrive_once_each() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(1);
        let tx2 = tx.clone();
        let first = thread::spawn(move || send(&tx, 1).unwrap());
        let second = thread::spawn(move || send(&tx2, 2).unwrap());
        let mut got = [recv(&rx).unwrap(), recv(&rx).unwrap()];
        first.join().unwrap();
        second.join().unwrap();
        assert_eq!(recv(&rx), None, "both senders are gone");
        got.sort_unstable();
        assert_eq!(got, [1, 2]);
    });
}

/// A receiver waiting on an empty channel is woken by the last sender's drop, and sees the
/// end.
#[test]
fn dropping_the_last_sender_wakes_a_parked_receiver() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let receiver = thread::spawn(move || recv(&rx));
        drop(tx);
        assert_eq!(receiver.join().unwrap(), None);
    });
}

/// A rendezvous send waiting for a receiver gets its value back when the receiver goes.
#[test]
fn a_parked_send_gets_its_value_back_when_the_receiver_goes() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let sender = thread::spawn(move || send(&tx, 9));
        drop(rx);
        assert_eq!(sender.join().unwrap(), Err(SendError(9)));
    });
}

/// Two receivers, one value: exactly one of them gets it, the other sees the end once the
/// sender is gone.
#[test]
fn one_value_goes_to_one_of_two_receivers() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let rx2 = rx.clone();
        let first = thread::spawn(move || recv(&rx));
        let second = thread::spawn(move || recv(&rx2));
        send(&tx, 5).unwrap();
        drop(tx);
        let mut got = [first.join().unwrap(), second.join().unwrap()];
        got.sort_unstable();
        assert_eq!(got, [None, Some(5)]);
    });
}

/// A receive withdrawn while a send races it: the value is either refused (given back to
/// the sender) or left in the channel for the next receive; never lost, never twice.
#[test]
fn a_withdrawn_receive_loses_no_value() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let sender = thread::spawn(move || tx.try_send(3));
        let waker = Waker::noop().clone();
        let mut cx = Context::from_waker(&waker);
        let polled = rx.poll_recv(&mut cx);
        if polled.is_pending() {
            rx.cancel_recv(&waker);
        }
        let sent = sender.join().unwrap();
        let received = match polled {
            Poll::Ready(value) => value,
            Poll::Pending => rx.try_recv().ok(),
        };
        match sent {
            Ok(()) => assert_eq!(received, Some(3), "a value sent is received"),
            Err(TrySendError::Full(3)) => assert_eq!(received, None, "refused, given back"),
            Err(other) => panic!("unexpected send result {other:?}"),
        }
    });
}

/// A receive whose task is dropped while a send races it (the task's scheduler withdraws
/// its receive, as the drop of a coroutine waiting in `recv!` does), with another receiver
/// waiting: a value handed to the dropped receive goes back to the channel and wakes the
/// other receiver, which gets it (the channel stays open meanwhile, so only the hand-off or
/// the withdrawal can wake it: a lost wake-up is a loom deadlock); a value refused stays
/// with the sender. Never lost, never twice.
#[test]
fn a_value_handed_to_a_dropped_receive_goes_to_the_other_receiver() {
    model(|| {
        let (tx, rx) = sync::channel::<u32>(0);
        let waker = Waker::noop().clone();
        let mut cx = Context::from_waker(&waker);
        // The receive of the task that will be dropped: first in line.
        assert!(rx.poll_recv(&mut cx).is_pending());
        let other_rx = rx.clone();
        let other = thread::spawn(move || recv(&other_rx));
        let sender = thread::spawn(move || (tx.try_send(3), tx));
        withdraw_receives(&rx, &waker);
        let (sent, tx) = sender.join().unwrap();
        match sent {
            Ok(()) => {
                assert_eq!(other.join().unwrap(), Some(3), "a value sent is received");
                drop(tx);
            }
            Err(TrySendError::Full(3)) => {
                // Refused: the other receiver sees the end once the sender goes.
                drop(tx);
                assert_eq!(other.join().unwrap(), None, "refused, given back");
            }
            Err(other) => panic!("unexpected send result {other:?}"),
        }
        assert_eq!(rx.try_recv().ok(), None, "received once");
    });
}
