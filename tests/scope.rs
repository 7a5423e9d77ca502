//! Scope semantics: a local used by a method call (a guard, a sender, a tuple's field) is
//! held to the end of its scope across suspension points, and the temporaries of a `match`,
//! `if let` or `for` head and of the statement that suspends live as long as in a plain
//! function. Each coroutine runs beside the same body written as a plain function, whose
//! `yield_!` is a call that logs: the two logs must be equal.

use std::cell::RefCell;
use std::sync::Mutex;
use std::time::Duration;

use coro_core::channel::channel;
use coro_core::sched::Scheduler;
use coro_core::{Coroutine, CoroutineState, coro};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(entry: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(entry.into()));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// A value whose drop is logged.
#[derive(Debug)]
struct Tracked(&'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

impl Tracked {
    fn id(&self) -> usize {
        self.0.len()
    }

    fn name(&self) -> &'static str {
        self.0
    }

    /// Takes the value by value (a method the rewrite cannot know moves it): used only where
    /// the value is not in scope at a later suspension point.
    fn finish(self) -> usize {
        self.0.len() + 100
    }
}

/// Runs `co` to completion, logging each yielded value and then what `probe` sees while the
/// coroutine is suspended; logs the end, then drops the coroutine.
fn drive<C: Coroutine<Yield = usize>>(mut co: C, probe: impl Fn() -> String) {
    while let CoroutineState::Yielded(value) = co.resume(()) {
        log(format!("Y {value} {}", probe()));
    }
    log("end");
    drop(co);
}

/// The plain function's `yield_!`: logs as [`drive`] does.
fn emit(value: usize, probe: &impl Fn() -> String) {
    log(format!("Y {value} {}", probe()));
}

/// Runs both forms and compares their logs.
fn same(coroutine: impl FnOnce(), plain: impl FnOnce()) {
    coroutine();
    let got = take_log();
    plain();
    log("end");
    let expected = take_log();
    assert_eq!(
        got, expected,
        "coroutine (left) against plain function (right)"
    );
}

fn borrowed(cell: &RefCell<Vec<i32>>) -> String {
    if cell.try_borrow_mut().is_err() {
        "borrowed".into()
    } else {
        "free".into()
    }
}

#[test]
fn a_refcell_guard_is_held_across_the_yield() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let probe = || borrowed(&cell);
    same(
        || {
            let cell = &cell;
            drive(
                coro!(|| {
                    let guard = cell.borrow();
                    yield_!(guard.len());
                    log("after");
                }),
                probe,
            );
        },
        || {
            let guard = cell.borrow();
            emit(guard.len(), &probe);
            log("after");
            drop(guard);
        },
    );
    assert_eq!(cell.borrow().len(), 3);
}

static LIST: Mutex<Vec<i32>> = Mutex::new(Vec::new());

fn locked() -> String {
    match LIST.try_lock() {
        Ok(_) => "unlocked".into(),
        Err(_) => "locked".into(),
    }
}

#[test]
fn a_mutex_guard_is_held_across_the_yield() {
    same(
        || {
            drive(
                coro!(|| {
                    let mut g = LIST.lock().unwrap();
                    g.push(1);
                    yield_!(0);
                    yield_!(g.len());
                    g.clear();
                    yield_!(7);
                }),
                locked,
            );
        },
        || {
            let mut g = LIST.lock().unwrap();
            g.push(1);
            emit(0, &locked);
            emit(g.len(), &locked);
            g.clear();
            emit(7, &locked);
            drop(g);
        },
    );
}

#[test]
fn a_tuple_whose_field_a_method_reads_is_held() {
    let none = String::new;
    same(
        || {
            drive(
                coro!(|| {
                    let a = (vec![1, 2], Tracked("a"));
                    yield_!(a.0.len());
                    log("after");
                }),
                none,
            );
        },
        || {
            let a = (vec![1, 2], Tracked("a"));
            emit(a.0.len(), &none);
            log("after");
            drop(a);
        },
    );
}

/// A sender used by `try_send` stays open while its task sleeps: the receiver sees the
/// channel close when the task ends, as when `send!` is its last use.
#[test]
fn a_sender_used_by_try_send_stays_open_while_the_task_sleeps() {
    let sched = Scheduler::builder().virtual_clock().build();
    let (tx, rx) = channel::<u32>(1);
    sched.spawn(coro!(move || {
        tx.try_send(1).unwrap();
        sleep!(Duration::from_millis(10));
    }));
    let receiver = sched.spawn(coro!(move || {
        let first = recv!(rx);
        let second = recv!(rx);
        (first, second, coro_core::sched::now())
    }));
    sched.run().unwrap();
    assert_eq!(
        receiver.try_join(),
        Some(Ok((Some(1), None, Duration::from_millis(10))))
    );
}

/// Values that methods borrow keep their place in the drop order: dropped at the end of
/// their scope, latest first, after what follows the last yield.
#[test]
fn locals_used_by_methods_are_dropped_where_their_scope_ends() {
    let none = String::new;
    same(
        || {
            drive(
                coro!(|| {
                    let a = Tracked("a");
                    let b = Tracked("b");
                    {
                        let c = Tracked("c");
                        yield_!(c.id() + a.id());
                        log(b.name());
                    }
                    yield_!(b.id());
                    log("last");
                }),
                none,
            );
        },
        || {
            let a = Tracked("a");
            let b = Tracked("b");
            {
                let c = Tracked("c");
                emit(c.id() + a.id(), &none);
                log(b.name());
            }
            emit(b.id(), &none);
            log("last");
        },
    );
}

