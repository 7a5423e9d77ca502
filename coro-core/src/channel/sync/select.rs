//! The decision of a task's `select!` that has arms on `Send + Sync` channels: a
//! [`SelectCell`] shared by the select's registrations, and [`Own`], how the polling party
//! decides its own operation.
//!
//! A `select!` whose arms are all on `Send + Sync` channels (and `sleep` or `default`) is
//! decided by its cell, atomically: whoever completes one of its operations, on any thread,
//! first changes the cell from open to decided. A `select!` that also has arms on
//! single-thread channels keeps its decision in its task's flags, which only its own thread
//! may touch, so its cell says `LOCAL`: other threads never complete its operations on
//! `Send + Sync` channels, they only wake the task, which completes them itself.
//!
//! The task's thread keeps, for each of its tasks in such a `select!`, the cell (for the
//! `sleep` and `default` arms and the deadlock report, which have no operand to ask).

use alloc::sync::Arc;
use core::cell::{Cell, RefCell};
use core::sync::atomic::Ordering;
use std::collections::HashMap;

use crate::primitive::AtomicU8;
use crate::sched::{TaskId, TaskRef};

/// No operation of the `select!` completed yet: the first to change this wins.
const OPEN: u8 = 0;
/// An operation completed, or the `sleep` or `default` arm was taken.
const DECIDED: u8 = 1;
/// The `select!` also has single-thread arms: only its own thread decides it.
const LOCAL: u8 = 2;
/// The `select!` is over: its registrations left anywhere are dead.
const ENDED: u8 = 3;

/// The decision of one `select!`, shared by its registrations on `Send + Sync` channels.
#[derive(Debug)]
pub(crate) struct SelectCell {
    state: AtomicU8,
}

impl SelectCell {
    fn new() -> Arc<SelectCell> {
        Arc::new(SelectCell {
            state: AtomicU8::new(OPEN),
        })
    }

    fn state(&self) -> u8 {
        self.state.load(Ordering::Acquire)
    }

    /// Whether the `select!` has single-thread arms (decided by its own thread only).
    pub(crate) fn is_local(&self) -> bool {
        self.state() == LOCAL
    }

    /// Whether no operation of an atomically decided `select!` completed yet.
    pub(crate) fn is_open(&self) -> bool {
        self.state() == OPEN
    }

