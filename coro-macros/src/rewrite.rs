//! Stage 4, rewrite: applies what the analysis decided to the parameters and the body,
//! before codegen.
//!
//! - A saved local that another local of its name shadows where it is saved gets a name of
//!   its own, in its declarations and its uses (macro arguments and format strings
//!   included).
//! - For each suspension point that resumes in place, a copy of its loop in which each use
//!   of a saved local is a dereference of the `&mut` into the state that stands for it.
//! - A local declared as a drop-flag slot (`analyze::StateLayout::slots`) is initialized
//!   with `DropFlag::new(..)`; a use of it in place is `(*x)`, a move takes the value out (or
//!   copies it, if its type is `Copy`), an assignment `x = v` refills the slot.
//!
//! ```text
//! // Before:  let x = a(); { let x = 1; yield_!(x); } x
//! // After:   let __coro_x_0 = a(); { let x = 1; yield_!(x); } __coro_x_0
//! // Before (a loop resumed in place):  total += i;
//! // After:                             (*__coro_r0) += i;
//! // Before (`x` a slot):  let x = T(1); if c { consume(x) } yield_!(()); x = T(2);
//! // After:                let mut x = DropFlag::new(T(1));
//! //                       if c { consume({ use ..; (&mut &mut x).__coro_move() }) }
//! //                       yield_!(()); { let v = T(2); DropFlag::set(&mut x, v); }
//! ```
//!
//! The rewrite finds each identifier by its site, counting them in the order of the
//! analysis' `Sites` (`analyze/sites.rs`): the two walks must visit the same identifiers in
//! the same order, which debug builds check.

use std::collections::HashMap;

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident, Macro, Pat, Token};

use crate::analyze::{self, Access, Analysis, MacroArgs, Site};
use crate::ir::{Block, Body, Node, Stmt};
use crate::parse::CoroutineFn;

/// The coroutine, rewritten.
#[derive(Debug)]
pub(crate) struct Rewritten {
    pub(crate) input: CoroutineFn,
    pub(crate) body: Body,
    /// Per suspension point that resumes in place: its loop, running on the state.
    pub(crate) in_place: Vec<Option<Node>>,
}

/// Rewrites `input` and `body` as `analysis` says.
pub(crate) fn rewrite(mut input: CoroutineFn, mut body: Body, analysis: &Analysis) -> Rewritten {
    // The loops are copied before the renaming: sites count identifiers as they were.
    let in_place = analysis
        .in_place
        .iter()
        .map(|plan| {
            let plan = plan.as_ref()?;
            let stmt = body.block.find(plan.loop_stmt);
            let mut node = match stmt {
                Some(Stmt::Let { init: node, .. } | Stmt::Expr { node, .. }) => node.clone(),
                _ => unreachable!("the loop of an in-place entry is a statement"),
            };
            let mut rewriter = Rewriter::new(plan.sites.start, &analysis.renames, &plan.derefs)
                .with_slots(&analysis.slot_sites, &input.krate);
            rewriter.node(&mut node);
            debug_assert_eq!(rewriter.next, plan.sites.end, "the loop's sites");
            Some(node)
        })
        .collect();
    if !analysis.renames.is_empty()
        || !analysis.slot_sites.is_empty()
        || !analysis.redeclared.is_empty()
    {
        let no_derefs = HashMap::new();
        let krate = input.krate.clone();
        let mut rewriter = Rewriter::new(0, &analysis.renames, &no_derefs)
            .with_slots(&analysis.slot_sites, &krate);
        rewriter.redeclared = Some(&analysis.redeclared);
        for param in &mut input.inputs {
            let before = rewriter.slot_names.len();
            rewriter.visit_pat_mut(&mut param.pat);
            // A parameter declared as a slot is bound `mut` (codegen wraps its value).
            if rewriter.slot_names.len() != before
                && let Pat::Ident(ident) = &mut param.pat
            {
                ident.mutability.get_or_insert_with(Default::default);
            }
        }
        if let Some((pat, _)) = &mut input.resume {
            rewriter.visit_pat_mut(pat);
        }
        rewriter.block(&mut body.block);
        debug_assert_eq!(rewriter.next, analysis.sites, "every site");
    }
    Rewritten {
        input,
        body,
        in_place,
    }
}

