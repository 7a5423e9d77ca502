//! The sharded `resp_server` (`--schedulers N`) over raw sockets: the replies of random
//! pipelined batches are byte for byte those of one scheduler; a `QUIT` in a batch that
//! spans shards; clients gone while their batches are at other shards.
//!
//! Every socket has a read timeout.

#[allow(dead_code)]
#[path = "../examples/resp_server/main.rs"]
pub mod resp_server;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::time::Duration;

use coro_core::rt::Runtime;

use resp_server::server::Config;
use resp_server::shard;

/// How long a test waits for any one read.
const TIMEOUT: Duration = Duration::from_secs(10);

fn start(schedulers: usize) -> (SocketAddr, Runtime) {
    let any_port = SocketAddr::from(([127, 0, 0, 1], 0));
    shard::start(any_port, schedulers, &Config::default()).expect("the shards start")
}

fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect_timeout(&addr, TIMEOUT).expect("the server accepts");
    stream
        .set_read_timeout(Some(TIMEOUT))
        .expect("read timeout");
    stream
}

/// Appends `args` as a RESP request.
fn encode(out: &mut Vec<u8>, args: &[&str]) {
    out.extend_from_slice(format!("*{}\r\n", args.len()).as_bytes());
    for arg in args {
        out.extend_from_slice(format!("${}\r\n{arg}\r\n", arg.len()).as_bytes());
    }
}

/// Sends `batch` in one write, then an `ECHO` of `marker`; returns what came back before
/// the marker's reply.
fn exchange(stream: &mut TcpStream, batch: &[Vec<String>], marker: &str) -> String {
    let mut out = Vec::new();
    for request in batch {
        let args: Vec<&str> = request.iter().map(String::as_str).collect();
        encode(&mut out, &args);
    }
    encode(&mut out, &["ECHO", marker]);
    stream.write_all(&out).expect("the request is written");
    let end = format!("${}\r\n{marker}\r\n", marker.len());
    let mut got = Vec::new();
    let mut buffer = [0; 4096];
    while !got.ends_with(end.as_bytes()) {
        let n = stream.read(&mut buffer).expect("a reply in time");
        assert!(n > 0, "closed early: {:?}", String::from_utf8_lossy(&got));
        got.extend_from_slice(&buffer[..n]);
    }
    got.truncate(got.len() - end.len());
    String::from_utf8(got).expect("replies are text")
}

/// Reads until the server closes the connection.
fn read_to_close(stream: &mut TcpStream) -> String {
    let mut got = Vec::new();
    stream.read_to_end(&mut got).expect("closed in time");
    String::from_utf8(got).expect("replies are text")
}

/// xorshift64*: random batches without a dependency.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let r = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33;
        usize::try_from(r).unwrap() % n
    }
}

/// A random request on a few keys (so that keys of every shard meet in one command).
fn request(random: &mut Random) -> Vec<String> {
    let key = |random: &mut Random| format!("k{}", random.below(8));
    let value = |random: &mut Random| random.below(5).to_string();
    let mut args: Vec<String> = Vec::new();
    match random.below(13) {
        0 => args.extend(["SET".into(), key(random), value(random)]),
        1 => args.extend(["GET".into(), key(random)]),
        2 => args.extend(["INCR".into(), key(random)]),
        3 => args.extend(["LPUSH".into(), key(random), value(random)]),
        4 => args.extend(["SADD".into(), key(random), value(random)]),
        5 | 6 => {
            args.push(["DEL", "EXISTS", "MGET"][random.below(3)].into());
            for _ in 0..=random.below(4) {
                args.push(key(random));
            }
        }
        7 => {
            args.push("MSET".into());
            for _ in 0..=random.below(3) {
                args.extend([key(random), value(random)]);
            }
        }
        8 => args.extend(["LLEN".into(), key(random)]),
        9 => args.extend(["PING".into()]),
        10 => args.extend(["MSET".into(), key(random)]),
        11 => args.extend(["GET".into()]),
        _ => args.extend(["SCARD".into(), key(random)]),
    }
    args
}

