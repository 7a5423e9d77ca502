//! The reactor: a scheduler's own `mio::Poll`, created the first time one of its tasks
//! touches a socket, so that a scheduler without sockets pays nothing for it.
//!
//! Every socket is registered once, edge-triggered, for reading and writing, under a token
//! naming its *slot*: what the reactor knows of it — whether it may be readable and
//! writable, and the parties waiting to read and to write (usually one each). An operation
//! tries its system call first (unless the slot knows the socket is not ready) and waits
//! only on `WouldBlock`; the run loop polls for events when no task is ready (until the
//! next timer) and, while tasks are ready, every so many of them, waking the parties of the
//! slots that became ready.
//!
//! Before it blocks, a poll may first *spin*: look for events without blocking, again and
//! again (yielding the CPU to other threads in between), for a short window. Waking a
//! thread blocked in `epoll_wait` costs both sides a lot more than a look (on a virtual
//! machine, an idle CPU halts and another must interrupt it), so a busy server whose next
//! event comes within microseconds is better served looking for it. The window adapts, as
//! a hypervisor's halt polling does: it grows (up to [`SPIN_MAX`]) each time a block ended
//! soon after it began, and drops to nothing as soon as one lasted longer than that, so an
//! idle server spins once at most before it blocks for good.
//!
//! A slot lives as long as its socket's registration ([`Registration`], owned by the
//! socket): dropping the socket deregisters it and frees the slot, dropping whoever still
//! waited there. A slot's generation changes when it is freed, so that an event already
//! gathered for the old socket finds nothing.

// A token holds a slot's index and generation in a `usize`.
#[cfg(not(target_pointer_width = "64"))]
compile_error!("coro's `net` feature needs a 64-bit target");

use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::fmt;
use core::task::Waker;
use core::time::Duration;
use std::io;
use std::os::fd::RawFd;

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token};

use super::local::Local;
use super::task::TaskRef;
use crate::net::{IoOp, IoWait};

/// The token of the scheduler's `mio::Waker` (never a slot's: a slot's index is 32 bits).
pub(crate) const WAKER: Token = Token(usize::MAX);

/// How many events one poll gathers at most.
const EVENTS: usize = 256;

/// The longest a poll spins before it blocks.
const SPIN_MAX: Duration = Duration::from_micros(50);

/// The first window of spinning, after a block that ended soon after it began.
const SPIN_MIN: Duration = Duration::from_micros(5);

/// The next spinning window, after a poll that spun for `window` without finding events
/// and then blocked for `blocked`: a longer one if the event came so soon that spinning a
/// little longer would have found it, none if it took longer than [`SPIN_MAX`].
fn next_spin(window: Duration, blocked: Duration) -> Duration {
    if blocked < SPIN_MAX {
        (window * 2).clamp(SPIN_MIN, SPIN_MAX)
    } else {
        Duration::ZERO
    }
}

/// Which way an operation goes: each has its own readiness and waiting party.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Read,
    Write,
}

/// Who waits on a socket: a task of this scheduler (counted without atomics), or a waker
/// (the sockets' `poll_` methods).
pub(crate) enum Party {
    Task(TaskRef),
    Waker(Waker),
}

impl Party {
    fn wake(self) {
        match self {
            Party::Task(task) => task.wake(),
            Party::Waker(waker) => waker.wake(),
        }
    }

    /// Whether this is `other`'s registration (the same task, or wakers that wake the same).
    fn is(&self, other: &Party) -> bool {
        match (self, other) {
            (Party::Task(a), Party::Task(b)) => a.as_ptr() == b.as_ptr(),
            (Party::Waker(a), Party::Waker(b)) => a.will_wake(b),
            _ => false,
        }
    }
}

/// One way of a socket: whether it may be ready, and who waits for it.
#[derive(Default)]
struct Way {
    /// `false` once an operation saw `WouldBlock` (or a short read), until an event says
    /// the socket is ready again: operations then wait without trying the system call.
    ready: bool,
    /// Set once an event said this way is closed (the peer's end of the stream, a hang-up,
    /// an error): no edge follows, so the socket stays "ready" — its system calls answer at
    /// once, with the end or the error.
    closed: bool,
    /// The first party waiting (the usual case: one task reads a socket, one writes it).
    waiter: Option<Party>,
    /// The others, when several tasks wait on one socket the same way: all are woken
    /// together, and each tries again.
    more: Vec<Party>,
    /// The operation the first waiter is in, for reports.
    op: Option<IoOp>,
}

