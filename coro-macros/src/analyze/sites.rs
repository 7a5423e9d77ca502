//! Where each identifier of a coroutine is: its *site*, a number.
//!
//! The analysis reads the body and says what the identifier at each site names; the rewrite
//! changes the identifiers at some sites. Both find a site by the same count: every
//! identifier of the parameters' patterns, then of the body in the order of its IR, each
//! `syn` tree in `syn`'s own order of visiting (nested items left out), with the arguments
//! of a macro call counted as [`MacroArgs`] reads them.
//!
//! While the body is borrowed, [`Sites`] tells an identifier's site from where the
//! identifier is in memory, and keeps the macro arguments it parsed, so that the analysis
//! reads those very trees.

use std::collections::HashMap;
use std::marker::PhantomData;
use std::ops::Range;

use proc_macro2::{TokenStream, TokenTree};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::{Expr, Ident, Macro, Token};

use crate::ir::{Block, Body, Node, Stmt, StmtId};
use crate::parse::CoroutineFn;

/// The place of an identifier in the count.
pub(crate) type Site = usize;

/// The macros whose first argument is a format string (inline arguments, `"{x}"`, name
/// variables), and whose arguments are taken by reference.
const FORMAT_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "format_args",
    "write",
    "writeln",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "unreachable",
    "todo",
    "unimplemented",
];

/// Arguments of a macro call that are expressions.
pub(crate) type Args = Punctuated<Expr, Token![,]>;

/// The arguments of a macro call as the analysis reads them: expressions separated by
/// commas, when they parse so (and the call is not written with braces), or else tokens.
#[derive(Debug)]
pub(crate) enum MacroArgs {
    Exprs {
        /// Boxed, so that they stay where they are while they are read.
        args: Box<Args>,
        /// A format macro: its arguments are borrowed, and a string literal as the first one
        /// names variables (`{x}`).
        format: bool,
    },
    Tokens,
}

impl MacroArgs {
    /// Reads the arguments of `mac`.
    pub(crate) fn of(mac: &Macro) -> Self {
        if matches!(mac.delimiter, syn::MacroDelimiter::Brace(_)) {
            return MacroArgs::Tokens;
        }
        match Args::parse_terminated.parse2(mac.tokens.clone()) {
            Ok(args) => MacroArgs::Exprs {
                args: Box::new(args),
                format: mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| FORMAT_MACROS.iter().any(|name| s.ident == name)),
            },
            Err(_) => MacroArgs::Tokens,
        }
    }
}

/// The format string among the arguments of a macro: the first one, when it is a string
/// literal and the macro a format macro.
pub(crate) fn format_string(format: bool, index: usize, arg: &Expr) -> Option<&syn::LitStr> {
    match arg {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(lit),
            ..
        }) if format && index == 0 => Some(lit),
        _ => None,
    }
}

/// Where the variables that a format string names are in its value (`{x}`, `{x:?}`; not
/// `{}`, `{0}` or `{{`).
pub(crate) fn format_names(value: &str) -> Vec<Range<usize>> {
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(open) = value[at..].find('{') {
        let start = at + open + 1;
        if value[start..].starts_with('{') {
            at = start + 1;
            continue;
        }
        let rest = &value[start..];
        let end = start
            + rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
        let name = &value[start..end];
        if !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit()) {
            names.push(start..end);
        }
        at = end;
    }
    names
}

/// The number of identifiers among `tokens`, groups included.
pub(crate) fn token_idents(tokens: &TokenStream) -> usize {
    tokens
        .clone()
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Ident(_) => 1,
            TokenTree::Group(group) => token_idents(&group.stream()),
            TokenTree::Punct(_) | TokenTree::Literal(_) => 0,
        })
        .sum()
}

/// The sites of a coroutine, while it is borrowed.
#[derive(Debug)]
pub(crate) struct Sites<'a> {
    idents: HashMap<*const Ident, Site>,
    macros: HashMap<*const Macro, (Site, MacroArgs)>,
    loops: HashMap<StmtId, Range<Site>>,
    len: Site,
    _borrow: PhantomData<&'a Body>,
}

