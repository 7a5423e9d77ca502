//! The functions that the `#[coroutine]` rewrite calls for the blocking operations
//! (`recv!`, `send!`, `sleep!`, `join!`, `wait!`, `select!`). Not a public API: the names
//! and signatures may change with the macros.
//!
//! Each `poll_*` polls the operation once for the task being resumed (registering the task
//! itself, or its waker), and returns `Pending` when the task should suspend, having
//! recorded what it waits on (what [`park`] does, which `select!` calls itself); the
//! generated code then yields, and polls again when the task is woken.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::sync::Arc;
use core::task::{Context, Poll};

use super::context::{self, TaskContext};
use super::time::Timeout;
use super::{Deadline, JoinError, JoinHandle};
use crate::channel::error::SendError;
use crate::channel::sync::{self, select as sync_select};
use crate::channel::{PartyRef, Receiver, RecvOperand, SendOperand, SendSlot, Sender};

pub use super::WaitingOn;

#[cfg(feature = "net")]
mod net;
#[cfg(feature = "net")]
pub use net::*;

#[cold]
#[inline(never)]
#[track_caller]
fn outside_a_task(operation: &str) -> ! {
    panic!(
        "`{operation}` can only run inside a task of a `coro_core::sched::Scheduler` \
         (the coroutine was resumed some other way); from plain code, use the `try_` \
         methods of channels and `JoinHandle::try_join`"
    )
}

/// `poll`, after recording what the task waits on if it is pending.
#[inline]
fn parked<T>(cx: &TaskContext<'_>, poll: Poll<T>, on: impl FnOnce() -> WaitingOn) -> Poll<T> {
    if poll.is_pending() {
        cx.parked.set(Some(on().into()));
    }
    poll
}

#[inline]
#[track_caller]
fn in_task<R>(operation: &str, f: impl FnOnce(&TaskContext<'_>) -> R) -> R {
    match context::with_task(f) {
        Some(r) => r,
        None => outside_a_task(operation),
    }
}

/// `recv!(rx)`; `first` on the first poll of this receive (no registration to look for,
/// unless the task lent its waker to `wait!`, which the channel checks).
#[inline]
#[track_caller]
pub fn poll_recv<R: RecvChannel + ?Sized>(rx: &R, first: bool) -> Poll<Option<R::Item>> {
    rx.poll_recv_task(first)
}

pub(crate) mod sealed {
    /// Only this crate's channels (and references and pointers to them) are channels of
    /// the blocking operations.
    pub trait Sealed {}
}

/// The receiving end of a channel, as `recv!` and `select!`'s `recv` arms take it: a
/// single-thread [`Receiver`], a [`sync::Receiver`], or a reference, `Rc`, `Arc` or `Box`
/// of one. Sealed.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not the receiving end of a channel",
    label = "`recv!` and `recv` arms take a `Receiver` (of `channel` or `channel::sync`), or a reference or pointer to one"
)]
pub trait RecvChannel: sealed::Sealed {
    /// The values received.
    type Item;
    /// The operand of a `recv` arm of `select!`.
    #[doc(hidden)]
    type Operand: RecvArm<Item = Self::Item>;
    /// A receive by the task being resumed, outside a `select!`.
    #[doc(hidden)]
    fn poll_recv_task(&self, first: bool) -> Poll<Option<Self::Item>>;
    /// The operand of a `recv` arm of `select!` on this channel.
    #[doc(hidden)]
    fn recv_operand(&self) -> Self::Operand;
}

