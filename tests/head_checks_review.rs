//! Valid coroutines near the compile-time checks of `for`, `match` and `if let` heads
//! (`coro_core::BorrowedByForHead`, `GuardedByHead`) and of `clone` coroutines
//! (`KeptByCloneCoroutine`): each compiles and runs as the same body written as a plain
//! function whose yields push to a `Vec`.
// The heads are written with `.iter()` on purpose: that is the shape the checks look at.
// A `match` with one binding arm is a head the checks look at as well.
#![allow(clippy::explicit_iter_loop, clippy::match_single_binding)]

use std::cell::RefCell;
use std::rc::Rc;

use coro_core::{Coroutine, CoroutineState, coro};

/// The values `co` yields until it completes, with its return value.
fn run<Y, T>(mut co: impl Coroutine<Yield = Y, Return = T>) -> (Vec<Y>, T) {
    let mut out = Vec::new();
    loop {
        match co.resume(()) {
            CoroutineState::Yielded(y) => out.push(y),
            CoroutineState::Complete(t) => return (out, t),
        }
    }
}

/// The values `co` yields until it completes.
fn yields<Y>(co: impl Coroutine<Yield = Y, Return = ()>) -> Vec<Y> {
    run(co).0
}

static TABLE: [u32; 3] = [1, 2, 3];

fn table() -> &'static [u32] {
    &TABLE
}

fn make() -> Vec<u32> {
    vec![4, 5]
}

fn arr() -> [u32; 2] {
    [6, 7]
}

fn pick(v: &[u32]) -> &[u32] {
    v
}

struct Holder {
    v: Vec<u32>,
}

impl Holder {
    fn items(&self) -> &Vec<u32> {
        &self.v
    }
}

fn registry() -> &'static Holder {
    static HOLDER: std::sync::OnceLock<Holder> = std::sync::OnceLock::new();
    HOLDER.get_or_init(|| Holder { v: vec![40, 41] })
}

/// Heads whose temporary is a reference: `&'static` data, a `&self` method's result, a
/// parameter's borrow; heads of bodies that do not suspend; an array literal (promoted).
#[coro_core::coroutine(yield = u32)]
fn reference_heads<'a>(h: &'a Holder, v: &'a [u32]) {
    for x in h.items().iter() {
        yield_!(*x);
    }
    for x in registry().items().iter() {
        yield_!(*x);
    }
    for x in pick(v).iter() {
        yield_!(*x);
    }
    for (i, x) in table().iter().enumerate() {
        yield_!(*x + 100 * u32::try_from(i).unwrap_or(0));
    }
    let mut sum = 0;
    for x in make().iter() {
        sum += *x;
    }
    for x in arr().iter() {
        sum += *x;
    }
    for b in 3u16.to_le_bytes().iter() {
        sum += u32::from(*b);
    }
    yield_!(sum);
    for x in [8u32, 9].iter() {
        yield_!(*x);
    }
}

fn reference_heads_plain(h: &Holder, v: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    for x in h.items().iter() {
        out.push(*x);
    }
    for x in registry().items().iter() {
        out.push(*x);
    }
    for x in pick(v).iter() {
        out.push(*x);
    }
    for (i, x) in table().iter().enumerate() {
        out.push(*x + 100 * u32::try_from(i).unwrap_or(0));
    }
    let mut sum = 0;
    for x in make().iter() {
        sum += *x;
    }
    for x in arr().iter() {
        sum += *x;
    }
    for b in 3u16.to_le_bytes().iter() {
        sum += u32::from(*b);
    }
    out.push(sum);
    for x in [8u32, 9].iter() {
        out.push(*x);
    }
    out
}

#[test]
fn heads_whose_temporary_is_a_reference_or_whose_body_does_not_suspend() {
    let h = Holder { v: vec![10, 11] };
    let v = [20, 21];
    let got = yields(reference_heads(&h, &v));
    assert_eq!(got, reference_heads_plain(&h, &v));
    assert_eq!(got, [10, 11, 40, 41, 20, 21, 1, 102, 203, 25, 8, 9]);
}

/// Nested and labelled loops over `&'static` heads; the inner loop is the only one that
/// suspends, so it resumes in place.
#[coro_core::coroutine(yield = u32)]
fn nested() -> u32 {
    let mut skipped = 0;
    'outer: for x in table().iter() {
        for y in table().iter().rev() {
            if *y == 2 {
                skipped += 1;
                continue 'outer;
            }
            yield_!(*x * 10 + *y);
        }
    }
    for x in table().iter() {
        for y in make().iter() {
            skipped += *y;
        }
        yield_!(*x);
    }
    skipped
}

