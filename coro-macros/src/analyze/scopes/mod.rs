//! Name resolution and the control-flow graph of uses and definitions.
//!
//! One walk over the lowered body, which it only reads, finds:
//! - the bindings of the coroutine (its parameters, a `coro!`'s captures, the locals of the
//!   body), and what each identifier that names one of them names, by its site;
//! - the free variables of a `coro!` body, which become its captures (a first walk, without
//!   them, finds them);
//! - a control-flow graph whose nodes hold the uses and definitions of the bindings in
//!   order, for [`liveness`](super::liveness), with the suspension points and the loops.
//!
//! [`resolve`] keeps the names in scope, [`graph`] builds the graph, [`walk`] walks the IR
//! and [`plain`] the plain syntax inside it (expressions, blocks and macro arguments that
//! cannot suspend).

mod borrows;
mod declared;
mod graph;
mod plain;
mod resolve;
mod walk;

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use syn::Ident;

pub(crate) use self::declared::{borrowing_chain, keeps_borrow, passes_borrow};
pub(crate) use self::graph::{CfgNode, ENTRY, Event, NodeId, exclusive};
pub(crate) use self::plain::expr_diverges;
use super::sites::{Site, Sites};
use crate::ir::{Body, ScopeId, StmtId};
use crate::parse::{CoroutineFn, Form};

pub(crate) type BindingId = usize;

/// A local of the coroutine that can be live across a suspension point.
// Independent facts that its declaration shows, not a state machine.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone)]
pub(crate) struct Binding {
    /// The name as written (or as lowering made it).
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
    /// The type written on the binding's declaration (`let x: u8 = ..`), which a
    /// declaration that the rewrite makes anew (`let x: u8;` in an entry) must repeat: the
    /// value assigned later may not fix it (`x = 0x11` would make it an `i32`).
    pub(crate) ty: Option<syn::Type>,
    /// The binding visibly holds an iterator (`let it = v.iter();`): the methods that only
    /// iterators take by value (`count`, `last`, ...) move it.
    pub(crate) iterator: bool,
    /// The binding visibly holds a reference (`let r = &v[1..];`, `let r: &mut T = ..`),
    /// which has nothing to drop: it is kept only while it is used.
    pub(crate) reference: bool,
    /// The binding's initializer visibly makes a value whose type is that of a closure, an
    /// `async` block or a `coro!` it contains (`let f = |x| ..;`, `let it =
    /// v.iter().map(|x| ..);`): where that one is, since each copy of the code that makes
    /// it has a type of its own.
    pub(crate) closure: Option<proc_macro2::Span>,
    /// The binding's type is visibly not a reference (see [`crate::parse::is_owned_type`]):
    /// a method that borrows it borrows the local itself.
    pub(crate) owned: bool,
    /// The binding's value visibly holds a borrow of another local of the coroutine,
    /// through a method that borrows it or a closure that uses it; unlike
    /// [`borrow_of`](Self::borrow_of), which makes the binding kept only while used, this
    /// only makes a binding saved across a suspension point an error.
    pub(crate) held_borrow: Option<HeldBorrow>,
    /// A temporary of a `match`, `if let` or `for` head that lowering binds to a local
    /// (see [`Hidden::Scoped`](crate::ir::Hidden)): the value, as written, that errors name.
    pub(crate) temporary: Option<TokenStream>,
    /// For a local that lowering declares (a temporary, a `for` loop's iterator): where
    /// the user wrote its value (a `for` loop's iterable rather than the `into_iter` call
    /// around it), which errors about the value point at. `None` for the user's bindings.
    pub(crate) written_at: Option<proc_macro2::Span>,
    /// Declared by a `let` of the body's own blocks with an initializer, no `else`, and
    /// no `ref` or `@` binding: the rewrite can declare it as a drop-flag slot (see
    /// [`StateLayout::slots`](super::StateLayout::slots)).
    pub(crate) slot_decl: bool,
    /// The binding's value may hold a borrow of another local of the coroutine: its
    /// initializer mentions one other than by moving a whole value that holds none. Set for
    /// every binding whose declaration does not show otherwise.
    pub(crate) may_borrow: bool,
    /// A drop flag cannot stand for the binding although it is declared as one could be:
    /// its value may borrow another local, its type is not known where it is declared
    /// (`let x = None;`), or a mention relies on a two-phase borrow (`v.push(v.len())`),
    /// which a slot's `DerefMut` loses. It keeps the early drop.
    pub(crate) no_slot: bool,
}

