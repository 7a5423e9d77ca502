//! The single-threaded channel: one `Rc<Shared<T>>` per channel, shared by every handle.
//!
//! The state behind the `RefCell`:
//! - `buffer`: values sent and not yet received, at most `capacity` of them (plus, on a
//!   rendezvous channel, the values `try_send` handed to a waiting receiver);
//! - `offers`: blocked sends, in arrival order, each with its value and its sender (a
//!   [`Party`]: a task of this thread's scheduler, or a waker)
//!   (Go's `sendq`). A send blocks when the buffer is full, so a receive that frees a place
//!   moves the oldest offer's value into the buffer, and on a rendezvous channel a receive
//!   takes the oldest offer's value directly; either way it completes that send and wakes
//!   exactly its sender. A send finds out that it completed because its ticket is no longer
//!   among the offers.
//! - `waiters`: receivers that found nothing (Go's `recvq`). On a rendezvous channel a send
//!   hands its value to the oldest live waiter (`delivered`) and wakes it; on a buffered
//!   one a send buffers the value and wakes every waiter, and the ones that find nothing
//!   register again (spurious wake-ups, never lost ones).
//!   A waiter is one word ([`waiter`]): a million tasks waiting on one channel take a
//!   million words of its queue.
//! - Offers and waiters of a `select` belong to a [`Choice`]: once one operation of the
//!   choice's round completes, the others are dead (skipped by every other party) until
//!   their owner withdraws them. A task's own `select!` needs no `Choice`: its core says
//!   whether the task is in a `select!` and whether that is decided, and its registrations
//!   carry nothing more than the task. (A task that ended leaves dead registrations too.)
//!
//! No user code (a waker's `wake` or `drop`, a value's `drop`) runs while the `RefCell` is
//! borrowed: a value may hold a handle of its own channel, and a dropped waker may drop a
//! task that holds one.

use alloc::collections::VecDeque;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell, RefMut};
use core::fmt;
use core::mem;
use core::task::{Context, Poll, Waker};

use super::error::{SendError, TryRecvError, TrySendError};

#[cfg(feature = "std")]
mod operand;
mod waiter;
#[cfg(feature = "std")]
pub use operand::{RecvOperand, SendOperand};
use waiter::Waiter;

/// Creates a channel that buffers up to `capacity` values, and returns its two ends.
///
/// With `capacity == 0` the channel is a *rendezvous* (Go's unbuffered channel): a send
/// completes only when a receiver takes the value. Both ends can be cloned (many producers,
/// many consumers); each value is received by exactly one receiver, in the order the values
/// were sent.
///
/// The channel is single-threaded (its handles are neither `Send` nor `Sync`). It does not
/// allocate the buffer up front: the first buffered value makes room for `capacity` values
/// (at most 32), and the buffer grows beyond that as values arrive, and keeps its capacity.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
///
/// let (tx, rx) = channel(2);
/// tx.try_send("a").unwrap();
/// tx.try_send("b").unwrap();
/// assert!(tx.try_send("c").is_err()); // full
/// assert_eq!(rx.try_recv(), Ok("a"));
/// assert_eq!(rx.try_recv(), Ok("b"));
/// ```
#[must_use]
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    let shared = Rc::new(Shared {
        id: ChannelId::next(),
        capacity,
        state: RefCell::new(State {
            buffer: VecDeque::new(),
            offers: VecDeque::new(),
            waiters: VecDeque::new(),
            deliveries: VecDeque::new(),
            next_ticket: 0,
            senders: 1,
            receivers: 1,
            closed: false,
        }),
    });
    (
        Sender {
            shared: Rc::clone(&shared),
        },
        Receiver { shared },
    )
}

/// How many values the first buffered value makes room for, at most.
const RESERVED: usize = 32;

/// Identifies a channel: every handle of one channel has the same id, and no two channels
/// created by one process share one. It shows as `channel #N`.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
///
/// let (tx, rx) = channel::<()>(0);
/// let (other, _) = channel::<()>(0);
/// assert_eq!(tx.id(), rx.id());
/// assert_ne!(tx.id(), other.id());
/// assert!(tx.id().to_string().starts_with("channel #"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ChannelId(u64);

impl ChannelId {
    /// The id's number.
    #[cfg(feature = "std")]
    pub(crate) fn number(self) -> u64 {
        self.0
    }

    /// The id with this number.
    #[cfg(feature = "std")]
    pub(crate) fn from_number(number: u64) -> Self {
        Self(number)
    }

    #[cfg(target_has_atomic = "64")]
    fn next() -> Self {
        use core::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }

    #[cfg(not(target_has_atomic = "64"))]
    fn next() -> Self {
        use core::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed) as u64)
    }
}

impl fmt::Display for ChannelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "channel #{}", self.0)
    }
}

/// A value on its way into a channel, for [`Sender::poll_send`].
///
/// A send that cannot complete at once parks its value in the channel and remembers it here;
/// the slot gets the value back if the send fails ([`SendError`]) or is withdrawn
/// ([`Sender::cancel_send`]), and is empty once the send completed.
///
/// Dropping a slot whose value is parked in a channel leaves the value there: a receiver may
/// still take it (the send then completes unobserved), or it is dropped with the channel.
///
/// # Examples
///
/// ```
/// use coro_core::channel::SendSlot;
///
/// let mut slot = SendSlot::new(5);
/// assert!(!slot.is_empty());
/// assert_eq!(slot.take(), Some(5));
/// assert!(slot.is_empty());
/// ```
pub struct SendSlot<T> {
    state: SlotState<T>,
}

enum SlotState<T> {
    /// The slot holds the value.
    Holding(T),
    /// The value is parked in channel `channel` as the offer with this ticket.
    Offered { channel: ChannelId, ticket: u64 },
    /// The value was sent, given back in an error, or taken.
    Empty,
}

impl<T> SendSlot<T> {
    /// Creates a slot holding `value`.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::SendSlot;
    ///
    /// let slot = SendSlot::new('x');
    /// assert!(!slot.is_empty());
    /// ```
    #[must_use]
    pub const fn new(value: T) -> Self {
        Self {
            state: SlotState::Holding(value),
        }
    }

