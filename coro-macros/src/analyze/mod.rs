//! Stage 3, analyze: which locals a suspended coroutine must keep, and what the rewrite
//! must change for that. The analysis only reads the lowered body.
//!
//! [`sites`](mod@sites) numbers the identifiers. [`scopes`](mod@scopes) resolves every name
//! in the body to a binding (shadowing included), finds the free variables a `coro!`
//! captures, and builds a small control-flow graph of uses and definitions.
//! [`flow`](mod@flow) decides on it what can be reached, for the analysis and for codegen.
//! [`liveness`](mod@liveness) runs two dataflow passes over it and decides, for each
//! suspension point, the saved locals; a saved local that another of its name shadows is
//! renamed. [`in_place`](mod@in_place) picks the suspension points whose loop runs on the
//! state's fields.

mod flow;
mod in_place;
mod liveness;
mod scopes;
mod sites;

use std::collections::HashMap;

use syn::Ident;

pub(crate) use self::flow::Flow;
pub(crate) use self::in_place::InPlace;
pub(crate) use self::liveness::StateLayout;
pub(crate) use self::scopes::{
    Access, BindingId, BindingKind, Scopes, borrowing_chain, expr_diverges, keeps_borrow,
    passes_borrow,
};
pub(crate) use self::sites::{MacroArgs, Site, format_names, format_string};
use crate::ir::Body;
use crate::names;
use crate::parse::CoroutineFn;

/// What the analysis found.
#[derive(Debug)]
pub(crate) struct Analysis {
    pub(crate) scopes: Scopes,
    pub(crate) flow: Flow,
    pub(crate) layout: StateLayout,
    /// The name of each binding in the generated code.
    pub(crate) names: Vec<Ident>,
    /// The new name of each identifier that names a renamed binding, by site.
    pub(crate) renames: HashMap<Site, Ident>,
    /// What each mention of a local declared as a drop-flag slot does, by site (see
    /// [`StateLayout::slots`]).
    pub(crate) slot_sites: HashMap<Site, Access>,
    /// The sites that declare a binding which an entry of the state machine after a
    /// suspension point declares again (`let x: T;` assigned only after it): the first
    /// declaration's entry may never use it.
    pub(crate) redeclared: std::collections::HashSet<Site>,
    /// Per suspension point: how its entry runs in place, if it does.
    pub(crate) in_place: Vec<Option<InPlace>>,
    /// How many sites there are.
    pub(crate) sites: Site,
}

/// Analyzes the lowered `body` of `input`; reports a saved local that borrows another.
pub(crate) fn analyze(input: &CoroutineFn, body: &Body) -> syn::Result<Analysis> {
    let sites = sites::Sites::new(input, body);
    let mut scopes = scopes::scopes(input, body, &sites);
    let flow = Flow::new(&scopes);
    let layout = liveness::liveness(&scopes, &flow);
    // A slot is moved out of and refilled through `&mut`.
    for &slot in &layout.slots {
        scopes.bindings[slot].mutable = true;
    }
    let redeclared_bindings: std::collections::HashSet<BindingId> =
        layout.declared.iter().flatten().copied().collect();
    let redeclared = scopes
        .mentions
        .iter()
        .filter(|(_, mention)| {
            mention.role == scopes::Role::Declaration
                && redeclared_bindings.contains(&mention.binding)
        })
        .map(|(site, _)| *site)
        .collect();
    let slot_sites = scopes
        .mentions
        .iter()
        .filter(|(_, mention)| layout.slots.contains(&mention.binding))
        .map(|(site, mention)| (*site, mention.access))
        .collect();
    layout.check_borrows(&scopes, &body.points)?;
    layout.check_closures(&scopes)?;
    let shadowed = layout.shadowed(&scopes);
    let mut names: Vec<Ident> = scopes.bindings.iter().map(|b| b.name.clone()).collect();
    for &id in &shadowed {
        // With the declaration's span, as the renamed mentions have theirs: a body that
        // comes through a `macro_rules!` resolves its names in the caller's context.
        let name = &scopes.bindings[id].name;
        let mut renamed = names::shadowed(&scopes::unraw(name), id);
        renamed.set_span(name.span());
        names[id] = renamed;
    }
    let renames = scopes
        .mentions
        .iter()
        .filter(|(_, mention)| shadowed.contains(&mention.binding))
        .map(|(site, mention)| (*site, names[mention.binding].clone()))
        .collect();
    let in_place = in_place::in_place(body, &scopes, &layout, &sites);
    Ok(Analysis {
        scopes,
        flow,
        layout,
        names,
        renames,
        slot_sites,
        redeclared,
        in_place,
        sites: sites.len(),
    })
}

impl Analysis {
    /// The name of `binding` in the generated code.
    pub(crate) fn name(&self, binding: BindingId) -> &Ident {
        &self.names[binding]
    }
}
