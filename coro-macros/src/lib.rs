//! The procedural macros of `coro-core`: `#[coroutine]` and `coro!`.
//!
//! Use them through `coro-core`, which re-exports them and holds the runtime support their
//! expansion names. The expansion is a pipeline of stages over a small IR (`ir`), driven by
//! `expand`: `parse` → `lower` → `analyze` (which only reads the body) → `rewrite` →
//! `codegen`, each a module of this crate. `names` spells every name the expansion makes.
#![forbid(unsafe_code)]

extern crate proc_macro;

mod analyze;
mod blocking;
mod codegen;
mod expand;
mod fallback;
#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod golden;
mod ir;
mod lower;
mod names;
mod parse;
mod rewrite;

use proc_macro::TokenStream;

/// Turns a function into a constructor of a coroutine. See the `coro-core` documentation.
#[proc_macro_attribute]
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    let (args, item): (proc_macro2::TokenStream, proc_macro2::TokenStream) =
        (args.into(), item.into());
    or_internal_error("#[coroutine]", || {
        expand::coroutine(args.clone(), item.clone())
    })
    .unwrap_or_else(|error| fallback::expand(args, item, &error))
    .into()
}

/// A coroutine written as a closure: `coro!(|first: R| { ... })`. See the `coro-core`
/// documentation.
#[proc_macro]
pub fn coro(input: TokenStream) -> TokenStream {
    let input: proc_macro2::TokenStream = input.into();
    or_internal_error("coro!", || expand::coro(input.clone()))
        .unwrap_or_else(|error| match parse::CoroutineFn::from_closure(input) {
            Ok(parsed) => fallback::expression(&parsed, &error),
            Err(_) => error.to_compile_error(),
        })
        .into()
}

/// A `yield_!` or `yield_from!` that a coroutine's body gets from another macro's
/// expansion, which the body's local `yield_!` and `yield_from!` (standing in for the ones
/// the macro rewrites) forward here as `__stray!(name tokens..)`: the error, at the tokens
/// (the user's), or at `name` (the stand-in's) for none.
#[doc(hidden)]
#[proc_macro]
pub fn __stray(input: TokenStream) -> TokenStream {
    let mut tokens = proc_macro2::TokenStream::from(input).into_iter();
    let name = tokens.next();
    let rest: proc_macro2::TokenStream = tokens.collect();
    let message = format!(
        "this `{0}!` comes from another macro's expansion, which `#[coroutine]` and `coro!` do not see into, so it cannot suspend the coroutine; write `{0}!` in the coroutine's body itself (a macro may still compute its argument)",
        name.as_ref().map(ToString::to_string).unwrap_or_default()
    );
    if rest.is_empty() {
        syn::Error::new_spanned(name, message)
    } else {
        syn::Error::new_spanned(rest, message)
    }
    .to_compile_error()
    .into()
}

/// Runs an expansion; a panic in it (a bug of the macro: the stages report every mistake
/// in the input as an error) becomes an error at the call site instead of an ICE-like
/// "proc macro panicked".
fn or_internal_error(
    name: &str,
    expand: impl FnOnce() -> proc_macro2::TokenStream,
) -> Result<proc_macro2::TokenStream, syn::Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(expand)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        syn::Error::new(
            proc_macro2::Span::call_site(),
            format!(
                "internal error: `{name}` failed to expand this coroutine ({message}); please report it"
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    /// `CORO_DUMP=path cargo test -p coro-macros dump -- --nocapture` prints the file at
    /// `path` (absolute, or relative to `coro-macros/` or to the workspace) with every
    /// coroutine in it expanded (`#[coroutine]` functions and `coro!`s, nested ones
    /// included), formatted with `prettyplease`.
    #[test]
    fn dump() {
        let Ok(path) = std::env::var("CORO_DUMP") else {
            return;
        };
        let path = crate::golden::resolve(std::path::Path::new(&path));
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        match crate::golden::expand_file(&source) {
            Ok(expanded) => println!("{expanded}"),
            Err(error) => panic!("{}: {error}", path.display()),
        }
    }
}
