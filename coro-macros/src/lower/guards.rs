//! A suspension point in a `match` guard: the `match` is split where the first such guard
//! is, into a `match` that runs the arms before it and evaluates the guard, and one that
//! runs its arm, when the guard held, or the arms after it.
//!
//! ```text
//! // Before:  match s { A => a, P if yield_!(x) > 0 => p, B => b }
//! // After:   'm: {
//! //              let g: bool = match s { A => break 'm a, P => yield_!(x) > 0, _ => false };
//! //              match s { P if g => p, B => b }
//! //          }
//! ```
//!
//! The arms run in the same order, each guard once, as natively. A scrutinee that is not a
//! place (`match make() { .. }`) is first bound by a `match` of its own, `match make() { s =>
//! .. }`, so that it is evaluated once and its temporaries live to the end, as natively. The
//! difference: a guard sees its arm's bindings as the pattern binds them (by value, unless
//! the scrutinee is a reference or the pattern says `ref`), where natively it sees them
//! through a shared reference; so a binding of a value that is not `Copy`, used in a guard
//! that suspends, moves it out of the scrutinee before the second `match` (rustc:
//! "use of partially moved value"), and the fix is `ref x` in the pattern.

use proc_macro2::Span;
use quote::{ToTokens, quote_spanned};
use std::collections::HashSet;

use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident, Pat, parse_quote, parse_quote_spanned};

use super::Lower;
use super::special::has_suspend;
use crate::analyze::{expr_diverges, format_names};
use crate::ir::Hidden;
use crate::names;

impl Lower<'_> {
    /// `m` split at its first arm whose guard suspends, as the module docs show; `Err(m)`
    /// when no guard of `m` suspends.
    pub(super) fn split_suspending_guard(
        &mut self,
        m: syn::ExprMatch,
    ) -> Result<Expr, syn::ExprMatch> {
        let Some(k) = m
            .arms
            .iter()
            .position(|arm| arm.guard.as_ref().is_some_and(|(_, g)| has_suspend(g)))
        else {
            return Err(m);
        };
        if !is_place(&m.expr) {
            // Evaluated once, into a binding of a `match` whose temporaries live as long as
            // the original's.
            let value = self.hidden(Hidden::Temporary, names::temporary);
            let mut inner = m;
            let scrutinee = std::mem::replace(&mut *inner.expr, parse_quote!(#value));
            return Ok(parse_quote! {
                match #scrutinee {
                    #value => #inner,
                }
            });
        }
        let scrutinee = *m.expr;
        let label = self.fresh_label();
        let held = self.hidden(Hidden::Temporary, names::temporary);
        let mut arms = m.arms;
        let after = arms.split_off(k + 1);
        let mut guarded = arms.pop().unwrap_or_else(|| unreachable!("arm k"));
        let guard = guarded
            .guard
            .take()
            .map_or_else(|| unreachable!("a guard"), |(_, g)| *g);
        let span = Span::mixed_site();
        let before = arms.into_iter().map(|mut arm| {
            // An arm that visibly diverges stays as it is: a `break` around it would be
            // unreachable code.
            if !expr_diverges(&arm.body) {
                let body = &arm.body;
                arm.body = Box::new(parse_quote_spanned!(span=> break #label #body));
            }
            arm.comma = Some(syn::Token![,](span));
            arm
        });
        let mut pat = guarded.pat.clone();
        UnusedAsWildcard(names_in(&guard)).visit_pat_mut(&mut pat);
        let attrs = guarded.attrs.clone();
        let otherwise = quote_spanned!(span=> #[allow(unreachable_patterns)] _ => false,);
        let held_guard: Expr = parse_quote_spanned!(span=> #held);
        guarded.guard = Some((syn::Token![if](span), Box::new(held_guard)));
        let mut second = syn::ExprMatch {
            attrs: m.attrs,
            match_token: m.match_token,
            expr: Box::new(scrutinee.clone()),
            brace_token: m.brace_token,
            arms: std::iter::once(guarded).chain(after).collect(),
        };
        // The arms before the guard's may cover what the arms after it do not.
        second.arms.push(parse_quote_spanned!(span=>
            #[allow(unreachable_patterns)]
            _ => ::core::unreachable!(),
        ));
        Ok(parse_quote! {
            #label: {
                let #held: bool = match #scrutinee {
                    #(#before)*
                    #(#attrs)* #pat => #guard,
                    #otherwise
                };
                #second
            }
        })
    }
}

/// Whether `expr` names a place that can be matched twice with the same effect: a
/// variable, a field, an element at a constant or variable index, or what a place or
/// variable points to.
fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Path(p) => p.qself.is_none(),
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Group(g) => is_place(&g.expr),
        Expr::Field(f) => is_place(&f.base),
        Expr::Index(i) => is_place(&i.expr) && matches!(&*i.index, Expr::Lit(_) | Expr::Path(_)),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_place(&u.expr),
        Expr::Reference(r) => is_place(&r.expr),
        _ => false,
    }
}

/// The identifiers that `expr` names (as paths of one segment, in macros' arguments too).
fn names_in(expr: &Expr) -> HashSet<String> {
    struct Names(HashSet<String>);
    impl<'ast> Visit<'ast> for Names {
        fn visit_path(&mut self, path: &'ast syn::Path) {
            if let Some(ident) = path.get_ident() {
                self.0.insert(ident.to_string());
            }
            syn::visit::visit_path(self, path);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            collect_idents(mac.tokens.clone(), &mut self.0);
        }
    }
    fn collect_idents(tokens: proc_macro2::TokenStream, out: &mut HashSet<String>) {
        for token in tokens {
            match token {
                proc_macro2::TokenTree::Ident(ident) => {
                    out.insert(ident.to_string());
                }
                proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), out),
                // A format string's `{name}`.
                proc_macro2::TokenTree::Literal(literal) => {
                    if let Ok(syn::Lit::Str(text)) = syn::parse2(literal.into_token_stream()) {
                        let value = text.value();
                        out.extend(
                            format_names(&value)
                                .into_iter()
                                .map(|r| value[r].to_owned()),
                        );
                    }
                }
                proc_macro2::TokenTree::Punct(_) => {}
            }
        }
    }
    let mut names = Names(HashSet::new());
    names.visit_expr(expr);
    names.0
}

/// Turns each binding of a pattern that the guard does not name into `_` (or its
/// subpattern), so that evaluating the guard moves nothing it does not use out of the
/// scrutinee. A binding is told from a constant or unit variant by its lower-case name.
struct UnusedAsWildcard(HashSet<String>);

impl VisitMut for UnusedAsWildcard {
    fn visit_pat_mut(&mut self, pat: &mut Pat) {
        if let Pat::Ident(p) = pat
            && !self.0.contains(&p.ident.to_string())
            && is_binding_name(&p.ident)
        {
            *pat = match p.subpat.take() {
                Some((_, sub)) => *sub,
                None => parse_quote!(_),
            };
        }
        syn::visit_mut::visit_pat_mut(self, pat);
    }

    fn visit_expr_mut(&mut self, _: &mut Expr) {}
}

/// Whether `ident`, in a pattern, names a binding by the naming conventions (a constant or
/// a unit struct or variant starts with an upper-case letter).
fn is_binding_name(ident: &Ident) -> bool {
    ident
        .to_string()
        .trim_start_matches("r#")
        .starts_with(|c: char| c.is_lowercase() || c == '_')
}
