//! What a declaration visibly shows of the value it binds, from its pattern and its
//! initializer alone (no types): a `Copy` value, a reference, an owned value of the
//! standard library, a closure's type, a borrow kept by a method's result.

use syn::visit::Visit;
use syn::{Expr, Ident, Pat};

use crate::ir;

/// Whether `expr` is a bare name (`x`, not `x.f`, `*x` or `a::b`).
pub(super) fn is_plain_name(expr: &Expr) -> bool {
    matches!(expr, Expr::Path(path) if path.qself.is_none() && path.path.segments.len() == 1)
}

/// A pattern that binds the whole value by value (`x`, `mut x`).
pub(super) fn is_plain_ident(pat: &Pat) -> bool {
    matches!(pat, Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none())
}

/// Whether `let pat = init` visibly declares a `Copy` value: a plain name with a primitive
/// type (or a shared reference, or a tuple or array of those), or initialized with a
/// literal number, `bool` or `char`.
pub(super) fn declares_copy(pat: &Pat, init: Option<&Expr>) -> bool {
    let (pat, ty) = match pat {
        Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
        other => (other, None),
    };
    let Pat::Ident(ident) = pat else {
        return false;
    };
    ident.by_ref.is_none()
        && ident.subpat.is_none()
        && (ty.is_some_and(ir::is_copy_type) || init.is_some_and(is_copy_literal))
}

/// The argument of a `yield_from!`, when `let pat = init` declares its sub-coroutine:
/// `let (sub, resume) = { let value = <argument>; .. };`.
pub(super) fn yield_from_argument<'e>(pat: &Pat, init: Option<&'e Expr>) -> Option<&'e Expr> {
    let Pat::Tuple(tuple) = pat else {
        return None;
    };
    let Some(Pat::Ident(sub)) = tuple.elems.first() else {
        return None;
    };
    if !crate::names::is_sub_coroutine(&sub.ident.to_string()) {
        return None;
    }
    let Some(Expr::Block(block)) = init else {
        return None;
    };
    block.block.stmts.iter().find_map(|stmt| match stmt {
        syn::Stmt::Local(local) => local.init.as_ref().map(|init| &*init.expr),
        _ => None,
    })
}

/// Where the value of `expr` visibly gets the type of a closure, an `async` block or a
/// `coro!` that it contains: the expression is one, or wraps one in a constructor (`Some`,
/// `Box::new`, ..), or is a lazy iterator adapter given one (`v.iter().map(|x| ..)`), or a
/// lazy adapter of such a value.
pub(super) fn makes_closure(expr: &Expr) -> Option<proc_macro2::Span> {
    /// The coroutine adapters that hold their closure, beside the iterator adapters.
    const COROUTINE_ADAPTERS: &[&str] = &["map_yield", "map_return"];
    /// Calls that return a value holding their argument.
    const CONSTRUCTORS: &[&str] = &[
        "new",
        "Some",
        "Ok",
        "Err",
        "from_fn",
        "repeat_with",
        "successors",
        "once_with",
    ];
    match expr {
        Expr::Closure(c) => Some(c.capture.map_or(c.or1_token.span, |m| m.span)),
        Expr::Async(a) => Some(a.async_token.span),
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .last()
            .filter(|segment| segment.ident == "coro")
            .map(|segment| segment.ident.span()),
        Expr::Paren(p) => makes_closure(&p.expr),
        Expr::Group(g) => makes_closure(&g.expr),
        Expr::Tuple(t) => t.elems.iter().find_map(makes_closure),
        Expr::Call(c) => match &*c.func {
            Expr::Path(path)
                if path
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| CONSTRUCTORS.iter().any(|name| s.ident == name)) =>
            {
                c.args.iter().find_map(makes_closure)
            }
            _ => None,
        },
        Expr::MethodCall(m)
            if ITERATOR_ADAPTERS
                .iter()
                .chain(COROUTINE_ADAPTERS)
                .any(|name| m.method == name) =>
        {
            m.args
                .iter()
                .find_map(makes_closure)
                .or_else(|| makes_closure(&m.receiver))
        }
        _ => None,
    }
}

/// Methods whose result keeps a borrow of their receiver: `RefCell` and lock guards,
/// iterators over a collection or a string, views of it.
/// Methods whose result holds no borrow of the receiver, only what the receiver's value
/// itself borrows (a clone of a reference is the same reference).
pub(super) const OWNED_RESULT: &[&str] = &[
    "clone",
    "to_owned",
    "to_string",
    "to_vec",
    "len",
    "is_empty",
];

