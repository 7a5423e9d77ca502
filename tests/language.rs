//! The Rust language inside a coroutine body: each construct with exact yield/return
//! sequences.

use coro_core::{
    Coroutine,
    CoroutineState::{self, Complete, Yielded},
    IntoIter, coro,
};

/// Resumes `co` with each input, collecting the states until it completes.
fn run<R, C: Coroutine<R>>(
    mut co: C,
    inputs: impl IntoIterator<Item = R>,
) -> Vec<CoroutineState<C::Yield, C::Return>> {
    let mut out = Vec::new();
    for input in inputs {
        let state = co.resume(input);
        let done = state.is_complete();
        out.push(state);
        if done {
            break;
        }
    }
    out
}

fn yields<C: Coroutine<(), Return = ()>>(co: C) -> Vec<C::Yield> {
    IntoIter::new(co).collect()
}

#[test]
fn smoke() {
    let co = coro!(|| {
        yield_!(1);
        yield_!(2);
        3
    });
    assert_eq!(run(co, [(); 3]), [Yielded(1), Yielded(2), Complete(3)]);
}

#[coro_core::coroutine(yield = u32)]
fn let_patterns() -> (u32, u32) {
    let (a, mut b) = (1, 2);
    struct Point {
        x: u32,
        y: u32,
    }
    let Point { x, y: why } = Point { x: 10, y: 20 };
    yield_!(a + b);
    b += 1;
    let [first, .., last] = [5, 6, 7];
    yield_!(x + why);
    #[allow(clippy::toplevel_ref_arg, reason = "a `ref` binding under test")]
    let ref r = first;
    #[allow(
        clippy::needless_late_init,
        reason = "a late initialization under test"
    )]
    let deferred;
    if *r > 0 {
        deferred = last;
    } else {
        deferred = 0;
    }
    yield_!(deferred);
    let Some(z) = Some(b) else {
        return (0, 0);
    };
    yield_!(z);
    (a, b)
}

#[test]
fn let_with_patterns_deferred_init_and_let_else() {
    assert_eq!(
        run(let_patterns(), [(); 5]),
        [
            Yielded(3),
            Yielded(30),
            Yielded(7),
            Yielded(3),
            Complete((1, 3))
        ]
    );
}

#[test]
fn let_else_diverges_through_completion() {
    let co = coro!(|input: Option<u8>| {
        let Some(v) = input else {
            return 0;
        };
        yield_!(v);
        v * 2
    });
    assert_eq!(run(co, [None]), [Complete(0)]);
}

#[test]
fn shadowing_rebinds_to_other_types_across_yields() {
    let co = coro!(|| {
        let x = 5u8;
        yield_!(format!("{x}"));
        let x = f64::from(x) / 2.0;
        yield_!(format!("{x}"));
        let x = vec![x; 2];
        yield_!(format!("{x:?}"));
        {
            let x = "inner";
            yield_!(x.to_string());
        }
        x.len()
    });
    assert_eq!(
        run(co, [(); 5]),
        [
            Yielded("5".to_string()),
            Yielded("2.5".to_string()),
            Yielded("[2.5, 2.5]".to_string()),
            Yielded("inner".to_string()),
            Complete(2)
        ]
    );
}

#[test]
fn if_else_chains_if_let_and_let_chains() {
    let co = coro!(|x: Option<i32>| {
        let mut seen = Vec::new();
        let mut x = x;
        loop {
            if let Some(v) = x
                && v > 10
            {
                seen.push("big");
                x = yield_!(v);
            } else if let Some(v) = x {
                seen.push("small");
                x = yield_!(-v);
            } else if seen.len() > 2 {
                break;
            } else {
                seen.push("none");
                x = yield_!(0);
            }
        }
        seen.join(",")
    });
    assert_eq!(
        run(co, [Some(20), Some(3), None, None]),
        [
            Yielded(20),
            Yielded(-3),
            Yielded(0),
            Complete("big,small,none".to_string())
        ]
    );
}