/// Random batches give the same replies on 3 schedulers (3 shards) as on one.
#[test]
fn random_batches_reply_as_on_one_scheduler() {
    let (single_addr, _single) = start(1);
    let (sharded_addr, _sharded) = start(3);
    let mut random = Random(0x5eed_1234_abcd_0001);
    // Several connections to the sharded server: the kernel spreads them over its
    // schedulers, so that batches start from different shards.
    let mut sharded: Vec<TcpStream> = (0..4).map(|_| connect(sharded_addr)).collect();
    let mut single = connect(single_addr);
    for round in 0..300 {
        let batch: Vec<Vec<String>> = (0..=random.below(12))
            .map(|_| request(&mut random))
            .collect();
        let marker = format!("end{round}");
        let expected = exchange(&mut single, &batch, &marker);
        let on = random.below(sharded.len());
        let got = exchange(&mut sharded[on], &batch, &marker);
        assert_eq!(got, expected, "round {round}, batch {batch:?}");
    }
}

/// A batch with a `QUIT` among requests for every shard: the replies before it come back
/// in order, the connection closes, and nothing after it runs.
#[test]
fn quit_in_a_batch_that_spans_shards() {
    let (addr, _runtime) = start(2);
    let key_on = |shard| {
        (0..1000)
            .map(|i| format!("q{i}"))
            .find(|key| shard::shard_of(key.as_bytes(), 2) == shard)
            .unwrap()
    };
    let (a, b) = (key_on(0), key_on(1));
    for _ in 0..4 {
        let mut stream = connect(addr);
        let mut out = Vec::new();
        encode(&mut out, &["DEL", &a, &b]);
        encode(&mut out, &["INCR", &a]);
        encode(&mut out, &["INCR", &b]);
        encode(&mut out, &["QUIT"]);
        encode(&mut out, &["INCR", &a]);
        encode(&mut out, &["INCR", &b]);
        stream.write_all(&out).unwrap();
        assert_eq!(read_to_close(&mut stream), ":0\r\n:1\r\n:1\r\n+OK\r\n");
        let mut check = connect(addr);
        let batch = [vec!["MGET".to_owned(), a.clone(), b.clone()]];
        assert_eq!(
            exchange(&mut check, &batch, "end"),
            "*2\r\n$1\r\n1\r\n$1\r\n1\r\n"
        );
        // Reset for the next connection: the `DEL` of the next batch counts them.
        let batch = [vec!["DEL".to_owned(), a.clone(), b.clone()]];
        assert_eq!(exchange(&mut check, &batch, "end"), ":2\r\n");
    }
}

/// Clients that send batches over every shard and leave without reading the replies do not
/// disturb the server: once their batches are done, other clients are served across every
/// shard. (How much of a gone client's batch ran depends on when the server saw it leave.)
#[test]
fn clients_gone_while_their_batches_are_at_other_shards() {
    let (addr, _runtime) = start(2);
    for round in 0..50 {
        let mut stream = connect(addr);
        let mut out = Vec::new();
        for i in 0..64 {
            encode(&mut out, &["INCR", &format!("gone{}", i % 8)]);
        }
        stream.write_all(&out).unwrap();
        if round % 2 == 0 {
            stream.shutdown(Shutdown::Both).unwrap();
        }
        drop(stream);
    }
    let mut check = connect(addr);
    let mut mget = vec!["MGET".to_owned()];
    mget.extend((0..8).map(|i| format!("gone{i}")));
    let counts = |check: &mut TcpStream| -> Vec<i64> {
        let got = exchange(check, std::slice::from_ref(&mget), "end");
        got.split("\r\n")
            .skip(1)
            .filter(|line| !line.starts_with('$') && !line.is_empty())
            .map(|n| n.parse().unwrap())
            .collect()
    };
    // Until the gone clients' batches have all run.
    let start = std::time::Instant::now();
    let mut before = counts(&mut check);
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let now = counts(&mut check);
        if now == before {
            break;
        }
        assert!(start.elapsed() < TIMEOUT, "{now:?}");
        before = now;
    }
    assert!(before.iter().all(|&n| n <= 400), "{before:?}");
    let incr: Vec<Vec<String>> = (0..8)
        .map(|i| vec!["INCR".to_owned(), format!("gone{i}")])
        .collect();
    let expected: Vec<String> = before.iter().map(|n| format!(":{}", n + 1)).collect();
    let expected = expected.join("\r\n") + "\r\n";
    assert_eq!(exchange(&mut check, &incr, "end"), expected);
}
