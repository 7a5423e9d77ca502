//! The commands: each request runs against the keyspace and appends its reply, with
//! Redis's replies and error messages. Here: the dispatch, the commands on the connection
//! and the server (`PING`, `ECHO`, `CONFIG GET`, `QUIT`) and what several commands share;
//! the commands on strings and keys are in `strings`, those on lists, sets, hashes and
//! sorted sets in `collections`.
use std::time::Instant;

use super::keyspace::{Keyspace, Value};
use super::protocol::{Request, parse_i64};
use super::reply;

mod collections;
mod strings;

use collections::{
    End, hget, hgetall, hset, lrange, pop, push, sadd, smembers, spop, zadd, zpopmin, zrange,
};
use strings::{del, exists, expire, get, incr_by, incrby, mget, mset, set, ttl};

/// What the connection does after a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Goes on reading requests.
    Continue,
    /// Writes the replies so far, then closes (`QUIT`).
    Close,
}

const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";
const NOT_INTEGER: &str = "ERR value is not an integer or out of range";
const NOT_FLOAT: &str = "ERR value is not a valid float";
const SYNTAX: &str = "ERR syntax error";
const NOT_POSITIVE: &str = "ERR value is out of range, must be positive";
const OVERFLOW: &str = "ERR increment or decrement would overflow";

/// The longest command name: longer ones are unknown.
const MAX_NAME_LEN: usize = 16;

/// Appends `ERR wrong number of arguments for 'name' command`.
fn wrong_arity(out: &mut Vec<u8>, name: &str) -> Flow {
    reply::error(
        out,
        &format!("ERR wrong number of arguments for '{name}' command"),
    );
    Flow::Continue
}

/// Appends `message` and goes on.
fn fail(out: &mut Vec<u8>, message: &str) -> Flow {
    reply::error(out, message);
    Flow::Continue
}

/// Whether `request` has the arguments that `arity` asks for (Redis's convention: `n` means
/// exactly `n`, `-n` at least `n`, the command name included); appends the error if not.
fn arity_ok(request: &Request<'_>, name: &str, arity: isize, out: &mut Vec<u8>) -> bool {
    let n = request.len().cast_signed();
    let ok = if arity >= 0 { n == arity } else { n >= -arity };
    if !ok {
        wrong_arity(out, name);
    }
    ok
}

/// `word` in lowercase, in `buf` (without allocating); empty if it is longer than
/// [`MAX_NAME_LEN`], which no command name or option is.
fn lowercase<'a>(word: &[u8], buf: &'a mut [u8; MAX_NAME_LEN]) -> &'a [u8] {
    let Some(lower) = buf.get_mut(..word.len()) else {
        return b"";
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    lower
}

