//! Property tests of the scheduler and its channels: random programs of sends, receives,
//! `try_` operations, closes, handle drops, selects, sleeps and yields across several tasks,
//! each run under a random seed on a virtual clock.
//!
//! Every value sent is a [`Tracked`] with a unique id that records each time it is dropped,
//! and by whom. A shared [`Ledger`] follows every value (offered, sent, refused, lost in a
//! select), every receive, the handles each task holds and the operation each task is
//! blocked in. After the run, the scheduler and every handle are dropped and the ledger
//! checks:
//!
//! - every value is dropped exactly once;
//! - no value is received twice, and a value is received only if its sender saw it sent
//!   (not refused, not withdrawn from a select that took another arm);
//! - a value sent and never received was dropped with its channel (by the last handle, or
//!   when the last receiver went), never somewhere else; on a rendezvous channel every
//!   completed send was received;
//! - a value given back (`SendError`, `TrySendError`) was never received;
//! - each receiving task sees the values of one sender on one channel in the order sent;
//! - "closed" answers (`None`, `Closed`, `SendError`) come only from closed channels, and
//!   `Empty`/`Full` only from open ones;
//! - `run` returns `Ok` with every task finished, or a `Deadlock` that lists exactly the
//!   unfinished tasks, each with the operation it is blocked in, none of which could
//!   proceed (no closed channel, no value waiting for a blocked receiver, no room or
//!   receiver for a blocked sender);
//! - the state of every task is dropped exactly once (by the task, or by the scheduler's
//!   drop after a deadlock);
//! - running again after a deadlock reports the same deadlock;
//! - no task is resumed more often than a budget allows (a wake-up loop would otherwise
//!   hang the run; the budget makes it a task panic, which the checks report).
//!
//! `PROPTEST_CASES` sets the number of programs (256 by default).

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::rc::Rc;
use std::time::Duration;

use coro_core::channel::error::{SendError, TryRecvError, TrySendError};
use coro_core::channel::{ChannelId, Receiver, Sender, channel};
use coro_core::sched::{Deadlock, JoinHandle, Scheduler, WaitingOn};
use coro_core::{Coroutine, CoroutineState, coro};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

// ---------------------------------------------------------------------------------------
// Programs

/// One arm of a generated `select!`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arm {
    Recv(usize),
    Send(usize),
}

/// What a generated `select!` has besides its channel arms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Extra {
    Nothing,
    Default,
    /// A `sleep` arm of this many milliseconds.
    Timeout(u8),
}

/// One step of a task's script; channels are indices into the program's channels.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Op {
    Send(usize),
    Recv(usize),
    TrySend(usize),
    TryRecv(usize),
    Close {
        chan: usize,
        via_sender: bool,
    },
    DropSender(usize),
    DropReceiver(usize),
    /// Two or three arms, receives first.
    Select {
        arms: Vec<Arm>,
        extra: Extra,
    },
    Sleep(u8),
    YieldNow,
}

#[derive(Clone, Debug)]
struct TaskSpec {
    /// Which senders and receivers the task starts with, by channel.
    holds_tx: Vec<bool>,
    holds_rx: Vec<bool>,
    ops: Vec<Op>,
}

#[derive(Clone, Debug)]
struct Program {
    capacities: Vec<usize>,
    tasks: Vec<TaskSpec>,
    seed: u64,
}

impl TaskSpec {
    /// Drops the operations on handles the task does not hold (any more), so that every
    /// operation left can run.
    fn normalize(mut self) -> TaskSpec {
        let mut tx = self.holds_tx.clone();
        let mut rx = self.holds_rx.clone();
        let mut ops = Vec::with_capacity(self.ops.len());
        for op in self.ops {
            let op = match op {
                Op::Send(c) | Op::TrySend(c) if !tx[c] => None,
                Op::Recv(c) | Op::TryRecv(c) if !rx[c] => None,
                Op::Close { chan, via_sender } => match (tx[chan], rx[chan]) {
                    (false, false) => None,
                    (held_tx, held_rx) => Some(Op::Close {
                        chan,
                        via_sender: (via_sender && held_tx) || !held_rx,
                    }),
                },
                Op::DropSender(c) => tx[c].then(|| {
                    tx[c] = false;
                    Op::DropSender(c)
                }),
                Op::DropReceiver(c) => rx[c].then(|| {
                    rx[c] = false;
                    Op::DropReceiver(c)
                }),
                Op::Select { arms, extra } => {
                    let mut arms: Vec<Arm> = arms
                        .into_iter()
                        .filter(|arm| match *arm {
                            Arm::Recv(c) => rx[c],
                            Arm::Send(c) => tx[c],
                        })
                        .collect();
                    arms.sort_by_key(|arm| matches!(arm, Arm::Send(_)));
                    (arms.len() >= 2).then_some(Op::Select { arms, extra })
                }
                op => Some(op),
            };
            ops.extend(op);
        }
        self.ops = ops;
        self
    }
}

