//! The keyspace split over several schedulers (`--schedulers N`): each scheduler owns one
//! shard, the keys whose hash falls to it, and no lock guards any of them.
//!
//! Every scheduler accepts connections (one `SO_REUSEPORT` listener each). A connection's
//! task runs the requests for keys of its own shard itself; a request for a key of another
//! shard crosses, by a `Send` channel, to that shard's [`serve_shard`] task, which runs it
//! on its own keyspace and sends the reply back. A batch of pipelined requests crosses once
//! per shard it touches, not once per request, and its replies come back in the order the
//! requests came in. Commands without a key (`PING`, `CONFIG`, an unknown command, one with
//! too few arguments) run where the connection is.
//!
//! `DEL`, `EXISTS`, `MGET` and `MSET` with keys in several shards are split into one request
//! per key and their replies joined (a sum, an array, one `+OK`): each key is changed
//! atomically, but, as in Redis Cluster (which refuses such commands), not all of them at
//! once.
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use coro_core::channel::sync;
use coro_core::rt::Runtime;

use super::commands::{self, Flow};
use super::keyspace::Keyspace;
use super::per_scheduler::listen_on_each;
use super::protocol::{Request, Requests};
use super::reply;
use super::server::{self, Config};

/// How many batches a shard's inbox holds before senders wait.
pub const INBOX_CAPACITY: usize = 1024;

/// The shard that owns `key` among `shards` (FNV-1a, the same in every process).
#[must_use]
pub fn shard_of(key: &[u8], shards: usize) -> usize {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in key {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // The remainder is below `shards`, which is a `usize`.
    usize::try_from(hash % shards as u64).unwrap_or(0)
}

/// Starts a [`Runtime`] of `count` schedulers, each with a listener of its own on `address`
/// (`SO_REUSEPORT`, so that they share the port) and one shard of the keyspace, its tasks
/// pinned there. Returns the address they listen on (the port the first one got, if
/// `address` asks for port 0) and the runtime, which serves until it is dropped.
///
/// # Errors
///
/// When the runtime cannot start its threads or a listener cannot be made (the runtime is
/// dropped then, which stops the shards started before).
pub fn start(
    address: SocketAddr,
    count: usize,
    config: &Config,
) -> io::Result<(SocketAddr, Runtime)> {
    let runtime = Runtime::builder().schedulers(count).build()?;
    let (inboxes, receivers): (Vec<_>, Vec<_>) =
        (0..count).map(|_| sync::channel(INBOX_CAPACITY)).unzip();
    let inboxes: Arc<[sync::Sender<Forward>]> = inboxes.into();
    let mut receivers = receivers.into_iter();
    let address = listen_on_each(&runtime, address, |own| {
        let shards = Shards {
            own,
            inboxes: Arc::clone(&inboxes),
        };
        let config = config.clone();
        let inbox = receivers.next();
        move |listener| {
            if let Some(inbox) = inbox {
                server::spawn_shard(listener, config, shards, inbox);
            }
        }
    })?;
    Ok((address, runtime))
}

/// A scheduler's view of the shards: which one is its own, and the inbox of each.
#[derive(Debug, Clone)]
pub struct Shards {
    /// This scheduler's shard.
    pub own: usize,
    /// Every shard's inbox, by index.
    pub inboxes: Arc<[sync::Sender<Forward>]>,
}

impl Shards {
    /// One shard: the whole keyspace on one scheduler.
    #[must_use]
    pub fn single() -> Shards {
        Shards {
            own: 0,
            inboxes: Arc::from(Vec::new()),
        }
    }

    /// The number of shards (at least 1).
    #[must_use]
    pub fn count(&self) -> usize {
        self.inboxes.len().max(1)
    }
}

/// Requests for another shard, and where its replies go.
#[derive(Debug)]
pub struct Forward {
    /// The requests, in the order the connection received them (boxed: a connection's task
    /// keeps a `Forward` while its send waits, and stays small).
    pub requests: Box<Requests>,
    /// The connection's channel for replies.
    pub reply_to: sync::Sender<Replies>,
}

/// The replies of one shard to a [`Forward`], one after another.
#[derive(Debug, Default)]
pub struct Replies {
    /// The shard that ran the requests.
    pub shard: usize,
    bytes: Vec<u8>,
    /// The end of each reply in `bytes`.
    ends: Vec<usize>,
}

impl Replies {
    /// Runs `requests` against `keyspace`, one reply each; stops after a `QUIT`.
    pub fn run(
        shard: usize,
        keyspace: &mut Keyspace,
        requests: &Requests,
        now: std::time::Instant,
    ) -> (Replies, Flow) {
        let mut replies = Replies {
            shard,
            ..Replies::default()
        };
        for request in requests.iter() {
            let flow = commands::execute(keyspace, &request, now, &mut replies.bytes);
            replies.ends.push(replies.bytes.len());
            if flow == Flow::Close {
                return (replies, Flow::Close);
            }
        }
        (replies, Flow::Continue)
    }

    /// The replies of a shard that is gone: an error for each of `count` requests.
    #[must_use]
    pub fn unavailable(shard: usize, count: usize) -> Replies {
        let mut replies = Replies {
            shard,
            ..Replies::default()
        };
        for _ in 0..count {
            reply::error(
                &mut replies.bytes,
                &format!("ERR shard {shard} is unavailable"),
            );
            replies.ends.push(replies.bytes.len());
        }
        replies
    }

    /// The `i`-th reply.
    fn get(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.bytes.get(start..self.ends[i]).unwrap_or_default()
    }
}

/// How the reply of a request is made from the replies of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// One part, whose reply is the request's.
    One,
    /// `DEL`, `EXISTS`: the sum of the parts' integers.
    Sum,
    /// `MGET`: an array of the parts' single elements.
    Array,
    /// `MSET`: `+OK`.
    Ok,
}

