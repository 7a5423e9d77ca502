//! The IR between the stages: a coroutine body as structured blocks whose suspension points
//! sit only at statement level (operands evaluated before a `yield_!` are hoisted into
//! temporaries by `lower`), with everything that cannot suspend kept as plain `syn` trees.

use proc_macro2::Span;
use syn::{Attribute, Expr, Label, Lifetime, Pat};

/// Identifies a lexical scope that can hold bindings live across a suspension point.
pub(crate) type ScopeId = usize;

/// The scope of the parameters (and `coro!` captures) of a coroutine.
pub(crate) const PARAM_SCOPE: ScopeId = 0;

/// A lowered coroutine body.
#[derive(Debug)]
pub(crate) struct Body {
    pub(crate) block: Block,
    /// Items declared in the body's blocks: emitted once, visible to every entry.
    pub(crate) items: Vec<syn::Item>,
    pub(crate) points: Vec<SuspensionPoint>,
}

/// Where a suspension point comes from, for spans and `Debug`.
#[derive(Debug, Clone)]
pub(crate) struct SuspensionPoint {
    pub(crate) span: Span,
}

#[derive(Debug)]
pub(crate) struct Block {
    pub(crate) scope: ScopeId,
    pub(crate) stmts: Vec<Stmt>,
}

#[derive(Debug)]
pub(crate) enum Stmt {
    /// A statement that contains no suspension point (`let`s here still declare locals of
    /// the coroutine).
    Plain(syn::Stmt),
    /// `let pat = <node>;` where the initializer can suspend.
    Let {
        attrs: Vec<Attribute>,
        pat: Pat,
        init: Node,
    },
    /// An expression statement (`semi`) or the block's value (no `semi`).
    Expr { node: Node, semi: bool },
}

#[derive(Debug)]
pub(crate) enum Node {
    /// An expression without suspension points.
    Plain(Expr),
    /// `yield_!(value)`, whose `value` cannot suspend. Evaluates to the next resume argument.
    Suspend { point: usize, value: Expr },
    /// A block, maybe labelled or `unsafe`.
    Block {
        label: Option<Label>,
        unsafety: bool,
        block: Block,
    },
    /// `if cond { then } else { else_ }`; the `let`s of `cond` bind into `then`'s scope.
    If {
        cond: Expr,
        then: Block,
        else_: Option<Block>,
    },
    /// `match scrutinee { arms }`; arm bindings live in the arm body's scope.
    Match { scrutinee: Expr, arms: Vec<Arm> },
    /// `'label: loop { body }`; every `break`/`continue` that targets it is labelled.
    Loop { label: Lifetime, body: Block },
}

#[derive(Debug)]
pub(crate) struct Arm {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) pat: Pat,
    pub(crate) guard: Option<Expr>,
    pub(crate) body: Block,
}

impl Block {
    /// The first and last suspension point inside this block, if any.
    pub(crate) fn points(&self) -> Option<(usize, usize)> {
        join_ranges(self.stmts.iter().map(Stmt::points))
    }

    pub(crate) fn contains(&self, point: usize) -> bool {
        self.points()
            .is_some_and(|(lo, hi)| lo <= point && point <= hi)
    }
}

impl Stmt {
    pub(crate) fn points(&self) -> Option<(usize, usize)> {
        match self {
            Stmt::Plain(_) => None,
            Stmt::Let { init, .. } => init.points(),
            Stmt::Expr { node, .. } => node.points(),
        }
    }

    /// Whether this statement suspends on every path through it, so that nothing after it in
    /// its block runs in the same entry.
    pub(crate) fn always_suspends(&self) -> bool {
        matches!(
            self,
            Stmt::Let {
                init: Node::Suspend { .. },
                ..
            } | Stmt::Expr {
                node: Node::Suspend { .. },
                ..
            }
        )
    }
}

impl Node {
    pub(crate) fn points(&self) -> Option<(usize, usize)> {
        match self {
            Node::Plain(_) => None,
            Node::Suspend { point, .. } => Some((*point, *point)),
            Node::Block { block, .. } | Node::Loop { body: block, .. } => block.points(),
            Node::If { then, else_, .. } => {
                join_ranges([then.points(), else_.as_ref().and_then(Block::points)])
            }
            Node::Match { arms, .. } => join_ranges(arms.iter().map(|arm| arm.body.points())),
        }
    }
}

fn join_ranges(ranges: impl IntoIterator<Item = Option<(usize, usize)>>) -> Option<(usize, usize)> {
    ranges
        .into_iter()
        .flatten()
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
}
