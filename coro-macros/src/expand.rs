//! The driver: runs the stages in order and turns errors into `compile_error!`.

use proc_macro2::TokenStream;

use crate::parse::{self, CoroutineFn};
use crate::{analyze, codegen, fallback, lower, rewrite};

/// `#[coroutine(args)] item`.
pub(crate) fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    // On error, still emit the function so that call sites do not add secondary errors.
    try_expand(args.clone(), item.clone())
        .unwrap_or_else(|error| fallback::expand(args, item, &error))
}

/// `coro!(|first: R| body)`.
pub(crate) fn coro(input: TokenStream) -> TokenStream {
    let parsed = match CoroutineFn::from_closure(input) {
        Ok(parsed) => parsed,
        Err(error) => return error.to_compile_error(),
    };
    let fallback = parsed.clone();
    pipeline(parsed).unwrap_or_else(|error| fallback::expression(&fallback, &error))
}

fn try_expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    // Mistakes in the arguments and in the function are independent: report both.
    let (args, args_error) = parse::args_lenient(args);
    let expanded = match syn::parse2::<syn::ItemFn>(item) {
        Ok(item) => CoroutineFn::from_syn(item, args).and_then(pipeline),
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

/// lower → analyze → rewrite → codegen: the body is lowered into the IR, the analysis reads
/// it and says what to save and rename, the rewrite applies that, and codegen emits the
/// state machine.
pub(crate) fn pipeline(input: CoroutineFn) -> syn::Result<TokenStream> {
    let body = lower::body(&input)?;
    let analysis = analyze::analyze(&input, &body)?;
    let rewritten = rewrite::rewrite(input, body, &analysis);
    Ok(codegen::expand(&rewritten, &analysis))
}
