//! Stage 1, parse: the attribute arguments and the signature of a `#[coroutine]` function or
//! a `coro!` closure, turned into one [`CoroutineFn`].

use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{
    Attribute, Block, Expr, ExprClosure, FnArg, Ident, ItemFn, Pat, PatIdent, Path, ReturnType,
    Token, Type, parse_quote,
};

use crate::names;

/// The arguments of `#[coroutine(yield = Y, resume = R, crate = path, clone)]`.
#[derive(Debug, Default)]
pub(crate) struct Args {
    pub(crate) yield_ty: Option<Type>,
    pub(crate) resume_ty: Option<Type>,
    pub(crate) krate: Option<Path>,
    /// `clone`: the function's coroutine is `Clone` (when its state is).
    pub(crate) clone: bool,
}

/// Parses the attribute arguments; every problem found is reported at once.
pub(crate) fn args(tokens: TokenStream) -> syn::Result<Args> {
    let (args, errors) = args_lenient(tokens);
    match errors {
        Some(error) => Err(error),
        None => Ok(args),
    }
}

/// Parses the attribute arguments, keeping the valid keys even when others are wrong, so
/// that the fallback stub still has the types callers expect.
pub(crate) fn args_lenient(tokens: TokenStream) -> (Args, Option<syn::Error>) {
    match Parser::parse2(Args::parse_lenient, tokens) {
        Ok(parsed) => parsed,
        Err(error) => (Args::default(), Some(error)),
    }
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let (args, errors) = Args::parse_lenient(input)?;
        match errors {
            Some(error) => Err(error),
            None => Ok(args),
        }
    }
}

impl Args {
    fn parse_lenient(input: ParseStream<'_>) -> syn::Result<(Self, Option<syn::Error>)> {
        let mut args = Args::default();
        let mut errors: Option<syn::Error> = None;
        let mut push = |error: syn::Error| match &mut errors {
            Some(all) => all.combine(error),
            None => errors = Some(error),
        };
        while !input.is_empty() {
            let key = Ident::parse_any(input)?;
            if key == "clone" && !input.peek(Token![=]) {
                if std::mem::replace(&mut args.clone, true) {
                    push(syn::Error::new(key.span(), "duplicate argument `clone`"));
                }
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
                continue;
            }
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                "yield" => {
                    let ty: Type = input.parse()?;
                    if args.yield_ty.replace(ty).is_some() {
                        push(syn::Error::new(key.span(), "duplicate argument `yield`"));
                    }
                }
                "resume" => {
                    let ty: Type = input.parse()?;
                    if args.resume_ty.replace(ty).is_some() {
                        push(syn::Error::new(key.span(), "duplicate argument `resume`"));
                    }
                }
                "crate" => {
                    let path = input.call(Path::parse_mod_style)?;
                    if args.krate.replace(path).is_some() {
                        push(syn::Error::new(key.span(), "duplicate argument `crate`"));
                    }
                }
                other => {
                    // Skip the value so that later keys are still checked.
                    let _: TokenStream = input.step(|cursor| {
                        let mut rest = *cursor;
                        while let Some((tt, next)) = rest.token_tree() {
                            if matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',')
                            {
                                return Ok((TokenStream::new(), rest));
                            }
                            rest = next;
                        }
                        Ok((TokenStream::new(), rest))
                    })?;
                    push(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown argument `{other}`; expected `yield = Type`, `resume = Type`, `crate = path` or `clone`"
                        ),
                    ));
                }
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok((args, errors))
    }
}

