//! The walk over the IR: its blocks, statements and nodes, which declare the coroutine's
//! bindings and shape the control-flow graph.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit::Visit;
use syn::{Expr, Ident, Pat};

use super::graph::{Event, Graph};
use super::plain;
use super::resolve::{Res, Resolver};
use super::{BindingId, BindingKind, HeldBorrow, Mention, Role, Scopes, unraw};
use crate::analyze::sites::{Site, Sites};
use crate::ir::{self, Block, Body, Hidden, Node, Stmt, StmtId};
use crate::lower::collect_pat_bindings;
use crate::parse::CoroutineFn;

pub(super) struct Walker<'a> {
    pub(super) sites: &'a Sites<'a>,
    body: &'a Body,
    pub(super) names: Resolver,
    pub(super) graph: Graph,
    /// What the identifiers at the sites found so far name.
    mentions: HashMap<Site, Mention>,
    /// Bindings of the parameters, then the captures.
    inputs: Vec<BindingId>,
    /// How the plain code being walked runs.
    pub(super) plain: PlainContext,
}

/// Where the plain code being walked is.
#[derive(Default)]
pub(super) struct PlainContext {
    /// Labels defined inside the plain expression being walked.
    pub(super) inner_labels: Vec<String>,
    /// Nesting of conditional code inside the plain expression being walked (an assignment
    /// statement at nesting 0 is definite).
    pub(super) depth: usize,
    /// Nesting of closures and `async` blocks, whose `return` is their own.
    pub(super) closures: usize,
    /// Nesting of `move` closures and `async move` blocks, which take the locals they name
    /// by value.
    pub(super) moving: usize,
    /// Per plain block being walked: the locals an assignment statement earlier in it
    /// assigned. A later read in the block reads that value, not one from before the
    /// statement (see [`Event::Reuse`]).
    pub(super) assigned_in_block: Vec<Vec<BindingId>>,
}

impl<'a> Walker<'a> {
    /// A walk of `body` with the `captures` of a `coro!` declared, looking for free
    /// variables if `collect_free`.
    pub(super) fn new(
        body: &'a Body,
        sites: &'a Sites<'a>,
        captures: &[Ident],
        collect_free: bool,
    ) -> Self {
        let mut walker = Walker {
            sites,
            body,
            names: Resolver::new(collect_free),
            graph: Graph::new(),
            mentions: HashMap::new(),
            inputs: Vec::new(),
            plain: PlainContext::default(),
        };
        for capture in captures {
            let id = walker
                .names
                .declare(capture.clone(), true, BindingKind::Capture);
            walker.inputs.push(id);
            walker.graph.event(Event::Def(id));
        }
        walker
    }

    pub(super) fn run(mut self, input: &CoroutineFn) -> Self {
        // Parameters first, then the `#[resume]` parameter, all in the parameter scope.
        let mut params = Vec::new();
        for param in &input.inputs {
            let declared = self.declare_pat(&param.pat, BindingKind::Param);
            if declared.len() == 1 && is_plain_ident(&param.pat) {
                let binding = &mut self.names.bindings[declared.start];
                binding.known_copy = param.copy;
                binding.owned = param.owned;
            }
            params.extend(declared);
        }
        // Captures were declared in `new`; keep `inputs` as parameters then captures.
        let captures = std::mem::replace(&mut self.inputs, params);
        self.inputs.extend(captures);
        if let Some((pat, _)) = &input.resume {
            self.declare_pat(pat, BindingKind::Resume);
        }
        self.block(&self.body.block);
        self.graph.complete();
        self
    }

    pub(super) fn finish(self, captures: Vec<Ident>) -> Scopes {
        Scopes {
            bindings: self.names.bindings,
            inputs: self.inputs,
            captures,
            mentions: self.mentions,
            loops: self.graph.loops,
            nodes: self.graph.nodes,
            points: self.graph.points,
            stmts: self.graph.stmts,
        }
    }

    pub(super) fn free(self) -> Vec<Ident> {
        self.names.free()
    }

    // ----- bindings -----