    /// Returns `true` once the slot no longer owns a value: the send completed, the value
    /// came back in a [`SendError`], or it was [`take`](Self::take)n.
    ///
    /// A slot whose value is parked in a channel by a pending send is not empty. After
    /// [`Sender::cancel_send`], an empty slot means the value had already been delivered.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, SendSlot};
    ///
    /// let (tx, rx) = channel(1);
    /// let mut slot = SendSlot::new(1);
    /// let mut cx = Context::from_waker(Waker::noop());
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    /// assert!(slot.is_empty());
    /// # drop(rx);
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        matches!(self.state, SlotState::Empty)
    }

    /// Takes the value out of the slot, leaving it empty.
    ///
    /// Returns `None` if the slot is empty, and also while its value is parked in a channel
    /// by a pending send: [`Sender::cancel_send`] brings it back first.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::SendSlot;
    ///
    /// let mut slot = SendSlot::new(vec![1, 2]);
    /// assert_eq!(slot.take(), Some(vec![1, 2]));
    /// assert_eq!(slot.take(), None);
    /// ```
    pub fn take(&mut self) -> Option<T> {
        match self.state {
            SlotState::Holding(_) => match mem::replace(&mut self.state, SlotState::Empty) {
                SlotState::Holding(value) => Some(value),
                SlotState::Offered { .. } | SlotState::Empty => None,
            },
            SlotState::Offered { .. } | SlotState::Empty => None,
        }
    }
}

impl<T> fmt::Debug for SendSlot<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.state {
            SlotState::Holding(_) => f.write_str("SendSlot::Holding(..)"),
            SlotState::Offered { channel, ticket } => f
                .debug_struct("SendSlot::Offered")
                .field("channel", channel)
                .field("ticket", ticket)
                .finish(),
            SlotState::Empty => f.write_str("SendSlot::Empty"),
        }
    }
}

/// The sending end of a [`channel`].
///
/// Clone it to send from several places; the channel closes when every `Sender` is dropped
/// (receivers then drain the buffered values and see the end). If every
/// [`Receiver`] is dropped, the channel closes too and sends give their value back.
///
/// # Examples
///
/// ```
/// use coro_core::channel::{channel, error::TryRecvError};
///
/// let (tx, rx) = channel(4);
/// let tx2 = tx.clone();
/// tx.try_send(1).unwrap();
/// tx2.try_send(2).unwrap();
/// drop((tx, tx2));
/// assert_eq!(rx.try_recv(), Ok(1));
/// assert_eq!(rx.try_recv(), Ok(2));
/// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
/// ```
pub struct Sender<T> {
    shared: Rc<Shared<T>>,
}

/// The receiving end of a [`channel`].
///
/// Clone it to receive in several places; each value goes to exactly one receiver. Once the
/// channel is closed (by [`close`](Receiver::close) on either end or by dropping every
/// [`Sender`]), receives drain the buffered values, then report the end. Dropping every
/// `Receiver` closes the channel and drops the values still buffered.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
///
/// let (tx, rx) = channel(1);
/// let rx2 = rx.clone();
/// tx.try_send("once").unwrap();
/// assert_eq!(rx2.try_recv(), Ok("once"));
/// assert!(rx.try_recv().is_err());
/// ```
pub struct Receiver<T> {
    shared: Rc<Shared<T>>,
}

struct Shared<T> {
    id: ChannelId,
    capacity: usize,
    state: RefCell<State<T>>,
}

struct State<T> {
    buffer: VecDeque<T>,
    /// Blocked sends, tickets increasing from front to back.
    offers: VecDeque<Offer<T>>,
    /// Receivers that found nothing, in arrival order.
    waiters: VecDeque<Waiter>,
    /// Values handed to waiting receivers (rendezvous), not yet picked up; in the order the
    /// receivers are woken, so a receiver finds its value at the front.
    deliveries: VecDeque<(Party, T)>,
    next_ticket: u64,
    senders: usize,
    receivers: usize,
    closed: bool,
}

/// A blocked send: its value, its sender's waker, and the choice it belongs to, if any.
struct Offer<T> {
    ticket: u64,
    value: T,
    waker: Party,
    choice: Option<Pick>,
}

impl<T> Offer<T> {
    fn is_live(&self) -> bool {
        is_live(self.waker.as_ref(), self.choice.as_ref())
    }

    fn decide(&self) {
        decide(self.waker.as_ref(), self.choice.as_ref());
    }

    /// Whether the send belongs to the choice `mine`.
    fn is_in(&self, mine: Option<Mine<'_>>) -> bool {
        same_choice(self.waker.as_ref(), self.choice.as_ref(), mine)
    }
}

/// A registration's place in a [`Choice`]: the choice and the round it was made in. (A
/// task's registrations in its own `select!` carry none: the task's core says whether they
/// belong to one and whether it is decided.)
struct Pick {
    choice: Choice,
    round: u64,
}

/// The `select` that the polling party's operation belongs to: a [`Choice`] (the `_in`
/// methods), or, for a task in a `select!`, the task's own (kept in its core).
#[derive(Clone, Copy)]
enum Mine<'a> {
    Choice(&'a Choice),
    #[cfg(feature = "std")]
    Task(&'a crate::sched::TaskRef),
}

#[cfg(feature = "std")]
impl<'a> Mine<'a> {
    /// The `select!` of `party`, a task, if `in_select`.
    #[inline]
    fn of(party: PartyRef<'a>, in_select: bool) -> Option<Mine<'a>> {
        match party {
            PartyRef::Task(task) if in_select => Some(Mine::Task(task)),
            _ => None,
        }
    }
}

impl Mine<'_> {
    fn is_decided(self) -> bool {
        match self {
            Mine::Choice(choice) => choice.is_decided(),
            #[cfg(feature = "std")]
            Mine::Task(task) => task.core().select_is_decided(),
        }
    }

    fn decide(self) {
        match self {
            Mine::Choice(choice) => choice.decide(),
            #[cfg(feature = "std")]
            Mine::Task(task) => task.core().select_decide(),
        }
    }

    /// What a registration made now keeps of the choice.
    #[cfg_attr(
        not(feature = "std"),
        expect(clippy::unnecessary_wraps, reason = "with `std`, a task's keeps none")
    )]
    fn pick(self) -> Option<Pick> {
        match self {
            Mine::Choice(choice) => Some(Pick {
                choice: choice.clone(),
                round: choice.state.round.get(),
            }),
            #[cfg(feature = "std")]
            Mine::Task(_) => None,
        }
    }
}

/// Whether the registration of `party` with `pick` may still complete: a plain one, or one
/// of a choice still undecided in the round it was made in.
fn is_live(party: PartyRef<'_>, pick: Option<&Pick>) -> bool {
    match pick {
        Some(pick) => pick.choice.is_open_in(pick.round),
        None => party.registration_is_live(),
    }
}

/// Completes the choice of the registration of `party` with `pick`, if it has one.
fn decide(party: PartyRef<'_>, pick: Option<&Pick>) {
    match pick {
        Some(pick) => pick.choice.state.decided.set(true),
        None => party.decide_select(),
    }
}

/// Whether the registration of `party` with `pick` belongs to the choice `mine`.
#[cfg_attr(
    not(feature = "std"),
    expect(unused_variables, reason = "only a task's `select!` goes by its party")
)]
fn same_choice(party: PartyRef<'_>, pick: Option<&Pick>, mine: Option<Mine<'_>>) -> bool {
    match (pick, mine) {
        (Some(pick), Some(Mine::Choice(mine))) => Rc::ptr_eq(&pick.choice.state, &mine.state),
        #[cfg(feature = "std")]
        (None, Some(Mine::Task(task))) => party.addr() == task.addr(),
        _ => false,
    }
}

