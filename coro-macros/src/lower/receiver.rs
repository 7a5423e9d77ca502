//! Which method calls move their receiver.
//!
//! A proc-macro sees no types, so it cannot tell `fn len(&self)` from `fn into_iter(self)`.
//! A method call's receiver counts as borrowed, so that a guard used by a method
//! (`guard.len()`, `tx.try_send(x)`, `a.0.len()`) stays held to the end of its scope, as in
//! a plain function, except for the methods below, which take their receiver by value in
//! practice. The list comes from the standard library: its methods that take `self` by
//! value and that no type of it defines with `&self` or `&mut self` under the same name
//! (numeric methods aside, on `Copy` values where a move changes nothing), plus the
//! iterator adapters and consumers and the methods of the operator traits (`add`, `sub`, ...). A name that is both (`last`, `count`, `max`, `min`,
//! `take`, `join`) counts as a move only where the by-value method is the likely one: on a
//! local iterator, or with the arguments that only the by-value method takes.
//!
//! Where the list is wrong, a compile error follows, never a silent change: a by-value
//! method missing from it moves a value that the coroutine then saves in its state at a
//! later suspension point (E0382, "use of moved value", naming the method call).

use syn::{Expr, ExprMethodCall};

/// Methods whose receiver is moved, by name prefix: `into_iter`, `into_inner`, `unwrap`,
/// `unwrap_or_default`, `expect_err`, ...
const CONSUMING_PREFIXES: &[&str] = &["into_", "unwrap", "expect"];

/// Methods whose receiver is moved, by name: `Option`, `Result` and `bool` combinators, the
/// operator traits' methods, map entries, and the iterator adapters and consumers no other type of the standard library
/// defines with a borrowed receiver.
const CONSUMING: &[&str] = &[
    // Option, Result, bool.
    "ok",
    "err",
    "map",
    "map_err",
    "map_or",
    "map_or_else",
    "map_or_default",
    "and_then",
    "or_else",
    "ok_or",
    "ok_or_else",
    "and",
    "or",
    "xor",
    "filter",
    "flatten",
    "zip",
    "unzip",
    "transpose",
    "inspect",
    "inspect_err",
    "then",
    "then_some",
    // The operator traits (`Add::add(self, rhs)`, ...).
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "neg",
    "not",
    "bitand",
    "bitor",
    "bitxor",
    "shl",
    "shr",
    // Map entries.
    "or_insert",
    "or_insert_with",
    "or_insert_with_key",
    "or_default",
    "and_modify",
    "insert_entry",
    // Iterator adapters and consumers.
    "chain",
    "cloned",
    "collect",
    "copied",
    "cycle",
    "enumerate",
    "filter_map",
    "flat_map",
    "fold",
    "for_each",
    "fuse",
    "map_while",
    "partition",
    "peekable",
    "product",
    "reduce",
    "rev",
    "scan",
    "skip",
    "skip_while",
    "step_by",
    "sum",
    "take_while",
    "try_fold",
    "try_for_each",
];

/// Iterator consumers that other types define with a borrowed receiver (`slice::last`,
/// `Ord::max` on a reference): a move only on a local iterator.
const ITERATOR_CONSUMING: &[&str] = &[
    "count",
    "last",
    "max",
    "max_by",
    "max_by_key",
    "min",
    "min_by",
    "min_by_key",
];

/// Methods whose result is an iterator: a local initialised with one of them (or with a
/// range, or an adapter above) is an iterator.
const ITERATOR_MAKING: &[&str] = &[
    "iter",
    "iter_mut",
    "into_iter",
    "chars",
    "char_indices",
    "bytes",
    "lines",
    "split",
    "split_whitespace",
    "split_terminator",
    "rsplit",
    "splitn",
    "rsplitn",
    "keys",
    "values",
    "values_mut",
    "into_keys",
    "into_values",
    "drain",
    "windows",
    "chunks",
    "chunks_exact",
    "matches",
    "match_indices",
];

/// Whether the method call `call` moves its receiver; `local_iterator` when the receiver is
/// a local that holds an iterator.
pub(crate) fn consumes_receiver(call: &ExprMethodCall, local_iterator: bool) -> bool {
    let name = call.method.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    let args = call.args.len();
    CONSUMING_PREFIXES.iter().any(|p| name.starts_with(p))
        || CONSUMING.contains(&name)
        || (local_iterator && ITERATOR_CONSUMING.contains(&name))
        // `Iterator::take(self, n)`, not `Option::take(&mut self)` or `Cell::take(&self)`.
        || (name == "take" && args == 1)
        // `JoinHandle::join(self)`, not `slice::join(&self, sep)` or `Path::join(&self, p)`.
        || (name == "join" && args == 0)
}

/// Whether `init`, the initialiser of a local, visibly makes an iterator.
pub(crate) fn makes_iterator(init: &Expr) -> bool {
    match init {
        Expr::Range(_) => true,
        Expr::Paren(p) => makes_iterator(&p.expr),
        Expr::MethodCall(call) => {
            let name = call.method.to_string();
            let adapter = CONSUMING.contains(&name.as_str())
                && !matches!(
                    name.as_str(),
                    "collect" | "fold" | "for_each" | "partition" | "product" | "reduce" | "sum"
                );
            ITERATOR_MAKING.contains(&name.as_str())
                || (adapter && makes_iterator(&call.receiver))
                || (name == "take" && call.args.len() == 1)
        }
        _ => false,
    }
}