struct Rewriter<'a> {
    /// The site of the next identifier.
    next: Site,
    renames: &'a HashMap<Site, Ident>,
    derefs: &'a HashMap<Site, Ident>,
    /// How many identifiers have been changed so far.
    changed: usize,
    /// Whether a pattern is being visited (patterns nest).
    in_pattern: bool,
    /// What the mentions of the locals declared as slots do, by site.
    slots: Option<&'a HashMap<Site, Access>>,
    krate: Option<&'a syn::Path>,
    /// The names (as rewritten) of the slots declared so far.
    slot_names: Vec<Ident>,
    /// Sites of declarations that a later entry repeats (see `Analysis::redeclared`).
    redeclared: Option<&'a std::collections::HashSet<Site>>,
    /// How many of those were met so far.
    redeclared_met: usize,
}

impl<'a> Rewriter<'a> {
    fn new(
        first: Site,
        renames: &'a HashMap<Site, Ident>,
        derefs: &'a HashMap<Site, Ident>,
    ) -> Self {
        Rewriter {
            next: first,
            renames,
            derefs,
            changed: 0,
            in_pattern: false,
            slots: None,
            krate: None,
            slot_names: Vec::new(),
            redeclared: None,
            redeclared_met: 0,
        }
    }

    /// What the mention of a slot at `site` does, if it is one.
    fn slot(&self, site: Site) -> Option<Access> {
        self.slots?.get(&site).copied()
    }

    fn with_slots(mut self, slots: &'a HashMap<Site, Access>, krate: &'a syn::Path) -> Self {
        self.slots = Some(slots);
        self.krate = Some(krate);
        self
    }

