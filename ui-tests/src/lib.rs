//! Compile-fail and compile-pass tests of the coro macros live in `tests/compiletest.rs`.
