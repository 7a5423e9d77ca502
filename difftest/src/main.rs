//! `difftest --seed S --count N [--batch B] [--dir D] [--start I] [--no-shrink]
//! [--coro-core PATH] [--write-corpus PATH [--corpus-size M]]`, or `difftest --seed S --print I`.
//!
//! `--coro-core` builds the coro side against another copy of `coro-core` (with `coro-macros`
//! next to it), e.g. a snapshot of a commit, instead of the working tree.
//!
//! Generates N programs, builds them in batch crates with coro (stable) and as native
//! coroutines (nightly), runs both on the same inputs, compares the traces, shrinks every
//! failure, and prints `N programs, D divergences, K rejected by coro (...), P macro panics`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use difftest::batch::{self, Outcome, Workdir};
use difftest::generate::{self, Flavor, Program};
use difftest::harness::{self, Verdict};
use difftest::shrink;

struct Args {
    seed: u64,
    count: u64,
    batch: usize,
    dir: PathBuf,
    shrink: bool,
    corpus: Option<PathBuf>,
    corpus_size: usize,
    print: Option<u64>,
    start: u64,
    coro_core: Option<PathBuf>,
}

fn parse_args() -> Args {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut a = Args {
        seed: 1,
        count: 100,
        batch: 400,
        dir: std::env::var_os("CARGO_TARGET_DIR")
            .map_or_else(|| workspace.join("target"), PathBuf::from)
            .join("difftest"),
        shrink: true,
        corpus: None,
        corpus_size: 300,
        print: None,
        start: 0,
        coro_core: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--seed" => a.seed = val().parse().expect("--seed N"),
            "--count" => a.count = val().parse().expect("--count N"),
            "--batch" => a.batch = val().parse().expect("--batch N"),
            "--dir" => a.dir = PathBuf::from(val()),
            "--no-shrink" => a.shrink = false,
            "--start" => a.start = val().parse().expect("--start INDEX"),
            "--coro-core" => a.coro_core = Some(PathBuf::from(val())),
            "--print" => a.print = Some(val().parse().expect("--print INDEX")),
            "--write-corpus" => a.corpus = Some(PathBuf::from(val())),
            "--corpus-size" => a.corpus_size = val().parse().expect("--corpus-size N"),
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// What kind of failure a program shows (used to decide whether a shrink step kept it).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Failure {
    Diverges,
    Rejected(String),
    MacroPanic,
    Crashes,
}

fn failure(p: &Program, o: &Outcome) -> Option<Failure> {
    match o {
        Outcome::Ran(n, c) => n
            .iter()
            .zip(c)
            .any(|(n, c)| harness::classify(n, c, &p.maybe_moved) == Verdict::Diverges)
            .then_some(Failure::Diverges),
        Outcome::Rejected(reason, _) => Some(Failure::Rejected(reason.clone())),
        Outcome::MacroPanic(_) => Some(Failure::MacroPanic),
        Outcome::Crashed(_) => Some(Failure::Crashes),
        Outcome::NativeInvalid(_) => None,
    }
}

fn shrink_one(w: &Workdir, mut p: Program, want: &Failure) -> (Program, Option<Outcome>) {
    let mut last = None;
    for round in 0..40 {
        let cands = shrink::candidates(&p);
        if cands.is_empty() {
            break;
        }
        let progs: Vec<(usize, Program)> = cands.into_iter().enumerate().collect();
        let outcomes = match batch::evaluate(w, &progs) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("  shrink: {e}");
                break;
            }
        };
        // the smallest candidate that still fails the same way
        let best = progs
            .iter()
            .filter(|(id, q)| outcomes.get(id).and_then(|o| failure(q, o)).as_ref() == Some(want))
            .min_by_key(|(_, q)| {
                (
                    q.size(),
                    q.inputs.iter().map(Vec::len).sum::<usize>() + q.inputs.len(),
                )
            });
        match best {
            Some((id, q)) => {
                eprintln!("  shrink round {round}: size {} -> {}", p.size(), q.size());
                last = outcomes.get(id).cloned();
                p = q.clone();
            }
            None => break,
        }
    }
    (p, last)
}

fn report_case(p: &Program, o: Option<&Outcome>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// program seed {:#x}, return type {}",
        p.seed,
        p.ret.ty()
    );
    let _ = writeln!(out, "// inputs: {:?}", p.inputs);
    let _ = writeln!(out, "// ---- coro ----\n{}", p.render(Flavor::Coro));
    let _ = writeln!(out, "// ---- native ----\n{}", p.render(Flavor::Native));
    match o {
        Some(Outcome::Ran(native, coro)) => {
            for (k, (n, c)) in native.iter().zip(coro).enumerate() {
                let _ = writeln!(out, "// run {k} native: {n:?}\n// run {k} coro:   {c:?}");
            }
        }
        Some(other) => {
            let _ = writeln!(out, "// outcome: {other:?}");
        }
        None => {}
    }
    out
}

