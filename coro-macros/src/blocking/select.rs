//! `select!`: its arms parsed, and the loop that polls them in a random order.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, Macro, Pat, Path, Token};

use super::take;
use crate::names::{self, SelectLocal};

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
    /// A socket operation: its socket and buffer are evaluated at every poll.
    Io {
        pat: Pat,
        kind: IoArm,
        socket: Expr,
        buf: Option<Expr>,
        body: Expr,
    },
}

/// The socket operations a `select!` arm may be.
#[derive(Clone, Copy)]
enum IoArm {
    Read,
    Accept,
    RecvFrom,
}

impl IoArm {
    /// The `ops` functions that poll and withdraw it.
    fn functions(self) -> (&'static str, &'static str) {
        match self {
            IoArm::Read => ("poll_read_select", "cancel_read"),
            IoArm::Accept => ("poll_accept_select", "cancel_accept"),
            IoArm::RecvFrom => ("poll_recv_from_select", "cancel_recv_from"),
        }
    }
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
                    ("read" | "recv_from", 2) if cfg!(feature = "net") => {
                        let kind = if operation == "read" {
                            IoArm::Read
                        } else {
                            IoArm::RecvFrom
                        };
                        let [socket, buf] = take::<2>(args);
                        Arm::Io {
                            pat,
                            kind,
                            socket,
                            buf: Some(buf),
                            body,
                        }
                    }
                    ("accept", 1) if cfg!(feature = "net") => {
                        let [socket] = take::<1>(args);
                        Arm::Io {
                            pat,
                            kind: IoArm::Accept,
                            socket,
                            buf: None,
                            body,
                        }
                    }
                    ("read", _) if cfg!(feature = "net") => {
                        return Err(wrong(
                            "a stream and a buffer: `r = read(stream, &mut buf) => ...`",
                        ));
                    }
                    ("recv_from", _) if cfg!(feature = "net") => {
                        return Err(wrong(
                            "a UDP socket and a buffer: `r = recv_from(socket, &mut buf) => ...`",
                        ));
                    }
                    ("accept", _) if cfg!(feature = "net") => {
                        return Err(wrong("a listener: `r = accept(listener) => ...`"));
                    }
                    ("recv", _) => return Err(wrong("a receiver: `v = recv(rx) => ...`")),
                    ("send", _) => {
                        return Err(wrong("a sender and a value: `r = send(tx, value) => ...`"));
                    }
                    ("sleep", _) => return Err(wrong("a duration: `_ = sleep(d) => ...`")),
                    _ => {
                        return Err(syn::Error::new(
                            operation.span(),
                            "unknown `select!` operation; expected `recv(rx)`, `send(tx, value)`, `sleep(duration)`, `read(stream, buf)`, `accept(listener)` or `recv_from(socket, buf)`",
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
            | Arm::Io { body, .. }
            | Arm::Default { body } => body,
        };
        matches!(body, Expr::Block(_))
    }
}

/// `select!`: on entering it, evaluate each arm's guard and, where the guard holds (or
/// there is none), its channel and value to send, once and in source order; then at every
/// wake-up poll the enabled operations in a random order drawn from the scheduler's seeded
/// generator, run the first one that is ready, or `default`, or suspend until woken.
///
/// An operand is what its expression evaluated to on entering: a channel (a reference to
/// its shared state that is neither a sender nor a receiver), the `SendSlot` holding the
/// value to send, a deadline. A guarded arm keeps its operands in an `Option`, `None` when
/// the guard was false (Go's nil channel): it is never polled and is not counted in the
/// deadlock report.
pub(super) fn select(
    mac: &Macro,
    krate: &Path,
    n: usize,
    locals: &mut Vec<Ident>,
) -> syn::Result<TokenStream> {
    let span = mac.path.span();
    let ops = quote_spanned!(span=> #krate::sched::ops);
    let poll = quote!(::core::task::Poll);
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
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
            "`select!` needs at least one `recv`, `send`, `sleep`, `read`, `accept` or `recv_from` arm",
        ));
    }
    let count = operations.len();
    // Every local the expansion declares is a temporary of lowering.
    let local = |locals: &mut Vec<Ident>, which: SelectLocal| {
        let ident = names::select_local(n, which);
        locals.push(ident.clone());
        ident
    };
    let order = local(locals, SelectLocal::Order);
    let won = local(locals, SelectLocal::Won);
    let step = local(locals, SelectLocal::Step);
    let chosen = local(locals, SelectLocal::Chosen);
    let flight = local(locals, SelectLocal::InFlight);
    let ready = names::ident_at(names::READY, span);

    let mut setup = Vec::new();
    // The results of the `recv` and `send` arms: set by the poll of the arm that won, within
    // one wake-up (so never kept across a suspension).
    let mut values = Vec::new();
    let mut polls = Vec::new();
    let mut withdraw = Vec::new();
    let mut bodies = Vec::new();
    // The number of enabled operations: the unguarded ones, plus the guarded ones whose
    // guard held.
    let mut unguarded = 0usize;
    let mut guarded_enabled = Vec::new();
    for (i, (arm, guard)) in operations.iter().enumerate() {
        let op = local(locals, SelectLocal::Operand(i));
        let value = names::select_local(n, SelectLocal::Value(i));
        let slot = names::select_local(n, SelectLocal::Slot(i));
        match arm {
            Arm::Recv { .. } | Arm::Io { .. } => locals.push(value.clone()),
            Arm::Send { .. } => locals.extend([value.clone(), slot.clone()]),
            Arm::Sleep { .. } | Arm::Default { .. } => {}
        }
        // What the arm evaluates on entering (in source order), the names it keeps them
        // under, and its poll and withdrawal in terms of those names (as references; the
        // send slot's a mutable one).
        let (inits, names, poll_arm, withdraw_arm): (Vec<TokenStream>, Vec<&Ident>, _, _) =
            match arm {
                Arm::Recv { rx, .. } => (
                    vec![quote_spanned!(rx.span()=> #krate::sched::ops::recv_operand(&(#rx)))],
                    vec![&op],
                    quote! {
                        if let #poll::Ready(#ready) = #ops::poll_recv_select(#op) {
                            #value = #some(#ready);
                            #won = #some(#i);
                            break;
                        }
                    },
                    Some(quote!(#ops::cancel_recv(#op);)),
                ),
                Arm::Send {
                    tx, value: sent, ..
                } => (
                    vec![
                        quote_spanned!(tx.span()=> #krate::sched::ops::send_operand(&(#tx))),
                        quote!(#krate::channel::SendSlot::new(#sent)),
                    ],
                    vec![&op, &slot],
                    quote! {
                        if let #poll::Ready(#ready) = #ops::poll_send_select(#op, #slot) {
                            #value = #some(#ready);
                            #won = #some(#i);
                            break;
                        }
                    },
                    Some(quote!(#ops::cancel_send(#op, #slot);)),
                ),
                Arm::Sleep { duration, .. } => (
                    vec![quote!(#ops::deadline_after(#duration))],
                    vec![&op],
                    quote! {
                        if #ops::poll_sleep_select(*#op).is_ready() {
                            #won = #some(#i);
                            break;
                        }
                    },
                    None,
                ),
                Arm::Io {
                    kind, socket, buf, ..
                } => {
                    let (poll_fn, cancel_fn) = kind.functions();
                    let poll_fn = Ident::new(poll_fn, span);
                    let cancel_fn = Ident::new(cancel_fn, span);
                    let buf = buf.as_ref().map(|buf| quote!(, #buf));
                    (
                        Vec::new(),
                        Vec::new(),
                        quote! {
                            if let #poll::Ready(#ready) = #ops::#poll_fn(&(#socket) #buf) {
                                #value = #some(#ready);
                                #won = #some(#i);
                                break;
                            }
                        },
                        Some(quote!(#ops::#cancel_fn(&(#socket));)),
                    )
                }
                Arm::Default { .. } => unreachable!("filtered out"),
            };
        if matches!(arm, Arm::Recv { .. } | Arm::Send { .. } | Arm::Io { .. }) {
            values.push(value.clone());
        }
        if let Some(guard) = guard {
            // Evaluated once; a false guard disables the arm (Go's nil channel): its
            // operands are not evaluated, and it is never polled.
            let store = local(locals, SelectLocal::Guarded(i));
            let store_mut = matches!(arm, Arm::Send { .. }).then(|| quote!(mut));
            let binds = names.iter().map(|name| {
                if *name == &slot {
                    quote!(ref mut #name)
                } else {
                    quote!(ref #name)
                }
            });
            let binds = quote!(#(#binds,)*);
            setup.push(quote! {
                let #store_mut #store = if #guard {
                    #some((#(#inits,)*))
                } else {
                    #none
                };
            });
            polls.push(quote! {
                #i => if let #some((#binds)) = #store {
                    #poll_arm
                }
            });
            if let Some(withdraw_arm) = withdraw_arm {
                withdraw.push(quote! {
                    if #chosen != #i {
                        if let #some((#binds)) = #store {
                            #withdraw_arm
                        }
                    }
                });
            }
            guarded_enabled.push(quote!(::core::primitive::usize::from(#store.is_some())));
        } else {
            unguarded += 1;
            let (decls, refs): (Vec<_>, Vec<_>) = names
                .iter()
                .zip(&inits)
                .map(|(name, init)| {
                    if *name == &slot {
                        (
                            quote!(let mut #name = #init;),
                            quote!(let #name = &mut #name;),
                        )
                    } else {
                        (quote!(let #name = #init;), quote!(let #name = &#name;))
                    }
                })
                .unzip();
            setup.extend(decls);
            polls.push(quote! {
                #i => {
                    #(#refs)*
                    #poll_arm
                }
            });
            if let Some(withdraw_arm) = withdraw_arm {
                withdraw.push(quote! {
                    if #chosen != #i {
                        #(#refs)*
                        #withdraw_arm
                    }
                });
            }
        }
        let body = match arm {
            Arm::Recv { pat, body, .. }
            | Arm::Send { pat, body, .. }
            | Arm::Io { pat, body, .. } => quote! {
                #i => {
                    let #pat = match #value {
                        #some(#ready) => #ready,
                        #none => #krate::__private::unreachable_state(),
                    };
                    #body
                }
            },
            Arm::Sleep { pat, body, .. } => quote! {
                #i => {
                    #[allow(clippy::ignored_unit_patterns)]
                    let #pat = ();
                    #body
                }
            },
            Arm::Default { .. } => unreachable!("filtered out"),
        };
        bodies.push(body);
    }
    let enabled = core::iter::once(quote!(#unguarded)).chain(guarded_enabled);
    let default = arms.iter().find_map(|a| match a {
        Arm::Default { body } => Some(body),
        _ => None,
    });
    let on_nothing_ready = if default.is_some() {
        // The default arm decides the `select!` before the other arms are withdrawn.
        quote! {
            if #ops::select_default() {
                break (#count, #(#values,)*);
            }
            // Else an arm completed during this poll (another party took a send arm's offer
            // as it was made): the loop polls again to find it.
        }
    } else {
        quote! {
            #ops::park(#ops::WaitingOn::Select(#(#enabled)+*));
            yield_!(());
        }
    };
    let default_body = default.map(|body| quote!(#count => #body,));
    let value_types = values.iter().map(|_| quote!(::core::option::Option<_>));
    Ok(quote_spanned! {span=>
        {
            #(#setup)*
            let mut #flight = #ops::InFlight::new();
            #ops::select_begin();
            let (#chosen, #(#values,)*): (usize, #(#value_types,)*) = loop {
                let #order = #ops::select_order::<#count>();
                let mut #won = #none;
                #(let mut #values = #none;)*
                for #step in #order {
                    match #step {
                        #(#polls)*
                        _ => {}
                    }
                }
                if let #some(#ready) = #won {
                    break (#ready, #(#values,)*);
                }
                #on_nothing_ready
            };
            #(#withdraw)*
            #ops::select_end();
            #ops::InFlight::done(&mut #flight);
            match #chosen {
                #(#bodies)*
                #default_body
                _ => #krate::__private::unreachable_state(),
            }
        }
    })
}
