//! TCP: [`TcpListener`] and [`TcpStream`].

use core::fmt;
use core::task::{Context, Poll};
use std::io;
use std::net::{Shutdown, SocketAddr, ToSocketAddrs};

use socket2::{Domain, Socket, Type};

use super::source::Source;
use super::{IoOp, Listener, Stream};
use crate::sched::reactor::Direction;

/// How many connections the kernel queues for a listener before it accepts them.
const BACKLOG: i32 = 1024;

/// A TCP socket listening for connections, for tasks of a
/// [`Scheduler`](crate::sched::Scheduler).
///
/// Inside a task, `accept!(listener)` waits for a connection and evaluates to
/// `io::Result<(TcpStream, SocketAddr)>`; `accept(listener)` is also a `select!` arm. Create
/// it anywhere on the scheduler's thread: it is registered with the scheduler that first
/// waits on it, and it is not `Send`.
///
/// # Examples
///
/// ```
/// use coro_core::net::{TcpListener, TcpStream};
/// use coro_core::sched::Scheduler;
///
/// let sched = Scheduler::new();
/// let listener = TcpListener::bind("127.0.0.1:0")?;
/// let addr = listener.local_addr()?;
/// let server = sched.spawn(coro_core::coro!(move || -> std::io::Result<Vec<u8>> {
///     let (stream, _peer) = accept!(listener)?;
///     let mut buf = [0; 5];
///     read_exact!(stream, &mut buf)?;
///     write_all!(stream, b"pong")?;
///     Ok(buf.to_vec())
/// }));
/// let client = sched.spawn(coro_core::coro!(move || -> std::io::Result<Vec<u8>> {
///     let stream: TcpStream = connect!(addr)?;
///     write_all!(stream, b"ping!")?;
///     let mut reply = Vec::new();
///     let mut buf = [0; 16];
///     loop {
///         match read!(stream, &mut buf)? {
///             0 => return Ok(reply), // the server closed the connection
///             n => reply.extend_from_slice(&buf[..n]),
///         }
///     }
/// }));
/// sched.run().unwrap();
/// assert_eq!(server.try_join().unwrap().unwrap()?, b"ping!");
/// assert_eq!(client.try_join().unwrap().unwrap()?, b"pong");
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct TcpListener {
    source: Source<mio::net::TcpListener>,
    local: SocketAddr,
}

impl fmt::Debug for TcpListener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TcpListener")
            .field("local_addr", &self.local)
            .finish_non_exhaustive()
    }
}

impl TcpListener {
    /// Listens on the first of `addr`'s addresses that it can bind (with `SO_REUSEADDR`, so
    /// that a restarted server can bind at once). Port 0 picks a free port: see
    /// [`local_addr`](Self::local_addr).
    ///
    /// # Errors
    ///
    /// The error of the last address tried, or of resolving `addr`.
    pub fn bind(addr: impl ToSocketAddrs) -> io::Result<TcpListener> {
        Self::bind_with(addr, |_| Ok(()))
    }

    /// Like [`bind`](Self::bind), with `SO_REUSEPORT` too on the platforms that have it, so
    /// that several listeners (one per scheduler) share the port and the kernel spreads
    /// connections among them.
    ///
    /// # Errors
    ///
    /// As [`bind`](Self::bind).
    #[cfg(all(
        unix,
        not(any(target_os = "solaris", target_os = "illumos", target_os = "cygwin"))
    ))]
    pub fn bind_reuse_port(addr: impl ToSocketAddrs) -> io::Result<TcpListener> {
        Self::bind_with(addr, |socket| socket.set_reuse_port(true))
    }

    fn bind_with(
        addr: impl ToSocketAddrs,
        configure: impl Fn(&Socket) -> io::Result<()>,
    ) -> io::Result<TcpListener> {
        let mut last = None;
        for addr in addr.to_socket_addrs()? {
            let bound = (|| {
                let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
                socket.set_reuse_address(true)?;
                configure(&socket)?;
                socket.set_nonblocking(true)?;
                socket.bind(&addr.into())?;
                socket.listen(BACKLOG)?;
                Ok::<_, io::Error>(std::net::TcpListener::from(socket))
            })();
            match bound {
                Ok(listener) => return TcpListener::from_std(listener),
                Err(error) => last = Some(error),
            }
        }
        Err(last.unwrap_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "no address to bind to")
        }))
    }

    /// A listener from the standard library's (made non-blocking here).
    ///
    /// # Errors
    ///
    /// If the socket cannot be made non-blocking or has no local address.
    pub fn from_std(listener: std::net::TcpListener) -> io::Result<TcpListener> {
        listener.set_nonblocking(true)?;
        let local = listener.local_addr()?;
        Ok(TcpListener {
            source: Source::new(mio::net::TcpListener::from_std(listener), Some(local)),
            local,
        })
    }

    /// The address it listens on.
    ///
    /// # Errors
    ///
    /// Never for now (the address is read when the listener is made); kept as a `Result`
    /// like the standard library's.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.local)
    }

    /// Accepts a connection, or registers `cx`'s waker to be woken when one may be
    /// waiting (for code outside coro's tasks, or `wait!`; tasks use `accept!`).
    ///
    /// # Errors
    ///
    /// What `accept` reports: e.g. `EMFILE` when the process is out of file descriptors
    /// (the connection stays queued: back off and try again).
    pub fn poll_accept(&self, cx: &mut Context<'_>) -> Poll<io::Result<(TcpStream, SocketAddr)>> {
        self.source.poll_with(
            cx,
            Direction::Read,
            IoOp::Accept,
            |_| self.accept_now(),
            |_| false,
        )
    }

    fn accept_now(&self) -> io::Result<(TcpStream, SocketAddr)> {
        let (stream, peer) = self.source.io.accept()?;
        Ok((TcpStream::new(stream, peer), peer))
    }
}

