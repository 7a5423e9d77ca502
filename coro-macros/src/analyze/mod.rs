//! Stage 3, analyze: which locals a suspended coroutine must keep.
//!
//! [`scopes`](mod@scopes) resolves every name in the body to a binding (shadowing
//! included), finds the free variables a `coro!` captures, and builds a small control-flow
//! graph of uses and definitions. [`liveness`](mod@liveness) runs two dataflow passes over
//! it and decides, for each suspension point, the saved locals.

mod in_place;
mod liveness;
mod scopes;

pub(crate) use in_place::{InPlace, in_place};
pub(crate) use liveness::{StateLayout, liveness};
pub(crate) use scopes::{BindingId, BindingKind, Scopes, rename, scopes, unraw as scopes_unraw};
