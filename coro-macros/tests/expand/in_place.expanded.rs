//! In-place resumption: the loop's only suspension point is its last statement and the
//! loop only updates its locals, so resuming runs the loop directly on the state's fields
//! (through `&mut`s), and suspending again writes nothing.
/// Yields the sum of the last three values of `data` at each step; returns the last window.
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
pub fn window_sums(
    data: Vec<u32>,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = u32,
    Return = Vec<u32>,
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
    enum __CoroState<__CoroT0, __CoroT1, __CoroT2, __CoroP0> {
        Unresumed { data: __CoroP0 },
        Suspend0 { i: __CoroT2, window: __CoroT1, data: __CoroT0 },
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
    impl<__CoroT0, __CoroT1, __CoroT2, __CoroP0> ::coro_core::__private::StateInfo
    for __CoroState<__CoroT0, __CoroT1, __CoroT2, __CoroP0> {
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
        Vec<u32>,
        _,
        _,
    >(
        __CoroState::Unresumed {
            data: data,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed { data: __coro_in0 } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let data = __coro_in0;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut window = Vec::new();
                        let mut i = 0;
                        '__coro_loop0: loop {
                            if i < data.len() {
                                window.push(data[i]);
                                if window.len() > 3 {
                                    window.remove(0);
                                }
                                i += 1;
                                {
                                    let __coro_y = window.iter().sum();
                                    ::coro_core::__private::save(
                                        __coro_state,
                                        __CoroState::Suspend0 {
                                            i: i,
                                            window: window,
                                            data: data,
                                        },
                                    );
                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                };
                            } else {
                                break '__coro_loop0;
                            }
                        }
                        window
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 {
                    data: __coro_r0,
                    window: __coro_r1,
                    i: __coro_r2,
                } => {
                    #[allow(unused_imports)]
                    use ::coro_core::__private::{IsCopy as _, NotCopy as _};
                    if (&&::coro_core::__private::Probe(&*__coro_r0)).is_copy()
                        && (&&::coro_core::__private::Probe(&*__coro_r1)).is_copy()
                    {
                        let mut data = (&&::coro_core::__private::Probe(&*__coro_r0))
                            .get();
                        let mut window = (&&::coro_core::__private::Probe(&*__coro_r1))
                            .get();
                        let mut i = *__coro_r2;
                        let __coro_loop_value = '__coro_exit0: {
                            '__coro_cont0: {
                                {
                                    ::core::mem::drop(__coro_arg);
                                }
                            };
                            '__coro_loop0: loop {
                                if i < data.len() {
                                    window.push(data[i]);
                                    if window.len() > 3 {
                                        window.remove(0);
                                    }
                                    i += 1;
                                    {
                                        let __coro_y = window.iter().sum();
                                        *__coro_r0 = data;
                                        *__coro_r1 = window;
                                        *__coro_r2 = i;
                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                    };
                                } else {
                                    break '__coro_loop0;
                                }
                            }
                        };
                        *__coro_r0 = data;
                        *__coro_r1 = window;
                        *__coro_r2 = i;
                        let __CoroState::Suspend0 {
                            data: __coro_b0,
                            window: __coro_b1,
                            i: __coro_b2,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let data = __coro_b0;
                        let __coro_ret = {
                            let mut window = __coro_b1;
                            let mut i = __coro_b2;
                            { __coro_loop_value }
                            window
                        };
                        ::coro_core::__private::save(
                            __coro_state,
                            __CoroState::Returned,
                        );
                        ::coro_core::CoroutineState::Complete(__coro_ret)
                    } else {
                        let __CoroState::Suspend0 {
                            data: __coro_b0,
                            window: __coro_b1,
                            i: __coro_b2,
                        } = ::coro_core::__private::replace(
                            __coro_state,
                            __CoroState::Panicked,
                        ) else { ::coro_core::__private::unreachable_state() };
                        let data = __coro_b0;
                        let __coro_ret = {
                            let mut window = __coro_b1;
                            let mut i = __coro_b2;
                            '__coro_exit1: {
                                '__coro_cont1: {
                                    {
                                        ::core::mem::drop(__coro_arg);
                                    }
                                };
                                '__coro_loop0: loop {
                                    if i < data.len() {
                                        window.push(data[i]);
                                        if window.len() > 3 {
                                            window.remove(0);
                                        }
                                        i += 1;
                                        {
                                            let __coro_y = window.iter().sum();
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    i: i,
                                                    window: window,
                                                    data: data,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    } else {
                                        break '__coro_loop0;
                                    }
                                }
                            }
                            window
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
