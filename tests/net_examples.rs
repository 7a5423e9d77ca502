//! The `echo` example: its demo's output, its server driven by plain blocking sockets from
//! other threads, and its client against its server across two schedulers. Ports are picked
//! by each test (port 0), every client socket has a read timeout, and every wait for a
//! thread is bounded.

#[allow(dead_code)]
#[path = "../examples/echo.rs"]
pub mod echo;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use coro_core::net::TcpListener;
use coro_core::sched::Scheduler;

/// How long a test waits for anything before it fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// Starts the echo server for `connections` connections in a thread of its own: its address,
/// and a channel that gets the server's count of accepted connections once the scheduler
/// has finished (every connection served).
fn start(connections: usize) -> (SocketAddr, mpsc::Receiver<usize>) {
    let (addr_tx, addr_rx) = mpsc::channel();
    let (done_tx, done_rx) = mpsc::channel();
    thread::spawn(move || {
        let sched = Scheduler::new();
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding a loopback port");
        addr_tx
            .send(listener.local_addr().expect("a bound address"))
            .expect("the test waits for the address");
        let server = sched.spawn(echo::serve(listener, Some(connections)));
        sched.run().expect("no deadlock");
        let accepted = server
            .try_join()
            .expect("the server finished")
            .expect("the server did not panic");
        let _ = done_tx.send(accepted);
    });
    (
        addr_rx.recv_timeout(PATIENCE).expect("the server starts"),
        done_rx,
    )
}

fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(addr).expect("connecting to the server");
    stream
        .set_read_timeout(Some(PATIENCE))
        .expect("setting a read timeout");
    stream
}

#[test]
fn demo_output() {
    let mut out = Vec::new();
    echo::run(&mut out).expect("the demo runs");
    assert_eq!(
        String::from_utf8(out).expect("UTF-8"),
        "client 0 heard: hello | world\n\
         client 1 heard: one | two | three\n\
         client 2 heard: coroutines all the way down\n\
         the server accepted 3 connections\n"
    );
}

#[test]
fn echoes_every_byte_to_many_clients_at_once() {
    const CLIENTS: usize = 20;
    let (addr, done) = start(CLIENTS);
    // Each client writes 256 KiB in pieces of varied sizes from one thread and reads the
    // echo from another: more than the socket buffers hold, so the server's writes wait for
    // the client to read.
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            thread::spawn(move || {
                let stream = connect(addr);
                let data: Vec<u8> = (0..256 * 1024)
                    .map(|i: usize| u8::try_from((i * 7 + c) % 251).expect("below 251"))
                    .collect();
                let mut writer = stream.try_clone().expect("a second handle");
                let sent = data.clone();
                let writing = thread::spawn(move || {
                    let mut at = 0;
                    let mut size = 1;
                    while at < sent.len() {
                        let end = (at + size).min(sent.len());
                        writer.write_all(&sent[at..end]).expect("writing");
                        at = end;
                        size = size * 3 % 9973 + 1;
                    }
                    writer.shutdown(Shutdown::Write).expect("closing our side");
                });
                let mut heard = Vec::new();
                let mut reader = stream;
                reader.read_to_end(&mut heard).expect("reading the echo");
                writing.join().expect("the writer finishes");
                assert!(heard == data, "client {c} heard something else");
            })
        })
        .collect();
    for client in clients {
        client.join().expect("a client thread");
    }
    assert_eq!(done.recv_timeout(PATIENCE), Ok(CLIENTS));
}

#[test]
fn survives_clients_that_reset() {
    let (addr, done) = start(3);
    // One client leaves without reading its echo (its kernel answers the echo with a reset),
    // one leaves without a word; the third is served as usual.
    let mut rude = connect(addr);
    rude.write_all(&vec![b'x'; 100_000]).expect("writing");
    drop(rude);
    drop(connect(addr));
    let mut polite = connect(addr);
    polite.write_all(b"still there?").expect("writing");
    polite.shutdown(Shutdown::Write).expect("closing our side");
    let mut heard = String::new();
    polite.read_to_string(&mut heard).expect("reading the echo");
    assert_eq!(heard, "still there?");
    assert_eq!(done.recv_timeout(PATIENCE), Ok(3));
}

#[test]
fn the_client_against_the_server() {
    let (addr, done) = start(2);
    for words in [vec!["a", "bb", "ccc"], vec![]] {
        let sched = Scheduler::new();
        let messages: Vec<String> = words.iter().map(|&w| w.to_owned()).collect();
        let client = sched.spawn(echo::client(addr, messages));
        sched.run().expect("no deadlock");
        let heard = client
            .try_join()
            .expect("the client finished")
            .expect("the client did not panic")
            .expect("the client was answered");
        assert_eq!(heard, words);
    }
    assert_eq!(done.recv_timeout(PATIENCE), Ok(2));

    // Nothing listens there any more: the client says so.
    let sched = Scheduler::new();
    let client = sched.spawn(echo::client(addr, vec!["anyone?".to_owned()]));
    sched.run().expect("no deadlock");
    let result = client.try_join().expect("the client finished");
    assert!(matches!(result, Ok(Err(_))), "{result:?}");
}
