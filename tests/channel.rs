//! Channels from plain code: the `try_` and `poll_` forms, Go's semantics of capacity,
//! close, disconnection, FIFO order and drops.

use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use coro_core::channel::error::{SendError, TryRecvError, TrySendError};
use coro_core::channel::{SendSlot, channel};

/// Records its number when dropped.
struct Tracked(u32, Rc<RefCell<Vec<u32>>>);

impl Drop for Tracked {
    fn drop(&mut self) {
        self.1.borrow_mut().push(self.0);
    }
}

fn noop_cx() -> Context<'static> {
    Context::from_waker(Waker::noop())
}

#[test]
fn buffered_fifo_full_and_drain() {
    let (tx, rx) = channel(3);
    assert_eq!(tx.capacity(), 3);
    for i in 0..3 {
        assert_eq!(tx.try_send(i), Ok(()));
    }
    assert_eq!(tx.len(), 3);
    assert_eq!(tx.try_send(9), Err(TrySendError::Full(9)));
    assert_eq!(rx.try_recv(), Ok(0));
    assert_eq!(tx.try_send(3), Ok(()));
    assert_eq!(
        [rx.try_recv(), rx.try_recv(), rx.try_recv(), rx.try_recv()],
        [Ok(1), Ok(2), Ok(3), Err(TryRecvError::Empty)]
    );
}

#[test]
fn close_drains_then_reports_closed_and_refuses_sends() {
    let (tx, rx) = channel(4);
    tx.try_send("a").unwrap();
    tx.try_send("b").unwrap();
    rx.close();
    assert!(tx.is_closed() && rx.is_closed());
    assert_eq!(tx.try_send("c"), Err(TrySendError::Closed("c")));
    assert_eq!(rx.try_recv(), Ok("a"));
    assert_eq!(rx.try_recv(), Ok("b"));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    let mut cx = noop_cx();
    assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(None));
    // Closing twice is harmless.
    tx.close();
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn dropping_every_sender_closes() {
    let (tx, rx) = channel(2);
    let tx2 = tx.clone();
    tx.try_send(1).unwrap();
    drop(tx);
    assert!(!rx.is_closed(), "one sender is left");
    tx2.try_send(2).unwrap();
    drop(tx2);
    assert!(rx.is_closed());
    assert_eq!(rx.try_recv(), Ok(1));
    assert_eq!(rx.try_recv(), Ok(2));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn dropping_every_receiver_drops_the_buffer_and_gives_sends_back() {
    let dropped = Rc::new(RefCell::new(Vec::new()));
    let (tx, rx) = channel(4);
    let rx2 = rx.clone();
    tx.try_send(Tracked(1, dropped.clone())).unwrap();
    tx.try_send(Tracked(2, dropped.clone())).unwrap();
    drop(rx);
    assert!(dropped.borrow().is_empty(), "a receiver is left");
    drop(rx2);
    assert_eq!(*dropped.borrow(), [1, 2]);
    let Err(TrySendError::Closed(back)) = tx.try_send(Tracked(3, dropped.clone())) else {
        panic!("sending with no receiver left must fail");
    };
    assert_eq!(back.0, 3);
    drop(back);
    assert_eq!(*dropped.borrow(), [1, 2, 3]);
}

#[test]
fn values_left_in_a_dropped_channel_are_dropped_once() {
    let dropped = Rc::new(RefCell::new(Vec::new()));
    let (tx, rx) = channel(8);
    for i in 0..5 {
        tx.try_send(Tracked(i, dropped.clone())).unwrap();
    }
    drop(rx.try_recv());
    drop((tx, rx));
    let mut got = dropped.borrow().clone();
    got.sort_unstable();
    assert_eq!(got, [0, 1, 2, 3, 4]);
}

#[test]
fn rendezvous_try_send_needs_a_waiting_receiver() {
    let (tx, rx) = channel(0);
    assert_eq!(tx.try_send(1), Err(TrySendError::Full(1)));
    let mut cx = noop_cx();
    assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    assert_eq!(tx.try_send(2), Ok(()));
    // The value was handed to that waiting receive, which takes it when it polls again.
    assert_eq!(rx.len(), 0);
    assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(2)));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    // Only one value per waiting receive.
    assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    assert_eq!(tx.try_send(3), Ok(()));
    assert_eq!(tx.try_send(4), Err(TrySendError::Full(4)));
}

#[test]
fn rendezvous_send_completes_only_when_taken() {
    let (tx, rx) = channel(0);
    let mut cx = noop_cx();
    let mut slot = SendSlot::new(String::from("hand-off"));
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    assert_eq!(
        tx.poll_send(&mut slot, &mut cx),
        Poll::Pending,
        "still waiting"
    );
    assert_eq!(rx.try_recv().as_deref(), Ok("hand-off"));
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    assert!(slot.is_empty());
}

#[test]
fn a_waiting_send_is_refused_by_close_and_gets_its_value_back() {
    let (tx, rx) = channel(0);
    let mut cx = noop_cx();
    let mut slot = SendSlot::new(7);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    rx.close();
    assert_eq!(
        tx.poll_send(&mut slot, &mut cx),
        Poll::Ready(Err(SendError(7)))
    );
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
}

#[test]
fn cancel_send_withdraws_the_value() {
    let (tx, rx) = channel(0);
    let mut cx = noop_cx();
    let mut slot = SendSlot::new(5);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    tx.cancel_send(&mut slot);
    assert_eq!(slot.take(), Some(5));
    assert_eq!(
        rx.try_recv(),
        Err(TryRecvError::Empty),
        "nothing left to take"
    );
}

