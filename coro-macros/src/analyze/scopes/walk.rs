//! The walk over the IR: its blocks, statements and nodes, which declare the coroutine's
//! bindings and shape the control-flow graph.

use std::collections::HashMap;

use quote::ToTokens;
use syn::visit::Visit;
use syn::{Expr, Ident, Pat};

pub(super) use super::declared::is_plain_name;
use super::declared::{
    binds_by_ref, declares_copy, declares_owned, declares_reference, is_plain_ident, makes_closure,
    open_type, yield_from_argument,
};
use super::graph::{Event, Graph};
use super::plain;
use super::resolve::{Res, Resolver};
use super::{Access, BindingId, BindingKind, Mention, Role, Scopes, unraw};
use crate::analyze::sites::{Site, Sites};
use crate::ir::{Block, Body, Hidden, Node, Stmt, StmtId};
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
    /// Nesting of places where a mention of a local does not use its whole value (see
    /// [`Access::Other`]).
    pub(super) partial: usize,
    /// Nesting of loops inside the plain code being walked: a move there may repeat, which
    /// the control-flow graph does not show.
    pub(super) loops: usize,
    /// Per expression being watched (see [`Walker::watching`]): the locals of the
    /// coroutine mentioned in it so far, and how.
    pub(super) watched: Vec<Vec<(BindingId, Access)>>,
    /// Nesting of receivers of methods whose result holds no borrow of them (see
    /// [`OWNED_RESULT`](super::declared::OWNED_RESULT)): a watched mention there passes on
    /// what the value borrows, as a move does.
    pub(super) owned_result: usize,
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
            walker.names.bindings[id].slot_decl = true;
            // (What a capture borrows is outside the coroutine.)
            walker.names.bindings[id].may_borrow = false;
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
            // (What a parameter borrows is outside the coroutine; one bound by `ref` is a
            // reference, which counts as a borrow.)
            for id in declared.clone() {
                self.names.bindings[id].may_borrow = false;
            }
            if declared.len() == 1 && is_plain_ident(&param.pat) {
                let binding = &mut self.names.bindings[declared.start];
                binding.known_copy = param.copy;
                binding.owned = param.owned;
                binding.slot_decl = !binds_by_ref_or_at(&param.pat);
            }
            params.extend(declared);
        }
        // Captures were declared in `new`; keep `inputs` as parameters then captures.
        let captures = std::mem::replace(&mut self.inputs, params);
        self.inputs.extend(captures);
        if let Some((pat, _)) = &input.resume {
            for id in self.declare_pat(pat, BindingKind::Resume) {
                self.names.bindings[id].may_borrow = false;
            }
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
    fn declare_let(&mut self, pat: &Pat, init: Option<&Expr>) -> std::ops::Range<BindingId> {
        let borrow = init.and_then(|init| self.borrowed_local(init));
        let sub_argument = yield_from_argument(pat, init);
        let held = init
            .and_then(|init| self.held_borrow(init))
            .or_else(|| sub_argument.and_then(|argument| self.yield_from_borrow(argument)));
        let declared = self.declare_pat(pat, BindingKind::Local);
        if let Some(argument) = sub_argument {
            self.names.bindings[declared.start].closure = makes_closure(argument);
            self.names.bindings[declared.start]
                .held_borrow
                .clone_from(&held);
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
            if self.body.hidden.get(&binding.name) == Some(&Hidden::Scoped) {
                binding.temporary = init.map(ToTokens::to_token_stream);
            }
            if self.body.hidden.contains_key(&binding.name) {
                binding.written_at = init.map(written_at);
            }
            binding.owned = declares_owned(pat, init);
            // (A type written on the binding may erase the closure's: `Box<dyn Fn(..)>`.)
            if !matches!(pat, Pat::Type(_)) {
                binding.closure = init.and_then(makes_closure);
            }
        }
        declared
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
        let access = match role {
            Role::Declaration => Access::Declaration,
            _ => Access::Other,
        };
        self.mention_as(site, binding, role, access);
    }

    fn mention_as(&mut self, site: Option<Site>, binding: BindingId, role: Role, access: Access) {
        // Inside a closure, or where the use is not of the whole value, a slot cannot stand
        // for the binding.
        let access = if access != Access::Declaration
            && (self.plain.closures > 0 || self.plain.partial > 0)
        {
            Access::Other
        } else {
            access
        };
        let passed = if self.plain.owned_result > 0 && access == Access::Place {
            Access::Move
        } else {
            access
        };
        for watched in &mut self.plain.watched {
            watched.push((binding, passed));
        }
        if let Some(site) = site {
            self.mentions.insert(
                site,
                Mention {
                    binding,
                    role,
                    access,
                },
            );
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
                // A move in plain code that runs on some paths only (not a capture, made
                // where the closure is).
                let maybe = consume && self.plain.depth > 0 && self.plain.moving == 0;
                let event_consume = consume && !maybe;
                if self
                    .plain
                    .assigned_in_block
                    .iter()
                    .flatten()
                    .any(|&b| b == binding)
                {
                    self.graph.event(Event::Reuse {
                        binding,
                        consume: event_consume,
                    });
                } else {
                    self.graph.event(Event::Use {
                        binding,
                        consume: event_consume,
                    });
                }
                if maybe {
                    self.graph.event(Event::MaybeMove(binding));
                }
                let access = match role {
                    Role::Value if consume && self.plain.loops > 0 => Access::Other,
                    Role::Value if consume => Access::Move,
                    Role::Value => Access::Place,
                    _ => Access::Other,
                };
                self.mention_as(site, binding, role, access);
            }
            Some(Res::Inner) => {}
            None => {
                if may_capture {
                    self.names.note_free(ident);
                }
            }
        }
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
            let site = self.sites.of(&path.path.segments[0].ident);
            self.mention_as(site, id, Role::Value, Access::Assign);
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
                    let _ = self.declare_let(pat, plain);
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
                let place = matches!(plain::strip_parens(scrutinee), Expr::Path(_));
                self.partly(place, |this| this.top_expr(scrutinee));
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
                self.scrutinee(&l.expr);
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
                    let ((), uses) = self.watching(|this| this.local_init(&local.pat, init));
                    let declared = self.declare_let(&local.pat, Some(&init.expr));
                    // A mention that moves a value passes on what the value borrows, as
                    // does any of an iterator or operand that lowering made (the item of
                    // `for x in v.iter()` borrows what the iterator does); another may
                    // borrow the local itself (`v.first()`, `&v`, `f(&v)`).
                    let may_borrow = uses.iter().any(|&(id, access)| {
                        let other = &self.names.bindings[id];
                        let passes = access == Access::Move
                            || matches!(
                                other.kind,
                                BindingKind::ForIterator | BindingKind::Temporary
                            );
                        !passes
                            || (other.may_borrow && !other.known_copy)
                            || other.reference
                            || other.borrow_of.is_some()
                    });
                    let open = open_type(&local.pat, &init.expr);
                    let slot_decl = init.diverge.is_none() && !binds_by_ref_or_at(&local.pat);
                    for id in declared {
                        let binding = &mut self.names.bindings[id];
                        binding.slot_decl = slot_decl;
                        binding.may_borrow = may_borrow;
                        binding.no_slot |= may_borrow || open;
                    }
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
        // `if c { x = a; } else { x = b; }` assigns `x` definitely.
        if matches!(
            expr,
            Expr::If(_) | Expr::Match(_) | Expr::Block(_) | Expr::Paren(_)
        ) {
            for name in plain::assigned_on_every_path(expr).unwrap_or_default() {
                if let Some(Res::Local(id)) = self.names.resolve(&name) {
                    self.graph.event(Event::Assign(id));
                }
            }
        }
    }
}

/// Whether `pat` binds by reference or with `@` anywhere.
fn binds_by_ref_or_at(pat: &Pat) -> bool {
    struct Find(bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0 |= p.by_ref.is_some() || p.subpat.is_some();
            syn::visit::visit_pat_ident(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut find = Find(false);
    find.visit_pat(pat);
    find.0
}

/// Where the user wrote the value of `init`, a hidden local's initializer: the iterable of
/// a lowered `for` loop's `IntoIterator::into_iter(..)`, else `init` itself (its first
/// token, outside a nightly compiler).
fn written_at(init: &Expr) -> proc_macro2::Span {
    use syn::spanned::Spanned;
    if let Expr::Call(call) = init
        && let Expr::Path(path) = &*call.func
        && path
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "into_iter")
        && let Some(iterable) = call.args.first()
    {
        return iterable.span();
    }
    init.span()
}
