//! Actors: game characters that each run their own routine, stepping once per tick.
//!
//! ```sh
//! cargo run --example actors
//! ```
//!
//! A guard patrols a route, a wolf chases the nearest rabbit (and runs from the guard when
//! it comes close), and two rabbits graze until the wolf comes near, then flee. Each
//! character is a task with its own loop and its own local state (the guard's next
//! waypoint, the wolf's count of hunting ticks); none of them can see or change the others.
//!
//! A central `world` task owns the map. On every tick it sleeps one tick of the scheduler's
//! virtual clock, sends each character a snapshot of the map over the character's own
//! channel, receives one move from each over a shared channel, applies the moves together,
//! and writes a line of the transcript. A rabbit the wolf catches is taken off the map by
//! dropping its channel: its `recv!` gives `None` and its routine ends. When the game is over
//! the world drops every channel, and the characters return what they did.
//!
//! The characters only react to what they see, the world applies the moves in a fixed
//! order, and the clock is virtual, so the transcript is the same on every run (and instant).
use std::fmt;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

use coro_core::channel::{Receiver, Sender, channel};
use coro_core::sched::{JoinHandle, Scheduler, TaskBuilder};

/// The map is `WIDTH` by `HEIGHT` cells.
const WIDTH: i32 = 16;
const HEIGHT: i32 = 7;
/// The length of a tick on the scheduler's (virtual) clock.
const TICK: Duration = Duration::from_millis(100);
/// The game ends after this many ticks if the wolf has not caught every rabbit.
const MAX_TICKS: u32 = 40;

/// A cell of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    x: i32,
    y: i32,
}

impl Pos {
    const fn new(x: i32, y: i32) -> Pos {
        Pos { x, y }
    }

    /// Moves are one cell in any of the eight directions, so this is how many moves apart
    /// two cells are.
    fn distance(self, other: Pos) -> i32 {
        (self.x - other.x).abs().max((self.y - other.y).abs())
    }

    /// The straight-line distance, squared: how far away a cell looks.
    fn distance_squared(self, other: Pos) -> i32 {
        (self.x - other.x).pow(2) + (self.y - other.y).pow(2)
    }

    /// One move toward `target`.
    fn toward(self, target: Pos) -> Pos {
        Pos::new(
            self.x + (target.x - self.x).signum(),
            self.y + (target.y - self.y).signum(),
        )
    }

    /// The cells one move away or less (staying put included), on the map, in a fixed
    /// order.
    fn moves(self) -> impl Iterator<Item = Pos> {
        (-1..=1)
            .flat_map(move |dy| (-1..=1).map(move |dx| Pos::new(self.x + dx, self.y + dy)))
            .filter(|p| (0..WIDTH).contains(&p.x) && (0..HEIGHT).contains(&p.y))
    }

    /// The move that gets furthest from `threat` (then the one that looks furthest; the
    /// first of those).
    fn away_from(self, threat: Pos) -> Pos {
        let mut best = self;
        for p in self.moves() {
            let key = |p: Pos| (p.distance(threat), p.distance_squared(threat));
            if key(p) > key(best) {
                best = p;
            }
        }
        best
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({},{})", self.x, self.y)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Guard,
    Wolf,
    Rabbit,
}

/// What every character sees at the start of a tick: where each one is, by index, or `None`
/// once it has left the map.
#[derive(Debug)]
struct View {
    cells: Vec<Option<(Kind, Pos)>>,
}

impl View {
    fn position(&self, me: usize) -> Pos {
        self.cells[me]
            .expect("a character on the map sees itself")
            .1
    }