/// A value moved by a method on the list (`into_iter`, `unwrap`) is not kept; one moved by
/// a user method taking `self`, where it is not in scope at a later suspension point, is
/// moved as written.
#[test]
fn methods_that_move_their_receiver() {
    let none = String::new;
    same(
        || {
            drive(
                coro!(|| {
                    let v = vec![Tracked("x"), Tracked("y")];
                    let mut it = v.into_iter();
                    yield_!(it.next().map_or(0, |t| t.id()));
                    let rest: Vec<Tracked> = it.collect();
                    yield_!(rest.len());
                    let o = std::hint::black_box(Some(Tracked("o")));
                    let t = o.unwrap();
                    yield_!(t.id());
                    let n = {
                        let f = Tracked("f");
                        f.finish()
                    };
                    yield_!(n);
                }),
                none,
            );
        },
        || {
            let v = vec![Tracked("x"), Tracked("y")];
            let mut it = v.into_iter();
            emit(it.next().map_or(0, |t| t.id()), &none);
            let rest: Vec<Tracked> = it.collect();
            emit(rest.len(), &none);
            let o = std::hint::black_box(Some(Tracked("o")));
            let t = o.unwrap();
            emit(t.id(), &none);
            let n = {
                let f = Tracked("f");
                f.finish()
            };
            emit(n, &none);
        },
    );
}

/// A local iterator consumed by `count` (an iterator consumer that slices define with
/// `&self` under other names) is moved: no use of it remains to keep.
#[test]
fn an_iterator_consumer_on_a_local_iterator_moves_it() {
    let none = String::new;
    same(
        || {
            drive(
                coro!(|| {
                    let v = [Tracked("p"), Tracked("q")];
                    let it = v.iter().filter(|t| t.id() > 0);
                    let n = it.count();
                    yield_!(n);
                    let last = v.last().map_or(0, Tracked::id);
                    yield_!(last);
                }),
                none,
            );
        },
        || {
            let v = [Tracked("p"), Tracked("q")];
            let it = v.iter().filter(|t| t.id() > 0);
            let n = it.count();
            emit(n, &none);
            let last = v.last().map_or(0, Tracked::id);
            emit(last, &none);
        },
    );
}

fn logged(tag: &'static str) -> usize {
    log(tag);
    1
}

fn make(tag: &'static str) -> Tracked {
    log(format!("make {tag}"));
    Tracked(tag)
}

/// The temporaries of the statement that suspends live to the end of the statement: across
/// the suspension point.
#[test]
fn temporaries_of_the_suspending_statement_live_to_its_end() {
    let none = String::new;
    same(
        || {
            drive(
                coro!(|| {
                    let n = yield_!(make("s").id());
                    log(format!("next {n:?}"));
                    yield_!(make("t").id() + make("u").name().len());
                    yield_!(logged("first") + make("v").id());
                    yield_!(usize::max(logged("second"), make("w").id()));
                }),
                none,
            );
        },
        || {
            #[allow(clippy::let_unit_value)]
            let n = emit(make("s").id(), &none);
            log(format!("next {n:?}"));
            emit(make("t").id() + make("u").name().len(), &none);
            emit(logged("first") + make("v").id(), &none);
            emit(usize::max(logged("second"), make("w").id()), &none);
        },
    );
}

/// The temporaries of a `match`, `if let` or `for` head live to the end of the construct,
/// across the suspension points of its body (an `if let`'s are dropped before its `else`).
#[test]
fn temporaries_of_match_if_let_and_for_heads_live_to_the_end_of_the_construct() {
    let none = String::new;
    same(
        || {
            drive(
                coro!(|| {
                    match make("m").id() {
                        n => {
                            yield_!(n);
                            log("in arm");
                        }
                    }
                    if let Some(n) = make("i").name().chars().next() {
                        yield_!(n as usize);
                    }
                    if let Some(n) = make("j").name().strip_prefix('x') {
                        yield_!(n.len());
                    } else {
                        log("else");
                        yield_!(0);
                    }
                    for c in make("f").name().chars() {
                        yield_!(c as usize);
                    }
                    log("done");
                }),
                none,
            );
        },
        || {
            #[allow(clippy::match_single_binding)]
            match make("m").id() {
                n => {
                    emit(n, &none);
                    log("in arm");
                }
            }
            if let Some(n) = make("i").name().chars().next() {
                emit(n as usize, &none);
            }
            if let Some(n) = make("j").name().strip_prefix('x') {
                emit(n.len(), &none);
            } else {
                log("else");
                emit(0, &none);
            }
            for c in make("f").name().chars() {
                emit(c as usize, &none);
            }
            log("done");
        },
    );
}

/// A `let ... else` whose initializer suspends: its temporaries are dropped at the end of the
/// statement, and before its `else` block runs.
#[test]
fn temporaries_of_a_suspending_let_else_end_with_it() {
    let none = String::new;
    for skip in [false, true] {
        same(
            || {
                drive(
                    coro!(move || {
                        let n = if skip { 5 } else { 0 };
                        let Some(m) = make("e").name().len().checked_sub({
                            yield_!(make("y").id());
                            n
                        }) else {
                            log("else");
                            return;
                        };
                        log(format!("m {m}"));
                        yield_!(m);
                    }),
                    none,
                );
            },
            || {
                let n = if skip { 5 } else { 0 };
                let Some(m) = make("e").name().len().checked_sub({
                    emit(make("y").id(), &none);
                    n
                }) else {
                    log("else");
                    return;
                };
                log(format!("m {m}"));
                emit(m, &none);
            },
        );
    }
}
