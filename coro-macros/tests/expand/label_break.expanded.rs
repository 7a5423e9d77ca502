//! Labelled `continue` and `break` of an outer loop, taken after a suspension point in an
//! inner one.
/// Yields the position of every cell it looks at, row by row (a zero ends its row); returns
/// where it found `target`.
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
pub fn find(
    grid: Vec<Vec<u8>>,
    target: u8,
) -> impl ::coro_core::Coroutine<
    (),
    Yield = (usize, usize),
    Return = Option<(usize, usize)>,
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
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT4,
        __CoroT6,
        __CoroT7,
        __CoroT8,
        __CoroP0,
        __CoroP1,
    > {
        Unresumed { grid: __CoroP0, target: __CoroP1 },
        Suspend0 {
            cell: __CoroT8,
            column: __CoroT7,
            __coro_iter1: __CoroT6,
            row: __CoroT4,
            __coro_iter0: __CoroT3,
            found: __CoroT2,
            target: __CoroT1,
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
        __CoroT6,
        __CoroT7,
        __CoroT8,
        __CoroP0,
        __CoroP1,
    > ::coro_core::__private::StateInfo
    for __CoroState<
        __CoroT1,
        __CoroT2,
        __CoroT3,
        __CoroT4,
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
        (usize, usize),
        Option<(usize, usize)>,
        _,
        _,
    >(
        __CoroState::Unresumed {
            grid: grid,
            target: target,
        },
        move |__coro_state, __coro_arg| {
            match __coro_state {
                __CoroState::Unresumed { .. } => {
                    let __CoroState::Unresumed {
                        grid: __coro_in0,
                        target: __coro_in1,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let grid = __coro_in0;
                    let target = __coro_in1;
                    ::core::mem::drop(__coro_arg);
                    let __coro_ret = {
                        let mut found = None;
                        {
                            let mut __coro_iter0 = ::core::iter::IntoIterator::into_iter(
                                grid.into_iter().enumerate(),
                            );
                            'rows: loop {
                                let (row, cells) = match ::core::iter::Iterator::next(
                                    &mut __coro_iter0,
                                ) {
                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                    ::core::option::Option::None => break 'rows,
                                };
                                {
                                    let mut __coro_iter1 = ::core::iter::IntoIterator::into_iter(
                                        cells.into_iter().enumerate(),
                                    );
                                    '__coro_loop0: loop {
                                        let (column, cell) = match ::core::iter::Iterator::next(
                                            &mut __coro_iter1,
                                        ) {
                                            ::core::option::Option::Some(__coro_item) => __coro_item,
                                            ::core::option::Option::None => break '__coro_loop0,
                                        };
                                        if cell == 0 {
                                            continue 'rows;
                                        }
                                        {
                                            let __coro_y = (row, column);
                                            ::coro_core::__private::save(
                                                __coro_state,
                                                __CoroState::Suspend0 {
                                                    cell: cell,
                                                    column: column,
                                                    __coro_iter1: __coro_iter1,
                                                    row: row,
                                                    __coro_iter0: __coro_iter0,
                                                    found: found,
                                                    target: target,
                                                },
                                            );
                                            return ::coro_core::CoroutineState::Yielded(__coro_y);
                                        };
                                    }
                                }
                            }
                        }
                        found
                    };
                    ::coro_core::__private::save(__coro_state, __CoroState::Returned);
                    ::coro_core::CoroutineState::Complete(__coro_ret)
                }
                __CoroState::Suspend0 { .. } => {
                    let __CoroState::Suspend0 {
                        target: __coro_b1,
                        found: __coro_b2,
                        __coro_iter0: __coro_b3,
                        row: __coro_b4,
                        __coro_iter1: __coro_b6,
                        column: __coro_b7,
                        cell: __coro_b8,
                    } = ::coro_core::__private::replace(
                        __coro_state,
                        __CoroState::Panicked,
                    ) else { ::coro_core::__private::unreachable_state() };
                    let target = __coro_b1;
                    let __coro_ret = {
                        let mut found = __coro_b2;
                        {
                            let mut __coro_iter0 = __coro_b3;
                            '__coro_exit0: {
                                '__coro_cont0: {
                                    let row = __coro_b4;
                                    {
                                        let mut __coro_iter1 = __coro_b6;
                                        '__coro_exit1: {
                                            '__coro_cont1: {
                                                let column = __coro_b7;
                                                let cell = __coro_b8;
                                                ::core::mem::drop(__coro_arg);
                                                if cell == target {
                                                    found = Some((row, column));
                                                    break '__coro_exit0;
                                                }
                                            };
                                            '__coro_loop0: loop {
                                                let (column, cell) = match ::core::iter::Iterator::next(
                                                    &mut __coro_iter1,
                                                ) {
                                                    ::core::option::Option::Some(__coro_item) => __coro_item,
                                                    ::core::option::Option::None => break '__coro_loop0,
                                                };
                                                if cell == 0 {
                                                    break '__coro_cont0;
                                                }
                                                {
                                                    let __coro_y = (row, column);
                                                    ::coro_core::__private::save(
                                                        __coro_state,
                                                        __CoroState::Suspend0 {
                                                            cell: cell,
                                                            column: column,
                                                            __coro_iter1: __coro_iter1,
                                                            row: row,
                                                            __coro_iter0: __coro_iter0,
                                                            found: found,
                                                            target: target,
                                                        },
                                                    );
                                                    return ::coro_core::CoroutineState::Yielded(__coro_y);
                                                };
                                            }
                                        }
                                    }
                                };
                                'rows: loop {
                                    let (row, cells) = match ::core::iter::Iterator::next(
                                        &mut __coro_iter0,
                                    ) {
                                        ::core::option::Option::Some(__coro_item) => __coro_item,
                                        ::core::option::Option::None => break 'rows,
                                    };
                                    {
                                        let mut __coro_iter1 = ::core::iter::IntoIterator::into_iter(
                                            cells.into_iter().enumerate(),
                                        );
                                        '__coro_loop0: loop {
                                            let (column, cell) = match ::core::iter::Iterator::next(
                                                &mut __coro_iter1,
                                            ) {
                                                ::core::option::Option::Some(__coro_item) => __coro_item,
                                                ::core::option::Option::None => break '__coro_loop0,
                                            };
                                            if cell == 0 {
                                                continue 'rows;
                                            }
                                            {
                                                let __coro_y = (row, column);
                                                ::coro_core::__private::save(
                                                    __coro_state,
                                                    __CoroState::Suspend0 {
                                                        cell: cell,
                                                        column: column,
                                                        __coro_iter1: __coro_iter1,
                                                        row: row,
                                                        __coro_iter0: __coro_iter0,
                                                        found: found,
                                                        target: target,
                                                    },
                                                );
                                                return ::coro_core::CoroutineState::Yielded(__coro_y);
                                            };
                                        }
                                    }
                                }
                            }
                        }
                        found
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
