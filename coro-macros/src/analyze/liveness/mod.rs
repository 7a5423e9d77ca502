//! Which bindings each suspension point saves.
//!
//! A binding in scope at suspension point `k` is saved when it is *live* there (read after
//! `k` on some path before being assigned again), or when it is *owned* there: definitely
//! assigned and not possibly moved since, so that it is dropped where its scope ends, as in
//! an ordinary function. A binding that may have been moved (on some paths, not all) and is
//! not used after `k` gets a drop flag where it can (see [`StateLayout::slots`]): it is then
//! owned wherever it is in scope, its moves taking the value out of the slot. Where it
//! cannot, it is not saved; if it was not in fact moved, it is dropped at the suspension
//! point. Nor is an owned binding of a visibly `Copy` type that is not used after `k`: it
//! has no drop.

use std::collections::HashSet;

use super::flow::Flow;
use super::scopes::{Access, BindingKind, ENTRY, Event, Scopes};
use crate::analyze::BindingId;

mod borrows;

/// The saved bindings of each suspension point, in declaration order.
#[derive(Debug)]
pub(crate) struct StateLayout {
    pub(crate) saved: Vec<Vec<BindingId>>,
    /// Per suspension point: bindings in scope but not saved that the code after the point
    /// assigns, so that re-entry must declare them (uninitialized).
    pub(crate) declared: Vec<Vec<BindingId>>,
    /// The bindings declared as drop-flag slots (`coro_core::DropFlag`): each may have been
    /// moved before a suspension point where it is in scope and not used after, and was
    /// not in fact moved on some path. Its moves take the value out of the slot, the
    /// suspended state holds the slot, and the value is dropped where its scope ends if it
    /// is still there, as in a plain function.
    pub(crate) slots: HashSet<BindingId>,
    /// Per node of the graph, on entry: the bindings definitely assigned and not possibly
    /// moved (empty where the node is unreachable).
    owned_in: Vec<Set>,
    /// Per node of the graph, whether it is reachable.
    reachable: Vec<bool>,
}

impl StateLayout {
    /// Whether `binding` may have been moved where `node` is entered, `node` being
    /// reachable.
    pub(crate) fn maybe_moved_at(&self, node: usize, binding: BindingId) -> bool {
        self.reachable.get(node) == Some(&true) && !self.owned_in[node].contains(binding)
    }

