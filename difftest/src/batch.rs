//! Batch crates: many programs per crate, built with stable (coro) and nightly (native),
//! run, and their traces parsed back.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::generate::{Flavor, Program};
use crate::harness;

/// What happened to one program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The native compiler rejected it: a generator bug (reason given).
    NativeInvalid(String),
    /// coro rejected it with a compile error (normalized reason, full message).
    Rejected(String, String),
    /// The macro panicked.
    MacroPanic(String),
    /// Both ran: one trace per input run, native then coro.
    Ran(Vec<Vec<String>>, Vec<Vec<String>>),
    /// The coro build crashed or hung (killed after 20 s) where the native one did not.
    Crashed(String),
}

/// Where the batch crates and their target directories live.
#[derive(Debug, Clone)]
pub struct Workdir {
    pub root: PathBuf,
    pub coro_core: PathBuf,
    pub lockfile: PathBuf,
}

const MARK: &str = "\u{1}@@";

fn crate_dir(w: &Workdir, flavor: Flavor) -> PathBuf {
    w.root.join(match flavor {
        Flavor::Coro => "batch-coro",
        Flavor::Native => "batch-native",
    })
}

fn write_crate(w: &Workdir, flavor: Flavor, progs: &[(usize, &Program)]) -> std::io::Result<()> {
    let dir = crate_dir(w, flavor);
    let src = dir.join("src");
    if src.exists() {
        std::fs::remove_dir_all(&src)?;
    }
    std::fs::create_dir_all(&src)?;
    let dep = match flavor {
        Flavor::Coro => format!(
            "coro-core = {{ path = {:?} }}\n",
            w.coro_core.display().to_string()
        ),
        Flavor::Native => String::new(),
    };
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"difftest-batch\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{dep}\n[workspace]\n\n[profile.dev]\ndebug = 0\nincremental = false\n"
        ),
    )?;
    if flavor == Flavor::Coro && !dir.join("Cargo.lock").exists() {
        std::fs::copy(&w.lockfile, dir.join("Cargo.lock"))?;
    }
    let mut main = String::new();
    if flavor == Flavor::Native {
        main.push_str("#![feature(coroutines, coroutine_trait, stmt_expr_attributes)]\n");
    }
    main.push_str("#![allow(warnings)]\n\npub mod h {\n");
    main.push_str(&harness::support(flavor));
    main.push_str("}\n\n");
    for (id, _) in progs {
        let _ = writeln!(main, "mod p{id:05};");
    }
    main.push_str("\nfn main() {\n    let only: Option<usize> = std::env::args().nth(1).and_then(|a| a.parse().ok());\n");
    for (id, p) in progs {
        let _ = writeln!(main, "    if only.is_none_or(|o| o == {id}) {{");
        for (k, run) in p.inputs.iter().enumerate() {
            let _ = writeln!(
                main,
                "        println!(\"{MARK} {id} {k}\");\n        for line in p{id:05}::run(vec!{run:?}.into_iter().map(String::from).collect()) {{ println!(\"{{}}\", line.replace('\\n', \"\\\\n\")); }}"
            );
        }
        main.push_str("    }\n");
    }
    main.push_str("}\n");
    std::fs::write(src.join("main.rs"), main)?;
    for (id, p) in progs {
        let text = format!("use crate::h::*;\n\n{}", p.render(flavor));
        std::fs::write(src.join(format!("p{id:05}.rs")), text)?;
    }
    Ok(())
}

fn cargo(w: &Workdir, flavor: Flavor) -> Command {
    let mut c = Command::new("cargo");
    c.arg(match flavor {
        Flavor::Coro => "+stable",
        Flavor::Native => "+nightly",
    });
    c.args(["build", "--offline", "--color", "never"]);
    c.current_dir(crate_dir(w, flavor));
    c.env(
        "CARGO_TARGET_DIR",
        w.root.join(match flavor {
            Flavor::Coro => "target-coro",
            Flavor::Native => "target-native",
        }),
    );
    c.env_remove("RUSTFLAGS");
    c.stdout(Stdio::null()).stderr(Stdio::piped());
    c
}