fn nested_plain() -> (Vec<u32>, u32) {
    let mut out = Vec::new();
    let mut skipped = 0;
    'outer: for x in table().iter() {
        for y in table().iter().rev() {
            if *y == 2 {
                skipped += 1;
                continue 'outer;
            }
            out.push(*x * 10 + *y);
        }
    }
    for x in table().iter() {
        for y in make().iter() {
            skipped += *y;
        }
        out.push(*x);
    }
    (out, skipped)
}

#[test]
fn nested_and_labelled_loops_over_reference_heads() {
    let got = run(nested());
    assert_eq!(got, nested_plain());
    assert_eq!(got, (vec![13, 23, 33, 1, 2, 3], 30));
}

/// `borrow()` on a `&RefCell` parameter and on an `Rc<RefCell<_>>` local in `if let`,
/// `match` and `while let` heads (not temporaries of the head): only the guards of data
/// outside the coroutine are held across its suspension points.
#[coro_core::coroutine(yield = u32)]
fn guards<'a>(cell: &'a RefCell<Vec<u32>>) {
    if let Some(x) = cell.borrow().first() {
        yield_!(*x);
    }
    match cell.borrow().len() {
        n => yield_!(u32::try_from(n).unwrap_or(0)),
    }
    let rc = Rc::new(RefCell::new(vec![3u32, 4]));
    let first = rc.borrow().first().copied();
    if let Some(x) = first {
        yield_!(x);
    }
    let mut i = 0;
    while let Some(x) = table().get(i) {
        i += 1;
        yield_!(*x);
    }
    while let Some(x) = cell.borrow_mut().pop() {
        yield_!(x);
    }
}

fn guards_plain(cell: &RefCell<Vec<u32>>) -> Vec<u32> {
    let mut out = Vec::new();
    if let Some(x) = cell.borrow().first() {
        out.push(*x);
    }
    match cell.borrow().len() {
        n => out.push(u32::try_from(n).unwrap_or(0)),
    }
    let rc = Rc::new(RefCell::new(vec![3u32, 4]));
    let first = rc.borrow().first().copied();
    if let Some(x) = first {
        out.push(x);
    }
    let mut i = 0;
    while let Some(x) = table().get(i) {
        i += 1;
        out.push(*x);
    }
    while let Some(x) = cell.borrow_mut().pop() {
        out.push(x);
    }
    out
}

#[test]
fn guards_of_a_parameter_and_of_a_local_in_heads() {
    let cell = RefCell::new(vec![7, 8]);
    let got = yields(guards(&cell));
    assert_eq!(got, guards_plain(&RefCell::new(vec![7, 8])));
    assert_eq!(got, [7, 2, 3, 1, 2, 3, 8, 7]);
    assert!(cell.borrow().is_empty());
}

/// A parameter's guard bound to a local is held while the coroutine is suspended, as in a
/// plain function; one taken in the `if let` head itself names a variable, so it is dropped
/// before the suspension point (README, "Temporaries").
#[coro_core::coroutine(yield = u32)]
fn held_guard<'a>(cell: &'a RefCell<Vec<u32>>) {
    let guard = cell.borrow();
    if let Some(x) = guard.first() {
        yield_!(*x);
    }
    drop(guard);
    yield_!(0);
}

#[test]
fn a_parameter_guard_is_held_while_suspended_when_bound() {
    let cell = RefCell::new(vec![7, 8]);
    let mut co = held_guard(&cell);
    assert_eq!(co.resume(()), CoroutineState::Yielded(7));
    assert!(cell.try_borrow_mut().is_err());
    assert_eq!(co.resume(()), CoroutineState::Yielded(0));
    assert!(cell.try_borrow_mut().is_ok());
    let mut co = guards(&cell);
    assert_eq!(co.resume(()), CoroutineState::Yielded(7));
    assert!(cell.try_borrow_mut().is_ok());
}

fn copy_of<T: Clone>(t: &T) -> T {
    t.clone()
}

/// Generic heads: a `T: IntoIterator` value made by a call, by value.
#[coro_core::coroutine(yield = u32)]
fn generic<T: IntoIterator<Item = u32> + Clone>(t: T) {
    for x in copy_of(&t) {
        yield_!(x);
    }
    for x in t.clone().into_iter().skip(1) {
        yield_!(x);
    }
}

#[test]
fn generic_heads() {
    assert_eq!(yields(generic(vec![1, 2])), [1, 2, 2]);
}

/// A `coro!` made in a `for` body over a temporary whose body does not suspend: its yields
/// are its own, not the loop's.
#[coro_core::coroutine(yield = u32)]
fn nested_coro() {
    let mut all = Vec::new();
    for x in make().iter() {
        let v = *x;
        all.push(coro!(move || {
            yield_!(v);
        }));
    }
    for c in all {
        for x in yields(c) {
            yield_!(x);
        }
    }
}

#[test]
fn a_coro_in_a_for_body_over_a_temporary() {
    assert_eq!(yields(nested_coro()), [4, 5]);
}