/// What runs a command.
type Run = fn(&mut Keyspace, &Request<'_>, Instant, &mut Vec<u8>) -> Flow;

/// Runs `request` against `keyspace` at time `now`, appending its reply to `out`.
pub fn execute(
    keyspace: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let mut buf = [0; MAX_NAME_LEN];
    // Each command: its name as `wrong number of arguments` errors spell it, its arity,
    // and the function that runs it.
    let (name, arity, run): (&str, isize, Run) = match lowercase(request.arg(0), &mut buf) {
        b"ping" => ("ping", -1, ping),
        b"echo" => ("echo", 2, echo),
        b"set" => ("set", -3, set),
        b"get" => ("get", 2, get),
        b"del" => ("del", -2, del),
        b"exists" => ("exists", -2, exists),
        b"incr" => ("incr", 2, |ks, r, now, out| {
            incr_by(ks, r.arg(1), 1, now, out)
        }),
        b"decr" => ("decr", 2, |ks, r, now, out| {
            incr_by(ks, r.arg(1), -1, now, out)
        }),
        b"incrby" => ("incrby", 3, incrby),
        b"mset" => ("mset", -3, mset),
        b"mget" => ("mget", -2, mget),
        b"lpush" => ("lpush", -3, |ks, r, now, out| {
            push(ks, r, End::Left, now, out)
        }),
        b"rpush" => ("rpush", -3, |ks, r, now, out| {
            push(ks, r, End::Right, now, out)
        }),
        b"lpop" => ("lpop", -2, |ks, r, now, out| {
            pop(ks, r, End::Left, now, out)
        }),
        b"rpop" => ("rpop", -2, |ks, r, now, out| {
            pop(ks, r, End::Right, now, out)
        }),
        b"lrange" => ("lrange", 4, lrange),
        b"llen" => ("llen", 2, |ks, r, now, out| {
            length(ks, r, now, out, |v| match v {
                Value::List(list) => Some(list.len()),
                _ => None,
            })
        }),
        b"sadd" => ("sadd", -3, sadd),
        b"spop" => ("spop", -2, spop),
        b"smembers" => ("smembers", 2, smembers),
        b"scard" => ("scard", 2, |ks, r, now, out| {
            length(ks, r, now, out, |v| match v {
                Value::Set(set) => Some(set.len()),
                _ => None,
            })
        }),
        b"hset" => ("hset", -4, hset),
        b"hget" => ("hget", 3, hget),
        b"hgetall" => ("hgetall", 2, hgetall),
        b"zadd" => ("zadd", -4, zadd),
        b"zpopmin" => ("zpopmin", -2, zpopmin),
        b"zrange" => ("zrange", -4, zrange),
        b"expire" => ("expire", -3, expire),
        b"ttl" => ("ttl", 2, ttl),
        b"config" => ("config", -2, config),
        b"quit" => ("quit", -1, |_, _, _, out| {
            out.extend_from_slice(reply::OK);
            Flow::Close
        }),
        _ => return unknown_command(request, out),
    };
    if !arity_ok(request, name, arity, out) {
        return Flow::Continue;
    }
    run(keyspace, request, now, out)
}

/// `ERR unknown command 'name', with args beginning with: 'a' 'b' `, as Redis words it
/// (the name up to 128 bytes, and arguments while the list is under 128 bytes).
fn unknown_command(request: &Request<'_>, out: &mut Vec<u8>) -> Flow {
    let name = request.arg(0);
    let name = String::from_utf8_lossy(&name[..name.len().min(128)]);
    let mut args = String::new();
    for arg in request.args(1) {
        if args.len() >= 128 {
            break;
        }
        let room = 128 - args.len();
        let arg = String::from_utf8_lossy(&arg[..arg.len().min(room)]);
        args.push('\'');
        args.push_str(&arg);
        args.push_str("' ");
    }
    fail(
        out,
        &format!("ERR unknown command '{name}', with args beginning with: {args}"),
    )
}

fn ping(_: &mut Keyspace, request: &Request<'_>, _: Instant, out: &mut Vec<u8>) -> Flow {
    match request.len() {
        1 => out.extend_from_slice(b"+PONG\r\n"),
        2 => reply::bulk(out, request.arg(1)),
        _ => return wrong_arity(out, "ping"),
    }
    Flow::Continue
}

fn echo(_: &mut Keyspace, request: &Request<'_>, _: Instant, out: &mut Vec<u8>) -> Flow {
    reply::bulk(out, request.arg(1));
    Flow::Continue
}

/// Parses the optional count of `LPOP`, `SPOP`, `ZPOPMIN`: `Err` once the error is
/// appended.
fn pop_count(request: &Request<'_>, out: &mut Vec<u8>) -> Result<Option<usize>, Flow> {
    if request.len() < 3 {
        return Ok(None);
    }
    match parse_i64(request.arg(2)).and_then(|n| usize::try_from(n).ok()) {
        Some(n) => Ok(Some(n)),
        None => Err(fail(out, NOT_POSITIVE)),
    }
}

/// The positions `start..=stop` of a sequence of `len`, with negative indices counted from
/// the end, as `LRANGE` and `ZRANGE` take them; `None` when the range is empty.
fn index_range(start: i64, stop: i64, len: usize) -> Option<(usize, usize)> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let start = if start < 0 { start + len } else { start }.max(0);
    let stop = if stop < 0 { stop + len } else { stop }.min(len - 1);
    if start > stop || start >= len {
        return None;
    }
    Some((usize::try_from(start).ok()?, usize::try_from(stop).ok()?))
}

/// Parses the `start` and `stop` arguments at 2 and 3.
fn start_stop(request: &Request<'_>) -> Option<(i64, i64)> {
    Some((parse_i64(request.arg(2))?, parse_i64(request.arg(3))?))
}