#[test]
fn match_with_guards_bindings_and_yields_in_arms_and_scrutinee() {
    let co = coro!(|start: u32| {
        let mut out = Vec::new();
        let mut n = start;
        while n != 1 {
            n = match yield_!(n) {
                0 => n,
                k if k % 2 == 0 => {
                    let half = n / 2;
                    out.push(yield_!(half));
                    half
                }
                other => {
                    out.push(other);
                    3 * n + 1
                }
            };
        }
        out
    });
    // Scrutinee yields n; an even answer then yields half and records the next answer.
    assert_eq!(
        run(co, [6, 2, 100, 1, 0, 2, 7, 2, 9, 2, 4]),
        [
            Yielded(6),
            Yielded(3),
            Yielded(3),
            Yielded(10),
            Yielded(10),
            Yielded(5),
            Yielded(5),
            Yielded(2),
            Yielded(2),
            Yielded(1),
            Complete(vec![100, 1, 7, 9, 4])
        ]
    );
}

#[test]
fn loops_while_let_for_labels_and_break_values() {
    let co = coro!(|| {
        let mut stack = vec![1, 2, 3];
        while let Some(top) = stack.pop() {
            yield_!(top);
        }
        let mut i = 0;
        while i < 2 {
            yield_!(10 + i);
            i += 1;
        }
        let found = 'search: {
            for row in 0..3 {
                for col in 0..3 {
                    if row * col == 2 {
                        break 'search Some((row, col));
                    }
                    yield_!(100 + row * 10 + col);
                }
            }
            None
        };
        let count = loop {
            let v = yield_!(-1);
            #[allow(clippy::unit_cmp, reason = "a loop left on the first resume")]
            if v == () {
                break 7;
            }
        };
        (found, count)
    });
    assert_eq!(
        yields_and_return(co),
        (
            vec![3, 2, 1, 10, 11, 100, 101, 102, 110, 111, -1],
            (Some((1, 2)), 7)
        )
    );
}

fn yields_and_return<C: Coroutine<()>>(mut co: C) -> (Vec<C::Yield>, C::Return) {
    let mut out = Vec::new();
    loop {
        match co.resume(()) {
            Yielded(y) => out.push(y),
            Complete(r) => return (out, r),
        }
    }
}

#[test]
fn continue_and_break_to_outer_labels_after_a_yield() {
    let co = coro!(|| {
        let mut n = 0;
        'outer: for i in 0..4 {
            for j in 0..4 {
                yield_!((i, j));
                if j >= i {
                    continue 'outer;
                }
                if i == 3 {
                    break 'outer;
                }
                n += 1;
            }
        }
        n
    });
    assert_eq!(
        yields_and_return(co),
        (
            vec![(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2), (3, 0)],
            3
        )
    );
}

#[test]
fn for_over_any_into_iterator() {
    let co = coro!(|| {
        let map = std::collections::BTreeMap::from([(1, "a"), (2, "b")]);
        for (k, v) in map {
            yield_!(format!("{k}{v}"));
        }
        for c in "xy".chars() {
            yield_!(c.to_string());
        }
        for s in [String::from("p"), String::from("q")] {
            yield_!(s);
        }
    });
    assert_eq!(yields(co), ["1a", "2b", "x", "y", "p", "q"]);
}

/// `for` over a range with an integer literal bound counts with two integers (see
/// `lower::integer_range`): the same items, `continue` and `break` included, up to the
/// type's maximum, empty and negative ranges, bounds evaluated once, in order.
#[test]
fn for_over_an_integer_range() {
    let co = coro!(|| {
        for i in 250u8..255 {
            if i == 251 {
                continue;
            }
            yield_!(i64::from(i));
        }
        for i in -2..1 {
            yield_!(i);
        }
        for _ in 5..-3i64 {
            yield_!(99);
        }
        fn bound(calls: &mut i64, v: i64) -> i64 {
            *calls += 1;
            v
        }
        let mut calls = 0;
        for i in bound(&mut calls, 10)..12 {
            yield_!(i);
        }
        for i in 0..bound(&mut calls, 100) {
            if i == 2 {
                break;
            }
            yield_!(i);
        }
        yield_!(calls);
    });
    assert_eq!(yields(co), [250, 252, 253, 254, -2, -1, 0, 10, 11, 0, 1, 2]);
}

