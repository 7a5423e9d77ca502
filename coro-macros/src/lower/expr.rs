//! Lowering expressions: a suspension point moves out of the expression that holds it, and
//! the operands evaluated before it are evaluated into temporaries first.

use syn::spanned::Spanned;
use syn::{Expr, parse_quote};

use super::Lower;
use super::plain::label_breaks;
use super::special::has_suspend;
use crate::ir::{Arm, Block, Node, Stmt};

impl Lower<'_> {
    /// Lowers an expression that may suspend, pushing the statements that must run before it
    /// onto `out`.
    pub(super) fn expr(&mut self, expr: Expr, out: &mut Vec<Stmt>) -> Node {
        if !has_suspend(&expr) {
            let mut expr = expr;
            self.plain(&mut expr);
            return Node::Plain(expr);
        }
        match expr {
            Expr::Macro(m) => self.special_macro(&m.mac, out),
            // The parentheses stay around a plain value: `(S { f: yield_!(x) }).g()` in a
            // condition needs them.
            Expr::Paren(mut p) => match self.expr(*p.expr, out) {
                Node::Plain(inner) => {
                    p.expr = Box::new(inner);
                    Node::Plain(Expr::Paren(p))
                }
                node => node,
            },
            Expr::Group(g) => self.expr(*g.expr, out),
            Expr::Block(b) => Node::Block {
                label: b.label,
                unsafety: false,
                block: self.block(b.block),
            },
            Expr::Unsafe(u) => Node::Block {
                label: None,
                unsafety: true,
                block: self.block(u.block),
            },
            Expr::If(i) => self.if_(i, out),
            Expr::Match(m) => {
                let m = match self.split_suspending_guard(m) {
                    Ok(split) => return self.expr(split, out),
                    Err(m) => m,
                };
                let mut scrutinee = self.operand(*m.expr, out);
                let arms = m
                    .arms
                    .into_iter()
                    .map(|arm| {
                        let mut guard = arm.guard.map(|(_, g)| *g);
                        if let Some(g) = &mut guard {
                            // (No guard suspends: `split_suspending_guard` saw to that.)
                            self.plain(g);
                        }
                        let body = match *arm.body {
                            Expr::Block(b) if b.label.is_none() => self.block(b.block),
                            other => self.expr_block(other),
                        };
                        Arm {
                            attrs: arm.attrs,
                            pat: arm.pat,
                            guard,
                            body,
                        }
                    })
                    .collect::<Vec<Arm>>();
                // The temporaries of the scrutinee live to the end of the `match`.
                let mut head = Vec::new();
                if arms.iter().any(|arm| arm.body.points().is_some())
                    && self.bind_temporaries(&mut scrutinee, &mut head)
                {
                    head.extend(self.guarded_temporary(&scrutinee, &head));
                    return self.ending_with(head, Node::Match { scrutinee, arms });
                }
                Node::Match { scrutinee, arms }
            }
            Expr::Loop(l) => {
                let label = l.label.map_or_else(|| self.fresh_label(), |l| l.name);
                let mut body = self.block(l.body);
                label_breaks(&mut body, &label);
                Node::Loop { label, body }
            }
            Expr::While(w) if later_let_operand_suspends(&w.cond) => {
                // `'l: loop { if cond { body } else { break 'l; } }`, whose `if` is split
                // where its chain suspends.
                let label = w.label.map_or_else(|| self.fresh_label(), |l| l.name);
                let attrs = w.attrs;
                let cond = w.cond;
                let body = w.body;
                self.expr(
                    parse_quote! {
                        #(#attrs)*
                        #label: loop {
                            if #cond #body else {
                                break #label;
                            }
                        }
                    },
                    out,
                )
            }
            Expr::While(w) => {
                let label = w.label.map_or_else(|| self.fresh_label(), |l| l.name);
                let scope = self.scope();
                let mut stmts = Vec::new();
                let cond = self.cond(*w.cond, &mut stmts);
                let then = self.block(w.body);
                let exit = Block {
                    scope: self.scope(),
                    stmts: vec![Stmt::Plain(parse_quote!(break #label;))],
                };
                stmts.push(Stmt::Expr {
                    node: Node::If {
                        cond,
                        then,
                        else_: Some(exit),
                    },
                    semi: false,
                });
                let mut body = Block { scope, stmts };
                label_breaks(&mut body, &label);
                Node::Loop { label, body }
            }
            Expr::ForLoop(f) => self.for_(f, out),
            Expr::Return(r) => {
                let value = r.expr.map(|e| self.operand(*e, out));
                Node::Plain(self.return_complete(value, r.return_token.span))
            }
            Expr::Break(b) => {
                let value = b.expr.map(|e| {
                    let suspends = has_suspend(&e);
                    let value = self.operand(*e, out);
                    // A value that lowering rewrote ends in a temporary's name, which a
                    // block after it would turn into a struct literal: `if break t {}`.
                    Box::new(if suspends { paren(value) } else { value })
                });
                Node::Plain(Expr::Break(syn::ExprBreak { expr: value, ..b }))
            }
            Expr::Try(t) => {
                let value = self.operand(*t.expr, out);
                Node::Plain(self.try_complete(&value, t.question_token.span))
            }
            Expr::Binary(b)
                if matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_))
                    && has_suspend(&b.right) =>
            {
                let cond = self.operand(*b.left, out);
                let right = self.expr_block(*b.right);
                let constant = |value: bool, this: &mut Self| Block {
                    scope: this.scope(),
                    stmts: vec![Stmt::Expr {
                        node: Node::Plain(parse_quote!(#value)),
                        semi: false,
                    }],
                };
                let (then, else_) = if matches!(b.op, syn::BinOp::And(_)) {
                    (right, constant(false, self))
                } else {
                    (constant(true, self), right)
                };
                Node::If {
                    cond,
                    then,
                    else_: Some(else_),
                }
            }
            Expr::Assign(mut a) => {
                self.no_suspend_in_place(&a.left);
                self.plain(&mut a.left);
                a.right = Box::new(self.operand(*a.right, out));
                Node::Plain(Expr::Assign(a))
            }
            Expr::Binary(mut b) if is_compound_assign(&b.op) => {
                self.no_suspend_in_place(&b.left);
                self.plain(&mut b.left);
                b.right = Box::new(self.operand(*b.right, out));
                Node::Plain(Expr::Binary(b))
            }
            Expr::Binary(mut b) => {
                let mut ops = self.operands(vec![*b.left, *b.right], out).into_iter();
                b.left = Box::new(ops.next().unwrap_or_else(|| unreachable!("two operands")));
                b.right = Box::new(ops.next().unwrap_or_else(|| unreachable!("two operands")));
                Node::Plain(Expr::Binary(b))
            }
            Expr::Call(mut c) => {
                let mut all = vec![*c.func];
                all.extend(c.args);
                let mut ops = self.operands_moved(all, out, |i| i > 0).into_iter();
                c.func = Box::new(ops.next().unwrap_or_else(|| unreachable!("callee")));
                c.args = ops.collect();
                Node::Plain(Expr::Call(c))
            }
            Expr::MethodCall(mut m) => {
                let mut all = vec![*m.receiver];
                all.extend(m.args);
                let mut ops = self.operands_moved(all, out, |i| i > 0).into_iter();
                m.receiver = Box::new(ops.next().unwrap_or_else(|| unreachable!("receiver")));
                m.args = ops.collect();
                Node::Plain(Expr::MethodCall(m))
            }
            Expr::Tuple(mut t) => {
                t.elems = self
                    .operands_moved(t.elems.into_iter().collect(), out, |_| true)
                    .into_iter()
                    .collect();
                Node::Plain(Expr::Tuple(t))
            }
            Expr::Array(mut a) => {
                a.elems = self
                    .operands_moved(a.elems.into_iter().collect(), out, |_| true)
                    .into_iter()
                    .collect();
                Node::Plain(Expr::Array(a))
            }
            Expr::Struct(mut s) => {
                let mut all: Vec<Expr> = s.fields.iter().map(|f| f.expr.clone()).collect();
                let fields = all.len();
                let has_rest = s.rest.is_some();
                all.extend(s.rest.take().map(|r| *r));
                let mut ops = self.operands_moved(all, out, |i| i < fields).into_iter();
                for field in &mut s.fields {
                    field.expr = ops.next().unwrap_or_else(|| unreachable!("field"));
                }
                if has_rest {
                    s.rest = ops.next().map(Box::new);
                }
                Node::Plain(Expr::Struct(s))
            }
            Expr::Index(mut i) => {
                let mut ops = self.operands(vec![*i.expr, *i.index], out).into_iter();
                i.expr = Box::new(ops.next().unwrap_or_else(|| unreachable!("base")));
                i.index = Box::new(ops.next().unwrap_or_else(|| unreachable!("index")));
                Node::Plain(Expr::Index(i))
            }
            Expr::Range(mut r) => {
                let all: Vec<Expr> = r
                    .start
                    .iter()
                    .chain(r.end.iter())
                    .map(|e| (**e).clone())
                    .collect();
                let mut ops = self.operands(all, out).into_iter();
                if r.start.is_some() {
                    r.start = ops.next().map(Box::new);
                }
                if r.end.is_some() {
                    r.end = ops.next().map(Box::new);
                }
                Node::Plain(Expr::Range(r))
            }
            Expr::Unary(mut u) => {
                u.expr = Box::new(self.operand(*u.expr, out));
                Node::Plain(Expr::Unary(u))
            }
            Expr::Cast(mut c) => {
                c.expr = Box::new(self.operand(*c.expr, out));
                Node::Plain(Expr::Cast(c))
            }
            Expr::Field(mut f) => {
                f.base = Box::new(self.operand(*f.base, out));
                Node::Plain(Expr::Field(f))
            }
            Expr::Reference(mut r) => {
                r.expr = Box::new(self.operand(*r.expr, out));
                Node::Plain(Expr::Reference(r))
            }
            Expr::Repeat(mut r) => {
                r.expr = Box::new(self.operand(*r.expr, out));
                Node::Plain(Expr::Repeat(r))
            }
            Expr::Let(l) => {
                self.errors.push(syn::Error::new(
                    l.span(),
                    "a suspension point in this `let` condition is not supported; bind the value with a `let` statement first",
                ));
                Node::Plain(parse_quote!(()))
            }
            other => {
                self.errors.push(syn::Error::new(
                    other.span(),
                    "a suspension point inside this kind of expression is not supported; bind the value with a `let` statement first",
                ));
                Node::Plain(parse_quote!(()))
            }
        }
    }

    fn no_suspend_in_place(&mut self, place: &Expr) {
        if has_suspend(place) {
            self.errors.push(syn::Error::new(
                place.span(),
                "a suspension point inside an assignment target is not supported; bind the value with a `let` statement first",
            ));
        }
    }

    pub(super) fn if_(&mut self, i: syn::ExprIf, out: &mut Vec<Stmt>) -> Node {
        let i = match self.split_let_chain(i) {
            Ok(split) => return self.expr(split, out),
            Err(i) => i,
        };
        let mut cond = self.cond(*i.cond, out);
        let then = self.block(i.then_branch);
        let mut else_ = i.else_branch.map(|(_, e)| match *e {
            Expr::Block(b) if b.label.is_none() => self.block(b.block),
            other => self.expr_block(other),
        });
        // The temporaries of an `if let` scrutinee live to the end of the `then` block, and
        // are dropped before the `else` block runs (edition 2024).
        let mut head = Vec::new();
        let suspends =
            then.points().is_some() || else_.as_ref().is_some_and(|e| e.points().is_some());
        if suspends
            && let Some(scrutinee) = first_let_scrutinee(&mut cond)
            && self.bind_temporaries(scrutinee, &mut head)
        {
            if then.points().is_some() {
                head.extend(self.guarded_temporary(scrutinee, &head));
            }
            if let Some(else_) = &mut else_ {
                let ends = self.ends_of_temporaries(&head);
                else_.stmts.splice(0..0, ends.into_iter().map(Stmt::Plain));
            }
            return self.ending_with(head, Node::If { cond, then, else_ });
        }
        Node::If { cond, then, else_ }
    }

    /// `{ head; node }`, in a scope of its own.
    fn ending_with(&mut self, mut head: Vec<Stmt>, node: Node) -> Node {
        head.push(Stmt::Expr { node, semi: false });
        Node::Block {
            label: None,
            unsafety: false,
            block: Block {
                scope: self.scope(),
                stmts: head,
            },
        }
    }

    /// `if c0 && .. && ck && rest { then } else { else }`, a `let` chain whose operand `ck`
    /// (not the first) suspends, as
    ///
    /// ```text
    /// 'l: { if c0 && .. { if ck && rest { break 'l { then }; } } else }
    /// ```
    ///
    /// which runs the same conditions in the same order, with the same bindings in scope, and
    /// runs `else` after the conditions' temporaries are dropped, as an `if let` does.
    /// (`ck` is then the first operand of a chain, where a suspension point is lowered as
    /// usual.) `Err(i)` when `i` is not such an `if`.
    fn split_let_chain(&mut self, i: syn::ExprIf) -> Result<Expr, syn::ExprIf> {
        if !later_let_operand_suspends(&i.cond) {
            return Err(i);
        }
        let mut chain = Vec::new();
        split_and_chain((*i.cond).clone(), &mut chain);
        let k = chain
            .iter()
            .skip(1)
            .position(has_suspend)
            .map_or_else(|| unreachable!("a later operand suspends"), |k| k + 1);
        let tail = rejoin_and_chain(chain.split_off(k));
        let head = rejoin_and_chain(chain);
        let label = self.fresh_label();
        let then = i.then_branch;
        let else_: Expr = match i.else_branch {
            Some((_, else_)) => *else_,
            None => parse_quote!(()),
        };
        Ok(parse_quote! {
            #label: {
                if #head {
                    if #tail {
                        break #label #then;
                    }
                }
                #else_
            }
        })
    }

    /// Lowers the condition of an `if`/`while`; a suspension point may sit in the first
    /// operand of a `let` chain, or anywhere in a condition without `let` (a chain that
    /// suspends later is split first, by [`split_let_chain`](Self::split_let_chain)).
    pub(super) fn cond(&mut self, mut cond: Expr, out: &mut Vec<Stmt>) -> Expr {
        if !has_suspend(&cond) {
            self.plain(&mut cond);
            return cond;
        }
        let mut chain = Vec::new();
        split_and_chain(cond, &mut chain);
        if !chain.iter().any(|e| matches!(e, Expr::Let(_))) {
            let cond = rejoin_and_chain(chain);
            return self.operand(cond, out);
        }
        // (No later operand suspends: `if_` and the `while` lowering split such a chain.)
        let mut rest = chain.split_off(1);
        for later in &mut rest {
            self.plain(later);
        }
        let first = match chain
            .pop()
            .unwrap_or_else(|| unreachable!("non-empty chain"))
        {
            Expr::Let(mut l) => {
                l.expr = Box::new(self.operand(*l.expr, out));
                Expr::Let(l)
            }
            other => self.operand(other, out),
        };
        rejoin_and_chain(std::iter::once(first).chain(rest).collect())
    }
}

