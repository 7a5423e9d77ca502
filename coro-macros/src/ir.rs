//! The IR between the stages: a coroutine body as structured blocks whose suspension points
//! sit only at statement level (operands evaluated before a `yield_!` are hoisted into
//! temporaries by `lower`), with everything that cannot suspend kept as plain `syn` trees.

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
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

    /// Whether this statement, as emitted in the entry that runs it from the top, never
    /// completes normally (it suspends on every path), so that nothing after it in its
    /// block is emitted. A loop whose emitted body cannot reach a `break` to it counts: its
    /// type would be `!` otherwise, and code after it would be typed as unreachable.
    pub(crate) fn diverges(&self) -> bool {
        match self {
            Stmt::Plain(stmt) => plain_stmt_diverges(stmt),
            Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => init.diverges(),
        }
    }

    /// Whether this statement, re-entered at `point`, never completes normally.
    pub(crate) fn reentry_diverges(&self, point: usize) -> bool {
        match self {
            Stmt::Plain(_) => false,
            Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => init.reentry_diverges(point),
        }
    }
}

/// Whether a plain statement always jumps away (`return`, `break`, `continue`, possibly
/// inside unlabelled blocks) or panics (`panic!`, `unreachable!`, `todo!`,
/// `unimplemented!`). The analysis uses the same rule, so that code it finds
/// unreachable is never emitted.
pub(crate) fn plain_stmt_diverges(stmt: &syn::Stmt) -> bool {
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

impl Block {
    /// The statements emitted for this block in an entry that runs it from the top.
    pub(crate) fn emitted(&self) -> &[Stmt] {
        match self.stmts.iter().position(Stmt::diverges) {
            Some(index) => &self.stmts[..=index],
            None => &self.stmts,
        }
    }

    /// Whether the block never completes normally when run from the top.
    pub(crate) fn diverges(&self) -> bool {
        self.stmts.iter().any(Stmt::diverges)
    }

    /// Whether the block, re-entered at `point`, never completes normally.
    pub(crate) fn reentry_diverges(&self, point: usize) -> bool {
        let Some(index) = self.stmts.iter().position(|s| {
            s.points()
                .is_some_and(|(lo, hi)| lo <= point && point <= hi)
        }) else {
            return false;
        };
        self.stmts[index].reentry_diverges(point)
            || self.stmts[index + 1..].iter().any(Stmt::diverges)
    }

    /// Whether the emitted block can jump to `label` with one of `keywords` (`break`,
    /// `continue`).
    fn jumps_to(&self, label: &Lifetime, keywords: &[&str]) -> bool {
        self.emitted()
            .iter()
            .any(|stmt| stmt_jumps_to(stmt, label, keywords))
    }

    /// Whether the block, re-entered at `point` as the body of the loop labelled `label`,
    /// can start the loop's next iteration: it completes normally, or the code that runs
    /// after the point may `continue` to the loop.
    pub(crate) fn reentry_iterates(&self, point: usize, label: &Lifetime) -> bool {
        !self.reentry_diverges(point) || self.reentry_jumps_to(point, label, &["continue"])
    }

    /// Whether the code emitted for the block re-entered at `point` (the rest of the
    /// statement holding the point, then the statements after it up to the first that
    /// cannot complete) can jump to `label` with one of `keywords` (`break`, `continue`).
    fn reentry_jumps_to(&self, point: usize, label: &Lifetime, keywords: &[&str]) -> bool {
        let Some(index) = self.stmts.iter().position(|s| {
            s.points()
                .is_some_and(|(lo, hi)| lo <= point && point <= hi)
        }) else {
            return false;
        };
        let here = match &self.stmts[index] {
            Stmt::Plain(_) => false,
            Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => {
                init.reentry_jumps_to(point, label, keywords)
            }
        };
        // What runs after that statement, if it can complete: up to the first statement
        // that cannot (the rest is not emitted).
        let rest = if self.stmts[index].reentry_diverges(point) {
            &[]
        } else {
            &self.stmts[index + 1..]
        };
        let rest = match rest.iter().position(Stmt::diverges) {
            Some(end) => &rest[..=end],
            None => rest,
        };
        here || rest.iter().any(|stmt| stmt_jumps_to(stmt, label, keywords))
    }
}

impl Node {
    /// See [`Stmt::diverges`].
    pub(crate) fn diverges(&self) -> bool {
        match self {
            // A lowered `return yield_!(..)` ends with a plain `return`, as the analysis sees.
            Node::Plain(expr) => expr_diverges(expr),
            Node::Suspend { .. } => true,
            Node::Block { label, block, .. } => match label {
                Some(label) => block.diverges() && !block.jumps_to(&label.name, BREAK),
                None => block.diverges(),
            },
            Node::If { then, else_, .. } => {
                then.diverges() && else_.as_ref().is_some_and(Block::diverges)
            }
            Node::Match { arms, .. } => {
                !arms.is_empty() && arms.iter().all(|arm| arm.body.diverges())
            }
            Node::Loop { label, body } => !body.jumps_to(label, BREAK),
        }
    }

    /// See [`Block::reentry_diverges`].
    pub(crate) fn reentry_diverges(&self, point: usize) -> bool {
        match self {
            Node::Plain(_) | Node::Suspend { .. } => false,
            Node::Block { label, block, .. } => {
                block.reentry_diverges(point)
                    && label
                        .as_ref()
                        .is_none_or(|l| !block.reentry_jumps_to(point, &l.name, BREAK))
            }
            Node::If { then, else_, .. } => {
                if then.contains(point) {
                    then.reentry_diverges(point)
                } else {
                    else_.as_ref().is_some_and(|e| e.reentry_diverges(point))
                }
            }
            Node::Match { arms, .. } => arms
                .iter()
                .find(|arm| arm.body.contains(point))
                .is_some_and(|arm| arm.body.reentry_diverges(point)),
            // The loop exits only through a `break` to it: from any part of its body if the
            // interrupted iteration can start another, else from the rest of that iteration.
            Node::Loop { label, body } => {
                if body.reentry_iterates(point, label) {
                    !body.reentry_jumps_to(point, label, BREAK) && !body.jumps_to(label, BREAK)
                } else {
                    !body.reentry_jumps_to(point, label, BREAK)
                }
            }
        }
    }

    /// See [`Block::reentry_jumps_to`]: only the code that runs after `point` counts.
    fn reentry_jumps_to(&self, point: usize, label: &Lifetime, keywords: &[&str]) -> bool {
        match self {
            Node::Plain(_) | Node::Suspend { .. } => false,
            Node::Block { block, .. } => block.reentry_jumps_to(point, label, keywords),
            Node::If { then, else_, .. } => {
                if then.contains(point) {
                    then.reentry_jumps_to(point, label, keywords)
                } else {
                    else_
                        .as_ref()
                        .is_some_and(|e| e.reentry_jumps_to(point, label, keywords))
                }
            }
            Node::Match { arms, .. } => arms
                .iter()
                .find(|arm| arm.body.contains(point))
                .is_some_and(|arm| arm.body.reentry_jumps_to(point, label, keywords)),
            Node::Loop { label: inner, body } => {
                body.reentry_jumps_to(point, label, keywords)
                    || (body.reentry_iterates(point, inner) && body.jumps_to(label, keywords))
            }
        }
    }

    fn jumps_to(&self, label: &Lifetime, keywords: &[&str]) -> bool {
        let tokens = |tree: &dyn ToTokens| tokens_jump_to(&tree.to_token_stream(), label, keywords);
        match self {
            Node::Plain(expr) | Node::Suspend { value: expr, .. } => tokens(expr),
            Node::Block { block, .. } | Node::Loop { body: block, .. } => {
                block.jumps_to(label, keywords)
            }
            Node::If { cond, then, else_ } => {
                tokens(cond)
                    || then.jumps_to(label, keywords)
                    || else_.as_ref().is_some_and(|e| e.jumps_to(label, keywords))
            }
            Node::Match { scrutinee, arms } => {
                tokens(scrutinee)
                    || arms.iter().any(|arm| {
                        arm.guard.as_ref().is_some_and(|g| tokens(g))
                            || arm.body.jumps_to(label, keywords)
                    })
            }
        }
    }

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

fn stmt_jumps_to(stmt: &Stmt, label: &Lifetime, keywords: &[&str]) -> bool {
    match stmt {
        Stmt::Plain(stmt) => tokens_jump_to(&stmt.to_token_stream(), label, keywords),
        Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => init.jumps_to(label, keywords),
    }
}

/// Whether `break 'label` or `continue 'label` appears in the tokens (the labels of the
/// loops we build are unique, so a textual match is exact); `keywords` picks which.
fn tokens_jump_to(tokens: &TokenStream, label: &Lifetime, keywords: &[&str]) -> bool {
    let name = label.ident.to_string();
    let mut iter = tokens.clone().into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(keyword) if keywords.iter().any(|k| keyword == k) => {
                if matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '\'') {
                    iter.next();
                    if matches!(iter.peek(), Some(TokenTree::Ident(ident)) if *ident == name) {
                        return true;
                    }
                }
            }
            TokenTree::Group(group) if tokens_jump_to(&group.stream(), label, keywords) => {
                return true;
            }
            _ => {}
        }
    }
    false
}

const BREAK: &[&str] = &["break"];

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
