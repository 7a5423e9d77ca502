//! Golden expansions: what the macros make of a dozen typical coroutines, formatted with
//! `prettyplease` and kept beside their inputs in `coro-macros/tests/expand/`, so that a
//! change of the expansion shows up as a diff in review.
//!
//! `cargo test -p coro-macros golden` expands every `tests/expand/<name>.rs` and compares
//! the result with `tests/expand/<name>.expanded.rs`; it also regenerates
//! `examples/counter-expanded.rs` from `examples/counter.rs` and compares it with the file.
//! `CORO_EXPAND=overwrite cargo test -p coro-macros golden` writes the files instead.
//!
//! The expansion here runs outside the compiler, so one thing differs from what rustc sees:
//! a suspension point's location in the coroutine's `Debug` output is `file!()` alone, not
//! `concat!(file!(), ":line:column")`.
//!
//! `expansion_sizes` (ignored; see BENCHMARKS.md) prints the source and expanded sizes of
//! the examples' and benchmarks' coroutines and of a constructed worst case.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit_mut::VisitMut;
use syn::{Attribute, Expr, ImplItem, Item, Macro, Stmt};

/// Whether `attr` is `#[coroutine]` of this crate: `coroutine`, `coro_core::coroutine` or
/// `coro::coroutine` (other crates' attributes of that name, such as the benchmarks'
/// `diapause::coroutine`, are left alone).
fn is_coroutine_attr(attr: &Attribute) -> bool {
    let names: Vec<String> = attr
        .path()
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    match names.as_slice() {
        [name] => name == "coroutine",
        [krate, name] => name == "coroutine" && (krate == "coro_core" || krate == "coro"),
        _ => false,
    }
}

fn is_coro_macro(mac: &Macro) -> bool {
    mac.path.segments.last().is_some_and(|s| s.ident == "coro")
}

/// Takes the `#[coroutine]` attribute out of `attrs`, returning its arguments.
fn take_coroutine_attr(attrs: &mut Vec<Attribute>) -> Option<TokenStream> {
    let index = attrs.iter().position(is_coroutine_attr)?;
    Some(match attrs.remove(index).meta {
        syn::Meta::List(list) => list.tokens,
        _ => TokenStream::new(),
    })
}

/// Expands every coroutine it visits, outermost first: `#[coroutine]` functions (also in
/// `impl` blocks and function bodies) and `coro!` expressions, then the `coro!`s left in
/// their expansion.
#[derive(Default)]
struct Expander {
    errors: Vec<String>,
}

impl Expander {
    fn parse<T: syn::parse::Parse>(&mut self, what: &str, tokens: &TokenStream) -> Option<T> {
        syn::parse2(tokens.clone())
            .map_err(|error| {
                let error = format!("the expansion of {what} does not parse ({error}): {tokens}");
                self.errors.push(error);
            })
            .ok()
    }

    /// The expansion of the function `f` named `name`, whose attribute had `args`.
    fn expand_fn<T: syn::parse::Parse>(
        &mut self,
        args: TokenStream,
        name: &syn::Ident,
        f: TokenStream,
    ) -> Option<T> {
        let out = crate::expand::coroutine(args, f);
        self.parse(&format!("`fn {name}`"), &out)
    }
}

impl VisitMut for Expander {
    fn visit_item_mut(&mut self, item: &mut Item) {
        if let Item::Fn(f) = item
            && let Some(args) = take_coroutine_attr(&mut f.attrs)
            && let Some(expanded) = self.expand_fn(args, &f.sig.ident, f.to_token_stream())
        {
            *item = expanded;
        }
        syn::visit_mut::visit_item_mut(self, item);
    }

    fn visit_impl_item_mut(&mut self, item: &mut ImplItem) {
        if let ImplItem::Fn(f) = item
            && let Some(args) = take_coroutine_attr(&mut f.attrs)
            && let Some(expanded) = self.expand_fn(args, &f.sig.ident, f.to_token_stream())
        {
            *item = expanded;
        }
        syn::visit_mut::visit_impl_item_mut(self, item);
    }