/// Normalize an error message into a reason: names in backquotes become `_`.
#[must_use]
pub fn normalize(msg: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for ch in msg.chars() {
        if ch == '`' {
            if inside {
                out.push_str("_`");
            } else {
                out.push('`');
            }
            inside = !inside;
        } else if !inside {
            out.push(ch);
        }
    }
    out
}

/// Errors per program id in rustc's human-readable output.
fn attribute_errors(stderr: &str) -> BTreeMap<usize, Vec<String>> {
    let mut out: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let lines: Vec<&str> = stderr.lines().collect();
    let mut current: Option<String> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("error") {
            let msg = line.split_once(": ").map_or(*line, |(_, m)| m);
            if msg.starts_with("could not compile") || msg.starts_with("aborting") {
                current = None;
                continue;
            }
            let mut msg = msg.to_string();
            // proc-macro panics: add the message
            for l in lines.iter().skip(i + 1).take(12) {
                if let Some(m) = l.trim().strip_prefix("= help: message:") {
                    let _ = write!(msg, ":{m}");
                    break;
                }
                if l.starts_with("error") || l.starts_with("warning") {
                    break;
                }
            }
            current = Some(msg);
        } else if let Some(rest) = line.trim().strip_prefix("--> src/p")
            && let Some(msg) = current.take()
            && let Some(id) = rest.get(..5).and_then(|n| n.parse().ok())
        {
            out.entry(id).or_default().push(msg);
        }
    }
    out
}