impl Way {
    /// Takes every waiting party.
    fn take_waiters(&mut self, into: &mut Vec<Party>) {
        into.extend(self.waiter.take());
        into.append(&mut self.more);
        self.op = None;
    }

    fn waiter_count(&self) -> usize {
        usize::from(self.waiter.is_some()) + self.more.len()
    }
}

/// What the reactor knows of one registered socket.
struct Slot {
    generation: u32,
    /// Whether a socket holds the slot.
    used: bool,
    read: Way,
    write: Way,
    /// The address reports name: the peer of a stream, the local address of the others.
    addr: Option<std::net::SocketAddr>,
}

impl Slot {
    fn way(&mut self, direction: Direction) -> &mut Way {
        match direction {
            Direction::Read => &mut self.read,
            Direction::Write => &mut self.write,
        }
    }
}

/// A scheduler's reactor (on its thread only: it is neither `Send` nor `Sync`).
pub(crate) struct Reactor {
    poll: RefCell<Poll>,
    events: RefCell<Events>,
    slots: RefCell<Vec<Slot>>,
    /// The indices of the free slots.
    free: RefCell<Vec<u32>>,
    /// How many parties wait on sockets: while any does, the run loop polls for events
    /// rather than declaring a deadlock.
    waiting: Cell<usize>,
    /// The parties an event woke, gathered before any is woken (a waker may run code).
    woken: RefCell<Vec<Party>>,
    /// How long the next blocking poll spins first ([`next_spin`]).
    spin: Cell<Duration>,
}

impl fmt::Debug for Reactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let slots = self.slots.borrow();
        f.debug_struct("Reactor")
            .field("sockets", &slots.iter().filter(|slot| slot.used).count())
            .field("waiting", &self.waiting.get())
            .finish_non_exhaustive()
    }
}

impl Reactor {
    /// A reactor, and the waker that interrupts its blocking poll from other threads.
    pub(crate) fn new() -> io::Result<(Reactor, mio::Waker)> {
        let poll = Poll::new()?;
        let waker = mio::Waker::new(poll.registry(), WAKER)?;
        let reactor = Reactor {
            poll: RefCell::new(poll),
            events: RefCell::new(Events::with_capacity(EVENTS)),
            slots: RefCell::new(Vec::new()),
            free: RefCell::new(Vec::new()),
            waiting: Cell::new(0),
            woken: RefCell::new(Vec::new()),
            spin: Cell::new(Duration::ZERO),
        };
        Ok((reactor, waker))
    }

    /// How many parties wait on sockets.
    pub(crate) fn waiting(&self) -> usize {
        self.waiting.get()
    }

    /// Registers the socket `fd` (edge-triggered, both ways); `addr` is what reports name.
    pub(crate) fn register(
        self: &Rc<Self>,
        fd: RawFd,
        addr: Option<std::net::SocketAddr>,
    ) -> io::Result<Registration> {
        let free = self.free.borrow_mut().pop();
        let index = if let Some(index) = free {
            index
        } else {
            {
                let mut slots = self.slots.borrow_mut();
                let index = u32::try_from(slots.len())
                    .map_err(|_| io::Error::other("more than 2^32 sockets on one scheduler"))?;
                slots.push(Slot {
                    generation: 0,
                    used: false,
                    read: Way::default(),
                    write: Way::default(),
                    addr: None,
                });
                index
            }
        };
        let generation = {
            let mut slots = self.slots.borrow_mut();
            let slot = &mut slots[index as usize];
            slot.used = true;
            slot.read = Way {
                ready: true,
                ..Way::default()
            };
            slot.write = Way {
                ready: true,
                ..Way::default()
            };
            slot.addr = addr;
            slot.generation
        };
        let token = token(index, generation);
        let registered = self.poll.borrow().registry().register(
            &mut SourceFd(&fd),
            token,
            Interest::READABLE | Interest::WRITABLE,
        );
        if let Err(error) = registered {
            self.release(index);
            return Err(error);
        }
        Ok(Registration {
            reactor: Rc::clone(self),
            index,
            generation,
            fd,
        })
    }

