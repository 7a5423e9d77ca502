//! Two nested `for` loops with the suspension point in the inner one: both iterators and
//! the outer loop's variable are kept across it.
/// Yields every pair `i < j` below `n`; returns how many there were.
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
pub fn pairs(
    n: u32,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = (u32, u32),
    Return = u32,
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
    enum __CoroState<
        __CoroT0,
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT4,
        __CoroT5,
        __CoroP0,
    > {
        Unresumed { n: __CoroP0 },
        Suspend0 {
            __coro_iter2: __CoroT5,
            i: __CoroT4,
            __coro_end1: __CoroT3,
            __coro_iter0: __CoroT2,
            count: __CoroT1,
            n: __CoroT0,
        },
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
    impl<
        __CoroT0,
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT4,
        __CoroT5,
        __CoroP0,
    > ::coro_core::__private::StateInfo
    for __CoroState<
        __CoroT0,
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT4,
        __CoroT5,
        __CoroP0,
    > {
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
        (u32, u32),
        u32,
        _,
        _,
    >(
        __CoroState::Unresumed { n: n },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { n: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let n = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut count = 0;
                        {
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
                                {
                                    let mut __coro_iter2 = ::core::iter::IntoIterator::into_iter(
                                        i + 1..n,
                                    );
                                    '__coro_loop1: loop {
                                        let j = match ::core::iter::Iterator::next(
                                            &mut __coro_iter2,
                                        ) {
                                            ::core::option::Option::Some(__coro_item) => __coro_item,
                                            ::core::option::Option::None => break '__coro_loop1,
                                        };
                                        count += 1;
                                        {
                                            let __coro_y = (i, j);
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    __coro_iter2: __coro_iter2,
                                                    i: i,
                                                    __coro_end1: __coro_end1,
                                                    __coro_iter0: __coro_iter0,
                                                    count: count,
                                                    n: n,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    }
                                }
                            }
                        }
                        count
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 {
                    n: __coro_r0,
                    count: __coro_r1,
                    __coro_iter0: __coro_r2,
                    __coro_end1: __coro_r3,
                    __coro_iter2: __coro_r5,
                    i: __coro_r4,
                } => {
                    #[allow(unused_imports)]
                    use ::coro_core::__private::{IsCopy as _, NotCopy as _};
                    if (&&::coro_core::__private::Probe(&*__coro_r4)).is_copy() {
                        let mut i = (&&::coro_core::__private::Probe(&*__coro_r4)).get();
                        let __coro_loop_value = '__coro_exit0: {
                            '__coro_cont0: {
                                ::core::mem::drop(__coro_arg);
                            };
                            '__coro_loop1: loop {
                                let j = match ::core::iter::Iterator::next(
                                    &mut (*__coro_r5),
                                ) {
                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                    ::core::option::Option::None => break '__coro_loop1,
                                };
                                (*__coro_r1) += 1;
                                {
                                    let __coro_y = (i, j);
                                    *__coro_r4 = i;
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            }
                        };
                        *__coro_r4 = i;
                        let __CoroState::Suspend0 {
                            n: __coro_b0,
                            count: __coro_b1,
                            __coro_iter0: __coro_b2,
                            __coro_end1: __coro_b3,
                            i: __coro_b4,
                            __coro_iter2: __coro_b5,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let n = __coro_b0;
                        let __coro_ret = {
                            let mut count = __coro_b1;
                            {
                                let mut __coro_iter0 = __coro_b2;
                                let __coro_end1 = __coro_b3;
                                '__coro_exit3: {
                                    '__coro_cont3: {
                                        let i = __coro_b4;
                                        {
                                            let mut __coro_iter2 = __coro_b5;
                                            { __coro_loop_value }
                                        }
                                    };
                                    '__coro_loop0: loop {
                                        let i = if __coro_iter0 < __coro_end1 {
                                            let __coro_item = __coro_iter0;
                                            __coro_iter0 += 1;
                                            __coro_item
                                        } else {
                                            break '__coro_loop0;
                                        };
                                        {
                                            let mut __coro_iter2 = ::core::iter::IntoIterator::into_iter(
                                                i + 1..n,
                                            );
                                            '__coro_loop1: loop {
                                                let j = match ::core::iter::Iterator::next(
                                                    &mut __coro_iter2,
                                                ) {
                                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                                    ::core::option::Option::None => break '__coro_loop1,
                                                };
                                                count += 1;
                                                {
                                                    let __coro_y = (i, j);
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            __coro_iter2: __coro_iter2,
                                                            i: i,
                                                            __coro_end1: __coro_end1,
                                                            __coro_iter0: __coro_iter0,
                                                            count: count,
                                                            n: n,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                    }
                                }
                            }
                            count
                        };
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Returned,
                        );
                        ::coro_core::CoroutineState::Complete(__coro_ret)
                    } else {
                        let __CoroState::Suspend0 {
                            n: __coro_b0,
                            count: __coro_b1,
                            __coro_iter0: __coro_b2,
                            __coro_end1: __coro_b3,
                            i: __coro_b4,
                            __coro_iter2: __coro_b5,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let n = __coro_b0;
                        let __coro_ret = {
                            let mut count = __coro_b1;
                            {
                                let mut __coro_iter0 = __coro_b2;
                                let __coro_end1 = __coro_b3;
                                '__coro_exit1: {
                                    '__coro_cont1: {
                                        let i = __coro_b4;
                                        {
                                            let mut __coro_iter2 = __coro_b5;
                                            '__coro_exit2: {
                                                '__coro_cont2: {
                                                    ::core::mem::drop(__coro_arg);
                                                };
                                                '__coro_loop1: loop {
                                                    let j = match ::core::iter::Iterator::next(
                                                        &mut __coro_iter2,
                                                    ) {
                                                        ::core::option::Option::Some(__coro_item) => __coro_item,
                                                        ::core::option::Option::None => break '__coro_loop1,
                                                    };
                                                    count += 1;
                                                    {
                                                        let __coro_y = (i, j);
                                                        ::coro_core::__private::save(
                                                            __coro_state,
                                                            __CoroState::Suspend0 {
                                                                __coro_iter2: __coro_iter2,
                                                                i: i,
                                                                __coro_end1: __coro_end1,
                                                                __coro_iter0: __coro_iter0,
                                                                count: count,
                                                                n: n,
                                                            },
                                                        );
                                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                    };
                                                }
                                            }
                                        }
                                    };
                                    '__coro_loop0: loop {
                                        let i = if __coro_iter0 < __coro_end1 {
                                            let __coro_item = __coro_iter0;
                                            __coro_iter0 += 1;
                                            __coro_item
                                        } else {
                                            break '__coro_loop0;
                                        };
                                        {
                                            let mut __coro_iter2 = ::core::iter::IntoIterator::into_iter(
                                                i + 1..n,
                                            );
                                            '__coro_loop1: loop {
                                                let j = match ::core::iter::Iterator::next(
                                                    &mut __coro_iter2,
                                                ) {
                                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                                    ::core::option::Option::None => break '__coro_loop1,
                                                };
                                                count += 1;
                                                {
                                                    let __coro_y = (i, j);
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            __coro_iter2: __coro_iter2,
                                                            i: i,
                                                            __coro_end1: __coro_end1,
                                                            __coro_iter0: __coro_iter0,
                                                            count: count,
                                                            n: n,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                    }
                                }
                            }
                            count
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