/// The index of the first element that satisfies `pred`, looking at the front (the usual
/// place) before setting up an iteration over the whole queue.
#[expect(
    clippy::inline_always,
    reason = "measured: left to the compiler it is called, 12 instructions more per hop"
)]
#[inline(always)]
fn find<X>(queue: &VecDeque<X>, mut pred: impl FnMut(&X) -> bool) -> Option<usize> {
    match queue.front() {
        None => None,
        Some(front) if pred(front) => Some(0),
        Some(_) => queue.iter().skip(1).position(pred).map(|i| i + 1),
    }
}

/// Appends `x` to a queue of waiting parties, offers or deliveries: the first makes room for
/// one only (a `VecDeque` would make room for four), as most channels have one at a time;
/// more grow the queue as usual.
#[expect(
    clippy::inline_always,
    reason = "measured: left to the compiler it is called, 50 instructions more per hop"
)]
#[inline(always)]
fn push<X>(queue: &mut VecDeque<X>, x: X) {
    if queue.len() == queue.capacity() {
        grow(queue);
    }
    queue.push_back(x);
}

/// Makes room for one more element in a full queue: room for one in an empty one.
#[cold]
#[inline(never)]
fn grow<X>(queue: &mut VecDeque<X>) {
    if queue.capacity() == 0 {
        queue.reserve_exact(1);
    } else {
        queue.reserve(1);
    }
}

/// Removes the element at `index`; at the front (the usual place) without shifting.
#[inline]
fn take_at<X>(queue: &mut VecDeque<X>, index: usize) -> Option<X> {
    if index == 0 {
        queue.pop_front()
    } else {
        queue.remove(index)
    }
}

/// Who waits in a channel: a task of a scheduler on this thread, counted without atomic
/// operations (what `recv!`, `send!` and `select!` register), or any waker (the `poll_`
/// methods).
pub(crate) enum Party {
    Waker(Waker),
    #[cfg(feature = "std")]
    Task(crate::sched::TaskRef),
}

/// A borrowed [`Party`]: the one polling.
#[derive(Clone, Copy)]
pub(crate) enum PartyRef<'a> {
    Waker(&'a Waker),
    #[cfg(feature = "std")]
    Task(&'a crate::sched::TaskRef),
}

impl Clone for Party {
    #[inline]
    fn clone(&self) -> Party {
        self.as_ref().to_owned()
    }
}

impl Party {
    #[inline]
    fn wake(self) {
        match self {
            Party::Waker(waker) => waker.wake(),
            #[cfg(feature = "std")]
            Party::Task(task) => task.wake(),
        }
    }

    #[inline]
    fn is(&self, other: PartyRef<'_>) -> bool {
        self.as_ref().same(other)
    }

    fn as_ref(&self) -> PartyRef<'_> {
        match self {
            Party::Waker(waker) => PartyRef::Waker(waker),
            #[cfg(feature = "std")]
            Party::Task(task) => PartyRef::Task(task),
        }
    }
}

impl PartyRef<'_> {
    /// Whether a registration of this party without a [`Pick`] may still complete: a
    /// waker's always; a task's unless it is in a decided `select!` (or ended).
    #[inline]
    fn registration_is_live(self) -> bool {
        match self {
            PartyRef::Waker(_) => true,
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.core().registration_is_live(),
        }
    }

    /// Decides the `select!` of a task that is in one.
    fn decide_select(self) {
        match self {
            PartyRef::Waker(_) => {}
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.core().select_decide(),
        }
    }

    #[expect(
        clippy::inline_always,
        reason = "measured: left to the compiler it is called, on every hop"
    )]
    #[inline(always)]
    fn to_owned(self) -> Party {
        match self {
            PartyRef::Waker(waker) => Party::Waker(waker.clone()),
            #[cfg(feature = "std")]
            PartyRef::Task(task) => Party::Task(task.clone()),
        }
    }

    /// A task's wakers carry the task's address: a task is the same party whether it
    /// registered itself or its waker.
    fn addr(self) -> *const () {
        match self {
            PartyRef::Waker(waker) => waker.data(),
            #[cfg(feature = "std")]
            PartyRef::Task(task) => task.addr(),
        }
    }

    /// Whether two parties are one. Wakers are compared by data pointer too:
    /// `Waker::will_wake` also compares vtable addresses, which differ between copies of the
    /// same vtable (a clone of a waker may carry another copy), and a receiver must find its
    /// registration.
    fn same(self, other: PartyRef<'_>) -> bool {
        match (self, other) {
            (PartyRef::Waker(a), PartyRef::Waker(b)) if a.will_wake(b) => true,
            _ => self.addr() == other.addr(),
        }
    }
}

/// Ties several channel operations together so that at most one of them completes: the arms
/// of a `select`.
///
/// Start a round with [`begin`](Choice::begin), poll the operations with the `_in` methods
/// ([`Receiver::poll_recv_in`], [`Sender::poll_send_in`]) passing the choice, and once one
/// completes, withdraw the others ([`Receiver::cancel_recv`], [`Sender::cancel_send`]). The
/// first operation that completes, by this task's poll or by another task taking a parked
/// send or handing a value to a waiting receive, decides the choice; from then on the other
/// operations of the round cannot complete, so a `select` never sends twice nor loses a value
/// that another task handed to it.
///
/// A choice is cheap to keep and reuse: one allocation when created, none per round.
///
/// # Examples
///
/// ```
/// use std::task::{Context, Poll, Waker};
/// use coro_core::channel::{channel, Choice, SendSlot};
///
/// let mut cx = Context::from_waker(Waker::noop());
/// let (a_tx, a_rx) = channel::<&str>(0);
/// let (b_tx, b_rx) = channel::<&str>(0);
/// let choice = Choice::new();
/// choice.begin();
/// // Offer on both rendezvous channels; nobody is receiving yet.
/// let mut a = SendSlot::new("to a");
/// let mut b = SendSlot::new("to b");
/// assert!(a_tx.poll_send_in(&mut a, &mut cx, &choice).is_pending());
/// assert!(b_tx.poll_send_in(&mut b, &mut cx, &choice).is_pending());
/// // A receiver takes the offer on `a`: that decides the choice...
/// assert_eq!(a_rx.try_recv(), Ok("to a"));
/// assert!(choice.is_decided());
/// // ...so the offer on `b` can no longer be taken, and is withdrawn.
/// assert!(b_rx.try_recv().is_err());
/// assert_eq!(a_tx.poll_send_in(&mut a, &mut cx, &choice), Poll::Ready(Ok(())));
/// assert!(b_tx.poll_send_in(&mut b, &mut cx, &choice).is_pending());
/// b_tx.cancel_send(&mut b);
/// assert_eq!(b.take(), Some("to b"));
/// ```
#[derive(Clone)]
pub struct Choice {
    state: Rc<ChoiceState>,
}

