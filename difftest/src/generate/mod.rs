//! A seeded generator of random, well-typed coroutine bodies.
//!
//! A program is a tree of [`Node`]s (so that the shrinker can delete statements and branches)
//! whose text writes every suspension point as `__Y!(operand)`; [`Program::render`] turns that
//! into `yield_!(operand)` (coro) or `(yield operand)` (native).
//!
//! Types in play: `i64` (I), `String` (S, also the yield and resume type), `bool` (B) and the
//! drop-tracked `T` (K). The generator tracks which locals are moved (conservatively, through
//! branches) and never moves a local declared outside the loop it is in, so every program
//! type-checks natively; the drop-tracked names that may be "moved" in coro's syntactic sense
//! (passed by value, used as a method receiver) are recorded in [`Program::maybe_moved`]:
//! only their drops may move to a suspension point (the one allowed divergence).

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// splitmix64: small, seedable, good enough.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % (n as u64)).unwrap_or(0)
    }
    /// True with probability `p` percent.
    pub fn pct(&mut self, p: usize) -> bool {
        self.below(100) < p
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// A statement (or a compound statement made of `header { block }` parts, then `end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Line(String),
    Comp {
        parts: Vec<(String, Vec<Node>)>,
        end: String,
    },
}

/// The coroutine's return type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ret {
    Int,
    Opt,
    Res,
}

impl Ret {
    #[must_use]
    pub fn ty(self) -> &'static str {
        match self {
            Ret::Int => "i64",
            Ret::Opt => "Option<i64>",
            Ret::Res => "Result<i64, String>",
        }
    }
}

/// Which compiler the text is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Coro,
    Native,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub seed: u64,
    pub ret: Ret,
    pub body: Vec<Node>,
    /// The tail expression of the body.
    pub tail: String,
    /// Names of drop-tracked values that some binding holding them mentions in a
    /// possibly-consuming position.
    pub maybe_moved: BTreeSet<String>,
    /// One entry per run: the resume arguments, in order.
    pub inputs: Vec<Vec<String>>,
}

fn render_nodes(nodes: &[Node], indent: usize, out: &mut String) {
    for node in nodes {
        let pad = "    ".repeat(indent);
        match node {
            Node::Line(s) => {
                let _ = writeln!(out, "{pad}{s}");
            }
            Node::Comp { parts, end } => {
                out.push_str(&pad);
                for (i, (header, block)) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    let _ = writeln!(out, "{header} {{");
                    render_nodes(block, indent + 1, out);
                    out.push_str(&pad);
                    out.push('}');
                }
                let _ = writeln!(out, "{end}");
            }
        }
    }
}

impl Program {
    /// The body (statements and tail), in the given flavor.
    #[must_use]
    pub fn body_text(&self, flavor: Flavor, indent: usize) -> String {
        let mut out = String::new();
        render_nodes(&self.body, indent, &mut out);
        let _ = writeln!(out, "{}{}", "    ".repeat(indent), self.tail);
        // `__YF!(iter);` on a line of its own.
        let out: String = out
            .lines()
            .map(|line| {
                let trimmed = line.trim_start();
                let pad = &line[..line.len() - trimmed.len()];
                match trimmed
                    .strip_prefix("__YF!(")
                    .and_then(|rest| rest.strip_suffix(");"))
                {
                    Some(iter) => match flavor {
                        Flavor::Coro => format!("{pad}yield_from!({iter}, String::new());\n"),
                        Flavor::Native => format!("{pad}for y in {iter} {{ yield y; }}\n"),
                    },
                    None => format!("{line}\n"),
                }
            })
            .collect();
        let yield_ = match flavor {
            Flavor::Coro => "yield_!(",
            Flavor::Native => "(yield ",
        };
        out.replace("__Y!(", yield_)
    }

