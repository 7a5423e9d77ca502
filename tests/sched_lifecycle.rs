//! The end of a task in the corner cases of its references: a finished task with no other
//! reference is freed by its own run, so whatever could still refer to it must keep it
//! alive instead (its join handle, a waker it handed out, a handle it owns itself), and a
//! result is dropped exactly once. Also: slot reuse in any order, and task blocks aligned
//! for over-aligned state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use coro_core::channel::channel;
use coro_core::coro;
use coro_core::sched::{self, JoinHandle, Scheduler, TaskBuilder};

thread_local! {
    static DROPS: Cell<u32> = const { Cell::new(0) };
    static PARKED_HANDLE: RefCell<Option<JoinHandle<Counted>>> = const { RefCell::new(None) };
}

/// Counts its drops on this thread.
#[derive(Debug)]
struct Counted(u32);

impl Drop for Counted {
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
    }
}

fn drops() -> u32 {
    DROPS.with(Cell::get)
}

/// A join waker that drops the join handle when woken (inside the task's completion).
struct DropsTheHandle;

impl Wake for DropsTheHandle {
    fn wake(self: Arc<Self>) {
        let handle = PARKED_HANDLE.with(|slot| slot.borrow_mut().take());
        drop(handle);
    }
}

#[test]
fn a_join_waker_that_drops_the_handle_leaves_one_drop_of_the_result() {
    DROPS.with(|d| d.set(0));
    let sched = Scheduler::new();
    let handle = sched.spawn(coro!(|| {
        yield_now!();
        Counted(7)
    }));
    let waker = Waker::from(Arc::new(DropsTheHandle));
    assert!(
        handle
            .poll_join(&mut Context::from_waker(&waker))
            .is_pending()
    );
    drop(waker);
    PARKED_HANDLE.with(|slot| *slot.borrow_mut() = Some(handle));
    sched.run().unwrap();
    assert!(PARKED_HANDLE.with(|slot| slot.borrow().is_none()));
    assert_eq!(
        drops(),
        1,
        "the result, kept for the handle, dropped by its detach"
    );
    assert_eq!(sched.task_count(), 0);
}

#[test]
fn a_task_that_owns_its_own_handle_drops_its_result_once() {
    DROPS.with(|d| d.set(0));
    let sched = Scheduler::new();
    let (tx, rx) = channel::<JoinHandle<Counted>>(1);
    let handle = sched.spawn(coro!(move || {
        let _me = recv!(rx).unwrap();
        Counted(1)
    }));
    tx.try_send(handle).unwrap();
    sched.run().unwrap();
    assert_eq!(drops(), 1);
    // The slot and the block are reused by the next tasks.
    for i in 0..3 {
        let handle = sched.spawn(coro!(move || Counted(10 + i)));
        sched.run().unwrap();
        assert!(matches!(handle.try_join(), Some(Ok(Counted(n))) if n == 10 + i));
    }
}