const KEEPS_BORROW: &[&str] = &[
    "borrow",
    "borrow_mut",
    "try_borrow",
    "try_borrow_mut",
    "lock",
    "try_lock",
    "iter",
    "iter_mut",
    "chars",
    "char_indices",
    "bytes",
    "lines",
    "split_whitespace",
    "keys",
    "values",
    "values_mut",
    "as_str",
    "as_slice",
    "as_mut_slice",
    "as_deref",
    "as_deref_mut",
    "drain",
    "windows",
    "chunks",
    "chunks_exact",
    "get_mut",
    "trim",
    "peek",
    "peek_mut",
    "entry",
];

/// Iterator adapters: methods that return a value holding their receiver and their
/// arguments (a closure, a borrow the receiver holds).
const ITERATOR_ADAPTERS: &[&str] = &[
    "map",
    "filter",
    "filter_map",
    "flat_map",
    "take_while",
    "skip_while",
    "map_while",
    "inspect",
    "scan",
    "peekable",
    "copied",
    "cloned",
    "enumerate",
    "skip",
    "take",
    "step_by",
    "chain",
    "zip",
    "rev",
    "fuse",
    "cycle",
];

/// Whether the result of method `name` keeps the borrow its receiver holds: an iterator
/// adapter, or `unwrap`/`expect` on a guard's `Result`.
pub(crate) fn passes_borrow(name: &Ident) -> bool {
    name == "unwrap" || name == "expect" || ITERATOR_ADAPTERS.iter().any(|m| name == m)
}

/// The innermost receiver of `expr` when `expr` is a chain of methods whose result keeps a
/// borrow of it: the innermost method on [`KEEPS_BORROW`] and not in `unless`, each
/// other one keeping or passing on the borrow (`cell.borrow()`, `m.lock().unwrap()`,
/// `v.iter().map(..)`), `?` and parentheses looked through.
pub(crate) fn borrowing_chain<'e>(expr: &'e Expr, unless: &[&str]) -> Option<&'e Expr> {
    let mut methods = Vec::new();
    let mut receiver = expr;
    loop {
        receiver = match receiver {
            Expr::MethodCall(m) => {
                methods.push(&m.method);
                &m.receiver
            }
            Expr::Try(t) => &t.expr,
            Expr::Paren(p) => &p.expr,
            _ => break,
        };
    }
    let (innermost, outer) = methods.split_last()?;
    let kept = keeps_borrow(innermost) && !unless.iter().any(|m| *innermost == m);
    (kept
        && outer
            .iter()
            .all(|name| keeps_borrow(name) || passes_borrow(name)))
    .then_some(receiver)
}

/// Whether the result of method `name` may keep a borrow of its receiver (on
/// [`KEEPS_BORROW`]).
pub(crate) fn keeps_borrow(name: &Ident) -> bool {
    KEEPS_BORROW.iter().any(|m| name == m)
}

/// Whether `let pat = init` visibly declares a value that is not a reference: typed with
/// such a type ([`is_owned_type`](crate::parse::is_owned_type)), or made by `vec!`,
/// `format!`, an array, a constructor of such a type (`RefCell::new(..)`,
/// `String::from(..)`), `to_string()` or `to_vec()`: types of the standard library, whose
/// methods the macro knows (a type of the user's may have a method by one of those names
/// that returns an owned value).
pub(super) fn declares_owned(pat: &Pat, init: Option<&Expr>) -> bool {
    if let Pat::Type(typed) = pat {
        return is_plain_ident(&typed.pat) && crate::parse::is_owned_type(&typed.ty);
    }
    is_plain_ident(pat) && init.is_some_and(makes_owned)
}

fn makes_owned(expr: &Expr) -> bool {
    match expr {
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "vec" || s.ident == "format"),
        Expr::Array(_) | Expr::Repeat(_) => true,
        Expr::Call(call) => match &*call.func {
            Expr::Path(path) => {
                let segments = &path.path.segments;
                segments.len() >= 2 && {
                    let ty = &segments[segments.len() - 2];
                    let ty: syn::Type = syn::Type::Path(syn::TypePath {
                        qself: None,
                        path: ty.ident.clone().into(),
                    });
                    crate::parse::is_owned_type(&ty)
                }
            }
            _ => false,
        },
        Expr::MethodCall(m) => m.method == "to_string" || m.method == "to_vec",
        Expr::Paren(p) => makes_owned(&p.expr),
        _ => false,
    }
}

