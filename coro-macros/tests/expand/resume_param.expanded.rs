//! Values both ways: a `#[resume]` parameter receives the first resume argument, and each
//! `yield_!` evaluates to the next one.
/// Adds up what it is resumed with, yielding the running total, until it reaches `limit`.
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
pub fn accumulator(
    limit: i64,
) -> impl ::coro_core::Coroutine<i64, Yield = i64, Return = i64> + ::core::fmt::Debug {
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
    enum __CoroState<__CoroT0, __CoroT2, __CoroP0> {
        Unresumed { limit: __CoroP0 },
        Suspend0 { total: __CoroT2, limit: __CoroT0 },
        Returned,
        /// Completed, then resumed (which panicked): not poisoned by that panic.
        ResumedAfterReturn,
        Panicked,
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
    impl<__CoroT0, __CoroT2, __CoroP0> ::coro_core::__private::StateInfo
    for __CoroState<__CoroT0, __CoroT2, __CoroP0> {
        fn poison(&mut self) {
            if !::core::matches!(self, __CoroState::ResumedAfterReturn) {
                *self = __CoroState::Panicked;
            }
        }
        fn status(&self) -> ::coro_core::__private::Status {
            match self {
                __CoroState::Unresumed { .. } => {
                    ::coro_core::__private::Status::Unresumed
                }
                __CoroState::Suspend0 { .. } => {
                    ::coro_core::__private::Status::Suspended(::core::file!())
                }
                __CoroState::Returned | __CoroState::ResumedAfterReturn => {
                    ::coro_core::__private::Status::Returned
                }
                __CoroState::Panicked => ::coro_core::__private::Status::Panicked,
            }
        }
    }
    ::coro_core::__private::machine::<
        i64,
        i64,
        i64,
        _,
        _,
    >(
        __CoroState::Unresumed {
            limit: limit,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { limit: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let limit = __coro_in0;
                    let first: i64 = __coro_arg;
                    let __coro_ret = {
                        let mut total = first;
                        '__coro_loop0: loop {
                            if total < limit {
                                {
                                    let __coro_y = total;
                                    ::coro_core::__private::save(
                                        __coro_state,
                                        __CoroState::Suspend0 {
                                            total: total,
                                            limit: limit,
                                        },
                                    );
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            } else {
                                break '__coro_loop0;
                            }
                        }
                        total
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { limit: __coro_r0, total: __coro_r2 } => {
                    #[allow(unused_imports)]
                    use ::coro_core::__private::{IsCopy as _, NotCopy as _};
                    if (&&::coro_core::__private::Probe(&*__coro_r2)).is_copy() {
                        let mut total = (&&::coro_core::__private::Probe(&*__coro_r2))
                            .get();
                        let __coro_loop_value = '__coro_exit0: {
                            '__coro_cont0: {
                                {
                                    let delta = __coro_arg;
                                    total += delta;
                                }
                            };
                            '__coro_loop0: loop {
                                if total < (*__coro_r0) {
                                    {
                                        let __coro_y = total;
                                        *__coro_r2 = total;
                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                    };
                                } else {
                                    break '__coro_loop0;
                                }
                            }
                        };
                        *__coro_r2 = total;
                        let __CoroState::Suspend0 {
                            limit: __coro_b0,
                            total: __coro_b2,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let limit = __coro_b0;
                        let __coro_ret = {
                            let mut total = __coro_b2;
                            { __coro_loop_value }
                            total
                        };
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Returned,
                        );
                        ::coro_core::CoroutineState::Complete(__coro_ret)
                    } else {
                        let __CoroState::Suspend0 {
                            limit: __coro_b0,
                            total: __coro_b2,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let limit = __coro_b0;
                        let __coro_ret = {
                            let mut total = __coro_b2;
                            '__coro_exit1: {
                                '__coro_cont1: {
                                    {
                                        let delta = __coro_arg;
                                        total += delta;
                                    }
                                };
                                '__coro_loop0: loop {
                                    if total < limit {
                                        {
                                            let __coro_y = total;
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    total: total,
                                                    limit: limit,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    } else {
                                        break '__coro_loop0;
                                    }
                                }
                            }
                            total
                        };
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Returned,
                        );
                        ::coro_core::CoroutineState::Complete(__coro_ret)
                    }
                }
                __CoroState::Returned | __CoroState::ResumedAfterReturn => {
                    *__coro_state = __CoroState::ResumedAfterReturn;
                    ::coro_core::__private::resumed_after_completion()
                }
                __CoroState::Panicked => {
                    ::coro_core::__private::resumed_after_panicking()
                }
            }
        },
    )
}
