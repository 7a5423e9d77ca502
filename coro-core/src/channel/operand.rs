//! The channel of a `select!` arm, evaluated once when the `select!` begins.
//!
//! Go evaluates the channel operands of a `select` exactly once, on entering it; so does
//! coro's `select!`. The arm keeps what its operand evaluated to for the whole `select!`,
//! across its suspensions: a reference to the channel's shared state that is neither a
//! sender nor a receiver of it (holding one does not keep the channel open, and dropping it
//! closes nothing). Not a public API: the generated code makes and uses these through
//! `sched::ops`.

use alloc::rc::Rc;
use core::fmt;
use core::task::Poll;

use super::choice::Mine;
use super::shared::Shared;
use super::{PartyRef, Receiver, SendSlot, Sender};
use crate::channel::error::SendError;
use crate::sched::TaskRef;

/// The channel of a `recv` arm of `select!`.
#[doc(hidden)]
pub struct RecvOperand<T> {
    shared: Rc<Shared<T>>,
}

/// The channel of a `send` arm of `select!`.
#[doc(hidden)]
pub struct SendOperand<T> {
    shared: Rc<Shared<T>>,
}

impl<T> RecvOperand<T> {
    /// The channel `rx` receives from.
    #[inline]
    pub(crate) fn of(rx: &Receiver<T>) -> Self {
        Self {
            shared: Rc::clone(&rx.shared),
        }
    }

    /// A receive by `task`, in its `select!`.
    #[inline]
    pub(crate) fn poll_recv_as(&self, task: &TaskRef) -> Poll<Option<T>> {
        self.shared
            .poll_recv(PartyRef::Task(task), Some(Mine::Task(task)), false)
    }

    /// Withdraws the receive of `task`.
    #[inline]
    pub(crate) fn cancel_recv_as(&self, task: &TaskRef) {
        self.shared.cancel_recv(PartyRef::Task(task));
    }
}

impl<T> SendOperand<T> {
    /// The channel `tx` sends on.
    #[inline]
    pub(crate) fn of(tx: &Sender<T>) -> Self {
        Self {
            shared: Rc::clone(&tx.shared),
        }
    }

    /// A send by `task`, in its `select!`.
    #[inline]
    pub(crate) fn poll_send_as(
        &self,
        slot: &mut SendSlot<T>,
        task: &TaskRef,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared
            .poll_send(slot, PartyRef::Task(task), Some(Mine::Task(task)))
    }

    /// Withdraws the send whose value is in `slot`.
    #[inline]
    pub(crate) fn cancel_send(&self, slot: &mut SendSlot<T>) {
        self.shared.cancel_send(slot);
    }
}

impl<T> fmt::Debug for RecvOperand<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shared.debug("RecvOperand", f)
    }
}

impl<T> fmt::Debug for SendOperand<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shared.debug("SendOperand", f)
    }
}