/// Whether `cond` is a `let` chain an operand of which, after the first, suspends.
fn later_let_operand_suspends(cond: &Expr) -> bool {
    let mut chain = Vec::new();
    split_and_chain(cond.clone(), &mut chain);
    chain.iter().any(|e| matches!(e, Expr::Let(_))) && chain.iter().skip(1).any(has_suspend)
}

/// The scrutinee of the `let` that starts the condition `cond`, if it starts with one.
fn first_let_scrutinee(cond: &mut Expr) -> Option<&mut Expr> {
    match cond {
        Expr::Let(l) => Some(&mut l.expr),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => first_let_scrutinee(&mut b.left),
        _ => None,
    }
}

/// The outer attributes of an expression statement.
pub(super) fn expr_attrs(expr: &Expr) -> &[syn::Attribute] {
    match expr {
        Expr::Macro(e) => &e.attrs,
        Expr::Block(e) => &e.attrs,
        Expr::Unsafe(e) => &e.attrs,
        Expr::If(e) => &e.attrs,
        Expr::Match(e) => &e.attrs,
        Expr::Loop(e) => &e.attrs,
        Expr::While(e) => &e.attrs,
        Expr::ForLoop(e) => &e.attrs,
        Expr::Call(e) => &e.attrs,
        Expr::MethodCall(e) => &e.attrs,
        Expr::Assign(e) => &e.attrs,
        Expr::Binary(e) => &e.attrs,
        _ => &[],
    }
}