    /// What a local that `name` declares is: one that lowering made, or the user's.
    fn local_kind(&self, name: &Ident) -> BindingKind {
        match self.body.hidden.get(name) {
            Some(Hidden::ForIterator) => BindingKind::ForIterator,
            Some(Hidden::Temporary) => BindingKind::Temporary,
            Some(Hidden::Scoped) | None => BindingKind::Local,
        }
    }

    /// Declares the bindings of a pattern at coroutine level, as `kind` (or, for
    /// [`BindingKind::Local`], what the names say), noting where the pattern names them.
    fn declare_pat(&mut self, pat: &Pat, kind: BindingKind) -> std::ops::Range<BindingId> {
        let first = self.names.bindings.len();
        let mut idents = Vec::new();
        collect_pat_bindings(pat, &mut idents);
        for (ident, mutable) in idents {
            let kind = match kind {
                BindingKind::Local => self.local_kind(&ident),
                other => other,
            };
            let id = self.names.declare(ident.clone(), mutable, kind);
            // A `ref` binding is a reference: kept only while used, as one a `let` declares.
            self.names.bindings[id].reference = binds_by_ref(pat, &ident);
            self.mention_in_pattern(pat, &ident, id);
            self.graph.event(Event::Def(id));
        }
        first..self.names.bindings.len()
    }

    /// Declares the pattern of a `let` at coroutine level, noting an explicit borrow.
    fn declare_let(&mut self, pat: &Pat, init: Option<&Expr>) {
        let borrow = init.and_then(|init| self.borrowed_local(init));
        let held = init.and_then(|init| self.held_borrow(init));
        let declared = self.declare_pat(pat, BindingKind::Local);
        if let Some(argument) = yield_from_argument(pat, init) {
            self.names.bindings[declared.start].closure = makes_closure(argument);
        }
        if declared.len() == 1 {
            let binding = &mut self.names.bindings[declared.start];
            binding.borrow_of = borrow;
            binding.known_copy = declares_copy(pat, init);
            if let Pat::Type(typed) = pat
                && matches!(&*typed.pat, Pat::Ident(_))
            {
                binding.ty = Some((*typed.ty).clone());
            }
            binding.iterator = init.is_some_and(crate::lower::makes_iterator);
            binding.reference |= declares_reference(pat, init);
            binding.held_borrow = held;
            binding.owned = declares_owned(pat, init);
            // (A type written on the binding may erase the closure's: `Box<dyn Fn(..)>`.)
            if !matches!(pat, Pat::Type(_)) {
                binding.closure = init.and_then(makes_closure);
            }
        }
    }

