//! Part of stage 2, lower: the scheduler's blocking operations, desugared into loops that
//! poll an operation and suspend until it is ready.
//!
//! ```text
//! // Before:  let v = recv!(rx);
//! // After:   let v = {
//! //              let mut first = true;
//! //              loop {
//! //                  match ops::poll_recv(&(rx), first) {
//! //                      Poll::Ready(v) => break v,
//! //                      Poll::Pending => {
//! //                          first = false;
//! //                          yield_!(());
//! //                      }
//! //                  }
//! //              }
//! //          };
//! ```
//!
//! A `poll_` function that returns `Pending` has also told the scheduler what the task
//! waits on (for deadlock reports), so the loop only suspends. The operation is evaluated
//! anew on every retry, so a borrow of a local channel lasts one poll, never across the
//! suspension. The result is ordinary syntax that the rest of
//! lowering treats like any loop with a `yield_!` in it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, Macro, Pat, Path, Token};

use crate::names;

/// The blocking operations the rewrite knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Recv,
    Send,
    Sleep,
    YieldNow,
    Join,
    Wait,
    Select,
}

impl Op {
    pub(crate) fn from_name(name: &str) -> Option<Op> {
        Some(match name {
            "recv" => Op::Recv,
            "send" => Op::Send,
            "sleep" => Op::Sleep,
            "yield_now" => Op::YieldNow,
            "join" => Op::Join,
            "wait" => Op::Wait,
            "select" => Op::Select,
            _ => return None,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Op::Recv => "recv!",
            Op::Send => "send!",
            Op::Sleep => "sleep!",
            Op::YieldNow => "yield_now!",
            Op::Join => "join!",
            Op::Wait => "wait!",
            Op::Select => "select!",
        }
    }
}

/// Builds the syntax an operation stands for, and the locals it declares; `n` makes their
/// names unique.
pub(crate) fn desugar(
    op: Op,
    mac: &Macro,
    krate: &Path,
    n: usize,
) -> syn::Result<(Expr, Vec<Ident>)> {
    let mut locals = Vec::new();
    let span = mac.path.span();
    let ops = quote_spanned!(span=> #krate::sched::ops);
    let poll = quote!(::core::task::Poll);
    let args = || -> syn::Result<Vec<Expr>> {
        Ok(mac
            .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)?
            .into_iter()
            .collect())
    };
    let arity = |expected: usize, usage: &str| -> syn::Result<Vec<Expr>> {
        let args = args()?;
        if args.len() == expected {
            Ok(args)
        } else {
            Err(syn::Error::new(
                mac.delimiter.span().join(),
                format!("`{}` takes {usage}", op.name()),
            ))
        }
    };
    let ready = names::ident_at(names::READY, span);
    // `loop { match <poll> { Ready(v) => break v, Pending => yield_!(()) } }`; a pending
    // poll has parked the task already.
    let retry = |poll_expr: TokenStream| {
        quote_spanned! {span=>
            loop {
                match #poll_expr {
                    #poll::Ready(#ready) => break #ready,
                    #poll::Pending => yield_!(()),
                }
            }
        }
    };
    let tokens = match op {
        Op::YieldNow => {
            arity(0, "no arguments: `yield_now!()`")?;
            quote_spanned!(span=> yield_!(()))
        }
        Op::Recv => {
            let [rx] = take::<1>(arity(1, "a receiver: `recv!(rx)`")?);
            // The first poll tells the channel it has no registration to look for (a search
            // through every waiting receiver otherwise).
            let first = names::first_poll(n);
            locals.push(first.clone());
            quote_spanned! {span=>
                {
                    let mut #first = true;
                    loop {
                        match #ops::poll_recv(&(#rx), #first) {
                            #poll::Ready(#ready) => break #ready,
                            #poll::Pending => {
                                #first = false;
                                yield_!(());
                            }
                        }
                    }
                }
            }
        }
        Op::Send => {
            let [tx, value] = take::<2>(arity(2, "a sender and a value: `send!(tx, value)`")?);
            let slot = names::send_slot(n);
            locals.push(slot.clone());
            let body = retry(quote!(#ops::poll_send(&(#tx), &mut #slot)));
            quote_spanned! {span=>
                {
                    let mut #slot = #krate::channel::SendSlot::new(#value);
                    #body
                }
            }
        }
        Op::Sleep => {
            let [duration] = take::<1>(arity(1, "a duration: `sleep!(Duration::from_millis(5))`")?);
            let deadline = names::deadline(n);
            locals.push(deadline.clone());
            let body = retry(quote!(#ops::poll_sleep(#deadline)));
            quote_spanned! {span=>
                {
                    let #deadline = #ops::deadline_after(#duration);
                    #body
                }
            }
        }
        Op::Join => {
            let [handle] = take::<1>(arity(1, "a join handle: `join!(handle)`")?);
            retry(quote!(#ops::poll_join(&(#handle))))
        }
        Op::Wait => {
            let [poll_fn] = take::<1>(arity(
                1,
                "a closure polling an operation: `wait!(|cx| rx.poll_recv(cx))`",
            )?);
            retry(quote!(#ops::poll_fn(#poll_fn)))
        }
        Op::Select => select(mac, krate, n)?,
    };
    Ok((syn::parse2(tokens)?, locals))
}

fn take<const N: usize>(args: Vec<Expr>) -> [Expr; N] {
    args.try_into()
        .unwrap_or_else(|_| unreachable!("the arity was checked"))
}

/// One arm of `select!`.
enum Arm {
    Recv {
        pat: Pat,
        rx: Expr,
        body: Expr,
    },
    Send {
        pat: Pat,
        tx: Expr,
        value: Expr,
        body: Expr,
    },
    Sleep {
        pat: Pat,
        duration: Expr,
        body: Expr,
    },
    Default {
        body: Expr,
    },
}

/// The arms, each with its guard (`pattern = operation(..), if condition => ...`).
struct Arms(Vec<(Arm, Option<Expr>)>);

impl Parse for Arms {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut arms = Vec::new();
        while !input.is_empty() {
            let mut guard = None;
            let arm = if input.peek(Ident) && input.peek2(Token![=>]) {
                let keyword: Ident = input.parse()?;
                if keyword != "default" {
                    return Err(syn::Error::new(
                        keyword.span(),
                        "expected `default => ...` or `pattern = operation(..) => ...`",
                    ));
                }
                input.parse::<Token![=>]>()?;
                Arm::Default {
                    body: input.parse()?,
                }
            } else {
                let pat = Pat::parse_single(input)?;
                input.parse::<Token![=]>()?;
                let operation: Ident = input.parse()?;
                let content;
                syn::parenthesized!(content in input);
                let args: Vec<Expr> = Punctuated::<Expr, Token![,]>::parse_terminated(&content)?
                    .into_iter()
                    .collect();
                if input.peek(Token![,]) && input.peek2(Token![if]) {
                    input.parse::<Token![,]>()?;
                    input.parse::<Token![if]>()?;
                    guard = Some(input.parse::<Expr>()?);
                }
                input.parse::<Token![=>]>()?;
                let body: Expr = input.parse()?;
                let wrong = |usage: &str| {
                    syn::Error::new(operation.span(), format!("`{operation}` takes {usage}"))
                };
                match (operation.to_string().as_str(), args.len()) {
                    ("recv", 1) => {
                        let [rx] = take::<1>(args);
                        Arm::Recv { pat, rx, body }
                    }
                    ("send", 2) => {
                        let [tx, value] = take::<2>(args);
                        Arm::Send {
                            pat,
                            tx,
                            value,
                            body,
                        }
                    }
                    ("sleep", 1) => {
                        let [duration] = take::<1>(args);
                        Arm::Sleep {
                            pat,
                            duration,
                            body,
                        }
                    }
                    ("recv", _) => return Err(wrong("a receiver: `v = recv(rx) => ...`")),
                    ("send", _) => {
                        return Err(wrong("a sender and a value: `r = send(tx, value) => ...`"));
                    }
                    ("sleep", _) => return Err(wrong("a duration: `_ = sleep(d) => ...`")),
                    _ => {
                        return Err(syn::Error::new(
                            operation.span(),
                            "unknown `select!` operation; expected `recv(rx)`, `send(tx, value)` or `sleep(duration)`",
                        ));
                    }
                }
            };
            arms.push((arm, guard));
            if input.is_empty() {
                break;
            }
            if !input.peek(Token![,]) && !matches!(arms.last(), Some((a, _)) if a.body_is_block()) {
                return Err(input.error("expected `,` after a `select!` arm"));
            }
            if input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(Arms(arms))
    }
}

impl Arm {
    fn body_is_block(&self) -> bool {
        let body = match self {
            Arm::Recv { body, .. }
            | Arm::Send { body, .. }
            | Arm::Sleep { body, .. }
            | Arm::Default { body } => body,
        };
        matches!(body, Expr::Block(_))
    }
}

/// `select!`: poll every operation once per wake-up, starting at an arm chosen by the
/// scheduler's seeded random generator; run the first one that is ready, or `default`, or
/// suspend until woken.
fn select(mac: &Macro, krate: &Path, n: usize) -> syn::Result<TokenStream> {
    let span = mac.path.span();
    let ops = quote_spanned!(span=> #krate::sched::ops);
    let poll = quote!(::core::task::Poll);
    let Arms(guarded) = Parser::parse2(Arms::parse, mac.tokens.clone())?;
    let arms: Vec<&Arm> = guarded.iter().map(|(arm, _)| arm).collect();
    let defaults = arms
        .iter()
        .filter(|a| matches!(a, Arm::Default { .. }))
        .count();
    if defaults > 1 {
        return Err(syn::Error::new(
            span,
            "`select!` takes at most one `default` arm",
        ));
    }
    let operations: Vec<(&Arm, Option<&Expr>)> = guarded
        .iter()
        .filter(|(a, _)| !matches!(a, Arm::Default { .. }))
        .map(|(arm, guard)| (arm, guard.as_ref()))
        .collect();
    if operations.is_empty() {
        return Err(syn::Error::new(
            span,
            "`select!` needs at least one `recv`, `send` or `sleep` arm",
        ));
    }
    let count = operations.len();
    let value = |i: usize| format_ident!("__coro_sel{}_value{}", n, i);
    let slot = |i: usize| format_ident!("__coro_sel{}_slot{}", n, i);
    let deadline = |i: usize| format_ident!("__coro_sel{}_deadline{}", n, i);
    let start = format_ident!("__coro_sel{}_start", n);
    let won = format_ident!("__coro_sel{}_won", n);
    let step = format_ident!("__coro_sel{}_step", n);
    let chosen = format_ident!("__coro_sel{}_arm", n);

    let mut setup = Vec::new();
    let mut polls = Vec::new();
    let mut withdraw = Vec::new();
    let mut bodies = Vec::new();
    for (i, (arm, guard)) in operations.iter().enumerate() {
        let value = value(i);
        // A guarded arm is evaluated once per `select!`; a false guard disables the arm
        // (Go's nil channel): it is never polled.
        let case = if let Some(guard) = guard {
            let enabled = format_ident!("__coro_sel{}_enabled{}", n, i);
            setup.push(quote!(let #enabled: bool = #guard;));
            quote!(#i if #enabled)
        } else {
            quote!(#i)
        };
        match arm {
            Arm::Recv { pat, rx, body } => {
                setup.push(quote!(let mut #value = ::core::option::Option::None;));
                polls.push(quote! {
                    #case => if let #poll::Ready(__coro_ready) = #ops::poll_recv_select(&(#rx)) {
                        #value = ::core::option::Option::Some(__coro_ready);
                        #won = ::core::option::Option::Some(#i);
                        break;
                    }
                });
                withdraw.push(quote! {
                    if #chosen != #i {
                        #ops::cancel_recv(&(#rx));
                    }
                });
                bodies.push(quote! {
                    #i => {
                        let #pat = match #value {
                            ::core::option::Option::Some(__coro_ready) => __coro_ready,
                            ::core::option::Option::None => #krate::__private::unreachable_state(),
                        };
                        #body
                    }
                });
            }
            Arm::Send {
                pat,
                tx,
                value: sent,
                body,
            } => {
                let slot = slot(i);
                setup.push(quote! {
                    let mut #slot = #krate::channel::SendSlot::new(#sent);
                    let mut #value = ::core::option::Option::None;
                });
                polls.push(quote! {
                    #case => if let #poll::Ready(__coro_ready) = #ops::poll_send_select(&(#tx), &mut #slot) {
                        #value = ::core::option::Option::Some(__coro_ready);
                        #won = ::core::option::Option::Some(#i);
                        break;
                    }
                });
                withdraw.push(quote! {
                    if #chosen != #i {
                        #ops::cancel_send(&(#tx), &mut #slot);
                    }
                });
                bodies.push(quote! {
                    #i => {
                        let #pat = match #value {
                            ::core::option::Option::Some(__coro_ready) => __coro_ready,
                            ::core::option::Option::None => #krate::__private::unreachable_state(),
                        };
                        #body
                    }
                });
            }
            Arm::Sleep {
                pat,
                duration,
                body,
            } => {
                let deadline = deadline(i);
                setup.push(quote!(let #deadline = #ops::deadline_after(#duration);));
                polls.push(quote! {
                    #case => if #ops::poll_sleep_select(#deadline).is_ready() {
                        #won = ::core::option::Option::Some(#i);
                        break;
                    }
                });
                bodies.push(quote! {
                    #i => {
                        let #pat = ();
                        #body
                    }
                });
            }
            Arm::Default { .. } => unreachable!("filtered out"),
        }
    }
    let default = arms.iter().find_map(|a| match a {
        Arm::Default { body } => Some(body),
        _ => None,
    });
    let on_nothing_ready = if default.is_some() {
        // The default arm decides the `select!` before the other arms are withdrawn.
        quote! {
            #ops::select_default();
            break #count;
        }
    } else {
        quote! {
            #ops::park(#ops::WaitingOn::Select(#count));
            yield_!(());
        }
    };
    let default_body = default.map(|body| quote!(#count => #body,));
    Ok(quote_spanned! {span=>
        {
            #(#setup)*
            #ops::select_begin();
            let #chosen: usize = loop {
                let #start = #ops::select_start(#count);
                let mut #won = ::core::option::Option::None;
                for #step in 0..#count {
                    match (#start + #step) % #count {
                        #(#polls)*
                        _ => {}
                    }
                }
                if let ::core::option::Option::Some(__coro_ready) = #won {
                    break __coro_ready;
                }
                #on_nothing_ready
            };
            #(#withdraw)*
            #ops::select_end();
            match #chosen {
                #(#bodies)*
                #default_body
                _ => #krate::__private::unreachable_state(),
            }
        }
    })
}