fn arm_strategy(chans: usize) -> impl Strategy<Value = Arm> {
    prop_oneof![
        (0..chans).prop_map(Arm::Recv),
        (0..chans).prop_map(Arm::Send)
    ]
}

fn op_strategy(chans: usize) -> impl Strategy<Value = Op> {
    let extra = prop_oneof![
        Just(Extra::Nothing),
        Just(Extra::Default),
        (1u8..4).prop_map(Extra::Timeout),
    ];
    prop_oneof![
        4 => (0..chans).prop_map(Op::Send),
        4 => (0..chans).prop_map(Op::Recv),
        2 => (0..chans).prop_map(Op::TrySend),
        2 => (0..chans).prop_map(Op::TryRecv),
        1 => (0..chans, any::<bool>()).prop_map(|(chan, via_sender)| Op::Close { chan, via_sender }),
        1 => (0..chans).prop_map(Op::DropSender),
        1 => (0..chans).prop_map(Op::DropReceiver),
        3 => (prop::collection::vec(arm_strategy(chans), 2..=3), extra)
            .prop_map(|(arms, extra)| Op::Select { arms, extra }),
        1 => (1u8..4).prop_map(Op::Sleep),
        1 => Just(Op::YieldNow),
    ]
}

fn task_strategy(chans: usize) -> impl Strategy<Value = TaskSpec> {
    (
        prop::collection::vec(prop::bool::weighted(0.7), chans),
        prop::collection::vec(prop::bool::weighted(0.7), chans),
        prop::collection::vec(op_strategy(chans), 0..16),
    )
        .prop_map(|(holds_tx, holds_rx, ops)| {
            TaskSpec {
                holds_tx,
                holds_rx,
                ops,
            }
            .normalize()
        })
}

fn program_strategy() -> impl Strategy<Value = Program> {
    (1usize..=3)
        .prop_flat_map(|chans| {
            (
                prop::collection::vec(0usize..3, chans),
                prop::collection::vec(task_strategy(chans), 2..=6),
                any::<u64>(),
            )
        })
        .prop_map(|(capacities, tasks, seed)| Program {
            capacities,
            tasks,
            seed,
        })
}

// ---------------------------------------------------------------------------------------
// The ledger

/// What became of a value on the sender's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fate {
    /// In a `send!` or a `select!` that has not finished.
    Offered,
    /// The send completed.
    Sent,
    /// Given back: `SendError`, `TrySendError::Closed`.
    Refused,
    /// Given back: `TrySendError::Full`.
    Full,
    /// A send arm of a `select!` that took another arm.
    Lost,
}

/// Who dropped a value: a task (while dropping one of its handles of a channel, or not),
/// or the harness after the run (dropping the scheduler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dropper {
    Task {
        task: usize,
        handle_of: Option<usize>,
    },
    Teardown,
}

#[derive(Debug)]
struct Value {
    sender: usize,
    chan: usize,
    /// Position among the values its sender made for this channel.
    seq: usize,
    fate: Fate,
    received_by: Vec<usize>,
    drops: Vec<Dropper>,
}

/// The operation a task is blocked in, if it blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Wait {
    Recv(usize),
    Send(usize),
    Select(Vec<Arm>, Extra),
}

struct Ledger {
    capacities: Vec<usize>,
    values: RefCell<Vec<Value>>,
    /// Per task and channel, how many values the task made for it.
    made: RefCell<Vec<Vec<usize>>>,
    /// Per task, the ids it received, in order.
    received: RefCell<Vec<Vec<usize>>>,
    /// Per task and channel: holds its sender, holds its receiver.
    held: RefCell<Vec<Vec<(bool, bool)>>>,
    finished: RefCell<Vec<bool>>,
    /// Per task, how often the state of its coroutine (a [`TaskGuard`] in it) was dropped.
    task_drops: RefCell<Vec<usize>>,
    waits: RefCell<Vec<Option<Wait>>>,
    closed: RefCell<Vec<bool>>,
    /// The task being resumed, and the channel whose handle it is dropping.
    running: Cell<Option<usize>>,
    dropping_handle: Cell<Option<usize>>,
    failures: RefCell<Vec<String>>,
}

/// A value sent through the channels.
struct Tracked {
    id: usize,
    ledger: Rc<Ledger>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let dropper = match self.ledger.running.get() {
            Some(task) => Dropper::Task {
                task,
                handle_of: self.ledger.dropping_handle.get(),
            },
            None => Dropper::Teardown,
        };
        match self.ledger.values.try_borrow_mut() {
            Ok(mut values) => values[self.id].drops.push(dropper),
            Err(_) => self.ledger.fail(format!(
                "value {} dropped while the ledger was busy",
                self.id
            )),
        }
    }
}