#[test]
fn a_waker_outliving_its_task_keeps_it_alive() {
    let sched = Scheduler::new();
    let own_waker = || coro!(|| wait!(|cx: &mut Context<'_>| Poll::Ready(cx.waker().clone())));
    // Detached: the waker is dropped with the result.
    drop(sched.spawn(own_waker()));
    let kept = sched.spawn(own_waker());
    sched.run().unwrap();
    let waker = kept.try_join().unwrap().unwrap();
    drop(kept);
    // The task is finished and nothing else refers to it: waking it does nothing, here and
    // from another thread, where the last count goes.
    waker.wake_by_ref();
    std::thread::spawn(move || waker.wake()).join().unwrap();
    sched.run().unwrap();
    assert_eq!(sched.task_count(), 0);
}

#[test]
fn tasks_with_timers_select_and_names_end_cleanly() {
    let sched = Scheduler::builder().virtual_clock().build();
    let (tx, rx) = channel::<u32>(2);
    let summer = sched.spawn(coro!(move || {
        sleep!(Duration::from_millis(3));
        let mut sum = 0;
        loop {
            select! {
                v = recv(rx) => match v {
                    Some(v) => sum += v,
                    None => break,
                },
                _ = sleep(Duration::from_millis(1)) => {}
            }
        }
        sum
    }));
    drop(TaskBuilder::new().name("sender").spawn_on(
        &sched,
        coro!(move || {
            for i in 0..5 {
                send!(tx, i).unwrap();
                sleep!(Duration::from_millis(2));
            }
        }),
    ));
    sched.run().unwrap();
    assert_eq!(summer.try_join(), Some(Ok(10)));
    // A handle dropped while its task sleeps (its timer set, not finished).
    let sleeper = sched.spawn(coro!(|| {
        sleep!(Duration::from_millis(1));
        5
    }));
    drop(sleeper);
    sched.run().unwrap();
    assert_eq!(sched.task_count(), 0);
}

#[test]
fn a_joined_task_ends_before_its_joiner_reads_it() {
    let sched = Scheduler::new();
    let out = Rc::new(Cell::new(0));
    let seen = Rc::clone(&out);
    sched.spawn(coro!(move || {
        let child = sched::spawn(coro!(|| {
            yield_now!();
            yield_now!();
            4
        }));
        seen.set(join!(child).unwrap());
    }));
    sched.run().unwrap();
    assert_eq!(out.get(), 4);
}

#[test]
fn slots_are_reused_whatever_order_tasks_finish_in() {
    let sched = Scheduler::builder().virtual_clock().seed(3).build();
    let mut handles = Vec::new();
    for round in 0..4_u64 {
        for i in 0..50_u64 {
            let delay = (i * 7919 + round * 31) % 13;
            handles.push(sched.spawn(coro!(move || {
                sleep!(Duration::from_millis(delay));
                i
            })));
        }
        if round % 2 == 0 {
            sched.run().unwrap();
        }
    }
    sched.run().unwrap();
    for (k, handle) in (0_u64..).zip(&handles) {
        assert_eq!(handle.try_join(), Some(Ok(k % 50)));
    }
    assert_eq!(sched.task_count(), 0);
}

/// 24 bytes aligned to 16: its task's block must be aligned to 16.
#[repr(align(16))]
#[derive(Clone, Copy)]
struct Aligned(#[allow(dead_code, reason = "only its size and alignment matter")] [u8; 24]);

fn is_aligned(value: &Aligned) -> bool {
    std::ptr::from_ref(value).addr().is_multiple_of(16)
}

#[test]
fn over_aligned_state_is_aligned_among_other_tasks() {
    let sched = Scheduler::new();
    let misaligned = Rc::new(Cell::new(0_u32));
    for i in 0..40_u8 {
        // A task whose block is an odd multiple of 8 bytes, between the aligned ones.
        let words = [u64::from(i); 3];
        sched.spawn(coro!(move || words[0]));
        let count = Rc::clone(&misaligned);
        let value = Aligned([i; 24]);
        sched.spawn(coro!(move || {
            count.set(count.get() + u32::from(!is_aligned(&value)));
            yield_now!();
            count.set(count.get() + u32::from(!is_aligned(&value)));
        }));
    }
    sched.run().unwrap();
    assert_eq!(misaligned.get(), 0);
}

/// A task that wakes itself during the resume that parks it is queued once and runs again
/// in its turn, and a task queued behind it meanwhile runs too. (The run queue links
/// through its tasks, and what a task waits on shares the link's word: recording the wait
/// of a task queued meanwhile must not cut the queue after it.)
#[test]
fn a_task_woken_during_the_resume_that_parks_it_runs_again_in_turn() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let sched = Scheduler::new();
    let a = {
        let log = log.clone();
        sched.spawn(coro!(move || {
            for i in 0..3 {
                let mut woken = false;
                wait!(|cx| {
                    if woken {
                        return Poll::Ready(());
                    }
                    woken = true;
                    cx.waker().wake_by_ref();
                    let log = log.clone();
                    sched::spawn(coro!(move || log.borrow_mut().push(("c", i))));
                    Poll::Pending
                });
                log.borrow_mut().push(("a", i));
            }
        }))
    };
    let b = {
        let log = log.clone();
        sched.spawn(coro!(move || {
            for i in 0..3 {
                log.borrow_mut().push(("b", i));
                yield_now!();
            }
        }))
    };
    sched.run().unwrap();
    assert_eq!(
        *log.borrow(),
        [
            ("b", 0),
            ("a", 0),
            ("c", 0),
            ("b", 1),
            ("a", 1),
            ("c", 1),
            ("b", 2),
            ("a", 2),
            ("c", 2)
        ]
    );
    assert!(a.try_join().unwrap().is_ok());
    assert!(b.try_join().unwrap().is_ok());
}

/// A task woken during the resume in which it finishes stays queued, finished: its turn
/// comes and does nothing, and the tasks behind it still run, once each.
#[test]
fn a_task_woken_as_it_finishes_leaves_the_queue_intact() {
    let runs = Rc::new(Cell::new(0));
    let sched = Scheduler::new();
    let early = sched.spawn(coro!(|| {
        wait!(|cx| {
            cx.waker().wake_by_ref();
            Poll::Ready(())
        });
        7
    }));
    let later: Vec<_> = (0..3)
        .map(|_| {
            let runs = runs.clone();
            sched.spawn(coro!(move || {
                yield_now!();
                runs.set(runs.get() + 1);
            }))
        })
        .collect();
    sched.run().unwrap();
    assert_eq!(early.try_join(), Some(Ok(7)));
    assert_eq!(runs.get(), 3);
    assert!(later.iter().all(|h| h.try_join() == Some(Ok(()))));
    assert_eq!(sched.task_count(), 0);
}

/// Runs its closure when dropped.
struct OnDrop<F: FnMut()>(F);

impl<F: FnMut()> Drop for OnDrop<F> {
    fn drop(&mut self) {
        (self.0)();
    }
}

/// The drop of a task's state panics while the scheduler is dropped: the tasks queued at
/// that moment are still dropped, once. (The run queue lives in the scheduler's shared
/// part, which each queued task keeps alive: left in the queue, they would keep each
/// other.)
#[test]
fn a_panic_while_cancelling_still_drops_the_queued_tasks() {
    let before = drops();
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u32>(1);
    let (_keep, never) = channel::<u32>(0);
    sched.spawn(coro!(move || {
        let _boom = OnDrop(|| panic!("boom in drop"));
        recv!(never);
    }));
    sched.spawn(coro!(move || {
        let _counted = Counted(0);
        recv!(rx);
        recv!(rx);
    }));
    assert!(sched.run().is_err(), "both tasks wait");
    tx.try_send(1).unwrap(); // queues the second task, which the scheduler never runs
    let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(sched)));
    let message = dropped.unwrap_err();
    assert_eq!(message.downcast_ref::<&str>(), Some(&"boom in drop"));
    assert_eq!(
        drops() - before,
        1,
        "the queued task's state was dropped once"
    );
}

