//! `recv!` and `send!` in a task: each may suspend the task until the other side is ready.
use coro_core::channel::{Receiver, Sender};
/// Sends twice every number it receives, until its input is closed or its output is gone;
/// returns how many it sent.
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
pub fn doubler(
    input: Receiver<u32>,
    output: Sender<u32>,
) -> impl ::coro_core::Coroutine<(), Yield = (), Return = u32> + ::core::fmt::Debug {
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
        __CoroT7,
        __CoroP0,
        __CoroP1,
    > {
        Unresumed { input: __CoroP0, output: __CoroP1 },
        Suspend0 {
            __coro_first0: __CoroT3,
            count: __CoroT2,
            input: __CoroT0,
            output: __CoroT1,
        },
        Suspend1 {
            __coro_slot2: __CoroT7,
            count: __CoroT2,
            input: __CoroT0,
            output: __CoroT1,
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
        __CoroT7,
        __CoroP0,
        __CoroP1,
    > ::coro_core::__private::StateInfo
    for __CoroState<
        __CoroT0,
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT7,
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
        (),
        u32,
        _,
        _,
    >(
        __CoroState::Unresumed {
            input: input,
            output: output,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed {
                        input: __coro_in0,
                        output: __coro_in1,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let input = __coro_in0;
                    let output = __coro_in1;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut count = 0;
                        '__coro_loop0: loop {
                            let __coro_t1 = {
                                let mut __coro_first0 = true;
                                '__coro_loop1: loop {
                                    match ::coro_core::sched::ops::poll_recv(
                                        &(input),
                                        __coro_first0,
                                    ) {
                                        ::core::task::Poll::Ready(__coro_ready) => {
                                            break '__coro_loop1 __coro_ready;
                                        }
                                        ::core::task::Poll::Pending => {
                                            __coro_first0 = false;
                                            {
                                                let __coro_y = ();
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend0 {
                                                        __coro_first0: __coro_first0,
                                                        count: count,
                                                        input: input,
                                                        output: output,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        }
                                    }
                                }
                            };
                            if let Some(n) = __coro_t1 {
                                let __coro_t3 = {
                                    let mut __coro_slot2 = ::coro_core::channel::SendSlot::new(
                                        n * 2,
                                    );
                                    '__coro_loop2: loop {
                                        match ::coro_core::sched::ops::poll_send(
                                            &(output),
                                            &mut __coro_slot2,
                                        ) {
                                            ::core::task::Poll::Ready(__coro_ready) => {
                                                break '__coro_loop2 __coro_ready;
                                            }
                                            ::core::task::Poll::Pending => {
                                                {
                                                    let __coro_y = ();
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend1 {
                                                            __coro_slot2: __coro_slot2,
                                                            count: count,
                                                            input: input,
                                                            output: output,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                    }
                                };
                                if __coro_t3.is_err() {
                                    break '__coro_loop0;
                                }
                                count += 1;
                            } else {
                                break '__coro_loop0;
                            }
                        }
                        count
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 {
                    input: __coro_r0,
                    output: __coro_r1,
                    count: __coro_r2,
                    __coro_first0: __coro_r3,
                } => {
                    let mut __coro_first0 = *__coro_r3;
                    let __coro_loop_value = '__coro_exit0: {
                        '__coro_cont0: {
                            {
                                ::core::mem::drop(__coro_arg);
                            }
                        };
                        '__coro_loop1: loop {
                            match ::coro_core::sched::ops::poll_recv(
                                &((*__coro_r0)),
                                __coro_first0,
                            ) {
                                ::core::task::Poll::Ready(__coro_ready) => {
                                    break '__coro_loop1 __coro_ready;
                                }
                                ::core::task::Poll::Pending => {
                                    __coro_first0 = false;
                                    {
                                        let __coro_y = ();
                                        *__coro_r3 = __coro_first0;
                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                    };
                                }
                            }
                        }
                    };
                    *__coro_r3 = __coro_first0;
                    let __CoroState::Suspend0 {
                        input: __coro_b0,
                        output: __coro_b1,
                        count: __coro_b2,
                        __coro_first0: __coro_b3,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let input = __coro_b0;
                    let output = __coro_b1;
                    let __coro_ret = {
                        let mut count = __coro_b2;
                        '__coro_exit3: {
                            '__coro_cont3: {
                                let __coro_t1 = {
                                    let mut __coro_first0 = __coro_b3;
                                    { __coro_loop_value }
                                };
                                if let Some(n) = __coro_t1 {
                                    let __coro_t3 = {
                                        let mut __coro_slot2 = ::coro_core::channel::SendSlot::new(
                                            n * 2,
                                        );
                                        '__coro_loop2: loop {
                                            match ::coro_core::sched::ops::poll_send(
                                                &(output),
                                                &mut __coro_slot2,
                                            ) {
                                                ::core::task::Poll::Ready(__coro_ready) => {
                                                    break '__coro_loop2 __coro_ready;
                                                }
                                                ::core::task::Poll::Pending => {
                                                    {
                                                        let __coro_y = ();
                                                        ::coro_core::__private::save(
                                                            __coro_state,
                                                            __CoroState::Suspend1 {
                                                                __coro_slot2: __coro_slot2,
                                                                count: count,
                                                                input: input,
                                                                output: output,
                                                            },
                                                        );
                                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                    };
                                                }
                                            }
                                        }
                                    };
                                    if __coro_t3.is_err() {
                                        break '__coro_exit3;
                                    }
                                    count += 1;
                                } else {
                                    break '__coro_exit3;
                                }
                            };
                            '__coro_loop0: loop {
                                let __coro_t1 = {
                                    let mut __coro_first0 = true;
                                    '__coro_loop1: loop {
                                        match ::coro_core::sched::ops::poll_recv(
                                            &(input),
                                            __coro_first0,
                                        ) {
                                            ::core::task::Poll::Ready(__coro_ready) => {
                                                break '__coro_loop1 __coro_ready;
                                            }
                                            ::core::task::Poll::Pending => {
                                                __coro_first0 = false;
                                                {
                                                    let __coro_y = ();
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            __coro_first0: __coro_first0,
                                                            count: count,
                                                            input: input,
                                                            output: output,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                    }
                                };
                                if let Some(n) = __coro_t1 {
                                    let __coro_t3 = {
                                        let mut __coro_slot2 = ::coro_core::channel::SendSlot::new(
                                            n * 2,
                                        );
                                        '__coro_loop2: loop {
                                            match ::coro_core::sched::ops::poll_send(
                                                &(output),
                                                &mut __coro_slot2,
                                            ) {
                                                ::core::task::Poll::Ready(__coro_ready) => {
                                                    break '__coro_loop2 __coro_ready;
                                                }
                                                ::core::task::Poll::Pending => {
                                                    {
                                                        let __coro_y = ();
                                                        ::coro_core::__private::save(
                                                            __coro_state,
                                                            __CoroState::Suspend1 {
                                                                __coro_slot2: __coro_slot2,
                                                                count: count,
                                                                input: input,
                                                                output: output,
                                                            },
                                                        );
                                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                    };
                                                }
                                            }
                                        }
                                    };
                                    if __coro_t3.is_err() {
                                        break '__coro_loop0;
                                    }
                                    count += 1;
                                } else {
                                    break '__coro_loop0;
                                }
                            }
                        }
                        count
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend1 {
                    input: __coro_r0,
                    output: __coro_r1,
                    count: __coro_r2,
                    __coro_slot2: __coro_r7,
                } => {
                    let __coro_loop_value = '__coro_exit4: {
                        '__coro_cont4: { { __coro_arg } };
                        '__coro_loop2: loop {
                            match ::coro_core::sched::ops::poll_send(
                                &((*__coro_r1)),
                                &mut (*__coro_r7),
                            ) {
                                ::core::task::Poll::Ready(__coro_ready) => {
                                    break '__coro_loop2 __coro_ready;
                                }
                                ::core::task::Poll::Pending => {
                                    {
                                        let __coro_y = ();
                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                    };
                                }
                            }
                        }
                    };
                    let __CoroState::Suspend1 {
                        input: __coro_b0,
                        output: __coro_b1,
                        count: __coro_b2,
                        __coro_slot2: __coro_b7,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let input = __coro_b0;
                    let output = __coro_b1;
                    let __coro_ret = {
                        let mut count = __coro_b2;
                        '__coro_exit7: {
                            '__coro_cont7: {
                                {
                                    let __coro_t3 = {
                                        let mut __coro_slot2 = __coro_b7;
                                        { __coro_loop_value }
                                    };
                                    if __coro_t3.is_err() {
                                        break '__coro_exit7;
                                    }
                                    count += 1;
                                }
                            };
                            '__coro_loop0: loop {
                                let __coro_t1 = {
                                    let mut __coro_first0 = true;
                                    '__coro_loop1: loop {
                                        match ::coro_core::sched::ops::poll_recv(
                                            &(input),
                                            __coro_first0,
                                        ) {
                                            ::core::task::Poll::Ready(__coro_ready) => {
                                                break '__coro_loop1 __coro_ready;
                                            }
                                            ::core::task::Poll::Pending => {
                                                __coro_first0 = false;
                                                {
                                                    let __coro_y = ();
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            __coro_first0: __coro_first0,
                                                            count: count,
                                                            input: input,
                                                            output: output,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                    }
                                };
                                if let Some(n) = __coro_t1 {
                                    let __coro_t3 = {
                                        let mut __coro_slot2 = ::coro_core::channel::SendSlot::new(
                                            n * 2,
                                        );
                                        '__coro_loop2: loop {
                                            match ::coro_core::sched::ops::poll_send(
                                                &(output),
                                                &mut __coro_slot2,
                                            ) {
                                                ::core::task::Poll::Ready(__coro_ready) => {
                                                    break '__coro_loop2 __coro_ready;
                                                }
                                                ::core::task::Poll::Pending => {
                                                    {
                                                        let __coro_y = ();
                                                        ::coro_core::__private::save(
                                                            __coro_state,
                                                            __CoroState::Suspend1 {
                                                                __coro_slot2: __coro_slot2,
                                                                count: count,
                                                                input: input,
                                                                output: output,
                                                            },
                                                        );
                                                        return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                    };
                                                }
                                            }
                                        }
                                    };
                                    if __coro_t3.is_err() {
                                        break '__coro_loop0;
                                    }
                                    count += 1;
                                } else {
                                    break '__coro_loop0;
                                }
                            }
                        }
                        count
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