/// Lives in a task's coroutine state and counts the drops of that state.
struct TaskGuard {
    task: usize,
    ledger: Rc<Ledger>,
}

impl Drop for TaskGuard {
    fn drop(&mut self) {
        self.ledger.task_drops.borrow_mut()[self.task] += 1;
    }
}

impl Ledger {
    fn new(program: &Program) -> Ledger {
        let tasks = program.tasks.len();
        let chans = program.capacities.len();
        Ledger {
            capacities: program.capacities.clone(),
            values: RefCell::new(Vec::new()),
            made: RefCell::new(vec![vec![0; chans]; tasks]),
            received: RefCell::new(vec![Vec::new(); tasks]),
            held: RefCell::new(
                program
                    .tasks
                    .iter()
                    .map(|t| t.holds_tx.iter().copied().zip(t.holds_rx.iter().copied()))
                    .map(Iterator::collect)
                    .collect(),
            ),
            finished: RefCell::new(vec![false; tasks]),
            task_drops: RefCell::new(vec![0; tasks]),
            waits: RefCell::new(vec![None; tasks]),
            closed: RefCell::new(vec![false; chans]),
            running: Cell::new(None),
            dropping_handle: Cell::new(None),
            failures: RefCell::new(Vec::new()),
        }
    }

    fn fail(&self, message: String) {
        self.failures.borrow_mut().push(message);
    }

    /// Whether channel `c` is closed: closed explicitly, or every sender or every receiver
    /// is gone.
    fn is_closed(&self, c: usize) -> bool {
        let held = self.held.borrow();
        self.closed.borrow()[c] || !held.iter().any(|h| h[c].0) || !held.iter().any(|h| h[c].1)
    }

    /// Values sent on `c`, not received and not dropped: in its buffer (or handed to a
    /// waiting receiver, on a rendezvous channel).
    fn in_channel(&self, c: usize) -> usize {
        self.values
            .borrow()
            .iter()
            .filter(|v| {
                v.chan == c
                    && v.fate == Fate::Sent
                    && v.received_by.is_empty()
                    && v.drops.is_empty()
            })
            .count()
    }

    fn make(self: &Rc<Self>, task: usize, chan: usize) -> Tracked {
        let seq = {
            let mut made = self.made.borrow_mut();
            made[task][chan] += 1;
            made[task][chan]
        };
        let mut values = self.values.borrow_mut();
        values.push(Value {
            sender: task,
            chan,
            seq,
            fate: Fate::Offered,
            received_by: Vec::new(),
            drops: Vec::new(),
        });
        Tracked {
            id: values.len() - 1,
            ledger: Rc::clone(self),
        }
    }

    fn set_fate(&self, id: usize, fate: Fate) {
        self.values.borrow_mut()[id].fate = fate;
    }

    fn wait(&self, task: usize, wait: Option<Wait>) {
        self.waits.borrow_mut()[task] = wait;
    }

    /// A receive on `c` by `task` completed with `got`.
    fn on_recv(&self, task: usize, c: usize, got: Option<Tracked>) {
        let Some(value) = got else {
            if !self.is_closed(c) {
                self.fail(format!("task {task}: a receive on channel {c} ended, open"));
            }
            let waiting = self.in_channel(c);
            if self.capacities[c] > 0 && waiting > 0 {
                self.fail(format!(
                    "task {task}: a receive on channel {c} ended with {waiting} values in it"
                ));
            }
            return;
        };
        {
            let mut values = self.values.borrow_mut();
            let v = &mut values[value.id];
            v.received_by.push(task);
            if v.chan != c {
                let sent_on = v.chan;
                self.fail(format!(
                    "task {task}: value {} of channel {sent_on} came out of channel {c}",
                    value.id
                ));
            }
        }
        self.received.borrow_mut()[task].push(value.id);
        drop(value);
    }

    /// A `send!` (or a select's send arm that won) of value `id` completed with `result`.
    fn on_send(&self, task: usize, c: usize, id: usize, result: Result<(), SendError<Tracked>>) {
        match result {
            Ok(()) => self.set_fate(id, Fate::Sent),
            Err(SendError(value)) => {
                self.given_back(task, c, id, &value, Fate::Refused);
                drop(value);
            }
        }
    }

    fn on_try_send(
        &self,
        task: usize,
        c: usize,
        id: usize,
        result: Result<(), TrySendError<Tracked>>,
    ) {
        let closed = self.is_closed(c);
        match result {
            Ok(()) => {
                if closed {
                    self.fail(format!(
                        "task {task}: try_send on closed channel {c} succeeded"
                    ));
                }
                self.set_fate(id, Fate::Sent);
            }
            Err(TrySendError::Full(value)) => {
                if closed {
                    self.fail(format!(
                        "task {task}: try_send on closed channel {c} said Full"
                    ));
                }
                self.given_back(task, c, id, &value, Fate::Full);
                drop(value);
            }
            Err(TrySendError::Closed(value)) => {
                self.given_back(task, c, id, &value, Fate::Refused);
                drop(value);
            }
        }
    }