/// The drop of a task's state panics while the scheduler is dropped: the tasks still
/// referred to keep their memory and the scheduler's shared part, for their join handle
/// here and for a waker dropped on another thread. (Before the fix, the scheduler's memory
/// went with it: the join handle read freed memory, and the waker's drop hung or crashed.)
#[test]
fn a_panic_while_dropping_the_scheduler_leaves_the_tasks_referred_to_intact() {
    let stash: Rc<RefCell<Option<Waker>>> = Rc::new(RefCell::new(None));
    let s = stash.clone();
    let (_keep, never) = channel::<u32>(0);
    let sched = Scheduler::new();
    sched.spawn(coro!(move || {
        wait!(|cx: &mut Context<'_>| {
            *s.borrow_mut() = Some(cx.waker().clone());
            Poll::Ready(())
        });
    }));
    let handle = sched.spawn(coro!(|| {
        let _boom = OnDrop(|| panic!("boom in drop"));
        recv!(never);
        1u32
    }));
    assert!(sched.run().is_err(), "the second task waits");
    let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(sched)));
    assert_eq!(
        dropped.unwrap_err().downcast_ref::<&str>(),
        Some(&"boom in drop")
    );
    assert!(handle.is_finished());
    assert!(matches!(
        handle.try_join(),
        Some(Err(coro_core::sched::JoinError::Cancelled { .. }))
    ));
    drop(handle);
    let waker = stash
        .borrow_mut()
        .take()
        .expect("the first task stashed its waker");
    std::thread::spawn(move || waker.wake()).join().unwrap();
}