/// Reports a `#[resume]` parameter whose written type differs from `resume = R`.
fn check_resume_type(
    resume: Option<&(Pat, Option<Type>)>,
    resume_ty: Option<&Type>,
) -> syn::Result<()> {
    use quote::ToTokens;
    let (Some((_, Some(param_ty))), Some(resume_ty)) = (resume, resume_ty) else {
        return Ok(());
    };
    let written = |ty: &Type| ty.to_token_stream().to_string().replace(' ', "");
    if written(param_ty) == written(resume_ty) {
        return Ok(());
    }
    let mut error = syn::Error::new_spanned(
        param_ty,
        format!(
            "the `#[resume]` parameter has type `{}`, but `resume = {}` makes the coroutine resume with `{}`; write the same type in both places, or leave out `resume = ...`",
            written(param_ty),
            written(resume_ty),
            written(resume_ty),
        ),
    );
    error.combine(syn::Error::new_spanned(
        resume_ty,
        "the resume type is set here",
    ));
    Err(error)
}

/// How the coroutine was written.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant, reason = "one per macro call")]
pub(crate) enum Form {
    /// `#[coroutine] fn`: the function keeps its attributes, visibility and signature, minus
    /// the `#[resume]` parameter, and returns `impl Coroutine`.
    Fn {
        attrs: Vec<Attribute>,
        vis: syn::Visibility,
        sig: syn::Signature,
    },
    /// `coro!(|first: R| body)`: an expression; free variables of the body are captured.
    Closure,
}

/// A value moved into the `Unresumed` state: a parameter or a capture.
#[derive(Debug, Clone)]
pub(crate) struct Input {
    /// The field of `Unresumed`, and the name of the value in the constructor.
    pub(crate) field: Ident,
    /// The pattern that binds it inside the body.
    pub(crate) pat: Pat,
    /// Its declared type is visibly `Copy` (a primitive, a shared reference, or tuples and
    /// arrays of those): it has no drop, so it need not be kept once it is no longer used.
    pub(crate) copy: bool,
    /// Its declared type is visibly not a reference (a `Vec`, `String`, `RefCell`, ..: see
    /// [`is_owned_type`]), so that a method that borrows it borrows the local itself.
    pub(crate) owned: bool,
}

/// Whether `ty` is visibly a type that owns its value, not a reference: a path to one of the
/// standard library's containers, cells, locks and smart pointers.
pub(crate) fn is_owned_type(ty: &syn::Type) -> bool {
    const OWNED: &[&str] = &[
        "Vec",
        "VecDeque",
        "String",
        "HashMap",
        "HashSet",
        "BTreeMap",
        "BTreeSet",
        "BinaryHeap",
        "RefCell",
        "Mutex",
        "RwLock",
        "Rc",
        "Arc",
        "Box",
        "PathBuf",
        "OsString",
    ];
    match ty {
        syn::Type::Path(path) => {
            path.qself.is_none()
                && path
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| OWNED.iter().any(|name| s.ident == name))
        }
        syn::Type::Paren(paren) => is_owned_type(&paren.elem),
        syn::Type::Group(group) => is_owned_type(&group.elem),
        _ => false,
    }
}

/// A coroutine as the later stages see it.
#[derive(Debug, Clone)]
pub(crate) struct CoroutineFn {
    pub(crate) form: Form,
    pub(crate) inputs: Vec<Input>,
    /// The parameter bound to the first resume argument, with its type if written.
    pub(crate) resume: Option<(Pat, Option<Type>)>,
    pub(crate) yield_ty: Option<Type>,
    pub(crate) resume_ty: Option<Type>,
    pub(crate) return_ty: Option<Type>,
    pub(crate) body: Block,
    pub(crate) krate: Path,
    /// The function's coroutine is declared `Clone` (a `coro!` is `Clone` whenever its state
    /// is, its type being visible).
    pub(crate) clone: bool,
}

