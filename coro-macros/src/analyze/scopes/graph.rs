//! The control-flow graph, as the walk builds it: nodes of events in order, edges between
//! them, the targets of `break` and `continue`, and what each loop does.

use std::collections::HashMap;

use super::{BindingId, LoopInfo, Point, StmtNodes};
use crate::ir::StmtId;

pub(crate) type NodeId = usize;

/// The node where the coroutine starts.
pub(crate) const ENTRY: NodeId = 0;

/// The node where it completes.
const EXIT: NodeId = 1;

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
    /// The binding may be moved (by the `Use` or `Reuse` before it, in plain code that runs
    /// on some paths only: `if c { consume(x) }`): possibly moved, not definitely.
    MaybeMove(BindingId),
}

#[derive(Debug, Default, Clone)]
pub(crate) struct CfgNode {
    pub(crate) events: Vec<Event>,
    pub(crate) succ: Vec<NodeId>,
    /// Per event: the branches of plain code (`if`, `match` inside one statement) it sits in
    /// (see [`Graph::branches`]), which tell two events of the node that never both run.
    pub(crate) branches: Vec<Vec<(usize, usize)>>,
}

/// Whether two events at `a` and `b` (see [`CfgNode::branches`]) sit in different branches
/// of one `if` or `match`, so that at most one of them runs.
pub(crate) fn exclusive(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter()
        .zip(b)
        .take_while(|(x, y)| x.0 == y.0)
        .any(|(x, y)| x.1 != y.1)
}

/// Where control goes when plain code jumps away.
pub(super) enum Jump {
    Break(String),
    Continue(String),
    Return,
}

/// A loop or labelled block of the IR, which `break` (and, for a loop, `continue`) can
/// target.
struct Target {
    label: String,
    /// For a loop: its statement and its head, where `continue` goes.
    looping: Option<(StmtId, NodeId)>,
    /// Where `break` goes.
    exit: NodeId,
}

/// The graph being built.
pub(super) struct Graph {
    pub(super) nodes: Vec<CfgNode>,
    /// The node that the next event goes to.
    pub(super) cur: NodeId,
    /// The loops and labelled blocks around the code being walked, innermost last.
    targets: Vec<Target>,
    pub(super) loops: HashMap<StmtId, LoopInfo>,
    /// The jumps that the plain statement being walked may take.
    pub(super) jumps: Vec<Jump>,
    /// Whether the plain statement being walked always jumps away.
    pub(super) diverges: bool,
    pub(super) points: Vec<Point>,
    pub(super) stmts: HashMap<StmtId, StmtNodes>,
    /// The IR statements around the code being walked, outermost first.
    enclosing: Vec<StmtId>,
    /// The branches of plain code around the code being walked, outermost first: each an
    /// `if` or `match` (numbered as met) and the index of the branch.
    pub(super) branches: Vec<(usize, usize)>,
    /// How many `if`s and `match`es of plain code were met.
    pub(super) constructs: usize,
}

impl Graph {
    pub(super) fn new() -> Self {
        Graph {
            nodes: vec![CfgNode::default(), CfgNode::default()],
            cur: ENTRY,
            targets: Vec::new(),
            loops: HashMap::new(),
            jumps: Vec::new(),
            diverges: false,
            points: Vec::new(),
            stmts: HashMap::new(),
            enclosing: Vec::new(),
            branches: Vec::new(),
            constructs: 0,
        }
    }

    /// Starts statement `id` at a node of its own.
    pub(super) fn enter_stmt(&mut self, id: StmtId) {
        let before = self.new_node();
        self.edge(self.cur, before);
        self.cur = before;
        self.enclosing.push(id);
        self.stmts.insert(
            id,
            StmtNodes {
                before,
                after: before,
                end: before,
            },
        );
    }