/// The last two tasks of a dropped scheduler, freed at once on two threads: the one that
/// is not the last must not see the scheduler's shared part go while it is still in the
/// slab's lock. (Miri found this with `MIRIFLAGS="-Zmiri-seed=9
/// -Zmiri-preemption-rate=0.003"`: before the fix, the other thread's free dropped the
/// shared part under the first one's unlock.)
#[test]
fn the_last_two_tasks_freed_at_once_on_two_threads() {
    fn stashing_task(sched: &Scheduler) -> Rc<RefCell<Option<Waker>>> {
        let stash: Rc<RefCell<Option<Waker>>> = Rc::new(RefCell::new(None));
        let s = stash.clone();
        sched.spawn(coro!(move || {
            wait!(|cx: &mut Context<'_>| {
                *s.borrow_mut() = Some(cx.waker().clone());
                Poll::Ready(())
            });
        }));
        stash
    }
    for _ in 0..8 {
        let sched = Scheduler::new();
        let a = stashing_task(&sched);
        let b = stashing_task(&sched);
        sched.run().unwrap();
        drop(sched);
        let a = a.borrow_mut().take().expect("the task stashed its waker");
        let b = b.borrow_mut().take().expect("the task stashed its waker");
        let barrier = Arc::new(std::sync::Barrier::new(2));
        let other = Arc::clone(&barrier);
        let thread = std::thread::spawn(move || {
            other.wait();
            drop(a);
        });
        barrier.wait();
        drop(b);
        thread.join().unwrap();
    }
}

/// A name goes with its task: an unnamed task spawned into the slot of a named one that
/// finished is reported without a name, and a named one beside it with its own.
#[test]
fn a_finished_task_takes_its_name_with_it() {
    let sched = Scheduler::new();
    drop(
        TaskBuilder::new()
            .name("first")
            .spawn_on(&sched, coro!(|| {})),
    );
    sched.run().unwrap();
    let (_keep, rx) = channel::<u32>(0);
    let rx2 = rx.clone();
    let unnamed = sched.spawn(coro!(move || {
        recv!(rx);
    }));
    let named = TaskBuilder::new().name("second").spawn_on(
        &sched,
        coro!(move || {
            recv!(rx2);
        }),
    );
    let deadlock = sched.run().unwrap_err();
    let reported: Vec<_> = deadlock
        .blocked()
        .iter()
        .map(|task| (task.id(), task.name()))
        .collect();
    assert_eq!(
        reported,
        [(unnamed.id(), None), (named.id(), Some("second"))]
    );
}

/// A task cancelled while it waits to receive — plainly or in a `select!` — leaves its
/// registration in the channel, but a dead one: a rendezvous send afterwards finds no
/// receiver (rather than handing its value to a task that will never take it), and the
/// next receiver gets the value.
#[test]
fn a_cancelled_receiver_takes_no_value() {
    for in_select in [false, true] {
        let (tx, rx) = channel::<u32>(0);
        let (_tx2, rx2) = channel::<u32>(0);
        let kept = rx.clone();
        let sched = Scheduler::new();
        if in_select {
            sched.spawn(coro!(move || {
                select! {
                    v = recv(rx) => v,
                    v = recv(rx2) => v,
                }
            }));
        } else {
            sched.spawn(coro!(move || recv!(rx)));
        }
        assert!(sched.run().is_err(), "the receiver waits");
        drop(sched);
        assert_eq!(
            tx.try_send(5),
            Err(coro_core::channel::error::TrySendError::Full(5)),
            "in a select!: {in_select}"
        );
        let sched = Scheduler::new();
        let taker = sched.spawn(coro!(move || recv!(kept)));
        sched.spawn(coro!(move || send!(tx, 6).is_ok()));
        sched.run().unwrap();
        assert_eq!(
            taker.try_join(),
            Some(Ok(Some(6))),
            "in a select!: {in_select}"
        );
    }
}

