//! The `resp_server` example, served on a loopback port of its own by a scheduler thread
//! in this process and driven through the `redis` client crate (and, for malformed input,
//! a raw `TcpStream`); its modules' unit tests run here too.
//!
//! Every client loop is bounded in count, and every socket has a read timeout.

#[allow(dead_code)]
#[path = "../examples/resp_server/main.rs"]
pub mod resp_server;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use redis::{Connection, Value};

use resp_server::server::{self, Config};

/// How long a test waits for any one reply.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Starts a server on a free loopback port, on a scheduler thread of its own that lives as
/// long as the test process.
fn start(config: Config) -> SocketAddr {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let listener = coro_core::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        tx.send(listener.local_addr().expect("local address"))
            .expect("the test waits for the address");
        let sched = coro_core::sched::Scheduler::new();
        server::start(&sched, listener, config);
        sched.run().expect("the server runs for ever");
    });
    rx.recv_timeout(TIMEOUT).expect("the server starts")
}

fn client(addr: SocketAddr) -> Connection {
    let client = redis::Client::open(format!("redis://{addr}/")).expect("a valid URL");
    let con = client
        .get_connection_with_timeout(TIMEOUT)
        .expect("the server accepts");
    con.set_read_timeout(Some(TIMEOUT)).expect("read timeout");
    con.set_write_timeout(Some(TIMEOUT)).expect("write timeout");
    con
}

/// A reply as text: `+OK`, `:3`, `$bytes`, `(nil)`, `[a, b]`, or `-CODE detail` for an
/// error, so that a whole exchange reads like `redis-cli`.
fn show(reply: redis::RedisResult<Value>) -> String {
    fn value(v: &Value) -> String {
        match v {
            Value::Nil => "(nil)".to_owned(),
            Value::Okay => "+OK".to_owned(),
            Value::SimpleString(s) => format!("+{s}"),
            Value::Int(n) => format!(":{n}"),
            Value::BulkString(bytes) => format!("${}", String::from_utf8_lossy(bytes)),
            Value::Array(items) => {
                let items: Vec<String> = items.iter().map(value).collect();
                format!("[{}]", items.join(", "))
            }
            other => format!("unexpected {other:?}"),
        }
    }
    match reply {
        Ok(v) => value(&v),
        Err(error) => format!(
            "-{} {}",
            error.code().unwrap_or("?"),
            error.detail().unwrap_or("")
        ),
    }
}

/// Sends `line` (arguments separated by spaces) as one command.
fn run(con: &mut Connection, line: &str) -> String {
    let mut words = line.split(' ');
    let mut cmd = redis::cmd(words.next().expect("a command name"));
    for word in words {
        cmd.arg(word);
    }
    show(cmd.query(con))
}

/// Runs each command in turn and checks its reply.
fn check(con: &mut Connection, exchanges: &[(&str, &str)]) {
    for (line, expected) in exchanges {
        assert_eq!(run(con, line), *expected, "{line}");
    }
}

#[test]
fn smoke() {
    let mut con = client(start(Config::default()));
    check(
        &mut con,
        &[("PING", "+PONG"), ("SET k v", "+OK"), ("GET k", "$v")],
    );
}