    fn given_back(&self, task: usize, c: usize, id: usize, value: &Tracked, fate: Fate) {
        if value.id != id {
            self.fail(format!(
                "task {task}: sent value {id} on channel {c}, got back value {}",
                value.id
            ));
        }
        if fate == Fate::Refused && !self.is_closed(c) {
            self.fail(format!("task {task}: a send on open channel {c} failed"));
        }
        self.set_fate(value.id, fate);
    }

    fn on_try_recv(&self, task: usize, c: usize, result: Result<Tracked, TryRecvError>) {
        match result {
            Ok(value) => self.on_recv(task, c, Some(value)),
            Err(TryRecvError::Closed) => self.on_recv(task, c, None),
            Err(TryRecvError::Empty) => {
                if self.is_closed(c) {
                    self.fail(format!(
                        "task {task}: try_recv on closed channel {c} said Empty"
                    ));
                }
            }
        }
    }

    fn close(&self, c: usize) {
        self.closed.borrow_mut()[c] = true;
    }

    /// Drops one of `task`'s handles of channel `c`, noting that values dropped meanwhile
    /// went with the channel.
    fn drop_handle<H>(&self, task: usize, c: usize, sender: bool, handle: Option<H>) {
        {
            let mut held = self.held.borrow_mut();
            if sender {
                held[task][c].0 = false;
            } else {
                held[task][c].1 = false;
            }
        }
        self.dropping_handle.set(Some(c));
        drop(handle);
        self.dropping_handle.set(None);
    }

    fn finish(&self, task: usize) {
        self.finished.borrow_mut()[task] = true;
    }
}

// ---------------------------------------------------------------------------------------
// Running a program

/// Which arm of a generated `select!` won: the index among its receive arms or among its
/// send arms.
enum Won {
    Recv(usize, Option<Tracked>),
    Send(usize, Result<(), SendError<Tracked>>),
    Timeout,
    Default,
}

/// Counts the resumes of a task and gives up (panics) past a budget.
struct Budgeted<C> {
    task: usize,
    inner: C,
    ledger: Rc<Ledger>,
    budget: usize,
}

impl<C: Coroutine<(), Yield = ()>> Coroutine for Budgeted<C> {
    type Yield = ();
    type Return = C::Return;

    fn resume(&mut self, arg: ()) -> CoroutineState<(), C::Return> {
        assert!(
            self.budget > 0,
            "task {} was resumed more often than its budget allows",
            self.task
        );
        self.budget -= 1;
        self.ledger.running.set(Some(self.task));
        let state = self.inner.resume(arg);
        self.ledger.running.set(None);
        state
    }
}

type Handles<H> = Vec<Option<H>>;