struct ChoiceState {
    round: Cell<u64>,
    decided: Cell<bool>,
}

impl Choice {
    /// A new choice, decided until the first [`begin`](Choice::begin).
    #[must_use]
    pub fn new() -> Choice {
        Choice {
            state: Rc::new(ChoiceState {
                round: Cell::new(0),
                decided: Cell::new(true),
            }),
        }
    }

    /// Starts a new round: undecided, and the registrations of earlier rounds are dead.
    pub fn begin(&self) {
        self.state.round.set(self.state.round.get() + 1);
        self.state.decided.set(false);
    }

    /// Whether an operation of this round has completed (or [`decide`](Choice::decide) was
    /// called).
    #[must_use]
    pub fn is_decided(&self) -> bool {
        self.state.decided.get()
    }

    /// Decides the round without any channel operation (a `select` took its timeout or
    /// default arm): the operations still registered can no longer complete.
    pub fn decide(&self) {
        self.state.decided.set(true);
    }

    fn is_open_in(&self, round: u64) -> bool {
        !self.state.decided.get() && self.state.round.get() == round
    }
}

impl Default for Choice {
    fn default() -> Self {
        Choice::new()
    }
}

impl fmt::Debug for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Choice")
            .field("round", &self.state.round.get())
            .field("decided", &self.state.decided.get())
            .finish()
    }
}

/// The waiters taken out of a channel: usually none or one, which need no queue.
enum Waiters {
    None,
    One(Party),
    Many(VecDeque<Waiter>),
}

impl<T> State<T> {
    /// Takes every waiter (the queue too, if there were several: [`Shared::wake`] gives it
    /// back once they are woken, so that waking them allocates nothing).
    fn take_waiters(&mut self) -> Waiters {
        match self.waiters.len() {
            0 => Waiters::None,
            1 => match self.waiters.pop_front() {
                Some(waiter) => Waiters::One(waiter.into_party()),
                None => Waiters::None,
            },
            _ => Waiters::Many(mem::take(&mut self.waiters)),
        }
    }

    /// The index of the oldest offer that may still complete, other than `mine`'s.
    fn live_offer(&self, mine: Option<Mine<'_>>) -> Option<usize> {
        find(&self.offers, |o| o.is_live() && !o.is_in(mine))
    }

    /// Receives the next value for a receiver in choice `mine` (which must be undecided):
    /// from the buffer (refilling it from the oldest live blocked send), or, with an empty
    /// buffer, straight from the oldest live blocked send unless the channel is closed.
    /// Returns the value and the waker of the send this completed.
    fn take_value(
        &mut self,
        capacity: usize,
        mine: Option<Mine<'_>>,
    ) -> (Option<T>, Option<Party>) {
        if let Some(value) = self.buffer.pop_front() {
            if let Some(mine) = mine {
                mine.decide();
            }
            let mut completed = None;
            if !self.closed
                && self.buffer.len() < capacity
                && let Some(index) = self.live_offer(None)
                && let Some(offer) = take_at(&mut self.offers, index)
            {
                offer.decide();
                self.buffer.push_back(offer.value);
                completed = Some(offer.waker);
            }
            return (Some(value), completed);
        }
        if !self.closed
            && let Some(index) = self.live_offer(mine)
            && let Some(offer) = take_at(&mut self.offers, index)
        {
            offer.decide();
            if let Some(mine) = mine {
                mine.decide();
            }
            return (Some(offer.value), Some(offer.waker));
        }
        (None, None)
    }

    /// On a rendezvous channel, hands `value` to the oldest live waiter (not of choice
    /// `mine`) and returns its waker; gives the value back if there is none.
    fn hand_to_waiter(&mut self, value: T, mine: Option<Mine<'_>>) -> Result<Party, T> {
        let Some(index) = find(&self.waiters, |w| w.is_live() && !w.is_in(mine)) else {
            return Err(value);
        };
        let Some(waiter) = take_at(&mut self.waiters, index) else {
            unreachable!("`position` returned the index of a waiter")
        };
        waiter.decide();
        Ok(self.deliver(waiter.into_party(), value))
    }

    /// Leaves `value` for the receiver `party` (taken out of the waiters), and returns the
    /// party to wake.
    #[expect(
        clippy::inline_always,
        reason = "measured: shared by the short and the general send, it is called otherwise, 25 instructions more per hop"
    )]
    #[inline(always)]
    fn deliver(&mut self, party: Party, value: T) -> Party {
        let wake = party.clone();
        self.deliveries.push_back((party, value));
        wake
    }

    fn offer_index(&self, ticket: u64) -> Option<usize> {
        self.offers
            .binary_search_by_key(&ticket, |offer| offer.ticket)
            .ok()
    }

    /// Whether a send in choice `mine` could complete now: buffer room (behind no live
    /// blocked send), or on a rendezvous channel a live waiting receiver.
    fn has_room(&self, capacity: usize, mine: Option<Mine<'_>>) -> bool {
        if capacity == 0 {
            self.waiters.iter().any(|w| w.is_live() && !w.is_in(mine))
        } else {
            self.buffer.len() < capacity && self.live_offer(None).is_none()
        }
    }
}

impl<T> Shared<T> {
    /// Wakes the waiters taken out of the state, once its borrow is released: none or one
    /// (the usual cases) here, several out of line.
    #[inline]
    fn wake(&self, waiters: Waiters) {
        match waiters {
            Waiters::None => {}
            Waiters::One(waker) => waker.wake(),
            Waiters::Many(waiters) => self.wake_many(waiters),
        }
    }

    #[inline(never)]
    fn wake_many(&self, mut waiters: VecDeque<Waiter>) {
        while let Some(waiter) = waiters.pop_front() {
            waiter.into_party().wake();
        }
        // The emptied queue goes back, with its capacity, unless new waiters came meanwhile
        // (a waker may run any code).
        let mut state = self.state.borrow_mut();
        if state.waiters.is_empty() && waiters.capacity() > state.waiters.capacity() {
            state.waiters = waiters;
        }
    }

    /// Sends `value` now if possible (for a sender in choice `mine`, undecided).
    fn send_now(&self, value: T, mine: Option<Mine<'_>>) -> Result<(), TrySendError<T>> {
        let mut state = self.state.borrow_mut();
        if state.closed {
            return Err(TrySendError::Closed(value));
        }
        if self.capacity == 0 {
            return match state.hand_to_waiter(value, mine) {
                Ok(waker) => {
                    if let Some(mine) = mine {
                        mine.decide();
                    }
                    drop(state);
                    waker.wake();
                    Ok(())
                }
                Err(value) => Err(TrySendError::Full(value)),
            };
        }
        if !state.has_room(self.capacity, mine) {
            return Err(TrySendError::Full(value));
        }
        if let Some(mine) = mine {
            mine.decide();
        }
        self.buffer(state, value);
        Ok(())
    }

