//! Allocations of the scheduler, counted by a global allocator: one per many spawned tasks
//! (none when finished tasks left memory to reuse), and none per context switch, wake-up,
//! channel operation or timer once the queues have grown.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::rc::Rc;
use std::task::Waker;
use std::time::Duration;

use coro_core::channel::channel;
use coro_core::coro;
use coro_core::sched::Scheduler;

/// Counts the allocations made by the current thread, and the bytes it holds (tests run on
/// several threads).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<isize> = const { Cell::new(0) };
}

fn held(bytes: usize, sign: isize) {
    let _ = BYTES.try_with(|n| n.set(n.get() + sign * bytes.cast_signed()));
}

// SAFETY: every method forwards to `System`, which upholds `GlobalAlloc`'s contract; the
// counting touches only a `const`-initialised thread-local without destructor, which does
// not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        held(layout.size(), 1);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        held(layout.size(), -1);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        held(layout.size(), -1);
        held(new_size, 1);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How much `counter` grew while `f` ran, and `f`'s result.
fn growth_during<T, R>(
    counter: &'static std::thread::LocalKey<Cell<T>>,
    f: impl FnOnce() -> R,
) -> (T, R)
where
    T: Copy + std::ops::Sub<Output = T>,
{
    let before = counter.with(Cell::get);
    let r = f();
    (counter.with(Cell::get) - before, r)
}

fn allocations_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    growth_during(&ALLOCATIONS, f)
}

/// Tasks live in chunks of the scheduler's own: spawning allocates once per many tasks, and
/// not at all when finished tasks left their memory to reuse.
#[test]
fn spawning_allocates_chunks_and_reuses_the_memory_of_finished_tasks() {
    let sched = Scheduler::new();
    let mut handles = Vec::with_capacity(2000);
    let spawn_all = |handles: &mut Vec<_>| {
        for i in 0..2000u32 {
            handles.push(sched.spawn(coro!(move || i * 2)));
        }
    };
    // 2000 tasks alive at once: a few dozen allocations (chunks, and the queues' growth).
    let (n, ()) = allocations_during(|| spawn_all(&mut handles));
    assert!(n <= 2000 / 32, "{n} allocations for 2000 tasks");
    sched.run().unwrap();
    assert_eq!(handles[7].try_join(), Some(Ok(14)));
    handles.clear();
    // Their memory is free again, and the queues have grown: spawning as many allocates
    // nothing, nor does running them.
    let (n, ()) = allocations_during(|| spawn_all(&mut handles));
    assert_eq!(n, 0);
    let (n, ()) = allocations_during(|| sched.run().unwrap());
    assert_eq!(n, 0, "running them allocates nothing");
    assert_eq!(handles[1999].try_join(), Some(Ok(3998)));
}

/// Once the scheduler is dropped, its memory goes back chunk by chunk as the tasks still
/// referred to are freed: one surviving join handle keeps its own task's chunk, not the
/// memory of the hundred thousand tasks that ran beside it.
#[test]
fn a_surviving_handle_keeps_one_chunk_after_the_scheduler_is_dropped() {
    let before = BYTES.with(Cell::get);
    let sched = Scheduler::new();
    let kept = sched.spawn(coro!(|| 1u32));
    for i in 0..100_000u32 {
        sched.spawn(coro!(move || i));
    }
    sched.run().unwrap();
    drop(sched);
    let held = BYTES.with(Cell::get) - before;
    // One 64 KiB chunk and the scheduler's shared part (about 4 KiB, most of it a free list
    // and a carving position for each of the slab's 128 size classes).
    assert!(held < 70 * 1024, "{held} bytes held by one join handle");
    assert_eq!(kept.try_join(), Some(Ok(1)));
    drop(kept);
    assert_eq!(
        BYTES.with(Cell::get) - before,
        0,
        "the last task took the slab with it"
    );
}

/// A task that keeps its waker (it outlives the task, and so does the waker's count); with
/// `big`, a large one (a block of its own, not carved from the scheduler's chunks).
fn keeps_its_waker(sched: &Scheduler, big: bool) -> Rc<Cell<Option<Waker>>> {
    let stash = Rc::new(Cell::new(None));
    let s = stash.clone();
    let keep_waker = move |cx: &mut std::task::Context<'_>| {
        s.set(Some(cx.waker().clone()));
        std::task::Poll::Ready(())
    };
    if big {
        let big = [7u8; 2048];
        sched.spawn(coro!(move || {
            wait!(|cx| keep_waker(cx));
            big.iter().map(|&b| usize::from(b)).sum::<usize>()
        }));
    } else {
        sched.spawn(coro!(move || wait!(|cx| keep_waker(cx))));
    }
    stash
}