/// `for _ in` over such a range, which binds no item, counts the iterations left down
/// (`__private::range_len`, `count_down`): as many iterations as the range has items,
/// signed ranges across zero and over a whole width included, empty when the end is not
/// above the start, `continue` and `break` as usual, bounds evaluated once, and the integer
/// type inferred from a later use or falling back to `i32`.
#[test]
fn for_without_an_item_over_an_integer_range() {
    let co = coro!(|| {
        let mut n: i64 = 0;
        for _ in -3..2i8 {
            n += 1;
            yield_!(n);
        }
        let mut whole = 0;
        for _ in i8::MIN..i8::MAX {
            whole += 1;
        }
        yield_!(whole);
        for _ in 5..-3i64 {
            yield_!(99);
        }
        for _ in 7u8..7 {
            yield_!(99);
        }
        fn bound(calls: &mut Vec<i64>, v: i64) -> i64 {
            calls.push(v);
            v
        }
        let mut calls = Vec::new();
        let mut k = 0;
        for _ in 10..bound(&mut calls, 16) {
            k += 1;
            if k == 2 {
                continue;
            }
            if k == 5 {
                break;
            }
            yield_!(100 + k);
        }
        for _ in bound(&mut calls, -1)..0 {
            k += 10;
        }
        yield_!(k);
        yield_!(i64::try_from(calls.len()).expect("two calls") * 1000 + calls[0] - calls[1]);
        let later = 3;
        for _ in 0..later {
            yield_!(7);
        }
        let typed: u16 = later;
        yield_!(i64::from(typed));
        let mut fallback = 0;
        for _ in 0..4 {
            fallback += 1;
        }
        yield_!(fallback);
    });
    assert_eq!(
        yields(co),
        [1, 2, 3, 4, 5, 255, 101, 103, 104, 15, 2017, 7, 7, 7, 3, 4]
    );
}

#[test]
fn yields_deep_in_nesting() {
    let co = coro!(|| {
        let mut total = 0;
        for a in 0..2 {
            if a == 1 {
                match a {
                    1 => loop {
                        {
                            unsafe {
                                total += yield_!(a);
                            }
                        }
                        if total > 0 {
                            break;
                        }
                    },
                    _ => unreachable!(),
                }
            }
        }
        total
    });
    let mut co = co;
    assert_eq!(co.resume(0), Yielded(1));
    assert_eq!(co.resume(0), Yielded(1));
    assert_eq!(co.resume(5), Complete(5));
}

/// Records the order in which operands are evaluated.
#[derive(Default)]
struct Trace(std::cell::RefCell<Vec<String>>);