    /// Buffers `value` (there is room) and wakes the waiting receivers.
    #[expect(
        clippy::inline_always,
        reason = "measured: shared by the short and the general send, it is called otherwise, 25 instructions more per hop"
    )]
    #[inline(always)]
    fn buffer(&self, mut state: RefMut<'_, State<T>>, value: T) {
        if state.buffer.capacity() == 0 {
            // The first buffered value makes room for the whole capacity (up to
            // `RESERVED` values), so that a small channel allocates its buffer once.
            state.buffer.reserve_exact(self.capacity.min(RESERVED));
        }
        state.buffer.push_back(value);
        // Measured: matching here, rather than through `take_waiters` and `wake`, saves 13
        // instructions per hop.
        match state.waiters.len() {
            0 => {}
            1 => {
                let waiter = state.waiters.pop_front();
                drop(state);
                if let Some(waiter) = waiter {
                    waiter.into_party().wake();
                }
            }
            _ => {
                let waiters = mem::take(&mut state.waiters);
                drop(state);
                self.wake_many(waiters);
            }
        }
    }

    /// The usual send inline; the others through [`poll_send_general`](Self::poll_send_general),
    /// out of line, so that a caller of the usual one keeps a small frame.
    #[inline]
    fn poll_send(
        &self,
        slot: &mut SendSlot<T>,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
    ) -> Poll<Result<(), SendError<T>>> {
        if mine.is_none()
            && matches!(slot.state, SlotState::Holding(_))
            && let Some(done) = self.send_plain(slot)
        {
            return done;
        }
        self.poll_send_general(slot, party, mine)
    }

    #[inline(never)]
    fn poll_send_general(
        &self,
        slot: &mut SendSlot<T>,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
    ) -> Poll<Result<(), SendError<T>>> {
        match slot.state {
            SlotState::Empty => panic!("`poll_send` called with an empty `SendSlot`"),
            SlotState::Offered { channel, ticket } => {
                assert!(
                    channel == self.id,
                    "`poll_send` called on {} with a `SendSlot` whose value is parked in {channel}",
                    self.id,
                );
                self.poll_offered(slot, ticket, party, mine)
            }
            SlotState::Holding(_) => {
                if mine.is_some_and(Mine::is_decided) {
                    return Poll::Pending;
                }
                let SlotState::Holding(value) = mem::replace(&mut slot.state, SlotState::Empty)
                else {
                    unreachable!("the slot was just matched as holding a value")
                };
                let value = match self.send_now(value, mine) {
                    Ok(()) => return Poll::Ready(Ok(())),
                    Err(TrySendError::Closed(value)) => {
                        if let Some(mine) = mine {
                            mine.decide();
                        }
                        return Poll::Ready(Err(SendError(value)));
                    }
                    Err(TrySendError::Full(value)) => value,
                };
                let mut state = self.state.borrow_mut();
                let ticket = state.next_ticket;
                state.next_ticket += 1;
                push(
                    &mut state.offers,
                    Offer {
                        ticket,
                        value,
                        waker: party.to_owned(),
                        choice: mine.and_then(Mine::pick),
                    },
                );
                slot.state = SlotState::Offered {
                    channel: self.id,
                    ticket,
                };
                // Receivers in a `select` may be waiting here: let them see the offer.
                let waiters = state.take_waiters();
                drop(state);
                self.wake(waiters);
                Poll::Pending
            }
        }
    }

    /// The usual send, outside a `select`, of a value still in its slot: [`send_now`]'s
    /// cases without a choice, deciding before the value leaves its slot (measured: 25 to
    /// 33 instructions less per hop than taking the value out and back); `None` when it
    /// takes the general path (nobody to hand it to, no room, blocked sends ahead, a closed
    /// channel).
    ///
    /// [`send_now`]: Shared::send_now
    #[inline]
    fn send_plain(&self, slot: &mut SendSlot<T>) -> Option<Poll<Result<(), SendError<T>>>> {
        let mut state = self.state.borrow_mut();
        if state.closed {
            return None;
        }
        if self.capacity == 0 {
            if state.waiters.front().is_none_or(|w| !w.is_plain()) {
                return None;
            }
            let value = slot.take()?;
            let waiter = state.waiters.pop_front()?;
            let wake = state.deliver(waiter.into_party(), value);
            drop(state);
            wake.wake();
        } else {
            if state.buffer.len() >= self.capacity || !state.offers.is_empty() {
                return None;
            }
            self.buffer(state, slot.take()?);
        }
        Some(Poll::Ready(Ok(())))
    }

    /// Polls a send whose value is parked as the offer `ticket`.
    fn poll_offered(
        &self,
        slot: &mut SendSlot<T>,
        ticket: u64,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
    ) -> Poll<Result<(), SendError<T>>> {
        let mut state = self.state.borrow_mut();
        let Some(index) = state.offer_index(ticket) else {
            // A receiver took the value (or moved it into the buffer).
            drop(state);
            slot.state = SlotState::Empty;
            return Poll::Ready(Ok(()));
        };
        if state.closed && !mine.is_some_and(Mine::is_decided) {
            let offer = take_at(&mut state.offers, index);
            drop(state);
            slot.state = SlotState::Empty;
            let Some(Offer { value, waker, .. }) = offer else {
                unreachable!("`offer_index` returned the index of an offer")
            };
            drop(waker);
            if let Some(mine) = mine {
                mine.decide();
            }
            return Poll::Ready(Err(SendError(value)));
        }
        let offer = &mut state.offers[index];
        // A poll in a new round of the choice renews the registration.
        if let (Some(Mine::Choice(mine)), Some(pick)) = (mine, offer.choice.as_mut()) {
            pick.round = mine.state.round.get();
        }
        let old = if offer.waker.is(party) {
            None
        } else {
            Some(mem::replace(&mut offer.waker, party.to_owned()))
        };
        drop(state);
        drop(old);
        Poll::Pending
    }

    fn cancel_send(&self, slot: &mut SendSlot<T>) {
        let SlotState::Offered { channel, ticket } = slot.state else {
            return;
        };
        assert!(
            channel == self.id,
            "`cancel_send` called on {} with a `SendSlot` whose value is parked in {channel}",
            self.id,
        );
        let mut state = self.state.borrow_mut();
        let offer = state
            .offer_index(ticket)
            .and_then(|index| take_at(&mut state.offers, index));
        drop(state);
        slot.state = match offer {
            Some(Offer { value, waker, .. }) => {
                drop(waker);
                SlotState::Holding(value)
            }
            // Already delivered: the send completed.
            None => SlotState::Empty,
        };
    }

    fn try_recv(&self) -> Result<T, TryRecvError> {
        let mut state = self.state.borrow_mut();
        let (value, sender) = state.take_value(self.capacity, None);
        let closed = state.closed;
        drop(state);
        if let Some(sender) = sender {
            sender.wake();
        }
        match value {
            Some(value) => Ok(value),
            None if closed => Err(TryRecvError::Closed),
            None => Err(TryRecvError::Empty),
        }
    }

    /// The usual receive inline; the others through
    /// [`poll_recv_general`](Self::poll_recv_general), out of line, so that a caller of the
    /// usual one keeps a small frame. `fresh`: the caller knows it has no registration here
    /// (its first poll of this receive), so the queues need no search.
    #[inline]
    fn poll_recv(
        &self,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
        fresh: bool,
    ) -> Poll<Option<T>> {
        if mine.is_none()
            && let Some(done) = self.recv_plain(party, fresh)
        {
            return done;
        }
        self.poll_recv_general(party, mine, fresh)
    }

    #[inline(never)]
    fn poll_recv_general(
        &self,
        party: PartyRef<'_>,
        mine: Option<Mine<'_>>,
        fresh: bool,
    ) -> Poll<Option<T>> {
        let mut state = self.state.borrow_mut();
        // A send handed this receiver its value.
        if !fresh && let Some(index) = find(&state.deliveries, |(w, _)| w.is(party)) {
            let delivery = take_at(&mut state.deliveries, index);
            drop(state);
            return Poll::Ready(delivery.map(|(_, value)| value));
        }
        let registration = if fresh {
            None
        } else {
            find(&state.waiters, |w| w.is(party))
        };
        if mine.is_some_and(Mine::is_decided) {
            return Poll::Pending;
        }
        let (value, sender) = state.take_value(self.capacity, mine);
        if let Some(value) = value {
            // This receiver is no longer waiting here.
            let registration = registration.and_then(|index| take_at(&mut state.waiters, index));
            drop(state);
            drop(registration);
            if let Some(sender) = sender {
                sender.wake();
            }
            return Poll::Ready(Some(value));
        }
        if state.closed {
            if let Some(mine) = mine {
                mine.decide();
            }
            let registration = registration.and_then(|index| take_at(&mut state.waiters, index));
            drop(state);
            drop(registration);
            return Poll::Ready(None);
        }
        match registration {
            Some(index) => state.waiters[index].renew(party, mine),
            None => push(
                &mut state.waiters,
                Waiter::new(party.to_owned(), mine.and_then(Mine::pick)),
            ),
        }
        Poll::Pending
    }

    /// The usual receive, outside a `select`: the value a send handed to `party`, or, with
    /// no blocked send to refill the buffer from and no registration of `party` to look
    /// for, a buffered value, the end, or a new registration; `None` when it takes the
    /// general path.
    #[inline]
    fn recv_plain(&self, party: PartyRef<'_>, fresh: bool) -> Option<Poll<Option<T>>> {
        let mut state = self.state.borrow_mut();
        if !fresh {
            if state.deliveries.front().is_some_and(|(w, _)| w.is(party)) {
                let (waker, value) = state.deliveries.pop_front()?;
                // Its drop may be user code, which may use this channel.
                drop(state);
                drop(waker);
                return Some(Poll::Ready(Some(value)));
            }
            if !state.deliveries.is_empty() || !state.waiters.is_empty() {
                return None;
            }
        }
        if !state.offers.is_empty() {
            return None;
        }
        if let Some(value) = state.buffer.pop_front() {
            return Some(Poll::Ready(Some(value)));
        }
        if state.closed {
            return Some(Poll::Ready(None));
        }
        push(&mut state.waiters, Waiter::new(party.to_owned(), None));
        Some(Poll::Pending)
    }

    fn cancel_recv(&self, party: PartyRef<'_>) {
        let mut state = self.state.borrow_mut();
        let registration = state
            .waiters
            .iter()
            .position(|w| w.is(party))
            .and_then(|index| take_at(&mut state.waiters, index));
        // A value handed to a withdrawn receive is not lost: it goes to the front of the
        // queue, for the next receiver.
        let delivery = state
            .deliveries
            .iter()
            .position(|(w, _)| w.is(party))
            .and_then(|index| take_at(&mut state.deliveries, index));
        let (delivered_waker, waiters) = match delivery {
            Some((w, value)) => {
                state.buffer.push_front(value);
                (Some(w), state.take_waiters())
            }
            None => (None, Waiters::None),
        };
        drop(state);
        drop(registration);
        drop(delivered_waker);
        self.wake(waiters);
    }

    fn close(&self) {
        let mut state = self.state.borrow_mut();
        if state.closed {
            return;
        }
        state.closed = true;
        let senders = sender_wakers(&state.offers);
        // Every receive completes from now on (a value, or the end): nobody waits here any
        // more, and the woken receivers need not search for their registration.
        let waiters = state.take_waiters();
        drop(state);
        wake_all(senders);
        self.wake(waiters);
    }

    fn drop_sender(&self) {
        let mut state = self.state.borrow_mut();
        state.senders -= 1;
        if state.senders > 0 {
            return;
        }
        let was_closed = mem::replace(&mut state.closed, true);
        let offers = mem::take(&mut state.offers);
        // No sender is left to poll the sends still parked here. If the channel was open,
        // the live ones were in flight: deliver their values. The others were refused or
        // withdrawn.
        let mut refused = Vec::new();
        let mut orphaned_wakers = Vec::new();
        for offer in offers {
            if !was_closed && offer.is_live() {
                offer.decide();
                state.buffer.push_back(offer.value);
                orphaned_wakers.push(offer.waker);
            } else {
                refused.push(offer);
            }
        }
        let waiters = state.take_waiters();
        drop(state);
        drop(refused);
        drop(orphaned_wakers);
        self.wake(waiters);
    }

    fn drop_receiver(&self) {
        let mut state = self.state.borrow_mut();
        state.receivers -= 1;
        if state.receivers > 0 {
            return;
        }
        let was_closed = mem::replace(&mut state.closed, true);
        // Nothing can receive these any more.
        let buffered = mem::take(&mut state.buffer);
        // Blocked sends get their value back when polled: wake them (already done if the
        // channel was closed before).
        let senders = if was_closed {
            Vec::new()
        } else {
            sender_wakers(&state.offers)
        };
        let abandoned = mem::take(&mut state.waiters);
        let undelivered = mem::take(&mut state.deliveries);
        drop(state);
        drop(buffered);
        drop(abandoned);
        drop(undelivered);
        wake_all(senders);
    }

    fn debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct(name);
        out.field("id", &self.id);
        match self.state.try_borrow() {
            Ok(state) => out
                .field("len", &state.buffer.len())
                .field("capacity", &self.capacity)
                .field("closed", &state.closed)
                .finish(),
            Err(_) => out
                .field("capacity", &self.capacity)
                .finish_non_exhaustive(),
        }
    }
}

