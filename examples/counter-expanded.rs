//! What `#[coro_core::coroutine]` generates for `examples/counter.rs`, formatted by hand and
//! commented. It compiles and runs like the original: `cargo run --example counter-expanded`.
//!
//! ```ignore
//! #[coro_core::coroutine(yield = u64)]
//! fn counter(n: u64) -> u64 {
//!     let mut total = 0;
//!     for i in 0..n {
//!         total += i;
//!         yield_!(i);
//!     }
//!     total
//! }
//! ```
//!
//! The body has one suspension point, so the state has four variants. At the `yield_!`, `i`
//! is dead and `n` has moved into the range, so `Suspend0` keeps only the range's iterator
//! and `total`. Each arm of the step closure is the body entered at one point. The
//! `Unresumed` arm runs it from the top, moving the arguments out of the state. The
//! `Suspend0` arm resumes *in place*: the `yield_!` is the only suspension point of its loop
//! and the loop only updates `total` and the iterator, so the loop runs directly on the
//! state's fields through `&mut`s, and suspending again writes nothing. Only when the loop
//! ends do the locals move out of the state, for the rest of the body to run as usual.
#![allow(
    unused_braces,
    unused_mut,
    unreachable_pub,
    dropping_copy_types,
    clippy::never_loop,
    clippy::manual_let_else,
    clippy::let_unit_value,
    clippy::no_effect_underscore_binding,
    reason = "this is the macro's output, which allows these lints too"
)]

use coro_core::{Coroutine, CoroutineState};

pub fn counter(n: u64) -> impl Coroutine<(), Yield = u64, Return = u64> + std::fmt::Debug {
    // Every field is a type parameter, inferred from the code that builds the variant: the
    // macro sees syntax, not types.
    #[derive(Clone)]
    enum __CoroState<__CoroT0, __CoroT1, __CoroT2> {
        Unresumed {
            n: __CoroT0,
        },
        // Fields in drop order: the latest local first.
        Suspend0 {
            __coro_iter0: __CoroT2,
            total: __CoroT1,
        },
        Returned,
        // Completed, then resumed (which panicked): not poisoned by that panic.
        ResumedAfterReturn,
        Panicked,
    }

    // `Debug` for the coroutine says where it is suspended; `poison` marks a panic.
    impl<__CoroT0, __CoroT1, __CoroT2> coro_core::__private::StateInfo
        for __CoroState<__CoroT0, __CoroT1, __CoroT2>
    {
        fn poison(&mut self) {
            if !matches!(self, __CoroState::ResumedAfterReturn) {
                *self = __CoroState::Panicked;
            }
        }

        fn status(&self) -> coro_core::__private::Status {
            match self {
                __CoroState::Unresumed { .. } => coro_core::__private::Status::Unresumed,
                __CoroState::Suspend0 { .. } => {
                    coro_core::__private::Status::Suspended(concat!(file!(), ":10:9"))
                }
                __CoroState::Returned | __CoroState::ResumedAfterReturn => {
                    coro_core::__private::Status::Returned
                }
                __CoroState::Panicked => coro_core::__private::Status::Panicked,
            }
        }
    }

    // `machine::<R, Y, T, _, _>` gives the closure its signature.
    coro_core::__private::machine::<(), u64, u64, _, _>(
        __CoroState::Unresumed { n },
        move |__coro_state, __coro_arg| match __coro_state {
            __CoroState::Unresumed { .. } => {
                // Take the state out; if the body panics, `Panicked` stays behind.
                let __CoroState::Unresumed { n: __coro_b0 } =
                    coro_core::__private::replace(__coro_state, __CoroState::Panicked)
                else {
                    coro_core::__private::unreachable_state()
                };
                let n = __coro_b0;
                // No `#[resume]` parameter: the first argument is dropped.
                drop(__coro_arg);
                let __coro_ret = {
                    let mut total = 0;
                    {
                        // `for` is desugared so that its iterator can be saved.
                        let mut __coro_iter0 = IntoIterator::into_iter(0..n);
                        '__coro_loop0: loop {
                            let i = match Iterator::next(&mut __coro_iter0) {
                                Some(__coro_item) => __coro_item,
                                None => break '__coro_loop0,
                            };
                            total += i;
                            // The suspension point: evaluate the value, save, return.
                            // (`save` writes over the `Panicked` left by the move out above,
                            // without running drop glue for it.)
                            {
                                let __coro_y = i;
                                coro_core::__private::save(
                                    __coro_state,
                                    __CoroState::Suspend0 {
                                        __coro_iter0,
                                        total,
                                    },
                                );
                                return CoroutineState::Yielded(__coro_y);
                            }
                        }
                    }
                    total
                };
                coro_core::__private::save(__coro_state, __CoroState::Returned);
                CoroutineState::Complete(__coro_ret)
            }
            // Resuming in place: `total` and the iterator stay in the state.
            __CoroState::Suspend0 {
                total: __coro_r1,
                __coro_iter0: __coro_r2,
            } => {
                let __coro_loop_value = '__coro_exit0: {
                    // Finish the interrupted iteration (`continue` would leave this block,
                    // `break` the outer one): `yield_!(i);` is a statement, so the resume
                    // argument is dropped.
                    '__coro_cont0: {
                        drop(__coro_arg);
                    };
                    // Then run the loop on the state's fields.
                    '__coro_loop0: loop {
                        let i = match Iterator::next(&mut (*__coro_r2)) {
                            Some(__coro_item) => __coro_item,
                            None => break '__coro_loop0,
                        };
                        (*__coro_r1) += i;
                        {
                            let __coro_y = i;
                            return CoroutineState::Yielded(__coro_y);
                        }
                    }
                };
                // The loop ended: move the locals out and run the rest of the body.
                let __CoroState::Suspend0 {
                    total: __coro_b1,
                    __coro_iter0: __coro_b2,
                } = coro_core::__private::replace(__coro_state, __CoroState::Panicked)
                else {
                    coro_core::__private::unreachable_state()
                };
                let __coro_ret = {
                    let mut total = __coro_b1;
                    {
                        let mut __coro_iter0 = __coro_b2;
                        { __coro_loop_value }
                    }
                    total
                };
                coro_core::__private::save(__coro_state, __CoroState::Returned);
                CoroutineState::Complete(__coro_ret)
            }
            __CoroState::Returned | __CoroState::ResumedAfterReturn => {
                // Panics without poisoning: every later resume panics the same.
                *__coro_state = __CoroState::ResumedAfterReturn;
                coro_core::__private::resumed_after_completion()
            }
            __CoroState::Panicked => coro_core::__private::resumed_after_panicking(),
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
