//! Shrinking: delete statements, inline or drop branches, drop input runs and trailing
//! inputs, while the failure persists. Candidates are evaluated many per batch crate.

use crate::generate::{Node, Program};

/// Every program one step smaller than `p`.
#[must_use]
pub fn candidates(p: &Program) -> Vec<Program> {
    let mut out = Vec::new();
    // inputs: keep one run; then drop its last input
    if p.inputs.len() > 1 {
        for k in 0..p.inputs.len() {
            let mut q = p.clone();
            q.inputs = vec![p.inputs[k].clone()];
            out.push(q);
        }
    } else if p.inputs.len() == 1 && p.inputs[0].len() > 1 {
        let mut q = p.clone();
        q.inputs[0].pop();
        out.push(q);
    }
    let mut bodies = Vec::new();
    edits(&p.body, &mut bodies);
    for body in bodies {
        let mut q = p.clone();
        q.body = body;
        out.push(q);
    }
    out
}

/// All one-step edits of a block.
fn edits(block: &[Node], out: &mut Vec<Vec<Node>>) {
    for (i, node) in block.iter().enumerate() {
        // delete
        let mut b = block.to_vec();
        b.remove(i);
        out.push(b);
        if let Node::Comp { parts, end } = node {
            // inline one part's block in place of the statement
            for (_, inner) in parts {
                let mut b = block.to_vec();
                b.splice(i..=i, inner.iter().cloned());
                out.push(b);
                // a `match` holds its arms as nodes: inline an arm's block too
                for arm in inner {
                    if let Node::Comp {
                        parts: arm_parts, ..
                    } = arm
                        && arm_parts.len() == 1
                    {
                        let mut b = block.to_vec();
                        b.splice(i..=i, arm_parts[0].1.iter().cloned());
                        out.push(b);
                    }
                }
            }
            // drop a trailing `else` part
            if parts.len() > 1 {
                let mut b = block.to_vec();
                b[i] = Node::Comp {
                    parts: parts[..parts.len() - 1].to_vec(),
                    end: end.clone(),
                };
                out.push(b);
            }
            // edit inside a part
            for (k, (_, inner)) in parts.iter().enumerate() {
                let mut inner_edits = Vec::new();
                edits(inner, &mut inner_edits);
                for e in inner_edits {
                    let mut parts2 = parts.clone();
                    parts2[k].1 = e;
                    let mut b = block.to_vec();
                    b[i] = Node::Comp {
                        parts: parts2,
                        end: end.clone(),
                    };
                    out.push(b);
                }
            }
        }
    }
}
