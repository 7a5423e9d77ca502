//! A `loop` with a local that lives across its suspension point, and a value given by
//! `break`.
/// Yields the powers of two up to `limit`; returns the first one past it.
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
pub fn powers(
    limit: u32,
) -> impl ::coro_core::Coroutine<(), Yield = u32, Return = u32> + ::core::fmt::Debug {
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
        Suspend0 { next: __CoroT2, limit: __CoroT0 },
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
        (),
        u32,
        u32,
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
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut power = 1;
                        '__coro_loop0: loop {
                            let next = power * 2;
                            {
                                let __coro_y = power;
                                ::coro_core::__private::save(
                                    __coro_state,
                                    __CoroState::Suspend0 {
                                        next: next,
                                        limit: limit,
                                    },
                                );
                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                            };
                        }
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { .. } => {
                    let __CoroState::Suspend0 { limit: __coro_b0, next: __coro_b2 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let limit = __coro_b0;
                    let __coro_ret = {
                        let mut power;
                        '__coro_exit0: {
                            '__coro_cont0: {
                                let next = __coro_b2;
                                ::core::mem::drop(__coro_arg);
                                if next > limit {
                                    break '__coro_exit0 next;
                                }
                                power = next;
                            };
                            '__coro_loop0: loop {
                                let next = power * 2;
                                {
                                    let __coro_y = power;
                                    ::coro_core::__private::save(
                                        __coro_state,
                                        __CoroState::Suspend0 {
                                            next: next,
                                            limit: limit,
                                        },
                                    );
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            }
                        }
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
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