    /// `let pat = init;` whose pattern declared the slots `names`: `let mut x =
    /// DropFlag::new(init);`, or for another pattern `let (mut x, y) = { let pat = init;
    /// (DropFlag::new(x), y) };`.
    fn slot_local(&self, local: &mut syn::Local, names: &[Ident]) {
        let Some(krate) = self.krate else {
            return;
        };
        let Some(init) = &mut local.init else {
            return;
        };
        let (pat, ty) = match &local.pat {
            Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
            other => (other, None),
        };
        let expr = &init.expr;
        if let Pat::Ident(ident) = pat
            && ident.by_ref.is_none()
            && ident.subpat.is_none()
        {
            let name = &ident.ident;
            // The type written, if any, is the value's (coerced to it).
            let ty = ty.map(|ty| quote::quote!(::<#ty>));
            let slot: Expr = syn::parse_quote!(#krate::DropFlag #ty ::new(#expr));
            local.pat = syn::parse_quote!(mut #name);
            *init.expr = slot;
            return;
        }
        let mut bindings = Vec::new();
        crate::lower::collect_pat_bindings(pat, &mut bindings);
        let mut seen = std::collections::HashSet::new();
        bindings.retain(|(ident, _)| seen.insert(ident.to_string()));
        let outer = bindings.iter().map(|(ident, mutable)| {
            if *mutable || names.contains(ident) {
                quote::quote!(mut #ident)
            } else {
                quote::quote!(#ident)
            }
        });
        let values = bindings.iter().map(|(ident, _)| {
            if names.contains(ident) {
                quote::quote!(#krate::DropFlag::new(#ident))
            } else {
                quote::quote!(#ident)
            }
        });
        let mut inner = local.pat.clone();
        NoMut.visit_pat_mut(&mut inner);
        local.pat = syn::parse_quote!((#(#outer,)*));
        let slots: Expr = syn::parse_quote!({ let #inner = #expr; (#(#values,)*) });
        *init.expr = slots;
    }

    /// The expression that stands for a mention of a slot at `site` whose place is `base`,
    /// or `None` if the site is not one. It is located at the mention, so that an error in
    /// it (a by-value method not on the list, called on the slot) is reported there.
    fn slot_mention(&self, site: Site, base: &Expr) -> Option<Expr> {
        let krate = self.krate?;
        let span = proc_macro2::Span::call_site().located_at(base.span());
        match self.slot(site)? {
            Access::Place => Some(syn::parse_quote_spanned!(span=> (*#base))),
            Access::Move => Some(syn::parse_quote_spanned!(span=> {
                use #krate::__private::{SlotCopy as _, SlotMove as _};
                (&mut &mut #base).__coro_move()
            })),
            Access::Declaration | Access::Assign | Access::Other => None,
        }
    }

    fn take(&mut self) -> Site {
        self.next += 1;
        self.next - 1
    }

    /// In the order of `Sites::block` (`analyze/sites.rs`).
    fn block(&mut self, block: &mut Block) {
        for stmt in &mut block.stmts {
            match stmt {
                Stmt::Plain(stmt) => {
                    let before = self.slot_names.len();
                    let redeclared = self.redeclared_met;
                    self.visit_stmt_mut(stmt);
                    if self.slot_names.len() != before
                        && let syn::Stmt::Local(local) = stmt
                    {
                        let names = self.slot_names[before..].to_vec();
                        self.slot_local(local, &names);
                    }
                    // `let x: T;` assigned only after a suspension point: the entry that
                    // declares it may not use it.
                    if self.redeclared_met != redeclared
                        && let syn::Stmt::Local(local) = stmt
                        && local.init.is_none()
                    {
                        local
                            .attrs
                            .push(syn::parse_quote!(#[allow(unused_variables)]));
                    }
                }
                Stmt::Let { pat, init, .. } => {
                    self.visit_pat_mut(pat);
                    self.node(init);
                }
                Stmt::Expr { node, .. } => self.node(node),
            }
        }
    }

    fn node(&mut self, node: &mut Node) {
        match node {
            Node::Plain(expr) | Node::Suspend { value: expr, .. } => self.visit_expr_mut(expr),
            Node::Block { block, .. } | Node::Loop { body: block, .. } => self.block(block),
            Node::If { cond, then, else_ } => {
                self.visit_expr_mut(cond);
                self.block(then);
                if let Some(else_) = else_ {
                    self.block(else_);
                }
            }
            Node::Match { scrutinee, arms } => {
                self.visit_expr_mut(scrutinee);
                for arm in arms {
                    self.visit_pat_mut(&mut arm.pat);
                    if let Some(guard) = &mut arm.guard {
                        self.visit_expr_mut(guard);
                    }
                    self.block(&mut arm.body);
                }
            }
        }
    }

    /// The new text of the name at the next site, if it changes.
    fn new_name(&mut self) -> Option<&'a Ident> {
        let site = self.take();
        let new = self.derefs.get(&site).or_else(|| self.renames.get(&site));
        self.changed += usize::from(new.is_some());
        new
    }

    /// A format string, with the new names of the variables it names.
    fn format_string(&mut self, lit: &mut syn::LitStr) {
        let value = lit.value();
        let mut out = String::with_capacity(value.len());
        let mut at = 0;
        let mut changed = false;
        for range in analyze::format_names(&value) {
            out.push_str(&value[at..range.start]);
            match self.new_name() {
                Some(new) => {
                    out.push_str(&new.to_string());
                    changed = true;
                }
                None => out.push_str(&value[range.clone()]),
            }
            at = range.end;
        }
        out.push_str(&value[at..]);
        if changed {
            *lit = syn::LitStr::new(&out, lit.span());
        }
    }

    /// Tokens with the new names of the identifiers among them, if any changes.
    fn tokens(&mut self, tokens: &TokenStream) -> Option<TokenStream> {
        let mut changed = false;
        let out: TokenStream = tokens
            .clone()
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Ident(ident) => {
                    let site = self.take();
                    match self.renames.get(&site) {
                        Some(new) => {
                            changed = true;
                            self.changed += 1;
                            TokenTree::Ident(Ident::new(&new.to_string(), ident.span()))
                        }
                        None => TokenTree::Ident(ident),
                    }
                }
                TokenTree::Group(group) => match self.tokens(&group.stream()) {
                    Some(stream) => {
                        changed = true;
                        let mut new = Group::new(group.delimiter(), stream);
                        new.set_span(group.span());
                        TokenTree::Group(new)
                    }
                    None => TokenTree::Group(group),
                },
                other => other,
            })
            .collect();
        changed.then_some(out)
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_ident_mut(&mut self, ident: &mut Ident) {
        let site = self.take();
        if let Some(new) = self.renames.get(&site) {
            *ident = Ident::new(&new.to_string(), ident.span());
            self.changed += 1;
        }
        if self.slot(site) == Some(Access::Declaration) {
            self.slot_names.push(ident.clone());
        }
        if self.redeclared.is_some_and(|sites| sites.contains(&site)) {
            self.redeclared_met += 1;
        }
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Path(path) = expr
            && path.qself.is_none()
            && path.path.segments.len() == 1
        {
            for attr in &mut path.attrs {
                self.visit_attribute_mut(attr);
            }
            // The path's first identifier is its segment's.
            let site = self.next;
            self.visit_path_mut(&mut path.path);
            if let Some(reference) = self.derefs.get(&site) {
                self.changed += 1;
                *expr = syn::parse_quote!((*#reference));
            }
            if let Some(new) = self.slot_mention(site, expr) {
                self.changed += 1;
                *expr = new;
            }
            return;
        }
        if let Expr::Assign(assign) = expr
            && assign.attrs.is_empty()
            && matches!(&*assign.left, Expr::Path(left) if left.attrs.is_empty())
            && self.slot(self.next) == Some(Access::Assign)
            && let Some(krate) = self.krate
        {
            // `x = v` refills the slot: `v` first, as the assignment evaluates it.
            self.visit_expr_mut(&mut assign.left);
            self.visit_expr_mut(&mut assign.right);
            // (The place, renamed or through the state's reference.)
            let place = &assign.left;
            let value = &assign.right;
            self.changed += 1;
            *expr = syn::parse_quote!({
                let __coro_value = #value;
                #krate::DropFlag::set(&mut #place, __coro_value);
            });
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }

    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        let shorthand = field.colon_token.is_none();
        syn::visit_mut::visit_field_value_mut(self, field);
        // `S { x }` whose `x` changed is `S { x: new }`.
        if shorthand
            && let syn::Member::Named(member) = &field.member
            && !matches!(&field.expr, Expr::Path(p) if p.path.is_ident(member))
        {
            field.colon_token = Some(Token![:](member.span()));
        }
    }

    fn visit_pat_mut(&mut self, pat: &mut Pat) {
        if self.in_pattern {
            syn::visit_mut::visit_pat_mut(self, pat);
            return;
        }
        self.in_pattern = true;
        let before = self.changed;
        syn::visit_mut::visit_pat_mut(self, pat);
        self.in_pattern = false;
        if self.changed != before {
            // A field pattern `S { x }` whose binding is renamed needs its field's name; every
            // field pattern of the declaration is written out.
            ExplicitFields.visit_pat_mut(pat);
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut Macro) {
        self.visit_path_mut(&mut mac.path);
        match MacroArgs::of(mac) {
            MacroArgs::Exprs { mut args, format } => {
                let before = self.changed;
                for (index, arg) in args.iter_mut().enumerate() {
                    if analyze::format_string(format, index, arg).is_some()
                        && let Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(lit),
                            ..
                        }) = arg
                    {
                        self.format_string(lit);
                    } else {
                        self.visit_expr_mut(arg);
                    }
                }
                if self.changed != before {
                    mac.tokens = args.into_token_stream();
                }
            }
            MacroArgs::Tokens => {
                if let Some(tokens) = self.tokens(&mac.tokens) {
                    mac.tokens = tokens;
                }
            }
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Removes `mut` from the bindings of a pattern (whose values the rewrite moves on).
struct NoMut;

impl VisitMut for NoMut {
    fn visit_pat_ident_mut(&mut self, ident: &mut syn::PatIdent) {
        ident.mutability = None;
        syn::visit_mut::visit_pat_ident_mut(self, ident);
    }

    fn visit_expr_mut(&mut self, _: &mut Expr) {}
}

/// Writes `S { x }` as `S { x: x }` in a pattern (not in expressions inside it).
struct ExplicitFields;

impl VisitMut for ExplicitFields {
    fn visit_field_pat_mut(&mut self, field: &mut syn::FieldPat) {
        if field.colon_token.is_none() {
            field.colon_token = Some(Token![:](proc_macro2::Span::call_site()));
        }
        syn::visit_mut::visit_field_pat_mut(self, field);
    }

    fn visit_expr_mut(&mut self, _: &mut Expr) {}
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    /// The expansion of `coro!(closure)`, as text.
    fn expanded(closure: &str) -> String {
        let tokens = TokenStream::from_str(closure).expect("tokens");
        crate::expand::coro(tokens).to_string()
    }

    #[test]
    fn a_shadowed_saved_local_is_renamed_wherever_it_is_named() {
        let out = expanded(
            r#"|| {
                let x = String::from("a");
                {
                    let x = 1;
                    yield_!(x);
                }
                print!("{x}");
                let n = s(&x) + m!{ x };
                T { x, n }
            }"#,
        );
        assert!(
            out.contains(r#"let __coro_x_0 = String :: from ("a")"#),
            "{out}"
        );
        assert!(out.contains(r#"print ! ("{__coro_x_0}")"#), "{out}");
        assert!(out.contains("s (& __coro_x_0)"), "{out}");
        assert!(out.contains("m ! { __coro_x_0 }"), "{out}");
        assert!(out.contains("T { x : __coro_x_0 , n }"), "{out}");
        // The shadowing local keeps its name.
        assert!(out.contains("let x = 1 ;"), "{out}");
        assert!(out.contains("let __coro_y = x ;"), "{out}");
    }

    #[test]
    fn a_renamed_field_binding_names_its_field() {
        let out = expanded(
            "|| { let S { x, y } = s(); let z = (&x).len(); let x = 1; yield_!(()); (x, y, z) }",
        );
        assert!(out.contains("let S { x : __coro_x_0 , y : y }"), "{out}");
    }

    #[test]
    fn a_loop_resumed_in_place_works_through_references() {
        let out = expanded(
            r#"|| {
                let mut total = 0u64;
                for i in 0..3u64 {
                    total += i;
                    println!("{total}");
                    yield_!(i);
                }
                total
            }"#,
        );
        assert!(out.contains("Suspend0 { total : __coro_r0"), "{out}");
        assert!(out.contains("(* __coro_r0) += i"), "{out}");
        assert!(out.contains(r#""{__coro_r0}""#), "{out}");
    }

    #[test]
    fn sibling_loops_with_one_label_are_two_loops() {
        let out = expanded(
            "|| {
                let mut t = 0u32;
                'a: for i in 0..2u32 { t += i; yield_!(i); }
                'a: for j in 0..2u32 { t += j; yield_!(j); }
                t
            }",
        );
        assert!(out.contains("(* __coro_r0) += i"), "{out}");
        assert!(out.contains("(* __coro_r0) += j"), "{out}");
    }
}