    /// Notes every identifier of `pat` that binds `ident` (in each alternative of an
    /// or-pattern) as a declaration of `binding`.
    fn mention_in_pattern(&mut self, pat: &Pat, ident: &Ident, binding: BindingId) {
        struct Find<'i>(&'i Ident, Vec<&'i Ident>);
        impl<'ast: 'i, 'i> Visit<'ast> for Find<'i> {
            fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
                if p.ident == *self.0 {
                    self.1.push(&p.ident);
                }
                syn::visit::visit_pat_ident(self, p);
            }
            fn visit_expr(&mut self, _: &'ast Expr) {}
        }
        let mut find = Find(ident, Vec::new());
        find.visit_pat(pat);
        for found in find.1 {
            self.mention(self.sites.of(found), binding, Role::Declaration);
        }
    }

    pub(super) fn mention(&mut self, site: Option<Site>, binding: BindingId, role: Role) {
        if let Some(site) = site {
            self.mentions.insert(site, Mention { binding, role });
        }
    }

    /// Records a use of `ident` (found at `site`, named as `role`): moved unless `borrow`;
    /// `may_capture` when a free name there would be a captured variable.
    pub(super) fn use_ident(
        &mut self,
        ident: &Ident,
        site: Option<Site>,
        role: Role,
        borrow: bool,
        may_capture: bool,
    ) {
        match self.names.resolve(&unraw(ident)) {
            Some(Res::Local(binding)) => {
                // (A name a `move` closure uses is one of its captures: the closure's own
                // bindings resolve to `Res::Inner`.)
                let consume = !borrow || self.plain.moving > 0;
                if self
                    .plain
                    .assigned_in_block
                    .iter()
                    .flatten()
                    .any(|&b| b == binding)
                {
                    self.graph.event(Event::Reuse { binding, consume });
                } else {
                    self.graph.event(Event::Use { binding, consume });
                }
                self.mention(site, binding, role);
            }
            Some(Res::Inner) => {}
            None => {
                if may_capture {
                    self.names.note_free(ident);
                }
            }
        }
    }

    /// The local that `init` explicitly borrows: `&a`, `&mut a`, or
    /// `IntoIterator::into_iter(&a)` (how a `for` loop over `&a` starts). A projection
    /// (`&a.b`, `&a[i]`) is not reported: through a reference `a`, it borrows other data.
    fn borrowed_local(&self, init: &Expr) -> Option<(BindingId, TokenStream)> {
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
    fn held_borrow(&self, init: &Expr) -> Option<HeldBorrow> {
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
                let mut methods = Vec::new();
                let mut receiver = init;
                loop {
                    receiver = match receiver {
                        Expr::MethodCall(m) => {
                            methods.push(&m.method);
                            &m.receiver
                        }
                        Expr::Try(t) => &t.expr,
                        Expr::Paren(p) => &p.expr,
                        _ => break,
                    };
                }
                let (innermost, outer) = methods.split_last()?;
                let keeps = |name: &Ident| KEEPS_BORROW.iter().any(|m| name == m);
                let passes = |name: &Ident| keeps(name) || PASSES_BORROW.iter().any(|m| name == m);
                if !keeps(innermost) || !outer.iter().all(|name| passes(name)) {
                    return None;
                }
                let local = self.local_named(receiver)?;
                self.names.bindings[local].owned.then(|| HeldBorrow {
                    local,
                    by: init.to_token_stream(),
                    closure: false,
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
        })
    }

    /// The local that the bare name `expr` stands for, if it is one.
    pub(super) fn local_named(&self, expr: &Expr) -> Option<BindingId> {
        match expr {
            Expr::Path(path) if is_plain_name(expr) => {
                match self.names.resolve(&unraw(&path.path.segments[0].ident)) {
                    Some(Res::Local(id)) => Some(id),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The target of `name = value`: the local assigned, if it is one, noted as named there.
    pub(super) fn assign_to(&mut self, left: &Expr) -> Option<BindingId> {
        let id = self.local_named(left)?;
        if let Expr::Path(path) = left {
            self.mention(self.sites.of(&path.path.segments[0].ident), id, Role::Value);
        }
        Some(id)
    }

    // ----- the IR -----

    fn block(&mut self, block: &'a Block) {
        let saved = self.names.current_scope;
        self.names.current_scope = block.scope;
        self.names.push_scope();
        self.stmts(block);
        self.names.pop_scope();
        self.names.current_scope = saved;
    }

    /// The statements of `block`, in the current scope.
    fn stmts(&mut self, block: &'a Block) {
        for (index, stmt) in block.stmts.iter().enumerate() {
            let id = block.id(index);
            self.graph.enter_stmt(id);
            match stmt {
                Stmt::Plain(stmt) => self.plain_stmt(stmt),
                Stmt::Let { pat, init, .. } => {
                    self.node(init, id);
                    let plain = match init {
                        Node::Plain(expr) => Some(expr),
                        _ => None,
                    };
                    self.declare_let(pat, plain);
                }
                Stmt::Expr { node, .. } => self.node(node, id),
            }
            self.graph.leave_stmt(id);
        }
    }

    /// The node of statement `id`.
    fn node(&mut self, node: &'a Node, id: StmtId) {
        match node {
            Node::Plain(expr) => {
                self.top_expr(expr);
                self.graph.diverges = plain::expr_diverges(expr);
                self.graph.flush_jumps();
            }
            Node::Suspend { value, .. } => {
                self.top_expr(value);
                self.graph.flush_jumps();
                self.graph.suspend(self.names.in_scope.clone());
            }
            Node::Block { label, block, .. } => match label {
                Some(label) => {
                    let exit = self.graph.new_node();
                    self.graph.enter_block(label.name.to_string(), exit);
                    self.block(block);
                    self.graph.leave();
                    self.graph.edge(self.graph.cur, exit);
                    self.graph.cur = exit;
                }
                None => self.block(block),
            },
            Node::If { cond, then, else_ } => {
                let saved = self.names.current_scope;
                self.names.current_scope = then.scope;
                self.names.push_scope();
                self.cond(cond);
                self.graph.flush_jumps();
                let branch = self.graph.cur;
                let join = self.graph.new_node();
                self.graph.cur = self.graph.new_node();
                self.graph.edge(branch, self.graph.cur);
                self.stmts(then);
                self.names.pop_scope();
                self.names.current_scope = saved;
                self.graph.edge(self.graph.cur, join);
                match else_ {
                    Some(else_) => {
                        self.graph.cur = self.graph.new_node();
                        self.graph.edge(branch, self.graph.cur);
                        self.block(else_);
                        self.graph.edge(self.graph.cur, join);
                    }
                    None => self.graph.edge(branch, join),
                }
                self.graph.cur = join;
            }
            Node::Match { scrutinee, arms } => {
                self.top_expr(scrutinee);
                self.graph.flush_jumps();
                let branch = self.graph.cur;
                let join = self.graph.new_node();
                for arm in arms {
                    self.graph.cur = self.graph.new_node();
                    self.graph.edge(branch, self.graph.cur);
                    let saved = self.names.current_scope;
                    self.names.current_scope = arm.body.scope;
                    self.names.push_scope();
                    self.declare_pat(&arm.pat, BindingKind::Local);
                    if let Some(guard) = &arm.guard {
                        self.top_expr(guard);
                        self.graph.flush_jumps();
                    }
                    self.stmts(&arm.body);
                    self.names.pop_scope();
                    self.names.current_scope = saved;
                    self.graph.edge(self.graph.cur, join);
                }
                self.graph.cur = join;
            }
            Node::Loop { label, body } => {
                let head = self.graph.new_node();
                let exit = self.graph.new_node();
                self.graph.edge(self.graph.cur, head);
                self.graph.cur = head;
                self.graph.enter_loop(label.to_string(), id, head, exit);
                self.block(body);
                self.graph.leave();
                self.graph.edge(self.graph.cur, head);
                self.graph.cur = exit;
            }
        }
    }

    /// The condition of an IR `if`: its `let`s bind at coroutine level into the `then` scope.
    fn cond(&mut self, cond: &Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.cond(&b.left);
                // The right side runs only if the left holds.
                self.plain.depth += 1;
                self.cond(&b.right);
                self.plain.depth -= 1;
            }
            Expr::Let(l) => {
                self.expr(&l.expr);
                self.declare_pat(&l.pat, BindingKind::Local);
            }
            other => self.expr(other),
        }
    }

    /// A plain statement of an IR block.
    fn plain_stmt(&mut self, stmt: &syn::Stmt) {
        self.graph.diverges = plain::plain_stmt_diverges(stmt);
        match stmt {
            syn::Stmt::Local(local) => {
                if let Some(init) = &local.init {
                    self.local_init(init);
                    self.declare_let(&local.pat, Some(&init.expr));
                } else {
                    // `let x;`: declared, assigned later.
                    let mut idents = Vec::new();
                    collect_pat_bindings(&local.pat, &mut idents);
                    for (ident, mutable) in idents {
                        let kind = self.local_kind(&ident);
                        let id = self.names.declare(ident.clone(), mutable, kind);
                        self.mention_in_pattern(&local.pat, &ident, id);
                        self.graph.event(Event::Decl(id));
                    }
                }
                self.graph.flush_jumps();
            }
            syn::Stmt::Expr(expr, _) => {
                self.top_expr(expr);
                self.graph.flush_jumps();
            }
            syn::Stmt::Macro(mac) => {
                self.mac(&mac.mac);
                self.graph.flush_jumps();
            }
            syn::Stmt::Item(_) => {}
        }
    }

    /// An expression that is a whole statement: `x = value;` here definitely assigns `x`.
    pub(super) fn top_expr(&mut self, expr: &Expr) {
        if let Expr::Assign(assign) = expr
            && is_plain_name(&assign.left)
        {
            self.expr(&assign.right);
            if let Some(id) = self.assign_to(&assign.left) {
                self.graph.event(Event::Assign(id));
            }
            return;
        }
        self.expr(expr);
    }
}

/// Whether `expr` is a bare name (`x`, not `x.f`, `*x` or `a::b`).
pub(super) fn is_plain_name(expr: &Expr) -> bool {
    matches!(expr, Expr::Path(path) if path.qself.is_none() && path.path.segments.len() == 1)
}

/// A pattern that binds the whole value by value (`x`, `mut x`).
fn is_plain_ident(pat: &Pat) -> bool {
    matches!(pat, Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none())
}

/// Whether `let pat = init` visibly declares a `Copy` value: a plain name with a primitive
/// type (or a shared reference, or a tuple or array of those), or initialized with a
/// literal number, `bool` or `char`.
fn declares_copy(pat: &Pat, init: Option<&Expr>) -> bool {
    let (pat, ty) = match pat {
        Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
        other => (other, None),
    };
    let Pat::Ident(ident) = pat else {
        return false;
    };
    ident.by_ref.is_none()
        && ident.subpat.is_none()
        && (ty.is_some_and(ir::is_copy_type) || init.is_some_and(is_copy_literal))
}

/// The argument of a `yield_from!`, when `let pat = init` declares its sub-coroutine:
/// `let (sub, resume) = { let value = <argument>; .. };`.
fn yield_from_argument<'e>(pat: &Pat, init: Option<&'e Expr>) -> Option<&'e Expr> {
    let Pat::Tuple(tuple) = pat else {
        return None;
    };
    let Some(Pat::Ident(sub)) = tuple.elems.first() else {
        return None;
    };
    if !crate::names::is_sub_coroutine(&sub.ident.to_string()) {
        return None;
    }
    let Some(Expr::Block(block)) = init else {
        return None;
    };
    block.block.stmts.iter().find_map(|stmt| match stmt {
        syn::Stmt::Local(local) => local.init.as_ref().map(|init| &*init.expr),
        _ => None,
    })
}

