//! Which macro calls are ours: the ones that suspend (`yield_!`, `yield_from!`, the
//! blocking operations), and where they are.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{Expr, Macro};

use crate::blocking::Op;

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

pub(super) fn is_coro_macro(mac: &Macro) -> bool {
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
pub(super) fn yields_in_tokens(tokens: TokenStream, found: &mut Vec<(Span, Special)>) {
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
pub(super) fn yields_inside(tokens: &impl ToTokens) -> Vec<(Span, Special)> {
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

pub(super) fn macro_name(kind: Special) -> &'static str {
    match kind {
        Special::Yield => "yield_!",
        Special::YieldFrom => "yield_from!",
        Special::Op(op) => op.name(),
    }
}