impl Trace {
    fn t<T>(&self, tag: &str, value: T) -> T {
        self.0.borrow_mut().push(tag.to_string());
        value
    }
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

#[test]
fn yields_inside_expressions_keep_left_to_right_order() {
    let trace = std::rc::Rc::new(Trace::default());
    let tr = trace.clone();
    let mut co = coro!(|_first: i32| {
        let call = i32::max(tr.t("a", 1), yield_!("call")) + tr.t("b", 0);
        let binary = tr.t("left", 10) - yield_!("binary");
        let unary = -yield_!("unary");
        let tuple = (tr.t("t0", 1), yield_!("tuple"), tr.t("t2", 3));
        let array = [yield_!("a0"), tr.t("a1", 0)];
        let index = [10, 20, 30][yield_!("index") as usize % 3];
        let cast = yield_!("cast") as u8;
        let method = tr
            .t("recv", vec![1])
            .into_iter()
            .chain([yield_!("arg")])
            .count();
        struct S {
            x: i32,
            y: i32,
        }
        let s = S {
            x: tr.t("x", 1),
            y: yield_!("field"),
        };
        (
            call,
            binary,
            unary,
            tuple,
            array,
            index,
            cast,
            method,
            s.x + s.y,
        )
    });
    let mut seen = Vec::new();
    let mut input = 0;
    let result = loop {
        input += 1;
        match co.resume(input) {
            Yielded(tag) => seen.push(format!("{tag} {:?}", trace.take())),
            Complete(r) => break r,
        }
    };
    assert_eq!(
        seen,
        [
            r#"call ["a"]"#,
            r#"binary ["b", "left"]"#,
            "unary []",
            r#"tuple ["t0"]"#,
            r#"a0 ["t2"]"#,
            r#"index ["a1"]"#,
            "cast []",
            r#"arg ["recv"]"#,
            r#"field ["x"]"#,
        ]
    );
    assert_eq!(result, (2, 7, -4, (1, 5, 3), [6, 0], 20, 8, 2, 11));
}

#[test]
#[allow(
    clippy::many_single_char_names,
    reason = "mirrors the conformance case"
)]
fn short_circuit_skips_the_yield_on_the_right() {
    let co = coro!(|r: i32| {
        let a = r > 100 && yield_!(1) > 0;
        let b = r < 100 || yield_!(2) > 0;
        let c = r > 100 || yield_!(3) > 0;
        let d = r < 100 && yield_!(4) > 0;
        if r > 0 && yield_!(5) == 0 {
            return (a, b, c, d, true);
        }
        (a, b, c, d, false)
    });
    assert_eq!(
        run(co, [5, 1, 0, 0]),
        [
            Yielded(3),
            Yielded(4),
            Yielded(5),
            Complete((false, true, true, false, true))
        ]
    );
}

#[test]
fn yield_in_conditions_and_return_of_a_yield() {
    let co = coro!(|x: u32| {
        let mut x = x;
        while yield_!(x) > 0 {
            x += 1;
        }
        if let Some(v) = Some(yield_!(100)) {
            x += v;
        }
        return yield_!(x);
    });
    assert_eq!(
        run(co, [1, 1, 1, 0, 5, 42]),
        [
            Yielded(1),
            Yielded(2),
            Yielded(3),
            Yielded(100),
            Yielded(8),
            Complete(42)
        ]
    );
}

#[derive(Debug, PartialEq)]
struct ParseError(String);

impl From<std::num::ParseIntError> for ParseError {
    fn from(e: std::num::ParseIntError) -> Self {
        ParseError(e.to_string())
    }
}

#[coro_core::coroutine(yield = i64, resume = &'static str)]
fn sum_numbers(#[resume] first: &'static str) -> Result<i64, ParseError> {
    let mut total: i64 = first.parse()?;
    loop {
        let next = yield_!(total);
        if next.is_empty() {
            return Ok(total);
        }
        total += next.parse::<i64>()?;
    }
}

#[coro_core::coroutine(yield = u8)]
fn first_some(items: Vec<Option<u8>>) -> Option<usize> {
    let mut count = 0;
    for item in items {
        yield_!(item?);
        count += 1;
    }
    Some(count)
}

#[test]
fn question_mark_completes_with_the_error() {
    assert_eq!(
        run(sum_numbers(), ["1", "2", ""]),
        [Yielded(1), Yielded(3), Complete(Ok(3))]
    );
    assert_eq!(
        run(sum_numbers(), ["1", "x"]),
        [
            Yielded(1),
            Complete(Err(ParseError("invalid digit found in string".into())))
        ]
    );
    assert_eq!(
        run(sum_numbers(), ["?"]),
        [Complete(Err(ParseError(
            "invalid digit found in string".into()
        )))]
    );
    assert_eq!(
        run(first_some(vec![Some(1), Some(2)]), [(); 3]),
        [Yielded(1), Yielded(2), Complete(Some(2))]
    );
    assert_eq!(
        run(first_some(vec![Some(1), None, Some(3)]), [(); 3]),
        [Yielded(1), Complete(None)]
    );
}

