//! `select!` in a task, with guards that switch off an arm once its channel is closed.
use coro_core::channel::Receiver;
/// Receives from both channels until both are closed; returns what it received, in order.
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
pub fn merge(
    numbers: Receiver<u32>,
    words: Receiver<&'static str>,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = (),
    Return = Vec<String>,
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
        __CoroT6,
        __CoroT7,
        __CoroT8,
        __CoroP0,
        __CoroP1,
    > {
        Unresumed { numbers: __CoroP0, words: __CoroP1 },
        Suspend0 {
            __coro_sel0_value1: __CoroT8,
            __coro_sel0_enabled1: __CoroT7,
            __coro_sel0_value0: __CoroT6,
            __coro_sel0_enabled0: __CoroT5,
            words_open: __CoroT4,
            numbers_open: __CoroT3,
            seen: __CoroT2,
            numbers: __CoroT0,
            words: __CoroT1,
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
        __CoroT6,
        __CoroT7,
        __CoroT8,
        __CoroP0,
        __CoroP1,
    > ::coro_core::__private::StateInfo
    for __CoroState<
        __CoroT0,
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT4,
        __CoroT5,
        __CoroT6,
        __CoroT7,
        __CoroT8,
        __CoroP0,
        __CoroP1,
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
        (),
        Vec<String>,
        _,
        _,
    >(
        __CoroState::Unresumed {
            numbers: numbers,
            words: words,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed {
                        numbers: __coro_in0,
                        words: __coro_in1,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let numbers = __coro_in0;
                    let words = __coro_in1;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut seen = Vec::new();
                        let (mut numbers_open, mut words_open) = (true, true);
                        '__coro_loop0: loop {
                            if numbers_open || words_open {
                                {
                                    let __coro_sel0_enabled0: bool = numbers_open;
                                    let mut __coro_sel0_value0 = ::core::option::Option::None;
                                    let __coro_sel0_enabled1: bool = words_open;
                                    let mut __coro_sel0_value1 = ::core::option::Option::None;
                                    ::coro_core::sched::ops::select_begin();
                                    let __coro_sel0_arm: usize = '__coro_loop1: loop {
                                        let __coro_sel0_start = ::coro_core::sched::ops::select_start(
                                            2usize,
                                        );
                                        let mut __coro_sel0_won = ::core::option::Option::None;
                                        for __coro_sel0_step in 0..2usize {
                                            match (__coro_sel0_start + __coro_sel0_step) % 2usize {
                                                0usize if __coro_sel0_enabled0 => {
                                                    if let ::core::task::Poll::Ready(__coro_ready) = ::coro_core::sched::ops::poll_recv_select(
                                                        &(numbers),
                                                    ) {
                                                        __coro_sel0_value0 = ::core::option::Option::Some(
                                                            __coro_ready,
                                                        );
                                                        __coro_sel0_won = ::core::option::Option::Some(0usize);
                                                        break;
                                                    }
                                                }
                                                1usize if __coro_sel0_enabled1 => {
                                                    if let ::core::task::Poll::Ready(__coro_ready) = ::coro_core::sched::ops::poll_recv_select(
                                                        &(words),
                                                    ) {
                                                        __coro_sel0_value1 = ::core::option::Option::Some(
                                                            __coro_ready,
                                                        );
                                                        __coro_sel0_won = ::core::option::Option::Some(1usize);
                                                        break;
                                                    }
                                                }
                                                _ => {}
                                            }
                                        }
                                        if let ::core::option::Option::Some(__coro_ready) = __coro_sel0_won {
                                            break '__coro_loop1 __coro_ready;
                                        }
                                        ::coro_core::sched::ops::park(
                                            ::coro_core::sched::ops::WaitingOn::Select(2usize),
                                        );
                                        {
                                            let __coro_y = ();
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    __coro_sel0_value1: __coro_sel0_value1,
                                                    __coro_sel0_enabled1: __coro_sel0_enabled1,
                                                    __coro_sel0_value0: __coro_sel0_value0,
                                                    __coro_sel0_enabled0: __coro_sel0_enabled0,
                                                    words_open: words_open,
                                                    numbers_open: numbers_open,
                                                    seen: seen,
                                                    numbers: numbers,
                                                    words: words,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    };
                                    if __coro_sel0_arm != 0usize {
                                        ::coro_core::sched::ops::cancel_recv(&(numbers));
                                    }
                                    if __coro_sel0_arm != 1usize {
                                        ::coro_core::sched::ops::cancel_recv(&(words));
                                    }
                                    ::coro_core::sched::ops::select_end();
                                    match __coro_sel0_arm {
                                        0usize => {
                                            let n = match __coro_sel0_value0 {
                                                ::core::option::Option::Some(__coro_ready) => __coro_ready,
                                                ::core::option::Option::None => {
                                                    ::coro_core::__private::unreachable_state()
                                                }
                                            };
                                            match n {
                                                Some(n) => seen.push(format!("number {n}")),
                                                None => numbers_open = false,
                                            }
                                        }
                                        1usize => {
                                            let w = match __coro_sel0_value1 {
                                                ::core::option::Option::Some(__coro_ready) => __coro_ready,
                                                ::core::option::Option::None => {
                                                    ::coro_core::__private::unreachable_state()
                                                }
                                            };
                                            match w {
                                                Some(w) => seen.push(format!("word {w}")),
                                                None => words_open = false,
                                            }
                                        }
                                        _ => ::coro_core::__private::unreachable_state(),
                                    }
                                }
                            } else {
                                break '__coro_loop0;
                            }
                        }
                        seen
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 {
                    numbers: __coro_r0,
                    words: __coro_r1,
                    seen: __coro_r2,
                    numbers_open: __coro_r3,
                    words_open: __coro_r4,
                    __coro_sel0_value0: __coro_r6,
                    __coro_sel0_value1: __coro_r8,
                    __coro_sel0_enabled0: __coro_r5,
                    __coro_sel0_enabled1: __coro_r7,
                } => {
                    let mut __coro_sel0_enabled0 = *__coro_r5;
                    let mut __coro_sel0_enabled1 = *__coro_r7;
                    let __coro_loop_value = '__coro_exit0: {
                        '__coro_cont0: {
                            ::core::mem::drop(__coro_arg);
                        };
                        '__coro_loop1: loop {
                            let __coro_sel0_start = ::coro_core::sched::ops::select_start(
                                2usize,
                            );
                            let mut __coro_sel0_won = ::core::option::Option::None;
                            for __coro_sel0_step in 0..2usize {
                                match (__coro_sel0_start + __coro_sel0_step) % 2usize {
                                    0usize if __coro_sel0_enabled0 => {
                                        if let ::core::task::Poll::Ready(__coro_ready) = ::coro_core::sched::ops::poll_recv_select(
                                            &((*__coro_r0)),
                                        ) {
                                            (*__coro_r6) = ::core::option::Option::Some(__coro_ready);
                                            __coro_sel0_won = ::core::option::Option::Some(0usize);
                                            break;
                                        }
                                    }
                                    1usize if __coro_sel0_enabled1 => {
                                        if let ::core::task::Poll::Ready(__coro_ready) = ::coro_core::sched::ops::poll_recv_select(
                                            &((*__coro_r1)),
                                        ) {
                                            (*__coro_r8) = ::core::option::Option::Some(__coro_ready);
                                            __coro_sel0_won = ::core::option::Option::Some(1usize);
                                            break;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            if let ::core::option::Option::Some(__coro_ready) = __coro_sel0_won {
                                break '__coro_loop1 __coro_ready;
                            }
                            ::coro_core::sched::ops::park(
                                ::coro_core::sched::ops::WaitingOn::Select(2usize),
                            );
                            {
                                let __coro_y = ();
                                *__coro_r5 = __coro_sel0_enabled0;
                                *__coro_r7 = __coro_sel0_enabled1;
                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                            };
                        }
                    };
                    *__coro_r5 = __coro_sel0_enabled0;
                    *__coro_r7 = __coro_sel0_enabled1;
                    let __CoroState::Suspend0 {
                        numbers: __coro_b0,
                        words: __coro_b1,
                        seen: __coro_b2,
                        numbers_open: __coro_b3,
                        words_open: __coro_b4,
                        __coro_sel0_enabled0: __coro_b5,
                        __coro_sel0_value0: __coro_b6,
                        __coro_sel0_enabled1: __coro_b7,
                        __coro_sel0_value1: __coro_b8,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let numbers = __coro_b0;
                    let words = __coro_b1;
                    let __coro_ret = {
                        let mut seen = __coro_b2;
                        let mut numbers_open = __coro_b3;
                        let mut words_open = __coro_b4;
                        '__coro_exit3: {
                            '__coro_cont3: {
                                {
                                    {
                                        let __coro_sel0_enabled0 = __coro_b5;
                                        let mut __coro_sel0_value0 = __coro_b6;
                                        let __coro_sel0_enabled1 = __coro_b7;
                                        let mut __coro_sel0_value1 = __coro_b8;
                                        let __coro_sel0_arm: usize = { __coro_loop_value };
                                        if __coro_sel0_arm != 0usize {
                                            ::coro_core::sched::ops::cancel_recv(&(numbers));
                                        }
                                        if __coro_sel0_arm != 1usize {
                                            ::coro_core::sched::ops::cancel_recv(&(words));
                                        }
                                        ::coro_core::sched::ops::select_end();
                                        match __coro_sel0_arm {
                                            0usize => {
                                                let n = match __coro_sel0_value0 {
                                                    ::core::option::Option::Some(__coro_ready) => __coro_ready,
                                                    ::core::option::Option::None => {
                                                        ::coro_core::__private::unreachable_state()
                                                    }
                                                };
                                                match n {
                                                    Some(n) => seen.push(format!("number {n}")),
                                                    None => numbers_open = false,
                                                }
                                            }
                                            1usize => {
                                                let w = match __coro_sel0_value1 {
                                                    ::core::option::Option::Some(__coro_ready) => __coro_ready,
                                                    ::core::option::Option::None => {
                                                        ::coro_core::__private::unreachable_state()
                                                    }
                                                };
                                                match w {
                                                    Some(w) => seen.push(format!("word {w}")),
                                                    None => words_open = false,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable_state(),
                                        }
                                    }
                                }
                            };
                            '__coro_loop0: loop {
                                if numbers_open || words_open {
                                    {
                                        let __coro_sel0_enabled0: bool = numbers_open;
                                        let mut __coro_sel0_value0 = ::core::option::Option::None;
                                        let __coro_sel0_enabled1: bool = words_open;
                                        let mut __coro_sel0_value1 = ::core::option::Option::None;
                                        ::coro_core::sched::ops::select_begin();
                                        let __coro_sel0_arm: usize = '__coro_loop1: loop {
                                            let __coro_sel0_start = ::coro_core::sched::ops::select_start(
                                                2usize,
                                            );
                                            let mut __coro_sel0_won = ::core::option::Option::None;
                                            for __coro_sel0_step in 0..2usize {
                                                match (__coro_sel0_start + __coro_sel0_step) % 2usize {
                                                    0usize if __coro_sel0_enabled0 => {
                                                        if let ::core::task::Poll::Ready(__coro_ready) = ::coro_core::sched::ops::poll_recv_select(
                                                            &(numbers),
                                                        ) {
                                                            __coro_sel0_value0 = ::core::option::Option::Some(
                                                                __coro_ready,
                                                            );
                                                            __coro_sel0_won = ::core::option::Option::Some(0usize);
                                                            break;
                                                        }
                                                    }
                                                    1usize if __coro_sel0_enabled1 => {
                                                        if let ::core::task::Poll::Ready(__coro_ready) = ::coro_core::sched::ops::poll_recv_select(
                                                            &(words),
                                                        ) {
                                                            __coro_sel0_value1 = ::core::option::Option::Some(
                                                                __coro_ready,
                                                            );
                                                            __coro_sel0_won = ::core::option::Option::Some(1usize);
                                                            break;
                                                        }
                                                    }
                                                    _ => {}
                                                }
                                            }
                                            if let ::core::option::Option::Some(__coro_ready) = __coro_sel0_won {
                                                break '__coro_loop1 __coro_ready;
                                            }
                                            ::coro_core::sched::ops::park(
                                                ::coro_core::sched::ops::WaitingOn::Select(2usize),
                                            );
                                            {
                                                let __coro_y = ();
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend0 {
                                                        __coro_sel0_value1: __coro_sel0_value1,
                                                        __coro_sel0_enabled1: __coro_sel0_enabled1,
                                                        __coro_sel0_value0: __coro_sel0_value0,
                                                        __coro_sel0_enabled0: __coro_sel0_enabled0,
                                                        words_open: words_open,
                                                        numbers_open: numbers_open,
                                                        seen: seen,
                                                        numbers: numbers,
                                                        words: words,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        };
                                        if __coro_sel0_arm != 0usize {
                                            ::coro_core::sched::ops::cancel_recv(&(numbers));
                                        }
                                        if __coro_sel0_arm != 1usize {
                                            ::coro_core::sched::ops::cancel_recv(&(words));
                                        }
                                        ::coro_core::sched::ops::select_end();
                                        match __coro_sel0_arm {
                                            0usize => {
                                                let n = match __coro_sel0_value0 {
                                                    ::core::option::Option::Some(__coro_ready) => __coro_ready,
                                                    ::core::option::Option::None => {
                                                        ::coro_core::__private::unreachable_state()
                                                    }
                                                };
                                                match n {
                                                    Some(n) => seen.push(format!("number {n}")),
                                                    None => numbers_open = false,
                                                }
                                            }
                                            1usize => {
                                                let w = match __coro_sel0_value1 {
                                                    ::core::option::Option::Some(__coro_ready) => __coro_ready,
                                                    ::core::option::Option::None => {
                                                        ::coro_core::__private::unreachable_state()
                                                    }
                                                };
                                                match w {
                                                    Some(w) => seen.push(format!("word {w}")),
                                                    None => words_open = false,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable_state(),
                                        }
                                    }
                                } else {
                                    break '__coro_loop0;
                                }
                            }
                        }
                        seen
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
