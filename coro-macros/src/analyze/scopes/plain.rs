//! The walk over plain syntax: expressions, blocks and macro arguments that cannot suspend.
//! Their uses and assignments become events of the current node; their jumps are collected
//! for the statement that holds them.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::visit::Visit;
use syn::{Expr, Ident, Macro};

use super::declared::OWNED_RESULT;
use super::graph::{Event, Jump};
use super::walk::{Walker, is_plain_name};
use super::{Access, BindingId, BindingKind, Role};
use crate::analyze::sites::{self, MacroArgs, Site};
use crate::lower::{collect_pat_bindings, is_compound_assign};

impl Walker<'_> {
    pub(super) fn expr(&mut self, expr: &Expr) {
        self.visit_with(expr, false);
    }

    /// Walks `expr`, whose value is only borrowed if `borrow`.
    fn visit_with(&mut self, expr: &Expr, borrow: bool) {
        match expr {
            Expr::Path(path) => {
                if path.qself.is_none()
                    && path.path.segments.len() == 1
                    && path.path.leading_colon.is_none()
                {
                    let segment = &path.path.segments[0];
                    if segment.arguments.is_empty() {
                        let site = self.sites.of(&segment.ident);
                        self.use_ident(&segment.ident, site, Role::Value, borrow, true);
                    }
                }
            }
            Expr::Reference(r) => self.visit_with(&r.expr, true),
            // Moving a field moves part of the value (of a local, not of what a method or
            // an index returns: `v[0].0`, `x.get().0` borrow `v` and `x`).
            Expr::Field(f) => {
                let part = !borrow && is_place_of_local(&f.base);
                self.partly(part, |this| this.visit_with(&f.base, borrow));
            }
            Expr::Index(i) => {
                self.visit_with(&i.expr, true);
                let ((), uses) = self.watching(|this| this.expr(&i.index));
                self.two_phase(&i.expr, &uses);
            }
            Expr::Paren(p) => self.visit_with(&p.expr, borrow),
            Expr::Binary(b) => {
                let compare = matches!(
                    b.op,
                    syn::BinOp::Eq(_)
                        | syn::BinOp::Ne(_)
                        | syn::BinOp::Lt(_)
                        | syn::BinOp::Le(_)
                        | syn::BinOp::Gt(_)
                        | syn::BinOp::Ge(_)
                );
                let short_circuit = matches!(b.op, syn::BinOp::And(_) | syn::BinOp::Or(_));
                if is_compound_assign(&b.op) {
                    let ((), uses) = self.watching(|this| this.visit_with(&b.right, false));
                    self.two_phase(&b.left, &uses);
                    self.visit_with(&b.left, true);
                } else {
                    self.visit_with(&b.left, compare);
                    if short_circuit {
                        self.plain.depth += 1;
                    }
                    self.visit_with(&b.right, compare);
                    if short_circuit {
                        self.plain.depth -= 1;
                    }
                }
            }
            Expr::Assign(a) if is_plain_name(&a.left) => {
                self.expr(&a.right);
                if let Some(id) = self.assign_to(&a.left) {
                    self.graph.event(Event::MaybeAssign(id));
                }
            }
            // `_ = x` binds nothing, as `let _ = x;`: a place there is not moved.
            Expr::Assign(a) if matches!(&*a.left, Expr::Infer(_)) => {
                self.visit_with(&a.right, true);
            }
            Expr::Assign(a) => {
                self.expr(&a.right);
                self.visit_with(&a.left, true);
            }
            Expr::Call(c) => {
                if let Expr::Path(path) = &*c.func {
                    // A free callee is a function, not a captured value.
                    if path.qself.is_none()
                        && path.path.segments.len() == 1
                        && path.path.segments[0].arguments.is_empty()
                    {
                        let ident = &path.path.segments[0].ident;
                        self.use_ident(ident, self.sites.of(ident), Role::Callee, false, false);
                    }
                } else {
                    self.expr(&c.func);
                }
                for arg in &c.args {
                    self.expr(arg);
                }
            }
            Expr::Struct(s) => {
                for field in &s.fields {
                    self.expr(&field.expr);
                }
                if let Some(rest) = &s.rest {
                    self.partly(true, |this| this.expr(rest));
                }
            }
            Expr::Closure(c) => {
                let moving = usize::from(c.capture.is_some());
                self.names.push_scope();
                self.plain.depth += 1;
                self.plain.closures += 1;
                self.plain.moving += moving;
                for input in &c.inputs {
                    self.declare_inner(input);
                }
                self.expr(&c.body);
                self.plain.moving -= moving;
                self.plain.closures -= 1;
                self.plain.depth -= 1;
                self.names.pop_scope();
            }
            Expr::Async(a) => {
                let moving = usize::from(a.capture.is_some());
                self.plain.depth += 1;
                self.plain.closures += 1;
                self.plain.moving += moving;
                self.plain_block(&a.block);
                self.plain.moving -= moving;
                self.plain.closures -= 1;
                self.plain.depth -= 1;
            }
            Expr::Block(b) => {
                let label = b.label.as_ref().map(|l| l.name.to_string());
                // A `break` out of a labelled block makes what follows it conditional.
                let labelled = label.is_some();
                self.plain.depth += usize::from(labelled);
                self.with_inner_label(label, |this| this.plain_block(&b.block));
                self.plain.depth -= usize::from(labelled);
            }
            Expr::Unsafe(u) => self.plain_block(&u.block),
            Expr::Const(_) => {}
            Expr::If(i) => {
                let id = self.graph.constructs;
                self.graph.constructs += 1;
                self.names.push_scope();
                self.plain_cond(&i.cond);
                self.plain.depth += 1;
                self.graph.branches.push((id, 0));
                self.plain_block(&i.then_branch);
                self.graph.branches.pop();
                self.names.pop_scope();
                if let Some((_, else_)) = &i.else_branch {
                    self.graph.branches.push((id, 1));
                    self.expr(else_);
                    self.graph.branches.pop();
                }
                self.plain.depth -= 1;
            }
            Expr::Let(l) => {
                // A `let` outside an `if` condition chain: bindings go to the current scope.
                self.scrutinee(&l.expr);
                self.declare_inner(&l.pat);
            }
            Expr::Match(m) => {
                self.scrutinee(&m.expr);
                self.plain.depth += 1;
                let id = self.graph.constructs;
                self.graph.constructs += 1;
                for (index, arm) in m.arms.iter().enumerate() {
                    self.names.push_scope();
                    self.declare_inner(&arm.pat);
                    // (A guard that fails lets the next arm run: not a branch of its own.)
                    if let Some((_, guard)) = &arm.guard {
                        self.expr(guard);
                    }
                    self.graph.branches.push((id, index));
                    self.expr(&arm.body);
                    self.graph.branches.pop();
                    self.names.pop_scope();
                }
                self.plain.depth -= 1;
            }
            Expr::Loop(l) => {
                let label = l.label.as_ref().map(|l| l.name.to_string());
                self.plain.depth += 1;
                self.plain.loops += 1;
                self.with_inner_label(Some(label.unwrap_or_default()), |this| {
                    this.plain_block(&l.body);
                });
                self.plain.loops -= 1;
                self.plain.depth -= 1;
            }
            Expr::While(w) => {
                let label = w.label.as_ref().map(|l| l.name.to_string());
                self.plain.depth += 1;
                self.plain.loops += 1;
                self.with_inner_label(Some(label.unwrap_or_default()), |this| {
                    this.names.push_scope();
                    this.plain_cond(&w.cond);
                    this.plain_block(&w.body);
                    this.names.pop_scope();
                });
                self.plain.loops -= 1;
                self.plain.depth -= 1;
            }
            Expr::ForLoop(f) => {
                self.expr(&f.expr);
                let label = f.label.as_ref().map(|l| l.name.to_string());
                self.plain.depth += 1;
                self.plain.loops += 1;
                self.with_inner_label(Some(label.unwrap_or_default()), |this| {
                    this.names.push_scope();
                    this.declare_inner(&f.pat);
                    this.plain_block(&f.body);
                    this.names.pop_scope();
                });
                self.plain.loops -= 1;
                self.plain.depth -= 1;
            }
            Expr::Break(b) => {
                if let Some(value) = &b.expr {
                    self.expr(value);
                }
                let label = b
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                if !self.plain.inner_labels.contains(&label) {
                    self.graph.jumps.push(Jump::Break(label));
                }
            }
            Expr::Continue(c) => {
                let label = c
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                if !self.plain.inner_labels.contains(&label) {
                    self.graph.jumps.push(Jump::Continue(label));
                }
            }
            Expr::Return(r) => {
                if let Some(value) = &r.expr {
                    self.expr(value);
                }
                if self.plain.closures == 0 {
                    self.graph.jumps.push(Jump::Return);
                }
            }
            Expr::Macro(m) => self.mac(&m.mac),
            // `*x` may move out of a box, or be a place (`&*x`, `*x = v`); `*x.borrow_mut()`
            // borrows `x`.
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                let part = is_place_of_local(&u.expr);
                self.partly(part, |this| this.visit_with(&u.expr, false));
            }
            Expr::MethodCall(m) => {
                // The receiver is borrowed, unless the method is one that moves it, or the
                // receiver is an operand that lowering evaluated early (used once, as the
                // value it stands for).
                let local = self
                    .local_named(&m.receiver)
                    .map(|id| &self.names.bindings[id]);
                let iterator = local.is_some_and(|binding| {
                    binding.iterator || binding.kind == BindingKind::ForIterator
                });
                let operand = local.is_some_and(|binding| binding.kind == BindingKind::Temporary);
                let moved = operand || crate::lower::consumes_receiver(m, iterator);
                let owned = m.turbofish.is_none()
                    && OWNED_RESULT.contains(&m.method.to_string().as_str())
                    && self.local_named(&m.receiver).is_some();
                self.plain.owned_result += usize::from(owned);
                self.visit_with(&m.receiver, !moved);
                self.plain.owned_result -= usize::from(owned);
                let ((), uses) = self.watching(|this| {
                    for arg in &m.args {
                        this.expr(arg);
                    }
                });
                if !moved {
                    self.two_phase(&m.receiver, &uses);
                }
            }
            other => {
                // Everything else: visit the children as consumed values.
                syn::visit::visit_expr(&mut Children(self), other);
            }
        }
    }

    /// The bindings of a pattern inside a plain expression.
    fn declare_inner(&mut self, pat: &syn::Pat) {
        // Patterns hold no uses (paths in them are types or constants).
        let mut idents = Vec::new();
        collect_pat_bindings(pat, &mut idents);
        for (ident, _) in idents {
            self.names.declare_inner(&ident);
        }
    }

    fn with_inner_label(&mut self, label: Option<String>, f: impl FnOnce(&mut Self)) {
        let pushed = label.is_some();
        if let Some(label) = label {
            self.plain.inner_labels.push(label);
        }
        f(self);
        if pushed {
            self.plain.inner_labels.pop();
        }
    }

    fn plain_cond(&mut self, cond: &Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.plain_cond(&b.left);
                self.plain_cond(&b.right);
            }
            Expr::Let(l) => {
                self.scrutinee(&l.expr);
                self.declare_inner(&l.pat);
            }
            other => self.expr(other),
        }
    }

    fn plain_block(&mut self, block: &syn::Block) {
        self.names.push_scope();
        self.plain.assigned_in_block.push(Vec::new());
        for stmt in &block.stmts {
            // Resolved before the statement, recorded after it (its right-hand side reads the
            // value from before).
            let assigned = match stmt {
                syn::Stmt::Expr(Expr::Assign(assign), _) => self.local_named(&assign.left),
                _ => None,
            };
            self.plain_block_stmt(stmt);
            if let (Some(id), Some(block)) = (assigned, self.plain.assigned_in_block.last_mut()) {
                block.push(id);
            }
        }
        self.plain.assigned_in_block.pop();
        self.names.pop_scope();
    }

    /// Walks `f` with every mention in it marked as not of a whole value if `part`.
    /// Runs `f`, returning what it returns and the locals of the coroutine mentioned
    /// meanwhile, with how.
    pub(super) fn watching<R>(
        &mut self,
        f: impl FnOnce(&mut Self) -> R,
    ) -> (R, Vec<(BindingId, Access)>) {
        self.plain.watched.push(Vec::new());
        let result = f(self);
        let uses = self.plain.watched.pop().unwrap_or_default();
        (result, uses)
    }

    /// Marks the local at the base of the place `expr` (`v`, `v.0`, `v[i]`) as one that no
    /// drop flag can stand for if `uses` mention it: the place is borrowed mutably while
    /// they are evaluated (`v.push(v.len())`, `v[v.len() - 1] = x`), which compiles by a
    /// two-phase borrow of `v` that a slot's `DerefMut` would not give.
    pub(super) fn two_phase(&mut self, expr: &Expr, uses: &[(BindingId, Access)]) {
        let mut base = expr;
        loop {
            match base {
                Expr::Paren(p) => base = &p.expr,
                Expr::Field(f) => base = &f.base,
                Expr::Index(i) => base = &i.expr,
                _ => break,
            }
        }
        if let Some(id) = self.local_named(base)
            && uses.iter().any(|&(used, _)| used == id)
        {
            self.names.bindings[id].no_slot = true;
        }
    }

    pub(super) fn partly(&mut self, part: bool, f: impl FnOnce(&mut Self)) {
        self.plain.partial += usize::from(part);
        f(self);
        self.plain.partial -= usize::from(part);
    }

    /// The scrutinee of a `match` or `if let`: a pattern may move parts of a local named
    /// there, or nothing.
    pub(super) fn scrutinee(&mut self, expr: &Expr) {
        let place = matches!(strip_parens(expr), Expr::Path(_));
        self.partly(place, |this| this.expr(expr));
    }

    /// The initializer of a `let` in plain code, and its `else` block (conditional). A
    /// pattern other than a name (`let (a, _) = x;`) may move parts of a local named there;
    /// the pattern `_` moves nothing.
    pub(super) fn local_init(&mut self, pat: &syn::Pat, init: &syn::LocalInit) {
        let named = matches!(strip_type(pat), syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none());
        let place = matches!(strip_parens(&init.expr), Expr::Path(_));
        if matches!(strip_type(pat), syn::Pat::Wild(_)) {
            // `let _ = x;` binds nothing: a place there is not moved.
            self.visit_with(&init.expr, true);
        } else {
            self.partly(place && !named, |this| this.expr(&init.expr));
        }
        if let Some((_, diverge)) = &init.diverge {
            self.plain.depth += 1;
            self.expr(diverge);
            self.plain.depth -= 1;
        }
    }

    fn plain_block_stmt(&mut self, stmt: &syn::Stmt) {
        match stmt {
            syn::Stmt::Local(local) => {
                if let Some(init) = &local.init {
                    self.local_init(&local.pat, init);
                }
                self.declare_inner(&local.pat);
            }
            // A block that runs unconditionally assigns its `x = value;` definitely.
            syn::Stmt::Expr(expr, _) if self.plain.depth == 0 && self.plain.closures == 0 => {
                self.top_expr(expr);
            }
            syn::Stmt::Expr(expr, _) => self.expr(expr),
            syn::Stmt::Macro(mac) => self.mac(&mac.mac),
            syn::Stmt::Item(_) => {}
        }
    }

    /// A macro call: its arguments, if they are expressions (those of a format macro are
    /// borrowed, and its format string names variables), else its tokens.
    pub(super) fn mac(&mut self, mac: &Macro) {
        let sites = self.sites;
        let Some((first, args)) = sites.macro_args(mac) else {
            return;
        };
        match args {
            MacroArgs::Exprs { args, format } => {
                let borrow = *format;
                for (index, arg) in args.iter().enumerate() {
                    if let Some(lit) = sites::format_string(*format, index, arg) {
                        self.format_string(lit, first);
                        continue;
                    }
                    let arg = match arg {
                        // `name = value` in format arguments.
                        Expr::Assign(a) if borrow => &*a.right,
                        other => other,
                    };
                    // What another macro does with its arguments is unknown.
                    self.partly(!borrow, |this| this.visit_with(arg, borrow));
                }
            }
            MacroArgs::Tokens => {
                let mut next = first;
                self.scan_tokens(&mac.tokens, &mut next);
            }
        }
    }

    /// Inline format arguments (`"{x}"`) use a binding too; the first is at site `first`.
    fn format_string(&mut self, lit: &syn::LitStr, first: Site) {
        let value = lit.value();
        for (index, range) in sites::format_names(&value).into_iter().enumerate() {
            // A name that is not an identifier is not a variable (nor valid in a format
            // string).
            let Ok(mut ident) = Ident::parse_any.parse_str(&value[range]) else {
                continue;
            };
            ident.set_span(lit.span());
            self.use_ident(&ident, Some(first + index), Role::Format, true, true);
        }
    }

    /// Uses inside macro arguments that are not expressions: every identifier that names a
    /// local counts as a (consuming) use. `next` is the site of the first identifier.
    fn scan_tokens(&mut self, tokens: &TokenStream, next: &mut Site) {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        for (index, tt) in trees.iter().enumerate() {
            match tt {
                TokenTree::Ident(ident) => {
                    let site = *next;
                    *next += 1;
                    let after_dot = index > 0
                        && matches!(&trees[index - 1], TokenTree::Punct(p) if p.as_char() == '.' || p.as_char() == ':');
                    let before_path = matches!(trees.get(index + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' || p.as_char() == '!');
                    if !after_dot && !before_path {
                        self.use_ident(ident, Some(site), Role::Token, false, false);
                    }
                }
                TokenTree::Group(group) => self.scan_tokens(&group.stream(), next),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }
}

/// Whether a plain statement always jumps away (`return`, `break`, `continue`, possibly
/// inside unlabelled blocks) or panics (`panic!`, `unreachable!`, `todo!`,
/// `unimplemented!`): the graph has no edge past it.
pub(super) fn plain_stmt_diverges(stmt: &syn::Stmt) -> bool {
    match stmt {
        syn::Stmt::Expr(expr, _) => expr_diverges(expr),
        syn::Stmt::Local(local) => local
            .init
            .as_ref()
            .is_some_and(|init| expr_diverges(&init.expr)),
        syn::Stmt::Macro(stmt) => is_diverging_macro(&stmt.mac),
        syn::Stmt::Item(_) => false,
    }
}

/// `panic!`, `unreachable!`, `todo!` and `unimplemented!` (by their last path segment).
fn is_diverging_macro(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|segment| {
        ["panic", "unreachable", "todo", "unimplemented"]
            .iter()
            .any(|name| segment.ident == name)
    })
}

/// See [`plain_stmt_diverges`].
pub(crate) fn expr_diverges(expr: &Expr) -> bool {
    match expr {
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => true,
        Expr::Macro(mac) => is_diverging_macro(&mac.mac),
        Expr::Block(b) if b.label.is_none() => b.block.stmts.iter().any(plain_stmt_diverges),
        Expr::Unsafe(u) => u.block.stmts.iter().any(plain_stmt_diverges),
        Expr::Paren(p) => expr_diverges(&p.expr),
        _ => false,
    }
}

/// Visits the children of an expression with the walker's rules.
struct Children<'w, 'a>(&'w mut Walker<'a>);

impl<'ast> Visit<'ast> for Children<'_, '_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        self.0.expr(expr);
    }
    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.0.plain_block(block);
    }
    fn visit_macro(&mut self, mac: &'ast Macro) {
        self.0.mac(mac);
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// `expr` without its parentheses.
pub(super) fn strip_parens(mut expr: &Expr) -> &Expr {
    while let Expr::Paren(paren) = expr {
        expr = &paren.expr;
    }
    expr
}

/// Whether `expr` is a local or a field of one (`x`, `x.0.f`), whose parts a move may take.
fn is_place_of_local(expr: &Expr) -> bool {
    match expr {
        Expr::Path(_) => true,
        Expr::Paren(p) => is_place_of_local(&p.expr),
        Expr::Field(f) => is_place_of_local(&f.base),
        _ => false,
    }
}

/// `pat` without its type (`x: T` is `x`).
pub(super) fn strip_type(pat: &syn::Pat) -> &syn::Pat {
    match pat {
        syn::Pat::Type(typed) => &typed.pat,
        other => other,
    }
}

/// The names that `expr`, run as a statement, assigns on every path that completes (`x = v;`,
/// or an `if`/`else` or `match` that does so in every branch), or `None` if it never
/// completes. A name that a branch declares anew (`let x`) is left out.
pub(super) fn assigned_on_every_path(expr: &Expr) -> Option<Vec<String>> {
    if expr_diverges(expr) {
        return None;
    }
    match expr {
        Expr::Assign(assign) => Some(match &*assign.left {
            Expr::Path(path) if path.qself.is_none() && path.path.segments.len() == 1 => {
                vec![super::unraw(&path.path.segments[0].ident)]
            }
            _ => Vec::new(),
        }),
        Expr::Paren(paren) => assigned_on_every_path(&paren.expr),
        Expr::Block(block) if block.label.is_none() => block_assigns(&block.block),
        Expr::If(branch) => {
            let Some((_, else_)) = &branch.else_branch else {
                return Some(Vec::new());
            };
            // Less what an `if let` binds.
            let mut then = block_assigns(&branch.then_branch);
            let bound = cond_bindings(&branch.cond);
            if let Some(then) = &mut then {
                then.retain(|name| !bound.contains(name));
            }
            join([then, assigned_on_every_path(else_)])
        }
        Expr::Match(m) if !m.arms.is_empty() => join(m.arms.iter().map(|arm| {
            let mut bound = Vec::new();
            collect_pat_bindings(&arm.pat, &mut bound);
            let mut assigned = assigned_on_every_path(&arm.body)?;
            assigned.retain(|name| !bound.iter().any(|(b, _)| super::unraw(b) == *name));
            Some(assigned)
        })),
        _ => Some(Vec::new()),
    }
}

/// The names that the `let`s of an `if` condition bind.
fn cond_bindings(cond: &Expr) -> Vec<String> {
    match cond {
        Expr::Let(l) => {
            let mut bound = Vec::new();
            collect_pat_bindings(&l.pat, &mut bound);
            bound.iter().map(|(name, _)| super::unraw(name)).collect()
        }
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            let mut bound = cond_bindings(&b.left);
            bound.extend(cond_bindings(&b.right));
            bound
        }
        Expr::Paren(p) => cond_bindings(&p.expr),
        _ => Vec::new(),
    }
}

/// [`assigned_on_every_path`] of a block's statements, in order.
fn block_assigns(block: &syn::Block) -> Option<Vec<String>> {
    let mut assigned = Vec::new();
    let mut declared = Vec::new();
    for stmt in &block.stmts {
        if plain_stmt_diverges(stmt) {
            return None;
        }
        match stmt {
            syn::Stmt::Expr(expr, _) => assigned.extend(assigned_on_every_path(expr)?),
            syn::Stmt::Local(local) => {
                let mut names = Vec::new();
                collect_pat_bindings(&local.pat, &mut names);
                declared.extend(names.iter().map(|(name, _)| super::unraw(name)));
            }
            syn::Stmt::Item(_) | syn::Stmt::Macro(_) => {}
        }
    }
    assigned.retain(|name| !declared.contains(name));
    Some(assigned)
}

/// The names in every list (`None` stands for a branch that never completes).
fn join(branches: impl IntoIterator<Item = Option<Vec<String>>>) -> Option<Vec<String>> {
    branches.into_iter().flatten().reduce(|mut all, branch| {
        all.retain(|name| branch.contains(name));
        all
    })
}