impl super::sealed::Sealed for TcpListener {}

impl Listener for TcpListener {
    type Stream = TcpStream;
    type Addr = SocketAddr;
    type Io = mio::net::TcpListener;

    fn source(&self) -> &Source<Self::Io> {
        &self.source
    }

    fn accept_now(&self) -> io::Result<(TcpStream, SocketAddr)> {
        TcpListener::accept_now(self)
    }
}

/// A TCP connection, for tasks of a [`Scheduler`](crate::sched::Scheduler).
///
/// Inside a task: `read!(stream, &mut buf)` (`io::Result<usize>`, `Ok(0)` once the peer
/// closed its side), `read_exact!(stream, &mut buf)` and `write_all!(stream, &buf)`
/// (`io::Result<()>`), and `read(stream, &mut buf)` as a `select!` arm. Get one from
/// `accept!`, `connect!` or [`from_std`](Self::from_std). It is registered with the
/// scheduler that first waits on it, and it is not `Send`. Dropping it closes the
/// connection.
///
/// See [`TcpListener`] for an example.
pub struct TcpStream {
    /// With the peer's address (a stream's address in reports).
    source: Source<mio::net::TcpStream>,
}

impl fmt::Debug for TcpStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TcpStream")
            .field("peer_addr", &self.source.addr())
            .finish_non_exhaustive()
    }
}

impl TcpStream {
    pub(crate) fn new(stream: mio::net::TcpStream, peer: SocketAddr) -> TcpStream {
        TcpStream {
            source: Source::new(stream, Some(peer)),
        }
    }

    /// A connected stream from the standard library's (made non-blocking here).
    ///
    /// # Errors
    ///
    /// If the socket cannot be made non-blocking or is not connected.
    pub fn from_std(stream: std::net::TcpStream) -> io::Result<TcpStream> {
        stream.set_nonblocking(true)?;
        let peer = stream.peer_addr()?;
        Ok(TcpStream::new(mio::net::TcpStream::from_std(stream), peer))
    }

    /// The address of the other end.
    ///
    /// # Errors
    ///
    /// Never for now (the address is known when the stream is made); kept as a `Result`
    /// like the standard library's.
    pub fn peer_addr(&self) -> io::Result<SocketAddr> {
        match self.source.addr() {
            Some(peer) => Ok(peer),
            None => self.source.io.peer_addr(),
        }
    }

    /// The address of this end.
    ///
    /// # Errors
    ///
    /// What `getsockname` reports.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.source.io.local_addr()
    }

    /// Sets `TCP_NODELAY`: small writes go out at once instead of waiting to be merged.
    ///
    /// # Errors
    ///
    /// What `setsockopt` reports.
    pub fn set_nodelay(&self, nodelay: bool) -> io::Result<()> {
        self.source.io.set_nodelay(nodelay)
    }

    /// Whether `TCP_NODELAY` is set.
    ///
    /// # Errors
    ///
    /// What `getsockopt` reports.
    pub fn nodelay(&self) -> io::Result<bool> {
        self.source.io.nodelay()
    }

    /// Shuts down the reading side, the writing side (the peer reads the end of the stream
    /// once it has read what was written), or both. It never blocks: the kernel sends what
    /// is buffered, then the end, by itself.
    ///
    /// # Errors
    ///
    /// What `shutdown` reports (e.g. `NotConnected` once the peer reset the connection).
    pub fn shutdown(&self, how: Shutdown) -> io::Result<()> {
        self.source.io.shutdown(how)
    }

    /// Reads into `buf`, or registers `cx`'s waker to be woken when the stream may be
    /// readable (for code outside coro's tasks, or `wait!`; tasks use `read!`). `Ok(0)`:
    /// the peer closed its side (or `buf` is empty).
    ///
    /// # Errors
    ///
    /// What `read` reports, e.g. `ConnectionReset`.
    pub fn poll_read(&self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<usize>> {
        self.source.poll_stream_read(cx, buf)
    }

    /// Writes from `buf` (some of it), or registers `cx`'s waker to be woken when the stream
    /// may be writable (for code outside coro's tasks, or `wait!`; tasks use `write_all!`).
    ///
    /// # Errors
    ///
    /// What `send` reports, e.g. `BrokenPipe` once the peer is gone (never a `SIGPIPE`).
    pub fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.source.poll_stream_write(cx, buf)
    }
}

impl super::sealed::Sealed for TcpStream {}

impl Stream for TcpStream {
    type Io = mio::net::TcpStream;

    fn source(&self) -> &Source<Self::Io> {
        &self.source
    }
}

#[cfg(test)]
mod tests {
    /// A connection's socket is part of its task's state: keep it small.
    #[test]
    fn a_stream_is_small() {
        // Its registration (24 bytes), descriptor, and peer address (32).
        assert!(
            size_of::<super::TcpStream>() <= 72,
            "{}",
            size_of::<super::TcpStream>()
        );
    }
}
