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

    fn y(&mut self, depth: usize) -> String {
        self.yields += 1;
        let operand = self.s(depth + 1, false);
        format!("__Y!({operand})")
    }

    fn lit(&mut self) -> String {
        self.rng.below(6).to_string()
    }

    // ---- expressions -------------------------------------------------------------------

    /// An `i64` expression.
    fn i(&mut self, depth: usize, can_yield: bool) -> String {
        let deep = depth >= 3;
        loop {
            let choice = self.rng.below(if deep { 5 } else { 17 });
            match choice {
                0 => return self.lit(),
                1 | 2 => {
                    if let Some(at) = self.choose(Ty::I, false) {
                        return self.var(at).name.clone();
                    }
                }
                3 => {
                    if let Some(at) = self.choose(Ty::S, false) {
                        return format!("({}.len() as i64)", self.var(at).name);
                    }
                }
                4 => {
                    if let Some(at) = self.choose(Ty::K, false) {
                        let name = self.var(at).name.clone();
                        // A method's receiver is borrowed: `.id()`, `.len()`, `.lock()`,
                        // `.borrow()`, `.try_send(n)` keep the value to the end of its scope.
                        return match self.rng.below(6) {
                            0 => format!("{name}.id()"),
                            1 => format!("{name}.len()"),
                            2 => format!("{name}.lock()"),
                            3 => format!("{name}.borrow()"),
                            4 => {
                                let n = self.lit();
                                format!("{name}.try_send({n})")
                            }
                            _ => format!("T::id(&{name})"),
                        };
                    }
                }
                5 if can_yield => {
                    let yv = self.y(depth);
                    return format!("({yv}.len() as i64)");
                }
                6 => {
                    let a = self.i(depth + 1, can_yield);
                    let b = self.i(depth + 1, can_yield);
                    let op = self.rng.pick(&["+", "-", "+", "*"]);
                    return format!("({a} {op} {b})");
                }
                7 => {
                    let n = self.id();
                    let v = self.i(depth + 1, can_yield);
                    return format!("t(\"t{n}\", {v})");
                }
                8 => {
                    let a = self.i(depth + 1, can_yield);
                    let b = self.s(depth + 1, can_yield);
                    let c = self.i(depth + 1, can_yield);
                    return format!("f3({a}, {b}, {c})");
                }
                9 => {
                    let a = self.i(depth + 1, can_yield);
                    let b = self.i(depth + 1, can_yield);
                    let c = self.i(depth + 1, can_yield);
                    return format!("Acc::new({a}).add({b}).add({c}).get()");
                }
                10 => {
                    // Temporaries whose method borrows them (natively they live to the end
                    // of the statement), or that a method on the list moves.
                    let n = self.id();
                    return match self.rng.below(5) {
                        0 | 1 => format!("T(\"k{n}\").id()"),
                        2 => format!("T(\"k{n}\").len()"),
                        3 => format!("Some(T(\"k{n}\")).unwrap().id()"),
                        _ => format!("T(\"k{n}\").into_n()"),
                    };
                }
                11 => {
                    if let Some(at) = self.choose(Ty::K, true) {
                        let name = self.var(at).name.clone();
                        self.mark_moved(at);
                        // A method that moves its receiver: on the list (`into_n`), or a
                        // user method taking `self` (`take`), which the rewrite takes for a
                        // borrow: written as a path call, the documented form, most of the
                        // time, so that the method call form is rejected in a few programs
                        // only (where the value is in scope at a later suspension point).
                        return match self.rng.below(10) {
                            0..=4 => format!("{name}.into_n()"),
                            5..=8 => format!("T::take({name})"),
                            _ => format!("{name}.take()"),
                        };
                    }
                }
                12 if self.ret != Ret::Int => {
                    let s = self.s_read(depth + 1, can_yield);
                    let f = if self.ret == Ret::Opt { "opt" } else { "res" };
                    return format!("{f}(&{s})?");
                }
                13 => {
                    let c = self.b(depth + 1, can_yield);
                    let before = self.moved_flags();
                    let a = self.i(depth + 1, can_yield);
                    let mut after = self.moved_flags();
                    self.set_moved_flags(&before);
                    let b = self.i(depth + 1, can_yield);
                    Self::or_moved_flags(&mut after, &self.moved_flags());
                    self.set_moved_flags(&after);
                    return format!("(if {c} {{ {a} }} else {{ {b} }})");
                }
                14 => {
                    let s = self.i(depth + 1, can_yield);
                    let a = self.i(depth + 1, false);
                    let g = self.lit();
                    let b = self.i(depth + 1, false);
                    return format!("(match {s} {{ 0 => {a}, n if n > {g} => n + 1, _ => {b} }})");
                }
                15 => {
                    let n = self.id();
                    let k = self.k(depth + 1, can_yield);
                    // A user method taking `self`, mostly as a path call (see above).
                    return if self.rng.pct(80) {
                        format!("T::take(keep({k}, {n}))")
                    } else {
                        format!("keep({k}, {n}).take()")
                    };
                }
                16 => {
                    let a = self.i(depth + 1, can_yield);
                    let b = self.s(depth + 1, can_yield);
                    return format!("(P {{ a: {a}, b: {b} }}).sum()");
                }
                _ => {}
            }
        }
    }

    /// Something `&` can be applied to, giving `&String`, without moving: a variable or a
    /// parenthesized owned expression.
    fn s_read(&mut self, depth: usize, can_yield: bool) -> String {
        if self.rng.pct(50)
            && let Some(at) = self.choose(Ty::S, false)
        {
            return self.var(at).name.clone();
        }
        let s = self.s(depth + 1, can_yield);
        format!("({s})")
    }

    /// An owned `String` expression.
    fn s(&mut self, depth: usize, can_yield: bool) -> String {
        let deep = depth >= 3;
        loop {
            match self.rng.below(if deep { 3 } else { 10 }) {
                0 => {
                    let w = self.rng.pick(WORDS);
                    return format!("String::from(\"{w}\")");
                }
                1 => {
                    if let Some(at) = self.choose(Ty::S, false) {
                        return format!("{}.clone()", self.var(at).name);
                    }
                }
                2 => {
                    if let Some(at) = self.choose(Ty::S, true) {
                        let name = self.var(at).name.clone();
                        self.mark_moved(at);
                        return name;
                    }
                }
                3 => {
                    let i = self.i(depth + 1, can_yield);
                    return format!("i2s({i})");
                }
                4 => {
                    let a = self.s_read(depth + 1, false);
                    let b = self.i(depth + 1, false);
                    return format!("format!(\"{{}}-{{}}\", {a}, {b})");
                }
                5 | 6 if can_yield => return self.y(depth),
                7 => {
                    let n = self.id();
                    let s = self.s(depth + 1, can_yield);
                    return format!("t(\"t{n}\", {s})");
                }
                8 => {
                    let c = self.b(depth + 1, can_yield);
                    let before = self.moved_flags();
                    let a = self.s(depth + 1, can_yield);
                    let mut after = self.moved_flags();
                    self.set_moved_flags(&before);
                    let b = self.s(depth + 1, can_yield);
                    Self::or_moved_flags(&mut after, &self.moved_flags());
                    self.set_moved_flags(&after);
                    return format!("(if {c} {{ {a} }} else {{ {b} }})");
                }
                9 => {
                    let (a, b) = (self.s(depth + 1, can_yield), self.s(depth + 1, can_yield));
                    return format!("[{a}, {b}].concat()");
                }
                _ => {}
            }
        }
    }

    /// A `bool` expression.
    fn b(&mut self, depth: usize, can_yield: bool) -> String {
        let deep = depth >= 3;
        match self.rng.below(if deep { 2 } else { 6 }) {
            0 => {
                let a = self.i(depth + 1, can_yield);
                let b = self.lit();
                let op = self.rng.pick(&["<", ">", "==", "!=", "<=", ">="]);
                format!("{a} {op} {b}")
            }
            1 => {
                let s = self.s_read(depth + 1, can_yield);
                format!("{s}.len() % 2 == 0")
            }
            2 | 3 => {
                let a = self.b(depth + 1, can_yield);
                let b = self.b(depth + 1, can_yield);
                let op = self.rng.pick(&["&&", "||"]);
                format!("({a} {op} {b})")
            }
            4 => {
                let a = self.b(depth + 1, can_yield);
                format!("!({a})")
            }
            _ => {
                let s = self.s_read(depth + 1, can_yield);
                format!("{s}.is_empty()")
            }
        }
    }

    /// A `T` expression and the tracked names it may hold.
    fn k(&mut self, depth: usize, can_yield: bool) -> String {
        self.k_holds(depth, can_yield).0
    }

    fn k_holds(&mut self, depth: usize, can_yield: bool) -> (String, Vec<String>) {
        match self.rng.below(if depth >= 3 { 1 } else { 4 }) {
            1 => {
                if let Some(at) = self.choose(Ty::K, true) {
                    let v = self.var(at).clone();
                    self.mark_moved(at);
                    return (v.name, v.holds);
                }
            }
            2 => {
                let (k, holds) = self.k_holds(depth + 1, can_yield);
                let i = self.i(depth + 1, can_yield);
                return (format!("keep({k}, {i})"), holds);
            }
            _ => {}
        }
        let n = format!("v{}", self.id());
        (format!("T(\"{n}\")"), vec![n])
    }

    fn ret_value(&mut self) -> String {
        match self.ret {
            Ret::Int => self.i(1, true),
            Ret::Opt => {
                if self.rng.pct(30) {
                    "None".into()
                } else {
                    format!("Some({})", self.i(1, true))
                }
            }
            Ret::Res => {
                if self.rng.pct(30) {
                    format!("Err({})", self.s(1, true))
                } else {
                    format!("Ok({})", self.i(1, true))
                }
            }
        }
    }

    // ---- statements --------------------------------------------------------------------

    fn name(&mut self) -> String {
        (*self.rng.pick(NAMES)).to_string()
    }

    fn expr_of(&mut self, ty: Ty) -> (String, Vec<String>) {
        match ty {
            Ty::I => (self.i(0, true), vec![]),
            Ty::S => (self.s(0, true), vec![]),
            Ty::K => self.k_holds(0, true),
        }
    }

    fn ty(&mut self) -> Ty {
        *self.rng.pick(&[Ty::I, Ty::I, Ty::S, Ty::S, Ty::K, Ty::K])
    }

    fn ty_name(ty: Ty) -> &'static str {
        match ty {
            Ty::I => "i64",
            Ty::S => "String",
            Ty::K => "T",
        }
    }

    /// A block in a new scope.
    fn block(&mut self, n: usize) -> Vec<Node> {
        self.scopes.push(Vec::new());
        let out = self.stmts(n);
        self.scopes.pop();
        out
    }

    /// Up to `n` statements in the current scope.
    fn stmts(&mut self, n: usize) -> Vec<Node> {
        let mut out = Vec::new();
        for _ in 0..n {
            if self.budget == 0 {
                break;
            }
            self.stmt(&mut out);
        }
        out
    }

    fn block_size(&mut self) -> usize {
        1 + self.rng.below(3)
    }

    /// Blocks of a branching statement: the moved flags after it are the union.
    fn branches(
        &mut self,
        count: usize,
        mut each: impl FnMut(&mut Self, usize) -> Vec<Node>,
    ) -> Vec<Vec<Node>> {
        let before = self.moved_flags();
        // Conservative: a branch may be skipped (no `else`, a `break` before it).
        let mut acc = before.clone();
        let mut out = Vec::new();
        for k in 0..count {
            self.set_moved_flags(&before);
            out.push(each(self, k));
            Self::or_moved_flags(&mut acc, &self.moved_flags());
        }
        self.set_moved_flags(&acc);
        out
    }

    fn diverge(&mut self) -> String {
        let loops: Vec<Target> = self.targets.clone();
        match self.rng.below(4) {
            0 if !loops.is_empty() => {
                let t = self.rng.pick(&loops).clone();
                if t.value {
                    let v = self.i(1, false);
                    format!("break '{} {v};", t.label)
                } else if t.is_loop && self.rng.pct(50) {
                    format!("continue '{};", t.label)
                } else {
                    format!("break '{};", t.label)
                }
            }
            1 => {
                let n = self.id();
                format!("panic!(\"p{n}\");")
            }
            _ => {
                let v = self.ret_value();
                format!("return {v};")
            }
        }
    }

    fn stmt(&mut self, out: &mut Vec<Node>) {
        self.budget = self.budget.saturating_sub(1);
        let nested = self.scopes.len() < 5;
        let choice = self.rng.below(if nested { 22 } else { 9 });
        match choice {
            0..=2 => {
                let ty = self.ty();
                let (e, holds) = self.expr_of(ty);
                let name = self.name();
                let mutable = self.rng.pct(40);
                let m = if mutable { "mut " } else { "" };
                let annot = if self.rng.pct(20) {
                    format!(": {}", Self::ty_name(ty))
                } else {
                    String::new()
                };
                out.push(Node::Line(format!("let {m}{name}{annot} = {e};")));
                self.declare(&name, ty, mutable, holds);
            }
            3 => {
                // destructuring lets: tuple, struct, array (two equal names drop the
                // statement, and the yields of its expressions with it)
                let yields = self.yields;
                match self.rng.below(3) {
                    0 => {
                        let (k, holds) = self.k_holds(0, true);
                        let i = self.i(0, true);
                        let (x, z) = (self.name(), self.name());
                        if x == z {
                            self.yields = yields;
                            return;
                        }
                        out.push(Node::Line(format!("let (mut {x}, {z}) = ({k}, {i});")));
                        self.declare(&x, Ty::K, true, holds);
                        self.declare(&z, Ty::I, false, vec![]);
                    }
                    1 => {
                        let (a, b) = (self.i(0, true), self.s(0, true));
                        let (x, z) = (self.name(), self.name());
                        if x == z {
                            self.yields = yields;
                            return;
                        }
                        out.push(Node::Line(format!(
                            "let P {{ a: {x}, b: {z} }} = P {{ a: {a}, b: {b} }};"
                        )));
                        self.declare(&x, Ty::I, false, vec![]);
                        self.declare(&z, Ty::S, false, vec![]);
                    }
                    _ => {
                        let (a, b, c) = (self.i(0, true), self.i(0, true), self.i(0, true));
                        let x = self.name();
                        out.push(Node::Line(format!("let [{x}, _, _] = [{a}, {b}, {c}];")));
                        self.declare(&x, Ty::I, false, vec![]);
                    }
                }
            }
            4 => {
                // assignment
                let cands: Vec<_> = self
                    .visible()
                    .into_iter()
                    .filter(|&at| self.var(at).mutable)
                    .collect();
                if cands.is_empty() {
                    let v = self.y(0);
                    out.push(Node::Line(format!("r = {v};")));
                    return;
                }
                let at = *self.rng.pick(&cands);
                let v = self.var(at).clone();
                if v.ty == Ty::I && !v.moved && self.rng.pct(50) {
                    let e = self.i(0, true);
                    out.push(Node::Line(format!("{} += {e};", v.name)));
                } else {
                    let (e, holds) = self.expr_of(v.ty);
                    out.push(Node::Line(format!("{} = {e};", v.name)));
                    if self.var(at).consumed {
                        self.maybe_moved.extend(holds.iter().cloned());
                    }
                    let var = self.var_mut(at);
                    var.moved = false;
                    var.holds.extend(holds);
                }
            }
            5 | 6 if self.rng.pct(20) => {
                // `yield_from!` over an iterator of `String`s (natively, a `for` loop that
                // yields each)
                self.yields += 1;
                let iter = match self.rng.below(3) {
                    0 => {
                        let (a, b) = (self.s(1, false), self.s(1, false));
                        format!("[{a}, {b}]")
                    }
                    1 => format!("Some({})", self.s(1, false)),
                    _ => format!("(0..{}i64).map(i2s)", self.rng.below(3)),
                };
                out.push(Node::Line(format!("__YF!({iter});")));
            }
            5 | 6 => {
                let v = self.y(0);
                out.push(Node::Line(format!("{v};")));
            }
            7 => {
                let (k, _) = self.k_holds(0, true);
                let f = self.rng.pick(&["consume", "drop"]);
                out.push(Node::Line(format!("{f}({k});")));
            }
            8 => {
                let c = self.b(0, true);
                let d = self.diverge();
                out.push(Node::Comp {
                    parts: vec![(format!("if {c}"), vec![Node::Line(d)])],
                    end: String::new(),
                });
            }
            9 | 10 => {
                // if / else if / else, if let, let chains
                let head = match self.rng.below(4) {
                    0 => format!("if {}", self.b(0, true)),
                    3 => {
                        let n = self.id();
                        format!("if let Some(n) = T(\"k{n}\").opt()")
                    }
                    1 => format!("if let Some(n) = opt(&{})", self.s_read(0, true)),
                    _ => format!(
                        "if let Some(n) = opt(&{}) && n > {}",
                        self.s_read(0, true),
                        self.lit()
                    ),
                };
                let binds = head.starts_with("if let");
                let n_parts = 1 + self.rng.below(3);
                let mut heads = vec![head];
                for k in 1..n_parts {
                    if k + 1 == n_parts && self.rng.pct(60) {
                        heads.push("else".into());
                    } else {
                        heads.push(format!("else if {}", self.b(1, false)));
                    }
                }
                let blocks = self.branches(n_parts, |g, k| {
                    g.scopes.push(Vec::new());
                    if k == 0 && binds {
                        g.declare("n", Ty::I, false, vec![]);
                    }
                    let size = g.block_size();
                    let b = g.block(size);
                    g.scopes.pop();
                    b
                });
                out.push(Node::Comp {
                    parts: heads.into_iter().zip(blocks).collect(),
                    end: String::new(),
                });
            }
            11 => {
                // match with bindings and guards
                let (scrut, arms): (String, Vec<(String, Option<Ty>)>) = match self.rng.below(4) {
                    3 => (
                        format!("T(\"k{}\").len()", self.id()),
                        vec![
                            ("0 =>".into(), None),
                            (format!("n if n > {} =>", self.lit()), Some(Ty::I)),
                            ("n =>".into(), Some(Ty::I)),
                        ],
                    ),
                    // (Not a guard that suspends: a guard borrows the scrutinee, and the
                    // native coroutines, which are not `static`, reject a borrow held across
                    // a `yield`; `tests/guards_and_chains.rs` compares those with plain code.)
                    0 => (
                        self.i(0, true),
                        vec![
                            ("0 =>".into(), None),
                            (format!("n if n > {} =>", self.lit()), Some(Ty::I)),
                            ("_ =>".into(), None),
                        ],
                    ),
                    1 => (
                        format!("opt(&{})", self.s_read(0, true)),
                        vec![
                            (format!("Some(n) if n < {} =>", self.lit()), Some(Ty::I)),
                            ("Some(n) =>".into(), Some(Ty::I)),
                            ("None =>".into(), None),
                        ],
                    ),
                    _ => (
                        format!("({}, {})", self.i(0, true), self.s(0, true)),
                        vec![
                            ("(0, n) =>".into(), Some(Ty::S)),
                            (
                                format!("(_, n) if n.len() > {} =>", self.lit()),
                                Some(Ty::S),
                            ),
                            ("(_, n) =>".into(), Some(Ty::S)),
                        ],
                    ),
                };
                let blocks = self.branches(arms.len(), |g, k| {
                    g.scopes.push(Vec::new());
                    if let Some(ty) = arms[k].1 {
                        g.declare("n", ty, false, vec![]);
                    }
                    let size = g.block_size();
                    let b = g.block(size);
                    g.scopes.pop();
                    b
                });
                let arms: Vec<Node> = arms
                    .into_iter()
                    .zip(blocks)
                    .map(|((h, _), b)| Node::Comp {
                        parts: vec![(h, b)],
                        end: String::new(),
                    })
                    .collect();
                out.push(Node::Comp {
                    parts: vec![(format!("match {scrut}"), arms)],
                    end: String::new(),
                });
            }
            12..=16 => self.loop_stmt(out),
            17 => {
                // labelled block, with a value or not
                let label = format!("b{}", self.id());
                let value = self.rng.pct(60);
                let before = self.moved_flags();
                self.targets.push(Target {
                    label: label.clone(),
                    is_loop: false,
                    value,
                });
                // The body's own bindings stay in scope for the `break` and the tail.
                self.scopes.push(Vec::new());
                let size = self.block_size();
                let mut body = self.stmts(size);
                let brk = self.b(1, true);
                let brk_stmt = if value {
                    format!("break '{label} {};", self.i(1, false))
                } else {
                    format!("break '{label};")
                };
                body.push(Node::Comp {
                    parts: vec![(format!("if {brk}"), vec![Node::Line(brk_stmt)])],
                    end: String::new(),
                });
                if value {
                    body.push(Node::Line(self.i(1, true)));
                }
                self.scopes.pop();
                self.targets.pop();
                let mut after = self.moved_flags();
                Self::or_moved_flags(&mut after, &before);
                self.set_moved_flags(&after);
                if value {
                    let name = self.name();
                    out.push(Node::Comp {
                        parts: vec![(format!("let {name} = '{label}:"), body)],
                        end: ";".into(),
                    });
                    self.declare(&name, Ty::I, false, vec![]);
                } else {
                    out.push(Node::Comp {
                        parts: vec![(format!("'{label}:"), body)],
                        end: String::new(),
                    });
                }
            }
            18 => {
                let size = self.block_size();
                let body = self.block(size);
                out.push(Node::Comp {
                    parts: vec![(String::new(), body)],
                    end: String::new(),
                });
            }
            19 => {
                let s = self.s_read(0, true);
                let d = self.diverge();
                let name = self.name();
                out.push(Node::Comp {
                    parts: vec![(
                        format!("let Some({name}) = opt(&{s}) else"),
                        vec![Node::Line(d)],
                    )],
                    end: ";".into(),
                });
                self.declare(&name, Ty::I, false, vec![]);
            }
            20 => {
                let c = self.b(0, true);
                let n = self.id();
                out.push(Node::Comp {
                    parts: vec![(
                        format!("if {c}"),
                        vec![Node::Line(format!("panic!(\"p{n}\");"))],
                    )],
                    end: String::new(),
                });
            }
            _ => {
                // deferred initialisation, half the time of a `String` or a `T`, assigned
                // after a suspension point
                let name = format!("u{}", self.id());
                let ty = if self.rng.pct(50) {
                    Ty::I
                } else {
                    *self.rng.pick(&[Ty::S, Ty::K])
                };
                out.push(Node::Line(format!("let {name}: {};", Self::ty_name(ty))));
                if ty != Ty::I {
                    let v = self.y(0);
                    out.push(Node::Line(format!("{v};")));
                }
                let c = self.b(0, true);
                let mut holds = Vec::new();
                let blocks = self.branches(2, |g, _| {
                    let (e, h) = match ty {
                        Ty::I => (g.i(1, true), vec![]),
                        Ty::S => (g.s(1, true), vec![]),
                        Ty::K => g.k_holds(1, true),
                    };
                    holds.extend(h);
                    vec![Node::Line(format!("{name} = {e};"))]
                });
                let mut blocks = blocks.into_iter();
                out.push(Node::Comp {
                    parts: vec![
                        (format!("if {c}"), blocks.next().unwrap_or_default()),
                        ("else".into(), blocks.next().unwrap_or_default()),
                    ],
                    end: String::new(),
                });
                self.declare(&name, ty, false, holds);
            }
        }
    }

    fn loop_stmt(&mut self, out: &mut Vec<Node>) {
        let id = self.id();
        let label = format!("l{id}");
        let fuel = format!("fuel{id}");
        let max = 1 + self.rng.below(3);
        let kind = self.rng.below(6);
        let value = kind == 0 && self.rng.pct(60);
        // The header's expressions: evaluated once (for), or on every iteration (while).
        let header = match kind {
            0 => {
                out.push(Node::Line(format!("let mut {fuel} = 0;")));
                format!("'{label}: loop")
            }
            1 => {
                out.push(Node::Line(format!("let mut {fuel} = 0;")));
                self.loop_depth += 1;
                let c = self.b(1, true);
                self.loop_depth -= 1;
                format!("'{label}: while {fuel} < {max} && {c}")
            }
            2 => {
                let (a, b) = (self.i(1, true), self.i(1, true));
                out.push(Node::Line(format!(
                    "let mut {fuel} = Vec::from([{a}, {b}]);"
                )));
                format!("'{label}: while let Some(w) = {fuel}.pop()")
            }
            3 => {
                let n = self.i(1, true);
                format!("'{label}: for w in 0..cap3({n})")
            }
            4 => {
                let (a, b) = (self.s(1, true), self.s(1, true));
                format!("'{label}: for w in [{a}, {b}]")
            }
            _ => {
                // The temporary lives to the end of the loop.
                let n = self.id();
                format!("'{label}: for w in T(\"k{n}\").items()")
            }
        };
        let before = self.moved_flags();
        self.loop_depth += 1;
        self.targets.push(Target {
            label: label.clone(),
            is_loop: true,
            value,
        });
        self.scopes.push(Vec::new());
        match kind {
            2 | 3 | 5 => self.declare("w", Ty::I, false, vec![]),
            4 => self.declare("w", Ty::S, false, vec![]),
            _ => {}
        }
        let mut body = Vec::new();
        match kind {
            0 => {
                body.push(Node::Line(format!("{fuel} += 1;")));
                let stop = if value {
                    format!("break '{label} {};", self.i(1, false))
                } else {
                    format!("break '{label};")
                };
                body.push(Node::Comp {
                    parts: vec![(format!("if {fuel} > {max}"), vec![Node::Line(stop)])],
                    end: String::new(),
                });
            }
            1 => body.push(Node::Line(format!("{fuel} += 1;"))),
            _ => {}
        }
        let size = self.block_size() + 1;
        body.extend(self.block(size));
        self.scopes.pop();
        self.targets.pop();
        self.loop_depth -= 1;
        let mut after = self.moved_flags();
        Self::or_moved_flags(&mut after, &before);
        self.set_moved_flags(&after);
        if value {
            let name = self.name();
            out.push(Node::Comp {
                parts: vec![(format!("let {name} = {header}"), body)],
                end: ";".into(),
            });
            self.declare(&name, Ty::I, false, vec![]);
        } else {
            out.push(Node::Comp {
                parts: vec![(header, body)],
                end: String::new(),
            });
        }
    }
}

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
