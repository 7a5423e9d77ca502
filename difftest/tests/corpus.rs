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
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && !(((r.clone()).len() % 2 == 0 || (r.clone()).len() % 2 == 0)) {
                fuel1 += 1;
                if r.is_empty() {
                    panic!("p2");
                }
                if ([r.clone(), r.clone()].concat()).len() % 2 == 0 {
                    panic!("p3");
                }
            }
            yield_!(r.clone());
            let mut fuel4 = Vec::from([(yield_!(i2s((r.len() as i64))).len() as i64), (match cap.try_send(1) { 0 => cap.into_n(), n if n > 4 => n + 1, _ => T::take(keep(T("v6"), 5)) })]);
            'l4: while let Some(w) = fuel4.pop() {
                let Some(d) = opt(&((if (w <= 3 || (r.len() as i64) == 3) { t("t7", r.clone()) } else { yield_!(String::from("x")) }))) else {
                    return Err(yield_!(String::from("ab")));
                };
                r = yield_!((if !(w > 1) { r.clone() } else { (if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("") }) }));
                let Some(f) = opt(&(String::from("hello"))) else {
                    return Err(format!("{}-{}", r, t("t8", 0)));
                };
                'b9: {
                    let mut fuel10 = Vec::from([(P { a: f, b: r.clone() }).sum(), T::take(keep(T("v12"), 11))]);
                    'l10: while let Some(w) = fuel10.pop() {
                        let mut f = T("v13");
                        yield_!(r.clone());
                        let [b, _, _] = [t("t14", (r.len() as i64)), Acc::new(Some(T("k15")).unwrap().id()).add((r.len() as i64)).add(w).get(), t("t16", 1)];
                    }
                    if ((!((r.clone()).len() % 2 == 0) && r.is_empty()) && f3(w, String::from("x"), w) != 2) {
                        break 'b9;
                    }
                    if r.is_empty() {
                        break 'b9;
                    }
                }
            }
            if Some(T("k17")).unwrap().id() <= 2 {
                panic!("p18");
            }
            let mut fuel19 = 0;
            'l19: loop {
                fuel19 += 1;
                if fuel19 > 2 {
                    break 'l19;
                }
                if (String::from("x")).is_empty() {
                    panic!("p20");
                }
            }
            Ok(f3((P { a: (r.len() as i64), b: String::from("ab") }).sum(), yield_!(r), res(&(String::from("ab")))?))
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
            if ((((r.clone()).len() % 2 == 0 || cap.try_send(5) > 3) && (r.len() % 2 == 0 || (r.len() as i64) > 2)) && (((r).len() % 2 == 0 && (String::from("")).len() % 2 == 0) || 2 != 3)) {
                return Ok(res(&(String::from("xyz")))?);
            }
            'l1: for w in T("k2").items() {
                if ((if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("xyz") })).is_empty() {
                    panic!("p3");
                }
                match T("k4").len() {
                    0 => {
                        let mut d = res(&(yield_!(String::from(""))))?;
                        let [a, _, _] = [(yield_!(String::from("")).len() as i64), (match cap.len() { 0 => d, n if n > 0 => n + 1, _ => Acc::new(d).add(d).add(t("t5", w)).get() }), (yield_!(format!("{}-{}", (String::from("")), w)).len() as i64)];
                    }
                    n if n > 3 => {
                        if (n >= 2 && res(&(String::from("hello")))? != 2) {
                            break 'l1;
                        }
                        let d = T("v7");
                    }
                    n => {
                        r = i2s((yield_!(i2s(cap.lock())).len() as i64));
                    }
                }
            }
            Ok(T::take(keep(cap, 8)))
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
            let P { a: b, b: d } = P { a: f3((P { a: Acc::new(3).add(T::id(&cap)).add(1).get(), b: c }).sum(), r.clone(), Some(T("k2")).unwrap().id()), b: i2s(3) };
            r = yield_!(r);
            let f = cap.into_n();
            'l3: for w in T("k4").items() {
                let mut fuel5 = Vec::from([(match (w * (d.len() as i64)) { 0 => f, n if n > 1 => n + 1, _ => (if r.len() % 2 == 0 { (r.len() as i64) } else { w }) }), (Acc::new(f).add(2).add(b).get() * (d.len() as i64))]);
                'l5: while let Some(w) = fuel5.pop() {
                    if !(((b > 1 && r.len() % 2 == 0) && (r.clone()).len() % 2 == 0)) {
                        return Some(T("k6").len());
                    }
                    if (yield_!(String::from(""))).len() % 2 == 0 {
                        panic!("p7");
                    }
                    let b = [yield_!(i2s(w)), (if (0 <= 5 && (d.clone()).len() % 2 == 0) { format!("{}-{}", (r.clone()), b) } else { yield_!(r.clone()) })].concat();
                }
                let [c, _, _] = [(if !((d.len() % 2 == 0 || (d.len() as i64) < 0)) { b } else { (t("t8", w) - (if d.len() % 2 == 0 { w } else { (d.len() as i64) })) }), (T("k9").id() - T("k10").into_n()), (r.len() as i64)];
                'l11: for w in [i2s((r.len() as i64)), r.clone()] {
                    consume(keep(T("v12"), T::take(keep(keep(T("v14"), 0), 13))));
                    r = d.clone();
                }
            }
            Some((d.len() as i64))
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
            'l2: for w in [[format!("{}-{}", a, 5), (if r.len() % 2 == 0 { String::from("xyz") } else { r.clone() })].concat(), i2s(t("t3", b.lock()))] {
                consume(keep(keep(T("v4"), b.try_send(5)), b.lock()));
                 {
                     {
                        b = T("v5");
                        if !(((String::from("x")).len() % 2 == 0 && w.len() % 2 == 0)) {
                            return None;
                        }
                        yield_!(w);
                    }
                    let u6: i64;
                    if ((!(b.id() == 5) || T::id(&b) != 1) && (String::from("four")).len() % 2 == 0) {
                        u6 = (if (String::from("xyz")).len() % 2 == 0 { (r.len() as i64) } else { (a.len() as i64) });
                    } else {
                        u6 = (P { a: (r.len() as i64), b: yield_!(String::from("xyz")) }).sum();
                    }
                }
                 {
                    let Some(b) = opt(&r) else {
                        continue 'l2;
                    };
                    let mut b = (if ((a.clone()).len() % 2 == 0 || !((String::from("")).len() % 2 == 0)) { yield_!(i2s((r.len() as i64))) } else { yield_!(format!("{}-{}", r, b)) });
                    'l7: for w in T("k8").items() {
                        r = (if ((r.clone()).is_empty() || w == 0) { [[String::from("hello"), String::from("four")].concat(), (if cap.borrow() <= 0 { String::from("hello") } else { b.clone() })].concat() } else { yield_!((if b.len() % 2 == 0 { String::from("") } else { r.clone() })) });
                        consume(T("v9"));
                    }
                }
            }
            let Some(d) = opt(&a) else {
                panic!("p10");
            };
            let c = i2s(3);
            consume(cap);
            if a.is_empty() {
                return None;
            }
            Some(d)
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
            'l1: for w in [format!("{}-{}", (r.clone()), T::take(cap)), t("t2", yield_!(r.clone()))] {
                let d = t("t3", Acc::new((w.len() as i64)).add(T::take(keep(T("v5"), 4))).add((match 3 { 0 => 1, n if n > 1 => n + 1, _ => 0 })).get());
                'l6: for w in T("k7").items() {
                    let c = keep(T("v9"), 8).take();
                    let b = T("v10");
                }
            }
            yield_!([t("t11", r), String::from("x")].concat());
            'l12: for w in [t("t13", [String::from("four"), String::from("x")].concat()), (if !((String::from("x")).len() % 2 == 0) { format!("{}-{}", (String::from("x")), 0) } else { yield_!(String::from("x")) })] {
                yield_!([format!("{}-{}", (String::from("")), (w.len() as i64)), format!("{}-{}", (w.clone()), (w.len() as i64))].concat());
                let Some(d) = opt(&(t("t14", w))) else {
                    continue 'l12;
                };
                let c = T("v15");
            }
            yield_!([(if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("hello") }), t("t16", String::from("ab"))].concat());
            yield_!((if (String::from("hello")).len() % 2 == 0 { format!("{}-{}", (String::from("x")), 1) } else { t("t17", String::from("ab")) }));
            if ((3 == 3 || 3 == 2) || (!(5 == 0) && (String::from("four")).is_empty())) {
                consume(T("v18"));
            } else {
                'l19: for w in 0..cap3(Acc::new((P { a: 4, b: String::from("") }).sum()).add((if 1 != 4 { 4 } else { 4 })).add((yield_!(String::from("four")).len() as i64)).get()) {
                    let f = T("v20");
                    yield_!(String::from("x"));
                    let mut e = (yield_!(String::from("ab")).len() as i64);
                    r = t("t21", t("t22", t("t23", String::from(""))));
                }
            }
            if (!(((String::from("")).len() % 2 == 0 || 0 >= 4)) && !((String::from("x")).is_empty())) {
                panic!("p24");
            }
            r = format!("{}-{}", (i2s(3)), t("t25", f3(0, String::from("hello"), 0)));
            let mut fuel26 = 0;
            'l26: while fuel26 < 2 && (((r.len() as i64) == 3 || (r.len() as i64) == 4) || (r.len() % 2 == 0 && 3 < 1)) {
                fuel26 += 1;
            }
            (match (r.len() as i64) { 0 => 2, n if n > 4 => n + 1, _ => (P { a: 3, b: r.clone() }).sum() })
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
            if (T::take(keep(T("v3"), 2)) != 5 || (r).len() % 2 == 0) {
                return Ok(T::take(keep(cap, 4)));
            }
            drop(T("v5"));
            yield_!(String::from("hello"));
            'l6: for w in [yield_!((if (String::from("x")).len() % 2 == 0 { String::from("xyz") } else { String::from("xyz") })), i2s(f3(1, String::from("x"), 4))] {
                if let Some(n) = opt(&w) && n > 5 {
                    r = yield_!(w);
                }
                if (((String::from("xyz")).len() % 2 == 0 || (String::from("hello")).is_empty()) && (String::from("hello")).is_empty()) {
                }
            }
            Ok(4)
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && ((5 == 5 || (r.clone()).len() % 2 == 0) || 0 >= 3) {
                fuel1 += 1;
                if let Some(n) = opt(&(t("t2", yield_!(r.clone())))) && n > 4 {
                    let e = i2s(5);
                    let P { a: f, b: c } = P { a: n, b: (if (!((e.len() as i64) <= 0) || 3 != 0) { i2s(5) } else { i2s(T("k3").id()) }) };
                    drop(T("v4"));
                } else {
                    r = [r.clone(), format!("{}-{}", r, (r.len() as i64))].concat();
                    r = yield_!(String::from(""));
                }
                'b5: {
                    if r.is_empty() {
                        break 'l1;
                    }
                    let Some(b) = opt(&r) else {
                        break 'b5;
                    };
                    if !(r.len() % 2 == 0) {
                        break 'b5;
                    }
                }
                let b = T("v6");
            }
            match (P { a: (match cap.into_n() { 0 => Acc::new(1).add((r.len() as i64)).add(4).get(), n if n > 0 => n + 1, _ => 2 }), b: r }).sum() {
                0 => {
                    let mut c = keep(T("v7"), T("k8").len());
                    drop(T("v9"));
                }
                n if n > 5 => {
                    'l10: for w in 0..cap3(T::take(keep(T("v12"), 11))) {
                        yield_!(String::from(""));
                        consume(T("v13"));
                        let mut e: T = keep(T("v14"), (yield_!(i2s(2)).len() as i64));
                        let c = T("v15");
                    }
                }
                _ => {
                    r = i2s((Some(T("k16")).unwrap().id() + T::take(keep(T("v18"), 17))));
                }
            }
            Acc::new((yield_!(String::from("hello")).len() as i64)).add((yield_!(String::from("xyz")).len() as i64)).add(0).get()
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
            let [a, _, _] = [f3((r.len() as i64), [[String::from(""), r].concat(), String::from("")].concat(), cap.into_n()), (match (opt(&(String::from("")))? + f3(0, String::from("xyz"), 0)) { 0 => ((if (String::from("x")).len() % 2 == 0 { 2 } else { 0 }) * t("t1", 3)), n if n > 3 => n + 1, _ => T("k2").len() }), (P { a: Acc::new((match 5 { 0 => 3, n if n > 1 => n + 1, _ => 1 })).add(t("t3", 4)).add(4).get(), b: t("t4", String::from("x")) }).sum()];
            let f: String = t("t5", yield_!(t("t6", String::from(""))));
            let u7: i64;
            if f.len() % 2 == 0 {
                u7 = a;
            } else {
                u7 = (P { a: (f.len() as i64), b: format!("{}-{}", f, a) }).sum();
            }
            let Some(a) = opt(&(f.clone())) else {
                return Some(u7);
            };
            r = f.clone();
            'l8: for w in 0..cap3((match opt(&r)? { 0 => a, n if n > 2 => n + 1, _ => ((r.len() as i64) + (f.len() as i64)) })) {
                let u9: i64;
                if (format!("{}-{}", (String::from("x")), a)).is_empty() {
                    u9 = T::take(keep(T("v11"), 10));
                } else {
                    u9 = (match 1 { 0 => a, n if n > 1 => n + 1, _ => (match (r.len() as i64) { 0 => w, n if n > 4 => n + 1, _ => u7 }) });
                }
                'l12: for w in [f.clone(), i2s((yield_!(String::from("hello")).len() as i64))] {
                    drop(T("v13"));
                    let mut d = T("v14");
                }
                if (yield_!(r.clone())).len() % 2 == 0 {
                    let d = T("v15");
                    let f = (match (match Acc::new(2).add(u7).add(0).get() { 0 => d.id(), n if n > 0 => n + 1, _ => d.into_n() }) { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => T("k16").id() });
                    drop(T("v17"));
                } else if ((f.clone()).len() % 2 == 0 && !(r.len() % 2 == 0)) {
                    let e = T("v18");
                } else {
                }
            }
            Some((f.len() as i64))
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
            let mut fuel1 = Vec::from([cap.into_n(), f3((if (r.len() as i64) <= 1 { 3 } else { (r.len() as i64) }), i2s((r.len() as i64)), t("t2", 3))]);
            'l1: while let Some(w) = fuel1.pop() {
                if (yield_!(String::from("four")).len() as i64) > 2 {
                    let f = format!("{}-{}", (format!("{}-{}", (String::from("")), w)), w);
                    let f: i64 = w;
                    consume(T("v3"));
                } else if (String::from("")).len() % 2 == 0 {
                    yield_!([(if w > 5 { String::from("hello") } else { String::from("x") }), (if (String::from("ab")).len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
                    r = String::from("four");
                } else {
                    if (t("t4", String::from("x"))).len() % 2 == 0 {
                        return (P { a: (match 1 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => (r.len() as i64) }), b: t("t5", r.clone()) }).sum();
                    }
                }
                let d: i64 = ((match ((r.len() as i64) * 1) { 0 => (5 + 5), n if n > 0 => n + 1, _ => Acc::new(2).add(w).add(0).get() }) + f3(w, String::from("four"), 5));
            }
            let d = 'b6: {
                let u7: i64;
                if ((!((String::from("four")).len() % 2 == 0) && (r.len() % 2 == 0 && (r.len() as i64) > 3)) || ((4 >= 4 || (r.len() as i64) >= 5) && (r.len() % 2 == 0 && (r.clone()).len() % 2 == 0))) {
                    u7 = (yield_!(String::from("xyz")).len() as i64);
                } else {
                    u7 = (P { a: (yield_!(r).len() as i64), b: String::from("ab") }).sum();
                }
                if !(T("k8").into_n() > 5) {
                    panic!("p9");
                }
                if (4 > 1 || (String::from("hello")).is_empty()) {
                    break 'b6 u7;
                }
                (yield_!(String::from("four")).len() as i64)
            };
            Acc::new((P { a: d, b: String::from("hello") }).sum()).add(d).add(4).get()
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
            match T("k1").len() {
                0 => {
                    'b2: {
                        match ((if r.is_empty() { (P { a: T("k3").id(), b: String::from("ab") }).sum() } else { T::take(keep(keep(T("v5"), 0), 4)) }), (if ((r).is_empty() && (String::from("ab")).len() % 2 == 0) { [yield_!(String::from("four")), yield_!(String::from("x"))].concat() } else { i2s((match cap.len() { 0 => cap.len(), n if n > 1 => n + 1, _ => T::id(&cap) })) })) {
                            (0, n) => {
                                let P { a: d, b: e } = P { a: res(&(String::from("x")))?, b: yield_!(String::from("")) };
                                drop(T("v6"));
                            }
                            (_, n) if n.len() > 3 => {
                                yield_!(n.clone());
                                r = (if (cap.len() == 3 && ((n.len() as i64) >= 0 && cap.borrow() <= 2)) { n } else { yield_!(String::from("x")) });
                                consume(T("v7"));
                            }
                            (_, n) => {
                                yield_!([i2s(cap.lock()), i2s(T::id(&cap))].concat());
                            }
                        }
                        if Acc::new(5).add(3).add(cap.lock()).get() >= 3 {
                            break 'b2;
                        }
                    }
                }
                n if n > 2 => {
                    yield_!(r);
                }
                n => {
                    let mut fuel8 = 0;
                    let e = 'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 2 {
                            break 'l8 T::id(&cap);
                        }
                        yield_!([format!("{}-{}", r, 0), r.clone()].concat());
                        r = (if (String::from("hello")).is_empty() { (if (r.len() % 2 == 0 || r.len() % 2 == 0) { (if n == 1 { String::from("") } else { String::from("ab") }) } else { [String::from("xyz"), r.clone()].concat() }) } else { i2s(n) });
                    };
                }
            }
            yield_!([(if cap.borrow() < 5 { String::from("ab") } else { String::from("ab") }), t("t9", String::from("four"))].concat());
            'b10: {
                let u11: i64;
                if !((String::from("four")).is_empty()) {
                    u11 = (P { a: (3 * cap.borrow()), b: String::from("x") }).sum();
                } else {
                    u11 = 3;
                }
                if !((String::from("")).is_empty()) {
                    break 'b10;
                }
            }
            Ok(res(&(String::from("four")))?)
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
                match ((if !(r.len() % 2 == 0) { 2 } else { keep(T("v5"), 4).take() }), [format!("{}-{}", r, opt(&r)?), [String::from("ab"), w].concat()].concat()) {
                    (0, n) => {
                        yield_!([(if n.len() % 2 == 0 { r.clone() } else { r.clone() }), i2s(5)].concat());
                    }
                    (_, n) if n.len() > 1 => {
                        r = format!("{}-{}", (format!("{}-{}", n, a)), keep(T("v7"), 6).take());
                        r = n;
                    }
                    (_, n) => {
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
            if let Some(n) = T("k1").opt() {
                drop(cap);
                let mut a = keep(T("v2"), f3(3, r, n));
                if (!(((String::from("x")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0)) && !(((String::from("")).len() % 2 == 0 || (String::from("")).len() % 2 == 0))) {
                    return n;
                }
            }
            yield_!(String::from(""));
            r = yield_!((if ((String::from("xyz")).len() % 2 == 0 && 1 >= 2) { String::from("") } else { (if (String::from("x")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) }));
            drop(keep(T("v3"), f3((P { a: 1, b: r.clone() }).sum(), t("t4", String::from("ab")), Acc::new((r.len() as i64)).add((r.len() as i64)).add(5).get())));
            if r.len() % 2 == 0 {
                panic!("p5");
            }
            let c = (if 0 <= 2 { [r, i2s(5)].concat() } else { r.clone() });
            let mut d: T = T("v6");
            match T("k7").len() {
                0 => {
                    let f = 'b8: {
                        let d: i64 = (c.len() as i64);
                        'l9: for w in 0..cap3((c.len() as i64)) {
                            r = c.clone();
                            yield_!((if c.is_empty() { i2s(5) } else { (if 2 == 4 { String::from("hello") } else { c.clone() }) }));
                            let mut e = keep(keep(keep(T("v10"), (r.len() as i64)), d), (P { a: (if d > 1 { w } else { d }), b: String::from("four") }).sum());
                        }
                        if (c).len() % 2 == 0 {
                            break 'b8 Acc::new((if d >= 0 { 3 } else { 4 })).add((if 1 <= 0 { d } else { d })).add(Acc::new(d).add(3).add(d).get()).get();
                        }
                        (if (String::from("x")).is_empty() { T("k11").id() } else { (match d { 0 => d, n if n > 5 => n + 1, _ => d }) })
                    };
                }
                n if n > 1 => {
                    let mut fuel12 = 0;
                    'l12: while fuel12 < 2 && ((c.len() % 2 == 0 && c.len() % 2 == 0) && (d.len() != 0 && d.len() == 2)) {
                        fuel12 += 1;
                        yield_!(c.clone());
                    }
                }
                n => {
                }
            }
            (if !((String::from("")).len() % 2 == 0) { d.try_send(0) } else { T("k13").id() })
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
            let mut fuel2 = Vec::from([(if (r.clone()).len() % 2 == 0 { (if r.len() % 2 == 0 { cap.lock() } else { (r.len() as i64) }) } else { (match cap.borrow() { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => (r.len() as i64) }) }), Acc::new(T("k3").into_n()).add(t("t4", 1)).add(T("k5").id()).get()]);
            'l2: while let Some(w) = fuel2.pop() {
                yield_!((if (r.len() % 2 == 0 && r.len() % 2 == 0) { (if T::id(&cap) <= 2 { r.clone() } else { String::from("xyz") }) } else { r.clone() }));
                let mut a = res(&([String::from("hello"), r.clone()].concat()))?;
                let mut a = i2s((Acc::new(1).add(3).add(w).get() * (match (r.len() as i64) { 0 => w, n if n > 5 => n + 1, _ => (r.len() as i64) })));
            }
            let mut fuel6 = 0;
            'l6: while fuel6 < 1 && ((4 >= 1 || r.len() % 2 == 0) && (r.clone()).is_empty()) {
                fuel6 += 1;
                yield_!(format!("{}-{}", r, (if 0 <= 1 { 4 } else { 4 })));
                'l7: for w in 0..cap3(Acc::new(T::id(&cap)).add(f3((r.len() as i64), r.clone(), 0)).add(Acc::new((r.len() as i64)).add(0).add((r.len() as i64)).get()).get()) {
                    yield_!(i2s(w));
                    let mut e = keep(T("v8"), T("k9").len());
                    let mut e = keep(T("v10"), f3(t("t11", 0), [r.clone(), r.clone()].concat(), (P { a: cap.id(), b: String::from("") }).sum()));
                }
                if r.is_empty() {
                    return Ok(f3((yield_!(r.clone()).len() as i64), (if (r.len() as i64) > 0 { String::from("x") } else { r.clone() }), (if T::id(&cap) < 5 { (r.len() as i64) } else { (r.len() as i64) })));
                }
                let u12: i64;
                if r.len() % 2 == 0 {
                    u12 = t("t13", t("t14", (r.len() as i64)));
                } else {
                    u12 = f3((match (r.len() as i64) { 0 => cap.id(), n if n > 4 => n + 1, _ => (r.len() as i64) }), yield_!(String::from("hello")), Acc::new(cap.try_send(3)).add((r.len() as i64)).add(cap.id()).get());
                }
            }
            if (i2s(5)).is_empty() {
                let mut fuel15 = Vec::from([cap.id(), res(&r)?]);
                'l15: while let Some(w) = fuel15.pop() {
                    if res(&(r.clone()))? <= 2 {
                        break 'l15;
                    }
                    drop(T("v16"));
                }
            } else if (match cap.lock() { 0 => 1, n if n > 5 => n + 1, _ => 2 }) != 0 {
                r = r.clone();
            }
            let mut fuel17 = 0;
            'l17: while fuel17 < 1 && ((String::from("four")).is_empty() && 4 > 1) {
                fuel17 += 1;
                'l18: for w in 0..cap3(Acc::new((match cap.lock() { 0 => 5, n if n > 3 => n + 1, _ => cap.id() })).add(Some(T("k19")).unwrap().id()).add((cap.len() - cap.len())).get()) {
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
mod p013 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in T("k2").items() {
                let mut fuel3 = 0;
                'l3: while fuel3 < 3 && !((2 > 1 || r.len() % 2 == 0)) {
                    fuel3 += 1;
                    let b: String = yield_!(t("t4", r.clone()));
                    let P { a: c, b: b } = P { a: T::take(keep(T("v6"), 5)), b: [t("t7", yield_!(b)), i2s(w)].concat() };
                    r = r.clone();
                    if (((r.len() % 2 == 0 || (b.clone()).len() % 2 == 0) && cap.len() > 4) && b.is_empty()) {
                        return None;
                    }
                }
                let mut fuel8 = Vec::from([cap.try_send(3), (P { a: t("t9", w), b: r.clone() }).sum()]);
                'l8: while let Some(w) = fuel8.pop() {
                    yield_!(i2s(Acc::new((r.len() as i64)).add(cap.borrow()).add(3).get()));
                    if r.is_empty() {
                        panic!("p10");
                    }
                }
                if let Some(n) = opt(&(yield_!([String::from("hello"), r.clone()].concat()))) && n > 2 {
                    let (mut a, c) = (keep(T("v11"), (if n < 3 { opt(&r)? } else { (if (r.clone()).len() % 2 == 0 { cap.lock() } else { w }) })), (0 - cap.id()));
                }
                let mut fuel12 = 0;
                let d = 'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 1 {
                        break 'l12 (P { a: (P { a: w, b: r.clone() }).sum(), b: (if r.len() % 2 == 0 { String::from("four") } else { String::from("x") }) }).sum();
                    }
                    let f: i64 = Acc::new((w - (P { a: w, b: String::from("xyz") }).sum())).add((P { a: (match w { 0 => cap.lock(), n if n > 0 => n + 1, _ => (r.len() as i64) }), b: yield_!(String::from("hello")) }).sum()).add((P { a: (match (r.len() as i64) { 0 => w, n if n > 3 => n + 1, _ => w }), b: yield_!(r.clone()) }).sum()).get();
                };
            }
            Some((yield_!([String::from(""), String::from("x")].concat()).len() as i64))
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
                u2 = (P { a: T("k3").id(), b: (if cap.len() != 4 { String::from("x") } else { String::from("ab") }) }).sum();
            } else {
                u2 = keep(keep(T("v5"), 3), 4).take();
            }
            r = i2s(opt(&(String::from("xyz")))?);
            match T("k6").len() {
                0 => {
                    r = format!("{}-{}", (format!("{}-{}", (r.clone()), (r.len() as i64))), T::take(keep(T("v8"), 7)));
                    if (r.is_empty() || (!((r).len() % 2 == 0) && ((String::from("xyz")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0))) {
                        panic!("p9");
                    }
                    yield_!(format!("{}-{}", (String::from("four")), (P { a: 0, b: String::from("xyz") }).sum()));
                }
                n if n > 3 => {
                    let Some(d) = opt(&r) else {
                        return None;
                    };
                    let Some(c) = opt(&(yield_!(String::from("ab")))) else {
                        panic!("p10");
                    };
                }
                n => {
                    'l11: for w in [String::from("ab"), format!("{}-{}", (r.clone()), cap.borrow())] {
                        if !((n >= 5 && ((r.clone()).len() % 2 == 0 && (w.clone()).len() % 2 == 0))) {
                            continue 'l11;
                        }
                        let a = T::take(keep(T("v13"), 12));
                        r = [(if (u2 <= 2 || (String::from("hello")).len() % 2 == 0) { format!("{}-{}", (w), n) } else { r.clone() }), (if 0 != 1 { [r.clone(), String::from("ab")].concat() } else { i2s(cap.try_send(4)) })].concat();
                        r = r.clone();
                    }
                    match T("k14").len() {
                        0 => {
                            consume(T("v15"));
                        }
                        n if n > 3 => {
                        }
                        n => {
                        }
                    }
                }
            }
            Some((u2 - (u2 - 3)))
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
            if let Some(n) = T("k1").opt() {
                'l2: for w in T("k3").items() {
                    let mut d = (if (!((String::from("four")).len() % 2 == 0) || n >= 1) { yield_!((if cap.try_send(2) == 1 { r.clone() } else { String::from("ab") })) } else { r.clone() });
                    let c = 4;
                    drop(T("v4"));
                }
                yield_!((if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("x") }));
                let e: T = keep(T("v5"), (if r.is_empty() { (yield_!(r).len() as i64) } else { cap.lock() }));
            } else {
                let e = ((r.len() as i64) + Acc::new((yield_!(String::from("")).len() as i64)).add((if (r.len() as i64) != 1 { (r.len() as i64) } else { 1 })).add(t("t6", (r.len() as i64))).get());
                let mut fuel7 = 0;
                let a = 'l7: loop {
                    fuel7 += 1;
                    if fuel7 > 2 {
                        break 'l7 t("t8", (r.len() as i64));
                    }
                    if (cap.lock() > 2 && !(!((String::from("")).len() % 2 == 0))) {
                        panic!("p9");
                    }
                    let e = f3((if ((String::from("hello")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0) { (r.len() as i64) } else { T::take(keep(T("v11"), 10)) }), String::from("x"), T::take(keep(T("v13"), 12)));
                };
                let mut fuel14 = Vec::from([(P { a: (2 + 2), b: format!("{}-{}", (r.clone()), 0) }).sum(), f3((match a { 0 => e, n if n > 0 => n + 1, _ => a }), format!("{}-{}", (r), 3), cap.lock())]);
                'l14: while let Some(w) = fuel14.pop() {
                    if (((String::from("ab")).len() % 2 == 0 && cap.borrow() > 1) || (a < 0 && (e == 2 && (String::from("ab")).len() % 2 == 0))) {
                        continue 'l14;
                    }
                    let c: i64 = f3(f3(T::id(&cap), String::from("hello"), f3(w, String::from("ab"), e)), String::from("hello"), w);
                    if (String::from("xyz")).is_empty() {
                        continue 'l14;
                    }
                }
            }
             {
                let d: i64 = (match opt(&(String::from("ab")))? { 0 => cap.into_n(), n if n > 1 => n + 1, _ => T("k15").len() });
            }
            Some(T("k16").into_n())
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
            if (match 0 { 0 => cap.try_send(3), n if n > 0 => n + 1, _ => f3(3, r.clone(), (r.len() as i64)) }) >= 0 {
                u1 = cap.len();
            } else {
                u1 = cap.borrow();
            }
            'l2: for w in [format!("{}-{}", (r.clone()), T::id(&cap)), (if (r.len() % 2 == 0 && r.len() % 2 == 0) { t("t3", String::from("")) } else { String::from("ab") })] {
                yield_!(String::from("four"));
                'l4: for w in 0..cap3(u1) {
                    yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v7"), 6))));
                    drop(T("v8"));
                    if r.is_empty() {
                        return Err(yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("xyz") } else { String::from("") })));
                    }
                }
            }
             {
                'l9: for w in T("k10").items() {
                    let mut fuel11 = Vec::from([t("t12", (r.len() as i64)), 1]);
                    'l11: while let Some(w) = fuel11.pop() {
                        if Acc::new((r.len() as i64)).add(t("t13", u1)).add(w).get() != 1 {
                            panic!("p14");
                        }
                        let d = (if ((r.len() as i64) != 0 && !((String::from("")).len() % 2 == 0)) { [r.clone(), yield_!(String::from(""))].concat() } else { (if ((String::from("ab")).len() % 2 == 0 && 4 <= 4) { format!("{}-{}", r, (r.len() as i64)) } else { String::from("hello") }) });
                        let (mut c, a) = (T("v15"), keep(keep(keep(T("v17"), cap.lock()), t("t18", 3)), 16).take());
                    }
                    if let Some(n) = T("k19").opt() {
                        let [c, _, _] = [(P { a: (cap.try_send(0) + n), b: format!("{}-{}", r, 1) }).sum(), (P { a: (P { a: (u1 - n), b: t("t20", r.clone()) }).sum(), b: yield_!(r.clone()) }).sum(), (match (if r.len() % 2 == 0 { ((r.len() as i64) - 0) } else { w }) { 0 => t("t21", T::take(keep(T("v23"), 22))), n if n > 4 => n + 1, _ => T::take(keep(T("v25"), 24)) })];
                        if !(u1 <= 1) {
                            return Ok((P { a: T("k26").id(), b: t("t27", r.clone()) }).sum());
                        }
                    } else if (w > 1 || (T::id(&cap) >= 0 || r.len() % 2 == 0)) {
                        yield_!(String::from("four"));
                    } else {
                        yield_!(r.clone());
                    }
                }
            }
            Err(format!("{}-{}", r, res(&(r.clone()))?))
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
            drop(keep(T("v1"), f3(cap.id(), yield_!(String::from("ab")), f3(1, r.clone(), (r.len() as i64)))));
            let mut fuel2 = 0;
            'l2: while fuel2 < 1 && r.is_empty() {
                fuel2 += 1;
                'l3: for w in T("k4").items() {
                    drop(T("v5"));
                    let mut e = T("v6");
                    let e = yield_!(t("t7", format!("{}-{}", r, w)));
                }
                if (match Acc::new(1).add(2).add(cap.try_send(1)).get() { 0 => T("k8").into_n(), n if n > 4 => n + 1, _ => res(&r)? }) == 5 {
                    yield_!(String::from("four"));
                    let d: String = yield_!([t("t9", r.clone()), format!("{}-{}", r, (r.len() as i64))].concat());
                    consume(T("v10"));
                } else if (r.clone()).is_empty() {
                    r = yield_!((if ((r.len() as i64) != 5 || (String::from("")).len() % 2 == 0) { [r.clone(), String::from("")].concat() } else { t("t11", r.clone()) }));
                    let P { a: d, b: b } = P { a: Acc::new((yield_!(i2s(1)).len() as i64)).add(f3(Acc::new(cap.lock()).add((r.len() as i64)).add(cap.len()).get(), (if 0 != 3 { r.clone() } else { r.clone() }), 4)).add((yield_!(i2s(cap.id())).len() as i64)).get(), b: yield_!(String::from("")) };
                    let mut d = i2s(d);
                } else {
                    yield_!(r.clone());
                    drop(T("v12"));
                }
            }
            'l13: for w in [r, [yield_!(String::from("x")), yield_!(String::from("x"))].concat()] {
                if (yield_!(String::from("x"))).is_empty() {
                    panic!("p14");
                }
                if let Some(n) = T("k15").opt() {
                }
            }
            Ok(cap.id())
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
            let [d, _, _] = [(r.len() as i64), ((r.len() as i64) + T::take(keep(cap, 1))), (P { a: (match keep(T("v3"), 2).take() { 0 => 0, n if n > 4 => n + 1, _ => ((r.len() as i64) + 2) }), b: t("t4", format!("{}-{}", r, 2)) }).sum()];
            consume(keep(T("v5"), (P { a: (P { a: d, b: r }).sum(), b: i2s(2) }).sum()));
            yield_!(String::from("x"));
            'l6: for w in T("k7").items() {
                if (Acc::new(w).add(d).add(d).get() + T::take(keep(T("v9"), 8))) < 3 {
                    panic!("p10");
                }
                let mut fuel11 = 0;
                'l11: while fuel11 < 3 && (String::from("xyz")).len() % 2 == 0 {
                    fuel11 += 1;
                    let b = [t("t12", [String::from("ab"), String::from("")].concat()), t("t13", t("t14", String::from("four")))].concat();
                    let f = t("t15", f3(f3((b.len() as i64), b, 3), yield_!(String::from("")), f3(w, String::from(""), d)));
                }
            }
            Ok(t("t16", f3(d, String::from("x"), d)))
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
            match (if !(cap.try_send(5) == 2) { T::take(keep(keep(T("v2"), 0), 1)) } else { 0 }) {
                0 => {
                    'l3: for w in T("k4").items() {
                        let P { a: e, b: c } = P { a: t("t5", (t("t6", cap.try_send(3)) - t("t7", w))), b: t("t8", yield_!(i2s((r.len() as i64)))) };
                        r = String::from("xyz");
                        yield_!(t("t9", [String::from("ab"), c.clone()].concat()));
                    }
                    if let Some(n) = T("k10").opt() {
                        drop(keep(cap, (match f3(5, String::from(""), n) { 0 => keep(T("v12"), 11).take(), n if n > 0 => n + 1, _ => (match n { 0 => n, n if n > 4 => n + 1, _ => (r.len() as i64) }) })));
                        let d = r.clone();
                        r = String::from("");
                    } else if ((cap.len() <= 2 && cap.lock() >= 2) && r.len() % 2 == 0) {
                        drop(T("v13"));
                        yield_!(i2s(f3(cap.id(), r, 3)));
                    } else if r.is_empty() {
                        let d = (r.len() as i64);
                        yield_!(format!("{}-{}", r, (r.len() as i64)));
                    }
                    let u14: i64;
                    if ((1 > 3 && !((String::from("ab")).len() % 2 == 0)) && !(((String::from("hello")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0))) {
                        u14 = (if ((String::from("ab")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { 5 } else { f3(5, String::from("xyz"), 2) });
                    } else {
                        u14 = Acc::new((match 3 { 0 => 4, n if n > 5 => n + 1, _ => 5 })).add(4).add(keep(T("v16"), 15).take()).get();
                    }
                }
                n if n > 2 => {
                    let P { a: a, b: e } = P { a: (match 1 { 0 => (P { a: t("t17", n), b: t("t18", r) }).sum(), n if n > 1 => n + 1, _ => Acc::new(T("k19").id()).add((n * 3)).add(Acc::new(cap.len()).add(0).add(n).get()).get() }), b: String::from("") };
                    let mut fuel20 = Vec::from([(if ((e.len() as i64) == 5 || (String::from("four")).len() % 2 == 0) { t("t21", (e.len() as i64)) } else { T::take(keep(T("v23"), 22)) }), (P { a: (P { a: a, b: e.clone() }).sum(), b: yield_!(String::from("hello")) }).sum()]);
                    'l20: while let Some(w) = fuel20.pop() {
                        let mut e: i64 = (match (yield_!((if 0 > 0 { String::from("four") } else { e.clone() })).len() as i64) { 0 => t("t24", f3(a, e.clone(), 1)), n if n > 1 => n + 1, _ => T::take(keep(keep(T("v26"), cap.lock()), 25)) });
                    }
                }
                _ => {
                }
            }
            (yield_!([String::from("x"), String::from("")].concat()).len() as i64)
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
                u1 = (if cap.try_send(2) == 0 { cap.into_n() } else { T("k2").id() });
            }
            if T("k3").id() >= 2 {
                r = yield_!(i2s(u1));
                let mut a = (if (((String::from("ab")).len() % 2 == 0 || r.len() % 2 == 0) || (3 != 2 && u1 > 3)) { yield_!(r) } else { yield_!([String::from(""), String::from("ab")].concat()) });
                let [e, _, _] = [T::take(keep(T("v5"), 4)), t("t6", opt(&(String::from("")))?), T("k7").len()];
            } else if !((String::from("")).is_empty()) {
                'b8: {
                    'l9: for w in 0..cap3((if (u1 != 2 && u1 > 4) { (yield_!(String::from("ab")).len() as i64) } else { T("k10").id() })) {
                        yield_!(format!("{}-{}", (String::from("hello")), w));
                    }
                    if !((String::from("ab")).is_empty()) {
                        break 'b8;
                    }
                }
            } else {
            }
            None
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
            match ((yield_!(format!("{}-{}", r, opt(&r)?)).len() as i64), yield_!(t("t2", format!("{}-{}", r, (r.len() as i64))))) {
                (0, n) => {
                    if (r.len() % 2 == 0 || !(!(cap.lock() == 3))) {
                        let mut c = T("v3");
                        let mut f: String = yield_!(i2s((if 0 >= 5 { (n.len() as i64) } else { 1 })));
                    } else {
                        yield_!(format!("{}-{}", r, T("k4").id()));
                    }
                }
                (_, n) if n.len() > 1 => {
                    'b5: {
                        if cap.id() < 0 {
                            break 'b5;
                        }
                    }
                }
                (_, n) => {
                }
            }
            Some(t("t6", cap.into_n()))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if !((yield_!(String::from("hello")).len() as i64) > 3) {
                panic!("p1");
            }
            if let Some(n) = T("k2").opt() {
                'l3: for w in T("k4").items() {
                    consume(T("v5"));
                    yield_!(r.clone());
                }
                let mut b = f3(((yield_!(r).len() as i64) + t("t6", cap.borrow())), String::from(""), f3(t("t7", 0), t("t8", String::from("")), (n - n)));
            } else if (((r.len() as i64) > 1 && cap.lock() >= 4) && r.len() % 2 == 0) {
                drop(T("v9"));
            } else if (String::from("hello")).len() % 2 == 0 {
                if let Some(n) = opt(&r) {
                    let f = Acc::new(n).add(f3(cap.borrow(), [String::from("x"), String::from("four")].concat(), T::take(keep(T("v11"), 10)))).add((yield_!(format!("{}-{}", (r.clone()), 0)).len() as i64)).get();
                    r = (if ((r.len() % 2 == 0 || (r).len() % 2 == 0) && (String::from("xyz")).len() % 2 == 0) { yield_!(format!("{}-{}", (String::from("ab")), f)) } else { yield_!((if n <= 5 { String::from("x") } else { String::from("four") })) });
                } else if r.len() % 2 == 0 {
                    drop(T("v12"));
                } else if (r.is_empty() && (String::from("four")).len() % 2 == 0) {
                    yield_!([String::from(""), String::from("four")].concat());
                }
                match opt(&(format!("{}-{}", r, f3(2, String::from("four"), T::id(&cap))))) {
                    Some(n) if n < 5 => {
                        if !(r.len() % 2 == 0) {
                            return (0 + T::take(keep(T("v14"), 13)));
                        }
                        yield_!(String::from(""));
                        let mut c = (match 3 { 0 => t("t15", T::take(cap)), n if n > 1 => n + 1, _ => (r.len() as i64) });
                    }
                    Some(n) => {
                        yield_!(format!("{}-{}", (String::from("hello")), Acc::new(n).add(0).add(2).get()));
                        if (r.clone()).is_empty() {
                            return ((yield_!(r.clone()).len() as i64) * (P { a: (r.len() as i64), b: r }).sum());
                        }
                        let mut f: i64 = T("k16").into_n();
                    }
                    None => {
                        yield_!([(if (r.len() as i64) <= 2 { r } else { String::from("x") }), i2s(3)].concat());
                    }
                }
            }
            (yield_!([String::from("four"), String::from("four")].concat()).len() as i64)
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
            let u1: i64;
            if (i2s((r.len() as i64))).is_empty() {
                u1 = (Acc::new((r.len() as i64)).add((r.len() as i64)).add((r.len() as i64)).get() * f3(cap.try_send(2), r.clone(), (r.len() as i64)));
            } else {
                u1 = (if !(cap.len() <= 0) { (P { a: cap.id(), b: String::from("") }).sum() } else { cap.id() });
            }
            yield_!(r);
            let mut fuel2 = Vec::from([(f3(cap.id(), String::from("four"), u1) + f3(u1, String::from("xyz"), cap.try_send(0))), Acc::new((P { a: u1, b: String::from("hello") }).sum()).add((u1 + u1)).add(Acc::new(cap.try_send(0)).add(4).add(u1).get()).get()]);
            'l2: while let Some(w) = fuel2.pop() {
                match opt(&(format!("{}-{}", (String::from("four")), (w + 0)))) {
                    Some(n) if n < 3 => {
                        drop(T("v3"));
                        if ((String::from("x")).is_empty() && !((String::from("hello")).is_empty())) {
                            panic!("p4");
                        }
                    }
                    Some(n) => {
                        let P { a: a, b: d } = P { a: w, b: String::from("four") };
                        r = yield_!(d.clone());
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
mod p024 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && !((cap.borrow() <= 5 && (r.clone()).len() % 2 == 0)) {
                fuel1 += 1;
                'l2: for w in T("k3").items() {
                    consume(T("v4"));
                    let e = String::from("hello");
                }
                if r.len() % 2 == 0 {
                    return ((T::id(&cap) + (r.len() as i64)) * T("k5").len());
                }
            }
            let mut fuel6 = 0;
            let f = 'l6: loop {
                fuel6 += 1;
                if fuel6 > 2 {
                    break 'l6 cap.try_send(2);
                }
            };
            yield_!(String::from("end"));
            (yield_!(r.clone()).len() as i64)
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
            'l1: for w in T("k2").items() {
                yield_!(t("t3", format!("{}-{}", r, w)));
                let f = T("v4");
            }
            let mut fuel5 = 0;
            'l5: while fuel5 < 1 && (r.is_empty() && (r.clone()).len() % 2 == 0) {
                fuel5 += 1;
                let mut d = format!("{}-{}", r, Acc::new((T::id(&cap) + cap.lock())).add((if (String::from("")).len() % 2 == 0 { cap.len() } else { (r.len() as i64) })).add(cap.len()).get());
                let mut d = d;
                 {
                    let mut fuel6 = 0;
                    let e = 'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 2 {
                            break 'l6 T::take(keep(T("v8"), 7));
                        }
                        d = r.clone();
                        yield_!(r.clone());
                        let a: i64 = (if !((String::from("x")).len() % 2 == 0) { (if (String::from("x")).len() % 2 == 0 { Acc::new(4).add(4).add(cap.borrow()).get() } else { (if (String::from("four")).len() % 2 == 0 { (r.len() as i64) } else { 5 }) }) } else { ((2 * T::id(&cap)) + (yield_!(r.clone()).len() as i64)) });
                    };
                    let f = (P { a: e, b: (if !((r.clone()).len() % 2 == 0) { [String::from("four"), d.clone()].concat() } else { [d, r.clone()].concat() }) }).sum();
                    yield_!(format!("{}-{}", (String::from("")), cap.id()));
                }
            }
            'l10: for w in [r.clone(), format!("{}-{}", (r), T::take(keep(T("v12"), 11)))] {
                let e = T("v13");
            }
            (match (if cap.borrow() == 2 { 1 } else { cap.lock() }) { 0 => f3(cap.len(), String::from("xyz"), cap.len()), n if n > 0 => n + 1, _ => t("t14", 3) })
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let P { a: f, b: d } = P { a: (cap.into_n() + f3((r.len() as i64), r.clone(), t("t1", (r.len() as i64)))), b: r.clone() };
            if let Some(n) = T("k2").opt() {
                'l3: for w in 0..cap3((yield_!(String::from("ab")).len() as i64)) {
                    yield_!(i2s((match w { 0 => w, n if n > 3 => n + 1, _ => w })));
                    let P { a: d, b: c } = P { a: T::take(keep(T("v5"), 4)), b: (if d.len() % 2 == 0 { [String::from(""), (if d.len() % 2 == 0 { d.clone() } else { String::from("ab") })].concat() } else { (if d.len() % 2 == 0 { [d.clone(), d.clone()].concat() } else { (if w >= 5 { r.clone() } else { String::from("xyz") }) }) }) };
                    let mut b = yield_!(String::from("xyz"));
                }
            } else {
                let c = r;
            }
            Ok(f3(t("t6", 0), (if d.len() % 2 == 0 { d } else { d }), (0 + f)))
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
            let Some(f) = opt(&(r.clone())) else {
                return Ok((P { a: (match 3 { 0 => cap.try_send(1), n if n > 4 => n + 1, _ => (r.len() as i64) }), b: i2s((r.len() as i64)) }).sum());
            };
            let mut f: T = cap;
            if (yield_!(r.clone())).len() % 2 == 0 {
                panic!("p1");
            }
            let mut fuel2 = 0;
            'l2: loop {
                fuel2 += 1;
                if fuel2 > 2 {
                    break 'l2;
                }
                if r.is_empty() {
                    panic!("p3");
                }
                yield_!(format!("{}-{}", (r.clone()), (match 4 { 0 => 4, n if n > 3 => n + 1, _ => T::id(&f) })));
                f = T("v4");
            }
            'l5: for w in [r, String::from("ab")] {
                f = T("v6");
                yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { [String::from("four"), w.clone()].concat() }));
                if let Some(n) = opt(&(yield_!(w))) && n > 5 {
                    let mut d = (if ((n != 2 || n < 2) && n < 5) { yield_!((if (String::from("x")).len() % 2 == 0 { String::from("hello") } else { String::from("four") })) } else { yield_!(t("t7", String::from("four"))) });
                    let P { a: a, b: f } = P { a: Some(T("k8")).unwrap().id(), b: d.clone() };
                } else {
                    yield_!(format!("{}-{}", (String::from("four")), (4 + f.borrow())));
                }
                if ((String::from("xyz")).len() % 2 == 0 && (String::from("ab")).is_empty()) {
                    return Err(yield_!((if 4 != 1 { String::from("hello") } else { String::from("ab") })));
                }
            }
            let c: i64 = res(&(t("t9", String::from(""))))?;
            Err(i2s((P { a: c, b: String::from("ab") }).sum()))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if ((((r.len() as i64) > 1 && (r.clone()).len() % 2 == 0) || r.len() % 2 == 0) && (r.is_empty() && (r).len() % 2 == 0)) {
                let mut fuel1 = Vec::from([T("k2").id(), opt(&(String::from("")))?]);
                'l1: while let Some(w) = fuel1.pop() {
                    r = [i2s(T("k3").id()), t("t4", yield_!(String::from("four")))].concat();
                    let f = T("v5");
                }
                let mut b = ((P { a: (P { a: 2, b: String::from("xyz") }).sum(), b: [String::from("hello"), String::from("ab")].concat() }).sum() - t("t6", t("t7", 0)));
            }
            if let Some(n) = opt(&([t("t8", String::from("ab")), (if 1 < 3 { String::from("x") } else { String::from("hello") })].concat())) && n > 2 {
                yield_!((if (String::from("")).len() % 2 == 0 { String::from("hello") } else { i2s(cap.lock()) }));
            } else if (((String::from("xyz")).len() % 2 == 0 || cap.len() < 3) || (String::from("x")).is_empty()) {
                consume(keep(keep(cap, (match 4 { 0 => 0, n if n > 4 => n + 1, _ => 3 })), (yield_!((if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("four") })).len() as i64)));
            }
            Some(Acc::new((4 - 4)).add(Acc::new(2).add(3).add(5).get()).add((P { a: 2, b: String::from("x") }).sum()).get())
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
            let P { a: b, b: d } = P { a: f3((match (cap.try_send(3) + T::id(&cap)) { 0 => res(&r)?, n if n > 5 => n + 1, _ => (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => T::id(&cap) }) }), t("t1", format!("{}-{}", (String::from("x")), (r.len() as i64))), (match (match cap.try_send(4) { 0 => 0, n if n > 3 => n + 1, _ => (r.len() as i64) }) { 0 => Acc::new(1).add(3).add((r.len() as i64)).get(), n if n > 4 => n + 1, _ => Acc::new(cap.try_send(3)).add((r.len() as i64)).add((r.len() as i64)).get() })), b: String::from("") };
            'l2: for w in T("k3").items() {
                let b = 'b4: {
                    let u5: i64;
                    if !(r.len() % 2 == 0) {
                        u5 = (match b { 0 => T::id(&cap), n if n > 2 => n + 1, _ => T("k6").id() });
                    } else {
                        u5 = (match Acc::new(w).add(b).add((d.len() as i64)).get() { 0 => w, n if n > 4 => n + 1, _ => res(&d)? });
                    }
                    if r.len() % 2 == 0 {
                        break 'b4 (r.len() as i64);
                    }
                    Acc::new((P { a: (d.len() as i64), b: String::from("xyz") }).sum()).add(t("t7", 3)).add(u5).get()
                };
                if let Some(n) = opt(&((if (b >= 0 || b < 2) { yield_!(String::from("xyz")) } else { yield_!(String::from("hello")) }))) && n > 3 {
                    let e = (if r.len() % 2 == 0 { yield_!(d.clone()) } else { t("t8", (if (r.len() as i64) < 3 { String::from("x") } else { r.clone() })) });
                } else if (((String::from("hello")).len() % 2 == 0 || d.len() % 2 == 0) || ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) {
                    r = r.clone();
                    r = String::from("hello");
                    r = format!("{}-{}", (String::from("xyz")), (match (w * (r.len() as i64)) { 0 => cap.id(), n if n > 4 => n + 1, _ => res(&d)? }));
                } else if (w == 3 || !(b != 5)) {
                    let mut c = b;
                }
                let [d, _, _] = [(t("t9", ((d.len() as i64) + b)) * T("k10").id()), b, (match (yield_!(d.clone()).len() as i64) { 0 => T::take(keep(T("v12"), 11)), n if n > 4 => n + 1, _ => t("t13", 1) })];
            }
            'l14: for w in 0..cap3(t("t15", res(&r)?)) {
                let Some(a) = opt(&d) else {
                    panic!("p16");
                };
                let mut f = t("t17", yield_!([String::from("four"), String::from("four")].concat()));
                'l18: for w in T("k19").items() {
                    let mut b = [i2s(0), (if r.is_empty() { (if a >= 2 { f.clone() } else { d.clone() }) } else { t("t20", String::from("four")) })].concat();
                    let mut a = T("v21");
                    let a = T("v22");
                }
            }
            let mut fuel23 = 0;
            let d = 'l23: loop {
                fuel23 += 1;
                if fuel23 > 2 {
                    break 'l23 t("t24", f3((r.len() as i64), String::from("four"), 4));
                }
            };
            Err(yield_!(format!("{}-{}", r, cap.borrow())))
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
            let u1: i64;
            if r.len() % 2 == 0 {
                u1 = (T("k2").len() + (yield_!(r).len() as i64));
            } else {
                u1 = 1;
            }
            if (if (String::from("hello")).len() % 2 == 0 { opt(&(String::from("hello")))? } else { cap.borrow() }) != 5 {
                panic!("p3");
            }
            let a = (P { a: 5, b: yield_!([String::from("four"), String::from("x")].concat()) }).sum();
            consume(T("v4"));
            let d = 'b5: {
                drop(T("v6"));
                let mut fuel7 = 0;
                'l7: loop {
                    fuel7 += 1;
                    if fuel7 > 1 {
                        break 'l7;
                    }
                    r = i2s(a);
                    drop(T("v8"));
                    'l9: for w in [r.clone(), yield_!([r.clone(), r.clone()].concat())] {
                        let d = T("v10");
                        let f = String::from("xyz");
                        let P { a: d, b: b } = P { a: ((P { a: (P { a: d.try_send(0), b: w }).sum(), b: yield_!(f) }).sum() - (yield_!(t("t11", String::from("hello"))).len() as i64)), b: (if ((u1 != 3 || r.len() % 2 == 0) && (String::from("")).is_empty()) { i2s(f3(a, r.clone(), cap.borrow())) } else { yield_!((if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("xyz") })) }) };
                        if (!((String::from("xyz")).len() % 2 == 0) || (r.clone()).is_empty()) {
                            return Some(u1);
                        }
                    }
                }
                if !(!((String::from("xyz")).len() % 2 == 0)) {
                    break 'b5 u1;
                }
                u1
            };
            'b12: {
                let u13: i64;
                if (yield_!(String::from("x"))).is_empty() {
                    u13 = cap.into_n();
                } else {
                    u13 = f3(keep(T("v15"), 14).take(), [String::from("x"), String::from("xyz")].concat(), (match a { 0 => cap.lock(), n if n > 3 => n + 1, _ => cap.id() }));
                }
                match (opt(&(yield_!(String::from("xyz"))))?, String::from("x")) {
                    (0, n) => {
                        drop(T("v16"));
                    }
                    (_, n) if n.len() > 3 => {
                         {
                            let mut d = t("t17", [[String::from("hello"), n].concat(), [String::from("xyz"), String::from("ab")].concat()].concat());
                            r = (if (d.len() % 2 == 0 || (a != 5 && d.len() % 2 == 0)) { yield_!(d.clone()) } else { t("t18", i2s(a)) });
                            if !(((d.len() % 2 == 0 || (d.len() as i64) < 4) || r.len() % 2 == 0)) {
                                return None;
                            }
                        }
                    }
                    (_, n) => {
                        yield_!(String::from(""));
                    }
                }
                if (String::from("ab")).len() % 2 == 0 {
                    break 'b12;
                }
            }
            Some((match u1 { 0 => t("t19", 0), n if n > 4 => n + 1, _ => (match d { 0 => a, n if n > 5 => n + 1, _ => 0 }) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut f = String::from("");
            if Acc::new((4 + cap.lock())).add(f3(cap.borrow(), String::from("four"), cap.borrow())).add(T::take(keep(T("v2"), 1))).get() == 4 {
                panic!("p3");
            }
            let mut f = String::from("xyz");
            yield_!(f);
             {
                if (yield_!(r)).is_empty() {
                    return Some(T("k4").into_n());
                }
                'l5: for w in [t("t6", (if (String::from("four")).len() % 2 == 0 { String::from("hello") } else { String::from("hello") })), [yield_!(String::from("four")), format!("{}-{}", (String::from("x")), 4)].concat()] {
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 2 && !(2 > 4) {
                        fuel7 += 1;
                        if ((!((w.len() as i64) >= 0) || (w.len() as i64) == 3) && T("k8").id() < 0) {
                            return None;
                        }
                        let a = cap.lock();
                    }
                    if let Some(n) = opt(&(w.clone())) {
                        r = w.clone();
                        let mut d = [[r.clone(), format!("{}-{}", (w), (r.len() as i64))].concat(), i2s(T::id(&cap))].concat();
                    } else if (w.clone()).is_empty() {
                        let mut a: i64 = T("k11").len();
                    } else {
                        let mut f = i2s(2);
                        f = yield_!(w);
                        let (mut c, f) = (T("v12"), (if 0 > 1 { (P { a: (yield_!(String::from("ab")).len() as i64), b: yield_!(f) }).sum() } else { T::take(keep(T("v14"), 13)) }));
                    }
                    consume(T("v15"));
                }
                let mut fuel16 = 0;
                'l16: while fuel16 < 3 && !((String::from("hello")).len() % 2 == 0) {
                    fuel16 += 1;
                }
            }
            Some(T::take(keep(T("v18"), 17)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            match T("k1").len() {
                0 => {
                    'b2: {
                        let P { a: e, b: d } = P { a: (yield_!(format!("{}-{}", (r.clone()), T::take(cap))).len() as i64), b: r };
                        'l3: for w in [t("t4", String::from("hello")), [yield_!(String::from("four")), format!("{}-{}", d, 3)].concat()] {
                            yield_!([w, (if d.len() % 2 == 0 { d.clone() } else { d.clone() })].concat());
                            yield_!(String::from("x"));
                            let e = yield_!(t("t5", format!("{}-{}", (d.clone()), e)));
                            r = [t("t6", (if (d.len() as i64) == 2 { e } else { e })), format!("{}-{}", (String::from("")), Acc::new((d.len() as i64)).add((d.len() as i64)).add((d.len() as i64)).get())].concat();
                        }
                        let mut f: String = String::from("xyz");
                        if !((f.clone()).is_empty()) {
                            break 'b2;
                        }
                    }
                    match (t("t7", 2), format!("{}-{}", (i2s(3)), Acc::new((5 - 4)).add(1).add(T::take(keep(T("v9"), 8))).get())) {
                        (0, n) => {
                            let b = [yield_!([n, String::from("ab")].concat()), i2s(T("k10").id())].concat();
                            if f3((if 4 >= 1 { (b.len() as i64) } else { 2 }), format!("{}-{}", (String::from("xyz")), 5), keep(T("v12"), 11).take()) != 3 {
                                panic!("p13");
                            }
                        }
                        (_, n) if n.len() > 2 => {
                            let c: i64 = ((n.len() as i64) + (if ((n.len() as i64) >= 3 || n.len() % 2 == 0) { 4 } else { (match (n.len() as i64) { 0 => (n.len() as i64), n if n > 5 => n + 1, _ => (n.len() as i64) }) }));
                        }
                        (_, n) => {
                            let mut d: i64 = T("k14").id();
                            let [b, _, _] = [f3((match T("k15").len() { 0 => d, n if n > 0 => n + 1, _ => (P { a: d, b: String::from("ab") }).sum() }), String::from("hello"), Acc::new((P { a: (n.len() as i64), b: n.clone() }).sum()).add((P { a: d, b: n.clone() }).sum()).add((yield_!(n.clone()).len() as i64)).get()), 0, (match (yield_!(String::from("")).len() as i64) { 0 => (if (String::from("hello")).is_empty() { (match (n.len() as i64) { 0 => (n.len() as i64), n if n > 3 => n + 1, _ => d }) } else { (match 2 { 0 => (n.len() as i64), n if n > 0 => n + 1, _ => (n.len() as i64) }) }), n if n > 5 => n + 1, _ => (match T::take(keep(T("v17"), 16)) { 0 => 0, n if n > 5 => n + 1, _ => (d * (n.len() as i64)) }) })];
                        }
                    }
                }
                n if n > 3 => {
                    let mut fuel18 = Vec::from([(P { a: f3((r.len() as i64), r.clone(), n), b: r }).sum(), T::take(keep(T("v20"), 19))]);
                    'l18: while let Some(w) = fuel18.pop() {
                        yield_!(i2s((if (String::from("four")).len() % 2 == 0 { T::id(&cap) } else { cap.len() })));
                        r = i2s(n);
                        yield_!(String::from("ab"));
                    }
                }
                n => {
                    let b = n;
                }
            }
            t("t21", t("t22", 3))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let b = T::take(keep(T("v2"), 1));
            'l3: for w in [i2s(T::take(keep(T("v5"), 4))), format!("{}-{}", r, cap.into_n())] {
                yield_!((if ((String::from("xyz")).len() % 2 == 0 && b > 0) { [String::from(""), w].concat() } else { [String::from("four"), w.clone()].concat() }));
                let (mut e, c) = (keep(T("v6"), b), Acc::new(T::take(keep(T("v8"), 7))).add(res(&r)?).add(t("t9", T::take(keep(T("v11"), 10)))).get());
                if let Some(n) = opt(&r) {
                    e = keep(keep(keep(T("v12"), n), f3(c, r.clone(), c)), t("t13", (match n { 0 => c, n if n > 4 => n + 1, _ => 3 })));
                } else {
                    let f = T("v14");
                }
            }
            consume(T("v15"));
            let mut fuel16 = Vec::from([res(&(String::from("four")))?, f3((yield_!(r.clone()).len() as i64), yield_!(r.clone()), (if (r.clone()).len() % 2 == 0 { b } else { b }))]);
            'l16: while let Some(w) = fuel16.pop() {
                yield_!(r.clone());
                drop(T("v17"));
            }
            r = String::from("four");
            if r.len() % 2 == 0 {
                panic!("p18");
            }
            r = r.clone();
            let b = 'b19: {
                let u20: i64;
                if (yield_!((if (String::from("x")).len() % 2 == 0 { r } else { r })).len() as i64) >= 2 {
                    u20 = Acc::new((P { a: b, b: String::from("xyz") }).sum()).add((b + 2)).add(T::take(keep(T("v22"), 21))).get();
                } else {
                    u20 = Acc::new(1).add((P { a: b, b: String::from("") }).sum()).add(t("t23", b)).get();
                }
                if (P { a: 0, b: String::from("four") }).sum() <= 2 {
                    break 'b19 (if (String::from("x")).is_empty() { 1 } else { (u20 + u20) });
                }
                (if (String::from("ab")).len() % 2 == 0 { f3(b, String::from("hello"), 3) } else { Acc::new(u20).add(u20).add(2).get() })
            };
            let mut fuel24 = 0;
            'l24: while fuel24 < 2 && Acc::new(0).add(b).add(b).get() == 5 {
                fuel24 += 1;
                match T("k25").len() {
                    0 => {
                        let mut d = T::take(keep(T("v27"), 26));
                    }
                    n if n > 2 => {
                    }
                    n => {
                    }
                }
            }
            Ok((match f3(4, String::from("four"), b) { 0 => res(&(String::from("xyz")))?, n if n > 1 => n + 1, _ => T::take(keep(T("v29"), 28)) }))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", String::from("xyz")));
            drop(cap);
            let a = keep(keep(keep(T("v2"), (r.len() as i64)), f3((r.len() as i64), r.clone(), (r.len() as i64))), f3(((r.len() as i64) + (r.len() as i64)), yield_!(String::from("ab")), T("k3").len()));
            yield_!(String::from("four"));
            'l4: for w in 0..cap3((P { a: f3(2, String::from(""), a.borrow()), b: format!("{}-{}", (String::from("ab")), (r.len() as i64)) }).sum()) {
                yield_!(t("t5", t("t6", String::from(""))));
                if !(r.len() % 2 == 0) {
                    continue 'l4;
                }
            }
            let d = i2s(t("t7", Acc::new(3).add(a.try_send(0)).add(T::id(&a)).get()));
            (a.len() + (d.len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((String::from("x")).is_empty()) {
                r = yield_!(i2s(0));
            } else {
                let mut a: T = keep(cap, Acc::new(T("k1").into_n()).add(f3(4, r, 1)).add(T::take(keep(T("v3"), 2))).get());
                r = [(if !((String::from("hello")).len() % 2 == 0) { format!("{}-{}", (String::from("x")), a.len()) } else { String::from("hello") }), yield_!(String::from("hello"))].concat();
                let u4: i64;
                if (r).is_empty() {
                    u4 = (yield_!(i2s(2)).len() as i64);
                } else {
                    u4 = a.borrow();
                }
            }
            let f = T("k5").len();
             {
                let mut f = keep(T("v6"), f);
                if !((String::from("xyz")).len() % 2 == 0) {
                    let P { a: a, b: c } = P { a: (yield_!([t("t7", String::from("x")), [String::from("xyz"), String::from("hello")].concat()].concat()).len() as i64), b: (if !((1 > 3 || (String::from("four")).len() % 2 == 0)) { i2s((yield_!(String::from("xyz")).len() as i64)) } else { yield_!((if T::id(&f) >= 4 { String::from("four") } else { String::from("xyz") })) }) };
                    let mut e = f3(opt(&(String::from("x")))?, (if f.lock() != 0 { c.clone() } else { c.clone() }), T::take(f));
                    'l8: for w in 0..cap3((t("t9", 1) - Acc::new(e).add((c.len() as i64)).add((c.len() as i64)).get())) {
                        e = w;
                        let [e, _, _] = [(yield_!(i2s(t("t10", 4))).len() as i64), opt(&c)?, f3(a, yield_!(i2s((c.len() as i64))), (match (match (c.len() as i64) { 0 => e, n if n > 2 => n + 1, _ => (c.len() as i64) }) { 0 => (P { a: w, b: String::from("hello") }).sum(), n if n > 5 => n + 1, _ => t("t11", w) }))];
                    }
                }
            }
            if (String::from("xyz")).is_empty() {
                panic!("p12");
            }
            if (match Acc::new(f).add(5).add(f).get() { 0 => (match f { 0 => f, n if n > 0 => n + 1, _ => 2 }), n if n > 4 => n + 1, _ => (match f { 0 => f, n if n > 5 => n + 1, _ => f }) }) == 1 {
                panic!("p13");
            }
            Some(f)
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
            let mut fuel1 = 0;
            let a = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 t("t2", 3);
                }
                let u3: i64;
                if ((String::from("")).len() % 2 == 0 || (String::from("hello")).is_empty()) {
                    u3 = (P { a: (P { a: cap.try_send(4), b: String::from("four") }).sum(), b: yield_!(String::from("x")) }).sum();
                } else {
                    u3 = f3((match cap.try_send(2) { 0 => 4, n if n > 5 => n + 1, _ => cap.id() }), format!("{}-{}", (r.clone()), (r.len() as i64)), Acc::new(cap.id()).add(cap.borrow()).add(cap.lock()).get());
                }
                match ((P { a: (match 4 { 0 => f3(u3, String::from(""), u3), n if n > 1 => n + 1, _ => (match (r.len() as i64) { 0 => cap.lock(), n if n > 5 => n + 1, _ => (r.len() as i64) }) }), b: yield_!(r.clone()) }).sum(), t("t4", yield_!(i2s(u3)))) {
                    (0, n) => {
                        let [e, _, _] = [4, (match u3 { 0 => res(&r)?, n if n > 4 => n + 1, _ => 1 }), (P { a: (Acc::new((n.len() as i64)).add(u3).add(4).get() - Acc::new(u3).add(cap.len()).add(u3).get()), b: n }).sum()];
                    }
                    (_, n) if n.len() > 1 => {
                        if (if (T::id(&cap) >= 0 && (n.clone()).len() % 2 == 0) { (P { a: (r.len() as i64), b: r.clone() }).sum() } else { f3(u3, n.clone(), u3) }) >= 3 {
                            return Ok(f3((if n.len() % 2 == 0 { T::id(&cap) } else { u3 }), t("t5", n), (if cap.id() < 2 { T::id(&cap) } else { u3 })));
                        }
                    }
                    (_, n) => {
                        if n.is_empty() {
                            panic!("p6");
                        }
                        yield_!(n.clone());
                        if ((String::from("xyz")).is_empty() || (String::from("four")).is_empty()) {
                            panic!("p7");
                        }
                    }
                }
            };
            let c = 'b8: {
                'l9: for w in [format!("{}-{}", (r.clone()), cap.into_n()), t("t10", String::from("x"))] {
                }
                if (r).len() % 2 == 0 {
                    break 'b8 T("k11").id();
                }
                t("t12", (match 2 { 0 => a, n if n > 3 => n + 1, _ => a }))
            };
            Ok((match t("t13", c) { 0 => a, n if n > 2 => n + 1, _ => c }))
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
            yield_!(r.clone());
            yield_!(t("t1", i2s((r.len() as i64))));
            'b2: {
                let mut fuel3 = 0;
                let c = 'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 3 {
                        break 'l3 T::take(keep(T("v5"), 4));
                    }
                    let mut fuel6 = 0;
                    'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 2 {
                            break 'l6;
                        }
                        yield_!(r.clone());
                        let b = 4;
                    }
                    let c: T = keep(T("v7"), (P { a: f3((r.len() as i64), String::from("four"), cap.lock()), b: r.clone() }).sum());
                    let c = T("v8");
                };
                let mut fuel9 = 0;
                let f = 'l9: loop {
                    fuel9 += 1;
                    if fuel9 > 1 {
                        break 'l9 0;
                    }
                     {
                    }
                };
                if r.len() % 2 == 0 {
                    break 'b2;
                }
            }
            (match t("t10", 2) { 0 => cap.into_n(), n if n > 4 => n + 1, _ => (match 3 { 0 => 2, n if n > 2 => n + 1, _ => (r.len() as i64) }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            let d = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1 T("k2").id();
                }
                r = r.clone();
                if ((!((String::from("four")).len() % 2 == 0) || (r.len() as i64) < 3) || (r.clone()).len() % 2 == 0) {
                    panic!("p3");
                }
            };
             {
                if T("k4").id() <= 2 {
                    return Ok(T::take(keep(cap, 5)));
                }
                if (r.len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) {
                    let mut fuel6 = 0;
                    'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 1 {
                            break 'l6;
                        }
                        let d = T("k7").id();
                        let mut c = (P { a: t("t8", Acc::new(d).add(3).add(d).get()), b: yield_!((if d == 0 { String::from("ab") } else { String::from("hello") })) }).sum();
                        r = String::from("four");
                    }
                    yield_!(t("t9", format!("{}-{}", (String::from("xyz")), d)));
                    let mut fuel10 = 0;
                    'l10: loop {
                        fuel10 += 1;
                        if fuel10 > 2 {
                            break 'l10;
                        }
                        yield_!((if (String::from("hello")).is_empty() { t("t11", String::from("")) } else { [String::from("hello"), String::from("x")].concat() }));
                        r = i2s((if (String::from("")).is_empty() { (d - d) } else { 1 }));
                    }
                } else if (!(r.len() % 2 == 0) || !((r).len() % 2 == 0)) {
                    r = t("t12", t("t13", yield_!(String::from("x"))));
                    let u14: i64;
                    if (format!("{}-{}", r, d)).len() % 2 == 0 {
                        u14 = d;
                    } else {
                        u14 = t("t15", (r.len() as i64));
                    }
                } else if !((String::from("hello")).len() % 2 == 0) {
                    if !((String::from("xyz")).is_empty()) {
                        return Err(yield_!(i2s(d)));
                    }
                }
                if let Some(n) = opt(&(yield_!([String::from("four"), String::from("hello")].concat()))) {
                    'l16: for w in 0..cap3(1) {
                        r = yield_!(format!("{}-{}", (String::from("xyz")), f3(w, String::from("four"), w)));
                        let [a, _, _] = [keep(keep(T("v18"), (r.len() as i64)), 17).take(), (f3((2 + w), [r.clone(), String::from("four")].concat(), 4) + Acc::new((yield_!(r.clone()).len() as i64)).add(t("t19", n)).add(4).get()), (P { a: (if !(n < 0) { (P { a: 2, b: String::from("hello") }).sum() } else { d }), b: format!("{}-{}", r, (P { a: d, b: r.clone() }).sum()) }).sum()];
                    }
                } else if (String::from("xyz")).is_empty() {
                } else if (String::from("four")).len() % 2 == 0 {
                }
            }
            Ok(t("t20", d))
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
            let e = keep(cap, t("t1", res(&(r))?));
            match (res(&(format!("{}-{}", (String::from("x")), 0)))?, format!("{}-{}", (i2s(1)), (match Acc::new(3).add(0).add(1).get() { 0 => T::id(&e), n if n > 3 => n + 1, _ => Acc::new(e.borrow()).add(e.borrow()).add(4).get() }))) {
                (0, n) => {
                    let mut a = (yield_!(t("t2", t("t3", n.clone()))).len() as i64);
                    'b4: {
                        'l5: for w in T("k6").items() {
                            let e: T = T("v7");
                            let e = e;
                            yield_!((if (n.clone()).is_empty() { t("t8", n.clone()) } else { String::from("hello") }));
                        }
                        if !((n.clone()).len() % 2 == 0) {
                            break 'b4;
                        }
                    }
                }
                (_, n) if n.len() > 0 => {
                }
                (_, n) => {
                }
            }
            Ok(Acc::new(T("k9").id()).add((P { a: 5, b: String::from("x") }).sum()).add((e.lock() * 4)).get())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = format!("{}-{}", ((if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { r.clone() })), (T::take(keep(T("v2"), 1)) + (r.len() as i64)));
            if ((r.clone()).is_empty() && !(!(d.len() % 2 == 0))) {
                return Err(d.clone());
            }
            if ((d.clone()).is_empty() || r.len() % 2 == 0) {
                panic!("p3");
            }
            let mut fuel4 = 0;
            let a = 'l4: loop {
                fuel4 += 1;
                if fuel4 > 2 {
                    break 'l4 0;
                }
                let a = 'b5: {
                    let mut fuel6 = 0;
                    'l6: while fuel6 < 2 && (((r.len() as i64) != 2 && d.len() % 2 == 0) || (String::from("")).len() % 2 == 0) {
                        fuel6 += 1;
                        if (!((d.len() % 2 == 0 || (d.clone()).len() % 2 == 0)) || (r.clone()).len() % 2 == 0) {
                            continue 'l6;
                        }
                        r = format!("{}-{}", r, Acc::new((P { a: (d.len() as i64), b: String::from("four") }).sum()).add((match 0 { 0 => 5, n if n > 2 => n + 1, _ => (d.len() as i64) })).add(4).get());
                    }
                    consume(T("v12"));
                    'l13: for w in 0..cap3((d.len() as i64)) {
                        consume(T("v14"));
                        r = format!("{}-{}", (String::from("x")), keep(T("v16"), 15).take());
                        let mut e = yield_!(t("t17", String::from("xyz")));
                        e = [yield_!(t("t18", String::from("ab"))), i2s((P { a: w, b: e }).sum())].concat();
                    }
                    if r.len() % 2 == 0 {
                        break 'b5 (P { a: keep(T("v20"), 19).take(), b: t("t21", d.clone()) }).sum();
                    }
                    1
                };
                yield_!((if d.len() % 2 == 0 { t("t22", String::from("")) } else { format!("{}-{}", (r.clone()), T::id(&cap)) }));
                'l23: for w in T("k24").items() {
                    yield_!(d.clone());
                    let (mut c, d) = (T("v25"), f3(Acc::new((yield_!(String::from("four")).len() as i64)).add(f3(cap.len(), r.clone(), a)).add((r.len() as i64)).get(), (if 2 > 1 { String::from("hello") } else { format!("{}-{}", (String::from("hello")), w) }), (match (yield_!(d.clone()).len() as i64) { 0 => f3(w, d.clone(), cap.try_send(1)), n if n > 0 => n + 1, _ => res(&(r.clone()))? })));
                    let e = keep(keep(c, res(&(r.clone()))?), w);
                }
            };
            let mut fuel26 = 0;
            'l26: while fuel26 < 2 && (d.clone()).len() % 2 == 0 {
                fuel26 += 1;
                let [f, _, _] = [T("k27").id(), a, (yield_!(d.clone()).len() as i64)];
            }
            Err(String::from("x"))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && !(r.is_empty()) {
                fuel1 += 1;
                if let Some(n) = opt(&r) {
                    r = yield_!(t("t2", (if n == 1 { r.clone() } else { String::from("") })));
                    let d: String = i2s((P { a: T::take(keep(T("v4"), 3)), b: t("t5", String::from("")) }).sum());
                    let mut d = (match T::take(keep(keep(T("v7"), cap.try_send(2)), 6)) { 0 => n, n if n > 0 => n + 1, _ => n });
                }
                let mut fuel8 = Vec::from([T("k9").len(), (if cap.id() == 0 { (if cap.lock() < 2 { (r.len() as i64) } else { (r.len() as i64) }) } else { (yield_!(r.clone()).len() as i64) })]);
                'l8: while let Some(w) = fuel8.pop() {
                    yield_!((if r.len() % 2 == 0 { i2s((r.len() as i64)) } else { i2s(T::id(&cap)) }));
                    if ((r.clone()).is_empty() || ((r.clone()).is_empty() && r.is_empty())) {
                        continue 'l1;
                    }
                    let d = yield_!(format!("{}-{}", (String::from("hello")), opt(&(String::from("ab")))?));
                    drop(T("v10"));
                }
            }
            if r.is_empty() {
                return Some(1);
            }
            Some((match (match 0 { 0 => 0, n if n > 3 => n + 1, _ => 3 }) { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => (r.len() as i64) }))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ([r, String::from("")].concat()).is_empty() {
                let Some(f) = opt(&(format!("{}-{}", (String::from("xyz")), T::take(keep(T("v2"), 1))))) else {
                    return ((yield_!(String::from("x")).len() as i64) + (yield_!(String::from("ab")).len() as i64));
                };
                if ((String::from("")).is_empty() || (String::from("xyz")).len() % 2 == 0) {
                    panic!("p3");
                }
            }
             {
                let e = keep(cap, (P { a: T::take(keep(T("v5"), 4)), b: i2s(4) }).sum());
                yield_!(i2s(1));
                if !((String::from("four")).is_empty()) {
                    panic!("p6");
                }
            }
            if (((String::from("")).len() % 2 == 0 || 3 < 3) || (String::from("")).len() % 2 == 0) {
                let b: T = T("v7");
            } else if ((4 >= 0 && (String::from("xyz")).len() % 2 == 0) || (String::from("ab")).is_empty()) {
                r = format!("{}-{}", (t("t8", String::from("xyz"))), (Acc::new(5).add(0).add(4).get() + 2));
                let b = T("v9");
            }
            let mut fuel10 = 0;
            'l10: while fuel10 < 1 && (if 5 > 1 { 2 } else { 3 }) <= 1 {
                fuel10 += 1;
                let u11: i64;
                if (t("t12", String::from("ab"))).len() % 2 == 0 {
                    u11 = keep(T("v14"), 13).take();
                } else {
                    u11 = T("k15").len();
                }
                let mut e: String = (if (String::from("ab")).len() % 2 == 0 { yield_!((if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("four") })) } else { i2s(Acc::new(u11).add(u11).add(u11).get()) });
                let mut fuel16 = 0;
                let f = 'l16: loop {
                    fuel16 += 1;
                    if fuel16 > 1 {
                        break 'l16 T::take(keep(T("v18"), 17));
                    }
                    r = yield_!(format!("{}-{}", e, f3((e.len() as i64), e.clone(), (e.len() as i64))));
                    yield_!(i2s(u11));
                    let c = T("v19");
                };
                consume(T("v20"));
            }
            match opt(&((if (String::from("xyz")).is_empty() { t("t21", String::from("hello")) } else { format!("{}-{}", (String::from("")), 1) }))) {
                Some(n) if n < 4 => {
                    let c = format!("{}-{}", ((if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("four") })), (P { a: (n - 0), b: String::from("xyz") }).sum());
                }
                Some(n) => {
                }
                None => {
                }
            }
            T("k22").id()
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
            if cap.lock() != 3 {
                consume(T("v1"));
            } else {
                if let Some(n) = opt(&r) && n > 1 {
                    consume(T("v2"));
                    if !(n >= 4) {
                        return Ok(n);
                    }
                } else {
                    r = r;
                    let mut c = r;
                }
            }
            Ok((match (if 2 > 0 { 3 } else { 1 }) { 0 => (match 1 { 0 => 5, n if n > 4 => n + 1, _ => 5 }), n if n > 5 => n + 1, _ => (if (String::from("xyz")).len() % 2 == 0 { 1 } else { 2 }) }))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(f3(T::take(keep(T("v3"), 2)), yield_!(r.clone()), (cap.id() - cap.id()))) {
                let mut c = t("t4", [yield_!(String::from("hello")), format!("{}-{}", r, 4)].concat());
                if r.len() % 2 == 0 {
                    return (if (String::from("four")).len() % 2 == 0 { T("k5").len() } else { cap.borrow() });
                }
                if let Some(n) = T("k6").opt() {
                    let f = T("v7");
                    yield_!(String::from("xyz"));
                }
                if let Some(n) = T("k8").opt() {
                    yield_!(i2s(T::take(keep(T("v10"), 9))));
                    if ((!((c).len() % 2 == 0) || n > 5) && (if cap.len() > 1 { w } else { w }) != 2) {
                        return 2;
                    }
                } else {
                    if !(!((String::from("ab")).len() % 2 == 0)) {
                        panic!("p11");
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
mod p045 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [a, _, _] = [T::take(keep(cap, 1)), (5 * f3((r.len() as i64), r.clone(), Some(T("k2")).unwrap().id())), Some(T("k3")).unwrap().id()];
            if let Some(n) = opt(&r) && n > 4 {
                let b = (if !(r.len() % 2 == 0) { (match 0 { 0 => a, n if n > 2 => n + 1, _ => (match a { 0 => 5, n if n > 2 => n + 1, _ => n }) }) } else { t("t4", (r.len() as i64)) });
                let u5: i64;
                if (((r.len() as i64) != 2 || !(r.len() % 2 == 0)) && (match b { 0 => 0, n if n > 0 => n + 1, _ => 5 }) == 3) {
                    u5 = 2;
                } else {
                    u5 = f3(t("t6", a), yield_!(r.clone()), (r.len() as i64));
                }
                let mut c = (if (((r.len() as i64) != 1 || u5 > 0) || n >= 4) { format!("{}-{}", r, (P { a: b, b: r.clone() }).sum()) } else { format!("{}-{}", (r), (P { a: n, b: String::from("") }).sum()) });
            }
            consume(T("v7"));
            let mut e = opt(&((if (String::from("hello")).len() % 2 == 0 { String::from("") } else { String::from("") })))?;
            let mut a = a;
            drop(T("v8"));
            let Some(b) = opt(&((if ((String::from("xyz")).len() % 2 == 0 || a > 1) { yield_!(String::from("ab")) } else { yield_!(String::from("ab")) }))) else {
                return None;
            };
            let f = (if !(!((String::from("four")).len() % 2 == 0)) { (Acc::new(1).add(b).add(e).get() * e) } else { (yield_!(t("t9", String::from("x"))).len() as i64) });
            if !((String::from("hello")).len() % 2 == 0) {
                let d: String = (if ((a > 0 || (String::from("x")).len() % 2 == 0) || (String::from("four")).len() % 2 == 0) { i2s(opt(&(String::from("four")))?) } else { String::from("") });
            } else {
                let u10: i64;
                if !(opt(&(String::from("")))? != 2) {
                    u10 = T::take(keep(T("v12"), 11));
                } else {
                    u10 = (match b { 0 => (P { a: e, b: String::from("") }).sum(), n if n > 1 => n + 1, _ => f3(a, String::from("x"), 0) });
                }
                yield_!(i2s((match e { 0 => 0, n if n > 5 => n + 1, _ => 5 })));
            }
            Some(t("t13", Some(T("k14")).unwrap().id()))
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
            let f = cap.into_n();
            r = i2s((r.len() as i64));
            let u1: i64;
            if f < 3 {
                u1 = keep(keep(T("v3"), f), 2).take();
            } else {
                u1 = (r.len() as i64);
            }
            yield_!([i2s(2), r.clone()].concat());
            'l4: for w in [yield_!(i2s(u1)), format!("{}-{}", r, f)] {
                let u5: i64;
                if !(res(&(String::from("hello")))? < 2) {
                    u5 = f3(keep(T("v7"), 6).take(), (if 4 == 0 { w.clone() } else { w.clone() }), (match u1 { 0 => 2, n if n > 5 => n + 1, _ => u1 }));
                } else {
                    u5 = res(&(w.clone()))?;
                }
                 {
                    if ((w.is_empty() && !((r.clone()).len() % 2 == 0)) || ((u5 > 1 || r.len() % 2 == 0) || (String::from("x")).len() % 2 == 0)) {
                        panic!("p8");
                    }
                    let mut d = yield_!([w.clone(), w].concat());
                    let a = (if (d.is_empty() || !(u5 < 4)) { (if (String::from("four")).len() % 2 == 0 { format!("{}-{}", (r.clone()), 2) } else { t("t9", d) }) } else { i2s(keep(T("v11"), 10).take()) });
                }
                let d = yield_!(r.clone());
                'l12: for w in [format!("{}-{}", (String::from("xyz")), (match 4 { 0 => 5, n if n > 5 => n + 1, _ => 2 })), yield_!(t("t13", r.clone()))] {
                    yield_!(String::from("four"));
                    let b = T("v14");
                }
            }
            let mut fuel15 = 0;
            'l15: while fuel15 < 3 && !((r.len() as i64) <= 3) {
                fuel15 += 1;
                yield_!((if 1 >= 0 { r.clone() } else { t("t16", r.clone()) }));
                yield_!([[String::from("ab"), r.clone()].concat(), t("t17", String::from("four"))].concat());
                let mut fuel18 = 0;
                'l18: while fuel18 < 1 && !(u1 >= 3) {
                    fuel18 += 1;
                    yield_!(r.clone());
                }
            }
            Ok((yield_!(String::from("ab")).len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if (Acc::new((r.len() as i64)).add(1).add(cap.id()).get() > 4 && !(cap.id() != 1)) {
                panic!("p1");
            }
            if let Some(n) = opt(&(i2s(t("t2", T::id(&cap))))) && n > 3 {
                if let Some(n) = opt(&r) {
                    let f = T("v3");
                    let mut d = T("k4").id();
                }
            }
            'l5: for w in T("k6").items() {
                let mut fuel7 = 0;
                let c = 'l7: loop {
                    fuel7 += 1;
                    if fuel7 > 2 {
                        break 'l7 1;
                    }
                    let [f, _, _] = [cap.lock(), T::take(keep(T("v9"), 8)), T("k10").id()];
                    let e = ((r.len() as i64) + Some(T("k11")).unwrap().id());
                    let d = t("t12", opt(&(String::from("hello")))?);
                    consume(T("v13"));
                };
                'b14: {
                    drop(T("v15"));
                    if (r.clone()).is_empty() {
                        break 'b14;
                    }
                }
                if let Some(n) = T("k16").opt() {
                    let (mut a, c) = (T("v17"), 3);
                    let P { a: d, b: f } = P { a: w, b: r.clone() };
                    let e = a;
                }
                let mut fuel18 = 0;
                'l18: while fuel18 < 3 && r.is_empty() {
                    fuel18 += 1;
                    let f = format!("{}-{}", r, (r.len() as i64));
                    r = (if t("t19", w) >= 3 { f.clone() } else { (if (T::id(&cap) == 3 || (r.clone()).len() % 2 == 0) { [f, r.clone()].concat() } else { format!("{}-{}", r, (r.len() as i64)) }) });
                }
            }
            yield_!(String::from("end"));
            Some(Acc::new((r.len() as i64)).add((yield_!(String::from("four")).len() as i64)).add((r.len() as i64)).get())
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
            'l1: for w in 0..cap3((match (r.len() as i64) { 0 => 4, n if n > 0 => n + 1, _ => (r.len() as i64) })) {
                let f = T::take(keep(T("v3"), 2));
                'l4: for w in T("k5").items() {
                    if !((!((String::from("")).len() % 2 == 0) && r.is_empty())) {
                        panic!("p6");
                    }
                    let f = keep(keep(T("v7"), f), f);
                    if (r.len() % 2 == 0 && (match w { 0 => w, n if n > 2 => n + 1, _ => 3 }) < 3) {
                        return Some((match Acc::new(w).add(w).add(f.borrow()).get() { 0 => 0, n if n > 0 => n + 1, _ => f.take() }));
                    }
                    r = yield_!(String::from("x"));
                }
            }
            let mut fuel8 = 0;
            let d = 'l8: loop {
                fuel8 += 1;
                if fuel8 > 3 {
                    break 'l8 T::take(keep(T("v10"), 9));
                }
                let P { a: b, b: e } = P { a: (match f3(t("t11", (r.len() as i64)), yield_!(String::from("hello")), cap.lock()) { 0 => T::take(keep(keep(T("v13"), 1), 12)), n if n > 1 => n + 1, _ => t("t14", 5) }), b: i2s(opt(&(String::from("")))?) };
                 {
                    match T("k15").len() {
                        0 => {
                            let a = (r.len() as i64);
                            r = [String::from(""), e].concat();
                        }
                        n if n > 2 => {
                        }
                        n => {
                        }
                    }
                }
            };
            None
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let a = r.clone();
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && r.is_empty() {
                fuel1 += 1;
                match T("k2").len() {
                    0 => {
                        let f = (if !((5 > 4 || (String::from("")).len() % 2 == 0)) { i2s(T("k3").into_n()) } else { t("t4", (if r.len() % 2 == 0 { a.clone() } else { a.clone() })) });
                    }
                    n if n > 0 => {
                        let a: T = keep(T("v5"), cap.len());
                    }
                    n => {
                        let c: T = T("v6");
                    }
                }
                let u7: i64;
                if a.is_empty() {
                    u7 = 2;
                } else {
                    u7 = f3((a.len() as i64), yield_!(r.clone()), f3(1, a.clone(), cap.try_send(4)));
                }
            }
            let f: String = a.clone();
            match T("k8").len() {
                0 => {
                    yield_!(t("t9", t("t10", String::from("xyz"))));
                    if (r.len() as i64) >= 2 {
                        r = i2s((if r.is_empty() { 3 } else { (yield_!(r).len() as i64) }));
                        r = [yield_!(a), [(if (f.len() as i64) <= 3 { String::from("hello") } else { String::from("four") }), t("t11", f.clone())].concat()].concat();
                        yield_!(r);
                    } else {
                        r = format!("{}-{}", (t("t12", f.clone())), t("t13", Acc::new((a.len() as i64)).add(cap.try_send(3)).add(2).get()));
                        r = format!("{}-{}", f, keep(cap, 14).take());
                        let e = T("v15");
                    }
                }
                n if n > 4 => {
                    'l16: for w in [[format!("{}-{}", (String::from("ab")), cap.try_send(0)), t("t17", String::from("x"))].concat(), (if (cap.lock() != 2 && n == 0) { r } else { r.clone() })] {
                        yield_!(String::from("xyz"));
                        if !(!((w.len() as i64) < 1)) {
                            return (yield_!(w.clone()).len() as i64);
                        }
                        yield_!(w);
                    }
                }
                n => {
                }
            }
            (P { a: t("t19", 3), b: [String::from("xyz"), f.clone()].concat() }).sum()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!((if 4 == 3 { String::from("four") } else { String::from("hello") }));
             {
                drop(keep(keep(keep(T("v1"), T::id(&cap)), T("k2").into_n()), (yield_!(format!("{}-{}", (r.clone()), (r.len() as i64))).len() as i64)));
            }
            if !((String::from("four")).len() % 2 == 0) {
                panic!("p3");
            }
            'b4: {
                 {
                    yield_!([t("t5", r), i2s(cap.borrow())].concat());
                }
                r = String::from("four");
                if (r.is_empty() && ((r.len() % 2 == 0 && (String::from("")).len() % 2 == 0) || (2 != 4 && (r.len() as i64) == 5))) {
                    let mut e: T = T("v6");
                    drop(T("v7"));
                    if (T("k8").into_n() >= 3 || (!(1 == 0) || (1 >= 2 || (String::from("hello")).len() % 2 == 0))) {
                        panic!("p9");
                    }
                } else if ((r).is_empty() && cap.lock() >= 4) {
                    match (T::take(keep(cap, 10)), t("t11", yield_!([String::from("four"), String::from("ab")].concat()))) {
                        (0, n) => {
                            let f: T = T("v12");
                        }
                        (_, n) if n.len() > 0 => {
                            let c = t("t13", t("t14", f3(5, n, 3)));
                            if !((String::from("ab")).is_empty()) {
                                panic!("p15");
                            }
                            let (mut c, f) = (T("v16"), (match Some(T("k17")).unwrap().id() { 0 => 1, n if n > 1 => n + 1, _ => T("k18").into_n() }));
                        }
                        (_, n) => {
                            let [c, _, _] = [T("k19").id(), T("k20").id(), (if (n.clone()).is_empty() { t("t21", T("k22").id()) } else { T::take(keep(T("v24"), 23)) })];
                            if ((match 2 { 0 => (n.len() as i64), n if n > 1 => n + 1, _ => c }) >= 3 || !((5 > 5 && n.len() % 2 == 0))) {
                                return (n.len() as i64);
                            }
                            let mut c = T("v25");
                        }
                    }
                    'l26: for w in T("k27").items() {
                    }
                } else if (P { a: T::id(&cap), b: String::from("x") }).sum() <= 3 {
                }
                if !((String::from("four")).len() % 2 == 0) {
                    break 'b4;
                }
            }
            T("k28").len()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
             {
                'l1: for w in 0..cap3((yield_!([String::from("four"), String::from("")].concat()).len() as i64)) {
                    match T("k2").len() {
                        0 => {
                            let mut c: String = yield_!(String::from("four"));
                            yield_!([String::from("hello"), (if cap.borrow() != 2 { String::from("four") } else { String::from("x") })].concat());
                            let a = keep(keep(T("v4"), (match cap.len() { 0 => 3, n if n > 0 => n + 1, _ => (c.len() as i64) })), 3).take();
                        }
                        n if n > 0 => {
                            let mut d = [i2s(Acc::new(w).add(T::id(&cap)).add(n).get()), (if (r.len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { (if w == 5 { String::from("x") } else { r.clone() }) } else { yield_!(String::from("hello")) })].concat();
                            drop(T("v5"));
                            consume(T("v6"));
                        }
                        n => {
                            r = [String::from("ab"), [yield_!(String::from("ab")), yield_!(String::from("xyz"))].concat()].concat();
                            let [b, _, _] = [t("t7", Acc::new(t("t8", w)).add((r.len() as i64)).add((yield_!(String::from("hello")).len() as i64)).get()), w, Acc::new(w).add(((match 2 { 0 => 3, n if n > 5 => n + 1, _ => w }) + (r.len() as i64))).add(T("k9").id()).get()];
                            let f = i2s(f3(res(&(String::from("x")))?, t("t10", String::from("xyz")), (yield_!(String::from("four")).len() as i64)));
                        }
                    }
                    yield_!([[String::from("x"), String::from("")].concat(), String::from("")].concat());
                }
            }
            Ok((if !(r.len() % 2 == 0) { res(&r)? } else { (if r.len() % 2 == 0 { 2 } else { 1 }) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if !(r.len() % 2 == 0) {
                u1 = cap.into_n();
            } else {
                u1 = (match (yield_!(r).len() as i64) { 0 => f3(T::id(&cap), String::from("hello"), cap.borrow()), n if n > 2 => n + 1, _ => T::take(keep(T("v3"), 2)) });
            }
            'l4: for w in 0..cap3((P { a: Acc::new(2).add(u1).add(u1).get(), b: i2s(u1) }).sum()) {
                if (yield_!(String::from(""))).len() % 2 == 0 {
                    return Some(((match w { 0 => w, n if n > 2 => n + 1, _ => w }) - (match u1 { 0 => u1, n if n > 3 => n + 1, _ => 2 })));
                }
                'l5: for w in 0..cap3((if ((String::from("four")).len() % 2 == 0 || w >= 2) { keep(T("v7"), 6).take() } else { T("k8").len() })) {
                    if (P { a: 1, b: t("t9", String::from("xyz")) }).sum() > 1 {
                        return None;
                    }
                    yield_!(t("t10", String::from("xyz")));
                    yield_!(format!("{}-{}", (String::from("x")), T::take(keep(T("v12"), 11))));
                }
                'l13: for w in 0..cap3(u1) {
                    let mut a = [(if (String::from("xyz")).is_empty() { String::from("x") } else { yield_!(String::from("x")) }), yield_!(format!("{}-{}", (String::from("")), 5))].concat();
                    let P { a: a, b: f } = P { a: u1, b: format!("{}-{}", ((if 0 <= 5 { a.clone() } else { a })), u1) };
                    let mut e = 3;
                    let e = T("v14");
                }
            }
            let mut fuel15 = 0;
            let a = 'l15: loop {
                fuel15 += 1;
                if fuel15 > 3 {
                    break 'l15 (P { a: T("k16").id(), b: t("t17", String::from("four")) }).sum();
                }
                yield_!(String::from("xyz"));
            };
            Some(a)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let b = 'b1: {
                 {
                    'l2: for w in [i2s(Acc::new((r.len() as i64)).add((r.len() as i64)).add(0).get()), yield_!(String::from(""))] {
                        if ((!(r.len() % 2 == 0) && r.is_empty()) || (r.clone()).len() % 2 == 0) {
                            return Some((P { a: (yield_!(r.clone()).len() as i64), b: String::from("four") }).sum());
                        }
                        yield_!(String::from("hello"));
                    }
                    yield_!(r.clone());
                    if !(r.is_empty()) {
                        return Some((P { a: (P { a: cap.id(), b: String::from("ab") }).sum(), b: r }).sum());
                    }
                }
                if (((String::from("")).len() % 2 == 0 && 3 < 0) || (String::from("four")).is_empty()) {
                    break 'b1 opt(&(String::from("")))?;
                }
                t("t3", (P { a: cap.len(), b: String::from("xyz") }).sum())
            };
            let d: String = (if ((String::from("ab")).is_empty() || (String::from("four")).is_empty()) { yield_!((if b <= 4 { String::from("xyz") } else { String::from("xyz") })) } else { (if (b != 4 && (String::from("hello")).len() % 2 == 0) { [String::from("x"), String::from("four")].concat() } else { String::from("x") }) });
            let a = 'b5: {
                if ((!((d.clone()).len() % 2 == 0) && !(d.len() % 2 == 0)) || T::take(keep(T("v7"), 6)) < 3) {
                    panic!("p8");
                }
                if (d).is_empty() {
                    break 'b5 keep(T("v10"), 9).take();
                }
                (match 3 { 0 => b, n if n > 2 => n + 1, _ => opt(&(String::from("four")))? })
            };
            let Some(f) = opt(&(yield_!(String::from("four")))) else {
                return None;
            };
            match ((((if b < 5 { a } else { 3 }) * f3(1, String::from("xyz"), b)) - b), yield_!(i2s(opt(&(String::from("hello")))?))) {
                (0, n) => {
                    r = i2s((Acc::new(0).add(3).add((n.len() as i64)).get() - (yield_!(n.clone()).len() as i64)));
                    r = format!("{}-{}", r, (r.len() as i64));
                }
                (_, n) if n.len() > 2 => {
                    let mut fuel11 = 0;
                    'l11: while fuel11 < 1 && (n.len() % 2 == 0 || (b != 5 || 2 < 1)) {
                        fuel11 += 1;
                        yield_!((if !((n.clone()).len() % 2 == 0) { String::from("four") } else { (if f != 2 { String::from("ab") } else { String::from("") }) }));
                        let mut e: i64 = opt(&n)?;
                        drop(T("v12"));
                    }
                }
                (_, n) => {
                }
            }
            Some(t("t13", (if (String::from("four")).len() % 2 == 0 { f } else { 0 })))
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
            let mut fuel1 = 0;
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 Acc::new(Acc::new((r.len() as i64)).add((r.len() as i64)).add(cap.borrow()).get()).add((if (String::from("x")).len() % 2 == 0 { cap.lock() } else { 5 })).add((r.len() as i64)).get();
                }
                drop(keep(T("v2"), Acc::new(f3((r.len() as i64), String::from("xyz"), 1)).add(f3(cap.len(), String::from("hello"), 0)).add(5).get()));
                'l3: for w in [yield_!([String::from("x"), String::from("hello")].concat()), r.clone()] {
                    drop(T("v4"));
                    let f = yield_!(w.clone());
                    yield_!(i2s(T::id(&cap)));
                }
            };
            if !(res(&r)? == 0) {
                panic!("p5");
            }
            let Some(d) = opt(&(String::from("xyz"))) else {
                return Err(String::from("ab"));
            };
            let P { a: a, b: c } = P { a: t("t6", T::take(cap)), b: yield_!(i2s(T::take(keep(T("v8"), 7)))) };
            if r.is_empty() {
                panic!("p9");
            }
            'l10: for w in 0..cap3((if !(5 != 4) { (P { a: (r.len() as i64), b: String::from("hello") }).sum() } else { 2 })) {
                r = [[i2s(e), format!("{}-{}", (r.clone()), (c.len() as i64))].concat(), String::from("hello")].concat();
                if let Some(n) = opt(&(yield_!(t("t11", String::from(""))))) && n > 3 {
                    r = i2s((P { a: res(&c)?, b: i2s(n) }).sum());
                    yield_!(t("t12", i2s((c.len() as i64))));
                } else if (match (r.len() as i64) { 0 => e, n if n > 3 => n + 1, _ => (c.len() as i64) }) < 4 {
                } else {
                }
            }
            Ok((T("k13").id() + Acc::new((c.len() as i64)).add(d).add(4).get()))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            let e = cap;
             {
                if (T::take(keep(T("v3"), 2)) >= 3 && ((1 == 2 || 4 > 5) || (r.clone()).is_empty())) {
                    let b = 'b4: {
                        r = i2s((r.len() as i64));
                        if r.len() % 2 == 0 {
                            break 'b4 (r.len() as i64);
                        }
                        (match 1 { 0 => (if (r.clone()).len() % 2 == 0 { e.lock() } else { 5 }), n if n > 3 => n + 1, _ => (r.len() as i64) })
                    };
                    let mut fuel5 = 0;
                    let d = 'l5: loop {
                        fuel5 += 1;
                        if fuel5 > 3 {
                            break 'l5 (r.len() as i64);
                        }
                        drop(T("v6"));
                        if (!((r.len() as i64) <= 0) && ((r.len() % 2 == 0 && b == 4) && r.len() % 2 == 0)) {
                            panic!("p7");
                        }
                        yield_!(r.clone());
                        let P { a: d, b: c } = P { a: (r.len() as i64), b: [r.clone(), r.clone()].concat() };
                    };
                    yield_!(format!("{}-{}", r, (r.len() as i64)));
                } else if T::id(&e) < 2 {
                    drop(keep(T("v8"), t("t9", 0)));
                    let Some(e) = opt(&r) else {
                        return Ok(res(&(r))?);
                    };
                }
                let mut e = T::take(keep(T("v11"), 10));
                let mut fuel12 = Vec::from([(match e { 0 => (match 2 { 0 => e, n if n > 5 => n + 1, _ => 0 }), n if n > 2 => n + 1, _ => T("k13").into_n() }), 5]);
                'l12: while let Some(w) = fuel12.pop() {
                    yield_!(t("t14", i2s(w)));
                    'l15: for w in 0..cap3(e) {
                        if ((String::from("xyz")).len() % 2 == 0 && (!((String::from("ab")).len() % 2 == 0) || (w != 1 || 2 > 5))) {
                            break 'l15;
                        }
                        yield_!((if (String::from("hello")).is_empty() { i2s(2) } else { (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) }));
                        e = (f3((if (String::from("ab")).len() % 2 == 0 { w } else { w }), [String::from("xyz"), String::from("xyz")].concat(), (e - 1)) - res(&(String::from("xyz")))?);
                    }
                }
            }
            Ok(Acc::new((P { a: 0, b: String::from("") }).sum()).add(t("t16", e.len())).add((yield_!(String::from("")).len() as i64)).get())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (r.len() % 2 == 0 && 3 >= 5) {
                fuel1 += 1;
                if ((cap.lock() == 5 || ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) || (4 < 3 && r.is_empty())) {
                    return Err(yield_!(t("t2", r.clone())));
                }
                let mut e = T("v3");
                'l4: for w in 0..cap3((r.len() as i64)) {
                    let mut f = r.clone();
                    yield_!(String::from("hello"));
                    yield_!((if (f.clone()).len() % 2 == 0 { format!("{}-{}", f, w) } else { [f.clone(), f.clone()].concat() }));
                    yield_!(r.clone());
                }
            }
            if 4 <= 1 {
                panic!("p5");
            }
            let [f, _, _] = [cap.into_n(), (P { a: Some(T("k6")).unwrap().id(), b: [yield_!(String::from("hello")), yield_!(String::from(""))].concat() }).sum(), t("t7", t("t8", (match 3 { 0 => 3, n if n > 2 => n + 1, _ => 1 })))];
            let mut fuel9 = Vec::from([f, 4]);
            'l9: while let Some(w) = fuel9.pop() {
                if let Some(n) = T("k10").opt() {
                    yield_!([(if w < 2 { String::from("hello") } else { String::from("x") }), [String::from("xyz"), String::from("ab")].concat()].concat());
                    r = String::from("four");
                    let f = (if (r.is_empty() || (r.len() % 2 == 0 && f < 3)) { String::from("four") } else { yield_!(r.clone()) });
                } else if (String::from("four")).is_empty() {
                    yield_!((if ((String::from("xyz")).len() % 2 == 0 && w == 1) { format!("{}-{}", (String::from("four")), w) } else { t("t11", String::from("")) }));
                    let b = yield_!([String::from("four"), i2s(w)].concat());
                } else if w >= 0 {
                    let f: i64 = t("t12", (P { a: (w * f), b: [String::from(""), String::from("")].concat() }).sum());
                }
                let Some(c) = opt(&(yield_!(t("t13", String::from(""))))) else {
                    return Err([format!("{}-{}", (String::from("xyz")), w), i2s(3)].concat());
                };
            }
            Err(yield_!(t("t14", String::from("ab"))))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let b = keep(keep(cap, Acc::new((r.len() as i64)).add(0).add(0).get()), f3((P { a: 4, b: String::from("x") }).sum(), r.clone(), Acc::new(1).add(1).add((r.len() as i64)).get()));
            let mut a = b;
            'l1: for w in T("k2").items() {
                let Some(a) = opt(&(yield_!(t("t3", r.clone())))) else {
                    panic!("p4");
                };
                let u5: i64;
                if r.is_empty() {
                    u5 = a;
                } else {
                    u5 = (match (yield_!(String::from("x")).len() as i64) { 0 => (P { a: (r.len() as i64), b: String::from("four") }).sum(), n if n > 5 => n + 1, _ => t("t6", a) });
                }
            }
            'l7: for w in [String::from("x"), [r, yield_!(String::from("x"))].concat()] {
            }
            Some(Acc::new((match 2 { 0 => a.lock(), n if n > 1 => n + 1, _ => 4 })).add((match a.try_send(5) { 0 => 1, n if n > 4 => n + 1, _ => 5 })).add(a.into_n()).get())
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
            drop(cap);
            let u1: i64;
            if (t("t2", (r.len() as i64)) != 4 || r.is_empty()) {
                u1 = (match T("k3").len() { 0 => Acc::new(5).add(2).add((r.len() as i64)).get(), n if n > 4 => n + 1, _ => T::take(keep(T("v5"), 4)) });
            } else {
                u1 = (r.len() as i64);
            }
            let mut fuel6 = 0;
            'l6: while fuel6 < 1 && !((r.len() % 2 == 0 && r.len() % 2 == 0)) {
                fuel6 += 1;
                'l7: for w in [yield_!(t("t8", r.clone())), i2s(Acc::new(u1).add(u1).add(3).get())] {
                    yield_!(format!("{}-{}", (w), (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => (r.len() as i64) })));
                    yield_!(t("t9", r.clone()));
                }
                yield_!(String::from("hello"));
                let mut fuel10 = 0;
                'l10: while fuel10 < 1 && (u1 >= 2 && !(u1 >= 2)) {
                    fuel10 += 1;
                }
            }
            Err(yield_!(t("t11", r.clone())))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(format!("{}-{}", (r), opt(&(String::from("x")))?));
            'l1: for w in T("k2").items() {
                yield_!([i2s(cap.try_send(4)), format!("{}-{}", (String::from("")), w)].concat());
                if let Some(n) = T("k3").opt() {
                    let mut c: String = (if !((String::from("four")).len() % 2 == 0) { String::from("ab") } else { format!("{}-{}", (String::from("x")), (cap.lock() - w)) });
                    let e = T("v4");
                    yield_!(t("t5", String::from("x")));
                }
            }
            match T("k6").len() {
                0 => {
                    drop(keep(T("v7"), (match opt(&(String::from("ab")))? { 0 => T::take(keep(T("v9"), 8)), n if n > 1 => n + 1, _ => T::take(keep(T("v11"), 10)) })));
                }
                n if n > 5 => {
                    yield_!(format!("{}-{}", (String::from("")), f3(n, String::from("x"), n)));
                    yield_!([[String::from("xyz"), String::from("x")].concat(), String::from("ab")].concat());
                }
                n => {
                     {
                        'l12: for w in T("k13").items() {
                            let mut f = T::take(keep(keep(T("v15"), (if (String::from("x")).len() % 2 == 0 { cap.lock() } else { n })), 14));
                            let mut e = T("v16");
                            let b = e.lock();
                        }
                        let u17: i64;
                        if ((((String::from("hello")).len() % 2 == 0 && n < 2) && (2 == 4 || (String::from("x")).len() % 2 == 0)) || (((String::from("x")).len() % 2 == 0 && cap.lock() > 2) || (String::from("hello")).is_empty())) {
                            u17 = n;
                        } else {
                            u17 = f3(cap.into_n(), yield_!(String::from("ab")), (n - 0));
                        }
                        let b = T("k18").id();
                    }
                    'l19: for w in 0..cap3(opt(&(String::from("")))?) {
                    }
                }
            }
            Some(t("t20", 5))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if (t("t1", r.clone())).is_empty() {
                return Ok(res(&r)?);
            }
            'b2: {
                let d = t("t3", format!("{}-{}", r, (P { a: 4, b: r.clone() }).sum()));
                let mut b: String = yield_!(format!("{}-{}", (d), (P { a: 4, b: r.clone() }).sum()));
                if (!(cap.len() != 5) || b.len() % 2 == 0) {
                    break 'b2;
                }
            }
            r = t("t4", r.clone());
            if r.len() % 2 == 0 {
                panic!("p5");
            }
            if r.is_empty() {
                'b6: {
                    'l7: for w in [r, yield_!(String::from("ab"))] {
                        let mut d = (yield_!(w.clone()).len() as i64);
                        consume(T("v8"));
                    }
                    if (String::from("four")).is_empty() {
                        break 'b6;
                    }
                }
            }
            let e = f3(T("k9").into_n(), (if (String::from("")).is_empty() { (if cap.id() != 1 { String::from("ab") } else { String::from("four") }) } else { yield_!(String::from("hello")) }), (match 2 { 0 => f3(3, String::from("xyz"), cap.borrow()), n if n > 3 => n + 1, _ => (cap.id() - 1) }));
            let a = 'b10: {
                if let Some(n) = T("k11").opt() {
                    yield_!(format!("{}-{}", (String::from("hello")), T("k12").into_n()));
                    let Some(a) = opt(&(format!("{}-{}", (String::from("ab")), t("t13", n)))) else {
                        break 'b10 t("t14", cap.id());
                    };
                } else if ((String::from("xyz")).is_empty() && (String::from("")).is_empty()) {
                }
                if (String::from("hello")).is_empty() {
                    break 'b10 e;
                }
                e
            };
            Ok(cap.into_n())
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
            let (mut c, e) = (T("v1"), T("k2").id());
            yield_!((if ((String::from("x")).len() % 2 == 0 && e == 0) { String::from("") } else { String::from("four") }));
            let mut d = keep(keep(cap, (e * e)), T("k4").id());
             {
                drop(keep(T("v5"), e));
                drop(d);
            }
            if let Some(n) = opt(&(yield_!(i2s(e)))) {
                let u6: i64;
                if (t("t7", String::from("x"))).len() % 2 == 0 {
                    u6 = T::take(c);
                } else {
                    u6 = t("t8", T::take(keep(T("v10"), 9)));
                }
            }
            if let Some(n) = opt(&(String::from(""))) {
                'l11: for w in [yield_!((if 0 > 2 { String::from("hello") } else { String::from("four") })), String::from("hello")] {
                    if ((w.clone()).is_empty() && w.is_empty()) {
                        return Ok((match t("t12", 0) { 0 => Acc::new(e).add(1).add((w.len() as i64)).get(), n if n > 1 => n + 1, _ => res(&(w.clone()))? }));
                    }
                    if w.is_empty() {
                        panic!("p13");
                    }
                }
            } else {
            }
            Ok(e)
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
            let P { a: d, b: b } = P { a: T::take(keep(keep(keep(T("v2"), cap.borrow()), (yield_!(r.clone()).len() as i64)), 1)), b: String::from("ab") };
            let c = yield_!((if b.len() % 2 == 0 { t("t3", String::from("")) } else { b.clone() }));
            consume(T("v4"));
            yield_!(t("t5", format!("{}-{}", (b.clone()), (c.len() as i64))));
            let Some(c) = opt(&b) else {
                panic!("p6");
            };
            'l7: for w in T("k8").items() {
                match opt(&((if (2 == 3 || (b.clone()).len() % 2 == 0) { format!("{}-{}", r, (r.len() as i64)) } else { b.clone() }))) {
                    Some(n) if n < 0 => {
                        let c = t("t9", i2s((P { a: d, b: r.clone() }).sum()));
                    }
                    Some(n) => {
                        yield_!([format!("{}-{}", b, c), t("t10", String::from("xyz"))].concat());
                    }
                    None => {
                        yield_!([format!("{}-{}", (r.clone()), c), String::from("")].concat());
                    }
                }
                let Some(d) = opt(&b) else {
                    return Some((P { a: ((r.len() as i64) + (b.len() as i64)), b: i2s(1) }).sum());
                };
                let mut a: T = T("v11");
            }
            Some(c)
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
            r = format!("{}-{}", ([r.clone(), String::from("x")].concat()), (t("t1", (r.len() as i64)) - T::id(&cap)));
            if let Some(n) = opt(&(yield_!(String::from("xyz")))) && n > 1 {
                'l2: for w in 0..cap3(n) {
                    let f = T("v3");
                    r = t("t4", yield_!(String::from("x")));
                    consume(T("v5"));
                }
                'l6: for w in 0..cap3((P { a: (yield_!(String::from("hello")).len() as i64), b: format!("{}-{}", r, n) }).sum()) {
                    r = String::from("xyz");
                    let [a, _, _] = [f3((r.len() as i64), format!("{}-{}", r, Acc::new(cap.id()).add(cap.try_send(5)).add(n).get()), w), (if (r.len() as i64) <= 1 { (yield_!(format!("{}-{}", (r.clone()), w)).len() as i64) } else { res(&(String::from("ab")))? }), cap.borrow()];
                }
                yield_!(String::from("ab"));
            }
            drop(T("v7"));
            let mut fuel8 = Vec::from([(yield_!([r, String::from("hello")].concat()).len() as i64), Acc::new((if (String::from("ab")).len() % 2 == 0 { 0 } else { 0 })).add(f3(0, String::from("xyz"), cap.len())).add(f3(1, String::from("four"), cap.borrow())).get()]);
            'l8: while let Some(w) = fuel8.pop() {
                if let Some(n) = T("k9").opt() {
                    drop(T("v10"));
                }
                if let Some(n) = T("k11").opt() {
                    r = [(if ((String::from("ab")).len() % 2 == 0 || (String::from("")).len() % 2 == 0) { (if (String::from("")).len() % 2 == 0 { String::from("four") } else { String::from("") }) } else { yield_!(String::from("xyz")) }), i2s(T::id(&cap))].concat();
                    let a = T("v12");
                    yield_!([(if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() }), String::from("x")].concat());
                } else if (if 3 < 1 { cap.lock() } else { 5 }) == 5 {
                    consume(T("v13"));
                } else if (w == 5 && ((String::from("four")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) {
                }
            }
            Ok((P { a: T::take(cap), b: yield_!(String::from("four")) }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut b = T("v1");
            let mut fuel2 = 0;
            'l2: while fuel2 < 1 && (!(cap.len() <= 0) || !(cap.try_send(3) < 1)) {
                fuel2 += 1;
                consume(keep(T("v3"), (f3(4, r.clone(), 4) - b.len())));
                let b = t("t4", yield_!(t("t5", r.clone())));
                'b6: {
                    if (((r.len() % 2 == 0 || 1 == 4) && r.is_empty()) && b.is_empty()) {
                        return T::take(keep(T("v8"), 7));
                    }
                     {
                        if ((yield_!(String::from("ab")).len() as i64) > 1 && ((String::from("hello")).is_empty() || r.len() % 2 == 0)) {
                            panic!("p9");
                        }
                        let mut f = keep(T("v10"), Acc::new(Acc::new((r.len() as i64)).add((b.len() as i64)).add((b.len() as i64)).get()).add((b.len() as i64)).add(Acc::new(4).add(T::id(&cap)).add(3).get()).get());
                        let mut a = T("v11");
                    }
                    if (!((b.clone()).len() % 2 == 0) && (cap.lock() == 1 && 1 != 1)) {
                        break 'b6;
                    }
                }
                let mut fuel12 = 0;
                'l12: while fuel12 < 1 && (5 != 5 && ((r.clone()).len() % 2 == 0 && cap.id() != 1)) {
                    fuel12 += 1;
                    yield_!(t("t13", format!("{}-{}", (String::from("")), 3)));
                }
            }
            keep(keep(T("v15"), cap.borrow()), 14).take()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if !(((r.len() % 2 == 0 && r.len() % 2 == 0) && (4 < 1 || (r.clone()).len() % 2 == 0))) {
                u1 = (if !((String::from("four")).len() % 2 == 0) { (match (r.len() as i64) { 0 => 2, n if n > 3 => n + 1, _ => cap.len() }) } else { keep(T("v3"), 2).take() });
            } else {
                u1 = f3((r.len() as i64), i2s(cap.borrow()), 0);
            }
            let [e, _, _] = [3, ((r.len() as i64) + (match (yield_!(r).len() as i64) { 0 => (3 - 5), n if n > 2 => n + 1, _ => t("t4", u1) })), T::take(keep(T("v6"), 5))];
            let mut e = T::id(&cap);
            if (!((String::from("ab")).is_empty()) && (((String::from("hello")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0) && ((String::from("x")).len() % 2 == 0 || 2 <= 2))) {
                panic!("p7");
            }
            consume(T("v8"));
            'b9: {
                yield_!([i2s(e), t("t10", String::from("four"))].concat());
                yield_!(i2s(Acc::new(e).add(u1).add(e).get()));
                let [c, _, _] = [T::take(keep(T("v12"), 11)), t("t13", (match (P { a: cap.borrow(), b: String::from("four") }).sum() { 0 => 5, n if n > 5 => n + 1, _ => cap.into_n() })), (P { a: (if e <= 2 { f3(e, String::from("hello"), u1) } else { u1 }), b: String::from("xyz") }).sum()];
                if (u1 >= 2 && 3 != 3) {
                    break 'b9;
                }
            }
            if (((String::from("hello")).is_empty() && ((String::from("")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0)) || !(((String::from("xyz")).len() % 2 == 0 || e >= 0))) {
                panic!("p14");
            }
            let u15: i64;
            if (!(!((String::from("xyz")).len() % 2 == 0)) && !(((String::from("ab")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0))) {
                u15 = 2;
            } else {
                u15 = f3((yield_!(String::from("four")).len() as i64), i2s(u1), 1);
            }
            let c: T = T("v16");
            r = yield_!(t("t17", [String::from("xyz"), String::from("")].concat()));
            let (mut b, c) = (keep(c, f3(u15, String::from("hello"), Some(T("k18")).unwrap().id())), 1);
            let u19: i64;
            if Acc::new(u1).add((if e == 4 { u1 } else { 2 })).add(T::take(b)).get() <= 4 {
                u19 = t("t20", T("k21").into_n());
            } else {
                u19 = Some(T("k22")).unwrap().id();
            }
            r = format!("{}-{}", (r.clone()), (Acc::new((r.len() as i64)).add(u15).add(u15).get() * (match (r.len() as i64) { 0 => c, n if n > 4 => n + 1, _ => 3 })));
            let Some(f) = opt(&(r)) else {
                return (if (String::from("")).is_empty() { (P { a: 2, b: String::from("hello") }).sum() } else { (if (String::from("ab")).len() % 2 == 0 { 5 } else { u19 }) });
            };
            let d: i64 = Acc::new(T::take(keep(T("v24"), 23))).add(t("t25", (if u1 > 3 { u1 } else { u15 }))).add((P { a: (P { a: c, b: String::from("ab") }).sum(), b: t("t26", String::from("")) }).sum()).get();
             {
                let f = T("v27");
            }
            let mut fuel28 = Vec::from([4, (P { a: Acc::new(f).add(u15).add(u1).get(), b: format!("{}-{}", (String::from("xyz")), 2) }).sum()]);
            'l28: while let Some(w) = fuel28.pop() {
                'l29: for w in [yield_!(format!("{}-{}", (String::from("four")), 0)), (if !((String::from("hello")).len() % 2 == 0) { [String::from("xyz"), String::from("")].concat() } else { yield_!(String::from("four")) })] {
                }
            }
            t("t30", T::take(keep(T("v32"), 31)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(cap.try_send(3)) {
                 {
                    let mut fuel2 = 0;
                    'l2: while fuel2 < 3 && T::take(keep(T("v4"), 3)) >= 0 {
                        fuel2 += 1;
                        yield_!(i2s(3));
                        yield_!(t("t5", i2s(T::id(&cap))));
                    }
                }
                r = yield_!(String::from("x"));
                let u6: i64;
                if (match (match 5 { 0 => 2, n if n > 3 => n + 1, _ => w }) { 0 => w, n if n > 2 => n + 1, _ => (r.len() as i64) }) == 3 {
                    u6 = (match T::take(keep(T("v8"), 7)) { 0 => (match w { 0 => 2, n if n > 3 => n + 1, _ => w }), n if n > 0 => n + 1, _ => (match w { 0 => w, n if n > 3 => n + 1, _ => T::id(&cap) }) });
                } else {
                    u6 = 4;
                }
                'l9: for w in 0..cap3((yield_!(i2s(u6)).len() as i64)) {
                    if ((r.len() % 2 == 0 && (r.clone()).is_empty()) || r.is_empty()) {
                        return t("t10", keep(T("v12"), 11).take());
                    }
                    yield_!((if (cap.lock() <= 1 && r.len() % 2 == 0) { [String::from("x"), r.clone()].concat() } else { t("t13", String::from("ab")) }));
                }
            }
            let mut fuel14 = Vec::from([T("k15").into_n(), (match T::take(cap) { 0 => (match 3 { 0 => 1, n if n > 5 => n + 1, _ => 3 }), n if n > 0 => n + 1, _ => Acc::new((r.len() as i64)).add(0).add(4).get() })]);
            'l14: while let Some(w) = fuel14.pop() {
                if ((!(w >= 0) || (4 == 5 || (String::from("four")).len() % 2 == 0)) && !((2 >= 3 && (String::from("ab")).len() % 2 == 0))) {
                    panic!("p16");
                }
                let mut fuel17 = 0;
                'l17: loop {
                    fuel17 += 1;
                    if fuel17 > 3 {
                        break 'l17;
                    }
                    drop(T("v18"));
                    r = String::from("xyz");
                }
                if ((5 - 5) == 5 || (match 2 { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => 4 }) <= 0) {
                    break 'l14;
                }
                let mut fuel19 = 0;
                let d = 'l19: loop {
                    fuel19 += 1;
                    if fuel19 > 3 {
                        break 'l19 w;
                    }
                    consume(keep(T("v20"), T::take(keep(T("v22"), 21))));
                    let d = yield_!(String::from("four"));
                    let c = yield_!(d);
                };
            }
            0
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
             {
                drop(T("v1"));
                if r.len() % 2 == 0 {
                    panic!("p2");
                }
                let mut c = r;
            }
            let Some(e) = opt(&(yield_!(t("t3", String::from("four"))))) else {
                return Acc::new(Acc::new(cap.try_send(3)).add(cap.borrow()).add(cap.id()).get()).add((yield_!(String::from("")).len() as i64)).add((match T::id(&cap) { 0 => cap.len(), n if n > 5 => n + 1, _ => cap.borrow() })).get();
            };
            yield_!(i2s(f3(e, String::from("xyz"), e)));
            if let Some(n) = opt(&(t("t4", yield_!(String::from("hello"))))) && n > 3 {
                'l5: for w in [[(if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("four") }), [String::from("four"), String::from("hello")].concat()].concat(), yield_!(t("t6", String::from("")))] {
                    consume(T("v7"));
                }
            }
            (e * 3)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(i2s(T::take(cap)));
            match (Acc::new((match Acc::new(5).add((r.len() as i64)).add(4).get() { 0 => (if 5 < 4 { 2 } else { 5 }), n if n > 5 => n + 1, _ => (match 0 { 0 => 3, n if n > 1 => n + 1, _ => 1 }) })).add((P { a: f3(1, String::from("xyz"), 0), b: String::from("hello") }).sum()).add((if (r.len() % 2 == 0 && (r.len() as i64) != 4) { (if (r).len() % 2 == 0 { 4 } else { 2 }) } else { (1 * 0) })).get(), (if opt(&(String::from("hello")))? == 0 { i2s(keep(T("v2"), 1).take()) } else { [(if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("x") }), format!("{}-{}", (String::from("xyz")), 0)].concat() })) {
                (0, n) => {
                    yield_!([t("t3", n.clone()), i2s(5)].concat());
                }
                (_, n) if n.len() > 5 => {
                    'l4: for w in T("k5").items() {
                        yield_!(String::from("hello"));
                        r = String::from("hello");
                        let mut a = T("v6");
                    }
                }
                (_, n) => {
                }
            }
            Some(Acc::new((5 * 5)).add((3 - 1)).add(T("k7").len()).get())
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if (r.clone()).len() % 2 == 0 {
                u1 = 0;
            } else {
                u1 = T::take(keep(cap, 2));
            }
             {
                let u3: i64;
                if !(u1 <= 5) {
                    u3 = (match u1 { 0 => T::take(keep(T("v5"), 4)), n if n > 5 => n + 1, _ => keep(T("v7"), 6).take() });
                } else {
                    u3 = T("k8").id();
                }
                 {
                    consume(T("v9"));
                    'l10: for w in T("k11").items() {
                        let mut c = (P { a: (yield_!((if (r.clone()).len() % 2 == 0 { String::from("") } else { r.clone() })).len() as i64), b: yield_!(String::from("")) }).sum();
                        if (yield_!(r.clone())).len() % 2 == 0 {
                            return Some(((if (r.clone()).len() % 2 == 0 { u3 } else { u1 }) - (r.len() as i64)));
                        }
                        yield_!(format!("{}-{}", r, (if r.len() % 2 == 0 { 5 } else { (r.len() as i64) })));
                        if (!(!(r.len() % 2 == 0)) && (((String::from("")).len() % 2 == 0 && 0 < 2) && r.len() % 2 == 0)) {
                            return Some(4);
                        }
                    }
                    let b = opt(&r)?;
                }
                let P { a: d, b: a } = P { a: keep(T("v13"), 12).take(), b: String::from("") };
            }
            if let Some(n) = opt(&r) {
                yield_!(String::from("four"));
                'l14: for w in 0..cap3(t("t15", f3(0, r.clone(), u1))) {
                    let f: String = yield_!(r.clone());
                    let mut a: i64 = (yield_!((if ((f).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0) { i2s(w) } else { format!("{}-{}", (String::from("x")), 1) })).len() as i64);
                    r = format!("{}-{}", (t("t16", String::from("xyz"))), 1);
                    a = f3(a, (if u1 >= 1 { (if r.len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) } else { format!("{}-{}", (r.clone()), a) }), f3(f3((r.len() as i64), String::from("ab"), (r.len() as i64)), [String::from("x"), r.clone()].concat(), ((r.len() as i64) + w)));
                }
            }
            match ((P { a: (yield_!([String::from("ab"), String::from("ab")].concat()).len() as i64), b: (if !(r.len() % 2 == 0) { r } else { r }) }).sum(), i2s(T::take(keep(T("v18"), 17)))) {
                (0, n) => {
                    'l19: for w in T("k20").items() {
                        let f = w;
                        if (if !((n.len() as i64) == 3) { T("k21").id() } else { (match (n.len() as i64) { 0 => 4, n if n > 1 => n + 1, _ => f }) }) != 5 {
                            break 'l19;
                        }
                    }
                }
                (_, n) if n.len() > 0 => {
                }
                (_, n) => {
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
mod p070 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(f) = opt(&(format!("{}-{}", (String::from("xyz")), cap.len()))) else {
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
                'l5: while fuel5 < 2 && Some(T("k6")).unwrap().id() >= 3 {
                    fuel5 += 1;
                    yield_!([format!("{}-{}", (r.clone()), 1), (if r.len() % 2 == 0 { String::from("four") } else { r.clone() })].concat());
                    let P { a: f, b: a } = P { a: opt(&(String::from("")))?, b: i2s(f) };
                }
            }
            'l7: for w in [r.clone(), r.clone()] {
            }
            Some((if r.len() % 2 == 0 { Acc::new(f).add((r.len() as i64)).add(f).get() } else { ((r.len() as i64) + 0) }))
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
            'l1: for w in 0..cap3(t("t2", Some(T("k3")).unwrap().id())) {
                 {
                    match T("k4").len() {
                        0 => {
                            if !(((w != 2 || (String::from("four")).len() % 2 == 0) && ((r.clone()).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0))) {
                                panic!("p5");
                            }
                            yield_!(i2s(T::take(keep(T("v7"), 6))));
                            let mut a = T("v8");
                        }
                        n if n > 4 => {
                        }
                        n => {
                        }
                    }
                }
            }
            Some(cap.into_n())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if !(!((String::from("four")).is_empty())) {
                u1 = (P { a: (P { a: (r.len() as i64), b: String::from("ab") }).sum(), b: t("t2", r.clone()) }).sum();
            } else {
                u1 = T("k3").id();
            }
            if let Some(n) = opt(&r) && n > 0 {
                if let Some(n) = opt(&(r)) {
                    consume(T("v4"));
                }
                if ((String::from("four")).len() % 2 == 0 || !(((String::from("four")).len() % 2 == 0 || cap.lock() >= 1))) {
                    let e: String = t("t5", format!("{}-{}", (String::from("")), f3(T::id(&cap), String::from("xyz"), n)));
                }
            }
            let u6: i64;
            if t("t7", cap.into_n()) <= 3 {
                u6 = (if !(2 == 5) { Acc::new(1).add(u1).add(u1).get() } else { T("k8").id() });
            } else {
                u6 = T("k9").into_n();
            }
            let a: i64 = T::take(keep(T("v11"), 10));
            if let Some(n) = T("k12").opt() {
                yield_!(i2s(5));
            } else if !((String::from("")).len() % 2 == 0) {
                'l13: for w in [(if (String::from("x")).len() % 2 == 0 { yield_!(String::from("")) } else { format!("{}-{}", (String::from("xyz")), 1) }), i2s(u1)] {
                    let mut a = T("v14");
                    if w.len() % 2 == 0 {
                        return T("k15").id();
                    }
                    r = yield_!(w.clone());
                }
            } else {
                let u16: i64;
                if ((String::from("four")).is_empty() && !(!(a >= 1))) {
                    u16 = T("k17").id();
                } else {
                    u16 = (if u6 == 3 { 0 } else { f3(u6, String::from(""), 4) });
                }
            }
            f3(t("t18", a), yield_!(String::from("x")), T::take(keep(T("v20"), 19)))
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
            let mut fuel1 = Vec::from([T::take(keep(T("v3"), 2)), T::take(keep(T("v5"), 4))]);
            'l1: while let Some(w) = fuel1.pop() {
                yield_!(r.clone());
                if let Some(n) = opt(&([String::from("four"), i2s(w)].concat())) {
                    consume(keep(T("v6"), T("k7").into_n()));
                    let (mut d, a) = (keep(T("v8"), 2), t("t9", T("k10").id()));
                    d = T("v11");
                } else {
                    yield_!([format!("{}-{}", (r.clone()), (r.len() as i64)), r.clone()].concat());
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
mod p074 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let a = keep(keep(T("v1"), (P { a: cap.len(), b: r.clone() }).sum()), T::take(keep(keep(T("v3"), 3), 2)));
            yield_!(format!("{}-{}", (String::from("x")), Acc::new((r.len() as i64)).add(cap.id()).add(5).get()));
            r = r;
            yield_!(t("t4", [String::from("xyz"), String::from("ab")].concat()));
            let u5: i64;
            if !(5 > 4) {
                u5 = ((if (r.clone()).len() % 2 == 0 { a.try_send(5) } else { cap.id() }) * T("k6").id());
            } else {
                u5 = (if (r.clone()).len() % 2 == 0 { t("t7", 0) } else { cap.into_n() });
            }
            let mut fuel8 = 0;
            let a = 'l8: loop {
                fuel8 += 1;
                if fuel8 > 1 {
                    break 'l8 (r.len() as i64);
                }
                match opt(&(yield_!(String::from("four")))) {
                    Some(n) if n < 3 => {
                        let c = yield_!(i2s((if r.len() % 2 == 0 { 3 } else { 5 })));
                        let P { a: b, b: a } = P { a: (match (yield_!(format!("{}-{}", (String::from("four")), T::id(&a))).len() as i64) { 0 => (match f3(2, String::from("hello"), n) { 0 => f3(a.try_send(2), String::from("four"), 0), n if n > 5 => n + 1, _ => Acc::new(u5).add(2).add(T::id(&a)).get() }), n if n > 2 => n + 1, _ => T::take(keep(T("v10"), 9)) }), b: yield_!([(if n == 3 { String::from("x") } else { String::from("four") }), r.clone()].concat()) };
                    }
                    Some(n) => {
                        yield_!(t("t11", r.clone()));
                        let a = T::take(keep(T("v13"), 12));
                        yield_!(format!("{}-{}", (r.clone()), u5));
                    }
                    None => {
                        if !(((r.len() % 2 == 0 || (r.clone()).len() % 2 == 0) && ((String::from("hello")).len() % 2 == 0 || r.len() % 2 == 0))) {
                            return (match (r.len() as i64) { 0 => Acc::new(T::id(&a)).add((r.len() as i64)).add(a.id()).get(), n if n > 2 => n + 1, _ => t("t14", u5) });
                        }
                    }
                }
                let d = 'b15: {
                    let f: String = format!("{}-{}", r, Acc::new(f3(u5, String::from("x"), (r.len() as i64))).add(T("k16").len()).add(a.lock()).get());
                     {
                        let mut d = (P { a: (if !(f.len() % 2 == 0) { (yield_!(String::from("ab")).len() as i64) } else { (yield_!(f).len() as i64) }), b: yield_!(format!("{}-{}", (r.clone()), (r.len() as i64))) }).sum();
                    }
                    if r.len() % 2 == 0 {
                        break 'b15 u5;
                    }
                    T("k17").id()
                };
            };
            let P { a: a, b: b } = P { a: Acc::new(a).add(Acc::new(t("t18", u5)).add(T("k19").into_n()).add((P { a: (r.len() as i64), b: String::from("four") }).sum()).get()).add(keep(T("v21"), 20).take()).get(), b: t("t22", i2s(u5)) };
            let mut f = keep(T("v23"), a);
            a
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
            'l1: for w in [i2s((cap.lock() + (r.len() as i64))), i2s(t("t2", 2))] {
                match opt(&(String::from("x")))? {
                    0 => {
                        r = String::from("hello");
                    }
                    n if n > 3 => {
                        yield_!(w.clone());
                        yield_!(format!("{}-{}", r, n));
                    }
                    _ => {
                        consume(T("v3"));
                    }
                }
                drop(keep(T("v4"), cap.len()));
                'l5: for w in [t("t6", i2s(T::id(&cap))), i2s((r.len() as i64))] {
                    yield_!([(if (String::from("four")).len() % 2 == 0 { String::from("ab") } else { w }), i2s((r.len() as i64))].concat());
                    let a = (if !(5 > 4) { i2s((r.len() as i64)) } else { [t("t7", r.clone()), yield_!(r.clone())].concat() });
                    yield_!(i2s((match (a.len() as i64) { 0 => 5, n if n > 5 => n + 1, _ => 2 })));
                    if (a.is_empty() || ((a.clone()).len() % 2 == 0 || r.is_empty())) {
                        return Some((P { a: (yield_!(String::from("hello")).len() as i64), b: i2s(cap.id()) }).sum());
                    }
                }
                 {
                    yield_!((if (r.len() % 2 == 0 && cap.len() != 4) { w } else { r.clone() }));
                }
            }
            if !(!(((r.len() as i64) != 2 && (r.clone()).len() % 2 == 0))) {
                panic!("p8");
            }
            let mut fuel9 = 0;
            'l9: while fuel9 < 2 && Acc::new((r.len() as i64)).add((r.len() as i64)).add((r.len() as i64)).get() < 5 {
                fuel9 += 1;
                let u10: i64;
                if opt(&(r.clone()))? != 5 {
                    u10 = (yield_!(format!("{}-{}", r, cap.id())).len() as i64);
                } else {
                    u10 = T::take(keep(keep(T("v12"), cap.borrow()), 11));
                }
                'l13: for w in T("k14").items() {
                }
            }
            Some(T("k15").id())
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
            let Some(a) = opt(&r) else {
                return t("t1", T("k2").id());
            };
            let mut fuel3 = 0;
            'l3: while fuel3 < 1 && !(a != 3) {
                fuel3 += 1;
                let f = 'b4: {
                    if !(((r.len() as i64) * (r.len() as i64)) >= 2) {
                        if ((2 > 4 || (String::from("xyz")).is_empty()) && !((a <= 4 && cap.borrow() == 3))) {
                            return Acc::new((yield_!(r.clone()).len() as i64)).add(a).add(cap.borrow()).get();
                        }
                    } else {
                        let mut b = T::take(keep(T("v6"), 5));
                    }
                    if cap.lock() > 4 {
                        break 'b4 (if !(5 <= 2) { a } else { (a + a) });
                    }
                    (T("k7").into_n() + T("k8").id())
                };
                'b9: {
                    yield_!(t("t10", format!("{}-{}", (r.clone()), a)));
                    r = [yield_!(format!("{}-{}", (r.clone()), a)), yield_!(t("t11", String::from("ab")))].concat();
                    if (!(r.len() % 2 == 0) && f == 3) {
                        break 'b9;
                    }
                }
            }
            T::take(keep(T("v13"), 12))
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
             {
                yield_!(i2s(Acc::new(3).add((r.len() as i64)).add((r.len() as i64)).get()));
                if T::take(cap) > 2 {
                    panic!("p1");
                }
                r = String::from("ab");
            }
            let mut c = T("v2");
             {
                let u3: i64;
                if r.len() % 2 == 0 {
                    u3 = opt(&r)?;
                } else {
                    u3 = (if ((r).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { (match c.id() { 0 => 1, n if n > 3 => n + 1, _ => 0 }) } else { 5 });
                }
                drop(T("v4"));
            }
            yield_!(format!("{}-{}", (String::from("ab")), t("t5", c.borrow())));
            'l6: for w in [yield_!(t("t7", String::from("xyz"))), String::from("hello")] {
                let e = 'b8: {
                    if let Some(n) = opt(&w) && n > 1 {
                        let e: T = T("v9");
                        let mut a = T("v10");
                        a = keep(keep(a, (yield_!(w.clone()).len() as i64)), 1);
                    }
                    yield_!(String::from(""));
                    if w.is_empty() {
                        break 'b8 (w.len() as i64);
                    }
                    (P { a: ((w.len() as i64) + 5), b: [String::from("ab"), w.clone()].concat() }).sum()
                };
                match (P { a: T::take(keep(T("v12"), 11)), b: yield_!(format!("{}-{}", (String::from("x")), e)) }).sum() {
                    0 => {
                        let mut f = e;
                        let f = w;
                    }
                    n if n > 3 => {
                        if n == 1 {
                            break 'l6;
                        }
                    }
                    _ => {
                    }
                }
            }
            Some(f3(T::take(keep(T("v14"), 13)), (if (String::from("four")).len() % 2 == 0 { String::from("") } else { String::from("ab") }), (match c.len() { 0 => c.len(), n if n > 2 => n + 1, _ => T::id(&c) })))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut b: T = T("v1");
            match T("k2").len() {
                0 => {
                    let mut d = t("t3", (t("t4", (r.len() as i64)) + 1));
                     {
                        if (r.len() % 2 == 0 || r.len() % 2 == 0) {
                            panic!("p5");
                        }
                        yield_!(t("t6", i2s(d)));
                    }
                }
                n if n > 2 => {
                    yield_!((if (n > 4 && r.len() % 2 == 0) { i2s(4) } else { t("t7", String::from("xyz")) }));
                }
                n => {
                }
            }
            Ok((P { a: T::take(keep(T("v9"), 8)), b: t("t10", r.clone()) }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(b) = opt(&r) else {
                panic!("p1");
            };
            let mut a = keep(T("v2"), (if ((r.len() as i64) > 3 || r.len() % 2 == 0) { (r.len() as i64) } else { (yield_!(String::from("")).len() as i64) }));
            'l3: for w in T("k4").items() {
                let u5: i64;
                if !(!(((r.len() as i64) != 1 && (String::from("xyz")).len() % 2 == 0))) {
                    u5 = b;
                } else {
                    u5 = (P { a: (yield_!(String::from("x")).len() as i64), b: i2s(2) }).sum();
                }
                match (T("k6").id(), String::from("four")) {
                    (0, n) => {
                        yield_!(format!("{}-{}", (n.clone()), T("k7").into_n()));
                    }
                    (_, n) if n.len() > 4 => {
                    }
                    (_, n) => {
                    }
                }
            }
            (if ((String::from("four")).len() % 2 == 0 || r.len() % 2 == 0) { (0 - cap.lock()) } else { b })
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
            let c = T("v1");
            yield_!(r);
            let u2: i64;
            if ([String::from("hello"), String::from("xyz")].concat()).is_empty() {
                u2 = (if (c.id() >= 1 || cap.len() < 2) { t("t3", c.id()) } else { T("k4").len() });
            } else {
                u2 = keep(T("v6"), 5).take();
            }
            let mut f = 3;
            let mut fuel7 = Vec::from([T("k8").len(), (if f != 0 { (P { a: u2, b: String::from("hello") }).sum() } else { (yield_!(String::from("four")).len() as i64) })]);
            'l7: while let Some(w) = fuel7.pop() {
                if (!(!(5 > 0)) || (String::from("x")).is_empty()) {
                    panic!("p9");
                }
                'l10: for w in T("k11").items() {
                    if !((String::from("xyz")).is_empty()) {
                        continue 'l10;
                    }
                    r = t("t12", i2s((u2 + f)));
                }
                r = t("t13", (if ((String::from("ab")).len() % 2 == 0 || u2 >= 0) { yield_!(String::from("x")) } else { yield_!(String::from("hello")) }));
            }
            r = yield_!((if (String::from("xyz")).len() % 2 == 0 { i2s(0) } else { (if 4 >= 2 { String::from("four") } else { String::from("") }) }));
            let Some(e) = opt(&r) else {
                return (if (String::from("hello")).len() % 2 == 0 { T::take(keep(T("v15"), 14)) } else { Some(T("k16")).unwrap().id() });
            };
            yield_!(t("t17", i2s(f)));
            let mut fuel18 = 0;
            'l18: loop {
                fuel18 += 1;
                if fuel18 > 3 {
                    break 'l18;
                }
            }
            f3(T("k19").id(), yield_!(r), f3(c.id(), String::from("four"), u2))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in T("k2").items() {
                yield_!([format!("{}-{}", r, w), String::from("four")].concat());
                let u3: i64;
                if (r.is_empty() || r.is_empty()) {
                    u3 = f3(res(&r)?, [r.clone(), r.clone()].concat(), f3((r.len() as i64), String::from("hello"), cap.id()));
                } else {
                    u3 = res(&(r.clone()))?;
                }
                let [f, _, _] = [(match (yield_!([r.clone(), String::from("ab")].concat()).len() as i64) { 0 => f3((P { a: w, b: String::from("xyz") }).sum(), i2s(u3), u3), n if n > 3 => n + 1, _ => res(&r)? }), cap.borrow(), t("t4", (if (String::from("x")).is_empty() { res(&(String::from("")))? } else { f3(u3, r.clone(), 4) }))];
            }
             {
                 {
                    if (r.clone()).is_empty() {
                        panic!("p5");
                    }
                    if (match T::take(keep(T("v7"), 6)) { 0 => f3(cap.try_send(1), String::from("four"), 5), n if n > 2 => n + 1, _ => (P { a: 4, b: String::from("") }).sum() }) == 5 {
                        return Ok(f3(T("k8").len(), r.clone(), (P { a: (r.len() as i64), b: r }).sum()));
                    }
                    let Some(c) = opt(&(i2s(res(&(String::from("")))?))) else {
                        return Ok(t("t9", (3 + T::id(&cap))));
                    };
                }
                let c = 'b10: {
                    r = (if (!(0 <= 1) && !(cap.borrow() >= 3)) { [String::from("ab"), String::from("x")].concat() } else { String::from("xyz") });
                    let Some(f) = opt(&r) else {
                        break 'b10 3;
                    };
                    if (r).len() % 2 == 0 {
                        break 'b10 T::take(keep(T("v12"), 11));
                    }
                    2
                };
                yield_!(t("t13", String::from("ab")));
            }
            let d = 'b14: {
                'l15: for w in 0..cap3(cap.try_send(5)) {
                    r = (if ((String::from("ab")).is_empty() && (w < 2 || (String::from("xyz")).len() % 2 == 0)) { [format!("{}-{}", (String::from("four")), 4), (if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("ab") })].concat() } else { t("t16", [String::from("ab"), String::from("xyz")].concat()) });
                }
                if (String::from("")).len() % 2 == 0 {
                    break 'b14 (T("k17").into_n() * (5 + 4));
                }
                (if (5 != 1 && (String::from("xyz")).len() % 2 == 0) { (yield_!(String::from("ab")).len() as i64) } else { f3(0, String::from(""), 5) })
            };
            Err(yield_!([String::from("x"), String::from("four")].concat()))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in T("k2").items() {
                if let Some(n) = T("k3").opt() {
                    let a = (match (yield_!(format!("{}-{}", r, 5)).len() as i64) { 0 => cap.borrow(), n if n > 5 => n + 1, _ => n });
                } else if r.len() % 2 == 0 {
                    let [f, _, _] = [Acc::new(f3(T("k4").len(), r.clone(), w)).add(w).add(cap.len()).get(), (P { a: f3(f3((r.len() as i64), r.clone(), cap.id()), (if r.len() % 2 == 0 { String::from("") } else { String::from("") }), (if w <= 4 { (r.len() as i64) } else { 5 })), b: format!("{}-{}", (String::from("x")), (r.len() as i64)) }).sum(), T("k5").id()];
                } else if (r.len() % 2 == 0 && w <= 0) {
                    let mut d = yield_!(r.clone());
                    let (mut f, e) = (T("v6"), (r.len() as i64));
                }
                let mut d: T = T("v7");
                if let Some(n) = opt(&(t("t8", [String::from(""), r.clone()].concat()))) && n > 2 {
                    drop(d);
                }
            }
            Some((yield_!(r).len() as i64))
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
            'l1: for w in T("k2").items() {
                if r.is_empty() {
                    return f3(T::take(keep(T("v4"), 3)), (if w == 0 { String::from("xyz") } else { r.clone() }), f3(cap.lock(), r.clone(), cap.try_send(2)));
                }
                if (((r.clone()).len() % 2 == 0 || !(r.len() % 2 == 0)) || (!((String::from("x")).len() % 2 == 0) || (w >= 0 && (String::from("")).len() % 2 == 0))) {
                    panic!("p5");
                }
            }
            let mut fuel6 = 0;
            'l6: loop {
                fuel6 += 1;
                if fuel6 > 3 {
                    break 'l6;
                }
                'l7: for w in [[[r.clone(), String::from("hello")].concat(), [String::from("x"), String::from("x")].concat()].concat(), i2s((P { a: (r.len() as i64), b: r.clone() }).sum())] {
                    let b = t("t8", w.clone());
                    let mut e: String = w;
                    yield_!((if (T::id(&cap) > 2 || (r.clone()).len() % 2 == 0) { e } else { r.clone() }));
                }
                match cap.borrow() {
                    0 => {
                    }
                    n if n > 2 => {
                    }
                    _ => {
                    }
                }
            }
            t("t9", (P { a: T::id(&cap), b: String::from("x") }).sum())
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
            let c = [format!("{}-{}", (r.clone()), f3(3, r, cap.borrow())), yield_!(i2s(cap.borrow()))].concat();
            let c = (yield_!(t("t1", c)).len() as i64);
            'l2: for w in [t("t3", (if (String::from("hello")).len() % 2 == 0 { String::from("") } else { String::from("four") })), t("t4", t("t5", String::from("hello")))] {
                let b = 'b6: {
                    drop(T("v7"));
                    if (P { a: (w.len() as i64), b: String::from("ab") }).sum() > 5 {
                        break 'b6 (w.len() as i64);
                    }
                    (w.len() as i64)
                };
                let c = b;
                if (yield_!((if c == 1 { w.clone() } else { w })).len() as i64) == 1 {
                    panic!("p8");
                }
            }
            'l9: for w in [[String::from("x"), i2s(cap.borrow())].concat(), yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("") }))] {
                r = i2s(2);
                let Some(b) = opt(&w) else {
                    panic!("p10");
                };
            }
            let mut fuel11 = 0;
            'l11: while fuel11 < 2 && ((String::from("x")).is_empty() || (cap.lock() < 2 || (String::from("x")).len() % 2 == 0)) {
                fuel11 += 1;
                if (!(c == 0) || !(((String::from("")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0))) {
                    panic!("p12");
                }
                let mut e = i2s(cap.len());
            }
            'l13: for w in T("k14").items() {
                match T("k15").len() {
                    0 => {
                        if f3(Acc::new(2).add(T::id(&cap)).add(w).get(), yield_!(String::from("x")), (match c { 0 => w, n if n > 4 => n + 1, _ => w })) < 2 {
                            panic!("p16");
                        }
                        yield_!(format!("{}-{}", (String::from("ab")), (2 + w)));
                    }
                    n if n > 1 => {
                        let mut d: T = keep(T("v17"), (if !((String::from("")).len() % 2 == 0) { (n + 0) } else { (if (String::from("hello")).len() % 2 == 0 { w } else { cap.borrow() }) }));
                    }
                    n => {
                    }
                }
            }
            c
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut e = T("v1");
            if ((if r.len() % 2 == 0 { (r.len() as i64) } else { cap.borrow() }) - (match T::id(&cap) { 0 => cap.borrow(), n if n > 1 => n + 1, _ => 1 })) != 4 {
                panic!("p2");
            }
            let mut fuel3 = 0;
            'l3: while fuel3 < 2 && ((r.clone()).is_empty() || ((r.clone()).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0)) {
                fuel3 += 1;
                'l4: for w in 0..cap3(res(&(r.clone()))?) {
                    let b = 2;
                    yield_!([[String::from("hello"), r.clone()].concat(), String::from("xyz")].concat());
                    let mut c = T("v5");
                    e = T("v6");
                }
                'l7: for w in 0..cap3((if (r.len() % 2 == 0 || e.id() > 3) { Some(T("k8")).unwrap().id() } else { 2 })) {
                    let (mut c, a) = (T("v9"), t("t10", (r.len() as i64)));
                    drop(c);
                    let mut a = 3;
                }
                let e = T("v11");
                if ((!((String::from("hello")).len() % 2 == 0) || (r.len() % 2 == 0 && e.id() > 1)) && ((0 == 0 && r.len() % 2 == 0) || (r.len() % 2 == 0 && e.len() > 3))) {
                    return Err(yield_!(String::from("x")));
                }
            }
            Ok((if 5 >= 1 { 1 } else { (r.len() as i64) }))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if (P { a: 1, b: r.clone() }).sum() == 3 {
                u1 = (yield_!((if r.len() % 2 == 0 { r.clone() } else { String::from("xyz") })).len() as i64);
            } else {
                u1 = (yield_!(format!("{}-{}", (r), cap.try_send(0))).len() as i64);
            }
            'b2: {
                yield_!((if (String::from("xyz")).len() % 2 == 0 { [String::from("x"), String::from("ab")].concat() } else { format!("{}-{}", (String::from("x")), 2) }));
                if !(!(u1 == 2)) {
                    break 'b2;
                }
            }
            let f = String::from("");
            let c: String = format!("{}-{}", (format!("{}-{}", f, 1)), ((if f.len() % 2 == 0 { (f.len() as i64) } else { 1 }) * (f.len() as i64)));
            let mut fuel3 = 0;
            'l3: loop {
                fuel3 += 1;
                if fuel3 > 3 {
                    break 'l3;
                }
                if !((P { a: 4, b: String::from("ab") }).sum() >= 1) {
                    let mut a = t("t4", (P { a: Acc::new(cap.try_send(4)).add(u1).add(0).get(), b: i2s(u1) }).sum());
                    drop(T("v5"));
                }
                'l6: for w in 0..cap3((if (String::from("ab")).is_empty() { (if u1 > 3 { cap.id() } else { u1 }) } else { (yield_!(String::from("hello")).len() as i64) })) {
                    let b = keep(keep(T("v7"), cap.id()), Acc::new(Some(T("k8")).unwrap().id()).add(T("k9").into_n()).add((match u1 { 0 => u1, n if n > 2 => n + 1, _ => 5 })).get());
                    if u1 < 1 {
                        panic!("p10");
                    }
                    let e = yield_!(String::from("four"));
                    if (t("t11", e.clone())).is_empty() {
                        break 'l6;
                    }
                }
                if let Some(n) = T("k12").opt() {
                } else {
                }
            }
            (yield_!(String::from("four")).len() as i64)
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
            if (match T("k1").id() { 0 => Acc::new(cap.id()).add((r.len() as i64)).add((r.len() as i64)).get(), n if n > 0 => n + 1, _ => T("k2").len() }) >= 3 {
                panic!("p3");
            }
            let d = 'b4: {
                if !(((r.len() % 2 == 0 && T::id(&cap) != 0) || (cap.lock() >= 5 && cap.id() > 2))) {
                    panic!("p5");
                }
                'b6: {
                    if ((r).is_empty() || ((String::from("ab")).len() % 2 == 0 && cap.try_send(3) == 5)) {
                        panic!("p7");
                    }
                    let e = T("k8").into_n();
                    'l9: for w in 0..cap3((if (String::from("xyz")).len() % 2 == 0 { cap.id() } else { opt(&(String::from("")))? })) {
                        r = t("t10", i2s(t("t11", e)));
                        yield_!(format!("{}-{}", (r.clone()), (match w { 0 => w, n if n > 5 => n + 1, _ => e })));
                        drop(keep(T("v12"), opt(&(String::from("hello")))?));
                    }
                    if ((String::from("ab")).len() % 2 == 0 && (e != 2 && e == 0)) {
                        break 'b6;
                    }
                }
                if (match 4 { 0 => 3, n if n > 4 => n + 1, _ => 0 }) <= 1 {
                    break 'b4 T::take(cap);
                }
                Some(T("k13")).unwrap().id()
            };
            None
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
            let Some(d) = opt(&r) else {
                panic!("p1");
            };
            if T("k2").id() <= 3 {
                return cap.into_n();
            }
            let f = i2s((f3((r.len() as i64), r.clone(), d) + Acc::new(d).add(d).add(d).get()));
            if (((r.len() as i64) != 1 && (f.len() % 2 == 0 && f.len() % 2 == 0)) && t("t3", d) <= 2) {
                panic!("p4");
            }
            yield_!(f);
            let c = T("v5");
            let mut fuel6 = 0;
            let b = 'l6: loop {
                fuel6 += 1;
                if fuel6 > 3 {
                    break 'l6 t("t7", Acc::new((r.len() as i64)).add(c.id()).add(1).get());
                }
                'l8: for w in T("k9").items() {
                    yield_!(t("t10", [String::from("x"), String::from("ab")].concat()));
                    r = yield_!(String::from(""));
                    let (mut a, e) = (T("v11"), (P { a: w, b: yield_!([r.clone(), r.clone()].concat()) }).sum());
                }
            };
            Acc::new((match c.try_send(5) { 0 => 0, n if n > 1 => n + 1, _ => d })).add((yield_!(r).len() as i64)).add(c.borrow()).get()
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && !(!(r.len() % 2 == 0)) {
                fuel1 += 1;
                let a = [yield_!((if (r.len() as i64) <= 2 { String::from("x") } else { String::from("x") })), t("t2", t("t3", String::from("xyz")))].concat();
                if let Some(n) = opt(&a) {
                    let f = (yield_!(a).len() as i64);
                }
                let P { a: f, b: b } = P { a: (P { a: T("k4").into_n(), b: format!("{}-{}", r, t("t5", (r.len() as i64))) }).sum(), b: yield_!(t("t6", format!("{}-{}", (r.clone()), 1))) };
            }
            'b7: {
                drop(T("v8"));
                yield_!(i2s(cap.len()));
                'l9: for w in [r, yield_!(t("t10", String::from("xyz")))] {
                    if (w.len() % 2 == 0 || ((w.clone()).is_empty() && cap.len() >= 3)) {
                        return (w.len() as i64);
                    }
                    let mut fuel11 = 0;
                    'l11: while fuel11 < 1 && (!((w.len() as i64) < 2) && ((String::from("ab")).len() % 2 == 0 || w.len() % 2 == 0)) {
                        fuel11 += 1;
                        yield_!(w.clone());
                        let c = cap.len();
                    }
                }
                if cap.into_n() != 1 {
                    break 'b7;
                }
            }
             {
                let Some(a) = opt(&((if 0 > 5 { i2s(3) } else { (if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("ab") }) }))) else {
                    return (T::take(keep(T("v13"), 12)) + (yield_!(String::from("")).len() as i64));
                };
                'l14: for w in 0..cap3(a) {
                    yield_!((if !((String::from("x")).len() % 2 == 0) { format!("{}-{}", (String::from("x")), 3) } else { (if w <= 0 { String::from("x") } else { String::from("") }) }));
                    let f = (if Acc::new(w).add(0).add(w).get() < 0 { yield_!(t("t15", String::from("xyz"))) } else { yield_!(format!("{}-{}", (String::from("hello")), w)) });
                    if f.is_empty() {
                        break 'l14;
                    }
                    let mut fuel16 = 0;
                    'l16: while fuel16 < 3 && (!(w <= 4) && f.len() % 2 == 0) {
                        fuel16 += 1;
                        let f = Some(T("k17")).unwrap().id();
                        r = t("t18", yield_!([String::from("hello"), String::from("four")].concat()));
                        let mut d = T("v19");
                    }
                }
            }
            (if (String::from("")).len() % 2 == 0 { 5 } else { (P { a: 0, b: String::from("xyz") }).sum() })
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && r.is_empty() {
                fuel1 += 1;
                yield_!((if (cap.try_send(5) != 0 || r.len() % 2 == 0) { r.clone() } else { String::from("hello") }));
                r = [r.clone(), r.clone()].concat();
                let mut a = T("v2");
                if r.is_empty() {
                    panic!("p3");
                }
            }
            'l4: for w in 0..cap3(Some(T("k5")).unwrap().id()) {
                'l6: for w in [format!("{}-{}", (String::from("xyz")), T("k7").id()), yield_!(String::from("xyz"))] {
                    let mut a = t("t8", String::from(""));
                    yield_!(a);
                }
                if (r.len() % 2 == 0 || r.is_empty()) {
                    return Ok(1);
                }
                yield_!(i2s(cap.borrow()));
                let mut fuel9 = 0;
                'l9: while fuel9 < 2 && (if 4 < 0 { w } else { (r.len() as i64) }) == 3 {
                    fuel9 += 1;
                    drop(T("v10"));
                    yield_!((if (r.clone()).len() % 2 == 0 { [String::from("four"), r.clone()].concat() } else { (if 4 <= 2 { String::from("x") } else { r.clone() }) }));
                    let mut c: i64 = (P { a: cap.len(), b: [String::from("hello"), format!("{}-{}", (r.clone()), (r.len() as i64))].concat() }).sum();
                    yield_!((if ((String::from("xyz")).len() % 2 == 0 && (r.len() as i64) > 5) { r.clone() } else { (if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { String::from("x") }) }));
                }
            }
            let mut fuel12 = 0;
            let f = 'l12: loop {
                fuel12 += 1;
                if fuel12 > 2 {
                    break 'l12 (T::id(&cap) + T("k13").id());
                }
            };
            Ok(f3(f3(3, r.clone(), (r.len() as i64)), r, f))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if r.len() % 2 == 0 {
                let mut fuel2 = Vec::from([Acc::new(keep(T("v4"), 3).take()).add(Acc::new(1).add(1).add((r.len() as i64)).get()).add(((r.len() as i64) * (r.len() as i64))).get(), Acc::new((if (String::from("xyz")).len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) })).add(res(&(String::from("four")))?).add(t("t5", 3)).get()]);
                'l2: while let Some(w) = fuel2.pop() {
                    consume(T("v6"));
                    yield_!(i2s(T::take(keep(T("v8"), 7))));
                    let c = res(&r)?;
                }
            }
            let mut fuel9 = 0;
            let e = 'l9: loop {
                fuel9 += 1;
                if fuel9 > 2 {
                    break 'l9 (if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { (P { a: 2, b: String::from("") }).sum() });
                }
                let u10: i64;
                if !((r.clone()).len() % 2 == 0) {
                    u10 = (r.len() as i64);
                } else {
                    u10 = T::take(keep(keep(T("v12"), (r.len() as i64)), 11));
                }
                consume(keep(T("v13"), Acc::new(u10).add(t("t14", u10)).add(((r.len() as i64) + u10)).get()));
                if let Some(n) = opt(&(yield_!(t("t15", String::from("hello"))))) {
                    let c = (yield_!((if ((String::from("")).len() % 2 == 0 && r.len() % 2 == 0) { (if u10 > 1 { String::from("xyz") } else { r.clone() }) } else { [String::from("hello"), String::from("four")].concat() })).len() as i64);
                    r = yield_!(format!("{}-{}", r, ((r.len() as i64) - c)));
                } else if (r.clone()).is_empty() {
                    if (!(u10 > 4) || ((r.len() as i64) - 4) < 4) {
                        return Ok((r.len() as i64));
                    }
                }
            };
            Err(format!("{}-{}", (r.clone()), T("k16").len()))
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && ((cap.borrow() == 1 && cap.borrow() != 1) || (r.clone()).is_empty()) {
                fuel1 += 1;
                let mut fuel2 = Vec::from([(match (r.len() as i64) { 0 => opt(&r)?, n if n > 1 => n + 1, _ => t("t3", (r.len() as i64)) }), (P { a: f3(1, r.clone(), 2), b: t("t4", String::from("xyz")) }).sum()]);
                'l2: while let Some(w) = fuel2.pop() {
                    drop(T("v5"));
                    if cap.lock() < 4 {
                        return None;
                    }
                    let c: T = T("v6");
                    drop(T("v7"));
                }
                'l8: for w in 0..cap3(t("t9", f3((r.len() as i64), String::from("ab"), cap.lock()))) {
                    yield_!(i2s(T::take(keep(T("v11"), 10))));
                    r = yield_!(i2s((match w { 0 => w, n if n > 0 => n + 1, _ => 3 })));
                    yield_!([format!("{}-{}", (r.clone()), w), (if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
                    if ((r.clone()).len() % 2 == 0 && (5 != 2 && (r.clone()).len() % 2 == 0)) {
                        return Some(f3(opt(&(String::from("four")))?, (if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { r.clone() }), (P { a: w, b: String::from("") }).sum()));
                    }
                }
                let e = 'b12: {
                    let mut c = T("v13");
                    let d = (P { a: c.id(), b: (if !(r.len() % 2 == 0) { yield_!(String::from("four")) } else { (if (r.len() as i64) != 3 { String::from("four") } else { String::from("ab") }) }) }).sum();
                    if (r.clone()).is_empty() {
                        break 'b12 d;
                    }
                    (match (yield_!(String::from("xyz")).len() as i64) { 0 => (match d { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => d }), n if n > 5 => n + 1, _ => c.into_n() })
                };
                let u14: i64;
                if r.is_empty() {
                    u14 = (T::take(keep(T("v16"), 15)) + cap.try_send(0));
                } else {
                    u14 = 1;
                }
            }
            let mut b = cap;
            if !((String::from("ab")).is_empty()) {
            } else if (b.try_send(1) >= 5 || (b.lock() > 1 && (r.clone()).len() % 2 == 0)) {
            } else {
            }
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
                'l4: for w in [yield_!(format!("{}-{}", (String::from("four")), b.id())), [i2s(u1), yield_!(String::from("four"))].concat()] {
                    r = String::from("four");
                    let u5: i64;
                    if !((r.len() % 2 == 0 && !(2 != 5))) {
                        u5 = f3((P { a: u1, b: w.clone() }).sum(), format!("{}-{}", r, u1), (match (w.len() as i64) { 0 => 5, n if n > 4 => n + 1, _ => 4 }));
                    } else {
                        u5 = Acc::new(t("t6", u1)).add(res(&(String::from("xyz")))?).add((match u1 { 0 => u1, n if n > 4 => n + 1, _ => b.borrow() })).get();
                    }
                    yield_!([(if (w.len() as i64) >= 0 { String::from("hello") } else { String::from("x") }), t("t7", w)].concat());
                }
            }
            yield_!(i2s(f3(b.id(), String::from(""), u1)));
            let mut fuel8 = 0;
            'l8: while fuel8 < 3 && (((String::from("x")).len() % 2 == 0 && u1 > 0) && (String::from("xyz")).is_empty()) {
                fuel8 += 1;
                'b9: {
                    if 3 == 2 {
                        break 'b9;
                    }
                }
            }
            Ok(res(&(String::from("four")))?)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            let mut fuel2 = Vec::from([T::id(&cap), t("t3", t("t4", cap.lock()))]);
            'l2: while let Some(w) = fuel2.pop() {
                'b5: {
                    let mut e = (match t("t6", 2) { 0 => Acc::new(2).add((if 3 > 0 { 0 } else { w })).add(5).get(), n if n > 1 => n + 1, _ => (T("k7").into_n() - Acc::new(w).add(w).add(w).get()) });
                    let e = T("v8");
                    let mut fuel9 = Vec::from([(yield_!(String::from("")).len() as i64), (r.len() as i64)]);
                    'l9: while let Some(w) = fuel9.pop() {
                    }
                    if (((r.clone()).len() % 2 == 0 && e.lock() >= 0) || (w != 2 && r.len() % 2 == 0)) {
                        break 'b5;
                    }
                }
            }
            Ok((if r.len() % 2 == 0 { d.lock() } else { (r.len() as i64) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in T("k2").items() {
                 {
                    'l3: for w in T("k4").items() {
                        let mut a = (match (yield_!((if r.len() % 2 == 0 { String::from("") } else { String::from("ab") })).len() as i64) { 0 => (P { a: (if r.len() % 2 == 0 { (r.len() as i64) } else { w }), b: format!("{}-{}", (r.clone()), w) }).sum(), n if n > 4 => n + 1, _ => T("k5").id() });
                        let mut a = a;
                        let mut d = w;
                    }
                    if (match T::take(keep(T("v7"), 6)) { 0 => w, n if n > 5 => n + 1, _ => opt(&(r.clone()))? }) == 3 {
                        return Some((4 - (1 + w)));
                    }
                }
                let u8: i64;
                if w <= 5 {
                    u8 = (yield_!([String::from("hello"), r.clone()].concat()).len() as i64);
                } else {
                    u8 = opt(&(String::from("ab")))?;
                }
                let [c, _, _] = [(yield_!([[String::from("x"), r.clone()].concat(), String::from("four")].concat()).len() as i64), (if !(!(2 < 1)) { ((match cap.try_send(0) { 0 => cap.lock(), n if n > 0 => n + 1, _ => u8 }) + Some(T("k9")).unwrap().id()) } else { w }), T("k10").id()];
                yield_!(String::from("xyz"));
            }
            let d = T::id(&cap);
            yield_!(String::from("ab"));
            yield_!(i2s(d));
            let mut fuel11 = 0;
            'l11: while fuel11 < 1 && !(T::id(&cap) < 2) {
                fuel11 += 1;
                drop(T("v12"));
                let u13: i64;
                if ((if d <= 1 { r.clone() } else { String::from("") })).is_empty() {
                    u13 = (if !(r.len() % 2 == 0) { (r.len() as i64) } else { (r.len() as i64) });
                } else {
                    u13 = (T("k14").into_n() + (1 - (r.len() as i64)));
                }
                'l15: for w in 0..cap3(T::take(keep(T("v17"), 16))) {
                    r = (if r.is_empty() { format!("{}-{}", r, (match T::id(&cap) { 0 => u13, n if n > 2 => n + 1, _ => cap.borrow() })) } else { yield_!([String::from("xyz"), r.clone()].concat()) });
                    if (t("t18", (r.len() as i64)) < 0 || ((r.len() % 2 == 0 || 1 <= 3) && ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0))) {
                        return Some(T("k19").into_n());
                    }
                }
                if let Some(n) = opt(&(t("t20", String::from("hello")))) {
                    yield_!((if r.len() % 2 == 0 { r.clone() } else { t("t21", r.clone()) }));
                }
            }
            'b22: {
                if let Some(n) = opt(&(r)) && n > 2 {
                } else {
                }
                if (P { a: d, b: String::from("hello") }).sum() != 0 {
                    break 'b22;
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
mod p096 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [b, _, _] = [T::take(keep(T("v2"), 1)), t("t3", (if r.len() % 2 == 0 { (if r.len() % 2 == 0 { 2 } else { 1 }) } else { t("t4", 2) })), (((r.len() as i64) + opt(&(String::from("hello")))?) * T("k5").id())];
            match T("k6").len() {
                0 => {
                     {
                        let Some(c) = opt(&(yield_!(t("t7", r.clone())))) else {
                            return None;
                        };
                        yield_!(r);
                    }
                    yield_!(i2s(f3(cap.len(), String::from("four"), cap.len())));
                    let u8: i64;
                    if (((b < 0 || b == 0) && (String::from("xyz")).len() % 2 == 0) && (String::from("ab")).len() % 2 == 0) {
                        u8 = opt(&(String::from("ab")))?;
                    } else {
                        u8 = opt(&(String::from("xyz")))?;
                    }
                }
                n if n > 2 => {
                     {
                        yield_!(format!("{}-{}", r, t("t9", n)));
                    }
                }
                n => {
                }
            }
            Some(f3(T("k10").id(), i2s(5), T::take(keep(T("v12"), 11))))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && Some(T("k2")).unwrap().id() > 3 {
                fuel1 += 1;
                 {
                    drop(T("v3"));
                    'l4: for w in [format!("{}-{}", (r.clone()), f3(cap.try_send(0), r.clone(), T::id(&cap))), (if (r.clone()).is_empty() { yield_!(String::from("hello")) } else { String::from("ab") })] {
                        consume(T("v5"));
                        if (!(((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) && w.is_empty()) {
                            panic!("p6");
                        }
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
mod p098 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [format!("{}-{}", (r), (P { a: cap.borrow(), b: String::from("xyz") }).sum()), String::from("hello")] {
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && !(!((w.len() as i64) == 4)) {
                    fuel2 += 1;
                    let a = format!("{}-{}", ((if (w.len() as i64) == 0 { w.clone() } else { String::from("four") })), Acc::new(t("t3", (w.len() as i64))).add(Some(T("k4")).unwrap().id()).add(T::take(keep(T("v6"), 5))).get());
                    r = format!("{}-{}", ((if cap.try_send(3) < 0 { String::from("x") } else { w.clone() })), res(&a)?);
                    let P { a: f, b: a } = P { a: f3(Acc::new((yield_!(w.clone()).len() as i64)).add((cap.borrow() - (a.len() as i64))).add((w.len() as i64)).get(), [yield_!(String::from("x")), a.clone()].concat(), (P { a: cap.lock(), b: format!("{}-{}", r, cap.borrow()) }).sum()), b: (if (!((r.len() as i64) != 2) || r.len() % 2 == 0) { [[a, w.clone()].concat(), (if r.len() % 2 == 0 { w.clone() } else { w.clone() })].concat() } else { i2s(T("k7").id()) }) };
                    r = a;
                }
                'b8: {
                    'b9: {
                        drop(keep(keep(T("v10"), (0 * (w.len() as i64))), (w.len() as i64)));
                        let mut f = yield_!(String::from("ab"));
                        if (f.len() as i64) != 3 {
                            break 'b9;
                        }
                    }
                    if t("t11", cap.id()) < 4 {
                        break 'b8;
                    }
                }
                yield_!(String::from("x"));
            }
            let P { a: e, b: a } = P { a: (cap.borrow() * (if !(cap.id() < 4) { res(&(String::from("four")))? } else { res(&(String::from("x")))? })), b: i2s((cap.into_n() + (yield_!(String::from("x")).len() as i64))) };
            let mut f = a.clone();
            'l12: for w in T("k13").items() {
                let mut fuel14 = Vec::from([(if f.len() % 2 == 0 { 4 } else { (if f.len() % 2 == 0 { (f.len() as i64) } else { w }) }), e]);
                'l14: while let Some(w) = fuel14.pop() {
                    f = t("t15", yield_!(a.clone()));
                    yield_!([i2s(e), i2s((f.len() as i64))].concat());
                }
                let b = yield_!(format!("{}-{}", a, e));
                let P { a: b, b: c } = P { a: (match res(&(b))? { 0 => (match (P { a: (f.len() as i64), b: f.clone() }).sum() { 0 => f3(1, f.clone(), (f.len() as i64)), n if n > 3 => n + 1, _ => T::take(keep(T("v17"), 16)) }), n if n > 2 => n + 1, _ => w }), b: a.clone() };
            }
            let mut fuel18 = Vec::from([f3(T("k19").into_n(), t("t20", String::from("four")), (a.len() as i64)), (T("k21").into_n() - e)]);
            'l18: while let Some(w) = fuel18.pop() {
                let mut d = Acc::new((T("k22").id() - (P { a: (f.len() as i64), b: String::from("ab") }).sum())).add((yield_!([a.clone(), a.clone()].concat()).len() as i64)).add((P { a: (P { a: 1, b: String::from("hello") }).sum(), b: yield_!(a.clone()) }).sum()).get();
                let Some(c) = opt(&a) else {
                    return Err(f.clone());
                };
                let mut fuel23 = Vec::from([(a.len() as i64), (match e { 0 => (f.len() as i64), n if n > 1 => n + 1, _ => f3(w, f.clone(), c) })]);
                'l23: while let Some(w) = fuel23.pop() {
                }
            }
            Err(t("t24", String::from("xyz")))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => cap.len() }) > 5 && ((r.len() % 2 == 0 || (r.len() as i64) >= 4) || (String::from("four")).is_empty())) {
                panic!("p1");
            }
            if ((!((String::from("")).len() % 2 == 0) || (4 != 3 || (r).len() % 2 == 0)) || !((5 >= 2 && cap.len() > 1))) {
                return (match 0 { 0 => (cap.try_send(0) + T::id(&cap)), n if n > 1 => n + 1, _ => T::take(keep(T("v3"), 2)) });
            }
            let e = keep(T("v4"), (if cap.lock() < 2 { (yield_!(String::from("")).len() as i64) } else { (1 - cap.try_send(2)) }));
            let mut e = String::from("x");
            if let Some(n) = T("k5").opt() {
                if (!(cap.try_send(0) > 5) && (match cap.borrow() { 0 => (e.len() as i64), n if n > 2 => n + 1, _ => (e.len() as i64) }) >= 5) {
                    panic!("p6");
                }
            } else if ((String::from("xyz")).len() % 2 == 0 && e.is_empty()) {
                let mut fuel7 = 0;
                let a = 'l7: loop {
                    fuel7 += 1;
                    if fuel7 > 2 {
                        break 'l7 (if ((e.clone()).len() % 2 == 0 || e.len() % 2 == 0) { T("k8").into_n() } else { (match (e.len() as i64) { 0 => (e.len() as i64), n if n > 2 => n + 1, _ => T::id(&cap) }) });
                    }
                };
            } else {
            }
            0
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [format!("{}-{}", (r), T::take(cap)), yield_!(t("t2", String::from("x")))] {
                let u3: i64;
                if w.is_empty() {
                    u3 = Acc::new(keep(T("v5"), 4).take()).add(4).add((P { a: 1, b: w }).sum()).get();
                } else {
                    u3 = Acc::new((w.len() as i64)).add(((w.len() as i64) + 5)).add((match (w.len() as i64) { 0 => (w.len() as i64), n if n > 4 => n + 1, _ => 1 })).get();
                }
                let b = 'b6: {
                    if let Some(n) = opt(&(String::from("xyz"))) && n > 1 {
                        r = format!("{}-{}", (String::from("hello")), n);
                        let P { a: e, b: a } = P { a: (u3 + (r.len() as i64)), b: yield_!(r.clone()) };
                        let (mut d, c) = (T("v7"), (if u3 > 2 { (P { a: (P { a: (r.len() as i64), b: String::from("hello") }).sum(), b: (if (String::from("x")).len() % 2 == 0 { r.clone() } else { a }) }).sum() } else { n }));
                    } else if (!(u3 != 4) || !(u3 != 5)) {
                        if ((String::from("hello")).is_empty() && ((String::from("x")).is_empty() && (String::from("ab")).is_empty())) {
                            return (P { a: T("k8").into_n(), b: yield_!(String::from("four")) }).sum();
                        }
                        r = (if (!((String::from("x")).len() % 2 == 0) && (String::from("")).is_empty()) { yield_!(String::from("four")) } else { [t("t9", String::from("ab")), yield_!(String::from("x"))].concat() });
                        let a = T("v10");
                    } else {
                        yield_!((if (String::from("four")).is_empty() { [String::from("hello"), String::from("hello")].concat() } else { String::from("ab") }));
                    }
                    let b = (if (String::from("hello")).is_empty() { yield_!(String::from("x")) } else { yield_!((if (String::from("ab")).len() % 2 == 0 { String::from("hello") } else { String::from("x") })) });
                    if (((b.len() as i64) != 2 && u3 == 0) || ((b.len() as i64) != 3 || (String::from("")).len() % 2 == 0)) {
                        break 'b6 3;
                    }
                    u3
                };
                let mut c = (if (String::from("four")).is_empty() { String::from("four") } else { yield_!((if b == 3 { String::from("x") } else { String::from("four") })) });
            }
            yield_!(t("t11", (if 3 >= 4 { String::from("xyz") } else { String::from("four") })));
            if ((if 0 <= 4 { String::from("ab") } else { String::from("xyz") })).is_empty() {
                yield_!([(if 3 != 1 { String::from("four") } else { String::from("xyz") }), format!("{}-{}", (String::from("x")), 3)].concat());
                if T("k12").id() == 2 {
                    panic!("p13");
                }
            } else if ((String::from("xyz")).len() % 2 == 0 || (String::from("ab")).is_empty()) {
            }
            T("k14").id()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (String::from("hello")).is_empty() {
                fuel1 += 1;
                drop(T("v2"));
                let mut b: i64 = f3(f3((match (r.len() as i64) { 0 => T::id(&cap), n if n > 2 => n + 1, _ => 0 }), yield_!(String::from("x")), T::take(keep(T("v4"), 3))), (if ((r.len() as i64) != 5 || (r.clone()).len() % 2 == 0) { String::from("hello") } else { r.clone() }), (match (yield_!(r.clone()).len() as i64) { 0 => t("t5", (r.len() as i64)), n if n > 2 => n + 1, _ => (if (String::from("ab")).len() % 2 == 0 { cap.lock() } else { (r.len() as i64) }) }));
                let u6: i64;
                if r.is_empty() {
                    u6 = t("t7", Acc::new(b).add(T::id(&cap)).add(cap.lock()).get());
                } else {
                    u6 = b;
                }
            }
            if let Some(n) = opt(&(String::from("xyz"))) && n > 5 {
                let mut fuel8 = 0;
                'l8: while fuel8 < 1 && ((r.len() % 2 == 0 && n < 2) || (n > 4 && (r.clone()).len() % 2 == 0)) {
                    fuel8 += 1;
                    yield_!(r.clone());
                    let [c, _, _] = [T::id(&cap), Acc::new(n).add(n).add((if !(cap.id() == 2) { (r.len() as i64) } else { (yield_!(r.clone()).len() as i64) })).get(), (if r.len() % 2 == 0 { f3(cap.lock(), t("t9", r.clone()), (r.len() as i64)) } else { res(&(r.clone()))? })];
                    yield_!([r.clone(), i2s(n)].concat());
                }
                yield_!(format!("{}-{}", r, 4));
                let u10: i64;
                if (yield_!(r.clone())).len() % 2 == 0 {
                    u10 = (P { a: (match cap.id() { 0 => cap.borrow(), n if n > 4 => n + 1, _ => n }), b: t("t11", String::from("hello")) }).sum();
                } else {
                    u10 = res(&r)?;
                }
            }
            if let Some(n) = T("k12").opt() {
                if (!(((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) && ((r.len() % 2 == 0 && n >= 3) && (r.len() % 2 == 0 && (r.len() as i64) == 4))) {
                    return Ok(n);
                }
            }
            yield_!((if !((r.len() as i64) != 0) { [r.clone(), r].concat() } else { format!("{}-{}", r, cap.id()) }));
            'l13: for w in T("k14").items() {
                let mut d = [String::from("four"), (if ((String::from("hello")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) { String::from("xyz") } else { i2s(T::id(&cap)) })].concat();
                if t("t15", res(&(d.clone()))?) == 3 {
                    panic!("p16");
                }
                if let Some(n) = T("k17").opt() {
                }
            }
            Ok(Acc::new(res(&(String::from("hello")))?).add((T::id(&cap) + 3)).add(T::take(keep(T("v19"), 18))).get())
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
            if let Some(n) = opt(&r) && n > 0 {
                if let Some(n) = opt(&r) {
                    if (r.len() % 2 == 0 || keep(T("v2"), 1).take() != 4) {
                        return cap.len();
                    }
                    r = yield_!(i2s(f3((r.len() as i64), String::from("four"), n)));
                } else if (!(r.len() % 2 == 0) || !(n <= 5)) {
                    yield_!(r.clone());
                } else if (((String::from("ab")).len() % 2 == 0 && (r.clone()).len() % 2 == 0) && !((r.clone()).len() % 2 == 0)) {
                    yield_!([i2s(n), [r.clone(), String::from("four")].concat()].concat());
                    if (!(((r.len() as i64) == 1 && r.len() % 2 == 0)) && ((n != 4 || 1 != 3) && r.len() % 2 == 0)) {
                        return (match cap.into_n() { 0 => n, n if n > 0 => n + 1, _ => n });
                    }
                }
            } else if r.is_empty() {
                let u3: i64;
                if cap.len() >= 1 {
                    u3 = cap.lock();
                } else {
                    u3 = (P { a: (match (r.len() as i64) { 0 => cap.try_send(3), n if n > 0 => n + 1, _ => 1 }), b: r }).sum();
                }
                yield_!(format!("{}-{}", (String::from("ab")), (P { a: 5, b: String::from("xyz") }).sum()));
                let e: T = keep(T("v4"), (P { a: T::id(&cap), b: format!("{}-{}", (String::from("ab")), cap.id()) }).sum());
            }
            'l5: for w in T("k6").items() {
                let mut d = w;
                'b7: {
                    let Some(c) = opt(&(t("t8", format!("{}-{}", (String::from("ab")), d)))) else {
                        return w;
                    };
                     {
                    }
                    if ((d != 3 || (String::from("")).len() % 2 == 0) && (String::from("")).len() % 2 == 0) {
                        break 'b7;
                    }
                }
            }
            (match (yield_!(String::from("")).len() as i64) { 0 => (1 + 5), n if n > 0 => n + 1, _ => (if 0 != 4 { 1 } else { 4 }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((r).is_empty()) {
                return Some(1);
            }
            'l1: for w in 0..cap3(f3(T("k2").id(), yield_!(String::from("ab")), (if cap.id() <= 1 { 1 } else { 2 }))) {
                'l3: for w in 0..cap3(keep(keep(T("v5"), w), 4).take()) {
                    consume(T("v6"));
                    yield_!(t("t7", [String::from("ab"), String::from("four")].concat()));
                    let c = T("v8");
                    yield_!([i2s(0), format!("{}-{}", (String::from("ab")), w)].concat());
                }
                'l9: for w in 0..cap3((match keep(T("v11"), 10).take() { 0 => (match w { 0 => 4, n if n > 1 => n + 1, _ => w }), n if n > 3 => n + 1, _ => Acc::new(0).add(cap.id()).add(w).get() })) {
                    let mut f = ((match w { 0 => T::take(keep(T("v13"), 12)), n if n > 0 => n + 1, _ => T::take(keep(T("v15"), 14)) }) + f3(T::id(&cap), i2s(w), (P { a: w, b: String::from("x") }).sum()));
                    let f = T("v16");
                    r = format!("{}-{}", (i2s(w)), cap.lock());
                }
                let d = (yield_!(i2s((if (String::from("x")).len() % 2 == 0 { cap.id() } else { cap.id() }))).len() as i64);
            }
            consume(keep(T("v17"), Acc::new(f3(4, String::from("ab"), 2)).add((P { a: 3, b: String::from("") }).sum()).add((yield_!(String::from("ab")).len() as i64)).get()));
            let Some(a) = opt(&(format!("{}-{}", (String::from("hello")), (3 + cap.id())))) else {
                return None;
            };
            let a = T("v18");
            yield_!(String::from("xyz"));
            let Some(c) = opt(&(yield_!(t("t19", String::from("hello"))))) else {
                return Some(T("k20").id());
            };
            let mut fuel21 = 0;
            'l21: while fuel21 < 1 && (String::from("")).is_empty() {
                fuel21 += 1;
            }
            Some((match t("t22", c) { 0 => (P { a: cap.len(), b: String::from("four") }).sum(), n if n > 4 => n + 1, _ => Acc::new(c).add(cap.borrow()).add(c).get() }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if ((r.len() as i64) > 4 && (r).len() % 2 == 0) {
                panic!("p1");
            }
            yield_!((if (String::from("")).is_empty() { format!("{}-{}", (String::from("four")), 0) } else { [String::from("four"), String::from("four")].concat() }));
            let mut fuel2 = Vec::from([2, Acc::new(T("k3").id()).add(cap.into_n()).add((yield_!(String::from("x")).len() as i64)).get()]);
            'l2: while let Some(w) = fuel2.pop() {
                 {
                    'l4: for w in 0..cap3((P { a: Acc::new(w).add(w).add(2).get(), b: yield_!(String::from("x")) }).sum()) {
                        yield_!(i2s(t("t5", w)));
                        r = i2s(w);
                        r = yield_!((if (5 >= 3 && w < 0) { [r.clone(), String::from("x")].concat() } else { i2s(w) }));
                    }
                    'l6: for w in 0..cap3(T("k7").len()) {
                        let mut a = format!("{}-{}", (String::from("four")), opt(&(String::from("four")))?);
                        yield_!(a.clone());
                        let [c, _, _] = [(match 4 { 0 => t("t8", w), n if n > 1 => n + 1, _ => w }), (a.len() as i64), 2];
                        yield_!(String::from("xyz"));
                    }
                }
                yield_!((if !(w == 0) { String::from("") } else { t("t9", String::from("x")) }));
            }
            Some((match t("t10", 2) { 0 => (0 + 0), n if n > 4 => n + 1, _ => (if (String::from("xyz")).len() % 2 == 0 { 4 } else { 4 }) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3((4 + f3((r.len() as i64), r.clone(), (r.len() as i64)))) {
                let mut f = yield_!((if ((r.clone()).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) { t("t2", String::from("hello")) } else { format!("{}-{}", (String::from("four")), w) }));
                if r.len() % 2 == 0 {
                    return Some(w);
                }
            }
            let Some(a) = opt(&(r)) else {
                return Some(cap.try_send(2));
            };
            let u3: i64;
            if ((yield_!(String::from("four")).len() as i64) > 2 && T("k4").id() != 0) {
                u3 = f3((4 + a), [String::from("ab"), String::from("xyz")].concat(), 0);
            } else {
                u3 = (P { a: 5, b: yield_!(String::from("four")) }).sum();
            }
            let Some(a) = opt(&((if !(u3 >= 3) { String::from("x") } else { yield_!(String::from("")) }))) else {
                return None;
            };
             {
                let f: String = t("t5", yield_!(format!("{}-{}", (String::from("")), T::id(&cap))));
            }
            match a {
                0 => {
                    'l6: for w in T("k7").items() {
                        let [e, _, _] = [(match f3(T("k8").into_n(), yield_!(String::from("hello")), (yield_!(String::from("x")).len() as i64)) { 0 => (P { a: f3(a, String::from("hello"), cap.borrow()), b: format!("{}-{}", (String::from("ab")), w) }).sum(), n if n > 1 => n + 1, _ => (if ((String::from("")).len() % 2 == 0 || cap.id() >= 3) { Acc::new(w).add(u3).add(1).get() } else { u3 }) }), f3(opt(&(String::from("hello")))?, (if cap.lock() > 4 { String::from("x") } else { yield_!(String::from("hello")) }), opt(&(String::from("x")))?), f3(((a + w) + T("k9").id()), String::from("four"), T("k10").id())];
                        r = yield_!([t("t11", String::from("x")), [String::from("x"), String::from("four")].concat()].concat());
                        yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v13"), 12))));
                        let mut e = T("v14");
                    }
                }
                n if n > 3 => {
                    yield_!(String::from("ab"));
                }
                _ => {
                    if cap.lock() != 0 {
                        panic!("p15");
                    }
                    'l16: for w in [(if (u3 >= 1 || (String::from("four")).len() % 2 == 0) { [String::from("four"), String::from("hello")].concat() } else { t("t17", String::from("ab")) }), String::from("hello")] {
                        let d = T("v18");
                        let c = T("v19");
                    }
                }
            }
            Some((if a >= 5 { Acc::new(u3).add(a).add(2).get() } else { (if 0 != 2 { u3 } else { u3 }) }))
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
            if !((!(cap.id() != 2) || !((r).len() % 2 == 0))) {
                panic!("p1");
            }
            if (t("t2", 0) <= 2 && T::take(cap) <= 2) {
                panic!("p3");
            }
            let u4: i64;
            if (String::from("xyz")).len() % 2 == 0 {
                u4 = f3((match 4 { 0 => 1, n if n > 2 => n + 1, _ => 0 }), [String::from("ab"), String::from("x")].concat(), f3(4, String::from("x"), 3));
            } else {
                u4 = (keep(T("v6"), 5).take() + T::take(keep(T("v8"), 7)));
            }
            yield_!(String::from("ab"));
            let [c, _, _] = [t("t9", T("k10").id()), 5, (match t("t11", T::take(keep(T("v13"), 12))) { 0 => T::take(keep(T("v15"), 14)), n if n > 5 => n + 1, _ => (if (String::from("hello")).is_empty() { (P { a: u4, b: String::from("ab") }).sum() } else { (4 + 2) }) })];
            let mut fuel16 = 0;
            'l16: while fuel16 < 3 && (c != 2 || ((String::from("x")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0)) {
                fuel16 += 1;
            }
            Ok(((yield_!(String::from("four")).len() as i64) + (yield_!(String::from("")).len() as i64)))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in T("k2").items() {
                let e = 0;
                let mut fuel3 = 0;
                'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 1 {
                        break 'l3;
                    }
                    yield_!(String::from("xyz"));
                    let mut b = keep(keep(T("v4"), f3(cap.borrow(), r.clone(), (r.len() as i64))), T("k5").id());
                    drop(keep(b, e));
                    let mut c = (r.len() as i64);
                }
            }
            if let Some(n) = opt(&r) && n > 3 {
                'l6: for w in T("k7").items() {
                    let c = n;
                    yield_!(i2s(opt(&r)?));
                }
            } else {
                if !((r).is_empty()) {
                    let a = t("t8", Acc::new(opt(&(String::from("")))?).add((if 5 < 2 { 0 } else { T::id(&cap) })).add(f3(0, String::from("ab"), 5)).get());
                    if ((String::from("x")).len() % 2 == 0 || (a >= 3 || (String::from("hello")).is_empty())) {
                        return Some(cap.id());
                    }
                } else if (5 + 0) < 4 {
                    consume(T("v9"));
                } else {
                    r = String::from("hello");
                }
                let Some(f) = opt(&((if ((String::from("x")).len() % 2 == 0 || cap.id() == 0) { (if (String::from("x")).len() % 2 == 0 { String::from("four") } else { String::from("x") }) } else { String::from("ab") }))) else {
                    panic!("p10");
                };
            }
            if ((String::from("ab")).len() % 2 == 0 || ((String::from("four")).len() % 2 == 0 && (cap.len() >= 3 && 1 < 5))) {
                panic!("p11");
            }
            if let Some(n) = opt(&(i2s(t("t12", cap.borrow())))) && n > 1 {
                if (!((String::from("hello")).is_empty()) && ((String::from("xyz")).len() % 2 == 0 || cap.lock() != 1)) {
                    panic!("p13");
                }
                let u14: i64;
                if (!(n >= 1) || ((cap.borrow() >= 5 && n <= 0) && 1 < 4)) {
                    u14 = Acc::new(n).add(opt(&(String::from("")))?).add(opt(&(String::from("ab")))?).get();
                } else {
                    u14 = t("t15", t("t16", n));
                }
            } else if !((1 <= 0 && 1 == 5)) {
            }
            Some(T("k17").id())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(format!("{}-{}", r, (if r.len() % 2 == 0 { T::id(&cap) } else { (r.len() as i64) })));
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1;
                }
                let u2: i64;
                if !(!((r.clone()).is_empty())) {
                    u2 = f3(cap.len(), format!("{}-{}", (r.clone()), cap.id()), (r.len() as i64));
                } else {
                    u2 = 3;
                }
                'l3: for w in 0..cap3((yield_!(format!("{}-{}", r, u2)).len() as i64)) {
                    yield_!(i2s(T::take(keep(T("v5"), 4))));
                    r = r.clone();
                }
                match u2 {
                    0 => {
                        yield_!(i2s((r.len() as i64)));
                        yield_!(format!("{}-{}", (r.clone()), f3((r.len() as i64), r.clone(), u2)));
                        yield_!((if (cap.try_send(1) != 4 || u2 != 2) { (if r.len() % 2 == 0 { String::from("ab") } else { String::from("ab") }) } else { format!("{}-{}", r, u2) }));
                    }
                    n if n > 4 => {
                    }
                    _ => {
                    }
                }
            }
            Ok((if r.is_empty() { T::take(cap) } else { (P { a: 0, b: String::from("hello") }).sum() }))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            r = yield_!([i2s(5), [String::from(""), r.clone()].concat()].concat());
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            drop(cap);
            let b: i64 = T("k2").len();
            if let Some(n) = opt(&r) && n > 1 {
                if (yield_!(String::from("x"))).len() % 2 == 0 {
                    panic!("p3");
                }
            } else if (r).len() % 2 == 0 {
                'l4: for w in [(if !((String::from("xyz")).len() % 2 == 0) { String::from("ab") } else { yield_!(String::from("x")) }), t("t5", yield_!(String::from("x")))] {
                    let d: T = T("v6");
                    let mut d = d;
                    let b = f3(d.into_n(), yield_!(w.clone()), (yield_!(String::from("four")).len() as i64));
                    d = T("v7");
                }
                let e = 'b8: {
                    if let Some(n) = opt(&(format!("{}-{}", (String::from("x")), keep(T("v10"), 9).take()))) && n > 0 {
                        if !((!(1 == 0) || !((String::from("xyz")).len() % 2 == 0))) {
                            break 'b8 3;
                        }
                        yield_!(String::from("xyz"));
                        let c: String = (if T("k11").id() >= 1 { format!("{}-{}", (String::from("x")), (b * b)) } else { t("t12", yield_!(String::from("ab"))) });
                    } else if !(((String::from("xyz")).len() % 2 == 0 || b <= 5)) {
                        r = i2s((b + f3(b, String::from("xyz"), 3)));
                    } else {
                    }
                    if (String::from("four")).is_empty() {
                        break 'b8 t("t13", (match b { 0 => b, n if n > 5 => n + 1, _ => 2 }));
                    }
                    (yield_!(t("t14", String::from(""))).len() as i64)
                };
            } else {
            }
            t("t15", (b * b))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let c = r;
            let c = T("v1");
             {
                let u2: i64;
                if ((P { a: 0, b: String::from("hello") }).sum() <= 3 && (String::from("ab")).len() % 2 == 0) {
                    u2 = T::take(keep(keep(T("v4"), 5), 3));
                } else {
                    u2 = (yield_!(String::from("ab")).len() as i64);
                }
            }
            let b = T("v5");
             {
            }
            (T::take(keep(T("v7"), 6)) * T::take(keep(T("v9"), 8)))
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
            yield_!((if r.len() % 2 == 0 { r.clone() } else { r }));
            yield_!([format!("{}-{}", (String::from("four")), T::id(&cap)), String::from("ab")].concat());
            let mut fuel1 = 0;
            let f = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1 t("t2", T("k3").into_n());
                }
                let mut fuel4 = Vec::from([(match (P { a: cap.lock(), b: String::from("x") }).sum() { 0 => (if (String::from("four")).len() % 2 == 0 { 3 } else { cap.id() }), n if n > 1 => n + 1, _ => f3(cap.borrow(), String::from(""), 1) }), (yield_!(i2s(2)).len() as i64)]);
                'l4: while let Some(w) = fuel4.pop() {
                    drop(T("v5"));
                    let c = keep(T("v6"), (res(&(String::from("x")))? + w));
                }
                yield_!([(if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") }), i2s(cap.lock())].concat());
                if t("t7", Acc::new(2).add(cap.id()).add(0).get()) > 4 {
                    panic!("p8");
                }
                if (String::from("x")).is_empty() {
                    panic!("p9");
                }
            };
            let a = 'b10: {
                let [a, _, _] = [t("t11", T("k12").id()), (P { a: Acc::new((match 4 { 0 => 1, n if n > 2 => n + 1, _ => 4 })).add((yield_!(String::from("x")).len() as i64)).add(res(&(String::from("")))?).get(), b: yield_!(format!("{}-{}", (String::from("")), f)) }).sum(), cap.into_n()];
                if (String::from("hello")).len() % 2 == 0 {
                    break 'b10 f3(res(&(String::from("ab")))?, t("t13", String::from("four")), res(&(String::from("xyz")))?);
                }
                (P { a: a, b: (if (String::from("four")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) }).sum()
            };
            let mut e = keep(keep(T("v14"), Acc::new(5).add(a).add(a).get()), (if (String::from("")).is_empty() { (if (String::from("x")).len() % 2 == 0 { f } else { f }) } else { f }));
            let mut fuel15 = 0;
            let d = 'l15: loop {
                fuel15 += 1;
                if fuel15 > 2 {
                    break 'l15 (if (a >= 4 && (String::from("hello")).len() % 2 == 0) { a } else { res(&(String::from("hello")))? });
                }
                 {
                    yield_!([i2s(a), i2s(f)].concat());
                    'l16: for w in 0..cap3(a) {
                        let P { a: d, b: e } = P { a: (match f3(T::id(&e), [String::from("ab"), String::from("hello")].concat(), (a * w)) { 0 => f, n if n > 3 => n + 1, _ => a }), b: i2s(Acc::new(res(&(String::from("ab")))?).add(Acc::new(T::id(&e)).add(2).add(a).get()).add((if (String::from("ab")).len() % 2 == 0 { T::id(&e) } else { 4 })).get()) };
                        let mut b: String = t("t17", format!("{}-{}", e, (f - w)));
                        let f = keep(T("v18"), w);
                        let P { a: f, b: a } = P { a: (match a { 0 => (match (f.try_send(5) + (b.len() as i64)) { 0 => T("k19").id(), n if n > 1 => n + 1, _ => d }), n if n > 3 => n + 1, _ => keep(keep(T("v21"), a), 20).take() }), b: String::from("x") };
                    }
                    let e = res(&([String::from("four"), String::from("four")].concat()))?;
                }
                'l22: for w in 0..cap3(a) {
                    let mut b = (yield_!(i2s(T::take(keep(T("v24"), 23)))).len() as i64);
                }
            };
            Ok(Acc::new(e.len()).add(f3(a, String::from(""), 3)).add(e.into_n()).get())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", format!("{}-{}", r, (r.len() as i64))));
            r = i2s((match (match 5 { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => 5 }) { 0 => (match (r.len() as i64) { 0 => cap.lock(), n if n > 3 => n + 1, _ => 5 }), n if n > 5 => n + 1, _ => (P { a: cap.borrow(), b: r }).sum() }));
            'l2: for w in 0..cap3((yield_!((if cap.id() != 4 { r } else { String::from("xyz") })).len() as i64)) {
                yield_!((if (String::from("ab")).is_empty() { String::from("xyz") } else { i2s(2) }));
                if let Some(n) = T("k3").opt() {
                    consume(T("v4"));
                }
            }
            5
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
            drop(T("v1"));
            yield_!(r.clone());
            'l2: for w in 0..cap3((yield_!(r).len() as i64)) {
                let mut fuel3 = 0;
                'l3: while fuel3 < 2 && (String::from("hello")).len() % 2 == 0 {
                    fuel3 += 1;
                    drop(T("v4"));
                    let [b, _, _] = [res(&(t("t5", String::from(""))))?, t("t6", f3((P { a: w, b: String::from("xyz") }).sum(), i2s(cap.id()), res(&(String::from("four")))?)), (match t("t7", w) { 0 => Acc::new(t("t8", w)).add(w).add((0 + w)).get(), n if n > 5 => n + 1, _ => 4 })];
                }
                let P { a: c, b: d } = P { a: (yield_!(String::from("xyz")).len() as i64), b: yield_!(i2s(res(&(String::from("xyz")))?)) };
            }
            drop(T("v9"));
            drop(keep(keep(T("v10"), Some(T("k11")).unwrap().id()), 5));
            let u12: i64;
            if T::take(keep(T("v14"), 13)) == 1 {
                u12 = res(&(String::from("four")))?;
            } else {
                u12 = (match (if cap.try_send(1) > 2 { 1 } else { cap.len() }) { 0 => cap.len(), n if n > 2 => n + 1, _ => Acc::new(cap.id()).add(cap.borrow()).add(T::id(&cap)).get() });
            }
            let d = 'b15: {
                 {
                    if ((if (String::from("hello")).len() % 2 == 0 { String::from("hello") } else { String::from("hello") })).len() % 2 == 0 {
                        let mut a = T::id(&cap);
                    } else if (((String::from("four")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) || (u12 < 1 && (String::from("x")).len() % 2 == 0)) {
                    }
                }
                if (cap.try_send(2) < 0 || ((String::from("x")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0)) {
                    break 'b15 (P { a: Some(T("k16")).unwrap().id(), b: format!("{}-{}", (String::from("ab")), 0) }).sum();
                }
                T::take(keep(cap, 17))
            };
            Ok(u12)
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
            match opt(&((if (r.len() % 2 == 0 || 1 <= 2) { format!("{}-{}", (r), cap.len()) } else { [r, String::from("x")].concat() }))) {
                Some(n) if n < 4 => {
                    'l1: for w in 0..cap3(cap.try_send(5)) {
                        if ((String::from("")).len() % 2 == 0 && !((2 <= 1 || (String::from("")).len() % 2 == 0))) {
                            continue 'l1;
                        }
                        yield_!(i2s(cap.id()));
                        consume(T("v2"));
                    }
                }
                Some(n) => {
                     {
                        let Some(c) = opt(&(t("t3", format!("{}-{}", (String::from("ab")), n)))) else {
                            return None;
                        };
                        match cap.into_n() {
                            0 => {
                                yield_!(format!("{}-{}", (String::from("ab")), 1));
                            }
                            n if n > 3 => {
                                let mut a = String::from("");
                            }
                            _ => {
                                yield_!([(if (String::from("xyz")).len() % 2 == 0 { String::from("xyz") } else { String::from("hello") }), [String::from("xyz"), String::from("hello")].concat()].concat());
                            }
                        }
                    }
                }
                None => {
                }
            }
            Some((yield_!(format!("{}-{}", (String::from("xyz")), 3)).len() as i64))
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
            let mut fuel1 = Vec::from([f3(Acc::new((r.len() as i64)).add(cap.lock()).add(cap.try_send(2)).get(), format!("{}-{}", r, (r.len() as i64)), cap.into_n()), Acc::new(T::take(keep(T("v3"), 2))).add(t("t4", 0)).add(T::take(keep(T("v6"), 5))).get()]);
            'l1: while let Some(w) = fuel1.pop() {
                if r.is_empty() {
                    panic!("p7");
                }
                match ((P { a: 1, b: String::from("ab") }).sum(), (if r.len() % 2 == 0 { String::from("x") } else { yield_!(r.clone()) })) {
                    (0, n) => {
                        let mut d = (P { a: w, b: [n.clone(), [r.clone(), n].concat()].concat() }).sum();
                    }
                    (_, n) if n.len() > 0 => {
                        if (!((r.len() as i64) <= 3) && (r.len() % 2 == 0 && (n).len() % 2 == 0)) {
                            return (if ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0) { Acc::new((r.len() as i64)).add(w).add(w).get() } else { 1 });
                        }
                        yield_!(format!("{}-{}", (r.clone()), 1));
                        r = String::from("four");
                    }
                    (_, n) => {
                        let b = format!("{}-{}", r, f3(w, i2s(5), (w + 3)));
                        let mut d = keep(keep(T("v8"), ((n.len() as i64) + 2)), w);
                    }
                }
            }
            if let Some(n) = opt(&(i2s(Some(T("k9")).unwrap().id()))) && n > 3 {
                'l10: for w in 0..cap3((match n { 0 => n, n if n > 1 => n + 1, _ => (r.len() as i64) })) {
                    r = format!("{}-{}", (format!("{}-{}", r, 2)), w);
                    yield_!(i2s(3));
                }
            } else if !((0 == 2 && 5 == 5)) {
                consume(T("v11"));
                let e: String = yield_!([(if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { r.clone() }), [r.clone(), r.clone()].concat()].concat());
                 {
                    let Some(a) = opt(&([[String::from("four"), String::from("hello")].concat(), [e.clone(), r.clone()].concat()].concat())) else {
                        return (if (4 <= 2 && (String::from("four")).len() % 2 == 0) { T("k12").id() } else { (P { a: (e.len() as i64), b: e.clone() }).sum() });
                    };
                    'l13: for w in 0..cap3((a + (match (e.len() as i64) { 0 => (e.len() as i64), n if n > 0 => n + 1, _ => a }))) {
                    }
                }
            }
            T("k14").into_n()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match T("k1").len() {
                0 => {
                    if (r.len() % 2 == 0 && r.is_empty()) {
                        return Ok((yield_!((if (r).len() % 2 == 0 { String::from("hello") } else { String::from("hello") })).len() as i64));
                    }
                    let mut fuel2 = 0;
                    let f = 'l2: loop {
                        fuel2 += 1;
                        if fuel2 > 1 {
                            break 'l2 t("t3", res(&(String::from("")))?);
                        }
                        r = i2s((P { a: T("k4").id(), b: yield_!(String::from("four")) }).sum());
                        let e = T::take(keep(keep(T("v6"), (if T::id(&cap) < 1 { cap.len() } else { cap.id() })), 5));
                        yield_!(r.clone());
                    };
                }
                n if n > 3 => {
                    'b7: {
                        'l8: for w in [[format!("{}-{}", r, (r.len() as i64)), r.clone()].concat(), r] {
                            consume(T("v9"));
                        }
                        if ((String::from("xyz")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) {
                            break 'b7;
                        }
                    }
                }
                _ => {
                }
            }
            Err(yield_!([String::from("four"), String::from("ab")].concat()))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(r);
            if 4 != 0 {
                return Err(t("t1", yield_!(String::from("four"))));
            }
            let b = 'b2: {
                'l3: for w in 0..cap3((if (String::from("hello")).is_empty() { (5 + cap.borrow()) } else { (yield_!(String::from("ab")).len() as i64) })) {
                    'l4: for w in [(if (String::from("x")).is_empty() { [String::from("ab"), String::from("")].concat() } else { format!("{}-{}", (String::from("hello")), w) }), [(if (String::from("x")).len() % 2 == 0 { String::from("hello") } else { String::from("xyz") }), yield_!(String::from("ab"))].concat()] {
                        let mut d = [yield_!(t("t5", w.clone())), yield_!(t("t6", w.clone()))].concat();
                        let c = i2s((match cap.borrow() { 0 => (if (w.len() as i64) < 1 { 4 } else { cap.try_send(0) }), n if n > 1 => n + 1, _ => (P { a: 3, b: w.clone() }).sum() }));
                        yield_!(t("t7", [String::from(""), c].concat()));
                    }
                    let mut e: String = String::from("hello");
                    if ((((String::from("four")).len() % 2 == 0 && (e).len() % 2 == 0) || ((String::from("ab")).len() % 2 == 0 || T::id(&cap) < 3)) || (!((String::from("ab")).len() % 2 == 0) && ((String::from("")).len() % 2 == 0 && 1 != 4))) {
                        panic!("p8");
                    }
                }
                if ((if cap.id() != 1 { String::from("ab") } else { String::from("xyz") })).is_empty() {
                    return Ok(T("k9").into_n());
                }
                if let Some(n) = T("k10").opt() {
                    let f = cap.into_n();
                    'l11: for w in T("k12").items() {
                        yield_!(String::from("four"));
                        let c = T("v13");
                        yield_!(String::from("x"));
                        let mut f = T("k14").id();
                    }
                } else if (P { a: 1, b: String::from("four") }).sum() == 5 {
                    yield_!(i2s(T::take(keep(T("v16"), 15))));
                    if !((String::from("hello")).len() % 2 == 0) {
                        let a = T("v17");
                    } else if !((T::id(&cap) >= 3 || (String::from("x")).len() % 2 == 0)) {
                    } else if ((4 != 0 || cap.len() < 3) || 4 > 1) {
                    }
                } else if 3 <= 2 {
                }
                if keep(T("v19"), 18).take() == 3 {
                    break 'b2 (if !(3 != 1) { (match 3 { 0 => 2, n if n > 0 => n + 1, _ => 5 }) } else { (if (String::from("ab")).len() % 2 == 0 { 4 } else { 5 }) });
                }
                0
            };
            Err(yield_!([String::from("hello"), String::from("x")].concat()))
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
             {
                'l1: for w in 0..cap3(3) {
                    if let Some(n) = opt(&r) {
                        let P { a: e, b: b } = P { a: (r.len() as i64), b: format!("{}-{}", r, (P { a: (cap.len() + w), b: (if cap.len() < 4 { String::from("xyz") } else { r.clone() }) }).sum()) };
                        consume(keep(T("v2"), (P { a: ((r.len() as i64) * cap.lock()), b: b }).sum()));
                    } else {
                        let c = t("t3", format!("{}-{}", (r.clone()), T::take(keep(T("v5"), 4))));
                        r = String::from("hello");
                    }
                    'l6: for w in [format!("{}-{}", (String::from("four")), (match w { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => w })), (if (w > 4 || (r.len() as i64) >= 1) { [r.clone(), String::from("four")].concat() } else { String::from("ab") })] {
                        let a = yield_!(format!("{}-{}", (w), (P { a: (r.len() as i64), b: String::from("xyz") }).sum()));
                        yield_!([a, i2s(4)].concat());
                        yield_!(r.clone());
                    }
                }
            }
            Ok((match (yield_!(r).len() as i64) { 0 => t("t7", 3), n if n > 3 => n + 1, _ => Acc::new(cap.try_send(2)).add(1).add(1).get() }))
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
            let mut d = T("v1");
            'l2: for w in T("k3").items() {
                let u4: i64;
                if (r.len() % 2 == 0 || (w < 2 || r.len() % 2 == 0)) {
                    u4 = Acc::new(Acc::new(2).add(w).add(w).get()).add(Acc::new(T::id(&cap)).add(w).add(2).get()).add(((r.len() as i64) * d.try_send(4))).get();
                } else {
                    u4 = (match w { 0 => (match 1 { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => w }), n if n > 5 => n + 1, _ => t("t5", w) });
                }
                if let Some(n) = opt(&(String::from("ab"))) && n > 1 {
                }
                let b = [(if !(d.borrow() < 0) { [String::from("hello"), r.clone()].concat() } else { format!("{}-{}", (r.clone()), 5) }), [[r.clone(), String::from("four")].concat(), i2s(u4)].concat()].concat();
            }
             {
                d = d;
            }
            yield_!(i2s(T::take(keep(T("v9"), 8))));
            drop(keep(keep(d, Some(T("k10")).unwrap().id()), cap.borrow()));
            consume(cap);
            'b11: {
                let mut fuel12 = 0;
                let e = 'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 2 {
                        break 'l12 t("t13", (match 2 { 0 => 1, n if n > 1 => n + 1, _ => (r.len() as i64) }));
                    }
                    let mut fuel14 = 0;
                    'l14: loop {
                        fuel14 += 1;
                        if fuel14 > 3 {
                            break 'l14;
                        }
                    }
                };
                if (e * 4) != 2 {
                    break 'b11;
                }
            }
            (if ((String::from("four")).len() % 2 == 0 || 2 < 2) { T::take(keep(T("v16"), 15)) } else { (yield_!(r.clone()).len() as i64) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if (t("t2", r)).len() % 2 == 0 {
                u1 = (yield_!(i2s(cap.id())).len() as i64);
            } else {
                u1 = (P { a: keep(T("v4"), 3).take(), b: [String::from("four"), String::from("")].concat() }).sum();
            }
            'l5: for w in 0..cap3(3) {
                'l6: for w in [[yield_!(String::from("four")), yield_!(String::from(""))].concat(), i2s(1)] {
                    let mut a: i64 = (if (String::from("")).is_empty() { Acc::new(0).add((yield_!(w).len() as i64)).add(Acc::new(cap.lock()).add(u1).add(u1).get()).get() } else { (u1 * u1) });
                    if T("k7").id() <= 5 {
                        return Some((yield_!(t("t8", String::from("x"))).len() as i64));
                    }
                }
                let b = (if (String::from("four")).len() % 2 == 0 { yield_!((if cap.try_send(0) >= 2 { String::from("x") } else { String::from("hello") })) } else { (if (4 < 3 && (String::from("x")).len() % 2 == 0) { String::from("four") } else { yield_!(String::from("ab")) }) });
            }
            let u9: i64;
            if ((String::from("ab")).len() % 2 == 0 || !((String::from("hello")).is_empty())) {
                u9 = u1;
            } else {
                u9 = T("k10").into_n();
            }
            if !((String::from("hello")).is_empty()) {
                panic!("p11");
            }
            yield_!([format!("{}-{}", (String::from("four")), u1), String::from("four")].concat());
            if (format!("{}-{}", (String::from("x")), cap.len())).len() % 2 == 0 {
                panic!("p12");
            }
            None
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && (!(r.len() % 2 == 0) || (r.clone()).is_empty()) {
                fuel1 += 1;
                let u2: i64;
                if ((r.len() as i64) > 0 && r.is_empty()) {
                    u2 = (r.len() as i64);
                } else {
                    u2 = ((if cap.borrow() > 4 { 4 } else { (r.len() as i64) }) + (match 4 { 0 => cap.lock(), n if n > 1 => n + 1, _ => (r.len() as i64) }));
                }
                let [f, _, _] = [(P { a: t("t3", (if u2 <= 4 { u2 } else { u2 })), b: i2s(keep(T("v5"), 4).take()) }).sum(), (yield_!(t("t6", [r.clone(), r.clone()].concat())).len() as i64), T("k7").len()];
                let (mut e, a) = (T("v8"), T::take(keep(T("v10"), 9)));
                let mut e = (r.len() as i64);
            }
            if let Some(n) = opt(&((if (T::id(&cap) >= 2 && (String::from("")).len() % 2 == 0) { yield_!(r) } else { yield_!(String::from("four")) }))) {
                let b = T("v11");
                let Some(d) = opt(&(i2s(cap.id()))) else {
                    return Acc::new(2).add((P { a: 4, b: String::from("x") }).sum()).add((P { a: n, b: String::from("xyz") }).sum()).get();
                };
                 {
                    if let Some(n) = T("k12").opt() {
                        consume(keep(T("v13"), f3(n, format!("{}-{}", (String::from("ab")), b.lock()), T("k14").len())));
                    }
                    let mut e = T("v15");
                    r = yield_!(t("t16", String::from("ab")));
                }
            }
            let mut fuel17 = 0;
            'l17: while fuel17 < 2 && !((String::from("ab")).len() % 2 == 0) {
                fuel17 += 1;
            }
            Acc::new(T::take(keep(T("v19"), 18))).add(Acc::new(1).add(cap.borrow()).add(0).get()).add((P { a: cap.lock(), b: String::from("xyz") }).sum()).get()
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
            if let Some(n) = T("k1").opt() {
                if ((!((r.len() as i64) < 0) && (n != 0 && cap.lock() == 4)) || (!(n == 3) && n != 2)) {
                    yield_!([String::from("hello"), format!("{}-{}", r, n)].concat());
                    let mut c: i64 = n;
                    let f = c;
                } else if (!(r.len() % 2 == 0) && (2 == 4 && (r.clone()).len() % 2 == 0)) {
                    r = t("t2", t("t3", yield_!(r.clone())));
                    yield_!(i2s((P { a: (r.len() as i64), b: r }).sum()));
                    let P { a: c, b: b } = P { a: t("t4", Acc::new(f3(n, String::from("x"), 0)).add(t("t5", n)).add((yield_!(String::from("ab")).len() as i64)).get()), b: yield_!([format!("{}-{}", (String::from("hello")), cap.lock()), i2s(n)].concat()) };
                } else {
                    yield_!((if r.is_empty() { String::from("x") } else { String::from("ab") }));
                    yield_!(i2s((if (r.clone()).len() % 2 == 0 { 4 } else { (r.len() as i64) })));
                }
                r = [String::from("hello"), [t("t6", String::from("xyz")), (if (String::from("four")).len() % 2 == 0 { String::from("x") } else { String::from("x") })].concat()].concat();
            }
            r = (if t("t7", (r.len() as i64)) <= 0 { r } else { String::from("hello") });
            yield_!(r.clone());
            4
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let b = keep(T("v1"), cap.into_n());
            if r.is_empty() {
                panic!("p2");
            }
            'l4: for w in [t("t5", t("t6", r.clone())), [r, i2s(1)].concat()] {
                consume(T("v7"));
                yield_!((if 0 != 5 { i2s(b.lock()) } else { (if (String::from("four")).len() % 2 == 0 { w } else { w }) }));
                if ((String::from("four")).is_empty() || !((b.lock() <= 2 && (String::from("x")).len() % 2 == 0))) {
                    yield_!(String::from("hello"));
                    let [e, _, _] = [f3(T("k8").len(), yield_!(String::from("ab")), T::id(&b)), T::id(&b), b.id()];
                    let mut f = t("t9", t("t10", T::id(&b)));
                } else {
                    let mut a = yield_!(i2s((if b.borrow() <= 0 { 4 } else { 0 })));
                    let b = T::take(keep(T("v12"), 11));
                }
            }
            match ((if (String::from("hello")).is_empty() { b.lock() } else { (match Acc::new(1).add(b.borrow()).add(b.len()).get() { 0 => (0 - b.id()), n if n > 2 => n + 1, _ => (match 5 { 0 => b.lock(), n if n > 4 => n + 1, _ => b.lock() }) }) }), i2s((if (String::from("x")).len() % 2 == 0 { t("t13", T::id(&b)) } else { (if 0 > 0 { 2 } else { b.borrow() }) }))) {
                (0, n) => {
                    let [c, _, _] = [f3(Acc::new((b.try_send(0) + 3)).add((P { a: 5, b: n }).sum()).add(b.lock()).get(), t("t14", yield_!(String::from("x"))), t("t15", t("t16", b.try_send(2)))), (match (match t("t17", 3) { 0 => t("t18", 0), n if n > 5 => n + 1, _ => (0 + 1) }) { 0 => Acc::new(4).add(Acc::new(b.borrow()).add(b.lock()).add(b.len()).get()).add(b.id()).get(), n if n > 4 => n + 1, _ => 5 }), b.id()];
                    r = t("t19", yield_!((if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("hello") })));
                }
                (_, n) if n.len() > 3 => {
                }
                (_, n) => {
                }
            }
            Acc::new(0).add((b.try_send(5) - 4)).add(T::take(b)).get()
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(c) = opt(&r) else {
                return Some((yield_!(r.clone()).len() as i64));
            };
            yield_!(t("t1", i2s(c)));
            let mut fuel2 = 0;
            'l2: while fuel2 < 2 && (((r.len() as i64) > 3 && 1 <= 1) && (r.clone()).is_empty()) {
                fuel2 += 1;
                yield_!((if c < 5 { (if c > 2 { String::from("ab") } else { String::from("x") }) } else { format!("{}-{}", r, 4) }));
                if let Some(n) = opt(&r) && n > 1 {
                    r = format!("{}-{}", r, Acc::new(f3(n, r.clone(), n)).add((match T::id(&cap) { 0 => 1, n if n > 2 => n + 1, _ => 2 })).add(t("t3", n)).get());
                } else {
                    let e = keep(T("v4"), Acc::new(T("k5").into_n()).add(opt(&r)?).add((if cap.borrow() == 4 { c } else { cap.len() })).get());
                    r = format!("{}-{}", r, T("k6").into_n());
                    r = yield_!(String::from("four"));
                }
            }
            let mut fuel7 = 0;
            'l7: while fuel7 < 3 && r.len() % 2 == 0 {
                fuel7 += 1;
                if !((r.is_empty() || ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0))) {
                    consume(keep(T("v8"), (match (yield_!(String::from("xyz")).len() as i64) { 0 => (if (r.clone()).len() % 2 == 0 { 2 } else { c }), n if n > 5 => n + 1, _ => (P { a: 0, b: r.clone() }).sum() })));
                }
            }
            Some(0)
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
                let Some(f) = opt(&(String::from(""))) else {
                    return Ok(4);
                };
                let e: T = T("v1");
                let mut fuel2 = Vec::from([f, cap.lock()]);
                'l2: while let Some(w) = fuel2.pop() {
                     {
                        let a = yield_!(String::from("four"));
                    }
                    r = t("t3", [i2s(2), (if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
                }
            }
            Ok(T("k4").id())
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
            if T::take(cap) > 4 {
                u3 = (r.len() as i64);
            } else {
                u3 = (P { a: (3 * 0), b: String::from("") }).sum();
            }
            consume(keep(T("v4"), (yield_!(r).len() as i64)));
            match (Acc::new((if u3 < 2 { (yield_!(String::from("x")).len() as i64) } else { f3(u3, String::from("ab"), 5) })).add(res(&(String::from("")))?).add(5).get(), format!("{}-{}", (t("t5", String::from("xyz"))), t("t6", keep(T("v8"), 7).take()))) {
                (0, n) => {
                    yield_!(n.clone());
                }
                (_, n) if n.len() > 5 => {
                    let a = Acc::new((t("t9", 1) * (n.len() as i64))).add((P { a: 2, b: yield_!(String::from("")) }).sum()).add((if (n).len() % 2 == 0 { u3 } else { (1 * 0) })).get();
                    let mut d = format!("{}-{}", (i2s(0)), (P { a: Acc::new(3).add(u3).add(a).get(), b: String::from("hello") }).sum());
                    yield_!(String::from("four"));
                }
                (_, n) => {
                }
            }
            Err(String::from("hello"))
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
            'l1: for w in 0..cap3(f3(opt(&(r.clone()))?, r, Acc::new(cap.lock()).add(3).add(5).get())) {
                if let Some(n) = T("k2").opt() {
                    let e: i64 = t("t3", (w + (w * w)));
                    let mut f: i64 = T::id(&cap);
                }
                yield_!(i2s(f3(1, String::from("four"), w)));
                let u4: i64;
                if (yield_!(String::from("four"))).len() % 2 == 0 {
                    u4 = Acc::new((w + w)).add(t("t5", w)).add(w).get();
                } else {
                    u4 = 2;
                }
            }
            'l6: for w in 0..cap3(opt(&(String::from("x")))?) {
                let Some(e) = opt(&(yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") })))) else {
                    break 'l6;
                };
                let mut b = T("v7");
            }
            'l8: for w in 0..cap3((P { a: opt(&(String::from("ab")))?, b: format!("{}-{}", (String::from("x")), 3) }).sum()) {
                match opt(&(String::from("ab"))) {
                    Some(n) if n < 1 => {
                        drop(keep(keep(T("v9"), opt(&(String::from("hello")))?), ((P { a: n, b: String::from("") }).sum() + w)));
                        let a: T = T("v10");
                        let d = keep(T("v11"), opt(&(String::from("")))?);
                    }
                    Some(n) => {
                        let a = Acc::new((w - (P { a: 5, b: String::from("xyz") }).sum())).add(T::take(keep(T("v13"), 12))).add(cap.borrow()).get();
                        yield_!((if !((String::from("four")).len() % 2 == 0) { (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("x") }) } else { [String::from("ab"), String::from("xyz")].concat() }));
                    }
                    None => {
                        let f = Acc::new((t("t14", w) + t("t15", w))).add(keep(T("v17"), 16).take()).add((if !((String::from("hello")).len() % 2 == 0) { opt(&(String::from("x")))? } else { t("t18", w) })).get();
                    }
                }
            }
            Some(cap.try_send(5))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [f, _, _] = [T::take(cap), (P { a: T("k1").len(), b: i2s(((r.len() as i64) + 0)) }).sum(), 1];
            let [a, _, _] = [f, (match (T("k2").into_n() + f) { 0 => Acc::new((if f <= 0 { 5 } else { f })).add(opt(&r)?).add(f3((r.len() as i64), r.clone(), f)).get(), n if n > 5 => n + 1, _ => T::take(keep(T("v4"), 3)) }), t("t5", (r.len() as i64))];
            yield_!(String::from("x"));
            if let Some(n) = opt(&(t("t6", (if (r.clone()).len() % 2 == 0 { String::from("x") } else { r.clone() })))) && n > 3 {
                'l7: for w in [r, yield_!(t("t8", String::from("hello")))] {
                    yield_!(i2s(a));
                    let d = T("v9");
                    let d: T = d;
                    r = w.clone();
                }
            }
            drop(keep(T("v10"), Acc::new(T::take(keep(T("v12"), 11))).add((f * a)).add(f).get()));
            let b = T("v13");
             {
                'l14: for w in 0..cap3((if (String::from("ab")).is_empty() { f3(a, String::from(""), b.id()) } else { (match a { 0 => f, n if n > 3 => n + 1, _ => 3 }) })) {
                    let b = t("t15", yield_!(String::from("xyz")));
                    yield_!([t("t16", String::from("xyz")), b.clone()].concat());
                }
                'l17: for w in T("k18").items() {
                    yield_!(t("t19", t("t20", String::from("four"))));
                    let mut a = (yield_!((if (String::from("")).len() % 2 == 0 { format!("{}-{}", (String::from("x")), f) } else { [String::from("four"), String::from("hello")].concat() })).len() as i64);
                }
            }
            Some(opt(&(String::from("hello")))?)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = T("k1").opt() {
                yield_!(r);
                yield_!(format!("{}-{}", (String::from("four")), t("t2", T::id(&cap))));
            }
            match ((f3((if (String::from("four")).len() % 2 == 0 { cap.id() } else { 1 }), yield_!(String::from("x")), (P { a: 0, b: String::from("xyz") }).sum()) + cap.try_send(4)), i2s(f3(T::take(cap), (if 0 > 1 { String::from("") } else { String::from("ab") }), f3(4, String::from(""), 4)))) {
                (0, n) => {
                    let mut fuel3 = Vec::from([Acc::new((P { a: (n.len() as i64), b: n }).sum()).add(t("t4", 4)).add(res(&(String::from("xyz")))?).get(), Acc::new(t("t5", 4)).add((match 0 { 0 => 5, n if n > 1 => n + 1, _ => 3 })).add((yield_!(String::from("four")).len() as i64)).get()]);
                    'l3: while let Some(w) = fuel3.pop() {
                        let f: T = T("v6");
                        r = (if (String::from("x")).len() % 2 == 0 { (if (w <= 0 || f.try_send(2) != 5) { t("t7", String::from("xyz")) } else { t("t8", String::from("hello")) }) } else { (if (String::from("ab")).is_empty() { i2s(f.try_send(5)) } else { format!("{}-{}", (String::from("")), w) }) });
                    }
                    if (yield_!(String::from("xyz"))).len() % 2 == 0 {
                        panic!("p9");
                    }
                }
                (_, n) if n.len() > 2 => {
                    let Some(e) = opt(&n) else {
                        return Ok((P { a: (match (n.len() as i64) { 0 => 5, n if n > 4 => n + 1, _ => (n.len() as i64) }), b: (if 0 <= 1 { n } else { n }) }).sum());
                    };
                }
                (_, n) => {
                    let (mut a, e) = (keep(T("v10"), T::take(keep(T("v12"), 11))), (if n.is_empty() { (if (n).len() % 2 == 0 { f3(0, String::from("x"), 0) } else { (if (String::from("")).len() % 2 == 0 { 1 } else { 0 }) }) } else { (P { a: f3((n.len() as i64), n, 1), b: (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("four") }) }).sum() }));
                }
            }
            yield_!(t("t13", String::from("ab")));
            let d = (if ((String::from("four")).len() % 2 == 0 && !(5 == 3)) { Acc::new(f3(2, String::from("x"), 2)).add(T("k14").len()).add(res(&(String::from("x")))?).get() } else { t("t15", t("t16", 3)) });
            'l17: for w in [[t("t18", String::from("xyz")), yield_!(String::from("four"))].concat(), t("t19", [String::from("four"), String::from("xyz")].concat())] {
                if (if (w.len() % 2 == 0 && w.len() % 2 == 0) { (if (w.clone()).len() % 2 == 0 { 1 } else { 5 }) } else { T::take(keep(T("v21"), 20)) }) == 1 {
                    panic!("p22");
                }
                let mut fuel23 = 0;
                'l23: while fuel23 < 3 && (w.is_empty() || w.len() % 2 == 0) {
                    fuel23 += 1;
                }
            }
            Err(i2s((if d == 2 { d } else { 0 })))
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
            let mut d: String = t("t1", r);
            yield_!(i2s((P { a: cap.borrow(), b: String::from("xyz") }).sum()));
            match (t("t2", t("t3", (P { a: (d.len() as i64), b: String::from("ab") }).sum())), yield_!(i2s((if d.len() % 2 == 0 { 0 } else { cap.len() })))) {
                (0, n) => {
                    yield_!(String::from("x"));
                    r = (if (d).is_empty() { [format!("{}-{}", n, cap.id()), t("t4", n.clone())].concat() } else { t("t5", yield_!(n.clone())) });
                    match opt(&r) {
                        Some(n) if n < 4 => {
                            if ((r.clone()).len() % 2 == 0 && r.len() % 2 == 0) {
                                return 2;
                            }
                            yield_!(r.clone());
                        }
                        Some(n) => {
                            if (r.len() % 2 == 0 && (r.len() as i64) > 3) {
                                return cap.lock();
                            }
                            yield_!((if 1 < 0 { i2s(1) } else { String::from("") }));
                            yield_!(r.clone());
                        }
                        None => {
                            let P { a: b, b: f } = P { a: (match 3 { 0 => (T::take(keep(T("v7"), 6)) + (P { a: 5, b: String::from("ab") }).sum()), n if n > 2 => n + 1, _ => (if (n.len() % 2 == 0 && n.len() % 2 == 0) { T("k8").into_n() } else { (5 + 3) }) }), b: t("t9", String::from("ab")) };
                            let e = T("v10");
                        }
                    }
                }
                (_, n) if n.len() > 0 => {
                    if let Some(n) = opt(&n) && n > 2 {
                        r = d.clone();
                        drop(T("v11"));
                    }
                }
                (_, n) => {
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
mod p131 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(r);
            'l1: for w in T("k2").items() {
                if T("k3").len() >= 4 {
                    break 'l1;
                }
                let (mut f, d) = (keep(keep(keep(T("v4"), w), (match w { 0 => 5, n if n > 3 => n + 1, _ => 0 })), w), T("k5").id());
                yield_!((if (d < 0 && (String::from("x")).len() % 2 == 0) { i2s(2) } else { (if w != 0 { String::from("hello") } else { String::from("four") }) }));
            }
            let mut f = [(if (5 > 2 && (String::from("four")).len() % 2 == 0) { t("t6", String::from("ab")) } else { format!("{}-{}", (String::from("ab")), 1) }), t("t7", format!("{}-{}", (String::from("")), 3))].concat();
            if let Some(n) = opt(&f) && n > 1 {
                'l8: for w in [format!("{}-{}", (String::from("hello")), T::take(cap)), [[String::from("x"), String::from("")].concat(), yield_!(String::from("xyz"))].concat()] {
                    let f = (yield_!((if ((w.clone()).len() % 2 == 0 || (w).len() % 2 == 0) { String::from("") } else { [String::from("hello"), String::from("xyz")].concat() })).len() as i64);
                    r = i2s((P { a: (yield_!(String::from("four")).len() as i64), b: t("t9", String::from("four")) }).sum());
                    yield_!(t("t10", i2s(n)));
                    yield_!(r.clone());
                }
            } else if (f).len() % 2 == 0 {
                let c = 'b11: {
                    if ((String::from("hello")).len() % 2 == 0 || ((3 == 1 && 1 > 4) || (String::from("")).is_empty())) {
                        return (yield_!(String::from("")).len() as i64);
                    }
                    if Acc::new(3).add(cap.id()).add(cap.len()).get() <= 1 {
                        break 'b11 (P { a: f3(1, String::from("four"), T::id(&cap)), b: format!("{}-{}", (String::from("xyz")), T::id(&cap)) }).sum();
                    }
                    2
                };
            } else {
            }
            (match Acc::new(0).add(4).add(1).get() { 0 => (1 * 0), n if n > 5 => n + 1, _ => (if 3 == 3 { 1 } else { 3 }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(f) = opt(&(r)) else {
                return Some((if (String::from("xyz")).is_empty() { T::take(keep(T("v2"), 1)) } else { Acc::new(0).add(cap.borrow()).add(1).get() }));
            };
            let Some(d) = opt(&(yield_!(i2s(cap.borrow())))) else {
                return Some(f3(f, (if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("four") }), (if (String::from("xyz")).len() % 2 == 0 { 3 } else { cap.try_send(1) })));
            };
            let u3: i64;
            if f3(T::take(cap), [String::from("xyz"), String::from("xyz")].concat(), t("t4", 3)) >= 3 {
                u3 = f3(T::take(keep(T("v6"), 5)), (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("four") }), Acc::new(0).add(d).add(d).get());
            } else {
                u3 = (yield_!([String::from("ab"), String::from("hello")].concat()).len() as i64);
            }
            drop(T("v7"));
            'l8: for w in 0..cap3((yield_!(String::from("ab")).len() as i64)) {
                yield_!(String::from("four"));
                let e = [i2s((match 1 { 0 => 4, n if n > 5 => n + 1, _ => 3 })), i2s((P { a: 0, b: String::from("ab") }).sum())].concat();
            }
            let [a, _, _] = [4, f, opt(&(format!("{}-{}", (String::from("x")), d)))?];
            if let Some(n) = opt(&(yield_!(String::from("ab")))) {
                if let Some(n) = T("k9").opt() {
                    if f3(1, format!("{}-{}", (String::from("xyz")), d), (yield_!(String::from("")).len() as i64)) == 4 {
                        return None;
                    }
                } else {
                    drop(T("v14"));
                }
                let mut fuel15 = Vec::from([(P { a: (if f >= 2 { d } else { 3 }), b: yield_!(String::from("hello")) }).sum(), (P { a: (if (String::from("ab")).len() % 2 == 0 { f } else { a }), b: [String::from("xyz"), String::from("four")].concat() }).sum()]);
                'l15: while let Some(w) = fuel15.pop() {
                    let b = T("v16");
                    let mut d = t("t17", t("t18", t("t19", String::from("four"))));
                    d = [d.clone(), [yield_!(String::from("")), d].concat()].concat();
                    yield_!(d);
                }
                'l20: for w in [t("t21", [String::from("four"), String::from("hello")].concat()), String::from("")] {
                    let mut c: i64 = T("k22").len();
                    let d = T("v23");
                    drop(T("v24"));
                    r = w.clone();
                }
            } else if (String::from("xyz")).is_empty() {
            } else if (String::from("ab")).len() % 2 == 0 {
            }
            Some(T("k25").len())
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
            let d = T("v1");
            'l2: for w in T("k3").items() {
                drop(keep(T("v4"), t("t5", Acc::new((r.len() as i64)).add(w).add(w).get())));
                yield_!(r.clone());
                r = yield_!(i2s((if (r.clone()).len() % 2 == 0 { 2 } else { (r.len() as i64) })));
            }
            let mut fuel6 = Vec::from([f3(f3(d.lock(), r.clone(), 4), yield_!(r.clone()), d.into_n()), T::id(&cap)]);
            'l6: while let Some(w) = fuel6.pop() {
                if let Some(n) = opt(&r) && n > 2 {
                    if (((r.clone()).len() % 2 == 0 || (4 > 3 && 5 < 2)) && !(r.len() % 2 == 0)) {
                        return Err(r.clone());
                    }
                    let [d, _, _] = [(match (r.len() as i64) { 0 => T("k7").into_n(), n if n > 5 => n + 1, _ => Acc::new(w).add(w).add(4).get() }), T::take(keep(T("v9"), 8)), w];
                }
                if !((w > 4 || ((r.len() as i64) < 1 && (r.clone()).len() % 2 == 0))) {
                    panic!("p10");
                }
            }
             {
            }
            Ok(cap.lock())
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
            if (i2s(2)).is_empty() {
                return Some(Some(T("k1")).unwrap().id());
            }
            let b = 'b2: {
                let f = (if r.len() % 2 == 0 { f3(f3((r.len() as i64), r, 2), t("t3", String::from("xyz")), opt(&(String::from("hello")))?) } else { (r.len() as i64) });
                let Some(a) = opt(&(i2s(5))) else {
                    panic!("p4");
                };
                let mut a = T("v5");
                if (String::from("four")).is_empty() {
                    break 'b2 a.into_n();
                }
                T("k6").id()
            };
            yield_!(String::from("end"));
            Some((Acc::new(3).add(b).add(b).get() + (P { a: b, b: String::from("xyz") }).sum()))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ((cap.lock() == 1 || (r.len() % 2 == 0 && (String::from("")).len() % 2 == 0)) || r.is_empty()) {
                return (yield_!([r.clone(), r.clone()].concat()).len() as i64);
            }
            match T("k1").len() {
                0 => {
                    let Some(e) = opt(&r) else {
                        return cap.id();
                    };
                    let b = 'b2: {
                        let [f, _, _] = [(Some(T("k3")).unwrap().id() + e), t("t4", t("t5", (if 1 >= 3 { 2 } else { (r.len() as i64) }))), T("k6").id()];
                        if (((r.clone()).len() % 2 == 0 || 3 == 2) || (1 > 5 || 0 < 3)) {
                            break 'b2 1;
                        }
                        T("k7").id()
                    };
                    let mut fuel8 = 0;
                    let d = 'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 2 {
                            break 'l8 b;
                        }
                        yield_!(r.clone());
                        drop(T("v9"));
                        let e: String = [i2s((if r.len() % 2 == 0 { e } else { 5 })), [t("t10", String::from("ab")), r.clone()].concat()].concat();
                    };
                }
                n if n > 3 => {
                    yield_!((if (cap.id() >= 2 || n == 2) { t("t11", String::from("four")) } else { i2s(n) }));
                }
                n => {
                }
            }
            (yield_!(String::from("four")).len() as i64)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let e = T("k2").len();
                yield_!(i2s(T::take(keep(T("v4"), 3))));
                if (((r.len() as i64) == 2 && (String::from("ab")).len() % 2 == 0) || (e != 1 || (r.len() as i64) != 2)) {
                    break 'b1;
                }
            }
            let mut fuel5 = 0;
            let b = 'l5: loop {
                fuel5 += 1;
                if fuel5 > 1 {
                    break 'l5 2;
                }
                match opt(&(r.clone())) {
                    Some(n) if n < 0 => {
                        yield_!(i2s((match 3 { 0 => n, n if n > 1 => n + 1, _ => 5 })));
                        r = yield_!(i2s(T("k6").id()));
                        let [d, _, _] = [(P { a: 2, b: yield_!(r.clone()) }).sum(), (yield_!(t("t7", [r.clone(), r.clone()].concat())).len() as i64), cap.id()];
                    }
                    Some(n) => {
                        let P { a: f, b: d } = P { a: 5, b: format!("{}-{}", (r.clone()), n) };
                        r = yield_!(d.clone());
                    }
                    None => {
                        yield_!(String::from("four"));
                        let mut b: i64 = opt(&(format!("{}-{}", r, (r.len() as i64))))?;
                        yield_!(i2s((match cap.borrow() { 0 => b, n if n > 2 => n + 1, _ => b })));
                    }
                }
                if (!(r.len() % 2 == 0) && ((r.len() % 2 == 0 || 1 > 2) && r.len() % 2 == 0)) {
                    panic!("p8");
                }
                'l9: for w in T("k10").items() {
                }
            };
            Some((match (yield_!(String::from("hello")).len() as i64) { 0 => 2, n if n > 2 => n + 1, _ => (if cap.borrow() >= 4 { 0 } else { (r.len() as i64) }) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            'l2: for w in 0..cap3(((match 4 { 0 => 5, n if n > 0 => n + 1, _ => 3 }) - (r.len() as i64))) {
                'l3: for w in 0..cap3(res(&(String::from("hello")))?) {
                    let mut e = T("v4");
                    let b = e;
                }
                yield_!(t("t5", r.clone()));
                drop(keep(T("v6"), Acc::new(5).add(T("k7").len()).add(Acc::new((r.len() as i64)).add(5).add(w).get()).get()));
            }
            let mut b = (if (String::from("")).len() % 2 == 0 { r.clone() } else { r.clone() });
            let u8: i64;
            if (b.is_empty() && (r).is_empty()) {
                u8 = res(&b)?;
            } else {
                u8 = T("k9").id();
            }
            Ok((P { a: t("t10", 0), b: yield_!(String::from("xyz")) }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [String::from("four"), t("t2", t("t3", r))] {
                let d = 'b4: {
                    if ((((w.len() as i64) == 2 && (w.len() as i64) > 1) || w.is_empty()) || (w.is_empty() && w.len() % 2 == 0)) {
                        panic!("p5");
                    }
                    let Some(b) = opt(&([[w, String::from("four")].concat(), yield_!(String::from("xyz"))].concat())) else {
                        continue 'l1;
                    };
                    r = yield_!(format!("{}-{}", (String::from("ab")), Acc::new(2).add(b).add(b).get()));
                    if (String::from("")).len() % 2 == 0 {
                        break 'b4 b;
                    }
                    t("t6", f3(0, String::from("ab"), cap.try_send(0)))
                };
                let Some(e) = opt(&(yield_!(t("t7", String::from("hello"))))) else {
                    continue 'l1;
                };
            }
            r = yield_!(t("t8", String::from("ab")));
             {
                if !(((r.len() as i64) * (r.len() as i64)) >= 3) {
                    panic!("p9");
                }
                r = [yield_!(r), format!("{}-{}", (String::from("ab")), f3(T::id(&cap), String::from("xyz"), T::id(&cap)))].concat();
            }
            let Some(d) = opt(&r) else {
                return Err(yield_!([String::from("four"), r].concat()));
            };
            'l10: for w in [format!("{}-{}", (String::from("x")), d), t("t11", (if d >= 5 { String::from("hello") } else { String::from("ab") }))] {
                let c = 'b12: {
                     {
                    }
                    let mut fuel13 = 0;
                    'l13: loop {
                        fuel13 += 1;
                        if fuel13 > 1 {
                            break 'l13;
                        }
                        let P { a: b, b: e } = P { a: t("t14", (yield_!(i2s(d)).len() as i64)), b: format!("{}-{}", w, (P { a: cap.try_send(2), b: (if w.len() % 2 == 0 { w.clone() } else { w.clone() }) }).sum()) };
                        let d = String::from("four");
                    }
                    if (!(w.len() % 2 == 0) && (w).is_empty()) {
                        break 'b12 (P { a: (match cap.len() { 0 => d, n if n > 1 => n + 1, _ => cap.lock() }), b: [String::from("ab"), String::from("x")].concat() }).sum();
                    }
                    T("k15").id()
                };
            }
            Ok(1)
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
            r = [r.clone(), yield_!(r)].concat();
            'l1: for w in T("k2").items() {
                drop(T("v3"));
                if let Some(n) = opt(&(format!("{}-{}", r, w))) && n > 5 {
                    let c = keep(T("v4"), T("k5").id());
                    r = r.clone();
                    r = r.clone();
                }
            }
            Some((match T::take(keep(T("v7"), 6)) { 0 => cap.take(), n if n > 2 => n + 1, _ => f3(3, r, 0) }))
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
            if (!((1 <= 3 && (String::from("ab")).len() % 2 == 0)) && r.is_empty()) {
                return Err(yield_!((if r.len() % 2 == 0 { r } else { r.clone() })));
            }
            let d = keep(keep(T("v1"), Acc::new(5).add(cap.try_send(5)).add(cap.try_send(0)).get()), (T("k2").id() * (4 + 2)));
            yield_!(t("t3", (if (String::from("xyz")).len() % 2 == 0 { String::from("xyz") } else { String::from("x") })));
            r = yield_!(t("t4", t("t5", String::from("xyz"))));
            let [c, _, _] = [(P { a: cap.borrow(), b: r }).sum(), T::take(keep(T("v7"), 6)), t("t8", ((match 1 { 0 => d.borrow(), n if n > 4 => n + 1, _ => d.id() }) * T::take(keep(T("v10"), 9))))];
            let d = 'b11: {
                let f = 'b12: {
                    match t("t13", T::take(cap)) {
                        0 => {
                            let e = d.into_n();
                            yield_!(format!("{}-{}", (String::from("xyz")), res(&(String::from("")))?));
                            r = yield_!(String::from("xyz"));
                        }
                        n if n > 4 => {
                            yield_!((if (String::from("x")).len() % 2 == 0 { i2s(0) } else { (if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("") }) }));
                            consume(keep(d, T::take(keep(keep(T("v15"), 5), 14))));
                            yield_!(format!("{}-{}", (String::from("hello")), (n + n)));
                        }
                        _ => {
                        }
                    }
                    if (String::from("x")).len() % 2 == 0 {
                        break 'b12 (P { a: (c * c), b: [String::from("hello"), String::from("ab")].concat() }).sum();
                    }
                    (c * f3(3, String::from(""), 0))
                };
                if (String::from("")).is_empty() {
                    break 'b11 (match (if (String::from("ab")).len() % 2 == 0 { 4 } else { f }) { 0 => res(&(String::from("x")))?, n if n > 0 => n + 1, _ => (1 - 3) });
                }
                res(&(String::from("hello")))?
            };
            Err(t("t16", [String::from("x"), String::from("four")].concat()))
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
            if let Some(n) = T("k1").opt() {
                'l2: for w in [yield_!((if (String::from("hello")).len() % 2 == 0 { r.clone() } else { r.clone() })), [(if n > 1 { String::from("x") } else { r.clone() }), format!("{}-{}", (String::from("")), 0)].concat()] {
                    r = format!("{}-{}", w, (3 - Acc::new(5).add(n).add(n).get()));
                    consume(T("v3"));
                }
                if r.is_empty() {
                    return None;
                }
                let mut a: String = String::from("four");
            } else {
                let Some(f) = opt(&(i2s((yield_!(r).len() as i64)))) else {
                    return None;
                };
                'l4: for w in 0..cap3(Acc::new(f3(3, String::from("hello"), 3)).add((if f < 1 { 4 } else { f })).add(1).get()) {
                    let mut a: String = String::from("hello");
                    if (T::take(keep(T("v6"), 5)) >= 5 && (match (a.len() as i64) { 0 => cap.len(), n if n > 3 => n + 1, _ => w }) == 1) {
                        break 'l4;
                    }
                }
            }
            if !((String::from("hello")).is_empty()) {
                panic!("p7");
            }
            let u8: i64;
            if (T::take(keep(T("v10"), 9)) <= 0 || (((String::from("")).len() % 2 == 0 && T::id(&cap) <= 5) || ((String::from("x")).len() % 2 == 0 && 5 == 0))) {
                u8 = (if !(cap.len() <= 1) { T("k11").id() } else { (if 0 != 4 { cap.try_send(2) } else { cap.len() }) });
            } else {
                u8 = f3(T::take(keep(T("v13"), 12)), format!("{}-{}", (String::from("ab")), 1), Acc::new(cap.len()).add(2).add(cap.try_send(4)).get());
            }
            let P { a: f, b: d } = P { a: T::take(cap), b: yield_!(i2s((P { a: u8, b: String::from("x") }).sum())) };
            let e = 'b14: {
                let [e, _, _] = [opt(&(String::from("ab")))?, t("t15", ((P { a: 2, b: String::from("hello") }).sum() - f)), Acc::new(T("k16").len()).add(f).add(keep(T("v18"), 17).take()).get()];
                let c = 'b19: {
                    if (!((String::from("")).len() % 2 == 0) && f >= 5) {
                        break 'b19 f;
                    }
                    (yield_!(t("t20", d.clone())).len() as i64)
                };
                if (d.len() % 2 == 0 || !(u8 <= 2)) {
                    break 'b14 Acc::new(e).add(opt(&(d.clone()))?).add(T("k21").len()).get();
                }
                (match (P { a: u8, b: d.clone() }).sum() { 0 => c, n if n > 2 => n + 1, _ => (d.len() as i64) })
            };
            Some((d.len() as i64))
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
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            if (if (2 == 2 || cap.try_send(0) > 0) { T("k2").id() } else { (cap.try_send(3) * 1) }) >= 4 {
                let mut a = Acc::new((match (r.len() as i64) { 0 => (match 1 { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => cap.borrow() }), n if n > 1 => n + 1, _ => 5 })).add((if (r.len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { 2 } else { Acc::new(cap.len()).add((r.len() as i64)).add(cap.id()).get() })).add(cap.id()).get();
                'l3: for w in 0..cap3(2) {
                    consume(keep(T("v4"), (yield_!(i2s(w)).len() as i64)));
                    let (mut a, d) = (keep(keep(keep(T("v5"), (r.len() as i64)), (P { a: (r.len() as i64), b: r.clone() }).sum()), (match f3(w, r.clone(), (r.len() as i64)) { 0 => w, n if n > 3 => n + 1, _ => T("k6").id() })), 5);
                    if cap.borrow() < 4 {
                        return (P { a: (yield_!(String::from("xyz")).len() as i64), b: yield_!(String::from("four")) }).sum();
                    }
                    let mut b: i64 = t("t7", (yield_!(format!("{}-{}", r, w)).len() as i64));
                }
                if !(((r.len() as i64) < 4 && 2 != 2)) {
                    panic!("p8");
                }
            } else {
                'l9: for w in 0..cap3((cap.borrow() + T::take(keep(T("v11"), 10)))) {
                    yield_!(String::from(""));
                    r = String::from("four");
                }
                drop(cap);
                if ((if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("xyz") })).len() % 2 == 0 {
                    panic!("p12");
                }
            }
            let mut fuel13 = 0;
            let d = 'l13: loop {
                fuel13 += 1;
                if fuel13 > 2 {
                    break 'l13 f3(Some(T("k14")).unwrap().id(), t("t15", String::from("four")), t("t16", (r.len() as i64)));
                }
            };
            (yield_!(r).len() as i64)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let Some(b) = opt(&r) else {
                panic!("p1");
            };
            'l2: for w in 0..cap3(f3(Acc::new(b).add(b).add(0).get(), [r, String::from("")].concat(), (P { a: b, b: String::from("four") }).sum())) {
                let mut fuel3 = 0;
                'l3: while fuel3 < 3 && !(T::id(&cap) != 2) {
                    fuel3 += 1;
                    let P { a: b, b: f } = P { a: 4, b: yield_!([t("t4", String::from("four")), t("t5", String::from("x"))].concat()) };
                    let c = w;
                }
                let c = Acc::new(t("t6", (P { a: b, b: String::from("x") }).sum())).add(w).add(T::take(keep(T("v8"), 7))).get();
            }
            let mut fuel9 = 0;
            'l9: loop {
                fuel9 += 1;
                if fuel9 > 3 {
                    break 'l9;
                }
                let mut fuel10 = 0;
                let c = 'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 1 {
                        break 'l10 f3(f3(b, String::from("xyz"), cap.id()), [String::from("four"), String::from("")].concat(), res(&(String::from("hello")))?);
                    }
                    let e = [[(if b < 2 { String::from("four") } else { String::from("ab") }), yield_!(String::from("xyz"))].concat(), yield_!((if b >= 4 { String::from("four") } else { String::from("ab") }))].concat();
                    yield_!((if !((e.len() as i64) != 4) { e } else { e }));
                    let mut c = yield_!(i2s((if b >= 5 { b } else { b })));
                    let mut e = T("v11");
                };
                if ((String::from("four")).is_empty() || (String::from("four")).len() % 2 == 0) {
                    panic!("p12");
                }
                if (String::from("xyz")).is_empty() {
                    return Ok(b);
                }
            }
            if let Some(n) = T("k13").opt() {
                if 3 <= 5 {
                    return Err((if (String::from("four")).len() % 2 == 0 { yield_!(String::from("hello")) } else { String::from("x") }));
                }
                let u14: i64;
                if !((String::from("x")).is_empty()) {
                    u14 = t("t15", (P { a: b, b: String::from("ab") }).sum());
                } else {
                    u14 = n;
                }
                match opt(&((if !((String::from("x")).len() % 2 == 0) { (if (String::from("ab")).len() % 2 == 0 { String::from("x") } else { String::from("hello") }) } else { (if 0 == 4 { String::from("xyz") } else { String::from("hello") }) }))) {
                    Some(n) if n < 3 => {
                        r = yield_!([i2s(n), format!("{}-{}", (String::from("hello")), cap.id())].concat());
                        let d = res(&(r))?;
                        let e = (if (String::from("four")).is_empty() { yield_!([String::from("xyz"), String::from("ab")].concat()) } else { yield_!(String::from("")) });
                    }
                    Some(n) => {
                        yield_!(format!("{}-{}", (String::from("x")), 0));
                    }
                    None => {
                    }
                }
            } else {
            }
            Err((if (String::from("xyz")).len() % 2 == 0 { [String::from("hello"), String::from("xyz")].concat() } else { yield_!(String::from("xyz")) }))
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
            let P { a: e, b: c } = P { a: T::take(keep(T("v2"), 1)), b: yield_!([String::from("xyz"), r].concat()) };
            if let Some(n) = T("k3").opt() {
                if let Some(n) = opt(&c) {
                    let d = res(&c)?;
                } else {
                    let mut e = (match Some(T("k4")).unwrap().id() { 0 => ((match n { 0 => n, n if n > 5 => n + 1, _ => n }) + e), n if n > 3 => n + 1, _ => (P { a: cap.into_n(), b: String::from("x") }).sum() });
                }
                if c.len() % 2 == 0 {
                    panic!("p5");
                }
            } else {
                let mut fuel6 = Vec::from([(P { a: T::id(&cap), b: (if c.len() % 2 == 0 { c.clone() } else { String::from("") }) }).sum(), (yield_!(String::from("hello")).len() as i64)]);
                'l6: while let Some(w) = fuel6.pop() {
                    yield_!(t("t7", c.clone()));
                    consume(T("v8"));
                }
                yield_!(i2s((P { a: (c.len() as i64), b: String::from("four") }).sum()));
                let Some(d) = opt(&(format!("{}-{}", (c), e))) else {
                    return Err(i2s(cap.lock()));
                };
            }
            Err(String::from("hello"))
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
            let b = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 res(&r)?;
                }
                let mut fuel2 = 0;
                'l2: while fuel2 < 1 && (match (r.len() as i64) { 0 => cap.borrow(), n if n > 3 => n + 1, _ => (r.len() as i64) }) >= 2 {
                    fuel2 += 1;
                    yield_!(format!("{}-{}", r, t("t3", (r.len() as i64))));
                    yield_!(String::from("hello"));
                }
                let mut fuel4 = 0;
                'l4: while fuel4 < 2 && r.len() % 2 == 0 {
                    fuel4 += 1;
                    drop(keep(T("v5"), (P { a: cap.try_send(4), b: format!("{}-{}", r, cap.try_send(3)) }).sum()));
                    yield_!(t("t6", [String::from("x"), String::from("x")].concat()));
                }
                'l7: for w in T("k8").items() {
                    let d = (if 4 >= 2 { r.clone() } else { [String::from("xyz"), t("t9", String::from("xyz"))].concat() });
                    drop(T("v10"));
                    drop(T("v11"));
                }
            };
            let Some(a) = opt(&(String::from("x"))) else {
                return Ok((r.len() as i64));
            };
            if !((r.clone()).len() % 2 == 0) {
                return Err(format!("{}-{}", (String::from("hello")), a));
            }
            let [e, _, _] = [(if !(((r.clone()).len() % 2 == 0 && 3 >= 3)) { (P { a: cap.into_n(), b: yield_!(r) }).sum() } else { f3(res(&r)?, String::from("hello"), T::id(&cap)) }), res(&(String::from("hello")))?, T::take(keep(T("v13"), 12))];
            yield_!(format!("{}-{}", (String::from("ab")), res(&(String::from("ab")))?));
             {
                match opt(&(format!("{}-{}", (String::from("xyz")), 4))) {
                    Some(n) if n < 4 => {
                        match T("k14").id() {
                            0 => {
                                yield_!(format!("{}-{}", (String::from("x")), (match 1 { 0 => e, n if n > 0 => n + 1, _ => a })));
                                let d = T("k15").into_n();
                            }
                            n if n > 4 => {
                            }
                            _ => {
                            }
                        }
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            Ok(2)
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
            'l1: for w in 0..cap3(T("k2").into_n()) {
                'l3: for w in [String::from("xyz"), String::from("four")] {
                    yield_!((if (r.len() as i64) == 5 { i2s(T::id(&cap)) } else { (if 0 <= 5 { w } else { String::from("hello") }) }));
                    let e = T("v4");
                }
                r = yield_!([[String::from("x"), String::from("")].concat(), r.clone()].concat());
            }
            if (!((cap.borrow() >= 2 || r.len() % 2 == 0)) && (String::from("four")).is_empty()) {
                return None;
            }
            if r.is_empty() {
                panic!("p5");
            }
            let u6: i64;
            if (!(2 == 2) || (((r.len() as i64) >= 3 || r.len() % 2 == 0) || ((r.clone()).len() % 2 == 0 && (String::from("")).len() % 2 == 0))) {
                u6 = (yield_!(format!("{}-{}", (r), 0)).len() as i64);
            } else {
                u6 = (if !((r.len() as i64) >= 3) { (P { a: cap.try_send(0), b: r.clone() }).sum() } else { (if 0 == 0 { (r.len() as i64) } else { cap.borrow() }) });
            }
            if let Some(n) = opt(&(format!("{}-{}", (String::from("four")), t("t7", u6)))) && n > 4 {
                if (i2s(5)).is_empty() {
                    return None;
                }
                let u8: i64;
                if !(cap.id() == 0) {
                    u8 = t("t9", T::take(cap));
                } else {
                    u8 = T("k10").into_n();
                }
            }
            'l11: for w in T("k12").items() {
                if let Some(n) = opt(&(i2s((yield_!(String::from("ab")).len() as i64)))) {
                    yield_!([t("t13", String::from("xyz")), String::from("")].concat());
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
mod p147 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in [yield_!((if (r.len() as i64) <= 1 { r } else { r })), t("t2", String::from(""))] {
                 {
                    let Some(a) = opt(&(w.clone())) else {
                        panic!("p3");
                    };
                    let mut c = w;
                    drop(T("v4"));
                }
                let c = 2;
                r = format!("{}-{}", ([String::from(""), String::from("")].concat()), cap.len());
                 {
                    let u5: i64;
                    if !(!(!(2 >= 2))) {
                        u5 = (yield_!(t("t6", String::from(""))).len() as i64);
                    } else {
                        u5 = (r.len() as i64);
                    }
                    let mut fuel7 = Vec::from([u5, (P { a: (yield_!(String::from("xyz")).len() as i64), b: i2s((r.len() as i64)) }).sum()]);
                    'l7: while let Some(w) = fuel7.pop() {
                        r = [yield_!(r.clone()), (if (r.clone()).is_empty() { String::from("x") } else { r.clone() })].concat();
                        let f = keep(T("v8"), T::take(keep(T("v10"), 9)));
                        yield_!(i2s(T::take(f)));
                    }
                }
            }
            let [a, _, _] = [(if t("t11", 4) < 2 { t("t12", cap.try_send(3)) } else { (P { a: 3, b: String::from("hello") }).sum() }), (P { a: f3((P { a: cap.borrow(), b: String::from("x") }).sum(), i2s(3), cap.len()), b: yield_!(format!("{}-{}", (String::from("x")), 1)) }).sum(), Acc::new(T("k13").id()).add(Acc::new(5).add(T::take(keep(T("v15"), 14))).add(T("k16").into_n()).get()).add(opt(&(String::from("four")))?).get()];
            'b17: {
                yield_!(i2s(t("t18", a)));
                let a = String::from("x");
                if !((a.len() as i64) < 5) {
                    break 'b17;
                }
            }
            yield_!(i2s(f3(a, String::from("ab"), a)));
            'l19: for w in 0..cap3(T("k20").id()) {
                let mut fuel21 = 0;
                'l21: while fuel21 < 1 && !(((String::from("hello")).len() % 2 == 0 && 2 < 4)) {
                    fuel21 += 1;
                    drop(keep(T("v22"), w));
                    drop(T("v23"));
                }
            }
            Some(f3(f3(a, String::from("ab"), 3), i2s(a), T::id(&cap)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut e = yield_!(t("t1", [String::from("x"), r].concat()));
            'l2: for w in 0..cap3((P { a: Acc::new(4).add(cap.borrow()).add(3).get(), b: i2s(cap.borrow()) }).sum()) {
                let mut c = keep(keep(T("v3"), T::take(keep(T("v5"), 4))), (yield_!(e.clone()).len() as i64));
                let mut fuel6 = 0;
                'l6: while fuel6 < 3 && (w < 1 || (5 != 0 || cap.try_send(2) == 4)) {
                    fuel6 += 1;
                    if (c.len() != 0 && e.len() % 2 == 0) {
                        break 'l6;
                    }
                    if !(e.len() % 2 == 0) {
                        break 'l6;
                    }
                    if (e.clone()).is_empty() {
                        return Ok(T::take(keep(T("v8"), 7)));
                    }
                    let (mut e, a) = (keep(keep(T("v9"), res(&e)?), t("t10", t("t11", w))), (yield_!((if (w < 3 || w > 1) { e.clone() } else { (if (e.clone()).len() % 2 == 0 { String::from("hello") } else { String::from("four") }) })).len() as i64));
                }
            }
            yield_!(format!("{}-{}", (e), cap.borrow()));
            Ok(Acc::new(cap.borrow()).add(res(&(String::from("")))?).add((yield_!(String::from("x")).len() as i64)).get())
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let a = format!("{}-{}", ([r.clone(), r.clone()].concat()), cap.try_send(2));
             {
                 {
                    let [d, _, _] = [keep(cap, 1).take(), 3, (match (if (a.len() % 2 == 0 || r.len() % 2 == 0) { (P { a: 2, b: a }).sum() } else { ((a.len() as i64) - (r.len() as i64)) }) { 0 => f3(((r.len() as i64) + (r.len() as i64)), i2s(0), T("k2").into_n()), n if n > 3 => n + 1, _ => Acc::new(opt(&r)?).add(opt(&(String::from("xyz")))?).add(f3(5, String::from("four"), 2)).get() })];
                }
                let mut e = 1;
                if (yield_!(String::from("x"))).len() % 2 == 0 {
                    let (mut a, e) = (keep(keep(T("v3"), f3((r.len() as i64), r.clone(), e)), e), (r.len() as i64));
                    let (mut b, c) = (keep(T("v4"), a.borrow()), (r.len() as i64));
                } else {
                    let f = e;
                    let mut fuel5 = 0;
                    'l5: while fuel5 < 3 && r.len() % 2 == 0 {
                        fuel5 += 1;
                        let a = (if T("k6").id() >= 1 { yield_!(format!("{}-{}", r, 4)) } else { [String::from("xyz"), (if (String::from("x")).len() % 2 == 0 { r.clone() } else { String::from("x") })].concat() });
                        let mut d = 5;
                        let [a, _, _] = [Acc::new(t("t7", e)).add(Acc::new((P { a: d, b: a }).sum()).add(e).add(Acc::new(f).add(f).add(e).get()).get()).add((if !(0 <= 2) { (if f > 3 { e } else { e }) } else { (match f { 0 => f, n if n > 5 => n + 1, _ => f }) })).get(), (yield_!(r.clone()).len() as i64), opt(&(format!("{}-{}", (String::from("x")), 2)))?];
                    }
                }
            }
            let d = 'b8: {
                let u9: i64;
                if ((r.is_empty() && !(r.len() % 2 == 0)) || ((String::from("four")).len() % 2 == 0 && !(r.len() % 2 == 0))) {
                    u9 = f3((1 - 5), i2s((r.len() as i64)), t("t10", (r.len() as i64)));
                } else {
                    u9 = (if !((String::from("xyz")).len() % 2 == 0) { Some(T("k11")).unwrap().id() } else { f3(4, r, 3) });
                }
                if ((String::from("x")).len() % 2 == 0 && ((String::from("ab")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0)) {
                    break 'b8 f3(f3(u9, String::from("x"), u9), String::from("xyz"), T::take(keep(T("v13"), 12)));
                }
                u9
            };
             {
            }
            Some((t("t14", d) + d))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let f = 'b1: {
                if ((r.is_empty() && ((r.len() as i64) == 4 || cap.len() <= 2)) && !(((String::from("xyz")).len() % 2 == 0 || 1 == 5))) {
                    panic!("p2");
                }
                if (r.clone()).len() % 2 == 0 {
                    break 'b1 (5 + ((r.len() as i64) * cap.lock()));
                }
                f3(T::take(cap), r, T("k3").id())
            };
            yield_!(String::from(""));
            r = yield_!(i2s(f));
            r = String::from("x");
            if let Some(n) = T("k4").opt() {
                let Some(b) = opt(&r) else {
                    return f3((f - 2), r, f3(n, String::from("x"), n));
                };
                match (Acc::new((match t("t5", b) { 0 => f3(4, String::from("four"), 3), n if n > 2 => n + 1, _ => 3 })).add(t("t6", (yield_!(String::from("")).len() as i64))).add(T::take(keep(T("v8"), 7))).get(), yield_!(format!("{}-{}", (String::from("xyz")), 2))) {
                    (0, n) => {
                    }
                    (_, n) if n.len() > 0 => {
                    }
                    (_, n) => {
                    }
                }
            }
            t("t9", T::take(keep(T("v11"), 10)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
             {
                if !(r.is_empty()) {
                    panic!("p1");
                }
            }
            if T("k2").into_n() > 0 {
                return (yield_!(i2s((r.len() as i64))).len() as i64);
            }
            if (yield_!(r.clone())).len() % 2 == 0 {
                panic!("p3");
            }
            if let Some(n) = opt(&(format!("{}-{}", r, t("t4", (r.len() as i64))))) && n > 2 {
                'l5: for w in 0..cap3(n) {
                    let mut d = [String::from("hello"), String::from("four")].concat();
                }
            }
            (keep(T("v7"), 6).take() * (if 0 >= 0 { (r.len() as i64) } else { (r.len() as i64) }))
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
            if ((if cap.id() != 4 { r.clone() } else { String::from("") })).is_empty() {
                return Ok(Acc::new((match 4 { 0 => 0, n if n > 4 => n + 1, _ => 2 })).add((r.len() as i64)).add(f3(2, r, 3)).get());
            }
            if T::take(keep(T("v2"), 1)) > 0 {
                 {
                    let c = 'b3: {
                        consume(T("v4"));
                        if !(T("k5").id() < 4) {
                            break 'b3 (match (if cap.try_send(4) > 3 { 0 } else { cap.len() }) { 0 => (if 2 == 2 { T::id(&cap) } else { cap.id() }), n if n > 3 => n + 1, _ => (P { a: 4, b: String::from("x") }).sum() });
                        }
                        if f3(4, String::from(""), cap.try_send(3)) <= 2 {
                            break 'b3 1;
                        }
                        0
                    };
                }
            }
            match 5 {
                0 => {
                }
                n if n > 1 => {
                }
                _ => {
                }
            }
            yield_!(String::from("end"));
            Ok((if !((String::from("")).len() % 2 == 0) { t("t6", cap.id()) } else { Acc::new(4).add(cap.len()).add(3).get() }))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ([String::from("hello"), r.clone()].concat()).is_empty() {
                return Err(yield_!([r.clone(), String::from("four")].concat()));
            }
            let e = (if !((r.len() % 2 == 0 || r.len() % 2 == 0)) { t("t1", format!("{}-{}", (r.clone()), 0)) } else { yield_!(r.clone()) });
            match (cap.id(), t("t2", (if r.len() % 2 == 0 { i2s(cap.id()) } else { i2s(3) }))) {
                (0, n) => {
                    yield_!(e);
                    let mut fuel3 = 0;
                    'l3: loop {
                        fuel3 += 1;
                        if fuel3 > 2 {
                            break 'l3;
                        }
                        let a = T("v4");
                        drop(a);
                        let e: i64 = (if 3 <= 1 { res(&(r.clone()))? } else { t("t5", (if (n.len() as i64) <= 2 { 5 } else { 0 })) });
                    }
                }
                (_, n) if n.len() > 3 => {
                    let u6: i64;
                    if (!(!(n.len() % 2 == 0)) && (e.clone()).len() % 2 == 0) {
                        u6 = Some(T("k7")).unwrap().id();
                    } else {
                        u6 = (n.len() as i64);
                    }
                }
                (_, n) => {
                    yield_!(r);
                    'l8: for w in [e, n] {
                        let [b, _, _] = [Acc::new((yield_!(format!("{}-{}", (w.clone()), T::id(&cap))).len() as i64)).add(f3((w.len() as i64), [w, String::from("x")].concat(), res(&(String::from("hello")))?)).add(Acc::new(T::take(keep(T("v10"), 9))).add(Some(T("k11")).unwrap().id()).add((5 + T::id(&cap))).get()).get(), (P { a: Acc::new((if 4 >= 4 { cap.len() } else { 4 })).add(Acc::new(T::id(&cap)).add(cap.lock()).add(cap.try_send(5)).get()).add((cap.len() + cap.lock())).get(), b: t("t12", t("t13", String::from("ab"))) }).sum(), (if ((cap.lock() <= 3 && (String::from("x")).len() % 2 == 0) && ((String::from("")).len() % 2 == 0 || 2 >= 4)) { res(&(String::from("x")))? } else { Acc::new(t("t14", cap.lock())).add(T::id(&cap)).add((match 0 { 0 => cap.len(), n if n > 4 => n + 1, _ => cap.len() })).get() })];
                        let a = cap.id();
                        let a = T("v15");
                    }
                    if (4 >= 4 || (String::from("xyz")).len() % 2 == 0) {
                        panic!("p16");
                    }
                }
            }
            let mut fuel17 = 0;
            'l17: loop {
                fuel17 += 1;
                if fuel17 > 1 {
                    break 'l17;
                }
                 {
                    let mut e = cap.try_send(3);
                    let e = Acc::new(t("t18", (P { a: cap.borrow(), b: String::from("ab") }).sum())).add(T::take(keep(T("v20"), 19))).add((yield_!([String::from("hello"), String::from("ab")].concat()).len() as i64)).get();
                }
                yield_!((if !((String::from("hello")).len() % 2 == 0) { format!("{}-{}", (String::from("x")), 5) } else { format!("{}-{}", (String::from("x")), 1) }));
                r = [format!("{}-{}", (String::from("ab")), f3(cap.id(), String::from("ab"), T::id(&cap))), [[String::from("four"), String::from("hello")].concat(), format!("{}-{}", (String::from("ab")), cap.lock())].concat()].concat();
            }
            let mut fuel21 = 0;
            'l21: while fuel21 < 2 && ((cap.lock() == 0 && (String::from("hello")).len() % 2 == 0) && (String::from("hello")).len() % 2 == 0) {
                fuel21 += 1;
                if let Some(n) = T("k22").opt() {
                }
            }
            Err(format!("{}-{}", (String::from("")), f3(4, String::from("four"), cap.lock())))
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
            match T("k1").len() {
                0 => {
                     {
                        match (if (r.clone()).is_empty() { opt(&r)? } else { (P { a: ((r.len() as i64) - cap.id()), b: t("t2", r) }).sum() }) {
                            0 => {
                                yield_!(i2s((match 3 { 0 => 2, n if n > 4 => n + 1, _ => T::id(&cap) })));
                            }
                            n if n > 1 => {
                                r = t("t3", (if cap.lock() == 1 { String::from("ab") } else { format!("{}-{}", (String::from("ab")), n) }));
                                let P { a: f, b: c } = P { a: T("k4").id(), b: yield_!(String::from("xyz")) };
                                yield_!([r, [c, String::from("ab")].concat()].concat());
                            }
                            _ => {
                                if !(!((cap.id() > 2 && 5 != 3))) {
                                    return Some(T::take(cap));
                                }
                                yield_!(String::from(""));
                                r = format!("{}-{}", (i2s(3)), (if !((String::from("")).len() % 2 == 0) { (if (String::from("")).len() % 2 == 0 { 1 } else { 3 }) } else { opt(&(String::from("")))? }));
                            }
                        }
                    }
                    let mut fuel5 = 0;
                    'l5: while fuel5 < 2 && (4 > 2 || (String::from("")).is_empty()) {
                        fuel5 += 1;
                        r = yield_!(t("t6", i2s(3)));
                        let mut d = (if ((r.len() as i64) < 1 || r.len() % 2 == 0) { i2s(0) } else { i2s((P { a: (r.len() as i64), b: r.clone() }).sum()) });
                        if (P { a: T::take(keep(T("v8"), 7)), b: String::from("xyz") }).sum() < 1 {
                            panic!("p9");
                        }
                    }
                    'l10: for w in T("k11").items() {
                        if (t("t12", String::from("hello"))).is_empty() {
                            break 'l10;
                        }
                        let mut d = [i2s((0 - w)), yield_!((if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("hello") }))].concat();
                        yield_!(String::from("four"));
                        let mut d = Acc::new((t("t13", (d.len() as i64)) + Some(T("k14")).unwrap().id())).add((d.len() as i64)).add((Some(T("k15")).unwrap().id() - T::take(keep(T("v17"), 16)))).get();
                    }
                }
                n if n > 2 => {
                    drop(keep(keep(T("v18"), (n * (r.len() as i64))), (match (yield_!(String::from("")).len() as i64) { 0 => n, n if n > 1 => n + 1, _ => n })));
                }
                n => {
                    if r.len() % 2 == 0 {
                        return Some(cap.id());
                    }
                    if ((!((String::from("")).len() % 2 == 0) && r.is_empty()) || r.len() % 2 == 0) {
                        if r.len() % 2 == 0 {
                            return None;
                        }
                    } else if (!(n > 2) || r.len() % 2 == 0) {
                    }
                }
            }
            Some(t("t19", 3))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if !((P { a: cap.try_send(1), b: r.clone() }).sum() <= 5) {
                u1 = T("k2").into_n();
            } else {
                u1 = T::take(cap);
            }
            let f = T("v3");
            let mut fuel4 = Vec::from([Acc::new(t("t5", u1)).add(T::take(f)).add((yield_!(r).len() as i64)).get(), T("k6").id()]);
            'l4: while let Some(w) = fuel4.pop() {
                let u7: i64;
                if t("t8", (if 3 == 0 { 0 } else { 3 })) > 0 {
                    u7 = Some(T("k9")).unwrap().id();
                } else {
                    u7 = Some(T("k10")).unwrap().id();
                }
                let mut fuel11 = Vec::from([f3(T::take(keep(T("v13"), 12)), String::from("x"), u7), 2]);
                'l11: while let Some(w) = fuel11.pop() {
                    let a: T = T("v14");
                    if (format!("{}-{}", (String::from("ab")), w)).is_empty() {
                        panic!("p15");
                    }
                    r = yield_!(i2s((5 + u7)));
                    if (!((String::from("ab")).len() % 2 == 0) || (!(u7 <= 2) && !(r.len() % 2 == 0))) {
                        panic!("p16");
                    }
                }
            }
             {
                 {
                    if let Some(n) = T("k17").opt() {
                        yield_!(i2s((2 + n)));
                    }
                }
            }
            t("t18", 2)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match opt(&r) {
                Some(n) if n < 3 => {
                    'b1: {
                        let c = 'b2: {
                            yield_!(format!("{}-{}", r, (match 1 { 0 => n, n if n > 1 => n + 1, _ => n })));
                            yield_!(r.clone());
                            yield_!(r.clone());
                            if (r.len() % 2 == 0 && cap.lock() <= 3) {
                                break 'b2 T("k3").into_n();
                            }
                            n
                        };
                        if (r.clone()).is_empty() {
                            return Ok(n);
                        }
                        'l4: for w in 0..cap3(f3(T("k5").into_n(), r, t("t6", c))) {
                            let mut b = T("v7");
                            let [a, _, _] = [(yield_!(i2s(4)).len() as i64), ((if (String::from("ab")).len() % 2 == 0 { b.into_n() } else { (if 4 <= 0 { n } else { c }) }) + (if !(cap.borrow() == 0) { (if (String::from("")).len() % 2 == 0 { 0 } else { n }) } else { 0 })), c];
                            b = keep(T("v8"), T("k9").into_n());
                            yield_!(t("t10", format!("{}-{}", (String::from("")), T::id(&b))));
                        }
                        if ((String::from("ab")).len() % 2 == 0 || ((String::from("")).len() % 2 == 0 || (String::from("")).len() % 2 == 0)) {
                            break 'b1;
                        }
                    }
                    match T::take(keep(cap, 11)) {
                        0 => {
                            if ((String::from("hello")).len() % 2 == 0 && !(((String::from("x")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0))) {
                                return Ok((if (String::from("hello")).len() % 2 == 0 { Acc::new(4).add(n).add(n).get() } else { n }));
                            }
                        }
                        n if n > 0 => {
                        }
                        _ => {
                        }
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Ok(f3(t("t12", 4), [String::from(""), String::from("x")].concat(), t("t13", 1)))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let d = (if (String::from("")).is_empty() { String::from("xyz") } else { i2s((if cap.id() <= 1 { (r.len() as i64) } else { 4 })) });
             {
                yield_!(d);
            }
            yield_!(r.clone());
            'l1: for w in T("k2").items() {
                r = (if !(5 > 1) { (if (w <= 3 || (r.clone()).len() % 2 == 0) { (if r.len() % 2 == 0 { String::from("xyz") } else { r.clone() }) } else { yield_!(String::from("ab")) }) } else { t("t3", (if r.len() % 2 == 0 { String::from("xyz") } else { String::from("four") })) });
                match opt(&(r.clone())) {
                    Some(n) if n < 5 => {
                        yield_!(format!("{}-{}", r, opt(&r)?));
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            Some((yield_!((if T::id(&cap) == 2 { r } else { String::from("four") })).len() as i64))
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
            let e = 'b1: {
                'l2: for w in [yield_!(String::from("hello")), format!("{}-{}", r, Acc::new((r.len() as i64)).add(cap.try_send(2)).add(2).get())] {
                    'l3: for w in [t("t4", r.clone()), r.clone()] {
                        r = yield_!(w);
                        let a = r.clone();
                    }
                    let Some(e) = opt(&(w)) else {
                        return T::take(keep(T("v8"), 7));
                    };
                }
                if ((r).len() % 2 == 0 || (String::from("xyz")).is_empty()) {
                    break 'b1 (t("t9", cap.id()) + f3(3, String::from(""), 1));
                }
                T("k10").into_n()
            };
            T("k11").len()
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = 'b1: {
                let Some(d) = opt(&(yield_!(String::from("hello")))) else {
                    return Some((yield_!([String::from("xyz"), String::from("ab")].concat()).len() as i64));
                };
                'l2: for w in 0..cap3(cap.try_send(0)) {
                    'l3: for w in T("k4").items() {
                        yield_!(t("t5", [r.clone(), String::from("xyz")].concat()));
                        r = yield_!((if w >= 0 { r.clone() } else { format!("{}-{}", (r.clone()), 0) }));
                        yield_!(String::from("four"));
                    }
                    let Some(f) = opt(&(r.clone())) else {
                        return None;
                    };
                    if let Some(n) = opt(&(t("t6", (if r.len() % 2 == 0 { String::from("x") } else { r.clone() })))) {
                        let mut a: String = format!("{}-{}", r, T::id(&cap));
                        if (a.is_empty() && d <= 0) {
                            break 'b1 f3(4, a, 5);
                        }
                    } else {
                        yield_!(format!("{}-{}", (r.clone()), (P { a: 1, b: String::from("x") }).sum()));
                        r = [format!("{}-{}", (r.clone()), T("k7").id()), r.clone()].concat();
                    }
                    let mut fuel8 = 0;
                    'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 3 {
                            break 'l8;
                        }
                        let P { a: a, b: c } = P { a: (r.len() as i64), b: i2s(f) };
                        yield_!(t("t9", String::from("xyz")));
                    }
                }
                if (r).is_empty() {
                    break 'b1 T::take(cap);
                }
                opt(&(String::from("ab")))?
            };
            if !((String::from("x")).is_empty()) {
                panic!("p10");
            }
            let Some(d) = opt(&([yield_!(String::from("x")), String::from("xyz")].concat())) else {
                panic!("p11");
            };
            r = (if (String::from("ab")).is_empty() { format!("{}-{}", (String::from("ab")), Acc::new(d).add(d).add(d).get()) } else { [i2s(2), (if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("") })].concat() });
            if (t("t12", r)).is_empty() {
                panic!("p13");
            }
            yield_!(String::from("x"));
            Some(d)
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
            let Some(a) = opt(&r) else {
                return Err(t("t1", (if T::id(&cap) == 4 { r } else { r })));
            };
            if (!((String::from("hello")).is_empty()) && (String::from("x")).len() % 2 == 0) {
                panic!("p2");
            }
            let mut fuel3 = 0;
            'l3: loop {
                fuel3 += 1;
                if fuel3 > 2 {
                    break 'l3;
                }
                let a = Acc::new(Acc::new((if cap.lock() <= 0 { a } else { 4 })).add((yield_!(String::from("ab")).len() as i64)).add(T::take(keep(T("v5"), 4))).get()).add((0 * (yield_!(String::from("ab")).len() as i64))).add(Acc::new(T::take(keep(T("v7"), 6))).add(t("t8", 2)).add((if (String::from("")).len() % 2 == 0 { a } else { a })).get()).get();
                let c = 'b9: {
                     {
                        r = (if !(!((String::from("hello")).len() % 2 == 0)) { [i2s(5), format!("{}-{}", (String::from("")), a)].concat() } else { yield_!((if a <= 1 { String::from("x") } else { String::from("four") })) });
                        drop(T("v10"));
                    }
                    r = yield_!(format!("{}-{}", r, Acc::new(a).add(a).add((r.len() as i64)).get()));
                    let mut b: String = String::from("ab");
                    if (match a { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => a }) < 2 {
                        break 'b9 T::id(&cap);
                    }
                    t("t11", a)
                };
                if ((!(2 > 2) || (String::from("ab")).is_empty()) || (String::from("hello")).len() % 2 == 0) {
                    panic!("p12");
                }
            }
            Ok((f3(a, String::from(""), a) + t("t13", 0)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if !((if r.len() % 2 == 0 { 1 } else { cap.id() }) > 1) {
                if let Some(n) = T("k1").opt() {
                    if r.len() % 2 == 0 {
                        return Acc::new(t("t2", (r.len() as i64))).add(((r.len() as i64) + n)).add(n).get();
                    }
                }
            }
            let Some(c) = opt(&r) else {
                panic!("p3");
            };
            let mut fuel4 = 0;
            'l4: loop {
                fuel4 += 1;
                if fuel4 > 3 {
                    break 'l4;
                }
                match T("k5").len() {
                    0 => {
                        let mut a = T("v6");
                        if (!((r.clone()).len() % 2 == 0) || (r.clone()).is_empty()) {
                            return c;
                        }
                        let e = (yield_!(String::from("ab")).len() as i64);
                    }
                    n if n > 1 => {
                        drop(T("v7"));
                        yield_!(r.clone());
                        r = i2s(cap.try_send(5));
                    }
                    n => {
                        consume(T("v8"));
                        r = yield_!(format!("{}-{}", (r.clone()), c));
                    }
                }
                yield_!(i2s(T::take(keep(T("v10"), 9))));
                r = String::from("ab");
            }
            match opt(&(yield_!(i2s(cap.id())))) {
                Some(n) if n < 2 => {
                    'l11: for w in 0..cap3(T::take(keep(keep(T("v13"), cap.borrow()), 12))) {
                        let mut e = T("v14");
                        let [b, _, _] = [f3(f3((r.len() as i64), yield_!(String::from("hello")), t("t15", n)), t("t16", (if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("four") })), (4 + Acc::new(3).add(cap.try_send(4)).add(n).get())), T::id(&e), Acc::new((r.len() as i64)).add(Acc::new(t("t17", n)).add(f3(n, r.clone(), w)).add(3).get()).add((T::id(&cap) + n)).get()];
                        r = yield_!(t("t18", format!("{}-{}", r, n)));
                        let mut f = format!("{}-{}", (r.clone()), (n - (match (r.len() as i64) { 0 => cap.lock(), n if n > 5 => n + 1, _ => c })));
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            (match (c + 1) { 0 => Acc::new((r.len() as i64)).add(cap.borrow()).add(0).get(), n if n > 3 => n + 1, _ => (match c { 0 => c, n if n > 0 => n + 1, _ => cap.id() }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && !((r.clone()).len() % 2 == 0) {
                fuel1 += 1;
                match T("k2").len() {
                    0 => {
                        yield_!(r.clone());
                        r = String::from("hello");
                    }
                    n if n > 4 => {
                        let P { a: c, b: f } = P { a: (if (n >= 0 || (r.len() % 2 == 0 || cap.lock() < 5)) { (P { a: n, b: yield_!(r.clone()) }).sum() } else { (r.len() as i64) }), b: r.clone() };
                        r = i2s(c);
                        yield_!((if 3 > 3 { f } else { r.clone() }));
                    }
                    n => {
                        let mut a = 1;
                        drop(T("v3"));
                        let f = T("v4");
                    }
                }
                let a = T("v5");
                if let Some(n) = opt(&r) && n > 1 {
                    drop(T("v6"));
                    drop(T("v7"));
                    let mut e = a;
                } else if (!((r.len() as i64) <= 5) && !((r.clone()).len() % 2 == 0)) {
                } else {
                    yield_!(i2s((cap.try_send(2) * 5)));
                    let b = (match Acc::new(t("t9", (r.len() as i64))).add((match (r.len() as i64) { 0 => 4, n if n > 0 => n + 1, _ => (r.len() as i64) })).add(cap.borrow()).get() { 0 => T("k10").len(), n if n > 5 => n + 1, _ => (if !((String::from("x")).len() % 2 == 0) { T("k11").id() } else { Some(T("k12")).unwrap().id() }) });
                    yield_!(String::from("x"));
                }
            }
            if let Some(n) = opt(&(r)) && n > 4 {
                let Some(e) = opt(&([i2s(cap.len()), i2s(3)].concat())) else {
                    return Ok(Acc::new(T::take(keep(T("v14"), 13))).add((P { a: cap.borrow(), b: String::from("ab") }).sum()).add((P { a: 0, b: String::from("x") }).sum()).get());
                };
                 {
                }
            } else if (String::from("hello")).len() % 2 == 0 {
            } else if (cap.borrow() != 5 && ((String::from("x")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0)) {
            }
            Ok(T::take(cap))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                let b = 2;
                'l2: for w in [(if (r.len() as i64) < 4 { yield_!(r.clone()) } else { r }), t("t3", [String::from(""), String::from("hello")].concat())] {
                    if w.is_empty() {
                        return cap.id();
                    }
                    r = w;
                    if ((r.clone()).is_empty() && !(b >= 1)) {
                        return (P { a: (b + b), b: String::from("") }).sum();
                    }
                    'l4: for w in [i2s((r.len() as i64)), i2s((r.len() as i64))] {
                        let f = ((w.len() as i64) + T::take(keep(T("v6"), 5)));
                        let [f, _, _] = [t("t7", T::take(keep(T("v9"), 8))), (P { a: T::take(keep(keep(T("v11"), (r.len() as i64)), 10)), b: yield_!(w.clone()) }).sum(), t("t12", ((match b { 0 => b, n if n > 3 => n + 1, _ => 5 }) - (if 2 < 4 { cap.len() } else { cap.len() })))];
                    }
                }
                if !(((String::from("")).len() % 2 == 0 && 4 > 3)) {
                    break 'b1;
                }
            }
            if (yield_!(String::from("xyz"))).is_empty() {
                panic!("p13");
            }
            3
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&([r, String::from("four")].concat())) {
                let mut d = yield_!(i2s((T::id(&cap) + n)));
            } else {
                r = format!("{}-{}", (format!("{}-{}", (String::from("x")), T::id(&cap))), (match (match T::id(&cap) { 0 => cap.id(), n if n > 3 => n + 1, _ => cap.lock() }) { 0 => (cap.borrow() * cap.try_send(5)), n if n > 1 => n + 1, _ => f3(cap.len(), String::from("x"), 1) }));
                match (0, format!("{}-{}", ([String::from("hello"), r.clone()].concat()), res(&r)?)) {
                    (0, n) => {
                        r = [i2s(T("k1").len()), String::from("x")].concat();
                        let d: i64 = 3;
                        yield_!(n);
                    }
                    (_, n) if n.len() > 2 => {
                    }
                    (_, n) => {
                    }
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
mod p165 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let (mut e, f) = (cap, ((yield_!(r).len() as i64) - Acc::new((match 0 { 0 => 0, n if n > 0 => n + 1, _ => 0 })).add(1).add(Acc::new(4).add(1).add(3).get()).get()));
            r = yield_!(i2s(Acc::new(5).add(e.lock()).add(f).get()));
            'l1: for w in [String::from(""), format!("{}-{}", r, (r.len() as i64))] {
                r = i2s((yield_!(t("t2", r.clone())).len() as i64));
                yield_!(t("t3", r.clone()));
                 {
                    if !(T("k4").len() != 2) {
                        panic!("p5");
                    }
                }
            }
             {
                let mut fuel6 = 0;
                let d = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 3 {
                        break 'l6 t("t7", T("k8").id());
                    }
                    let Some(f) = opt(&(yield_!([String::from("ab"), r.clone()].concat()))) else {
                        return e.try_send(4);
                    };
                    'l9: for w in [(if (r.clone()).is_empty() { i2s((r.len() as i64)) } else { yield_!(String::from("ab")) }), [(if e.id() <= 0 { String::from("xyz") } else { String::from("xyz") }), format!("{}-{}", (String::from("xyz")), e.id())].concat()] {
                        yield_!(format!("{}-{}", (w), (if r.len() % 2 == 0 { f } else { e.borrow() })));
                        consume(T("v10"));
                    }
                };
                r = t("t11", String::from("xyz"));
                let Some(e) = opt(&(yield_!(String::from("hello")))) else {
                    panic!("p12");
                };
            }
            let c = yield_!(r);
            'l13: for w in [yield_!(format!("{}-{}", (String::from("")), e.borrow())), t("t14", String::from("hello"))] {
                let P { a: b, b: d } = P { a: 5, b: yield_!(w) };
                let mut c = keep(T("v15"), b);
            }
            T::id(&e)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((r.is_empty() || (r).len() % 2 == 0) || ((String::from("xyz")).is_empty() || (String::from("four")).len() % 2 == 0)) {
                panic!("p1");
            }
            let [b, _, _] = [(if (String::from("")).len() % 2 == 0 { (T("k2").id() + Acc::new(cap.lock()).add(cap.id()).add(cap.id()).get()) } else { T::take(keep(T("v4"), 3)) }), Acc::new((match res(&(String::from("four")))? { 0 => res(&(String::from("x")))?, n if n > 4 => n + 1, _ => res(&(String::from("x")))? })).add((P { a: (P { a: 4, b: String::from("hello") }).sum(), b: String::from("xyz") }).sum()).add(T::take(keep(T("v6"), 5))).get(), Acc::new((match (5 - 4) { 0 => (if (String::from("")).len() % 2 == 0 { 2 } else { 2 }), n if n > 3 => n + 1, _ => (P { a: cap.try_send(0), b: String::from("") }).sum() })).add((P { a: (3 - cap.len()), b: t("t7", String::from("")) }).sum()).add(f3(T::take(cap), yield_!(String::from("hello")), Acc::new(2).add(0).add(5).get())).get()];
            r = format!("{}-{}", (i2s(b)), (P { a: Acc::new(b).add(b).add(1).get(), b: i2s(b) }).sum());
            if let Some(n) = opt(&r) {
                let a: i64 = (r.len() as i64);
                let f = 'b8: {
                    let Some(c) = opt(&r) else {
                        panic!("p9");
                    };
                    match T("k10").len() {
                        0 => {
                            let P { a: c, b: f } = P { a: ((r.len() as i64) + Acc::new(Acc::new(0).add(a).add(n).get()).add(t("t11", 5)).add(3).get()), b: [(if (n < 3 && r.len() % 2 == 0) { r } else { r }), yield_!([String::from("hello"), String::from("ab")].concat())].concat() };
                            let mut e = T("v12");
                        }
                        n if n > 0 => {
                            yield_!(r.clone());
                            drop(T("v13"));
                        }
                        n => {
                            let mut c = yield_!(format!("{}-{}", r, (match c { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => a })));
                        }
                    }
                    let Some(d) = opt(&(format!("{}-{}", (String::from("ab")), c))) else {
                        break 'b8 a;
                    };
                    if (String::from("four")).is_empty() {
                        break 'b8 (P { a: Some(T("k14")).unwrap().id(), b: format!("{}-{}", (String::from("")), 2) }).sum();
                    }
                    4
                };
            }
            Ok((if (b != 2 && (String::from("four")).len() % 2 == 0) { t("t15", b) } else { (if (String::from("ab")).len() % 2 == 0 { b } else { b }) }))
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
            match opt(&r) {
                Some(n) if n < 0 => {
                    let b = 'b1: {
                        'b2: {
                            let [e, _, _] = [T("k3").id(), n, t("t4", 4)];
                            if r.len() % 2 == 0 {
                                break 'b2;
                            }
                        }
                        let Some(b) = opt(&(r.clone())) else {
                            panic!("p5");
                        };
                        if (((String::from("xyz")).len() % 2 == 0 && 0 <= 0) && (r.len() as i64) > 3) {
                            break 'b1 t("t6", Acc::new(2).add(T::id(&cap)).add(cap.id()).get());
                        }
                        opt(&(String::from("four")))?
                    };
                }
                Some(n) => {
                    yield_!(r.clone());
                    yield_!((if n == 4 { String::from("hello") } else { format!("{}-{}", r, n) }));
                }
                None => {
                    let mut fuel7 = 0;
                    let b = 'l7: loop {
                        fuel7 += 1;
                        if fuel7 > 1 {
                            break 'l7 T("k8").id();
                        }
                        let (mut e, a) = (T("v9"), (P { a: T::take(keep(keep(T("v11"), (r.len() as i64)), 10)), b: yield_!(t("t12", String::from(""))) }).sum());
                        let mut b: T = T("v13");
                    };
                    let P { a: f, b: d } = P { a: b, b: yield_!(i2s(4)) };
                    'l14: for w in T("k15").items() {
                        if w < 3 {
                            return None;
                        }
                        let b = 2;
                        drop(T("v16"));
                    }
                }
            }
            if ((yield_!(r.clone()).len() as i64) >= 3 && (!(T::id(&cap) >= 2) && 2 < 1)) {
                return Some(T("k17").id());
            }
            let mut a: T = keep(cap, (if !(r.len() % 2 == 0) { Acc::new((r.len() as i64)).add(1).add(5).get() } else { opt(&(r.clone()))? }));
            if ((match (r.len() as i64) { 0 => T::id(&a), n if n > 5 => n + 1, _ => 0 }) == 5 && (r).is_empty()) {
                panic!("p18");
            }
            let mut fuel19 = 0;
            let b = 'l19: loop {
                fuel19 += 1;
                if fuel19 > 2 {
                    break 'l19 T("k20").len();
                }
                if 1 > 2 {
                    panic!("p21");
                }
            };
            Some(Acc::new(t("t22", a.len())).add(t("t23", b)).add((yield_!(String::from("ab")).len() as i64)).get())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            let a = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 cap.try_send(1);
                }
                let mut d = T::id(&cap);
                if let Some(n) = opt(&r) {
                    yield_!((if !((r.len() as i64) == 4) { [r.clone(), String::from("")].concat() } else { format!("{}-{}", (String::from("xyz")), 1) }));
                    yield_!(r.clone());
                }
                'l2: for w in 0..cap3(4) {
                }
            };
            2
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = Vec::from([Acc::new(Some(T("k2")).unwrap().id()).add(1).add(0).get(), (match (match (r.len() as i64) { 0 => 1, n if n > 4 => n + 1, _ => 3 }) { 0 => cap.borrow(), n if n > 0 => n + 1, _ => (if (r).len() % 2 == 0 { cap.len() } else { 2 }) })]);
            'l1: while let Some(w) = fuel1.pop() {
                 {
                    r = yield_!(t("t3", t("t4", String::from(""))));
                    let mut fuel5 = 0;
                    'l5: loop {
                        fuel5 += 1;
                        if fuel5 > 2 {
                            break 'l5;
                        }
                        r = format!("{}-{}", ([r.clone(), r.clone()].concat()), (r.len() as i64));
                        let (mut c, f) = (T("v6"), w);
                        let mut f: String = r.clone();
                        consume(keep(T("v7"), T("k8").into_n()));
                    }
                }
                'l9: for w in [[yield_!(String::from("x")), [String::from("xyz"), r.clone()].concat()].concat(), yield_!(r.clone())] {
                    let b = (T::take(keep(T("v11"), 10)) + (r.len() as i64));
                    r = format!("{}-{}", w, f3((match cap.len() { 0 => b, n if n > 0 => n + 1, _ => 5 }), (if b <= 4 { r.clone() } else { String::from("xyz") }), t("t12", (r.len() as i64))));
                }
            }
            'l13: for w in 0..cap3(f3((if (String::from("")).len() % 2 == 0 { 4 } else { 0 }), i2s(4), (if (String::from("four")).len() % 2 == 0 { 1 } else { 3 }))) {
                let b = 'b14: {
                    let u15: i64;
                    if ((String::from("hello")).len() % 2 == 0 || !(((String::from("x")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0))) {
                        u15 = w;
                    } else {
                        u15 = T::take(keep(T("v17"), 16));
                    }
                    if ((String::from("x")).len() % 2 == 0 || cap.lock() > 5) {
                        break 'b14 cap.id();
                    }
                    (if (w != 1 && w < 2) { (if T::id(&cap) >= 2 { T::id(&cap) } else { cap.lock() }) } else { Acc::new(5).add(0).add(w).get() })
                };
            }
            Ok(cap.id())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(f) = opt(&r) else {
                return (r.len() as i64);
            };
            let mut b = keep(T("v1"), T::take(keep(T("v3"), 2)));
            let b = yield_!(format!("{}-{}", r, Acc::new(f).add(0).add(0).get()));
            let Some(d) = opt(&b) else {
                panic!("p4");
            };
            if (yield_!(r)).len() % 2 == 0 {
                panic!("p5");
            }
            r = String::from("four");
            f
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&(r)) && n > 1 {
                 {
                    'l1: for w in T("k2").items() {
                        if (T::take(keep(T("v4"), 3)) + Some(T("k5")).unwrap().id()) == 5 {
                            continue 'l1;
                        }
                        let f = format!("{}-{}", (i2s(cap.try_send(5))), (if (n == 3 && (String::from("four")).len() % 2 == 0) { f3(w, String::from("ab"), cap.id()) } else { (w - 3) }));
                        let b = f.clone();
                    }
                    match opt(&(t("t6", String::from("hello")))) {
                        Some(n) if n < 4 => {
                            let [c, _, _] = [f3((yield_!(i2s(4)).len() as i64), format!("{}-{}", (String::from("")), 1), (T::take(keep(T("v8"), 7)) + (match cap.id() { 0 => n, n if n > 1 => n + 1, _ => cap.try_send(0) }))), n, (if !((String::from("ab")).is_empty()) { Acc::new(0).add(n).add((match n { 0 => 3, n if n > 5 => n + 1, _ => n })).get() } else { (P { a: (match cap.lock() { 0 => cap.len(), n if n > 3 => n + 1, _ => n }), b: t("t9", String::from("xyz")) }).sum() })];
                            r = yield_!((if (String::from("four")).is_empty() { [String::from("xyz"), String::from("x")].concat() } else { [String::from("x"), String::from("four")].concat() }));
                        }
                        Some(n) => {
                            let [d, _, _] = [(t("t10", Acc::new(n).add(0).add(T::id(&cap)).get()) + n), T("k11").id(), 3];
                        }
                        None => {
                            r = yield_!(String::from("xyz"));
                            let a = (r.len() as i64);
                            let c: String = yield_!(t("t12", format!("{}-{}", (r), n)));
                        }
                    }
                }
            }
            let mut e = (P { a: (yield_!([String::from("hello"), String::from("")].concat()).len() as i64), b: (if (String::from("hello")).is_empty() { [String::from("x"), String::from("xyz")].concat() } else { yield_!(String::from("four")) }) }).sum();
            let mut f = T("v13");
            yield_!(t("t14", String::from("ab")));
            f = cap;
            let Some(a) = opt(&(t("t15", (if e > 5 { String::from("") } else { String::from("xyz") })))) else {
                return Ok((match (match e { 0 => e, n if n > 5 => n + 1, _ => 4 }) { 0 => f.try_send(5), n if n > 0 => n + 1, _ => f.into_n() }));
            };
            r = format!("{}-{}", ([String::from("hello"), String::from("x")].concat()), (e + T::take(keep(T("v17"), 16))));
            let u18: i64;
            if f3(a, String::from("x"), (match (r.len() as i64) { 0 => e, n if n > 5 => n + 1, _ => (r.len() as i64) })) != 1 {
                u18 = res(&r)?;
            } else {
                u18 = a;
            }
            let P { a: b, b: a } = P { a: (if ((0 != 1 || a != 1) || ((r.len() as i64) >= 1 && (r.clone()).len() % 2 == 0)) { res(&(String::from("xyz")))? } else { ((yield_!(r).len() as i64) + f3(a, String::from(""), 1)) }), b: yield_!(i2s(res(&(String::from("four")))?)) };
            Ok(f3(t("t19", (a.len() as i64)), [String::from(""), a].concat(), f3(2, String::from(""), u18)))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (r.len() as i64) == 1 {
                fuel1 += 1;
                'l2: for w in 0..cap3(keep(T("v4"), 3).take()) {
                    let mut b = String::from("hello");
                    b = yield_!(format!("{}-{}", (r.clone()), f3(w, b.clone(), w)));
                }
                if let Some(n) = opt(&(r.clone())) {
                    yield_!(i2s(4));
                    yield_!((if !(r.len() % 2 == 0) { (if (String::from("")).len() % 2 == 0 { r.clone() } else { r.clone() }) } else { format!("{}-{}", r, (r.len() as i64)) }));
                    if !((n - n) <= 4) {
                        return Some(2);
                    }
                } else if r.len() % 2 == 0 {
                    let e = r.clone();
                    consume(T("v5"));
                    r = i2s((match T("k6").id() { 0 => 2, n if n > 1 => n + 1, _ => T("k7").id() }));
                } else {
                    let f = T("v8");
                    let f = yield_!((if (1 >= 5 && (r.len() as i64) < 0) { format!("{}-{}", r, (r.len() as i64)) } else { String::from("ab") }));
                    let b = cap.try_send(0);
                }
            }
            'b9: {
                consume(T("v10"));
                if r.len() % 2 == 0 {
                    break 'b9;
                }
            }
            let mut fuel11 = Vec::from([Acc::new((match cap.try_send(1) { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => 2 })).add((r.len() as i64)).add((if (String::from("hello")).len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) })).get(), t("t12", 4)]);
            'l11: while let Some(w) = fuel11.pop() {
                let mut a = opt(&r)?;
                if let Some(n) = opt(&r) {
                    a += (r.len() as i64);
                    let b = T("v13");
                } else if (r.len() % 2 == 0 && !((String::from("four")).len() % 2 == 0)) {
                } else if ((w >= 5 && r.len() % 2 == 0) && !(r.len() % 2 == 0)) {
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
mod p173 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut e = yield_!(format!("{}-{}", r, T::id(&cap)));
             {
                if (r.len() % 2 == 0 || (r.is_empty() && (e.len() % 2 == 0 || (e.len() as i64) > 2))) {
                    panic!("p1");
                }
                let f: i64 = cap.try_send(1);
                match opt(&e) {
                    Some(n) if n < 5 => {
                        yield_!((if r.len() % 2 == 0 { (if r.len() % 2 == 0 { r.clone() } else { e }) } else { r.clone() }));
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            (match (match 1 { 0 => 0, n if n > 5 => n + 1, _ => T::id(&cap) }) { 0 => (P { a: cap.borrow(), b: r }).sum(), n if n > 4 => n + 1, _ => (match 1 { 0 => T::id(&cap), n if n > 2 => n + 1, _ => cap.len() }) })
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
            let e = T("k1").into_n();
            'l2: for w in [yield_!(t("t3", String::from("xyz"))), format!("{}-{}", r, 5)] {
                match ((match cap.len() { 0 => 3, n if n > 3 => n + 1, _ => (P { a: (P { a: e, b: String::from("xyz") }).sum(), b: i2s(cap.id()) }).sum() }), t("t4", format!("{}-{}", w, t("t5", e)))) {
                    (0, n) => {
                        yield_!(String::from("ab"));
                    }
                    (_, n) if n.len() > 1 => {
                        r = t("t6", format!("{}-{}", r, T("k7").len()));
                        let mut a = format!("{}-{}", (format!("{}-{}", r, (r.len() as i64))), (P { a: (match 1 { 0 => e, n if n > 1 => n + 1, _ => e }), b: n }).sum());
                        yield_!(String::from("x"));
                    }
                    (_, n) => {
                        r = yield_!(w.clone());
                        if (n.clone()).len() % 2 == 0 {
                            panic!("p8");
                        }
                        r = format!("{}-{}", w, T("k9").id());
                    }
                }
                let mut fuel10 = 0;
                let b = 'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 2 {
                        break 'l10 Acc::new((P { a: e, b: String::from("ab") }).sum()).add(T::take(keep(T("v12"), 11))).add(e).get();
                    }
                    yield_!(String::from("ab"));
                    let c = cap.lock();
                };
            }
            drop(T("v13"));
            r = t("t14", i2s(((r.len() as i64) + cap.id())));
            let mut c = (match t("t15", (yield_!(r).len() as i64)) { 0 => e, n if n > 5 => n + 1, _ => f3((if (String::from("x")).len() % 2 == 0 { 1 } else { e }), format!("{}-{}", (String::from("hello")), T::id(&cap)), cap.try_send(0)) });
            'l16: for w in T("k17").items() {
            }
            T::take(keep(T("v19"), 18))
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
            if let Some(n) = T("k1").opt() {
                let mut fuel2 = 0;
                let a = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2 f3(t("t3", 2), format!("{}-{}", r, 2), t("t4", 5));
                    }
                    let a = keep(T("v5"), (P { a: (yield_!(r.clone()).len() as i64), b: yield_!(r.clone()) }).sum());
                    yield_!(t("t6", String::from("four")));
                    let [e, _, _] = [(if ((r.clone()).len() % 2 == 0 && n == 1) { (if ((r.clone()).len() % 2 == 0 || 4 == 1) { T::take(a) } else { f3(n, r.clone(), 3) }) } else { n }), (match (yield_!(format!("{}-{}", (String::from("")), 3)).len() as i64) { 0 => Acc::new(n).add((r.len() as i64)).add((3 - T::id(&cap))).get(), n if n > 1 => n + 1, _ => (P { a: (r.len() as i64), b: t("t7", r.clone()) }).sum() }), f3(T("k8").id(), i2s(n), (P { a: 2, b: (if 4 < 1 { r.clone() } else { r.clone() }) }).sum())];
                };
                 {
                    if (r.len() % 2 == 0 && ((n <= 1 && 3 > 0) && ((r.len() as i64) != 2 && 0 < 5))) {
                        return Err(yield_!([r.clone(), r].concat()));
                    }
                }
            } else {
                yield_!(t("t9", [r.clone(), String::from("ab")].concat()));
                let Some(c) = opt(&(yield_!([String::from("four"), r].concat()))) else {
                    panic!("p10");
                };
                let c = String::from("xyz");
            }
            let mut fuel11 = 0;
            'l11: loop {
                fuel11 += 1;
                if fuel11 > 3 {
                    break 'l11;
                }
            }
            Ok(((match 3 { 0 => 1, n if n > 1 => n + 1, _ => 3 }) * Some(T("k12")).unwrap().id()))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            consume(T("v1"));
            drop(keep(keep(keep(T("v2"), 2), T::take(keep(T("v4"), 3))), 4));
             {
                'l5: for w in T("k6").items() {
                    yield_!((if !(5 > 5) { i2s(4) } else { r.clone() }));
                    let mut a: i64 = (if ((r.clone()).is_empty() || (w == 5 || (r.clone()).len() % 2 == 0)) { (r.len() as i64) } else { t("t7", (if w == 4 { w } else { 3 })) });
                    'l8: for w in T("k9").items() {
                        let e: T = T("v10");
                        if !(T::take(keep(T("v12"), 11)) > 2) {
                            return (t("t13", (r.len() as i64)) + T::take(keep(T("v15"), 14)));
                        }
                    }
                }
            }
            let mut f = cap;
            let a: String = r;
            'l16: for w in [format!("{}-{}", a, T::take(keep(T("v18"), 17))), format!("{}-{}", (a), T::take(f))] {
                 {
                    let e: String = String::from("xyz");
                }
                drop(T("v19"));
            }
            f3((yield_!(String::from("")).len() as i64), i2s(2), (3 * 2))
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
            'b1: {
                let b = T("k2").id();
                let u3: i64;
                if (!(!(b <= 2)) && !(!(r.len() % 2 == 0))) {
                    u3 = T::take(keep(cap, 4));
                } else {
                    u3 = 3;
                }
                if (u3 == 2 && 5 >= 3) {
                    break 'b1;
                }
            }
            let P { a: e, b: a } = P { a: f3((match f3(3, String::from("xyz"), (r.len() as i64)) { 0 => T("k5").id(), n if n > 1 => n + 1, _ => t("t6", (r.len() as i64)) }), [format!("{}-{}", (r), 2), String::from("hello")].concat(), (yield_!(t("t7", String::from("ab"))).len() as i64)), b: format!("{}-{}", (format!("{}-{}", (String::from("x")), 1)), T("k8").id()) };
            'l9: for w in 0..cap3(3) {
                let Some(c) = opt(&([yield_!(a.clone()), String::from("x")].concat())) else {
                    continue 'l9;
                };
                'b10: {
                    let mut fuel11 = 0;
                    let e = 'l11: loop {
                        fuel11 += 1;
                        if fuel11 > 3 {
                            break 'l11 t("t12", Some(T("k13")).unwrap().id());
                        }
                        yield_!(t("t14", format!("{}-{}", a, c)));
                        let f = T("v15");
                        r = yield_!(String::from("ab"));
                        let (mut e, c) = (f, T("k16").id());
                    };
                    let mut fuel17 = 0;
                    'l17: while fuel17 < 1 && T::take(keep(T("v19"), 18)) > 3 {
                        fuel17 += 1;
                        let [c, _, _] = [(if (a.clone()).len() % 2 == 0 { t("t20", (if (String::from("four")).len() % 2 == 0 { (a.len() as i64) } else { c })) } else { 3 }), (yield_!(format!("{}-{}", a, 5)).len() as i64), (P { a: t("t21", ((a.len() as i64) - e)), b: String::from("ab") }).sum()];
                        yield_!(t("t22", String::from("ab")));
                        yield_!((if (a.len() % 2 == 0 || 3 >= 5) { t("t23", a.clone()) } else { format!("{}-{}", (a.clone()), 0) }));
                    }
                    if !(a.is_empty()) {
                        break 'b10;
                    }
                }
                if a.is_empty() {
                    panic!("p24");
                }
                let mut fuel25 = Vec::from([w, T("k26").id()]);
                'l25: while let Some(w) = fuel25.pop() {
                    let (mut e, a) = (T("v27"), T::take(keep(T("v29"), 28)));
                    let d = keep(e, 1);
                }
            }
             {
                if (a.clone()).is_empty() {
                }
            }
            (if (a.clone()).is_empty() { t("t30", e) } else { f3(e, String::from("four"), e) })
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [[t("t2", r.clone()), yield_!(String::from("xyz"))].concat(), (if r.len() % 2 == 0 { i2s((r.len() as i64)) } else { yield_!(r.clone()) })] {
                yield_!(i2s((match (w.len() as i64) { 0 => 1, n if n > 0 => n + 1, _ => 3 })));
                if let Some(n) = T("k3").opt() {
                    let c = t("t4", yield_!(format!("{}-{}", (w), cap.borrow())));
                    if (t("t5", String::from("xyz"))).is_empty() {
                        continue 'l1;
                    }
                }
                if r.is_empty() {
                    break 'l1;
                }
                let b = T("k6").id();
            }
            (yield_!(format!("{}-{}", r, cap.borrow())).len() as i64)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            r = i2s(T("k1").into_n());
            match opt(&(String::from(""))) {
                Some(n) if n < 1 => {
                    yield_!(r);
                    let mut fuel2 = 0;
                    'l2: loop {
                        fuel2 += 1;
                        if fuel2 > 2 {
                            break 'l2;
                        }
                        let mut f = n;
                        if ((if cap.len() != 0 { String::from("four") } else { String::from("") })).is_empty() {
                            break 'l2;
                        }
                    }
                }
                Some(n) => {
                    let mut a = r.clone();
                    let e = 'b3: {
                        let mut fuel4 = Vec::from([f3((yield_!(r.clone()).len() as i64), String::from("xyz"), f3(n, r.clone(), n)), (r.len() as i64)]);
                        'l4: while let Some(w) = fuel4.pop() {
                            yield_!([(if cap.borrow() >= 4 { r.clone() } else { a.clone() }), String::from("ab")].concat());
                            if (t("t5", cap.len()) < 4 && !(((a.len() as i64) < 2 || (a.len() as i64) != 3))) {
                                return Some((P { a: (match 2 { 0 => (a.len() as i64), n if n > 5 => n + 1, _ => n }), b: String::from("") }).sum());
                            }
                        }
                        let c = (if r.is_empty() { String::from("xyz") } else { yield_!(i2s(n)) });
                        if !((c).is_empty()) {
                            break 'b3 n;
                        }
                        (match f3(cap.len(), String::from("xyz"), n) { 0 => (P { a: (a.len() as i64), b: r.clone() }).sum(), n if n > 3 => n + 1, _ => T::take(keep(T("v7"), 6)) })
                    };
                    'l8: for w in [t("t9", [a.clone(), String::from("ab")].concat()), i2s((cap.borrow() + 3))] {
                        let c = T("v10");
                        let c = t("t11", cap.id());
                    }
                }
                None => {
                    'l12: for w in [(if (cap.id() == 3 && 0 >= 4) { format!("{}-{}", (String::from("xyz")), 0) } else { [String::from("x"), String::from("ab")].concat() }), yield_!(r.clone())] {
                        let mut d = (if (w.is_empty() || (cap.try_send(3) <= 2 && (String::from("x")).len() % 2 == 0)) { Some(T("k13")).unwrap().id() } else { (yield_!([String::from("ab"), w].concat()).len() as i64) });
                        let d = i2s(Acc::new((yield_!(String::from("hello")).len() as i64)).add((P { a: cap.id(), b: r.clone() }).sum()).add((match (r.len() as i64) { 0 => T::id(&cap), n if n > 2 => n + 1, _ => cap.lock() })).get());
                    }
                    drop(cap);
                }
            }
            if let Some(n) = opt(&(t("t14", [String::from("x"), String::from("hello")].concat()))) {
                yield_!(String::from("x"));
                yield_!(i2s(Acc::new(n).add(5).add(1).get()));
            }
            if let Some(n) = T("k15").opt() {
            } else {
            }
            None
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
            'l1: for w in [[t("t2", String::from("four")), [r.clone(), r.clone()].concat()].concat(), r.clone()] {
                if let Some(n) = opt(&r) && n > 1 {
                    yield_!((if r.len() % 2 == 0 { format!("{}-{}", w, n) } else { String::from("hello") }));
                    if ((!(n == 1) || cap.try_send(3) == 1) && (r.is_empty() && w.is_empty())) {
                        return f3(((r.len() as i64) + n), String::from("four"), (1 + (r.len() as i64)));
                    }
                } else if !(0 > 0) {
                    yield_!(i2s(f3(1, r.clone(), 5)));
                    let mut b = String::from("");
                    if ((match 0 { 0 => 1, n if n > 1 => n + 1, _ => 5 }) > 3 || w.is_empty()) {
                        return (w.len() as i64);
                    }
                } else if (w.clone()).is_empty() {
                    let c = T::take(keep(T("v4"), 3));
                    r = yield_!(w.clone());
                }
                match (P { a: (r.len() as i64), b: r.clone() }).sum() {
                    0 => {
                        yield_!(String::from("four"));
                        if (w).len() % 2 == 0 {
                            return (if (r.len() % 2 == 0 || r.len() % 2 == 0) { (yield_!(String::from("four")).len() as i64) } else { T("k5").into_n() });
                        }
                    }
                    n if n > 0 => {
                        let a = [t("t6", (if (String::from("ab")).len() % 2 == 0 { w } else { r.clone() })), [t("t7", String::from("x")), t("t8", String::from(""))].concat()].concat();
                        if !(((r.clone()).is_empty() && (n <= 4 || (a.clone()).len() % 2 == 0))) {
                            continue 'l1;
                        }
                        r = a;
                    }
                    _ => {
                        drop(T("v9"));
                        let (mut c, f) = (T("v10"), T("k11").id());
                    }
                }
            }
            T("k12").into_n()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut f = f3((r.len() as i64), i2s((r.len() as i64)), 3);
            let e = 'b1: {
                'l2: for w in 0..cap3((if (r.clone()).len() % 2 == 0 { (P { a: f, b: r }).sum() } else { (r.len() as i64) })) {
                    if !(((cap.id() <= 2 || cap.borrow() <= 0) || (String::from("xyz")).len() % 2 == 0)) {
                        panic!("p3");
                    }
                     {
                        yield_!(i2s(t("t4", 1)));
                        if !((String::from("xyz")).is_empty()) {
                            break 'b1 f3(cap.borrow(), t("t5", String::from("four")), T("k6").into_n());
                        }
                        let P { a: e, b: c } = P { a: (P { a: (if (f <= 4 || 0 >= 0) { w } else { f }), b: yield_!(i2s(3)) }).sum(), b: [i2s(f3(4, String::from("ab"), w)), (if (String::from("xyz")).len() % 2 == 0 { format!("{}-{}", (String::from("four")), f) } else { format!("{}-{}", (String::from("")), cap.lock()) })].concat() };
                    }
                    'l7: for w in 0..cap3((yield_!(String::from("four")).len() as i64)) {
                        yield_!(t("t8", (if w <= 5 { String::from("x") } else { String::from("") })));
                        if !((yield_!(String::from("ab")).len() as i64) <= 1) {
                            return (if (3 < 3 && 2 <= 5) { w } else { 4 });
                        }
                    }
                }
                if ((String::from("four")).len() % 2 == 0 && (f != 5 && (String::from("x")).len() % 2 == 0)) {
                    break 'b1 (match f { 0 => cap.into_n(), n if n > 2 => n + 1, _ => f });
                }
                f3(f, t("t9", String::from("x")), f)
            };
            Acc::new((yield_!(String::from("")).len() as i64)).add(f).add((yield_!(String::from("four")).len() as i64)).get()
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
            let mut a: String = String::from("xyz");
            consume(keep(T("v1"), T::take(keep(keep(T("v3"), (r.len() as i64)), 2))));
            'l4: for w in [yield_!([String::from("hello"), r.clone()].concat()), i2s(5)] {
                let mut fuel5 = 0;
                'l5: while fuel5 < 1 && (0 < 2 && (w.len() % 2 == 0 || w.len() % 2 == 0)) {
                    fuel5 += 1;
                    let mut a = T("v6");
                    drop(a);
                    consume(keep(T("v7"), (yield_!([r.clone(), r.clone()].concat()).len() as i64)));
                    yield_!(String::from("ab"));
                }
                yield_!(w);
                yield_!(a.clone());
            }
            let Some(a) = opt(&r) else {
                return Some(0);
            };
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
            'l1: for w in T("k2").items() {
                yield_!(format!("{}-{}", (r.clone()), t("t3", 1)));
                let c = Acc::new((P { a: w, b: r.clone() }).sum()).add((match T("k4").id() { 0 => (match w { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => w }), n if n > 3 => n + 1, _ => Some(T("k5")).unwrap().id() })).add(cap.len()).get();
            }
            drop(cap);
            let mut d = keep(keep(T("v6"), ((r.len() as i64) + 1)), (yield_!([String::from("ab"), r].concat()).len() as i64));
            let P { a: c, b: e } = P { a: (if (((String::from("hello")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0) || (String::from("hello")).len() % 2 == 0) { Acc::new((P { a: d.lock(), b: String::from("") }).sum()).add(f3(d.id(), String::from("xyz"), 4)).add((match 2 { 0 => d.borrow(), n if n > 5 => n + 1, _ => d.len() })).get() } else { d.into_n() }), b: yield_!((if (String::from("xyz")).len() % 2 == 0 { i2s(5) } else { i2s(5) })) };
            (P { a: f3(2, e.clone(), (e.len() as i64)), b: yield_!(String::from("ab")) }).sum()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&r) {
                if T("k1").id() < 5 {
                    let mut d = T("v2");
                    drop(T("v3"));
                } else if !(((r.len() as i64) > 4 || n < 1)) {
                    let mut b: String = r;
                    yield_!((if !(b.len() % 2 == 0) { format!("{}-{}", (String::from("ab")), cap.try_send(4)) } else { b }));
                } else if 4 <= 0 {
                    r = i2s(5);
                }
                let mut a: String = String::from("hello");
                let mut fuel4 = 0;
                'l4: loop {
                    fuel4 += 1;
                    if fuel4 > 1 {
                        break 'l4;
                    }
                    yield_!(t("t5", i2s(cap.borrow())));
                    consume(T("v6"));
                }
            } else if ((T::id(&cap) == 2 && r.len() % 2 == 0) && r.len() % 2 == 0) {
            } else if Acc::new(0).add((r.len() as i64)).add((r.len() as i64)).get() < 0 {
            }
            Ok(f3(cap.borrow(), yield_!(String::from("x")), res(&(String::from("hello")))?))
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
            if ((r.clone()).is_empty() && !(((r.clone()).len() % 2 == 0 && (r.clone()).len() % 2 == 0))) {
                return Ok((r.len() as i64));
            }
            'l1: for w in T("k2").items() {
                match T("k3").len() {
                    0 => {
                        drop(T("v4"));
                    }
                    n if n > 4 => {
                        let e: i64 = res(&r)?;
                        let d = yield_!(t("t9", (if 4 <= 0 { r.clone() } else { String::from("") })));
                    }
                    n => {
                        if !((!((String::from("xyz")).len() % 2 == 0) && r.len() % 2 == 0)) {
                            panic!("p10");
                        }
                        if (yield_!(String::from("hello"))).len() % 2 == 0 {
                            return Ok(0);
                        }
                    }
                }
                let mut fuel11 = Vec::from([(yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("xyz") })).len() as i64), res(&r)?]);
                'l11: while let Some(w) = fuel11.pop() {
                    let [e, _, _] = [w, (w + Acc::new((2 * w)).add(0).add((yield_!(r.clone()).len() as i64)).get()), (r.len() as i64)];
                    let c = yield_!(t("t12", i2s(cap.try_send(2))));
                }
                if let Some(n) = T("k13").opt() {
                    drop(T("v14"));
                    if (match T::take(keep(T("v16"), 15)) { 0 => w, n if n > 2 => n + 1, _ => (r.len() as i64) }) <= 5 {
                        break 'l1;
                    }
                }
            }
            if (String::from("hello")).is_empty() {
                if ((if (r.len() as i64) != 3 { r.clone() } else { r.clone() })).is_empty() {
                    panic!("p17");
                }
                let mut fuel18 = 0;
                'l18: while fuel18 < 2 && (String::from("four")).is_empty() {
                    fuel18 += 1;
                    r = i2s((P { a: (P { a: cap.id(), b: String::from("") }).sum(), b: r.clone() }).sum());
                    yield_!(r.clone());
                }
            }
            'l19: for w in [format!("{}-{}", r, T("k20").into_n()), yield_!(String::from("xyz"))] {
                let mut fuel21 = Vec::from([f3((yield_!(w).len() as i64), format!("{}-{}", (r.clone()), cap.lock()), res(&r)?), (P { a: (yield_!(String::from("hello")).len() as i64), b: t("t22", String::from("xyz")) }).sum()]);
                'l21: while let Some(w) = fuel21.pop() {
                }
            }
            Ok(cap.len())
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                'l2: for w in [yield_!((if r.len() % 2 == 0 { r.clone() } else { r })), t("t3", [String::from("hello"), String::from("x")].concat())] {
                    let mut fuel4 = 0;
                    let e = 'l4: loop {
                        fuel4 += 1;
                        if fuel4 > 2 {
                            break 'l4 T("k5").id();
                        }
                        let f = T("v6");
                        r = String::from("four");
                    };
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 1 && w.is_empty() {
                        fuel7 += 1;
                        yield_!((if cap.len() >= 2 { (if (w.len() as i64) > 2 { String::from("x") } else { String::from("hello") }) } else { format!("{}-{}", (w.clone()), (w.len() as i64)) }));
                        let mut e = T("v8");
                    }
                }
                let c: i64 = Acc::new((P { a: f3(cap.len(), String::from("ab"), cap.len()), b: (if 0 < 2 { String::from("hello") } else { String::from("ab") }) }).sum()).add((yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("hello") })).len() as i64)).add((T("k9").len() * Acc::new(cap.try_send(5)).add(0).add(5).get())).get();
                if !(!(cap.try_send(2) <= 2)) {
                    break 'b1;
                }
            }
            if ((String::from("ab")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) {
                return Some(T::take(keep(cap, 10)));
            }
            if let Some(n) = T("k11").opt() {
                let (mut b, a) = (T("v12"), T("k13").into_n());
                let Some(d) = opt(&(String::from("ab"))) else {
                    panic!("p14");
                };
                let mut fuel15 = Vec::from([T("k16").into_n(), (P { a: T::take(keep(T("v18"), 17)), b: yield_!(String::from("xyz")) }).sum()]);
                'l15: while let Some(w) = fuel15.pop() {
                    let d = (P { a: n, b: t("t19", [String::from("four"), String::from("x")].concat()) }).sum();
                    let [f, _, _] = [(yield_!(i2s(1)).len() as i64), opt(&(yield_!(String::from("xyz"))))?, a];
                    let mut f = t("t20", (P { a: T("k21").into_n(), b: format!("{}-{}", (String::from("xyz")), 3) }).sum());
                }
            } else if !(((String::from("four")).len() % 2 == 0 || 1 > 4)) {
                if (String::from("four")).is_empty() {
                    let mut b = 5;
                    if (opt(&(String::from("four")))? + T::take(keep(T("v23"), 22))) <= 2 {
                        return Some(b);
                    }
                    yield_!(String::from("hello"));
                } else if ((5 < 3 && 4 <= 3) && (String::from("four")).len() % 2 == 0) {
                    if (4 != 4 || t("t24", 0) >= 2) {
                        return Some((P { a: opt(&(String::from("hello")))?, b: t("t25", String::from("four")) }).sum());
                    }
                } else {
                    yield_!(i2s(t("t26", 4)));
                }
            } else {
            }
            Some((if (String::from("xyz")).len() % 2 == 0 { Some(T("k27")).unwrap().id() } else { (1 * 0) }))
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
            'l1: for w in 0..cap3(f3((match 0 { 0 => cap.id(), n if n > 0 => n + 1, _ => (r.len() as i64) }), r.clone(), Acc::new(4).add(3).add((r.len() as i64)).get())) {
                'l2: for w in 0..cap3(4) {
                    yield_!(format!("{}-{}", (String::from("x")), T::take(keep(T("v4"), 3))));
                    drop(keep(T("v5"), Some(T("k6")).unwrap().id()));
                }
                if !(cap.id() <= 1) {
                    break 'l1;
                }
                match opt(&(yield_!(r.clone()))) {
                    Some(n) if n < 2 => {
                        r = r.clone();
                    }
                    Some(n) => {
                        consume(T("v7"));
                        let P { a: d, b: e } = P { a: (if cap.try_send(0) <= 5 { ((r.len() as i64) - f3(w, String::from("x"), w)) } else { 1 }), b: String::from("four") };
                        let a = T("v8");
                    }
                    None => {
                        r = t("t9", t("t10", i2s(4)));
                        let mut e = cap.id();
                        let b = String::from("four");
                    }
                }
            }
            let a = keep(T("v11"), Acc::new(((r.len() as i64) + 4)).add((match (r.len() as i64) { 0 => 3, n if n > 4 => n + 1, _ => (r.len() as i64) })).add((if cap.borrow() >= 1 { (r.len() as i64) } else { cap.id() })).get());
            yield_!(r);
            let u12: i64;
            if cap.into_n() >= 5 {
                u12 = (if ((String::from("x")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0) { 2 } else { t("t13", 0) });
            } else {
                u12 = T::id(&a);
            }
            r = yield_!(t("t14", i2s(u12)));
            'b15: {
                if r.is_empty() {
                    break 'b15;
                }
            }
            (P { a: u12, b: i2s(a.try_send(0)) }).sum()
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&r) && n > 0 {
                let mut e = t("t1", i2s((match n { 0 => n, n if n > 1 => n + 1, _ => (r.len() as i64) })));
                let u2: i64;
                if T("k3").len() == 2 {
                    u2 = (r.len() as i64);
                } else {
                    u2 = (r.len() as i64);
                }
            }
            if let Some(n) = opt(&r) {
                if (!((String::from("x")).is_empty()) && (n < 3 && (r).len() % 2 == 0)) {
                    return Some(T::take(keep(T("v5"), 4)));
                }
                if (((String::from("xyz")).is_empty() || (String::from("hello")).is_empty()) && ((cap.lock() != 0 && (String::from("")).len() % 2 == 0) || !((String::from("four")).len() % 2 == 0))) {
                    panic!("p6");
                }
                if (((n >= 2 && (String::from("hello")).len() % 2 == 0) && (cap.lock() < 5 || 2 >= 0)) && (n <= 5 || (cap.lock() <= 5 && (String::from("ab")).len() % 2 == 0))) {
                    panic!("p7");
                }
            } else {
                let mut fuel8 = 0;
                'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 3 {
                        break 'l8;
                    }
                    r = r.clone();
                    let mut b: T = T("v9");
                    let mut c = T::take(keep(T("v11"), 10));
                }
            }
            yield_!(String::from("end"));
            None
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let e = T("k1").id();
            let mut d: T = T("v2");
            let a = 'b3: {
                'l4: for w in [r.clone(), t("t5", [String::from("x"), r.clone()].concat())] {
                    let mut fuel6 = Vec::from([T("k7").id(), f3((match e { 0 => 4, n if n > 0 => n + 1, _ => e }), i2s((r.len() as i64)), e)]);
                    'l6: while let Some(w) = fuel6.pop() {
                        let a: T = keep(keep(T("v8"), (if (r.clone()).len() % 2 == 0 { w } else { w })), T("k9").len());
                        let P { a: a, b: e } = P { a: (yield_!(i2s(Acc::new(a.id()).add((r.len() as i64)).add(e).get())).len() as i64), b: i2s(cap.borrow()) };
                        yield_!(t("t10", i2s(0)));
                        let mut d: T = T("v11");
                    }
                    'l12: for w in [(if r.is_empty() { format!("{}-{}", w, T::id(&cap)) } else { (if (r.clone()).len() % 2 == 0 { w } else { w }) }), yield_!((if e != 3 { String::from("") } else { String::from("xyz") }))] {
                        yield_!((if e == 0 { w.clone() } else { w.clone() }));
                        yield_!(t("t13", i2s((w.len() as i64))));
                    }
                    let mut fuel14 = 0;
                    'l14: while fuel14 < 1 && ((String::from("x")).len() % 2 == 0 || ((r.len() as i64) == 5 || (r.len() as i64) >= 0)) {
                        fuel14 += 1;
                        let a: String = yield_!(String::from(""));
                        let f = t("t15", ((P { a: cap.id(), b: a.clone() }).sum() + f3(T::id(&d), a.clone(), (a.len() as i64))));
                    }
                    'l16: for w in 0..cap3((r.len() as i64)) {
                        yield_!(t("t17", (if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("") })));
                        r = i2s(T::take(keep(keep(T("v19"), e), 18)));
                    }
                }
                if !((r.len() as i64) > 3) {
                    break 'b3 1;
                }
                d.into_n()
            };
            (r.len() as i64)
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
                    u4 = (match Acc::new((r.len() as i64)).add((r.len() as i64)).add(3).get() { 0 => T("k5").into_n(), n if n > 1 => n + 1, _ => Acc::new(cap.id()).add((r.len() as i64)).add(cap.id()).get() });
                } else {
                    u4 = Some(T("k6")).unwrap().id();
                }
                if !(((r.clone()).len() % 2 == 0 || u4 > 5)) {
                    break 'b1 0;
                }
                (keep(T("v8"), 7).take() + (match (r.len() as i64) { 0 => cap.try_send(2), n if n > 5 => n + 1, _ => (r.len() as i64) }))
            };
            consume(cap);
            if (!((c >= 2 && c <= 1)) || r.is_empty()) {
                return Ok((if !(c == 5) { T("k9").into_n() } else { t("t10", c) }));
            }
            yield_!(r.clone());
            if ((r.is_empty() && (r.len() as i64) <= 2) && (((String::from("xyz")).len() % 2 == 0 && c >= 2) && ((r.len() as i64) == 1 || c == 0))) {
                panic!("p11");
            }
            let mut fuel12 = 0;
            'l12: while fuel12 < 3 && (r.clone()).is_empty() {
                fuel12 += 1;
                let c = 'b13: {
                    let a = T("v14");
                    if r.is_empty() {
                        break 'b13 T("k15").id();
                    }
                    (match Acc::new(c).add(T::id(&a)).add(5).get() { 0 => Acc::new(5).add(c).add(c).get(), n if n > 2 => n + 1, _ => a.len() })
                };
                let u16: i64;
                if ((!(r.len() % 2 == 0) || (c < 4 && (String::from("xyz")).len() % 2 == 0)) || (String::from("x")).len() % 2 == 0) {
                    u16 = (r.len() as i64);
                } else {
                    u16 = f3(res(&r)?, t("t17", String::from("hello")), (0 + c));
                }
                yield_!(r.clone());
            }
            let b = r;
            let u18: i64;
            if ((P { a: (b.len() as i64), b: b }).sum() < 1 || (String::from("")).len() % 2 == 0) {
                u18 = (match t("t19", 1) { 0 => T("k20").id(), n if n > 0 => n + 1, _ => t("t21", c) });
            } else {
                u18 = c;
            }
            r = yield_!(t("t22", i2s(u18)));
            if let Some(n) = opt(&r) && n > 0 {
                let mut fuel23 = Vec::from([f3(1, i2s(u18), n), Acc::new(t("t24", n)).add(4).add((yield_!(r).len() as i64)).get()]);
                'l23: while let Some(w) = fuel23.pop() {
                    r = (if !(w > 4) { i2s(t("t25", w)) } else { i2s(5) });
                    let a: i64 = (if r.len() % 2 == 0 { keep(T("v27"), 26).take() } else { res(&(String::from("x")))? });
                    let b = (f3(keep(T("v29"), 28).take(), t("t30", String::from("four")), t("t31", (r.len() as i64))) + u18);
                }
            } else if r.is_empty() {
                if ((((r).len() % 2 == 0 || u18 > 0) && (String::from("four")).is_empty()) && ((String::from("ab")).is_empty() && !(u18 <= 2))) {
                    return Ok((if (String::from("ab")).is_empty() { u18 } else { (P { a: 4, b: String::from("ab") }).sum() }));
                }
            } else {
            }
            Ok((P { a: u18, b: yield_!(String::from("ab")) }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if ([r, String::from("x")].concat()).is_empty() {
                return Some(cap.into_n());
            }
            if (t("t1", String::from("ab"))).is_empty() {
                panic!("p2");
            }
            if let Some(n) = opt(&([[String::from("x"), String::from("")].concat(), yield_!(String::from("hello"))].concat())) && n > 3 {
                let u3: i64;
                if (!(n == 3) && (String::from("hello")).len() % 2 == 0) {
                    u3 = t("t4", (n - n));
                } else {
                    u3 = T::take(keep(keep(T("v6"), n), 5));
                }
                let c = Acc::new(u3).add((match Some(T("k7")).unwrap().id() { 0 => (match 3 { 0 => u3, n if n > 1 => n + 1, _ => n }), n if n > 0 => n + 1, _ => opt(&(String::from("")))? })).add(opt(&(String::from("")))?).get();
            } else {
                yield_!(i2s(t("t8", 4)));
                consume(T("v9"));
            }
            'l10: for w in [format!("{}-{}", (String::from("hello")), T::take(keep(T("v12"), 11))), t("t13", yield_!(String::from("hello")))] {
            }
            Some(f3(T::take(keep(T("v15"), 14)), yield_!(String::from("")), T("k16").into_n()))
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (r.clone()).is_empty() {
                fuel1 += 1;
                'l2: for w in 0..cap3((yield_!([String::from("xyz"), r.clone()].concat()).len() as i64)) {
                    yield_!(r.clone());
                    yield_!((if (r.len() as i64) < 2 { [r.clone(), r.clone()].concat() } else { (if w == 4 { String::from("") } else { r.clone() }) }));
                    r = [String::from(""), yield_!((if (r.clone()).len() % 2 == 0 { String::from("") } else { r.clone() }))].concat();
                }
                let a = 'b3: {
                    if r.is_empty() {
                        break 'b3 t("t4", f3(5, String::from("four"), 1));
                    }
                    T::take(keep(T("v6"), 5))
                };
            }
            (yield_!((if r.len() % 2 == 0 { r.clone() } else { r })).len() as i64)
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
            let a = cap;
            let mut b = keep(keep(keep(T("v1"), 5), ((r.len() as i64) + a.lock())), (yield_!(format!("{}-{}", r, 5)).len() as i64));
            let mut a = r;
            let Some(e) = opt(&a) else {
                return None;
            };
            'l2: for w in 0..cap3(T::take(keep(keep(T("v4"), b.try_send(4)), 3))) {
                yield_!(a.clone());
                if (a.is_empty() || (a.clone()).is_empty()) {
                    panic!("p5");
                }
                let mut fuel6 = 0;
                'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 3 {
                        break 'l6;
                    }
                    let mut a = T("v7");
                }
            }
            Some(t("t8", Acc::new(e).add(2).add((a.len() as i64)).get()))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if T::take(keep(keep(T("v2"), cap.try_send(1)), 1)) != 4 {
                panic!("p3");
            }
            r = (if (((r).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) || !((String::from("hello")).len() % 2 == 0)) { t("t4", (if (String::from("")).len() % 2 == 0 { String::from("x") } else { String::from("") })) } else { [yield_!(String::from("ab")), t("t5", String::from(""))].concat() });
            let mut b = yield_!(String::from("hello"));
            let u6: i64;
            if !(cap.try_send(3) != 2) {
                u6 = 1;
            } else {
                u6 = 3;
            }
            drop(cap);
            if (b.len() % 2 == 0 && b.len() % 2 == 0) {
                panic!("p7");
            }
            yield_!(r);
            yield_!(i2s(t("t8", u6)));
            let P { a: a, b: e } = P { a: (((yield_!(b.clone()).len() as i64) - (b.len() as i64)) + u6), b: i2s(5) };
            Err(t("t9", t("t10", b.clone())))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (String::from("ab")).is_empty() {
                panic!("p1");
            }
             {
                'l2: for w in 0..cap3(t("t3", T("k4").id())) {
                    let Some(c) = opt(&r) else {
                        return (if w != 0 { 4 } else { (P { a: 5, b: r.clone() }).sum() });
                    };
                    yield_!(i2s(T::take(keep(T("v6"), 5))));
                    let [a, _, _] = [Acc::new(Acc::new((yield_!(r.clone()).len() as i64)).add(w).add(0).get()).add(Acc::new(0).add(w).add((match cap.lock() { 0 => cap.len(), n if n > 0 => n + 1, _ => c })).get()).add(T::take(keep(T("v8"), 7))).get(), Acc::new(t("t9", (match 5 { 0 => cap.lock(), n if n > 5 => n + 1, _ => cap.lock() }))).add(t("t10", (P { a: c, b: String::from("hello") }).sum())).add((P { a: t("t11", (r.len() as i64)), b: r.clone() }).sum()).get(), w];
                    'l12: for w in T("k13").items() {
                        let f = T("v14");
                        if (r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) {
                            return Acc::new((f.borrow() - 0)).add(4).add((if 4 == 4 { 4 } else { c })).get();
                        }
                        if T::take(keep(T("v16"), 15)) <= 4 {
                            panic!("p17");
                        }
                    }
                }
            }
            let mut fuel18 = Vec::from([(if (cap.id() >= 4 || (r.len() as i64) >= 3) { (r.len() as i64) } else { ((r.len() as i64) + cap.lock()) }), Acc::new((if 3 == 5 { (r.len() as i64) } else { cap.try_send(4) })).add(T("k19").id()).add((match (r.len() as i64) { 0 => 5, n if n > 3 => n + 1, _ => (r.len() as i64) })).get()]);
            'l18: while let Some(w) = fuel18.pop() {
                match opt(&r) {
                    Some(n) if n < 3 => {
                        r = i2s(n);
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            (if (r.clone()).is_empty() { (r.len() as i64) } else { (if (r).len() % 2 == 0 { cap.lock() } else { 3 }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = opt(&(r)) && n > 2 {
                let mut fuel1 = Vec::from([0, Some(T("k2")).unwrap().id()]);
                'l1: while let Some(w) = fuel1.pop() {
                    let d: String = [String::from("ab"), yield_!(format!("{}-{}", (String::from("hello")), n))].concat();
                    r = d;
                    let b = format!("{}-{}", (t("t3", String::from("four"))), (T::take(keep(T("v5"), 4)) + (match n { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => T::id(&cap) })));
                }
            }
            'l6: for w in 0..cap3(Acc::new(cap.borrow()).add(f3(cap.try_send(5), String::from("four"), cap.lock())).add((P { a: 4, b: String::from("ab") }).sum()).get()) {
                let c = (yield_!(i2s((w + 4))).len() as i64);
                let c = T("v7");
                let Some(f) = opt(&((if ((String::from("hello")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) { [String::from(""), String::from("four")].concat() } else { String::from("four") }))) else {
                    return None;
                };
                r = (if (((String::from("four")).len() % 2 == 0 && (String::from("")).len() % 2 == 0) && ((String::from("ab")).len() % 2 == 0 || 5 == 2)) { t("t8", yield_!(String::from("hello"))) } else { yield_!(i2s(f)) });
            }
            let [c, _, _] = [f3(Acc::new((if 1 > 1 { 3 } else { cap.id() })).add(T("k9").id()).add(T::take(keep(T("v11"), 10))).get(), t("t12", (if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })), (yield_!([String::from("four"), String::from("x")].concat()).len() as i64)), opt(&(String::from("")))?, (yield_!([i2s(4), t("t13", String::from("four"))].concat()).len() as i64)];
            'b14: {
                'l15: for w in T("k16").items() {
                    let [e, _, _] = [(if (String::from("hello")).is_empty() { (c + (match w { 0 => c, n if n > 3 => n + 1, _ => 3 })) } else { w }), (yield_!(String::from("x")).len() as i64), (match opt(&(String::from("x")))? { 0 => T::take(keep(T("v18"), 17)), n if n > 3 => n + 1, _ => cap.len() })];
                    'l19: for w in [(if 5 == 1 { format!("{}-{}", (String::from("ab")), 4) } else { yield_!(String::from("xyz")) }), t("t20", yield_!(String::from("")))] {
                        yield_!(String::from("x"));
                    }
                }
                if !(!((String::from("")).len() % 2 == 0)) {
                    break 'b14;
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
mod p197 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let e = cap;
            if let Some(n) = opt(&r) && n > 5 {
                'l1: for w in [String::from("x"), (if (n > 5 || (r.len() as i64) == 3) { (if e.id() == 1 { r } else { String::from("four") }) } else { (if n >= 0 { r } else { r.clone() }) })] {
                    consume(T("v2"));
                    let (mut f, d) = (T("v3"), (w.len() as i64));
                    r = yield_!(String::from("ab"));
                    yield_!(format!("{}-{}", w, f3((r.len() as i64), r.clone(), n)));
                }
                r = (if e.len() <= 0 { i2s(Acc::new(n).add(n).add(n).get()) } else { i2s(T("k4").id()) });
            } else {
                let (mut c, d) = (e, (if (String::from("four")).is_empty() { T::take(keep(T("v6"), 5)) } else { T::take(keep(T("v8"), 7)) }));
                c = c;
                 {
                    let mut fuel9 = 0;
                    let e = 'l9: loop {
                        fuel9 += 1;
                        if fuel9 > 3 {
                            break 'l9 Acc::new((P { a: (r.len() as i64), b: String::from("xyz") }).sum()).add((match d { 0 => 4, n if n > 2 => n + 1, _ => 0 })).add(T("k10").len()).get();
                        }
                        consume(T("v11"));
                        yield_!(r.clone());
                    };
                }
            }
            'l12: for w in T("k13").items() {
                let f: String = format!("{}-{}", (format!("{}-{}", (r.clone()), w)), res(&(r.clone()))?);
                 {
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
mod p198 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            match T("k1").len() {
                0 => {
                    let (mut f, d) = (keep(T("v2"), 0), (if r.len() % 2 == 0 { (cap.borrow() * ((r.len() as i64) + cap.id())) } else { (yield_!((if (r.len() as i64) != 5 { String::from("xyz") } else { r.clone() })).len() as i64) }));
                    yield_!((if !((r.clone()).len() % 2 == 0) { String::from("hello") } else { r }));
                    consume(T("v3"));
                }
                n if n > 3 => {
                    let mut fuel4 = Vec::from([3, cap.try_send(1)]);
                    'l4: while let Some(w) = fuel4.pop() {
                        r = r.clone();
                        if (((T::id(&cap) >= 4 && T::id(&cap) <= 5) && !(cap.len() >= 1)) && ((String::from("x")).len() % 2 == 0 && ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0))) {
                            panic!("p5");
                        }
                        let mut b: T = T("v6");
                        if r.len() % 2 == 0 {
                            return (w + (P { a: w, b: String::from("four") }).sum());
                        }
                    }
                    'l7: for w in T("k8").items() {
                        let b = T("v9");
                        if !(t("t10", w) >= 4) {
                            return (match b.into_n() { 0 => n, n if n > 3 => n + 1, _ => Acc::new(3).add(n).add(0).get() });
                        }
                        yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v12"), 11))));
                    }
                    if let Some(n) = T("k13").opt() {
                        if r.len() % 2 == 0 {
                            return (P { a: n, b: String::from("four") }).sum();
                        }
                    } else if ((r.len() as i64) < 2 || ((r.clone()).len() % 2 == 0 && n != 0)) {
                        let mut f = t("t14", t("t15", [r, String::from("hello")].concat()));
                    } else if r.is_empty() {
                        yield_!(r.clone());
                        yield_!(String::from("four"));
                    }
                }
                n => {
                }
            }
            (T::take(keep(T("v17"), 16)) - Acc::new(1).add(5).add(T::id(&cap)).get())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [format!("{}-{}", r, T::take(cap)), yield_!(r.clone())] {
                let e: i64 = T::take(keep(T("v3"), 2));
                let a = (match T("k4").id() { 0 => ((match 3 { 0 => 2, n if n > 2 => n + 1, _ => 1 }) - (w.len() as i64)), n if n > 4 => n + 1, _ => f3((w.len() as i64), t("t5", String::from("hello")), T("k6").into_n()) });
                consume(T("v7"));
            }
            let u8: i64;
            if (r.len() as i64) >= 3 {
                u8 = (match T("k9").into_n() { 0 => Acc::new((r.len() as i64)).add(2).add((r.len() as i64)).get(), n if n > 5 => n + 1, _ => Acc::new((r.len() as i64)).add(0).add((r.len() as i64)).get() });
            } else {
                u8 = T::take(keep(T("v11"), 10));
            }
            let (mut d, c) = (T("v12"), (match (P { a: (u8 + 4), b: t("t13", String::from("four")) }).sum() { 0 => Some(T("k14")).unwrap().id(), n if n > 3 => n + 1, _ => (r.len() as i64) }));
            r = yield_!(r);
            if !((((String::from("x")).len() % 2 == 0 || r.len() % 2 == 0) && !((r).len() % 2 == 0))) {
                panic!("p15");
            }
            let mut fuel16 = 0;
            'l16: loop {
                fuel16 += 1;
                if fuel16 > 2 {
                    break 'l16;
                }
                yield_!(t("t17", format!("{}-{}", (String::from("four")), 2)));
                match opt(&(format!("{}-{}", (String::from("ab")), T("k18").into_n()))) {
                    Some(n) if n < 3 => {
                        yield_!(i2s(3));
                    }
                    Some(n) => {
                        drop(T("v19"));
                        let a = Acc::new(f3((if (String::from("xyz")).len() % 2 == 0 { 5 } else { 0 }), String::from("four"), (yield_!(String::from("four")).len() as i64))).add(t("t20", (if c <= 2 { d.len() } else { n }))).add(T("k21").id()).get();
                    }
                    None => {
                        let b: String = (if !((1 <= 1 && (String::from("hello")).len() % 2 == 0)) { format!("{}-{}", (String::from("four")), T("k22").id()) } else { yield_!(t("t23", String::from("four"))) });
                        let P { a: e, b: b } = P { a: T::take(keep(T("v25"), 24)), b: i2s(T::take(keep(T("v27"), 26))) };
                        let b = T("v28");
                    }
                }
                let P { a: b, b: f } = P { a: Acc::new(T::take(keep(T("v30"), 29))).add(f3(Acc::new(d.len()).add(d.borrow()).add(d.lock()).get(), i2s(5), keep(T("v32"), 31).take())).add((u8 - T::id(&d))).get(), b: format!("{}-{}", ([String::from("four"), String::from("ab")].concat()), c) };
                let (mut f, c) = (keep(keep(keep(T("v33"), (f.len() as i64)), c), T::take(keep(T("v35"), 34))), Acc::new(T("k36").id()).add((P { a: (d.borrow() - (f.len() as i64)), b: t("t37", String::from("ab")) }).sum()).add((match t("t38", d.try_send(3)) { 0 => b, n if n > 5 => n + 1, _ => f3(5, f.clone(), b) })).get());
            }
            let d = String::from("x");
            if let Some(n) = opt(&(String::from("xyz"))) && n > 4 {
                let (mut f, c) = (T("v39"), (Acc::new(Acc::new(n).add(u8).add((d.len() as i64)).get()).add(n).add(t("t40", c)).get() + t("t41", (d.len() as i64))));
            } else {
                let [c, _, _] = [(if (d.clone()).len() % 2 == 0 { T("k42").id() } else { (if d.is_empty() { u8 } else { (match (d.len() as i64) { 0 => 3, n if n > 4 => n + 1, _ => c }) }) }), (d.len() as i64), (yield_!(t("t43", d)).len() as i64)];
            }
            u8
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
            let Some(a) = opt(&r) else {
                return (r.len() as i64);
            };
            'l1: for w in 0..cap3(a) {
                'l2: for w in 0..cap3((P { a: (w * 5), b: (if a <= 3 { String::from("ab") } else { r.clone() }) }).sum()) {
                    yield_!(t("t3", [String::from("ab"), r.clone()].concat()));
                    yield_!(i2s(t("t4", 5)));
                    let mut d = a;
                    drop(T("v5"));
                }
                yield_!(String::from("xyz"));
                yield_!(String::from(""));
                if let Some(n) = T("k6").opt() {
                    yield_!(format!("{}-{}", (r.clone()), t("t7", w)));
                } else {
                    let [c, _, _] = [(match (P { a: w, b: i2s(4) }).sum() { 0 => T::take(keep(keep(T("v9"), 5), 8)), n if n > 4 => n + 1, _ => T::take(keep(keep(T("v11"), w), 10)) }), cap.len(), 3];
                    let d = f3(cap.lock(), yield_!(format!("{}-{}", (r.clone()), a)), keep(T("v13"), 12).take());
                    drop(T("v14"));
                }
            }
            yield_!(format!("{}-{}", r, T::take(keep(T("v16"), 15))));
            let [c, _, _] = [T::take(cap), (yield_!([t("t17", String::from("x")), [String::from("xyz"), r].concat()].concat()).len() as i64), a];
            if (((a > 5 && c != 2) || (String::from("x")).len() % 2 == 0) || (String::from("four")).len() % 2 == 0) {
                panic!("p18");
            }
            let f = yield_!(String::from(""));
            let mut d = f.clone();
            (if (f.len() as i64) < 1 { Acc::new(a).add(c).add(a).get() } else { t("t19", 5) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let u2: i64;
                if r.is_empty() {
                    u2 = opt(&(r.clone()))?;
                } else {
                    u2 = (match Some(T("k3")).unwrap().id() { 0 => (cap.try_send(0) + (r.len() as i64)), n if n > 1 => n + 1, _ => T::id(&cap) });
                }
                if r.len() % 2 == 0 {
                    break 'b1;
                }
                if (((r.clone()).len() % 2 == 0 && r.len() % 2 == 0) || (r.len() % 2 == 0 || r.len() % 2 == 0)) {
                    break 'b1;
                }
            }
            r = yield_!(format!("{}-{}", (r.clone()), (if (r).len() % 2 == 0 { 2 } else { cap.id() })));
            let b = 'b4: {
                r = i2s(opt(&(String::from("x")))?);
                let mut fuel5 = 0;
                'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 3 {
                        break 'l5;
                    }
                    r = yield_!(t("t6", String::from("hello")));
                    let c = T("v7");
                }
                'l8: for w in [format!("{}-{}", r, opt(&(String::from("")))?), format!("{}-{}", r, cap.lock())] {
                    let mut fuel9 = 0;
                    'l9: while fuel9 < 1 && !(2 != 3) {
                        fuel9 += 1;
                        yield_!(format!("{}-{}", (String::from("ab")), (cap.lock() + 5)));
                        r = (if !(!((r.len() as i64) <= 4)) { w.clone() } else { (if cap.borrow() >= 4 { t("t10", w.clone()) } else { t("t11", r.clone()) }) });
                    }
                    let f = opt(&(w.clone()))?;
                    if (w).is_empty() {
                        panic!("p12");
                    }
                    'l13: for w in [(if (cap.borrow() == 4 && (String::from("xyz")).len() % 2 == 0) { [r.clone(), r.clone()].concat() } else { yield_!(r.clone()) }), t("t14", yield_!(String::from("hello")))] {
                        if (((f != 5 || w.len() % 2 == 0) && (r.len() % 2 == 0 && (r.len() as i64) >= 4)) || ((cap.borrow() != 0 || (w.clone()).len() % 2 == 0) && (f != 2 || (w).len() % 2 == 0))) {
                            panic!("p15");
                        }
                        yield_!(t("t16", format!("{}-{}", r, f)));
                    }
                }
                if r.len() % 2 == 0 {
                    break 'b4 (if (r).len() % 2 == 0 { cap.len() } else { keep(T("v18"), 17).take() });
                }
                f3((match cap.lock() { 0 => cap.borrow(), n if n > 0 => n + 1, _ => cap.id() }), [String::from("hello"), String::from("ab")].concat(), t("t19", T::id(&cap)))
            };
            let mut fuel20 = 0;
            'l20: while fuel20 < 2 && ((String::from("")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) {
                fuel20 += 1;
            }
            None
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                if let Some(n) = opt(&(yield_!(t("t2", r)))) && n > 2 {
                    let f = [yield_!(i2s(cap.borrow())), yield_!(i2s(cap.borrow()))].concat();
                    yield_!(t("t3", (if (f.clone()).len() % 2 == 0 { String::from("x") } else { String::from("x") })));
                }
                if Acc::new(3).add(cap.len()).add(cap.try_send(1)).get() >= 4 {
                    break 'b1;
                }
            }
            'l4: for w in 0..cap3(keep(T("v6"), 5).take()) {
                let d = yield_!([t("t7", String::from("xyz")), i2s(w)].concat());
                let mut fuel8 = 0;
                'l8: while fuel8 < 2 && ((T::id(&cap) < 1 || 1 >= 1) && !((d.len() as i64) != 2)) {
                    fuel8 += 1;
                    yield_!(String::from("ab"));
                    yield_!(t("t9", i2s(cap.try_send(1))));
                    drop(T("v10"));
                }
                if (match (match (d.len() as i64) { 0 => (d.len() as i64), n if n > 2 => n + 1, _ => cap.lock() }) { 0 => (2 + 4), n if n > 3 => n + 1, _ => (cap.lock() + 5) }) == 1 {
                    panic!("p11");
                }
            }
            let mut e = [yield_!(t("t12", String::from("ab"))), (if (String::from("ab")).len() % 2 == 0 { String::from("x") } else { String::from("ab") })].concat();
            if (yield_!(e.clone())).len() % 2 == 0 {
                return (yield_!(format!("{}-{}", (e.clone()), cap.borrow())).len() as i64);
            }
            let mut fuel13 = 0;
            let c = 'l13: loop {
                fuel13 += 1;
                if fuel13 > 3 {
                    break 'l13 (e.len() as i64);
                }
            };
            (f3(1, String::from("four"), 4) + (cap.lock() - 2))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let b = T("v1");
            if !((!((r).len() % 2 == 0) || (3 != 3 || 3 != 4))) {
                panic!("p2");
            }
            if let Some(n) = opt(&(String::from("ab"))) && n > 0 {
                'l3: for w in T("k4").items() {
                    yield_!([format!("{}-{}", (String::from("ab")), n), i2s(cap.id())].concat());
                    let mut e = t("t5", T::take(keep(T("v7"), 6)));
                    let mut e: String = i2s(res(&(String::from("x")))?);
                    let c = String::from("");
                }
                 {
                    let mut fuel8 = 0;
                    let c = 'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 2 {
                            break 'l8 ((P { a: 4, b: String::from("hello") }).sum() + keep(T("v10"), 9).take());
                        }
                        if (!(((String::from("ab")).len() % 2 == 0 || b.borrow() < 4)) && (n > 4 && (String::from("")).len() % 2 == 0)) {
                            panic!("p11");
                        }
                        let P { a: e, b: d } = P { a: 4, b: [format!("{}-{}", (String::from("x")), (match b.try_send(3) { 0 => 5, n if n > 1 => n + 1, _ => cap.lock() })), String::from("ab")].concat() };
                    };
                    'l12: for w in [i2s(2), [String::from(""), yield_!(String::from("xyz"))].concat()] {
                        consume(T("v13"));
                        let f = t("t14", yield_!(format!("{}-{}", w, c)));
                        consume(T("v15"));
                        let P { a: a, b: d } = P { a: f3((yield_!([f.clone(), w].concat()).len() as i64), f.clone(), t("t16", Acc::new(c).add(c).add(n).get())), b: [format!("{}-{}", (String::from("four")), T("k17").id()), [format!("{}-{}", f, (f.len() as i64)), f.clone()].concat()].concat() };
                    }
                    let u18: i64;
                    if (t("t19", String::from(""))).is_empty() {
                        u18 = (P { a: b.borrow(), b: format!("{}-{}", (String::from("x")), 4) }).sum();
                    } else {
                        u18 = b.try_send(3);
                    }
                }
            } else if !((b.borrow() != 3 && 0 != 5)) {
                if let Some(n) = opt(&(yield_!(t("t20", String::from("x"))))) && n > 1 {
                    let mut a = f3(res(&(String::from("")))?, t("t21", String::from("x")), n);
                    yield_!((if (String::from("hello")).len() % 2 == 0 { i2s(3) } else { format!("{}-{}", (String::from("hello")), a) }));
                    drop(b);
                } else {
                    yield_!((if !((String::from("four")).len() % 2 == 0) { [String::from("ab"), String::from("hello")].concat() } else { (if (String::from("")).len() % 2 == 0 { String::from("hello") } else { String::from("xyz") }) }));
                }
            } else {
            }
            Ok(T::take(keep(cap, 22)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in [yield_!((if cap.id() == 1 { r.clone() } else { r.clone() })), (if (r.len() % 2 == 0 && 2 >= 5) { String::from("ab") } else { r })] {
                let mut c: i64 = T::take(keep(T("v3"), 2));
                let e = 'b4: {
                    c += res(&(String::from("")))?;
                    if let Some(n) = opt(&(w)) {
                        let mut f = T("v5");
                    } else if ((String::from("ab")).is_empty() || c == 0) {
                        let (mut f, a) = (T("v6"), (match (yield_!([String::from("hello"), String::from("ab")].concat()).len() as i64) { 0 => c, n if n > 4 => n + 1, _ => 4 }));
                        yield_!(String::from(""));
                        yield_!((if (cap.borrow() == 2 && (String::from("")).len() % 2 == 0) { [String::from(""), String::from("")].concat() } else { t("t7", String::from("x")) }));
                    } else {
                        drop(T("v8"));
                        if (((String::from("four")).is_empty() && ((String::from("xyz")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0)) && (String::from("")).is_empty()) {
                            panic!("p9");
                        }
                        let d = T("k10").id();
                    }
                    if res(&(String::from("")))? != 1 {
                        break 'b4 cap.len();
                    }
                    c
                };
            }
            'b11: {
                if let Some(n) = T("k12").opt() {
                } else {
                }
                if !(((String::from("four")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) {
                    break 'b11;
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
mod p205 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(r.clone());
            let c = 'b1: {
                if !(t("t2", (r.len() as i64)) <= 0) {
                    panic!("p3");
                }
                 {
                    let c = T("v4");
                    let mut fuel5 = Vec::from([Acc::new(t("t6", (r.len() as i64))).add(cap.try_send(2)).add((yield_!(String::from("hello")).len() as i64)).get(), Acc::new((r.len() as i64)).add(Acc::new(0).add(5).add(5).get()).add((match T::id(&c) { 0 => cap.lock(), n if n > 0 => n + 1, _ => (r.len() as i64) })).get()]);
                    'l5: while let Some(w) = fuel5.pop() {
                        yield_!(format!("{}-{}", r, (c.borrow() * w)));
                        let [f, _, _] = [((match 2 { 0 => (P { a: w, b: String::from("ab") }).sum(), n if n > 4 => n + 1, _ => f3(3, r.clone(), c.id()) }) - w), (yield_!(format!("{}-{}", (r.clone()), 5)).len() as i64), (match (r.len() as i64) { 0 => (P { a: (match w { 0 => w, n if n > 0 => n + 1, _ => (r.len() as i64) }), b: r.clone() }).sum(), n if n > 0 => n + 1, _ => w })];
                    }
                }
                if !((cap.id() > 0 || r.len() % 2 == 0)) {
                    break 'b1 cap.into_n();
                }
                (if ((r.len() as i64) != 0 || r.len() % 2 == 0) { T::take(keep(T("v10"), 9)) } else { (1 + 3) })
            };
            if (r.is_empty() || !(!((String::from("xyz")).len() % 2 == 0))) {
                panic!("p11");
            }
            match (r.len() as i64) {
                0 => {
                     {
                        if r.is_empty() {
                            panic!("p12");
                        }
                        drop(T("v13"));
                    }
                    let a = T("v14");
                }
                n if n > 0 => {
                    let mut f = keep(T("v15"), (keep(T("v17"), 16).take() + (n - (r.len() as i64))));
                    let u18: i64;
                    if ((r.len() as i64) == 3 && ((r.len() % 2 == 0 && c <= 5) || (r).is_empty())) {
                        u18 = (P { a: Some(T("k19")).unwrap().id(), b: format!("{}-{}", (String::from("")), 3) }).sum();
                    } else {
                        u18 = n;
                    }
                }
                _ => {
                    if let Some(n) = opt(&((if ((r.len() as i64) <= 4 && (r.len() as i64) < 0) { String::from("") } else { r }))) && n > 0 {
                        if (yield_!(String::from("ab"))).is_empty() {
                            panic!("p20");
                        }
                    } else if (String::from("four")).len() % 2 == 0 {
                    }
                }
            }
            Acc::new(Acc::new(c).add(3).add(c).get()).add(f3(c, String::from("four"), c)).add(f3(c, String::from(""), c)).get()
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1 cap.id();
                }
                let mut fuel2 = 0;
                'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 1 {
                        break 'l2;
                    }
                    let a = (r.len() as i64);
                    if !((r.len() as i64) == 0) {
                        return Some((P { a: (P { a: a, b: String::from("x") }).sum(), b: yield_!(r.clone()) }).sum());
                    }
                    yield_!(String::from(""));
                }
                'l3: for w in T("k4").items() {
                    r = (if !((cap.id() >= 0 || 1 == 5)) { r.clone() } else { String::from("four") });
                    if cap.lock() > 1 {
                        panic!("p5");
                    }
                    let e = yield_!((if cap.len() >= 2 { (if w < 0 { r.clone() } else { r.clone() }) } else { i2s(cap.len()) }));
                    let mut a = T("v6");
                }
            };
            Some(e)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if ((!((r).len() % 2 == 0) && (cap.id() != 5 && cap.id() <= 0)) && ((4 == 3 || cap.id() == 3) || (String::from("xyz")).len() % 2 == 0)) {
                if ((!(cap.lock() <= 2) && ((String::from("four")).len() % 2 == 0 && 2 != 4)) && ((String::from("four")).is_empty() && 4 > 3)) {
                    panic!("p1");
                }
                 {
                    let c = cap;
                }
                let mut fuel2 = Vec::from([(if 2 >= 3 { keep(T("v4"), 3).take() } else { T("k5").into_n() }), (match t("t6", 4) { 0 => 1, n if n > 1 => n + 1, _ => T("k7").into_n() })]);
                'l2: while let Some(w) = fuel2.pop() {
                    let mut d = Acc::new(Acc::new(t("t8", w)).add((if (String::from("xyz")).len() % 2 == 0 { w } else { w })).add(t("t9", 4)).get()).add(w).add(Acc::new(t("t10", w)).add(w).add((if 0 <= 1 { w } else { 4 })).get()).get();
                    let mut a = i2s((yield_!(format!("{}-{}", (String::from("")), w)).len() as i64));
                }
            } else if (String::from("")).len() % 2 == 0 {
                let [d, _, _] = [opt(&(yield_!(String::from("x"))))?, T::take(cap), keep(T("v12"), 11).take()];
            } else {
                'l13: for w in T("k14").items() {
                    let mut f: String = [yield_!(String::from("")), String::from("ab")].concat();
                    if 1 < 5 {
                        panic!("p15");
                    }
                    if (i2s(w)).len() % 2 == 0 {
                        return Some(w);
                    }
                }
                r = yield_!((if (2 > 3 && cap.lock() >= 0) { format!("{}-{}", (String::from("xyz")), T::id(&cap)) } else { format!("{}-{}", (String::from("xyz")), T::id(&cap)) }));
                'l17: for w in 0..cap3(T("k18").id()) {
                    r = format!("{}-{}", r, w);
                    drop(T("v19"));
                    let e = (r.len() as i64);
                }
            }
            'b20: {
                if (String::from("ab")).is_empty() {
                    break 'b20;
                }
            }
            Some(t("t21", (P { a: 4, b: String::from("") }).sum()))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match f3(3, (if !((r.len() as i64) == 2) { [String::from("four"), r.clone()].concat() } else { i2s(cap.borrow()) }), (T("k1").id() + t("t2", (r.len() as i64)))) {
                0 => {
                    yield_!(r.clone());
                    'l3: for w in [t("t4", i2s((r.len() as i64))), r] {
                        drop(T("v5"));
                        if ((if (String::from("")).len() % 2 == 0 { String::from("xyz") } else { w })).is_empty() {
                            return Ok(Acc::new(cap.try_send(4)).add(3).add(1).get());
                        }
                        if (format!("{}-{}", (String::from("xyz")), 5)).len() % 2 == 0 {
                            panic!("p6");
                        }
                        yield_!(format!("{}-{}", (String::from("")), (3 + cap.borrow())));
                    }
                }
                n if n > 3 => {
                }
                _ => {
                }
            }
            Ok((yield_!(String::from("ab")).len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 3 {
                    break 'l1;
                }
                if let Some(n) = opt(&r) {
                    yield_!(r.clone());
                    let d = T("k2").len();
                } else if r.len() % 2 == 0 {
                    let mut b = T("v3");
                    yield_!((if (r.len() % 2 == 0 || (r.len() as i64) >= 0) { r.clone() } else { r.clone() }));
                } else if r.is_empty() {
                    let [e, _, _] = [(match t("t4", 5) { 0 => Acc::new((if T::id(&cap) == 2 { cap.borrow() } else { cap.lock() })).add((r.len() as i64)).add(Acc::new(3).add((r.len() as i64)).add(5).get()).get(), n if n > 5 => n + 1, _ => 1 }), f3((match 1 { 0 => T::take(keep(T("v6"), 5)), n if n > 0 => n + 1, _ => (P { a: 1, b: String::from("ab") }).sum() }), format!("{}-{}", r, ((r.len() as i64) * (r.len() as i64))), (if r.len() % 2 == 0 { (match 0 { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => 4 }) } else { f3((r.len() as i64), r.clone(), (r.len() as i64)) })), (T::id(&cap) + keep(keep(T("v8"), (r.len() as i64)), 7).take())];
                    let c = f3(0, yield_!(format!("{}-{}", (String::from("four")), (r.len() as i64))), (yield_!(r.clone()).len() as i64));
                    yield_!(t("t9", [String::from("four"), String::from("")].concat()));
                }
                r = [(if ((r.clone()).len() % 2 == 0 && 0 > 0) { [r.clone(), String::from("")].concat() } else { i2s(2) }), yield_!(r.clone())].concat();
            }
            'l10: for w in 0..cap3(Acc::new((P { a: cap.try_send(4), b: String::from("xyz") }).sum()).add(keep(T("v12"), 11).take()).add((P { a: (r.len() as i64), b: r.clone() }).sum()).get()) {
                'l13: for w in T("k14").items() {
                    let mut c = (r.len() as i64);
                    let (mut d, e) = (T("v15"), t("t16", (yield_!((if (r.len() as i64) >= 1 { r.clone() } else { String::from("hello") })).len() as i64)));
                    let a = cap.lock();
                    drop(keep(d, (yield_!([String::from("x"), r.clone()].concat()).len() as i64)));
                }
                let u17: i64;
                if !((r.clone()).is_empty()) {
                    u17 = ((if (String::from("ab")).len() % 2 == 0 { (r.len() as i64) } else { w }) * (yield_!(String::from("")).len() as i64));
                } else {
                    u17 = Acc::new(cap.lock()).add(w).add((yield_!(String::from("x")).len() as i64)).get();
                }
            }
            (if ((r.clone()).len() % 2 == 0 || (r.len() as i64) < 0) { T::take(keep(T("v19"), 18)) } else { (match (r.len() as i64) { 0 => 1, n if n > 1 => n + 1, _ => cap.len() }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if (yield_!(String::from("x")).len() as i64) >= 0 {
                let mut fuel1 = 0;
                'l1: while fuel1 < 2 && r.len() % 2 == 0 {
                    fuel1 += 1;
                    if r.is_empty() {
                        continue 'l1;
                    }
                    r = (if Acc::new((r.len() as i64)).add(cap.try_send(5)).add(cap.len()).get() != 3 { yield_!((if r.len() % 2 == 0 { String::from("x") } else { String::from("") })) } else { String::from("hello") });
                    r = t("t2", r.clone());
                }
            }
            r = (if T("k3").id() == 2 { (if (String::from("ab")).is_empty() { (if (r).len() % 2 == 0 { String::from("x") } else { String::from("xyz") }) } else { format!("{}-{}", (String::from("ab")), (r.len() as i64)) }) } else { (if !(5 >= 4) { (if (String::from("")).len() % 2 == 0 { r } else { r }) } else { (if (r.len() as i64) >= 4 { r.clone() } else { r.clone() }) }) });
            yield_!(r);
            let u4: i64;
            if ((String::from("")).is_empty() && (String::from("")).len() % 2 == 0) {
                u4 = Acc::new(t("t5", cap.len())).add((match 1 { 0 => 1, n if n > 0 => n + 1, _ => cap.try_send(1) })).add(opt(&(String::from("")))?).get();
            } else {
                u4 = T::take(keep(cap, 6));
            }
            consume(T("v7"));
            let mut a = 5;
            yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("four") } else { String::from("") }));
            Some((a + Some(T("k8")).unwrap().id()))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1;
                }
                if let Some(n) = T("k2").opt() {
                    let mut b = keep(T("v3"), t("t4", (yield_!(String::from("x")).len() as i64)));
                    yield_!(format!("{}-{}", (r.clone()), b.into_n()));
                    yield_!(String::from(""));
                } else if (String::from("x")).is_empty() {
                    yield_!(format!("{}-{}", r, (r.len() as i64)));
                    drop(keep(T("v5"), cap.lock()));
                    let [c, _, _] = [cap.len(), (yield_!(i2s((cap.lock() + (r.len() as i64)))).len() as i64), res(&r)?];
                } else {
                    let mut b = T("v6");
                }
                yield_!(i2s(5));
            }
            let mut fuel7 = 0;
            let c = 'l7: loop {
                fuel7 += 1;
                if fuel7 > 3 {
                    break 'l7 t("t8", T("k9").len());
                }
            };
            Ok(T("k10").id())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let b = 'b1: {
                 {
                    let mut f = i2s(f3(T::take(keep(T("v3"), 2)), yield_!(r), (match T::id(&cap) { 0 => cap.id(), n if n > 0 => n + 1, _ => cap.lock() })));
                    if (!((f.len() as i64) == 2) || cap.id() < 0) {
                        panic!("p4");
                    }
                }
                 {
                    'l5: for w in [t("t6", yield_!(String::from("ab"))), yield_!([String::from("x"), String::from("x")].concat())] {
                        let (mut b, e) = (T("v7"), f3((w.len() as i64), i2s(T("k8").len()), t("t9", t("t10", 0))));
                        consume(T("v11"));
                        if !((!((w.len() as i64) <= 4) && !((w.clone()).len() % 2 == 0))) {
                            return Ok(b.take());
                        }
                        let mut d = t("t12", t("t13", yield_!(w.clone())));
                    }
                }
                match T("k14").len() {
                    0 => {
                        match opt(&(String::from("ab"))) {
                            Some(n) if n < 3 => {
                                yield_!(i2s(t("t15", n)));
                                consume(T("v16"));
                            }
                            Some(n) => {
                                if !((P { a: n, b: String::from("") }).sum() == 5) {
                                    break 'b1 T::id(&cap);
                                }
                                drop(T("v17"));
                            }
                            None => {
                                let mut b = yield_!(format!("{}-{}", (String::from("ab")), t("t18", cap.try_send(0))));
                                let c: T = T("v19");
                                yield_!(String::from(""));
                            }
                        }
                    }
                    n if n > 0 => {
                    }
                    n => {
                    }
                }
                if (((String::from("ab")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0) || !(2 != 1)) {
                    break 'b1 Acc::new(T::take(keep(T("v21"), 20))).add((P { a: 5, b: String::from("xyz") }).sum()).add(T::take(cap)).get();
                }
                res(&(String::from("x")))?
            };
            Err(yield_!(t("t22", String::from("x"))))
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
            let c = T("v1");
            yield_!(i2s((P { a: (r.len() as i64), b: String::from("hello") }).sum()));
            r = i2s((if r.is_empty() { T::take(keep(T("v3"), 2)) } else { f3(2, String::from("ab"), c.id()) }));
            let mut fuel4 = 0;
            'l4: while fuel4 < 3 && Acc::new(c.borrow()).add(cap.id()).add((r.len() as i64)).get() == 0 {
                fuel4 += 1;
                let a: T = keep(T("v5"), T::take(keep(keep(T("v7"), 1), 6)));
                r = String::from("");
            }
            if ((!((r.len() as i64) < 4) && r.len() % 2 == 0) || !((String::from("")).len() % 2 == 0)) {
                let mut fuel8 = Vec::from([c.into_n(), (r.len() as i64)]);
                'l8: while let Some(w) = fuel8.pop() {
                    if !((String::from("ab")).is_empty()) {
                        continue 'l8;
                    }
                    yield_!(String::from("ab"));
                    r = i2s((match (w * w) { 0 => w, n if n > 0 => n + 1, _ => T::take(keep(T("v10"), 9)) }));
                    let b = opt(&(r.clone()))?;
                }
                let mut f = [yield_!((if cap.try_send(3) < 0 { r.clone() } else { r.clone() })), format!("{}-{}", (String::from("x")), (P { a: cap.lock(), b: r }).sum())].concat();
                let mut fuel11 = Vec::from([(yield_!(f.clone()).len() as i64), (P { a: cap.borrow(), b: yield_!(String::from("hello")) }).sum()]);
                'l11: while let Some(w) = fuel11.pop() {
                    yield_!([f.clone(), String::from("x")].concat());
                    let mut c = opt(&f)?;
                    if Acc::new(opt(&f)?).add((f.len() as i64)).add((f.len() as i64)).get() > 4 {
                        continue 'l11;
                    }
                    f = yield_!([[String::from("ab"), String::from("")].concat(), t("t12", f.clone())].concat());
                }
            } else {
                yield_!(t("t13", i2s(c.lock())));
            }
            if let Some(n) = T("k14").opt() {
                yield_!(String::from("xyz"));
                'l15: for w in 0..cap3(Some(T("k16")).unwrap().id()) {
                    let mut d = yield_!(t("t17", [String::from("xyz"), String::from("four")].concat()));
                }
            }
            Some((P { a: f3(cap.borrow(), String::from("x"), cap.len()), b: format!("{}-{}", (String::from("")), cap.lock()) }).sum())
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
            'l1: for w in 0..cap3((f3(cap.lock(), r.clone(), 4) - cap.lock())) {
                yield_!(String::from("hello"));
                let mut b = T("v2");
                if let Some(n) = opt(&r) && n > 3 {
                    let f = (if (w != 0 || (r.len() % 2 == 0 || (r.clone()).len() % 2 == 0)) { r.clone() } else { (if ((r.clone()).len() % 2 == 0 && w != 4) { yield_!(r.clone()) } else { t("t3", r.clone()) }) });
                    yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v5"), 4))));
                }
            }
            let mut fuel6 = 0;
            let a = 'l6: loop {
                fuel6 += 1;
                if fuel6 > 1 {
                    break 'l6 t("t7", T::take(keep(T("v9"), 8)));
                }
                let u10: i64;
                if ((String::from("")).is_empty() && r.len() % 2 == 0) {
                    u10 = cap.borrow();
                } else {
                    u10 = (P { a: (yield_!(String::from("four")).len() as i64), b: (if r.len() % 2 == 0 { String::from("x") } else { r.clone() }) }).sum();
                }
                let d = 'b11: {
                    if !((r.clone()).is_empty()) {
                        panic!("p12");
                    }
                    if !(!((String::from("x")).len() % 2 == 0)) {
                        break 'b11 Acc::new((P { a: 1, b: r.clone() }).sum()).add((1 * u10)).add(u10).get();
                    }
                    (P { a: T("k13").len(), b: i2s(u10) }).sum()
                };
            };
            let c = yield_!([(if cap.lock() < 0 { r } else { r.clone() }), String::from("x")].concat());
            'l14: for w in [c.clone(), yield_!(c)] {
                drop(keep(T("v15"), T::take(keep(T("v17"), 16))));
                'l18: for w in T("k19").items() {
                    if !((((String::from("")).len() % 2 == 0 || 0 > 5) && cap.len() == 5)) {
                        return ((cap.len() + 4) + (match cap.try_send(0) { 0 => cap.id(), n if n > 5 => n + 1, _ => 3 }));
                    }
                    r = yield_!(t("t20", [String::from("x"), String::from("")].concat()));
                    yield_!(String::from("four"));
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([(r.len() as i64), (match (P { a: 5, b: r }).sum() { 0 => cap.into_n(), n if n > 0 => n + 1, _ => t("t2", 1) })]);
            'l1: while let Some(w) = fuel1.pop() {
                'l3: for w in T("k4").items() {
                    let f = (if (String::from("x")).len() % 2 == 0 { (P { a: opt(&(String::from("ab")))?, b: yield_!(String::from("four")) }).sum() } else { (if (w >= 0 || w == 5) { (if w >= 5 { 0 } else { w }) } else { (if (String::from("x")).len() % 2 == 0 { w } else { w }) }) });
                    let mut a = t("t5", format!("{}-{}", (String::from("xyz")), t("t6", f)));
                    r = String::from("ab");
                }
                let mut fuel7 = 0;
                'l7: while fuel7 < 3 && (String::from("x")).is_empty() {
                    fuel7 += 1;
                    r = t("t8", (if (w == 0 || (String::from("four")).len() % 2 == 0) { yield_!(String::from("ab")) } else { i2s(w) }));
                    if ((r.clone()).is_empty() || !((w == 1 || (r.clone()).len() % 2 == 0))) {
                        break 'l1;
                    }
                }
            }
            Some(t("t9", Acc::new(0).add(5).add(0).get()))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!([[r, String::from("four")].concat(), t("t1", String::from("ab"))].concat());
            let mut fuel2 = Vec::from([(P { a: t("t3", 4), b: yield_!(String::from("")) }).sum(), T("k4").len()]);
            'l2: while let Some(w) = fuel2.pop() {
                if (((cap.lock() == 1 && (String::from("four")).len() % 2 == 0) || !(w == 2)) && (String::from("hello")).len() % 2 == 0) {
                    panic!("p5");
                }
                yield_!(t("t6", (if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("ab") })));
            }
            'l7: for w in [yield_!(t("t8", String::from("four"))), yield_!(i2s(T::id(&cap)))] {
                match (t("t9", (w.len() as i64)), i2s((match T("k10").id() { 0 => (w.len() as i64), n if n > 1 => n + 1, _ => (match (w.len() as i64) { 0 => (w.len() as i64), n if n > 0 => n + 1, _ => (w.len() as i64) }) }))) {
                    (0, n) => {
                        let mut c = i2s((if !((n.clone()).len() % 2 == 0) { (yield_!(String::from("x")).len() as i64) } else { Acc::new((w.len() as i64)).add((w.len() as i64)).add(T::id(&cap)).get() }));
                        let mut a = n.clone();
                    }
                    (_, n) if n.len() > 1 => {
                        if !(!(!((n.len() as i64) != 3))) {
                            return Some((cap.try_send(5) + t("t11", T::id(&cap))));
                        }
                    }
                    (_, n) => {
                        let P { a: c, b: e } = P { a: T("k12").id(), b: format!("{}-{}", n, Acc::new((match 4 { 0 => 5, n if n > 0 => n + 1, _ => 4 })).add(2).add(T("k13").id()).get()) };
                        let f = keep(T("v14"), opt(&(String::from("xyz")))?);
                        yield_!(String::from(""));
                    }
                }
                'l15: for w in [yield_!(t("t16", w.clone())), String::from("x")] {
                    let mut b: T = T("v17");
                    r = format!("{}-{}", w, b.id());
                }
            }
            'l18: for w in [i2s((match cap.id() { 0 => 4, n if n > 0 => n + 1, _ => 5 })), yield_!(i2s(5))] {
                let d: String = w.clone();
                let u19: i64;
                if (yield_!((if 4 < 3 { d } else { String::from("hello") })).len() as i64) == 3 {
                    u19 = (match (if 1 != 5 { cap.lock() } else { cap.id() }) { 0 => t("t20", (w.len() as i64)), n if n > 0 => n + 1, _ => f3(T::id(&cap), String::from("ab"), (w.len() as i64)) });
                } else {
                    u19 = (yield_!(t("t21", String::from("xyz"))).len() as i64);
                }
            }
            Some(((yield_!(String::from("xyz")).len() as i64) + (P { a: cap.borrow(), b: String::from("four") }).sum()))
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
            consume(T("v1"));
            'l2: for w in [yield_!(r), yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("x") }))] {
                yield_!(String::from("ab"));
                yield_!(format!("{}-{}", w, t("t3", 4)));
            }
             {
                let e = yield_!((if (3 == 2 || (String::from("xyz")).len() % 2 == 0) { String::from("four") } else { t("t4", String::from("x")) }));
            }
            let mut fuel5 = Vec::from([(match 2 { 0 => (4 + cap.len()), n if n > 3 => n + 1, _ => T::id(&cap) }), (if ((String::from("ab")).len() % 2 == 0 && cap.id() != 0) { (P { a: cap.try_send(3), b: String::from("four") }).sum() } else { cap.try_send(5) })]);
            'l5: while let Some(w) = fuel5.pop() {
                yield_!(i2s(T("k6").id()));
            }
            keep(keep(T("v8"), T::id(&cap)), 7).take()
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
            let mut fuel1 = 0;
            let c = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (f3(T::id(&cap), r.clone(), 4) * T("k2").id());
                }
                consume(T("v3"));
                let u4: i64;
                if (r.is_empty() || (((r.clone()).len() % 2 == 0 || 3 >= 1) && r.is_empty())) {
                    u4 = (f3(cap.lock(), String::from("ab"), (r.len() as i64)) - (yield_!(String::from("hello")).len() as i64));
                } else {
                    u4 = f3(((r.len() as i64) * (r.len() as i64)), String::from(""), (match (r.len() as i64) { 0 => cap.borrow(), n if n > 3 => n + 1, _ => (r.len() as i64) }));
                }
                let b = 'b5: {
                    yield_!(t("t6", (if 2 > 3 { String::from("") } else { String::from("hello") })));
                    let mut fuel7 = 0;
                    'l7: loop {
                        fuel7 += 1;
                        if fuel7 > 3 {
                            break 'l7;
                        }
                        r = t("t8", yield_!(format!("{}-{}", r, cap.id())));
                        yield_!(r.clone());
                        let b = r.clone();
                    }
                    if (r.clone()).is_empty() {
                        break 'b5 Acc::new(Acc::new(cap.try_send(2)).add(u4).add(2).get()).add((match u4 { 0 => 1, n if n > 0 => n + 1, _ => u4 })).add((r.len() as i64)).get();
                    }
                    (r.len() as i64)
                };
                'l9: for w in [r.clone(), i2s((if (String::from("hello")).len() % 2 == 0 { 5 } else { b }))] {
                    yield_!(String::from("four"));
                    yield_!(i2s(0));
                    let mut f = (r.len() as i64);
                }
            };
            let u10: i64;
            if (r.len() as i64) > 0 {
                u10 = t("t11", cap.borrow());
            } else {
                u10 = T::id(&cap);
            }
            let [a, _, _] = [(match f3(T::id(&cap), [r.clone(), r].concat(), T("k12").into_n()) { 0 => T("k13").len(), n if n > 1 => n + 1, _ => opt(&(String::from("four")))? }), T::take(keep(cap, 14)), u10];
            yield_!(String::from("four"));
            'l15: for w in 0..cap3(keep(T("v17"), 16).take()) {
                if let Some(n) = opt(&(yield_!(format!("{}-{}", (String::from("x")), a)))) {
                    yield_!(i2s(opt(&(String::from("")))?));
                } else {
                    let (mut e, d) = (T("v18"), (match f3(opt(&(String::from("xyz")))?, format!("{}-{}", (String::from("x")), 1), 4) { 0 => a, n if n > 0 => n + 1, _ => T::take(keep(T("v20"), 19)) }));
                }
            }
            Some(f3(2, yield_!(String::from("xyz")), T("k21").id()))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'b1: {
                let mut b = i2s((match t("t2", cap.len()) { 0 => 2, n if n > 3 => n + 1, _ => (match 3 { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => cap.lock() }) }));
                if ((r).is_empty() && T::take(keep(T("v4"), 3)) >= 2) {
                    return (P { a: Acc::new(cap.len()).add(5).add(cap.borrow()).get(), b: t("t5", String::from("four")) }).sum();
                }
                yield_!(i2s(cap.borrow()));
                if ((b.len() % 2 == 0 || (b.len() as i64) > 4) || ((b).len() % 2 == 0 || cap.borrow() >= 3)) {
                    break 'b1;
                }
            }
            let d = format!("{}-{}", ((if cap.try_send(5) < 5 { String::from("") } else { String::from("ab") })), T("k6").id());
            let f = 'b7: {
                yield_!(format!("{}-{}", d, Acc::new(cap.id()).add((d.len() as i64)).add(cap.len()).get()));
                if keep(keep(T("v9"), (d.len() as i64)), 8).take() <= 5 {
                    panic!("p10");
                }
                let Some(b) = opt(&(d.clone())) else {
                    panic!("p11");
                };
                if d.len() % 2 == 0 {
                    break 'b7 t("t12", T("k13").id());
                }
                1
            };
            yield_!((if (String::from("hello")).len() % 2 == 0 { [String::from("xyz"), d].concat() } else { d }));
            let u14: i64;
            if (!((String::from("hello")).len() % 2 == 0) || (String::from("x")).len() % 2 == 0) {
                u14 = cap.lock();
            } else {
                u14 = f;
            }
            yield_!(i2s(f));
            if let Some(n) = T("k15").opt() {
                'l16: for w in T("k17").items() {
                    yield_!((if 5 == 4 { format!("{}-{}", (String::from("hello")), 3) } else { i2s(w) }));
                    r = String::from("hello");
                }
                if (i2s(f)).len() % 2 == 0 {
                    return T("k18").id();
                }
            } else if (P { a: f, b: String::from("four") }).sum() == 4 {
            }
            3
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in T("k2").items() {
                consume(keep(T("v3"), w));
                drop(keep(T("v4"), (r.len() as i64)));
                let f = keep(T("v5"), 0);
                let b = yield_!(t("t6", (if w <= 1 { String::from("") } else { String::from("hello") })));
            }
            match opt(&r) {
                Some(n) if n < 0 => {
                    let mut b = yield_!(format!("{}-{}", r, f3(n, String::from("hello"), n)));
                }
                Some(n) => {
                }
                None => {
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
mod p221 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&(r.clone())) {
                r = i2s(((match (r.len() as i64) { 0 => n, n if n > 5 => n + 1, _ => n }) + ((r.len() as i64) * (r.len() as i64))));
                match (cap.len(), [i2s((if (r.len() as i64) == 5 { n } else { cap.len() })), String::from("xyz")].concat()) {
                    (0, n) => {
                        let a = T("v1");
                        let e = r.clone();
                    }
                    (_, n) if n.len() > 5 => {
                        drop(cap);
                        let f = (match Acc::new((match 5 { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => (r.len() as i64) })).add(4).add((match (r.len() as i64) { 0 => (n.len() as i64), n if n > 3 => n + 1, _ => 2 })).get() { 0 => (P { a: (match (r.len() as i64) { 0 => 5, n if n > 2 => n + 1, _ => (n.len() as i64) }), b: r.clone() }).sum(), n if n > 1 => n + 1, _ => T::take(keep(T("v3"), 2)) });
                    }
                    (_, n) => {
                        yield_!(r.clone());
                        drop(cap);
                        if ((String::from("xyz")).is_empty() && (!(5 != 1) || !(n.len() % 2 == 0))) {
                            panic!("p4");
                        }
                    }
                }
                let [f, _, _] = [n, f3((if (r.clone()).is_empty() { 2 } else { f3(n, String::from("hello"), (r.len() as i64)) }), (if (4 != 2 || r.len() % 2 == 0) { r.clone() } else { [String::from("four"), r].concat() }), n), T::take(keep(T("v6"), 5))];
            } else if ((4 <= 3 || r.len() % 2 == 0) && (r.len() as i64) >= 5) {
                'l7: for w in [r.clone(), yield_!(format!("{}-{}", (r.clone()), 5))] {
                    yield_!(i2s(t("t8", cap.lock())));
                    yield_!((if !(1 > 2) { t("t9", r.clone()) } else { String::from("ab") }));
                    if ((match (w.len() as i64) { 0 => 0, n if n > 3 => n + 1, _ => 4 }) + (match cap.try_send(2) { 0 => cap.id(), n if n > 4 => n + 1, _ => (w.len() as i64) })) <= 4 {
                        break 'l7;
                    }
                    let c = keep(T("v10"), t("t11", (P { a: T::id(&cap), b: String::from("x") }).sum()));
                }
            } else {
                consume(keep(T("v12"), (P { a: cap.len(), b: (if 5 >= 4 { String::from("four") } else { String::from("x") }) }).sum()));
            }
            5
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
            match (T::take(keep(T("v2"), 1)) * T("k3").into_n()) {
                0 => {
                    let Some(b) = opt(&r) else {
                        panic!("p4");
                    };
                }
                n if n > 0 => {
                    let Some(d) = opt(&(t("t5", i2s((r.len() as i64))))) else {
                        return None;
                    };
                }
                _ => {
                    let c = r;
                    let mut fuel6 = 0;
                    'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 3 {
                            break 'l6;
                        }
                        let P { a: e, b: f } = P { a: opt(&c)?, b: [format!("{}-{}", c, (if c.len() % 2 == 0 { (c.len() as i64) } else { 4 })), String::from("hello")].concat() };
                        let (mut d, e) = (T("v7"), T::take(keep(T("v9"), 8)));
                    }
                }
            }
            let mut fuel10 = Vec::from([(match cap.len() { 0 => f3(0, String::from(""), 4), n if n > 4 => n + 1, _ => 3 }), (match Some(T("k11")).unwrap().id() { 0 => keep(T("v13"), 12).take(), n if n > 5 => n + 1, _ => t("t14", 2) })]);
            'l10: while let Some(w) = fuel10.pop() {
                if (T::take(keep(T("v16"), 15)) >= 2 || ((w == 1 || (String::from("xyz")).len() % 2 == 0) && ((String::from("xyz")).len() % 2 == 0 && T::id(&cap) < 1))) {
                    panic!("p17");
                }
                if let Some(n) = T("k18").opt() {
                    if cap.len() > 3 {
                        panic!("p19");
                    }
                    let mut c: String = i2s(w);
                    let P { a: b, b: f } = P { a: opt(&(c.clone()))?, b: i2s(T::id(&cap)) };
                }
                yield_!(i2s(5));
            }
            r = (if (String::from("")).len() % 2 == 0 { yield_!(String::from("four")) } else { [i2s(cap.lock()), [String::from("x"), String::from("")].concat()].concat() });
            Some(f3((if 1 < 4 { (r.len() as i64) } else { cap.len() }), (if 2 < 4 { r.clone() } else { r.clone() }), (r.len() as i64)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([f3(Some(T("k2")).unwrap().id(), yield_!(r), Some(T("k3")).unwrap().id()), (0 * f3(T::id(&cap), String::from("ab"), 1))]);
            'l1: while let Some(w) = fuel1.pop() {
                yield_!((if (String::from("x")).len() % 2 == 0 { i2s(w) } else { [String::from("xyz"), String::from("")].concat() }));
                let mut e = w;
                match opt(&(String::from("xyz"))) {
                    Some(n) if n < 0 => {
                        drop(T("v4"));
                        let P { a: d, b: a } = P { a: w, b: format!("{}-{}", (i2s(T::id(&cap))), (P { a: (n + cap.len()), b: t("t5", String::from("four")) }).sum()) };
                    }
                    Some(n) => {
                        yield_!(format!("{}-{}", (String::from("hello")), T::take(keep(T("v7"), 6))));
                        let a = (1 + (yield_!(String::from("ab")).len() as i64));
                        drop(T("v8"));
                    }
                    None => {
                        e += Acc::new(w).add(T::take(keep(T("v10"), 9))).add(T::take(keep(T("v12"), 11))).get();
                    }
                }
                if let Some(n) = opt(&(yield_!(i2s(e)))) && n > 0 {
                    yield_!(format!("{}-{}", (String::from("")), n));
                } else {
                    let e: String = format!("{}-{}", (String::from("")), (t("t13", e) + keep(T("v15"), 14).take()));
                }
            }
            let mut fuel16 = 0;
            'l16: while fuel16 < 1 && (((String::from("")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) || (String::from("xyz")).is_empty()) {
                fuel16 += 1;
            }
            (yield_!((if (String::from("four")).len() % 2 == 0 { String::from("hello") } else { String::from("four") })).len() as i64)
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && (!((r.clone()).len() % 2 == 0) && ((r.clone()).len() % 2 == 0 || T::id(&cap) >= 0)) {
                fuel1 += 1;
                let mut fuel2 = Vec::from([cap.try_send(1), (P { a: (match (r.len() as i64) { 0 => 3, n if n > 4 => n + 1, _ => (r.len() as i64) }), b: yield_!(r.clone()) }).sum()]);
                'l2: while let Some(w) = fuel2.pop() {
                    let f: i64 = (match (r.len() as i64) { 0 => cap.try_send(3), n if n > 5 => n + 1, _ => Acc::new(t("t3", w)).add(T::take(keep(T("v5"), 4))).add(res(&(r.clone()))?).get() });
                    yield_!(String::from("x"));
                    yield_!(r.clone());
                    consume(T("v6"));
                }
                let mut a = T("v7");
                consume(keep(T("v8"), Acc::new(a.lock()).add(T::take(keep(T("v10"), 9))).add(keep(T("v12"), 11).take()).get()));
            }
            yield_!(t("t13", [r, String::from("")].concat()));
            yield_!(t("t14", String::from("four")));
            if (yield_!(String::from("x"))).is_empty() {
                return Ok(Acc::new((yield_!(String::from("x")).len() as i64)).add(res(&(String::from("x")))?).add(cap.id()).get());
            }
            let [b, _, _] = [(yield_!(String::from("hello")).len() as i64), Some(T("k15")).unwrap().id(), T("k16").len()];
            yield_!(t("t17", (if (String::from("four")).len() % 2 == 0 { String::from("x") } else { String::from("four") })));
            let c = cap;
            'b18: {
                let a = 'b19: {
                    if let Some(n) = T("k20").opt() {
                    }
                    if (!(b == 2) && 4 != 1) {
                        break 'b19 (if ((String::from("four")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0) { (match b { 0 => b, n if n > 1 => n + 1, _ => b }) } else { T::take(keep(T("v22"), 21)) });
                    }
                    f3((P { a: 3, b: String::from("xyz") }).sum(), (if b != 2 { String::from("four") } else { String::from("hello") }), b)
                };
                if ((1 >= 1 || c.lock() > 2) && (4 >= 2 && b > 1)) {
                    break 'b18;
                }
            }
            Ok(c.len())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if r.is_empty() {
                let a = 'b1: {
                    yield_!((if (r.len() as i64) < 0 { i2s(cap.try_send(0)) } else { format!("{}-{}", (r), T::id(&cap)) }));
                    if ((P { a: cap.len(), b: String::from("xyz") }).sum() <= 1 || (String::from("hello")).is_empty()) {
                        panic!("p2");
                    }
                    if (String::from("xyz")).len() % 2 == 0 {
                        break 'b1 (res(&(String::from("hello")))? + T::take(keep(T("v4"), 3)));
                    }
                    T("k5").id()
                };
            }
            let e = [[t("t6", String::from("four")), format!("{}-{}", (String::from("x")), 4)].concat(), t("t7", i2s(cap.id()))].concat();
            let d: i64 = Acc::new((match (e.len() as i64) { 0 => T::take(cap), n if n > 3 => n + 1, _ => (e.len() as i64) })).add(((P { a: (e.len() as i64), b: String::from("hello") }).sum() + res(&(String::from("")))?)).add(t("t8", (P { a: (e.len() as i64), b: e.clone() }).sum())).get();
            yield_!(format!("{}-{}", (String::from("ab")), t("t9", 3)));
            Err(e.clone())
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
            let f = keep(keep(cap, T("k1").id()), f3(t("t2", 2), r.clone(), (yield_!(String::from("four")).len() as i64)));
            let u3: i64;
            if T::take(keep(T("v5"), 4)) > 3 {
                u3 = T::id(&f);
            } else {
                u3 = (match t("t6", 2) { 0 => t("t7", f.borrow()), n if n > 5 => n + 1, _ => (match T::id(&f) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => f.borrow() }) });
            }
            'l8: for w in [format!("{}-{}", (String::from("xyz")), (r.len() as i64)), [String::from(""), [r, String::from("")].concat()].concat()] {
                let f: String = w.clone();
                'b9: {
                    let mut fuel10 = Vec::from([(P { a: f3(4, String::from(""), 0), b: f }).sum(), t("t11", (w.len() as i64))]);
                    'l10: while let Some(w) = fuel10.pop() {
                        if ((0 != 1 && (String::from("four")).len() % 2 == 0) || (String::from("four")).len() % 2 == 0) {
                            panic!("p12");
                        }
                    }
                    if !(w.is_empty()) {
                        break 'b9;
                    }
                }
            }
            (match 1 { 0 => f.id(), n if n > 1 => n + 1, _ => u3 })
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(cap);
            yield_!((if (r.len() % 2 == 0 || (r.len() as i64) > 2) { format!("{}-{}", (r.clone()), (r.len() as i64)) } else { r }));
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && (String::from("xyz")).len() % 2 == 0 {
                fuel1 += 1;
                let u2: i64;
                if T::take(keep(T("v4"), 3)) < 5 {
                    u2 = (if (4 >= 0 && (String::from("four")).len() % 2 == 0) { T::take(keep(T("v6"), 5)) } else { (yield_!(String::from("ab")).len() as i64) });
                } else {
                    u2 = Acc::new((yield_!(String::from("")).len() as i64)).add(f3(0, String::from("hello"), 2)).add(5).get();
                }
                let Some(f) = opt(&(yield_!(i2s(u2)))) else {
                    panic!("p7");
                };
            }
            let mut fuel8 = Vec::from([((if 2 == 1 { 4 } else { 3 }) + 5), T::take(keep(keep(T("v10"), 4), 9))]);
            'l8: while let Some(w) = fuel8.pop() {
                'l11: for w in T("k12").items() {
                    yield_!([[String::from("hello"), String::from("xyz")].concat(), (if w > 3 { String::from("x") } else { String::from("ab") })].concat());
                    consume(T("v13"));
                    yield_!((if w <= 1 { format!("{}-{}", (String::from("xyz")), 5) } else { t("t14", String::from("x")) }));
                }
                 {
                    'l15: for w in T("k16").items() {
                        if (P { a: T("k17").into_n(), b: String::from("x") }).sum() < 2 {
                            continue 'l8;
                        }
                        r = format!("{}-{}", ([String::from("x"), String::from("ab")].concat()), t("t18", (if (String::from("")).len() % 2 == 0 { 2 } else { 5 })));
                        if (((r.clone()).len() % 2 == 0 || ((String::from("four")).len() % 2 == 0 && 4 > 0)) && r.len() % 2 == 0) {
                            continue 'l8;
                        }
                        let e: i64 = (P { a: (w + w), b: t("t19", r.clone()) }).sum();
                    }
                    consume(T("v20"));
                }
                'l21: for w in T("k22").items() {
                    let (mut d, e) = (T("v23"), (if (String::from("ab")).is_empty() { (match w { 0 => w, n if n > 0 => n + 1, _ => w }) } else { res(&(String::from("four")))? }));
                }
            }
            Ok(res(&(String::from("hello")))?)
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
            let Some(a) = opt(&(String::from("ab"))) else {
                panic!("p1");
            };
            'b2: {
                let u3: i64;
                if ((r.len() % 2 == 0 && !((String::from("x")).len() % 2 == 0)) || (((r.clone()).len() % 2 == 0 && r.len() % 2 == 0) && !((r.clone()).len() % 2 == 0))) {
                    u3 = 5;
                } else {
                    u3 = cap.len();
                }
                if !(((r.len() as i64) >= 3 && cap.len() == 1)) {
                    break 'b2;
                }
            }
            if ([String::from("x"), r].concat()).len() % 2 == 0 {
                panic!("p4");
            }
            let [c, _, _] = [cap.id(), a, (a * (yield_!(i2s(a)).len() as i64))];
            let mut fuel5 = Vec::from([T("k6").id(), (match (match cap.borrow() { 0 => c, n if n > 1 => n + 1, _ => cap.try_send(0) }) { 0 => f3(c, String::from("hello"), a), n if n > 2 => n + 1, _ => (a + cap.try_send(3)) })]);
            'l5: while let Some(w) = fuel5.pop() {
                consume(keep(keep(T("v7"), cap.id()), Acc::new(a).add((3 - w)).add((match cap.lock() { 0 => w, n if n > 1 => n + 1, _ => w })).get()));
                yield_!([String::from("hello"), i2s(cap.borrow())].concat());
                if let Some(n) = opt(&(String::from("x"))) && n > 1 {
                    let b: String = format!("{}-{}", (i2s(3)), ((if (String::from("x")).len() % 2 == 0 { c } else { cap.lock() }) * (cap.try_send(4) - c)));
                } else if (String::from("hello")).len() % 2 == 0 {
                    r = yield_!(i2s((if (String::from("four")).len() % 2 == 0 { c } else { c })));
                    let e = T("v8");
                } else if ((String::from("hello")).len() % 2 == 0 || 5 > 3) {
                    if (String::from("x")).len() % 2 == 0 {
                        return Some(T::id(&cap));
                    }
                }
                if ((if a == 4 { c } else { a }) + (yield_!(String::from("xyz")).len() as i64)) == 2 {
                    r = i2s((t("t9", 1) + c));
                    yield_!(format!("{}-{}", r, cap.len()));
                    consume(keep(T("v10"), (c * Acc::new(a).add((r.len() as i64)).add(cap.len()).get())));
                }
            }
            let d: String = t("t11", String::from("ab"));
            let b = t("t12", (if 4 > 2 { T::take(cap) } else { (yield_!(String::from("hello")).len() as i64) }));
            let mut fuel13 = 0;
            'l13: loop {
                fuel13 += 1;
                if fuel13 > 3 {
                    break 'l13;
                }
            }
            Some(((a - b) + (d.len() as i64)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            yield_!(format!("{}-{}", (r), T::take(cap)));
            if (2 <= 2 || T::take(keep(T("v3"), 2)) == 2) {
                panic!("p4");
            }
            let Some(d) = opt(&(i2s(Some(T("k5")).unwrap().id()))) else {
                panic!("p6");
            };
            drop(T("v7"));
            if ((String::from("hello")).len() % 2 == 0 || (yield_!(String::from("four")).len() as i64) <= 0) {
                let mut fuel8 = Vec::from([Acc::new((P { a: d, b: String::from("xyz") }).sum()).add(res(&(String::from("x")))?).add(res(&(String::from("ab")))?).get(), (if ((String::from("")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) { (yield_!(String::from("")).len() as i64) } else { T::take(keep(T("v10"), 9)) })]);
                'l8: while let Some(w) = fuel8.pop() {
                    consume(keep(T("v11"), t("t12", res(&(String::from("x")))?)));
                    r = yield_!(format!("{}-{}", (String::from("")), Some(T("k15")).unwrap().id()));
                    let d = Acc::new((P { a: t("t16", w), b: format!("{}-{}", (r.clone()), d) }).sum()).add(f3(f3((r.len() as i64), String::from(""), (r.len() as i64)), format!("{}-{}", (String::from("x")), 3), d)).add((f3((r.len() as i64), r.clone(), d) * (P { a: w, b: String::from("hello") }).sum())).get();
                }
            } else if Acc::new(d).add(3).add(d).get() != 4 {
                if let Some(n) = T("k17").opt() {
                    yield_!(String::from("hello"));
                    if ((String::from("x")).len() % 2 == 0 || ((String::from("xyz")).is_empty() && (4 == 3 || (String::from("")).len() % 2 == 0))) {
                        return Ok((yield_!(i2s(d)).len() as i64));
                    }
                    r = yield_!(i2s(t("t18", d)));
                } else {
                    let mut f = t("t19", d);
                }
            } else {
            }
            Ok((t("t20", d) - (if d < 1 { d } else { d })))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = Vec::from([(P { a: T("k2").into_n(), b: String::from("xyz") }).sum(), (P { a: 4, b: format!("{}-{}", (String::from("ab")), cap.lock()) }).sum()]);
            'l1: while let Some(w) = fuel1.pop() {
                let e = [yield_!(t("t3", String::from("xyz"))), [t("t4", String::from("xyz")), String::from("hello")].concat()].concat();
                'l5: for w in [e, format!("{}-{}", r, (P { a: w, b: String::from("hello") }).sum())] {
                    let (mut f, a) = (keep(keep(keep(T("v6"), cap.borrow()), Acc::new((r.len() as i64)).add(2).add((w.len() as i64)).get()), cap.id()), ((r.len() as i64) + (r.len() as i64)));
                    consume(f);
                    if w.len() % 2 == 0 {
                        panic!("p7");
                    }
                    drop(T("v8"));
                }
                if let Some(n) = opt(&r) {
                    let d: i64 = t("t9", f3(n, [String::from("hello"), r.clone()].concat(), 5));
                    r = String::from("ab");
                } else {
                    let d = (yield_!([[String::from("hello"), String::from("four")].concat(), t("t10", r.clone())].concat()).len() as i64);
                }
                consume(T("v11"));
            }
            'l12: for w in 0..cap3(T::take(keep(keep(T("v14"), cap.borrow()), 13))) {
                'l15: for w in [i2s((match w { 0 => w, n if n > 1 => n + 1, _ => 4 })), (if r.is_empty() { t("t16", r.clone()) } else { yield_!(String::from("")) })] {
                    let mut b = t("t17", (P { a: (T::id(&cap) + 0), b: (if (w.len() as i64) < 5 { w.clone() } else { String::from("four") }) }).sum());
                    yield_!(String::from("ab"));
                }
            }
            Ok(cap.id())
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
            drop(T("v1"));
            r = yield_!(String::from("four"));
             {
                drop(T("v2"));
                'l3: for w in 0..cap3((P { a: t("t4", cap.id()), b: [r, String::from("hello")].concat() }).sum()) {
                    'l5: for w in [t("t6", t("t7", String::from("four"))), yield_!(i2s(1))] {
                        r = [w, format!("{}-{}", (String::from("ab")), (if (String::from("xyz")).len() % 2 == 0 { cap.id() } else { cap.lock() }))].concat();
                        let a = keep(T("v8"), T::take(keep(keep(T("v10"), (r.len() as i64)), 9)));
                    }
                    if let Some(n) = opt(&([String::from("hello"), (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("x") })].concat())) && n > 1 {
                        if (format!("{}-{}", (String::from("ab")), 4)).is_empty() {
                            break 'l3;
                        }
                    } else if (w < 5 || !(w == 4)) {
                    } else if (!(3 < 1) || (String::from("x")).len() % 2 == 0) {
                    }
                }
            }
            T("k11").len()
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3(2) {
                r = String::from("xyz");
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && w > 0 {
                    fuel2 += 1;
                    let mut d: T = T("v3");
                    let c: String = i2s(3);
                    consume(T("v4"));
                    yield_!(String::from(""));
                }
            }
            let mut b = cap;
            let c = (P { a: (r.len() as i64), b: yield_!(i2s(0)) }).sum();
            r = r;
            None
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
            'b1: {
                yield_!(String::from("xyz"));
                if (r.is_empty() && r.len() % 2 == 0) {
                    break 'b1;
                }
            }
            let mut e = t("t2", format!("{}-{}", (r.clone()), T::take(keep(T("v4"), 3))));
            if (t("t5", e)).is_empty() {
                panic!("p6");
            }
            let mut d: String = format!("{}-{}", r, (if (cap.id() > 0 || r.len() % 2 == 0) { (4 * cap.borrow()) } else { cap.try_send(4) }));
             {
                'l7: for w in [yield_!([d, r.clone()].concat()), r.clone()] {
                     {
                        yield_!(String::from(""));
                    }
                    consume(keep(T("v8"), ((if T::id(&cap) >= 5 { T::id(&cap) } else { 4 }) + cap.lock())));
                }
                match ((2 + T::id(&cap)), yield_!(t("t9", format!("{}-{}", (r.clone()), cap.try_send(1))))) {
                    (0, n) => {
                        let mut f = T("v10");
                        yield_!(t("t11", r));
                    }
                    (_, n) if n.len() > 2 => {
                        match T("k12").len() {
                            0 => {
                                yield_!(i2s(3));
                            }
                            n if n > 5 => {
                                if (r.is_empty() || (r.clone()).len() % 2 == 0) {
                                    return (match cap.into_n() { 0 => n, n if n > 3 => n + 1, _ => f3(n, r, n) });
                                }
                                let mut b = i2s((P { a: Acc::new(n).add(n).add(n).get(), b: String::from("x") }).sum());
                            }
                            n => {
                                if !((match cap.lock() { 0 => cap.len(), n if n > 4 => n + 1, _ => n }) != 5) {
                                    return (yield_!([String::from("x"), String::from("ab")].concat()).len() as i64);
                                }
                                yield_!(i2s((if r.len() % 2 == 0 { n } else { T::id(&cap) })));
                            }
                        }
                    }
                    (_, n) => {
                    }
                }
            }
            (t("t13", 3) + 3)
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
            'l1: for w in 0..cap3((if (r.len() % 2 == 0 && cap.id() >= 5) { (r.len() as i64) } else { t("t2", 3) })) {
                 {
                    let Some(d) = opt(&(r.clone())) else {
                        return None;
                    };
                    let u3: i64;
                    if opt(&r)? >= 2 {
                        u3 = opt(&(r.clone()))?;
                    } else {
                        u3 = (if (String::from("x")).is_empty() { (match d { 0 => d, n if n > 1 => n + 1, _ => d }) } else { (if r.len() % 2 == 0 { w } else { w }) });
                    }
                    r = String::from("hello");
                }
                let Some(e) = opt(&(t("t4", format!("{}-{}", r, 5)))) else {
                    panic!("p5");
                };
                let mut f: T = T("v6");
                yield_!(format!("{}-{}", (r.clone()), f3(cap.borrow(), String::from(""), e)));
            }
            yield_!(format!("{}-{}", r, T::id(&cap)));
            let mut f = f3((yield_!(format!("{}-{}", (r), cap.len())).len() as i64), yield_!([String::from("hello"), String::from("ab")].concat()), f3(t("t7", 2), (if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("x") }), t("t8", 2)));
            let mut fuel9 = 0;
            'l9: while fuel9 < 2 && f3(cap.lock(), String::from("x"), f) >= 0 {
                fuel9 += 1;
                drop(keep(T("v10"), T("k11").len()));
                let a = format!("{}-{}", (t("t12", String::from("xyz"))), (0 + f));
            }
            if !(!((f > 3 && (String::from("four")).len() % 2 == 0))) {
                panic!("p13");
            }
            match T("k14").len() {
                0 => {
                    let f = (if ((String::from("hello")).is_empty() && (String::from("x")).is_empty()) { (if ((String::from("hello")).len() % 2 == 0 || f > 3) { String::from("hello") } else { yield_!(String::from("hello")) }) } else { (if ((String::from("ab")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0) { [String::from("ab"), String::from("four")].concat() } else { String::from("x") }) });
                    let Some(f) = opt(&f) else {
                        panic!("p15");
                    };
                    let Some(e) = opt(&(format!("{}-{}", (String::from("")), Acc::new(f).add(f).add(f).get()))) else {
                        return Some(f);
                    };
                }
                n if n > 5 => {
                    if let Some(n) = opt(&(i2s((f + T::id(&cap))))) && n > 3 {
                        consume(cap);
                    } else if (5 > 0 || (String::from("x")).len() % 2 == 0) {
                        let mut f = f;
                        let b = (P { a: T::take(cap), b: i2s(f) }).sum();
                    } else {
                    }
                }
                n => {
                }
            }
            Some(T::take(keep(T("v17"), 16)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in T("k2").items() {
                'l3: for w in 0..cap3(f3((P { a: w, b: r.clone() }).sum(), t("t4", r.clone()), w)) {
                    let c = [r.clone(), yield_!((if 1 == 0 { r.clone() } else { String::from("ab") }))].concat();
                    yield_!(r.clone());
                }
                yield_!([t("t5", r.clone()), [String::from("xyz"), String::from("hello")].concat()].concat());
                let b = 'b6: {
                    if let Some(n) = T("k7").opt() {
                        let mut f = (r.len() as i64);
                        yield_!(i2s((r.len() as i64)));
                    }
                    if r.len() % 2 == 0 {
                        break 'b6 (match t("t8", w) { 0 => Some(T("k9")).unwrap().id(), n if n > 3 => n + 1, _ => (match 0 { 0 => cap.lock(), n if n > 2 => n + 1, _ => T::id(&cap) }) });
                    }
                    Acc::new(Acc::new((r.len() as i64)).add((r.len() as i64)).add(0).get()).add(f3(2, String::from("ab"), w)).add((yield_!(String::from("four")).len() as i64)).get()
                };
            }
            Ok(Acc::new(res(&r)?).add(T("k10").id()).add((r.len() as i64)).get())
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
            consume(T("v1"));
            let mut d = (yield_!(format!("{}-{}", r, T::take(cap))).len() as i64);
            'b2: {
                let mut fuel3 = Vec::from([f3((yield_!(String::from("four")).len() as i64), r.clone(), (yield_!(r).len() as i64)), d]);
                'l3: while let Some(w) = fuel3.pop() {
                    let mut fuel4 = 0;
                    'l4: while fuel4 < 1 && (String::from("hello")).len() % 2 == 0 {
                        fuel4 += 1;
                        let mut a = T("v5");
                        let b = (match (a.id() + (match T::id(&a) { 0 => w, n if n > 5 => n + 1, _ => a.try_send(4) })) { 0 => (P { a: w, b: (if 1 <= 1 { String::from("") } else { String::from("xyz") }) }).sum(), n if n > 0 => n + 1, _ => a.into_n() });
                    }
                    let d = yield_!(format!("{}-{}", (String::from("x")), t("t6", d)));
                    'l7: for w in T("k8").items() {
                        yield_!(i2s(w));
                        yield_!(format!("{}-{}", (d.clone()), (P { a: w, b: d.clone() }).sum()));
                    }
                }
                'l9: for w in [[t("t10", String::from("hello")), [String::from("ab"), String::from("xyz")].concat()].concat(), [yield_!(String::from("hello")), String::from("four")].concat()] {
                    let b = [yield_!(w), yield_!(t("t11", String::from("x")))].concat();
                    if b.len() % 2 == 0 {
                        panic!("p12");
                    }
                }
                if (!((String::from("x")).len() % 2 == 0) || (String::from("hello")).len() % 2 == 0) {
                    break 'b2;
                }
            }
            Err(yield_!(format!("{}-{}", (String::from("")), d)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            drop(T("v1"));
            let mut f = String::from("xyz");
            let mut fuel2 = Vec::from([(P { a: ((f.len() as i64) - 5), b: String::from("ab") }).sum(), T("k3").id()]);
            'l2: while let Some(w) = fuel2.pop() {
                'l4: for w in 0..cap3((if (f.len() % 2 == 0 || cap.lock() <= 1) { (if 2 != 2 { 0 } else { (r.len() as i64) }) } else { f3(T::id(&cap), f.clone(), 3) })) {
                    let a: i64 = (match (yield_!(format!("{}-{}", (f.clone()), w)).len() as i64) { 0 => cap.len(), n if n > 4 => n + 1, _ => (match T::take(keep(T("v6"), 5)) { 0 => (T::id(&cap) - w), n if n > 5 => n + 1, _ => w }) });
                }
                drop(T("v7"));
                 {
                    let u8: i64;
                    if !((f.clone()).is_empty()) {
                        u8 = w;
                    } else {
                        u8 = (match t("t9", 3) { 0 => f3(cap.try_send(5), String::from(""), w), n if n > 2 => n + 1, _ => cap.borrow() });
                    }
                    if (!(u8 > 2) || !(!(f.len() % 2 == 0))) {
                        return (P { a: Some(T("k10")).unwrap().id(), b: format!("{}-{}", (r.clone()), 3) }).sum();
                    }
                }
                if r.is_empty() {
                    panic!("p11");
                }
            }
            'l12: for w in 0..cap3((match (f.len() as i64) { 0 => T::id(&cap), n if n > 3 => n + 1, _ => (P { a: 1, b: String::from("ab") }).sum() })) {
                let mut e = T("v13");
                if let Some(n) = opt(&f) && n > 2 {
                    e = T("v14");
                    let f: i64 = n;
                    yield_!((if !(n == 5) { String::from("hello") } else { (if r.len() % 2 == 0 { String::from("four") } else { String::from("four") }) }));
                } else if ((r.clone()).is_empty() && T::id(&cap) > 4) {
                    let e = format!("{}-{}", r, Acc::new(w).add((if f.len() % 2 == 0 { w } else { w })).add((P { a: w, b: String::from("ab") }).sum()).get());
                } else if r.len() % 2 == 0 {
                    if !(((String::from("ab")).is_empty() && (w < 3 || r.len() % 2 == 0))) {
                        continue 'l12;
                    }
                }
                r = (if (!((r.clone()).len() % 2 == 0) && f.is_empty()) { (if !((r.clone()).len() % 2 == 0) { f.clone() } else { [f.clone(), String::from("four")].concat() }) } else { String::from("four") });
                match T::take(keep(keep(T("v16"), w), 15)) {
                    0 => {
                    }
                    n if n > 4 => {
                    }
                    _ => {
                    }
                }
            }
            T::take(cap)
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
            if let Some(n) = opt(&(String::from(""))) {
                if !(r.is_empty()) {
                    panic!("p1");
                }
                'l2: for w in T("k3").items() {
                    yield_!(String::from("hello"));
                    yield_!(r.clone());
                }
                'l4: for w in T("k5").items() {
                    consume(keep(keep(T("v6"), T("k7").into_n()), (match keep(T("v9"), 8).take() { 0 => cap.id(), n if n > 5 => n + 1, _ => w })));
                    let c = T("k10").into_n();
                    r = String::from("x");
                }
            }
            let mut fuel11 = 0;
            'l11: while fuel11 < 2 && !(((String::from("xyz")).len() % 2 == 0 || 2 >= 3)) {
                fuel11 += 1;
                'l12: for w in T("k13").items() {
                    let mut a = (yield_!(i2s(T::take(keep(T("v15"), 14)))).len() as i64);
                    if ((3 != 5 && (r.len() % 2 == 0 || r.len() % 2 == 0)) || (r.len() % 2 == 0 && r.len() % 2 == 0)) {
                        return (yield_!((if (r.len() as i64) > 3 { r.clone() } else { String::from("ab") })).len() as i64);
                    }
                    let e: T = T("v16");
                    if !((P { a: (r.len() as i64), b: String::from("four") }).sum() < 0) {
                        return (yield_!([r.clone(), r.clone()].concat()).len() as i64);
                    }
                }
            }
            T::take(keep(cap, 17))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            drop(T("v1"));
            let mut e = r.clone();
            yield_!(t("t2", r));
            let mut fuel6 = Vec::from([(if !((e.len() as i64) >= 1) { T::take(keep(T("v8"), 7)) } else { (if e.len() % 2 == 0 { (e.len() as i64) } else { 2 }) }), (e.len() as i64)]);
            'l6: while let Some(w) = fuel6.pop() {
                if let Some(n) = T("k9").opt() {
                    let P { a: f, b: a } = P { a: (if ((e.clone()).len() % 2 == 0 && w == 3) { T("k10").len() } else { (yield_!(t("t11", String::from("ab"))).len() as i64) }), b: yield_!((if (e.clone()).len() % 2 == 0 { t("t12", String::from("four")) } else { i2s(3) })) };
                    consume(T("v13"));
                    let [e, _, _] = [2, f, (P { a: Acc::new(w).add(keep(T("v15"), 14).take()).add(cap.borrow()).get(), b: t("t16", (if (e.clone()).len() % 2 == 0 { String::from("xyz") } else { a.clone() })) }).sum()];
                }
                match opt(&(e.clone())) {
                    Some(n) if n < 3 => {
                        yield_!(e.clone());
                        consume(keep(T("v17"), 5));
                    }
                    Some(n) => {
                        let mut b = t("t18", format!("{}-{}", (String::from("x")), cap.borrow()));
                    }
                    None => {
                        yield_!(t("t19", String::from("x")));
                    }
                }
            }
            (if (e).is_empty() { (P { a: cap.len(), b: String::from("hello") }).sum() } else { Some(T("k20")).unwrap().id() })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let b = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 opt(&r)?;
                }
                let mut fuel2 = 0;
                'l2: while fuel2 < 2 && cap.lock() >= 5 {
                    fuel2 += 1;
                    yield_!([format!("{}-{}", (r.clone()), 0), t("t3", String::from("four"))].concat());
                    yield_!(t("t4", t("t5", String::from("ab"))));
                }
                let Some(f) = opt(&(r.clone())) else {
                    break 'l1 f3(opt(&(String::from("")))?, r.clone(), ((r.len() as i64) * cap.id()));
                };
            };
            'l6: for w in T("k7").items() {
                let [b, _, _] = [(yield_!(i2s(T("k8").into_n())).len() as i64), w, w];
                let d = T("v9");
                let u10: i64;
                if (yield_!(format!("{}-{}", (String::from("")), w)).len() as i64) > 2 {
                    u10 = T("k11").id();
                } else {
                    u10 = d.len();
                }
                yield_!(r.clone());
            }
            let [a, _, _] = [(r.len() as i64), (r.len() as i64), f3((f3(T::id(&cap), r, b) - cap.id()), yield_!([String::from("xyz"), String::from("")].concat()), (P { a: b, b: format!("{}-{}", (String::from("ab")), b) }).sum())];
            let b = 1;
            if (format!("{}-{}", (String::from("x")), a)).len() % 2 == 0 {
                match T("k12").len() {
                    0 => {
                    }
                    n if n > 4 => {
                    }
                    n => {
                    }
                }
            } else if ((String::from("x")).len() % 2 == 0 || !((String::from("x")).len() % 2 == 0)) {
            } else if ((String::from("xyz")).is_empty() && (3 >= 5 && (String::from("xyz")).len() % 2 == 0)) {
            }
            Some(Acc::new((if (String::from("four")).len() % 2 == 0 { b } else { a })).add(a).add(opt(&(String::from("xyz")))?).get())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(b) = opt(&r) else {
                return t("t1", (r.len() as i64));
            };
            if (format!("{}-{}", r, T::id(&cap))).is_empty() {
                return (match 0 { 0 => cap.borrow(), n if n > 0 => n + 1, _ => (b * b) });
            }
            let e = yield_!(String::from("ab"));
            let e: String = r.clone();
            'l2: for w in 0..cap3((if cap.len() != 0 { (e.len() as i64) } else { 4 })) {
                let Some(b) = opt(&e) else {
                    return (r.len() as i64);
                };
                match (P { a: w, b: yield_!(e.clone()) }).sum() {
                    0 => {
                        yield_!(r.clone());
                    }
                    n if n > 0 => {
                        let mut d = Acc::new(f3((if (String::from("")).len() % 2 == 0 { (r.len() as i64) } else { 2 }), yield_!(r.clone()), keep(T("v4"), 3).take())).add((match f3(0, String::from("xyz"), cap.try_send(1)) { 0 => (match n { 0 => b, n if n > 0 => n + 1, _ => w }), n if n > 3 => n + 1, _ => b })).add(cap.id()).get();
                        drop(T("v5"));
                        if (e.is_empty() && (((e.clone()).len() % 2 == 0 && 1 > 5) || 1 < 1)) {
                            panic!("p6");
                        }
                    }
                    _ => {
                        yield_!(String::from("hello"));
                        drop(T("v7"));
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
mod p242 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let e = keep(T("v1"), f3((r.len() as i64), r.clone(), T("k2").id()));
            yield_!(i2s(res(&r)?));
            'l3: for w in 0..cap3(t("t4", res(&r)?)) {
                let Some(c) = opt(&(r.clone())) else {
                    panic!("p5");
                };
                consume(keep(T("v6"), Acc::new(cap.id()).add(T("k7").into_n()).add(T::take(keep(T("v9"), 8))).get()));
            }
            let P { a: e, b: a } = P { a: Acc::new(Acc::new(Acc::new(e.len()).add((r.len() as i64)).add(2).get()).add((match 4 { 0 => cap.try_send(3), n if n > 0 => n + 1, _ => (r.len() as i64) })).add((P { a: (r.len() as i64), b: r }).sum()).get()).add(cap.id()).add(res(&(String::from("four")))?).get(), b: String::from("") };
            let [e, _, _] = [(match (yield_!([String::from("x"), String::from("ab")].concat()).len() as i64) { 0 => res(&a)?, n if n > 2 => n + 1, _ => res(&(a))? }), (match T::take(keep(keep(T("v11"), e), 10)) { 0 => T("k12").len(), n if n > 0 => n + 1, _ => cap.into_n() }), 5];
            let mut fuel13 = 0;
            let d = 'l13: loop {
                fuel13 += 1;
                if fuel13 > 3 {
                    break 'l13 t("t14", (match 4 { 0 => e, n if n > 2 => n + 1, _ => e }));
                }
                 {
                    if ((String::from("xyz")).is_empty() || (String::from("hello")).len() % 2 == 0) {
                        let c = String::from("hello");
                    } else if (String::from("ab")).is_empty() {
                        yield_!(t("t15", i2s(e)));
                    } else if (P { a: 5, b: String::from("hello") }).sum() > 1 {
                        yield_!(String::from("ab"));
                    }
                }
                let [e, _, _] = [T("k16").len(), 1, res(&(String::from("ab")))?];
                let e: String = [[[String::from("hello"), String::from("four")].concat(), [String::from(""), String::from("")].concat()].concat(), yield_!([String::from("ab"), String::from("hello")].concat())].concat();
            };
            let [b, _, _] = [(yield_!(t("t17", t("t18", String::from("ab")))).len() as i64), T::take(keep(keep(keep(T("v20"), 4), f3(d, String::from("hello"), 1)), 19)), t("t21", (yield_!(i2s(d)).len() as i64))];
            yield_!(t("t22", format!("{}-{}", (String::from("ab")), 5)));
            'b23: {
                if (e == 0 && e >= 1) {
                    break 'b23;
                }
            }
            'l27: for w in 0..cap3(T("k28").into_n()) {
            }
            Ok((yield_!(format!("{}-{}", (String::from("hello")), d)).len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([(T::take(keep(T("v3"), 2)) * T::take(keep(T("v5"), 4))), (if !((String::from("four")).len() % 2 == 0) { cap.into_n() } else { t("t6", (r.len() as i64)) })]);
            'l1: while let Some(w) = fuel1.pop() {
                yield_!(r.clone());
                let c = T("v7");
            }
            yield_!(t("t9", [r.clone(), String::from("x")].concat()));
            let Some(f) = opt(&r) else {
                panic!("p10");
            };
            'l11: for w in [String::from("hello"), i2s((P { a: (r.len() as i64), b: String::from("four") }).sum())] {
                'l12: for w in 0..cap3(t("t13", t("t14", (r.len() as i64)))) {
                    let b = T("k15").id();
                    let mut d = String::from("hello");
                    let b = T("v16");
                    if ([d, String::from("")].concat()).is_empty() {
                        panic!("p17");
                    }
                }
                let e = (T("k18").into_n() + (w.len() as i64));
            }
            let d = T("v19");
            if ((2 != 1 && 2 == 2) && d.lock() != 5) {
                return f;
            }
            'b20: {
                if ((r.len() as i64) < 2 && (d.borrow() > 4 && r.len() % 2 == 0)) {
                    break 'b20;
                }
            }
            3
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
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1;
                }
                if let Some(n) = opt(&(yield_!(t("t2", String::from("hello"))))) && n > 0 {
                    let mut f = T("v3");
                    if r.len() % 2 == 0 {
                        return T::take(keep(keep(T("v5"), n), 4));
                    }
                    yield_!(i2s((r.len() as i64)));
                } else if cap.len() <= 4 {
                }
                yield_!(r.clone());
                let (mut a, d) = (keep(keep(T("v7"), T("k8").id()), (yield_!(format!("{}-{}", (r.clone()), cap.len())).len() as i64)), t("t9", (yield_!(String::from("x")).len() as i64)));
                let f = 'b10: {
                    let d = a;
                    let e: T = d;
                    'l11: for w in T("k12").items() {
                        let c: i64 = t("t13", (r.len() as i64));
                        let mut b = i2s(w);
                        let a = T("v14");
                        r = t("t15", i2s(a.into_n()));
                    }
                    if ((String::from("four")).is_empty() || T::id(&cap) < 0) {
                        break 'b10 e.into_n();
                    }
                    T::take(keep(keep(T("v17"), cap.lock()), 16))
                };
            }
            if let Some(n) = opt(&r) && n > 4 {
                drop(T("v18"));
                r = t("t19", yield_!(i2s(5)));
            }
            if let Some(n) = opt(&(yield_!(t("t20", String::from("hello"))))) {
            }
            ((if r.len() % 2 == 0 { (r.len() as i64) } else { 3 }) + (P { a: cap.len(), b: r.clone() }).sum())
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
            let f = 'b1: {
                'l2: for w in [yield_!(r), [[String::from("ab"), String::from("x")].concat(), yield_!(String::from("hello"))].concat()] {
                    r = t("t3", yield_!(w.clone()));
                    'b4: {
                        if !(!((r.len() as i64) < 1)) {
                            return Some(f3(Acc::new((w.len() as i64)).add(1).add(2).get(), yield_!(w), (cap.try_send(1) + 4)));
                        }
                        if !(!(0 <= 2)) {
                            break 'b4;
                        }
                    }
                    let P { a: c, b: e } = P { a: keep(keep(T("v6"), Acc::new((r.len() as i64)).add(3).add(cap.try_send(3)).get()), 5).take(), b: format!("{}-{}", (t("t7", String::from("four"))), T::take(keep(T("v9"), 8))) };
                }
                if !(!((String::from("")).len() % 2 == 0)) {
                    break 'b1 (P { a: opt(&(String::from("four")))?, b: String::from("ab") }).sum();
                }
                opt(&(String::from("")))?
            };
            if (P { a: f, b: yield_!(String::from("ab")) }).sum() >= 0 {
                return Some((if ((String::from("hello")).len() % 2 == 0 && f > 2) { (if cap.len() <= 4 { 5 } else { f }) } else { T("k10").id() }));
            }
            consume(T("v11"));
            'l12: for w in T("k13").items() {
                if ((String::from("hello")).len() % 2 == 0 || (String::from("xyz")).is_empty()) {
                    let mut a: i64 = f;
                    consume(T("v14"));
                } else {
                    yield_!(format!("{}-{}", (String::from("")), cap.id()));
                    yield_!([(if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("hello") }), format!("{}-{}", (String::from("ab")), f)].concat());
                    let b: i64 = (if (String::from("x")).is_empty() { t("t15", w) } else { ((match f { 0 => f, n if n > 2 => n + 1, _ => f }) + (P { a: cap.len(), b: String::from("four") }).sum()) });
                }
                'l16: for w in [i2s((match 1 { 0 => 1, n if n > 1 => n + 1, _ => cap.try_send(2) })), i2s((5 - 3))] {
                    let b = w;
                    let f: i64 = (b.len() as i64);
                }
            }
            Some(2)
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
            let mut fuel1 = Vec::from([(yield_!(t("t2", String::from("four"))).len() as i64), (P { a: (if (r.len() as i64) > 3 { (r.len() as i64) } else { 3 }), b: t("t3", r) }).sum()]);
            'l1: while let Some(w) = fuel1.pop() {
                let d = cap.id();
                let mut fuel4 = 0;
                let a = 'l4: loop {
                    fuel4 += 1;
                    if fuel4 > 2 {
                        break 'l4 t("t5", (if 5 != 4 { 1 } else { w }));
                    }
                    yield_!(String::from("hello"));
                    r = i2s((P { a: cap.lock(), b: [String::from("xyz"), String::from("x")].concat() }).sum());
                    let e = T("v6");
                };
                if cap.lock() != 5 {
                    panic!("p7");
                }
            }
            let mut a: T = T("v8");
            if !((!((String::from("")).len() % 2 == 0) && (String::from("ab")).len() % 2 == 0)) {
            } else if t("t9", a.try_send(5)) <= 0 {
            }
            (match T::take(keep(T("v11"), 10)) { 0 => (if (String::from("")).len() % 2 == 0 { 4 } else { a.try_send(0) }), n if n > 4 => n + 1, _ => Acc::new(1).add(T::id(&cap)).add(1).get() })
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let [f, _, _] = [3, (match Acc::new(cap.len()).add(T::take(keep(T("v2"), 1))).add(cap.borrow()).get() { 0 => Some(T("k3")).unwrap().id(), n if n > 0 => n + 1, _ => f3(t("t4", (r.len() as i64)), r, f3(0, String::from("xyz"), 4)) }), Acc::new(Acc::new(1).add(cap.len()).add(T("k5").id()).get()).add(Acc::new(cap.into_n()).add((yield_!(String::from("")).len() as i64)).add(T("k6").len()).get()).add(f3(f3(5, String::from("ab"), 5), format!("{}-{}", (String::from("xyz")), 0), 5)).get()];
            match opt(&(yield_!(String::from("ab")))) {
                Some(n) if n < 3 => {
                    'l7: for w in 0..cap3(Acc::new(t("t8", 3)).add(Acc::new(n).add(f).add(n).get()).add(T("k9").id()).get()) {
                        yield_!([String::from("hello"), [String::from("xyz"), String::from("hello")].concat()].concat());
                        drop(keep(T("v10"), T::take(keep(T("v12"), 11))));
                    }
                    match (yield_!(format!("{}-{}", (String::from("hello")), 2)).len() as i64) {
                        0 => {
                            let d = i2s((yield_!([String::from("ab"), String::from("xyz")].concat()).len() as i64));
                            let P { a: f, b: a } = P { a: (yield_!(t("t13", d.clone())).len() as i64), b: d.clone() };
                        }
                        n if n > 2 => {
                            r = t("t14", t("t15", yield_!(String::from("xyz"))));
                        }
                        _ => {
                            let mut f = (if (((String::from("hello")).len() % 2 == 0 && f != 0) || (String::from("xyz")).len() % 2 == 0) { [yield_!(String::from("hello")), format!("{}-{}", (String::from("xyz")), n)].concat() } else { yield_!(i2s(f)) });
                            yield_!(t("t16", i2s(n)));
                        }
                    }
                    let Some(a) = opt(&(i2s((f * f)))) else {
                        panic!("p17");
                    };
                }
                Some(n) => {
                    'l18: for w in T("k19").items() {
                        let f = t("t20", yield_!(t("t21", String::from("x"))));
                        yield_!(String::from("four"));
                    }
                }
                None => {
                }
            }
            T("k22").id()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if !(!((r.len() % 2 == 0 || 2 > 5))) {
                panic!("p1");
            }
             {
                let b = cap.lock();
            }
            yield_!((if (r.clone()).is_empty() { format!("{}-{}", r, cap.try_send(3)) } else { format!("{}-{}", (String::from("ab")), 2) }));
            if f3(T::id(&cap), format!("{}-{}", r, (r.len() as i64)), T("k5").id()) != 1 {
                panic!("p6");
            }
            T("k7").into_n()
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
            'l1: for w in T("k2").items() {
                'l3: for w in T("k4").items() {
                    let P { a: f, b: c } = P { a: T("k5").id(), b: format!("{}-{}", (String::from("four")), f3((match w { 0 => w, n if n > 4 => n + 1, _ => w }), i2s(w), 1)) };
                    let [b, _, _] = [(f3((match (c.len() as i64) { 0 => cap.try_send(3), n if n > 2 => n + 1, _ => (c.len() as i64) }), (if r.len() % 2 == 0 { r.clone() } else { c.clone() }), res(&r)?) + t("t6", w)), ((if (c.len() % 2 == 0 && (r.len() as i64) >= 3) { keep(T("v8"), 7).take() } else { (match 4 { 0 => 2, n if n > 0 => n + 1, _ => f }) }) + (yield_!(String::from("four")).len() as i64)), T::take(keep(T("v10"), 9))];
                }
                let mut a: i64 = (match t("t11", (if w != 0 { cap.id() } else { w })) { 0 => Acc::new(w).add((r.len() as i64)).add((5 + 0)).get(), n if n > 0 => n + 1, _ => Acc::new((if cap.try_send(4) <= 1 { w } else { (r.len() as i64) })).add((w - (r.len() as i64))).add((r.len() as i64)).get() });
                let mut fuel12 = 0;
                'l12: while fuel12 < 1 && (4 < 4 || (r.len() as i64) <= 0) {
                    fuel12 += 1;
                    if (yield_!(r.clone()).len() as i64) > 3 {
                        return Ok(T("k13").id());
                    }
                    yield_!(format!("{}-{}", (String::from("xyz")), T("k14").into_n()));
                    yield_!(String::from("x"));
                    r = String::from("x");
                }
                let c = T("v15");
            }
            'l16: for w in T("k17").items() {
            }
            Err(r)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (match 0 { 0 => t("t2", (r.len() as i64)), n if n > 4 => n + 1, _ => opt(&r)? });
                }
                 {
                    let [b, _, _] = [T("k3").len(), (if (yield_!(String::from("x")).len() as i64) != 0 { T::id(&cap) } else { 3 }), (yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v5"), 4)))).len() as i64)];
                    yield_!(r.clone());
                }
                if let Some(n) = T("k6").opt() {
                    drop(keep(keep(keep(T("v7"), (r.len() as i64)), (match 4 { 0 => n, n if n > 3 => n + 1, _ => T::id(&cap) })), t("t8", (yield_!(r.clone()).len() as i64))));
                    yield_!(r.clone());
                    let P { a: e, b: b } = P { a: (yield_!(i2s(cap.lock())).len() as i64), b: format!("{}-{}", r, (P { a: opt(&r)?, b: t("t9", String::from("four")) }).sum()) };
                } else if (String::from("hello")).is_empty() {
                } else {
                }
            };
            Some((r.len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(i2s(opt(&(r))?));
            if ((if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })).len() % 2 == 0 {
                yield_!((if 5 < 2 { (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("") }) } else { i2s(0) }));
            }
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && (String::from("")).len() % 2 == 0 {
                fuel1 += 1;
                if ((if (String::from("hello")).len() % 2 == 0 { 5 } else { cap.try_send(1) }) * t("t2", 1)) > 5 {
                    panic!("p3");
                }
                if (P { a: (yield_!(String::from("x")).len() as i64), b: i2s(4) }).sum() >= 5 {
                    continue 'l1;
                }
            }
            let mut fuel4 = 0;
            let c = 'l4: loop {
                fuel4 += 1;
                if fuel4 > 2 {
                    break 'l4 (P { a: T::id(&cap), b: i2s(cap.id()) }).sum();
                }
                yield_!(i2s(Acc::new(cap.borrow()).add(T::id(&cap)).add(cap.len()).get()));
                'b5: {
                    let f = T::take(keep(T("v7"), 6));
                    if (String::from("xyz")).is_empty() {
                        consume(keep(T("v8"), opt(&(String::from("x")))?));
                        r = [yield_!([String::from("xyz"), String::from("")].concat()), yield_!([String::from("hello"), String::from("x")].concat())].concat();
                    } else {
                        yield_!([t("t9", String::from("four")), (if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("four") })].concat());
                        yield_!(String::from("hello"));
                    }
                    if (!((String::from("xyz")).len() % 2 == 0) || (String::from("ab")).is_empty()) {
                        break 'b5;
                    }
                }
                'b10: {
                    if let Some(n) = opt(&(format!("{}-{}", (String::from("xyz")), Some(T("k11")).unwrap().id()))) {
                        let a = T("v12");
                        drop(keep(T("v13"), Acc::new((match 4 { 0 => 2, n if n > 5 => n + 1, _ => a.len() })).add(T("k14").id()).add((match n { 0 => n, n if n > 0 => n + 1, _ => n })).get()));
                        let [f, _, _] = [n, t("t15", T("k16").id()), T("k17").id()];
                    }
                    if (String::from("ab")).is_empty() {
                        break 'b10;
                    }
                }
                if (((String::from("")).is_empty() || (1 >= 2 && (String::from("hello")).len() % 2 == 0)) && (String::from("x")).len() % 2 == 0) {
                    panic!("p18");
                }
            };
            'l19: for w in [[format!("{}-{}", (String::from("four")), 5), yield_!(String::from("hello"))].concat(), (if (String::from("hello")).len() % 2 == 0 { [String::from("four"), String::from("")].concat() } else { yield_!(String::from("hello")) })] {
            }
            Some(c)
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
            'l3: for w in 0..cap3((if !((String::from("")).len() % 2 == 0) { t("t4", a) } else { keep(T("v6"), 5).take() })) {
                let u7: i64;
                if ((yield_!(String::from("four")).len() as i64) == 3 || !(!((String::from("four")).len() % 2 == 0))) {
                    u7 = t("t8", Acc::new(w).add(w).add(0).get());
                } else {
                    u7 = (match f3(5, String::from("hello"), w) { 0 => w, n if n > 1 => n + 1, _ => (P { a: w, b: String::from("ab") }).sum() });
                }
                'l9: for w in [[[String::from("xyz"), String::from("xyz")].concat(), yield_!(String::from("four"))].concat(), i2s((5 + cap.id()))] {
                    consume(T("v10"));
                }
            }
            (match (yield_!(String::from("x")).len() as i64) { 0 => 4, n if n > 3 => n + 1, _ => (a + cap.borrow()) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if let Some(n) = T("k1").opt() {
                yield_!(i2s(n));
                if r.len() % 2 == 0 {
                    panic!("p3");
                }
            } else if t("t2", (r.len() as i64)) < 5 {
                if (r.clone()).len() % 2 == 0 {
                    drop(T("v4"));
                }
                let mut a = (P { a: opt(&(String::from("xyz")))?, b: r.clone() }).sum();
                if ((r).is_empty() && ((String::from("hello")).len() % 2 == 0 || (String::from("hello")).is_empty())) {
                    panic!("p10");
                }
            } else {
            }
            Some(T::take(keep(keep(T("v12"), 2), 11)))
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
            if let Some(n) = T("k1").opt() {
                yield_!(i2s(Acc::new((r.len() as i64)).add(n).add(n).get()));
            } else if ((String::from("")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0) {
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && !(((r.clone()).len() % 2 == 0 && (r.len() as i64) <= 4)) {
                    fuel2 += 1;
                    consume(T("v3"));
                    let c = format!("{}-{}", (format!("{}-{}", (r.clone()), (r.len() as i64))), (T("k4").into_n() + ((r.len() as i64) + (r.len() as i64))));
                    yield_!(format!("{}-{}", c, (if (c).len() % 2 == 0 { 4 } else { (r.len() as i64) })));
                }
                if ((r).len() % 2 == 0 && (if cap.len() > 2 { 0 } else { cap.id() }) == 5) {
                    return Some((if (String::from("four")).len() % 2 == 0 { opt(&(String::from("ab")))? } else { T("k5").len() }));
                }
            } else if !(r.is_empty()) {
                let Some(e) = opt(&((if r.is_empty() { r } else { [String::from("hello"), String::from("four")].concat() }))) else {
                    panic!("p6");
                };
                if let Some(n) = opt(&([t("t7", String::from("ab")), t("t8", String::from("ab"))].concat())) && n > 5 {
                    yield_!(t("t9", [String::from(""), String::from("xyz")].concat()));
                    r = yield_!(String::from("four"));
                    let f = (P { a: (T::take(keep(T("v11"), 10)) - n), b: i2s((P { a: n, b: r.clone() }).sum()) }).sum();
                }
            }
            let (mut b, d) = (keep(T("v12"), t("t13", Acc::new(2).add(0).add(2).get())), (yield_!(String::from("")).len() as i64));
            'l14: for w in 0..cap3((P { a: 4, b: (if (String::from("hello")).len() % 2 == 0 { String::from("ab") } else { String::from("") }) }).sum()) {
                let b = yield_!(i2s(w));
                if !(b.is_empty()) {
                    yield_!(i2s((match w { 0 => d, n if n > 1 => n + 1, _ => T::id(&cap) })));
                    drop(keep(T("v15"), 4));
                    let c = String::from("hello");
                }
            }
            let f = [t("t16", yield_!(String::from("xyz"))), yield_!([String::from(""), String::from("four")].concat())].concat();
            let u17: i64;
            if (format!("{}-{}", f, 5)).is_empty() {
                u17 = opt(&(String::from("four")))?;
            } else {
                u17 = T("k18").id();
            }
            let a = i2s((if (u17 > 0 && f.len() % 2 == 0) { T::take(b) } else { 4 }));
            'l19: for w in 0..cap3(d) {
            }
            Some(cap.try_send(5))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if f3(Some(T("k2")).unwrap().id(), format!("{}-{}", r, (r.len() as i64)), (P { a: cap.id(), b: r.clone() }).sum()) == 2 {
                u1 = (if ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0) { (cap.id() + 3) } else { (match 2 { 0 => cap.id(), n if n > 2 => n + 1, _ => cap.len() }) });
            } else {
                u1 = cap.into_n();
            }
            yield_!([format!("{}-{}", r, u1), t("t3", r)].concat());
            let mut f: T = keep(T("v4"), u1);
            let mut fuel5 = Vec::from([(3 * 4), u1]);
            'l5: while let Some(w) = fuel5.pop() {
                'l6: for w in T("k7").items() {
                    let (mut f, c) = (T("v8"), (T::take(keep(T("v10"), 9)) + t("t11", w)));
                    yield_!(format!("{}-{}", (String::from("ab")), c));
                }
                yield_!(format!("{}-{}", (String::from("ab")), t("t12", f.id())));
            }
            Some((P { a: f.into_n(), b: i2s(u1) }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let d = 'b1: {
                if let Some(n) = T("k2").opt() {
                    let mut fuel3 = 0;
                    'l3: while fuel3 < 1 && r.is_empty() {
                        fuel3 += 1;
                        if (match T::take(keep(T("v5"), 4)) { 0 => t("t6", (r.len() as i64)), n if n > 5 => n + 1, _ => (match (r.len() as i64) { 0 => 2, n if n > 1 => n + 1, _ => cap.len() }) }) <= 0 {
                            panic!("p7");
                        }
                        if (r.len() % 2 == 0 && !(r.is_empty())) {
                            break 'b1 (n + f3(n, r.clone(), 2));
                        }
                        let f = Acc::new(Some(T("k8")).unwrap().id()).add((P { a: f3(cap.id(), String::from("hello"), cap.len()), b: t("t9", String::from("four")) }).sum()).add((n + (P { a: 3, b: String::from("four") }).sum())).get();
                        let a = yield_!(t("t10", r.clone()));
                    }
                }
                let c = keep(cap, (P { a: (r.len() as i64), b: i2s((r.len() as i64)) }).sum());
                if ((r.len() % 2 == 0 || (r).len() % 2 == 0) || !(c.len() > 3)) {
                    break 'b1 T("k11").len();
                }
                t("t12", (match 5 { 0 => c.borrow(), n if n > 3 => n + 1, _ => 4 }))
            };
            let (mut f, d) = (T("v13"), (if (String::from("four")).len() % 2 == 0 { T::take(keep(T("v15"), 14)) } else { Some(T("k16")).unwrap().id() }));
            'l17: for w in [format!("{}-{}", (String::from("")), d), String::from("four")] {
                yield_!(w.clone());
                if (yield_!(String::from("ab"))).len() % 2 == 0 {
                    yield_!(String::from("x"));
                    let [b, _, _] = [(match (T::take(keep(T("v20"), 19)) - (if d >= 4 { (w.len() as i64) } else { (w.len() as i64) })) { 0 => t("t21", 4), n if n > 3 => n + 1, _ => d }), (P { a: ((T::id(&f) * d) + t("t22", (w.len() as i64))), b: (if (w).len() % 2 == 0 { yield_!(String::from("x")) } else { t("t23", String::from("four")) }) }).sum(), Some(T("k24")).unwrap().id()];
                } else if !(f.borrow() < 5) {
                    let (mut e, b) = (T("v25"), (yield_!(format!("{}-{}", (w), f3(d, String::from(""), f.len()))).len() as i64));
                    yield_!(i2s(T::take(keep(T("v27"), 26))));
                } else if t("t18", f.borrow()) < 1 {
                    yield_!(w.clone());
                }
            }
            yield_!((if ((String::from("")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { String::from("") } else { t("t28", String::from("hello")) }));
            Some(T("k29")).unwrap().id()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (yield_!(r.clone()).len() as i64) == 0 {
                fuel1 += 1;
                let mut fuel2 = 0;
                'l2: while fuel2 < 2 && (r.clone()).len() % 2 == 0 {
                    fuel2 += 1;
                    r = yield_!([String::from("x"), r.clone()].concat());
                    let a = T::take(keep(keep(T("v4"), (match cap.try_send(5) { 0 => cap.borrow(), n if n > 3 => n + 1, _ => cap.borrow() })), 3));
                    if (String::from("ab")).is_empty() {
                        return T("k5").len();
                    }
                }
                'l6: for w in T("k7").items() {
                    let mut e: T = T("v8");
                    let mut f = t("t9", String::from(""));
                    drop(e);
                    f = t("t10", String::from("xyz"));
                }
            }
            'l11: for w in [yield_!(r), t("t12", (if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("ab") }))] {
                if w.len() % 2 == 0 {
                    return (match (if w.len() % 2 == 0 { cap.lock() } else { 5 }) { 0 => T::id(&cap), n if n > 3 => n + 1, _ => 3 });
                }
                'b13: {
                    if (match cap.len() { 0 => (2 + 2), n if n > 2 => n + 1, _ => (w.len() as i64) }) <= 1 {
                        consume(T("v14"));
                        let mut c = T("v15");
                        if w.len() % 2 == 0 {
                            break 'b13;
                        }
                    } else if (String::from("")).is_empty() {
                    } else {
                    }
                    if (w).len() % 2 == 0 {
                        break 'b13;
                    }
                }
            }
            (match T::take(cap) { 0 => keep(T("v17"), 16).take(), n if n > 2 => n + 1, _ => (match 5 { 0 => 5, n if n > 3 => n + 1, _ => 4 }) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((r.clone()).is_empty()) {
                let e = 'b1: {
                    match ((if ((String::from("four")).is_empty() || (r.len() as i64) != 3) { T("k2").len() } else { 2 }), String::from("ab")) {
                        (0, n) => {
                            let a = T::take(keep(cap, 3));
                        }
                        (_, n) if n.len() > 0 => {
                            let e: i64 = cap.lock();
                            r = String::from("ab");
                            drop(T("v4"));
                        }
                        (_, n) => {
                            drop(keep(T("v5"), f3(f3(1, String::from("hello"), 2), t("t6", r.clone()), T::take(cap))));
                            let mut a = n.clone();
                        }
                    }
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 1 && ((r.clone()).len() % 2 == 0 || !((r.clone()).len() % 2 == 0)) {
                        fuel7 += 1;
                        r = r.clone();
                        consume(T("v8"));
                    }
                    if ((r).is_empty() || ((String::from("")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0)) {
                        break 'b1 T::take(keep(T("v10"), 9));
                    }
                    t("t11", Acc::new(0).add(0).add(3).get())
                };
            } else {
            }
            yield_!(String::from("end"));
            None
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
            'l1: for w in [[yield_!(r), yield_!(String::from(""))].concat(), format!("{}-{}", (String::from("")), (P { a: 2, b: String::from("four") }).sum())] {
                let P { a: e, b: b } = P { a: f3(f3(4, t("t2", w), (match cap.lock() { 0 => 0, n if n > 0 => n + 1, _ => 2 })), [[String::from(""), String::from("x")].concat(), format!("{}-{}", (String::from("x")), cap.id())].concat(), Acc::new(Acc::new(T::id(&cap)).add(cap.borrow()).add(cap.len()).get()).add((cap.try_send(4) + cap.id())).add(T::take(keep(T("v4"), 3))).get()), b: i2s((P { a: cap.id(), b: (if 0 > 0 { String::from("hello") } else { String::from("four") }) }).sum()) };
                if let Some(n) = T("k5").opt() {
                    if b.len() % 2 == 0 {
                        return T("k6").id();
                    }
                    yield_!(b.clone());
                }
                 {
                    'l7: for w in 0..cap3((b.len() as i64)) {
                        let b = w;
                        consume(T("v8"));
                    }
                    drop(T("v9"));
                }
                'l10: for w in [b, t("t11", [String::from("xyz"), String::from("hello")].concat())] {
                    let e = yield_!(w.clone());
                    yield_!(String::from("xyz"));
                    let (mut d, c) = (T("v12"), (P { a: cap.borrow(), b: [w, yield_!(e.clone())].concat() }).sum());
                }
            }
            T::take(keep(T("v14"), 13))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(t("t1", String::from("hello")));
            if let Some(n) = opt(&r) {
                'l2: for w in 0..cap3(n) {
                    let a = Some(T("k3")).unwrap().id();
                    let P { a: b, b: c } = P { a: t("t4", f3(T::take(keep(T("v6"), 5)), i2s(cap.try_send(2)), f3(cap.len(), r.clone(), cap.id()))), b: format!("{}-{}", r, Some(T("k7")).unwrap().id()) };
                    let e = (P { a: (yield_!(t("t8", c)).len() as i64), b: yield_!([String::from("ab"), String::from("x")].concat()) }).sum();
                }
                let c = String::from("four");
                if let Some(n) = T("k9").opt() {
                    yield_!(String::from(""));
                    r = yield_!(c.clone());
                    consume(T("v10"));
                } else if (String::from("")).is_empty() {
                    drop(T("v11"));
                }
            } else if !((r.clone()).is_empty()) {
            } else {
            }
            (match (r.len() as i64) { 0 => (P { a: 3, b: r.clone() }).sum(), n if n > 0 => n + 1, _ => f3((r.len() as i64), String::from("x"), (r.len() as i64)) })
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let f: String = r;
            let c = keep(keep(cap, (f.len() as i64)), (P { a: (f.len() as i64), b: yield_!(String::from("")) }).sum());
            if (i2s(c.id())).len() % 2 == 0 {
                return Some(T::id(&c));
            }
            if !((f.clone()).is_empty()) {
                if !(((f).is_empty() && (String::from("hello")).len() % 2 == 0)) {
                    return Some(c.into_n());
                }
                drop(T("v1"));
            } else if !((f.len() % 2 == 0 && c.borrow() <= 3)) {
                let Some(b) = opt(&f) else {
                    return Some(Acc::new((match c.id() { 0 => c.borrow(), n if n > 5 => n + 1, _ => (f.len() as i64) })).add((c.len() + c.lock())).add((yield_!(String::from("xyz")).len() as i64)).get());
                };
            } else {
                'l2: for w in [f.clone(), t("t3", f.clone())] {
                    let P { a: b, b: c } = P { a: (match (T::take(keep(T("v5"), 4)) + (yield_!(String::from("xyz")).len() as i64)) { 0 => (P { a: keep(T("v7"), 6).take(), b: String::from("ab") }).sum(), n if n > 5 => n + 1, _ => Some(T("k8")).unwrap().id() }), b: [yield_!(w), i2s((P { a: (f.len() as i64), b: f.clone() }).sum())].concat() };
                    drop(T("v9"));
                    r = [yield_!(c.clone()), i2s(t("t10", 5))].concat();
                }
            }
            r = i2s((yield_!(i2s(1)).len() as i64));
            Some((r.len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut b = (Acc::new(res(&(r))?).add((match 4 { 0 => cap.borrow(), n if n > 4 => n + 1, _ => cap.borrow() })).add((if 5 != 3 { 2 } else { cap.try_send(5) })).get() + Acc::new(t("t1", cap.lock())).add(Acc::new(0).add(cap.lock()).add(cap.lock()).get()).add(t("t2", T::id(&cap))).get());
            if let Some(n) = opt(&((if (b <= 4 && (String::from("xyz")).len() % 2 == 0) { (if b != 0 { String::from("") } else { String::from("ab") }) } else { yield_!(String::from("ab")) }))) && n > 3 {
                 {
                    let Some(a) = opt(&(t("t3", (if b == 2 { String::from("") } else { String::from("xyz") })))) else {
                        return Err(yield_!(format!("{}-{}", (String::from("xyz")), n)));
                    };
                    r = t("t4", format!("{}-{}", (String::from("ab")), (match b { 0 => 1, n if n > 5 => n + 1, _ => cap.len() })));
                    let u5: i64;
                    if !(!((r.len() % 2 == 0 || b == 5))) {
                        u5 = (if (r.len() % 2 == 0 && cap.len() <= 4) { res(&r)? } else { res(&r)? });
                    } else {
                        u5 = a;
                    }
                }
                if ((r.clone()).len() % 2 == 0 && !(!(n > 4))) {
                    panic!("p6");
                }
            }
            let mut fuel7 = 0;
            'l7: while fuel7 < 1 && (!(T::id(&cap) > 5) || 3 >= 0) {
                fuel7 += 1;
                let u8: i64;
                if (!((String::from("hello")).is_empty()) || (((String::from("hello")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0) && cap.len() <= 0)) {
                    u8 = (match b { 0 => res(&(String::from("x")))?, n if n > 4 => n + 1, _ => T::take(keep(T("v10"), 9)) });
                } else {
                    u8 = (P { a: T("k11").id(), b: i2s(b) }).sum();
                }
                drop(T("v12"));
            }
            drop(keep(keep(T("v13"), cap.into_n()), (yield_!([String::from(""), String::from("four")].concat()).len() as i64)));
            let mut a = Acc::new(res(&(String::from("xyz")))?).add(Acc::new(b).add((match 3 { 0 => b, n if n > 2 => n + 1, _ => b })).add(res(&(String::from("xyz")))?).get()).add(((match b { 0 => 3, n if n > 4 => n + 1, _ => b }) * b)).get();
            let [f, _, _] = [T::take(keep(T("v15"), 14)), (if (String::from("four")).is_empty() { (yield_!([String::from("xyz"), String::from("hello")].concat()).len() as i64) } else { (3 - (match b { 0 => a, n if n > 4 => n + 1, _ => 2 })) }), (P { a: (P { a: 2, b: format!("{}-{}", (String::from("x")), 3) }).sum(), b: t("t16", t("t17", String::from(""))) }).sum()];
            let a = T("v18");
            let e = b;
            if let Some(n) = opt(&(yield_!((if 0 <= 5 { String::from("hello") } else { String::from("") })))) && n > 4 {
                let a = 'b19: {
                    let mut a: i64 = n;
                    if (String::from("ab")).len() % 2 == 0 {
                        break 'b19 (if !((String::from("")).len() % 2 == 0) { (P { a: 2, b: String::from("xyz") }).sum() } else { t("t20", e) });
                    }
                    (if !(f >= 2) { (if (String::from("hello")).len() % 2 == 0 { b } else { f }) } else { Acc::new(2).add(5).add(e).get() })
                };
                let u21: i64;
                if (yield_!(String::from("hello"))).len() % 2 == 0 {
                    u21 = 1;
                } else {
                    u21 = e;
                }
            }
            Ok((match (yield_!(String::from("hello")).len() as i64) { 0 => res(&(String::from("x")))?, n if n > 4 => n + 1, _ => (e + 0) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut d: String = format!("{}-{}", r, T::take(keep(T("v2"), 1)));
            let mut fuel3 = Vec::from([(P { a: cap.lock(), b: String::from("xyz") }).sum(), 3]);
            'l3: while let Some(w) = fuel3.pop() {
                if (d.len() % 2 == 0 && r.len() % 2 == 0) {
                    panic!("p4");
                }
                if let Some(n) = opt(&r) && n > 1 {
                    let mut e = format!("{}-{}", r, Acc::new(f3(cap.len(), String::from("four"), w)).add(w).add(n).get());
                    yield_!(e.clone());
                    if r.is_empty() {
                        panic!("p5");
                    }
                } else if 5 <= 1 {
                    let [d, _, _] = [Acc::new((if r.is_empty() { (if w > 5 { w } else { 5 }) } else { t("t6", T::id(&cap)) })).add((if (w != 4 || d.len() % 2 == 0) { T::take(keep(T("v8"), 7)) } else { cap.try_send(1) })).add((if !((String::from("")).len() % 2 == 0) { T::take(keep(T("v10"), 9)) } else { T("k11").into_n() })).get(), (yield_!(t("t12", format!("{}-{}", r, w))).len() as i64), w];
                    yield_!(t("t13", (if r.len() % 2 == 0 { r.clone() } else { String::from("hello") })));
                    let b = (r.len() as i64);
                } else if (String::from("four")).is_empty() {
                    d = yield_!(format!("{}-{}", d, f3(cap.len(), String::from(""), 0)));
                    if d.is_empty() {
                        continue 'l3;
                    }
                    if (format!("{}-{}", (r.clone()), w)).is_empty() {
                        return Some(opt(&(String::from("")))?);
                    }
                }
            }
            if let Some(n) = T("k14").opt() {
                let u15: i64;
                if (t("t16", r)).is_empty() {
                    u15 = (P { a: 5, b: d.clone() }).sum();
                } else {
                    u15 = cap.take();
                }
                consume(T("v17"));
            }
            let mut e = T("v18");
            let mut d = opt(&((if (d.len() as i64) >= 2 { String::from("x") } else { String::from("ab") })))?;
            consume(keep(T("v19"), T("k20").id()));
            consume(e);
            Some(d)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if !((r.len() % 2 == 0 && (2 > 1 && cap.lock() < 2))) {
                panic!("p1");
            }
            if T("k2").id() <= 4 {
                return Some((if (r.clone()).len() % 2 == 0 { keep(T("v4"), 3).take() } else { keep(T("v6"), 5).take() }));
            }
            yield_!(r);
            let (mut b, c) = (T("v7"), (Acc::new((if (String::from("ab")).len() % 2 == 0 { cap.try_send(0) } else { cap.borrow() })).add(t("t8", T::id(&cap))).add(T::take(keep(T("v10"), 9))).get() + T::take(keep(T("v12"), 11))));
            yield_!(t("t13", [String::from(""), String::from("x")].concat()));
            let mut fuel14 = 0;
            let e = 'l14: loop {
                fuel14 += 1;
                if fuel14 > 2 {
                    break 'l14 b.lock();
                }
                let mut fuel15 = Vec::from([f3(opt(&(String::from("x")))?, i2s(cap.id()), (yield_!(String::from("ab")).len() as i64)), keep(T("v17"), 16).take()]);
                'l15: while let Some(w) = fuel15.pop() {
                    yield_!(t("t18", (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("four") })));
                    let b: i64 = opt(&([String::from("x"), String::from("x")].concat()))?;
                    let e = yield_!([String::from(""), String::from("four")].concat());
                }
                'l19: for w in 0..cap3(c) {
                    let c = yield_!(t("t20", i2s(b.id())));
                    let mut f = T("v21");
                    let mut a = [String::from("hello"), String::from("xyz")].concat();
                    let mut f = String::from("");
                }
                let u22: i64;
                if (((String::from("xyz")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) && (String::from("ab")).len() % 2 == 0) {
                    u22 = (if (String::from("hello")).is_empty() { (match c { 0 => c, n if n > 4 => n + 1, _ => c }) } else { (if (String::from("four")).len() % 2 == 0 { T::id(&b) } else { c }) });
                } else {
                    u22 = 5;
                }
                'l23: for w in T("k24").items() {
                    yield_!(String::from("x"));
                    b = T("v25");
                }
            };
            let e = 'b26: {
                 {
                    let mut fuel27 = Vec::from([Some(T("k28")).unwrap().id(), (match (match 2 { 0 => cap.lock(), n if n > 1 => n + 1, _ => e }) { 0 => f3(2, String::from("four"), c), n if n > 2 => n + 1, _ => e })]);
                    'l27: while let Some(w) = fuel27.pop() {
                        r = yield_!(t("t29", i2s(0)));
                    }
                }
                if f3(c, String::from("x"), c) <= 0 {
                    break 'b26 opt(&(String::from("ab")))?;
                }
                T::take(keep(cap, 30))
            };
            Some(opt(&(String::from("hello")))?)
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if (r.is_empty() && r.len() % 2 == 0) {
                return Acc::new(cap.into_n()).add(t("t1", (r.len() as i64))).add((r.len() as i64)).get();
            }
            let a = String::from("xyz");
            if let Some(n) = opt(&a) {
                let mut b = n;
                let mut fuel2 = Vec::from([(P { a: 3, b: yield_!(r.clone()) }).sum(), (P { a: f3((r.len() as i64), a.clone(), n), b: t("t3", String::from("")) }).sum()]);
                'l2: while let Some(w) = fuel2.pop() {
                    let [f, _, _] = [5, (yield_!(format!("{}-{}", (a.clone()), Acc::new(5).add((a.len() as i64)).add(n).get())).len() as i64), f3((a.len() as i64), t("t4", yield_!(a.clone())), (P { a: t("t5", (a.len() as i64)), b: String::from("x") }).sum())];
                    let a = i2s(0);
                    consume(T("v6"));
                }
            } else if ((r.len() % 2 == 0 || a.len() % 2 == 0) || (a.len() as i64) != 5) {
                drop(keep(T("v7"), Acc::new((P { a: (a.len() as i64), b: String::from("x") }).sum()).add(Some(T("k8")).unwrap().id()).add(T::take(keep(T("v10"), 9))).get()));
            } else {
                let d = 'b11: {
                    if (a.len() as i64) >= 5 {
                        break 'b11 T("k12").id();
                    }
                    T("k13").id()
                };
            }
            T::take(keep(keep(T("v15"), 2), 14))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = T("k1").opt() {
                if r.is_empty() {
                    return Err(t("t2", r.clone()));
                }
                if (((r.len() as i64) * n) < 4 && (((r.len() as i64) >= 4 && r.len() % 2 == 0) && (r.len() % 2 == 0 && r.len() % 2 == 0))) {
                    panic!("p3");
                }
                if let Some(n) = opt(&(r)) && n > 2 {
                    let a = format!("{}-{}", (String::from("hello")), ((if T::id(&cap) >= 2 { cap.borrow() } else { 4 }) + T("k4").id()));
                }
            }
            if let Some(n) = opt(&(yield_!(String::from("x")))) {
                if let Some(n) = T("k5").opt() {
                    if (t("t6", String::from("xyz"))).is_empty() {
                        return Err([(if (String::from("ab")).len() % 2 == 0 { String::from("hello") } else { String::from("four") }), yield_!(String::from(""))].concat());
                    }
                    if Acc::new(res(&(String::from("ab")))?).add(Some(T("k7")).unwrap().id()).add(1).get() <= 1 {
                        panic!("p8");
                    }
                } else if !(!((String::from("xyz")).len() % 2 == 0)) {
                    r = yield_!(format!("{}-{}", (String::from("hello")), T::take(cap)));
                    let a = keep(T("v9"), keep(keep(T("v11"), n), 10).take());
                }
                let Some(c) = opt(&(String::from(""))) else {
                    panic!("p12");
                };
            }
            Ok((match (2 + 0) { 0 => (match 3 { 0 => 5, n if n > 1 => n + 1, _ => 3 }), n if n > 0 => n + 1, _ => 1 }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(format!("{}-{}", r, T::take(keep(T("v2"), 1))));
            let mut e = keep(T("v3"), f3(f3(cap.borrow(), String::from("hello"), 4), (if r.len() % 2 == 0 { r } else { r.clone() }), (match 0 { 0 => cap.id(), n if n > 2 => n + 1, _ => cap.id() })));
            let u4: i64;
            if (i2s(cap.id())).is_empty() {
                u4 = T::take(e);
            } else {
                u4 = 4;
            }
            let mut d = cap;
            let mut fuel5 = 0;
            'l5: while fuel5 < 3 && (String::from("x")).is_empty() {
                fuel5 += 1;
                let u6: i64;
                if !((((String::from("")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) && (String::from("x")).len() % 2 == 0)) {
                    u6 = u4;
                } else {
                    u6 = opt(&(String::from("xyz")))?;
                }
                e = T("v7");
                drop(T("v8"));
            }
            let Some(d) = opt(&([String::from("four"), [String::from("x"), String::from("ab")].concat()].concat())) else {
                return Some(opt(&(String::from("")))?);
            };
            'l9: for w in T("k10").items() {
                let e: T = keep(keep(T("v11"), (u4 + d)), (Acc::new(u4).add(0).add(5).get() - 0));
                 {
                    if let Some(n) = opt(&(t("t12", i2s(3)))) {
                        let f = e;
                        let mut e: String = i2s((P { a: f3(d, String::from("x"), T::id(&f)), b: [String::from(""), String::from("")].concat() }).sum());
                        let mut e = String::from("");
                    }
                    let mut fuel13 = 0;
                    'l13: loop {
                        fuel13 += 1;
                        if fuel13 > 2 {
                            break 'l13;
                        }
                    }
                }
            }
            Some(Acc::new((yield_!(String::from("hello")).len() as i64)).add(Acc::new(u4).add(d).add(u4).get()).add(u4).get())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if ((r.len() % 2 == 0 && r.len() % 2 == 0) && (!(4 == 3) || (4 <= 3 && (r).len() % 2 == 0))) {
                return (P { a: (match 3 { 0 => 4, n if n > 3 => n + 1, _ => cap.lock() }), b: (if 0 > 4 { String::from("") } else { String::from("xyz") }) }).sum();
            }
            let a = 'b1: {
                if let Some(n) = opt(&(i2s(t("t2", T::id(&cap))))) && n > 5 {
                    'l3: for w in 0..cap3((P { a: 4, b: [String::from("xyz"), String::from("x")].concat() }).sum()) {
                        yield_!(t("t4", i2s(n)));
                        yield_!((if !((String::from("xyz")).len() % 2 == 0) { format!("{}-{}", (String::from("four")), cap.try_send(1)) } else { format!("{}-{}", (String::from("ab")), T::id(&cap)) }));
                        yield_!(i2s(n));
                    }
                    let (mut c, a) = (T("v5"), (match (match T("k6").len() { 0 => (P { a: n, b: String::from("ab") }).sum(), n if n > 1 => n + 1, _ => n }) { 0 => (Acc::new(n).add(n).add(n).get() + t("t7", n)), n if n > 2 => n + 1, _ => Acc::new(n).add(f3(n, String::from("hello"), 2)).add((5 - cap.lock())).get() }));
                    yield_!((if (String::from("four")).len() % 2 == 0 { t("t8", String::from("hello")) } else { String::from("hello") }));
                } else if (!((String::from("ab")).len() % 2 == 0) && !(cap.borrow() != 3)) {
                    let b = 'b9: {
                        consume(keep(keep(T("v10"), 1), Acc::new(cap.into_n()).add(t("t11", 3)).add((3 - 3)).get()));
                        consume(keep(T("v12"), t("t13", (yield_!(String::from("hello")).len() as i64))));
                        yield_!(i2s(t("t14", 0)));
                        if (P { a: 4, b: String::from("hello") }).sum() > 4 {
                            break 'b9 f3((match 2 { 0 => 5, n if n > 1 => n + 1, _ => 4 }), [String::from("four"), String::from("four")].concat(), Acc::new(0).add(4).add(1).get());
                        }
                        (match T::take(keep(T("v16"), 15)) { 0 => Acc::new(5).add(1).add(3).get(), n if n > 5 => n + 1, _ => T("k17").id() })
                    };
                    let b = t("t18", (if !((String::from("")).len() % 2 == 0) { String::from("four") } else { format!("{}-{}", (String::from("")), b) }));
                    if b.is_empty() {
                        panic!("p19");
                    }
                } else if (((String::from("")).len() % 2 == 0 || cap.borrow() != 3) && (String::from("hello")).is_empty()) {
                     {
                        yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { (if (String::from("xyz")).len() % 2 == 0 { String::from("xyz") } else { String::from("") }) }));
                        r = t("t20", String::from("xyz"));
                    }
                    'l21: for w in T("k22").items() {
                        let f = T("v25");
                    }
                }
                if ((String::from("four")).len() % 2 == 0 || (String::from("four")).is_empty()) {
                    break 'b1 2;
                }
                (yield_!(String::from("four")).len() as i64)
            };
            (P { a: a, b: [String::from("x"), String::from("")].concat() }).sum()
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
            if let Some(n) = T("k1").opt() {
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && ((4 >= 2 || n <= 1) || ((r.clone()).len() % 2 == 0 || cap.lock() != 2)) {
                    fuel2 += 1;
                    let mut d = opt(&(String::from("four")))?;
                    let mut d = yield_!(String::from("four"));
                    yield_!(r.clone());
                }
                let Some(e) = opt(&r) else {
                    panic!("p3");
                };
            } else if r.is_empty() {
                'l4: for w in [String::from("four"), yield_!(t("t5", String::from("hello")))] {
                    if ((((w).len() % 2 == 0 && (r.len() as i64) != 0) && !(2 == 1)) && !((cap.lock() > 3 && (String::from("four")).len() % 2 == 0))) {
                        return Some((yield_!(r.clone()).len() as i64));
                    }
                }
            } else if ((5 <= 3 || r.len() % 2 == 0) && (String::from("xyz")).len() % 2 == 0) {
            }
            Some(opt(&r)?)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            r = format!("{}-{}", r, 1);
            if let Some(n) = opt(&([yield_!(String::from("")), i2s(cap.borrow())].concat())) {
                match T("k1").len() {
                    0 => {
                        let f = keep(cap, (match T::take(keep(T("v3"), 2)) { 0 => res(&(r))?, n if n > 4 => n + 1, _ => n }));
                        yield_!([format!("{}-{}", (String::from("four")), n), i2s(n)].concat());
                        let mut a = yield_!((if !(n > 3) { String::from("hello") } else { [String::from("hello"), String::from("x")].concat() }));
                    }
                    n if n > 4 => {
                        drop(T("v4"));
                        drop(cap);
                    }
                    n => {
                        let mut a = t("t5", yield_!(r));
                        let [a, _, _] = [cap.into_n(), (if (((a.clone()).len() % 2 == 0 && a.len() % 2 == 0) || ((String::from("ab")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0)) { Acc::new((P { a: 2, b: String::from("x") }).sum()).add((P { a: 4, b: String::from("xyz") }).sum()).add((match 0 { 0 => (a.len() as i64), n if n > 1 => n + 1, _ => (a.len() as i64) })).get() } else { (yield_!(String::from("xyz")).len() as i64) }), (P { a: (match f3(4, String::from("xyz"), (a.len() as i64)) { 0 => res(&a)?, n if n > 4 => n + 1, _ => ((a.len() as i64) + 2) }), b: format!("{}-{}", (a), f3(n, String::from("x"), 2)) }).sum()];
                    }
                }
                'l6: for w in 0..cap3(Acc::new(n).add(2).add((if (String::from("ab")).len() % 2 == 0 { n } else { n })).get()) {
                }
            }
            Ok(f3((yield_!(String::from("")).len() as i64), yield_!(String::from("four")), T::take(keep(T("v8"), 7))))
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
            yield_!([i2s(2), t("t1", r.clone())].concat());
            r = format!("{}-{}", ((if cap.len() < 5 { r.clone() } else { String::from("hello") })), cap.len());
            'l2: for w in T("k3").items() {
                if (format!("{}-{}", r, cap.len())).is_empty() {
                    yield_!((if 5 > 1 { format!("{}-{}", r, 2) } else { (if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() }) }));
                } else {
                    let b = (if (r.clone()).is_empty() { yield_!(t("t4", String::from(""))) } else { r.clone() });
                }
                let u5: i64;
                if !((if (String::from("")).len() % 2 == 0 { w } else { w }) <= 4) {
                    u5 = (if r.len() % 2 == 0 { T("k6").id() } else { (match cap.lock() { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => 1 }) });
                } else {
                    u5 = (yield_!(format!("{}-{}", r, w)).len() as i64);
                }
                'l7: for w in [[[r.clone(), String::from("")].concat(), t("t8", String::from(""))].concat(), t("t9", i2s(u5))] {
                    yield_!(i2s(((r.len() as i64) - 0)));
                    let a = t("t10", Acc::new((match cap.id() { 0 => u5, n if n > 0 => n + 1, _ => (w.len() as i64) })).add((r.len() as i64)).add((yield_!(w.clone()).len() as i64)).get());
                    yield_!(format!("{}-{}", (w), cap.lock()));
                }
                let Some(f) = opt(&r) else {
                    return f3(T("k11").len(), (if cap.borrow() == 0 { r.clone() } else { String::from("four") }), (yield_!(r.clone()).len() as i64));
                };
            }
            let a = (P { a: cap.lock(), b: r }).sum();
            let e = format!("{}-{}", (format!("{}-{}", (String::from("ab")), a)), t("t12", Acc::new(a).add(a).add(2).get()));
            if let Some(n) = opt(&((if (e.len() % 2 == 0 && (e.len() as i64) == 2) { format!("{}-{}", e, a) } else { [String::from("four"), e].concat() }))) && n > 4 {
                let u13: i64;
                if (format!("{}-{}", (String::from("x")), n)).len() % 2 == 0 {
                    u13 = cap.into_n();
                } else {
                    u13 = (match (match n { 0 => T::id(&cap), n if n > 1 => n + 1, _ => 2 }) { 0 => (P { a: cap.try_send(3), b: String::from("") }).sum(), n if n > 2 => n + 1, _ => T::take(keep(T("v15"), 14)) });
                }
            } else if (String::from("four")).is_empty() {
                let mut fuel16 = 0;
                'l16: while fuel16 < 2 && (String::from("ab")).len() % 2 == 0 {
                    fuel16 += 1;
                    yield_!(t("t17", format!("{}-{}", (String::from("four")), a)));
                    yield_!(String::from("xyz"));
                }
                let Some(d) = opt(&(yield_!([String::from("x"), String::from("xyz")].concat()))) else {
                    return (yield_!(t("t18", String::from(""))).len() as i64);
                };
                if let Some(n) = T("k19").opt() {
                } else if (String::from("hello")).len() % 2 == 0 {
                } else if (!((String::from("ab")).len() % 2 == 0) && (String::from("x")).is_empty()) {
                }
            }
            f3((yield_!(String::from("")).len() as i64), (if a > 4 { String::from("x") } else { String::from("four") }), (a + a))
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
             {
                match (match t("t1", (r.len() as i64)) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => cap.into_n() }) {
                    0 => {
                        let mut fuel2 = 0;
                        'l2: while fuel2 < 2 && (r.len() % 2 == 0 || ((r.len() as i64) > 5 && r.len() % 2 == 0)) {
                            fuel2 += 1;
                            let c = (t("t3", T("k4").id()) + (r.len() as i64));
                            drop(keep(keep(T("v5"), (yield_!(String::from("ab")).len() as i64)), 4));
                            let mut f: T = T("v6");
                        }
                    }
                    n if n > 5 => {
                        consume(T("v7"));
                    }
                    _ => {
                        if ((r.clone()).len() % 2 == 0 || (!(0 == 4) && !((r.len() as i64) != 5))) {
                            panic!("p8");
                        }
                        let f = T("v9");
                    }
                }
            }
            Acc::new((if (r.clone()).len() % 2 == 0 { 0 } else { (r.len() as i64) })).add((r.len() as i64)).add(Acc::new(2).add((r.len() as i64)).add(2).get()).get()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(Acc::new(f3(3, String::from("xyz"), 4)).add(Acc::new(1).add(T::id(&cap)).add(2).get()).add((if r.len() % 2 == 0 { (r.len() as i64) } else { 3 })).get()) {
                if !((String::from("four")).len() % 2 == 0) {
                    return T::id(&cap);
                }
                let b = String::from("hello");
            }
            if let Some(n) = opt(&r) && n > 0 {
                r = r;
                consume(T("v2"));
            } else if (r.len() % 2 == 0 || r.len() % 2 == 0) {
                let Some(b) = opt(&((if r.is_empty() { i2s((r.len() as i64)) } else { (if T::id(&cap) <= 5 { r } else { r }) }))) else {
                    return T::take(cap);
                };
            } else if (r.is_empty() || T::id(&cap) <= 3) {
            }
            yield_!(String::from("end"));
            f3((0 - 0), yield_!(String::from("four")), T("k3").len())
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
            yield_!(t("t1", i2s(cap.try_send(3))));
            'l2: for w in T("k3").items() {
                let mut fuel4 = 0;
                let e = 'l4: loop {
                    fuel4 += 1;
                    if fuel4 > 3 {
                        break 'l4 f3(cap.borrow(), r.clone(), (match w { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => w }));
                    }
                    yield_!(format!("{}-{}", (r.clone()), t("t5", cap.lock())));
                    if ((if (String::from("hello")).len() % 2 == 0 { w } else { w }) > 4 || w >= 1) {
                        panic!("p6");
                    }
                };
                drop(T("v7"));
            }
            yield_!((if (String::from("")).is_empty() { r.clone() } else { i2s(2) }));
             {
                 {
                    consume(T("v8"));
                    drop(T("v9"));
                }
            }
            Acc::new(T::take(cap)).add((match (r.len() as i64) { 0 => 1, n if n > 3 => n + 1, _ => (r.len() as i64) })).add((if r.len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) })).get()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = Vec::from([res(&(String::from("x")))?, (r.len() as i64)]);
            'l1: while let Some(w) = fuel1.pop() {
                let (mut a, e) = (T("v2"), Some(T("k3")).unwrap().id());
                let u4: i64;
                if (w == 0 && ((String::from("hello")).len() % 2 == 0 && (e <= 4 || cap.borrow() < 4))) {
                    u4 = T::take(keep(keep(T("v6"), e), 5));
                } else {
                    u4 = (P { a: (if (r.clone()).len() % 2 == 0 { 1 } else { (r.len() as i64) }), b: String::from("") }).sum();
                }
                drop(keep(T("v7"), (yield_!(t("t8", String::from("hello"))).len() as i64)));
                let d = a;
            }
            let mut fuel9 = 0;
            let b = 'l9: loop {
                fuel9 += 1;
                if fuel9 > 2 {
                    break 'l9 0;
                }
                if let Some(n) = T("k10").opt() {
                    let [f, _, _] = [f3(t("t12", T("k13").len()), i2s((P { a: cap.id(), b: r.clone() }).sum()), n), cap.len(), f3((P { a: res(&(String::from("x")))?, b: t("t14", r.clone()) }).sum(), (if (r.clone()).len() % 2 == 0 { yield_!(r.clone()) } else { t("t15", String::from("")) }), n)];
                }
                let f = (yield_!(i2s(res(&(String::from("four")))?)).len() as i64);
                r = [t("t16", (if r.len() % 2 == 0 { r.clone() } else { r.clone() })), r.clone()].concat();
            };
            if let Some(n) = T("k17").opt() {
                r = format!("{}-{}", r, (match (r.len() as i64) { 0 => Some(T("k18")).unwrap().id(), n if n > 2 => n + 1, _ => t("t19", b) }));
                if let Some(n) = opt(&r) {
                    let f = T("v20");
                } else if n >= 3 {
                } else {
                }
            } else if r.len() % 2 == 0 {
            }
            Err((if ((r.len() as i64) >= 0 || (r.len() as i64) > 1) { String::from("ab") } else { [r, String::from("xyz")].concat() }))
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => cap.try_send(2) }) != 5 {
                fuel1 += 1;
                'l2: for w in 0..cap3((P { a: (P { a: (r.len() as i64), b: r.clone() }).sum(), b: (if 1 < 4 { String::from("") } else { String::from("xyz") }) }).sum()) {
                    yield_!(String::from("ab"));
                    let b = keep(keep(T("v3"), (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => cap.borrow() })), (yield_!(String::from("")).len() as i64));
                }
                let mut fuel4 = Vec::from([(yield_!(format!("{}-{}", r, (r.len() as i64))).len() as i64), (r.len() as i64)]);
                'l4: while let Some(w) = fuel4.pop() {
                    yield_!((if ((r.clone()).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) { format!("{}-{}", (String::from("hello")), w) } else { String::from("x") }));
                    consume(T("v5"));
                    yield_!([(if r.len() % 2 == 0 { r.clone() } else { r.clone() }), t("t6", String::from("xyz"))].concat());
                }
                match opt(&r) {
                    Some(n) if n < 1 => {
                        drop(keep(keep(T("v7"), Acc::new(1).add(5).add(5).get()), (yield_!(t("t8", String::from("four"))).len() as i64)));
                        let mut b = n;
                        let a = t("t9", format!("{}-{}", r, (r.len() as i64)));
                    }
                    Some(n) => {
                        consume(T("v10"));
                    }
                    None => {
                        yield_!(t("t11", [String::from("hello"), r.clone()].concat()));
                    }
                }
                let Some(d) = opt(&r) else {
                    return Some((r.len() as i64));
                };
            }
            if (String::from("x")).is_empty() {
            } else if (r).is_empty() {
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
            let Some(b) = opt(&r) else {
                return (P { a: (match cap.try_send(5) { 0 => cap.lock(), n if n > 3 => n + 1, _ => (r.len() as i64) }), b: [r.clone(), String::from("")].concat() }).sum();
            };
            let mut fuel1 = 0;
            let d = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 (r.len() as i64);
                }
                yield_!((if r.len() % 2 == 0 { [r.clone(), r.clone()].concat() } else { (if 3 > 4 { String::from("four") } else { String::from("hello") }) }));
                 {
                    if (yield_!(String::from("four"))).len() % 2 == 0 {
                        yield_!(format!("{}-{}", r, 2));
                        let mut c = keep(keep(T("v3"), Acc::new(1).add(b).add((r.len() as i64)).get()), (if r.len() % 2 == 0 { (r.len() as i64) } else { keep(T("v5"), 4).take() }));
                    } else if (r.clone()).is_empty() {
                        let mut d = T("v6");
                        d = T("v7");
                        yield_!([(if r.len() % 2 == 0 { r.clone() } else { String::from("hello") }), r.clone()].concat());
                    } else if (r.clone()).is_empty() {
                        r = i2s(t("t8", T::take(keep(T("v10"), 9))));
                        let mut b = T::take(keep(T("v12"), 11));
                    }
                }
                'l15: for w in 0..cap3((r.len() as i64)) {
                    let e = T("v16");
                    let a = yield_!((if (String::from("hello")).is_empty() { [r.clone(), r.clone()].concat() } else { r.clone() }));
                }
            };
            let u17: i64;
            if !(d == 1) {
                u17 = (if (r).is_empty() { cap.id() } else { b });
            } else {
                u17 = (r.len() as i64);
            }
            'l18: for w in T("k19").items() {
                consume(T("v20"));
                let mut fuel21 = Vec::from([(yield_!(i2s(b)).len() as i64), Acc::new(t("t22", 2)).add(0).add((3 - u17)).get()]);
                'l21: while let Some(w) = fuel21.pop() {
                    yield_!(format!("{}-{}", (String::from("hello")), d));
                }
            }
            u17
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = Vec::from([(cap.into_n() + (if (r).len() % 2 == 0 { 4 } else { 1 })), T("k2").id()]);
            'l1: while let Some(w) = fuel1.pop() {
                if !((!(w >= 1) || (String::from("four")).len() % 2 == 0)) {
                    panic!("p3");
                }
                let c: i64 = f3((P { a: (match w { 0 => w, n if n > 3 => n + 1, _ => w }), b: i2s(w) }).sum(), [yield_!(String::from("")), t("t4", String::from("hello"))].concat(), Acc::new(f3(w, String::from("xyz"), 4)).add(w).add(4).get());
            }
            if ((String::from("x")).len() % 2 == 0 || !((String::from("xyz")).is_empty())) {
                panic!("p5");
            }
            match opt(&(format!("{}-{}", (String::from("xyz")), (0 + 5)))) {
                Some(n) if n < 5 => {
                    if let Some(n) = T("k6").opt() {
                        yield_!(t("t7", format!("{}-{}", (String::from("four")), n)));
                        let f = T("v8");
                    } else {
                        let [d, _, _] = [t("t9", (match (match n { 0 => n, n if n > 5 => n + 1, _ => n }) { 0 => opt(&(String::from("hello")))?, n if n > 4 => n + 1, _ => (n + 1) })), n, Acc::new(T("k10").into_n()).add(2).add(t("t11", (yield_!(String::from("x")).len() as i64))).get()];
                        let mut a = Acc::new(keep(T("v13"), 12).take()).add((match opt(&(String::from("x")))? { 0 => T::take(keep(T("v15"), 14)), n if n > 0 => n + 1, _ => t("t16", 2) })).add(n).get();
                    }
                }
                Some(n) => {
                    let mut a = T("v17");
                }
                None => {
                    let Some(a) = opt(&(String::from("ab"))) else {
                        return Some(keep(T("v19"), 18).take());
                    };
                    'l20: for w in [(if (String::from("ab")).len() % 2 == 0 { yield_!(String::from("four")) } else { (if a >= 1 { String::from("xyz") } else { String::from("hello") }) }), (if ((String::from("hello")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { (if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("ab") }) } else { yield_!(String::from("four")) })] {
                        if opt(&(String::from("")))? > 4 {
                            panic!("p21");
                        }
                        let e: i64 = (yield_!(w.clone()).len() as i64);
                        if ((String::from("hello")).len() % 2 == 0 && Acc::new(e).add(a).add(a).get() < 2) {
                            return Some((((w.len() as i64) + 2) + (4 + e)));
                        }
                    }
                }
            }
            match opt(&(i2s((match 5 { 0 => 5, n if n > 2 => n + 1, _ => 4 })))) {
                Some(n) if n < 3 => {
                    if (yield_!(String::from(""))).is_empty() {
                        if (format!("{}-{}", (String::from("hello")), n)).len() % 2 == 0 {
                            return None;
                        }
                        if (P { a: (n + n), b: yield_!(String::from("x")) }).sum() >= 5 {
                            panic!("p22");
                        }
                        let mut b = (if (!((String::from("hello")).len() % 2 == 0) && !((String::from("xyz")).len() % 2 == 0)) { format!("{}-{}", (String::from("x")), n) } else { (if ((String::from("")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0) { i2s(n) } else { yield_!(String::from("xyz")) }) });
                    } else {
                        yield_!((if !(1 >= 5) { String::from("xyz") } else { [String::from("hello"), String::from("x")].concat() }));
                        if ((if n <= 1 { String::from("x") } else { String::from("x") })).len() % 2 == 0 {
                            return Some(T::take(keep(keep(T("v24"), n), 23)));
                        }
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            Some(((P { a: 5, b: String::from("hello") }).sum() + T::take(keep(T("v26"), 25))))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let (mut a, b) = (T("v1"), (r.len() as i64));
            let mut fuel2 = Vec::from([Acc::new((r.len() as i64)).add(b).add((yield_!(String::from("ab")).len() as i64)).get(), cap.lock()]);
            'l2: while let Some(w) = fuel2.pop() {
                let mut fuel3 = 0;
                'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 1 {
                        break 'l3;
                    }
                    consume(T("v4"));
                    yield_!(r.clone());
                    yield_!([[r.clone(), String::from("xyz")].concat(), t("t5", String::from("ab"))].concat());
                    yield_!(r.clone());
                }
                let (mut e, a) = (T("v6"), t("t7", 5));
                if (yield_!(r.clone())).len() % 2 == 0 {
                    panic!("p8");
                }
                if let Some(n) = opt(&r) {
                    let P { a: d, b: b } = P { a: (yield_!(r.clone()).len() as i64), b: (if !((e.id() > 1 && r.len() % 2 == 0)) { i2s((yield_!(r.clone()).len() as i64)) } else { yield_!(r.clone()) }) };
                    let mut b = t("t9", yield_!(format!("{}-{}", (b), cap.len())));
                } else if ((r.clone()).is_empty() && cap.len() < 2) {
                    if (!((String::from("ab")).len() % 2 == 0) && (r.len() as i64) >= 3) {
                        continue 'l2;
                    }
                    yield_!(format!("{}-{}", (String::from("x")), cap.id()));
                    r = String::from("xyz");
                } else if r.len() % 2 == 0 {
                    yield_!(format!("{}-{}", (r.clone()), t("t10", (r.len() as i64))));
                    let e = keep(e, Acc::new(T("k11").into_n()).add((yield_!(r.clone()).len() as i64)).add(cap.id()).get());
                    let mut f = T("v12");
                }
            }
            if let Some(n) = opt(&r) && n > 1 {
                if r.is_empty() {
                    panic!("p13");
                }
            } else {
                let mut c: T = T("v14");
                let mut d = r;
            }
            Ok(((b + b) + T::take(keep(T("v16"), 15))))
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
             {
                if r.is_empty() {
                    if !(!(((r.clone()).len() % 2 == 0 && T::id(&cap) <= 2))) {
                        panic!("p1");
                    }
                } else if 5 >= 1 {
                    let [d, _, _] = [(T::take(keep(keep(T("v3"), (r.len() as i64)), 2)) * t("t4", T("k5").len())), T::take(keep(keep(T("v7"), Some(T("k8")).unwrap().id()), 6)), (match ((P { a: 0, b: r }).sum() - 3) { 0 => (P { a: opt(&(String::from("xyz")))?, b: String::from("four") }).sum(), n if n > 0 => n + 1, _ => opt(&(String::from("xyz")))? })];
                    let mut fuel9 = 0;
                    'l9: loop {
                        fuel9 += 1;
                        if fuel9 > 2 {
                            break 'l9;
                        }
                        r = format!("{}-{}", ((if (String::from("ab")).len() % 2 == 0 { String::from("") } else { String::from("x") })), (if (String::from("four")).len() % 2 == 0 { (if T::id(&cap) <= 0 { d } else { cap.borrow() }) } else { Acc::new(T::id(&cap)).add(d).add(cap.borrow()).get() }));
                        if (r.len() % 2 == 0 || (r.len() as i64) < 4) {
                            break 'l9;
                        }
                    }
                    let mut fuel10 = 0;
                    'l10: while fuel10 < 2 && (P { a: 1, b: String::from("x") }).sum() < 0 {
                        fuel10 += 1;
                        let c: String = t("t11", [[String::from("xyz"), String::from("")].concat(), format!("{}-{}", (String::from("xyz")), d)].concat());
                        r = i2s(cap.borrow());
                        yield_!([t("t12", c.clone()), t("t13", c)].concat());
                        if ((cap.id() <= 2 && !((String::from("ab")).len() % 2 == 0)) && !(!((r.clone()).len() % 2 == 0))) {
                            return Some((P { a: (P { a: 4, b: String::from("xyz") }).sum(), b: t("t14", r.clone()) }).sum());
                        }
                    }
                } else if (!((r.len() as i64) <= 2) && r.is_empty()) {
                    yield_!((if (r.clone()).is_empty() { r } else { [r, String::from("ab")].concat() }));
                    'b15: {
                        r = yield_!((if (0 > 3 || (String::from("")).len() % 2 == 0) { [String::from("hello"), String::from("xyz")].concat() } else { [String::from("ab"), String::from("x")].concat() }));
                        if (r.is_empty() && r.len() % 2 == 0) {
                            break 'b15;
                        }
                    }
                }
            }
            Some(opt(&(String::from("four")))?)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in 0..cap3(res(&r)?) {
                match T("k2").id() {
                    0 => {
                        if !((!(w != 1) && r.is_empty())) {
                            panic!("p3");
                        }
                    }
                    n if n > 5 => {
                        yield_!(String::from(""));
                    }
                    _ => {
                        let mut d: T = keep(keep(keep(T("v4"), cap.try_send(3)), 2), Some(T("k5")).unwrap().id());
                        yield_!((if w == 1 { r.clone() } else { i2s(w) }));
                    }
                }
                let Some(d) = opt(&r) else {
                    return Ok(t("t6", w));
                };
            }
            if let Some(n) = T("k7").opt() {
                if (yield_!(r.clone())).is_empty() {
                    panic!("p8");
                }
                let mut fuel9 = 0;
                'l9: while fuel9 < 2 && r.is_empty() {
                    fuel9 += 1;
                    if r.len() % 2 == 0 {
                        return Err(yield_!(r.clone()));
                    }
                    let c = (yield_!([[String::from("four"), r.clone()].concat(), i2s(cap.lock())].concat()).len() as i64);
                }
            } else if res(&r)? > 2 {
            }
            Ok(T::take(cap))
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
            if (((cap.try_send(4) == 0 && cap.borrow() != 3) || 5 < 2) || (r).is_empty()) {
                return Ok(T::take(cap));
            }
            let e = T("v1");
            'l2: for w in 0..cap3(t("t3", t("t4", 0))) {
                'l5: for w in T("k6").items() {
                    consume(T("v7"));
                    let P { a: d, b: c } = P { a: 5, b: yield_!(format!("{}-{}", (String::from("four")), t("t8", w))) };
                    r = yield_!(c.clone());
                    drop(T("v9"));
                }
                let f = T("v10");
                yield_!(t("t11", (if (String::from("hello")).len() % 2 == 0 { String::from("") } else { String::from("hello") })));
                let mut fuel12 = Vec::from([e.try_send(4), T::take(f)]);
                'l12: while let Some(w) = fuel12.pop() {
                    r = t("t13", yield_!([String::from(""), String::from("ab")].concat()));
                    if ((if w != 3 { String::from("x") } else { String::from("ab") })).len() % 2 == 0 {
                        panic!("p14");
                    }
                }
            }
            yield_!(t("t15", [String::from("xyz"), String::from("")].concat()));
            'l16: for w in 0..cap3(t("t17", T::take(keep(T("v19"), 18)))) {
                let e = keep(T("v20"), T::take(keep(T("v22"), 21)));
                if let Some(n) = T("k23").opt() {
                    r = (if ((String::from("four")).is_empty() || (String::from("four")).is_empty()) { (if (String::from("four")).is_empty() { (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("x") }) } else { (if w < 3 { String::from("hello") } else { String::from("hello") }) }) } else { t("t24", yield_!(String::from(""))) });
                    let b = T::take(e);
                }
            }
            Ok((2 + T("k25").len()))
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
            let mut e: String = r.clone();
            let mut fuel1 = Vec::from([cap.len(), opt(&r)?]);
            'l1: while let Some(w) = fuel1.pop() {
                let mut fuel2 = Vec::from([keep(T("v4"), 3).take(), (if !(w != 5) { (P { a: w, b: e.clone() }).sum() } else { f3(w, e.clone(), 5) })]);
                'l2: while let Some(w) = fuel2.pop() {
                    yield_!([(if (r.len() as i64) <= 1 { String::from("") } else { String::from("hello") }), format!("{}-{}", r, w)].concat());
                    let P { a: b, b: c } = P { a: (P { a: f3((if r.len() % 2 == 0 { cap.len() } else { w }), yield_!(e.clone()), (if e.len() % 2 == 0 { w } else { cap.len() })), b: yield_!(format!("{}-{}", (String::from("hello")), w)) }).sum(), b: t("t5", r.clone()) };
                }
                 {
                    yield_!(i2s((r.len() as i64)));
                }
            }
            let a: String = t("t6", String::from(""));
            yield_!((if !(a.len() % 2 == 0) { String::from("xyz") } else { e }));
            let d = opt(&(format!("{}-{}", (a.clone()), 3)))?;
            let Some(d) = opt(&(String::from(""))) else {
                return Some(d);
            };
            let u7: i64;
            if ([String::from(""), a.clone()].concat()).len() % 2 == 0 {
                u7 = T::take(cap);
            } else {
                u7 = d;
            }
            'l8: for w in 0..cap3(t("t9", (P { a: (a.len() as i64), b: r }).sum())) {
                'l10: for w in T("k11").items() {
                    let e = T("v12");
                    let b = (a.len() as i64);
                    if ((if (a.len() as i64) > 5 { String::from("xyz") } else { a.clone() })).is_empty() {
                        panic!("p13");
                    }
                    r = yield_!(i2s(t("t14", (a.len() as i64))));
                }
                let P { a: b, b: f } = P { a: (T::take(keep(T("v16"), 15)) + T::take(keep(T("v18"), 17))), b: yield_!(i2s((if a.len() % 2 == 0 { w } else { (a.len() as i64) }))) };
            }
            let a = String::from("xyz");
            let u19: i64;
            if (yield_!(a.clone()).len() as i64) == 3 {
                u19 = (opt(&(a))? + (d * d));
            } else {
                u19 = (if (a.clone()).len() % 2 == 0 { opt(&a)? } else { t("t20", d) });
            }
            None
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let e = 'b1: {
                let P { a: a, b: d } = P { a: (yield_!([r.clone(), r.clone()].concat()).len() as i64), b: format!("{}-{}", (r), T("k2").len()) };
                yield_!(String::from("hello"));
                if t("t3", cap.id()) < 0 {
                    break 'b1 Acc::new(Acc::new(a).add(3).add(a).get()).add((P { a: 1, b: d }).sum()).add(cap.lock()).get();
                }
                cap.id()
            };
            match t("t4", (if ((String::from("four")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { Acc::new(e).add(1).add(e).get() } else { t("t5", cap.try_send(3)) })) {
                0 => {
                    let a = T::take(cap);
                    let mut fuel6 = 0;
                    let e = 'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 3 {
                            break 'l6 f3(T("k7").len(), t("t8", String::from("four")), Acc::new(e).add(0).add(a).get());
                        }
                        let a = keep(keep(T("v10"), 1), 9).take();
                        r = t("t11", String::from("x"));
                        r = [yield_!(i2s(a)), format!("{}-{}", r, Acc::new(e).add(a).add(3).get())].concat();
                    };
                }
                n if n > 5 => {
                    let Some(c) = opt(&([(if cap.borrow() >= 1 { String::from("xyz") } else { String::from("ab") }), format!("{}-{}", (String::from("ab")), n)].concat())) else {
                        return None;
                    };
                    if !((String::from("four")).len() % 2 == 0) {
                        panic!("p12");
                    }
                }
                _ => {
                    let mut fuel15 = 0;
                    let c = 'l15: loop {
                        fuel15 += 1;
                        if fuel15 > 2 {
                            break 'l15 T("k16").into_n();
                        }
                        let f = [(if ((String::from("x")).len() % 2 == 0 && e == 1) { i2s(e) } else { yield_!(String::from("ab")) }), yield_!(format!("{}-{}", (String::from("")), 5))].concat();
                        let f = T("v17");
                    };
                    let Some(d) = opt(&(yield_!(i2s(e)))) else {
                        panic!("p18");
                    };
                }
            }
            'b19: {
                 {
                    yield_!(format!("{}-{}", (String::from("")), 3));
                }
                yield_!(i2s((0 + 4)));
                if !(((String::from("")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) {
                    break 'b19;
                }
            }
            yield_!((if (String::from("four")).len() % 2 == 0 { [String::from(""), String::from("x")].concat() } else { format!("{}-{}", (String::from("four")), e) }));
            let mut fuel20 = 0;
            'l20: loop {
                fuel20 += 1;
                if fuel20 > 1 {
                    break 'l20;
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
mod p285 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(format!("{}-{}", (r), f3(1, String::from("xyz"), cap.borrow())));
            if !((((String::from("hello")).len() % 2 == 0 && cap.id() == 1) && ((String::from("xyz")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0))) {
                let mut fuel1 = 0;
                'l1: while fuel1 < 1 && T("k2").len() > 1 {
                    fuel1 += 1;
                    let a: i64 = (match f3(f3(cap.try_send(3), String::from("hello"), 4), yield_!(String::from("xyz")), T("k3").len()) { 0 => T("k4").into_n(), n if n > 5 => n + 1, _ => T::take(keep(T("v6"), 5)) });
                    r = [(if ((String::from("hello")).len() % 2 == 0 && cap.len() < 0) { t("t7", String::from("x")) } else { yield_!(String::from("xyz")) }), t("t8", yield_!(String::from("x")))].concat();
                    if (yield_!(r.clone())).len() % 2 == 0 {
                        break 'l1;
                    }
                    let e = String::from("four");
                }
            }
            Ok((yield_!(format!("{}-{}", (String::from("")), 0)).len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if r.is_empty() {
                u1 = (yield_!(i2s((r.len() as i64))).len() as i64);
            } else {
                u1 = (P { a: f3(cap.try_send(1), r.clone(), T::id(&cap)), b: t("t2", r) }).sum();
            }
            if ((if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("") })).len() % 2 == 0 {
                return (if (u1 == 4 || (String::from("ab")).len() % 2 == 0) { t("t3", 5) } else { (cap.len() - cap.try_send(2)) });
            }
            yield_!(t("t4", [String::from("hello"), String::from("x")].concat()));
            'l5: for w in T("k6").items() {
                let P { a: f, b: a } = P { a: w, b: i2s((if (String::from("x")).len() % 2 == 0 { f3(4, String::from("hello"), 1) } else { f3(T::id(&cap), String::from("hello"), u1) })) };
                'b7: {
                    let mut e = yield_!([a, i2s(1)].concat());
                    let b = keep(T("v8"), T("k9").id());
                    let a = (if !(!((e).len() % 2 == 0)) { [[String::from("xyz"), String::from("ab")].concat(), (if 3 != 5 { String::from("hello") } else { String::from("ab") })].concat() } else { format!("{}-{}", (String::from("ab")), T::take(keep(T("v11"), 10))) });
                    if !(b.borrow() == 1) {
                        break 'b7;
                    }
                }
            }
            yield_!(i2s(u1));
            if let Some(n) = T("k12").opt() {
                let mut fuel13 = 0;
                'l13: while fuel13 < 1 && !((String::from("xyz")).is_empty()) {
                    fuel13 += 1;
                    let a: String = t("t14", String::from("x"));
                    let mut d: i64 = cap.try_send(0);
                    let b = keep(T("v15"), (a.len() as i64));
                    let (mut c, f) = (T("v16"), b.into_n());
                }
                let mut fuel17 = 0;
                let c = 'l17: loop {
                    fuel17 += 1;
                    if fuel17 > 3 {
                        break 'l17 (match T("k18").len() { 0 => f3(cap.len(), String::from("four"), T::id(&cap)), n if n > 3 => n + 1, _ => cap.try_send(4) });
                    }
                    let [d, _, _] = [(P { a: t("t19", (if (String::from("")).len() % 2 == 0 { u1 } else { u1 })), b: [yield_!(String::from("hello")), t("t20", String::from("x"))].concat() }).sum(), 3, (yield_!(format!("{}-{}", (String::from("four")), (if u1 != 3 { u1 } else { 3 }))).len() as i64)];
                    let [e, _, _] = [(if !(cap.id() > 3) { (match d { 0 => t("t21", cap.try_send(3)), n if n > 0 => n + 1, _ => t("t22", u1) }) } else { u1 }), n, ((yield_!(format!("{}-{}", (String::from("")), 2)).len() as i64) * cap.borrow())];
                };
            } else {
                let mut fuel23 = 0;
                let d = 'l23: loop {
                    fuel23 += 1;
                    if fuel23 > 2 {
                        break 'l23 T("k24").into_n();
                    }
                    if ((String::from("four")).len() % 2 == 0 || (String::from("ab")).is_empty()) {
                        panic!("p25");
                    }
                    let d = T("v26");
                };
            }
            u1
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
            let Some(e) = opt(&r) else {
                return cap.into_n();
            };
            let b = 'b1: {
                match T("k2").len() {
                    0 => {
                        if (((e <= 3 || e != 1) || r.len() % 2 == 0) && !((4 != 2 || e == 1))) {
                            consume(keep(T("v3"), (if r.is_empty() { e } else { (0 + e) })));
                        }
                    }
                    n if n > 0 => {
                        let e: i64 = (r.len() as i64);
                    }
                    n => {
                        yield_!([i2s((r.len() as i64)), [r, String::from("hello")].concat()].concat());
                        let mut b: String = [i2s(T("k4").into_n()), yield_!(format!("{}-{}", (String::from("")), n))].concat();
                    }
                }
                if f3(e, i2s(e), (match e { 0 => e, n if n > 4 => n + 1, _ => 2 })) != 5 {
                    break 'b1 t("t5", (if e == 0 { e } else { 2 }));
                }
                match opt(&(yield_!(i2s(2)))) {
                    Some(n) if n < 0 => {
                        yield_!((if (n < 1 || e <= 0) { String::from("hello") } else { format!("{}-{}", (String::from("")), n) }));
                        r = [format!("{}-{}", (String::from("")), T("k6").len()), yield_!(String::from("hello"))].concat();
                        'l7: for w in 0..cap3((if !(e != 1) { f3(e, String::from("x"), n) } else { t("t8", 4) })) {
                            let f = keep(T("v9"), T("k10").into_n());
                            r = [yield_!(String::from("")), i2s(w)].concat();
                            yield_!(t("t11", String::from("xyz")));
                            let mut a = f.into_n();
                        }
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
                if ((e >= 4 || (String::from("xyz")).len() % 2 == 0) || (String::from("")).is_empty()) {
                    break 'b1 (Acc::new(e).add(e).add(e).get() + (P { a: 1, b: String::from("") }).sum());
                }
                1
            };
            (if ((String::from("")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) { (P { a: 2, b: String::from("hello") }).sum() } else { Some(T("k12")).unwrap().id() })
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!(format!("{}-{}", (String::from("xyz")), (if (r.len() as i64) == 2 { cap.id() } else { 2 })));
            'l1: for w in T("k2").items() {
                 {
                     {
                        yield_!(r.clone());
                        drop(keep(T("v3"), 1));
                        yield_!([[String::from("ab"), String::from("x")].concat(), (if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
                    }
                    r = (if (!((r.clone()).len() % 2 == 0) && (w >= 5 || (String::from("xyz")).len() % 2 == 0)) { r.clone() } else { i2s(f3(T::id(&cap), r.clone(), 3)) });
                    'l4: for w in T("k5").items() {
                        r = yield_!(format!("{}-{}", (String::from("")), (match w { 0 => w, n if n > 3 => n + 1, _ => 0 })));
                        yield_!((if r.is_empty() { [r.clone(), String::from("four")].concat() } else { i2s(2) }));
                    }
                }
                let u6: i64;
                if ((match (r.len() as i64) { 0 => cap.try_send(2), n if n > 4 => n + 1, _ => w }) < 1 || w != 1) {
                    u6 = Acc::new(5).add((r.len() as i64)).add(f3((r.len() as i64), r.clone(), cap.len())).get();
                } else {
                    u6 = Acc::new(res(&r)?).add((match w { 0 => 4, n if n > 2 => n + 1, _ => w })).add(res(&r)?).get();
                }
            }
            if let Some(n) = opt(&r) && n > 2 {
                yield_!(r.clone());
                let c: i64 = 0;
                match T("k7").len() {
                    0 => {
                    }
                    n if n > 1 => {
                    }
                    n => {
                    }
                }
            } else if !((String::from("ab")).is_empty()) {
            } else {
            }
            Ok(cap.lock())
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
            if (t("t1", cap.try_send(1)) == 0 || r.len() % 2 == 0) {
                panic!("p2");
            }
            consume(T("v3"));
            let mut b = T::take(keep(T("v5"), 4));
            consume(keep(T("v6"), (r.len() as i64)));
            if let Some(n) = opt(&(i2s(Acc::new(b).add(1).add(b).get()))) {
                let mut fuel7 = 0;
                'l7: while fuel7 < 1 && b == 0 {
                    fuel7 += 1;
                    let [d, _, _] = [(if (r.len() % 2 == 0 && b >= 4) { (if (n >= 3 || cap.lock() != 3) { Acc::new(3).add(n).add(n).get() } else { (n + b) }) } else { (t("t8", b) - (if (String::from("hello")).len() % 2 == 0 { 0 } else { (r.len() as i64) })) }), 0, keep(keep(T("v10"), T::take(keep(T("v12"), 11))), 9).take()];
                }
            } else if !(!(b == 2)) {
            } else {
            }
            yield_!(String::from("end"));
            b
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
            r = String::from("four");
            let mut e = keep(T("v1"), t("t2", t("t3", (r.len() as i64))));
            let b = T("v4");
            yield_!((if !(r.len() % 2 == 0) { r } else { r }));
            'l5: for w in T("k6").items() {
                let u7: i64;
                if (t("t8", String::from(""))).len() % 2 == 0 {
                    u7 = f3((P { a: 0, b: String::from("ab") }).sum(), yield_!(String::from("hello")), T("k9").len());
                } else {
                    u7 = (if b.id() < 1 { t("t10", w) } else { T::id(&e) });
                }
                yield_!(format!("{}-{}", (String::from("xyz")), (u7 - 1)));
                if f3((P { a: w, b: String::from("four") }).sum(), t("t11", String::from("xyz")), f3(u7, String::from("ab"), u7)) >= 4 {
                    break 'l5;
                }
            }
            let [b, _, _] = [f3((if (String::from("four")).len() % 2 == 0 { (cap.len() * cap.len()) } else { f3(4, String::from("four"), b.try_send(3)) }), yield_!([String::from("xyz"), String::from("hello")].concat()), cap.into_n()), (if (String::from("four")).len() % 2 == 0 { f3((match b.lock() { 0 => e.lock(), n if n > 1 => n + 1, _ => T::id(&e) }), String::from("x"), (P { a: b.borrow(), b: String::from("xyz") }).sum()) } else { keep(T("v13"), 12).take() }), ((yield_!((if (String::from("x")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") })).len() as i64) + f3(b.into_n(), yield_!(String::from("hello")), t("t14", e.try_send(3))))];
            if (format!("{}-{}", (String::from("x")), b)).len() % 2 == 0 {
                panic!("p15");
            }
            let u16: i64;
            if b > 5 {
                u16 = 4;
            } else {
                u16 = T("k17").into_n();
            }
            let mut d = [String::from("x"), format!("{}-{}", (String::from("hello")), (P { a: b, b: String::from("x") }).sum())].concat();
            match opt(&(yield_!(t("t18", String::from("x"))))) {
                Some(n) if n < 5 => {
                    let mut fuel19 = Vec::from([(P { a: Some(T("k20")).unwrap().id(), b: i2s(n) }).sum(), T("k21").id()]);
                    'l19: while let Some(w) = fuel19.pop() {
                        if (!(d.len() % 2 == 0) && !((d.clone()).is_empty())) {
                            panic!("p22");
                        }
                        e = T("v23");
                    }
                    let Some(c) = opt(&([format!("{}-{}", (d.clone()), u16), d].concat())) else {
                        panic!("p24");
                    };
                    let mut fuel25 = 0;
                    'l25: while fuel25 < 3 && (String::from("xyz")).len() % 2 == 0 {
                        fuel25 += 1;
                        if e.try_send(0) != 4 {
                            continue 'l25;
                        }
                        d = [(if u16 != 2 { format!("{}-{}", (String::from("")), 4) } else { format!("{}-{}", (String::from("xyz")), u16) }), [yield_!(String::from("ab")), String::from("")].concat()].concat();
                    }
                }
                Some(n) => {
                    let Some(a) = opt(&(yield_!(i2s(u16)))) else {
                        panic!("p26");
                    };
                    let P { a: c, b: a } = P { a: e.into_n(), b: String::from("") };
                }
                None => {
                    let mut c = e;
                }
            }
            (yield_!(format!("{}-{}", (String::from("xyz")), 5)).len() as i64)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            let Some(c) = opt(&(t("t2", (if r.len() % 2 == 0 { r } else { r })))) else {
                return Some(4);
            };
            'l3: for w in [String::from("four"), yield_!([String::from("hello"), String::from("xyz")].concat())] {
                'l4: for w in 0..cap3((if w.is_empty() { c } else { (yield_!(String::from("")).len() as i64) })) {
                    r = yield_!(i2s(Acc::new(cap.try_send(4)).add(cap.id()).add(3).get()));
                    consume(T("v5"));
                }
            }
            Some(T::take(keep(T("v7"), 6)))
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
            if let Some(n) = opt(&r) && n > 5 {
                let u1: i64;
                if (match n { 0 => n, n if n > 1 => n + 1, _ => t("t2", 5) }) <= 2 {
                    u1 = Acc::new(t("t3", n)).add(f3(n, r, n)).add((cap.try_send(0) + 1)).get();
                } else {
                    u1 = (if T::id(&cap) < 5 { (2 * 0) } else { (yield_!(String::from("ab")).len() as i64) });
                }
            } else if (!((String::from("x")).len() % 2 == 0) || (r.len() % 2 == 0 && (r.len() as i64) > 0)) {
                consume(keep(T("v4"), cap.borrow()));
                let [e, _, _] = [(match T::take(keep(cap, 5)) { 0 => T::take(keep(T("v7"), 6)), n if n > 0 => n + 1, _ => (match t("t8", (r.len() as i64)) { 0 => (if (r.len() as i64) >= 1 { 4 } else { 4 }), n if n > 1 => n + 1, _ => opt(&r)? }) }), t("t9", opt(&r)?), (match ((r.len() as i64) * (r.len() as i64)) { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => (P { a: (r.len() as i64), b: (if (r.len() as i64) < 2 { r } else { r.clone() }) }).sum() })];
            } else if ((4 != 0 || 2 == 2) && cap.try_send(0) < 0) {
                let Some(e) = opt(&r) else {
                    return None;
                };
                let mut fuel10 = Vec::from([(if T::id(&cap) < 2 { t("t11", e) } else { (r.len() as i64) }), (opt(&(r))? + T::id(&cap))]);
                'l10: while let Some(w) = fuel10.pop() {
                    r = yield_!(t("t12", [String::from("x"), String::from("xyz")].concat()));
                    yield_!((if e != 5 { r.clone() } else { i2s(T::id(&cap)) }));
                    let mut e = t("t13", [format!("{}-{}", r, (r.len() as i64)), yield_!(String::from("hello"))].concat());
                }
                'b14: {
                    let u15: i64;
                    if (format!("{}-{}", (String::from("hello")), 3)).len() % 2 == 0 {
                        u15 = (match (match e { 0 => e, n if n > 1 => n + 1, _ => e }) { 0 => t("t16", 5), n if n > 1 => n + 1, _ => 1 });
                    } else {
                        u15 = opt(&(String::from("")))?;
                    }
                    yield_!((if e == 5 { t("t17", String::from("x")) } else { [String::from("xyz"), String::from("ab")].concat() }));
                    if !(!((String::from("ab")).len() % 2 == 0)) {
                        break 'b14;
                    }
                }
            }
            let [f, _, _] = [3, Acc::new((T("k18").id() + f3(3, String::from("x"), 3))).add((match T("k19").into_n() { 0 => 4, n if n > 3 => n + 1, _ => keep(T("v21"), 20).take() })).add((opt(&(String::from("hello")))? - opt(&(String::from("x")))?)).get(), f3((if (1 < 4 || 4 <= 1) { T::take(keep(T("v23"), 22)) } else { T::take(keep(T("v25"), 24)) }), String::from("xyz"), t("t26", Acc::new(0).add(4).add(0).get()))];
            let mut fuel27 = 0;
            'l27: loop {
                fuel27 += 1;
                if fuel27 > 1 {
                    break 'l27;
                }
            }
            Some((P { a: f, b: t("t28", String::from("x")) }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            consume(cap);
            r = yield_!(t("t1", String::from("hello")));
            if r.is_empty() {
                let a = 'b2: {
                    drop(T("v3"));
                    yield_!([(if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("four") }), i2s(0)].concat());
                    if (3 * 1) == 0 {
                        break 'b2 (f3(3, String::from("four"), 0) + f3(3, String::from("four"), 2));
                    }
                    t("t4", Some(T("k5")).unwrap().id())
                };
            } else if (r).len() % 2 == 0 {
                consume(T("v6"));
            }
            yield_!(String::from("xyz"));
            'l7: for w in [i2s(T::take(keep(T("v9"), 8))), [format!("{}-{}", (String::from("ab")), 3), i2s(4)].concat()] {
            }
            Ok(res(&(String::from("four")))?)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = opt(&r) {
                let [d, _, _] = [f3((yield_!(r).len() as i64), [yield_!(String::from("four")), t("t1", String::from(""))].concat(), n), T("k2").into_n(), (yield_!(String::from("four")).len() as i64)];
            }
            yield_!(i2s(T::take(keep(T("v4"), 3))));
            'l5: for w in [[i2s(cap.len()), t("t6", String::from("ab"))].concat(), format!("{}-{}", (String::from("xyz")), Some(T("k7")).unwrap().id())] {
                let Some(f) = opt(&(yield_!(w))) else {
                    break 'l5;
                };
                'l8: for w in [yield_!([String::from("hello"), String::from("x")].concat()), String::from("xyz")] {
                    if ((((w.clone()).len() % 2 == 0 && f >= 3) || f == 3) && (1 * (w.len() as i64)) <= 5) {
                        return Ok(t("t9", (P { a: (w.len() as i64), b: w }).sum()));
                    }
                    r = (if ((f > 2 || cap.id() >= 1) || (f == 3 && f == 1)) { format!("{}-{}", (String::from("hello")), keep(T("v11"), 10).take()) } else { t("t12", (if 4 == 3 { String::from("four") } else { String::from("hello") })) });
                    yield_!((if (f != 1 || f > 4) { i2s(f) } else { (if 0 < 1 { r.clone() } else { String::from("four") }) }));
                }
            }
            let mut f = keep(T("v13"), (if !((String::from("hello")).len() % 2 == 0) { (P { a: cap.id(), b: String::from("hello") }).sum() } else { (yield_!(String::from("four")).len() as i64) }));
            if (i2s(5)).len() % 2 == 0 {
                return Err(t("t14", yield_!(String::from(""))));
            }
            yield_!((if !((String::from("x")).len() % 2 == 0) { i2s(f.len()) } else { i2s(3) }));
            'l15: for w in T("k16").items() {
                let e: String = (if !(!(w >= 3)) { t("t17", yield_!(String::from("xyz"))) } else { yield_!(String::from("four")) });
            }
            Err(yield_!(String::from("")))
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
            let mut fuel1 = Vec::from([(match cap.into_n() { 0 => t("t2", 3), n if n > 1 => n + 1, _ => Acc::new((r.len() as i64)).add((r.len() as i64)).add(0).get() }), (T::take(keep(T("v4"), 3)) * (P { a: 0, b: r.clone() }).sum())]);
            'l1: while let Some(w) = fuel1.pop() {
                if let Some(n) = T("k5").opt() {
                    let c = n;
                    if !(((String::from("x")).len() % 2 == 0 && !(w > 4))) {
                        panic!("p6");
                    }
                    let e: i64 = w;
                }
                if !((r.clone()).is_empty()) {
                    panic!("p7");
                }
                'b8: {
                    yield_!(format!("{}-{}", (String::from("ab")), (r.len() as i64)));
                    let mut fuel9 = 0;
                    let d = 'l9: loop {
                        fuel9 += 1;
                        if fuel9 > 2 {
                            break 'l9 f3((if w < 5 { w } else { (r.len() as i64) }), t("t10", r.clone()), f3(5, String::from("four"), w));
                        }
                        let e: i64 = Acc::new((match (match w { 0 => w, n if n > 4 => n + 1, _ => (r.len() as i64) }) { 0 => 5, n if n > 0 => n + 1, _ => (if r.len() % 2 == 0 { (r.len() as i64) } else { w }) })).add(Acc::new((yield_!(r.clone()).len() as i64)).add(5).add(Acc::new((r.len() as i64)).add(4).add(5).get()).get()).add(w).get();
                        drop(T("v11"));
                        let (mut c, a) = (T("v12"), (if !((r.len() as i64) <= 1) { T::take(keep(T("v14"), 13)) } else { e }));
                    };
                    let mut fuel15 = Vec::from([(match t("t16", (r.len() as i64)) { 0 => f3((r.len() as i64), r.clone(), d), n if n > 3 => n + 1, _ => f3(w, r.clone(), d) }), T::take(keep(keep(T("v18"), w), 17))]);
                    'l15: while let Some(w) = fuel15.pop() {
                        yield_!([r.clone(), r.clone()].concat());
                        r = (if (r.clone()).is_empty() { format!("{}-{}", r, f3(d, r.clone(), d)) } else { String::from("hello") });
                    }
                    if t("t19", w) >= 5 {
                        break 'b8;
                    }
                }
                consume(T("v20"));
            }
            Err(r)
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
            if r.is_empty() {
                return Some(t("t1", (r.len() as i64)));
            }
            let mut b = (if !(!(r.len() % 2 == 0)) { (if (r.clone()).is_empty() { String::from("hello") } else { yield_!(String::from("four")) }) } else { (if (r).is_empty() { format!("{}-{}", (String::from("ab")), 5) } else { t("t2", String::from("x")) }) });
            yield_!(t("t3", i2s(T::id(&cap))));
            if !(f3((b.len() as i64), b, 2) > 1) {
                let f = T("v4");
                if ((if (String::from("")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })).len() % 2 == 0 {
                    panic!("p5");
                }
                drop(T("v6"));
            } else if (1 * 3) > 3 {
                'l7: for w in T("k8").items() {
                    yield_!([String::from("hello"), (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("x") })].concat());
                    let d = t("t9", String::from("x"));
                    if d.is_empty() {
                        return Some(w);
                    }
                }
            } else {
            }
            Some(4)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut c = String::from("hello");
            let [d, _, _] = [(match t("t1", t("t2", T::id(&cap))) { 0 => f3(cap.into_n(), r, (P { a: (c.len() as i64), b: c.clone() }).sum()), n if n > 3 => n + 1, _ => (match T("k3").into_n() { 0 => T("k4").into_n(), n if n > 1 => n + 1, _ => f3(5, c, 1) }) }), (match T::take(keep(keep(T("v6"), 3), 5)) { 0 => (P { a: T("k7").into_n(), b: (if 2 > 2 { String::from("x") } else { String::from("hello") }) }).sum(), n if n > 0 => n + 1, _ => Acc::new(Some(T("k8")).unwrap().id()).add((5 + 2)).add((P { a: 4, b: String::from("ab") }).sum()).get() }), (if (((String::from("xyz")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) || 0 >= 5) { t("t9", f3(5, String::from(""), 2)) } else { (P { a: opt(&(String::from("xyz")))?, b: [String::from("hello"), String::from("x")].concat() }).sum() })];
            let d = opt(&(yield_!(String::from("four"))))?;
            'b10: {
                consume(T("v11"));
                r = String::from("xyz");
                consume(T("v12"));
                if !(d <= 5) {
                    break 'b10;
                }
            }
            'l13: for w in T("k14").items() {
                let b = T("k15").len();
                let Some(a) = opt(&(t("t16", String::from("x")))) else {
                    panic!("p17");
                };
                if ([String::from("xyz"), String::from("four")].concat()).is_empty() {
                    panic!("p18");
                }
                let Some(a) = opt(&(yield_!(t("t19", String::from("xyz"))))) else {
                    return Some((if d != 0 { T("k20").len() } else { 1 }));
                };
            }
            let mut c: i64 = T::take(keep(T("v22"), 21));
            let a = 'b23: {
                let mut fuel24 = Vec::from([Acc::new((d - c)).add(opt(&(String::from("")))?).add(f3(0, String::from("four"), 3)).get(), T::take(keep(keep(T("v26"), d), 25))]);
                'l24: while let Some(w) = fuel24.pop() {
                }
                if (String::from("")).is_empty() {
                    break 'b23 keep(T("v28"), 27).take();
                }
                f3(Acc::new(c).add(d).add(c).get(), format!("{}-{}", (String::from("")), d), Acc::new(d).add(d).add(4).get())
            };
            Some((c * (P { a: c, b: String::from("hello") }).sum()))
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
            yield_!(format!("{}-{}", r, Acc::new(cap.try_send(1)).add(cap.borrow()).add((r.len() as i64)).get()));
            if (r).is_empty() {
                panic!("p1");
            }
            let mut e = cap;
            let [a, _, _] = [Some(T("k2")).unwrap().id(), e.into_n(), T("k3").len()];
            let mut fuel4 = 0;
            'l4: while fuel4 < 2 && ((a == 1 || (String::from("hello")).len() % 2 == 0) && ((String::from("four")).len() % 2 == 0 || a < 1)) {
                fuel4 += 1;
                'l5: for w in T("k6").items() {
                    yield_!(i2s(T::take(keep(T("v8"), 7))));
                    let b = T("v9");
                    consume(b);
                    e = T("v10");
                }
                 {
                    match T("k11").len() {
                        0 => {
                            let mut c: i64 = (yield_!(format!("{}-{}", (String::from("xyz")), 4)).len() as i64);
                            c = ((yield_!(i2s(2)).len() as i64) + t("t12", res(&(String::from("four")))?));
                            c += (if c >= 4 { (match (a + c) { 0 => f3(1, String::from("xyz"), 2), n if n > 3 => n + 1, _ => f3(3, String::from(""), c) }) } else { a });
                        }
                        n if n > 0 => {
                            let e: String = yield_!((if (String::from("x")).is_empty() { format!("{}-{}", (String::from("four")), a) } else { i2s(a) }));
                            drop(T("v13"));
                            yield_!(i2s(n));
                        }
                        n => {
                            yield_!(String::from("four"));
                        }
                    }
                    'l14: for w in T("k15").items() {
                    }
                }
            }
            Ok(a)
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
            'l1: for w in [format!("{}-{}", (r), (match T::id(&cap) { 0 => cap.len(), n if n > 1 => n + 1, _ => 0 })), (if ((String::from("hello")).len() % 2 == 0 || cap.len() >= 0) { yield_!(String::from("four")) } else { t("t2", String::from("xyz")) })] {
                if let Some(n) = opt(&w) && n > 3 {
                    let mut c = (yield_!(t("t3", [String::from("ab"), String::from("hello")].concat())).len() as i64);
                    c += t("t4", t("t5", (P { a: cap.lock(), b: String::from("") }).sum()));
                    yield_!(t("t6", i2s(T::id(&cap))));
                } else if (w).is_empty() {
                    yield_!((if (String::from("hello")).is_empty() { format!("{}-{}", (String::from("ab")), 2) } else { (if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("hello") }) }));
                    let e = (if (String::from("x")).len() % 2 == 0 { yield_!([String::from(""), String::from("four")].concat()) } else { yield_!(format!("{}-{}", (String::from("")), cap.lock())) });
                    let P { a: a, b: c } = P { a: (yield_!(String::from("ab")).len() as i64), b: yield_!(i2s(opt(&e)?)) };
                } else {
                    let b = T("v7");
                }
                yield_!(i2s((if (String::from("xyz")).len() % 2 == 0 { 2 } else { cap.len() })));
                consume(keep(T("v8"), Acc::new((cap.lock() * cap.len())).add((if (String::from("xyz")).len() % 2 == 0 { cap.lock() } else { 1 })).add(opt(&(String::from("ab")))?).get()));
            }
            Some((f3(4, String::from("hello"), cap.try_send(1)) + 4))
        });
        drive(co, inputs);
    }
    take_log()
}
}

/// (program, inputs per run, native trace per run, possibly-moved tracked names)
#[rustfmt::skip]
const CASES: &[difftest::harness::CorpusCase] = &[
    (p000::run, &[&["x", "", "x"], &["ab", "", "ab", "xyz", "xyz", "xyz"], &["", "xyz", "hello", "xyz", "", "x", ""]], &[&["Y \"x\"", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab\"", "Y \"ab\"", "Y \"2\"", "send cap 1", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "Y \"ab\"", "drop cap", "R Err(\"xyz\")", "<drop coroutine>"], &["Y \"\"", "Y \"\"", "Y \"0\"", "send cap 1", "keep v6 5", "take v6", "drop v6", "Y \"x\"", "Y \"xyz\"", "t8", "drop cap", "R Err(\"x-0\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p001::run, &[&["hello"], &["hello", "x", "hello", "", "hello", "xyz"], &["xyz", "hello", "four", "x", "x", "hello"]], &[&["send cap 5", "drop cap", "R Err(\"long xyz\")", "<drop coroutine>"], &["send cap 5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p002::run, &[&["", "hello", "xyz", "four", "four", "ab", "ab", "xyz"], &["xyz", "four", "xyz", "hello", "four", "", "", "hello"], &["hello", "xyz", "", "x"]], &[&["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 7 \"\" 2", "drop k2", "Y \"\"", "into cap", "drop cap", "acc 8", "add 2", "add 9", "drop k6", "drop k4", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 10 \"xyz\" 2", "drop k2", "Y \"xyz\"", "into cap", "drop cap", "acc 8", "add 2", "add 15", "Y \"\"", "Y \"25\"", "Y \"four\"", "Y \"\"", "drop k4", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 12 \"hello\" 2", "drop k2", "Y \"hello\"", "into cap", "drop cap", "acc 8", "add 2", "add 19", "drop k6", "drop k4", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p003::run, &[&["xyz", "xyz", "ab", "", "hello", "xyz"], &["xyz", "xyz", "ab", "hello", "hello", "ab"], &["hello", "x", "x", "xyz"]], &[&["lock v1", "t3", "send v1 5", "keep v4 5", "lock v1", "keep v4 2", "consume v4", "drop v4", "drop v1", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock v1", "t3", "send v1 5", "keep v4 5", "lock v1", "keep v4 2", "consume v4", "drop v4", "drop v1", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock v1", "t3", "send v1 5", "keep v4 5", "lock v1", "keep v4 2", "consume v4", "drop v4", "drop v1", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p004::run, &[&["xyz", "xyz", "", "", ""], &["", "four", "hello", "", "xyz"], &["four", "x", "ab", "xyz"]], &[&["take cap", "drop cap", "Y \"xyz\"", "t2", "acc 5", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "acc 3", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "t11", "Y \"xyzx\"", "t13", "Y \"-5fourx-5\"", "t14", "Y \"-3x-0-3\"", "t14", "t16", "Y \"helloab\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"\"", "t2", "acc 2", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "acc 4", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "t11", "Y \"x\"", "t13", "Y \"-5fourx-5\"", "t14", "Y \"-3x-0-3\"", "t14", "t16", "Y \"helloab\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"four\"", "t2", "acc 6", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "acc 1", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "t11", "Y \"fourx\"", "t13", "Y \"-5fourx-5\"", "t14", "Y \"-3x-0-3\"", "<drop coroutine>"]], &["cap"]),
    (p005::run, &[&["x", "four", "four", "x", "x", "hello", "xyz"], &["x", "ab", "four", "ab", "xyz"], &["x", "hello"]], &[&["drop v1", "keep v3 2", "take v3", "drop v3", "keep cap 4", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "keep cap 4", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "keep cap 4", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p006::run, &[&["hello", "hello", "", "xyz"], &["ab"], &["x", "x", "xyz", "hello"]], &[&["Y \"0\"", "Y \"hello\"", "t2", "Y \"\"", "drop v6", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "Y \"x\"", "t2", "Y \"\"", "drop v6", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p007::run, &[&["x", "x", "four", "ab", "ab", "x", "four"], &["ab", "hello", "four", "hello", "ab", "x", "hello", "ab"], &["x", "ab", "four", "hello", "four", "x", "hello"]], &[&["into cap", "drop cap", "f3 1 \"x\" 8", "f3 0 \"xyz\" 0", "drop k2", "acc 6", "t3", "add 4", "add 4", "t4", "t6", "Y \"\"", "t5", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "f3 2 \"ab\" 8", "f3 0 \"xyz\" 0", "drop k2", "acc 6", "t3", "add 4", "add 4", "t4", "t6", "Y \"\"", "t5", "R Some(13)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "f3 1 \"x\" 8", "f3 0 \"xyz\" 0", "drop k2", "acc 6", "t3", "add 4", "add 4", "t4", "t6", "Y \"\"", "t5", "Y \"hello\"", "drop v13", "drop v14", "drop v13", "drop v14", "Y \"ab\"", "Y \"hello\"", "drop v13", "drop v14", "drop v13", "drop v14", "Y \"ab\"", "Y \"hello\"", "drop v13", "drop v14", "drop v13", "drop v14", "Y \"ab\"", "<drop coroutine>"]], &["cap", "v15"]),
    (p008::run, &[&["hello", ""], &["ab", "", "hello", "ab"], &["ab", "ab", "xyz", "four", "x", "four", "", "x"]], &[&["into cap", "drop cap", "t2", "f3 5 \"5\" 3", "Y \"four\"", "Y \"hellohello\"", "<drop coroutine>"], &["into cap", "drop cap", "t2", "f3 2 \"2\" 3", "Y \"four\"", "Y \"helloab\"", "f3 6 \"four\" 5", "Y \"four\"", "Y \"hellofour\"", "<drop coroutine>"], &["into cap", "drop cap", "t2", "f3 2 \"2\" 3", "Y \"four\"", "Y \"helloab\"", "f3 6 \"four\" 5", "Y \"four\"", "consume v3", "drop v3", "f3 8 \"four\" 5", "Y \"xyz\"", "into k8", "drop k8", "acc 6", "add 1", "add 4", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p009::run, &[&["x", "x"], &["ab", "xyz", "four", "four", "ab", "four", "xyz", "ab"], &["four", "", "four", "x", "ab"]], &[&["Y \"x\"", "drop k1", "t9", "Y \"abfour\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "drop k1", "t9", "Y \"abfour\"", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "drop k1", "t9", "Y \"abfour\"", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p010::run, &[&["four", "ab", "x"], &["x", "x", "four", "ab"], &["xyz", "four", "hello", "", "x", "", "hello", "four"]], &[&["PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["acc 0", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["acc 0", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p011::run, &[&["x", "ab", "ab"], &["ab", "", "four", ""], &["xyz", "ab"]], &[&["drop cap", "f3 3 \"x\" 2", "keep v2 6", "drop v2", "drop k1", "Y \"\"", "Y \"ab\"", "t4", "acc 2", "add 2", "add 5", "f3 3 \"ab\" 9", "keep v3 14", "drop v3", "PANIC p5", "<drop coroutine>"], &["drop cap", "f3 3 \"ab\" 2", "keep v2 7", "drop v2", "drop k1", "Y \"\"", "Y \"ab\"", "t4", "acc 4", "add 4", "add 5", "f3 5 \"ab\" 13", "keep v3 20", "drop v3", "PANIC p5", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "f3 3 \"xyz\" 2", "keep v2 8", "drop v2", "drop k1", "Y \"\"", "Y \"ab\"", "<drop coroutine>"]], &["cap"]),
    (p012::run, &[&["four", "four", "x", "x", "hello", "four", "hello"], &["hello", "four", "four"], &["", "four", "hello", "four"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into k3", "drop k3", "acc 8", "t4", "add 1", "add 2", "drop k5", "Y \"hello\"", "drop cap", "R Err(\"long hellohello\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p013::run, &[&["hello", "xyz", "ab", "xyz", "xyz", "hello", "x", "four"], &["xyz", "four", "xyz", "ab", "xyz"], &["x", "xyz", "hello"]], &[&["send cap 3", "t9", "acc 5", "add 3", "add 3", "Y \"11\"", "acc 5", "add 3", "add 3", "Y \"11\"", "Y \"hellohello\"", "acc -3", "Y \"hello\"", "add 6", "Y \"hello\"", "add 11", "send cap 3", "t9", "acc 5", "add 3", "add 3", "Y \"11\"", "acc 5", "add 3", "add 3", "Y \"11\"", "Y \"hellohello\"", "<drop coroutine>", "drop k2", "drop cap"], &["send cap 3", "t9", "acc 3", "add 3", "add 3", "Y \"9\"", "acc 3", "add 3", "add 3", "Y \"9\"", "Y \"helloxyz\"", "acc -3", "Y \"hello\"", "add 6", "Y \"xyz\"", "<drop coroutine>", "drop k2", "drop cap"], &["send cap 3", "t9", "acc 1", "add 3", "add 3", "Y \"7\"", "acc 1", "add 3", "add 3", "Y \"7\"", "Y \"hellox\"", "<drop coroutine>", "drop k2", "drop cap"]], &[]),
    (p014::run, &[&["ab", "", "four", "", "x"], &["", ""], &["x", "ab"]], &[&["Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p015::run, &[&["ab", "x"], &["", "ab", "x", "four", "x"], &["", "x", "x"]], &[&["send cap 2", "Y \"ab\"", "drop v4", "send cap 2", "Y \"ab\"", "<drop coroutine>", "drop k3", "drop k1", "drop cap"], &["send cap 2", "Y \"ab\"", "drop v4", "send cap 2", "Y \"ab\"", "drop v4", "drop k3", "Y \"\"", "Y \"\"", "keep v5 1", "drop v5", "drop k1", "into k16", "drop k16", "drop cap", "R Some(8)", "<drop coroutine>"], &["send cap 2", "Y \"ab\"", "drop v4", "send cap 2", "Y \"ab\"", "drop v4", "drop k3", "Y \"\"", "<drop coroutine>", "drop k1", "drop cap"]], &["cap"]),
    (p016::run, &[&["", "xyz", "x", "four", "four", "x"], &["four", "four", "x"], &["x", "", "ab", "x", "xyz", "xyz", "four", ""]], &[&["send cap 3", "t3", "Y \"four\"", "keep v7 6", "take v7", "drop v7", "Y \"-7\"", "drop v8", "Y \"\"", "drop cap", "R Err(\"four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 3", "t3", "Y \"four\"", "keep v7 6", "take v7", "drop v7", "Y \"four-7\"", "drop v8", "keep v7 6", "take v7", "drop v7", "Y \"four-7\"", "<drop coroutine>", "drop cap"], &["send cap 3", "Y \"four\"", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "drop v8", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "drop v8", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "drop v8", "Y \"four\"", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "drop v8", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "drop v8", "keep v7 6", "take v7", "drop v7", "Y \"x-7\"", "<drop coroutine>", "drop cap"]], &[]),
    (p017::run, &[&["xyz", ""], &["x", "four", "ab", "four", "ab", "x", "four", "four"], &["four", "four", "", "ab"]], &[&["Y \"ab\"", "f3 1 \"xyz\" 3", "f3 3 \"\" 7", "keep v1 10", "drop v1", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "f3 1 \"x\" 1", "f3 3 \"four\" 3", "keep v1 10", "drop v1", "Y \"x\"", "Y \"x\"", "Y \"x\"", "drop k15", "Y \"x\"", "drop k15", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "f3 1 \"four\" 4", "f3 3 \"four\" 9", "keep v1 16", "drop v1", "Y \"x\"", "Y \"x\"", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p018::run, &[&["", "xyz"], &["hello", "hello", "x", "ab", "four"], &["hello", "x", "xyz"]], &[&["keep cap 1", "take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "t4", "keep v5 1", "consume v5", "drop v5", "Y \"x\"", "acc 2", "add 0", "add 0", "keep v9 8", "take v9", "drop v9", "acc 1", "add 0", "add 0", "keep v9 8", "take v9", "drop v9", "drop k7", "f3 0 \"x\" 0", "t16", "R Ok(1)", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "t4", "keep v5 11", "consume v5", "drop v5", "Y \"x\"", "acc 2", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "acc 1", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "drop k7", "f3 5 \"x\" 5", "t16", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "t4", "keep v5 11", "consume v5", "drop v5", "Y \"x\"", "acc 2", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "acc 1", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "drop k7", "f3 5 \"x\" 5", "t16", "R Ok(11)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p019::run, &[&["four", "ab", "hello", "ab", "ab", "ab", "four"], &["hello", "hello", "ab"], &["hello", "x", "", "ab", "hello", "four", "hello", "ab"]], &[&["send cap 5", "keep v2 0", "keep v2 1", "take v2", "drop v2", "acc 3", "add 21", "acc 4", "add 0", "add 7", "add 11", "drop k19", "t21", "Y \"hello\"", "Y \"\"", "Y \"\"", "Y \"x\"", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 5", "keep v2 0", "keep v2 1", "take v2", "drop v2", "acc 3", "add 21", "acc 4", "add 0", "add 7", "add 11", "drop k19", "t21", "Y \"hello\"", "Y \"\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["send cap 5", "keep v2 0", "keep v2 1", "take v2", "drop v2", "acc 3", "add 21", "acc 4", "add 0", "add 7", "add 11", "drop k19", "t21", "Y \"hello\"", "Y \"\"", "f3 35 \"\" 1", "t24", "Y \"\"", "Y \"x\"", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p020::run, &[&["four", "four", "hello", "four"], &["x", "", "xyz"], &["hello", "hello", "four", "x", "", "xyz"]], &[&["f3 0 \"four\" 2", "drop k3", "Y \"-3\"", "Y \"four\"", "keep v5 4", "take v5", "drop v5", "t6", "drop k7", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "drop k2", "drop k3", "Y \"2\"", "Y \"\"", "keep v5 4", "take v5", "drop v5", "t6", "drop k7", "drop cap", "R None", "<drop coroutine>"], &["send cap 2", "drop k2", "drop k3", "Y \"2\"", "Y \"hello\"", "keep v5 4", "take v5", "drop v5", "t6", "drop k7", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p021::run, &[&["xyz", "four", "x", "x", "xyz"], &["four"], &["four"]], &[&["consume v1", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "Y \"four-4\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "Y \"four-4\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p022::run, &[&["four", "x", "", "hello", "xyz", "", "xyz", "ab"], &["hello", "ab", "xyz", "x", "xyz"], &["ab", "ab", "ab", "xyz", "x"]], &[&["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p023::run, &[&["four", "x", "x", "", "x", "", "four"], &["x", "hello", "x", "hello", "x", "", "", "hello"], &["", "xyz", "", "xyz"]], &[&["Y \"four\"", "f3 3 \"four\" 3", "send cap 0", "f3 3 \"xyz\" 0", "acc 8", "add 6", "send cap 0", "acc 0", "add 4", "add 3", "add 7", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "f3 3 \"four\" 3", "send cap 0", "f3 3 \"xyz\" 0", "acc 8", "add 6", "send cap 0", "acc 0", "add 4", "add 3", "add 7", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "f3 3 \"four\" 3", "send cap 0", "f3 3 \"xyz\" 0", "acc 8", "add 6", "send cap 0", "acc 0", "add 4", "add 3", "add 7", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p024::run, &[&["xyz", "ab", "hello", "four", "hello"], &["", "four", "four", "four", "ab"], &["x", "xyz", "four", "x", "ab", ""]], &[&["consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "send cap 2", "Y \"end\"", "Y \"xyz\"", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "Y \"end\"", "Y \"\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "send cap 2", "Y \"end\"", "Y \"x\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p025::run, &[&["four", "", "", "hello", "ab", "four", "ab"], &["xyz", "x"], &["xyz", "xyz", ""]], &[&["t3", "Y \"four-2\"", "drop v4", "t3", "Y \"four-1\"", "drop v4", "drop k2", "keep v12 11", "take v12", "drop v12", "drop v13", "drop v13", "lock cap", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"xyz-2\"", "drop v4", "t3", "Y \"xyz-1\"", "<drop coroutine>", "drop k2", "drop cap"], &["t3", "Y \"xyz-2\"", "drop v4", "t3", "Y \"xyz-1\"", "drop v4", "drop k2", "keep v12 11", "take v12", "drop v12", "drop v13", "drop v13", "lock cap", "drop cap", "R 3", "<drop coroutine>"]], &[]),
    (p026::run, &[&["xyz", "hello", "xyz", "x", "ab", "four", "hello"], &["", ""], &["four"]], &[&["into cap", "drop cap", "t1", "f3 3 \"xyz\" 3", "Y \"ab\"", "Y \"0\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz\"", "Y \"1\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz\"", "Y \"2\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz\"", "<drop coroutine>", "drop k2"], &["into cap", "drop cap", "t1", "f3 0 \"\" 0", "Y \"ab\"", "drop k2", "t6", "f3 0 \"\" 8", "R Ok(8)", "<drop coroutine>"], &["into cap", "drop cap", "t1", "f3 4 \"four\" 4", "Y \"ab\"", "<drop coroutine>", "drop k2"]], &["cap"]),
    (p027::run, &[&["xyz", "xyz", "ab", "ab", "hello", "x", "ab", ""], &["four", "ab", "x", "xyz", "x", "ab", "ab", "xyz"], &["x", "four", "x", "x", "ab", "four", ""]], &[&["drop cap", "R Ok(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p028::run, &[&["hello", "ab", "four", "ab"], &["x", "xyz", "xyz"], &["hello", "four"]], &[&["t8", "acc 0", "acc 2", "add 3", "add 5", "add 10", "add 3", "drop cap", "R Some(13)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t8", "acc 0", "acc 2", "add 3", "add 5", "add 10", "add 3", "drop cap", "R Some(13)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t8", "acc 0", "acc 2", "add 3", "add 5", "add 10", "add 3", "drop cap", "R Some(13)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p029::run, &[&["ab", "ab"], &["hello", "four", "four", "xyz", "four", "xyz"], &["x", "", "four", "four"]], &[&["send cap 3", "t1", "send cap 4", "f3 7 \"x-2\" 6", "acc 2", "add 16", "add 0", "Y \"xyz\"", "t9", "Y \"\"", "<drop coroutine>", "drop k10", "drop k3", "drop cap"], &["send cap 3", "t1", "send cap 4", "f3 7 \"x-5\" 6", "acc 3", "t7", "add 3", "add 17", "Y \"xyz\"", "t8", "t9", "Y \"\"", "t13", "drop k10", "acc 3", "t7", "add 3", "add 17", "Y \"xyz\"", "t9", "Y \"\"", "t13", "drop k10", "drop k3", "drop cap", "R Err(\"long xyz-6\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 3", "t1", "send cap 4", "f3 7 \"x-1\" 6", "acc 3", "t7", "add 3", "add 17", "Y \"xyz\"", "t9", "Y \"\"", "t13", "drop k10", "acc 1", "add 16", "add 0", "Y \"xyz\"", "Y \"\"", "<drop coroutine>", "drop k3", "drop cap"]], &[]),
    (p030::run, &[&["xyz", "hello", "ab"], &["", "hello", "", "four", "ab"], &["", "hello"]], &[&["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "drop k2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "drop k2", "drop cap", "PANIC p3", "<drop coroutine>"]], &["cap"]),
    (p031::run, &[&["x", "hello"], &["xyz", "hello", "hello"], &["", "hello", "four", "x"]], &[&["lock cap", "acc 6", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"xyz\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["lock cap", "acc 6", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"xyz\"", "Y \"xyz\"", "t6", "Y \"four\"", "<drop coroutine>", "drop cap"], &["lock cap", "acc 6", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"xyz\"", "Y \"\"", "t6", "Y \"four\"", "lock cap", "lock cap", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p032::run, &[&["xyz", "xyz", "xyz"], &["x", "hello"], &["xyz", "x", "hello", "hello", "ab"]], &[&["drop k1", "t22", "t21", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "t22", "t21", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "t22", "t21", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p033::run, &[&["", "", "", "xyz", "four", "", "", "ab"], &["x", "xyz", "x", "ab"], &["", "four", "four"]], &[&["keep v2 1", "take v2", "drop v2", "keep v5 4", "take v5", "drop v5", "into cap", "drop cap", "Y \"four7\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "Y \"four-8\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "consume v15", "drop v15", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "keep v5 4", "take v5", "drop v5", "into cap", "drop cap", "Y \"four7\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 1", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "drop v14", "drop v6", "Y \"fourx-8\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 1", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "drop v14", "drop v6", "consume v15", "drop v15", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "keep v5 4", "take v5", "drop v5", "into cap", "drop cap", "Y \"four7\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "Y \"four-8\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "consume v15", "drop v15", "R Err(\"long four\")", "<drop coroutine>"]], &["cap"]),
    (p034::run, &[&["x", "ab", "x", "ab", "ab"], &["xyz", "x", "four"], &["ab", "ab", "", "four", "xyz", "hello", ""]], &[&["t1", "Y \"xyz\"", "drop cap", "keep v2 1", "f3 1 \"x\" 1", "keep v2 3", "Y \"ab\"", "f3 2 \"x\" 3", "keep v2 6", "drop k3", "Y \"four\"", "f3 2 \"\" 3", "t6", "t5", "Y \"\"", "t6", "t5", "Y \"\"", "<drop coroutine>", "drop v2"], &["t1", "Y \"xyz\"", "drop cap", "keep v2 3", "f3 3 \"xyz\" 3", "keep v2 9", "Y \"ab\"", "f3 6 \"four\" 3", "keep v2 13", "drop k3", "Y \"four\"", "<drop coroutine>", "drop v2"], &["t1", "Y \"xyz\"", "drop cap", "keep v2 2", "f3 2 \"ab\" 2", "keep v2 6", "Y \"ab\"", "f3 4 \"\" 3", "keep v2 7", "drop k3", "Y \"four\"", "f3 2 \"\" 3", "t6", "t5", "Y \"\"", "t6", "t5", "Y \"\"", "t6", "t5", "Y \"\"", "acc 3", "send v2 0", "add 0", "add 2", "t7", "drop v2", "R 4", "<drop coroutine>"]], &["cap"]),
    (p035::run, &[&[""], &["x"], &["four", "x", "hello"]], &[&["Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "drop k5", "keep v6 3", "t7", "Y \"xxyzhello\"", "Y \"xyz\"", "<drop coroutine>", "drop v6", "drop cap"]], &["cap", "v6"]),
    (p036::run, &[&["xyz", "x", ""], &["", "x", "xyz", "x"], &["four", "hello", "hello", "ab", "hello", "four", "xyz"]], &[&["send cap 4", "Y \"x\"", "Y \"xyz\"", "Y \"9\"", "<drop coroutine>", "drop cap"], &["send cap 4", "Y \"x\"", "Y \"\"", "Y \"9\"", "t4", "Y \"x\"", "<drop coroutine>", "drop cap"], &["send cap 4", "Y \"x\"", "Y \"four\"", "Y \"13\"", "t4", "t5", "f3 3 \"ab\" 13", "drop cap", "R Ok(18)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p037::run, &[&["hello", "x", "xyz"], &["xyz", "x", "four", "", "four"], &["hello"]], &[&["Y \"hello\"", "t1", "Y \"5\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "t1", "Y \"3\"", "Y \"xyz\"", "Y \"xyz\"", "lock cap", "f3 3 \"four\" 2", "keep v7 12", "drop v8", "drop v7", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p038::run, &[&["ab"], &["", "four", "x", "", "", "four", "four", "xyz"], &["ab", "ab", "", "four"]], &[&["drop cap", "PANIC p3", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p039::run, &[&["xyz", "hello", "four", "", "ab", "xyz", ""], &["ab", "xyz", "four", "four", "hello", "x", "ab"], &["", "", "", "four", "hello"]], &[&["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "keep cap 2", "drop cap", "R Err(\"long x-0\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "keep cap 0", "drop cap", "R Err(\"long x-0\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p040::run, &[&["hello", "xyz", "xyz"], &["x", "four", "xyz"], &["hello", "x"]], &[&["keep v2 1", "take v2", "drop v2", "acc 12", "add 5", "add 4", "consume v12", "drop v12", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "t18", "Y \"ab\"", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["keep v2 1", "take v2", "drop v2", "consume v12", "drop v12", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "t18", "Y \"ab\"", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["keep v2 1", "take v2", "drop v2", "acc 12", "add 5", "add 4", "consume v12", "drop v12", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "t18", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &["v25"]),
    (p041::run, &[&["hello", "ab", "ab", "ab", "ab", "four"], &["x", "xyz", "ab", "four", "x", "xyz", "hello", "hello"], &["x", "", "hello", "xyz"]], &[&["Y \"hello\"", "drop k9", "Y \"3\"", "Y \"hello-2\"", "drop v10", "Y \"3\"", "Y \"hello-2\"", "drop v10", "drop cap", "R Some(5)", "<drop coroutine>"], &["Y \"x\"", "drop k9", "Y \"3\"", "Y \"hello-2\"", "drop v10", "Y \"3\"", "Y \"hello-2\"", "drop v10", "drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "drop k9", "Y \"3\"", "Y \"hello-2\"", "drop v10", "Y \"3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p042::run, &[&["hello", "four", "", "four", "xyz", "hello", "x", "xyz"], &["", "xyz", "x"], &["xyz", "x", "four", "xyz"]], &[&["keep v5 4", "take v5", "drop v5", "keep cap 8", "Y \"1\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"x\"", "Y \"ab\"", "drop cap", "R 4", "<drop coroutine>"], &["keep v5 4", "take v5", "drop v5", "keep cap 8", "Y \"1\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p043::run, &[&["x", ""], &["x", "ab", "hello", "xyz"], &["xyz", "x", ""]], &[&["lock cap", "consume v1", "drop v1", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "consume v1", "drop v1", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "consume v1", "drop v1", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p044::run, &[&["", "x", "ab"], &["xyz", ""], &["x", ""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"\"", "f3 7 \"x\" 0", "Y \"hello\"", "t4", "drop k5", "drop cap", "R 3", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"xyz\"", "f3 7 \"\" 0", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"x\"", "f3 7 \"\" 0", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p045::run, &[&["ab", "hello", "four"], &["", "four", "four"], &["xyz", "", "x", "four", "", "hello", "four", "four"]], &[&["keep cap 1", "take cap", "drop cap", "f3 2 \"ab\" 2", "drop k3", "drop k2", "consume v7", "drop v7", "drop v8", "Y \"ab\"", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "f3 0 \"\" 2", "drop k3", "drop k2", "consume v7", "drop v7", "drop v8", "Y \"ab\"", "acc 1", "add 4", "add 0", "t13", "drop k14", "R Some(3)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "f3 3 \"xyz\" 2", "drop k3", "drop k2", "consume v7", "drop v7", "drop v8", "Y \"ab\"", "acc 1", "add 0", "add 0", "t13", "drop k14", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p046::run, &[&["hello", "xyz"], &["xyz", ""], &["x", "xyz", "x", "ab"]], &[&["into cap", "drop cap", "Y \"25\"", "Y \"1\"", "<drop coroutine>"], &["into cap", "drop cap", "Y \"23\"", "Y \"1\"", "<drop coroutine>"], &["into cap", "drop cap", "Y \"21\"", "Y \"1\"", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p047::run, &[&["", "", "x", "hello", "x"], &["ab", "hello", "hello", "", "hello"], &["x", "four", "xyz", "ab", "xyz", ""]], &[&["acc 0", "add 1", "add 3", "t2", "lock cap", "keep v9 8", "take v9", "drop v9", "drop k10", "drop k11", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 2", "add 1", "add 3", "t2", "lock cap", "keep v9 8", "take v9", "drop v9", "drop k10", "drop k11", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 1", "add 1", "add 3", "t2", "lock cap", "keep v9 8", "take v9", "drop v9", "drop k10", "drop k11", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v17"]),
    (p048::run, &[&["ab", "xyz", "hello", "xyz"], &["x", "ab"], &["", "", "x", "xyz", "four"]], &[&["keep v3 2", "take v3", "drop v3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["v7"]),
    (p049::run, &[&["xyz", "ab", "four"], &["ab", "hello"], &["hello", "ab", "xyz"]], &[&["drop k8", "t19", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k8", "t19", "drop cap", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k8", "t19", "drop cap", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p050::run, &[&["", "hello", "xyz"], &["ab", "", "four", "hello"], &["ab", "hello"]], &[&["Y \"hello\"", "keep v1 3", "into k2", "drop k2", "keep v1 8", "Y \"-0\"", "keep v1 3", "drop v1", "t5", "Y \"3\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "keep v1 3", "into k2", "drop k2", "keep v1 8", "Y \"ab-2\"", "keep v1 4", "drop v1", "t5", "Y \"ab3\"", "drop k28", "drop cap", "R 4", "<drop coroutine>"], &["Y \"hello\"", "keep v1 3", "into k2", "drop k2", "keep v1 8", "Y \"ab-2\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap"]),
    (p051::run, &[&["four", "four", "ab", "", "ab", "hello"], &["hello", "", "x", "", "xyz", "x", "four"], &["x", "ab", "hello", "xyz", "four", "x", "xyz", "four"]], &[&["Y \"four\"", "acc 0", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"x\"", "acc 1", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"x\"", "acc 2", "add 3", "add 3", "Y \"hello\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"four\"", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "acc 0", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"x\"", "acc 1", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"x\"", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p052::run, &[&["xyz", "x", "xyz", "x", "hello", "x", "x", "hello"], &["", "x", "hello"], &["ab", "hello", "ab", "xyz"]], &[&["into cap", "drop cap", "acc 2", "add 8", "add 8", "Y \"\"", "keep v7 6", "take v7", "drop v7", "t9", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "keep v3 2", "take v3", "drop v3", "acc 2", "add 7", "add 7", "Y \"\"", "keep v7 6", "take v7", "drop v7", "t9", "drop cap", "R None", "<drop coroutine>"], &["Y \"ab\"", "acc 2", "add 6", "add 6", "Y \"\"", "drop cap", "R Some(-7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p053::run, &[&["xyz", "hello", "xyz"], &["x", "x", "hello", "x", "four", "x", "hello"], &["xyz", "four", "xyz", "hello", "xyz"]], &[&["acc 3", "add 3", "add 0", "Y \"\"", "Y \"hello\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["acc 1", "add 1", "add 0", "Y \"\"", "Y \"hello\"", "Y \"hello\"", "Y \"x\"", "drop cap", "R Some(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 3", "add 3", "add 0", "Y \"\"", "Y \"hello\"", "Y \"hello\"", "Y \"xyz\"", "drop cap", "R Some(8)", "<drop coroutine>"]], &["cap"]),
    (p054::run, &[&["hello", "ab", "x", "four", "x", "ab"], &["four", "", "hello", "xyz"], &["four", "xyz", "", "hello", "hello", "x", "hello", "ab"]], &[&["f3 5 \"xyz\" 1", "acc 9", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 23", "drop v2", "Y \"xhello\"", "drop v4", "Y \"ab\"", "Y \"3\"", "drop v4", "Y \"hello\"", "Y \"3\"", "f3 5 \"xyz\" 1", "acc 9", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 23", "drop v2", "Y \"xhello\"", "<drop coroutine>", "drop cap"], &["f3 4 \"xyz\" 1", "acc 8", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 22", "drop v2", "Y \"xhello\"", "drop v4", "Y \"\"", "Y \"3\"", "drop v4", "Y \"four\"", "<drop coroutine>", "drop cap"], &["f3 4 \"xyz\" 1", "acc 8", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 22", "drop v2", "Y \"xhello\"", "drop v4", "Y \"xyz\"", "Y \"3\"", "drop v4", "Y \"four\"", "Y \"3\"", "f3 4 \"xyz\" 1", "acc 8", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 22", "drop v2", "Y \"xhello\"", "drop v4", "Y \"hello\"", "Y \"3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p055::run, &[&["ab", "x", "xyz", "hello"], &["four", "", "four", "x", "x", "x"], &["hello", "", "four", "x", "four", "ab", "xyz"]], &[&["drop v1", "keep v3 2", "take v3", "drop v3", "keep v11 10", "take v11", "drop v11", "t14", "Y \"5\"", "Y \"ab\"", "f3 0 \"xyzxyz\" 6", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "keep v11 10", "take v11", "drop v11", "t14", "Y \"5\"", "Y \"ab\"", "f3 0 \"xyzxyz\" 6", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "keep v11 10", "take v11", "drop v11", "t14", "Y \"5\"", "Y \"ab\"", "f3 0 \"xyzxyz\" 6", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p056::run, &[&["", "hello", "hello", "ab", ""], &["xyz", "xyz", "xyz", "xyz", "xyz", "ab"], &["ab", "four", "xyz"]], &[&["into cap", "drop cap", "Y \"hello\"", "Y \"\"", "t8", "t7", "drop k6", "drop k10", "t12", "t13", "Y \"\"", "drop k10", "t12", "t13", "Y \"\"", "t14", "Y \"ab\"", "<drop coroutine>"], &["into cap", "drop cap", "Y \"hello\"", "Y \"\"", "t8", "t7", "drop k6", "drop k10", "t12", "t13", "Y \"\"", "R Err(\"xyz-43\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "Y \"hello\"", "Y \"\"", "t8", "t7", "drop k6", "drop k10", "t12", "t13", "Y \"\"", "<drop coroutine>"]], &["cap"]),
    (p057::run, &[&["ab", "x", "xyz", "four", "hello", "ab"], &["four", "hello", "ab", "", "four", "", "hello", "hello"], &["four", "xyz"]], &[&["acc 2", "add 0", "add 0", "keep cap 2", "acc 1", "add 1", "add 2", "f3 5 \"ab\" 4", "keep cap 11", "t3", "Y \"ab\"", "drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 4", "add 0", "add 0", "keep cap 4", "acc 1", "add 1", "add 4", "f3 5 \"four\" 6", "keep cap 15", "t3", "Y \"four\"", "drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 4", "add 0", "add 0", "keep cap 4", "acc 1", "add 1", "add 4", "f3 5 \"four\" 6", "keep cap 15", "t3", "Y \"four\"", "drop k2", "drop cap", "PANIC p4", "<drop coroutine>"]], &["cap"]),
    (p058::run, &[&["x", "four", "xyz", "ab", "ab"], &["x", "ab", "hello"], &["hello", "x", ""]], &[&["drop cap", "t2", "keep v5 4", "take v5", "drop v5", "drop k3", "t8", "Y \"x\"", "acc 7", "add 7", "add 3", "Y \"four-1\"", "t9", "Y \"x\"", "Y \"17-1\"", "t9", "Y \"x\"", "<drop coroutine>"], &["drop cap", "t2", "keep v5 4", "take v5", "drop v5", "drop k3", "t8", "Y \"x\"", "acc 7", "add 7", "add 3", "Y \"ab-1\"", "t9", "Y \"x\"", "<drop coroutine>"], &["drop cap", "t2", "keep v5 4", "take v5", "drop v5", "drop k3", "t8", "Y \"hello\"", "acc 7", "add 7", "add 3", "Y \"x-6\"", "t9", "Y \"hello\"", "<drop coroutine>"]], &["cap"]),
    (p059::run, &[&["x", "", "ab", "ab", "x", "four", "ab"], &["x", "", "hello", "", "x", "hello", ""], &["ab", "x", "hello", "four", ""]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p060::run, &[&[""], &["four", "xyz", "", "four", "x"], &["x", "four", "", "four"]], &[&["t1", "drop cap", "R Ok(0)", "<drop coroutine>"], &["t1", "t3", "Y \"four-8-8\"", "t4", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t1", "t3", "Y \"x-5-5\"", "t4", "into k9", "drop k9", "f3 8 \"ab\" 2", "drop k11", "into cap", "drop cap", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p061::run, &[&["hello", "hello", "ab", ""], &["xyz", "hello", "x", "xyz", "four", "xyz", "ab", "x"], &["hello", "xyz", "ab", "ab", "xyz", "hello"]], &[&["drop k2", "Y \"four\"", "keep cap 4", "keep cap 2", "drop k4", "keep v5 2", "drop v5", "drop cap", "Y \"2\"", "t7", "keep v10 9", "take v10", "drop v10", "t8", "Y \"four\"", "t12", "acc 2", "add 1", "add 0", "drop v1", "R Ok(3)", "<drop coroutine>"], &["drop k2", "Y \"four\"", "keep cap 4", "keep cap 2", "drop k4", "keep v5 2", "drop v5", "drop cap", "Y \"2\"", "Y \"four\"", "drop v1", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "Y \"four\"", "keep cap 4", "keep cap 2", "drop k4", "keep v5 2", "drop v5", "drop cap", "Y \"2\"", "t7", "keep v10 9", "take v10", "drop v10", "t8", "Y \"four\"", "drop v1", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v1"]),
    (p062::run, &[&["x", "x", "x", ""], &["xyz", "hello", "hello", "hello", "x", "four", "xyz"], &["ab", "hello", "x", "hello", "four", "four"]], &[&["keep v2 3", "Y \"x\"", "keep v2 1", "keep v2 1", "take v2", "drop v2", "t3", "Y \"\"", "consume v4", "drop v4", "t5", "Y \"ab-1\"", "Y \"x-2\"", "<drop coroutine>", "drop k8", "drop cap"], &["keep v2 3", "Y \"xyz\"", "keep v2 5", "keep v2 1", "take v2", "drop v2", "t3", "Y \"\"", "consume v4", "drop v4", "t5", "Y \"ab-5\"", "Y \"xyz-2\"", "drop v11", "Y \"xyz-2\"", "drop v11", "drop k8", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 3", "Y \"ab\"", "keep v2 5", "keep v2 1", "take v2", "drop v2", "t3", "Y \"\"", "consume v4", "drop v4", "t5", "Y \"ab-1\"", "t10", "Y \"ab-2xyz\"", "drop v11", "t10", "Y \"ab-2xyz\"", "drop v11", "drop k8", "drop cap", "R Some(2)", "<drop coroutine>"]], &[]),
    (p063::run, &[&["hello", "xyz", "hello", "four"], &["x", "hello", "xyz", "x", "ab", "xyz"], &["four", "four", "xyz"]], &[&["t1", "Y \"xyz\"", "drop v7", "Y \"hellox-2hello\"", "acc 0", "f3 0 \"xyz\" 4", "add 7", "f3 1 \"four\" 3", "add 8", "drop v10", "drop k9", "drop k11", "consume v13", "drop v13", "drop v10", "drop k9", "drop k11", "consume v13", "drop v13", "take cap", "drop cap", "Y \"four\"", "R Ok(11)", "<drop coroutine>"], &["t1", "Y \"xyz\"", "drop v7", "Y \"xx--2hello\"", "acc 0", "f3 0 \"xyz\" 4", "add 7", "f3 1 \"four\" 3", "add 8", "drop v10", "drop k9", "drop k11", "consume v13", "drop v13", "drop v10", "drop k9", "drop k11", "consume v13", "drop v13", "take cap", "drop cap", "Y \"four\"", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"xyz\"", "Y \"x\"", "t4", "consume v5", "drop v5", "drop v3", "Y \"x\"", "<drop coroutine>", "drop v3", "drop cap"]], &["cap"]),
    (p064::run, &[&["x", "x", "hello", "ab"], &["hello", "xyz", "", "four", "four"], &["x"]], &[&["f3 4 \"x\" 4", "keep v3 6", "consume v3", "drop v3", "t5", "Y \"x\"", "t4", "Y \"ab\"", "acc 1", "add 1", "add 1", "acc 3", "add 1", "acc 4", "add 3", "add 3", "add 10", "keep v10 14", "drop v11", "drop v10", "lock cap", "keep v15 3", "keep v15 14", "take v15", "drop v15", "drop v1", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 4 \"hello\" 4", "keep v3 10", "consume v3", "drop v3", "t5", "Y \"hello\"", "t4", "Y \"ab\"", "acc 5", "add 3", "add 3", "acc 11", "add 3", "acc 4", "add 3", "add 3", "add 10", "keep v10 24", "drop v11", "drop v10", "lock cap", "keep v15 3", "keep v15 14", "take v15", "drop v15", "drop v1", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 4 \"x\" 4", "keep v3 6", "consume v3", "drop v3", "t5", "Y \"x\"", "<drop coroutine>", "drop v1", "drop cap"]], &[]),
    (p065::run, &[&["hello", "xyz", "hello", "x", "x", "xyz", "ab"], &["xyz", "four", "hello", "xyz", "", "ab"], &["xyz", "xyz", "x", "hello"]], &[&["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "keep v6 5", "take v6", "drop v6", "consume v8", "drop v8", "t10", "Y \"3four\"", "acc 3", "add 7", "add 3", "Y \"13\"", "keep v12 11", "take v12", "drop v12", "t13", "Y \"four\"", "f3 1 \"7\" 1", "t17", "Y \"xyz\"", "f3 3 \"hello\" 3", "keep v16 11", "drop k18", "acc 7", "add 2", "take v16", "drop v16", "add 7", "drop k22", "acc 3", "add 3", "add 3", "keep v24 23", "take v24", "drop v24", "acc 7", "t25", "add 7", "t26", "add 3", "drop v27", "acc 6", "add 3", "add 7", "Y \"four-0\"", "Y \"four-0\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"xyz\"", "keep v6 5", "take v6", "drop v6", "consume v8", "drop v8", "t10", "Y \"3four\"", "acc 3", "add 7", "add 3", "Y \"13\"", "keep v12 11", "take v12", "drop v12", "t13", "Y \"four\"", "f3 0 \"7\" 1", "t17", "Y \"xyz\"", "f3 2 \"hello\" 3", "keep v16 10", "drop k18", "acc 7", "add 2", "take v16", "drop v16", "add 7", "drop k22", "acc 2", "add 2", "add 2", "drop cap", "R 7", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"xyz\"", "keep v6 5", "take v6", "drop v6", "consume v8", "drop v8", "t10", "Y \"3four\"", "acc 3", "add 7", "add 3", "Y \"13\"", "keep v12 11", "take v12", "drop v12", "t13", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap", "v16"]),
    (p066::run, &[&["xyz", "ab", ""], &["xyz", "ab", "four", "ab", "x"], &["xyz", "hello", "x", "xyz"]], &[&["send cap 3", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "t5", "Y \"3\"", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "<drop coroutine>", "drop cap"], &["send cap 3", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "t5", "Y \"3\"", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "t5", "Y \"3\"", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "<drop coroutine>", "drop cap"], &["send cap 3", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "t5", "Y \"3\"", "keep v4 3", "take v4", "drop v4", "Y \"3\"", "t5", "Y \"3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p067::run, &[&["ab"], &["x", "four", "four", "ab"], &["", "ab", "four", "hello", "xyz", "x", "hello"]], &[&["drop v1", "drop cap", "PANIC p2", "<drop coroutine>"], &["drop v1", "t3", "Y \"four\"", "f3 4 \"xyz\" 4", "Y \"11\"", "Y \"hello\"", "t4", "drop cap", "R 12", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p068::run, &[&[""], &["four"], &["", "x", "hello", "hello", "ab", "hello", ""]], &[&["take cap", "drop cap", "Y \"7\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"7\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"7\"", "acc 5", "add 0", "add 4", "acc 10", "f3 1 \"xyz\" 0", "add 9", "add 4", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p069::run, &[&["x", "", "", "ab", "four", "four", "xyz"], &["four", "ab", "hello"], &["four", "four", "ab", "hello", "x", "", ""]], &[&["keep cap 2", "take cap", "drop cap", "consume v9", "drop v9", "Y \"x\"", "Y \"\"", "Y \"x\"", "drop k11", "R Some(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k8", "consume v9", "drop v9", "Y \"\"", "Y \"\"", "Y \"four\"", "<drop coroutine>", "drop k11", "drop cap"], &["drop k8", "consume v9", "drop v9", "Y \"\"", "Y \"\"", "Y \"four\"", "Y \"four-5\"", "drop k11", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p070::run, &[&["ab", "", "", "ab"], &["x", "x"], &["ab", "xyz", "", "x", "x", "ab", "x", "ab"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p071::run, &[&["four", "xyz", "xyz"], &[""], &["", "x", "ab"]], &[&["t2", "drop k4", "drop k4", "drop k3", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "drop k4", "drop k4", "drop k3", "into cap", "drop cap", "R Some(8)", "<drop coroutine>"], &["t2", "drop k4", "drop k4", "drop k3", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p072::run, &[&["hello"], &["", "four", "x"], &["hello"]], &[&["drop k3", "into cap", "drop cap", "t7", "into k9", "drop k9", "keep v11 10", "take v11", "drop v11", "drop k12", "f3 8 \"\" 4", "t18", "Y \"x\"", "<drop coroutine>"], &["drop k3", "into cap", "drop cap", "t7", "into k9", "drop k9", "keep v11 10", "take v11", "drop v11", "drop k12", "f3 8 \"\" 4", "t18", "Y \"x\"", "keep v20 19", "take v20", "drop v20", "f3 7 \"four\" 7", "R 18", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "into cap", "drop cap", "t7", "into k9", "drop k9", "keep v11 10", "take v11", "drop v11", "drop k12", "f3 8 \"\" 4", "t18", "Y \"x\"", "<drop coroutine>"]], &["cap"]),
    (p073::run, &[&["x"], &["", "ab", "xyz", "", "hello", "x", "xyz", "four"], &["four", "xyz", "hello", "x", "x", "x", "x"]], &[&["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "Y \"x\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "Y \"\"", "Y \"-0\"", "Y \"\"", "Y \"-0\"", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "Y \"four\"", "Y \"four-4four\"", "Y \"four\"", "Y \"four-4four\"", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p074::run, &[&["xyz", "xyz", "x", "four"], &["ab", "four", "hello", "hello", "hello", "four", "xyz", "xyz"], &["x", "", "ab", "four", "four", "hello", "hello"]], &[&["keep v1 7", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 3", "add 3", "add 5", "Y \"x-11\"", "t4", "Y \"xyzab\"", "into cap", "drop cap", "Y \"four\"", "t11", "Y \"xyz\"", "<drop coroutine>", "drop v1"], &["keep v1 6", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 2", "add 3", "add 5", "Y \"x-10\"", "t4", "Y \"xyzab\"", "t7", "Y \"four\"", "f3 0 \"x\" 2", "acc 3", "add 4", "lock v1", "add 2", "drop k16", "Y \"ab-9\"", "Y \"ab-2\"", "acc 2", "t18", "acc 0", "into k19", "drop k19", "add 8", "add 6", "add 14", "keep v21 20", "take v21", "drop v21", "add 7", "t22", "keep v23 23", "drop v23", "drop v1", "drop cap", "R 23", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v1 5", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 1", "add 3", "add 5", "Y \"x-9\"", "t4", "Y \"xyzab\"", "into cap", "drop cap", "Y \"four\"", "t11", "Y \"x\"", "keep v13 12", "take v13", "drop v13", "Y \"x-8\"", "f3 8 \"x\" 1", "acc 10", "add 4", "lock v1", "add 2", "drop k16", "Y \"x-16\"", "Y \"x-1\"", "<drop coroutine>", "drop v1"]], &["cap"]),
    (p075::run, &[&["", "ab", "", "", "xyz", "", "hello"], &["ab", "", "", "xyz"], &[""]], &[&["lock cap", "t2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "t2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "t2", "drop cap", "R None", "<drop coroutine>"]], &[]),
    (p076::run, &[&["ab", "four"], &["x", "", "xyz"], &["four", "ab", "x", "", "hello", "hello", "x"]], &[&["keep v13 12", "take v13", "drop v13", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop k2", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v13 12", "take v13", "drop v13", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p077::run, &[&["hello", "four", "xyz"], &["x", "four"], &["xyz", "xyz", "hello"]], &[&["acc 3", "add 5", "add 5", "Y \"13\"", "take cap", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 3", "add 1", "add 1", "Y \"5\"", "take cap", "drop cap", "PANIC p1", "<drop coroutine>"], &["acc 3", "add 3", "add 3", "Y \"9\"", "take cap", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v10"]),
    (p078::run, &[&["x", "hello"], &["x"], &["four", "x", "x", "xyz", "x", "xyz", "", "ab"]], &[&["t7", "Y \"xyz\"", "drop k2", "keep v9 8", "take v9", "drop v9", "t10", "drop v1", "R Ok(8)", "<drop coroutine>", "drop cap"], &["t7", "Y \"xyz\"", "<drop coroutine>", "drop k2", "drop v1", "drop cap"], &["t7", "Y \"xyz\"", "drop k2", "keep v9 8", "take v9", "drop v9", "t10", "drop v1", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p079::run, &[&["hello", "hello", ""], &["ab", "ab", "ab", "hello", "xyz", "", "four", "ab"], &["xyz", "x", "four", "", "ab", "ab", "xyz"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 2", "Y \"x\"", "drop k6", "Y \"x\"", "drop k6", "drop k4", "lock cap", "drop v2", "drop cap", "R -2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p080::run, &[&["", "ab", "ab", "xyz", "x"], &["ab", "ab"], &["hello", "hello", "four", "", "hello"]], &[&["Y \"\"", "keep v6 5", "take v6", "drop v6", "drop k8", "drop v1", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab\"", "keep v6 5", "take v6", "drop v6", "drop k8", "drop v1", "drop cap", "PANIC p9", "<drop coroutine>"], &["Y \"hello\"", "keep v6 5", "take v6", "drop v6", "drop k8", "drop v1", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p081::run, &[&["x", "xyz"], &["four", "x", "ab", "x"], &["x"]], &[&["Y \"x-2four\"", "Y \"xab\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"four-2four\"", "drop k2", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x-2four\"", "<drop coroutine>", "drop k2", "drop cap"]], &[]),
    (p082::run, &[&["xyz", "hello", "ab", "ab", "hello", "xyz"], &["x", "hello", "", "", "hello", "ab", "", "ab"], &["", "ab", "", "hello", "xyz", "ab", "four", "xyz"]], &[&["Y \"xyz-5\"", "drop k3", "t8", "drop v7", "Y \"xyz-5\"", "drop k3", "t8", "drop v7", "drop k2", "Y \"xyz\"", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x-5\"", "drop k3", "t8", "drop v7", "Y \"x-5\"", "drop k3", "t8", "drop v7", "drop k2", "Y \"x\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"-5\"", "drop k3", "t8", "drop v7", "Y \"-5\"", "drop k3", "t8", "drop v7", "drop k2", "Y \"\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v7"]),
    (p083::run, &[&["ab", "ab", "four", "xyz"], &["hello", "four", "", "ab", "hello", "ab", "hello"], &["ab", "xyz", "x", "xyz", "ab", "", "ab", "xyz"]], &[&["drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p084::run, &[&["", "hello", "", "", "hello", "four"], &["x", "xyz", "ab", "x", "ab"], &["x", "x", "ab", "", "four", "xyz", "ab", "x"]], &[&["f3 3 \"\" 3", "Y \"3\"", "t1", "Y \"-6hello\"", "t3", "t5", "t4", "drop v7", "Y \"four\"", "drop v7", "Y \"hello\"", "Y \"\"", "lock cap", "keep v17 3", "drop v17", "drop k15", "keep v17 3", "drop v17", "drop k15", "drop k14", "drop cap", "R 0", "<drop coroutine>"], &["f3 3 \"x\" 3", "Y \"3\"", "t1", "Y \"x-7xyz\"", "t3", "t5", "t4", "drop v7", "Y \"four\"", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 3 \"x\" 3", "Y \"3\"", "t1", "Y \"x-7x\"", "t3", "t5", "t4", "drop v7", "Y \"four\"", "drop v7", "Y \"hello\"", "Y \"\"", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p085::run, &[&["four", "", "hello", "ab"], &["xyz", "hello", "hello"], &["", "x", "xyz", "xyz"]], &[&["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["v9"]),
    (p086::run, &[&["four", "four", "", ""], &[""], &[""]], &[&["send cap 0", "Y \"four-0\"", "Y \"x-2\"", "Y \"hello\"", "drop k12", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["send cap 0", "Y \"-0\"", "<drop coroutine>", "drop cap"], &["send cap 0", "Y \"-0\"", "<drop coroutine>", "drop cap"]], &[]),
    (p087::run, &[&["ab", "xyz", "xyz"], &["four", "ab"], &["", "hello", "xyz", "ab", "hello", "x", "ab", "x"]], &[&["drop k1", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k1", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k1", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p088::run, &[&["four", "", "four", "four", "x", "xyz", "", "x"], &["ab", "xyz"], &["four", "x", "", "four", "", "x"]], &[&["drop k2", "into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p089::run, &[&["", "four", "ab"], &["x", "", "ab", "x", "", "", "x"], &["four", "xyz", "x", "x", "", "four", "", "four"]], &[&["Y \"x\"", "t3", "t2", "into k4", "drop k4", "t5", "t6", "Y \"-1\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["drop v8", "Y \"4\"", "t10", "Y \"xyz\"", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "t3", "t2", "Y \"xyzxyz\"", "into k4", "drop k4", "t5", "t6", "Y \"four-1\"", "Y \"x\"", "t3", "t2", "into k4", "drop k4", "t5", "t6", "Y \"four-1\"", "drop v8", "Y \"4\"", "t10", "Y \"xyz\"", "drop cap", "R 4", "<drop coroutine>"]], &["cap"]),
    (p090::run, &[&["four", "hello"], &["hello", "ab", "xyz", "ab", "hello", "ab", "xyz"], &["four", "four", "hello", "ab", "hello", "four", "four"]], &[&["drop k7", "Y \"xyz\"", "t8", "Y \"\"", "<drop coroutine>", "drop k5", "drop cap"], &["drop k7", "Y \"xyz\"", "t8", "Y \"\"", "t8", "Y \"\"", "Y \"3\"", "drop k7", "Y \"xyz\"", "t8", "Y \"\"", "t8", "Y \"\"", "<drop coroutine>", "drop k5", "drop cap"], &["drop k7", "Y \"xyz\"", "t8", "Y \"\"", "t8", "Y \"\"", "drop k5", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p091::run, &[&["hello", "four", "ab", "x", ""], &["ab", "xyz", "xyz", "xyz", "ab", ""], &["", "ab", "hello"]], &[&["acc 5", "t14", "add 5", "add 10", "keep v13 20", "consume v13", "drop v13", "t15", "Y \"hello\"", "Y \"hellofour\"", "Y \"hello-3\"", "acc 1", "t14", "add 1", "add 2", "keep v13 4", "consume v13", "drop v13", "t15", "Y \"hello\"", "Y \"hellofour\"", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "acc 7", "acc 1", "add 1", "add 2", "add 4", "add 4", "acc 2", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "acc 7", "acc 1", "add 1", "add 0", "add 2", "add 0", "acc 0", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p092::run, &[&["xyz"], &["", "xyz", "", ""], &["xyz", "xyz"]], &[&["drop cap", "R None", "<drop coroutine>"], &["f3 1 \"\" 2", "t4", "drop v5", "lock cap", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v13"]),
    (p093::run, &[&["ab", "ab"], &["hello", "ab", "four", "", "xyz", "hello", ""], &["hello", "four", "x", "hello"]], &[&["acc 2", "add 3", "add 2", "Y \"four\"", "PANIC p2", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"four\"", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"four\"", "Y \"four-2\"", "Y \"four\"", "<drop coroutine>", "drop v3", "drop cap"]], &["cap"]),
    (p094::run, &[&["four", "ab", "four", "hello"], &["four", "ab"], &["", "x", "x"]], &[&["lock cap", "t4", "t3", "t6", "Y \"\"", "lock v8", "drop v8", "t6", "Y \"\"", "lock v8", "drop v8", "lock v1", "drop v1", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "t4", "t3", "t6", "Y \"\"", "lock v8", "drop v8", "t6", "Y \"\"", "<drop coroutine>", "drop v8", "drop v1", "drop cap"], &["lock cap", "t4", "t3", "t6", "Y \"\"", "lock v8", "drop v8", "t6", "Y \"\"", "lock v8", "drop v8", "lock v1", "drop v1", "drop cap", "R Ok(2)", "<drop coroutine>"]], &[]),
    (p095::run, &[&["xyz", "", "", "four", "xyz", "xyz", "four", ""], &["ab", "xyz", "ab", "", "ab", "four", "x"], &["ab", "ab", "four", "four", "xyz", "x"]], &[&["Y \"ab\"", "Y \"ab\"", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"helloxyz\"", "Y \"xxyzfour\"", "drop k10", "Y \"xyz\"", "Y \"ab\"", "drop k5", "Y \"ab\"", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"helloxyz\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"\"", "drop k5", "Y \"\"", "drop k5", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"helloab\"", "Y \"xabfour\"", "drop k10", "Y \"xyz\"", "Y \"\"", "drop k5", "Y \"\"", "<drop coroutine>", "drop k4", "drop k2", "drop cap"], &["Y \"\"", "drop k5", "Y \"\"", "drop k5", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"helloab\"", "Y \"xabfour\"", "drop k10", "Y \"xyz\"", "Y \"\"", "<drop coroutine>", "drop k4", "drop k2", "drop cap"]], &[]),
    (p096::run, &[&["xyz", "x", "", "hello", "four", "ab"], &["ab", "ab", "x", "four"], &["xyz", "four", "hello", "", "four", "x", ""]], &[&["keep v2 1", "take v2", "drop v2", "t4", "t3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "t3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "t4", "t3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p097::run, &[&["xyz", "hello", "xyz", "x", ""], &["x", "four", "", "ab", "xyz"], &["hello", "ab", "xyz", "hello", "hello", "x"]], &[&["drop k2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p098::run, &[&["four", "four", "", "hello", "ab", ""], &["ab", "x", "xyz", "x", ""], &["", "xyz", "ab", "hello"]], &[&["keep v10 0", "keep v10 6", "drop v10", "Y \"ab\"", "t11", "Y \"x\"", "keep v10 0", "keep v10 5", "drop v10", "Y \"ab\"", "t11", "Y \"x\"", "into cap", "drop cap", "Y \"x\"", "Y \"8\"", "<drop coroutine>", "drop k13"], &["t3", "acc 4", "add 2", "keep v6 5", "take v6", "drop v6", "add 7", "drop k4", "send cap 3", "drop cap", "R Err(\"long four-13\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v10 0", "keep v10 2", "drop v10", "Y \"ab\"", "t11", "Y \"x\"", "keep v10 0", "keep v10 5", "drop v10", "Y \"ab\"", "t11", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p099::run, &[&["x", "xyz", "hello", "ab", "ab"], &["xyz", "ab", "xyz", "hello"], &[""]], &[&["send cap 0", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 0", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 0", "drop cap", "R 3", "<drop coroutine>"]], &[]),
    (p100::run, &[&["xyz", "hello"], &["xyz", "x", "x", "ab", "", "ab", "four", ""], &["xyz", "hello"]], &[&["take cap", "drop cap", "t2", "Y \"x\"", "acc 5", "add 10", "add 6", "Y \"ab\"", "<drop coroutine>"], &["take cap", "drop cap", "t2", "Y \"x\"", "acc 5", "add 10", "add 6", "Y \"ab\"", "Y \"hello\"", "Y \"x\"", "acc 1", "add 6", "add 1", "Y \"ab\"", "Y \"hello\"", "Y \"x\"", "t11", "Y \"four\"", "<drop coroutine>"], &["take cap", "drop cap", "t2", "Y \"x\"", "acc 5", "add 10", "add 6", "Y \"ab\"", "<drop coroutine>"]], &["cap"]),
    (p101::run, &[&["xyz", "hello", "hello", "x"], &["four", "", "ab", "four", "x", "xyz", "xyz", "four"], &["", "four", "ab", "", ""]], &[&["drop k12", "Y \"xyz-3\"", "drop k14", "drop cap", "R Err(\"long four3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k12", "Y \"four-3\"", "drop k14", "drop cap", "R Err(\"long four3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k12", "Y \"\"", "drop k14", "drop cap", "R Err(\"long four3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p102::run, &[&["x", "", "", "ab", "x", "four", "x", "xyz"], &["", "ab", "xyz", "x", "xyz", "x", "hello"], &["xyz", ""]], &[&["t8", "t8", "drop k6", "Y \"\"", "drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"ab-8\"", "keep v4 7", "drop v4", "t8", "t8", "drop k6", "Y \"\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t8", "t8", "drop k6", "Y \"\"", "drop cap", "R 6", "<drop coroutine>"]], &["cap"]),
    (p103::run, &[&["hello", "hello", "", "", "four", "x", "hello", "hello"], &["hello", "hello", "hello", "x", "ab", "hello", "ab", "ab"], &["ab", "ab", "xyz", "hello", "hello", "", "four"]], &[&["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p104::run, &[&["", "hello", "four"], &["x", "hello", "four", "four"], &["ab", "ab"]], &[&["Y \"four-0\"", "acc 2", "into cap", "drop cap", "add 8", "Y \"x\"", "add 4", "drop k3", "acc 14", "add 14", "add 2", "Y \"x\"", "<drop coroutine>"], &["Y \"four-0\"", "acc 2", "into cap", "drop cap", "add 8", "Y \"x\"", "add 4", "drop k3", "acc 14", "add 14", "add 2", "Y \"x\"", "t5", "Y \"0\"", "<drop coroutine>"], &["Y \"four-0\"", "acc 2", "into cap", "drop cap", "add 8", "Y \"x\"", "<drop coroutine>", "drop k3"]], &["cap"]),
    (p105::run, &[&["xyz"], &["", "xyz", "hello", "hello", "x", "ab", "xyz", "hello"], &["four", "x", "hello", "xyz", "four"]], &[&["f3 3 \"xyz\" 3", "Y \"four-0\"", "<drop coroutine>", "drop cap"], &["f3 0 \"\" 0", "t2", "Y \"hello\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 4 \"four\" 4", "t2", "Y \"hello\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p106::run, &[&["xyz", "hello", "hello", "ab", "xyz"], &["four", "hello", "xyz", "xyz", "four", "ab", "ab", "ab"], &["hello", "ab", "hello", "x"]], &[&["t2", "take cap", "drop cap", "keep v6 5", "take v6", "drop v6", "keep v8 7", "take v8", "drop v8", "Y \"ab\"", "t9", "keep v13 12", "take v13", "drop v13", "t11", "drop k10", "Y \"four\"", "Y \"\"", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t2", "take cap", "drop cap", "keep v6 5", "take v6", "drop v6", "keep v8 7", "take v8", "drop v8", "Y \"ab\"", "t9", "keep v13 12", "take v13", "drop v13", "t11", "drop k10", "Y \"four\"", "Y \"\"", "R Ok(6)", "<drop coroutine>"]], &["cap"]),
    (p107::run, &[&["xyz", "hello"], &["xyz", "xyz", "ab", "x", "ab"], &[""]], &[&["Y \"xyz\"", "f3 3 \"xyz\" 3", "keep v4 9", "keep v4 2", "drop k5", "keep v4 0", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"xyz\"", "f3 3 \"xyz\" 3", "keep v4 9", "keep v4 2", "drop k5", "keep v4 0", "drop v4", "Y \"xyz\"", "f3 3 \"xyz\" 3", "keep v4 9", "keep v4 2", "drop k5", "keep v4 0", "drop v4", "drop k2", "acc 0", "add 3", "f3 0 \"ab\" 5", "add 7", "t8", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "<drop coroutine>", "drop k2", "drop cap"]], &["v4"]),
    (p108::run, &[&["ab", "ab"], &["xyz", "four", "four", "", "", "ab", "ab", ""], &["", "four", "four", "ab", "hello", "hello", ""]], &[&["Y \"ab-3\"", "Y \"ab-3\"", "<drop coroutine>", "drop cap"], &["Y \"xyz-3\"", "Y \"xyz-3\"", "keep v5 4", "take v5", "drop v5", "Y \"7\"", "keep v5 4", "take v5", "drop v5", "Y \"7\"", "keep v5 4", "take v5", "drop v5", "Y \"7\"", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"-3\"", "f3 4 \"-3\" 0", "Y \"-6\"", "keep v5 4", "take v5", "drop v5", "Y \"7\"", "keep v5 4", "take v5", "drop v5", "Y \"7\"", "keep v5 4", "take v5", "drop v5", "Y \"7\"", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p109::run, &[&["x", "x", "x"], &["hello", "four", "xyz", "hello", "four"], &["hello", "ab", "xyz", "x", "four", "xyz", "", "xyz"]], &[&["Y \"5x\"", "drop cap", "drop k2", "t15", "R 9", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"5hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"5hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v6", "v7"]),
    (p110::run, &[&["four", "x", "four", "xyz", "", "four", "hello"], &["xyz", "", "hello", "x", "hello", "ab", ""], &["xyz", "four", "x", "four"]], &[&["Y \"ab\"", "keep v7 6", "take v7", "drop v7", "keep v9 8", "take v9", "drop v9", "drop v5", "drop v1", "R 49", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "keep v7 6", "take v7", "drop v7", "keep v9 8", "take v9", "drop v9", "drop v5", "drop v1", "R 49", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "keep v7 6", "take v7", "drop v7", "keep v9 8", "take v9", "drop v9", "drop v5", "drop v1", "R 49", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p111::run, &[&["x", "hello", "xyz", "four", "four", "ab", "hello", "xyz"], &["", "", ""], &["ab", "ab", "x", "x", "x"]], &[&["Y \"x\"", "Y \"four-3ab\"", "lock cap", "Y \"2\"", "drop v5", "keep v6 5", "drop v6", "drop v5", "keep v6 5", "drop v6", "lock cap", "Y \"ab2\"", "acc 2", "add 3", "add 0", "t7", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "Y \"four-3ab\"", "lock cap", "Y \"2\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "Y \"four-3ab\"", "lock cap", "Y \"2\"", "drop v5", "keep v6 2", "drop v6", "drop v5", "keep v6 5", "drop v6", "lock cap", "Y \"ab2\"", "acc 2", "add 3", "add 0", "t7", "drop cap", "PANIC p8", "<drop coroutine>"]], &["cap", "v14"]),
    (p112::run, &[&["ab"], &["four", "x", "x", "xyz", "x", ""], &[""]], &[&["t1", "Y \"ab-2\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"four-4\"", "Y \"7\"", "Y \"2\"", "consume v4", "drop v4", "drop k3", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"-0\"", "<drop coroutine>", "drop cap"]], &[]),
    (p113::run, &[&["", "hello", "four"], &["x", "x", "hello"], &["hello"]], &[&["drop v1", "Y \"\"", "Y \"\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"x\"", "Y \"x\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p114::run, &[&["four", "xyz", "x", "four"], &["four", "hello", "hello", "four", "xyz", "ab", "xyz", "xyz"], &["x", "ab", "hello", "", "four", "xyz"]], &[&["t3", "into cap", "drop cap", "Y \"xyz-3\"", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "into cap", "drop cap", "Y \"xyz-3\"", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz-3\"", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p115::run, &[&["", "xyz", "", "ab"], &["four", "x", "hello"], &["", "xyz", "ab", "ab", "xyz"]], &[&["acc 0", "lock cap", "add 2", "send cap 2", "add 2", "into cap", "drop cap", "f3 4 \"-0\" 8", "keep v3 2", "take v3", "drop v3", "acc 7", "t4", "add 0", "keep v6 5", "take v6", "drop v6", "add 7", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 4", "lock cap", "add 2", "send cap 2", "add 2", "into cap", "drop cap", "f3 8 \"four-4\" 8", "keep v3 2", "take v3", "drop v3", "acc 7", "t4", "add 0", "keep v6 5", "take v6", "drop v6", "add 7", "Y \"four-1\"", "Y \"four-1\"", "drop k9", "consume v11", "drop v11", "Y \"fourfourfour\"", "<drop coroutine>"], &["acc 0", "lock cap", "add 2", "send cap 2", "add 2", "into cap", "drop cap", "f3 4 \"-0\" 8", "keep v3 2", "take v3", "drop v3", "acc 7", "t4", "add 0", "keep v6 5", "take v6", "drop v6", "add 7", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p116::run, &[&["ab"], &["four", "x"], &["ab", "ab"]], &[&["drop k1", "Y \"fourab\"", "<drop coroutine>", "drop cap"], &["drop k1", "Y \"fourab\"", "drop cap", "R Err(\"x\")", "<drop coroutine>"], &["drop k1", "Y \"fourab\"", "drop cap", "R Err(\"ab\")", "<drop coroutine>"]], &[]),
    (p117::run, &[&["xyz", ""], &["xyz", "ab", "ab", "ab"], &["x", "xyz"]], &[&["Y \"xyz\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"four\"", "t1", "drop cap", "R Err(\"ab\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p118::run, &[&["ab", "four", "", "hello"], &["four", "x", "ab"], &["ab", "hello", "ab", "ab", "ab", "x", "", ""]], &[&["lock cap", "keep v2 8", "consume v2", "drop v2", "Y \"four-2-5\"", "Y \"four4\"", "Y \"ab\"", "Y \"abfour-5\"", "<drop coroutine>", "drop cap"], &["lock cap", "keep v2 14", "consume v2", "drop v2", "Y \"four-4-7\"", "Y \"x4\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["lock cap", "keep v2 8", "consume v2", "drop v2", "Y \"four-2-5\"", "Y \"hello4\"", "Y \"ab\"", "Y \"abfour-5\"", "Y \"ab4\"", "Y \"ab\"", "lock cap", "keep v2 8", "consume v2", "drop v2", "Y \"four-1-5\"", "Y \"4\"", "<drop coroutine>", "drop cap"]], &[]),
    (p119::run, &[&["four", "ab", "hello", "four", "xyz", "x", "xyz"], &["", "xyz", "hello", "hello", "hello", "x", "x", "four"], &["hello", ""]], &[&["acc 2", "add 2", "add 2", "acc 6", "acc 3", "add 2", "add 2", "add 7", "send v1 4", "add 16", "acc 2", "add 1", "add 1", "acc 4", "acc 3", "add 1", "add 2", "add 6", "send v1 4", "add 16", "drop k3", "keep v9 8", "take v9", "drop v9", "Y \"7\"", "keep v1 3", "keep v1 3", "drop v1", "drop k10", "consume cap", "drop cap", "t13", "keep v16 15", "take v16", "drop v16", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 2", "add 2", "add 2", "acc 6", "acc 3", "add 2", "add 2", "add 7", "send v1 4", "add 0", "acc 2", "add 1", "add 1", "acc 4", "acc 3", "add 1", "add 2", "add 6", "send v1 4", "add 0", "drop k3", "keep v9 8", "take v9", "drop v9", "Y \"7\"", "keep v1 3", "keep v1 3", "drop v1", "drop k10", "consume cap", "drop cap", "t13", "keep v16 15", "take v16", "drop v16", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t5", "acc 2", "add 1", "add 1", "acc 4", "acc 3", "add 1", "add 2", "add 6", "send v1 4", "add 20", "drop k3", "keep v9 8", "take v9", "drop v9", "Y \"7\"", "keep v1 3", "keep v1 3", "drop v1", "drop k10", "consume cap", "drop cap", "t13", "keep v16 15", "take v16", "drop v16", "R 7", "<drop coroutine>"]], &["cap", "v1"]),
    (p120::run, &[&["four", "four"], &["four", "x", "four", "ab"], &["ab", "hello", "four"]], &[&["t2", "Y \"3\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"3\"", "Y \"four\"", "Y \"\"", "acc 0", "Y \"fourab\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"3\"", "Y \"four\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &[]),
    (p121::run, &[&["four", "x", "", "", "ab", ""], &["four", "ab", "xyz", "", "x"], &["", "four", "xyz", "", "hello", "xyz", "x"]], &[&["Y \"four\"", "keep v19 18", "take v19", "drop v19", "acc 7", "acc 1", "add 3", "add 0", "add 4", "lock cap", "add 5", "drop cap", "R 16", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "acc 2", "add 5", "add 5", "drop v11", "drop cap", "R 12", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"\"", "drop k7", "keep v10 9", "take v10", "drop v10", "drop v8", "Y \"\"", "keep v19 18", "take v19", "drop v19", "acc 7", "acc 1", "add 3", "add 0", "add 4", "lock cap", "add 5", "drop cap", "R 16", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p122::run, &[&["xyz", "hello", "ab"], &["ab", "ab", "four", "x", "x", "x"], &["x", "xyz", "x", "", ""]], &[&["lock cap", "Y \"ab\"", "Y \"3\"", "t6", "drop k1", "t7", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["lock cap", "Y \"ab\"", "Y \"4\"", "t6", "drop k1", "t7", "Y \"hello\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"ab\"", "Y \"1\"", "t6", "drop k1", "t7", "Y \"hello\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p123::run, &[&["hello", "hello", "", "ab", "ab", "", "xyz", "four"], &["four", "ab", "hello", "ab", "hello", "", "", "four"], &["four", "xyz", "ab", "", "x", ""]], &[&["into cap", "drop cap", "keep v1 8", "t6", "t5", "consume v7", "drop v7", "lock v1", "Y \"2\"", "lock v1", "Y \"hello\"", "Y \"ab\"", "f3 3 \"ab\" 2", "drop k8", "t10", "t9", "consume v7", "drop v7", "lock v1", "Y \"2\"", "lock v1", "Y \"hello\"", "Y \"ab\"", "f3 3 \"xyz\" 2", "drop k8", "t10", "t9", "acc 1", "add 3", "add 3", "acc 0", "send v1 5", "add 1", "take v1", "drop v1", "add 7", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "keep v1 8", "t6", "t5", "consume v7", "drop v7", "lock v1", "Y \"2\"", "lock v1", "Y \"hello\"", "Y \"ab\"", "f3 3 \"ab\" 2", "drop k8", "t10", "t9", "consume v7", "drop v7", "lock v1", "Y \"2\"", "lock v1", "Y \"hello\"", "Y \"ab\"", "f3 3 \"\" 2", "drop k8", "t10", "t9", "acc 1", "add 3", "add 3", "acc 0", "send v1 5", "add 1", "take v1", "drop v1", "add 7", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "keep v1 8", "t6", "t5", "consume v7", "drop v7", "lock v1", "Y \"2\"", "lock v1", "Y \"hello\"", "Y \"ab\"", "f3 3 \"\" 2", "drop k8", "t10", "t9", "consume v7", "drop v7", "lock v1", "Y \"2\"", "lock v1", "Y \"hello\"", "Y \"ab\"", "<drop coroutine>", "drop k8", "drop v1"]], &["cap", "v1"]),
    (p124::run, &[&["ab", "x", "four", "four", "xyz", "ab", "ab"], &["ab", "xyz", "hello"], &["x", "hello", "", "x"]], &[&["t1", "Y \"2\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"2\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p125::run, &[&["xyz", "hello", "", "xyz", "", "ab"], &["hello", "four", "ab", "x", "four", "ab", "hello"], &["xyz", "x", "x", "xyz", "xyz"]], &[&["lock cap", "Y \"four\"", "t3", "Y \"four\"", "t3", "drop v1", "drop k4", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"four\"", "t3", "Y \"four\"", "t3", "drop v1", "drop k4", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"four\"", "t3", "Y \"four\"", "t3", "drop v1", "drop k4", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p126::run, &[&["hello", "", "ab", "x"], &["ab", "x", "", "", "x"], &["", "", "hello"]], &[&["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p127::run, &[&["four", "xyz", "xyz", "four", "", "ab", "four", "xyz"], &["xyz", "ab"], &["", "x", "x", "x", "hello", "ab"]], &[&["lock cap", "acc 2", "add 3", "add 5", "f3 4 \"four\" 10", "t3", "drop k2", "f3 1 \"four\" 0", "Y \"5\"", "Y \"four\"", "t3", "drop k2", "f3 1 \"four\" 1", "Y \"6\"", "Y \"four\"", "acc 2", "t5", "add 1", "add 1", "t3", "drop k2", "f3 1 \"four\" 2", "Y \"7\"", "Y \"four\"", "acc 4", "t5", "add 2", "add 2", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "acc 2", "add 3", "add 5", "f3 0 \"\" 10", "t3", "drop k2", "f3 1 \"four\" 0", "Y \"5\"", "Y \"four\"", "t3", "drop k2", "f3 1 \"four\" 1", "Y \"6\"", "Y \"four\"", "t3", "drop k2", "f3 1 \"four\" 2", "Y \"7\"", "Y \"four\"", "<drop coroutine>", "drop cap"]], &[]),
    (p128::run, &[&["four", "xyz", "four", "four", "ab", ""], &["xyz", "hello"], &["hello", "four", "ab", "ab", "ab", "xyz", ""]], &[&["take cap", "drop cap", "drop k1", "into k2", "drop k2", "t5", "Y \"x\"", "t6", "keep v12 11", "take v12", "drop v12", "acc 7", "add 49", "add 7", "keep v10 63", "drop v10", "Y \"xyz\"", "t15", "t16", "Y \"xyzfour\"", "Y \"xyz\"", "t15", "t16", "Y \"xyzab\"", "Y \"xyz\"", "<drop coroutine>", "drop v13"], &["take cap", "drop cap", "drop k1", "into k2", "drop k2", "t5", "Y \"x\"", "t6", "keep v12 11", "take v12", "drop v12", "acc 7", "add 49", "add 7", "keep v10 63", "drop v10", "Y \"xyz\"", "<drop coroutine>", "drop v13"], &["take cap", "drop cap", "drop k1", "into k2", "drop k2", "t5", "Y \"x\"", "t6", "keep v12 11", "take v12", "drop v12", "acc 7", "add 49", "add 7", "keep v10 63", "drop v10", "Y \"xyz\"", "t15", "t16", "Y \"xyzab\"", "Y \"xyz\"", "t15", "t16", "Y \"xyzab\"", "Y \"xyz\"", "t15", "t16", "Y \"xyz\"", "<drop coroutine>", "drop v13"]], &["cap", "v9"]),
    (p129::run, &[&["four", "", "hello", "hello", "x"], &["", "ab", "four"], &["four", "xyz", "", "x", "four", "xyz"]], &[&["Y \"four\"", "t2", "Y \"four-3\"", "drop k1", "Y \"x\"", "f3 3 \"hello\" 3", "send cap 4", "take cap", "drop cap", "f3 4 \"\" 4", "f3 7 \"ab\" 8", "keep v12 11", "take v12", "drop v12", "keep v10 7", "f3 2 \"17\" 1", "drop v10", "t13", "Y \"ab\"", "f3 2 \"x\" 2", "acc 5", "add 4", "add 1", "drop k14", "t18", "Y \"four\"", "<drop coroutine>"], &["Y \"\"", "t2", "Y \"four-3\"", "drop k1", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t2", "Y \"four-3\"", "drop k1", "Y \"x\"", "f3 3 \"x\" 3", "send cap 4", "take cap", "drop cap", "f3 4 \"\" 4", "f3 7 \"ab\" 8", "keep v12 11", "take v12", "drop v12", "keep v10 7", "f3 2 \"17\" 1", "drop v10", "t13", "Y \"ab\"", "f3 2 \"x\" 2", "acc 5", "add 4", "add 1", "drop k14", "t18", "Y \"four\"", "t19", "PANIC p22", "<drop coroutine>"]], &["cap"]),
    (p130::run, &[&["ab", "hello", "", "ab", "x", "", "hello"], &["hello", "x", "hello", "hello", ""], &["xyz", "hello", "xyz", "x"]], &[&["t1", "Y \"6\"", "t3", "t2", "Y \"0\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"6\"", "t3", "t2", "Y \"4\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"6\"", "t3", "t2", "Y \"4\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p131::run, &[&["ab", "x", "", "x", "ab", "xyz", ""], &["hello", "hello", "xyz", "ab"], &[""]], &[&["Y \"ab\"", "drop k3", "keep v4 2", "keep v4 0", "keep v4 2", "drop k5", "Y \"hello\"", "drop v4", "drop k3", "keep v4 1", "keep v4 0", "keep v4 1", "drop k5", "Y \"hello\"", "drop v4", "drop k2", "t6", "t7", "take cap", "drop cap", "Y \"xyz\"", "Y \"helloxyz\"", "Y \"four\"", "t9", "t10", "Y \"4\"", "<drop coroutine>"], &["Y \"hello\"", "drop k3", "keep v4 2", "keep v4 0", "keep v4 2", "drop k5", "Y \"hello\"", "drop v4", "drop k3", "keep v4 1", "keep v4 0", "keep v4 1", "drop k5", "Y \"hello\"", "drop v4", "drop k2", "t6", "t7", "take cap", "drop cap", "Y \"xyz\"", "<drop coroutine>"], &["Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p132::run, &[&["four", "ab"], &["hello"], &["four", "", "xyz", "hello", "x", "x"]], &[&["Y \"3\"", "take cap", "drop cap", "t4", "f3 7 \"xyzxyz\" 3", "keep v6 5", "take v6", "drop v6", "acc 0", "add 2", "add 2", "f3 7 \"four\" 4", "drop v7", "Y \"ab\"", "<drop coroutine>"], &["acc 0", "add 3", "add 1", "drop cap", "R Some(4)", "<drop coroutine>"], &["Y \"3\"", "take cap", "drop cap", "t4", "f3 7 \"xyzxyz\" 3", "keep v6 5", "take v6", "drop v6", "acc 0", "add 0", "add 0", "f3 7 \"four\" 0", "drop v7", "Y \"ab\"", "Y \"four\"", "Y \"four\"", "Y \"four\"", "R None", "<drop coroutine>"]], &["cap"]),
    (p133::run, &[&["", "hello", "four", "four", "ab", "ab"], &["", "xyz", ""], &["four"]], &[&["acc 0", "add 2", "add 2", "t5", "keep v4 4", "drop v4", "Y \"\"", "Y \"2\"", "acc 4", "add 1", "add 1", "t5", "keep v4 6", "drop v4", "Y \"four\"", "Y \"2\"", "drop k3", "lock v1", "f3 2 \"ab\" 4", "Y \"ab\"", "into v1", "drop v1", "f3 8 \"ab\" 8", "drop cap", "PANIC p10", "<drop coroutine>"], &["acc 0", "add 2", "add 2", "t5", "keep v4 4", "drop v4", "Y \"\"", "Y \"2\"", "acc 0", "add 1", "add 1", "t5", "keep v4 2", "drop v4", "Y \"\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"], &["acc 4", "add 2", "add 2", "t5", "keep v4 8", "drop v4", "Y \"four\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"]], &["v1"]),
    (p134::run, &[&["hello", "four", "xyz", "ab", "", "xyz", "four", "x"], &["hello", "x"], &["x"]], &[&["PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p4", "<drop coroutine>", "drop cap"]], &["cap", "v5"]),
    (p135::run, &[&["ab", "x"], &["xyz", "x", "four", "ab"], &["hello"]], &[&["lock cap", "Y \"abab\"", "drop cap", "R 1", "<drop coroutine>"], &["lock cap", "drop k1", "Y \"four\"", "drop cap", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop k1", "Y \"four\"", "<drop coroutine>", "drop cap"]], &[]),
    (p136::run, &[&["x", "x", "ab"], &["", "four"], &["xyz", "four", "four", "hello", "xyz", "", "x"]], &[&["drop k2", "keep v4 3", "take v4", "drop v4", "Y \"7\"", "Y \"four\"", "drop cap", "R None", "<drop coroutine>"], &["drop k2", "keep v4 3", "take v4", "drop v4", "Y \"7\"", "Y \"-0\"", "<drop coroutine>", "drop cap"], &["drop k2", "keep v4 3", "take v4", "drop v4", "Y \"7\"", "Y \"four\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p137::run, &[&["x"], &["four", "hello", "ab", "ab", "four"], &["hello", "hello", "x", "", "xyz", "", "ab"]], &[&["drop v1", "R Err(\"long hello\")", "<drop coroutine>", "drop cap"], &["drop v1", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["drop k9", "t10", "Y \"xyz\"", "drop v1", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &["v4"]),
    (p138::run, &[&["", "xyz", "", "ab", "", "xyz"], &["xyz", "hello", "ab", "x", "xyz"], &["x", "xyz", "xyz"]], &[&["t3", "t2", "Y \"xyz\"", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t3", "t2", "Y \"xyz\"", "Y \"xyz\"", "t8", "Y \"ab\"", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t3", "t2", "Y \"xyz\"", "Y \"xyz\"", "acc 2", "add 8", "add 8", "Y \"ab-18\"", "<drop coroutine>", "drop cap"]], &[]),
    (p139::run, &[&["ab", "x", "x", "ab", "xyz", "four", "xyz"], &["xyz", "hello", "xyz", "hello", "x"], &["", "x", "x", "xyz", "hello"]], &[&["Y \"ab\"", "drop v3", "drop v3", "drop k2", "keep v7 6", "take v7", "drop v7", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "drop v3", "keep v4 2", "drop k5", "drop v4", "drop v3", "keep v4 2", "drop k5", "drop v4", "drop k2", "keep v7 6", "take v7", "drop v7", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "drop v3", "drop v3", "drop k2", "keep v7 6", "take v7", "drop v7", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p140::run, &[&["hello", "four", "ab", "x", "ab", "hello", "four", "four"], &["x", "ab", "ab", "xyz", "four", "hello", "", "xyz"], &["", "hello", "xyz"]], &[&["acc 5", "send cap 5", "add 5", "send cap 0", "add 0", "keep v1 10", "keep v1 12", "drop k2", "t3", "Y \"x\"", "t5", "t4", "Y \"xyz\"", "keep v7 6", "take v7", "drop v7", "keep v10 9", "take v10", "drop v10", "t8", "take cap", "drop cap", "t13", "Y \"ab\"", "keep v15 5", "keep v15 14", "take v15", "drop v15", "keep v1 7", "consume v1", "drop v1", "Y \"hello-14\"", "f3 3 \"\" 0", "t16", "R Err(\"xfour\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 5", "send cap 5", "add 5", "send cap 0", "add 0", "keep v1 10", "keep v1 12", "drop k2", "t3", "Y \"x\"", "t5", "t4", "Y \"xyz\"", "keep v7 6", "take v7", "drop v7", "keep v10 9", "take v10", "drop v10", "t8", "take cap", "drop cap", "t13", "Y \"ab\"", "keep v15 5", "keep v15 14", "take v15", "drop v15", "keep v1 7", "consume v1", "drop v1", "Y \"hello-14\"", "f3 3 \"\" 0", "t16", "R Err(\"xfour\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 5", "send cap 5", "add 5", "send cap 0", "add 0", "keep v1 10", "keep v1 12", "drop k2", "t3", "Y \"x\"", "t5", "t4", "Y \"xyz\"", "keep v7 6", "take v7", "drop v7", "keep v10 9", "take v10", "drop v10", "t8", "take cap", "drop cap", "t13", "Y \"ab\"", "<drop coroutine>", "drop v1"]], &["cap", "v1"]),
    (p141::run, &[&["x", "", "x", "four", "x", "xyz", "hello", "ab"], &["", "hello", "x"], &["hello"]], &[&["Y \"x\"", "acc 5", "add 2", "add 2", "consume v3", "drop v3", "acc 5", "add 2", "add 2", "consume v3", "drop v3", "drop k1", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "acc 5", "add 2", "add 2", "consume v3", "drop v3", "acc 5", "add 2", "add 2", "consume v3", "drop v3", "drop k1", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "<drop coroutine>", "drop k1", "drop cap"]], &["cap"]),
    (p142::run, &[&["xyz"], &["x", "", "ab", "hello", "ab", "x", "xyz"], &["four", "ab", ""]], &[&["drop k2", "keep v11 10", "take v11", "drop v11", "Y \"\"", "<drop coroutine>", "drop cap"], &["drop k2", "keep v11 10", "take v11", "drop v11", "Y \"\"", "Y \"\"", "Y \"\"", "drop cap", "PANIC p12", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p143::run, &[&["xyz", ""], &["x", "four", "xyz", "", "xyz", "xyz", "", "x"], &[""]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 0", "add 0", "add 0", "f3 0 \"\" 4", "t6", "acc 1", "add 0", "keep v8 7", "take v8", "drop v8", "add 7", "t6", "acc 1", "add 1", "keep v8 7", "take v8", "drop v8", "add 7", "t6", "acc 1", "add 2", "keep v8 7", "take v8", "drop v8", "add 7", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p144::run, &[&["", "hello", "ab", "four"], &["", "ab"], &["hello"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"xyz\"", "into cap", "drop cap", "drop k4", "drop k3", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"xyz\"", "drop k3", "drop cap", "PANIC p5", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"xyzhello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p145::run, &[&["", "four", "x", "x", "four", "x"], &["x", "hello", "hello", "ab", "x", "hello", "xyz"], &["x", "hello", "x", "", "four"]], &[&["t3", "Y \"-0\"", "Y \"hello\"", "send cap 4", "send cap 3", "keep v5 6", "drop v5", "t6", "Y \"xx\"", "send cap 4", "send cap 3", "keep v5 6", "drop v5", "t6", "Y \"xx\"", "drop v10", "drop v11", "drop v10", "drop v11", "drop k8", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v10", "drop v11", "drop v10", "drop v11", "drop k8", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v10", "drop v11", "drop v10", "drop v11", "drop k8", "drop cap", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p146::run, &[&["x", "xyz", "x", "four", "hello", "four"], &["xyz", "", "four", "hello", "x", "xyz", "four", "x"], &["xyz", "x", "ab", "xyz", "ab", "xyz"]], &[&["into k2", "drop k2", "Y \"xyz\"", "drop v4", "Y \"four\"", "drop v4", "Y \"xx\"", "Y \"xyz\"", "drop v4", "Y \"four\"", "drop v4", "Y \"xfour\"", "<drop coroutine>", "drop cap"], &["into k2", "drop k2", "Y \"xyz\"", "drop v4", "Y \"four\"", "drop v4", "Y \"xxyz\"", "Y \"3\"", "drop v4", "Y \"3\"", "drop v4", "Y \"xhello\"", "Y \"xyz\"", "drop v4", "Y \"four\"", "<drop coroutine>", "drop cap"], &["into k2", "drop k2", "Y \"xyz\"", "drop v4", "Y \"four\"", "drop v4", "Y \"xxyz\"", "Y \"xyz\"", "drop v4", "Y \"four\"", "drop v4", "Y \"xxyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p147::run, &[&["", "ab", "four", "xyz", "ab", "four", "hello"], &["four", "", "ab", "hello", "ab", "x", "x", ""], &["", "x", "", "ab"]], &[&["Y \"\"", "t2", "drop v4", "Y \"xyz\"", "Y \"-4\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "Y \"7\"", "Y \"xyz-4\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "Y \"7\"", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t2", "drop v4", "Y \"xyz\"", "Y \"-4\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "Y \"7\"", "Y \"hello-4\"", "keep v10 9", "take v10", "drop v10", "keep v8 7", "take v8", "drop v8", "Y \"7\"", "drop v4", "Y \"xyz\"", "Y \"-4\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["v8"]),
    (p148::run, &[&["x", "hello"], &["x", "four", "ab", "ab", "hello", "four", "ab", "ab"], &["xyz", "ab", "ab", "ab", "four", "four", "x"]], &[&["t1", "Y \"xx\"", "acc 4", "add 3", "add 3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"hello\"", "<drop coroutine>", "drop v3", "drop cap"], &["t1", "Y \"xx\"", "acc 4", "add 3", "add 3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"four\"", "keep v3 2", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"four\"", "keep v3 2", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"four\"", "keep v3 5", "drop v3", "Y \"four-3\"", "acc 3", "add 0", "Y \"x\"", "add 2", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"xxyz\"", "acc 4", "add 3", "add 3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"ab\"", "keep v3 2", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"ab\"", "keep v3 2", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"ab\"", "keep v3 4", "drop v3", "Y \"ab-3\"", "acc 3", "add 0", "Y \"x\"", "add 1", "drop cap", "R Ok(4)", "<drop coroutine>"]], &["v3"]),
    (p149::run, &[&["", "", "xyz"], &["ab", "", "ab"], &["ab", "", "", "x", ""]], &[&["send cap 2", "keep cap 1", "take cap", "drop cap", "Y \"x\"", "f3 0 \"\" 1", "keep v3 1", "keep v3 1", "keep v4 3", "drop v4", "drop v3", "drop k11", "t14", "R Some(6)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "keep cap 1", "take cap", "drop cap", "Y \"x\"", "f3 2 \"ab\" 1", "keep v3 5", "keep v3 1", "keep v4 3", "drop v4", "drop v3", "drop k11", "t14", "R Some(6)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "keep cap 1", "take cap", "drop cap", "Y \"x\"", "f3 2 \"ab\" 1", "keep v3 5", "keep v3 1", "keep v4 3", "drop v4", "drop v3", "drop k11", "t14", "R Some(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p150::run, &[&["", "ab", "hello", "ab", "xyz", "hello", "hello", "hello"], &["four", "four", "", "ab", "four", "hello"], &["", ""]], &[&["lock cap", "Y \"\"", "Y \"5\"", "f3 2 \"x\" 2", "f3 3 \"x\" 5", "drop k4", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"\"", "Y \"13\"", "f3 2 \"x\" 2", "f3 11 \"x\" 5", "drop k4", "drop cap", "R 17", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"\"", "Y \"5\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p151::run, &[&["four", "hello", "x", "xyz", "hello"], &["xyz", "hello"], &["x", "ab", "four", "", "ab"]], &[&["PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &[]),
    (p152::run, &[&["ab", "xyz", "", "", "four", "xyz", "ab", "ab"], &["xyz", "", "", "xyz", "xyz", "x", "ab", "ab"], &["ab"]], &[&["keep v2 1", "take v2", "drop v2", "consume v4", "drop v4", "drop k5", "send cap 3", "f3 4 \"\" 3", "Y \"end\"", "acc 4", "add 4", "add 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "consume v4", "drop v4", "drop k5", "send cap 3", "f3 4 \"\" 3", "Y \"end\"", "acc 4", "add 4", "add 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "consume v4", "drop v4", "drop k5", "send cap 3", "f3 4 \"\" 3", "Y \"end\"", "<drop coroutine>", "drop cap"]], &[]),
    (p153::run, &[&["four", "hello", "four", "x"], &["", "x", "ab", "ab", "xyz", "ab", "ab", "xyz"], &["four", "xyz", "ab", "hello", "x", ""]], &[&["Y \"four\"", "t2", "Y \"four\"", "Y \"hello-3\"", "acc 1", "drop cap", "R Err(\"long hello\")", "<drop coroutine>"], &["Y \"\"", "t2", "Y \"\"", "Y \"x-3\"", "acc 2", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "t2", "Y \"four\"", "Y \"xyz-3\"", "acc 5", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v4"]),
    (p154::run, &[&["x", "ab", "ab", "", "four"], &["", "x", "four", "x", "ab", "", "x"], &["x", "four", "", "", "hello", "four", "x", "ab"]], &[&["keep v18 3", "Y \"\"", "keep v18 3", "drop v18", "drop k1", "t19", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v18 0", "Y \"\"", "keep v18 3", "drop v18", "drop k1", "t19", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v18 3", "Y \"\"", "keep v18 5", "drop v18", "drop k1", "t19", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p155::run, &[&["", "ab", "x", "xyz", "x", "xyz", "four"], &["xyz", "hello", "", "xyz", "hello"], &["", "x", "four", "four", "x", "x", "x", "hello"]], &[&["send cap 1", "take cap", "drop cap", "t5", "acc 7", "take v3", "drop v3", "add 7", "Y \"\"", "add 2", "drop k6", "t8", "drop k9", "keep v13 12", "take v13", "drop v13", "f3 7 \"x\" 2", "Y \"7\"", "drop v14", "Y \"7\"", "drop v14", "t8", "drop k9", "keep v13 12", "take v13", "drop v13", "f3 7 \"x\" 2", "Y \"7\"", "drop v14", "Y \"7\"", "drop v14", "drop k17", "t18", "R 2", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "take cap", "drop cap", "t5", "acc 7", "take v3", "drop v3", "add 7", "Y \"xyz\"", "add 5", "drop k6", "t8", "drop k9", "keep v13 12", "take v13", "drop v13", "f3 7 \"x\" 2", "Y \"7\"", "drop v14", "Y \"7\"", "drop v14", "t8", "drop k9", "keep v13 12", "take v13", "drop v13", "f3 7 \"x\" 2", "Y \"7\"", "drop v14", "Y \"7\"", "<drop coroutine>", "drop v14"], &["send cap 1", "take cap", "drop cap", "t5", "acc 7", "take v3", "drop v3", "add 7", "Y \"\"", "add 1", "drop k6", "t8", "drop k9", "keep v13 12", "take v13", "drop v13", "f3 7 \"x\" 2", "Y \"7\"", "drop v14", "Y \"7\"", "drop v14", "t8", "drop k9", "keep v13 12", "take v13", "drop v13", "f3 7 \"x\" 2", "Y \"7\"", "drop v14", "Y \"7\"", "drop v14", "drop k17", "t18", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v3"]),
    (p156::run, &[&["", "x"], &["", "xyz", "ab", "four", "four"], &["ab"]], &[&["Y \"-0\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"-0\"", "Y \"\"", "Y \"\"", "lock cap", "into k3", "drop k3", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab-2\"", "<drop coroutine>", "drop cap"]], &["cap", "v7", "v8"]),
    (p157::run, &[&["", "x", "ab"], &["ab", "ab"], &["ab"]], &[&["Y \"xyz\"", "Y \"\"", "t3", "t3", "Y \"four-4\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"xyz\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p158::run, &[&["xyz", "", "hello"], &["", "four", "x", "ab", "x", ""], &["x", "x", "", "", "ab"]], &[&["Y \"hello\"", "acc 3", "send cap 2", "add 2", "add 2", "t4", "Y \"xyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "acc 0", "send cap 2", "add 2", "add 2", "t4", "Y \"\"", "Y \"\"", "t4", "Y \"ab\"", "Y \"ab\"", "t9", "f3 3 \"\" 1", "drop k11", "drop cap", "R 4", "<drop coroutine>"], &["Y \"hello\"", "acc 1", "send cap 2", "add 2", "add 2", "t4", "Y \"x\"", "Y \"x\"", "keep v8 7", "take v8", "drop v8", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p159::run, &[&["x", "ab"], &["x", "", "hello"], &["x", "xyz", "", "four", "x", "", "xyz", "four"]], &[&["Y \"hello\"", "send cap 0", "drop cap", "PANIC p10", "<drop coroutine>"], &["Y \"hello\"", "send cap 0", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "Y \"xyzab\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p160::run, &[&["four"], &["xyz", "four", "x"], &["hello", "hello", "xyz", "x", "x"]], &[&["lock cap", "acc 4", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t1", "drop cap", "R Err(\"xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop cap", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p161::run, &[&["ab", "ab", "xyz", "x", "xyz", "xyz"], &["hello", "hello", "", "ab", "four", "ab", "four", "four"], &["hello", ""]], &[&["t2", "acc 2", "add 4", "add 2", "drop k1", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p162::run, &[&["hello", "ab"], &["ab", "x", "hello", "ab", "ab", "", "four"], &["x", "x", "ab", "", "four"]], &[&["drop v3", "drop v4", "drop k2", "send cap 2", "Y \"10\"", "t9", "acc 5", "add 6", "add 3", "Y \"x\"", "<drop coroutine>", "drop v5", "drop cap"], &["take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v3", "drop v4", "drop k2", "send cap 2", "Y \"10\"", "t9", "acc 1", "add 2", "add 3", "Y \"x\"", "drop v5", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v5"]),
    (p163::run, &[&["", "", "ab", "x", "hello", "hello", ""], &["", "four", "four"], &["", "four"]], &[&["Y \"\"", "t3", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "t3", "keep v6 5", "take v6", "drop v6", "keep v9 8", "take v9", "drop v9", "t7", "keep v11 4", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "t12", "keep v6 5", "take v6", "drop v6", "keep v9 8", "take v9", "drop v9", "t7", "keep v11 4", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "t3", "keep v6 5", "take v6", "drop v6", "keep v9 8", "take v9", "drop v9", "t7", "keep v11 4", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "<drop coroutine>", "drop cap"]], &[]),
    (p164::run, &[&["ab", "xyz"], &["four", "hello", "hello", "x", "x", "ab", "", "four"], &["", "x"]], &[&["Y \"9\"", "drop cap", "R Err(\"x\")", "<drop coroutine>"], &["Y \"11\"", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"7\"", "drop cap", "R Err(\"x\")", "<drop coroutine>"]], &[]),
    (p165::run, &[&["hello", "ab", "", "four"], &["four"], &["hello", "x", "ab", ""]], &[&["Y \"hello\"", "acc 0", "add 1", "acc 4", "add 1", "add 3", "add 8", "acc 5", "lock cap", "add 2", "add -7", "Y \"0\"", "t2", "Y \"\"", "t3", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "acc 0", "add 1", "acc 4", "add 1", "add 3", "add 8", "acc 5", "lock cap", "add 2", "add -8", "Y \"-1\"", "t2", "Y \"ab\"", "t3", "Y \"0\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p166::run, &[&["", "x", "four", "hello", "ab"], &["four", "hello"], &["ab", "", "", "four"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p167::run, &[&["", "ab", "four", "ab", "xyz", "hello", "hello", ""], &["ab"], &["xyz"]], &[&["Y \"\"", "Y \"-0\"", "Y \"\"", "keep cap 0", "drop k20", "t22", "acc 4", "t23", "add 4", "Y \"ab\"", "add 3", "drop cap", "R Some(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "<drop coroutine>", "drop cap"], &["keep v11 3", "keep v11 10", "take v11", "drop v11", "t12", "Y \"\"", "<drop coroutine>", "drop v9", "drop cap"]], &["cap"]),
    (p168::run, &[&["ab", "", "four", "four", "ab", "x", "hello", "x"], &["xyz", "xyz", "xyz"], &["four", "xyz", "", "xyz", "x", "hello", "hello"]], &[&["Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "send cap 1", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz-1\"", "Y \"four\"", "Y \"xyz-1\"", "Y \"four\"", "send cap 1", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p169::run, &[&["xyz", "ab", "", "x", "four"], &["hello", "four", "ab", "", "hello"], &["ab", "four", "ab", "xyz", "", "", "xyz", "x"]], &[&["acc 2", "add 1", "add 0", "drop k2", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"abab-2abab-2-6\"", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 14", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 20", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 1", "add 0", "drop k2", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"fourfour-4fourfour-4-10\"", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 23", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 31", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 1", "add 0", "drop k2", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"fourfour-4fourfour-4-10\"", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 23", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 31", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"-0-0-2\"", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 6", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 12", "f3 4 \"4\" 1", "lock cap", "lock cap", "acc 5", "add 0", "add 1", "lock cap", "acc 5", "add 0", "add 2", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p170::run, &[&["four", "hello"], &["ab", "", "four", "ab", "four"], &["", "x", "x", "ab", "", "x", "x", "ab"]], &[&["keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 4", "add 0", "add 0", "Y \"four-4\"", "drop v1", "PANIC p4", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 2", "add 0", "add 0", "Y \"ab-2\"", "Y \"ab\"", "drop v1", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 0", "add 0", "add 0", "Y \"-0\"", "drop v1", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &[]),
    (p171::run, &[&["", "xyz", "", "", "four"], &["four", "four", "hello", "", "four", "ab"], &["xyz", "hello", ""]], &[&["Y \"hello\"", "Y \"four\"", "t14", "Y \"ab\"", "drop v13", "t15", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v4 3", "take v4", "drop v4", "drop k5", "send cap 5", "keep v4 3", "take v4", "drop v4", "drop k5", "send cap 5", "drop k2", "t6", "Y \"xyz\"", "t12", "Y \"four-4\"", "Y \"hello\"", "Y \"four\"", "t14", "Y \"ab\"", "drop v13", "t15", "drop cap", "R Ok(5)", "<drop coroutine>"], &["Y \"hello\"", "Y \"four\"", "t14", "Y \"ab\"", "<drop coroutine>", "drop v13", "drop cap"]], &["cap", "v13"]),
    (p172::run, &[&["", "four", "four", "four"], &["", "ab", "", "xyz", "hello"], &["hello", "four", "", ""]], &[&["consume v10", "drop v10", "send cap 1", "acc 2", "add 0", "add 0", "t12", "drop v13", "drop v13", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v10", "drop v10", "send cap 1", "acc 2", "add 0", "add 0", "t12", "drop v13", "drop v13", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v10", "drop v10", "send cap 1", "acc 2", "add 5", "add 5", "t12", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p173::run, &[&["ab", "ab", "four"], &["xyz", "four", "four", "x", "four", "", "x", "xyz"], &["x", "x"]], &[&["Y \"ab-3\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"xyz-3\"", "send cap 1", "Y \"xyz\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x-3\"", "send cap 1", "drop cap", "R 4", "<drop coroutine>"]], &[]),
    (p174::run, &[&["x", "hello", "x", "xyz", "four"], &["x", "hello"], &["", "xyz", "ab", "hello"]], &[&["into k1", "drop k1", "t3", "Y \"xyz\"", "t5", "t4", "drop k7", "t6", "Y \"x\"", "Y \"ab\"", "lock cap", "Y \"ab\"", "lock cap", "acc 10", "keep v12 11", "take v12", "drop v12", "add 7", "add 8", "t5", "t4", "drop k7", "t6", "Y \"x\"", "<drop coroutine>", "drop cap"], &["into k1", "drop k1", "t3", "Y \"xyz\"", "t5", "t4", "drop k7", "t6", "Y \"x\"", "<drop coroutine>", "drop cap"], &["into k1", "drop k1", "t3", "Y \"xyz\"", "t5", "t4", "drop k7", "t6", "Y \"x\"", "Y \"ab\"", "lock cap", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &[]),
    (p175::run, &[&["ab"], &["ab", "hello", "xyz", "hello", "hello", "hello", "four", "ab"], &["four", "four", "x", ""]], &[&["Y \"ab\"", "<drop coroutine>", "drop v5", "drop k1", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "keep v5 8", "t6", "Y \"four\"", "Y \"-3\"", "f3 2 \"2\" 4", "drop k8", "drop v5", "Y \"ab\"", "Y \"ab\"", "keep v5 9", "t6", "Y \"four\"", "Y \"-3\"", "<drop coroutine>", "drop v5", "drop k1", "drop cap"], &["Y \"four\"", "Y \"four\"", "keep v5 5", "t6", "Y \"four\"", "Y \"-3\"", "<drop coroutine>", "drop v5", "drop k1", "drop cap"]], &["v5"]),
    (p176::run, &[&["hello", "four", "four", "", "hello", "hello", ""], &["xyz", "four", "four", "x", "four"], &["", "xyz"]], &[&["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "keep v2 4", "drop v2", "Y \"4\"", "t7", "keep v12 11", "take v12", "drop v12", "drop v10", "keep v12 11", "take v12", "drop v12", "drop v10", "drop k9", "Y \"4\"", "t7", "keep v12 11", "take v12", "drop v12", "drop v10", "keep v12 11", "take v12", "drop v12", "drop v10", "drop k9", "drop k6", "keep v18 17", "take v18", "drop v18", "take cap", "drop cap", "drop v19", "drop v19", "Y \"\"", "f3 0 \"2\" 6", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "keep v2 4", "drop v2", "Y \"4\"", "t7", "keep v12 11", "take v12", "drop v12", "drop v10", "keep v12 11", "take v12", "drop v12", "drop v10", "drop k9", "Y \"4\"", "t7", "keep v12 11", "take v12", "drop v12", "drop v10", "keep v12 11", "take v12", "drop v12", "drop v10", "drop k9", "drop k6", "keep v18 17", "take v18", "drop v18", "take cap", "drop cap", "drop v19", "drop v19", "Y \"\"", "f3 1 \"2\" 6", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "keep v2 4", "drop v2", "Y \"4\"", "keep v12 11", "take v12", "drop v12", "drop v10", "keep v12 11", "take v12", "drop v12", "drop v10", "drop k9", "Y \"4\"", "<drop coroutine>", "drop k6", "drop cap"]], &["cap"]),
    (p177::run, &[&["xyz", "four", "ab", "x", "x", "", "ab"], &["ab"], &["xyz", "xyz", "ab"]], &[&["drop k2", "f3 3 \"xyz\" 3", "t7", "Y \"ab\"", "f3 10 \"xyz-2hello\" 4", "drop k8", "Y \"x-1-2\"", "Y \"x-1-2\"", "t14", "Y \"x-1-2-2\"", "Y \"ab\"", "drop k16", "drop v15", "t14", "Y \"x-1-2-2\"", "Y \"ab\"", "<drop coroutine>", "drop v15", "drop cap"], &["drop k2", "keep cap 4", "take cap", "drop cap", "f3 3 \"xyz\" 2", "t7", "Y \"ab\"", "<drop coroutine>"], &["drop k2", "f3 3 \"xyz\" 3", "t7", "Y \"ab\"", "f3 10 \"xyz-2hello\" 3", "drop k8", "Y \"x-1-2\"", "Y \"x-1-2\"", "<drop coroutine>", "drop cap"]], &["cap", "v15", "v27"]),
    (p178::run, &[&["four", "four", "ab", "ab", "hello", "four", "four", "hello"], &["xyz", "four", "ab", "xyz", "ab", "ab", "x", ""], &["four"]], &[&["t2", "Y \"xyz\"", "Y \"9\"", "Y \"fourfour-3\"", "t4", "t5", "drop k3", "drop k6", "Y \"2\"", "Y \"4-3\"", "t4", "t5", "drop k3", "drop k6", "Y \"four-3\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "Y \"xyz\"", "Y \"xyz\"", "Y \"8\"", "Y \"xyzfour-3\"", "t4", "t5", "drop k3", "drop k6", "Y \"3\"", "Y \"ab-3\"", "t4", "t5", "drop k3", "drop k6", "Y \"xyz-3\"", "drop cap", "R 0", "<drop coroutine>"], &["t2", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p179::run, &[&["ab", "hello", "ab", "ab", "", "ab"], &["four", "four", "", "hello"], &["ab", "hello"]], &[&["into k1", "drop k1", "Y \"8\"", "t14", "Y \"x\"", "acc 6", "add 5", "add 1", "Y \"12\"", "drop k15", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into k1", "drop k1", "Y \"8\"", "t14", "Y \"x\"", "acc 6", "add 5", "add 1", "Y \"12\"", "drop k15", "drop cap", "R None", "<drop coroutine>"], &["into k1", "drop k1", "Y \"8\"", "t14", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p180::run, &[&["hello", "x"], &["x", "hello", "xyz", "ab", "ab"], &["hello"]], &[&["t2", "f3 1 \"hello\" 5", "Y \"11\"", "t6", "t7", "t8", "f3 1 \"hello\" 5", "Y \"11\"", "<drop coroutine>", "drop cap"], &["t2", "f3 1 \"x\" 5", "Y \"7\"", "t6", "t7", "t8", "f3 1 \"x\" 5", "Y \"7\"", "t6", "t7", "t8", "into k12", "drop k12", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "f3 1 \"hello\" 5", "Y \"11\"", "<drop coroutine>", "drop cap"]], &[]),
    (p181::run, &[&["hello", "", "four"], &["x", "xyz", "xyz", ""], &["", "xyz", "hello"]], &[&["f3 5 \"5\" 3", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 1 \"1\" 3", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 0 \"0\" 3", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p182::run, &[&["ab", "xyz", "hello", "x", "xyz"], &["ab", "four"], &["", "four", "four", "", "xyz", "", "ab", "xyz"]], &[&["keep v3 2", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v1", "drop v1", "Y \"helloab\"", "Y \"xyz\"", "Y \"xyz\"", "Y \"5\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v1", "drop v1", "Y \"helloab\"", "drop v6", "Y \"abab\"", "<drop coroutine>", "drop v7", "drop cap"], &["keep v3 0", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v1", "drop v1", "Y \"hello\"", "drop v6", "Y \"\"", "keep v7 4", "consume v7", "drop v7", "Y \"ab\"", "Y \"four\"", "Y \"xyz\"", "Y \"5\"", "Y \"xyz\"", "R None", "<drop coroutine>", "drop cap"]], &["v6"]),
    (p183::run, &[&["", "x", "", "ab", "ab"], &["four", "xyz"], &["xyz"]], &[&["t3", "Y \"-1\"", "acc 2", "drop k5", "add 2", "add 4", "drop k4", "t3", "Y \"-1\"", "acc 1", "drop k5", "add 2", "add 4", "drop k4", "drop k2", "drop cap", "keep v6 1", "Y \"ab\"", "keep v6 2", "into v6", "drop v6", "Y \"5\"", "f3 2 \"ab\" 2", "Y \"ab\"", "<drop coroutine>"], &["t3", "Y \"four-1\"", "acc 6", "drop k5", "add 2", "add 4", "drop k4", "t3", "Y \"four-1\"", "<drop coroutine>", "drop k2", "drop cap"], &["t3", "Y \"xyz-1\"", "<drop coroutine>", "drop k2", "drop cap"]], &["cap", "v6"]),
    (p184::run, &[&["ab", "hello", "ab", "x", "xyz", "", "xyz", "xyz"], &["ab", "", "", "four", "four"], &["hello", "xyz", "hello", "ab", "xyz", "x", "x", "ab"]], &[&["drop k1", "drop v3", "drop v2", "t5", "Y \"3\"", "consume v6", "drop v6", "Y \"x\"", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "drop v3", "drop v2", "t5", "Y \"3\"", "consume v6", "drop v6", "Y \"x\"", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 0", "add 5", "add 5", "Y \"x\"", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p185::run, &[&["ab", "xyz"], &["xyz", "hello", "ab", "xyz", "ab", "ab"], &["xyz", "four", "xyz", "hello", "xyz", "xyz", "hello"]], &[&["Y \"hello\"", "drop k3", "Y \"xyz\"", "<drop coroutine>", "drop k2", "drop cap"], &["drop k3", "drop k2", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k3", "drop k2", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p186::run, &[&["", "", "four", "", "", "xyz", "ab", "ab"], &["x", ""], &["xyz", "ab", "four", ""]], &[&["Y \"\"", "t3", "drop v6", "drop v6", "drop k5", "Y \"hello\"", "drop v8", "drop v6", "drop v6", "drop k5", "f3 4 \"ab\" 4", "acc 15", "Y \"hello\"", "add 0", "send cap 5", "acc 5", "add 0", "add 5", "add 30", "drop k9", "send cap 2", "keep cap 10", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "t3", "drop v6", "drop v6", "drop k5", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "t3", "drop v6", "drop v6", "drop k5", "drop v6", "drop v6", "drop k5", "f3 4 \"ab\" 4", "acc 15", "Y \"hello\"", "add 4", "send cap 5", "acc 5", "add 0", "add 5", "add 30", "drop k9", "send cap 2", "keep cap 10", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p187::run, &[&["x", "four", "", "x", ""], &["", "xyz", "hello", "x", "four", "hello", "ab", ""], &["ab", "ab", "x", "", "x"]], &[&["acc 4", "add 3", "add 1", "f3 3 \"x\" 8", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "acc 5", "add 1", "add 1", "keep v11 7", "Y \"x\"", "into cap", "drop cap", "t13", "t14", "Y \"0\"", "<drop coroutine>", "drop v11"], &["acc 4", "add 3", "add 0", "f3 3 \"\" 7", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "acc 4", "add 3", "add 0", "keep v11 7", "Y \"\"", "into cap", "drop cap", "t13", "t14", "Y \"0\"", "send v11 0", "drop v11", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 4", "add 3", "add 2", "f3 3 \"ab\" 9", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "keep v4 3", "take v4", "drop v4", "Y \"x-7\"", "keep v5 2", "drop v5", "drop k6", "acc 6", "add 2", "add 2", "keep v11 10", "Y \"ab\"", "into cap", "drop cap", "t13", "t14", "Y \"0\"", "<drop coroutine>", "drop v11"]], &["cap"]),
    (p188::run, &[&["ab", "four", "four", "x", "x", "xyz", "four"], &["", "hello"], &["xyz", "", "ab", "four", "", "four", "xyz"]], &[&["t1", "drop k3", "keep v5 4", "take v5", "drop v5", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v5 4", "take v5", "drop v5", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v11 10", "take v11", "drop v11", "drop v9", "keep v11 10", "take v11", "drop v11", "drop v9", "keep v11 10", "take v11", "drop v11", "drop v9", "Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p189::run, &[&["hello", "xyz", "xyz", "xyz", "xyz"], &["ab", "xyz", "x"], &["four", "ab", "x", "four", "xyz", "", ""]], &[&["drop k1", "t5", "f3 3 \"5\" 2", "drop k7", "keep v8 6", "keep v8 3", "drop k9", "acc 2", "add 5", "add 2", "Y \"9\"", "t10", "Y \"0\"", "drop v11", "drop v8", "keep v8 2", "keep v8 3", "drop k9", "acc 2", "add 5", "add 2", "Y \"9\"", "t10", "Y \"0\"", "drop v11", "drop v8", "Y \"\"", "<drop coroutine>", "drop v2", "drop cap"], &["drop k1", "t5", "f3 3 \"2\" 2", "drop k7", "keep v8 6", "keep v8 3", "drop k9", "acc 2", "add 2", "add 2", "Y \"6\"", "t10", "Y \"0\"", "drop v11", "drop v8", "keep v8 2", "keep v8 3", "drop k9", "acc 2", "add 2", "add 2", "Y \"6\"", "<drop coroutine>", "drop v8", "drop v2", "drop cap"], &["drop k1", "t5", "f3 3 \"4\" 2", "drop k7", "keep v8 6", "keep v8 3", "drop k9", "acc 2", "add 4", "add 2", "Y \"8\"", "t10", "Y \"0\"", "drop v11", "drop v8", "keep v8 2", "keep v8 3", "drop k9", "acc 2", "add 4", "add 2", "Y \"8\"", "t10", "Y \"0\"", "drop v11", "drop v8", "Y \"\"", "Y \"four\"", "t13", "Y \"4\"", "<drop coroutine>", "drop v2", "drop cap"]], &["v2"]),
    (p190::run, &[&["x", "xyz", "xyz", "four", "xyz"], &["", "", "", "", "four", "four"], &["four", "", "", "four"]], &[&["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "drop k6", "keep v8 7", "take v8", "drop v8", "send cap 2", "consume cap", "drop cap", "into k9", "drop k9", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "drop k6", "keep v8 7", "take v8", "drop v8", "consume cap", "drop cap", "into k9", "drop k9", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p191::run, &[&["xyz", "", "four", "ab", "x"], &["xyz", "hello", "", "xyz", "ab", "xyz", "hello", "four"], &["four", "ab", "", "x", "four", "xyz", "hello", "ab"]], &[&["t1", "Y \"hello\"", "t8", "Y \"4\"", "consume v9", "drop v9", "keep v12 11", "take v12", "drop v12", "Y \"hello\"", "t13", "keep v15 14", "take v15", "drop v15", "Y \"\"", "into k16", "drop k16", "f3 7 \"x\" 8", "drop cap", "R Some(16)", "<drop coroutine>"], &["t1", "Y \"hello\"", "keep v6 6", "keep v6 5", "take v6", "drop v6", "acc 7", "add 3", "add 0", "drop k7", "keep v12 11", "take v12", "drop v12", "Y \"hello\"", "t13", "keep v15 14", "take v15", "drop v15", "Y \"\"", "into k16", "drop k16", "f3 7 \"xyz\" 8", "drop cap", "R Some(18)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"hello\"", "t8", "Y \"4\"", "consume v9", "drop v9", "keep v12 11", "take v12", "drop v12", "Y \"hello\"", "t13", "keep v15 14", "take v15", "drop v15", "Y \"\"", "into k16", "drop k16", "f3 7 \"four\" 8", "drop cap", "R Some(19)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p192::run, &[&["xyz", "hello"], &["hello", "hello", "", "ab", "x", "four"], &["hello", "xyz", "hello", "four", "four", "ab"]], &[&["Y \"xyz\"", "R 5", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p193::run, &[&["four", "xyz", "x"], &["four", "ab", "hello"], &["", "ab", "hello", "ab", "ab", "four", "four"]], &[&["keep v1 5", "lock cap", "keep v1 6", "Y \"four-5\"", "keep v1 3", "send v1 4", "keep v4 4", "keep v4 3", "take v4", "drop v4", "Y \"four\"", "drop v7", "drop v7", "drop v7", "Y \"four\"", "<drop coroutine>", "drop v1", "drop cap"], &["keep v1 5", "lock cap", "keep v1 6", "Y \"four-5\"", "keep v1 2", "send v1 4", "keep v4 4", "keep v4 3", "take v4", "drop v4", "Y \"four\"", "drop v7", "drop v7", "drop v7", "Y \"four\"", "<drop coroutine>", "drop v1", "drop cap"], &["keep v1 5", "lock cap", "keep v1 2", "Y \"-5\"", "keep v1 2", "send v1 4", "keep v4 4", "keep v4 3", "take v4", "drop v4", "Y \"\"", "drop v1", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p194::run, &[&["x", "ab", "four", "hello", ""], &["hello", "xyz", "ab", "ab", "xyz", "ab"], &["four", "xyz", "", "ab"]], &[&["send cap 1", "keep v2 1", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "keep v2 1", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "keep v2 1", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p195::run, &[&[""], &["", "", "hello", "four"], &["four", "four", "ab", "four", "four", "hello", "hello"]], &[&["t3", "keep v6 5", "take v6", "drop v6", "Y \"7\"", "<drop coroutine>", "drop k4", "drop cap"], &["t3", "keep v6 5", "take v6", "drop v6", "Y \"7\"", "Y \"\"", "acc 5", "add 0", "add 0", "acc 5", "acc 0", "add 0", "lock cap", "add 3", "add 3", "keep v8 7", "take v8", "drop v8", "add 7", "lock cap", "t9", "acc 2", "t10", "add 5", "t11", "add 0", "acc 3", "add 4", "add 4", "drop v14", "drop k13", "drop k4", "drop cap", "R 11", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "keep v6 5", "take v6", "drop v6", "Y \"7\"", "Y \"four\"", "acc 2", "add 0", "add 0", "acc 2", "acc 0", "add 0", "lock cap", "add 3", "add 3", "keep v8 7", "take v8", "drop v8", "add 7", "lock cap", "t9", "acc 2", "t10", "add 9", "t11", "add 8", "acc 3", "add 4", "add 4", "drop v14", "drop k13", "drop k4", "drop cap", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p196::run, &[&["four", "four", ""], &["", "xyz"], &["x"]], &[&["drop k2", "Y \"hello-4\"", "t3", "keep v5 4", "take v5", "drop v5", "Y \"hello-4\"", "t3", "keep v5 4", "take v5", "drop v5", "acc 3", "send cap 5", "lock cap", "f3 5 \"four\" 2", "add 11", "add 6", "Y \"4\"", "<drop coroutine>", "drop cap"], &["acc 3", "send cap 5", "lock cap", "f3 5 \"four\" 2", "add 11", "add 6", "Y \"4\"", "Y \"hello\"", "<drop coroutine>", "drop v7", "drop cap"], &["acc 3", "send cap 5", "lock cap", "f3 5 \"four\" 2", "add 11", "add 6", "Y \"4\"", "<drop coroutine>", "drop cap"]], &[]),
    (p197::run, &[&["ab"], &["four", "ab"], &["", "ab", "xyz"]], &[&["keep v8 7", "take v8", "drop v8", "consume v11", "drop v11", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["keep v8 7", "take v8", "drop v8", "consume v11", "drop v11", "Y \"four\"", "consume v11", "drop v11", "Y \"four\"", "<drop coroutine>", "drop cap"], &["keep v8 7", "take v8", "drop v8", "consume v11", "drop v11", "Y \"\"", "consume v11", "drop v11", "Y \"\"", "consume v11", "drop v11", "Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p198::run, &[&["ab", "", "ab"], &["x", "", "hello", "ab", ""], &["xyz", "hello", "four", "x", "four"]], &[&["drop k1", "keep v17 16", "take v17", "drop v17", "acc 1", "add 5", "add 3", "drop cap", "R -2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "keep v17 16", "take v17", "drop v17", "acc 1", "add 5", "add 3", "drop cap", "R -2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "keep v17 16", "take v17", "drop v17", "acc 1", "add 5", "add 3", "drop cap", "R -2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v9"]),
    (p199::run, &[&["xyz", "hello", "hello", "four", "four"], &["four", "xyz", "four", "x", "hello", "ab", "", "x"], &["ab", "ab", "xyz", "ab", "x"]], &[&["take cap", "drop cap", "Y \"xyz\"", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 5 \"hello\" 8", "drop k4", "consume v7", "drop v7", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 5 \"hello\" 8", "drop k4", "consume v7", "drop v7", "into k9", "drop k9", "t13", "Y \"xyz\"", "drop v12", "PANIC p15", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["take cap", "drop cap", "Y \"four\"", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 6 \"hello\" 8", "drop k4", "consume v7", "drop v7", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 3 \"hello\" 8", "drop k4", "consume v7", "drop v7", "into k9", "drop k9", "t13", "Y \"four\"", "drop v12", "PANIC p15", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["take cap", "drop cap", "Y \"ab\"", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 4 \"hello\" 8", "drop k4", "consume v7", "drop v7", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 2 \"hello\" 8", "drop k4", "consume v7", "drop v7", "keep v11 10", "take v11", "drop v11", "t13", "Y \"ab\"", "drop v12", "PANIC p15", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p200::run, &[&["xyz", "four", "four", "xyz"], &["ab", "", "ab", "", "hello", "", "", "hello"], &["xyz", ""]], &[&["drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"abab\"", "t4", "Y \"5\"", "drop v5", "t3", "Y \"abab\"", "t4", "Y \"5\"", "drop v5", "Y \"xyz\"", "Y \"\"", "t7", "Y \"ab-0\"", "drop k6", "t3", "Y \"abab\"", "<drop coroutine>", "drop cap"], &["drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p201::run, &[&["xyz", "", "hello"], &["xyz", "four", "four", "ab", "x"], &["four", "ab", "hello", "", "four", "four", "hello"]], &[&["drop k3", "Y \"xyz-3\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "Y \"xyz-3\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "Y \"four-2\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p202::run, &[&["xyz", "x", "x", "", "xyz"], &["xyz", "ab", "", "hello", "ab", "x", "four", "four"], &["ab", "xyz", "", "hello", "four", "ab", ""]], &[&["t2", "Y \"xyz\"", "acc 3", "add 4", "send cap 1", "add 1", "keep v6 5", "take v6", "drop v6", "t7", "Y \"xyz0\"", "lock cap", "lock cap", "t7", "Y \"xyz1\"", "t7", "Y \"xyz2\"", "t12", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"xyz\"", "acc 3", "add 4", "send cap 1", "add 1", "keep v6 5", "take v6", "drop v6", "t7", "Y \"xyz0\"", "t7", "Y \"xyz1\"", "t7", "Y \"xyz2\"", "Y \"ab\"", "send cap 1", "t9", "Y \"1\"", "drop v10", "Y \"ab\"", "send cap 1", "t9", "Y \"1\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"ab\"", "acc 3", "add 4", "send cap 1", "add 1", "keep v6 5", "take v6", "drop v6", "t7", "Y \"xyz0\"", "t7", "Y \"xyz1\"", "t7", "Y \"xyz2\"", "t12", "Y \"ab\"", "Y \"abx\"", "Y \"abx-3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p203::run, &[&["hello", "", "x", "ab", "ab"], &["xyz", "xyz", "ab", "", "hello", "hello", "ab"], &["", ""]], &[&["Y \"ab-23\"", "keep v7 6", "take v7", "drop v7", "t5", "Y \"ab-23\"", "keep v7 6", "take v7", "drop v7", "t5", "drop k4", "send v1 3", "send v1 3", "keep v10 9", "take v10", "drop v10", "Y \"xyz\"", "consume v13", "drop v13", "Y \"2-16\"", "t14", "consume v15", "drop v15", "Y \"ab2\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"ab-23\"", "keep v7 6", "take v7", "drop v7", "t5", "Y \"ab-23\"", "keep v7 6", "take v7", "drop v7", "t5", "drop k4", "send v1 3", "send v1 3", "keep v10 9", "take v10", "drop v10", "Y \"xyz\"", "consume v13", "drop v13", "Y \"2-16\"", "t14", "consume v15", "drop v15", "Y \"hello2\"", "acc 16", "add 16", "add 2", "t16", "f3 5 \"hello\" 34", "drop k17", "consume v13", "drop v13", "Y \"-16\"", "t14", "consume v15", "drop v15", "Y \"ab\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"ab-23\"", "keep v7 6", "take v7", "drop v7", "t5", "Y \"ab-23\"", "<drop coroutine>", "drop k4", "drop v1", "drop cap"]], &["cap", "v1"]),
    (p204::run, &[&["four", "four", "ab", "hello", "four"], &["ab", "four", "four"], &["xyz"]], &[&["Y \"four\"", "keep v3 2", "take v3", "drop v3", "drop v5", "keep v3 2", "take v3", "drop v3", "drop v5", "drop k12", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "keep v3 2", "take v3", "drop v3", "drop v5", "keep v3 2", "take v3", "drop v3", "drop v5", "drop k12", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p205::run, &[&["xyz", "ab", "four", "ab"], &["x"], &["hello", "x"]], &[&["Y \"xyz\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "t2", "drop cap", "PANIC p3", "<drop coroutine>"]], &["cap"]),
    (p206::run, &[&["hello", "hello", "", "x", "ab", "xyz"], &["x"], &["hello"]], &[&["Y \"hello\"", "drop cap", "R Some(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p207::run, &[&["hello", "x", "", "ab", "four"], &["hello", "hello"], &["", "", "x", "x"]], &[&["Y \"x\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "drop cap", "R None", "<drop coroutine>"], &["Y \"x\"", "take cap", "drop cap", "keep v12 11", "take v12", "drop v12", "t21", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p208::run, &[&["four"], &["xyz"], &["hello", "four", "ab", "hello"]], &[&["t2", "f3 3 \"fourfour\" 6", "drop k1", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t2", "f3 3 \"fourxyz\" 5", "drop k1", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t2", "f3 3 \"fourhello\" 7", "drop k1", "Y \"ab\"", "drop cap", "R Ok(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p209::run, &[&["xyz", "ab", "ab"], &["ab", "", "xyz", "four"], &["xyz", "four", "four", "xyz", "xyz", "", "xyz", "ab"]], &[&["Y \"xyz\"", "Y \"2ab\"", "Y \"2ab\"", "<drop coroutine>", "drop cap"], &["Y \"ab\"", "drop k2", "Y \"ab\"", "Y \"2xyz\"", "drop k2", "Y \"2xyz\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"2four\"", "Y \"2four\"", "send cap 4", "acc 7", "keep v12 11", "take v12", "drop v12", "add 7", "add 8", "Y \"2xyz\"", "t16", "lock cap", "Y \"x2xyz\"", "keep v15 0", "drop v15", "Y \"2xyz\"", "t16", "lock cap", "Y \"x2xyz\"", "keep v15 2", "drop v15", "drop k14", "Y \"\"", "<drop coroutine>", "drop cap"]], &["v15"]),
    (p210::run, &[&["", "four", "hello", "xyz", "x"], &["", "xyz"], &["hello", "ab", "x", "xyz"]], &[&["Y \"x\"", "drop k3", "Y \"ab-0\"", "t5", "acc 4", "add 2", "add 0", "consume v7", "drop v7", "Y \"\"", "drop k8", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "drop k3", "Y \"ab-0\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "drop k3", "Y \"ab-5\"", "t5", "acc 4", "add 2", "add 0", "consume v7", "drop v7", "Y \"\"", "drop k8", "drop cap", "R Some(7)", "<drop coroutine>"]], &["cap"]),
    (p211::run, &[&["hello", "four", "hello", "hello", "ab", "hello", "ab", "xyz"], &["four", "", "four", "ab", "hello", "four", "hello"], &["four", "four", "ab", "xyz"]], &[&["Y \"x\"", "t4", "keep v3 4", "into v3", "drop v3", "Y \"hello-8\"", "Y \"\"", "drop k2", "Y \"5\"", "Y \"x\"", "t4", "keep v3 5", "into v3", "drop v3", "Y \"hello-8\"", "Y \"\"", "drop k2", "Y \"5\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "t4", "keep v3 0", "into v3", "drop v3", "Y \"four-8\"", "Y \"\"", "drop k2", "Y \"5\"", "Y \"x\"", "t4", "keep v3 4", "into v3", "drop v3", "Y \"four-8\"", "Y \"\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"x\"", "t4", "keep v3 4", "into v3", "drop v3", "Y \"four-8\"", "Y \"\"", "drop k2", "Y \"5\"", "<drop coroutine>", "drop cap"]], &["v3"]),
    (p212::run, &[&["hello", "", "ab", "xyz", "x"], &["x", "four", "x"], &["four", "xyz", "", "", "ab", "x", "ab", ""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "f3 7 \"\" 4", "Y \"ab\"", "t6", "Y \"xx\"", "t10", "t9", "f3 2 \"3\" 0", "drop k8", "consume v11", "drop v11", "take v7", "drop v7", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"x\"", "f3 7 \"four\" 4", "Y \"ab\"", "t6", "Y \"xx\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"four\"", "f3 7 \"xyz\" 4", "Y \"ab\"", "t6", "Y \"xx\"", "t10", "t9", "f3 0 \"3\" 0", "drop k8", "consume v11", "drop v11", "take v7", "drop v7", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p213::run, &[&["xyz", "hello", "hello", "xyz", "", "", "x", ""], &["hello", "ab"], &["hello", "ab", "hello", "four", "four", "ab"]], &[&["Y \"8\"", "f3 2 \"ab\" 2", "acc 3", "add 3", "add 1", "lock v1", "t13", "Y \"2\"", "drop k14", "f3 3 \"x\" 4", "lock cap", "drop v1", "drop cap", "R Some(10)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"10\"", "f3 2 \"ab\" 2", "acc 3", "add 3", "add 1", "lock v1", "t13", "Y \"2\"", "<drop coroutine>", "drop v1", "drop cap"], &["Y \"10\"", "f3 2 \"ab\" 2", "acc 3", "add 3", "add 1", "lock v1", "t13", "Y \"2\"", "drop k14", "f3 3 \"x\" 4", "lock cap", "drop v1", "drop cap", "R Some(10)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v1"]),
    (p214::run, &[&["hello", "", "hello", "hello", "x"], &["hello", "ab", "four", "ab", "x", "", "hello", ""], &["", "x", "x", "ab", "xyz", "x", "hello", "xyz"]], &[&["lock cap", "f3 2 \"hello\" 4", "lock cap", "Y \"hello\"", "drop v2", "Y \"hello\"", "drop v2", "Y \"hello\"", "drop v2", "Y \"four\"", "drop cap", "PANIC p12", "<drop coroutine>"], &["lock cap", "f3 2 \"hello\" 4", "lock cap", "Y \"hello\"", "drop v2", "Y \"hello\"", "drop v2", "Y \"hello\"", "drop v2", "Y \"four\"", "drop cap", "PANIC p12", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["lock cap", "f3 2 \"\" 4", "lock cap", "Y \"hello\"", "drop v2", "Y \"hello\"", "drop v2", "Y \"hello\"", "drop v2", "drop k13", "keep v9 8", "take v9", "drop v9", "t7", "lock cap", "Y \"x\"", "Y \"xyz\"", "keep v17 16", "take v17", "drop v17", "keep v15 7", "drop v15", "send cap 0", "drop k19", "drop cap", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p215::run, &[&["ab", "four", "", "", "x"], &["xyz", "four", "ab", "ab"], &["ab", "four", "xyz", "four", "hello"]], &[&["t6", "t5", "t6", "t5", "drop k4", "t6", "t5", "t6", "t5", "drop k4", "acc 0", "add 5", "add 0", "t9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t6", "t5", "t6", "t5", "drop k4", "t6", "t5", "t6", "t5", "drop k4", "acc 0", "add 5", "add 0", "t9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t6", "t5", "t6", "t5", "drop k4", "t6", "t5", "t6", "t5", "drop k4", "acc 0", "add 5", "add 0", "t9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p216::run, &[&["hello", "hello", "xyz", "", "ab"], &["four", "ab", "x", "hello"], &["xyz", "ab", "ab", "four", "ab", "ab"]], &[&["t1", "Y \"hellofourab\"", "t3", "Y \"\"", "drop k4", "lock cap", "t6", "Y \"ab\"", "lock cap", "t6", "Y \"ab\"", "t8", "Y \"four\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"fourfourab\"", "t3", "Y \"\"", "drop k4", "lock cap", "t6", "Y \"ab\"", "lock cap", "t6", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"xyzfourab\"", "t3", "Y \"\"", "drop k4", "lock cap", "t6", "Y \"ab\"", "lock cap", "t6", "Y \"ab\"", "t8", "Y \"four\"", "Y \"3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p217::run, &[&["four"], &["ab", "ab"], &["hello"]], &[&["consume v1", "drop v1", "Y \"four\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "Y \"ab\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p218::run, &[&["x", "hello"], &["x", "hello", "xyz", "hello", "four", ""], &["xyz", "four", "four"]], &[&["consume v3", "drop v3", "f3 1 \"\" 1", "t6", "Y \"hello\"", "Y \"x-3\"", "<drop coroutine>", "drop cap"], &["consume v3", "drop v3", "f3 1 \"\" 1", "t6", "Y \"hello\"", "Y \"x-3\"", "t8", "Y \"xyz\"", "Y \"xyz-3\"", "t8", "Y \"four\"", "Y \"four-3\"", "<drop coroutine>", "drop cap"], &["consume v3", "drop v3", "f3 9 \"\" 3", "t6", "Y \"hello\"", "Y \"xyz-3\"", "t8", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p219::run, &[&["ab", "", "ab", "hello", "ab", "ab", "ab"], &["", "", "hello", ""], &["x", "xyz", "four", "", "xyz"]], &[&["t2", "Y \"3\"", "send cap 5", "drop k6", "acc 3", "add 4", "add 4", "Y \"ab-2-11\"", "keep v9 4", "keep v9 8", "take v9", "drop v9", "t12", "drop k13", "Y \"ab-2\"", "lock cap", "Y \"3\"", "drop k15", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "keep v4 3", "take v4", "drop v4", "acc 4", "add 5", "add 3", "t5", "drop cap", "R 16", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "Y \"3\"", "send cap 5", "drop k6", "acc 3", "add 4", "add 4", "Y \"ab-2-11\"", "keep v9 4", "keep v9 8", "take v9", "drop v9", "t12", "drop k13", "Y \"ab-2\"", "lock cap", "Y \"3\"", "drop k15", "drop cap", "R 3", "<drop coroutine>"]], &[]),
    (p220::run, &[&["", "ab", "ab", "ab", "ab", "ab", "ab"], &["hello", "", "", "xyz", "x", "four", "hello"], &["ab", "four", "four", "four", "hello", ""]], &[&["keep v3 2", "consume v3", "drop v3", "keep v4 0", "drop v4", "keep v5 0", "t6", "Y \"hello\"", "drop v5", "keep v3 1", "consume v3", "drop v3", "keep v4 0", "drop v4", "keep v5 0", "t6", "Y \"\"", "drop v5", "drop k2", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "consume v3", "drop v3", "keep v4 5", "drop v4", "keep v5 0", "t6", "Y \"hello\"", "drop v5", "keep v3 1", "consume v3", "drop v3", "keep v4 5", "drop v4", "keep v5 0", "t6", "Y \"\"", "drop v5", "drop k2", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "consume v3", "drop v3", "keep v4 2", "drop v4", "keep v5 0", "t6", "Y \"hello\"", "drop v5", "keep v3 1", "consume v3", "drop v3", "keep v4 2", "drop v4", "keep v5 0", "t6", "Y \"\"", "drop v5", "drop k2", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p221::run, &[&["xyz", "xyz"], &["", "hello", "", "hello", "x"], &["hello", "", "hello", ""]], &[&["keep v12 8", "consume v12", "drop v12", "drop cap", "R 5", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"0\"", "drop cap", "f3 0 \"hello\" 1", "f3 6 \"0\" 0", "keep v6 5", "take v6", "drop v6", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v12 8", "consume v12", "drop v12", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p222::run, &[&["ab", "hello", "xyz", "ab", "hello", "xyz", ""], &["x", "hello", "", "ab", "four"], &["x", "", "xyz", "xyz", "", "four", "four"]], &[&["keep v2 1", "take v2", "drop v2", "into k3", "drop k3", "t5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "into k3", "drop k3", "t5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "into k3", "drop k3", "t5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p223::run, &[&["x", "hello"], &["xyz", "x", "xyz", "ab"], &["", "ab"]], &[&["Y \"x\"", "f3 2 \"hello\" 2", "f3 3 \"ab\" 1", "drop k3", "drop k2", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "f3 2 \"x\" 2", "f3 3 \"ab\" 1", "drop k3", "drop k2", "Y \"xyz\"", "acc 0", "keep v10 9", "take v10", "drop v10", "add 7", "keep v12 11", "take v12", "drop v12", "add 7", "Y \"14\"", "Y \"-2\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "f3 2 \"ab\" 2", "f3 3 \"ab\" 1", "drop k3", "drop k2", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p224::run, &[&["x", "four", "", "x"], &["xyz", "xyz", "", "x"], &["xyz", "x", "x", "xyz"]], &[&["send cap 1", "Y \"x\"", "t3", "acc 5", "keep v5 4", "take v5", "drop v5", "add 7", "add 1", "Y \"x\"", "Y \"x\"", "consume v6", "drop v6", "t3", "acc 1", "keep v5 4", "take v5", "drop v5", "add 7", "add 1", "Y \"x\"", "<drop coroutine>", "drop cap"], &["send cap 1", "Y \"xyz\"", "t3", "acc 6", "keep v5 4", "take v5", "drop v5", "add 7", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "Y \"xyz\"", "t3", "acc 4", "keep v5 4", "take v5", "drop v5", "add 7", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p225::run, &[&["hello", "hello", "hello"], &["ab", "hello", "", "xyz", "ab", "x"], &["", "ab", "four", "hello"]], &[&["t6", "t7", "acc 9", "add 13", "t8", "add 16", "t9", "Y \"ab-3\"", "drop cap", "R Err(\"fourx-43\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t6", "t7", "acc 9", "add 13", "t8", "add 16", "t9", "Y \"ab-3\"", "drop cap", "R Err(\"fourx-43\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"-3\"", "drop k5", "t6", "t7", "acc 9", "add 13", "t8", "add 16", "t9", "Y \"ab-3\"", "drop cap", "R Err(\"fourx-43\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p226::run, &[&["x", "four"], &["four", "ab"], &["ab"]], &[&["keep cap 2", "t2", "Y \"four\"", "f3 2 \"x\" 4", "keep cap 7", "drop k1", "keep v5 4", "take v5", "drop v5", "f3 4 \"\" 0", "t11", "drop cap", "PANIC p12", "<drop coroutine>"], &["keep cap 2", "t2", "Y \"four\"", "f3 2 \"four\" 2", "keep cap 8", "drop k1", "keep v5 4", "take v5", "drop v5", "f3 4 \"\" 0", "t11", "drop cap", "PANIC p12", "<drop coroutine>"], &["keep cap 2", "t2", "Y \"four\"", "<drop coroutine>", "drop cap", "drop k1"]], &["cap"]),
    (p227::run, &[&["four", "hello", "xyz", "x", "", "", "hello", "hello"], &["xyz", "four"], &["four", "four"]], &[&["drop cap", "Y \"four-4\"", "keep v10 4", "keep v10 9", "take v10", "drop v10", "Y \"helloxyzab\"", "consume v13", "drop v13", "t14", "Y \"x\"", "Y \"helloxyzab\"", "consume v13", "drop v13", "Y \"xyz-5\"", "drop k12", "into k17", "drop k17", "t18", "t19", "into k17", "drop k17", "t18", "t19", "drop k16", "consume v20", "drop v20", "drop v23", "drop k22", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "Y \"xyz-3\"", "keep v10 4", "keep v10 9", "take v10", "drop v10", "Y \"helloxyzab\"", "<drop coroutine>", "drop k12"], &["drop cap", "Y \"four-4\"", "keep v10 4", "keep v10 9", "take v10", "drop v10", "Y \"helloxyzab\"", "<drop coroutine>", "drop k12"]], &["cap"]),
    (p228::run, &[&["xyz", "", "x", "hello", "four", "ab"], &[""], &["xyz", "", "hello", "four", "x"]], &[&["drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"2\"", "<drop coroutine>", "drop cap"], &["drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p229::run, &[&["four", "four", "hello"], &["four", "xyz", "xyz", "four", "hello", "hello", "four", "ab"], &["x", "x"]], &[&["drop v1", "take cap", "drop cap", "Y \"four-7\"", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "take cap", "drop cap", "Y \"four-7\"", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "take cap", "drop cap", "Y \"x-7\"", "PANIC p4", "<drop coroutine>"]], &["cap"]),
    (p230::run, &[&["x", "xyz"], &["", "x", "four", "four", "xyz", "", "xyz", "four"], &["x", "xyz"]], &[&["into k2", "drop k2", "lock cap", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 1", "add 2", "add 11", "keep v6 14", "keep v6 3", "consume v6", "drop v6", "drop v8", "keep v6 3", "acc 1", "add 2", "add 4", "keep v6 7", "keep v6 3", "consume v6", "drop v6", "drop cap", "PANIC p7", "<drop coroutine>"], &["into k2", "drop k2", "lock cap", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 0", "add 2", "add 9", "keep v6 11", "keep v6 3", "consume v6", "drop v6", "drop v8", "keep v6 3", "acc 0", "add 2", "add 3", "keep v6 5", "keep v6 3", "consume v6", "drop v6", "drop v8", "f3 0 \"hello\" 5", "t9", "consume v11", "drop v11", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 2", "add 2", "add 12", "keep v6 16", "keep v6 3", "consume v6", "drop v6", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into k2", "drop k2", "lock cap", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 1", "add 2", "add 11", "keep v6 14", "keep v6 3", "consume v6", "drop v6", "drop v8", "keep v6 3", "acc 1", "add 2", "add 4", "keep v6 7", "keep v6 3", "consume v6", "drop v6", "drop cap", "PANIC p7", "<drop coroutine>"]], &["v6"]),
    (p231::run, &[&["x", "x", "four", "xyz", "x", "hello", "", "x"], &["four", "hello", "four", "four"], &["xyz", "four", "x"]], &[&["drop v1", "Y \"four\"", "drop v2", "t4", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 7", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 5", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "drop k11", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "Y \"four\"", "drop v2", "t4", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"four\"", "drop v2", "t4", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 5", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "<drop coroutine>", "drop cap"]], &[]),
    (p232::run, &[&["hello", "four", "x"], &["x", "four", "xyz", "ab"], &["xyz", "", "ab", "four", "hello", "ab", "x"]], &[&["consume v4", "drop v4", "Y \"\"", "drop v3", "consume v4", "drop v4", "Y \"\"", "drop v3", "consume v4", "drop v4", "Y \"\"", "<drop coroutine>", "drop v3", "drop cap"], &["consume v4", "drop v4", "Y \"\"", "drop v3", "consume v4", "drop v4", "Y \"\"", "drop v3", "consume v4", "drop v4", "Y \"\"", "drop v3", "Y \"0\"", "<drop coroutine>", "drop cap"], &["consume v4", "drop v4", "Y \"\"", "drop v3", "consume v4", "drop v4", "Y \"\"", "drop v3", "consume v4", "drop v4", "Y \"\"", "drop v3", "Y \"0\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p233::run, &[&["hello"], &["hello", "x", "ab", "ab"], &["xyz", ""]], &[&["Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"hello-12hello\"", "Y \"\"", "lock cap", "keep v8 6", "consume v8", "drop v8", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"xyz-12xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p234::run, &[&["hello", "ab", "four", "xyz", "ab"], &["ab", "hello", "ab", "x", "xyz", "xyz", "x"], &["ab", "xyz", "x", ""]], &[&["t2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t4", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t2", "t4", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p235::run, &[&["x", "ab"], &["four", "", "ab", "four", "four", "four", "xyz", "hello"], &["x", "xyz", "", "ab", "ab", "hello", "x", ""]], &[&["t4", "f3 3 \"x\" 2", "Y \"ab\"", "Y \"x\"", "<drop coroutine>", "drop k2", "drop cap"], &["t4", "f3 6 \"four\" 2", "Y \"ab\"", "Y \"four\"", "Y \"ab\"", "Y \"four\"", "Y \"ab\"", "Y \"four\"", "t5", "Y \"fourxyzhello\"", "Y \"4\"", "<drop coroutine>", "drop k7", "drop k2", "drop cap"], &["t4", "f3 3 \"x\" 2", "Y \"ab\"", "Y \"x\"", "Y \"ab\"", "Y \"x\"", "Y \"ab\"", "Y \"x\"", "t5", "Y \"xxyzhello\"", "Y \"1\"", "<drop coroutine>", "drop k7", "drop k2", "drop cap"]], &[]),
    (p236::run, &[&["hello", "hello", "hello"], &["ab", "four", "x", "hello", "", "xyz", "four", "xyz"], &["xyz", "ab", "hello", "four", "four", "xyz", "four"]], &[&["consume v1", "drop v1", "take cap", "drop cap", "Y \"hello-7\"", "Y \"four\"", "Y \"hello\"", "<drop coroutine>"], &["consume v1", "drop v1", "take cap", "drop cap", "Y \"ab-7\"", "Y \"four\"", "Y \"ab\"", "f3 1 \"ab\" 5", "t6", "Y \"x-4\"", "Y \"2\"", "Y \"-2\"", "Y \"1\"", "Y \"-1\"", "<drop coroutine>", "drop k8"], &["consume v1", "drop v1", "take cap", "drop cap", "Y \"xyz-7\"", "Y \"four\"", "Y \"xyz\"", "f3 5 \"xyz\" 4", "t6", "Y \"x-2\"", "Y \"2\"", "Y \"four-6\"", "Y \"1\"", "<drop coroutine>", "drop k8"]], &["cap", "v5"]),
    (p237::run, &[&["xyz", "xyz", "", "four", "hello", "hello", "ab", "xyz"], &["x"], &["", "ab", "hello", "x", "four", "hello", "", ""]], &[&["drop v1", "drop k3", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz-1\"", "Y \"xyz-2\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop k10", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "drop k3", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "<drop coroutine>", "drop cap"], &["drop v1", "drop k3", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz-1\"", "Y \"xyz-2\"", "keep v6 5", "take v6", "drop v6", "drop v7", "drop k10", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p238::run, &[&["x", "four", "hello", "xyz", "hello"], &["ab", "ab", "x", "", "x", "four", "", "xyz"], &["x"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "<drop coroutine>"]], &["cap"]),
    (p239::run, &[&["four", "hello", "xyz", "", "xyz", "xyz", "four", "hello"], &["four", ""], &["x"]], &[&["drop v1", "t2", "Y \"four\"", "t11", "Y \"ab\"", "t12", "Y \"four\"", "consume v13", "drop v13", "acc 4", "keep v15 14", "take v15", "drop v15", "add 7", "add 3", "t16", "drop k9", "t18", "t11", "Y \"ab\"", "t12", "Y \"four\"", "consume v13", "drop v13", "acc 4", "keep v15 14", "take v15", "drop v15", "add 7", "add 3", "t16", "drop k9", "t18", "drop k20", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "t2", "Y \"four\"", "t11", "Y \"ab\"", "<drop coroutine>", "drop k9", "drop cap"], &["drop v1", "t2", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p240::run, &[&["hello", "four", "xyz", "hello", "x", "four", "x", "ab"], &["", "four", "ab", "x", "hello"], &["ab", "xyz", "four", "four"]], &[&["lock cap", "f3 0 \"hello\" 15", "into k8", "drop k8", "Y \"8\"", "Y \"-2\"", "drop k11", "Y \"hello\"", "drop v9", "into k8", "drop k8", "Y \"8\"", "Y \"-1\"", "drop k11", "Y \"hello\"", "drop v9", "drop k7", "f3 3 \"hello\" 20", "Y \"xyz\"", "f3 25 \"ab\" 25", "acc 1", "add 5", "drop cap", "R None", "<drop coroutine>"], &["lock cap", "into k8", "drop k8", "Y \"8\"", "Y \"-2\"", "Y \"\"", "drop v9", "into k8", "drop k8", "Y \"8\"", "Y \"-1\"", "<drop coroutine>", "drop v9", "drop k7", "drop cap"], &["lock cap", "into k8", "drop k8", "Y \"8\"", "Y \"-2\"", "drop k11", "Y \"ab\"", "drop v9", "into k8", "drop k8", "Y \"8\"", "<drop coroutine>", "drop k7", "drop cap"]], &[]),
    (p241::run, &[&["four", "xyz", "", "hello", "xyz", "hello", "ab", "x"], &["xyz", "ab", "x", "hello", "x"], &["", "hello", "hello", "", "x"]], &[&["Y \"ab\"", "Y \"four\"", "Y \"four\"", "Y \"four\"", "Y \"four\"", "keep v4 3", "take v4", "drop v4", "f3 4 \"hello\" 7", "acc 16", "send cap 1", "f3 0 \"xyz\" 1", "add 5", "add 3", "drop v5", "Y \"four\"", "Y \"four\"", "keep v4 3", "take v4", "drop v4", "f3 4 \"x\" 7", "acc 12", "send cap 1", "f3 0 \"xyz\" 1", "add 5", "add 3", "drop v5", "drop cap", "R 4", "<drop coroutine>"], &["t1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p242::run, &[&["hello", "xyz", "ab", "ab", "hello", "four"], &["ab", "ab", "ab", "xyz", "hello"], &["x", "four"]], &[&["f3 5 \"hello\" 2", "keep v1 12", "drop k2", "drop v1", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"ab\" 2", "keep v1 6", "drop k2", "Y \"2\"", "t4", "acc 3", "into k7", "drop k7", "add 8", "keep v9 8", "take v9", "drop v9", "add 7", "keep v6 18", "consume v6", "drop v6", "acc 3", "into k7", "drop k7", "add 8", "keep v9 8", "take v9", "drop v9", "add 7", "keep v6 18", "consume v6", "drop v6", "acc 3", "add 2", "add 2", "acc 7", "add 5", "add 4", "acc 16", "add 3", "drop v1", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 1 \"x\" 2", "keep v1 4", "drop k2", "Y \"1\"", "t4", "drop v1", "drop cap", "PANIC p5", "<drop coroutine>"]], &["cap"]),
    (p243::run, &[&["ab", "four", "ab", "four", "ab", "four", "", ""], &["xyz", "hello"], &["ab", "hello", "", "xyz"]], &[&["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"ab\"", "drop v7", "Y \"ab\"", "drop v7", "t9", "Y \"abx\"", "t14", "t13", "drop k15", "drop v16", "drop k15", "drop v16", "into k18", "drop k18", "t14", "t13", "drop k15", "drop v16", "drop k15", "drop v16", "into k18", "drop k18", "lock v19", "drop v19", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"xyz\"", "drop v7", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"ab\"", "drop v7", "Y \"ab\"", "drop v7", "t9", "Y \"abx\"", "t14", "t13", "drop k15", "drop v16", "drop k15", "drop v16", "into k18", "drop k18", "t14", "t13", "drop k15", "drop v16", "drop k15", "drop v16", "into k18", "drop k18", "lock v19", "drop v19", "drop cap", "R 2", "<drop coroutine>"]], &["cap"]),
    (p244::run, &[&["four", "x"], &["hello", "x", "xyz", ""], &["ab"]], &[&["t2", "Y \"hello\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"hello\"", "Y \"hello\"", "keep v7 2", "Y \"hello-4\"", "keep v7 0", "Y \"x\"", "<drop coroutine>", "drop v7", "drop k8", "drop cap"], &["t2", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["v14", "v7"]),
    (p245::run, &[&["x", "x", "hello", "four", "hello"], &["xyz", "hello"], &["four", "", "ab"]], &[&["Y \"x\"", "Y \"hello\"", "Y \"x\"", "t3", "acc 4", "add 3", "send cap 3", "add 3", "keep v6 10", "keep v6 5", "take v6", "drop v6", "t7", "keep v9 8", "take v9", "drop v9", "Y \"abxhello\"", "t3", "acc 5", "add 3", "send cap 3", "add 3", "keep v6 11", "keep v6 5", "take v6", "drop v6", "t7", "keep v9 8", "take v9", "drop v9", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "Y \"hello\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &[]),
    (p246::run, &[&["", "x", "four", "xyz", "", "hello", "four", "ab"], &["xyz"], &["xyz", "hello"]], &[&["t2", "Y \"four\"", "t3", "Y \"hello\"", "lock cap", "drop v6", "Y \"hello\"", "lock cap", "drop v6", "t5", "lock cap", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t2", "Y \"four\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"four\"", "t3", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p247::run, &[&["", "ab", "x", "x", "four", "ab", "hello"], &["ab", "ab", "hello", "xyz", "hello", "x"], &["four"]], &[&["acc 4", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "acc 1", "add 4", "add 2", "acc 7", "into cap", "drop cap", "acc 8", "Y \"\"", "add 2", "add 3", "add 13", "f3 5 \"ab\" 5", "f3 12 \"xyz-0\" 5", "add 22", "drop k6", "drop k5", "Y \"ab\"", "drop k22", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 4", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "acc 1", "add 4", "add 2", "acc 7", "into cap", "drop cap", "acc 8", "Y \"\"", "add 2", "add 3", "add 13", "f3 5 \"ab\" 5", "f3 12 \"xyz-0\" 5", "add 22", "drop k6", "drop k5", "Y \"ab\"", "drop k22", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 4", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "acc 1", "add 4", "add 2", "acc 7", "into cap", "drop cap", "acc 8", "Y \"\"", "<drop coroutine>", "drop k5"]], &["cap"]),
    (p248::run, &[&["four"], &["xyz", "", "ab"], &["", "xyz", "", "", "four"]], &[&["drop cap", "PANIC p1", "<drop coroutine>"], &["lock cap", "Y \"ab-2\"", "f3 3 \"xyz-3\" 2", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p249::run, &[&["x", "hello", "four", "hello", "xyz", "xyz", "x", ""], &["xyz", "x", "", "hello", "ab", "xyz", "four"], &["", "xyz", "ab", "ab"]], &[&["f3 2 \"2\" 1", "drop k5", "f3 7 \"four-4\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "f3 1 \"1\" 1", "drop k5", "f3 7 \"four-3\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "drop k4", "t11", "drop v15", "f3 2 \"2\" 1", "drop k5", "f3 7 \"four-4\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "f3 1 \"1\" 1", "drop k5", "f3 7 \"four-3\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "drop k4", "t11", "drop v15", "drop k2", "drop k17", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"2\" 1", "drop k5", "drop k4", "drop k2", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"2\" 1", "drop k5", "f3 7 \"\" 0", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "f3 1 \"1\" 1", "drop k5", "f3 7 \"\" 0", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "drop k4", "t11", "Y \"\"", "into k14", "drop k14", "Y \"xyz-8\"", "<drop coroutine>", "drop k2", "drop cap"]], &[]),
    (p250::run, &[&["", "x", "xyz", "four"], &["hello", "xyz", "xyz", "xyz"], &["", "x", "four", "ab", "four", "xyz", "", "x"]], &[&["Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"-7\"", "drop k3", "Y \"\"", "keep v7 0", "keep v7 5", "Y \"\"", "<drop coroutine>", "drop v7", "drop k6", "drop cap"], &["Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"hello-7\"", "drop k3", "Y \"hello\"", "keep v7 5", "keep v7 5", "Y \"hello\"", "<drop coroutine>", "drop v7", "drop k6", "drop cap"], &["Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"-7\"", "drop k3", "Y \"\"", "keep v7 0", "keep v7 5", "Y \"\"", "t8", "keep v7 4", "drop v7", "Y \"\"", "lock cap", "Y \"2\"", "t9", "drop k6", "Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"-7\"", "<drop coroutine>", "drop k3", "drop cap"]], &[]),
    (p251::run, &[&["xyz", "ab", "hello", "ab", "x", "xyz", "", "ab"], &["xyz"], &["x", "ab", "ab"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p252::run, &[&["ab", "four", "", "four", "ab", "", "xyz"], &["hello", "x", "hello"], &["hello", ""]], &[&["Y \"xyz\"", "Y \"\"", "Y \"ab\"", "Y \"\"", "keep v6 5", "take v6", "drop v6", "Y \"four\"", "acc 0", "add 0", "add 0", "t8", "Y \"four\"", "consume v10", "drop v10", "consume v10", "drop v10", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"\"", "<drop coroutine>", "drop cap"]], &[]),
    (p253::run, &[&["", "xyz"], &["", "x", "", "four", "xyz", "four"], &["four", "ab", "ab", "four"]], &[&["Y \"2\"", "drop k1", "PANIC p3", "<drop coroutine>", "drop cap"], &["Y \"2\"", "drop k1", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["Y \"2\"", "drop k1", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p254::run, &[&["x", "hello", "xyz", "four"], &["hello", "", "xyz"], &["ab"]], &[&["acc 1", "add 2", "add 2", "Y \"5\"", "drop k1", "acc 2", "add 0", "add 2", "t13", "keep v12 4", "Y \"\"", "Y \"0\"", "Y \"3\"", "<drop coroutine>", "drop v12", "drop cap"], &["acc 5", "add 2", "add 2", "Y \"9\"", "drop k1", "acc 2", "add 0", "add 2", "t13", "keep v12 4", "Y \"\"", "Y \"0\"", "<drop coroutine>", "drop v12", "drop cap"], &["acc 2", "add 2", "add 2", "Y \"6\"", "<drop coroutine>", "drop k1", "drop cap"]], &["v12"]),
    (p255::run, &[&["four", "xyz", "four", "ab", "hello", "", "hello"], &["hello", "xyz", "", "xyz"], &["", "ab", "four", "hello"]], &[&["f3 2 \"four-4\" 7", "drop k2", "into cap", "drop cap", "t3", "Y \"four-8four\"", "keep v4 8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-9\"", "drop v8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-8\"", "drop v8", "drop k7", "t12", "Y \"ab-2\"", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-9\"", "drop v8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-8\"", "drop v8", "drop k7", "t12", "Y \"ab-2\"", "<drop coroutine>", "drop v4"], &["f3 2 \"hello-5\" 8", "drop k2", "into cap", "drop cap", "t3", "Y \"hello-8hello\"", "keep v4 8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-9\"", "drop v8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-8\"", "drop v8", "drop k7", "t12", "Y \"ab-2\"", "<drop coroutine>", "drop v4"], &["f3 2 \"-0\" 3", "drop k2", "into cap", "drop cap", "t3", "Y \"-8\"", "keep v4 8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-9\"", "drop v8", "keep v10 9", "take v10", "drop v10", "t11", "Y \"ab-8\"", "drop v8", "drop k7", "t12", "Y \"ab-2\"", "<drop coroutine>", "drop v4"]], &["cap", "v4"]),
    (p256::run, &[&["four", "four", "", "xyz"], &["x", "", "x", "four"], &["hello", "x", "ab", "ab"]], &[&["drop k2", "keep cap 5", "drop k11", "drop cap", "keep v15 14", "take v15", "drop v15", "Y \"-7\"", "Y \"ab\"", "Y \"x\"", "keep v20 19", "take v20", "drop v20", "t22", "Y \"x\"", "<drop coroutine>", "drop v13"], &["drop k2", "keep cap 2", "t12", "drop cap", "keep v15 14", "take v15", "drop v15", "Y \"-7\"", "Y \"ab\"", "t18", "Y \"four\"", "Y \"ab\"", "<drop coroutine>", "drop v13"], &["drop k2", "keep cap 6", "t12", "drop cap", "keep v15 14", "take v15", "drop v15", "Y \"-7\"", "Y \"ab\"", "Y \"x\"", "keep v20 19", "take v20", "drop v20", "t22", "Y \"x\"", "<drop coroutine>", "drop v13"]], &["cap"]),
    (p257::run, &[&["xyz", "hello"], &["hello", "", "hello", "xyz", "xyz", "x", "four"], &["xyz", "ab", "hello", "hello", "hello", "hello", "four"]], &[&["Y \"xyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "t9", "drop v8", "t10", "t9", "drop v8", "t10", "drop k7", "Y \"hello\"", "Y \"hello\"", "t12", "lock cap", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "Y \"xyz\"", "t12", "lock cap", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v8"]),
    (p258::run, &[&["four", "xyz", "four", "x", "", "four"], &["", "x", "", ""], &["four", "ab", "xyz", "four"]], &[&["drop k2", "lock cap", "drop v4", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "lock cap", "drop v4", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p259::run, &[&["four", ""], &["hello", "", "xyz", "hello"], &[""]], &[&["Y \"four\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"\"", "t2", "lock cap", "f3 4 \"xyz\" 3", "acc 3", "add 3", "add 4", "acc 10", "send cap 4", "add 7", "keep v4 3", "take v4", "drop v4", "add 7", "f3 10 \"xx-3\" 24", "Y \"7\"", "drop k5", "consume v8", "drop v8", "drop v9", "t11", "Y \"7\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "<drop coroutine>", "drop cap"]], &[]),
    (p260::run, &[&["hello", "", "xyz", "", "four", ""], &["x", "", "hello", "xyz", "hello"], &["hello", "four"]], &[&["t1", "Y \"hello\"", "drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"hello\"", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"hello\"", "drop cap", "R 6", "<drop coroutine>"]], &[]),
    (p261::run, &[&["four", "x", "hello", "", "ab", "ab", "", "xyz"], &["xyz", "four", "hello"], &["hello", "four", "xyz", "four", "ab", "xyz"]], &[&["keep cap 4", "Y \"\"", "keep cap 5", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 3", "Y \"\"", "keep cap 7", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 5", "Y \"\"", "keep cap 9", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p262::run, &[&["x", "xyz", "hello", "xyz", "hello"], &["hello", "four", "xyz", ""], &["four", "hello", "", "xyz"]], &[&["acc 1", "add 3", "add 2", "lock cap", "t1", "acc 2", "acc 0", "lock cap", "add 2", "lock cap", "add 2", "add 4", "t2", "add 3", "Y \"ab\"", "drop v12", "into cap", "drop cap", "keep v13 8", "Y \"four\"", "keep v13 5", "drop v13", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p263::run, &[&["x", "four"], &["ab", "x", "xyz", "hello", "", "four"], &["ab", "xyz", "x", "hello", "ab", "hello", "x", "ab"]], &[&["keep v2 1", "take v2", "drop v2", "lock cap", "drop k14", "drop v18", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "lock cap", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "lock cap", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v18"]),
    (p264::run, &[&["x", "xyz"], &["hello", "four", "xyz"], &["x", "hello", "x"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p265::run, &[&["four", "four", "hello", "hello"], &["", "", "x", "xyz", "ab"], &["x", "x", "x", "", "x", "hello"]], &[&["acc 4", "add 2", "keep v10 9", "take v10", "drop v10", "add 7", "keep v7 13", "drop v7", "drop k8", "keep v15 2", "keep v15 14", "take v15", "drop v15", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "acc 8", "t1", "add 0", "add 0", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 4", "add 2", "keep v10 9", "take v10", "drop v10", "add 7", "keep v7 13", "drop v7", "drop k8", "keep v15 2", "keep v15 14", "take v15", "drop v15", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p266::run, &[&["", "xyz", "ab"], &["ab", "x"], &["xyz"]], &[&["t2", "drop k1", "drop cap", "R Err(\"\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "Y \"x\"", "drop cap", "R Ok(3)", "<drop coroutine>"], &["drop k1", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p267::run, &[&["xyz", "xyz", "ab"], &["four", "xyz"], &["four", "four", "hello", "hello", "xyz"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"xyz-7\"", "f3 3 \"hello\" 4", "f3 12 \"xyz\" 3", "keep v3 18", "drop cap", "drop v3", "R Some(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"four-7\"", "f3 3 \"hello\" 4", "f3 12 \"four\" 3", "keep v3 19", "drop cap", "drop v3", "R Some(0)", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"four-7\"", "f3 3 \"hello\" 4", "f3 12 \"four\" 3", "keep v3 19", "drop cap", "drop v3", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v11", "v3", "v7"]),
    (p268::run, &[&["four", "four", "hello", "ab", "xyz", "four", "", "xyz"], &["hello", "x", "xyz", "xyz", "four"], &["", "xyz", "xyz", "", "xyz", "hello", "ab"]], &[&["lock cap", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p269::run, &[&["xyz", "", "four", "xyz", "x", "hello", "ab"], &["ab", "four", "four", "hello", "four"], &["four", "four", "x", "hello", "", "xyz", "four", "hello"]], &[&["Y \"four\"", "Y \"xyz\"", "Y \"four\"", "Y \"xyz\"", "Y \"four\"", "Y \"xyz\"", "drop k1", "drop cap", "PANIC p3", "<drop coroutine>"], &["Y \"four\"", "Y \"ab\"", "Y \"four\"", "Y \"ab\"", "Y \"four\"", "<drop coroutine>", "drop k1", "drop cap"], &["Y \"four\"", "Y \"four\"", "Y \"four\"", "Y \"four\"", "Y \"four\"", "Y \"four\"", "drop k1", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p270::run, &[&["hello", "xyz", "xyz"], &["ab", "ab", "", "ab", "x", "xyz"], &["four", "", "xyz", "hello", "", "ab"]], &[&["Y \"\"", "Y \"hello-1\"", "t5", "into cap", "drop cap", "acc 3", "add 7", "add 3", "f3 4 \"xyz\" 3", "f3 3 \"x\" 2", "drop k1", "acc 4", "add 2", "add 4", "Y \"\"", "<drop coroutine>"], &["Y \"\"", "Y \"\"", "Y \"four\"", "keep v8 7", "take v8", "drop v8", "f3 0 \"ab\" 7", "drop cap", "R Ok(9)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "Y \"\"", "Y \"four\"", "keep v8 7", "take v8", "drop v8", "f3 3 \"hello\" 7", "drop cap", "R Ok(15)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p271::run, &[&["ab"], &["four", "four", "four", "hello"], &["ab", "xyz", "four", "xyz", "xyz", ""]], &[&["t1", "Y \"2ab\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"2four\"", "Y \"four-4-2\"", "t8", "t9", "Y \"6\"", "acc 4", "add 6", "Y \"four-4\"", "<drop coroutine>", "drop k3", "drop cap"], &["t1", "Y \"2ab\"", "Y \"ab-4-2\"", "t8", "t9", "Y \"4\"", "acc 4", "add 4", "Y \"ab-4\"", "add 3", "t10", "lock cap", "Y \"ab-4-2\"", "Y \"4\"", "<drop coroutine>", "drop k3", "drop cap"]], &["cap"]),
    (p272::run, &[&["hello", "x", "four", "hello", "x", "", "", ""], &["xyz", "ab", "four", "xyz", "x", "four", "", "x"], &["xyz", "x", "four", "hello"]], &[&["t1", "consume v7", "drop v7", "acc 5", "add 5", "acc 2", "add 5", "add 2", "add 9", "drop cap", "R 19", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop v9", "acc 3", "add 3", "acc 2", "add 3", "add 2", "add 7", "drop cap", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop v9", "acc 3", "add 3", "acc 2", "add 3", "add 2", "add 7", "drop cap", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p273::run, &[&["xyz", ""], &["xyz", "x", "hello"], &["four", "", "ab", "four", "hello", "hello", "xyz", ""]], &[&["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 3", "Y \"end\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 3", "Y \"end\"", "Y \"four\"", "f3 0 \"hello\" 3", "drop k3", "drop cap", "R 8", "<drop coroutine>"], &["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 4", "consume v2", "drop v2", "Y \"end\"", "Y \"four\"", "f3 0 \"ab\" 3", "drop k3", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p274::run, &[&["hello", "xyz", "hello", "x", "four", "", "x"], &["hello", "xyz", "ab"], &["ab", "hello", "ab", ""]], &[&["send cap 3", "t1", "Y \"3\"", "lock cap", "t5", "Y \"hello-2\"", "drop k3", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 3", "t1", "Y \"3\"", "lock cap", "t5", "Y \"hello-2\"", "drop k3", "drop cap", "PANIC p6", "<drop coroutine>"], &["send cap 3", "t1", "Y \"3\"", "lock cap", "t5", "Y \"ab-2\"", "drop k3", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p275::run, &[&["xyz", "", "x", "four", "", "hello", "xyz"], &["hello", "ab", "ab", "four"], &["xyz", "", "hello", "xyz", "", "xyz", "ab"]], &[&["drop k3", "t8", "Y \"hello\"", "keep v7 0", "drop v7", "drop v2", "drop k3", "t8", "Y \"hello\"", "keep v7 1", "drop v7", "drop v2", "drop k10", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "t8", "Y \"hello\"", "keep v7 2", "drop v7", "drop v2", "drop k3", "t8", "Y \"hello\"", "keep v7 2", "drop v7", "drop v2", "drop k10", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "t8", "Y \"hello\"", "keep v7 0", "drop v7", "drop v2", "drop k3", "t8", "Y \"hello\"", "keep v7 5", "drop v7", "drop v2", "drop k10", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v2"]),
    (p276::run, &[&["four", "four", "hello", "x", "xyz"], &["four", "xyz", "ab", "hello", "", "xyz", "x"], &["xyz", "x", "xyz", "ab", "four", "ab", "ab"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "Y \"ab\"", "keep v3 4", "Y \"\"", "keep v3 3", "drop v3", "Y \"ab\"", "keep v3 4", "Y \"\"", "keep v3 4", "drop v3", "Y \"ab\"", "keep v3 4", "Y \"\"", "keep v3 2", "drop v3", "Y \"xyz-3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p277::run, &[&["ab", "xyz", "x", "ab", "xyz", ""], &["ab", "", "", "four", "x", "x", "xyz"], &["xyz", "ab", "", "four", "ab"]], &[&["Y \"abab\"", "Y \"four\"", "Y \"ab\"", "drop v16", "Y \"ab\"", "drop v16", "consume v20", "drop v20", "Y \"2\"", "t22", "acc 2", "add 0", "add 1", "Y \"hello-2\"", "<drop coroutine>", "drop k19", "drop cap"], &["Y \"abab\"", "Y \"four\"", "Y \"ab-2\"", "acc 1", "add 2", "add 2", "keep v3 5", "keep v3 2", "drop v3", "Y \"ab\"", "drop v16", "Y \"ab\"", "drop v16", "consume v20", "drop v20", "Y \"2\"", "t22", "acc 2", "add 0", "add 1", "Y \"hello-2\"", "<drop coroutine>", "drop k19", "drop cap"], &["send cap 5", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p278::run, &[&[""], &["hello", "xyz", "xyz", "hello", "", "ab", "hello"], &["x"]], &[&["into cap", "drop cap", "drop k2", "Y \"\"", "<drop coroutine>"], &["into cap", "drop cap", "drop k2", "Y \"\"", "t4", "f3 2 \"xyz\" 4", "acc 9", "add 2", "add 4", "f3 3 \"xyzhello\" 15", "Y \"\"", "t4", "f3 9 \"xyz\" 4", "acc 16", "add 9", "add 4", "f3 11 \"xyzhello\" 29", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into cap", "drop cap", "drop k2", "Y \"\"", "<drop coroutine>"]], &["cap"]),
    (p279::run, &[&["", "hello", "hello", "ab", "x", "xyz", "x"], &["four", "x", "hello", "xyz", "xyz", "", "four"], &["x", "x", "xyz", "four", "hello", "ab", "hello", "xyz"]], &[&["acc 0", "add 0", "Y \"ab\"", "add 5", "lock cap", "consume v4", "drop v4", "Y \"\"", "t5", "Y \"xyzab\"", "Y \"\"", "t7", "Y \"\"", "Y \"\"", "Y \"\"", "<drop coroutine>", "drop v6", "drop v1", "drop cap"], &["acc 4", "add 4", "Y \"ab\"", "add 1", "lock cap", "consume v4", "drop v4", "Y \"four\"", "t5", "Y \"fourxyzab\"", "Y \"four\"", "t7", "Y \"four\"", "drop v6", "drop v1", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 1", "add 1", "Y \"ab\"", "add 1", "lock cap", "consume v4", "drop v4", "Y \"x\"", "t5", "Y \"xxyzab\"", "Y \"x\"", "t7", "Y \"x\"", "drop v6", "drop v1", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["v6"]),
    (p280::run, &[&["xyz", ""], &["four", "xyz", "", "four"], &["x", "x", "xyz", "ab"]], &[&["keep v3 3", "keep v3 2", "take v3", "drop v3", "t4", "keep v7 2", "keep v7 6", "take v7", "drop v7", "drop k8", "drop k5", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 4", "keep v3 2", "take v3", "drop v3", "t4", "keep v7 2", "keep v7 6", "take v7", "drop v7", "drop k8", "drop k5", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "t4", "keep v7 2", "keep v7 6", "take v7", "drop v7", "drop k8", "drop k5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p281::run, &[&["xyz", "four", "ab", "four", ""], &["xyz", "ab", "x", "hello"], &["four", "four", "hello", "", "four"]], &[&["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p282::run, &[&["x", "xyz", "x", "", "", "hello"], &["xyz", "", "ab", "ab", "hello"], &["x", "ab", "hello", "hello", "ab", "hello", "x", "xyz"]], &[&["send cap 4", "t4", "t3", "t15", "Y \"xyz\"", "keep v19 18", "take v19", "drop v19", "t17", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "drop k25", "drop v1", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 4", "t4", "t3", "t15", "Y \"xyz\"", "keep v19 18", "take v19", "drop v19", "t17", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "drop k25", "drop v1", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 4", "t4", "t3", "t15", "Y \"xyz\"", "keep v19 18", "take v19", "drop v19", "t17", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "keep v22 21", "take v22", "drop v22", "keep v20 7", "drop k23", "drop v20", "drop k25", "drop v1", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v10", "v20"]),
    (p283::run, &[&["hello"], &["hello", ""], &["xyz", "x"]], &[&["drop cap", "R None", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p284::run, &[&["xyz", "x", "four", "xyz", "x", "x", "x"], &["four"], &["hello", "four", "xyz", "ab", "hello", "xyz", "four", "x"]], &[&["Y \"xyzxyz\"", "drop k2", "Y \"hello\"", "t3", "send cap 3", "t5", "t4", "Y \"ab\"", "Y \"-5\"", "drop v17", "Y \"ab\"", "Y \"-5\"", "drop v17", "into k16", "drop k16", "Y \"3\"", "<drop coroutine>", "drop cap"], &["Y \"fourfour\"", "<drop coroutine>", "drop cap"], &["Y \"hellohello\"", "drop k2", "Y \"hello\"", "t3", "send cap 3", "t5", "t4", "Y \"ab\"", "Y \"-5\"", "drop v17", "Y \"ab\"", "Y \"-5\"", "drop v17", "into k16", "drop k16", "Y \"3\"", "drop cap", "PANIC p18", "<drop coroutine>"]], &["cap"]),
    (p285::run, &[&["four", "four", "four", "four", "four"], &["x", "four", "x", "four"], &["xyz", "four"]], &[&["f3 1 \"xyz\" 3", "Y \"four-7\"", "drop k2", "send cap 3", "f3 3 \"hello\" 4", "Y \"xyz\"", "f3 12 \"four\" 3", "drop k3", "Y \"xyz\"", "Y \"x\"", "t8", "Y \"fourfour\"", "<drop coroutine>", "drop cap"], &["f3 1 \"xyz\" 3", "Y \"x-7\"", "drop k2", "send cap 3", "f3 3 \"hello\" 4", "Y \"xyz\"", "f3 12 \"x\" 3", "drop k3", "Y \"xyz\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["f3 1 \"xyz\" 3", "Y \"xyz-7\"", "drop k2", "send cap 3", "f3 3 \"hello\" 4", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p286::run, &[&["x", "xyz", "xyz", "hello", ""], &["", "x", "four", "hello", "xyz"], &["x"]], &[&["send cap 1", "f3 1 \"x\" 3", "t2", "t3", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"0\"", "t3", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "f3 1 \"x\" 3", "t2", "t3", "drop cap", "R 5", "<drop coroutine>"]], &["v15"]),
    (p287::run, &[&["", "four", "", "", "hello", "four"], &["x", "x", "four", "xyz", "", "four", "ab", "hello"], &["xyz", "four"]], &[&["drop k2", "f3 0 \"0\" 0", "t5", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v9"]),
    (p288::run, &[&["x", "hello", "hello", "", "xyz", "four"], &["x", "xyz", "x", "xyz"], &["ab", "", "xyz", "four"]], &[&["Y \"xyz-2\"", "Y \"x\"", "keep v3 1", "drop v3", "Y \"abxx\"", "f3 3 \"x\" 3", "Y \"-0\"", "Y \"2\"", "Y \"-0\"", "<drop coroutine>", "drop k5", "drop k2", "drop cap"], &["Y \"xyz-2\"", "Y \"x\"", "keep v3 1", "drop v3", "Y \"abxx\"", "f3 3 \"x\" 3", "Y \"-0\"", "<drop coroutine>", "drop k5", "drop k2", "drop cap"], &["Y \"xyz-3\"", "Y \"ab\"", "keep v3 1", "drop v3", "Y \"abxab\"", "f3 3 \"ab\" 3", "Y \"-0\"", "<drop coroutine>", "drop k5", "drop k2", "drop cap"]], &[]),
    (p289::run, &[&["four", "ab"], &["hello", "", "x", "ab"], &["xyz", "x", "xyz", "hello", "", "", "xyz", "four"]], &[&["send cap 1", "t1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "t1", "consume v3", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v6 5", "consume v6", "drop v6", "acc 7", "add 1", "add 7", "Y \"end\"", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "t1", "consume v3", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v6 3", "consume v6", "drop v6", "acc 7", "add 1", "add 7", "Y \"end\"", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p290::run, &[&["four", "hello", "xyz", "four", "four"], &["", "", "xyz", "hello"], &["hello", "hello"]], &[&["t3", "t2", "keep v1 4", "Y \"four\"", "t8", "Y \"hello\"", "f3 2 \"xyz\" 3", "drop k9", "Y \"xyz-7\"", "t11", "f3 8 \"ab\" 8", "f3 6 \"xyz\" 18", "drop k6", "Y \"xyzhello\"", "into cap", "drop cap", "f3 16 \"four\" 8", "lock v4", "f3 3 \"x\" 6", "Y \"ab\"", "<drop coroutine>", "drop v4", "drop v1"], &["t3", "t2", "keep v1 4", "Y \"four\"", "t8", "Y \"hello\"", "f3 2 \"xyz\" 3", "drop k9", "Y \"xyz-7\"", "t11", "f3 8 \"ab\" 8", "f3 6 \"xyz\" 18", "drop k6", "Y \"xyzhello\"", "<drop coroutine>", "drop v4", "drop v1", "drop cap"], &["t3", "t2", "keep v1 4", "Y \"four\"", "t8", "Y \"hello\"", "<drop coroutine>", "drop k6", "drop v4", "drop v1", "drop cap"]], &["cap", "v1", "v23", "v4"]),
    (p291::run, &[&["hello", "", "four", "", "xyz", "hello", "four"], &["hello", "", "x", "ab"], &["", "four", "x", "", "x", "", "xyz", "four"]], &[&["t2", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p292::run, &[&["four", ""], &["xyz", "xyz", "hello", "ab"], &["hello", "ab"]], &[&["keep v4 3", "consume v4", "drop v4", "keep cap 5", "take cap", "drop cap", "t9", "f3 3 \"x\" 3", "acc 10", "into k19", "drop k19", "add 9", "drop k18", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v4 3", "consume v4", "drop v4", "keep cap 5", "take cap", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v4 3", "consume v4", "drop v4", "keep cap 5", "take cap", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p293::run, &[&["hello", ""], &["x", "hello", "x", "xyz", "hello", "four", "xyz"], &["", "", "four", "xyz", "hello"]], &[&["consume cap", "drop cap", "t1", "Y \"hello\"", "drop v3", "Y \"four0\"", "<drop coroutine>"], &["consume cap", "drop cap", "t1", "Y \"hello\"", "Y \"xyz\"", "keep v9 8", "take v9", "drop v9", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume cap", "drop cap", "t1", "Y \"hello\"", "drop v3", "Y \"four0\"", "t4", "drop k5", "Y \"xyz\"", "keep v9 8", "take v9", "drop v9", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p294::run, &[&["hello", "x", "four", "xyz"], &["hello", "hello", "xyz", "four"], &["four", "ab", "x"]], &[&["keep v4 3", "take v4", "drop v4", "Y \"7\"", "t6", "drop k7", "Y \"4ab\"", "Y \"hellox\"", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "Y \"7\"", "t6", "drop k7", "Y \"4ab\"", "keep v13 8", "Y \"4\"", "Y \"xyz\"", "<drop coroutine>", "drop k16", "drop v13", "drop cap"], &["Y \"four\"", "Y \"four\"", "t1", "f3 2 \"x\" 4", "into k2", "drop k2", "Y \"four\"", "<drop coroutine>", "drop cap"]], &[]),
    (p295::run, &[&["", "hello", "x", "hello", "four", "x", "four", "x"], &["four", "four"], &["xyz", "four", "hello", "hello", "ab", "ab", "x", "xyz"]], &[&["into cap", "drop cap", "keep v4 3", "take v4", "drop v4", "drop k5", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into cap", "drop cap", "keep v4 3", "take v4", "drop v4", "drop k5", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into cap", "drop cap", "keep v4 3", "take v4", "drop v4", "drop k5", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p296::run, &[&["four", "", "four", "xyz", "ab", "", "hello"], &["four", "", "four"], &["x", "x"]], &[&["Y \"four\"", "t3", "Y \"3\"", "f3 0 \"\" 2", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "t3", "Y \"3\"", "f3 0 \"\" 2", "drop cap", "R Some(4)", "<drop coroutine>"], &["t2", "t3", "Y \"3\"", "f3 1 \"x\" 2", "drop cap", "R Some(4)", "<drop coroutine>"]], &[]),
    (p297::run, &[&["x", "hello", "ab", "hello", "hello"], &["", "x", "", "hello", "", "", ""], &["four"]], &[&["t2", "t1", "into k3", "drop k3", "keep v6 3", "keep v6 5", "take v6", "drop v6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t1", "into k3", "drop k3", "keep v6 3", "keep v6 5", "take v6", "drop v6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t1", "into k3", "drop k3", "keep v6 3", "keep v6 5", "take v6", "drop v6", "drop cap", "R None", "<drop coroutine>"]], &["cap"]),
    (p298::run, &[&["four", "hello", "four", "x", "", "", "hello"], &["", "x", "four", "x"], &["four", "ab", "four", "xyz", "x", "hello", "xyz", "hello"]], &[&["send cap 1", "acc 1", "add 3", "add 4", "Y \"four-8\"", "into cap", "drop cap", "drop k3", "drop k2", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "acc 1", "add 3", "add 0", "Y \"-4\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "acc 1", "add 3", "add 4", "Y \"four-8\"", "into cap", "drop cap", "drop k3", "drop k2", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v10", "v9"]),
    (p299::run, &[&["hello", "four"], &["hello"], &["ab", "ab"]], &[&["Y \"four\"", "drop v7", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t3", "Y \"abhello\"", "<drop coroutine>", "drop cap"]], &[]),
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
