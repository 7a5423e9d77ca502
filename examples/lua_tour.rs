//! The coroutine example from the Lua 5.4 reference manual (§2.6), translated.
//!
//! ```lua
//! function foo (a)
//!   print("foo", a)
//!   return coroutine.yield(2*a)
//! end
//! co = coroutine.create(function (a,b)
//!       print("co-body", a, b)
//!       local r = foo(a+1)
//!       print("co-body", r)
//!       local r, s = coroutine.yield(a+b, a-b)
//!       print("co-body", r, s)
//!       return b, "end"
//! end)
//! print("main", coroutine.resume(co, 1, 10))
//! print("main", coroutine.resume(co, "r"))
//! print("main", coroutine.resume(co, "x", "y"))
//! print("main", coroutine.resume(co, "x", "y"))
//! ```
//!
//! Lua values are dynamically typed and functions take and return any number of them, so a
//! Lua coroutine becomes a Rust coroutine that is resumed with a `Vec<Value>`, yields a
//! `Vec<Value>` and returns one (or a Lua error). `foo` yields from *inside* a nested call;
//! in Rust it is a coroutine of its own that the body drives with `yield_from!`, which
//! forwards `foo`'s yield out to `main` and `main`'s next resume values back in.
use std::cell::RefCell;
use std::fmt;
use std::io::{self, Write};

use coro_core::{Coroutine, CoroutineExt, CoroutineState};

/// A Lua value: just the types this program needs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Nil,
    Bool(bool),
    Int(i64),
    Str(String),
}

impl Value {
    /// The integer inside, or the error Lua raises for arithmetic on anything else.
    fn int(&self) -> Result<i64, LuaError> {
        match self {
            Value::Int(n) => Ok(*n),
            other => Err(LuaError(format!(
                "attempt to perform arithmetic on a {} value",
                other.type_name()
            ))),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "number",
            Value::Str(_) => "string",
        }
    }
}

/// `tostring`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => f.write_str("nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(n) => write!(f, "{n}"),
            Value::Str(s) => f.write_str(s),
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_owned())
    }
}

/// Builds a `Vec<Value>` from Rust literals: `values!["x", 1]`.
macro_rules! values {
    ($($v:expr),* $(,)?) => { vec![$(Value::from($v)),*] };
}

/// Lua's adjustment of a value list to one value: the first, or `nil` if there is none.
fn first(values: Vec<Value>) -> Value {
    values.into_iter().next().unwrap_or(Value::Nil)
}

/// The argument at `index`, or `nil` when fewer were passed (as Lua does).
fn arg(values: &[Value], index: usize) -> Value {
    values.get(index).cloned().unwrap_or(Value::Nil)
}

/// A Lua error, as `coroutine.resume` reports it: `false` and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LuaError(String);

impl From<io::Error> for LuaError {
    fn from(e: io::Error) -> Self {
        LuaError(e.to_string())
    }
}

/// Lua's `print`: the values' `tostring`, separated by tabs, then a newline.
///
/// Both `main` and the coroutine body print, so the output stream is shared through a
/// `RefCell`; each `print` borrows it only for the duration of one line, never across a
/// suspension point.
struct Console<'a>(RefCell<&'a mut dyn Write>);

impl Console<'_> {
    fn print(&self, values: &[Value]) -> io::Result<()> {
        let mut out = self.0.borrow_mut();
        let line: Vec<String> = values.iter().map(ToString::to_string).collect();
        writeln!(out, "{}", line.join("\t"))
    }
}

/// Values in, values out: the shape of every Lua coroutine.
type LuaResult = Result<Vec<Value>, LuaError>;

/// `function foo (a) print("foo", a) return coroutine.yield(2*a) end`
///
/// A function that yields on behalf of whoever calls it is a coroutine in Rust too; its
/// return value is whatever the caller of the outer coroutine resumes it with.
#[coro_core::coroutine(yield = Vec<Value>, resume = Vec<Value>)]
fn foo(console: &Console<'_>, a: i64) -> LuaResult {
    console.print(&[Value::from("foo"), Value::from(a)])?;
    Ok(yield_!(values![2 * a]))
}

/// The function passed to `coroutine.create`. Its parameters `a, b` are the values of the
/// first `resume`, hence `#[resume]`.
#[coro_core::coroutine(yield = Vec<Value>, resume = Vec<Value>)]
fn body(console: &Console<'_>, #[resume] args: Vec<Value>) -> LuaResult {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    console.print(&[Value::from("co-body"), a.clone(), b.clone()])?;

    // `local r = foo(a+1)`: run `foo` inside this coroutine; its yield goes to `main`.
    // `foo` starts running right away, so its first resume gets no values.
    let r = first(yield_from!(foo(console, a.int()? + 1), Vec::new())?);
    console.print(&[Value::from("co-body"), r])?;

    // `local r, s = coroutine.yield(a+b, a-b)`
    let (x, y) = (a.int()?, b.int()?);
    let resumed = yield_!(values![x + y, x - y]);
    let (r, s) = (arg(&resumed, 0), arg(&resumed, 1));
    console.print(&[Value::from("co-body"), r, s])?;

    Ok(vec![b, Value::from("end")])
}

/// `coroutine.resume(co, ...)`: `true` followed by the values yielded or returned, or
/// `false` and an error message, which includes resuming a coroutine that is dead.
fn resume<C>(co: &mut coro_core::Fuse<C>, args: Vec<Value>) -> Vec<Value>
where
    C: Coroutine<Vec<Value>, Yield = Vec<Value>, Return = LuaResult>,
{
    let outcome = match co.try_resume(args) {
        Ok(CoroutineState::Yielded(values) | CoroutineState::Complete(Ok(values))) => Ok(values),
        Ok(CoroutineState::Complete(Err(LuaError(message)))) => Err(message),
        Err(dead) => Err(dead.to_string()),
    };
    match outcome {
        Ok(values) => std::iter::once(Value::Bool(true)).chain(values).collect(),
        Err(message) => vec![Value::Bool(false), Value::Str(message)],
    }
}

/// Runs the translated program, printing to `out`.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    let console = Console(RefCell::new(out));
    // `print("main", ...)`
    let print_main =
        |results: Vec<Value>| console.print(&[&[Value::from("main")], &results[..]].concat());

    // `co = coroutine.create(...)`: nothing runs until the first resume. `fuse` makes a
    // finished coroutine answer "cannot resume dead coroutine" instead of panicking.
    let mut co = body(&console).fuse();
    print_main(resume(&mut co, values![1, 10]))?;
    print_main(resume(&mut co, values!["r"]))?;
    print_main(resume(&mut co, values!["x", "y"]))?;
    print_main(resume(&mut co, values!["x", "y"]))?;
    Ok(())
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
