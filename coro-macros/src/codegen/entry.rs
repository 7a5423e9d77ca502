//! The entries of the step closure: `Unresumed`, which runs the body from the top, and one
//! per suspension point, which re-enters it there (or runs its loop in place).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Ident};

use super::{Gen, arg_var, respan, state_enum, state_var};
use crate::analyze::BindingId;
use crate::ir::PARAM_SCOPE;
use crate::names;

impl Gen<'_> {
    pub(super) fn unresumed_entry(&self) -> TokenStream {
        let state_enum = state_enum();
        let arg = arg_var();
        let krate = &self.input.krate;
        let state = state_var();
        let panicked = names::panicked_state();
        let unresumed = self.unresumed_fields();
        let fields = unresumed.iter().map(|field| {
            let (name, var) = (&field.name, &field.var);
            quote!(#name: #var)
        });
        // A capture is bound `mut` whether or not the body mutates it.
        let is_closure = matches!(self.input.form, crate::parse::Form::Closure);
        let inputs = unresumed.iter().map(|field| {
            let (pat, var) = (&field.pat, &field.var);
            let lints = if is_closure {
                Some(quote!(#[allow(unused_mut)]))
            } else {
                self.mut_lint(pat)
            };
            // A parameter declared as a drop-flag slot (see `StateLayout::slots`; a capture's
            // `Unresumed` field is its slot).
            let slot = !is_closure
                && self.layout.slots.iter().any(|&id| {
                    self.scopes.bindings[id].kind == crate::analyze::BindingKind::Param
                        && super::mentions(pat, self.analysis.name(id))
                });
            let var = if slot {
                quote!(#krate::DropFlag::new(#var))
            } else {
                super::moved_into(pat, var)
            };
            quote!(#lints let #pat = #var;)
        });
        let resume = if let Some((pat, ty)) = &self.input.resume {
            let lints = self.mut_lint(pat);
            let ty = ty.as_ref().map(|ty| quote!(: #ty));
            let arg = super::moved_into(pat, &arg);
            quote!(#lints let #pat #ty = #arg;)
        } else {
            quote!(::core::mem::drop(#arg);)
        };
        let body = self.emit_block(&self.body.block);
        let complete = self.complete(&body);
        // The first resume, once per coroutine: a cold path, so that the dispatch of a resume
        // falls through to the suspension points' entries.
        quote! {
            #state_enum::Unresumed { .. } => {
                #krate::__private::cold_path();
                let #state_enum::Unresumed { #(#fields,)* } =
                    #krate::__private::replace(#state, #panicked)
                else {
                    #krate::__private::unreachable_state()
                };
                #(#inputs)*
                #resume
                #complete
            }
        }
    }

    pub(super) fn suspend_entry(&self, point: usize) -> TokenStream {
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
        let panicked = names::panicked_state();
        let move_out = quote! {
            let #pattern = #krate::__private::replace(#state, #panicked) else {
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
                let lints = quote!(#[allow(unused_mut, unused_variables, unused_assignments)]);
                if binding.known_copy {
                    quote!(#lints let mut #name = *#reference;)
                } else {
                    quote!(#lints let mut #name = (&&#krate::__private::Probe(&*#reference)).get();)
                }
            })
            .collect();
        let write_back = self.write_back(point);
        // The locals the rest of the body assigns before reading, which the loop may assign.
        let hoisted = in_place.hoisted.iter().map(|&id| {
            let name = self.analysis.name(id);
            let mutability = self.scopes.bindings[id].mutable.then(|| quote!(mut));
            let ty = self.scopes.bindings[id].ty.as_ref().map(|ty| quote!(: #ty));
            quote!(#[allow(unused_mut, unused_variables, unused_assignments)] let #mutability #name #ty;)
        });
        let hoisted = quote!(#(#hoisted)*);
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
                        #hoisted
                        let #loop_value = #loop_code;
                        #after_loop
                    }
                };
            }
            if probed.is_empty() {
                return quote! {
                    #state_enum::#name { #(#refs,)* } => {
                        #hoisted
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
                        #hoisted
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
        rest.hoisted = &in_place.hoisted;
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

    /// `*<reference> = name;` for the locals an in-place entry copied out of the state.
    pub(super) fn write_back(&self, point: usize) -> TokenStream {
        let Some(in_place) = &self.in_place[point] else {
            return TokenStream::new();
        };
        // Unreachable after a loop that never ends.
        let writes = in_place.copied.iter().map(|(id, reference)| {
            let name = self.analysis.name(*id);
            quote!(#[allow(unreachable_code)] { *#reference = #name; })
        });
        quote!(#(#writes)*)
    }

    /// The code of suspension point `point`: evaluate the value, save the live locals, return.
    pub(super) fn suspend(&self, point: usize, value: &Expr) -> TokenStream {
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
        // Declared and used with the same span: one from a `macro_rules!` caller resolves in
        // its own context.
        let var = names::ident_at(names::YIELDED, value.span());
        let yielded = quote_spanned!(value.span()=> #krate::CoroutineState::Yielded(#var));
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
                // The fields are the user's locals, `_guard` ones too.
                #[allow(clippy::used_underscore_binding)]
                #krate::__private::save(#state, #state_enum::#name { #(#fields,)* });
                return #yielded;
            }
        }
    }
}