/// The interpreter of one task's script.
fn task(
    me: usize,
    ops: Vec<Op>,
    txs: Handles<Sender<Tracked>>,
    rxs: Handles<Receiver<Tracked>>,
    ledger: Rc<Ledger>,
) -> impl Coroutine<(), Yield = (), Return = ()> {
    let guard = TaskGuard {
        task: me,
        ledger: Rc::clone(&ledger),
    };
    coro!(move || {
        let mut txs = txs;
        let mut rxs = rxs;
        for step in 0..ops.len() {
            match ops[step].clone() {
                Op::Send(c) => {
                    let tx = txs[c].clone().expect("a held sender");
                    let value = ledger.make(me, c);
                    let id = value.id;
                    ledger.wait(me, Some(Wait::Send(c)));
                    let result = send!(tx, value);
                    ledger.wait(me, None);
                    ledger.on_send(me, c, id, result);
                }
                Op::Recv(c) => {
                    let rx = rxs[c].clone().expect("a held receiver");
                    ledger.wait(me, Some(Wait::Recv(c)));
                    let got = recv!(rx);
                    ledger.wait(me, None);
                    ledger.on_recv(me, c, got);
                }
                Op::TrySend(c) => {
                    let value = ledger.make(me, c);
                    let id = value.id;
                    let result = txs[c].as_ref().expect("a held sender").try_send(value);
                    ledger.on_try_send(me, c, id, result);
                }
                Op::TryRecv(c) => {
                    let result = rxs[c].as_ref().expect("a held receiver").try_recv();
                    ledger.on_try_recv(me, c, result);
                }
                Op::Close { chan, via_sender } => {
                    ledger.close(chan);
                    if via_sender {
                        txs[chan].as_ref().expect("a held sender").close();
                    } else {
                        rxs[chan].as_ref().expect("a held receiver").close();
                    }
                }
                Op::DropSender(c) => {
                    let handle = txs[c].take();
                    ledger.drop_handle(me, c, true, handle);
                }
                Op::DropReceiver(c) => {
                    let handle = rxs[c].take();
                    ledger.drop_handle(me, c, false, handle);
                }
                Op::Select { arms, extra } => {
                    let mut recv_chans = Vec::new();
                    let mut send_chans = Vec::new();
                    for arm in arms.clone() {
                        match arm {
                            Arm::Recv(c) => recv_chans.push(c),
                            Arm::Send(c) => send_chans.push(c),
                        }
                    }
                    let mut rh: Vec<Receiver<Tracked>> = recv_chans
                        .iter()
                        .map(|&c| rxs[c].clone().expect("a held receiver"))
                        .collect();
                    let mut sh: Vec<Sender<Tracked>> = send_chans
                        .iter()
                        .map(|&c| txs[c].clone().expect("a held sender"))
                        .collect();
                    let mut vs: Vec<Tracked> =
                        send_chans.iter().map(|&c| ledger.make(me, c)).collect();
                    let ids: Vec<usize> = vs.iter().map(|v| v.id).collect();
                    ledger.wait(me, Some(Wait::Select(arms.clone(), extra)));
                    let ms = match extra {
                        Extra::Timeout(ms) => ms,
                        Extra::Nothing | Extra::Default => 0,
                    };
                    let d = Duration::from_millis(u64::from(ms));
                    let won = match (rh.len(), sh.len(), extra) {
                        (2, 0, Extra::Nothing) => {
                            let (r1, r0) = (rh.pop().unwrap(), rh.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v) }
                        }
                        (2, 0, Extra::Default) => {
                            let (r1, r0) = (rh.pop().unwrap(), rh.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), default => Won::Default }
                        }
                        (2, 0, Extra::Timeout(_)) => {
                            let (r1, r0) = (rh.pop().unwrap(), rh.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), _ = sleep(d) => Won::Timeout }
                        }
                        (1, 1, Extra::Nothing) => {
                            let (r0, t0, v0) =
                                (rh.pop().unwrap(), sh.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), r = send(t0, v0) => Won::Send(0, r) }
                        }
                        (1, 1, Extra::Default) => {
                            let (r0, t0, v0) =
                                (rh.pop().unwrap(), sh.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), r = send(t0, v0) => Won::Send(0, r), default => Won::Default }
                        }
                        (1, 1, Extra::Timeout(_)) => {
                            let (r0, t0, v0) =
                                (rh.pop().unwrap(), sh.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), r = send(t0, v0) => Won::Send(0, r), _ = sleep(d) => Won::Timeout }
                        }
                        (0, 2, Extra::Nothing) => {
                            let (t1, t0) = (sh.pop().unwrap(), sh.pop().unwrap());
                            let (v1, v0) = (vs.pop().unwrap(), vs.pop().unwrap());
                            select! { r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r) }
                        }
                        (0, 2, Extra::Default) => {
                            let (t1, t0) = (sh.pop().unwrap(), sh.pop().unwrap());
                            let (v1, v0) = (vs.pop().unwrap(), vs.pop().unwrap());
                            select! { r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), default => Won::Default }
                        }
                        (0, 2, Extra::Timeout(_)) => {
                            let (t1, t0) = (sh.pop().unwrap(), sh.pop().unwrap());
                            let (v1, v0) = (vs.pop().unwrap(), vs.pop().unwrap());
                            select! { r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), _ = sleep(d) => Won::Timeout }
                        }
                        (3, 0, Extra::Nothing) => {
                            let (r2, r1, r0) =
                                (rh.pop().unwrap(), rh.pop().unwrap(), rh.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), v = recv(r2) => Won::Recv(2, v) }
                        }
                        (3, 0, Extra::Default) => {
                            let (r2, r1, r0) =
                                (rh.pop().unwrap(), rh.pop().unwrap(), rh.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), v = recv(r2) => Won::Recv(2, v), default => Won::Default }
                        }
                        (3, 0, Extra::Timeout(_)) => {
                            let (r2, r1, r0) =
                                (rh.pop().unwrap(), rh.pop().unwrap(), rh.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), v = recv(r2) => Won::Recv(2, v), _ = sleep(d) => Won::Timeout }
                        }
                        (2, 1, Extra::Nothing) => {
                            let (r1, r0) = (rh.pop().unwrap(), rh.pop().unwrap());
                            let (t0, v0) = (sh.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), r = send(t0, v0) => Won::Send(0, r) }
                        }
                        (2, 1, Extra::Default) => {
                            let (r1, r0) = (rh.pop().unwrap(), rh.pop().unwrap());
                            let (t0, v0) = (sh.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), r = send(t0, v0) => Won::Send(0, r), default => Won::Default }
                        }
                        (2, 1, Extra::Timeout(_)) => {
                            let (r1, r0) = (rh.pop().unwrap(), rh.pop().unwrap());
                            let (t0, v0) = (sh.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), v = recv(r1) => Won::Recv(1, v), r = send(t0, v0) => Won::Send(0, r), _ = sleep(d) => Won::Timeout }
                        }
                        (1, 2, Extra::Nothing) => {
                            let r0 = rh.pop().unwrap();
                            let (t1, t0) = (sh.pop().unwrap(), sh.pop().unwrap());
                            let (v1, v0) = (vs.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r) }
                        }
                        (1, 2, Extra::Default) => {
                            let r0 = rh.pop().unwrap();
                            let (t1, t0) = (sh.pop().unwrap(), sh.pop().unwrap());
                            let (v1, v0) = (vs.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), default => Won::Default }
                        }
                        (1, 2, Extra::Timeout(_)) => {
                            let r0 = rh.pop().unwrap();
                            let (t1, t0) = (sh.pop().unwrap(), sh.pop().unwrap());
                            let (v1, v0) = (vs.pop().unwrap(), vs.pop().unwrap());
                            select! { v = recv(r0) => Won::Recv(0, v), r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), _ = sleep(d) => Won::Timeout }
                        }
                        (0, 3, Extra::Nothing) => {
                            let (t2, t1, t0) =
                                (sh.pop().unwrap(), sh.pop().unwrap(), sh.pop().unwrap());
                            let (v2, v1, v0) =
                                (vs.pop().unwrap(), vs.pop().unwrap(), vs.pop().unwrap());
                            select! { r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), r = send(t2, v2) => Won::Send(2, r) }
                        }
                        (0, 3, Extra::Default) => {
                            let (t2, t1, t0) =
                                (sh.pop().unwrap(), sh.pop().unwrap(), sh.pop().unwrap());
                            let (v2, v1, v0) =
                                (vs.pop().unwrap(), vs.pop().unwrap(), vs.pop().unwrap());
                            select! { r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), r = send(t2, v2) => Won::Send(2, r), default => Won::Default }
                        }
                        (0, 3, Extra::Timeout(_)) => {
                            let (t2, t1, t0) =
                                (sh.pop().unwrap(), sh.pop().unwrap(), sh.pop().unwrap());
                            let (v2, v1, v0) =
                                (vs.pop().unwrap(), vs.pop().unwrap(), vs.pop().unwrap());
                            select! { r = send(t0, v0) => Won::Send(0, r), r = send(t1, v1) => Won::Send(1, r), r = send(t2, v2) => Won::Send(2, r), _ = sleep(d) => Won::Timeout }
                        }
                        shape => unreachable!("normalized selects have 2 or 3 arms, not {shape:?}"),
                    };
                    ledger.wait(me, None);
                    ledger.on_select(me, &recv_chans, &send_chans, &ids, won);
                }
                Op::Sleep(ms) => sleep!(Duration::from_millis(u64::from(ms))),
                Op::YieldNow => yield_now!(),
            }
        }
        for c in 0..txs.len() {
            let handle = txs[c].take();
            ledger.drop_handle(me, c, true, handle);
            let handle = rxs[c].take();
            ledger.drop_handle(me, c, false, handle);
        }
        ledger.finish(me);
        drop(guard);
    })
}

