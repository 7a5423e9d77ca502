//! The error path: `compile_error!` plus, for a function, a stub with the signature its
//! callers expect, so that one mistake does not cascade into errors at every call site.

use proc_macro2::TokenStream;
use quote::quote;

use crate::parse::{self, CoroutineFn, Form};

pub(crate) fn expand(args: TokenStream, item: TokenStream, error: &syn::Error) -> TokenStream {
    let error = error.to_compile_error();
    let Ok(item) = syn::parse2::<syn::ItemFn>(item) else {
        return error;
    };
    let (args, _) = parse::args_lenient(args);
    let Ok(input) = CoroutineFn::from_syn(item, args) else {
        return error;
    };
    let y = input
        .yield_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let extra = parse::extra_bounds(&input, &y);
    let Form::Fn {
        attrs,
        vis,
        mut sig,
    } = input.form
    else {
        return error;
    };
    let krate = &input.krate;
    let ret = input
        .return_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let r = input
        .resume_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    sig.output = syn::parse_quote! {
        -> impl #krate::Coroutine<#r, Yield = #y, Return = #ret> + ::core::fmt::Debug #extra
    };
    quote! {
        #error
        #(#attrs)*
        #[allow(unused_variables)]
        #vis #sig {
            #krate::__private::never()
        }
    }
}

/// The error path of `coro!`: the errors as statements of a block (several
/// `compile_error!`s side by side are not one expression) whose value is a stub coroutine
/// of the declared types, so that the expression's users do not add errors of their own.
pub(crate) fn expression(input: &CoroutineFn, error: &syn::Error) -> TokenStream {
    let errors = error.to_compile_error();
    let krate = &input.krate;
    let y = input
        .yield_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let r = input
        .resume_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let ret = input
        .return_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(_));
    quote! {
        {
            #errors
            #krate::__private::never::<#r, #y, #ret>()
        }
    }
}