/// Drops `waker` on another thread, or wakes it there (which consumes it); returns how that
/// changed the other thread's count.
fn drop_elsewhere(waker: Waker, wake: bool) -> isize {
    std::thread::spawn(move || bytes_held_by(|| if wake { waker.wake() } else { drop(waker) }).0)
        .join()
        .unwrap()
}

/// The scheduler's own memory outlives it while a task of it lives on (here by a waker),
/// and goes with the last such task, whether that is on another thread, whether the task
/// lives in the scheduler's chunks or in an allocation of its own, and whether its last
/// waker is dropped or woken (a wake-up of a task whose scheduler is gone queues nothing).
#[test]
fn the_last_task_outliving_the_scheduler_takes_its_memory_on_any_thread() {
    // What spawning and joining a thread leaves on this thread's count, measured with a
    // waker whose drop frees nothing.
    let machinery = || {
        let (here, there) = bytes_held_by(|| drop_elsewhere(Waker::noop().clone(), false));
        here + there
    };
    machinery();
    let machinery = machinery();
    for (big, on_another_thread, wake) in (0..8).map(|i| (i & 1 != 0, i & 2 != 0, i & 4 != 0)) {
        {
            let before = BYTES.with(Cell::get);
            let sched = Scheduler::new();
            let stash = keeps_its_waker(&sched, big);
            let second = keeps_its_waker(&sched, false);
            sched.run().unwrap();
            drop(sched);
            let waker = stash.take().expect("the task stashed its waker");
            // Not the last task of the scheduler: the other one still lives.
            drop(waker);
            let last = second.take().expect("the task stashed its waker");
            let elsewhere = if on_another_thread {
                drop_elsewhere(last, wake) - machinery
            } else {
                if wake {
                    last.wake();
                } else {
                    drop(last);
                }
                0
            };
            drop((stash, second));
            assert_eq!(
                BYTES.with(Cell::get) - before + elsewhere,
                0,
                "memory left (a large task: {big}, the last waker on another thread: \
                 {on_another_thread}, woken: {wake})"
            );
        }
    }
}

/// A large task (an allocation of its own) outliving the scheduler by its join handle.
#[test]
fn a_large_task_outliving_the_scheduler_takes_its_memory() {
    let before = BYTES.with(Cell::get);
    let sched = Scheduler::new();
    let big = [3u8; 4096];
    let kept = sched.spawn(coro!(move || big
        .iter()
        .map(|&b| u32::from(b))
        .sum::<u32>()));
    sched.run().unwrap();
    drop(sched);
    assert!(
        BYTES.with(Cell::get) - before > 4096,
        "the task is still held"
    );
    assert_eq!(kept.try_join(), Some(Ok(3 * 4096)));
    drop(kept);
    assert_eq!(BYTES.with(Cell::get) - before, 0, "memory left");
}

/// Allocations of a whole ping-pong run: the two tasks, the channels, and the queues'
/// growth, whatever the number of round trips.
fn ping_pong(capacity: usize, round_trips: u32) -> usize {
    let (n, sum) = allocations_during(|| {
        let sched = Scheduler::builder().seed(3).build();
        let (a_tx, a_rx) = channel::<u32>(capacity);
        let (b_tx, b_rx) = channel::<u32>(capacity);
        sched.spawn(coro!(move || {
            while let Some(v) = recv!(a_rx) {
                send!(b_tx, v + 1).unwrap();
            }
        }));
        let driver = sched.spawn(coro!(move || {
            let mut v = 0;
            for _ in 0..round_trips {
                send!(a_tx, v).unwrap();
                v = recv!(b_rx).unwrap();
            }
            v
        }));
        sched.run().unwrap();
        driver.try_join().unwrap().unwrap()
    });
    assert_eq!(sum, round_trips);
    n
}

#[test]
fn no_allocation_per_context_switch_or_channel_operation() {
    for capacity in [0, 1] {
        let few = ping_pong(capacity, 10);
        let many = ping_pong(capacity, 10_000);
        assert_eq!(
            few, many,
            "capacity {capacity}: allocations grew with the round trips"
        );
    }
}

