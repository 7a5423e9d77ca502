//! Panics around a runtime's task ends: a placed task whose coroutine, dropped after its
//! panic, runs a scheduler whose task panics too; a scheduler run by a thread-local's drop
//! at thread exit, on a thread whose task panicked before; a queued task whose coroutine's
//! drop panics when the runtime cancels it. Each task's handle reports what happened to
//! it, and nothing aborts or waits for ever: a test that would hang fails after [`BOUND`].

use std::cell::RefCell;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use coro_core::rt::Runtime;
use coro_core::sched::{JoinError, Scheduler};
use coro_core::{Coroutine, CoroutineState, coro};

mod rt_support;
use rt_support::{BOUND, bounded, hold};

/// The message of a task's panic, from its handle's error.
fn panic_message(error: &JoinError) -> String {
    match error {
        JoinError::Panicked { .. } => error.to_string(),
        other => panic!("expected a panic, got {other:?}"),
    }
}

/// Runs a scheduler whose only task panics with `message`, when dropped; sends that task's
/// result (as text) to `report`.
struct RunsAPanickingTaskOnDrop {
    message: &'static str,
    report: mpsc::Sender<String>,
}

impl Drop for RunsAPanickingTaskOnDrop {
    fn drop(&mut self) {
        let message = self.message;
        let sched = Scheduler::new();
        let task = sched.spawn(coro!(move || -> u8 { panic!("{message}") }));
        let _ = sched.run();
        let result = match task.try_join() {
            Some(Err(error)) => panic_message(&error),
            other => format!("not a panic: {other:?}"),
        };
        let _ = self.report.send(result);
    }
}

/// A hand-written coroutine that panics on its first resume: its fields outlive the panic
/// and are dropped with it, after.
struct PanicsAndKeeps(#[allow(dead_code)] RunsAPanickingTaskOnDrop);

impl Coroutine<()> for PanicsAndKeeps {
    type Yield = ();
    type Return = u8;

    fn resume(&mut self, (): ()) -> CoroutineState<(), u8> {
        panic!("outer")
    }
}

#[test]
fn a_placed_tasks_panic_survives_a_panic_in_the_drop_of_its_coroutine() {
    bounded(|| {
        let (report, inner) = mpsc::channel();
        let rt = Runtime::builder().schedulers(1).build().unwrap();
        let outer = rt.spawn(PanicsAndKeeps(RunsAPanickingTaskOnDrop {
            message: "inner",
            report,
        }));
        rt.run().unwrap();
        let inner = inner.recv_timeout(BOUND).expect("the inner task ran");
        assert!(inner.contains("panicked: inner"), "{inner}");
        let outer = outer.join().expect_err("the outer task panicked");
        assert!(panic_message(&outer).contains("panicked: outer"), "{outer}");
    });
}

std::thread_local! {
    static AT_EXIT: RefCell<Option<RunsAPanickingTaskOnDrop>> = const { RefCell::new(None) };
}

#[test]
fn a_scheduler_run_at_thread_exit_reports_its_tasks_panic() {
    bounded(|| {
        let (report, reports) = mpsc::channel();
        let thread = thread::spawn(move || {
            // Registered first, so destroyed after the scheduler's own thread-locals.
            AT_EXIT.with(|slot| {
                *slot.borrow_mut() = Some(RunsAPanickingTaskOnDrop {
                    message: "at exit",
                    report: report.clone(),
                });
            });
            let sched = Scheduler::new();
            let task = sched.spawn(coro!(|| -> u8 { panic!("first") }));
            let _ = sched.run();
            let _ = report.send(match task.try_join() {
                Some(Err(error)) => panic_message(&error),
                other => format!("not a panic: {other:?}"),
            });
        });
        assert!(thread.join().is_ok(), "the thread ends without a panic");
        let first = reports.recv_timeout(BOUND).expect("the first task ran");
        assert!(first.contains("panicked: first"), "{first}");
        let at_exit = reports.recv_timeout(BOUND).expect("the task at exit ran");
        assert!(at_exit.contains("panicked: at exit"), "{at_exit}");
    });
}

/// Panics when dropped.
struct PanicOnDrop;

impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        panic!("a queued task's coroutine panics in its drop");
    }
}

#[test]
fn a_queued_task_whose_drop_panics_is_reported_cancelled() {
    bounded(|| {
        let rt = Runtime::builder()
            .schedulers(1)
            .stealing(false)
            .build()
            .unwrap();
        // A task holds the scheduler's thread until a quarter second after the drop of the
        // runtime began: the task placed meanwhile never starts.
        let held = hold(&rt, 0);
        let bomb = PanicOnDrop;
        let queued = rt.spawn_on(
            0,
            coro!(move || {
                let _bomb = bomb;
            }),
        );
        let releaser = held.release_after(Duration::from_millis(250));
        drop(rt);
        releaser.join().unwrap();
        let (done, joined) = mpsc::channel();
        thread::spawn(move || {
            let _ = done.send(queued.join());
        });
        let result = joined
            .recv_timeout(Duration::from_secs(5))
            .expect("the handle reports the task's end");
        assert!(
            matches!(result, Err(JoinError::Cancelled { .. })),
            "{result:?}"
        );
    });
}