/// How a binding's value holds a borrow of another local (see [`Binding::held_borrow`]).
#[derive(Debug, Clone)]
pub(crate) struct HeldBorrow {
    /// The borrowed local.
    pub(crate) local: BindingId,
    /// The code that borrows it (`cell.borrow()`, `v.iter_mut()`, a closure).
    pub(crate) by: TokenStream,
    /// Whether it is a closure (not `move`) that uses the local.
    pub(crate) closure: bool,
    /// Whether it is the sub-coroutine of a `yield_from!` made from a borrow of the local.
    pub(crate) yield_from: bool,
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
    /// Another local of lowering's own (see [`Hidden::Temporary`](crate::ir::Hidden)).
    Temporary,
}

impl BindingKind {
    /// A value the coroutine is made with: a parameter or a capture.
    pub(crate) fn is_input(self) -> bool {
        matches!(self, BindingKind::Param | BindingKind::Capture)
    }
}

/// An identifier that names a binding of the coroutine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) binding: BindingId,
    pub(crate) role: Role,
    pub(crate) access: Access,
}

/// What a mention does with its binding's value, for the rewrite of a binding declared as
/// a drop-flag slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// Declares it.
    Declaration,
    /// Uses it in place: reads or borrows it, or borrows a part of it.
    Place,
    /// Moves (or copies) the whole value: a call's argument, a method on the list of those
    /// that move their receiver, a `let x = ..`'s initializer, an operand.
    Move,
    /// Assigns it, as the left of `x = ..`.
    Assign,
    /// Anything the rewrite cannot express through a slot: a partial move (`f(x.0)`,
    /// `S { ..x }`, a destructuring `let` or `match` on it), a mention inside a closure or
    /// the tokens of a macro, a format string, a callee, a dereference's operand.
    Other,
}

/// Where an identifier names a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// In a pattern that declares it.
    Declaration,
    /// As a value: a path expression, read or assigned.
    Value,
    /// As the function of a call (`f(x)`).
    Callee,
    /// Among the tokens of a macro call whose arguments are not expressions.
    Token,
    /// In a format string (`"{x}"`).
    Format,
}

/// What a loop of the IR does with the coroutine's bindings.
#[derive(Debug, Default, Clone)]
pub(crate) struct LoopInfo {
    /// Its head, where each iteration starts.
    pub(crate) head: NodeId,
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
    pub(crate) bindings: Vec<Binding>,
    /// Bindings of the parameters (and captures), in the order of `inputs` then `captures`.
    pub(crate) inputs: Vec<BindingId>,
    /// Free variables of a `coro!` body, in order of first use.
    pub(crate) captures: Vec<Ident>,
    /// What the identifier at each site names, for those that name a binding.
    pub(crate) mentions: HashMap<Site, Mention>,
    /// Per loop of the IR, by the statement that holds it.
    pub(crate) loops: HashMap<StmtId, LoopInfo>,
    pub(crate) nodes: Vec<CfgNode>,
    pub(crate) points: Vec<Point>,
    /// Per statement of the IR, its nodes.
    pub(crate) stmts: HashMap<StmtId, StmtNodes>,
}

/// A suspension point in the graph.
#[derive(Debug)]
pub(crate) struct Point {
    /// Its node, which suspends: its only edge, to `resume`, is taken by a later resume.
    pub(crate) node: NodeId,
    /// Where the coroutine resumes.
    pub(crate) resume: NodeId,
    /// The bindings in scope there.
    pub(crate) in_scope: Vec<BindingId>,
    /// The statements around it, outermost first.
    pub(crate) enclosing: Vec<StmtId>,
}

/// The nodes of a statement of the IR: those made while it was walked, from `before` (where
/// it starts) to `end` (excluded), and `after`, where it completes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StmtNodes {
    pub(crate) before: NodeId,
    pub(crate) after: NodeId,
    pub(crate) end: NodeId,
}

/// Resolves the names of `input` and `body` and builds the body's control-flow graph.
pub(crate) fn scopes(input: &CoroutineFn, body: &Body, sites: &Sites<'_>) -> Scopes {
    let captures = match input.form {
        Form::Closure => walk::Walker::new(body, sites, &[], true).run(input).free(),
        Form::Fn { .. } => Vec::new(),
    };
    walk::Walker::new(body, sites, &captures, false)
        .run(input)
        .finish(captures)
}

pub(crate) fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(stripped) => stripped.to_owned(),
        None => name,
    }
}
