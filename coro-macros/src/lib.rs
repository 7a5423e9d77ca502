//! The procedural macros of `coro-core`: `#[coroutine]` and `coro!`.
//!
//! Use them through `coro-core`, which re-exports them and holds the runtime support their
//! expansion names. The expansion is a pipeline of stages over a small IR:
//! [`parse`] → [`lower`] → [`analyze`] → [`codegen`], driven by [`expand`].
#![forbid(unsafe_code)]

extern crate proc_macro;

mod analyze;
mod blocking;
mod codegen;
mod expand;
mod fallback;
#[cfg(test)]
mod fuzz;
mod ir;
mod lower;
mod parse;

use proc_macro::TokenStream;

/// Turns a function into a constructor of a coroutine. See the `coro-core` documentation.
#[proc_macro_attribute]
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::coroutine(args.into(), item.into()).into()
}

/// A coroutine written as a closure: `coro!(|first: R| { ... })`. See the `coro-core`
/// documentation.
#[proc_macro]
pub fn coro(input: TokenStream) -> TokenStream {
    expand::coro(input.into()).into()
}

#[cfg(test)]
mod tests {
    /// `CORO_DUMP=path cargo test -p coro-macros dump -- --nocapture` prints the expansion
    /// of every `#[coro_core::coroutine]` function in the file at `path`.
    #[test]
    fn dump() {
        let Ok(path) = std::env::var("CORO_DUMP") else {
            return;
        };
        let source = std::fs::read_to_string(path).expect("readable file");
        let file = syn::parse_file(&source).expect("valid Rust");
        for item in file.items {
            if let syn::Item::Fn(mut f) = item {
                let Some(index) = f.attrs.iter().position(|a| {
                    a.path()
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "coroutine")
                }) else {
                    continue;
                };
                let attr = f.attrs.remove(index);
                let args = match attr.meta {
                    syn::Meta::List(list) => list.tokens,
                    _ => proc_macro2::TokenStream::new(),
                };
                let out = crate::expand::coroutine(args, quote::ToTokens::to_token_stream(&f));
                let pretty = syn::parse_file(&out.to_string())
                    .map_or_else(|_| out.to_string(), |f| prettyplease_fallback(&f));
                println!("{pretty}");
            }
        }
    }

    fn prettyplease_fallback(file: &syn::File) -> String {
        quote::ToTokens::to_token_stream(file).to_string()
    }
}
