//! Stage 5, codegen: the state enum, its `Debug` support, and the step closure with one
//! entry per state.
//!
//! Each entry is the body emitted as ordinary structured Rust, re-entered at its resume
//! point (Tatham's technique): for suspension point `k`, every enclosing block restores the
//! saved locals it declared, then re-enters the statement that contains `k`, then runs the
//! rest of the block as written. A loop re-entered in the middle of an iteration first
//! finishes that iteration inside labelled blocks (`continue` leaves the first, `break` the
//! second), then runs as a plain loop. Code after a suspension point is not emitted in the
//! entry that reaches it: that entry has returned. What an entry reaches is the analysis'
//! word ([`Flow`](crate::analyze::Flow)), so that the entries build exactly the states that
//! the analysis laid out.
//!
//! ```text
//! // Before:              let x = f(); yield_!(x); g(x)
//! // After (Unresumed):   let x = f(); { let y = x; *state = Suspend0 { x }; return Yielded(y) }
//! // After (Suspend0):    let x = saved.x; drop(arg); g(x)
//! ```
//!
//! [`entry`] emits the entries, [`emit`] the code inside them, and [`relabel`] redirects the
//! jumps of the loops being re-entered.

mod emit;
mod entry;
mod relabel;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::visit_mut::VisitMut;
use syn::{Ident, Lifetime, Type};

use crate::analyze::{Analysis, BindingId, BindingKind, InPlace, Scopes, StateLayout};
use crate::ir::{Body, Node, StmtId};
use crate::names;
use crate::parse::{CoroutineFn, Form};
use crate::rewrite::Rewritten;

/// Emits the coroutine.
pub(crate) fn expand(rewritten: &Rewritten, analysis: &Analysis) -> TokenStream {
    let generator = Gen {
        input: &rewritten.input,
        body: &rewritten.body,
        analysis,
        scopes: &analysis.scopes,
        layout: &analysis.layout,
        in_place: &analysis.in_place,
        in_place_loops: &rewritten.in_place,
        labels: Vec::new(),
        next_label: std::cell::Cell::new(0),
        resuming_in_place: None,
        loop_value: None,
        hoisted: &[],
    };
    generator.expand()
}

#[derive(Clone)]
struct Gen<'a> {
    input: &'a CoroutineFn,
    body: &'a Body,
    analysis: &'a Analysis,
    // Parts of `analysis`, at hand.
    scopes: &'a Scopes,
    layout: &'a StateLayout,
    in_place: &'a [Option<InPlace>],
    /// The loops of the in-place entries, running on the state.
    in_place_loops: &'a [Option<Node>],
    /// While emitting the loop of an in-place entry: its suspension point, which suspends
    /// without writing the state.
    resuming_in_place: Option<usize>,
    /// While emitting the rest of an in-place entry: the statement of the loop that already
    /// ran.
    loop_value: Option<StmtId>,
    /// While emitting the rest of an in-place entry: the locals that the entry declared
    /// before the loop, which the rest uses rather than declares.
    hoisted: &'a [BindingId],
    /// Loops being re-entered: (label, the block to break to, the block `continue` leaves).
    labels: Vec<(String, Lifetime, Lifetime)>,
    next_label: std::cell::Cell<usize>,
}

fn state_enum() -> Ident {
    names::ident(names::STATE_ENUM)
}

fn state_var() -> Ident {
    names::ident(names::STATE)
}

fn arg_var() -> Ident {
    names::ident(names::ARG)
}

/// A field of the `Unresumed` state.
struct UnresumedField {
    name: Ident,
    /// Its type parameter.
    ty: Ident,
    /// What the constructor moves into it.
    value: TokenStream,
    /// The variable the `Unresumed` entry moves it into, and the pattern that binds it.
    var: Ident,
    pat: TokenStream,
}

/// `ident` (raw or not) at another location, resolving where it did.
fn respan(ident: &Ident, span: Span) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(ident.span().located_at(span));
    ident
}