    /// Decides the `select!` if it is open; `false` if someone else did first (or it is not
    /// decided by its cell).
    pub(crate) fn try_decide(&self) -> bool {
        self.state
            .compare_exchange(OPEN, DECIDED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Opens again a `select!` that its own party decided a moment ago, for an operation
    /// that then could not complete. Only the party that decided it calls this.
    fn reopen(&self) {
        self.state.store(OPEN, Ordering::Release);
    }

    /// The `select!` is over.
    pub(crate) fn end(&self) {
        self.state.store(ENDED, Ordering::Release);
    }
}

/// What another party does with a registration of a `select!` it would complete.
pub(super) enum Other {
    /// The registration is the party's to complete (a plain one, or a `select!` it just
    /// decided).
    Take,
    /// It cannot complete it now; `true` if it must wake it (so that the select's own
    /// thread comes and completes the operation itself, or polls again).
    Skip(bool),
}

/// Decides, if it can, the `select!` of a registration that a party acting for `own`
/// would complete (its own `select!`, if it has one, is decided already).
pub(super) fn claim_other(cell: Option<&SelectCell>, own: &Own<'_>) -> Other {
    let Some(cell) = cell else {
        return Other::Take;
    };
    match cell
        .state
        .compare_exchange(OPEN, DECIDED, Ordering::AcqRel, Ordering::Acquire)
    {
        Ok(_) => Other::Take,
        // Two `select!`s that both have single-thread arms do not wake each other: each
        // would find the other's registration again, for ever.
        Err(LOCAL) => Other::Skip(!own.is_local()),
        // Decided: its owner withdraws it soon; or it is decided for a moment by its owner,
        // which then polls again if woken.
        Err(DECIDED) => Other::Skip(true),
        Err(_) => Other::Skip(false),
    }
}

/// Whether a registration of `cell` might complete later (not of a `select!` that is
/// decided or over).
pub(super) fn may_complete(cell: Option<&SelectCell>) -> bool {
    cell.is_none_or(|cell| matches!(cell.state(), OPEN | LOCAL))
}

/// The polling party's own decision.
#[derive(Clone, Copy)]
pub(crate) enum Own<'a> {
    /// Not in a `select!`: always free to complete.
    Plain,
    /// In a `select!` decided by its cell.
    Cell(&'a SelectCell),
    /// In a `select!` of this task that also has single-thread arms: decided in the task's
    /// flags (this is the task's thread).
    Local(&'a TaskRef),
}

impl Own<'_> {
    /// Whether the party's `select!` is decided (an operation of it cannot complete).
    #[inline]
    pub(super) fn is_decided(self) -> bool {
        match self {
            Own::Plain => false,
            Own::Cell(cell) => !cell.is_open(),
            Own::Local(task) => task.core().select_is_decided(),
        }
    }

    /// Decides the party's `select!` for an operation about to complete; `false` if it was
    /// decided already.
    #[inline]
    pub(super) fn claim(self) -> bool {
        match self {
            Own::Plain => true,
            Own::Cell(cell) => cell.try_decide(),
            Own::Local(task) => {
                let core = task.core();
                if core.select_is_decided() {
                    return false;
                }
                core.select_decide();
                true
            }
        }
    }

    /// Undoes [`claim`](Self::claim): the operation could not complete after all.
    #[inline]
    pub(super) fn release(self) {
        match self {
            Own::Plain => {}
            Own::Cell(cell) => cell.reopen(),
            // In a `select!`, undecided: what `select_begin` makes.
            Own::Local(task) => task.core().select_begin(),
        }
    }

    fn is_local(self) -> bool {
        matches!(self, Own::Local(_))
    }
}

/// The arms of the `select!` being set up on this thread (its operands are evaluated just
/// before `select_begin`, with no suspension between).
struct Setup {
    /// The cell of its arms on `Send + Sync` channels, made by the first.
    cell: Cell<Option<Arc<SelectCell>>>,
    /// Whether it has arms on single-thread channels.
    local: Cell<bool>,
}

std::thread_local! {
    static SETUP: Setup = const {
        Setup {
            cell: Cell::new(None),
            local: Cell::new(false),
        }
    };
    /// The tasks of this thread in a `select!` with arms on `Send + Sync` channels, by
    /// address (with the id, as an address is reused by later tasks).
    static SELECTS: RefCell<HashMap<usize, (TaskId, Arc<SelectCell>)>> =
        RefCell::new(HashMap::new());
    /// How many entries `SELECTS` has, to skip it when empty.
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

/// A `select!` arm on a single-thread channel is being set up.
#[inline]
pub(crate) fn note_local_arm() {
    SETUP.with(|setup| setup.local.set(true));
}

/// A `select!` arm on a `Send + Sync` channel is being set up: the cell of the `select!`.
pub(crate) fn setup_cell() -> Arc<SelectCell> {
    SETUP.with(|setup| {
        let cell = setup.cell.take().unwrap_or_else(SelectCell::new);
        setup.cell.set(Some(Arc::clone(&cell)));
        cell
    })
}

/// The `select!` of `task` begins, its operands set up.
#[inline]
pub(crate) fn begin(task: &TaskRef) {
    let (cell, local) = SETUP.with(|setup| (setup.cell.take(), setup.local.replace(false)));
    if let Some(cell) = cell {
        begin_with(task, cell, local);
    }
}

#[inline(never)]
fn begin_with(task: &TaskRef, cell: Arc<SelectCell>, local: bool) {
    if local {
        cell.state.store(LOCAL, Ordering::Release);
    }
    let old = SELECTS.with(|selects| {
        selects
            .borrow_mut()
            .insert(task.addr().addr(), (task.core().id, cell))
    });
    if old.is_none() {
        COUNT.with(|count| count.set(count.get() + 1));
    }
}

/// The cell of the current `select!` of `task`, if it has arms on `Send + Sync` channels.
#[inline]
pub(crate) fn current(task: &TaskRef) -> Option<Arc<SelectCell>> {
    if COUNT.with(Cell::get) == 0 {
        return None;
    }
    current_slow(task)
}

#[inline(never)]
fn current_slow(task: &TaskRef) -> Option<Arc<SelectCell>> {
    SELECTS.with(|selects| {
        selects
            .borrow()
            .get(&task.addr().addr())
            .filter(|(id, _)| *id == task.core().id)
            .map(|(_, cell)| Arc::clone(cell))
    })
}

/// The `select!` of `task` is over (or abandoned): its registrations are dead.
#[inline]
pub(crate) fn end(task: &TaskRef) {
    if COUNT.with(Cell::get) == 0 {
        return;
    }
    end_slow(task);
}

#[inline(never)]
fn end_slow(task: &TaskRef) {
    let removed = SELECTS.with(|selects| {
        let mut selects = selects.borrow_mut();
        let addr = task.addr().addr();
        if selects
            .get(&addr)
            .is_some_and(|(id, _)| *id == task.core().id)
        {
            selects.remove(&addr)
        } else {
            None
        }
    });
    if let Some((_, cell)) = removed {
        cell.end();
        COUNT.with(|count| count.set(count.get() - 1));
    }
}
