//! The names the expansion makes up: the state enum and its parts, the step closure's
//! parameters, the locals and labels that lowering introduces, and the names of saved locals
//! in the generated code. Every one starts with `__coro_` (`__Coro` for types; a variant is
//! `Suspend0`, ...), so that it cannot clash with a name of the user's.
//!
//! A name is made here and given the span of the code it stands in: an identifier that a
//! `quote_spanned!` template would have spelled takes that template's span, for hygiene.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Ident, Lifetime};

/// The generated state enum, which `return` and `?` write into.
pub(crate) const STATE_ENUM: &str = "__CoroState";
/// The state enum's variant of a coroutine that completed or panicked, which resuming panics
/// for; its field, `true` once it panicked, tells the two apart.
pub(crate) const FINISHED: &str = "Finished";

/// The state of a completed coroutine, as an expression (`return` and `?` write it): a
/// variant literal, so that writing it sets the tag and one byte, where a constant of the
/// enum type would be copied whole from static memory.
pub(crate) fn returned_state() -> TokenStream {
    finished_state(false)
}

/// The state of a coroutine that panicked, as an expression; also what an entry leaves
/// behind while it runs with the state moved out.
pub(crate) fn panicked_state() -> TokenStream {
    finished_state(true)
}

fn finished_state(panicked: bool) -> TokenStream {
    let (state_enum, finished) = (ident(STATE_ENUM), ident(FINISHED));
    quote!(#state_enum::#finished(#panicked))
}

/// The step closure's parameter holding `&mut` the state.
pub(crate) const STATE: &str = "__coro_state";
/// The step closure's parameter holding the resume argument.
pub(crate) const ARG: &str = "__coro_arg";
/// The machine a `coro!` expression evaluates to.
pub(crate) const MACHINE: &str = "__coro_machine";
/// `self`, in the body: `self` cannot be re-bound, and the receiver moves into the state
/// like any other parameter.
pub(crate) const RECEIVER: &str = "__coro_self";
/// The value a suspension point (or `yield_from!`'s sub-coroutine) yields.
pub(crate) const YIELDED: &str = "__coro_y";
/// The value the coroutine returns.
pub(crate) const RETURNED: &str = "__coro_ret";
/// The value of `?` on the happy path.
pub(crate) const CONTINUED: &str = "__coro_v";
/// The residual `?` returns, or the value `yield_from!`'s sub-coroutine returns.
pub(crate) const RESIDUAL: &str = "__coro_r";
/// The next item of a lowered `for` loop.
pub(crate) const ITEM: &str = "__coro_item";
/// The bindings of a lowered `let ... else`, as a tuple.
pub(crate) const BOUND: &str = "__coro_bound";
/// The value of a blocking operation that is ready.
pub(crate) const READY: &str = "__coro_ready";
/// The value of the loop that an in-place entry ran.
pub(crate) const LOOP_VALUE: &str = "__coro_loop_value";

/// `name` at the call site.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `name` with the span of the code it stands in.
pub(crate) fn ident_at(name: &str, span: Span) -> Ident {
    Ident::new(name, span)
}

/// Whether `name` is one this module makes (and so never one of the user's variables).
pub(crate) fn is_generated(name: &str) -> bool {
    name.starts_with("__coro_")
}

/// Whether `ident` is [`RECEIVER`], the `self` of the body.
pub(crate) fn is_receiver(ident: &Ident) -> bool {
    ident == RECEIVER
}

/// A temporary of lowering: the value of an operand evaluated before a later suspension
/// point, or of a `let ... else` whose `else` block suspends.
pub(crate) fn temporary(n: usize) -> Ident {
    format_ident!("__coro_t{}", n)
}

/// The iterator of a lowered `for` loop (or its counter, over an integer range).
pub(crate) fn for_iterator(n: usize) -> Ident {
    format_ident!("__coro_iter{}", n)
}

/// The end of the integer range a lowered `for` loop counts to.
pub(crate) fn range_end(n: usize) -> Ident {
    format_ident!("__coro_end{}", n)
}

/// The sub-coroutine of a `yield_from!`.
pub(crate) fn sub_coroutine(n: usize, span: Span) -> Ident {
    format_ident!("__coro_sub{}", n, span = span)
}

/// Whether `name` is one that [`sub_coroutine`] makes.
pub(crate) fn is_sub_coroutine(name: &str) -> bool {
    name.starts_with("__coro_sub")
}

/// The next resume argument of a `yield_from!`'s sub-coroutine.
pub(crate) fn sub_resume(n: usize, span: Span) -> Ident {
    format_ident!("__coro_resume{}", n, span = span)
}

/// The value a `recv!` received.
pub(crate) fn received(n: usize) -> Ident {
    format_ident!("__coro_received{}", n)
}

/// The mark a `recv!` keeps while it waits (`ops::InFlight`).
pub(crate) fn in_flight(n: usize) -> Ident {
    format_ident!("__coro_flight{}", n)
}

/// The value a `send!` offers.
pub(crate) fn send_slot(n: usize) -> Ident {
    format_ident!("__coro_slot{}", n)
}

/// The state of a socket operation across its attempts: how much of the buffer
/// `read_exact!` filled or `write_all!` wrote, `connect!`'s connection in progress,
/// `send_to!`'s address.
pub(crate) fn io_state(n: usize) -> Ident {
    format_ident!("__coro_io{}", n)
}

/// When a `sleep!` ends.
pub(crate) fn deadline(n: usize) -> Ident {
    format_ident!("__coro_deadline{}", n)
}

/// A local of `select!` number `n` (all of them temporaries of lowering): `part` says which
/// one, and an arm's own locals carry the arm's index.
#[derive(Clone, Copy)]
pub(crate) enum SelectLocal {
    /// The order in which one wake-up polls the arms.
    Order,
    /// The arm that won this wake-up, if any.
    Won,
    /// The arm polled next.
    Step,
    /// The arm that won the `select!` (or `default`'s index).
    Chosen,
    /// The channel an arm evaluated on entering (or its deadline).
    Operand(usize),
    /// The value a `send` arm offers.
    Slot(usize),
    /// The result of a `recv` or `send` arm that won.
    Value(usize),
    /// A guarded arm's operands, `None` when its guard was false.
    Guarded(usize),
    /// The mark the `select!` keeps while it waits (`ops::InFlight`).
    InFlight,
}

/// A local of `select!` number `n`.
pub(crate) fn select_local(n: usize, local: SelectLocal) -> Ident {
    match local {
        SelectLocal::Order => format_ident!("__coro_sel{}_order", n),
        SelectLocal::Won => format_ident!("__coro_sel{}_won", n),
        SelectLocal::Step => format_ident!("__coro_sel{}_step", n),
        SelectLocal::Chosen => format_ident!("__coro_sel{}_arm", n),
        SelectLocal::Operand(i) => format_ident!("__coro_sel{}_op{}", n, i),
        SelectLocal::Slot(i) => format_ident!("__coro_sel{}_slot{}", n, i),
        SelectLocal::Value(i) => format_ident!("__coro_sel{}_value{}", n, i),
        SelectLocal::Guarded(i) => format_ident!("__coro_sel{}_arm{}", n, i),
        SelectLocal::InFlight => format_ident!("__coro_sel{}_flight", n),
    }
}

/// A parameter written as a pattern, as the constructor takes it.
pub(crate) fn pattern_param(index: usize) -> Ident {
    format_ident!("__coro_p{}", index)
}

/// The label of a loop that lowering made or that had none.
pub(crate) fn loop_label(n: usize) -> Lifetime {
    Lifetime::new(&format!("'__coro_loop{n}"), Span::call_site())
}

/// The block that `break` to a re-entered loop leaves.
pub(crate) fn exit_label(n: usize) -> Lifetime {
    Lifetime::new(&format!("'__coro_exit{n}"), Span::call_site())
}

/// The block that `continue` to a re-entered loop leaves.
pub(crate) fn continue_label(n: usize) -> Lifetime {
    Lifetime::new(&format!("'__coro_cont{n}"), Span::call_site())
}

/// A saved local renamed because another local of its name is in scope where it is saved
/// (`name` without `r#`; `binding` makes it unique).
pub(crate) fn shadowed(name: &str, binding: usize) -> Ident {
    format_ident!("__coro_{}_{}", name, binding)
}

/// The `&mut` into the state that stands for a saved local in a loop resumed in place.
pub(crate) fn in_place_ref(binding: usize) -> Ident {
    format_ident!("__coro_r{}", binding)
}

/// A saved local as the pattern of its state's variant binds it.
pub(crate) fn saved(binding: usize) -> Ident {
    format_ident!("__coro_b{}", binding)
}

/// A field of `Unresumed`, as its entry binds it.
pub(crate) fn unresumed_var(index: usize) -> Ident {
    format_ident!("__coro_in{}", index)
}

/// The type parameter of the state enum for a saved local.
pub(crate) fn binding_type(binding: usize) -> Ident {
    format_ident!("__CoroT{}", binding)
}

/// The type parameter of the state enum for a parameter of a `#[coroutine]` function.
pub(crate) fn param_type(index: usize) -> Ident {
    format_ident!("__CoroP{}", index)
}

/// The variant of the state enum for suspension point `point`.
pub(crate) fn variant(point: usize) -> Ident {
    format_ident!("Suspend{}", point)
}