/// Where the value of `expr` visibly gets the type of a closure, an `async` block or a
/// `coro!` that it contains: the expression is one, or wraps one in a constructor (`Some`,
/// `Box::new`, ..), or is a lazy iterator adapter given one (`v.iter().map(|x| ..)`), or a
/// lazy adapter of such a value.
fn makes_closure(expr: &Expr) -> Option<proc_macro2::Span> {
    /// Methods that return an adapter holding their receiver and their arguments.
    const ADAPTERS: &[&str] = &[
        "map",
        "filter",
        "filter_map",
        "flat_map",
        "take_while",
        "skip_while",
        "map_while",
        "inspect",
        "scan",
        "peekable",
        "copied",
        "cloned",
        "enumerate",
        "skip",
        "take",
        "step_by",
        "chain",
        "zip",
        "rev",
        "fuse",
        "cycle",
        "map_yield",
        "map_return",
    ];
    /// Calls that return a value holding their argument.
    const CONSTRUCTORS: &[&str] = &[
        "new",
        "Some",
        "Ok",
        "Err",
        "from_fn",
        "repeat_with",
        "successors",
        "once_with",
    ];
    match expr {
        Expr::Closure(c) => Some(c.capture.map_or(c.or1_token.span, |m| m.span)),
        Expr::Async(a) => Some(a.async_token.span),
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .last()
            .filter(|segment| segment.ident == "coro")
            .map(|segment| segment.ident.span()),
        Expr::Paren(p) => makes_closure(&p.expr),
        Expr::Group(g) => makes_closure(&g.expr),
        Expr::Tuple(t) => t.elems.iter().find_map(makes_closure),
        Expr::Call(c) => match &*c.func {
            Expr::Path(path)
                if path
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| CONSTRUCTORS.iter().any(|name| s.ident == name)) =>
            {
                c.args.iter().find_map(makes_closure)
            }
            _ => None,
        },
        Expr::MethodCall(m) if ADAPTERS.iter().any(|name| m.method == name) => m
            .args
            .iter()
            .find_map(makes_closure)
            .or_else(|| makes_closure(&m.receiver)),
        _ => None,
    }
}

