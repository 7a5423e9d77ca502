//! The socket operations of the rewrite (`accept!`, `connect!`, `read!`, `read_exact!`,
//! `write_all!`, `recv_from!`, `send_to!`, and `select!`'s `read`, `accept` and
//! `recv_from` arms), for the task being resumed.

use alloc::string::ToString;
use alloc::vec::Vec;
use core::task::Poll;
use std::io;
use std::net::{SocketAddr, ToSocketAddrs};

use super::{in_task, sleep_until};
use crate::net::{IoOp, Listener, Source, Stream, TcpStream, UdpSocket, stream_read, stream_write};
use crate::sched::Deadline;
use crate::sched::context::TaskContext;
use crate::sched::reactor::{Direction, Party};
use crate::sched::task::{Parked, WaitKind};

/// One attempt of a socket operation for the task of `cx`; if it must wait, the task waits
/// on the socket, and the scheduler knows what for.
#[inline]
fn attempt<S, R>(
    cx: &TaskContext<'_>,
    source: &Source<S>,
    direction: Direction,
    op: IoOp,
    attempt: impl FnMut(&S) -> io::Result<R>,
    short: impl FnOnce(&R) -> bool,
) -> Poll<io::Result<R>>
where
    S: std::os::fd::AsRawFd,
{
    let poll = source.poll_io(
        Some(cx.local),
        direction,
        op,
        || Party::Task(cx.task.clone()),
        attempt,
        short,
    );
    if poll.is_pending()
        && let Some(token) = source.wait_token(direction)
    {
        cx.parked.set(Some(Parked {
            kind: WaitKind::Io,
            what: token,
        }));
    }
    poll
}

fn read_in<S: Stream + ?Sized>(
    cx: &TaskContext<'_>,
    stream: &S,
    buf: &mut [u8],
) -> Poll<io::Result<usize>> {
    let len = buf.len();
    attempt(
        cx,
        stream.source(),
        Direction::Read,
        IoOp::Read,
        |io| stream_read(io, buf),
        |&n| 0 < n && n < len,
    )
}

/// `read!(stream, buf)`.
#[inline]
#[track_caller]
pub fn poll_read<S: Stream + ?Sized>(stream: &S, buf: &mut [u8]) -> Poll<io::Result<usize>> {
    in_task("read!", |cx| read_in(cx, stream, buf))
}

/// `read_exact!(stream, buf)`: `filled` is how much of `buf` earlier attempts filled.
#[inline]
#[track_caller]
pub fn poll_read_exact<S: Stream + ?Sized>(
    stream: &S,
    filled: &mut usize,
    buf: &mut [u8],
) -> Poll<io::Result<()>> {
    in_task("read_exact!", |cx| {
        while let Some(rest) = buf.get_mut(*filled..).filter(|rest| !rest.is_empty()) {
            match read_in(cx, stream, rest) {
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the stream ended before the buffer was filled",
                    )));
                }
                Poll::Ready(Ok(n)) => *filled += n,
                Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    })
}

/// `write_all!(stream, buf)`: `written` is how much of `buf` earlier attempts wrote.
#[inline]
#[track_caller]
pub fn poll_write_all<S: Stream + ?Sized>(
    stream: &S,
    written: &mut usize,
    buf: &[u8],
) -> Poll<io::Result<()>> {
    in_task("write_all!", |cx| {
        while let Some(rest) = buf.get(*written..).filter(|rest| !rest.is_empty()) {
            let len = rest.len();
            let poll = attempt(
                cx,
                stream.source(),
                Direction::Write,
                IoOp::Write,
                |io| stream_write(io, rest),
                |&n| n < len,
            );
            match poll {
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::WriteZero,
                        "the stream accepted no more bytes",
                    )));
                }
                Poll::Ready(Ok(n)) => *written += n,
                Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    })
}

fn accept_in<L: Listener + ?Sized>(
    cx: &TaskContext<'_>,
    listener: &L,
) -> Poll<io::Result<(L::Stream, L::Addr)>> {
    attempt(
        cx,
        listener.source(),
        Direction::Read,
        IoOp::Accept,
        |_| listener.accept_now(),
        |_| false,
    )
}