    /// Frees slot `index`: its generation moves on, and its waiting parties are woken (a
    /// task waiting on a socket that another task dropped tries again, and finds the
    /// socket gone).
    fn release(&self, index: u32) {
        let (read, write) = {
            let mut slots = self.slots.borrow_mut();
            let slot = &mut slots[index as usize];
            slot.used = false;
            slot.generation = slot.generation.wrapping_add(1) & GENERATION_MASK;
            slot.addr = None;
            (
                core::mem::take(&mut slot.read),
                core::mem::take(&mut slot.write),
            )
        };
        let gone = read.waiter_count() + write.waiter_count();
        self.waiting.set(self.waiting.get() - gone);
        self.free.borrow_mut().push(index);
        // Woken outside the borrows: a waker may run code.
        if gone > 0 {
            let mut parties = Vec::with_capacity(gone);
            for mut way in [read, write] {
                way.take_waiters(&mut parties);
            }
            for party in parties {
                party.wake();
            }
        }
    }

    /// Polls for events, waiting at most `timeout` (`None`: until one comes; spinning
    /// first, as the module's docs say, when it may wait), and wakes the parties of the
    /// slots that became ready; returns how many it woke. An interrupted poll counts as one
    /// without events.
    pub(crate) fn poll(&self, timeout: Option<Duration>) -> io::Result<usize> {
        if timeout == Some(Duration::ZERO) {
            return self.poll_once(timeout).map(|(woken, _)| woken);
        }
        let window = self.spin.get().min(timeout.unwrap_or(Duration::MAX));
        let mut timeout = timeout;
        if !window.is_zero() {
            let start = std::time::Instant::now();
            loop {
                let (woken, events) = self.poll_once(Some(Duration::ZERO))?;
                if events > 0 {
                    return Ok(woken);
                }
                let spun = start.elapsed();
                if spun >= window {
                    timeout = timeout.map(|timeout| timeout.saturating_sub(spun));
                    break;
                }
                // Another thread of this CPU (a client on the same machine) may be the one
                // about to make the event.
                std::thread::yield_now();
            }
        }
        let start = std::time::Instant::now();
        let (woken, _) = self.poll_once(timeout)?;
        self.spin.set(next_spin(window, start.elapsed()));
        Ok(woken)
    }

    /// One poll: wakes the parties of the slots that became ready; returns how many it
    /// woke, and how many events it gathered (the waker's included).
    fn poll_once(&self, timeout: Option<Duration>) -> io::Result<(usize, usize)> {
        let gathered;
        {
            let mut events = self.events.borrow_mut();
            match self.poll.borrow_mut().poll(&mut events, timeout) {
                Ok(()) => {}
                Err(error) if error.kind() == io::ErrorKind::Interrupted => return Ok((0, 0)),
                Err(error) => return Err(error),
            }
            gathered = events.iter().count();
            let mut slots = self.slots.borrow_mut();
            let mut woken = self.woken.borrow_mut();
            for event in events.iter() {
                if event.token() == WAKER {
                    continue;
                }
                let (index, generation) = untoken(event.token());
                let Some(slot) = slots.get_mut(index as usize) else {
                    continue;
                };
                if !slot.used || slot.generation != generation {
                    continue;
                }
                // An error or a hang-up makes both ways "ready": the next system call
                // reports it.
                let failed = event.is_error();
                let read_closed = event.is_read_closed() || failed;
                let write_closed = event.is_write_closed() || failed;
                if event.is_readable() || read_closed {
                    slot.read.ready = true;
                    slot.read.closed |= read_closed;
                    slot.read.take_waiters(&mut woken);
                }
                if event.is_writable() || write_closed {
                    slot.write.ready = true;
                    slot.write.closed |= write_closed;
                    slot.write.take_waiters(&mut woken);
                }
            }
        }
        let mut woken = core::mem::take(&mut *self.woken.borrow_mut());
        let count = woken.len();
        self.waiting.set(self.waiting.get() - count);
        for party in woken.drain(..) {
            party.wake();
        }
        // Keep the buffer, unless a wake-up filled the other one meanwhile.
        let mut spare = self.woken.borrow_mut();
        if spare.capacity() < woken.capacity() {
            *spare = woken;
        }
        Ok((count, gathered))
    }
}

