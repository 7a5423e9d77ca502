//! The names in scope while the walk goes: the coroutine's bindings, the names bound inside
//! plain expressions, and the free names of a `coro!` body.

use proc_macro2::Span;
use syn::Ident;

use super::{Binding, BindingId, BindingKind, unraw};
use crate::ir::{PARAM_SCOPE, ScopeId};
use crate::lower::is_binding_name;
use crate::names;

/// What a name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Res {
    Local(BindingId),
    /// A binding local to a plain expression (a closure parameter, an inner `let`).
    Inner,
}

pub(super) struct Resolver {
    pub(super) bindings: Vec<Binding>,
    /// The names in scope, innermost last.
    names: Vec<(String, Res)>,
    /// Where each open scope starts in `names` and in `in_scope`.
    marks: Vec<(usize, usize)>,
    /// Coroutine-level bindings in scope, innermost last.
    pub(super) in_scope: Vec<BindingId>,
    /// The scope of the IR block being walked.
    pub(super) current_scope: ScopeId,
    /// The free names of a `coro!` body, in order of first use, when they are looked for.
    free: Option<Vec<Ident>>,
}

impl Resolver {
    pub(super) fn new(collect_free: bool) -> Self {
        Resolver {
            bindings: Vec::new(),
            names: Vec::new(),
            marks: Vec::new(),
            in_scope: Vec::new(),
            current_scope: PARAM_SCOPE,
            free: collect_free.then(Vec::new),
        }
    }

    pub(super) fn push_scope(&mut self) {
        self.marks.push((self.names.len(), self.in_scope.len()));
    }

    pub(super) fn pop_scope(&mut self) {
        let (names, in_scope) = self.marks.pop().unwrap_or_else(|| unreachable!("balanced"));
        self.in_scope.truncate(in_scope);
        self.names.truncate(names);
    }

    /// Declares a binding of the coroutine in the current scope.
    pub(super) fn declare(&mut self, name: Ident, mutable: bool, kind: BindingKind) -> BindingId {
        let id = self.bindings.len();
        self.names.push((unraw(&name), Res::Local(id)));
        self.in_scope.push(id);
        self.bindings.push(Binding {
            name,
            mutable,
            scope: self.current_scope,
            kind,
            borrow_of: None,
            known_copy: false,
            ty: None,
            iterator: false,
            reference: false,
            closure: None,
            owned: false,
            held_borrow: None,
            temporary: None,
            written_at: None,
            slot_decl: false,
            may_borrow: true,
            no_slot: false,
        });
        id
    }

    /// Declares a name bound inside a plain expression.
    pub(super) fn declare_inner(&mut self, name: &Ident) {
        self.names.push((unraw(name), Res::Inner));
    }

    pub(super) fn resolve(&self, name: &str) -> Option<Res> {
        self.names
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|&(_, res)| res)
    }

    /// Notes `ident`, which names nothing in scope, as a free variable (if free variables
    /// are looked for, and it could be one: not a constant, nor a name of ours but `self`).
    pub(super) fn note_free(&mut self, ident: &Ident) {
        let Some(free) = &mut self.free else {
            return;
        };
        let name = unraw(ident);
        if is_binding_name(ident)
            && (!names::is_generated(&name) || name == names::RECEIVER)
            && !free.iter().any(|f| unraw(f) == name)
        {
            let mut capture = ident.clone();
            // Reported at the call site, resolved where it is written (a `macro_rules!`
            // caller's variable resolves in the caller's context only).
            capture.set_span(capture.span().located_at(Span::call_site()));
            free.push(capture);
        }
    }

    /// The free variables found.
    pub(super) fn free(self) -> Vec<Ident> {
        self.free.unwrap_or_default()
    }
}
