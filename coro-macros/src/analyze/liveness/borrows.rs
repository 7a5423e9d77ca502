//! The borrows of the coroutine's own locals that its state cannot hold: a binding saved at a
//! suspension point while its value borrows another local or a temporary of a head, and a
//! closure that a loop or a branch makes again after a suspension point, each reported at
//! the user's code with the fix.

use std::collections::HashSet;

use super::StateLayout;
use crate::analyze::BindingId;
use crate::analyze::scopes::{BindingKind, ENTRY, Event, Scopes};

impl StateLayout {
    /// Reports every binding that borrows a local of the coroutine and is saved at a
    /// suspension point: the borrowed local moves into the state when the coroutine suspends.
    pub(crate) fn check_borrows(
        &self,
        scopes: &Scopes,
        points: &[crate::ir::SuspensionPoint],
    ) -> syn::Result<()> {
        let mut errors = crate::parse::Errors::default();
        let mut reported = HashSet::new();
        for (point, saved) in self.saved.iter().enumerate() {
            for &binding in saved {
                if let Some(held) = &scopes.bindings[binding].held_borrow {
                    if !reported.insert(binding) {
                        continue;
                    }
                    if let Some(value) = &scopes.bindings[held.local].temporary {
                        let (at, here) = borrowed_temporary_error(scopes, binding, value);
                        errors.push(syn::Error::new(points[point].span, at));
                        errors.push(syn::Error::new_spanned(value, here));
                    } else {
                        let (at, local) = held_borrow_error(scopes, binding, held);
                        errors.push(syn::Error::new(points[point].span, at));
                        errors.push(syn::Error::new_spanned(&held.by, local));
                    }
                    continue;
                }
                let Some((borrowed, borrow)) = &scopes.bindings[binding].borrow_of else {
                    continue;
                };
                if !reported.insert(binding) {
                    continue;
                }
                let name = &scopes.bindings[binding].name;
                let local = crate::analyze::scopes::unraw(&scopes.bindings[*borrowed].name);
                if let Some(value) = &scopes.bindings[*borrowed].temporary {
                    let (at, here) = borrowed_temporary_error(scopes, binding, value);
                    errors.push(syn::Error::new(points[point].span, at));
                    errors.push(syn::Error::new_spanned(value, here));
                    continue;
                }
                let message = if scopes.bindings[binding].kind == BindingKind::ForIterator {
                    format!(
                        "this `for` loop iterates over a borrow of `{local}`, a local of the coroutine, across this suspension point; the coroutine's locals move into its state when it suspends, so the borrow cannot be held; iterate by value (`for x in {local}`), over indices, or over a clone"
                    )
                } else {
                    format!(
                        "`{name}` borrows `{local}`, a local of the coroutine, and is used after this suspension point; the coroutine's locals move into its state when it suspends, so the borrow cannot be held across it; keep an owned value or an index instead"
                    )
                };
                errors.push(syn::Error::new(points[point].span, message));
                errors.push(syn::Error::new_spanned(
                    borrow,
                    format!("`{local}` is borrowed here"),
                ));
            }
        }
        errors.finish()
    }

    /// Reports every binding that holds a closure (see [`Binding::closure`]), is saved at a
    /// suspension point, and is made by code that two entries of the state machine run
    /// (the start and a suspension point, or two points: in a loop that suspends, or after
    /// a construct that may or may not): each entry's copy of the closure is a type of its
    /// own, which the one field of the state cannot hold.
    ///
    /// [`Binding::closure`]: crate::analyze::scopes::Binding::closure
    pub(crate) fn check_closures(&self, scopes: &Scopes) -> syn::Result<()> {
        let mut errors = crate::parse::Errors::default();
        for (binding, info) in scopes.bindings.iter().enumerate() {
            let Some(span) = info.closure else {
                continue;
            };
            let Some(def) = scopes
                .nodes
                .iter()
                .position(|node| node.events.contains(&Event::Def(binding)))
            else {
                continue;
            };
            let entries = std::iter::once(ENTRY)
                .chain(scopes.points.iter().map(|point| point.resume))
                .filter(|&start| {
                    crate::analyze::flow::reached_before_suspending(scopes, start)[def]
                })
                .count();
            if entries < 2 {
                continue;
            }
            let after = crate::analyze::flow::reached_before_suspending(scopes, def);
            let saved_next = self
                .saved
                .iter()
                .zip(&scopes.points)
                .any(|(saved, point)| after[point.node] && saved.contains(&binding));
            if saved_next && crate::names::is_sub_coroutine(&info.name.to_string()) {
                errors.push(syn::Error::new(
                    span,
                    "what this `yield_from!` delegates to holds this closure and is kept across the `yield_from!`'s suspension points, but it is made again after an earlier one (in a loop that suspends, or after code that may suspend); the rewrite emits that code once per suspension point, and each copy of a closure is a type of its own, which the coroutine's state cannot hold; make the iterator or coroutine before the loop or the first `yield_!` and pass that, or box it as a trait object with the type written (`let it: Box<dyn Iterator<Item = ..>> = Box::new(..);`)",
                ));
            } else if saved_next {
                let name = crate::analyze::scopes::unraw(&info.name);
                errors.push(syn::Error::new(
                    span,
                    format!(
                        "`{name}` holds this closure across a suspension point, and the closure is made again after an earlier one (in a loop that suspends, or after code that may suspend); the rewrite emits that code once per suspension point, and each copy of a closure is a type of its own, which the coroutine's state cannot hold; make it before the loop or the first `yield_!`, use a `fn` item, or box it as a trait object with the type written (`let {name}: Box<dyn Fn(..) -> ..> = Box::new(..);`, or `Box<dyn Iterator<Item = ..>>`)"
                    ),
                ));
            }
        }
        errors.finish()
    }
}