/// `_` for every `impl Trait` inside a type, so that it can be written in a turbofish.
fn inferable(ty: &Type) -> Type {
    struct Erase;
    impl VisitMut for Erase {
        fn visit_type_mut(&mut self, ty: &mut Type) {
            if let Type::ImplTrait(_) = ty {
                *ty = syn::parse_quote!(_);
            } else {
                syn::visit_mut::visit_type_mut(self, ty);
            }
        }
    }
    let mut ty = ty.clone();
    Erase.visit_type_mut(&mut ty);
    ty
}

/// `file:line:column` of a span, when the compiler tells.
fn location(span: Span) -> TokenStream {
    if proc_macro::is_available() {
        let span = span.unwrap();
        let at = format!(":{}:{}", span.line(), span.column());
        quote!(::core::concat!(::core::file!(), #at))
    } else {
        quote!(::core::file!())
    }
}

impl Gen<'_> {
    fn expand(&self) -> TokenStream {
        let krate = &self.input.krate;
        let state_enum = state_enum();
        let finished = names::ident(names::FINISHED);
        let state = state_var();
        let arg = arg_var();

        // One type parameter per binding kept in some state, and per field of `Unresumed`.
        let mut kept: Vec<BindingId> = Vec::new();
        for saved in &self.layout.saved {
            kept.extend(saved);
        }
        kept.sort_unstable();
        kept.dedup();
        let unresumed = self.unresumed_fields();
        let mut params: Vec<Ident> = kept.iter().map(|&id| names::binding_type(id)).collect();
        for field in &unresumed {
            if !params.contains(&field.ty) {
                params.push(field.ty.clone());
            }
        }

        let unresumed_fields = unresumed.iter().map(|field| {
            let (name, ty) = (&field.name, &field.ty);
            quote!(#name: #ty)
        });
        let suspend_variants = self.layout.saved.iter().enumerate().map(|(k, saved)| {
            let name = names::variant(k);
            let fields = self.fields(saved);
            quote!(#name { #(#fields,)* })
        });
        let statuses = self.body.points.iter().enumerate().map(|(k, point)| {
            let name = names::variant(k);
            let at = location(point.span);
            quote!(#state_enum::#name { .. } => #krate::__private::Status::Suspended(#at))
        });

        // The constructor: inputs move into `Unresumed`.
        let inits = unresumed.iter().map(|field| {
            let (name, value) = (&field.name, &field.value);
            quote!(#name: #value)
        });

        let entries = std::iter::once(self.unresumed_entry())
            .chain((0..self.body.points.len()).map(|k| self.suspend_entry(k)));

        let (r, y, t) = self.signature_types();
        let items_in_body = &self.body.items;
        let lints = quote! {
            #[allow(
                unused_mut,
                unused_variables,
                unused_assignments,
                unused_labels,
                unused_braces,
                unused_parens,
                unreachable_code,
                dropping_copy_types,
                non_camel_case_types,
                non_snake_case,
                clippy::all,
                clippy::pedantic,
                clippy::nursery
            )]
        };
        let clone_checks = self.clone_checks();
        let machine = quote! {
            #krate::__private::machine::<#r, #y, #t, _, _>(
                #state_enum::Unresumed { #(#inits,)* },
                move |#state, #arg| -> #krate::CoroutineState<_, _> {
                    #(#items_in_body)*
                    #clone_checks
                    match #state {
                        #(#entries)*
                        // `Machine::resume` panics for it before calling the step.
                        #state_enum::#finished(..) => #krate::__private::unreachable_state(),
                    }
                },
            )
        };
        // The suspension states come first, then `Unresumed`, then `Finished`: completed or
        // poisoned, one variant so that `Machine::resume` tells it apart with one comparison,
        // which the compiler folds into the step's dispatch (a hot path of one compare for a
        // machine with one suspension point).
        let panicked = names::panicked_state();
        let items = quote! {
            #lints
            #[derive(Clone)]
            enum #state_enum<#(#params,)*> {
                #(#suspend_variants,)*
                Unresumed { #(#unresumed_fields,)* },
                #finished(bool),
            }
            #lints
            impl<#(#params,)*> #krate::__private::StateInfo for #state_enum<#(#params,)*> {
                #[inline]
                fn finished(&self) -> bool {
                    ::core::matches!(self, #state_enum::#finished(..))
                }

                fn poison(&mut self) {
                    *self = #panicked;
                }

                fn status(&self) -> #krate::__private::Status {
                    match self {
                        #state_enum::Unresumed { .. } => #krate::__private::Status::Unresumed,
                        #(#statuses,)*
                        #state_enum::#finished(false) => {
                            #krate::__private::Status::Returned
                        }
                        #state_enum::#finished(true) => {
                            #krate::__private::Status::Panicked
                        }
                    }
                }
            }
        };
        match &self.input.form {
            Form::Fn { attrs, vis, sig } => {
                let mut sig = sig.clone();
                let ret = self
                    .input
                    .return_ty
                    .clone()
                    .unwrap_or_else(|| syn::parse_quote!(()));
                let y = self
                    .input
                    .yield_ty
                    .clone()
                    .unwrap_or_else(|| syn::parse_quote!(()));
                let r = self
                    .input
                    .resume_ty
                    .clone()
                    .unwrap_or_else(|| syn::parse_quote!(()));
                let extra = crate::parse::extra_bounds(self.input, &y);
                sig.output = syn::parse_quote! {
                    -> impl #krate::Coroutine<#r, Yield = #y, Return = #ret> + ::core::fmt::Debug #extra
                };
                quote! {
                    #(#attrs)*
                    #vis #sig {
                        #items
                        #machine
                    }
                }
            }
            Form::Closure => {
                let machine_var = names::ident(names::MACHINE);
                quote! {
                    {
                        #items
                        let #machine_var = #machine;
                        #machine_var
                    }
                }
            }
        }
    }

    /// With `clone`, which derives `Clone` for the state: code that never runs and checks that
    /// each value a state keeps is `Clone` (`coro_core::KeptByCloneCoroutine`), located at the
    /// value's declaration, so that one that is not is reported there rather than at the
    /// coroutine's return type. Nothing without `clone`.
    fn clone_checks(&self) -> TokenStream {
        if !self.input.clone {
            return TokenStream::new();
        }
        let krate = &self.input.krate;
        let state_enum = state_enum();
        let state = state_var();
        // The pattern of a variant binding the given fields, and the checks of their values.
        let arm = |variant: TokenStream, fields: Vec<(Ident, Span, bool)>| {
            let mut pats = Vec::new();
            let mut checks = Vec::new();
            for (i, (field, at, slot)) in fields.into_iter().enumerate() {
                let var = names::ident_at(&format!("__coro_kept{i}"), at);
                // A drop-flag slot's value, by a path that does not need its type known.
                let value = if slot {
                    quote!(<#krate::DropFlag<_> as ::core::ops::Deref>::deref(#var))
                } else {
                    quote!(#var)
                };
                pats.push(quote!(#field: #var));
                checks
                    .push(quote::quote_spanned!(at=> #krate::KeptByCloneCoroutine::check(#value);));
            }
            quote!(#state_enum::#variant { #(#pats,)* .. } => { #(#checks)* })
        };
        let slot = |id: BindingId| self.layout.slots.contains(&id);
        // A hidden local's check is located where its value is written, not at the
        // attribute that its name carries.
        let at = |id: BindingId| {
            self.scopes.bindings[id]
                .written_at
                .unwrap_or_else(|| self.analysis.name(id).span())
        };
        let suspended = self.layout.saved.iter().enumerate().map(|(k, saved)| {
            let fields = saved
                .iter()
                .map(|&id| (self.field_name(id), at(id), slot(id)))
                .collect();
            arm(names::variant(k).to_token_stream(), fields)
        });
        let inputs = match &self.input.form {
            Form::Fn { .. } => self
                .input
                .inputs
                .iter()
                .map(|input| (input.field.clone(), input.field.span(), false))
                .collect(),
            Form::Closure => self
                .scopes
                .inputs
                .iter()
                .map(|&id| (self.field_name(id), at(id), slot(id)))
                .collect(),
        };
        let unresumed = arm(quote!(Unresumed), inputs);
        quote! {
            if false {
                match &*#state {
                    #(#suspended)*
                    #unresumed
                    _ => {}
                }
            }
        }
    }

    /// The turbofish types `R`, `Y`, `T` of `machine`.
    fn signature_types(&self) -> (TokenStream, TokenStream, TokenStream) {
        let or_default = |ty: &Option<Type>, fn_default: TokenStream| match (ty, &self.input.form) {
            (Some(ty), _) => inferable(ty).to_token_stream(),
            (None, Form::Fn { .. }) => fn_default,
            (None, Form::Closure) => quote!(_),
        };
        (
            or_default(&self.input.resume_ty, quote!(())),
            or_default(&self.input.yield_ty, quote!(())),
            or_default(&self.input.return_ty, quote!(())),
        )
    }

    /// The field of a saved binding: its name (raw if the binding's name is raw, so that a
    /// keyword stays a valid field name).
    pub(super) fn field_name(&self, id: BindingId) -> Ident {
        respan(self.analysis.name(id), Span::call_site())
    }

    /// The fields of `Unresumed`, in declaration order. A function keeps one per parameter
    /// as passed (a pattern parameter is destructured when the body starts, like in the
    /// function itself); a closure keeps one per capture.
    fn unresumed_fields(&self) -> Vec<UnresumedField> {
        match &self.input.form {
            Form::Fn { .. } => self
                .input
                .inputs
                .iter()
                .enumerate()
                .map(|(i, input)| UnresumedField {
                    name: input.field.clone(),
                    ty: names::param_type(i),
                    value: if names::is_receiver(&input.field) {
                        quote!(self)
                    } else {
                        input.field.to_token_stream()
                    },
                    var: names::unresumed_var(i),
                    pat: input.pat.to_token_stream(),
                })
                .collect(),
            Form::Closure => self
                .scopes
                .inputs
                .iter()
                .zip(&self.scopes.captures)
                .map(|(&id, capture)| {
                    let name = self.analysis.name(id);
                    let krate = &self.input.krate;
                    UnresumedField {
                        name: self.field_name(id),
                        ty: names::binding_type(id),
                        value: if names::is_receiver(capture) {
                            quote!(self)
                        } else if self.layout.slots.contains(&id) {
                            // A drop-flag slot (see `StateLayout::slots`).
                            quote!(#krate::DropFlag::new(#capture))
                        } else {
                            capture.to_token_stream()
                        },
                        var: names::saved(id),
                        pat: quote!(mut #name),
                    }
                })
                .collect(),
        }
    }

    /// Field declarations of a variant, in drop order: locals latest first, then inputs.
    pub(super) fn fields(&self, saved: &[BindingId]) -> Vec<TokenStream> {
        self.drop_order(saved)
            .into_iter()
            .map(|id| {
                let name = self.field_name(id);
                let ty = names::binding_type(id);
                quote!(#name: #ty)
            })
            .collect()
    }

    pub(super) fn drop_order(&self, saved: &[BindingId]) -> Vec<BindingId> {
        let is_input = |id: &BindingId| self.scopes.bindings[*id].kind.is_input();
        let mut locals: Vec<BindingId> = saved.iter().copied().filter(|id| !is_input(id)).collect();
        locals.sort_unstable_by(|a, b| b.cmp(a));
        let inputs = self
            .scopes
            .inputs
            .iter()
            .copied()
            .filter(|id| saved.contains(id));
        locals.into_iter().chain(inputs).collect()
    }

    pub(super) fn destructure(&self, variant: &Ident, saved: &[BindingId]) -> TokenStream {
        let state_enum = state_enum();
        let fields = saved.iter().map(|&id| {
            let name = self.field_name(id);
            let var = names::saved(id);
            quote!(#name: #var)
        });
        quote!(#state_enum::#variant { #(#fields,)* })
    }

    /// `let [mut] name = <saved>;` for the saved bindings of `scope`, and `let [mut] name;`
    /// for those the code after the point assigns before reading, when `after` (the code
    /// emitted in their scope) names them: one assigned only after a later suspension point
    /// would be declared without a value or a use, and its type could not be inferred.
    pub(super) fn restores(&self, point: usize, scope: usize, after: &TokenStream) -> TokenStream {
        let saved = &self.layout.saved[point];
        let mut ids: Vec<BindingId> = saved
            .iter()
            .chain(&self.layout.declared[point])
            .copied()
            .filter(|&id| self.scopes.bindings[id].scope == scope && !self.hoisted.contains(&id))
            .filter(|&id| saved.contains(&id) || mentions(after, self.analysis.name(id)))
            .collect();
        ids.sort_unstable();
        let lets = ids.into_iter().map(|id| {
            let binding = &self.scopes.bindings[id];
            let name = self.analysis.name(id);
            let mutability = (binding.mutable || self.is_capture(id)).then(|| quote!(mut));
            if saved.contains(&id) {
                let var = moved_into(name, &names::saved(id));
                quote!(#[allow(unused_mut, unused_variables, unused_assignments)] let #mutability #name = #var;)
            } else {
                // With the declared type, which the value assigned later may not fix.
                let ty = binding.ty.as_ref().map(|ty| quote!(: #ty));
                quote!(#[allow(unused_mut, unused_variables)] let #mutability #name #ty;)
            }
        });
        quote!(#(#lets)*)
    }

    /// `#[allow(unused_mut)]` for the declaration of a `mut` local that some entry restores
    /// or declares anew (its binding in `pat`): the code that mutates it may run in
    /// another entry than this copy of its declaration.
    pub(super) fn mut_lint(&self, pat: &impl ToTokens) -> Option<TokenStream> {
        let pat = pat.to_token_stream();
        self.layout
            .saved
            .iter()
            .chain(&self.layout.declared)
            .flatten()
            .any(|&id| self.scopes.bindings[id].mutable && mentions(&pat, self.analysis.name(id)))
            .then(|| quote!(#[allow(unused_mut)]))
    }

    fn is_capture(&self, id: BindingId) -> bool {
        self.scopes.bindings[id].kind == BindingKind::Capture
    }

    pub(super) fn complete(&self, value: &TokenStream) -> TokenStream {
        let krate = &self.input.krate;
        let state = state_var();
        let returned = names::ident(names::RETURNED);
        let finished = names::returned_state();
        // The declared return type, so that a tail of another type is reported there.
        let ty = match (&self.input.return_ty, &self.input.form) {
            (Some(ty), _) => Some(inferable(ty)),
            (None, Form::Fn { .. }) => Some(syn::parse_quote!(())),
            (None, Form::Closure) => None,
        }
        .map(|ty| quote!(: #ty));
        quote! {
            // The body diverges when the entry ends in a suspension point.
            #[allow(clippy::diverging_sub_expression)]
            let #returned #ty = #value;
            // Unreachable when the entry ends in a suspension point or the body diverges. A
            // coroutine completes once: the path is cold, and the dispatch of a resume falls
            // through to the code that suspends again.
            #[allow(unreachable_code)]
            {
                #krate::__private::cold_path();
                #krate::__private::save(#state, #finished);
            }
            #krate::CoroutineState::Complete(#returned)
        }
    }
}

/// `value`, as the initializer of `let pat = value;`: through `identity` when `pat`
/// binds a name of the user's starting with `_` (a parameter `_x`, or `self` as a name of
/// ours), which a bare name would make a binding "without effect" to clippy, at the user's
/// name (the other names of ours are not the user's code, which clippy leaves alone).
fn moved_into(pat: &impl ToTokens, value: &impl ToTokens) -> TokenStream {
    fn underscored(tokens: TokenStream) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => {
                let name = ident.to_string();
                name.len() > 1
                    && name.starts_with('_')
                    && (!names::is_generated(&name) || names::is_receiver(&ident))
            }
            proc_macro2::TokenTree::Group(group) => underscored(group.stream()),
            _ => false,
        })
    }
    if underscored(pat.to_token_stream()) {
        quote!(::core::convert::identity(#value))
    } else {
        value.to_token_stream()
    }
}

/// Whether `tokens` contain the identifier `name`.
fn mentions(tokens: &TokenStream, name: &Ident) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == *name,
        proc_macro2::TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}