fn sender_wakers<T>(offers: &VecDeque<Offer<T>>) -> Vec<Party> {
    offers.iter().map(|offer| offer.waker.clone()).collect()
}

fn wake_all(wakers: Vec<Party>) {
    for waker in wakers {
        waker.wake();
    }
}

impl<T> Sender<T> {
    /// Sends `value` if it can be done now, without waiting.
    ///
    /// On a buffered channel that means there is room in the buffer (and no blocked send
    /// ahead of this one). On a rendezvous channel (`capacity == 0`) it means a receiver is
    /// waiting (it called [`Receiver::poll_recv`] and got `Pending`): the value is handed to
    /// it. A waiting receiver is woken.
    ///
    /// # Errors
    ///
    /// Gives the value back in [`TrySendError::Full`] if it cannot be sent now, and in
    /// [`TrySendError::Closed`] if the channel is closed or every receiver is gone.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::TrySendError};
    ///
    /// let (tx, rx) = channel(1);
    /// assert_eq!(tx.try_send(1), Ok(()));
    /// assert_eq!(tx.try_send(2), Err(TrySendError::Full(2)));
    /// drop(rx);
    /// assert_eq!(tx.try_send(3), Err(TrySendError::Closed(3)));
    ///
    /// // A rendezvous channel with nobody waiting to receive:
    /// let (tx, _rx) = channel(0);
    /// assert_eq!(tx.try_send(4), Err(TrySendError::Full(4)));
    /// ```
    pub fn try_send(&self, value: T) -> Result<(), TrySendError<T>> {
        self.shared.send_now(value, None)
    }