/// For `LRANGE` and `ZRANGE`: the collection at the key (`pick` finds it and its length in
/// a value, or `None` for another type) and the positions from its `start` and `stop`
/// arguments; `None` once the reply is appended (an error, or an empty array).
fn ranged<'k, T: ?Sized>(
    ks: &'k mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
    pick: fn(&Value) -> Option<(&T, usize)>,
) -> Option<(&'k T, usize, usize)> {
    let Some((start, stop)) = start_stop(request) else {
        fail(out, NOT_INTEGER);
        return None;
    };
    let (collection, len) = match ks.get(request.arg(1), now).map(|e| pick(&e.value)) {
        None => {
            reply::array(out, 0);
            return None;
        }
        Some(Some(found)) => found,
        Some(None) => {
            fail(out, WRONGTYPE);
            return None;
        }
    };
    let Some((first, last)) = index_range(start, stop, len) else {
        reply::array(out, 0);
        return None;
    };
    Some((collection, first, last))
}

/// `LLEN`, `SCARD`: the size of the collection at the key (`len` gives it, or `None` for
/// another type), 0 if there is none.
fn length(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
    len: fn(&Value) -> Option<usize>,
) -> Flow {
    match ks.get(request.arg(1), now).map(|e| len(&e.value)) {
        None => reply::integer(out, 0),
        Some(Some(n)) => reply::count(out, n),
        Some(None) => return fail(out, WRONGTYPE),
    }
    Flow::Continue
}

/// The parameters `CONFIG GET` knows, with the values of a server that never saves to disk.
const CONFIG: [(&str, &str); 2] = [("save", ""), ("appendonly", "no")];

/// `CONFIG GET pattern [pattern ...]`: the known parameters matching any pattern.
fn config(_: &mut Keyspace, request: &Request<'_>, _: Instant, out: &mut Vec<u8>) -> Flow {
    let subcommand = request.arg(1);
    if !subcommand.eq_ignore_ascii_case(b"get") {
        let subcommand = String::from_utf8_lossy(&subcommand[..subcommand.len().min(128)]);
        return fail(
            out,
            &format!("ERR unknown subcommand '{subcommand}'. Try CONFIG HELP."),
        );
    }
    if request.len() < 3 {
        return wrong_arity(out, "config|get");
    }
    // A name without wildcards is answered as it was spelled, as Redis does.
    let mut matching: Vec<(&[u8], &str)> = Vec::new();
    for pattern in request.args(2) {
        let literal = !pattern.iter().any(|b| b"*?[".contains(b));
        for (name, value) in CONFIG {
            let known = matching
                .iter()
                .any(|(seen, _)| seen.eq_ignore_ascii_case(name.as_bytes()));
            if !known && glob_match(pattern, name.as_bytes()) {
                matching.push((if literal { pattern } else { name.as_bytes() }, value));
            }
        }
    }
    reply::array(out, matching.len() * 2);
    for (name, value) in matching {
        reply::bulk(out, name);
        reply::bulk(out, value.as_bytes());
    }
    Flow::Continue
}