#[test]
fn unsafe_blocks_attributes_and_macros_without_yields() {
    let co = coro!(|| {
        let v = [1u8, 2, 3];
        // SAFETY: index 1 is in bounds of a 3-element array.
        let x = unsafe { *v.get_unchecked(1) };
        #[allow(unused_variables)]
        let unused = 5;
        let text = format!("{x}-{}", v.len());
        yield_!(text);
        assert_eq!(x, 2, "x is {}", x);
        if cfg!(any()) {
            yield_!(String::from("never"));
        }
        vec![x; 2]
    });
    let mut co = co;
    assert_eq!(co.resume(()), Yielded("2-3".to_string()));
    assert_eq!(co.resume(()), Complete(vec![2, 2]));
}

#[test]
fn nested_items_and_nested_coroutines_keep_their_own_yields() {
    #[coro_core::coroutine(yield = u8)]
    fn outer() -> u8 {
        fn helper(x: u8) -> u8 {
            x * 2
        }
        #[coro_core::coroutine(yield = u8)]
        fn inner() -> u8 {
            yield_!(10);
            20
        }
        let mut sub = coro!(|| {
            yield_!(30u8);
        });
        yield_!(helper(1));
        let r = yield_from!(inner());
        if let Yielded(v) = sub.resume(()) {
            yield_!(v);
        }
        r + 1
    }
    assert_eq!(
        run(outer(), [(); 5]),
        [Yielded(2), Yielded(10), Yielded(30), Complete(21)]
    );
}

#[derive(Clone)]
struct Tree {
    value: u32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

#[allow(clippy::unnecessary_wraps, reason = "a subtree is an `Option`")]
fn leaf(value: u32) -> Option<Box<Tree>> {
    Some(Box::new(Tree {
        value,
        left: None,
        right: None,
    }))
}

#[coro_core::coroutine(yield = u32)]
fn in_order(tree: Option<Box<Tree>>) {
    if let Some(node) = tree {
        // Destructure first: a value partly moved before a yield cannot be saved whole.
        let Tree { value, left, right } = *node;
        let left: Box<dyn Coroutine<Yield = u32, Return = ()>> = Box::new(in_order(left));
        yield_from!(left);
        yield_!(value);
        let right: Box<dyn Coroutine<Yield = u32, Return = ()>> = Box::new(in_order(right));
        yield_from!(right);
    }
}

#[test]
fn recursion_through_boxed_coroutines() {
    let tree = Some(Box::new(Tree {
        value: 4,
        left: Some(Box::new(Tree {
            value: 2,
            left: leaf(1),
            right: leaf(3),
        })),
        right: leaf(5),
    }));
    assert_eq!(yields(in_order(tree)), [1, 2, 3, 4, 5]);
}

struct Counter {
    step: u32,
    log: Vec<u32>,
}

impl Counter {
    #[coro_core::coroutine(yield = u32)]
    fn by_ref(&self, n: u32) -> u32 {
        for i in 0..n {
            yield_!(i * self.step);
        }
        self.step
    }

    #[coro_core::coroutine(yield = usize)]
    fn by_mut(&mut self, n: u32) {
        for i in 0..n {
            self.log.push(i);
            yield_!(self.log.len());
        }
    }

    #[coro_core::coroutine(yield = u32)]
    fn by_value(self) -> Vec<u32> {
        yield_!(self.step);
        self.log
    }
}

#[test]
fn methods_taking_self_by_ref_mut_and_value() {
    let mut c = Counter {
        step: 3,
        log: vec![],
    };
    assert_eq!(
        run(c.by_ref(3), [(); 4]),
        [Yielded(0), Yielded(3), Yielded(6), Complete(3)]
    );
    assert_eq!(yields(c.by_mut(2)), [1, 2]);
    assert_eq!(c.log, [0, 1]);
    assert_eq!(
        run(c.by_value(), [(); 2]),
        [Yielded(3), Complete(vec![0, 1])]
    );
}

#[coro_core::coroutine(yield = T)]
fn repeat_each<T>(items: Vec<T>, times: usize) -> usize
where
    T: Clone,
{
    let mut n = 0;
    for it in items {
        for _ in 0..times {
            yield_!(it.clone());
            n += 1;
        }
    }
    n
}

#[coro_core::coroutine(yield = &'a str)]
fn words<'a>(text: &'a str, skip: impl Fn(&str) -> bool) -> usize {
    let mut n = 0;
    for w in text.split_whitespace() {
        if skip(w) {
            continue;
        }
        yield_!(w);
        n += 1;
    }
    n
}