/// Build and run `progs` (pairs of an id and a program); one outcome per program.
///
/// # Errors
/// I/O errors, or a build failure that cannot be attributed to a program.
pub fn evaluate(
    w: &Workdir,
    progs: &[(usize, Program)],
) -> Result<BTreeMap<usize, Outcome>, String> {
    let mut outcomes: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut live: [BTreeSet<usize>; 2] = [
        progs.iter().map(|p| p.0).collect(),
        progs.iter().map(|p| p.0).collect(),
    ];
    let flavors = [Flavor::Native, Flavor::Coro];
    let mut done = [false, false];
    let mut written = [false, false];
    while !(done[0] && done[1]) {
        let mut children = Vec::new();
        for k in 0..2 {
            if done[k] {
                continue;
            }
            if !written[k] {
                let subset: Vec<(usize, &Program)> = progs
                    .iter()
                    .filter(|p| live[k].contains(&p.0))
                    .map(|p| (p.0, &p.1))
                    .collect();
                write_crate(w, flavors[k], &subset).map_err(|e| e.to_string())?;
                written[k] = true;
            }
            let child = cargo(w, flavors[k]).spawn().map_err(|e| e.to_string())?;
            children.push((k, child, std::time::Instant::now()));
        }
        for (k, child, started) in children {
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            if std::env::var_os("DIFFTEST_VERBOSE").is_some() {
                eprintln!(
                    "  build {}: {} programs, {:.1}s, {}",
                    ["native", "coro"][k],
                    live[k].len(),
                    started.elapsed().as_secs_f64(),
                    if out.status.success() { "ok" } else { "errors" }
                );
            }
            if out.status.success() {
                done[k] = true;
                continue;
            }
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            let _ = std::fs::write(
                w.root
                    .join(format!("last-build-errors-{}.txt", ["native", "coro"][k])),
                &stderr,
            );
            let errors = attribute_errors(&stderr);
            let errors: BTreeMap<_, _> = errors
                .into_iter()
                .filter(|(id, _)| live[k].contains(id))
                .collect();
            if errors.is_empty() {
                let log = w.root.join(format!("build-error-{k}.txt"));
                let _ = std::fs::write(&log, &stderr);
                return Err(format!("unattributed build failure, see {}", log.display()));
            }
            for (id, msgs) in errors {
                live[k].remove(&id);
                let first = msgs[0].clone();
                let outcome = if k == 0 {
                    Outcome::NativeInvalid(first)
                } else if let Some(m) = msgs.iter().find(|m| m.contains("proc macro panicked")) {
                    Outcome::MacroPanic(m.clone())
                } else {
                    Outcome::Rejected(normalize(&first), msgs.join(" | "))
                };
                // native verdicts take precedence
                if k == 0 || !outcomes.contains_key(&id) {
                    outcomes.insert(id, outcome);
                }
            }
            written[k] = false;
        }
    }
    // Run both binaries in parallel, all programs at once; then every program whose output is
    // incomplete (a crash or a hang takes the rest of the batch with it) alone.
    let bin = |f: Flavor| {
        w.root
            .join(match f {
                Flavor::Coro => "target-coro",
                Flavor::Native => "target-native",
            })
            .join("debug/difftest-batch")
    };
    let spawn = |f: Flavor, only: Option<usize>, seconds: u64| {
        let mut c = Command::new("timeout");
        c.arg(seconds.to_string()).arg(bin(f));
        if let Some(id) = only {
            c.arg(id.to_string());
        }
        c.stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())
    };
    let collect =
        |child: std::process::Child| -> Result<BTreeMap<usize, Vec<Vec<String>>>, String> {
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            Ok(parse_runs(&String::from_utf8_lossy(&out.stdout)))
        };
    let native = spawn(Flavor::Native, None, 300)?;
    let coro = spawn(Flavor::Coro, None, 300)?;
    let mut native = collect(native)?;
    let mut coro = collect(coro)?;
    for (id, p) in progs {
        if outcomes.contains_key(id) {
            continue;
        }
        let n_runs = p.inputs.len();
        let complete =
            |m: &BTreeMap<usize, Vec<Vec<String>>>| m.get(id).is_some_and(|r| r.len() == n_runs);
        if !complete(&native) || !complete(&coro) {
            let n = spawn(Flavor::Native, Some(*id), 20)?;
            let c = spawn(Flavor::Coro, Some(*id), 20)?;
            native.extend(collect(n)?);
            coro.extend(collect(c)?);
        }
        let get = |m: &BTreeMap<usize, Vec<Vec<String>>>| {
            m.get(id).filter(|r| r.len() == n_runs).cloned()
        };
        let outcome = match (get(&native), get(&coro)) {
            (Some(n), Some(c)) => Outcome::Ran(n, c),
            (None, _) => Outcome::NativeInvalid("crashed or timed out natively".into()),
            (Some(_), None) => {
                Outcome::Crashed("crashed or timed out with coro, not natively".into())
            }
        };
        outcomes.insert(*id, outcome);
    }
    Ok(outcomes)
}

fn parse_runs(stdout: &str) -> BTreeMap<usize, Vec<Vec<String>>> {
    let mut out: BTreeMap<usize, Vec<Vec<String>>> = BTreeMap::new();
    let mut current: Option<usize> = None;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix(MARK) {
            let id = rest.split_whitespace().next().and_then(|n| n.parse().ok());
            current = id;
            if let Some(id) = id {
                out.entry(id).or_default().push(Vec::new());
            }
        } else if let Some(id) = current
            && let Some(runs) = out.get_mut(&id)
            && let Some(run) = runs.last_mut()
        {
            run.push(line.to_string());
        }
    }
    // The last run of a crashed binary is incomplete: drop it.
    if let Some(id) = current
        && let Some(runs) = out.get_mut(&id)
        && runs
            .last()
            .is_some_and(|r| !r.iter().any(|l| l == "<drop coroutine>"))
    {
        runs.pop();
    }
    out
}

/// Default locations, relative to the workspace root.
#[must_use]
pub fn workdir(workspace: &Path, root: PathBuf) -> Workdir {
    Workdir {
        root,
        coro_core: workspace.join("coro-core"),
        lockfile: workspace.join("Cargo.lock"),
    }
}