    /// Sends the value held in `slot`, across as many polls as it takes.
    ///
    /// Returns `Ready(Ok(()))` once the value was delivered: buffered, or on a rendezvous
    /// channel taken by a receiver (as in Go, a rendezvous send completes only when a
    /// receiver takes the value). Returns `Ready(Err(SendError(value)))`, giving the value
    /// back, if the channel is (or becomes, while the send waits) closed or every receiver is
    /// gone. Otherwise returns `Pending`, with the value parked in the channel, and
    /// `cx.waker()` is woken when the send completes or fails. Senders blocked on one channel
    /// complete in the order they started.
    ///
    /// Poll again with the same slot until `Ready`, or withdraw the send with
    /// [`cancel_send`](Self::cancel_send). The slot is empty after `Ready`.
    ///
    /// # Panics
    ///
    /// If `slot` is empty, or its value is parked in another channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, SendSlot};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel(0);
    /// let mut slot = SendSlot::new("ping");
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending); // no receiver yet
    /// assert_eq!(rx.try_recv(), Ok("ping"));                        // takes the value
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Ready(Ok(())));
    /// assert!(slot.is_empty());
    /// ```
    pub fn poll_send(
        &self,
        slot: &mut SendSlot<T>,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared
            .poll_send(slot, PartyRef::Waker(cx.waker()), None)
    }

    /// Withdraws a send that [`poll_send`](Self::poll_send) left pending (when a `select`
    /// takes another arm, say): the value goes back into `slot`, and nothing of it remains
    /// in the channel.
    ///
    /// If a receiver had already taken the value, the send completed and `slot` stays empty;
    /// check [`SendSlot::is_empty`]. A slot that holds its value, or is empty, is left as it
    /// is.
    ///
    /// # Panics
    ///
    /// If the value of `slot` is parked in another channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, SendSlot};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel(0);
    /// let mut slot = SendSlot::new(1);
    /// assert_eq!(tx.poll_send(&mut slot, &mut cx), Poll::Pending);
    /// tx.cancel_send(&mut slot);
    /// assert_eq!(slot.take(), Some(1));
    /// assert!(rx.try_recv().is_err()); // nothing left to receive
    /// ```
    pub fn cancel_send(&self, slot: &mut SendSlot<T>) {
        self.shared.cancel_send(slot);
    }

    /// A send by `party`; `in_select`: the party is a task and the send an arm of its
    /// `select!`.
    #[cfg(feature = "std")]
    pub(crate) fn poll_send_as(
        &self,
        slot: &mut SendSlot<T>,
        party: PartyRef<'_>,
        in_select: bool,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared
            .poll_send(slot, party, Mine::of(party, in_select))
    }

    /// [`poll_send`](Self::poll_send) as one of the operations of `choice` (an arm of a
    /// `select`): completes only if no other operation of the choice's current round did,
    /// and completing decides the round. Returns `Pending` without doing anything once the
    /// round is decided by another operation.
    ///
    /// # Panics
    ///
    /// As [`poll_send`](Self::poll_send).
    pub fn poll_send_in(
        &self,
        slot: &mut SendSlot<T>,
        cx: &mut Context<'_>,
        choice: &Choice,
    ) -> Poll<Result<(), SendError<T>>> {
        self.shared.poll_send(
            slot,
            PartyRef::Waker(cx.waker()),
            Some(Mine::Choice(choice)),
        )
    }

    /// Closes the channel: sends fail from now on (giving their value back, including those
    /// waiting in [`poll_send`](Self::poll_send)), and receives drain the buffered values,
    /// then report the end. Waiting senders and receivers are woken. Closing twice does
    /// nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::{TryRecvError, TrySendError}};
    ///
    /// let (tx, rx) = channel(2);
    /// tx.try_send(1).unwrap();
    /// tx.close();
    /// assert_eq!(tx.try_send(2), Err(TrySendError::Closed(2)));
    /// assert_eq!(rx.try_recv(), Ok(1));
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    /// ```
    pub fn close(&self) {
        self.shared.close();
    }

    /// Returns `true` if the channel is closed: by [`close`](Self::close) on either end, by
    /// dropping every sender, or by dropping every receiver.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel::<u8>(1);
    /// assert!(!tx.is_closed());
    /// drop(rx);
    /// assert!(tx.is_closed());
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.shared.state.borrow().closed
    }

    /// Returns the number of values buffered in the channel. Values of blocked sends are not
    /// counted.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, _rx) = channel(3);
    /// tx.try_send(()).unwrap();
    /// assert_eq!(tx.len(), 1);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.shared.state.borrow().buffer.len()
    }

    /// Returns `true` if no value is buffered in the channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, _rx) = channel::<()>(3);
    /// assert!(tx.is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.shared.state.borrow().buffer.is_empty()
    }

    /// Returns the capacity the channel was created with (`0` for a rendezvous channel).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, _rx) = channel::<()>(3);
    /// assert_eq!(tx.capacity(), 3);
    /// ```
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.shared.capacity
    }

    /// Returns the id of the channel, the same for all its handles.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel::<()>(0);
    /// assert_eq!(tx.clone().id(), rx.id());
    /// ```
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.shared.id
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.shared.state.borrow_mut().senders += 1;
        Self {
            shared: Rc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        self.shared.drop_sender();
    }
}