#[test]
fn generics_where_clauses_lifetimes_and_impl_trait_arguments() {
    assert_eq!(
        run(repeat_each(vec!["a", "b"], 2), [(); 5]),
        [
            Yielded("a"),
            Yielded("a"),
            Yielded("b"),
            Yielded("b"),
            Complete(4)
        ]
    );
    assert_eq!(
        yields_and_return(repeat_each(vec![7u64], 3)),
        (vec![7, 7, 7], 3)
    );
    let text = String::from("alpha beta  gamma");
    let (ws, n) = yields_and_return(words(&text, |w| w.starts_with('b')));
    assert_eq!(ws, ["alpha", "gamma"]);
    assert_eq!(n, 2);
}

#[coro_core::coroutine(yield = u32)]
fn square_or_zero(v: Option<u32>) -> u32 {
    let x = match v {
        Some(x) => x,
        None => {
            yield_!(0);
            return 0;
        }
    };
    x.pow(2)
}

#[test]
fn an_arm_that_suspends_then_returns_leaves_the_binding_typed() {
    assert_eq!(run(square_or_zero(Some(3)), [()]), [Complete(9)]);
    assert_eq!(
        run(square_or_zero(None), [(), ()]),
        [Yielded(0), Complete(0)]
    );
}

#[coro_core::coroutine(yield = u32, resume = u32)]
fn echo_once() -> u32 {
    yield_!(1)
}

#[coro_core::coroutine(yield = u32, resume = u32)]
fn delegate_with_first() -> u32 {
    let got = yield_from!(echo_once(), 0);
    got + 1
}

#[test]
fn yield_from_with_a_first_resume_value() {
    assert_eq!(
        run(delegate_with_first(), [7, 4]),
        [Yielded(1), Complete(5)]
    );
}

/// A local declared with a type and assigned after a suspension point before it is read:
/// the entry that declares it anew keeps the type (`0x11 << 4` is `0x10` in a `u8`, `0x110`
/// in the `i32` that the literal alone would give).
#[coro_core::coroutine(yield = u32)]
fn typed_after_the_point_in_place() -> u32 {
    let mut x: u8 = 1;
    let mut total = u32::from(x);
    while total < 40 {
        yield_!(total);
        x = 0x11;
        total += u32::from(x << 4) + 1;
    }
    total
}

/// The same with two suspension points in the loop (no in-place entry: each entry declares
/// the local anew in the loop's copy).
#[coro_core::coroutine(yield = u32)]
fn typed_after_the_point_two_entries() -> u32 {
    let mut x: u8 = 1;
    let mut total = u32::from(x);
    while total < 40 {
        yield_!(total);
        x = 0x11;
        yield_!(0);
        total += u32::from(x << 4) + 1;
    }
    total
}

#[test]
fn a_local_declared_anew_keeps_its_written_type() {
    fn plain() -> Vec<u32> {
        let mut x: u8 = 1;
        let mut total = u32::from(x);
        let mut seen = Vec::new();
        while total < 40 {
            seen.push(total);
            x = 0x11;
            total += u32::from(x << 4) + 1;
        }
        seen.push(total);
        seen
    }
    let expected = plain();
    assert_eq!(expected, [1, 18, 35, 52]);
    let in_place: Vec<u32> = run(typed_after_the_point_in_place(), [(); 10])
        .into_iter()
        .map(|state| match state {
            Yielded(v) | Complete(v) => v,
        })
        .collect();
    assert_eq!(in_place, expected);
    let two_entries: Vec<u32> = run(typed_after_the_point_two_entries(), [(); 10])
        .into_iter()
        .map(|state| match state {
            Yielded(v) | Complete(v) => v,
        })
        .filter(|&v| v != 0)
        .collect();
    assert_eq!(two_entries, expected);
}