/// Methods whose result keeps a borrow of their receiver: `RefCell` and lock guards,
/// iterators over a collection or a string, views of it.
const KEEPS_BORROW: &[&str] = &[
    "borrow",
    "borrow_mut",
    "try_borrow",
    "try_borrow_mut",
    "lock",
    "try_lock",
    "iter",
    "iter_mut",
    "chars",
    "char_indices",
    "bytes",
    "lines",
    "split_whitespace",
    "keys",
    "values",
    "values_mut",
    "as_str",
    "as_slice",
    "as_mut_slice",
    "as_deref",
    "as_deref_mut",
    "drain",
    "windows",
    "chunks",
    "chunks_exact",
    "get_mut",
    "trim",
    "peek",
    "peek_mut",
    "entry",
];

/// Methods whose result keeps the borrow its receiver holds: iterator adapters, and
/// `unwrap`/`expect` on a guard's `Result`.
const PASSES_BORROW: &[&str] = &[
    "unwrap",
    "expect",
    "map",
    "filter",
    "filter_map",
    "flat_map",
    "take_while",
    "skip_while",
    "map_while",
    "inspect",
    "scan",
    "peekable",
    "copied",
    "cloned",
    "enumerate",
    "skip",
    "take",
    "step_by",
    "chain",
    "zip",
    "rev",
    "fuse",
    "cycle",
];

