//! Reachability, decided once, on the control-flow graph: which nodes the coroutine can
//! reach, and, for codegen, which statements an entry runs.
//!
//! An entry runs its code from where it starts (the top of the body, or a suspension point)
//! to the next suspension point, where it returns: so what it emits is what can be reached
//! from its start without resuming. A statement run from its top *completes* when the node
//! after it can be reached from the node before it, inside it; re-entered at a suspension
//! point, when that node can be reached from the point; a loop re-entered at a point
//! *iterates* again when its head can be. Codegen emits the statements of a block up to the
//! first that cannot complete, so that it emits exactly the suspension points that this
//! module finds reachable, and the liveness analysis saves what they need.

use std::collections::HashMap;
use std::ops::Range;

use super::scopes::{ENTRY, NodeId, Scopes};
use crate::ir::StmtId;

/// Whether an entry re-entered at a suspension point goes past a statement around it.
#[derive(Debug, Clone, Copy, Default)]
struct Reentry {
    /// The statement completes.
    completes: bool,
    /// The statement is a loop that starts another iteration.
    iterates: bool,
}

/// What can be reached.
#[derive(Debug)]
pub(crate) struct Flow {
    /// Per node of the graph: whether the coroutine can reach it.
    reachable: Vec<bool>,
    /// Per suspension point: its node.
    points: Vec<NodeId>,
    /// Per statement: whether it completes, run from its top.
    completes: HashMap<StmtId, bool>,
    /// Per suspension point: the statements around it, re-entered there.
    reentry: Vec<HashMap<StmtId, Reentry>>,
}

impl Flow {
    pub(crate) fn new(scopes: &Scopes) -> Self {
        let graph = Graph {
            scopes,
            suspends: {
                let mut suspends = vec![false; scopes.nodes.len()];
                for point in &scopes.points {
                    suspends[point.node] = true;
                }
                suspends
            },
        };
        let reachable = graph.reach(ENTRY, 0..scopes.nodes.len(), true).reached;
        let completes = scopes
            .stmts
            .iter()
            .map(|(id, stmt)| {
                let reached = graph.reach(stmt.before, stmt.before..stmt.end, false);
                (*id, reached.contains(stmt.after))
            })
            .collect();
        let reentry = scopes
            .points
            .iter()
            .map(|point| {
                point
                    .enclosing
                    .iter()
                    .map(|id| {
                        let stmt = &scopes.stmts[id];
                        let reached = graph.reach(point.resume, stmt.before..stmt.end, false);
                        let head = scopes.loops.get(id).map(|info| info.head);
                        let reentry = Reentry {
                            completes: reached.contains(stmt.after),
                            iterates: head.is_some_and(|head| reached.contains(head)),
                        };
                        (*id, reentry)
                    })
                    .collect()
            })
            .collect();
        Flow {
            reachable,
            points: scopes.points.iter().map(|point| point.node).collect(),
            completes,
            reentry,
        }
    }

    /// Whether the coroutine can reach `node`.
    pub(crate) fn node_reachable(&self, node: NodeId) -> bool {
        self.reachable[node]
    }

    /// Whether the coroutine can reach suspension point `point` (one after a `return` in
    /// its block cannot; its entry is never run).
    pub(crate) fn point_reachable(&self, point: usize) -> bool {
        self.reachable[self.points[point]]
    }

    /// Whether statement `stmt`, run from its top, can complete.
    pub(crate) fn completes(&self, stmt: StmtId) -> bool {
        self.completes.get(&stmt).copied().unwrap_or(true)
    }

    /// Whether statement `stmt`, re-entered at suspension point `point` inside it, can
    /// complete.
    pub(crate) fn reentry_completes(&self, point: usize, stmt: StmtId) -> bool {
        self.reentry[point]
            .get(&stmt)
            .is_none_or(|reentry| reentry.completes)
    }

    /// Whether the loop of statement `stmt`, re-entered at suspension point `point` inside
    /// it, can start another iteration.
    pub(crate) fn reentry_iterates(&self, point: usize, stmt: StmtId) -> bool {
        self.reentry[point]
            .get(&stmt)
            .is_some_and(|reentry| reentry.iterates)
    }
}