/// The sending end of a channel, as `send!` and `select!`'s `send` arms take it: a
/// single-thread [`Sender`], a [`sync::Sender`], or a reference, `Rc`, `Arc` or `Box` of
/// one. Sealed.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not the sending end of a channel",
    label = "`send!` and `send` arms take a `Sender` (of `channel` or `channel::sync`), or a reference or pointer to one"
)]
pub trait SendChannel: sealed::Sealed {
    /// The values sent.
    type Item;
    /// The operand of a `send` arm of `select!`.
    #[doc(hidden)]
    type Operand: SendArm<Item = Self::Item>;
    /// A send by the task being resumed, outside a `select!`.
    #[doc(hidden)]
    fn poll_send_task(
        &self,
        slot: &mut SendSlot<Self::Item>,
    ) -> Poll<Result<(), SendError<Self::Item>>>;
    /// The operand of a `send` arm of `select!` on this channel.
    #[doc(hidden)]
    fn send_operand(&self) -> Self::Operand;
}

/// The operand of a `recv` arm of `select!`. Sealed.
pub trait RecvArm: sealed::Sealed {
    /// The values received.
    type Item;
    /// A receive by the task being resumed, in its `select!`.
    #[doc(hidden)]
    fn poll_recv_arm(&self) -> Poll<Option<Self::Item>>;
    /// Withdraws the receive of the task being resumed.
    #[doc(hidden)]
    fn cancel_recv_arm(&self);
}

/// The operand of a `send` arm of `select!`. Sealed.
pub trait SendArm: sealed::Sealed {
    /// The values sent.
    type Item;
    /// A send by the task being resumed, in its `select!`.
    #[doc(hidden)]
    fn poll_send_arm(
        &self,
        slot: &mut SendSlot<Self::Item>,
    ) -> Poll<Result<(), SendError<Self::Item>>>;
    /// Withdraws the send whose value is in `slot`.
    #[doc(hidden)]
    fn cancel_send_arm(&self, slot: &mut SendSlot<Self::Item>);
}

impl<T> sealed::Sealed for Receiver<T> {}

impl<T> RecvChannel for Receiver<T> {
    type Item = T;
    type Operand = RecvOperand<T>;

    #[inline]
    #[track_caller]
    fn poll_recv_task(&self, first: bool) -> Poll<Option<T>> {
        in_task("recv!", |cx| {
            let party = PartyRef::Task(cx.task);
            // Two calls with constant arguments rather than one with `first`: measured, the
            // closure then inlines into the task's resume, 9 instructions less per ring hop.
            let poll = if first {
                self.poll_recv_as(party, true)
            } else {
                self.poll_recv_as(party, false)
            };
            parked(cx, poll, || WaitingOn::Recv(self.id()))
        })
    }

    #[inline]
    fn recv_operand(&self) -> RecvOperand<T> {
        sync_select::note_local_arm();
        RecvOperand::of(self)
    }
}

impl<T> sealed::Sealed for Sender<T> {}

impl<T> SendChannel for Sender<T> {
    type Item = T;
    type Operand = SendOperand<T>;

    #[inline]
    #[track_caller]
    fn poll_send_task(&self, slot: &mut SendSlot<T>) -> Poll<Result<(), SendError<T>>> {
        in_task("send!", |cx| {
            let poll = self.poll_send_as(slot, PartyRef::Task(cx.task));
            parked(cx, poll, || WaitingOn::Send(self.id()))
        })
    }

    #[inline]
    fn send_operand(&self) -> SendOperand<T> {
        sync_select::note_local_arm();
        SendOperand::of(self)
    }
}

impl<T> sealed::Sealed for RecvOperand<T> {}

impl<T> RecvArm for RecvOperand<T> {
    type Item = T;

    #[inline]
    #[track_caller]
    fn poll_recv_arm(&self) -> Poll<Option<T>> {
        in_task("select!", |cx| self.poll_recv_as(cx.task))
    }

    #[inline]
    #[track_caller]
    fn cancel_recv_arm(&self) {
        in_task("select!", |cx| self.cancel_recv_as(cx.task));
    }
}

impl<T> sealed::Sealed for SendOperand<T> {}

impl<T> SendArm for SendOperand<T> {
    type Item = T;

    #[inline]
    #[track_caller]
    fn poll_send_arm(&self, slot: &mut SendSlot<T>) -> Poll<Result<(), SendError<T>>> {
        in_task("select!", |cx| self.poll_send_as(slot, cx.task))
    }

