//! The channel of a `select!` arm on a `Send + Sync` channel, evaluated once when the
//! `select!` begins: the channel, and the cell that decides the `select!` (see
//! [`select`](super::select)). Not a public API: the generated code makes and uses these
//! through `sched::ops`.

use alloc::sync::Arc;
use core::cell::Cell;
use core::fmt;
use core::task::Poll;

use super::inner::{Inner, Who};
use super::select::{self, Own, SelectCell};
use super::{Receiver, Sender};
use crate::channel::SendSlot;
use crate::channel::error::SendError;
use crate::sched::TaskRef;

/// The channel of a `recv` arm of `select!` on a `Send + Sync` channel.
#[doc(hidden)]
pub struct RecvOperand<T> {
    inner: Arc<Inner<T>>,
    cell: Arc<SelectCell>,
    /// Whether the arm may have a registration in the channel (withdrawn on drop).
    registered: Cell<bool>,
}

/// The channel of a `send` arm of `select!` on a `Send + Sync` channel.
#[doc(hidden)]
pub struct SendOperand<T> {
    inner: Arc<Inner<T>>,
    cell: Arc<SelectCell>,
    /// Whether the arm may have an offer in the channel (withdrawn on drop).
    registered: Cell<bool>,
}

/// How `task` decides its `select!` of cell `cell`.
fn own<'a>(cell: &'a SelectCell, task: &'a TaskRef) -> Own<'a> {
    if cell.is_local() {
        Own::Local(task)
    } else {
        Own::Cell(cell)
    }
}

impl<T> RecvOperand<T> {
    /// The channel `rx` receives from, for the `select!` being set up.
    pub(crate) fn of(rx: &Receiver<T>) -> Self {
        Self {
            inner: Arc::clone(&rx.inner),
            cell: select::setup_cell(),
            registered: Cell::new(false),
        }
    }

    /// A receive by `task`, in its `select!`.
    pub(crate) fn poll_recv_as(&self, task: &TaskRef) -> Poll<Option<T>> {
        let waker = task.waker_ref();
        let who = Who {
            waker: &waker,
            select: Some(&self.cell),
            task: Some(task),
        };
        let poll = self.inner.poll_recv(who, own(&self.cell, task));
        self.registered.set(poll.is_pending());
        poll
    }

    /// Withdraws the receive of `task`.
    pub(crate) fn cancel_recv_as(&self, task: &TaskRef) {
        let waker = task.waker_ref();
        self.inner.cancel_recv(Who {
            waker: &waker,
            select: Some(&self.cell),
            task: None,
        });
        self.registered.set(false);
    }
}

impl<T> SendOperand<T> {
    /// The channel `tx` sends on, for the `select!` being set up.
    pub(crate) fn of(tx: &Sender<T>) -> Self {
        Self {
            inner: Arc::clone(&tx.inner),
            cell: select::setup_cell(),
            registered: Cell::new(false),
        }
    }

    /// A send by `task`, in its `select!`.
    pub(crate) fn poll_send_as(
        &self,
        slot: &mut SendSlot<T>,
        task: &TaskRef,
    ) -> Poll<Result<(), SendError<T>>> {
        let waker = task.waker_ref();
        let who = Who {
            waker: &waker,
            select: Some(&self.cell),
            task: Some(task),
        };
        let poll = self.inner.poll_send(slot, who, own(&self.cell, task));
        self.registered.set(poll.is_pending());
        poll
    }

    /// Withdraws the send whose value is in `slot`.
    pub(crate) fn cancel_send(&self, slot: &mut SendSlot<T>) {
        self.inner.cancel_send(slot);
        self.registered.set(false);
    }
}

// A coroutine dropped while it waits in the `select!` drops its operands: what they left in
// their channels goes too, and the `select!` can no longer be decided.
impl<T> Drop for RecvOperand<T> {
    fn drop(&mut self) {
        if self.registered.get() {
            self.cell.end();
            self.inner.withdraw(&self.cell);
        }
    }
}

impl<T> Drop for SendOperand<T> {
    fn drop(&mut self) {
        if self.registered.get() {
            self.cell.end();
            self.inner.withdraw(&self.cell);
        }
    }
}

impl<T> fmt::Debug for RecvOperand<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.debug("RecvOperand", f)
    }
}

impl<T> fmt::Debug for SendOperand<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.debug("SendOperand", f)
    }
}