/// Where a request goes.
enum Route {
    /// To one shard, whole.
    Whole(usize),
    /// Split into one request per key (per key and value for `MSET`), each to its shard.
    Split(Join),
}

/// The key of a request that has exactly one, at argument 1.
fn single_key(name: &[u8]) -> bool {
    const KEYED: &[&[u8]] = &[
        b"set",
        b"get",
        b"incr",
        b"decr",
        b"incrby",
        b"lpush",
        b"rpush",
        b"lpop",
        b"rpop",
        b"lrange",
        b"llen",
        b"sadd",
        b"spop",
        b"smembers",
        b"scard",
        b"hset",
        b"hget",
        b"hgetall",
        b"zadd",
        b"zpopmin",
        b"zrange",
        b"expire",
        b"ttl",
    ];
    KEYED.iter().any(|keyed| name.eq_ignore_ascii_case(keyed))
}

/// Where `request` goes, among `shards` shards, `own` being the connection's.
fn route(request: &Request<'_>, own: usize, shards: usize) -> Route {
    let name = request.arg(0);
    if request.len() >= 2 && single_key(name) {
        return Route::Whole(shard_of(request.arg(1), shards));
    }
    // Multi-key commands with the arguments they need (otherwise the arity error comes
    // from the connection's own shard).
    let (join, step) = if request.len() >= 2
        && (name.eq_ignore_ascii_case(b"del") || name.eq_ignore_ascii_case(b"exists"))
    {
        (Join::Sum, 1)
    } else if request.len() >= 2 && name.eq_ignore_ascii_case(b"mget") {
        (Join::Array, 1)
    } else if request.len() >= 3 && request.len() % 2 == 1 && name.eq_ignore_ascii_case(b"mset") {
        (Join::Ok, 2)
    } else {
        return Route::Whole(own);
    };
    let mut keys = request.args(1).step_by(step);
    let first = keys.next().map_or(own, |key| shard_of(key, shards));
    if keys.all(|key| shard_of(key, shards) == first) {
        Route::Whole(first)
    } else {
        Route::Split(join)
    }
}

/// Whether every request of `requests` runs on shard `own` (then the batch runs as on a
/// single scheduler, with nothing to copy).
#[must_use]
pub fn all_own(requests: &Requests, own: usize, shards: usize) -> bool {
    requests
        .iter()
        .all(|request| matches!(route(&request, own, shards), Route::Whole(s) if s == own))
}

/// A batch of requests, some of which run on other shards: the requests for each shard,
/// then, as their replies come, what it takes to put the replies together in order.
#[derive(Debug)]
pub struct Batch {
    /// The requests for each shard, by index.
    forwards: Vec<Requests>,
    /// Each part of each request: its shard and its index among that shard's requests.
    parts: Vec<(usize, usize)>,
    /// Each request: how its reply is made, and the end of its parts in `parts`.
    requests: Vec<(Join, usize)>,
    /// The replies of each shard, once they are in.
    replies: Vec<Option<Replies>>,
}

impl Batch {
    /// Sorts `requests` by shard, splitting those with keys in several; stops after a
    /// `QUIT`, which ends the batch.
    #[must_use]
    pub fn plan(requests: &Requests, own: usize, shards: usize) -> Batch {
        let mut batch = Batch {
            forwards: (0..shards).map(|_| Requests::default()).collect(),
            parts: Vec::new(),
            requests: Vec::with_capacity(requests.len()),
            replies: (0..shards).map(|_| None).collect(),
        };
        for request in requests.iter() {
            let join = match route(&request, own, shards) {
                Route::Whole(shard) => {
                    batch.add_part(shard, request.args(0));
                    Join::One
                }
                Route::Split(join) => {
                    let name = request.arg(0);
                    let step = if join == Join::Ok { 2 } else { 1 };
                    let args: Vec<&[u8]> = request.args(1).collect();
                    for pair in args.chunks(step) {
                        let shard = shard_of(pair[0], shards);
                        batch.add_part(shard, core::iter::once(name).chain(pair.iter().copied()));
                    }
                    join
                }
            };
            batch.requests.push((join, batch.parts.len()));
            if request.arg(0).eq_ignore_ascii_case(b"quit") {
                break;
            }
        }
        batch
    }

