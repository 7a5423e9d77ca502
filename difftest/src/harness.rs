//! The support code every generated program is compiled with (as text: it is written into
//! the batch crates and the golden corpus), and the trace comparison.

use std::collections::{BTreeMap, BTreeSet};

use crate::generate::Flavor;

/// Helpers the generated programs call; identical for both flavors.
pub const COMMON: &str = include_str!("../support/common.rs");

/// `drive(co, inputs)` for coro.
pub const DRIVE_CORO: &str = include_str!("../support/drive_coro.rs");

/// `drive(co, inputs)` for native coroutines.
pub const DRIVE_NATIVE: &str = include_str!("../support/drive_native.rs");

/// The whole support module for one flavor.
#[must_use]
pub fn support(flavor: Flavor) -> String {
    let drive = match flavor {
        Flavor::Coro => DRIVE_CORO,
        Flavor::Native => DRIVE_NATIVE,
    };
    format!("{COMMON}{drive}")
}

/// How a coro trace relates to the native one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Same,
    /// Only drops of possibly-moved tracked values happen earlier, at a suspension point
    /// (the documented divergence); the names are listed.
    EarlyDrop(Vec<String>),
    /// The traces differ only by bugs already known and reported (see [`KNOWN_BUGS`]);
    /// their names.
    KnownBug(Vec<&'static str>),
    /// Anything else: a bug.
    Diverges,
}

/// Divergences already found, reported, and kept as ignored regression tests in
/// `tests/difftest_regressions.rs`. A run still counts them as divergences, under their
/// names; they are recognised so that they do not hide new ones.
pub const KNOWN_BUGS: &[&str] = &[REPEATED_COMPLETION_PANIC, STATEMENT_TEMPORARY];

/// After the panic of a resume after completion, the next resume reports
/// "coroutine resumed after panicking" (the panic poisoned the state); natively, and by the
/// contract, the coroutine is still complete.
pub const REPEATED_COMPLETION_PANIC: &str =
    "a second resume after completion panics \"after panicking\"";

/// A temporary created in the statement that suspends, or in the head of a `match`, `if let`
/// or `for` whose body suspends, is dropped before the suspension point; natively it lives to
/// the end of the statement or construct, across the suspension point. The rewrite keeps the
/// temporaries made of items and literals (`T("k1").id()`), not those whose expression names
/// a variable (`t("t2", T("k3")).id()` is kept, `keep(x, 1).id()` is not), which may borrow a
/// local. The generator names such temporaries `k<N>`.
pub const STATEMENT_TEMPORARY: &str =
    "a temporary of the suspending statement is dropped before the suspension point";

const AFTER_COMPLETION: &str = "PANIC coroutine resumed after completion";
const AFTER_PANICKING: &str = "PANIC coroutine resumed after panicking";

fn repeated_completion_panic(coro: &[String]) -> Vec<String> {
    let mut completed = false;
    coro.iter()
        .map(|e| {
            if e == AFTER_COMPLETION {
                completed = true;
            } else if e == AFTER_PANICKING && completed {
                return AFTER_COMPLETION.to_string();
            } else if e != AFTER_PANICKING {
                completed = false;
            }
            e.clone()
        })
        .collect()
}

