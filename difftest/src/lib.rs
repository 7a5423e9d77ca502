//! Differential testing of coro's rewrite against the compiler's own (nightly-only)
//! coroutines: a seeded generator of well-typed coroutine programs ([`generate`]), batch crates
//! built with stable (coro) and nightly (native) ([`batch`]), the trace comparison and the
//! support code both are compiled with ([`harness`]), and a shrinker ([`shrink`]).
//! See `TESTING.md` at the workspace root.

pub mod batch;
pub mod generate;
pub mod harness;
pub mod shrink;