fn main() {
    let args = parse_args();
    if let Some(index) = args.print {
        let p = generate::generate(args.seed, index);
        print!("{}", report_case(&p, None));
        return;
    }
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::create_dir_all(&args.dir).expect("scratch dir");
    let mut w = batch::workdir(&workspace, args.dir.clone());
    if let Some(path) = &args.coro_core {
        w.coro_core.clone_from(path);
    }
    let fail_dir = args.dir.join("failures");
    let _ = std::fs::create_dir_all(&fail_dir);
    let start = Instant::now();

    let mut same = 0usize;
    let mut early = 0usize;
    let mut early_progs: Vec<(usize, BTreeSet<String>)> = Vec::new();
    let mut known_progs: Vec<(usize, Vec<String>)> = Vec::new();
    let mut known: BTreeMap<Vec<&'static str>, usize> = BTreeMap::new();
    let mut divergent: Vec<(usize, Program, Outcome)> = Vec::new();
    let mut rejected: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut panics: Vec<(usize, Program, String)> = Vec::new();
    let mut invalid: BTreeMap<String, usize> = BTreeMap::new();
    let mut crashed = 0usize;
    let mut corpus: Vec<(Program, Vec<Vec<String>>)> = Vec::new();
    let mut rejected_progs: Vec<(usize, Program, String)> = Vec::new();

    let mut next = args.start;
    let stop = args.start + args.count;
    while next < stop {
        let end = (next + args.batch as u64).min(stop);
        let progs: Vec<(usize, Program)> = (next..end)
            .map(|i| {
                (
                    usize::try_from(i).unwrap_or(0),
                    generate::generate(args.seed, i),
                )
            })
            .collect();
        let t0 = Instant::now();
        let outcomes = match batch::evaluate(&w, &progs) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("batch {next}..{end}: {e}");
                std::process::exit(2);
            }
        };
        for (id, p) in progs {
            let o = outcomes
                .get(&id)
                .cloned()
                .unwrap_or(Outcome::Crashed("no outcome".into()));
            match &o {
                Outcome::Ran(n, c) => {
                    let verdicts: Vec<_> = n
                        .iter()
                        .zip(c)
                        .map(|(n, c)| harness::classify(n, c, &p.maybe_moved))
                        .collect();
                    if verdicts.contains(&Verdict::Diverges) {
                        divergent.push((id, p, o));
                    } else {
                        if let Some(Verdict::KnownBug(name)) =
                            verdicts.iter().find(|v| matches!(v, Verdict::KnownBug(_)))
                        {
                            *known.entry(name.clone()).or_default() += 1;
                            let mut names: Vec<String> =
                                name.iter().map(ToString::to_string).collect();
                            for (n, c) in n.iter().zip(c) {
                                for early in harness::early_temporaries(n, c, &p.maybe_moved) {
                                    if !names.contains(&early) {
                                        names.push(early);
                                    }
                                }
                            }
                            known_progs.push((id, names));
                        } else if verdicts.iter().any(|v| matches!(v, Verdict::EarlyDrop(_))) {
                            early += 1;
                            let names = verdicts
                                .iter()
                                .filter_map(|v| match v {
                                    Verdict::EarlyDrop(names) => Some(names.iter().cloned()),
                                    _ => None,
                                })
                                .flatten()
                                .collect();
                            early_progs.push((id, names));
                        } else {
                            same += 1;
                        }
                        if corpus.len() < args.corpus_size {
                            corpus.push((p, n.clone()));
                        }
                    }
                }
                Outcome::Rejected(reason, full) => {
                    rejected.entry(reason.clone()).or_default().push(id);
                    rejected_progs.push((id, p, full.clone()));
                }
                Outcome::MacroPanic(m) => panics.push((id, p, m.clone())),
                Outcome::NativeInvalid(m) => *invalid.entry(batch::normalize(m)).or_default() += 1,
                Outcome::Crashed(_) => {
                    crashed += 1;
                    divergent.push((id, p, o));
                }
            }
        }
        eprintln!(
            "programs {next}..{end}: {:.1}s (total {:.1}s); so far: {} divergences ({} new), \
             {} rejected, {} macro panics, {same} identical, {early} early drops",
            t0.elapsed().as_secs_f64(),
            start.elapsed().as_secs_f64(),
            divergent.len() + known.values().sum::<usize>(),
            divergent.len(),
            rejected.values().map(Vec::len).sum::<usize>(),
            panics.len(),
        );
        next = end;
    }

    // Shrink: every divergence and macro panic, and one program per rejection reason.
    let mut to_shrink: Vec<(String, Program, Failure)> = Vec::new();
    for (id, p, o) in &divergent {
        let want = if matches!(o, Outcome::Crashed(_)) {
            Failure::Crashes
        } else {
            Failure::Diverges
        };
        to_shrink.push((format!("divergence-{id}"), p.clone(), want));
    }
    for (id, p, _) in &panics {
        to_shrink.push((format!("panic-{id}"), p.clone(), Failure::MacroPanic));
    }
    let mut seen_reasons = BTreeSet::new();
    for (id, p, full) in &rejected_progs {
        let reason = batch::normalize(full.split(" | ").next().unwrap_or(""));
        if seen_reasons.insert(reason.clone()) {
            to_shrink.push((
                format!("rejected-{id}"),
                p.clone(),
                Failure::Rejected(reason),
            ));
        }
    }
    for (name, p, want) in to_shrink.into_iter().take(if args.shrink { 12 } else { 0 }) {
        eprintln!("shrinking {name} ({want:?}), size {}", p.size());
        let (small, outcome) = shrink_one(&w, p, &want);
        let text = report_case(&small, outcome.as_ref());
        let path = fail_dir.join(format!("{name}.rs"));
        let _ = std::fs::write(&path, &text);
        eprintln!("{text}\n(saved to {})", path.display());
    }

    if let Some(path) = &args.corpus {
        write_corpus(path, args.seed, &corpus);
        eprintln!("wrote {} programs to {}", corpus.len(), path.display());
    }

    let total = args.count;
    let k: usize = rejected.values().map(Vec::len).sum();
    let reasons: Vec<String> = rejected
        .iter()
        .map(|(r, ids)| format!("{}× {r}", ids.len()))
        .collect();
    let known_total: usize = known.values().sum();
    println!(
        "{total} programs, {} divergences, {k} rejected by coro ({}), {} macro panics",
        divergent.len() + known_total,
        if reasons.is_empty() {
            "none".to_string()
        } else {
            reasons.join("; ")
        },
        panics.len()
    );
    println!(
        "  identical traces: {same}; documented early drop at a suspension point: {early}; \
         invalid programs (generator bugs, native rejects): {}; coro crashed or hung (counted as divergences): {crashed}; {:.1}s",
        invalid.values().sum::<usize>(),
        start.elapsed().as_secs_f64()
    );
    println!(
        "  divergences: {} new, {known_total} explained by known bugs",
        divergent.len()
    );
    for (names, n) in &known {
        println!(
            "  {n} programs explained by known bugs: {}",
            names.join(" + ")
        );
    }
    for (r, n) in &invalid {
        println!("  native rejected {n}× {r}");
    }
    for (id, names) in &known_progs {
        println!("  known bug in program {id}: {}", names.join(" + "));
    }
    for (id, names) in &early_progs {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        println!("  early drop in program {id}: {}", names.join(", "));
    }
    for (id, _, o) in &divergent {
        println!("  divergence in program {id}: {o:?}");
    }
}

