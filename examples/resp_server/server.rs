//! The network side: an accept loop, a task per connection, and a task removing expired
//! keys, all on one scheduler and sharing one [`Shared`] without a lock; with several
//! schedulers, a task per scheduler that runs the requests other schedulers forward to its
//! shard of the keyspace ([`serve_shard`]).
use std::cell::RefCell;
use std::io;
use std::rc::Rc;
use std::time::{Duration, Instant};

use coro_core::channel::error::SendError;
use coro_core::channel::sync;
use coro_core::net::{TcpListener, TcpStream};
use coro_core::sched::{self, Scheduler};
use coro_core::{Coroutine, CoroutineState};

use super::commands::{self, Flow};
use super::keyspace::Keyspace;
use super::protocol::{Lent, Requests, parse_requests};
use super::reply;
use super::shard::{self, Batch, Forward, Replies, Shards};

/// The size of the read buffer shared by the connections of a scheduler.
pub const READ_BUFFER_LEN: usize = 64 * 1024;

/// A shared reply buffer larger than this is not kept for the next batch.
const KEEP_OUTPUT: usize = 1 << 20;

/// The keys the expiry task removes at most per turn before letting the others run.
const EXPIRE_PER_TURN: usize = 1000;

/// How often the expiry task looks for keys past their time.
const EXPIRE_EVERY: Duration = Duration::from_millis(100);

/// Settings of a server.
#[derive(Debug, Clone)]
pub struct Config {
    /// How long a client may leave a request incomplete (sending nothing more) before it
    /// gets a protocol error and is disconnected; between requests it may idle for ever.
    pub request_timeout: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            request_timeout: Duration::from_secs(30),
        }
    }
}

/// What the tasks of one server share: the keyspace, and the buffers every connection
/// uses in turn. A connection task borrows them only between two suspension points, so
/// no `RefCell` is ever found borrowed.
#[derive(Debug)]
pub struct Shared {
    /// Every key.
    pub keyspace: RefCell<Keyspace>,
    /// The read buffer and the requests parsed from it, lent to one parser at a time.
    lent: RefCell<Lent>,
    /// The replies of a batch, until they are written.
    output: RefCell<Vec<u8>>,
    config: Config,
    /// The shards, this scheduler's own among them (one: the whole keyspace is here).
    shards: Shards,
}

impl Shared {
    /// A server's shared state, with an empty keyspace.
    #[must_use]
    pub fn new(config: Config) -> Shared {
        Shared {
            keyspace: RefCell::new(Keyspace::new()),
            lent: RefCell::new(Lent::new(READ_BUFFER_LEN)),
            output: RefCell::new(Vec::new()),
            config,
            shards: Shards::single(),
        }
    }

    /// The shared state of one shard's scheduler, with an empty keyspace.
    #[must_use]
    pub fn sharded(config: Config, shards: Shards) -> Shared {
        Shared {
            shards,
            ..Shared::new(config)
        }
    }

    /// Takes the lent buffers, holding `filled` new bytes.
    fn take_lent(&self, filled: usize) -> Lent {
        let mut lent = std::mem::replace(&mut *self.lent.borrow_mut(), Lent::new(0));
        lent.filled = filled;
        lent
    }

    /// Puts the lent buffers back, emptied.
    fn put_lent(&self, mut lent: Lent) {
        lent.requests.clear();
        *self.lent.borrow_mut() = lent;
    }

    /// Takes the reply buffer, empty.
    fn take_output(&self) -> Vec<u8> {
        std::mem::take(&mut *self.output.borrow_mut())
    }

    /// Puts a reply buffer back, unless the one there (taken and returned by another
    /// connection while this one waited to write) is larger.
    fn put_output(&self, mut output: Vec<u8>) {
        output.clear();
        let mut slot = self.output.borrow_mut();
        if output.capacity() <= KEEP_OUTPUT && output.capacity() > slot.capacity() {
            *slot = output;
        }
    }