/// A slot's token: its index, and its generation above.
fn token(index: u32, generation: u32) -> Token {
    Token(usize::try_from((u64::from(generation) << 32) | u64::from(index)).unwrap_or(0))
}

fn untoken(token: Token) -> (u32, u32) {
    let raw = token.0 as u64;
    #[expect(
        clippy::cast_possible_truncation,
        reason = "the two halves of the token"
    )]
    (raw as u32, (raw >> 32) as u32)
}

/// A socket's registration with the reactor of its scheduler; dropping it deregisters the
/// socket (it must be dropped before the socket closes) and frees its slot.
pub(crate) struct Registration {
    reactor: Rc<Reactor>,
    index: u32,
    generation: u32,
    fd: RawFd,
}

impl fmt::Debug for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registration")
            .field("slot", &self.index)
            .finish_non_exhaustive()
    }
}

impl Registration {
    /// Whether this registration is with the reactor of `local`'s scheduler (which does
    /// not make one if it has none: then it is not).
    #[inline]
    pub(crate) fn is_of(&self, local: &Local) -> bool {
        local
            .reactor
            .get()
            .is_some_and(|reactor| Rc::ptr_eq(&self.reactor, reactor))
    }

    /// Whether the socket may be ready `direction`: `false` only when an operation saw
    /// `WouldBlock` since the last event.
    #[inline]
    pub(crate) fn may_be_ready(&self, direction: Direction) -> bool {
        let mut slots = self.reactor.slots.borrow_mut();
        let way = slots[self.index as usize].way(direction);
        way.ready || way.closed
    }

    /// The socket is not ready `direction` until the next event.
    #[inline]
    pub(crate) fn clear_ready(&self, direction: Direction) {
        self.reactor.slots.borrow_mut()[self.index as usize]
            .way(direction)
            .ready = false;
    }

    /// `party` waits for the socket to become ready `direction`, in operation `op` (once,
    /// however often it asks).
    pub(crate) fn wait(&self, direction: Direction, op: IoOp, party: Party) {
        {
            let mut slots = self.reactor.slots.borrow_mut();
            let way = slots[self.index as usize].way(direction);
            match &way.waiter {
                None => {
                    way.op = Some(op);
                    way.waiter = Some(party);
                }
                Some(waiter) if waiter.is(&party) => {
                    way.op = Some(op);
                    return;
                }
                Some(_) if way.more.iter().any(|other| other.is(&party)) => return,
                Some(_) => way.more.push(party),
            }
        }
        self.reactor.waiting.set(self.reactor.waiting.get() + 1);
    }

    /// Withdraws `party`'s wait `direction`, if it waits there.
    pub(crate) fn withdraw(&self, direction: Direction, party: &Party) {
        let withdrawn = {
            let mut slots = self.reactor.slots.borrow_mut();
            let way = slots[self.index as usize].way(direction);
            match &way.waiter {
                Some(waiter) if waiter.is(party) => {
                    let withdrawn = way.waiter.take();
                    if way.more.is_empty() {
                        way.op = None;
                    } else {
                        way.waiter = Some(way.more.swap_remove(0));
                    }
                    withdrawn
                }
                _ => way
                    .more
                    .iter()
                    .position(|other| other.is(party))
                    .map(|at| way.more.swap_remove(at)),
            }
        };
        if withdrawn.is_some() {
            self.reactor.waiting.set(self.reactor.waiting.get() - 1);
        }
        drop(withdrawn);
    }