/// The bounds of a `#[coroutine]` function's return type beyond `Coroutine + Debug`:
/// `IntoIterator` over its yields when it is resumed with `()`, and `Clone` if asked for.
pub(crate) fn extra_bounds(input: &CoroutineFn, yield_ty: &Type) -> TokenStream {
    use quote::quote;
    let unit_resume = input
        .resume_ty
        .as_ref()
        .is_none_or(|ty| matches!(ty, Type::Tuple(t) if t.elems.is_empty()));
    let iter = unit_resume.then(|| quote!(+ ::core::iter::IntoIterator<Item = #yield_ty>));
    let clone = input.clone.then(|| quote!(+ ::core::clone::Clone));
    quote!(#iter #clone)
}

fn default_crate() -> Path {
    parse_quote!(::coro_core)
}

impl CoroutineFn {
    /// Reads a `#[coroutine]` function.
    pub(crate) fn from_syn(item: ItemFn, args: Args) -> syn::Result<Self> {
        let ItemFn {
            attrs,
            vis,
            mut sig,
            block,
        } = item;
        let mut errors = Errors::default();
        if let Some(asyncness) = &sig.asyncness {
            errors.push(syn::Error::new(
                asyncness.span,
                "`#[coroutine]` cannot be applied to an `async fn`",
            ));
        }
        if let Some(constness) = &sig.constness {
            errors.push(syn::Error::new(
                constness.span,
                "`#[coroutine]` cannot be applied to a `const fn`",
            ));
        }
        if let Some(variadic) = &sig.variadic {
            errors.push(syn::Error::new_spanned(
                variadic,
                "`#[coroutine]` cannot be applied to a variadic function",
            ));
        }
        let mut inputs = Vec::new();
        let mut resume = None;
        let mut kept = syn::punctuated::Punctuated::<FnArg, Token![,]>::new();
        for (index, arg) in std::mem::take(&mut sig.inputs).into_iter().enumerate() {
            match arg {
                FnArg::Receiver(mut receiver) => {
                    if let Some(attr) = receiver.attrs.iter().find(|a| a.path().is_ident("resume"))
                    {
                        errors.push(syn::Error::new_spanned(
                            attr,
                            "`self` cannot be the `#[resume]` parameter",
                        ));
                    }
                    // `mut self` makes the binding mutable; `&mut self` is a mutable reference.
                    let mutability = if receiver.reference.is_none() {
                        receiver.mutability.take()
                    } else {
                        None
                    };
                    let field = names::ident_at(names::RECEIVER, receiver.self_token.span);
                    inputs.push(Input {
                        copy: false,
                        owned: false,
                        field: field.clone(),
                        pat: Pat::Ident(PatIdent {
                            attrs: Vec::new(),
                            by_ref: None,
                            mutability,
                            ident: field,
                            subpat: None,
                        }),
                    });
                    kept.push(FnArg::Receiver(receiver));
                }
                FnArg::Typed(mut typed) => {
                    let before = typed.attrs.len();
                    typed.attrs.retain(|a| !a.path().is_ident("resume"));
                    if typed.attrs.len() != before {
                        if resume.is_some() {
                            errors.push(syn::Error::new_spanned(
                                &typed.pat,
                                "only one parameter can be `#[resume]`",
                            ));
                        } else {
                            resume = Some((*typed.pat, Some(*typed.ty)));
                        }
                        continue;
                    }
                    let (field, pat) = match &*typed.pat {
                        Pat::Ident(PatIdent {
                            by_ref: None,
                            ident,
                            subpat: None,
                            ..
                        }) => (ident.clone(), (*typed.pat).clone()),
                        other => (names::pattern_param(index), other.clone()),
                    };
                    typed.pat = Box::new(Pat::Ident(PatIdent {
                        attrs: Vec::new(),
                        by_ref: None,
                        mutability: None,
                        ident: field.clone(),
                        subpat: None,
                    }));
                    let copy = crate::ir::is_copy_type(&typed.ty);
                    let owned = is_owned_type(&typed.ty);
                    inputs.push(Input {
                        field,
                        pat,
                        copy,
                        owned,
                    });
                    kept.push(FnArg::Typed(typed));
                }
            }
        }
        sig.inputs = kept;
        let return_ty = match &sig.output {
            ReturnType::Default => None,
            ReturnType::Type(_, ty) => Some((**ty).clone()),
        };
        if let Err(error) = check_resume_type(resume.as_ref(), args.resume_ty.as_ref()) {
            errors.push(error);
        }
        let resume_ty = match (args.resume_ty, &resume) {
            (Some(ty), _) => Some(ty),
            (None, Some((_, Some(ty)))) => Some(ty.clone()),
            (None, _) => None,
        };
        errors.finish()?;
        Ok(CoroutineFn {
            form: Form::Fn { attrs, vis, sig },
            inputs,
            resume,
            yield_ty: args.yield_ty,
            resume_ty,
            return_ty,
            body: *block,
            krate: args.krate.unwrap_or_else(default_crate),
            clone: args.clone,
        })
    }

    /// Reads the closure of `coro!(|first: R| body)`.
    pub(crate) fn from_closure(input: TokenStream) -> syn::Result<Self> {
        let closure: ClosureInput = syn::parse2(input)?;
        let ClosureInput { args, closure } = closure;
        let ExprClosure {
            asyncness,
            inputs,
            output,
            body,
            ..
        } = closure;
        let mut errors = Errors::default();
        if let Some(asyncness) = asyncness {
            errors.push(syn::Error::new(
                asyncness.span,
                "`coro!` takes a plain closure, not an `async` one",
            ));
        }
        let mut params = inputs.into_iter();
        let resume = params.next().map(|pat| match pat {
            Pat::Type(typed) => (*typed.pat, Some(*typed.ty)),
            other => (other, None),
        });
        for extra in params {
            errors.push(syn::Error::new_spanned(
                extra,
                "a `coro!` closure takes at most one parameter, the first resume argument; \
                 pass several values as a tuple",
            ));
        }
        let return_ty = match output {
            ReturnType::Default => None,
            ReturnType::Type(_, ty) => Some(*ty),
        };
        let body = match *body {
            Expr::Block(block) if block.label.is_none() && block.attrs.is_empty() => block.block,
            other => Block {
                brace_token: syn::token::Brace(other.span()),
                stmts: vec![syn::Stmt::Expr(other, None)],
            },
        };
        if let Err(error) = check_resume_type(resume.as_ref(), args.resume_ty.as_ref()) {
            errors.push(error);
        }
        errors.finish()?;
        let resume_ty = args
            .resume_ty
            .or_else(|| resume.as_ref().and_then(|(_, ty)| ty.clone()));
        Ok(CoroutineFn {
            form: Form::Closure,
            inputs: Vec::new(),
            resume,
            yield_ty: args.yield_ty,
            resume_ty,
            return_ty,
            body,
            krate: args.krate.unwrap_or_else(default_crate),
            clone: args.clone,
        })
    }
}

/// `coro!(yield = Y, resume = R; |..| body)` or just `coro!(|..| body)`.
struct ClosureInput {
    args: Args,
    closure: ExprClosure,
}

impl Parse for ClosureInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let args = if input.peek(Token![|]) || input.peek(Token![||]) || input.peek(Token![move]) {
            Args::default()
        } else {
            let tokens: TokenStream = input.step(|cursor| {
                let mut rest = *cursor;
                let mut collected = TokenStream::new();
                while let Some((tt, next)) = rest.token_tree() {
                    if matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == ';') {
                        return Ok((collected, rest));
                    }
                    collected.extend([tt]);
                    rest = next;
                }
                Ok((collected, rest))
            })?;
            input.parse::<Token![;]>()?;
            args(tokens)?
        };
        let closure = match input.parse::<Expr>()? {
            Expr::Closure(closure) => closure,
            other => {
                return Err(syn::Error::new_spanned(
                    other,
                    "`coro!` expects a closure: `coro!(|first: R| { ... })`",
                ));
            }
        };
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the closure"));
        }
        Ok(ClosureInput { args, closure })
    }
}

/// Collects independent errors, to report them all at once.
#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub(crate) fn finish(self) -> syn::Result<()> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}