impl Ledger {
    /// A generated `select!` finished with `won`; the send arms that did not win lost.
    fn on_select(
        &self,
        task: usize,
        recv_chans: &[usize],
        send_chans: &[usize],
        ids: &[usize],
        won: Won,
    ) {
        let winner = match won {
            Won::Recv(i, got) => {
                self.on_recv(task, recv_chans[i], got);
                None
            }
            Won::Send(i, result) => {
                self.on_send(task, send_chans[i], ids[i], result);
                Some(ids[i])
            }
            Won::Timeout | Won::Default => None,
        };
        for &id in ids {
            if Some(id) != winner {
                self.set_fate(id, Fate::Lost);
            }
        }
    }
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Finished,
    Deadlocked,
}

/// Runs `program` and checks every property; returns how it ended, or what went wrong.
fn run_program(program: &Program) -> Result<Outcome, String> {
    let ledger = Rc::new(Ledger::new(program));
    let chans: Vec<(Sender<Tracked>, Receiver<Tracked>)> =
        program.capacities.iter().map(|&cap| channel(cap)).collect();
    let chan_ids: Vec<ChannelId> = chans.iter().map(|(tx, _)| tx.id()).collect();
    let total_ops: usize = program.tasks.iter().map(|t| t.ops.len()).sum();
    let budget = 16 + 8 * total_ops;
    let sched = Scheduler::builder()
        .seed(program.seed)
        .virtual_clock()
        .build();
    let handles: Vec<JoinHandle<()>> = program
        .tasks
        .iter()
        .enumerate()
        .map(|(me, spec)| {
            let txs = spec
                .holds_tx
                .iter()
                .zip(&chans)
                .map(|(&held, (tx, _))| held.then(|| tx.clone()))
                .collect();
            let rxs = spec
                .holds_rx
                .iter()
                .zip(&chans)
                .map(|(&held, (_, rx))| held.then(|| rx.clone()))
                .collect();
            sched.spawn(Budgeted {
                task: me,
                inner: task(me, spec.ops.clone(), txs, rxs, Rc::clone(&ledger)),
                ledger: Rc::clone(&ledger),
                budget,
            })
        })
        .collect();
    drop(chans);

    let outcome = match sched.run() {
        Ok(()) => {
            for (t, done) in ledger.finished.borrow().iter().enumerate() {
                if !done {
                    ledger.fail(format!("run returned Ok, but task {t} did not finish"));
                }
            }
            Outcome::Finished
        }
        Err(deadlock) => {
            check_deadlock(&ledger, &handles, &chan_ids, &deadlock);
            // The blocked tasks stay: running again finds the same deadlock.
            if let Err(again) = sched.run() {
                if again != deadlock {
                    ledger.fail(format!("run again: {again}, first: {deadlock}"));
                }
            } else {
                ledger.fail("run again after a deadlock returned Ok".to_string());
            }
            Outcome::Deadlocked
        }
    };
    for (t, handle) in handles.iter().enumerate() {
        if let Some(Err(error)) = handle.try_join() {
            ledger.fail(format!("task {t} failed: {error}"));
        }
    }
    drop(sched);
    drop(handles);
    check_values(&ledger, outcome);
    for (t, &drops) in ledger.task_drops.borrow().iter().enumerate() {
        if drops != 1 {
            ledger.fail(format!("the state of task {t} was dropped {drops} times"));
        }
    }

    let failures = ledger.failures.take();
    if failures.is_empty() {
        Ok(outcome)
    } else {
        let mut report = format!("{outcome:?}, {} failures:", failures.len());
        for failure in failures {
            let _ = write!(report, "\n  {failure}");
        }
        Err(report)
    }
}

