//! The inputs that the fuzz test edits: valid coroutines covering the syntax the rewrite
//! handles, and the identifiers and punctuation that matter to it.

/// `(attribute arguments, function)` pairs for `#[coroutine]`.
pub(super) const FN_SEEDS: &[(&str, &str)] = &[
    (
        "yield = u64",
        "fn countdown(from: u64) -> &'static str { for n in (1..=from).rev() { yield_!(n); } \"liftoff\" }",
    ),
    (
        "yield = u32, resume = String",
        "pub fn parse(#[resume] first: String, limit: usize) -> Result<usize, String> {
            let mut seen = first.len();
            'outer: loop {
                let line = yield_!(seen as u32);
                match line.as_str() {
                    \"\" => break 'outer,
                    s if s.len() > limit => return Err(s.to_string()),
                    _ => { seen += line.len(); continue 'outer; }
                }
            }
            let n = seen.checked_sub(1).ok_or(String::from(\"empty\"))?;
            Ok(n)
        }",
    ),
    (
        "yield = i32, crate = ::coro_core",
        "fn labels(v: Vec<i32>) -> i32 {
            let total = 'blk: {
                let mut t = 0;
                for (i, x) in v.into_iter().enumerate() {
                    if i > 3 { break 'blk t; }
                    t += yield_!(x) + x;
                    while t > 10 && t % 2 == 0 { t /= 2; yield_!(t); }
                    while let Some(y) = Some(t).filter(|y| *y < 0) { t = -y; }
                }
                t
            };
            let [a, b, ..] = [total, yield_!(0), 2, 3];
            if let Some(c) = Some(a) && c > b { c } else if a == 0 { b } else { a + b }
        }",
    ),
    (
        "yield = String",
        "fn shadow<'a, T: Clone + std::fmt::Debug>(items: &'a [T], _unused: ()) -> usize where T: 'a {
            let x = 1;
            let x = format!(\"{x}\");
            let x = (x, yield_!(x.clone()));
            let closure = |v: i32| v + 1;
            let _b = async { 3 };
            fn nested() -> i32 { 4 }
            let s = S { a: yield_!(String::new()), b: closure(nested()) };
            let _ = (s.a, s.b, x.0, items.len() && true || false);
            drop(yield_from!(other(), ()));
            items.len()
        }",
    ),
    (
        "",
        "async fn not_ok(self, mut a: u8, (b, c): (u8, u8)) { yield_!(); let _ = a?; }",
    ),
    (
        "yield = ()",
        "fn tasks(rx: Receiver<u8>, tx: Sender<u8>) {
            let v = recv!(rx);
            send!(tx, v.unwrap_or(0));
            sleep!(Duration::from_millis(1));
            yield_now!();
            let _ = select! { v = recv!(rx) => v, send!(tx, 1) => None, default => None };
        }",
    ),
    (
        "yield = u8",
        "unsafe extern \"C\" fn weird<const N: usize>(x: [u8; N]) -> impl Sized {
            unsafe { let p = &raw const x; yield_!(x[0]); let _ = p; }
            let r = &x; yield_!(r[0]);
            return x
        }",
    ),
];

/// Inputs of `coro!`.
pub(super) const CLOSURE_SEEDS: &[&str] = &[
    "|first: u32| { let mut n = first; loop { n = yield_!(n + 1); if n > 9 { break n } } }",
    "yield = String, resume = String; move |mut r: String| -> Option<i64> {
        let a = r.len();
        let b = (yield_!(r.clone()), yield_!(String::from(\"x\")));
        r = b.0 + &b.1;
        let n = r.parse::<i64>().ok()?;
        match n { 0 => return None, m if m > a as i64 => Some(m), _ => { yield_!(r); Some(0) } }
    }",
    "|| yield_!(1)",
    "move || { let v = vec![1, 2]; for i in 0..v.len() { yield_!(v[i]); } let c = || 1; c() }",
    "crate = coro; || { let d = D(\"x\"); if cond() && yield_!(true) { drop(d); } yield_!(false); }",
    "async |x| x",
];

pub(super) const IDENTS: &[&str] = &[
    "yield_",
    "yield_from",
    "recv",
    "select",
    "let",
    "mut",
    "ref",
    "loop",
    "while",
    "for",
    "in",
    "if",
    "else",
    "match",
    "break",
    "continue",
    "return",
    "fn",
    "move",
    "async",
    "await",
    "self",
    "Self",
    "crate",
    "super",
    "yield",
    "resume",
    "unsafe",
    "static",
    "const",
    "impl",
    "dyn",
    "where",
    "x",
    "r",
    "_",
    "r#try",
    "default",
    "Some",
    "None",
    "Ok",
    "Err",
    "box",
    "gen",
];

pub(super) const PUNCTS: &[&str] = &[
    ";", ",", ".", "..", "..=", "!", "?", "&", "&&", "||", "|", "=", "==", "=>", "->", ":", "::",
    "#", "@", "'a", "'outer", "+", "*", "-", "<", ">", "+=", "^", "~", "$",
];
