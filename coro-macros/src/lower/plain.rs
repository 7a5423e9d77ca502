//! The parts of the body that do not suspend: `return` and `?` complete the coroutine, a
//! `yield_!` where it cannot suspend is an error, `self` is renamed, and the `break`s and
//! `continue`s of a lowered loop name it.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Expr, Lifetime, Macro, Token, parse_quote};

use super::Lower;
use super::special::{
    Special, is_coro_macro, macro_name, special, yields_in_tokens, yields_inside,
};
use crate::ir::{Block, Node, Stmt};
use crate::names;

/// Rewrites the plain (non-suspending) parts of the body: `return` and `?` complete the
/// coroutine; a `yield_!` inside a closure, an `async` block or another macro is an error.
struct PlainRewrite<'l, 'a> {
    lower: &'l mut Lower<'a>,
}

impl Lower<'_> {
    /// Rewrites an expression that does not suspend.
    pub(super) fn plain(&mut self, expr: &mut Expr) {
        PlainRewrite { lower: self }.visit_expr_mut(expr);
    }

    /// Rewrites a statement that does not suspend.
    pub(super) fn plain_stmt(&mut self, stmt: &mut syn::Stmt) {
        PlainRewrite { lower: self }.visit_stmt_mut(stmt);
    }
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
pub(super) fn label_breaks(block: &mut Block, label: &Lifetime) {
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
pub(super) struct RenameSelf(pub(super) Vec<syn::Error>);

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
