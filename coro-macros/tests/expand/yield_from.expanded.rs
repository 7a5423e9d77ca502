//! `yield_from!`: delegating to another coroutine, whose return value is the value of the
//! `yield_from!`.
/// Counts down from `from` to 1.
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
pub fn countdown(
    from: u32,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = u32,
    Return = &'static str,
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
    enum __CoroState<__CoroT1, __CoroP0> {
        Unresumed { from: __CoroP0 },
        Suspend0 { __coro_iter0: __CoroT1 },
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
    impl<__CoroT1, __CoroP0> ::coro_core::__private::StateInfo
    for __CoroState<__CoroT1, __CoroP0> {
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
        &'static str,
        _,
        _,
    >(
        __CoroState::Unresumed {
            from: from,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { from: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let from = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        {
                            let mut __coro_iter0 = ::core::iter::IntoIterator::into_iter(
                                (1..=from).rev(),
                            );
                            '__coro_loop0: loop {
                                let n = match ::core::iter::Iterator::next(
                                    &mut __coro_iter0,
                                ) {
                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                    ::core::option::Option::None => break '__coro_loop0,
                                };
                                {
                                    let __coro_y = n;
                                    ::coro_core::__private::save(
                                        __coro_state,
                                        __CoroState::Suspend0 {
                                            __coro_iter0: __coro_iter0,
                                        },
                                    );
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            }
                        }
                        "liftoff"
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { __coro_iter0: __coro_r1 } => {
                    let __coro_loop_value = '__coro_exit0: {
                        '__coro_cont0: {
                            ::core::mem::drop(__coro_arg);
                        };
                        '__coro_loop0: loop {
                            let n = match ::core::iter::Iterator::next(
                                &mut (*__coro_r1),
                            ) {
                                ::core::option::Option::Some(__coro_item) => __coro_item,
                                ::core::option::Option::None => break '__coro_loop0,
                            };
                            {
                                let __coro_y = n;
                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                            };
                        }
                    };
                    let __CoroState::Suspend0 { __coro_iter0: __coro_b1 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let __coro_ret = {
                        {
                            let mut __coro_iter0 = __coro_b1;
                            { __coro_loop_value }
                        }
                        "liftoff"
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
/// Two countdowns in a row; returns what each returned.
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
pub fn two_countdowns(
    a: u32,
    b: u32,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = u32,
    Return = [&'static str; 2],
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
    enum __CoroState<__CoroT1, __CoroT2, __CoroT7, __CoroT8, __CoroP0, __CoroP1> {
        Unresumed { a: __CoroP0, b: __CoroP1 },
        Suspend0 { __coro_sub0: __CoroT2, b: __CoroT1 },
        Suspend1 { __coro_sub2: __CoroT8, first: __CoroT7 },
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
        __CoroT1,
        __CoroT2,
        __CoroT7,
        __CoroT8,
        __CoroP0,
        __CoroP1,
    > ::coro_core::__private::StateInfo
    for __CoroState<__CoroT1, __CoroT2, __CoroT7, __CoroT8, __CoroP0, __CoroP1> {
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
                __CoroState::Suspend1 { .. } => {
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
        [&'static str; 2],
        _,
        _,
    >(
        __CoroState::Unresumed {
            a: a,
            b: b,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { a: __coro_in0, b: __coro_in1 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let a = __coro_in0;
                    let b = __coro_in1;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let first = {
                            let mut __coro_sub0 = countdown(a);
                            let mut __coro_resume0 = ();
                            '__coro_loop0: loop {
                                match ::coro_core::__private::resume_sub(
                                    &mut __coro_sub0,
                                    __coro_resume0,
                                ) {
                                    ::coro_core::CoroutineState::Yielded(__coro_y) => {
                                        {
                                            let __coro_y = __coro_y;
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    __coro_sub0: __coro_sub0,
                                                    b: b,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    }
                                    ::coro_core::CoroutineState::Complete(__coro_r) => {
                                        break '__coro_loop0 __coro_r;
                                    }
                                }
                            }
                        };
                        let second = {
                            let mut __coro_sub2 = countdown(b);
                            let mut __coro_resume2 = ();
                            '__coro_loop1: loop {
                                match ::coro_core::__private::resume_sub(
                                    &mut __coro_sub2,
                                    __coro_resume2,
                                ) {
                                    ::coro_core::CoroutineState::Yielded(__coro_y) => {
                                        {
                                            let __coro_y = __coro_y;
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend1 {
                                                    __coro_sub2: __coro_sub2,
                                                    first: first,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    }
                                    ::coro_core::CoroutineState::Complete(__coro_r) => {
                                        break '__coro_loop1 __coro_r;
                                    }
                                }
                            }
                        };
                        [first, second]
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { .. } => {
                    let __CoroState::Suspend0 { b: __coro_b1, __coro_sub0: __coro_b2 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let b = __coro_b1;
                    let __coro_ret = {
                        let first = {
                            let mut __coro_sub0 = __coro_b2;
                            let mut __coro_resume0;
                            '__coro_exit0: {
                                '__coro_cont0: {
                                    {
                                        let __coro_t1 = __coro_arg;
                                        __coro_resume0 = __coro_t1;
                                    }
                                };
                                '__coro_loop0: loop {
                                    match ::coro_core::__private::resume_sub(
                                        &mut __coro_sub0,
                                        __coro_resume0,
                                    ) {
                                        ::coro_core::CoroutineState::Yielded(__coro_y) => {
                                            {
                                                let __coro_y = __coro_y;
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend0 {
                                                        __coro_sub0: __coro_sub0,
                                                        b: b,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        }
                                        ::coro_core::CoroutineState::Complete(__coro_r) => {
                                            break '__coro_loop0 __coro_r;
                                        }
                                    }
                                }
                            }
                        };
                        let second = {
                            let mut __coro_sub2 = countdown(b);
                            let mut __coro_resume2 = ();
                            '__coro_loop1: loop {
                                match ::coro_core::__private::resume_sub(
                                    &mut __coro_sub2,
                                    __coro_resume2,
                                ) {
                                    ::coro_core::CoroutineState::Yielded(__coro_y) => {
                                        {
                                            let __coro_y = __coro_y;
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend1 {
                                                    __coro_sub2: __coro_sub2,
                                                    first: first,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    }
                                    ::coro_core::CoroutineState::Complete(__coro_r) => {
                                        break '__coro_loop1 __coro_r;
                                    }
                                }
                            }
                        };
                        [first, second]
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend1 { .. } => {
                    let __CoroState::Suspend1 {
                        first: __coro_b7,
                        __coro_sub2: __coro_b8,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let __coro_ret = {
                        let first = __coro_b7;
                        let second = {
                            let mut __coro_sub2 = __coro_b8;
                            let mut __coro_resume2;
                            '__coro_exit1: {
                                '__coro_cont1: {
                                    {
                                        let __coro_t3 = __coro_arg;
                                        __coro_resume2 = __coro_t3;
                                    }
                                };
                                '__coro_loop1: loop {
                                    match ::coro_core::__private::resume_sub(
                                        &mut __coro_sub2,
                                        __coro_resume2,
                                    ) {
                                        ::coro_core::CoroutineState::Yielded(__coro_y) => {
                                            {
                                                let __coro_y = __coro_y;
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend1 {
                                                        __coro_sub2: __coro_sub2,
                                                        first: first,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        }
                                        ::coro_core::CoroutineState::Complete(__coro_r) => {
                                            break '__coro_loop1 __coro_r;
                                        }
                                    }
                                }
                            }
                        };
                        [first, second]
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