/// The deadlock lists exactly the unfinished tasks, each with the operation it is in, and
/// none of them could proceed.
fn check_deadlock(
    ledger: &Ledger,
    handles: &[JoinHandle<()>],
    chan_ids: &[ChannelId],
    deadlock: &Deadlock,
) {
    // Every operation a blocked task waits on: (task, arm).
    let mut waiting: Vec<(usize, Arm)> = Vec::new();
    for (t, handle) in handles.iter().enumerate() {
        let listed = deadlock.blocked().iter().find(|b| b.id() == handle.id());
        let Some(listed) = listed else {
            if !handle.is_finished() {
                ledger.fail(format!(
                    "task {t} did not finish but is not listed as blocked"
                ));
            }
            continue;
        };
        if handle.is_finished() {
            ledger.fail(format!("task {t} finished but is listed as blocked"));
            continue;
        }
        let wait = ledger.waits.borrow()[t].clone();
        let expected = match &wait {
            Some(Wait::Recv(c)) => {
                waiting.push((t, Arm::Recv(*c)));
                Some(WaitingOn::Recv(chan_ids[*c]))
            }
            Some(Wait::Send(c)) => {
                waiting.push((t, Arm::Send(*c)));
                Some(WaitingOn::Send(chan_ids[*c]))
            }
            Some(Wait::Select(arms, extra)) => {
                if *extra != Extra::Nothing {
                    ledger.fail(format!(
                        "task {t} is listed blocked in a select with {extra:?}"
                    ));
                }
                waiting.extend(arms.iter().map(|&arm| (t, arm)));
                Some(WaitingOn::Select(
                    arms.len() + usize::from(matches!(extra, Extra::Timeout(_))),
                ))
            }
            None => None,
        };
        if expected != Some(listed.waiting_on()) {
            ledger.fail(format!(
                "task {t} is listed as {:?} but is in {wait:?}",
                listed.waiting_on()
            ));
        }
    }
    for listed in deadlock.blocked() {
        if !handles.iter().any(|h| h.id() == listed.id()) {
            ledger.fail(format!("the deadlock lists an unknown task: {listed}"));
        }
    }
    for &(t, arm) in &waiting {
        let (Arm::Recv(c) | Arm::Send(c)) = arm;
        if ledger.is_closed(c) {
            ledger.fail(format!(
                "task {t} is listed blocked in {arm:?}, a closed channel"
            ));
        }
        let in_channel = ledger.in_channel(c);
        let capacity = ledger.capacities[c];
        match arm {
            Arm::Recv(_) => {
                if in_channel > 0 {
                    ledger.fail(format!(
                        "task {t} is listed blocked in {arm:?} with {in_channel} values there"
                    ));
                }
                let partner = waiting.iter().find(|&&(other, other_arm)| {
                    other_arm == Arm::Send(c) && (other != t || capacity > 0)
                });
                if let Some((other, _)) = partner {
                    ledger.fail(format!(
                        "task {t} is listed blocked in {arm:?} while task {other} is blocked sending there"
                    ));
                }
            }
            Arm::Send(_) => {
                if capacity > 0 && in_channel < capacity {
                    ledger.fail(format!(
                        "task {t} is listed blocked in {arm:?} with {in_channel} of {capacity} places taken"
                    ));
                }
            }
        }
    }
}

