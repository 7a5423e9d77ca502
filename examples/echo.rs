//! An echo server and its client: one task per connection, each written as a plain loop.
//!
//! ```sh
//! cargo run --example echo                       # a demo: server and clients in one scheduler
//! cargo run --example echo -- server --port 7007 # a server, until interrupted
//! cargo run --example echo -- client 127.0.0.1:7007 hello world
//! printf 'one\ntwo\n' | cargo run --example echo -- client 127.0.0.1:7007
//! ```
//!
//! The server sends back every byte it receives, on each connection, until the client
//! closes its side; then it closes its own. The client sends each message as a line, reads
//! the echo of that line back, and prints it (messages from the command line, or the lines
//! of its standard input, read before it connects).
//!
//! With no argument, one scheduler on one thread runs the server and three clients at once:
//! every `read!`, `write_all!` and `accept!` blocks its own task and lets the others run.
use std::io::{self, BufRead, Write};
use std::net::{Shutdown, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use coro_core::net::{TcpListener, TcpStream};
use coro_core::sched::{self, Scheduler};

/// How long a client waits for its connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Echoes everything `stream` receives back to it until the peer closes its side, then
/// closes this side: the number of bytes echoed.
#[coro_core::coroutine]
pub fn echo(stream: TcpStream) -> io::Result<u64> {
    let mut buf = [0; 2048];
    let mut echoed = 0;
    loop {
        let n = read!(stream, &mut buf)?;
        if n == 0 {
            stream.shutdown(Shutdown::Write)?;
            return Ok(echoed);
        }
        write_all!(stream, &buf[..n])?;
        echoed += n as u64;
    }
}

/// Accepts connections and echoes each in a task of its own; with a `limit`, stops after
/// accepting that many: the number of connections accepted. The connections' tasks go on
/// after it.
#[coro_core::coroutine]
pub fn serve(listener: TcpListener, limit: Option<usize>) -> usize {
    let mut accepted = 0;
    while limit.is_none_or(|limit| accepted < limit) {
        match accept!(listener) {
            Ok((stream, _peer)) => {
                accepted += 1;
                drop(sched::spawn(echo(stream)));
            }
            Err(error) => {
                // Out of file descriptors, most likely: the connection stays queued, and the
                // open ones are served meanwhile.
                eprintln!("echo: accept: {error}");
                sleep!(Duration::from_millis(10));
            }
        }
    }
    accepted
}

/// Connects to `addr`, sends each message as a line and reads its echo: the lines heard
/// back, without their `\n`. Then closes its side and checks that the server closes too.
#[coro_core::coroutine]
pub fn client(addr: SocketAddr, messages: Vec<String>) -> io::Result<Vec<String>> {
    let stream = connect!(addr, CONNECT_TIMEOUT)?;
    let mut heard = Vec::new();
    for message in messages {
        let line = format!("{message}\n");
        write_all!(stream, line.as_bytes())?;
        let mut echo = vec![0; line.len()];
        read_exact!(stream, &mut echo)?;
        echo.pop();
        heard.push(String::from_utf8_lossy(&echo).into_owned());
    }
    stream.shutdown(Shutdown::Write)?;
    let mut rest = [0; 16];
    if read!(stream, &mut rest)? != 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the server sent more than the echo",
        ));
    }
    Ok(heard)
}

/// The demo: a server and three clients on one scheduler, each client saying a few words;
/// prints what each heard back, and how many connections the server took (it stops after
/// three).
///
/// # Errors
///
/// Binding the listener, a client's error, or an error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    let sched = Scheduler::new();
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let conversations = [
        vec!["hello", "world"],
        vec!["one", "two", "three"],
        vec!["coroutines all the way down"],
    ];
    let server = sched.spawn(serve(listener, Some(conversations.len())));
    let clients: Vec<_> = conversations
        .iter()
        .map(|words| {
            let messages = words.iter().map(|&w| w.to_owned()).collect();
            sched.spawn(client(addr, messages))
        })
        .collect();
    sched
        .run()
        .map_err(|deadlock| io::Error::other(deadlock.to_string()))?;
    for (i, handle) in clients.iter().enumerate() {
        let heard = handle
            .try_join()
            .ok_or_else(|| io::Error::other("a client did not finish"))?
            .map_err(|e| io::Error::other(e.to_string()))??;
        writeln!(out, "client {i} heard: {}", heard.join(" | "))?;
    }
    let accepted = server
        .try_join()
        .ok_or_else(|| io::Error::other("the server did not stop"))?
        .map_err(|e| io::Error::other(e.to_string()))?;
    writeln!(out, "the server accepted {accepted} connections")?;
    Ok(())
}

/// `server [--port N] [--bind ADDR]`: serves until interrupted.
fn server_main(args: &[String]) -> Result<(), String> {
    let mut bind = "127.0.0.1";
    let mut port = 7007;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = args.next().ok_or(format!("{arg} needs a value"))?;
        match arg.as_str() {
            "--port" => port = value.parse().map_err(|e| format!("--port {value}: {e}"))?,
            "--bind" => bind = value,
            _ => return Err(format!("unknown option {arg}")),
        }
    }
    let listener = TcpListener::bind((bind, port))
        .map_err(|e| format!("cannot listen on {bind}:{port}: {e}"))?;
    if let Ok(addr) = listener.local_addr() {
        eprintln!("echo: listening on {addr}");
    }
    let sched = Scheduler::new();
    drop(sched.spawn(serve(listener, None)));
    sched.run().map_err(|deadlock| deadlock.to_string())
}

/// `client ADDR [MESSAGE...]`: the messages, or the lines of standard input.
fn client_main(args: &[String]) -> Result<(), String> {
    let (addr, messages) = args.split_first().ok_or("client needs an address")?;
    let addr: SocketAddr = addr.parse().map_err(|e| format!("{addr}: {e}"))?;
    let messages: Vec<String> = if messages.is_empty() {
        io::stdin()
            .lock()
            .lines()
            .collect::<io::Result<_>>()
            .map_err(|e| format!("reading standard input: {e}"))?
    } else {
        messages.to_vec()
    };
    let sched = Scheduler::new();
    let task = sched.spawn(client(addr, messages));
    sched.run().map_err(|deadlock| deadlock.to_string())?;
    let heard = task
        .try_join()
        .ok_or("the client did not finish")?
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("{addr}: {e}"))?;
    for line in heard {
        println!("{line}");
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.split_first() {
        None => run(&mut io::stdout().lock()).map_err(|e| e.to_string()),
        Some((command, rest)) if command == "server" => server_main(rest),
        Some((command, rest)) if command == "client" => client_main(rest),
        Some(_) => {
            Err("usage: echo [server [--port N] [--bind ADDR] | client ADDR [MESSAGE...]]".into())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("echo: {error}");
            ExitCode::FAILURE
        }
    }
}
