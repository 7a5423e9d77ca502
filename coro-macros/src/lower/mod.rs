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
//! The temporaries of the statement that suspends, and of the head of a `match`, `if let` or
//! `for` whose body suspends, live natively to the end of the statement or construct, across
//! the suspension point: those that lowering can tell are temporaries become hidden locals
//! in a block that ends there ([`temporaries`](mod@temporaries)).
//!
//! [`special`](mod@special) recognises the macros that suspend; [`expr`] lowers expressions, hoisting
//! operands; [`desugar`] writes `for`, `let ... else`, `yield_from!`, the blocking
//! operations, `return` and `?` in terms of the rest; [`plain`] rewrites the parts that do
//! not suspend; [`receiver`](mod@receiver) lists the methods that move their receiver.

mod desugar;
mod expr;
mod guards;
mod plain;
mod receiver;
mod special;
mod temporaries;

use std::collections::HashMap;

use proc_macro2::Span;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident, Lifetime, Pat, Path, parse_quote, parse_quote_spanned};

use self::desugar::let_else_as_match;
pub(crate) use self::expr::is_compound_assign;
use self::expr::{expr_attrs, is_bare_name, is_pure};
use self::plain::RenameSelf;
pub(crate) use self::receiver::{consumes_receiver, makes_iterator};
use self::special::{has_suspend, special};
use crate::ir::{self, Block, Body, Hidden, Node, Stmt, SuspensionPoint};
use crate::names;
use crate::parse::{CoroutineFn, Errors};

/// Lowers the body of `input`, reporting every `yield_!` in a place it cannot suspend from.
pub(crate) fn body(input: &CoroutineFn) -> syn::Result<Body> {
    let mut block = input.body.clone();
    let mut rename_self = RenameSelf(Vec::new());
    rename_self.visit_block_mut(&mut block);
    let mut lower = Lower {
        krate: &input.krate,
        signature: match &input.form {
            crate::parse::Form::Fn { sig, .. } => Some(sig),
            crate::parse::Form::Closure => None,
        },
        input,
        points: Vec::new(),
        next_label: 0,
        next_temp: 0,
        next_scope: ir::PARAM_SCOPE + 1,
        errors: Errors::default(),
        items: Vec::new(),
        hidden: HashMap::new(),
        statement_temporaries: false,
    };
    for error in rename_self.0 {
        lower.errors.push(error);
    }
    let block = lower.block(block);
    lower.errors.finish()?;
    lower.items.extend(stray_macros(&input.krate));
    Ok(Body {
        block,
        items: lower.items,
        points: lower.points,
        hidden: lower.hidden,
    })
}

/// Lowering one body: what it has made so far.
struct Lower<'a> {
    krate: &'a Path,
    /// The function's signature, for a `#[coroutine]` function.
    signature: Option<&'a syn::Signature>,
    input: &'a CoroutineFn,
    points: Vec<SuspensionPoint>,
    next_label: usize,
    next_temp: usize,
    next_scope: usize,
    errors: Errors,
    items: Vec<syn::Item>,
    hidden: HashMap<Ident, Hidden>,
    /// Set when the statement being lowered bound temporaries of its own (see
    /// [`temporaries`](mod@temporaries)): it becomes a block that ends with it.
    statement_temporaries: bool,
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
        let outer = std::mem::replace(&mut self.statement_temporaries, false);
        let mut lowered = Vec::new();
        self.stmt_inner(stmt, &mut lowered);
        if std::mem::replace(&mut self.statement_temporaries, outer) {
            self.scope_statement(lowered, out);
        } else {
            out.extend(lowered);
        }
    }

    /// Ends the temporaries that the statement `lowered` (the statements that lowering made
    /// of it, the statement last) bound where the statement ends: after a `let` (and before
    /// its `else` block), they are dropped, latest first; an expression statement `e;`
    /// becomes `{ temporaries; e };`.
    fn scope_statement(&mut self, mut lowered: Vec<Stmt>, out: &mut Vec<Stmt>) {
        let scope = self.scope();
        match lowered.pop() {
            Some(Stmt::Expr { node, semi }) => {
                lowered.push(Stmt::Expr { node, semi: false });
                out.push(Stmt::Expr {
                    node: Node::Block {
                        label: None,
                        unsafety: false,
                        block: Block {
                            scope,
                            stmts: lowered,
                        },
                    },
                    semi,
                });
            }
            mut last => {
                let ends = self.ends_of_temporaries(&lowered);
                if let Some(Stmt::Plain(syn::Stmt::Local(syn::Local {
                    init:
                        Some(syn::LocalInit {
                            diverge: Some((_, diverge)),
                            ..
                        }),
                    ..
                }))) = &mut last
                {
                    **diverge = parse_quote!({ #(#ends)* #diverge });
                }
                out.extend(lowered);
                out.extend(last);
                out.extend(ends.into_iter().map(Stmt::Plain));
            }
        }
    }

    /// The statements that drop the temporaries that `stmts` bind to live to the end of
    /// their statement, latest first (each spanned at the expression that made it, where a
    /// by-value method moved it: "use of moved value").
    fn ends_of_temporaries(&self, stmts: &[Stmt]) -> Vec<syn::Stmt> {
        let krate = self.krate;
        stmts
            .iter()
            .rev()
            .filter_map(|stmt| match stmt {
                Stmt::Plain(syn::Stmt::Local(syn::Local {
                    pat: Pat::Ident(p),
                    init: Some(init),
                    ..
                })) if self.hidden.get(&p.ident) == Some(&Hidden::Scoped) => {
                    let ident = &p.ident;
                    let span = syn::spanned::Spanned::span(&*init.expr);
                    Some(parse_quote_spanned!(span=> #krate::__private::end_temporary(#ident);))
                }
                _ => None,
            })
            .collect()
    }

    fn stmt_inner(&mut self, stmt: syn::Stmt, out: &mut Vec<Stmt>) {
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
                    let mut value = if has_suspend(&expr) {
                        // Its own suspension points are hoisted; its value must still be
                        // computed before the later one.
                        self.operand(expr, out)
                    } else {
                        self.plain(&mut expr);
                        expr
                    };
                    // Its temporaries live to the end of the statement, across the later
                    // suspension point.
                    if self.bind_temporaries(&mut value, out) {
                        self.statement_temporaries = true;
                    }
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
}

/// Local `yield_!` and `yield_from!` macros for the body: lowering has rewritten every one
/// written in the body, so one still left comes from the expansion of another macro
/// (`macro_rules! emit { ($e:expr) => { yield_!($e) } }`), which lowering cannot see into.
/// Each hands its name and tokens to `__stray!`, which reports the mistake at the first of
/// the tokens (in the user's code) rather than at the coroutine.
fn stray_macros(krate: &syn::Path) -> [syn::Item; 2] {
    [
        parse_quote! {
            #[allow(unused_macros)]
            macro_rules! yield_ {
                ($($tokens:tt)*) => { #krate::__stray!(yield_ $($tokens)*) };
            }
        },
        parse_quote! {
            #[allow(unused_macros)]
            macro_rules! yield_from {
                ($($tokens:tt)*) => { #krate::__stray!(yield_from $($tokens)*) };
            }
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
