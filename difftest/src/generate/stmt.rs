//! The statements of a generated body: `let`s, assignments, moves, branches, loops and
//! labelled blocks.

use super::{Gen, Node, Target, Ty};

impl Gen {
    /// A block in a new scope.
    pub(super) fn block(&mut self, n: usize) -> Vec<Node> {
        self.scopes.push(Vec::new());
        let out = self.stmts(n);
        self.scopes.pop();
        out
    }

    /// Up to `n` statements in the current scope.
    pub(super) fn stmts(&mut self, n: usize) -> Vec<Node> {
        let mut out = Vec::new();
        for _ in 0..n {
            if self.budget == 0 {
                break;
            }
            self.stmt(&mut out);
        }
        out
    }

    pub(super) fn block_size(&mut self) -> usize {
        1 + self.rng.below(3)
    }

    /// Blocks of a branching statement: the moved flags after it are the union.
    pub(super) fn branches(
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

    pub(super) fn diverge(&mut self) -> String {
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

    pub(super) fn stmt(&mut self, out: &mut Vec<Node>) {
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

    pub(super) fn loop_stmt(&mut self, out: &mut Vec<Node>) {
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