/// A task too large for the slab's blocks (an allocation of its own), blocked when its
/// scheduler finds nothing left to run: the deadlock report names it, and dropping the
/// scheduler cancels it, dropping its state once.
#[test]
fn an_unfinished_large_task_is_reported_and_cancelled() {
    let (_tx, rx) = channel::<u32>(0);
    let big = [1u8; 4096];
    let counted = Counted(7);
    let before = drops();
    let sched = Scheduler::new();
    let large = sched.spawn(coro!(move || {
        let _kept = &counted;
        let v = recv!(rx);
        u32::from(big[0]) + v.unwrap_or(0)
    }));
    let small = sched.spawn(coro!(|| 1u8));
    let deadlock = sched.run().expect_err("the large task waits");
    assert_eq!(deadlock.blocked().len(), 1);
    assert_eq!(deadlock.blocked()[0].id(), large.id());
    assert_eq!(small.try_join(), Some(Ok(1)));
    assert_eq!(drops(), before);
    drop(sched);
    assert_eq!(drops(), before + 1, "the large task's state dropped once");
    assert!(matches!(
        large.try_join(),
        Some(Err(coro_core::sched::JoinError::Cancelled { .. }))
    ));
}

/// A task that leaves a registration of its own waker on a channel (a `wait!` over
/// `poll_recv` that it abandons) and then receives there with `recv!` gets every value
/// sent: the receive takes that registration over instead of registering a second time,
/// into which a later send could complete, its value never received.
#[test]
fn a_receive_takes_over_the_registration_its_tasks_waker_left() {
    use std::task::Poll;
    for capacity in [0, 1] {
        let sched = Scheduler::new();
        let (tx, rx) = channel::<u32>(capacity);
        let receiver = sched.spawn(coro!(move || {
            // Poll once and give up: the waker's registration stays behind.
            wait!(|cx| {
                assert!(rx.poll_recv(cx).is_pending());
                Poll::Ready(())
            });
            let first = recv!(rx);
            let second = recv!(rx);
            (first, second)
        }));
        sched.spawn(coro!(move || {
            send!(tx, 1).unwrap();
            send!(tx, 2).unwrap();
        }));
        sched.run().unwrap();
        assert_eq!(
            receiver.try_join(),
            Some(Ok((Some(1), Some(2)))),
            "capacity {capacity}"
        );
    }
}

thread_local! {
    static TAKE_ON_WAKE: RefCell<Option<coro_core::channel::Receiver<u32>>> =
        const { RefCell::new(None) };
    static TAKEN: Cell<Option<u32>> = const { Cell::new(None) };
}

/// A waker that receives from the channel in `TAKE_ON_WAKE` as it is woken.
struct ReceiveOnWake;

impl Wake for ReceiveOnWake {
    fn wake(self: Arc<Self>) {
        TAKE_ON_WAKE.with(|rx| {
            if let Some(rx) = rx.borrow().as_ref()
                && let Ok(v) = rx.try_recv()
            {
                TAKEN.with(|taken| taken.set(Some(v)));
            }
        });
    }
}