#[test]
fn every_command_replies_as_redis_does() {
    let mut con = client(start(Config::default()));
    check(
        &mut con,
        &[
            ("ping", "+PONG"),
            ("ping hello", "$hello"),
            (
                "ping a b",
                "-ERR wrong number of arguments for 'ping' command",
            ),
            ("echo hi", "$hi"),
            ("echo", "-ERR wrong number of arguments for 'echo' command"),
            (
                "foo a b",
                "-ERR unknown command 'foo', with args beginning with: 'a' 'b' ",
            ),
            ("set k v", "+OK"),
            ("set k v nx", "(nil)"),
            ("set k v2 xx", "+OK"),
            ("set k v3 get", "$v2"),
            ("set k v nx xx", "-ERR syntax error"),
            (
                "set k v ex abc",
                "-ERR value is not an integer or out of range",
            ),
            ("set k v ex 0", "-ERR invalid expire time in 'set' command"),
            ("set t v ex 100", "+OK"),
            ("ttl t", ":100"),
            ("set t v px 100000", "+OK"),
            ("ttl t", ":100"),
            ("get k", "$v3"),
            ("get nokey", "(nil)"),
            ("del k t nokey", ":2"),
            ("exists k t", ":0"),
            ("incr n", ":1"),
            ("decr n", ":0"),
            ("incrby n 42", ":42"),
            ("incrby n x", "-ERR value is not an integer or out of range"),
            ("set big 9223372036854775807", "+OK"),
            ("incr big", "-ERR increment or decrement would overflow"),
            ("mset a 1 b 2", "+OK"),
            (
                "mset a 1 b",
                "-ERR wrong number of arguments for 'mset' command",
            ),
            ("mget a nokey b", "[$1, (nil), $2]"),
            ("exists a a b nokey", ":3"),
            ("lpush l a b c", ":3"),
            ("rpush l d", ":4"),
            ("lrange l 0 -1", "[$c, $b, $a, $d]"),
            (
                "lrange l x 1",
                "-ERR value is not an integer or out of range",
            ),
            ("llen l", ":4"),
            ("lpop l", "$c"),
            ("rpop l", "$d"),
            ("lpop l 5", "[$b, $a]"),
            ("lpop l", "(nil)"),
            ("rpop l 2", "(nil)"),
            ("lpop l x", "-ERR value is out of range, must be positive"),
            ("sadd s a b a", ":2"),
            ("scard s", ":2"),
            ("sadd s c", ":1"),
            ("spop s 0", "[]"),
            ("spop nokey", "(nil)"),
            ("hset h f v g w", ":2"),
            ("hset h f v2", ":0"),
            (
                "hset h f",
                "-ERR wrong number of arguments for 'hset' command",
            ),
            ("hget h f", "$v2"),
            ("hget h nof", "(nil)"),
            ("zadd z 1 a 2 b 1.5 c", ":3"),
            ("zadd z x a", "-ERR value is not a valid float"),
            ("zadd z incr 5 a", "$6"),
            ("zrange z 0 -1", "[$c, $b, $a]"),
            ("zrange z 0 0 withscores", "[$c, $1.5]"),
            ("zrange z 0 0 rev", "[$a]"),
            ("zpopmin z", "[$c, $1.5]"),
            ("zpopmin z 5", "[$b, $2, $a, $6]"),
            ("zpopmin z", "[]"),
            ("set e v", "+OK"),
            ("expire e 100", ":1"),
            ("expire e 100 nx", ":0"),
            ("ttl e", ":100"),
            ("expire e x", "-ERR value is not an integer or out of range"),
            ("expire nokey 10", ":0"),
            ("ttl a", ":-1"),
            ("ttl nokey", ":-2"),
            ("config get save", "[$save, $]"),
            ("config get appendonly", "[$appendonly, $no]"),
            (
                "config set save x",
                "-ERR unknown subcommand 'set'. Try CONFIG HELP.",
            ),
            (
                "lpush a x",
                "-WRONGTYPE Operation against a key holding the wrong kind of value",
            ),
            (
                "get h",
                "-WRONGTYPE Operation against a key holding the wrong kind of value",
            ),
        ],
    );
    // Members of a set and fields of a hash come in no particular order.
    let mut members: Vec<Vec<u8>> = redis::cmd("SMEMBERS")
        .arg("s")
        .query(&mut con)
        .expect("smembers");
    members.sort();
    assert_eq!(members, [b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]);
    let popped: Vec<u8> = redis::cmd("SPOP").arg("s").query(&mut con).expect("spop");
    assert!(members.contains(&popped), "{popped:?}");
    let hash: std::collections::BTreeMap<String, String> = redis::cmd("HGETALL")
        .arg("h")
        .query(&mut con)
        .expect("hgetall");
    assert_eq!(
        hash.into_iter().collect::<Vec<_>>(),
        [("f".into(), "v2".into()), ("g".into(), "w".into())]
    );
    // QUIT is answered, then the connection closes.
    check(&mut con, &[("QUIT", "+OK")]);
    assert!(redis::cmd("PING").query::<Value>(&mut con).is_err());
}

#[test]
fn keys_expire() {
    let mut con = client(start(Config::default()));
    check(
        &mut con,
        &[
            ("set k v px 100", "+OK"),
            ("set l v", "+OK"),
            ("expire l 0", ":1"),
        ],
    );
    thread::sleep(Duration::from_millis(300));
    check(&mut con, &[("get k", "(nil)"), ("exists k l", ":0")]);
}