/// `accept!(listener)`.
#[inline]
#[track_caller]
pub fn poll_accept<L: Listener + ?Sized>(listener: &L) -> Poll<io::Result<(L::Stream, L::Addr)>> {
    in_task("accept!", |cx| accept_in(cx, listener))
}

fn recv_from_in(
    cx: &TaskContext<'_>,
    socket: &UdpSocket,
    buf: &mut [u8],
) -> Poll<io::Result<(usize, SocketAddr)>> {
    attempt(
        cx,
        socket.source(),
        Direction::Read,
        IoOp::RecvFrom,
        |io| io.recv_from(buf),
        |_| false,
    )
}

/// `recv_from!(socket, buf)`.
#[inline]
#[track_caller]
pub fn poll_recv_from(socket: &UdpSocket, buf: &mut [u8]) -> Poll<io::Result<(usize, SocketAddr)>> {
    in_task("recv_from!", |cx| recv_from_in(cx, socket, buf))
}

/// The address of `send_to!`, evaluated (and resolved: its first address) once.
///
/// # Errors
///
/// If it does not resolve, or to no address.
pub fn send_target(addr: impl ToSocketAddrs) -> io::Result<SocketAddr> {
    addr.to_socket_addrs()?
        .next()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no address to send to"))
}

/// `send_to!(socket, buf, addr)`, the address being `target`.
#[inline]
#[track_caller]
pub fn poll_send_to(
    socket: &UdpSocket,
    buf: &[u8],
    target: &io::Result<SocketAddr>,
) -> Poll<io::Result<usize>> {
    in_task("send_to!", |cx| {
        let target = match target {
            Ok(target) => *target,
            Err(error) => return Poll::Ready(Err(io::Error::new(error.kind(), error.to_string()))),
        };
        attempt(
            cx,
            socket.source(),
            Direction::Write,
            IoOp::SendTo,
            |io| io.send_to(buf, target),
            |_| false,
        )
    })
}

/// A `connect!` in progress: the addresses left to try, the one being tried, the error of
/// the last that failed, and the deadline, if any.
#[derive(Debug)]
pub struct Connecting {
    addrs: std::vec::IntoIter<SocketAddr>,
    stream: Option<TcpStream>,
    error: Option<io::Error>,
    deadline: Option<Deadline>,
}

/// Starts `connect!(addr)` (`deadline`: `connect!(addr, timeout)`), resolving `addr` (a
/// name that needs a DNS lookup blocks the thread while it resolves).
#[must_use]
pub fn connect_start(addr: impl ToSocketAddrs, deadline: Option<Deadline>) -> Connecting {
    let (addrs, error) = match addr.to_socket_addrs() {
        Ok(addrs) => (addrs.collect::<Vec<_>>(), None),
        Err(error) => (Vec::new(), Some(error)),
    };
    Connecting {
        addrs: addrs.into_iter(),
        stream: None,
        error,
        deadline,
    }
}

/// The deadline of `connect!(addr, timeout)`.
#[inline]
#[track_caller]
pub fn connect_deadline(timeout: impl crate::sched::Timeout) -> Option<Deadline> {
    Some(timeout.deadline())
}