/// `(expr)`: for code the lowering writes where what follows must not extend it.
pub(super) fn paren(expr: Expr) -> Expr {
    Expr::Paren(syn::ExprParen {
        attrs: Vec::new(),
        paren_token: syn::token::Paren::default(),
        expr: Box::new(expr),
    })
}

pub(crate) fn is_compound_assign(op: &syn::BinOp) -> bool {
    use syn::BinOp::{
        AddAssign, BitAndAssign, BitOrAssign, BitXorAssign, DivAssign, MulAssign, RemAssign,
        ShlAssign, ShrAssign, SubAssign,
    };
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

/// A single identifier used as a value (`x`, not `x.f` or `a::b`): a local, a capture, a
/// parameter, or a constant or function by that name.
pub(super) fn is_bare_name(expr: &Expr) -> bool {
    match expr {
        Expr::Path(path) => path.qself.is_none() && path.path.get_ident().is_some(),
        Expr::Paren(p) => is_bare_name(&p.expr),
        Expr::Group(g) => is_bare_name(&g.expr),
        _ => false,
    }
}

/// Whether evaluating `expr` early or late makes no difference: it names a place or a
/// constant, and calls nothing.
pub(super) fn is_pure(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(_) | Expr::Path(_) => true,
        Expr::Paren(p) => is_pure(&p.expr),
        Expr::Group(g) => is_pure(&g.expr),
        Expr::Field(f) => is_pure(&f.base),
        Expr::Reference(r) => is_pure(&r.expr),
        _ => false,
    }
}

fn split_and_chain(expr: Expr, out: &mut Vec<Expr>) {
    match expr {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            split_and_chain(*b.left, out);
            out.push(*b.right);
        }
        other => out.push(other),
    }
}

fn rejoin_and_chain(chain: Vec<Expr>) -> Expr {
    chain
        .into_iter()
        .reduce(|left, right| parse_quote!(#left && #right))
        .unwrap_or_else(|| unreachable!("non-empty chain"))
}
