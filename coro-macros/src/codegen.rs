//! Stage 4, codegen: the state enum, its `Debug` support, and the step closure with one
//! entry per state.
//!
//! Each entry is the body emitted as ordinary structured Rust, re-entered at its resume
//! point (Tatham's technique): for suspension point `k`, every enclosing block restores the
//! saved locals it declared, then re-enters the statement that contains `k`, then runs the
//! rest of the block as written. A loop re-entered in the middle of an iteration first
//! finishes that iteration inside labelled blocks (`continue` leaves the first, `break` the
//! second), then runs as a plain loop. Code after a suspension point is not emitted in the
//! entry that reaches it: that entry has returned.
//!
//! ```text
//! // Before:              let x = f(); yield_!(x); g(x)
//! // After (Unresumed):   let x = f(); { let y = x; *state = Suspend0 { x }; return Yielded(y) }
//! // After (Suspend0):    let x = saved.x; drop(arg); g(x)
//! ```

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Expr, Ident, Lifetime, Type};

use crate::analyze::{Analysis, BindingId, BindingKind, InPlace, Scopes, StateLayout};
use crate::ir::{Block, Body, Node, PARAM_SCOPE, Stmt, StmtId};
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
    };
    generator.expand()
}

#[derive(Clone)]
struct Gen<'a> {
    input: &'a CoroutineFn,
    body: &'a Body,
    analysis: &'a Analysis,
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

