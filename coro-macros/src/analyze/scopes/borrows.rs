//! What a `let`'s initializer or a closure borrows from the coroutine's locals: the
//! borrows the walk must not let a drop flag or the state hold.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit::Visit;
use syn::{Expr, Ident};

use super::declared::borrowing_chain;
use super::resolve::Res;
use super::walk::Walker;
use super::{BindingId, HeldBorrow, unraw};
use crate::lower::collect_pat_bindings;

impl Walker<'_> {
    /// The local that `init` explicitly borrows: `&a`, `&mut a`, or
    /// `IntoIterator::into_iter(&a)` (how a `for` loop over `&a` starts). A projection
    /// (`&a.b`, `&a[i]`) is not reported: through a reference `a`, it borrows other data.
    pub(super) fn borrowed_local(&self, init: &Expr) -> Option<(BindingId, TokenStream)> {
        let reference = match init {
            Expr::Reference(_) => init,
            Expr::Call(call)
                if call.args.len() == 1
                    && matches!(&*call.func, Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "into_iter")) =>
            {
                &call.args[0]
            }
            _ => return None,
        };
        let Expr::Reference(r) = reference else {
            return None;
        };
        let mut place = &*r.expr;
        loop {
            place = match place {
                Expr::Paren(p) => &p.expr,
                Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                    let name = unraw(&p.path.segments[0].ident);
                    return match self.names.resolve(&name) {
                        Some(Res::Local(id)) => Some((id, reference.to_token_stream())),
                        _ => None,
                    };
                }
                _ => return None,
            };
        }
    }

    /// The borrow of another local that the value of `init` visibly holds: a chain of
    /// methods that keep a borrow of their receiver (`cell.borrow()`, `m.lock().unwrap()`,
    /// `v.iter().map(..)`) on a local visibly not a reference, or a closure (not `move`)
    /// that uses a local. `IntoIterator::into_iter(..)` around it (how a `for` loop starts)
    /// is looked through.
    pub(super) fn held_borrow(&self, init: &Expr) -> Option<HeldBorrow> {
        let init = match init {
            Expr::Call(call)
                if call.args.len() == 1
                    && matches!(&*call.func, Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "into_iter")) =>
            {
                &call.args[0]
            }
            other => other,
        };
        match init {
            Expr::Closure(closure) if closure.capture.is_none() => self.closure_borrow(closure),
            Expr::MethodCall(_) | Expr::Try(_) => {
                let receiver = borrowing_chain(init, &[])?;
                let local = self.local_named(receiver)?;
                self.names.bindings[local].owned.then(|| HeldBorrow {
                    local,
                    by: init.to_token_stream(),
                    closure: false,
                    yield_from: false,
                })
            }
            _ => None,
        }
    }

    /// The first local of the coroutine that `closure` (not `move`) captures by reference:
    /// one it names other than as a whole argument of a call or its whole body (which a
    /// closure captures by value), or any it names whose type is visibly `Copy`.
    fn closure_borrow(&self, closure: &syn::ExprClosure) -> Option<HeldBorrow> {
        struct Names<'a> {
            params: Vec<(Ident, bool)>,
            found: Vec<(&'a Ident, bool)>,
        }
        impl<'a> Visit<'a> for Names<'a> {
            fn visit_expr(&mut self, expr: &'a Expr) {
                match expr {
                    Expr::Call(call) => {
                        self.visit_expr(&call.func);
                        for arg in &call.args {
                            if let Some(ident) = bare_ident(arg) {
                                self.found.push((ident, true));
                            } else {
                                self.visit_expr(arg);
                            }
                        }
                    }
                    Expr::Path(_) => {
                        if let Some(ident) = bare_ident(expr) {
                            self.found.push((ident, false));
                        }
                    }
                    Expr::Closure(inner) => {
                        for input in &inner.inputs {
                            collect_pat_bindings(input, &mut self.params);
                        }
                        self.visit_expr(&inner.body);
                    }
                    _ => syn::visit::visit_expr(self, expr),
                }
            }
            fn visit_local(&mut self, local: &'a syn::Local) {
                collect_pat_bindings(&local.pat, &mut self.params);
                syn::visit::visit_local(self, local);
            }
            fn visit_item(&mut self, _: &'a syn::Item) {}
        }
        fn bare_ident(expr: &Expr) -> Option<&Ident> {
            match expr {
                Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
                _ => None,
            }
        }
        let mut names = Names {
            params: Vec::new(),
            found: Vec::new(),
        };
        for input in &closure.inputs {
            collect_pat_bindings(input, &mut names.params);
        }
        match bare_ident(&closure.body) {
            Some(ident) => names.found.push((ident, true)),
            None => names.visit_expr(&closure.body),
        }
        let (local, _) = names.found.iter().find_map(|&(ident, by_value)| {
            if names.params.iter().any(|(param, _)| param == ident) {
                return None;
            }
            match self.names.resolve(&unraw(ident)) {
                Some(Res::Local(id)) if !by_value || self.names.bindings[id].known_copy => {
                    Some((id, ident))
                }
                _ => None,
            }
        })?;
        Some(HeldBorrow {
            local,
            by: closure.to_token_stream(),
            closure: true,
            yield_from: false,
        })
    }

    /// The local that a `yield_from!`'s argument lends to the coroutine it makes: an
    /// argument `&a` or `&mut a` of the call or method call that makes it
    /// (`yield_from!(helper(&a))`). The coroutine keeps it for as long as it runs, across
    /// its suspension points.
    pub(super) fn yield_from_borrow(&self, argument: &Expr) -> Option<HeldBorrow> {
        let mut argument = argument;
        while let Expr::Paren(inner) = argument {
            argument = &inner.expr;
        }
        let args = match argument {
            Expr::Call(call) => &call.args,
            Expr::MethodCall(call) => &call.args,
            _ => return None,
        };
        args.iter().find_map(|arg| {
            let (local, by) = self.borrowed_local(arg)?;
            Some(HeldBorrow {
                local,
                by,
                closure: false,
                yield_from: true,
            })
        })
    }
}