    /// Bindings saved somewhere while another binding of the same name is in scope after
    /// them: the generated code must give them a name of their own.
    pub(crate) fn shadowed(&self, scopes: &Scopes) -> HashSet<BindingId> {
        let mut out = HashSet::new();
        for (point, saved) in self.saved.iter().enumerate() {
            let in_scope = &scopes.points[point].in_scope;
            for &binding in saved {
                let name = super::scopes::unraw(&scopes.bindings[binding].name);
                let shadowed = in_scope.iter().any(|&other| {
                    other > binding && super::scopes::unraw(&scopes.bindings[other].name) == name
                });
                if shadowed {
                    out.insert(binding);
                }
            }
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Set(Vec<u64>);

impl Set {
    fn empty(n: usize) -> Self {
        Set(vec![0; n.div_ceil(64)])
    }
    fn full(n: usize) -> Self {
        let mut set = Set(vec![u64::MAX; n.div_ceil(64)]);
        if !n.is_multiple_of(64)
            && let Some(last) = set.0.last_mut()
        {
            *last = (1u64 << (n % 64)) - 1;
        }
        set
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn union_with(&mut self, other: &Set) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    fn intersect_with(&mut self, other: &Set) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }
}

/// Computes the saved bindings of every suspension point.
pub(crate) fn liveness(scopes: &Scopes, flow: &Flow) -> StateLayout {
    let n = scopes.bindings.len();
    let nodes = &scopes.nodes;
    let mut preds = vec![Vec::new(); nodes.len()];
    for (from, node) in nodes.iter().enumerate() {
        for &to in &node.succ {
            preds[to].push(from);
        }
    }

    let reachable: Vec<bool> = (0..nodes.len())
        .map(|node| flow.node_reachable(node))
        .collect();

    // Backward liveness: live_in = uses ∪ (live_out − definitions).
    let mut live_in = vec![Set::empty(n); nodes.len()];
    let mut live_out = vec![Set::empty(n); nodes.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for id in (0..nodes.len()).rev() {
            let mut out = Set::empty(n);
            for &succ in &nodes[id].succ {
                out.union_with(&live_in[succ]);
            }
            let mut live = out.clone();
            for event in nodes[id].events.iter().rev() {
                match *event {
                    Event::Use { binding, .. } => live.insert(binding),
                    Event::Def(binding) | Event::Assign(binding) | Event::Decl(binding) => {
                        live.remove(binding);
                    }
                    Event::MaybeAssign(_) | Event::Reuse { .. } | Event::MaybeMove(_) => {}
                }
            }
            if live != live_in[id] || out != live_out[id] {
                live_in[id] = live;
                live_out[id] = out;
                changed = true;
            }
        }
    }

    let (owned_in, maybe_in) = ownership(scopes, &preds, &reachable, &HashSet::new());
    let slots = slots(scopes, &reachable, &live_out, &owned_in, &maybe_in);
    let owned_in = if slots.is_empty() {
        owned_in
    } else {
        ownership(scopes, &preds, &reachable, &slots).0
    };

    let saved = scopes
        .points
        .iter()
        .map(|point| {
            let node = &point.node;
            let mut saved: Vec<BindingId> = point
                .in_scope
                .iter()
                .copied()
                .filter(|&b| {
                    // A reference is kept only while it is used: holding it has no effect on
                    // drops, and one to a local cannot be kept across a suspension anyway.
                    // Nor is a value of a visibly `Copy` type: it has no drop to run where
                    // its scope ends.
                    let binding = &scopes.bindings[b];
                    let owned = owned_in[*node].contains(b)
                        && binding.borrow_of.is_none()
                        && !binding.known_copy
                        && !binding.reference;
                    reachable[*node] && (live_out[*node].contains(b) || owned)
                })
                .collect();
            saved.sort_unstable();
            saved.dedup();
            saved
        })
        .collect::<Vec<Vec<BindingId>>>();
    let declared = scopes
        .points
        .iter()
        .zip(&saved)
        .map(|(point, saved)| {
            let mut declared: Vec<BindingId> = point
                .in_scope
                .iter()
                .copied()
                .filter(|b| !saved.contains(b) && assigned_later(scopes, point.node, *b))
                .collect();
            declared.sort_unstable();
            declared.dedup();
            declared
        })
        .collect();
    StateLayout {
        saved,
        declared,
        slots,
        owned_in,
        reachable,
    }
}

/// Per node, on entry: the bindings definitely assigned and not possibly moved, and those
/// possibly assigned and not definitely moved. A move of a binding in `slots` moves its
/// value out of the slot, not the slot.
fn ownership(
    scopes: &Scopes,
    preds: &[Vec<usize>],
    reachable: &[bool],
    slots: &HashSet<BindingId>,
) -> (Vec<Set>, Vec<Set>) {
    let n = scopes.bindings.len();
    let nodes = &scopes.nodes;
    // `maybe`: an assignment on some paths (`MaybeAssign`) may assign.
    let transfer = |id: usize, set: &Set, maybe: bool| {
        let mut set = set.clone();
        for event in &nodes[id].events {
            match *event {
                Event::Def(binding) | Event::Assign(binding) => set.insert(binding),
                Event::MaybeAssign(binding) if maybe => set.insert(binding),
                Event::Use {
                    binding,
                    consume: true,
                }
                | Event::Reuse {
                    binding,
                    consume: true,
                } if !slots.contains(&binding) => set.remove(binding),
                // Possibly moved: not definitely owned, still possibly.
                Event::MaybeMove(binding) if !maybe && !slots.contains(&binding) => {
                    set.remove(binding);
                }
                Event::Decl(binding) => set.remove(binding),
                Event::Use { .. }
                | Event::Reuse { .. }
                | Event::MaybeAssign(_)
                | Event::MaybeMove(_) => {}
            }
        }
        set
    };
    // Definitely (meet: intersection) and possibly (meet: union).
    let mut owned_in: Vec<Set> = (0..nodes.len())
        .map(|id| {
            if id == ENTRY || !reachable[id] {
                Set::empty(n)
            } else {
                Set::full(n)
            }
        })
        .collect();
    let mut owned_out = owned_in.clone();
    let mut maybe_in = vec![Set::empty(n); nodes.len()];
    let mut maybe_out = maybe_in.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for id in 0..nodes.len() {
            if !reachable[id] {
                continue;
            }
            let mut input = if id == ENTRY {
                Set::empty(n)
            } else {
                Set::full(n)
            };
            let mut maybe = Set::empty(n);
            if id != ENTRY {
                for &pred in &preds[id] {
                    if reachable[pred] {
                        input.intersect_with(&owned_out[pred]);
                        maybe.union_with(&maybe_out[pred]);
                    }
                }
            }
            let output = transfer(id, &input, false);
            let maybe_output = transfer(id, &maybe, true);
            if input != owned_in[id]
                || output != owned_out[id]
                || maybe != maybe_in[id]
                || maybe_output != maybe_out[id]
            {
                owned_in[id] = input;
                owned_out[id] = output;
                maybe_in[id] = maybe;
                maybe_out[id] = maybe_output;
                changed = true;
            }
        }
    }
    (owned_in, maybe_in)
}

/// The bindings to declare as drop-flag slots (see [`StateLayout::slots`]): in scope at a
/// suspension point, not used after it, possibly but not definitely moved there, owned
/// (not a reference nor visibly `Copy`), declared where a slot can be (see
/// [`Binding::slot_decl`](super::scopes::Binding::slot_decl)), and mentioned only where a
/// slot can stand for it. Each use must come where the binding is definitely not moved,
/// as the borrow checker requires of the binding itself: a use after a possible move stays
/// an error, not a use of an empty slot.
fn slots(
    scopes: &Scopes,
    reachable: &[bool],
    live_out: &[Set],
    owned_in: &[Set],
    maybe_in: &[Set],
) -> HashSet<BindingId> {
    let mut candidates: HashSet<BindingId> = HashSet::new();
    for point in &scopes.points {
        let node = point.node;
        if !reachable[node] {
            continue;
        }
        for &b in &point.in_scope {
            let binding = &scopes.bindings[b];
            if maybe_in[node].contains(b)
                && !owned_in[node].contains(b)
                && !live_out[node].contains(b)
                && binding.slot_decl
                && !binding.no_slot
                && binding.borrow_of.is_none()
                && !binding.known_copy
                && !binding.reference
                && matches!(
                    binding.kind,
                    BindingKind::Local | BindingKind::Param | BindingKind::Capture
                )
                && binding.name != "self"
                && !crate::names::is_receiver(&binding.name)
            {
                candidates.insert(b);
            }
        }
    }
    if candidates.is_empty() {
        return candidates;
    }
    for mention in scopes.mentions.values() {
        if mention.access == Access::Other {
            candidates.remove(&mention.binding);
        }
    }
    // Every use where the binding is definitely owned, or not owned only because of a move
    // in another branch of an `if` or `match` of the same plain code.
    for (id, node) in scopes.nodes.iter().enumerate() {
        if !reachable[id] {
            continue;
        }
        let mut owned = owned_in[id].clone();
        // Bindings possibly moved in this node, where.
        let mut maybe_moved: Vec<(BindingId, &[(usize, usize)])> = Vec::new();
        for (event, branches) in node.events.iter().zip(&node.branches) {
            match *event {
                Event::Def(b) | Event::Assign(b) => {
                    owned.insert(b);
                    maybe_moved.retain(|&(moved, _)| moved != b);
                }
                Event::Decl(b) => owned.remove(b),
                Event::MaybeMove(b) => maybe_moved.push((b, branches)),
                Event::Use { binding, consume } | Event::Reuse { binding, consume } => {
                    let elsewhere = maybe_moved
                        .iter()
                        .filter(|&&(moved, _)| moved == binding)
                        .all(|&(_, at)| super::scopes::exclusive(at, branches));
                    if !owned.contains(binding) || !elsewhere {
                        candidates.remove(&binding);
                    }
                    if consume {
                        owned.remove(binding);
                    }
                }
                Event::MaybeAssign(_) => {}
            }
        }
    }
    candidates
}

/// Whether some path from the suspension point at `from` assigns `binding` before declaring
/// it anew or reaching another suspension point (where the code emitted for re-entry at
/// `from` ends: a declaration for an assignment beyond it would have no type).
fn assigned_later(scopes: &Scopes, from: usize, binding: BindingId) -> bool {
    let mut seen = vec![false; scopes.nodes.len()];
    for point in &scopes.points {
        seen[point.node] = true;
    }
    let mut stack: Vec<usize> = scopes.nodes[from].succ.clone();
    while let Some(node) = stack.pop() {
        if std::mem::replace(&mut seen[node], true) {
            continue;
        }
        let mut blocked = false;
        for event in &scopes.nodes[node].events {
            match *event {
                Event::Assign(b) | Event::MaybeAssign(b) if b == binding => return true,
                Event::Def(b) | Event::Decl(b) if b == binding => {
                    blocked = true;
                    break;
                }
                _ => {}
            }
        }
        if !blocked {
            stack.extend(&scopes.nodes[node].succ);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    use crate::parse::CoroutineFn;

    /// The analysis' verdict on the `coro!` closure `closure`: `Err` with its first message.
    fn verdict(closure: &str) -> Result<(), String> {
        let tokens = TokenStream::from_str(closure).expect("tokens");
        let input = CoroutineFn::from_closure(tokens).expect("a closure");
        let body = crate::lower::body(&input).expect("lowered");
        crate::analyze::analyze(&input, &body)
            .map(drop)
            .map_err(|error| error.to_string())
    }

    /// The names of the bindings that the analysis declares as drop-flag slots.
    fn slots(closure: &str) -> Vec<String> {
        let tokens = TokenStream::from_str(closure).expect("tokens");
        let input = CoroutineFn::from_closure(tokens).expect("a closure");
        let body = crate::lower::body(&input).expect("lowered");
        let analysis = crate::analyze::analyze(&input, &body).expect("analyzed");
        let mut names: Vec<String> = analysis
            .layout
            .slots
            .iter()
            .map(|&id| analysis.scopes.bindings[id].name.to_string())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_local_moved_on_some_paths_only_is_a_slot() {
        for closure in [
            "|| { let x = T(1); if c { consume(x); } yield_!(1); }",
            "|| { let x = T(1); let n = match c { 0 => x.into_n(), _ => 1 }; yield_!(n); }",
            // A use in the other branch of the `if` that moves it.
            "|| { let x = T(1); let n = if c { f(x) } else { x.len() }; yield_!(n); }",
            // Moved in the branch of an `if` that suspends.
            "|| { let x = T(1); if c { yield_!(0); } else { consume(x); } yield_!(1); }",
            // Assigned again after the suspension point.
            "|| { let mut x = T(1); if c { consume(x); } yield_!(1); x = T(2); g(&x); }",
            // A capture of a `coro!`.
            "|| { if c { consume(cap); } yield_!(1); }",
            // Made from a clone, a moved value that borrows nothing, a loop's counter.
            "|| { let x = T(cap.clone()); if c { consume(x); } yield_!(1); }",
            "|| { let y = T(2); let x = S(y); if c { consume(x); } yield_!(1); }",
            "|| { for i in 0..4 { let x = T(i); if c { consume(x); } yield_!(1); } }",
            // A type written, or one a `Vec` of anything has.
            "|| { let x: Option<T> = None; if c { consume(x); } yield_!(1); }",
            "|| { let x = Vec::new(); if c { consume(x); } yield_!(1); }",
        ] {
            let expected: Vec<String> = if closure.contains("cap)") {
                vec!["cap".into()]
            } else {
                vec!["x".into()]
            };
            assert_eq!(slots(closure), expected, "{closure}");
        }
    }

    #[test]
    fn what_a_slot_cannot_stand_for_keeps_the_early_drop() {
        for closure in [
            // Moved on every path, or never: no flag needed.
            "|| { let x = T(1); consume(x); yield_!(1); }",
            "|| { let x = T(1); g(&x); yield_!(1); }",
            // Used after the possible move: the borrow checker's error stays.
            "|| { let x = T(1); if c { consume(x); } g(&x); yield_!(1); }",
            // A move in a loop of plain code may repeat.
            "|| { let x = T(1); for i in 0..2 { if i == c { consume(x); break; } } yield_!(1); }",
            // A partial move, a match on it, a closure, another macro's arguments.
            "|| { let x = T(1); if c { consume(x.0); } yield_!(1); }",
            "|| { let x = T(1); if c { match x { T(n) => g(n) } } yield_!(1); }",
            "|| { let x = T(1); if c { let f = move || x; f(); } yield_!(1); }",
            "|| { let x = T(1); if c { m!(x); } yield_!(1); }",
            // A reference, a visibly `Copy` value.
            "|| { let v = 1u8; if c { g(v); } yield_!(1); }",
            // Declared by a `let` whose initializer suspends, or by a `match` arm.
            "|| { let x = h(yield_!(0)); if c { consume(x); } yield_!(1); }",
            "|| { match o { Some(x) => { if c { consume(x); } yield_!(1); } None => {} } }",
            // A value that may borrow another local: the state could not hold it.
            "|| { let v = V(1); let x = v.first(); if c { consume(x); } yield_!(1); g(&v); }",
            "|| { let v = V(1); let x = f(&v); if c { consume(x); } yield_!(1); g(&v); }",
            "|| { let v = V(1); let x = v[0].w; if c { consume(x); } yield_!(1); g(&v); }",
            "|| { let v = V(1); let r = &v; let x = S(r); if c { consume(x); } yield_!(1); }",
            "|| { let v = V(1); let x = format!(\"{v}\"); if c { consume(x); } yield_!(1); }",
            "|| { let v = V(1); for r in v.iter() { let x = r; if c { consume(x); } yield_!(1); } }",
            // A two-phase borrow of the local.
            "|| { let mut v = V(1); v.push(v.len()); if c { consume(v); } yield_!(1); }",
            "|| { let mut v = V(1); v.0.push(v.len()); if c { consume(v); } yield_!(1); }",
            // Moved, then `break`, in a loop that suspends: the graph does not tell that the
            // move leaves the loop, so the move may repeat.
            "|| { let x = T(1); let mut i = 0u32; loop { if c && i == 2 { consume(x); break; } yield_!(i); i += 1; if i == 4 { break; } } yield_!(9); }",
            // A type that may not be known where the value is moved.
            "|| { let x = None; if c { consume(x); } yield_!(1); }",
            "|| { let x = Ok(T(1)); if c { consume(x); } yield_!(1); }",
            "|| { let x = it.collect(); if c { consume(x); } yield_!(1); }",
            "|| { let x = s.parse().unwrap(); if c { consume(x); } yield_!(1); }",
            "|| { let x = Default::default(); if c { consume(x); } yield_!(1); }",
            "|| { let x = (Some(None), 1); if c { consume(x); } yield_!(1); }",
        ] {
            assert_eq!(slots(closure), Vec::<String>::new(), "{closure}");
        }
    }

    #[test]
    fn borrows_held_across_a_suspension_point_that_the_macro_reports() {
        for (closure, says) in [
            (
                "|| { let cell = RefCell::new(1); let g = cell.borrow(); yield_!(1); drop(g); }",
                "`g` holds a borrow of `cell`",
            ),
            (
                "|| { let m = Mutex::new(1); let g = m.lock().unwrap(); yield_!(1); }",
                "`g` holds a borrow of `m`",
            ),
            (
                "|| { let mut v = vec![1]; for x in v.iter_mut() { *x = yield_!(1); } }",
                "iterates over a borrow of `v`",
            ),
            (
                "|| { let v = vec![1]; let get = |i: usize| v[i]; yield_!(get(0)); get(0) }",
                "`get` is a closure that borrows `v`",
            ),
            (
                "|| { for i in 0..2 { let f = move |x: u32| x + i; yield_!(f(1)); yield_!(f(2)); } }",
                "`f` holds this closure across a suspension point",
            ),
            // A temporary of a `for` head, named as written rather than by its hidden local.
            (
                "|| { for x in &make() { yield_!(*x); } }",
                "iterates over a borrow of `make()`, a temporary of its head",
            ),
            (
                "|| { for x in vec![1, 2].iter() { yield_!(*x); } }",
                "iterates over a borrow of `vec![1, 2]`, a temporary of its head",
            ),
        ] {
            let error = verdict(closure).expect_err(closure);
            assert!(error.contains(says), "{closure}: {error}");
        }
    }

    #[test]
    fn what_the_macro_cannot_tell_is_a_borrow_of_a_local_is_left_to_rustc() {
        for closure in [
            // A type of the user's, whose `peek` may return an owned value.
            "|| { let q = Queue { v: 1 }; let p = q.peek(); yield_!(1); drop(p); }",
            // A local whose type the macro does not see.
            "|| { let s = make(); let it = s.chars(); yield_!(1); drop(it); }",
            // The borrow ends before the suspension point.
            "|| { let v = vec![1]; let n = v.iter().count(); yield_!(n); }",
            // A `move` closure owns what it uses.
            "|| { let v = vec![1]; let f = move |i: usize| v[i]; yield_!(f(0)); yield_!(f(0)); }",
            // Made once, before the loop that yields.
            "|| { let f = |x: u32| x + 1; for i in 0..2 { yield_!(f(i)); } }",
        ] {
            assert_eq!(verdict(closure), Ok(()), "{closure}");
        }
    }
}
