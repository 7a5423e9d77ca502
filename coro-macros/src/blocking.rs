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
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, Macro, Pat, Path, Token};

use crate::names::{self, SelectLocal};

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
    Read,
    ReadExact,
    WriteAll,
    Accept,
    Connect,
    RecvFrom,
    SendTo,
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
            // The socket operations, only with coro-core's `net` feature.
            _ if !cfg!(feature = "net") => return None,
            "read" => Op::Read,
            "read_exact" => Op::ReadExact,
            "write_all" => Op::WriteAll,
            "accept" => Op::Accept,
            "connect" => Op::Connect,
            "recv_from" => Op::RecvFrom,
            "send_to" => Op::SendTo,
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
            Op::Read => "read!",
            Op::ReadExact => "read_exact!",
            Op::WriteAll => "write_all!",
            Op::Accept => "accept!",
            Op::Connect => "connect!",
            Op::RecvFrom => "recv_from!",
            Op::SendTo => "send_to!",
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
    // The same for socket operations, whose arguments include a buffer: the poll is a
    // statement of its own, so that the temporaries of its arguments (a `RefCell` borrow of
    // a shared buffer) end with the attempt, before the suspension.
    let retry_io = |poll_expr: TokenStream| {
        quote_spanned! {span=>
            loop {
                if let #poll::Ready(#ready) = #poll_expr {
                    break #ready;
                }
                yield_!(());
            }
        }
    };
    // A socket operation that keeps a state across its attempts, made by `init`.
    let mut stateful_io = |init: TokenStream, poll_expr: &dyn Fn(&Ident) -> TokenStream| {
        let state = names::io_state(n);
        locals.push(state.clone());
        let body = retry_io(poll_expr(&state));
        quote_spanned! {span=>
            {
                let mut #state = #init;
                #body
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
            // through every waiting receiver otherwise); the retries, after the suspension,
            // look. Written as two polls, so that neither stores which one it is.
            // `flight` is dropped with the coroutine if it is dropped while it waits here.
            let flight = names::in_flight(n);
            let value = names::received(n);
            locals.extend([flight.clone(), value.clone()]);
            quote_spanned! {span=>
                {
                    let mut #flight = #ops::InFlight::new();
                    let #value = match #ops::poll_recv(&(#rx), true) {
                        #poll::Ready(#ready) => #ready,
                        #poll::Pending => loop {
                            yield_!(());
                            if let #poll::Ready(#ready) = #ops::poll_recv(&(#rx), false) {
                                break #ready;
                            }
                        },
                    };
                    #ops::InFlight::done(&mut #flight);
                    #value
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
        Op::Select => select(mac, krate, n, &mut locals)?,
        Op::Read => {
            let [stream, buf] = take::<2>(arity(
                2,
                "a stream and a buffer: `read!(stream, &mut buf)`",
            )?);
            retry_io(quote!(#ops::poll_read(&(#stream), #buf)))
        }
        Op::ReadExact => {
            let [stream, buf] = take::<2>(arity(
                2,
                "a stream and a buffer: `read_exact!(stream, &mut buf)`",
            )?);
            stateful_io(
                quote!(0usize),
                &|filled| quote!(#ops::poll_read_exact(&(#stream), &mut #filled, #buf)),
            )
        }
        Op::WriteAll => {
            let [stream, buf] = take::<2>(arity(
                2,
                "a stream and a buffer: `write_all!(stream, &buf)`",
            )?);
            stateful_io(
                quote!(0usize),
                &|written| quote!(#ops::poll_write_all(&(#stream), &mut #written, #buf)),
            )
        }
        Op::Accept => {
            let [listener] = take::<1>(arity(1, "a listener: `accept!(listener)`")?);
            retry_io(quote!(#ops::poll_accept(&(#listener))))
        }
        Op::Connect => {
            let args = args()?;
            let deadline = args.get(1).map_or_else(
                || quote!(::core::option::Option::None),
                |timeout| quote!(#ops::connect_deadline(#timeout)),
            );
            let (Some(addr), 1 | 2) = (args.first(), args.len()) else {
                return Err(syn::Error::new(
                    mac.delimiter.span().join(),
                    "`connect!` takes an address and an optional timeout: `connect!(addr)`, `connect!(addr, Duration::from_secs(1))`",
                ));
            };
            stateful_io(
                quote!(#ops::connect_start(#addr, #deadline)),
                &|connecting| quote!(#ops::poll_connect(&mut #connecting)),
            )
        }
        Op::RecvFrom => {
            let [socket, buf] = take::<2>(arity(
                2,
                "a UDP socket and a buffer: `recv_from!(socket, &mut buf)`",
            )?);
            retry_io(quote!(#ops::poll_recv_from(&(#socket), #buf)))
        }
        Op::SendTo => {
            let [socket, buf, addr] = take::<3>(arity(
                3,
                "a UDP socket, a buffer and an address: `send_to!(socket, &buf, addr)`",
            )?);
            stateful_io(
                quote!(#ops::send_target(#addr)),
                &|target| quote!(#ops::poll_send_to(&(#socket), #buf, &#target)),
            )
        }
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
fn select(
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
