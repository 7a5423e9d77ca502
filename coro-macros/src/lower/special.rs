//! Which macro calls are ours: the ones that suspend (`yield_!`, `yield_from!`, the
//! blocking operations), and where they are.
//!
//! A macro is ours when its path is one of the reserved names, unqualified (`join!`) or
//! under `coro_core` (`coro_core::join!`, `::coro_core::join!`); any other path
//! (`futures::join!`, `tokio::select!`, `my::join!`) is another crate's macro and is left
//! as written.

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
    let segments: Vec<String> = mac
        .path
        .segments
        .iter()
        .map(|segment| {
            segment
                .arguments
                .is_none()
                .then(|| segment.ident.to_string())
        })
        .collect::<Option<_>>()?;
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    special_name(our_name(mac.path.leading_colon.is_some(), &segments)?)
}

/// The name of the macro a path names when it is one of ours to look at: `name` alone, or
/// `coro_core::name` (with or without a leading `::`). Works for any reserved name.
fn our_name<'a>(leading_colon: bool, segments: &[&'a str]) -> Option<&'a str> {
    match segments {
        [name] if !leading_colon => Some(name),
        ["coro_core", name] => Some(name),
        _ => None,
    }
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

/// Finds our macro calls anywhere inside tokens, except in nested `coro!`s.
pub(super) fn yields_in_tokens(tokens: TokenStream, found: &mut Vec<(Span, Special)>) {
    let mut iter = tokens.into_iter().peekable();
    // The path read so far (`a::b::` is `[a, b]` with `pending_colons`), reset by any other
    // token.
    let mut path: Vec<String> = Vec::new();
    let mut leading_colon = false;
    let mut pending_colons = false;
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(ident) => {
                if !path.is_empty() && !pending_colons {
                    path.clear();
                    leading_colon = false;
                }
                pending_colons = false;
                path.push(ident.to_string());
                let bang = matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                if !bang {
                    continue;
                }
                let segments: Vec<&str> = path.iter().map(String::as_str).collect();
                let name = our_name(leading_colon, &segments);
                if let Some(kind) = name.and_then(special_name) {
                    found.push((ident.span(), kind));
                } else if ident == "coro" {
                    iter.next();
                    iter.next(); // the nested coroutine's own yields are its own
                }
                path.clear();
                leading_colon = false;
            }
            TokenTree::Punct(punct)
                if punct.as_char() == ':' && punct.spacing() == proc_macro2::Spacing::Joint =>
            {
                // The first `:` of `::`; the second follows.
                iter.next();
                if path.is_empty() {
                    leading_colon = true;
                }
                pending_colons = true;
            }
            other => {
                path.clear();
                leading_colon = false;
                pending_colons = false;
                if let TokenTree::Group(group) = other {
                    yields_in_tokens(group.stream(), found);
                }
            }
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

#[cfg(test)]
mod tests {
    use super::{Special, special, yields_in_tokens};
    use crate::blocking::Op;

    fn of(tokens: proc_macro2::TokenStream) -> Option<Special> {
        special(&syn::parse2::<syn::Macro>(tokens).unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn only_unqualified_and_coro_core_paths_are_ours() {
        assert_eq!(of(quote::quote!(join!(h))), Some(Special::Op(Op::Join)));
        // Every name of the table, the sockets' too (which are in the table only with the
        // `net` feature: without it, they belong to other macros).
        let socket = of(quote::quote!(coro_core::read_exact!(s, b)));
        if cfg!(feature = "net") {
            assert_eq!(socket, Some(Special::Op(Op::ReadExact)));
        } else {
            assert_eq!(socket, None);
        }
        assert_eq!(of(quote::quote!(tokio::read_exact!(s, b))), None);
        assert_eq!(
            of(quote::quote!(coro_core::join!(h))),
            Some(Special::Op(Op::Join))
        );
        assert_eq!(
            of(quote::quote!(::coro_core::yield_!(1))),
            Some(Special::Yield)
        );
        assert_eq!(of(quote::quote!(futures::join!(a, b))), None);
        assert_eq!(of(quote::quote!(tokio::select!(x))), None);
        assert_eq!(of(quote::quote!(my::inner::recv!(x))), None);
        assert_eq!(of(quote::quote!(::join!(x))), None);
        assert_eq!(of(quote::quote!(coro_core::other::sleep!(x))), None);
    }

    #[test]
    fn the_same_rule_holds_inside_other_macros_arguments() {
        let mut found = Vec::new();
        yields_in_tokens(
            quote::quote!(a, futures::join!(x), my::yield_!(y), ::tokio::select!(z), b),
            &mut found,
        );
        assert!(found.is_empty());
        yields_in_tokens(
            quote::quote!(a, coro_core::yield_!(x), [sleep!(d)], ::coro_core::recv!(r)),
            &mut found,
        );
        let kinds: Vec<Special> = found.into_iter().map(|(_, kind)| kind).collect();
        assert_eq!(
            kinds,
            [
                Special::Yield,
                Special::Op(Op::Sleep),
                Special::Op(Op::Recv)
            ]
        );
    }
}
