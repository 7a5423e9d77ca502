//! Temporaries that natively outlive a suspension point: those of the statement that
//! suspends (`yield_!(make_guard().id())`) and of the head of a `match`, `if let` or `for`
//! whose body suspends (`match D("x").id() { n => { yield_!(n); } }`). Natively they live to
//! the end of that statement or construct, across the suspension point; the rewrite binds
//! each to a hidden local declared just before it, in a block that ends where the statement
//! or construct ends, so that the state keeps it as it keeps any local.
//!
//! Which subexpressions are temporaries takes types to know. The rewrite binds the receiver
//! of a method call (or the operand of `&`) that is a value, not a place: a call, a method
//! call, a struct literal or a macro call. It looks for them in the operands that always
//! run, in order: the receiver and arguments of a method call, the arguments of a function
//! call, the elements of a tuple or array, the bounds of a range, the operands of a binary
//! operator other than `&&` and `||`, through parentheses, casts, unary operators and field
//! accesses. The values of
//! the operands before one with temporaries are bound first, so that the order of
//! evaluation stays as written. It does not bind:
//! - a receiver that the method moves (see [`receiver`](super::receiver)): no temporary;
//! - an expression that names a variable (`s.trim().to_string()`): it may borrow a local of
//!   the coroutine, which a local kept in the state cannot do; such a temporary is dropped
//!   before the suspension point, as documented.
//!
//! A user method that takes its receiver by value and is not on the list (`Builder::new()
//! .build()` with `fn build(self)`) gives the compile error of the receiver rule at the method
//! call ("use of moved value"); `Builder::build(Builder::new())` is the fix.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::visit::Visit;
use syn::{Expr, parse_quote, parse_quote_spanned};

use super::Lower;
use super::receiver::consumes_receiver;
use crate::ir::{Hidden, Node, Stmt};
use crate::names;