    /// The token by which [`Reactor::describe`] tells what a task waiting here
    /// `direction` waits on.
    pub(crate) fn wait_token(&self, direction: Direction) -> u64 {
        u64::from(self.index) | (u64::from(self.generation) << 32) | direction_bit(direction)
    }
}

/// The bit of a wait's token that says which way it waits (above the generation's 31).
const WRITE_BIT: u64 = 1 << 63;

/// A slot's generation: 31 bits, so that a wait's token has room for [`WRITE_BIT`].
const GENERATION_MASK: u32 = 0x7FFF_FFFF;

fn direction_bit(direction: Direction) -> u64 {
    match direction {
        Direction::Read => 0,
        Direction::Write => WRITE_BIT,
    }
}

impl Reactor {
    /// What the task that recorded `token` (a [`Registration::describe`]) waits on, if its
    /// socket is still registered and someone waits there.
    pub(crate) fn describe(&self, token: u64) -> Option<IoWait> {
        let index = (token & 0xFFFF_FFFF) as usize;
        let generation = ((token & !WRITE_BIT) >> 32) as u32;
        let slots = self.slots.borrow();
        let slot = slots.get(index)?;
        if !slot.used || slot.generation != generation {
            return None;
        }
        let way = if token & WRITE_BIT == 0 {
            &slot.read
        } else {
            &slot.write
        };
        Some(IoWait::new(way.op?, slot.addr, token))
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        // Closing the socket would remove it from the poll's interest list too, unless the
        // descriptor was duplicated: deregister it explicitly. An error (the descriptor is
        // not registered any more) leaves nothing to undo.
        let _ = self
            .reactor
            .poll
            .borrow()
            .registry()
            .deregister(&mut SourceFd(&self.fd));
        self.reactor.release(self.index);
    }
}

#[cfg(test)]
mod tests {
    use crate::channel::channel;
    use crate::net::UnixStream;
    use crate::sched::Scheduler;

    #[test]
    fn the_spinning_window_grows_after_short_blocks_and_drops_after_a_long_one() {
        use super::{SPIN_MAX, SPIN_MIN, Vec, next_spin};
        use core::time::Duration;
        let short = Duration::from_micros(10);
        let mut window = Duration::ZERO;
        let mut windows = Vec::new();
        for _ in 0..6 {
            window = next_spin(window, short);
            windows.push(window.as_micros());
        }
        assert_eq!(windows, [5, 10, 20, 40, 50, 50]);
        assert_eq!(next_spin(SPIN_MAX, SPIN_MAX), Duration::ZERO);
        assert_eq!(next_spin(SPIN_MIN, Duration::from_secs(1)), Duration::ZERO);
    }

    #[test]
    fn a_scheduler_without_sockets_makes_no_reactor() {
        let sched = Scheduler::new();
        let (tx, rx) = channel::<u32>(0);
        sched.spawn(crate::coro!(move || {
            for i in 0..10 {
                send!(tx, i).unwrap();
            }
        }));
        let sum = sched.spawn(crate::coro!(move || {
            let mut sum = 0;
            while let Some(i) = recv!(rx) {
                sum += i;
            }
            sum
        }));
        sched.run().unwrap();
        assert_eq!(sum.try_join(), Some(Ok(45)));
        assert!(sched.local.reactor.get().is_none());
        assert!(sched.local.shared.io_waker.get().is_none());
    }

    #[test]
    fn a_socket_registers_when_its_task_first_waits_and_leaves_no_slot_behind() {
        let sched = Scheduler::new();
        let (a, b) = UnixStream::pair().unwrap();
        sched.spawn(crate::coro!(move || {
            let mut buf = [0; 3];
            read_exact!(a, &mut buf).unwrap();
            buf
        }));
        sched.spawn(crate::coro!(move || {
            yield_now!();
            write_all!(b, b"abc").unwrap();
        }));
        sched.run().unwrap();
        let reactor = sched.local.reactor.get().unwrap();
        assert_eq!(reactor.waiting(), 0);
        // Both sockets were dropped with their tasks: every slot is free again.
        assert_eq!(reactor.slots.borrow().len(), reactor.free.borrow().len());
        assert!(reactor.slots.borrow().iter().all(|slot| !slot.used));
    }
}
