//! Constructs written in terms of the rest: `yield_from!` and the blocking operations as
//! loops around `yield_!`, `for` as `loop`, `let ... else` whose `else` suspends as two
//! `match`es, and `return` and `?` as completing the coroutine.

use proc_macro2::Span;
use quote::{quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, Macro, Pat, Token, parse_quote, parse_quote_spanned};

use super::expr::paren;
use super::plain::label_breaks;
use super::special::{Special, special};
use super::{Lower, collect_pat_bindings};
use crate::blocking;
use crate::ir::{Block, Hidden, Node, Stmt};
use crate::names;

impl Lower<'_> {
    pub(super) fn special_macro(&mut self, mac: &Macro, out: &mut Vec<Stmt>) -> Node {
        let span = mac.path.span();
        match special(mac) {
            Some(Special::Yield) => {
                let value = if mac.tokens.is_empty() {
                    parse_quote_spanned!(span=> ())
                } else {
                    match mac.parse_body::<Expr>() {
                        Ok(value) => {
                            let mut value = self.operand(value, out);
                            if self.bind_temporaries(&mut value, out) {
                                self.statement_temporaries = true;
                            }
                            self.check_no_yield_type(value)
                        }
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
                self.check_recursion(&sub);
                let sub_span = sub.span();
                let sub_var = names::sub_coroutine(n, sub_span);
                let arg_var = names::sub_resume(n, sub_span);
                self.hidden.insert(sub_var.clone(), Hidden::Temporary);
                self.hidden.insert(arg_var.clone(), Hidden::Temporary);
                let yielded = names::ident_at(names::YIELDED, span);
                let returned = names::ident_at(names::RESIDUAL, span);
                // The paths at the argument, so that a value that is not a coroutine is
                // reported there.
                let krate = &self.krate_at(sub_span);
                let resume =
                    quote_spanned!(sub_span=> #krate::Coroutine::resume(&mut #sub_var, #arg_var));
                // A coroutine is delegated to as it is, an `IntoIterator` is iterated
                // (`FromIter`): autoref specialization on the value's type.
                let value = self.hidden(Hidden::Temporary, names::temporary);
                let first_value = self.hidden(Hidden::Temporary, names::temporary);
                let source = self.hidden(Hidden::Temporary, names::temporary);
                let kind = quote_spanned! {sub_span=>
                    (&&&#source).yield_from_kind().wrap(#source)
                };
                let desugared: Expr = parse_quote_spanned! {span=>
                    {
                        let (mut #sub_var, mut #arg_var) = {
                            #[allow(unused_imports)]
                            use #krate::__yield_from::{ViaCoroutine as _, ViaUnitCoroutine as _, ViaIter as _, ViaNeither as _};
                            let #value = #sub;
                            let #first_value = #first;
                            let #source = #krate::__yield_from::Source::new(#value, &#first_value);
                            (#kind, #first_value)
                        };
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

    pub(super) fn for_(&mut self, f: syn::ExprForLoop, out: &mut Vec<Stmt>) -> Node {
        let label = f.label.map_or_else(|| self.fresh_label(), |l| l.name);
        let iter = self.hidden(Hidden::ForIterator, names::for_iterator);
        let pat = let_pattern(*f.pat);
        let mut head = Vec::new();
        // `for i in 0..n` (a half-open range with an integer literal bound, so of an integer
        // type) counts with two integers, as `Range::next` does but in the shape of a
        // hand-written counter, which the optimiser turns into a one-`inc` loop after
        // inlining (it does not quite do so for the `Range` kept in the state). `for _ in
        // 0..n`, which binds no item, counts the iterations left down to zero instead: one
        // integer, which a loop resumed in place decrements in the state and tests at once
        // (`sub $1, mem` then a branch on the borrow).
        let range = integer_range(&f.expr);
        let mut check = Vec::new();
        let (init, next) = if let (Some((start, end)), Pat::Wild(wild)) = (&range, &pat)
            && wild.attrs.is_empty()
        {
            let (start, end) = self.range_bounds(start.clone(), end.clone(), out, &mut head);
            let krate = self.krate;
            let init: syn::Stmt = parse_quote! {
                let mut #iter = #krate::__private::range_len(#start, #end);
            };
            let next: syn::Stmt = parse_quote! {
                if !#krate::__private::count_down(&mut #iter) {
                    break #label;
                }
            };
            (vec![init], next)
        } else if let Some((start, end)) = range {
            let end_var = self.hidden(Hidden::Temporary, names::range_end);
            let (start, end) = self.range_bounds(start, end, out, &mut head);
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
            let mut iterable = self.operand(*f.expr, out);
            // The temporaries of the iterable live to the end of the loop, in its block.
            self.bind_temporaries(&mut iterable, &mut head);
            check = self.borrowed_temporary(&iterable, &head);
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
        if body.points().is_some() {
            head.extend(check);
        }
        let outer_scope = self.scope();
        let mut stmts = head;
        stmts.extend(init.into_iter().map(Stmt::Plain));
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

    /// The bounds of a `for` loop's integer range, evaluated in order; their temporaries
    /// (`0..count(D("x").id())`) live to the end of the loop, as those of any iterable do:
    /// bound in `head`, the loop's block.
    fn range_bounds(
        &mut self,
        start: Expr,
        end: Expr,
        out: &mut Vec<Stmt>,
        head: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let mut bounds = self.operands(vec![start, end], out).into_iter();
        let start = bounds.next().unwrap_or_else(|| unreachable!("start"));
        let end = bounds.next().unwrap_or_else(|| unreachable!("end"));
        let mut pair: Expr = parse_quote!((#start, #end));
        self.bind_temporaries(&mut pair, head);
        match pair {
            Expr::Tuple(tuple) if tuple.elems.len() == 2 => {
                let mut elems = tuple.elems.into_iter();
                let start = elems.next().unwrap_or_else(|| unreachable!("start"));
                let end = elems.next().unwrap_or_else(|| unreachable!("end"));
                (start, end)
            }
            _ => unreachable!("a pair stays a pair"),
        }
    }

    /// The crate's path, located at `span` (resolving where it is written).
    pub(super) fn krate_at(&self, span: Span) -> syn::Path {
        let mut krate = self.krate.clone();
        if let Some(colon) = &mut krate.leading_colon {
            colon.spans = [colon.spans[0].located_at(span); 2];
        }
        for segment in &mut krate.segments {
            segment
                .ident
                .set_span(segment.ident.span().located_at(span));
        }
        krate
    }

    /// A `yield_!` of a function declared without `yield = Y` yields `()`; its value goes
    /// through `no_yield_type`, which says to declare the type when it is another.
    fn check_no_yield_type(&self, value: Expr) -> Expr {
        let unit = matches!(&value, Expr::Tuple(t) if t.elems.is_empty());
        if self.signature.is_none() || self.input.yield_ty.is_some() || unit {
            return value;
        }
        let krate = self.krate_at(value.span());
        parse_quote_spanned!(value.span()=> #krate::NoYieldType::unit(#value))
    }

    /// Reports `yield_from!(f(..))` inside `fn f` (boxed or not): the coroutine would hold
    /// itself, which rustc reports as "cannot resolve opaque type" (E0720).
    fn check_recursion(&mut self, sub: &Expr) {
        let Some(sig) = self.signature else {
            return;
        };
        let mut inner = sub;
        loop {
            inner = match inner {
                Expr::Paren(p) => &p.expr,
                Expr::Group(g) => &g.expr,
                Expr::Call(call)
                    if call.args.len() == 1
                        && matches!(&*call.func, Expr::Path(p)
                            if p.path.segments.len() == 2
                                && p.path.segments[0].ident == "Box"
                                && matches!(p.path.segments[1].ident.to_string().as_str(), "new" | "pin")) =>
                {
                    &call.args[0]
                }
                _ => break,
            };
        }
        let name = &sig.ident;
        let itself = match inner {
            Expr::Call(call) => matches!(&*call.func, Expr::Path(p)
            if p.qself.is_none()
                && match p.path.segments.len() {
                    1 => p.path.segments[0].ident == *name,
                    2 => p.path.segments[0].ident == "Self" && p.path.segments[1].ident == *name,
                    _ => false,
                }),
            Expr::MethodCall(call) => {
                call.method == *name
                    && matches!(&*call.receiver, Expr::Path(p) if p.path.is_ident(names::RECEIVER))
            }
            _ => false,
        };
        if !itself {
            return;
        }
        let ty = |ty: &Option<syn::Type>| {
            ty.as_ref().map_or_else(
                || "()".to_string(),
                |ty| quote::ToTokens::to_token_stream(ty).to_string(),
            )
        };
        let resume = match &self.input.resume_ty {
            Some(ty) => format!("{}, ", quote::ToTokens::to_token_stream(ty)),
            None => String::new(),
        };
        self.errors.push(syn::Error::new(
            sub.span(),
            format!(
                "`{name}` delegates to itself: its coroutine would contain itself and have no finite size (rustc: \"cannot resolve opaque type\"); box the inner one as a trait object: `let sub: Box<dyn coro_core::Coroutine<{resume}Yield = {}, Return = {}>> = Box::new(..); yield_from!(sub)`",
                ty(&self.input.yield_ty),
                ty(&self.input.return_ty),
            ),
        ));
    }

    pub(super) fn return_complete(&self, value: Option<Expr>, span: Span) -> Expr {
        let krate = self.krate;
        let finished = names::returned_state();
        let state = names::ident(names::STATE);
        let returned = names::ident_at(names::RETURNED, span);
        let value = value.unwrap_or_else(|| parse_quote!(()));
        paren(parse_quote_spanned! {span=>
            {
                let #returned = #value;
                *#state = #finished;
                return #krate::CoroutineState::Complete(#returned);
            }
        })
    }

    pub(super) fn try_complete(&self, value: &Expr, span: Span) -> Expr {
        let krate = self.krate;
        let finished = names::returned_state();
        let state = names::ident(names::STATE);
        let continued = names::ident_at(names::CONTINUED, span);
        let residual = names::ident_at(names::RESIDUAL, span);
        paren(parse_quote_spanned! {span=>
            match #krate::__private::Try::branch(#value) {
                #krate::__private::ControlFlow::Continue(#continued) => #continued,
                #krate::__private::ControlFlow::Break(#residual) => {
                    *#state = #finished;
                    // The conversion is the native `?`'s, in a closure returning what the
                    // coroutine returns, so that a wrong error type is reported as natively.
                    return #krate::CoroutineState::Complete(
                        (move || match #residual? {})(),
                    );
                }
            }
        })
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
pub(super) fn let_else_as_match(local: syn::Local, temp: &Ident) -> [syn::Stmt; 2] {
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
    // The first match only moves the bindings out: `mut` belongs to the second one's.
    let inner = without_mut(&pat);
    [
        parse_quote! {
            #let_token #temp #eq_token match #scrutinee {
                #inner => ::core::option::Option::Some((#(#names,)*)),
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

/// `pat` with `mut` dropped from its by-value bindings (`ref mut` stays).
fn without_mut(pat: &Pat) -> Pat {
    struct Strip;
    impl syn::visit_mut::VisitMut for Strip {
        fn visit_pat_ident_mut(&mut self, ident: &mut syn::PatIdent) {
            if ident.by_ref.is_none() {
                ident.mutability = None;
            }
            syn::visit_mut::visit_pat_ident_mut(self, ident);
        }
    }
    let mut pat = pat.clone();
    syn::visit_mut::VisitMut::visit_pat_mut(&mut Strip, &mut pat);
    pat
}
