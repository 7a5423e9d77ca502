//! The `resp_server` example on several schedulers (`--schedulers N`), its keyspace sharded
//! among them, driven through the `redis` client crate: every client sees one keyspace,
//! whichever scheduler took its connection and whichever shards its keys fall on.
//!
//! Every client loop is bounded in count, and every socket has a read timeout.

#[allow(dead_code)]
#[path = "../examples/resp_server/main.rs"]
pub mod resp_server;

use std::net::SocketAddr;
use std::thread;
use std::time::Duration;

use coro_core::rt::Runtime;
use redis::Connection;

use resp_server::server::Config;
use resp_server::shard;

/// How long a test waits for any one reply.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Starts a server of `schedulers` schedulers on a free loopback port; it serves until the
/// runtime is dropped.
fn start(schedulers: usize) -> (SocketAddr, Runtime) {
    let any_port = SocketAddr::from(([127, 0, 0, 1], 0));
    let (address, runtime) =
        shard::start(any_port, schedulers, &Config::default()).expect("the shards start");
    assert_eq!(runtime.schedulers(), schedulers);
    (address, runtime)
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

/// `n` keys that fall on each of `shards` shards, by shard.
fn keys_by_shard(shards: usize, n: usize) -> Vec<Vec<String>> {
    let mut by_shard = vec![Vec::new(); shards];
    for i in 0..1_000_000 {
        let key = format!("key:{i}");
        let on = &mut by_shard[shard::shard_of(key.as_bytes(), shards)];
        if on.len() < n {
            on.push(key);
        }
        if by_shard.iter().all(|keys| keys.len() == n) {
            break;
        }
    }
    by_shard
}

#[test]
fn every_connection_sees_one_keyspace() {
    let (addr, _runtime) = start(2);
    let keys = keys_by_shard(2, 20);
    // Connections land on either scheduler (the kernel spreads them); open several so that
    // both serve some, and write through some, read through the others.
    let mut connections: Vec<Connection> = (0..8).map(|_| client(addr)).collect();
    for (i, key) in keys.iter().flatten().enumerate() {
        let con = &mut connections[i % 8];
        let _: () = redis::cmd("SET").arg(key).arg(i).query(con).unwrap();
    }
    for (i, key) in keys.iter().flatten().enumerate() {
        let con = &mut connections[(i + 3) % 8];
        let got: usize = redis::cmd("GET").arg(key).query(con).unwrap();
        assert_eq!(got, i, "{key}");
        let ops: i64 = redis::cmd("INCR").arg(key).query(con).unwrap();
        assert_eq!(ops, i64::try_from(i).unwrap() + 1);
    }
}

#[test]
fn multi_key_commands_span_shards() {
    let (addr, _runtime) = start(3);
    let keys = keys_by_shard(3, 2);
    let [a, b, c] = [&keys[0][0], &keys[1][0], &keys[2][0]];
    let mut con = client(addr);
    let _: () = redis::cmd("MSET")
        .arg(a)
        .arg("1")
        .arg(b)
        .arg("2")
        .arg(c)
        .arg("3")
        .query(&mut con)
        .unwrap();
    let got: Vec<Option<String>> = redis::cmd("MGET")
        .arg(c)
        .arg("nothing-here")
        .arg(a)
        .arg(b)
        .query(&mut con)
        .unwrap();
    assert_eq!(
        got,
        [Some("3".into()), None, Some("1".into()), Some("2".into())]
    );
    let exists: i64 = redis::cmd("EXISTS")
        .arg(a)
        .arg(b)
        .arg(c)
        .arg(a)
        .query(&mut con)
        .unwrap();
    assert_eq!(exists, 4);
    let deleted: i64 = redis::cmd("DEL")
        .arg(a)
        .arg(c)
        .arg("nothing-here")
        .query(&mut con)
        .unwrap();
    assert_eq!(deleted, 2);
    let got: Vec<Option<String>> = redis::cmd("MGET")
        .arg(a)
        .arg(b)
        .arg(c)
        .query(&mut con)
        .unwrap();
    assert_eq!(got, [None, Some("2".into()), None]);
    // The errors are those of one scheduler.
    let wrong: redis::RedisResult<()> = redis::cmd("MSET").arg(a).arg("1").arg(b).query(&mut con);
    assert!(
        wrong
            .unwrap_err()
            .to_string()
            .contains("wrong number of arguments for 'mset' command")
    );
}

#[test]
fn a_pipeline_over_every_shard_keeps_its_order() {
    let (addr, _runtime) = start(2);
    let mut con = client(addr);
    let mut pipe = redis::pipe();
    for i in 0..1000 {
        let key = format!("list:{}", i % 7);
        pipe.cmd("RPUSH").arg(&key).arg(i);
        pipe.cmd("LLEN").arg(&key);
        pipe.cmd("PING");
    }
    let replies: Vec<redis::Value> = pipe.query(&mut con).unwrap();
    assert_eq!(replies.len(), 3000);
    let mut lengths = [0i64; 7];
    for (i, triple) in replies.chunks(3).enumerate() {
        lengths[i % 7] += 1;
        assert_eq!(triple[0], redis::Value::Int(lengths[i % 7]), "RPUSH {i}");
        assert_eq!(triple[1], redis::Value::Int(lengths[i % 7]), "LLEN {i}");
        assert_eq!(triple[2], redis::Value::SimpleString("PONG".into()));
    }
    for list in 0..7 {
        let items: Vec<i64> = redis::cmd("LRANGE")
            .arg(format!("list:{list}"))
            .arg(0)
            .arg(-1)
            .query(&mut con)
            .unwrap();
        let expected: Vec<i64> = (0..1000).filter(|i| i % 7 == list).collect();
        assert_eq!(items, expected);
    }
}

#[test]
fn concurrent_clients_count_every_increment_once() {
    let (addr, _runtime) = start(2);
    let keys = keys_by_shard(2, 2);
    let counters: Vec<String> = keys.into_iter().flatten().collect();
    let clients: Vec<_> = (0..8)
        .map(|_| {
            let counters = counters.clone();
            thread::spawn(move || {
                let mut con = client(addr);
                for round in 0..250 {
                    let mut pipe = redis::pipe();
                    for counter in &counters {
                        pipe.cmd("INCR").arg(counter).ignore();
                    }
                    pipe.cmd("PING");
                    let pong: Vec<String> = pipe.query(&mut con).unwrap();
                    assert_eq!(pong, ["PONG"], "round {round}");
                }
            })
        })
        .collect();
    for client in clients {
        client.join().expect("the client's asserts hold");
    }
    let mut con = client(addr);
    for counter in &counters {
        let total: i64 = redis::cmd("GET").arg(counter).query(&mut con).unwrap();
        assert_eq!(total, 8 * 250, "{counter}");
    }
}

#[test]
fn the_command_line_takes_a_number_of_schedulers() {
    use resp_server::Options;
    let parse = |args: &[&str]| Options::parse(args.iter().map(|a| (*a).to_owned()));
    assert_eq!(parse(&[]).map(|o| o.schedulers), Ok(1));
    assert_eq!(parse(&["--schedulers", "4"]).map(|o| o.schedulers), Ok(4));
    assert!(parse(&["--schedulers", "0"]).is_err());
    assert!(parse(&["--schedulers", "many"]).is_err());
    assert!(parse(&["--schedulers"]).is_err());
}

#[test]
fn dropping_the_runtime_stops_every_shard() {
    let (addr, runtime) = start(2);
    let mut con = client(addr);
    let pong: String = redis::cmd("PING").query(&mut con).unwrap();
    assert_eq!(pong, "PONG");
    drop(runtime);
    // Every task was cancelled on its scheduler's thread: the listeners are closed, and so
    // is the connection.
    assert_eq!(
        std::net::TcpStream::connect_timeout(&addr, TIMEOUT)
            .map_err(|error| error.kind())
            .err(),
        Some(std::io::ErrorKind::ConnectionRefused)
    );
    let gone: redis::RedisResult<String> = redis::cmd("PING").query(&mut con);
    assert!(gone.is_err(), "{gone:?}");
}