/// After the run and the teardown: every value was dropped once, in the right place, and
/// received at most once, and only if sent; each receiver saw each sender's values on a
/// channel in order.
fn check_values(ledger: &Ledger, outcome: Outcome) {
    let values = ledger.values.borrow();
    for (id, v) in values.iter().enumerate() {
        let what = format!(
            "value {id} (from task {}, channel {}, {:?})",
            v.sender, v.chan, v.fate
        );
        if v.drops.len() != 1 {
            ledger.fail(format!(
                "{what} was dropped {} times: {:?}",
                v.drops.len(),
                v.drops
            ));
        }
        if v.received_by.len() > 1 {
            ledger.fail(format!("{what} was received by tasks {:?}", v.received_by));
        }
        let dropper = v.drops.first().copied();
        let by_sender = Some(Dropper::Task {
            task: v.sender,
            handle_of: None,
        });
        match (v.fate, v.received_by.first()) {
            (Fate::Sent, Some(&receiver)) => {
                let by_receiver = Some(Dropper::Task {
                    task: receiver,
                    handle_of: None,
                });
                if dropper != by_receiver {
                    ledger.fail(format!(
                        "{what}, received by task {receiver}, was dropped by {dropper:?}"
                    ));
                }
            }
            (Fate::Sent, None) if ledger.capacities[v.chan] == 0 => {
                ledger.fail(format!(
                    "{what}: its send on a rendezvous channel completed, but no receiver took it"
                ));
            }
            (Fate::Sent, None) => {
                let with_channel = matches!(
                    dropper,
                    Some(Dropper::Task { handle_of: Some(c), .. }) if c == v.chan
                ) || dropper == Some(Dropper::Teardown);
                if !with_channel {
                    ledger.fail(format!(
                        "{what}, never received, was dropped by {dropper:?}, not with its channel"
                    ));
                }
            }
            (Fate::Refused | Fate::Full | Fate::Lost | Fate::Offered, Some(receiver)) => {
                ledger.fail(format!("{what} was received by task {receiver}"));
            }
            (Fate::Refused | Fate::Full | Fate::Lost, None) => {
                if dropper != by_sender {
                    ledger.fail(format!(
                        "{what} was dropped by {dropper:?}, not by its sender"
                    ));
                }
            }
            (Fate::Offered, None) => {
                if outcome == Outcome::Finished {
                    ledger.fail(format!("{what} is still offered after every task finished"));
                }
            }
        }
    }
    for (t, received) in ledger.received.borrow().iter().enumerate() {
        let mut last: Vec<(usize, usize, usize)> = Vec::new();
        for &id in received {
            let v = &values[id];
            match last.iter_mut().find(|(s, c, _)| (*s, *c) == (v.sender, v.chan)) {
                Some((_, _, seq)) if *seq >= v.seq => ledger.fail(format!(
                    "task {t} received value {id} (number {} of task {} on channel {}) after number {seq}",
                    v.seq, v.sender, v.chan
                )),
                Some((_, _, seq)) => *seq = v.seq,
                None => last.push((v.sender, v.chan, v.seq)),
            }
        }
    }
}

proptest! {
    #![proptest_config(Config {
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn random_programs_keep_every_value_exactly_once(program in program_strategy()) {
        if let Err(report) = run_program(&program) {
            prop_assert!(false, "{}", report);
        }
    }
}

/// The generator makes programs of both endings, not only deadlocks.
#[test]
fn generated_programs_both_finish_and_deadlock() {
    let mut runner = TestRunner::deterministic();
    let mut finished = 0;
    let mut deadlocked = 0;
    for _ in 0..64 {
        let program = program_strategy()
            .new_tree(&mut runner)
            .expect("a program")
            .current();
        match run_program(&program) {
            Ok(Outcome::Finished) => finished += 1,
            Ok(Outcome::Deadlocked) => deadlocked += 1,
            Err(report) => panic!("{program:#?}\n{report}"),
        }
    }
    assert!(
        finished >= 8 && deadlocked >= 8,
        "{finished} finished, {deadlocked} deadlocked"
    );
}
