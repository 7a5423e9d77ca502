//! The expressions of a generated body: values of each type, suspension points, and the
//! value the body returns.

use super::{Gen, NAMES, Ret, Ty, WORDS};

impl Gen {
    pub(super) fn y(&mut self, depth: usize) -> String {
        self.yields += 1;
        let operand = self.s(depth + 1, false);
        format!("__Y!({operand})")
    }

    pub(super) fn lit(&mut self) -> String {
        self.rng.below(6).to_string()
    }

    // ---- expressions -------------------------------------------------------------------

    /// An `i64` expression.
    pub(super) fn i(&mut self, depth: usize, can_yield: bool) -> String {
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
    pub(super) fn s_read(&mut self, depth: usize, can_yield: bool) -> String {
        if self.rng.pct(50)
            && let Some(at) = self.choose(Ty::S, false)
        {
            return self.var(at).name.clone();
        }
        let s = self.s(depth + 1, can_yield);
        format!("({s})")
    }

    /// An owned `String` expression.
    pub(super) fn s(&mut self, depth: usize, can_yield: bool) -> String {
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
    pub(super) fn b(&mut self, depth: usize, can_yield: bool) -> String {
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
    pub(super) fn k(&mut self, depth: usize, can_yield: bool) -> String {
        self.k_holds(depth, can_yield).0
    }

    pub(super) fn k_holds(&mut self, depth: usize, can_yield: bool) -> (String, Vec<String>) {
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

    pub(super) fn ret_value(&mut self) -> String {
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

    pub(super) fn name(&mut self) -> String {
        (*self.rng.pick(NAMES)).to_string()
    }

    pub(super) fn expr_of(&mut self, ty: Ty) -> (String, Vec<String>) {
        match ty {
            Ty::I => (self.i(0, true), vec![]),
            Ty::S => (self.s(0, true), vec![]),
            Ty::K => self.k_holds(0, true),
        }
    }

    pub(super) fn ty(&mut self) -> Ty {
        *self.rng.pick(&[Ty::I, Ty::I, Ty::S, Ty::S, Ty::K, Ty::K])
    }

    pub(super) fn ty_name(ty: Ty) -> &'static str {
        match ty {
            Ty::I => "i64",
            Ty::S => "String",
            Ty::K => "T",
        }
    }
}