    #[inline]
    fn cancel_send_arm(&self, slot: &mut SendSlot<T>) {
        self.cancel_send(slot);
    }
}

// The `Send + Sync` channel: a task registers its waker, and may be woken from any thread,
// so it waits on `SyncRecv` or `SyncSend` (a lone scheduler then waits for a wake-up
// rather than report a deadlock; a runtime counts it blocked when none of its schedulers
// runs).

impl<T> sealed::Sealed for sync::Receiver<T> {}

impl<T: 'static> RecvChannel for sync::Receiver<T> {
    type Item = T;
    type Operand = sync::RecvOperand<T>;

    #[track_caller]
    fn poll_recv_task(&self, _first: bool) -> Poll<Option<T>> {
        in_task("recv!", |cx| {
            let poll = sync::Receiver::poll_recv_task(self, &cx.waker(), cx.task);
            parked(cx, poll, || WaitingOn::SyncRecv(self.id()))
        })
    }

    fn recv_operand(&self) -> sync::RecvOperand<T> {
        self.operand()
    }
}

impl<T> sealed::Sealed for sync::Sender<T> {}

impl<T> SendChannel for sync::Sender<T> {
    type Item = T;
    type Operand = sync::SendOperand<T>;

    #[track_caller]
    fn poll_send_task(&self, slot: &mut SendSlot<T>) -> Poll<Result<(), SendError<T>>> {
        in_task("send!", |cx| {
            let poll = sync::Sender::poll_send_task(self, slot, &cx.waker());
            parked(cx, poll, || WaitingOn::SyncSend(self.id()))
        })
    }

    fn send_operand(&self) -> sync::SendOperand<T> {
        self.operand()
    }
}

impl<T> sealed::Sealed for sync::RecvOperand<T> {}

impl<T> RecvArm for sync::RecvOperand<T> {
    type Item = T;

    #[track_caller]
    fn poll_recv_arm(&self) -> Poll<Option<T>> {
        in_task("select!", |cx| self.poll_recv_as(cx.task))
    }

    #[track_caller]
    fn cancel_recv_arm(&self) {
        in_task("select!", |cx| self.cancel_recv_as(cx.task));
    }
}

impl<T> sealed::Sealed for sync::SendOperand<T> {}

impl<T> SendArm for sync::SendOperand<T> {
    type Item = T;

    #[track_caller]
    fn poll_send_arm(&self, slot: &mut SendSlot<T>) -> Poll<Result<(), SendError<T>>> {
        in_task("select!", |cx| self.poll_send_as(slot, cx.task))
    }

    fn cancel_send_arm(&self, slot: &mut SendSlot<T>) {
        self.cancel_send(slot);
    }
}

// A channel shared by several tasks (`Rc<Receiver<T>>`, `Arc<sync::Sender<T>>`), or
// borrowed, is a channel too.
macro_rules! forward {
    ($($pointer:ty),*) => {$(
        impl<C: sealed::Sealed + ?Sized> sealed::Sealed for $pointer {}

        impl<C: RecvChannel + ?Sized> RecvChannel for $pointer {
            type Item = C::Item;
            type Operand = C::Operand;

            #[inline]
            #[track_caller]
            fn poll_recv_task(&self, first: bool) -> Poll<Option<C::Item>> {
                C::poll_recv_task(self, first)
            }

            #[inline]
            fn recv_operand(&self) -> C::Operand {
                C::recv_operand(self)
            }
        }
    )*};
}

forward!(&C, &mut C, Rc<C>, Arc<C>, Box<C>);

/// Makes [`SendChannel`] forward through `$pointer` (the `Sealed` impls are [`forward`]'s,
/// for any `C`: a pointer is sealed once whatever it points to).
macro_rules! forward_send {
    ($($pointer:ty),*) => {$(
        impl<C: SendChannel + ?Sized> SendChannel for $pointer {
            type Item = C::Item;
            type Operand = C::Operand;

            #[inline]
            #[track_caller]
            fn poll_send_task(
                &self,
                slot: &mut SendSlot<C::Item>,
            ) -> Poll<Result<(), SendError<C::Item>>> {
                C::poll_send_task(self, slot)
            }

            #[inline]
            fn send_operand(&self) -> C::Operand {
                C::send_operand(self)
            }
        }
    )*};
}