#[test]
fn a_pipeline_of_1000_commands_is_answered_in_order() {
    let mut con = client(start(Config::default()));
    let mut pipe = redis::pipe();
    for i in 0..1000 {
        match i % 4 {
            0 => pipe.cmd("SET").arg(format!("key:{i}")).arg(i),
            1 => pipe.cmd("GET").arg(format!("key:{}", i - 1)),
            2 => pipe.cmd("INCR").arg("counter"),
            _ => pipe.cmd("RPUSH").arg("list").arg(i),
        };
    }
    let replies: Vec<Value> = pipe.query(&mut con).expect("pipeline");
    assert_eq!(replies.len(), 1000);
    for (i, reply) in replies.iter().enumerate() {
        let expected = match i % 4 {
            0 => Value::Okay,
            1 => Value::BulkString((i - 1).to_string().into_bytes()),
            // INCR and RPUSH both count the commands of their kind so far.
            _ => Value::Int(i64::try_from(i / 4 + 1).expect("small")),
        };
        assert_eq!(*reply, expected, "reply {i}");
    }
    check(&mut con, &[("LLEN list", ":250"), ("GET counter", "$250")]);
}

#[test]
fn values_are_binary_safe() {
    let mut con = client(start(Config::default()));
    let value: Vec<u8> = b"a\r\nb\0c\r\n*1\r\n$3\r\n\0\0\0"
        .iter()
        .copied()
        .chain(0..=255)
        .collect();
    let key: &[u8] = b"k\0\r\n";
    let _: () = redis::cmd("SET")
        .arg(key)
        .arg(&value)
        .query(&mut con)
        .expect("set");
    let got: Vec<u8> = redis::cmd("GET").arg(key).query(&mut con).expect("get");
    assert_eq!(got, value);
    let _: i64 = redis::cmd("RPUSH")
        .arg("l")
        .arg(&value)
        .arg(b"\r\n")
        .query(&mut con)
        .expect("rpush");
    let got: Vec<Vec<u8>> = redis::cmd("LRANGE")
        .arg("l")
        .arg(0)
        .arg(-1)
        .query(&mut con)
        .expect("lrange");
    assert_eq!(got, [value.clone(), b"\r\n".to_vec()]);
    let _: i64 = redis::cmd("HSET")
        .arg("h")
        .arg(b"\0")
        .arg(&value)
        .query(&mut con)
        .expect("hset");
    let got: Vec<u8> = redis::cmd("HGET")
        .arg("h")
        .arg(b"\0")
        .query(&mut con)
        .expect("hget");
    assert_eq!(got, value);
    // A value larger than the read buffer, split across many reads.
    let large: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let echoed: Vec<u8> = redis::cmd("ECHO")
        .arg(&large)
        .query(&mut con)
        .expect("echo");
    assert_eq!(echoed, large);
}

#[test]
fn two_hundred_connections_at_once() {
    const THREADS: usize = 8;
    const PER_THREAD: usize = 25;
    const ROUNDS: usize = 20;
    let addr = start(Config::default());
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            thread::spawn(move || {
                // Every connection is opened before any is used, so all 200 are open at once.
                let mut cons: Vec<Connection> = (0..PER_THREAD).map(|_| client(addr)).collect();
                for round in 0..ROUNDS {
                    for (c, con) in cons.iter_mut().enumerate() {
                        let key = format!("own:{t}:{c}");
                        let _: () = redis::cmd("RPUSH")
                            .arg(&key)
                            .arg(round)
                            .query(con)
                            .map(|_: i64| ())
                            .expect("rpush");
                        let _: i64 = redis::cmd("INCR").arg("shared").query(con).expect("incr");
                    }
                }
                for (c, con) in cons.iter_mut().enumerate() {
                    let items: Vec<usize> = redis::cmd("LRANGE")
                        .arg(format!("own:{t}:{c}"))
                        .arg(0)
                        .arg(-1)
                        .query(con)
                        .expect("lrange");
                    assert_eq!(items, (0..ROUNDS).collect::<Vec<_>>());
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("every client got its replies");
    }
    let mut con = client(addr);
    let total = THREADS * PER_THREAD * ROUNDS;
    check(&mut con, &[("GET shared", &format!("${total}"))]);
}

/// Writes `bytes` on a raw connection (then shuts down its writing side if `half_close`),
/// and returns everything the server sent until it closed the connection.
fn raw_exchange(addr: SocketAddr, bytes: &[u8], half_close: bool) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(TIMEOUT))
        .expect("read timeout");
    stream.write_all(bytes).expect("write");
    if half_close {
        stream.shutdown(Shutdown::Write).expect("shutdown");
    }
    let mut reply = Vec::new();
    stream
        .read_to_end(&mut reply)
        .expect("the server closes the connection");
    String::from_utf8_lossy(&reply).into_owned()
}