    fn add_part<'a>(&mut self, shard: usize, args: impl Iterator<Item = &'a [u8]>) {
        let forward = &mut self.forwards[shard];
        for arg in args {
            forward.push_arg(arg);
        }
        forward.end_request();
        self.parts.push((shard, forward.len() - 1));
    }

    /// Takes the requests for `shard`, unless there are none.
    pub fn take_forward(&mut self, shard: usize) -> Option<Box<Requests>> {
        let forward = std::mem::take(&mut self.forwards[shard]);
        (!forward.is_empty()).then(|| Box::new(forward))
    }

    /// Records the replies of a shard.
    pub fn receive(&mut self, replies: Replies) {
        let shard = replies.shard;
        if let Some(slot) = self.replies.get_mut(shard) {
            *slot = Some(replies);
        }
    }

    /// Appends the reply of every request to `out`, in order, from the replies received;
    /// a part whose shard sent none (it stopped at a `QUIT` before it) gets nothing.
    pub fn finish(&self, out: &mut Vec<u8>) {
        let mut first_part = 0;
        for &(join, end) in &self.requests {
            let parts = self.parts[first_part..end].iter().map(|&(shard, index)| {
                self.replies[shard]
                    .as_ref()
                    .filter(|replies| index < replies.ends.len())
                    .map_or(&b""[..], |replies| replies.get(index))
            });
            join_replies(join, end - first_part, parts, out);
            first_part = end;
        }
    }
}

