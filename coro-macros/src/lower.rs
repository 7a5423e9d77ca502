//! Stage 2, lower: the body of a [`CoroutineFn`] into the structured [`ir::Body`].
//!
//! Suspension points move to statement level; constructs that contain one are desugared
//! (`for`, `while`, `while let` become `loop`, a `for` over `0..n`-style integer ranges
//! counting with two integers; `&&` and `||` become `if`; `let PAT = e else { .. }` becomes
//! two `match`es); operands that Rust evaluates before a suspension point are evaluated into
//! temporaries first, so that left-to-right order holds (a bare name taken by value moves
//! into one too); `return` and `?` complete the coroutine.
//!
//! ```text
//! // Before:  total += f(g(), yield_!(x));
//! // After:   let __coro_t0 = g(); let __coro_t1 = yield_!(x); total += f(__coro_t0, __coro_t1);
//! ```
//!
//! Evaluating the value of a `yield_!` before suspending ends the temporaries of that value
//! there: they are dropped before the coroutine suspends, where natively they would live to
//! the end of the statement, across the suspension point (see the ignored regression test
//! `statement_temporary_lives_across_the_yield`).

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident, Lifetime, Macro, Pat, Path, Token, parse_quote, parse_quote_spanned};

use crate::blocking::{self, Op};
use crate::ir::{self, Arm, Block, Body, Hidden, Node, Stmt, SuspensionPoint};
use crate::names;
use crate::parse::{CoroutineFn, Errors};

/// Lowers the body of `input`, reporting every `yield_!` in a place it cannot suspend from.
pub(crate) fn body(input: &CoroutineFn) -> syn::Result<Body> {
    let mut block = input.body.clone();
    let mut rename_self = RenameSelf(Vec::new());
    rename_self.visit_block_mut(&mut block);
    let mut lower = Lower {
        krate: &input.krate,
        points: Vec::new(),
        next_label: 0,
        next_temp: 0,
        next_scope: ir::PARAM_SCOPE + 1,
        errors: Errors::default(),
        items: Vec::new(),
        hidden: HashMap::new(),
    };
    for error in rename_self.0 {
        lower.errors.push(error);
    }
    let block = lower.block(block);
    lower.errors.finish()?;
    Ok(Body {
        block,
        items: lower.items,
        points: lower.points,
        hidden: lower.hidden,
    })
}

/// Which of our macros a macro call is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Special {
    Yield,
    YieldFrom,
    /// A blocking operation of the scheduler (`recv!`, `select!`, ...).
    Op(Op),
}

pub(crate) fn special(mac: &Macro) -> Option<Special> {
    special_name(&mac.path.segments.last()?.ident.to_string())
}

fn special_name(name: &str) -> Option<Special> {
    match name {
        "yield_" => Some(Special::Yield),
        "yield_from" => Some(Special::YieldFrom),
        other => Op::from_name(other).map(Special::Op),
    }
}

fn is_coro_macro(mac: &Macro) -> bool {
    mac.path.segments.last().is_some_and(|s| s.ident == "coro")
}

