//! Sockets for tasks: TCP, UDP and Unix sockets whose operations block the task, never the
//! thread (feature `net`, Unix only).
//!
//! Each [`Scheduler`](crate::sched::Scheduler) has its own reactor (a `mio::Poll`), made
//! the first time one of its tasks waits on a socket: a scheduler without sockets pays
//! nothing for it. A socket is registered once, edge-triggered, with the scheduler that
//! first uses it (so it is not `Send`), and dropping it — also by dropping the task that
//! holds it — closes it and removes its registration.
//!
//! Inside a task, these macros are suspension points, like `recv!`:
//!
//! | inside a task | evaluates to |
//! |---|---|
//! | `accept!(listener)` | `io::Result<(TcpStream, SocketAddr)>` ([`UnixListener`]: `(UnixStream, unix::net::SocketAddr)`) |
//! | `connect!(addr)`, `connect!(addr, timeout)` | `io::Result<TcpStream>` (`TimedOut` after the timeout) |
//! | `read!(stream, &mut buf)` | `io::Result<usize>`; `Ok(0)`: the peer closed its side |
//! | `read_exact!(stream, &mut buf)` | `io::Result<()>`; `UnexpectedEof` if the stream ends first |
//! | `write_all!(stream, &buf)` | `io::Result<()>` |
//! | `recv_from!(socket, &mut buf)` | `io::Result<(usize, SocketAddr)>` |
//! | `send_to!(socket, &buf, addr)` | `io::Result<usize>` |
//!
//! and `select!` takes `read(stream, &mut buf)`, `accept(listener)` and
//! `recv_from(socket, &mut buf)` arms beside its channel and `sleep` arms (a read with a
//! timeout, a read or a message). An operation tries its system call first and waits only
//! if the socket is not ready. Its socket and buffer arguments are evaluated anew at every
//! attempt, so `read!(stream, &mut buf)` on a local buffer borrows it for one attempt,
//! never across the suspension (a `select!` arm's socket and buffer too, unlike its channel
//! operands, which are evaluated once). The other arguments (`connect!`'s address and
//! timeout, `send_to!`'s address) are evaluated once.
//!
//! Errors come back to the task as `io::Error`s, never as panics: a peer
//! that reset the connection, a write to a closed connection (`BrokenPipe`, never a
//! `SIGPIPE`), `EMFILE` on accept (the connection stays queued: back off and accept again).
//! A task that waits on a socket waits for the outside world, so
//! [`run`](crate::sched::Scheduler::run) keeps serving, blocked in the reactor until an
//! event, its next timer or a wake-up from another thread (while events have been coming
//! within microseconds of each other, it first looks for the next one without blocking,
//! for up to 50 µs, yielding the CPU in between: a busy server saves the cost of being
//! woken), and reports no deadlock while one does; [`JoinHandle::waiting_on`] (and the handle's `Debug`) say what such a task
//! waits on ([`IoWait`]: "reading from 127.0.0.1:53412"). For code outside coro's tasks
//! (or `wait!`), each socket has `poll_` methods taking a
//! [`Context`](core::task::Context): they register the socket with the scheduler running
//! on this thread; a socket used where no scheduler runs completes what it can at once and
//! otherwise returns a `WouldBlock` error, and its wakers are woken only while its
//! scheduler runs. The virtual clock is for programs without sockets (see
//! [`SchedulerBuilder::virtual_clock`](crate::sched::SchedulerBuilder::virtual_clock)).
//! A task that drops a socket while other tasks wait on it wakes them: they try again and
//! find it gone.
//!
//! ```
//! use coro_core::net::TcpListener;
//! use coro_core::sched::{self, Scheduler};
//!
//! // An echo server: one task per connection.
//! #[coro_core::coroutine]
//! fn echo(stream: coro_core::net::TcpStream) -> std::io::Result<()> {
//!     let mut buf = [0; 1024];
//!     loop {
//!         let n = read!(stream, &mut buf)?;
//!         if n == 0 {
//!             return Ok(()); // the client is done
//!         }
//!         write_all!(stream, &buf[..n])?;
//!     }
//! }
//!
//! let sched = Scheduler::new();
//! let listener = TcpListener::bind("127.0.0.1:0")?;
//! let addr = listener.local_addr()?;
//! sched.spawn(coro_core::coro!(move || {
//!     // Serve two clients, then stop listening.
//!     for _ in 0..2 {
//!         let (stream, _peer) = accept!(listener).unwrap();
//!         sched::spawn(echo(stream));
//!     }
//! }));
//! let clients: Vec<_> = ["hello", "world"]
//!     .into_iter()
//!     .map(|word| {
//!         sched.spawn(coro_core::coro!(move || -> std::io::Result<String> {
//!             let stream = connect!(addr)?;
//!             write_all!(stream, word.as_bytes())?;
//!             stream.shutdown(std::net::Shutdown::Write)?;
//!             let mut heard = Vec::new();
//!             let mut buf = [0; 64];
//!             loop {
//!                 match read!(stream, &mut buf)? {
//!                     0 => return Ok(String::from_utf8_lossy(&heard).into_owned()),
//!                     n => heard.extend_from_slice(&buf[..n]),
//!                 }
//!             }
//!         }))
//!     })
//!     .collect();
//! sched.run().unwrap();
//! let heard: Vec<String> = clients.iter().map(|c| c.try_join().unwrap().unwrap().unwrap()).collect();
//! assert_eq!(heard, ["hello", "world"]);
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! [`JoinHandle::waiting_on`]: crate::sched::JoinHandle::waiting_on