forward_send!(&C, &mut C, Rc<C>, Arc<C>, Box<C>);

/// Kept by a coroutine while it waits in a `recv!` or a `select!`, and dropped with it if it
/// is dropped there (a coroutine resumed by hand inside a task, then abandoned): the
/// registrations it left in channels belong to the task that runs, whose receives must then
/// look for them instead of registering a second time (the same mark as a waker lent to
/// `wait!`), and a `select!` left in the middle no longer holds the task's registrations.
/// One byte; the operation marks it [`done`](Self::done) when it completes.
#[derive(Debug, Default)]
#[must_use]
pub struct InFlight {
    done: bool,
}

impl InFlight {
    /// A blocking operation starts.
    #[inline]
    pub fn new() -> InFlight {
        InFlight { done: false }
    }

    /// The operation completed: nothing is left behind. (A function of `&mut`, not a
    /// method: the rewrite takes a method call's receiver for a possible move.)
    #[inline]
    pub fn done(this: &mut InFlight) {
        this.done = true;
    }
}

impl Drop for InFlight {
    #[inline]
    fn drop(&mut self) {
        if !self.done {
            abandoned();
        }
    }
}

/// A blocking operation was dropped before it completed. Inside a task, its receives that
/// wait on rendezvous `Send + Sync` channels are withdrawn (a value handed to one goes back
/// to its channel), and the task is woken once, so that another of its coroutines that
/// still waits there registers again. Outside a task (the coroutine dropped by plain code,
/// or by the scheduler with its task), the registrations of an ended task are dead on
/// single-thread channels; on `Send + Sync` ones, those of tasks whose scheduler shuts down
/// are withdrawn.
#[cold]
#[inline(never)]
fn abandoned() {
    let inside = context::with_task(|cx| {
        let core = cx.task.core();
        core.lend_waker();
        core.select_end();
        sync_select::end(cx.task);
        if sync::waits::abandoned_in(cx.task) {
            cx.task.clone().wake();
        }
    });
    if inside.is_none() {
        sync::waits::abandoned_outside();
    }
}

/// `send!(tx, value)`, the value being in `slot`.
#[inline]
#[track_caller]
pub fn poll_send<S: SendChannel + ?Sized>(
    tx: &S,
    slot: &mut SendSlot<S::Item>,
) -> Poll<Result<(), SendError<S::Item>>> {
    tx.poll_send_task(slot)
}

/// What `join!` takes: a scheduler's [`JoinHandle`], a runtime's
/// [`rt::JoinHandle`](crate::rt::JoinHandle), or a reference, `Rc`, `Arc` or `Box` of one.
/// Sealed.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a join handle",
    label = "`join!` takes a `JoinHandle` (of `sched` or `rt`), or a reference or pointer to one"
)]
pub trait Join: sealed::Sealed {
    /// The task's result.
    type Output;
    /// Polls for the task's result, registering `cx`'s waker.
    #[doc(hidden)]
    fn poll_join_cx(&self, cx: &mut Context<'_>) -> Poll<Result<Self::Output, JoinError>>;
    /// What a task that waits for this one waits on.
    #[doc(hidden)]
    fn join_waiting_on(&self) -> WaitingOn;
}

impl<T> sealed::Sealed for JoinHandle<T> {}

impl<T> Join for JoinHandle<T> {
    type Output = T;

    #[inline]
    fn poll_join_cx(&self, cx: &mut Context<'_>) -> Poll<Result<T, JoinError>> {
        self.poll_join(cx)
    }

