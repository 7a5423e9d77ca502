//! `coro!` with captures: the closure moves `greeting`, `names` and `count` into the
//! coroutine's first state.
use coro_core::Coroutine;
/// Yields a greeting for each name; returns how many there were.
pub fn greeter(
    greeting: String,
    names: Vec<&'static str>,
) -> impl Coroutine<(), Yield = String, Return = usize> {
    let count = names.len();
    {
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
        enum __CoroState<__CoroT1, __CoroT2, __CoroT3, __CoroT4, __CoroT0> {
            Unresumed { names: __CoroT0, greeting: __CoroT1, count: __CoroT2 },
            Suspend0 {
                name: __CoroT4,
                __coro_iter0: __CoroT3,
                greeting: __CoroT1,
                count: __CoroT2,
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
            __CoroT1,
            __CoroT2,
            __CoroT3,
            __CoroT4,
            __CoroT0,
        > ::coro_core::__private::StateInfo
        for __CoroState<__CoroT1, __CoroT2, __CoroT3, __CoroT4, __CoroT0> {
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
        let __coro_machine = ::coro_core::__private::machine::<
            _,
            String,
            _,
            _,
            _,
        >(
            __CoroState::Unresumed {
                names: names,
                greeting: greeting,
                count: count,
            },
            move |__coro_state, __coro_arg| {
                match __coro_state {
                    __CoroState::Unresumed { .. } => {
                        let __CoroState::Unresumed {
                            names: __coro_b0,
                            greeting: __coro_b1,
                            count: __coro_b2,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let mut names = __coro_b0;
                        let mut greeting = __coro_b1;
                        let mut count = __coro_b2;
                        ::core::mem::drop(__coro_arg);
                        let __coro_ret = {
                            {
                                let mut __coro_iter0 = ::core::iter::IntoIterator::into_iter(
                                    names,
                                );
                                '__coro_loop0: loop {
                                    let name = match ::core::iter::Iterator::next(
                                        &mut __coro_iter0,
                                    ) {
                                        ::core::option::Option::Some(__coro_item) => __coro_item,
                                        ::core::option::Option::None => break '__coro_loop0,
                                    };
                                    {
                                        let __coro_y = format!("{greeting}, {name}!");
                                        ::coro_core::__private::save(
                                            __coro_state,
                                            __CoroState::Suspend0 {
                                                name: name,
                                                __coro_iter0: __coro_iter0,
                                                greeting: greeting,
                                                count: count,
                                            },
                                        );
                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                    };
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
                    __CoroState::Suspend0 { .. } => {
                        let __CoroState::Suspend0 {
                            greeting: __coro_b1,
                            count: __coro_b2,
                            __coro_iter0: __coro_b3,
                            name: __coro_b4,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let mut greeting = __coro_b1;
                        let mut count = __coro_b2;
                        let __coro_ret = {
                            {
                                let mut __coro_iter0 = __coro_b3;
                                '__coro_exit0: {
                                    '__coro_cont0: {
                                        let name = __coro_b4;
                                        ::core::mem::drop(__coro_arg);
                                    };
                                    '__coro_loop0: loop {
                                        let name = match ::core::iter::Iterator::next(
                                            &mut __coro_iter0,
                                        ) {
                                            ::core::option::Option::Some(__coro_item) => __coro_item,
                                            ::core::option::Option::None => break '__coro_loop0,
                                        };
                                        {
                                            let __coro_y = format!("{greeting}, {name}!");
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    name: name,
                                                    __coro_iter0: __coro_iter0,
                                                    greeting: greeting,
                                                    count: count,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
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
                    __CoroState::Returned | __CoroState::ResumedAfterReturn => {
                        *__coro_state = __CoroState::ResumedAfterReturn;
                        ::coro_core::__private::resumed_after_completion()
                    }
                    __CoroState::Panicked => {
                        ::coro_core::__private::resumed_after_panicking()
                    }
                }
            },
        );
        __coro_machine
    }
}