/// Whether `let pat = init` visibly declares a value that is not a reference: typed with
/// such a type ([`is_owned_type`](crate::parse::is_owned_type)), or made by `vec!`,
/// `format!`, an array, a constructor of such a type (`RefCell::new(..)`,
/// `String::from(..)`), `to_string()` or `to_vec()`: types of the standard library, whose
/// methods the macro knows (a type of the user's may have a method by one of those names
/// that returns an owned value).
fn declares_owned(pat: &Pat, init: Option<&Expr>) -> bool {
    if let Pat::Type(typed) = pat {
        return is_plain_ident(&typed.pat) && crate::parse::is_owned_type(&typed.ty);
    }
    is_plain_ident(pat) && init.is_some_and(makes_owned)
}

fn makes_owned(expr: &Expr) -> bool {
    match expr {
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "vec" || s.ident == "format"),
        Expr::Array(_) | Expr::Repeat(_) => true,
        Expr::Call(call) => match &*call.func {
            Expr::Path(path) => {
                let segments = &path.path.segments;
                segments.len() >= 2 && {
                    let ty = &segments[segments.len() - 2];
                    let ty: syn::Type = syn::Type::Path(syn::TypePath {
                        qself: None,
                        path: ty.ident.clone().into(),
                    });
                    crate::parse::is_owned_type(&ty)
                }
            }
            _ => false,
        },
        Expr::MethodCall(m) => m.method == "to_string" || m.method == "to_vec",
        Expr::Paren(p) => makes_owned(&p.expr),
        _ => false,
    }
}

/// Whether `pat` binds `ident` with `ref` or `ref mut`.
fn binds_by_ref(pat: &Pat, ident: &Ident) -> bool {
    struct Find<'i>(&'i Ident, bool);
    impl<'ast> Visit<'ast> for Find<'_> {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.1 |= p.ident == *self.0 && p.by_ref.is_some();
            syn::visit::visit_pat_ident(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut find = Find(ident, false);
    find.visit_pat(pat);
    find.1
}

/// Whether `let pat = init` visibly declares a reference: a plain name initialized with `&..`
/// or `&mut ..`, or typed as a reference.
fn declares_reference(pat: &Pat, init: Option<&Expr>) -> bool {
    fn is_reference(expr: &Expr) -> bool {
        match expr {
            Expr::Reference(_) => true,
            Expr::Paren(paren) => is_reference(&paren.expr),
            _ => false,
        }
    }
    match pat {
        Pat::Type(typed) => {
            matches!(&*typed.ty, syn::Type::Reference(_)) && is_plain_ident(&typed.pat)
        }
        pat => is_plain_ident(pat) && init.is_some_and(is_reference),
    }
}

fn is_copy_literal(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(lit) => matches!(
            lit.lit,
            syn::Lit::Int(_)
                | syn::Lit::Float(_)
                | syn::Lit::Bool(_)
                | syn::Lit::Char(_)
                | syn::Lit::Byte(_)
        ),
        Expr::Unary(unary) => matches!(unary.op, syn::UnOp::Neg(_)) && is_copy_literal(&unary.expr),
        Expr::Paren(paren) => is_copy_literal(&paren.expr),
        _ => false,
    }
}