    #[inline]
    fn join_waiting_on(&self) -> WaitingOn {
        WaitingOn::Join(self.id())
    }
}

/// Makes [`Join`] forward through `$pointer` (the `Sealed` impls are [`forward`]'s).
macro_rules! forward_join {
    ($($pointer:ty),*) => {$(
        impl<C: Join + ?Sized> Join for $pointer {
            type Output = C::Output;

            #[inline]
            fn poll_join_cx(&self, cx: &mut Context<'_>) -> Poll<Result<C::Output, JoinError>> {
                C::poll_join_cx(self, cx)
            }

            #[inline]
            fn join_waiting_on(&self) -> WaitingOn {
                C::join_waiting_on(self)
            }
        }
    )*};
}

forward_join!(&C, &mut C, Rc<C>, Arc<C>, Box<C>);

/// `join!(handle)`.
#[inline]
#[track_caller]
pub fn poll_join<H: Join + ?Sized>(handle: &H) -> Poll<Result<H::Output, JoinError>> {
    in_task("join!", |cx| {
        let poll = handle.poll_join_cx(&mut Context::from_waker(&cx.waker()));
        parked(cx, poll, || handle.join_waiting_on())
    })
}

/// `wait!(|cx| ...)`.
#[inline]
#[track_caller]
pub fn poll_fn<T>(f: impl FnOnce(&mut Context<'_>) -> Poll<T>) -> Poll<T> {
    in_task("wait!", |cx| {
        cx.task.core().lend_waker();
        let poll = f(&mut Context::from_waker(&cx.waker()));
        parked(cx, poll, || WaitingOn::Other)
    })
}

/// The deadline of `sleep!(timeout)` or of a `sleep(timeout)` arm.
#[inline]
#[track_caller]
pub fn deadline_after(timeout: impl Timeout) -> Deadline {
    timeout.deadline()
}

/// `sleep!`: ready once the scheduler's clock reaches `deadline`; until then the task has
/// a timer set for it.
#[inline]
#[track_caller]
pub fn poll_sleep(deadline: Deadline) -> Poll<()> {
    in_task("sleep!", |cx| {
        let poll = sleep_until(cx, deadline);
        parked(cx, poll, || WaitingOn::Sleep)
    })
}

/// Ready once the clock reaches `deadline`, else sets the task's timer (and does not park
/// it: a `sleep` arm of `select!` uses this too).
fn sleep_until(cx: &TaskContext<'_>, deadline: Deadline) -> Poll<()> {
    if cx.local.clock.now() >= deadline.0 {
        cx.clear_timer();
        return Poll::Ready(());
    }
    // One timer per resume: the earliest deadline polled (a `select!` may have several).
    if cx.deadline.get().is_none_or(|set| deadline.0 < set) {
        cx.deadline.set(Some(deadline.0));
        cx.local
            .timers
            .set(deadline.0, cx.task, cx.local.task_count());
    }
    Poll::Pending
}

/// Starts a `select!`: a new round of the task's choice.
#[inline]
#[track_caller]
pub fn select_begin() {
    in_task("select!", |cx| {
        cx.task.core().select_begin();
        sync_select::begin(cx.task);
    });
}

/// The channel of a `recv` arm of `select!`, evaluated once as the `select!` begins.
#[inline]
#[must_use]
pub fn recv_operand<R: RecvChannel + ?Sized>(rx: &R) -> R::Operand {
    rx.recv_operand()
}

/// The channel of a `send` arm of `select!`, evaluated once as the `select!` begins.
#[inline]
#[must_use]
pub fn send_operand<S: SendChannel + ?Sized>(tx: &S) -> S::Operand {
    tx.send_operand()
}

/// A `recv` arm of `select!`.
#[inline]
#[track_caller]
pub fn poll_recv_select<A: RecvArm>(rx: &A) -> Poll<Option<A::Item>> {
    rx.poll_recv_arm()
}

/// A `send` arm of `select!`.
#[inline]
#[track_caller]
pub fn poll_send_select<A: SendArm>(
    tx: &A,
    slot: &mut SendSlot<A::Item>,
) -> Poll<Result<(), SendError<A::Item>>> {
    tx.poll_send_arm(slot)
}

/// A `sleep` arm of `select!`: like [`poll_sleep`], but ready only while no other arm
/// completed, and deciding the choice when it is.
#[inline]
#[track_caller]
pub fn poll_sleep_select(deadline: Deadline) -> Poll<()> {
    in_task("select!", |cx| {
        // A `select!` decided by its cell (its arms are all on `Send + Sync` channels).
        if let Some(cell) = sync_select::current(cx.task).filter(|cell| !cell.is_local()) {
            if !cell.is_open() {
                return Poll::Pending;
            }
            let ready = sleep_until(cx, deadline);
            return if ready.is_ready() && cell.try_decide() {
                ready
            } else {
                Poll::Pending
            };
        }
        let core = cx.task.core();
        if core.select_is_decided() {
            return Poll::Pending;
        }
        let ready = sleep_until(cx, deadline);
        if ready.is_ready() {
            core.select_decide();
        }
        ready
    })
}

/// Takes the `default` arm of a `select!`, unless an arm completed meanwhile: `true` if the
/// `default` arm decides the `select!` (the other arms' registrations are dead from now on,
/// while they are withdrawn too); `false` if it was decided already, by another party
/// completing one of its arms during this poll (a waker woken by a send arm's offer may
/// take it at once), and the arms must be polled again to find the one that completed.
#[inline]
#[must_use]
#[track_caller]
pub fn select_default() -> bool {
    in_task("select!", |cx| {
        if let Some(cell) = sync_select::current(cx.task).filter(|cell| !cell.is_local()) {
            return cell.try_decide();
        }
        let core = cx.task.core();
        if core.select_is_decided() {
            return false;
        }
        core.select_decide();
        true
    })
}

/// Ends a `select!` (an arm won, or `default`) once the arms that lost are withdrawn: the
/// task's registrations are plain ones again, and the timer of a `sleep` arm that lost is
/// no longer needed.
#[inline]
#[track_caller]
pub fn select_end() {
    in_task("select!", |cx| {
        cx.task.core().select_end();
        sync_select::end(cx.task);
        cx.clear_timer();
        // The `select!` completed: the task waits on nothing (whatever an arm recorded).
        cx.parked.set(None);
    });
}

/// Withdraws a `recv` arm of `select!` that lost.
#[inline]
#[track_caller]
pub fn cancel_recv<A: RecvArm>(rx: &A) {
    rx.cancel_recv_arm();
}

/// Withdraws a `send` arm of `select!` that lost.
#[inline]
pub fn cancel_send<A: SendArm>(tx: &A, slot: &mut SendSlot<A::Item>) {
    tx.cancel_send_arm(slot);
}

/// The order in which `select!` polls its `N` arms at one wake-up: a permutation drawn
/// uniformly (Fisher–Yates) from the scheduler's seeded generator, so that each arm that is
/// ready is taken with equal probability, wherever the arms that are not ready stand (as
/// Go's `select` does).
#[inline]
#[must_use]
#[track_caller]
pub fn select_order<const N: usize>() -> [usize; N] {
    in_task("select!", |cx| {
        let mut order = [0; N];
        for (i, slot) in order.iter_mut().enumerate() {
            *slot = i;
        }
        for i in (1..N).rev() {
            order.swap(i, cx.local.random_below(i + 1));
        }
        order
    })
}

/// Marks the task as blocked on `on`: when it yields next, the scheduler waits for its
/// waker instead of requeueing it.
#[inline]
#[track_caller]
pub fn park(on: WaitingOn) {
    in_task("a blocking operation", |cx| {
        // A `select!` with arms on `Send + Sync` channels may be woken from another thread.
        let on = match on {
            WaitingOn::Select(arms) if sync_select::current(cx.task).is_some() => {
                WaitingOn::SyncSelect(arms)
            }
            on => on,
        };
        cx.parked.set(Some(on.into()));
    });
}
