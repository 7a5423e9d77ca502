//! An early `return` and `?` after suspension points: both complete the coroutine from the
//! middle of its loop.
use std::num::ParseIntError;
/// Yields each number of `items` until `"stop"`; returns their sum, or the first error.
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
pub fn parse_all(
    items: Vec<&'static str>,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = u32,
    Return = Result<u32, ParseIntError>,
> + ::core::fmt::Debug {
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
    enum __CoroState<__CoroT1, __CoroT2, __CoroP0> {
        Unresumed { items: __CoroP0 },
        Suspend0 { __coro_iter0: __CoroT2, sum: __CoroT1 },
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
    impl<__CoroT1, __CoroT2, __CoroP0> ::coro_core::__private::StateInfo
    for __CoroState<__CoroT1, __CoroT2, __CoroP0> {
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
        Result<u32, ParseIntError>,
        _,
        _,
    >(
        __CoroState::Unresumed {
            items: items,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { items: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let items = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut sum = 0;
                        {
                            let mut __coro_iter0 = ::core::iter::IntoIterator::into_iter(
                                items,
                            );
                            '__coro_loop0: loop {
                                let item = match ::core::iter::Iterator::next(
                                    &mut __coro_iter0,
                                ) {
                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                    ::core::option::Option::None => break '__coro_loop0,
                                };
                                if item == "stop" {
                                    ({
                                        let __coro_ret = Ok(sum);
                                        *__coro_state = __CoroState::Returned;
                                        return ::coro_core::CoroutineState::Complete(__coro_ret);
                                    });
                                }
                                let n: u32 = (match ::coro_core::__private::Try::branch(
                                    item.parse(),
                                ) {
                                    ::coro_core::__private::ControlFlow::Continue(__coro_v) => {
                                        __coro_v
                                    }
                                    ::coro_core::__private::ControlFlow::Break(__coro_r) => {
                                        *__coro_state = __CoroState::Returned;
                                        return ::coro_core::CoroutineState::Complete(
                                            ::coro_core::__private::FromResidual::from_residual(
                                                __coro_r,
                                            ),
                                        );
                                    }
                                });
                                sum += n;
                                {
                                    let __coro_y = n;
                                    ::coro_core::__private::save(
                                        __coro_state,
                                        __CoroState::Suspend0 {
                                            __coro_iter0: __coro_iter0,
                                            sum: sum,
                                        },
                                    );
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            }
                        }
                        Ok(sum)
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { .. } => {
                    let __CoroState::Suspend0 {
                        sum: __coro_b1,
                        __coro_iter0: __coro_b2,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let __coro_ret = {
                        let mut sum = __coro_b1;
                        {
                            let mut __coro_iter0 = __coro_b2;
                            '__coro_exit0: {
                                '__coro_cont0: {
                                    ::core::mem::drop(__coro_arg);
                                };
                                '__coro_loop0: loop {
                                    let item = match ::core::iter::Iterator::next(
                                        &mut __coro_iter0,
                                    ) {
                                        ::core::option::Option::Some(__coro_item) => __coro_item,
                                        ::core::option::Option::None => break '__coro_loop0,
                                    };
                                    if item == "stop" {
                                        ({
                                            let __coro_ret = Ok(sum);
                                            *__coro_state = __CoroState::Returned;
                                            return ::coro_core::CoroutineState::Complete(__coro_ret);
                                        });
                                    }
                                    let n: u32 = (match ::coro_core::__private::Try::branch(
                                        item.parse(),
                                    ) {
                                        ::coro_core::__private::ControlFlow::Continue(__coro_v) => {
                                            __coro_v
                                        }
                                        ::coro_core::__private::ControlFlow::Break(__coro_r) => {
                                            *__coro_state = __CoroState::Returned;
                                            return ::coro_core::CoroutineState::Complete(
                                                ::coro_core::__private::FromResidual::from_residual(
                                                    __coro_r,
                                                ),
                                            );
                                        }
                                    });
                                    sum += n;
                                    {
                                        let __coro_y = n;
                                        ::coro_core::__private::save(
                                            __coro_state,
                                            __CoroState::Suspend0 {
                                                __coro_iter0: __coro_iter0,
                                                sum: sum,
                                            },
                                        );
                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                    };
                                }
                            }
                        }
                        Ok(sum)
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