impl<'a> Sites<'a> {
    /// Counts the identifiers of `input` and `body`.
    pub(crate) fn new(input: &'a CoroutineFn, body: &'a Body) -> Self {
        let mut sites = Sites {
            idents: HashMap::new(),
            macros: HashMap::new(),
            loops: HashMap::new(),
            len: 0,
            _borrow: PhantomData,
        };
        for param in &input.inputs {
            sites.visit_pat(&param.pat);
        }
        if let Some((pat, _)) = &input.resume {
            sites.visit_pat(pat);
        }
        sites.block(&body.block);
        sites
    }

    /// The site of `ident`, an identifier of the borrowed coroutine (or of macro arguments
    /// read by [`Sites::macro_args`]).
    pub(crate) fn of(&self, ident: &Ident) -> Option<Site> {
        let site = self.idents.get(&std::ptr::from_ref(ident)).copied();
        debug_assert!(site.is_some(), "`{ident}` has a site");
        site
    }

    /// The arguments of `mac`, a macro call of the borrowed coroutine, as parsed when they
    /// were counted, with the site of the first identifier after the macro's path: the
    /// first name of the format string, or the first identifier among the tokens.
    pub(crate) fn macro_args(&self, mac: &Macro) -> Option<(Site, &MacroArgs)> {
        let found = self.macros.get(&std::ptr::from_ref(mac));
        debug_assert!(found.is_some(), "a macro call has sites");
        found.map(|(site, args)| (*site, args))
    }

    /// The sites of the loop of statement `id`.
    pub(crate) fn in_loop(&self, id: StmtId) -> Range<Site> {
        self.loops.get(&id).cloned().unwrap_or_default()
    }

    /// How many sites there are.
    pub(crate) fn len(&self) -> Site {
        self.len
    }

    fn block(&mut self, block: &'a Block) {
        for (index, stmt) in block.stmts.iter().enumerate() {
            let id = block.id(index);
            match stmt {
                Stmt::Plain(stmt) => self.visit_stmt(stmt),
                Stmt::Let { pat, init, .. } => {
                    self.visit_pat(pat);
                    self.node(init, id);
                }
                Stmt::Expr { node, .. } => self.node(node, id),
            }
        }
    }

    fn node(&mut self, node: &'a Node, id: StmtId) {
        match node {
            Node::Plain(expr) | Node::Suspend { value: expr, .. } => self.visit_expr(expr),
            Node::Block { block, .. } => self.block(block),
            Node::If { cond, then, else_ } => {
                self.visit_expr(cond);
                self.block(then);
                if let Some(else_) = else_ {
                    self.block(else_);
                }
            }
            Node::Match { scrutinee, arms } => {
                self.visit_expr(scrutinee);
                for arm in arms {
                    self.visit_pat(&arm.pat);
                    if let Some(guard) = &arm.guard {
                        self.visit_expr(guard);
                    }
                    self.block(&arm.body);
                }
            }
            Node::Loop { body, .. } => {
                let start = self.len;
                self.block(body);
                self.loops.insert(id, start..self.len);
            }
        }
    }

    fn next(&mut self) -> Site {
        self.len += 1;
        self.len - 1
    }
}

impl<'ast> Visit<'ast> for Sites<'_> {
    fn visit_ident(&mut self, ident: &'ast Ident) {
        let site = self.next();
        self.idents.insert(std::ptr::from_ref(ident), site);
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        self.visit_path(&mac.path);
        let first = self.len;
        let args = MacroArgs::of(mac);
        match &args {
            MacroArgs::Exprs { args, format } => {
                for (index, arg) in args.iter().enumerate() {
                    match format_string(*format, index, arg) {
                        Some(lit) => self.len += format_names(&lit.value()).len(),
                        None => Visit::visit_expr(self, arg),
                    }
                }
            }
            MacroArgs::Tokens => self.len += token_idents(&mac.tokens),
        }
        self.macros.insert(std::ptr::from_ref(mac), (first, args));
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