#[test]
fn no_allocation_per_timer_or_select() {
    fn run(iterations: u32) -> usize {
        allocations_during(|| {
            let sched = Scheduler::builder().seed(5).virtual_clock().build();
            let (tx, rx) = channel::<u32>(0);
            sched.spawn(coro!(move || {
                for i in 0..iterations {
                    sleep!(Duration::from_millis(1));
                    select! {
                        r = send(tx, i) => r.unwrap(),
                        _ = sleep(Duration::from_secs(1)) => unreachable!(),
                    }
                }
            }));
            sched.spawn(coro!(move || while recv!(rx).is_some() {}));
            sched.run().unwrap();
        })
        .0
    }
    // Stale timeouts are compacted away once they outnumber the tasks (from 64 on), so
    // the heap stops growing early.
    assert_eq!(run(500), run(5000));
}

#[test]
fn a_small_channel_allocates_its_buffer_once() {
    let (tx, rx) = channel::<u64>(10);
    let (n, ()) = allocations_during(|| {
        for i in 0..10 {
            tx.try_send(i).unwrap();
        }
    });
    assert_eq!(n, 1, "the first value makes room for all ten");
    let (n, ()) = allocations_during(|| {
        for i in 0..10 {
            assert_eq!(rx.try_recv(), Ok(i));
            tx.try_send(i).unwrap();
        }
    });
    assert_eq!(n, 0);
    // A channel that never buffers allocates no buffer.
    let (n, _) = allocations_during(|| channel::<u64>(1000));
    assert_eq!(n, 1, "only the channel itself");
}

/// The bytes this thread holds, after `f`, more than before.
fn bytes_held_by<R>(f: impl FnOnce() -> R) -> (isize, R) {
    growth_during(&BYTES, f)
}

#[test]
fn a_lone_waiting_receiver_takes_one_entry() {
    use std::task::{Context, Poll, Waker};
    let (tx, rx) = channel::<u64>(0);
    let mut cx = Context::from_waker(Waker::noop());
    let (bytes, poll) = bytes_held_by(|| rx.poll_recv(&mut cx));
    assert_eq!(poll, Poll::Pending);
    // One entry of the queue (a word), not the four a `VecDeque` makes room for at first,
    // and the registration it points to (a waker and a `select` pick: 32 bytes on 64-bit
    // targets).
    assert!(
        bytes > 0 && bytes <= 40,
        "{bytes} bytes for one waiting receiver"
    );
    // A second waiter grows the queue as usual.
    let rx2 = rx.clone();
    let (_, poll) = bytes_held_by(|| rx2.poll_recv(&mut cx));
    assert_eq!(poll, Poll::Pending);
    tx.try_send(7).expect("a receiver waits");
    assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(7)));
}

/// A task waiting to receive, outside a `select!` or in one, takes one word of the channel:
/// its reference.
#[test]
fn a_waiting_task_takes_one_word_of_the_channel() {
    for in_select in [false, true] {
        let sched = Scheduler::new();
        let (_tx, rx) = channel::<u64>(0);
        let (_tx2, rx2) = channel::<u64>(0);
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
        let (bytes, ()) = bytes_held_by(|| assert!(sched.run().is_err(), "the task waits"));
        let words = if in_select { 2 } else { 1 };
        assert_eq!(
            bytes,
            words * size_of::<usize>().cast_signed(),
            "in a select!: {in_select}"
        );
    }
}

#[test]
fn waking_many_waiters_allocates_nothing_each_time() {
    fn run(values: u32) -> usize {
        allocations_during(|| {
            let sched = Scheduler::new();
            let (tx, rx) = channel::<u32>(1);
            let received = std::rc::Rc::new(Cell::new(0));
            for _ in 0..3 {
                let rx = rx.clone();
                let received = std::rc::Rc::clone(&received);
                sched.spawn(coro!(move || {
                    while recv!(rx).is_some() {
                        received.set(received.get() + 1);
                    }
                }));
            }
            drop(rx);
            sched.spawn(coro!(move || {
                for i in 0..values {
                    // All three receivers wait again: the value wakes them all.
                    yield_now!();
                    send!(tx, i).unwrap();
                }
            }));
            sched.run().unwrap();
            assert_eq!(received.get(), values);
        })
        .0
    }
    assert_eq!(run(100), run(1000));
}