    /// `pub fn run(inputs) -> trace` for this program.
    #[must_use]
    pub fn render(&self, flavor: Flavor) -> String {
        let body = self.body_text(flavor, 3);
        let ret = self.ret.ty();
        let open = match flavor {
            Flavor::Coro => {
                format!("let co = coro!(yield = String; move |mut r: String| -> {ret} {{")
            }
            Flavor::Native => {
                format!("let co = #[coroutine] move |mut r: String| -> {ret} {{")
            }
        };
        let close = match flavor {
            Flavor::Coro => "});",
            Flavor::Native => "};",
        };
        format!(
            "pub fn run(inputs: Vec<String>) -> Vec<String> {{\n    {{\n        let cap = T(\"cap\");\n        {open}\n{body}        {close}\n        drive(co, inputs);\n    }}\n    take_log()\n}}\n"
        )
    }

    /// Number of nodes, for reporting shrink progress.
    #[must_use]
    pub fn size(&self) -> usize {
        fn count(nodes: &[Node]) -> usize {
            nodes
                .iter()
                .map(|n| match n {
                    Node::Line(_) => 1,
                    Node::Comp { parts, .. } => {
                        1 + parts.iter().map(|p| count(&p.1)).sum::<usize>()
                    }
                })
                .sum()
        }
        count(&self.body)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    I,
    S,
    K,
}

#[derive(Debug, Clone)]
struct Var {
    name: String,
    ty: Ty,
    mutable: bool,
    moved: bool,
    /// Ever mentioned in a position that may move it (then every value it ever holds may be
    /// dropped early by coro, even one assigned after the move).
    consumed: bool,
    loop_depth: usize,
    /// Drop-tracked names this binding may hold.
    holds: Vec<String>,
}

#[derive(Debug, Clone)]
struct Target {
    label: String,
    /// `continue` allowed (a loop, not a labelled block).
    is_loop: bool,
    /// `break` must carry an `i64`.
    value: bool,
}

struct Gen {
    rng: Rng,
    scopes: Vec<Vec<Var>>,
    targets: Vec<Target>,
    loop_depth: usize,
    fresh: usize,
    ret: Ret,
    maybe_moved: BTreeSet<String>,
    budget: usize,
    yields: usize,
}

const NAMES: &[&str] = &["a", "b", "c", "d", "e", "f"];
const WORDS: &[&str] = &["", "x", "ab", "xyz", "four", "hello"];

impl Gen {
    fn id(&mut self) -> usize {
        self.fresh += 1;
        self.fresh
    }

    /// Visible bindings (the latest of each name).
    fn visible(&self) -> Vec<(usize, usize)> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for (si, scope) in self.scopes.iter().enumerate().rev() {
            for (vi, v) in scope.iter().enumerate().rev() {
                if seen.insert(v.name.clone()) {
                    out.push((si, vi));
                }
            }
        }
        out
    }

    fn var(&self, at: (usize, usize)) -> &Var {
        &self.scopes[at.0][at.1]
    }

    fn var_mut(&mut self, at: (usize, usize)) -> &mut Var {
        &mut self.scopes[at.0][at.1]
    }

    /// A usable (not moved) binding of type `ty`; `movable` also requires it to be declared
    /// in the current loop iteration.
    fn choose(&mut self, ty: Ty, movable: bool) -> Option<(usize, usize)> {
        let depth = self.loop_depth;
        let cands: Vec<_> = self
            .visible()
            .into_iter()
            .filter(|&at| {
                let v = self.var(at);
                v.ty == ty && !v.moved && (!movable || v.loop_depth == depth)
            })
            .collect();
        if cands.is_empty() {
            None
        } else {
            Some(*self.rng.pick(&cands))
        }
    }

    fn mark_moved(&mut self, at: (usize, usize)) {
        self.mark_receiver(at);
        self.var_mut(at).moved = true;
    }

    fn mark_receiver(&mut self, at: (usize, usize)) {
        let holds = self.var(at).holds.clone();
        self.maybe_moved.extend(holds);
        self.var_mut(at).consumed = true;
    }