    fn visit_stmt_mut(&mut self, stmt: &mut Stmt) {
        // `coro!(...);` as a statement: expand it as an expression statement.
        if let Stmt::Macro(m) = stmt
            && is_coro_macro(&m.mac)
        {
            *stmt = Stmt::Expr(
                Expr::Macro(syn::ExprMacro {
                    attrs: std::mem::take(&mut m.attrs),
                    mac: m.mac.clone(),
                }),
                m.semi_token,
            );
        }
        syn::visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Macro(m) = expr
            && is_coro_macro(&m.mac)
        {
            let out = crate::expand::coro(m.mac.tokens.clone());
            if let Some(expanded) = self.parse("a `coro!`", &out) {
                *expr = expanded;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// Expands every coroutine in `file`, in place.
fn expand_in(file: &mut syn::File) -> Result<(), String> {
    let mut expander = Expander::default();
    expander.visit_file_mut(file);
    if expander.errors.is_empty() {
        Ok(())
    } else {
        Err(expander.errors.join("\n"))
    }
}

/// The source file `source` with every coroutine expanded, formatted with `prettyplease`.
pub(crate) fn expand_file(source: &str) -> Result<String, String> {
    let mut file = syn::parse_file(source).map_err(|error| format!("not valid Rust: {error}"))?;
    expand_in(&mut file)?;
    Ok(prettyplease::unparse(&file))
}

/// A line diff of `expected` (a file) against `actual` (longest common subsequence), with
/// three lines of context around each change: `-` lines are only in `expected`, `+` lines
/// only in `actual`.
fn diff(expected: &str, actual: &str) -> String {
    const CONTEXT: usize = 3;
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    let mut common = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i][j] = if a[i] == b[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    // (tag, line of `expected` it is at, text)
    let mut lines: Vec<(char, usize, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            lines.push((' ', i, a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || common[i + 1][j] >= common[i][j + 1]) {
            lines.push(('-', i, a[i]));
            i += 1;
        } else {
            lines.push(('+', i, b[j]));
            j += 1;
        }
    }
    let mut out = String::new();
    let mut printed_to = 0; // `lines[..printed_to]` are printed or left out for good
    for k in (0..lines.len()).filter(|&k| lines[k].0 != ' ') {
        let mut from = k.saturating_sub(CONTEXT);
        if from > printed_to || (printed_to == 0 && out.is_empty()) {
            let _ = writeln!(out, "@@ line {} of the file @@", lines[from].1 + 1);
        } else {
            from = printed_to;
        }
        let to = (k + CONTEXT + 1).min(lines.len());
        for &(tag, _, text) in lines.get(from..to).unwrap_or_default() {
            let _ = writeln!(out, "{tag} {text}");
        }
        printed_to = printed_to.max(to);
    }
    out
}

/// The workspace's root directory.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// `path` as given if it exists (absolute, or relative to `coro-macros/`, where tests run),
/// else relative to the workspace.
pub(crate) fn resolve(path: &Path) -> PathBuf {
    if path.exists() {
        path.to_path_buf()
    } else {
        workspace().join(path)
    }
}

/// `path` relative to the workspace, for messages.
fn shown(path: &Path) -> std::path::Display<'_> {
    path.strip_prefix(workspace()).unwrap_or(path).display()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", shown(path)))
}

/// `CORO_EXPAND=overwrite`: write the expansions instead of comparing them.
fn overwriting() -> bool {
    std::env::var("CORO_EXPAND").is_ok_and(|value| value == "overwrite")
}

/// Compares `actual` with the file at `path` (or writes it there when `overwrite`); returns
/// what is wrong.
fn check(path: &Path, actual: &str, overwrite: bool) -> Option<String> {
    let expected = std::fs::read_to_string(path);
    if expected.as_deref().ok() == Some(actual) {
        return None;
    }
    if overwrite {
        return std::fs::write(path, actual)
            .err()
            .map(|error| format!("{}: {error}", shown(path)));
    }
    Some(match expected {
        Ok(expected) => format!(
            "{} is not what the macro generates now (- the file, + the expansion):\n{}",
            shown(path),
            diff(&expected, actual)
        ),
        Err(error) => format!("{}: {error}", shown(path)),
    })
}

/// The header of `examples/counter-expanded.rs`; `{original}` is the coroutine as written.
const COUNTER_HEADER: &str = "\
//! What `#[coro_core::coroutine]` generates for `examples/counter.rs`: that file with its
//! coroutine expanded by the macro and formatted with `prettyplease`. It compiles and runs
//! like the original: `cargo run --example counter-expanded`. The file is generated, not
//! written: `CORO_EXPAND=overwrite cargo test -p coro-macros golden` writes it again, and
//! `cargo test` fails while it differs from what the macro generates.
//!
//! ```ignore
{original}
//! ```
//!
//! The body has one suspension point, so the state enum has one `Suspend` variant, then
//! `Unresumed`, then `Finished` (completed, or poisoned if its flag is set): a resume tells
//! `Finished` apart with one comparison, which the compiler folds into the step's dispatch,
//! and panics without calling the step. Every field
//! is a type parameter, inferred from the code that builds the variant: the macro sees
//! syntax, not types. The `for` over a range becomes a counter and an end; at the `yield_!`,
//! `i` is dead and `n` is only needed as that end, so `Suspend0` keeps the counter, the end
//! and `total`, in drop order (the latest local first). `StateInfo` gives the coroutine's `Debug` output (where it is suspended: the
//! location of the `yield_!`, which outside the compiler is `file!()` alone) and marks a
//! panic (`poison`).
//!
//! `machine::<R, Y, T, _, _>` gives the step closure its signature; each arm of its `match`
//! is the body entered at one point. The `Unresumed` arm runs it from the top, moving the
//! arguments out of the state (`replace` leaves it poisoned, which stays if the body
//! panics; `save` writes over it without running drop glue for it). There is no `#[resume]`
//! parameter, so the first argument is dropped. The `Suspend0` arm resumes *in place*: the
//! `yield_!` is the only suspension point of its loop and the loop only updates `total` and
//! its counter, so the loop runs directly on the state's fields through `&mut`s (the
//! counter in a local, written back before it returns), and suspending again writes nothing
//! else. The interrupted iteration is finished first, in labelled blocks (`continue` would
//! leave the first, `break` the outer one); `yield_!(i);` is a statement, so the resume
//! argument is dropped. Only when the loop ends do the locals move out of the state, for the
//! rest of the body to run as usual. The first resume and the completion each happen once
//! per coroutine: both call `cold_path`, a `#[cold]` function that compiles to nothing but
//! makes the compiler lay the dispatch out to fall through to `Suspend0`'s arm.
//!
//! The expansion allows lints on its own items only (the user's code in it is linted as
//! written); as plain code, the whole file is generated, and allows those of hand-written
//! code.
#![allow(
    unused_braces,
    unused_parens,
    dropping_copy_types,
    clippy::all,
    clippy::pedantic
)]
";

/// `examples/counter-expanded.rs`: `examples/counter.rs` with its coroutine expanded, under
/// a header that shows the original. The expanded functions are marked `#[rustfmt::skip]`,
/// as rustfmt would lay out `prettyplease`'s output its own way.
fn counter_example() -> Result<String, String> {
    let path = workspace().join("examples/counter.rs");
    let mut file = syn::parse_file(&read(&path))
        .map_err(|error| format!("{}: not valid Rust: {error}", shown(&path)))?;
    file.attrs.clear();
    let coroutines: Vec<usize> = (0..file.items.len())
        .filter(|&i| matches!(&file.items[i], Item::Fn(f) if f.attrs.iter().any(is_coroutine_attr)))
        .collect();
    let original: Vec<Item> = coroutines.iter().map(|&i| file.items[i].clone()).collect();
    if original.is_empty() {
        return Err(format!("{}: no coroutine", shown(&path)));
    }
    let original = prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: original,
    });
    let original: Vec<String> = original
        .lines()
        .map(|line| format!("//! {line}").trim_end().to_owned())
        .collect();
    expand_in(&mut file)?;
    for &i in &coroutines {
        if let Item::Fn(f) = &mut file.items[i] {
            f.attrs.insert(0, syn::parse_quote!(#[rustfmt::skip]));
        }
    }
    Ok(COUNTER_HEADER.replace("{original}", &original.join("\n")) + &prettyplease::unparse(&file))
}

/// Every `tests/expand/<name>.rs` expands to `tests/expand/<name>.expanded.rs`, and
/// `examples/counter.rs` to `examples/counter-expanded.rs`.
#[test]
fn golden_expansions() {
    let overwrite = overwriting();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", shown(&dir)))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut failures = Vec::new();
    let mut inputs = 0;
    for name in &names {
        if let Some(stem) = name.strip_suffix(".expanded.rs") {
            if !names.contains(&format!("{stem}.rs")) {
                let path = dir.join(name);
                if overwrite {
                    if let Err(error) = std::fs::remove_file(&path) {
                        failures.push(format!("{}: {error}", shown(&path)));
                    }
                } else {
                    failures.push(format!("{}: no input `{stem}.rs`", shown(&path)));
                }
            }
        } else if let Some(stem) = name.strip_suffix(".rs") {
            inputs += 1;
            let path = dir.join(name);
            let failure = match expand_file(&read(&path)) {
                Ok(expanded) => {
                    let header = format!(
                        "// The expansion of `{name}`, generated by \
                         `CORO_EXPAND=overwrite cargo test -p coro-macros golden`.\n"
                    );
                    let path = dir.join(format!("{stem}.expanded.rs"));
                    check(&path, &(header + &expanded), overwrite)
                }
                Err(error) => Some(format!("{}: {error}", shown(&path))),
            };
            failures.extend(failure);
        }
    }
    assert!(
        inputs >= 12,
        "{}: {inputs} inputs, expected a dozen",
        shown(&dir)
    );
    let example = workspace().join("examples/counter-expanded.rs");
    failures.extend(match counter_example() {
        Ok(text) => check(&example, &text, overwrite),
        Err(error) => Some(error),
    });
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is intended: CORO_EXPAND=overwrite cargo test -p coro-macros golden",
        failures.join("\n\n")
    );
}

#[test]
fn diff_shows_the_changed_lines_with_three_lines_of_context() {
    let expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
    let actual = "a\nb\nc\nd\ne\nF\ng\nh\ni\nj\nk\nl\nm\nn\n";
    assert_eq!(
        diff(expected, actual),
        "@@ line 3 of the file @@\n  c\n  d\n  e\n- f\n+ F\n  g\n  h\n  i\n\
         @@ line 11 of the file @@\n  k\n  l\n  m\n+ n\n"
    );
    assert_eq!(diff(expected, expected), "");
}

/// One coroutine's size in lines: as written, and expanded (formatted with `prettyplease`).
struct Size {
    name: String,
    source: usize,
    expanded: usize,
}

/// The lines of `item` with its coroutines expanded, formatted.
fn expanded_lines(item: Item) -> Result<usize, String> {
    let mut file = syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![item],
    };
    expand_in(&mut file)?;
    Ok(prettyplease::unparse(&file).lines().count())
}

