//! Unix domain sockets: [`UnixListener`] and [`UnixStream`].

use core::fmt;
use core::task::{Context, Poll};
use std::io;
use std::net::Shutdown;
use std::os::unix::net::SocketAddr;
use std::path::Path;

use super::source::Source;
use super::{IoOp, Listener, Stream};
use crate::sched::reactor::Direction;

/// A Unix domain socket listening for connections, for tasks of a
/// [`Scheduler`](crate::sched::Scheduler): `accept!(listener)` evaluates to
/// `io::Result<(UnixStream, std::os::unix::net::SocketAddr)>`. Otherwise like
/// [`TcpListener`](super::TcpListener).
///
/// # Examples
///
/// ```
/// use coro_core::net::{UnixListener, UnixStream};
/// use coro_core::sched::Scheduler;
///
/// let dir = std::env::temp_dir().join(format!("coro-unix-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let path = dir.join("socket");
/// let _ = std::fs::remove_file(&path);
/// let sched = Scheduler::new();
/// let listener = UnixListener::bind(&path)?;
/// let server = sched.spawn(coro_core::coro!(move || -> std::io::Result<Vec<u8>> {
///     let (stream, _) = accept!(listener)?;
///     let mut buf = [0; 3];
///     read_exact!(stream, &mut buf)?;
///     Ok(buf.to_vec())
/// }));
/// let client = UnixStream::connect(&path)?;
/// sched.spawn(coro_core::coro!(move || write_all!(client, b"hey").unwrap()));
/// sched.run().unwrap();
/// assert_eq!(server.try_join().unwrap().unwrap()?, b"hey");
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct UnixListener {
    source: Source<mio::net::UnixListener>,
}

impl fmt::Debug for UnixListener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnixListener")
            .field("local_addr", &self.source.io.local_addr().ok())
            .finish_non_exhaustive()
    }
}

impl UnixListener {
    /// Listens at `path` (which must not exist).
    ///
    /// # Errors
    ///
    /// What `bind` and `listen` report, e.g. `AddrInUse` if `path` exists.
    pub fn bind(path: impl AsRef<Path>) -> io::Result<UnixListener> {
        Ok(UnixListener {
            source: Source::new(mio::net::UnixListener::bind(path)?, None),
        })
    }

    /// A listener from the standard library's (made non-blocking here).
    ///
    /// # Errors
    ///
    /// If the socket cannot be made non-blocking.
    pub fn from_std(listener: std::os::unix::net::UnixListener) -> io::Result<UnixListener> {
        listener.set_nonblocking(true)?;
        Ok(UnixListener {
            source: Source::new(mio::net::UnixListener::from_std(listener), None),
        })
    }

    /// The address it listens at.
    ///
    /// # Errors
    ///
    /// What `getsockname` reports.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.source.io.local_addr()
    }

    /// Accepts a connection, or registers `cx`'s waker (for code outside coro's tasks;
    /// tasks use `accept!`).
    ///
    /// # Errors
    ///
    /// What `accept` reports (`EMFILE`: back off and try again).
    pub fn poll_accept(&self, cx: &mut Context<'_>) -> Poll<io::Result<(UnixStream, SocketAddr)>> {
        self.source.poll_with(
            cx,
            Direction::Read,
            IoOp::Accept,
            |_| self.accept_now(),
            |_| false,
        )
    }

    fn accept_now(&self) -> io::Result<(UnixStream, SocketAddr)> {
        let (stream, addr) = self.source.io.accept()?;
        Ok((UnixStream::new(stream), addr))
    }
}

impl super::sealed::Sealed for UnixListener {}

impl Listener for UnixListener {
    type Stream = UnixStream;
    type Addr = SocketAddr;
    type Io = mio::net::UnixListener;

    fn source(&self) -> &Source<Self::Io> {
        &self.source
    }

    fn accept_now(&self) -> io::Result<(UnixStream, SocketAddr)> {
        UnixListener::accept_now(self)
    }
}

/// A Unix domain stream socket, for tasks of a [`Scheduler`](crate::sched::Scheduler):
/// `read!`, `read_exact!`, `write_all!` and `select!`'s `read` arms, as for
/// [`TcpStream`](super::TcpStream).
pub struct UnixStream {
    source: Source<mio::net::UnixStream>,
}

impl fmt::Debug for UnixStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnixStream")
            .field("peer_addr", &self.source.io.peer_addr().ok())
            .finish_non_exhaustive()
    }
}

impl UnixStream {
    fn new(stream: mio::net::UnixStream) -> UnixStream {
        UnixStream {
            source: Source::new(stream, None),
        }
    }

    /// Connects to the socket at `path`. A Unix socket's connection is made at once (or
    /// refused at once, e.g. `WouldBlock` when the listener's queue is full), so this is a
    /// plain function.
    ///
    /// # Errors
    ///
    /// What `connect` reports, e.g. `NotFound` or `ConnectionRefused`.
    pub fn connect(path: impl AsRef<Path>) -> io::Result<UnixStream> {
        Ok(UnixStream::new(mio::net::UnixStream::connect(path)?))
    }

    /// A pair of connected sockets.
    ///
    /// # Errors
    ///
    /// What `socketpair` reports.
    pub fn pair() -> io::Result<(UnixStream, UnixStream)> {
        let (a, b) = mio::net::UnixStream::pair()?;
        Ok((UnixStream::new(a), UnixStream::new(b)))
    }

    /// A stream from the standard library's (made non-blocking here).
    ///
    /// # Errors
    ///
    /// If the socket cannot be made non-blocking.
    pub fn from_std(stream: std::os::unix::net::UnixStream) -> io::Result<UnixStream> {
        stream.set_nonblocking(true)?;
        Ok(UnixStream::new(mio::net::UnixStream::from_std(stream)))
    }

    /// The address of the other end.
    ///
    /// # Errors
    ///
    /// What `getpeername` reports.
    pub fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.source.io.peer_addr()
    }

    /// Shuts down one side or both; never blocks (see
    /// [`TcpStream::shutdown`](super::TcpStream::shutdown)).
    ///
    /// # Errors
    ///
    /// What `shutdown` reports.
    pub fn shutdown(&self, how: Shutdown) -> io::Result<()> {
        self.source.io.shutdown(how)
    }

    /// As [`TcpStream::poll_read`](super::TcpStream::poll_read).
    ///
    /// # Errors
    ///
    /// What `read` reports.
    pub fn poll_read(&self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<usize>> {
        self.source.poll_stream_read(cx, buf)
    }

    /// As [`TcpStream::poll_write`](super::TcpStream::poll_write).
    ///
    /// # Errors
    ///
    /// What `send` reports (`BrokenPipe` once the peer is gone, never a `SIGPIPE`).
    pub fn poll_write(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.source.poll_stream_write(cx, buf)
    }
}

impl super::sealed::Sealed for UnixStream {}

impl Stream for UnixStream {
    type Io = mio::net::UnixStream;

    fn source(&self) -> &Source<Self::Io> {
        &self.source
    }
}
