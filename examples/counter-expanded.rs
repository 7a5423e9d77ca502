//! What `#[coro_core::coroutine]` generates for `examples/counter.rs`: that file with its
//! coroutine expanded by the macro and formatted with `prettyplease`. It compiles and runs
//! like the original: `cargo run --example counter-expanded`. The file is generated, not
//! written: `CORO_EXPAND=overwrite cargo test -p coro-macros golden` writes it again, and
//! `cargo test` fails while it differs from what the macro generates.
//!
//! ```ignore
//! #[coro_core::coroutine(yield = u64)]
//! pub fn counter(n: u64) -> u64 {
//!     let mut total = 0;
//!     for i in 0..n {
//!         total += i;
//!         yield_!(i);
//!     }
//!     total
//! }
//! ```
//!
//! The body has one suspension point, so the state enum has one `Suspend` variant, then
//! `Unresumed`, then `Finished` (completed, or poisoned if its flag is set): a resume tells
//! `Finished` apart with one comparison, which the compiler folds into the step's dispatch,
//! and panics without calling the step. Every field
//! is a type parameter, inferred from the code that builds the variant: the macro sees
//! syntax, not types. The `for` over a range becomes a counter and an end; at the `yield_!`,
//! `i` is dead and `n` is only needed as that end, so `Suspend0` keeps the counter, the end
//! and `total`, in drop order (the latest local first). `StateInfo` gives the coroutine's `Debug` output (where it is suspended: the
//! location of the `yield_!`, which outside the compiler is `file!()` alone) and marks a
//! panic (`poison`).
//!
//! `machine::<R, Y, T, _, _>` gives the step closure its signature; each arm of its `match`
//! is the body entered at one point. The `Unresumed` arm runs it from the top, moving the
//! arguments out of the state (`replace` leaves it poisoned, which stays if the body
//! panics; `save` writes over it without running drop glue for it). There is no `#[resume]`
//! parameter, so the first argument is dropped. The `Suspend0` arm resumes *in place*: the
//! `yield_!` is the only suspension point of its loop and the loop only updates `total` and
//! its counter, so the loop runs directly on the state's fields through `&mut`s (the
//! counter in a local, written back before it returns), and suspending again writes nothing
//! else. The interrupted iteration is finished first, in labelled blocks (`continue` would
//! leave the first, `break` the outer one); `yield_!(i);` is a statement, so the resume
//! argument is dropped. Only when the loop ends do the locals move out of the state, for the
//! rest of the body to run as usual. The first resume and the completion each happen once
//! per coroutine: both call `cold_path`, a `#[cold]` function that compiles to nothing but
//! makes the compiler lay the dispatch out to fall through to `Suspend0`'s arm.
//!
//! The expansion allows lints on its own items only (the user's code in it is linted as
//! written); as plain code, the whole file is generated, and allows those of hand-written
//! code.
#![allow(
    unused_braces,
    unused_parens,
    dropping_copy_types,
    clippy::all,
    clippy::pedantic
)]
use coro_core::{Coroutine, CoroutineState};
#[rustfmt::skip]
pub fn counter(
    n: u64,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = u64,
    Return = u64,
> + ::core::fmt::Debug + ::core::iter::IntoIterator<Item = u64> {
    #[allow(
        unused_mut,
        unused_variables,
        unused_assignments,
        unused_labels,
        unused_braces,
        unused_parens,
        unreachable_code,
        dropping_copy_types,
        non_camel_case_types,
        non_snake_case,
        clippy::all,
        clippy::pedantic,
        clippy::nursery
    )]
    #[derive(Clone)]
    enum __CoroState<__CoroT1, __CoroT2, __CoroT3, __CoroP0> {
        Suspend0 { __coro_end1: __CoroT3, __coro_iter0: __CoroT2, total: __CoroT1 },
        Unresumed { n: __CoroP0 },
        Finished(bool),
    }
    #[allow(
        unused_mut,
        unused_variables,
        unused_assignments,
        unused_labels,
        unused_braces,
        unused_parens,
        unreachable_code,
        dropping_copy_types,
        non_camel_case_types,
        non_snake_case,
        clippy::all,
        clippy::pedantic,
        clippy::nursery
    )]
    impl<__CoroT1, __CoroT2, __CoroT3, __CoroP0> ::coro_core::__private::StateInfo
    for __CoroState<__CoroT1, __CoroT2, __CoroT3, __CoroP0> {
        #[inline]
        fn finished(&self) -> bool {
            ::core::matches!(self, __CoroState::Finished(..))
        }
        fn poison(&mut self) {
            *self = __CoroState::Finished(true);
        }
        fn status(&self) -> ::coro_core::__private::Status {
            match self {
                __CoroState::Unresumed { .. } => {
                    ::coro_core::__private::Status::Unresumed
                }
                __CoroState::Suspend0 { .. } => {
                    ::coro_core::__private::Status::Suspended(::core::file!())
                }
                __CoroState::Finished(false) => ::coro_core::__private::Status::Returned,
                __CoroState::Finished(true) => ::coro_core::__private::Status::Panicked,
            }
        }
    }
    ::coro_core::__private::machine::<
        (),
        u64,
        u64,
        _,
        _,
    >(
        __CoroState::Unresumed { n: n },
        move |__coro_state, __coro_arg| -> ::coro_core::CoroutineState<_, _> {
            #[allow(unused_macros)]
            macro_rules! yield_ {
                ($($tokens:tt)*) => {
                    ::coro_core::__stray!(yield_ $($tokens)*)
                };
            }
            #[allow(unused_macros)]
            macro_rules! yield_from {
                ($($tokens:tt)*) => {
                    ::coro_core::__stray!(yield_from $($tokens)*)
                };
            }
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    ::coro_core::__private::cold_path();
                    let __CoroState::Unresumed { n: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Finished(true),
                    ) else { ::coro_core::__private::unreachable_state() };
                    let n = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    #[allow(clippy::diverging_sub_expression)]
                    let __coro_ret: u64 = {
                        #[allow(unused_mut)]
                        let mut total = 0;
                        {
                            #[allow(unused_mut)]
                            let mut __coro_iter0 = 0;
                            let __coro_end1 = n;
                            '__coro_loop0: loop {
                                let i = if __coro_iter0 < __coro_end1 {
                                    let __coro_item = __coro_iter0;
                                    __coro_iter0 += 1;
                                    __coro_item
                                } else {
                                    break '__coro_loop0;
                                };
                                total += i;
                                {
                                    let __coro_y = i;
                                    #[allow(clippy::used_underscore_binding)]
                                    ::coro_core::__private::save(
                                        __coro_state,
                                        __CoroState::Suspend0 {
                                            __coro_end1: __coro_end1,
                                            __coro_iter0: __coro_iter0,
                                            total: total,
                                        },
                                    );
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            }
                        }
                        total
                    };
                    #[allow(unreachable_code)]
                    {
                        ::coro_core::__private::cold_path();
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Finished(false),
                        );
                    }
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 {
                    total: __coro_r1,
                    __coro_end1: __coro_r3,
                    __coro_iter0: __coro_r2,
                } => {
                    #[allow(unused_mut, unused_variables, unused_assignments)]
                    let mut __coro_iter0 = *__coro_r2;
                    let __coro_loop_value = '__coro_exit0: {
                        '__coro_cont0: {
                            ::core::mem::drop(__coro_arg);
                        };
                        '__coro_loop0: loop {
                            let i = if __coro_iter0 < (*__coro_r3) {
                                let __coro_item = __coro_iter0;
                                __coro_iter0 += 1;
                                __coro_item
                            } else {
                                break '__coro_loop0;
                            };
                            (*__coro_r1) += i;
                            {
                                let __coro_y = i;
                                #[allow(unreachable_code)]
                                {
                                    *__coro_r2 = __coro_iter0;
                                }
                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                            };
                        }
                    };
                    #[allow(unreachable_code)]
                    {
                        *__coro_r2 = __coro_iter0;
                    }
                    let __CoroState::Suspend0 {
                        total: __coro_b1,
                        __coro_iter0: __coro_b2,
                        __coro_end1: __coro_b3,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Finished(true),
                    ) else { ::coro_core::__private::unreachable_state() };
                    #[allow(clippy::diverging_sub_expression)]
                    let __coro_ret: u64 = {
                        #[allow(unused_mut, unused_variables, unused_assignments)]
                        let mut total = __coro_b1;
                        {
                            #[allow(unused_mut, unused_variables, unused_assignments)]
                            let mut __coro_iter0 = __coro_b2;
                            #[allow(unused_mut, unused_variables, unused_assignments)]
                            let __coro_end1 = __coro_b3;
                            { __coro_loop_value }
                        }
                        total
                    };
                    #[allow(unreachable_code)]
                    {
                        ::coro_core::__private::cold_path();
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Finished(false),
                        );
                    }
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Finished(..) => ::coro_core::__private::unreachable_state(),
            }
        },
    )
}
fn main() {
    let mut co = counter(4);
    println!("{co:?}");
    while let CoroutineState::Yielded(i) = co.resume(()) {
        println!("yielded {i}, now {co:?}");
    }
    println!("{co:?}");
}