/// `ident` (raw or not) with another span.
fn respan(ident: &Ident, span: Span) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(span);
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
        let machine = quote! {
            #krate::__private::machine::<#r, #y, #t, _, _>(
                #state_enum::Unresumed { #(#inits,)* },
                move |#state, #arg| {
                    #(#items_in_body)*
                    match #state {
                        #(#entries)*
                        #state_enum::Returned | #state_enum::ResumedAfterReturn => {
                            // Panics without poisoning: every later resume panics the same.
                            *#state = #state_enum::ResumedAfterReturn;
                            #krate::__private::resumed_after_completion()
                        }
                        #state_enum::Panicked => #krate::__private::resumed_after_panicking(),
                    }
                },
            )
        };
        let items = quote! {
            #lints
            #[derive(Clone)]
            enum #state_enum<#(#params,)*> {
                Unresumed { #(#unresumed_fields,)* },
                #(#suspend_variants,)*
                Returned,
                /// Completed, then resumed (which panicked): not poisoned by that panic.
                ResumedAfterReturn,
                Panicked,
            }
            #lints
            impl<#(#params,)*> #krate::__private::StateInfo for #state_enum<#(#params,)*> {
                fn poison(&mut self) {
                    if !::core::matches!(self, #state_enum::ResumedAfterReturn) {
                        *self = #state_enum::Panicked;
                    }
                }

                fn status(&self) -> #krate::__private::Status {
                    match self {
                        #state_enum::Unresumed { .. } => #krate::__private::Status::Unresumed,
                        #(#statuses,)*
                        #state_enum::Returned | #state_enum::ResumedAfterReturn => {
                            #krate::__private::Status::Returned
                        }
                        #state_enum::Panicked => #krate::__private::Status::Panicked,
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
                sig.output = syn::parse_quote! {
                    -> impl #krate::Coroutine<#r, Yield = #y, Return = #ret> + ::core::fmt::Debug
                };
                quote! {
                    #(#attrs)*
                    #lints
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
                        #lints
                        let #machine_var = #machine;
                        #machine_var
                    }
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
    fn field_name(&self, id: BindingId) -> Ident {
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
                    UnresumedField {
                        name: self.field_name(id),
                        ty: names::binding_type(id),
                        value: if names::is_receiver(capture) {
                            quote!(self)
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
    fn fields(&self, saved: &[BindingId]) -> Vec<TokenStream> {
        self.drop_order(saved)
            .into_iter()
            .map(|id| {
                let name = self.field_name(id);
                let ty = names::binding_type(id);
                quote!(#name: #ty)
            })
            .collect()
    }

    fn drop_order(&self, saved: &[BindingId]) -> Vec<BindingId> {
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

    fn destructure(&self, variant: &Ident, saved: &[BindingId]) -> TokenStream {
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
    fn restores(&self, point: usize, scope: usize, after: &TokenStream) -> TokenStream {
        let saved = &self.layout.saved[point];
        let mut ids: Vec<BindingId> = saved
            .iter()
            .chain(&self.layout.declared[point])
            .copied()
            .filter(|&id| self.scopes.bindings[id].scope == scope)
            .filter(|&id| saved.contains(&id) || mentions(after, self.analysis.name(id)))
            .collect();
        ids.sort_unstable();
        let lets = ids.into_iter().map(|id| {
            let binding = &self.scopes.bindings[id];
            let name = self.analysis.name(id);
            let mutability = (binding.mutable || self.is_capture(id)).then(|| quote!(mut));
            if saved.contains(&id) {
                let var = names::saved(id);
                quote!(let #mutability #name = #var;)
            } else {
                quote!(let #mutability #name;)
            }
        });
        quote!(#(#lets)*)
    }

    fn is_capture(&self, id: BindingId) -> bool {
        self.scopes.bindings[id].kind == BindingKind::Capture
    }

    fn complete(&self, value: &TokenStream) -> TokenStream {
        let krate = &self.input.krate;
        let state_enum = state_enum();
        let state = state_var();
        let returned = names::ident(names::RETURNED);
        quote! {
            let #returned = #value;
            #krate::__private::save(#state, #state_enum::Returned);
            #krate::CoroutineState::Complete(#returned)
        }
    }

    fn unresumed_entry(&self) -> TokenStream {
        let state_enum = state_enum();
        let arg = arg_var();
        let krate = &self.input.krate;
        let state = state_var();
        let unresumed = self.unresumed_fields();
        let fields = unresumed.iter().map(|field| {
            let (name, var) = (&field.name, &field.var);
            quote!(#name: #var)
        });
        let inputs = unresumed.iter().map(|field| {
            let (pat, var) = (&field.pat, &field.var);
            quote!(let #pat = #var;)
        });
        let resume = match &self.input.resume {
            Some((pat, Some(ty))) => quote!(let #pat: #ty = #arg;),
            Some((pat, None)) => quote!(let #pat = #arg;),
            None => quote!(::core::mem::drop(#arg);),
        };
        let body = self.emit_block(&self.body.block);
        let complete = self.complete(&body);
        quote! {
            #state_enum::Unresumed { .. } => {
                let #state_enum::Unresumed { #(#fields,)* } =
                    #krate::__private::replace(#state, #state_enum::Panicked)
                else {
                    #krate::__private::unreachable_state()
                };
                #(#inputs)*
                #resume
                #complete
            }
        }
    }

    fn suspend_entry(&self, point: usize) -> TokenStream {
        let krate = &self.input.krate;
        let state_enum = state_enum();
        let state = state_var();
        let name = names::variant(point);
        if !self.analysis.flow.point_reachable(point) {
            return quote! {
                #state_enum::#name { .. } => #krate::__private::unreachable_state(),
            };
        }
        let pattern = self.destructure(&name, &self.layout.saved[point]);
        let move_out = quote! {
            let #pattern = #krate::__private::replace(#state, #state_enum::Panicked) else {
                #krate::__private::unreachable_state()
            };
        };
        let Some(in_place) = &self.in_place[point] else {
            let body = self.reenter_block(&self.body.block, point);
            let restores = self.restores(point, PARAM_SCOPE, &body);
            let complete = self.complete(&body);
            return quote! {
                #state_enum::#name { .. } => {
                    #move_out
                    #restores
                    #complete
                }
            };
        };
        // Run the loop on the state's fields, through `&mut`s.
        let refs = in_place
            .refs
            .iter()
            .chain(&in_place.copied)
            .map(|(id, reference)| {
                let field = self.field_name(*id);
                quote!(#field: #reference)
            });
        // Locals declared with a visibly `Copy` type are copied as they are; the others go
        // through the compile-time probe, with the usual resumption as the fallback.
        let probed: Vec<&(BindingId, Ident)> = in_place
            .copied
            .iter()
            .filter(|(id, _)| !self.scopes.bindings[*id].known_copy)
            .collect();
        let copy_checks = probed
            .iter()
            .map(|(_, reference)| quote!((&&#krate::__private::Probe(&*#reference)).is_copy()));
        let copies: Vec<TokenStream> = in_place
            .copied
            .iter()
            .map(|(id, reference)| {
                let binding = &self.scopes.bindings[*id];
                let name = self.analysis.name(*id);
                if binding.known_copy {
                    quote!(let mut #name = *#reference;)
                } else {
                    quote!(let mut #name = (&&#krate::__private::Probe(&*#reference)).get();)
                }
            })
            .collect();
        let write_back = self.write_back(point);
        let mut looping = self.clone();
        looping.resuming_in_place = Some(point);
        let the_loop = self.in_place_loops[point]
            .as_ref()
            .unwrap_or_else(|| unreachable!("the in-place loop was rewritten"));
        let loop_code = looping.reenter_node(the_loop, point, in_place.loop_stmt);
        self.next_label.set(looping.next_label.get());
        let fallback = {
            let body = self.reenter_block(&self.body.block, point);
            let restores = self.restores(point, PARAM_SCOPE, &body);
            let complete = self.complete(&body);
            quote! {
                #move_out
                #restores
                #complete
            }
        };
        let loop_value = names::ident(names::LOOP_VALUE);
        let run_in_place = |after_loop: TokenStream| {
            if in_place.copied.is_empty() {
                return quote! {
                    #state_enum::#name { #(#refs,)* } => {
                        let #loop_value = #loop_code;
                        #after_loop
                    }
                };
            }
            if probed.is_empty() {
                return quote! {
                    #state_enum::#name { #(#refs,)* } => {
                        #(#copies)*
                        let #loop_value = #loop_code;
                        #write_back
                        #after_loop
                    }
                };
            }
            quote! {
                #state_enum::#name { #(#refs,)* } => {
                    #[allow(unused_imports)]
                    use #krate::__private::{IsCopy as _, NotCopy as _};
                    if #(#copy_checks)&&* {
                        #(#copies)*
                        let #loop_value = #loop_code;
                        #write_back
                        #after_loop
                    } else {
                        #fallback
                    }
                }
            }
        };
        if !self
            .analysis
            .flow
            .reentry_completes(point, in_place.loop_stmt)
        {
            return run_in_place(loop_value.to_token_stream());
        }
        // The loop ended: move the locals out and go on as usual.
        let mut rest = self.clone();
        rest.loop_value = Some(in_place.loop_stmt);
        let body = rest.reenter_block(&self.body.block, point);
        let restores = rest.restores(point, PARAM_SCOPE, &body);
        self.next_label.set(rest.next_label.get());
        let complete = rest.complete(&body);
        run_in_place(quote! {
            #move_out
            #restores
            #complete
        })
    }

    // ----- ordinary emission -----

    fn emit_block(&self, block: &Block) -> TokenStream {
        let stmts = self.emit_stmts(block, 0);
        quote!({ #stmts })
    }

    /// The statements of `block` from `first`, up to the first that cannot complete.
    fn emit_stmts(&self, block: &Block, first: usize) -> TokenStream {
        let mut out = TokenStream::new();
        for (index, stmt) in block.stmts.iter().enumerate().skip(first) {
            out.extend(self.emit_stmt(stmt));
            if !self.analysis.flow.completes(block.id(index)) {
                break;
            }
        }
        out
    }

    fn emit_stmt(&self, stmt: &Stmt) -> TokenStream {
        match stmt {
            Stmt::Plain(stmt) => self.plain(stmt),
            Stmt::Let {
                init: node @ Node::Suspend { .. },
                ..
            }
            | Stmt::Expr {
                node: node @ Node::Suspend { .. },
                ..
            } => {
                let suspend = self.emit_node(node);
                quote!(#suspend;)
            }
            Stmt::Let { attrs, pat, init } => {
                let init = self.emit_node(init);
                quote!(#(#attrs)* let #pat = #init;)
            }
            Stmt::Expr { node, semi } => {
                let node = self.emit_node(node);
                let semi = semi.then(|| quote!(;));
                quote!(#node #semi)
            }
        }
    }

    fn emit_node(&self, node: &Node) -> TokenStream {
        match node {
            Node::Plain(expr) => self.plain(expr),
            Node::Suspend { point, value } => self.suspend(*point, value),
            Node::Block {
                label,
                unsafety,
                block,
            } => {
                let unsafety = unsafety.then(|| quote!(unsafe));
                let block = self.emit_block(block);
                quote!(#label #unsafety #block)
            }
            Node::If { cond, then, else_ } => {
                let cond = self.plain(cond);
                let then = self.emit_block(then);
                let else_ = else_.as_ref().map(|e| {
                    let e = self.emit_block(e);
                    quote!(else #e)
                });
                quote!(if #cond #then #else_)
            }
            Node::Match { scrutinee, arms } => {
                let scrutinee = self.plain(scrutinee);
                let arms = arms.iter().map(|arm| {
                    let attrs = &arm.attrs;
                    let pat = &arm.pat;
                    let guard = arm.guard.as_ref().map(|g| {
                        let g = self.plain(g);
                        quote!(if #g)
                    });
                    let body = self.emit_block(&arm.body);
                    quote!(#(#attrs)* #pat #guard => #body)
                });
                quote!(match #scrutinee { #(#arms)* })
            }
            Node::Loop { label, body } => {
                let body = self.emit_block(body);
                quote!(#label: loop #body)
            }
        }
    }

    /// `*<reference> = name;` for the locals an in-place entry copied out of the state.
    fn write_back(&self, point: usize) -> TokenStream {
        let Some(in_place) = &self.in_place[point] else {
            return TokenStream::new();
        };
        let writes = in_place.copied.iter().map(|(id, reference)| {
            let name = self.analysis.name(*id);
            quote!(*#reference = #name;)
        });
        quote!(#(#writes)*)
    }

    /// The code of suspension point `point`: evaluate the value, save the live locals, return.
    fn suspend(&self, point: usize, value: &Expr) -> TokenStream {
        let krate = &self.input.krate;
        let state_enum = state_enum();
        let state = state_var();
        let span = self.body.points[point].span;
        let name = names::variant(point);
        let fields = self
            .drop_order(&self.layout.saved[point])
            .into_iter()
            .map(|id| {
                let field = self.field_name(id);
                let value = respan(self.analysis.name(id), span);
                quote!(#field: #value)
            });
        let value = self.plain(value);
        let var = names::ident(names::YIELDED);
        let var_at = names::ident_at(names::YIELDED, value.span());
        let yielded = quote_spanned!(value.span()=> #krate::CoroutineState::Yielded(#var_at));
        if self.resuming_in_place == Some(point) {
            // The saved locals are the state's own fields, but for the copied ones.
            let write_back = self.write_back(point);
            return quote! {
                {
                    let #var = #value;
                    #write_back
                    return #yielded;
                }
            };
        }
        quote! {
            {
                let #var = #value;
                #krate::__private::save(#state, #state_enum::#name { #(#fields,)* });
                return #yielded;
            }
        }
    }

    // ----- re-entry -----

    fn reenter_block(&self, block: &Block, point: usize) -> TokenStream {
        let index = block
            .stmts
            .iter()
            .position(|s| {
                s.points()
                    .is_some_and(|(lo, hi)| lo <= point && point <= hi)
            })
            .unwrap_or_else(|| unreachable!("the block contains the point"));
        let entered = self.reenter_stmt(&block.stmts[index], point, block.id(index));
        let rest = if self.analysis.flow.reentry_completes(point, block.id(index)) {
            self.emit_stmts(block, index + 1)
        } else {
            TokenStream::new()
        };
        let restores = self.restores(point, block.scope, &quote!(#entered #rest));
        quote!({ #restores #entered #rest })
    }

    fn reenter_stmt(&self, stmt: &Stmt, point: usize, id: StmtId) -> TokenStream {
        match stmt {
            Stmt::Plain(_) => unreachable!("plain statements hold no suspension point"),
            Stmt::Let { attrs, pat, init } => {
                let diverges = !self.analysis.flow.reentry_completes(point, id);
                let init = self.reenter_node(init, point, id);
                if diverges {
                    // Nothing is bound (and the bindings' types might not be inferable).
                    quote!(#init;)
                } else {
                    quote!(#(#attrs)* let #pat = #init;)
                }
            }
            Stmt::Expr {
                node: Node::Suspend { .. },
                semi: true,
            } => {
                let arg = arg_var();
                quote!(::core::mem::drop(#arg);)
            }
            Stmt::Expr { node, semi } => {
                let node = self.reenter_node(node, point, id);
                let semi = semi.then(|| quote!(;));
                quote!(#node #semi)
            }
        }
    }

    /// Re-enters `node`, of statement `id`, at `point`.
    fn reenter_node(&self, node: &Node, point: usize, id: StmtId) -> TokenStream {
        match node {
            Node::Plain(_) => unreachable!("plain nodes hold no suspension point"),
            Node::Suspend { .. } => arg_var().into_token_stream(),
            Node::Block {
                label,
                unsafety,
                block,
            } => {
                let unsafety = unsafety.then(|| quote!(unsafe));
                let block = self.reenter_block(block, point);
                quote!(#label #unsafety #block)
            }
            Node::If { then, else_, .. } => {
                if then.contains(point) {
                    self.reenter_block(then, point)
                } else {
                    let else_ = else_
                        .as_ref()
                        .unwrap_or_else(|| unreachable!("the point is in a branch"));
                    self.reenter_block(else_, point)
                }
            }
            Node::Match { arms, .. } => {
                let arm = arms
                    .iter()
                    .find(|arm| arm.body.contains(point))
                    .unwrap_or_else(|| unreachable!("the point is in an arm"));
                self.reenter_block(&arm.body, point)
            }
            Node::Loop { .. } if self.loop_value == Some(id) => {
                // A block, like the loop it stands for, so that it needs no `;` as a statement.
                let loop_value = names::ident(names::LOOP_VALUE);
                quote!({ #loop_value })
            }
            Node::Loop { label, body } => {
                let n = self.next_label.get();
                self.next_label.set(n + 1);
                let exit = names::exit_label(n);
                let cont = names::continue_label(n);
                let mut inner = self.clone();
                inner.next_label = std::cell::Cell::new(n + 1);
                inner
                    .labels
                    .push((label.to_string(), exit.clone(), cont.clone()));
                let first = inner.reenter_block(body, point);
                self.next_label.set(inner.next_label.get());
                // The loop itself, after the interrupted iteration; left out when that
                // iteration can never reach it (the names it uses need not be restored).
                let rest = if self.analysis.flow.reentry_iterates(point, id) {
                    self.emit_node(node)
                } else {
                    TokenStream::new()
                };
                quote! {
                    #exit: {
                        #cont: #first;
                        #rest
                    }
                }
            }
        }
    }

    // ----- plain syntax -----

    /// Emits a plain tree, redirecting `break`/`continue` of loops being re-entered.
    fn plain(&self, tree: &(impl ToTokens + Clone + Relabel)) -> TokenStream {
        if self.labels.is_empty() {
            return tree.to_token_stream();
        }
        let map: HashMap<String, (Lifetime, Lifetime)> = self
            .labels
            .iter()
            .map(|(l, exit, cont)| (l.clone(), (exit.clone(), cont.clone())))
            .collect();
        let mut tree = tree.clone();
        tree.relabel(&mut Relabeler { map });
        tree.to_token_stream()
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

/// Rewrites `break 'l` to `break 'exit` and `continue 'l` to `break 'cont`.
struct Relabeler {
    map: HashMap<String, (Lifetime, Lifetime)>,
}

impl VisitMut for Relabeler {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => {}
            Expr::Break(b) => {
                if let Some(label) = &b.label
                    && let Some((exit, _)) = self.map.get(&label.to_string())
                {
                    b.label = Some(Lifetime::new(&exit.to_string(), label.span()));
                }
                syn::visit_mut::visit_expr_break_mut(self, b);
            }
            Expr::Continue(c) => {
                if let Some(label) = &c.label
                    && let Some((_, cont)) = self.map.get(&label.to_string())
                {
                    let cont = Lifetime::new(&cont.to_string(), label.span());
                    *expr = syn::parse_quote!(break #cont);
                }
            }
            Expr::Loop(syn::ExprLoop { label: Some(l), .. })
            | Expr::While(syn::ExprWhile { label: Some(l), .. })
            | Expr::ForLoop(syn::ExprForLoop { label: Some(l), .. })
            | Expr::Block(syn::ExprBlock { label: Some(l), .. })
                if self.map.contains_key(&l.name.to_string()) =>
            {
                // A nested label of the same name shadows ours.
                let name = l.name.to_string();
                let saved = self.map.remove(&name);
                syn::visit_mut::visit_expr_mut(self, expr);
                if let Some(saved) = saved {
                    self.map.insert(name, saved);
                }
            }
            _ => syn::visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

trait Relabel {
    fn relabel(&mut self, relabeler: &mut Relabeler);
}

impl Relabel for Expr {
    fn relabel(&mut self, relabeler: &mut Relabeler) {
        relabeler.visit_expr_mut(self);
    }
}

impl Relabel for syn::Stmt {
    fn relabel(&mut self, relabeler: &mut Relabeler) {
        relabeler.visit_stmt_mut(self);
    }
}
