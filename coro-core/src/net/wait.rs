//! What a task blocked on a socket waits on, for deadlock reports and `Debug`.

use core::fmt;
use std::net::SocketAddr;

/// The socket operation a task waits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IoOp {
    /// `accept!`, or an `accept` arm of `select!`.
    Accept,
    /// `connect!`.
    Connect,
    /// `read!`, `read_exact!`, or a `read` arm of `select!`.
    Read,
    /// `write_all!`.
    Write,
    /// `recv_from!`, or a `recv_from` arm of `select!`.
    RecvFrom,
    /// `send_to!`.
    SendTo,
}

/// A task waits on a socket: in which operation, and the address of the socket (the peer
/// of a stream, the local address of a listener or a UDP socket; none for Unix sockets).
///
/// # Examples
///
/// ```
/// use coro_core::net::{IoOp, TcpListener};
/// use coro_core::sched::{Scheduler, WaitingOn};
///
/// let sched = Scheduler::new();
/// let listener = TcpListener::bind("127.0.0.1:0")?;
/// let addr = listener.local_addr()?;
/// let server = sched.spawn(coro_core::coro!(move || accept!(listener).map(|(_, peer)| peer)));
/// let probe = sched.spawn(coro_core::coro!(move || -> std::io::Result<Option<WaitingOn>> {
///     // The server ran first: it waits for a connection.
///     let seen = server.waiting_on();
///     let _stream = connect!(addr)?;
///     join!(server).unwrap()?;
///     Ok(seen)
/// }));
/// sched.run().unwrap();
/// let Some(WaitingOn::Io(wait)) = probe.try_join().unwrap().unwrap()? else {
///     panic!("the server waited on its listener");
/// };
/// assert_eq!(wait.op(), IoOp::Accept);
/// assert_eq!(wait.to_string(), format!("accepting connections on {addr}"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IoWait {
    op: IoOp,
    addr: Option<SocketAddr>,
    /// Where the reactor keeps the rest: the socket's slot and which way it waits.
    token: u64,
}

impl IoWait {
    pub(crate) fn new(op: IoOp, addr: Option<SocketAddr>, token: u64) -> IoWait {
        IoWait { op, addr, token }
    }

    pub(crate) fn token(self) -> u64 {
        self.token
    }

    /// The operation.
    #[must_use]
    pub fn op(&self) -> IoOp {
        self.op
    }

    /// The socket's address, if it has an IP one.
    #[must_use]
    pub fn addr(&self) -> Option<SocketAddr> {
        self.addr
    }
}

impl fmt::Display for IoWait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (doing, preposition) = match self.op {
            IoOp::Accept => ("accepting connections", "on"),
            IoOp::Connect => ("connecting", "to"),
            IoOp::Read => ("reading", "from"),
            IoOp::Write => ("writing", "to"),
            IoOp::RecvFrom => ("receiving", "on"),
            IoOp::SendTo => ("sending", "on"),
        };
        match self.addr {
            Some(addr) => write!(f, "{doing} {preposition} {addr}"),
            None => write!(f, "{doing} {preposition} a Unix socket"),
        }
    }
}