/// A `select!` with `default` whose send arm's offer is taken while the arms are polled (a
/// receiver's waker, woken by the offer, receives at once) takes the send arm, not
/// `default`: its value went out.
#[test]
fn a_select_whose_send_completes_during_its_poll_does_not_take_default() {
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u32>(0);
    let waker = Waker::from(Arc::new(ReceiveOnWake));
    // A foreign receive, registered in a choice already decided elsewhere and not yet
    // withdrawn: the offer wakes it, and its waker takes the value.
    let choice = coro_core::channel::Choice::new();
    choice.begin();
    assert!(
        rx.poll_recv_in(&mut Context::from_waker(&waker), &choice)
            .is_pending()
    );
    choice.decide();
    TAKE_ON_WAKE.with(|slot| *slot.borrow_mut() = Some(rx));
    let task = sched.spawn(coro!(move || {
        select! {
            r = send(tx, 7) => if r.is_ok() { "sent" } else { "closed" },
            default => "default",
        }
    }));
    sched.run().unwrap();
    TAKE_ON_WAKE.with(|slot| slot.borrow_mut().take());
    assert_eq!(
        (TAKEN.with(Cell::get), task.try_join()),
        (Some(7), Some(Ok("sent")))
    );
}

/// A `select!`'s `recv` arm keeps its channel without being one of its receivers: when the
/// last receiver goes while the arm waits, the channel closes and the arm sees its end.
#[test]
fn a_recv_arm_sees_the_close_when_the_last_receiver_goes() {
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u32>(0);
    let holder = Rc::new(RefCell::new(Some(rx)));
    let task_holder = holder.clone();
    let selecting = sched.spawn(coro!(move || {
        select! {
            v = recv(*task_holder.borrow().as_ref().expect("held")) => v,
        }
    }));
    sched.spawn(coro!(move || {
        yield_now!();
        drop(holder.borrow_mut().take());
    }));
    sched.run().unwrap();
    assert_eq!(selecting.try_join(), Some(Ok(None)));
    drop(tx);
}

/// A task that resumes a coroutine by hand, leaves it waiting in `recv!` and drops it, then
/// receives on that channel itself, gets every value sent: the dropped coroutine's
/// registration is the task's, and the task's receive takes it over instead of registering
/// a second time (a later send completed into the first, its value never received).
#[test]
fn a_receive_after_an_abandoned_inner_receive_loses_nothing() {
    use coro_core::{Coroutine, CoroutineState};
    let sched = Scheduler::new();
    let (tx, rx) = channel::<u32>(0);
    let receiver = sched.spawn(coro!(move || {
        let inner_rx = rx.clone();
        let mut inner = coro!(move || recv!(inner_rx));
        assert!(matches!(inner.resume(()), CoroutineState::Yielded(())));
        drop(inner);
        let first = recv!(rx);
        let second = recv!(rx);
        (first, second)
    }));
    sched.spawn(coro!(move || {
        send!(tx, 1).unwrap();
        send!(tx, 2).unwrap();
    }));
    sched.run().unwrap();
    assert_eq!(receiver.try_join(), Some(Ok((Some(1), Some(2)))));
}

/// A coroutine dropped while it waits in a `select!` leaves its task out of that `select!`:
/// the task's own receives afterwards are plain ones, which a send completes (they were
/// taken for registrations of the abandoned `select!`, dead once it was decided).
#[test]
fn a_select_abandoned_by_a_dropped_coroutine_leaves_its_task_free() {
    use coro_core::{Coroutine, CoroutineState};
    let sched = Scheduler::new();
    let (a_tx, a_rx) = channel::<u32>(0);
    let (b_tx, b_rx) = channel::<u32>(0);
    let receiver = sched.spawn(coro!(move || {
        let (inner_a, inner_b) = (a_rx.clone(), b_rx.clone());
        let mut inner = coro!(move || select! {
            v = recv(inner_a) => v,
            v = recv(inner_b) => v,
        });
        assert!(matches!(inner.resume(()), CoroutineState::Yielded(())));
        drop(inner);
        let a = recv!(a_rx);
        let b = recv!(b_rx);
        (a, b)
    }));
    sched.spawn(coro!(move || {
        send!(a_tx, 1).unwrap();
        send!(b_tx, 2).unwrap();
    }));
    sched.run().unwrap();
    assert_eq!(receiver.try_join(), Some(Ok((Some(1), Some(2)))));
}