use std::io::{self, Read};
use std::os::fd::{AsFd, AsRawFd};

mod source;
mod tcp;
mod udp;
mod unix;
mod wait;

pub use tcp::{TcpListener, TcpStream};
pub use udp::UdpSocket;
pub use unix::{UnixListener, UnixStream};
pub use wait::{IoOp, IoWait};

pub(crate) use source::Source;

pub(crate) mod sealed {
    /// Only this crate's sockets implement [`Stream`](super::Stream) and
    /// [`Listener`](super::Listener).
    pub trait Sealed {}
}

/// A connected stream socket ([`TcpStream`], [`UnixStream`]): what `read!`, `read_exact!`
/// and `write_all!` (and `select!`'s `read` arms) take. Sealed.
pub trait Stream: sealed::Sealed {
    #[doc(hidden)]
    type Io: AsRawFd + AsFd;
    #[doc(hidden)]
    fn source(&self) -> &source::Source<Self::Io>;
}

/// A listening socket ([`TcpListener`], [`UnixListener`]): what `accept!` (and
/// `select!`'s `accept` arms) take. Sealed.
pub trait Listener: sealed::Sealed {
    /// The connections it accepts.
    type Stream;
    /// The address of a peer.
    type Addr;
    #[doc(hidden)]
    type Io: AsRawFd;
    #[doc(hidden)]
    fn source(&self) -> &source::Source<Self::Io>;
    #[doc(hidden)]
    fn accept_now(&self) -> io::Result<(Self::Stream, Self::Addr)>;
}

// A socket shared by several tasks of one scheduler (`Rc<TcpStream>`), or borrowed.
macro_rules! forward {
    ($($pointer:ty),*) => {$(
        impl<T: Stream + ?Sized> sealed::Sealed for $pointer {}

        impl<T: Stream + ?Sized> Stream for $pointer {
            type Io = T::Io;

            fn source(&self) -> &source::Source<Self::Io> {
                T::source(self)
            }
        }
    )*};
}

forward!(&T, std::rc::Rc<T>, std::boxed::Box<T>);

/// One `read` on a stream socket.
pub(crate) fn stream_read<S: AsFd>(io: &S, buf: &mut [u8]) -> io::Result<usize> {
    (&*socket2::SockRef::from(io)).read(buf)
}

/// One `send` on a stream socket, never raising `SIGPIPE` when the peer is gone (on Linux
/// by `MSG_NOSIGNAL`; elsewhere the Rust runtime ignores the signal).
pub(crate) fn stream_write<S: AsFd>(io: &S, buf: &[u8]) -> io::Result<usize> {
    #[cfg(target_os = "linux")]
    let flags = libc::MSG_NOSIGNAL;
    #[cfg(not(target_os = "linux"))]
    let flags = 0;
    socket2::SockRef::from(io).send_with_flags(buf, flags)
}
