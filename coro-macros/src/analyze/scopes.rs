//! Name resolution and the control-flow graph of uses and definitions.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident, Pat, Token};

use crate::ir::{Block, Body, Hidden, Node, PARAM_SCOPE, ScopeId, Stmt, is_copy_type};
use crate::lower::{collect_pat_bindings, is_binding_name};
use crate::names;
use crate::parse::{CoroutineFn, Form};

pub(crate) type BindingId = usize;
pub(crate) type NodeId = usize;

/// A local of the coroutine that can be live across a suspension point.
#[derive(Debug, Clone)]
pub(crate) struct Binding {
    /// The name the generated code uses (a shadowed local may be renamed).
    pub(crate) name: Ident,
    pub(crate) mutable: bool,
    pub(crate) scope: ScopeId,
    pub(crate) kind: BindingKind,
    /// Set when the binding is initialized with an explicit borrow of another local of the
    /// coroutine (`let b = &a;`, or the iterator of `for x in &a`): the borrowed binding and
    /// the span of the borrow.
    pub(crate) borrow_of: Option<(BindingId, TokenStream)>,
    /// The binding's type is `Copy`, as its declaration shows (`let mut i = 0;`, `let n:
    /// usize = ..`), so that no compile-time check is needed to copy it.
    pub(crate) known_copy: bool,
}

/// What a binding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BindingKind {
    /// A parameter of a `#[coroutine]` function (or one of the bindings of a parameter
    /// written as a pattern).
    Param,
    /// A variable that a `coro!` body uses and does not declare: the coroutine owns it.
    Capture,
    /// A binding of the first resume argument (the `#[resume]` parameter, or the parameter
    /// of a `coro!` closure).
    Resume,
    /// A local the body declares.
    Local,
    /// The iterator of a `for` loop, which lowering declares.
    ForIterator,
    /// Another local of lowering's own (see [`Hidden::Temporary`]).
    Temporary,
}