/// Whether `pat` binds `ident` with `ref` or `ref mut`.
pub(super) fn binds_by_ref(pat: &Pat, ident: &Ident) -> bool {
    struct Find<'i>(&'i Ident, bool);
    impl<'ast> Visit<'ast> for Find<'_> {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.1 |= p.ident == *self.0 && p.by_ref.is_some();
            syn::visit::visit_pat_ident(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut find = Find(ident, false);
    find.visit_pat(pat);
    find.1
}

/// Whether `let pat = init` visibly declares a reference: a plain name initialized with `&..`
/// or `&mut ..`, or typed as a reference.
pub(super) fn declares_reference(pat: &Pat, init: Option<&Expr>) -> bool {
    fn is_reference(expr: &Expr) -> bool {
        match expr {
            Expr::Reference(_) => true,
            Expr::Paren(paren) => is_reference(&paren.expr),
            _ => false,
        }
    }
    match pat {
        Pat::Type(typed) => {
            matches!(&*typed.ty, syn::Type::Reference(_)) && is_plain_ident(&typed.pat)
        }
        pat => is_plain_ident(pat) && init.is_some_and(is_reference),
    }
}

fn is_copy_literal(expr: &Expr) -> bool {
    match expr {
        Expr::Lit(lit) => matches!(
            lit.lit,
            syn::Lit::Int(_)
                | syn::Lit::Float(_)
                | syn::Lit::Bool(_)
                | syn::Lit::Char(_)
                | syn::Lit::Byte(_)
        ),
        Expr::Unary(unary) => matches!(unary.op, syn::UnOp::Neg(_)) && is_copy_literal(&unary.expr),
        Expr::Paren(paren) => is_copy_literal(&paren.expr),
        _ => false,
    }
}

/// Whether the type of the value `let pat = init` declares may be unknown, where it is
/// moved, to the point of not telling whether it is `Copy`: no type is written on `pat`,
/// and `init` is (or wraps, through `Some(..)`, a tuple, an array, a block's value, a
/// branch or a method called on it) `None`, `Ok(..)`, `Err(..)`, `[]`,
/// `Default::default()`, or a method whose result type the caller chooses (`.collect()`,
/// `.parse()`, `.into()`, ...) called without a turbofish. (`Vec::new()` is not: a `Vec` of
/// anything is not `Copy`.) A drop flag's choice between copying the value and taking it
/// out could not be made there.
pub(super) fn open_type(pat: &Pat, init: &Expr) -> bool {
    !matches!(pat, Pat::Type(_)) && opens(init)
}

fn opens(expr: &Expr) -> bool {
    /// Methods whose result type is a parameter that the caller chooses.
    const CHOSEN: &[&str] = &[
        "collect",
        "parse",
        "into",
        "try_into",
        "sum",
        "product",
        "unwrap_or_default",
    ];
    match expr {
        Expr::Path(p) => p.qself.is_none() && p.path.is_ident("None"),
        Expr::Call(call) => {
            let Expr::Path(callee) = &*call.func else {
                return false;
            };
            let path = &callee.path;
            let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            let bare = path.segments.iter().all(|s| s.arguments.is_empty());
            match names.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                ["Ok" | "Err" | "default"] | ["Default", "default"] => bare,
                ["Some"] => call.args.iter().any(opens),
                _ => false,
            }
        }
        Expr::MethodCall(m) => {
            (m.turbofish.is_none() && CHOSEN.contains(&m.method.to_string().as_str()))
                || opens(&m.receiver)
        }
        Expr::Array(a) => a.elems.is_empty() || a.elems.iter().any(opens),
        Expr::Tuple(t) => t.elems.iter().any(opens),
        Expr::Paren(p) => opens(&p.expr),
        Expr::Try(t) => opens(&t.expr),
        Expr::Block(b) => block_opens(&b.block),
        Expr::Unsafe(u) => block_opens(&u.block),
        Expr::If(i) => {
            block_opens(&i.then_branch) || i.else_branch.as_ref().is_some_and(|(_, e)| opens(e))
        }
        Expr::Match(m) => m.arms.iter().any(|arm| opens(&arm.body)),
        _ => false,
    }
}

fn block_opens(block: &syn::Block) -> bool {
    match block.stmts.last() {
        Some(syn::Stmt::Expr(tail, None)) => opens(tail),
        _ => false,
    }
}
