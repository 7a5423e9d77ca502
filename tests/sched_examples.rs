//! The scheduler examples, run as tests: their exact output, and their results on sizes that
//! keep the tests quick.

// Each example is included as a module; `pub` keeps its `pub` items reachable (so that
// `unreachable_pub` stays quiet) and `dead_code` is allowed for its unused `main`.
#[allow(dead_code)]
#[path = "../examples/actors.rs"]
pub mod actors;
#[allow(dead_code)]
#[path = "../examples/pipeline.rs"]
pub mod pipeline;
#[allow(dead_code)]
#[path = "../examples/prime_sieve.rs"]
pub mod prime_sieve;
#[allow(dead_code)]
#[path = "../examples/skynet.rs"]
pub mod skynet;

fn output(run: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    run(&mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the examples print UTF-8")
}

#[test]
fn prime_sieve_prints_the_first_100_primes() {
    let expected = "  2   3   5   7  11  13  17  19  23  29
 31  37  41  43  47  53  59  61  67  71
 73  79  83  89  97 101 103 107 109 113
127 131 137 139 149 151 157 163 167 173
179 181 191 193 197 199 211 223 227 229
233 239 241 251 257 263 269 271 277 281
283 293 307 311 313 317 331 337 347 349
353 359 367 373 379 383 389 397 401 409
419 421 431 433 439 443 449 457 461 463
467 479 487 491 499 503 509 521 523 541
";
    assert_eq!(output(prime_sieve::run), expected);
}

#[test]
fn prime_sieve_agrees_with_trial_division() {
    let by_trial_division: Vec<u64> = (2u64..)
        .filter(|&n| (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0))
        .take(300)
        .collect();
    assert_eq!(prime_sieve::primes(300), by_trial_division);
    assert_eq!(prime_sieve::primes(1), [2]);
    assert!(prime_sieve::primes(0).is_empty());
}

#[test]
fn skynet_adds_up_ten_thousand_leaves() {
    let printed = output(|out| skynet::run(out, 4));
    let (sum, timing) = printed.split_once('\n').expect("two lines");
    assert_eq!(sum, "49995000");
    assert!(
        timing.starts_with("10000 leaves in ") && timing.ends_with(" ms\n"),
        "{timing:?}"
    );
}

#[test]
fn skynet_sums_match_the_formula() {
    for levels in 0..=3 {
        let leaves = 10u64.pow(levels);
        assert_eq!(skynet::skynet_sum(levels).0, leaves * (leaves - 1) / 2);
    }
}

#[test]
fn pipeline_output() {
    let expected = "\
producer: sent 1000 jobs, then closed the queue
worker 0: handled 147 jobs
worker 1: handled 145 jobs
worker 2: handled 355 jobs
worker 3: handled 353 jobs
collector: received 1000 results (0 lost, 0 duplicated, 0 wrong); sum of squares 332833500
";
    assert_eq!(output(pipeline::run), expected);
}

#[test]
fn pipeline_loses_and_duplicates_nothing() {
    for (jobs, workers) in [
        (0, 1),
        (1, 1),
        (1, 3),
        (7, 2),
        (100, 1),
        (100, 9),
        (500, 32),
    ] {
        let report = pipeline::pipeline(jobs, workers);
        let context = format!("{jobs} jobs, {workers} workers: {report:?}");
        assert_eq!(report.sent, jobs, "{context}");
        assert_eq!(report.per_worker.len(), workers, "{context}");
        assert_eq!(report.per_worker.iter().sum::<u64>(), jobs, "{context}");
        let sum_of_squares = (0..jobs).map(|j| j * j).sum();
        let expected = pipeline::Tally {
            received: jobs,
            lost: 0,
            duplicated: 0,
            wrong: 0,
            sum: sum_of_squares,
        };
        assert_eq!(report.tally, expected, "{context}");
    }
}

#[test]
fn actors_transcript() {
    let expected = "\
................
..G.............
................
........W.....r.
................
................
.r..............
t=0.1s  guard (3,1) patrol  wolf (9,3) chase  hop (14,3) graze  bun (1,6) graze
t=0.2s  guard (4,1) patrol  wolf (10,3) chase  hop (14,3) graze  bun (1,6) graze
t=0.3s  guard (5,1) patrol  wolf (11,3) chase  hop (15,2) flee  bun (1,6) graze
t=0.4s  guard (6,1) patrol  wolf (12,2) chase  hop (15,1) flee  bun (1,6) graze
t=0.5s  guard (7,1) patrol  wolf (13,1) chase  hop (15,0) flee  bun (1,6) graze
t=0.6s  guard (8,1) patrol  wolf (14,0) chase  hop (15,0) flee  bun (1,6) graze
       the wolf catches hop at (15,0)
t=0.7s  guard (9,1) patrol  wolf (13,1) chase  bun (1,6) graze
t=0.8s  guard (10,1) patrol  wolf (12,2) chase  bun (1,6) graze
t=0.9s  guard (11,1) patrol  wolf (13,3) flee  bun (1,6) graze
t=1.0s  guard (12,1) patrol  wolf (14,4) flee  bun (1,6) graze
t=1.1s  guard (13,1) patrol  wolf (13,5) chase  bun (1,6) graze
t=1.2s  guard (13,2) patrol  wolf (12,6) chase  bun (1,6) graze
t=1.3s  guard (13,3) patrol  wolf (11,6) chase  bun (1,6) graze
t=1.4s  guard (13,4) patrol  wolf (10,6) chase  bun (1,6) graze
t=1.5s  guard (13,5) patrol  wolf (9,6) chase  bun (1,6) graze
t=1.6s  guard (12,5) patrol  wolf (8,6) chase  bun (1,6) graze
t=1.7s  guard (11,5) patrol  wolf (7,6) chase  bun (1,6) graze
t=1.8s  guard (10,5) patrol  wolf (6,6) chase  bun (1,6) graze
t=1.9s  guard (9,5) patrol  wolf (5,6) chase  bun (1,6) graze
t=2.0s  guard (8,5) patrol  wolf (4,6) chase  bun (0,5) flee
t=2.1s  guard (7,5) patrol  wolf (3,5) chase  bun (0,4) flee
t=2.2s  guard (6,5) patrol  wolf (2,4) chase  bun (0,3) flee
t=2.3s  guard (5,5) patrol  wolf (1,3) chase  bun (0,2) flee
       the wolf catches bun at (0,2)
       no rabbit left after 23 ticks
................
................
................
.W..............
................
.....G..........
................
guard: walked 23 cells
wolf: hunted for 21 ticks
hop: on the map for 6 ticks
bun: on the map for 23 ticks
";
    assert_eq!(output(actors::run), expected);
    // Replayed: the same again.
    assert_eq!(output(actors::run), expected);
}