/// `connect!`: tries each address in turn until one connects.
#[track_caller]
pub fn poll_connect(connecting: &mut Connecting) -> Poll<io::Result<TcpStream>> {
    in_task("connect!", |cx| {
        loop {
            let stream = if let Some(stream) = &connecting.stream {
                stream
            } else {
                {
                    let Some(addr) = connecting.addrs.next() else {
                        let error = connecting.error.take().unwrap_or_else(|| {
                            io::Error::new(io::ErrorKind::InvalidInput, "no address to connect to")
                        });
                        return Poll::Ready(Err(error));
                    };
                    match mio::net::TcpStream::connect(addr) {
                        Ok(stream) => connecting.stream.insert(TcpStream::new(stream, addr)),
                        Err(error) => {
                            connecting.error = Some(error);
                            continue;
                        }
                    }
                }
            };
            let poll = attempt(
                cx,
                stream.source(),
                Direction::Write,
                IoOp::Connect,
                connected,
                |()| false,
            );
            match poll {
                Poll::Ready(Ok(())) => match connecting.stream.take() {
                    Some(stream) => return Poll::Ready(Ok(stream)),
                    None => unreachable!("the stream just connected"),
                },
                Poll::Ready(Err(error)) => {
                    connecting.stream = None;
                    connecting.error = Some(error);
                }
                Poll::Pending => {
                    if let Some(deadline) = connecting.deadline
                        && sleep_until(cx, deadline).is_ready()
                    {
                        // It no longer waits on the socket, which goes now.
                        cx.parked.set(None);
                        connecting.stream = None;
                        return Poll::Ready(Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            "the connection was not made before the deadline",
                        )));
                    }
                    return Poll::Pending;
                }
            }
        }
    })
}

/// Whether a connecting socket is connected: an error if the connection failed,
/// `WouldBlock` while it is in progress.
fn connected(io: &mio::net::TcpStream) -> io::Result<()> {
    if let Some(error) = io.take_error()? {
        return Err(error);
    }
    match io.peer_addr() {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotConnected => {
            Err(io::ErrorKind::WouldBlock.into())
        }
        Err(error) => Err(error),
    }
}

/// A `read` arm of `select!`: like [`poll_read`], but ready only while no other arm
/// completed, and deciding the choice when it is.
#[inline]
#[track_caller]
pub fn poll_read_select<S: Stream + ?Sized>(stream: &S, buf: &mut [u8]) -> Poll<io::Result<usize>> {
    in_task("select!", |cx| select_arm(cx, || read_in(cx, stream, buf)))
}

/// An `accept` arm of `select!`.
#[inline]
#[track_caller]
pub fn poll_accept_select<L: Listener + ?Sized>(
    listener: &L,
) -> Poll<io::Result<(L::Stream, L::Addr)>> {
    in_task("select!", |cx| select_arm(cx, || accept_in(cx, listener)))
}

/// A `recv_from` arm of `select!`.
#[inline]
#[track_caller]
pub fn poll_recv_from_select(
    socket: &UdpSocket,
    buf: &mut [u8],
) -> Poll<io::Result<(usize, SocketAddr)>> {
    in_task("select!", |cx| {
        select_arm(cx, || recv_from_in(cx, socket, buf))
    })
}

fn select_arm<R>(cx: &TaskContext<'_>, poll: impl FnOnce() -> Poll<R>) -> Poll<R> {
    let core = cx.task.core();
    if core.select_is_decided() {
        return Poll::Pending;
    }
    // What the task waits on is the `select!`'s to say (it parks as a whole, if it must):
    // an arm leaves it as it found it, even when it waits.
    let parked = cx.parked.get();
    let ready = poll();
    cx.parked.set(parked);
    if ready.is_ready() {
        core.select_decide();
    }
    ready
}

/// Withdraws a `read` (or `accept`) arm of `select!` that lost.
#[inline]
pub fn cancel_read<S: Stream + ?Sized>(stream: &S) {
    withdraw(stream.source(), Direction::Read);
}

/// Withdraws an `accept` arm of `select!` that lost.
#[inline]
pub fn cancel_accept<L: Listener + ?Sized>(listener: &L) {
    withdraw(listener.source(), Direction::Read);
}

/// Withdraws a `recv_from` arm of `select!` that lost.
#[inline]
pub fn cancel_recv_from(socket: &UdpSocket) {
    withdraw(socket.source(), Direction::Read);
}

fn withdraw<S: std::os::fd::AsRawFd>(source: &Source<S>, direction: Direction) {
    crate::sched::context::with_task(|cx| {
        source.withdraw(direction, &Party::Task(cx.task.clone()));
    });
}
