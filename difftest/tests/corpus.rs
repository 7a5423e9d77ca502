//! Golden corpus: 300 generated programs (seed 1) with the traces the compiler's
//! native coroutines produced (nightly), replayed against coro on stable.
//! Regenerate with `difftest/run.sh --seed 1 --count N --write-corpus difftest/tests/corpus.rs`;
//! do not edit by hand.

#![allow(warnings, clippy::all, clippy::pedantic)]

#[rustfmt::skip]
pub mod h {
include!("../support/common.rs");
include!("../support/drive_coro.rs");
}

#[rustfmt::skip]
mod p000 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(r.clone());
            r = r.clone();
            'l1: for w in [yield_!(r), [format!("{}-{}", (String::from("x")), 5), String::from("ab")].concat()] {
                let (mut f, e) = (T("v2"), 2);
                let (mut f, d) = (T("v3"), (yield_!(w).len() as i64));
                if T::id(&f) >= 1 {
                    break 'l1;
                }
            }
            r = format!("{}-{}", (i2s(T::id(&cap))), 4);
             {
                if let Some(n) = opt(&(i2s(t("t4", (r.len() as i64))))) {
                     {
                        yield_!((if (n >= 4 && n <= 0) { (if n > 3 { r.clone() } else { String::from("") }) } else { (if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("") }) }));
                        let mut b = String::from("hello");
                    }
                    'l5: for w in [format!("{}-{}", r, Acc::new(n).add(T::id(&cap)).add(0).get()), yield_!((if r.len() % 2 == 0 { r } else { r.clone() }))] {
                        let [b, _, _] = [n, f3((w.len() as i64), yield_!(w.clone()), (w.len() as i64)), t("t6", (w.len() as i64))];
                        yield_!((if n <= 0 { w.clone() } else { String::from("ab") }));
                        let c: T = T("v7");
                        let mut c = i2s(Acc::new((w.len() as i64)).add((c.id() + n)).add((if n <= 5 { b } else { c.id() })).get());
                    }
                }
            }
            'l8: for w in 0..cap3(cap.take()) {
                let mut fuel9 = 0;
                let d = 'l9: loop {
                    fuel9 += 1;
                    if fuel9 > 1 {
                        break 'l9 Acc::new(f3(w, String::from(""), 5)).add((if w < 1 { w } else { w })).add((P { a: 4, b: String::from("xyz") }).sum()).get();
                    }
                };
            }
            Ok(res(&(String::from("")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p001 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((((r.clone()).len() % 2 == 0 || T::id(&cap) != 5) || r.len() % 2 == 0) || !((r.len() as i64) > 2)) {
                return Ok(Acc::new(Acc::new((r.len() as i64)).add((r.len() as i64)).add(cap.id()).get()).add(T::id(&cap)).add((P { a: (r.len() as i64), b: String::from("xyz") }).sum()).get());
            }
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && !((1 > 5 && r.len() % 2 == 0)) {
                fuel1 += 1;
                if (r.is_empty() || r.is_empty()) {
                    panic!("p2");
                }
                drop(T("v3"));
                'l4: for w in [yield_!(i2s(3)), (if T::id(&cap) <= 0 { format!("{}-{}", r, (r.len() as i64)) } else { [String::from("ab"), String::from("")].concat() })] {
                    let e = [t("t5", t("t6", w)), format!("{}-{}", r, (P { a: cap.id(), b: String::from("") }).sum())].concat();
                    yield_!(format!("{}-{}", e, keep(T("v8"), 7).take()));
                    if res(&(String::from("hello")))? != 2 {
                        return Ok(t("t9", (1 + 2)));
                    }
                    let mut f = T("v10");
                }
                let e: String = [t("t11", [String::from("x"), r.clone()].concat()), format!("{}-{}", (r.clone()), f3((r.len() as i64), r.clone(), (r.len() as i64)))].concat();
            }
            Ok(res(&r)?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p002 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = r.clone();
            consume(T("v1"));
            let P { a: e, b: f } = P { a: f3((P { a: Acc::new(3).add(cap.id()).add(1).get(), b: c }).sum(), r.clone(), T("k2").id()), b: (if r.len() % 2 == 0 { [t("t3", String::from("hello")), yield_!(r)].concat() } else { String::from("") }) };
            let mut fuel4 = 0;
            'l4: while fuel4 < 3 && ((f.clone()).len() % 2 == 0 && 4 <= 4) {
                fuel4 += 1;
                let mut b: T = T("v5");
                let mut fuel6 = 0;
                let f = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 1 {
                        break 'l6 3;
                    }
                    let mut a = T("v7");
                    let f = f.clone();
                    r = format!("{}-{}", f, e);
                };
                let f = 3;
            }
            let mut fuel8 = 0;
            'l8: while fuel8 < 2 && t("t9", e) == 1 {
                fuel8 += 1;
                let [a, _, _] = [(if f.is_empty() { (if e < 3 { (P { a: e, b: String::from("") }).sum() } else { t("t10", e) }) } else { 0 }), e, T::id(&cap)];
                'l11: for w in [yield_!(f.clone()), i2s((T::id(&cap) + T::id(&cap)))] {
                    let mut f = yield_!((if w.is_empty() { String::from("x") } else { format!("{}-{}", (w), e) }));
                    yield_!(t("t12", f.clone()));
                }
            }
            Some(e)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p003 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut a = String::from("four");
            let mut b = T("v1");
            a = a;
            let mut fuel2 = Vec::from([(match Acc::new(2).add(5).add((r.len() as i64)).get() { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => opt(&r)? }), T("k3").id()]);
            'l2: while let Some(w) = fuel2.pop() {
                let mut fuel4 = Vec::from([T("k5").id(), T::id(&b)]);
                'l4: while let Some(w) = fuel4.pop() {
                    yield_!((if (a.clone()).is_empty() { i2s(b.id()) } else { (if 5 != 1 { r.clone() } else { r.clone() }) }));
                    let e: i64 = T::id(&b);
                }
                yield_!([r.clone(), String::from("four")].concat());
                if w == 5 {
                    return Some((yield_!(format!("{}-{}", r, cap.id())).len() as i64));
                }
                drop(keep(T("v6"), w));
            }
            let [e, _, _] = [(r.len() as i64), t("t7", (r.len() as i64)), (a.len() as i64)];
            let [e, _, _] = [5, (P { a: keep(T("v9"), 8).take(), b: t("t10", a.clone()) }).sum(), (P { a: 5, b: yield_!(i2s((a.len() as i64))) }).sum()];
             {
                'l12: for w in [a, yield_!(format!("{}-{}", (String::from("xyz")), T::id(&cap)))] {
                    let mut fuel13 = Vec::from([t("t14", (if 5 >= 1 { e } else { 3 })), f3((P { a: e, b: String::from("xyz") }).sum(), yield_!(w.clone()), (w.len() as i64))]);
                    'l13: while let Some(w) = fuel13.pop() {
                        yield_!((if (String::from("xyz")).len() % 2 == 0 { format!("{}-{}", (String::from("xyz")), b.id()) } else { i2s(w) }));
                        let c = T("v15");
                    }
                    drop(T("v16"));
                    if opt(&w)? != 4 {
                        panic!("p17");
                    }
                }
                let mut d = cap;
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p004 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([5, t("t2", 5)]);
            'l1: while let Some(w) = fuel1.pop() {
                let d: T = T("v3");
                let u4: i64;
                if Acc::new(w).add(Acc::new((r.len() as i64)).add(w).add(w).get()).add((match 3 { 0 => w, n if n > 1 => n + 1, _ => 0 })).get() != 0 {
                    u4 = keep(T("v6"), 5).take();
                } else {
                    u4 = (match (if r.len() % 2 == 0 { w } else { T::id(&d) }) { 0 => (w - cap.id()), n if n > 0 => n + 1, _ => T("k7").id() });
                }
                let Some(c) = opt(&(yield_!(String::from("x")))) else {
                    panic!("p8");
                };
            }
            r = t("t9", [i2s((r.len() as i64)), [r, String::from("four")].concat()].concat());
            let Some(e) = opt(&r) else {
                return (keep(T("v11"), 10).take() - (if T::id(&cap) > 1 { T::id(&cap) } else { 0 }));
            };
            yield_!(i2s((r.len() as i64)));
            consume(T("v12"));
            if r.is_empty() {
                yield_!([String::from("xyz"), (if (String::from("hello")).len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
            } else if (((r.clone()).len() % 2 == 0 && (r.clone()).len() % 2 == 0) || (r.len() % 2 == 0 && r.len() % 2 == 0)) {
                yield_!([i2s(T::id(&cap)), t("t13", r.clone())].concat());
                if let Some(n) = opt(&(String::from("ab"))) && n > 0 {
                    if (if ((String::from("xyz")).len() % 2 == 0 && (r.len() as i64) == 3) { keep(T("v15"), 14).take() } else { n }) != 2 {
                        return keep(T("v17"), 16).take();
                    }
                    let mut d = yield_!([(if (r.clone()).len() % 2 == 0 { String::from("four") } else { String::from("hello") }), i2s(n)].concat());
                    let mut d = r;
                }
                if let Some(n) = opt(&((if 2 == 0 { String::from("x") } else { String::from("xyz") }))) {
                    let e: String = i2s(Acc::new(cap.take()).add(Acc::new(2).add(e).add(e).get()).add((n - e)).get());
                    let mut d: i64 = 1;
                    yield_!([String::from("hello"), t("t18", String::from("x"))].concat());
                } else if !(!((String::from("four")).len() % 2 == 0)) {
                    r = yield_!(format!("{}-{}", (String::from("four")), (match T::id(&cap) { 0 => T::id(&cap), n if n > 0 => n + 1, _ => 3 })));
                    let e = keep(cap, ((yield_!(r).len() as i64) + (3 + e)));
                } else {
                    let [a, _, _] = [e, f3(cap.take(), yield_!(i2s(e)), (if (String::from("ab")).len() % 2 == 0 { (match e { 0 => e, n if n > 4 => n + 1, _ => 4 }) } else { (P { a: e, b: String::from("x") }).sum() })), (e - keep(keep(T("v20"), e), 19).take())];
                }
            } else if !((4 > 2 || r.len() % 2 == 0)) {
            }
            T("k21").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p005 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            if (keep(T("v3"), 2).take() >= 5 || ((r).len() % 2 == 0 || (String::from("hello")).is_empty())) {
                return Ok(t("t4", (2 + 4)));
            }
            if (i2s(cap.id())).len() % 2 == 0 {
                let [d, _, _] = [2, (yield_!(String::from("x")).len() as i64), res(&(t("t5", String::from(""))))?];
                let e = keep(T("v7"), 6).take();
                 {
                    r = (if Acc::new(e).add(e).add(e).get() != 2 { t("t8", format!("{}-{}", (String::from("xyz")), cap.id())) } else { (if (String::from("hello")).is_empty() { yield_!(String::from("xyz")) } else { [String::from("xyz"), String::from("four")].concat() }) });
                    let Some(b) = opt(&r) else {
                        return Err(i2s(t("t9", 3)));
                    };
                }
            } else if !((String::from("xyz")).is_empty()) {
            } else {
            }
            Err(t("t10", yield_!(String::from("hello"))))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p006 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            r = (if (String::from("four")).len() % 2 == 0 { yield_!(i2s(0)) } else { yield_!(format!("{}-{}", r, (r.len() as i64))) });
            let mut fuel1 = Vec::from([f3((5 * 2), t("t2", r.clone()), keep(T("v4"), 3).take()), (yield_!(r).len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                let mut fuel5 = 0;
                'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 2 {
                        break 'l5;
                    }
                    let [a, _, _] = [(match 4 { 0 => f3(t("t6", cap.id()), format!("{}-{}", (String::from("four")), 4), keep(T("v8"), 7).take()), n if n > 4 => n + 1, _ => w }), (match ((P { a: 2, b: String::from("") }).sum() + (match T::id(&cap) { 0 => 0, n if n > 5 => n + 1, _ => 1 })) { 0 => T::id(&cap), n if n > 1 => n + 1, _ => Acc::new((match cap.id() { 0 => w, n if n > 3 => n + 1, _ => 0 })).add(t("t9", cap.id())).add((if T::id(&cap) < 1 { w } else { w })).get() }), w];
                    let [f, _, _] = [w, T("k10").id(), T("k11").id()];
                    let mut d = (match 2 { 0 => Acc::new(a).add(Acc::new(a).add(w).add(4).get()).add(Acc::new(2).add(a).add(a).get()).get(), n if n > 1 => n + 1, _ => Acc::new(f).add(T("k12").id()).add(Acc::new(w).add(cap.id()).add(5).get()).get() });
                }
                if (((cap.id() >= 2 && w > 3) && !((String::from("xyz")).len() % 2 == 0)) || Acc::new(w).add(w).add(4).get() != 0) {
                    continue 'l1;
                }
                let mut fuel13 = 0;
                'l13: loop {
                    fuel13 += 1;
                    if fuel13 > 3 {
                        break 'l13;
                    }
                    let f = T("v14");
                    yield_!(i2s((P { a: 1, b: String::from("hello") }).sum()));
                }
                let mut fuel15 = Vec::from([4, (if (String::from("four")).len() % 2 == 0 { (match w { 0 => w, n if n > 4 => n + 1, _ => 1 }) } else { T("k16").id() })]);
                'l15: while let Some(w) = fuel15.pop() {
                    if (1 >= 3 && 4 == 2) {
                        break 'l15;
                    }
                    yield_!([i2s(w), String::from("four")].concat());
                }
            }
            if (i2s(cap.id())).is_empty() {
                panic!("p17");
            }
            let mut fuel18 = Vec::from([f3(T("k19").id(), yield_!(String::from("")), (if 5 != 4 { T::id(&cap) } else { 2 })), keep(T("v21"), 20).take()]);
            'l18: while let Some(w) = fuel18.pop() {
                consume(T("v22"));
                let f = (match (if ((String::from("x")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) { 3 } else { (yield_!(String::from("four")).len() as i64) }) { 0 => t("t23", keep(T("v25"), 24).take()), n if n > 1 => n + 1, _ => (if (String::from("ab")).is_empty() { t("t26", w) } else { (if w < 4 { 4 } else { T::id(&cap) }) }) });
                let mut fuel27 = 0;
                let d = 'l27: loop {
                    fuel27 += 1;
                    if fuel27 > 2 {
                        break 'l27 (P { a: (if (String::from("x")).len() % 2 == 0 { T::id(&cap) } else { w }), b: (if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") }) }).sum();
                    }
                    let mut c = yield_!(i2s(T("k28").id()));
                    drop(keep(T("v29"), (yield_!(format!("{}-{}", (c), T::id(&cap))).len() as i64)));
                    yield_!([t("t30", String::from("")), i2s(T::id(&cap))].concat());
                };
            }
            t("t31", (yield_!(String::from("four")).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p007 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [e, _, _] = [f3((r.len() as i64), [[String::from(""), r].concat(), String::from("")].concat(), cap.take()), (if (String::from("hello")).is_empty() { (if 0 == 5 { (if (String::from("")).len() % 2 == 0 { 3 } else { 2 }) } else { f3(3, String::from("ab"), 5) }) } else { Acc::new((match 3 { 0 => 1, n if n > 1 => n + 1, _ => 4 })).add(4).add(T("k1").id()).get() }), (match opt(&(String::from("x")))? { 0 => (if (4 > 5 || (String::from("ab")).len() % 2 == 0) { f3(0, String::from("hello"), 3) } else { t("t2", 2) }), n if n > 2 => n + 1, _ => ((if (String::from("ab")).len() % 2 == 0 { 1 } else { 0 }) + 1) })];
            let [d, _, _] = [keep(T("v4"), 3).take(), (if (!(2 >= 4) || !((String::from("hello")).len() % 2 == 0)) { e } else { e }), keep(T("v6"), 5).take()];
            r = [yield_!(t("t7", String::from("ab"))), yield_!(format!("{}-{}", (String::from("xyz")), d))].concat();
            let a = format!("{}-{}", r, opt(&r)?);
            if (!((d >= 0 || (r.clone()).len() % 2 == 0)) || (if (a.clone()).len() % 2 == 0 { d } else { 5 }) < 2) {
                if let Some(n) = opt(&(r)) && n > 4 {
                    let mut c = [(if ((a).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { yield_!(String::from("four")) } else { format!("{}-{}", (String::from("ab")), e) }), (if (e < 0 || (String::from("four")).len() % 2 == 0) { t("t8", String::from("xyz")) } else { (if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("hello") }) })].concat();
                    yield_!(t("t9", i2s((c.len() as i64))));
                } else {
                    consume(T("v10"));
                    r = format!("{}-{}", a, (if !((String::from("x")).len() % 2 == 0) { t("t11", (a.len() as i64)) } else { (d + d) }));
                    yield_!(t("t12", format!("{}-{}", a, (r.len() as i64))));
                }
                r = [t("t13", (if e == 1 { String::from("") } else { String::from("") })), yield_!(i2s(d))].concat();
            } else if ((r.len() % 2 == 0 && 2 >= 1) || !(a.len() % 2 == 0)) {
                let mut fuel14 = Vec::from([(match opt(&(a))? { 0 => T("k15").id(), n if n > 4 => n + 1, _ => (if r.len() % 2 == 0 { d } else { d }) }), T("k16").id()]);
                'l14: while let Some(w) = fuel14.pop() {
                    let f = yield_!(r.clone());
                    drop(T("v17"));
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p008 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            let c = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1 t("t2", ((r.len() as i64) * (r.len() as i64)));
                }
                let mut fuel3 = Vec::from([(yield_!(i2s((r.len() as i64))).len() as i64), (match cap.id() { 0 => t("t4", 3), n if n > 3 => n + 1, _ => 4 })]);
                'l3: while let Some(w) = fuel3.pop() {
                    let e = format!("{}-{}", (String::from("x")), w);
                    yield_!(format!("{}-{}", (e), t("t5", w)));
                }
                let b = keep(T("v6"), keep(keep(T("v8"), (r.len() as i64)), 7).take());
                match opt(&r) {
                    Some(n) if n < 1 => {
                        if keep(T("v10"), 9).take() >= 5 {
                            return T("k11").id();
                        }
                    }
                    Some(n) => {
                        if b.take() >= 1 {
                            return Acc::new((yield_!(r.clone()).len() as i64)).add(n).add(((r.len() as i64) * T::id(&cap))).get();
                        }
                    }
                    None => {
                        r = [String::from("x"), format!("{}-{}", r, T::id(&cap))].concat();
                    }
                }
            };
            let mut f = (if r.is_empty() { r.clone() } else { t("t12", (if c < 5 { String::from("four") } else { r.clone() })) });
            let mut fuel13 = 0;
            'l13: loop {
                fuel13 += 1;
                if fuel13 > 3 {
                    break 'l13;
                }
                let f = T("v14");
            }
            T("k15").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p009 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if r.is_empty() {
                return Err(String::from("x"));
            }
            match (P { a: res(&(String::from("hello")))?, b: format!("{}-{}", (r), res(&(String::from("x")))?) }).sum() {
                0 => {
                    'b1: {
                        'l2: for w in 0..cap3(3) {
                            drop(T("v3"));
                            r = i2s(keep(T("v5"), 4).take());
                            let mut d = yield_!([r.clone(), format!("{}-{}", (r.clone()), (r.len() as i64))].concat());
                            let [d, _, _] = [5, res(&r)?, (P { a: T("k6").id(), b: r.clone() }).sum()];
                        }
                        yield_!(t("t7", [String::from("x"), String::from("four")].concat()));
                        if ((0 < 2 && (String::from("ab")).len() % 2 == 0) || (String::from("")).len() % 2 == 0) {
                            break 'b1;
                        }
                    }
                    r = String::from("xyz");
                    let f = keep(T("v8"), (r.len() as i64));
                }
                n if n > 4 => {
                    let mut fuel9 = Vec::from([keep(cap, 10).take(), ((match n { 0 => n, n if n > 4 => n + 1, _ => n }) + (yield_!(String::from("four")).len() as i64))]);
                    'l9: while let Some(w) = fuel9.pop() {
                        let mut e: i64 = (yield_!([format!("{}-{}", (String::from("hello")), 5), i2s(n)].concat()).len() as i64);
                        let c = e;
                        let mut a: T = T("v11");
                        consume(T("v12"));
                    }
                    'l13: for w in 0..cap3((if n <= 0 { keep(T("v15"), 14).take() } else { (match n { 0 => n, n if n > 3 => n + 1, _ => 0 }) })) {
                    }
                }
                _ => {
                }
            }
            Ok(t("t16", 1))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p010 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            let a = Acc::new(0).add(f3(opt(&(String::from("xyz")))?, String::from(""), 0)).add(opt(&r)?).get();
            'l2: for w in [yield_!(String::from("four")), yield_!(t("t3", r.clone()))] {
                match (if !(r.len() % 2 == 0) { 2 } else { keep(T("v5"), 4).take() }) {
                    0 => {
                        let mut d: T = T("v6");
                    }
                    n if n > 4 => {
                        let mut b: String = w;
                        let [d, _, _] = [(r.len() as i64), cap.id(), 5];
                    }
                    _ => {
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p011 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (P { a: (if (String::from("x")).len() % 2 == 0 { (r.len() as i64) } else { 3 }), b: String::from("xyz") }).sum() > 0 {
                'l1: for w in 0..cap3((match f3(1, r.clone(), T::id(&cap)) { 0 => f3((r.len() as i64), r.clone(), 1), n if n > 0 => n + 1, _ => (cap.id() + (r.len() as i64)) })) {
                    consume(keep(keep(keep(T("v2"), 2), (P { a: w, b: String::from("x") }).sum()), (if !(r.len() % 2 == 0) { T::id(&cap) } else { T("k3").id() })));
                    let f = T("v4");
                    let P { a: c, b: f } = P { a: Acc::new(T("k5").id()).add((yield_!(String::from("")).len() as i64)).add((if (r.clone()).len() % 2 == 0 { (match w { 0 => w, n if n > 3 => n + 1, _ => w }) } else { cap.id() })).get(), b: t("t6", t("t7", [String::from(""), r.clone()].concat())) };
                    yield_!(format!("{}-{}", f, f3(cap.id(), String::from(""), T::id(&cap))));
                }
            } else {
                r = t("t8", r.clone());
                if let Some(n) = opt(&(i2s(0))) {
                    let d = format!("{}-{}", r, n);
                    let c = cap;
                    if (yield_!(String::from(""))).is_empty() {
                        panic!("p9");
                    }
                }
            }
            yield_!(i2s(f3((r.len() as i64), r.clone(), 0)));
            'l10: for w in [r, [yield_!(String::from("four")), i2s(4)].concat()] {
                 {
                    let u11: i64;
                    if (String::from("x")).is_empty() {
                        u11 = (if (2 >= 0 && (w.clone()).len() % 2 == 0) { ((w.len() as i64) * (w.len() as i64)) } else { (P { a: 2, b: w.clone() }).sum() });
                    } else {
                        u11 = (keep(T("v13"), 12).take() + (if w.len() % 2 == 0 { (w.len() as i64) } else { 1 }));
                    }
                }
                drop(T("v14"));
                yield_!(w);
                 {
                    if (i2s(4)).is_empty() {
                        return (if !((String::from("four")).len() % 2 == 0) { (yield_!(String::from("x")).len() as i64) } else { (if (String::from("hello")).len() % 2 == 0 { 5 } else { 5 }) });
                    }
                }
            }
            keep(T("v16"), 15).take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p012 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if (!(5 == 4) && r.len() % 2 == 0) {
                panic!("p1");
            }
            let mut fuel2 = 0;
            let e = 'l2: loop {
                fuel2 += 1;
                if fuel2 > 3 {
                    break 'l2 1;
                }
                'l3: for w in [r.clone(), String::from("four")] {
                    if Acc::new((match cap.id() { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => (w.len() as i64) })).add(Acc::new(5).add(1).add(T::id(&cap)).get()).add((yield_!(r.clone()).len() as i64)).get() > 1 {
                        break 'l3;
                    }
                    yield_!(String::from("xyz"));
                    r = yield_!((if (r.len() % 2 == 0 || w.len() % 2 == 0) { String::from("x") } else { (if (w).len() % 2 == 0 { r.clone() } else { String::from("x") }) }));
                }
                if (((1 != 3 || (String::from("hello")).len() % 2 == 0) || r.is_empty()) || keep(T("v5"), 4).take() != 2) {
                    return Ok(Acc::new((match 4 { 0 => T::id(&cap), n if n > 4 => n + 1, _ => 1 })).add(t("t6", 1)).add((cap.id() - 4)).get());
                }
                let u7: i64;
                if (!((T::id(&cap) < 2 && 3 < 3)) || (r.clone()).len() % 2 == 0) {
                    u7 = (P { a: (0 + (r.len() as i64)), b: String::from("") }).sum();
                } else {
                    u7 = Acc::new(5).add((r.len() as i64)).add((P { a: (r.len() as i64), b: String::from("four") }).sum()).get();
                }
            };
            r = r;
            if (!(r.is_empty()) && t("t8", 0) > 1) {
                panic!("p9");
            }
            let mut e = (P { a: keep(T("v11"), 10).take(), b: yield_!(i2s((r.len() as i64))) }).sum();
            if r.is_empty() {
                return Ok(f3((yield_!(r.clone()).len() as i64), (if (r.len() as i64) > 0 { String::from("x") } else { r.clone() }), (if cap.id() < 5 { (r.len() as i64) } else { (r.len() as i64) })));
            }
            let u12: i64;
            if r.len() % 2 == 0 {
                u12 = t("t13", t("t14", e));
            } else {
                u12 = (yield_!(i2s(3)).len() as i64);
            }
            if keep(T("v16"), 15).take() > 5 {
                panic!("p17");
            }
            let b = 'b18: {
                if ((r.len() % 2 == 0 && !(cap.id() == 3)) || (r.clone()).len() % 2 == 0) {
                    break 'b18 T("k19").id();
                }
                if (r).is_empty() {
                    break 'b18 u12;
                }
                (match f3(e, String::from("xyz"), e) { 0 => e, n if n > 5 => n + 1, _ => 1 })
            };
            let mut b = format!("{}-{}", (i2s(T::id(&cap))), res(&(String::from("four")))?);
            'l20: for w in 0..cap3(5) {
                let [a, _, _] = [res(&(format!("{}-{}", b, u12)))?, Acc::new((match (match (b.len() as i64) { 0 => 4, n if n > 1 => n + 1, _ => u12 }) { 0 => 0, n if n > 0 => n + 1, _ => (b.len() as i64) })).add(T("k21").id()).add((res(&(String::from("hello")))? + T("k22").id())).get(), res(&(i2s(0)))?];
                let d = (b.len() as i64);
            }
            Ok(Acc::new(u12).add(e).add(f3(4, b, u12)).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p013 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([Acc::new(cap.take()).add(T("k2").id()).add((if r.len() % 2 == 0 { (r.len() as i64) } else { 4 })).get(), (r.len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                drop(keep(T("v3"), 0));
                let mut c = 2;
                'l4: for w in 0..cap3(c) {
                    yield_!(r.clone());
                    yield_!(r.clone());
                    if r.len() % 2 == 0 {
                        return None;
                    }
                    consume(T("v5"));
                }
            }
            if (r.clone()).len() % 2 == 0 {
                panic!("p6");
            }
            match opt(&r) {
                Some(n) if n < 5 => {
                    let d: String = i2s(n);
                     {
                        if (d.len() as i64) >= 3 {
                            panic!("p7");
                        }
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Some(Acc::new(opt(&(String::from("ab")))?).add((if r.len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) })).add(Acc::new(5).add((r.len() as i64)).add((r.len() as i64)).get()).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p014 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in [r.clone(), r] {
                r = yield_!(String::from("ab"));
                yield_!(w);
            }
            let u2: i64;
            if (yield_!(String::from(""))).is_empty() {
                u2 = (P { a: T("k3").id(), b: (if cap.id() != 4 { String::from("x") } else { String::from("ab") }) }).sum();
            } else {
                u2 = keep(keep(T("v5"), 3), 4).take();
            }
            let mut fuel6 = 0;
            let a = 'l6: loop {
                fuel6 += 1;
                if fuel6 > 2 {
                    break 'l6 opt(&(String::from("xyz")))?;
                }
                let b = 'b7: {
                    r = format!("{}-{}", (format!("{}-{}", (String::from("four")), 1)), u2);
                    drop(T("v8"));
                    'l9: for w in 0..cap3(u2) {
                        yield_!(i2s(u2));
                        r = i2s(keep(T("v11"), 10).take());
                    }
                    if (cap.id() + u2) < 5 {
                        break 'b7 ((P { a: 0, b: String::from("xyz") }).sum() + f3(u2, r.clone(), (r.len() as i64)));
                    }
                    opt(&(r.clone()))?
                };
                let mut fuel12 = Vec::from([2, 1]);
                'l12: while let Some(w) = fuel12.pop() {
                    let mut e = i2s(2);
                    let mut f = T("v13");
                    e = i2s(w);
                }
                yield_!(format!("{}-{}", (String::from("x")), keep(T("v15"), 14).take()));
                if (!(u2 == 3) && (u2 <= 2 && (cap.id() < 0 && (String::from("xyz")).len() % 2 == 0))) {
                    yield_!([String::from("xyz"), String::from("x")].concat());
                }
            };
            Some((P { a: a, b: format!("{}-{}", (String::from("x")), u2) }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p015 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&(format!("{}-{}", r, cap.id()))) {
                 {
                    'l1: for w in 0..cap3((yield_!(String::from("xyz")).len() as i64)) {
                        let d = yield_!(r.clone());
                        let b = (if (d.clone()).is_empty() { d.clone() } else { [(if n != 0 { String::from("") } else { String::from("") }), (if w <= 2 { d } else { d })].concat() });
                        r = yield_!(String::from("x"));
                    }
                }
            }
            let e: T = keep(T("v2"), (if r.is_empty() { (yield_!(r).len() as i64) } else { T::id(&cap) }));
            let u3: i64;
            if (P { a: (T::id(&cap) * 4), b: yield_!(String::from("ab")) }).sum() <= 2 {
                u3 = cap.id();
            } else {
                u3 = T("k4").id();
            }
            let mut a = T("v5");
            a = keep(cap, a.id());
            'l6: for w in [yield_!(String::from("four")), yield_!(String::from(""))] {
                if (String::from("")).len() % 2 == 0 {
                    let mut c = String::from("ab");
                    let f = t("t7", i2s(u3));
                    consume(keep(T("v8"), f3(T("k9").id(), f, (1 - 3))));
                } else if (w).is_empty() {
                    a = keep(keep(T("v10"), (P { a: u3, b: String::from("ab") }).sum()), u3);
                    if (((String::from("")).len() % 2 == 0 || (u3 != 4 || (String::from("x")).len() % 2 == 0)) && ((u3 != 2 && u3 <= 3) || (String::from("hello")).len() % 2 == 0)) {
                        return None;
                    }
                } else if (((String::from("ab")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) || (String::from("ab")).len() % 2 == 0) {
                }
            }
            Some(u3)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p016 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let u1: i64;
            if (match 0 { 0 => cap.id(), n if n > 3 => n + 1, _ => res(&(String::from("xyz")))? }) <= 1 {
                u1 = 0;
            } else {
                u1 = (P { a: T::id(&cap), b: i2s(T::id(&cap)) }).sum();
            }
            let mut fuel2 = Vec::from([t("t3", (if cap.id() < 5 { u1 } else { u1 })), u1]);
            'l2: while let Some(w) = fuel2.pop() {
                let mut d = yield_!(String::from("ab"));
                let d: T = keep(T("v4"), (yield_!(i2s(u1)).len() as i64));
            }
            if let Some(n) = opt(&(r.clone())) && n > 4 {
                let a = 'b5: {
                    drop(T("v6"));
                    if (i2s(T::id(&cap))).is_empty() {
                        panic!("p7");
                    }
                    if (r.clone()).len() % 2 == 0 {
                        break 'b5 T("k8").id();
                    }
                    Acc::new(Acc::new(u1).add(u1).add(1).get()).add(T::id(&cap)).add(((r.len() as i64) * (r.len() as i64))).get()
                };
                let mut fuel9 = 0;
                'l9: while fuel9 < 1 && (r.clone()).len() % 2 == 0 {
                    fuel9 += 1;
                    let f = (r.len() as i64);
                    if Acc::new((r.len() as i64)).add(t("t10", u1)).add(f).get() != 1 {
                        panic!("p11");
                    }
                    let d = (if ((r.len() as i64) != 0 && !((String::from("")).len() % 2 == 0)) { [r.clone(), yield_!(String::from(""))].concat() } else { (if ((String::from("ab")).len() % 2 == 0 && 4 <= 4) { format!("{}-{}", r, (r.len() as i64)) } else { String::from("hello") }) });
                    let (mut d, c) = (T("v12"), keep(keep(keep(T("v14"), cap.id()), t("t15", 3)), 13).take());
                }
            }
            'l16: for w in [r, yield_!(t("t17", String::from("x")))] {
                match (f3(5, yield_!([w.clone(), w.clone()].concat()), f3((match 3 { 0 => u1, n if n > 4 => n + 1, _ => u1 }), format!("{}-{}", (w), u1), u1)), i2s(1)) {
                    (0, n) => {
                        if !(((n.len() % 2 == 0 || (n).len() % 2 == 0) || (u1 > 3 && 0 != 3))) {
                            panic!("p18");
                        }
                    }
                    (_, n) if n.len() > 5 => {
                        yield_!([(if n.len() % 2 == 0 { n } else { n.clone() }), t("t19", String::from("x"))].concat());
                        drop(keep(keep(T("v20"), T("k21").id()), Acc::new(4).add(f3(u1, String::from("xyz"), u1)).add(keep(T("v23"), 22).take()).get()));
                        if !(T("k24").id() != 0) {
                            break 'l16;
                        }
                    }
                    (_, n) => {
                    }
                }
            }
            Ok((keep(T("v26"), 25).take() - (u1 * u1)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p017 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if !(!((r.len() as i64) <= 0)) {
                return Ok((3 + (yield_!(r.clone()).len() as i64)));
            }
            drop(keep(T("v1"), f3(T::id(&cap), yield_!(String::from("ab")), f3(1, r.clone(), (r.len() as i64)))));
            let mut fuel2 = 0;
            'l2: while fuel2 < 1 && r.is_empty() {
                fuel2 += 1;
                let mut fuel3 = 0;
                'l3: while fuel3 < 1 && !(!(T::id(&cap) <= 5)) {
                    fuel3 += 1;
                    r = [yield_!(t("t4", String::from("four"))), format!("{}-{}", r, T::id(&cap))].concat();
                    yield_!(r.clone());
                }
                let mut d = T("v5");
            }
            'l6: for w in [String::from("four"), t("t7", r)] {
                let mut fuel8 = 0;
                let e = 'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 2 {
                        break 'l8 (P { a: cap.id(), b: (if w.len() % 2 == 0 { String::from("") } else { w.clone() }) }).sum();
                    }
                    yield_!([t("t9", w.clone()), format!("{}-{}", w, (w.len() as i64))].concat());
                    yield_!(t("t10", [String::from("four"), w.clone()].concat()));
                };
                let mut fuel11 = 0;
                'l11: while fuel11 < 1 && w.len() % 2 == 0 {
                    fuel11 += 1;
                    r = (if t("t12", cap.id()) >= 2 { (if cap.id() > 3 { t("t13", String::from("x")) } else { yield_!(w.clone()) }) } else { yield_!((if w.len() % 2 == 0 { w.clone() } else { String::from("x") })) });
                    let e = format!("{}-{}", ([String::from(""), w.clone()].concat()), t("t14", ((r.len() as i64) + (w.len() as i64))));
                }
                'l15: for w in 0..cap3((P { a: Acc::new((w.len() as i64)).add(0).add(T::id(&cap)).get(), b: yield_!(w) }).sum()) {
                    let mut b = yield_!(String::from("ab"));
                    let mut c = keep(T("v16"), f3((if b.len() % 2 == 0 { w } else { T::id(&cap) }), yield_!(b.clone()), t("t17", 4)));
                }
            }
            r = format!("{}-{}", (format!("{}-{}", (String::from("xyz")), cap.id())), 3);
            let P { a: d, b: b } = P { a: cap.id(), b: i2s(cap.take()) };
            Ok((2 + (b.len() as i64)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p018 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let [f, _, _] = [(r.len() as i64), ((r.len() as i64) - keep(cap, 1).take()), ((P { a: (match 0 { 0 => 1, n if n > 4 => n + 1, _ => (r.len() as i64) }), b: yield_!(r) }).sum() - (t("t2", 2) + keep(T("v4"), 3).take()))];
            'l5: for w in [yield_!(i2s(2)), t("t6", yield_!(String::from("ab")))] {
                let (mut b, e) = (T("v7"), keep(keep(keep(T("v9"), (w.len() as i64)), (if (String::from("")).len() % 2 == 0 { f } else { (w.len() as i64) })), 8).take());
                'b10: {
                     {
                        let a = keep(T("v12"), 11).take();
                        drop(T("v13"));
                        let d = w;
                    }
                    if (String::from("x")).len() % 2 == 0 {
                        break 'b10;
                    }
                }
            }
            Ok(f3(f3(f, String::from("x"), f), yield_!(String::from("")), f))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p019 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            match opt(&(r)) {
                Some(n) if n < 0 => {
                    if !((String::from("four")).is_empty()) {
                        panic!("p1");
                    }
                    if ((if 5 != 1 { String::from("hello") } else { String::from("four") })).len() % 2 == 0 {
                        panic!("p2");
                    }
                }
                Some(n) => {
                    let mut fuel3 = Vec::from([keep(keep(T("v5"), n), 4).take(), keep(T("v7"), 6).take()]);
                    'l3: while let Some(w) = fuel3.pop() {
                        r = yield_!(t("t8", [String::from("ab"), String::from("ab")].concat()));
                        let mut b = T("v9");
                    }
                    if (n >= 2 && 2 < 4) {
                        panic!("p10");
                    }
                }
                None => {
                    if (yield_!(String::from(""))).is_empty() {
                        panic!("p11");
                    }
                    consume(T("v12"));
                }
            }
            let mut e = (P { a: (match cap.id() { 0 => t("t13", 5), n if n > 1 => n + 1, _ => cap.take() }), b: String::from("four") }).sum();
            match opt(&(t("t14", format!("{}-{}", (String::from("")), e)))) {
                Some(n) if n < 1 => {
                     {
                        let e = T("v15");
                        let d = t("t16", e.take());
                    }
                }
                Some(n) => {
                    let a = 'b17: {
                        let u18: i64;
                        if ((n != 1 && (String::from("x")).len() % 2 == 0) && ((n >= 3 && (String::from("four")).len() % 2 == 0) || !(e == 3))) {
                            u18 = keep(keep(T("v20"), 5), 19).take();
                        } else {
                            u18 = (if (String::from("four")).is_empty() { keep(T("v22"), 21).take() } else { (match e { 0 => n, n if n > 4 => n + 1, _ => n }) });
                        }
                        match n {
                            0 => {
                            }
                            n if n > 2 => {
                            }
                            _ => {
                            }
                        }
                        if (((String::from("ab")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) || u18 != 1) {
                            break 'b17 Acc::new(u18).add(T("k23").id()).add((P { a: 0, b: String::from("xyz") }).sum()).get();
                        }
                        ((P { a: n, b: String::from("hello") }).sum() - 3)
                    };
                }
                None => {
                }
            }
            (T("k24").id() * (e * 0))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p020 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if (r.clone()).len() % 2 == 0 {
                u1 = (3 - f3(0, r, 2));
            } else {
                u1 = (if T::id(&cap) < 2 { (if r.len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) }) } else { cap.id() });
            }
            let mut fuel2 = Vec::from([(if (String::from("")).is_empty() { t("t3", 2) } else { opt(&(String::from("ab")))? }), T("k4").id()]);
            'l2: while let Some(w) = fuel2.pop() {
                let (mut b, f) = (T("v5"), opt(&((if 2 >= 2 { String::from("ab") } else { String::from("four") })))?);
                yield_!((if (w != 4 && (String::from("ab")).len() % 2 == 0) { [String::from("hello"), String::from("")].concat() } else { (if w >= 4 { String::from("") } else { String::from("x") }) }));
            }
            if let Some(n) = opt(&(format!("{}-{}", (String::from("four")), u1))) {
                let mut fuel6 = Vec::from([n, T("k7").id()]);
                'l6: while let Some(w) = fuel6.pop() {
                    r = format!("{}-{}", (String::from("hello")), (if (String::from("ab")).len() % 2 == 0 { w } else { 4 }));
                    let a = keep(keep(T("v8"), w), (match t("t9", n) { 0 => 0, n if n > 3 => n + 1, _ => (P { a: n, b: r.clone() }).sum() }));
                }
            }
            Some((if (u1 >= 1 || u1 == 5) { u1 } else { (u1 + 5) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p021 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            consume(T("v1"));
            match (yield_!(format!("{}-{}", r, opt(&r)?)).len() as i64) {
                0 => {
                     {
                        let mut fuel2 = Vec::from([Acc::new((if 5 <= 5 { (r.len() as i64) } else { T::id(&cap) })).add(opt(&(r))?).add(f3(4, String::from("x"), 0)).get(), keep(T("v4"), 3).take()]);
                        'l2: while let Some(w) = fuel2.pop() {
                            yield_!(i2s(t("t5", w)));
                            consume(T("v6"));
                            drop(T("v7"));
                        }
                    }
                }
                n if n > 0 => {
                }
                _ => {
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p022 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1;
                }
                let a = opt(&r)?;
                match opt(&(format!("{}-{}", r, 0))) {
                    Some(n) if n < 4 => {
                        let e: T = keep(T("v2"), T("k3").id());
                        if (r.len() % 2 == 0 || r.is_empty()) {
                            return Some(a);
                        }
                        r = r.clone();
                    }
                    Some(n) => {
                        consume(keep(T("v4"), t("t5", (yield_!(r.clone()).len() as i64))));
                        yield_!(format!("{}-{}", (r.clone()), Acc::new((r.len() as i64)).add(a).add(a).get()));
                        let e = (r.len() as i64);
                    }
                    None => {
                        yield_!(format!("{}-{}", (String::from("ab")), Acc::new(cap.id()).add(a).add((r.len() as i64)).get()));
                        let f = (yield_!(format!("{}-{}", (String::from("xyz")), a)).len() as i64);
                    }
                }
            }
            'l6: for w in 0..cap3(t("t7", (P { a: 0, b: r.clone() }).sum())) {
                let u8: i64;
                if ((if r.len() % 2 == 0 { String::from("ab") } else { String::from("x") })).is_empty() {
                    u8 = (r.len() as i64);
                } else {
                    u8 = f3(w, [String::from("x"), r.clone()].concat(), (match w { 0 => cap.id(), n if n > 1 => n + 1, _ => 5 }));
                }
                if let Some(n) = opt(&(String::from("hello"))) && n > 2 {
                    let mut b = keep(T("v10"), 9).take();
                    let mut c = T("v11");
                    if r.len() % 2 == 0 {
                        panic!("p12");
                    }
                } else {
                    r = t("t13", [String::from("x"), t("t14", r.clone())].concat());
                }
            }
            let c = T::id(&cap);
            let [d, _, _] = [t("t15", 3), opt(&(r))?, c];
            Some(keep(T("v17"), 16).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p023 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if !((yield_!(String::from("hello")).len() as i64) > 3) {
                panic!("p1");
            }
            if let Some(n) = opt(&r) && n > 3 {
                let Some(a) = opt(&r) else {
                    return (if !((r.len() as i64) >= 4) { 1 } else { (match n { 0 => n, n if n > 3 => n + 1, _ => T::id(&cap) }) });
                };
                let mut fuel2 = Vec::from([cap.take(), 0]);
                'l2: while let Some(w) = fuel2.pop() {
                    let mut c = T("v3");
                    let c = T("v4");
                }
            }
            yield_!(String::from(""));
            let mut fuel5 = 0;
            let a = 'l5: loop {
                fuel5 += 1;
                if fuel5 > 1 {
                    break 'l5 (if (r.len() as i64) != 1 { (P { a: 1, b: r.clone() }).sum() } else { keep(T("v7"), 6).take() });
                }
                if (!(r.is_empty()) || ((String::from("ab")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0)) {
                    let d: i64 = (match f3((5 * 0), format!("{}-{}", (r.clone()), 0), (r.len() as i64)) { 0 => T("k8").id(), n if n > 2 => n + 1, _ => keep(T("v10"), 9).take() });
                    let a = t("t11", [format!("{}-{}", (r.clone()), 4), format!("{}-{}", r, d)].concat());
                }
                let b = (P { a: (t("t12", (r.len() as i64)) * (if r.len() % 2 == 0 { 1 } else { (r.len() as i64) })), b: String::from("ab") }).sum();
                yield_!((if ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0) { String::from("xyz") } else { t("t13", r.clone()) }));
                let mut fuel14 = Vec::from([(0 * keep(T("v16"), 15).take()), (if ((r.len() as i64) != 1 || b == 5) { (P { a: (r.len() as i64), b: r.clone() }).sum() } else { (r.len() as i64) })]);
                'l14: while let Some(w) = fuel14.pop() {
                    yield_!(format!("{}-{}", (String::from("hello")), Acc::new(b).add(0).add(2).get()));
                    if (r.clone()).is_empty() {
                        return ((yield_!(r.clone()).len() as i64) * (P { a: (r.len() as i64), b: String::from("xyz") }).sum());
                    }
                    let mut f: T = T("v17");
                    drop(keep(f, (if (r.len() % 2 == 0 || r.len() % 2 == 0) { f3(w, r.clone(), b) } else { (yield_!(String::from("four")).len() as i64) })));
                }
            };
            'l18: for w in 0..cap3(a) {
                yield_!(String::from("xyz"));
            }
            f3((P { a: 2, b: r }).sum(), t("t19", String::from("")), keep(T("v21"), 20).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p024 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if (i2s((r.len() as i64))).is_empty() {
                u1 = (Acc::new((r.len() as i64)).add((r.len() as i64)).add((r.len() as i64)).get() + f3(cap.id(), r, cap.id()));
            } else {
                u1 = (if r.is_empty() { (P { a: T::id(&cap), b: String::from("") }).sum() } else { T::id(&cap) });
            }
            yield_!(String::from("ab"));
            consume(keep(T("v2"), (f3(cap.id(), String::from("four"), u1) + f3(u1, String::from("xyz"), T::id(&cap)))));
            let a = (P { a: T::id(&cap), b: yield_!((if 2 < 0 { String::from("x") } else { String::from("four") })) }).sum();
            let c = 'b3: {
                'l4: for w in [i2s(t("t5", a)), t("t6", String::from("hello"))] {
                    r = (if t("t7", a) > 5 { yield_!(w) } else { t("t8", w.clone()) });
                    let mut a: i64 = (P { a: u1, b: i2s((5 + (r.len() as i64))) }).sum();
                }
                if !(cap.id() != 4) {
                    break 'b3 3;
                }
                T("k9").id()
            };
            (yield_!(format!("{}-{}", (String::from("x")), a)).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p025 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && !((cap.id() <= 5 && (r.clone()).len() % 2 == 0)) {
                fuel1 += 1;
                let mut fuel2 = Vec::from([Acc::new((yield_!(r.clone()).len() as i64)).add(f3(5, r.clone(), 0)).add(4).get(), (yield_!([String::from(""), r.clone()].concat()).len() as i64)]);
                'l2: while let Some(w) = fuel2.pop() {
                    yield_!(r.clone());
                    if (((String::from("hello")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) || (!(5 >= 5) && (r.clone()).len() % 2 == 0)) {
                        break 'l2;
                    }
                    let mut f = keep(T("v3"), (match t("t4", 3) { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => t("t5", (r.len() as i64)) }));
                }
                let mut fuel6 = 0;
                'l6: while fuel6 < 2 && r.len() % 2 == 0 {
                    fuel6 += 1;
                }
            }
            t("t7", (P { a: T::id(&cap), b: String::from("") }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p026 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(f3((r.len() as i64), r, 2)) {
                let mut fuel2 = Vec::from([f3(Acc::new(w).add(w).add(cap.id()).get(), String::from("x"), T("k3").id()), (t("t4", cap.id()) * w)]);
                'l2: while let Some(w) = fuel2.pop() {
                    let d = yield_!(i2s(w));
                    let mut c = (d.len() as i64);
                    let d = t("t5", (P { a: (P { a: c, b: String::from("") }).sum(), b: d.clone() }).sum());
                }
                let mut fuel6 = 0;
                let a = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 3 {
                        break 'l6 T::id(&cap);
                    }
                    if !((String::from("four")).is_empty()) {
                        return T::id(&cap);
                    }
                    let f = T("v7");
                };
                let mut fuel8 = 0;
                'l8: while fuel8 < 2 && (String::from("x")).len() % 2 == 0 {
                    fuel8 += 1;
                    yield_!([String::from("hello"), String::from("four")].concat());
                    r = i2s((match T("k9").id() { 0 => t("t10", a), n if n > 4 => n + 1, _ => (match 3 { 0 => T::id(&cap), n if n > 3 => n + 1, _ => w }) }));
                    if (!((T::id(&cap) >= 4 && r.len() % 2 == 0)) || !((a <= 3 || (String::from("x")).len() % 2 == 0))) {
                        panic!("p11");
                    }
                    let P { a: a, b: e } = P { a: Acc::new(Acc::new(4).add((yield_!(r.clone()).len() as i64)).add((if (String::from("four")).len() % 2 == 0 { (r.len() as i64) } else { 5 })).get()).add(((2 * cap.id()) + (yield_!(r.clone()).len() as i64))).add((yield_!(String::from("")).len() as i64)).get(), b: String::from("four") };
                }
                consume(T("v12"));
            }
             {
                drop(T("v13"));
            }
            (if (String::from("x")).is_empty() { keep(T("v15"), 14).take() } else { T::id(&cap) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p027 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let P { a: f, b: d } = P { a: (cap.take() + f3((r.len() as i64), r.clone(), t("t1", (r.len() as i64)))), b: r.clone() };
            if let Some(n) = opt(&(d)) && n > 4 {
                let c = T("v2");
            }
            match opt(&(i2s((match f { 0 => f, n if n > 3 => n + 1, _ => f })))) {
                Some(n) if n < 0 => {
                    if (r.is_empty() && r.len() % 2 == 0) {
                        return Ok(T("k3").id());
                    }
                    if r.len() % 2 == 0 {
                        return Err((if ((r.len() as i64) == 3 && (String::from("ab")).len() % 2 == 0) { String::from("ab") } else { (if r.len() % 2 == 0 { r } else { r.clone() }) }));
                    }
                }
                Some(n) => {
                    let Some(c) = opt(&r) else {
                        return Ok(keep(keep(T("v5"), (r.len() as i64)), 4).take());
                    };
                }
                None => {
                }
            }
            yield_!(String::from("end"));
            Err(yield_!(i2s(f)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p028 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(t("t1", String::from("")));
             {
                if r.is_empty() {
                    'l2: for w in [yield_!(String::from("hello")), (if r.len() % 2 == 0 { (if (String::from("")).len() % 2 == 0 { String::from("xyz") } else { r }) } else { [r.clone(), r].concat() })] {
                        let f: String = w.clone();
                        drop(T("v3"));
                        if 1 >= 4 {
                            panic!("p4");
                        }
                    }
                    drop(T("v5"));
                    if !((String::from("x")).len() % 2 == 0) {
                    } else {
                        consume(T("v6"));
                        yield_!([i2s(cap.id()), String::from("ab")].concat());
                    }
                } else {
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 2 && r.len() % 2 == 0 {
                        fuel7 += 1;
                        let [f, _, _] = [Acc::new((yield_!(r.clone()).len() as i64)).add(Acc::new((r.len() as i64)).add(Acc::new((r.len() as i64)).add(T::id(&cap)).add(cap.id()).get()).add((r.len() as i64)).get()).add((Acc::new(T::id(&cap)).add(cap.id()).add((r.len() as i64)).get() + (P { a: 1, b: String::from("") }).sum())).get(), (match res(&r)? { 0 => Acc::new(1).add((r.len() as i64)).add(keep(T("v9"), 8).take()).get(), n if n > 4 => n + 1, _ => T("k10").id() }), Acc::new((match (r.len() as i64) { 0 => cap.id(), n if n > 2 => n + 1, _ => (r.len() as i64) })).add(f3((if 4 == 5 { (r.len() as i64) } else { cap.id() }), format!("{}-{}", (r.clone()), 1), (yield_!(String::from("four")).len() as i64))).add(res(&r)?).get()];
                        yield_!(r.clone());
                        let (mut f, b) = (keep(keep(T("v11"), f), ((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => f }) - (cap.id() * f))), ((P { a: (yield_!(String::from("hello")).len() as i64), b: t("t12", r.clone()) }).sum() + t("t13", (P { a: T::id(&cap), b: r.clone() }).sum())));
                    }
                    yield_!(i2s((r.len() as i64)));
                    match (Acc::new(Acc::new((P { a: cap.id(), b: r.clone() }).sum()).add((T::id(&cap) + (r.len() as i64))).add(keep(T("v15"), 14).take()).get()).add(3).add((r.len() as i64)).get(), yield_!(t("t16", (if r.len() % 2 == 0 { r } else { String::from("x") })))) {
                        (0, n) => {
                            let mut f = cap;
                            let mut e: T = f;
                        }
                        (_, n) if n.len() > 2 => {
                        }
                        (_, n) => {
                        }
                    }
                }
            }
            Err(t("t17", i2s(4)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p029 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let Some(f) = opt(&(r.clone())) else {
                return Ok((P { a: (match 3 { 0 => T::id(&cap), n if n > 1 => n + 1, _ => (r.len() as i64) }), b: i2s((r.len() as i64)) }).sum());
            };
            let mut f: T = cap;
            if (yield_!(r.clone())).len() % 2 == 0 {
                panic!("p1");
            }
            'l2: for w in [yield_!(t("t3", r.clone())), i2s(((r.len() as i64) * (r.len() as i64)))] {
                let mut fuel4 = 0;
                'l4: while fuel4 < 1 && (4 <= 2 && (w.len() % 2 == 0 && r.len() % 2 == 0)) {
                    fuel4 += 1;
                    let mut c: String = String::from("four");
                    yield_!(String::from("ab"));
                }
                'l5: for w in 0..cap3(t("t6", T("k7").id())) {
                    if !(r.len() % 2 == 0) {
                        break 'l5;
                    }
                    consume(keep(keep(T("v8"), Acc::new((r.len() as i64)).add((r.len() as i64)).add(5).get()), w));
                }
                match (T("k9").id(), (if (w).len() % 2 == 0 { String::from("xyz") } else { i2s(Acc::new((r.len() as i64)).add(f.id()).add((r.len() as i64)).get()) })) {
                    (0, n) => {
                        f = keep(T("v10"), (match Acc::new(3).add((n.len() as i64)).add((n.len() as i64)).get() { 0 => (2 + f.id()), n if n > 3 => n + 1, _ => keep(T("v12"), 11).take() }));
                    }
                    (_, n) if n.len() > 4 => {
                        r = (if (5 >= 0 && !(r.len() % 2 == 0)) { t("t13", String::from("four")) } else { format!("{}-{}", r, keep(T("v15"), 14).take()) });
                    }
                    (_, n) => {
                        f = T("v16");
                        if n.is_empty() {
                            return Ok(f.id());
                        }
                        drop(T("v17"));
                    }
                }
            }
            Ok((yield_!(r.clone()).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p030 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&r) && n > 2 {
                yield_!(t("t1", r.clone()));
                match opt(&(yield_!([r, String::from("ab")].concat()))) {
                    Some(n) if n < 5 => {
                        r = String::from("hello");
                    }
                    Some(n) => {
                        let [c, _, _] = [(P { a: n, b: format!("{}-{}", (String::from("xyz")), n) }).sum(), ((if n >= 5 { n } else { keep(T("v3"), 2).take() }) * T("k4").id()), (P { a: f3((if (String::from("four")).len() % 2 == 0 { 5 } else { 5 }), yield_!(String::from("")), (4 + n)), b: format!("{}-{}", (String::from("")), cap.take()) }).sum()];
                    }
                    None => {
                        if (String::from("x")).is_empty() {
                            return Some(keep(T("v6"), 5).take());
                        }
                        let mut b = cap.take();
                        consume(T("v7"));
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p031 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let P { a: b, b: d } = P { a: f3((match (cap.id() + cap.id()) { 0 => res(&r)?, n if n > 5 => n + 1, _ => (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => T::id(&cap) }) }), t("t1", format!("{}-{}", (String::from("x")), (r.len() as i64))), (match (match T::id(&cap) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => (r.len() as i64) }) { 0 => Acc::new(1).add(3).add((r.len() as i64)).get(), n if n > 4 => n + 1, _ => Acc::new(cap.id()).add(4).add((r.len() as i64)).get() })), b: String::from("") };
            'l2: for w in 0..cap3(keep(T("v4"), 3).take()) {
                let b: T = T("v5");
                'l6: for w in [[[r.clone(), d.clone()].concat(), yield_!(String::from(""))].concat(), r.clone()] {
                    consume(T("v7"));
                    yield_!([format!("{}-{}", (String::from("x")), cap.id()), (if (w.len() as i64) >= 2 { String::from("") } else { w.clone() })].concat());
                    consume(T("v8"));
                    if keep(T("v10"), 9).take() < 4 {
                        return Err(String::from("ab"));
                    }
                }
                if (T::id(&cap) < 3 || ((r.len() % 2 == 0 && r.len() % 2 == 0) || ((String::from("hello")).len() % 2 == 0 || d.len() % 2 == 0))) {
                    break 'l2;
                }
            }
            let mut fuel11 = 0;
            let c = 'l11: loop {
                fuel11 += 1;
                if fuel11 > 3 {
                    break 'l11 f3(keep(T("v13"), 12).take(), (if 3 <= 2 { String::from("") } else { r.clone() }), (match b { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => b }));
                }
                let u14: i64;
                if (((r.clone()).len() % 2 == 0 && cap.id() != 4) || ((r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) && d.is_empty())) {
                    u14 = T("k15").id();
                } else {
                    u14 = (match (match T::id(&cap) { 0 => cap.id(), n if n > 1 => n + 1, _ => b }) { 0 => (b + 0), n if n > 1 => n + 1, _ => t("t16", cap.id()) });
                }
                let mut fuel17 = 0;
                'l17: loop {
                    fuel17 += 1;
                    if fuel17 > 1 {
                        break 'l17;
                    }
                    let a: String = (if ((u14 > 5 && u14 > 1) && (3 <= 1 || r.len() % 2 == 0)) { t("t18", [d.clone(), String::from("x")].concat()) } else { yield_!(String::from("hello")) });
                    yield_!([(if (a).len() % 2 == 0 { d.clone() } else { d.clone() }), (if r.len() % 2 == 0 { d.clone() } else { r.clone() })].concat());
                    drop(keep(keep(keep(T("v19"), 2), keep(T("v21"), 20).take()), (yield_!(i2s((r.len() as i64))).len() as i64)));
                    yield_!((if d.len() % 2 == 0 { format!("{}-{}", d, b) } else { format!("{}-{}", d, (r.len() as i64)) }));
                }
            };
            'l22: for w in [r.clone(), yield_!(i2s(c))] {
                let mut fuel23 = 0;
                let c = 'l23: loop {
                    fuel23 += 1;
                    if fuel23 > 2 {
                        break 'l23 3;
                    }
                    let mut c = keep(T("v24"), T("k25").id());
                };
            }
            Err([d.clone(), (if (String::from("xyz")).len() % 2 == 0 { d.clone() } else { d.clone() })].concat())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p032 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if r.len() % 2 == 0 {
                u1 = (T("k2").id() + (yield_!(r).len() as i64));
            } else {
                u1 = 1;
            }
            if (if (String::from("hello")).len() % 2 == 0 { opt(&(String::from("hello")))? } else { T::id(&cap) }) != 5 {
                panic!("p3");
            }
            let a = (P { a: 5, b: yield_!([String::from("four"), String::from("x")].concat()) }).sum();
            consume(T("v4"));
            let d = 'b5: {
                drop(T("v6"));
                let mut fuel7 = Vec::from([(P { a: keep(T("v9"), 8).take(), b: [String::from("ab"), String::from("")].concat() }).sum(), cap.take()]);
                'l7: while let Some(w) = fuel7.pop() {
                    consume(T("v10"));
                    drop(keep(T("v11"), ((match 2 { 0 => 1, n if n > 4 => n + 1, _ => w }) * (match 5 { 0 => u1, n if n > 0 => n + 1, _ => a }))));
                }
                if ((a == 1 || a != 1) && (String::from("ab")).len() % 2 == 0) {
                    break 'b5 3;
                }
                a
            };
            'l12: for w in 0..cap3(keep(T("v14"), 13).take()) {
                yield_!((if (0 != 5 || 0 < 4) { String::from("xyz") } else { String::from("x") }));
                'b15: {
                    let mut f = [yield_!([String::from("ab"), String::from("")].concat()), i2s((yield_!(String::from("hello")).len() as i64))].concat();
                    if f.is_empty() {
                        break 'b15;
                    }
                }
                let a: i64 = keep(keep(keep(T("v17"), 3), (u1 + 1)), 16).take();
                match opt(&([(if 0 == 5 { String::from("ab") } else { String::from("xyz") }), String::from("x")].concat())) {
                    Some(n) if n < 3 => {
                        let d = T("v18");
                    }
                    Some(n) => {
                        let b = [[[String::from("xyz"), String::from("ab")].concat(), yield_!(String::from("ab"))].concat(), [i2s(n), String::from("four")].concat()].concat();
                        let d: i64 = opt(&(yield_!(b)))?;
                        let e = T("v19");
                    }
                    None => {
                        yield_!(String::from("x"));
                        yield_!(String::from(""));
                        r = yield_!([i2s(3), (if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("hello") })].concat());
                    }
                }
            }
            if (format!("{}-{}", (String::from("x")), 0)).is_empty() {
                return Some(T("k20").id());
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p033 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && (r.clone()).is_empty() {
                fuel1 += 1;
                let f = String::from("x");
                let d = 'b2: {
                    'l3: for w in 0..cap3(cap.id()) {
                        yield_!(String::from("ab"));
                        yield_!(format!("{}-{}", (String::from("four")), (P { a: 5, b: f.clone() }).sum()));
                        let mut d: String = t("t4", t("t5", t("t6", r.clone())));
                        yield_!([(if w > 2 { d } else { d.clone() }), i2s(cap.id())].concat());
                    }
                    if ((String::from("ab")).is_empty() && ((f.len() as i64) >= 0 || (r.len() as i64) == 5)) {
                        break 'b2 T("k7").id();
                    }
                    cap.id()
                };
                if ((f).len() % 2 == 0 || (String::from("x")).is_empty()) {
                    panic!("p8");
                }
            }
            let a = i2s((match (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => 4 }) { 0 => keep(T("v10"), 9).take(), n if n > 0 => n + 1, _ => (P { a: 2, b: r }).sum() }));
            if (!((a.clone()).is_empty()) || (a).is_empty()) {
                panic!("p11");
            }
            if let Some(n) = opt(&(i2s((if cap.id() == 2 { T::id(&cap) } else { T::id(&cap) })))) && n > 1 {
                let mut fuel12 = 0;
                'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 2 {
                        break 'l12;
                    }
                    yield_!(t("t13", String::from("xyz")));
                    drop(T("v14"));
                    yield_!([format!("{}-{}", (String::from("hello")), cap.id()), String::from("xyz")].concat());
                }
                let e = 'b15: {
                    'l16: for w in 0..cap3((match cap.take() { 0 => 0, n if n > 1 => n + 1, _ => T("k17").id() })) {
                        yield_!(format!("{}-{}", (String::from("x")), 3));
                        let b = (if !((String::from("four")).is_empty()) { (match Acc::new(0).add(n).add(3).get() { 0 => (n * n), n if n > 0 => n + 1, _ => 0 }) } else { (P { a: (w - 2), b: format!("{}-{}", (String::from("x")), 0) }).sum() });
                        let e = (f3((n + w), format!("{}-{}", (String::from("x")), w), (P { a: b, b: String::from("hello") }).sum()) + keep(T("v19"), 18).take());
                    }
                    if (String::from("")).len() % 2 == 0 {
                        break 'b15 (if n != 0 { keep(T("v21"), 20).take() } else { T("k22").id() });
                    }
                    keep(T("v24"), 23).take()
                };
            } else if !((String::from("ab")).is_empty()) {
            } else {
            }
            5
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p034 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut f = String::from("");
            if Acc::new((4 + cap.id())).add(f3(cap.id(), String::from("four"), T::id(&cap))).add(keep(T("v2"), 1).take()).get() <= 2 {
                panic!("p3");
            }
            f = f;
            let f = cap;
             {
                if (yield_!(r)).is_empty() {
                    return Some(T("k4").id());
                }
                let mut fuel5 = 0;
                let f = 'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 2 {
                        break 'l5 f3(Acc::new(4).add(1).add(f.id()).get(), [String::from("hello"), String::from("four")].concat(), Acc::new(4).add(T::id(&f)).add(T::id(&f)).get());
                    }
                    'l6: for w in 0..cap3((yield_!(String::from("ab")).len() as i64)) {
                        let mut b = T("v7");
                        drop(b);
                    }
                    'l8: for w in 0..cap3((yield_!(t("t9", String::from(""))).len() as i64)) {
                        let mut d = f3(w, i2s((match w { 0 => f.id(), n if n > 1 => n + 1, _ => 1 })), opt(&(String::from("four")))?);
                        yield_!(i2s(Acc::new(1).add(w).add(1).get()));
                    }
                };
                yield_!(i2s(f));
            }
            yield_!([String::from(""), t("t10", String::from("xyz"))].concat());
            let (mut c, b) = (f, (if ((String::from("x")).is_empty() || (String::from("ab")).is_empty()) { f3(opt(&(String::from("ab")))?, yield_!(String::from("ab")), (2 * 0)) } else { 0 }));
            let mut fuel11 = Vec::from([c.take(), (P { a: (yield_!(String::from("ab")).len() as i64), b: yield_!(String::from("xyz")) }).sum()]);
            'l11: while let Some(w) = fuel11.pop() {
                let mut c: String = t("t12", yield_!(String::from("xyz")));
                drop(T("v13"));
            }
            let a = 'b14: {
                if (String::from("x")).is_empty() {
                    break 'b14 t("t15", T("k16").id());
                }
                b
            };
            Some(opt(&(String::from("four")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p035 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            match keep(T("v2"), 1).take() {
                0 => {
                    let mut fuel3 = Vec::from([(yield_!(format!("{}-{}", (r.clone()), 0)).len() as i64), f3(cap.id(), (if r.len() % 2 == 0 { String::from("hello") } else { r }), f3(T::id(&cap), String::from("xyz"), 5))]);
                    'l3: while let Some(w) = fuel3.pop() {
                        let mut b = (if (String::from("xyz")).len() % 2 == 0 { yield_!(t("t4", String::from("four"))) } else { format!("{}-{}", (String::from("")), Acc::new(cap.id()).add(w).add(2).get()) });
                        yield_!(t("t5", (if b.len() % 2 == 0 { b.clone() } else { b.clone() })));
                        if ((b.is_empty() || !((b.clone()).len() % 2 == 0)) && w >= 2) {
                            return Acc::new((b.len() as i64)).add((match T::id(&cap) { 0 => 3, n if n > 4 => n + 1, _ => w })).add((yield_!(b).len() as i64)).get();
                        }
                        yield_!(String::from("hello"));
                    }
                    if ((String::from("x")).len() % 2 == 0 || (!((String::from("ab")).len() % 2 == 0) && ((String::from("hello")).len() % 2 == 0 && 3 < 2))) {
                        panic!("p6");
                    }
                }
                n if n > 3 => {
                    let mut a: i64 = n;
                    let e = 'b7: {
                        let f = T("v8");
                        if !((r.len() % 2 == 0 && r.len() % 2 == 0)) {
                            break 'b7 (r.len() as i64);
                        }
                        (if ((r.len() as i64) >= 3 || r.len() % 2 == 0) { f.take() } else { (match cap.id() { 0 => cap.id(), n if n > 3 => n + 1, _ => cap.id() }) })
                    };
                    let u9: i64;
                    if r.is_empty() {
                        u9 = (yield_!(format!("{}-{}", r, (r.len() as i64))).len() as i64);
                    } else {
                        u9 = 4;
                    }
                }
                _ => {
                    let (mut a, d) = (T("v10"), (match cap.id() { 0 => 5, n if n > 1 => n + 1, _ => cap.id() }));
                    if r.is_empty() {
                        return f3(a.id(), String::from(""), (P { a: (r.len() as i64), b: r.clone() }).sum());
                    }
                }
            }
            if ((String::from("x")).is_empty() || (cap.id() == 1 || T::id(&cap) >= 0)) {
                return (P { a: (match T::id(&cap) { 0 => cap.id(), n if n > 3 => n + 1, _ => T::id(&cap) }), b: i2s(0) }).sum();
            }
            if (i2s(0)).len() % 2 == 0 {
                let a = 'b11: {
                    let mut fuel12 = 0;
                    'l12: while fuel12 < 2 && (1 == 0 || ((String::from("four")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0)) {
                        fuel12 += 1;
                        let mut a = (P { a: (P { a: f3(2, String::from("x"), T::id(&cap)), b: yield_!(String::from("xyz")) }).sum(), b: yield_!([String::from("xyz"), String::from("")].concat()) }).sum();
                        let mut f = a;
                    }
                    r = String::from("xyz");
                    if (String::from("hello")).is_empty() {
                        break 'b11 (r.len() as i64);
                    }
                    keep(cap, 13).take()
                };
            }
            Acc::new(0).add((if (String::from("hello")).len() % 2 == 0 { 2 } else { 1 })).add((1 * 3)).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p036 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let a = keep(T("v2"), 1).take();
            let u3: i64;
            if (!(!(r.len() % 2 == 0)) && (yield_!(r.clone()).len() as i64) > 3) {
                u3 = (if r.len() % 2 == 0 { keep(T("v5"), 4).take() } else { f3((r.len() as i64), r.clone(), a) });
            } else {
                u3 = a;
            }
            drop(keep(T("v6"), (r.len() as i64)));
            let Some(e) = opt(&(i2s(a))) else {
                return Err(format!("{}-{}", (r), cap.take()));
            };
            if let Some(n) = opt(&([yield_!(String::from("hello")), format!("{}-{}", (String::from("four")), 4)].concat())) {
                let u7: i64;
                if !(f3(u3, String::from("x"), 4) < 2) {
                    u7 = (if (String::from("")).len() % 2 == 0 { T("k8").id() } else { (P { a: 5, b: String::from("") }).sum() });
                } else {
                    u7 = n;
                }
            } else if (String::from("")).len() % 2 == 0 {
                let mut c = (yield_!([i2s(u3), (if (String::from("four")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") })].concat()).len() as i64);
                drop(T("v9"));
                c = (match a { 0 => f3((if (String::from("")).len() % 2 == 0 { e } else { a }), t("t10", String::from("hello")), res(&(String::from("xyz")))?), n if n > 4 => n + 1, _ => T("k11").id() });
            }
            let mut fuel12 = Vec::from([keep(keep(T("v14"), u3), 13).take(), u3]);
            'l12: while let Some(w) = fuel12.pop() {
                let u15: i64;
                if ((String::from("")).is_empty() && ((String::from("ab")).len() % 2 == 0 && 1 < 2)) {
                    u15 = T("k16").id();
                } else {
                    u15 = (if (String::from("x")).is_empty() { 1 } else { (u3 + w) });
                }
                let mut f = Acc::new((P { a: keep(T("v18"), 17).take(), b: format!("{}-{}", (String::from("ab")), 4) }).sum()).add(res(&(String::from("x")))?).add(keep(T("v20"), 19).take()).get();
                let u21: i64;
                if !(f3(u3, String::from("xyz"), 0) <= 2) {
                    u21 = (f3(f, String::from("xyz"), w) + 1);
                } else {
                    u21 = T("k22").id();
                }
            }
            let f = 'b23: {
                yield_!(t("t24", t("t25", String::from("xyz"))));
                r = i2s((if !(e < 4) { (1 + e) } else { u3 }));
                if T("k26").id() > 2 {
                    break 'b23 f3(u3, format!("{}-{}", (String::from("four")), a), (match u3 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => (r.len() as i64) }));
                }
                res(&r)?
            };
            yield_!([format!("{}-{}", (String::from("xyz")), 3), [String::from("four"), String::from("four")].concat()].concat());
            let Some(a) = opt(&((if e <= 1 { (if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("") }) } else { format!("{}-{}", (String::from("hello")), e) }))) else {
                return Ok(t("t27", f));
            };
            if (if ((String::from("")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0) { (f - a) } else { u3 }) < 3 {
                return Ok((if e >= 0 { (u3 + u3) } else { f3(e, String::from("x"), f) }));
            }
            Err(i2s((if u3 < 5 { 2 } else { 2 })))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p037 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", String::from("xyz")));
            drop(cap);
            let d = keep(keep(keep(T("v2"), (r.len() as i64)), f3((r.len() as i64), r.clone(), (r.len() as i64))), f3(((r.len() as i64) + (r.len() as i64)), yield_!(String::from("ab")), T("k3").id()));
            let mut fuel4 = 0;
            let f = 'l4: loop {
                fuel4 += 1;
                if fuel4 > 2 {
                    break 'l4 (match (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => d.id() }) { 0 => T::id(&d), n if n > 4 => n + 1, _ => T::id(&d) });
                }
                let u5: i64;
                if Acc::new(t("t6", (r.len() as i64))).add(f3((r.len() as i64), String::from("ab"), (r.len() as i64))).add(Acc::new(3).add(T::id(&d)).add((r.len() as i64)).get()).get() >= 0 {
                    u5 = t("t7", 2);
                } else {
                    u5 = (T::id(&d) + (r.len() as i64));
                }
                let e = (yield_!([(if r.len() % 2 == 0 { String::from("four") } else { String::from("hello") }), String::from("x")].concat()).len() as i64);
                'l8: for w in [t("t9", [r.clone(), String::from("four")].concat()), (if (u5 == 4 || r.len() % 2 == 0) { yield_!(r.clone()) } else { i2s(2) })] {
                    let P { a: a, b: f } = P { a: d.id(), b: yield_!((if u5 > 2 { t("t10", w) } else { format!("{}-{}", (w), 4) })) };
                }
            };
            d.id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p038 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&([t("t1", String::from("x")), yield_!(r)].concat())) && n > 2 {
                yield_!(format!("{}-{}", (String::from("xyz")), (P { a: n, b: String::from("four") }).sum()));
            } else if 0 < 5 {
                let mut fuel2 = 0;
                'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 3 {
                        break 'l2;
                    }
                    let mut b = (keep(T("v4"), 3).take() + T::id(&cap));
                    b += (0 + f3(b, t("t5", String::from("")), Acc::new(4).add(T::id(&cap)).add(T::id(&cap)).get()));
                }
                let u6: i64;
                if (i2s(2)).len() % 2 == 0 {
                    u6 = cap.id();
                } else {
                    u6 = opt(&(String::from("")))?;
                }
                let P { a: e, b: d } = P { a: T("k7").id(), b: String::from("xyz") };
            } else {
                if ((String::from("xyz")).is_empty() || T::id(&cap) != 4) {
                    panic!("p8");
                }
                let mut fuel9 = Vec::from([1, Acc::new(Acc::new(cap.id()).add(1).add(cap.id()).get()).add((P { a: 5, b: String::from("four") }).sum()).add((P { a: cap.id(), b: String::from("four") }).sum()).get()]);
                'l9: while let Some(w) = fuel9.pop() {
                    if T::id(&cap) > 5 {
                        panic!("p10");
                    }
                    let [e, _, _] = [Acc::new(opt(&(String::from("x")))?).add((P { a: 3, b: yield_!(String::from("ab")) }).sum()).add(Acc::new(T::id(&cap)).add(Acc::new(1).add(w).add(w).get()).add(4).get()).get(), w, t("t11", f3(Acc::new(4).add(w).add(w).get(), t("t12", String::from("x")), w))];
                    drop(keep(T("v13"), f3(T::id(&cap), yield_!(String::from("hello")), (match 0 { 0 => e, n if n > 5 => n + 1, _ => cap.id() }))));
                    let e = [t("t14", [String::from("four"), String::from("hello")].concat()), [String::from("xyz"), format!("{}-{}", (String::from("")), T::id(&cap))].concat()].concat();
                }
                'l15: for w in 0..cap3((yield_!((if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("x") })).len() as i64)) {
                    let mut a = T("v16");
                    drop(T("v17"));
                }
            }
            Some(Acc::new(T::id(&cap)).add(opt(&(String::from("hello")))?).add((match cap.id() { 0 => T::id(&cap), n if n > 0 => n + 1, _ => cap.id() })).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p039 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [yield_!(i2s(4)), [i2s(T::id(&cap)), format!("{}-{}", (String::from("hello")), (r.len() as i64))].concat()] {
                let mut fuel2 = 0;
                'l2: while fuel2 < 1 && (4 != 4 && !((w.clone()).len() % 2 == 0)) {
                    fuel2 += 1;
                    let c: T = keep(T("v3"), keep(keep(T("v5"), cap.id()), 4).take());
                    let (mut b, a) = (c, Acc::new((if (T::id(&cap) < 5 || (w.len() as i64) == 4) { (if T::id(&cap) > 1 { T::id(&cap) } else { T::id(&cap) }) } else { keep(T("v7"), 6).take() })).add((if (1 >= 1 && w.len() % 2 == 0) { 4 } else { (match cap.id() { 0 => cap.id(), n if n > 4 => n + 1, _ => (r.len() as i64) }) })).add((P { a: (yield_!(r.clone()).len() as i64), b: yield_!(w.clone()) }).sum()).get());
                    r = yield_!(String::from("ab"));
                    let a = (match (match a { 0 => t("t8", a), n if n > 1 => n + 1, _ => t("t9", T::id(&b)) }) { 0 => b.take(), n if n > 1 => n + 1, _ => (match T("k10").id() { 0 => (P { a: a, b: w.clone() }).sum(), n if n > 5 => n + 1, _ => (match (r.len() as i64) { 0 => a, n if n > 4 => n + 1, _ => cap.id() }) }) });
                }
                let f = 'b11: {
                    let [a, _, _] = [keep(T("v13"), 12).take(), (if (w).is_empty() { (T("k14").id() + (cap.id() - (r.len() as i64))) } else { ((if (String::from("xyz")).len() % 2 == 0 { 3 } else { cap.id() }) * T("k15").id()) }), (P { a: (match keep(T("v17"), 16).take() { 0 => Acc::new((r.len() as i64)).add(3).add(1).get(), n if n > 2 => n + 1, _ => (match 5 { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => (r.len() as i64) }) }), b: String::from("x") }).sum()];
                    if ((T::id(&cap) >= 2 && a > 1) && (a > 2 || a < 1)) {
                        break 'b11 1;
                    }
                    (r.len() as i64)
                };
            }
            let Some(a) = opt(&r) else {
                return Ok(keep(cap, 18).take());
            };
            drop(T("v19"));
            Ok((r.len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p040 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(r.clone());
            yield_!(t("t1", i2s((r.len() as i64))));
            'b2: {
                'l3: for w in 0..cap3(Acc::new(keep(T("v5"), 4).take()).add(keep(T("v7"), 6).take()).add(T::id(&cap)).get()) {
                    let Some(b) = opt(&(String::from(""))) else {
                        return 4;
                    };
                    let e = T("v8");
                }
                if !(((r.len() as i64) < 5 && !(r.len() % 2 == 0))) {
                    panic!("p9");
                }
                let u10: i64;
                if r.len() % 2 == 0 {
                    u10 = ((T::id(&cap) + cap.id()) + (4 + 0));
                } else {
                    u10 = cap.id();
                }
                if !((r.len() % 2 == 0 && u10 >= 4)) {
                    break 'b2;
                }
            }
            yield_!([t("t11", String::from("x")), (if (r.len() as i64) >= 0 { r.clone() } else { r })].concat());
            let mut e = T("v12");
            if !((1 < 0 || ((String::from("hello")).len() % 2 == 0 || T::id(&e) == 5))) {
            } else if ((String::from("xyz")).is_empty() || (String::from("xyz")).len() % 2 == 0) {
            } else if ((cap.id() == 0 || (String::from("hello")).len() % 2 == 0) && (5 <= 2 && T::id(&cap) == 0)) {
            }
            4
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p041 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [[i2s(3), String::from("four")].concat(), r.clone()] {
                let mut d = w;
                let mut fuel2 = 0;
                'l2: while fuel2 < 1 && d.is_empty() {
                    fuel2 += 1;
                    let [c, _, _] = [T::id(&cap), keep(keep(T("v4"), T::id(&cap)), 3).take(), (match T("k5").id() { 0 => (match T("k6").id() { 0 => res(&r)?, n if n > 1 => n + 1, _ => (match T::id(&cap) { 0 => T::id(&cap), n if n > 5 => n + 1, _ => (r.len() as i64) }) }), n if n > 2 => n + 1, _ => (r.len() as i64) })];
                    if !((r.clone()).len() % 2 == 0) {
                        return Ok(t("t7", (T::id(&cap) + c)));
                    }
                }
                let b = T("v8");
            }
            let u9: i64;
            if (((r).is_empty() || (String::from("")).is_empty()) && ((String::from("xyz")).len() % 2 == 0 && (String::from("ab")).is_empty())) {
                u9 = res(&(String::from("hello")))?;
            } else {
                u9 = cap.id();
            }
            let d = 'b10: {
                yield_!(t("t11", format!("{}-{}", (String::from("xyz")), T::id(&cap))));
                let mut fuel12 = Vec::from([T("k13").id(), u9]);
                'l12: while let Some(w) = fuel12.pop() {
                    'l14: for w in 0..cap3((if ((String::from("")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0) { f3(cap.id(), String::from("hello"), w) } else { 0 })) {
                        let b: String = i2s(1);
                        let a = t("t15", b);
                        r = format!("{}-{}", a, keep(T("v17"), 16).take());
                        let mut a = i2s((r.len() as i64));
                    }
                    let mut fuel18 = 0;
                    let f = 'l18: loop {
                        fuel18 += 1;
                        if fuel18 > 2 {
                            break 'l18 w;
                        }
                        drop(T("v19"));
                        r = t("t20", yield_!([String::from("four"), String::from("hello")].concat()));
                    };
                    let u21: i64;
                    if (((4 < 2 || 0 >= 3) || (f == 1 && w != 0)) && f3(w, String::from("four"), f) >= 0) {
                        u21 = (yield_!((if f >= 2 { String::from("xyz") } else { String::from("hello") })).len() as i64);
                    } else {
                        u21 = u9;
                    }
                    let mut fuel22 = Vec::from([4, Acc::new((yield_!(String::from("four")).len() as i64)).add(u21).add(keep(T("v24"), 23).take()).get()]);
                    'l22: while let Some(w) = fuel22.pop() {
                        yield_!((if ((String::from("")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) { [String::from("x"), String::from("x")].concat() } else { t("t25", String::from("four")) }));
                    }
                }
                if ((u9 == 2 && (String::from("")).len() % 2 == 0) || !((String::from("four")).len() % 2 == 0)) {
                    break 'b10 3;
                }
                res(&(String::from("")))?
            };
            Ok(t("t26", u9))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p042 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let e = keep(cap, t("t1", res(&(r))?));
            match res(&(format!("{}-{}", (String::from("x")), 0)))? {
                0 => {
                    yield_!(i2s(keep(T("v3"), 2).take()));
                    let Some(d) = opt(&(t("t4", yield_!(String::from("xyz"))))) else {
                        return Err(format!("{}-{}", (String::from("x")), T::id(&e)));
                    };
                }
                n if n > 0 => {
                    if ((String::from("x")).len() % 2 == 0 || !(4 == 1)) {
                        yield_!(i2s(t("t5", n)));
                    } else {
                        yield_!(String::from("hello"));
                        let mut e = T("v6");
                    }
                }
                _ => {
                }
            }
            Err(String::from("xyz"))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p043 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let f: String = format!("{}-{}", ((if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { r.clone() })), (keep(T("v2"), 1).take() * t("t3", T::id(&cap))));
            let d: i64 = cap.id();
             {
                if let Some(n) = opt(&f) && n > 3 {
                    let mut f: T = cap;
                    yield_!(String::from("xyz"));
                } else if ((f.clone()).len() % 2 == 0 && (String::from("four")).len() % 2 == 0) {
                    'l4: for w in 0..cap3((match (d * (r.len() as i64)) { 0 => (f.len() as i64), n if n > 1 => n + 1, _ => d })) {
                        let b = yield_!((if ((String::from("xyz")).len() % 2 == 0 || (r.clone()).len() % 2 == 0) { format!("{}-{}", r, 2) } else { [String::from("four"), String::from("x")].concat() }));
                        consume(T("v5"));
                        let f = T("v6");
                        yield_!(format!("{}-{}", (r.clone()), (match d { 0 => 0, n if n > 3 => n + 1, _ => w })));
                    }
                    let mut fuel7 = 0;
                    let a = 'l7: loop {
                        fuel7 += 1;
                        if fuel7 > 2 {
                            break 'l7 res(&f)?;
                        }
                        let d = yield_!((if r.is_empty() { (if f.len() % 2 == 0 { String::from("four") } else { f.clone() }) } else { [f.clone(), String::from("four")].concat() }));
                        r = (if !(T::id(&cap) == 0) { i2s((P { a: (d.len() as i64), b: f.clone() }).sum()) } else { [[d.clone(), d].concat(), [r.clone(), f.clone()].concat()].concat() });
                        if (f.len() as i64) == 2 {
                            break 'l7 (if !((r.clone()).len() % 2 == 0) { keep(T("v9"), 8).take() } else { ((r.len() as i64) + (f.len() as i64)) });
                        }
                    };
                } else {
                    let mut c = T("v10");
                }
                let e = Acc::new((yield_!(String::from("four")).len() as i64)).add(f3(f3(2, r.clone(), d), yield_!(f.clone()), f3(2, r.clone(), 5))).add(Acc::new(keep(T("v12"), 11).take()).add((r.len() as i64)).add((if (f).len() % 2 == 0 { 4 } else { (r.len() as i64) })).get()).get();
            }
            if ((d - d) - keep(T("v14"), 13).take()) <= 1 {
                panic!("p15");
            }
            if (((r).len() % 2 == 0 && (String::from("x")).is_empty()) || (String::from("")).len() % 2 == 0) {
                panic!("p16");
            }
            let u17: i64;
            if (String::from("hello")).is_empty() {
                u17 = d;
            } else {
                u17 = d;
            }
            let mut fuel18 = 0;
            'l18: while fuel18 < 1 && ((String::from("x")).is_empty() || ((String::from("")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0)) {
                fuel18 += 1;
                let P { a: e, b: d } = P { a: d, b: yield_!(String::from("xyz")) };
            }
            Ok((yield_!([String::from(""), String::from("x")].concat()).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p044 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let a = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 t("t2", T("k3").id());
                }
                let mut c = T("v4");
                let Some(d) = opt(&(t("t5", yield_!(String::from("hello"))))) else {
                    break 'l1 (Acc::new(4).add((r.len() as i64)).add((r.len() as i64)).get() * keep(T("v7"), 6).take());
                };
                let u8: i64;
                if (3 <= 1 && !(cap.id() != 5)) {
                    u8 = keep(T("v10"), 9).take();
                } else {
                    u8 = opt(&r)?;
                }
            };
            let a = keep(cap, t("t11", (a * (r.len() as i64))));
            let mut fuel12 = 0;
            'l12: loop {
                fuel12 += 1;
                if fuel12 > 2 {
                    break 'l12;
                }
                let e = t("t13", t("t14", format!("{}-{}", r, 0)));
                let mut fuel15 = 0;
                'l15: while fuel15 < 1 && r.len() % 2 == 0 {
                    fuel15 += 1;
                    yield_!((if e.len() % 2 == 0 { i2s((r.len() as i64)) } else { i2s(T::id(&a)) }));
                    if ((e.clone()).is_empty() || ((e.clone()).is_empty() && r.is_empty())) {
                        continue 'l12;
                    }
                    let d = yield_!(format!("{}-{}", (String::from("hello")), opt(&(String::from("ab")))?));
                }
            }
            Some((if (r).len() % 2 == 0 { opt(&(String::from("xyz")))? } else { (match 0 { 0 => 0, n if n > 3 => n + 1, _ => 3 }) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p045 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ([r, String::from("")].concat()).is_empty() {
                let Some(f) = opt(&(format!("{}-{}", (String::from("xyz")), keep(T("v2"), 1).take()))) else {
                    return ((yield_!(String::from("x")).len() as i64) + (yield_!(String::from("ab")).len() as i64));
                };
                if ((String::from("")).is_empty() || (String::from("xyz")).len() % 2 == 0) {
                    panic!("p3");
                }
            }
             {
                let e = keep(cap, (P { a: keep(T("v5"), 4).take(), b: yield_!(String::from("four")) }).sum());
                yield_!(i2s(1));
                if !((String::from("four")).is_empty()) {
                    panic!("p6");
                }
            }
            if let Some(n) = opt(&(format!("{}-{}", (String::from("hello")), (P { a: 0, b: String::from("x") }).sum()))) {
                let Some(a) = opt(&(i2s(n))) else {
                    return keep(T("v8"), 7).take();
                };
            }
            let d = 'b9: {
                let mut fuel10 = 0;
                'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 1 {
                        break 'l10;
                    }
                    'l11: for w in 0..cap3((yield_!(t("t12", String::from("hello"))).len() as i64)) {
                        let mut f = 5;
                        yield_!(String::from("xyz"));
                    }
                    let a = [[String::from("four"), (if (String::from("x")).len() % 2 == 0 { String::from("xyz") } else { String::from("ab") })].concat(), (if !(5 >= 0) { yield_!(String::from("")) } else { yield_!(String::from("ab")) })].concat();
                    r = String::from("hello");
                }
                if (String::from("ab")).is_empty() {
                    break 'b9 Acc::new(T("k13").id()).add((if 5 > 1 { 2 } else { 3 })).add((if 4 < 3 { 4 } else { 2 })).get();
                }
                (yield_!(String::from("four")).len() as i64)
            };
            if (i2s(d)).is_empty() {
                let mut fuel14 = Vec::from([(yield_!(String::from("xyz")).len() as i64), keep(keep(T("v16"), d), 15).take()]);
                'l14: while let Some(w) = fuel14.pop() {
                    let mut d: T = T("v21");
                    let f: T = T("v22");
                }
            } else if !((String::from("four")).is_empty()) {
            } else {
            }
            T("k23").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p046 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if T::id(&cap) != 3 {
                consume(T("v1"));
            } else {
                if let Some(n) = opt(&r) {
                    let mut c = t("t2", n);
                } else if (r.len() % 2 == 0 || !((String::from("ab")).len() % 2 == 0)) {
                    let P { a: b, b: a } = P { a: (if (((r.len() as i64) <= 0 || r.len() % 2 == 0) && r.is_empty()) { (T("k3").id() * (if cap.id() != 2 { 1 } else { 4 })) } else { T("k4").id() }), b: r.clone() };
                }
                consume(T("v5"));
            }
            yield_!(String::from("ab"));
            Ok(t("t6", (if (String::from("x")).len() % 2 == 0 { 1 } else { 5 })))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p047 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 keep(T("v3"), 2).take();
                }
                let u4: i64;
                if !((r.clone()).is_empty()) {
                    u4 = T("k5").id();
                } else {
                    u4 = (yield_!(t("t6", String::from("ab"))).len() as i64);
                }
                if ((String::from("xyz")).is_empty() && ((cap.id() < 4 || 4 == 4) || (r.clone()).is_empty())) {
                    panic!("p7");
                }
            };
            let mut e = (if (String::from("hello")).is_empty() { t("t8", r) } else { t("t9", i2s(e)) });
             {
                if (!(((e.clone()).len() % 2 == 0 && e.len() % 2 == 0)) && ((e.len() % 2 == 0 || (e.clone()).len() % 2 == 0) || 0 <= 2)) {
                    return Acc::new(cap.take()).add(Acc::new(3).add(0).add((e.len() as i64)).get()).add((match (e.len() as i64) { 0 => 3, n if n > 0 => n + 1, _ => 0 })).get();
                }
            }
            let mut fuel10 = Vec::from([T("k11").id(), (P { a: (yield_!(String::from("xyz")).len() as i64), b: e }).sum()]);
            'l10: while let Some(w) = fuel10.pop() {
                let mut f = T("v12");
                if let Some(n) = opt(&(format!("{}-{}", (String::from("hello")), Acc::new(w).add(T::id(&f)).add(4).get()))) {
                    yield_!(t("t13", t("t14", String::from("hello"))));
                } else if !((1 < 0 || T::id(&f) != 1)) {
                } else {
                }
            }
            t("t15", Acc::new(3).add(5).add(2).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p048 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [b, _, _] = [keep(cap, 1).take(), (match (5 + f3((r.len() as i64), r, 5)) { 0 => 5, n if n > 2 => n + 1, _ => opt(&(String::from("four")))? }), 2];
            consume(T("v2"));
            let u3: i64;
            if (!(b > 1) || t("t4", b) == 1) {
                u3 = t("t5", b);
            } else {
                u3 = (if b <= 3 { b } else { opt(&(String::from("ab")))? });
            }
            let c: T = keep(keep(T("v6"), (match 4 { 0 => 2, n if n > 4 => n + 1, _ => u3 })), b);
            'l7: for w in [yield_!((if c.id() <= 5 { String::from("") } else { String::from("four") })), i2s((P { a: T::id(&c), b: String::from("four") }).sum())] {
                if let Some(n) = opt(&w) && n > 1 {
                    let f: i64 = T("k8").id();
                    r = w;
                } else if Acc::new(b).add(b).add((w.len() as i64)).get() > 2 {
                    let (mut a, d) = (keep(keep(T("v9"), u3), f3(b, (if w.len() % 2 == 0 { w } else { w.clone() }), c.id())), u3);
                    a = T("v10");
                    r = i2s(T::id(&a));
                } else {
                    yield_!(i2s((P { a: 2, b: w.clone() }).sum()));
                }
                let mut e = c.id();
                r = yield_!(String::from("ab"));
            }
            let u11: i64;
            if (yield_!(String::from("xyz"))).len() % 2 == 0 {
                u11 = T("k12").id();
            } else {
                u11 = u3;
            }
            Some((yield_!(t("t13", String::from("x"))).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p049 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut a = cap.take();
            let u1: i64;
            if (((r.len() % 2 == 0 && (r.len() as i64) == 1) || a != 2) || ((r).len() % 2 == 0 || (4 != 1 || (String::from("ab")).len() % 2 == 0))) {
                u1 = a;
            } else {
                u1 = f3(keep(T("v3"), 2).take(), i2s(5), (match a { 0 => a, n if n > 0 => n + 1, _ => 2 }));
            }
            let [b, _, _] = [(Acc::new(res(&(String::from("xyz")))?).add(Acc::new(u1).add(3).add(u1).get()).add((if a > 3 { 1 } else { a })).get() * t("t4", (match u1 { 0 => a, n if n > 5 => n + 1, _ => u1 }))), keep(T("v6"), 5).take(), (yield_!((if ((String::from("xyz")).len() % 2 == 0 || 3 > 2) { String::from("four") } else { format!("{}-{}", (String::from("ab")), u1) })).len() as i64)];
            let mut fuel7 = 0;
            'l7: loop {
                fuel7 += 1;
                if fuel7 > 3 {
                    break 'l7;
                }
                drop(keep(T("v8"), b));
                 {
                    if let Some(n) = opt(&(i2s(t("t9", b)))) {
                        yield_!(format!("{}-{}", (String::from("ab")), res(&(String::from("xyz")))?));
                        yield_!(String::from("ab"));
                    }
                }
            }
            let Some(a) = opt(&([(if a <= 1 { String::from("four") } else { String::from("four") }), t("t10", String::from("x"))].concat())) else {
                panic!("p11");
            };
            let mut fuel12 = 0;
            'l12: while fuel12 < 1 && (String::from("four")).is_empty() {
                fuel12 += 1;
                yield_!(t("t13", [String::from("ab"), String::from("four")].concat()));
                'l14: for w in [yield_!((if a <= 5 { String::from("") } else { String::from("x") })), [String::from("four"), i2s(0)].concat()] {
                    drop(T("v15"));
                    if (1 + (yield_!(w).len() as i64)) > 4 {
                        break 'l12;
                    }
                    drop(T("v16"));
                    if (!(!((String::from("")).len() % 2 == 0)) && (0 != 2 && (b != 1 || (String::from("x")).len() % 2 == 0))) {
                        panic!("p17");
                    }
                }
            }
            let mut fuel18 = 0;
            let d = 'l18: loop {
                fuel18 += 1;
                if fuel18 > 3 {
                    break 'l18 b;
                }
                match keep(T("v20"), 19).take() {
                    0 => {
                    }
                    n if n > 0 => {
                    }
                    _ => {
                    }
                }
            };
            Ok((yield_!(i2s(b)).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p050 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if (Acc::new((r.len() as i64)).add(1).add(T::id(&cap)).get() > 4 && !(T::id(&cap) != 1)) {
                panic!("p1");
            }
            if let Some(n) = opt(&(i2s(t("t2", T::id(&cap))))) && n > 3 {
                if r.len() % 2 == 0 {
                    drop(cap);
                    consume(T("v3"));
                } else if !((String::from("")).len() % 2 == 0) {
                    yield_!(format!("{}-{}", r, n));
                }
            }
            'l4: for w in [format!("{}-{}", r, keep(T("v6"), 5).take()), r] {
                drop(T("v7"));
                match ((yield_!(w).len() as i64), i2s(f3(t("t8", 3), yield_!(String::from("hello")), opt(&(String::from("four")))?))) {
                    (0, n) => {
                        let a = ((yield_!(t("t9", n)).len() as i64) * (keep(T("v11"), 10).take() + (match 1 { 0 => 0, n if n > 2 => n + 1, _ => 0 })));
                        let mut d = T("v12");
                    }
                    (_, n) if n.len() > 2 => {
                        let mut c = yield_!(n.clone());
                        if Acc::new((P { a: (n.len() as i64), b: c }).sum()).add((if n.len() % 2 == 0 { (n.len() as i64) } else { (n.len() as i64) })).add(keep(T("v14"), 13).take()).get() >= 0 {
                            panic!("p15");
                        }
                    }
                    (_, n) => {
                        yield_!(i2s(((n.len() as i64) - 5)));
                        yield_!((if ((n.len() as i64) != 0 && (String::from("ab")).len() % 2 == 0) { [n.clone(), n].concat() } else { n }));
                        r = [String::from("ab"), i2s((yield_!(String::from("hello")).len() as i64))].concat();
                    }
                }
            }
            if let Some(n) = opt(&([(if (String::from("hello")).len() % 2 == 0 { String::from("xyz") } else { String::from("x") }), yield_!(String::from("x"))].concat())) {
                if ((String::from("xyz")).len() % 2 == 0 && !(n != 0)) {
                    panic!("p16");
                }
            }
            let mut fuel17 = Vec::from([((if (String::from("xyz")).len() % 2 == 0 { 3 } else { 3 }) - (P { a: 4, b: String::from("xyz") }).sum()), Acc::new((P { a: 1, b: String::from("x") }).sum()).add(keep(T("v19"), 18).take()).add(f3(0, String::from("ab"), 0)).get()]);
            'l17: while let Some(w) = fuel17.pop() {
                if ((P { a: 0, b: String::from("") }).sum() > 2 || (w == 2 && ((String::from("ab")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0))) {
                    break 'l17;
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p051 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let f = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (r.len() as i64);
                }
                if (r.len() as i64) < 3 {
                    break 'l1 T("k2").id();
                }
                let Some(c) = opt(&r) else {
                    return None;
                };
            };
            if let Some(n) = opt(&r) && n > 4 {
                if (keep(T("v4"), 3).take() <= 5 && r.len() % 2 == 0) {
                    return Some(f);
                }
                'l5: for w in [t("t6", t("t7", r)), t("t8", yield_!(String::from("")))] {
                    let a = Acc::new(n).add(cap.id()).add(f3(opt(&w)?, yield_!(String::from("hello")), T("k9").id())).get();
                    r = format!("{}-{}", w, t("t10", keep(T("v12"), 11).take()));
                    consume(T("v13"));
                    consume(T("v14"));
                }
                'l15: for w in 0..cap3(f) {
                    drop(T("v16"));
                    r = i2s((yield_!(i2s(cap.id())).len() as i64));
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p052 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let a = r.clone();
            'l1: for w in 0..cap3(keep(cap, 2).take()) {
                match opt(&a) {
                    Some(n) if n < 5 => {
                        let e = keep(keep(T("v3"), (match n { 0 => w, n if n > 2 => n + 1, _ => n })), (T("k4").id() - T("k5").id()));
                    }
                    Some(n) => {
                        let mut a = T("v6");
                        let e = n;
                    }
                    None => {
                        yield_!(i2s(w));
                    }
                }
                if r.is_empty() {
                    return (P { a: (a.len() as i64), b: (if r.len() % 2 == 0 { a.clone() } else { r.clone() }) }).sum();
                }
            }
            match opt(&([t("t9", r.clone()), yield_!(r.clone())].concat())) {
                Some(n) if n < 5 => {
                    let u10: i64;
                    if ((String::from("xyz")).len() % 2 == 0 && (a).is_empty()) {
                        u10 = n;
                    } else {
                        u10 = t("t11", t("t12", n));
                    }
                    let e = T("v13");
                }
                Some(n) => {
                    let f = 5;
                    let [a, _, _] = [(P { a: Acc::new(keep(T("v15"), 14).take()).add(Acc::new(n).add(3).add(f).get()).add((if (r.len() as i64) == 1 { (r.len() as i64) } else { (a.len() as i64) })).get(), b: r.clone() }).sum(), f, n];
                    'l16: for w in [r, t("t17", yield_!(String::from("four")))] {
                        if (match Acc::new(a).add(a).add(4).get() { 0 => t("t18", a), n if n > 2 => n + 1, _ => (w.len() as i64) }) < 4 {
                            return (match keep(T("v20"), 19).take() { 0 => (a + 2), n if n > 3 => n + 1, _ => (w.len() as i64) });
                        }
                        yield_!(w);
                        consume(keep(T("v21"), keep(T("v23"), 22).take()));
                        yield_!(String::from("xyz"));
                    }
                }
                None => {
                    if ((yield_!(String::from("ab")).len() as i64) + T("k24").id()) != 3 {
                        panic!("p25");
                    }
                }
            }
            let b = T("v26");
            let mut fuel27 = Vec::from([b.take(), t("t28", keep(T("v30"), 29).take())]);
            'l27: while let Some(w) = fuel27.pop() {
            }
            (if (3 >= 2 && 3 < 5) { 3 } else { (if 0 >= 4 { 5 } else { 5 }) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p053 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!((if 4 == 3 { String::from("four") } else { String::from("hello") }));
             {
                drop(keep(keep(keep(T("v1"), cap.id()), T("k2").id()), f3((yield_!(r).len() as i64), i2s(cap.id()), Acc::new(4).add(T::id(&cap)).add(cap.id()).get())));
            }
            r = i2s(Acc::new(T("k3").id()).add(2).add(keep(T("v5"), 4).take()).get());
            if (t("t6", (r.len() as i64)) + (match 3 { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => 3 })) != 4 {
                'l7: for w in 0..cap3(Acc::new((match (r.len() as i64) { 0 => T::id(&cap), n if n > 4 => n + 1, _ => (r.len() as i64) })).add(t("t8", cap.id())).add(cap.take()).get()) {
                    let mut a = f3((match t("t9", 1) { 0 => (match (r.len() as i64) { 0 => 1, n if n > 4 => n + 1, _ => (r.len() as i64) }), n if n > 0 => n + 1, _ => f3((r.len() as i64), r.clone(), w) }), yield_!([String::from("ab"), String::from("four")].concat()), f3((P { a: w, b: String::from("x") }).sum(), yield_!(r.clone()), (r.len() as i64)));
                    r = [String::from("xyz"), yield_!([String::from("four"), String::from("ab")].concat())].concat();
                    let (mut b, d) = (T("v10"), (w - 5));
                }
                r = i2s(f3((yield_!(String::from("")).len() as i64), format!("{}-{}", (r.clone()), 1), (yield_!(r.clone()).len() as i64)));
                if !((!((r.len() as i64) != 4) && ((r).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0))) {
                    return t("t11", (match 1 { 0 => 3, n if n > 5 => n + 1, _ => 1 }));
                }
            } else if (r.clone()).is_empty() {
                if (r.is_empty() || r.is_empty()) {
                    panic!("p12");
                }
                let mut fuel13 = 0;
                let e = 'l13: loop {
                    fuel13 += 1;
                    if fuel13 > 2 {
                        break 'l13 f3(f3(5, r.clone(), 5), [r.clone(), String::from("hello")].concat(), Acc::new((r.len() as i64)).add(cap.id()).add(2).get());
                    }
                    yield_!(i2s((r.len() as i64)));
                    yield_!((if !(r.len() % 2 == 0) { format!("{}-{}", r, 4) } else { String::from("ab") }));
                    drop(keep(keep(T("v14"), Acc::new(cap.id()).add(T::id(&cap)).add(5).get()), 0));
                };
                let Some(b) = opt(&(yield_!(String::from("xyz")))) else {
                    return (P { a: (yield_!(String::from("four")).len() as i64), b: (if 1 >= 2 { r } else { String::from("xyz") }) }).sum();
                };
            } else if ((r.len() as i64) == 5 || (r.len() as i64) != 2) {
                yield_!([r, [String::from(""), String::from("xyz")].concat()].concat());
            }
            drop(keep(keep(T("v15"), (4 + 0)), f3((P { a: 2, b: String::from("ab") }).sum(), (if 0 > 2 { String::from("four") } else { String::from("four") }), (yield_!(String::from("ab")).len() as i64))));
            r = yield_!(String::from(""));
            if f3((yield_!(r).len() as i64), t("t16", String::from("xyz")), t("t17", 5)) != 1 {
            }
            (P { a: 2, b: String::from("hello") }).sum()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p054 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
             {
                let mut fuel1 = 0;
                'l1: loop {
                    fuel1 += 1;
                    if fuel1 > 2 {
                        break 'l1;
                    }
                    let P { a: c, b: b } = P { a: (P { a: keep(T("v3"), 2).take(), b: t("t4", [String::from("hello"), r.clone()].concat()) }).sum(), b: yield_!(String::from("four")) };
                    let mut fuel5 = 0;
                    'l5: loop {
                        fuel5 += 1;
                        if fuel5 > 3 {
                            break 'l5;
                        }
                        if !(((b.len() % 2 == 0 || (r.clone()).len() % 2 == 0) || (c != 2 || r.len() % 2 == 0))) {
                            return Ok(t("t6", (4 + c)));
                        }
                        let (mut c, a) = (T("v7"), Acc::new((if r.is_empty() { c } else { keep(T("v9"), 8).take() })).add((match keep(T("v11"), 10).take() { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => res(&r)? })).add(Acc::new((yield_!(String::from("xyz")).len() as i64)).add((0 * 5)).add(keep(T("v13"), 12).take()).get()).get());
                        let c = t("t14", [[String::from("x"), String::from("xyz")].concat(), i2s(a)].concat());
                    }
                }
            }
            let Some(d) = opt(&(String::from(""))) else {
                return Ok(T("k15").id());
            };
            let mut a = 3;
             {
                 {
                    if (r).len() % 2 == 0 {
                        return Ok(Acc::new(d).add((d * 2)).add((P { a: d, b: String::from("x") }).sum()).get());
                    }
                }
                match keep(T("v17"), 16).take() {
                    0 => {
                    }
                    n if n > 3 => {
                    }
                    _ => {
                    }
                }
            }
            Ok((yield_!(t("t18", String::from("xyz"))).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p055 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if !(r.len() % 2 == 0) {
                u1 = cap.take();
            } else {
                u1 = Acc::new((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => cap.id() })).add(T("k2").id()).add(keep(T("v4"), 3).take()).get();
            }
            let u8: i64;
            if (String::from("four")).is_empty() {
                u8 = Acc::new(f3((r.len() as i64), r, 2)).add(opt(&(String::from("four")))?).add(Acc::new(u1).add(u1).add(2).get()).get();
            } else {
                u8 = u1;
            }
            consume(T("v9"));
            match Acc::new(T("k10").id()).add(f3(u8, t("t11", String::from("four")), (P { a: u8, b: String::from("four") }).sum())).add(opt(&(String::from("")))?).get() {
                0 => {
                    let b = i2s((match u1 { 0 => u8, n if n > 3 => n + 1, _ => u1 }));
                    let mut fuel12 = 0;
                    'l12: while fuel12 < 3 && keep(T("v14"), 13).take() > 3 {
                        fuel12 += 1;
                        consume(T("v15"));
                        if (u1 != 2 && ((1 > 1 || (b.len() as i64) <= 3) || !((b.len() as i64) < 1))) {
                            panic!("p16");
                        }
                        let d = T("v17");
                    }
                }
                n if n > 5 => {
                    let mut fuel18 = 0;
                    let f = 'l18: loop {
                        fuel18 += 1;
                        if fuel18 > 1 {
                            break 'l18 (P { a: n, b: format!("{}-{}", (String::from("hello")), u8) }).sum();
                        }
                        if (((n != 5 || (String::from("four")).len() % 2 == 0) && (u8 != 4 && u1 >= 0)) || (String::from("x")).len() % 2 == 0) {
                            return Some(opt(&(String::from("four")))?);
                        }
                        let mut a = String::from("xyz");
                        a = [a.clone(), a.clone()].concat();
                    };
                }
                _ => {
                }
            }
            yield_!(String::from("end"));
            Some(2)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p056 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let d = 'b1: {
                 {
                    let mut fuel2 = 0;
                    let f = 'l2: loop {
                        fuel2 += 1;
                        if fuel2 > 3 {
                            break 'l2 Acc::new(keep(T("v4"), 3).take()).add(keep(T("v6"), 5).take()).add((P { a: 0, b: String::from("") }).sum()).get();
                        }
                        yield_!([(if r.len() % 2 == 0 { r.clone() } else { r.clone() }), t("t7", String::from("x"))].concat());
                        r = String::from("xyz");
                        consume(T("v8"));
                        r = String::from("hello");
                    };
                    'b9: {
                        'l10: for w in [yield_!(format!("{}-{}", r, f)), [format!("{}-{}", (String::from("ab")), f), yield_!(r)].concat()] {
                            let (mut f, c) = (keep(T("v11"), opt(&w)?), (yield_!(format!("{}-{}", (String::from("ab")), opt(&(String::from("four")))?)).len() as i64));
                            yield_!(w);
                            consume(T("v12"));
                            let d: T = keep(T("v13"), t("t14", 1));
                        }
                        let (mut a, d) = (T("v15"), cap.take());
                        if (!(d == 2) || (String::from("ab")).is_empty()) {
                            break 'b9;
                        }
                    }
                    drop(T("v16"));
                }
                if (String::from("four")).len() % 2 == 0 {
                    break 'b1 (P { a: T("k17").id(), b: (if 2 != 3 { String::from("xyz") } else { String::from("hello") }) }).sum();
                }
                (match 0 { 0 => keep(T("v19"), 18).take(), n if n > 5 => n + 1, _ => t("t20", 1) })
            };
            yield_!([[String::from("x"), String::from("four")].concat(), String::from("x")].concat());
            let mut fuel21 = Vec::from([((P { a: d, b: String::from("ab") }).sum() + Acc::new(d).add(d).add(d).get()), d]);
            'l21: while let Some(w) = fuel21.pop() {
                if ((String::from("ab")).len() % 2 == 0 || !(((String::from("")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0))) {
                    return Some(opt(&(String::from("hello")))?);
                }
            }
            Some(f3((yield_!(String::from("x")).len() as i64), format!("{}-{}", (String::from("")), d), (d - 3)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p057 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (!((r.len() as i64) <= 4) || (T::id(&cap) > 1 || T::id(&cap) == 1)) {
                fuel1 += 1;
                match (r.len() as i64) {
                    0 => {
                        drop(T("v2"));
                    }
                    n if n > 1 => {
                    }
                    _ => {
                        let mut a = T("v4");
                        let b = format!("{}-{}", ([String::from("x"), String::from("hello")].concat()), 5);
                    }
                }
                match (T("k5").id(), yield_!(r.clone())) {
                    (0, n) => {
                        r = yield_!(i2s(T::id(&cap)));
                    }
                    (_, n) if n.len() > 5 => {
                        let P { a: a, b: c } = P { a: res(&r)?, b: (if ((String::from("ab")).len() % 2 == 0 && ((n.len() as i64) != 2 && n.len() % 2 == 0)) { t("t6", yield_!(String::from("hello"))) } else { r.clone() }) };
                        let c = keep(T("v7"), f3(T("k8").id(), t("t9", c), (P { a: 5, b: r.clone() }).sum()));
                    }
                    (_, n) => {
                        if ((n.is_empty() || (n.len() % 2 == 0 || (n).len() % 2 == 0)) || !(!((r.len() as i64) == 2))) {
                            panic!("p10");
                        }
                    }
                }
            }
            let mut d = (yield_!(format!("{}-{}", (r.clone()), (if T::id(&cap) < 4 { 2 } else { 2 }))).len() as i64);
            if ((!((r).len() % 2 == 0) && ((String::from("xyz")).len() % 2 == 0 && 4 > 3)) || (String::from("four")).is_empty()) {
                return Err(yield_!(format!("{}-{}", (String::from("hello")), 1)));
            }
             {
                r = [i2s(T("k11").id()), String::from("")].concat();
            }
            Ok((res(&r)? * (yield_!(String::from("x")).len() as i64)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p058 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            let e = cap;
             {
                if let Some(n) = opt(&r) && n > 4 {
                    if let Some(n) = opt(&r) && n > 4 {
                        drop(T("v2"));
                        if (String::from("four")).len() % 2 == 0 {
                            return Ok((P { a: (match 1 { 0 => n, n if n > 1 => n + 1, _ => n }), b: String::from("x") }).sum());
                        }
                        r = yield_!(r);
                    } else if (!(r.len() % 2 == 0) || !(r.len() % 2 == 0)) {
                        let P { a: a, b: c } = P { a: e.id(), b: (if (r).len() % 2 == 0 { i2s((if (String::from("four")).len() % 2 == 0 { n } else { T::id(&e) })) } else { (if (String::from("ab")).is_empty() { format!("{}-{}", (String::from("ab")), T::id(&e)) } else { format!("{}-{}", (String::from("x")), n) }) }) };
                        yield_!(i2s((a * a)));
                    }
                } else {
                    match (T("k3").id() * (res(&(r))? + e.id())) {
                        0 => {
                            let f = keep(T("v5"), 4).take();
                            yield_!(format!("{}-{}", (String::from("x")), keep(T("v7"), 6).take()));
                        }
                        n if n > 5 => {
                            r = yield_!(i2s(res(&(String::from("")))?));
                            consume(T("v8"));
                            let mut f = T("v9");
                        }
                        _ => {
                            let e = (if (String::from("x")).is_empty() { T::id(&e) } else { (if (String::from("x")).len() % 2 == 0 { e.take() } else { (if (String::from("xyz")).len() % 2 == 0 { 4 } else { 0 }) }) });
                        }
                    }
                }
                match opt(&(yield_!(String::from("x")))) {
                    Some(n) if n < 3 => {
                         {
                            drop(T("v10"));
                        }
                    }
                    Some(n) => {
                        let u11: i64;
                        if ((if (String::from("ab")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") })).len() % 2 == 0 {
                            u11 = n;
                        } else {
                            u11 = (match n { 0 => res(&(String::from("x")))?, n if n > 3 => n + 1, _ => Acc::new(n).add(2).add(4).get() });
                        }
                    }
                    None => {
                    }
                }
            }
            Ok(f3((if (String::from("ab")).len() % 2 == 0 { 1 } else { 0 }), yield_!(String::from("xyz")), (1 + 4)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p059 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [r, yield_!([String::from("ab"), String::from("four")].concat())] {
                if res(&(w))? != 2 {
                    return Ok(((match 5 { 0 => T::id(&cap), n if n > 0 => n + 1, _ => 4 }) * 5));
                }
                'l2: for w in [yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("ab") })), String::from("xyz")] {
                    if (w.is_empty() && ((w.len() as i64) > 4 && w.len() % 2 == 0)) {
                        return Err((if ((w.clone()).len() % 2 == 0 && (w.len() as i64) > 3) { yield_!(w.clone()) } else { String::from("x") }));
                    }
                    let (mut c, f) = (T("v3"), (T("k4").id() * Acc::new(f3(3, w.clone(), (w.len() as i64))).add((match cap.id() { 0 => (w.len() as i64), n if n > 2 => n + 1, _ => T::id(&cap) })).add(Acc::new(5).add((w.len() as i64)).add(5).get()).get()));
                    consume(keep(T("v5"), c.take()));
                }
                'l6: for w in [i2s(T::id(&cap)), i2s(Acc::new(cap.id()).add(3).add(cap.id()).get())] {
                    yield_!((if 1 <= 5 { w } else { w }));
                    yield_!(t("t7", t("t8", String::from("four"))));
                    drop(T("v9"));
                }
            }
            let mut fuel10 = 0;
            'l10: loop {
                fuel10 += 1;
                if fuel10 > 1 {
                    break 'l10;
                }
                let (mut c, b) = (T("v11"), (match cap.id() { 0 => t("t12", cap.id()), n if n > 1 => n + 1, _ => keep(T("v14"), 13).take() }));
                 {
                    let e = c;
                }
            }
            let mut fuel15 = 0;
            let f = 'l15: loop {
                fuel15 += 1;
                if fuel15 > 3 {
                    break 'l15 T("k16").id();
                }
                let a = f3(Acc::new(4).add((P { a: 4, b: String::from("x") }).sum()).add(5).get(), t("t17", (if (String::from("x")).len() % 2 == 0 { String::from("four") } else { String::from("xyz") })), t("t18", (match 1 { 0 => T::id(&cap), n if n > 5 => n + 1, _ => 5 })));
                let mut fuel19 = 0;
                'l19: while fuel19 < 1 && (String::from("")).len() % 2 == 0 {
                    fuel19 += 1;
                    consume(keep(T("v20"), (yield_!([String::from("hello"), String::from("")].concat()).len() as i64)));
                    r = format!("{}-{}", (i2s(a)), Acc::new((a * 0)).add(keep(T("v22"), 21).take()).add((if 3 == 5 { 3 } else { a })).get());
                    if !(res(&r)? == 3) {
                        break 'l15 T("k23").id();
                    }
                }
            };
            Ok((yield_!(i2s(f)).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p060 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let b = keep(keep(cap, Acc::new((r.len() as i64)).add(0).add(0).get()), f3((P { a: 4, b: String::from("x") }).sum(), r.clone(), Acc::new(1).add(1).add((r.len() as i64)).get()));
            let mut a = b;
            'l1: for w in [String::from("xyz"), yield_!(t("t2", r))] {
                match (P { a: Acc::new((match a.id() { 0 => (w.len() as i64), n if n > 0 => n + 1, _ => 5 })).add(t("t3", a.id())).add((if (w.clone()).len() % 2 == 0 { 5 } else { a.id() })).get(), b: (if !((String::from("ab")).len() % 2 == 0) { String::from("ab") } else { format!("{}-{}", (w), 4) }) }).sum() {
                    0 => {
                        let a: T = T("v4");
                        consume(keep(T("v5"), a.take()));
                    }
                    n if n > 3 => {
                    }
                    _ => {
                    }
                }
            }
            Some(a.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p061 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(cap);
            let u1: i64;
            if (t("t2", (r.len() as i64)) != 4 || r.is_empty()) {
                u1 = (match T("k3").id() { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => res(&(r))? });
            } else {
                u1 = f3((if 2 <= 5 { 3 } else { (r.len() as i64) }), t("t4", r.clone()), f3(2, r, 5));
            }
            if !((String::from("hello")).is_empty()) {
                panic!("p5");
            }
            'l6: for w in [yield_!(format!("{}-{}", (String::from("x")), u1)), (if ((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { yield_!(String::from("x")) } else { format!("{}-{}", (String::from("ab")), u1) })] {
                r = yield_!(String::from(""));
                let d = (if !((u1 > 4 && u1 > 5)) { f3(0, t("t7", w.clone()), T("k8").id()) } else { (r.len() as i64) });
            }
            if let Some(n) = opt(&(yield_!(i2s(u1)))) && n > 4 {
                if let Some(n) = opt(&(String::from("x"))) {
                } else if !((0 == 1 && u1 >= 3)) {
                }
            } else if (String::from("ab")).len() % 2 == 0 {
            }
            Ok(1)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p062 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(format!("{}-{}", (r), opt(&(String::from("x")))?));
            let mut fuel1 = Vec::from([T("k2").id(), t("t3", (match 3 { 0 => T::id(&cap), n if n > 4 => n + 1, _ => 2 }))]);
            'l1: while let Some(w) = fuel1.pop() {
                'l4: for w in 0..cap3(f3(opt(&(String::from("hello")))?, t("t5", String::from("four")), opt(&(String::from("four")))?)) {
                    drop(keep(T("v6"), (opt(&(String::from("xyz")))? - (if w == 1 { cap.id() } else { T::id(&cap) }))));
                    yield_!(t("t7", String::from("x")));
                    if ([String::from("four"), String::from("ab")].concat()).len() % 2 == 0 {
                        panic!("p8");
                    }
                }
                'l9: for w in 0..cap3(keep(keep(T("v11"), w), 10).take()) {
                    if (yield_!(String::from("xyz"))).len() % 2 == 0 {
                        return Some((P { a: cap.id(), b: yield_!(String::from("x")) }).sum());
                    }
                    let b = w;
                }
                if (yield_!(String::from("x"))).len() % 2 == 0 {
                    continue 'l1;
                }
            }
             {
                let mut fuel12 = Vec::from([Acc::new(1).add((match T::id(&cap) { 0 => T::id(&cap), n if n > 4 => n + 1, _ => T::id(&cap) })).add(cap.id()).get(), Acc::new((if (String::from("ab")).len() % 2 == 0 { cap.id() } else { 2 })).add(1).add(f3(cap.id(), String::from("xyz"), 1)).get()]);
                'l12: while let Some(w) = fuel12.pop() {
                    if let Some(n) = opt(&((if (String::from("ab")).len() % 2 == 0 { yield_!(String::from("xyz")) } else { yield_!(String::from("")) }))) {
                        let (mut c, b) = (T("v13"), t("t14", t("t15", T::id(&cap))));
                    } else if ((w == 0 || 0 >= 0) && (String::from("xyz")).len() % 2 == 0) {
                        if ((String::from("hello")).len() % 2 == 0 && T("k16").id() < 5) {
                            return Some((P { a: T("k17").id(), b: (if cap.id() <= 5 { String::from("ab") } else { String::from("four") }) }).sum());
                        }
                    }
                    if t("t18", (yield_!(String::from("x")).len() as i64)) > 0 {
                        return None;
                    }
                    let u19: i64;
                    if (yield_!(String::from("xyz"))).is_empty() {
                        u19 = T("k20").id();
                    } else {
                        u19 = (yield_!(i2s(w)).len() as i64);
                    }
                }
                let mut fuel21 = Vec::from([Acc::new(cap.id()).add((T::id(&cap) - cap.id())).add((P { a: 0, b: String::from("ab") }).sum()).get(), t("t22", 2)]);
                'l21: while let Some(w) = fuel21.pop() {
                     {
                    }
                }
            }
            Some(5)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p063 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if (t("t1", r.clone())).is_empty() {
                return Ok(res(&r)?);
            }
            'b2: {
                let d = t("t3", format!("{}-{}", r, (P { a: 4, b: r.clone() }).sum()));
                let mut b: String = yield_!(format!("{}-{}", (d), (P { a: 4, b: r.clone() }).sum()));
                if (!(cap.id() != 5) || b.len() % 2 == 0) {
                    break 'b2;
                }
            }
            r = t("t4", r.clone());
            if r.len() % 2 == 0 {
                panic!("p5");
            }
            if let Some(n) = opt(&r) {
                if let Some(n) = opt(&(yield_!(r.clone()))) {
                    let mut d = yield_!([String::from(""), i2s(n)].concat());
                    drop(cap);
                    yield_!(d);
                } else {
                    let mut a = i2s(T("k6").id());
                    let (mut d, e) = (T("v7"), n);
                    d = T("v8");
                }
            }
            r = [yield_!(String::from("xyz")), format!("{}-{}", r, t("t9", 3))].concat();
            drop(T("v10"));
            Ok((yield_!((if 3 == 3 { String::from("xyz") } else { r })).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p064 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let (mut b, c) = (T("v1"), T("k2").id());
            let mut fuel3 = Vec::from([(r.len() as i64), t("t4", c)]);
            'l3: while let Some(w) = fuel3.pop() {
                let [a, _, _] = [(r.len() as i64), Acc::new(Acc::new(f3(c, r.clone(), 5)).add(w).add(Acc::new(c).add(3).add(T::id(&b)).get()).get()).add((P { a: T("k5").id(), b: String::from("") }).sum()).add(res(&r)?).get(), w];
                let u6: i64;
                if (((r.clone()).is_empty() || (r.len() % 2 == 0 && 2 >= 4)) || (r.len() % 2 == 0 && r.is_empty())) {
                    u6 = (if (r.len() % 2 == 0 || r.len() % 2 == 0) { res(&r)? } else { f3(5, r.clone(), T::id(&cap)) });
                } else {
                    u6 = (match (w * (r.len() as i64)) { 0 => t("t7", c), n if n > 0 => n + 1, _ => (cap.id() - 4) });
                }
                r = yield_!(format!("{}-{}", (r.clone()), ((r.len() as i64) * (r.len() as i64))));
                if let Some(n) = opt(&r) && n > 3 {
                    if (T("k8").id() > 1 || !((a < 1 || r.len() % 2 == 0))) {
                        return Ok((r.len() as i64));
                    }
                    if r.is_empty() {
                        panic!("p9");
                    }
                    let f: i64 = n;
                } else if res(&(r.clone()))? >= 3 {
                    yield_!(i2s(keep(T("v11"), 10).take()));
                    let mut c = T("v12");
                    let c: String = (if (((r.clone()).len() % 2 == 0 || (r.len() as i64) >= 2) && !(r.len() % 2 == 0)) { t("t13", (if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("ab") })) } else { r.clone() });
                } else if (r.clone()).is_empty() {
                    let mut d = keep(keep(T("v14"), u6), f3(a, yield_!(r.clone()), keep(T("v16"), 15).take()));
                }
            }
            Ok((P { a: t("t17", T::id(&cap)), b: r }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p065 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let P { a: d, b: b } = P { a: keep(keep(keep(T("v2"), cap.id()), (yield_!(r.clone()).len() as i64)), 1).take(), b: yield_!(String::from("ab")) };
            let c = yield_!((if b.len() % 2 == 0 { t("t3", String::from("")) } else { b.clone() }));
            consume(T("v4"));
            yield_!(t("t5", format!("{}-{}", (b.clone()), (c.len() as i64))));
            let Some(c) = opt(&b) else {
                panic!("p6");
            };
            let mut fuel7 = 0;
            'l7: while fuel7 < 1 && (b.clone()).is_empty() {
                fuel7 += 1;
                let mut fuel8 = 0;
                'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 1 {
                        break 'l8;
                    }
                    let d = Acc::new((opt(&(r.clone()))? - d)).add(1).add(opt(&(String::from("")))?).get();
                    r = r.clone();
                }
                let Some(d) = opt(&b) else {
                    return Some(d);
                };
                match opt(&b) {
                    Some(n) if n < 4 => {
                        if ((((String::from("ab")).len() % 2 == 0 || 1 > 1) || !(T::id(&cap) != 1)) && r.len() % 2 == 0) {
                            continue 'l7;
                        }
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            Some(Acc::new((0 + c)).add(c).add((match (r.len() as i64) { 0 => c, n if n > 0 => n + 1, _ => cap.id() })).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p066 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            r = format!("{}-{}", ([r.clone(), String::from("x")].concat()), (t("t1", (r.len() as i64)) - cap.id()));
            if let Some(n) = opt(&(yield_!(String::from("xyz")))) && n > 1 {
                let mut fuel2 = Vec::from([n, res(&r)?]);
                'l2: while let Some(w) = fuel2.pop() {
                    yield_!(String::from("four"));
                    r = t("t3", yield_!(String::from("x")));
                    consume(T("v4"));
                }
                let mut fuel5 = 0;
                let a = 'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 2 {
                        break 'l5 (if (r.clone()).is_empty() { t("t6", n) } else { keep(T("v8"), 7).take() });
                    }
                    let [f, _, _] = [f3((r.len() as i64), format!("{}-{}", r, Acc::new(T::id(&cap)).add(T::id(&cap)).add(n).get()), (yield_!(t("t9", r.clone())).len() as i64)), (r.len() as i64), f3(((yield_!(r.clone()).len() as i64) + keep(T("v11"), 10).take()), [t("t12", String::from("ab")), String::from("xyz")].concat(), Acc::new(T::id(&cap)).add(n).add((P { a: 2, b: r.clone() }).sum()).get())];
                    consume(T("v13"));
                };
                let Some(b) = opt(&(t("t14", [r, String::from("ab")].concat()))) else {
                    return Ok(keep(cap, 15).take());
                };
            }
            let (mut c, d) = (keep(keep(T("v16"), f3(1, String::from("four"), 5)), Acc::new((P { a: 5, b: String::from("") }).sum()).add((if 1 != 0 { 5 } else { 2 })).add(keep(T("v18"), 17).take()).get()), (match (match t("t19", 3) { 0 => (P { a: 1, b: String::from("ab") }).sum(), n if n > 3 => n + 1, _ => T("k20").id() }) { 0 => T("k21").id(), n if n > 4 => n + 1, _ => 0 }));
            drop(keep(T("v22"), 2));
            let a = T("v23");
            c = keep(a, T::id(&c));
            let u24: i64;
            if ((String::from("")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) {
                u24 = T::id(&c);
            } else {
                u24 = keep(T("v26"), 25).take();
            }
            yield_!(format!("{}-{}", (String::from("x")), keep(T("v28"), 27).take()));
            yield_!(String::from("hello"));
            let mut c = d;
            let mut fuel29 = 0;
            'l29: while fuel29 < 2 && (String::from("x")).is_empty() {
                fuel29 += 1;
            }
            Ok((yield_!(String::from("four")).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p067 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut b = T("v1");
            'l2: for w in [i2s((cap.id() + b.id())), r.clone()] {
                let b = 'b3: {
                    let Some(e) = opt(&(t("t4", (if (String::from("ab")).len() % 2 == 0 { String::from("x") } else { String::from("four") })))) else {
                        return t("t5", T::id(&cap));
                    };
                    if !(w.len() % 2 == 0) {
                        break 'b3 (match 3 { 0 => T("k6").id(), n if n > 1 => n + 1, _ => t("t7", 1) });
                    }
                    (yield_!(w).len() as i64)
                };
                if let Some(n) = opt(&r) && n > 2 {
                    r = t("t8", format!("{}-{}", (r.clone()), t("t9", T::id(&cap))));
                    if ((match n { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => (r.len() as i64) }) == 0 || r.len() % 2 == 0) {
                        return b;
                    }
                    r = t("t10", t("t11", yield_!(String::from("hello"))));
                } else {
                    let mut d = i2s(cap.id());
                    if Acc::new((d.len() as i64)).add(Acc::new(4).add(b).add(b).get()).add((r.len() as i64)).get() >= 5 {
                        panic!("p12");
                    }
                }
                'b13: {
                    let mut fuel14 = Vec::from([keep(T("v16"), 15).take(), t("t17", T("k18").id())]);
                    'l14: while let Some(w) = fuel14.pop() {
                    }
                    if (0 * b) <= 2 {
                        break 'b13;
                    }
                }
            }
            (match cap.id() { 0 => f3((r.len() as i64), r, 5), n if n > 5 => n + 1, _ => t("t19", 4) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p068 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if !(((r.len() % 2 == 0 && r.len() % 2 == 0) && (4 < 1 || (r.clone()).len() % 2 == 0))) {
                u1 = (if !((String::from("four")).len() % 2 == 0) { (match (r.len() as i64) { 0 => 2, n if n > 3 => n + 1, _ => T::id(&cap) }) } else { keep(T("v3"), 2).take() });
            } else {
                u1 = t("t4", f3(cap.id(), String::from("hello"), T::id(&cap)));
            }
            yield_!(r);
            if let Some(n) = opt(&([yield_!(String::from("")), t("t5", String::from("hello"))].concat())) && n > 5 {
                yield_!(t("t6", [String::from(""), String::from("ab")].concat()));
            } else {
                let mut e = keep(T("v7"), u1);
            }
            yield_!(t("t8", i2s(T::id(&cap))));
            yield_!(String::from("xyz"));
            r = i2s(T("k9").id());
            yield_!([String::from(""), [r, String::from("ab")].concat()].concat());
             {
                let mut c = T("v10");
            }
            let u11: i64;
            if cap.id() != 2 {
                u11 = (yield_!(i2s(u1)).len() as i64);
            } else {
                u11 = ((if (String::from("ab")).len() % 2 == 0 { 0 } else { u1 }) + (match u1 { 0 => u1, n if n > 5 => n + 1, _ => u1 }));
            }
            'l12: for w in 0..cap3((P { a: (if u11 <= 2 { cap.id() } else { cap.id() }), b: yield_!(String::from("four")) }).sum()) {
                r = (if ((String::from("xyz")).is_empty() || ((String::from("ab")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0)) { yield_!([String::from("ab"), String::from("xyz")].concat()) } else { String::from("hello") });
                yield_!(String::from("hello"));
            }
            yield_!([(if u11 != 4 { String::from("four") } else { String::from("ab") }), t("t13", String::from("ab"))].concat());
            let c = (u11 + 2);
            'l14: for w in 0..cap3(f3(keep(T("v16"), 15).take(), format!("{}-{}", (String::from("x")), T::id(&cap)), (if 0 == 3 { c } else { cap.id() }))) {
                let mut b = t("t17", (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { i2s(u1) }));
                let u18: i64;
                if Acc::new(u1).add((if u11 == 4 { u1 } else { 2 })).add(keep(T("v20"), 19).take()).get() <= 4 {
                    u18 = t("t21", T::id(&cap));
                } else {
                    u18 = T("k22").id();
                }
            }
            let u23: i64;
            if ((!((String::from("x")).len() % 2 == 0) || ((String::from("ab")).len() % 2 == 0 && (String::from("")).len() % 2 == 0)) || (!((String::from("ab")).len() % 2 == 0) || (String::from("hello")).is_empty())) {
                u23 = f3((P { a: 2, b: String::from("hello") }).sum(), t("t24", String::from("ab")), (P { a: 5, b: String::from("x") }).sum());
            } else {
                u23 = Acc::new(t("t25", u1)).add(Acc::new(cap.id()).add(u1).add(u11).get()).add(t("t26", u11)).get();
            }
            drop(cap);
            (match (yield_!(String::from("")).len() as i64) { 0 => (P { a: u11, b: String::from("ab") }).sum(), n if n > 4 => n + 1, _ => keep(T("v28"), 27).take() })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p069 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(T::id(&cap)) {
                yield_!((if r.len() % 2 == 0 { (if r.len() % 2 == 0 { String::from("hello") } else { String::from("xyz") }) } else { t("t2", r.clone()) }));
                match ((yield_!(String::from("x")).len() as i64), r.clone()) {
                    (0, n) => {
                        let c = T("v3");
                    }
                    (_, n) if n.len() > 4 => {
                        let f = T("v4");
                    }
                    (_, n) => {
                        let d = keep(T("v5"), (match t("t6", w) { 0 => w, n if n > 0 => n + 1, _ => (match cap.id() { 0 => w, n if n > 4 => n + 1, _ => w }) }));
                        let mut d = r.clone();
                        if !((match (n.len() as i64) { 0 => T::id(&cap), n if n > 1 => n + 1, _ => w }) >= 0) {
                            continue 'l1;
                        }
                    }
                }
            }
            let f = T("v7");
             {
                if (yield_!(r.clone())).len() % 2 == 0 {
                    panic!("p8");
                }
                let P { a: d, b: b } = P { a: T("k9").id(), b: yield_!(r) };
                r = t("t10", b);
            }
            'l11: for w in 0..cap3(T("k12").id()) {
                let u13: i64;
                if ((yield_!(String::from("ab")).len() as i64) != 1 || ((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0)) {
                    u13 = T::id(&f);
                } else {
                    u13 = T::id(&f);
                }
                'l14: for w in [format!("{}-{}", r, T::id(&f)), r.clone()] {
                    let d = T("v15");
                    r = w.clone();
                    yield_!(w);
                    r = t("t16", [r.clone(), String::from("ab")].concat());
                }
            }
            f.take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p070 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
             {
                drop(T("v1"));
                if r.len() % 2 == 0 {
                    panic!("p2");
                }
                let mut c = r;
            }
            let Some(a) = opt(&(yield_!(t("t3", String::from("four"))))) else {
                return Acc::new(Acc::new(T::id(&cap)).add(cap.id()).add(cap.id()).get()).add(T("k4").id()).add((3 + T::id(&cap))).get();
            };
            let a = a;
            let c = i2s(f3(keep(T("v6"), 5).take(), String::from("ab"), t("t7", a)));
            let mut fuel8 = Vec::from([(f3(3, c, a) + cap.take()), 2]);
            'l8: while let Some(w) = fuel8.pop() {
                if (format!("{}-{}", (String::from("four")), 1)).is_empty() {
                } else if T("k9").id() >= 3 {
                } else {
                }
            }
            (if !(a <= 4) { 3 } else { f3(a, String::from(""), a) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p071 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(i2s(cap.take()));
            if (!(((r.len() as i64) < 4 || r.len() % 2 == 0)) || (!(r.len() % 2 == 0) || (r.len() % 2 == 0 && r.len() % 2 == 0))) {
                panic!("p1");
            }
            let [f, _, _] = [t("t2", (match (yield_!(r).len() as i64) { 0 => (if (String::from("hello")).len() % 2 == 0 { 1 } else { 0 }), n if n > 4 => n + 1, _ => Acc::new(5).add(3).add(4).get() })), ((if ((String::from("x")).len() % 2 == 0 && 3 == 2) { 5 } else { (yield_!(String::from("four")).len() as i64) }) - (P { a: opt(&(String::from("x")))?, b: (if 3 < 5 { String::from("x") } else { String::from("xyz") }) }).sum()), T("k3").id()];
            let Some(e) = opt(&((if (String::from("hello")).is_empty() { yield_!(String::from("hello")) } else { yield_!(String::from("xyz")) }))) else {
                panic!("p4");
            };
            if ([String::from("ab"), String::from("four")].concat()).is_empty() {
                if (i2s(e)).len() % 2 == 0 {
                    panic!("p5");
                }
                let c = keep(keep(T("v6"), keep(T("v8"), 7).take()), keep(keep(T("v10"), 3), 9).take());
            } else if ((String::from("x")).is_empty() && ((String::from("")).len() % 2 == 0 || f == 5)) {
            } else if !(!(e != 4)) {
            }
            Some((match Acc::new(4).add(0).add(1).get() { 0 => (match 3 { 0 => e, n if n > 4 => n + 1, _ => e }), n if n > 2 => n + 1, _ => (match f { 0 => 4, n if n > 3 => n + 1, _ => e }) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p072 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if (r.clone()).len() % 2 == 0 {
                u1 = 0;
            } else {
                u1 = keep(cap, 2).take();
            }
            match opt(&r) {
                Some(n) if n < 4 => {
                    if r.is_empty() {
                        consume(T("v3"));
                        let d = T("v4");
                    } else if r.is_empty() {
                        let mut c = (P { a: (yield_!((if (r).len() % 2 == 0 { String::from("") } else { String::from("x") })).len() as i64), b: String::from("") }).sum();
                        if (yield_!(String::from("ab"))).len() % 2 == 0 {
                            return Some(((if (String::from("ab")).len() % 2 == 0 { n } else { c }) + c));
                        }
                        let e = (P { a: (if (String::from("xyz")).len() % 2 == 0 { u1 } else { keep(T("v6"), 5).take() }), b: [(if 3 != 1 { String::from("") } else { String::from("ab") }), (if 4 <= 2 { String::from("xyz") } else { String::from("hello") })].concat() }).sum();
                    } else if (String::from("hello")).is_empty() {
                        if (r.len() % 2 == 0 || (r).len() % 2 == 0) {
                            return Some((if (String::from("ab")).is_empty() { opt(&(String::from("four")))? } else { (match 4 { 0 => 0, n if n > 1 => n + 1, _ => u1 }) }));
                        }
                        yield_!(format!("{}-{}", (String::from("xyz")), n));
                    }
                }
                Some(n) => {
                    let P { a: f, b: c } = P { a: Acc::new(u1).add(keep(T("v8"), 7).take()).add((r.len() as i64)).get(), b: r.clone() };
                    'b9: {
                        consume(T("v10"));
                        let mut fuel11 = 0;
                        let e = 'l11: loop {
                            fuel11 += 1;
                            if fuel11 > 1 {
                                break 'l11 f;
                            }
                            drop(T("v12"));
                            if (c.len() as i64) != 0 {
                                panic!("p13");
                            }
                            r = String::from("four");
                            if Acc::new(f).add(t("t14", 1)).add(u1).get() == 1 {
                                return Some(((yield_!(String::from("ab")).len() as i64) + T("k15").id()));
                            }
                        };
                        if (c.len() % 2 == 0 && ((c.len() as i64) == 0 || (r.len() as i64) > 3)) {
                            break 'b9;
                        }
                    }
                    if r.len() % 2 == 0 {
                        panic!("p16");
                    }
                }
                None => {
                    'l17: for w in [[yield_!(String::from("four")), yield_!(r)].concat(), [i2s(u1), (if 3 <= 2 { String::from("hello") } else { String::from("four") })].concat()] {
                        yield_!(w.clone());
                        let f = u1;
                        if (if !((w.len() as i64) == 3) { T("k18").id() } else { opt(&(String::from("hello")))? }) <= 0 {
                            continue 'l17;
                        }
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p073 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(f) = opt(&(format!("{}-{}", (String::from("xyz")), T::id(&cap)))) else {
                return None;
            };
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && r.len() % 2 == 0 {
                fuel1 += 1;
                if f != 4 {
                    panic!("p2");
                }
                drop(keep(T("v3"), f));
                let mut b = T("v4");
                let mut fuel5 = 0;
                'l5: while fuel5 < 2 && T("k6").id() != 3 {
                    fuel5 += 1;
                    let e = T("v7");
                    let P { a: a, b: d } = P { a: f3(T("k8").id(), format!("{}-{}", (r.clone()), opt(&r)?), Acc::new(f).add((1 + 0)).add(keep(T("v10"), 9).take()).get()), b: i2s((match opt(&r)? { 0 => opt(&(r.clone()))?, n if n > 1 => n + 1, _ => Acc::new((r.len() as i64)).add(b.id()).add(4).get() })) };
                    let mut c = T("v11");
                }
            }
            yield_!(String::from("end"));
            Some((P { a: (P { a: f, b: r }).sum(), b: String::from("ab") }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p074 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((!((String::from("hello")).len() % 2 == 0) && ((r.len() as i64) <= 5 || (r).len() % 2 == 0)) && (String::from("hello")).len() % 2 == 0) {
                let mut fuel1 = 0;
                'l1: while fuel1 < 1 && (String::from("hello")).len() % 2 == 0 {
                    fuel1 += 1;
                    drop(T("v2"));
                    consume(T("v3"));
                    let [f, _, _] = [T::id(&cap), T("k4").id(), 1];
                }
                let u5: i64;
                if (String::from("ab")).is_empty() {
                    u5 = 5;
                } else {
                    u5 = res(&(String::from("x")))?;
                }
            } else {
                let mut fuel6 = Vec::from([f3(res(&(String::from("xyz")))?, format!("{}-{}", (String::from("four")), 4), (P { a: 2, b: String::from("four") }).sum()), Acc::new(cap.take()).add(2).add((0 + 5)).get()]);
                'l6: while let Some(w) = fuel6.pop() {
                    let f: i64 = 4;
                    if (w == 0 || (P { a: f, b: String::from("four") }).sum() > 3) {
                        panic!("p7");
                    }
                }
                if ((String::from("xyz")).len() % 2 == 0 && (5 > 3 && !((String::from("ab")).len() % 2 == 0))) {
                    panic!("p8");
                }
            }
            let mut fuel9 = 0;
            let d = 'l9: loop {
                fuel9 += 1;
                if fuel9 > 1 {
                    break 'l9 ((P { a: 4, b: String::from("four") }).sum() * 0);
                }
                'l10: for w in 0..cap3(res(&(String::from("ab")))?) {
                    let P { a: d, b: a } = P { a: keep(T("v12"), 11).take(), b: t("t13", format!("{}-{}", (String::from("four")), (P { a: w, b: String::from("hello") }).sum())) };
                    let a = format!("{}-{}", a, 5);
                    r = a.clone();
                    let mut c = T("v14");
                }
                consume(T("v15"));
            };
            yield_!(String::from("end"));
            Ok(keep(T("v17"), 16).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p075 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3(t("t2", T("k3").id())) {
                 {
                    let c: String = yield_!(format!("{}-{}", r, cap.id()));
                    let mut fuel4 = Vec::from([(r.len() as i64), (match keep(T("v6"), 5).take() { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => Acc::new(3).add((c.len() as i64)).add((r.len() as i64)).get() })]);
                    'l4: while let Some(w) = fuel4.pop() {
                        let f = T("v7");
                        let d = f;
                    }
                }
            }
            Some(cap.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p076 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if !(!((String::from("four")).is_empty())) {
                u1 = (P { a: (P { a: (r.len() as i64), b: String::from("ab") }).sum(), b: t("t2", r.clone()) }).sum();
            } else {
                u1 = T("k3").id();
            }
            let Some(a) = opt(&(yield_!((if r.len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })))) else {
                panic!("p4");
            };
            let (mut a, d) = (T("v5"), T("k6").id());
            let P { a: f, b: b } = P { a: (d - (T("k7").id() - (match d { 0 => d, n if n > 3 => n + 1, _ => d }))), b: t("t8", [format!("{}-{}", r, u1), format!("{}-{}", r, (r.len() as i64))].concat()) };
            let u9: i64;
            if b.is_empty() {
                u9 = (P { a: t("t10", d), b: format!("{}-{}", (r.clone()), (r.len() as i64)) }).sum();
            } else {
                u9 = a.take();
            }
            yield_!(b.clone());
            let f = T("v11");
            if let Some(n) = opt(&(String::from("x"))) && n > 3 {
                'l12: for w in [yield_!([r, String::from("hello")].concat()), yield_!(format!("{}-{}", (b.clone()), u1))] {
                    r = yield_!((if b.len() % 2 == 0 { i2s(u9) } else { [w.clone(), w.clone()].concat() }));
                    if b.len() % 2 == 0 {
                        return (if (u1 >= 2 && (String::from("xyz")).len() % 2 == 0) { (b.len() as i64) } else { u1 });
                    }
                }
                let mut fuel13 = Vec::from([d, keep(cap, 14).take()]);
                'l13: while let Some(w) = fuel13.pop() {
                    a = keep(T("v15"), (P { a: (yield_!(String::from("x")).len() as i64), b: b.clone() }).sum());
                    let b = b.clone();
                    let mut b: T = T("v16");
                }
            } else if (r.is_empty() && ((String::from("four")).len() % 2 == 0 && d < 3)) {
            } else {
            }
            T("k17").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p077 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in [format!("{}-{}", r, keep(T("v3"), 2).take()), yield_!(r)] {
                if let Some(n) = opt(&(t("t4", [w, String::from("x")].concat()))) && n > 3 {
                    let e = String::from("");
                    r = format!("{}-{}", ((if (e.clone()).len() % 2 == 0 { String::from("x") } else { String::from("hello") })), n);
                    let d = (P { a: T("k6").id(), b: e }).sum();
                } else if T("k5").id() != 2 {
                    yield_!((if 1 == 1 { format!("{}-{}", (String::from("ab")), 4) } else { format!("{}-{}", (String::from("hello")), 2) }));
                    yield_!(t("t7", t("t8", String::from(""))));
                }
            }
            Some((match t("t9", T::id(&cap)) { 0 => cap.take(), n if n > 0 => n + 1, _ => 2 }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p078 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut b = keep(keep(T("v1"), (P { a: cap.id(), b: r.clone() }).sum()), keep(keep(T("v3"), 3), 2).take());
            consume(T("v4"));
            let c = yield_!(i2s(Acc::new((r.len() as i64)).add(T::id(&cap)).add(5).get()));
            let d = (match (yield_!([String::from("ab"), c].concat()).len() as i64) { 0 => (P { a: 5, b: r }).sum(), n if n > 2 => n + 1, _ => (match (T::id(&b) + T::id(&b)) { 0 => T("k5").id(), n if n > 3 => n + 1, _ => (if (String::from("xyz")).len() % 2 == 0 { 2 } else { T::id(&b) }) }) });
            if ([String::from("hello"), String::from("four")].concat()).is_empty() {
                panic!("p6");
            }
            let mut f = yield_!([i2s(cap.id()), (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("four") })].concat());
            'l7: for w in [yield_!(i2s((f.len() as i64))), [String::from("ab"), (if f.len() % 2 == 0 { f } else { String::from("four") })].concat()] {
                match opt(&(String::from("hello"))) {
                    Some(n) if n < 5 => {
                        b = keep(keep(T("v8"), n), keep(T("v10"), 9).take());
                        let mut f = T("v11");
                    }
                    Some(n) => {
                        f = (if ((w.clone()).len() % 2 == 0 && w.len() % 2 == 0) { yield_!(t("t12", w.clone())) } else { w.clone() });
                        if w.len() % 2 == 0 {
                            panic!("p13");
                        }
                        yield_!(w);
                    }
                    None => {
                        let e = yield_!(i2s(f3(0, w.clone(), T::id(&b))));
                    }
                }
                if let Some(n) = opt(&(i2s(cap.id()))) {
                    let f: String = (if (String::from("x")).is_empty() { String::from("hello") } else { [(if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") }), [String::from("x"), String::from("ab")].concat()].concat() });
                }
                 {
                    let mut fuel14 = 0;
                    'l14: while fuel14 < 2 && (String::from("hello")).is_empty() {
                        fuel14 += 1;
                        f = yield_!(format!("{}-{}", (String::from("four")), 3));
                    }
                }
            }
            T("k15").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p079 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1;
                }
                if let Some(n) = opt(&r) {
                    let b = i2s(((match 2 { 0 => n, n if n > 2 => n + 1, _ => n }) + opt(&(String::from("xyz")))?));
                    let mut d = yield_!(b.clone());
                }
                'l4: for w in 0..cap3(Acc::new(5).add((if (String::from("xyz")).len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) })).add(2).get()) {
                    yield_!(i2s(opt(&r)?));
                    let f: String = (if !(w == 4) { r.clone() } else { t("t5", i2s(4)) });
                    let mut b = opt(&f)?;
                    if Acc::new((match (f.len() as i64) { 0 => 5, n if n > 5 => n + 1, _ => 2 })).add((P { a: (r.len() as i64), b: f }).sum()).add(t("t6", w)).get() == 4 {
                        panic!("p7");
                    }
                }
                drop(T("v8"));
            }
            let c = (P { a: (P { a: (yield_!(String::from("hello")).len() as i64), b: i2s(T::id(&cap)) }).sum(), b: (if 2 == 0 { r.clone() } else { t("t9", r) }) }).sum();
            drop(T("v10"));
            if ([String::from("four"), String::from("four")].concat()).is_empty() {
                return Some((match opt(&(String::from("")))? { 0 => keep(T("v12"), 11).take(), n if n > 1 => n + 1, _ => t("t13", cap.id()) }));
            }
            yield_!(i2s(opt(&(String::from("xyz")))?));
            let u14: i64;
            if opt(&(String::from("ab")))? < 0 {
                u14 = (P { a: Acc::new(cap.id()).add(c).add(c).get(), b: yield_!(String::from("xyz")) }).sum();
            } else {
                u14 = (yield_!(i2s(cap.id())).len() as i64);
            }
            yield_!((if !((String::from("ab")).len() % 2 == 0) { String::from("xyz") } else { format!("{}-{}", (String::from("ab")), u14) }));
            let Some(e) = opt(&(String::from(""))) else {
                return None;
            };
            Some(f3(keep(T("v16"), 15).take(), t("t17", String::from("")), (c + 0)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p080 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(f) = opt(&r) else {
                return t("t1", T("k2").id());
            };
            let d = (P { a: (P { a: (yield_!(String::from("x")).len() as i64), b: [String::from("xyz"), r].concat() }).sum(), b: t("t3", yield_!(String::from("four"))) }).sum();
            let u4: i64;
            if (i2s(0)).is_empty() {
                u4 = (P { a: (P { a: d, b: String::from("xyz") }).sum(), b: yield_!(String::from("four")) }).sum();
            } else {
                u4 = 5;
            }
            'l5: for w in [[t("t6", String::from("xyz")), yield_!(String::from("x"))].concat(), String::from("x")] {
                 {
                    let mut fuel7 = Vec::from([t("t8", keep(T("v10"), 9).take()), d]);
                    'l7: while let Some(w) = fuel7.pop() {
                        r = t("t11", [yield_!(String::from("four")), String::from("")].concat());
                        if (!(!(r.len() % 2 == 0)) || !(((r.clone()).len() % 2 == 0 || f <= 1))) {
                            return (r.len() as i64);
                        }
                        r = String::from("four");
                    }
                }
            }
            t("t12", T("k13").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p081 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
             {
                yield_!(i2s(Acc::new(3).add((r.len() as i64)).add((r.len() as i64)).get()));
                if cap.take() == 3 {
                    panic!("p1");
                }
                let c = (r.len() as i64);
            }
            if !((5 != 1 && r.len() % 2 == 0)) {
                return None;
            }
            let mut fuel2 = Vec::from([(if (r.clone()).len() % 2 == 0 { T("k3").id() } else { (r.len() as i64) }), keep(T("v5"), 4).take()]);
            'l2: while let Some(w) = fuel2.pop() {
                let e = (if ((r.len() as i64) <= 5 || !(r.len() % 2 == 0)) { (match (match w { 0 => 0, n if n > 1 => n + 1, _ => w }) { 0 => w, n if n > 0 => n + 1, _ => 4 }) } else { (yield_!(t("t6", r.clone())).len() as i64) });
                let mut c = f3((yield_!(r.clone()).len() as i64), yield_!(t("t7", r.clone())), (match t("t8", e) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => 0 }));
                let Some(b) = opt(&r) else {
                    return Some(e);
                };
            }
            let mut fuel9 = 0;
            let c = 'l9: loop {
                fuel9 += 1;
                if fuel9 > 2 {
                    break 'l9 (P { a: opt(&(String::from("four")))?, b: String::from("xyz") }).sum();
                }
                let e = 'b10: {
                    yield_!(t("t11", format!("{}-{}", (String::from("hello")), 0)));
                    'l12: for w in 0..cap3((Acc::new(2).add(2).add(4).get() + T("k13").id())) {
                        let c = opt(&r)?;
                        r = [[yield_!(String::from("hello")), yield_!(r.clone())].concat(), format!("{}-{}", r, 2)].concat();
                        let [b, _, _] = [(1 + opt(&(String::from("x")))?), keep(T("v15"), 14).take(), f3(keep(keep(T("v17"), (r.len() as i64)), 16).take(), yield_!([r.clone(), r.clone()].concat()), t("t18", keep(T("v20"), 19).take()))];
                        let a = t("t21", i2s(w));
                    }
                    if r.len() % 2 == 0 {
                        break 'b10 T("k22").id();
                    }
                    opt(&r)?
                };
                let mut fuel23 = Vec::from([(if (e < 4 || e != 4) { (if 3 >= 3 { e } else { (r.len() as i64) }) } else { (r.len() as i64) }), keep(T("v25"), 24).take()]);
                'l23: while let Some(w) = fuel23.pop() {
                    let a = opt(&r)?;
                    yield_!((if ((String::from("xyz")).len() % 2 == 0 && w == 1) { format!("{}-{}", (String::from("hello")), 1) } else { r.clone() }));
                }
            };
            Some(keep(T("v27"), 26).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p082 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut b: T = T("v1");
            match (f3(res(&(r.clone()))?, t("t2", r.clone()), keep(T("v4"), 3).take()), [yield_!([r, String::from("x")].concat()), (if ((String::from("xyz")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { t("t5", String::from("x")) } else { yield_!(String::from("xyz")) })].concat()) {
                (0, n) => {
                    r = yield_!(t("t6", t("t7", n.clone())));
                }
                (_, n) if n.len() > 3 => {
                    if n.is_empty() {
                        panic!("p8");
                    }
                    yield_!(n.clone());
                }
                (_, n) => {
                    drop(T("v9"));
                    let b = 0;
                }
            }
            Ok(keep(keep(T("v11"), b.id()), 10).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p083 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(b) = opt(&r) else {
                panic!("p1");
            };
            let mut a = keep(T("v2"), (if ((r.len() as i64) > 3 || r.len() % 2 == 0) { (r.len() as i64) } else { (yield_!(String::from("")).len() as i64) }));
            'l3: for w in 0..cap3((if r.len() % 2 == 0 { ((r.len() as i64) * b) } else { cap.take() })) {
                let Some(b) = opt(&(String::from("x"))) else {
                    return (P { a: (yield_!(String::from("x")).len() as i64), b: i2s(2) }).sum();
                };
                let mut fuel4 = 0;
                'l4: while fuel4 < 3 && (!(a.id() <= 3) && (r.len() as i64) != 5) {
                    fuel4 += 1;
                    let mut f = r.clone();
                }
            }
            Acc::new((0 - T::id(&a))).add(b).add(5).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p084 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            match opt(&(yield_!(i2s(T::id(&cap))))) {
                Some(n) if n < 5 => {
                    yield_!(String::from(""));
                    let mut b = r.clone();
                }
                Some(n) => {
                    let [f, _, _] = [(match (match f3(n, r.clone(), T::id(&cap)) { 0 => 1, n if n > 4 => n + 1, _ => n }) { 0 => (P { a: Acc::new((r.len() as i64)).add(cap.id()).add(0).get(), b: String::from("hello") }).sum(), n if n > 4 => n + 1, _ => n }), cap.take(), n];
                    let mut fuel1 = 0;
                    'l1: loop {
                        fuel1 += 1;
                        if fuel1 > 1 {
                            break 'l1;
                        }
                        yield_!(format!("{}-{}", (String::from("")), (if r.len() % 2 == 0 { n } else { f })));
                        if (f > 3 || (r.clone()).is_empty()) {
                            break 'l1;
                        }
                        let mut f = t("t2", yield_!(i2s(n)));
                    }
                    yield_!(t("t3", format!("{}-{}", (r.clone()), f)));
                }
                None => {
                     {
                        if (((r.len() % 2 == 0 && r.len() % 2 == 0) || !(r.len() % 2 == 0)) && !(((r).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0))) {
                            panic!("p4");
                        }
                        let e = Acc::new(keep(keep(T("v6"), 4), 5).take()).add(cap.take()).add((match (P { a: 3, b: String::from("ab") }).sum() { 0 => (if 0 > 4 { 3 } else { 5 }), n if n > 1 => n + 1, _ => keep(T("v8"), 7).take() })).get();
                        match 4 {
                            0 => {
                                let b = e;
                                yield_!((if (b == 3 && b == 5) { (if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("") }) } else { t("t9", String::from("xyz")) }));
                            }
                            n if n > 4 => {
                                let [c, _, _] = [e, keep(T("v11"), 10).take(), n];
                                r = t("t12", String::from("ab"));
                                if r.is_empty() {
                                    panic!("p13");
                                }
                            }
                            _ => {
                                let [d, _, _] = [(if (e <= 0 || (String::from("ab")).is_empty()) { (match (P { a: 4, b: String::from("four") }).sum() { 0 => f3(e, String::from("four"), e), n if n > 2 => n + 1, _ => Acc::new(0).add(e).add(e).get() }) } else { ((if (String::from("xyz")).len() % 2 == 0 { e } else { 3 }) + e) }), keep(T("v15"), 14).take(), (if (String::from("xyz")).is_empty() { t("t16", 4) } else { (yield_!(i2s(e)).len() as i64) })];
                                r = (if (String::from("")).is_empty() { (if (String::from("x")).len() % 2 == 0 { String::from("four") } else { format!("{}-{}", (String::from("")), 2) }) } else { [[String::from("hello"), String::from("x")].concat(), i2s(e)].concat() });
                            }
                        }
                    }
                }
            }
            T("k17").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p085 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let c = T("v1");
            yield_!(r);
            let u2: i64;
            if ([String::from("hello"), String::from("xyz")].concat()).is_empty() {
                u2 = (if (c.id() >= 1 || T::id(&cap) < 2) { t("t3", T::id(&c)) } else { T("k4").id() });
            } else {
                u2 = (keep(T("v6"), 5).take() + (P { a: 5, b: String::from("x") }).sum());
            }
            let a = [(if ((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { yield_!(String::from("xyz")) } else { yield_!(String::from("x")) }), yield_!([String::from("ab"), String::from("hello")].concat())].concat();
            'l7: for w in [[t("t8", String::from("four")), (if (a.len() as i64) <= 1 { a.clone() } else { a })].concat(), t("t9", (if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("hello") }))] {
                let mut fuel10 = 0;
                let b = 'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 2 {
                        break 'l10 (P { a: u2, b: w.clone() }).sum();
                    }
                    let c = String::from("hello");
                    drop(keep(T("v11"), f3((u2 - (w.len() as i64)), yield_!(c), T("k12").id())));
                };
                yield_!(String::from(""));
            }
            'l13: for w in 0..cap3((if !(1 < 1) { (P { a: cap.id(), b: String::from("") }).sum() } else { cap.take() })) {
                if (String::from("")).len() % 2 == 0 {
                    panic!("p14");
                }
                let Some(b) = opt(&(i2s(T("k15").id()))) else {
                    return T("k16").id();
                };
                drop(T("v17"));
            }
            let mut fuel18 = 0;
            'l18: while fuel18 < 3 && Acc::new(u2).add(5).add(2).get() <= 1 {
                fuel18 += 1;
            }
            (u2 - (2 + u2))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p086 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = Vec::from([(P { a: f3(cap.id(), String::from("ab"), 4), b: t("t2", r) }).sum(), (yield_!([String::from("ab"), String::from("hello")].concat()).len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                'b3: {
                    let b: i64 = res(&((if (String::from("four")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })))?;
                    let c = 'b4: {
                        if ((String::from("")).len() % 2 == 0 && ((String::from("x")).is_empty() || T::id(&cap) < 0)) {
                            panic!("p5");
                        }
                        if (String::from("ab")).is_empty() {
                            break 'b4 w;
                        }
                        w
                    };
                    if T::id(&cap) > 4 {
                        break 'b3;
                    }
                }
                let mut fuel6 = 0;
                'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 2 {
                        break 'l6;
                    }
                    let a = T("v7");
                    yield_!(format!("{}-{}", (String::from("hello")), (P { a: w, b: String::from("xyz") }).sum()));
                    let c = T("v8");
                }
            }
            match opt(&([(if (String::from("four")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") }), String::from("xyz")].concat())) {
                Some(n) if n < 1 => {
                    let f = (if (String::from("x")).is_empty() { T("k9").id() } else { res(&(String::from("x")))? });
                    let e = keep(T("v10"), cap.take());
                }
                Some(n) => {
                    let mut fuel11 = 0;
                    'l11: while fuel11 < 2 && !((T::id(&cap) < 5 && (String::from("x")).len() % 2 == 0)) {
                        fuel11 += 1;
                        yield_!(i2s((P { a: n, b: String::from("xyz") }).sum()));
                        yield_!(String::from("ab"));
                        let a: i64 = n;
                    }
                }
                None => {
                }
            }
            Ok(Acc::new(keep(T("v13"), 12).take()).add(Acc::new(2).add(4).add(5).get()).add((yield_!(String::from("four")).len() as i64)).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p087 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([f3((r.len() as i64), yield_!(r), keep(T("v3"), 2).take()), (match t("t4", 3) { 0 => 0, n if n > 1 => n + 1, _ => (if T::id(&cap) >= 4 { T::id(&cap) } else { 2 }) })]);
            'l1: while let Some(w) = fuel1.pop() {
                'l5: for w in 0..cap3(Acc::new(f3(cap.id(), String::from("hello"), 2)).add(keep(T("v7"), 6).take()).add((P { a: 2, b: String::from("x") }).sum()).get()) {
                    drop(keep(T("v8"), t("t9", T("k10").id())));
                    let P { a: e, b: f } = P { a: (yield_!(format!("{}-{}", (String::from("x")), (w - cap.id()))).len() as i64), b: yield_!(format!("{}-{}", (String::from("x")), w)) };
                    r = t("t11", yield_!(f.clone()));
                }
                let c = 'b12: {
                    yield_!(i2s(T("k13").id()));
                    r = i2s(w);
                    if !((r.clone()).len() % 2 == 0) {
                        break 'b12 (P { a: (r.len() as i64), b: [String::from(""), r.clone()].concat() }).sum();
                    }
                    f3(keep(T("v15"), 14).take(), yield_!(String::from("hello")), (T::id(&cap) - cap.id()))
                };
                let mut fuel16 = Vec::from([t("t17", (c + 2)), opt(&(String::from("ab")))?]);
                'l16: while let Some(w) = fuel16.pop() {
                }
            }
            Some((P { a: (T::id(&cap) - T::id(&cap)), b: t("t18", String::from("four")) }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p088 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(keep(keep(T("v3"), (r.len() as i64)), 2).take()) {
                if r.len() % 2 == 0 {
                    yield_!(String::from("ab"));
                    let (mut c, d) = (keep(T("v4"), f3(T("k5").id(), i2s((r.len() as i64)), (yield_!(String::from("x")).len() as i64))), keep(T("v7"), 6).take());
                }
                 {
                    if let Some(n) = opt(&r) {
                        let mut a = Acc::new(f3((P { a: cap.id(), b: String::from("x") }).sum(), String::from(""), 4)).add(Acc::new(w).add((1 * (r.len() as i64))).add(2).get()).add(T("k9").id()).get();
                        let b = keep(T("v10"), (r.len() as i64));
                        if !((((r.len() as i64) < 1 || (r.len() as i64) < 0) || r.is_empty())) {
                            return (r.len() as i64);
                        }
                    } else if !(!((r.clone()).len() % 2 == 0)) {
                    } else if t("t8", T::id(&cap)) < 2 {
                    }
                }
            }
            Acc::new((T::id(&cap) * 3)).add(t("t11", (r.len() as i64))).add(T("k12").id()).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p089 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let c = [format!("{}-{}", (r.clone()), f3(3, r, cap.id())), yield_!(i2s(cap.id()))].concat();
            let c = (yield_!(t("t1", c)).len() as i64);
            let mut fuel2 = 0;
            'l2: while fuel2 < 2 && (String::from("hello")).len() % 2 == 0 {
                fuel2 += 1;
                 {
                    if ((if (String::from("hello")).len() % 2 == 0 { String::from("") } else { String::from("xyz") })).len() % 2 == 0 {
                        panic!("p3");
                    }
                    match opt(&(yield_!(i2s(T::id(&cap))))) {
                        Some(n) if n < 5 => {
                            let e = [[yield_!(String::from("x")), format!("{}-{}", (String::from("")), 0)].concat(), yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("ab") } else { String::from("four") }))].concat();
                            let e: String = yield_!(t("t4", String::from("x")));
                        }
                        Some(n) => {
                            if (f3(cap.id(), String::from("hello"), cap.id()) >= 0 || (String::from("x")).len() % 2 == 0) {
                                continue 'l2;
                            }
                            if (T("k5").id() < 0 && (String::from("ab")).len() % 2 == 0) {
                                return c;
                            }
                        }
                        None => {
                            yield_!(format!("{}-{}", (String::from("xyz")), (match c { 0 => c, n if n > 3 => n + 1, _ => 5 })));
                            let [d, _, _] = [(yield_!((if (String::from("four")).len() % 2 == 0 { i2s(c) } else { i2s(1) })).len() as i64), keep(keep(keep(T("v7"), c), (P { a: cap.id(), b: String::from("hello") }).sum()), 6).take(), T("k8").id()];
                            r = i2s(4);
                        }
                    }
                }
                yield_!(format!("{}-{}", (String::from("xyz")), (match 2 { 0 => c, n if n > 2 => n + 1, _ => 4 })));
            }
            'b9: {
                'l10: for w in [(if (String::from("four")).is_empty() { yield_!(String::from("")) } else { t("t11", String::from("xyz")) }), String::from("")] {
                    let b = 'b12: {
                        drop(T("v13"));
                        if (!((w.len() as i64) < 3) && c >= 1) {
                            break 'b12 (match keep(T("v15"), 14).take() { 0 => c, n if n > 1 => n + 1, _ => c });
                        }
                        c
                    };
                }
                if (String::from("four")).len() % 2 == 0 {
                    break 'b9;
                }
            }
            (yield_!(format!("{}-{}", (String::from("xyz")), c)).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p090 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut e = T("v1");
            if ((if r.len() % 2 == 0 { (r.len() as i64) } else { T::id(&cap) }) - (match cap.id() { 0 => T::id(&cap), n if n > 1 => n + 1, _ => 1 })) != 4 {
                panic!("p2");
            }
            'l3: for w in [yield_!(i2s(cap.id())), (if ((String::from("ab")).len() % 2 == 0 && r.len() % 2 == 0) { t("t4", String::from("hello")) } else { yield_!(r.clone()) })] {
                match opt(&w) {
                    Some(n) if n < 1 => {
                        if (w).is_empty() {
                            panic!("p5");
                        }
                        yield_!(r.clone());
                    }
                    Some(n) => {
                        yield_!(w);
                        let d = T("v6");
                    }
                    None => {
                        if (!(!(w.len() % 2 == 0)) && (((String::from("xyz")).len() % 2 == 0 && (w.clone()).len() % 2 == 0) && cap.id() < 0)) {
                            panic!("p7");
                        }
                        let (mut c, a) = (T("v8"), t("t9", (w.len() as i64)));
                    }
                }
                if r.is_empty() {
                    return Err(format!("{}-{}", (String::from("four")), T("k10").id()));
                }
                let e = T("v11");
                if ((!((String::from("hello")).len() % 2 == 0) || (r.len() % 2 == 0 && T::id(&e) > 1)) && ((0 == 0 && r.len() % 2 == 0) || (r.len() % 2 == 0 && e.id() > 3))) {
                    return Err(yield_!(String::from("x")));
                }
            }
            'l12: for w in 0..cap3((P { a: (yield_!(r).len() as i64), b: yield_!(String::from("hello")) }).sum()) {
            }
            Ok((yield_!(t("t13", String::from("x"))).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p091 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if (P { a: 1, b: r.clone() }).sum() == 3 {
                u1 = (yield_!((if r.len() % 2 == 0 { r.clone() } else { String::from("xyz") })).len() as i64);
            } else {
                u1 = (yield_!(format!("{}-{}", (r), cap.id())).len() as i64);
            }
             {
                let mut fuel2 = 0;
                let d = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 1 {
                        break 'l2 ((match T::id(&cap) { 0 => 3, n if n > 1 => n + 1, _ => u1 }) - T("k3").id());
                    }
                    match (u1 + (f3(1, String::from("ab"), 4) * (u1 - 2))) {
                        0 => {
                            consume(T("v4"));
                            if ((String::from("ab")).len() % 2 == 0 || cap.id() >= 5) {
                                break 'l2 f3(Acc::new(u1).add(5).add(cap.id()).get(), [String::from("hello"), String::from("ab")].concat(), (P { a: 5, b: String::from("ab") }).sum());
                            }
                            let f: i64 = (if !((String::from("xyz")).is_empty()) { T("k5").id() } else { (t("t6", T::id(&cap)) * T("k7").id()) });
                        }
                        n if n > 0 => {
                            let f = [[i2s(n), format!("{}-{}", (String::from("hello")), 4)].concat(), t("t8", yield_!(String::from("")))].concat();
                            if T::id(&cap) >= 1 {
                                return (yield_!(t("t9", String::from("hello"))).len() as i64);
                            }
                        }
                        _ => {
                            if (format!("{}-{}", (String::from("x")), u1)).is_empty() {
                                break 'l2 (match Acc::new(T::id(&cap)).add(cap.id()).add(u1).get() { 0 => T::id(&cap), n if n > 1 => n + 1, _ => T("k10").id() });
                            }
                        }
                    }
                    if !(!((String::from("hello")).len() % 2 == 0)) {
                        panic!("p11");
                    }
                    let b = t("t12", t("t13", t("t14", String::from("ab"))));
                };
                let Some(c) = opt(&(yield_!(String::from("four")))) else {
                    return (yield_!(i2s(u1)).len() as i64);
                };
                'l15: for w in [format!("{}-{}", (String::from("xyz")), (d - u1)), yield_!(String::from("four"))] {
                    if let Some(n) = opt(&w) {
                        consume(keep(T("v16"), T("k17").id()));
                    } else if (match d { 0 => cap.id(), n if n > 5 => n + 1, _ => u1 }) > 0 {
                    } else {
                    }
                }
            }
            (P { a: (yield_!(String::from("four")).len() as i64), b: t("t18", String::from("hello")) }).sum()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p092 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if (match T("k1").id() { 0 => (P { a: T::id(&cap), b: String::from("four") }).sum(), n if n > 0 => n + 1, _ => f3(cap.id(), String::from("hello"), (r.len() as i64)) }) < 1 {
                panic!("p2");
            }
            let mut fuel3 = 0;
            let c = 'l3: loop {
                fuel3 += 1;
                if fuel3 > 1 {
                    break 'l3 Acc::new((T::id(&cap) + cap.id())).add(keep(T("v5"), 4).take()).add(T::id(&cap)).get();
                }
                'l6: for w in 0..cap3((P { a: f3(0, r.clone(), cap.id()), b: r.clone() }).sum()) {
                    if w <= 2 {
                        panic!("p7");
                    }
                    let e = String::from("xyz");
                }
                'l8: for w in 0..cap3((match (P { a: (r.len() as i64), b: r.clone() }).sum() { 0 => (if r.len() % 2 == 0 { cap.id() } else { T::id(&cap) }), n if n > 1 => n + 1, _ => cap.id() })) {
                    let mut b = T("v9");
                    if !((r.is_empty() || !((r.clone()).len() % 2 == 0))) {
                        return None;
                    }
                    let d: i64 = t("t10", (if !(r.len() % 2 == 0) { b.take() } else { (match T::id(&b) { 0 => T::id(&cap), n if n > 1 => n + 1, _ => b.id() }) }));
                    let a = r.clone();
                }
            };
            yield_!(String::from("end"));
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p093 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(d) = opt(&r) else {
                panic!("p1");
            };
            if T("k2").id() != 3 {
                return Acc::new(cap.take()).add(t("t3", 3)).add((1 + (r.len() as i64))).get();
            }
            let mut fuel4 = Vec::from([d, f3((P { a: d, b: String::from("") }).sum(), yield_!(String::from("ab")), (match d { 0 => d, n if n > 3 => n + 1, _ => 1 }))]);
            'l4: while let Some(w) = fuel4.pop() {
                'l5: for w in 0..cap3(4) {
                    yield_!(i2s(f3((r.len() as i64), r.clone(), d)));
                    let mut a = keep(keep(keep(T("v6"), 2), (match w { 0 => w, n if n > 0 => n + 1, _ => 2 })), d);
                }
                yield_!(r.clone());
            }
            yield_!(r.clone());
            let u7: i64;
            if (r).len() % 2 == 0 {
                u7 = ((d + d) + d);
            } else {
                u7 = (match (P { a: 4, b: String::from("") }).sum() { 0 => (if (String::from("x")).len() % 2 == 0 { d } else { d }), n if n > 5 => n + 1, _ => (match d { 0 => d, n if n > 0 => n + 1, _ => d }) });
            }
            let mut b = T("v8");
            let mut fuel9 = 0;
            'l9: while fuel9 < 2 && !((String::from("hello")).len() % 2 == 0) {
                fuel9 += 1;
            }
            ((match 2 { 0 => d, n if n > 4 => n + 1, _ => u7 }) + u7)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p094 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(4) {
                drop(keep(T("v2"), (r.len() as i64)));
                r = (if t("t3", 2) >= 4 { r.clone() } else { yield_!(t("t4", String::from(""))) });
                let mut fuel5 = 0;
                'l5: while fuel5 < 1 && !(!(r.len() % 2 == 0)) {
                    fuel5 += 1;
                    let e: String = r.clone();
                    let mut a: String = t("t6", (if T::id(&cap) <= 0 { String::from("x") } else { e.clone() }));
                }
                match (yield_!(format!("{}-{}", (r.clone()), (r.len() as i64))).len() as i64) {
                    0 => {
                        let b = T("v7");
                    }
                    n if n > 3 => {
                        r = yield_!(i2s(cap.id()));
                        yield_!(t("t8", String::from("four")));
                        yield_!(r.clone());
                    }
                    _ => {
                        if !(((String::from("xyz")).is_empty() || cap.id() == 3)) {
                            return w;
                        }
                        let mut c = t("t9", [yield_!(r.clone()), i2s(1)].concat());
                    }
                }
            }
            yield_!(r.clone());
            let mut a = yield_!(String::from(""));
            let mut fuel10 = 0;
            let e = 'l10: loop {
                fuel10 += 1;
                if fuel10 > 2 {
                    break 'l10 T("k11").id();
                }
                match (0, yield_!(r.clone())) {
                    (0, n) => {
                        r = format!("{}-{}", n, (Acc::new(5).add((a.len() as i64)).add(4).get() + ((n.len() as i64) + (a.len() as i64))));
                    }
                    (_, n) if n.len() > 3 => {
                        yield_!(n);
                    }
                    (_, n) => {
                        if r.len() % 2 == 0 {
                            return f3((match 2 { 0 => (n.len() as i64), n if n > 0 => n + 1, _ => (n.len() as i64) }), n, (match 2 { 0 => cap.id(), n if n > 0 => n + 1, _ => 5 }));
                        }
                    }
                }
                let mut fuel12 = 0;
                let f = 'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 1 {
                        break 'l12 t("t13", (a.len() as i64));
                    }
                    if (!(!((String::from("four")).len() % 2 == 0)) && (String::from("x")).is_empty()) {
                        break 'l12 keep(keep(T("v15"), T::id(&cap)), 14).take();
                    }
                    let P { a: a, b: e } = P { a: (a.len() as i64), b: (if ((a.len() as i64) > 3 && a.len() % 2 == 0) { (if (r.len() as i64) < 3 { format!("{}-{}", (String::from("hello")), 1) } else { [String::from("xyz"), String::from("ab")].concat() }) } else { t("t16", r.clone()) }) };
                };
            };
            (if !(r.len() % 2 == 0) { e } else { (P { a: e, b: r.clone() }).sum() })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p095 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            let a = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 T("k2").id();
                }
                r = (if (T::id(&cap) < 5 && (r.len() % 2 == 0 && (String::from("hello")).len() % 2 == 0)) { [r.clone(), r.clone()].concat() } else { [t("t3", String::from("")), yield_!(String::from("hello"))].concat() });
                drop(T("v4"));
            };
            match T("k5").id() {
                0 => {
                    let mut fuel6 = Vec::from([(if (r.len() % 2 == 0 && 0 < 3) { Acc::new(a).add((r.len() as i64)).add(a).get() } else { (match a { 0 => a, n if n > 1 => n + 1, _ => 5 }) }), (P { a: f3(T::id(&cap), String::from("hello"), 2), b: yield_!(String::from("xyz")) }).sum()]);
                    'l6: while let Some(w) = fuel6.pop() {
                        let mut a = [t("t7", String::from("hello")), String::from("four")].concat();
                        yield_!((if a.is_empty() { r.clone() } else { r.clone() }));
                    }
                    let Some(e) = opt(&(yield_!((if (r).len() % 2 == 0 { String::from("four") } else { String::from("x") })))) else {
                        return Ok(1);
                    };
                    'l8: for w in [[String::from("hello"), format!("{}-{}", (String::from("xyz")), 5)].concat(), t("t9", t("t10", String::from("hello")))] {
                        yield_!(w);
                        let mut d: T = T("v11");
                        let P { a: f, b: a } = P { a: a, b: format!("{}-{}", (format!("{}-{}", (String::from("")), 0)), a) };
                    }
                }
                n if n > 3 => {
                    let e = (if (r).len() % 2 == 0 { yield_!(String::from("xyz")) } else { i2s(n) });
                    match 5 {
                        0 => {
                            yield_!([format!("{}-{}", (e), cap.id()), t("t12", String::from("four"))].concat());
                            let a = cap;
                            yield_!([i2s(1), format!("{}-{}", (String::from("xyz")), n)].concat());
                        }
                        n if n > 4 => {
                            consume(T("v13"));
                        }
                        _ => {
                        }
                    }
                }
                _ => {
                }
            }
            Err(String::from("x"))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p096 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if r.len() % 2 == 0 {
                let (mut e, d) = (T("v1"), cap.take());
                yield_!(t("t2", r.clone()));
            }
            let b = 'b3: {
                let mut b = yield_!(r.clone());
                if (r.is_empty() && (String::from("xyz")).is_empty()) {
                    break 'b3 (P { a: Acc::new(0).add((r.len() as i64)).add((b.len() as i64)).get(), b: i2s((b.len() as i64)) }).sum();
                }
                f3((P { a: 5, b: b }).sum(), format!("{}-{}", (String::from("xyz")), (r.len() as i64)), Acc::new((r.len() as i64)).add(3).add(5).get())
            };
            'l4: for w in 0..cap3(res(&r)?) {
                r = (if (r.clone()).len() % 2 == 0 { String::from("four") } else { format!("{}-{}", (String::from("x")), t("t5", (r.len() as i64))) });
                'b6: {
                     {
                        let (mut c, e) = (keep(T("v7"), b), (res(&r)? - (r.len() as i64)));
                        drop(keep(T("v8"), res(&r)?));
                        yield_!(format!("{}-{}", (String::from("four")), res(&(String::from("hello")))?));
                    }
                    let mut fuel9 = 0;
                    'l9: loop {
                        fuel9 += 1;
                        if fuel9 > 1 {
                            break 'l9;
                        }
                    }
                    if T("k10").id() != 3 {
                        break 'b6;
                    }
                }
            }
            Ok((if (r).is_empty() { (yield_!(String::from("ab")).len() as i64) } else { keep(T("v12"), 11).take() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p097 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3(T("k2").id()) {
                if r.is_empty() {
                    return None;
                }
                if let Some(n) = opt(&r) && n > 3 {
                    if (((w >= 0 && r.len() % 2 == 0) && (String::from("")).len() % 2 == 0) || r.is_empty()) {
                        panic!("p3");
                    }
                    r = t("t4", i2s(opt(&r)?));
                } else if w != 4 {
                    yield_!(format!("{}-{}", r, (match 0 { 0 => w, n if n > 2 => n + 1, _ => (r.len() as i64) })));
                    if (!((String::from("hello")).len() % 2 == 0) || (5 < 2 && (T::id(&cap) >= 2 || (r.clone()).len() % 2 == 0))) {
                        break 'l1;
                    }
                }
                'l5: for w in [String::from("xyz"), [yield_!(r.clone()), format!("{}-{}", (r.clone()), w)].concat()] {
                    let a = (match f3((w.len() as i64), i2s((w.len() as i64)), (r.len() as i64)) { 0 => t("t6", cap.id()), n if n > 5 => n + 1, _ => Acc::new((if w.len() % 2 == 0 { 1 } else { 4 })).add(Acc::new(0).add(0).add((r.len() as i64)).get()).add((T::id(&cap) + T::id(&cap))).get() });
                    yield_!(w.clone());
                    r = r.clone();
                }
            }
            let mut a = r.clone();
            'l7: for w in 0..cap3(T("k8").id()) {
                let a = keep(keep(T("v10"), (match w { 0 => 3, n if n > 3 => n + 1, _ => 4 })), 9).take();
                let mut fuel11 = 0;
                'l11: while fuel11 < 2 && r.is_empty() {
                    fuel11 += 1;
                    yield_!(r.clone());
                    if ((!(cap.id() != 2) && w >= 1) && (String::from("xyz")).is_empty()) {
                        return Some(a);
                    }
                }
            }
            Some(T::id(&cap))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p098 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let u1: i64;
            if ((r.len() % 2 == 0 && ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) || !(!(r.len() % 2 == 0))) {
                u1 = (P { a: Acc::new(2).add(3).add((r.len() as i64)).get(), b: [r.clone(), r].concat() }).sum();
            } else {
                u1 = (yield_!(r).len() as i64);
            }
            if (yield_!(String::from("four"))).len() % 2 == 0 {
                panic!("p2");
            }
            let b: T = T("v3");
             {
                let mut fuel4 = Vec::from([(P { a: 0, b: yield_!(String::from("hello")) }).sum(), Acc::new(Acc::new(2).add(b.id()).add(u1).get()).add(keep(T("v6"), 5).take()).add(f3(1, String::from("x"), 5)).get()]);
                'l4: while let Some(w) = fuel4.pop() {
                    if ((String::from("x")).is_empty() || (String::from("")).is_empty()) {
                        let (mut a, e) = (T("v7"), (Acc::new(t("t8", u1)).add(res(&(String::from("xyz")))?).add((match u1 { 0 => w, n if n > 4 => n + 1, _ => b.id() })).get() + 5));
                        let (mut d, b) = (T("v9"), u1);
                    } else {
                        let c = T("v10");
                        if (yield_!(i2s(w)).len() as i64) < 1 {
                            return Ok(T("k11").id());
                        }
                    }
                     {
                    }
                }
            }
            Ok(T("k12").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p099 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            let mut fuel2 = 0;
            'l2: while fuel2 < 2 && (((String::from("hello")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) || !(d.id() != 2)) {
                fuel2 += 1;
                'b3: {
                    yield_!(String::from("x"));
                    if ((r.len() as i64) + (r.len() as i64)) == 5 {
                        break 'b3;
                    }
                }
                let b = d.id();
                let P { a: f, b: b } = P { a: (if !(b < 0) { (r.len() as i64) } else { T("k4").id() }), b: r.clone() };
            }
            Ok((res(&(r))? + d.take()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p100 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3(Acc::new(cap.take()).add((if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { 2 })).add(opt(&r)?).get()) {
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && ((r.len() as i64) <= 0 && ((r.len() as i64) < 4 || (r.len() as i64) < 2)) {
                    fuel2 += 1;
                    let c = (if (match (r.len() as i64) { 0 => w, n if n > 1 => n + 1, _ => (r.len() as i64) }) < 2 { (match keep(T("v4"), 3).take() { 0 => 0, n if n > 5 => n + 1, _ => opt(&(r.clone()))? }) } else { (r.len() as i64) });
                    let f = (if !(w > 0) { yield_!(format!("{}-{}", r, (r.len() as i64))) } else { i2s(c) });
                }
                let Some(c) = opt(&(t("t5", String::from("ab")))) else {
                    return Some((yield_!([r.clone(), r.clone()].concat()).len() as i64));
                };
                if (!(w > 2) && ((r.len() as i64) + 4) != 1) {
                    break 'l1;
                }
                yield_!(i2s((r.len() as i64)));
            }
            if ([r, String::from("")].concat()).is_empty() {
                let f = keep(T("v7"), 6).take();
            } else if !((String::from("x")).is_empty()) {
                if let Some(n) = opt(&(t("t8", t("t9", String::from("ab"))))) && n > 4 {
                    r = format!("{}-{}", ((if 4 < 0 { String::from("x") } else { String::from("x") })), opt(&(String::from("ab")))?);
                } else if (String::from("")).len() % 2 == 0 {
                    yield_!(format!("{}-{}", (String::from("four")), (P { a: 3, b: String::from("") }).sum()));
                } else if !((String::from("")).is_empty()) {
                    yield_!(String::from(""));
                }
                r = yield_!((if !(1 <= 3) { i2s(3) } else { [String::from("xyz"), String::from("")].concat() }));
                let mut c: i64 = f3((P { a: opt(&r)?, b: (if r.len() % 2 == 0 { r } else { r.clone() }) }).sum(), yield_!(t("t10", String::from("x"))), opt(&(String::from("xyz")))?);
            } else {
                'l11: for w in [yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("xyz") })), String::from("")] {
                    if (((w.len() as i64) == 2 || !(1 <= 5)) || (((w.len() as i64) != 1 && 5 == 4) && w.len() % 2 == 0)) {
                        return Some(4);
                    }
                    let e = keep(T("v13"), 12).take();
                    consume(T("v14"));
                    yield_!(w);
                }
                if let Some(n) = opt(&(t("t15", format!("{}-{}", (String::from("x")), 5)))) && n > 5 {
                    drop(T("v16"));
                    r = i2s((if ((String::from("xyz")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0) { (P { a: n, b: String::from("x") }).sum() } else { (yield_!(String::from("ab")).len() as i64) }));
                } else if !(4 <= 4) {
                } else {
                }
            }
            Some((yield_!(format!("{}-{}", (String::from("four")), 5)).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p101 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [a, _, _] = [keep(T("v2"), 1).take(), opt(&r)?, (if r.len() % 2 == 0 { (if r.is_empty() { (yield_!(String::from("")).len() as i64) } else { (P { a: 1, b: r }).sum() }) } else { (match (cap.id() + (r.len() as i64)) { 0 => (P { a: T::id(&cap), b: r }).sum(), n if n > 5 => n + 1, _ => (5 + 1) }) })];
            yield_!([i2s(a), format!("{}-{}", (String::from("hello")), cap.id())].concat());
            r = String::from("hello");
            let mut fuel3 = 0;
            'l3: while fuel3 < 2 && (String::from("ab")).len() % 2 == 0 {
                fuel3 += 1;
                'l4: for w in [String::from(""), (if !(T::id(&cap) == 1) { yield_!(String::from("xyz")) } else { (if r.len() % 2 == 0 { String::from("ab") } else { r.clone() }) })] {
                    let mut c = format!("{}-{}", r, T("k5").id());
                    if (String::from("xyz")).is_empty() {
                        break 'l4;
                    }
                }
            }
            yield_!(i2s(2));
            Some((yield_!(r).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p102 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [format!("{}-{}", (String::from("xyz")), Acc::new((r.len() as i64)).add(1).add((r.len() as i64)).get()), r.clone()] {
                let mut fuel2 = 0;
                let b = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2 f3((match 0 { 0 => 1, n if n > 5 => n + 1, _ => 2 }), r.clone(), (P { a: 3, b: w.clone() }).sum());
                    }
                    consume(T("v3"));
                    if (!(((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) && w.is_empty()) {
                        panic!("p4");
                    }
                };
                if let Some(n) = opt(&r) && n > 5 {
                    let d = t("t5", (match T("k6").id() { 0 => keep(T("v8"), 7).take(), n if n > 1 => n + 1, _ => (if b > 5 { n } else { n }) }));
                }
            }
            yield_!(String::from("end"));
            4
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p103 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = Vec::from([2, Acc::new((1 - cap.id())).add(0).add(T("k2").id()).get()]);
            'l1: while let Some(w) = fuel1.pop() {
                if (r.is_empty() && !(!(r.len() % 2 == 0))) {
                    panic!("p3");
                }
                if !(((w != 2 && cap.id() == 5) && !(w <= 3))) {
                    panic!("p4");
                }
                'l5: for w in [(if !(r.len() % 2 == 0) { format!("{}-{}", (r.clone()), cap.id()) } else { yield_!(String::from("")) }), yield_!(i2s(5))] {
                    r = [format!("{}-{}", (w.clone()), (cap.id() + cap.id())), yield_!([r.clone(), w].concat())].concat();
                    r = format!("{}-{}", ((if cap.id() == 2 { String::from("xyz") } else { r.clone() })), res(&r)?);
                    if ((r.len() % 2 == 0 || (r.len() % 2 == 0 && (r.clone()).len() % 2 == 0)) || keep(T("v7"), 6).take() <= 1) {
                        return Ok(0);
                    }
                    r = format!("{}-{}", r, Acc::new(Acc::new(4).add((r.len() as i64)).add((r.len() as i64)).get()).add((match (r.len() as i64) { 0 => T::id(&cap), n if n > 2 => n + 1, _ => 0 })).add((r.len() as i64)).get());
                }
                let c = 'b8: {
                    consume(keep(keep(T("v9"), 4), f3(4, t("t10", r.clone()), ((r.len() as i64) + (r.len() as i64)))));
                    if (r.len() as i64) <= 0 {
                        break 'b8 res(&r)?;
                    }
                    (yield_!(t("t11", r.clone())).len() as i64)
                };
            }
            match (res(&r)?, i2s((match (if r.len() % 2 == 0 { 1 } else { T::id(&cap) }) { 0 => res(&(String::from("x")))?, n if n > 4 => n + 1, _ => (r.len() as i64) }))) {
                (0, n) => {
                    let P { a: a, b: e } = P { a: (n.len() as i64), b: yield_!(i2s(0)) };
                    let mut fuel12 = Vec::from([t("t13", f3(T::id(&cap), r.clone(), a)), res(&(r.clone()))?]);
                    'l12: while let Some(w) = fuel12.pop() {
                        yield_!(e.clone());
                        yield_!([i2s(a), i2s((r.len() as i64))].concat());
                    }
                    let b = yield_!(format!("{}-{}", e, a));
                }
                (_, n) if n.len() > 4 => {
                    yield_!(t("t14", [r.clone(), r.clone()].concat()));
                    'l15: for w in [i2s(f3(0, n.clone(), (r.len() as i64))), String::from("xyz")] {
                        consume(T("v16"));
                        let mut d = T("v17");
                    }
                    let mut fuel18 = 0;
                    'l18: while fuel18 < 2 && T("k19").id() != 3 {
                        fuel18 += 1;
                        let a = (if T("k20").id() >= 2 { 3 } else { T("k21").id() });
                        let b = ((P { a: (n.len() as i64), b: yield_!(n.clone()) }).sum() + cap.id());
                    }
                }
                (_, n) => {
                }
            }
            Err(yield_!(t("t22", r.clone())))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p104 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => T::id(&cap) }) > 5 && ((r.len() % 2 == 0 || (r.len() as i64) >= 4) || (String::from("four")).is_empty())) {
                panic!("p1");
            }
            if ((!((String::from("")).len() % 2 == 0) || (4 != 3 || (r).len() % 2 == 0)) || !((5 >= 2 && T::id(&cap) > 1))) {
                return (match 0 { 0 => (T::id(&cap) + cap.id()), n if n > 4 => n + 1, _ => keep(T("v3"), 2).take() });
            }
            'l4: for w in [i2s(keep(T("v6"), 5).take()), yield_!(i2s(5))] {
                let mut fuel7 = 0;
                'l7: while fuel7 < 1 && w.len() % 2 == 0 {
                    fuel7 += 1;
                    let e = format!("{}-{}", (String::from("four")), (w.len() as i64));
                    drop(T("v8"));
                    r = (if ((cap.id() == 4 || e.len() % 2 == 0) && (e).is_empty()) { String::from("hello") } else { i2s((T::id(&cap) + 5)) });
                }
            }
            cap.take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p105 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([(if 1 <= 5 { keep(T("v3"), 2).take() } else { (P { a: (r.len() as i64), b: r.clone() }).sum() }), (yield_!(t("t4", String::from(""))).len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                if (yield_!(format!("{}-{}", (String::from("four")), (r.len() as i64))).len() as i64) >= 4 {
                    return keep(T("v6"), 5).take();
                }
                if let Some(n) = opt(&r) && n > 4 {
                    r = format!("{}-{}", r, Acc::new(T("k7").id()).add((if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { n })).add((r.len() as i64)).get());
                    let e = r.clone();
                } else if !(!(w != 5)) {
                    let P { a: b, b: e } = P { a: (r.len() as i64), b: (if (r.len() % 2 == 0 && !(w < 1)) { (if r.is_empty() { [String::from("x"), r.clone()].concat() } else { yield_!(String::from("xyz")) }) } else { String::from("") }) };
                } else if !(r.is_empty()) {
                    let d = w;
                    if (r.is_empty() && T("k11").id() != 5) {
                        break 'l1;
                    }
                }
            }
            'b12: {
                'l13: for w in [yield_!((if 1 == 2 { r } else { r.clone() })), (if !((String::from("")).len() % 2 == 0) { (if cap.id() != 0 { String::from("") } else { String::from("four") }) } else { [String::from("xyz"), String::from("x")].concat() })] {
                    if let Some(n) = opt(&(String::from("ab"))) && n > 3 {
                        if w.is_empty() {
                            return n;
                        }
                    }
                    let mut fuel14 = 0;
                    'l14: while fuel14 < 3 && !(w.len() % 2 == 0) {
                        fuel14 += 1;
                        let e = T("k15").id();
                        if (t("t16", e) <= 2 && ((w.len() % 2 == 0 || w.len() % 2 == 0) && (w.len() % 2 == 0 && w.len() % 2 == 0))) {
                            continue 'l14;
                        }
                        let mut d = keep(T("v17"), (1 * (yield_!(String::from("hello")).len() as i64)));
                    }
                }
                if cap.take() == 0 {
                    break 'b12;
                }
            }
            (yield_!(i2s(3)).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p106 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            let b = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (keep(T("v3"), 2).take() + keep(T("v5"), 4).take());
                }
                if T::id(&cap) != 0 {
                    panic!("p6");
                }
                yield_!(String::from("four"));
                if ((yield_!(r.clone()).len() as i64) != 0 && !(((r.len() as i64) != 5 || (r.clone()).len() % 2 == 0))) {
                    panic!("p7");
                }
                let mut f = T("v8");
            };
            match (t("t9", Acc::new(f3(4, r.clone(), (r.len() as i64))).add((match b { 0 => b, n if n > 0 => n + 1, _ => (r.len() as i64) })).add(((r.len() as i64) - 2)).get()), t("t10", r)) {
                (0, n) => {
                    match ((P { a: b, b: yield_!(format!("{}-{}", (n), T::id(&cap))) }).sum(), [String::from("xyz"), [yield_!(String::from("x")), [String::from("four"), String::from("")].concat()].concat()].concat()) {
                        (0, n) => {
                            let d: i64 = res(&([String::from("four"), n.clone()].concat()))?;
                            drop(T("v11"));
                            let d: String = n.clone();
                        }
                        (_, n) if n.len() > 3 => {
                            yield_!(n.clone());
                        }
                        (_, n) => {
                            let (mut b, e) = (T("v12"), f3((match (if n.len() % 2 == 0 { T::id(&cap) } else { (n.len() as i64) }) { 0 => T("k13").id(), n if n > 4 => n + 1, _ => T::id(&cap) }), [yield_!(n.clone()), n].concat(), t("t14", res(&(String::from("x")))?)));
                            let e = T("v15");
                        }
                    }
                    if let Some(n) = opt(&(i2s((P { a: cap.id(), b: String::from("ab") }).sum()))) {
                        if (!(((String::from("xyz")).len() % 2 == 0 || cap.id() < 1)) || (((String::from("hello")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0) && !(cap.id() > 1))) {
                            return Ok(n);
                        }
                    } else if (!(b >= 0) || (String::from("xyz")).len() % 2 == 0) {
                        let mut a = 4;
                        let d: String = i2s(T::id(&cap));
                    } else {
                    }
                }
                (_, n) if n.len() > 0 => {
                }
                (_, n) => {
                }
            }
            Ok(T::id(&cap))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p107 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&r) {
                'l1: for w in [r, String::from("xyz")] {
                    let e = i2s((if (cap.id() > 2 || w.len() % 2 == 0) { (P { a: n, b: String::from("xyz") }).sum() } else { (if (w.clone()).len() % 2 == 0 { n } else { n }) }));
                    consume(keep(keep(T("v2"), (if cap.id() <= 4 { (w.len() as i64) } else { (e.len() as i64) })), keep(T("v4"), 3).take()));
                    yield_!(i2s(f3((w.len() as i64), String::from("four"), n)));
                    let mut f = f3((match Acc::new(n).add(3).add((w.len() as i64)).get() { 0 => cap.id(), n if n > 3 => n + 1, _ => (P { a: n, b: w.clone() }).sum() }), e, cap.id());
                }
                if ((((String::from("four")).len() % 2 == 0 || 3 >= 3) && (cap.id() == 1 || (String::from("ab")).len() % 2 == 0)) && n != 5) {
                    panic!("p5");
                }
            }
            if (yield_!(String::from(""))).len() % 2 == 0 {
                let mut fuel6 = Vec::from([(match keep(T("v8"), 7).take() { 0 => (1 * 2), n if n > 0 => n + 1, _ => cap.take() }), (match keep(T("v10"), 9).take() { 0 => (5 + 1), n if n > 4 => n + 1, _ => t("t11", 2) })]);
                'l6: while let Some(w) = fuel6.pop() {
                    if ((String::from("hello")).is_empty() && (if w != 2 { w } else { 5 }) >= 4) {
                        continue 'l6;
                    }
                    if (i2s(w)).is_empty() {
                        return keep(T("v13"), 12).take();
                    }
                }
            }
            let mut fuel14 = 0;
            let e = 'l14: loop {
                fuel14 += 1;
                if fuel14 > 3 {
                    break 'l14 (P { a: (match 1 { 0 => 2, n if n > 3 => n + 1, _ => 0 }), b: [String::from("xyz"), String::from("x")].concat() }).sum();
                }
                 {
                    if let Some(n) = opt(&(t("t15", String::from("")))) && n > 2 {
                        let d = String::from("four");
                    } else if ((String::from("x")).len() % 2 == 0 || (String::from("x")).is_empty()) {
                    }
                }
            };
            T("k16").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p108 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((r).is_empty()) {
                return Some(1);
            }
            'l1: for w in 0..cap3(f3(T("k2").id(), String::from("four"), T("k3").id())) {
                let c = (P { a: T("k4").id(), b: t("t5", format!("{}-{}", (String::from("x")), w)) }).sum();
                let Some(f) = opt(&((if ((String::from("four")).len() % 2 == 0 && cap.id() > 3) { String::from("four") } else { String::from("x") }))) else {
                    return None;
                };
                let e = (P { a: (P { a: w, b: String::from("four") }).sum(), b: (if ((String::from("hello")).len() % 2 == 0 || f > 0) { yield_!(String::from("ab")) } else { t("t6", String::from("ab")) }) }).sum();
                let Some(d) = opt(&((if ((String::from("x")).len() % 2 == 0 || c != 2) { yield_!(String::from("hello")) } else { yield_!(String::from("ab")) }))) else {
                    return None;
                };
            }
            yield_!(String::from("hello"));
            'l7: for w in 0..cap3(cap.take()) {
                r = format!("{}-{}", (i2s(0)), w);
                let (mut c, d) = (T("v8"), (P { a: 4, b: (if (r.len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { [String::from("ab"), r.clone()].concat() } else { format!("{}-{}", (r.clone()), w) }) }).sum());
                if !((r.clone()).len() % 2 == 0) {
                    panic!("p9");
                }
                let mut f = (r.len() as i64);
            }
            if !(!(!(5 >= 2))) {
                panic!("p10");
            }
            if ((String::from("four")).len() % 2 == 0 || !((2 != 5 || 3 > 4))) {
                return None;
            }
            let a = format!("{}-{}", (i2s(5)), (5 - T("k11").id()));
            'b12: {
                 {
                    if let Some(n) = opt(&(a)) {
                    }
                }
                if ((String::from("hello")).is_empty() || 2 < 2) {
                    break 'b12;
                }
            }
            Some(f3(keep(T("v14"), 13).take(), t("t15", String::from("hello")), t("t16", 1)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p109 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if ((r.len() as i64) > 4 && (r).len() % 2 == 0) {
                panic!("p1");
            }
            yield_!((if (String::from("")).is_empty() { format!("{}-{}", (String::from("four")), 0) } else { [String::from("four"), String::from("four")].concat() }));
            let mut fuel2 = 0;
            'l2: while fuel2 < 1 && (((String::from("xyz")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0) || T::id(&cap) <= 1) {
                fuel2 += 1;
                if (yield_!(String::from("x"))).len() % 2 == 0 {
                    continue 'l2;
                }
                let u3: i64;
                if !((T::id(&cap) > 5 || (String::from("ab")).is_empty())) {
                    u3 = (match T("k4").id() { 0 => (match cap.id() { 0 => cap.id(), n if n > 1 => n + 1, _ => 4 }), n if n > 0 => n + 1, _ => t("t5", 4) });
                } else {
                    u3 = (if ((String::from("four")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0) { T::id(&cap) } else { T("k6").id() });
                }
                let Some(a) = opt(&(yield_!((if T::id(&cap) == 1 { String::from("x") } else { String::from("xyz") })))) else {
                    panic!("p7");
                };
            }
            let mut a: T = T("v8");
             {
                if (((String::from("hello")).len() % 2 == 0 || ((String::from("x")).len() % 2 == 0 && 2 > 2)) && (0 <= 0 || ((String::from("xyz")).len() % 2 == 0 && 4 >= 5))) {
                    panic!("p9");
                }
                yield_!([format!("{}-{}", (String::from("four")), 4), (if T::id(&a) == 1 { String::from("") } else { String::from("ab") })].concat());
                'l10: for w in 0..cap3(T("k11").id()) {
                    a = T("v12");
                    if (t("t13", String::from("hello"))).is_empty() {
                        panic!("p14");
                    }
                    let e = 'b15: {
                        if keep(T("v17"), 16).take() <= 2 {
                            break 'b15 Acc::new(w).add(keep(T("v19"), 18).take()).add(opt(&(String::from("hello")))?).get();
                        }
                        (yield_!(t("t20", String::from("xyz"))).len() as i64)
                    };
                }
            }
            Some(keep(T("v22"), 21).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p110 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let d = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 4;
                }
                if let Some(n) = opt(&(i2s((2 + 2)))) && n > 2 {
                    let a = [yield_!(format!("{}-{}", (String::from("four")), n)), i2s(n)].concat();
                    yield_!(t("t2", t("t3", String::from("xyz"))));
                    let c = i2s(Acc::new((yield_!(a.clone()).len() as i64)).add(t("t4", (a.len() as i64))).add((P { a: 3, b: String::from("four") }).sum()).get());
                } else if (!(r.len() % 2 == 0) && !((r.clone()).len() % 2 == 0)) {
                    yield_!((if (cap.id() < 4 && 1 < 1) { format!("{}-{}", r, 3) } else { format!("{}-{}", r, (r.len() as i64)) }));
                    yield_!((if (String::from("four")).is_empty() { [r.clone(), String::from("ab")].concat() } else { [r.clone(), String::from("hello")].concat() }));
                    if r.len() % 2 == 0 {
                        return None;
                    }
                } else {
                    let [d, _, _] = [5, (P { a: keep(T("v6"), 5).take(), b: r.clone() }).sum(), (P { a: T("k7").id(), b: format!("{}-{}", r, (match T::id(&cap) { 0 => 1, n if n > 4 => n + 1, _ => 3 })) }).sum()];
                    r = t("t8", [String::from("ab"), yield_!(String::from("xyz"))].concat());
                }
                if (!(!(r.len() % 2 == 0)) || !(!((r.len() as i64) < 2))) {
                    panic!("p9");
                }
            };
            if ([r, String::from("ab")].concat()).len() % 2 == 0 {
                return None;
            }
            let mut fuel10 = 0;
            'l10: while fuel10 < 3 && !((String::from("xyz")).len() % 2 == 0) {
                fuel10 += 1;
                if (yield_!(String::from(""))).is_empty() {
                    yield_!(format!("{}-{}", (String::from("")), t("t11", 1)));
                    yield_!([i2s(d), format!("{}-{}", (String::from("")), cap.id())].concat());
                }
                if ([String::from("hello"), String::from("x")].concat()).len() % 2 == 0 {
                    panic!("p12");
                }
                'l13: for w in 0..cap3(T::id(&cap)) {
                    let [f, _, _] = [T("k14").id(), (P { a: Acc::new(keep(T("v16"), 15).take()).add(T("k17").id()).add((5 * 2)).get(), b: yield_!([String::from("ab"), String::from("x")].concat()) }).sum(), 0];
                }
            }
            Some((cap.take() * (yield_!(String::from("four")).len() as i64)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p111 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if !((!(T::id(&cap) != 2) || !((r).len() % 2 == 0))) {
                panic!("p1");
            }
            if (t("t2", 0) <= 2 && cap.take() == 0) {
                panic!("p3");
            }
            let mut fuel4 = 0;
            'l4: while fuel4 < 2 && (String::from("hello")).is_empty() {
                fuel4 += 1;
                if (yield_!(String::from("four")).len() as i64) != 4 {
                    panic!("p5");
                }
                if (yield_!(String::from("x"))).len() % 2 == 0 {
                    return Err(format!("{}-{}", (String::from("hello")), Acc::new(3).add(0).add(0).get()));
                }
                let u6: i64;
                if keep(keep(T("v8"), 2), 7).take() >= 1 {
                    u6 = t("t9", T("k10").id());
                } else {
                    u6 = t("t11", 5);
                }
            }
            Err(yield_!(i2s(0)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p112 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1;
                }
                let mut fuel2 = Vec::from([(keep(T("v4"), 3).take() + (r.len() as i64)), f3((r.len() as i64), String::from("xyz"), (r.len() as i64))]);
                'l2: while let Some(w) = fuel2.pop() {
                    let mut b: i64 = f3(Acc::new(keep(T("v6"), 5).take()).add(cap.id()).add(T("k7").id()).get(), r.clone(), (r.len() as i64));
                    yield_!(i2s((match 0 { 0 => w, n if n > 5 => n + 1, _ => T::id(&cap) })));
                }
                if let Some(n) = opt(&r) && n > 3 {
                    yield_!(i2s(f3((r.len() as i64), String::from("hello"), n)));
                } else {
                    yield_!(i2s(opt(&r)?));
                }
                'l8: for w in [yield_!([String::from("hello"), String::from("hello")].concat()), yield_!(i2s((r.len() as i64)))] {
                    let a = T("v9");
                    let (mut a, e) = (keep(T("v10"), f3(t("t11", cap.id()), w, (P { a: (r.len() as i64), b: String::from("hello") }).sum())), (P { a: (r.len() as i64), b: r.clone() }).sum());
                    let (mut f, d) = (a, (match (f3(cap.id(), String::from("hello"), 2) + Acc::new(T::id(&cap)).add(e).add(e).get()) { 0 => (T::id(&cap) * cap.id()), n if n > 5 => n + 1, _ => opt(&r)? }));
                }
            }
            let (mut d, b) = (keep(T("v12"), (r.len() as i64)), T("k13").id());
            let mut fuel14 = 0;
            'l14: loop {
                fuel14 += 1;
                if fuel14 > 2 {
                    break 'l14;
                }
                yield_!((if ((String::from("x")).len() % 2 == 0 && b < 1) { format!("{}-{}", r, cap.id()) } else { t("t15", r.clone()) }));
                let u16: i64;
                if (yield_!(String::from("x"))).len() % 2 == 0 {
                    u16 = 2;
                } else {
                    u16 = (match keep(T("v18"), 17).take() { 0 => opt(&(String::from("x")))?, n if n > 5 => n + 1, _ => f3(T::id(&cap), String::from("x"), 4) });
                }
                drop(keep(T("v19"), cap.id()));
                let e = 'b20: {
                    if let Some(n) = opt(&(String::from("x"))) && n > 5 {
                        r = t("t21", (if 5 <= 0 { [String::from("xyz"), r.clone()].concat() } else { t("t22", r.clone()) }));
                        yield_!(t("t23", String::from("x")));
                        let mut a: T = T("v24");
                    }
                    if ((r.len() as i64) <= 3 || r.is_empty()) {
                        break 'b20 (T("k25").id() + (match 0 { 0 => d.id(), n if n > 1 => n + 1, _ => b }));
                    }
                    2
                };
            }
            Some(d.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p113 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(format!("{}-{}", r, (if r.len() % 2 == 0 { cap.id() } else { (r.len() as i64) })));
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1;
                }
                let u2: i64;
                if !(!((r.clone()).is_empty())) {
                    u2 = f3(T::id(&cap), format!("{}-{}", (r.clone()), cap.id()), (r.len() as i64));
                } else {
                    u2 = 3;
                }
                let mut fuel3 = Vec::from([(yield_!(format!("{}-{}", r, u2)).len() as i64), res(&r)?]);
                'l3: while let Some(w) = fuel3.pop() {
                    if (!(r.len() % 2 == 0) && ((r.clone()).len() % 2 == 0 && !(u2 <= 4))) {
                        panic!("p4");
                    }
                    let d: T = T("v5");
                    let mut c = f3(keep(d, 6).take(), (if (cap.id() <= 1 || r.len() % 2 == 0) { format!("{}-{}", (r.clone()), w) } else { format!("{}-{}", r, 5) }), keep(keep(T("v8"), w), 7).take());
                }
                if (((r.len() as i64) + u2) + (0 + u2)) >= 0 {
                    panic!("p9");
                }
            }
            'l10: for w in 0..cap3(Acc::new(res(&r)?).add((P { a: 2, b: String::from("") }).sum()).add(res(&(r.clone()))?).get()) {
                yield_!(format!("{}-{}", r, 2));
            }
            Ok(keep(keep(T("v12"), 2), 11).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p114 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if (match cap.take() { 0 => keep(T("v3"), 2).take(), n if n > 5 => n + 1, _ => (1 * 0) }) < 4 {
                u1 = (P { a: T("k4").id(), b: (if (r.len() as i64) != 2 { r.clone() } else { String::from("xyz") }) }).sum();
            } else {
                u1 = f3((r.len() as i64), format!("{}-{}", (r), 2), t("t5", 3));
            }
            let b = 'b6: {
                let [b, _, _] = [(yield_!(i2s(2)).len() as i64), keep(T("v8"), 7).take(), T("k9").id()];
                yield_!((if (String::from("ab")).len() % 2 == 0 { [String::from("hello"), String::from("hello")].concat() } else { [String::from("x"), String::from("xyz")].concat() }));
                yield_!([t("t10", String::from("x")), String::from("xyz")].concat());
                if (!(4 != 1) && ((String::from("hello")).len() % 2 == 0 || (String::from("")).len() % 2 == 0)) {
                    break 'b6 u1;
                }
                T("k11").id()
            };
            yield_!((if (String::from("ab")).is_empty() { (if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("hello") }) } else { [String::from(""), String::from("xyz")].concat() }));
            if (i2s(3)).is_empty() {
                return Some(4);
            }
            consume(T("v12"));
            let b = 'b13: {
                let mut fuel14 = 0;
                let e = 'l14: loop {
                    fuel14 += 1;
                    if fuel14 > 3 {
                        break 'l14 (match (3 * 2) { 0 => u1, n if n > 5 => n + 1, _ => t("t15", u1) });
                    }
                    let mut fuel16 = 0;
                    let b = 'l16: loop {
                        fuel16 += 1;
                        if fuel16 > 3 {
                            break 'l16 t("t17", T("k18").id());
                        }
                        let d = [(if 2 >= 0 { (if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") }) } else { format!("{}-{}", (String::from("hello")), 4) }), yield_!(String::from("hello"))].concat();
                        yield_!([String::from("four"), d.clone()].concat());
                        let f = keep(keep(T("v19"), (match u1 { 0 => u1, n if n > 2 => n + 1, _ => (d.len() as i64) })), (match (if u1 != 0 { (d.len() as i64) } else { b }) { 0 => keep(T("v21"), 20).take(), n if n > 2 => n + 1, _ => u1 }));
                        consume(T("v22"));
                    };
                    if !(((String::from("x")).is_empty() && ((String::from("xyz")).len() % 2 == 0 || b < 0))) {
                        panic!("p23");
                    }
                    if !(((String::from("xyz")).is_empty() && (String::from("hello")).len() % 2 == 0)) {
                        panic!("p24");
                    }
                };
                if (String::from("four")).len() % 2 == 0 {
                    break 'b13 e;
                }
                f3((if (String::from("ab")).len() % 2 == 0 { u1 } else { e }), (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("xyz") }), T("k25").id())
            };
            let mut fuel26 = 0;
            'l26: while fuel26 < 3 && (u1 > 2 || (String::from("four")).len() % 2 == 0) {
                fuel26 += 1;
                let mut fuel27 = Vec::from([opt(&(String::from("x")))?, (match 2 { 0 => b, n if n > 3 => n + 1, _ => 2 })]);
                'l27: while let Some(w) = fuel27.pop() {
                    let mut d = T("v28");
                }
            }
            Some(T("k29").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p115 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            r = yield_!([i2s(5), [String::from(""), r.clone()].concat()].concat());
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            drop(cap);
            let a = T("k2").id();
            r = (if !(r.is_empty()) { [(if a == 0 { r.clone() } else { r }), i2s(a)].concat() } else { (if (r.len() as i64) <= 3 { format!("{}-{}", r, 2) } else { yield_!(String::from("x")) }) });
            let mut fuel3 = 0;
            let e = 'l3: loop {
                fuel3 += 1;
                if fuel3 > 3 {
                    break 'l3 (r.len() as i64);
                }
                'l4: for w in 0..cap3((if r.is_empty() { keep(T("v6"), 5).take() } else { Acc::new(a).add(a).add(a).get() })) {
                    let mut c = [yield_!(t("t8", r.clone())), t("t9", [r.clone(), r.clone()].concat())].concat();
                    let e = T("v10");
                }
                if r.is_empty() {
                    let (mut e, d) = (T("v13"), (if (String::from("four")).is_empty() { t("t14", (match a { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => (r.len() as i64) })) } else { f3((yield_!(r.clone()).len() as i64), (if r.len() % 2 == 0 { String::from("") } else { r.clone() }), t("t15", a)) }));
                }
                 {
                    'l16: for w in 0..cap3(a) {
                        let P { a: d, b: f } = P { a: w, b: r.clone() };
                        r = [format!("{}-{}", r, d), yield_!(f)].concat();
                    }
                }
            };
            a
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p116 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(T("k2").id()) {
                if r.is_empty() {
                    continue 'l1;
                }
                let mut fuel3 = Vec::from([(w + (w + (r.len() as i64))), keep(T("v5"), 4).take()]);
                'l3: while let Some(w) = fuel3.pop() {
                    let b: T = T("v6");
                    let [c, _, _] = [T("k7").id(), (P { a: keep(b, 8).take(), b: yield_!(format!("{}-{}", r, w)) }).sum(), (yield_!(r.clone()).len() as i64)];
                }
                let mut fuel9 = 0;
                let a = 'l9: loop {
                    fuel9 += 1;
                    if fuel9 > 3 {
                        break 'l9 T("k10").id();
                    }
                    let a = [[yield_!(String::from("x")), yield_!(r.clone())].concat(), format!("{}-{}", (String::from("xyz")), (w * T::id(&cap)))].concat();
                    if r.len() % 2 == 0 {
                        return w;
                    }
                    if r.len() % 2 == 0 {
                        return (if (a.clone()).len() % 2 == 0 { t("t11", T::id(&cap)) } else { f3(1, a.clone(), cap.id()) });
                    }
                    r = [format!("{}-{}", a, keep(T("v13"), 12).take()), t("t14", a.clone())].concat();
                };
                'l15: for w in 0..cap3(T("k16").id()) {
                    let b = T("v17");
                    let mut e = t("t18", r.clone());
                }
            }
            yield_!(t("t19", String::from("xyz")));
            yield_!(i2s(keep(T("v21"), 20).take()));
            let mut fuel22 = 0;
            let a = 'l22: loop {
                fuel22 += 1;
                if fuel22 > 3 {
                    break 'l22 (f3(T::id(&cap), String::from(""), 4) + T("k23").id());
                }
                let mut fuel24 = Vec::from([(if 0 == 4 { (if r.len() % 2 == 0 { (r.len() as i64) } else { cap.id() }) } else { 2 }), (P { a: (yield_!(String::from("hello")).len() as i64), b: (if T::id(&cap) <= 0 { String::from("") } else { String::from("x") }) }).sum()]);
                'l24: while let Some(w) = fuel24.pop() {
                    if r.len() % 2 == 0 {
                        return (if (r.clone()).len() % 2 == 0 { w } else { w });
                    }
                    drop(T("v25"));
                    let c = keep(T("v27"), 26).take();
                }
            };
            f3((P { a: a, b: String::from("hello") }).sum(), yield_!(String::from("x")), 3)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p117 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let c = r;
            let c = T("v1");
             {
                let u2: i64;
                if ((P { a: 0, b: String::from("hello") }).sum() <= 3 && (String::from("ab")).len() % 2 == 0) {
                    u2 = keep(keep(T("v4"), 5), 3).take();
                } else {
                    u2 = keep(T("v6"), 5).take();
                }
            }
            let mut fuel7 = 0;
            'l7: loop {
                fuel7 += 1;
                if fuel7 > 2 {
                    break 'l7;
                }
                let b = T("v8");
            }
            yield_!(String::from("end"));
            (yield_!(String::from("xyz")).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p118 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!((if r.len() % 2 == 0 { r.clone() } else { r }));
            yield_!([format!("{}-{}", (String::from("four")), T::id(&cap)), String::from("ab")].concat());
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && (String::from("ab")).len() % 2 == 0 {
                fuel1 += 1;
                let mut fuel2 = 0;
                let a = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 3 {
                        break 'l2 ((if (String::from("x")).len() % 2 == 0 { T::id(&cap) } else { 3 }) + (match T::id(&cap) { 0 => 5, n if n > 4 => n + 1, _ => 3 }));
                    }
                    let (mut d, c) = (T("v3"), (P { a: (yield_!(i2s(2)).len() as i64), b: [[String::from("hello"), String::from("")].concat(), [String::from("xyz"), String::from("hello")].concat()].concat() }).sum());
                    r = [(if (String::from("x")).len() % 2 == 0 { yield_!(String::from("ab")) } else { i2s(c) }), t("t4", format!("{}-{}", (String::from("ab")), 1))].concat();
                    let d = T("v5");
                };
                 {
                    drop(T("v6"));
                     {
                        yield_!(String::from("four"));
                    }
                    let u7: i64;
                    if ((String::from("xyz")).is_empty() && (((String::from("ab")).len() % 2 == 0 && 4 > 4) && (T::id(&cap) == 2 && (String::from("x")).len() % 2 == 0))) {
                        u7 = a;
                    } else {
                        u7 = a;
                    }
                }
                let mut d = T::id(&cap);
            }
            let e = format!("{}-{}", (format!("{}-{}", (String::from("hello")), cap.id())), (t("t8", cap.id()) + Acc::new(0).add(cap.id()).add(1).get()));
            let mut f = T("v9");
            if !(!(!(cap.id() >= 2))) {
                return Err([e, yield_!(String::from(""))].concat());
            }
            let a = String::from("four");
            'l10: for w in [a, [yield_!(String::from("")), i2s(cap.id())].concat()] {
                if (match t("t11", 4) { 0 => res(&w)?, n if n > 1 => n + 1, _ => (P { a: (w.len() as i64), b: w }).sum() }) >= 3 {
                    let e = yield_!([i2s(f.id()), t("t12", String::from("four"))].concat());
                    yield_!(e.clone());
                    let mut a: String = i2s(((if (String::from("hello")).len() % 2 == 0 { T::id(&cap) } else { 1 }) + res(&e)?));
                } else {
                    let f = Acc::new(cap.id()).add(T("k13").id()).add((P { a: 2, b: String::from("hello") }).sum()).get();
                }
            }
            Ok((f3(cap.id(), String::from("xyz"), 4) - (if (String::from("x")).len() % 2 == 0 { 1 } else { 3 })))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p119 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", format!("{}-{}", r, (r.len() as i64))));
            r = i2s((match (match 5 { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => 5 }) { 0 => (match (r.len() as i64) { 0 => T::id(&cap), n if n > 3 => n + 1, _ => 5 }), n if n > 5 => n + 1, _ => (P { a: cap.id(), b: r }).sum() }));
            let mut fuel2 = 0;
            'l2: while fuel2 < 1 && ((r.len() as i64) < 4 && (r.len() as i64) <= 2) {
                fuel2 += 1;
                'l3: for w in 0..cap3((if !(0 <= 3) { (if r.len() % 2 == 0 { 5 } else { (r.len() as i64) }) } else { (if (String::from("hello")).len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) }) })) {
                    drop(T("v4"));
                    let [c, _, _] = [0, (yield_!(r.clone()).len() as i64), w];
                }
            }
            t("t5", Acc::new((r.len() as i64)).add(cap.id()).add(cap.id()).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p120 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            yield_!(r.clone());
            let mut fuel2 = Vec::from([(yield_!(r).len() as i64), (yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("ab") })).len() as i64)]);
            'l2: while let Some(w) = fuel2.pop() {
                r = t("t3", String::from("hello"));
                yield_!(String::from("four"));
                let P { a: c, b: b } = P { a: (match keep(T("v5"), 4).take() { 0 => w, n if n > 3 => n + 1, _ => (P { a: w, b: i2s(cap.id()) }).sum() }), b: i2s((match (match (r.len() as i64) { 0 => T::id(&cap), n if n > 4 => n + 1, _ => w }) { 0 => w, n if n > 3 => n + 1, _ => w })) };
                'l6: for w in 0..cap3(T("k7").id()) {
                    let mut e = (yield_!(String::from("xyz")).len() as i64);
                    r = yield_!(t("t8", t("t9", String::from("ab"))));
                    yield_!([i2s(4), String::from("x")].concat());
                }
            }
            yield_!([i2s(2), (if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("x") })].concat());
            if let Some(n) = opt(&(yield_!([String::from("hello"), String::from("x")].concat()))) {
                 {
                    let Some(a) = opt(&((if (String::from("")).len() % 2 == 0 { [String::from(""), String::from("x")].concat() } else { (if n >= 1 { String::from("x") } else { String::from("xyz") }) }))) else {
                        return Ok((P { a: (match n { 0 => 1, n if n > 0 => n + 1, _ => n }), b: [String::from("four"), String::from("hello")].concat() }).sum());
                    };
                }
            } else {
            }
            Ok((P { a: res(&(String::from("x")))?, b: t("t10", String::from("x")) }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p121 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            match ((P { a: (yield_!(i2s((r.len() as i64))).len() as i64), b: String::from("ab") }).sum(), t("t1", yield_!([r, String::from("ab")].concat()))) {
                (0, n) => {
                    let u2: i64;
                    if n.len() % 2 == 0 {
                        u2 = T::id(&cap);
                    } else {
                        u2 = Acc::new((P { a: 0, b: n.clone() }).sum()).add(T::id(&cap)).add((P { a: (n.len() as i64), b: String::from("x") }).sum()).get();
                    }
                }
                (_, n) if n.len() > 0 => {
                    if let Some(n) = opt(&n) {
                        let b = keep(T("v4"), 3).take();
                        let mut e = b;
                    }
                    let u5: i64;
                    if (!((n.len() as i64) > 1) || T("k6").id() <= 1) {
                        u5 = t("t7", (match 3 { 0 => T::id(&cap), n if n > 2 => n + 1, _ => cap.id() }));
                    } else {
                        u5 = cap.take();
                    }
                    let mut fuel8 = Vec::from([u5, T("k9").id()]);
                    'l8: while let Some(w) = fuel8.pop() {
                        drop(T("v10"));
                        yield_!(format!("{}-{}", n, (P { a: w, b: String::from("") }).sum()));
                    }
                }
                (_, n) => {
                    let mut fuel11 = 0;
                    'l11: loop {
                        fuel11 += 1;
                        if fuel11 > 3 {
                            break 'l11;
                        }
                        drop(T("v12"));
                    }
                }
            }
            Some((if (3 == 2 || (String::from("ab")).len() % 2 == 0) { keep(T("v14"), 13).take() } else { T("k15").id() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p122 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && !(!(cap.id() >= 2)) {
                fuel1 += 1;
                 {
                    'l2: for w in 0..cap3((yield_!(t("t3", r.clone())).len() as i64)) {
                        yield_!(format!("{}-{}", r, w));
                        yield_!((if (cap.id() <= 3 || r.len() % 2 == 0) { r.clone() } else { (if r.len() % 2 == 0 { String::from("x") } else { String::from("") }) }));
                        consume(keep(T("v4"), (if (w >= 1 || r.len() % 2 == 0) { Acc::new(w).add(cap.id()).add((r.len() as i64)).get() } else { Acc::new(w).add(2).add(4).get() })));
                        yield_!([i2s((r.len() as i64)), String::from("ab")].concat());
                    }
                    let (mut f, c) = (T("v5"), keep(T("v7"), 6).take());
                    yield_!((if r.len() % 2 == 0 { r.clone() } else { t("t8", r.clone()) }));
                }
                let u9: i64;
                if !(T::id(&cap) == 4) {
                    u9 = (match t("t10", (r.len() as i64)) { 0 => 0, n if n > 4 => n + 1, _ => (r.len() as i64) });
                } else {
                    u9 = 1;
                }
                consume(T("v11"));
                yield_!(t("t12", format!("{}-{}", (String::from("ab")), T::id(&cap))));
            }
            'l13: for w in [i2s(Acc::new(cap.id()).add(cap.id()).add(T::id(&cap)).get()), String::from("four")] {
                r = yield_!(i2s(cap.id()));
                if let Some(n) = opt(&r) && n > 4 {
                    yield_!(r.clone());
                } else if ((w).is_empty() && (r.len() as i64) > 4) {
                    consume(T("v14"));
                    if (((r.len() % 2 == 0 || (r.len() as i64) != 5) || !(r.len() % 2 == 0)) && (4 <= 0 || (2 == 5 && (r.clone()).len() % 2 == 0))) {
                        return (yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { r.clone() })).len() as i64);
                    }
                }
            }
            (keep(T("v16"), 15).take() + t("t17", T::id(&cap)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p123 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match opt(&r) {
                Some(n) if n < 3 => {
                    if (r.len() % 2 == 0 && r.is_empty()) {
                        return Ok(n);
                    }
                    if (yield_!(String::from("xyz"))).len() % 2 == 0 {
                        panic!("p1");
                    }
                }
                Some(n) => {
                    let P { a: e, b: d } = P { a: (if keep(T("v3"), 2).take() >= 1 { 3 } else { keep(cap, 4).take() }), b: t("t5", i2s((P { a: 5, b: String::from("hello") }).sum())) };
                }
                None => {
                    let u6: i64;
                    if keep(keep(T("v8"), T::id(&cap)), 7).take() != 5 {
                        u6 = t("t9", (r.len() as i64));
                    } else {
                        u6 = res(&r)?;
                    }
                    consume(T("v10"));
                }
            }
            drop(T("v11"));
            let mut fuel12 = 0;
            'l12: while fuel12 < 2 && (r.clone()).is_empty() {
                fuel12 += 1;
                'b13: {
                    if (((r.len() as i64) == 3 || (r.len() as i64) == 0) && (r.clone()).len() % 2 == 0) {
                        break 'b13;
                    }
                }
            }
            Ok(5)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p124 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(r);
            if 4 != 0 {
                return Err(t("t1", yield_!(String::from("four"))));
            }
            let b = 'b2: {
                let mut fuel3 = 0;
                'l3: while fuel3 < 2 && (String::from("hello")).is_empty() {
                    fuel3 += 1;
                    let Some(a) = opt(&(String::from("hello"))) else {
                        continue 'l3;
                    };
                    let mut f = yield_!((if !(a >= 1) { [String::from("ab"), String::from("")].concat() } else { format!("{}-{}", (String::from("hello")), a) }));
                }
                'b4: {
                    let mut fuel5 = 0;
                    'l5: while fuel5 < 3 && (String::from("x")).is_empty() {
                        fuel5 += 1;
                        yield_!([t("t6", String::from("ab")), format!("{}-{}", (String::from("ab")), T::id(&cap))].concat());
                        r = yield_!(t("t7", String::from("xyz")));
                    }
                    match keep(cap, 8).take() {
                        0 => {
                            let P { a: c, b: d } = P { a: (match Acc::new((yield_!(String::from("x")).len() as i64)).add((P { a: 3, b: String::from("ab") }).sum()).add((yield_!(String::from("xyz")).len() as i64)).get() { 0 => t("t9", (if 5 > 4 { 0 } else { 3 })), n if n > 4 => n + 1, _ => 1 }), b: i2s((P { a: t("t10", 2), b: (if 3 > 0 { String::from("ab") } else { String::from("ab") }) }).sum()) };
                            yield_!((if c <= 1 { d.clone() } else { format!("{}-{}", (d), c) }));
                            let mut d = t("t11", yield_!(format!("{}-{}", (String::from("x")), 3)));
                        }
                        n if n > 1 => {
                            let f: T = T("v12");
                        }
                        _ => {
                            let mut d = (if (String::from("hello")).is_empty() { format!("{}-{}", (String::from("hello")), (if (String::from("hello")).len() % 2 == 0 { 4 } else { 2 })) } else { (if (String::from("x")).len() % 2 == 0 { yield_!(String::from("four")) } else { String::from("") }) });
                            let mut e = T("v13");
                            yield_!(i2s((d.len() as i64)));
                        }
                    }
                    if (!(5 < 5) && 2 == 3) {
                        break 'b4;
                    }
                }
                'l14: for w in [yield_!(t("t15", String::from(""))), (if !((String::from("")).len() % 2 == 0) { yield_!(String::from("xyz")) } else { i2s(4) })] {
                     {
                        let (mut a, d) = (T("v16"), t("t17", (keep(T("v19"), 18).take() + 3)));
                    }
                }
                if (!(3 != 1) || !((String::from("xyz")).len() % 2 == 0)) {
                    break 'b2 res(&(String::from("hello")))?;
                }
                (if (String::from("ab")).len() % 2 == 0 { (match 5 { 0 => 0, n if n > 1 => n + 1, _ => 3 }) } else { T("k20").id() })
            };
            Ok(b)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p125 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
             {
                'l1: for w in 0..cap3(3) {
                    if let Some(n) = opt(&r) {
                        let P { a: e, b: b } = P { a: (r.len() as i64), b: format!("{}-{}", r, (P { a: (cap.id() + w), b: (if cap.id() < 4 { String::from("xyz") } else { r.clone() }) }).sum()) };
                        consume(keep(T("v2"), (P { a: ((r.len() as i64) * T::id(&cap)), b: b }).sum()));
                    } else {
                        let f = t("t3", format!("{}-{}", (r.clone()), keep(T("v5"), 4).take()));
                        drop(T("v6"));
                    }
                    let mut fuel7 = Vec::from([(0 + t("t8", (r.len() as i64))), (r.len() as i64)]);
                    'l7: while let Some(w) = fuel7.pop() {
                        let P { a: f, b: e } = P { a: Acc::new((P { a: w, b: format!("{}-{}", (String::from("four")), T::id(&cap)) }).sum()).add((yield_!(r.clone()).len() as i64)).add(res(&(r.clone()))?).get(), b: (if !((1 <= 2 || 2 == 2)) { r.clone() } else { r.clone() }) };
                        yield_!([e, i2s(4)].concat());
                        yield_!(r.clone());
                    }
                }
            }
            Ok((match (yield_!(r).len() as i64) { 0 => t("t9", 3), n if n > 3 => n + 1, _ => Acc::new(T::id(&cap)).add(1).add(1).get() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p126 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut d = T("v1");
            let mut fuel2 = 0;
            let b = 'l2: loop {
                fuel2 += 1;
                if fuel2 > 1 {
                    break 'l2 3;
                }
                let u3: i64;
                if r.is_empty() {
                    u3 = (if 0 > 2 { ((r.len() as i64) + T::id(&cap)) } else { 3 });
                } else {
                    u3 = T::id(&cap);
                }
                if (match u3 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => 4 }) != 4 {
                    panic!("p4");
                }
                yield_!(String::from("hello"));
            };
            let e: String = yield_!((if r.is_empty() { r } else { String::from("x") }));
            if (e.len() as i64) <= 0 {
                return d.take();
            }
            let [c, _, _] = [keep(cap, 5).take(), b, f3((match ((e.len() as i64) + b) { 0 => t("t6", 0), n if n > 1 => n + 1, _ => (e.len() as i64) }), String::from(""), (match keep(T("v8"), 7).take() { 0 => t("t9", 5), n if n > 1 => n + 1, _ => (e.len() as i64) }))];
            yield_!(e);
            let d = f3(T("k10").id(), format!("{}-{}", (String::from("four")), Acc::new(c).add(b).add(b).get()), t("t11", (match b { 0 => 4, n if n > 0 => n + 1, _ => b })));
            let f = 'b12: {
                if !((yield_!(String::from("ab")).len() as i64) <= 0) {
                    break 'b12 (t("t13", b) + (4 - 2));
                }
                yield_!(format!("{}-{}", (String::from("four")), keep(T("v15"), 14).take()));
                if (String::from("hello")).is_empty() {
                    break 'b12 keep(keep(T("v17"), c), 16).take();
                }
                (keep(T("v19"), 18).take() * c)
            };
            if ((String::from("ab")).is_empty() || ((String::from("")).len() % 2 == 0 || (3 >= 2 || f > 0))) {
                return 0;
            }
            c
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p127 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if (t("t2", r)).len() % 2 == 0 {
                u1 = (yield_!(i2s(cap.id())).len() as i64);
            } else {
                u1 = (P { a: keep(T("v4"), 3).take(), b: format!("{}-{}", (String::from("four")), cap.id()) }).sum();
            }
            if let Some(n) = opt(&(String::from(""))) {
                let u5: i64;
                if ((String::from("")).len() % 2 == 0 || (String::from("x")).is_empty()) {
                    u5 = keep(cap, 6).take();
                } else {
                    u5 = f3((P { a: u1, b: String::from("ab") }).sum(), String::from("ab"), (match T::id(&cap) { 0 => n, n if n > 2 => n + 1, _ => T::id(&cap) }));
                }
                let mut fuel7 = Vec::from([(yield_!(t("t8", String::from(""))).len() as i64), u1]);
                'l7: while let Some(w) = fuel7.pop() {
                    r = yield_!(format!("{}-{}", (String::from("ab")), (P { a: u5, b: String::from("ab") }).sum()));
                    let d: String = yield_!((if (r.len() as i64) <= 2 { (if u5 > 5 { String::from("x") } else { r.clone() }) } else { i2s(u5) }));
                    yield_!(String::from("four"));
                }
                let mut fuel9 = 0;
                let a = 'l9: loop {
                    fuel9 += 1;
                    if fuel9 > 1 {
                        break 'l9 (3 + t("t10", n));
                    }
                    if ((((String::from("xyz")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) || (String::from("hello")).is_empty()) && (P { a: u5, b: String::from("hello") }).sum() >= 2) {
                        return None;
                    }
                    let f = T("v11");
                };
            }
            Some(opt(&(String::from("x")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p128 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3((if !(r.len() % 2 == 0) { cap.take() } else { f3(cap.id(), r, T::id(&cap)) })) {
                let a = w;
                 {
                    let c = T("v2");
                    let (mut a, c) = (T("v3"), c.id());
                    let mut fuel4 = 0;
                    let b = 'l4: loop {
                        fuel4 += 1;
                        if fuel4 > 3 {
                            break 'l4 4;
                        }
                        let e: i64 = w;
                        drop(keep(T("v5"), t("t6", (if w <= 4 { w } else { c }))));
                        let e = T("v7");
                        drop(T("v8"));
                    };
                }
                yield_!([t("t9", String::from("")), t("t10", String::from("four"))].concat());
                match opt(&(format!("{}-{}", (String::from("xyz")), (if w >= 2 { 3 } else { a })))) {
                    Some(n) if n < 2 => {
                        if (!((w >= 2 || (String::from("hello")).len() % 2 == 0)) || t("t11", 5) >= 0) {
                            return (P { a: (P { a: 4, b: String::from("x") }).sum(), b: t("t12", String::from("xyz")) }).sum();
                        }
                        yield_!([i2s(n), (if n == 2 { String::from("ab") } else { String::from("ab") })].concat());
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            Acc::new((yield_!(String::from("ab")).len() as i64)).add(t("t13", 2)).add(t("t14", 4)).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p129 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (cap.take() + (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => (r.len() as i64) })) != 5 {
                let mut fuel1 = Vec::from([keep(T("v3"), 2).take(), keep(keep(T("v5"), (r.len() as i64)), 4).take()]);
                'l1: while let Some(w) = fuel1.pop() {
                    let [a, _, _] = [w, (if ((w <= 3 || r.len() % 2 == 0) || 2 == 4) { t("t6", ((r.len() as i64) + w)) } else { T("k7").id() }), f3((w - w), yield_!(t("t8", String::from("four"))), t("t9", 2))];
                    let mut d: i64 = (P { a: keep(T("v11"), 10).take(), b: i2s(5) }).sum();
                    yield_!(i2s((P { a: (r.len() as i64), b: String::from("x") }).sum()));
                    yield_!(String::from("ab"));
                }
            }
            yield_!(t("t12", t("t13", r)));
            let u14: i64;
            if (yield_!(String::from("ab"))).len() % 2 == 0 {
                u14 = f3((P { a: 4, b: String::from("hello") }).sum(), [String::from(""), String::from("hello")].concat(), T("k15").id());
            } else {
                u14 = T("k16").id();
            }
            'l17: for w in 0..cap3((if (String::from("xyz")).len() % 2 == 0 { Acc::new(1).add(u14).add(u14).get() } else { (match u14 { 0 => 4, n if n > 4 => n + 1, _ => u14 }) })) {
                let mut fuel18 = 0;
                'l18: while fuel18 < 1 && (w + u14) > 4 {
                    fuel18 += 1;
                    r = t("t19", (if w < 0 { t("t20", String::from("xyz")) } else { yield_!(String::from("ab")) }));
                    if !((r.clone()).len() % 2 == 0) {
                        panic!("p21");
                    }
                }
                match opt(&(String::from("xyz"))) {
                    Some(n) if n < 5 => {
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            2
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p130 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let f = keep(T("v1"), cap.take());
            let Some(f) = opt(&r) else {
                return T("k2").id();
            };
            let e = T("v3");
            'l4: for w in 0..cap3(f3(e.take(), yield_!(String::from("xyz")), t("t5", f))) {
                'b6: {
                    'b7: {
                        yield_!((if (0 != 5 && (r.clone()).len() % 2 == 0) { r.clone() } else { i2s((r.len() as i64)) }));
                        yield_!(i2s(keep(T("v9"), 8).take()));
                        consume(keep(T("v10"), f3((if 2 != 4 { f } else { f }), format!("{}-{}", r, (r.len() as i64)), T("k11").id())));
                        if (r.clone()).is_empty() {
                            break 'b7;
                        }
                    }
                    if !((r.is_empty() && r.len() % 2 == 0)) {
                        return (w + (if r.len() % 2 == 0 { 2 } else { 5 }));
                    }
                    if keep(T("v13"), 12).take() != 3 {
                        break 'b6;
                    }
                }
                if let Some(n) = opt(&r) && n > 3 {
                    drop(T("v14"));
                } else {
                    let P { a: f, b: d } = P { a: (w + f3((yield_!(r.clone()).len() as i64), (if (r.clone()).len() % 2 == 0 { String::from("") } else { r.clone() }), (if (String::from("hello")).len() % 2 == 0 { w } else { (r.len() as i64) }))), b: r.clone() };
                    let (mut b, e) = (T("v15"), (yield_!([[d, r.clone()].concat(), t("t16", String::from("four"))].concat()).len() as i64));
                }
                if let Some(n) = opt(&(String::from(""))) {
                } else if Acc::new(2).add(f).add(5).get() > 1 {
                }
            }
            t("t17", Acc::new((r.len() as i64)).add(2).add((r.len() as i64)).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p131 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(c) = opt(&r) else {
                return Some((yield_!(r.clone()).len() as i64));
            };
            yield_!(t("t1", i2s(c)));
            'l2: for w in [t("t3", r.clone()), i2s(3)] {
                let mut e = c;
                r = yield_!(i2s(t("t4", 4)));
                'l5: for w in [w.clone(), (if (w.len() % 2 == 0 || w.len() % 2 == 0) { i2s(T::id(&cap)) } else { String::from("four") })] {
                    yield_!((if w.len() % 2 == 0 { String::from("four") } else { format!("{}-{}", r, cap.id()) }));
                    let b: T = T("v6");
                }
            }
            r = yield_!(String::from("x"));
            if !((!(c >= 3) || T::id(&cap) <= 4)) {
                panic!("p7");
            }
            let e = format!("{}-{}", (r), (cap.take() * keep(T("v9"), 8).take()));
            consume(T("v10"));
            Some((P { a: T("k11").id(), b: format!("{}-{}", e, c) }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p132 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
             {
                let Some(f) = opt(&(String::from(""))) else {
                    return Ok(4);
                };
                let e: T = T("v1");
                'l2: for w in 0..cap3(f) {
                    let [a, _, _] = [(match f { 0 => keep(T("v4"), 3).take(), n if n > 2 => n + 1, _ => w }), (t("t5", (if f >= 0 { (r.len() as i64) } else { e.id() })) + (yield_!((if w == 1 { r.clone() } else { r.clone() })).len() as i64)), res(&r)?];
                    let mut fuel6 = Vec::from([(yield_!(i2s(2)).len() as i64), res(&r)?]);
                    'l6: while let Some(w) = fuel6.pop() {
                        let d: String = yield_!(r.clone());
                    }
                }
            }
            Err([yield_!(String::from("four")), format!("{}-{}", r, (r.len() as i64))].concat())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p133 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'b1: {
                if (P { a: f3(4, String::from("ab"), 1), b: i2s((r.len() as i64)) }).sum() >= 4 {
                    panic!("p2");
                }
                if !(r.is_empty()) {
                    break 'b1;
                }
            }
            let u3: i64;
            if cap.take() <= 0 {
                u3 = (match (r.len() as i64) { 0 => (P { a: (r.len() as i64), b: r }).sum(), n if n > 3 => n + 1, _ => res(&(String::from("")))? });
            } else {
                u3 = t("t4", (yield_!(r).len() as i64));
            }
            r = format!("{}-{}", ((if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })), keep(T("v6"), 5).take());
            yield_!(r);
            if let Some(n) = opt(&(yield_!([String::from(""), String::from("hello")].concat()))) && n > 4 {
                yield_!(t("t7", t("t8", String::from("hello"))));
            } else if (String::from("ab")).is_empty() {
                if ((String::from("ab")).is_empty() || (String::from("")).is_empty()) {
                    panic!("p9");
                }
                let mut fuel10 = 0;
                let f = 'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 3 {
                        break 'l10 3;
                    }
                };
            } else if (String::from("hello")).len() % 2 == 0 {
            }
            Ok(T("k11").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p134 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([f3(opt(&(r.clone()))?, r, Acc::new(cap.id()).add(3).add(5).get()), cap.id()]);
            'l1: while let Some(w) = fuel1.pop() {
                'l2: for w in 0..cap3(t("t3", (w + w))) {
                    consume(T("v4"));
                    drop(T("v5"));
                    let mut f: i64 = T::id(&cap);
                }
                yield_!(i2s(f3(1, String::from("four"), w)));
            }
            let u6: i64;
            if (yield_!(String::from("four"))).len() % 2 == 0 {
                u6 = Acc::new(cap.take()).add(5).add((P { a: 5, b: String::from("x") }).sum()).get();
            } else {
                u6 = (3 + (P { a: 1, b: String::from("x") }).sum());
            }
            let b = 'b7: {
                 {
                    let Some(e) = opt(&((if (String::from("ab")).is_empty() { yield_!(String::from("four")) } else { format!("{}-{}", (String::from("four")), u6) }))) else {
                        break 'b7 (opt(&(String::from("hello")))? * (3 - 5));
                    };
                    let mut a = (match (match 2 { 0 => (if (String::from("hello")).len() % 2 == 0 { e } else { e }), n if n > 5 => n + 1, _ => (P { a: 3, b: String::from("hello") }).sum() }) { 0 => Acc::new((match u6 { 0 => 2, n if n > 0 => n + 1, _ => e })).add(e).add(u6).get(), n if n > 1 => n + 1, _ => (match (4 + 1) { 0 => Acc::new(u6).add(3).add(e).get(), n if n > 5 => n + 1, _ => opt(&(String::from("x")))? }) });
                    'b8: {
                        'l9: for w in 0..cap3((if !(a <= 5) { (yield_!(String::from("hello")).len() as i64) } else { (if 2 >= 5 { e } else { u6 }) })) {
                            let c = i2s(f3(Acc::new(5).add(4).add(e).get(), [String::from("four"), String::from("ab")].concat(), keep(T("v11"), 10).take()));
                            yield_!((if c.is_empty() { [String::from("x"), c.clone()].concat() } else { c.clone() }));
                            let [a, _, _] = [a, Acc::new(Acc::new((P { a: w, b: String::from("xyz") }).sum()).add(0).add(t("t12", u6)).get()).add(3).add(Acc::new(a).add((match a { 0 => 5, n if n > 0 => n + 1, _ => (c.len() as i64) })).add(keep(T("v14"), 13).take()).get()).get(), (if c.len() % 2 == 0 { a } else { w })];
                        }
                        if !((u6 < 2 && a < 4)) {
                            break 'b8;
                        }
                    }
                }
                let mut a = (yield_!(t("t15", format!("{}-{}", (String::from("x")), 1))).len() as i64);
                if Acc::new(0).add(u6).add(a).get() == 2 {
                    break 'b7 keep(T("v17"), 16).take();
                }
                (if ((String::from("")).len() % 2 == 0 || a < 5) { (if 3 >= 2 { 5 } else { u6 }) } else { (match u6 { 0 => u6, n if n > 1 => n + 1, _ => a }) })
            };
            Some(T("k18").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p135 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [d, _, _] = [cap.take(), (P { a: T("k1").id(), b: t("t2", i2s(4)) }).sum(), (if r.len() % 2 == 0 { keep(T("v4"), 3).take() } else { (r.len() as i64) })];
            if (yield_!(r)).is_empty() {
                panic!("p5");
            }
            yield_!(format!("{}-{}", (String::from("ab")), Acc::new(d).add(d).add(d).get()));
            yield_!(String::from("hello"));
            let P { a: a, b: f } = P { a: opt(&(yield_!(String::from(""))))?, b: (if (String::from("")).len() % 2 == 0 { [String::from("hello"), yield_!(String::from("four"))].concat() } else { String::from("") }) };
            let c: String = [[String::from("four"), t("t6", String::from("x"))].concat(), i2s(Acc::new(a).add(d).add(d).get())].concat();
            let mut fuel7 = 0;
            'l7: while fuel7 < 2 && (!(f.len() % 2 == 0) || ((f.len() as i64) > 4 && f.len() % 2 == 0)) {
                fuel7 += 1;
                let mut fuel8 = 0;
                'l8: while fuel8 < 2 && (f.is_empty() || !((String::from("ab")).len() % 2 == 0)) {
                    fuel8 += 1;
                    let a = opt(&(yield_!(f.clone())))?;
                    r = yield_!([String::from("ab"), c.clone()].concat());
                    yield_!(String::from("hello"));
                    let [b, _, _] = [keep(T("v10"), 9).take(), f3((f.len() as i64), yield_!((if d < 0 { f.clone() } else { f.clone() })), 3), opt(&c)?];
                }
                r = yield_!(String::from("xyz"));
                let Some(a) = opt(&((if a > 3 { (if d >= 4 { c.clone() } else { c.clone() }) } else { yield_!(c.clone()) }))) else {
                    return Some(d);
                };
                let b = T("v11");
            }
            let Some(e) = opt(&c) else {
                return Some(0);
            };
            'l12: for w in 0..cap3((match (P { a: a, b: c.clone() }).sum() { 0 => keep(T("v14"), 13).take(), n if n > 5 => n + 1, _ => Acc::new((f.len() as i64)).add(a).add((c.len() as i64)).get() })) {
                let u15: i64;
                if (yield_!(c.clone())).is_empty() {
                    u15 = T("k16").id();
                } else {
                    u15 = t("t17", f3(3, f.clone(), (f.len() as i64)));
                }
            }
            Some((P { a: 4, b: String::from("ab") }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p136 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&([yield_!(r.clone()), String::from("four")].concat())) {
                'l1: for w in [i2s((match n { 0 => n, n if n > 1 => n + 1, _ => cap.id() })), yield_!(r.clone())] {
                    if (yield_!(String::from(""))).is_empty() {
                        return Ok(1);
                    }
                    let a = keep(T("v2"), ((if 1 != 2 { (r.len() as i64) } else { (w.len() as i64) }) + f3(n, w.clone(), n)));
                    r = w;
                }
            } else if r.len() % 2 == 0 {
                let mut fuel3 = 0;
                'l3: while fuel3 < 2 && ((r.len() as i64) - 4) != 0 {
                    fuel3 += 1;
                    let [e, _, _] = [1, 0, t("t4", 2)];
                    if !(!((0 != 1 && e < 5))) {
                        return Ok(res(&r)?);
                    }
                }
                if (match Acc::new((r.len() as i64)).add(T::id(&cap)).add(0).get() { 0 => cap.take(), n if n > 1 => n + 1, _ => res(&r)? }) >= 2 {
                    return Ok(Acc::new(f3(5, r.clone(), 3)).add((yield_!(String::from("four")).len() as i64)).add((P { a: 5, b: r }).sum()).get());
                }
            }
            'l5: for w in 0..cap3(0) {
                match ((P { a: t("t6", w), b: yield_!(String::from("xyz")) }).sum() + (if !(w != 0) { 3 } else { (if w < 5 { w } else { w }) })) {
                    0 => {
                        r = yield_!(String::from("hello"));
                    }
                    n if n > 2 => {
                        consume(T("v7"));
                        let a = keep(T("v8"), (P { a: (yield_!(String::from("xyz")).len() as i64), b: format!("{}-{}", (String::from("hello")), 1) }).sum());
                    }
                    _ => {
                        let (mut e, c) = (T("v9"), w);
                    }
                }
            }
            Err([[String::from("xyz"), String::from("x")].concat(), format!("{}-{}", (String::from("x")), 1)].concat())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p137 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut d: String = t("t1", r);
            yield_!(i2s((P { a: T::id(&cap), b: String::from("xyz") }).sum()));
            match t("t2", t("t3", (P { a: (d.len() as i64), b: String::from("ab") }).sum())) {
                0 => {
                    'l4: for w in [yield_!(String::from("")), t("t5", d.clone())] {
                        r = [format!("{}-{}", (String::from("ab")), (if (w.len() as i64) == 5 { 5 } else { cap.id() })), yield_!(d.clone())].concat();
                        let b = (d.len() as i64);
                    }
                }
                n if n > 1 => {
                    if (String::from("hello")).len() % 2 == 0 {
                        panic!("p6");
                    }
                    d = (if ((d.clone()).len() % 2 == 0 && d.len() % 2 == 0) { (if d.len() % 2 == 0 { d.clone() } else { [d, String::from("hello")].concat() }) } else { d.clone() });
                }
                _ => {
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 1 && (d.clone()).len() % 2 == 0 {
                        fuel7 += 1;
                        yield_!([String::from(""), i2s(1)].concat());
                        if Acc::new(1).add(keep(T("v9"), 8).take()).add(t("t10", 3)).get() < 3 {
                            return keep(T("v12"), 11).take();
                        }
                    }
                    let b = cap;
                }
            }
            match (P { a: (d.len() as i64), b: t("t13", t("t14", d)) }).sum() {
                0 => {
                     {
                        let mut a = T("k15").id();
                         {
                        }
                    }
                }
                n if n > 2 => {
                }
                _ => {
                }
            }
            (P { a: (match 4 { 0 => 4, n if n > 2 => n + 1, _ => 1 }), b: String::from("hello") }).sum()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p138 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(r);
            'l1: for w in 0..cap3(keep(keep(T("v3"), T::id(&cap)), 2).take()) {
                let (mut d, f) = (keep(keep(keep(T("v4"), w), (match w { 0 => 5, n if n > 3 => n + 1, _ => 0 })), w), T("k5").id());
                match ((P { a: (keep(T("v7"), 6).take() + f), b: [String::from("hello"), yield_!(String::from("x"))].concat() }).sum(), (if keep(T("v9"), 8).take() == 3 { yield_!((if w != 0 { String::from("hello") } else { String::from("four") })) } else { yield_!([String::from("ab"), String::from("x")].concat()) })) {
                    (0, n) => {
                        let mut d = T("v10");
                        let (mut d, c) = (T("v11"), w);
                        let P { a: c, b: b } = P { a: (P { a: keep(T("v13"), 12).take(), b: n }).sum(), b: format!("{}-{}", ([String::from(""), String::from("hello")].concat()), Acc::new(c).add(keep(T("v15"), 14).take()).add(f).get()) };
                    }
                    (_, n) if n.len() > 5 => {
                        yield_!(format!("{}-{}", n, 1));
                        let c: i64 = Acc::new(t("t16", d.take())).add(Acc::new((if n.len() % 2 == 0 { (n.len() as i64) } else { (n.len() as i64) })).add(T("k17").id()).add(cap.id()).get()).add(f).get();
                    }
                    (_, n) => {
                        let c = T("v18");
                    }
                }
            }
            match T::id(&cap) {
                0 => {
                    yield_!([t("t19", String::from("hello")), format!("{}-{}", (String::from("four")), T::id(&cap))].concat());
                    let Some(e) = opt(&(t("t20", i2s(0)))) else {
                        panic!("p21");
                    };
                }
                n if n > 3 => {
                }
                _ => {
                }
            }
            ((P { a: 1, b: String::from("hello") }).sum() + (if (String::from("xyz")).len() % 2 == 0 { cap.id() } else { 1 }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p139 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(c) = opt(&(r)) else {
                return Some((if (String::from("xyz")).is_empty() { keep(T("v2"), 1).take() } else { f3(cap.id(), String::from("x"), cap.id()) }));
            };
            let (mut c, e) = (T("v3"), T("k4").id());
            'l5: for w in [(if (c.id() == 1 && e >= 3) { String::from("four") } else { i2s(2) }), i2s(T("k6").id())] {
                if T("k7").id() != 2 {
                    panic!("p8");
                }
                'l9: for w in [w.clone(), i2s(e)] {
                    yield_!(String::from("xyz"));
                }
                let mut fuel11 = 0;
                let e = 'l11: loop {
                    fuel11 += 1;
                    if fuel11 > 3 {
                        break 'l11 t("t12", e);
                    }
                    yield_!((if (e <= 2 || (String::from("ab")).len() % 2 == 0) { format!("{}-{}", (w.clone()), e) } else { [w.clone(), w.clone()].concat() }));
                    yield_!(t("t13", String::from("ab")));
                    let [f, _, _] = [(match e { 0 => (if !(w.len() % 2 == 0) { e } else { opt(&w)? }), n if n > 5 => n + 1, _ => Acc::new((match (w.len() as i64) { 0 => 0, n if n > 5 => n + 1, _ => c.id() })).add((match e { 0 => c.id(), n if n > 2 => n + 1, _ => e })).add((w.len() as i64)).get() }), (P { a: (P { a: (P { a: 0, b: w.clone() }).sum(), b: w.clone() }).sum(), b: yield_!(String::from("ab")) }).sum(), e];
                };
                let b: String = i2s(T("k14").id());
            }
            let mut f = T("v15");
            consume(keep(T("v16"), f3(1, format!("{}-{}", (String::from("xyz")), e), (yield_!(String::from("")).len() as i64))));
            f = keep(T("v17"), cap.id());
            let mut fuel18 = Vec::from([0, T("k19").id()]);
            'l18: while let Some(w) = fuel18.pop() {
                let mut f = T("v20");
                let f: String = i2s(f3(5, format!("{}-{}", (String::from("")), T::id(&c)), opt(&(String::from("ab")))?));
                'l21: for w in 0..cap3((f.len() as i64)) {
                    c = T("v22");
                    if !(f.is_empty()) {
                        panic!("p23");
                    }
                }
                if !(((f.len() % 2 == 0 || (String::from("four")).len() % 2 == 0) || (String::from("x")).is_empty())) {
                    yield_!(t("t24", t("t25", f)));
                }
            }
            Some((yield_!((if e > 2 { String::from("xyz") } else { String::from("four") })).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p140 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            let mut fuel2 = 0;
            let e = 'l2: loop {
                fuel2 += 1;
                if fuel2 > 3 {
                    break 'l2 (r.len() as i64);
                }
                let [e, _, _] = [res(&r)?, keep(T("v4"), 3).take(), res(&(r.clone()))?];
                if ((r.clone()).len() % 2 == 0 || (String::from("ab")).is_empty()) {
                    r = (if ((r.clone()).len() % 2 == 0 && (r.clone()).len() % 2 == 0) { i2s(cap.id()) } else { t("t5", r.clone()) });
                    if ((e == 3 || (r.clone()).len() % 2 == 0) || ((1 != 0 && r.len() % 2 == 0) || ((r.len() as i64) <= 0 || T::id(&cap) >= 0))) {
                        break 'l2 e;
                    }
                    yield_!(i2s(e));
                } else {
                    let d = T("v6");
                    yield_!(String::from(""));
                    drop(d);
                }
                let b = t("t7", f3(f3(e, String::from("x"), 0), yield_!(r.clone()), cap.id()));
            };
            Ok(e)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p141 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if (i2s(2)).is_empty() {
                return Some(T("k1").id());
            }
            yield_!(t("t2", t("t3", r)));
            drop(cap);
            'l4: for w in 0..cap3((if (String::from("hello")).is_empty() { f3(2, String::from(""), 1) } else { opt(&(String::from("hello")))? })) {
                let mut fuel5 = Vec::from([w, keep(T("v7"), 6).take()]);
                'l5: while let Some(w) = fuel5.pop() {
                    if (yield_!(String::from(""))).len() % 2 == 0 {
                        break 'l4;
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p142 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ((T::id(&cap) == 1 || (r.len() % 2 == 0 && (String::from("")).len() % 2 == 0)) || r.is_empty()) {
                return (yield_!([r.clone(), r.clone()].concat()).len() as i64);
            }
            match opt(&r) {
                Some(n) if n < 1 => {
                    let Some(d) = opt(&r) else {
                        return t("t1", 3);
                    };
                    let [f, _, _] = [(T("k2").id() + T::id(&cap)), t("t3", t("t4", (if 1 >= 3 { 2 } else { (r.len() as i64) }))), T("k5").id()];
                    match ((match (d + n) { 0 => f3(T("k6").id(), t("t7", r), cap.take()), n if n > 5 => n + 1, _ => 0 }), yield_!(String::from("xyz"))) {
                        (0, n) => {
                            yield_!((if (n.clone()).len() % 2 == 0 { String::from("four") } else { [String::from("ab"), n.clone()].concat() }));
                        }
                        (_, n) if n.len() > 0 => {
                            let mut c: String = yield_!(t("t10", (if f >= 2 { String::from("") } else { n })));
                        }
                        (_, n) => {
                            r = yield_!(n);
                        }
                    }
                }
                Some(n) => {
                    let mut fuel11 = 0;
                    'l11: while fuel11 < 1 && (String::from("x")).len() % 2 == 0 {
                        fuel11 += 1;
                    }
                }
                None => {
                }
            }
            f3((P { a: 5, b: String::from("four") }).sum(), i2s(4), keep(T("v13"), 12).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p143 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let c = T("k2").id();
                yield_!(r);
                if (String::from("ab")).is_empty() {
                    break 'b1;
                }
            }
            'l3: for w in 0..cap3((yield_!(format!("{}-{}", (String::from("xyz")), 0)).len() as i64)) {
                match opt(&(format!("{}-{}", (String::from("hello")), opt(&(String::from("")))?))) {
                    Some(n) if n < 1 => {
                        if (t("t4", String::from("ab"))).len() % 2 == 0 {
                            return None;
                        }
                    }
                    Some(n) => {
                        r = String::from("xyz");
                        let c = [yield_!(i2s(cap.id())), t("t5", r.clone())].concat();
                        let mut e = (yield_!(c.clone()).len() as i64);
                    }
                    None => {
                        yield_!([t("t6", String::from("hello")), t("t7", String::from("xyz"))].concat());
                    }
                }
                'l8: for w in 0..cap3(5) {
                    let c = keep(T("v10"), 9).take();
                    r = yield_!((if (4 < 0 || (String::from("four")).len() % 2 == 0) { t("t11", String::from("xyz")) } else { i2s(T::id(&cap)) }));
                    yield_!(r.clone());
                }
                yield_!(String::from(""));
            }
            Some(Acc::new(opt(&(String::from("four")))?).add(cap.take()).add((match 1 { 0 => 0, n if n > 4 => n + 1, _ => 5 })).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p144 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            let mut fuel2 = Vec::from([((match 4 { 0 => 5, n if n > 0 => n + 1, _ => 3 }) - (r.len() as i64)), 0]);
            'l2: while let Some(w) = fuel2.pop() {
                yield_!((if r.is_empty() { i2s(w) } else { [r.clone(), r.clone()].concat() }));
                yield_!(r.clone());
                let f = t("t3", yield_!(r.clone()));
                if r.is_empty() {
                    let mut b = (if (String::from("")).len() % 2 == 0 { f.clone() } else { f.clone() });
                    yield_!(String::from("hello"));
                } else if w > 2 {
                    if (yield_!(f.clone())).is_empty() {
                        panic!("p4");
                    }
                }
            }
            Err((if 2 <= 3 { yield_!(String::from("hello")) } else { String::from("xyz") }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p145 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1;
                }
                if let Some(n) = opt(&([String::from("x"), [r.clone(), String::from("ab")].concat()].concat())) && n > 2 {
                    r = [[format!("{}-{}", r, n), yield_!(r.clone())].concat(), t("t2", i2s(n))].concat();
                    yield_!(format!("{}-{}", (r.clone()), T::id(&cap)));
                } else if (((r.len() as i64) > 1 || 0 != 3) && (r.len() as i64) == 3) {
                    yield_!(String::from("ab"));
                    let (mut f, e) = (T("v3"), (yield_!(format!("{}-{}", (String::from("")), (if (r.clone()).len() % 2 == 0 { T::id(&cap) } else { 3 }))).len() as i64));
                    r = (if ((String::from("hello")).len() % 2 == 0 && !(5 != 3)) { r.clone() } else { String::from("ab") });
                }
                 {
                    if !(((r.len() as i64) * (r.len() as i64)) >= 3) {
                        panic!("p4");
                    }
                    r = [yield_!((if cap.id() <= 4 { String::from("ab") } else { String::from("ab") })), (if ((r.len() as i64) <= 1 || (r.len() as i64) != 3) { i2s(cap.id()) } else { [r.clone(), r.clone()].concat() })].concat();
                }
                if (((r.len() % 2 == 0 && r.len() % 2 == 0) || (r.clone()).len() % 2 == 0) && (String::from("")).is_empty()) {
                    return Err(i2s(f3((r.len() as i64), String::from("xyz"), cap.id())));
                }
            }
            let u5: i64;
            if !((if 3 >= 2 { T::id(&cap) } else { (r.len() as i64) }) == 4) {
                u5 = T::id(&cap);
            } else {
                u5 = 3;
            }
            yield_!(r.clone());
            let Some(d) = opt(&(i2s((r.len() as i64)))) else {
                return Err(r.clone());
            };
             {
                yield_!(i2s((match (r.len() as i64) { 0 => u5, n if n > 4 => n + 1, _ => d })));
                if let Some(n) = opt(&r) && n > 3 {
                    let mut fuel6 = 0;
                    'l6: while fuel6 < 1 && !((r.clone()).is_empty()) {
                        fuel6 += 1;
                    }
                } else {
                }
            }
            Ok(u5)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p146 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            r = [r.clone(), yield_!(r)].concat();
            'l1: for w in 0..cap3((r.len() as i64)) {
                match cap.id() {
                    0 => {
                        if !(r.is_empty()) {
                            return Some(f3(Acc::new(w).add(w).add((r.len() as i64)).get(), r.clone(), f3(cap.id(), String::from("four"), T::id(&cap))));
                        }
                        r = format!("{}-{}", ([String::from("x"), String::from("hello")].concat()), keep(keep(T("v3"), w), 2).take());
                    }
                    n if n > 3 => {
                        let b = opt(&(format!("{}-{}", (String::from("ab")), (r.len() as i64))))?;
                        consume(T("v4"));
                    }
                    _ => {
                    }
                }
            }
            Some(T("k5").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p147 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if (!((1 <= 3 && (String::from("ab")).len() % 2 == 0)) && r.is_empty()) {
                return Err(yield_!((if r.len() % 2 == 0 { r } else { r.clone() })));
            }
            let d = keep(keep(T("v1"), Acc::new(5).add(T::id(&cap)).add(cap.id()).get()), (if T::id(&cap) > 1 { res(&(String::from("x")))? } else { T::id(&cap) }));
            let mut c = keep(cap, T("k2").id());
            let d = (yield_!(String::from("four")).len() as i64);
            let u3: i64;
            if (t("t4", String::from("xyz"))).len() % 2 == 0 {
                u3 = Acc::new(d).add(T::id(&c)).add((d + d)).get();
            } else {
                u3 = (yield_!((if c.id() < 1 { String::from("hello") } else { String::from("hello") })).len() as i64);
            }
            if (String::from("four")).is_empty() {
                panic!("p5");
            }
            r = t("t6", String::from("hello"));
            'l7: for w in [yield_!(String::from("four")), yield_!((if T::id(&c) > 2 { r } else { r }))] {
                if t("t8", u3) > 4 {
                    panic!("p9");
                }
                drop(keep(T("v10"), (match (yield_!(w).len() as i64) { 0 => u3, n if n > 0 => n + 1, _ => (P { a: 1, b: String::from("x") }).sum() })));
            }
            let mut fuel11 = 0;
            'l11: while fuel11 < 1 && T("k12").id() >= 3 {
                fuel11 += 1;
                'l13: for w in 0..cap3(res(&(String::from("hello")))?) {
                    c = keep(T("v14"), d);
                    drop(T("v15"));
                }
            }
            Ok(c.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p148 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if r.len() % 2 == 0 {
                yield_!((if (String::from("hello")).is_empty() { r.clone() } else { format!("{}-{}", r, (r.len() as i64)) }));
            }
            let (mut e, d) = (T("v1"), (P { a: opt(&r)?, b: String::from("") }).sum());
            if r.len() % 2 == 0 {
                panic!("p2");
            }
            let u3: i64;
            if r.len() % 2 == 0 {
                u3 = cap.id();
            } else {
                u3 = keep(keep(T("v5"), d), 4).take();
            }
             {
                let Some(f) = opt(&(r.clone())) else {
                    return None;
                };
            }
            if r.len() % 2 == 0 {
                return Some(e.take());
            }
            let mut b: i64 = (P { a: cap.take(), b: String::from("xyz") }).sum();
            e = T("v6");
            let mut fuel7 = 0;
            'l7: while fuel7 < 2 && r.is_empty() {
                fuel7 += 1;
                let mut fuel8 = 0;
                let c = 'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 3 {
                        break 'l8 (if !((r.clone()).len() % 2 == 0) { (if r.len() % 2 == 0 { (r.len() as i64) } else { 5 }) } else { (r.len() as i64) });
                    }
                    let d = r.clone();
                    let a: i64 = keep(T("v10"), 9).take();
                    e = T("v11");
                    b = b;
                };
            }
            Some((if (String::from("four")).len() % 2 == 0 { opt(&(String::from("hello")))? } else { (b * b) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p149 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            if let Some(n) = opt(&(t("t2", String::from("four")))) {
                yield_!(i2s(f3((r.len() as i64), r.clone(), n)));
                yield_!(r.clone());
            } else if (r.is_empty() || (cap.id() < 0 && (r.clone()).len() % 2 == 0)) {
                let mut fuel3 = 0;
                'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 3 {
                        break 'l3;
                    }
                    if (format!("{}-{}", r, 1)).is_empty() {
                        panic!("p4");
                    }
                    let mut a = r.clone();
                    yield_!(format!("{}-{}", r, T("k5").id()));
                    drop(T("v6"));
                }
                consume(cap);
                let mut fuel7 = 0;
                'l7: while fuel7 < 3 && (!(1 != 3) && (r.clone()).is_empty()) {
                    fuel7 += 1;
                    let a = t("t8", keep(T("v10"), 9).take());
                    let mut b = T("v11");
                }
            } else {
                let mut b: String = r.clone();
                 {
                }
            }
            keep(T("v13"), 12).take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p150 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let Some(b) = opt(&r) else {
                panic!("p1");
            };
            let mut fuel2 = 0;
            'l2: while fuel2 < 2 && ((r.len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) && 4 < 0) {
                fuel2 += 1;
                let mut fuel3 = 0;
                'l3: while fuel3 < 2 && r.is_empty() {
                    fuel3 += 1;
                    let mut a = t("t4", yield_!([String::from("hello"), String::from("xyz")].concat()));
                    consume(T("v5"));
                }
                'l6: for w in 0..cap3((f3(b, r.clone(), 1) - (cap.id() * (r.len() as i64)))) {
                    yield_!(format!("{}-{}", (String::from("xyz")), 1));
                    let f = w;
                    yield_!(format!("{}-{}", (r.clone()), (r.len() as i64)));
                    let mut d: T = T("v7");
                }
            }
            let u8: i64;
            if !(((0 > 3 && b < 5) && !(r.len() % 2 == 0))) {
                u8 = Acc::new(f3(T::id(&cap), r, b)).add(res(&(String::from("hello")))?).add((match b { 0 => cap.id(), n if n > 3 => n + 1, _ => b })).get();
            } else {
                u8 = T("k9").id();
            }
            match (yield_!((if b >= 4 { [String::from("four"), String::from("ab")].concat() } else { String::from("x") })).len() as i64) {
                0 => {
                    if let Some(n) = opt(&((if cap.id() <= 3 { t("t10", String::from("ab")) } else { i2s(b) }))) {
                        let [e, _, _] = [u8, (match (cap.id() + res(&(String::from("ab")))?) { 0 => keep(T("v12"), 11).take(), n if n > 3 => n + 1, _ => T("k13").id() }), keep(T("v15"), 14).take()];
                    }
                    let Some(e) = opt(&(yield_!(t("t16", String::from("four"))))) else {
                        return Ok(cap.take());
                    };
                    let Some(c) = opt(&((if ((String::from("x")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) { [String::from("hello"), String::from("four")].concat() } else { yield_!(String::from("hello")) }))) else {
                        return Ok((match keep(T("v18"), 17).take() { 0 => 5, n if n > 3 => n + 1, _ => keep(T("v20"), 19).take() }));
                    };
                }
                n if n > 2 => {
                    consume(T("v21"));
                }
                _ => {
                    if ((b <= 1 && !((String::from("x")).len() % 2 == 0)) && ((cap.id() == 5 || (String::from("x")).len() % 2 == 0) && !((String::from("")).len() % 2 == 0))) {
                        panic!("p22");
                    }
                    let b = format!("{}-{}", ([String::from("xyz"), String::from("hello")].concat()), cap.take());
                }
            }
            let Some(a) = opt(&(i2s(u8))) else {
                return Ok(t("t23", res(&(String::from("xyz")))?));
            };
             {
                yield_!([[String::from("four"), String::from("xyz")].concat(), [String::from("xyz"), String::from("ab")].concat()].concat());
            }
            Err(yield_!(String::from("")))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p151 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let P { a: b, b: c } = P { a: keep(T("v2"), 1).take(), b: format!("{}-{}", ([r, String::from("four")].concat()), 3) };
            match f3((match T("k3").id() { 0 => (c.len() as i64), n if n > 0 => n + 1, _ => (match b { 0 => 0, n if n > 0 => n + 1, _ => 3 }) }), format!("{}-{}", c, (match b { 0 => b, n if n > 4 => n + 1, _ => 0 })), (match cap.take() { 0 => b, n if n > 2 => n + 1, _ => (if c.len() % 2 == 0 { b } else { b }) })) {
                0 => {
                    r = i2s(keep(keep(T("v5"), b), 4).take());
                    let mut d = T("v6");
                    r = yield_!(String::from("xyz"));
                }
                n if n > 4 => {
                    let a = T("v7");
                    let mut fuel8 = 0;
                    'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 3 {
                            break 'l8;
                        }
                        r = format!("{}-{}", c, a.id());
                        let e = keep(T("v9"), Acc::new(5).add(n).add(t("t10", n)).get());
                        let [f, _, _] = [3, e.take(), (match (yield_!(i2s(5)).len() as i64) { 0 => (match T("k11").id() { 0 => (if (r.len() as i64) != 0 { b } else { 3 }), n if n > 5 => n + 1, _ => (P { a: a.id(), b: String::from("hello") }).sum() }), n if n > 1 => n + 1, _ => keep(T("v13"), 12).take() })];
                    }
                    let mut fuel14 = 0;
                    'l14: while fuel14 < 2 && res(&(String::from("")))? < 4 {
                        fuel14 += 1;
                    }
                }
                _ => {
                }
            }
            Ok(res(&(c))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p152 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && ((r.len() % 2 == 0 || cap.id() != 4) && ((r.len() as i64) >= 2 && r.len() % 2 == 0)) {
                fuel1 += 1;
                consume(keep(T("v2"), Acc::new((yield_!(String::from("x")).len() as i64)).add((5 + 1)).add(3).get()));
                let u3: i64;
                if !(!(T::id(&cap) <= 4)) {
                    u3 = (if (cap.id() > 3 || r.len() % 2 == 0) { (P { a: T::id(&cap), b: r.clone() }).sum() } else { T::id(&cap) });
                } else {
                    u3 = (r.len() as i64);
                }
                let b = 'b4: {
                    'l5: for w in 0..cap3(u3) {
                        drop(T("v6"));
                        drop(T("v7"));
                        r = yield_!(String::from("x"));
                        r = format!("{}-{}", (format!("{}-{}", r, (r.len() as i64))), u3);
                    }
                    if ((r.is_empty() || (r.clone()).len() % 2 == 0) || (if 4 != 3 { cap.id() } else { 5 }) >= 0) {
                        panic!("p8");
                    }
                    if let Some(n) = opt(&r) && n > 5 {
                        drop(T("v9"));
                        consume(keep(T("v10"), Acc::new(u3).add(keep(T("v12"), 11).take()).add((yield_!(r.clone()).len() as i64)).get()));
                        r = t("t13", r.clone());
                    }
                    if !(r.len() % 2 == 0) {
                        break 'b4 (r.len() as i64);
                    }
                    res(&(r.clone()))?
                };
                let b = T("v14");
            }
            let u15: i64;
            if (!(((r.len() as i64) <= 4 && (r).len() % 2 == 0)) && (String::from("xyz")).len() % 2 == 0) {
                u15 = (match f3(1, String::from("ab"), 0) { 0 => T("k16").id(), n if n > 4 => n + 1, _ => (if T::id(&cap) != 2 { 1 } else { T::id(&cap) }) });
            } else {
                u15 = T::id(&cap);
            }
            yield_!(t("t17", t("t18", String::from("ab"))));
            let mut fuel19 = 0;
            'l19: while fuel19 < 3 && (match 5 { 0 => u15, n if n > 1 => n + 1, _ => u15 }) <= 2 {
                fuel19 += 1;
                'l20: for w in [yield_!((if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("four") })), yield_!(t("t21", String::from("x")))] {
                    let P { a: e, b: f } = P { a: (match res(&w)? { 0 => (w.len() as i64), n if n > 0 => n + 1, _ => (P { a: u15, b: w.clone() }).sum() }), b: [format!("{}-{}", w, keep(T("v23"), 22).take()), w.clone()].concat() };
                }
            }
            Err(String::from("x"))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p153 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let f = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 T("k2").id();
                }
                let c = r.clone();
                let mut a = String::from("four");
            };
            let [e, _, _] = [T("k3").id(), f, Acc::new(0).add(keep(T("v5"), 4).take()).add(T::id(&cap)).get()];
            let (mut b, a) = (keep(cap, (P { a: t("t6", (r.len() as i64)), b: (if 0 != 1 { r } else { r.clone() }) }).sum()), keep(T("v8"), 7).take());
            if (!((T::id(&b) >= 2 || (String::from("hello")).len() % 2 == 0)) || opt(&(String::from("hello")))? < 2) {
                return Some((match T::id(&b) { 0 => (a + 5), n if n > 0 => n + 1, _ => T::id(&b) }));
            }
            yield_!((if !((String::from("four")).len() % 2 == 0) { t("t9", String::from("")) } else { i2s(e) }));
            if ((0 != 4 && !(a != 5)) && !(((String::from("four")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0))) {
                return None;
            }
            let Some(d) = opt(&([t("t10", String::from("xyz")), t("t11", String::from("four"))].concat())) else {
                return None;
            };
             {
                drop(T("v12"));
            }
            if let Some(n) = opt(&(i2s(T::id(&b)))) && n > 4 {
                let mut fuel13 = 0;
                let d = 'l13: loop {
                    fuel13 += 1;
                    if fuel13 > 1 {
                        break 'l13 t("t14", T("k15").id());
                    }
                    let b = t("t16", (if (String::from("x")).is_empty() { i2s(T::id(&b)) } else { t("t17", String::from("x")) }));
                };
            }
            Some((yield_!(String::from("")).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p154 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && (String::from("")).is_empty() {
                fuel1 += 1;
                let mut fuel2 = 0;
                'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 3 {
                        break 'l2;
                    }
                    r = String::from("");
                    if ((((r.len() as i64) != 2 || (r.len() as i64) > 4) && T::id(&cap) == 2) && (r.clone()).len() % 2 == 0) {
                        panic!("p3");
                    }
                }
                let mut fuel4 = Vec::from([(r.len() as i64), (if ((r.clone()).len() % 2 == 0 && (r.len() as i64) != 0) { T("k5").id() } else { T("k6").id() })]);
                'l4: while let Some(w) = fuel4.pop() {
                    let mut a = T("v7");
                    yield_!(r.clone());
                }
                let mut fuel8 = 0;
                'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 1 {
                        break 'l8;
                    }
                    yield_!(i2s(opt(&r)?));
                    r = [yield_!(r.clone()), (if (r.clone()).is_empty() { String::from("x") } else { r.clone() })].concat();
                }
            }
            let mut fuel9 = 0;
            let b = 'l9: loop {
                fuel9 += 1;
                if fuel9 > 3 {
                    break 'l9 keep(T("v11"), 10).take();
                }
                match Acc::new((yield_!([String::from(""), String::from("x")].concat()).len() as i64)).add(t("t12", (if 4 < 2 { 5 } else { (r.len() as i64) }))).add(4).get() {
                    0 => {
                        let f = T("v13");
                    }
                    n if n > 3 => {
                        let mut c = r.clone();
                        let mut c = [format!("{}-{}", (c), keep(T("v15"), 14).take()), format!("{}-{}", r, (if (r.clone()).len() % 2 == 0 { n } else { 1 }))].concat();
                        if c.len() % 2 == 0 {
                            return Some(T("k16").id());
                        }
                    }
                    _ => {
                        let a = T("v17");
                    }
                }
                'b18: {
                    yield_!(i2s(t("t19", (r.len() as i64))));
                    r = r.clone();
                    if r.len() % 2 == 0 {
                        break 'b18;
                    }
                }
                r = yield_!((if r.len() % 2 == 0 { i2s((r.len() as i64)) } else { (if r.len() % 2 == 0 { r.clone() } else { String::from("four") }) }));
            };
            let mut fuel20 = 0;
            'l20: while fuel20 < 1 && r.len() % 2 == 0 {
                fuel20 += 1;
            }
            Some((if (r).is_empty() { (if b <= 4 { b } else { cap.id() }) } else { (yield_!(String::from("ab")).len() as i64) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p155 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut e = yield_!(t("t1", [String::from("x"), r].concat()));
            let mut fuel2 = 0;
            let f = 'l2: loop {
                fuel2 += 1;
                if fuel2 > 3 {
                    break 'l2 Acc::new(res(&e)?).add(Acc::new(3).add((e.len() as i64)).add(cap.id()).get()).add(t("t3", 0)).get();
                }
                if (!(cap.id() < 2) && ((String::from("xyz")).len() % 2 == 0 && e.len() % 2 == 0)) {
                    return Ok(t("t4", (P { a: 2, b: e.clone() }).sum()));
                }
                 {
                    consume(T("v5"));
                    let (mut d, f) = (keep(T("v6"), (e.len() as i64)), res(&e)?);
                    if !((e.clone()).is_empty()) {
                        return Err(yield_!(String::from("ab")));
                    }
                }
            };
            let mut b: String = [t("t7", yield_!(e.clone())), format!("{}-{}", e, f)].concat();
             {
                let Some(e) = opt(&e) else {
                    return Err(i2s((e.len() as i64)));
                };
            }
            Err((if f > 1 { i2s(3) } else { String::from("") }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p156 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = format!("{}-{}", ([r.clone(), r.clone()].concat()), cap.id());
            let mut fuel1 = Vec::from([T("k2").id(), (if r.len() % 2 == 0 { (match 3 { 0 => cap.id(), n if n > 2 => n + 1, _ => cap.id() }) } else { t("t3", 1) })]);
            'l1: while let Some(w) = fuel1.pop() {
                if let Some(n) = opt(&(yield_!((if (r.len() as i64) >= 5 { String::from("hello") } else { c.clone() })))) && n > 5 {
                    consume(T("v4"));
                    let f = T("v5");
                    yield_!(format!("{}-{}", (String::from("hello")), opt(&r)?));
                } else {
                    yield_!([String::from("xyz"), format!("{}-{}", c, 0)].concat());
                    consume(T("v6"));
                }
                if let Some(n) = opt(&(String::from(""))) && n > 1 {
                    yield_!([r.clone(), r.clone()].concat());
                    let d = T("v7");
                } else {
                    let a = f3((r.len() as i64), t("t8", t("t9", String::from("ab"))), ((r.len() as i64) - (c.len() as i64)));
                }
                let mut b: i64 = (c.len() as i64);
            }
            let f = cap.id();
            let mut fuel10 = 0;
            let e = 'l10: loop {
                fuel10 += 1;
                if fuel10 > 3 {
                    break 'l10 (c.len() as i64);
                }
                let a = (if cap.id() >= 1 { yield_!(format!("{}-{}", r, 4)) } else { [String::from("xyz"), (if (String::from("x")).len() % 2 == 0 { r.clone() } else { String::from("x") })].concat() });
            };
            Some(5)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p157 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let c = 'b1: {
                if ((r.is_empty() && ((r.len() as i64) == 4 || T::id(&cap) <= 2)) && !(((String::from("xyz")).len() % 2 == 0 || 1 == 5))) {
                    panic!("p2");
                }
                if (r.clone()).len() % 2 == 0 {
                    break 'b1 (5 + ((r.len() as i64) * cap.id()));
                }
                f3(cap.take(), t("t3", r.clone()), T("k4").id())
            };
            let Some(d) = opt(&(String::from(""))) else {
                return (if 1 != 5 { (yield_!(r).len() as i64) } else { 2 });
            };
            yield_!(i2s(f3(d, String::from("ab"), d)));
            let mut fuel5 = 0;
            'l5: loop {
                fuel5 += 1;
                if fuel5 > 3 {
                    break 'l5;
                }
                consume(keep(T("v6"), Acc::new(Acc::new(1).add(d).add(c).get()).add(t("t7", 1)).add(keep(T("v9"), 8).take()).get()));
                'l10: for w in [yield_!(format!("{}-{}", (String::from("")), d)), yield_!(format!("{}-{}", (String::from("xyz")), d))] {
                    let c = T("v11");
                }
            }
            0
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p158 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
             {
                if !(r.is_empty()) {
                    panic!("p1");
                }
            }
            if T("k2").id() < 2 {
                panic!("p3");
            }
            yield_!(r.clone());
            if let Some(n) = opt(&r) && n > 1 {
                if (keep(T("v5"), 4).take() <= 4 && (((r.len() as i64) == 3 || r.len() % 2 == 0) || (T::id(&cap) <= 3 && r.len() % 2 == 0))) {
                    return f3(n, [String::from("ab"), String::from("")].concat(), 5);
                }
                let b = T("v6");
            } else if r.len() % 2 == 0 {
            } else {
            }
            f3((4 + 2), yield_!(r), (yield_!(String::from("")).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p159 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((if T::id(&cap) != 4 { r.clone() } else { String::from("") })).is_empty() {
                return Ok(Acc::new((match 4 { 0 => 0, n if n > 4 => n + 1, _ => 2 })).add((r.len() as i64)).add(f3(2, r, 3)).get());
            }
            if let Some(n) = opt(&((if (String::from("")).is_empty() { String::from("xyz") } else { yield_!(String::from("x")) }))) {
                yield_!(String::from(""));
                let Some(e) = opt(&(t("t1", [String::from("ab"), String::from("x")].concat()))) else {
                    return Ok((P { a: keep(T("v3"), 2).take(), b: [String::from("four"), String::from("four")].concat() }).sum());
                };
                let e = [yield_!([String::from("four"), String::from("x")].concat()), yield_!([String::from(""), String::from("ab")].concat())].concat();
            } else if !((String::from("hello")).is_empty()) {
                'l4: for w in 0..cap3((match (match cap.id() { 0 => cap.id(), n if n > 3 => n + 1, _ => T::id(&cap) }) { 0 => (if 3 < 5 { 4 } else { T::id(&cap) }), n if n > 0 => n + 1, _ => cap.take() })) {
                    yield_!(t("t5", (if w == 2 { String::from("xyz") } else { String::from("") })));
                }
            }
            Ok((match f3(2, String::from("ab"), 5) { 0 => (if (String::from("four")).len() % 2 == 0 { 0 } else { 4 }), n if n > 1 => n + 1, _ => keep(T("v7"), 6).take() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p160 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ([String::from("hello"), r.clone()].concat()).is_empty() {
                return Err(yield_!([r.clone(), String::from("four")].concat()));
            }
            let e = (if !((r.len() % 2 == 0 || r.len() % 2 == 0)) { t("t1", format!("{}-{}", (r.clone()), 0)) } else { yield_!(r.clone()) });
            match opt(&(t("t2", yield_!(e.clone())))) {
                Some(n) if n < 1 => {
                    drop(cap);
                }
                Some(n) => {
                    'l3: for w in 0..cap3((yield_!(String::from("xyz")).len() as i64)) {
                        let b = T("v4");
                        yield_!(t("t5", e.clone()));
                    }
                    if let Some(n) = opt(&r) {
                        let mut b = cap;
                        if (e.len() % 2 == 0 && Acc::new(n).add(n).add(n).get() == 3) {
                            return Err(yield_!(e));
                        }
                    }
                     {
                        let Some(e) = opt(&(r.clone())) else {
                            return Ok((r.len() as i64));
                        };
                    }
                }
                None => {
                    let u6: i64;
                    if (!(!(e.len() % 2 == 0)) && (e.clone()).len() % 2 == 0) {
                        u6 = T("k7").id();
                    } else {
                        u6 = cap.take();
                    }
                }
            }
            yield_!(format!("{}-{}", r, (2 + (r.len() as i64))));
            let mut fuel8 = 0;
            'l8: while fuel8 < 1 && (r.clone()).len() % 2 == 0 {
                fuel8 += 1;
                let u9: i64;
                if r.len() % 2 == 0 {
                    u9 = f3((r.len() as i64), [String::from("x"), String::from("x")].concat(), res(&r)?);
                } else {
                    u9 = (P { a: f3((r.len() as i64), String::from("x"), (r.len() as i64)), b: (if (r.len() as i64) < 2 { String::from("") } else { r.clone() }) }).sum();
                }
                if r.len() % 2 == 0 {
                    return Ok((r.len() as i64));
                }
                'l10: for w in [r.clone(), yield_!((if 0 >= 2 { String::from("hello") } else { r.clone() }))] {
                    let e = T("v11");
                    yield_!(format!("{}-{}", w, u9));
                    let b = i2s((yield_!(w).len() as i64));
                }
            }
            let mut fuel12 = Vec::from([4, (match (P { a: (r.len() as i64), b: r }).sum() { 0 => t("t13", 3), n if n > 4 => n + 1, _ => (4 + 5) })]);
            'l12: while let Some(w) = fuel12.pop() {
                yield_!(format!("{}-{}", (String::from("xyz")), w));
            }
            Err(yield_!([String::from(""), String::from("")].concat()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p161 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            match (((match T("k1").id() { 0 => (if (r.clone()).len() % 2 == 0 { 1 } else { cap.id() }), n if n > 0 => n + 1, _ => (match (r.len() as i64) { 0 => T::id(&cap), n if n > 1 => n + 1, _ => (r.len() as i64) }) }) * t("t2", opt(&r)?)), yield_!(t("t3", format!("{}-{}", r, (r.len() as i64))))) {
                (0, n) => {
                    let mut d = (match t("t4", (match cap.id() { 0 => (n.len() as i64), n if n > 3 => n + 1, _ => T::id(&cap) })) { 0 => (P { a: cap.take(), b: i2s((r.len() as i64)) }).sum(), n if n > 5 => n + 1, _ => (3 + 3) });
                     {
                        let mut fuel5 = 0;
                        'l5: while fuel5 < 3 && (((n.len() as i64) == 2 || (n.clone()).len() % 2 == 0) && (n.clone()).len() % 2 == 0) {
                            fuel5 += 1;
                            yield_!(t("t6", t("t7", r.clone())));
                            yield_!((if !(2 < 2) { i2s(d) } else { format!("{}-{}", n, 3) }));
                            yield_!([(if n.len() % 2 == 0 { String::from("") } else { r.clone() }), [String::from("ab"), String::from("hello")].concat()].concat());
                            let e = T("v8");
                        }
                        'b9: {
                            let c = (match d { 0 => f3(d, r.clone(), keep(T("v11"), 10).take()), n if n > 5 => n + 1, _ => T("k12").id() });
                            let b = keep(keep(T("v13"), (if r.len() % 2 == 0 { d } else { d })), (if !((String::from("four")).len() % 2 == 0) { (match c { 0 => d, n if n > 0 => n + 1, _ => d }) } else { d }));
                            let f = String::from("x");
                            if (r.is_empty() && c > 3) {
                                break 'b9;
                            }
                        }
                        'l14: for w in [i2s(Acc::new(d).add(d).add((r.len() as i64)).get()), String::from("hello")] {
                            let c = T("v15");
                            drop(keep(keep(c, d), (P { a: (P { a: (w.len() as i64), b: String::from("xyz") }).sum(), b: yield_!(String::from("xyz")) }).sum()));
                            yield_!(r.clone());
                        }
                    }
                }
                (_, n) if n.len() > 1 => {
                    if let Some(n) = opt(&r) {
                        let e = (t("t16", keep(T("v18"), 17).take()) * T("k19").id());
                        let e = Acc::new(keep(T("v21"), 20).take()).add(opt(&(String::from("xyz")))?).add(((r.len() as i64) + (P { a: 1, b: String::from("four") }).sum())).get();
                    }
                }
                (_, n) => {
                    match cap.id() {
                        0 => {
                            if n.is_empty() {
                                panic!("p22");
                            }
                            consume(T("v23"));
                            consume(T("v24"));
                        }
                        n if n > 1 => {
                        }
                        _ => {
                        }
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p162 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if !((P { a: cap.id(), b: r.clone() }).sum() >= 4) {
                u1 = T("k2").id();
            } else {
                u1 = f3(cap.take(), t("t3", r), (P { a: 3, b: String::from("") }).sum());
            }
            yield_!(t("t4", String::from("ab")));
            yield_!(t("t5", i2s(u1)));
            let (mut c, b) = (keep(keep(T("v6"), u1), (P { a: keep(T("v8"), 7).take(), b: i2s(2) }).sum()), T("k9").id());
            yield_!((if (2 > 0 || (String::from("ab")).len() % 2 == 0) { format!("{}-{}", (String::from("hello")), c.id()) } else { format!("{}-{}", (String::from("ab")), u1) }));
            let P { a: c, b: d } = P { a: c.take(), b: yield_!(i2s((5 + u1))) };
            let mut c = keep(T("v11"), 10).take();
            'l12: for w in [yield_!((if 4 == 1 { d.clone() } else { String::from("hello") })), (if !(d.len() % 2 == 0) { i2s((d.len() as i64)) } else { [d, String::from("ab")].concat() })] {
                drop(T("v13"));
                yield_!(w.clone());
                yield_!(i2s(f3(b, w.clone(), u1)));
            }
            let mut fuel14 = 0;
            'l14: while fuel14 < 3 && (String::from("x")).is_empty() {
                fuel14 += 1;
                let a = T("v15");
            }
            0
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p163 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match cap.id() {
                0 => {
                     {
                        yield_!((if (r.clone()).is_empty() { t("t1", r) } else { String::from("x") }));
                        let a = (match (Acc::new(cap.id()).add(cap.id()).add(cap.id()).get() * T("k2").id()) { 0 => (match f3(cap.id(), String::from("four"), T::id(&cap)) { 0 => t("t3", T::id(&cap)), n if n > 5 => n + 1, _ => Acc::new(3).add(T::id(&cap)).add(4).get() }), n if n > 1 => n + 1, _ => (match 4 { 0 => (cap.id() + T::id(&cap)), n if n > 2 => n + 1, _ => (if 4 <= 0 { cap.id() } else { cap.id() }) }) });
                        let u4: i64;
                        if (format!("{}-{}", (String::from("")), 5)).is_empty() {
                            u4 = a;
                        } else {
                            u4 = a;
                        }
                    }
                }
                n if n > 1 => {
                    drop(keep(keep(cap, Acc::new(n).add(1).add((r.len() as i64)).get()), (r.len() as i64)));
                }
                _ => {
                    let mut fuel5 = Vec::from([(cap.take() - (P { a: 3, b: String::from("x") }).sum()), ((match 2 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => (r.len() as i64) }) + (if (r.len() as i64) >= 3 { 1 } else { 2 }))]);
                    'l5: while let Some(w) = fuel5.pop() {
                        r = yield_!(t("t6", r.clone()));
                        let mut a = yield_!(t("t7", i2s(w)));
                    }
                }
            }
            if ((String::from("x")).is_empty() || (String::from("ab")).len() % 2 == 0) {
                return Err(yield_!(format!("{}-{}", (String::from("")), 4)));
            }
            'l8: for w in 0..cap3(t("t9", keep(T("v11"), 10).take())) {
                let u12: i64;
                if Acc::new((yield_!(String::from("ab")).len() as i64)).add((if (String::from("four")).len() % 2 == 0 { 0 } else { w })).add((5 + w)).get() < 4 {
                    u12 = keep(T("v14"), 13).take();
                } else {
                    u12 = (if (w != 2 && (String::from("")).len() % 2 == 0) { (if w > 2 { w } else { w }) } else { w });
                }
                let mut fuel15 = 0;
                let e = 'l15: loop {
                    fuel15 += 1;
                    if fuel15 > 1 {
                        break 'l15 (match w { 0 => res(&(String::from("four")))?, n if n > 2 => n + 1, _ => Acc::new(u12).add(u12).add(w).get() });
                    }
                    yield_!((if (u12 > 5 || (String::from("four")).len() % 2 == 0) { String::from("hello") } else { [String::from("xyz"), String::from("xyz")].concat() }));
                };
            }
            Ok((P { a: 0, b: [String::from("ab"), String::from("")].concat() }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p164 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let d = (if (String::from("")).is_empty() { String::from("xyz") } else { i2s((if T::id(&cap) <= 1 { (r.len() as i64) } else { 4 })) });
             {
                yield_!(d);
            }
            yield_!(r.clone());
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && r.len() % 2 == 0 {
                fuel1 += 1;
                let mut e = (P { a: (r.len() as i64), b: i2s(T("k2").id()) }).sum();
                let e = T("v3");
                'l4: for w in [(if (r.len() % 2 == 0 && r.len() % 2 == 0) { yield_!(String::from("xyz")) } else { yield_!(r.clone()) }), yield_!(String::from("x"))] {
                }
            }
            Some((r.len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p165 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let b = 'b1: {
                let mut fuel2 = Vec::from([(if ((String::from("hello")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { 0 } else { ((r.len() as i64) + (r.len() as i64)) }), T("k3").id()]);
                'l2: while let Some(w) = fuel2.pop() {
                    drop(T("v4"));
                    'l5: for w in [[t("t6", r.clone()), String::from("xyz")].concat(), r.clone()] {
                        yield_!([w, format!("{}-{}", (String::from("four")), (r.len() as i64))].concat());
                        let b = (r.len() as i64);
                    }
                    if ((if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() })).len() % 2 == 0 {
                        panic!("p7");
                    }
                }
                if ((r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) && (String::from("")).is_empty()) {
                    break 'b1 f3((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => 1 }), String::from("x"), T("k8").id());
                }
                (match T("k9").id() { 0 => T::id(&cap), n if n > 0 => n + 1, _ => T("k10").id() })
            };
            f3((2 + (r.len() as i64)), yield_!(r.clone()), f3(4, r, 3))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p166 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(f) = opt(&(format!("{}-{}", (r), cap.id()))) else {
                panic!("p1");
            };
            let d = 'b2: {
                yield_!([format!("{}-{}", (String::from("")), f), [String::from("ab"), String::from("ab")].concat()].concat());
                let b: String = format!("{}-{}", (format!("{}-{}", (String::from("ab")), f)), Acc::new((f - f)).add(f).add(f).get());
                if ((b.len() % 2 == 0 || (String::from("")).len() % 2 == 0) && (b.len() as i64) >= 1) {
                    break 'b2 f;
                }
                (b.len() as i64)
            };
            yield_!([[String::from("four"), String::from("four")].concat(), t("t3", String::from("ab"))].concat());
            'l4: for w in 0..cap3(t("t5", f3(T::id(&cap), String::from("xyz"), T::id(&cap)))) {
                let mut fuel6 = Vec::from([w, cap.id()]);
                'l6: while let Some(w) = fuel6.pop() {
                    r = yield_!(i2s(Acc::new(w).add(d).add(f).get()));
                    let e = keep(keep(keep(T("v7"), 0), 1), (d * cap.id()));
                }
                let [d, _, _] = [cap.id(), cap.id(), ((match T("k8").id() { 0 => d, n if n > 1 => n + 1, _ => (if (String::from("hello")).len() % 2 == 0 { w } else { d }) }) + (yield_!((if cap.id() <= 0 { String::from("xyz") } else { String::from("") })).len() as i64))];
                let c = keep(T("v9"), d);
                'l10: for w in 0..cap3(4) {
                    let e = (yield_!([format!("{}-{}", (String::from("x")), 0), (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("four") })].concat()).len() as i64);
                    let b = T("v11");
                }
            }
            yield_!([format!("{}-{}", (String::from("")), d), (if f != 4 { String::from("four") } else { String::from("x") })].concat());
            r = String::from("xyz");
            let mut fuel12 = 0;
            'l12: while fuel12 < 3 && !(((r.clone()).len() % 2 == 0 && (r.len() as i64) <= 1)) {
                fuel12 += 1;
                let (mut d, f) = (T("v13"), keep(keep(T("v15"), t("t16", 5)), 14).take());
                let mut fuel17 = Vec::from([(match d.take() { 0 => (if f == 5 { f } else { f }), n if n > 5 => n + 1, _ => (r.len() as i64) }), f]);
                'l17: while let Some(w) = fuel17.pop() {
                    let mut c = (match (if (r.clone()).is_empty() { cap.id() } else { (r.len() as i64) }) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => T::id(&cap) });
                    if r.len() % 2 == 0 {
                        return (r.len() as i64);
                    }
                }
            }
            (d * t("t18", (r.len() as i64)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p167 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = 'b1: {
                let Some(d) = opt(&(yield_!(String::from("hello")))) else {
                    return Some((yield_!([String::from("xyz"), String::from("ab")].concat()).len() as i64));
                };
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && T::id(&cap) < 5 {
                    fuel2 += 1;
                    if let Some(n) = opt(&r) {
                        if ([r.clone(), r.clone()].concat()).len() % 2 == 0 {
                            return Some(t("t3", n));
                        }
                    } else if (r.len() % 2 == 0 || (d < 0 || r.len() % 2 == 0)) {
                        let (mut b, a) = (T("v4"), opt(&r)?);
                        if (r.is_empty() && d <= 0) {
                            break 'b1 b.take();
                        }
                        yield_!(format!("{}-{}", r, opt(&(r.clone()))?));
                    } else if (((r.len() as i64) != 0 || d > 4) && r.len() % 2 == 0) {
                        r = i2s((P { a: d, b: yield_!(String::from("x")) }).sum());
                        r = [format!("{}-{}", (r.clone()), T("k5").id()), r.clone()].concat();
                        consume(keep(T("v6"), t("t7", (P { a: 0, b: r.clone() }).sum())));
                    }
                    'l8: for w in [(if (d >= 3 || d <= 1) { i2s((r.len() as i64)) } else { t("t9", String::from("four")) }), [yield_!(String::from("x")), r.clone()].concat()] {
                        let e = yield_!(String::from("x"));
                        let f = w.clone();
                        r = String::from("ab");
                    }
                    let mut fuel10 = 0;
                    let a = 'l10: loop {
                        fuel10 += 1;
                        if fuel10 > 1 {
                            break 'l10 (Acc::new(d).add(d).add(d).get() - d);
                        }
                        let d = (r.len() as i64);
                        let mut b = t("t11", cap.id());
                        let [a, _, _] = [(match (match (if d >= 3 { d } else { 1 }) { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => (r.len() as i64) }) { 0 => (match Acc::new(d).add(3).add(b).get() { 0 => f3(d, r.clone(), d), n if n > 4 => n + 1, _ => cap.id() }), n if n > 2 => n + 1, _ => opt(&(String::from("four")))? }), (match keep(T("v13"), 12).take() { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => T("k14").id() }), (P { a: b, b: yield_!(r.clone()) }).sum()];
                    };
                    yield_!(r.clone());
                }
                if (match d { 0 => 1, n if n > 5 => n + 1, _ => d }) <= 4 {
                    break 'b1 (P { a: T::id(&cap), b: r.clone() }).sum();
                }
                (if ((r).len() % 2 == 0 || d > 2) { (if (String::from("ab")).len() % 2 == 0 { T::id(&cap) } else { 4 }) } else { (P { a: d, b: String::from("x") }).sum() })
            };
            if let Some(n) = opt(&(format!("{}-{}", (String::from("ab")), cap.take()))) {
            } else if f3(c, String::from("hello"), c) != 0 {
            }
            Some(t("t15", keep(T("v17"), 16).take()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p168 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let Some(a) = opt(&r) else {
                return Err(t("t1", (if T::id(&cap) == 4 { r } else { r })));
            };
            if (!((String::from("hello")).is_empty()) && (String::from("x")).len() % 2 == 0) {
                panic!("p2");
            }
            let mut fuel3 = Vec::from([t("t4", res(&(String::from("")))?), cap.take()]);
            'l3: while let Some(w) = fuel3.pop() {
                'l5: for w in [i2s((if 3 == 2 { w } else { 4 })), [String::from("hello"), i2s(a)].concat()] {
                    yield_!(w);
                    let mut d = t("t6", (if ((String::from("")).len() % 2 == 0 && 5 == 4) { String::from("four") } else { (if a >= 3 { String::from("hello") } else { String::from("") }) }));
                    d = i2s((P { a: f3(a, d, a), b: [String::from("four"), String::from("x")].concat() }).sum());
                    yield_!([d, format!("{}-{}", (String::from("hello")), a)].concat());
                }
                match res(&(yield_!(String::from("x"))))? {
                    0 => {
                        yield_!([i2s(w), format!("{}-{}", (String::from("hello")), w)].concat());
                    }
                    n if n > 1 => {
                        let e = keep(keep(T("v7"), w), Acc::new((P { a: 0, b: String::from("ab") }).sum()).add(keep(T("v9"), 8).take()).add(f3(0, String::from("ab"), n)).get());
                    }
                    _ => {
                    }
                }
            }
            Err(yield_!((if (String::from("x")).len() % 2 == 0 { String::from("") } else { String::from("four") })))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p169 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&(yield_!(r.clone()))) && n > 1 {
                if (t("t1", String::from("ab"))).len() % 2 == 0 {
                    panic!("p2");
                }
                match T("k3").id() {
                    0 => {
                        yield_!((if r.is_empty() { r.clone() } else { [String::from("hello"), String::from("xyz")].concat() }));
                        consume(cap);
                    }
                    n if n > 5 => {
                        let mut b = format!("{}-{}", r, T("k4").id());
                        yield_!(i2s(T("k5").id()));
                        let mut c = 5;
                    }
                    _ => {
                        let mut e = n;
                        r = i2s(T::id(&cap));
                    }
                }
            } else if (r.clone()).is_empty() {
                r = String::from("ab");
                let mut fuel6 = Vec::from([T("k7").id(), keep(cap, 8).take()]);
                'l6: while let Some(w) = fuel6.pop() {
                    yield_!(format!("{}-{}", (String::from("")), keep(T("v10"), 9).take()));
                    if (yield_!(r.clone())).len() % 2 == 0 {
                        return 4;
                    }
                }
            }
            let c = Acc::new(keep(T("v12"), 11).take()).add((if !((r.len() as i64) == 5) { (yield_!(r).len() as i64) } else { 2 })).add((match (if (String::from("ab")).len() % 2 == 0 { 3 } else { 0 }) { 0 => 3, n if n > 0 => n + 1, _ => (P { a: 5, b: String::from("four") }).sum() })).get();
            let d = c;
            let P { a: d, b: a } = P { a: d, b: yield_!((if (String::from("xyz")).is_empty() { t("t13", String::from("x")) } else { t("t14", String::from("x")) })) };
            'b15: {
                yield_!([(if (a.clone()).len() % 2 == 0 { a.clone() } else { a }), t("t16", String::from(""))].concat());
                let b = keep(keep(T("v18"), (match 3 { 0 => 2, n if n > 5 => n + 1, _ => c })), 17).take();
                let mut fuel19 = 0;
                let e = 'l19: loop {
                    fuel19 += 1;
                    if fuel19 > 1 {
                        break 'l19 (d + d);
                    }
                    if let Some(n) = opt(&(t("t20", yield_!(String::from("xyz"))))) {
                    } else if (b >= 0 || (String::from("x")).is_empty()) {
                    } else if (String::from("ab")).is_empty() {
                    }
                };
                if (String::from("")).is_empty() {
                    break 'b15;
                }
            }
            (t("t21", 4) + c)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p170 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in 0..cap3(cap.take()) {
                let f: i64 = w;
                 {
                    yield_!([i2s(5), format!("{}-{}", r, 2)].concat());
                    r = t("t2", i2s((match w { 0 => 2, n if n > 5 => n + 1, _ => w })));
                    let mut e = f;
                }
                match opt(&(yield_!(r.clone()))) {
                    Some(n) if n < 2 => {
                        r = i2s(n);
                        yield_!((if 3 > 3 { [String::from("hello"), r.clone()].concat() } else { String::from("x") }));
                        drop(T("v3"));
                    }
                    Some(n) => {
                        drop(T("v4"));
                        let b = Acc::new((yield_!(format!("{}-{}", (r.clone()), f)).len() as i64)).add(res(&(r.clone()))?).add(t("t5", (P { a: 5, b: r.clone() }).sum())).get();
                        r = String::from("x");
                    }
                    None => {
                        drop(T("v6"));
                        drop(T("v7"));
                        let mut d: T = T("v8");
                    }
                }
            }
            'l9: for w in [yield_!(t("t10", String::from(""))), [r.clone(), i2s(3)].concat()] {
                yield_!(w);
                if (Acc::new(2).add((r.len() as i64)).add((r.len() as i64)).get() < 1 || t("t11", (r.len() as i64)) > 1) {
                    drop(keep(T("v12"), res(&r)?));
                } else if (!(2 == 2) && ((r.len() as i64) <= 4 || (String::from("hello")).len() % 2 == 0)) {
                    yield_!((if r.len() % 2 == 0 { i2s(1) } else { i2s(1) }));
                    yield_!((if (r.clone()).len() % 2 == 0 { (if (r.len() as i64) <= 2 { r.clone() } else { r.clone() }) } else { i2s((r.len() as i64)) }));
                } else {
                }
            }
            Ok(3)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p171 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                let b = 2;
                let mut fuel2 = 0;
                let e = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2 b;
                    }
                    let mut fuel3 = 0;
                    let c = 'l3: loop {
                        fuel3 += 1;
                        if fuel3 > 1 {
                            break 'l3 keep(keep(T("v5"), b), 4).take();
                        }
                        yield_!(r.clone());
                        if (!(r.is_empty()) || (!(b == 5) || (b > 0 || r.len() % 2 == 0))) {
                            panic!("p6");
                        }
                    };
                    let d = 'b7: {
                        yield_!(String::from("ab"));
                        let (mut a, e) = (T("v8"), b);
                        if (((r.len() as i64) != 0 || r.len() % 2 == 0) || 4 == 3) {
                            break 'b7 f3((if e > 5 { b } else { T::id(&a) }), i2s(a.id()), a.take());
                        }
                        t("t9", ((r.len() as i64) - b))
                    };
                    let [d, _, _] = [(if (P { a: c, b: String::from("ab") }).sum() > 0 { (r.len() as i64) } else { keep(T("v11"), 10).take() }), c, T("k12").id()];
                };
                if (r.len() % 2 == 0 || (r.len() as i64) != 4) {
                    break 'b1;
                }
            }
            (match Acc::new((r.len() as i64)).add(1).add(2).get() { 0 => Acc::new(4).add((r.len() as i64)).add(3).get(), n if n > 0 => n + 1, _ => (r.len() as i64) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p172 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
             {
                match opt(&(i2s((if 5 > 2 { 5 } else { T::id(&cap) })))) {
                    Some(n) if n < 4 => {
                        let P { a: c, b: a } = P { a: ((if ((r.len() as i64) > 5 || cap.id() < 0) { (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => cap.id() }) } else { T("k1").id() }) + cap.take()), b: [r, yield_!([String::from("hello"), String::from("xyz")].concat())].concat() };
                        r = a.clone();
                    }
                    Some(n) => {
                        let mut fuel2 = Vec::from([(match 0 { 0 => 3, n if n > 1 => n + 1, _ => n }), t("t3", res(&r)?)]);
                        'l2: while let Some(w) = fuel2.pop() {
                            r = String::from("four");
                            let f = i2s(keep(keep(T("v5"), w), 4).take());
                            consume(keep(T("v6"), t("t7", (P { a: w, b: f }).sum())));
                            let (mut f, a) = (T("v8"), f3(f3((P { a: w, b: r.clone() }).sum(), [String::from("ab"), String::from("x")].concat(), T("k9").id()), format!("{}-{}", (String::from("ab")), cap.id()), (if ((String::from("")).len() % 2 == 0 || (r.clone()).len() % 2 == 0) { T::id(&cap) } else { T("k10").id() })));
                        }
                        let mut b = yield_!([i2s((r.len() as i64)), (if r.len() % 2 == 0 { r } else { r })].concat());
                        let mut a = t("t11", t("t12", T("k13").id()));
                    }
                    None => {
                        let [a, _, _] = [keep(T("v15"), 14).take(), 0, (match (if (cap.id() == 4 || T::id(&cap) <= 1) { (r.len() as i64) } else { T("k16").id() }) { 0 => res(&(String::from("xyz")))?, n if n > 0 => n + 1, _ => cap.take() })];
                        r = (if (r).is_empty() { yield_!(t("t17", String::from(""))) } else { String::from("ab") });
                        let mut fuel18 = Vec::from([a, f3(a, t("t19", r.clone()), T("k20").id())]);
                        'l18: while let Some(w) = fuel18.pop() {
                            let mut d = (if ((r.len() % 2 == 0 || r.len() % 2 == 0) || 2 < 3) { a } else { (r.len() as i64) });
                            let a = keep(T("v22"), 21).take();
                        }
                    }
                }
                let a = 'b23: {
                    let mut fuel24 = 0;
                    let a = 'l24: loop {
                        fuel24 += 1;
                        if fuel24 > 2 {
                            break 'l24 0;
                        }
                        r = t("t25", [(if 2 < 3 { String::from("x") } else { String::from("x") }), [String::from("x"), String::from("ab")].concat()].concat());
                        let b = T("v26");
                        drop(T("v27"));
                    };
                    if a <= 4 {
                        break 'b23 res(&(String::from("xyz")))?;
                    }
                    (if (2 < 2 || 0 >= 5) { 2 } else { res(&(String::from("x")))? })
                };
            }
            Ok((match (yield_!(String::from("xyz")).len() as i64) { 0 => T("k28").id(), n if n > 4 => n + 1, _ => (P { a: 2, b: String::from("x") }).sum() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p173 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&([r, String::from("four")].concat())) {
                let mut d = yield_!(i2s((T::id(&cap) + n)));
            } else {
                r = format!("{}-{}", (format!("{}-{}", (String::from("x")), T::id(&cap))), (match (match cap.id() { 0 => cap.id(), n if n > 3 => n + 1, _ => T::id(&cap) }) { 0 => (cap.id() - cap.id()), n if n > 1 => n + 1, _ => t("t1", cap.id()) }));
                let c = T("v2");
                yield_!(i2s(f3((r.len() as i64), r.clone(), 4)));
            }
             {
                let f = cap;
            }
            Ok((match (P { a: 0, b: String::from("ab") }).sum() { 0 => (if (String::from("four")).len() % 2 == 0 { 5 } else { 1 }), n if n > 1 => n + 1, _ => res(&(String::from("four")))? }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p174 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let (mut e, f) = (cap, ((yield_!(r).len() as i64) - Acc::new((match 0 { 0 => 0, n if n > 0 => n + 1, _ => 0 })).add(1).add(Acc::new(4).add(1).add(3).get()).get()));
            r = yield_!(i2s(Acc::new(5).add(T::id(&e)).add(f).get()));
            'l1: for w in [String::from(""), format!("{}-{}", r, (r.len() as i64))] {
                r = i2s((yield_!(t("t2", r.clone())).len() as i64));
                yield_!(t("t3", r.clone()));
                 {
                    if !(T("k4").id() == 2) {
                        panic!("p5");
                    }
                }
            }
            let Some(c) = opt(&([yield_!(r), format!("{}-{}", (String::from("")), T::id(&e))].concat())) else {
                return (yield_!((if (String::from("four")).len() % 2 == 0 { String::from("four") } else { String::from("") })).len() as i64);
            };
            let c = 'b6: {
                if !((yield_!(String::from("xyz")).len() as i64) != 0) {
                    break 'b6 Acc::new(e.take()).add(keep(T("v8"), 7).take()).add((f * f)).get();
                }
                yield_!([format!("{}-{}", (String::from("x")), f), format!("{}-{}", (String::from("ab")), 1)].concat());
                if ((String::from("ab")).is_empty() && (String::from("four")).len() % 2 == 0) {
                    break 'b6 (match (if (String::from("x")).len() % 2 == 0 { f } else { c }) { 0 => keep(T("v10"), 9).take(), n if n > 5 => n + 1, _ => Acc::new(f).add(0).add(f).get() });
                }
                (yield_!(format!("{}-{}", (String::from("xyz")), c)).len() as i64)
            };
            'b11: {
                let mut fuel12 = 0;
                let f = 'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 3 {
                        break 'l12 (c * (if f == 1 { c } else { f }));
                    }
                    let mut c: T = keep(keep(keep(T("v13"), f), keep(T("v15"), 14).take()), f3((match c { 0 => c, n if n > 0 => n + 1, _ => f }), (if f > 4 { String::from("ab") } else { String::from("x") }), (f - c)));
                    'l16: for w in 0..cap3((t("t17", f) + T::id(&c))) {
                        drop(T("v18"));
                        consume(T("v19"));
                    }
                    'l20: for w in 0..cap3(Acc::new((yield_!(String::from("ab")).len() as i64)).add(T("k21").id()).add((P { a: c.id(), b: String::from("x") }).sum()).get()) {
                        yield_!(i2s(w));
                    }
                };
                if (String::from("hello")).is_empty() {
                    break 'b11;
                }
            }
            t("t22", Acc::new(4).add(f).add(c).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p175 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((r.is_empty() || (r).len() % 2 == 0) || ((String::from("xyz")).is_empty() || (String::from("four")).len() % 2 == 0)) {
                panic!("p1");
            }
            let [b, _, _] = [(if (String::from("")).len() % 2 == 0 { (T("k2").id() + Acc::new(T::id(&cap)).add(cap.id()).add(T::id(&cap)).get()) } else { keep(T("v4"), 3).take() }), (Acc::new((match T::id(&cap) { 0 => cap.id(), n if n > 4 => n + 1, _ => T::id(&cap) })).add(res(&(String::from("x")))?).add((P { a: 4, b: String::from("hello") }).sum()).get() * res(&(String::from("hello")))?), Acc::new((match (5 - 4) { 0 => (if (String::from("")).len() % 2 == 0 { 2 } else { 2 }), n if n > 3 => n + 1, _ => (P { a: T::id(&cap), b: String::from("x") }).sum() })).add(cap.take()).add((P { a: (3 + 1), b: yield_!(String::from("ab")) }).sum()).get()];
            match ((match (b * T("k5").id()) { 0 => b, n if n > 4 => n + 1, _ => b }), i2s((match 3 { 0 => (P { a: b, b: String::from("xyz") }).sum(), n if n > 0 => n + 1, _ => t("t6", 0) }))) {
                (0, n) => {
                    let mut fuel7 = 0;
                    let d = 'l7: loop {
                        fuel7 += 1;
                        if fuel7 > 2 {
                            break 'l7 f3(res(&n)?, i2s((n.len() as i64)), keep(T("v9"), 8).take());
                        }
                        let P { a: b, b: d } = P { a: Acc::new(res(&n)?).add((n.len() as i64)).add(T("k10").id()).get(), b: [(if 1 >= 2 { i2s(b) } else { t("t11", String::from("")) }), yield_!([String::from("x"), String::from("x")].concat())].concat() };
                        consume(keep(T("v12"), Acc::new((n.len() as i64)).add(keep(T("v14"), 13).take()).add(b).get()));
                    };
                    let u15: i64;
                    if (!(n.len() % 2 == 0) && (n.clone()).len() % 2 == 0) {
                        u15 = t("t16", t("t17", 5));
                    } else {
                        u15 = 3;
                    }
                    if (((d < 3 && n.len() % 2 == 0) || (d <= 4 || u15 >= 4)) && n.len() % 2 == 0) {
                        panic!("p18");
                    }
                }
                (_, n) if n.len() > 0 => {
                    let u19: i64;
                    if (Acc::new((n.len() as i64)).add(4).add(b).get() + b) > 4 {
                        u19 = (b + (match 3 { 0 => b, n if n > 0 => n + 1, _ => b }));
                    } else {
                        u19 = t("t20", b);
                    }
                    let [c, _, _] = [(yield_!(n).len() as i64), f3((yield_!(String::from("ab")).len() as i64), (if ((String::from("hello")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) { (if u19 != 1 { String::from("ab") } else { String::from("four") }) } else { [String::from("ab"), String::from("xyz")].concat() }), Acc::new((P { a: 4, b: String::from("four") }).sum()).add(t("t21", b)).add((if (String::from("ab")).len() % 2 == 0 { b } else { u19 })).get()), (if (4 + 5) < 0 { keep(T("v23"), 22).take() } else { keep(keep(T("v25"), 3), 24).take() })];
                    consume(T("v26"));
                }
                (_, n) => {
                    let e: i64 = (n.len() as i64);
                    let mut fuel27 = 0;
                    'l27: loop {
                        fuel27 += 1;
                        if fuel27 > 2 {
                            break 'l27;
                        }
                        let f = (if b <= 0 { (P { a: t("t28", (n.len() as i64)), b: String::from("four") }).sum() } else { ((if n.len() % 2 == 0 { (n.len() as i64) } else { b }) * Acc::new(e).add((n.len() as i64)).add((n.len() as i64)).get()) });
                    }
                }
            }
            Ok(keep(T("v30"), 29).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p176 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            match ((P { a: (r.len() as i64), b: [i2s(1), yield_!(String::from("hello"))].concat() }).sum(), yield_!(String::from("xyz"))) {
                (0, n) => {
                    if !(!(n.len() % 2 == 0)) {
                        panic!("p1");
                    }
                    let P { a: a, b: b } = P { a: t("t2", ((n.len() as i64) * T::id(&cap))), b: [format!("{}-{}", (String::from("")), (if (r.len() as i64) > 3 { 4 } else { (n.len() as i64) })), yield_!([r, String::from("four")].concat())].concat() };
                    if (!(n.len() % 2 == 0) && ((b.clone()).is_empty() && b.len() % 2 == 0)) {
                        panic!("p3");
                    }
                }
                (_, n) if n.len() > 5 => {
                    let mut fuel4 = 0;
                    let f = 'l4: loop {
                        fuel4 += 1;
                        if fuel4 > 1 {
                            break 'l4 T("k5").id();
                        }
                        let f = yield_!([format!("{}-{}", n, cap.id()), [n.clone(), n.clone()].concat()].concat());
                        let mut a = t("t6", opt(&r)?);
                        if (format!("{}-{}", (String::from("ab")), (f.len() as i64))).len() % 2 == 0 {
                            return None;
                        }
                        let mut e = (match opt(&r)? { 0 => (if (a > 5 || (f.len() as i64) > 2) { f3(a, f, (n.len() as i64)) } else { 4 }), n if n > 3 => n + 1, _ => a });
                    };
                    let u7: i64;
                    if ((r.is_empty() && 2 < 1) && !(!(2 <= 1))) {
                        u7 = f;
                    } else {
                        u7 = (if !(r.len() % 2 == 0) { Acc::new(cap.id()).add(cap.id()).add(f).get() } else { (yield_!(String::from("hello")).len() as i64) });
                    }
                    drop(keep(keep(keep(T("v8"), T::id(&cap)), u7), (match f { 0 => T("k9").id(), n if n > 5 => n + 1, _ => cap.take() })));
                }
                (_, n) => {
                    let mut fuel10 = Vec::from([cap.take(), (if (1 != 0 || 3 == 1) { Acc::new(2).add((r.len() as i64)).add((r.len() as i64)).get() } else { ((n.len() as i64) - 4) })]);
                    'l10: while let Some(w) = fuel10.pop() {
                        let mut b = (yield_!([(if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("four") }), (if (n.clone()).len() % 2 == 0 { r.clone() } else { String::from("hello") })].concat()).len() as i64);
                        let e = keep(T("v11"), keep(T("v13"), 12).take());
                        yield_!(format!("{}-{}", (r.clone()), opt(&(String::from("hello")))?));
                    }
                    let mut b = T("v14");
                    let mut fuel15 = 0;
                    'l15: loop {
                        fuel15 += 1;
                        if fuel15 > 3 {
                            break 'l15;
                        }
                        b = T("v16");
                        if !(r.is_empty()) {
                            return Some((yield_!([String::from("hello"), n.clone()].concat()).len() as i64));
                        }
                    }
                }
            }
            let mut fuel17 = Vec::from([(match (5 * 5) { 0 => opt(&(String::from("")))?, n if n > 1 => n + 1, _ => keep(T("v19"), 18).take() }), keep(T("v21"), 20).take()]);
            'l17: while let Some(w) = fuel17.pop() {
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p177 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && cap.id() == 1 {
                fuel1 += 1;
                let mut fuel2 = Vec::from([(P { a: ((r.len() as i64) + 4), b: yield_!(r.clone()) }).sum(), f3((P { a: 5, b: r.clone() }).sum(), [r.clone(), String::from("")].concat(), (P { a: T::id(&cap), b: String::from("xyz") }).sum())]);
                'l2: while let Some(w) = fuel2.pop() {
                    drop(T("v3"));
                    yield_!([i2s(w), (if w == 5 { String::from("four") } else { r.clone() })].concat());
                    drop(T("v4"));
                }
                'l5: for w in 0..cap3(Acc::new((match (r.len() as i64) { 0 => T::id(&cap), n if n > 4 => n + 1, _ => 1 })).add((yield_!(r.clone()).len() as i64)).add(cap.id()).get()) {
                }
            }
            4
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p178 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && r.is_empty() {
                fuel1 += 1;
                'l2: for w in 0..cap3((match (match (r.len() as i64) { 0 => 1, n if n > 4 => n + 1, _ => 3 }) { 0 => cap.id(), n if n > 0 => n + 1, _ => (if (r.clone()).len() % 2 == 0 { T::id(&cap) } else { (r.len() as i64) }) })) {
                    if 1 > 4 {
                        break 'l1;
                    }
                    yield_!(t("t3", r.clone()));
                    let [d, _, _] = [(match (t("t4", (r.len() as i64)) + w) { 0 => w, n if n > 4 => n + 1, _ => (P { a: Acc::new(w).add(w).add((r.len() as i64)).get(), b: (if r.len() % 2 == 0 { r.clone() } else { r.clone() }) }).sum() }), (r.len() as i64), T("k5").id()];
                }
                r = String::from("hello");
                let mut fuel6 = Vec::from([f3((cap.id() - (r.len() as i64)), (if 3 != 2 { r.clone() } else { r.clone() }), keep(T("v8"), 7).take()), (match (r.len() as i64) { 0 => Acc::new(T::id(&cap)).add((r.len() as i64)).add((r.len() as i64)).get(), n if n > 1 => n + 1, _ => (match cap.id() { 0 => 5, n if n > 2 => n + 1, _ => T::id(&cap) }) })]);
                'l6: while let Some(w) = fuel6.pop() {
                    let e = Acc::new(T("k9").id()).add((yield_!(String::from("hello")).len() as i64)).add(res(&(String::from("ab")))?).get();
                    consume(keep(T("v10"), ((yield_!(String::from("x")).len() as i64) * (match 0 { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => e }))));
                    let mut c = Acc::new((yield_!((if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { r.clone() })).len() as i64)).add(t("t11", res(&(String::from("hello")))?)).add((yield_!((if r.len() % 2 == 0 { r.clone() } else { r.clone() })).len() as i64)).get();
                }
                yield_!(t("t12", r.clone()));
            }
            yield_!(format!("{}-{}", r, keep(T("v14"), 13).take()));
            let mut fuel15 = Vec::from([(match (r.len() as i64) { 0 => (if T::id(&cap) > 5 { 0 } else { (r.len() as i64) }), n if n > 2 => n + 1, _ => cap.take() }), res(&(String::from("")))?]);
            'l15: while let Some(w) = fuel15.pop() {
                drop(keep(keep(T("v16"), (if w >= 2 { w } else { w })), Acc::new((5 + 0)).add((yield_!(r.clone()).len() as i64)).add(t("t17", 0)).get()));
            }
            Ok((res(&(String::from("hello")))? + 2))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p179 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(f) = opt(&r) else {
                return (r.len() as i64);
            };
            let e: T = keep(T("v1"), keep(T("v3"), 2).take());
            'l4: for w in [yield_!(format!("{}-{}", r, e.id())), String::from("")] {
                let mut fuel5 = 0;
                'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 2 {
                        break 'l5;
                    }
                    let mut f = t("t6", yield_!(format!("{}-{}", w, f)));
                    f = [t("t7", yield_!(r.clone())), yield_!((if (r.len() as i64) >= 4 { String::from("x") } else { r.clone() }))].concat();
                }
            }
            (P { a: (if 1 < 3 { T::id(&e) } else { f }), b: yield_!(String::from("x")) }).sum()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p180 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && Acc::new(T::id(&cap)).add(T::id(&cap)).add(cap.id()).get() < 2 {
                fuel1 += 1;
                drop(T("v2"));
                if let Some(n) = opt(&r) && n > 2 {
                    consume(T("v5"));
                    let b = r.clone();
                } else if keep(T("v4"), 3).take() == 4 {
                    let f = keep(T("v6"), (r.len() as i64));
                }
                'l7: for w in [yield_!(t("t8", String::from("four"))), (if (r.clone()).is_empty() { i2s((r.len() as i64)) } else { yield_!(r.clone()) })] {
                    yield_!(String::from(""));
                    yield_!(i2s(f3((r.len() as i64), w, cap.id())));
                    yield_!(format!("{}-{}", r, (cap.id() - 2)));
                    if r.len() % 2 == 0 {
                        panic!("p9");
                    }
                }
            }
            let mut fuel10 = 0;
            let d = 'l10: loop {
                fuel10 += 1;
                if fuel10 > 3 {
                    break 'l10 (if r.is_empty() { t("t11", T::id(&cap)) } else { (T::id(&cap) - 0) });
                }
                if r.is_empty() {
                    panic!("p12");
                }
                let u13: i64;
                if (f3(T::id(&cap), String::from("x"), (r.len() as i64)) > 0 && (String::from("")).is_empty()) {
                    u13 = f3((if (r.clone()).len() % 2 == 0 { cap.id() } else { cap.id() }), format!("{}-{}", r, T::id(&cap)), f3((r.len() as i64), r.clone(), cap.id()));
                } else {
                    u13 = (match keep(T("v15"), 14).take() { 0 => cap.id(), n if n > 3 => n + 1, _ => Acc::new((r.len() as i64)).add((r.len() as i64)).add(5).get() });
                }
                'b16: {
                    let P { a: e, b: f } = P { a: (if (r.clone()).is_empty() { u13 } else { Acc::new(1).add(0).add((P { a: cap.id(), b: r.clone() }).sum()).get() }), b: yield_!([[r.clone(), String::from("xyz")].concat(), [r.clone(), r.clone()].concat()].concat()) };
                    match opt(&f) {
                        Some(n) if n < 4 => {
                            if (yield_!(r.clone())).len() % 2 == 0 {
                                return e;
                            }
                        }
                        Some(n) => {
                            let c = f3(f3(e, f.clone(), 4), (if f.is_empty() { (if u13 != 0 { f.clone() } else { String::from("hello") }) } else { f }), (f3((r.len() as i64), String::from("x"), n) + (r.len() as i64)));
                        }
                        None => {
                            let d = Acc::new(u13).add(e).add(e).get();
                        }
                    }
                    if (r.is_empty() || (T::id(&cap) != 0 && 4 < 5)) {
                        break 'b16;
                    }
                }
            };
            let Some(b) = opt(&r) else {
                return (if r.is_empty() { T::id(&cap) } else { (P { a: 1, b: r }).sum() });
            };
            d
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p181 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&(r)) && n > 1 {
                 {
                    'l1: for w in [yield_!(format!("{}-{}", (String::from("hello")), n)), format!("{}-{}", (String::from("x")), T("k2").id())] {
                        yield_!(i2s((w.len() as i64)));
                        let d = T("v3");
                        if (((String::from("four")).is_empty() && n >= 2) || (!(w.len() % 2 == 0) || w.len() % 2 == 0)) {
                            panic!("p4");
                        }
                    }
                    r = yield_!(t("t5", [String::from("hello"), String::from("")].concat()));
                }
            }
            let mut fuel6 = Vec::from([cap.id(), (yield_!(i2s(4)).len() as i64)]);
            'l6: while let Some(w) = fuel6.pop() {
                consume(keep(T("v7"), 1));
                if ([String::from(""), String::from("")].concat()).len() % 2 == 0 {
                    panic!("p8");
                }
                let e = f3((yield_!((if cap.id() > 5 { String::from("four") } else { String::from("ab") })).len() as i64), yield_!(t("t9", String::from("four"))), keep(T("v11"), 10).take());
            }
            let [f, _, _] = [(P { a: (P { a: (yield_!(String::from("x")).len() as i64), b: format!("{}-{}", (String::from("x")), T::id(&cap)) }).sum(), b: [yield_!(String::from("x")), yield_!(String::from("xyz"))].concat() }).sum(), cap.take(), (yield_!(String::from("xyz")).len() as i64)];
            yield_!([[String::from("x"), String::from("four")].concat(), String::from("")].concat());
            let a = keep(T("v12"), T("k13").id());
            if let Some(n) = opt(&(t("t14", format!("{}-{}", (String::from("xyz")), 2)))) {
                'l15: for w in 0..cap3(T("k16").id()) {
                    let mut f: String = yield_!(t("t17", format!("{}-{}", (String::from("hello")), 2)));
                    yield_!(format!("{}-{}", (String::from("")), T("k18").id()));
                }
                 {
                    let mut fuel19 = Vec::from([keep(keep(T("v21"), T::id(&a)), 20).take(), (T("k22").id() - f)]);
                    'l19: while let Some(w) = fuel19.pop() {
                        let f = T("v23");
                    }
                }
            } else if !((String::from("")).is_empty()) {
            }
            Ok(f3((P { a: f, b: String::from("") }).sum(), (if (String::from("ab")).len() % 2 == 0 { String::from("x") } else { String::from("four") }), Acc::new(0).add(T::id(&a)).add(5).get()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p182 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3((r.len() as i64)) {
                consume(T("v2"));
                let mut fuel3 = 0;
                let e = 'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 2 {
                        break 'l3 w;
                    }
                    let mut b = String::from("hello");
                    b = yield_!(format!("{}-{}", (r.clone()), f3(w, b.clone(), w)));
                };
            }
            let d = (match T("k4").id() { 0 => (P { a: keep(T("v6"), 5).take(), b: r }).sum(), n if n > 2 => n + 1, _ => cap.take() });
            let [c, _, _] = [(yield_!(t("t7", (if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") }))).len() as i64), ((T("k8").id() + Acc::new(d).add(4).add(d).get()) * d), f3((P { a: (d * d), b: yield_!(String::from("hello")) }).sum(), yield_!(i2s(d)), 3)];
            if ((String::from("four")).len() % 2 == 0 || !(!((String::from("ab")).len() % 2 == 0))) {
                let mut fuel9 = Vec::from([(match d { 0 => 0, n if n > 2 => n + 1, _ => c }), T("k10").id()]);
                'l9: while let Some(w) = fuel9.pop() {
                    let e: i64 = keep(keep(keep(T("v12"), c), (match d { 0 => 1, n if n > 1 => n + 1, _ => 0 })), 11).take();
                    consume(T("v13"));
                    let mut b = T("v14");
                }
            }
            let b = 'b15: {
                let u16: i64;
                if !((String::from("ab")).is_empty()) {
                    u16 = Acc::new((if (String::from("hello")).len() % 2 == 0 { c } else { c })).add(4).add((yield_!(String::from("")).len() as i64)).get();
                } else {
                    u16 = (yield_!((if 0 != 3 { String::from("ab") } else { String::from("x") })).len() as i64);
                }
                if (((2 <= 2 && (String::from("four")).len() % 2 == 0) || !((String::from("ab")).len() % 2 == 0)) || ((String::from("four")).len() % 2 == 0 || !(u16 < 2))) {
                    panic!("p17");
                }
                if (String::from("")).is_empty() {
                    break 'b15 (if (3 <= 2 && c > 4) { opt(&(String::from("ab")))? } else { c });
                }
                opt(&(String::from("four")))?
            };
            drop(T("v18"));
            let c: T = T("v19");
            'l20: for w in [format!("{}-{}", (String::from("xyz")), f3(4, String::from("four"), b)), String::from("")] {
                drop(T("v21"));
                if let Some(n) = opt(&w) && n > 2 {
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p183 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut e = yield_!(format!("{}-{}", r, cap.id()));
             {
                if (r.len() % 2 == 0 || (r.is_empty() && (e.len() % 2 == 0 || (e.len() as i64) > 2))) {
                    panic!("p1");
                }
                let b = T::id(&cap);
                yield_!(t("t2", i2s(b)));
            }
            let mut e = cap.id();
            (match 4 { 0 => (P { a: (r.len() as i64), b: String::from("x") }).sum(), n if n > 4 => n + 1, _ => T("k3").id() })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p184 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let d = T("k1").id();
            let b = 'b2: {
                let mut fuel3 = Vec::from([((cap.id() + d) + (yield_!(String::from("x")).len() as i64)), (r.len() as i64)]);
                'l3: while let Some(w) = fuel3.pop() {
                    'b4: {
                        yield_!([(if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("") }), String::from("xyz")].concat());
                        if ((String::from("hello")).is_empty() || ((r.len() as i64) > 2 && d <= 5)) {
                            break 'b4;
                        }
                    }
                    let d = T("v5");
                    let mut e: String = format!("{}-{}", (r.clone()), Acc::new(Acc::new(w).add(w).add(w).get()).add(t("t6", w)).add((r.len() as i64)).get());
                }
                let P { a: a, b: f } = P { a: cap.take(), b: r.clone() };
                'l7: for w in [f.clone(), f.clone()] {
                    drop(T("v8"));
                    let mut b = T("v9");
                    if ((f.clone()).is_empty() && (w).len() % 2 == 0) {
                        let d: String = i2s(((P { a: 3, b: f.clone() }).sum() + (match (f.len() as i64) { 0 => b.id(), n if n > 1 => n + 1, _ => a })));
                        let mut a = (if (String::from("x")).is_empty() { (match b.take() { 0 => (P { a: 0, b: f.clone() }).sum(), n if n > 4 => n + 1, _ => a }) } else { Acc::new(f3((r.len() as i64), f.clone(), a)).add(t("t10", a)).add(keep(T("v12"), 11).take()).get() });
                        if (r.len() as i64) != 1 {
                            return T("k13").id();
                        }
                    } else if T::id(&b) >= 2 {
                        yield_!(t("t14", t("t15", f.clone())));
                        b = T("v16");
                    } else if (r.clone()).len() % 2 == 0 {
                    }
                }
                if (String::from("")).is_empty() {
                    break 'b2 t("t17", keep(T("v19"), 18).take());
                }
                (r.len() as i64)
            };
            (yield_!(String::from("x")).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p185 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if r.len() % 2 == 0 {
                 {
                    if let Some(n) = opt(&([(if (String::from("x")).len() % 2 == 0 { String::from("four") } else { String::from("x") }), format!("{}-{}", (String::from("ab")), cap.id())].concat())) && n > 0 {
                        drop(keep(T("v1"), keep(T("v3"), 2).take()));
                        let (mut e, b) = (T("v4"), (match (yield_!(format!("{}-{}", (String::from("")), 3)).len() as i64) { 0 => Acc::new(n).add((3 - T::id(&cap))).add(keep(T("v6"), 5).take()).get(), n if n > 0 => n + 1, _ => (if (String::from("ab")).len() % 2 == 0 { T("k7").id() } else { (match n { 0 => n, n if n > 2 => n + 1, _ => n }) }) }));
                        yield_!([(if 2 < 3 { String::from("x") } else { String::from("ab") }), t("t8", String::from(""))].concat());
                    } else if (String::from("")).len() % 2 == 0 {
                        let P { a: a, b: b } = P { a: cap.take(), b: String::from("xyz") };
                        let [f, _, _] = [keep(T("v10"), 9).take(), (if ((0 < 5 || (b.len() as i64) != 3) && (5 > 3 && (b.clone()).len() % 2 == 0)) { (match (match 5 { 0 => a, n if n > 2 => n + 1, _ => 3 }) { 0 => (P { a: (b.len() as i64), b: String::from("xyz") }).sum(), n if n > 2 => n + 1, _ => 2 }) } else { (yield_!((if 4 < 0 { b.clone() } else { String::from("") })).len() as i64) }), a];
                    } else {
                        let (mut d, f) = (keep(T("v11"), 5), T("k12").id());
                    }
                }
                let c = 4;
                'l13: for w in [t("t14", yield_!(String::from("x"))), i2s(Acc::new(1).add(c).add(c).get())] {
                }
            } else if f3((r.len() as i64), r, 5) < 5 {
            }
            Err((if (String::from("ab")).len() % 2 == 0 { String::from("x") } else { yield_!(String::from("")) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p186 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            consume(T("v1"));
            drop(keep(keep(keep(T("v2"), 2), keep(T("v4"), 3).take()), Acc::new(4).add(Acc::new(3).add(T::id(&cap)).add(cap.id()).get()).add((r.len() as i64)).get()));
            let mut fuel5 = 0;
            let c = 'l5: loop {
                fuel5 += 1;
                if fuel5 > 3 {
                    break 'l5 (if cap.id() == 5 { (r.len() as i64) } else { 2 });
                }
                let Some(f) = opt(&r) else {
                    return f3(f3((r.len() as i64), r.clone(), (r.len() as i64)), t("t6", r.clone()), (match 3 { 0 => cap.id(), n if n > 4 => n + 1, _ => cap.id() }));
                };
                let mut a = T("v7");
                a = a;
                yield_!([String::from("four"), t("t8", String::from(""))].concat());
            };
            let Some(f) = opt(&r) else {
                return c;
            };
            if r.len() % 2 == 0 {
                panic!("p9");
            }
            yield_!(format!("{}-{}", (String::from("")), t("t10", (r.len() as i64))));
            if (f == 0 && !(((r.clone()).len() % 2 == 0 && 2 != 0))) {
                let mut fuel11 = 0;
                'l11: loop {
                    fuel11 += 1;
                    if fuel11 > 3 {
                        break 'l11;
                    }
                    yield_!(i2s((c + 4)));
                    let [e, _, _] = [T("k12").id(), 0, keep(T("v14"), 13).take()];
                    consume(keep(T("v15"), (if (T::id(&cap) == 3 && f != 2) { e } else { Acc::new(cap.id()).add(c).add(0).get() })));
                }
            } else if (r).is_empty() {
            } else {
            }
            (if (String::from("xyz")).is_empty() { cap.take() } else { Acc::new(2).add(f).add(4).get() })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p187 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                let d = T("k2").id();
                let mut fuel3 = 0;
                'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 3 {
                        break 'l3;
                    }
                    if !((r.clone()).len() % 2 == 0) {
                        panic!("p4");
                    }
                    r = yield_!(String::from("hello"));
                    r = yield_!(i2s((d + d)));
                }
                if 5 >= 3 {
                    break 'b1;
                }
            }
            let mut fuel5 = 0;
            'l5: loop {
                fuel5 += 1;
                if fuel5 > 3 {
                    break 'l5;
                }
                'l6: for w in 0..cap3(((if 0 <= 3 { 3 } else { (r.len() as i64) }) + keep(T("v8"), 7).take())) {
                    if (P { a: Acc::new(w).add(w).add(w).get(), b: format!("{}-{}", r, T::id(&cap)) }).sum() > 3 {
                        continue 'l5;
                    }
                    yield_!((if 0 == 3 { String::from("xyz") } else { r.clone() }));
                    let mut b = t("t9", f3(4, yield_!(String::from("four")), Acc::new(w).add(w).add(w).get()));
                    r = format!("{}-{}", r, (match (match cap.id() { 0 => b, n if n > 5 => n + 1, _ => T::id(&cap) }) { 0 => 2, n if n > 0 => n + 1, _ => w }));
                }
                yield_!(t("t10", r.clone()));
            }
            if !(keep(T("v12"), 11).take() != 4) {
                panic!("p13");
            }
            'b14: {
                if (r).is_empty() {
                    panic!("p15");
                }
                if ((String::from("four")).is_empty() || ((String::from("xyz")).len() % 2 == 0 || cap.id() >= 4)) {
                    break 'b14;
                }
            }
            yield_!(i2s(keep(T("v17"), 16).take()));
            let c = (if (((String::from("ab")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) || cap.id() >= 5) { keep(cap, 18).take() } else { (yield_!((if (String::from("")).len() % 2 == 0 { String::from("xyz") } else { String::from("") })).len() as i64) });
            match opt(&(String::from("xyz"))) {
                Some(n) if n < 5 => {
                    if (!(n != 4) && ((String::from("")).len() % 2 == 0 || !(n < 5))) {
                        panic!("p19");
                    }
                }
                Some(n) => {
                    let mut fuel20 = Vec::from([n, T("k21").id()]);
                    'l20: while let Some(w) = fuel20.pop() {
                        let e = t("t22", t("t23", String::from("xyz")));
                    }
                }
                None => {
                }
            }
            (P { a: (P { a: c, b: String::from("ab") }).sum(), b: format!("{}-{}", (String::from("xyz")), 4) }).sum()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p188 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(f3((r.len() as i64), i2s(0), (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => (r.len() as i64) }))) {
                'l2: for w in [i2s((P { a: w, b: r.clone() }).sum()), String::from("x")] {
                    yield_!(String::from("xyz"));
                    r = [format!("{}-{}", (String::from("hello")), keep(T("v4"), 3).take()), format!("{}-{}", (w), (P { a: (r.len() as i64), b: r.clone() }).sum())].concat();
                }
                yield_!([t("t5", String::from("xyz")), i2s(w)].concat());
            }
            match ((match t("t6", cap.id()) { 0 => T("k7").id(), n if n > 1 => n + 1, _ => T("k8").id() }), t("t9", format!("{}-{}", (r.clone()), t("t10", cap.id())))) {
                (0, n) => {
                    'l11: for w in [n, r] {
                    }
                }
                (_, n) if n.len() > 1 => {
                }
                (_, n) => {
                }
            }
            cap.id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p189 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            r = (if (r).is_empty() { t("t1", i2s(T::id(&cap))) } else { yield_!(format!("{}-{}", (String::from("hello")), cap.id())) });
            let [c, _, _] = [T("k2").id(), opt(&r)?, (if r.is_empty() { (r.len() as i64) } else { T("k3").id() })];
            if let Some(n) = opt(&r) && n > 1 {
                let d = 'b4: {
                    let e = n;
                    consume(T("v5"));
                     {
                        if !(!(((String::from("hello")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0))) {
                            break 'b4 Acc::new((P { a: cap.id(), b: String::from("four") }).sum()).add(cap.take()).add(n).get();
                        }
                        consume(T("v6"));
                        let d = (match (if !(0 <= 1) { n } else { (P { a: 1, b: String::from("xyz") }).sum() }) { 0 => 3, n if n > 5 => n + 1, _ => keep(T("v8"), 7).take() });
                    }
                    if t("t9", e) == 1 {
                        break 'b4 t("t10", T("k11").id());
                    }
                    (match (yield_!(String::from("ab")).len() as i64) { 0 => c, n if n > 4 => n + 1, _ => Acc::new(0).add(3).add(1).get() })
                };
            } else if (((r).len() % 2 == 0 || 5 < 5) && !(c > 3)) {
                let mut c = T("v12");
                r = [i2s((if (String::from("xyz")).len() % 2 == 0 { T::id(&c) } else { c.id() })), (if (2 == 5 || (String::from("")).len() % 2 == 0) { format!("{}-{}", (String::from("xyz")), 0) } else { String::from("hello") })].concat();
                 {
                    if (yield_!(r.clone())).len() % 2 == 0 {
                        panic!("p13");
                    }
                }
            } else if (!(c <= 1) && (String::from("ab")).is_empty()) {
                if (yield_!(String::from("hello"))).len() % 2 == 0 {
                    panic!("p14");
                }
                consume(T("v15"));
                let (mut f, d) = (keep(T("v16"), (keep(T("v18"), 17).take() - (yield_!(String::from("")).len() as i64))), opt(&(format!("{}-{}", (String::from("xyz")), c)))?);
            }
            let mut fuel19 = Vec::from([4, f3((yield_!(String::from("ab")).len() as i64), i2s(c), opt(&(String::from("")))?)]);
            'l19: while let Some(w) = fuel19.pop() {
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p190 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            r = i2s(T("k1").id());
            r = t("t2", r.clone());
            let e = T("k3").id();
            yield_!((if e <= 1 { [r, String::from("")].concat() } else { (if (r.len() as i64) != 1 { r } else { r.clone() }) }));
            yield_!([i2s(e), (if (String::from("xyz")).len() % 2 == 0 { String::from("four") } else { String::from("ab") })].concat());
            if (!(!(e > 3)) && !((String::from("ab")).len() % 2 == 0)) {
                panic!("p4");
            }
            let f = cap.take();
            let mut fuel5 = 0;
            'l5: while fuel5 < 1 && (String::from("x")).len() % 2 == 0 {
                fuel5 += 1;
                let e: T = T("v6");
                 {
                    'l7: for w in 0..cap3(Acc::new(t("t8", T::id(&e))).add(t("t9", e.id())).add((e.id() + 0)).get()) {
                        yield_!((if (String::from("hello")).is_empty() { t("t10", String::from("four")) } else { String::from("") }));
                        yield_!(i2s((P { a: 3, b: String::from("ab") }).sum()));
                    }
                    yield_!([[String::from("xyz"), String::from("x")].concat(), (if 1 != 0 { String::from("") } else { String::from("ab") })].concat());
                }
                let mut fuel11 = Vec::from([keep(T("v13"), 12).take(), 4]);
                'l11: while let Some(w) = fuel11.pop() {
                    if !((String::from("ab")).is_empty()) {
                        return Some((P { a: (w * e.id()), b: String::from("xyz") }).sum());
                    }
                    if !(f <= 1) {
                        panic!("p14");
                    }
                }
                r = yield_!((if (String::from("xyz")).len() % 2 == 0 { t("t15", String::from("four")) } else { [String::from("xyz"), String::from("")].concat() }));
            }
            let mut b = keep(T("v16"), (2 + keep(T("v18"), 17).take()));
            'l19: for w in 0..cap3(T("k20").id()) {
                yield_!((if (String::from("")).is_empty() { [String::from("ab"), String::from("x")].concat() } else { format!("{}-{}", (String::from("ab")), e) }));
                let mut fuel21 = 0;
                let b = 'l21: loop {
                    fuel21 += 1;
                    if fuel21 > 1 {
                        break 'l21 w;
                    }
                    yield_!((if (f == 2 && f < 1) { format!("{}-{}", (String::from("x")), w) } else { i2s(w) }));
                };
            }
            Some(T("k22").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p191 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1;
                }
                let e = T("v2");
                if let Some(n) = opt(&(format!("{}-{}", r, t("t3", T::id(&cap))))) {
                    let (mut b, a) = (e, (yield_!(r.clone()).len() as i64));
                    let e = t("t4", (yield_!(format!("{}-{}", r, a)).len() as i64));
                    yield_!([format!("{}-{}", r, (r.len() as i64)), String::from("")].concat());
                } else {
                    let c: T = e;
                    let b: String = [t("t5", format!("{}-{}", r, 1)), t("t6", (if (r.len() as i64) != 5 { r.clone() } else { String::from("x") }))].concat();
                }
                let mut fuel7 = 0;
                'l7: while fuel7 < 3 && (r.len() % 2 == 0 || r.len() % 2 == 0) {
                    fuel7 += 1;
                    let mut b = String::from("");
                    if ((match 0 { 0 => 1, n if n > 1 => n + 1, _ => 5 }) > 3 || r.is_empty()) {
                        return (b.len() as i64);
                    }
                    let c = cap.id();
                    b = [yield_!(b.clone()), [format!("{}-{}", (String::from("xyz")), c), (if (b).len() % 2 == 0 { r.clone() } else { String::from("") })].concat()].concat();
                }
                 {
                    let d = T("v8");
                    let u9: i64;
                    if !(d.take() >= 5) {
                        u9 = t("t10", (r.len() as i64));
                    } else {
                        u9 = (match (yield_!(String::from("ab")).len() as i64) { 0 => T("k11").id(), n if n > 4 => n + 1, _ => (P { a: T::id(&cap), b: r.clone() }).sum() });
                    }
                    'b12: {
                        if T::id(&cap) != 4 {
                            break 'b12;
                        }
                    }
                }
            }
            (r.len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p192 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut f = f3((r.len() as i64), i2s((r.len() as i64)), 3);
            let e = 'b1: {
                let mut fuel2 = 0;
                'l2: while fuel2 < 2 && r.len() % 2 == 0 {
                    fuel2 += 1;
                    let mut fuel3 = 0;
                    'l3: while fuel3 < 1 && !((0 <= 2 || f >= 2)) {
                        fuel3 += 1;
                        let a = String::from("");
                        yield_!(String::from("x"));
                        let mut f = keep(T("v4"), 4);
                    }
                    let Some(c) = opt(&r) else {
                        panic!("p5");
                    };
                    let mut fuel6 = 0;
                    let f = 'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 3 {
                            break 'l6 (if (String::from("xyz")).is_empty() { c } else { f3(c, String::from("hello"), c) });
                        }
                        let c = (P { a: (if ((r.len() as i64) <= 1 && c < 3) { (r.len() as i64) } else { c }), b: yield_!(r.clone()) }).sum();
                        let (mut c, b) = (T("v7"), f3(T::id(&cap), t("t8", (if (r.len() as i64) > 4 { r.clone() } else { r.clone() })), f3(f3(T::id(&cap), String::from("x"), c), r.clone(), c)));
                    };
                }
                if r.len() % 2 == 0 {
                    break 'b1 cap.id();
                }
                keep(T("v10"), 9).take()
            };
            (e + cap.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p193 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut a: String = String::from("xyz");
            drop(keep(T("v1"), keep(keep(T("v3"), (r.len() as i64)), 2).take()));
            if (match keep(T("v5"), 4).take() { 0 => (if r.len() % 2 == 0 { (r.len() as i64) } else { T::id(&cap) }), n if n > 3 => n + 1, _ => cap.take() }) == 0 {
                return Some(4);
            }
            'b6: {
                let Some(e) = opt(&(r)) else {
                    panic!("p7");
                };
                if a.is_empty() {
                    break 'b6;
                }
            }
            yield_!(a.clone());
            drop(T("v8"));
            let mut fuel9 = 0;
            'l9: while fuel9 < 2 && a.len() % 2 == 0 {
                fuel9 += 1;
                yield_!(String::from("xyz"));
                'l10: for w in 0..cap3((yield_!(i2s(5)).len() as i64)) {
                    if !((String::from("hello")).len() % 2 == 0) {
                        continue 'l9;
                    }
                }
            }
            Some((if (a.len() % 2 == 0 && (a.clone()).len() % 2 == 0) { (match 0 { 0 => (a.len() as i64), n if n > 3 => n + 1, _ => (a.len() as i64) }) } else { (if (a.len() as i64) < 5 { 1 } else { (a.len() as i64) }) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p194 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([(yield_!(r.clone()).len() as i64), (yield_!(r.clone()).len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                let [c, _, _] = [w, (P { a: w, b: r.clone() }).sum(), (match T("k2").id() { 0 => w, n if n > 2 => n + 1, _ => (r.len() as i64) })];
                match (yield_!([(if r.len() % 2 == 0 { r.clone() } else { String::from("hello") }), [String::from("xyz"), r.clone()].concat()].concat()).len() as i64) {
                    0 => {
                        yield_!(r.clone());
                        yield_!(String::from("x"));
                    }
                    n if n > 1 => {
                        yield_!([format!("{}-{}", (String::from("xyz")), (r.len() as i64)), i2s(2)].concat());
                    }
                    _ => {
                    }
                }
            }
            f3(keep(T("v4"), 3).take(), format!("{}-{}", (r), 1), T("k5").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p195 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if (r.len() as i64) == 2 {
                 {
                    if (keep(T("v2"), 1).take() == 4 && T("k3").id() >= 3) {
                        return Ok(f3(T("k4").id(), i2s(T::id(&cap)), T("k5").id()));
                    }
                    let mut fuel6 = Vec::from([f3(4, (if 5 >= 5 { String::from("x") } else { String::from("x") }), T("k7").id()), (t("t8", 5) - f3(T::id(&cap), String::from("hello"), 1))]);
                    'l6: while let Some(w) = fuel6.pop() {
                        let mut a: String = (if 3 >= 1 { String::from("ab") } else { String::from("hello") });
                        a = yield_!([i2s(w), t("t12", String::from("ab"))].concat());
                    }
                    let mut fuel13 = Vec::from([Acc::new(Acc::new(T::id(&cap)).add(3).add(3).get()).add(t("t14", T::id(&cap))).add((if 2 <= 5 { cap.id() } else { T::id(&cap) })).get(), (if cap.id() > 3 { f3(cap.id(), String::from(""), T::id(&cap)) } else { (P { a: cap.id(), b: String::from("hello") }).sum() })]);
                    'l13: while let Some(w) = fuel13.pop() {
                        let mut d = (match (P { a: T::id(&cap), b: i2s(cap.id()) }).sum() { 0 => w, n if n > 4 => n + 1, _ => res(&(String::from("ab")))? });
                        let mut b: String = yield_!(i2s(w));
                        yield_!(b.clone());
                    }
                }
            } else if (((r).len() % 2 == 0 || (String::from("")).len() % 2 == 0) || (String::from("xyz")).len() % 2 == 0) {
            } else {
            }
            Ok((if (String::from("")).len() % 2 == 0 { cap.id() } else { (match T::id(&cap) { 0 => cap.id(), n if n > 2 => n + 1, _ => T::id(&cap) }) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p196 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((r.clone()).is_empty() && !(((r.clone()).len() % 2 == 0 && (r.clone()).len() % 2 == 0))) {
                return Ok((r.len() as i64));
            }
            'l1: for w in 0..cap3((P { a: (yield_!(r.clone()).len() as i64), b: format!("{}-{}", r, (r.len() as i64)) }).sum()) {
                let d = T("v2");
                let Some(a) = opt(&r) else {
                    break 'l1;
                };
                r = yield_!(i2s(d.take()));
            }
            let Some(b) = opt(&(r)) else {
                return Ok((P { a: f3(0, String::from("four"), 3), b: (if (String::from("x")).len() % 2 == 0 { String::from("") } else { String::from("four") }) }).sum());
            };
            if let Some(n) = opt(&((if !((String::from("xyz")).len() % 2 == 0) { (if 4 <= 0 { String::from("ab") } else { String::from("") }) } else { i2s(4) }))) && n > 2 {
                let mut f = t("t3", t("t4", t("t5", String::from("four"))));
                'l6: for w in [t("t7", (if (f.len() as i64) >= 4 { f } else { String::from("hello") })), i2s(t("t8", b))] {
                    let (mut e, a) = (keep(keep(T("v9"), t("t10", (w.len() as i64))), n), (b - Acc::new((2 * b)).add(0).add((yield_!(w).len() as i64)).get()));
                    let b = (P { a: keep(e, 11).take(), b: yield_!(t("t12", String::from("xyz"))) }).sum();
                    consume(T("v13"));
                    yield_!(t("t14", [String::from("hello"), String::from("ab")].concat()));
                }
            } else {
                'l15: for w in [String::from("hello"), yield_!(t("t16", String::from("xyz")))] {
                    if !(((T::id(&cap) != 2 || 1 >= 1) && (0 < 0 && (w).len() % 2 == 0))) {
                        panic!("p17");
                    }
                    let e = T("v18");
                    let d = Acc::new((match T("k19").id() { 0 => T::id(&e), n if n > 5 => n + 1, _ => res(&(String::from("")))? })).add(Acc::new((if T::id(&e) > 5 { T::id(&cap) } else { b })).add((yield_!(String::from("x")).len() as i64)).add((if (String::from("ab")).len() % 2 == 0 { 2 } else { b })).get()).add(e.take()).get();
                }
                 {
                    r = String::from("x");
                    let mut b = r.clone();
                }
            }
            match ((b * (P { a: cap.take(), b: [String::from("ab"), String::from("x")].concat() }).sum()), yield_!(i2s(b))) {
                (0, n) => {
                }
                (_, n) if n.len() > 2 => {
                }
                (_, n) => {
                }
            }
            Ok(Acc::new(b).add((P { a: b, b: String::from("four") }).sum()).add(keep(T("v21"), 20).take()).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p197 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let mut fuel2 = 0;
                let b = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2 t("t3", (match (r.len() as i64) { 0 => 5, n if n > 3 => n + 1, _ => T::id(&cap) }));
                    }
                    drop(T("v4"));
                    let b: i64 = T("k5").id();
                    r = r.clone();
                };
                let f = 4;
                if (r).len() % 2 == 0 {
                    break 'b1;
                }
            }
            'l6: for w in [i2s((yield_!(String::from("")).len() as i64)), (if cap.id() >= 2 { (if T::id(&cap) > 0 { String::from("hello") } else { String::from("four") }) } else { format!("{}-{}", (String::from("ab")), 4) })] {
                if !(Acc::new((w.len() as i64)).add(T::id(&cap)).add(1).get() != 2) {
                    break 'l6;
                }
                let P { a: b, b: a } = P { a: ((f3(0, w, cap.id()) + (P { a: T::id(&cap), b: String::from("ab") }).sum()) + (if (String::from("hello")).is_empty() { (cap.id() * 0) } else { (P { a: 5, b: String::from("ab") }).sum() })), b: yield_!(format!("{}-{}", (String::from("x")), (match 1 { 0 => 5, n if n > 3 => n + 1, _ => cap.id() }))) };
                match ((if a.is_empty() { (match keep(T("v8"), 7).take() { 0 => keep(T("v10"), 9).take(), n if n > 4 => n + 1, _ => keep(T("v12"), 11).take() }) } else { (match (match b { 0 => T::id(&cap), n if n > 3 => n + 1, _ => 5 }) { 0 => b, n if n > 2 => n + 1, _ => T("k13").id() }) }), [t("t14", String::from("x")), String::from("four")].concat()) {
                    (0, n) => {
                        let [b, _, _] = [b, T("k15").id(), b];
                        yield_!([String::from("ab"), a.clone()].concat());
                        r = t("t16", yield_!([String::from("xyz"), n].concat()));
                    }
                    (_, n) if n.len() > 2 => {
                        if !((match b { 0 => T::id(&cap), n if n > 1 => n + 1, _ => T::id(&cap) }) != 3) {
                            panic!("p17");
                        }
                        let [a, _, _] = [(yield_!(a.clone()).len() as i64), f3(4, yield_!(format!("{}-{}", (n), 5)), (yield_!((if a.len() % 2 == 0 { String::from("ab") } else { a })).len() as i64)), cap.id()];
                    }
                    (_, n) => {
                        let f = T("k18").id();
                        let c: String = n.clone();
                        let e = (match keep(T("v20"), 19).take() { 0 => (P { a: (a.len() as i64), b: String::from("four") }).sum(), n if n > 3 => n + 1, _ => (P { a: b, b: i2s((n.len() as i64)) }).sum() });
                    }
                }
            }
            yield_!(format!("{}-{}", (String::from("xyz")), f3(4, String::from("x"), 0)));
            let mut fuel21 = Vec::from([(yield_!(String::from("four")).len() as i64), keep(T("v23"), 22).take()]);
            'l21: while let Some(w) = fuel21.pop() {
                if let Some(n) = opt(&(yield_!((if 4 < 5 { String::from("") } else { String::from("") })))) {
                    if (yield_!(String::from("ab"))).is_empty() {
                        return None;
                    }
                }
                r = yield_!(String::from("ab"));
            }
            Some((P { a: (yield_!(String::from("four")).len() as i64), b: t("t24", String::from("xyz")) }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p198 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [i2s((match 0 { 0 => cap.id(), n if n > 0 => n + 1, _ => (r.len() as i64) })), r.clone()] {
                let mut fuel2 = 0;
                let b = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2 t("t3", Acc::new((w.len() as i64)).add(4).add((w.len() as i64)).get());
                    }
                    yield_!(format!("{}-{}", (String::from("x")), keep(T("v5"), 4).take()));
                    let P { a: b, b: a } = P { a: T::id(&cap), b: i2s(keep(keep(T("v7"), (w.len() as i64)), 6).take()) };
                };
                let e = (P { a: t("t8", Acc::new(T::id(&cap)).add(b).add(b).get()), b: [yield_!(w), t("t9", r.clone())].concat() }).sum();
                if (yield_!(r.clone())).is_empty() {
                    let b = (match 1 { 0 => cap.id(), n if n > 4 => n + 1, _ => (P { a: (P { a: (r.len() as i64), b: r.clone() }).sum(), b: (if (String::from("x")).len() % 2 == 0 { r.clone() } else { r.clone() }) }).sum() });
                    let f: T = T("v10");
                } else if !(!((r.len() as i64) >= 3)) {
                    r = format!("{}-{}", r, (r.len() as i64));
                } else {
                    yield_!(t("t11", (if (r.clone()).len() % 2 == 0 { String::from("hello") } else { String::from("four") })));
                }
            }
            if (yield_!(String::from("hello"))).len() % 2 == 0 {
                panic!("p12");
            }
            let mut fuel13 = Vec::from([(yield_!(String::from("ab")).len() as i64), (yield_!(r).len() as i64)]);
            'l13: while let Some(w) = fuel13.pop() {
                yield_!(String::from(""));
                if let Some(n) = opt(&([String::from("xyz"), [String::from(""), String::from("hello")].concat()].concat())) && n > 4 {
                    yield_!(String::from(""));
                    yield_!(String::from(""));
                    yield_!(t("t14", i2s(w)));
                }
                'b15: {
                    if (String::from("four")).is_empty() {
                        break 'b15;
                    }
                }
            }
            f3(cap.id(), format!("{}-{}", (String::from("x")), 1), (P { a: T::id(&cap), b: String::from("four") }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p199 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if r.len() % 2 == 0 {
                let mut a: String = t("t1", i2s((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => cap.id() })));
                let mut fuel2 = 0;
                let e = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 3 {
                        break 'l2 (r.len() as i64);
                    }
                    let c = cap.id();
                    r = yield_!(t("t4", format!("{}-{}", r, c)));
                    let mut f = (if (String::from("xyz")).is_empty() { yield_!([String::from("four"), r.clone()].concat()) } else { format!("{}-{}", r, (if c >= 4 { c } else { cap.id() })) });
                };
            }
            let mut d = T("v5");
             {
                r = String::from("ab");
                'b6: {
                    if ((r.len() % 2 == 0 && (String::from("")).len() % 2 == 0) && !((r.len() as i64) == 5)) {
                        break 'b6;
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p200 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut d = T("k1").id();
            let mut b = keep(T("v2"), cap.id());
            let mut fuel3 = 0;
            'l3: while fuel3 < 2 && r.len() % 2 == 0 {
                fuel3 += 1;
                'l4: for w in [[(if 2 < 0 { r.clone() } else { r.clone() }), (if d >= 1 { r.clone() } else { r.clone() })].concat(), r.clone()] {
                    let f: T = T("v5");
                    let mut a = yield_!(format!("{}-{}", w, T("k6").id()));
                }
                let mut fuel7 = 0;
                let b = 'l7: loop {
                    fuel7 += 1;
                    if fuel7 > 1 {
                        break 'l7 t("t8", Acc::new(cap.id()).add((r.len() as i64)).add(d).get());
                    }
                    if ((if 3 < 1 { String::from("") } else { r.clone() })).is_empty() {
                        panic!("p9");
                    }
                    let mut f = yield_!(i2s(d));
                    let (mut c, b) = (keep(keep(T("v10"), (match (r.len() as i64) { 0 => d, n if n > 3 => n + 1, _ => 3 })), (if (T::id(&cap) != 3 || (String::from("xyz")).len() % 2 == 0) { (match (f.len() as i64) { 0 => d, n if n > 0 => n + 1, _ => 1 }) } else { 0 })), 0);
                };
            }
            match (P { a: ((if (r.clone()).len() % 2 == 0 { 1 } else { T::id(&b) }) + d), b: r }).sum() {
                0 => {
                    let mut fuel11 = Vec::from([Acc::new((match 0 { 0 => 4, n if n > 3 => n + 1, _ => 0 })).add(t("t12", T::id(&cap))).add(d).get(), keep(T("v14"), 13).take()]);
                    'l11: while let Some(w) = fuel11.pop() {
                        consume(keep(T("v15"), (match (yield_!(String::from("ab")).len() as i64) { 0 => (if (String::from("hello")).len() % 2 == 0 { w } else { w }), n if n > 5 => n + 1, _ => keep(T("v17"), 16).take() })));
                        let f = T("v18");
                        r = i2s(keep(keep(T("v20"), d), 19).take());
                    }
                }
                n if n > 4 => {
                    if !((String::from("")).len() % 2 == 0) {
                        let mut c = format!("{}-{}", ([String::from(""), String::from("x")].concat()), ((5 * n) + (P { a: d, b: String::from("hello") }).sum()));
                    } else if T("k21").id() != 3 {
                        if ((String::from("hello")).len() % 2 == 0 || (!((String::from("ab")).len() % 2 == 0) && ((String::from("ab")).len() % 2 == 0 || T::id(&cap) < 2))) {
                            return n;
                        }
                    }
                }
                _ => {
                }
            }
            Acc::new(keep(T("v23"), 22).take()).add(keep(T("v25"), 24).take()).add(T("k26").id()).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p201 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let c = 'b1: {
                'b2: {
                    let Some(f) = opt(&(r.clone())) else {
                        panic!("p3");
                    };
                    if ((f < 2 && r.len() % 2 == 0) || ((String::from("hello")).len() % 2 == 0 || r.len() % 2 == 0)) {
                        break 'b2;
                    }
                }
                yield_!(String::from("four"));
                let u4: i64;
                if (r.len() % 2 == 0 && !((r.len() % 2 == 0 || 3 >= 1))) {
                    u4 = (match Acc::new((r.len() as i64)).add((r.len() as i64)).add(3).get() { 0 => T("k5").id(), n if n > 4 => n + 1, _ => (match 4 { 0 => 5, n if n > 1 => n + 1, _ => T::id(&cap) }) });
                } else {
                    u4 = T("k6").id();
                }
                if (!(r.len() % 2 == 0) || (String::from("hello")).len() % 2 == 0) {
                    break 'b1 (match T::id(&cap) { 0 => cap.take(), n if n > 0 => n + 1, _ => 2 });
                }
                (match (yield_!(r).len() as i64) { 0 => Acc::new(u4).add(0).add(3).get(), n if n > 4 => n + 1, _ => 0 })
            };
            let c = yield_!(t("t7", [String::from("four"), String::from("hello")].concat()));
            let mut fuel8 = 0;
            'l8: while fuel8 < 2 && ((c.clone()).is_empty() && ((c.clone()).len() % 2 == 0 && (c.len() as i64) <= 2)) {
                fuel8 += 1;
                match f3(Acc::new((c.len() as i64)).add(Acc::new(0).add(5).add(5).get()).add((c.len() as i64)).get(), yield_!(t("t9", String::from(""))), (c.len() as i64)) {
                    0 => {
                        let e = t("t10", T("k11").id());
                    }
                    n if n > 5 => {
                        let f: i64 = n;
                    }
                    _ => {
                        yield_!(t("t12", [String::from("x"), c.clone()].concat()));
                    }
                }
                let u13: i64;
                if ((!(c.len() % 2 == 0) || ((c.len() as i64) != 0 || (String::from("")).len() % 2 == 0)) && (((String::from("xyz")).len() % 2 == 0 && (c.len() as i64) != 2) || c.is_empty())) {
                    u13 = res(&(String::from("xyz")))?;
                } else {
                    u13 = (P { a: t("t14", 4), b: c.clone() }).sum();
                }
                let mut b = T("v15");
                if ((c.clone()).len() % 2 == 0 && (u13 <= 5 && (String::from("")).len() % 2 == 0)) {
                    return Ok(0);
                }
            }
             {
                let mut fuel16 = 0;
                'l16: while fuel16 < 3 && (((c.len() as i64) > 4 || (c.len() as i64) != 4) && c.is_empty()) {
                    fuel16 += 1;
                    if ((3 <= 4 || ((c.clone()).len() % 2 == 0 && (c.len() as i64) <= 2)) || (c.clone()).len() % 2 == 0) {
                        return Ok((if c.len() % 2 == 0 { keep(T("v18"), 17).take() } else { 0 }));
                    }
                    r = yield_!(c.clone());
                }
                yield_!(format!("{}-{}", (c.clone()), f3((c.len() as i64), c, 0)));
                'l19: for w in [(if 5 < 2 { String::from("x") } else { t("t20", String::from("")) }), yield_!(i2s(5))] {
                    yield_!(String::from(""));
                    if (format!("{}-{}", w, 4)).is_empty() {
                        break 'l19;
                    }
                    yield_!(format!("{}-{}", w, 3));
                }
            }
            Ok(1)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p202 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if ([r, String::from("x")].concat()).is_empty() {
                return Some(cap.take());
            }
            'l1: for w in 0..cap3((P { a: t("t2", 3), b: yield_!(String::from("")) }).sum()) {
                'l3: for w in 0..cap3(T("k4").id()) {
                    consume(T("v5"));
                    r = (if Acc::new(w).add(2).add(w).get() >= 1 { yield_!(i2s(3)) } else { yield_!(i2s(w)) });
                }
                let u6: i64;
                if ((String::from("hello")).len() % 2 == 0 && (((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) || w < 0)) {
                    u6 = f3(opt(&(String::from("")))?, format!("{}-{}", (String::from("ab")), w), f3(4, String::from("x"), 4));
                } else {
                    u6 = keep(T("v8"), 7).take();
                }
                if (!(u6 >= 4) || (String::from("hello")).is_empty()) {
                    panic!("p9");
                }
                if ((if w > 3 { String::from("") } else { String::from("x") })).len() % 2 == 0 {
                    panic!("p10");
                }
            }
            Some(f3((yield_!(String::from("xyz")).len() as i64), i2s(1), (P { a: 1, b: String::from("hello") }).sum()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p203 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [i2s(1), yield_!(r)] {
                match ((if (String::from("x")).is_empty() { 4 } else { (yield_!(w.clone()).len() as i64) }), i2s(t("t2", t("t3", (w.len() as i64))))) {
                    (0, n) => {
                        drop(T("v4"));
                    }
                    (_, n) if n.len() > 2 => {
                        if !((((n.len() as i64) < 2 && 1 > 1) && n.len() % 2 == 0)) {
                            break 'l1;
                        }
                        yield_!(w.clone());
                    }
                    (_, n) => {
                        let (mut d, f) = (keep(keep(T("v5"), f3(1, w.clone(), (w.len() as i64))), keep(T("v7"), 6).take()), (yield_!(n).len() as i64));
                    }
                }
            }
            T::id(&cap)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p204 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let a = cap;
            let mut b = keep(keep(keep(T("v1"), 5), ((r.len() as i64) + a.id())), (yield_!(format!("{}-{}", r, 5)).len() as i64));
            let mut a = r;
            let Some(e) = opt(&a) else {
                return None;
            };
            'l2: for w in [i2s(T("k3").id()), [[String::from("four"), a.clone()].concat(), yield_!(String::from("x"))].concat()] {
                if (a.is_empty() || (w.clone()).is_empty()) {
                    panic!("p4");
                }
                'l5: for w in 0..cap3((yield_!([w, String::from("xyz")].concat()).len() as i64)) {
                    yield_!(a.clone());
                    if (!((a.len() % 2 == 0 && e <= 0)) && a.is_empty()) {
                        return Some(opt(&a)?);
                    }
                }
            }
            Some(e)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p205 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if keep(keep(T("v2"), T::id(&cap)), 1).take() >= 1 {
                panic!("p3");
            }
            if (!(r.len() % 2 == 0) && (((r.len() as i64) <= 5 && 1 < 4) && (2 >= 0 || (r).len() % 2 == 0))) {
                panic!("p4");
            }
            let c = yield_!([[String::from("ab"), String::from("")].concat(), String::from("ab")].concat());
            match opt(&([format!("{}-{}", (String::from("four")), 3), yield_!(String::from("hello"))].concat())) {
                Some(n) if n < 1 => {
                     {
                        'l5: for w in [String::from("xyz"), format!("{}-{}", c, (c.len() as i64))] {
                            if (match cap.id() { 0 => n, n if n > 0 => n + 1, _ => t("t6", n) }) <= 3 {
                                break 'l5;
                            }
                            let e = T("v7");
                            let f = (yield_!(w).len() as i64);
                        }
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Ok(T("k8").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p206 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&r) {
                let Some(b) = opt(&r) else {
                    return n;
                };
            }
            if let Some(n) = opt(&(i2s(keep(T("v2"), 1).take()))) && n > 5 {
                if (((r).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) && ((String::from("four")).is_empty() && (String::from("")).is_empty())) {
                    if !(Acc::new(n).add(cap.id()).add(3).get() <= 5) {
                        return 2;
                    }
                } else if (P { a: T::id(&cap), b: String::from("xyz") }).sum() < 5 {
                    let d = cap;
                } else {
                    let a = keep(T("v3"), (if (cap.id() > 3 || T::id(&cap) == 4) { (if 4 == 0 { n } else { 5 }) } else { cap.take() }));
                }
                if let Some(n) = opt(&(String::from(""))) && n > 5 {
                    r = (if ((String::from("hello")).len() % 2 == 0 && ((String::from("ab")).len() % 2 == 0 || 3 == 1)) { String::from("hello") } else { format!("{}-{}", (String::from("hello")), (4 + n)) });
                } else if (String::from("xyz")).len() % 2 == 0 {
                    if (format!("{}-{}", (String::from("x")), n)).len() % 2 == 0 {
                        return T("k4").id();
                    }
                    let (mut e, c) = (T("v5"), keep(T("v7"), 6).take());
                } else if Acc::new(n).add(0).add(n).get() > 2 {
                    let mut c: String = yield_!(i2s(keep(T("v9"), 8).take()));
                    drop(keep(keep(T("v10"), t("t11", (c.len() as i64))), 4));
                    yield_!(String::from("ab"));
                }
                let mut fuel12 = 0;
                let c = 'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 3 {
                        break 'l12 n;
                    }
                    r = format!("{}-{}", (format!("{}-{}", (String::from("hello")), 1)), t("t13", n));
                    let f: String = yield_!([r.clone(), t("t14", r.clone())].concat());
                    drop(T("v15"));
                    let mut c = (if (r.clone()).len() % 2 == 0 { yield_!(f.clone()) } else { yield_!(t("t16", f)) });
                };
            }
            let Some(a) = opt(&(yield_!([String::from(""), String::from("four")].concat()))) else {
                return (match (if 1 != 4 { 5 } else { 4 }) { 0 => (P { a: 1, b: String::from("hello") }).sum(), n if n > 2 => n + 1, _ => (P { a: 3, b: String::from("ab") }).sum() });
            };
            consume(keep(T("v17"), keep(T("v19"), 18).take()));
            let mut fuel20 = 0;
            'l20: while fuel20 < 2 && f3(0, String::from(""), 3) < 5 {
                fuel20 += 1;
                yield_!(t("t21", i2s(a)));
            }
            (yield_!([String::from(""), String::from("ab")].concat()).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p207 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (String::from("ab")).is_empty() {
                panic!("p1");
            }
             {
                let mut fuel2 = 0;
                'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 3 {
                        break 'l2;
                    }
                    if let Some(n) = opt(&(t("t3", String::from("")))) {
                        let P { a: f, b: b } = P { a: T::id(&cap), b: i2s(Acc::new((P { a: 5, b: r.clone() }).sum()).add((if r.len() % 2 == 0 { (r.len() as i64) } else { n })).add(keep(T("v5"), 4).take()).get()) };
                        yield_!(i2s((r.len() as i64)));
                        yield_!(t("t6", [b, String::from("x")].concat()));
                    }
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 1 && !(!(4 > 1)) {
                        fuel7 += 1;
                        yield_!(format!("{}-{}", r, t("t8", T::id(&cap))));
                        yield_!(t("t9", String::from("ab")));
                        let [f, _, _] = [(P { a: t("t10", t("t11", (r.len() as i64))), b: r.clone() }).sum(), (match t("t12", T::id(&cap)) { 0 => t("t13", (if (String::from("ab")).len() % 2 == 0 { (r.len() as i64) } else { 1 })), n if n > 3 => n + 1, _ => (if (cap.id() < 1 || r.len() % 2 == 0) { 4 } else { (if 4 == 4 { 4 } else { (r.len() as i64) }) }) }), keep(T("v15"), 14).take()];
                    }
                }
            }
            r = r.clone();
            let u16: i64;
            if (!((T::id(&cap) >= 4 || (r.len() as i64) >= 3)) || !(((r.len() as i64) != 0 || T::id(&cap) > 2))) {
                u16 = f3(5, r.clone(), 4);
            } else {
                u16 = (if r.is_empty() { T("k17").id() } else { (match (r.len() as i64) { 0 => 5, n if n > 3 => n + 1, _ => (r.len() as i64) }) });
            }
            u16
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p208 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&(r)) {
                match 5 {
                    0 => {
                        consume(keep(T("v1"), (3 + Acc::new(4).add(cap.id()).add(n).get())));
                        let mut f = keep(T("v3"), 2).take();
                        consume(T("v4"));
                    }
                    n if n > 5 => {
                        let [f, _, _] = [(if (4 != 1 && ((String::from("x")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0)) { (if !(n == 0) { (cap.id() - 5) } else { cap.id() }) } else { keep(T("v6"), 5).take() }), (P { a: (n + (yield_!(String::from("")).len() as i64)), b: (if !(3 <= 5) { (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("xyz") }) } else { (if (String::from("ab")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) }) }).sum(), cap.id()];
                        yield_!(format!("{}-{}", (String::from("x")), Acc::new(cap.id()).add(T::id(&cap)).add(n).get()));
                    }
                    _ => {
                        yield_!(i2s(f3(2, String::from("ab"), 1)));
                        consume(T("v7"));
                    }
                }
                let u8: i64;
                if (!((n == 0 && 0 != 4)) || (n < 1 && ((String::from("ab")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0))) {
                    u8 = ((n - n) - n);
                } else {
                    u8 = T::id(&cap);
                }
                yield_!((if ((String::from("four")).len() % 2 == 0 && u8 >= 2) { i2s(n) } else { i2s(1) }));
            } else if (T::id(&cap) < 5 || ((String::from("hello")).len() % 2 == 0 || 2 == 3)) {
                let u9: i64;
                if (format!("{}-{}", (String::from("x")), T::id(&cap))).is_empty() {
                    u9 = (yield_!(String::from("x")).len() as i64);
                } else {
                    u9 = (match cap.take() { 0 => (match 1 { 0 => 3, n if n > 1 => n + 1, _ => 5 }), n if n > 4 => n + 1, _ => Acc::new(5).add(2).add(1).get() });
                }
            } else if f3(0, String::from("four"), T::id(&cap)) != 4 {
                if (yield_!(String::from("xyz"))).len() % 2 == 0 {
                    panic!("p10");
                }
            }
            let b = format!("{}-{}", (format!("{}-{}", (String::from("")), 1)), Acc::new(T("k11").id()).add(t("t12", 4)).add(opt(&(String::from("ab")))?).get());
            let u13: i64;
            if (b).len() % 2 == 0 {
                u13 = (P { a: (P { a: 0, b: String::from("x") }).sum(), b: yield_!(String::from("ab")) }).sum();
            } else {
                u13 = 0;
            }
            let (mut f, b) = (T("v14"), opt(&(String::from("four")))?);
            Some(b)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p209 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let e = cap;
            if let Some(n) = opt(&r) {
                let P { a: c, b: d } = P { a: e.take(), b: r.clone() };
                if !(((d.clone()).is_empty() && r.is_empty())) {
                    panic!("p1");
                }
            } else if !((r.len() % 2 == 0 && 1 == 2)) {
                let mut fuel2 = 0;
                'l2: while fuel2 < 2 && (1 + 2) < 1 {
                    fuel2 += 1;
                    yield_!(t("t3", [r.clone(), r.clone()].concat()));
                    yield_!(r.clone());
                }
            } else {
                if let Some(n) = opt(&r) && n > 2 {
                    yield_!(format!("{}-{}", r, (if (r).len() % 2 == 0 { n } else { n })));
                    r = t("t4", yield_!([String::from("four"), String::from("hello")].concat()));
                    let e = T("v5");
                } else if e.id() <= 0 {
                    consume(e);
                }
                if (((r.len() as i64) != 0 && !((r.len() as i64) == 4)) && T("k6").id() != 4) {
                    return Ok(Acc::new((match (r.len() as i64) { 0 => 1, n if n > 2 => n + 1, _ => (r.len() as i64) })).add((if 3 < 0 { (r.len() as i64) } else { (r.len() as i64) })).add((match 4 { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => 5 })).get());
                }
            }
            yield_!(r);
            'l7: for w in 0..cap3((match (yield_!(String::from("hello")).len() as i64) { 0 => (if (String::from("x")).len() % 2 == 0 { 5 } else { 4 }), n if n > 3 => n + 1, _ => (P { a: 1, b: String::from("xyz") }).sum() })) {
                let b: String = format!("{}-{}", ([String::from("x"), String::from("xyz")].concat()), w);
                let mut fuel8 = 0;
                'l8: while fuel8 < 1 && (b.is_empty() || (w <= 4 && (String::from("")).len() % 2 == 0)) {
                    fuel8 += 1;
                }
            }
            Ok(f3((yield_!(String::from("ab")).len() as i64), format!("{}-{}", (String::from("hello")), 4), (if 0 <= 5 { 3 } else { 4 })))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p210 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            match opt(&r) {
                Some(n) if n < 3 => {
                    let mut fuel1 = 0;
                    let f = 'l1: loop {
                        fuel1 += 1;
                        if fuel1 > 3 {
                            break 'l1 n;
                        }
                        r = String::from("hello");
                        let (mut c, e) = (T("v2"), (match cap.id() { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => (P { a: T("k3").id(), b: (if n != 3 { r.clone() } else { String::from("four") }) }).sum() }));
                        if (r.len() % 2 == 0 || (r.clone()).is_empty()) {
                            return T("k4").id();
                        }
                    };
                }
                Some(n) => {
                     {
                        let u5: i64;
                        if (keep(T("v7"), 6).take() == 1 || (r.clone()).len() % 2 == 0) {
                            u5 = f3(n, r, 5);
                        } else {
                            u5 = T::id(&cap);
                        }
                        match (f3(T("k8").id(), (if u5 >= 3 { i2s(5) } else { yield_!(String::from("x")) }), T::id(&cap)), yield_!(format!("{}-{}", (String::from("x")), n))) {
                            (0, n) => {
                                yield_!(n.clone());
                            }
                            (_, n) if n.len() > 5 => {
                                let mut f = u5;
                                let b = t("t9", yield_!(n));
                            }
                            (_, n) => {
                                r = n.clone();
                                consume(cap);
                            }
                        }
                        let Some(d) = opt(&(yield_!((if u5 >= 4 { String::from("xyz") } else { String::from("") })))) else {
                            panic!("p10");
                        };
                    }
                    drop(T("v11"));
                }
                None => {
                    let [e, _, _] = [(yield_!(format!("{}-{}", (r.clone()), keep(T("v13"), 12).take())).len() as i64), (yield_!(r.clone()).len() as i64), cap.take()];
                    match ((P { a: (P { a: f3((r.len() as i64), r.clone(), 0), b: yield_!(r) }).sum(), b: yield_!([String::from("ab"), String::from("x")].concat()) }).sum(), yield_!(String::from("four"))) {
                        (0, n) => {
                            let e = t("t14", ((match (n.len() as i64) { 0 => e, n if n > 2 => n + 1, _ => (n.len() as i64) }) + f3(0, n.clone(), 5)));
                        }
                        (_, n) if n.len() > 3 => {
                        }
                        (_, n) => {
                        }
                    }
                }
            }
            keep(T("v16"), 15).take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p211 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 cap.id();
                }
                let a = 'b2: {
                    let c = 'b3: {
                        let [b, _, _] = [keep(T("v5"), 4).take(), (match T("k6").id() { 0 => ((if r.len() % 2 == 0 { T::id(&cap) } else { 3 }) - cap.id()), n if n > 1 => n + 1, _ => (r.len() as i64) }), f3((r.len() as i64), yield_!(t("t7", String::from("hello"))), (yield_!(t("t8", r.clone())).len() as i64))];
                        yield_!([r.clone(), String::from("four")].concat());
                        yield_!(String::from(""));
                        if r.is_empty() {
                            break 'b3 b;
                        }
                        T("k9").id()
                    };
                    if !(r.len() % 2 == 0) {
                        break 'b2 f3((r.len() as i64), t("t10", r.clone()), Acc::new(cap.id()).add(T::id(&cap)).add(c).get());
                    }
                    c
                };
                match keep(T("v12"), 11).take() {
                    0 => {
                        let [e, _, _] = [(match (P { a: (a + 4), b: t("t13", String::from("four")) }).sum() { 0 => T("k14").id(), n if n > 4 => n + 1, _ => keep(T("v16"), 15).take() }), (r.len() as i64), (r.len() as i64)];
                        consume(T("v17"));
                    }
                    n if n > 2 => {
                        let mut d = T("v18");
                        let P { a: b, b: f } = P { a: f3((r.len() as i64), r.clone(), d.id()), b: yield_!(i2s(0)) };
                        let mut c = T("v19");
                    }
                    _ => {
                        yield_!((if (String::from("ab")).is_empty() { format!("{}-{}", r, a) } else { [String::from("xyz"), String::from("")].concat() }));
                        let mut e = Acc::new(1).add(T("k20").id()).add(Acc::new(Acc::new(T::id(&cap)).add(0).add((r.len() as i64)).get()).add(Acc::new(5).add(0).add(4).get()).add((yield_!(r.clone()).len() as i64)).get()).get();
                    }
                }
                'l21: for w in [yield_!(format!("{}-{}", r, a)), r.clone()] {
                    consume(keep(T("v22"), a));
                    drop(keep(T("v23"), a));
                }
            };
            let Some(c) = opt(&r) else {
                return e;
            };
            let mut fuel24 = 0;
            let b = 'l24: loop {
                fuel24 += 1;
                if fuel24 > 3 {
                    break 'l24 T("k25").id();
                }
                let b = 'b26: {
                    let mut fuel27 = 0;
                    let d = 'l27: loop {
                        fuel27 += 1;
                        if fuel27 > 2 {
                            break 'l27 t("t28", Acc::new((r.len() as i64)).add(4).add(T::id(&cap)).get());
                        }
                        r = yield_!(format!("{}-{}", r, Acc::new(cap.id()).add(2).add(c).get()));
                        let c = t("t29", yield_!(format!("{}-{}", (String::from("x")), cap.id())));
                    };
                    if (r.clone()).len() % 2 == 0 {
                        break 'b26 (c - cap.id());
                    }
                    t("t30", t("t31", T::id(&cap)))
                };
            };
            T::id(&cap)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p212 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(a) = opt(&r) else {
                return (r.len() as i64);
            };
            let mut fuel1 = 0;
            let d = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (P { a: (P { a: (r.len() as i64), b: String::from("ab") }).sum(), b: [r.clone(), String::from("hello")].concat() }).sum();
                }
                yield_!(format!("{}-{}", (String::from("ab")), Acc::new(a).add(cap.id()).add(T::id(&cap)).get()));
                consume(T("v2"));
            };
            let mut fuel3 = Vec::from([(r.len() as i64), a]);
            'l3: while let Some(w) = fuel3.pop() {
                if keep(T("v5"), 4).take() > 1 {
                    break 'l3;
                }
                let mut fuel6 = 0;
                'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 2 {
                        break 'l6;
                    }
                    let mut c = T("v7");
                    yield_!(t("t8", (if (String::from("four")).len() % 2 == 0 { r.clone() } else { r.clone() })));
                    if (i2s(4)).len() % 2 == 0 {
                        panic!("p9");
                    }
                }
            }
            let mut fuel10 = Vec::from([cap.id(), (t("t11", T::id(&cap)) + f3(a, r, d))]);
            'l10: while let Some(w) = fuel10.pop() {
                let a = T("v12");
                yield_!([format!("{}-{}", (String::from("xyz")), 4), format!("{}-{}", (String::from("xyz")), 3)].concat());
                let u13: i64;
                if (yield_!(String::from("ab"))).len() % 2 == 0 {
                    u13 = keep(T("v15"), 14).take();
                } else {
                    u13 = w;
                }
                if (((cap.id() >= 5 && (String::from("ab")).len() % 2 == 0) && (4 <= 4 || d <= 2)) || ((String::from("four")).len() % 2 == 0 && ((String::from("")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0))) {
                    panic!("p16");
                }
            }
            if let Some(n) = opt(&(i2s(1))) && n > 0 {
                let u17: i64;
                if ([String::from("four"), String::from("xyz")].concat()).is_empty() {
                    u17 = cap.id();
                } else {
                    u17 = T("k18").id();
                }
            } else if (String::from("four")).len() % 2 == 0 {
                let d = 1;
                let mut fuel19 = Vec::from([Acc::new(4).add(d).add(a).get(), a]);
                'l19: while let Some(w) = fuel19.pop() {
                }
            } else {
            }
            (if (d <= 0 && T::id(&cap) > 1) { (T::id(&cap) * a) } else { (yield_!(String::from("xyz")).len() as i64) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p213 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let u2: i64;
                if r.is_empty() {
                    u2 = opt(&(r.clone()))?;
                } else {
                    u2 = (match T("k3").id() { 0 => (match (r.len() as i64) { 0 => 4, n if n > 0 => n + 1, _ => (r.len() as i64) }), n if n > 0 => n + 1, _ => (match 1 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => T::id(&cap) }) });
                }
                r = i2s(keep(cap, 4).take());
                if r.is_empty() {
                    break 'b1;
                }
            }
            let e = 'b5: {
                if let Some(n) = opt(&(yield_!(t("t6", r.clone())))) && n > 2 {
                    if let Some(n) = opt(&r) {
                        let [f, _, _] = [n, n, opt(&r)?];
                    }
                }
                r = i2s(opt(&(String::from("x")))?);
                'l7: for w in 0..cap3(T("k8").id()) {
                    drop(T("v9"));
                    let c = T("v10");
                    let mut fuel11 = 0;
                    let f = 'l11: loop {
                        fuel11 += 1;
                        if fuel11 > 1 {
                            break 'l11 keep(T("v13"), 12).take();
                        }
                        yield_!(String::from("four"));
                        yield_!(t("t14", r.clone()));
                        let b = T("v15");
                    };
                    let mut c = yield_!(i2s(Acc::new((r.len() as i64)).add(2).add(f).get()));
                }
                if ((r.len() as i64) + 5) > 4 {
                    break 'b5 (if !((r.len() as i64) <= 4) { opt(&(String::from("four")))? } else { (r.len() as i64) });
                }
                3
            };
            yield_!(t("t16", (if e > 3 { r.clone() } else { String::from("xyz") })));
            let f = keep(T("v17"), e);
            'l18: for w in 0..cap3(e) {
            }
            Some((if (T::id(&f) != 3 && f.id() == 1) { ((r.len() as i64) - 3) } else { f.take() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p214 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                if (P { a: (r.len() as i64), b: t("t2", r) }).sum() < 1 {
                    let P { a: a, b: c } = P { a: (match T("k3").id() { 0 => Acc::new(f3(3, String::from("ab"), T::id(&cap))).add(f3(3, String::from("x"), 3)).add(f3(3, String::from("hello"), 1)).get(), n if n > 1 => n + 1, _ => ((match 0 { 0 => cap.id(), n if n > 2 => n + 1, _ => cap.id() }) + f3(T::id(&cap), String::from("xyz"), T::id(&cap))) }), b: (if (((String::from("ab")).len() % 2 == 0 && T::id(&cap) <= 0) && ((String::from("x")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) { String::from("ab") } else { t("t4", format!("{}-{}", (String::from("x")), 1)) }) };
                    let b = cap;
                    let mut d = yield_!(i2s(4));
                } else if (String::from("xyz")).is_empty() {
                    'l5: for w in [[yield_!(String::from("x")), String::from("hello")].concat(), t("t6", String::from("x"))] {
                        let b = keep(T("v7"), ((w.len() as i64) - T::id(&cap)));
                        yield_!(i2s(Acc::new((w.len() as i64)).add(4).add(2).get()));
                    }
                } else if (String::from("hello")).len() % 2 == 0 {
                    let mut fuel8 = 0;
                    'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 3 {
                            break 'l8;
                        }
                        let b: String = yield_!(i2s((match T::id(&cap) { 0 => 5, n if n > 0 => n + 1, _ => T::id(&cap) })));
                        drop(keep(T("v9"), (yield_!((if T::id(&cap) <= 3 { b.clone() } else { String::from("") })).len() as i64)));
                    }
                }
                if keep(T("v11"), 10).take() != 3 {
                    break 'b1;
                }
            }
            'l12: for w in [yield_!(String::from("ab")), (if (String::from("")).len() % 2 == 0 { yield_!(String::from("hello")) } else { yield_!(String::from("")) })] {
                match ((P { a: (P { a: (w.len() as i64), b: yield_!(String::from("four")) }).sum(), b: [t("t13", w.clone()), format!("{}-{}", w, 3)].concat() }).sum(), i2s(keep(T("v15"), 14).take())) {
                    (0, n) => {
                        let (mut a, f) = (T("v16"), keep(T("v18"), 17).take());
                    }
                    (_, n) if n.len() > 0 => {
                    }
                    (_, n) => {
                    }
                }
            }
            2
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p215 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let b = T("v1");
            if !((!((r).len() % 2 == 0) || (3 != 3 || 3 != 4))) {
                panic!("p2");
            }
            if let Some(n) = opt(&(String::from("ab"))) && n > 0 {
                'l3: for w in 0..cap3((cap.id() * f3(n, String::from("ab"), n))) {
                    yield_!(format!("{}-{}", (String::from("x")), f3(w, String::from("ab"), 0)));
                    let a = T("v9");
                }
                let Some(f) = opt(&(t("t10", t("t11", String::from("hello"))))) else {
                    return Ok(n);
                };
            } else if !((T::id(&b) != 3 && 0 != 5)) {
                if (((3 == 0 || b.id() < 4) || (1 == 0 && T::id(&cap) <= 4)) || (!((String::from("x")).len() % 2 == 0) && T::id(&b) >= 3)) {
                    panic!("p12");
                }
                let mut fuel13 = Vec::from([res(&(String::from("ab")))?, keep(b, 14).take()]);
                'l13: while let Some(w) = fuel13.pop() {
                    let mut d: T = keep(T("v15"), keep(keep(T("v17"), T::id(&cap)), 16).take());
                    consume(T("v18"));
                    let b: String = yield_!(format!("{}-{}", (String::from("")), (4 * 4)));
                }
                yield_!((if !(0 <= 5) { String::from("xyz") } else { [String::from("four"), String::from("ab")].concat() }));
            } else {
                consume(T("v19"));
            }
            let a = (if ((String::from("")).is_empty() || T::id(&cap) <= 3) { String::from("x") } else { String::from("four") });
            match opt(&a) {
                Some(n) if n < 3 => {
                    if let Some(n) = opt(&a) {
                        r = [t("t20", (if (a).len() % 2 == 0 { String::from("hello") } else { String::from("") })), t("t21", String::from("x"))].concat();
                    } else if a.is_empty() {
                        r = i2s(T("k22").id());
                    }
                     {
                        let mut fuel23 = 0;
                        let d = 'l23: loop {
                            fuel23 += 1;
                            if fuel23 > 3 {
                                break 'l23 (P { a: keep(T("v25"), 24).take(), b: (if (String::from("hello")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) }).sum();
                            }
                            consume(T("v26"));
                        };
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Err((if (String::from("four")).len() % 2 == 0 { yield_!(String::from("")) } else { [String::from("ab"), String::from("hello")].concat() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p216 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [yield_!((if T::id(&cap) == 1 { r.clone() } else { r.clone() })), (if (r.len() % 2 == 0 && 2 >= 5) { String::from("ab") } else { r })] {
                let mut e: i64 = keep(T("v3"), 2).take();
                'b4: {
                    e = T::id(&cap);
                    let mut d = e;
                    if (((w).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) || e == 0) {
                        break 'b4;
                    }
                }
            }
            drop(keep(T("v5"), (match (if (String::from("xyz")).len() % 2 == 0 { 2 } else { cap.id() }) { 0 => t("t6", 2), n if n > 4 => n + 1, _ => 4 })));
            r = String::from("");
            let mut fuel7 = Vec::from([(P { a: cap.take(), b: yield_!(r.clone()) }).sum(), (res(&r)? - (if 4 != 4 { 1 } else { 1 }))]);
            'l7: while let Some(w) = fuel7.pop() {
                let c = keep(T("v8"), keep(T("v10"), 9).take());
                let mut fuel11 = Vec::from([c.take(), keep(T("v13"), 12).take()]);
                'l11: while let Some(w) = fuel11.pop() {
                    let e = T("v14");
                    r = String::from("ab");
                }
                yield_!(t("t15", i2s(w)));
            }
            r = String::from("x");
            Ok(t("t16", (r.len() as i64)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p217 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(r.clone());
            let d = 'b1: {
                if !(t("t2", (r.len() as i64)) <= 0) {
                    panic!("p3");
                }
                 {
                    let c = T("v4");
                    'l5: for w in [(if !((r.clone()).len() % 2 == 0) { (if (r).len() % 2 == 0 { String::from("hello") } else { String::from("") }) } else { t("t6", r) }), yield_!(t("t7", String::from("ab")))] {
                        let [c, _, _] = [Acc::new((match (match T::id(&c) { 0 => T::id(&cap), n if n > 0 => n + 1, _ => (w.len() as i64) }) { 0 => (if 0 > 0 { (w.len() as i64) } else { 2 }), n if n > 3 => n + 1, _ => T("k8").id() })).add(T("k9").id()).add((yield_!(i2s(T::id(&cap))).len() as i64)).get(), f3((match (c.id() + (w.len() as i64)) { 0 => ((w.len() as i64) - T::id(&cap)), n if n > 2 => n + 1, _ => (match 3 { 0 => (w.len() as i64), n if n > 0 => n + 1, _ => 0 }) }), yield_!(format!("{}-{}", w, T::id(&c))), 5), (match (w.len() as i64) { 0 => (P { a: (match (w.len() as i64) { 0 => (w.len() as i64), n if n > 5 => n + 1, _ => (w.len() as i64) }), b: w.clone() }).sum(), n if n > 2 => n + 1, _ => Acc::new((P { a: 1, b: w }).sum()).add(keep(T("v11"), 10).take()).add(t("t12", T::id(&c))).get() })];
                        yield_!(i2s((match T::id(&cap) { 0 => c, n if n > 0 => n + 1, _ => c })));
                        yield_!(String::from("x"));
                        yield_!(i2s(t("t13", c)));
                    }
                }
                if ((String::from("xyz")).is_empty() && ((String::from("x")).len() % 2 == 0 || 0 < 4)) {
                    break 'b1 T("k14").id();
                }
                f3(T("k15").id(), (if cap.id() >= 4 { String::from("") } else { String::from("x") }), (yield_!(String::from("xyz")).len() as i64))
            };
            yield_!(format!("{}-{}", (String::from("ab")), d));
            'l16: for w in 0..cap3(d) {
                let P { a: b, b: c } = P { a: T("k17").id(), b: i2s(f3((match w { 0 => T::id(&cap), n if n > 2 => n + 1, _ => 3 }), String::from("xyz"), w)) };
                if let Some(n) = opt(&c) && n > 4 {
                    let a: T = T("v18");
                }
            }
             {
                let f = Acc::new((yield_!((if 4 >= 4 { String::from("ab") } else { String::from("hello") })).len() as i64)).add(Acc::new(Acc::new(d).add(T::id(&cap)).add(d).get()).add(d).add(3).get()).add(cap.id()).get();
            }
            if ((if (String::from("ab")).len() % 2 == 0 { d } else { d }) >= 3 && (String::from("hello")).len() % 2 == 0) {
                 {
                }
            } else if (!(d == 5) && d > 5) {
            } else {
            }
            f3(T("k19").id(), t("t20", String::from("")), (if (String::from("xyz")).len() % 2 == 0 { d } else { d }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p218 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([f3(T::id(&cap), format!("{}-{}", r, cap.id()), Acc::new(cap.id()).add((r.len() as i64)).add((r.len() as i64)).get()), (r.len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                let mut f = keep(T("v2"), (P { a: 3, b: i2s(w) }).sum());
                let mut fuel3 = 0;
                let f = 'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 1 {
                        break 'l3 T("k4").id();
                    }
                    let d = keep(T("v5"), w);
                    if w >= 0 {
                        return Some(w);
                    }
                    let (mut c, a) = (keep(keep(T("v6"), (P { a: 1, b: r.clone() }).sum()), t("t7", (r.len() as i64))), w);
                    let mut f = c;
                };
            }
            match T("k8").id() {
                0 => {
                    'l9: for w in [[i2s(T::id(&cap)), (if (r.clone()).len() % 2 == 0 { String::from("") } else { String::from("xyz") })].concat(), format!("{}-{}", (String::from("xyz")), T("k10").id())] {
                        yield_!(String::from("x"));
                    }
                }
                n if n > 5 => {
                }
                _ => {
                }
            }
            Some((if (r.len() as i64) == 3 { t("t11", (r.len() as i64)) } else { f3((r.len() as i64), String::from("x"), T::id(&cap)) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p219 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&(String::from("four"))) {
                let u1: i64;
                if r.is_empty() {
                    u1 = keep(keep(T("v3"), cap.id()), 2).take();
                } else {
                    u1 = n;
                }
                let a: String = r;
                match ((P { a: T::id(&cap), b: yield_!(a) }).sum(), String::from("x")) {
                    (0, n) => {
                        if (n.clone()).is_empty() {
                            panic!("p4");
                        }
                    }
                    (_, n) if n.len() > 1 => {
                        if (String::from("xyz")).len() % 2 == 0 {
                            return None;
                        }
                        let mut c = opt(&(yield_!(String::from(""))))?;
                        let c = T("v5");
                    }
                    (_, n) => {
                        yield_!(n);
                    }
                }
            } else if r.len() % 2 == 0 {
                if ((!(r.len() % 2 == 0) && (r.len() % 2 == 0 && 4 > 3)) && !((r.len() as i64) == 2)) {
                    panic!("p6");
                }
            } else {
                consume(keep(cap, (match (P { a: (r.len() as i64), b: r }).sum() { 0 => (2 + 5), n if n > 2 => n + 1, _ => T("k7").id() })));
            }
            let mut fuel8 = 0;
            let c = 'l8: loop {
                fuel8 += 1;
                if fuel8 > 1 {
                    break 'l8 1;
                }
                yield_!([i2s(3), (if 1 == 1 { String::from("") } else { String::from("four") })].concat());
                let mut e = Acc::new(t("t9", (match 0 { 0 => 1, n if n > 3 => n + 1, _ => 4 }))).add(keep(T("v11"), 10).take()).add(Acc::new((0 * 1)).add(Acc::new(0).add(3).add(3).get()).add(2).get()).get();
                let [c, _, _] = [keep(T("v13"), 12).take(), t("t14", (yield_!(String::from("")).len() as i64)), 3];
            };
            'l15: for w in 0..cap3(keep(T("v17"), 16).take()) {
                let [c, _, _] = [T("k18").id(), (yield_!(format!("{}-{}", (String::from("")), c)).len() as i64), w];
                if let Some(n) = opt(&(yield_!(t("t19", String::from("ab"))))) {
                    let mut c = keep(T("v20"), T("k21").id());
                } else if w >= 5 {
                } else if !((2 > 3 && w == 4)) {
                }
            }
            Some(c)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p220 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match (f3(3, (if !((r.len() as i64) == 2) { [String::from("four"), r.clone()].concat() } else { i2s(T::id(&cap)) }), (T("k1").id() - T("k2").id())), (if (String::from("x")).len() % 2 == 0 { String::from("x") } else { r })) {
                (0, n) => {
                    let Some(b) = opt(&n) else {
                        return Ok(2);
                    };
                    consume(T("v3"));
                }
                (_, n) if n.len() > 1 => {
                    drop(T("v4"));
                    'b5: {
                         {
                            if ((if (n).len() % 2 == 0 { String::from("xyz") } else { String::from("x") })).is_empty() {
                                return Ok(keep(T("v7"), 6).take());
                            }
                        }
                        if ((String::from("ab")).len() % 2 == 0 && (String::from("")).is_empty()) {
                            break 'b5;
                        }
                    }
                }
                (_, n) => {
                }
            }
            yield_!(String::from("end"));
            Ok(keep(keep(T("v9"), T::id(&cap)), 8).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p221 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([(if 3 >= 2 { t("t2", 4) } else { (0 * 1) }), cap.take()]);
            'l1: while let Some(w) = fuel1.pop() {
                yield_!(String::from("four"));
                r = String::from("ab");
            }
            if let Some(n) = opt(&(i2s((if r.len() % 2 == 0 { (r.len() as i64) } else { 5 })))) {
                let mut c = T("v3");
                let u4: i64;
                if (format!("{}-{}", (r), n)).len() % 2 == 0 {
                    u4 = c.take();
                } else {
                    u4 = c.take();
                }
                yield_!(t("t5", [String::from("ab"), String::from("xyz")].concat()));
            } else if r.is_empty() {
                let Some(b) = opt(&r) else {
                    panic!("p6");
                };
                 {
                    let u7: i64;
                    if (t("t8", r.clone())).is_empty() {
                        u7 = 1;
                    } else {
                        u7 = (yield_!([String::from("ab"), String::from("ab")].concat()).len() as i64);
                    }
                    let d = T("v9");
                    if !((((r.len() as i64) != 5 && r.len() % 2 == 0) && r.is_empty())) {
                        panic!("p10");
                    }
                }
            } else {
                let (mut e, b) = (T("v11"), T("k12").id());
                let [d, _, _] = [(match e.take() { 0 => b, n if n > 4 => n + 1, _ => b }), keep(keep(T("v14"), (b + b)), 13).take(), f3(0, yield_!(format!("{}-{}", (r), b)), (yield_!(format!("{}-{}", (String::from("xyz")), b)).len() as i64))];
            }
            if !(!((String::from("hello")).len() % 2 == 0)) {
                return keep(T("v16"), 15).take();
            }
             {
                let Some(a) = opt(&((if 2 > 5 { yield_!(String::from("")) } else { i2s(2) }))) else {
                    return f3(T("k17").id(), yield_!(String::from("")), (P { a: 4, b: String::from("xyz") }).sum());
                };
            }
            ((P { a: 0, b: String::from("hello") }).sum() - f3(3, String::from(""), 4))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p222 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&r) && n > 4 {
                yield_!(format!("{}-{}", (r.clone()), cap.take()));
                if !(r.is_empty()) {
                    panic!("p1");
                }
                if let Some(n) = opt(&(t("t2", yield_!(String::from(""))))) && n > 0 {
                    let c: i64 = (if (r.clone()).len() % 2 == 0 { (P { a: t("t3", (r.len() as i64)), b: t("t4", String::from("four")) }).sum() } else { n });
                    r = yield_!(String::from("hello"));
                }
            } else {
                yield_!(r);
                let b = 'b5: {
                    let [c, _, _] = [2, t("t6", 2), (yield_!([String::from("ab"), (if 3 < 1 { String::from("ab") } else { String::from("xyz") })].concat()).len() as i64)];
                    if (yield_!(String::from(""))).is_empty() {
                        break 'b5 opt(&(String::from("four")))?;
                    }
                    if (String::from("x")).len() % 2 == 0 {
                        break 'b5 (if ((String::from("x")).len() % 2 == 0 || c >= 5) { t("t7", c) } else { opt(&(String::from("")))? });
                    }
                    (if (String::from("hello")).len() % 2 == 0 { (1 + c) } else { cap.id() })
                };
            }
            let mut fuel8 = 0;
            'l8: while fuel8 < 3 && (String::from("four")).len() % 2 == 0 {
                fuel8 += 1;
            }
            Some(t("t9", (if 5 != 5 { 2 } else { 0 })))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p223 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && r.is_empty() {
                fuel1 += 1;
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && (r.len() as i64) < 2 {
                    fuel2 += 1;
                    if !(((r.len() % 2 == 0 || (r.len() as i64) <= 0) && !((r.clone()).len() % 2 == 0))) {
                        return Ok(t("t3", (match 2 { 0 => cap.id(), n if n > 4 => n + 1, _ => cap.id() })));
                    }
                    r = i2s(t("t4", Acc::new(cap.id()).add(T::id(&cap)).add(T::id(&cap)).get()));
                    r = yield_!((if (r.clone()).len() % 2 == 0 { i2s(4) } else { r.clone() }));
                }
                let P { a: d, b: f } = P { a: (r.len() as i64), b: r.clone() };
            }
            'l5: for w in 0..cap3(t("t6", T("k7").id())) {
                let u8: i64;
                if (((r.len() % 2 == 0 && (r.len() as i64) >= 2) && (0 == 4 || r.len() % 2 == 0)) && !((r.len() % 2 == 0 || (r.len() as i64) < 1))) {
                    u8 = w;
                } else {
                    u8 = (P { a: t("t9", w), b: [String::from("xyz"), String::from("x")].concat() }).sum();
                }
                'l10: for w in 0..cap3((if !((r.clone()).len() % 2 == 0) { f3(T::id(&cap), String::from("four"), 0) } else { u8 })) {
                    let mut f = res(&([r.clone(), r.clone()].concat()))?;
                    yield_!((if (f == 5 && (r.clone()).len() % 2 == 0) { i2s(1) } else { r.clone() }));
                }
            }
            Ok(cap.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p224 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let c = 'b1: {
                 {
                    let mut c = i2s(f3(keep(T("v3"), 2).take(), (if (r.len() as i64) > 3 { String::from("xyz") } else { r }), 1));
                    let u4: i64;
                    if ((c.is_empty() && (c.len() as i64) < 0) || ((T::id(&cap) < 5 || (c.clone()).len() % 2 == 0) || (c.len() % 2 == 0 && c.len() % 2 == 0))) {
                        u4 = (match f3((c.len() as i64), c.clone(), (c.len() as i64)) { 0 => cap.take(), n if n > 0 => n + 1, _ => t("t5", (c.len() as i64)) });
                    } else {
                        u4 = cap.take();
                    }
                }
                yield_!(format!("{}-{}", (String::from("x")), keep(T("v7"), 6).take()));
                if let Some(n) = opt(&((if (4 >= 5 && (String::from("xyz")).len() % 2 == 0) { t("t8", String::from("hello")) } else { t("t9", String::from("four")) }))) {
                    if (yield_!(String::from("four"))).is_empty() {
                        let mut f = T("v10");
                        r = i2s(4);
                        let mut d = T("v11");
                    } else if (!((String::from("four")).len() % 2 == 0) && n <= 0) {
                        yield_!(format!("{}-{}", (String::from("ab")), t("t12", n)));
                        let P { a: c, b: b } = P { a: keep(T("v14"), 13).take(), b: (if keep(T("v16"), 15).take() == 5 { String::from("") } else { yield_!(String::from("")) }) };
                        let c = yield_!(String::from(""));
                    } else if (P { a: n, b: String::from("") }).sum() == 5 {
                        let a = T("v17");
                        drop(keep(T("v18"), keep(T("v20"), 19).take()));
                    }
                    'l21: for w in 0..cap3(res(&(String::from("xyz")))?) {
                        yield_!(format!("{}-{}", (String::from("x")), T("k22").id()));
                        let b = f3((if w != 2 { 4 } else { res(&(String::from("four")))? }), t("t23", (if 1 < 2 { String::from("x") } else { String::from("hello") })), (yield_!(String::from("ab")).len() as i64));
                        r = (if keep(T("v25"), 24).take() == 2 { yield_!(i2s(1)) } else { [t("t26", String::from("hello")), format!("{}-{}", (String::from("hello")), w)].concat() });
                    }
                }
                if (String::from("hello")).len() % 2 == 0 {
                    break 'b1 res(&(String::from("four")))?;
                }
                (yield_!([String::from("four"), String::from("")].concat()).len() as i64)
            };
            Ok(t("t27", f3(c, String::from("ab"), c)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p225 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = T("v1");
            yield_!(i2s((P { a: (r.len() as i64), b: String::from("hello") }).sum()));
            r = i2s((if r.is_empty() { keep(T("v3"), 2).take() } else { Acc::new(cap.id()).add(T::id(&c)).add(c.id()).get() }));
            'l4: for w in 0..cap3(f3(Acc::new(T::id(&c)).add(cap.id()).add((r.len() as i64)).get(), format!("{}-{}", (String::from("four")), 3), keep(T("v6"), 5).take())) {
                'b7: {
                    let mut fuel8 = Vec::from([(yield_!(String::from("")).len() as i64), (match (yield_!(String::from("four")).len() as i64) { 0 => keep(T("v10"), 9).take(), n if n > 0 => n + 1, _ => w })]);
                    'l8: while let Some(w) = fuel8.pop() {
                        let b = T("v11");
                        let (mut f, d) = (b, T("k12").id());
                    }
                    r = format!("{}-{}", ((if w >= 4 { String::from("ab") } else { r.clone() })), (P { a: t("t13", w), b: i2s(w) }).sum());
                    drop(keep(T("v14"), (match w { 0 => T("k15").id(), n if n > 2 => n + 1, _ => keep(T("v17"), 16).take() })));
                    if opt(&(r.clone()))? > 4 {
                        break 'b7;
                    }
                }
                'b18: {
                    if let Some(n) = opt(&((if ((r.clone()).len() % 2 == 0 || w > 4) { format!("{}-{}", (String::from("x")), 2) } else { [String::from("four"), r.clone()].concat() }))) && n > 2 {
                        if Acc::new(opt(&r)?).add((r.len() as i64)).add((r.len() as i64)).get() > 4 {
                            break 'b18;
                        }
                        if (yield_!(String::from("ab"))).len() % 2 == 0 {
                            panic!("p19");
                        }
                        let b: String = format!("{}-{}", r, T("k20").id());
                    } else if ((1 != 0 || w < 5) && (r.len() % 2 == 0 || cap.id() > 2)) {
                        let mut d = (match w { 0 => (match T::id(&cap) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => f3((r.len() as i64), String::from("x"), (r.len() as i64)) }), n if n > 3 => n + 1, _ => f3((if r.len() % 2 == 0 { 3 } else { w }), r.clone(), T("k21").id()) });
                        let c = t("t22", r.clone());
                    } else {
                        r = [[[String::from("ab"), String::from("hello")].concat(), [String::from(""), r.clone()].concat()].concat(), String::from("x")].concat();
                    }
                    let Some(a) = opt(&(r.clone())) else {
                        break 'l4;
                    };
                    if (r.is_empty() && r.is_empty()) {
                        break 'b18;
                    }
                }
                if ((r.is_empty() || (String::from("")).len() % 2 == 0) || T("k23").id() <= 2) {
                    panic!("p24");
                }
            }
            let u25: i64;
            if (T("k26").id() + opt(&r)?) != 3 {
                u25 = (P { a: t("t27", cap.id()), b: r.clone() }).sum();
            } else {
                u25 = (yield_!(r.clone()).len() as i64);
            }
            match f3((P { a: u25, b: String::from("hello") }).sum(), r, u25) {
                0 => {
                    if !(!((u25 >= 4 && (String::from("four")).len() % 2 == 0))) {
                        panic!("p28");
                    }
                }
                n if n > 4 => {
                }
                _ => {
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p226 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1;
                }
                let Some(c) = opt(&(yield_!(t("t2", String::from("x"))))) else {
                    continue 'l1;
                };
                let a = T("v3");
                let mut fuel4 = 0;
                'l4: while fuel4 < 3 && (r.len() % 2 == 0 || (T::id(&cap) == 0 && c > 3)) {
                    fuel4 += 1;
                    let c = ((yield_!(i2s(a.id())).len() as i64) + (if (String::from("")).len() % 2 == 0 { f3(T::id(&cap), r.clone(), T::id(&a)) } else { T::id(&cap) }));
                    let d = (yield_!([t("t5", r.clone()), format!("{}-{}", (r.clone()), T::id(&a))].concat()).len() as i64);
                    let mut d = keep(keep(T("v6"), (r.len() as i64)), keep(T("v8"), 7).take());
                    let (mut f, b) = (d, Acc::new((match T::id(&a) { 0 => (P { a: cap.id(), b: String::from("x") }).sum(), n if n > 4 => n + 1, _ => c })).add(c).add(keep(T("v10"), 9).take()).get());
                }
                let mut d = (if (r.clone()).is_empty() { i2s(t("t11", 1)) } else { t("t12", r.clone()) });
            }
            let a = keep(T("v13"), (f3(cap.id(), r.clone(), cap.id()) + (match cap.id() { 0 => cap.id(), n if n > 0 => n + 1, _ => (r.len() as i64) })));
            yield_!(String::from("four"));
            let mut fuel14 = 0;
            let a = 'l14: loop {
                fuel14 += 1;
                if fuel14 > 3 {
                    break 'l14 (match t("t15", (r.len() as i64)) { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => Acc::new(T::id(&cap)).add(T::id(&cap)).add(cap.id()).get() });
                }
                'l16: for w in [yield_!(i2s(T::id(&cap))), r.clone()] {
                    let a = (((P { a: 1, b: w.clone() }).sum() * t("t17", (w.len() as i64))) - t("t18", (yield_!(String::from("hello")).len() as i64)));
                    let P { a: c, b: e } = P { a: (if (0 >= 4 && !(T::id(&cap) >= 1)) { (P { a: t("t19", 4), b: format!("{}-{}", (w), a) }).sum() } else { a }), b: r.clone() };
                    yield_!(e);
                    yield_!(i2s((match (r.len() as i64) { 0 => a, n if n > 3 => n + 1, _ => a })));
                }
            };
            keep(cap, 20).take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p227 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3((r.len() as i64)) {
                let [f, _, _] = [w, keep(keep(T("v3"), T("k4").id()), 2).take(), (if (((r.clone()).len() % 2 == 0 && (r.len() as i64) <= 1) || ((String::from("x")).len() % 2 == 0 || r.len() % 2 == 0)) { (match T("k5").id() { 0 => (if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) }), n if n > 4 => n + 1, _ => (if w > 3 { w } else { (r.len() as i64) }) }) } else { w })];
                let Some(d) = opt(&(yield_!(format!("{}-{}", r, w)))) else {
                    return None;
                };
                if (r.is_empty() || (!((r.clone()).len() % 2 == 0) || f > 1)) {
                    let mut d = t("t6", format!("{}-{}", r, opt(&(String::from("ab")))?));
                    let mut c = (r.len() as i64);
                    yield_!(t("t7", [d, r.clone()].concat()));
                }
                let Some(c) = opt(&(t("t8", (if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })))) else {
                    return Some(d);
                };
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p228 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!([[r, String::from("four")].concat(), t("t1", String::from("ab"))].concat());
            'l2: for w in 0..cap3((P { a: t("t3", 4), b: yield_!(String::from("")) }).sum()) {
                let mut fuel4 = 0;
                'l4: while fuel4 < 1 && ((w == 5 && (String::from("four")).len() % 2 == 0) || !(w == 2)) {
                    fuel4 += 1;
                    let mut e = opt(&(i2s(5)))?;
                    if !(((String::from("x")).is_empty() && (String::from("xyz")).len() % 2 == 0)) {
                        break 'l4;
                    }
                    yield_!(String::from("ab"));
                }
                let mut fuel5 = Vec::from([t("t6", (yield_!(String::from("four")).len() as i64)), ((yield_!(String::from("xyz")).len() as i64) + t("t7", cap.id()))]);
                'l5: while let Some(w) = fuel5.pop() {
                    let mut c = T("v8");
                    c = T("v9");
                    let (mut f, d) = (c, 1);
                    let (mut b, a) = (T("v10"), (match (P { a: w, b: yield_!(String::from("xyz")) }).sum() { 0 => f3(f.take(), t("t11", String::from("xyz")), Acc::new(w).add(5).add(w).get()), n if n > 1 => n + 1, _ => keep(T("v13"), 12).take() }));
                }
                let Some(f) = opt(&(String::from("ab"))) else {
                    return Some(t("t14", w));
                };
            }
            yield_!(t("t15", t("t16", String::from(""))));
             {
                r = format!("{}-{}", (i2s(cap.id())), T("k17").id());
                let Some(e) = opt(&r) else {
                    return Some((match (5 + (r.len() as i64)) { 0 => 2, n if n > 2 => n + 1, _ => 2 }));
                };
                 {
                     {
                    }
                }
            }
            Some(cap.take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p229 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            consume(T("v1"));
            let mut fuel2 = 0;
            'l2: loop {
                fuel2 += 1;
                if fuel2 > 3 {
                    break 'l2;
                }
                let c = 'b3: {
                    yield_!([t("t4", String::from("four")), format!("{}-{}", (r.clone()), (r.len() as i64))].concat());
                    let d = format!("{}-{}", r, t("t5", Acc::new((r.len() as i64)).add(0).add(4).get()));
                    let mut c = (if r.is_empty() { [t("t6", String::from("four")), t("t7", d.clone())].concat() } else { format!("{}-{}", r, T::id(&cap)) });
                    if 2 != 3 {
                        break 'b3 f3(cap.id(), (if cap.id() != 2 { d.clone() } else { r.clone() }), (if T::id(&cap) == 1 { T::id(&cap) } else { cap.id() }));
                    }
                    Acc::new((c.len() as i64)).add((P { a: (d.len() as i64), b: d.clone() }).sum()).add((yield_!(String::from("four")).len() as i64)).get()
                };
                let mut fuel8 = Vec::from([Acc::new(c).add(f3(cap.id(), r.clone(), 4)).add(keep(T("v10"), 9).take()).get(), c]);
                'l8: while let Some(w) = fuel8.pop() {
                    let mut e = T("v11");
                }
            }
            (if (r.len() as i64) < 0 { T::id(&cap) } else { (r.len() as i64) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p230 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([keep(cap, 2).take(), f3(2, i2s(5), f3(4, r.clone(), 2))]);
            'l1: while let Some(w) = fuel1.pop() {
                yield_!(format!("{}-{}", (String::from("hello")), Acc::new(w).add(w).add(w).get()));
                let mut b = t("t3", [[String::from("hello"), String::from("x")].concat(), yield_!(String::from("x"))].concat());
                let [a, _, _] = [opt(&(t("t4", b)))?, (yield_!(String::from("hello")).len() as i64), w];
                if let Some(n) = opt(&r) && n > 5 {
                    yield_!(i2s((3 - (r.len() as i64))));
                }
            }
            let a = 'b5: {
                yield_!(t("t6", (if 2 > 3 { String::from("") } else { r })));
                if let Some(n) = opt(&(t("t7", format!("{}-{}", (String::from("")), 4)))) {
                    let mut e = n;
                    'l8: for w in [(if ((String::from("four")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) { yield_!(String::from("x")) } else { [String::from("ab"), String::from("")].concat() }), t("t9", (if e > 3 { String::from("hello") } else { String::from("x") }))] {
                        yield_!(i2s((P { a: 3, b: w.clone() }).sum()));
                        consume(keep(T("v10"), e));
                        let f = T("v11");
                        let mut c = T("v12");
                    }
                    let Some(f) = opt(&(format!("{}-{}", (String::from("x")), (match 1 { 0 => n, n if n > 2 => n + 1, _ => n })))) else {
                        panic!("p13");
                    };
                } else if (String::from("ab")).is_empty() {
                    let u14: i64;
                    if ((if (String::from("xyz")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })).len() % 2 == 0 {
                        u14 = (P { a: t("t15", 1), b: String::from("xyz") }).sum();
                    } else {
                        u14 = f3(keep(T("v17"), 16).take(), yield_!(String::from("x")), f3(0, String::from("hello"), 0));
                    }
                    let f = T("k18").id();
                    let mut fuel19 = 0;
                    'l19: while fuel19 < 3 && t("t20", f) > 2 {
                        fuel19 += 1;
                        drop(keep(keep(T("v21"), 4), (yield_!(t("t22", String::from("four"))).len() as i64)));
                    }
                } else if ((String::from("")).is_empty() && (1 > 0 && (String::from("ab")).len() % 2 == 0)) {
                }
                if (String::from("")).len() % 2 == 0 {
                    break 'b5 (match Acc::new(4).add(1).add(5).get() { 0 => (match 3 { 0 => 3, n if n > 5 => n + 1, _ => 5 }), n if n > 4 => n + 1, _ => opt(&(String::from("four")))? });
                }
                opt(&(String::from("ab")))?
            };
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p231 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                let mut b = i2s((match t("t2", cap.id()) { 0 => 2, n if n > 3 => n + 1, _ => (match 3 { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => cap.id() }) }));
                if ((r).is_empty() || keep(T("v4"), 3).take() == 0) {
                    return 0;
                }
                let mut fuel5 = 0;
                'l5: while fuel5 < 3 && b.len() % 2 == 0 {
                    fuel5 += 1;
                    let Some(d) = opt(&b) else {
                        panic!("p6");
                    };
                    let Some(d) = opt(&b) else {
                        return (b.len() as i64);
                    };
                }
                if b.is_empty() {
                    break 'b1;
                }
            }
            let Some(f) = opt(&(String::from(""))) else {
                return (P { a: (yield_!(String::from("hello")).len() as i64), b: t("t7", String::from("xyz")) }).sum();
            };
            yield_!(i2s(f));
            if f >= 4 {
                let mut fuel8 = Vec::from([cap.take(), 3]);
                'l8: while let Some(w) = fuel8.pop() {
                    let b: String = i2s(0);
                    consume(T("v9"));
                    let mut c = T("k10").id();
                }
            } else if (P { a: f, b: String::from("ab") }).sum() <= 3 {
                let mut fuel11 = Vec::from([(P { a: (match f { 0 => f, n if n > 1 => n + 1, _ => 5 }), b: [String::from("x"), String::from("four")].concat() }).sum(), T("k12").id()]);
                'l11: while let Some(w) = fuel11.pop() {
                    yield_!(i2s(3));
                    let a = format!("{}-{}", ((if cap.id() >= 3 { String::from("x") } else { String::from("hello") })), cap.id());
                }
            } else {
                match opt(&(yield_!([String::from("four"), String::from("hello")].concat()))) {
                    Some(n) if n < 3 => {
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            T("k13").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p232 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            let b = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 T::id(&cap);
                }
                let Some(f) = opt(&r) else {
                    return (r.len() as i64);
                };
                let f = keep(T("v2"), 0);
                let b = yield_!(t("t3", (if (r.len() as i64) >= 4 { String::from("") } else { String::from("hello") })));
                match opt(&b) {
                    Some(n) if n < 0 => {
                        let mut b = yield_!(format!("{}-{}", r, f3(n, String::from("hello"), n)));
                    }
                    Some(n) => {
                        r = (if !(n == 2) { (if (0 != 0 || r.len() % 2 == 0) { (if n < 5 { b } else { r.clone() }) } else { b.clone() }) } else { i2s((P { a: (b.len() as i64), b: String::from("x") }).sum()) });
                    }
                    None => {
                    }
                }
            };
            (yield_!(i2s(b)).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p233 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&(r.clone())) {
                r = i2s(((match (r.len() as i64) { 0 => n, n if n > 5 => n + 1, _ => n }) + ((r.len() as i64) * (r.len() as i64))));
                match T::id(&cap) {
                    0 => {
                        let mut f = n;
                    }
                    n if n > 3 => {
                        let f = t("t1", String::from("xyz"));
                    }
                    _ => {
                        yield_!(format!("{}-{}", (String::from("four")), (if r.len() % 2 == 0 { n } else { 4 })));
                        let (mut d, b) = (cap, 1);
                    }
                }
                let c = Acc::new(f3(n, String::from("x"), (if n >= 0 { n } else { n }))).add(Acc::new((match n { 0 => n, n if n > 0 => n + 1, _ => n })).add(n).add(5).get()).add(T("k2").id()).get();
            } else if ((4 <= 3 || r.len() % 2 == 0) && (r.len() as i64) >= 5) {
                'l3: for w in [(if (r).len() % 2 == 0 { t("t4", String::from("hello")) } else { yield_!(String::from("")) }), String::from("hello")] {
                    if !(w.is_empty()) {
                        continue 'l3;
                    }
                    yield_!([format!("{}-{}", w, (w.len() as i64)), String::from("hello")].concat());
                    r = t("t5", yield_!((if 5 != 1 { w.clone() } else { String::from("") })));
                    let mut f = r.clone();
                }
            } else {
                match (f3(t("t6", T("k7").id()), yield_!(format!("{}-{}", (r), 5)), keep(T("v9"), 8).take()), (if (!(cap.id() > 5) || ((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0)) { String::from("hello") } else { format!("{}-{}", (String::from("")), T("k10").id()) })) {
                    (0, n) => {
                        drop(keep(keep(T("v11"), T::id(&cap)), t("t12", (yield_!(n.clone()).len() as i64))));
                        let mut a = 4;
                        let f = yield_!(t("t13", (if n.len() % 2 == 0 { n } else { n.clone() })));
                    }
                    (_, n) if n.len() > 2 => {
                    }
                    (_, n) => {
                    }
                }
            }
            f3(f3(3, String::from("xyz"), 2), String::from("four"), f3(5, String::from("ab"), 3))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p234 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            match (keep(T("v2"), 1).take() * (T("k3").id() * (if (String::from("x")).len() % 2 == 0 { cap.id() } else { (r.len() as i64) }))) {
                0 => {
                    yield_!((if (r.len() % 2 == 0 && 1 < 5) { [String::from("x"), r.clone()].concat() } else { (if (r.len() as i64) <= 0 { String::from("hello") } else { r.clone() }) }));
                    drop(T("v4"));
                    let mut d: T = keep(cap, (yield_!(t("t5", r.clone())).len() as i64));
                }
                n if n > 5 => {
                    let [a, _, _] = [n, f3(Acc::new((match 1 { 0 => n, n if n > 3 => n + 1, _ => n })).add(f3(0, String::from(""), n)).add((P { a: (r.len() as i64), b: String::from("xyz") }).sum()).get(), t("t6", i2s((r.len() as i64))), (if r.is_empty() { f3(2, r.clone(), (r.len() as i64)) } else { keep(T("v8"), 7).take() })), t("t9", opt(&(r))?)];
                }
                _ => {
                    let mut fuel10 = Vec::from([t("t11", (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => 4 })), (match ((r.len() as i64) - cap.id()) { 0 => (P { a: (r.len() as i64), b: r }).sum(), n if n > 3 => n + 1, _ => cap.take() })]);
                    'l10: while let Some(w) = fuel10.pop() {
                        r = yield_!(String::from("x"));
                        drop(T("v12"));
                    }
                    let u13: i64;
                    if (i2s(5)).is_empty() {
                        u13 = 3;
                    } else {
                        u13 = f3(opt(&(String::from("x")))?, [String::from("x"), String::from("")].concat(), f3(2, String::from("ab"), 2));
                    }
                }
            }
            r = [yield_!(format!("{}-{}", (String::from("ab")), 3)), String::from("hello")].concat();
            let u14: i64;
            if (match T("k15").id() { 0 => 2, n if n > 4 => n + 1, _ => (P { a: 0, b: r.clone() }).sum() }) > 5 {
                u14 = (opt(&r)? + (r.len() as i64));
            } else {
                u14 = (match (if 4 != 3 { (r.len() as i64) } else { (r.len() as i64) }) { 0 => (1 - 0), n if n > 1 => n + 1, _ => 2 });
            }
            consume(keep(T("v17"), (yield_!(r.clone()).len() as i64)));
            if let Some(n) = opt(&r) {
                'l18: for w in [format!("{}-{}", (String::from("ab")), (r.len() as i64)), format!("{}-{}", (r.clone()), (P { a: n, b: r.clone() }).sum())] {
                }
            } else {
            }
            Some(u14)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p235 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(f3(T("k2").id(), (if T::id(&cap) >= 3 { r.clone() } else { String::from("") }), T::id(&cap))) {
                if r.is_empty() {
                    panic!("p3");
                }
                'l4: for w in 0..cap3((r.len() as i64)) {
                    let mut b = yield_!(t("t5", i2s(0)));
                    let f = i2s((r.len() as i64));
                    let f = r.clone();
                    let mut e = i2s((P { a: (yield_!(b).len() as i64), b: yield_!(String::from("xyz")) }).sum());
                }
            }
            match ((keep(keep(T("v7"), (r.len() as i64)), 6).take() - T("k8").id()), t("t9", [format!("{}-{}", (r), T::id(&cap)), String::from("x")].concat())) {
                (0, n) => {
                    let [c, _, _] = [(if (!((String::from("x")).len() % 2 == 0) && cap.id() != 5) { (P { a: cap.take(), b: yield_!(String::from("xyz")) }).sum() } else { cap.id() }), 1, (yield_!(String::from("ab")).len() as i64)];
                }
                (_, n) if n.len() > 5 => {
                    if let Some(n) = opt(&(yield_!(t("t10", String::from("four"))))) {
                        let mut f = cap;
                        yield_!([(if n != 3 { String::from("") } else { String::from("hello") }), format!("{}-{}", (String::from("")), 3)].concat());
                    } else {
                        let d = format!("{}-{}", n, f3(((n.len() as i64) * T::id(&cap)), format!("{}-{}", n, 0), 2));
                    }
                }
                (_, n) => {
                    let mut fuel11 = 0;
                    let e = 'l11: loop {
                        fuel11 += 1;
                        if fuel11 > 1 {
                            break 'l11 (if !((n.len() as i64) >= 2) { T("k12").id() } else { Acc::new(1).add(2).add((n.len() as i64)).get() });
                        }
                    };
                }
            }
            Acc::new((yield_!(String::from("hello")).len() as i64)).add(keep(T("v14"), 13).take()).add((yield_!(String::from("x")).len() as i64)).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p236 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && (!((r.clone()).len() % 2 == 0) && ((r.clone()).len() % 2 == 0 || T::id(&cap) >= 0)) {
                fuel1 += 1;
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && !(!(3 == 0)) {
                    fuel2 += 1;
                    let mut c = i2s(cap.id());
                    r = format!("{}-{}", ((if c.len() % 2 == 0 { c.clone() } else { r.clone() })), (c.len() as i64));
                    yield_!(t("t3", i2s(4)));
                }
                let Some(c) = opt(&((if r.len() % 2 == 0 { t("t4", String::from("ab")) } else { r.clone() }))) else {
                    return Err(r.clone());
                };
                let mut a = T("v5");
            }
            drop(keep(T("v6"), Acc::new(cap.id()).add(keep(T("v8"), 7).take()).add((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => T::id(&cap) })).get()));
            'l9: for w in 0..cap3((if 2 >= 5 { T("k10").id() } else { f3((r.len() as i64), String::from("hello"), 4) })) {
                'l11: for w in [t("t12", yield_!(r.clone())), yield_!(t("t13", String::from("xyz")))] {
                    let (mut a, c) = (T("v14"), (yield_!(String::from("hello")).len() as i64));
                    let mut e = a.take();
                    r = t("t15", w);
                }
                let a = format!("{}-{}", (t("t16", String::from("four"))), (if !((r.clone()).len() % 2 == 0) { keep(T("v18"), 17).take() } else { 3 }));
                if ((!(w == 2) && 4 != 1) || (a).is_empty()) {
                    if (r.clone()).is_empty() {
                        panic!("p19");
                    }
                    r = r.clone();
                } else {
                }
            }
            Ok(T::id(&cap))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p237 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if r.is_empty() {
                let f = 'b1: {
                    yield_!((if (r.len() as i64) < 0 { i2s(cap.id()) } else { (if cap.id() >= 3 { String::from("hello") } else { String::from("four") }) }));
                    let Some(e) = opt(&r) else {
                        break 'b1 (P { a: cap.id(), b: i2s((r.len() as i64)) }).sum();
                    };
                    if (String::from("hello")).is_empty() {
                        break 'b1 cap.take();
                    }
                    (if (r).is_empty() { e } else { (e + e) })
                };
            }
            'l2: for w in 0..cap3(T("k3").id()) {
                'l4: for w in [[[String::from("four"), String::from("x")].concat(), i2s(4)].concat(), t("t5", i2s(w))] {
                    let mut c = yield_!(String::from("xyz"));
                }
            }
            Ok(f3((match 3 { 0 => 2, n if n > 5 => n + 1, _ => 1 }), t("t6", String::from("")), keep(T("v8"), 7).take()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p238 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let f = keep(keep(cap, T("k1").id()), f3(t("t2", 2), r.clone(), (yield_!(String::from("four")).len() as i64)));
            let u3: i64;
            if keep(T("v5"), 4).take() != 2 {
                u3 = f.id();
            } else {
                u3 = (match t("t6", 2) { 0 => t("t7", f.id()), n if n > 5 => n + 1, _ => (match T::id(&f) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => T::id(&f) }) });
            }
            let mut fuel8 = 0;
            let c = 'l8: loop {
                fuel8 += 1;
                if fuel8 > 3 {
                    break 'l8 t("t9", f.id());
                }
                yield_!(String::from(""));
                yield_!(i2s(T("k10").id()));
                'l11: for w in [format!("{}-{}", r, 5), r.clone()] {
                    let e = Acc::new((yield_!(format!("{}-{}", r, 4)).len() as i64)).add((P { a: (0 - u3), b: w }).sum()).add(f3(Acc::new((r.len() as i64)).add(T::id(&f)).add((r.len() as i64)).get(), i2s(u3), t("t12", u3))).get();
                }
            };
            keep(T("v14"), 13).take()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p239 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(cap);
            yield_!((if (r.len() % 2 == 0 || (r.len() as i64) > 2) { format!("{}-{}", (r.clone()), (r.len() as i64)) } else { r }));
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && (String::from("xyz")).len() % 2 == 0 {
                fuel1 += 1;
                let u2: i64;
                if keep(T("v4"), 3).take() >= 3 {
                    u2 = ((if (String::from("hello")).len() % 2 == 0 { 5 } else { 3 }) - (yield_!(String::from("ab")).len() as i64));
                } else {
                    u2 = Acc::new((yield_!(String::from("")).len() as i64)).add(f3(0, String::from("hello"), 2)).add(5).get();
                }
                let Some(f) = opt(&(yield_!(i2s(u2)))) else {
                    panic!("p5");
                };
            }
            let mut fuel6 = 0;
            'l6: while fuel6 < 1 && !(((String::from("xyz")).len() % 2 == 0 || 2 == 1)) {
                fuel6 += 1;
                yield_!([String::from("xyz"), [String::from(""), String::from("four")].concat()].concat());
                let u7: i64;
                if (format!("{}-{}", (String::from("four")), 5)).len() % 2 == 0 {
                    u7 = t("t8", keep(T("v10"), 9).take());
                } else {
                    u7 = res(&(String::from("hello")))?;
                }
                let Some(e) = opt(&((if (u7 > 3 || (String::from("x")).len() % 2 == 0) { t("t11", String::from("ab")) } else { yield_!(String::from("four")) }))) else {
                    return Err(yield_!((if u7 <= 1 { String::from("xyz") } else { String::from("hello") })));
                };
            }
            let mut fuel12 = Vec::from([(match Acc::new(2).add(0).add(2).get() { 0 => keep(T("v14"), 13).take(), n if n > 2 => n + 1, _ => Acc::new(5).add(5).add(1).get() }), (if 0 <= 3 { (5 - 3) } else { (yield_!(String::from("hello")).len() as i64) })]);
            'l12: while let Some(w) = fuel12.pop() {
                match (yield_!(format!("{}-{}", (String::from("four")), keep(T("v16"), 15).take())).len() as i64) {
                    0 => {
                        yield_!((if (w < 4 && w <= 5) { [String::from(""), String::from("xyz")].concat() } else { String::from("four") }));
                        let a = T("v17");
                    }
                    n if n > 1 => {
                        let mut a = T("v18");
                        let e = T("v19");
                        yield_!([format!("{}-{}", (String::from("hello")), n), [String::from("x"), String::from("")].concat()].concat());
                    }
                    _ => {
                        let e: T = T("v20");
                        drop(T("v21"));
                        yield_!(i2s(T("k22").id()));
                    }
                }
            }
            Ok(res(&(String::from("xyz")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p240 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            consume(T("v1"));
            match opt(&r) {
                Some(n) if n < 0 => {
                    match n {
                        0 => {
                            drop(keep(cap, T("k2").id()));
                        }
                        n if n > 0 => {
                            yield_!((if 3 < 1 { [r.clone(), r].concat() } else { (if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("") }) }));
                            yield_!([t("t3", String::from("xyz")), (if (String::from("")).len() % 2 == 0 { String::from("hello") } else { String::from("x") })].concat());
                        }
                        _ => {
                            consume(T("v4"));
                            drop(cap);
                        }
                    }
                    let c = T("v5");
                }
                Some(n) => {
                    drop(cap);
                }
                None => {
                    'l6: for w in 0..cap3(cap.id()) {
                        let c = f3(Acc::new(T::id(&cap)).add((yield_!(String::from("ab")).len() as i64)).add((w + w)).get(), String::from("xyz"), 5);
                        let [e, _, _] = [keep(T("v8"), 7).take(), (match c { 0 => Acc::new(0).add(Acc::new(c).add(T::id(&cap)).add(cap.id()).get()).add(T("k9").id()).get(), n if n > 4 => n + 1, _ => (match c { 0 => f3(c, String::from("ab"), (r.len() as i64)), n if n > 1 => n + 1, _ => 5 }) }), (r.len() as i64)];
                    }
                }
            }
            0
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p241 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(a) = opt(&(String::from("ab"))) else {
                panic!("p1");
            };
            'b2: {
                let u3: i64;
                if ((r.len() % 2 == 0 && !((String::from("x")).len() % 2 == 0)) || (((r.clone()).len() % 2 == 0 && r.len() % 2 == 0) && !((r.clone()).len() % 2 == 0))) {
                    u3 = 5;
                } else {
                    u3 = T::id(&cap);
                }
                if !(((r.len() as i64) >= 3 && T::id(&cap) == 1)) {
                    break 'b2;
                }
            }
            if ([String::from("x"), r].concat()).len() % 2 == 0 {
                panic!("p4");
            }
            let [c, _, _] = [cap.id(), a, (a * (yield_!(i2s(a)).len() as i64))];
            'l5: for w in 0..cap3(T("k6").id()) {
                'l7: for w in 0..cap3(f3((5 + 1), format!("{}-{}", (String::from("")), c), Acc::new(a).add(w).add(w).get())) {
                    r = format!("{}-{}", (String::from("hello")), (t("t8", T::id(&cap)) - (match 5 { 0 => 1, n if n > 3 => n + 1, _ => w })));
                    drop(T("v9"));
                    r = t("t10", String::from("x"));
                }
                let mut a: i64 = w;
            }
            let a = keep(T("v11"), (match cap.id() { 0 => Acc::new(cap.id()).add(cap.id()).add(1).get(), n if n > 3 => n + 1, _ => (P { a: cap.id(), b: String::from("hello") }).sum() }));
            match opt(&(yield_!((if 3 > 0 { String::from("four") } else { String::from("x") })))) {
                Some(n) if n < 2 => {
                    let mut fuel12 = Vec::from([((match 4 { 0 => n, n if n > 3 => n + 1, _ => 1 }) + cap.take()), 1]);
                    'l12: while let Some(w) = fuel12.pop() {
                        yield_!(i2s((if (String::from("four")).len() % 2 == 0 { n } else { n })));
                        let e = T("v13");
                        let [f, _, _] = [f3(e.take(), String::from(""), T::id(&a)), Acc::new((yield_!([String::from("hello"), String::from("four")].concat()).len() as i64)).add(keep(T("v15"), 14).take()).add(c).get(), (yield_!(i2s(c)).len() as i64)];
                        r = (if (String::from("xyz")).len() % 2 == 0 { String::from("ab") } else { t("t16", yield_!(String::from("ab"))) });
                    }
                    'b17: {
                        let u18: i64;
                        if !(((String::from("")).len() % 2 == 0 || a.id() < 2)) {
                            u18 = t("t19", (yield_!(String::from("x")).len() as i64));
                        } else {
                            u18 = ((P { a: n, b: String::from("") }).sum() + n);
                        }
                        if (String::from("xyz")).len() % 2 == 0 {
                            break 'b17;
                        }
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Some(keep(a, 20).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p242 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            yield_!(format!("{}-{}", (r), cap.take()));
            let [b, _, _] = [Acc::new((if (String::from("ab")).is_empty() { keep(T("v3"), 2).take() } else { f3(5, String::from("x"), 5) })).add(res(&(String::from("hello")))?).add((yield_!((if (String::from("four")).len() % 2 == 0 { String::from("ab") } else { String::from("four") })).len() as i64)).get(), Acc::new(res(&(String::from("ab")))?).add(t("t4", (match 3 { 0 => 3, n if n > 1 => n + 1, _ => 2 }))).add((if ((String::from("")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) { (yield_!(String::from("")).len() as i64) } else { keep(T("v6"), 5).take() })).get(), res(&((if 3 <= 5 { String::from("ab") } else { String::from("x") })))?];
            let u7: i64;
            if (!(!((String::from("ab")).len() % 2 == 0)) || (String::from("")).is_empty()) {
                u7 = (match keep(T("v9"), 8).take() { 0 => Acc::new(b).add(b).add(4).get(), n if n > 1 => n + 1, _ => T("k10").id() });
            } else {
                u7 = T("k11").id();
            }
            yield_!(i2s(4));
            let mut e = (u7 * keep(T("v13"), 12).take());
            yield_!(format!("{}-{}", (String::from("hello")), (if e < 0 { b } else { u7 })));
            yield_!(t("t14", i2s(u7)));
            let mut fuel15 = 0;
            'l15: loop {
                fuel15 += 1;
                if fuel15 > 1 {
                    break 'l15;
                }
                consume(T("v16"));
                if let Some(n) = opt(&(t("t17", String::from("hello")))) {
                    let P { a: c, b: e } = P { a: (P { a: (if (e < 2 || u7 < 1) { (yield_!(String::from("xyz")).len() as i64) } else { u7 }), b: yield_!(i2s(4)) }).sum(), b: (if !(!((String::from("xyz")).len() % 2 == 0)) { t("t18", format!("{}-{}", (String::from("hello")), n)) } else { yield_!(String::from("xyz")) }) };
                } else {
                    drop(T("v19"));
                }
                yield_!((if ((String::from("xyz")).len() % 2 == 0 || b > 1) { String::from("xyz") } else { [String::from(""), String::from("x")].concat() }));
                if let Some(n) = opt(&(yield_!([String::from("hello"), String::from("hello")].concat()))) {
                    if (i2s(4)).is_empty() {
                        return Err(t("t20", format!("{}-{}", (String::from("x")), u7)));
                    }
                }
            }
            Ok((yield_!(i2s(5)).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p243 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = Vec::from([(P { a: T("k2").id(), b: [String::from("xyz"), r].concat() }).sum(), f3((cap.id() + cap.id()), String::from("xyz"), 1)]);
            'l1: while let Some(w) = fuel1.pop() {
                let u3: i64;
                if ((String::from("xyz")).is_empty() && 4 != 4) {
                    u3 = w;
                } else {
                    u3 = (P { a: T("k4").id(), b: t("t5", String::from("hello")) }).sum();
                }
                let mut a = yield_!(String::from(""));
            }
            if (t("t6", String::from("x"))).len() % 2 == 0 {
                panic!("p7");
            }
            let mut d = t("t8", T::id(&cap));
             {
                let Some(a) = opt(&((if ((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { (if d > 2 { String::from("hello") } else { String::from("four") }) } else { (if d <= 4 { String::from("") } else { String::from("hello") }) }))) else {
                    return Err([i2s(d), String::from("ab")].concat());
                };
                yield_!(t("t9", [String::from("hello"), String::from("four")].concat()));
                let Some(e) = opt(&(yield_!(i2s(0)))) else {
                    panic!("p10");
                };
            }
            let mut fuel11 = 0;
            'l11: while fuel11 < 1 && !((String::from("four")).is_empty()) {
                fuel11 += 1;
                'l12: for w in [i2s((match d { 0 => d, n if n > 1 => n + 1, _ => 4 })), (if (String::from("four")).is_empty() { format!("{}-{}", (String::from("")), d) } else { [String::from("xyz"), String::from("xyz")].concat() })] {
                    yield_!(String::from(""));
                    let (mut b, d) = (T("v16"), (w.len() as i64));
                    yield_!(format!("{}-{}", (String::from("four")), keep(T("v18"), 17).take()));
                }
                let mut e = d;
            }
            Ok((yield_!(i2s(cap.id())).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p244 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            drop(T("v1"));
            r = yield_!(String::from("four"));
             {
                drop(T("v2"));
                let mut fuel3 = 0;
                'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 2 {
                        break 'l3;
                    }
                    let Some(a) = opt(&r) else {
                        panic!("p4");
                    };
                    let e = T("v5");
                }
                if let Some(n) = opt(&(r.clone())) && n > 5 {
                    yield_!(r);
                    let mut fuel6 = 0;
                    let c = 'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 2 {
                            break 'l6 f3(Acc::new(cap.id()).add(n).add(n).get(), format!("{}-{}", (String::from("ab")), n), cap.id());
                        }
                    };
                }
            }
            t("t7", (cap.id() + T::id(&cap)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p245 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in [i2s((r.len() as i64)), (if (2 > 2 || (r.len() as i64) > 0) { yield_!(r.clone()) } else { i2s(cap.id()) })] {
                'b2: {
                    let mut fuel3 = Vec::from([(if (w.len() as i64) == 0 { (yield_!(String::from("xyz")).len() as i64) } else { (P { a: cap.id(), b: w }).sum() }), (if !((r.len() as i64) < 3) { ((r.len() as i64) * 0) } else { 1 })]);
                    'l3: while let Some(w) = fuel3.pop() {
                        r = (if ((w == 5 && r.len() % 2 == 0) || T::id(&cap) != 4) { i2s(cap.id()) } else { yield_!(String::from("x")) });
                        let P { a: a, b: c } = P { a: t("t4", (w - w)), b: yield_!(format!("{}-{}", r, keep(T("v6"), 5).take())) };
                        r = yield_!(t("t7", format!("{}-{}", r, a)));
                    }
                    'b8: {
                        consume(T("v9"));
                        yield_!(i2s(Acc::new((r.len() as i64)).add(cap.id()).add(5).get()));
                        r = yield_!(String::from("xyz"));
                        if (r.clone()).len() % 2 == 0 {
                            break 'b8;
                        }
                    }
                    if !(!(T::id(&cap) <= 1)) {
                        break 'b2;
                    }
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p246 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                yield_!(String::from("xyz"));
                if (r.is_empty() && r.len() % 2 == 0) {
                    break 'b1;
                }
            }
            let mut e = t("t2", format!("{}-{}", (r.clone()), keep(T("v4"), 3).take()));
            e = yield_!([t("t5", e), format!("{}-{}", (String::from("ab")), 5)].concat());
            let Some(a) = opt(&e) else {
                return 0;
            };
            let u6: i64;
            if e.is_empty() {
                u6 = t("t7", (4 * T::id(&cap)));
            } else {
                u6 = T::id(&cap);
            }
            r = [String::from("four"), String::from("")].concat();
            let P { a: a, b: d } = P { a: cap.take(), b: yield_!(format!("{}-{}", (r.clone()), Acc::new((e.len() as i64)).add(u6).add(u6).get())) };
            let mut f = ((if ((r.len() as i64) >= 5 || u6 <= 5) { (a + (d.len() as i64)) } else { a }) * (2 + u6));
            match (Acc::new((if !((e.clone()).len() % 2 == 0) { (e.len() as i64) } else { 1 })).add((if (d).len() % 2 == 0 { t("t8", (r.len() as i64)) } else { (if (e.len() as i64) <= 3 { f } else { (r.len() as i64) }) })).add((match Acc::new(u6).add(u6).add(a).get() { 0 => a, n if n > 3 => n + 1, _ => f3(a, r, f) })).get(), String::from("ab")) {
                (0, n) => {
                    match Acc::new((P { a: ((e.len() as i64) - a), b: n.clone() }).sum()).add(a).add(T("k9").id()).get() {
                        0 => {
                            let mut e = (match u6 { 0 => f3(f3((n.len() as i64), n, (e.len() as i64)), format!("{}-{}", (String::from("xyz")), 3), u6), n if n > 1 => n + 1, _ => u6 });
                            consume(T("v10"));
                            if ([String::from("xyz"), String::from("")].concat()).len() % 2 == 0 {
                                panic!("p11");
                            }
                        }
                        n if n > 2 => {
                            e = [i2s((if e.len() % 2 == 0 { f } else { (e.len() as i64) })), String::from("xyz")].concat();
                        }
                        _ => {
                            yield_!(e);
                        }
                    }
                }
                (_, n) if n.len() > 1 => {
                    if (i2s(u6)).len() % 2 == 0 {
                        panic!("p12");
                    }
                    f += 2;
                    match keep(keep(T("v14"), Acc::new((n.len() as i64)).add((e.len() as i64)).add(3).get()), 13).take() {
                        0 => {
                        }
                        n if n > 5 => {
                        }
                        _ => {
                        }
                    }
                }
                (_, n) => {
                }
            }
            Acc::new(f3(5, String::from("four"), u6)).add(0).add((P { a: f, b: String::from("x") }).sum()).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p247 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([(if (r.len() % 2 == 0 && T::id(&cap) >= 5) { (r.len() as i64) } else { t("t2", 3) }), (P { a: 5, b: r.clone() }).sum()]);
            'l1: while let Some(w) = fuel1.pop() {
                consume(keep(T("v3"), Acc::new((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => w })).add(opt(&(r.clone()))?).add((if (String::from("x")).len() % 2 == 0 { 1 } else { 5 })).get()));
                let (mut b, e) = (keep(T("v4"), (match opt(&r)? { 0 => 3, n if n > 1 => n + 1, _ => (if (r.clone()).len() % 2 == 0 { w } else { cap.id() }) })), cap.id());
                'b5: {
                    yield_!(format!("{}-{}", (r.clone()), f3(cap.id(), String::from(""), e)));
                    if ((r.len() % 2 == 0 || (r.len() as i64) < 0) && (String::from("ab")).is_empty()) {
                        break 'b5;
                    }
                }
            }
            let u6: i64;
            if (yield_!(r.clone())).len() % 2 == 0 {
                u6 = cap.take();
            } else {
                u6 = ((yield_!(r.clone()).len() as i64) + (match 2 { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => (r.len() as i64) }));
            }
            let mut fuel7 = Vec::from([f3(keep(T("v9"), 8).take(), t("t10", r), 0), Acc::new((P { a: u6, b: String::from("") }).sum()).add(u6).add(0).get()]);
            'l7: while let Some(w) = fuel7.pop() {
                yield_!([String::from(""), t("t11", String::from("hello"))].concat());
                if !((String::from("ab")).is_empty()) {
                } else if ((String::from("xyz")).len() % 2 == 0 && (2 < 1 && w <= 4)) {
                    let e = String::from("");
                    let mut e = e.clone();
                } else {
                    let mut f = format!("{}-{}", ([String::from("xyz"), String::from("four")].concat()), (if (1 != 0 && w >= 2) { Acc::new(u6).add(0).add(5).get() } else { (P { a: u6, b: String::from("x") }).sum() }));
                    consume(T("v13"));
                    if f.len() % 2 == 0 {
                        return Some((if f.is_empty() { (P { a: w, b: f }).sum() } else { opt(&f)? }));
                    }
                }
                yield_!(t("t14", i2s(1)));
            }
            yield_!([format!("{}-{}", (String::from("ab")), u6), (if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("x") })].concat());
            let mut fuel15 = Vec::from([((match u6 { 0 => u6, n if n > 2 => n + 1, _ => u6 }) + (u6 * 2)), opt(&(String::from("four")))?]);
            'l15: while let Some(w) = fuel15.pop() {
                let mut d = keep(keep(T("v16"), keep(T("v18"), 17).take()), Acc::new(f3(u6, String::from("hello"), u6)).add(T("k19").id()).add(keep(T("v21"), 20).take()).get());
                'l22: for w in 0..cap3(keep(T("v24"), 23).take()) {
                    d = keep(T("v25"), w);
                    yield_!(format!("{}-{}", (String::from("four")), 0));
                }
            }
            Some(keep(T("v27"), 26).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p248 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [t("t2", yield_!(String::from("xyz"))), r] {
                let mut fuel3 = Vec::from([Acc::new(f3((w.len() as i64), w.clone(), 0)).add(T("k4").id()).add((match T::id(&cap) { 0 => 1, n if n > 0 => n + 1, _ => (w.len() as i64) })).get(), (if 4 < 4 { f3((w.len() as i64), w, 5) } else { (match T::id(&cap) { 0 => 3, n if n > 2 => n + 1, _ => (w.len() as i64) }) })]);
                'l3: while let Some(w) = fuel3.pop() {
                    consume(T("v5"));
                    let f = T("k6").id();
                }
                drop(T("v7"));
                if (yield_!(String::from("ab"))).len() % 2 == 0 {
                    panic!("p8");
                }
                match opt(&(t("t9", i2s(3)))) {
                    Some(n) if n < 0 => {
                        let a = (if (String::from("four")).is_empty() { String::from("ab") } else { (if (n != 1 || cap.id() > 2) { i2s(n) } else { yield_!(String::from("four")) }) });
                        drop(keep(T("v10"), cap.id()));
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            Ok((t("t11", cap.id()) * (yield_!(String::from("hello")).len() as i64)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p249 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            consume(T("v1"));
            let mut e = (yield_!(format!("{}-{}", r, cap.take())).len() as i64);
            let [f, _, _] = [(t("t2", (r.len() as i64)) + T("k3").id()), (yield_!(r).len() as i64), (match (yield_!(t("t4", String::from(""))).len() as i64) { 0 => T("k5").id(), n if n > 1 => n + 1, _ => T("k6").id() })];
            match (e, yield_!(i2s(f))) {
                (0, n) => {
                    let a = (match ((yield_!(String::from("hello")).len() as i64) + e) { 0 => (Acc::new((n.len() as i64)).add(e).add((n.len() as i64)).get() + T("k7").id()), n if n > 4 => n + 1, _ => f });
                    yield_!([n, t("t8", String::from(""))].concat());
                }
                (_, n) if n.len() > 2 => {
                    'l9: for w in [i2s((P { a: f, b: String::from("xyz") }).sum()), n.clone()] {
                        let P { a: a, b: f } = P { a: e, b: w };
                        let d = [String::from(""), yield_!([f, n.clone()].concat())].concat();
                        let f = T("v10");
                    }
                    let mut fuel11 = Vec::from([t("t12", (P { a: e, b: n.clone() }).sum()), res(&(String::from("")))?]);
                    'l11: while let Some(w) = fuel11.pop() {
                        yield_!(String::from("x"));
                        let b = (if (n.is_empty() && ((n.clone()).len() % 2 == 0 || (n.clone()).len() % 2 == 0)) { [yield_!(String::from("hello")), yield_!(n.clone())].concat() } else { i2s(e) });
                        let [e, _, _] = [(P { a: t("t13", res(&(n.clone()))?), b: t("t14", t("t15", String::from("xyz"))) }).sum(), e, (b.len() as i64)];
                    }
                }
                (_, n) => {
                }
            }
            Err(String::from("ab"))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p250 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = 'b1: {
                let u2: i64;
                if (!((r.len() % 2 == 0 && (r).len() % 2 == 0)) && ((String::from("four")).is_empty() || (cap.id() <= 1 || (String::from("ab")).len() % 2 == 0))) {
                    u2 = cap.take();
                } else {
                    u2 = ((match cap.id() { 0 => T::id(&cap), n if n > 0 => n + 1, _ => 3 }) + T("k3").id());
                }
                if !(((String::from("x")).len() % 2 == 0 && u2 >= 2)) {
                    break 'b1 u2;
                }
                u2
            };
            let Some(d) = opt(&(yield_!(i2s(5)))) else {
                return Ok((P { a: d, b: [String::from("x"), String::from("xyz")].concat() }).sum());
            };
            r = yield_!(t("t4", (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("four") })));
            if let Some(n) = opt(&r) {
                let mut fuel5 = Vec::from([1, (if ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0) { f3(d, r, d) } else { res(&r)? })]);
                'l5: while let Some(w) = fuel5.pop() {
                    let b = d;
                    r = format!("{}-{}", ([String::from("x"), String::from("xyz")].concat()), T("k6").id());
                }
                let d = ((match f3(4, String::from("hello"), d) { 0 => keep(T("v8"), 7).take(), n if n > 0 => n + 1, _ => (match n { 0 => n, n if n > 0 => n + 1, _ => 4 }) }) + Acc::new((yield_!(String::from("hello")).len() as i64)).add((if 3 <= 1 { 4 } else { d })).add(4).get());
                let mut fuel9 = 0;
                'l9: while fuel9 < 2 && (((String::from("ab")).len() % 2 == 0 && n < 5) && ((String::from("ab")).len() % 2 == 0 || n < 3)) {
                    fuel9 += 1;
                    yield_!(String::from("x"));
                    r = yield_!((if (d >= 1 || n != 1) { format!("{}-{}", (String::from("")), 5) } else { (if 0 > 2 { String::from("x") } else { String::from("four") }) }));
                }
            } else if r.len() % 2 == 0 {
                if (!(!((r.clone()).len() % 2 == 0)) && r.len() % 2 == 0) {
                    r = format!("{}-{}", ([String::from(""), String::from("xyz")].concat()), (3 * (d - d)));
                    let mut b = (keep(keep(T("v11"), d), 10).take() + (if r.is_empty() { (if (r.len() as i64) < 0 { d } else { (r.len() as i64) }) } else { 4 }));
                } else if (r).is_empty() {
                    yield_!([(if (String::from("hello")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") }), (if (String::from("x")).len() % 2 == 0 { String::from("x") } else { String::from("") })].concat());
                } else if (String::from("ab")).is_empty() {
                    let f: i64 = (yield_!((if ((String::from("four")).len() % 2 == 0 && d != 5) { [String::from("hello"), String::from("x")].concat() } else { String::from("ab") })).len() as i64);
                    r = String::from("ab");
                    r = t("t12", r.clone());
                }
            } else if ((r.len() as i64) != 1 && (r.clone()).is_empty()) {
                if (String::from("x")).len() % 2 == 0 {
                    return Ok((P { a: d, b: String::from("x") }).sum());
                }
            }
            Ok((if (d >= 5 || (String::from("hello")).len() % 2 == 0) { Acc::new(d).add(4).add(d).get() } else { (yield_!(String::from("x")).len() as i64) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p251 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            drop(T("v1"));
            let mut f = String::from("xyz");
            let mut fuel2 = Vec::from([(P { a: ((f.len() as i64) - 5), b: String::from("ab") }).sum(), T("k3").id()]);
            'l2: while let Some(w) = fuel2.pop() {
                r = format!("{}-{}", f, w);
                if let Some(n) = opt(&([yield_!(f.clone()), i2s(w)].concat())) {
                    let (mut e, d) = (T("v4"), T::id(&cap));
                    let a = f.clone();
                } else if ((f.len() % 2 == 0 || 1 < 2) && (String::from("xyz")).len() % 2 == 0) {
                    let a: i64 = w;
                    let P { a: b, b: e } = P { a: f3((P { a: cap.id(), b: yield_!(f.clone()) }).sum(), i2s((if 4 > 3 { T::id(&cap) } else { cap.id() })), (r.len() as i64)), b: i2s(T("k5").id()) };
                } else if (String::from("four")).len() % 2 == 0 {
                    yield_!(t("t6", (if (f.clone()).len() % 2 == 0 { r.clone() } else { String::from("") })));
                }
            }
            consume(T("v7"));
             {
                'l8: for w in [r, yield_!([f.clone(), f.clone()].concat())] {
                    let mut fuel9 = 0;
                    'l9: while fuel9 < 1 && !(w.is_empty()) {
                        fuel9 += 1;
                        yield_!(String::from("x"));
                        r = yield_!(String::from("ab"));
                        f = t("t10", i2s((w.len() as i64)));
                    }
                    yield_!(format!("{}-{}", (w), keep(T("v12"), 11).take()));
                }
                let mut fuel13 = 0;
                'l13: while fuel13 < 1 && ((f.clone()).is_empty() || (f.len() as i64) != 1) {
                    fuel13 += 1;
                    if (i2s(cap.id())).is_empty() {
                        panic!("p14");
                    }
                }
            }
            (if !(f.len() % 2 == 0) { (if 4 <= 5 { cap.id() } else { 3 }) } else { Acc::new((f.len() as i64)).add(T::id(&cap)).add(0).get() })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p252 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&(String::from(""))) && n > 0 {
                let mut f: T = T("v3");
                yield_!((if cap.id() > 1 { r } else { i2s(0) }));
                let mut fuel4 = 0;
                'l4: while fuel4 < 1 && n > 0 {
                    fuel4 += 1;
                    if (yield_!(String::from("four"))).is_empty() {
                        return ((P { a: 2, b: String::from("xyz") }).sum() + n);
                    }
                    let mut e = T("v5");
                    let b = t("t6", i2s(keep(T("v8"), 7).take()));
                    let d = i2s(((match 3 { 0 => n, n if n > 3 => n + 1, _ => n }) * Acc::new(n).add(n).add(2).get()));
                }
            } else if keep(T("v2"), 1).take() == 5 {
                if ((((r.len() as i64) < 2 && (r.clone()).len() % 2 == 0) || T::id(&cap) < 4) || (String::from("xyz")).is_empty()) {
                    panic!("p9");
                }
                let mut fuel10 = 0;
                'l10: while fuel10 < 1 && (yield_!(r.clone()).len() as i64) > 5 {
                    fuel10 += 1;
                    yield_!(i2s(keep(T("v12"), 11).take()));
                    consume(keep(T("v13"), (match keep(T("v15"), 14).take() { 0 => (P { a: 5, b: r.clone() }).sum(), n if n > 2 => n + 1, _ => Acc::new(4).add(3).add(3).get() })));
                }
                let mut fuel16 = Vec::from([(yield_!([String::from("xyz"), r].concat()).len() as i64), 5]);
                'l16: while let Some(w) = fuel16.pop() {
                    let a = format!("{}-{}", ((if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("xyz") })), w);
                    r = yield_!(String::from("hello"));
                }
            } else if (String::from("ab")).is_empty() {
            }
            (match cap.id() { 0 => f3(cap.id(), String::from("ab"), T::id(&cap)), n if n > 0 => n + 1, _ => (4 - T::id(&cap)) })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p253 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            drop(T("v1"));
            let mut e = r.clone();
            yield_!(t("t2", r));
            let (mut d, c) = (T("v3"), f3(T("k4").id(), format!("{}-{}", (String::from("ab")), cap.id()), (yield_!(e).len() as i64)));
             {
                'l5: for w in 0..cap3(T::id(&cap)) {
                    e = t("t6", t("t7", yield_!(String::from("ab"))));
                    yield_!(String::from("ab"));
                    'l8: for w in 0..cap3((match (e.len() as i64) { 0 => (P { a: c, b: String::from("x") }).sum(), n if n > 2 => n + 1, _ => 1 })) {
                        let P { a: f, b: a } = P { a: (match (match (match w { 0 => c, n if n > 2 => n + 1, _ => c }) { 0 => w, n if n > 4 => n + 1, _ => ((e.len() as i64) - d.id()) }) { 0 => T::id(&d), n if n > 5 => n + 1, _ => 3 }), b: [(if e.len() % 2 == 0 { yield_!(String::from("hello")) } else { i2s(5) }), format!("{}-{}", e, T::id(&d))].concat() };
                        let d = keep(T("v9"), (w * T("k10").id()));
                        yield_!(i2s(f));
                        yield_!(a.clone());
                    }
                    let b = f3(5, String::from("xyz"), c);
                }
            }
            T::id(&cap)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p254 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3(cap.id()) {
                let mut a = keep(T("v3"), 2).take();
                r = t("t4", [format!("{}-{}", (String::from("four")), (r.len() as i64)), String::from("")].concat());
            }
            let mut fuel5 = 0;
            'l5: while fuel5 < 1 && 0 < 5 {
                fuel5 += 1;
                consume(T("v6"));
                let Some(d) = opt(&(r.clone())) else {
                    continue 'l5;
                };
                let mut fuel7 = 0;
                'l7: while fuel7 < 1 && (String::from("")).is_empty() {
                    fuel7 += 1;
                    yield_!((if cap.id() >= 1 { String::from("") } else { format!("{}-{}", r, d) }));
                    drop(T("v8"));
                    let P { a: f, b: e } = P { a: 1, b: yield_!(String::from("xyz")) };
                }
                let u9: i64;
                if (yield_!(format!("{}-{}", (String::from("")), d)).len() as i64) > 2 {
                    u9 = T("k10").id();
                } else {
                    u9 = T::id(&cap);
                }
            }
            yield_!(String::from("xyz"));
            r = t("t11", (if (String::from("xyz")).len() % 2 == 0 { r } else { [r, String::from("hello")].concat() }));
            match opt(&r) {
                Some(n) if n < 5 => {
                }
                Some(n) => {
                }
                None => {
                }
            }
            Some((yield_!([r, String::from("")].concat()).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p255 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(b) = opt(&r) else {
                return t("t1", (r.len() as i64));
            };
            if (format!("{}-{}", r, T::id(&cap))).is_empty() {
                return (match 0 { 0 => T::id(&cap), n if n > 0 => n + 1, _ => (b * b) });
            }
            let e = yield_!(String::from("ab"));
            let e: String = r.clone();
            let mut fuel2 = 0;
            'l2: loop {
                fuel2 += 1;
                if fuel2 > 1 {
                    break 'l2;
                }
                let [d, _, _] = [0, T("k3").id(), (e.len() as i64)];
                let mut fuel4 = Vec::from([(match (match b { 0 => b, n if n > 2 => n + 1, _ => 2 }) { 0 => 5, n if n > 3 => n + 1, _ => (e.len() as i64) }), T("k5").id()]);
                'l4: while let Some(w) = fuel4.pop() {
                    if r.len() % 2 == 0 {
                        panic!("p6");
                    }
                    let mut a = format!("{}-{}", (i2s(w)), f3(Acc::new(2).add(4).add(d).get(), (if cap.id() >= 0 { String::from("xyz") } else { r.clone() }), t("t7", (r.len() as i64))));
                    drop(keep(keep(keep(T("v8"), d), T::id(&cap)), d));
                }
            }
            match (cap.take(), e) {
                (0, n) => {
                    let u9: i64;
                    if !(!((1 > 5 && 4 > 1))) {
                        u9 = Acc::new(b).add((5 * b)).add((r.len() as i64)).get();
                    } else {
                        u9 = b;
                    }
                }
                (_, n) if n.len() > 2 => {
                    let u10: i64;
                    if (r.is_empty() || T("k11").id() > 2) {
                        u10 = (P { a: (match 5 { 0 => (n.len() as i64), n if n > 1 => n + 1, _ => 5 }), b: [n, r].concat() }).sum();
                    } else {
                        u10 = (P { a: (yield_!(String::from("xyz")).len() as i64), b: format!("{}-{}", (n.clone()), b) }).sum();
                    }
                }
                (_, n) => {
                }
            }
            (b + (if (String::from("four")).len() % 2 == 0 { 5 } else { b }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p256 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            consume(T("v1"));
            let mut fuel2 = Vec::from([4, keep(T("v4"), 3).take()]);
            'l2: while let Some(w) = fuel2.pop() {
                if (!((r.len() % 2 == 0 && r.len() % 2 == 0)) || ((r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) && 5 <= 3)) {
                    let f = String::from("x");
                    let b = (if (((r.len() as i64) > 5 && (f).len() % 2 == 0) && cap.id() < 2) { t("t5", String::from("four")) } else { [yield_!(String::from("ab")), t("t6", String::from(""))].concat() });
                    r = b;
                }
                if !(((String::from("hello")).is_empty() || (r.len() % 2 == 0 || r.len() % 2 == 0))) {
                    panic!("p7");
                }
                drop(T("v8"));
                let u9: i64;
                if (r.len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) {
                    u9 = (match T("k10").id() { 0 => T("k11").id(), n if n > 4 => n + 1, _ => T::id(&cap) });
                } else {
                    u9 = 2;
                }
            }
            let c = cap;
            match opt(&r) {
                Some(n) if n < 1 => {
                    r = r.clone();
                }
                Some(n) => {
                    if (r.is_empty() && ((r.clone()).is_empty() && n != 0)) {
                        panic!("p12");
                    }
                    let d: T = T("v13");
                }
                None => {
                }
            }
            Some(keep(keep(T("v15"), (r.len() as i64)), 14).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p257 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let b = keep(T("v1"), f3((r.len() as i64), r.clone(), T("k2").id()));
            'l3: for w in 0..cap3(res(&r)?) {
                r = t("t4", [(if T::id(&cap) != 3 { String::from("ab") } else { r.clone() }), String::from("xyz")].concat());
                if let Some(n) = opt(&(i2s(cap.id()))) && n > 1 {
                    let (mut c, b) = (T("v5"), (if ((r.clone()).is_empty() || (String::from("")).is_empty()) { res(&(r.clone()))? } else { keep(T("v7"), 6).take() }));
                    let b = i2s(c.take());
                    let c = keep(keep(keep(T("v8"), 2), (yield_!(String::from("xyz")).len() as i64)), keep(T("v10"), 9).take());
                } else {
                    yield_!(format!("{}-{}", r, (match w { 0 => w, n if n > 5 => n + 1, _ => w })));
                }
            }
            if r.len() % 2 == 0 {
                yield_!(i2s((4 - (r.len() as i64))));
                let mut f = r.clone();
                let mut fuel12 = Vec::from([(yield_!(t("t13", r.clone())).len() as i64), (P { a: 2, b: [f, r].concat() }).sum()]);
                'l12: while let Some(w) = fuel12.pop() {
                    let c = i2s(t("t14", w));
                    yield_!(c);
                    yield_!(t("t15", t("t16", String::from("hello"))));
                    let P { a: e, b: d } = P { a: res(&(String::from("ab")))?, b: (if (match cap.id() { 0 => w, n if n > 2 => n + 1, _ => w }) <= 3 { [yield_!(String::from("xyz")), yield_!(String::from(""))].concat() } else { yield_!(i2s(w)) }) };
                }
            }
            drop(T("v17"));
            match (yield_!(t("t18", t("t19", String::from("ab")))).len() as i64) {
                0 => {
                     {
                    }
                }
                n if n > 0 => {
                }
                _ => {
                }
            }
            Err(i2s(T("k20").id()))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p258 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3((keep(T("v3"), 2).take() - f3(cap.id(), r, cap.id()))) {
                if let Some(n) = opt(&(i2s((if (String::from("four")).len() % 2 == 0 { cap.id() } else { w })))) && n > 1 {
                    drop(keep(T("v5"), f3(cap.id(), t("t6", String::from("x")), (P { a: w, b: String::from("hello") }).sum())));
                } else if t("t4", 1) == 0 {
                    let mut b = yield_!(String::from("hello"));
                    yield_!(format!("{}-{}", (b), T::id(&cap)));
                    yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("four") } else { (if 5 != 3 { String::from("xyz") } else { String::from("x") }) }));
                }
                'l7: for w in [i2s(t("t8", cap.id())), t("t9", t("t10", String::from("")))] {
                    let a = (if (!((w).len() % 2 == 0) && (String::from("ab")).len() % 2 == 0) { yield_!(format!("{}-{}", (String::from("")), 2)) } else { (if (2 != 5 || cap.id() == 1) { yield_!(String::from("hello")) } else { t("t11", String::from("ab")) }) });
                    let P { a: f, b: c } = P { a: 1, b: i2s(3) };
                    consume(T("v12"));
                    let mut a = T("v13");
                }
                let u14: i64;
                if (((String::from("hello")).is_empty() || !((String::from("x")).len() % 2 == 0)) || !(((String::from("hello")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0))) {
                    u14 = T("k15").id();
                } else {
                    u14 = (if ((String::from("x")).len() % 2 == 0 || 1 != 5) { w } else { f3(3, String::from("hello"), w) });
                }
            }
            consume(T("v16"));
            let u17: i64;
            if (yield_!(String::from("x"))).len() % 2 == 0 {
                u17 = (P { a: Acc::new(cap.id()).add(cap.id()).add(5).get(), b: yield_!(String::from("four")) }).sum();
            } else {
                u17 = 1;
            }
            let mut c = cap;
            c = T("v18");
            u17
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p259 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (String::from("four")).len() % 2 == 0 {
                fuel1 += 1;
                r = t("t2", [i2s(T::id(&cap)), yield_!(r.clone())].concat());
                 {
                    if let Some(n) = opt(&r) {
                        let e = r.clone();
                        let mut c = T("v6");
                    } else {
                        yield_!(i2s(cap.id()));
                        let P { a: c, b: d } = P { a: (if (2 == 2 && 4 >= 0) { f3((P { a: (r.len() as i64), b: r.clone() }).sum(), String::from("x"), (if cap.id() == 5 { (r.len() as i64) } else { 4 })) } else { (match T("k7").id() { 0 => 1, n if n > 1 => n + 1, _ => (match (r.len() as i64) { 0 => cap.id(), n if n > 2 => n + 1, _ => (r.len() as i64) }) }) }), b: format!("{}-{}", (i2s((r.len() as i64))), (P { a: t("t8", T::id(&cap)), b: t("t9", String::from("hello")) }).sum()) };
                        yield_!(d);
                    }
                    r = t("t10", [(if (r.len() as i64) <= 3 { String::from("") } else { r.clone() }), format!("{}-{}", (String::from("ab")), T::id(&cap))].concat());
                }
                let [c, _, _] = [Acc::new((r.len() as i64)).add((((r.len() as i64) - (r.len() as i64)) + 3)).add(T("k11").id()).get(), (yield_!(t("t12", format!("{}-{}", r, 2))).len() as i64), 5];
                let mut fuel13 = 0;
                let a = 'l13: loop {
                    fuel13 += 1;
                    if fuel13 > 3 {
                        break 'l13 ((if r.len() % 2 == 0 { c } else { (r.len() as i64) }) - T("k14").id());
                    }
                    drop(keep(T("v15"), (match cap.id() { 0 => Acc::new(1).add(5).add((r.len() as i64)).get(), n if n > 0 => n + 1, _ => f3(5, String::from("ab"), c) })));
                    r = i2s(c);
                };
            }
            'l16: for w in 0..cap3(Acc::new(t("t17", 0)).add(T::id(&cap)).add(T::id(&cap)).get()) {
                let mut fuel18 = Vec::from([(yield_!(r.clone()).len() as i64), Acc::new(w).add((5 * cap.id())).add((match w { 0 => w, n if n > 5 => n + 1, _ => (r.len() as i64) })).get()]);
                'l18: while let Some(w) = fuel18.pop() {
                    let [a, _, _] = [(keep(T("v20"), 19).take() - (if ((r.clone()).len() % 2 == 0 && cap.id() <= 1) { w } else { (match w { 0 => cap.id(), n if n > 5 => n + 1, _ => (r.len() as i64) }) })), (f3(f3(w, r.clone(), w), r.clone(), keep(T("v22"), 21).take()) + ((yield_!(r.clone()).len() as i64) + Acc::new(cap.id()).add(cap.id()).add(w).get())), (match (if (cap.id() <= 3 && r.len() % 2 == 0) { (P { a: 4, b: String::from("ab") }).sum() } else { (match 2 { 0 => cap.id(), n if n > 5 => n + 1, _ => 4 }) }) { 0 => keep(T("v24"), 23).take(), n if n > 2 => n + 1, _ => keep(T("v26"), 25).take() })];
                    let c = String::from("hello");
                    r = yield_!(c);
                }
            }
            cap.id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p260 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let d = 'b1: {
                let mut fuel2 = Vec::from([cap.take(), (r.len() as i64)]);
                'l2: while let Some(w) = fuel2.pop() {
                    if (!(r.len() % 2 == 0) || ((String::from("x")).len() % 2 == 0 || ((String::from("hello")).len() % 2 == 0 || (r.len() as i64) <= 3))) {
                        if !(!((r.len() as i64) < 1)) {
                            return Some(f3(Acc::new((r.len() as i64)).add(w).add(w).get(), yield_!(String::from("four")), keep(T("v4"), 3).take()));
                        }
                    }
                    if (yield_!(r.clone())).len() % 2 == 0 {
                        panic!("p5");
                    }
                }
                if !(!(0 <= 2)) {
                    break 'b1 keep(keep(T("v7"), (r.len() as i64)), 6).take();
                }
                (P { a: T("k8").id(), b: format!("{}-{}", (r.clone()), 4) }).sum()
            };
            match opt(&r) {
                Some(n) if n < 4 => {
                    if r.is_empty() {
                        return Some(d);
                    }
                    if (if (r.len() % 2 == 0 && n <= 0) { (if r.len() % 2 == 0 { (r.len() as i64) } else { n }) } else { (if n < 1 { n } else { 5 }) }) == 4 {
                        panic!("p9");
                    }
                }
                Some(n) => {
                    yield_!(t("t10", i2s(d)));
                    let mut fuel11 = Vec::from([(n + opt(&(String::from("")))?), 1]);
                    'l11: while let Some(w) = fuel11.pop() {
                        drop(T("v12"));
                        let [e, _, _] = [Acc::new((r.len() as i64)).add((match t("t13", 2) { 0 => Acc::new(d).add(w).add(w).get(), n if n > 1 => n + 1, _ => keep(T("v15"), 14).take() })).add(opt(&(String::from("xyz")))?).get(), T("k16").id(), f3(Acc::new(keep(T("v18"), 17).take()).add((P { a: w, b: String::from("four") }).sum()).add((if (r.len() as i64) == 2 { d } else { 2 })).get(), (if (r.clone()).is_empty() { yield_!(String::from("xyz")) } else { [r.clone(), String::from("xyz")].concat() }), t("t19", (w + (r.len() as i64))))];
                        yield_!(r.clone());
                    }
                    let mut fuel20 = Vec::from([(match (yield_!(r).len() as i64) { 0 => T("k21").id(), n if n > 5 => n + 1, _ => (if 2 != 0 { d } else { 4 }) }), n]);
                    'l20: while let Some(w) = fuel20.pop() {
                        if (t("t22", String::from("ab"))).is_empty() {
                            panic!("p23");
                        }
                        if Acc::new((P { a: n, b: String::from("four") }).sum()).add(opt(&(String::from("hello")))?).add((match 1 { 0 => 1, n if n > 1 => n + 1, _ => 4 })).get() >= 2 {
                            return None;
                        }
                        yield_!((if 3 > 1 { (if w != 1 { String::from("") } else { String::from("four") }) } else { t("t24", String::from("four")) }));
                    }
                }
                None => {
                    let mut fuel25 = Vec::from([(match (d + d) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => T("k26").id() }), (if !((String::from("xyz")).len() % 2 == 0) { 4 } else { t("t27", d) })]);
                    'l25: while let Some(w) = fuel25.pop() {
                    }
                }
            }
            Some((match d { 0 => d, n if n > 4 => n + 1, _ => f3(d, String::from("four"), d) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p261 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1;
                }
                if !((r.is_empty() && !((String::from("")).len() % 2 == 0))) {
                    let mut a = t("t2", yield_!([r.clone(), r.clone()].concat()));
                }
                let mut fuel3 = 0;
                let e = 'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 2 {
                        break 'l3 (r.len() as i64);
                    }
                    r = r.clone();
                    yield_!([r.clone(), t("t4", String::from("hello"))].concat());
                };
            }
            let u5: i64;
            if T("k6").id() < 4 {
                u5 = (P { a: cap.id(), b: [String::from("xyz"), r.clone()].concat() }).sum();
            } else {
                u5 = 4;
            }
            r = [(if r.is_empty() { yield_!(String::from("")) } else { yield_!(r) }), yield_!(t("t7", String::from("four")))].concat();
            match (yield_!(String::from("four")).len() as i64) {
                0 => {
                }
                n if n > 2 => {
                }
                _ => {
                }
            }
            2
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p262 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let [b, _, _] = [3, (match Acc::new(cap.id()).add(keep(T("v2"), 1).take()).add((if cap.id() > 0 { cap.id() } else { (r.len() as i64) })).get() { 0 => T("k3").id(), n if n > 0 => n + 1, _ => f3(T::id(&cap), String::from("four"), T("k4").id()) }), (match Acc::new(f3(1, r.clone(), T::id(&cap))).add(T("k5").id()).add(cap.take()).get() { 0 => Acc::new(Acc::new(5).add((r.len() as i64)).add((r.len() as i64)).get()).add(3).add(keep(T("v7"), 6).take()).get(), n if n > 2 => n + 1, _ => (if (r).len() % 2 == 0 { (if (String::from("hello")).len() % 2 == 0 { 5 } else { 3 }) } else { keep(T("v9"), 8).take() }) })];
            let f = T("v10");
            let c = keep(T("v11"), b);
            let Some(d) = opt(&(t("t12", i2s(3)))) else {
                panic!("p13");
            };
            r = (if (String::from("ab")).is_empty() { [String::from("hello"), [String::from("xyz"), String::from("hello")].concat()].concat() } else { t("t14", format!("{}-{}", (String::from("xyz")), b)) });
            let mut fuel15 = 0;
            let f = 'l15: loop {
                fuel15 += 1;
                if fuel15 > 3 {
                    break 'l15 c.id();
                }
                let mut fuel16 = 0;
                'l16: while fuel16 < 3 && (r.clone()).len() % 2 == 0 {
                    fuel16 += 1;
                    let mut f = [(if ((String::from("")).len() % 2 == 0 && (r.len() as i64) >= 3) { yield_!(String::from("xyz")) } else { yield_!(r.clone()) }), yield_!(format!("{}-{}", r, (r.len() as i64)))].concat();
                    f = t("t17", [f.clone(), String::from("")].concat());
                    let (mut b, a) = (T("v18"), d);
                    if !(!(r.len() % 2 == 0)) {
                        break 'l16;
                    }
                }
                'l19: for w in 0..cap3((match 0 { 0 => t("t20", b), n if n > 1 => n + 1, _ => (if r.len() % 2 == 0 { T::id(&c) } else { d }) })) {
                    r = r.clone();
                    yield_!(i2s(3));
                    let mut f = 5;
                }
            };
            T("k21").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p263 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if !(!((r.len() % 2 == 0 || 2 > 5))) {
                panic!("p1");
            }
             {
                let b = cap.id();
                let (mut a, c) = (T("v2"), keep(T("v4"), 3).take());
            }
            if (yield_!(r.clone()).len() as i64) >= 4 {
                if let Some(n) = opt(&r) {
                } else {
                }
            } else if !((String::from("")).is_empty()) {
            } else if ((r.len() % 2 == 0 || T::id(&cap) <= 5) && (String::from("")).is_empty()) {
            }
            T::id(&cap)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p264 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in 0..cap3((P { a: keep(T("v3"), 2).take(), b: i2s(T::id(&cap)) }).sum()) {
                yield_!(r.clone());
                let u4: i64;
                if (if (r.len() % 2 == 0 && r.len() % 2 == 0) { T("k5").id() } else { (match cap.id() { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => w }) }) >= 0 {
                    u4 = (f3(w, String::from("four"), 4) + w);
                } else {
                    u4 = (match (if (r.clone()).len() % 2 == 0 { 0 } else { cap.id() }) { 0 => t("t6", cap.id()), n if n > 5 => n + 1, _ => (if w <= 4 { (r.len() as i64) } else { w }) });
                }
                r = yield_!(t("t7", (if (r.len() as i64) < 3 { r.clone() } else { String::from("ab") })));
            }
            let Some(a) = opt(&([(if r.len() % 2 == 0 { String::from("") } else { String::from("xyz") }), String::from("xyz")].concat())) else {
                return Err(r);
            };
            let mut fuel8 = 0;
            let f = 'l8: loop {
                fuel8 += 1;
                if fuel8 > 2 {
                    break 'l8 a;
                }
                let u9: i64;
                if ((match T::id(&cap) { 0 => T::id(&cap), n if n > 2 => n + 1, _ => a }) <= 1 || (String::from("xyz")).len() % 2 == 0) {
                    u9 = 2;
                } else {
                    u9 = f3((if (String::from("hello")).len() % 2 == 0 { a } else { 2 }), format!("{}-{}", (String::from("")), cap.id()), (0 + a));
                }
                yield_!(t("t10", String::from("")));
            };
            yield_!(format!("{}-{}", (String::from("xyz")), T("k11").id()));
            'b12: {
                 {
                     {
                    }
                }
                if (String::from("ab")).len() % 2 == 0 {
                    break 'b12;
                }
            }
            Ok((yield_!(i2s(f)).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p265 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([(yield_!(String::from("xyz")).len() as i64), (match t("t2", (r.len() as i64)) { 0 => opt(&r)?, n if n > 3 => n + 1, _ => cap.id() })]);
            'l1: while let Some(w) = fuel1.pop() {
                'l3: for w in [yield_!(String::from("ab")), String::from("x")] {
                    let (mut e, c) = (T("v4"), t("t5", 3));
                    drop(e);
                }
                consume(T("v6"));
                'l7: for w in [r.clone(), r.clone()] {
                    if r.is_empty() {
                        return Some(T("k8").id());
                    }
                    yield_!(String::from(""));
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p266 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(i2s(opt(&(r))?));
            if ((if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })).len() % 2 == 0 {
                yield_!((if 5 < 2 { (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("") }) } else { i2s(0) }));
            }
            let mut fuel1 = Vec::from([T::id(&cap), cap.take()]);
            'l1: while let Some(w) = fuel1.pop() {
                let f = (if (w >= 5 || (String::from("hello")).is_empty()) { (match (P { a: w, b: String::from("ab") }).sum() { 0 => w, n if n > 5 => n + 1, _ => T("k2").id() }) } else { w });
                r = (if ((String::from("four")).len() % 2 == 0 || !((String::from("ab")).len() % 2 == 0)) { i2s((if 4 <= 5 { f } else { f })) } else { t("t3", yield_!(String::from("x"))) });
                'b4: {
                    let f = keep(T("v6"), 5).take();
                    let P { a: f, b: d } = P { a: (if (String::from("xyz")).is_empty() { 0 } else { (yield_!(i2s((r.len() as i64))).len() as i64) }), b: (if (!(r.len() % 2 == 0) && r.len() % 2 == 0) { [yield_!(String::from("xyz")), (if r.len() % 2 == 0 { String::from("ab") } else { String::from("hello") })].concat() } else { yield_!(t("t7", r.clone())) }) };
                    if r.is_empty() {
                        break 'b4;
                    }
                }
                if !(((r.clone()).is_empty() || r.len() % 2 == 0)) {
                    panic!("p8");
                }
            }
            'b9: {
                let Some(d) = opt(&(t("t10", format!("{}-{}", (String::from("ab")), 2)))) else {
                    return Some((yield_!(t("t11", String::from("hello"))).len() as i64));
                };
                if ((String::from("four")).is_empty() || ((d <= 4 || 4 != 2) && (String::from("")).is_empty())) {
                    let Some(b) = opt(&((if (String::from("")).len() % 2 == 0 { yield_!(String::from("")) } else { (if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") }) }))) else {
                        panic!("p12");
                    };
                    let f = T("v13");
                } else {
                    let f = Acc::new(t("t14", (P { a: d, b: String::from("hello") }).sum())).add(4).add(f3(f3(d, String::from("xyz"), 3), format!("{}-{}", (String::from("four")), 5), d)).get();
                }
                r = format!("{}-{}", (String::from("")), 3);
                if (match 1 { 0 => 0, n if n > 1 => n + 1, _ => d }) <= 1 {
                    break 'b9;
                }
            }
             {
                let mut e = yield_!(t("t15", i2s(1)));
                let mut fuel16 = 0;
                let b = 'l16: loop {
                    fuel16 += 1;
                    if fuel16 > 1 {
                        break 'l16 (e.len() as i64);
                    }
                    match (5, yield_!([e.clone(), [String::from("four"), String::from("ab")].concat()].concat())) {
                        (0, n) => {
                            consume(T("v17"));
                        }
                        (_, n) if n.len() > 0 => {
                        }
                        (_, n) => {
                        }
                    }
                };
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p267 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (i2s((r.len() as i64))).len() % 2 == 0 {
                return (t("t1", (r.len() as i64)) - (match 3 { 0 => 2, n if n > 2 => n + 1, _ => (r.len() as i64) }));
            }
            let mut d = (P { a: (yield_!(String::from("xyz")).len() as i64), b: yield_!(String::from("")) }).sum();
            let mut a = (yield_!((if (String::from("four")).len() % 2 == 0 { r } else { String::from("xyz") })).len() as i64);
             {
                if (yield_!(String::from(""))).is_empty() {
                    panic!("p2");
                }
            }
            'l3: for w in [String::from("four"), yield_!((if a <= 2 { String::from("") } else { String::from("") }))] {
                yield_!(i2s((P { a: T::id(&cap), b: w.clone() }).sum()));
                let P { a: f, b: a } = P { a: (match (w.len() as i64) { 0 => t("t4", Acc::new(a).add(d).add(0).get()), n if n > 2 => n + 1, _ => f3((P { a: 5, b: w.clone() }).sum(), [w, String::from("ab")].concat(), d) }), b: i2s((P { a: (cap.id() * a), b: [String::from("xyz"), String::from("xyz")].concat() }).sum()) };
                yield_!(i2s((5 + cap.id())));
            }
            (a + T("k5").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p268 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&((if !(4 != 4) { [r, String::from("x")].concat() } else { i2s(0) }))) {
                let mut fuel1 = 0;
                'l1: while fuel1 < 1 && !(((String::from("xyz")).len() % 2 == 0 || 3 <= 3)) {
                    fuel1 += 1;
                    let d = T("v2");
                    yield_!(i2s(opt(&(String::from("xyz")))?));
                }
            } else if (String::from("ab")).len() % 2 == 0 {
                if ((String::from("hello")).is_empty() && (((String::from("")).len() % 2 == 0 && 2 < 5) && (5 < 5 && 0 >= 3))) {
                    panic!("p3");
                }
            } else {
                'l4: for w in [i2s(Acc::new(cap.id()).add(T::id(&cap)).add(2).get()), yield_!((if 3 == 4 { String::from("four") } else { String::from("four") }))] {
                    let mut d = (match t("t5", (P { a: cap.id(), b: w }).sum()) { 0 => 3, n if n > 0 => n + 1, _ => (P { a: keep(T("v7"), 6).take(), b: (if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("hello") }) }).sum() });
                    yield_!([[String::from("x"), String::from("x")].concat(), t("t8", String::from(""))].concat());
                }
            }
            Some(T("k9").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p269 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&(r.clone())) && n > 3 {
                consume(T("v1"));
            }
            let e = (P { a: (yield_!(r.clone()).len() as i64), b: [String::from("ab"), yield_!(r.clone())].concat() }).sum();
            let [f, _, _] = [f3(Acc::new(Acc::new(e).add(3).add((r.len() as i64)).get()).add(1).add(opt(&r)?).get(), String::from("four"), (yield_!(r).len() as i64)), f3(f3((match e { 0 => cap.id(), n if n > 3 => n + 1, _ => cap.id() }), t("t2", String::from("ab")), T("k3").id()), [yield_!(String::from("ab")), format!("{}-{}", (String::from("xyz")), e)].concat(), (f3(4, String::from("x"), e) + cap.take())), (match (yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("") })).len() as i64) { 0 => e, n if n > 4 => n + 1, _ => 0 })];
            let mut fuel4 = 0;
            'l4: while fuel4 < 3 && (!(f <= 0) && (String::from("ab")).len() % 2 == 0) {
                fuel4 += 1;
                r = (if (String::from("hello")).is_empty() { format!("{}-{}", (String::from("xyz")), t("t5", f)) } else { yield_!(format!("{}-{}", (String::from("ab")), e)) });
                drop(T("v6"));
                r = yield_!(t("t7", r.clone()));
            }
            let u8: i64;
            if (format!("{}-{}", (String::from("x")), f)).len() % 2 == 0 {
                u8 = f3(f, i2s(5), (if 5 < 0 { e } else { f }));
            } else {
                u8 = t("t9", Acc::new(2).add(f).add(e).get());
            }
            if (((f < 0 || (String::from("xyz")).len() % 2 == 0) || !(u8 >= 0)) || (u8 == 1 && ((String::from("four")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0))) {
                panic!("p10");
            }
            if let Some(n) = opt(&(i2s((yield_!(String::from("")).len() as i64)))) && n > 4 {
                if ([String::from("xyz"), String::from("x")].concat()).len() % 2 == 0 {
                    consume(T("v11"));
                }
                r = i2s(u8);
                let u12: i64;
                if (match (match n { 0 => e, n if n > 1 => n + 1, _ => 4 }) { 0 => T("k13").id(), n if n > 1 => n + 1, _ => 3 }) <= 5 {
                    u12 = (match (P { a: f, b: String::from("x") }).sum() { 0 => 2, n if n > 4 => n + 1, _ => n });
                } else {
                    u12 = (r.len() as i64);
                }
            } else if (String::from("xyz")).is_empty() {
                let e = e;
                'l14: for w in 0..cap3(t("t15", t("t16", f))) {
                    r = String::from("");
                    if w <= 2 {
                        panic!("p17");
                    }
                }
                let c: T = keep(T("v18"), keep(T("v20"), 19).take());
            }
            let mut c = t("t21", yield_!(t("t22", String::from(""))));
            if c.len() % 2 == 0 {
                panic!("p23");
            }
            'b24: {
                if ((c.clone()).is_empty() || !((c.len() as i64) > 3)) {
                    break 'b24;
                }
            }
            Some((c.len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p270 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if f3(T("k2").id(), (if (r.len() as i64) > 0 { r.clone() } else { r }), t("t3", cap.id())) < 2 {
                u1 = (P { a: (yield_!(String::from("hello")).len() as i64), b: String::from("hello") }).sum();
            } else {
                u1 = (opt(&(String::from("xyz")))? + T::id(&cap));
            }
            yield_!(format!("{}-{}", (String::from("xyz")), t("t4", cap.id())));
            yield_!([format!("{}-{}", (String::from("ab")), cap.id()), String::from("hello")].concat());
            let b = 'b5: {
                let mut fuel6 = 0;
                let e = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 1 {
                        break 'l6 (3 * 4);
                    }
                    'l7: for w in 0..cap3(u1) {
                        let (mut e, a) = (T("v8"), (keep(T("v10"), 9).take() * w));
                        if ((yield_!(String::from("xyz")).len() as i64) == 0 && Acc::new(0).add(w).add(0).get() < 2) {
                            panic!("p11");
                        }
                    }
                };
                if (cap.id() * e) <= 0 {
                    break 'b5 f3(u1, format!("{}-{}", (String::from("hello")), u1), t("t12", u1));
                }
                opt(&(String::from("xyz")))?
            };
            Some((if 1 != 4 { (match cap.id() { 0 => 0, n if n > 5 => n + 1, _ => 0 }) } else { t("t13", 3) }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p271 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let f = 'b1: {
                if (P { a: (if r.len() % 2 == 0 { 5 } else { cap.id() }), b: r }).sum() != 4 {
                    'l2: for w in 0..cap3(keep(keep(T("v4"), cap.id()), 3).take()) {
                        let d = T("k5").id();
                        let f = T("v6");
                    }
                }
                let mut fuel7 = 0;
                'l7: while fuel7 < 3 && (String::from("ab")).is_empty() {
                    fuel7 += 1;
                    'l8: for w in 0..cap3(T("k9").id()) {
                        let b = T("v10");
                        if (i2s(w)).is_empty() {
                            return (w + (P { a: 3, b: String::from("four") }).sum());
                        }
                    }
                    if let Some(n) = opt(&(t("t11", [String::from("x"), String::from("four")].concat()))) && n > 4 {
                        let mut f = T("v12");
                        r = i2s(t("t13", t("t14", T::id(&cap))));
                        let e = (if (2 + n) == 2 { (if T::id(&f) > 3 { r.clone() } else { t("t15", String::from("ab")) }) } else { yield_!(format!("{}-{}", r, n)) });
                    }
                    let mut fuel16 = 0;
                    'l16: while fuel16 < 1 && ((String::from("four")).is_empty() && ((String::from("four")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0)) {
                        fuel16 += 1;
                        let mut b = keep(T("v17"), (f3(T::id(&cap), String::from("xyz"), 0) * (P { a: 4, b: String::from("ab") }).sum()));
                        if (!((String::from("four")).is_empty()) && ((String::from("xyz")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0)) {
                            return keep(T("v19"), 18).take();
                        }
                    }
                    let d = yield_!([i2s(T::id(&cap)), String::from("xyz")].concat());
                }
                if ((3 > 1 || (String::from("")).len() % 2 == 0) && ((String::from("")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0)) {
                    break 'b1 Acc::new(Acc::new(T::id(&cap)).add(cap.id()).add(cap.id()).get()).add((match 0 { 0 => cap.id(), n if n > 5 => n + 1, _ => cap.id() })).add((if (String::from("x")).len() % 2 == 0 { 4 } else { T::id(&cap) })).get();
                }
                (match 2 { 0 => keep(T("v21"), 20).take(), n if n > 0 => n + 1, _ => 1 })
            };
             {
            }
            (f * (P { a: cap.id(), b: String::from("x") }).sum())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p272 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(T("k2").id()) {
                yield_!(String::from(""));
                r = yield_!([r.clone(), [String::from("x"), r.clone()].concat()].concat());
            }
            yield_!([String::from("x"), r.clone()].concat());
            let f = keep(keep(T("v4"), (match cap.id() { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => cap.id() })), 3).take();
            'l5: for w in 0..cap3(T("k6").id()) {
                r = (if T("k7").id() == 1 { [i2s(f), [r.clone(), r.clone()].concat()].concat() } else { t("t8", String::from("")) });
                yield_!((if cap.id() > 3 { format!("{}-{}", (String::from("xyz")), T::id(&cap)) } else { t("t9", String::from("hello")) }));
                let mut f = 3;
                yield_!(i2s((P { a: f, b: r.clone() }).sum()));
            }
            let mut b: T = T("v10");
            let mut f = i2s(T("k11").id());
            yield_!([i2s(T::id(&cap)), t("t12", f.clone())].concat());
            let mut fuel13 = 0;
            'l13: while fuel13 < 1 && (match (r.len() as i64) { 0 => T::id(&cap), n if n > 3 => n + 1, _ => 2 }) == 0 {
                fuel13 += 1;
                'l14: for w in 0..cap3(t("t15", Acc::new((f.len() as i64)).add((f.len() as i64)).add(1).get())) {
                    b = T("v16");
                    if ((f.clone()).len() % 2 == 0 || (!(f.len() % 2 == 0) || (String::from("four")).len() % 2 == 0)) {
                        break 'l13;
                    }
                }
            }
            T::id(&b)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p273 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((r.clone()).is_empty()) {
                let c = 'b1: {
                    match opt(&r) {
                        Some(n) if n < 5 => {
                            let P { a: a, b: d } = P { a: opt(&((if n == 3 { String::from("hello") } else { r })))?, b: String::from("ab") };
                            let mut d = keep(cap, 2).take();
                            d += (if ((String::from("")).is_empty() && (n > 4 || d <= 5)) { ((a + 4) + a) } else { d });
                        }
                        Some(n) => {
                            let [f, _, _] = [f3(((P { a: n, b: r.clone() }).sum() * t("t3", cap.id())), r, f3((yield_!(String::from("hello")).len() as i64), [String::from("hello"), String::from("xyz")].concat(), T::id(&cap))), 4, n];
                            yield_!(format!("{}-{}", (String::from("hello")), keep(T("v5"), 4).take()));
                            r = i2s(n);
                        }
                        None => {
                            let e = cap.take();
                            yield_!(r.clone());
                        }
                    }
                    drop(T("v6"));
                    if !((String::from("four")).len() % 2 == 0) {
                        break 'b1 0;
                    }
                    Acc::new(f3(1, String::from("four"), 2)).add((5 - 4)).add((match 4 { 0 => 3, n if n > 1 => n + 1, _ => 4 })).get()
                };
            } else {
            }
            Some(T("k7").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p274 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [[yield_!(r), yield_!(String::from(""))].concat(), format!("{}-{}", (String::from("")), (P { a: 2, b: String::from("four") }).sum())] {
                let P { a: e, b: b } = P { a: f3(f3(4, t("t2", w), (match cap.id() { 0 => 0, n if n > 0 => n + 1, _ => 2 })), [[String::from(""), String::from("x")].concat(), format!("{}-{}", (String::from("x")), cap.id())].concat(), Acc::new(Acc::new(T::id(&cap)).add(T::id(&cap)).add(T::id(&cap)).get()).add((cap.id() - 2)).add(keep(T("v4"), 3).take()).get()), b: i2s((P { a: T::id(&cap), b: (if 0 > 0 { String::from("hello") } else { String::from("four") }) }).sum()) };
                if let Some(n) = opt(&((if b.is_empty() { t("t5", String::from("ab")) } else { String::from("ab") }))) && n > 4 {
                    let a = T("v6");
                    yield_!(format!("{}-{}", (b), (if cap.id() > 5 { n } else { n })));
                    if ((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("") })).len() % 2 == 0 {
                        return (P { a: T::id(&a), b: [String::from("x"), String::from("x")].concat() }).sum();
                    }
                } else if b.len() % 2 == 0 {
                    let [d, _, _] = [keep(T("v8"), 7).take(), f3(Acc::new(f3((b.len() as i64), String::from("xyz"), 4)).add(0).add(T("k9").id()).get(), yield_!(b), T("k10").id()), (P { a: (P { a: (e - e), b: yield_!(String::from("four")) }).sum(), b: i2s((P { a: e, b: String::from("x") }).sum()) }).sum()];
                    yield_!(i2s(d));
                    let mut c = t("t11", yield_!(String::from("xyz")));
                } else {
                    let a = e;
                    r = (if (a == 2 && !(e <= 3)) { i2s(t("t12", e)) } else { (if (b.len() % 2 == 0 || (b).len() % 2 == 0) { String::from("x") } else { (if (String::from("x")).len() % 2 == 0 { String::from("xyz") } else { String::from("four") }) }) });
                }
                let mut fuel13 = Vec::from([3, e]);
                'l13: while let Some(w) = fuel13.pop() {
                    let (mut d, e) = (T("v14"), (match f3(t("t15", T::id(&cap)), i2s(cap.id()), e) { 0 => t("t16", 4), n if n > 3 => n + 1, _ => t("t17", w) }));
                    let f: T = T("v18");
                }
            }
            T("k19").id()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p275 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", String::from("hello")));
            if let Some(n) = opt(&r) && n > 2 {
                let mut fuel2 = Vec::from([n, n]);
                'l2: while let Some(w) = fuel2.pop() {
                    consume(keep(keep(T("v3"), T("k4").id()), (r.len() as i64)));
                    yield_!(format!("{}-{}", r, f3(2, String::from("xyz"), cap.id())));
                }
            } else {
                consume(T("v5"));
                let mut fuel6 = Vec::from([cap.take(), Acc::new(Acc::new(0).add((r.len() as i64)).add((r.len() as i64)).get()).add((3 + 4)).add(Acc::new(4).add((r.len() as i64)).add(0).get()).get()]);
                'l6: while let Some(w) = fuel6.pop() {
                    let P { a: b, b: a } = P { a: (match (P { a: w, b: [r.clone(), r.clone()].concat() }).sum() { 0 => f3((if w != 2 { w } else { w }), i2s((r.len() as i64)), (P { a: w, b: String::from("x") }).sum()), n if n > 5 => n + 1, _ => keep(T("v8"), 7).take() }), b: yield_!(String::from("four")) };
                    yield_!(r.clone());
                    let mut e = keep(T("v9"), (if (a).len() % 2 == 0 { w } else { (r.len() as i64) }));
                }
                match T("k10").id() {
                    0 => {
                        let mut a = yield_!([[String::from("ab"), r.clone()].concat(), t("t11", r)].concat());
                    }
                    n if n > 2 => {
                    }
                    _ => {
                    }
                }
            }
            (yield_!(t("t12", String::from("ab"))).len() as i64)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p276 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let f: String = r;
            let c = keep(keep(cap, (f.len() as i64)), (P { a: (f.len() as i64), b: yield_!(String::from("")) }).sum());
            if (i2s(T::id(&c))).len() % 2 == 0 {
                return Some(T::id(&c));
            }
            if let Some(n) = opt(&f) && n > 4 {
                match opt(&f) {
                    Some(n) if n < 1 => {
                        let mut f = [(if ((f.len() as i64) >= 3 && n < 3) { yield_!(String::from("xyz")) } else { i2s((f.len() as i64)) }), yield_!(String::from("x"))].concat();
                    }
                    Some(n) => {
                        let f = (f.len() as i64);
                        r = format!("{}-{}", ([String::from("xyz"), String::from("x")].concat()), n);
                    }
                    None => {
                        drop(T("v1"));
                        yield_!(f.clone());
                        consume(keep(c, (keep(T("v3"), 2).take() * (f.len() as i64))));
                    }
                }
            } else if (!(f.len() % 2 == 0) && f.is_empty()) {
                let mut f = f.clone();
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p277 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (!((r).is_empty()) && (String::from("x")).is_empty()) {
                let mut fuel1 = 0;
                'l1: while fuel1 < 3 && (T::id(&cap) + cap.id()) < 1 {
                    fuel1 += 1;
                    let (mut b, d) = (keep(keep(T("v2"), (yield_!(String::from("ab")).len() as i64)), (P { a: (if cap.id() == 0 { 0 } else { 2 }), b: i2s(2) }).sum()), Acc::new(T::id(&cap)).add(keep(T("v4"), 3).take()).add(T("k5").id()).get());
                    b = b;
                    yield_!(i2s(b.take()));
                }
            } else {
                 {
                    match opt(&(i2s((if cap.id() > 2 { 2 } else { 3 })))) {
                        Some(n) if n < 1 => {
                            drop(cap);
                        }
                        Some(n) => {
                            let mut e = keep(cap, 6).take();
                            if f3(0, yield_!(String::from("")), (e + e)) != 4 {
                                panic!("p7");
                            }
                            yield_!([String::from("four"), [String::from("hello"), String::from("four")].concat()].concat());
                        }
                        None => {
                            if (t("t8", String::from(""))).is_empty() {
                                panic!("p9");
                            }
                        }
                    }
                }
            }
            t("t10", Acc::new(3).add(5).add(1).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p278 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let f = (Acc::new(res(&(r))?).add((match 4 { 0 => cap.id(), n if n > 4 => n + 1, _ => T::id(&cap) })).add((if 5 != 3 { 2 } else { T::id(&cap) })).get() + 1);
            yield_!(String::from(""));
            yield_!([i2s(T::id(&cap)), t("t1", String::from(""))].concat());
            match T("k2").id() {
                0 => {
                    let mut fuel3 = Vec::from([(P { a: 3, b: i2s(0) }).sum(), Acc::new(4).add(keep(T("v5"), 4).take()).add(t("t6", f)).get()]);
                    'l3: while let Some(w) = fuel3.pop() {
                        drop(T("v7"));
                        let e: i64 = (if (String::from("ab")).len() % 2 == 0 { T::id(&cap) } else { f3(w, yield_!(String::from("ab")), f) });
                        yield_!(i2s(e));
                    }
                    r = yield_!(format!("{}-{}", (String::from("")), res(&(String::from("xyz")))?));
                }
                n if n > 4 => {
                    let d = T::id(&cap);
                }
                _ => {
                    r = t("t8", format!("{}-{}", (String::from("ab")), (match f { 0 => 1, n if n > 5 => n + 1, _ => T::id(&cap) })));
                }
            }
            let u9: i64;
            if !(!(((String::from("ab")).len() % 2 == 0 && f <= 5))) {
                u9 = cap.take();
            } else {
                u9 = 4;
            }
            if let Some(n) = opt(&(String::from("four"))) && n > 2 {
                let e = 'b10: {
                    if let Some(n) = opt(&(format!("{}-{}", (String::from("four")), res(&(String::from("x")))?))) && n > 2 {
                        yield_!(format!("{}-{}", (String::from("hello")), u9));
                        let [f, _, _] = [T("k11").id(), f, (if (String::from("xyz")).len() % 2 == 0 { t("t12", res(&(String::from("x")))?) } else { (yield_!(format!("{}-{}", (String::from("")), 3)).len() as i64) })];
                        consume(keep(T("v13"), (yield_!(String::from("ab")).len() as i64)));
                    } else if (((String::from("four")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0) && !((String::from("hello")).len() % 2 == 0)) {
                        let [d, _, _] = [(yield_!([format!("{}-{}", (String::from("four")), u9), String::from("")].concat()).len() as i64), res(&(i2s(n)))?, Acc::new(u9).add((match t("t14", 2) { 0 => T("k15").id(), n if n > 3 => n + 1, _ => (P { a: n, b: String::from("four") }).sum() })).add((P { a: t("t16", u9), b: i2s(n) }).sum()).get()];
                    }
                    if !((String::from("ab")).is_empty()) {
                        break 'b10 f;
                    }
                    n
                };
            }
            Ok(2)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p279 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut e: String = format!("{}-{}", r, keep(T("v2"), 1).take());
            yield_!(String::from("hello"));
            let mut fuel3 = Vec::from([cap.id(), (P { a: (0 - 3), b: i2s((r.len() as i64)) }).sum()]);
            'l3: while let Some(w) = fuel3.pop() {
                let mut fuel4 = Vec::from([f3(T("k5").id(), t("t6", r.clone()), (P { a: 5, b: e.clone() }).sum()), (P { a: (match w { 0 => 2, n if n > 4 => n + 1, _ => w }), b: [String::from("hello"), String::from("x")].concat() }).sum()]);
                'l4: while let Some(w) = fuel4.pop() {
                    let b = T("v7");
                    let [d, _, _] = [(if !(r.is_empty()) { (b.take() * t("t8", cap.id())) } else { (yield_!((if w <= 3 { r.clone() } else { r.clone() })).len() as i64) }), T("k9").id(), w];
                    let [e, _, _] = [(if (d != 4 || e.len() % 2 == 0) { keep(T("v11"), 10).take() } else { 2 }), d, (r.len() as i64)];
                    let d = keep(T("v12"), keep(keep(T("v14"), 0), 13).take());
                }
                let Some(b) = opt(&r) else {
                    return Some((if (e.len() % 2 == 0 && r.len() % 2 == 0) { (P { a: w, b: String::from("x") }).sum() } else { (e.len() as i64) }));
                };
                e = (if e.len() % 2 == 0 { format!("{}-{}", e, f3(T::id(&cap), String::from(""), 0)) } else { r.clone() });
            }
            'l15: for w in 0..cap3(f3(Acc::new(5).add(0).add(cap.id()).get(), e.clone(), T::id(&cap))) {
                 {
                     {
                        yield_!(i2s(opt(&(String::from("hello")))?));
                    }
                    'b16: {
                        yield_!([[r.clone(), String::from("x")].concat(), t("t17", String::from("four"))].concat());
                        consume(T("v18"));
                        r = t("t19", [e.clone(), (if (e.len() as i64) >= 2 { String::from("x") } else { String::from("ab") })].concat());
                        if (r.is_empty() && !(e.len() % 2 == 0)) {
                            break 'b16;
                        }
                    }
                    consume(T("v20"));
                }
                let mut fuel21 = 0;
                'l21: loop {
                    fuel21 += 1;
                    if fuel21 > 2 {
                        break 'l21;
                    }
                }
            }
            Some((yield_!(format!("{}-{}", r, 4)).len() as i64))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p280 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((r.len() % 2 == 0 && (2 > 1 && cap.id() < 2))) {
                panic!("p1");
            }
            if T("k2").id() <= 0 {
                return Some((match (if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { T::id(&cap) }) { 0 => (3 + 1), n if n > 3 => n + 1, _ => (if (r).len() % 2 == 0 { T::id(&cap) } else { cap.id() }) }));
            }
            if !(t("t3", T::id(&cap)) > 5) {
                panic!("p4");
            }
            let d: T = T("v5");
            yield_!(String::from("hello"));
            if let Some(n) = opt(&([yield_!(String::from("four")), String::from("x")].concat())) && n > 4 {
                if let Some(n) = opt(&(yield_!([String::from("ab"), String::from("x")].concat()))) && n > 1 {
                    yield_!([format!("{}-{}", (String::from("four")), cap.id()), t("t6", String::from("xyz"))].concat());
                    let f = yield_!(i2s((match T::id(&d) { 0 => n, n if n > 2 => n + 1, _ => cap.id() })));
                    r = t("t7", t("t8", [String::from("hello"), String::from("ab")].concat()));
                }
                let mut fuel9 = 0;
                'l9: while fuel9 < 1 && !(4 >= 3) {
                    fuel9 += 1;
                    let c = t("t10", String::from("four"));
                    drop(T("v11"));
                    r = c;
                }
                r = yield_!([String::from("hello"), String::from("hello")].concat());
            } else {
                let e = 'b12: {
                    let f = T("v13");
                    if (T::id(&f) - T::id(&d)) != 3 {
                        break 'b12 (P { a: keep(T("v15"), 14).take(), b: (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("hello") }) }).sum();
                    }
                    (match (yield_!(String::from("hello")).len() as i64) { 0 => (P { a: d.id(), b: String::from("ab") }).sum(), n if n > 5 => n + 1, _ => Acc::new(0).add(1).add(2).get() })
                };
                let d = 'b16: {
                     {
                        drop(d);
                        yield_!(String::from("ab"));
                    }
                    if (i2s(0)).is_empty() {
                        panic!("p21");
                    }
                    if f3(e, String::from("x"), e) <= 0 {
                        break 'b16 opt(&(String::from("ab")))?;
                    }
                    keep(cap, 22).take()
                };
            }
            Some((if 5 >= 3 { t("t23", 5) } else { opt(&(String::from("hello")))? }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p281 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (r.is_empty() && r.len() % 2 == 0) {
                return Acc::new(cap.take()).add(keep(T("v2"), 1).take()).add(((r.len() as i64) * 2)).get();
            }
            if (!((r.len() % 2 == 0 || 3 < 3)) || r.len() % 2 == 0) {
                return Acc::new(f3((r.len() as i64), String::from("four"), 2)).add(T("k3").id()).add((if 4 <= 3 { (r.len() as i64) } else { 5 })).get();
            }
             {
                yield_!([format!("{}-{}", (r), 5), i2s(4)].concat());
                let mut fuel4 = Vec::from([t("t5", 3), Acc::new((yield_!(String::from("hello")).len() as i64)).add(t("t6", 1)).add(3).get()]);
                'l4: while let Some(w) = fuel4.pop() {
                    if !(!((String::from("x")).len() % 2 == 0)) {
                        return T("k7").id();
                    }
                    yield_!(format!("{}-{}", (String::from("xyz")), T("k8").id()));
                }
            }
            'l9: for w in 0..cap3(T("k10").id()) {
                if keep(T("v12"), 11).take() >= 1 {
                    panic!("p13");
                }
                if (Acc::new(1).add(5).add(3).get() >= 1 || !((w == 5 || (String::from("hello")).len() % 2 == 0))) {
                    drop(T("v14"));
                } else if !(!((String::from("hello")).len() % 2 == 0)) {
                }
            }
            (Acc::new(1).add(5).add(4).get() * t("t15", 2))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p282 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&([r, yield_!(String::from("xyz"))].concat())) {
                let mut fuel1 = 0;
                let b = 'l1: loop {
                    fuel1 += 1;
                    if fuel1 > 3 {
                        break 'l1 ((if cap.id() >= 2 { cap.id() } else { 4 }) + T("k2").id());
                    }
                    yield_!(i2s(n));
                    if ((if cap.id() >= 5 { String::from("xyz") } else { String::from("four") })).len() % 2 == 0 {
                        return Ok(res(&(String::from("four")))?);
                    }
                    let c: T = T("v4");
                };
                let Some(e) = opt(&((if ((String::from("four")).len() % 2 == 0 && 0 < 2) { (if n <= 1 { String::from("four") } else { String::from("hello") }) } else { yield_!(String::from("xyz")) }))) else {
                    panic!("p5");
                };
                if ((String::from("")).len() % 2 == 0 || ((String::from("")).is_empty() && n <= 1)) {
                    return Ok(f3(cap.id(), (if b == 5 { String::from("") } else { String::from("four") }), (e * 5)));
                }
            } else if ((T::id(&cap) == 0 && cap.id() <= 5) && !(T::id(&cap) > 5)) {
                let mut b: String = String::from("xyz");
                let [c, _, _] = [res(&b)?, Acc::new((if !(b.len() % 2 == 0) { (b.len() as i64) } else { t("t6", cap.id()) })).add(4).add((yield_!(b).len() as i64)).get(), res(&(i2s(T::id(&cap))))?];
                'l7: for w in [yield_!((if c < 2 { String::from("hello") } else { String::from("four") })), yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("four") } else { String::from("ab") }))] {
                    b = t("t8", i2s((3 * c)));
                }
            } else if (0 == 2 && (String::from("")).len() % 2 == 0) {
            }
            Err([[String::from("xyz"), String::from("xyz")].concat(), yield_!(String::from(""))].concat())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p283 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(format!("{}-{}", r, keep(T("v2"), 1).take()));
             {
                yield_!(r);
                'l3: for w in [t("t4", i2s(T::id(&cap))), (if (String::from("x")).len() % 2 == 0 { (if T::id(&cap) >= 2 { String::from("four") } else { String::from("x") }) } else { t("t5", String::from("")) })] {
                    let (mut e, c) = (T("v6"), (if ((w).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0) { t("t7", Acc::new(cap.id()).add(cap.id()).add(1).get()) } else { t("t8", Acc::new(T::id(&cap)).add(T::id(&cap)).add(1).get()) }));
                     {
                        let f = (P { a: c, b: i2s(c) }).sum();
                    }
                }
                match ((match (match f3(1, String::from("ab"), cap.id()) { 0 => 0, n if n > 2 => n + 1, _ => t("t9", 2) }) { 0 => t("t10", (match T::id(&cap) { 0 => cap.id(), n if n > 1 => n + 1, _ => 1 })), n if n > 2 => n + 1, _ => f3((P { a: cap.id(), b: String::from("") }).sum(), t("t11", String::from("four")), Acc::new(T::id(&cap)).add(3).add(T::id(&cap)).get()) }), yield_!(t("t12", format!("{}-{}", (String::from("hello")), cap.id())))) {
                    (0, n) => {
                        'l13: for w in 0..cap3(t("t14", (match (n.len() as i64) { 0 => 0, n if n > 1 => n + 1, _ => 0 }))) {
                            let d = Acc::new(w).add(w).add(keep(keep(T("v16"), (n.len() as i64)), 15).take()).get();
                            yield_!(n.clone());
                            let a = [t("t17", yield_!(n.clone())), t("t18", (if d > 4 { n.clone() } else { String::from("hello") }))].concat();
                        }
                        if (((n).is_empty() && (1 == 5 && (String::from("")).len() % 2 == 0)) && keep(T("v20"), 19).take() >= 1) {
                            let d = i2s(T("k21").id());
                            yield_!(String::from("x"));
                        }
                    }
                    (_, n) if n.len() > 2 => {
                        yield_!([format!("{}-{}", n, (n.len() as i64)), i2s(cap.id())].concat());
                    }
                    (_, n) => {
                    }
                }
            }
            Some(T("k22").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p284 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ((r.len() % 2 == 0 && r.len() % 2 == 0) && (!(4 == 3) || (4 <= 3 && (r).len() % 2 == 0))) {
                return (P { a: (match 3 { 0 => 4, n if n > 3 => n + 1, _ => T::id(&cap) }), b: (if 0 > 4 { String::from("") } else { String::from("xyz") }) }).sum();
            }
            let f = 'b1: {
                if (((String::from("")).is_empty() && ((String::from("four")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0)) && (match T::id(&cap) { 0 => 5, n if n > 5 => n + 1, _ => 4 }) < 3) {
                    let u2: i64;
                    if (t("t3", String::from("four"))).len() % 2 == 0 {
                        u2 = 2;
                    } else {
                        u2 = Acc::new((yield_!(String::from("xyz")).len() as i64)).add((T::id(&cap) * 2)).add(cap.take()).get();
                    }
                } else if ((String::from("xyz")).is_empty() && ((String::from("hello")).len() % 2 == 0 && 0 < 3)) {
                    if !(((3 != 0 && (String::from("hello")).len() % 2 == 0) || (String::from("x")).is_empty())) {
                        break 'b1 (match T("k4").id() { 0 => cap.take(), n if n > 3 => n + 1, _ => (P { a: 4, b: String::from("ab") }).sum() });
                    }
                    if (t("t10", String::from("hello"))).is_empty() {
                        panic!("p11");
                    }
                } else if (String::from("xyz")).len() % 2 == 0 {
                    if (format!("{}-{}", (String::from("")), cap.id())).is_empty() {
                        panic!("p12");
                    }
                }
                if !(((String::from("x")).is_empty() || 2 >= 4)) {
                    break 'b1 t("t13", f3(0, String::from("xyz"), 4));
                }
                yield_!(i2s(f3(2, String::from("hello"), 5)));
                if ((1 > 1 || (String::from("x")).len() % 2 == 0) && (String::from("x")).len() % 2 == 0) {
                    break 'b1 (match Acc::new(4).add(2).add(4).get() { 0 => (P { a: 5, b: String::from("xyz") }).sum(), n if n > 5 => n + 1, _ => (3 - 3) });
                }
                1
            };
            let e: String = String::from("ab");
            if let Some(n) = opt(&e) {
                drop(keep(T("v14"), T("k15").id()));
                let mut fuel16 = 0;
                let e = 'l16: loop {
                    fuel16 += 1;
                    if fuel16 > 2 {
                        break 'l16 f;
                    }
                    let d = T("v17");
                    r = [i2s(f), e.clone()].concat();
                    let b = yield_!(t("t18", (if (e.len() as i64) <= 3 { String::from("xyz") } else { String::from("hello") })));
                };
                let mut c = (P { a: Acc::new(Acc::new(5).add(0).add(e).get()).add((yield_!(String::from("")).len() as i64)).add(f3(e, String::from("hello"), f)).get(), b: (if (String::from("xyz")).is_empty() { String::from("hello") } else { i2s(n) }) }).sum();
            }
            if ((3 + f) >= 3 || e.is_empty()) {
                panic!("p19");
            }
            let u20: i64;
            if ((!(e.len() % 2 == 0) || ((e).len() % 2 == 0 && (String::from("x")).len() % 2 == 0)) && (!((String::from("four")).len() % 2 == 0) && (String::from("hello")).len() % 2 == 0)) {
                u20 = 3;
            } else {
                u20 = f;
            }
             {
            }
            (if !((String::from("")).len() % 2 == 0) { (yield_!(String::from("xyz")).len() as i64) } else { (P { a: 3, b: String::from("hello") }).sum() })
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p285 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&r) && n > 2 {
                yield_!(r);
                'b1: {
                    if (t("t2", String::from("xyz"))).is_empty() {
                        if (yield_!(String::from("x"))).len() % 2 == 0 {
                            return Some((P { a: cap.id(), b: String::from("ab") }).sum());
                        }
                        let [b, _, _] = [cap.id(), opt(&(format!("{}-{}", (String::from("ab")), n)))?, (match opt(&(String::from("hello")))? { 0 => t("t3", T::id(&cap)), n if n > 3 => n + 1, _ => (P { a: T::id(&cap), b: i2s(n) }).sum() })];
                    } else {
                        let mut c = keep(T("v4"), opt(&(String::from("hello")))?);
                        yield_!(i2s(n));
                    }
                    if ((String::from("four")).len() % 2 == 0 && (2 == 4 && (String::from("four")).len() % 2 == 0)) {
                        break 'b1;
                    }
                }
            }
            Some(T("k5").id())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p286 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            r = format!("{}-{}", r, 1);
            if let Some(n) = opt(&([yield_!(String::from("")), i2s(cap.id())].concat())) && n > 0 {
                let d: T = cap;
            } else if r.is_empty() {
                yield_!((if (r.len() % 2 == 0 || (r).len() % 2 == 0) { i2s(2) } else { (if 2 != 0 { String::from("x") } else { String::from("hello") }) }));
                let Some(d) = opt(&(yield_!(t("t1", String::from("x"))))) else {
                    return Err([String::from("xyz"), yield_!(String::from("x"))].concat());
                };
                let mut fuel2 = 0;
                'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2;
                    }
                    let [f, _, _] = [d, 5, (if !((String::from("four")).is_empty()) { (match 3 { 0 => res(&(String::from("xyz")))?, n if n > 3 => n + 1, _ => res(&(String::from("ab")))? }) } else { d })];
                    yield_!([format!("{}-{}", (String::from("x")), 5), (if 2 < 3 { String::from("xyz") } else { String::from("ab") })].concat());
                    consume(T("v3"));
                }
            } else if (!((r.len() as i64) > 1) && !((r.len() as i64) > 2)) {
                let e = (if f3(4, String::from("xyz"), (r.len() as i64)) < 5 { r.clone() } else { [(if 2 < 4 { r.clone() } else { r }), (if cap.id() < 2 { String::from("four") } else { String::from("hello") })].concat() });
                if let Some(n) = opt(&(format!("{}-{}", e, cap.take()))) && n > 2 {
                } else if !((e.len() % 2 == 0 || (e.clone()).len() % 2 == 0)) {
                }
            }
            Ok(keep(keep(T("v5"), 0), 4).take())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p287 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!([i2s(2), t("t1", r.clone())].concat());
            r = format!("{}-{}", ((if T::id(&cap) < 5 { r.clone() } else { String::from("hello") })), cap.id());
            let mut fuel2 = Vec::from([(P { a: cap.take(), b: format!("{}-{}", r, 1) }).sum(), (match keep(T("v4"), 3).take() { 0 => ((r.len() as i64) * 5), n if n > 1 => n + 1, _ => t("t5", 2) })]);
            'l2: while let Some(w) = fuel2.pop() {
                'l6: for w in [[format!("{}-{}", (r.clone()), w), r.clone()].concat(), r.clone()] {
                    let a = Acc::new(keep(T("v8"), 7).take()).add((match (yield_!(r.clone()).len() as i64) { 0 => T("k9").id(), n if n > 0 => n + 1, _ => keep(T("v11"), 10).take() })).add((P { a: (match 1 { 0 => 4, n if n > 4 => n + 1, _ => (w.len() as i64) }), b: i2s((r.len() as i64)) }).sum()).get();
                    if (i2s(1)).len() % 2 == 0 {
                        panic!("p12");
                    }
                    let mut a = T("v13");
                    let P { a: f, b: a } = P { a: T::id(&a), b: [[w, [String::from(""), String::from("")].concat()].concat(), format!("{}-{}", r, (match a.id() { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => a.id() }))].concat() };
                }
                let e = 'b14: {
                    if r.is_empty() {
                        if !(r.is_empty()) {
                            return w;
                        }
                    }
                    if !((r.is_empty() || ((r.len() as i64) != 2 || 3 <= 4))) {
                        panic!("p15");
                    }
                    'l16: for w in [i2s(Acc::new(w).add(w).add(w).get()), (if r.len() % 2 == 0 { String::from("") } else { i2s(w) })] {
                        drop(keep(T("v17"), f3((match 2 { 0 => 5, n if n > 1 => n + 1, _ => 0 }), (if w.len() % 2 == 0 { w } else { String::from("ab") }), 2)));
                        if !(!((r.len() as i64) >= 2)) {
                            return T("k18").id();
                        }
                        yield_!((if ((r.len() as i64) != 2 || (r.len() as i64) < 1) { String::from("ab") } else { t("t19", r.clone()) }));
                        r = i2s(t("t20", f3(3, r.clone(), (r.len() as i64))));
                    }
                    if ((w >= 2 && w == 4) && 3 < 0) {
                        break 'b14 keep(T("v22"), 21).take();
                    }
                    2
                };
            }
            yield_!(i2s((match 2 { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => (r.len() as i64) })));
            let mut b = String::from("xyz");
            drop(T("v23"));
            yield_!(r);
            Acc::new(((b.len() as i64) + (b.len() as i64))).add((if b.len() % 2 == 0 { (b.len() as i64) } else { 5 })).add((if (b.len() as i64) > 2 { (b.len() as i64) } else { 2 })).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p288 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
             {
                match opt(&r) {
                    Some(n) if n < 4 => {
                        yield_!(t("t1", r));
                        let mut fuel2 = 0;
                        'l2: while fuel2 < 2 && (((String::from("xyz")).len() % 2 == 0 || n >= 5) && ((String::from("xyz")).len() % 2 == 0 || 0 != 5)) {
                            fuel2 += 1;
                            if (((String::from("ab")).len() % 2 == 0 && T::id(&cap) >= 2) || (String::from("hello")).is_empty()) {
                                break 'l2;
                            }
                            yield_!(i2s(n));
                        }
                    }
                    Some(n) => {
                        let mut fuel3 = Vec::from([2, (r.len() as i64)]);
                        'l3: while let Some(w) = fuel3.pop() {
                            let c = T("k4").id();
                            if (r.is_empty() && (r.clone()).is_empty()) {
                                continue 'l3;
                            }
                        }
                    }
                    None => {
                    }
                }
            }
            (2 - (0 + T::id(&cap)))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p289 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([Acc::new(f3(3, String::from("xyz"), 4)).add(Acc::new(1).add(T::id(&cap)).add(2).get()).add((if r.len() % 2 == 0 { (r.len() as i64) } else { 3 })).get(), t("t2", (if (r).len() % 2 == 0 { cap.id() } else { 5 }))]);
            'l1: while let Some(w) = fuel1.pop() {
                let u3: i64;
                if ((String::from("")).is_empty() && (String::from("x")).is_empty()) {
                    u3 = t("t4", w);
                } else {
                    u3 = t("t5", keep(T("v7"), 6).take());
                }
                 {
                    let Some(e) = opt(&((if (String::from("ab")).len() % 2 == 0 { yield_!(String::from("xyz")) } else { [String::from(""), String::from("four")].concat() }))) else {
                        panic!("p8");
                    };
                }
            }
            yield_!(format!("{}-{}", (String::from("")), cap.take()));
            match opt(&(yield_!((if 0 < 2 { String::from("four") } else { String::from("four") })))) {
                Some(n) if n < 3 => {
                    'l9: for w in [(if ((String::from("ab")).len() % 2 == 0 && 0 <= 3) { yield_!(String::from("hello")) } else { i2s(n) }), format!("{}-{}", (String::from("xyz")), (match n { 0 => n, n if n > 0 => n + 1, _ => n }))] {
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Acc::new(t("t10", 1)).add((if 3 < 5 { 0 } else { 2 })).add(t("t11", 3)).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p290 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", i2s(cap.id())));
            let Some(b) = opt(&((if r.is_empty() { r.clone() } else { yield_!(String::from("four")) }))) else {
                return (r.len() as i64);
            };
            let mut fuel2 = 0;
            'l2: while fuel2 < 2 && (yield_!(String::from("four")).len() as i64) < 4 {
                fuel2 += 1;
                 {
                     {
                        yield_!(String::from("x"));
                        yield_!(String::from("four"));
                        if (r.is_empty() && r.len() % 2 == 0) {
                            panic!("p3");
                        }
                    }
                }
                let Some(e) = opt(&r) else {
                    return 3;
                };
            }
            drop(T("v5"));
            Acc::new(b).add(T("k6").id()).add(3).get()
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p291 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [format!("{}-{}", (String::from("x")), (r.len() as i64)), [r.clone(), [String::from("ab"), String::from("four")].concat()].concat()] {
                let e = f3(keep(T("v3"), 2).take(), yield_!([w, String::from("ab")].concat()), (t("t4", 2) - t("t5", T::id(&cap))));
                if ((((r.clone()).len() % 2 == 0 || e > 1) && (String::from("xyz")).is_empty()) || (r.clone()).len() % 2 == 0) {
                    panic!("p6");
                }
                'l7: for w in 0..cap3((r.len() as i64)) {
                    yield_!(format!("{}-{}", r, e));
                    r = t("t8", t("t9", r.clone()));
                }
                yield_!(r.clone());
            }
            let mut fuel10 = Vec::from([(yield_!((if T::id(&cap) == 0 { r.clone() } else { r.clone() })).len() as i64), t("t11", (P { a: T::id(&cap), b: r }).sum())]);
            'l10: while let Some(w) = fuel10.pop() {
                yield_!(String::from("four"));
                'l12: for w in [i2s((P { a: cap.id(), b: String::from("x") }).sum()), (if (String::from("")).len() % 2 == 0 { (if (String::from("x")).len() % 2 == 0 { String::from("xyz") } else { String::from("xyz") }) } else { i2s(w) })] {
                    let b = (if w.len() % 2 == 0 { cap.id() } else { (yield_!(w.clone()).len() as i64) });
                    let a = (f3((P { a: (w.len() as i64), b: String::from("ab") }).sum(), String::from("x"), (match (w.len() as i64) { 0 => 2, n if n > 3 => n + 1, _ => b })) + Acc::new(res(&w)?).add(T("k13").id()).add(b).get());
                }
                drop(T("v14"));
            }
            let f = T("v15");
             {
            }
            Err(String::from("four"))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p292 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1;
                }
                r = (if keep(T("v3"), 2).take() == 3 { String::from("four") } else { (if (r.clone()).is_empty() { yield_!(r.clone()) } else { yield_!(String::from("four")) }) });
                let u4: i64;
                if (yield_!(t("t5", r.clone())).len() as i64) < 0 {
                    u4 = (yield_!(r.clone()).len() as i64);
                } else {
                    u4 = T("k6").id();
                }
                r = String::from("ab");
                'l7: for w in 0..cap3(cap.id()) {
                    drop(T("v8"));
                    yield_!(String::from(""));
                }
            }
            let u9: i64;
            if (match cap.take() { 0 => keep(T("v11"), 10).take(), n if n > 4 => n + 1, _ => opt(&r)? }) == 0 {
                u9 = t("t12", (r.len() as i64));
            } else {
                u9 = opt(&(String::from("xyz")))?;
            }
            yield_!([String::from("hello"), i2s(1)].concat());
            drop(T("v13"));
            drop(T("v14"));
            yield_!(r.clone());
            drop(T("v15"));
            if (!((r).len() % 2 == 0) || (P { a: u9, b: String::from("four") }).sum() > 3) {
                panic!("p16");
            }
            yield_!(t("t17", t("t18", String::from("xyz"))));
            match opt(&(yield_!(t("t19", String::from(""))))) {
                Some(n) if n < 2 => {
                }
                Some(n) => {
                }
                None => {
                }
            }
            Some(Acc::new(u9).add(u9).add((yield_!(String::from("")).len() as i64)).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p293 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(c) = opt(&r) else {
                return (P { a: (match cap.id() { 0 => 5, n if n > 4 => n + 1, _ => T::id(&cap) }), b: (if r.len() % 2 == 0 { String::from("xyz") } else { String::from("x") }) }).sum();
            };
            'b1: {
                 {
                    if let Some(n) = opt(&((if r.len() % 2 == 0 { [r.clone(), r].concat() } else { i2s((r.len() as i64)) }))) {
                        drop(cap);
                    }
                     {
                        let b = 'b2: {
                            if (!(!(c == 3)) || (5 > 4 || c <= 1)) {
                                return T("k3").id();
                            }
                            yield_!(t("t4", (if c == 4 { String::from("hello") } else { String::from("") })));
                            let a = keep(T("v5"), (P { a: keep(T("v7"), 6).take(), b: (if (String::from("hello")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) }).sum());
                            if !((String::from("")).len() % 2 == 0) {
                                break 'b2 T("k8").id();
                            }
                            keep(T("v10"), 9).take()
                        };
                    }
                    consume(keep(T("v11"), t("t12", keep(T("v14"), 13).take())));
                }
                let mut fuel15 = 0;
                let d = 'l15: loop {
                    fuel15 += 1;
                    if fuel15 > 2 {
                        break 'l15 t("t16", t("t17", c));
                    }
                    if ((((String::from("ab")).len() % 2 == 0 && 3 != 0) && (c != 3 || c == 0)) && (!(c == 4) && (c <= 3 || (String::from("x")).len() % 2 == 0))) {
                        panic!("p18");
                    }
                    'b19: {
                        let d = i2s(keep(keep(T("v21"), 1), 20).take());
                        if !((d.len() % 2 == 0 && d.len() % 2 == 0)) {
                            break 'b19;
                        }
                    }
                };
                let mut fuel22 = 0;
                'l22: loop {
                    fuel22 += 1;
                    if fuel22 > 1 {
                        break 'l22;
                    }
                    yield_!(String::from("ab"));
                    let Some(f) = opt(&(yield_!(i2s(1)))) else {
                        return (yield_!(i2s(c)).len() as i64);
                    };
                    let mut fuel23 = Vec::from([2, 0]);
                    'l23: while let Some(w) = fuel23.pop() {
                        let mut f: String = i2s(1);
                        yield_!(f.clone());
                        r = (if (yield_!(String::from("four")).len() as i64) < 3 { f.clone() } else { t("t24", i2s(3)) });
                    }
                }
                if T("k25").id() < 0 {
                    break 'b1;
                }
            }
            t("t26", (0 - 0))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p294 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([(cap.take() - f3((r.len() as i64), r.clone(), 2)), opt(&r)?]);
            'l1: while let Some(w) = fuel1.pop() {
                'l2: for w in [yield_!(String::from("xyz")), String::from("four")] {
                    let f = T("v3");
                    r = yield_!(w);
                    consume(T("v4"));
                    if (match T("k5").id() { 0 => T("k6").id(), n if n > 4 => n + 1, _ => t("t7", (r.len() as i64)) }) >= 3 {
                        break 'l1;
                    }
                }
                'l8: for w in [yield_!(t("t9", String::from("hello"))), format!("{}-{}", r, (w + (r.len() as i64)))] {
                    let mut b: T = keep(keep(T("v10"), opt(&(String::from("x")))?), 0);
                    b = T("v11");
                    let (mut e, d) = (T("v12"), opt(&(format!("{}-{}", r, b.id())))?);
                    let d: T = e;
                }
            }
            let b = i2s((match Acc::new((r.len() as i64)).add((r.len() as i64)).add((r.len() as i64)).get() { 0 => (if r.len() % 2 == 0 { 5 } else { 5 }), n if n > 1 => n + 1, _ => keep(T("v14"), 13).take() }));
            let mut fuel15 = Vec::from([keep(T("v17"), 16).take(), (yield_!(b).len() as i64)]);
            'l15: while let Some(w) = fuel15.pop() {
                match (t("t18", (match (match w { 0 => w, n if n > 5 => n + 1, _ => (r.len() as i64) }) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => (P { a: w, b: r.clone() }).sum() })), (if (1 >= 0 || w != 1) { (if r.len() % 2 == 0 { format!("{}-{}", r, w) } else { [r.clone(), r.clone()].concat() }) } else { String::from("x") })) {
                    (0, n) => {
                        let d = T("v19");
                        let P { a: c, b: e } = P { a: (P { a: t("t20", opt(&n)?), b: yield_!([String::from(""), r.clone()].concat()) }).sum(), b: (if (((String::from("")).len() % 2 == 0 && T::id(&d) >= 1) && (n.len() % 2 == 0 || w <= 2)) { String::from("ab") } else { [yield_!(n), String::from("ab")].concat() }) };
                        let [c, _, _] = [w, (if ((0 == 5 && r.len() % 2 == 0) || r.len() % 2 == 0) { f3((yield_!(e).len() as i64), [String::from(""), r.clone()].concat(), Acc::new(w).add(0).add(c).get()) } else { (e.len() as i64) }), (match c { 0 => keep(T("v22"), 21).take(), n if n > 3 => n + 1, _ => t("t23", c) })];
                    }
                    (_, n) if n.len() > 4 => {
                        let P { a: a, b: d } = P { a: Acc::new(T("k24").id()).add(opt(&(String::from("")))?).add((if r.len() % 2 == 0 { T("k25").id() } else { (yield_!(n).len() as i64) })).get(), b: yield_!(format!("{}-{}", r, (match w { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => w }))) };
                        if ((2 != 1 || r.len() % 2 == 0) || (r.clone()).is_empty()) {
                            continue 'l15;
                        }
                    }
                    (_, n) => {
                        drop(T("v26"));
                    }
                }
                if (r.clone()).is_empty() {
                    panic!("p27");
                }
                let mut fuel28 = Vec::from([keep(T("v30"), 29).take(), (yield_!(r.clone()).len() as i64)]);
                'l28: while let Some(w) = fuel28.pop() {
                    r = yield_!([(if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("") }), (if r.len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
                }
            }
            None
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p295 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let (mut a, b) = (T("v1"), (r.len() as i64));
            'l2: for w in [[[r, String::from("ab")].concat(), [String::from("xyz"), String::from("xyz")].concat()].concat(), t("t3", String::from("xyz"))] {
                yield_!(w);
                if let Some(n) = opt(&([String::from(""), yield_!(String::from("x"))].concat())) && n > 0 {
                    let mut c: T = T("v4");
                    yield_!([[String::from("four"), String::from("")].concat(), [String::from(""), String::from("x")].concat()].concat());
                } else if b != 5 {
                    drop(T("v5"));
                } else if (String::from("ab")).is_empty() {
                    if !(((b > 1 && (String::from("x")).len() % 2 == 0) || (String::from("x")).len() % 2 == 0)) {
                        continue 'l2;
                    }
                    let (mut c, e) = (keep(keep(T("v6"), t("t7", b)), T::id(&a)), T("k8").id());
                }
                let Some(c) = opt(&([format!("{}-{}", (String::from("x")), 0), String::from("x")].concat())) else {
                    return Ok(b);
                };
            }
            match opt(&(t("t9", t("t10", String::from("hello"))))) {
                Some(n) if n < 5 => {
                    let b = T("v11");
                }
                Some(n) => {
                    'b12: {
                        let mut fuel13 = 0;
                        let f = 'l13: loop {
                            fuel13 += 1;
                            if fuel13 > 3 {
                                break 'l13 f3(n, i2s(a.id()), T::id(&a));
                            }
                            r = yield_!(String::from("four"));
                            let f: String = i2s((if ((r.clone()).len() % 2 == 0 || a.id() <= 3) { cap.id() } else { b }));
                            let [b, _, _] = [(keep(T("v15"), 14).take() + T("k16").id()), (yield_!(format!("{}-{}", (f), 3)).len() as i64), n];
                        };
                        match (yield_!(i2s(cap.take())).len() as i64) {
                            0 => {
                                yield_!(i2s(keep(T("v18"), 17).take()));
                                let d = b;
                            }
                            n if n > 3 => {
                                let mut e = [String::from("xyz"), i2s((P { a: T::id(&a), b: String::from("x") }).sum())].concat();
                                let f = a.take();
                            }
                            _ => {
                            }
                        }
                        if ((String::from("")).len() % 2 == 0 || n > 2) {
                            break 'b12;
                        }
                    }
                }
                None => {
                }
            }
            Ok(res(&(String::from("xyz")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p296 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
             {
                if let Some(n) = opt(&r) && n > 2 {
                    if !(!(((r.clone()).len() % 2 == 0 && cap.id() <= 2))) {
                        panic!("p1");
                    }
                } else if 5 >= 1 {
                    let [b, _, _] = [(keep(keep(T("v3"), (r.len() as i64)), 2).take() - keep(keep(T("v5"), (r.len() as i64)), 4).take()), (match ((P { a: 0, b: r }).sum() - 3) { 0 => (P { a: opt(&(String::from("xyz")))?, b: String::from("four") }).sum(), n if n > 0 => n + 1, _ => opt(&(String::from("xyz")))? }), ((if !(T::id(&cap) != 4) { (yield_!(String::from("ab")).len() as i64) } else { f3(1, String::from("x"), T::id(&cap)) }) * (if ((String::from("four")).len() % 2 == 0 || T::id(&cap) > 3) { t("t6", cap.id()) } else { T("k7").id() }))];
                    yield_!(format!("{}-{}", (String::from("hello")), cap.take()));
                    let mut fuel8 = 0;
                    let e = 'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 2 {
                            break 'l8 (P { a: t("t9", b), b: format!("{}-{}", (String::from("xyz")), b) }).sum();
                        }
                        if !(t("t10", b) < 0) {
                            break 'l8 b;
                        }
                        consume(T("v11"));
                        let (mut d, a) = (keep(T("v12"), (yield_!([String::from("x"), String::from("x")].concat()).len() as i64)), t("t13", opt(&(String::from("")))?));
                        yield_!((if !((String::from("ab")).len() % 2 == 0) { format!("{}-{}", (String::from("xyz")), b) } else { format!("{}-{}", (String::from("xyz")), b) }));
                    };
                } else if (!((r.len() as i64) <= 2) && r.is_empty()) {
                    yield_!((if (r.clone()).is_empty() { r } else { [r, String::from("ab")].concat() }));
                    'b14: {
                        r = yield_!((if (0 > 3 || (String::from("")).len() % 2 == 0) { [String::from("hello"), String::from("xyz")].concat() } else { [String::from("ab"), String::from("x")].concat() }));
                        if (r.is_empty() && r.len() % 2 == 0) {
                            break 'b14;
                        }
                    }
                }
            }
            let u15: i64;
            if (yield_!([String::from("four"), String::from("xyz")].concat()).len() as i64) != 0 {
                u15 = (yield_!([String::from("four"), String::from("x")].concat()).len() as i64);
            } else {
                u15 = (P { a: 2, b: t("t16", String::from("x")) }).sum();
            }
            let mut fuel17 = 0;
            'l17: loop {
                fuel17 += 1;
                if fuel17 > 3 {
                    break 'l17;
                }
            }
            Some(opt(&(String::from("ab")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p297 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [format!("{}-{}", r, (if r.len() % 2 == 0 { (r.len() as i64) } else { cap.id() })), r.clone()] {
                let u2: i64;
                if w.is_empty() {
                    u2 = Acc::new(T("k3").id()).add(T("k4").id()).add(cap.id()).get();
                } else {
                    u2 = t("t5", Acc::new(cap.id()).add(T::id(&cap)).add((w.len() as i64)).get());
                }
                let mut b = (if ((cap.id() < 3 || w.len() % 2 == 0) || (w).len() % 2 == 0) { format!("{}-{}", (String::from("four")), t("t6", 2)) } else { yield_!([r.clone(), String::from("four")].concat()) });
                let P { a: b, b: f } = P { a: (P { a: (match u2 { 0 => 5, n if n > 1 => n + 1, _ => T("k7").id() }), b: yield_!(r.clone()) }).sum(), b: [[t("t8", b), i2s(u2)].concat(), String::from("")].concat() };
            }
            match opt(&([r, [String::from("four"), String::from("four")].concat()].concat())) {
                Some(n) if n < 4 => {
                    'b9: {
                        let mut f = String::from("");
                        if (String::from("four")).len() % 2 == 0 {
                            break 'b9;
                        }
                    }
                    r = (if !((5 <= 4 && (String::from("x")).len() % 2 == 0)) { (if (String::from("x")).is_empty() { i2s(0) } else { yield_!(String::from("ab")) }) } else { t("t10", [String::from("xyz"), String::from("xyz")].concat()) });
                    let e = 'b11: {
                        let mut d: String = yield_!(r.clone());
                         {
                            let mut f = t("t12", format!("{}-{}", (String::from("xyz")), (r.len() as i64)));
                        }
                        if !(((String::from("xyz")).len() % 2 == 0 || (r.clone()).len() % 2 == 0)) {
                            break 'b11 (match T::id(&cap) { 0 => t("t13", (d.len() as i64)), n if n > 4 => n + 1, _ => (r.len() as i64) });
                        }
                        cap.take()
                    };
                }
                Some(n) => {
                }
                None => {
                }
            }
            Ok(Acc::new((if (String::from("ab")).len() % 2 == 0 { 3 } else { 2 })).add((match 2 { 0 => 1, n if n > 0 => n + 1, _ => 1 })).add(f3(1, String::from("hello"), 3)).get())
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p298 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if (((T::id(&cap) < 4 || cap.id() != 4) && (1 == 5 && cap.id() < 1)) && f3(T::id(&cap), String::from("xyz"), T::id(&cap)) > 5) {
                return Ok((if (r.clone()).is_empty() { cap.take() } else { keep(T("v2"), 1).take() }));
            }
            let b = 'b3: {
                let mut fuel4 = 0;
                'l4: while fuel4 < 1 && r.len() % 2 == 0 {
                    fuel4 += 1;
                    let c = T("v5");
                    r = yield_!(r.clone());
                    let u6: i64;
                    if !((T::id(&c) >= 1 && 5 < 0)) {
                        u6 = (yield_!(String::from("x")).len() as i64);
                    } else {
                        u6 = t("t7", keep(T("v9"), 8).take());
                    }
                    let mut e = T("v10");
                }
                if (String::from("hello")).is_empty() {
                    break 'b3 (r.len() as i64);
                }
                (r.len() as i64)
            };
            'l11: for w in [i2s(keep(T("v13"), 12).take()), i2s((r.len() as i64))] {
                'b14: {
                    let e = format!("{}-{}", (i2s((w.len() as i64))), ((r.len() as i64) + Acc::new(b).add(b).add(b).get()));
                    if (!(b >= 3) && (String::from("xyz")).len() % 2 == 0) {
                        break 'b14;
                    }
                }
                let P { a: b, b: c } = P { a: (match keep(T("v16"), 15).take() { 0 => Acc::new(keep(T("v18"), 17).take()).add(Acc::new((r.len() as i64)).add(b).add(2).get()).add(res(&r)?).get(), n if n > 1 => n + 1, _ => (match ((w.len() as i64) + (w.len() as i64)) { 0 => res(&(w.clone()))?, n if n > 4 => n + 1, _ => 3 }) }), b: [i2s((b + (w.len() as i64))), String::from("")].concat() };
                if c.len() % 2 == 0 {
                    let e = r.clone();
                    let a: i64 = b;
                    yield_!([(if a == 5 { e } else { String::from("") }), t("t19", c.clone())].concat());
                }
            }
            'l20: for w in 0..cap3(Acc::new((if (r.len() as i64) > 5 { b } else { (r.len() as i64) })).add(res(&(String::from("x")))?).add(keep(T("v22"), 21).take()).get()) {
                let a = 'b23: {
                    let mut fuel24 = 0;
                    let c = 'l24: loop {
                        fuel24 += 1;
                        if fuel24 > 2 {
                            break 'l24 T("k25").id();
                        }
                        yield_!(i2s(T("k26").id()));
                    };
                    if (r.is_empty() && (String::from("ab")).len() % 2 == 0) {
                        break 'b23 c;
                    }
                    (r.len() as i64)
                };
            }
            Ok(f3(f3(1, String::from("x"), (r.len() as i64)), String::from("x"), res(&r)?))
        });
        drive(co, inputs);
    }
    take_log()
}
}

#[rustfmt::skip]
mod p299 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut e: String = r.clone();
            'l1: for w in [e.clone(), i2s(opt(&r)?)] {
                'l2: for w in 0..cap3(keep(T("v4"), 3).take()) {
                    yield_!(format!("{}-{}", (String::from("ab")), T("k5").id()));
                    let c = yield_!(String::from("x"));
                }
                let mut b = [yield_!(w.clone()), yield_!(format!("{}-{}", e, 0))].concat();
            }
            let mut fuel6 = 0;
            let a = 'l6: loop {
                fuel6 += 1;
                if fuel6 > 3 {
                    break 'l6 t("t7", ((r.len() as i64) - 5));
                }
                 {
                    let b = 'b8: {
                        yield_!(r.clone());
                        if cap.id() == 1 {
                            break 'b8 (T("k9").id() * opt(&r)?);
                        }
                        (yield_!([String::from("four"), String::from("")].concat()).len() as i64)
                    };
                    if ((!((e.len() as i64) == 0) || (4 < 1 || cap.id() >= 0)) && (e.clone()).is_empty()) {
                        return Some(Acc::new(b).add(keep(T("v11"), 10).take()).add(keep(T("v13"), 12).take()).get());
                    }
                }
                if (e.len() as i64) == 1 {
                    let b = (e.len() as i64);
                    if ((if (e.len() as i64) > 5 { String::from("xyz") } else { e.clone() })).is_empty() {
                        panic!("p14");
                    }
                } else if (!(e.len() % 2 == 0) && (e.len() % 2 == 0 && 1 == 5)) {
                    yield_!(i2s(t("t15", (r.len() as i64))));
                    if (i2s(1)).len() % 2 == 0 {
                        panic!("p16");
                    }
                }
                 {
                    let mut fuel17 = Vec::from([(r.len() as i64), (if ((String::from("hello")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) { keep(T("v19"), 18).take() } else { f3(3, String::from("x"), 0) })]);
                    'l17: while let Some(w) = fuel17.pop() {
                        let mut e = (yield_!(t("t20", (if e.len() % 2 == 0 { String::from("x") } else { r.clone() }))).len() as i64);
                        e += opt(&r)?;
                    }
                }
            };
            Some((if (cap.id() >= 0 || e.len() % 2 == 0) { T("k21").id() } else { Acc::new((r.len() as i64)).add(T::id(&cap)).add(a).get() }))
        });
        drive(co, inputs);
    }
    take_log()
}
}

/// (program, inputs per run, native trace per run, possibly-moved tracked names)
#[rustfmt::skip]
const CASES: &[difftest::harness::CorpusCase] = &[
    (p000::run, &[&["hello", "xyz", "x", "four"], &["four", "x"], &["ab", "ab", "", "xyz", "ab", "xyz", ""]], &[&["Y \"hello\"", "Y \"hello\"", "Y \"x\"", "drop v3", "drop v2", "t4", "take cap", "drop cap", "f3 0 \"\" 5", "acc 5", "add 0", "add 7", "f3 1 \"\" 5", "acc 6", "add 1", "add 7", "f3 2 \"\" 5", "acc 7", "add 2", "add 7", "R Ok(0)", "<drop coroutine>"], &["Y \"four\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "Y \"\"", "drop v3", "drop v2", "t4", "take cap", "drop cap", "f3 0 \"\" 5", "acc 5", "add 0", "add 7", "f3 1 \"\" 5", "acc 6", "add 1", "add 7", "f3 2 \"\" 5", "acc 7", "add 2", "add 7", "R Ok(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p001::run, &[&["hello", "ab", "hello", "ab", "x", "x", "hello"], &["xyz", "four", "hello", "hello"], &["x", "hello", "", "hello", "xyz", "x"]], &[&["acc 5", "add 5", "add 3", "acc 13", "add 3", "add 8", "drop cap", "R Ok(24)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 3", "add 3", "acc 9", "add 3", "add 6", "drop cap", "R Ok(18)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 1", "add 1", "add 3", "acc 5", "add 3", "add 4", "drop cap", "R Ok(12)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p002::run, &[&["hello"], &["four", "x", "xyz", "xyz", "ab", "x", "xyz"], &["x"]], &[&["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 12 \"hello\" 2", "drop k2", "drop v7", "drop v5", "drop v7", "drop v5", "drop v7", "drop v5", "t9", "drop cap", "R Some(19)", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 11 \"four\" 2", "t3", "Y \"four\"", "drop k2", "drop v7", "drop v5", "drop v7", "drop v5", "drop v7", "drop v5", "t9", "drop cap", "R Some(17)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 8 \"x\" 2", "drop k2", "drop v7", "drop v5", "drop v7", "drop v5", "drop v7", "drop v5", "t9", "drop cap", "R Some(11)", "<drop coroutine>"]], &["cap"]),
    (p003::run, &[&["x", "xyz", "xyz", "ab", "hello", "hello"], &["x", "hello", "x", "x", "xyz", "xyz", "hello"], &[""]], &[&["acc 2", "add 5", "add 1", "drop k3", "drop k5", "Y \"x\"", "Y \"x\"", "Y \"xfour\"", "keep v6 2", "drop v6", "drop k5", "Y \"x\"", "Y \"x\"", "Y \"xfour\"", "<drop coroutine>", "drop v1", "drop cap"], &["acc 2", "add 5", "add 1", "drop k3", "drop k5", "Y \"x\"", "Y \"x\"", "Y \"xfour\"", "keep v6 2", "drop v6", "drop k5", "Y \"x\"", "Y \"x\"", "Y \"xfour\"", "keep v6 9", "drop v6", "t7", "keep v9 8", "take v9", "drop v9", "t10", "Y \"4\"", "<drop coroutine>", "drop v1", "drop cap"], &["acc 2", "add 5", "add 0", "drop k3", "drop k5", "Y \"\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap", "v1"]),
    (p004::run, &[&["x"], &["xyz", "", "xyz", "hello", "ab"], &["hello", "", "hello", "hello", "ab"]], &[&["t2", "acc 5", "acc 1", "add 5", "add 5", "add 11", "add 4", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "<drop coroutine>", "drop v3", "drop cap"], &["t2", "acc 5", "acc 3", "add 5", "add 5", "add 13", "add 4", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "drop v3", "acc 5", "acc 3", "add 5", "add 5", "add 13", "add 4", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "drop v3", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t2", "acc 5", "acc 5", "add 5", "add 5", "add 15", "add 4", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "drop v3", "acc 5", "acc 5", "add 5", "add 5", "add 15", "add 4", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "drop v3", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p005::run, &[&["hello"], &["hello", "", "ab", "four", "x", "four", "xyz", "x"], &["four", "ab", "hello", "x", "ab", "four", "hello", "four"]], &[&["drop v1", "keep v3 2", "take v3", "drop v3", "t4", "drop cap", "R Ok(6)", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "t4", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "t4", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p006::run, &[&["hello", "four", "four", "xyz", "ab", "hello"], &["", "", "x", "xyz"], &["four", "four", "hello", "four", "x"]], &[&["Y \"0\"", "t2", "keep v4 3", "take v4", "drop v4", "f3 10 \"four\" 7", "Y \"four\"", "drop k11", "drop k10", "drop k11", "drop k10", "drop k11", "drop k10", "drop k11", "drop k10", "Y \"\"", "f3 3 \"xyz\" 3", "keep v21 20", "take v21", "drop v21", "drop k19", "consume v22", "drop v22", "Y \"four\"", "Y \"3\"", "drop k28", "Y \"hello-3\"", "<drop coroutine>", "drop v29", "drop cap"], &["Y \"0\"", "t2", "keep v4 3", "take v4", "drop v4", "f3 10 \"\" 7", "Y \"\"", "drop k11", "drop k10", "drop k11", "drop k10", "acc 1", "add 1", "add 4", "drop k11", "drop k10", "drop k11", "drop k10", "Y \"\"", "f3 3 \"xyz\" 3", "keep v21 20", "take v21", "drop v21", "drop k19", "consume v22", "drop v22", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "t2", "keep v4 3", "take v4", "drop v4", "f3 10 \"four\" 7", "Y \"four\"", "drop k11", "drop k10", "drop k11", "drop k10", "drop k11", "drop k10", "drop k11", "drop k10", "Y \"\"", "f3 3 \"four\" 3", "keep v21 20", "take v21", "drop v21", "drop k19", "consume v22", "drop v22", "Y \"four\"", "Y \"3\"", "<drop coroutine>", "drop k28", "drop cap"]], &["cap"]),
    (p007::run, &[&["hello", "x", "ab", "x"], &["", "ab", "xyz", "hello", "xyz", "x"], &["xyz"]], &[&["take cap", "drop cap", "f3 5 \"hello\" 7", "acc 4", "add 4", "add 2", "drop k1", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "f3 0 \"\" 7", "acc 4", "add 4", "add 2", "drop k1", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "f3 3 \"xyz\" 7", "acc 4", "add 4", "add 2", "drop k1", "R None", "<drop coroutine>"]], &["cap"]),
    (p008::run, &[&["four", "hello", "x", "hello", "", "", "four"], &["", "four", "x"], &["four", "xyz", "xyz", "ab", "hello", ""]], &[&["Y \"4\"", "t5", "Y \"x-4-4\"", "t5", "Y \"x-5-5\"", "keep v8 4", "keep v8 7", "take v8", "drop v8", "keep v6 7", "take v6", "drop v6", "Y \"four\"", "acc 0", "add 4", "add 12", "drop cap", "R 16", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"0\"", "t5", "Y \"x-4-4\"", "t5", "Y \"x-4-4\"", "<drop coroutine>", "drop cap"], &["Y \"4\"", "t5", "Y \"x-4-4\"", "t5", "Y \"x-3-3\"", "keep v8 4", "keep v8 7", "take v8", "drop v8", "keep v6 7", "take v6", "drop v6", "Y \"four\"", "acc 5", "add 4", "add 12", "drop cap", "R 21", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v6"]),
    (p009::run, &[&["xyz", "xyz", "four", "xyz", "four", "hello"], &["x"], &["", "", "", "x", "xyz", "hello", "", "four"]], &[&["drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long hello\")", "<drop coroutine>"], &["drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p010::run, &[&["x", "x", "four", ""], &["", "ab", ""], &["", "hello", "ab", "x"]], &[&["acc 0", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p011::run, &[&["xyz", "x"], &["hello", "x"], &["x", "x", "xyz", "ab", "hello", "hello", "hello", "hello"]], &[&["f3 1 \"xyz\" 3", "keep v2 2", "keep v2 1", "keep v2 3", "consume v2", "drop v2", "acc 2", "Y \"\"", "add 1", "add 3", "t7", "t6", "drop k5", "f3 3 \"\" 3", "Y \"xyz-6\"", "<drop coroutine>", "drop v4", "drop cap"], &["f3 1 \"hello\" 3", "keep v2 2", "keep v2 1", "keep v2 3", "consume v2", "drop v2", "acc 2", "Y \"\"", "add 1", "add 3", "t7", "t6", "drop k5", "f3 3 \"\" 3", "Y \"hello-6\"", "<drop coroutine>", "drop v4", "drop cap"], &["f3 1 \"x\" 3", "keep v2 2", "keep v2 1", "keep v2 3", "consume v2", "drop v2", "acc 2", "Y \"\"", "add 1", "add 3", "t7", "t6", "drop k5", "f3 3 \"\" 3", "Y \"x-6\"", "drop v4", "keep v2 2", "keep v2 2", "keep v2 3", "consume v2", "drop v2", "acc 2", "Y \"\"", "add 2", "add 3", "t7", "t6", "drop k5", "f3 3 \"\" 3", "Y \"x-6\"", "drop v4", "keep v2 2", "keep v2 3", "keep v2 3", "consume v2", "drop v2", "acc 2", "Y \"\"", "add 5", "add 3", "t7", "t6", "drop k5", "f3 3 \"\" 3", "Y \"x-6\"", "drop v4", "f3 1 \"x\" 0", "Y \"2\"", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p012::run, &[&["xyz"], &["four", "hello", "four", "xyz", "four"], &["hello", "x", "ab", "xyz"]], &[&["acc 4", "acc 5", "add 1", "add 3", "add 9", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 4", "acc 5", "add 1", "add 3", "add 9", "Y \"hello\"", "add 1", "acc 1", "t6", "add 1", "add -1", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p013::run, &[&["", "xyz", "", "", "x", ""], &["xyz", "", "xyz", "", "x", "", "hello"], &["ab", "x"]], &[&["take cap", "drop cap", "acc 7", "add 2", "add 0", "drop k2", "keep v3 0", "drop v3", "Y \"\"", "Y \"\"", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "acc 7", "add 2", "add 4", "drop k2", "keep v3 0", "drop v3", "Y \"xyz\"", "Y \"xyz\"", "consume v5", "drop v5", "Y \"xyz\"", "Y \"xyz\"", "consume v5", "drop v5", "keep v3 0", "drop v3", "Y \"xyz\"", "Y \"xyz\"", "consume v5", "drop v5", "Y \"xyz\"", "<drop coroutine>"], &["take cap", "drop cap", "acc 7", "add 2", "add 2", "drop k2", "keep v3 0", "drop v3", "Y \"ab\"", "Y \"ab\"", "<drop coroutine>"]], &["cap"]),
    (p014::run, &[&["four", "xyz", "four", "xyz", "hello", "ab", ""], &["ab", "ab", "", "hello", "ab", "xyz", "x", "xyz"], &["ab", "", "four", "", "x"]], &[&["Y \"ab\"", "Y \"four\"", "Y \"ab\"", "Y \"four\"", "Y \"\"", "keep v5 3", "keep v5 4", "take v5", "drop v5", "drop v8", "Y \"7\"", "keep v11 10", "take v11", "drop v11", "Y \"7\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"\"", "keep v5 3", "keep v5 4", "take v5", "drop v5", "drop v8", "Y \"7\"", "keep v11 10", "take v11", "drop v11", "Y \"7\"", "keep v11 10", "take v11", "drop v11", "Y \"7\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p015::run, &[&["x", "xyz", "hello", "hello", "ab", "", "ab"], &["", "four"], &["ab"]], &[&["keep v2 3", "Y \"ab\"", "drop k4", "keep cap 2", "drop v5", "Y \"four\"", "Y \"\"", "t7", "f3 2 \"2\" -2", "keep v8 1", "consume v8", "drop v8", "drop k9", "t7", "f3 2 \"2\" -2", "keep v8 1", "consume v8", "drop v8", "drop k9", "drop cap", "drop v2", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap", "v10", "v5"]),
    (p016::run, &[&["", "", "", "x", "", "", "x"], &["hello", "", "ab", "ab", "xyz", "x", "xyz", "hello"], &["hello", "ab"]], &[&["t3", "Y \"ab\"", "Y \"4\"", "keep v4 0", "drop v4", "Y \"ab\"", "Y \"4\"", "keep v4 0", "drop v4", "t17", "Y \"x\"", "Y \"\"", "f3 4 \"-4\" 4", "f3 5 \"x\" 10", "Y \"\"", "<drop coroutine>", "drop cap"], &["t3", "Y \"ab\"", "Y \"4\"", "keep v4 2", "drop v4", "Y \"ab\"", "Y \"4\"", "keep v4 3", "drop v4", "t17", "Y \"x\"", "Y \"hellohello\"", "f3 4 \"hello-4\" 4", "f3 5 \"xyz\" 15", "Y \"xx\"", "f3 4 \"x-4\" 4", "f3 5 \"hello\" 11", "keep v26 25", "take v26", "drop v26", "drop cap", "R Ok(-9)", "<drop coroutine>"], &["t3", "Y \"ab\"", "Y \"4\"", "<drop coroutine>", "drop v4", "drop cap"]], &["cap"]),
    (p017::run, &[&["four", "four", "", "ab"], &["hello", "xyz", "x", "xyz", "hello", "xyz"], &["", "", "ab", "ab"]], &[&["Y \"ab\"", "f3 1 \"four\" 4", "f3 3 \"four\" 9", "keep v1 16", "drop v1", "t7", "t9", "Y \"fourfour-4\"", "t10", "Y \"fourfour\"", "t9", "Y \"fourfour-4\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "f3 1 \"hello\" 5", "f3 3 \"xyz\" 11", "keep v1 17", "drop v1", "t7", "t9", "Y \"fourfour-4\"", "t10", "Y \"fourfour\"", "t9", "Y \"fourfour-4\"", "t10", "Y \"fourfour\"", "t12", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p018::run, &[&["four", "hello", "x"], &["x", "xyz", "hello", "x", "hello", "x", "xyz"], &["xyz", "hello", "four", "ab", "ab", "", "x", "x"]], &[&["keep cap 1", "take cap", "drop cap", "Y \"four\"", "t2", "keep v4 3", "take v4", "drop v4", "Y \"2\"", "Y \"ab\"", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "Y \"x\"", "t2", "keep v4 3", "take v4", "drop v4", "Y \"2\"", "Y \"ab\"", "t6", "keep v9 5", "keep v9 1", "keep v9 8", "take v9", "drop v9", "keep v12 11", "take v12", "drop v12", "drop v13", "drop v7", "keep v9 1", "keep v9 1", "keep v9 8", "take v9", "drop v9", "keep v12 11", "take v12", "drop v12", "drop v13", "drop v7", "f3 1 \"x\" 1", "Y \"\"", "f3 3 \"hello\" 1", "R Ok(9)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "Y \"xyz\"", "t2", "keep v4 3", "take v4", "drop v4", "Y \"2\"", "Y \"ab\"", "t6", "keep v9 4", "keep v9 3", "keep v9 8", "take v9", "drop v9", "keep v12 11", "take v12", "drop v12", "drop v13", "drop v7", "keep v9 2", "keep v9 3", "keep v9 8", "take v9", "drop v9", "keep v12 11", "take v12", "drop v12", "drop v13", "drop v7", "f3 3 \"x\" 3", "Y \"\"", "f3 7 \"ab\" 3", "R Ok(12)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p019::run, &[&["ab", "hello", "", "four", "four", "", "four", "hello"], &["xyz", "hello", "four", "xyz", "", "xyz"], &["ab"]], &[&["keep v5 2", "keep v5 4", "take v5", "drop v5", "keep v7 6", "take v7", "drop v7", "t8", "Y \"abab\"", "drop v9", "t8", "Y \"abab\"", "drop v9", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "consume v12", "drop v12", "t14", "acc 9", "add 3", "add 3", "drop k23", "drop k24", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v5 2", "keep v5 4", "take v5", "drop v5", "keep v7 6", "take v7", "drop v7", "t8", "Y \"abab\"", "<drop coroutine>", "drop cap"]], &["cap", "v15"]),
    (p020::run, &[&["xyz", "", "", "", "xyz"], &["x"], &["four", "four", "xyz"]], &[&["t3", "drop k4", "Y \"hello\"", "drop v5", "Y \"hello\"", "drop v5", "drop k7", "keep v8 2", "t9", "keep v8 7", "drop v8", "keep v8 6", "t9", "keep v8 7", "drop v8", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "drop k4", "Y \"hello\"", "<drop coroutine>", "drop v5", "drop cap"], &["f3 0 \"four\" 2", "t3", "drop k4", "Y \"hello\"", "drop v5", "Y \"hello\"", "drop v5", "drop cap", "R Some(2)", "<drop coroutine>"]], &["cap"]),
    (p021::run, &[&[""], &["xyz", "x"], &["", "xyz", "x", "", ""]], &[&["consume v1", "drop v1", "Y \"-0\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "Y \"-0\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p022::run, &[&["", "ab", "four"], &["x", "hello", "ab", "four", "x", "ab"], &["xyz", "ab"]], &[&["keep v2 2", "drop k3", "drop v2", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p023::run, &[&["hello", "xyz", "hello", "four"], &["hello", "", "ab"], &["x", "ab", "ab"]], &[&["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v17"]),
    (p024::run, &[&["hello", "x", "hello", "x", "", "", "hello", "x"], &["xyz"], &["xyz", "hello", "xyz"]], &[&["Y \"ab\"", "f3 3 \"four\" 3", "f3 3 \"xyz\" 3", "keep v2 19", "consume v2", "drop v2", "Y \"four\"", "t5", "t6", "t7", "Y \"8\"", "t7", "Y \"hello\"", "drop k9", "Y \"x-8\"", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "f3 3 \"four\" 3", "f3 3 \"xyz\" 3", "keep v2 19", "consume v2", "drop v2", "Y \"four\"", "t5", "t6", "t7", "Y \"6\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p025::run, &[&["xyz", "", "ab", "xyz", "ab", "hello", "xyz"], &["x", "hello", "four", "four", "four", "four", "x", "x"], &["ab", "", "x", "", "x", "x"]], &[&["Y \"xyz\"", "acc 0", "f3 5 \"xyz\" 0", "add 8", "add 4", "Y \"xyz\"", "Y \"xyz\"", "t4", "keep v3 4", "drop v3", "Y \"xyz\"", "t4", "keep v3 4", "drop v3", "Y \"xyz\"", "acc 5", "f3 5 \"xyz\" 0", "add 8", "add 4", "Y \"xyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "acc 5", "f3 5 \"x\" 0", "add 6", "add 4", "Y \"x\"", "Y \"x\"", "t4", "keep v3 4", "drop v3", "Y \"x\"", "t4", "keep v3 4", "drop v3", "Y \"x\"", "acc 4", "f3 5 \"x\" 0", "add 6", "add 4", "Y \"x\"", "Y \"x\"", "t4", "keep v3 4", "drop v3", "Y \"x\"", "<drop coroutine>", "drop cap"], &["t7", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p026::run, &[&[""], &["ab", "", "", "", "ab", "", ""], &["ab", "four", "hello", "", "four", "four", "hello", "x"]], &[&["f3 0 \"\" 2", "acc 0", "add 0", "add 3", "f3 3 \"x\" 2", "t4", "drop k3", "Y \"0\"", "<drop coroutine>", "drop cap"], &["f3 2 \"ab\" 2", "acc 0", "add 0", "add 3", "f3 3 \"x\" 2", "t4", "drop k3", "Y \"0\"", "t5", "Y \"6\"", "t5", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"ab\" 2", "acc 0", "add 0", "add 3", "f3 3 \"x\" 2", "t4", "drop k3", "Y \"0\"", "t5", "Y \"6\"", "t5", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p027::run, &[&["x", "", "", "four", "ab", "", ""], &["", "ab", "hello", "", "hello", "hello"], &["", "", ""]], &[&["take cap", "drop cap", "t1", "f3 1 \"x\" 1", "keep v5 1", "keep v5 4", "take v5", "drop v5", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "t1", "f3 0 \"\" 0", "Y \"end\"", "Y \"7\"", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "t1", "f3 0 \"\" 0", "Y \"end\"", "Y \"7\"", "R Err(\"\")", "<drop coroutine>"]], &["cap"]),
    (p028::run, &[&["x", "", "four", "ab", "four", "x"], &["", "x", "hello", "ab"], &["ab", "x", "hello", "four", "x", "four", "ab", "four"]], &[&["t1", "Y \"\"", "Y \"1\"", "acc 4", "add 4", "keep v15 14", "take v15", "drop v15", "add 7", "acc 15", "add 3", "add 1", "t16", "Y \"x\"", "t17", "drop cap", "R Err(\"4\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"\"", "Y \"hello\"", "drop v3", "drop v3", "drop v5", "t17", "drop cap", "R Err(\"4\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"\"", "Y \"ab\"", "acc 5", "acc 2", "acc 2", "add 3", "add 3", "add 8", "add 2", "add 12", "acc 3", "add 3", "add 2", "add 9", "drop k10", "acc 2", "Y \"four\"", "f3 3 \"ab-1\" 4", "add 11", "add 2", "Y \"ab\"", "keep v11 26", "keep v11 -52", "Y \"hello\"", "t12", "t13", "drop v11", "Y \"ab\"", "acc 2", "acc 2", "acc 2", "add 3", "add 3", "add 8", "add 2", "add 12", "acc 3", "add 3", "add 2", "add 9", "drop k10", "acc 2", "Y \"four\"", "f3 3 \"ab-1\" 4", "add 11", "add 2", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p029::run, &[&["four"], &["four"], &["four", "x", "xyz", "four"]], &[&["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t3", "Y \"four\"", "t6", "acc 4", "add 4", "add 5", "keep v8 13", "keep v8 0", "consume v8", "drop v8", "acc 4", "add 4", "add 5", "keep v8 13", "keep v8 1", "consume v8", "drop v8", "drop k7", "acc 4", "add 3", "add 4", "drop cap", "drop v17", "drop k9", "t6", "acc 4", "add 4", "add 5", "keep v8 13", "keep v8 0", "consume v8", "drop v8", "acc 4", "add 4", "add 5", "keep v8 13", "keep v8 1", "consume v8", "drop v8", "drop k7", "drop v16", "drop v17", "drop k9", "Y \"four\"", "drop v16", "R Ok(4)", "<drop coroutine>"]], &["cap", "v10", "v16"]),
    (p030::run, &[&["four", "x", "xyz"], &["hello"], &["hello", "four"]], &[&["t1", "Y \"four\"", "Y \"fourab\"", "take cap", "drop cap", "consume v7", "drop v7", "R None", "<drop coroutine>"], &["drop cap", "R None", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p031::run, &[&["hello"], &["x", "xyz", "ab", "ab"], &["ab", "x", "ab", "hello", "x", "hello", "ab"]], &[&["t1", "acc 3", "add 4", "add 5", "f3 7 \"x-5\" 12", "keep v4 3", "take v4", "drop v4", "Y \"\"", "<drop coroutine>", "drop v5", "drop cap"], &["t1", "acc 3", "add 4", "add 1", "f3 7 \"x-1\" 8", "keep v4 3", "take v4", "drop v4", "Y \"\"", "consume v7", "drop v7", "Y \"x-3\"", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "consume v7", "drop v7", "Y \"x-3x\"", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "drop v5", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["t1", "acc 3", "add 4", "add 2", "f3 7 \"x-2\" 9", "keep v4 3", "take v4", "drop v4", "Y \"\"", "consume v7", "drop v7", "Y \"x-3\"", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "consume v7", "drop v7", "Y \"x-3\"", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "drop v5", "drop k15", "Y \"hello\"", "Y \"\"", "keep v19 2", "keep v21 20", "take v21", "drop v21", "keep v19 7", "Y \"2\"", "keep v19 2", "drop v19", "Y \"-19\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p032::run, &[&["", "hello"], &["hello", "ab", "", ""], &["hello", "ab"]], &[&["Y \"\"", "drop k2", "drop cap", "PANIC p3", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p033::run, &[&["ab", "hello", "hello", "four", "x", "xyz", "four", "ab"], &["four", "four", "four", "xyz"], &["x", "", "", "x", "hello", "", "four"]], &[&["drop cap", "PANIC p11", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p11", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p11", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p034::run, &[&["", "hello"], &["ab", "ab", "xyz", "ab", "four"], &["hello", "ab", "ab", "x"]], &[&["acc 7", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["acc 7", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"ab\"", "Y \"ab\"", "drop v7", "drop v7", "drop v7", "t9", "Y \"\"", "f3 0 \"3\" 4", "acc 1", "add 0", "add 1", "Y \"2\"", "f3 1 \"1\" 4", "acc 1", "add 1", "add 1", "Y \"3\"", "<drop coroutine>", "drop cap"], &["acc 7", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"hello\"", "Y \"ab\"", "drop v7", "drop v7", "t9", "Y \"\"", "f3 0 \"3\" 4", "acc 1", "add 0", "add 1", "Y \"2\"", "<drop coroutine>", "drop cap"]], &["cap", "v7"]),
    (p035::run, &[&["ab", "four", "ab", "", "four", "four", "xyz"], &["x", "x", "", "four", "ab"], &["", ""]], &[&["keep v2 1", "take v2", "drop v2", "take v8", "drop v8", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "drop v8", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "take v8", "drop v8", "Y \"-0\"", "drop cap", "R 4", "<drop coroutine>"]], &["cap", "v10", "v8"]),
    (p036::run, &[&["four", "ab", "ab", "hello", "hello", "ab", "ab", "ab"], &["x", "ab"], &["x", "hello", "four"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"four\"", "keep v6 4", "drop v6", "take cap", "drop cap", "R Err(\"four-7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "keep v6 1", "drop v6", "take cap", "drop cap", "R Err(\"x-7\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "keep v6 1", "drop v6", "take cap", "drop cap", "R Err(\"x-7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p037::run, &[&["xyz", "", "ab", "xyz"], &["xyz", "x", "four", "ab", "four"], &["xyz", "", "xyz", "xyz", "hello", ""]], &[&["t1", "Y \"xyz\"", "drop cap", "keep v2 3", "f3 3 \"xyz\" 3", "keep v2 9", "Y \"ab\"", "f3 6 \"ab\" 2", "keep v2 10", "drop k3", "t6", "acc 3", "f3 3 \"ab\" 3", "add 8", "acc 3", "add 2", "add 3", "add 8", "t7", "Y \"hellox\"", "t9", "Y \"xyzfour-4\"", "<drop coroutine>", "drop v2"], &["t1", "Y \"xyz\"", "drop cap", "keep v2 3", "f3 3 \"xyz\" 3", "keep v2 9", "Y \"ab\"", "f3 6 \"four\" 2", "keep v2 12", "drop k3", "t6", "acc 3", "f3 3 \"ab\" 3", "add 8", "acc 3", "add 2", "add 3", "add 8", "t7", "Y \"hellox\"", "t9", "Y \"xyzfour-4\"", "Y \"2-4\"", "<drop coroutine>", "drop v2"], &["t1", "Y \"xyz\"", "drop cap", "keep v2 3", "f3 3 \"xyz\" 3", "keep v2 9", "Y \"ab\"", "f3 6 \"xyz\" 2", "keep v2 11", "drop k3", "t6", "acc 3", "f3 3 \"ab\" 3", "add 8", "acc 3", "add 2", "add 3", "add 8", "t7", "Y \"hellox\"", "t9", "Y \"xyzfour-4\"", "Y \"2-4\"", "t6", "acc 3", "f3 3 \"ab\" 3", "add 8", "acc 3", "add 2", "add 3", "add 8", "t7", "Y \"hellox\"", "<drop coroutine>", "drop v2"]], &["cap", "v2"]),
    (p038::run, &[&["xyz", "x"], &["x", "hello", ""], &["x", "xyz", "ab", "xyz", "", "x", "hello", "four"]], &[&["t1", "Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t5", "acc 4", "add 3", "add 3", "f3 10 \"\" 10", "keep v4 3", "take v4", "drop v4", "t5", "acc 4", "add 3", "add 3", "f3 10 \"\" 10", "keep v4 3", "take v4", "drop v4", "t5", "acc 4", "add 3", "add 3", "f3 10 \"\" 10", "drop k7", "acc 3", "drop cap", "R None", "<drop coroutine>"], &["t1", "Y \"x\"", "Y \"xyz-10\"", "acc 3", "drop cap", "R None", "<drop coroutine>"], &["t1", "Y \"x\"", "Y \"xyz-8\"", "acc 3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p039::run, &[&["ab", "", "ab", "x", "xyz", "ab", "hello"], &["xyz", "", "four", "hello", "ab"], &["four", "hello", "hello", "four", ""]], &[&["Y \"4\"", "keep v13 12", "take v13", "drop v13", "drop k14", "keep v17 16", "take v17", "drop v17", "keep v13 12", "take v13", "drop v13", "drop k15", "keep v17 16", "take v17", "drop v17", "drop v19", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"4\"", "keep v13 12", "take v13", "drop v13", "drop k14", "keep v17 16", "take v17", "drop v17", "keep v13 12", "take v13", "drop v13", "drop k15", "keep v17 16", "take v17", "drop v17", "keep cap 18", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"4\"", "keep v13 12", "take v13", "drop v13", "drop k15", "keep v17 16", "take v17", "drop v17", "keep v13 12", "take v13", "drop v13", "drop k15", "keep v17 16", "take v17", "drop v17", "drop v19", "drop cap", "R Ok(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v3"]),
    (p040::run, &[&["xyz", "hello", "hello", "ab", ""], &["four", "xyz", "four", "four"], &["", "ab", "ab", "four"]], &[&["Y \"xyz\"", "t1", "Y \"3\"", "keep v5 4", "take v5", "drop v5", "acc 7", "keep v7 6", "take v7", "drop v7", "add 7", "add 3", "drop v8", "drop v8", "drop v8", "t11", "Y \"xxyz\"", "drop v12", "drop cap", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "t1", "Y \"4\"", "keep v5 4", "take v5", "drop v5", "acc 7", "keep v7 6", "take v7", "drop v7", "add 7", "add 3", "drop v8", "drop v8", "drop v8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "t1", "Y \"0\"", "keep v5 4", "take v5", "drop v5", "acc 7", "keep v7 6", "take v7", "drop v7", "add 7", "add 3", "drop v8", "drop v8", "drop v8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p041::run, &[&["hello", "four", "four", "x", "hello", "", "ab", "four"], &["xyz", "x"], &["x", "", "four", "four", "ab"]], &[&["drop v8", "drop v8", "t11", "Y \"xyz-3\"", "drop k13", "drop v19", "Y \"fourhello\"", "t20", "drop v19", "Y \"fourhello\"", "t20", "Y \"four\"", "acc 5", "add 3", "keep v24 23", "take v24", "drop v24", "add 7", "Y \"xx\"", "Y \"xx\"", "drop v19", "Y \"fourhello\"", "t20", "drop v19", "Y \"fourhello\"", "<drop coroutine>", "drop cap"], &["drop v8", "drop v8", "t11", "Y \"xyz-3\"", "drop k13", "drop v19", "Y \"fourhello\"", "<drop coroutine>", "drop cap"], &["drop v8", "drop v8", "t11", "Y \"xyz-3\"", "drop k13", "drop v19", "Y \"fourhello\"", "t20", "drop v19", "Y \"fourhello\"", "t20", "Y \"four\"", "acc 2", "add 3", "keep v24 23", "take v24", "drop v24", "add 7", "Y \"xx\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p042::run, &[&["", "ab", "", "hello", "x", "ab", "hello", "ab"], &["ab", "xyz", "four", "hello", "four", "hello", "four", "x"], &["four", "hello"]], &[&["t1", "keep cap 0", "drop cap", "R Err(\"long x-0\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "keep cap 2", "drop cap", "R Err(\"long x-0\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p043::run, &[&["x", "hello", "x", "x", "xyz", "hello"], &["xyz", "", "", "xyz", "xyz", "x", "x"], &["ab"]], &[&["keep v2 1", "take v2", "drop v2", "t3", "Y \"xyz\"", "drop cap", "Y \"four\"", "acc 1", "f3 2 \"x\" 3", "Y \"x-21\"", "f3 2 \"x\" 5", "f3 6 \"x\" 8", "add 15", "keep v12 11", "take v12", "drop v12", "acc 7", "add 1", "add 4", "add 12", "keep v14 13", "take v14", "drop v14", "PANIC p15", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "t3", "Y \"xyz\"", "drop cap", "Y \"four\"", "acc 0", "f3 2 \"xyz\" 3", "Y \"xyz-21\"", "f3 2 \"xyz\" 5", "f3 8 \"xyz\" 10", "add 21", "keep v12 11", "take v12", "drop v12", "acc 7", "add 3", "add 4", "add 14", "keep v14 13", "take v14", "drop v14", "PANIC p15", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "t3", "drop v10", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p044::run, &[&["hello", "ab", "four", "xyz", "x", "hello"], &["ab", "ab", "ab", "four", "x"], &["xyz", "ab", "four", "x", "xyz", "hello"]], &[&["Y \"hello\"", "t5", "drop v4", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "t5", "drop v4", "t2", "drop k3", "t11", "keep cap 4", "t14", "t13", "Y \"2\"", "Y \"hello-2\"", "t14", "t13", "Y \"2\"", "Y \"hello-2\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "t5", "drop v4", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p045::run, &[&["", "hello", "ab", "", "ab", "", "", "ab"], &["x", "four", "x", "ab", "xyz"], &["hello", "", "xyz", "", "hello"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"x\"", "Y \"ab\"", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v5 4", "take v5", "drop v5", "Y \"four\"", "keep cap 11", "Y \"1\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v5 4", "take v5", "drop v5", "Y \"four\"", "keep cap 7", "Y \"1\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p046::run, &[&["x"], &["four", "hello", "hello", "ab"], &["x", "hello", "xyz", "xyz", "xyz", "four"]], &[&["consume v5", "drop v5", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t2", "consume v5", "drop v5", "Y \"ab\"", "t6", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v5", "drop v5", "Y \"ab\"", "t6", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p047::run, &[&["", "x", "xyz", "hello", "x", "x", "four"], &["x", "x", "hello", "ab", "ab", "xyz", "ab"], &["xyz", "ab", "", ""]], &[&["t6", "Y \"ab\"", "keep v3 2", "take v3", "drop v3", "t9", "take cap", "drop cap", "acc 7", "acc 3", "add 0", "add 1", "add 4", "add 2", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k5", "keep v3 2", "take v3", "drop v3", "t9", "take cap", "drop cap", "acc 7", "acc 3", "add 0", "add 1", "add 4", "add 2", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k5", "keep v3 2", "take v3", "drop v3", "t9", "take cap", "drop cap", "acc 7", "acc 3", "add 0", "add 1", "add 4", "add 2", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p048::run, &[&["hello", "xyz", "xyz", "four"], &["x", "hello", "x", "x", "four"], &["hello", "four", "hello", "xyz", "hello"]], &[&["keep cap 1", "take cap", "drop cap", "f3 5 \"hello\" 5", "consume v2", "drop v2", "t4", "keep v6 2", "keep v6 7", "Y \"\"", "acc 7", "add 7", "add 3", "keep v9 2", "f3 7 \"xyz\" 2", "keep v9 12", "drop v9", "drop v10", "Y \"ab\"", "acc 7", "add 7", "add 1", "keep v9 2", "f3 7 \"6\" 2", "keep v9 10", "drop v9", "drop v10", "Y \"ab\"", "Y \"xyz\"", "<drop coroutine>", "drop v6"], &["keep cap 1", "take cap", "drop cap", "f3 1 \"x\" 5", "consume v2", "drop v2", "t4", "keep v6 2", "keep v6 7", "Y \"\"", "acc 7", "add 7", "add 5", "keep v9 2", "f3 7 \"hello\" 2", "keep v9 14", "drop v9", "drop v10", "Y \"ab\"", "acc 7", "add 7", "add 1", "keep v9 2", "f3 7 \"6\" 2", "keep v9 10", "drop v9", "drop v10", "Y \"ab\"", "Y \"xyz\"", "drop k12", "t13", "Y \"x\"", "<drop coroutine>", "drop v6"], &["keep cap 1", "take cap", "drop cap", "f3 5 \"hello\" 5", "consume v2", "drop v2", "t4", "keep v6 2", "keep v6 7", "Y \"\"", "drop k8", "Y \"ab\"", "acc 7", "add 7", "add 1", "keep v9 2", "f3 7 \"6\" 2", "keep v9 10", "drop v9", "drop v10", "Y \"ab\"", "Y \"xyz\"", "t13", "Y \"x\"", "<drop coroutine>", "drop v6"]], &["cap", "v6"]),
    (p049::run, &[&["ab", "hello", "four", "xyz", "ab", "xyz", "hello"], &["ab", "four", "hello", "hello", "four", "xyz", "four", ""], &["hello", "xyz", "four"]], &[&["take cap", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p050::run, &[&["", "xyz"], &["ab"], &["ab", "xyz", "ab", "hello"]], &[&["acc 0", "add 1", "add 3", "t2", "keep v6 5", "take v6", "drop v6", "drop v7", "Y \"-7\"", "t8", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 1", "add 3", "t2", "keep v6 5", "take v6", "drop v6", "drop v7", "Y \"ab-7\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 1", "add 3", "t2", "keep v6 5", "take v6", "drop v6", "drop v7", "Y \"ab-7\"", "t8", "Y \"hello\"", "f3 3 \"ab\" 4", "Y \"-4\"", "Y \"99\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p051::run, &[&["four", "hello"], &["hello", "x", "ab", "x", "x", "", "hello", "hello"], &["four", "", "ab", "xyz"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p052::run, &[&["ab"], &["hello", ""], &["four", "four", "", "", "hello"]], &[&["keep cap 2", "take cap", "drop cap", "keep v3 2", "keep v3 0", "drop k5", "drop k4", "drop v3", "keep v3 2", "keep v3 0", "drop k5", "drop k4", "drop v3", "keep v3 2", "keep v3 0", "drop k5", "drop k4", "drop v3", "t9", "Y \"ab\"", "<drop coroutine>"], &["keep cap 2", "take cap", "drop cap", "Y \"0\"", "Y \"1\"", "<drop coroutine>"], &["keep cap 2", "take cap", "drop cap", "keep v3 5", "keep v3 0", "drop k5", "drop k4", "drop v3", "keep v3 5", "keep v3 0", "drop k5", "drop k4", "drop v3", "keep v3 5", "keep v3 0", "drop k5", "drop k4", "drop v3", "t9", "Y \"four\"", "keep v15 14", "take v15", "drop v15", "acc 7", "acc 8", "add 3", "add 5", "add 16", "add 4", "Y \"four\"", "t17", "acc 31", "add 31", "add 4", "Y \"four\"", "keep v23 22", "take v23", "drop v23", "keep v21 7", "consume v21", "drop v21", "Y \"xyz\"", "acc 31", "add 31", "add 4", "Y \"\"", "<drop coroutine>"]], &["cap", "v26"]),
    (p053::run, &[&["x", "ab", "hello", "xyz", "xyz", "ab", ""], &["ab", "ab", "four", "x", "four", "xyz", "", "four"], &["", "x", "xyz", "four", ""]], &[&["Y \"hello\"", "keep v1 3", "keep v1 2", "Y \"x\"", "acc 4", "add 3", "add 3", "f3 5 \"3\" 10", "keep v1 16", "drop v1", "drop k2", "acc 2", "add 2", "keep v5 4", "take v5", "drop v5", "add 7", "drop k3", "t6", "acc 2", "t8", "add 3", "take cap", "drop cap", "add 7", "t9", "Y \"abfour\"", "Y \"11\"", "f3 1 \"xyz\" 2", "f3 2 \"xyz\" 6", "Y \"fourab\"", "drop v10", "t9", "Y \"abfour\"", "Y \"xyzab\"", "<drop coroutine>"], &["Y \"hello\"", "keep v1 3", "keep v1 2", "Y \"ab\"", "acc 4", "add 3", "add 3", "f3 4 \"3\" 10", "keep v1 15", "drop v1", "drop k2", "acc 2", "add 2", "keep v5 4", "take v5", "drop v5", "add 7", "drop k3", "t6", "acc 2", "t8", "add 3", "take cap", "drop cap", "add 7", "t9", "Y \"abfour\"", "Y \"11\"", "f3 1 \"four\" 2", "f3 2 \"x\" 7", "Y \"fourab\"", "drop v10", "t9", "Y \"abfour\"", "Y \"xyzxyz\"", "f3 2 \"four\" 6", "f3 2 \"\" 12", "Y \"fourab\"", "<drop coroutine>"], &["Y \"hello\"", "keep v1 3", "keep v1 2", "Y \"\"", "acc 4", "add 3", "add 3", "f3 3 \"3\" 10", "keep v1 14", "drop v1", "drop k2", "acc 2", "add 2", "keep v5 4", "take v5", "drop v5", "add 7", "drop k3", "t6", "acc 2", "t8", "add 3", "take cap", "drop cap", "add 7", "t9", "Y \"abfour\"", "Y \"11\"", "f3 1 \"\" 2", "f3 2 \"four\" 3", "Y \"fourab\"", "<drop coroutine>"]], &["cap"]),
    (p054::run, &[&["xyz", "four", "hello", "x", "ab", "hello", "xyz", "xyz"], &["x", "xyz", "", "four", "", "", "four"], &["x", "hello", "x", "", "xyz", "four", "x"]], &[&["keep v3 2", "take v3", "drop v3", "t4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 5", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 12", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 1", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 8", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 2", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 9", "t14", "drop v7", "keep v3 2", "take v3", "drop v3", "t4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 3", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 10", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 3", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 10", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "<drop coroutine>", "drop v7", "drop cap"], &["keep v3 2", "take v3", "drop v3", "t4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 0", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 7", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 4", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 11", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 0", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 7", "t14", "drop v7", "keep v3 2", "take v3", "drop v3", "t4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 4", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 11", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "<drop coroutine>", "drop v7", "drop cap"], &["keep v3 2", "take v3", "drop v3", "t4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 1", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 8", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 0", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 7", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 3", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 10", "t14", "drop v7", "keep v3 2", "take v3", "drop v3", "t4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "acc 1", "add 0", "keep v13 12", "take v13", "drop v13", "add 7", "add 8", "t14", "drop v7", "keep v9 8", "take v9", "drop v9", "acc 7", "keep v11 10", "take v11", "drop v11", "add 8", "Y \"xyz\"", "<drop coroutine>", "drop v7", "drop cap"]], &[]),
    (p055::run, &[&["x"], &["x", "ab", "hello", "ab"], &["four", "ab", "four", "x", "xyz", "four"]], &[&["take cap", "drop cap", "consume v9", "drop v9", "acc 3", "t11", "f3 7 \"four\" 11", "add 22", "add 0", "drop k10", "R Some(4)", "<drop coroutine>"], &["take cap", "drop cap", "consume v9", "drop v9", "acc 3", "t11", "f3 7 \"four\" 11", "add 22", "add 0", "drop k10", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 5", "add 2", "keep v4 3", "take v4", "drop v4", "add 7", "drop k2", "consume v9", "drop v9", "acc 3", "t11", "f3 14 \"four\" 18", "add 36", "add 0", "drop k10", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p056::run, &[&["x", "xyz", "", "x", "ab"], &["xyz", "four", "xyz", "ab", "x", "", "x", "hello"], &["ab", "", "four", "hello", "xyz", "four", "xyz"]], &[&["t7", "Y \"xx\"", "consume v8", "drop v8", "t7", "Y \"hellox\"", "consume v8", "drop v8", "t7", "Y \"hellox\"", "consume v8", "drop v8", "keep v4 3", "take v4", "drop v4", "acc 7", "keep v6 5", "take v6", "drop v6", "add 7", "add 0", "Y \"hello-14\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["t7", "Y \"xyzx\"", "consume v8", "drop v8", "t7", "Y \"hellox\"", "consume v8", "drop v8", "t7", "Y \"hellox\"", "consume v8", "drop v8", "keep v4 3", "take v4", "drop v4", "acc 7", "keep v6 5", "take v6", "drop v6", "add 7", "add 0", "Y \"hello-14\"", "Y \"hello\"", "drop v11", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t7", "Y \"abx\"", "consume v8", "drop v8", "t7", "Y \"hellox\"", "consume v8", "drop v8", "t7", "Y \"hellox\"", "consume v8", "drop v8", "keep v4 3", "take v4", "drop v4", "acc 7", "keep v6 5", "take v6", "drop v6", "add 7", "add 0", "Y \"hello-14\"", "Y \"hello\"", "drop v11", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p057::run, &[&["", "ab", "xyz", "x", "ab", "x"], &["four", "xyz", "hello", "", "four", "", ""], &["ab", "x", "four"]], &[&["drop v2", "Y \"\"", "drop k5", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "drop k5", "Y \"four\"", "drop k5", "Y \"four-2\"", "drop k11", "Y \"x\"", "drop cap", "R Ok(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "drop k5", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p058::run, &[&["xyz", "xyz", "ab", "xyz", "xyz", "hello", "ab"], &["", "", "ab", "ab"], &["", "", "x", "", "x"]], &[&["drop v1", "drop k3", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "Y \"0\"", "consume v8", "drop v8", "drop v9", "drop k3", "Y \"x\"", "drop v10", "Y \"xyz\"", "f3 1 \"ab\" 5", "drop cap", "R Ok(8)", "<drop coroutine>"], &["drop v1", "Y \"0\"", "consume v8", "drop v8", "drop v9", "drop k3", "Y \"x\"", "Y \"xyz\"", "f3 1 \"\" 5", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p059::run, &[&["xyz", "xyz", "ab", ""], &["four"], &["", "ab", "four", "ab"]], &[&["Y \"abfour\"", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"abfour\"", "<drop coroutine>", "drop cap"], &["Y \"abfour\"", "drop cap", "R Ok(30)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v11", "v3"]),
    (p060::run, &[&["ab", "xyz"], &["hello", "ab", "", "four", ""], &["hello", "hello", "four", "xyz", "x", "ab", "xyz", "ab"]], &[&["acc 2", "add 0", "add 0", "keep cap 2", "acc 1", "add 1", "add 2", "f3 5 \"ab\" 4", "keep cap 11", "t2", "Y \"ab\"", "acc 4", "t3", "add 3", "add 3", "acc 4", "t3", "add 3", "add 3", "take cap", "drop cap", "R Some(7)", "<drop coroutine>"], &["acc 5", "add 0", "add 0", "keep cap 5", "acc 1", "add 1", "add 5", "f3 5 \"hello\" 7", "keep cap 17", "t2", "Y \"hello\"", "acc 4", "t3", "add 3", "add 3", "acc 4", "t3", "add 3", "add 5", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 5", "add 0", "add 0", "keep cap 5", "acc 1", "add 1", "add 5", "f3 5 \"hello\" 7", "keep cap 17", "t2", "Y \"hello\"", "acc 4", "t3", "add 3", "add 3", "acc 4", "t3", "add 3", "add 3", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v4"]),
    (p061::run, &[&["hello"], &["x", "four", "hello", "hello", "four", ""], &["ab", "", "", "hello", "hello", "four", "four"]], &[&["drop cap", "t2", "drop k3", "R Err(\"long hello\")", "<drop coroutine>"], &["drop cap", "t2", "drop k3", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "t2", "drop k3", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p062::run, &[&["four", "xyz", "", "hello", "xyz", "ab", "xyz"], &["four", "xyz", "", "four", "hello", "x"], &["four", "hello", "four"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p063::run, &[&["xyz", "four", "", "hello", "x"], &["four", "x"], &["x", "xyz", "xyz"]], &[&["t1", "t3", "Y \"xyz-7-7\"", "t4", "Y \"xyz\"", "t9", "drop v10", "Y \"xyz\"", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "t3", "Y \"four-8-8\"", "t4", "drop cap", "PANIC p5", "<drop coroutine>"], &["t1", "t3", "Y \"x-5-5\"", "t4", "Y \"xyz\"", "t9", "drop v10", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p064::run, &[&["", "ab"], &["four", "four", "x", "", "hello", "", "xyz", "xyz"], &["x", "ab"]], &[&["drop k2", "t4", "f3 2 \"\" 5", "acc 7", "add 2", "acc 2", "add 3", "add 2", "add 7", "acc 16", "add 2", "add 0", "drop k5", "Y \"-0\"", "f3 2 \"ab\" 5", "acc 9", "add 0", "acc 2", "add 3", "add 2", "add 7", "acc 16", "add 2", "add 2", "drop k5", "t7", "Y \"ab-4\"", "<drop coroutine>", "drop v1", "drop cap"], &["drop k2", "t4", "f3 2 \"four\" 5", "acc 11", "add 2", "acc 2", "add 3", "add 2", "add 7", "acc 20", "add 2", "drop k5", "drop v1", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "t4", "f3 2 \"x\" 5", "acc 8", "add 2", "acc 2", "add 3", "add 2", "add 7", "acc 17", "add 2", "add 1", "drop k5", "Y \"x-1\"", "f3 2 \"ab\" 5", "acc 9", "add 1", "acc 2", "add 3", "add 2", "add 7", "acc 17", "add 2", "add 2", "drop k5", "Y \"ab-4\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap"]),
    (p065::run, &[&["x", "four", "xyz", "hello", "ab", "hello", "x", "hello"], &["four", "hello", "", "xyz", "xyz"], &["x"]], &[&["keep v2 3", "Y \"x\"", "keep v2 4", "keep v2 1", "take v2", "drop v2", "Y \"ab\"", "Y \"xyz\"", "consume v4", "drop v4", "t5", "Y \"xyz-5\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 3", "Y \"four\"", "keep v2 5", "keep v2 1", "take v2", "drop v2", "Y \"ab\"", "t3", "Y \"\"", "consume v4", "drop v4", "t5", "Y \"-3\"", "acc -3", "add 1", "add 0", "acc 0", "add 0", "add 5", "drop cap", "R Some(5)", "<drop coroutine>"], &["keep v2 3", "Y \"x\"", "<drop coroutine>", "drop v2", "drop cap"]], &["cap"]),
    (p066::run, &[&["ab", "xyz", "x", "ab", "x", "ab"], &["xyz", "x", "x"], &["four", "ab", "xyz", "hello", "hello", "", "x", "four"]], &[&["t1", "Y \"xyz\"", "f3 1 \"four\" 5", "keep v16 10", "acc 5", "add 5", "keep v18 17", "take v18", "drop v18", "add 7", "keep v16 17", "t19", "drop k20", "keep v22 2", "drop v22", "keep v23 3", "drop v16", "keep v26 25", "take v26", "drop v26", "keep v28 27", "take v28", "drop v28", "Y \"x-7\"", "Y \"hello\"", "Y \"four\"", "drop v23", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"xyz\"", "f3 1 \"four\" 5", "keep v16 10", "acc 5", "add 5", "keep v18 17", "take v18", "drop v18", "add 7", "keep v16 17", "t19", "drop k20", "keep v22 2", "drop v22", "keep v23 3", "drop v16", "keep v26 25", "take v26", "drop v26", "keep v28 27", "take v28", "drop v28", "Y \"x-7\"", "Y \"hello\"", "<drop coroutine>", "drop v23", "drop cap"], &["t1", "Y \"xyz\"", "drop cap", "R Err(\"long fourx-1\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v23"]),
    (p067::run, &[&["hello", "ab"], &["four", "", "x", "xyz", "four", "ab"], &[""]], &[&["t4", "t5", "drop v1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t4", "t5", "drop v1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t4", "t5", "drop v1", "drop cap", "R 3", "<drop coroutine>"]], &["cap", "v1"]),
    (p068::run, &[&["xyz", "", "", "four", ""], &["hello", "hello", "hello", "x"], &["ab", "xyz", "ab", "four", "four", "hello"]], &[&["keep v3 2", "take v3", "drop v3", "Y \"xyz\"", "Y \"\"", "t5", "keep v7 7", "drop v7", "t8", "Y \"3\"", "Y \"xyz\"", "drop k9", "Y \"2ab\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "Y \"\"", "t5", "t6", "Y \"ab\"", "t8", "Y \"3\"", "<drop coroutine>", "drop cap"], &["f3 3 \"hello\" 3", "t4", "Y \"ab\"", "Y \"\"", "t5", "keep v7 11", "drop v7", "t8", "Y \"3\"", "Y \"xyz\"", "drop k9", "Y \"2ab\"", "drop v10", "Y \"11\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p069::run, &[&["xyz", "x", "xyz"], &["four", "hello"], &["xyz", "four", "ab"]], &[&["t2", "Y \"xyz\"", "Y \"x\"", "t6", "keep v5 0", "drop v5", "t2", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"xyz\"", "Y \"x\"", "t6", "keep v5 0", "drop v5", "t2", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap", "v7"]),
    (p070::run, &[&["ab", "", "xyz", "hello", "xyz", "ab"], &["x", "x", "four"], &["x", "four"]], &[&["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "t3", "Y \"four\"", "acc 3", "add 3", "add 3", "acc 9", "add 2", "add 6", "drop k4", "drop cap", "R 17", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "t3", "Y \"four\"", "keep v6 5", "take v6", "drop v6", "t7", "f3 7 \"ab\" 4", "f3 3 \"13\" 4", "take cap", "drop cap", "drop k9", "drop k9", "f3 4 \"\" 4", "R 8", "<drop coroutine>"]], &["cap"]),
    (p071::run, &[&["four", "x", "four", "hello", "ab", "ab"], &["ab", "", "ab", "", "xyz", "x", "xyz"], &["four", "x", "hello", "x"]], &[&["take cap", "drop cap", "Y \"7\"", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["take cap", "drop cap", "Y \"7\"", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["take cap", "drop cap", "Y \"7\"", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p072::run, &[&["hello"], &["ab", "hello", "xyz", "ab", "", "x", "x", "ab"], &["x", "", "", "ab", "four", "four", "xyz"]], &[&["keep cap 2", "take cap", "drop cap", "Y \"four\"", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 2", "take cap", "drop cap", "Y \"four\"", "Y \"x\"", "Y \"\"", "drop k18", "Y \"7four\"", "drop k18", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p073::run, &[&["x", "x"], &["ab", "xyz", "", "x", "x", "ab", "x", "ab"], &["ab", "ab", "hello", "x", "four", "x", "x"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v4"]),
    (p074::run, &[&["xyz", "xyz", "xyz", "four", "x", "four"], &["x", "four", "", "four"], &["", "xyz", "four", "four", "hello"]], &[&["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p075::run, &[&["ab", "four"], &["xyz", "xyz", "ab"], &["four", "", "x", "ab", ""]], &[&["t2", "Y \"ab-3\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop v7", "Y \"ab-3\"", "<drop coroutine>", "drop k3", "drop cap"], &["t2", "Y \"xyz-3\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop v7", "Y \"xyz-3\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop v7", "drop k3", "take cap", "drop cap", "R Some(7)", "<drop coroutine>"], &["t2", "Y \"four-3\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop v7", "Y \"four-3\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop v7", "drop k3", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p076::run, &[&["xyz", "", "", "x", "xyz", "ab", "four"], &["hello", "", "x", "xyz", ""], &["four", "hello", "four", "ab", "ab"]], &[&["drop k3", "Y \"xyz\"", "drop k6", "t8", "drop k7", "take v5", "drop v5", "Y \"xyz-2xyz-3\"", "drop k17", "drop v11", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "Y \"xyz\"", "drop k6", "t8", "drop k7", "take v5", "drop v5", "Y \"hello-2hello-5\"", "drop k17", "drop v11", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "Y \"ab\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v15", "v5"]),
    (p077::run, &[&["hello", "ab", "ab"], &["four", "", "four", "xyz", "four", "ab", "four", ""], &["", "x", "x", "", "x", "hello"]], &[&["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "t4", "drop k6", "t4", "drop k5", "t9", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"four\"", "t4", "drop k5", "t4", "drop k5", "t9", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"\"", "t4", "drop k5", "t4", "drop k5", "t9", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p078::run, &[&["hello", "four", "xyz", "hello", "xyz", "hello", "xyz", ""], &["x", "", "xyz", "four"], &["hello", "xyz", "xyz"]], &[&["keep v1 8", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v4", "drop v4", "acc 5", "add 3", "add 5", "Y \"13\"", "Y \"abfour\"", "Y \"3four\"", "Y \"5\"", "f3 0 \"xyz\" 2", "Y \"5\"", "f3 0 \"abfour\" 2", "Y \"8\"", "drop k15", "drop v1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v1 4", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v4", "drop v4", "acc 1", "add 3", "add 5", "Y \"9\"", "Y \"ab\"", "Y \"3four\"", "Y \"4\"", "<drop coroutine>", "drop v1", "drop cap"], &["keep v1 8", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v4", "drop v4", "acc 5", "add 3", "add 5", "Y \"13\"", "Y \"abxyz\"", "Y \"3four\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap"]),
    (p079::run, &[&["", "x", "hello"], &["", "four", ""], &["four", "four"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p080::run, &[&["ab", "x"], &["x", "ab", "four", "hello"], &["hello", "hello", "xyz", "xyz", "hello", "xyz"]], &[&["Y \"x\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["t1", "drop k2", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["t1", "drop k2", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p081::run, &[&["four", "xyz"], &["four"], &["", "four", "ab", "x"]], &[&["acc 3", "add 4", "add 4", "Y \"11\"", "take cap", "drop cap", "drop k3", "keep v5 4", "take v5", "drop v5", "Y \"four\"", "<drop coroutine>"], &["acc 3", "add 4", "add 4", "Y \"11\"", "<drop coroutine>", "drop cap"], &["acc 3", "add 0", "add 0", "Y \"3\"", "take cap", "drop cap", "drop k3", "keep v5 4", "take v5", "drop v5", "Y \"\"", "t7", "Y \"\"", "t8", "f3 2 \"x\" 10", "Y \"\"", "<drop coroutine>"]], &["cap"]),
    (p082::run, &[&["xyz"], &["x", "hello", "four", "hello", "", "four", "four"], &["xyz", "four", "xyz", "hello", "hello", "four"]], &[&["drop v1", "R Err(\"long xyz\")", "<drop coroutine>", "drop cap"], &["t2", "keep v4 3", "take v4", "drop v4", "f3 1 \"x\" 7", "Y \"xx\"", "t5", "Y \"hellox\"", "keep v11 2", "keep v11 10", "take v11", "drop v11", "drop v1", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["drop v1", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &["v1"]),
    (p083::run, &[&["", "hello", "ab", "ab"], &["hello"], &["", "four", "ab", "", "xyz", "x"]], &[&["keep v2 0", "acc -2", "add 0", "add 5", "drop v2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "<drop coroutine>"], &["keep v2 0", "acc -2", "add 0", "add 5", "drop v2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v2"]),
    (p084::run, &[&["four", "xyz", ""], &["", "hello", "hello"], &["four", ""]], &[&["Y \"3\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"3\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"3\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p085::run, &[&["", "", "ab", "ab", "xyz", "x"], &["ab", "ab"], &["hello", "hello", "four", "", "hello"]], &[&["Y \"\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz\"", "Y \"abhello\"", "t8", "t9", "Y \"hello\"", "f3 5 \"xyz\" 3", "keep v11 11", "drop v11", "drop k12", "Y \"hello\"", "f3 5 \"x\" 3", "keep v11 9", "drop v11", "drop k12", "Y \"\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"ab\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"hello\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz\"", "Y \"abhello\"", "t8", "t9", "Y \"hello\"", "f3 5 \"hello\" 3", "keep v11 13", "drop v11", "drop k12", "Y \"hello\"", "<drop coroutine>", "drop v11", "drop v1", "drop cap"]], &["cap", "v1"]),
    (p086::run, &[&["four", "", "four", "xyz", "four"], &["hello", "four", "ab", "", "four"], &["xyz", "ab", "hello", "hello", "x", "four", "x", ""]], &[&["f3 3 \"ab\" 4", "t2", "Y \"abhello\"", "Y \"hello-3\"", "drop v8", "drop v7", "Y \"hello-3\"", "drop v8", "drop v7", "Y \"hello-16\"", "drop v8", "drop v7", "Y \"hello-16\"", "<drop coroutine>", "drop v7", "drop cap"], &["f3 3 \"ab\" 4", "t2", "Y \"abhello\"", "Y \"hello-7\"", "drop v8", "drop v7", "Y \"hello-7\"", "drop v8", "drop v7", "Y \"hello-17\"", "drop v8", "drop v7", "Y \"hello-17\"", "<drop coroutine>", "drop v7", "drop cap"], &["f3 3 \"ab\" 4", "t2", "Y \"abhello\"", "Y \"hello-5\"", "drop v8", "drop v7", "Y \"hello-5\"", "drop v8", "drop v7", "Y \"hello-15\"", "drop v8", "drop v7", "Y \"hello-15\"", "drop v8", "drop v7", "keep v13 12", "take v13", "drop v13", "acc 7", "acc 2", "add 4", "add 5", "add 11", "Y \"four\"", "add 1", "drop cap", "R Ok(19)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p087::run, &[&["x", ""], &["xyz", "hello", "xyz", "hello", "", "four"], &["four"]], &[&["Y \"x\"", "keep v3 2", "take v3", "drop v3", "f3 1 \"\" 7", "t4", "f3 3 \"hello\" 2", "acc 10", "keep v7 6", "take v7", "drop v7", "add 7", "add 3", "t9", "keep v8 3", "drop v8", "drop k10", "Y \"x--3\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "keep v3 2", "take v3", "drop v3", "f3 3 \"hello\" 7", "t4", "f3 3 \"hello\" 2", "acc 10", "keep v7 6", "take v7", "drop v7", "add 7", "add 3", "t9", "keep v8 3", "drop v8", "drop k10", "Y \"x--3\"", "Y \"x-0\"", "Y \"hello\"", "t11", "t9", "keep v8 3", "drop v8", "drop k10", "Y \"x--2\"", "Y \"x-1\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p088::run, &[&["hello", ""], &["x", "ab", "ab", "four"], &["four", "hello", "four", "", "ab", "hello", "ab", "hello"]], &[&["keep v3 5", "keep v3 2", "take v3", "drop v3", "t8", "t8", "t8", "acc 9", "t11", "add 5", "add 3", "drop k12", "drop cap", "R 17", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "t8", "t8", "t8", "acc 9", "t11", "add 1", "add 3", "drop k12", "drop cap", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 4", "keep v3 2", "take v3", "drop v3", "Y \"ab\"", "Y \"x\"", "f3 2 \"4\" 4", "keep v4 7", "keep v7 6", "take v7", "drop v7", "drop k5", "drop v4", "f3 4 \"\" 4", "acc 8", "acc 0", "add 4", "add 2", "add 6", "add 2", "drop k9", "keep v10 4", "drop v10", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p089::run, &[&["x", "", "hello", "four"], &["four", "hello", "four", "x", "x", "x", ""], &["four"]], &[&["f3 3 \"x\" 3", "Y \"3\"", "t1", "Y \"x-7\"", "t11", "drop v13", "keep v15 14", "take v15", "drop v15", "drop v13", "Y \"xyz-5\"", "drop cap", "R 4", "<drop coroutine>"], &["f3 3 \"four\" 3", "Y \"3\"", "t1", "Y \"four-10hello\"", "t11", "drop v13", "keep v15 14", "take v15", "drop v15", "drop v13", "Y \"xyz-4\"", "drop cap", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 3 \"four\" 3", "Y \"3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p090::run, &[&["xyz", "", "x", "ab"], &["hello", "xyz", "", "x", "x"], &["", "xyz", "xyz", "ab", ""]], &[&["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v11"]),
    (p091::run, &[&["ab", "", "x", "xyz"], &["hello", "x", "ab", "x", "", "four", "x", "hello"], &["x"]], &[&["Y \"ab\"", "f3 1 \"ab\" 4", "t14", "t13", "t12", "drop k3", "Y \"four\"", "Y \"0\"", "drop cap", "R 3", "<drop coroutine>"], &["Y \"hello-3\"", "f3 1 \"ab\" 4", "t14", "t13", "t12", "drop k3", "Y \"four\"", "Y \"four\"", "Y \"four\"", "t18", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x-3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p092::run, &[&[""], &["x", "four", "", "xyz", "four"], &["xyz", "", "x", "four", "x", "xyz", "hello"]], &[&["drop k1", "f3 0 \"\" 3", "drop cap", "PANIC p7", "<drop coroutine>"], &["drop k1", "f3 0 \"x\" 3", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k1", "f3 0 \"xyz\" 3", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v9"]),
    (p093::run, &[&["xyz", "ab"], &["", "", "hello", "x", "ab", "x"], &["four", "four", "ab"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "take cap", "drop cap", "acc 7", "t3", "add 3", "add 1", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "take cap", "drop cap", "acc 7", "t3", "add 3", "add 5", "R 15", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p094::run, &[&["four", "hello", "ab", "four", "four"], &["ab", "hello"], &["x", "four", "", "xyz", "four", "hello", "x"]], &[&["keep v2 4", "drop v2", "t3", "t4", "Y \"\"", "Y \"hello-5\"", "Y \"hello\"", "t9", "keep v2 5", "drop v2", "t3", "t4", "Y \"\"", "t6", "Y \"four-4\"", "<drop coroutine>", "drop cap"], &["keep v2 2", "drop v2", "t3", "t4", "Y \"\"", "Y \"hello-5\"", "<drop coroutine>", "drop cap"], &["keep v2 1", "drop v2", "t3", "t4", "Y \"\"", "t6", "Y \"four-4\"", "drop v7", "keep v2 4", "drop v2", "t3", "t4", "Y \"\"", "Y \"xyz-3\"", "Y \"3\"", "t8", "Y \"four\"", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p095::run, &[&["", "four", "ab", "xyz", "xyz", "hello"], &["xyz", "ab"], &["x", "hello", "x", "xyz", ""]], &[&["t3", "Y \"hello\"", "drop v4", "drop k2", "drop k5", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"hello\"", "drop v4", "drop k2", "drop k5", "drop cap", "R Err(\"x\")", "<drop coroutine>"], &["t3", "Y \"hello\"", "drop v4", "drop k2", "drop k5", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p096::run, &[&["four", "x"], &["ab", "ab", "xyz", "xyz", "hello"], &[""]], &[&["take cap", "drop cap", "t2", "Y \"four\"", "drop v1", "Y \"four\"", "<drop coroutine>"], &["take cap", "drop cap", "t2", "Y \"ab\"", "drop v1", "Y \"ab\"", "acc 2", "add 3", "add 5", "f3 8 \"xyz-2\" 10", "keep v7 23", "drop v7", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "t2", "Y \"\"", "<drop coroutine>", "drop v1"]], &["cap"]),
    (p097::run, &[&["x", "four"], &["", "x"], &["", "", "", "four", "hello"]], &[&["Y \"x-0\"", "drop k2", "keep v10 3", "keep v10 9", "take v10", "drop v10", "keep v10 4", "keep v10 9", "take v10", "drop v10", "drop k8", "drop cap", "R Some(3)", "<drop coroutine>"], &["drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p098::run, &[&["", "four", "", "xyz", "", "x"], &["hello", "", "xyz", "xyz", "four", "xyz", "xyz"], &["x", "", "x", "xyz"]], &[&["acc 2", "add 3", "add 0", "Y \"four\"", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"four\"", "Y \"hello\"", "acc 2", "add 2", "add 0", "acc 4", "keep v6 5", "take v6", "drop v6", "add 7", "f3 1 \"x\" 5", "add 7", "t8", "acc 0", "drop v7", "drop v3", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["Y \"x\"", "Y \"four\"", "Y \"hello\"", "acc 2", "add 2", "add 0", "acc 4", "keep v6 5", "take v6", "drop v6", "add 7", "f3 1 \"x\" 5", "add 7", "t8", "acc 0", "drop v7", "drop v3", "R Err(\"long xyz\")", "<drop coroutine>", "drop cap"]], &["cap", "v3"]),
    (p099::run, &[&[""], &["ab", "xyz", "x", "four", "hello"], &["xyz"]], &[&["Y \"x\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"x\"", "Y \"x\"", "take v1", "drop v1", "R Ok(9)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["Y \"x\"", "<drop coroutine>", "drop v1", "drop cap"]], &["v1"]),
    (p100::run, &[&["xyz", "four", "ab", "", "x", "xyz", "x", "ab"], &["ab", "", "xyz"], &["x"]], &[&["take cap", "drop cap", "acc 7", "add 2", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "acc 7", "add 2", "add 2", "t5", "t9", "t8", "Y \"four-3\"", "Y \"xyz\"", "R None", "<drop coroutine>"], &["take cap", "drop cap", "acc 7", "add 2", "R None", "<drop coroutine>"]], &["cap"]),
    (p101::run, &[&["x"], &["x", "four", "hello", "ab", "", "four", "", "ab"], &["hello", "four", "xyz", "four"]], &[&["keep v2 1", "take v2", "drop v2", "drop cap", "R None", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p102::run, &[&["x", "four", "xyz", "ab", "hello", "ab"], &["hello", "ab", "hello"], &["", "hello", "four", "hello", "four", "ab", "hello"]], &[&["acc 1", "add 1", "add 1", "consume v3", "drop v3", "consume v3", "drop v3", "f3 1 \"x\" 8", "consume v3", "drop v3", "consume v3", "drop v3", "f3 1 \"x\" 4", "Y \"end\"", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["acc 5", "add 1", "add 5", "consume v3", "drop v3", "consume v3", "drop v3", "f3 1 \"hello\" 9", "consume v3", "drop v3", "consume v3", "drop v3", "f3 1 \"hello\" 8", "Y \"end\"", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["acc 0", "add 1", "add 0", "consume v3", "drop v3", "consume v3", "drop v3", "f3 1 \"\" 8", "consume v3", "drop v3", "consume v3", "drop v3", "f3 1 \"\" 3", "Y \"end\"", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p103::run, &[&["hello", "xyz", "ab", "ab", "x", "hello", "x"], &["ab", "hello", "ab", "ab"], &["", "ab"]], &[&["acc -2", "add 0", "add 2", "drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc -2", "add 0", "add 2", "drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc -2", "add 0", "add 2", "drop k2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p104::run, &[&["", "", "xyz", "four", "", "four", "hello"], &[""], &["x", "", "ab", "xyz", "xyz", "x", "xyz", ""]], &[&["drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 6", "<drop coroutine>"], &["drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p105::run, &[&["xyz", ""], &["xyz", "xyz", "four", "xyz", "xyz"], &["x", "xyz", "xyz", "", "hello", "four", "xyz"]], &[&["keep v3 2", "take v3", "drop v3", "t4", "Y \"\"", "Y \"four-3\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "t4", "Y \"\"", "Y \"four-3\"", "keep v6 5", "take v6", "drop v6", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "t4", "Y \"\"", "Y \"four-1\"", "Y \"four-1\"", "Y \"x\"", "drop k15", "t16", "Y \"hello\"", "keep v17 4", "drop v17", "drop k15", "t16", "Y \"hello\"", "keep v17 3", "drop v17", "drop k15", "t16", "Y \"hello\"", "<drop coroutine>", "drop v17", "drop cap"]], &["cap"]),
    (p106::run, &[&["xyz", "x"], &["ab", "", "x", "x", "ab"], &["x", "ab", "xyz", "ab"]], &[&["drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p107::run, &[&["", "", "ab", "x"], &["x", "xyz", "ab", "", "ab"], &["x", "xyz", "x", "hello"]], &[&["keep v2 0", "keep v4 3", "take v4", "drop v4", "keep v2 7", "consume v2", "drop v2", "f3 0 \"four\" 0", "Y \"4\"", "acc 0", "add 3", "add 0", "f3 0 \"3\" 3", "keep v2 3", "keep v4 3", "take v4", "drop v4", "keep v2 7", "consume v2", "drop v2", "f3 3 \"four\" 0", "Y \"7\"", "acc 0", "add 3", "add 3", "f3 7 \"3\" 3", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "t15", "t15", "t15", "drop k16", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "t15", "t15", "t15", "drop k16", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p108::run, &[&["", "four", "four", "four", "hello", "x"], &["x", "xyz", "ab", "xyz", "xyz", "hello", "hello", ""], &["four", "x", "hello", "hello", "hello"]], &[&["f3 2 \"four\" 2", "t5", "drop k4", "drop k3", "drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p109::run, &[&["hello", "x", "", "x", "ab"], &["x", "four"], &["four", "ab", "four", "hello", "xyz", ""]], &[&["Y \"four-0\"", "Y \"four-4ab\"", "drop v8", "t13", "keep v17 16", "take v17", "drop v17", "t20", "Y \"xyz\"", "drop v12", "t13", "keep v17 16", "take v17", "drop v17", "t20", "Y \"xyz\"", "drop v12", "t13", "keep v17 16", "take v17", "drop v17", "t20", "Y \"xyz\"", "<drop coroutine>", "drop k11", "drop v12", "drop cap"], &["Y \"four-0\"", "Y \"four-4ab\"", "<drop coroutine>", "drop v8", "drop cap"], &["Y \"four-0\"", "Y \"four-4ab\"", "drop v8", "t13", "keep v17 16", "take v17", "drop v17", "t20", "Y \"xyz\"", "drop v12", "t13", "keep v17 16", "take v17", "drop v17", "t20", "Y \"xyz\"", "drop v12", "t13", "keep v17 16", "take v17", "drop v17", "t20", "Y \"xyz\"", "drop k11", "keep v22 21", "take v22", "drop v22", "drop v12", "drop cap", "R Some(7)", "<drop coroutine>"]], &["cap"]),
    (p110::run, &[&["x"], &["ab", "four", "hello", "hello", "xyz", "xyz", "four"], &["four"]], &[&["Y \"x-1\"", "<drop coroutine>", "drop cap"], &["keep v6 5", "take v6", "drop v6", "drop k7", "Y \"xyz\"", "t8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v6 5", "take v6", "drop v6", "drop k7", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p111::run, &[&["hello", "hello", "", "x"], &["hello", "xyz", "x", "four", "xyz", "hello"], &["hello", "x", "hello", "four"]], &[&["t2", "take cap", "drop cap", "Y \"0\"", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "take cap", "drop cap", "Y \"0\"", "R Err(\"xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "take cap", "drop cap", "Y \"0\"", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p112::run, &[&["hello", "ab"], &["four", "ab", "hello", "xyz", "hello", "hello", "ab", "x"], &["", "four", "ab", "", "four", "x", "four", ""]], &[&["keep v4 3", "take v4", "drop v4", "f3 5 \"xyz\" 5", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"hello\" 5", "drop k7", "Y \"13\"", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"hello\" 5", "drop k7", "Y \"12\"", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "f3 4 \"xyz\" 4", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"four\" 4", "drop k7", "Y \"11\"", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"four\" 4", "drop k7", "Y \"11\"", "f3 4 \"hello\" 4", "Y \"13\"", "Y \"hellohello\"", "Y \"4\"", "t11", "f3 3 \"hello\" 9", "keep v10 17", "f3 3 \"hello\" 2", "acc 3", "add 8", "add 8", "drop v10", "drop v9", "t11", "f3 3 \"hello\" 9", "keep v10 17", "f3 3 \"hello\" 2", "acc 3", "add 8", "add 8", "drop v10", "drop v9", "keep v4 3", "take v4", "drop v4", "f3 4 \"xyz\" 4", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"four\" 4", "drop k7", "Y \"11\"", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"four\" 4", "drop k7", "Y \"11\"", "f3 4 \"hello\" 4", "Y \"13\"", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "f3 0 \"xyz\" 0", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"\" 0", "drop k7", "Y \"3\"", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"\" 0", "drop k7", "Y \"7\"", "Y \"0\"", "Y \"hellohello\"", "Y \"0\"", "t11", "f3 3 \"four\" 5", "keep v10 12", "f3 3 \"hello\" 2", "acc 3", "add 0", "add 0", "drop v10", "drop v9", "t11", "f3 3 \"x\" 5", "keep v10 9", "f3 3 \"hello\" 2", "acc 3", "add 0", "add 0", "drop v10", "drop v9", "keep v4 3", "take v4", "drop v4", "f3 0 \"xyz\" 0", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"\" 0", "drop k7", "Y \"3\"", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 2", "f3 12 \"\" 0", "drop k7", "Y \"7\"", "Y \"0\"", "<drop coroutine>", "drop cap"]], &["cap", "v10", "v12"]),
    (p113::run, &[&["", "ab"], &["four", "xyz", "hello", "xyz", "xyz"], &["xyz", "ab", "hello", "four", "x", "hello"]], &[&["Y \"-3\"", "f3 3 \"-3\" 0", "Y \"-5\"", "<drop coroutine>", "drop cap"], &["Y \"four-3\"", "Y \"four-3\"", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz-3\"", "Y \"xyz-3\"", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v5"]),
    (p114::run, &[&["four", "xyz"], &["ab", "x", "xyz"], &["hello", "x", "ab", "", "hello"]], &[&["take cap", "drop cap", "t5", "f3 4 \"four-2\" 3", "Y \"2\"", "keep v8 7", "take v8", "drop v8", "drop k9", "Y \"hellohello\"", "<drop coroutine>"], &["take cap", "drop cap", "t5", "f3 2 \"ab-2\" 3", "Y \"2\"", "keep v8 7", "take v8", "drop v8", "drop k9", "Y \"hellohello\"", "t10", "Y \"xxyz\"", "<drop coroutine>"], &["take cap", "drop cap", "t5", "f3 5 \"hello-2\" 3", "Y \"2\"", "keep v8 7", "take v8", "drop v8", "drop k9", "Y \"hellohello\"", "t10", "Y \"xxyz\"", "drop k11", "Y \"xyz\"", "consume v12", "drop v12", "Y \"hello\"", "<drop coroutine>"]], &["cap"]),
    (p115::run, &[&["", "four", "hello", "hello", "hello"], &["hello", "four", "", "hello"], &["four", "hello", "hello", "x"]], &[&["Y \"5\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"5hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"5four\"", "drop cap", "drop k2", "acc 2", "add 2", "add 2", "t8", "Y \"hello2\"", "t9", "drop v10", "t8", "Y \"hello2\"", "t9", "drop v10", "t8", "Y \"hello2\"", "<drop coroutine>"]], &["cap"]),
    (p116::run, &[&["ab", "hello", "four", "four"], &["four", "x", "xyz", "", "hello", "hello"], &["four", "hello", "four", "", "x"]], &[&["keep v5 4", "take v5", "drop v5", "keep v6 8", "take v6", "drop v6", "Y \"ab-7\"", "Y \"ab\"", "drop k7", "keep v6 8", "take v6", "drop v6", "Y \"ab-2\"", "Y \"ab\"", "<drop coroutine>", "drop k7", "drop k2", "drop cap"], &["keep v5 4", "take v5", "drop v5", "keep v6 8", "take v6", "drop v6", "Y \"four-7\"", "Y \"four\"", "drop k7", "keep v6 8", "take v6", "drop v6", "Y \"four-4\"", "Y \"four\"", "drop k7", "Y \"x\"", "Y \"four\"", "<drop coroutine>", "drop k2", "drop cap"], &["keep v5 4", "take v5", "drop v5", "keep v6 8", "take v6", "drop v6", "Y \"four-7\"", "Y \"four\"", "drop k7", "keep v6 8", "take v6", "drop v6", "Y \"four-4\"", "Y \"four\"", "drop k7", "Y \"x\"", "<drop coroutine>", "drop k2", "drop cap"]], &["cap", "v6"]),
    (p117::run, &[&["x", "", "xyz", "xyz", "ab", "xyz", "", "four"], &["four", "xyz", "", "four", "hello", ""], &["", "hello", "x", "hello", "ab", ""]], &[&["keep v6 5", "take v6", "drop v6", "drop v8", "drop v8", "Y \"end\"", "Y \"xyz\"", "drop v1", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v6 5", "take v6", "drop v6", "drop v8", "drop v8", "Y \"end\"", "Y \"xyz\"", "drop v1", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v6 5", "take v6", "drop v6", "drop v8", "drop v8", "Y \"end\"", "Y \"xyz\"", "drop v1", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p118::run, &[&["four", "four", "hello", "ab", "ab"], &["", "", "four", "hello", "hello", "four", "ab"], &["ab", "x", "hello", "xyz", "xyz", "ab", "ab", "xyz"]], &[&["Y \"four\"", "Y \"four-3ab\"", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "<drop coroutine>", "drop v3", "drop cap"], &["Y \"\"", "Y \"four-3ab\"", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "t4", "drop v5", "drop v3", "drop v6", "Y \"four\"", "Y \"2\"", "<drop coroutine>", "drop v3", "drop cap"], &["Y \"ab\"", "Y \"four-3ab\"", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "t4", "drop v5", "drop v3", "drop v6", "Y \"four\"", "Y \"2\"", "t4", "drop v5", "drop v3", "Y \"2\"", "<drop coroutine>", "drop v3", "drop cap"]], &["cap", "v9"]),
    (p119::run, &[&["xyz"], &["xyz", "four"], &["", "", "ab", "four", "", "four", "four"]], &[&["t1", "Y \"xyz-3\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"xyz-3\"", "drop v4", "Y \"7\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"-0\"", "drop v4", "Y \"7\"", "acc 1", "add 3", "add 3", "t5", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p120::run, &[&["x", "ab", "xyz"], &["x"], &["hello", "", "four", "four"]], &[&["drop v1", "Y \"x\"", "Y \"x\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"x\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"hello\"", "Y \"hello\"", "Y \"ab\"", "t3", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p121::run, &[&["xyz"], &["hello", "ab", "xyz", "hello"], &["xyz", "x", "four"]], &[&["Y \"3\"", "<drop coroutine>", "drop cap"], &["Y \"5\"", "Y \"helloab\"", "t1", "drop k6", "take cap", "drop cap", "drop k9", "drop v10", "Y \"xyz-2\"", "drop v10", "Y \"xyz-7\"", "<drop coroutine>"], &["Y \"3\"", "Y \"xyzab\"", "t1", "keep v4 3", "take v4", "drop v4", "drop k6", "take cap", "drop cap", "drop k9", "drop v10", "Y \"four-2\"", "<drop coroutine>"]], &["cap"]),
    (p122::run, &[&["ab"], &["x", "x"], &["xyz", "four", "", "hello"]], &[&["t3", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t3", "Y \"x\"", "Y \"x-0\"", "<drop coroutine>", "drop cap"], &["t3", "Y \"xyz\"", "Y \"xyz-0\"", "Y \"xyz\"", "acc 0", "add 2", "add 4", "keep v4 6", "consume v4", "drop v4", "Y \"3ab\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p123::run, &[&["xyz", "x", "", "hello", "xyz", "hello"], &["", "hello"], &["four", "x", "hello", "four", "ab", "hello", "ab"]], &[&["keep v8 3", "keep v8 7", "take v8", "drop v8", "t9", "consume v10", "drop v10", "drop v11", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "t5", "drop v11", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p124::run, &[&["x", "x"], &["four", "", "x", "x", "xyz", "", "hello", "xyz"], &["ab"]], &[&["Y \"x\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "Y \"four\"", "t1", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p125::run, &[&["ab", "four", "", "hello"], &["four", "x", "ab"], &["ab", "hello", "ab", "ab", "ab", "x", "", ""]], &[&["keep v2 10", "consume v2", "drop v2", "t8", "acc 8", "Y \"ab\"", "add 4", "add 2", "Y \"ab4\"", "Y \"ab\"", "acc 8", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["keep v2 18", "consume v2", "drop v2", "t8", "acc 10", "Y \"four\"", "add 1", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 10", "consume v2", "drop v2", "t8", "acc 8", "Y \"ab\"", "add 5", "add 2", "Y \"ab4\"", "Y \"ab\"", "acc 8", "Y \"ab\"", "add 2", "add 2", "Y \"ab4\"", "Y \"ab\"", "keep v2 10", "consume v2", "drop v2", "t8", "acc 8", "Y \"ab\"", "add 0", "add 2", "Y \"ab4\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p126::run, &[&["xyz", "", "x", "hello", "x", "x"], &["xyz", "four", "four"], &["ab", "ab", "xyz", "xyz", "hello", "hello"]], &[&["Y \"hello\"", "Y \"x\"", "keep cap 5", "take cap", "drop cap", "keep v8 7", "take v8", "drop v8", "f3 5 \"\" 8", "Y \"x\"", "acc 7", "add 3", "add 3", "t11", "f3 3 \"four-13\" 4", "drop k10", "Y \"ab\"", "t13", "drop v1", "R 0", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "Y \"x\"", "keep cap 5", "take cap", "drop cap", "keep v8 7", "take v8", "drop v8", "f3 8 \"\" 8", "Y \"four\"", "<drop coroutine>", "drop v1"], &["Y \"hello\"", "Y \"x\"", "keep cap 5", "take cap", "drop cap", "keep v8 7", "take v8", "drop v8", "f3 7 \"\" 8", "Y \"xyz\"", "acc 7", "add 3", "add 3", "t11", "f3 3 \"four-13\" 4", "drop k10", "Y \"ab\"", "t13", "drop v1", "R 0", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v1"]),
    (p127::run, &[&["four", "", "x", "", "xyz", "four"], &["x", "four", "x"], &["ab", "ab", "ab", "hello", "four", "four", "xyz"]], &[&["t2", "Y \"3\"", "keep cap 6", "take cap", "drop cap", "t8", "Y \"\"", "Y \"ab-9\"", "Y \"x\"", "Y \"four\"", "Y \"ab-9\"", "<drop coroutine>"], &["t2", "keep v4 3", "take v4", "drop v4", "keep cap 6", "take cap", "drop cap", "t8", "Y \"\"", "Y \"ab-9\"", "Y \"x\"", "<drop coroutine>"], &["t2", "Y \"3\"", "keep cap 6", "take cap", "drop cap", "t8", "Y \"\"", "Y \"ab-9\"", "Y \"7\"", "Y \"four\"", "Y \"ab-9\"", "Y \"7\"", "<drop coroutine>"]], &["cap"]),
    (p128::run, &[&["xyz", "hello", "xyz", "ab", "ab", "ab"], &["ab", "ab", "x", "", "four"], &["x", "hello"]], &[&["take cap", "drop cap", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "t6", "keep v5 2", "drop v5", "drop v8", "drop v7", "t6", "keep v5 2", "drop v5", "drop v8", "drop v7", "t6", "keep v5 2", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "Y \"ab\"", "acc 2", "t13", "add 2", "t14", "add 4", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 3 \"ab\" 3", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "t6", "keep v5 2", "drop v5", "drop v8", "drop v7", "t6", "keep v5 2", "drop v5", "drop v8", "drop v7", "t6", "keep v5 2", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "Y \"ab\"", "acc 4", "t13", "add 2", "t14", "add 4", "drop cap", "R 10", "<drop coroutine>"], &["take cap", "drop cap", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "t6", "keep v5 0", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "t6", "keep v5 1", "drop v5", "drop v8", "drop v7", "drop v3", "drop v2", "t9", "t10", "Y \"four\"", "<drop coroutine>"]], &["cap", "v2"]),
    (p129::run, &[&["ab"], &["hello", "x"], &["x", "x", "", "four", "hello", "", "ab", "xyz"]], &[&["take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "keep v5 2", "keep v5 4", "take v5", "drop v5", "t6", "t8", "Y \"four\"", "<drop coroutine>"], &["take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "keep v5 5", "keep v5 4", "take v5", "drop v5", "drop k7", "t8", "Y \"four\"", "t9", "f3 0 \"x\" 2", "keep v11 10", "take v11", "drop v11", "Y \"6\"", "<drop coroutine>"], &["take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "keep v5 1", "keep v5 4", "take v5", "drop v5", "drop k7", "t8", "Y \"four\"", "t9", "f3 0 \"x\" 2", "keep v11 10", "take v11", "drop v11", "Y \"2\"", "Y \"ab\"", "drop k7", "t8", "Y \"four\"", "t9", "f3 0 \"hello\" 2", "keep v11 10", "take v11", "drop v11", "Y \"2\"", "Y \"ab\"", "t13", "t12", "Y \"x\"", "Y \"ab\"", "<drop coroutine>"]], &["cap"]),
    (p130::run, &[&["four", "xyz", "x", "hello", "xyz", "", "xyz", ""], &["hello", "four"], &["x", "xyz", "", "", "x", "", "ab"]], &[&["take cap", "drop cap", "keep v1 7", "take v3", "drop v3", "Y \"xyz\"", "t5", "f3 7 \"xyz\" 4", "Y \"four\"", "keep v9 8", "take v9", "drop v9", "Y \"7\"", "f3 4 \"four-4\" 3", "keep v10 13", "consume v10", "drop v10", "drop k11", "drop v1", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "keep v1 7", "drop k2", "drop v1", "R 2", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "keep v1 7", "drop k2", "drop v1", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v3"]),
    (p131::run, &[&["", "hello", "x"], &["xyz", "xyz", "four", "x"], &["four", "xyz", "hello", "", ""]], &[&["t1", "Y \"0\"", "t3", "t4", "Y \"4\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"4\"", "t3", "t4", "Y \"4\"", "Y \"four\"", "drop v6", "Y \"hello-3\"", "drop v6", "t4", "Y \"4\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p132::run, &[&["x", "", "hello", "xyz", "four"], &["xyz", "hello", "ab", "four", "", "ab", "xyz"], &["hello", "four"]], &[&["drop v1", "Y \"four\"", "R Err(\"x-1\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"four\"", "R Err(\"helloxyz-3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"four\"", "R Err(\"fourhello-5\")", "<drop coroutine>", "drop cap"]], &["v1"]),
    (p133::run, &[&["ab", "", "xyz", "", "ab", "", "", "ab"], &["", "xyz", "hello", "ab"], &["four", "four", "xyz", "xyz", "hello", "hello", ""]], &[&["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p134::run, &[&["", "ab", "x", "xyz", "four", "ab", "hello", "four"], &["", "four", "ab", "four", "x", "", "hello", "ab"], &["xyz", "hello", "x", "hello"]], &[&["acc 3", "add 3", "add 5", "f3 0 \"\" 11", "t3", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "f3 1 \"four\" 3", "Y \"8\"", "t3", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "f3 1 \"four\" 11", "Y \"16\"", "Y \"four\"", "Y \"hello\"", "acc 5", "add 4", "add 6", "keep v11 10", "take v11", "drop v11", "f3 15 \"fourab\" 7", "Y \"28\"", "acc 3", "add 0", "t12", "add 5", "acc 8", "add 3", "acc 9", "add 10", "keep v14 13", "take v14", "drop v14", "add 7", "add 26", "acc 5", "add 4", "add 6", "keep v11 10", "take v11", "drop v11", "f3 15 \"fourab\" 7", "Y \"28\"", "acc 4", "add 0", "t12", "add 5", "acc 9", "add 3", "acc 9", "add 10", "keep v14 13", "take v14", "drop v14", "add 7", "add 26", "acc 5", "add 4", "add 6", "keep v11 10", "take v11", "drop v11", "f3 15 \"fourab\" 7", "Y \"28\"", "acc 5", "add 0", "t12", "add 5", "acc 10", "add 3", "acc 9", "add 10", "keep v14 13", "take v14", "drop v14", "add 7", "add 26", "t15", "Y \"x-1\"", "<drop coroutine>", "drop cap"], &["acc 3", "add 3", "add 5", "f3 0 \"\" 11", "t3", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "f3 1 \"four\" 3", "Y \"8\"", "t3", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "consume v4", "drop v4", "drop v5", "f3 1 \"four\" 11", "Y \"16\"", "Y \"four\"", "take cap", "drop cap", "acc 7", "add 5", "add 6", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p135::run, &[&["x", "xyz", "x", "four", "", "x", "x"], &["hello", ""], &["", "xyz", "hello", "four", "ab"]], &[&["take cap", "drop cap", "t2", "drop k1", "Y \"x\"", "acc 7", "add 7", "add 7", "Y \"ab-21\"", "Y \"hello\"", "Y \"\"", "Y \"four\"", "t6", "acc 0", "add 7", "add 7", "Y \"xyz\"", "Y \"fourx14\"", "<drop coroutine>"], &["take cap", "drop cap", "t2", "drop k1", "Y \"hello\"", "PANIC p5", "<drop coroutine>"], &["take cap", "drop cap", "t2", "keep v4 3", "take v4", "drop v4", "drop k1", "Y \"\"", "acc 7", "add 7", "add 7", "Y \"ab-21\"", "Y \"hello\"", "Y \"\"", "Y \"four\"", "<drop coroutine>"]], &["cap"]),
    (p136::run, &[&["x", "", "hello", "", ""], &["x"], &["ab", "four", "hello", "", "", "hello"]], &[&["Y \"x\"", "Y \"x\"", "Y \"\"", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "Y \"\"", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p137::run, &[&["hello", "x", "hello", "hello", ""], &["xyz", "hello", "xyz", "x"], &["xyz", "x", "xyz", "", "xyz", "", "hello"]], &[&["t1", "Y \"6\"", "t3", "t2", "t14", "t13", "drop cap", "R 10", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"6\"", "t3", "t2", "t14", "t13", "drop cap", "R 10", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"6\"", "t3", "t2", "t14", "t13", "drop cap", "R 10", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p138::run, &[&["ab", "hello", "x", "four"], &["ab", "x", "ab", "xyz", "", "xyz", "x"], &["four", "four", "", ""]], &[&["Y \"ab\"", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v4 0", "keep v4 5", "keep v4 0", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "keep v9 8", "take v9", "drop v9", "Y \"abx\"", "drop v18", "drop v4", "keep v4 1", "keep v4 0", "keep v4 1", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "<drop coroutine>", "drop v4", "drop cap"], &["Y \"ab\"", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v4 0", "keep v4 5", "keep v4 0", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "keep v9 8", "take v9", "drop v9", "Y \"abx\"", "drop v18", "drop v4", "keep v4 1", "keep v4 0", "keep v4 1", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "keep v9 8", "take v9", "drop v9", "Y \"abx\"", "drop v18", "drop v4", "keep v4 2", "keep v4 0", "keep v4 2", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "keep v9 8", "take v9", "drop v9", "Y \"abx\"", "<drop coroutine>", "drop v4", "drop cap"], &["Y \"four\"", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v4 0", "keep v4 5", "keep v4 0", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "keep v9 8", "take v9", "drop v9", "Y \"abx\"", "drop v18", "drop v4", "keep v4 1", "keep v4 0", "keep v4 1", "drop k5", "keep v7 6", "take v7", "drop v7", "Y \"x\"", "<drop coroutine>", "drop v4", "drop cap"]], &["cap", "v4"]),
    (p139::run, &[&["", "ab", "ab", "hello", "ab"], &["", "x", "four"], &["hello", "ab"]], &[&["drop k4", "drop k7", "Y \"xyz\"", "Y \"xyz\"", "Y \"2-2\"", "t13", "Y \"ab\"", "acc 2", "add 2", "add 1", "Y \"ab\"", "<drop coroutine>", "drop k6", "drop v3", "drop cap"], &["drop k4", "drop k7", "Y \"xyz\"", "Y \"xyz\"", "Y \"2-2\"", "<drop coroutine>", "drop k6", "drop v3", "drop cap"], &["f3 3 \"x\" 3", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v22", "v3"]),
    (p140::run, &[&["", "xyz", ""], &["four"], &["x", "hello"]], &[&["keep v4 3", "take v4", "drop v4", "drop v1", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "drop cap", "R Err(\"long four\")", "<drop coroutine>"], &["keep v4 3", "take v4", "drop v4", "Y \"\"", "drop v6", "f3 1 \"x\" 0", "Y \"x\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap", "v6"]),
    (p141::run, &[&["hello"], &["ab", "x", "ab", "x", "xyz"], &["ab", "xyz", "ab"]], &[&["t3", "t2", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["t3", "t2", "Y \"ab\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "t2", "Y \"ab\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p142::run, &[&["", "xyz", "ab", "x", "hello", "ab", ""], &["xyz", "ab"], &["ab", "xyz", "hello"]], &[&["Y \"\"", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v13 12", "take v13", "drop v13", "f3 9 \"4\" 7", "drop cap", "R 17", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"abab\"", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p143::run, &[&["x", ""], &["xyz", "xyz", "hello", "xyz", "ab"], &["four", "four", "ab", "ab", "xyz"]], &[&["drop k2", "Y \"x\"", "Y \"xyz-0\"", "<drop coroutine>", "drop cap"], &["drop k2", "Y \"xyz\"", "Y \"xyz-0\"", "t6", "t7", "Y \"helloxyz\"", "keep v10 9", "take v10", "drop v10", "t11", "Y \"xyz\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["drop k2", "Y \"four\"", "Y \"xyz-0\"", "t6", "t7", "Y \"helloxyz\"", "keep v10 9", "take v10", "drop v10", "t11", "Y \"xyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p144::run, &[&["x"], &["four", "hello", "ab", "ab", "four"], &["hello", "hello", "x", "", "xyz", "", "ab"]], &[&["Y \"xx\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"fourfour\"", "Y \"four\"", "Y \"four\"", "t3", "Y \"fourfour\"", "Y \"four\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"hellohello\"", "Y \"hello\"", "Y \"hello\"", "t3", "Y \"hellohello\"", "Y \"hello\"", "Y \"hello\"", "t3", "Y \"hello\"", "<drop coroutine>", "drop v1", "drop cap"]], &[]),
    (p145::run, &[&["", "x", "", "xyz", "ab", "hello", "hello", "hello"], &["ab", "", "x"], &["x", "ab", "four", "ab", "x", "hello"]], &[&["drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab\"", "Y \"3\"", "t2", "Y \"3-4x4-3\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "t2", "Y \"x-4ab4-3\"", "Y \"ab\"", "Y \"ab3\"", "t2", "Y \"ab3-6x6-3\"", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p146::run, &[&["x", "four", "", "x"], &["xyz", "hello", "x", ""], &["four", "x", "ab", "", "xyz"]], &[&["Y \"x\"", "drop k5", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "drop k5", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "drop k5", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p147::run, &[&["x", "xyz", "xyz", "x"], &["x", "ab", "four", "ab", "x"], &["x", "four", "", "x", "four"]], &[&["acc 5", "add 3", "add 3", "keep v1 11", "keep v1 1", "keep cap 2", "drop k2", "Y \"four\"", "t4", "Y \"hello\"", "t6", "Y \"four\"", "Y \"hello\"", "<drop coroutine>", "drop cap", "drop v1"], &["acc 5", "add 3", "add 3", "keep v1 11", "keep v1 1", "keep cap 2", "drop k2", "Y \"four\"", "t4", "Y \"hello\"", "t6", "Y \"four\"", "Y \"hello\"", "t8", "Y \"ab\"", "<drop coroutine>", "drop v10", "drop cap", "drop v1"], &["acc 5", "add 3", "add 3", "keep v1 11", "keep v1 1", "keep cap 2", "drop k2", "Y \"four\"", "t4", "Y \"hello\"", "t6", "Y \"four\"", "Y \"hello\"", "t8", "Y \"x\"", "<drop coroutine>", "drop v10", "drop cap", "drop v1"]], &["cap", "v14"]),
    (p148::run, &[&["four", "ab", "ab", "hello", "ab"], &["", "four", ""], &["hello", "hello", "four", "four", "xyz", "hello"]], &[&["Y \"four-4\"", "drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"-0\"", "drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v1", "v11", "v6"]),
    (p149::run, &[&["xyz", "ab", "xyz", "xyz", "four", "xyz", "x", "x"], &["hello", "", "xyz"], &["", "x", "xyz", "xyz", "four", ""]], &[&["t2", "f3 3 \"xyz\" 4", "Y \"10\"", "Y \"xyz\"", "keep v13 12", "take v13", "drop v13", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "f3 5 \"hello\" 4", "Y \"14\"", "Y \"hello\"", "keep v13 12", "take v13", "drop v13", "drop cap", "R 7", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p150::run, &[&["ab", "", "x"], &["four", "xyz"], &["x", "", ""]], &[&["f3 3 \"ab\" 2", "acc 7", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 3 \"four\" 4", "acc 11", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p151::run, &[&["xyz", "x", "", ""], &["", "four", "hello"], &["xyz", "xyz", "", "x", ""]], &[&["keep v2 1", "take v2", "drop v2", "take cap", "drop cap", "f3 3 \"xyzfour-3-8\" 8", "acc 5", "add 22", "t10", "add 22", "keep v9 49", "take v9", "drop v9", "Y \"5\"", "keep v13 12", "take v13", "drop v13", "acc 5", "add 22", "t10", "add 22", "keep v9 49", "take v9", "drop v9", "Y \"5\"", "drop k11", "acc 5", "add 22", "t10", "add 22", "keep v9 49", "take v9", "drop v9", "Y \"5\"", "drop k11", "drop v7", "drop k3", "R Err(\"long xyzfour-3\")", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "take cap", "drop cap", "f3 3 \"four-3-8\" 8", "acc 5", "add 19", "t10", "add 19", "keep v9 43", "take v9", "drop v9", "Y \"5\"", "acc 5", "add 19", "t10", "add 19", "keep v9 43", "take v9", "drop v9", "Y \"5\"", "acc 5", "add 19", "t10", "add 19", "keep v9 43", "take v9", "drop v9", "Y \"5\"", "<drop coroutine>", "drop v7", "drop k3"], &["keep v2 1", "take v2", "drop v2", "take cap", "drop cap", "f3 3 \"xyzfour-3-8\" 8", "acc 5", "add 22", "t10", "add 22", "keep v9 49", "take v9", "drop v9", "Y \"5\"", "acc 5", "add 22", "t10", "add 22", "keep v9 49", "take v9", "drop v9", "Y \"5\"", "drop k11", "acc 5", "add 22", "t10", "add 22", "keep v9 49", "take v9", "drop v9", "Y \"5\"", "keep v13 12", "take v13", "drop v13", "drop v7", "drop k3", "R Err(\"long xyzfour-3\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7", "v9"]),
    (p152::run, &[&["hello", "", "four", "hello", "hello", "x", "four"], &["four", "four", "ab", "four", "xyz"], &["ab", "", "x", "xyz"]], &[&["t18", "t17", "Y \"ab\"", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "acc 4", "add 6", "add 3", "keep v2 13", "consume v2", "drop v2", "drop v6", "drop v7", "Y \"x\"", "drop v6", "drop v7", "Y \"x\"", "drop v6", "drop v7", "Y \"x\"", "drop cap", "PANIC p8", "<drop coroutine>"], &["Y \"x\"", "acc 0", "add 6", "add 3", "keep v2 9", "consume v2", "drop v2", "drop v6", "drop v7", "Y \"x\"", "drop v6", "drop v7", "Y \"x\"", "drop v6", "drop v7", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p153::run, &[&["hello", "x", "xyz", "x", "four", "hello"], &["xyz", "xyz", ""], &["hello", "x", "xyz", "four", "x", "x", "xyz"]], &[&["drop k2", "acc 0", "keep v5 4", "take v5", "drop v5", "add 7", "add 3", "drop k3", "t6", "keep cap 10", "keep v8 7", "take v8", "drop v8", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "acc 0", "keep v5 4", "take v5", "drop v5", "add 7", "add 3", "drop k3", "t6", "keep cap 6", "keep v8 7", "take v8", "drop v8", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "acc 0", "keep v5 4", "take v5", "drop v5", "add 7", "add 3", "drop k3", "t6", "keep cap 10", "keep v8 7", "take v8", "drop v8", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p154::run, &[&["xyz", "xyz", "ab"], &["xyz"], &["xyz", "four", "", "x", "hello", "four"]], &[&["drop k6", "Y \"\"", "drop v7", "Y \"\"", "drop v7", "Y \"0\"", "<drop coroutine>", "drop cap"], &["drop k6", "Y \"\"", "<drop coroutine>", "drop v7", "drop cap"], &["drop k6", "Y \"\"", "drop v7", "Y \"\"", "drop v7", "Y \"0\"", "Y \"\"", "Y \"x\"", "acc 4", "t12", "add 6", "add 4", "keep v15 14", "take v15", "drop v15", "t19", "Y \"6\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p155::run, &[&["ab", "four", "ab"], &["hello", "ab", "hello", "four"], &["", "hello"]], &[&["t1", "Y \"xab\"", "consume v5", "drop v5", "keep v6 4", "drop v6", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"xhello\"", "consume v5", "drop v5", "keep v6 2", "Y \"ab\"", "drop v6", "drop cap", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"x\"", "consume v5", "drop v5", "keep v6 5", "drop v6", "drop cap", "R Err(\"long hello\")", "<drop coroutine>"]], &["cap"]),
    (p156::run, &[&["ab", "ab", "xyz", "ab", "xyz", "xyz", "x", "ab"], &["four"], &["xyz", "ab", "ab", "hello", "hello", "ab"]], &[&["drop k2", "Y \"abab-3\"", "Y \"xyzabab-3-0\"", "consume v6", "drop v6", "t9", "t8", "f3 2 \"ab\" -4", "Y \"abab-3\"", "Y \"xyzabab-3-0\"", "consume v6", "drop v6", "t9", "t8", "f3 2 \"ab\" -4", "Y \"ab-4\"", "Y \"ab-4\"", "Y \"ab-4\"", "drop cap", "R Some(5)", "<drop coroutine>"], &["drop k2", "Y \"fourfour-3\"", "<drop coroutine>", "drop cap"], &["t3", "drop k2", "Y \"xyzxyz-3\"", "Y \"xyzxyzxyz-3-0\"", "consume v6", "drop v6", "t9", "t8", "f3 3 \"ab\" -5", "Y \"xyzxyz-3\"", "Y \"xyzxyzxyz-3-0\"", "consume v6", "drop v6", "t9", "t8", "f3 3 \"ab\" -5", "Y \"xyz-4\"", "Y \"xyz-4\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p157::run, &[&["hello", "ab", "xyz", "hello", "hello", "hello", "xyz"], &["four", "", "ab"], &["hello"]], &[&["take cap", "drop cap", "t3", "f3 7 \"hello\" 2", "drop k4", "f3 0 \"ab\" 0", "Y \"2\"", "acc 1", "add 0", "add 14", "acc 15", "t7", "add 1", "keep v9 8", "take v9", "drop v9", "add 7", "keep v6 23", "consume v6", "drop v6", "Y \"-0\"", "Y \"xyz-0\"", "drop v11", "drop v11", "acc 1", "add 0", "add 14", "acc 15", "t7", "add 1", "keep v9 8", "take v9", "drop v9", "add 7", "keep v6 23", "consume v6", "drop v6", "Y \"-0\"", "Y \"xyz-0\"", "drop v11", "drop v11", "acc 1", "add 0", "add 14", "acc 15", "t7", "add 1", "keep v9 8", "take v9", "drop v9", "add 7", "keep v6 23", "consume v6", "drop v6", "Y \"-0\"", "Y \"xyz-0\"", "<drop coroutine>"], &["f3 0 \"ab\" 0", "Y \"2\"", "acc 1", "add 0", "add 17", "acc 18", "t7", "add 1", "keep v9 8", "take v9", "drop v9", "add 7", "keep v6 26", "consume v6", "drop v6", "Y \"-0\"", "Y \"xyz-0\"", "<drop coroutine>", "drop cap"], &["take cap", "drop cap", "t3", "f3 7 \"hello\" 2", "drop k4", "f3 0 \"ab\" 0", "Y \"2\"", "<drop coroutine>"]], &["cap"]),
    (p158::run, &[&["x", "four", "x", "xyz", "hello", "xyz", "hello", "four"], &["x", "ab", "xyz", "xyz"], &["", "four", "four", "x", "hello", "x"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "Y \"\"", "Y \"\"", "Y \"\"", "f3 6 \"four\" 1", "drop cap", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p159::run, &[&["ab", "four", "", "", "hello", "x", "xyz", "x"], &["x", "ab", "hello", "", "x", "x", "xyz"], &["hello", "four"]], &[&["t5", "Y \"\"", "t5", "Y \"\"", "t5", "Y \"xyz\"", "f3 2 \"ab\" 5", "drop cap", "R Ok(10)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t5", "Y \"\"", "t5", "Y \"\"", "t5", "Y \"xyz\"", "f3 2 \"ab\" 5", "drop cap", "R Ok(10)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t5", "Y \"\"", "t5", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p160::run, &[&["hello", "x", "four", "ab", "x", "x", "x"], &["x", ""], &["", "", "ab", "hello", "xyz"]], &[&["t1", "Y \"hello-0\"", "t2", "take cap", "drop cap", "Y \"hello-7\"", "Y \"xyz-11\"", "Y \"xyz-4\"", "Y \"\"", "R Err(\"x\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"x-0\"", "t2", "drop cap", "Y \"x-3\"", "<drop coroutine>"], &["Y \"\"", "Y \"\"", "t2", "Y \"xyz\"", "t5", "Y \"\"", "drop v4", "t5", "Y \"\"", "<drop coroutine>", "drop v4", "drop cap"]], &["cap"]),
    (p161::run, &[&["xyz", "four", "xyz", "", "xyz", "", "hello"], &["x", "four", "x", "four", "four"], &["four", "hello", "xyz", "four", "ab", "four"]], &[&["drop k1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t3", "Y \"four-4\"", "keep v18 17", "take v18", "drop v18", "t16", "drop k19", "keep v21 20", "take v21", "drop v21", "acc 7", "drop k1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v15"]),
    (p162::run, &[&["", "", "x", "x", "ab", "ab", "hello"], &["ab", "ab", "x", "xyz"], &["x", "hello"]], &[&["drop k2", "t4", "Y \"ab\"", "t5", "Y \"2\"", "keep v6 2", "keep v8 7", "take v8", "drop v8", "keep v6 8", "drop k9", "Y \"hello-2\"", "take v6", "drop v6", "Y \"7\"", "keep v11 10", "take v11", "drop v11", "Y \"hello\"", "drop v13", "Y \"ab\"", "f3 2 \"ab\" 2", "Y \"6\"", "<drop coroutine>", "drop cap"], &["take cap", "drop cap", "t3", "f3 7 \"ab\" 3", "t4", "Y \"ab\"", "t5", "Y \"12\"", "keep v6 12", "keep v8 7", "take v8", "drop v8", "keep v6 8", "drop k9", "Y \"hello-2\"", "take v6", "drop v6", "Y \"17\"", "<drop coroutine>"], &["take cap", "drop cap", "t3", "f3 7 \"x\" 3", "t4", "Y \"ab\"", "t5", "Y \"11\"", "<drop coroutine>"]], &["cap", "v6"]),
    (p163::run, &[&["xyz", "xyz", "", "four", "xyz"], &["xyz", "hello", "x"], &["hello"]], &[&["acc 3", "add 1", "add 3", "keep cap 7", "keep cap 3", "drop cap", "Y \"-4\"", "R Err(\"xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 1", "add 3", "keep cap 7", "keep cap 3", "drop cap", "Y \"-4\"", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 1", "add 5", "keep cap 9", "keep cap 5", "drop cap", "Y \"-4\"", "<drop coroutine>"]], &["cap"]),
    (p164::run, &[&["hello", "ab", "hello", "ab", "hello", "hello"], &["ab", "hello", ""], &["hello", "xyz", "ab", "", "xyz", "hello"]], &[&["Y \"xyz\"", "Y \"hello\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "Y \"ab\"", "drop k2", "Y \"xyz\"", "<drop coroutine>", "drop v3", "drop cap"], &["Y \"xyz\"", "Y \"hello\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p165::run, &[&["four", "", "hello", "ab", "xyz", "x", "hello", "ab"], &["four", "xyz", "ab", "x"], &["", "xyz", "x", "x", "x", "xyz", "hello", "x"]], &[&["drop k3", "drop v4", "t6", "Y \"fourxyzfour-4\"", "Y \"fourfour-4\"", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k3", "drop v4", "t6", "Y \"fourxyzfour-4\"", "Y \"fourfour-4\"", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k3", "drop v4", "t6", "Y \"xyzfour-0\"", "Y \"four-0\"", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p166::run, &[&["x", "", "", "", "ab", "four", "x"], &["xyz", "ab", ""], &["ab", "hello", "hello", "hello", "x", "four", "hello", ""]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"-4abab\"", "acc 0", "add 4", "add 4", "t3", "Y \"fourfourab\"", "f3 3 \"xyz\" 3", "t5", "acc 3", "add 4", "add 4", "Y \"11\"", "keep v7 0", "keep v7 1", "keep v7 12", "drop v7", "acc 0", "add 4", "add 4", "Y \"8\"", "keep v7 0", "keep v7 1", "keep v7 12", "drop v7", "Y \"\"", "drop k8", "keep v9 3", "Y \"x-0four\"", "drop v11", "Y \"x-0four\"", "drop v11", "Y \"x-0four\"", "<drop coroutine>", "drop v9", "drop cap"]], &["cap", "v13"]),
    (p167::run, &[&["hello"], &["xyz", "hello", "xyz", "xyz", "x", "four"], &["x", "x", "xyz", "", "x", "four"]], &[&["Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"xyzab\"", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "Y \"xyzab\"", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v4"]),
    (p168::run, &[&["ab", "hello", "hello", "xyz", "x", "x"], &["xyz", "x"], &["four"]], &[&["t4", "take cap", "drop cap", "Y \"4\"", "t6", "f3 2 \"\" 2", "Y \"9hello-2\"", "Y \"hello2\"", "t6", "f3 2 \"\" 2", "Y \"9hello-2\"", "Y \"x\"", "Y \"4\"", "<drop coroutine>"], &["t1", "drop cap", "R Err(\"xyz\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t4", "take cap", "drop cap", "Y \"4\"", "<drop coroutine>"]], &["cap"]),
    (p169::run, &[&["four", "", "ab", "", "", ""], &["hello", "hello", "ab", "four", "hello", "ab", "x"], &["x", "four", "four"]], &[&["Y \"four\"", "keep v12 11", "take v12", "drop v12", "acc 7", "Y \"four\"", "add 2", "add 4", "t14", "Y \"x\"", "t16", "Y \"\"", "keep v18 13", "keep v18 17", "take v18", "drop v18", "Y \"xyz\"", "t20", "t21", "drop cap", "R 17", "<drop coroutine>"], &["Y \"hello\"", "keep v12 11", "take v12", "drop v12", "acc 7", "add 2", "add 4", "t14", "Y \"x\"", "t16", "Y \"ab\"", "keep v18 13", "keep v18 17", "take v18", "drop v18", "Y \"xyz\"", "t20", "t21", "drop cap", "R 17", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "t1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p170::run, &[&["xyz", "ab", "xyz", "", "", "x", "xyz", "x"], &["x", "four", "x", "xyz", "x", "four", "ab"], &["xyz", "hello", "xyz", "x", "x", "hello"]], &[&["take cap", "drop cap", "Y \"5xyz-2\"", "t2", "Y \"2\"", "drop v6", "drop v7", "drop v8", "Y \"52-2\"", "t2", "Y \"1\"", "Y \"x\"", "drop v3", "Y \"50-2\"", "t2", "Y \"2\"", "drop v6", "drop v7", "drop v8", "t10", "Y \"\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"5x-2\"", "t2", "Y \"2\"", "drop v6", "drop v7", "drop v8", "Y \"52-2\"", "t2", "Y \"1\"", "drop v6", "drop v7", "drop v8", "Y \"51-2\"", "t2", "Y \"2\"", "drop v4", "Y \"2-2\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"5xyz-2\"", "t2", "Y \"2\"", "drop v6", "drop v7", "drop v8", "Y \"52-2\"", "t2", "Y \"1\"", "drop v6", "drop v7", "drop v8", "Y \"51-2\"", "t2", "Y \"2\"", "<drop coroutine>"]], &["cap"]),
    (p171::run, &[&["hello", "hello", "", "", "", "four", "four", "x"], &["four"], &["", "hello", "ab", "x"]], &[&["Y \"hello\"", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &["v8"]),
    (p172::run, &[&["x", "x", "x"], &["x", "x", ""], &["xyz", "hello", "x", "four", "ab", "four", "x", "x"]], &[&["keep v15 14", "take v15", "drop v15", "drop k16", "t19", "f3 7 \"ab\" 3", "drop k20", "keep v22 21", "take v22", "drop v22", "keep v22 21", "take v22", "drop v22", "t25", "drop v27", "drop v26", "t25", "drop v27", "drop v26", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v15 14", "take v15", "drop v15", "drop k16", "t19", "f3 7 \"ab\" 3", "drop k20", "keep v22 21", "take v22", "drop v22", "keep v22 21", "take v22", "drop v22", "t25", "drop v27", "drop v26", "t25", "drop v27", "drop v26", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v15 14", "take v15", "drop v15", "drop k16", "t19", "f3 7 \"ab\" 3", "drop k20", "keep v22 21", "take v22", "drop v22", "keep v22 21", "take v22", "drop v22", "t25", "drop v27", "drop v26", "t25", "drop v27", "drop v26", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p173::run, &[&["", "x"], &["four", "four", "xyz", "hello", "", "hello", "ab", "hello"], &["", "four", "", "xyz", "xyz", "hello"]], &[&["Y \"7\"", "drop cap", "R Ok(3)", "<drop coroutine>"], &["Y \"11\"", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"7\"", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p174::run, &[&["four", "x"], &["xyz", "ab", "x", "four", "four"], &["four", "hello", "x", "four", "x", "ab", "xyz", "xyz"]], &[&["Y \"four\"", "acc 0", "add 1", "acc 4", "add 1", "add 3", "add 8", "acc 5", "add 3", "add -8", "Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "acc 0", "add 1", "acc 4", "add 1", "add 3", "add 8", "acc 5", "add 3", "add -7", "Y \"1\"", "t2", "Y \"x\"", "t3", "Y \"4\"", "drop k4", "t2", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "acc 0", "add 1", "acc 4", "add 1", "add 3", "add 8", "acc 5", "add 3", "add -4", "Y \"4\"", "t2", "Y \"x\"", "t3", "Y \"4\"", "drop k4", "t2", "Y \"4\"", "t3", "Y \"2\"", "drop k4", "Y \"2\"", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap", "v13"]),
    (p175::run, &[&["hello", "ab"], &[""], &["", "xyz", ""]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p176::run, &[&["xyz", "four", "xyz", "four"], &["x", "hello", "four"], &["hello", "", "ab", "x", "four", "ab", "", "hello"]], &[&["Y \"hello\"", "Y \"xyz\"", "take cap", "drop cap", "acc 2", "add 3", "add 3", "Y \"fourhello\"", "keep v13 12", "take v13", "drop v13", "keep v11 7", "drop v11", "R None", "<drop coroutine>"], &["Y \"hello\"", "Y \"xyz\"", "take cap", "drop cap", "acc 2", "add 1", "add 1", "Y \"fourx\"", "<drop coroutine>"], &["Y \"hello\"", "Y \"xyz\"", "take cap", "drop cap", "acc 2", "add 5", "add 5", "Y \"fourhello\"", "keep v13 12", "take v13", "drop v13", "keep v11 7", "drop v11", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p177::run, &[&["hello", "ab", "x", "ab", "ab", "", "xyz", ""], &["x", "hello"], &["four", "x", "x"]], &[&["drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p178::run, &[&["xyz", "", ""], &["x", "xyz"], &["", "x", "x", "ab"]], &[&["keep v14 13", "take v14", "drop v14", "Y \"xyz-7\"", "keep v16 0", "acc 5", "Y \"xyz\"", "add 0", "t17", "add 0", "keep v16 5", "drop v16", "keep v16 4", "acc 5", "Y \"xyz\"", "<drop coroutine>", "drop v16", "drop cap"], &["keep v14 13", "take v14", "drop v14", "Y \"x-7\"", "take cap", "drop cap", "keep v16 0", "acc 5", "Y \"x\"", "<drop coroutine>", "drop v16"], &["t3", "Y \"\"", "t4", "drop k5", "t3", "Y \"\"", "t4", "acc 1", "add 1", "add 0", "drop k5", "keep v8 7", "take v8", "drop v8", "f3 -2 \"hello\" 7", "acc 2", "Y \"hello\"", "add 2", "add 2", "drop k9", "Y \"x\"", "<drop coroutine>", "drop v10", "drop cap"]], &["cap"]),
    (p179::run, &[&["hello", "x", "four", "four"], &["four", "x", "xyz", "xyz", "ab", "ab", "ab"], &["x", "", ""]], &[&["R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v1 7", "Y \"four-2\"", "Y \"x-4\"", "t6", "Y \"four\"", "t7", "Y \"x\"", "Y \"x-4\"", "t6", "Y \"four\"", "t7", "Y \"x\"", "<drop coroutine>", "drop v1", "drop cap"], &["R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &["v1"]),
    (p180::run, &[&["xyz", "ab", "xyz", "xyz", "xyz", "x", "", "hello"], &["xyz", "xyz", "", "xyz"], &["hello", "x", "four", "four", "four", "", "xyz"]], &[&["acc 3", "add 3", "add 3", "f3 3 \"x\" 3", "f3 3 \"xyz\" 3", "f3 3 \"xyz-3\" 9", "acc 1", "add 0", "add 6", "Y \"xyzxyzxyzxyz\"", "Y \"xyz\"", "f3 3 \"x\" 3", "f3 3 \"xyz\" 3", "f3 3 \"xyz-3\" 9", "acc 1", "add 0", "add 6", "Y \"xyzxyzxyzxyz\"", "acc 17", "add 7", "add 7", "f3 3 \"x\" 3", "f3 3 \"xyz\" 3", "f3 3 \"xyz-3\" 9", "acc 1", "add 0", "add 6", "Y \"xyzxyzxyzxyz\"", "acc 17", "add 7", "add 7", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 3", "add 3", "f3 3 \"x\" 3", "f3 3 \"xyz\" 3", "f3 3 \"xyz-3\" 9", "acc 1", "add 0", "add 6", "Y \"xyzxyzxyzxyz\"", "acc 17", "add 7", "add 7", "f3 3 \"x\" 3", "f3 3 \"xyz\" 3", "f3 3 \"xyz-3\" 9", "acc 1", "add 0", "add 6", "Y \"xyzxyzxyzxyz\"", "Y \"xyz\"", "f3 3 \"x\" 3", "f3 3 \"xyz\" 3", "f3 3 \"xyz-3\" 9", "acc 1", "add 0", "add 6", "Y \"xyzxyzxyzxyz\"", "<drop coroutine>", "drop cap"], &["acc 3", "add 3", "add 3", "f3 3 \"x\" 5", "f3 5 \"hello\" 3", "f3 3 \"hello-3\" 13", "acc 1", "add 0", "add 8", "Y \"helloxyzhellohello\"", "acc 23", "add 9", "add 9", "f3 3 \"x\" 5", "f3 5 \"hello\" 3", "f3 3 \"hello-3\" 13", "acc 1", "add 0", "add 8", "Y \"helloxyzhellohello\"", "f3 9 \"four\" 4", "f3 5 \"x\" 4", "f3 17 \"four\" 15", "f3 3 \"x\" 5", "f3 5 \"hello\" 3", "f3 3 \"hello-3\" 13", "acc 1", "add 0", "add 8", "Y \"helloxyzhellohello\"", "f3 9 \"four\" 4", "f3 5 \"x\" 4", "f3 17 \"four\" 15", "drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p181::run, &[&["", "four", "ab"], &["four", "hello", "four", "ab", "ab", "four", "hello"], &["hello", ""]], &[&["Y \"4\"", "keep v7 1", "consume v7", "drop v7", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello-4\"", "drop k2", "Y \"5\"", "drop v3", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"4\"", "keep v7 1", "consume v7", "drop v7", "drop cap", "PANIC p8", "<drop coroutine>"]], &["cap"]),
    (p182::run, &[&["ab", "ab", "hello", "xyz", "hello", "xyz", "four"], &["xyz", "four"], &["four", "xyz", "", "x", "", "", "xyz", "ab"]], &[&["consume v2", "drop v2", "f3 0 \"hello\" 0", "Y \"ab-5\"", "f3 0 \"hello\" 0", "Y \"ab-5\"", "consume v2", "drop v2", "f3 1 \"hello\" 1", "Y \"ab-7\"", "f3 1 \"hello\" 1", "Y \"ab-7\"", "take cap", "drop cap", "drop k4", "t7", "Y \"ab\"", "acc 7", "add 4", "add 7", "Y \"hello\"", "Y \"7\"", "<drop coroutine>", "drop k8"], &["consume v2", "drop v2", "f3 0 \"hello\" 0", "Y \"xyz-5\"", "f3 0 \"hello\" 0", "Y \"xyz-5\"", "<drop coroutine>", "drop cap"], &["consume v2", "drop v2", "f3 0 \"hello\" 0", "Y \"four-5\"", "f3 0 \"hello\" 0", "Y \"four-5\"", "consume v2", "drop v2", "f3 1 \"hello\" 1", "Y \"four-7\"", "f3 1 \"hello\" 1", "Y \"four-7\"", "consume v2", "drop v2", "f3 2 \"hello\" 2", "Y \"four-9\"", "f3 2 \"hello\" 2", "Y \"four-9\"", "take cap", "drop cap", "drop k4", "t7", "Y \"ab\"", "acc 7", "add 4", "add 7", "Y \"hello\"", "<drop coroutine>", "drop k8"]], &["cap", "v19"]),
    (p183::run, &[&["hello", "xyz", "", "hello", "xyz"], &["four", "xyz", "ab", "four", "four"], &["ab", "ab", "x", "x", "", "", "xyz"]], &[&["Y \"hello-3\"", "t2", "Y \"3\"", "drop k3", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four-3\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab-3\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p184::run, &[&["x", "", "", "hello"], &["four", "x", "hello", "hello", "xyz", "x", "hello", "ab"], &["ab", "xyz"]], &[&["drop k1", "Y \"x\"", "Y \"xyz\"", "acc 1", "add 1", "add 1", "acc 3", "t6", "add 1", "add 1", "drop v5", "Y \"xyz\"", "acc 5", "add 5", "add 5", "acc 15", "t6", "add 5", "add 1", "drop v5", "take cap", "drop cap", "drop v8", "t15", "t14", "Y \"x\"", "<drop coroutine>", "drop v9"], &["drop k1", "Y \"x\"", "Y \"xyz\"", "acc 4", "add 4", "add 4", "acc 12", "t6", "add 4", "add 4", "drop v5", "Y \"xyz\"", "acc 6", "add 6", "add 6", "acc 18", "t6", "add 6", "add 4", "drop v5", "take cap", "drop cap", "drop v8", "t15", "t14", "Y \"four\"", "drop v9", "drop v16", "drop v8", "t15", "t14", "Y \"four\"", "drop v9", "drop v16", "keep v19 18", "take v19", "drop v19", "t17", "Y \"x\"", "R 5", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "Y \"x\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap", "v16", "v9"]),
    (p185::run, &[&["x", "x", "", "xyz", "hello", "ab", "x", ""], &["", "xyz"], &["four"]], &[&["f3 1 \"x\" 5", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "keep v10 9", "take v10", "drop v10", "Y \"\"", "Y \"x\"", "<drop coroutine>"], &["take cap", "drop cap", "keep v10 9", "take v10", "drop v10", "Y \"\"", "<drop coroutine>"]], &["cap"]),
    (p186::run, &[&["x", "hello", "xyz", "", "x", "four", "ab"], &["x", "hello", "xyz", "ab", "ab", "", "ab"], &["", "x", "xyz", "hello", "xyz", "ab", ""]], &[&["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "acc 4", "acc 3", "add 3", "add 3", "add 9", "add 1", "keep v2 14", "drop v2", "f3 1 \"x\" 1", "t6", "f3 3 \"x\" 3", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "acc 4", "acc 3", "add 3", "add 3", "add 9", "add 1", "keep v2 14", "drop v2", "f3 1 \"x\" 1", "t6", "f3 3 \"x\" 3", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "acc 4", "acc 3", "add 3", "add 3", "add 9", "add 0", "keep v2 13", "drop v2", "t8", "Y \"four\"", "drop v7", "t8", "Y \"four\"", "drop v7", "t8", "Y \"four\"", "drop v7", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v7"]),
    (p187::run, &[&["four"], &["hello", "hello", "x", "xyz", "hello", "hello", "", ""], &["four", "xyz", "hello", "hello"]], &[&["drop k2", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "Y \"hello\"", "Y \"4\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p188::run, &[&["xyz", "ab", "ab", "x", ""], &["four"], &["xyz", "x"]], &[&["f3 3 \"0\" 3", "Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t5", "Y \"xyz0\"", "Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["f3 4 \"0\" 4", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["f3 3 \"0\" 3", "Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p189::run, &[&["", "xyz", "four"], &["four", "x", "ab", "ab", "xyz", "four"], &[""]], &[&["t1", "drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello-3\"", "drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop k2", "drop cap", "R None", "<drop coroutine>"]], &["cap", "v12"]),
    (p190::run, &[&["x", "hello", "x"], &["ab", "four", "hello", "x"], &["x", "", "x", "xyz", "hello", "", "x", "hello"]], &[&["drop k1", "t2", "drop k3", "Y \"2\"", "Y \"2ab\"", "take cap", "drop cap", "keep v18 17", "take v18", "drop v18", "keep v16 9", "Y \"abx\"", "<drop coroutine>", "drop k20", "drop v16"], &["drop k1", "t2", "drop k3", "Y \"2\"", "Y \"2ab\"", "take cap", "drop cap", "keep v18 17", "take v18", "drop v18", "keep v16 9", "Y \"abx\"", "Y \"0\"", "<drop coroutine>", "drop k20", "drop v16"], &["drop k1", "t2", "drop k3", "Y \"2\"", "Y \"2ab\"", "take cap", "drop cap", "keep v18 17", "take v18", "drop v18", "keep v16 9", "Y \"abx\"", "Y \"0\"", "Y \"abx\"", "Y \"1\"", "Y \"abx\"", "Y \"2\"", "<drop coroutine>", "drop k20", "drop v16"]], &["cap", "v6"]),
    (p191::run, &[&["xyz", "xyz", "ab"], &["hello", "four", "four", "xyz", "ab", "four", "four", "xyz"], &[""]], &[&["t3", "t5", "t6", "drop v2", "take v8", "drop v8", "Y \"ab\"", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "t5", "t6", "drop v2", "take v8", "drop v8", "Y \"ab\"", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"\"", "<drop coroutine>", "drop v2", "drop cap"]], &["cap", "v2", "v8"]),
    (p192::run, &[&["x", "xyz", "xyz", "four", "x", "four", "four"], &["", "hello", "four", "hello", "xyz"], &["four", "hello", "x", "four", "", "", "ab", "four"]], &[&["f3 1 \"1\" 3", "keep v10 9", "take v10", "drop v10", "take cap", "drop cap", "R 14", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 0 \"0\" 3", "Y \"\"", "t8", "f3 3 \"x\" 5", "f3 9 \"\" 5", "f3 3 \"\" 14", "drop v7", "Y \"\"", "t8", "f3 3 \"x\" 4", "f3 8 \"\" 4", "f3 3 \"\" 12", "drop v7", "Y \"\"", "t8", "f3 3 \"x\" 5", "f3 9 \"\" 5", "f3 3 \"\" 14", "drop v7", "f3 0 \"hello\" 0", "Y \"\"", "t8", "f3 3 \"x\" 3", "f3 7 \"\" 3", "f3 3 \"\" 10", "drop v7", "Y \"\"", "<drop coroutine>", "drop cap"], &["f3 4 \"4\" 3", "Y \"four\"", "t8", "f3 3 \"x\" 9", "f3 13 \"four\" 9", "f3 3 \"four\" 26", "drop v7", "Y \"four\"", "t8", "f3 3 \"x\" 5", "f3 9 \"four\" 5", "f3 3 \"four\" 18", "drop v7", "Y \"four\"", "t8", "f3 3 \"x\" 8", "f3 12 \"four\" 8", "f3 3 \"four\" 24", "drop v7", "f3 4 \"hello\" 4", "Y \"four\"", "t8", "f3 3 \"x\" 4", "f3 8 \"four\" 4", "f3 3 \"four\" 16", "drop v7", "Y \"four\"", "t8", "f3 3 \"x\" 4", "f3 8 \"four\" 4", "f3 3 \"four\" 16", "drop v7", "Y \"four\"", "t8", "f3 3 \"x\" 6", "f3 10 \"four\" 6", "f3 3 \"four\" 20", "drop v7", "f3 4 \"hello\" 4", "take cap", "drop cap", "R 10", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p193::run, &[&["xyz"], &["x"], &["x", "xyz", "", "x", "x", "four", "", "ab"]], &[&["keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "drop v1", "keep v5 4", "take v5", "drop v5", "drop cap", "PANIC p7", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "keep v1 7", "drop v1", "keep v5 4", "take v5", "drop v5", "drop cap", "PANIC p7", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "keep v1 7", "drop v1", "keep v5 4", "take v5", "drop v5", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p194::run, &[&["", "hello", "hello", "four", "x"], &["x", "ab", "", "", "xyz", "ab", "", ""], &["four"]], &[&["Y \"\"", "Y \"\"", "drop k2", "Y \"xyz\"", "Y \"xyz-02\"", "drop k2", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "Y \"x\"", "drop k2", "Y \"helloxyzx\"", "Y \"x\"", "Y \"x\"", "drop k2", "Y \"helloxyzx\"", "Y \"x\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "<drop coroutine>", "drop cap"]], &[]),
    (p195::run, &[&["", "four", "hello", "", "hello", "xyz", "ab", "ab"], &["x", "ab", "xyz"], &["four", "x", "hello", "four", "x", "", "four"]], &[&["drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p196::run, &[&["x", "", "xyz", "four", "x"], &["four", "", "hello", "xyz", "", "four"], &["hello", "hello", "hello"]], &[&["Y \"x\"", "drop v2", "f3 0 \"four\" 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "take v2", "drop v2", "Y \"7\"", "drop v2", "f3 0 \"four\" 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "drop v2", "f3 0 \"four\" 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v18", "v2", "v9"]),
    (p197::run, &[&["hello", "xyz", "xyz", "four", "xyz", "ab", "four", "x"], &[""], &["hello", "four", "hello", "four"]], &[&["drop v4", "drop k5", "drop v4", "drop k5", "t3", "Y \"\"", "acc 1", "add 3", "add 1", "f3 0 \"3\" 3", "Y \"x-3\"", "t14", "Y \"xyz\"", "Y \"xfour-5\"", "Y \"xyz\"", "f3 4 \"xyz\" 2", "acc 5", "add 3", "add 1", "f3 0 \"hello\" 3", "Y \"x-3\"", "t14", "Y \"four\"", "Y \"xfour-5\"", "<drop coroutine>", "drop cap"], &["drop v4", "drop k5", "drop v4", "drop k5", "t3", "Y \"\"", "<drop coroutine>", "drop cap"], &["drop v4", "drop k5", "drop v4", "drop k5", "t3", "Y \"\"", "acc 1", "add 3", "add 1", "f3 0 \"4\" 3", "Y \"x-3\"", "t14", "Y \"hello\"", "Y \"xfour-5\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p198::run, &[&["ab"], &["", "x", "hello", "hello", "four", ""], &["x", "ab", "", "ab", "hello", "ab"]], &[&["keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "keep v7 1", "keep v7 6", "take v7", "drop v7", "keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "keep v7 1", "keep v7 6", "take v7", "drop v7", "acc 1", "add 4", "add 1", "t3", "acc 3", "add 6", "add 6", "t8", "Y \"3\"", "t9", "Y \"\"", "t11", "Y \"hello\"", "keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "keep v7 1", "keep v7 6", "take v7", "drop v7", "keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "keep v7 1", "keep v7 6", "take v7", "drop v7", "acc 1", "add 4", "add 1", "t3", "acc 3", "add 6", "add 6", "t8", "Y \"3\"", "t9", "Y \"x\"", "t11", "Y \"four\"", "keep v5 4", "take v5", "drop v5", "Y \"x-7\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p199::run, &[&["ab", "ab"], &["hello", "hello", "hello"], &["xyz", "four", "four", "", "xyz", "ab", "hello"]], &[&["t1", "t4", "Y \"ab-3\"", "t4", "Y \"ab-3\"", "<drop coroutine>", "drop cap"], &["drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p200::run, &[&["xyz", ""], &["x", "ab", "four"], &["four"]], &[&["drop k1", "keep v2 3", "drop k21", "keep v23 22", "take v23", "drop v23", "acc 7", "keep v25 24", "take v25", "drop v25", "add 7", "add 3", "drop k26", "drop v2", "drop cap", "R 17", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "keep v2 3", "drop k21", "keep v23 22", "take v23", "drop v23", "acc 7", "keep v25 24", "take v25", "drop v25", "add 7", "add 3", "drop k26", "drop v2", "drop cap", "R 17", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "keep v2 3", "drop k6", "Y \"fourfour-2\"", "<drop coroutine>", "drop v5", "drop v2", "drop cap"]], &["cap"]),
    (p201::run, &[&["xyz"], &["hello", "", "ab"], &["ab", "xyz", "four", "x", "hello", ""]], &[&["drop cap", "PANIC p3", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "drop k6", "Y \"ab\"", "t7", "Y \"fourhello\"", "f3 1 \"x\" 0", "Y \"x-2\"", "t20", "Y \"5\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p202::run, &[&["four", "ab", "hello", "x", "ab"], &["ab"], &["x", "hello", "", "hello", "", "ab", "hello"]], &[&["t2", "Y \"\"", "consume v5", "drop v5", "acc 0", "add 2", "add 0", "Y \"3\"", "consume v5", "drop v5", "acc 1", "add 2", "add 1", "Y \"3\"", "drop k4", "keep v8 7", "take v8", "drop v8", "consume v5", "drop v5", "acc 0", "add 2", "add 0", "Y \"3\"", "consume v5", "drop v5", "acc 1", "add 2", "add 1", "Y \"3\"", "<drop coroutine>", "drop k4", "drop cap"], &["t2", "Y \"\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"\"", "consume v5", "drop v5", "acc 0", "add 2", "add 0", "Y \"3\"", "consume v5", "drop v5", "acc 1", "add 2", "add 1", "Y \"3\"", "drop k4", "keep v8 7", "take v8", "drop v8", "consume v5", "drop v5", "acc 0", "add 2", "add 0", "Y \"3\"", "consume v5", "drop v5", "acc 1", "add 2", "add 1", "Y \"3\"", "drop k4", "keep v8 7", "take v8", "drop v8", "consume v5", "drop v5", "acc 0", "add 2", "add 0", "Y \"3\"", "consume v5", "drop v5", "acc 1", "add 2", "add 1", "Y \"3\"", "<drop coroutine>", "drop k4", "drop cap"]], &["cap"]),
    (p203::run, &[&["", "hello", "ab", "xyz", "x", "", "four"], &["hello"], &["hello", "xyz"]], &[&["Y \"\"", "Y \"1\"", "t3", "t2", "f3 1 \"1\" 1", "keep v5 3", "keep v7 6", "take v7", "drop v7", "keep v5 7", "Y \"1\"", "drop v5", "Y \"hello\"", "t3", "t2", "f3 1 \"hello\" 5", "keep v5 11", "keep v7 6", "take v7", "drop v7", "keep v5 7", "Y \"5\"", "drop v5", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"1\"", "<drop coroutine>", "drop cap"]], &[]),
    (p204::run, &[&["xyz", "four", "hello", "hello"], &["hello", "x", "four", "four", "xyz"], &["x", "four"]], &[&["keep v1 5", "keep v1 6", "Y \"xyz-5\"", "keep v1 4", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v1 5", "keep v1 8", "Y \"hello-5\"", "keep v1 1", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v1 5", "keep v1 4", "Y \"x-5\"", "keep v1 4", "drop v1", "drop cap", "R None", "<drop coroutine>"]], &["cap"]),
    (p205::run, &[&["", "x", "ab", "four", "hello", ""], &["hello", "xyz", "ab", "ab", "xyz", "ab"], &["four", "xyz", "", "ab"]], &[&["keep v2 3", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 3", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 3", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p206::run, &[&["ab", "xyz"], &["hello"], &["four", "hello", "hello", "xyz"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"four\"", "drop cap", "R 6", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"four\"", "<drop coroutine>", "drop cap"], &["keep v2 1", "take v2", "drop v2", "Y \"four\"", "drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p207::run, &[&["hello", "four", "xyz", "hello", "four", "xyz"], &["xyz", "ab"], &["xyz", "hello", "hello"]], &[&["t3", "acc 10", "add 0", "keep v5 4", "take v5", "drop v5", "add 7", "Y \"5\"", "t6", "Y \"17x\"", "t8", "Y \"hello-3\"", "t9", "Y \"ab\"", "t11", "t10", "t12", "keep v15 14", "take v15", "drop v15", "t3", "acc 10", "add 0", "keep v5 4", "take v5", "drop v5", "add 7", "Y \"5\"", "t6", "Y \"17x\"", "<drop coroutine>", "drop cap"], &["t3", "acc 8", "add 0", "keep v5 4", "take v5", "drop v5", "add 7", "Y \"3\"", "t6", "Y \"15x\"", "<drop coroutine>", "drop cap"], &["t3", "acc 8", "add 0", "keep v5 4", "take v5", "drop v5", "add 7", "Y \"3\"", "t6", "Y \"15x\"", "t8", "Y \"xyz-3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p208::run, &[&["", "hello"], &["ab", "xyz", "xyz", "x", "", "xyz"], &["", "", "x", "", "hello"]], &[&["f3 2 \"ab\" 1", "Y \"5\"", "consume v7", "drop v7", "Y \"1\"", "<drop coroutine>", "drop cap"], &["f3 2 \"ab\" 1", "Y \"5\"", "consume v7", "drop v7", "Y \"1\"", "acc 3", "t12", "add 4", "add 2", "drop k11", "Y \"ab\"", "drop v14", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"ab\" 1", "Y \"5\"", "consume v7", "drop v7", "Y \"1\"", "acc 3", "t12", "add 4", "add 2", "drop k11", "Y \"ab\"", "drop v14", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p209::run, &[&["x", "ab", "xyz", "ab", "ab", "xyz"], &["four", "xyz", "xyz", "four", "hello", "x", "xyz", "ab"], &["four", "x", "ab", "ab"]], &[&["Y \"x\"", "Y \"hello\"", "Y \"ab\"", "f3 2 \"hello-4\" 3", "drop cap", "R Ok(12)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["take cap", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p210::run, &[&["ab", "", "hello", "x", "", "ab", ""], &["ab", "x", ""], &["ab", "", "", "xyz", "hello", "four"]], &[&["drop v2", "drop v2", "drop v2", "keep v16 15", "take v16", "drop v16", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v2", "drop v2", "drop v2", "keep v16 15", "take v16", "drop v16", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v2", "drop v2", "drop v2", "keep v16 15", "take v16", "drop v16", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p211::run, &[&["x", "hello", "", "ab"], &["four", "x", "four", "x", "hello"], &["xyz", "ab", "ab", "four", "four", ""]], &[&["keep v5 4", "take v5", "drop v5", "t7", "Y \"hello\"", "t8", "Y \"x\"", "f3 1 \"hello\" 0", "drop k6", "Y \"xfour\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "t7", "Y \"hello\"", "t8", "Y \"four\"", "f3 4 \"x\" 4", "drop k6", "Y \"fourfour\"", "Y \"\"", "drop k9", "keep v12 11", "take v12", "drop v12", "f3 4 \"four\" 3", "Y \"0\"", "<drop coroutine>", "drop v18", "drop cap"], &["keep v5 4", "take v5", "drop v5", "t7", "Y \"hello\"", "t8", "Y \"xyz\"", "f3 3 \"ab\" 2", "drop k6", "Y \"xyzfour\"", "Y \"\"", "drop k9", "t10", "acc 3", "add 3", "add 2", "f3 3 \"xyz\" 8", "keep v12 11", "take v12", "drop v12", "f3 3 \"xyz\" 3", "Y \"0\"", "drop v19", "drop v18", "Y \"xyz-14\"", "<drop coroutine>", "drop cap"]], &["cap", "v18"]),
    (p212::run, &[&["four", "x", "ab"], &["x"], &["xyz"]], &[&["acc 4", "add 3", "add 3", "Y \"ab-10\"", "consume v2", "drop v2", "acc 4", "add 3", "add 3", "Y \"ab-10\"", "consume v2", "drop v2", "keep v5 4", "take v5", "drop v5", "t11", "f3 4 \"four\" 15", "Y \"xyz-4xyz-3\"", "<drop coroutine>", "drop v12", "drop cap"], &["drop cap", "R 1", "<drop coroutine>"], &["drop cap", "R 3", "<drop coroutine>"]], &["cap"]),
    (p213::run, &[&["ab", "ab", "", "hello", "ab", "hello"], &["x", "hello", "four", "hello"], &["hello", "four"]], &[&["drop k3", "keep cap 4", "take cap", "drop cap", "t6", "Y \"7\"", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "keep cap 4", "take cap", "drop cap", "t6", "Y \"7\"", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "keep cap 4", "take cap", "drop cap", "t6", "Y \"7\"", "R None", "<drop coroutine>"]], &["cap", "v17"]),
    (p214::run, &[&["x", "ab", "hello", "ab", "hello", "ab", "four"], &["four", "ab", "ab", "xyz", "four"], &["xyz", "", "x", "ab"]], &[&["t2", "keep v11 10", "take v11", "drop v11", "Y \"ab\"", "Y \"hello\"", "Y \"four\"", "t13", "keep v15 14", "take v15", "drop v15", "Y \"four\"", "t13", "keep v15 14", "take v15", "drop v15", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "keep v11 10", "take v11", "drop v11", "Y \"ab\"", "Y \"hello\"", "Y \"four\"", "t13", "keep v15 14", "take v15", "drop v15", "Y \"four\"", "t13", "keep v15 14", "take v15", "drop v15", "drop cap", "R 2", "<drop coroutine>"], &["t2", "keep v11 10", "take v11", "drop v11", "Y \"ab\"", "Y \"hello\"", "Y \"four\"", "t13", "keep v15 14", "take v15", "drop v15", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p215::run, &[&["hello", "four", ""], &["four"], &["ab", "ab"]], &[&["f3 2 \"ab\" 2", "f3 0 \"ab\" 0", "Y \"x-2\"", "drop v9", "f3 1 \"ab\" 0", "Y \"x-3\"", "drop v9", "f3 2 \"ab\" 0", "Y \"x-4\"", "<drop coroutine>", "drop v1", "drop cap"], &["f3 2 \"ab\" 2", "f3 0 \"ab\" 0", "Y \"x-2\"", "<drop coroutine>", "drop v1", "drop cap"], &["f3 2 \"ab\" 2", "f3 0 \"ab\" 0", "Y \"x-2\"", "drop v9", "f3 1 \"ab\" 0", "Y \"x-3\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap", "v1"]),
    (p216::run, &[&["", "x", "hello", "x", "xyz", "xyz"], &["", "xyz", "xyz"], &["x", "x", "ab", "hello", "xyz", "", "x"]], &[&["Y \"\"", "keep v3 2", "take v3", "drop v3", "keep v3 2", "take v3", "drop v3", "keep v5 4", "drop v5", "take cap", "drop cap", "Y \"\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "keep v13 12", "take v13", "drop v13", "drop v14", "drop v14", "t15", "Y \"-1\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "keep v13 12", "take v13", "drop v13", "drop v14", "drop v14", "t15", "Y \"12\"", "t16", "R Ok(1)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "keep v3 2", "take v3", "drop v3", "keep v3 2", "take v3", "drop v3", "keep v5 4", "drop v5", "take cap", "drop cap", "Y \"\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "keep v13 12", "take v13", "drop v13", "drop v14", "drop v14", "t15", "Y \"-1\"", "<drop coroutine>"], &["Y \"x\"", "keep v3 2", "take v3", "drop v3", "keep v3 2", "take v3", "drop v3", "keep v5 4", "drop v5", "take cap", "drop cap", "Y \"\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "keep v13 12", "take v13", "drop v13", "drop v14", "drop v14", "t15", "Y \"-1\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "keep v13 12", "take v13", "drop v13", "drop v14", "drop v14", "t15", "Y \"9\"", "t16", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v8"]),
    (p217::run, &[&["x", "ab", "x", "ab"], &["four", "xyz", "hello", "xyz", "xyz", "four"], &["xyz", "four", "xyz", "hello", "ab", "ab", "xyz"]], &[&["Y \"x\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"xyz\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v4"]),
    (p218::run, &[&["x", "xyz", "four", "four", "four", "x"], &["hello", "ab", "xyz", "four", "ab", "ab"], &["four", "four", "x", "hello", "ab", "four", "hello", "xyz"]], &[&["acc 3", "add 1", "add 1", "f3 3 \"x-3\" 5", "keep v2 4", "keep v5 1", "drop v5", "drop v2", "drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 5", "add 5", "f3 3 \"hello-3\" 13", "keep v2 4", "keep v5 5", "drop v5", "drop v2", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 4", "add 4", "f3 3 \"four-3\" 11", "keep v2 4", "keep v5 4", "drop v5", "drop v2", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v6"]),
    (p219::run, &[&["x"], &["x", "ab"], &["hello"]], &[&["Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p220::run, &[&["x", "four", "four"], &[""], &["four", "four", "ab", "xyz", "hello"]], &[&["f3 3 \"fourx\" 0", "drop k2", "drop k1", "Y \"end\"", "keep v9 3", "keep v9 8", "take v9", "drop v9", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 3 \"four\" 0", "drop k2", "drop k1", "Y \"end\"", "<drop coroutine>", "drop cap"], &["f3 3 \"fourfour\" 0", "drop v4", "drop k2", "drop k1", "Y \"end\"", "keep v9 3", "keep v9 8", "take v9", "drop v9", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p221::run, &[&["xyz", "ab", "four", "x", "", "x"], &["hello"], &["xyz"]], &[&["t2", "take cap", "drop cap", "Y \"four\"", "Y \"four\"", "drop k12", "take v11", "drop v11", "keep v14 6", "keep v14 13", "take v14", "drop v14", "Y \"ab-3\"", "Y \"xyz-3\"", "f3 0 \"x\" 0", "Y \"\"", "f3 3 \"x\" 7", "drop k17", "R 11", "<drop coroutine>"], &["t2", "take cap", "drop cap", "Y \"four\"", "<drop coroutine>"], &["t2", "take cap", "drop cap", "Y \"four\"", "<drop coroutine>"]], &["cap", "v11", "v3"]),
    (p222::run, &[&["four", "", "", "four"], &["four", "x", "ab", "xyz", "xyz"], &["four", "", "", "ab", "xyz"]], &[&["Y \"four\"", "t6", "Y \"abxyz\"", "Y \"\"", "t9", "drop cap", "R Some(0)", "<drop coroutine>"], &["Y \"four\"", "t6", "Y \"abxyz\"", "Y \"\"", "t9", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "t6", "Y \"abxyz\"", "Y \"\"", "t9", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p223::run, &[&["hello", "x", "xyz", "four", "ab", "hello", "xyz", "four"], &[""], &["hello", "", "ab", "ab", "xyz", "xyz", ""]], &[&["t6", "t9", "f3 3 \"four\" 0", "drop k7", "drop cap", "R Err(\"long hellohello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "drop cap", "R Ok(3)", "<drop coroutine>"], &["t6", "t9", "f3 3 \"four\" 0", "drop k7", "drop cap", "R Err(\"long hellohello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p224::run, &[&["", "hello"], &["", "xyz", "four", "four", "four", "", "four", "ab"], &["x"]], &[&["keep v3 2", "take v3", "drop v3", "f3 7 \"\" 1", "f3 1 \"8\" 1", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "t9", "Y \"four\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "f3 7 \"\" 1", "f3 1 \"8\" 1", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "t9", "Y \"four\"", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "f3 7 \"x\" 1", "f3 1 \"9\" 1", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p225::run, &[&["", "x", "four", "four", "x", "ab", "hello"], &["four", "x", "x", "xyz", "", "", "four"], &["ab", "four", "", "x", "hello", "four"]], &[&["Y \"5\"", "keep v3 2", "take v3", "drop v3", "acc 2", "add 3", "add 1", "keep v6 5", "take v6", "drop v6", "f3 6 \"four-3\" 7", "Y \"\"", "Y \"four\"", "drop k12", "drop v11", "drop k12", "drop v11", "t13", "drop k15", "keep v14 3", "drop v14", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"9\"", "acc 3", "add 2", "add 2", "acc 2", "add 3", "add 1", "keep v6 5", "take v6", "drop v6", "f3 6 \"four-3\" 7", "Y \"\"", "Y \"four\"", "drop k12", "drop v11", "drop k12", "drop v11", "t13", "drop k15", "keep v14 3", "drop v14", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"7\"", "acc 3", "add 2", "add 2", "acc 2", "add 3", "add 1", "keep v6 5", "take v6", "drop v6", "f3 6 \"four-3\" 7", "Y \"\"", "Y \"four\"", "drop k12", "drop v11", "drop k12", "drop v11", "t13", "drop k15", "keep v14 3", "drop v14", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v1", "v11"]),
    (p226::run, &[&["", "xyz", "x", "", "four", "xyz"], &["x"], &["hello", "ab", "ab", "hello", "ab"]], &[&["t2", "Y \"x\"", "t2", "Y \"x\"", "t2", "Y \"x\"", "Y \"2\"", "f3 3 \"\" 2", "t5", "Y \"-2\"", "keep v6 0", "keep v8 7", "take v8", "drop v8", "keep v6 7", "acc 9", "add 9", "keep v10 9", "take v10", "drop v10", "add 7", "drop v6", "Y \"2\"", "<drop coroutine>", "drop v3", "drop cap"], &["t2", "Y \"x\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"x\"", "t12", "drop v3", "t2", "Y \"x\"", "t12", "drop v3", "t2", "Y \"x\"", "f3 3 \"hello\" 3", "keep v13 15", "Y \"four\"", "Y \"3\"", "<drop coroutine>", "drop v13", "drop cap"]], &["cap", "v3", "v6"]),
    (p227::run, &[&["xyz", "ab", "ab", "hello", "ab"], &["ab"], &["xyz", "four", "", "hello", "x"]], &[&["keep v3 2", "keep v3 2", "take v3", "drop v3", "drop k4", "Y \"xyz-0\"", "t6", "t7", "Y \"xyz-2xyz\"", "t8", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "keep v3 2", "take v3", "drop v3", "drop k5", "drop k4", "Y \"ab-0\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "keep v3 2", "take v3", "drop v3", "drop k4", "Y \"xyz-0\"", "t6", "t7", "Y \"xyz-2xyz\"", "t8", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p228::run, &[&["hello", "xyz", "four", "xyz", "four", "", "four", "x"], &["four", "xyz", "four"], &["ab", "x", "xyz", "xyz"]], &[&["t1", "Y \"hellofourab\"", "t3", "Y \"\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"fourfourab\"", "t3", "Y \"\"", "drop cap", "R None", "<drop coroutine>"], &["t1", "Y \"abfourab\"", "t3", "Y \"\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v8", "v9"]),
    (p229::run, &[&["hello", "hello", "xyz", "xyz"], &["", "hello", "ab", "x", "four"], &["xyz", "four"]], &[&["consume v1", "drop v1", "t4", "Y \"fourhello-5\"", "acc 5", "add 0", "add 4", "t5", "f3 3 \"hello-9\" 3", "acc 13", "f3 3 \"hello\" 4", "add 12", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "t4", "Y \"fourhello-5\"", "acc 5", "add 0", "add 4", "t5", "f3 3 \"hello-9\" 3", "acc 13", "f3 3 \"hello\" 4", "add 12", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "t4", "Y \"fourhello-5\"", "acc 5", "add 0", "add 4", "t5", "f3 3 \"hello-9\" 3", "acc 13", "f3 3 \"hello\" 4", "add 12", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "drop cap", "R 5", "<drop coroutine>"], &["consume v1", "drop v1", "t4", "Y \"four-0\"", "acc 0", "add 0", "add 4", "t5", "t6", "t7", "f3 3 \"-4\" 3", "acc 8", "f3 3 \"\" 4", "add 7", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "t4", "Y \"four-0\"", "acc 0", "add 0", "add 4", "t5", "t6", "t7", "f3 3 \"-4\" 3", "acc 8", "f3 3 \"\" 4", "add 7", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "t4", "Y \"four-0\"", "acc 0", "add 0", "add 4", "t5", "t6", "t7", "f3 3 \"-4\" 3", "acc 8", "f3 3 \"\" 4", "add 7", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "drop cap", "R 0", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "t4", "Y \"fourxyz-3\"", "acc 3", "add 0", "add 4", "t5", "f3 3 \"xyz-7\" 3", "acc 11", "f3 3 \"xyz\" 4", "add 10", "keep v10 9", "take v10", "drop v10", "add 7", "drop v11", "drop v11", "t4", "Y \"fourxyz-3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p230::run, &[&["ab", "hello", "xyz", "x"], &["", "xyz", "ab", "ab"], &["hello", "x", "", "four"]], &[&["keep cap 2", "take cap", "drop cap", "f3 4 \"ab\" 2", "f3 2 \"5\" 8", "acc 11", "add 11", "add 11", "Y \"hello-33\"", "Y \"x\"", "t3", "t4", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 2", "take cap", "drop cap", "f3 4 \"\" 2", "f3 2 \"5\" 6", "acc 9", "add 9", "add 9", "Y \"hello-27\"", "Y \"x\"", "t3", "t4", "Y \"hello\"", "acc 7", "add 7", "add 7", "Y \"hello-21\"", "<drop coroutine>"], &["keep cap 2", "take cap", "drop cap", "f3 4 \"hello\" 2", "f3 2 \"5\" 11", "acc 14", "add 14", "add 14", "Y \"hello-42\"", "Y \"x\"", "t3", "t4", "Y \"hello\"", "acc 7", "add 7", "add 7", "Y \"hello-21\"", "<drop coroutine>"]], &["cap"]),
    (p231::run, &[&["four", "ab", "hello", "four", "", "xyz"], &["xyz", "xyz", "x", "four"], &["four"]], &[&["t2", "keep v4 3", "take v4", "drop v4", "Y \"0\"", "drop k12", "Y \"3\"", "Y \"3\"", "drop k13", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "keep v4 3", "take v4", "drop v4", "Y \"0\"", "drop k12", "Y \"3\"", "Y \"3\"", "drop k13", "drop cap", "R 3", "<drop coroutine>"], &["t2", "keep v4 3", "take v4", "drop v4", "Y \"0\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p232::run, &[&["x"], &["hello", "", "hello", "x", "", "hello"], &["hello"]], &[&["drop cap", "R 1", "<drop coroutine>"], &["drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 5", "<drop coroutine>"]], &[]),
    (p233::run, &[&["ab", "four", "", "xyz"], &["four", ""], &["", ""]], &[&["Y \"four-4\"", "drop cap", "f3 2 \"x\" 2", "acc 5", "acc 3", "add 2", "add 5", "add 10", "add 2", "drop k2", "f3 3 \"xyz\" 2", "f3 5 \"ab\" 3", "f3 8 \"four\" 10", "R 22", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four-4\"", "drop cap", "f3 4 \"x\" 4", "acc 9", "acc 5", "add 4", "add 5", "add 14", "add 2", "drop k2", "f3 3 \"xyz\" 2", "f3 5 \"ab\" 3", "f3 8 \"four\" 10", "R 22", "<drop coroutine>"], &["Y \"four-4\"", "drop cap", "f3 0 \"x\" 0", "acc 1", "acc 0", "add 0", "add 5", "add 5", "add 2", "drop k2", "f3 3 \"xyz\" 2", "f3 5 \"ab\" 3", "f3 8 \"four\" 10", "R 22", "<drop coroutine>"]], &["cap"]),
    (p234::run, &[&["ab", "x", "x", "four", "x", "x"], &["four", "ab", "x", "four"], &["", "ab", "x", "xyz"]], &[&["keep v2 1", "take v2", "drop v2", "acc 28", "f3 0 \"\" 28", "add 28", "add 5", "t6", "keep v8 7", "take v8", "drop v8", "f3 61 \"2\" 7", "t9", "drop k3", "Y \"ab-3\"", "drop k15", "Y \"xhello\"", "keep v17 1", "consume v17", "drop v17", "drop cap", "R Some(12)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "acc 56", "f3 0 \"\" 56", "add 56", "add 7", "t6", "keep v8 7", "take v8", "drop v8", "f3 119 \"4\" 7", "t9", "drop k3", "Y \"ab-3\"", "drop k15", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"x\"", "drop v4", "t5", "Y \"\"", "keep cap 1", "drop cap", "drop k3", "Y \"ab-3\"", "drop k15", "Y \"xyzhello\"", "<drop coroutine>", "drop v17"]], &["cap"]),
    (p235::run, &[&["ab", "x"], &["ab", "four", "x", "hello", "x"], &["four", "four"]], &[&["f3 2 \"ab\" 3", "t5", "Y \"0\"", "Y \"x\"", "<drop coroutine>", "drop k2", "drop cap"], &["f3 2 \"ab\" 3", "t5", "Y \"0\"", "Y \"four\"", "Y \"xyz\"", "t5", "Y \"0\"", "Y \"x\"", "<drop coroutine>", "drop k2", "drop cap"], &["f3 2 \"four\" 3", "t5", "Y \"0\"", "Y \"four\"", "<drop coroutine>", "drop k2", "drop cap"]], &["cap"]),
    (p236::run, &[&["", "hello", "ab", "hello"], &["ab", "xyz", "four", "four", "hello", "hello"], &["", "xyz", "xyz", "xyz"]], &[&["acc 3", "keep v8 7", "take v8", "drop v8", "add 7", "add 0", "keep v6 10", "drop v6", "f3 0 \"hello\" 4", "Y \"\"", "t12", "t13", "Y \"xyz\"", "Y \"hello\"", "take v14", "drop v14", "t15", "Y \"hello\"", "<drop coroutine>", "drop v14", "drop cap"], &["acc 3", "keep v8 7", "take v8", "drop v8", "add 7", "add 3", "keep v6 13", "drop v6", "f3 2 \"hello\" 4", "Y \"ab\"", "t12", "t13", "Y \"xyz\"", "Y \"hello\"", "take v14", "drop v14", "t15", "Y \"hello\"", "take v14", "drop v14", "t15", "t16", "Y \"four\"", "t12", "t13", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["acc 3", "keep v8 7", "take v8", "drop v8", "add 7", "add 0", "keep v6 10", "drop v6", "f3 0 \"hello\" 4", "Y \"\"", "t12", "t13", "Y \"xyz\"", "Y \"hello\"", "take v14", "drop v14", "t15", "Y \"hello\"", "<drop coroutine>", "drop v14", "drop cap"]], &["cap", "v14"]),
    (p237::run, &[&["x", "xyz", "xyz", "hello", "xyz", "four", "hello"], &["hello", "x", "ab", "hello", "", "xyz"], &["x"]], &[&["t5", "Y \"xyz\"", "Y \"xyz\"", "t5", "Y \"xyz\"", "Y \"xyz\"", "drop k3", "t6", "keep v8 7", "take v8", "drop v8", "f3 1 \"\" 7", "drop cap", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t5", "Y \"xyz\"", "Y \"xyz\"", "t5", "Y \"xyz\"", "Y \"xyz\"", "drop k3", "t6", "keep v8 7", "take v8", "drop v8", "f3 1 \"\" 7", "drop cap", "R Ok(8)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t5", "Y \"xyz\"", "<drop coroutine>", "drop k3", "drop cap"]], &["cap"]),
    (p238::run, &[&["four"], &["hello", "four", "hello", "ab", "xyz", "four"], &["ab", "ab", "x", "ab"]], &[&["keep cap 2", "t2", "Y \"four\"", "<drop coroutine>", "drop cap", "drop k1"], &["keep cap 2", "t2", "Y \"four\"", "f3 2 \"hello\" 4", "keep cap 11", "drop k1", "keep v5 4", "take v5", "drop v5", "Y \"\"", "Y \"3\"", "drop k10", "Y \"hello-4\"", "acc 3", "add 4", "acc 5", "add 3", "add 5", "t12", "f3 13 \"3\" 3", "add 17", "Y \"hello-4\"", "acc 4", "add 2", "acc 5", "add 3", "add 5", "t12", "f3 13 \"3\" 3", "add 17", "Y \"\"", "<drop coroutine>", "drop cap"], &["keep cap 2", "t2", "Y \"four\"", "f3 2 \"ab\" 2", "keep cap 6", "drop k1", "keep v5 4", "take v5", "drop v5", "Y \"\"", "Y \"3\"", "drop k10", "Y \"ab-4\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p239::run, &[&["xyz", "four"], &["x", "", ""], &["ab", "ab", "xyz", "hello", "ab", "xyz"]], &[&["drop cap", "Y \"xyz-3\"", "Y \"xyzfour\"", "<drop coroutine>"], &["drop cap", "Y \"x\"", "Y \"xyzfour\"", "keep v10 9", "take v10", "drop v10", "t8", "t11", "acc 2", "add 0", "add 2", "keep v16 15", "take v16", "drop v16", "Y \"four-7\"", "<drop coroutine>"], &["drop cap", "Y \"ab-2\"", "Y \"xyzfour\"", "keep v10 9", "take v10", "drop v10", "t8", "t11", "acc 2", "add 0", "add 2", "keep v16 15", "take v16", "drop v16", "Y \"four-7\"", "Y \"hello-5x\"", "drop v19", "drop v18", "keep v16 15", "take v16", "drop v16", "Y \"four-7\"", "Y \"hello-3x\"", "<drop coroutine>", "drop v19", "drop v18"]], &["cap"]),
    (p240::run, &[&["ab", "xyz", ""], &["hello", "", "ab", "four", "xyz", "ab", "four"], &["ab"]], &[&["consume v1", "drop v1", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "Y \"ab\"", "add 0", "add 0", "f3 3 \"xyz\" 5", "keep v8 7", "take v8", "drop v8", "acc 3", "Y \"ab\"", "add 2", "add 2", "f3 7 \"xyz\" 5", "keep v8 7", "take v8", "drop v8", "acc 3", "Y \"ab\"", "add 4", "add 4", "f3 11 \"xyz\" 5", "keep v8 7", "take v8", "drop v8", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "drop cap", "R 0", "<drop coroutine>"]], &["cap"]),
    (p241::run, &[&["ab", "", "x", "hello", "xyz", "x", "hello"], &["xyz", "ab", "four", "x"], &["xyz", "four"]], &[&["Y \"2\"", "acc 2", "add 0", "add 0", "f3 6 \"-3\" 2", "t8", "drop v9", "t10", "t8", "drop v9", "t10", "t8", "drop v9", "t10", "acc 2", "add 1", "add 1", "f3 6 \"-3\" 4", "t8", "drop v9", "t10", "t8", "drop v9", "t10", "t8", "drop v9", "t10", "drop k6", "keep v11 8", "Y \"four\"", "keep v11 20", "take v11", "drop v11", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v11", "v13"]),
    (p242::run, &[&["four", "ab", "hello", "four"], &["hello", "hello", "hello", "hello"], &["ab", "x", "x", "x", "four"]], &[&["drop v1", "take cap", "drop cap", "Y \"four-7\"", "f3 5 \"x\" 5", "acc 11", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "take cap", "drop cap", "Y \"hello-7\"", "f3 5 \"x\" 5", "acc 11", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "take cap", "drop cap", "Y \"ab-7\"", "f3 5 \"x\" 5", "acc 11", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p243::run, &[&["four", ""], &[""], &["xyz", "hello", "ab", "hello", "hello", "four", "four"]], &[&["f3 6 \"xyz\" 1", "drop k2", "t5", "drop k4", "Y \"\"", "t5", "drop k4", "Y \"\"", "<drop coroutine>", "drop cap"], &["f3 6 \"xyz\" 1", "drop k2", "t5", "drop k4", "Y \"\"", "<drop coroutine>", "drop cap"], &["f3 6 \"xyz\" 1", "drop k2", "t5", "drop k4", "Y \"\"", "t5", "drop k4", "Y \"\"", "t6", "t8", "drop cap", "R Err(\"3ab\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p244::run, &[&["", "ab", "hello"], &["ab"], &["four", "ab"]], &[&["drop v1", "Y \"four\"", "drop v2", "drop v5", "drop v5", "t7", "drop cap", "R 6", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "Y \"four\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"four\"", "drop v2", "drop v5", "drop v5", "t7", "drop cap", "R 6", "<drop coroutine>"]], &["cap"]),
    (p245::run, &[&["ab"], &["four", "xyz", "hello", "xyz", "hello", "ab"], &["x", "", "", "ab", "xyz"]], &[&["Y \"ab\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t4", "keep v6 5", "take v6", "drop v6", "Y \"3-7\"", "t7", "Y \"3-0\"", "t4", "keep v6 5", "take v6", "drop v6", "Y \"3-7\"", "t7", "Y \"3-0\"", "consume v9", "drop v9", "acc 2", "add 3", "add 5", "Y \"10\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "t4", "keep v6 5", "take v6", "drop v6", "Y \"3-7\"", "t7", "Y \"3-0\"", "t4", "keep v6 5", "take v6", "drop v6", "Y \"3-7\"", "t7", "Y \"3-0\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p246::run, &[&["hello", "", "ab", "hello", "ab", "ab"], &["x", "xyz", "xyz", "x"], &["x", "x"]], &[&["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"hello-7ab-5\"", "take cap", "drop cap", "acc 2", "add 3", "add 3", "Y \"four-8\"", "acc 1", "add 60", "acc 3", "add 3", "add 7", "add 14", "acc 2", "add 2", "add 3", "keep v14 7", "keep v14 13", "take v14", "drop v14", "f3 5 \"four\" 3", "acc 12", "add 0", "add 63", "R 75", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"x-7ab-5\"", "drop cap", "R 0", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"x-7ab-5\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p247::run, &[&["", "x", "four", "x", "ab", "", "", "x"], &["x", "", "hello", "four", "four"], &["", "", "four", "four"]], &[&["t2", "acc 0", "add 0", "add 5", "keep v3 5", "consume v3", "drop v3", "keep v4 3", "f3 3 \"\" 3", "Y \"-6\"", "drop v4", "acc 0", "add 0", "add 5", "keep v3 5", "consume v3", "drop v3", "keep v4 3", "f3 3 \"\" 3", "Y \"-6\"", "drop v4", "Y \"\"", "Y \"\"", "keep v9 8", "take v9", "drop v9", "t10", "f3 7 \"\" 0", "acc 2", "add 2", "add 0", "t11", "Y \"hello\"", "t14", "Y \"1\"", "t11", "Y \"hello\"", "t14", "Y \"1\"", "<drop coroutine>", "drop cap"], &["t2", "acc 6", "drop v3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "acc 0", "add 0", "add 5", "keep v3 5", "consume v3", "drop v3", "keep v4 3", "f3 3 \"\" 3", "Y \"-6\"", "drop v4", "acc 0", "add 0", "add 5", "keep v3 5", "consume v3", "drop v3", "keep v4 3", "f3 3 \"\" 3", "Y \"-6\"", "drop v4", "Y \"\"", "take cap", "drop cap", "keep v9 8", "take v9", "drop v9", "t10", "f3 7 \"\" 0", "acc 7", "add 7", "add 0", "t11", "Y \"hello\"", "<drop coroutine>"]], &["cap"]),
    (p248::run, &[&["hello", "hello", "ab", "", "x"], &["", "x", "x", "hello", "ab", "ab", "four", "ab"], &["hello", "", "", "xyz", "four", "", "ab", "ab"]], &[&["Y \"xyz\"", "t2", "f3 5 \"hello\" 0", "acc 10", "add 2", "add 4", "drop k4", "consume v5", "drop v5", "drop k6", "consume v5", "drop v5", "drop k6", "drop v7", "Y \"ab\"", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"xyz\"", "t2", "f3 1 \"x\" 0", "acc 2", "add 2", "add 4", "drop k4", "consume v5", "drop v5", "drop k6", "consume v5", "drop v5", "drop k6", "drop v7", "Y \"ab\"", "t9", "f3 0 \"\" 0", "acc 0", "add 2", "add 4", "drop k4", "consume v5", "drop v5", "drop k6", "consume v5", "drop v5", "drop k6", "drop v7", "Y \"ab\"", "t9", "t11", "Y \"hello\"", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "t2", "f3 0 \"\" 0", "acc 0", "add 2", "add 4", "drop k4", "consume v5", "drop v5", "drop k6", "consume v5", "drop v5", "drop k6", "drop v7", "Y \"ab\"", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p249::run, &[&["", "hello", "hello", "hello"], &["ab", "four", "x", "hello", "", "xyz", "four", "xyz"], &["xyz", "ab", "hello", "four", "four", "xyz", "four"]], &[&["consume v1", "drop v1", "take cap", "drop cap", "Y \"-7\"", "t2", "Y \"\"", "t4", "Y \"\"", "drop k3", "Y \"2\"", "<drop coroutine>"], &["consume v1", "drop v1", "take cap", "drop cap", "Y \"ab-7\"", "t2", "Y \"ab\"", "t4", "Y \"\"", "drop k3", "Y \"4\"", "R Err(\"ab\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "take cap", "drop cap", "Y \"xyz-7\"", "t2", "Y \"xyz\"", "t4", "Y \"\"", "drop k3", "Y \"5\"", "Y \"8four\"", "drop v10", "Y \"fourfour\"", "drop v10", "t12", "Y \"x\"", "<drop coroutine>"]], &["cap"]),
    (p250::run, &[&["hello", "four", "x", "ab", "four", "", "ab", "four"], &["x", "four", "x", "x"], &["x", "ab", "ab", "four", "four", "four", "x"]], &[&["take cap", "drop cap", "Y \"5\"", "t4", "Y \"four\"", "Y \"x\"", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "Y \"5\"", "t4", "Y \"four\"", "Y \"x\"", "R Ok(1)", "<drop coroutine>"], &["take cap", "drop cap", "Y \"5\"", "t4", "Y \"four\"", "f3 2 \"ab\" 2", "drop k6", "drop k6", "f3 4 \"hello\" 2", "Y \"hello\"", "acc 4", "add 2", "add 4", "Y \"x\"", "Y \"-5\"", "Y \"x\"", "Y \"-5\"", "<drop coroutine>"]], &["cap"]),
    (p251::run, &[&["", "xyz", "hello", "ab", "four"], &["x", "x", "xyz"], &["ab", "xyz", "ab", "four"]], &[&["drop v1", "drop k3", "Y \"xyz\"", "drop v4", "Y \"xyz\"", "drop v4", "consume v7", "drop v7", "Y \"xyzxyz\"", "Y \"x\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["drop v1", "drop k3", "Y \"xyz\"", "drop v4", "Y \"xyz\"", "drop v4", "consume v7", "drop v7", "Y \"xyzxyz\"", "<drop coroutine>", "drop cap"], &["drop v1", "drop k3", "Y \"xyz\"", "drop v4", "Y \"xyz\"", "t6", "Y \"\"", "consume v7", "drop v7", "Y \"xyzxyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p252::run, &[&["four"], &["ab", "xyz", "xyz", "x", "four", "xyz", ""], &["xyz", "four", "ab", "x"]], &[&["keep v2 1", "take v2", "drop v2", "drop cap", "R 4", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p253::run, &[&["xyz", "x", "hello", "four", "xyz", "hello"], &["ab", "x", "four", "x", "", "hello", "four", "hello"], &["four", "", "", "four", "x", "ab", "xyz", "hello"]], &[&["drop v1", "t2", "Y \"xyz\"", "Y \"xyz\"", "f3 2 \"ab-3\" 5", "drop k4", "Y \"ab\"", "t7", "t6", "Y \"ab\"", "Y \"hello\"", "keep v9 0", "drop k10", "Y \"13\"", "<drop coroutine>", "drop v9", "drop v3", "drop cap"], &["drop v1", "t2", "Y \"ab\"", "Y \"ab\"", "f3 2 \"ab-3\" 4", "drop k4", "Y \"ab\"", "t7", "t6", "Y \"ab\"", "keep v9 0", "drop k10", "Y \"12\"", "Y \"5x-2\"", "drop v9", "f3 5 \"xyz\" 10", "Y \"ab\"", "t7", "t6", "Y \"ab\"", "<drop coroutine>", "drop v3", "drop cap"], &["drop v1", "t2", "Y \"four\"", "Y \"four\"", "f3 2 \"ab-3\" 0", "drop k4", "Y \"ab\"", "t7", "t6", "Y \"ab\"", "Y \"hello\"", "keep v9 0", "drop k10", "Y \"8\"", "Y \"abfour-2\"", "drop v9", "Y \"hello\"", "<drop coroutine>", "drop v3", "drop cap"]], &["cap", "v3"]),
    (p254::run, &[&["", "xyz", "ab", "xyz", "", "ab", "xyz"], &["", "ab", "", "xyz", "x", "x", "ab", "xyz"], &["", "x", "", "hello"]], &[&["keep v3 2", "take v3", "drop v3", "t4", "keep v3 2", "take v3", "drop v3", "t4", "keep v3 2", "take v3", "drop v3", "t4", "consume v6", "drop v6", "Y \"\"", "drop v8", "Y \"xyz\"", "Y \"-6\"", "drop k10", "Y \"xyz\"", "t11", "Y \"four-6hello\"", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "t4", "keep v3 2", "take v3", "drop v3", "t4", "keep v3 2", "take v3", "drop v3", "t4", "consume v6", "drop v6", "Y \"\"", "drop v8", "Y \"xyz\"", "Y \"-6\"", "drop k10", "Y \"xyz\"", "t11", "Y \"four-6hello\"", "drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "t4", "keep v3 2", "take v3", "drop v3", "t4", "keep v3 2", "take v3", "drop v3", "t4", "consume v6", "drop v6", "Y \"\"", "drop v8", "Y \"xyz\"", "Y \"-6\"", "drop k10", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p255::run, &[&["xyz", "hello", "x", "ab", "hello", "ab", "hello"], &["four", "x", "x", ""], &["", "four"]], &[&["t1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "drop k3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab\"", "drop k3", "drop k5", "drop cap", "PANIC p6", "<drop coroutine>"]], &["cap"]),
    (p256::run, &[&["four", "", "xyz", "x"], &["xyz", "ab", "four", "x", "four", "xyz", "four"], &["hello", "hello"]], &[&["consume v1", "drop v1", "keep v4 3", "take v4", "drop v4", "drop v8", "drop k10", "drop v8", "drop k10", "drop v13", "keep v15 4", "keep v15 14", "take v15", "drop v15", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "keep v4 3", "take v4", "drop v4", "Y \"ab\"", "t6", "drop v8", "drop k10", "drop v8", "drop k10", "drop v13", "keep v15 2", "keep v15 14", "take v15", "drop v15", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "keep v4 3", "take v4", "drop v4", "Y \"ab\"", "t6", "drop cap", "PANIC p7", "<drop coroutine>"]], &["cap"]),
    (p257::run, &[&["x", "", "hello", "ab", "", "x", "xyz"], &["", "", "hello", "xyz"], &["ab", "x"]], &[&["f3 1 \"x\" 2", "keep v1 4", "drop k2", "t4", "Y \"xxyz-0\"", "Y \"0\"", "t13", "Y \"xxyz\"", "t14", "Y \"10\"", "t16", "t15", "Y \"hello\"", "Y \"10\"", "t14", "Y \"2\"", "<drop coroutine>", "drop v1", "drop cap"], &["f3 0 \"\" 2", "keep v1 2", "drop k2", "Y \"4\"", "t13", "Y \"\"", "t14", "Y \"2\"", "t16", "t15", "Y \"hello\"", "<drop coroutine>", "drop v1", "drop cap"], &["f3 2 \"ab\" 2", "keep v1 6", "drop k2", "t4", "Y \"abxyz-0\"", "t4", "Y \"abxyzxyz-1\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap", "v5"]),
    (p258::run, &[&["x"], &["x", "hello", "x", "four", "xyz"], &["ab", "ab", "four", "x", "hello", "x"]], &[&["keep v3 2", "take v3", "drop v3", "f3 3 \"x\" 3", "consume v16", "drop v16", "Y \"x\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "f3 3 \"x\" 3", "consume v16", "drop v16", "Y \"x\"", "drop cap", "drop v18", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "f3 3 \"ab\" 3", "consume v16", "drop v16", "Y \"x\"", "acc 3", "add 3", "add 5", "Y \"four\"", "drop cap", "drop v18", "R 15", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p259::run, &[&["ab", "x", "ab"], &["four", "xyz", "ab"], &["", ""]], &[&["Y \"ab\"", "t2", "drop v6", "t10", "acc 4", "add 3", "add 3", "t12", "Y \"ab-3-2\"", "drop k11", "keep v15 4", "drop v15", "keep v15 4", "drop v15", "keep v15 4", "drop v15", "drop k14", "Y \"10\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t2", "drop v6", "t10", "acc 8", "add 3", "add 3", "t12", "Y \"3xyzab-3-2\"", "drop k11", "keep v15 4", "drop v15", "keep v15 4", "drop v15", "keep v15 4", "drop v15", "drop k14", "Y \"14\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "t2", "Y \"3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p260::run, &[&["", "four", "four", "four", "", "", "xyz", ""], &["four", "ab", "ab"], &["", "x", "", "four", "hello", "x"]], &[&["take cap", "drop cap", "acc 0", "add 0", "add 0", "Y \"four\"", "keep v4 3", "take v4", "drop v4", "f3 0 \"four\" 7", "R Some(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "Y \"four\"", "PANIC p5", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["take cap", "drop cap", "acc 0", "add 0", "add 0", "Y \"four\"", "keep v4 3", "take v4", "drop v4", "f3 0 \"x\" 7", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p261::run, &[&["hello"], &["x"], &["x", "", "", "x"]], &[&["Y \"hellohello\"", "<drop coroutine>", "drop cap"], &["Y \"xx\"", "<drop coroutine>", "drop cap"], &["Y \"xx\"", "t2", "t4", "Y \"xhello\"", "t4", "Y \"xhello\"", "Y \"xx\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p262::run, &[&["", "x", "", "xyz", "xyz", "x", "hello", "hello"], &["", "xyz", "", "x", "hello", "x"], &["ab"]], &[&["acc 3", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "f3 1 \"\" 3", "acc 4", "add 2", "take cap", "drop cap", "add 7", "drop k5", "keep v11 3", "t12", "drop v11", "drop v10", "PANIC p13", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 3", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "f3 1 \"\" 3", "acc 4", "add 2", "take cap", "drop cap", "add 7", "drop k5", "keep v11 3", "t12", "drop v11", "drop v10", "PANIC p13", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 3", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "f3 1 \"ab\" 3", "acc 6", "add 2", "take cap", "drop cap", "add 7", "drop k5", "keep v11 3", "t12", "drop v11", "drop v10", "PANIC p13", "<drop coroutine>"]], &["cap", "v11"]),
    (p263::run, &[&["", "", "four", "ab", "four", "four"], &["xyz", "", "xyz", "xyz", ""], &["ab", "ab"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v4 3", "take v4", "drop v4", "drop v2", "Y \"xyz\"", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p264::run, &[&["xyz", "x"], &["hello", "hello", "", "ab", "four"], &["x", "hello", "four", "hello", "xyz", "xyz", "x", ""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"xyz\"", "f3 0 \"four\" 4", "t7", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "f3 0 \"four\" 4", "t7", "Y \"ab\"", "Y \"\"", "drop k5", "f3 1 \"four\" 4", "t7", "Y \"\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"x\"", "f3 0 \"four\" 4", "t7", "Y \"x\"", "Y \"four\"", "drop k5", "f3 1 \"four\" 4", "t7", "Y \"ab\"", "Y \"xyz\"", "f3 2 \"four\" 4", "t7", "Y \"ab\"", "f3 2 \"-3\" 6", "t10", "Y \"\"", "f3 2 \"-3\" 6", "t10", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p265::run, &[&["four", "four", "four", "xyz"], &["ab", "xyz", "hello", "ab", "hello", "x"], &["xyz", "", "hello", "", "", "four", "ab", "xyz"]], &[&["Y \"xyz\"", "t2", "Y \"ab\"", "t5", "drop v4", "t5", "drop v4", "consume v6", "drop v6", "Y \"\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "t2", "Y \"ab\"", "t5", "drop v4", "t5", "drop v4", "consume v6", "drop v6", "Y \"\"", "Y \"\"", "Y \"ab\"", "t5", "drop v4", "t5", "drop v4", "consume v6", "drop v6", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "t2", "Y \"ab\"", "t5", "drop v4", "t5", "drop v4", "consume v6", "drop v6", "Y \"\"", "Y \"\"", "Y \"ab\"", "t5", "drop v4", "t5", "drop v4", "consume v6", "drop v6", "Y \"\"", "Y \"\"", "drop cap", "R None", "<drop coroutine>"]], &["cap", "v4"]),
    (p266::run, &[&["", "hello", "x", "hello", "four"], &["", "xyz", "four"], &["xyz", "x", "hello"]], &[&["Y \"0\"", "take cap", "drop cap", "keep v6 5", "take v6", "drop v6", "Y \"2\"", "t7", "Y \"10\"", "keep v6 5", "take v6", "drop v6", "Y \"1\"", "t7", "Y \"3\"", "<drop coroutine>"], &["Y \"0\"", "take cap", "drop cap", "keep v6 5", "take v6", "drop v6", "Y \"2\"", "t7", "Y \"10\"", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p267::run, &[&["four", "hello", "hello", "hello", "xyz", "x", "hello", "four"], &["", "", "four", "four", "x", ""], &["four", "ab"]], &[&["Y \"xyz\"", "Y \"\"", "Y \"four\"", "Y \"\"", "Y \"\"", "Y \"7\"", "Y \"8\"", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"\"", "Y \"\"", "Y \"\"", "Y \"\"", "Y \"7\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p268::run, &[&["hello", "ab", "", "x", "x", "hello", "xyz", "hello"], &["", "hello", "xyz", "hello", "xyz", "x"], &["x", "four", "x", "hello", "hello", "ab", "hello", "ab"]], &[&["drop k9", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k9", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k9", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p269::run, &[&["xyz", "", "four"], &["xyz", "xyz", "xyz", "hello"], &["x", "four", "", "ab"]], &[&["Y \"xyz\"", "Y \"xyz\"", "acc 6", "add 3", "add 3", "acc 12", "add 1", "drop cap", "R None", "<drop coroutine>"], &["Y \"xyz\"", "Y \"xyz\"", "acc 8", "add 3", "add 3", "acc 14", "add 1", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "Y \"x\"", "acc 6", "add 3", "add 1", "acc 10", "add 1", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p270::run, &[&["", "ab", "ab", "xyz", ""], &["ab", "hello", "ab", "", "", "hello", "x"], &["hello", "hello", "xyz", "ab", "hello"]], &[&["t3", "f3 2 \"\" 3", "drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "f3 2 \"ab\" 3", "drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "f3 2 \"hello\" 3", "drop k2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p271::run, &[&["x", "four", "ab", "ab", "four"], &["xyz", "xyz"], &["xyz", "", "hello", "", "four", "hello"]], &[&["acc 3", "add 3", "add 3", "acc 9", "add 3", "add 3", "drop cap", "R 60", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v4 3", "keep v4 3", "take v4", "drop v4", "drop k5", "drop v6", "drop k5", "drop v6", "drop k5", "drop v6", "acc 3", "add 3", "add 3", "acc 9", "add 3", "add 3", "drop cap", "R 60", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v4 3", "keep v4 3", "take v4", "drop v4", "drop k5", "drop v6", "drop k5", "drop v6", "drop k5", "drop v6", "acc 3", "add 3", "add 3", "acc 9", "add 3", "add 3", "drop cap", "R 60", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p272::run, &[&["four", "ab", "four"], &["four"], &["hello", "hello"]], &[&["Y \"\"", "Y \"fourxfour\"", "Y \"\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"\"", "Y \"helloxhello\"", "<drop coroutine>", "drop k2", "drop cap"]], &["cap"]),
    (p273::run, &[&["four", "xyz", "x", "hello", "four", "four", "four", "hello"], &["xyz", "ab"], &["", "x", "x", "hello"]], &[&["keep cap 2", "take cap", "drop cap", "drop v6", "f3 1 \"four\" 2", "acc 7", "add 1", "add 5", "drop k7", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "Y \"xyz\"", "drop v6", "f3 1 \"four\" 2", "acc 7", "add 1", "add 5", "drop k7", "R Some(2)", "<drop coroutine>"], &["drop k7", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p274::run, &[&["", "x", "hello", "ab", ""], &["four", "", "x", "", "ab", "x", "x"], &["ab", "ab", "xyz", "hello"]], &[&["Y \"\"", "Y \"\"", "t2", "f3 4 \"xhello\" 4", "acc 3", "add 3", "add 3", "acc 9", "add 1", "keep v4 3", "take v4", "drop v4", "add 7", "f3 14 \"xx-3\" 17", "t15", "f3 3 \"3\" 35", "drop v18", "drop v14", "t15", "f3 3 \"3\" 35", "drop v18", "drop v14", "t2", "f3 4 \"-6\" 4", "acc 3", "add 3", "add 3", "acc 9", "add 1", "keep v4 3", "take v4", "drop v4", "add 7", "f3 10 \"xx-3\" 17", "t15", "f3 3 \"3\" 31", "drop v18", "drop v14", "t15", "f3 3 \"3\" 31", "drop v18", "drop v14", "drop k19", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "Y \"\"", "t2", "f3 4 \"x\" 4", "acc 3", "add 3", "add 3", "acc 9", "add 1", "keep v4 3", "take v4", "drop v4", "add 7", "f3 9 \"xx-3\" 17", "t15", "f3 3 \"3\" 30", "drop v18", "drop v14", "t15", "f3 3 \"3\" 30", "drop v18", "drop v14", "t2", "f3 4 \"-6\" 4", "acc 3", "add 3", "add 3", "acc 9", "add 1", "keep v4 3", "take v4", "drop v4", "add 7", "f3 10 \"xx-3\" 17", "t15", "f3 3 \"3\" 31", "drop v18", "drop v14", "t15", "f3 3 \"3\" 31", "drop v18", "drop v14", "drop k19", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "Y \"\"", "t2", "f3 4 \"abxyz\" 4", "acc 3", "add 3", "add 3", "acc 9", "add 1", "keep v4 3", "take v4", "drop v4", "add 7", "f3 13 \"xx-3\" 17", "t15", "f3 3 \"3\" 34", "drop v18", "drop v14", "t15", "f3 3 \"3\" 34", "drop v18", "drop v14", "t2", "f3 4 \"-6\" 4", "acc 3", "add 3", "add 3", "acc 9", "add 1", "keep v4 3", "take v4", "drop v4", "add 7", "f3 10 \"xx-3\" 17", "t15", "f3 3 \"3\" 31", "drop v18", "drop v14", "t15", "f3 3 \"3\" 31", "drop v18", "drop v14", "drop k19", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p275::run, &[&["", "ab", "hello", "ab", "x"], &["hello"], &["", "x", "", "hello", "ab", "hello"]], &[&["t1", "Y \"hello\"", "consume v5", "drop v5", "take cap", "drop cap", "acc 0", "add 0", "add 0", "acc 0", "add 7", "acc 4", "add 0", "add 0", "add 4", "Y \"four\"", "Y \"\"", "keep v9 0", "drop v9", "Y \"four\"", "Y \"\"", "<drop coroutine>"], &["t1", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"hello\"", "consume v5", "drop v5", "take cap", "drop cap", "acc 0", "add 0", "add 0", "acc 0", "add 7", "acc 4", "add 0", "add 0", "add 4", "Y \"four\"", "Y \"\"", "keep v9 11", "drop v9", "Y \"four\"", "Y \"\"", "keep v9 7", "drop v9", "drop k10", "t12", "Y \"ab\"", "<drop coroutine>"]], &["cap"]),
    (p276::run, &[&["hello", "x", "ab", "xyz", "ab"], &["ab", "xyz", "hello"], &["xyz", "ab", "four", "xyz", "x", "ab", "four", "four"]], &[&["keep cap 5", "Y \"\"", "keep cap 6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 2", "Y \"\"", "keep cap 5", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 3", "Y \"\"", "keep cap 5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p277::run, &[&["hello", "x", "xyz", "x", "", "ab"], &["xyz", "x", "ab", "hello"], &["four", "", "ab", "x", "four"]], &[&["t8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v2"]),
    (p278::run, &[&["x", "hello", "ab", "", "xyz"], &[""], &["", "four"]], &[&["acc 1", "add 3", "add 2", "Y \"\"", "t1", "Y \"3\"", "t8", "drop k2", "Y \"hello-4\"", "Y \"-3\"", "drop k11", "Y \"ab\"", "<drop coroutine>", "drop v13", "drop cap"], &["acc 0", "add 3", "add 2", "Y \"\"", "<drop coroutine>", "drop cap"], &["acc 0", "add 3", "add 2", "Y \"\"", "t1", "Y \"3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p279::run, &[&["ab", "xyz", "x", "hello", "ab", "hello", "x", "ab"], &["four", "xyz", "hello", "xyz", "hello", "hello"], &["four", "hello", "", "hello", "ab"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"hello\"", "t6", "f3 2 \"ab\" 9", "drop k5", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "f3 3 \"\" 0", "t6", "f3 2 \"ab\" 11", "drop k5", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "f3 3 \"\" 0", "acc 5", "add 0", "add 3", "f3 8 \"ab-7-3-3\" 3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"hello\"", "t6", "f3 2 \"four\" 11", "drop k5", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "f3 3 \"\" 0", "t6", "f3 2 \"four\" 13", "drop k5", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "f3 3 \"\" 0", "acc 5", "add 0", "add 3", "f3 8 \"four-7-3-3\" 3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"hello\"", "t6", "f3 2 \"four\" 11", "drop k5", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "f3 3 \"\" 0", "t6", "f3 2 \"four\" 13", "drop k5", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "take v7", "drop v7", "t8", "drop k9", "keep v11 10", "take v11", "drop v11", "keep v14 0", "keep v14 13", "take v14", "drop v14", "keep v12 7", "drop v12", "f3 3 \"\" 0", "acc 5", "add 0", "add 3", "f3 8 \"four-7-3-3\" 3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p280::run, &[&["four"], &["hello", "xyz"], &["hello", "x", "hello", "x", "x", "four", "xyz", "xyz"]], &[&["drop cap", "PANIC p1", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v5"]),
    (p281::run, &[&["x", "", "", "four", "xyz", "x", "ab", "hello"], &["", "four"], &["xyz", "xyz", "hello", "xyz", "four", "xyz"]], &[&["f3 1 \"four\" 2", "acc 7", "add 2", "add 5", "drop k3", "drop cap", "R 14", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "acc 7", "keep v2 1", "take v2", "drop v2", "add 7", "add 0", "R 14", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 3 \"four\" 2", "acc 9", "add 2", "add 5", "drop k3", "drop cap", "R 16", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p282::run, &[&["xyz"], &["hello", "xyz", "x", "xyz", "xyz", "x", "hello", "xyz"], &["", "x", "", "xyz", "x", "", "hello"]], &[&["Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"8\"", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "Y \"\"", "drop cap", "R Err(\"xyzxyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p283::run, &[&["ab", "x", "ab", "xyz", "four", "x", "x"], &["hello", "", "hello"], &["four"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"ab-7\"", "Y \"ab\"", "t4", "t5", "acc 3", "add 3", "add 1", "t7", "drop v6", "acc 3", "add 3", "add 1", "t7", "drop v6", "f3 1 \"ab\" 3", "t12", "Y \"hello-3\"", "Y \"xyz-33\"", "drop k22", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"hello-7\"", "Y \"hello\"", "t4", "t5", "acc 3", "add 3", "add 1", "t7", "drop v6", "acc 3", "add 3", "add 1", "t7", "drop v6", "f3 1 \"ab\" 3", "t12", "Y \"hello-3\"", "<drop coroutine>", "drop cap"], &["keep v2 1", "take v2", "drop v2", "Y \"four-7\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p284::run, &[&["ab", "ab", "x", "xyz", "x", "", "x"], &["x", "four", "xyz", "four", "four", "xyz", "xyz"], &["xyz", "four", "xyz", "xyz", "four"]], &[&["drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 0 \"xyz\" 4", "t13", "keep v14 3", "drop v14", "drop k15", "t18", "Y \"xyz\"", "drop v17", "t18", "Y \"xyz\"", "drop v17", "acc 5", "add 0", "add 7", "acc 12", "Y \"\"", "add 4", "f3 7 \"hello\" 7", "add 19", "drop cap", "PANIC p19", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 0 \"xyz\" 4", "t13", "keep v14 3", "drop v14", "drop k15", "t18", "Y \"xyz\"", "drop v17", "t18", "Y \"xyz\"", "drop v17", "acc 5", "add 0", "add 7", "acc 12", "Y \"\"", "add 3", "f3 7 \"hello\" 7", "add 19", "drop cap", "PANIC p19", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p285::run, &[&["xyz", "x", "x", "", "xyz", "four", ""], &["hello", "xyz", "x"], &["xyz", "", "x", "hello", "ab", "hello", "four", "xyz"]], &[&["drop k5", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k5", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k5", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p286::run, &[&["x", "xyz", "xyz", "four", ""], &["hello", ""], &["x", "four", "ab", "hello", "ab", "hello", "xyz"]], &[&["Y \"\"", "drop cap", "keep v5 0", "keep v5 4", "take v5", "drop v5", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "keep v5 0", "keep v5 4", "take v5", "drop v5", "drop cap", "R Ok(7)", "<drop coroutine>"], &["Y \"\"", "keep v5 0", "keep v5 4", "take v5", "drop v5", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p287::run, &[&["", "xyz", "ab", "xyz", ""], &["ab", "ab", "hello", "four", "hello"], &["x"]], &[&["t1", "Y \"2\"", "take cap", "drop cap", "keep v4 3", "take v4", "drop v4", "keep v8 7", "take v8", "drop v8", "acc 7", "Y \"-3\"", "add 3", "add 7", "drop v13", "keep v8 7", "take v8", "drop v8", "acc 7", "Y \"-3\"", "add 4", "add 3", "drop v13", "acc 8", "add 8", "add 8", "f3 3 \"24\" 2", "keep v17 7", "drop v17", "drop k18", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"2ab\"", "take cap", "drop cap", "keep v4 3", "take v4", "drop v4", "keep v8 7", "take v8", "drop v8", "acc 7", "Y \"ab-3\"", "add 6", "add 11", "drop v13", "keep v8 7", "take v8", "drop v8", "acc 7", "Y \"ab-3\"", "add 5", "add 5", "drop v13", "acc 8", "add 8", "add 8", "f3 3 \"24\" 2", "keep v17 7", "drop v17", "drop k18", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"2x\"", "<drop coroutine>", "drop cap"]], &["cap", "v13"]),
    (p288::run, &[&["xyz", "x"], &["xyz", "x", "four", ""], &["x", "ab", "hello"]], &[&["drop cap", "R -1", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R -1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R -1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p289::run, &[&["hello", "xyz", "", "four", "xyz", "x", "four", "x"], &["xyz", "hello", "four", "", "hello"], &["four", "xyz", "x"]], &[&["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 3", "t2", "keep v7 6", "take v7", "drop v7", "t5", "Y \"xyz\"", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 3", "t2", "keep v7 6", "take v7", "drop v7", "t5", "Y \"xyz\"", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 4", "t2", "keep v7 6", "take v7", "drop v7", "t5", "Y \"xyz\"", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p290::run, &[&["", "xyz", "xyz", "", "hello"], &["xyz", "ab", "ab", "ab"], &["", "hello", "x", "xyz", "", "xyz"]], &[&["t1", "Y \"3\"", "Y \"four\"", "Y \"x\"", "Y \"four\"", "drop cap", "PANIC p3", "<drop coroutine>"], &["t1", "Y \"3\"", "Y \"four\"", "Y \"four\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"3\"", "Y \"four\"", "Y \"x\"", "Y \"four\"", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p291::run, &[&["", "xyz", "", "", "hello"], &["four", "hello", "x", "x", "x", "", "ab"], &["ab", "ab", "x", "xyz", "xyz", "ab", "xyz", ""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"x-0ab\"", "t4", "t5", "f3 7 \"xyz\" -1", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"x-4ab\"", "t4", "t5", "f3 7 \"hello\" -1", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"x-2ab\"", "t4", "t5", "f3 7 \"ab\" -1", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p292::run, &[&["x", "", "four"], &["ab", "x"], &[""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"four\"", "t5", "Y \"\"", "drop k6", "drop v8", "Y \"\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"four\"", "t5", "Y \"x\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p293::run, &[&["four", "ab", "four", "ab", "xyz", "xyz", "", "xyz"], &["xyz", "four", "hello", "four", "ab", "xyz", "four", "xyz"], &["ab", "hello", "hello", "x", "hello", "", "four", "four"]], &[&["drop cap", "drop k3", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "drop k3", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p294::run, &[&["", "", "four", "xyz", "hello", "hello", "x", "hello"], &["four", "x", "xyz"], &["ab", "hello", "x", "four"]], &[&["take cap", "drop cap", "f3 0 \"\" 2", "Y \"xyz\"", "Y \"\"", "consume v4", "drop v4", "t7", "drop k5", "drop v3", "acc 4", "add 4", "add 4", "keep v17 16", "take v17", "drop v17", "Y \"13\"", "t18", "acc 3", "add 0", "drop k25", "add 3", "Y \"four-4\"", "drop k24", "t18", "acc 3", "add 0", "drop k25", "add 3", "Y \"four-8\"", "drop k24", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "f3 4 \"four\" 2", "Y \"xyz\"", "Y \"x\"", "consume v4", "drop v4", "t7", "drop k5", "drop v3", "acc 3", "add 3", "add 3", "keep v17 16", "take v17", "drop v17", "Y \"10\"", "<drop coroutine>"], &["take cap", "drop cap", "f3 2 \"ab\" 2", "Y \"xyz\"", "Y \"hello\"", "consume v4", "drop v4", "t7", "drop k5", "drop v3", "Y \"four\"", "consume v4", "drop v4", "t7", "drop k5", "drop v3", "acc 4", "add 4", "add 4", "keep v17 16", "take v17", "drop v17", "Y \"13\"", "<drop coroutine>"]], &["cap", "v10", "v11", "v12"]),
    (p295::run, &[&["x", "ab", "hello", "four"], &["hello", "xyz", "", "xyz", "xyz", "xyz", "", "ab"], &["ab", "ab", "", "hello", "four"]], &[&["t3", "Y \"xabxyzxyz\"", "Y \"x\"", "drop v5", "Y \"xyz\"", "Y \"x\"", "<drop coroutine>", "drop v1", "drop cap"], &["t3", "Y \"helloabxyzxyz\"", "Y \"x\"", "Y \"xyz\"", "Y \"x\"", "t10", "t9", "drop v1", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"ababxyzxyz\"", "Y \"x\"", "drop v5", "Y \"xyz\"", "Y \"x\"", "Y \"fourx\"", "<drop coroutine>", "drop v4", "drop v1", "drop cap"]], &["cap", "v1"]),
    (p296::run, &[&["xyz", "ab", "hello", "four", ""], &["x", "x", "ab", "", "ab", "", "xyz"], &["hello", "ab", "", ""]], &[&["keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v5 3", "keep v5 4", "take v5", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "keep v5 1", "keep v5 4", "take v5", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 5", "keep v3 2", "take v3", "drop v3", "keep v5 5", "keep v5 4", "take v5", "drop v5", "f3 1 \"x\" 3", "t6", "take cap", "drop cap", "Y \"hello-7\"", "t10", "Y \"fourxyz\"", "t16", "R Some(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p297::run, &[&["four"], &["hello"], &["", "hello"]], &[&["acc 3", "add 3", "add 6", "t5", "t6", "Y \"four\"", "<drop coroutine>", "drop cap"], &["acc 3", "add 3", "add 7", "t5", "Y \"hellofour\"", "<drop coroutine>", "drop cap"], &["acc 3", "add 3", "add 2", "t5", "t6", "Y \"\"", "t8", "acc 2", "add 2", "add 3", "drop k4", "drop k3", "t6", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p298::run, &[&["four", "", "four", "xyz", "x"], &["four", "xyz", "four", "x", "x"], &["xyz", "xyz", "xyz"]], &[&["Y \"four\"", "Y \"x\"", "drop v10", "drop v5", "keep v13 12", "take v13", "drop v13", "acc 0", "add 0", "add 0", "keep v16 15", "take v16", "drop v16", "acc 0", "add 0", "add 0", "keep v16 15", "take v16", "drop v16", "acc 0", "add 1", "keep v22 21", "take v22", "drop v22", "add 7", "Y \"3\"", "drop k26", "Y \"3\"", "drop k26", "drop k25", "Y \"3\"", "<drop coroutine>", "drop k26", "drop cap"], &["Y \"four\"", "Y \"x\"", "drop v10", "drop v5", "keep v13 12", "take v13", "drop v13", "acc 3", "add 3", "add 3", "keep v16 15", "take v16", "drop v16", "acc 3", "add 3", "add 3", "keep v16 15", "take v16", "drop v16", "acc 3", "add 1", "keep v22 21", "take v22", "drop v22", "add 7", "Y \"3\"", "drop k26", "Y \"3\"", "drop k26", "drop k25", "Y \"3\"", "<drop coroutine>", "drop k26", "drop cap"], &["keep v13 12", "take v13", "drop v13", "acc 3", "add 3", "add 3", "keep v16 15", "take v16", "drop v16", "acc 3", "add 3", "add 3", "keep v16 15", "take v16", "drop v16", "acc 3", "add 1", "keep v22 21", "take v22", "drop v22", "add 7", "Y \"3\"", "drop k26", "Y \"3\"", "drop k26", "drop k25", "Y \"3\"", "<drop coroutine>", "drop k26", "drop cap"]], &["cap"]),
    (p299::run, &[&["", "xyz", "hello", "x"], &["xyz", "ab", "xyz", "ab", "hello", "", "x", "four"], &["ab", "xyz", "four", "hello", "xyz", "x", "", "four"]], &[&["keep v4 3", "take v4", "drop v4", "drop k5", "Y \"ab-2\"", "Y \"x\"", "drop k5", "Y \"ab-2\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v4 3", "take v4", "drop v4", "drop k5", "Y \"ab-2\"", "Y \"x\"", "drop k5", "Y \"ab-2\"", "Y \"x\"", "drop k5", "Y \"ab-2\"", "Y \"x\"", "Y \"ab\"", "Y \"ab-0\"", "<drop coroutine>", "drop cap"]], &["cap"]),
];

#[test]
fn corpus_replays_native_traces() {
    let failures = difftest::harness::replay(CASES);
    assert!(
        failures.is_empty(),
        "{} divergent runs:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