impl BindingKind {
    /// A value the coroutine is made with: a parameter or a capture.
    pub(crate) fn is_input(self) -> bool {
        matches!(self, BindingKind::Param | BindingKind::Capture)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Event {
    /// The value is read; `consume` when it may be moved.
    Use { binding: BindingId, consume: bool },
    /// The binding is declared with a value.
    Def(BindingId),
    /// The binding is (definitely) assigned a value by an assignment statement.
    Assign(BindingId),
    /// The binding is declared without a value.
    Decl(BindingId),
    /// The binding may be assigned (`x = value` inside a plain expression, such as the body
    /// of a loop without suspension points): neither a read nor a definite assignment.
    MaybeAssign(BindingId),
    /// A read, inside a plain expression, of a value assigned earlier in the same block of
    /// it: not a read of the value the binding held before the expression (so not a use for
    /// liveness), but it may still move it.
    Reuse { binding: BindingId, consume: bool },
}

#[derive(Debug, Default, Clone)]
pub(crate) struct CfgNode {
    pub(crate) events: Vec<Event>,
    pub(crate) succ: Vec<NodeId>,
}

/// What a loop of the IR does with the coroutine's bindings.
#[derive(Debug, Default, Clone)]
pub(crate) struct LoopInfo {
    /// Bindings used by value (possibly moved) inside the loop.
    pub(crate) consumed: HashSet<BindingId>,
    /// Bindings declared inside the loop.
    pub(crate) declared: HashSet<BindingId>,
    /// Whether control can leave the loop other than by `break`ing out of it (a `return`,
    /// `?`, or a `break`/`continue` to an enclosing label).
    pub(crate) escapes: bool,
}

/// What resolution found in a body.
#[derive(Debug)]
pub(crate) struct Scopes {
    /// Per loop label.
    pub(crate) loops: HashMap<String, LoopInfo>,
    pub(crate) bindings: Vec<Binding>,
    /// Bindings of the parameters (and captures), in the order of `inputs` then `captures`.
    pub(crate) inputs: Vec<BindingId>,
    /// Free variables of a `coro!` body, in order of first use.
    pub(crate) captures: Vec<Ident>,
    pub(crate) nodes: Vec<CfgNode>,
    /// Per suspension point: its CFG node and the bindings in scope there.
    pub(crate) points: Vec<(NodeId, Vec<BindingId>)>,
}

pub(crate) const ENTRY: NodeId = 0;

/// Resolves names in `body` and builds its control-flow graph.
pub(crate) fn scopes(input: &mut CoroutineFn, body: &mut Body) -> Scopes {
    let mut captures = Vec::new();
    if matches!(input.form, Form::Closure) {
        let mut probe = Walker::new(input, &captures, None);
        probe.run(input, body);
        captures = probe.free;
    }
    let mut walker = Walker::new(input, &captures, None);
    walker.run(input, body);
    walker.finish(captures)
}

/// Rewrites, inside the loop labelled `label` only, every use of the bindings in `refs` into
/// a dereference of the given reference (`total += 1` becomes `(*r) += 1`).
pub(crate) fn deref_in_loop(
    input: &mut CoroutineFn,
    body: &mut Body,
    scopes: &Scopes,
    label: &str,
    refs: HashMap<BindingId, Ident>,
) {
    let mut walker = Walker::new(input, &scopes.captures, Some(HashMap::new()));
    walker.deref = Some(Deref {
        label: label.to_owned(),
        refs,
        active: false,
    });
    walker.run(input, body);
}

/// Renames the bindings in `renamed` (by id) throughout `body`, in declarations, uses,
/// macro arguments and inline format arguments.
pub(crate) fn rename(
    input: &mut CoroutineFn,
    body: &mut Body,
    scopes: &Scopes,
    names: &HashMap<BindingId, Ident>,
) {
    let names = names.clone();
    let mut walker = Walker::new(input, &scopes.captures, Some(names));
    walker.run(input, body);
}

struct Deref {
    label: String,
    refs: HashMap<BindingId, Ident>,
    active: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Res {
    Local(BindingId),
    /// A binding local to a plain expression (a closure parameter, an inner `let`).
    Inner,
}

enum Jump {
    Break(String),
    Continue(String),
    Return,
}

struct Walker {
    bindings: Vec<Binding>,
    inputs: Vec<BindingId>,
    names: Vec<(String, Res)>,
    scope_marks: Vec<usize>,
    /// Coroutine-level bindings in scope, innermost last.
    in_scope: Vec<BindingId>,
    current_scope: ScopeId,
    nodes: Vec<CfgNode>,
    loops: HashMap<String, LoopInfo>,
    /// In deref mode: inside the loop `label`, uses of the bindings in `refs` become
    /// `(*ref)`, for a loop that runs in place on the coroutine's state.
    deref: Option<Deref>,
    cur: NodeId,
    exit: NodeId,
    /// Labels of the loops and labelled blocks of the IR: (label, continue target, break target).
    targets: Vec<(String, Option<NodeId>, NodeId)>,
    /// Labels defined inside the plain expression being visited.
    inner_labels: Vec<String>,
    jumps: Vec<Jump>,
    /// Whether the plain statement being visited always jumps away.
    diverges: bool,
    points: Vec<(NodeId, Vec<BindingId>)>,
    /// Nesting of conditional code inside the plain expression being visited (an assignment
    /// statement at nesting 0 is definite).
    depth: usize,
    /// Nesting of closures and `async` blocks, whose `return` is their own.
    closures: usize,
    /// Per plain block being visited: the locals an assignment statement earlier in it
    /// assigned. A later read in the block reads that value, not one from before the
    /// statement (see [`Event::Reuse`]).
    assigned_in_block: Vec<Vec<BindingId>>,
    /// How the expression being visited is used.
    borrow: bool,
    collect_free: bool,
    free: Vec<Ident>,
    /// In rename mode: the new names by binding id.
    renames: Option<HashMap<BindingId, Ident>>,
    /// The locals lowering declared.
    hidden: HashMap<Ident, Hidden>,
}

const FORMAT_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "format_args",
    "write",
    "writeln",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "unreachable",
    "todo",
    "unimplemented",
];

impl Walker {
    fn new(
        input: &CoroutineFn,
        captures: &[Ident],
        renames: Option<HashMap<BindingId, Ident>>,
    ) -> Self {
        Walker {
            bindings: Vec::new(),
            inputs: Vec::new(),
            names: Vec::new(),
            scope_marks: Vec::new(),
            in_scope: Vec::new(),
            current_scope: PARAM_SCOPE,
            nodes: vec![CfgNode::default(), CfgNode::default()],
            loops: HashMap::new(),
            deref: None,
            cur: ENTRY,
            exit: 1,
            targets: Vec::new(),
            inner_labels: Vec::new(),
            jumps: Vec::new(),
            diverges: false,
            points: Vec::new(),
            depth: 0,
            closures: 0,
            assigned_in_block: Vec::new(),
            borrow: false,
            collect_free: matches!(input.form, Form::Closure) && captures.is_empty(),
            free: Vec::new(),
            renames,
            hidden: HashMap::new(),
        }
        .with_captures(captures)
    }

    fn with_captures(mut self, captures: &[Ident]) -> Self {
        for capture in captures {
            let id = self.declare_local(capture.clone(), true);
            self.bindings[id].kind = BindingKind::Capture;
            self.inputs.push(id);
            self.event(Event::Def(id));
        }
        self
    }

    fn run(&mut self, input: &mut CoroutineFn, body: &mut Body) {
        self.hidden.clone_from(&body.hidden);
        // Parameters first, then the `#[resume]` parameter, all in the parameter scope.
        let mut params = Vec::new();
        for param in &mut input.inputs {
            let before = self.bindings.len();
            self.declare_pat(&mut param.pat, true);
            for binding in &mut self.bindings[before..] {
                binding.kind = BindingKind::Param;
            }
            if param.copy && self.bindings.len() == before + 1 && is_plain_ident(&param.pat) {
                self.bindings[before].known_copy = true;
            }
            params.extend(before..self.bindings.len());
        }
        // Captures were declared in `new`; keep `inputs` as parameters then captures.
        let captures = std::mem::take(&mut self.inputs);
        self.inputs = params;
        self.inputs.extend(captures);
        if let Some((pat, _)) = &mut input.resume {
            let before = self.bindings.len();
            self.declare_pat(pat, true);
            for binding in &mut self.bindings[before..] {
                binding.kind = BindingKind::Resume;
            }
        }
        self.block(&mut body.block);
        self.edge(self.cur, self.exit);
    }

    fn finish(self, captures: Vec<Ident>) -> Scopes {
        Scopes {
            bindings: self.bindings,
            inputs: self.inputs,
            captures,
            nodes: self.nodes,
            loops: self.loops,
            points: self.points,
        }
    }

    // ----- the control-flow graph -----

    fn new_node(&mut self) -> NodeId {
        self.nodes.push(CfgNode::default());
        self.nodes.len() - 1
    }

    fn edge(&mut self, from: NodeId, to: NodeId) {
        if !self.nodes[from].succ.contains(&to) {
            self.nodes[from].succ.push(to);
        }
    }

    fn event(&mut self, event: Event) {
        if self.renames.is_some() {
            return;
        }
        self.nodes[self.cur].events.push(event);
        for (label, head, _) in &self.targets {
            if head.is_none() {
                continue;
            }
            let info = self.loops.entry(label.clone()).or_default();
            match event {
                Event::Use {
                    binding,
                    consume: true,
                }
                | Event::Reuse {
                    binding,
                    consume: true,
                } => {
                    info.consumed.insert(binding);
                }
                Event::Def(binding) | Event::Decl(binding) => {
                    info.declared.insert(binding);
                }
                Event::Use { .. }
                | Event::Reuse { .. }
                | Event::Assign(_)
                | Event::MaybeAssign(_) => {}
            }
        }
    }

    /// Marks the loops between the innermost one and the target `index` of `targets`
    /// (everything, for a `return`) as left by a jump.
    fn escape_loops_inside(&mut self, index: usize) {
        let labels: Vec<String> = self.targets[index..]
            .iter()
            .filter(|(_, head, _)| head.is_some())
            .map(|(label, _, _)| label.clone())
            .collect();
        for label in labels {
            self.loops.entry(label).or_default().escapes = true;
        }
    }

    /// Connects the jumps a plain statement may take, then starts a new node after it.
    fn flush_jumps(&mut self) {
        let diverges = std::mem::take(&mut self.diverges);
        if self.jumps.is_empty() {
            return;
        }
        for jump in std::mem::take(&mut self.jumps) {
            if self.renames.is_none() {
                match &jump {
                    Jump::Return => self.escape_loops_inside(0),
                    Jump::Break(label) | Jump::Continue(label) => {
                        if let Some(index) = self.targets.iter().rposition(|(l, _, _)| l == label) {
                            // Leaving the target itself is fine; leaving the loops inside
                            // it is an escape for them.
                            self.escape_loops_inside(index + 1);
                        }
                    }
                }
            }
            let target = match jump {
                Jump::Return => Some(self.exit),
                Jump::Break(label) => self
                    .targets
                    .iter()
                    .rev()
                    .find(|(l, _, _)| *l == label)
                    .map(|&(_, _, exit)| exit),
                Jump::Continue(label) => self
                    .targets
                    .iter()
                    .rev()
                    .find(|(l, _, _)| *l == label)
                    .and_then(|&(_, head, _)| head),
            };
            if let Some(target) = target {
                self.edge(self.cur, target);
            }
        }
        let next = self.new_node();
        if !diverges {
            self.edge(self.cur, next);
        }
        self.cur = next;
    }

    // ----- scopes and bindings -----

    fn push_scope(&mut self) {
        self.scope_marks.push(self.names.len());
        self.scope_marks.push(self.in_scope.len());
    }

    fn pop_scope(&mut self) {
        let in_scope = self
            .scope_marks
            .pop()
            .unwrap_or_else(|| unreachable!("balanced"));
        let names = self
            .scope_marks
            .pop()
            .unwrap_or_else(|| unreachable!("balanced"));
        self.in_scope.truncate(in_scope);
        self.names.truncate(names);
    }

    fn declare_local(&mut self, name: Ident, mutable: bool) -> BindingId {
        let id = self.bindings.len();
        self.names.push((unraw(&name), Res::Local(id)));
        self.in_scope.push(id);
        let kind = match self.hidden.get(&name) {
            Some(Hidden::ForIterator) => BindingKind::ForIterator,
            Some(Hidden::Temporary) => BindingKind::Temporary,
            None => BindingKind::Local,
        };
        self.bindings.push(Binding {
            name,
            mutable,
            scope: self.current_scope,
            kind,
            borrow_of: None,
            known_copy: false,
        });
        id
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
                    return match self.resolve(&name) {
                        Some(Res::Local(id)) => Some((id, reference.to_token_stream())),
                        _ => None,
                    };
                }
                _ => return None,
            };
        }
    }

    /// Declares the pattern of a `let` at coroutine level, noting an explicit borrow.
    fn declare_let(&mut self, pat: &mut Pat, init: Option<&Expr>) {
        let borrow = init.and_then(|init| self.borrowed_local(init));
        let first = self.bindings.len();
        self.declare_pat(pat, true);
        if self.bindings.len() == first + 1 {
            self.bindings[first].borrow_of = borrow;
            self.bindings[first].known_copy = declares_copy(pat, init);
        }
    }

    /// Declares the bindings of a pattern at coroutine level (`outer`) or inside a plain
    /// expression, renaming them in rename mode.
    fn declare_pat(&mut self, pat: &mut Pat, outer: bool) {
        let mut idents = Vec::new();
        collect_pat_bindings(pat, &mut idents);
        for (ident, mutable) in idents {
            // Visit nothing else: patterns hold no uses (paths in them are types/constants).
            if outer {
                let id = self.declare_local(ident.clone(), mutable);
                if let Some(new) = self.renames.as_ref().and_then(|r| r.get(&id)) {
                    rename_pat_ident(pat, &ident, new);
                }
                self.event(Event::Def(id));
            } else {
                self.names.push((unraw(&ident), Res::Inner));
            }
        }
    }

    fn resolve(&self, name: &str) -> Option<Res> {
        self.names
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|&(_, res)| res)
    }

    /// In deref mode, inside the loop: the reference that stands for `binding`.
    fn deref_target(&self, binding: BindingId) -> Option<Ident> {
        let deref = self.deref.as_ref()?;
        if !deref.active {
            return None;
        }
        deref.refs.get(&binding).cloned()
    }

    fn new_name(&self, res: Option<Res>) -> Option<&Ident> {
        match res {
            Some(Res::Local(id)) => self.renames.as_ref()?.get(&id),
            _ => None,
        }
    }

    /// Records a use of `ident`, renaming it in rename mode; `may_capture` when a free name
    /// here would be a captured variable.
    fn use_ident(&mut self, ident: &mut Ident, may_capture: bool) {
        let name = unraw(ident);
        let res = self.resolve(&name);
        match res {
            Some(Res::Local(binding)) => {
                let consume = !self.borrow;
                if self
                    .assigned_in_block
                    .iter()
                    .flatten()
                    .any(|&b| b == binding)
                {
                    self.event(Event::Reuse { binding, consume });
                } else {
                    self.event(Event::Use { binding, consume });
                }
                if let Some(new) = self.new_name(res) {
                    *ident = Ident::new(&new.to_string(), ident.span());
                }
            }
            Some(Res::Inner) => {}
            None => {
                if may_capture
                    && self.collect_free
                    && is_binding_name(ident)
                    && (!names::is_generated(&name) || name == names::RECEIVER)
                    && !self.free.iter().any(|f| unraw(f) == name)
                {
                    let mut capture = ident.clone();
                    capture.set_span(Span::call_site());
                    self.free.push(capture);
                }
            }
        }
    }

    // ----- the IR -----

    fn block(&mut self, block: &mut Block) {
        let saved = self.current_scope;
        self.current_scope = block.scope;
        self.push_scope();
        self.stmts(&mut block.stmts);
        self.pop_scope();
        self.current_scope = saved;
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for stmt in stmts {
            match stmt {
                Stmt::Plain(stmt) => self.plain_stmt(stmt),
                Stmt::Let { pat, init, .. } => {
                    self.node(init);
                    let plain = match init {
                        Node::Plain(expr) => Some(&*expr),
                        _ => None,
                    };
                    self.declare_let(pat, plain);
                }
                Stmt::Expr { node, .. } => self.node(node),
            }
        }
    }

    fn node(&mut self, node: &mut Node) {
        match node {
            Node::Plain(expr) => {
                self.top_expr(expr);
                self.diverges = crate::ir::expr_diverges(expr);
                self.flush_jumps();
            }
            Node::Suspend { point, value } => {
                self.top_expr(value);
                self.flush_jumps();
                let suspend = self.new_node();
                self.edge(self.cur, suspend);
                debug_assert_eq!(*point, self.points.len());
                self.points.push((suspend, self.in_scope.clone()));
                let after = self.new_node();
                self.edge(suspend, after);
                self.cur = after;
            }
            Node::Block { label, block, .. } => match label {
                Some(label) => {
                    let exit = self.new_node();
                    self.targets.push((label.name.to_string(), None, exit));
                    self.block(block);
                    self.targets.pop();
                    self.edge(self.cur, exit);
                    self.cur = exit;
                }
                None => self.block(block),
            },
            Node::If { cond, then, else_ } => {
                let saved = self.current_scope;
                self.current_scope = then.scope;
                self.push_scope();
                self.cond(cond);
                self.flush_jumps();
                let branch = self.cur;
                let join = self.new_node();
                self.cur = self.new_node();
                self.edge(branch, self.cur);
                self.stmts(&mut then.stmts);
                self.pop_scope();
                self.current_scope = saved;
                self.edge(self.cur, join);
                match else_ {
                    Some(else_) => {
                        self.cur = self.new_node();
                        self.edge(branch, self.cur);
                        self.block(else_);
                        self.edge(self.cur, join);
                    }
                    None => self.edge(branch, join),
                }
                self.cur = join;
            }
            Node::Match { scrutinee, arms } => {
                self.top_expr(scrutinee);
                self.flush_jumps();
                let branch = self.cur;
                let join = self.new_node();
                for arm in arms {
                    self.cur = self.new_node();
                    self.edge(branch, self.cur);
                    let saved = self.current_scope;
                    self.current_scope = arm.body.scope;
                    self.push_scope();
                    self.declare_pat(&mut arm.pat, true);
                    if let Some(guard) = &mut arm.guard {
                        self.top_expr(guard);
                        self.flush_jumps();
                    }
                    self.stmts(&mut arm.body.stmts);
                    self.pop_scope();
                    self.current_scope = saved;
                    self.edge(self.cur, join);
                }
                self.cur = join;
            }
            Node::Loop { label, body } => {
                let head = self.new_node();
                let exit = self.new_node();
                self.edge(self.cur, head);
                self.cur = head;
                self.targets.push((label.to_string(), Some(head), exit));
                let entered = self.deref.as_mut().is_some_and(|d| {
                    let matches = d.label == label.to_string();
                    d.active |= matches;
                    matches
                });
                self.block(body);
                if entered && let Some(deref) = &mut self.deref {
                    deref.active = false;
                }
                self.targets.pop();
                self.edge(self.cur, head);
                self.cur = exit;
            }
        }
    }

    /// The condition of an IR `if`: its `let`s bind at coroutine level into the `then` scope.
    fn cond(&mut self, cond: &mut Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.cond(&mut b.left);
                // The right side runs only if the left holds.
                self.depth += 1;
                self.cond(&mut b.right);
                self.depth -= 1;
            }
            Expr::Let(l) => {
                self.expr(&mut l.expr);
                self.declare_pat(&mut l.pat, true);
            }
            other => self.expr(other),
        }
    }

    // ----- plain syntax -----

    fn plain_stmt(&mut self, stmt: &mut syn::Stmt) {
        self.diverges = crate::ir::plain_stmt_diverges(stmt);
        match stmt {
            syn::Stmt::Local(local) => {
                if let Some(init) = &mut local.init {
                    self.local_init(init);
                    self.declare_let(&mut local.pat, Some(&init.expr));
                } else {
                    // `let x;`: declared, assigned later.
                    let mut idents = Vec::new();
                    collect_pat_bindings(&local.pat, &mut idents);
                    for (ident, mutable) in idents {
                        let id = self.declare_local(ident.clone(), mutable);
                        if let Some(new) = self.renames.as_ref().and_then(|r| r.get(&id)) {
                            rename_pat_ident(&mut local.pat, &ident, new);
                        }
                        self.event(Event::Decl(id));
                    }
                }
                self.flush_jumps();
            }
            syn::Stmt::Expr(expr, _) => {
                self.top_expr(expr);
                self.flush_jumps();
            }
            syn::Stmt::Macro(mac) => {
                self.mac(&mut mac.mac);
                self.flush_jumps();
            }
            syn::Stmt::Item(_) => {}
        }
    }

    /// An expression that is a whole statement: `x = value;` here definitely assigns `x`.
    fn top_expr(&mut self, expr: &mut Expr) {
        if let Expr::Assign(assign) = expr
            && is_plain_name(&assign.left)
        {
            self.expr(&mut assign.right);
            if let Some(id) = self.assign_to(&mut assign.left) {
                self.event(Event::Assign(id));
            }
            return;
        }
        self.expr(expr);
    }

    /// Resolves the target of `name = value` (renamed for shadowing, or redirected to the
    /// state field it stands for): the local assigned, if it is one.
    fn assign_to(&mut self, left: &mut Expr) -> Option<BindingId> {
        let id = self.local_named(left)?;
        if let Some(new) = self.new_name(Some(Res::Local(id)))
            && let Expr::Path(path) = left
        {
            let ident = &mut path.path.segments[0].ident;
            *ident = Ident::new(&new.to_string(), ident.span());
        }
        if let Some(target) = self.deref_target(id) {
            *left = syn::parse_quote!((*#target));
        }
        Some(id)
    }

    fn expr(&mut self, expr: &mut Expr) {
        let borrow = std::mem::replace(&mut self.borrow, false);
        self.visit_with(expr, borrow);
    }

    fn visit_with(&mut self, expr: &mut Expr, borrow: bool) {
        match expr {
            Expr::Path(path) => {
                if path.qself.is_none()
                    && path.path.segments.len() == 1
                    && path.path.leading_colon.is_none()
                {
                    let segment = &mut path.path.segments[0];
                    if segment.arguments.is_empty() {
                        self.borrow = borrow;
                        self.use_ident(&mut segment.ident, true);
                        self.borrow = false;
                        let name = unraw(&segment.ident);
                        if let Some(Res::Local(id)) = self.resolve(&name)
                            && let Some(target) = self.deref_target(id)
                        {
                            *expr = syn::parse_quote!((*#target));
                        }
                    }
                }
            }
            Expr::Reference(r) => self.visit_with(&mut r.expr, true),
            Expr::Field(f) => self.visit_with(&mut f.base, borrow),
            Expr::Index(i) => {
                self.visit_with(&mut i.expr, true);
                self.expr(&mut i.index);
            }
            Expr::Paren(p) => self.visit_with(&mut p.expr, borrow),
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
                let assign = crate::lower::is_compound_assign(&b.op);
                if assign {
                    self.visit_with(&mut b.right, false);
                    self.visit_with(&mut b.left, true);
                } else {
                    self.visit_with(&mut b.left, compare);
                    if short_circuit {
                        self.depth += 1;
                    }
                    self.visit_with(&mut b.right, compare);
                    if short_circuit {
                        self.depth -= 1;
                    }
                }
            }
            Expr::Assign(a) if is_plain_name(&a.left) => {
                self.expr(&mut a.right);
                if let Some(id) = self.assign_to(&mut a.left) {
                    self.event(Event::MaybeAssign(id));
                }
            }
            Expr::Assign(a) => {
                self.expr(&mut a.right);
                self.visit_with(&mut a.left, true);
            }
            Expr::Call(c) => {
                if let Expr::Path(path) = &mut *c.func {
                    // A free callee is a function, not a captured value.
                    if path.qself.is_none()
                        && path.path.segments.len() == 1
                        && path.path.segments[0].arguments.is_empty()
                    {
                        self.use_ident(&mut path.path.segments[0].ident, false);
                    }
                } else {
                    self.expr(&mut c.func);
                }
                for arg in &mut c.args {
                    self.expr(arg);
                }
            }
            Expr::Struct(s) => {
                for field in &mut s.fields {
                    let shorthand = field.colon_token.is_none();
                    self.expr(&mut field.expr);
                    if shorthand
                        && let syn::Member::Named(member) = &field.member
                        && !matches!(&field.expr, Expr::Path(p) if p.path.is_ident(member))
                    {
                        field.colon_token = Some(Token![:](member.span()));
                    }
                }
                if let Some(rest) = &mut s.rest {
                    self.expr(rest);
                }
            }
            Expr::Closure(c) => {
                self.push_scope();
                self.depth += 1;
                self.closures += 1;
                for input in &mut c.inputs {
                    self.declare_pat(input, false);
                }
                self.expr(&mut c.body);
                self.closures -= 1;
                self.depth -= 1;
                self.pop_scope();
            }
            Expr::Async(a) => {
                self.depth += 1;
                self.closures += 1;
                self.plain_block(&mut a.block);
                self.closures -= 1;
                self.depth -= 1;
            }
            Expr::Block(b) => {
                let label = b.label.as_ref().map(|l| l.name.to_string());
                // A `break` out of a labelled block makes what follows it conditional.
                let labelled = label.is_some();
                self.depth += usize::from(labelled);
                self.with_inner_label(label, |this| this.plain_block(&mut b.block));
                self.depth -= usize::from(labelled);
            }
            Expr::Unsafe(u) => self.plain_block(&mut u.block),
            Expr::Const(_) => {}
            Expr::If(i) => {
                self.push_scope();
                self.plain_cond(&mut i.cond);
                self.depth += 1;
                self.plain_block(&mut i.then_branch);
                self.pop_scope();
                if let Some((_, else_)) = &mut i.else_branch {
                    self.expr(else_);
                }
                self.depth -= 1;
            }
            Expr::Let(l) => {
                // A `let` outside an `if` condition chain: bindings go to the current scope.
                self.expr(&mut l.expr);
                self.declare_pat(&mut l.pat, false);
            }
            Expr::Match(m) => {
                self.expr(&mut m.expr);
                self.depth += 1;
                for arm in &mut m.arms {
                    self.push_scope();
                    self.declare_pat(&mut arm.pat, false);
                    if let Some((_, guard)) = &mut arm.guard {
                        self.expr(guard);
                    }
                    self.expr(&mut arm.body);
                    self.pop_scope();
                }
                self.depth -= 1;
            }
            Expr::Loop(l) => {
                let label = l.label.as_ref().map(|l| l.name.to_string());
                self.depth += 1;
                self.with_inner_label(Some(label.unwrap_or_default()), |this| {
                    this.plain_block(&mut l.body);
                });
                self.depth -= 1;
            }
            Expr::While(w) => {
                let label = w.label.as_ref().map(|l| l.name.to_string());
                self.depth += 1;
                self.with_inner_label(Some(label.unwrap_or_default()), |this| {
                    this.push_scope();
                    this.plain_cond(&mut w.cond);
                    this.plain_block(&mut w.body);
                    this.pop_scope();
                });
                self.depth -= 1;
            }
            Expr::ForLoop(f) => {
                self.expr(&mut f.expr);
                let label = f.label.as_ref().map(|l| l.name.to_string());
                self.depth += 1;
                self.with_inner_label(Some(label.unwrap_or_default()), |this| {
                    this.push_scope();
                    this.declare_pat(&mut f.pat, false);
                    this.plain_block(&mut f.body);
                    this.pop_scope();
                });
                self.depth -= 1;
            }
            Expr::Break(b) => {
                if let Some(value) = &mut b.expr {
                    self.expr(value);
                }
                let label = b
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                if !self.inner_labels.contains(&label) {
                    self.jumps.push(Jump::Break(label));
                }
            }
            Expr::Continue(c) => {
                let label = c
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                if !self.inner_labels.contains(&label) {
                    self.jumps.push(Jump::Continue(label));
                }
            }
            Expr::Return(r) => {
                if let Some(value) = &mut r.expr {
                    self.expr(value);
                }
                if self.closures == 0 {
                    self.jumps.push(Jump::Return);
                }
            }
            Expr::Macro(m) => self.mac(&mut m.mac),
            Expr::MethodCall(m) => {
                self.expr(&mut m.receiver);
                for arg in &mut m.args {
                    self.expr(arg);
                }
            }
            other => {
                // Everything else: visit the children as consumed values.
                let mut children = Children(self);
                syn::visit_mut::visit_expr_mut(&mut children, other);
            }
        }
    }

    fn with_inner_label(&mut self, label: Option<String>, f: impl FnOnce(&mut Self)) {
        let pushed = label.is_some();
        if let Some(label) = label {
            self.inner_labels.push(label);
        }
        f(self);
        if pushed {
            self.inner_labels.pop();
        }
    }

    fn plain_cond(&mut self, cond: &mut Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.plain_cond(&mut b.left);
                self.plain_cond(&mut b.right);
            }
            Expr::Let(l) => {
                self.expr(&mut l.expr);
                self.declare_pat(&mut l.pat, false);
            }
            other => self.expr(other),
        }
    }

    fn plain_block(&mut self, block: &mut syn::Block) {
        self.push_scope();
        self.assigned_in_block.push(Vec::new());
        for stmt in &mut block.stmts {
            // Resolved before the statement (which may rename), recorded after it (its
            // right-hand side reads the value from before).
            let assigned = match &*stmt {
                syn::Stmt::Expr(Expr::Assign(assign), _) => self.local_named(&assign.left),
                _ => None,
            };
            self.visit_plain_block_stmt(stmt);
            if let (Some(id), Some(block)) = (assigned, self.assigned_in_block.last_mut()) {
                block.push(id);
            }
        }
        self.assigned_in_block.pop();
        self.pop_scope();
    }

    /// The initializer of a `let` in plain code, and its `else` block (conditional).
    fn local_init(&mut self, init: &mut syn::LocalInit) {
        self.expr(&mut init.expr);
        if let Some((_, diverge)) = &mut init.diverge {
            self.depth += 1;
            self.expr(diverge);
            self.depth -= 1;
        }
    }

    /// The local that the bare name `expr` stands for, if it is one.
    fn local_named(&self, expr: &Expr) -> Option<BindingId> {
        match expr {
            Expr::Path(path) if is_plain_name(expr) => {
                match self.resolve(&unraw(&path.path.segments[0].ident)) {
                    Some(Res::Local(id)) => Some(id),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn visit_plain_block_stmt(&mut self, stmt: &mut syn::Stmt) {
        match stmt {
            syn::Stmt::Local(local) => {
                if let Some(init) = &mut local.init {
                    self.local_init(init);
                }
                self.declare_pat(&mut local.pat, false);
            }
            // A block that runs unconditionally assigns its `x = value;` definitely.
            syn::Stmt::Expr(expr, _) if self.depth == 0 && self.closures == 0 => {
                self.top_expr(expr);
            }
            syn::Stmt::Expr(expr, _) => self.expr(expr),
            syn::Stmt::Macro(mac) => self.mac(&mut mac.mac),
            syn::Stmt::Item(_) => {}
        }
    }

    fn mac(&mut self, mac: &mut syn::Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let borrow = FORMAT_MACROS.contains(&name.as_str());
        if !matches!(mac.delimiter, syn::MacroDelimiter::Brace(_))
            && let Ok(mut args) =
                Punctuated::<Expr, Token![,]>::parse_terminated.parse2(mac.tokens.clone())
        {
            for (index, arg) in args.iter_mut().enumerate() {
                if borrow
                    && index == 0
                    && let Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) = arg
                {
                    self.format_string(s);
                    continue;
                }
                let arg = match arg {
                    // `name = value` in format arguments.
                    Expr::Assign(a) if borrow => &mut *a.right,
                    other => other,
                };
                self.visit_with(arg, borrow);
            }
            if self.renames.is_some() {
                mac.tokens = args.into_token_stream();
            }
            return;
        }
        mac.tokens = self.scan_tokens(mac.tokens.clone());
    }

    /// Inline format arguments (`"{x}"`) use a binding too.
    fn format_string(&mut self, lit: &mut syn::LitStr) {
        let value = lit.value();
        let mut out = String::with_capacity(value.len());
        let mut rest = value.as_str();
        let mut changed = false;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            if let Some(stripped) = rest.strip_prefix('{') {
                out.push('{');
                rest = stripped;
                continue;
            }
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let name = &rest[..end];
            if !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit()) {
                let mut ident = Ident::new(name, lit.span());
                self.borrow = true;
                self.use_ident(&mut ident, true);
                self.borrow = false;
                if let Some(Res::Local(id)) = self.resolve(name)
                    && let Some(target) = self.deref_target(id)
                {
                    // A `&mut T` formats like the `T` behind it.
                    ident = target;
                }
                if ident != name {
                    changed = true;
                }
                out.push_str(&ident.to_string());
            } else {
                out.push_str(name);
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        if changed {
            *lit = syn::LitStr::new(&out, lit.span());
        }
    }

    /// Uses inside macro arguments that are not expressions: every identifier that names a
    /// local counts as a (consuming) use.
    fn scan_tokens(&mut self, tokens: TokenStream) -> TokenStream {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = Vec::with_capacity(trees.len());
        for (index, tt) in trees.iter().enumerate() {
            match tt {
                TokenTree::Ident(ident) => {
                    let after_dot = index > 0
                        && matches!(&trees[index - 1], TokenTree::Punct(p) if p.as_char() == '.' || p.as_char() == ':');
                    let before_path = matches!(trees.get(index + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' || p.as_char() == '!');
                    let mut ident = ident.clone();
                    if !after_dot && !before_path {
                        self.use_ident(&mut ident, false);
                    }
                    out.push(TokenTree::Ident(ident));
                }
                TokenTree::Group(group) => {
                    let mut new = proc_macro2::Group::new(
                        group.delimiter(),
                        self.scan_tokens(group.stream()),
                    );
                    new.set_span(group.span());
                    out.push(TokenTree::Group(new));
                }
                other => out.push(other.clone()),
            }
        }
        out.into_iter().collect()
    }
}

/// Visits the children of an expression with the walker's rules.
struct Children<'w>(&'w mut Walker);

impl VisitMut for Children<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        self.0.expr(expr);
    }
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        self.0.plain_block(block);
    }
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        self.0.mac(mac);
    }
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

pub(crate) fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(stripped) => stripped.to_owned(),
        None => name,
    }
}

/// Renames the binding `old` inside `pat` (every alternative of an or-pattern).
fn rename_pat_ident(pat: &mut Pat, old: &Ident, new: &Ident) {
    struct Renamer<'a>(&'a Ident, &'a Ident);
    impl VisitMut for Renamer<'_> {
        fn visit_pat_ident_mut(&mut self, p: &mut syn::PatIdent) {
            if p.ident == *self.0 {
                p.ident = Ident::new(&self.1.to_string(), p.ident.span());
            }
            syn::visit_mut::visit_pat_ident_mut(self, p);
        }
        fn visit_field_pat_mut(&mut self, f: &mut syn::FieldPat) {
            if f.colon_token.is_none() {
                f.colon_token = Some(Token![:](Span::call_site()));
            }
            syn::visit_mut::visit_field_pat_mut(self, f);
        }
        fn visit_expr_mut(&mut self, _: &mut Expr) {}
    }
    Renamer(old, new).visit_pat_mut(pat);
}

/// Whether `expr` is a bare name (`x`, not `x.f`, `*x` or `a::b`).
fn is_plain_name(expr: &Expr) -> bool {
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
        && (ty.is_some_and(is_copy_type) || init.is_some_and(is_copy_literal))
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