    /// The nearest character of `kind` to `from`, if any is on the map.
    fn nearest(&self, kind: Kind, from: Pos) -> Option<Pos> {
        self.cells
            .iter()
            .flatten()
            .filter(|(k, _)| *k == kind)
            .map(|&(_, p)| p)
            .min_by_key(|p| (p.distance(from), p.distance_squared(from)))
    }
}

/// A character's move for one tick, and what it was doing.
#[derive(Debug)]
struct Move {
    who: usize,
    to: Pos,
    doing: &'static str,
}

const SEND_MOVE: &str = "the world receives a move from every character on the map";

/// Walks the route's waypoints in a loop; returns how many cells it walked.
#[coro_core::coroutine]
fn guard(me: usize, route: Vec<Pos>, ticks: Receiver<Rc<View>>, moves: Sender<Move>) -> u32 {
    let mut next = 0;
    let mut walked = 0;
    while let Some(view) = recv!(ticks) {
        let here = view.position(me);
        if here == route[next] {
            next = (next + 1) % route.len();
        }
        let to = here.toward(route[next]);
        walked += u32::from(to != here);
        let doing = "patrol";
        send!(moves, Move { who: me, to, doing }).expect(SEND_MOVE);
    }
    walked
}

/// Chases the nearest rabbit, unless the guard is within `FEAR` moves; returns how many
/// ticks it spent hunting.
#[coro_core::coroutine]
fn wolf(me: usize, ticks: Receiver<Rc<View>>, moves: Sender<Move>) -> u32 {
    const FEAR: i32 = 2;
    let mut hunting = 0;
    while let Some(view) = recv!(ticks) {
        let here = view.position(me);
        let guard = view.nearest(Kind::Guard, here);
        let (to, doing) = match (guard, view.nearest(Kind::Rabbit, here)) {
            (Some(guard), _) if guard.distance(here) <= FEAR => (here.away_from(guard), "flee"),
            (_, Some(rabbit)) => {
                hunting += 1;
                (here.toward(rabbit), "chase")
            }
            (_, None) => (here, "howl"),
        };
        send!(moves, Move { who: me, to, doing }).expect(SEND_MOVE);
    }
    hunting
}

/// Grazes until the wolf is within `SIGHT` moves, then runs from it; returns how many ticks
/// it was on the map.
#[coro_core::coroutine]
fn rabbit(me: usize, ticks: Receiver<Rc<View>>, moves: Sender<Move>) -> u32 {
    const SIGHT: i32 = 4;
    let mut lived = 0;
    while let Some(view) = recv!(ticks) {
        lived += 1;
        let here = view.position(me);
        let (to, doing) = match view.nearest(Kind::Wolf, here) {
            Some(wolf) if wolf.distance(here) <= SIGHT => (here.away_from(wolf), "flee"),
            _ => (here, "graze"),
        };
        send!(moves, Move { who: me, to, doing }).expect(SEND_MOVE);
    }
    lived
}

/// A character as the world knows it.
struct Character {
    name: &'static str,
    kind: Kind,
    at: Pos,
    /// Its channel of ticks; `None` once it has left the map.
    ticks: Option<Sender<Rc<View>>>,
}

/// Runs the game; returns the transcript.
#[coro_core::coroutine]
fn world(mut characters: Vec<Character>, moves: Receiver<Move>) -> Vec<String> {
    let mut transcript = vec![map(&characters)];
    for tick in 1..=MAX_TICKS {
        sleep!(TICK);
        let cells = characters
            .iter()
            .map(|c| c.ticks.as_ref().map(|_| (c.kind, c.at)))
            .collect();
        let view = Rc::new(View { cells });
        let mut waiting = 0;
        for i in 0..characters.len() {
            if let Some(ticks) = characters[i].ticks.clone() {
                send!(ticks, Rc::clone(&view)).expect("characters on the map listen");
                waiting += 1;
            }
        }
        drop(view);
        let mut doing = vec![""; characters.len()];
        for _ in 0..waiting {
            let step = recv!(moves).expect("the characters hold the moves channel");
            characters[step.who].at = step.to;
            doing[step.who] = step.doing;
        }

        let now = coro_core::sched::now().as_secs_f64();
        let mut line = format!("t={now:.1}s");
        for (c, doing) in characters.iter().zip(&doing) {
            if c.ticks.is_some() {
                fmt::Write::write_fmt(&mut line, format_args!("  {} {} {doing}", c.name, c.at))
                    .expect("writing to a String cannot fail");
            }
        }
        transcript.push(line);
        let wolf_at = characters
            .iter()
            .find(|c| c.kind == Kind::Wolf && c.ticks.is_some())
            .map(|c| c.at);
        for c in &mut characters {
            if c.kind == Kind::Rabbit
                && c.ticks.is_some()
                && wolf_at.is_some_and(|w| w.distance(c.at) <= 1)
            {
                c.ticks = None; // off the map: its task sees its channel close
                transcript.push(format!("       the wolf catches {} at {}", c.name, c.at));
            }
        }
        let rabbits_left = characters
            .iter()
            .any(|c| c.kind == Kind::Rabbit && c.ticks.is_some());
        if !rabbits_left {
            transcript.push(format!("       no rabbit left after {tick} ticks"));
            break;
        }
    }
    transcript.push(map(&characters));
    transcript
}

/// The map, one row per line: `G` the guard, `W` the wolf, `r` a rabbit.
fn map(characters: &[Character]) -> String {
    let letter = |at: Pos| {
        let here = characters.iter().find(|c| c.ticks.is_some() && c.at == at);
        match here.map(|c| c.kind) {
            Some(Kind::Guard) => 'G',
            Some(Kind::Wolf) => 'W',
            Some(Kind::Rabbit) => 'r',
            None => '.',
        }
    };
    let rows: Vec<String> = (0..HEIGHT)
        .map(|y| (0..WIDTH).map(|x| letter(Pos::new(x, y))).collect())
        .collect();
    rows.join("\n")
}

/// Plays the game; returns the transcript, then one line per character saying what it did.
///
/// # Panics
///
/// If a task panics or the scheduler reports a deadlock: neither happens.
#[must_use]
pub fn play() -> Vec<String> {
    let sched = Scheduler::builder().seed(1).virtual_clock().build();
    let (moves_tx, moves_rx) = channel(0);
    let mut characters = Vec::new();
    let mut add = |name: &'static str, kind: Kind, at: Pos| {
        let (tx, rx) = channel(0);
        characters.push(Character {
            name,
            kind,
            at,
            ticks: Some(tx),
        });
        (characters.len() - 1, rx)
    };