/// `&["a", "b"]`
fn str_list(xs: &[String]) -> String {
    let items: Vec<String> = xs.iter().map(|x| format!("{x:?}")).collect();
    format!("&[{}]", items.join(", "))
}

/// `&[&["a"], &["b", "c"]]`
fn str_lists(xss: &[Vec<String>]) -> String {
    let items: Vec<String> = xss.iter().map(|xs| str_list(xs)).collect();
    format!("&[{}]", items.join(", "))
}

fn write_corpus(path: &std::path::Path, seed: u64, corpus: &[(Program, Vec<Vec<String>>)]) {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "//! Golden corpus: {} generated programs (seed {seed}) with the traces the compiler's\n\
         //! native coroutines produced (nightly), replayed against coro on stable.\n\
         //! Regenerate with `difftest/run.sh --seed {seed} --count N --write-corpus difftest/tests/corpus.rs`;\n\
         //! do not edit by hand.\n",
        corpus.len()
    );
    // The support code the batch crates get as text, included from its files.
    s.push_str(
        "#![allow(warnings, clippy::all, clippy::pedantic)]\n\n#[rustfmt::skip]\npub mod h {\n\
         include!(\"../support/common.rs\");\n\
         include!(\"../support/drive_coro.rs\");\n}\n\n",
    );
    for (k, (p, _)) in corpus.iter().enumerate() {
        let _ = writeln!(
            s,
            "#[rustfmt::skip]\nmod p{k:03} {{\nuse super::h::*;\n{}}}\n",
            p.render(Flavor::Coro)
        );
    }
    s.push_str(
        "/// (program, inputs per run, native trace per run, possibly-moved tracked names)\n",
    );
    s.push_str("#[rustfmt::skip]\nconst CASES: &[difftest::harness::CorpusCase] = &[\n");
    for (k, (p, native)) in corpus.iter().enumerate() {
        let mm: Vec<String> = p.maybe_moved.iter().cloned().collect();
        let _ = writeln!(
            s,
            "    (p{k:03}::run, {}, {}, {}),",
            str_lists(&p.inputs),
            str_lists(native),
            str_list(&mm)
        );
    }
    s.push_str("];\n\n");
    s.push_str(
        r#"#[test]
fn corpus_replays_native_traces() {
    let failures = difftest::harness::replay(CASES);
    assert!(failures.is_empty(), "{} divergent runs:\n{}", failures.len(), failures.join("\n"));
}
"#,
    );
    std::fs::write(path, s).expect("write corpus");
}