/// Appends to `out` the reply made of `count` parts' replies.
fn join_replies<'a>(
    join: Join,
    count: usize,
    mut parts: impl Iterator<Item = &'a [u8]>,
    out: &mut Vec<u8>,
) {
    match join {
        Join::One => out.extend_from_slice(parts.next().unwrap_or_default()),
        Join::Sum => {
            let mut sum = 0;
            for part in parts {
                match part
                    .strip_prefix(b":")
                    .and_then(|rest| rest.strip_suffix(b"\r\n"))
                {
                    Some(digits) => sum += super::protocol::parse_i64(digits).unwrap_or(0),
                    // An error (a gone shard): it is the reply.
                    None => return out.extend_from_slice(part),
                }
            }
            reply::integer(out, sum);
        }
        Join::Array => {
            let parts: Vec<&[u8]> = parts.collect();
            // An error (a gone shard) is the reply, as for the other joins.
            if let Some(error) = parts.iter().find(|part| part.starts_with(b"-")) {
                return out.extend_from_slice(error);
            }
            reply::array(out, count);
            for part in parts {
                // Each part is `MGET` of one key: a one-element array.
                match part.strip_prefix(b"*1\r\n") {
                    Some(element) => out.extend_from_slice(element),
                    None => reply::null(out),
                }
            }
        }
        Join::Ok => match parts.find(|part| part.starts_with(b"-")) {
            Some(error) => out.extend_from_slice(error),
            None => out.extend_from_slice(reply::OK),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requests(batch: &[&[&str]]) -> Requests {
        let mut requests = Requests::default();
        for request in batch {
            for arg in *request {
                requests.push_arg(arg.as_bytes());
            }
            requests.end_request();
        }
        requests
    }

    /// Runs `batch` over `shards` keyspaces, as the connection of shard 0 and the shard
    /// tasks do, and returns the replies as text.
    fn run(keyspaces: &mut [Keyspace], batch: &[&[&str]]) -> String {
        let shards = keyspaces.len();
        let requests = requests(batch);
        let mut plan = Batch::plan(&requests, 0, shards);
        let now = std::time::Instant::now();
        for (shard, keyspace) in keyspaces.iter_mut().enumerate() {
            if let Some(forward) = plan.take_forward(shard) {
                plan.receive(Replies::run(shard, keyspace, &forward, now).0);
            }
        }
        let mut out = Vec::new();
        plan.finish(&mut out);
        String::from_utf8(out).unwrap()
    }

    /// Keys that fall on shards 0 and 1 of 2.
    fn keys_on_two_shards() -> (String, String) {
        let on = |shard| {
            (0..1000)
                .map(|i| format!("key{i}"))
                .find(|key| shard_of(key.as_bytes(), 2) == shard)
                .unwrap()
        };
        (on(0), on(1))
    }

    #[test]
    fn the_hash_spreads_keys_and_is_stable() {
        let mut counts = [0; 4];
        for i in 0..4000 {
            counts[shard_of(format!("key:{i}").as_bytes(), 4)] += 1;
        }
        assert!(
            counts.iter().all(|&n| (800..1200).contains(&n)),
            "{counts:?}"
        );
        assert_eq!(shard_of(b"", 4), shard_of(b"", 4));
        assert_eq!(shard_of(b"anything", 1), 0);
    }

    #[test]
    fn replies_come_back_in_request_order_across_shards() {
        let (a, b) = keys_on_two_shards();
        let mut keyspaces = [Keyspace::new(), Keyspace::new()];
        let out = run(
            &mut keyspaces,
            &[
                &["SET", &a, "1"],
                &["SET", &b, "2"],
                &["PING"],
                &["INCR", &b],
                &["GET", &a],
                &["GET", &b],
            ],
        );
        assert_eq!(out, "+OK\r\n+OK\r\n+PONG\r\n:3\r\n$1\r\n1\r\n$1\r\n3\r\n");
        // Each key lives in its own shard only.
        let mut probe = [Keyspace::new(), Keyspace::new()];
        std::mem::swap(&mut probe, &mut keyspaces);
        assert_eq!(run(&mut probe[..1], &[&["EXISTS", &a, &b]]), ":1\r\n");
    }

    #[test]
    fn multi_key_commands_split_and_join() {
        let (a, b) = keys_on_two_shards();
        let mut keyspaces = [Keyspace::new(), Keyspace::new()];
        assert_eq!(
            run(&mut keyspaces, &[&["MSET", &a, "x", &b, "y"]]),
            "+OK\r\n"
        );
        assert_eq!(
            run(&mut keyspaces, &[&["MGET", &b, "missing", &a]]),
            "*3\r\n$1\r\ny\r\n$-1\r\n$1\r\nx\r\n"
        );
        assert_eq!(run(&mut keyspaces, &[&["EXISTS", &a, &b, &a]]), ":3\r\n");
        assert_eq!(
            run(&mut keyspaces, &[&["DEL", &a, &b, "missing"]]),
            ":2\r\n"
        );
        assert_eq!(run(&mut keyspaces, &[&["EXISTS", &a, &b]]), ":0\r\n");
    }

    #[test]
    fn errors_stay_the_single_scheduler_ones() {
        let (a, b) = keys_on_two_shards();
        let mut keyspaces = [Keyspace::new(), Keyspace::new()];
        assert_eq!(
            run(
                &mut keyspaces,
                &[
                    &["MSET", &a, "x", &b],
                    &["GET"],
                    &["LPUSH", &b, "v"],
                    &["GET", &b]
                ]
            ),
            "-ERR wrong number of arguments for 'mset' command\r\n\
             -ERR wrong number of arguments for 'get' command\r\n\
             :1\r\n\
             -WRONGTYPE Operation against a key holding the wrong kind of value\r\n"
        );
        // MGET gives nil for a key of another type, also when it is split.
        assert_eq!(
            run(&mut keyspaces, &[&["MGET", &a, &b]]),
            "*2\r\n$-1\r\n$-1\r\n"
        );
    }

    #[test]
    fn a_gone_shard_is_an_error_not_a_nil() {
        let mut out = Vec::new();
        let unavailable = Replies::unavailable(1, 1);
        join_replies(
            Join::Array,
            2,
            [&b"*1\r\n$1\r\nx\r\n"[..], unavailable.get(0)].into_iter(),
            &mut out,
        );
        assert_eq!(out, b"-ERR shard 1 is unavailable\r\n");
        out.clear();
        join_replies(
            Join::Sum,
            2,
            [&b":1\r\n"[..], unavailable.get(0)].into_iter(),
            &mut out,
        );
        assert_eq!(out, b"-ERR shard 1 is unavailable\r\n");
    }

    #[test]
    fn quit_ends_the_batch_after_the_replies_before_it() {
        let (a, b) = keys_on_two_shards();
        let mut keyspaces = [Keyspace::new(), Keyspace::new()];
        assert_eq!(
            run(
                &mut keyspaces,
                &[&["SET", &b, "1"], &["QUIT"], &["SET", &a, "2"]]
            ),
            "+OK\r\n+OK\r\n"
        );
        assert_eq!(run(&mut keyspaces, &[&["EXISTS", &a, &b]]), ":1\r\n");
    }

    #[test]
    fn a_batch_on_the_own_shard_is_not_copied() {
        let (a, b) = keys_on_two_shards();
        assert!(all_own(
            &requests(&[&["GET", &a], &["PING"], &["MGET", &a, &a]]),
            0,
            2
        ));
        assert!(!all_own(&requests(&[&["GET", &a], &["GET", &b]]), 0, 2));
        assert!(!all_own(&requests(&[&["DEL", &a, &b]]), 0, 2));
    }
}
