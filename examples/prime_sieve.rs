//! Go's concurrent prime sieve: a chain of filter tasks connected by channels.
//!
//! ```sh
//! cargo run --example prime_sieve
//! ```
//!
//! A generator task sends 2, 3, 4, ... down a rendezvous channel. The first number to come
//! out of the chain is a prime; the main task prints it and spawns a filter task that passes
//! on only the numbers that prime does not divide, and reads the next prime from that
//! filter's output. After 100 primes the chain is 100 filters long.
//!
//! Nothing tells the tasks to stop. When the main task is done it drops its receiver; the
//! last filter's next send then fails (the value comes back in a `SendError`), so that filter
//! returns and drops *its* receiver, and so on up the chain to the generator: closing one end
//! shuts the whole pipeline down, and `run` returns once every task has finished.
use std::io::{self, Write};

use coro_core::channel::{Receiver, Sender, channel};
use coro_core::sched::{self, Scheduler};

/// Sends 2, 3, 4, ... until nobody listens any more.
#[coro_core::coroutine]
fn generate(numbers: Sender<u64>) {
    for n in 2.. {
        if send!(numbers, n).is_err() {
            return;
        }
    }
}

/// Passes on the numbers that `prime` does not divide, until either neighbour goes away.
#[coro_core::coroutine]
fn filter(input: Receiver<u64>, output: Sender<u64>, prime: u64) {
    while let Some(n) = recv!(input) {
        if n % prime != 0 && send!(output, n).is_err() {
            return;
        }
    }
}

/// The first `count` primes, computed by a sieve of `count` filter tasks.
///
/// # Panics
///
/// If the scheduler reports a deadlock or a task panics: neither happens.
#[must_use]
pub fn primes(count: usize) -> Vec<u64> {
    let sched = Scheduler::new();
    let main = sched.spawn(coro_core::coro!(move || {
        let (tx, rx) = channel(0);
        sched::spawn(generate(tx));
        let mut input = rx;
        let mut found = Vec::with_capacity(count);
        while found.len() < count {
            let Some(prime) = recv!(input) else {
                break;
            };
            found.push(prime);
            let (tx, rx) = channel(0);
            sched::spawn(filter(input, tx, prime));
            input = rx;
        }
        found
    }));
    sched.run().expect("the sieve shuts itself down");
    main.try_join()
        .expect("the main task finished")
        .expect("the main task did not panic")
}

/// Prints the first 100 primes, ten to a line.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    for row in primes(100).chunks(10) {
        let line: Vec<String> = row.iter().map(|p| format!("{p:>3}")).collect();
        writeln!(out, "{}", line.join(" "))?;
    }
    Ok(())
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
