//! [`Source`]: a socket and its registration with the reactor of the scheduler that first
//! used it, and the one way every operation goes: try the system call, wait on `WouldBlock`.

use core::cell::OnceCell;
use core::fmt;
use core::task::{Context, Poll};
use std::io;
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::rc::Rc;

use crate::sched::reactor::{Direction, Party, Registration};
use crate::sched::{Local, context};

use super::IoOp;

/// A socket, registered lazily with the reactor of the scheduler running on this thread the
/// first time an operation must wait (or finds no registration). Not `Send`: it stays with
/// that scheduler.
#[doc(hidden)]
pub struct Source<S> {
    /// Before `io`: dropped first, it deregisters the socket while it is still open.
    registration: OnceCell<Registration>,
    pub(crate) io: S,
    /// What reports name: the peer of a stream, the local address of the others.
    addr: Option<SocketAddr>,
}

impl<S: fmt::Debug> fmt::Debug for Source<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.io.fmt(f)
    }
}

impl<S: AsRawFd> Source<S> {
    pub(crate) fn new(io: S, addr: Option<SocketAddr>) -> Source<S> {
        Source {
            registration: OnceCell::new(),
            io,
            addr,
        }
    }

    /// The address reports name.
    pub(crate) fn addr(&self) -> Option<SocketAddr> {
        self.addr
    }

    /// The socket's registration, made now with `local`'s reactor if there is none.
    #[inline]
    fn registration(&self, local: Option<&Local>) -> io::Result<&Registration> {
        if let Some(registration) = self.registration.get() {
            return match local {
                Some(local) if !registration.is_of(local) => Err(io::Error::other(
                    "a coro socket is used by a scheduler other than the one it is registered with",
                )),
                _ => Ok(registration),
            };
        }
        let Some(local) = local else {
            return Err(not_in_a_scheduler());
        };
        let registration = Rc::clone(local.reactor()?).register(self.io.as_raw_fd(), self.addr)?;
        Ok(self.registration.get_or_init(|| registration))
    }

    /// One attempt at an operation that goes `direction`: `attempt` unless the socket is
    /// known not to be ready, then, on `WouldBlock`, `party()` waits for readiness.
    /// `short` says whether a result shows that the socket is drained (a read that filled
    /// less than its buffer): the next attempt then waits for an event first.
    #[inline]
    pub(crate) fn poll_io<R>(
        &self,
        local: Option<&Local>,
        direction: Direction,
        op: IoOp,
        party: impl FnOnce() -> Party,
        mut attempt: impl FnMut(&S) -> io::Result<R>,
        short: impl FnOnce(&R) -> bool,
    ) -> Poll<io::Result<R>> {
        let registration = match self.registration(local) {
            Ok(registration) => registration,
            // Not registered, and no scheduler to register with: the operation may still
            // complete at once.
            Err(_) if local.is_none() => {
                return Poll::Ready(match Self::try_once(&self.io, attempt) {
                    Err(error) if error.kind() == io::ErrorKind::WouldBlock => {
                        Err(not_in_a_scheduler())
                    }
                    result => result,
                });
            }
            Err(error) => return Poll::Ready(Err(error)),
        };
        if registration.may_be_ready(direction) {
            loop {
                match attempt(&self.io) {
                    Err(error) if error.kind() == io::ErrorKind::WouldBlock => break,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                    Ok(value) => {
                        if short(&value) {
                            registration.clear_ready(direction);
                        }
                        return Poll::Ready(Ok(value));
                    }
                    Err(error) => return Poll::Ready(Err(error)),
                }
            }
            registration.clear_ready(direction);
        }
        registration.wait(direction, op, party());
        Poll::Pending
    }

    /// `attempt`, again while it is interrupted.
    fn try_once<R>(io: &S, mut attempt: impl FnMut(&S) -> io::Result<R>) -> io::Result<R> {
        loop {
            match attempt(io) {
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                result => return result,
            }
        }
    }

    /// [`poll_io`](Self::poll_io) for a task of `local` (`Some`) or a waker's owner.
    #[inline]
    pub(crate) fn poll_with<R>(
        &self,
        cx: &mut Context<'_>,
        direction: Direction,
        op: IoOp,
        attempt: impl FnMut(&S) -> io::Result<R>,
        short: impl FnOnce(&R) -> bool,
    ) -> Poll<io::Result<R>> {
        let waker = || Party::Waker(cx.waker().clone());
        // With the scheduler running on this thread if there is one (which registers the
        // socket if it must), else with its registration, if it has one.
        let mut args = Some((waker, attempt, short));
        let running = context::with_running_scheduler(|local| {
            let (waker, attempt, short) = args.take()?;
            Some(self.poll_io(Some(local), direction, op, waker, attempt, short))
        })
        .flatten();
        match (running, args) {
            (Some(poll), _) => poll,
            (None, Some((waker, attempt, short))) => {
                self.poll_io(None, direction, op, waker, attempt, short)
            }
            (None, None) => unreachable!("the arguments are taken only by a poll that returns"),
        }
    }

    /// Withdraws `party`'s wait `direction` (a `select!` arm that lost).
    pub(crate) fn withdraw(&self, direction: Direction, party: &Party) {
        if let Some(registration) = self.registration.get() {
            registration.withdraw(direction, party);
        }
    }

    /// The token by which the reactor tells what a task waiting here `direction` waits on.
    pub(crate) fn wait_token(&self, direction: Direction) -> Option<u64> {
        self.registration
            .get()
            .map(|registration| registration.wait_token(direction))
    }
}

/// The error of a socket that must wait but has no scheduler to wait with.
fn not_in_a_scheduler() -> io::Error {
    io::Error::new(
        io::ErrorKind::WouldBlock,
        "a coro socket can only wait inside a scheduler: poll it from a task, or while the \
         scheduler runs on this thread",
    )
}

impl<S: AsRawFd + std::os::fd::AsFd> Source<S> {
    /// A stream socket's `poll_read`: a read that fills less than `buf` drains the socket.
    pub(crate) fn poll_stream_read(
        &self,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        let len = buf.len();
        self.poll_with(
            cx,
            Direction::Read,
            IoOp::Read,
            |io| super::stream_read(io, buf),
            |&n| 0 < n && n < len,
        )
    }

    /// A stream socket's `poll_write`: a write that takes less than `buf` fills the socket.
    pub(crate) fn poll_stream_write(
        &self,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let len = buf.len();
        self.poll_with(
            cx,
            Direction::Write,
            IoOp::Write,
            |io| super::stream_write(io, buf),
            |&n| n < len,
        )
    }
}