    fn declare(&mut self, name: &str, ty: Ty, mutable: bool, holds: Vec<String>) {
        let depth = self.loop_depth;
        self.scopes.last_mut().expect("a scope").push(Var {
            name: name.to_string(),
            ty,
            mutable,
            moved: false,
            consumed: false,
            loop_depth: depth,
            holds,
        });
    }

    fn moved_flags(&self) -> Vec<Vec<bool>> {
        self.scopes
            .iter()
            .map(|s| s.iter().map(|v| v.moved).collect())
            .collect()
    }

    fn set_moved_flags(&mut self, flags: &[Vec<bool>]) {
        for (scope, fs) in self.scopes.iter_mut().zip(flags) {
            for (v, &f) in scope.iter_mut().zip(fs) {
                v.moved = f;
            }
        }
    }

    fn or_moved_flags(acc: &mut [Vec<bool>], flags: &[Vec<bool>]) {
        for (a, f) in acc.iter_mut().zip(flags) {
            for (x, &y) in a.iter_mut().zip(f) {
                *x |= y;
            }
        }
    }
}

mod expr;
mod stmt;

/// Generate program number `index` of the run seeded with `seed`.
#[must_use]
pub fn generate(seed: u64, index: u64) -> Program {
    let pseed = Rng::new(seed.wrapping_mul(0x1000_0000_01B3) ^ index).next_u64();
    let mut rng = Rng::new(pseed);
    let ret = *rng.pick(&[Ret::Int, Ret::Opt, Ret::Res]);
    let budget = 6 + rng.below(18);
    let mut g = Gen {
        rng,
        scopes: vec![Vec::new()],
        targets: Vec::new(),
        loop_depth: 0,
        fresh: 0,
        ret,
        maybe_moved: BTreeSet::new(),
        budget,
        yields: 0,
    };
    g.declare("cap", Ty::K, false, vec!["cap".into()]);
    g.declare("r", Ty::S, true, vec![]);
    let mut body = Vec::new();
    while g.budget > 0 {
        g.stmt(&mut body);
    }
    if g.yields == 0 {
        body.push(Node::Line("__Y!(String::from(\"end\"));".into()));
    }
    let tail = g.ret_value();
    let mut inputs = Vec::new();
    for _ in 0..3 {
        let n = 1 + g.rng.below(8);
        inputs.push((0..n).map(|_| (*g.rng.pick(WORDS)).to_string()).collect());
    }
    Program {
        seed: pseed,
        ret,
        body,
        tail,
        maybe_moved: g.maybe_moved,
        inputs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_depend_only_on_seed_and_index() {
        for index in 0..50 {
            assert_eq!(generate(7, index), generate(7, index));
        }
        assert_ne!(generate(7, 1), generate(8, 1));
    }

    #[test]
    fn the_two_flavors_differ_only_in_how_they_suspend() {
        for index in 0..50 {
            let p = generate(1, index);
            let coro = p.body_text(Flavor::Coro, 0);
            let native = p.body_text(Flavor::Native, 0);
            // `yield_from!` over an iterator is natively a loop that yields each item.
            let as_native: String = coro
                .lines()
                .map(|line| {
                    let trimmed = line.trim_start();
                    let pad = &line[..line.len() - trimmed.len()];
                    match trimmed
                        .strip_prefix("yield_from!(")
                        .and_then(|rest| rest.strip_suffix(", String::new());"))
                    {
                        Some(iter) => format!("{pad}for y in {iter} {{ yield y; }}\n"),
                        None => format!("{line}\n"),
                    }
                })
                .collect();
            assert_eq!(as_native.replace("yield_!(", "(yield "), native);
            assert!(coro.contains("yield_!("), "every program suspends");
            assert!(!p.inputs.is_empty() && p.inputs.iter().all(|run| !run.is_empty()));
        }
    }
}
