//! A word count sharded over the schedulers of a runtime: each scheduler owns one shard of
//! the counts, and words cross between schedulers through `Send + Sync` channels.
//!
//! ```sh
//! cargo run --example runtime
//! ```
//!
//! The program picks where each task runs with `spawn_on`: shard `i`'s owner runs on
//! scheduler `i` and is the only task that touches its part of the counts (no lock); a
//! reader on each scheduler splits its share of the text into words and sends each to the
//! owner of the word's shard (by its hash) over that shard's `channel::sync` channel. When
//! the readers are done they drop their senders, the shards' channels close, and each owner
//! returns its counts, which the main thread merges.
use std::collections::BTreeMap;
use std::io::{self, Write};

use coro_core::channel::sync;
use coro_core::rt::{self, Runtime};

/// The text counted by [`run`].
const TEXT: &str = "the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
a fox and a dog and the end";

/// The shard of `word` among `shards` (FNV-1a: the same on every run).
fn shard_of(word: &str, shards: usize) -> usize {
    let hash = word.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    usize::try_from(hash % shards as u64).unwrap_or(0)
}

/// A shard's owner: counts the words it receives until its channel closes.
#[coro_core::coroutine]
fn owner(words: sync::Receiver<String>) -> (Option<usize>, BTreeMap<String, u64>) {
    let mut counts = BTreeMap::new();
    while let Some(word) = recv!(words) {
        *counts.entry(word).or_insert(0) += 1;
    }
    (rt::current(), counts)
}

/// A reader: sends each word of its lines to the owner of the word's shard.
#[coro_core::coroutine]
fn reader(lines: Vec<String>, shards: Vec<sync::Sender<String>>) -> u64 {
    // Owned words: a borrow of `lines` may not be held across the sends' suspensions.
    let words: Vec<String> = lines
        .iter()
        .flat_map(|line| line.split_whitespace())
        .map(str::to_owned)
        .collect();
    let mut sent = 0;
    for word in words {
        let shard = shard_of(&word, shards.len());
        send!(shards[shard], word).expect("the owners receive until closed");
        sent += 1;
    }
    sent
}

/// What a sharded count found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// Every word's count.
    pub words: BTreeMap<String, u64>,
    /// How many distinct words each shard held, and the scheduler its owner ran on.
    pub shards: Vec<(usize, Option<usize>)>,
    /// Words the readers sent.
    pub sent: u64,
}

/// Counts the words of `lines` on a runtime of `schedulers` schedulers.
///
/// # Panics
///
/// If the runtime's threads cannot start, or a task panics.
#[must_use]
pub fn count(lines: &[&str], schedulers: usize) -> Count {
    let rt = Runtime::builder()
        .schedulers(schedulers)
        .build()
        .expect("the runtime's threads start");
    let (senders, owners): (Vec<_>, Vec<_>) = (0..schedulers)
        .map(|i| {
            let (tx, rx) = sync::channel(16);
            (tx, rt.spawn_on(i, owner(rx)))
        })
        .unzip();
    let readers: Vec<_> = (0..schedulers)
        .map(|i| {
            // Reader `i` takes every `schedulers`-th line from line `i`.
            let mine = lines
                .iter()
                .skip(i)
                .step_by(schedulers)
                .map(|line| (*line).to_owned())
                .collect();
            rt.spawn_on(i, reader(mine, senders.clone()))
        })
        .collect();
    // The readers hold the only senders now: the channels close when they end.
    drop(senders);
    let sent = readers
        .iter()
        .map(|reader| reader.join().expect("a reader ends"))
        .sum();
    let mut words = BTreeMap::new();
    let mut shards = Vec::new();
    for handle in owners {
        let (scheduler, counts) = handle.join().expect("an owner ends");
        shards.push((counts.len(), scheduler));
        words.extend(counts);
    }
    Count {
        words,
        shards,
        sent,
    }
}

/// Counts [`TEXT`] on 2 schedulers and prints the counts and the shards.
///
/// # Errors
///
/// If writing to `out` fails.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    let lines: Vec<&str> = TEXT.lines().collect();
    let count = count(&lines, 2);
    writeln!(out, "{} words", count.sent)?;
    for (word, n) in &count.words {
        if *n > 1 {
            writeln!(out, "{word}: {n}")?;
        }
    }
    for (i, (distinct, scheduler)) in count.shards.iter().enumerate() {
        let scheduler = scheduler.map_or_else(|| String::from("?"), |s| s.to_string());
        writeln!(
            out,
            "shard {i}: {distinct} distinct words, owned on scheduler {scheduler}"
        )?;
    }
    Ok(())
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
