//! Which suspension points resume in place.
//!
//! Resuming normally moves the saved locals out of the state and back in at the next
//! suspension: two copies of the whole state per resume. When a suspension point `k` is the
//! only one in its innermost loop `L`, no saved local is declared anew inside `L`, and
//! nothing jumps out of `L` but its own `break`s, the entry for `k` runs `L` directly on the
//! state's fields: each use of a saved local becomes a dereference of a `&mut` into the
//! state, and suspending at `k` again writes nothing. A local that `k` does not save because
//! the code after it assigns it first (`x = yield_!(x)`) is declared by the entry before `L`
//! when it is declared outside `L` (see [`eligible_loop`] for when). Saved locals that `L` reads by value
//! (and so might move) are copied into locals instead and written back when `L` suspends;
//! that is only right for `Copy` types, so the entry checks at compile time and resumes the
//! usual way otherwise. The locals move out of the state only when `L` ends, and the rest of
//! the body runs as usual.
//!
//! ```text
//! // Before (entry Suspend0):  let mut total = saved.total; ... total += i; ... save; return
//! // After:                    loop { ... (*total_ref) += i; ... return }   (state untouched)
//! ```

use std::collections::HashMap;
use std::ops::Range;

use syn::Ident;

use super::scopes::{Event, Role};
use super::sites::{Site, Sites};
use super::{BindingId, Scopes, StateLayout};
use crate::ir::{Block, Body, Node, Stmt, StmtId};
use crate::names;

/// How entry `k` runs in place.
#[derive(Debug)]
pub(crate) struct InPlace {
    /// The statement whose loop runs on the state's fields.
    pub(crate) loop_stmt: StmtId,
    /// The sites of that loop.
    pub(crate) sites: Range<Site>,
    /// The saved bindings used in place, each with the reference that stands for it.
    pub(crate) refs: Vec<(BindingId, Ident)>,
    /// The saved bindings the loop reads by value: copied into locals when the loop starts
    /// and written back when it suspends, which is only right for `Copy` types (the entry
    /// checks, and otherwise resumes the usual way).
    pub(crate) copied: Vec<(BindingId, Ident)>,
    /// The identifiers in the loop that become the reference standing for what they name,
    /// by site: uses of the bindings in `refs` as values and in format strings.
    pub(crate) derefs: HashMap<Site, Ident>,
    /// The locals that the code after the point assigns before reading, declared outside
    /// the loop: the entry declares them before it runs the loop, and the rest of the body
    /// uses those declarations.
    pub(crate) hoisted: Vec<BindingId>,
}

/// Decides, for each suspension point, whether its entry runs in place.
pub(crate) fn in_place(
    body: &Body,
    scopes: &Scopes,
    layout: &StateLayout,
    sites: &Sites<'_>,
) -> Vec<Option<InPlace>> {
    (0..body.points.len())
        .map(|point| {
            let (loop_stmt, hoisted) = eligible_loop(body, scopes, layout, point)?;
            let consumed = &scopes.loops.get(&loop_stmt)?.consumed;
            let (copied, refs): (Vec<_>, Vec<_>) = layout.saved[point]
                .iter()
                .map(|&id| (id, names::in_place_ref(id)))
                .partition(|(id, _)| consumed.contains(id));
            // When the loop ends, the copied locals are written back to the state before the
            // rest of the body takes them out. One the loop may have moved before leaving it
            // cannot be written back (E0382 where its type is not `Copy`, so where the
            // in-place entry never runs but must still compile), unless every iteration
            // moves it (then only a `Copy` type compiles at all): a move on some paths only
            // (`if c { consume(x); break; }`), or one the suspension point does not see,
            // resumes the usual way.
            let nodes = scopes.stmts.get(&loop_stmt)?;
            let at = scopes.points[point].node;
            let moved_on_some_paths = |id: BindingId| {
                scopes.nodes[nodes.before..nodes.end].iter().any(|node| {
                    node.events
                        .iter()
                        .any(|event| matches!(*event, Event::MaybeMove(b) if b == id))
                })
            };
            // (The locals lowering makes, such as a `select!`'s arms, are moved only where
            // that compiles.)
            if copied.iter().any(|&(id, _)| {
                let binding = &scopes.bindings[id];
                !binding.known_copy
                    && !names::is_generated(&binding.name.to_string())
                    && layout.maybe_moved_at(nodes.after, id)
                    && (!layout.maybe_moved_at(at, id) || moved_on_some_paths(id))
            }) {
                return None;
            }
            let by_binding: HashMap<BindingId, &Ident> =
                refs.iter().map(|(id, r)| (*id, r)).collect();
            let in_loop = sites.in_loop(loop_stmt);
            let derefs = scopes
                .mentions
                .iter()
                .filter(|(site, mention)| {
                    in_loop.contains(site) && matches!(mention.role, Role::Value | Role::Format)
                })
                .filter_map(|(site, mention)| {
                    let reference = by_binding.get(&mention.binding)?;
                    Some((*site, (*reference).clone()))
                })
                .collect();
            Some(InPlace {
                loop_stmt,
                sites: in_loop,
                refs,
                copied,
                derefs,
                hoisted,
            })
        })
        .collect()
}