impl Lower<'_> {
    /// Binds the temporaries of `expr` that run first to hidden locals, whose `let`s go to
    /// `out` in order of evaluation; returns whether there were any.
    pub(super) fn bind_temporaries(&mut self, expr: &mut Expr, out: &mut Vec<Stmt>) -> bool {
        let before = out.len();
        self.temporaries_of(expr, out);
        out.len() > before
    }

    fn temporaries_of(&mut self, expr: &mut Expr, out: &mut Vec<Stmt>) {
        match expr {
            Expr::MethodCall(call) => {
                self.temporaries_of(&mut call.receiver, out);
                if is_temporary(&call.receiver) && !consumes_receiver(call, false) {
                    self.bind_temporary(&mut call.receiver, out);
                }
                let (receiver, args) = (&mut call.receiver, &mut call.args);
                self.in_order(std::iter::once(&mut **receiver).chain(args), out);
            }
            Expr::Reference(reference) if reference.mutability.is_none() => {
                self.temporaries_of(&mut reference.expr, out);
                if is_temporary(&reference.expr) {
                    self.bind_temporary(&mut reference.expr, out);
                }
            }
            Expr::Binary(binary) if is_operator(&binary.op) => {
                let (left, right) = (&mut binary.left, &mut binary.right);
                self.in_order([&mut **left, &mut **right], out);
            }
            Expr::Paren(paren) => self.temporaries_of(&mut paren.expr, out),
            Expr::Cast(cast) => self.temporaries_of(&mut cast.expr, out),
            Expr::Unary(unary) => self.temporaries_of(&mut unary.expr, out),
            Expr::Field(field) => self.temporaries_of(&mut field.base, out),
            Expr::Call(call) if matches!(&*call.func, Expr::Path(_)) => {
                self.in_order(call.args.iter_mut(), out);
            }
            Expr::Tuple(tuple) => self.in_order(tuple.elems.iter_mut(), out),
            Expr::Range(range) => {
                let bounds = range.start.iter_mut().chain(range.end.iter_mut());
                self.in_order(bounds.map(|bound| &mut **bound), out);
            }
            Expr::Array(array) => self.in_order(array.elems.iter_mut(), out),
            _ => {}
        }
    }

    /// Operands evaluated left to right: the temporaries of each, where it has any, after
    /// the values of the operands before it, which are bound to temporaries first unless
    /// evaluating them later makes no difference.
    fn in_order<'e>(
        &mut self,
        operands: impl IntoIterator<Item = &'e mut Expr>,
        out: &mut Vec<Stmt>,
    ) {
        let mut operands: Vec<&mut Expr> = operands.into_iter().collect();
        let mut done = 0;
        for index in 0..operands.len() {
            let mut scratch = Vec::new();
            let hidden = self.hidden.clone();
            let has = self.bind_temporaries(&mut operands[index].clone(), &mut scratch);
            self.hidden = hidden;
            if !has {
                continue;
            }
            for earlier in &mut operands[done..index] {
                if !super::expr::is_pure(earlier) {
                    let value = std::mem::replace(&mut **earlier, parse_quote!(()));
                    **earlier = self.bind(Node::Plain(value), out);
                }
            }
            self.temporaries_of(operands[index], out);
            done = index + 1;
        }
    }

    /// Binds a temporary that lives to the end of its statement or construct.
    fn bind_temporary(&mut self, expr: &mut Expr, out: &mut Vec<Stmt>) {
        let ident = self.hidden(Hidden::Scoped, names::temporary);
        let value = std::mem::replace(expr, parse_quote!(#ident));
        out.push(Stmt::Plain(parse_quote!(let #ident = #value;)));
    }
}

/// A binary operator whose operands are both evaluated, left to right (not `&&`, `||` or an
/// assignment).
fn is_operator(op: &syn::BinOp) -> bool {
    !matches!(op, syn::BinOp::And(_) | syn::BinOp::Or(_)) && !super::is_compound_assign(op)
}

/// Whether `expr` makes a new value that names no variable: a call, method call, struct
/// literal or macro call whose parts are paths to items, literals and such calls.
fn is_temporary(expr: &Expr) -> bool {
    let makes_value = match expr {
        Expr::Call(_) | Expr::MethodCall(_) | Expr::Struct(_) | Expr::Macro(_) => true,
        Expr::Paren(paren) => return is_temporary(&paren.expr),
        _ => false,
    };
    makes_value && !names_a_variable(expr)
}

/// Whether `expr` may name a variable: a single lowercase identifier used as a value (not
/// as the function of a call), or any identifier in a macro's tokens, or a closure.
fn names_a_variable(expr: &Expr) -> bool {
    struct Find(bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr(&mut self, expr: &'ast Expr) {
            match expr {
                Expr::Path(path)
                    if path.qself.is_none()
                        && path.path.segments.len() == 1
                        && (path.path.segments[0].ident == "self"
                            || crate::lower::is_binding_name(&path.path.segments[0].ident)) =>
                {
                    self.0 = true;
                }
                Expr::Call(call) => {
                    if !matches!(&*call.func, Expr::Path(_)) {
                        self.visit_expr(&call.func);
                    }
                    for arg in &call.args {
                        self.visit_expr(arg);
                    }
                }
                Expr::Closure(_) | Expr::Block(_) | Expr::If(_) | Expr::Match(_) => {
                    self.0 = true;
                }
                other => syn::visit::visit_expr(self, other),
            }
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            self.0 |= has_ident_or_format(&mac.tokens);
        }
    }
    let mut find = Find(false);
    find.visit_expr(expr);
    find.0
}

/// Whether macro tokens hold an identifier, or a string literal with `{` (a format string
/// may name a variable).
fn has_ident_or_format(tokens: &TokenStream) -> bool {
    tokens.clone().into_iter().any(|tt| match tt {
        TokenTree::Ident(_) => true,
        TokenTree::Group(group) => has_ident_or_format(&group.stream()),
        TokenTree::Literal(lit) => lit.to_string().contains('{'),
        TokenTree::Punct(_) => false,
    })
}

/// Methods on [`KEEPS_BORROW`](crate::analyze::borrowing_chain) whose result keeps no
/// borrow of some values they are called on: `io::stdin().lock()` is a
/// `StdinLock<'static>`, `BufRead::lines` and `Read::bytes` take `self`. A temporary they
/// are called on is not checked.
const NOT_ON_A_TEMPORARY: &[&str] = &["lock", "try_lock", "lines", "bytes"];

/// Methods that return a guard borrowing their receiver, whose drop uses the borrow: called
/// on a temporary of a `match` or `if let` head, the guard is a temporary of the head too,
/// alive to the end of the construct.
const GUARDS: &[&str] = &["borrow", "borrow_mut", "try_borrow", "try_borrow_mut"];

impl Lower<'_> {
    /// For a `for` loop whose iterable (`iterable`, its temporaries bound by `head`) keeps a
    /// borrow of one of those temporaries (`make().iter()`, `&make()`): a statement that
    /// never runs and checks that the temporary is a reference
    /// (`coro_core::BorrowedByForHead`), whose borrows are of other data. The loop's
    /// iterator is kept across the suspension points of its body, which the caller checks
    /// there are; any other value moves into the state there, while borrowed, so that
    /// rustc would reject the coroutine (E0716, E0505) in terms of the generated code.
    pub(super) fn borrowed_temporary(&self, iterable: &Expr, head: &[Stmt]) -> Vec<Stmt> {
        let borrowed = match iterable {
            Expr::Reference(reference) => Some(&*reference.expr),
            other => crate::analyze::borrowing_chain(other, NOT_ON_A_TEMPORARY),
        };
        let temporary = borrowed.and_then(|b| self.reference_check(b, head, "BorrowedByForHead"));
        temporary
            .into_iter()
            .chain(self.borrowed_guard(iterable, head))
            .collect()
    }

    /// For a `for` loop whose iterable calls a method that keeps a borrow of a `RefCell`
    /// guard the iterable takes (`cell.borrow().iter()`, `make().try_borrow_mut()?
    /// .iter_mut()`), the rest of the chain passing the borrow on: the check that the
    /// guard is a reference (`coro_core::BorrowedByForHead`), located at it. The guard is
    /// a temporary of the loop's head that the state cannot keep, as the iterator borrows
    /// it, so that rustc would reject the coroutine (E0716) in terms of the generated code.
    fn borrowed_guard(&self, iterable: &Expr, head: &[Stmt]) -> Option<Stmt> {
        use crate::analyze::{keeps_borrow, passes_borrow};
        // Through `?`, parentheses, and `unwrap` or `expect` on a `try_borrow` result.
        fn guard_value(mut expr: &Expr) -> &Expr {
            loop {
                expr = match expr {
                    Expr::Try(t) => &t.expr,
                    Expr::Paren(p) => &p.expr,
                    Expr::MethodCall(m) if m.method == "unwrap" || m.method == "expect" => {
                        &m.receiver
                    }
                    _ => return expr,
                };
            }
        }
        let mut expr = iterable;
        loop {
            let Expr::MethodCall(call) = guard_value(expr) else {
                return None;
            };
            let method = &call.method;
            if keeps_borrow(method)
                && !NOT_ON_A_TEMPORARY.iter().any(|m| method == m)
                && let Expr::MethodCall(guard) = guard_value(&call.receiver)
                && GUARDS.iter().any(|g| guard.method == g)
            {
                // The guard's receiver, when a temporary of the head, as written.
                let mut receiver = (*call.receiver).clone();
                let mut first = receiver.to_token_stream().into_iter().next()?.span();
                if let Some(root) = chain_root(&mut receiver)
                    && let Some((written, _)) = self.written_span(root, head)
                {
                    first = written;
                    root.set_span(root.span().located_at(written));
                }
                return Some(self.never_run_check("BorrowedByForHead", first, &receiver));
            }
            if !keeps_borrow(method) && !passes_borrow(method) {
                return None;
            }
            expr = &call.receiver;
        }
    }

    /// For a `match` or `if let` whose arms or `then` block suspend, and whose scrutinee
    /// (its temporaries bound by `head`) calls a method that returns a guard on one of those
    /// temporaries anywhere outside a closure or block (`make().borrow().first()`,
    /// `*make().borrow()`, `make().borrow().len() + 1`): the checks that each such temporary
    /// is a reference (`coro_core::GuardedByHead`), as for a `for` loop. The guard lives to
    /// the end of the construct, across its suspension points, where any other value moves
    /// into the state while borrowed.
    pub(super) fn guarded_temporary(&self, scrutinee: &Expr, head: &[Stmt]) -> Vec<Stmt> {
        struct Guards<'e>(Vec<&'e Expr>);
        impl<'e> Visit<'e> for Guards<'e> {
            fn visit_expr_method_call(&mut self, call: &'e syn::ExprMethodCall) {
                if GUARDS.iter().any(|g| call.method == g) {
                    self.0.push(&call.receiver);
                }
                syn::visit::visit_expr_method_call(self, call);
            }
            // A guard taken in these ends there, not with the construct.
            fn visit_expr_closure(&mut self, _: &'e syn::ExprClosure) {}
            fn visit_expr_block(&mut self, _: &'e syn::ExprBlock) {}
        }
        let mut guards = Guards(Vec::new());
        guards.visit_expr(scrutinee);
        guards
            .0
            .into_iter()
            .filter_map(|receiver| self.reference_check(receiver, head, "GuardedByHead"))
            .collect()
    }

    /// When `borrowed` is a temporary that `head` binds: a statement that never runs and
    /// checks, with the method `check` of the trait `check_trait` of the crate, that its type
    /// is a reference, located at the temporary as written, from its first token to its
    /// last.
    fn reference_check(&self, borrowed: &Expr, head: &[Stmt], check_trait: &str) -> Option<Stmt> {
        let Expr::Path(path) = borrowed else {
            return None;
        };
        let temporary = path.path.get_ident()?;
        let (first, last) = self.written_span(temporary, head)?;
        let mut at_last = temporary.clone();
        at_last.set_span(temporary.span().located_at(last));
        Some(self.never_run_check(check_trait, first, &at_last))
    }

    /// `if false { <crate>::<check_trait>::check(&value); }` at `span`: a statement that
    /// never runs and makes rustc check `value`'s type against one of `coro_core::checks`.
    fn never_run_check(&self, check_trait: &str, span: Span, value: &impl ToTokens) -> Stmt {
        let krate = self.krate_at(span);
        let check_trait = syn::Ident::new(check_trait, span);
        Stmt::Plain(parse_quote_spanned! {span=>
            if false {
                #krate::#check_trait::check(&#value);
            }
        })
    }

    /// When `temporary` is a temporary that `head` binds: the spans of the first and the
    /// last token of its value as written.
    fn written_span(&self, temporary: &syn::Ident, head: &[Stmt]) -> Option<(Span, Span)> {
        if self.hidden.get(temporary) != Some(&Hidden::Scoped) {
            return None;
        }
        let value = head.iter().find_map(|stmt| match stmt {
            Stmt::Plain(syn::Stmt::Local(syn::Local {
                pat: syn::Pat::Ident(pat),
                init: Some(init),
                ..
            })) if pat.ident == *temporary => Some(&init.expr),
            _ => None,
        })?;
        let mut tokens = value.to_token_stream().into_iter();
        let first = tokens.next()?.span();
        let last = tokens.last().map_or(first, |token| token.span());
        Some((first, last))
    }
}

/// The identifier at the root of a chain of method calls, `?`, parentheses and field
/// accesses (`t` in `t.borrow().x?`), if it is one.
fn chain_root(expr: &mut Expr) -> Option<&mut syn::Ident> {
    match expr {
        Expr::MethodCall(m) => chain_root(&mut m.receiver),
        Expr::Try(t) => chain_root(&mut t.expr),
        Expr::Paren(p) => chain_root(&mut p.expr),
        Expr::Field(f) => chain_root(&mut f.base),
        Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
            Some(&mut p.path.segments[0].ident)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    use crate::parse::CoroutineFn;

    /// The expansion of the `coro!` closure `closure`, as text.
    fn expanded(closure: &str) -> String {
        let tokens = TokenStream::from_str(closure).expect("tokens");
        let input = CoroutineFn::from_closure(tokens).expect("a closure");
        crate::expand::pipeline(input)
            .expect("expanded")
            .to_string()
    }

    #[test]
    fn a_head_that_borrows_its_temporary_across_a_suspension_point_is_checked() {
        for (closure, check) in [
            (
                "|| { for x in make().iter() { yield_!(*x); } }",
                "BorrowedByForHead",
            ),
            (
                "|| { for x in make().iter().map(|x| x + 1) { yield_!(x); } }",
                "BorrowedByForHead",
            ),
            (
                "|| { for c in text().chars() { yield_!(c); } }",
                "BorrowedByForHead",
            ),
            // A guard that the iterator borrows, of a temporary or of a variable.
            (
                "|| { for x in cell().borrow().iter() { yield_!(*x); } }",
                "BorrowedByForHead",
            ),
            (
                "|| { for x in cell.try_borrow().unwrap().iter().map(f) { yield_!(x); } }",
                "BorrowedByForHead",
            ),
            (
                "|| { if let Some(x) = make().borrow().first() { yield_!(*x); } }",
                "GuardedByHead",
            ),
            (
                "|| { match make().borrow_mut().len() { n => { yield_!(n); } } }",
                "GuardedByHead",
            ),
            // A guard under a dereference, an operator or a cast lives as long.
            (
                "|| { match *make().borrow() { n => { yield_!(n); } } }",
                "GuardedByHead",
            ),
            (
                "|| { match make().borrow().len() + 1 { n => { yield_!(n); } } }",
                "GuardedByHead",
            ),
            (
                "|| { if let 1.. = make().borrow().len() as u8 { yield_!(1); } }",
                "GuardedByHead",
            ),
        ] {
            assert!(expanded(closure).contains(check), "{closure}");
        }
    }

    #[test]
    fn other_heads_are_not_checked() {
        for closure in [
            // The body does not suspend.
            "|| { for x in make().iter() { print(x); } yield_!(0); }",
            // Methods that keep no borrow of some values they are called on.
            "|| { for l in std::io::stdin().lock().lines() { yield_!(l); } }",
            // A method not known to keep a borrow, or one that ends it.
            "|| { for x in make().items() { yield_!(x); } }",
            "|| { for x in make().iter().collect::<Vec<_>>() { yield_!(x); } }",
            "|| { for x in cell.borrow().iter().copied().collect::<Vec<_>>() { yield_!(x); } }",
            "|| { for x in cell.borrow().clone() { yield_!(x); } }",
            // A local, not a temporary.
            "|| { let v = make(); for x in v.iter() { yield_!(*x); } }",
            // A guard taken in a closure or a block of the head ends there.
            "|| { match (|| make().borrow().len())() { n => { yield_!(n); } } }",
            "|| { match { make().borrow().len() } { n => { yield_!(n); } } }",
            // Only the `else` block suspends, after the guard is dropped.
            "|| { if let Some(x) = make().borrow().first() { f(x); } else { yield_!(0); } }",
        ] {
            let text = expanded(closure);
            assert!(
                !text.contains("BorrowedByForHead") && !text.contains("GuardedByHead"),
                "{closure}"
            );
        }
    }
}