#[test]
fn malformed_input_gets_a_protocol_error_and_a_close() {
    let addr = start(Config {
        request_timeout: Duration::from_millis(300),
    });
    let endless_inline = vec![b'x'; 64 * 1024 + 1];
    let cases: [(&[u8], bool, &str); 8] = [
        (
            b"*x\r\n",
            false,
            "-ERR Protocol error: invalid multibulk length\r\n",
        ),
        (
            b"*1\r\n+PING\r\n",
            false,
            "-ERR Protocol error: expected '$', got '+'\r\n",
        ),
        (
            b"*1\r\n$-5\r\n",
            false,
            "-ERR Protocol error: invalid bulk length\r\n",
        ),
        (
            b"*1\r\n$536870913\r\n",
            false,
            "-ERR Protocol error: invalid bulk length\r\n",
        ),
        (
            b"SET \"a b\r\n",
            false,
            "-ERR Protocol error: unbalanced quotes in request\r\n",
        ),
        (
            &endless_inline,
            false,
            "-ERR Protocol error: too big inline request\r\n",
        ),
        // A client that stops mid-frame: at the deadline, and when it closes its side.
        (
            b"*2\r\n$4\r\nECHO\r\n$10\r\nabc",
            false,
            "-ERR Protocol error: timed out inside a request\r\n",
        ),
        (
            b"*2\r\n$4\r\nECHO\r\n$10\r\nabc",
            true,
            "-ERR Protocol error: connection closed inside a request\r\n",
        ),
    ];
    let mut con = client(addr);
    for (bytes, half_close, error) in cases {
        // The requests before the bad one are answered first.
        let input = [b"PING\r\n", bytes].concat();
        let started = Instant::now();
        assert_eq!(
            raw_exchange(addr, &input, half_close),
            format!("+PONG\r\n{error}")
        );
        assert!(started.elapsed() < TIMEOUT);
        // Everyone else is still served.
        check(&mut con, &[("PING", "+PONG")]);
    }
    // A client that leaves without finishing its request costs nothing more.
    drop(TcpStream::connect(addr).and_then(|mut s| s.write_all(b"*3\r\n$3\r\nSET")));
    check(&mut con, &[("ECHO still", "$still")]);
}

#[test]
fn inline_commands_are_understood() {
    let addr = start(Config::default());
    let reply = raw_exchange(
        addr,
        b"SET greeting \"hello\\r\\nworld\"\r\nGET greeting\r\n\r\nPING\nQUIT\r\nPING\r\n",
        false,
    );
    assert_eq!(reply, "+OK\r\n$12\r\nhello\r\nworld\r\n+PONG\r\n+OK\r\n");
}

#[test]
fn a_connection_task_is_small() {
    fn size_of_returned<A, B, R>(_: fn(A, B) -> R) -> usize {
        size_of::<R>()
    }
    let size = size_of_returned(server::connection);
    // The stream, the shared state's `Rc`, the parser (its pending bytes, the ranges of
    // an incomplete request's arguments, where it stands) and the reply buffer while a
    // write waits.
    assert!(size <= 256, "a connection's coroutine takes {size} bytes");
}

#[test]
fn the_command_line_takes_a_port_and_an_address() {
    use resp_server::Options;
    let parse = |args: &[&str]| Options::parse(args.iter().map(|a| (*a).to_owned()));
    let address = |s: &str| s.parse::<SocketAddr>().expect("a socket address");
    assert_eq!(parse(&[]).map(|o| o.address), Ok(address("127.0.0.1:6379")));
    assert_eq!(
        parse(&["--port", "0", "--bind", "::1"]).map(|o| o.address),
        Ok(address("[::1]:0"))
    );
    assert!(parse(&["--port", "65536"]).is_err());
    assert!(parse(&["--port"]).is_err());
    assert!(parse(&["--verbose"]).is_err());
}