/// A coroutine of a file: a `#[coroutine]` function (without its doc comments, which the
/// expansion keeps as they are), or a `coro!` outside one (a `coro!` inside a coroutine is
/// part of it), expanded as the only statement of a function whose two lines are not
/// counted.
enum Found {
    Fn(syn::ItemFn),
    Coro { within: String, item: Item },
}

/// Finds the coroutines of a file, in the order they are written.
#[derive(Default)]
struct Find {
    found: Vec<Found>,
    /// The function being looked into.
    within: String,
}

impl Find {
    fn function(&mut self, f: &syn::ItemFn) {
        if f.attrs.iter().any(is_coroutine_attr) {
            let mut f = f.clone();
            f.attrs.retain(|attr| !attr.path().is_ident("doc"));
            self.found.push(Found::Fn(f));
        } else {
            let outer = std::mem::replace(&mut self.within, f.sig.ident.to_string());
            syn::visit::visit_item_fn(self, f);
            self.within = outer;
        }
    }
}

impl<'ast> syn::visit::Visit<'ast> for Find {
    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        self.function(f);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        self.function(&syn::ItemFn {
            attrs: f.attrs.clone(),
            vis: f.vis.clone(),
            sig: f.sig.clone(),
            block: Box::new(f.block.clone()),
        });
    }

    fn visit_expr_macro(&mut self, m: &'ast syn::ExprMacro) {
        if is_coro_macro(&m.mac) {
            self.found.push(Found::Coro {
                within: self.within.clone(),
                item: syn::parse_quote!(fn measure() { #m; }),
            });
        }
    }
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The lines (first, last) of the function `name` of rustfmt-formatted `lines`, from its
/// `#[coroutine]` attribute to the `}` that closes it at its own indentation.
fn function_lines(lines: &[&str], name: &str) -> Option<(usize, usize)> {
    let (call, generic) = (format!("fn {name}("), format!("fn {name}<"));
    let decl = lines
        .iter()
        .position(|line| line.contains(&call) || line.contains(&generic))?;
    let first = (0..decl)
        .rev()
        .take_while(|&i| !lines[i].trim().is_empty() && !lines[i].trim().ends_with('}'))
        .find(|&i| lines[i].trim_start().starts_with("#[") && lines[i].contains("coroutine"))?;
    let indent = indentation(lines[decl]);
    let last =
        (decl..lines.len()).find(|&i| lines[i].trim() == "}" && indentation(lines[i]) == indent)?;
    Some((first, last))
}

/// The lines (first, last) of the `coro!(` that starts on line `first` of rustfmt-formatted
/// `lines`: that line if the call closes on it, else up to the next line at the same
/// indentation that begins with `}` or `)`.
fn coro_lines(lines: &[&str], first: usize) -> Option<(usize, usize)> {
    let line = lines[first];
    let call = &line[line.find("coro!(")?..];
    if call.matches('(').count() <= call.matches(')').count() {
        return Some((first, first));
    }
    let indent = indentation(line);
    let last = (first + 1..lines.len()).find(|&i| {
        indentation(lines[i]) == indent && lines[i].trim_start().starts_with(['}', ')'])
    })?;
    Some((first, last))
}

/// The sizes of the coroutines of the file at `path`. The source lines are counted in the
/// file as written (formatted by rustfmt, as the project's files are), from the
/// `#[coroutine]` attribute or the `coro!` to the end of the function or the call.
fn sizes_in(path: &Path) -> Result<Vec<Size>, String> {
    let text = read(path);
    let file = syn::parse_file(&text)
        .map_err(|error| format!("{}: not valid Rust: {error}", shown(path)))?;
    let lines: Vec<&str> = text.lines().collect();
    let mut find = Find::default();
    syn::visit::Visit::visit_file(&mut find, &file);
    // Lines already counted: the coroutine functions, then each `coro!` in turn.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for found in &find.found {
        if let Found::Fn(f) = found {
            let name = f.sig.ident.to_string();
            let range = function_lines(&lines, &name)
                .ok_or_else(|| format!("{}: `fn {name}` not found", shown(path)))?;
            taken.push(range);
        }
    }
    let mut coro_starts = (0..lines.len())
        .filter(|&i| lines[i].contains("coro!(") && !lines[i].trim_start().starts_with("//"));
    let mut sizes = Vec::new();
    let mut functions = 0; // `taken[functions]` is the next function's
    for found in find.found {
        let (name, (first, last), expanded) = match found {
            Found::Fn(f) => {
                let name = format!("`{}`", f.sig.ident);
                functions += 1;
                (name, taken[functions - 1], expanded_lines(Item::Fn(f))?)
            }
            Found::Coro { within, item } => {
                let start = coro_starts
                    .find(|&i| !taken.iter().any(|&(a, b)| (a..=b).contains(&i)))
                    .ok_or_else(|| format!("{}: a `coro!` not found", shown(path)))?;
                let range = coro_lines(&lines, start)
                    .ok_or_else(|| format!("{}:{}: no end", shown(path), start + 1))?;
                taken.push(range);
                let name = format!("`coro!` in `{within}`");
                (name, range, expanded_lines(item)? - 2)
            }
        };
        sizes.push(Size {
            name,
            source: last + 1 - first,
            expanded,
        });
    }
    Ok(sizes)
}

/// A coroutine of `depth` nested `for` loops over `0..n` whose innermost loop has `points`
/// suspension points, each after a statement of its own, and each under an `if` when
/// `conditional`.
fn nested_loops(depth: usize, points: usize, conditional: bool) -> String {
    let innermost = depth - 1;
    let mut body = String::new();
    for k in 0..points {
        let _ = write!(body, "total += i{innermost} + {k}; ");
        if conditional {
            let _ = write!(body, "if total % 3 == {} {{ yield_!(total); }} ", k % 3);
        } else {
            body.push_str("yield_!(total); ");
        }
    }
    for level in (0..depth).rev() {
        body = format!("for i{level} in 0..n {{ {body} }}");
    }
    format!(
        "#[coro_core::coroutine(yield = u64)] \
         fn nested(n: u64) -> u64 {{ let mut total = 0; {body} total }}"
    )
}

/// `source → expanded (ratio)` for [`nested_loops`], both formatted.
fn worst_case(depth: usize, points: usize, conditional: bool) -> String {
    let source = nested_loops(depth, points, conditional);
    let item: Item = syn::parse_str(&source).unwrap_or_else(|error| panic!("{source}: {error}"));
    let file = syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![item.clone()],
    };
    let lines = prettyplease::unparse(&file).lines().count();
    let expanded = expanded_lines(item).unwrap_or_else(|error| panic!("{error}"));
    format!("{lines} → {expanded} ({:.1}×)", ratio(expanded, lines))
}

