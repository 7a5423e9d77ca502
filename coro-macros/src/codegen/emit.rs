//! The code of an entry: blocks emitted from the top up to the first statement that cannot
//! complete, and the blocks around a suspension point re-entered there.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::Lifetime;

use super::relabel::{Relabel, Relabeler};
use super::{Gen, arg_var};
use crate::ir::{Block, Node, Stmt, StmtId};
use crate::names;

impl Gen<'_> {
    // ----- ordinary emission -----

    pub(super) fn emit_block(&self, block: &Block) -> TokenStream {
        let stmts = self.emit_stmts(block, 0);
        quote!({ #stmts })
    }

    /// The statements of `block` from `first`, up to the first that cannot complete.
    pub(super) fn emit_stmts(&self, block: &Block, first: usize) -> TokenStream {
        let mut out = TokenStream::new();
        for (index, stmt) in block.stmts.iter().enumerate().skip(first) {
            let completes = self.analysis.flow.completes(block.id(index));
            out.extend(self.emit_stmt(stmt, completes));
            if !completes {
                // After the user's own `return`, `break`, ... the next plain statement is
                // kept, unreachable as written, so that rustc reports it as in a plain fn.
                if let (Stmt::Plain(_), Some(next @ Stmt::Plain(_))) =
                    (stmt, block.stmts.get(index + 1))
                {
                    out.extend(self.emit_stmt(next, false));
                }
                break;
            }
        }
        out
    }

    /// A statement; `completes` says whether it can complete in this entry.
    pub(super) fn emit_stmt(&self, stmt: &Stmt, completes: bool) -> TokenStream {
        match stmt {
            Stmt::Plain(stmt @ syn::Stmt::Local(local)) => {
                let lints = self.mut_lint(&local.pat);
                let stmt = self.plain(stmt);
                quote!(#lints #stmt)
            }
            Stmt::Plain(stmt) => self.plain(stmt),
            Stmt::Let {
                init: node @ Node::Suspend { .. },
                ..
            }
            | Stmt::Expr {
                node: node @ Node::Suspend { .. },
                ..
            } => {
                let suspend = self.emit_node(node);
                quote!(#suspend;)
            }
            Stmt::Let { attrs, pat, init } => {
                let init = self.emit_node(init);
                if !completes {
                    // This entry suspends or leaves inside `init`: nothing is bound here,
                    // and the jumps to its labels may be emitted in other entries only.
                    let pat = unbound(pat);
                    return quote!(#(#attrs)* #[allow(unused_labels)] let #pat = #init;);
                }
                let lints = self.mut_lint(pat);
                quote!(#(#attrs)* #lints let #pat = #init;)
            }
            Stmt::Expr { node, semi } => {
                let node = self.emit_node(node);
                let semi = semi.then(|| quote!(;));
                quote!(#node #semi)
            }
        }
    }

    pub(super) fn emit_node(&self, node: &Node) -> TokenStream {
        match node {
            Node::Plain(expr) => self.plain(expr),
            Node::Suspend { point, value } => self.suspend(*point, value),
            Node::Block {
                label,
                unsafety,
                block,
            } => {
                let unsafety = unsafety.then(|| quote!(unsafe));
                let block = self.emit_block(block);
                quote!(#label #unsafety #block)
            }
            Node::If { cond, then, else_ } => {
                let cond = self.plain(cond);
                let then = self.emit_block(then);
                let else_ = else_.as_ref().map(|e| {
                    let e = self.emit_block(e);
                    quote!(else #e)
                });
                quote!(if #cond #then #else_)
            }
            Node::Match { scrutinee, arms } => {
                let scrutinee = self.plain(scrutinee);
                let arms = arms.iter().map(|arm| {
                    let attrs = &arm.attrs;
                    let pat = &arm.pat;
                    let guard = arm.guard.as_ref().map(|g| {
                        let g = self.plain(g);
                        quote!(if #g)
                    });
                    let body = self.emit_block(&arm.body);
                    quote!(#(#attrs)* #pat #guard => #body)
                });
                quote!(match #scrutinee { #(#arms)* })
            }
            Node::Loop { label, body } => {
                let body = self.emit_block(body);
                quote!(#label: loop #body)
            }
        }
    }

    // ----- re-entry -----

    pub(super) fn reenter_block(&self, block: &Block, point: usize) -> TokenStream {
        let index = block
            .stmts
            .iter()
            .position(|s| {
                s.points()
                    .is_some_and(|(lo, hi)| lo <= point && point <= hi)
            })
            .unwrap_or_else(|| unreachable!("the block contains the point"));
        let entered = self.reenter_stmt(&block.stmts[index], point, block.id(index));
        let rest = if self.analysis.flow.reentry_completes(point, block.id(index)) {
            self.emit_stmts(block, index + 1)
        } else {
            TokenStream::new()
        };
        let restores = self.restores(point, block.scope, &quote!(#entered #rest));
        quote!({ #restores #entered #rest })
    }

    pub(super) fn reenter_stmt(&self, stmt: &Stmt, point: usize, id: StmtId) -> TokenStream {
        match stmt {
            Stmt::Plain(_) => unreachable!("plain statements hold no suspension point"),
            Stmt::Let { attrs, pat, init } => {
                let diverges = !self.analysis.flow.reentry_completes(point, id);
                let init_code = self.reenter_node(init, point, id);
                if diverges {
                    // Nothing is bound (and the bindings' types might not be inferable).
                    quote!(#init_code;)
                } else {
                    // A label re-entered past its `break`s.
                    let init = if matches!(init, Node::Suspend { .. }) {
                        super::moved_into(pat, &init_code)
                    } else {
                        init_code
                    };
                    quote!(#(#attrs)* #[allow(unused_labels)] let #pat = #init;)
                }
            }
            Stmt::Expr {
                node: Node::Suspend { .. },
                semi: true,
            } => {
                let arg = arg_var();
                quote!(::core::mem::drop(#arg);)
            }
            Stmt::Expr { node, semi } => {
                let node = self.reenter_node(node, point, id);
                let semi = semi.then(|| quote!(;));
                quote!(#node #semi)
            }
        }
    }

    /// Re-enters `node`, of statement `id`, at `point`.
    pub(super) fn reenter_node(&self, node: &Node, point: usize, id: StmtId) -> TokenStream {
        match node {
            Node::Plain(_) => unreachable!("plain nodes hold no suspension point"),
            Node::Suspend { .. } => arg_var().into_token_stream(),
            Node::Block {
                label,
                unsafety,
                block,
            } => {
                let unsafety = unsafety.then(|| quote!(unsafe));
                let block = self.reenter_block(block, point);
                quote!(#label #unsafety #block)
            }
            Node::If { then, else_, .. } => {
                if then.contains(point) {
                    self.reenter_block(then, point)
                } else {
                    let else_ = else_
                        .as_ref()
                        .unwrap_or_else(|| unreachable!("the point is in a branch"));
                    self.reenter_block(else_, point)
                }
            }
            Node::Match { arms, .. } => {
                let arm = arms
                    .iter()
                    .find(|arm| arm.body.contains(point))
                    .unwrap_or_else(|| unreachable!("the point is in an arm"));
                self.reenter_block(&arm.body, point)
            }
            Node::Loop { .. } if self.loop_value == Some(id) => {
                // A block, like the loop it stands for, so that it needs no `;` as a statement.
                let loop_value = names::ident(names::LOOP_VALUE);
                quote!({ #loop_value })
            }
            Node::Loop { label, body } => {
                let n = self.next_label.get();
                self.next_label.set(n + 1);
                let exit = names::exit_label(n);
                let cont = names::continue_label(n);
                let mut inner = self.clone();
                inner.next_label = std::cell::Cell::new(n + 1);
                inner
                    .labels
                    .push((label.to_string(), exit.clone(), cont.clone()));
                let first = inner.reenter_block(body, point);
                self.next_label.set(inner.next_label.get());
                // The loop itself, after the interrupted iteration; left out when that
                // iteration can never reach it (the names it uses need not be restored).
                let rest = if self.analysis.flow.reentry_iterates(point, id) {
                    self.emit_node(node)
                } else {
                    TokenStream::new()
                };
                quote! {
                    #exit: {
                        #cont: #first;
                        #rest
                    }
                }
            }
        }
    }

    // ----- plain syntax -----

    /// Emits a plain tree, redirecting `break`/`continue` of loops being re-entered.
    pub(super) fn plain(&self, tree: &(impl ToTokens + Clone + Relabel)) -> TokenStream {
        if self.labels.is_empty() {
            return tree.to_token_stream();
        }
        let map: HashMap<String, (Lifetime, Lifetime)> = self
            .labels
            .iter()
            .map(|(l, exit, cont)| (l.clone(), (exit.clone(), cont.clone())))
            .collect();
        let mut tree = tree.clone();
        tree.relabel(&mut Relabeler { map });
        tree.to_token_stream()
    }
}

/// `pat` with its bindings replaced by `_` (or by their subpattern), its types kept.
fn unbound(pat: &syn::Pat) -> syn::Pat {
    struct Unbind;
    impl syn::visit_mut::VisitMut for Unbind {
        fn visit_pat_mut(&mut self, pat: &mut syn::Pat) {
            if let syn::Pat::Ident(ident) = pat
                && (ident.subpat.is_some()
                    || ident.by_ref.is_some()
                    || ident.mutability.is_some()
                    || crate::lower::is_binding_name(&ident.ident))
            {
                *pat = match ident.subpat.take() {
                    Some((_, sub)) => *sub,
                    None => syn::Pat::Wild(syn::PatWild {
                        attrs: Vec::new(),
                        underscore_token: syn::Token![_](ident.ident.span()),
                    }),
                };
            }
            syn::visit_mut::visit_pat_mut(self, pat);
        }
    }
    let mut pat = pat.clone();
    syn::visit_mut::VisitMut::visit_pat_mut(&mut Unbind, &mut pat);
    pat
}
