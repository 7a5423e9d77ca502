//! The driver: runs the stages in order and turns errors into `compile_error!`.

use std::collections::HashMap;

use proc_macro2::TokenStream;

use crate::parse::{self, CoroutineFn};
use crate::{analyze, codegen, fallback, lower, names};

/// `#[coroutine(args)] item`.
pub(crate) fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    // On error, still emit the function so that call sites do not add secondary errors.
    try_expand(args.clone(), item.clone())
        .unwrap_or_else(|error| fallback::expand(args, item, &error))
}

/// `coro!(|first: R| body)`.
pub(crate) fn coro(input: TokenStream) -> TokenStream {
    let mut parsed = match CoroutineFn::from_closure(input) {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let fallback = parsed.clone();
    pipeline(&mut parsed).unwrap_or_else(|error| fallback::expression(&fallback, &error))
}

fn try_expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    // Mistakes in the arguments and in the function are independent: report both.
    let (args, args_error) = parse::args_lenient(args);
    let expanded = match syn::parse2::<syn::ItemFn>(item) {
        Ok(item) => CoroutineFn::from_syn(item, args).and_then(|mut input| pipeline(&mut input)),
        Err(error) => Err(syn::Error::new(
            error.span(),
            "`#[coroutine]` can only be applied to a function",
        )),
    };
    match (args_error, expanded) {
        (None, expanded) => expanded,
        (Some(error), Ok(_)) => Err(error),
        (Some(mut error), Err(more)) => {
            error.combine(more);
            Err(error)
        }
    }
}

/// lower → analyze → codegen.
pub(crate) fn pipeline(input: &mut CoroutineFn) -> syn::Result<TokenStream> {
    let mut body = lower::body(input)?;
    let mut scopes = analyze::scopes(input, &mut body);
    let layout = analyze::liveness(&scopes);
    layout.check_borrows(&scopes, &body.points)?;
    let shadowed = layout.shadowed(&scopes);
    if !shadowed.is_empty() {
        let names: HashMap<_, _> = shadowed
            .iter()
            .map(|&id| {
                let old = analyze::scopes_unraw(&scopes.bindings[id].name);
                (id, names::shadowed(&old, id))
            })
            .collect();
        analyze::rename(input, &mut body, &scopes, &names);
        for (id, name) in names {
            scopes.bindings[id].name = name;
        }
    }
    let in_place = analyze::in_place(input, &body, &scopes, &layout);
    Ok(codegen::expand(input, &body, &scopes, &layout, &in_place))
}
