//! Jumps out of a loop being re-entered: the loop's first iteration runs inside labelled
//! blocks, which its `break` and `continue` leave instead.

use std::collections::HashMap;

use syn::visit_mut::VisitMut;
use syn::{Expr, Lifetime};

/// Rewrites `break 'l` to `break 'exit` and `continue 'l` to `break 'cont`.
pub(super) struct Relabeler {
    pub(super) map: HashMap<String, (Lifetime, Lifetime)>,
}

impl VisitMut for Relabeler {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => {}
            Expr::Break(b) => {
                if let Some(label) = &b.label
                    && let Some((exit, _)) = self.map.get(&label.to_string())
                {
                    // At the user's label, resolving where the block's label is declared.
                    b.label = Some(Lifetime::new(
                        &exit.to_string(),
                        exit.span().located_at(label.span()),
                    ));
                }
                syn::visit_mut::visit_expr_break_mut(self, b);
            }
            Expr::Continue(c) => {
                if let Some(label) = &c.label
                    && let Some((_, cont)) = self.map.get(&label.to_string())
                {
                    let cont =
                        Lifetime::new(&cont.to_string(), cont.span().located_at(label.span()));
                    *expr = syn::parse_quote!(break #cont);
                }
            }
            Expr::Loop(syn::ExprLoop { label: Some(l), .. })
            | Expr::While(syn::ExprWhile { label: Some(l), .. })
            | Expr::ForLoop(syn::ExprForLoop { label: Some(l), .. })
            | Expr::Block(syn::ExprBlock { label: Some(l), .. })
                if self.map.contains_key(&l.name.to_string()) =>
            {
                // A nested label of the same name shadows ours.
                let name = l.name.to_string();
                let saved = self.map.remove(&name);
                syn::visit_mut::visit_expr_mut(self, expr);
                if let Some(saved) = saved {
                    self.map.insert(name, saved);
                }
            }
            _ => syn::visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

pub(super) trait Relabel {
    fn relabel(&mut self, relabeler: &mut Relabeler);
}

impl Relabel for Expr {
    fn relabel(&mut self, relabeler: &mut Relabeler) {
        relabeler.visit_expr_mut(self);
    }
}

impl Relabel for syn::Stmt {
    fn relabel(&mut self, relabeler: &mut Relabeler) {
        relabeler.visit_stmt_mut(self);
    }
}