/// `cargo test -p coro-macros expansion_sizes -- --ignored --nocapture` prints, as Markdown
/// tables, the lines of every coroutine of the examples and of the benchmarks' `coro`
/// workloads as written and expanded (both formatted with `prettyplease`), and the same for
/// families of nested loops with more and more suspension points.
#[test]
#[ignore = "prints a report for BENCHMARKS.md"]
fn expansion_sizes() {
    let root = workspace();
    let mut files = Vec::new();
    for dir in ["examples", "bench/src"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|error| panic!("{dir}: {error}"))
            .filter_map(|entry| Some(entry.ok()?.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .collect();
        names.sort();
        files.extend(names);
    }
    files.push(root.join("bench/src/runtime/coro.rs"));
    println!("| file | coroutine | source lines | expanded lines | ratio |");
    println!("| --- | --- | ---: | ---: | ---: |");
    let (mut source, mut expanded) = (0, 0);
    for path in &files {
        for size in sizes_in(path).unwrap_or_else(|error| panic!("{error}")) {
            println!(
                "| `{}` | {} | {} | {} | {:.1}× |",
                shown(path),
                size.name,
                size.source,
                size.expanded,
                ratio(size.expanded, size.source)
            );
            source += size.source;
            expanded += size.expanded;
        }
    }
    println!(
        "| all | | {source} | {expanded} | {:.1}× |",
        ratio(expanded, source)
    );

    for conditional in [false, true] {
        println!();
        let kind = if conditional {
            "each under an `if`"
        } else {
            "in sequence"
        };
        println!("| points in the innermost loop, {kind} | depth 1 | depth 2 | depth 3 |");
        println!("| ---: | ---: | ---: | ---: |");
        for points in [1, 2, 4, 8, 16, 32] {
            let cells: Vec<String> = (1..=3)
                .map(|depth| worst_case(depth, points, conditional))
                .collect();
            println!("| {points} | {} |", cells.join(" | "));
        }
    }
}

/// `a / b`, for the tables.
fn ratio(a: usize, b: usize) -> f64 {
    f64::from(u32::try_from(a).unwrap_or(u32::MAX))
        / f64::from(u32::try_from(b).unwrap_or(1).max(1))
}