/// The loop that entry `point` runs in place, and the locals it declares before the loop.
///
/// A local that the code after the point assigns before reading (so not saved) and that is
/// declared outside the loop is declared again by the entry, before the loop, when that
/// changes nothing the program can tell: the local is declared in the body's outermost
/// block (so that the rest of the body, emitted after the loop, is all in its scope), it
/// has a visibly `Copy` type (nothing to drop, so no drop order to keep) and no other
/// binding has its name (no declaration in between can shadow it).
fn eligible_loop(
    body: &Body,
    scopes: &Scopes,
    layout: &StateLayout,
    point: usize,
) -> Option<(StmtId, Vec<BindingId>)> {
    let (id, loop_body) = innermost_loop(&body.block, point)?;
    if loop_body.points() != Some((point, point)) {
        return None;
    }
    let info = scopes.loops.get(&id)?;
    let saved = &layout.saved[point];
    if info.escapes || saved.iter().any(|b| info.declared.contains(b)) {
        return None;
    }
    let mut hoisted = Vec::new();
    for &b in &layout.declared[point] {
        if info.declared.contains(&b) {
            continue;
        }
        let binding = &scopes.bindings[b];
        let unique = scopes
            .bindings
            .iter()
            .filter(|other| other.name == binding.name)
            .count()
            == 1;
        if binding.scope != body.block.scope || !binding.known_copy || !unique {
            return None;
        }
        hoisted.push(b);
    }
    hoisted.sort_unstable();
    Some((id, hoisted))
}

/// The statement and body of the innermost loop around `point`.
fn innermost_loop(block: &Block, point: usize) -> Option<(StmtId, &Block)> {
    let index = block.stmts.iter().position(|s| {
        s.points()
            .is_some_and(|(lo, hi)| lo <= point && point <= hi)
    })?;
    let node = match &block.stmts[index] {
        Stmt::Plain(_) => return None,
        Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => init,
    };
    innermost_in_node(node, point, block.id(index))
}

fn innermost_in_node(node: &Node, point: usize, id: StmtId) -> Option<(StmtId, &Block)> {
    match node {
        Node::Plain(_) | Node::Suspend { .. } => None,
        Node::Block { block, .. } => innermost_loop(block, point),
        Node::If { then, else_, .. } => {
            if then.contains(point) {
                innermost_loop(then, point)
            } else {
                innermost_loop(else_.as_ref()?, point)
            }
        }
        Node::Match { arms, .. } => {
            let arm = arms.iter().find(|arm| arm.body.contains(point))?;
            innermost_loop(&arm.body, point)
        }
        Node::Loop { body, .. } => innermost_loop(body, point).or(Some((id, body))),
    }
}