    /// Runs `requests` in order, appending their replies to `output`; stops at `QUIT`.
    fn execute(&self, requests: &Requests, output: &mut Vec<u8>) -> Flow {
        let mut keyspace = self.keyspace.borrow_mut();
        let now = Instant::now();
        for request in requests.iter() {
            if commands::execute(&mut keyspace, &request, now, output) == Flow::Close {
                return Flow::Close;
            }
        }
        Flow::Continue
    }

    /// A plan for `requests` if some run on other shards; `None` if all run here.
    fn plan(&self, requests: &Requests) -> Option<Box<Batch>> {
        let shards = &self.shards;
        if shards.count() <= 1 || shard::all_own(requests, shards.own, shards.count()) {
            return None;
        }
        Some(Box::new(Batch::plan(requests, shards.own, shards.count())))
    }

    /// Runs the part of `batch` that falls on this scheduler's shard.
    fn run_own(&self, batch: &mut Batch) -> Flow {
        let own = self.shards.own;
        let Some(requests) = batch.take_forward(own) else {
            return Flow::Continue;
        };
        let (replies, flow) = Replies::run(
            own,
            &mut self.keyspace.borrow_mut(),
            &requests,
            Instant::now(),
        );
        batch.receive(replies);
        flow
    }
}

/// Spawns the server's tasks on `sched`: the accept loop on `listener` and the expiry
/// task. They run when the scheduler runs, and for ever.
pub fn start(sched: &Scheduler, listener: TcpListener, config: Config) -> Rc<Shared> {
    let shared = Rc::new(Shared::new(config));
    sched.spawn(accept_loop(listener, Rc::clone(&shared)));
    sched.spawn(expire_keys(Rc::clone(&shared)));
    shared
}

/// Spawns the tasks of shard `shards.own` on the scheduler of the task that calls it: those
/// of [`start`], and the task that runs the requests other shards forward from `inbox`.
pub fn spawn_shard(
    listener: TcpListener,
    config: Config,
    shards: Shards,
    inbox: sync::Receiver<Forward>,
) {
    let shared = Rc::new(Shared::sharded(config, shards));
    sched::spawn(accept_loop(listener, Rc::clone(&shared)));
    sched::spawn(expire_keys(Rc::clone(&shared)));
    sched::spawn(serve_shard(inbox, shared));
}

/// Runs the requests that connections on other schedulers forward to this shard, and sends
/// each batch's replies back.
#[coro_core::coroutine]
pub fn serve_shard(inbox: sync::Receiver<Forward>, shared: Rc<Shared>) {
    let own = shared.shards.own;
    while let Some(forward) = recv!(inbox) {
        let (replies, _) = Replies::run(
            own,
            &mut shared.keyspace.borrow_mut(),
            &forward.requests,
            Instant::now(),
        );
        // The connection waits for these replies, with room for one batch from each
        // shard; if it is gone (its scheduler stopped), so is the need for them.
        let _ = send!(forward.reply_to, replies);
    }
}

/// Accepts connections, a task for each. An error (no file descriptor left, `EMFILE`, or
/// no memory) does not stop the server: the loop waits a little longer after each one in
/// a row, up to a second, while the open connections are served.
#[coro_core::coroutine]
pub fn accept_loop(listener: TcpListener, shared: Rc<Shared>) {
    let mut backoff = Duration::ZERO;
    loop {
        match accept!(listener) {
            Ok((stream, _peer)) => {
                backoff = Duration::ZERO;
                // Replies go out at once; Redis sets it too.
                let _ = stream.set_nodelay(true);
                sched::spawn(connection(stream, Rc::clone(&shared)));
            }
            Err(error) if error.kind() == io::ErrorKind::ConnectionAborted => {}
            Err(error) => {
                backoff = (backoff * 2).clamp(Duration::from_millis(5), Duration::from_secs(1));
                eprintln!("resp_server: accept failed ({error}); retrying in {backoff:?}");
                sleep!(backoff);
            }
        }
    }
}

/// Removes expired keys that no command looks up, a few times a second.
#[coro_core::coroutine]
pub fn expire_keys(shared: Rc<Shared>) {
    loop {
        sleep!(EXPIRE_EVERY);
        while shared
            .keyspace
            .borrow_mut()
            .expire_due(Instant::now(), EXPIRE_PER_TURN)
            == EXPIRE_PER_TURN
        {
            yield_now!();
        }
    }
}

