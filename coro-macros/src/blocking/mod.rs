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
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, Macro, Path, Token};

use crate::names;

mod select;

use select::select;

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