    let (me, ticks) = add("guard", Kind::Guard, Pos::new(2, 1));
    let route = vec![
        Pos::new(2, 1),
        Pos::new(13, 1),
        Pos::new(13, 5),
        Pos::new(2, 5),
    ];
    let task = guard(me, route, ticks, moves_tx.clone());
    let guard = TaskBuilder::new().name("guard").spawn_on(&sched, task);

    let (me, ticks) = add("wolf", Kind::Wolf, Pos::new(8, 3));
    let task = wolf(me, ticks, moves_tx.clone());
    let wolf = TaskBuilder::new().name("wolf").spawn_on(&sched, task);

    let mut rabbits = Vec::new();
    for (name, at) in [("hop", Pos::new(14, 3)), ("bun", Pos::new(1, 6))] {
        let (me, ticks) = add(name, Kind::Rabbit, at);
        let task = rabbit(me, ticks, moves_tx.clone());
        rabbits.push((name, TaskBuilder::new().name(name).spawn_on(&sched, task)));
    }
    drop(moves_tx);
    let world = TaskBuilder::new()
        .name("world")
        .spawn_on(&sched, world(characters, moves_rx));

    sched
        .run()
        .expect("the game ends and so does every character");
    let mut lines = result(&world);
    lines.push(format!("guard: walked {} cells", result(&guard)));
    lines.push(format!("wolf: hunted for {} ticks", result(&wolf)));
    for (name, handle) in &rabbits {
        lines.push(format!("{name}: on the map for {} ticks", result(handle)));
    }
    lines
}

/// The result of a task that has finished without panicking.
fn result<T>(handle: &JoinHandle<T>) -> T {
    handle
        .try_join()
        .expect("the task finished")
        .expect("the task did not panic")
}

/// Plays the game and prints the transcript.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    for line in play() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