    /// Ends statement `id`: it completes at the current node.
    pub(super) fn leave_stmt(&mut self, id: StmtId) {
        self.enclosing.pop();
        let end = self.nodes.len();
        if let Some(stmt) = self.stmts.get_mut(&id) {
            stmt.after = self.cur;
            stmt.end = end;
        }
    }

    /// A suspension point, reached from the current node, with the bindings in scope there;
    /// the walk goes on where it resumes.
    pub(super) fn suspend(&mut self, in_scope: Vec<BindingId>) {
        let node = self.new_node();
        self.edge(self.cur, node);
        let resume = self.new_node();
        self.edge(node, resume);
        self.points.push(Point {
            node,
            resume,
            in_scope,
            enclosing: self.enclosing.clone(),
        });
        self.cur = resume;
    }

    pub(super) fn new_node(&mut self) -> NodeId {
        self.nodes.push(CfgNode::default());
        self.nodes.len() - 1
    }

    pub(super) fn edge(&mut self, from: NodeId, to: NodeId) {
        if !self.nodes[from].succ.contains(&to) {
            self.nodes[from].succ.push(to);
        }
    }

    /// The coroutine completes from the current node.
    pub(super) fn complete(&mut self) {
        self.edge(self.cur, EXIT);
    }

    pub(super) fn event(&mut self, event: Event) {
        self.nodes[self.cur].events.push(event);
        self.nodes[self.cur].branches.push(self.branches.clone());
        for target in &self.targets {
            let Some((id, _)) = target.looping else {
                continue;
            };
            let info = self.loops.entry(id).or_default();
            match event {
                Event::Use {
                    binding,
                    consume: true,
                }
                | Event::Reuse {
                    binding,
                    consume: true,
                }
                | Event::MaybeMove(binding) => {
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

    /// Enters a labelled block of the IR, whose `break`s go to `exit`.
    pub(super) fn enter_block(&mut self, label: String, exit: NodeId) {
        self.targets.push(Target {
            label,
            looping: None,
            exit,
        });
    }

    /// Enters the loop of statement `id`, whose `continue`s go to `head` and `break`s to
    /// `exit`.
    pub(super) fn enter_loop(&mut self, label: String, id: StmtId, head: NodeId, exit: NodeId) {
        self.loops.entry(id).or_default().head = head;
        self.targets.push(Target {
            label,
            looping: Some((id, head)),
            exit,
        });
    }

    /// Leaves the innermost loop or labelled block.
    pub(super) fn leave(&mut self) {
        self.targets.pop();
    }

    /// Marks the loops between the innermost one and the target `index` of `targets`
    /// (everything, for a `return`) as left by a jump.
    fn escape_loops_inside(&mut self, index: usize) {
        let ids: Vec<StmtId> = self.targets[index..]
            .iter()
            .filter_map(|target| target.looping.map(|(id, _)| id))
            .collect();
        for id in ids {
            self.loops.entry(id).or_default().escapes = true;
        }
    }

    /// Connects the jumps a plain statement may take, then starts a new node after it, which
    /// the statement reaches unless it always jumps away.
    pub(super) fn flush_jumps(&mut self) {
        let diverges = std::mem::take(&mut self.diverges);
        if self.jumps.is_empty() && !diverges {
            return;
        }
        for jump in std::mem::take(&mut self.jumps) {
            let target = match &jump {
                Jump::Return => {
                    self.escape_loops_inside(0);
                    Some(EXIT)
                }
                Jump::Break(label) | Jump::Continue(label) => {
                    let index = self.targets.iter().rposition(|t| t.label == *label);
                    // Leaving the target itself is fine; leaving the loops inside it is an
                    // escape for them.
                    if let Some(index) = index {
                        self.escape_loops_inside(index + 1);
                    }
                    index.and_then(|index| {
                        let target = &self.targets[index];
                        match jump {
                            Jump::Continue(_) => target.looping.map(|(_, head)| head),
                            _ => Some(target.exit),
                        }
                    })
                }
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
}
