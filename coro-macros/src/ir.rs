//! The IR between the stages: a coroutine body as structured blocks whose suspension points
//! sit only at statement level (operands evaluated before a `yield_!` are hoisted into
//! temporaries by `lower`), with everything that cannot suspend kept as plain `syn` trees.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::{Attribute, Expr, Ident, Label, Lifetime, Pat};

/// Identifies a lexical scope that can hold bindings live across a suspension point.
pub(crate) type ScopeId = usize;

/// The scope of the parameters (and `coro!` captures) of a coroutine.
pub(crate) const PARAM_SCOPE: ScopeId = 0;

/// A statement of the body: the scope of its block (each block has one of its own) and its
/// index there. A copy of the body keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct StmtId {
    pub(crate) scope: ScopeId,
    pub(crate) index: usize,
}

/// A lowered coroutine body.
#[derive(Debug, Clone)]
pub(crate) struct Body {
    pub(crate) block: Block,
    /// Items declared in the body's blocks: emitted once, visible to every entry.
    pub(crate) items: Vec<syn::Item>,
    pub(crate) points: Vec<SuspensionPoint>,
    /// The locals that lowering declared, by name (each name it makes is unique).
    pub(crate) hidden: HashMap<Ident, Hidden>,
}

/// What a local that lowering declared is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hidden {
    /// The iterator of a `for` loop (or its counter, over an integer range).
    ForIterator,
    /// Anything else: the value of an operand, the end of a range, the state of a blocking
    /// operation or of a `yield_from!`.
    Temporary,
    /// A temporary that natively outlives a suspension point (of the statement that
    /// suspends, or of the head of a `match`, `if let` or `for`): a local like the user's,
    /// in a block that ends where the temporary would.
    Scoped,
}

/// Where a suspension point comes from, for spans and `Debug`.
#[derive(Debug, Clone)]
pub(crate) struct SuspensionPoint {
    pub(crate) span: Span,
}

#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub(crate) scope: ScopeId,
    pub(crate) stmts: Vec<Stmt>,
}

#[derive(Debug, Clone)]
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

#[derive(Debug, Clone)]
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

#[derive(Debug, Clone)]
pub(crate) struct Arm {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) pat: Pat,
    pub(crate) guard: Option<Expr>,
    pub(crate) body: Block,
}

impl Block {
    /// The statement `id`, inside this block.
    pub(crate) fn find(&self, id: StmtId) -> Option<&Stmt> {
        if self.scope == id.scope {
            return self.stmts.get(id.index);
        }
        self.stmts.iter().find_map(|stmt| match stmt {
            Stmt::Plain(_) => None,
            Stmt::Let { init: node, .. } | Stmt::Expr { node, .. } => match node {
                Node::Plain(_) | Node::Suspend { .. } => None,
                Node::Block { block, .. } | Node::Loop { body: block, .. } => block.find(id),
                Node::If { then, else_, .. } => then
                    .find(id)
                    .or_else(|| else_.as_ref().and_then(|e| e.find(id))),
                Node::Match { arms, .. } => arms.iter().find_map(|arm| arm.body.find(id)),
            },
        })
    }

    /// The id of the statement at `index`.
    pub(crate) fn id(&self, index: usize) -> StmtId {
        StmtId {
            scope: self.scope,
            index,
        }
    }

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

/// Whether a type is visibly `Copy`: a primitive, a shared reference, or a tuple or array
/// of those (a proc-macro sees no more).
pub(crate) fn is_copy_type(ty: &syn::Type) -> bool {
    const PRIMITIVES: &[&str] = &[
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
        "f32", "f64", "bool", "char",
    ];
    match ty {
        syn::Type::Path(path) => {
            path.qself.is_none()
                && path
                    .path
                    .get_ident()
                    .is_some_and(|ident| PRIMITIVES.iter().any(|p| ident == p))
        }
        syn::Type::Reference(reference) => reference.mutability.is_none(),
        syn::Type::Paren(paren) => is_copy_type(&paren.elem),
        syn::Type::Tuple(tuple) => tuple.elems.iter().all(is_copy_type),
        syn::Type::Array(array) => is_copy_type(&array.elem),
        _ => false,
    }
}
