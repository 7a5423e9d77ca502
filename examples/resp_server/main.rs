//! A Redis-compatible in-memory server (RESP2): one coroutine per connection, on one
//! thread, or on several with the keyspace sharded among them.
//!
//! ```sh
//! cargo run --release --example resp_server                 # 127.0.0.1:6379
//! cargo run --release --example resp_server -- --port 0     # a free port, printed
//! cargo run --release --example resp_server -- --schedulers 2   # two threads, two shards
//! redis-cli -p 6379 set greeting hello                      # then: get greeting
//! redis-benchmark -p 6379 -t ping,set,get,lpush,lpop,zadd -n 200000 -c 50 -P 16
//! ```
//!
//! # How it is built
//!
//! - **A task per connection** ([`server::connection`]): straight-line code that reads,
//!   parses, runs the requests and writes the replies, blocking on `read!` and
//!   `write_all!`, which suspend the task and never the thread. The accept loop
//!   ([`server::accept_loop`]) spawns one for every client; when accepting fails (no file
//!   descriptor left) it backs off and keeps serving the open connections.
//! - **A push parser** ([`protocol::parse_requests`]): a coroutine resumed with each chunk
//!   read from the socket, however the chunks cut the requests. It waits for more input
//!   with `yield_!` wherever it runs dry, in the middle of a line or of an argument, and its
//!   state machine is generated. Between resumes it keeps the bytes of an incomplete
//!   request only: an idle connection holds no buffer.
//! - **Shared memory without a lock** ([`server::Shared`]): every task of the scheduler
//!   runs on one thread, so the keyspace and the scratch buffers are `RefCell`s behind an
//!   `Rc`. A task borrows them between two suspension points only: it reads into the
//!   shared 64 KiB buffer, lends it to its parser, runs the batch of requests against the
//!   keyspace and gives the buffers back before it writes (a `write_all!` may wait, and
//!   others take their turn meanwhile).
//! - **Replies in one write per batch**: a pipeline of requests that arrived together is
//!   answered with one `write_all!`, as Redis does.
//! - **Expiry**: lazy when a command looks up a key, plus a task that removes keys past
//!   their time that nobody looks up ([`keyspace::Keyspace::expire_due`]).
//! - **Several schedulers, shared nothing** ([`shard`]): with `--schedulers N`, N threads
//!   each run a scheduler with a listener of its own on the same port (`SO_REUSEPORT`: the
//!   kernel spreads the connections) and one shard of the keyspace. A request for a key of
//!   another shard crosses to it by channel, once per batch and shard, and its reply comes
//!   back the same way; no lock guards any keyspace.
//!
//! # What it understands
//!
//! `PING`, `ECHO`, `SET` (with `NX`, `XX`, `GET`, `EX`, `PX`, `KEEPTTL`), `GET`, `DEL`,
//! `EXISTS`, `INCR`, `DECR`, `INCRBY`, `MSET`, `MGET`, `LPUSH`, `RPUSH`, `LPOP`, `RPOP`,
//! `LRANGE`, `LLEN`, `SADD`, `SPOP`, `SMEMBERS`, `SCARD`, `HSET`, `HGET`, `HGETALL`, `ZADD`,
//! `ZPOPMIN`, `ZRANGE` (by index, with `REV` and `WITHSCORES`), `EXPIRE`, `TTL`,
//! `CONFIG GET` (`save` and `appendonly`, as a server that never writes to disk answers
//! them) and `QUIT`, with Redis's replies and error messages; any other command gets
//! `-ERR unknown command`. A malformed request (a bad length, a bulk longer than 512 MB,
//! an inline line longer than 64 KiB without its end, a connection closed or stalled
//! inside a request) gets `-ERR Protocol error: ...` and the connection is closed, as
//! Redis does; the other clients are not affected. So does a multibulk request that would
//! take more than 1 GiB of the server's memory while it is parsed (its bytes and 16 bytes
//! per argument), which Redis closes at its `client-query-buffer-limit`.
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use coro_core::net::TcpListener;
use coro_core::sched::Scheduler;

pub mod commands;
pub mod keyspace;
#[path = "../shared/per_scheduler.rs"]
pub mod per_scheduler;
pub mod protocol;
pub mod reply;
pub mod server;
pub mod shard;

/// How to start the server.
const USAGE: &str = "usage: resp_server [--port N] [--bind ADDR] [--schedulers N]
  --port N        the TCP port to listen on (default 6379; 0 picks a free one)
  --bind ADDR     the address to listen on (default 127.0.0.1)
  --schedulers N  threads, each with a scheduler and a shard of the keyspace (default 1)";

/// The command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Where to listen.
    pub address: SocketAddr,
    /// How many schedulers (threads, shards) serve; at least 1.
    pub schedulers: usize,
}

impl Options {
    /// Parses the arguments (without the program's name).
    ///
    /// # Errors
    ///
    /// An unknown option, a missing value, or a value that does not parse.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
        let mut port: u16 = 6379;
        let mut bind = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let mut schedulers = 1;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let value = args.next();
            let value = value.as_deref();
            match (arg.as_str(), value) {
                ("--port", Some(value)) => {
                    port = value.parse().map_err(|_| format!("bad port {value:?}"))?;
                }
                ("--bind", Some(value)) => {
                    bind = value
                        .parse()
                        .map_err(|_| format!("bad address {value:?}"))?;
                }
                ("--schedulers", Some(value)) => {
                    schedulers = value
                        .parse()
                        .ok()
                        .filter(|&n| n >= 1)
                        .ok_or_else(|| format!("bad number of schedulers {value:?}"))?;
                }
                ("--port" | "--bind" | "--schedulers", None) => {
                    return Err(format!("{arg} needs a value"));
                }
                _ => return Err(format!("unknown option {arg:?}")),
            }
        }
        Ok(Options {
            address: SocketAddr::new(bind, port),
            schedulers,
        })
    }
}

fn main() -> ExitCode {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(error) => {
            eprintln!("resp_server: {error}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if options.schedulers > 1 {
        return serve_sharded(&options);
    }
    let listener = match TcpListener::bind(options.address) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("resp_server: cannot listen on {}: {error}", options.address);
            return ExitCode::FAILURE;
        }
    };
    match listener.local_addr() {
        Ok(address) => println!("resp_server: listening on {address}"),
        Err(error) => eprintln!("resp_server: listening, address unknown: {error}"),
    }
    let sched = Scheduler::new();
    server::start(&sched, listener, server::Config::default());
    // The server's tasks never end: `run` returns only if the scheduler fails.
    match sched.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("resp_server: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Serves on a runtime of `options.schedulers` schedulers, one shard of the keyspace each.
fn serve_sharded(options: &Options) -> ExitCode {
    let config = server::Config::default();
    let (address, runtime) = match shard::start(options.address, options.schedulers, &config) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("resp_server: cannot listen on {}: {error}", options.address);
            return ExitCode::FAILURE;
        }
    };
    println!(
        "resp_server: listening on {address} with {} schedulers",
        options.schedulers
    );
    // The servers' tasks never end: `run` returns only if they all stop.
    match runtime.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("resp_server: {error}");
            ExitCode::FAILURE
        }
    }
}
