//! The procedural macros of `coro-core`: `#[coroutine]` and `coro!`.
//!
//! Use them through `coro-core`, which re-exports them and holds the runtime support their
//! expansion names. The expansion is a pipeline of stages over a small IR:
//! [`parse`] → [`lower`] → [`analyze`] → [`codegen`], driven by [`expand`].
#![forbid(unsafe_code)]

extern crate proc_macro;

mod analyze;
mod codegen;
mod expand;
mod fallback;
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