/// The messages for `binding`, saved at a suspension point while its value holds a borrow
/// of a temporary of a head, whose value is `value` (`for x in &make()`, `for x in
/// vec![1, 2].iter()`): the one at the suspension point, and the one at the temporary.
fn borrowed_temporary_error(
    scopes: &Scopes,
    binding: BindingId,
    value: &proc_macro2::TokenStream,
) -> (String, String) {
    let value = written(value);
    let why = "the coroutine keeps the temporaries of a head in its state, as its locals, when it suspends, so the borrow cannot be held across it";
    let at = if scopes.bindings[binding].kind == BindingKind::ForIterator {
        format!(
            "this `for` loop iterates over a borrow of `{value}`, a temporary of its head, across this suspension point; {why}; iterate by value (`for x in {value}`), or bind the value to a local and iterate over indices (`let v = {value}; for i in 0..v.len() {{ .. v[i] .. }}`)"
        )
    } else {
        let name = crate::analyze::scopes::unraw(&scopes.bindings[binding].name);
        format!(
            "`{name}` holds a borrow of `{value}`, a temporary, across this suspension point; {why}; bind the value to a local before, and keep an owned value or an index instead of the borrow"
        )
    };
    (at, format!("`{value}` is borrowed here"))
}

/// `tokens` as an error shows them: each token as written where the compiler tells, else
/// with a space only between two words and after a comma.
fn written(tokens: &proc_macro2::TokenStream) -> String {
    use proc_macro2::{Delimiter, TokenTree};
    let mut text = String::new();
    let mut word_before = false;
    for token in tokens.clone() {
        let word = matches!(token, TokenTree::Ident(_) | TokenTree::Literal(_));
        if word && word_before {
            text.push(' ');
        }
        word_before = word;
        if let Some(source) = token.span().source_text() {
            text.push_str(&source);
            continue;
        }
        match token {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                text.push_str(open);
                text.push_str(&written(&group.stream()));
                text.push_str(close);
            }
            TokenTree::Punct(punct) if punct.as_char() == ',' => text.push_str(", "),
            other => text.push_str(&other.to_string()),
        }
    }
    text
}

/// The messages for `binding`, saved at a suspension point while its value holds `held`:
/// the one at the suspension point, and the one at the borrow.
fn held_borrow_error(
    scopes: &Scopes,
    binding: BindingId,
    held: &crate::analyze::scopes::HeldBorrow,
) -> (String, String) {
    let name = crate::analyze::scopes::unraw(&scopes.bindings[binding].name);
    let local = crate::analyze::scopes::unraw(&scopes.bindings[held.local].name);
    let why = "the coroutine's locals move into its state when it suspends, so the borrow cannot be held across it";
    let at = if scopes.bindings[binding].kind == BindingKind::ForIterator {
        format!(
            "this `for` loop iterates over a borrow of `{local}`, a local of the coroutine, across this suspension point; {why}; iterate by value (`for x in {local}`), over indices, or over a clone"
        )
    } else if held.yield_from {
        format!(
            "`yield_from!` runs a coroutine made from a borrow of `{local}`, a local of the coroutine, and keeps it across this suspension point; {why}; give it an owned value instead (move `{local}` in, or a clone of it if `{local}` is used afterwards)"
        )
    } else if held.closure {
        format!(
            "`{name}` is a closure that borrows `{local}`, a local of the coroutine, and is kept across this suspension point; {why}; make it a `move` closure, which owns what it uses (move a clone of `{local}` into it if `{local}` is used afterwards)"
        )
    } else {
        format!(
            "`{name}` holds a borrow of `{local}`, a local of the coroutine, across this suspension point; {why}; end the borrow before it (in a block, or with `drop({name})`), or keep an owned value or an index instead"
        )
    };
    (at, format!("`{local}` is borrowed here"))
}
