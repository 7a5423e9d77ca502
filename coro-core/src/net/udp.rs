//! UDP: [`UdpSocket`].

use core::fmt;
use core::task::{Context, Poll};
use std::io;
use std::net::{SocketAddr, ToSocketAddrs};

use super::IoOp;
use super::source::Source;
use crate::sched::reactor::Direction;

/// A UDP socket, for tasks of a [`Scheduler`](crate::sched::Scheduler).
///
/// Inside a task: `recv_from!(socket, &mut buf)` (`io::Result<(usize, SocketAddr)>`; also a
/// `select!` arm) and `send_to!(socket, &buf, addr)` (`io::Result<usize>`). It is
/// registered with the scheduler that first waits on it, and it is not `Send`.
///
/// # Examples
///
/// ```
/// use coro_core::net::UdpSocket;
/// use coro_core::sched::Scheduler;
///
/// let sched = Scheduler::new();
/// let server = UdpSocket::bind("127.0.0.1:0")?;
/// let addr = server.local_addr()?;
/// sched.spawn(coro_core::coro!(move || {
///     let mut buf = [0; 64];
///     let (n, from) = recv_from!(server, &mut buf).unwrap();
///     buf[..n].reverse();
///     send_to!(server, &buf[..n], from).unwrap();
/// }));
/// let client = sched.spawn(coro_core::coro!(move || -> std::io::Result<Vec<u8>> {
///     let socket = UdpSocket::bind("127.0.0.1:0")?;
///     send_to!(socket, b"abc", addr)?;
///     let mut buf = [0; 64];
///     let (n, _) = recv_from!(socket, &mut buf)?;
///     Ok(buf[..n].to_vec())
/// }));
/// sched.run().unwrap();
/// assert_eq!(client.try_join().unwrap().unwrap()?, b"cba");
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct UdpSocket {
    source: Source<mio::net::UdpSocket>,
    local: SocketAddr,
}

impl fmt::Debug for UdpSocket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UdpSocket")
            .field("local_addr", &self.local)
            .finish_non_exhaustive()
    }
}

impl UdpSocket {
    /// A socket bound to the first of `addr`'s addresses that it can bind.
    ///
    /// # Errors
    ///
    /// The error of the last address tried, or of resolving `addr`.
    pub fn bind(addr: impl ToSocketAddrs) -> io::Result<UdpSocket> {
        let mut last = None;
        for addr in addr.to_socket_addrs()? {
            match std::net::UdpSocket::bind(addr) {
                Ok(socket) => return UdpSocket::from_std(socket),
                Err(error) => last = Some(error),
            }
        }
        Err(last.unwrap_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "no address to bind to")
        }))
    }

    /// A socket from the standard library's (made non-blocking here).
    ///
    /// # Errors
    ///
    /// If the socket cannot be made non-blocking or has no local address.
    pub fn from_std(socket: std::net::UdpSocket) -> io::Result<UdpSocket> {
        socket.set_nonblocking(true)?;
        let local = socket.local_addr()?;
        Ok(UdpSocket {
            source: Source::new(mio::net::UdpSocket::from_std(socket), Some(local)),
            local,
        })
    }

    /// The address it is bound to.
    ///
    /// # Errors
    ///
    /// Never for now (the address is read when the socket is made).
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.local)
    }

    /// Receives a datagram into `buf` (the rest of a longer one is lost), or registers
    /// `cx`'s waker (for code outside coro's tasks; tasks use `recv_from!`).
    ///
    /// # Errors
    ///
    /// What `recvfrom` reports.
    pub fn poll_recv_from(
        &self,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<io::Result<(usize, SocketAddr)>> {
        self.source.poll_with(
            cx,
            Direction::Read,
            IoOp::RecvFrom,
            |io| io.recv_from(buf),
            |_| false,
        )
    }

    /// Sends `buf` as one datagram to `target`, or registers `cx`'s waker (for code
    /// outside coro's tasks; tasks use `send_to!`).
    ///
    /// # Errors
    ///
    /// What `sendto` reports.
    pub fn poll_send_to(
        &self,
        cx: &mut Context<'_>,
        buf: &[u8],
        target: SocketAddr,
    ) -> Poll<io::Result<usize>> {
        self.source.poll_with(
            cx,
            Direction::Write,
            IoOp::SendTo,
            |io| io.send_to(buf, target),
            |_| false,
        )
    }

    pub(crate) fn source(&self) -> &Source<mio::net::UdpSocket> {
        &self.source
    }
}
