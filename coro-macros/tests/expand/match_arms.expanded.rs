//! `match` with suspension points in its arms, one of them inside a loop of its own.
/// A command of [`interpret`].
#[derive(Debug, Clone)]
pub enum Command {
    Say(String),
    Repeat(String, u32),
    Quit,
}
/// Yields what the commands say, up to `Quit`; returns how many lines that was.
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
pub fn interpret(
    commands: Vec<Command>,
) -> impl ::coro_core::Coroutine<(), Yield = String, Return = u32> + ::core::fmt::Debug {
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
    enum __CoroState<__CoroT1, __CoroT2, __CoroT5, __CoroT7, __CoroT8, __CoroP0> {
        Unresumed { commands: __CoroP0 },
        Suspend0 { __coro_iter0: __CoroT2, said: __CoroT1 },
        Suspend1 {
            __coro_end2: __CoroT8,
            __coro_iter1: __CoroT7,
            text: __CoroT5,
            __coro_iter0: __CoroT2,
            said: __CoroT1,
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
        __CoroT5,
        __CoroT7,
        __CoroT8,
        __CoroP0,
    > ::coro_core::__private::StateInfo
    for __CoroState<__CoroT1, __CoroT2, __CoroT5, __CoroT7, __CoroT8, __CoroP0> {
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
        String,
        u32,
        _,
        _,
    >(
        __CoroState::Unresumed {
            commands: commands,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { commands: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let commands = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut said = 0;
                        {
                            let mut __coro_iter0 = ::core::iter::IntoIterator::into_iter(
                                commands,
                            );
                            '__coro_loop0: loop {
                                let command = match ::core::iter::Iterator::next(
                                    &mut __coro_iter0,
                                ) {
                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                    ::core::option::Option::None => break '__coro_loop0,
                                };
                                match command {
                                    Command::Say(text) => {
                                        {
                                            let __coro_y = text;
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    __coro_iter0: __coro_iter0,
                                                    said: said,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    }
                                    Command::Repeat(text, times) => {
                                        let mut __coro_iter1 = 0;
                                        let __coro_end2 = times;
                                        '__coro_loop1: loop {
                                            let _ = if __coro_iter1 < __coro_end2 {
                                                let __coro_item = __coro_iter1;
                                                __coro_iter1 += 1;
                                                __coro_item
                                            } else {
                                                break '__coro_loop1;
                                            };
                                            {
                                                let __coro_y = text.clone();
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend1 {
                                                        __coro_end2: __coro_end2,
                                                        __coro_iter1: __coro_iter1,
                                                        text: text,
                                                        __coro_iter0: __coro_iter0,
                                                        said: said,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        }
                                    }
                                    Command::Quit => break '__coro_loop0,
                                }
                            }
                        }
                        said
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { .. } => {
                    let __CoroState::Suspend0 {
                        said: __coro_b1,
                        __coro_iter0: __coro_b2,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let __coro_ret = {
                        let mut said = __coro_b1;
                        {
                            let mut __coro_iter0 = __coro_b2;
                            '__coro_exit0: {
                                '__coro_cont0: {
                                    {
                                        ::core::mem::drop(__coro_arg);
                                        said += 1;
                                    }
                                };
                                '__coro_loop0: loop {
                                    let command = match ::core::iter::Iterator::next(
                                        &mut __coro_iter0,
                                    ) {
                                        ::core::option::Option::Some(__coro_item) => __coro_item,
                                        ::core::option::Option::None => break '__coro_loop0,
                                    };
                                    match command {
                                        Command::Say(text) => {
                                            {
                                                let __coro_y = text;
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend0 {
                                                        __coro_iter0: __coro_iter0,
                                                        said: said,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        }
                                        Command::Repeat(text, times) => {
                                            let mut __coro_iter1 = 0;
                                            let __coro_end2 = times;
                                            '__coro_loop1: loop {
                                                let _ = if __coro_iter1 < __coro_end2 {
                                                    let __coro_item = __coro_iter1;
                                                    __coro_iter1 += 1;
                                                    __coro_item
                                                } else {
                                                    break '__coro_loop1;
                                                };
                                                {
                                                    let __coro_y = text.clone();
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend1 {
                                                            __coro_end2: __coro_end2,
                                                            __coro_iter1: __coro_iter1,
                                                            text: text,
                                                            __coro_iter0: __coro_iter0,
                                                            said: said,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                        Command::Quit => break '__coro_loop0,
                                    }
                                }
                            }
                        }
                        said
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend1 {
                    said: __coro_r1,
                    __coro_iter0: __coro_r2,
                    __coro_end2: __coro_r8,
                    text: __coro_r5,
                    __coro_iter1: __coro_r7,
                } => {
                    #[allow(unused_imports)]
                    use ::coro_core::__private::{IsCopy as _, NotCopy as _};
                    if (&&::coro_core::__private::Probe(&*__coro_r5)).is_copy() {
                        let mut text = (&&::coro_core::__private::Probe(&*__coro_r5))
                            .get();
                        let mut __coro_iter1 = *__coro_r7;
                        let __coro_loop_value = '__coro_exit1: {
                            '__coro_cont1: {
                                ::core::mem::drop(__coro_arg);
                                (*__coro_r1) += 1;
                            };
                            '__coro_loop1: loop {
                                let _ = if __coro_iter1 < (*__coro_r8) {
                                    let __coro_item = __coro_iter1;
                                    __coro_iter1 += 1;
                                    __coro_item
                                } else {
                                    break '__coro_loop1;
                                };
                                {
                                    let __coro_y = text.clone();
                                    *__coro_r5 = text;
                                    *__coro_r7 = __coro_iter1;
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            }
                        };
                        *__coro_r5 = text;
                        *__coro_r7 = __coro_iter1;
                        let __CoroState::Suspend1 {
                            said: __coro_b1,
                            __coro_iter0: __coro_b2,
                            text: __coro_b5,
                            __coro_iter1: __coro_b7,
                            __coro_end2: __coro_b8,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let __coro_ret = {
                            let mut said = __coro_b1;
                            {
                                let mut __coro_iter0 = __coro_b2;
                                '__coro_exit4: {
                                    '__coro_cont4: {
                                        {
                                            let text = __coro_b5;
                                            {
                                                let mut __coro_iter1 = __coro_b7;
                                                let __coro_end2 = __coro_b8;
                                                { __coro_loop_value }
                                            }
                                        }
                                    };
                                    '__coro_loop0: loop {
                                        let command = match ::core::iter::Iterator::next(
                                            &mut __coro_iter0,
                                        ) {
                                            ::core::option::Option::Some(__coro_item) => __coro_item,
                                            ::core::option::Option::None => break '__coro_loop0,
                                        };
                                        match command {
                                            Command::Say(text) => {
                                                {
                                                    let __coro_y = text;
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            __coro_iter0: __coro_iter0,
                                                            said: said,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                            Command::Repeat(text, times) => {
                                                let mut __coro_iter1 = 0;
                                                let __coro_end2 = times;
                                                '__coro_loop1: loop {
                                                    let _ = if __coro_iter1 < __coro_end2 {
                                                        let __coro_item = __coro_iter1;
                                                        __coro_iter1 += 1;
                                                        __coro_item
                                                    } else {
                                                        break '__coro_loop1;
                                                    };
                                                    {
                                                        let __coro_y = text.clone();
                                                        ::coro_core::__private::save(
                                                            __coro_state,
                                                            __CoroState::Suspend1 {
                                                                __coro_end2: __coro_end2,
                                                                __coro_iter1: __coro_iter1,
                                                                text: text,
                                                                __coro_iter0: __coro_iter0,
                                                                said: said,
                                                            },
                                                        );
                                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                    };
                                                }
                                            }
                                            Command::Quit => break '__coro_loop0,
                                        }
                                    }
                                }
                            }
                            said
                        };
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Returned,
                        );
                        ::coro_core::CoroutineState::Complete(__coro_ret)
                    } else {
                        let __CoroState::Suspend1 {
                            said: __coro_b1,
                            __coro_iter0: __coro_b2,
                            text: __coro_b5,
                            __coro_iter1: __coro_b7,
                            __coro_end2: __coro_b8,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let __coro_ret = {
                            let mut said = __coro_b1;
                            {
                                let mut __coro_iter0 = __coro_b2;
                                '__coro_exit2: {
                                    '__coro_cont2: {
                                        {
                                            let text = __coro_b5;
                                            {
                                                let mut __coro_iter1 = __coro_b7;
                                                let __coro_end2 = __coro_b8;
                                                '__coro_exit3: {
                                                    '__coro_cont3: {
                                                        ::core::mem::drop(__coro_arg);
                                                        said += 1;
                                                    };
                                                    '__coro_loop1: loop {
                                                        let _ = if __coro_iter1 < __coro_end2 {
                                                            let __coro_item = __coro_iter1;
                                                            __coro_iter1 += 1;
                                                            __coro_item
                                                        } else {
                                                            break '__coro_loop1;
                                                        };
                                                        {
                                                            let __coro_y = text.clone();
                                                            ::coro_core::__private::save(
                                                                __coro_state,
                                                                __CoroState::Suspend1 {
                                                                    __coro_end2: __coro_end2,
                                                                    __coro_iter1: __coro_iter1,
                                                                    text: text,
                                                                    __coro_iter0: __coro_iter0,
                                                                    said: said,
                                                                },
                                                            );
                                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                        };
                                                    }
                                                }
                                            }
                                        }
                                    };
                                    '__coro_loop0: loop {
                                        let command = match ::core::iter::Iterator::next(
                                            &mut __coro_iter0,
                                        ) {
                                            ::core::option::Option::Some(__coro_item) => __coro_item,
                                            ::core::option::Option::None => break '__coro_loop0,
                                        };
                                        match command {
                                            Command::Say(text) => {
                                                {
                                                    let __coro_y = text;
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            __coro_iter0: __coro_iter0,
                                                            said: said,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                            Command::Repeat(text, times) => {
                                                let mut __coro_iter1 = 0;
                                                let __coro_end2 = times;
                                                '__coro_loop1: loop {
                                                    let _ = if __coro_iter1 < __coro_end2 {
                                                        let __coro_item = __coro_iter1;
                                                        __coro_iter1 += 1;
                                                        __coro_item
                                                    } else {
                                                        break '__coro_loop1;
                                                    };
                                                    {
                                                        let __coro_y = text.clone();
                                                        ::coro_core::__private::save(
                                                            __coro_state,
                                                            __CoroState::Suspend1 {
                                                                __coro_end2: __coro_end2,
                                                                __coro_iter1: __coro_iter1,
                                                                text: text,
                                                                __coro_iter0: __coro_iter0,
                                                                said: said,
                                                            },
                                                        );
                                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                    };
                                                }
                                            }
                                            Command::Quit => break '__coro_loop0,
                                        }
                                    }
                                }
                            }
                            said
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