#[test]
fn cancel_after_delivery_leaves_the_slot_empty() {
    let (tx, rx) = channel(0);
    let mut cx = noop_cx();
    let mut slot = SendSlot::new(5);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    assert_eq!(rx.try_recv(), Ok(5));
    tx.cancel_send(&mut slot);
    assert!(slot.is_empty(), "the value was delivered, not withdrawn");
}

#[test]
fn blocked_sends_complete_in_order_as_room_frees() {
    let (tx, rx) = channel(1);
    let mut cx = noop_cx();
    tx.try_send(0).unwrap();
    let mut slots: Vec<_> = (1..=3).map(SendSlot::new).collect();
    for slot in &mut slots {
        assert_eq!(tx.poll_send(slot, &mut cx), Poll::Pending);
    }
    // A try_send cannot overtake the blocked sends.
    assert_eq!(tx.try_send(99), Err(TrySendError::Full(99)));
    let got: Vec<_> = (0..4).map(|_| rx.try_recv().unwrap()).collect();
    assert_eq!(got, [0, 1, 2, 3]);
    for slot in &mut slots {
        assert_eq!(tx.poll_send(slot, &mut cx), Poll::Ready(Ok(())));
    }
}

#[test]
fn many_producers_many_consumers_each_value_exactly_once() {
    let (tx, rx) = channel(3);
    let senders: Vec<_> = (0..4).map(|_| tx.clone()).collect();
    let receivers: Vec<_> = (0..3).map(|_| rx.clone()).collect();
    drop((tx, rx));
    let mut received = Vec::new();
    let mut next = [0u32; 4];
    // Interleave: every producer sends while there is room, every consumer takes one.
    while next.iter().any(|&n| n < 100) {
        for ((tx, next), p) in senders.iter().zip(&mut next).zip(0u32..) {
            if *next < 100 && tx.try_send(p * 1000 + *next).is_ok() {
                *next += 1;
            }
        }
        for rx in &receivers {
            if let Ok(v) = rx.try_recv() {
                received.push(v);
            }
        }
    }
    drop(senders);
    for rx in &receivers {
        while let Ok(v) = rx.try_recv() {
            received.push(v);
        }
    }
    // FIFO per producer, and nothing lost or duplicated.
    for p in 0..4 {
        let mine: Vec<u32> = received.iter().copied().filter(|v| v / 1000 == p).collect();
        assert_eq!(mine, (0..100).map(|i| p * 1000 + i).collect::<Vec<_>>());
    }
    assert_eq!(received.len(), 400);
}

#[test]
fn wakers_are_woken_when_progress_is_possible() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::task::Wake;

    struct Count(AtomicUsize);
    impl Wake for Count {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
    let count = Arc::new(Count(AtomicUsize::new(0)));
    let waker = Waker::from(count.clone());
    let mut cx = Context::from_waker(&waker);
    let (tx, rx) = channel::<u8>(1);
    assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    assert_eq!(count.0.load(Ordering::SeqCst), 0);
    tx.try_send(1).unwrap();
    assert_eq!(count.0.load(Ordering::SeqCst), 1, "a value arrived");
    assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(1)));
    // A blocked sender is woken when a receive makes room.
    tx.try_send(2).unwrap();
    let mut slot = SendSlot::new(3);
    assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    assert_eq!(rx.try_recv(), Ok(2));
    assert_eq!(count.0.load(Ordering::SeqCst), 2, "the send completed");
    // Closing wakes waiting receivers.
    assert_eq!(rx.try_recv(), Ok(3));
    assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    drop(tx);
    assert_eq!(count.0.load(Ordering::SeqCst), 3, "the last sender left");
    assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(None));
}

#[test]
fn debug_output_shows_the_state_not_the_values() {
    let (tx, rx) = channel::<Vec<u8>>(2);
    tx.try_send(vec![1]).unwrap();
    let debug = format!("{tx:?}");
    assert!(debug.starts_with("Sender { id: ChannelId("), "{debug}");
    assert!(
        debug.contains("len: 1, capacity: 2, closed: false"),
        "{debug}"
    );
    assert!(format!("{rx:?}").starts_with("Receiver {"));
    assert_eq!(tx.id(), rx.id());
    assert_eq!(
        format!("{:?}", TrySendError::Full(vec![1u8])),
        "Full(..)",
        "errors do not need T: Debug"
    );
}

/// A waker whose wake and drop use the channel it waited on (through a thread-local): a
/// channel never runs them while its state is borrowed.
mod wakers_that_use_the_channel {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

    use coro_core::channel::{Receiver, channel};

    thread_local! {
        static RX: RefCell<Option<Rc<Receiver<u32>>>> = const { RefCell::new(None) };
    }

    fn use_the_channel() {
        RX.with(|rx| {
            if let Some(rx) = rx.borrow().as_ref() {
                let _ = rx.is_closed(); // borrows the channel's state
            }
        });
    }

    static VTABLE: RawWakerVTable = RawWakerVTable::new(
        |data| RawWaker::new(data, &VTABLE),
        |_| use_the_channel(),
        |_| use_the_channel(),
        |_| use_the_channel(),
    );

    #[test]
    fn a_delivered_registration_is_dropped_after_the_borrow() {
        let (tx, rx) = channel::<u32>(0);
        let rx = Rc::new(rx);
        RX.with(|r| *r.borrow_mut() = Some(rx.clone()));
        // SAFETY: the vtable's functions ignore the data pointer.
        let waker = unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) };
        let mut cx = Context::from_waker(&waker);
        assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
        tx.try_send(5).unwrap(); // hands the value over and wakes the waker
        assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(5))); // drops the registration
        RX.with(|r| *r.borrow_mut() = None);
    }
}