/// Serves one client: reads whatever it sent into the shared buffer, hands it to the
/// parser, runs the complete requests and writes all their replies at once; until the
/// client closes, sends `QUIT`, sends a malformed request or stalls inside one.
#[coro_core::coroutine]
pub fn connection(stream: TcpStream, shared: Rc<Shared>) {
    let mut parser = parse_requests();
    // Every shard's inbox and, with several, this connection's channel for the replies of
    // the requests it forwards to them (room for one batch from each).
    let link = (shared.shards.count() > 1).then(|| Rc::new(sync::channel(shared.shards.count())));
    // Whether the parser holds the start of a request: then the client gets a deadline.
    let mut mid_request = false;
    loop {
        let read = if mid_request {
            select! {
                r = read(stream, &mut shared.lent.borrow_mut().chunk[..]) => r,
                _ = sleep(shared.config.request_timeout) => Err(io::ErrorKind::TimedOut.into()),
            }
        } else {
            read!(stream, &mut shared.lent.borrow_mut().chunk[..])
        };
        let mut output = shared.take_output();
        let finished = match read {
            Ok(filled) => {
                let (lent, finished) = match parser.resume(shared.take_lent(filled)) {
                    CoroutineState::Yielded(lent) => (lent, None),
                    CoroutineState::Complete((lent, result)) => (lent, Some(result)),
                };
                mid_request = lent.mid_request;
                let batch = shared.plan(&lent.requests);
                let mut flow = match batch {
                    None => shared.execute(&lent.requests, &mut output),
                    Some(_) => Flow::Continue,
                };
                shared.put_lent(lent);
                if let (Some(batch), Some(link)) = (batch, link.clone()) {
                    // In a coroutine of its own, boxed: a connection's task stays small
                    // while it waits for a read.
                    let (batch, own_flow) =
                        yield_from!(Box::new(exchange(Rc::clone(&shared), batch, link)));
                    flow = own_flow;
                    batch.finish(&mut output);
                }
                match (flow, finished) {
                    (Flow::Close, _) => Some(Ok(())),
                    (Flow::Continue, Some(Err(error))) => {
                        reply::error(&mut output, &format!("ERR {error}"));
                        Some(Err(()))
                    }
                    (Flow::Continue, finished) => finished.map(|_| Ok(())),
                }
            }
            Err(error) if error.kind() == io::ErrorKind::TimedOut => {
                reply::error(
                    &mut output,
                    "ERR Protocol error: timed out inside a request",
                );
                Some(Err(()))
            }
            Err(_) => Some(Err(())),
        };
        let written = if output.is_empty() {
            Ok(())
        } else {
            write_all!(stream, &output)
        };
        shared.put_output(output);
        if finished.is_some() || written.is_err() {
            return;
        }
    }
}

/// A connection's channel for the replies of other shards: its two ends.
type Link = (sync::Sender<Replies>, sync::Receiver<Replies>);

/// Runs the part of `batch` that falls on this scheduler's shard, forwards the rest to the
/// other shards, one batch each, and waits for their replies, which come on `link`.
#[coro_core::coroutine]
fn exchange(shared: Rc<Shared>, mut batch: Box<Batch>, link: Rc<Link>) -> (Box<Batch>, Flow) {
    let flow = shared.run_own(&mut batch);
    let mut waiting = 0;
    for shard in 0..shared.shards.count() {
        let Some(requests) = batch.take_forward(shard) else {
            continue;
        };
        let forward = Forward {
            requests,
            reply_to: link.0.clone(),
        };
        match send!(shared.shards.inboxes[shard], forward) {
            Ok(()) => waiting += 1,
            Err(SendError(forward)) => {
                batch.receive(Replies::unavailable(shard, forward.requests.len()));
            }
        }
    }
    while waiting > 0 {
        let Some(from_shard) = recv!(link.1) else {
            break;
        };
        batch.receive(from_shard);
        waiting -= 1;
    }
    (batch, flow)
}