/// Whether `text` matches the glob `pattern` (`*`, `?`, other bytes matched ignoring ASCII
/// case).
fn glob_match(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|skip| glob_match(rest, &text[skip..])),
        Some((b'?', rest)) => !text.is_empty() && glob_match(rest, &text[1..]),
        Some((c, rest)) => text
            .split_first()
            .is_some_and(|(t, text)| c.eq_ignore_ascii_case(t) && glob_match(rest, text)),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::super::protocol::Requests;
    use super::*;

    /// Runs `line` (arguments separated by spaces) at `now`; returns the raw reply.
    fn run(ks: &mut Keyspace, now: Instant, line: &str) -> String {
        let mut requests = Requests::default();
        for arg in line.split(' ') {
            requests.push_arg(arg.as_bytes());
        }
        requests.end_request();
        let mut out = Vec::new();
        execute(ks, &requests.get(0), now, &mut out);
        String::from_utf8(out).expect("these replies are text")
    }

    /// Runs each command in turn, checking its reply (as Redis 7.0 gives it).
    fn check(cases: &[(&str, &str)]) {
        let mut ks = Keyspace::new();
        let now = Instant::now();
        for (line, expected) in cases {
            assert_eq!(run(&mut ks, now, line), *expected, "{line}");
        }
    }

    #[test]
    fn strings_and_counters() {
        check(&[
            ("PING", "+PONG\r\n"),
            ("ping hello", "$5\r\nhello\r\n"),
            (
                "ping a b",
                "-ERR wrong number of arguments for 'ping' command\r\n",
            ),
            (
                "foo a b",
                "-ERR unknown command 'foo', with args beginning with: 'a' 'b' \r\n",
            ),
            (
                "get",
                "-ERR wrong number of arguments for 'get' command\r\n",
            ),
            ("set k v", "+OK\r\n"),
            ("set k v nx", "$-1\r\n"),
            ("set k v2 xx", "+OK\r\n"),
            ("set k v2 get", "$2\r\nv2\r\n"),
            ("set k v nx xx", "-ERR syntax error\r\n"),
            ("set k v ex", "-ERR syntax error\r\n"),
            (
                "set k v ex abc",
                "-ERR value is not an integer or out of range\r\n",
            ),
            (
                "set k v ex 0",
                "-ERR invalid expire time in 'set' command\r\n",
            ),
            ("set k v px 100 ex 10", "-ERR syntax error\r\n"),
            ("set k v ex 100 ex 200", "+OK\r\n"),
            ("ttl k", ":200\r\n"),
            ("set k v keepttl", "+OK\r\n"),
            ("ttl k", ":200\r\n"),
            ("set k v keepttl ex 10", "-ERR syntax error\r\n"),
            ("incr k", "-ERR value is not an integer or out of range\r\n"),
            ("incr n", ":1\r\n"),
            ("incrby n -11", ":-10\r\n"),
            (
                "incrby n x",
                "-ERR value is not an integer or out of range\r\n",
            ),
            ("set big 9223372036854775807", "+OK\r\n"),
            ("incr big", "-ERR increment or decrement would overflow\r\n"),
            (
                "mset a 1 b",
                "-ERR wrong number of arguments for 'mset' command\r\n",
            ),
            ("mset a 1 b 2", "+OK\r\n"),
            ("mget a nokey b", "*3\r\n$1\r\n1\r\n$-1\r\n$1\r\n2\r\n"),
            ("exists a a nokey", ":2\r\n"),
            ("del a nokey b", ":2\r\n"),
            (
                "lpush n x",
                "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
            ),
        ]);
    }

    #[test]
    fn lists_sets_and_hashes() {
        check(&[
            ("lpush l a b c", ":3\r\n"),
            ("rpush l d", ":4\r\n"),
            ("lrange l -2 -1", "*2\r\n$1\r\na\r\n$1\r\nd\r\n"),
            ("lrange l 5 10", "*0\r\n"),
            ("lpop l", "$1\r\nc\r\n"),
            ("rpop l 2", "*2\r\n$1\r\nd\r\n$1\r\na\r\n"),
            (
                "lpop l x",
                "-ERR value is out of range, must be positive\r\n",
            ),
            (
                "lpop l 1 2",
                "-ERR wrong number of arguments for 'lpop' command\r\n",
            ),
            ("lpop l", "$1\r\nb\r\n"),
            ("exists l", ":0\r\n"),
            ("lpop l 2", "*-1\r\n"),
            ("llen l", ":0\r\n"),
            ("sadd s a b a", ":2\r\n"),
            ("scard s", ":2\r\n"),
            ("spop s 1 2", "-ERR syntax error\r\n"),
            ("spop nokey 3", "*0\r\n"),
            ("spop s 0", "*0\r\n"),
            ("hset h f v g w", ":2\r\n"),
            ("hset h f v2", ":0\r\n"),
            (
                "hset h f",
                "-ERR wrong number of arguments for 'hset' command\r\n",
            ),
            ("hget h f", "$2\r\nv2\r\n"),
            ("hget h nof", "$-1\r\n"),
            // SET replaces a value of any type.
            ("set h x", "+OK\r\n"),
            ("get h", "$1\r\nx\r\n"),
            (
                "hset h f v",
                "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
            ),
        ]);
    }

    #[test]
    fn sorted_sets() {
        check(&[
            ("zadd z 1 a 2 b 1.5 c", ":3\r\n"),
            ("zadd z x a", "-ERR value is not a valid float\r\n"),
            ("zadd z 1 a 2", "-ERR syntax error\r\n"),
            (
                "zadd z nx xx 1 a",
                "-ERR XX and NX options at the same time are not compatible\r\n",
            ),
            (
                "zadd z gt nx 1 a",
                "-ERR GT, LT, and/or NX options at the same time are not compatible\r\n",
            ),
            (
                "zadd z incr 1 a 2 b",
                "-ERR INCR option supports a single increment-element pair\r\n",
            ),
            ("zadd z incr 5 a", "$1\r\n6\r\n"),
            ("zadd z ch 10 a 20 new", ":2\r\n"),
            ("zadd z gt 0 a", ":0\r\n"),
            ("zadd z inf i -inf ni", ":2\r\n"),
            ("zadd z nan x", "-ERR value is not a valid float\r\n"),
            (
                "zadd z incr -inf i",
                "-ERR resulting score is not a number (NaN)\r\n",
            ),
            (
                "zrange z 0 1 withscores",
                "*4\r\n$2\r\nni\r\n$4\r\n-inf\r\n$1\r\nc\r\n$3\r\n1.5\r\n",
            ),
            ("zrange z 0 0 rev", "*1\r\n$1\r\ni\r\n"),
            (
                "zpopmin z 2",
                "*4\r\n$2\r\nni\r\n$4\r\n-inf\r\n$1\r\nc\r\n$3\r\n1.5\r\n",
            ),
            (
                "zpopmin z -1",
                "-ERR value is out of range, must be positive\r\n",
            ),
            ("zpopmin nokey", "*0\r\n"),
            ("zadd zz xx incr 1 a", "$-1\r\n"),
            ("exists zz", ":0\r\n"),
        ]);
    }

    #[test]
    fn expiry_and_config() {
        check(&[
            ("expire nokey 10", ":0\r\n"),
            ("set e v", "+OK\r\n"),
            ("expire e 100", ":1\r\n"),
            ("expire e 100 nx", ":0\r\n"),
            ("expire e 50 gt", ":0\r\n"),
            ("expire e 50 lt", ":1\r\n"),
            ("ttl e", ":50\r\n"),
            ("expire e 10 bogus", "-ERR Unsupported option bogus\r\n"),
            (
                "expire e 10 gt lt",
                "-ERR GT and LT options at the same time are not compatible\r\n",
            ),
            (
                "expire e 9223372036854775807",
                "-ERR invalid expire time in 'expire' command\r\n",
            ),
            ("expire e 0", ":1\r\n"),
            ("ttl e", ":-2\r\n"),
            ("set e2 v", "+OK\r\n"),
            ("expire e2 10 gt", ":0\r\n"),
            ("ttl e2", ":-1\r\n"),
            ("config get save", "*2\r\n$4\r\nsave\r\n$0\r\n\r\n"),
            (
                "config get APPENDONLY",
                "*2\r\n$10\r\nAPPENDONLY\r\n$2\r\nno\r\n",
            ),
            ("config get nothing", "*0\r\n"),
            (
                "config get",
                "-ERR wrong number of arguments for 'config|get' command\r\n",
            ),
            (
                "config",
                "-ERR wrong number of arguments for 'config' command\r\n",
            ),
            (
                "config resetstat",
                "-ERR unknown subcommand 'resetstat'. Try CONFIG HELP.\r\n",
            ),
            ("quit", "+OK\r\n"),
        ]);
    }

    #[test]
    fn keys_expire_with_time() {
        let mut ks = Keyspace::new();
        let t0 = Instant::now();
        assert_eq!(run(&mut ks, t0, "set k v px 1500"), "+OK\r\n");
        assert_eq!(run(&mut ks, t0, "ttl k"), ":2\r\n");
        assert_eq!(
            run(&mut ks, t0 + Duration::from_millis(1499), "get k"),
            "$1\r\nv\r\n"
        );
        assert_eq!(
            run(&mut ks, t0 + Duration::from_millis(1500), "get k"),
            "$-1\r\n"
        );
        assert!(ks.is_empty());
    }
}