/// The nodes that the code from `from` reaches before it suspends (or completes): what
/// one entry that runs `from` emits from there.
pub(crate) fn reached_before_suspending(scopes: &Scopes, from: NodeId) -> Vec<bool> {
    let mut suspends = vec![false; scopes.nodes.len()];
    for point in &scopes.points {
        suspends[point.node] = true;
    }
    let graph = Graph { scopes, suspends };
    graph.reach(from, 0..scopes.nodes.len(), false).reached
}

struct Graph<'a> {
    scopes: &'a Scopes,
    /// Per node: whether it is a suspension point's.
    suspends: Vec<bool>,
}

impl Graph<'_> {
    /// The nodes of `within` reached from `from` without leaving `within`; past suspension
    /// points only if `resuming`.
    fn reach(&self, from: NodeId, within: Range<NodeId>, resuming: bool) -> Reached {
        let mut reached = vec![false; within.len()];
        let mut stack = vec![from];
        while let Some(node) = stack.pop() {
            if !within.contains(&node) || std::mem::replace(&mut reached[node - within.start], true)
            {
                continue;
            }
            if resuming || !self.suspends[node] {
                stack.extend(&self.scopes.nodes[node].succ);
            }
        }
        Reached {
            first: within.start,
            reached,
        }
    }
}

/// The nodes reached, among those from `first` on.
struct Reached {
    first: NodeId,
    reached: Vec<bool>,
}

impl Reached {
    fn contains(&self, node: NodeId) -> bool {
        node.checked_sub(self.first)
            .and_then(|index| self.reached.get(index))
            .is_some_and(|&reached| reached)
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    use crate::analyze::{Analysis, analyze};
    use crate::ir::{Block, Body, Node, Stmt, StmtId};
    use crate::parse::CoroutineFn;

    fn analyzed(closure: &str) -> (Body, Analysis) {
        let tokens = TokenStream::from_str(closure).expect("tokens");
        let input = CoroutineFn::from_closure(tokens).expect("a closure");
        let body = crate::lower::body(&input).expect("lowered");
        let analysis = analyze(&input, &body).expect("analyzed");
        (body, analysis)
    }

    /// The statement of the first loop in `block`.
    fn first_loop(block: &Block) -> Option<StmtId> {
        block.stmts.iter().enumerate().find_map(|(index, stmt)| {
            let node = match stmt {
                Stmt::Plain(_) => return None,
                Stmt::Let { init, .. } | Stmt::Expr { node: init, .. } => init,
            };
            match node {
                Node::Loop { .. } => Some(block.id(index)),
                Node::Block { block, .. } => first_loop(block),
                Node::If { then, else_, .. } => {
                    first_loop(then).or_else(|| else_.as_ref().and_then(first_loop))
                }
                Node::Match { arms, .. } => arms.iter().find_map(|arm| first_loop(&arm.body)),
                Node::Plain(_) | Node::Suspend { .. } => None,
            }
        })
    }

    #[test]
    fn nothing_after_a_panic_is_reachable() {
        let (_, analysis) = analyzed(
            "|c: bool| { yield_!(1); if c { panic!(); let s = String::new(); yield_!(2); drop(s); } 3 }",
        );
        assert!(analysis.flow.point_reachable(0));
        assert!(!analysis.flow.point_reachable(1));
        assert!(analysis.layout.saved[1].is_empty());
    }

    #[test]
    fn a_loop_whose_iteration_returns_does_not_iterate_again() {
        let (body, analysis) = analyzed("|| { loop { yield_!(1); if true { return 2; } } }");
        let the_loop = first_loop(&body.block).expect("a loop");
        assert!(analysis.flow.reentry_iterates(0, the_loop));
        assert!(!analysis.flow.completes(the_loop));

        let (body, analysis) = analyzed("|| { loop { yield_!(1); return 2; } }");
        let the_loop = first_loop(&body.block).expect("a loop");
        assert!(!analysis.flow.reentry_iterates(0, the_loop));
        assert!(!analysis.flow.reentry_completes(0, the_loop));
    }

    #[test]
    fn a_break_after_the_point_completes_the_loop() {
        let (body, analysis) = analyzed("|| { let v = loop { yield_!(1); break 2; }; v }");
        let the_loop = first_loop(&body.block).expect("a loop");
        // From the top, the loop suspends before it can break; resumed, it breaks.
        assert!(!analysis.flow.completes(the_loop));
        assert!(analysis.flow.reentry_completes(0, the_loop));
        assert!(!analysis.flow.reentry_iterates(0, the_loop));
    }
}