/// Whether `expr` suspends the coroutine itself (closures, `async` blocks, nested items and
/// other macros' arguments are not looked into).
pub(crate) fn has_suspend(expr: &Expr) -> bool {
    struct Find(bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr(&mut self, expr: &'ast Expr) {
            match expr {
                Expr::Macro(m) => self.0 |= special(&m.mac).is_some(),
                Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => {}
                _ => syn::visit::visit_expr(self, expr),
            }
        }
        fn visit_stmt(&mut self, stmt: &'ast syn::Stmt) {
            match stmt {
                syn::Stmt::Macro(m) => self.0 |= special(&m.mac).is_some(),
                syn::Stmt::Item(_) => {}
                _ => syn::visit::visit_stmt(self, stmt),
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut find = Find(false);
    find.visit_expr(expr);
    find.0
}

/// Finds `yield_!`/`yield_from!` calls anywhere inside tokens, except in nested `coro!`s.
fn yields_in_tokens(tokens: TokenStream, found: &mut Vec<(Span, Special)>) {
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(ident) => {
                let bang = matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                if !bang {
                    continue;
                }
                if let Some(kind) = special_name(&ident.to_string()) {
                    found.push((ident.span(), kind));
                } else if ident == "coro" {
                    iter.next();
                    iter.next(); // the nested coroutine's own yields are its own
                }
            }
            TokenTree::Group(group) => yields_in_tokens(group.stream(), found),
            _ => {}
        }
    }
}

/// Finds `yield_!`s that would sit inside a closure or `async` block (not nested items).
fn yields_inside(tokens: &impl ToTokens) -> Vec<(Span, Special)> {
    struct Find(Vec<(Span, Special)>);
    impl<'ast> Visit<'ast> for Find {
        fn visit_macro(&mut self, mac: &'ast Macro) {
            if let Some(kind) = special(mac) {
                self.0.push((mac.path.span(), kind));
            } else if !is_coro_macro(mac) {
                yields_in_tokens(mac.tokens.clone(), &mut self.0);
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut find = Find(Vec::new());
    match syn::parse2::<Expr>(tokens.to_token_stream()) {
        Ok(expr) => find.visit_expr(&expr),
        Err(_) => yields_in_tokens(tokens.to_token_stream(), &mut find.0),
    }
    find.0
}

fn macro_name(kind: Special) -> &'static str {
    match kind {
        Special::Yield => "yield_!",
        Special::YieldFrom => "yield_from!",
        Special::Op(op) => op.name(),
    }
}

struct Lower<'a> {
    krate: &'a Path,
    points: Vec<SuspensionPoint>,
    next_label: usize,
    next_temp: usize,
    next_scope: usize,
    errors: Errors,
    items: Vec<syn::Item>,
    hidden: HashMap<Ident, Hidden>,
}

impl Lower<'_> {
    fn scope(&mut self) -> ir::ScopeId {
        self.next_scope += 1;
        self.next_scope - 1
    }

    /// A name for a local of lowering's own, made by `make` from a fresh number.
    fn hidden(&mut self, kind: Hidden, make: impl FnOnce(usize) -> Ident) -> Ident {
        let ident = make(self.next_temp);
        self.next_temp += 1;
        self.hidden.insert(ident.clone(), kind);
        ident
    }

    fn fresh_label(&mut self) -> Lifetime {
        self.next_label += 1;
        names::loop_label(self.next_label - 1)
    }

    fn block(&mut self, block: syn::Block) -> Block {
        let scope = self.scope();
        let mut stmts = Vec::new();
        for stmt in block.stmts {
            self.stmt(stmt, &mut stmts);
        }
        Block { scope, stmts }
    }

    /// A block in a new scope whose value is `expr`.
    fn expr_block(&mut self, expr: Expr) -> Block {
        let scope = self.scope();
        let mut stmts = Vec::new();
        let node = self.expr(expr, &mut stmts);
        stmts.push(Stmt::Expr { node, semi: false });
        Block { scope, stmts }
    }

    fn stmt(&mut self, stmt: syn::Stmt, out: &mut Vec<Stmt>) {
        let suspends = match &stmt {
            syn::Stmt::Local(local) => local.init.as_ref().is_some_and(|i| has_suspend(&i.expr)),
            syn::Stmt::Expr(expr, _) => has_suspend(expr),
            syn::Stmt::Macro(m) => special(&m.mac).is_some(),
            syn::Stmt::Item(_) => false,
        };
        if suspends {
            let attrs = match &stmt {
                syn::Stmt::Local(local) => &local.attrs,
                syn::Stmt::Macro(m) => &m.attrs,
                syn::Stmt::Expr(expr, _) => expr_attrs(expr),
                syn::Stmt::Item(_) => &[][..],
            };
            for attr in attrs {
                if attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr") {
                    self.errors.push(syn::Error::new_spanned(
                        attr,
                        "`#[cfg]` on a statement that suspends is not supported; use `if cfg!(...) { ... }` instead",
                    ));
                }
            }
        }
        match stmt {
            syn::Stmt::Local(mut local) => {
                let Some(init) = local.init.take() else {
                    out.push(Stmt::Plain(syn::Stmt::Local(local)));
                    return;
                };
                if let Some((_, diverge)) = &init.diverge
                    && has_suspend(diverge)
                {
                    local.init = Some(init);
                    let temp = self.hidden(Hidden::Temporary, names::temporary);
                    for stmt in let_else_as_match(local, &temp) {
                        self.stmt(stmt, out);
                    }
                    return;
                }
                if !has_suspend(&init.expr) {
                    local.init = Some(init);
                    let mut stmt = syn::Stmt::Local(local);
                    self.plain_stmt(&mut stmt);
                    out.push(Stmt::Plain(stmt));
                    return;
                }
                let node = self.expr(*init.expr, out);
                if let Some((else_token, mut diverge)) = init.diverge {
                    let value = match node {
                        Node::Plain(value) => value,
                        node => self.bind(node, out),
                    };
                    self.plain(&mut diverge);
                    local.init = Some(syn::LocalInit {
                        eq_token: init.eq_token,
                        expr: Box::new(value),
                        diverge: Some((else_token, diverge)),
                    });
                    out.push(Stmt::Plain(syn::Stmt::Local(local)));
                } else {
                    out.push(Stmt::Let {
                        attrs: local.attrs,
                        pat: local.pat,
                        init: node,
                    });
                }
            }
            syn::Stmt::Expr(expr, semi) => {
                if has_suspend(&expr) {
                    let node = self.expr(expr, out);
                    out.push(Stmt::Expr {
                        node,
                        semi: semi.is_some(),
                    });
                } else {
                    let mut stmt = syn::Stmt::Expr(expr, semi);
                    self.plain_stmt(&mut stmt);
                    out.push(Stmt::Plain(stmt));
                }
            }
            syn::Stmt::Macro(stmt) if special(&stmt.mac).is_some() => {
                let semi = stmt.semi_token.is_some();
                let expr = Expr::Macro(syn::ExprMacro {
                    attrs: stmt.attrs,
                    mac: stmt.mac,
                });
                let node = self.expr(expr, out);
                out.push(Stmt::Expr { node, semi });
            }
            mut stmt @ syn::Stmt::Macro(_) => {
                self.plain_stmt(&mut stmt);
                out.push(Stmt::Plain(stmt));
            }
            // Every entry re-emits the statements of a block, so items move out of them.
            syn::Stmt::Item(item) => self.items.push(item),
        }
    }

    fn bind(&mut self, node: Node, out: &mut Vec<Stmt>) -> Expr {
        let ident = self.hidden(Hidden::Temporary, names::temporary);
        out.push(Stmt::Let {
            attrs: Vec::new(),
            pat: parse_quote!(#ident),
            init: node,
        });
        parse_quote!(#ident)
    }

    /// Lowers `expr` where its value is needed as a plain expression.
    fn operand(&mut self, expr: Expr, out: &mut Vec<Stmt>) -> Expr {
        match self.expr(expr, out) {
            Node::Plain(expr) => expr,
            node => self.bind(node, out),
        }
    }

    /// Lowers operands evaluated left to right: those before the last one that suspends are
    /// evaluated into temporaries first (unless evaluating them has no effect).
    fn operands(&mut self, exprs: Vec<Expr>, out: &mut Vec<Stmt>) -> Vec<Expr> {
        self.operands_moved(exprs, out, |_| false)
    }

    /// [`operands`](Self::operands), where the operands at the indices `moved` picks are
    /// taken by value (call arguments, elements of a tuple, array or struct literal): a
    /// bare name there is moved (or copied) into a temporary before the suspension point,
    /// as natively, so that the value is dropped with the expression's temporaries.
    fn operands_moved(
        &mut self,
        exprs: Vec<Expr>,
        out: &mut Vec<Stmt>,
        moved: impl Fn(usize) -> bool,
    ) -> Vec<Expr> {
        let last = exprs.iter().rposition(has_suspend);
        exprs
            .into_iter()
            .enumerate()
            .map(|(index, mut expr)| match last {
                Some(last) if index < last => {
                    let value = if has_suspend(&expr) {
                        // Its own suspension points are hoisted; its value must still be
                        // computed before the later one.
                        self.operand(expr, out)
                    } else {
                        self.plain(&mut expr);
                        expr
                    };
                    if is_pure(&value) && !(moved(index) && is_bare_name(&value)) {
                        value
                    } else {
                        self.bind(Node::Plain(value), out)
                    }
                }
                Some(last) if index == last => self.operand(expr, out),
                _ => {
                    self.plain(&mut expr);
                    expr
                }
            })
            .collect()
    }

    fn point(&mut self, span: Span) -> usize {
        self.points.push(SuspensionPoint { span });
        self.points.len() - 1
    }

    /// Lowers an expression that may suspend, pushing the statements that must run before it
    /// onto `out`.
    fn expr(&mut self, expr: Expr, out: &mut Vec<Stmt>) -> Node {
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
                let scrutinee = self.operand(*m.expr, out);
                let arms = m
                    .arms
                    .into_iter()
                    .map(|arm| {
                        let mut guard = arm.guard.map(|(_, g)| *g);
                        if let Some(g) = &mut guard {
                            if has_suspend(g) {
                                self.errors.push(syn::Error::new(
                                    g.span(),
                                    "a suspension point inside a match guard is not supported; move it into the arm",
                                ));
                            }
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
                    .collect();
                Node::Match { scrutinee, arms }
            }
            Expr::Loop(l) => {
                let label = l.label.map_or_else(|| self.fresh_label(), |l| l.name);
                let mut body = self.block(l.body);
                label_breaks(&mut body, &label);
                Node::Loop { label, body }
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

    fn special_macro(&mut self, mac: &Macro, out: &mut Vec<Stmt>) -> Node {
        let span = mac.path.span();
        match special(mac) {
            Some(Special::Yield) => {
                let value = if mac.tokens.is_empty() {
                    parse_quote_spanned!(span=> ())
                } else {
                    match mac.parse_body::<Expr>() {
                        Ok(value) => self.operand(value, out),
                        Err(error) => {
                            self.errors.push(error);
                            parse_quote!(())
                        }
                    }
                };
                let point = self.point(span);
                Node::Suspend { point, value }
            }
            Some(Special::YieldFrom) => {
                let args = match mac
                    .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
                {
                    Ok(args) if (1..=2).contains(&args.len()) => args,
                    Ok(_) => {
                        self.errors.push(syn::Error::new(
                            mac.delimiter.span().join(),
                            "`yield_from!` takes a coroutine and, optionally, the argument of its first resume: `yield_from!(sub)` or `yield_from!(sub, first)`",
                        ));
                        return Node::Plain(parse_quote!(()));
                    }
                    Err(error) => {
                        self.errors.push(error);
                        return Node::Plain(parse_quote!(()));
                    }
                };
                let mut args = args.into_iter();
                let sub = args
                    .next()
                    .unwrap_or_else(|| unreachable!("checked length"));
                let first = args
                    .next()
                    .unwrap_or_else(|| parse_quote_spanned!(span=> ()));
                let n = self.next_temp;
                self.next_temp += 1;
                let sub_span = sub.span();
                let sub_var = names::sub_coroutine(n, sub_span);
                let arg_var = names::sub_resume(n, sub_span);
                self.hidden.insert(sub_var.clone(), Hidden::Temporary);
                self.hidden.insert(arg_var.clone(), Hidden::Temporary);
                let yielded = names::ident_at(names::YIELDED, span);
                let returned = names::ident_at(names::RESIDUAL, span);
                let krate = self.krate;
                let resume = quote_spanned!(sub_span=> #krate::__private::resume_sub(&mut #sub_var, #arg_var));
                let desugared: Expr = parse_quote_spanned! {span=>
                    {
                        let mut #sub_var = #sub;
                        let mut #arg_var = #first;
                        loop {
                            match #resume {
                                #krate::CoroutineState::Yielded(#yielded) => {
                                    #arg_var = yield_!(#yielded);
                                }
                                #krate::CoroutineState::Complete(#returned) => break #returned,
                            }
                        }
                    }
                };
                self.expr(desugared, out)
            }
            Some(Special::Op(op)) => {
                let n = self.next_temp;
                self.next_temp += 1;
                match blocking::desugar(op, mac, self.krate, n) {
                    Ok((desugared, locals)) => {
                        for local in locals {
                            self.hidden.insert(local, Hidden::Temporary);
                        }
                        self.expr(desugared, out)
                    }
                    Err(error) => {
                        self.errors.push(error);
                        Node::Plain(parse_quote!(()))
                    }
                }
            }
            None => unreachable!("only called on our macros"),
        }
    }

    fn if_(&mut self, i: syn::ExprIf, out: &mut Vec<Stmt>) -> Node {
        let cond = self.cond(*i.cond, out);
        let then = self.block(i.then_branch);
        let else_ = i.else_branch.map(|(_, e)| match *e {
            Expr::Block(b) if b.label.is_none() => self.block(b.block),
            other => self.expr_block(other),
        });
        Node::If { cond, then, else_ }
    }

    /// Lowers the condition of an `if`/`while`; a suspension point may sit in the first
    /// operand of a `let` chain, or anywhere in a condition without `let`.
    fn cond(&mut self, mut cond: Expr, out: &mut Vec<Stmt>) -> Expr {
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
        let mut rest = chain.split_off(1);
        for later in &rest {
            if has_suspend(later) {
                self.errors.push(syn::Error::new(
                    later.span(),
                    "a suspension point after the first condition of a `let` chain is not supported; bind the value with a `let` statement first",
                ));
            }
        }
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

    fn for_(&mut self, f: syn::ExprForLoop, out: &mut Vec<Stmt>) -> Node {
        let label = f.label.map_or_else(|| self.fresh_label(), |l| l.name);
        let iter = self.hidden(Hidden::ForIterator, names::for_iterator);
        let pat = let_pattern(*f.pat);
        // `for i in 0..n` (a half-open range with an integer literal bound, so of an integer
        // type) counts with two integers, as `Range::next` does but in the shape of a
        // hand-written counter, which the optimiser turns into a one-`inc` loop after
        // inlining (it does not quite do so for the `Range` kept in the state).
        let (init, next) = if let Some((start, end)) = integer_range(&f.expr) {
            let end_var = self.hidden(Hidden::Temporary, names::range_end);
            let mut bounds = self.operands(vec![start, end], out).into_iter();
            let start = bounds.next().unwrap_or_else(|| unreachable!("start"));
            let end = bounds.next().unwrap_or_else(|| unreachable!("end"));
            let init: Vec<syn::Stmt> = parse_quote! {
                let mut #iter = #start;
                let #end_var = #end;
            };
            let item = names::ident(names::ITEM);
            let next: syn::Stmt = parse_quote! {
                let #pat = if #iter < #end_var {
                    let #item = #iter;
                    #iter += 1;
                    #item
                } else {
                    break #label;
                };
            };
            (init, next)
        } else {
            let iterable = self.operand(*f.expr, out);
            let init: syn::Stmt = parse_quote! {
                let mut #iter = ::core::iter::IntoIterator::into_iter(#iterable);
            };
            let item = names::ident(names::ITEM);
            let next: syn::Stmt = parse_quote! {
                let #pat = match ::core::iter::Iterator::next(&mut #iter) {
                    ::core::option::Option::Some(#item) => #item,
                    ::core::option::Option::None => break #label,
                };
            };
            (vec![init], next)
        };
        let body_scope = self.scope();
        let mut body_stmts = vec![Stmt::Plain(next)];
        for stmt in f.body.stmts {
            self.stmt(stmt, &mut body_stmts);
        }
        let mut body = Block {
            scope: body_scope,
            stmts: body_stmts,
        };
        label_breaks(&mut body, &label);
        let outer_scope = self.scope();
        let mut stmts: Vec<Stmt> = init.into_iter().map(Stmt::Plain).collect();
        stmts.push(Stmt::Expr {
            node: Node::Loop { label, body },
            semi: false,
        });
        Node::Block {
            label: None,
            unsafety: false,
            block: Block {
                scope: outer_scope,
                stmts,
            },
        }
    }

    fn return_complete(&self, value: Option<Expr>, span: Span) -> Expr {
        let krate = self.krate;
        let state_enum = names::ident(names::STATE_ENUM);
        let state = names::ident(names::STATE);
        let returned = names::ident_at(names::RETURNED, span);
        let value = value.unwrap_or_else(|| parse_quote!(()));
        paren(parse_quote_spanned! {span=>
            {
                let #returned = #value;
                *#state = #state_enum::Returned;
                return #krate::CoroutineState::Complete(#returned);
            }
        })
    }

    fn try_complete(&self, value: &Expr, span: Span) -> Expr {
        let krate = self.krate;
        let state_enum = names::ident(names::STATE_ENUM);
        let state = names::ident(names::STATE);
        let continued = names::ident_at(names::CONTINUED, span);
        let residual = names::ident_at(names::RESIDUAL, span);
        paren(parse_quote_spanned! {span=>
            match #krate::__private::Try::branch(#value) {
                #krate::__private::ControlFlow::Continue(#continued) => #continued,
                #krate::__private::ControlFlow::Break(#residual) => {
                    *#state = #state_enum::Returned;
                    return #krate::CoroutineState::Complete(
                        #krate::__private::FromResidual::from_residual(#residual),
                    );
                }
            }
        })
    }

    fn plain(&mut self, expr: &mut Expr) {
        PlainRewrite { lower: self }.visit_expr_mut(expr);
    }

    fn plain_stmt(&mut self, stmt: &mut syn::Stmt) {
        PlainRewrite { lower: self }.visit_stmt_mut(stmt);
    }
}

/// A pattern as a `let` accepts it: a `for` pattern may start with `|` and be an or-pattern,
/// which a `let` takes only in parentheses.
fn let_pattern(pat: syn::Pat) -> syn::Pat {
    match pat {
        syn::Pat::Or(mut or) => {
            if or.cases.len() == 1
                && let Some(case) = or.cases.pop()
            {
                return let_pattern(case.into_value());
            }
            or.leading_vert = None;
            syn::Pat::Paren(syn::PatParen {
                attrs: Vec::new(),
                paren_token: syn::token::Paren::default(),
                pat: Box::new(syn::Pat::Or(or)),
            })
        }
        other => other,
    }
}

/// The outer attributes of an expression statement.
fn expr_attrs(expr: &Expr) -> &[syn::Attribute] {
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
fn paren(expr: Expr) -> Expr {
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

/// Whether evaluating `expr` early or late makes no difference: it names a place or a
/// constant, and calls nothing.
/// The bounds of `start..end` where one of them is an integer literal (so the range is of an
/// integer type, whose `Range::next` is `start < end`, then `start += 1`).
fn integer_range(expr: &Expr) -> Option<(Expr, Expr)> {
    fn is_int_literal(expr: &Expr) -> bool {
        match expr {
            Expr::Lit(lit) => matches!(lit.lit, syn::Lit::Int(_)),
            Expr::Unary(unary) => {
                matches!(unary.op, syn::UnOp::Neg(_)) && is_int_literal(&unary.expr)
            }
            Expr::Paren(paren) => is_int_literal(&paren.expr),
            _ => false,
        }
    }
    match expr {
        Expr::Range(syn::ExprRange {
            attrs,
            start: Some(start),
            limits: syn::RangeLimits::HalfOpen(_),
            end: Some(end),
        }) if attrs.is_empty() && (is_int_literal(start) || is_int_literal(end)) => {
            Some(((**start).clone(), (**end).clone()))
        }
        Expr::Paren(paren) if paren.attrs.is_empty() => integer_range(&paren.expr),
        _ => None,
    }
}

/// A single identifier used as a value (`x`, not `x.f` or `a::b`): a local, a capture, a
/// parameter, or a constant or function by that name.
fn is_bare_name(expr: &Expr) -> bool {
    match expr {
        Expr::Path(path) => path.qself.is_none() && path.path.get_ident().is_some(),
        Expr::Paren(p) => is_bare_name(&p.expr),
        Expr::Group(g) => is_bare_name(&g.expr),
        _ => false,
    }
}

pub(crate) fn is_pure(expr: &Expr) -> bool {
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

/// Rewrites the plain (non-suspending) parts of the body: `return` and `?` complete the
/// coroutine; a `yield_!` inside a closure, an `async` block or another macro is an error.
struct PlainRewrite<'l, 'a> {
    lower: &'l mut Lower<'a>,
}

impl PlainRewrite<'_, '_> {
    fn report(&mut self, found: Vec<(Span, Special)>, place: &str, fix: &str) {
        for (span, kind) in found {
            let name = macro_name(kind);
            self.lower.errors.push(syn::Error::new(
                span,
                format!("`{name}` inside {place} does not suspend the coroutine; {fix}"),
            ));
        }
    }

    fn macro_args(&mut self, mac: &mut Macro) {
        if special(mac).is_some() || is_coro_macro(mac) {
            return;
        }
        if let Some(keyword) = mac.path.get_ident().filter(|name| {
            mac.path.leading_colon.is_none()
                && matches!(
                    name.to_string().as_str(),
                    "crate" | "super" | "self" | "Self"
                )
        }) {
            // Left in the body, `crate!()` would not parse as the block's value.
            self.lower.errors.push(syn::Error::new(
                keyword.span(),
                format!(
                    "cannot find macro `{keyword}`: `{keyword}` is a keyword, not a macro name"
                ),
            ));
            return;
        }
        let mut found = Vec::new();
        yields_in_tokens(mac.tokens.clone(), &mut found);
        if !found.is_empty() {
            let name = mac
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            self.report(
                found,
                &format!("the arguments of `{name}!`"),
                "bind its value with a `let` statement before the macro call",
            );
            return;
        }
        if matches!(mac.delimiter, syn::MacroDelimiter::Brace(_)) {
            return;
        }
        if let Ok(mut args) =
            Punctuated::<Expr, Token![,]>::parse_terminated.parse2(mac.tokens.clone())
        {
            for arg in &mut args {
                self.visit_expr_mut(arg);
            }
            mac.tokens = args.into_token_stream();
        }
    }
}

impl VisitMut for PlainRewrite<'_, '_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Closure(closure) => {
                let found = yields_inside(&closure.body);
                self.report(found, "a closure", "move it out of the closure");
            }
            Expr::Async(block) => {
                let found = yields_inside(&block.block);
                self.report(
                    found,
                    "an `async` block",
                    "move it out of the `async` block",
                );
            }
            Expr::Const(_) => {}
            Expr::Return(r) => {
                if let Some(value) = &mut r.expr {
                    self.visit_expr_mut(value);
                }
                let span = r.return_token.span;
                *expr = self.lower.return_complete(r.expr.take().map(|e| *e), span);
            }
            Expr::Try(t) => {
                self.visit_expr_mut(&mut t.expr);
                let span = t.question_token.span;
                let value = std::mem::replace(&mut *t.expr, parse_quote!(()));
                *expr = self.lower.try_complete(&value, span);
            }
            Expr::Macro(m) => self.macro_args(&mut m.mac),
            Expr::Path(p)
                if p.qself.is_none()
                    && p.path.leading_colon.is_none()
                    && p.path.segments.len() == 1
                    && matches!(
                        p.path.segments[0].ident.to_string().as_str(),
                        "crate" | "super"
                    ) =>
            {
                // Left in the body, it would not even parse as the block's value.
                let keyword = &p.path.segments[0].ident;
                self.lower.errors.push(syn::Error::new(
                    keyword.span(),
                    format!("expected a value, found the module `{keyword}`"),
                ));
            }
            _ => syn::visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_stmt_mut(&mut self, stmt: &mut syn::Stmt) {
        match stmt {
            syn::Stmt::Macro(m) => self.macro_args(&mut m.mac),
            syn::Stmt::Item(_) => {}
            _ => syn::visit_mut::visit_stmt_mut(self, stmt),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Labels every unlabelled `break`/`continue` in `block` that targets the loop `label`
/// (those inside nested loops, closures and items target something else).
fn label_breaks(block: &mut Block, label: &Lifetime) {
    struct Labeler<'a>(&'a Lifetime);
    impl VisitMut for Labeler<'_> {
        fn visit_expr_mut(&mut self, expr: &mut Expr) {
            match expr {
                Expr::Loop(_)
                | Expr::While(_)
                | Expr::ForLoop(_)
                | Expr::Closure(_)
                | Expr::Async(_)
                | Expr::Const(_) => {}
                Expr::Break(b) => {
                    if b.label.is_none() {
                        b.label = Some(self.0.clone());
                    }
                    syn::visit_mut::visit_expr_break_mut(self, b);
                }
                Expr::Continue(c) => {
                    if c.label.is_none() {
                        c.label = Some(self.0.clone());
                    }
                }
                _ => syn::visit_mut::visit_expr_mut(self, expr),
            }
        }
        fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    }
    fn block_(block: &mut Block, labeler: &mut Labeler<'_>) {
        for stmt in &mut block.stmts {
            match stmt {
                Stmt::Plain(s) => labeler.visit_stmt_mut(s),
                Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => node_(init, labeler),
            }
        }
    }
    fn node_(node: &mut Node, labeler: &mut Labeler<'_>) {
        match node {
            Node::Plain(e) | Node::Suspend { value: e, .. } => labeler.visit_expr_mut(e),
            Node::Block { block, .. } => block_(block, labeler),
            Node::If { cond, then, else_ } => {
                labeler.visit_expr_mut(cond);
                block_(then, labeler);
                if let Some(e) = else_ {
                    block_(e, labeler);
                }
            }
            Node::Match { scrutinee, arms } => {
                labeler.visit_expr_mut(scrutinee);
                for arm in arms {
                    if let Some(g) = &mut arm.guard {
                        labeler.visit_expr_mut(g);
                    }
                    block_(&mut arm.body, labeler);
                }
            }
            Node::Loop { .. } => {}
        }
    }
    block_(block, &mut Labeler(label));
}

/// Renames `self` to [`names::RECEIVER`] in the body: `self` cannot be re-bound by a `let`, and the
/// receiver moves into the coroutine's state like any other parameter. Collects an error
/// for each pattern that binds `self` (`let mut self = x`), which Rust does not allow: left
/// in the body, some would not even parse in the expansion.
struct RenameSelf(Vec<syn::Error>);

impl VisitMut for RenameSelf {
    fn visit_expr_path_mut(&mut self, path: &mut syn::ExprPath) {
        if path.qself.is_none() && path.path.is_ident("self") {
            let span = path.path.segments[0].ident.span();
            path.path.segments[0].ident = names::ident_at(names::RECEIVER, span);
        }
    }

    fn visit_pat_ident_mut(&mut self, pat: &mut syn::PatIdent) {
        if pat.ident == "self" {
            self.0.push(syn::Error::new(
                pat.ident.span(),
                "expected identifier, found keyword `self`",
            ));
        }
        syn::visit_mut::visit_pat_ident_mut(self, pat);
    }

    fn visit_macro_mut(&mut self, mac: &mut Macro) {
        mac.tokens = rename_self_tokens(mac.tokens.clone());
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

fn rename_self_tokens(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    for (index, tt) in trees.iter().enumerate() {
        match tt {
            TokenTree::Ident(ident) if ident == "self" => {
                let path_follows =
                    matches!(trees.get(index + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':');
                if path_follows {
                    out.push(tt.clone());
                } else {
                    out.push(TokenTree::Ident(names::ident_at(
                        names::RECEIVER,
                        ident.span(),
                    )));
                }
            }
            TokenTree::Group(group) => {
                let mut renamed =
                    proc_macro2::Group::new(group.delimiter(), rename_self_tokens(group.stream()));
                renamed.set_span(group.span());
                out.push(TokenTree::Group(renamed));
            }
            other => out.push(other.clone()),
        }
    }
    out.into_iter().collect()
}

/// `let PAT = EXPR else { ELSE };`, for an `else` block that suspends, as
///
/// ```text
/// let __coro_tN = match EXPR { PAT => Some((a, b)), _ => None };
/// let (a, mut b) = match __coro_tN { Some(bound) => bound, None => ELSE };
/// ```
///
/// so that, as with `let ... else`, the temporaries of `EXPR` are dropped before `ELSE` runs
/// (or, when the pattern matches, at the end of the statement); the second `match` is
/// re-entered like any other, and `ELSE`, which cannot complete, coerces to the bindings'
/// tuple. A type annotation (`let PAT: T = ..`) goes on the scrutinee:
/// `match identity::<T>(EXPR)`.
fn let_else_as_match(local: syn::Local, temp: &Ident) -> [syn::Stmt; 2] {
    let syn::Local {
        attrs,
        let_token,
        pat,
        init,
        semi_token,
    } = local;
    let Some(syn::LocalInit {
        eq_token,
        expr,
        diverge: Some((_, diverge)),
    }) = init
    else {
        unreachable!("called on a `let ... else`")
    };
    let (pat, ty) = match pat {
        Pat::Type(typed) => (*typed.pat, Some(typed.ty)),
        pat => (pat, None),
    };
    let mut bindings = Vec::new();
    collect_pat_bindings(&pat, &mut bindings);
    let names = bindings.iter().map(|(name, _)| name);
    let outer = bindings.iter().map(|(name, mutable)| {
        let mutability = mutable.then(|| quote!(mut));
        quote!(#mutability #name)
    });
    let scrutinee = ty.map_or_else(
        || quote!(#expr),
        |ty| quote!(::core::convert::identity::<#ty>(#expr)),
    );
    let bound = names::ident(names::BOUND);
    [
        parse_quote! {
            #let_token #temp #eq_token match #scrutinee {
                #pat => ::core::option::Option::Some((#(#names,)*)),
                _ => ::core::option::Option::None,
            } #semi_token
        },
        parse_quote! {
            #(#attrs)*
            #let_token (#(#outer,)*) #eq_token match #temp {
                ::core::option::Option::Some(#bound) => #bound,
                ::core::option::Option::None => #diverge,
            } #semi_token
        },
    ]
}

/// The bindings of a pattern, with whether each is `mut` (of an or-pattern, the first
/// alternative's: they all bind the same names).
pub(crate) fn collect_pat_bindings(pat: &Pat, out: &mut Vec<(Ident, bool)>) {
    match pat {
        Pat::Ident(p) => {
            if p.subpat.is_some()
                || p.by_ref.is_some()
                || p.mutability.is_some()
                || is_binding_name(&p.ident)
            {
                out.push((p.ident.clone(), p.mutability.is_some()));
            }
            if let Some((_, sub)) = &p.subpat {
                collect_pat_bindings(sub, out);
            }
        }
        Pat::Or(p) => {
            if let Some(first) = p.cases.first() {
                collect_pat_bindings(first, out);
            }
        }
        Pat::Paren(p) => collect_pat_bindings(&p.pat, out),
        Pat::Reference(p) => collect_pat_bindings(&p.pat, out),
        Pat::Slice(p) => p.elems.iter().for_each(|p| collect_pat_bindings(p, out)),
        Pat::Struct(p) => p
            .fields
            .iter()
            .for_each(|f| collect_pat_bindings(&f.pat, out)),
        Pat::Tuple(p) => p.elems.iter().for_each(|p| collect_pat_bindings(p, out)),
        Pat::TupleStruct(p) => p.elems.iter().for_each(|p| collect_pat_bindings(p, out)),
        Pat::Type(p) => collect_pat_bindings(&p.pat, out),
        _ => {}
    }
}

/// Whether a pattern identifier is a binding (a constant or unit variant starts uppercase;
/// `crate`, `super` and `self` are path keywords, never variables).
pub(crate) fn is_binding_name(ident: &Ident) -> bool {
    let name = ident.to_string();
    if matches!(name.as_str(), "crate" | "super" | "self") {
        return false;
    }
    let name = name.strip_prefix("r#").unwrap_or(&name);
    name.starts_with(|c: char| c.is_lowercase() || c == '_')
}