fn is_temporary(name: &str) -> bool {
    name.strip_prefix('k')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A golden-corpus program: its `run`, the inputs of each run, the native trace of each run,
/// and the tracked values it may move.
pub type CorpusCase = (
    fn(Vec<String>) -> Vec<String>,
    &'static [&'static [&'static str]],
    &'static [&'static [&'static str]],
    &'static [&'static str],
);

/// Replays a golden corpus against coro (see [`classify`]), prints how many runs showed the
/// documented early drop and which known bugs explained others, and returns the runs that
/// diverge, described.
#[must_use]
pub fn replay(cases: &[CorpusCase]) -> Vec<String> {
    let mut failures = Vec::new();
    let mut early = 0;
    let mut known: BTreeMap<String, usize> = BTreeMap::new();
    for (k, (run, inputs, native, maybe_moved)) in cases.iter().enumerate() {
        let maybe_moved = maybe_moved.iter().map(|s| (*s).to_string()).collect();
        for (input, native) in inputs.iter().zip(native.iter()) {
            let coro = run(input.iter().map(|s| (*s).to_string()).collect());
            let native: Vec<String> = native.iter().map(|s| (*s).to_string()).collect();
            match classify(&native, &coro, &maybe_moved) {
                Verdict::Same => {}
                Verdict::EarlyDrop(_) => early += 1,
                Verdict::KnownBug(names) => {
                    *known.entry(names.join(" + ")).or_default() += 1;
                }
                Verdict::Diverges => failures.push(format!(
                    "p{k:03} {input:?}\n  native: {native:?}\n  coro:   {coro:?}"
                )),
            }
        }
    }
    eprintln!(
        "{} programs replayed, {early} runs with the documented early drop",
        cases.len()
    );
    for (names, n) in &known {
        eprintln!("{n} runs explained by known bugs: {names}");
    }
    failures
}

/// [`compare`], and if the traces diverge, whether known bugs explain the difference.
#[must_use]
pub fn classify(native: &[String], coro: &[String], maybe_moved: &BTreeSet<String>) -> Verdict {
    let verdict = compare(native, coro, maybe_moved);
    if verdict != Verdict::Diverges {
        return verdict;
    }
    let fixed = repeated_completion_panic(coro);
    let at_yield = |x: &str| maybe_moved.contains(x);
    let Some(early) = early_drops(native, &fixed, at_yield, is_temporary) else {
        return Verdict::Diverges;
    };
    let mut bugs = Vec::new();
    if fixed != coro && early_drops(native, coro, at_yield, is_temporary).is_none() {
        bugs.push(REPEATED_COMPLETION_PANIC);
    }
    if early.iter().any(|x| is_temporary(x)) {
        bugs.push(STATEMENT_TEMPORARY);
    }
    Verdict::KnownBug(bugs)
}

/// The temporaries that [`classify`] found dropped early (the known bug), for a report.
#[must_use]
pub fn early_temporaries(
    native: &[String],
    coro: &[String],
    maybe_moved: &BTreeSet<String>,
) -> Vec<String> {
    let fixed = repeated_completion_panic(coro);
    early_drops(native, &fixed, |x| maybe_moved.contains(x), is_temporary)
        .unwrap_or_default()
        .into_iter()
        .filter(|x| is_temporary(x))
        .collect()
}

/// Compare traces: [`Verdict::Same`], [`Verdict::EarlyDrop`] (see [`early_drops`]) or
/// [`Verdict::Diverges`].
#[must_use]
pub fn compare(native: &[String], coro: &[String], maybe_moved: &BTreeSet<String>) -> Verdict {
    if native == coro {
        return Verdict::Same;
    }
    match early_drops(native, coro, |x| maybe_moved.contains(x), |_| false) {
        Some(early) if !early.is_empty() => Verdict::EarlyDrop(early),
        _ => Verdict::Diverges,
    }
}

/// The traces are the same, except that some events `drop X` come earlier in `coro` than in
/// `native`: right before a `Y` (the suspension point, possibly after other drops) if
/// `at_yield(X)`, anywhere if `anywhere(X)`. The names of those values, or `None` if the
/// traces differ otherwise.
#[must_use]
pub fn early_drops(
    native: &[String],
    coro: &[String],
    at_yield: impl Fn(&str) -> bool,
    anywhere: impl Fn(&str) -> bool,
) -> Option<Vec<String>> {
    let mut pending: Vec<&str> = Vec::new();
    let mut early = Vec::new();
    let (mut i, mut j) = (0, 0);
    let suspends_next = |i: usize| {
        coro[i..]
            .iter()
            .find(|e| !e.starts_with("drop "))
            .is_some_and(|e| e.starts_with("Y "))
    };
    loop {
        match (coro.get(i), native.get(j)) {
            (None, None) => break,
            (Some(c), Some(n)) if c == n => {
                i += 1;
                j += 1;
            }
            (_, Some(n)) if pending.contains(&n.as_str()) => {
                let at = pending.iter().position(|p| *p == n.as_str()).unwrap_or(0);
                pending.remove(at);
                j += 1;
            }
            (Some(c), _)
                if c.strip_prefix("drop ")
                    .is_some_and(|x| anywhere(x) || (at_yield(x) && suspends_next(i))) =>
            {
                pending.push(c);
                early.push(c.trim_start_matches("drop ").to_string());
                i += 1;
            }
            _ => return None,
        }
    }
    pending.is_empty().then_some(early)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|x| (*x).to_string()).collect()
    }

    #[test]
    fn identical_traces_are_the_same() {
        let t = v(&["Y \"a\"", "drop x", "R 1", "<drop coroutine>"]);
        assert_eq!(classify(&t, &t, &BTreeSet::new()), Verdict::Same);
    }

    #[test]
    fn early_drop_of_a_maybe_moved_value_at_a_yield_is_the_documented_divergence() {
        let native = v(&["Y \"a\"", "<drop coroutine>", "drop g", "drop cap"]);
        let coro = v(&["drop g", "Y \"a\"", "<drop coroutine>", "drop cap"]);
        let maybe_moved: BTreeSet<String> = ["g".to_string()].into();
        assert_eq!(
            classify(&native, &coro, &maybe_moved),
            Verdict::EarlyDrop(vec!["g".into()])
        );
        // not possibly moved: a divergence
        assert_eq!(
            classify(&native, &coro, &BTreeSet::new()),
            Verdict::Diverges
        );
        // dropped early but not at a suspension point: a divergence
        let native = v(&["t1", "drop g", "R 1"]);
        let coro = v(&["drop g", "t1", "R 1"]);
        assert_eq!(classify(&native, &coro, &maybe_moved), Verdict::Diverges);
    }

    #[test]
    fn a_late_or_missing_drop_diverges() {
        let native = v(&["drop g", "Y \"a\"", "<drop coroutine>"]);
        let coro = v(&["Y \"a\"", "<drop coroutine>", "drop g"]);
        let maybe_moved: BTreeSet<String> = ["g".to_string()].into();
        assert_eq!(classify(&native, &coro, &maybe_moved), Verdict::Diverges);
        let coro = v(&["Y \"a\"", "<drop coroutine>"]);
        assert_eq!(classify(&native, &coro, &maybe_moved), Verdict::Diverges);
    }

    #[test]
    fn known_bugs_are_named() {
        let native = v(&[
            "R 1",
            AFTER_COMPLETION,
            AFTER_COMPLETION,
            "<drop coroutine>",
        ]);
        let coro = v(&["R 1", AFTER_COMPLETION, AFTER_PANICKING, "<drop coroutine>"]);
        assert_eq!(
            classify(&native, &coro, &BTreeSet::new()),
            Verdict::KnownBug(vec![REPEATED_COMPLETION_PANIC])
        );
        let native = v(&["t1", "Y \"a\"", "<drop coroutine>", "drop k3"]);
        let coro = v(&["drop k3", "t1", "Y \"a\"", "<drop coroutine>"]);
        assert_eq!(
            classify(&native, &coro, &BTreeSet::new()),
            Verdict::KnownBug(vec![STATEMENT_TEMPORARY])
        );
        // a tracked value that is not a temporary is not explained by that bug
        let coro = v(&["drop v3", "t1", "Y \"a\"", "<drop coroutine>"]);
        let native = v(&["t1", "Y \"a\"", "<drop coroutine>", "drop v3"]);
        assert_eq!(
            classify(&native, &coro, &BTreeSet::new()),
            Verdict::Diverges
        );
    }
}