impl<T> fmt::Debug for Sender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shared.debug("Sender", f)
    }
}

impl<T> Receiver<T> {
    /// Receives the next value if there is one now, without waiting.
    ///
    /// Values come in the order they were sent. On a rendezvous channel, this takes the value
    /// of the oldest blocked sender (completing its send and waking it). Taking a value from
    /// a full buffer lets the oldest blocked sender's value in, completing its send.
    ///
    /// # Errors
    ///
    /// [`TryRecvError::Empty`] if no value is there now, and [`TryRecvError::Closed`] if the
    /// channel is closed (or every sender is gone) and every buffered value was received.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::TryRecvError};
    ///
    /// let (tx, rx) = channel(1);
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    /// tx.try_send(9).unwrap();
    /// drop(tx);
    /// assert_eq!(rx.try_recv(), Ok(9));
    /// assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    /// ```
    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        self.shared.try_recv()
    }

    /// Receives the next value, across as many polls as it takes.
    ///
    /// Returns `Ready(Some(value))` with the next value (in the order sent),
    /// `Ready(None)` once the channel is closed (or every sender is gone) and drained, and
    /// otherwise `Pending`, after registering `cx.waker()` to be woken when a value arrives
    /// or the channel closes. The wake-up may be spurious (another receiver took the value):
    /// poll again.
    ///
    /// A receive stays registered until it completes or is withdrawn
    /// ([`cancel_recv`](Self::cancel_recv)), also when its task goes on to do something else.
    /// On a buffered channel that costs the task a spurious wake-up later; on a rendezvous
    /// channel a send may hand its value to the registration, and the value then waits for
    /// the next `poll_recv` with the same waker (or goes back to the front of the queue when
    /// the receive is withdrawn). So withdraw a receive you abandon.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::channel;
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel(0);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Pending);
    /// tx.try_send(7).unwrap(); // a receiver is waiting: handed over
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(Some(7)));
    /// drop(tx);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Ready(None));
    /// ```
    pub fn poll_recv(&self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        self.shared
            .poll_recv(PartyRef::Waker(cx.waker()), None, false)
    }

    /// A receive by `party`; `in_select`: the party is a task and the receive an arm of its
    /// `select!`; `fresh` on the first poll of a receive (no registration to look for).
    #[cfg(feature = "std")]
    pub(crate) fn poll_recv_as(
        &self,
        party: PartyRef<'_>,
        in_select: bool,
        fresh: bool,
    ) -> Poll<Option<T>> {
        self.shared
            .poll_recv(party, Mine::of(party, in_select), fresh)
    }

    /// [`poll_recv`](Self::poll_recv) as one of the operations of `choice` (an arm of a
    /// `select`): completes only if no other operation of the choice's current round did,
    /// and completing decides the round. Returns `Pending` without doing anything once the
    /// round is decided by another operation.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, Choice};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel::<u8>(1);
    /// let choice = Choice::new();
    /// choice.begin();
    /// assert_eq!(rx.poll_recv_in(&mut cx, &choice), Poll::Pending);
    /// choice.decide(); // say a timeout won
    /// rx.cancel_recv(cx.waker());
    /// tx.try_send(1).unwrap();
    /// assert_eq!(rx.poll_recv_in(&mut cx, &choice), Poll::Pending, "decided");
    /// assert_eq!(rx.try_recv(), Ok(1));
    /// ```
    pub fn poll_recv_in(&self, cx: &mut Context<'_>, choice: &Choice) -> Poll<Option<T>> {
        self.shared.poll_recv(
            PartyRef::Waker(cx.waker()),
            Some(Mine::Choice(choice)),
            false,
        )
    }

    /// Withdraws the receive that [`poll_recv`](Self::poll_recv) or
    /// [`poll_recv_in`](Self::poll_recv_in) registered with `waker` (when a `select` takes
    /// another arm): senders stop counting on it. Does nothing if there is none.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::task::{Context, Poll, Waker};
    /// use coro_core::channel::{channel, error::TrySendError};
    ///
    /// let mut cx = Context::from_waker(Waker::noop());
    /// let (tx, rx) = channel::<u8>(0);
    /// assert_eq!(rx.poll_recv(&mut cx), Poll::Pending); // waiting: a rendezvous can happen
    /// rx.cancel_recv(cx.waker());                       // not any more
    /// assert_eq!(tx.try_send(1), Err(TrySendError::Full(1)));
    /// ```
    pub fn cancel_recv(&self, waker: &Waker) {
        self.shared.cancel_recv(PartyRef::Waker(waker));
    }

    /// Closes the channel, as [`Sender::close`] does: sends fail from now on (giving their
    /// value back), and receives drain the buffered values, then report the end.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::{channel, error::TrySendError};
    ///
    /// let (tx, rx) = channel(1);
    /// rx.close();
    /// assert_eq!(tx.try_send(1), Err(TrySendError::Closed(1)));
    /// assert_eq!(rx.try_recv().is_err(), true);
    /// ```
    pub fn close(&self) {
        self.shared.close();
    }

    /// Returns `true` if the channel is closed: by [`close`](Self::close) on either end, by
    /// dropping every sender, or by dropping every receiver. Buffered values may still be
    /// waiting to be received.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel(1);
    /// tx.try_send(1).unwrap();
    /// drop(tx);
    /// assert!(rx.is_closed());
    /// assert_eq!(rx.try_recv(), Ok(1));
    /// ```
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.shared.state.borrow().closed
    }

    /// Returns the number of values buffered in the channel. Values of blocked sends are not
    /// counted.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel(3);
    /// tx.try_send(()).unwrap();
    /// tx.try_send(()).unwrap();
    /// assert_eq!(rx.len(), 2);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.shared.state.borrow().buffer.len()
    }

    /// Returns `true` if no value is buffered in the channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel(3);
    /// assert!(rx.is_empty());
    /// tx.try_send(()).unwrap();
    /// assert!(!rx.is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.shared.state.borrow().buffer.is_empty()
    }

    /// Returns the capacity the channel was created with (`0` for a rendezvous channel).
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (_tx, rx) = channel::<()>(0);
    /// assert_eq!(rx.capacity(), 0);
    /// ```
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.shared.capacity
    }

    /// Returns the id of the channel, the same for all its handles.
    ///
    /// # Examples
    ///
    /// ```
    /// use coro_core::channel::channel;
    ///
    /// let (tx, rx) = channel::<()>(0);
    /// assert_eq!(rx.clone().id(), tx.id());
    /// ```
    #[must_use]
    pub fn id(&self) -> ChannelId {
        self.shared.id
    }
}

impl<T> Clone for Receiver<T> {
    fn clone(&self) -> Self {
        self.shared.state.borrow_mut().receivers += 1;
        Self {
            shared: Rc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.shared.drop_receiver();
    }
}

impl<T> fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shared.debug("Receiver", f)
    }
}
