//! A name shadowed while the binding it shadows is still live: both are kept across the
//! first suspension point, so one of them is renamed in the state.
/// Yields the length of `text`, then the length of `text` with a `!`, and returns the
/// latter.
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
pub fn shadowing(
    text: &'static str,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = usize,
    Return = String,
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
    enum __CoroState<__CoroT1, __CoroT3, __CoroP0> {
        Unresumed { text: __CoroP0 },
        Suspend0 { __coro_word_1: __CoroT1 },
        Suspend1 { word: __CoroT3 },
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
    impl<__CoroT1, __CoroT3, __CoroP0> ::coro_core::__private::StateInfo
    for __CoroState<__CoroT1, __CoroT3, __CoroP0> {
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
        usize,
        String,
        _,
        _,
    >(
        __CoroState::Unresumed {
            text: text,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { text: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let text = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let __coro_word_1 = String::from(text);
                        {
                            let word = __coro_word_1.len();
                            {
                                let __coro_y = word;
                                ::coro_core::__private::save(
                                    __coro_state,
                                    __CoroState::Suspend0 {
                                        __coro_word_1: __coro_word_1,
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
                    let __CoroState::Suspend0 { __coro_word_1: __coro_b1 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let __coro_ret = {
                        let __coro_word_1 = __coro_b1;
                        {
                            ::core::mem::drop(__coro_arg);
                        }
                        let word = __coro_word_1 + "!";
                        {
                            let __coro_y = word.len();
                            ::coro_core::__private::save(
                                __coro_state,
                                __CoroState::Suspend1 {
                                    word: word,
                                },
                            );
                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                        };
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend1 { .. } => {
                    let __CoroState::Suspend1 { word: __coro_b3 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let __coro_ret = {
                        let word = __coro_b3;
                        ::core::mem::drop(__coro_arg);
                        word
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