#[coro_core::coroutine(yield = T, clone)]
fn repeat<T: Clone>(x: T, n: usize) {
    for _ in 0..n {
        yield_!(x.clone());
    }
}

#[coro_core::coroutine(yield = char, clone)]
fn chars<'a>(s: &'a str) {
    for c in s.chars() {
        yield_!(c);
    }
}

fn evens() -> impl Iterator<Item = u32> + Clone {
    (0..6).filter(|x| x % 2 == 0)
}

/// Kept values of a `clone` coroutine: an `Rc`, an `impl Iterator + Clone`, a drop-flag
/// slot, head and statement temporaries, a `for` iterator.
#[coro_core::coroutine(yield = u32, clone)]
fn kept(give: bool) -> usize {
    let rc = Rc::new(vec![1u32]);
    let it = evens();
    let flagged = String::from("flag");
    if give {
        drop(flagged);
    }
    for x in it {
        yield_!(x + rc[0]);
    }
    match String::from("ab").len() {
        n => yield_!(u32::try_from(n).unwrap_or(0)),
    }
    yield_!(u32::try_from(String::from("abc").len()).unwrap_or(0));
    rc.len()
}

/// The coroutine run to its end after `before` resumes, and a clone of it taken there.
fn fork<C>(mut co: C, before: usize) -> [(Vec<C::Yield>, C::Return); 2]
where
    C: Coroutine + Clone,
{
    for _ in 0..before {
        let _ = co.resume(());
    }
    let fork = co.clone();
    [run(co), run(fork)]
}

#[test]
fn clone_coroutines_with_generic_reference_and_slot_values() {
    let [a, b] = fork(repeat(String::from("s"), 3), 1);
    assert_eq!(a, b);
    assert_eq!(a.0, ["s", "s"]);
    let text = String::from("xyz");
    let [a, b] = fork(chars(&text), 1);
    assert_eq!(a, b);
    assert_eq!(a.0, ['y', 'z']);
    for give in [false, true] {
        let [a, b] = fork(kept(give), 2);
        assert_eq!(a, b);
        assert_eq!(a, (vec![5, 2, 3], 1));
    }
}

#[test]
fn clone_coro_capturing_a_reference() {
    let data = vec![1u32, 2, 3];
    let r = &data;
    let co = coro!(clone; move || {
        for x in r.iter() {
            yield_!(*x);
        }
    });
    let [a, b] = fork(co, 1);
    assert_eq!(a, b);
    assert_eq!(a.0, [2, 3]);
}

macro_rules! generator {
    ($name:ident, $($body:tt)*) => {
        #[coro_core::coroutine(yield = u32, clone)]
        fn $name() {
            $($body)*
        }
    };
}

generator!(
    from_a_macro,
    for x in table().iter() {
        let y = *x;
        if let Some(z) = table().first() {
            yield_!(y + *z);
        }
    }
);

#[test]
fn a_body_from_macro_rules() {
    let [a, b] = fork(from_a_macro(), 1);
    assert_eq!(a, b);
    assert_eq!(a.0, [3, 4]);
}

fn leaked() -> &'static mut Vec<u32> {
    Box::leak(Box::new(vec![1, 2]))
}

/// A head temporary that is a `&mut` reference, iterated by value (the fix the check of
/// `leaked().iter_mut()` gives): the reference moves into the iterator.
#[coro_core::coroutine(yield = u32)]
fn bump() {
    for x in leaked() {
        *x += 1;
        yield_!(*x);
    }
}

fn bump_plain() -> Vec<u32> {
    let mut out = Vec::new();
    for x in leaked() {
        *x += 1;
        out.push(*x);
    }
    out
}

#[test]
fn a_mutable_reference_head_iterated_by_value() {
    let got = yields(bump());
    assert_eq!(got, bump_plain());
    assert_eq!(got, [2, 3]);
}

/// A guard of a parameter in a `for` head whose chain ends the borrow (`collect`, `clone`):
/// the guard is dropped at the end of the head, as natively, and the loop suspends.
#[coro_core::coroutine(yield = u32)]
fn owned_from_a_guard<'a>(cell: &'a RefCell<Vec<u32>>) {
    for x in cell.borrow().iter().copied().collect::<Vec<_>>() {
        yield_!(x);
    }
    for x in cell.borrow().clone() {
        yield_!(x * 10);
    }
}

#[test]
fn a_guard_in_a_for_head_whose_chain_ends_the_borrow() {
    let cell = RefCell::new(vec![1, 2]);
    let mut co = owned_from_a_guard(&cell);
    assert_eq!(co.resume(()), CoroutineState::Yielded(1));
    assert!(cell.try_borrow_mut().is_ok());
    assert_eq!(run(co), (vec![2, 10, 20], ()));
}
