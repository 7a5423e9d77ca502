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
            yield_!(String::from("four"));
            'b1: {
                let mut fuel2 = 0;
                'l2: while fuel2 < 2 && !(((r.clone()).len() % 2 == 0 || (r.clone()).len() % 2 == 0)) {
                    fuel2 += 1;
                    if r.is_empty() {
                        panic!("p3");
                    }
                    if ([r.clone(), r.clone()].concat()).len() % 2 == 0 {
                        panic!("p4");
                    }
                }
                yield_from!([format!("{}-{}", r, t("t5", (r.len() as i64))), String::from("ab")], String::new());
                if !(r.len() % 2 == 0) {
                    panic!("p6");
                }
                if (!(T::id(&cap) > 2) && !(cap.try_send(3) <= 3)) {
                    break 'b1;
                }
            }
            match f3(T::take(keep(cap, 7)), yield_!((if 1 <= 5 { r } else { r })), (P { a: (P { a: 1, b: String::from("ab") }).sum(), b: [String::from("hello"), String::from("x")].concat() }).sum()) {
                0 => {
                    if (((String::from("hello")).len() % 2 == 0 && (5 != 0 || (String::from("hello")).len() % 2 == 0)) && (1 < 1 || (5 >= 4 && 0 >= 1))) {
                        return Err((if (1 >= 5 || 2 >= 5) { (if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") }) } else { yield_!(String::from("xyz")) }));
                    }
                    let b = 'b8: {
                        let mut fuel9 = 0;
                        'l9: loop {
                            fuel9 += 1;
                            if fuel9 > 1 {
                                break 'l9;
                            }
                            yield_!(t("t10", String::from("x")));
                            let [f, _, _] = [(T("k11").id() + (match (yield_!(String::from("ab")).len() as i64) { 0 => Acc::new(3).add(4).add(3).get(), n if n > 1 => n + 1, _ => T("k12").len() })), (match T::take(keep(T("v14"), 13)) { 0 => (match (0 * 0) { 0 => res(&(String::from("xyz")))?, n if n > 1 => n + 1, _ => (0 - 0) }), n if n > 0 => n + 1, _ => (res(&(String::from("")))? * (1 + 1)) }), (if res(&(String::from("ab")))? <= 4 { (match 3 { 0 => f3(2, String::from("four"), 2), n if n > 3 => n + 1, _ => T::take(keep(T("v16"), 15)) }) } else { 1 })];
                            yield_from!(Some(String::from("ab")), String::new());
                        }
                        if (String::from("x")).is_empty() {
                            break 'b8 (P { a: T("k17").id(), b: t("t18", String::from("hello")) }).sum();
                        }
                        res(&(String::from("four")))?
                    };
                }
                n if n > 0 => {
                    let mut f = T("v19");
                }
                _ => {
                    'b20: {
                        let b = T("v21");
                        let b = 'b22: {
                            if b.borrow() >= 3 {
                                break 'b20;
                            }
                            if ((String::from("")).len() % 2 == 0 && !((String::from("ab")).len() % 2 == 0)) {
                                break 'b22 b.borrow();
                            }
                            f3(res(&(String::from("four")))?, t("t23", String::from("four")), 3)
                        };
                        if (!(b != 0) && !(b > 0)) {
                            break 'b20;
                        }
                    }
                }
            }
            Ok((if (String::from("four")).is_empty() { (if (String::from("")).len() % 2 == 0 { 2 } else { 5 }) } else { (P { a: 4, b: String::from("hello") }).sum() }))
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
                        yield_from!([[w.clone(), String::from("four")].concat(), w], String::new());
                    }
                    yield_from!((0..2i64).map(i2s), String::new());
                }
                'l6: for w in T("k7").items() {
                    yield_!([i2s(w), t("t8", a.clone())].concat());
                    let mut d = b.lock();
                    yield_from!(Some(format!("{}-{}", (String::from("xyz")), (P { a: w, b: r.clone() }).sum())), String::new());
                    let [a, _, _] = [(if a.len() % 2 == 0 { (match (P { a: cap.try_send(2), b: a.clone() }).sum() { 0 => (1 - 0), n if n > 5 => n + 1, _ => (if w >= 2 { w } else { T::id(&cap) }) }) } else { b.len() }), (a.len() as i64), T("k9").id()];
                }
            }
            match T("k10").len() {
                0 => {
                    let c = yield_!(t("t11", format!("{}-{}", (r), T::id(&cap))));
                    if (!(!(cap.len() == 0)) && T::take(keep(T("v13"), 12)) != 3) {
                        yield_!((if c.is_empty() { c.clone() } else { (if c.len() % 2 == 0 { c.clone() } else { c.clone() }) }));
                    } else if !((b.borrow() <= 2 || (String::from("ab")).len() % 2 == 0)) {
                        yield_!(c);
                    } else if (((a).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0) || !(3 >= 3)) {
                    }
                }
                n if n > 5 => {
                }
                n => {
                }
            }
            Some(T::take(cap))
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
            yield_!(t("t11", format!("{}-{}", (String::from("x")), 4)));
            if let Some(n) = opt(&r) {
                let Some(f) = opt(&r) else {
                    return (T::take(keep(T("v13"), 12)) - f3(n, r.clone(), n));
                };
                if let Some(n) = opt(&(String::from(""))) && n > 3 {
                    yield_!(i2s(n));
                    let P { a: e, b: c } = P { a: T("k14").len(), b: format!("{}-{}", r, t("t15", (if 4 != 3 { (r.len() as i64) } else { n }))) };
                    r = (if ((r.clone()).is_empty() && ((r).len() % 2 == 0 && c.len() % 2 == 0)) { t("t16", c) } else { [[String::from("x"), String::from("x")].concat(), yield_!(c)].concat() });
                } else if (r.len() % 2 == 0 || !(f < 5)) {
                    if ((0 == 2 || f > 3) || ((3 == 2 && (r.clone()).len() % 2 == 0) && (5 == 0 || r.len() % 2 == 0))) {
                        return (if !(n < 3) { (match f { 0 => f, n if n > 3 => n + 1, _ => n }) } else { (f + (r.len() as i64)) });
                    }
                    let d = (if t("t17", 1) != 4 { (yield_!((if 4 != 5 { r.clone() } else { r })).len() as i64) } else { 5 });
                    yield_!([[String::from("four"), String::from("four")].concat(), t("t18", String::from(""))].concat());
                }
            } else if (r.clone()).len() % 2 == 0 {
                'l19: for w in 0..cap3((if (r.len() as i64) <= 0 { (yield_!(String::from("")).len() as i64) } else { (5 + 2) })) {
                    let mut c = [[(if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("x") }), i2s(w)].concat(), (if (r.clone()).len() % 2 == 0 { yield_!(String::from("hello")) } else { i2s(3) })].concat();
                    let e = ((yield_!((if w <= 5 { c } else { String::from("hello") })).len() as i64) + (match (r.len() as i64) { 0 => (if (r.clone()).len() % 2 == 0 { w } else { 4 }), n if n > 3 => n + 1, _ => 2 }));
                }
                let mut e = format!("{}-{}", r, ((r.len() as i64) * ((r.len() as i64) - (r.len() as i64))));
                drop(T("v20"));
            }
            let mut fuel21 = 0;
            let a = 'l21: loop {
                fuel21 += 1;
                if fuel21 > 3 {
                    break 'l21 Acc::new((match 2 { 0 => 3, n if n > 3 => n + 1, _ => 5 })).add((5 + 3)).add((3 * 1)).get();
                }
                r = yield_!(format!("{}-{}", (String::from("hello")), Some(T("k22")).unwrap().id()));
            };
            ((if 5 > 2 { 3 } else { a }) + t("t23", a))
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
            yield_from!((0..2i64).map(i2s), String::new());
            if !(res(&(String::from("four")))? >= 4) {
                let Some(c) = opt(&(i2s((3 * 1)))) else {
                    return Ok(t("t6", (if 4 == 5 { 1 } else { 4 })));
                };
                yield_!(String::from("x"));
            }
            if (((String::from("xyz")).len() % 2 == 0 || (String::from("hello")).is_empty()) && (String::from("hello")).is_empty()) {
                panic!("p7");
            }
            Err(t("t8", t("t9", String::from("four"))))
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
            let u7: T;
            yield_!(t("t8", format!("{}-{}", (f), a)));
            if (yield_!(String::from("x"))).len() % 2 == 0 {
                u7 = T("v9");
            } else {
                u7 = T("v10");
            }
            let mut d: String = (if (String::from("ab")).is_empty() { String::from("xyz") } else { String::from("xyz") });
            consume(u7);
            let mut fuel11 = 0;
            'l11: while fuel11 < 2 && (!(a == 0) || ((String::from("x")).len() % 2 == 0 && a <= 0)) {
                fuel11 += 1;
                let c = T("v12");
                let c = String::from("four");
                if d.is_empty() {
                    panic!("p13");
                }
            }
            let mut e: String = d.clone();
            match 3 {
                0 => {
                    if (yield_!(d.clone())).len() % 2 == 0 {
                        yield_!(i2s((d.len() as i64)));
                    } else if ((e).len() % 2 == 0 && (a == 1 && 5 != 3)) {
                        if f3(3, t("t14", String::from("hello")), f3((d.len() as i64), d.clone(), a)) >= 5 {
                            return None;
                        }
                        consume(T("v15"));
                    } else if (match a { 0 => a, n if n > 5 => n + 1, _ => a }) < 1 {
                    }
                }
                n if n > 0 => {
                }
                _ => {
                }
            }
            Some(t("t16", Acc::new((d.len() as i64)).add(a).add((d.len() as i64)).get()))
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
                    yield_!((if !(w == 1) { t("t4", String::from("x")) } else { (if (String::from("ab")).len() % 2 == 0 { r.clone() } else { r.clone() }) }));
                    r = String::from("four");
                } else {
                    if (t("t5", String::from("x"))).len() % 2 == 0 {
                        return (P { a: (match 1 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => (r.len() as i64) }), b: t("t6", r.clone()) }).sum();
                    }
                }
                let d: i64 = ((match ((r.len() as i64) * 1) { 0 => (5 + 5), n if n > 0 => n + 1, _ => Acc::new(2).add(w).add(0).get() }) + f3(w, String::from("four"), 5));
            }
            let b = 'b7: {
                let u8: String;
                yield_!(String::from("x"));
                if r.len() % 2 == 0 {
                    u8 = yield_!([r.clone(), r.clone()].concat());
                } else {
                    u8 = i2s(T("k9").into_n());
                }
                if !(u8.is_empty()) {
                    break 'b7 (match T::take(keep(T("v11"), 10)) { 0 => t("t12", (u8.len() as i64)), n if n > 2 => n + 1, _ => ((r.len() as i64) + (u8.len() as i64)) });
                }
                f3((P { a: 5, b: String::from("") }).sum(), (if 3 >= 1 { r.clone() } else { u8 }), 4)
            };
            (P { a: 0, b: (if (r).len() % 2 == 0 { String::from("four") } else { String::from("four") }) }).sum()
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
                                yield_!(String::from("x"));
                                let b = yield_!(n.clone());
                                yield_from!([(if !((b.len() as i64) >= 2) { t("t7", b) } else { format!("{}-{}", b, (n.len() as i64)) }), String::from("x")], String::new());
                            }
                            (_, n) => {
                                yield_!(t("t8", [n.clone(), String::from("four")].concat()));
                                r = String::from("hello");
                            }
                        }
                        if ((0 < 4 || (String::from("xyz")).len() % 2 == 0) && (3 != 5 && (String::from("xyz")).len() % 2 == 0)) {
                            break 'b2;
                        }
                    }
                }
                n if n > 2 => {
                    if let Some(n) = opt(&r) {
                        let (mut e, f) = (T("v9"), T("k10").id());
                        let a: T = T("v11");
                    } else if r.len() % 2 == 0 {
                        drop(keep(T("v12"), T::take(keep(T("v14"), 13))));
                        yield_!(r);
                        let d = String::from("");
                    } else {
                    }
                }
                n => {
                }
            }
            Ok((res(&(String::from("four")))? + T::take(keep(T("v16"), 15))))
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
                        yield_!((if n.len() % 2 == 0 { r.clone() } else { format!("{}-{}", (String::from("hello")), cap.len()) }));
                    }
                    (_, n) if n.len() > 1 => {
                        r = format!("{}-{}", n, t("t6", (if a != 1 { a } else { a })));
                        consume(keep(keep(T("v7"), cap.len()), opt(&(r.clone()))?));
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
            yield_from!(Some(String::from("ab")), String::new());
            'l3: for w in 0..cap3(((4 - 5) + t("t4", 1))) {
                if keep(T("v6"), 5).take() == 0 {
                    return (match t("t7", w) { 0 => (P { a: w, b: String::from("hello") }).sum(), n if n > 0 => n + 1, _ => (w + w) });
                }
                 {
                    let mut fuel8 = 0;
                    'l8: while fuel8 < 2 && ((String::from("ab")).is_empty() || !(5 == 5)) {
                        fuel8 += 1;
                        let [f, _, _] = [0, (if (String::from("xyz")).is_empty() { f3(1, t("t9", String::from("ab")), 3) } else { 0 }), (P { a: (P { a: f3(w, String::from(""), w), b: t("t10", String::from("")) }).sum(), b: format!("{}-{}", (String::from("")), Acc::new(w).add(w).add(4).get()) }).sum()];
                        let b = yield_!(i2s((if 2 == 4 { w } else { 5 })));
                        consume(keep(keep(keep(T("v11"), (b.len() as i64)), w), (P { a: (if w > 1 { f } else { w }), b: String::from("four") }).sum()));
                    }
                    let mut fuel12 = 0;
                    'l12: while fuel12 < 1 && ((String::from("four")).is_empty() || !(0 > 5)) {
                        fuel12 += 1;
                        let f = T("v13");
                        consume(f);
                        r = i2s(w);
                        let e = T("v14");
                    }
                    'l15: for w in T("k16").items() {
                        let d = T("v17");
                    }
                }
            }
            1
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
                yield_!(i2s((if r.len() % 2 == 0 { 4 } else { (r.len() as i64) })));
                'l6: for w in T("k7").items() {
                    r = t("t8", t("t9", i2s(1)));
                    yield_!(String::from("x"));
                    r = (if ((w != 1 && r.len() % 2 == 0) || (r.clone()).is_empty()) { format!("{}-{}", r, (if r.len() % 2 == 0 { cap.try_send(0) } else { w })) } else { yield_!([r.clone(), r.clone()].concat()) });
                }
                let mut fuel10 = 0;
                'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 2 {
                        break 'l10;
                    }
                    let mut d = format!("{}-{}", r, (if !(1 <= 4) { res(&r)? } else { t("t11", 3) }));
                    let mut d = T("v12");
                    let d: T = T("v13");
                    let mut a = (yield_!(String::from("")).len() as i64);
                }
            }
            if (P { a: (cap.id() + cap.lock()), b: r.clone() }).sum() < 1 {
                panic!("p14");
            }
            if (T::take(keep(T("v16"), 15)) < 4 || (String::from("")).is_empty()) {
                panic!("p17");
            }
            'l18: for w in [r, format!("{}-{}", (String::from("xyz")), f3(5, String::from(""), 3))] {
                let a = 'b19: {
                     {
                        let a = T("v20");
                    }
                    if let Some(n) = opt(&w) && n > 4 {
                    }
                    if (!(w.len() % 2 == 0) && (String::from("")).len() % 2 == 0) {
                        break 'b19 keep(T("v22"), 21).take();
                    }
                    3
                };
            }
            Ok(Acc::new(t("t23", 4)).add((match 2 { 0 => cap.try_send(4), n if n > 0 => n + 1, _ => 0 })).add(Acc::new(5).add(0).add(1).get()).get())
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
                    yield_!((if (cap.borrow() != 2 && r.len() % 2 == 0) { i2s(4) } else { [String::from("hello"), r.clone()].concat() }));
                    yield_!(String::from("xyz"));
                }
                 {
                    let u10: String;
                    yield_!(t("t11", format!("{}-{}", (String::from("x")), cap.borrow())));
                    if ((r.clone()).len() % 2 == 0 && (!(w == 2) && !((r.len() as i64) >= 0))) {
                        u10 = yield_!((if w == 4 { String::from("hello") } else { r.clone() }));
                    } else {
                        u10 = yield_!((if r.len() % 2 == 0 { String::from("four") } else { String::from("x") }));
                    }
                }
                if (if !(4 == 5) { (match (r.len() as i64) { 0 => w, n if n > 5 => n + 1, _ => w }) } else { (yield_!(r.clone()).len() as i64) }) >= 0 {
                    panic!("p12");
                }
            }
            drop(keep(cap, (if 3 <= 1 { opt(&(r))? } else { (yield_!(r.clone()).len() as i64) })));
            Some((match Acc::new(3).add(1).add(5).get() { 0 => (if 5 <= 1 { 2 } else { 5 }), n if n > 3 => n + 1, _ => 5 }))
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
            yield_!(t("t2", String::from("xyz")));
            let d = cap;
            let d = i2s((P { a: opt(&(String::from("ab")))?, b: yield_!(String::from("four")) }).sum());
            if (format!("{}-{}", (String::from("xyz")), 3)).len() % 2 == 0 {
                panic!("p3");
            }
            r = format!("{}-{}", (format!("{}-{}", (d.clone()), (d.len() as i64))), T::take(keep(T("v5"), 4)));
            if (r.is_empty() || (!((r).len() % 2 == 0) && ((d.clone()).len() % 2 == 0 && (d).len() % 2 == 0))) {
                panic!("p6");
            }
            let a = T::take(keep(T("v8"), 7));
            'l9: for w in 0..cap3((P { a: f3(a, String::from("xyz"), 2), b: (if (String::from("")).len() % 2 == 0 { String::from("hello") } else { String::from("") }) }).sum()) {
                'l10: for w in T("k11").items() {
                    yield_!(i2s(a));
                    let mut e = String::from("ab");
                }
                'l12: for w in [[String::from(""), (if a == 3 { String::from("") } else { String::from("four") })].concat(), format!("{}-{}", (String::from("")), T("k13").id())] {
                    drop(T("v14"));
                    let (mut c, d) = (keep(T("v15"), T::take(keep(T("v17"), 16))), a);
                }
            }
            yield_!(format!("{}-{}", (String::from("x")), a));
            None
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let u1: String;
            yield_!(String::from("four"));
            if r.len() % 2 == 0 {
                u1 = i2s(res(&(String::from("xyz")))?);
            } else {
                u1 = t("t2", yield_!(r.clone()));
            }
             {
                if (u1.len() % 2 == 0 || ((r.len() % 2 == 0 || cap.try_send(4) <= 4) && (r.len() as i64) < 3)) {
                    panic!("p3");
                }
                let mut d = T("k4").into_n();
                let d: T = keep(T("v5"), (yield_!(i2s(d)).len() as i64));
            }
            if let Some(n) = opt(&(u1.clone())) && n > 4 {
                let a = 'b6: {
                    drop(T("v7"));
                    if (i2s(T::id(&cap))).is_empty() {
                        panic!("p8");
                    }
                    if (u1.clone()).len() % 2 == 0 {
                        break 'b6 T("k9").id();
                    }
                    Acc::new(T::take(cap)).add(Acc::new(1).add(n).add((r.len() as i64)).get()).add(Acc::new(n).add((r.len() as i64)).add(0).get()).get()
                };
                'l10: for w in T("k11").items() {
                    consume(T("v12"));
                    let f = (u1.len() as i64);
                    if Acc::new((r.len() as i64)).add(t("t13", n)).add(f).get() != 1 {
                        panic!("p14");
                    }
                    let d = (if ((u1.len() as i64) != 0 && !((String::from("")).len() % 2 == 0)) { [u1.clone(), yield_!(String::from(""))].concat() } else { (if ((String::from("ab")).len() % 2 == 0 && 4 <= 4) { format!("{}-{}", r, (u1.len() as i64)) } else { String::from("hello") }) });
                }
            }
            let f = (match T::take(keep(keep(T("v16"), 3), 15)) { 0 => t("t17", (if (u1.len() as i64) >= 5 { (r.len() as i64) } else { 5 })), n if n > 1 => n + 1, _ => (P { a: ((u1.len() as i64) * (r.len() as i64)), b: format!("{}-{}", (u1.clone()), (r.len() as i64)) }).sum() });
            if (yield_!(String::from("x"))).is_empty() {
                panic!("p18");
            }
            yield_from!(Some((if ((r.len() as i64) >= 4 && (r).len() % 2 == 0) { u1.clone() } else { [u1, String::from("x")].concat() })), String::new());
            let b = 'b19: {
                 {
                }
                if ((String::from("xyz")).is_empty() || (f == 2 && (String::from("four")).len() % 2 == 0)) {
                    break 'b19 f;
                }
                (keep(T("v21"), 20).take() * T::take(keep(T("v23"), 22)))
            };
            Ok(res(&(String::from("xyz")))?)
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
                    yield_!([(if r.len() % 2 == 0 { String::from("four") } else { String::from("x") }), [r.clone(), r.clone()].concat()].concat());
                    let mut d = (r.len() as i64);
                }
            }
            'l12: for w in [(if (3 >= 1 || (r.len() as i64) > 0) { i2s(cap.try_send(1)) } else { yield_!(String::from("xyz")) }), i2s(T::take(keep(T("v14"), 13)))] {
                let mut fuel15 = Vec::from([(w.len() as i64), res(&(w.clone()))?]);
                'l15: while let Some(w) = fuel15.pop() {
                    let d: String = i2s(w);
                }
            }
            Ok(T::take(cap))
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
mod p018 {
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
                        yield_!([[c, String::from("ab")].concat(), [r.clone(), r.clone()].concat()].concat());
                    }
                    if (P { a: (match cap.lock() { 0 => 2, n if n > 5 => n + 1, _ => (r.len() as i64) }), b: r.clone() }).sum() >= 0 {
                        panic!("p9");
                    }
                    r = String::from("ab");
                }
                n if n > 2 => {
                    let u10: T;
                    yield_!(t("t11", String::from("")));
                    if r.len() % 2 == 0 {
                        u10 = T("v12");
                    } else {
                        u10 = cap;
                    }
                    'l13: for w in T("k14").items() {
                        yield_!(r.clone());
                        yield_!(String::from("four"));
                    }
                    yield_from!([[i2s(n), i2s((r.len() as i64))].concat(), t("t15", [r.clone(), r].concat())], String::new());
                }
                _ => {
                    if !((!(2 < 1) && ((r.len() as i64) < 2 || r.len() % 2 == 0))) {
                        consume(T("v16"));
                    }
                    let (mut e, a) = (cap, t("t17", (yield_!((if 5 > 0 { r } else { r.clone() })).len() as i64)));
                    let b = t("t18", 2);
                }
            }
            let mut fuel19 = 0;
            let b = 'l19: loop {
                fuel19 += 1;
                if fuel19 > 1 {
                    break 'l19 f3((if (String::from("four")).len() % 2 == 0 { 2 } else { 3 }), String::from("four"), T::take(keep(T("v21"), 20)));
                }
            };
            b
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if r.len() % 2 == 0 {
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
                        yield_from!([String::from("hello"), t("t11", [String::from("hello"), String::from("ab")].concat())], String::new());
                    }
                    if !(((String::from("xyz")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0)) {
                        break 'b8;
                    }
                }
            } else {
            }
            Some(opt(&(String::from("four")))?)
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
            consume(T("v1"));
            match ((yield_!(format!("{}-{}", r, opt(&r)?)).len() as i64), yield_!(t("t2", format!("{}-{}", r, (r.len() as i64))))) {
                (0, n) => {
                    if (r.len() % 2 == 0 || !(!(cap.lock() == 3))) {
                        let mut c = T("v3");
                        let mut f: String = yield_!(i2s((if 0 >= 5 { (n.len() as i64) } else { 1 })));
                    } else {
                        yield_!((if (3 > 3 && (r.len() as i64) < 1) { (if r.len() % 2 == 0 { String::from("x") } else { String::from("") }) } else { n.clone() }));
                    }
                }
                (_, n) if n.len() > 1 => {
                    match opt(&(String::from("ab"))) {
                        Some(n) if n < 4 => {
                        }
                        Some(n) => {
                        }
                        None => {
                        }
                    }
                }
                (_, n) => {
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
mod p021 {
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
                    yield_!([i2s(2), (if w == 2 { r.clone() } else { r.clone() })].concat());
                }
                let mut fuel6 = Vec::from([n, (if n > 2 { (n + 1) } else { T::take(keep(T("v8"), 7)) })]);
                'l6: while let Some(w) = fuel6.pop() {
                    yield_!(t("t9", i2s(w)));
                    yield_!(String::from("hello"));
                    let [b, _, _] = [T::take(keep(T("v11"), 10)), (if (r.clone()).len() % 2 == 0 { w } else { f3(cap.borrow(), [String::from("x"), String::from("four")].concat(), T::take(keep(T("v13"), 12))) }), (yield_!(format!("{}-{}", (r.clone()), (r.len() as i64))).len() as i64)];
                }
            } else if (((r.len() as i64) > 1 && cap.lock() >= 4) && r.len() % 2 == 0) {
                if ((r.is_empty() || ((r.clone()).len() % 2 == 0 && (r.clone()).len() % 2 == 0)) && (r.is_empty() && r.len() % 2 == 0)) {
                    panic!("p14");
                }
                let Some(e) = opt(&(yield_!((if (r.len() as i64) < 1 { r.clone() } else { r.clone() })))) else {
                    return (r.len() as i64);
                };
                if (!(((r).len() % 2 == 0 && e != 2)) || (((String::from("")).len() % 2 == 0 && cap.try_send(5) == 2) || e == 3)) {
                    return (f3(e, String::from("x"), cap.id()) + f3(e, String::from("x"), e));
                }
            } else if (String::from("hello")).len() % 2 == 0 {
                let Some(f) = opt(&(r.clone())) else {
                    return ((yield_!(r.clone()).len() as i64) * (P { a: (r.len() as i64), b: r }).sum());
                };
                let mut e = cap;
                'l15: for w in [format!("{}-{}", (String::from("x")), e.into_n()), i2s((yield_!(String::from("four")).len() as i64))] {
                    r = yield_!(i2s((match (w.len() as i64) { 0 => f, n if n > 3 => n + 1, _ => f })));
                    let [a, _, _] = [f3((if (r.len() % 2 == 0 || (w.clone()).len() % 2 == 0) { (f * f) } else { (match f { 0 => f, n if n > 5 => n + 1, _ => f }) }), t("t16", String::from("ab")), (if (f < 0 || w.len() % 2 == 0) { (match f { 0 => 5, n if n > 2 => n + 1, _ => 1 }) } else { T::take(keep(T("v18"), 17)) })), (w.len() as i64), (match (if (String::from("hello")).len() % 2 == 0 { f3(3, r.clone(), f) } else { f }) { 0 => ((match f { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => f }) + (match (w.len() as i64) { 0 => (w.len() as i64), n if n > 4 => n + 1, _ => 0 })), n if n > 3 => n + 1, _ => ((match (w.len() as i64) { 0 => (w.len() as i64), n if n > 2 => n + 1, _ => 0 }) * (r.len() as i64)) })];
                }
            }
            'l19: for w in 0..cap3(T::take(keep(T("v21"), 20))) {
                let P { a: a, b: e } = P { a: Acc::new(0).add((yield_!(i2s(1)).len() as i64)).add((match f3(w, String::from("hello"), w) { 0 => (if 0 < 0 { 2 } else { w }), n if n > 4 => n + 1, _ => (w - 3) })).get(), b: (if !(0 != 2) { yield_!(t("t22", String::from("ab"))) } else { (if w > 0 { yield_!(String::from("")) } else { yield_!(String::from("ab")) }) }) };
                'l23: for w in 0..cap3((if ((String::from("")).len() % 2 == 0 || (e.len() as i64) < 3) { 2 } else { (if (String::from("xyz")).len() % 2 == 0 { w } else { (e.len() as i64) }) })) {
                }
            }
            f3((yield_!(String::from("hello")).len() as i64), format!("{}-{}", (String::from("x")), 4), f3(5, String::from("xyz"), 2))
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
            let u1: i64;
            if ((((r.clone()).len() % 2 == 0 && (r.clone()).len() % 2 == 0) && (r.len() as i64) == 0) || (!((r.len() as i64) < 1) || !(cap.len() <= 0))) {
                u1 = ((cap.lock() + 4) + T("k2").id());
            } else {
                u1 = (r.len() as i64);
            }
            match opt(&(yield_!((if (String::from("ab")).len() % 2 == 0 { r } else { r })))) {
                Some(n) if n < 3 => {
                    match ((P { a: 3, b: String::from("x") }).sum(), String::from("xyz")) {
                        (0, n) => {
                            consume(T("v3"));
                        }
                        (_, n) if n.len() > 5 => {
                            yield_!([format!("{}-{}", (n), u1), [String::from("ab"), String::from("four")].concat()].concat());
                        }
                        (_, n) => {
                            if n.len() % 2 == 0 {
                                return u1;
                            }
                            let mut a: i64 = (P { a: u1, b: i2s((5 + (n.len() as i64))) }).sum();
                        }
                    }
                }
                Some(n) => {
                }
                None => {
                }
            }
            (P { a: 3, b: (if (String::from("four")).len() % 2 == 0 { String::from("x") } else { String::from("four") }) }).sum()
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
mod p024 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in T("k2").items() {
                yield_!(format!("{}-{}", r, Acc::new(w).add(w).add(0).get()));
                'l3: for w in 0..cap3(T::id(&cap)) {
                    yield_!(String::from("ab"));
                    r = i2s((P { a: (yield_!(r.clone()).len() as i64), b: (if (String::from("four")).len() % 2 == 0 { String::from("") } else { r.clone() }) }).sum());
                    let d = t("t4", (P { a: (P { a: w, b: String::from("") }).sum(), b: r.clone() }).sum());
                }
            }
            'l5: for w in [r.clone(), i2s(cap.lock())] {
                if let Some(n) = T("k6").opt() {
                    let b = T("v7");
                } else if (!(1 == 5) || (w.clone()).is_empty()) {
                    let e = t("t8", t("t9", t("t10", 2)));
                    if !((w.clone()).is_empty()) {
                        break 'l5;
                    }
                } else {
                    if (w.len() % 2 == 0 && ((w.len() as i64) <= 3 && (cap.len() >= 4 && r.len() % 2 == 0))) {
                        return (if !((String::from("x")).len() % 2 == 0) { (if (String::from("x")).len() % 2 == 0 { (r.len() as i64) } else { 0 }) } else { cap.len() });
                    }
                }
                let [f, _, _] = [keep(T("v12"), 11).take(), (w.len() as i64), (r.len() as i64)];
                consume(keep(keep(keep(T("v13"), 5), T::take(keep(T("v15"), 14))), (yield_!((if 0 <= 4 { String::from("four") } else { r.clone() })).len() as i64)));
            }
             {
                drop(T("v16"));
            }
            (if r.is_empty() { (r.len() as i64) } else { (r.len() as i64) })
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let P { a: f, b: d } = P { a: (cap.into_n() + f3((r.len() as i64), r.clone(), t("t1", (r.len() as i64)))), b: r.clone() };
            if let Some(n) = T("k2").opt() {
                'l3: for w in 0..cap3((yield_!(String::from("ab")).len() as i64)) {
                    yield_from!(Some(i2s((match w { 0 => w, n if n > 3 => n + 1, _ => w }))), String::new());
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
mod p026 {
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
                yield_!(i2s((r.len() as i64)));
                let d = yield_!(t("t4", String::from("four")));
            }
            let mut fuel5 = 0;
            let a = 'l5: loop {
                fuel5 += 1;
                if fuel5 > 2 {
                    break 'l5 Acc::new(res(&(r.clone()))?).add(T("k6").len()).add(res(&r)?).get();
                }
                f = T("v7");
                yield_from!(Some([i2s(1), [String::from("four"), r.clone()].concat()].concat()), String::new());
                if let Some(n) = opt(&(yield_!((if r.len() % 2 == 0 { r.clone() } else { String::from("xyz") })))) && n > 2 {
                    yield_!(r.clone());
                    yield_from!([t("t8", i2s(T::id(&f))), t("t9", [String::from("ab"), r.clone()].concat())], String::new());
                    let b = T("v10");
                }
                let d = 'b11: {
                    let mut f = T("v12");
                    if !(2 >= 4) {
                        break 'b11 t("t13", res(&r)?);
                    }
                    T::take(keep(keep(T("v15"), (r.len() as i64)), 14))
                };
            };
            Ok(t("t16", (P { a: a, b: r.clone() }).sum()))
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
                yield_!([t("t9", String::from("")), String::from("hello")].concat());
            } else if (((String::from("xyz")).len() % 2 == 0 || cap.len() < 3) || (String::from("x")).is_empty()) {
                let c = keep(T("v10"), (if !(cap.lock() < 2) { T::take(cap) } else { (match cap.borrow() { 0 => 5, n if n > 2 => n + 1, _ => 1 }) }));
            }
            Some((match (yield_!(String::from("x")).len() as i64) { 0 => Acc::new(4).add(4).add(2).get(), n if n > 2 => n + 1, _ => keep(T("v12"), 11).take() }))
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
            let P { a: b, b: d } = P { a: f3((match (cap.try_send(3) + T::id(&cap)) { 0 => res(&r)?, n if n > 5 => n + 1, _ => (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => T::id(&cap) }) }), t("t1", format!("{}-{}", (String::from("x")), (r.len() as i64))), (match (match cap.try_send(4) { 0 => 0, n if n > 3 => n + 1, _ => (r.len() as i64) }) { 0 => Acc::new(1).add(3).add((r.len() as i64)).get(), n if n > 4 => n + 1, _ => Acc::new(cap.try_send(3)).add((r.len() as i64)).add((r.len() as i64)).get() })), b: String::from("") };
            'l2: for w in T("k3").items() {
                let b = 'b4: {
                    let u5: i64;
                    if r.len() % 2 == 0 {
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
mod p029 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: T;
            yield_!(String::from("four"));
            if r.is_empty() {
                u1 = T("v2");
            } else {
                u1 = cap;
            }
             {
                consume(T("v3"));
                if (yield_!(r)).len() % 2 == 0 {
                    panic!("p4");
                }
                let mut fuel5 = 0;
                'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 2 {
                        break 'l5;
                    }
                    drop(T("v6"));
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 1 && (P { a: 5, b: String::from("xyz") }).sum() > 1 {
                        fuel7 += 1;
                        if ((String::from("four")).len() % 2 == 0 && (String::from("ab")).is_empty()) {
                            return Some(((yield_!(String::from("hello")).len() as i64) * (match u1.id() { 0 => 0, n if n > 3 => n + 1, _ => u1.id() })));
                        }
                        let e = [yield_!([String::from("xyz"), String::from("ab")].concat()), yield_!(String::from(""))].concat();
                        let mut d = (if !((e.len() as i64) == 2) { t("t8", format!("{}-{}", (String::from("hello")), (e.len() as i64))) } else { yield_!(format!("{}-{}", e, (e.len() as i64))) });
                    }
                    if let Some(n) = T("k9").opt() {
                        yield_!((if (0 != 5 || 0 < 4) { String::from("xyz") } else { String::from("x") }));
                        let d = f3(opt(&(String::from("hello")))?, [format!("{}-{}", (String::from("")), n), i2s(5)].concat(), T::id(&u1));
                        let mut e = T("v10");
                    }
                    if !(((String::from("xyz")).len() % 2 == 0 && (String::from("x")).is_empty())) {
                        panic!("p11");
                    }
                }
            }
            if ((String::from("hello")).is_empty() || (!((String::from("xyz")).len() % 2 == 0) && !((String::from("hello")).len() % 2 == 0))) {
                panic!("p12");
            }
            match (2, yield_!(t("t13", [String::from("xyz"), String::from("xyz")].concat()))) {
                (0, n) => {
                    let u14: String;
                    yield_!(i2s((P { a: T::id(&u1), b: String::from("ab") }).sum()));
                    if (T("k15").id() < 1 || (n.len() % 2 == 0 || ((n.len() as i64) != 1 || 5 != 1))) {
                        u14 = (if (String::from("xyz")).is_empty() { i2s(0) } else { String::from("x") });
                    } else {
                        u14 = n;
                    }
                    if u14.len() % 2 == 0 {
                        panic!("p16");
                    }
                }
                (_, n) if n.len() > 1 => {
                    let [b, _, _] = [t("t17", Acc::new(keep(T("v19"), 18).take()).add(T::take(keep(T("v21"), 20))).add(3).get()), (match u1.try_send(3) { 0 => opt(&(String::from("")))?, n if n > 4 => n + 1, _ => (match Some(T("k22")).unwrap().id() { 0 => T::id(&u1), n if n > 1 => n + 1, _ => (match 0 { 0 => T::id(&u1), n if n > 2 => n + 1, _ => 0 }) }) }), keep(keep(u1, (n.len() as i64)), 23).take()];
                    'l24: for w in T("k25").items() {
                        let c = T("v26");
                        if f3((n.len() as i64), yield_!(String::from("x")), (match (n.len() as i64) { 0 => 3, n if n > 1 => n + 1, _ => b })) == 4 {
                            break 'l24;
                        }
                    }
                }
                (_, n) => {
                }
            }
            Some((match t("t27", 1) { 0 => (P { a: 3, b: String::from("four") }).sum(), n if n > 2 => n + 1, _ => (if 0 == 5 { 5 } else { 5 }) }))
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
            let mut f = String::from("");
            if Acc::new((4 + cap.lock())).add(f3(cap.borrow(), String::from("four"), cap.borrow())).add(T::take(keep(T("v2"), 1))).get() == 4 {
                panic!("p3");
            }
            let mut f = String::from("xyz");
            yield_!(f);
            'l4: for w in T("k5").items() {
                let mut fuel6 = 0;
                'l6: while fuel6 < 3 && (r.len() % 2 == 0 && r.len() % 2 == 0) {
                    fuel6 += 1;
                    yield_from!((0..1i64).map(i2s), String::new());
                    let mut e = T("v7");
                }
                if ([String::from("hello"), String::from("four")].concat()).is_empty() {
                    panic!("p8");
                }
            }
            if let Some(n) = T("k9").opt() {
                let mut b = format!("{}-{}", r, (P { a: n, b: format!("{}-{}", (String::from("x")), (r.len() as i64)) }).sum());
                consume(cap);
            }
            'l10: for w in 0..cap3(T("k11").len()) {
                let u12: String;
                yield_!((if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("ab") }));
                if ((((r.len() as i64) > 4 || (r.clone()).len() % 2 == 0) || (r.len() % 2 == 0 || r.len() % 2 == 0)) && !(((r.clone()).len() % 2 == 0 && 5 >= 4))) {
                    u12 = [r.clone(), String::from("")].concat();
                } else {
                    u12 = t("t13", i2s((r.len() as i64)));
                }
                let (mut d, f) = (T("v14"), (r.len() as i64));
            }
            let Some(f) = opt(&([yield_!(r.clone()), r].concat())) else {
                return Some(T::take(keep(T("v16"), 15)));
            };
            let P { a: c, b: f } = P { a: (P { a: opt(&(String::from("ab")))?, b: i2s((if (String::from("")).len() % 2 == 0 { f } else { f })) }).sum(), b: i2s(opt(&(String::from("four")))?) };
            match (((match (f.len() as i64) { 0 => 0, n if n > 2 => n + 1, _ => (if c > 1 { (f.len() as i64) } else { 2 }) }) - t("t17", T::take(keep(T("v19"), 18)))), f.clone()) {
                (0, n) => {
                    'l20: for w in 0..cap3(opt(&f)?) {
                        let mut d: T = keep(T("v21"), T::take(keep(T("v23"), 22)));
                    }
                }
                (_, n) if n.len() > 5 => {
                }
                (_, n) => {
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
mod p031 {
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
                            yield_!(w);
                            let mut c: String = d.clone();
                            yield_!((if (c.clone()).is_empty() { [c, String::from("four")].concat() } else { format!("{}-{}", (c), 0) }));
                            r = [t("t5", (if (d.len() as i64) == 2 { d.clone() } else { String::from("") })), t("t6", yield_!(String::from("four")))].concat();
                        }
                        let e = [(if (d.clone()).len() % 2 == 0 { format!("{}-{}", (String::from("hello")), e) } else { String::from("hello") }), [format!("{}-{}", d, e), format!("{}-{}", (d), e)].concat()].concat();
                        if e.len() % 2 == 0 {
                            break 'b2;
                        }
                    }
                    r = t("t7", yield_!((if (String::from("x")).len() % 2 == 0 { String::from("x") } else { String::from("x") })));
                }
                n if n > 3 => {
                    let mut fuel8 = Vec::from([(r.len() as i64), T("k9").id()]);
                    'l8: while let Some(w) = fuel8.pop() {
                        if (yield_!(String::from("ab"))).is_empty() {
                            return T("k10").id();
                        }
                        r = (if r.is_empty() { String::from("xyz") } else { String::from("four") });
                        drop(T("v11"));
                    }
                    if let Some(n) = T("k12").opt() {
                        yield_!(String::from(""));
                    } else if (n != 3 || !(n <= 1)) {
                        let [b, _, _] = [n, n, ((yield_!([r.clone(), String::from("")].concat()).len() as i64) + 4)];
                        if !(((r.clone()).len() % 2 == 0 || !((r.len() as i64) >= 5))) {
                            return t("t13", (yield_!(r).len() as i64));
                        }
                    }
                    let Some(d) = opt(&(String::from("xyz"))) else {
                        return T("k14").id();
                    };
                }
                n => {
                    let mut f: String = [t("t15", t("t16", r.clone())), t("t17", yield_!(String::from("")))].concat();
                }
            }
            f3((if (String::from("xyz")).len() % 2 == 0 { 3 } else { 2 }), format!("{}-{}", (String::from("xyz")), 3), (if 2 >= 2 { 0 } else { 3 }))
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
            let d = 'b19: {
                let u20: T;
                yield_!((if (String::from("x")).len() % 2 == 0 { i2s(b) } else { String::from("hello") }));
                if ((if b != 3 { r.clone() } else { r })).is_empty() {
                    u20 = keep(keep(T("v21"), b), 1);
                } else {
                    u20 = keep(keep(T("v22"), b), res(&(String::from("")))?);
                }
                if ((String::from("ab")).len() % 2 == 0 && 1 < 2) {
                    break 'b19 T::take(u20);
                }
                (yield_!(i2s(b)).len() as i64)
            };
            let u23: i64;
            if ((if (String::from("four")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") })).len() % 2 == 0 {
                u23 = f3((yield_!(String::from("ab")).len() as i64), yield_!(String::from("hello")), res(&(String::from("four")))?);
            } else {
                u23 = t("t24", f3(d, String::from("xyz"), 0));
            }
            if !(!((String::from("")).is_empty())) {
                panic!("p25");
            }
            yield_!(format!("{}-{}", (String::from("x")), T::take(keep(T("v27"), 26))));
            Ok((if (String::from("")).len() % 2 == 0 { f3(4, String::from("four"), u23) } else { res(&(String::from("xyz")))? }))
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
            yield_!(t("t1", String::from("xyz")));
            drop(cap);
            let a = keep(keep(keep(T("v2"), (r.len() as i64)), f3((r.len() as i64), r.clone(), (r.len() as i64))), f3(((r.len() as i64) + (r.len() as i64)), yield_!(String::from("ab")), T("k3").len()));
            yield_!(r);
            let mut fuel4 = Vec::from([f3(T::take(keep(T("v6"), 5)), format!("{}-{}", (String::from("xyz")), a.id()), (yield_!(String::from("ab")).len() as i64)), t("t7", a.into_n())]);
            'l4: while let Some(w) = fuel4.pop() {
                'l8: for w in 0..cap3(t("t9", Acc::new(3).add(w).add(4).get())) {
                    let e = T("v10");
                    drop(T("v11"));
                }
            }
            T::take(keep(keep(T("v13"), 2), 12))
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
            if !((String::from("x")).is_empty()) {
                r = yield_!(i2s(0));
            } else {
                let mut a: T = keep(cap, Acc::new(T("k1").into_n()).add(f3(4, r, 1)).add(T::take(keep(T("v3"), 2))).get());
                r = [(if !((String::from("hello")).len() % 2 == 0) { format!("{}-{}", (String::from("x")), a.len()) } else { String::from("hello") }), yield_!(String::from("hello"))].concat();
                let u4: String;
                yield_!(r);
                if (((String::from("four")).len() % 2 == 0 || (4 >= 4 || 2 <= 3)) || !(((String::from("xyz")).len() % 2 == 0 || 5 <= 1))) {
                    u4 = [t("t5", String::from("x")), [String::from("xyz"), String::from("hello")].concat()].concat();
                } else {
                    u4 = (if !((String::from("x")).len() % 2 == 0) { [String::from(""), String::from("")].concat() } else { yield_!(String::from("four")) });
                }
            }
            drop(keep(T("v6"), opt(&(String::from("")))?));
            drop(keep(T("v7"), Some(T("k8")).unwrap().id()));
            if opt(&(String::from("")))? < 5 {
                return Some((yield_!([String::from("xyz"), String::from("x")].concat()).len() as i64));
            }
            let Some(c) = opt(&(yield_!(format!("{}-{}", (String::from("")), 1)))) else {
                panic!("p9");
            };
            if let Some(n) = T("k10").opt() {
                let mut d = yield_!(i2s(c));
                let P { a: a, b: f } = P { a: (2 + c), b: t("t11", d.clone()) };
                let mut fuel12 = 0;
                'l12: while fuel12 < 3 && (f.clone()).len() % 2 == 0 {
                    fuel12 += 1;
                    let e = 1;
                    if !((d.clone()).len() % 2 == 0) {
                        panic!("p15");
                    }
                }
            } else if ((3 <= 3 || (String::from("xyz")).len() % 2 == 0) || ((String::from("x")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0)) {
            }
            Some(2)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            let c = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 t("t2", 3);
                }
                let u3: i64;
                if ((if 2 >= 5 { String::from("hello") } else { String::from("four") })).len() % 2 == 0 {
                    u3 = (P { a: f3(4, r.clone(), 3), b: t("t4", r.clone()) }).sum();
                } else {
                    u3 = t("t5", keep(T("v7"), 6).take());
                }
                drop(T("v8"));
            };
            'l9: for w in 0..cap3(T("k10").id()) {
                'b11: {
                    if let Some(n) = opt(&([r.clone(), format!("{}-{}", (String::from("hello")), w)].concat())) {
                        let P { a: b, b: a } = P { a: (T("k12").into_n() * Acc::new((P { a: cap.lock(), b: r.clone() }).sum()).add(t("t13", c)).add(3).get()), b: i2s(c) };
                    } else if !(!(w > 2)) {
                        if 3 == 5 {
                            panic!("p14");
                        }
                    } else {
                        let mut e = cap.len();
                    }
                    if Acc::new(w).add(cap.id()).add(4).get() == 2 {
                        break 'b11;
                    }
                }
            }
            yield_!(String::from("end"));
            Ok((P { a: t("t15", c), b: [r.clone(), r.clone()].concat() }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(String::from("xyz"));
            let Some(e) = opt(&(yield_!(i2s((r.len() as i64))))) else {
                return Some(T("k1")).unwrap().id();
            };
            if Acc::new(T::take(keep(T("v3"), 2))).add(Acc::new(1).add(cap.borrow()).add(3).get()).add(cap.into_n()).get() <= 0 {
                panic!("p4");
            }
            'b5: {
                let c: T = keep(T("v6"), (P { a: f3(e, r.clone(), 1), b: [String::from("ab"), r].concat() }).sum());
                let c = T("v7");
                if ((4 < 2 || T::id(&c) <= 1) && (String::from("ab")).len() % 2 == 0) {
                    break 'b5;
                }
            }
            if !((String::from("xyz")).is_empty()) {
                return e;
            }
            'l8: for w in 0..cap3(e) {
                let mut e = [yield_!(format!("{}-{}", (String::from("hello")), e)), (if (e > 5 || 5 == 5) { yield_!(String::from("hello")) } else { String::from("hello") })].concat();
                'l9: for w in T("k10").items() {
                    let mut a = format!("{}-{}", e, (if e.is_empty() { w } else { t("t11", w) }));
                }
            }
            t("t12", f3(e, String::from(""), e))
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
                    yield_!(format!("{}-{}", (String::from("xyz")), d));
                    let mut fuel9 = 0;
                    'l9: loop {
                        fuel9 += 1;
                        if fuel9 > 2 {
                            break 'l9;
                        }
                        yield_!([i2s(2), format!("{}-{}", (String::from("hello")), d)].concat());
                        if ((match 2 { 0 => d, n if n > 4 => n + 1, _ => d }) <= 5 && f3(d, String::from("hello"), d) < 3) {
                            return Ok((match (match 0 { 0 => d, n if n > 2 => n + 1, _ => d }) { 0 => (match d { 0 => d, n if n > 5 => n + 1, _ => d }), n if n > 4 => n + 1, _ => d }));
                        }
                    }
                } else if (!(r.len() % 2 == 0) || !((r).len() % 2 == 0)) {
                    let mut c = T("v10");
                    let (mut a, e) = (T("v11"), d);
                    let e = (if (((String::from("four")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) && ((String::from("four")).len() % 2 == 0 || 0 >= 3)) { yield_!(format!("{}-{}", (String::from("xyz")), 3)) } else { yield_!(t("t12", String::from("four"))) });
                } else if !((String::from("hello")).len() % 2 == 0) {
                    let mut fuel13 = 0;
                    'l13: loop {
                        fuel13 += 1;
                        if fuel13 > 1 {
                            break 'l13;
                        }
                        consume(keep(keep(keep(T("v14"), d), t("t15", d)), (match d { 0 => T("k16").into_n(), n if n > 4 => n + 1, _ => Acc::new(d).add(d).add(d).get() })));
                        r = yield_!((if ((String::from("")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) { [String::from("x"), String::from("x")].concat() } else { t("t17", String::from("four")) }));
                        yield_!(t("t18", format!("{}-{}", (String::from("four")), 4)));
                    }
                }
            }
            Err([i2s(d), yield_!(String::from("xyz"))].concat())
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
mod p039 {
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
            let e = 'l4: loop {
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
                yield_!(t("t22", (if a != 1 { String::from("four") } else { r.clone() })));
                if let Some(n) = opt(&r) && n > 3 {
                    if ((a + n) >= 4 && r.len() % 2 == 0) {
                        break 'l4 5;
                    }
                    r = (if t("t23", (r.len() as i64)) == 1 { d.clone() } else { d.clone() });
                } else if (String::from("")).len() % 2 == 0 {
                    yield_!([String::from("four"), format!("{}-{}", r, a)].concat());
                    r = format!("{}-{}", (d.clone()), res(&(r.clone()))?);
                    let mut d: String = i2s((yield_!([r.clone(), d.clone()].concat()).len() as i64));
                } else {
                }
            };
            Ok((if (r.clone()).len() % 2 == 0 { t("t24", 5) } else { (d.len() as i64) }))
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
                    yield_!(r.clone());
                    if ((r.clone()).len() % 2 == 0 || Acc::new(3).add(5).add(w).get() >= 2) {
                        return Some(T("k10").into_n());
                    }
                    yield_!([(if w == 2 { String::from("four") } else { r.clone() }), t("t11", String::from("x"))].concat());
                    if (((w > 3 && (r.len() as i64) == 2) || !(r.len() % 2 == 0)) && (w != 0 || (String::from("x")).is_empty())) {
                        return Some((f3(w, r.clone(), cap.lock()) * (r.len() as i64)));
                    }
                }
            }
            match opt(&([format!("{}-{}", r, 0), r.clone()].concat())) {
                Some(n) if n < 2 => {
                }
                Some(n) => {
                }
                None => {
                }
            }
            Some(T::take(cap))
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
                yield_!([String::from("hello"), i2s(e.borrow())].concat());
                yield_!(i2s((P { a: 0, b: String::from("x") }).sum()));
            }
            yield_!(i2s((2 * 2)));
            r = i2s((yield_!(t("t6", String::from("hello"))).len() as i64));
            drop(keep(T("v7"), (r.len() as i64)));
            let e = 'b8: {
                drop(keep(T("v9"), T::take(keep(T("v11"), 10))));
                let b: T = keep(T("v12"), Some(T("k13")).unwrap().id());
                let P { a: b, b: d } = P { a: (match f3((b.try_send(0) - b.len()), r.clone(), T::take(keep(T("v15"), 14))) { 0 => (if (String::from("ab")).is_empty() { T::take(b) } else { 2 }), n if n > 4 => n + 1, _ => (P { a: (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => 5 }), b: t("t16", r.clone()) }).sum() }), b: r.clone() };
                if (String::from("ab")).len() % 2 == 0 {
                    break 'b8 f3(t("t17", (d.len() as i64)), t("t18", r), (d.len() as i64));
                }
                (if d.len() % 2 == 0 { keep(T("v20"), 19).take() } else { b })
            };
            let mut e: String = (if (String::from("ab")).len() % 2 == 0 { yield_!((if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("four") })) } else { i2s(Acc::new(e).add(e).add(e).get()) });
            let mut fuel21 = 0;
            let e = 'l21: loop {
                fuel21 += 1;
                if fuel21 > 1 {
                    break 'l21 T::take(keep(T("v23"), 22));
                }
                yield_!(format!("{}-{}", e, f3((e.len() as i64), e.clone(), (e.len() as i64))));
                if e.len() % 2 == 0 {
                    return 5;
                }
                if (T("k24").id() <= 3 && ((String::from("hello")).len() % 2 == 0 && (e.len() % 2 == 0 || e.len() % 2 == 0))) {
                    break 'l21 (if ((e.len() as i64) == 1 && (String::from("xyz")).len() % 2 == 0) { T::take(keep(T("v26"), 25)) } else { T::take(keep(T("v28"), 27)) });
                }
            };
            yield_!([String::from("ab"), [String::from(""), String::from("xyz")].concat()].concat());
            if (((String::from("ab")).is_empty() || ((String::from("four")).len() % 2 == 0 && (String::from("")).len() % 2 == 0)) && (String::from("x")).len() % 2 == 0) {
                panic!("p29");
            }
            T::take(keep(T("v31"), 30))
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
            yield_!(String::from("end"));
            Ok((match (if 2 > 0 { 3 } else { 1 }) { 0 => (match 1 { 0 => 5, n if n > 4 => n + 1, _ => 5 }), n if n > 5 => n + 1, _ => (if (String::from("xyz")).len() % 2 == 0 { 1 } else { 2 }) }))
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
                    yield_!(r.clone());
                    let f = i2s(4);
                } else {
                    yield_from!([t("t9", r.clone()), format!("{}-{}", (c), 1)], String::new());
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
mod p044 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let [a, _, _] = [T::take(keep(cap, 1)), (5 * f3((r.len() as i64), r.clone(), Some(T("k2")).unwrap().id())), Some(T("k3")).unwrap().id()];
            if let Some(n) = opt(&r) && n > 4 {
                let b = (if !(r.len() % 2 == 0) { (match 0 { 0 => a, n if n > 2 => n + 1, _ => (match a { 0 => 5, n if n > 2 => n + 1, _ => n }) }) } else { t("t4", (r.len() as i64)) });
                let u5: i64;
                if (T("k6").id() != 2 && !((3 > 0 && r.len() % 2 == 0))) {
                    u5 = opt(&(String::from("ab")))?;
                } else {
                    u5 = 2;
                }
                'l7: for w in [r, String::from("")] {
                    let a: T = T("v8");
                    let d = a;
                    let (mut e, f) = (T("v9"), (yield_!(w.clone()).len() as i64));
                }
            }
            if let Some(n) = opt(&(String::from("x"))) && n > 4 {
                if !(((String::from("")).is_empty() || ((String::from("x")).len() % 2 == 0 && 1 > 1))) {
                    panic!("p10");
                }
                let c = 'b11: {
                    match (opt(&((if (String::from("")).len() % 2 == 0 { String::from("four") } else { String::from("four") })))?, i2s(a)) {
                        (0, n) => {
                            r = n;
                            consume(keep(T("v12"), (P { a: (match (r.len() as i64) { 0 => a, n if n > 4 => n + 1, _ => a }), b: yield_!(String::from("four")) }).sum()));
                            let b = r;
                        }
                        (_, n) if n.len() > 0 => {
                        }
                        (_, n) => {
                        }
                    }
                    if (String::from("four")).len() % 2 == 0 {
                        break 'b11 T::take(keep(T("v14"), 13));
                    }
                    a
                };
            } else if (String::from("ab")).len() % 2 == 0 {
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
mod p045 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let f = cap.into_n();
            r = i2s((r.len() as i64));
            let u1: i64;
            if r.is_empty() {
                u1 = keep(keep(T("v3"), f), 2).take();
            } else {
                u1 = (if (String::from("hello")).len() % 2 == 0 { T::take(keep(T("v5"), 4)) } else { (if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) }) });
            }
            r = String::from("x");
            yield_from!((0..2i64).map(i2s), String::new());
            let a = res(&(i2s(u1)))?;
            let mut d = (if (r.is_empty() && ((r.clone()).len() % 2 == 0 && a > 5)) { yield_!(format!("{}-{}", r, u1)) } else { yield_!(r.clone()) });
            if a <= 3 {
                return Ok((T::take(keep(T("v7"), 6)) - (match 1 { 0 => a, n if n > 0 => n + 1, _ => 5 })));
            }
            let mut d = yield_!([d.clone(), d].concat());
            let a = (if (d.is_empty() || !(a < 4)) { (if (String::from("four")).len() % 2 == 0 { format!("{}-{}", (r.clone()), 2) } else { t("t8", r) }) } else { i2s(keep(T("v10"), 9).take()) });
            let d = yield_!(a.clone());
            'l11: for w in [format!("{}-{}", (String::from("xyz")), (match 4 { 0 => 5, n if n > 5 => n + 1, _ => 2 })), yield_!(t("t12", a.clone()))] {
                'l13: for w in [w, format!("{}-{}", (a.clone()), (if (d.len() as i64) != 1 { f } else { (d.len() as i64) }))] {
                    r = w.clone();
                    yield_from!(Some(w), String::new());
                    let P { a: b, b: c } = P { a: Acc::new(T("k14").into_n()).add(f3((P { a: (r.len() as i64), b: String::from("ab") }).sum(), (if (r.clone()).len() % 2 == 0 { String::from("four") } else { String::from("") }), (P { a: (r.len() as i64), b: String::from("hello") }).sum())).add((P { a: 0, b: yield_!(String::from("x")) }).sum()).get(), b: [String::from("four"), i2s((if d.len() % 2 == 0 { 5 } else { f }))].concat() };
                }
                let mut fuel15 = 0;
                let c = 'l15: loop {
                    fuel15 += 1;
                    if fuel15 > 3 {
                        break 'l15 T("k16").id();
                    }
                    r = format!("{}-{}", d, (if ((String::from("four")).len() % 2 == 0 || (a.len() as i64) < 0) { u1 } else { res(&a)? }));
                    if !(!(d.len() % 2 == 0)) {
                        panic!("p17");
                    }
                };
            }
            Ok((match 1 { 0 => (if f >= 5 { 0 } else { 1 }), n if n > 5 => n + 1, _ => u1 }))
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
mod p047 {
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
mod p048 {
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
                if 2 == 3 {
                    u7 = (a.len() as i64);
                } else {
                    u7 = T("k8").id();
                }
            }
            match T("k9").len() {
                0 => {
                    let mut fuel10 = Vec::from([t("t11", (if 4 != 3 { cap.len() } else { 1 })), 1]);
                    'l10: while let Some(w) = fuel10.pop() {
                        yield_from!([(if ((a.clone()).len() % 2 == 0 || (r.len() as i64) != 3) { t("t12", a.clone()) } else { (if w >= 3 { r.clone() } else { String::from("ab") }) }), i2s(T::take(keep(T("v14"), 13)))], String::new());
                        yield_!([String::from("xyz"), t("t15", String::from("ab"))].concat());
                    }
                    yield_!(a.clone());
                }
                n if n > 1 => {
                    r = (if t("t16", n) < 2 { i2s((yield_!(r).len() as i64)) } else { [a, t("t17", r.clone())].concat() });
                    let mut d = format!("{}-{}", r, keep(cap, 18).take());
                    if (Some(T("k19")).unwrap().id() > 4 || !(d.len() % 2 == 0)) {
                        return f3(n, yield_!(d), (yield_!(String::from("xyz")).len() as i64));
                    }
                }
                n => {
                    let mut fuel20 = 0;
                    let a = 'l20: loop {
                        fuel20 += 1;
                        if fuel20 > 1 {
                            break 'l20 (a.len() as i64);
                        }
                        consume(keep(T("v21"), keep(T("v23"), 22).take()));
                        consume(T("v24"));
                        let mut a = n;
                        a += n;
                    };
                    let mut fuel25 = 0;
                    'l25: while fuel25 < 1 && (yield_!(String::from("")).len() as i64) > 0 {
                        fuel25 += 1;
                        if n != 3 {
                            panic!("p26");
                        }
                    }
                }
            }
            T("k27").id()
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
            yield_!((if 4 == 3 { String::from("four") } else { String::from("hello") }));
             {
                drop(keep(keep(keep(T("v1"), T::id(&cap)), T("k2").into_n()), (yield_!(format!("{}-{}", (r.clone()), (r.len() as i64))).len() as i64)));
            }
            if !((String::from("four")).len() % 2 == 0) {
                panic!("p3");
            }
            'b4: {
                 {
                    yield_!(t("t5", r));
                }
                let b = 'b6: {
                    let f = 'b7: {
                        yield_!(format!("{}-{}", (String::from("")), (3 - cap.len())));
                        if !((3 >= 2 && 2 != 4)) {
                            break 'b7 (P { a: t("t8", cap.borrow()), b: format!("{}-{}", (String::from("")), cap.lock()) }).sum();
                        }
                        (yield_!(i2s(cap.borrow())).len() as i64)
                    };
                    let b = 'b9: {
                        if let Some(n) = T("k10").opt() {
                            if ((if cap.len() != 4 { String::from("") } else { String::from("xyz") })).len() % 2 == 0 {
                                return 4;
                            }
                        } else {
                            yield_!([String::from("ab"), (if T::id(&cap) > 3 { String::from("hello") } else { String::from("four") })].concat());
                            let e: i64 = f3((if !((String::from("four")).len() % 2 == 0) { 5 } else { t("t11", 0) }), (if (String::from("x")).len() % 2 == 0 { [String::from("four"), String::from("hello")].concat() } else { [String::from(""), String::from("four")].concat() }), cap.into_n());
                            yield_!(t("t12", String::from("xyz")));
                        }
                        if ((String::from("ab")).is_empty() || (f <= 4 && (String::from("four")).len() % 2 == 0)) {
                            break 'b9 (if f >= 2 { T("k13").id() } else { (if (String::from("hello")).len() % 2 == 0 { f } else { f }) });
                        }
                        (match f3(f, String::from("ab"), 5) { 0 => Acc::new(f).add(5).add(f).get(), n if n > 0 => n + 1, _ => f })
                    };
                    if (match 5 { 0 => 2, n if n > 4 => n + 1, _ => f }) >= 3 {
                        break 'b6 b;
                    }
                    (match (if (String::from("four")).len() % 2 == 0 { 2 } else { b }) { 0 => (f - b), n if n > 5 => n + 1, _ => 2 })
                };
                let mut fuel14 = 0;
                'l14: while fuel14 < 3 && !((String::from("xyz")).is_empty()) {
                    fuel14 += 1;
                    let Some(b) = opt(&(yield_!(String::from("xyz")))) else {
                        return (P { a: (yield_!(String::from("four")).len() as i64), b: (if 1 >= 2 { String::from("xyz") } else { String::from("x") }) }).sum();
                    };
                     {
                        r = (if T("k15").id() <= 2 { String::from("") } else { i2s((b + 0)) });
                    }
                    match T("k16").len() {
                        0 => {
                        }
                        n if n > 5 => {
                        }
                        n => {
                        }
                    }
                }
                if (String::from("ab")).len() % 2 == 0 {
                    break 'b4;
                }
            }
            (P { a: (P { a: 0, b: String::from("four") }).sum(), b: yield_!(String::from("four")) }).sum()
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
                    yield_!([format!("{}-{}", r, w), String::from("x")].concat());
                }
            }
            Ok(res(&r)?)
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
            let u1: i64;
            if r.len() % 2 == 0 {
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
                    yield_from!(Some(t("t10", String::from("xyz"))), String::new());
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
mod p052 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let f = 'b1: {
                 {
                    'l2: for w in [i2s(Acc::new((r.len() as i64)).add((r.len() as i64)).add(0).get()), yield_!(String::from(""))] {
                        if ((!(r.len() % 2 == 0) && r.is_empty()) || (r.clone()).len() % 2 == 0) {
                            return Some((P { a: (yield_!(r.clone()).len() as i64), b: String::from("four") }).sum());
                        }
                        yield_!(t("t3", w.clone()));
                    }
                    if !(r.is_empty()) {
                        return Some((P { a: (P { a: cap.id(), b: String::from("ab") }).sum(), b: r }).sum());
                    }
                    'l4: for w in T("k5").items() {
                        let c: T = T("v10");
                        if ((if w != 0 { String::from("xyz") } else { String::from("ab") })).len() % 2 == 0 {
                            return Some(w);
                        }
                        let a: String = (if ((String::from("ab")).is_empty() || (String::from("four")).is_empty()) { yield_!((if c.lock() <= 4 { String::from("xyz") } else { String::from("xyz") })) } else { (if (T::id(&c) <= 5 || (String::from("four")).len() % 2 == 0) { t("t11", String::from("hello")) } else { [String::from("x"), String::from("four")].concat() }) });
                    }
                }
                if (((String::from("ab")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) || !((String::from("")).len() % 2 == 0)) {
                    break 'b1 0;
                }
                T("k12").id()
            };
            match T("k13").len() {
                0 => {
                    yield_!((if (String::from("four")).len() % 2 == 0 { [String::from("ab"), String::from("")].concat() } else { i2s(f) }));
                    if let Some(n) = T("k14").opt() {
                        let mut c = yield_!(t("t15", [String::from("x"), String::from("hello")].concat()));
                    } else if (String::from("ab")).is_empty() {
                        yield_!(format!("{}-{}", (String::from("")), cap.into_n()));
                        consume(keep(T("v16"), (f3(f, String::from("x"), 3) - T::take(keep(T("v18"), 17)))));
                        let e = yield_!([String::from("xyz"), format!("{}-{}", (String::from("four")), 3)].concat());
                    } else if (String::from("xyz")).is_empty() {
                        yield_!((if !((String::from("ab")).len() % 2 == 0) { t("t19", String::from("ab")) } else { String::from("") }));
                    }
                }
                n if n > 3 => {
                }
                n => {
                }
            }
            Some(T("k20").id())
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
                    yield_!(i2s(3));
                } else if (match (r.len() as i64) { 0 => e, n if n > 3 => n + 1, _ => (c.len() as i64) }) < 4 {
                } else {
                }
            }
            Ok((((c.len() as i64) + a) + Acc::new(d).add(4).add((r.len() as i64)).get()))
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
                    let c = 'l5: loop {
                        fuel5 += 1;
                        if fuel5 > 3 {
                            break 'l5 (r.len() as i64);
                        }
                        drop(T("v6"));
                        if (!((r.len() as i64) <= 0) && ((r.len() % 2 == 0 && b == 4) && r.len() % 2 == 0)) {
                            panic!("p7");
                        }
                        yield_!(format!("{}-{}", r, res(&r)?));
                        yield_!(String::from("xyz"));
                    };
                    if let Some(n) = opt(&(yield_!(t("t8", r.clone())))) {
                        let mut b = 0;
                        drop(T("v9"));
                    } else {
                        consume(T("v10"));
                        consume(keep(T("v11"), T::take(keep(T("v13"), 12))));
                        let e = yield_!(i2s(res(&(String::from("")))?));
                    }
                } else if T::id(&e) < 2 {
                    drop(T("v14"));
                    let mut fuel15 = 0;
                    let b = 'l15: loop {
                        fuel15 += 1;
                        if fuel15 > 2 {
                            break 'l15 T("k16").into_n();
                        }
                        yield_!(r.clone());
                        consume(T("v17"));
                    };
                }
            }
            Err(i2s(T::take(e)))
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (r.len() % 2 == 0 && 3 >= 5) {
                fuel1 += 1;
                if ((cap.lock() == 5 || ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) || (4 < 3 && r.is_empty())) {
                    return Err(yield_!(t("t2", r.clone())));
                }
                let mut e = T("v3");
                'l4: for w in 0..cap3((r.len() as i64)) {
                    let mut f = r.clone();
                    yield_!(i2s(res(&(r.clone()))?));
                    consume(T("v5"));
                    r = yield_!((if ((r.clone()).len() % 2 == 0 && (r.len() as i64) > 3) { [String::from(""), r.clone()].concat() } else { (if w != 3 { String::from("ab") } else { String::from("xyz") }) }));
                }
            }
            'l6: for w in [i2s(res(&(r.clone()))?), [r.clone(), i2s(2)].concat()] {
                r = yield_!(String::from("hello"));
                let mut d = 0;
            }
            if (format!("{}-{}", (String::from("ab")), T::id(&cap))).is_empty() {
                panic!("p7");
            }
            let d = T("v8");
            let a: i64 = d.borrow();
            if (r.len() % 2 == 0 || !((d.len() <= 5 && 4 < 4))) {
                panic!("p9");
            }
            if let Some(n) = T("k10").opt() {
                let u11: T;
                yield_!(String::from("xyz"));
                if (yield_!((if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("x") })).len() as i64) < 1 {
                    u11 = T("v12");
                } else {
                    u11 = T("v13");
                }
                consume(keep(T("v14"), (match a { 0 => (match 3 { 0 => T::id(&cap), n if n > 0 => n + 1, _ => a }), n if n > 4 => n + 1, _ => f3(cap.lock(), String::from(""), a) })));
            } else if (r).is_empty() {
                let mut fuel15 = 0;
                'l15: while fuel15 < 1 && (String::from("ab")).len() % 2 == 0 {
                    fuel15 += 1;
                    yield_!(t("t16", i2s(cap.borrow())));
                }
            } else {
            }
            Ok((match T::take(keep(T("v18"), 17)) { 0 => T("k19").into_n(), n if n > 3 => n + 1, _ => a }))
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
            let b = keep(keep(cap, Acc::new((r.len() as i64)).add(0).add(0).get()), f3((P { a: 4, b: String::from("x") }).sum(), r.clone(), Acc::new(1).add(1).add((r.len() as i64)).get()));
            let mut a = b;
            'l1: for w in T("k2").items() {
                let Some(a) = opt(&(yield_!(t("t3", r.clone())))) else {
                    panic!("p4");
                };
                let u5: i64;
                if !(r.is_empty()) {
                    u5 = (match (yield_!(String::from("x")).len() as i64) { 0 => (P { a: (r.len() as i64), b: String::from("four") }).sum(), n if n > 5 => n + 1, _ => t("t6", a) });
                } else {
                    u5 = (P { a: a, b: yield_!(r.clone()) }).sum();
                }
            }
            let u7: T;
            yield_!(r);
            if ((if a.borrow() <= 2 { String::from("four") } else { String::from("four") })).len() % 2 == 0 {
                u7 = T("v8");
            } else {
                u7 = keep(a, (2 - 4));
            }
            Some((T::take(keep(T("v10"), 9)) * (yield_!(String::from("hello")).len() as i64)))
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
            drop(cap);
            let u1: i64;
            if t("t2", Acc::new((r.len() as i64)).add(4).add(5).get()) <= 4 {
                u1 = f3(T("k3").len(), i2s((r.len() as i64)), T::take(keep(T("v5"), 4)));
            } else {
                u1 = (r.len() as i64);
            }
            let mut fuel6 = 0;
            'l6: while fuel6 < 1 && !((r.len() % 2 == 0 && r.len() % 2 == 0)) {
                fuel6 += 1;
                'l7: for w in [yield_!(t("t8", r.clone())), i2s(Acc::new(u1).add(u1).add(3).get())] {
                    yield_!(format!("{}-{}", (w.clone()), (P { a: u1, b: r.clone() }).sum()));
                    yield_!(w);
                }
                drop(T("v9"));
                yield_from!((0..0i64).map(i2s), String::new());
            }
            Ok((if (u1 >= 2 || u1 == 0) { Acc::new((r.len() as i64)).add(u1).add((r.len() as i64)).get() } else { (r.len() as i64) }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(String::from("hello"));
            'l1: for w in T("k2").items() {
                if let Some(n) = opt(&r) {
                    let e = t("t3", yield_!([String::from("xyz"), String::from("ab")].concat()));
                    if !((match w { 0 => w, n if n > 3 => n + 1, _ => w }) < 2) {
                        return Some(t("t4", Acc::new(n).add(n).add((e.len() as i64)).get()));
                    }
                }
                match opt(&(yield_!(i2s(cap.lock())))) {
                    Some(n) if n < 1 => {
                        r = [t("t5", (if n != 1 { String::from("xyz") } else { r.clone() })), t("t6", r.clone())].concat();
                    }
                    Some(n) => {
                        let mut a = yield_!((if ((String::from("ab")).len() % 2 == 0 || r.len() % 2 == 0) { i2s(cap.try_send(3)) } else { format!("{}-{}", (String::from("")), w) }));
                        if r.len() % 2 == 0 {
                            continue 'l1;
                        }
                        let mut f = w;
                    }
                    None => {
                        let mut b = opt(&r)?;
                        let d = (T("k7").into_n() + f3(Acc::new(1).add(0).add(w).get(), r.clone(), w));
                        r = r.clone();
                    }
                }
                if (!(r.is_empty()) && !(!(r.len() % 2 == 0))) {
                    panic!("p8");
                }
                 {
                    let u9: i64;
                    if (((String::from("hello")).len() % 2 == 0 && w < 2) || (2 == 4 && r.len() % 2 == 0)) {
                        u9 = (r.len() as i64);
                    } else {
                        u9 = (match w { 0 => f3(1, r.clone(), (r.len() as i64)), n if n > 2 => n + 1, _ => f3((r.len() as i64), String::from("hello"), (r.len() as i64)) });
                    }
                    let mut fuel10 = 0;
                    'l10: loop {
                        fuel10 += 1;
                        if fuel10 > 2 {
                            break 'l10;
                        }
                        r = yield_!(String::from("x"));
                        let mut a = cap.len();
                    }
                }
            }
            Some(opt(&(r))?)
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
            let c = 'b10: {
                if let Some(n) = T("k11").opt() {
                    yield_from!((0..1i64).map(i2s), String::new());
                    drop(T("v12"));
                } else if ((String::from("xyz")).is_empty() && (String::from("")).is_empty()) {
                }
                if !(!(e >= 5)) {
                    break 'b10 (if (String::from("four")).len() % 2 == 0 { Acc::new(cap.lock()).add(e).add(e).get() } else { t("t13", e) });
                }
                e
            };
            Ok(5)
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
            let (mut c, e) = (T("v1"), T("k2").id());
            yield_!([String::from("ab"), t("t4", String::from("x"))].concat());
            r = yield_!(String::from(""));
            'l5: for w in T("k6").items() {
                if T::take(keep(T("v8"), 7)) > 5 {
                    panic!("p9");
                }
                let d = T("k10").into_n();
                let mut fuel11 = Vec::from([Acc::new(Acc::new((r.len() as i64)).add(w).add(T::id(&cap)).get()).add(res(&(String::from("hello")))?).add((if r.len() % 2 == 0 { d } else { d })).get(), e]);
                'l11: while let Some(w) = fuel11.pop() {
                    let e = (yield_!(i2s(f3(5, r.clone(), cap.try_send(4)))).len() as i64);
                    if r.is_empty() {
                        panic!("p12");
                    }
                }
            }
            match ((e + 0), yield_!(r)) {
                (0, n) => {
                    yield_!((if !(0 > 2) { String::from("ab") } else { format!("{}-{}", n, 4) }));
                    'l13: for w in T("k14").items() {
                    }
                }
                (_, n) if n.len() > 2 => {
                }
                (_, n) => {
                }
            }
            Ok(T("k15").id())
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let P { a: d, b: b } = P { a: T::take(keep(keep(keep(T("v2"), cap.borrow()), (yield_!(r.clone()).len() as i64)), 1)), b: String::from("ab") };
            let c = yield_!((if b.len() % 2 == 0 { t("t3", String::from("")) } else { b.clone() }));
            consume(T("v4"));
            yield_from!(Some(format!("{}-{}", (c.clone()), d)), String::new());
             {
                let f = yield_!(t("t5", r.clone()));
                let mut fuel6 = Vec::from([cap.lock(), (P { a: 1, b: r.clone() }).sum()]);
                'l6: while let Some(w) = fuel6.pop() {
                    'b7: {
                        yield_!(i2s(1));
                        if (cap.borrow() >= 3 || c.len() % 2 == 0) {
                            break 'b7;
                        }
                    }
                    let Some(d) = opt(&b) else {
                        return Some(d);
                    };
                    match (if d != 5 { w } else { (if cap.lock() > 2 { (w - 0) } else { f3(w, String::from("xyz"), 4) }) }) {
                        0 => {
                            consume(keep(T("v8"), (yield_!(i2s((c.len() as i64))).len() as i64)));
                        }
                        n if n > 5 => {
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
mod p062 {
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
                    yield_from!(Some(r.clone()), String::new());
                } else if (if 3 < 1 { cap.lock() } else { 5 }) == 5 {
                    if ((String::from("x")).is_empty() && T::take(keep(T("v14"), 13)) >= 4) {
                        return Ok((yield_!(String::from("xyz")).len() as i64));
                    }
                } else if (w == 5 && ((String::from("four")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) {
                }
            }
            Ok(f3(cap.into_n(), i2s(4), (match 3 { 0 => 1, n if n > 2 => n + 1, _ => 1 })))
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
                    yield_!(format!("{}-{}", (String::from("")), f3(4, b.clone(), cap.borrow())));
                }
            }
            (yield_!(t("t13", r.clone())).len() as i64)
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
            let u1: String;
            yield_!(format!("{}-{}", r, (match (r.len() as i64) { 0 => 4, n if n > 1 => n + 1, _ => cap.id() })));
            if !((r.is_empty() && !((String::from("four")).len() % 2 == 0))) {
                u1 = (if (r).len() % 2 == 0 { i2s(cap.len()) } else { String::from("hello") });
            } else {
                u1 = r;
            }
            let Some(c) = opt(&(i2s((match cap.borrow() { 0 => (u1.len() as i64), n if n > 1 => n + 1, _ => (u1.len() as i64) })))) else {
                return ((u1.len() as i64) - (match (u1.len() as i64) { 0 => (u1.len() as i64), n if n > 0 => n + 1, _ => 5 }));
            };
            if u1.is_empty() {
                return T::take(keep(T("v3"), 2));
            }
            let mut fuel4 = 0;
            'l4: while fuel4 < 1 && !(u1.len() % 2 == 0) {
                fuel4 += 1;
                yield_!(format!("{}-{}", (u1.clone()), c));
                match (match ((u1.len() as i64) + (match c { 0 => c, n if n > 4 => n + 1, _ => c })) { 0 => (P { a: (if u1.len() % 2 == 0 { c } else { c }), b: format!("{}-{}", (u1.clone()), c) }).sum(), n if n > 5 => n + 1, _ => 0 }) {
                    0 => {
                        yield_!(u1.clone());
                        if ((((u1.clone()).len() % 2 == 0 && u1.len() % 2 == 0) || (u1.len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) && (c == 5 && (0 == 1 || c != 3))) {
                            return Acc::new((P { a: 4, b: String::from("hello") }).sum()).add((P { a: c, b: u1.clone() }).sum()).add(f3(c, String::from("hello"), c)).get();
                        }
                        let mut c = String::from("xyz");
                    }
                    n if n > 5 => {
                        if (u1.is_empty() || (((u1.clone()).len() % 2 == 0 || cap.id() != 5) || u1.is_empty())) {
                            return (match T("k5").id() { 0 => cap.lock(), n if n > 1 => n + 1, _ => (u1.len() as i64) });
                        }
                        r = yield_!([String::from("hello"), i2s(c)].concat());
                        let a = String::from("hello");
                    }
                    _ => {
                        let mut c = (if !((u1.clone()).is_empty()) { t("t6", [u1.clone(), u1.clone()].concat()) } else { t("t7", String::from("ab")) });
                    }
                }
                if let Some(n) = opt(&(format!("{}-{}", u1, c))) && n > 1 {
                    let b = 1;
                    let (mut c, d) = (keep(T("v8"), n), (if (P { a: (u1.len() as i64), b: String::from("hello") }).sum() == 2 { keep(T("v10"), 9).take() } else { t("t11", cap.borrow()) }));
                    let e: String = format!("{}-{}", (u1.clone()), (Acc::new(cap.lock()).add(T::id(&c)).add(b).get() + T("k12").into_n()));
                } else if ((u1.len() % 2 == 0 && (u1.len() as i64) > 4) && (String::from("x")).is_empty()) {
                    yield_from!((0..2i64).map(i2s), String::new());
                    yield_!(t("t13", (if 2 >= 4 { u1.clone() } else { u1.clone() })));
                } else if ((0 == 3 || u1.len() % 2 == 0) && ((String::from("xyz")).len() % 2 == 0 || 3 != 2)) {
                    yield_!(t("t14", (if c >= 0 { String::from("x") } else { u1.clone() })));
                }
            }
            'l15: for w in T("k16").items() {
                let c: i64 = (u1.len() as i64);
            }
            t("t17", (if (u1.len() as i64) != 5 { c } else { c }))
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
            'l1: for w in 0..cap3(cap.try_send(3)) {
                 {
                    let mut fuel2 = 0;
                    'l2: while fuel2 < 3 && T::take(keep(T("v4"), 3)) >= 0 {
                        fuel2 += 1;
                        yield_!(r.clone());
                        yield_!(i2s(t("t5", w)));
                    }
                }
                r = yield_!(String::from("x"));
                let u6: i64;
                if !(((r.len() % 2 == 0 && (String::from("x")).len() % 2 == 0) && ((String::from("ab")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0))) {
                    u6 = w;
                } else {
                    u6 = (match f3((r.len() as i64), r.clone(), w) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => 4 });
                }
                'l7: for w in 0..cap3((yield_!(i2s(u6)).len() as i64)) {
                    if ((r.len() % 2 == 0 && (r.clone()).is_empty()) || r.is_empty()) {
                        return t("t8", keep(T("v10"), 9).take());
                    }
                    yield_!((if ((r.clone()).len() % 2 == 0 && r.len() % 2 == 0) { [String::from("x"), r.clone()].concat() } else { t("t11", String::from("ab")) }));
                }
            }
            let mut fuel12 = Vec::from([T("k13").into_n(), (match T::take(cap) { 0 => (match 3 { 0 => 1, n if n > 5 => n + 1, _ => 3 }), n if n > 0 => n + 1, _ => Acc::new((r.len() as i64)).add(0).add(4).get() })]);
            'l12: while let Some(w) = fuel12.pop() {
                if ((!(w >= 0) || (4 == 5 || (String::from("four")).len() % 2 == 0)) && !((2 >= 3 && (String::from("ab")).len() % 2 == 0))) {
                    panic!("p14");
                }
                let mut fuel15 = 0;
                'l15: loop {
                    fuel15 += 1;
                    if fuel15 > 3 {
                        break 'l15;
                    }
                    drop(T("v16"));
                    r = String::from("xyz");
                }
                if ((5 - 5) == 5 || (match 2 { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => 4 }) <= 0) {
                    break 'l12;
                }
                let mut fuel17 = 0;
                let d = 'l17: loop {
                    fuel17 += 1;
                    if fuel17 > 3 {
                        break 'l17 w;
                    }
                    consume(keep(T("v18"), T::take(keep(T("v20"), 19))));
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
mod p066 {
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
            yield_!((if !(2 <= 1) { i2s(e) } else { (if (String::from("hello")).len() % 2 == 0 { String::from("xyz") } else { String::from("x") }) }));
            let mut c = T("v4");
            let u5: i64;
            if (yield_!(format!("{}-{}", (String::from("four")), 1)).len() as i64) < 5 {
                u5 = T("k6").id();
            } else {
                u5 = t("t7", e);
            }
            drop(T("v8"));
            T::take(keep(T("v10"), 9))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_from!(Some(t("t1", [r.clone(), r.clone()].concat())), String::new());
            let mut f = yield_!(r);
            'l2: for w in 0..cap3((if (f).len() % 2 == 0 { cap.into_n() } else { (match 5 { 0 => cap.id(), n if n > 1 => n + 1, _ => 3 }) })) {
                let a = t("t3", String::from("x"));
                yield_!(t("t4", a.clone()));
                 {
                    if let Some(n) = opt(&((if a.is_empty() { a } else { (if w != 2 { String::from("") } else { a }) }))) && n > 5 {
                    } else {
                    }
                }
            }
            Some((if ((String::from("x")).len() % 2 == 0 && 3 == 2) { 5 } else { (yield_!(String::from("four")).len() as i64) }))
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
            let u1: i64;
            if (r.is_empty() && keep(T("v3"), 2).take() <= 5) {
                u1 = (yield_!(r).len() as i64);
            } else {
                u1 = (if r.is_empty() { (yield_!(r).len() as i64) } else { (match cap.id() { 0 => 4, n if n > 4 => n + 1, _ => 2 }) });
            }
            consume(T("v4"));
            'l5: for w in T("k6").items() {
                if let Some(n) = T("k7").opt() {
                    if (((String::from("")).is_empty() && (T::id(&cap) > 0 || cap.id() >= 5)) || ((String::from("x")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0)) {
                        return Some(n);
                    }
                    yield_!(format!("{}-{}", (String::from("ab")), 5));
                }
                let mut fuel8 = 0;
                'l8: while fuel8 < 1 && (String::from("four")).is_empty() {
                    fuel8 += 1;
                    yield_!(String::from(""));
                    let b = (if (4 <= 2 && u1 < 4) { yield_!(String::from("xyz")) } else { yield_!(i2s(u1)) });
                    let (mut e, c) = (T("v9"), Acc::new(t("t10", opt(&(b.clone()))?)).add(opt(&b)?).add((yield_!(b.clone()).len() as i64)).get());
                    let f: i64 = (yield_!([t("t11", b.clone()), format!("{}-{}", b, c)].concat()).len() as i64);
                }
                r = (if ((String::from("x")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { yield_!(format!("{}-{}", (String::from("x")), 1)) } else { (if !(w > 0) { yield_!(String::from("xyz")) } else { [String::from("four"), String::from("x")].concat() }) });
                yield_!((if r.len() % 2 == 0 { r.clone() } else { i2s(cap.lock()) }));
            }
            if !(!(((String::from("four")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0))) {
                panic!("p12");
            }
            let u13: i64;
            if ((String::from("")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0) {
                u13 = Acc::new((if (String::from("ab")).len() % 2 == 0 { u1 } else { 2 })).add(t("t14", u1)).add((match 5 { 0 => u1, n if n > 4 => n + 1, _ => 3 })).get();
            } else {
                u13 = u1;
            }
            let mut fuel15 = Vec::from([(P { a: T::take(cap), b: i2s(u1) }).sum(), (P { a: (yield_!(String::from("four")).len() as i64), b: t("t16", String::from("")) }).sum()]);
            'l15: while let Some(w) = fuel15.pop() {
                let [a, _, _] = [T("k17").into_n(), u13, u1];
                let mut fuel18 = Vec::from([T::take(keep(T("v20"), 19)), T::take(keep(T("v22"), 21))]);
                'l18: while let Some(w) = fuel18.pop() {
                    r = format!("{}-{}", (format!("{}-{}", (String::from("four")), 4)), keep(T("v24"), 23).take());
                    r = format!("{}-{}", r, Acc::new(f3(3, r.clone(), w)).add(u13).add(opt(&r)?).get());
                    yield_!(format!("{}-{}", (String::from("ab")), (match 4 { 0 => 3, n if n > 2 => n + 1, _ => u13 })));
                    let [d, _, _] = [(P { a: u1, b: yield_!(String::from("four")) }).sum(), T::take(keep(T("v26"), 25)), T("k27").len()];
                }
            }
            Some(T::take(keep(T("v34"), 33)))
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
                    yield_!(format!("{}-{}", (r.clone()), T("k7").id()));
                    let P { a: b, b: c } = P { a: f, b: r.clone() };
                }
            }
            if (r).len() % 2 == 0 {
                panic!("p8");
            }
            Some(f)
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if ((!((String::from("hello")).len() % 2 == 0) && ((r.len() as i64) <= 5 || (r).len() % 2 == 0)) && (String::from("hello")).len() % 2 == 0) {
                let mut fuel1 = Vec::from([(match (yield_!(String::from("hello")).len() as i64) { 0 => (if (String::from("ab")).len() % 2 == 0 { cap.lock() } else { T::id(&cap) }), n if n > 1 => n + 1, _ => (2 - 4) }), (match (match cap.id() { 0 => 4, n if n > 3 => n + 1, _ => 2 }) { 0 => res(&(String::from("four")))?, n if n > 1 => n + 1, _ => cap.into_n() })]);
                'l1: while let Some(w) = fuel1.pop() {
                    r = String::from("");
                    yield_!(String::from("hello"));
                    let c = yield_!((if (r.clone()).len() % 2 == 0 { i2s(0) } else { t("t2", String::from("")) }));
                    if T("k3").into_n() < 5 {
                        return Err(i2s(res(&(c.clone()))?));
                    }
                }
                let Some(d) = opt(&([format!("{}-{}", (String::from("xyz")), 5), t("t4", String::from("ab"))].concat())) else {
                    return Ok((match f3(1, String::from("x"), 4) { 0 => (if 0 == 3 { 3 } else { 4 }), n if n > 5 => n + 1, _ => f3(5, String::from(""), 0) }));
                };
            } else {
                let mut fuel5 = 0;
                'l5: loop {
                    fuel5 += 1;
                    if fuel5 > 3 {
                        break 'l5;
                    }
                    r = String::from("hello");
                    let d = [t("t6", i2s(0)), [yield_!(String::from("four")), r.clone()].concat()].concat();
                }
                'l7: for w in 0..cap3((yield_!(String::from("four")).len() as i64)) {
                    let (mut f, c) = (keep(T("v8"), w), (P { a: (if w == 1 { f3(1, String::from("four"), w) } else { (P { a: 3, b: String::from("x") }).sum() }), b: yield_!((if (String::from("ab")).len() % 2 == 0 { String::from("x") } else { String::from("ab") })) }).sum());
                    f = f;
                    let mut c = cap.len();
                    let b = T("v9");
                }
            }
            'l10: for w in 0..cap3(T::take(keep(T("v12"), 11))) {
                let mut fuel13 = Vec::from([res(&(String::from("x")))?, 5]);
                'l13: while let Some(w) = fuel13.pop() {
                }
            }
            Err([yield_!(String::from("xyz")), yield_!(String::from("ab"))].concat())
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
                            yield_!(String::from("ab"));
                            let mut a = T("v6");
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
            let u1: String;
            yield_!([format!("{}-{}", r, cap.borrow()), format!("{}-{}", (r), 1)].concat());
            if ((String::from("xyz")).len() % 2 == 0 || !((String::from("xyz")).len() % 2 == 0)) {
                u1 = yield_!(String::from("hello"));
            } else {
                u1 = format!("{}-{}", (String::from("four")), cap.len());
            }
            if (u1).is_empty() {
                let mut c = (yield_!(t("t2", [String::from(""), String::from("xyz")].concat())).len() as i64);
            }
            if ([String::from("xyz"), String::from("hello")].concat()).is_empty() {
                'l3: for w in T("k4").items() {
                    if ((String::from("four")).is_empty() && T::take(keep(T("v6"), 5)) == 0) {
                        return (match cap.len() { 0 => (cap.lock() * w), n if n > 0 => n + 1, _ => w });
                    }
                    r = i2s(1);
                    let mut a = keep(keep(keep(T("v7"), w), 4), (match (if cap.len() >= 2 { w } else { 3 }) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => Some(T("k8")).unwrap().id() }));
                }
            } else if !(((String::from("hello")).len() % 2 == 0 && 5 <= 2)) {
                let (mut d, a) = (cap, (match T("k9").id() { 0 => f3((P { a: 3, b: String::from("hello") }).sum(), String::from(""), f3(2, String::from(""), 1)), n if n > 1 => n + 1, _ => ((match 2 { 0 => 5, n if n > 5 => n + 1, _ => 2 }) - T::take(keep(T("v11"), 10))) }));
            } else {
                let Some(d) = opt(&(t("t12", (if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("x") })))) else {
                    return T("k13").into_n();
                };
                r = (if (String::from("four")).len() % 2 == 0 { String::from("x") } else { yield_!(format!("{}-{}", (String::from("four")), d)) });
                'l14: for w in T("k15").items() {
                    yield_!(i2s((5 + d)));
                    yield_!(i2s((match cap.lock() { 0 => d, n if n > 1 => n + 1, _ => cap.len() })));
                }
            }
            let mut fuel16 = Vec::from([T("k17").into_n(), (if 2 > 2 { T::take(keep(T("v19"), 18)) } else { t("t20", 4) })]);
            'l16: while let Some(w) = fuel16.pop() {
            }
            (P { a: T::take(keep(T("v22"), 21)), b: (if 1 < 5 { String::from("four") } else { String::from("xyz") }) }).sum()
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
                yield_from!([[i2s(w), String::from("four")].concat(), i2s(cap.len())], String::new());
                if r.is_empty() {
                    panic!("p6");
                }
            }
            let u7: String;
            yield_!(t("t8", String::from("xyz")));
            if (((cap.borrow() <= 0 || cap.lock() == 5) && !((r.len() as i64) < 5)) && !((r.len() as i64) < 5)) {
                u7 = yield_!(r);
            } else {
                u7 = i2s(Some(T("k9")).unwrap().id());
            }
            r = u7.clone();
            let P { a: b, b: e } = P { a: t("t10", (T::take(keep(T("v12"), 11)) - (P { a: (u7.len() as i64), b: String::from("four") }).sum())), b: u7 };
            'b13: {
                if ((r.len() % 2 == 0 || 0 == 3) && e.len() % 2 == 0) {
                    break 'b13;
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
mod p074 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let a = keep(keep(T("v1"), (P { a: cap.len(), b: r.clone() }).sum()), T::take(keep(keep(T("v3"), 3), 2)));
            yield_!(format!("{}-{}", (String::from("x")), Acc::new((r.len() as i64)).add(cap.id()).add(5).get()));
            r = r;
            yield_!([[String::from("ab"), r].concat(), format!("{}-{}", (String::from("ab")), a.try_send(5))].concat());
            if let Some(n) = T("k4").opt() {
                let Some(f) = opt(&(i2s((if (String::from("xyz")).len() % 2 == 0 { 2 } else { a.len() })))) else {
                    return T::take(a);
                };
                 {
                    let Some(a) = opt(&(yield_!(String::from("four")))) else {
                        return cap.lock();
                    };
                }
                drop(T("v5"));
            }
            let mut f = T("v6");
            let Some(b) = opt(&(yield_!((if 0 != 2 { String::from("") } else { String::from("hello") })))) else {
                return f3(Acc::new(cap.try_send(0)).add(5).add(2).get(), format!("{}-{}", (String::from("hello")), 1), t("t7", f.borrow()));
            };
            consume(keep(cap, 0));
            let mut b = 4;
            let d = 'b8: {
                let Some(d) = opt(&(yield_!(format!("{}-{}", (String::from("four")), 2)))) else {
                    return f3(b, yield_!(String::from("xyz")), T("k9").into_n());
                };
                if (match f.borrow() { 0 => d, n if n > 5 => n + 1, _ => f.try_send(5) }) > 0 {
                    break 'b8 t("t10", d);
                }
                Acc::new(d).add(t("t11", d)).add((b + d)).get()
            };
            let [d, _, _] = [f3((if !(5 == 5) { f.lock() } else { Acc::new(f.borrow()).add(T::id(&f)).add(d).get() }), [[String::from("ab"), String::from("four")].concat(), yield_!(String::from("x"))].concat(), T("k12").into_n()), (match (b - T("k13").id()) { 0 => f.into_n(), n if n > 0 => n + 1, _ => d }), Acc::new(t("t14", (if (String::from("four")).len() % 2 == 0 { 2 } else { b }))).add(b).add((match T("k15").id() { 0 => (d - b), n if n > 4 => n + 1, _ => d })).get()];
            let mut fuel16 = 0;
            'l16: while fuel16 < 1 && !((5 >= 5 && d < 1)) {
                fuel16 += 1;
                'l17: for w in T("k18").items() {
                    yield_from!(Some(format!("{}-{}", (String::from("hello")), Acc::new(w).add(d).add(d).get())), String::new());
                }
            }
            Some(T("k19")).unwrap().id()
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
                    yield_!((if ((w.len() as i64) == 3 && r.len() % 2 == 0) { i2s(cap.borrow()) } else { (if 0 <= 0 { w } else { r.clone() }) }));
                    consume(T("v7"));
                    let mut b = keep(T("v8"), opt(&r)?);
                    if Acc::new((match (r.len() as i64) { 0 => 5, n if n > 5 => n + 1, _ => 2 })).add((P { a: (r.len() as i64), b: r.clone() }).sum()).add((match cap.len() { 0 => T::id(&cap), n if n > 0 => n + 1, _ => (r.len() as i64) })).get() <= 3 {
                        continue 'l1;
                    }
                }
                 {
                    let c = t("t9", cap.len());
                    let mut fuel10 = 0;
                    'l10: while fuel10 < 3 && !((2 > 1 || (w.clone()).len() % 2 == 0)) {
                        fuel10 += 1;
                        let d = String::from("ab");
                        r = yield_!(i2s((if w.len() % 2 == 0 { (w.len() as i64) } else { (r.len() as i64) })));
                        let f = yield_!(format!("{}-{}", (d), opt(&(r.clone()))?));
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
                    yield_from!([String::from("four"), format!("{}-{}", (r.clone()), 1)], String::new());
                    r = yield_!([i2s(a), t("t10", String::from("ab"))].concat());
                    if (!(r.len() % 2 == 0) && f == 3) {
                        break 'b9;
                    }
                }
            }
            T::take(keep(T("v12"), 11))
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
                yield_!((if ((r.clone()).len() % 2 == 0 || (r.len() as i64) < 4) { r } else { i2s(cap.id()) }));
                if let Some(n) = opt(&(format!("{}-{}", (String::from("")), 1))) && n > 3 {
                    r = yield_!(i2s(n));
                    let P { a: c, b: f } = P { a: cap.lock(), b: t("t1", String::from("hello")) };
                    let Some(e) = opt(&r) else {
                        return Some((yield_!(i2s(n)).len() as i64));
                    };
                } else {
                    consume(T("v2"));
                    let f = t("t3", yield_!(t("t4", String::from("x"))));
                }
                match (4, t("t5", format!("{}-{}", (String::from("ab")), t("t6", cap.borrow())))) {
                    (0, n) => {
                        let b = t("t7", n.clone());
                        yield_!(b.clone());
                        'l8: for w in 0..cap3((yield_!(format!("{}-{}", b, 2)).len() as i64)) {
                            let [e, _, _] = [w, w, T("k9").id()];
                            yield_!(n.clone());
                            r = format!("{}-{}", (i2s(cap.try_send(1))), 1);
                        }
                    }
                    (_, n) if n.len() > 0 => {
                        let b = (match (if cap.id() != 1 { opt(&n)? } else { T::take(keep(T("v11"), 10)) }) { 0 => (P { a: T::take(cap), b: n }).sum(), n if n > 0 => n + 1, _ => opt(&(String::from("x")))? });
                        let mut fuel12 = 0;
                        let a = 'l12: loop {
                            fuel12 += 1;
                            if fuel12 > 1 {
                                break 'l12 f3(Acc::new(b).add(1).add(b).get(), t("t13", String::from("x")), f3(b, String::from("xyz"), 1));
                            }
                            let b = T("v14");
                            consume(b);
                        };
                        let mut fuel15 = 0;
                        'l15: while fuel15 < 1 && (String::from("ab")).len() % 2 == 0 {
                            fuel15 += 1;
                        }
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
                        yield_!(i2s((if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { d })));
                    }
                }
                n if n > 2 => {
                    let mut fuel6 = Vec::from([res(&(r.clone()))?, (yield_!(t("t7", String::from("xyz"))).len() as i64)]);
                    'l6: while let Some(w) = fuel6.pop() {
                    }
                }
                n => {
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
                if !(((r.len() % 2 == 0 || (String::from("")).len() % 2 == 0) || 1 >= 3)) {
                    u5 = (r.len() as i64);
                } else {
                    u5 = (if (r.clone()).is_empty() { T("k6").id() } else { T("k7").len() });
                }
                yield_from!([format!("{}-{}", (r.clone()), T("k8").into_n()), i2s((if (String::from("four")).len() % 2 == 0 { (r.len() as i64) } else { T::id(&cap) }))], String::new());
                let Some(c) = opt(&r) else {
                    panic!("p9");
                };
            }
            f3(b, (if r.len() % 2 == 0 { r } else { r }), T::take(keep(T("v11"), 10)))
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
            match T("k1").len() {
                0 => {
                    let mut c = format!("{}-{}", ((if 0 == 0 { String::from("hello") } else { r.clone() })), (r.len() as i64));
                    if let Some(n) = opt(&c) {
                        yield_!(String::from("hello"));
                        yield_!(r);
                        let (mut c, d) = (T("v2"), (n * (yield_!(t("t3", String::from("x"))).len() as i64)));
                    } else if ((r.clone()).is_empty() && !(cap.len() == 5)) {
                        r = c;
                    } else if cap.into_n() <= 5 {
                        let P { a: e, b: c } = P { a: Acc::new(Acc::new((P { a: (c.len() as i64), b: r.clone() }).sum()).add(Acc::new((c.len() as i64)).add(3).add(5).get()).add(f3(2, r.clone(), 4)).get()).add((if (0 == 5 && (c.len() as i64) >= 4) { (P { a: (r.len() as i64), b: r }).sum() } else { T::take(keep(T("v5"), 4)) })).add((yield_!(String::from("x")).len() as i64)).get(), b: String::from("hello") };
                        if c.is_empty() {
                            return 2;
                        }
                        yield_!(c.clone());
                    }
                    let mut fuel6 = Vec::from([(if ((String::from("x")).len() % 2 == 0 || 3 != 1) { f3(1, String::from(""), 2) } else { 2 }), T::take(keep(T("v8"), 7))]);
                    'l6: while let Some(w) = fuel6.pop() {
                        let c = keep(keep(keep(T("v9"), w), (P { a: w, b: String::from("ab") }).sum()), t("t10", t("t11", w)));
                        if (t("t12", String::from("ab"))).len() % 2 == 0 {
                            return (yield_!(i2s(5)).len() as i64);
                        }
                        let e = [t("t13", (if (String::from("four")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") })), [String::from("ab"), (if (String::from("four")).len() % 2 == 0 { String::from("four") } else { String::from("four") })].concat()].concat();
                        r = String::from("ab");
                    }
                }
                n if n > 5 => {
                    let mut fuel14 = 0;
                    let d = 'l14: loop {
                        fuel14 += 1;
                        if fuel14 > 2 {
                            break 'l14 cap.try_send(3);
                        }
                        r = t("t15", [yield_!(r.clone()), r.clone()].concat());
                        let mut a: String = r.clone();
                    };
                    yield_!((if !((r).len() % 2 == 0) { String::from("xyz") } else { t("t16", String::from("four")) }));
                }
                n => {
                    match T("k17").len() {
                        0 => {
                        }
                        n if n > 1 => {
                        }
                        n => {
                        }
                    }
                }
            }
            (T("k18").len() + 1)
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let c = T("v1");
            yield_from!(Some(i2s(3)), String::new());
            yield_!([t("t2", String::from("hello")), i2s((r.len() as i64))].concat());
             {
                let c = (r.len() as i64);
                drop(cap);
                match (yield_!(i2s(f3(1, r.clone(), c))).len() as i64) {
                    0 => {
                        'l3: for w in 0..cap3((P { a: (r.len() as i64), b: r }).sum()) {
                            let mut b = T("v4");
                            let b = format!("{}-{}", (format!("{}-{}", (String::from("x")), c)), ((P { a: b.try_send(1), b: String::from("hello") }).sum() + T("k5").into_n()));
                            consume(T("v6"));
                            yield_!([b, i2s(3)].concat());
                        }
                    }
                    n if n > 0 => {
                        let mut fuel7 = 0;
                        'l7: loop {
                            fuel7 += 1;
                            if fuel7 > 3 {
                                break 'l7;
                            }
                            yield_!(t("t8", t("t9", String::from("hello"))));
                        }
                    }
                    _ => {
                    }
                }
            }
            c.into_n()
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
            'l1: for w in T("k2").items() {
                yield_!(format!("{}-{}", r, Acc::new(w).add(4).add(w).get()));
                if (r.is_empty() && (((r.len() as i64) <= 5 || (String::from("hello")).len() % 2 == 0) && ((String::from("")).len() % 2 == 0 && w > 4))) {
                    consume(T("v3"));
                    let b: T = T("v4");
                }
                if let Some(n) = T("k5").opt() {
                    yield_!([(if w < 0 { String::from("ab") } else { r.clone() }), String::from("four")].concat());
                } else if !((r.len() % 2 == 0 && r.len() % 2 == 0)) {
                    consume(keep(keep(keep(T("v6"), w), res(&r)?), cap.borrow()));
                    r = [yield_!(i2s(w)), t("t7", String::from("hello"))].concat();
                    let b = T("v8");
                }
            }
            match ((P { a: cap.lock(), b: yield_!(r) }).sum() * (P { a: T::id(&cap), b: i2s(5) }).sum()) {
                0 => {
                    let [a, _, _] = [(P { a: f3(Acc::new(2).add(3).add(T::id(&cap)).get(), yield_!(String::from("x")), T("k9").into_n()), b: (if (0 <= 1 && cap.borrow() >= 3) { [String::from("ab"), String::from("x")].concat() } else { (if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("xyz") }) }) }).sum(), 2, t("t10", T("k11").len())];
                    let mut fuel12 = 0;
                    let b = 'l12: loop {
                        fuel12 += 1;
                        if fuel12 > 2 {
                            break 'l12 (P { a: f3(a, String::from("ab"), a), b: (if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") }) }).sum();
                        }
                        let (mut b, d) = (T("v13"), (yield_!([format!("{}-{}", (String::from("four")), 4), (if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("ab") })].concat()).len() as i64));
                        yield_!(i2s((if cap.len() == 4 { a } else { 1 })));
                        if (((d > 1 || (String::from("ab")).len() % 2 == 0) && (String::from("four")).is_empty()) || ((a > 3 || a < 3) && a > 2)) {
                            break 'l12 (match (P { a: a, b: String::from("four") }).sum() { 0 => a, n if n > 5 => n + 1, _ => a });
                        }
                    };
                }
                n if n > 1 => {
                }
                _ => {
                }
            }
            Ok(Acc::new(f3(cap.len(), String::from(""), cap.len())).add(Acc::new(cap.id()).add(cap.len()).add(cap.lock()).get()).add((cap.lock() - 5)).get())
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
mod p084 {
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
                    yield_from!((0..0i64).map(i2s), String::new());
                }
                r = i2s((match (match cap.try_send(5) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => 1 }) { 0 => Acc::new(cap.id()).add(3).add((r.len() as i64)).get(), n if n > 0 => n + 1, _ => (match (r.len() as i64) { 0 => 4, n if n > 5 => n + 1, _ => 0 }) }));
            }
            cap.into_n()
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
                        yield_from!((0..2i64).map(i2s), String::new());
                    }
                    n if n > 1 => {
                        let f = (match (f3(2, String::from("four"), cap.try_send(5)) + 4) { 0 => (if !((String::from("")).len() % 2 == 0) { (n + 0) } else { (if (String::from("hello")).len() % 2 == 0 { w } else { cap.borrow() }) }), n if n > 3 => n + 1, _ => T::take(keep(T("v18"), 17)) });
                    }
                    n => {
                    }
                }
            }
            (match keep(T("v20"), 19).take() { 0 => c, n if n > 1 => n + 1, _ => c })
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
mod p087 {
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
mod p088 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            if (match T("k1").id() { 0 => Acc::new(cap.id()).add((r.len() as i64)).add((r.len() as i64)).get(), n if n > 0 => n + 1, _ => T("k2").len() }) >= 3 {
                panic!("p3");
            }
            let a = 'b4: {
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
                        yield_from!([t("t12", r.clone()), i2s((w - cap.try_send(1)))], String::new());
                        yield_!(format!("{}-{}", (String::from("hello")), T("k13").len()));
                    }
                    if (String::from("ab")).len() % 2 == 0 {
                        break 'b6;
                    }
                }
                if (2 < 2 || ((String::from("xyz")).len() % 2 == 0 || 0 <= 1)) {
                    break 'b4 f3(Some(T("k14")).unwrap().id(), (if 3 > 3 { String::from("hello") } else { String::from("ab") }), T::take(keep(T("v16"), 15)));
                }
                cap.into_n()
            };
            Some(a)
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
            yield_!(String::from("ab"));
            let [a, _, _] = [(match d { 0 => d, n if n > 3 => n + 1, _ => t("t5", Acc::new((r.len() as i64)).add(0).add(1).get()) }), d, Acc::new(Some(T("k6")).unwrap().id()).add(Acc::new(t("t7", d)).add(((f.len() as i64) + d)).add((f.len() as i64)).get()).add(d).get()];
            yield_!(String::from("four"));
            let Some(f) = opt(&r) else {
                return f3(t("t8", (f.len() as i64)), t("t9", String::from("hello")), T::take(keep(T("v11"), 10)));
            };
            let mut fuel12 = 0;
            'l12: while fuel12 < 1 && ((d == 0 && (r.clone()).len() % 2 == 0) || !(r.len() % 2 == 0)) {
                fuel12 += 1;
                if let Some(n) = opt(&r) {
                    let P { a: a, b: f } = P { a: t("t13", Some(T("k14")).unwrap().id()), b: yield_!(String::from("hello")) };
                } else {
                }
            }
            (match (match f { 0 => a, n if n > 4 => n + 1, _ => 4 }) { 0 => ((r.len() as i64) + a), n if n > 0 => n + 1, _ => (if r.len() % 2 == 0 { 4 } else { 2 }) })
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
                yield_!(format!("{}-{}", r, (r.len() as i64)));
                r = r;
                if r.is_empty() {
                    break 'b7;
                }
            }
             {
                r = (if ((cap.len() == 3 && (r.clone()).len() % 2 == 0) && ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) { (if 5 > 0 { String::from("four") } else { String::from("") }) } else { yield_!((if cap.id() == 0 { r } else { String::from("hello") })) });
                yield_!(r.clone());
            }
            let Some(c) = opt(&r) else {
                return cap.len();
            };
            let mut fuel9 = 0;
            'l9: loop {
                fuel9 += 1;
                if fuel9 > 1 {
                    break 'l9;
                }
                'l10: for w in 0..cap3((P { a: (c + (r.len() as i64)), b: t("t11", String::from("")) }).sum()) {
                    consume(T("v12"));
                    let (mut e, b) = (keep(keep(T("v13"), (0 * 1)), (match (w + (r.len() as i64)) { 0 => c, n if n > 2 => n + 1, _ => (P { a: w, b: String::from("ab") }).sum() })), w);
                    if r.is_empty() {
                        return 0;
                    }
                    e = T("v14");
                }
                let b = (if !((String::from("four")).is_empty()) { yield_!((if cap.id() == 5 { String::from("x") } else { r.clone() })) } else { String::from("xyz") });
                let mut fuel15 = 0;
                let e = 'l15: loop {
                    fuel15 += 1;
                    if fuel15 > 1 {
                        break 'l15 c;
                    }
                    let mut d = (yield_!((if (r.len() as i64) < 3 { format!("{}-{}", (String::from("hello")), c) } else { t("t16", String::from("xyz")) })).len() as i64);
                    r = t("t17", yield_!((if (r.clone()).len() % 2 == 0 { String::from("x") } else { String::from("four") })));
                };
            }
            Some(T("k18")).unwrap().id()
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && r.is_empty() {
                fuel1 += 1;
                yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v3"), 2))));
                 {
                    let d = 'b4: {
                        if (P { a: keep(T("v6"), 5).take(), b: t("t7", String::from("hello")) }).sum() < 3 {
                            panic!("p8");
                        }
                        if r.is_empty() {
                            break 'b4 T::id(&cap);
                        }
                        (r.len() as i64)
                    };
                    yield_!(i2s(Acc::new(cap.borrow()).add(d).add(1).get()));
                    let d = (if ((r.len() % 2 == 0 && d <= 2) && !(d >= 5)) { format!("{}-{}", r, T::take(keep(T("v10"), 9))) } else { yield_!(i2s((r.len() as i64))) });
                }
                let e = 'b11: {
                    let mut a = T("v12");
                    yield_from!((0..0i64).map(i2s), String::new());
                    if r.is_empty() {
                        panic!("p13");
                    }
                    if ((r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) && r.len() % 2 == 0) {
                        break 'b11 res(&r)?;
                    }
                    4
                };
                let c = T("v14");
            }
            let Some(b) = opt(&r) else {
                return Ok((P { a: cap.len(), b: [String::from("hello"), r.clone()].concat() }).sum());
            };
            let b = 'b15: {
                let a = cap;
                drop(T("v16"));
                yield_!(String::from("hello"));
                if r.len() % 2 == 0 {
                    break 'b15 (match a.borrow() { 0 => b, n if n > 3 => n + 1, _ => b });
                }
                (r.len() as i64)
            };
            yield_!(format!("{}-{}", (String::from("")), Acc::new(0).add(2).add(b).get()));
            Ok((match (yield_!(r).len() as i64) { 0 => 1, n if n > 5 => n + 1, _ => f3(b, String::from("four"), b) }))
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
            let c = 'l9: loop {
                fuel9 += 1;
                if fuel9 > 2 {
                    break 'l9 (if (r.clone()).len() % 2 == 0 { (r.len() as i64) } else { (P { a: 2, b: String::from("") }).sum() });
                }
                let u10: i64;
                if ((if r.len() % 2 == 0 { r.clone() } else { r.clone() })).len() % 2 == 0 {
                    u10 = (P { a: (P { a: 5, b: String::from("hello") }).sum(), b: String::from("ab") }).sum();
                } else {
                    u10 = t("t11", ((r.len() as i64) + (r.len() as i64)));
                }
                let Some(b) = opt(&r) else {
                    return Ok((yield_!([String::from("ab"), r.clone()].concat()).len() as i64));
                };
                if ((if u10 == 5 { String::from("") } else { String::from("ab") })).len() % 2 == 0 {
                    return Ok(T::take(keep(T("v13"), 12)));
                }
                let u14: i64;
                if ([String::from("hello"), r.clone()].concat()).len() % 2 == 0 {
                    u14 = (match 5 { 0 => T::take(keep(T("v16"), 15)), n if n > 4 => n + 1, _ => res(&(String::from("ab")))? });
                } else {
                    u14 = (t("t17", u10) + ((r.len() as i64) - u10));
                }
            };
            yield_!(format!("{}-{}", (r), (c + 4)));
            'l18: for w in [yield_!((if (String::from("x")).len() % 2 == 0 { String::from("hello") } else { String::from("xyz") })), yield_!(i2s(c))] {
            }
            Err(String::from("ab"))
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
                    yield_!((if (r.len() % 2 == 0 || (r.len() as i64) <= 3) { String::from("") } else { String::from("xyz") }));
                    yield_!([format!("{}-{}", (r.clone()), w), (if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() })].concat());
                    if ((r.clone()).len() % 2 == 0 && (5 != 2 && (r.clone()).len() % 2 == 0)) {
                        return Some(f3(opt(&(String::from("four")))?, (if (String::from("xyz")).len() % 2 == 0 { r.clone() } else { r.clone() }), (P { a: w, b: String::from("") }).sum()));
                    }
                    if (!(((r.clone()).len() % 2 == 0 && w < 4)) && !(r.len() % 2 == 0)) {
                        panic!("p10");
                    }
                }
                let mut fuel11 = 0;
                'l11: loop {
                    fuel11 += 1;
                    if fuel11 > 1 {
                        break 'l11;
                    }
                    if ((((r.len() as i64) > 3 && 1 <= 2) || r.len() % 2 == 0) && (!(cap.lock() != 2) || cap.try_send(5) < 5)) {
                        return Some(cap.try_send(0));
                    }
                    yield_!(i2s(opt(&r)?));
                    let d = t("t13", format!("{}-{}", r, (P { a: 0, b: r.clone() }).sum()));
                }
                'l14: for w in 0..cap3(cap.id()) {
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
mod p094 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let u1: T;
            yield_!([String::from("ab"), format!("{}-{}", (String::from("four")), 3)].concat());
            if ((!(4 > 0) && (String::from("hello")).is_empty()) && (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => (r.len() as i64) }) == 5) {
                u1 = keep(T("v2"), (yield_!(r.clone()).len() as i64));
            } else {
                u1 = T("v3");
            }
             {
                match opt(&(yield_!([String::from("x"), String::from("four")].concat()))) {
                    Some(n) if n < 4 => {
                        'l4: for w in [yield_!(format!("{}-{}", r, n)), [yield_!(String::from("hello")), i2s(n)].concat()] {
                            if !(w.len() % 2 == 0) {
                                return Ok((match T::take(keep(T("v6"), 5)) { 0 => Acc::new(n).add(u1.try_send(3)).add(0).get(), n if n > 5 => n + 1, _ => n }));
                            }
                            let e = T("v7");
                        }
                    }
                    Some(n) => {
                        let mut a = (r.len() as i64);
                        a = T::id(&u1);
                        if !((!(n != 4) && (n < 4 && u1.borrow() >= 4))) {
                            let mut b = T("v9");
                            let a = keep(keep(T("v10"), a), (match T("k11").id() { 0 => res(&(r))?, n if n > 5 => n + 1, _ => T("k12").into_n() }));
                        } else if T("k8").len() != 5 {
                        }
                    }
                    None => {
                    }
                }
            }
            Ok(T::take(keep(T("v14"), 13)))
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
mod p096 {
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
                if r.len() % 2 == 0 {
                    u8 = w;
                } else {
                    u8 = cap.id();
                }
                let P { a: a, b: c } = P { a: w, b: r.clone() };
                let [c, _, _] = [(yield_!([[String::from("x"), c.clone()].concat(), c].concat()).len() as i64), t("t9", (if !(w > 2) { 0 } else { (match cap.try_send(0) { 0 => cap.lock(), n if n > 0 => n + 1, _ => u8 }) })), Some(T("k10")).unwrap().id()];
            }
            let mut fuel11 = 0;
            let d = 'l11: loop {
                fuel11 += 1;
                if fuel11 > 3 {
                    break 'l11 (r.len() as i64);
                }
                yield_!((if !(r.len() % 2 == 0) { t("t12", String::from("x")) } else { format!("{}-{}", r, (r.len() as i64)) }));
                let u13: i64;
                if (T::id(&cap) >= 3 && (String::from("ab")).is_empty()) {
                    u13 = (cap.try_send(2) * t("t14", (r.len() as i64)));
                } else {
                    u13 = (match (match cap.id() { 0 => 4, n if n > 1 => n + 1, _ => cap.borrow() }) { 0 => 2, n if n > 4 => n + 1, _ => (r.len() as i64) });
                }
                'l15: for w in 0..cap3(T::take(keep(T("v17"), 16))) {
                    r = (if r.is_empty() { format!("{}-{}", r, (match T::id(&cap) { 0 => w, n if n > 2 => n + 1, _ => cap.borrow() })) } else { yield_!([String::from("xyz"), r.clone()].concat()) });
                    if (t("t18", (r.len() as i64)) < 0 || ((r.len() % 2 == 0 || 1 <= 3) && ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0))) {
                        return Some(T("k19").into_n());
                    }
                }
                if let Some(n) = opt(&(t("t20", String::from("hello")))) {
                    yield_from!(Some([r.clone(), t("t21", r.clone())].concat()), String::new());
                }
            };
            consume(keep(T("v22"), (yield_!(r).len() as i64)));
            drop(T("v23"));
            if T::id(&cap) > 1 {
                r = (if ((d != 3 && 2 != 2) && d > 1) { yield_!(format!("{}-{}", (String::from("x")), T::id(&cap))) } else { yield_!(format!("{}-{}", (String::from("")), d)) });
                'b24: {
                    if (r).is_empty() {
                        break 'b24;
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
mod p097 {
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
                        yield_!(format!("{}-{}", (r), f3(cap.len(), String::from("four"), cap.len())));
                    }
                    let u8: String;
                    yield_!(i2s(f3(b, String::from(""), b)));
                    if Acc::new(b).add((yield_!(String::from("xyz")).len() as i64)).add(1).get() == 4 {
                        u8 = (if (cap.borrow() != 2 || b > 2) { format!("{}-{}", (String::from("xyz")), b) } else { yield_!(String::from("ab")) });
                    } else {
                        u8 = i2s(Acc::new(b).add(4).add(b).get());
                    }
                    let f: i64 = f3(b, yield_!((if 4 != 0 { u8.clone() } else { String::from("four") })), t("t9", T("k10").id()));
                }
                n if n > 2 => {
                    if let Some(n) = opt(&(r)) {
                        yield_!(i2s(t("t11", n)));
                    }
                }
                n => {
                }
            }
            Some(t("t12", (match cap.id() { 0 => b, n if n > 5 => n + 1, _ => b })))
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
mod p099 {
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
                yield_!(t("t12", w.clone()));
            }
            let mut e = yield_!(i2s((if cap.lock() < 5 { cap.try_send(4) } else { cap.borrow() })));
            match (res(&e)?, i2s((match (if e.len() % 2 == 0 { 1 } else { cap.id() }) { 0 => res(&(String::from("x")))?, n if n > 4 => n + 1, _ => (e.len() as i64) }))) {
                (0, n) => {
                    let P { a: a, b: e } = P { a: (n.len() as i64), b: yield_!(i2s(0)) };
                    'l13: for w in 0..cap3(t("t14", f3(cap.id(), e.clone(), a))) {
                        yield_!((if (5 >= 3 || e.len() % 2 == 0) { i2s((e.len() as i64)) } else { format!("{}-{}", e, cap.borrow()) }));
                        let a = t("t15", format!("{}-{}", (n.clone()), res(&(n.clone()))?));
                        r = String::from("");
                        r = (if (String::from("xyz")).is_empty() { yield_!(a.clone()) } else { t("t16", yield_!(a)) });
                    }
                    let e = 'b17: {
                        let mut fuel18 = 0;
                        let c = 'l18: loop {
                            fuel18 += 1;
                            if fuel18 > 3 {
                                break 'l18 Acc::new(4).add((n.len() as i64)).add(((e.len() as i64) - a)).get();
                            }
                            yield_!(format!("{}-{}", (n.clone()), (e.len() as i64)));
                            let mut e = (yield_!([[n.clone(), n.clone()].concat(), t("t19", n.clone())].concat()).len() as i64);
                        };
                        if (n.len() % 2 == 0 && n.is_empty()) {
                            break 'b17 (n.len() as i64);
                        }
                        (t("t20", 1) + (match a { 0 => (e.len() as i64), n if n > 1 => n + 1, _ => a }))
                    };
                }
                (_, n) if n.len() > 4 => {
                }
                (_, n) => {
                }
            }
            Ok((match (3 + (e.len() as i64)) { 0 => T::take(keep(T("v22"), 21)), n if n > 0 => n + 1, _ => 2 }))
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
mod p101 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [format!("{}-{}", (r), T::take(cap)), yield_!(t("t2", String::from("x")))] {
                let u3: T;
                yield_!(w);
                if (yield_!(format!("{}-{}", (String::from("four")), 0)).len() as i64) > 4 {
                    u3 = keep(T("v4"), T("k5").id());
                } else {
                    u3 = T("v6");
                }
                if !((!((String::from("four")).len() % 2 == 0) && !((String::from("four")).len() % 2 == 0))) {
                    return (if (String::from("hello")).is_empty() { T::take(u3) } else { (match T::id(&u3) { 0 => u3.len(), n if n > 5 => n + 1, _ => 5 }) });
                }
                consume(T("v7"));
            }
            r = String::from("hello");
            yield_!(i2s(((r.len() as i64) - (r.len() as i64))));
            let u8: i64;
            if !((0 + (r.len() as i64)) > 1) {
                u8 = (P { a: T("k9").id(), b: format!("{}-{}", r, (r.len() as i64)) }).sum();
            } else {
                u8 = t("t10", ((r.len() as i64) + (r.len() as i64)));
            }
            match (r.len() as i64) {
                0 => {
                    yield_!(r.clone());
                }
                n if n > 5 => {
                    let c = 'b11: {
                        drop(T("v12"));
                        if r.len() % 2 == 0 {
                            break 'b11 (if n <= 0 { (P { a: 2, b: r }).sum() } else { (u8 * n) });
                        }
                        n
                    };
                    let mut fuel13 = Vec::from([n, (match T::take(keep(T("v15"), 14)) { 0 => (P { a: c, b: String::from("xyz") }).sum(), n if n > 2 => n + 1, _ => 4 })]);
                    'l13: while let Some(w) = fuel13.pop() {
                        let f = T("v16");
                        if (f3(5, String::from("four"), f.lock()) <= 4 || (String::from("hello")).len() % 2 == 0) {
                            panic!("p17");
                        }
                    }
                    if !((String::from("x")).len() % 2 == 0) {
                        panic!("p18");
                    }
                }
                _ => {
                    if (!(((r.len() as i64) >= 0 && r.len() % 2 == 0)) || r.len() % 2 == 0) {
                        return f3((P { a: (r.len() as i64), b: String::from("ab") }).sum(), String::from(""), (yield_!(r.clone()).len() as i64));
                    }
                    let mut fuel19 = 0;
                    'l19: while fuel19 < 2 && r.len() % 2 == 0 {
                        fuel19 += 1;
                    }
                }
            }
            Acc::new(u8).add((match 0 { 0 => u8, n if n > 0 => n + 1, _ => u8 })).add((yield_!(String::from("x")).len() as i64)).get()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 2 && (String::from("hello")).is_empty() {
                fuel1 += 1;
                drop(T("v2"));
                let mut b: i64 = f3(f3((match (r.len() as i64) { 0 => T::id(&cap), n if n > 2 => n + 1, _ => 0 }), yield_!(String::from("x")), T::take(keep(T("v4"), 3))), (if ((r.len() as i64) != 5 || (r.clone()).len() % 2 == 0) { String::from("hello") } else { r.clone() }), (match (yield_!(r.clone()).len() as i64) { 0 => t("t5", (r.len() as i64)), n if n > 2 => n + 1, _ => (if (String::from("ab")).len() % 2 == 0 { cap.lock() } else { (r.len() as i64) }) }));
                let u6: i64;
                if res(&(r.clone()))? < 5 {
                    u6 = b;
                } else {
                    u6 = (match (match 4 { 0 => cap.lock(), n if n > 3 => n + 1, _ => 3 }) { 0 => (match b { 0 => 3, n if n > 2 => n + 1, _ => 5 }), n if n > 0 => n + 1, _ => (match b { 0 => b, n if n > 0 => n + 1, _ => b }) });
                }
            }
            if let Some(n) = T("k7").opt() {
                let mut fuel8 = 0;
                let e = 'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 2 {
                        break 'l8 3;
                    }
                    yield_!(t("t9", t("t10", r.clone())));
                    let [e, _, _] = [n, (if !(cap.id() == 2) { (r.len() as i64) } else { (yield_!((if (r.len() as i64) <= 1 { String::from("x") } else { r.clone() })).len() as i64) }), n];
                    let c = T("v11");
                    r = i2s(((r.len() as i64) - c.into_n()));
                };
                let e = T("v12");
            } else if (r.clone()).len() % 2 == 0 {
                if let Some(n) = opt(&r) && n > 4 {
                    if (String::from("")).is_empty() {
                        return Err(yield_!(r.clone()));
                    }
                } else {
                    yield_!([r, String::from("four")].concat());
                }
                'l13: for w in 0..cap3((yield_!([String::from("xyz"), String::from("hello")].concat()).len() as i64)) {
                    r = t("t14", format!("{}-{}", (String::from("xyz")), (cap.id() + cap.try_send(0))));
                    consume(T("v15"));
                    if (w > 1 && r.len() % 2 == 0) {
                        return Err(yield_!([r.clone(), String::from("")].concat()));
                    }
                }
            }
            Err(t("t16", t("t17", String::from(""))))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = opt(&r) && n > 0 {
                if let Some(n) = opt(&r) {
                    if (r.len() % 2 == 0 || keep(T("v2"), 1).take() != 4) {
                        return cap.len();
                    }
                    r = yield_!(i2s(f3((r.len() as i64), String::from("four"), n)));
                } else if (!(r.len() % 2 == 0) || !(n <= 5)) {
                    yield_!(String::from("four"));
                } else if (((String::from("ab")).len() % 2 == 0 && (r.clone()).len() % 2 == 0) && !((r.clone()).len() % 2 == 0)) {
                    yield_!([i2s(n), [r.clone(), String::from("four")].concat()].concat());
                    if (!(((r.len() as i64) == 1 && r.len() % 2 == 0)) && ((n != 4 || 1 != 3) && r.len() % 2 == 0)) {
                        return (match cap.into_n() { 0 => n, n if n > 0 => n + 1, _ => n });
                    }
                    let a = r;
                }
            } else if r.is_empty() {
                match opt(&r) {
                    Some(n) if n < 0 => {
                        let [e, _, _] = [cap.borrow(), T::take(keep(cap, 3)), (match f3(T("k4").id(), r, (match n { 0 => 5, n if n > 2 => n + 1, _ => n })) { 0 => Acc::new((n + 1)).add(t("t5", n)).add(T("k6").len()).get(), n if n > 0 => n + 1, _ => n })];
                    }
                    Some(n) => {
                        r = r.clone();
                    }
                    None => {
                        if (format!("{}-{}", r, (r.len() as i64))).len() % 2 == 0 {
                            return (r.len() as i64);
                        }
                        yield_!(t("t7", format!("{}-{}", r, (r.len() as i64))));
                        let e = keep(T("v8"), (cap.id() + (r.len() as i64)));
                    }
                }
                let mut fuel9 = 0;
                'l9: while fuel9 < 3 && ((1 == 1 && (String::from("")).len() % 2 == 0) || (String::from("")).len() % 2 == 0) {
                    fuel9 += 1;
                }
            }
            (T::take(keep(T("v11"), 10)) + 2)
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
            if !((r).is_empty()) {
                return Some(1);
            }
            'l1: for w in 0..cap3(f3(T("k2").id(), yield_!(String::from("ab")), (if cap.id() <= 1 { 1 } else { 2 }))) {
                'l3: for w in 0..cap3(keep(keep(T("v5"), w), 4).take()) {
                    consume(T("v6"));
                    yield_!([format!("{}-{}", (String::from("ab")), 0), format!("{}-{}", (String::from("hello")), 3)].concat());
                    let b: i64 = (T("k7").id() * T("k8").into_n());
                    yield_!(String::from("ab"));
                }
                yield_!([t("t9", String::from("hello")), String::from("x")].concat());
                let P { a: d, b: e } = P { a: Some(T("k10")).unwrap().id(), b: i2s(f3((P { a: w, b: String::from("x") }).sum(), yield_!(String::from("hello")), w)) };
            }
            let c = 'b11: {
                'l12: for w in 0..cap3(T::take(keep(cap, 13))) {
                    r = format!("{}-{}", (i2s(0)), w);
                    let (mut c, d) = (T("v14"), (P { a: 4, b: (if (r.len() % 2 == 0 || (String::from("four")).len() % 2 == 0) { [String::from("ab"), r.clone()].concat() } else { format!("{}-{}", (r.clone()), w) }) }).sum());
                    if !((r.clone()).len() % 2 == 0) {
                        panic!("p15");
                    }
                    let mut f = (r.len() as i64);
                }
                if !(!(!(5 >= 2))) {
                    panic!("p16");
                }
                if (4 * 4) == 1 {
                    break 'b11 (P { a: opt(&(String::from("xyz")))?, b: i2s(5) }).sum();
                }
                (5 + (yield_!(String::from("")).len() as i64))
            };
            'b17: {
                 {
                }
                if T::take(keep(T("v19"), 18)) != 4 {
                    break 'b17;
                }
            }
            Some(Acc::new((match c { 0 => c, n if n > 2 => n + 1, _ => c })).add(f3(c, String::from("hello"), c)).add((P { a: 1, b: String::from("four") }).sum()).get())
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
            if ((r.len() as i64) > 4 && (r).len() % 2 == 0) {
                panic!("p1");
            }
            yield_!((if (String::from("")).is_empty() { format!("{}-{}", (String::from("four")), 0) } else { [String::from("four"), String::from("four")].concat() }));
            let mut fuel2 = Vec::from([2, Acc::new(T("k3").id()).add(cap.into_n()).add((yield_!(String::from("x")).len() as i64)).get()]);
            'l2: while let Some(w) = fuel2.pop() {
                 {
                    'l4: for w in 0..cap3((P { a: Acc::new(w).add(w).add(2).get(), b: yield_!(String::from("x")) }).sum()) {
                        yield_!((if (5 >= 1 || 2 == 3) { i2s(w) } else { format!("{}-{}", (String::from("x")), 5) }));
                        let mut a = format!("{}-{}", (t("t5", String::from("four"))), opt(&(String::from("four")))?);
                        yield_!(a.clone());
                    }
                    let Some(b) = opt(&((if !(w > 2) { (if (String::from("xyz")).len() % 2 == 0 { String::from("four") } else { String::from("") }) } else { yield_!(String::from("xyz")) }))) else {
                        continue 'l2;
                    };
                }
                'b6: {
                    drop(T("v7"));
                    if let Some(n) = opt(&((if !(2 > 2) { i2s(0) } else { String::from("") }))) {
                        yield_!(t("t8", (if (String::from("")).len() % 2 == 0 { String::from("hello") } else { String::from("four") })));
                        let (mut b, f) = (T("v9"), T("k10").id());
                    }
                    if !(!((String::from("x")).len() % 2 == 0)) {
                        break 'b6;
                    }
                }
            }
            Some(T::take(keep(keep(T("v12"), 5), 11)))
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
            if ([String::from("x"), String::from("ab")].concat()).is_empty() {
                u4 = res(&(String::from("x")))?;
            } else {
                u4 = T("k5").id();
            }
            consume(T("v6"));
            let Some(d) = opt(&(String::from(""))) else {
                return Err(yield_!(format!("{}-{}", (String::from("")), 0)));
            };
            'l7: for w in [yield_!(format!("{}-{}", (String::from("ab")), u4)), t("t8", format!("{}-{}", (String::from("xyz")), 1))] {
            }
            Ok((if (String::from("hello")).is_empty() { (yield_!(String::from("ab")).len() as i64) } else { (4 + 2) }))
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
                    yield_from!([String::from("hello"), String::from("")], String::new());
                    let (mut b, e) = (T("v4"), (match cap.id() { 0 => T("k5").id(), n if n > 1 => n + 1, _ => (r.len() as i64) }));
                    if (r.len() % 2 == 0 || Acc::new((r.len() as i64)).add(T::id(&cap)).add(2).get() != 2) {
                        break 'l1;
                    }
                    yield_!(i2s(f3((r.len() as i64), String::from("hello"), w)));
                }
            }
            r = r;
            if !(!(r.len() % 2 == 0)) {
                match T("k6").len() {
                    0 => {
                        let mut d = (yield_!((if (String::from("hello")).is_empty() { r } else { String::from("") })).len() as i64);
                    }
                    n if n > 5 => {
                        let d = keep(cap, Acc::new((if (r.len() as i64) >= 0 { n } else { n })).add(2).add(n).get());
                        let c: String = String::from("xyz");
                    }
                    n => {
                        yield_!(t("t7", [r.clone(), r.clone()].concat()));
                        let b = String::from("");
                        let mut d = cap;
                    }
                }
            } else {
                'l8: for w in 0..cap3(cap.id()) {
                    consume(T("v9"));
                    let e = 4;
                }
                yield_!(i2s((r.len() as i64)));
                let Some(b) = opt(&r) else {
                    panic!("p10");
                };
            }
            Some(T("k11").into_n())
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
            yield_!(format!("{}-{}", (r.clone()), res(&(String::from("four")))?));
            'l1: for w in T("k2").items() {
                let mut fuel3 = 0;
                let f = 'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 2 {
                        break 'l3 4;
                    }
                    drop(keep(T("v4"), Some(T("k5")).unwrap().id()));
                    let mut c = i2s((f3(w, r.clone(), 0) + (w * (r.len() as i64))));
                    yield_!(i2s(t("t6", w)));
                };
                match ((if r.len() % 2 == 0 { 0 } else { w }), yield_!(i2s((r.len() as i64)))) {
                    (0, n) => {
                        r = [String::from("xyz"), t("t7", n)].concat();
                        r = r.clone();
                    }
                    (_, n) if n.len() > 0 => {
                        if f <= 1 {
                            panic!("p8");
                        }
                    }
                    (_, n) => {
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
mod p109 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: String;
            yield_!((if (r.len() % 2 == 0 && 1 <= 1) { format!("{}-{}", (r.clone()), (r.len() as i64)) } else { format!("{}-{}", r, (r.len() as i64)) }));
            if ((r.len() % 2 == 0 || (cap.borrow() < 0 && (r).len() % 2 == 0)) && ((String::from("")).is_empty() || (String::from("ab")).is_empty())) {
                u1 = t("t2", String::from("xyz"));
            } else {
                u1 = [yield_!(String::from("ab")), yield_!(String::from("x"))].concat();
            }
            if u1.is_empty() {
                panic!("p3");
            }
            if (yield_!(u1)).is_empty() {
                return Some(Some(T("k4")).unwrap().id());
            }
            let d = 'b5: {
                let (mut c, a) = (T("v6"), T::take(keep(T("v8"), 7)));
                match (T::take(keep(keep(T("v10"), a), 9)), yield_!([t("t11", String::from("x")), String::from("xyz")].concat())) {
                    (0, n) => {
                        let mut f = format!("{}-{}", (i2s(4)), (if (n.len() % 2 == 0 && n.len() % 2 == 0) { a } else { T("k12").id() }));
                        let mut fuel13 = 0;
                        'l13: while fuel13 < 2 && (2 == 1 && (n.clone()).len() % 2 == 0) {
                            fuel13 += 1;
                            let f = n.clone();
                            let mut e = (match (n.len() as i64) { 0 => T::id(&cap), n if n > 3 => n + 1, _ => opt(&(String::from("ab")))? });
                        }
                    }
                    (_, n) if n.len() > 2 => {
                        yield_from!((0..2i64).map(i2s), String::new());
                        let mut a = i2s(a);
                    }
                    (_, n) => {
                        'l14: for w in T("k15").items() {
                            let f = (n.len() as i64);
                            drop(T("v16"));
                            let a = f3((n.len() as i64), yield_!(format!("{}-{}", n, 5)), a);
                            let [e, _, _] = [Acc::new(0).add(T::take(keep(T("v18"), 17))).add(opt(&n)?).get(), (n.len() as i64), f3(cap.lock(), yield_!((if n.len() % 2 == 0 { n.clone() } else { String::from("four") })), (yield_!(i2s(c.try_send(5))).len() as i64))];
                        }
                        if let Some(n) = opt(&n) && n > 0 {
                            let e = (if ((String::from("xyz")).len() % 2 == 0 || n < 0) { keep(c, 20).take() } else { f3(opt(&(String::from("xyz")))?, t("t21", String::from("xyz")), c.take()) });
                        } else {
                        }
                    }
                }
                if (String::from("four")).is_empty() {
                    break 'b5 a;
                }
                f3((if (String::from("ab")).len() % 2 == 0 { a } else { a }), (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("xyz") }), cap.len())
            };
            Some(f3(d, i2s(d), cap.take()))
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
                        yield_from!(Some(String::from("xyz")), String::new());
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
mod p111 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in [t("t2", [r, String::from("")].concat()), yield_!(t("t3", String::from("xyz")))] {
                let u4: T;
                yield_!((if ((w.len() as i64) <= 2 || 3 <= 1) { [w.clone(), String::from("hello")].concat() } else { t("t5", w) }));
                if (!((cap.len() == 4 && 5 >= 2)) || (!((String::from("x")).len() % 2 == 0) && (cap.borrow() > 3 || (String::from("x")).len() % 2 == 0))) {
                    u4 = T("v6");
                } else {
                    u4 = T("v7");
                }
                'l8: for w in T("k9").items() {
                    r = yield_!((if ((String::from("x")).len() % 2 == 0 || u4.try_send(0) > 3) { (if 1 != 4 { String::from("four") } else { String::from("x") }) } else { t("t10", String::from("four")) }));
                    yield_!(r.clone());
                }
                consume(T("v11"));
            }
            let u12: T;
            yield_!((if ((String::from("x")).len() % 2 == 0 || 3 >= 2) { [String::from(""), String::from("ab")].concat() } else { format!("{}-{}", (String::from("hello")), cap.lock()) }));
            if T("k13").id() < 5 {
                u12 = cap;
            } else {
                u12 = keep(cap, (match 0 { 0 => 0, n if n > 5 => n + 1, _ => 2 }));
            }
            match T("k14").len() {
                0 => {
                    let e = ((f3(5, String::from(""), u12.lock()) + t("t15", T::id(&u12))) + (if (String::from("hello")).len() % 2 == 0 { (4 - 1) } else { (yield_!(String::from("x")).len() as i64) }));
                    let d = [yield_!(i2s(e)), yield_!([String::from(""), String::from("ab")].concat())].concat();
                    'b16: {
                        let u17: i64;
                        if d.is_empty() {
                            u17 = f3(T::take(u12), [d, String::from("ab")].concat(), (yield_!(String::from("hello")).len() as i64));
                        } else {
                            u17 = T("k18").into_n();
                        }
                        if u17 >= 5 {
                            break 'b16;
                        }
                    }
                }
                n if n > 0 => {
                    match T::take(u12) {
                        0 => {
                            let a = T("k19").id();
                            yield_from!(Some(String::from("hello")), String::new());
                            yield_from!((0..1i64).map(i2s), String::new());
                        }
                        n if n > 3 => {
                            yield_!(String::from("four"));
                        }
                        _ => {
                            let mut a: i64 = T("k20").id();
                            yield_!(t("t21", format!("{}-{}", (String::from("four")), a)));
                            let mut c = i2s(Acc::new(T("k22").id()).add((match n { 0 => n, n if n > 4 => n + 1, _ => n })).add((P { a: n, b: String::from("four") }).sum()).get());
                        }
                    }
                }
                n => {
                }
            }
            1
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
            let c = r;
            let c = T("v1");
             {
                let u2: String;
                yield_!((if (String::from("")).len() % 2 == 0 { format!("{}-{}", (String::from("four")), 4) } else { (if (String::from("four")).len() % 2 == 0 { String::from("hello") } else { String::from("hello") }) }));
                if T::take(keep(T("v4"), 3)) != 0 {
                    u2 = yield_!((if (String::from("")).len() % 2 == 0 { String::from("xyz") } else { String::from("hello") }));
                } else {
                    u2 = format!("{}-{}", (String::from("four")), f3(cap.lock(), String::from("ab"), cap.try_send(5)));
                }
            }
            match (if !(!(c.lock() == 1)) { f3((if T::id(&cap) < 2 { 2 } else { 5 }), String::from("xyz"), (yield_!(String::from("")).len() as i64)) } else { t("t5", f3(T::id(&c), String::from(""), T::id(&cap))) }) {
                0 => {
                    'l6: for w in [String::from(""), yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("xyz") } else { String::from("") }))] {
                    }
                }
                n if n > 4 => {
                }
                _ => {
                }
            }
            (yield_!(String::from("hello")).len() as i64)
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
            yield_!((if r.len() % 2 == 0 { r.clone() } else { r }));
            yield_!(format!("{}-{}", (String::from("four")), (if cap.lock() > 0 { 1 } else { cap.len() })));
            'l1: for w in T("k2").items() {
                let mut fuel3 = Vec::from([t("t4", 0), (P { a: (if T::id(&cap) != 3 { w } else { w }), b: String::from("") }).sum()]);
                'l3: while let Some(w) = fuel3.pop() {
                    let [a, _, _] = [4, cap.len(), f3((yield_!(String::from("x")).len() as i64), yield_!(i2s(w)), (match 1 { 0 => (cap.len() - w), n if n > 5 => n + 1, _ => w }))];
                    r = yield_!(i2s(a));
                    let d: String = String::from("hello");
                }
                let Some(a) = opt(&((if (String::from("x")).len() % 2 == 0 { yield_!(String::from("ab")) } else { i2s(w) }))) else {
                    return Ok(t("t5", 2));
                };
                let mut fuel6 = 0;
                'l6: while fuel6 < 2 && ((String::from("xyz")).is_empty() && (String::from("xyz")).is_empty()) {
                    fuel6 += 1;
                    yield_from!((0..2i64).map(i2s), String::new());
                    yield_!(t("t7", i2s(a)));
                }
            }
            let u8: T;
            yield_!(format!("{}-{}", (String::from("ab")), t("t9", 1)));
            if Acc::new((match 4 { 0 => 1, n if n > 2 => n + 1, _ => 4 })).add((yield_!(String::from("x")).len() as i64)).add(res(&(String::from("")))?).get() < 4 {
                u8 = keep(keep(T("v10"), cap.id()), (if cap.len() != 5 { cap.borrow() } else { cap.borrow() }));
            } else {
                u8 = T("v11");
            }
            let Some(d) = opt(&((if (String::from("four")).is_empty() { (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("hello") }) } else { [String::from("hello"), String::from("")].concat() }))) else {
                return Ok(Acc::new((cap.lock() - 3)).add(T::take(u8)).add(cap.id()).get());
            };
            let mut fuel12 = Vec::from([Some(T("k13")).unwrap().id(), d]);
            'l12: while let Some(w) = fuel12.pop() {
                let Some(f) = opt(&(String::from("four"))) else {
                    return Err((if (String::from("hello")).len() % 2 == 0 { i2s(5) } else { yield_!(String::from("x")) }));
                };
                yield_!(i2s(Some(T("k14")).unwrap().id()));
                let Some(a) = opt(&((if ((String::from("four")).len() % 2 == 0 || w != 2) { [String::from("ab"), String::from("hello")].concat() } else { format!("{}-{}", (String::from("x")), f) }))) else {
                    return Ok(w);
                };
            }
            yield_from!(Some(i2s(d)), String::new());
            let a = t("t15", [yield_!(String::from("hello")), i2s(2)].concat());
            if (!(cap.lock() != 4) || (!(a.len() % 2 == 0) && (a.clone()).len() % 2 == 0)) {
                yield_!(t("t16", t("t17", String::from("four"))));
                let c = keep(keep(keep(T("v18"), d), 5), t("t19", (a.len() as i64)));
            } else {
                match T::take(keep(T("v21"), 20)) {
                    0 => {
                    }
                    n if n > 2 => {
                    }
                    _ => {
                    }
                }
            }
            Ok(f3(0, t("t22", String::from("four")), (cap.borrow() + cap.id())))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(format!("{}-{}", r, f3((r.len() as i64), r.clone(), (r.len() as i64))));
            'l1: for w in T("k2").items() {
                let (mut e, a) = (keep(T("v3"), t("t4", (match (r.len() as i64) { 0 => cap.lock(), n if n > 3 => n + 1, _ => 5 }))), (yield_!(r.clone()).len() as i64));
                let e = 'b5: {
                    'l6: for w in 0..cap3((yield_!((if a < 0 { r.clone() } else { r.clone() })).len() as i64)) {
                        consume(T("v7"));
                    }
                    if (String::from("ab")).is_empty() {
                        break 'b5 Acc::new(f3(a, String::from("xyz"), a)).add(f3((r.len() as i64), r.clone(), (r.len() as i64))).add(a).get();
                    }
                    5
                };
            }
            f3(t("t8", (r.len() as i64)), String::from(""), (yield_!(r).len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            yield_!(String::from("xyz"));
            if let Some(n) = T("k2").opt() {
                'l3: for w in 0..cap3(T("k4").len()) {
                    yield_!(String::from("hello"));
                    let (mut e, c) = (T("v5"), f3((P { a: (yield_!(String::from("xyz")).len() as i64), b: r.clone() }).sum(), i2s((P { a: w, b: String::from("") }).sum()), res(&r)?));
                }
                if let Some(n) = opt(&(yield_!(t("t6", r.clone())))) && n > 2 {
                    yield_!(r.clone());
                    yield_!(format!("{}-{}", (String::from("x")), n));
                    yield_from!([i2s(res(&r)?), t("t7", i2s(n))], String::new());
                }
            } else if !(((r.clone()).len() % 2 == 0 || r.len() % 2 == 0)) {
                yield_!(format!("{}-{}", (r.clone()), 2));
            } else {
                let mut fuel8 = 0;
                'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 3 {
                        break 'l8;
                    }
                    yield_from!(Some((if r.len() % 2 == 0 { format!("{}-{}", r, cap.borrow()) } else { String::from("") })), String::new());
                    yield_!(format!("{}-{}", (r.clone()), 3));
                }
            }
            Err(r.clone())
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            match opt(&((if (r.len() % 2 == 0 || 1 <= 2) { format!("{}-{}", (r), cap.len()) } else { [r, String::from("x")].concat() }))) {
                Some(n) if n < 4 => {
                    'l1: for w in 0..cap3(cap.try_send(5)) {
                        if ((String::from("")).len() % 2 == 0 && !((2 <= 1 || (String::from("")).len() % 2 == 0))) {
                            continue 'l1;
                        }
                        yield_!([i2s(n), format!("{}-{}", (String::from("")), w)].concat());
                        yield_!([format!("{}-{}", (String::from("four")), cap.borrow()), format!("{}-{}", (String::from("ab")), n)].concat());
                    }
                }
                Some(n) => {
                    match T("k2").len() {
                        0 => {
                            if !((n <= 5 && (String::from("xyz")).is_empty())) {
                                return None;
                            }
                            yield_!(t("t3", t("t4", String::from("xyz"))));
                        }
                        n if n > 0 => {
                            if ((String::from("ab")).is_empty() || (String::from("xyz")).len() % 2 == 0) {
                                panic!("p5");
                            }
                            if ((String::from("x")).is_empty() || !((String::from("ab")).is_empty())) {
                                panic!("p6");
                            }
                            r = (if (String::from("x")).is_empty() { i2s(T("k7").into_n()) } else { format!("{}-{}", (String::from("xyz")), n) });
                        }
                        _ => {
                        }
                    }
                }
                None => {
                }
            }
            Some(Acc::new(f3(cap.len(), String::from("ab"), cap.id())).add(1).add((if (String::from("hello")).len() % 2 == 0 { cap.lock() } else { T::id(&cap) })).get())
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
                        yield_!(t("t8", String::from("x")));
                        r = String::from("four");
                    }
                    (_, n) => {
                        let b = format!("{}-{}", r, f3(w, i2s(5), (w + 3)));
                        let mut d = keep(keep(T("v9"), ((n.len() as i64) + 2)), w);
                    }
                }
            }
            if let Some(n) = opt(&(i2s(Some(T("k10")).unwrap().id()))) && n > 3 {
                'l11: for w in 0..cap3((match n { 0 => n, n if n > 1 => n + 1, _ => (r.len() as i64) })) {
                    r = format!("{}-{}", (format!("{}-{}", r, 2)), w);
                    yield_!(t("t12", format!("{}-{}", (r.clone()), 5)));
                }
            } else if !((0 == 2 && 5 == 5)) {
                let a = r;
                if a.is_empty() {
                    panic!("p13");
                }
                if !(!(1 != 1)) {
                    return T::take(keep(T("v15"), 14));
                }
            }
            let mut fuel16 = Vec::from([T("k17").into_n(), (if (4 <= 2 && (String::from("four")).len() % 2 == 0) { T("k18").id() } else { (P { a: 3, b: String::from("ab") }).sum() })]);
            'l16: while let Some(w) = fuel16.pop() {
                r = t("t19", yield_!(format!("{}-{}", (String::from("xyz")), 4)));
            }
            T::take(keep(T("v21"), 20))
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
            match T("k1").len() {
                0 => {
                    if (r.len() % 2 == 0 && r.is_empty()) {
                        return Ok((yield_!((if (r).len() % 2 == 0 { String::from("hello") } else { String::from("hello") })).len() as i64));
                    }
                    let mut fuel2 = 0;
                    let e = 'l2: loop {
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
                    'l7: for w in 0..cap3(Some(T("k8")).unwrap().id()) {
                        drop(T("v9"));
                        let c = r.clone();
                    }
                }
                _ => {
                }
            }
            Ok(Some(T("k10")).unwrap().id())
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            yield_!([String::from(""), r].concat());
            'l1: for w in T("k2").items() {
                consume(keep(T("v3"), (T::take(keep(T("v5"), 4)) * (match cap.try_send(1) { 0 => w, n if n > 5 => n + 1, _ => w }))));
                let mut fuel6 = 0;
                let c = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 3 {
                        break 'l6 T::take(keep(T("v8"), 7));
                    }
                    yield_!(t("t9", (if w >= 1 { String::from("x") } else { String::from("x") })));
                    let mut c = T("v10");
                    yield_!([[String::from("xyz"), String::from("x")].concat(), (if (String::from("xyz")).len() % 2 == 0 { String::from("ab") } else { String::from("ab") })].concat());
                    r = [yield_!(t("t11", String::from("xyz"))), yield_!(i2s(w))].concat();
                };
                let [b, _, _] = [1, (match Acc::new(w).add((yield_!(String::from("x")).len() as i64)).add((P { a: c, b: String::from("xyz") }).sum()).get() { 0 => (match c { 0 => w, n if n > 5 => n + 1, _ => (if w != 2 { c } else { 4 }) }), n if n > 1 => n + 1, _ => (match (if (String::from("hello")).len() % 2 == 0 { 3 } else { 1 }) { 0 => t("t12", cap.lock()), n if n > 1 => n + 1, _ => w }) }), (T::take(keep(T("v14"), 13)) + t("t15", w))];
            }
            let e = 'b16: {
                'l17: for w in [i2s(Some(T("k18")).unwrap().id()), (if ((String::from("")).len() % 2 == 0 && 1 != 4) { format!("{}-{}", (String::from("ab")), 1) } else { yield_!(String::from("")) })] {
                    let mut fuel19 = 0;
                    'l19: loop {
                        fuel19 += 1;
                        if fuel19 > 3 {
                            break 'l19;
                        }
                        let [a, _, _] = [T("k20").into_n(), cap.borrow(), (match res(&w)? { 0 => (match (w.len() as i64) { 0 => 3, n if n > 2 => n + 1, _ => t("t21", 0) }), n if n > 5 => n + 1, _ => (if ((w.clone()).len() % 2 == 0 && w.len() % 2 == 0) { res(&(w.clone()))? } else { (match 1 { 0 => 2, n if n > 1 => n + 1, _ => cap.try_send(2) }) }) })];
                        let [a, _, _] = [a, a, a];
                    }
                    match (if (!(T::id(&cap) >= 3) || w.is_empty()) { (yield_!(String::from("ab")).len() as i64) } else { cap.id() }) {
                        0 => {
                            r = t("t22", w);
                            consume(T("v23"));
                        }
                        n if n > 2 => {
                            r = [w, format!("{}-{}", (String::from("hello")), res(&(String::from("ab")))?)].concat();
                        }
                        _ => {
                            yield_!(w);
                        }
                    }
                    r = (if ((3 <= 3 || cap.lock() != 3) || (String::from("xyz")).len() % 2 == 0) { String::from("") } else { String::from("hello") });
                }
                let mut fuel24 = 0;
                'l24: while fuel24 < 2 && (String::from("four")).len() % 2 == 0 {
                    fuel24 += 1;
                }
                if (cap.lock() >= 5 || ((String::from("hello")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0)) {
                    break 'b16 ((2 - cap.try_send(1)) + cap.into_n());
                }
                res(&(String::from("hello")))?
            };
            Ok(5)
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
                        yield_!(a);
                        r = format!("{}-{}", (r.clone()), (match Acc::new((r.len() as i64)).add((r.len() as i64)).add(3).get() { 0 => Acc::new((r.len() as i64)).add(cap.try_send(2)).add((r.len() as i64)).get(), n if n > 5 => n + 1, _ => res(&r)? }));
                    }
                }
            }
            Ok((match cap.into_n() { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => T("k7").len() }))
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
            let mut d = T("v1");
            'l2: for w in T("k3").items() {
                let u4: i64;
                if r.len() % 2 == 0 {
                    u4 = T::take(keep(keep(T("v6"), 2), 5));
                } else {
                    u4 = (P { a: w, b: t("t7", r.clone()) }).sum();
                }
                yield_!(format!("{}-{}", (String::from("four")), 3));
                let u8: i64;
                if (String::from("xyz")).is_empty() {
                    u8 = u4;
                } else {
                    u8 = (r.len() as i64);
                }
            }
            let Some(a) = opt(&r) else {
                return (match T::take(keep(T("v10"), 9)) { 0 => (P { a: (r.len() as i64), b: String::from("four") }).sum(), n if n > 2 => n + 1, _ => T::take(keep(T("v12"), 11)) });
            };
            if let Some(n) = opt(&(String::from("ab"))) && n > 1 {
                if (f3((r.len() as i64), r, a) >= 3 && ((3 <= 4 || d.borrow() < 0) && 0 < 0)) {
                    panic!("p13");
                }
            }
            let b: T = cap;
            let mut fuel14 = 0;
            let c = 'l14: loop {
                fuel14 += 1;
                if fuel14 > 1 {
                    break 'l14 f3(T("k15").into_n(), (if (String::from("four")).len() % 2 == 0 { String::from("") } else { String::from("hello") }), T("k16").id());
                }
                yield_!(t("t17", [String::from("four"), String::from("x")].concat()));
                'l18: for w in 0..cap3(b.len()) {
                    d = keep(keep(keep(T("v19"), w), w), (Acc::new(a).add(a).add(T::id(&d)).get() + (4 - 2)));
                    let a = yield_!(format!("{}-{}", (String::from("hello")), T::take(keep(T("v21"), 20))));
                }
            };
            T::take(b)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let u1: i64;
            if T("k2").len() >= 2 {
                u1 = f3((T::id(&cap) + 3), r, (yield_!(String::from("four")).len() as i64));
            } else {
                u1 = cap.len();
            }
             {
                 {
                    if !((5 != 5 || (String::from("")).len() % 2 == 0)) {
                        let c: String = i2s((yield_!(format!("{}-{}", (String::from("")), u1)).len() as i64));
                        let mut d = yield_!(format!("{}-{}", (c), cap.into_n()));
                    } else {
                        yield_from!([(if (String::from("ab")).len() % 2 == 0 { format!("{}-{}", (String::from("ab")), u1) } else { format!("{}-{}", (String::from("ab")), u1) }), (if cap.try_send(0) >= 2 { [String::from("x"), String::from("hello")].concat() } else { (if 4 != 4 { String::from("hello") } else { String::from("x") }) })], String::new());
                        let P { a: a, b: b } = P { a: (match Acc::new(opt(&(String::from("ab")))?).add((yield_!(String::from("xyz")).len() as i64)).add(cap.into_n()).get() { 0 => u1, n if n > 3 => n + 1, _ => Acc::new((if (String::from("hello")).len() % 2 == 0 { u1 } else { 5 })).add((match u1 { 0 => 1, n if n > 4 => n + 1, _ => u1 })).add(T::take(keep(T("v4"), 3))).get() }), b: String::from("four") };
                    }
                    let mut fuel5 = Vec::from([(P { a: Acc::new(u1).add(u1).add(u1).get(), b: format!("{}-{}", (String::from("xyz")), u1) }).sum(), 4]);
                    'l5: while let Some(w) = fuel5.pop() {
                        yield_from!([format!("{}-{}", (String::from("")), Some(T("k6")).unwrap().id()), [format!("{}-{}", (String::from("")), 4), String::from("x")].concat()], String::new());
                    }
                }
            }
            Some(T::take(keep(T("v8"), 7)))
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
            let mut fuel1 = 0;
            'l1: while fuel1 < 1 && (!(r.len() % 2 == 0) || (r.clone()).is_empty()) {
                fuel1 += 1;
                let u2: String;
                yield_!(r.clone());
                if r.len() % 2 == 0 {
                    u2 = (if (r.len() % 2 == 0 && r.len() % 2 == 0) { String::from("xyz") } else { i2s((r.len() as i64)) });
                } else {
                    u2 = yield_!((if (r.len() as i64) >= 4 { r.clone() } else { r.clone() }));
                }
                'l3: for w in 0..cap3((yield_!(String::from("")).len() as i64)) {
                    r = format!("{}-{}", ([u2.clone(), u2.clone()].concat()), w);
                    let mut a: String = String::from("four");
                    drop(T("v4"));
                }
                yield_!(t("t5", t("t6", String::from(""))));
                let mut fuel7 = 0;
                'l7: while fuel7 < 3 && (String::from("four")).len() % 2 == 0 {
                    fuel7 += 1;
                    let d = keep(T("v8"), 3);
                    let [c, _, _] = [(t("t9", (P { a: 3, b: String::from("") }).sum()) * (yield_!(t("t10", String::from("four"))).len() as i64)), Acc::new((T::take(d) * (if 3 > 0 { 5 } else { (r.len() as i64) }))).add(2).add((P { a: (u2.len() as i64), b: format!("{}-{}", (u2.clone()), (u2.len() as i64)) }).sum()).get(), (P { a: f3((match T::id(&cap) { 0 => cap.len(), n if n > 5 => n + 1, _ => cap.borrow() }), yield_!(String::from("xyz")), (if u2.len() % 2 == 0 { cap.borrow() } else { 2 })), b: [[String::from("ab"), String::from("ab")].concat(), i2s((u2.len() as i64))].concat() }).sum()];
                    let (mut c, b) = (T("v11"), c);
                }
            }
            let Some(b) = opt(&r) else {
                return (P { a: (2 + 2), b: t("t12", String::from("four")) }).sum();
            };
            let d = 'b13: {
                'l14: for w in T("k15").items() {
                }
                if (P { a: (r.len() as i64), b: r }).sum() == 2 {
                    break 'b13 cap.try_send(4);
                }
                b
            };
            keep(T("v17"), 16).take()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            if let Some(n) = T("k1").opt() {
                if ((!((r.len() as i64) < 0) && (n != 0 && cap.lock() == 4)) || (!(n == 3) && n != 2)) {
                    yield_!([String::from("hello"), format!("{}-{}", r, n)].concat());
                    let mut c: i64 = n;
                    let f = c;
                } else if (!(r.len() % 2 == 0) && (2 == 4 && (r.clone()).len() % 2 == 0)) {
                    r = t("t2", t("t3", yield_!(r.clone())));
                    yield_from!((0..0i64).map(i2s), String::new());
                    if ((n == 2 || ((r).len() % 2 == 0 || (String::from("")).len() % 2 == 0)) && !((String::from("ab")).is_empty())) {
                        return f3((P { a: 4, b: String::from("hello") }).sum(), [String::from(""), String::from("hello")].concat(), n);
                    }
                } else {
                    if (((cap.len() != 3 || (r.len() as i64) > 4) || (r).is_empty()) && (P { a: n, b: String::from("hello") }).sum() <= 3) {
                        panic!("p4");
                    }
                    yield_!(t("t5", i2s(n)));
                    let b: i64 = n;
                }
                r = (if t("t6", n) < 0 { t("t7", String::from("hello")) } else { format!("{}-{}", (String::from("xyz")), (match n { 0 => cap.try_send(1), n if n > 1 => n + 1, _ => 4 })) });
            }
            let mut fuel8 = 0;
            'l8: while fuel8 < 1 && T("k9").into_n() == 0 {
                fuel8 += 1;
            }
            2
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let b = keep(T("v1"), cap.into_n());
            if r.is_empty() {
                panic!("p2");
            }
            'l4: for w in [t("t5", t("t6", r.clone())), [r, i2s(1)].concat()] {
                consume(T("v7"));
                yield_!((if (w.len() as i64) == 2 { (if (String::from("four")).len() % 2 == 0 { w } else { w }) } else { i2s(2) }));
                let Some(c) = opt(&(yield_!(String::from("ab")))) else {
                    continue 'l4;
                };
            }
            'l8: for w in 0..cap3(b.into_n()) {
                let mut fuel9 = 0;
                let c = 'l9: loop {
                    fuel9 += 1;
                    if fuel9 > 2 {
                        break 'l9 w;
                    }
                    let [e, _, _] = [f3(T("k10").len(), yield_!(String::from("ab")), (2 + (1 + w))), (match (P { a: Acc::new(w).add(1).add(w).get(), b: [String::from(""), String::from("four")].concat() }).sum() { 0 => (w - f3(4, String::from("hello"), w)), n if n > 2 => n + 1, _ => (if (String::from("hello")).is_empty() { w } else { Acc::new(w).add(w).add(w).get() }) }), (yield_!([[String::from("x"), String::from("four")].concat(), String::from("four")].concat()).len() as i64)];
                    let b = T("v11");
                    yield_!(format!("{}-{}", (String::from("x")), t("t12", e)));
                    let (mut f, c) = (b, (if !((String::from("")).len() % 2 == 0) { (yield_!(String::from("ab")).len() as i64) } else { f3(f3(e, String::from("ab"), e), yield_!(String::from("four")), w) }));
                };
                'l13: for w in T("k14").items() {
                    yield_!(t("t15", t("t16", String::from("hello"))));
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
mod p126 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let Some(c) = opt(&r) else {
                return Some((yield_!(r.clone()).len() as i64));
            };
            yield_!(i2s((cap.try_send(1) + c)));
            drop(T("v1"));
            let b = String::from("x");
            drop(T("v2"));
            let (mut a, d) = (T("v3"), t("t4", 4));
            let mut fuel5 = 0;
            let e = 'l5: loop {
                fuel5 += 1;
                if fuel5 > 3 {
                    break 'l5 cap.lock();
                }
                let mut fuel6 = Vec::from([cap.try_send(3), (P { a: T("k7").into_n(), b: String::from("four") }).sum()]);
                'l6: while let Some(w) = fuel6.pop() {
                    a = T("v8");
                    let f = keep(T("v9"), t("t10", T("k11").into_n()));
                    drop(T("v12"));
                }
                if !(5 > 2) {
                    break 'l5 f3(t("t13", d), String::from("xyz"), (P { a: c, b: String::from("ab") }).sum());
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
mod p127 {
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
mod p128 {
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
            if T::take(keep(T("v5"), 4)) >= 1 {
                u3 = (r.len() as i64);
            } else {
                u3 = (P { a: (3 * 0), b: String::from("") }).sum();
            }
            consume(keep(T("v6"), (yield_!(r).len() as i64)));
            match (Acc::new((if u3 < 2 { (yield_!(String::from("x")).len() as i64) } else { f3(u3, String::from("ab"), 5) })).add(res(&(String::from("")))?).add(5).get(), format!("{}-{}", (t("t7", String::from("xyz"))), cap.id())) {
                (0, n) => {
                    let mut fuel8 = 0;
                    'l8: while fuel8 < 1 && n.len() % 2 == 0 {
                        fuel8 += 1;
                        let [d, _, _] = [cap.lock(), (if n.len() % 2 == 0 { (n.len() as i64) } else { 2 }), T::take(keep(keep(keep(T("v10"), u3), T::id(&cap)), 9))];
                        let [a, _, _] = [(match Some(T("k11")).unwrap().id() { 0 => res(&n)?, n if n > 0 => n + 1, _ => d }), (match (match T("k12").into_n() { 0 => (P { a: (n.len() as i64), b: String::from("four") }).sum(), n if n > 4 => n + 1, _ => t("t13", u3) }) { 0 => cap.lock(), n if n > 2 => n + 1, _ => f3(t("t14", u3), format!("{}-{}", (n.clone()), 0), f3(u3, String::from("ab"), d)) }), cap.id()];
                        let a = T("v15");
                    }
                }
                (_, n) if n.len() > 1 => {
                }
                (_, n) => {
                }
            }
            Err(i2s((2 - u3)))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'l1: for w in 0..cap3(f3(opt(&(r.clone()))?, r, Acc::new(cap.lock()).add(3).add(5).get())) {
                if let Some(n) = T("k2").opt() {
                    let e: i64 = t("t3", (w + (w * w)));
                    let mut f: i64 = T::id(&cap);
                }
                yield_from!((0..2i64).map(i2s), String::new());
                let mut e = T("k4").id();
            }
            let u5: T;
            yield_!(i2s(T::take(keep(T("v7"), 6))));
            if (t("t8", String::from("four"))).len() % 2 == 0 {
                u5 = keep(keep(T("v9"), cap.len()), cap.into_n());
            } else {
                u5 = cap;
            }
            'l10: for w in [(if (String::from("x")).len() % 2 == 0 { (if (String::from("hello")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") }) } else { yield_!(String::from("four")) }), format!("{}-{}", (String::from("four")), (P { a: u5.borrow(), b: String::from("hello") }).sum())] {
                'l11: for w in T("k12").items() {
                    r = i2s(T("k13").id());
                    yield_!(t("t14", (if 1 >= 0 { String::from("hello") } else { r.clone() })));
                }
                let u15: T;
                yield_!(w.clone());
                if (format!("{}-{}", (w), u5.id())).is_empty() {
                    u15 = T("v16");
                } else {
                    u15 = keep(keep(T("v17"), 1), (P { a: 0, b: String::from("xyz") }).sum());
                }
                if !((String::from("four")).len() % 2 == 0) {
                    panic!("p18");
                }
                let f = 'b19: {
                    let b = t("t20", String::from("hello"));
                    'l21: for w in 0..cap3(f3(u15.borrow(), String::from("x"), (P { a: (b.len() as i64), b: b.clone() }).sum())) {
                        let a: i64 = opt(&([b.clone(), String::from("four")].concat()))?;
                    }
                    if ((b.clone()).is_empty() && (b.len() % 2 == 0 && b.len() % 2 == 0)) {
                        break 'b19 T::take(u15);
                    }
                    (yield_!((if (b.len() as i64) >= 1 { b.clone() } else { b })).len() as i64)
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
mod p130 {
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
                    yield_!((if (w).len() % 2 == 0 { format!("{}-{}", (String::from("hello")), a) } else { String::from("x") }));
                    if (yield_!(String::from("ab"))).is_empty() {
                        panic!("p9");
                    }
                    yield_!((if !(f > 3) { [String::from("ab"), String::from("xyz")].concat() } else { String::from("hello") }));
                    let [e, _, _] = [T::take(keep(T("v11"), 10)), f3((match (yield_!(String::from("")).len() as i64) { 0 => f3(a, String::from(""), n), n if n > 1 => n + 1, _ => (f * 0) }), [yield_!(String::from("xyz")), t("t12", String::from("xyz"))].concat(), Acc::new(T::take(keep(T("v14"), 13))).add((match a { 0 => a, n if n > 0 => n + 1, _ => n })).add(f3(4, String::from(""), f)).get()), n];
                }
            }
            yield_!([format!("{}-{}", (String::from("hello")), 4), [String::from("x"), String::from("hello")].concat()].concat());
            if (format!("{}-{}", (String::from("four")), f)).is_empty() {
                panic!("p15");
            }
            'l16: for w in [String::from("ab"), String::from("x")] {
                let u17: String;
                yield_!(i2s(opt(&w)?));
                if (opt(&w)? <= 2 && !((w).is_empty())) {
                    u17 = yield_!([String::from("four"), String::from("ab")].concat());
                } else {
                    u17 = (if f <= 4 { yield_!(String::from("")) } else { format!("{}-{}", (String::from("")), a) });
                }
                let f = [String::from("xyz"), String::from("x")].concat();
            }
            drop(keep(keep(T("v18"), (P { a: a, b: String::from("") }).sum()), (if (a != 5 && (String::from("four")).len() % 2 == 0) { T::take(keep(T("v20"), 19)) } else { (a + f) })));
            let u21: i64;
            if (t("t22", f) != 5 && ((f >= 5 && (String::from("xyz")).len() % 2 == 0) || a <= 3)) {
                u21 = (P { a: Acc::new(0).add(f).add(4).get(), b: format!("{}-{}", (String::from("ab")), f) }).sum();
            } else {
                u21 = t("t23", keep(T("v25"), 24).take());
            }
            'l26: for w in [i2s(opt(&(String::from("")))?), yield_!((if a != 5 { String::from("hello") } else { String::from("hello") }))] {
                let Some(c) = opt(&w) else {
                    return Some(f3((w.len() as i64), w, (match a { 0 => 3, n if n > 2 => n + 1, _ => f })));
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
mod p131 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = T("k1").opt() {
                yield_!((if n > 0 { String::from("x") } else { i2s(T::id(&cap)) }));
                if let Some(n) = T("k2").opt() {
                    let e: String = [[r, yield_!(String::from("four"))].concat(), [t("t3", String::from("")), t("t4", String::from("x"))].concat()].concat();
                    let mut b = keep(cap, (if ((e.len() as i64) > 3 || (e.clone()).len() % 2 == 0) { f3(3, e, n) } else { n }));
                    b = T("v5");
                }
            }
            yield_!(format!("{}-{}", (String::from("")), f3(4, String::from("ab"), 0)));
            let c = (if (((String::from("hello")).len() % 2 == 0 && 1 >= 3) && 4 <= 5) { i2s(T::take(keep(T("v7"), 6))) } else { (if ((String::from("hello")).len() % 2 == 0 || (String::from("xyz")).len() % 2 == 0) { yield_!(String::from("")) } else { [String::from("ab"), String::from("x")].concat() }) });
            let e = 'b8: {
                'l9: for w in 0..cap3((if !((c.len() as i64) < 1) { 3 } else { (if (c.len() as i64) >= 2 { (c.len() as i64) } else { 0 }) })) {
                    let mut fuel10 = Vec::from([f3((yield_!(c.clone()).len() as i64), yield_!(String::from("four")), T("k11").len()), (P { a: (yield_!(c.clone()).len() as i64), b: (if c.len() % 2 == 0 { String::from("hello") } else { String::from("hello") }) }).sum()]);
                    'l10: while let Some(w) = fuel10.pop() {
                        let P { a: e, b: c } = P { a: T::take(keep(T("v13"), 12)), b: yield_!(i2s(w)) };
                        yield_!([[String::from("xyz"), c].concat(), String::from("x")].concat());
                        r = i2s((if (String::from("x")).len() % 2 == 0 { e } else { t("t14", e) }));
                    }
                    if let Some(n) = opt(&(yield_!(String::from("four")))) && n > 1 {
                    } else if (!((String::from("hello")).len() % 2 == 0) || c.len() % 2 == 0) {
                    } else if ((String::from("")).len() % 2 == 0 && !(w >= 3)) {
                    }
                }
                if (c).len() % 2 == 0 {
                    break 'b8 Acc::new((if (String::from("four")).len() % 2 == 0 { 1 } else { 4 })).add((2 + 1)).add(res(&(String::from("")))?).get();
                }
                f3(4, format!("{}-{}", (String::from("ab")), 5), res(&(String::from("xyz")))?)
            };
            Ok((if ((String::from("x")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0) { T::take(keep(T("v16"), 15)) } else { t("t17", e) }))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut d: String = t("t1", r);
            yield_from!(Some(i2s((cap.borrow() - 3))), String::new());
            r = i2s((P { a: T::take(keep(T("v3"), 2)), b: String::from("x") }).sum());
            if let Some(n) = opt(&d) && n > 4 {
                let e = T("v4");
                'l5: for w in 0..cap3(f3(Acc::new(n).add((d.len() as i64)).add(n).get(), String::from("hello"), (n + (d.len() as i64)))) {
                    if d.len() % 2 == 0 {
                        break 'l5;
                    }
                    if ((String::from("x")).is_empty() || d.is_empty()) {
                        panic!("p6");
                    }
                    yield_!(format!("{}-{}", (String::from("x")), f3(4, String::from(""), 1)));
                }
                if e.into_n() < 2 {
                    panic!("p7");
                }
            } else if f3(cap.len(), String::from("ab"), 1) != 0 {
                let P { a: d, b: f } = P { a: (if d.len() % 2 == 0 { 3 } else { (T::take(keep(T("v9"), 8)) + (P { a: 5, b: String::from("ab") }).sum()) }), b: d };
            } else if (r).is_empty() {
                let e = T("v10");
                let c = (f3((P { a: cap.borrow(), b: d.clone() }).sum(), String::from("ab"), (match (d.len() as i64) { 0 => cap.try_send(4), n if n > 5 => n + 1, _ => e.lock() })) + (Acc::new((d.len() as i64)).add((d.len() as i64)).add(cap.try_send(2)).get() * e.lock()));
                let d = 'b11: {
                    'l12: for w in T("k13").items() {
                        yield_from!((0..0i64).map(i2s), String::new());
                    }
                    if (String::from("x")).len() % 2 == 0 {
                        break 'b11 (if c > 3 { (1 + 5) } else { (if d.len() % 2 == 0 { (d.len() as i64) } else { c }) });
                    }
                    1
                };
            }
            t("t14", cap.into_n())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            yield_!(r);
            consume(keep(keep(keep(T("v1"), T::id(&cap)), cap.id()), (yield_!(String::from("ab")).len() as i64)));
            r = String::from("x");
            'l2: for w in T("k3").items() {
                if (P { a: T("k4").id(), b: t("t5", String::from("hello")) }).sum() == 2 {
                    r = r.clone();
                    yield_!((if !((String::from("xyz")).len() % 2 == 0) { String::from("") } else { i2s(4) }));
                } else if (1 >= 4 && !(w <= 1)) {
                    let c = T("v6");
                }
                let mut fuel7 = 0;
                'l7: while fuel7 < 3 && (String::from("four")).is_empty() {
                    fuel7 += 1;
                    let (mut d, c) = (T("v8"), w);
                    let P { a: a, b: f } = P { a: (P { a: T::take(keep(T("v10"), 9)), b: r.clone() }).sum(), b: yield_!([r.clone(), i2s(3)].concat()) };
                    yield_!(f.clone());
                    if (f.len() % 2 == 0 && (f).len() % 2 == 0) {
                        return 1;
                    }
                }
            }
            let mut fuel11 = Vec::from([t("t12", T::take(cap)), Acc::new((if r.len() % 2 == 0 { (r.len() as i64) } else { (r.len() as i64) })).add(T("k13").id()).add((P { a: 2, b: r }).sum()).get()]);
            'l11: while let Some(w) = fuel11.pop() {
            }
            (if ((String::from("ab")).len() % 2 == 0 || 1 >= 2) { t("t14", 0) } else { Acc::new(5).add(0).add(3).get() })
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
            let Some(f) = opt(&(r)) else {
                return Some((if (String::from("xyz")).is_empty() { T::take(keep(T("v2"), 1)) } else { Acc::new(0).add(cap.borrow()).add(1).get() }));
            };
            let Some(d) = opt(&(yield_!(i2s(cap.borrow())))) else {
                return Some(f3(f, (if (String::from("four")).len() % 2 == 0 { String::from("xyz") } else { String::from("four") }), (if (String::from("xyz")).len() % 2 == 0 { 3 } else { cap.try_send(1) })));
            };
            let u3: i64;
            if !((yield_!(String::from("four")).len() as i64) != 3) {
                u3 = (match T::take(keep(T("v5"), 4)) { 0 => f, n if n > 3 => n + 1, _ => t("t6", cap.borrow()) });
            } else {
                u3 = f3((yield_!(String::from("xyz")).len() as i64), (if (String::from("xyz")).len() % 2 == 0 { String::from("hello") } else { String::from("four") }), Acc::new(0).add(d).add(d).get());
            }
            if !(((String::from("hello")).is_empty() && (String::from("four")).len() % 2 == 0)) {
                return None;
            }
            yield_!(i2s((if cap.try_send(0) > 2 { 4 } else { u3 })));
            let P { a: c, b: b } = P { a: (P { a: T("k7").id(), b: [format!("{}-{}", (String::from("four")), f), format!("{}-{}", (String::from("ab")), 1)].concat() }).sum(), b: String::from("") };
            let d = 'b8: {
                'l9: for w in [b, [[String::from("xyz"), String::from("x")].concat(), String::from("xyz")].concat()] {
                    yield_!(w.clone());
                    yield_!((if cap.len() > 4 { String::from("x") } else { format!("{}-{}", (String::from("xyz")), (w.len() as i64)) }));
                    let mut fuel10 = 0;
                    'l10: loop {
                        fuel10 += 1;
                        if fuel10 > 1 {
                            break 'l10;
                        }
                        let P { a: c, b: b } = P { a: d, b: [yield_!((if (w.len() as i64) >= 2 { w.clone() } else { w.clone() })), t("t11", yield_!(w.clone()))].concat() };
                        let P { a: e, b: b } = P { a: keep(T("v13"), 12).take(), b: format!("{}-{}", (b), (P { a: (P { a: cap.id(), b: String::from("ab") }).sum(), b: t("t14", w.clone()) }).sum()) };
                    }
                    let mut fuel15 = 0;
                    'l15: loop {
                        fuel15 += 1;
                        if fuel15 > 1 {
                            break 'l15;
                        }
                        let [d, _, _] = [(P { a: (if ((String::from("four")).len() % 2 == 0 && w.len() % 2 == 0) { 3 } else { f3(d, w.clone(), (w.len() as i64)) }), b: w.clone() }).sum(), (((w.len() as i64) * c) + cap.borrow()), cap.id()];
                        if ((!(cap.lock() == 5) || f >= 4) && (w.is_empty() && cap.lock() == 0)) {
                            break 'b8 (match (P { a: 1, b: w.clone() }).sum() { 0 => t("t16", c), n if n > 4 => n + 1, _ => t("t17", 4) });
                        }
                        r = format!("{}-{}", w, 5);
                    }
                }
                if ((String::from("hello")).len() % 2 == 0 && (f > 5 && (String::from("four")).len() % 2 == 0)) {
                    break 'b8 cap.borrow();
                }
                T::take(keep(T("v19"), 18))
            };
            if !(((String::from("x")).len() % 2 == 0 || (String::from("")).is_empty())) {
                panic!("p20");
            }
            let Some(d) = opt(&(String::from("x"))) else {
                return Some(4);
            };
            match (cap.id(), format!("{}-{}", (format!("{}-{}", (String::from("four")), 4)), (P { a: (d - u3), b: [String::from("four"), String::from("x")].concat() }).sum())) {
                (0, n) => {
                    let a: T = keep(cap, f);
                }
                (_, n) if n.len() > 3 => {
                    let mut fuel21 = 0;
                    'l21: loop {
                        fuel21 += 1;
                        if fuel21 > 1 {
                            break 'l21;
                        }
                        consume(keep(T("v22"), opt(&(String::from("ab")))?));
                    }
                }
                (_, n) => {
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
mod p135 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            'l2: for w in T("k3").items() {
                drop(keep(T("v4"), t("t5", Acc::new((r.len() as i64)).add(w).add(w).get())));
                yield_from!([String::from("ab"), i2s((if (r.clone()).len() % 2 == 0 { 2 } else { (r.len() as i64) }))], String::new());
                let mut fuel6 = Vec::from([f3(f3(d.lock(), r.clone(), 4), yield_!(r.clone()), (yield_!(String::from("four")).len() as i64)), w]);
                'l6: while let Some(w) = fuel6.pop() {
                    yield_!(t("t7", i2s(1)));
                    let mut b = (match (T("k8").id() + Acc::new(1).add(T::id(&cap)).add(0).get()) { 0 => w, n if n > 1 => n + 1, _ => res(&(r.clone()))? });
                }
            }
            let d = T("v9");
             {
                let b = i2s((yield_!([r.clone(), String::from("xyz")].concat()).len() as i64));
                if !(((b.len() as i64) == 1 || (r.len() as i64) < 1)) {
                    panic!("p10");
                }
            }
            Ok((r.len() as i64))
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
mod p137 {
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
                    let a = 'l8: loop {
                        fuel8 += 1;
                        if fuel8 > 2 {
                            break 'l8 b;
                        }
                        yield_from!([format!("{}-{}", (r.clone()), (P { a: e, b: r.clone() }).sum()), i2s(T("k9").len())], String::new());
                        drop(T("v10"));
                        if (String::from("xyz")).is_empty() {
                            return (P { a: f3(e, String::from("four"), b), b: r.clone() }).sum();
                        }
                    };
                }
                n if n > 3 => {
                    let e: String = t("t11", t("t12", yield_!(r.clone())));
                }
                n => {
                }
            }
            (yield_!(r).len() as i64)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let e = T("k2").len();
                yield_!([String::from("xyz"), r].concat());
                if f3(cap.borrow(), String::from(""), e) < 3 {
                    break 'b1;
                }
            }
            if let Some(n) = opt(&(format!("{}-{}", (String::from("hello")), opt(&(String::from("")))?))) {
                drop(cap);
                if (t("t3", String::from("ab"))).len() % 2 == 0 {
                    let e = (yield_!((if n >= 0 { t("t4", String::from("hello")) } else { t("t5", String::from("xyz")) })).len() as i64);
                    yield_from!(Some(String::from("four")), String::new());
                    if (yield_!(String::from("x"))).is_empty() {
                        panic!("p6");
                    }
                }
                yield_!(format!("{}-{}", (String::from("")), opt(&(String::from("four")))?));
            } else if ((String::from("ab")).len() % 2 == 0 || cap.len() == 3) {
                match (cap.borrow(), [[(if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("four") }), format!("{}-{}", (String::from("")), T::id(&cap))].concat(), t("t7", i2s(5))].concat()) {
                    (0, n) => {
                        yield_!(String::from("ab"));
                        let mut d = n;
                        if t("t8", Some(T("k9")).unwrap().id()) < 1 {
                            return None;
                        }
                    }
                    (_, n) if n.len() > 3 => {
                        let d = T("v10");
                    }
                    (_, n) => {
                    }
                }
            }
            Some(t("t11", (yield_!(String::from("ab")).len() as i64)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let d = T("v1");
            'l2: for w in 0..cap3(((match 4 { 0 => 5, n if n > 0 => n + 1, _ => 3 }) - (r.len() as i64))) {
                'l3: for w in 0..cap3(res(&(String::from("hello")))?) {
                    let mut e = T("v4");
                    let b = e;
                }
                yield_from!(Some(r.clone()), String::new());
                drop(keep(T("v5"), Acc::new(5).add(T("k6").len()).add(Acc::new((r.len() as i64)).add(5).add(w).get()).get()));
            }
            let mut b = (if (String::from("")).len() % 2 == 0 { r.clone() } else { r.clone() });
            let u7: T;
            yield_!((if (r).is_empty() { i2s((b.len() as i64)) } else { (if (b.len() as i64) != 4 { String::from("hello") } else { String::from("xyz") }) }));
            if ((b.clone()).len() % 2 == 0 || ((cap.id() < 3 || cap.id() < 4) && ((b.len() as i64) >= 2 && (b.len() as i64) > 3))) {
                u7 = keep(T("v8"), res(&b)?);
            } else {
                u7 = keep(T("v9"), (if 2 > 2 { 2 } else { 0 }));
            }
            Ok(res(&b)?)
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
mod p141 {
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
mod p142 {
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
                            yield_!([i2s(c), i2s(n)].concat());
                        }
                        _ => {
                        }
                    }
                    if (!(c <= 1) || c != 0) {
                        break 'b12 (match t("t16", c) { 0 => f3(1, String::from("hello"), 2), n if n > 4 => n + 1, _ => c });
                    }
                    (c * f3(3, String::from(""), 0))
                };
                if (String::from("")).is_empty() {
                    break 'b11 (match (if (String::from("ab")).len() % 2 == 0 { 4 } else { f }) { 0 => res(&(String::from("x")))?, n if n > 0 => n + 1, _ => (1 - 3) });
                }
                res(&(String::from("hello")))?
            };
            Err(t("t17", [String::from("x"), String::from("four")].concat()))
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
                    yield_from!([t("t12", [r.clone(), String::from("x")].concat()), (if (r.clone()).len() % 2 == 0 { r.clone() } else { format!("{}-{}", r, w) })], String::new());
                    consume(T("v13"));
                }
                r = i2s(cap.try_send(3));
                if let Some(n) = opt(&r) && n > 3 {
                    let mut c = keep(keep(cap, n), n);
                } else if r.len() % 2 == 0 {
                } else if ((r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) || !(2 < 4)) {
                }
            }
            (if r.is_empty() { f3((r.len() as i64), r.clone(), (r.len() as i64)) } else { 3 })
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
                let e = 'l10: loop {
                    fuel10 += 1;
                    if fuel10 > 1 {
                        break 'l10 f3(f3(b, String::from("xyz"), cap.id()), [String::from("four"), String::from("")].concat(), res(&(String::from("hello")))?);
                    }
                    let e = [[(if b < 2 { String::from("four") } else { String::from("ab") }), yield_!(String::from("xyz"))].concat(), yield_!((if b >= 4 { String::from("four") } else { String::from("ab") }))].concat();
                    yield_!(e);
                    let mut a: i64 = (yield_!(t("t11", t("t12", String::from("ab")))).len() as i64);
                    yield_from!([[t("t13", String::from("xyz")), [String::from("ab"), String::from("ab")].concat()].concat(), String::from("hello")], String::new());
                };
                let Some(c) = opt(&(yield_!(t("t14", String::from("four"))))) else {
                    return Ok(t("t15", (match e { 0 => 1, n if n > 5 => n + 1, _ => 5 })));
                };
                if 3 <= 5 {
                    return Err((if (String::from("four")).len() % 2 == 0 { yield_!(String::from("hello")) } else { String::from("x") }));
                }
            }
            let u16: T;
            yield_!(t("t17", i2s(3)));
            if (String::from("x")).is_empty() {
                u16 = keep(T("v18"), (match b { 0 => b, n if n > 4 => n + 1, _ => cap.borrow() }));
            } else {
                u16 = cap;
            }
            let f = 'b19: {
                'l20: for w in T("k21").items() {
                    if (String::from("xyz")).len() % 2 == 0 {
                        panic!("p22");
                    }
                    'b23: {
                        if T::take(keep(T("v25"), 24)) <= 4 {
                            return Ok(w);
                        }
                        if (((String::from("xyz")).is_empty() || ((String::from("")).len() % 2 == 0 || u16.lock() >= 0)) && res(&(String::from("xyz")))? >= 5) {
                            return Ok(u16.try_send(3));
                        }
                        if ((String::from("xyz")).is_empty() && (String::from("four")).is_empty()) {
                            break 'b23;
                        }
                    }
                    let mut fuel26 = 0;
                    let d = 'l26: loop {
                        fuel26 += 1;
                        if fuel26 > 1 {
                            break 'l26 Acc::new(Acc::new(5).add(u16.id()).add(w).get()).add(t("t27", 2)).add(Acc::new(w).add(T::id(&u16)).add(4).get()).get();
                        }
                    };
                }
                if (String::from("xyz")).is_empty() {
                    break 'b19 T::take(keep(T("v29"), 28));
                }
                u16.into_n()
            };
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
                    yield_from!((0..1i64).map(i2s), String::new());
                    consume(T("v7"));
                }
                yield_from!([i2s(e), (if (c).is_empty() { format!("{}-{}", (String::from("four")), cap.id()) } else { t("t8", String::from("four")) })], String::new());
                yield_!(format!("{}-{}", (String::from("ab")), t("t9", e)));
            }
            Err(i2s(t("t10", e)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 res(&r)?;
                }
                let mut fuel2 = 0;
                'l2: while fuel2 < 1 && (match (r.len() as i64) { 0 => cap.borrow(), n if n > 3 => n + 1, _ => (r.len() as i64) }) >= 2 {
                    fuel2 += 1;
                    yield_from!((0..1i64).map(i2s), String::new());
                    if r.len() % 2 == 0 {
                        return Ok((yield_!(r.clone()).len() as i64));
                    }
                }
                yield_!(t("t3", String::from("x")));
                yield_from!([format!("{}-{}", r, T::take(keep(T("v5"), 4))), r.clone()], String::new());
            };
            let mut fuel6 = 0;
            'l6: while fuel6 < 1 && ((e > 0 || r.len() % 2 == 0) && r.is_empty()) {
                fuel6 += 1;
                let c = T("v7");
                yield_!(String::from("xyz"));
            }
            consume(cap);
            let u8: String;
            yield_!(format!("{}-{}", r, (match (r.len() as i64) { 0 => 1, n if n > 5 => n + 1, _ => 0 })));
            if r.len() % 2 == 0 {
                u8 = format!("{}-{}", (String::from("")), f3((r.len() as i64), r.clone(), (r.len() as i64)));
            } else {
                u8 = [[r, String::from("xyz")].concat(), yield_!(String::from("xyz"))].concat();
            }
            'b9: {
                let mut f = T("v10");
                if (u8.is_empty() || (u8.len() as i64) >= 0) {
                    break 'b9;
                }
            }
             {
                'l11: for w in T("k12").items() {
                    r = (if (1 < 5 || (e > 2 && w >= 4)) { format!("{}-{}", (String::from("four")), keep(T("v16"), 15).take()) } else { format!("{}-{}", (u8.clone()), res(&(u8.clone()))?) });
                    let mut fuel17 = 0;
                    'l17: while fuel17 < 2 && (P { a: 1, b: String::from("ab") }).sum() >= 1 {
                        fuel17 += 1;
                        let P { a: c, b: f } = P { a: (if (u8.clone()).is_empty() { t("t18", T("k19").len()) } else { (yield_!(String::from("x")).len() as i64) }), b: format!("{}-{}", ((if (u8.clone()).len() % 2 == 0 { String::from("xyz") } else { u8.clone() })), f3(w, i2s((r.len() as i64)), f3(w, r.clone(), (u8.len() as i64)))) };
                        let mut a = (yield_!((if (1 != 5 || c > 5) { t("t20", r.clone()) } else { f })).len() as i64);
                    }
                }
            }
            Ok(Acc::new(t("t21", e)).add((4 + 2)).add(3).get())
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
            'l1: for w in 0..cap3(T("k2").into_n()) {
                'l3: for w in [String::from("xyz"), String::from("four")] {
                    yield_!(String::from("x"));
                    yield_!(i2s((match (r.len() as i64) { 0 => 5, n if n > 0 => n + 1, _ => 0 })));
                }
                yield_!(i2s((match cap.len() { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => (r.len() as i64) })));
            }
            r = yield_!([[r, String::from("")].concat(), (if cap.borrow() >= 2 { String::from("hello") } else { String::from("") })].concat());
            if let Some(n) = opt(&(i2s(5))) && n > 2 {
                let d = 'b4: {
                    let Some(f) = opt(&r) else {
                        return Some(n);
                    };
                    if ((r.len() as i64) >= 3 || r.len() % 2 == 0) {
                        break 'b4 (r.len() as i64);
                    }
                    (yield_!(format!("{}-{}", (r), f)).len() as i64)
                };
                let Some(e) = opt(&(format!("{}-{}", (String::from("four")), (P { a: n, b: String::from("hello") }).sum()))) else {
                    return Some(d);
                };
                'l5: for w in [yield_!((if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("four") })), [t("t6", String::from("xyz")), t("t7", String::from("four"))].concat()] {
                    r = yield_!(format!("{}-{}", w, Acc::new((w.len() as i64)).add(5).add(cap.borrow()).get()));
                    r = String::from("x");
                    yield_from!((0..2i64).map(i2s), String::new());
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
mod p148 {
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
                    let u5: String;
                    yield_!((if (c != 0 || r.len() % 2 == 0) { i2s((r.len() as i64)) } else { (if r.len() % 2 == 0 { r.clone() } else { String::from("xyz") }) }));
                    if r.len() % 2 == 0 {
                        u5 = r.clone();
                    } else {
                        u5 = [yield_!(String::from("ab")), [r.clone(), r.clone()].concat()].concat();
                    }
                    if u5.is_empty() {
                        panic!("p6");
                    }
                }
            }
            r = i2s((if (String::from("")).is_empty() { (yield_!(String::from("x")).len() as i64) } else { t("t7", 0) }));
            let f = 'b8: {
                if (String::from("four")).len() % 2 == 0 {
                    return Some(t("t9", cap.try_send(3)));
                }
                'l10: for w in 0..cap3((yield_!(t("t11", r)).len() as i64)) {
                    if (2 != 3 && (((String::from("ab")).len() % 2 == 0 || cap.lock() > 3) && w > 5)) {
                        let P { a: d, b: a } = P { a: t("t12", w), b: yield_!(t("t13", i2s(w))) };
                        let mut d = T("v14");
                    } else if (String::from("")).len() % 2 == 0 {
                        let mut c = f3((P { a: w, b: [String::from("four"), String::from("xyz")].concat() }).sum(), yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("") })), T("k15").into_n());
                    }
                    consume(T("v16"));
                }
                if ((5 <= 3 && (String::from("ab")).len() % 2 == 0) && ((String::from("x")).len() % 2 == 0 || (String::from("x")).len() % 2 == 0)) {
                    break 'b8 t("t17", cap.into_n());
                }
                opt(&(String::from("ab")))?
            };
            yield_!(t("t18", [String::from("x"), String::from("ab")].concat()));
            let mut fuel19 = 0;
            'l19: loop {
                fuel19 += 1;
                if fuel19 > 1 {
                    break 'l19;
                }
                if T::take(keep(T("v21"), 20)) >= 3 {
                    panic!("p22");
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
mod p149 {
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
            yield_!(e.clone());
            Ok(cap.borrow())
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
            let e = 'b8: {
                let u9: i64;
                if (r.is_empty() && !(r.len() % 2 == 0)) {
                    u9 = (yield_!([r, String::from("ab")].concat()).len() as i64);
                } else {
                    u9 = (match (5 - (r.len() as i64)) { 0 => T::take(keep(T("v11"), 10)), n if n > 2 => n + 1, _ => (r.len() as i64) });
                }
                if (String::from("four")).is_empty() {
                    break 'b8 0;
                }
                T::take(keep(T("v13"), 12))
            };
            let (mut b, f) = (keep(T("v14"), e), Some(T("k15")).unwrap().id());
            Some(b.lock())
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
            let f = 'b1: {
                if ((r.is_empty() && ((r.len() as i64) == 4 || cap.len() <= 2)) && !(((String::from("xyz")).len() % 2 == 0 || 1 == 5))) {
                    panic!("p2");
                }
                if (r.clone()).len() % 2 == 0 {
                    break 'b1 (5 + ((r.len() as i64) * cap.lock()));
                }
                f3(T::take(cap), r, T("k3").id())
            };
            yield_!(i2s(f));
            r = String::from("x");
            if let Some(n) = T("k4").opt() {
                let Some(b) = opt(&r) else {
                    return f3((f - 2), r, f3(n, String::from("x"), n));
                };
                match (Acc::new((match t("t5", b) { 0 => f3(4, String::from("four"), 3), n if n > 2 => n + 1, _ => 3 })).add(t("t6", (yield_!(String::from("")).len() as i64))).add(T::take(keep(T("v8"), 7))).get(), yield_!(format!("{}-{}", (String::from("xyz")), 2))) {
                    (0, n) => {
                        let a = (if (5 * 2) >= 5 { n.clone() } else { format!("{}-{}", n, (P { a: f, b: String::from("") }).sum()) });
                    }
                    (_, n) if n.len() > 0 => {
                    }
                    (_, n) => {
                    }
                }
            }
            Acc::new(f).add(f).add((yield_!(String::from("hello")).len() as i64)).get()
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
mod p153 {
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
                                yield_from!(Some(i2s((match T::id(&cap) { 0 => cap.len(), n if n > 2 => n + 1, _ => cap.id() }))), String::new());
                            }
                            n if n > 1 => {
                                yield_!(t("t3", [String::from("ab"), String::from("four")].concat()));
                                yield_!((if (String::from("hello")).is_empty() { String::from("xyz") } else { [String::from("hello"), String::from("hello")].concat() }));
                                if (String::from("ab")).is_empty() {
                                    return Some((P { a: 2, b: t("t4", String::from("ab")) }).sum());
                                }
                            }
                            _ => {
                                let mut b = (f3(2, yield_!(String::from("hello")), t("t5", 0)) * (if (cap.try_send(1) >= 3 || cap.try_send(4) >= 4) { (if cap.borrow() < 0 { 2 } else { 4 }) } else { 4 }));
                                let [d, _, _] = [b, (if (String::from("")).is_empty() { (match b { 0 => f3(1, String::from("hello"), cap.len()), n if n > 5 => n + 1, _ => Acc::new(0).add(b).add(b).get() }) } else { (yield_!(t("t6", String::from("four"))).len() as i64) }), (yield_!((if (b > 0 && (String::from("x")).len() % 2 == 0) { String::from("x") } else { String::from("ab") })).len() as i64)];
                            }
                        }
                    }
                    consume(cap);
                    'l7: for w in 0..cap3(Some(T("k8")).unwrap().id()) {
                        yield_!(t("t9", [String::from(""), String::from("four")].concat()));
                        r = i2s(opt(&(String::from("xyz")))?);
                        let (mut a, b) = (T("v10"), (P { a: (match f3(5, String::from("hello"), 2) { 0 => opt(&r)?, n if n > 0 => n + 1, _ => Acc::new(3).add((r.len() as i64)).add((r.len() as i64)).get() }), b: [yield_!(String::from("ab")), format!("{}-{}", (r.clone()), w)].concat() }).sum());
                    }
                }
                n if n > 2 => {
                     {
                        let mut d = keep(T("v11"), ((r.len() as i64) * (yield_!(String::from("")).len() as i64)));
                        'l12: for w in T("k13").items() {
                            d = T("v14");
                            drop(T("v15"));
                            if t("t16", (match (r.len() as i64) { 0 => 3, n if n > 0 => n + 1, _ => (r.len() as i64) })) <= 5 {
                                panic!("p17");
                            }
                            let e = (match w { 0 => cap.try_send(2), n if n > 4 => n + 1, _ => (if ((r.clone()).len() % 2 == 0 || r.len() % 2 == 0) { 2 } else { (P { a: w, b: String::from("xyz") }).sum() }) });
                        }
                    }
                    let mut fuel18 = Vec::from([n, Acc::new(opt(&(r.clone()))?).add((r.len() as i64)).add((if r.len() % 2 == 0 { n } else { 4 })).get()]);
                    'l18: while let Some(w) = fuel18.pop() {
                        let d = T("v19");
                    }
                }
                n => {
                }
            }
            Some((P { a: f3(1, String::from("ab"), 2), b: (if (String::from("ab")).len() % 2 == 0 { String::from("") } else { String::from("") }) }).sum())
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
            let u1: String;
            yield_!((if (r.len() % 2 == 0 && (r).len() % 2 == 0) { format!("{}-{}", (String::from("hello")), 3) } else { (if 0 == 0 { String::from("four") } else { String::from("hello") }) }));
            if t("t2", (if 3 == 0 { cap.id() } else { 3 })) > 0 {
                u1 = [yield_!(String::from("")), String::from("ab")].concat();
            } else {
                u1 = String::from("x");
            }
            let u3: T;
            yield_!(String::from("hello"));
            if (u1.is_empty() || (0 >= 5 && ((String::from("xyz")).len() % 2 == 0 || (u1.len() as i64) != 1))) {
                u3 = cap;
            } else {
                u3 = cap;
            }
            yield_!([u1, i2s(u3.lock())].concat());
            if !(!((String::from("")).len() % 2 == 0)) {
                panic!("p4");
            }
             {
                if let Some(n) = T("k5").opt() {
                    let mut fuel6 = 0;
                    'l6: while fuel6 < 2 && (String::from("ab")).is_empty() {
                        fuel6 += 1;
                        let mut e = n;
                        yield_from!((0..0i64).map(i2s), String::new());
                        let b = u3.len();
                    }
                    'l7: for w in [i2s((if (String::from("x")).len() % 2 == 0 { u3.try_send(1) } else { 4 })), String::from("")] {
                        consume(T("v8"));
                        let b = T::id(&u3);
                    }
                }
            }
            (yield_!(t("t9", String::from("four"))).len() as i64)
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
                        let f = 'b2: {
                            yield_!((if ((r.clone()).len() % 2 == 0 && cap.id() >= 5) { (if r.len() % 2 == 0 { r.clone() } else { r.clone() }) } else { format!("{}-{}", r, n) }));
                            yield_from!([t("t3", (if T::id(&cap) <= 5 { r } else { r })), String::from("ab")], String::new());
                            let e = cap;
                            if (String::from("ab")).is_empty() {
                                break 'b2 e.try_send(1);
                            }
                            (match 4 { 0 => (n + n), n if n > 1 => n + 1, _ => T("k4").into_n() })
                        };
                        'l5: for w in [String::from("ab"), i2s(t("t6", n))] {
                            yield_!(format!("{}-{}", (String::from("")), t("t7", (w.len() as i64))));
                            if (T::take(keep(T("v9"), 8)) >= 5 && n > 0) {
                                return Ok(T("k10").into_n());
                            }
                            yield_from!((0..1i64).map(i2s), String::new());
                        }
                        if ((P { a: n, b: String::from("x") }).sum() * n) != 2 {
                            panic!("p11");
                        }
                        if (!(3 > 0) || (String::from("xyz")).is_empty()) {
                            break 'b1;
                        }
                    }
                    match T::take(keep(T("v13"), 12)) {
                        0 => {
                            let b: T = T("v14");
                        }
                        n if n > 2 => {
                            drop(keep(T("v15"), Acc::new((match n { 0 => 1, n if n > 2 => n + 1, _ => n })).add(t("t16", n)).add(keep(T("v18"), 17).take()).get()));
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
            Err(yield_!(t("t19", String::from("x"))))
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
                yield_!(format!("{}-{}", (String::from("x")), T("k1").id()));
            }
            let c = 'b2: {
                let b = keep(T("v3"), (r.len() as i64));
                if ((3 != 4 || T::id(&cap) != 0) || (r.len() % 2 == 0 || (r.len() as i64) <= 1)) {
                    break 'b2 (T::take(keep(T("v5"), 4)) - (r.len() as i64));
                }
                5
            };
            let f: T = keep(T("v6"), Acc::new(3).add(T("k7").len()).add(cap.borrow()).get());
            r = yield_!(d.clone());
            if (yield_!(d).len() as i64) == 0 {
                return Some(Acc::new((match 1 { 0 => 5, n if n > 3 => n + 1, _ => f.lock() })).add((if (r.len() as i64) >= 5 { c } else { T::id(&cap) })).add(f3(c, r.clone(), (r.len() as i64))).get());
            }
            Some((P { a: Acc::new(c).add((r.len() as i64)).add(c).get(), b: r }).sum())
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let Some(f) = opt(&(format!("{}-{}", (r), cap.borrow()))) else {
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
            let mut fuel4 = 0;
            'l4: while fuel4 < 1 && ((String::from("xyz")).is_empty() || (String::from("xyz")).len() % 2 == 0) {
                fuel4 += 1;
                let e = yield_!(i2s((match d { 0 => d, n if n > 3 => n + 1, _ => f })));
                 {
                    let Some(b) = opt(&e) else {
                        panic!("p5");
                    };
                }
                r = t("t6", yield_!((if d < 3 { e.clone() } else { String::from("xyz") })));
            }
            if let Some(n) = opt(&(i2s((match d { 0 => f, n if n > 5 => n + 1, _ => d })))) && n > 5 {
                r = format!("{}-{}", ((if (String::from("x")).len() % 2 == 0 { String::from("hello") } else { String::from("xyz") })), keep(T("v8"), 7).take());
                let a = r;
                'l9: for w in 0..cap3((match Some(T("k10")).unwrap().id() { 0 => n, n if n > 3 => n + 1, _ => T::take(cap) })) {
                    r = String::from("hello");
                    let a: T = T("v11");
                    yield_!((if r.is_empty() { format!("{}-{}", r, d) } else { i2s((r.len() as i64)) }));
                }
            } else {
                let f = [String::from("xyz"), (if (f <= 2 && cap.id() <= 4) { yield_!(String::from("x")) } else { yield_!(String::from("hello")) })].concat();
            }
            if (format!("{}-{}", (String::from("")), d)).is_empty() {
                if let Some(n) = opt(&(format!("{}-{}", (String::from("x")), 3))) && n > 4 {
                    if (yield_!(String::from("x"))).is_empty() {
                        panic!("p12");
                    }
                } else if ((String::from("hello")).is_empty() || ((String::from("four")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0)) {
                } else {
                }
            } else if !(!((String::from("hello")).len() % 2 == 0)) {
            } else if !(((String::from("four")).len() % 2 == 0 || (String::from("four")).len() % 2 == 0)) {
            }
            (yield_!(String::from("ab")).len() as i64)
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = 'b1: {
                let Some(d) = opt(&(yield_!(String::from("hello")))) else {
                    return Some((yield_!([String::from("xyz"), String::from("ab")].concat()).len() as i64));
                };
                'l2: for w in 0..cap3(cap.try_send(0)) {
                    'l3: for w in T("k4").items() {
                        yield_!([t("t5", r.clone()), [r.clone(), r.clone()].concat()].concat());
                        yield_from!([format!("{}-{}", r, (P { a: (r.len() as i64), b: String::from("xyz") }).sum()), String::from("four")], String::new());
                        let P { a: b, b: e } = P { a: T("k6").id(), b: t("t7", format!("{}-{}", r, w)) };
                    }
                    yield_!(String::from("x"));
                    'l8: for w in [yield_!(format!("{}-{}", (String::from("xyz")), d)), i2s(opt(&r)?)] {
                        let mut a = T("v9");
                        let mut c = (opt(&w)? + a.into_n());
                        r = yield_!(format!("{}-{}", (r.clone()), (P { a: 1, b: w }).sum()));
                        if opt(&(String::from("ab")))? != 4 {
                            return Some((r.len() as i64));
                        }
                    }
                    let mut fuel10 = 0;
                    'l10: loop {
                        fuel10 += 1;
                        if fuel10 > 3 {
                            break 'l10;
                        }
                        let P { a: a, b: c } = P { a: (r.len() as i64), b: i2s(w) };
                        yield_!(String::from("xyz"));
                    }
                }
                if (r).is_empty() {
                    break 'b1 T::take(cap);
                }
                opt(&(String::from("ab")))?
            };
            if !((String::from("x")).is_empty()) {
                panic!("p11");
            }
            let Some(d) = opt(&([yield_!(String::from("x")), String::from("xyz")].concat())) else {
                panic!("p12");
            };
            r = (if (String::from("ab")).is_empty() { format!("{}-{}", (String::from("ab")), Acc::new(d).add(d).add(d).get()) } else { [i2s(2), (if (String::from("")).len() % 2 == 0 { String::from("") } else { String::from("") })].concat() });
            if (t("t13", r)).is_empty() {
                panic!("p14");
            }
            yield_!(i2s(d));
            Some((yield_!(t("t15", String::from("hello"))).len() as i64))
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
mod p162 {
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
                        yield_from!((0..1i64).map(i2s), String::new());
                        yield_!(format!("{}-{}", r, cap.len()));
                    }
                    n => {
                        yield_!(t("t8", format!("{}-{}", (r.clone()), (r.len() as i64))));
                        let mut d = T("v9");
                    }
                }
                'l10: for w in [String::from("ab"), t("t11", r.clone())] {
                    r = (if T::id(&cap) != 3 { yield_!(String::from("xyz")) } else { format!("{}-{}", (String::from("ab")), (if (r.len() as i64) != 4 { 3 } else { c })) });
                    yield_!(String::from("xyz"));
                    let [a, _, _] = [t("t12", c), cap.len(), T("k13").len()];
                    let a = f3((4 + ((w.len() as i64) * c)), yield_!(String::from("four")), cap.id());
                }
                consume(T("v14"));
            }
            match T("k15").len() {
                0 => {
                    let (mut a, e) = (cap, ((r.len() as i64) + f3(3, (if (r).len() % 2 == 0 { String::from("x") } else { String::from("") }), (yield_!(String::from("four")).len() as i64))));
                }
                n if n > 5 => {
                }
                n => {
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
mod p163 {
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
                        yield_from!((0..1i64).map(i2s), String::new());
                        r = r.clone();
                    }
                    n if n > 4 => {
                        consume(keep(keep(T("v3"), (r.len() as i64)), (yield_!(i2s(5)).len() as i64)));
                    }
                    n => {
                        let P { a: b, b: c } = P { a: 2, b: [i2s((match n { 0 => 4, n if n > 5 => n + 1, _ => n })), i2s((r.len() as i64))].concat() };
                    }
                }
                 {
                    consume(keep(T("v4"), (match t("t5", 3) { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => Acc::new(cap.lock()).add((r.len() as i64)).add(cap.len()).get() })));
                    if let Some(n) = opt(&r) {
                        let [a, _, _] = [(P { a: f3((match (r.len() as i64) { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => cap.try_send(3) }), String::from("hello"), Acc::new(n).add(cap.len()).add(cap.len()).get()), b: i2s(Some(T("k6")).unwrap().id()) }).sum(), Acc::new((match (match T::id(&cap) { 0 => n, n if n > 4 => n + 1, _ => (r.len() as i64) }) { 0 => keep(T("v8"), 7).take(), n if n > 5 => n + 1, _ => (if cap.len() <= 5 { n } else { n }) })).add(T::take(keep(T("v10"), 9))).add(T("k11").len()).get(), Acc::new(keep(keep(T("v13"), n), 12).take()).add(n).add(cap.lock()).get()];
                        if !(((String::from("ab")).len() % 2 == 0 || (n >= 1 || (r.len() as i64) <= 3))) {
                            break 'l1;
                        }
                    } else if (String::from("ab")).is_empty() {
                        yield_!(r.clone());
                        let b = (match Acc::new(t("t14", (r.len() as i64))).add((match (r.len() as i64) { 0 => 4, n if n > 0 => n + 1, _ => (r.len() as i64) })).add(cap.borrow()).get() { 0 => T("k15").len(), n if n > 5 => n + 1, _ => (if !((String::from("x")).len() % 2 == 0) { T("k16").id() } else { Some(T("k17")).unwrap().id() }) });
                    } else {
                        r = (if !(r.len() % 2 == 0) { yield_!(i2s(1)) } else { t("t18", yield_!(String::from("hello"))) });
                        if ((r.len() as i64) >= 3 || ((r.len() % 2 == 0 && r.len() % 2 == 0) || r.len() % 2 == 0)) {
                            return Err(t("t19", r.clone()));
                        }
                        let P { a: a, b: e } = P { a: Acc::new(cap.try_send(3)).add((P { a: ((r.len() as i64) - (r.len() as i64)), b: i2s(cap.len()) }).sum()).add((P { a: res(&(String::from("x")))?, b: format!("{}-{}", r, 0) }).sum()).get(), b: yield_!([t("t20", String::from("ab")), i2s(2)].concat()) };
                    }
                    if (format!("{}-{}", (r.clone()), 2)).len() % 2 == 0 {
                        panic!("p21");
                    }
                }
                if !((5 == 5 || (r.clone()).is_empty())) {
                    panic!("p22");
                }
            }
            match T("k23").len() {
                0 => {
                    'l24: for w in 0..cap3(((match (r.len() as i64) { 0 => cap.lock(), n if n > 3 => n + 1, _ => cap.borrow() }) * T::take(keep(T("v26"), 25)))) {
                        if r.len() % 2 == 0 {
                            panic!("p27");
                        }
                        yield_!(String::from(""));
                    }
                }
                n if n > 0 => {
                }
                n => {
                }
            }
            Ok((f3((r.len() as i64), String::from(""), cap.try_send(0)) + (P { a: cap.len(), b: r }).sum()))
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
mod p165 {
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
                        yield_!((if (n).len() % 2 == 0 { i2s((r.len() as i64)) } else { t("t2", r.clone()) }));
                    }
                    (_, n) if n.len() > 2 => {
                    }
                    (_, n) => {
                    }
                }
            }
            Err(i2s(cap.try_send(5)))
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
                let c = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 3 {
                        break 'l6 t("t7", T("k8").id());
                    }
                    let Some(f) = opt(&(yield_!([String::from("ab"), r.clone()].concat()))) else {
                        return e.try_send(4);
                    };
                    'l9: for w in [(if (r.clone()).is_empty() { i2s((r.len() as i64)) } else { yield_!(String::from("ab")) }), [(if e.id() <= 0 { String::from("xyz") } else { String::from("xyz") }), format!("{}-{}", (String::from("xyz")), e.id())].concat()] {
                        yield_!(i2s(5));
                        let a = T::take(keep(T("v11"), 10));
                    }
                };
                let Some(f) = opt(&([yield_!(String::from("")), [String::from("ab"), String::from("x")].concat()].concat())) else {
                    return c;
                };
                let mut fuel12 = 0;
                let b = 'l12: loop {
                    fuel12 += 1;
                    if fuel12 > 2 {
                        break 'l12 e.lock();
                    }
                    let mut d: T = T("v13");
                    let a = r.clone();
                    'l18: for w in T("k19").items() {
                    }
                };
            }
            (match T::take(keep(T("v21"), 20)) { 0 => (match f { 0 => f, n if n > 2 => n + 1, _ => e.try_send(3) }), n if n > 2 => n + 1, _ => f })
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
mod p168 {
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
                    yield_!((if n == 4 { String::from("hello") } else { format!("{}-{}", r, n) }));
                    'l7: for w in 0..cap3(3) {
                        drop(T("v8"));
                        let a = T("v9");
                        let f = w;
                    }
                }
                None => {
                    if let Some(n) = opt(&r) && n > 5 {
                        r = t("t10", [format!("{}-{}", (String::from("ab")), (r.len() as i64)), yield_!(r)].concat());
                        let (mut c, a) = (T("v11"), cap.id());
                    }
                }
            }
            let Some(c) = opt(&(yield_!(i2s(cap.id())))) else {
                return Some(f3((yield_!(r.clone()).len() as i64), r, (match 3 { 0 => cap.try_send(4), n if n > 0 => n + 1, _ => T::id(&cap) })));
            };
            let d = 'b12: {
                yield_from!([(if !(c > 2) { t("t13", String::from("ab")) } else { t("t14", String::from("ab")) }), format!("{}-{}", (String::from("")), f3(c, String::from(""), cap.borrow()))], String::new());
                yield_!(i2s(T::take(keep(T("v16"), 15))));
                if (String::from("hello")).len() % 2 == 0 {
                    break 'b12 5;
                }
                c
            };
            yield_!([String::from("xyz"), String::from("x")].concat());
            let (mut f, a) = (T("v17"), t("t18", (yield_!((if (String::from("ab")).len() % 2 == 0 { String::from("ab") } else { String::from("hello") })).len() as i64)));
            'l19: for w in [yield_!(format!("{}-{}", (String::from("x")), f.len())), (if (String::from("hello")).is_empty() { [String::from("hello"), String::from("")].concat() } else { [String::from("hello"), String::from("hello")].concat() })] {
            }
            Some(t("t20", T::take(keep(T("v22"), 21))))
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
            let mut fuel1 = 0;
            let b = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 cap.try_send(1);
                }
                let mut d = T::id(&cap);
                if let Some(n) = opt(&r) {
                    yield_!((if !((r.len() as i64) == 4) { [r.clone(), String::from("")].concat() } else { format!("{}-{}", (String::from("xyz")), 1) }));
                    yield_!(i2s((match 3 { 0 => n, n if n > 4 => n + 1, _ => n })));
                }
                if r.is_empty() {
                    return T::take(keep(T("v3"), 2));
                }
            };
            b
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
                let d = 'b14: {
                    let u15: i64;
                    if ((if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("ab") })).len() % 2 == 0 {
                        u15 = Acc::new(1).add(T::take(keep(T("v17"), 16))).add((if (String::from("x")).len() % 2 == 0 { w } else { cap.lock() })).get();
                    } else {
                        u15 = f3(w, (if (String::from("xyz")).len() % 2 == 0 { String::from("x") } else { String::from("") }), w);
                    }
                    if cap.try_send(4) >= 2 {
                        break 'b14 t("t18", (match T::id(&cap) { 0 => cap.lock(), n if n > 5 => n + 1, _ => 5 }));
                    }
                    res(&(String::from("ab")))?
                };
            }
            Ok(((cap.id() * cap.try_send(2)) - 0))
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
mod p172 {
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
                if (!((String::from("")).len() % 2 == 0) && (r.len() as i64) > 3) {
                    panic!("p2");
                }
                let mut d = (match Some(T("k3")).unwrap().id() { 0 => 4, n if n > 2 => n + 1, _ => f3((r.len() as i64), format!("{}-{}", (r.clone()), cap.id()), cap.try_send(1)) });
                yield_!((if (d < 3 || (r.clone()).len() % 2 == 0) { r.clone() } else { i2s(d) }));
            }
            let u4: String;
            yield_!(r.clone());
            if (String::from("")).is_empty() {
                u4 = r.clone();
            } else {
                u4 = format!("{}-{}", (String::from("ab")), (match cap.lock() { 0 => cap.id(), n if n > 0 => n + 1, _ => (r.len() as i64) }));
            }
            let mut c: i64 = cap.into_n();
            let Some(e) = opt(&r) else {
                return c;
            };
            yield_!(t("t6", String::from("four")));
            let e = 'b7: {
                yield_!([String::from("hello"), String::from("hello")].concat());
                 {
                    let u8: i64;
                    if f3(f3(c, r, e), u4.clone(), (e + (u4.len() as i64))) >= 1 {
                        u8 = c;
                    } else {
                        u8 = 4;
                    }
                    drop(keep(T("v9"), (u4.len() as i64)));
                    match (u4.len() as i64) {
                        0 => {
                            yield_!([i2s(c), t("t10", u4)].concat());
                            consume(T("v11"));
                            r = i2s((match T::take(keep(T("v13"), 12)) { 0 => (match e { 0 => 4, n if n > 4 => n + 1, _ => c }), n if n > 5 => n + 1, _ => (if (String::from("x")).len() % 2 == 0 { e } else { u8 }) }));
                        }
                        n if n > 1 => {
                            drop(T("v14"));
                            let a = u4;
                            let a = yield_!(String::from(""));
                        }
                        _ => {
                        }
                    }
                }
                if (String::from("xyz")).len() % 2 == 0 {
                    break 'b7 1;
                }
                (match (if c > 3 { e } else { c }) { 0 => t("t15", e), n if n > 5 => n + 1, _ => T("k16").id() })
            };
            Acc::new(t("t17", e)).add(f3(4, String::from(""), e)).add(T("k18").len()).get()
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
            let u18: T;
            yield_!(String::from("x"));
            if (t("t19", e) >= 3 && ((String::from("xyz")).len() % 2 == 0 && (r.len() as i64) != 0)) {
                u18 = T("v20");
            } else {
                u18 = T("v21");
            }
             {
            }
            Ok((P { a: res(&r)?, b: yield_!(r.clone()) }).sum())
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
            let mut e = yield_!(format!("{}-{}", r, T::id(&cap)));
             {
                if (r.len() % 2 == 0 || (r.is_empty() && (e.len() % 2 == 0 || (e.len() as i64) > 2))) {
                    panic!("p1");
                }
                let f: i64 = cap.try_send(1);
                match opt(&e) {
                    Some(n) if n < 5 => {
                        yield_!(t("t2", i2s((e.len() as i64))));
                    }
                    Some(n) => {
                    }
                    None => {
                    }
                }
            }
            f3((r.len() as i64), t("t3", r.clone()), t("t4", (r.len() as i64)))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let e = T("k1").into_n();
            'l2: for w in [yield_!(t("t3", String::from("xyz"))), format!("{}-{}", r, 5)] {
                match ((match cap.len() { 0 => 3, n if n > 3 => n + 1, _ => (P { a: (P { a: e, b: String::from("xyz") }).sum(), b: i2s(cap.id()) }).sum() }), t("t4", format!("{}-{}", w, t("t5", e)))) {
                    (0, n) => {
                        yield_!((if (n.clone()).len() % 2 == 0 { t("t6", w) } else { n }));
                    }
                    (_, n) if n.len() > 1 => {
                        consume(T("v7"));
                    }
                    (_, n) => {
                        yield_!(format!("{}-{}", (n), (e + (r.len() as i64))));
                    }
                }
                yield_!(i2s(t("t8", e)));
            }
            let u9: i64;
            if !(r.is_empty()) {
                u9 = T::take(keep(T("v11"), 10));
            } else {
                u9 = (r.len() as i64);
            }
            if let Some(n) = opt(&(String::from(""))) {
                let mut fuel12 = Vec::from([n, (r.len() as i64)]);
                'l12: while let Some(w) = fuel12.pop() {
                    if r.len() % 2 == 0 {
                        break 'l12;
                    }
                    yield_!(t("t13", String::from("x")));
                    let [d, _, _] = [T("k14").id(), (P { a: Some(T("k15")).unwrap().id(), b: format!("{}-{}", r, (cap.len() * e)) }).sum(), Some(T("k16")).unwrap().id()];
                }
                let u17: String;
                yield_!([[String::from("four"), String::from("")].concat(), format!("{}-{}", r, e)].concat());
                if !(t("t18", (r.len() as i64)) > 3) {
                    u17 = String::from("hello");
                } else {
                    u17 = i2s(u9);
                }
            }
            let (mut c, f) = (T("v19"), (P { a: (yield_!(r).len() as i64), b: format!("{}-{}", (String::from("hello")), Acc::new(5).add(1).add(u9).get()) }).sum());
            let f = keep(T("v20"), (yield_!(String::from("four")).len() as i64));
            'l21: for w in 0..cap3((P { a: T("k22").len(), b: i2s(0) }).sum()) {
            }
            T("k23").len()
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            if let Some(n) = T("k1").opt() {
                let mut fuel2 = 0;
                let a = 'l2: loop {
                    fuel2 += 1;
                    if fuel2 > 2 {
                        break 'l2 f3(t("t3", 2), format!("{}-{}", r, 2), t("t4", 5));
                    }
                    let a = keep(T("v5"), (P { a: (yield_!(r.clone()).len() as i64), b: yield_!(r.clone()) }).sum());
                    yield_!(String::from("four"));
                    let [e, _, _] = [(if ((r.clone()).len() % 2 == 0 && n == 1) { (if ((r.clone()).len() % 2 == 0 || 4 == 1) { T::take(a) } else { f3(n, r.clone(), 3) }) } else { n }), (match (yield_!(format!("{}-{}", (String::from("")), 3)).len() as i64) { 0 => Acc::new(n).add((r.len() as i64)).add((3 - T::id(&cap))).get(), n if n > 1 => n + 1, _ => (P { a: (r.len() as i64), b: t("t6", r.clone()) }).sum() }), f3(T("k7").id(), i2s(n), (P { a: 2, b: (if 4 < 1 { r.clone() } else { r.clone() }) }).sum())];
                };
                 {
                    if (r.len() % 2 == 0 && ((n <= 1 && 3 > 0) && ((r.len() as i64) != 2 && 0 < 5))) {
                        return Err(yield_!([r.clone(), r].concat()));
                    }
                }
            } else {
                yield_from!((0..0i64).map(i2s), String::new());
                let u8: String;
                yield_!(format!("{}-{}", (r.clone()), 0));
                if !((((r).len() % 2 == 0 && 2 > 3) && (String::from("four")).is_empty())) {
                    u8 = String::from("");
                } else {
                    u8 = (if (String::from("xyz")).len() % 2 == 0 { i2s(1) } else { i2s(3) });
                }
                if let Some(n) = opt(&u8) && n > 1 {
                    let P { a: e, b: a } = P { a: 3, b: (if (String::from("xyz")).is_empty() { [yield_!(String::from("x")), yield_!(String::from("four"))].concat() } else { (if (String::from("hello")).is_empty() { i2s(2) } else { i2s(4) }) }) };
                } else if (((u8).len() % 2 == 0 || (String::from("x")).len() % 2 == 0) || (4 <= 3 && (String::from("four")).len() % 2 == 0)) {
                }
            }
            Ok(T("k9").id())
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
            consume(T("v1"));
            drop(keep(keep(keep(T("v2"), 2), T::take(keep(T("v4"), 3))), 4));
             {
                'l5: for w in T("k6").items() {
                    yield_!(format!("{}-{}", (r.clone()), (if w == 3 { cap.len() } else { (r.len() as i64) })));
                    yield_from!((0..2i64).map(i2s), String::new());
                    let mut fuel7 = Vec::from([w, f3((yield_!(r.clone()).len() as i64), yield_!(r.clone()), f3(w, String::from("four"), 3))]);
                    'l7: while let Some(w) = fuel7.pop() {
                        let mut c = (match w { 0 => 5, n if n > 1 => n + 1, _ => Acc::new(f3((r.len() as i64), r.clone(), 3)).add((cap.try_send(5) + (r.len() as i64))).add(Acc::new(cap.try_send(5)).add(w).add(cap.len()).get()).get() });
                        let a: i64 = c;
                    }
                }
            }
            'l8: for w in 0..cap3(T::take(keep(keep(T("v10"), cap.lock()), 9))) {
                if let Some(n) = T("k11").opt() {
                    r = String::from("xyz");
                } else {
                    let [f, _, _] = [T::id(&cap), f3((yield_!(String::from("hello")).len() as i64), String::from("ab"), (3 + (w + (r.len() as i64)))), (r.len() as i64)];
                    let mut b = keep(T("v13"), 12).take();
                }
                let mut fuel14 = 0;
                let a = 'l14: loop {
                    fuel14 += 1;
                    if fuel14 > 1 {
                        break 'l14 Acc::new((r.len() as i64)).add(Acc::new(w).add(w).add((r.len() as i64)).get()).add(Acc::new(T::id(&cap)).add(1).add(w).get()).get();
                    }
                };
            }
            ((match (r.len() as i64) { 0 => 4, n if n > 4 => n + 1, _ => 1 }) * (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => 1 }))
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
            'b1: {
                let b = T("k2").id();
                let u3: i64;
                if !(!(!((r.len() as i64) <= 4))) {
                    u3 = f3((yield_!(r).len() as i64), String::from("hello"), (if (String::from("ab")).len() % 2 == 0 { b } else { b }));
                } else {
                    u3 = f3(T::take(keep(T("v5"), 4)), [r, String::from("four")].concat(), b);
                }
                if ((0 <= 3 || b <= 1) && !((String::from("")).len() % 2 == 0)) {
                    break 'b1;
                }
            }
            yield_!(String::from("hello"));
            let Some(d) = opt(&(format!("{}-{}", (String::from("")), keep(T("v7"), 6).take()))) else {
                return t("t8", Acc::new(4).add(0).add(2).get());
            };
            yield_!([i2s(1), (if 2 != 5 { String::from("four") } else { String::from("x") })].concat());
            let u9: i64;
            if !((String::from("xyz")).is_empty()) {
                u9 = T::take(keep(keep(T("v11"), d), 10));
            } else {
                u9 = cap.borrow();
            }
            let mut fuel12 = 0;
            let c = 'l12: loop {
                fuel12 += 1;
                if fuel12 > 3 {
                    break 'l12 cap.len();
                }
                if !(u9 <= 0) {
                    panic!("p13");
                }
                let mut fuel14 = 0;
                'l14: while fuel14 < 1 && !((d > 2 && d == 1)) {
                    fuel14 += 1;
                    r = yield_!(t("t17", t("t18", String::from("four"))));
                    let (mut a, d) = (T("v19"), (if ((r.len() % 2 == 0 || 4 >= 3) || cap.borrow() >= 5) { T::take(keep(T("v21"), 20)) } else { (yield_!((if r.len() % 2 == 0 { String::from("four") } else { r.clone() })).len() as i64) }));
                }
                let mut fuel22 = Vec::from([d, T("k23").id()]);
                'l22: while let Some(w) = fuel22.pop() {
                    let (mut e, a) = (T("v24"), T::take(keep(T("v26"), 25)));
                    let d = keep(e, cap.len());
                }
            };
            if (((String::from("")).is_empty() || ((String::from("")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0)) && !(((String::from("ab")).len() % 2 == 0 && u9 != 3))) {
                panic!("p27");
            }
            if !((String::from("hello")).len() % 2 == 0) {
                panic!("p28");
            }
            let mut fuel29 = 0;
            let e = 'l29: loop {
                fuel29 += 1;
                if fuel29 > 1 {
                    break 'l29 c;
                }
                'b30: {
                    if ((String::from("ab")).is_empty() && (String::from("four")).len() % 2 == 0) {
                        r = yield_!((if (String::from("hello")).is_empty() { format!("{}-{}", (String::from("xyz")), cap.len()) } else { String::from("hello") }));
                    } else {
                    }
                    if (cap.id() > 0 && (String::from("four")).len() % 2 == 0) {
                        break 'b30;
                    }
                }
            };
            d
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
            'l1: for w in [[t("t2", r.clone()), yield_!(String::from("xyz"))].concat(), (if r.len() % 2 == 0 { i2s((r.len() as i64)) } else { yield_!(r.clone()) })] {
                yield_!(t("t3", t("t4", w.clone())));
                if (w.clone()).len() % 2 == 0 {
                    panic!("p5");
                }
                if let Some(n) = T("k6").opt() {
                    let c = t("t7", yield_!(format!("{}-{}", (w), cap.borrow())));
                    if (t("t8", String::from("xyz"))).is_empty() {
                        continue 'l1;
                    }
                }
                if r.is_empty() {
                    break 'l1;
                }
            }
            cap.len()
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
                yield_from!(Some(i2s(Acc::new(n).add(5).add(1).get())), String::new());
                if let Some(n) = T("k15").opt() {
                    if ((if (String::from("ab")).len() % 2 == 0 { String::from("hello") } else { String::from("ab") })).len() % 2 == 0 {
                        panic!("p16");
                    }
                } else {
                }
            }
            Some(T("k17").id())
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
            'l1: for w in [[t("t2", String::from("four")), [r.clone(), r.clone()].concat()].concat(), r.clone()] {
                if let Some(n) = opt(&r) && n > 1 {
                    yield_!((if r.len() % 2 == 0 { format!("{}-{}", w, n) } else { String::from("hello") }));
                    if ((!(n == 1) || cap.try_send(3) == 1) && (r.is_empty() && w.is_empty())) {
                        return f3(((r.len() as i64) + n), String::from("four"), (1 + (r.len() as i64)));
                    }
                } else if !(0 > 0) {
                    yield_!([[r.clone(), r.clone()].concat(), i2s((w.len() as i64))].concat());
                    let mut c = T("k3").into_n();
                    let (mut f, c) = (T("v4"), t("t5", (P { a: c, b: i2s((r.len() as i64)) }).sum()));
                } else if (w.clone()).is_empty() {
                    yield_!(String::from("four"));
                    let c = cap.lock();
                }
                let b = T("v6");
            }
            match (P { a: (r.len() as i64), b: r.clone() }).sum() {
                0 => {
                    if (!(r.is_empty()) && ((String::from("ab")).is_empty() && (r.len() % 2 == 0 || r.len() % 2 == 0))) {
                        return T("k7").into_n();
                    }
                    match (T::take(cap), (if ((r.len() % 2 == 0 && (r.len() as i64) < 5) || 2 <= 2) { r.clone() } else { (if (r.len() % 2 == 0 || r.len() % 2 == 0) { yield_!(r.clone()) } else { yield_!(String::from("")) }) })) {
                        (0, n) => {
                            r = r;
                        }
                        (_, n) if n.len() > 5 => {
                            drop(T("v8"));
                            let (mut c, f) = (T("v9"), T("k10").id());
                            r = t("t11", [i2s(1), t("t12", String::from("ab"))].concat());
                        }
                        (_, n) => {
                        }
                    }
                }
                n if n > 0 => {
                }
                _ => {
                }
            }
            Acc::new((r.len() as i64)).add((if r.len() % 2 == 0 { (r.len() as i64) } else { 2 })).add((yield_!(r.clone()).len() as i64)).get()
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut f = f3((r.len() as i64), i2s((r.len() as i64)), 3);
            let d = 'b1: {
                'l2: for w in 0..cap3((if (r.clone()).len() % 2 == 0 { (P { a: f, b: r }).sum() } else { (r.len() as i64) })) {
                    if !(((cap.id() <= 2 || cap.borrow() <= 0) || (String::from("xyz")).len() % 2 == 0)) {
                        panic!("p3");
                    }
                     {
                        yield_!(i2s((if (String::from("xyz")).len() % 2 == 0 { 2 } else { w })));
                        let a = t("t4", (if (String::from("four")).is_empty() { [String::from("ab"), String::from("four")].concat() } else { yield_!(String::from("")) }));
                        let e = f;
                    }
                    'l5: for w in T("k6").items() {
                        let (mut b, f) = (T("v7"), f3(cap.len(), t("t8", (if w <= 1 { String::from("xyz") } else { String::from("x") })), (yield_!(format!("{}-{}", (String::from("")), w)).len() as i64)));
                        drop(b);
                    }
                }
                if 5 <= 2 {
                    break 'b1 (f + cap.into_n());
                }
                3
            };
            Acc::new((match d { 0 => 5, n if n > 4 => n + 1, _ => d })).add((0 + 4)).add((yield_!(String::from("ab")).len() as i64)).get()
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
                    yield_from!((0..2i64).map(i2s), String::new());
                }
                if (w.clone()).is_empty() {
                    panic!("p8");
                }
                let Some(a) = opt(&a) else {
                    continue 'l4;
                };
            }
            if let Some(n) = T("k9").opt() {
            } else if ((r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) || !(cap.lock() < 3)) {
            } else if !((r.len() % 2 == 0 && cap.len() >= 4)) {
            }
            Some((match (P { a: (r.len() as i64), b: a.clone() }).sum() { 0 => T("k10").len(), n if n > 5 => n + 1, _ => (P { a: cap.len(), b: r.clone() }).sum() }))
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
            'l1: for w in T("k2").items() {
                yield_!(r.clone());
                match T("k3").len() {
                    0 => {
                        consume(T("v4"));
                    }
                    n if n > 0 => {
                        yield_from!(Some(r.clone()), String::new());
                        yield_!(r.clone());
                    }
                    n => {
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
mod p185 {
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
                    yield_!(b);
                } else if 4 <= 0 {
                    let f = T("v4");
                }
                let Some(f) = opt(&(format!("{}-{}", (String::from("")), 3))) else {
                    panic!("p5");
                };
                if (Acc::new(T::id(&cap)).add(cap.id()).add(n).get() == 5 || f < 1) {
                    let mut a = T("v6");
                }
            } else if ((T::id(&cap) == 2 && r.len() % 2 == 0) && r.len() % 2 == 0) {
            } else if Acc::new(0).add((r.len() as i64)).add((r.len() as i64)).get() < 0 {
            }
            Ok((if (String::from("xyz")).len() % 2 == 0 { 0 } else { 0 }))
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
                    yield_!(format!("{}-{}", (r.clone()), (P { a: 4, b: String::from("xyz") }).sum()));
                }
            }
            yield_from!([r, [format!("{}-{}", (String::from("")), cap.id()), t("t19", String::from("xyz"))].concat()], String::new());
            let mut fuel20 = Vec::from([(yield_!([String::from("x"), String::from("hello")].concat()).len() as i64), t("t21", Acc::new(2).add(cap.try_send(3)).add(cap.id()).get())]);
            'l20: while let Some(w) = fuel20.pop() {
            }
            Err(t("t22", yield_!(String::from("x"))))
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
mod p188 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3(f3((match 0 { 0 => cap.id(), n if n > 0 => n + 1, _ => (r.len() as i64) }), r.clone(), Acc::new(4).add(3).add((r.len() as i64)).get())) {
                'l2: for w in 0..cap3(4) {
                    yield_from!(Some(t("t3", r.clone())), String::new());
                    let d = (if !((T::id(&cap) <= 4 && w > 0)) { String::from("hello") } else { t("t4", i2s(cap.lock())) });
                }
                 {
                    let [b, _, _] = [(yield_!(t("t5", i2s((r.len() as i64)))).len() as i64), f3((P { a: (if (r.len() as i64) <= 3 { (r.len() as i64) } else { w }), b: format!("{}-{}", (String::from("hello")), w) }).sum(), yield_!([r.clone(), String::from("four")].concat()), (if !(r.len() % 2 == 0) { w } else { T::take(keep(T("v7"), 6)) })), w];
                    if !(!(0 < 3)) {
                        break 'l1;
                    }
                }
                let Some(d) = opt(&r) else {
                    continue 'l1;
                };
            }
            let a = keep(T("v8"), Acc::new(((r.len() as i64) + 4)).add((match (r.len() as i64) { 0 => 3, n if n > 4 => n + 1, _ => (r.len() as i64) })).add((if cap.borrow() >= 1 { (r.len() as i64) } else { cap.id() })).get());
            yield_!(r.clone());
            r = i2s(T::take(keep(T("v10"), 9)));
            let a: String = [(if (r.len() as i64) == 2 { i2s(T::id(&cap)) } else { yield_!(String::from("ab")) }), format!("{}-{}", (String::from("")), 5)].concat();
            let mut fuel11 = 0;
            'l11: while fuel11 < 1 && a.is_empty() {
                fuel11 += 1;
                let [b, _, _] = [0, f3(cap.id(), format!("{}-{}", (String::from("x")), (cap.borrow() + 1)), f3(Some(T("k12")).unwrap().id(), yield_!(a.clone()), t("t13", (r.len() as i64)))), f3((yield_!((if cap.try_send(2) <= 0 { String::from("xyz") } else { String::from("xyz") })).len() as i64), a.clone(), f3(T("k14").id(), (if a.len() % 2 == 0 { r.clone() } else { String::from("ab") }), cap.len()))];
                let d = 'b15: {
                    drop(keep(T("v16"), (match (yield_!(String::from("four")).len() as i64) { 0 => T("k17").id(), n if n > 4 => n + 1, _ => (P { a: 5, b: String::from("four") }).sum() })));
                    if (r.clone()).len() % 2 == 0 {
                        break 'b15 (a.len() as i64);
                    }
                    cap.len()
                };
            }
            r = r;
            let mut c = (if keep(T("v19"), 18).take() >= 3 { T::take(keep(keep(T("v21"), (r.len() as i64)), 20)) } else { (if ((r).len() % 2 == 0 && 4 > 3) { ((a.len() as i64) * 0) } else { (a.len() as i64) }) });
            cap.into_n()
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
            if let Some(n) = opt(&r) && n > 0 {
                let mut e = t("t1", i2s((match n { 0 => n, n if n > 1 => n + 1, _ => (r.len() as i64) })));
                let u2: T;
                yield_!(t("t3", e));
                if !(r.len() % 2 == 0) {
                    u2 = T("v4");
                } else {
                    u2 = cap;
                }
            }
            'l5: for w in 0..cap3((match (if (r.len() as i64) > 0 { (r.len() as i64) } else { 2 }) { 0 => f3(3, r.clone(), (r.len() as i64)), n if n > 2 => n + 1, _ => opt(&r)? })) {
                if let Some(n) = opt(&r) {
                    consume(T("v6"));
                    let a = [t("t7", t("t8", r.clone())), r.clone()].concat();
                }
                let c = (match (if (r.len() % 2 == 0 || w >= 2) { 2 } else { (yield_!(r.clone()).len() as i64) }) { 0 => w, n if n > 0 => n + 1, _ => (match opt(&(String::from("")))? { 0 => Some(T("k9")).unwrap().id(), n if n > 0 => n + 1, _ => w }) });
                let mut e: T = T("v10");
                yield_!(t("t11", String::from("hello")));
            }
             {
            }
            Some(((r.len() as i64) + (P { a: 1, b: String::from("hello") }).sum()))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let e = T("k1").id();
            let mut d: T = T("v2");
            let a = 'b3: {
                'l4: for w in [r.clone(), t("t5", [String::from("x"), r.clone()].concat())] {
                    let mut fuel6 = Vec::from([T("k7").id(), f3((match e { 0 => 4, n if n > 0 => n + 1, _ => e }), i2s((r.len() as i64)), e)]);
                    'l6: while let Some(w) = fuel6.pop() {
                        let a: T = keep(keep(T("v8"), (if (r.clone()).len() % 2 == 0 { w } else { w })), T("k9").len());
                        let P { a: a, b: e } = P { a: (yield_!(i2s(Acc::new(a.id()).add((r.len() as i64)).add(e).get())).len() as i64), b: i2s(cap.borrow()) };
                        yield_!(i2s((a - w)));
                        let mut f = yield_!(i2s(a));
                    }
                    let mut fuel10 = Vec::from([3, (match cap.borrow() { 0 => f3(3, w, e), n if n > 2 => n + 1, _ => T::take(keep(T("v12"), 11)) })]);
                    'l10: while let Some(w) = fuel10.pop() {
                        let mut b = Acc::new(e).add((match 0 { 0 => (P { a: w, b: r.clone() }).sum(), n if n > 0 => n + 1, _ => 0 })).add((r.len() as i64)).get();
                        b += (match (yield_!([r.clone(), r.clone()].concat()).len() as i64) { 0 => w, n if n > 4 => n + 1, _ => (r.len() as i64) });
                    }
                    yield_!((if (r.len() as i64) != 1 { r.clone() } else { String::from("") }));
                    'l13: for w in 0..cap3(e) {
                        let mut d = T("v14");
                        consume(d);
                        if ((if e < 2 { String::from("x") } else { String::from("hello") })).len() % 2 == 0 {
                            break 'l4;
                        }
                        if (format!("{}-{}", r, T::id(&cap))).is_empty() {
                            return T("k15").len();
                        }
                    }
                }
                if r.is_empty() {
                    break 'b3 T::take(d);
                }
                f3((r.len() as i64), format!("{}-{}", r, (r.len() as i64)), ((r.len() as i64) + e))
            };
            Acc::new((r.len() as i64)).add(e).add(e).get()
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
                if !(Acc::new(n).add(2).add(n).get() >= 1) {
                    u3 = (if (String::from("hello")).len() % 2 == 0 { opt(&(String::from("")))? } else { (P { a: n, b: String::from("") }).sum() });
                } else {
                    u3 = opt(&(String::from("four")))?;
                }
            } else {
                yield_from!((0..1i64).map(i2s), String::new());
                let mut d: String = i2s(f3((if (String::from("x")).len() % 2 == 0 { 4 } else { 4 }), i2s(5), T("k6").id()));
            }
            if ((if 1 < 3 { String::from("x") } else { String::from("xyz") })).len() % 2 == 0 {
                panic!("p7");
            }
            None
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
                    yield_!(format!("{}-{}", (r.clone()), t("t3", (r.len() as i64))));
                    let f: i64 = (r.len() as i64);
                    if ((String::from("")).len() % 2 == 0 && !(r.len() % 2 == 0)) {
                        return (T("k4").id() - (f - cap.len()));
                    }
                }
                let mut e = keep(T("v5"), f3((yield_!(r.clone()).len() as i64), [r.clone(), r.clone()].concat(), t("t6", (r.len() as i64))));
            }
            cap.borrow()
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
                yield_!([i2s(5), i2s(4)].concat());
                let a = T("k5").len();
                let P { a: c, b: f } = P { a: T("k6").into_n(), b: i2s(t("t7", (w + e))) };
            }
            let d: T = T("v8");
            Some(t("t9", (a.len() as i64)))
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
            let u6: String;
            yield_!(b.clone());
            if !(((r.len() % 2 == 0 && 3 >= 1) && ((r.len() as i64) < 3 && b.len() % 2 == 0))) {
                u6 = r;
            } else {
                u6 = format!("{}-{}", b, t("t7", 3));
            }
            if !(((b.len() % 2 == 0 || 1 < 4) && ((String::from("four")).len() % 2 == 0 && (b.len() as i64) > 0))) {
                panic!("p8");
            }
            let c: i64 = keep(cap, 9).take();
            drop(T("v10"));
            if let Some(n) = opt(&(format!("{}-{}", u6, t("t11", c)))) && n > 4 {
                if let Some(n) = opt(&u6) {
                } else if !(u6.len() % 2 == 0) {
                } else if (u6.is_empty() || (String::from("x")).len() % 2 == 0) {
                }
            } else {
            }
            Ok(T("k12").len())
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
                    yield_from!((0..1i64).map(i2s), String::new());
                    if let Some(n) = T("k5").opt() {
                        let mut b: i64 = w;
                    } else if (r.clone()).len() % 2 == 0 {
                        if (t("t6", r.clone())).len() % 2 == 0 {
                            return (f3(c, String::from("xyz"), 5) + (P { a: c, b: String::from("hello") }).sum());
                        }
                        let mut d = T("k7").id();
                    } else if w < 1 {
                        let (mut f, b) = (T("v8"), c);
                    }
                    drop(T("v9"));
                }
            }
            let mut fuel10 = 0;
            'l10: while fuel10 < 3 && (yield_!(r.clone()).len() as i64) != 1 {
                fuel10 += 1;
            }
            (P { a: Acc::new(cap.borrow()).add(0).add(cap.len()).get(), b: format!("{}-{}", r, 4) }).sum()
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
                    yield_!(w);
                }
                drop(T("v4"));
            } else {
                let e = e;
                yield_from!(Some(r.clone()), String::new());
            }
            if let Some(n) = opt(&(yield_!(String::from("hello")))) && n > 4 {
                let f = 'b5: {
                    let P { a: d, b: b } = P { a: T("k6").into_n(), b: format!("{}-{}", (i2s(3)), n) };
                    let u7: T;
                    yield_!(i2s((b.len() as i64)));
                    if (!(!((b.len() as i64) == 4)) && ((b.len() as i64) <= 3 || (b).is_empty())) {
                        u7 = T("v8");
                    } else {
                        u7 = T("v9");
                    }
                    if (String::from("")).is_empty() {
                        break 'b5 (if !((String::from("")).len() % 2 == 0) { u7.into_n() } else { 2 });
                    }
                    (match (if 3 < 1 { 5 } else { d }) { 0 => res(&(String::from("hello")))?, n if n > 3 => n + 1, _ => (if (String::from("x")).len() % 2 == 0 { d } else { n }) })
                };
            } else if (String::from("x")).len() % 2 == 0 {
                drop(T("v10"));
                'l11: for w in T("k12").items() {
                    let mut d = [i2s(w), String::from("four")].concat();
                }
            } else if (String::from("four")).is_empty() {
            }
            Ok((P { a: (match 1 { 0 => 0, n if n > 3 => n + 1, _ => 1 }), b: (if (String::from("four")).len() % 2 == 0 { String::from("hello") } else { String::from("x") }) }).sum())
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
                    yield_!(format!("{}-{}", r, d));
                    if (r).is_empty() {
                        panic!("p3");
                    }
                }
                n if n > 3 => {
                    match ((P { a: t("t4", Acc::new((r.len() as i64)).add(n).add(n).get()), b: t("t5", r) }).sum(), yield_!(format!("{}-{}", (String::from("ab")), cap.into_n()))) {
                        (0, n) => {
                            yield_!([t("t6", n), (if 3 > 5 { String::from("x") } else { String::from("x") })].concat());
                            let mut f = keep(T("v7"), Acc::new(f3(1, String::from("hello"), 2)).add((P { a: 2, b: String::from("") }).sum()).add((yield_!(String::from("xyz")).len() as i64)).get());
                        }
                        (_, n) if n.len() > 5 => {
                            yield_!(n.clone());
                        }
                        (_, n) => {
                            yield_!(String::from(""));
                        }
                    }
                    if let Some(n) = opt(&(yield_!([String::from(""), String::from("ab")].concat()))) && n > 0 {
                        yield_!((if (5 > 5 || n >= 5) { t("t8", String::from("")) } else { [String::from("xyz"), String::from("hello")].concat() }));
                        let f: String = format!("{}-{}", (i2s(0)), n);
                    }
                    if let Some(n) = opt(&(String::from("hello"))) && n > 0 {
                        let (mut b, c) = (T("v9"), 3);
                        yield_!([String::from("x"), t("t10", String::from("hello"))].concat());
                    } else if ((n == 0 || 2 < 1) || (3 <= 5 && (String::from("")).len() % 2 == 0)) {
                        consume(T("v11"));
                        r = yield_!(String::from(""));
                        consume(T("v12"));
                    }
                }
                n => {
                }
            }
            ((P { a: 0, b: String::from("xyz") }).sum() * t("t13", 4))
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
            let u8: String;
            yield_!(r.clone());
            if r.is_empty() {
                u8 = r;
            } else {
                u8 = r;
            }
             {
                let mut fuel9 = Vec::from([(P { a: Acc::new(1).add((u8.len() as i64)).add(0).get(), b: i2s(2) }).sum(), T("k10").len()]);
                'l9: while let Some(w) = fuel9.pop() {
                    match (P { a: (t("t11", 4) + T::take(keep(T("v13"), 12))), b: format!("{}-{}", u8, (u8.len() as i64)) }).sum() {
                        0 => {
                            consume(T("v14"));
                            consume(T("v15"));
                            let b = [yield_!(String::from("xyz")), yield_!(u8.clone())].concat();
                        }
                        n if n > 3 => {
                            yield_from!([i2s(0), [i2s(w), format!("{}-{}", u8, w)].concat()], String::new());
                        }
                        _ => {
                            consume(T("v16"));
                            yield_!(u8.clone());
                        }
                    }
                    if !(((u8.clone()).is_empty() || ((u8.len() as i64) > 3 || 1 > 1))) {
                        return (yield_!(String::from("")).len() as i64);
                    }
                    match Acc::new((yield_!([String::from(""), String::from("four")].concat()).len() as i64)).add((yield_!(t("t17", u8.clone())).len() as i64)).add(t("t18", (if w <= 2 { (u8.len() as i64) } else { w }))).get() {
                        0 => {
                            let a = keep(T("v19"), w);
                        }
                        n if n > 3 => {
                            let d = (if !(u8.len() % 2 == 0) { (match n { 0 => w, n if n > 4 => n + 1, _ => T("k20").id() }) } else { (yield_!(t("t21", u8.clone())).len() as i64) });
                        }
                        _ => {
                            consume(T("v22"));
                            let P { a: c, b: d } = P { a: t("t23", 4), b: yield_!(format!("{}-{}", u8, Acc::new((u8.len() as i64)).add(2).add(w).get())) };
                            let mut d = keep(T("v24"), t("t25", (match c { 0 => w, n if n > 2 => n + 1, _ => c })));
                        }
                    }
                    if let Some(n) = opt(&u8) {
                        if (yield_!(String::from("xyz"))).len() % 2 == 0 {
                            continue 'l9;
                        }
                    } else if !((String::from("")).len() % 2 == 0) {
                    } else {
                    }
                }
            }
            (P { a: (yield_!(u8.clone()).len() as i64), b: (if (u8).len() % 2 == 0 { String::from("ab") } else { String::from("") }) }).sum()
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
                    yield_!([t("t3", r.clone()), i2s((r.len() as i64))].concat());
                    let mut b = yield_!(format!("{}-{}", r, 0));
                    let mut e: T = T("v4");
                    let mut c = [yield_!(i2s((b.len() as i64))), format!("{}-{}", (b), t("t5", a))].concat();
                }
                let mut e = (if (r.len() as i64) <= 0 { String::from("x") } else { String::from("hello") });
                let mut fuel6 = 0;
                'l6: while fuel6 < 1 && (w != 1 && (e.len() % 2 == 0 && e.len() % 2 == 0)) {
                    fuel6 += 1;
                    yield_!(format!("{}-{}", (String::from("hello")), keep(T("v8"), 7).take()));
                    let mut e = T("v9");
                    let mut c = T("v10");
                }
                let e = t("t11", T("k12").id());
            }
            drop(T("v13"));
            let (mut d, c) = (cap, (r.len() as i64));
            r = yield_!(r);
            let mut fuel14 = Vec::from([(if (r.len() as i64) >= 5 { c } else { T("k15").id() }), a]);
            'l14: while let Some(w) = fuel14.pop() {
                let Some(f) = opt(&(format!("{}-{}", r, c))) else {
                    return c;
                };
                let mut fuel16 = 0;
                'l16: while fuel16 < 1 && r.len() % 2 == 0 {
                    fuel16 += 1;
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
mod p201 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            'b1: {
                let u2: i64;
                if !(r.is_empty()) {
                    u2 = (P { a: (match 1 { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => 4 }), b: String::from("hello") }).sum();
                } else {
                    u2 = (match (match 1 { 0 => (r.len() as i64), n if n > 1 => n + 1, _ => cap.id() }) { 0 => (match (r.len() as i64) { 0 => cap.len(), n if n > 1 => n + 1, _ => 4 }), n if n > 2 => n + 1, _ => t("t3", 5) });
                }
                let mut fuel4 = 0;
                'l4: while fuel4 < 2 && r.is_empty() {
                    fuel4 += 1;
                    if let Some(n) = T("k5").opt() {
                        r = String::from("hello");
                        consume(T("v6"));
                        let f = yield_!(t("t7", t("t8", r.clone())));
                    } else if (r.len() as i64) != 3 {
                        drop(keep(T("v9"), f3(T::take(keep(T("v11"), 10)), i2s((r.len() as i64)), keep(T("v13"), 12).take())));
                    }
                    if (r.is_empty() && !((cap.len() != 3 && u2 > 3))) {
                        panic!("p14");
                    }
                }
                if (String::from("ab")).is_empty() {
                    break 'b1;
                }
            }
            let u15: String;
            yield_!(r);
            if ((String::from("hello")).is_empty() && (cap.lock() + 5) > 4) {
                u15 = String::from("four");
            } else {
                u15 = (if !((String::from("ab")).len() % 2 == 0) { (if cap.borrow() >= 4 { String::from("x") } else { String::from("") }) } else { String::from("x") });
            }
            if (u15).is_empty() {
                panic!("p16");
            }
            'l17: for w in [(if (cap.borrow() == 4 && (String::from("xyz")).len() % 2 == 0) { [String::from("four"), String::from("hello")].concat() } else { yield_!(String::from("hello")) }), yield_!(i2s(cap.lock()))] {
                drop(T("v18"));
                 {
                    'l19: for w in [[String::from("hello"), w.clone()].concat(), i2s(T("k20").id())] {
                        let [b, _, _] = [cap.borrow(), T("k21").id(), (if !(!((w.len() as i64) == 0)) { (match T::take(keep(T("v23"), 22)) { 0 => T("k24").into_n(), n if n > 5 => n + 1, _ => t("t25", cap.lock()) }) } else { T::id(&cap) })];
                        let P { a: a, b: b } = P { a: (yield_!([(if (String::from("ab")).len() % 2 == 0 { w.clone() } else { String::from("x") }), t("t26", w.clone())].concat()).len() as i64), b: yield_!(w) };
                        let (mut c, e) = (T("v27"), t("t28", (b.len() as i64)));
                        let mut a = b.clone();
                    }
                }
            }
            Some(f3(Acc::new(cap.lock()).add(T::id(&cap)).add(cap.borrow()).get(), yield_!(String::from("")), T::take(keep(T("v30"), 29))))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let b = T("v1");
            if !((!((r).len() % 2 == 0) || (3 != 3 || 3 != 4))) {
                panic!("p2");
            }
            if let Some(n) = opt(&(String::from("ab"))) && n > 0 {
                'l3: for w in T("k4").items() {
                    yield_from!(Some((if (String::from("ab")).len() % 2 == 0 { (if cap.try_send(3) <= 0 { String::from("x") } else { String::from("four") }) } else { t("t5", String::from("hello")) })), String::new());
                    let c = t("t6", yield_!((if (String::from("x")).len() % 2 == 0 { String::from("") } else { String::from("ab") })));
                    consume(T("v7"));
                    if (c.len() % 2 == 0 && c.is_empty()) {
                        return Ok(keep(T("v9"), 8).take());
                    }
                }
                if (((n < 3 || cap.borrow() <= 1) || !(n > 0)) && !((String::from("ab")).len() % 2 == 0)) {
                    return Ok(cap.borrow());
                }
            } else if !((b.borrow() != 3 && 0 != 5)) {
                let mut fuel10 = 0;
                'l10: while fuel10 < 2 && (!((String::from("x")).len() % 2 == 0) || b.try_send(3) <= 5) {
                    fuel10 += 1;
                    yield_!(String::from("ab"));
                    let mut c = yield_!([i2s(2), [String::from(""), String::from("xyz")].concat()].concat());
                    yield_from!((0..0i64).map(i2s), String::new());
                }
                if let Some(n) = opt(&(yield_!((if (String::from("x")).len() % 2 == 0 { String::from("") } else { String::from("four") })))) && n > 4 {
                    r = String::from("xyz");
                    let f: T = T("v11");
                    if ((r).len() % 2 == 0 && ((String::from("xyz")).len() % 2 == 0 && (String::from("")).is_empty())) {
                        return Ok(4);
                    }
                } else if (String::from("ab")).len() % 2 == 0 {
                    let P { a: a, b: b } = P { a: b.id(), b: (if !((b.borrow() >= 1 || cap.try_send(1) <= 5)) { yield_!([String::from("hello"), String::from("")].concat()) } else { t("t12", String::from("x")) }) };
                    let [c, _, _] = [T("k13").id(), (if b.len() % 2 == 0 { cap.borrow() } else { a }), Acc::new(0).add(a).add((b.len() as i64)).get()];
                } else {
                    drop(b);
                    yield_!((if !((String::from("four")).len() % 2 == 0) { [String::from("ab"), String::from("hello")].concat() } else { (if (String::from("")).len() % 2 == 0 { String::from("hello") } else { String::from("xyz") }) }));
                    yield_!((if (String::from("ab")).is_empty() { format!("{}-{}", (String::from("xyz")), cap.lock()) } else { i2s(4) }));
                }
            } else {
                if !((!(cap.try_send(0) >= 5) || T::id(&b) > 0)) {
                    return Err(i2s(T("k14").len()));
                }
            }
            Ok(T("k15").id())
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
            'l1: for w in [yield_!((if cap.id() == 1 { r.clone() } else { r.clone() })), (if (r.len() % 2 == 0 && 2 >= 5) { String::from("ab") } else { r })] {
                let mut c: i64 = T::take(keep(T("v3"), 2));
                let c = 'b4: {
                    c += res(&(String::from("")))?;
                    if let Some(n) = opt(&(w)) {
                        let mut f = T("v5");
                    } else if ((String::from("ab")).is_empty() || c == 0) {
                        let (mut f, a) = (T("v6"), (match (yield_!([String::from("hello"), String::from("ab")].concat()).len() as i64) { 0 => c, n if n > 4 => n + 1, _ => 4 }));
                        yield_!(String::from(""));
                        yield_!(t("t7", format!("{}-{}", (String::from("ab")), c)));
                    } else {
                        if ((if c < 4 { String::from("four") } else { String::from("") })).is_empty() {
                            return Ok((P { a: t("t8", c), b: [String::from("xyz"), String::from("four")].concat() }).sum());
                        }
                    }
                    if ((cap.len() < 1 || (String::from("four")).len() % 2 == 0) && (String::from("ab")).len() % 2 == 0) {
                        break 'b4 (P { a: (c + cap.try_send(1)), b: [String::from("four"), String::from("hello")].concat() }).sum();
                    }
                    res(&(String::from("xyz")))?
                };
            }
            'l9: for w in 0..cap3(T("k10").id()) {
                let d = res(&(i2s(cap.try_send(4))))?;
                if let Some(n) = T("k11").opt() {
                    let mut f: T = T("v12");
                } else {
                }
            }
            Err(t("t13", String::from("xyz")))
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
                        yield_!(i2s((match w { 0 => w, n if n > 2 => n + 1, _ => w })));
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
                    if (r.len() as i64) == 3 {
                        u18 = n;
                    } else {
                        u18 = 2;
                    }
                }
                _ => {
                    let c = t("t19", Some(T("k20")).unwrap().id());
                    let mut c = T("v21");
                }
            }
            t("t22", (match 3 { 0 => c, n if n > 3 => n + 1, _ => c }))
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
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let mut fuel1 = 0;
            let d = 'l1: loop {
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
                    yield_!(String::from("x"));
                }
                match (P { a: (T::take(keep(T("v4"), 3)) + (cap.id() - cap.len())), b: yield_!(r.clone()) }).sum() {
                    0 => {
                        if cap.lock() > 1 {
                            panic!("p5");
                        }
                        let e = yield_!((if cap.len() >= 2 { (if (r.len() as i64) >= 0 { r.clone() } else { r.clone() }) } else { i2s(cap.len()) }));
                    }
                    n if n > 0 => {
                        r = format!("{}-{}", (format!("{}-{}", (String::from("xyz")), 5)), ((n + cap.len()) + Acc::new(n).add(n).add((r.len() as i64)).get()));
                        let a = T::id(&cap);
                    }
                    _ => {
                    }
                }
            };
            Some(f3(d, r.clone(), 3))
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
mod p207 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            match f3(3, (if !((r.len() as i64) == 2) { [String::from("four"), r.clone()].concat() } else { i2s(cap.borrow()) }), (T("k1").id() + t("t2", (r.len() as i64)))) {
                0 => {
                    yield_!(r);
                    'l3: for w in T("k4").items() {
                        let P { a: a, b: b } = P { a: cap.lock(), b: i2s((if (String::from("hello")).is_empty() { res(&(String::from("xyz")))? } else { (P { a: cap.lock(), b: String::from("xyz") }).sum() })) };
                        if (format!("{}-{}", (b.clone()), a)).len() % 2 == 0 {
                            return Ok(t("t5", (match cap.id() { 0 => cap.lock(), n if n > 5 => n + 1, _ => 3 })));
                        }
                    }
                }
                n if n > 3 => {
                    yield_from!([(if (r.clone()).len() % 2 == 0 { String::from("ab") } else { (if T::id(&cap) <= 5 { r } else { String::from("x") }) }), i2s(3)], String::new());
                    let [e, _, _] = [cap.try_send(4), (match ((P { a: n, b: String::from("ab") }).sum() + (match n { 0 => 3, n if n > 5 => n + 1, _ => 5 })) { 0 => Some(T("k6")).unwrap().id(), n if n > 2 => n + 1, _ => 5 }), (if ((String::from("xyz")).is_empty() && ((String::from("x")).len() % 2 == 0 || n == 1)) { cap.into_n() } else { (P { a: res(&(String::from("xyz")))?, b: t("t7", String::from("four")) }).sum() })];
                }
                _ => {
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
mod p208 {
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
            let u4: T;
            yield_!(String::from("hello"));
            if (yield_!(String::from(""))).is_empty() {
                u4 = T("v5");
            } else {
                u4 = cap;
            }
            if let Some(n) = opt(&(yield_!(format!("{}-{}", (String::from("hello")), 1)))) && n > 5 {
                yield_!((if (n < 2 && T::id(&u4) < 0) { [String::from("xyz"), String::from("x")].concat() } else { format!("{}-{}", (String::from("four")), n) }));
            } else {
                yield_!([String::from("four"), String::from("")].concat());
            }
            Some((u4.len() - (if T::id(&u4) > 3 { 3 } else { 2 })))
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
            let mut fuel1 = 0;
            'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1;
                }
                if let Some(n) = T("k2").opt() {
                    let mut b = keep(T("v3"), t("t4", (yield_!(String::from("x")).len() as i64)));
                    yield_!(r.clone());
                    if ((String::from("ab")).len() % 2 == 0 && !((2 == 0 || (r.clone()).len() % 2 == 0))) {
                        panic!("p5");
                    }
                } else if (String::from("x")).is_empty() {
                    let d = T("v6");
                    let mut c = yield_!(i2s(res(&(r.clone()))?));
                    let d = i2s(T("k7").id());
                } else {
                    r = [String::from("ab"), i2s(5)].concat();
                    yield_!((if cap.len() >= 1 { (if r.len() % 2 == 0 { String::from("four") } else { r.clone() }) } else { format!("{}-{}", (r.clone()), cap.lock()) }));
                    yield_from!([format!("{}-{}", (r.clone()), res(&r)?), (if (String::from("")).is_empty() { [String::from("xyz"), String::from("x")].concat() } else { (if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() }) })], String::new());
                }
            }
            Ok((0 + (yield_!(r.clone()).len() as i64)))
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
                                yield_!(b);
                            }
                        }
                    }
                    n if n > 0 => {
                    }
                    n => {
                    }
                }
                if ((2 <= 3 && 1 != 0) || !(2 != 1)) {
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
mod p211 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            let c = T("v1");
            yield_!(t("t2", (if (r).len() % 2 == 0 { String::from("four") } else { String::from("x") })));
            let c = String::from("");
            yield_!(String::from("ab"));
            'l3: for w in T("k4").items() {
                r = [i2s(w), t("t5", format!("{}-{}", (String::from("four")), w))].concat();
                let P { a: f, b: a } = P { a: keep(keep(T("v7"), ((c.len() as i64) + 4)), 6).take(), b: String::from("") };
                'l8: for w in [a, yield_!(String::from(""))] {
                    let a = format!("{}-{}", c, 3);
                    let f: String = t("t9", yield_!((if f <= 0 { a } else { a })));
                    let c = yield_!(String::from("xyz"));
                }
            }
             {
                let (mut f, c) = (T("v10"), (yield_!(c).len() as i64));
                let mut fuel11 = Vec::from([keep(cap, 12).take(), opt(&(String::from("four")))?]);
                'l11: while let Some(w) = fuel11.pop() {
                    if T::id(&f) != 4 {
                        drop(T("v13"));
                    }
                    let mut fuel14 = Vec::from([(match (P { a: f.lock(), b: String::from("four") }).sum() { 0 => (P { a: f.borrow(), b: String::from("ab") }).sum(), n if n > 3 => n + 1, _ => f.borrow() }), t("t15", Acc::new(5).add(f.borrow()).add(f.lock()).get())]);
                    'l14: while let Some(w) = fuel14.pop() {
                        let mut c = opt(&(i2s(w)))?;
                        yield_!(String::from("hello"));
                        if (!((String::from("xyz")).len() % 2 == 0) && ((String::from("ab")).len() % 2 == 0 || w > 5)) {
                            return Some(w);
                        }
                    }
                    yield_!((if (w != 0 && (String::from("x")).len() % 2 == 0) { [String::from("ab"), String::from("xyz")].concat() } else { String::from("xyz") }));
                    if (t("t16", String::from("ab"))).is_empty() {
                        let P { a: e, b: d } = P { a: (P { a: 3, b: [format!("{}-{}", (String::from("")), f.lock()), t("t17", String::from("hello"))].concat() }).sum(), b: yield_!((if (String::from("hello")).len() % 2 == 0 { (if (String::from("xyz")).len() % 2 == 0 { String::from("") } else { String::from("") }) } else { (if c < 1 { String::from("ab") } else { String::from("ab") }) })) };
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
mod p212 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            'l1: for w in 0..cap3((f3(cap.lock(), r.clone(), 4) - cap.lock())) {
                yield_from!((0..2i64).map(i2s), String::new());
                let mut fuel2 = 0;
                'l2: while fuel2 < 3 && (r.len() % 2 == 0 || (cap.len() == 0 && w > 3)) {
                    fuel2 += 1;
                    let c = ((yield_!(i2s(T::id(&cap))).len() as i64) + (if (String::from("")).len() % 2 == 0 { f3(cap.borrow(), r.clone(), cap.borrow()) } else { cap.id() }));
                    let d = (yield_!([t("t3", r.clone()), format!("{}-{}", (r.clone()), cap.lock())].concat()).len() as i64);
                    let f = keep(keep(T("v4"), (r.len() as i64)), T::take(keep(T("v6"), 5)));
                    let b = t("t7", Acc::new((match d { 0 => w, n if n > 4 => n + 1, _ => 4 })).add((r.len() as i64)).add(d).get());
                }
                let mut fuel8 = 0;
                'l8: while fuel8 < 3 && w >= 5 {
                    fuel8 += 1;
                    let e = T("v9");
                    yield_!([(if (r.len() as i64) < 2 { r.clone() } else { r.clone() }), [r.clone(), r.clone()].concat()].concat());
                    r = i2s((match w { 0 => (P { a: w, b: r.clone() }).sum(), n if n > 0 => n + 1, _ => e.into_n() }));
                }
            }
            let mut fuel10 = 0;
            let c = 'l10: loop {
                fuel10 += 1;
                if fuel10 > 1 {
                    break 'l10 4;
                }
                'l11: for w in 0..cap3((match t("t12", (r.len() as i64)) { 0 => (r.len() as i64), n if n > 4 => n + 1, _ => Acc::new(cap.len()).add(cap.try_send(2)).add(T::id(&cap)).get() })) {
                    if ((r.is_empty() || 0 > 5) && Some(T("k13")).unwrap().id() >= 1) {
                        continue 'l11;
                    }
                    drop(T("v14"));
                    let d = (if (((r.len() as i64) <= 4 || cap.id() > 5) && !(w != 0)) { T::take(keep(T("v16"), 15)) } else { w });
                }
                yield_!(String::from("hello"));
            };
            cap.len()
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
mod p214 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!([String::from(""), String::from("xyz")].concat());
            if r.len() % 2 == 0 {
                panic!("p1");
            }
            'l2: for w in [(if (r.len() as i64) > 1 { yield_!(r.clone()) } else { yield_!(r) }), i2s(t("t3", 3))] {
                if (((cap.lock() == 1 && w.len() % 2 == 0) && !(cap.len() > 5)) && !((w.clone()).is_empty())) {
                    panic!("p4");
                }
                if !((!(w.len() % 2 == 0) || w.is_empty())) {
                    return Some(Acc::new(opt(&w)?).add((if (w.len() as i64) <= 2 { 3 } else { T::id(&cap) })).add(T("k5").id()).get());
                }
            }
            yield_!(i2s((T::id(&cap) + 3)));
            let mut fuel6 = 0;
            let f = 'l6: loop {
                fuel6 += 1;
                if fuel6 > 2 {
                    break 'l6 (match T("k7").id() { 0 => opt(&(String::from("")))?, n if n > 5 => n + 1, _ => 1 });
                }
                let d: String = yield_!([i2s(cap.borrow()), i2s(3)].concat());
                match opt(&d) {
                    Some(n) if n < 2 => {
                        let P { a: f, b: a } = P { a: T::take(keep(T("v9"), 8)), b: yield_!([t("t10", String::from("ab")), d].concat()) };
                    }
                    Some(n) => {
                        let d = yield_!(t("t11", (if n <= 0 { d } else { d.clone() })));
                        yield_!(d);
                        if ((String::from("hello")).is_empty() && keep(T("v13"), 12).take() < 2) {
                            break 'l6 T("k14").id();
                        }
                    }
                    None => {
                        if (T("k15").id() <= 3 && (!(cap.try_send(4) <= 3) || (d.clone()).is_empty())) {
                            panic!("p16");
                        }
                    }
                }
                'l17: for w in T("k18").items() {
                    yield_!([i2s(3), format!("{}-{}", (String::from("x")), w)].concat());
                    r = yield_!(i2s(5));
                    let d: String = yield_!(r.clone());
                }
            };
            Some((yield_!((if 4 < 3 { String::from("hello") } else { String::from("ab") })).len() as i64))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            consume(T("v1"));
            'l2: for w in [yield_!(r), yield_!((if (String::from("hello")).len() % 2 == 0 { String::from("four") } else { String::from("x") }))] {
                yield_!(w);
                if let Some(n) = opt(&((if (0 == 0 && 4 <= 3) { t("t3", String::from("xyz")) } else { t("t4", String::from("four")) }))) {
                    if f3(cap.try_send(2), (if 2 != 3 { String::from("four") } else { String::from("four") }), (if n > 0 { n } else { 1 })) >= 1 {
                        panic!("p5");
                    }
                    let d = [format!("{}-{}", (String::from("ab")), (P { a: n, b: String::from("") }).sum()), [yield_!(String::from("")), i2s(cap.try_send(3))].concat()].concat();
                    yield_!(t("t6", d.clone()));
                } else {
                    r = i2s(T("k7").id());
                }
            }
            keep(keep(T("v9"), T::id(&cap)), 8).take()
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
            let mut fuel1 = 0;
            let c = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (f3(T::id(&cap), r.clone(), 4) * T("k2").id());
                }
                consume(T("v3"));
                let u4: T;
                yield_!(format!("{}-{}", r, T::take(keep(T("v6"), 5))));
                if (!(((String::from("hello")).len() % 2 == 0 || T::id(&cap) > 0)) && !(((String::from("hello")).len() % 2 == 0 || r.len() % 2 == 0))) {
                    u4 = T("v7");
                } else {
                    u4 = T("v8");
                }
                 {
                    if let Some(n) = opt(&r) && n > 5 {
                        yield_!(i2s(T::take(u4)));
                    }
                }
                match opt(&r) {
                    Some(n) if n < 3 => {
                        let a = t("t9", (if !(3 < 1) { yield_!(String::from("hello")) } else { r.clone() }));
                        r = t("t10", yield_!(format!("{}-{}", a, cap.id())));
                    }
                    Some(n) => {
                        yield_!(format!("{}-{}", (String::from("x")), n));
                    }
                    None => {
                        let c = T("v11");
                        let a = T("v12");
                        if !((r.clone()).len() % 2 == 0) {
                            return Some((r.len() as i64));
                        }
                    }
                }
            };
            let mut e = c;
            let mut fuel13 = 0;
            'l13: while fuel13 < 3 && (String::from("hello")).is_empty() {
                fuel13 += 1;
                let f = 'b14: {
                    let mut fuel15 = 0;
                    'l15: while fuel15 < 1 && (!((r.len() as i64) >= 0) && c <= 5) {
                        fuel15 += 1;
                        let f = cap.lock();
                        if (yield_!(r.clone())).len() % 2 == 0 {
                            return None;
                        }
                    }
                    if !((c >= 5 || r.len() % 2 == 0)) {
                        break 'b14 (keep(T("v18"), 17).take() + 0);
                    }
                    (yield_!(i2s(4)).len() as i64)
                };
            }
            Some(t("t19", keep(T("v21"), 20).take()))
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
                yield_!([format!("{}-{}", d, (d.len() as i64)), [String::from("x"), d.clone()].concat()].concat());
                let mut fuel8 = Vec::from([(P { a: T::take(keep(T("v10"), 9)), b: d.clone() }).sum(), (yield_!(i2s((d.len() as i64))).len() as i64)]);
                'l8: while let Some(w) = fuel8.pop() {
                    if let Some(n) = T("k11").opt() {
                        let mut a = yield_!(t("t12", [String::from("four"), d.clone()].concat()));
                        let c: String = a;
                        yield_!([i2s(w), t("t13", c.clone())].concat());
                    } else {
                        if d.len() % 2 == 0 {
                            panic!("p14");
                        }
                        let mut c: T = keep(T("v15"), (yield_!(d.clone()).len() as i64));
                    }
                    let u16: i64;
                    if !(d.is_empty()) {
                        u16 = f3((if 0 == 3 { cap.len() } else { w }), (if T::id(&cap) < 3 { String::from("") } else { d.clone() }), T::take(keep(T("v18"), 17)));
                    } else {
                        u16 = (P { a: (if (String::from("xyz")).len() % 2 == 0 { (d.len() as i64) } else { (d.len() as i64) }), b: yield_!(d.clone()) }).sum();
                    }
                    let e = format!("{}-{}", ([d.clone(), d.clone()].concat()), (f3(w, String::from(""), (d.len() as i64)) * w));
                    let mut fuel19 = Vec::from([(yield_!(e.clone()).len() as i64), (1 - (yield_!(e).len() as i64))]);
                    'l19: while let Some(w) = fuel19.pop() {
                    }
                }
                if d.len() % 2 == 0 {
                    break 'b7 cap.take();
                }
                (d.len() as i64)
            };
            (match T::take(keep(T("v21"), 20)) { 0 => f, n if n > 2 => n + 1, _ => f })
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
mod p219 {
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
                        yield_!(t("t4", r));
                        consume(cap);
                        yield_!(n.clone());
                    }
                }
                yield_!(String::from("hello"));
            } else if ((4 <= 3 || r.len() % 2 == 0) && (r.len() as i64) >= 5) {
                match (T::take(keep(T("v6"), 5)), r.clone()) {
                    (0, n) => {
                        let e = Acc::new(f3((if (r.clone()).len() % 2 == 0 { T::id(&cap) } else { 5 }), (if n.len() % 2 == 0 { n.clone() } else { n.clone() }), ((r.len() as i64) + cap.try_send(2)))).add(t("t7", T::take(keep(T("v9"), 8)))).add((n.len() as i64)).get();
                        let c = T("k10").into_n();
                    }
                    (_, n) if n.len() > 3 => {
                        yield_!(r.clone());
                        let f: T = cap;
                    }
                    (_, n) => {
                        drop(keep(T("v11"), (yield_!(t("t12", r)).len() as i64)));
                    }
                }
            } else {
            }
            t("t13", (0 * 4))
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
                yield_from!((0..2i64).map(i2s), String::new());
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
mod p221 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let mut fuel1 = Vec::from([f3(Some(T("k2")).unwrap().id(), yield_!(r), Some(T("k3")).unwrap().id()), (0 * f3(T::id(&cap), String::from("ab"), 1))]);
            'l1: while let Some(w) = fuel1.pop() {
                yield_from!(Some(i2s(Acc::new(w).add(w).add(w).get())), String::new());
                match T("k4").len() {
                    0 => {
                        let a = T("v5");
                    }
                    n if n > 5 => {
                        yield_!(format!("{}-{}", (String::from("")), n));
                    }
                    n => {
                        drop(T("v6"));
                        let P { a: d, b: a } = P { a: w, b: format!("{}-{}", (i2s(T::id(&cap))), (P { a: (w + cap.len()), b: t("t7", String::from("four")) }).sum()) };
                    }
                }
                let (mut a, d) = (keep(T("v8"), w), w);
                'b9: {
                     {
                        let c = yield_!(String::from("ab"));
                        drop(a);
                    }
                    if (!(d >= 3) || (String::from("four")).len() % 2 == 0) {
                        break 'b9;
                    }
                }
            }
            let a = cap.into_n();
            'l10: for w in T("k11").items() {
            }
            a
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let mut fuel1 = 0;
            'l1: while fuel1 < 3 && (!((r.clone()).len() % 2 == 0) && ((r.clone()).len() % 2 == 0 || T::id(&cap) >= 0)) {
                fuel1 += 1;
                let mut fuel2 = Vec::from([cap.try_send(1), (P { a: (match (r.len() as i64) { 0 => 3, n if n > 4 => n + 1, _ => (r.len() as i64) }), b: yield_!(r.clone()) }).sum()]);
                'l2: while let Some(w) = fuel2.pop() {
                    let f: i64 = (match (r.len() as i64) { 0 => cap.try_send(3), n if n > 5 => n + 1, _ => Acc::new(t("t3", w)).add(T::take(keep(T("v5"), 4))).add(res(&(r.clone()))?).get() });
                    yield_from!(Some(format!("{}-{}", (r.clone()), t("t6", cap.id()))), String::new());
                    let d = 0;
                    let [b, _, _] = [T::take(keep(T("v8"), 7)), keep(T("v10"), 9).take(), ((if !((r.clone()).len() % 2 == 0) { (P { a: cap.len(), b: String::from("four") }).sum() } else { w }) - f)];
                }
                 {
                    let u11: T;
                    yield_!(format!("{}-{}", (r.clone()), T::id(&cap)));
                    if (r.is_empty() || (if cap.id() == 3 { T::id(&cap) } else { T::id(&cap) }) < 0) {
                        u11 = keep(T("v12"), T::id(&cap));
                    } else {
                        u11 = T("v13");
                    }
                }
                if !(((1 <= 3 || 3 == 0) && (String::from("")).is_empty())) {
                    if (r.clone()).len() % 2 == 0 {
                        return Ok(cap.try_send(1));
                    }
                    let [d, _, _] = [(match cap.borrow() { 0 => T::take(keep(keep(T("v15"), cap.id()), 14)), n if n > 3 => n + 1, _ => (P { a: (2 - 2), b: format!("{}-{}", (String::from("ab")), 4) }).sum() }), t("t16", Acc::new((match cap.lock() { 0 => cap.id(), n if n > 5 => n + 1, _ => 5 })).add((P { a: (r.len() as i64), b: r.clone() }).sum()).add((P { a: cap.len(), b: r.clone() }).sum()).get()), (res(&r)? * T::take(keep(T("v18"), 17)))];
                } else if ((5 == 5 || cap.try_send(1) <= 3) || (r.len() % 2 == 0 || (r.len() as i64) >= 2)) {
                    let mut b = String::from("");
                    yield_!(String::from("ab"));
                }
            }
            if (r).is_empty() {
                let mut c = yield_!(format!("{}-{}", (String::from("")), Acc::new(0).add(2).add(T::id(&cap)).get()));
            } else if (String::from("hello")).is_empty() {
                let u19: T;
                yield_!([(if (String::from("x")).len() % 2 == 0 { String::from("") } else { String::from("ab") }), i2s(3)].concat());
                if !(T::id(&cap) < 4) {
                    u19 = keep(T("v20"), Acc::new(5).add(cap.len()).add(T::id(&cap)).get());
                } else {
                    u19 = T("v21");
                }
            } else {
                if (((String::from("")).is_empty() || (String::from("x")).is_empty()) && (if cap.len() <= 0 { cap.id() } else { cap.len() }) != 2) {
                    panic!("p22");
                }
            }
            Err(yield_!(i2s(5)))
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
            if r.is_empty() {
                let d = 'b1: {
                    yield_!(r.clone());
                    match ((if res(&r)? < 4 { f3(Acc::new((r.len() as i64)).add(T::id(&cap)).add(0).get(), (if (r.len() as i64) != 5 { String::from("x") } else { r.clone() }), f3((r.len() as i64), r, 3)) } else { res(&(r.clone()))? }), yield_!(i2s(t("t2", 0)))) {
                        (0, n) => {
                            let mut f = T("v3");
                            let mut f = String::from("ab");
                        }
                        (_, n) if n.len() > 3 => {
                            yield_!(t("t4", i2s((n.len() as i64))));
                        }
                        (_, n) => {
                        }
                    }
                    if (3 - 4) >= 2 {
                        break 'b1 (P { a: res(&(String::from("hello")))?, b: t("t5", String::from("")) }).sum();
                    }
                    T("k6").id()
                };
            }
            Err(t("t7", [String::from("x"), String::from("x")].concat()))
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
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let f = keep(keep(cap, T("k1").id()), f3(t("t2", 2), r.clone(), (yield_!(String::from("four")).len() as i64)));
            let u3: i64;
            if (((r.len() % 2 == 0 || r.len() % 2 == 0) && (f.borrow() == 5 || (String::from("x")).len() % 2 == 0)) || r.len() % 2 == 0) {
                u3 = f.lock();
            } else {
                u3 = T::take(keep(T("v5"), 4));
            }
            r = r;
            'l6: for w in [[String::from(""), [r, String::from("")].concat()].concat(), format!("{}-{}", (String::from("hello")), 5)] {
                drop(T("v7"));
                let f = 'b8: {
                    'l9: for w in 0..cap3(t("t10", (P { a: u3, b: w }).sum())) {
                    }
                    if !((String::from("ab")).len() % 2 == 0) {
                        break 'b8 f3(f.borrow(), t("t11", String::from("four")), Acc::new(u3).add(f.id()).add(u3).get());
                    }
                    t("t12", f3(f.try_send(1), String::from("x"), u3))
                };
            }
            f3(f.try_send(2), yield_!(String::from("x")), 2)
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
            drop(cap);
            yield_!([[r, String::from("four")].concat(), String::from("x")].concat());
            let e = 'b1: {
                let a: i64 = f3((if (String::from("hello")).len() % 2 == 0 { res(&(String::from("xyz")))? } else { Acc::new(0).add(4).add(5).get() }), yield_!(format!("{}-{}", (String::from("four")), 3)), (yield_!(String::from("ab")).len() as i64));
                if (String::from("")).is_empty() {
                    break 'b1 f3((0 * 5), i2s(a), (match a { 0 => 2, n if n > 3 => n + 1, _ => 4 }));
                }
                res(&(String::from("ab")))?
            };
            yield_!((if ((String::from("xyz")).len() % 2 == 0 && e > 2) { t("t2", String::from("")) } else { [String::from(""), String::from("four")].concat() }));
            let u3: T;
            yield_!(format!("{}-{}", (String::from("four")), t("t4", e)));
            if !((String::from("x")).is_empty()) {
                u3 = T("v5");
            } else {
                u3 = keep(T("v6"), (match e { 0 => 2, n if n > 2 => n + 1, _ => e }));
            }
            let mut fuel7 = 0;
            'l7: while fuel7 < 2 && (String::from("x")).is_empty() {
                fuel7 += 1;
                let mut a = (match Acc::new(t("t8", e)).add(t("t9", e)).add((if 2 < 4 { u3.id() } else { e })).get() { 0 => (P { a: (if T::id(&u3) != 4 { u3.len() } else { e }), b: String::from("hello") }).sum(), n if n > 2 => n + 1, _ => (match f3(u3.lock(), String::from(""), 2) { 0 => T::take(keep(T("v11"), 10)), n if n > 0 => n + 1, _ => (match 5 { 0 => T::id(&u3), n if n > 0 => n + 1, _ => e }) }) });
                r = format!("{}-{}", ([String::from("xyz"), String::from("hello")].concat()), e);
                if (r.len() as i64) > 1 {
                    panic!("p12");
                }
            }
            r = yield_!((if e > 1 { t("t13", String::from("xyz")) } else { format!("{}-{}", (String::from("")), e) }));
            let Some(f) = opt(&((if u3.id() >= 2 { r.clone() } else { [String::from(""), r.clone()].concat() }))) else {
                return Err(format!("{}-{}", (r), f3(e, String::from(""), 3)));
            };
            let mut fuel15 = Vec::from([(match T::take(u3) { 0 => T::take(keep(T("v17"), 16)), n if n > 5 => n + 1, _ => keep(T("v19"), 18).take() }), (if (String::from("four")).is_empty() { t("t20", f) } else { f })]);
            'l15: while let Some(w) = fuel15.pop() {
                if let Some(n) = opt(&(t("t21", yield_!(String::from(""))))) {
                    r = yield_!([String::from("four"), i2s(1)].concat());
                    if ((r.is_empty() && (r.clone()).len() % 2 == 0) || (r.len() % 2 == 0 || !(e > 4))) {
                        return Err(yield_!([String::from(""), r.clone()].concat()));
                    }
                }
                let a: String = (if (String::from("")).is_empty() { t("t22", format!("{}-{}", (String::from("xyz")), e)) } else { yield_!([String::from("xyz"), String::from("ab")].concat()) });
            }
            'l23: for w in 0..cap3(res(&(String::from("xyz")))?) {
            }
            Ok((P { a: (yield_!(String::from("ab")).len() as i64), b: i2s(f) }).sum())
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
            consume(T("v1"));
            match (t("t2", (Acc::new((r.len() as i64)).add(5).add(0).get() + (P { a: 4, b: r }).sum())), (if t("t3", 3) < 1 { [String::from("hello"), [String::from("hello"), String::from("xyz")].concat()].concat() } else { String::from("xyz") })) {
                (0, n) => {
                    let mut fuel4 = 0;
                    'l4: while fuel4 < 1 && !(n.is_empty()) {
                        fuel4 += 1;
                        yield_!(i2s(T("k5").id()));
                        let a = (P { a: (t("t6", 0) + 0), b: yield_!(n.clone()) }).sum();
                    }
                }
                (_, n) if n.len() > 5 => {
                    let mut fuel7 = 0;
                    'l7: loop {
                        fuel7 += 1;
                        if fuel7 > 1 {
                            break 'l7;
                        }
                        drop(T("v8"));
                        drop(T("v9"));
                        r = String::from("x");
                    }
                }
                (_, n) => {
                    let c = (yield_!(n).len() as i64);
                }
            }
            let mut c = format!("{}-{}", ((if (String::from("ab")).len() % 2 == 0 { String::from("xyz") } else { String::from("") })), Acc::new(0).add(Acc::new(cap.len()).add(cap.lock()).add(cap.lock()).get()).add(cap.try_send(4)).get());
            let Some(c) = opt(&c) else {
                return Acc::new(5).add((c.len() as i64)).add(f3((c.len() as i64), c, cap.id())).get();
            };
            r = (if !((c < 0 || c <= 1)) { t("t10", yield_!(String::from("hello"))) } else { yield_!(String::from("four")) });
            c
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
            let Some(a) = opt(&(String::from("ab"))) else {
                panic!("p1");
            };
            'b2: {
                let u3: i64;
                if (r.len() % 2 == 0 && !((String::from("x")).len() % 2 == 0)) {
                    u3 = t("t4", (P { a: 0, b: r.clone() }).sum());
                } else {
                    u3 = Acc::new(Some(T("k5")).unwrap().id()).add(opt(&r)?).add(cap.into_n()).get();
                }
                if ((r).len() % 2 == 0 && ((String::from("ab")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0)) {
                    break 'b2;
                }
            }
            let mut fuel6 = 0;
            'l6: while fuel6 < 2 && (a >= 2 && ((String::from("x")).len() % 2 == 0 && a == 0)) {
                fuel6 += 1;
                if (yield_!(i2s(a)).len() as i64) == 3 {
                    panic!("p7");
                }
                r = yield_!([i2s(3), String::from("x")].concat());
            }
            if ((!(a == 4) || ((String::from("ab")).len() % 2 == 0 || (String::from("ab")).len() % 2 == 0)) || Acc::new(a).add(0).add(5).get() > 4) {
                panic!("p8");
            }
            let c = [(if (String::from("x")).is_empty() { format!("{}-{}", (String::from("")), 3) } else { format!("{}-{}", (String::from("hello")), a) }), [format!("{}-{}", (String::from("hello")), a), [String::from("x"), String::from("")].concat()].concat()].concat();
            let Some(c) = opt(&c) else {
                return Some((if (c.clone()).len() % 2 == 0 { (if a <= 4 { a } else { a }) } else { 5 }));
            };
            r = yield_!(String::from("four"));
            r = r.clone();
            let b = T::take(keep(keep(T("v10"), 2), 9));
            'b11: {
                if let Some(n) = T("k12").opt() {
                    if let Some(n) = opt(&r) {
                        let e = T("v13");
                        let [f, _, _] = [(r.len() as i64), e.into_n(), T::take(keep(T("v15"), 14))];
                    } else {
                        yield_from!([r.clone(), [format!("{}-{}", r, 4), (if r.len() % 2 == 0 { r } else { r })].concat()], String::new());
                        let a: i64 = (if !((String::from("xyz")).len() % 2 == 0) { t("t16", T::take(keep(T("v18"), 17))) } else { (match (yield_!(String::from("ab")).len() as i64) { 0 => (P { a: 1, b: String::from("") }).sum(), n if n > 0 => n + 1, _ => opt(&(String::from("ab")))? }) });
                        let mut a = [yield_!(i2s(0)), String::from("xyz")].concat();
                    }
                } else {
                }
                if (String::from("xyz")).len() % 2 == 0 {
                    break 'b11;
                }
            }
            Some(f3(T::take(keep(T("v20"), 19)), format!("{}-{}", (String::from("x")), b), (b * 4)))
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
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            drop(T("v1"));
            yield_!(t("t2", r.clone()));
            let (mut f, b) = (T("v3"), (P { a: f3((yield_!(String::from("")).len() as i64), t("t4", String::from("ab")), t("t5", 0)), b: format!("{}-{}", (String::from("xyz")), 2) }).sum());
            let Some(f) = opt(&r) else {
                return Ok(T::id(&cap));
            };
            let d = (if ((r).len() % 2 == 0 || (String::from("four")).is_empty()) { yield_!([String::from("four"), String::from("xyz")].concat()) } else { String::from("xyz") });
            let e = i2s(b);
            if e.len() % 2 == 0 {
                panic!("p6");
            }
            consume(cap);
            let Some(d) = opt(&d) else {
                return Ok((match (if d.len() % 2 == 0 { f } else { (d.len() as i64) }) { 0 => (2 * f), n if n > 0 => n + 1, _ => f3(4, d.clone(), (e.len() as i64)) }));
            };
            let f = T("v7");
            let e = T("k8").into_n();
            r = yield_!((if (1 != 1 && d < 0) { [String::from(""), String::from("")].concat() } else { (if (String::from("x")).len() % 2 == 0 { String::from("ab") } else { String::from("xyz") }) }));
            let mut fuel9 = 0;
            'l9: loop {
                fuel9 += 1;
                if fuel9 > 1 {
                    break 'l9;
                }
                let c = T("v10");
                match T("k11").len() {
                    0 => {
                        let mut f = format!("{}-{}", (r.clone()), f3(e, r.clone(), T::id(&c)));
                    }
                    n if n > 4 => {
                    }
                    n => {
                    }
                }
            }
            Ok(d)
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
                    yield_from!((0..2i64).map(i2s), String::new());
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
mod p230 {
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
mod p231 {
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
                    yield_from!([c, [i2s(w), [r.clone(), String::from("four")].concat()].concat()], String::new());
                }
            }
            let mut fuel5 = 0;
            'l5: while fuel5 < 2 && ((r.len() as i64) == 2 && !(1 > 1)) {
                fuel5 += 1;
                'l6: for w in 0..cap3(((P { a: 1, b: String::from("xyz") }).sum() + (if cap.len() != 4 { (r.len() as i64) } else { (r.len() as i64) }))) {
                    r = r.clone();
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
mod p232 {
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
                        yield_from!((0..0i64).map(i2s), String::new());
                    }
                    consume(keep(T("v8"), ((if T::id(&cap) >= 5 { T::id(&cap) } else { 4 }) + cap.lock())));
                }
                match ((2 + T::id(&cap)), yield_!(t("t9", format!("{}-{}", (r.clone()), cap.try_send(1))))) {
                    (0, n) => {
                        let mut f = T("v10");
                        yield_!(r);
                    }
                    (_, n) if n.len() > 2 => {
                        match T("k11").len() {
                            0 => {
                                yield_!((if (cap.borrow() > 4 && (String::from("hello")).len() % 2 == 0) { n } else { i2s(cap.lock()) }));
                            }
                            n if n > 5 => {
                                let mut a = keep(T("v12"), (yield_!(r).len() as i64));
                            }
                            n => {
                                yield_!(format!("{}-{}", (String::from("hello")), T::take(keep(T("v14"), 13))));
                            }
                        }
                    }
                    (_, n) => {
                        match T::take(cap) {
                            0 => {
                                let (mut a, d) = (T("v15"), T::take(keep(keep(T("v17"), f3((n.len() as i64), n, (r.len() as i64))), 16)));
                            }
                            n if n > 2 => {
                            }
                            _ => {
                            }
                        }
                    }
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
mod p233 {
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
                    if r.len() % 2 == 0 {
                        u3 = 2;
                    } else {
                        u3 = (match opt(&(r.clone()))? { 0 => (if (String::from("x")).len() % 2 == 0 { 1 } else { 5 }), n if n > 0 => n + 1, _ => opt(&r)? });
                    }
                    if let Some(n) = T("k4").opt() {
                        yield_!(String::from("hello"));
                        yield_!(i2s(5));
                        yield_!(r.clone());
                    } else if !(u3 == 1) {
                        yield_!(t("t5", format!("{}-{}", (r.clone()), T::id(&cap))));
                        let (mut d, c) = (T("v6"), T("k7").len());
                    } else {
                        if (((String::from("")).is_empty() && r.is_empty()) && ((w > 1 || w >= 1) || r.is_empty())) {
                            return Some(t("t8", cap.lock()));
                        }
                        let f = r.clone();
                    }
                }
                if (!(w != 5) && (String::from("")).len() % 2 == 0) {
                    return Some((match Acc::new(1).add(cap.id()).add((r.len() as i64)).get() { 0 => w, n if n > 0 => n + 1, _ => (r.len() as i64) }));
                }
                'l9: for w in T("k10").items() {
                    let P { a: c, b: b } = P { a: t("t11", T("k12").len()), b: i2s((r.len() as i64)) };
                    r = r.clone();
                }
                if (w < 0 && r.is_empty()) {
                    yield_!((if ((r.len() as i64) >= 3 || w == 4) { String::from("x") } else { [r.clone(), String::from("hello")].concat() }));
                    let b = t("t13", yield_!((if w == 0 { String::from("hello") } else { String::from("four") })));
                    r = String::from("hello");
                } else if !((String::from("x")).is_empty()) {
                    consume(T("v14"));
                    consume(keep(T("v15"), 2));
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
mod p234 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            'l1: for w in T("k2").items() {
                'l3: for w in 0..cap3(f3((P { a: w, b: r.clone() }).sum(), t("t4", r.clone()), w)) {
                    let c = [r.clone(), yield_!((if 1 == 0 { r.clone() } else { String::from("ab") }))].concat();
                    yield_!(t("t5", String::from("hello")));
                }
                let P { a: f, b: e } = P { a: Acc::new(w).add(T::take(keep(T("v7"), 6))).add((r.len() as i64)).get(), b: yield_!([String::from("hello"), [String::from("hello"), r.clone()].concat()].concat()) };
                if let Some(n) = T("k8").opt() {
                    drop(keep(T("v9"), (match t("t10", f) { 0 => Some(T("k11")).unwrap().id(), n if n > 3 => n + 1, _ => (match 0 { 0 => cap.lock(), n if n > 2 => n + 1, _ => T::id(&cap) }) })));
                } else {
                    r = (if ((e.clone()).is_empty() || (cap.try_send(5) != 1 || cap.try_send(2) >= 1)) { String::from("x") } else { e });
                    let a = r.clone();
                }
            }
            Ok(cap.into_n())
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
                        yield_!(String::from("ab"));
                        if 5 == 0 {
                            continue 'l3;
                        }
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
mod p236 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Result<i64, String> {
            let c = 'b1: {
                let u2: i64;
                if !((((r.clone()).len() % 2 == 0 && T::id(&cap) != 0) && (cap.lock() <= 1 || (r).len() % 2 == 0))) {
                    u2 = f3(T::take(keep(T("v4"), 3)), i2s(cap.len()), (P { a: cap.try_send(0), b: String::from("ab") }).sum());
                } else {
                    u2 = 4;
                }
                if ((String::from("x")).len() % 2 == 0 || (u2 >= 2 && cap.id() >= 5)) {
                    break 'b1 u2;
                }
                (if ((String::from("")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0) { Acc::new(3).add(u2).add(u2).get() } else { T("k5").id() })
            };
            if (yield_!(String::from("xyz"))).is_empty() {
                panic!("p6");
            }
            let a: i64 = (yield_!((if !(c >= 3) { i2s(c) } else { String::from("ab") })).len() as i64);
            'l7: for w in T("k8").items() {
                'b9: {
                    'l10: for w in [format!("{}-{}", (String::from("hello")), f3(cap.borrow(), String::from(""), w)), [yield_!(String::from("xyz")), yield_!(String::from("xyz"))].concat()] {
                        let d = (P { a: a, b: format!("{}-{}", w, (match (w.len() as i64) { 0 => a, n if n > 3 => n + 1, _ => (w.len() as i64) })) }).sum();
                        let (mut d, a) = (keep(T("v11"), (P { a: cap.id(), b: (if a != 0 { w } else { String::from("") }) }).sum()), (P { a: Acc::new(Some(T("k12")).unwrap().id()).add(Acc::new(T::id(&cap)).add(c).add(a).get()).add((P { a: 4, b: String::from("xyz") }).sum()).get(), b: yield_!(String::from("four")) }).sum());
                        if ((String::from("xyz")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) {
                            break 'b9;
                        }
                    }
                    let Some(b) = opt(&(yield_!((if (String::from("ab")).len() % 2 == 0 { String::from("") } else { String::from("xyz") })))) else {
                        return Err(format!("{}-{}", (String::from("hello")), a));
                    };
                    let [c, _, _] = [T("k13").id(), T("k14").id(), (t("t15", a) - t("t16", (match 3 { 0 => 2, n if n > 2 => n + 1, _ => b })))];
                    if (T::id(&cap) < 5 || c == 0) {
                        break 'b9;
                    }
                }
                let f = 'b17: {
                    'l18: for w in 0..cap3(0) {
                        drop(keep(T("v19"), 4));
                        consume(T("v20"));
                    }
                    'l21: for w in T("k22").items() {
                        let mut f: T = T("v23");
                        consume(T("v24"));
                    }
                    if (String::from("four")).len() % 2 == 0 {
                        break 'b17 1;
                    }
                    c
                };
            }
            let a = 'b25: {
                if !(((String::from("hello")).len() % 2 == 0 && (String::from("x")).len() % 2 == 0)) {
                    break 'b25 res(&(String::from("hello")))?;
                }
                (yield_!([String::from("four"), String::from("")].concat()).len() as i64)
            };
            Ok(a)
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
                    if (f.clone()).is_empty() {
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
                    yield_!(r.clone());
                    if r.is_empty() {
                        panic!("p4");
                    }
                }
                if (T("k5").into_n() > 5 || (r).len() % 2 == 0) {
                    return (match (yield_!(String::from("four")).len() as i64) { 0 => n, n if n > 0 => n + 1, _ => T("k6").into_n() });
                }
            }
            let d: T = keep(cap, t("t7", f3(1, String::from("xyz"), 2)));
            r = t("t8", String::from("x"));
            'l9: for w in 0..cap3(T::take(keep(T("v11"), 10))) {
                let mut a = T::take(keep(T("v13"), 12));
                let u14: T;
                yield_!(r.clone());
                if ((!((String::from("ab")).len() % 2 == 0) || r.len() % 2 == 0) && (String::from("xyz")).is_empty()) {
                    u14 = keep(T("v15"), (yield_!(String::from("x")).len() as i64));
                } else {
                    u14 = keep(keep(T("v16"), d.try_send(4)), a);
                }
            }
            let mut a: String = [yield_!((if (r).len() % 2 == 0 { String::from("") } else { String::from("ab") })), i2s(keep(T("v18"), 17).take())].concat();
            'b19: {
                let mut fuel20 = 0;
                'l20: while fuel20 < 3 && (((a.clone()).len() % 2 == 0 || 3 != 4) || (d.borrow() < 2 || (a.len() as i64) == 3)) {
                    fuel20 += 1;
                    let mut fuel21 = 0;
                    'l21: while fuel21 < 2 && (String::from("xyz")).len() % 2 == 0 {
                        fuel21 += 1;
                    }
                }
                if ((String::from("x")).is_empty() && a.len() % 2 == 0) {
                    break 'b19;
                }
            }
            (yield_!([String::from("ab"), String::from("x")].concat()).len() as i64)
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
                        yield_from!([e.clone(), e.clone()], String::new());
                        yield_from!((0..2i64).map(i2s), String::new());
                    }
                    Some(n) => {
                        let mut b = t("t17", format!("{}-{}", (String::from("x")), cap.borrow()));
                    }
                    None => {
                        yield_!(t("t18", String::from("x")));
                    }
                }
            }
            (if (e).is_empty() { (P { a: cap.len(), b: String::from("hello") }).sum() } else { Some(T("k19")).unwrap().id() })
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
            let c = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 opt(&r)?;
                }
                let mut fuel2 = 0;
                'l2: while fuel2 < 2 && cap.lock() >= 5 {
                    fuel2 += 1;
                    yield_!(format!("{}-{}", (r.clone()), 0));
                    let a = yield_!((if !(2 > 1) { r.clone() } else { (if cap.borrow() >= 1 { String::from("") } else { r.clone() }) }));
                }
                if !(!(5 <= 1)) {
                    return None;
                }
            };
            let [b, _, _] = [(yield_!(i2s(T("k3").into_n())).len() as i64), c, c];
            let d = T("v4");
            let u5: i64;
            if r.len() % 2 == 0 {
                u5 = T::take(keep(T("v7"), 6));
            } else {
                u5 = cap.lock();
            }
            'l8: for w in [t("t9", yield_!(r.clone())), r.clone()] {
                let mut fuel10 = 0;
                'l10: while fuel10 < 1 && (d.len() == 1 || (String::from("hello")).is_empty()) {
                    fuel10 += 1;
                    let d = i2s((yield_!(i2s((w.len() as i64))).len() as i64));
                    yield_from!(Some((if cap.borrow() != 2 { d } else { t("t11", d.clone()) })), String::new());
                    let b = 1;
                }
                if (r.clone()).len() % 2 == 0 {
                } else if (!((w.len() as i64) >= 1) || r.is_empty()) {
                }
            }
            Some(Acc::new(2).add((r.len() as i64)).add(Acc::new((r.len() as i64)).add(d.try_send(3)).add((r.len() as i64)).get()).get())
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
                        yield_!([i2s(cap.borrow()), e.clone()].concat());
                        yield_!(r.clone());
                    }
                }
            }
            ((match 3 { 0 => (r.len() as i64), n if n > 5 => n + 1, _ => (e.len() as i64) }) - b)
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
            yield_!(r);
            if (match T("k3").len() { 0 => res(&(String::from("xyz")))?, n if n > 3 => n + 1, _ => T::take(keep(T("v5"), 4)) }) == 3 {
                return Err(t("t6", String::from("xyz")));
            }
            if ((String::from("ab")).is_empty() && (String::from("xyz")).len() % 2 == 0) {
                yield_!(i2s(res(&(String::from("ab")))?));
                let Some(c) = opt(&(i2s(e.borrow()))) else {
                    return Ok(((P { a: 0, b: String::from("xyz") }).sum() + (cap.len() - e.borrow())));
                };
            } else if (String::from("hello")).is_empty() {
                'l7: for w in [[yield_!(String::from("")), (if 3 <= 0 { String::from("hello") } else { String::from("four") })].concat(), yield_!(String::from("ab"))] {
                    if ((!(cap.try_send(2) >= 5) || cap.borrow() < 4) || (w.is_empty() && !((w.len() as i64) != 1))) {
                        return Ok((P { a: (w.len() as i64), b: yield_!(w.clone()) }).sum());
                    }
                    if (t("t8", w)).len() % 2 == 0 {
                        return Err((if 0 != 5 { yield_!(String::from("four")) } else { (if 2 >= 5 { String::from("hello") } else { String::from("x") }) }));
                    }
                    let e: i64 = (Acc::new(res(&(String::from("hello")))?).add(Acc::new(T::id(&e)).add(T::id(&e)).add(cap.id()).get()).add(cap.id()).get() * T("k9").len());
                }
            }
            match opt(&(t("t10", yield_!(String::from("hello"))))) {
                Some(n) if n < 3 => {
                    let mut fuel11 = Vec::from([keep(keep(T("v13"), n), 12).take(), f3((yield_!(String::from("hello")).len() as i64), format!("{}-{}", (String::from("x")), T::id(&e)), (match n { 0 => n, n if n > 0 => n + 1, _ => e.try_send(1) }))]);
                    'l11: while let Some(w) = fuel11.pop() {
                        r = format!("{}-{}", ((if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("xyz") })), w);
                        r = t("t14", yield_!(t("t15", r.clone())));
                        if !(!((w == 0 || (r.len() as i64) >= 5))) {
                            panic!("p16");
                        }
                        let b = r.clone();
                    }
                }
                Some(n) => {
                    let mut fuel17 = Vec::from([res(&(String::from("hello")))?, (yield_!([String::from("ab"), String::from("hello")].concat()).len() as i64)]);
                    'l17: while let Some(w) = fuel17.pop() {
                        let c = T("v18");
                        drop(T("v19"));
                        consume(T("v20"));
                    }
                }
                None => {
                }
            }
            Err((if !(1 >= 1) { t("t21", String::from("hello")) } else { (if 4 <= 3 { String::from("xyz") } else { String::from("x") }) }))
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
                yield_!(format!("{}-{}", (String::from("ab")), (match 1 { 0 => w, n if n > 4 => n + 1, _ => w })));
                 {
                    let mut fuel7 = 0;
                    'l7: while fuel7 < 3 && 4 < 1 {
                        fuel7 += 1;
                        let (mut a, c) = (T("v8"), (if (String::from("x")).len() % 2 == 0 { (yield_!(r.clone()).len() as i64) } else { (T::take(keep(T("v10"), 9)) + ((r.len() as i64) + (r.len() as i64))) }));
                        r = String::from("");
                    }
                }
                if let Some(n) = T("k11").opt() {
                    consume(T("v12"));
                    yield_!([[String::from("x"), String::from("x")].concat(), t("t13", r.clone())].concat());
                } else if r.len() % 2 == 0 {
                    let P { a: a, b: c } = P { a: keep(T("v15"), 14).take(), b: String::from("hello") };
                } else {
                    let e = T("v16");
                    let c = i2s(0);
                    yield_!(t("t17", i2s(w)));
                }
            }
            yield_!(format!("{}-{}", r, (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 2 => n + 1, _ => 0 })));
            if let Some(n) = T("k18").opt() {
                let mut d = keep(keep(T("v19"), (match n { 0 => n, n if n > 5 => n + 1, _ => 5 })), Acc::new((P { a: 1, b: String::from("hello") }).sum()).add(n).add((yield_!(String::from("four")).len() as i64)).get());
            } else if (P { a: (r.len() as i64), b: r.clone() }).sum() != 1 {
            } else if !(!((r).len() % 2 == 0)) {
            }
            t("t20", f3(0, String::from("xyz"), 0))
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
                    yield_!((if (r.len() % 2 == 0 || r.len() % 2 == 0) { format!("{}-{}", (r.clone()), 5) } else { i2s(f.len()) }));
                } else if cap.len() <= 4 {
                    let b = r.clone();
                    if (((4 >= 0 && cap.id() == 1) && (String::from("x")).len() % 2 == 0) || ((b).is_empty() || !((String::from("four")).len() % 2 == 0))) {
                        continue 'l1;
                    }
                }
                if let Some(n) = opt(&r) {
                    let mut c = T::take(keep(T("v7"), 6));
                    yield_from!([(if (r.len() % 2 == 0 && c >= 5) { [r.clone(), String::from("hello")].concat() } else { String::from("xyz") }), [[String::from("hello"), String::from("")].concat(), i2s(n)].concat()], String::new());
                    let f: String = yield_!(format!("{}-{}", (String::from("ab")), (match cap.lock() { 0 => n, n if n > 4 => n + 1, _ => n })));
                }
                r = t("t8", yield_!(i2s(5)));
                if let Some(n) = opt(&(yield_!(t("t9", String::from("hello"))))) {
                    let [f, _, _] = [(if r.len() % 2 == 0 { 5 } else { cap.lock() }), (P { a: ((if r.len() % 2 == 0 { n } else { (r.len() as i64) }) + (yield_!(r.clone()).len() as i64)), b: yield_!(String::from("four")) }).sum(), (match cap.lock() { 0 => Acc::new(t("t10", (r.len() as i64))).add(((r.len() as i64) * n)).add((if (r.clone()).len() % 2 == 0 { n } else { cap.lock() })).get(), n if n > 2 => n + 1, _ => Some(T("k11")).unwrap().id() })];
                    yield_from!((0..2i64).map(i2s), String::new());
                    yield_!(String::from(""));
                }
            }
            let mut fuel12 = 0;
            'l12: while fuel12 < 1 && ((0 != 3 && r.len() % 2 == 0) && 5 >= 3) {
                fuel12 += 1;
                let u13: i64;
                if !((r.clone()).is_empty()) {
                    u13 = (r.len() as i64);
                } else {
                    u13 = T::take(keep(T("v15"), 14));
                }
                let u16: T;
                yield_!(r.clone());
                if !(!((r.len() % 2 == 0 && 4 == 2))) {
                    u16 = T("v17");
                } else {
                    u16 = T("v18");
                }
                if let Some(n) = opt(&(i2s(T::take(keep(T("v20"), 19))))) {
                } else if (((r.len() as i64) > 2 && (String::from("hello")).len() % 2 == 0) || (r.clone()).is_empty()) {
                } else {
                }
            }
            f3((P { a: 0, b: r.clone() }).sum(), [r, String::from("ab")].concat(), (P { a: 5, b: String::from("x") }).sum())
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
                    yield_from!((0..1i64).map(i2s), String::new());
                    if ((if (String::from("")).len() % 2 == 0 { String::from("xyz") } else { String::from("") })).is_empty() {
                        panic!("p15");
                    }
                    let mut d = T("v16");
                }
                let a = 'b17: {
                    'l18: for w in [format!("{}-{}", (String::from("hello")), (if 2 != 0 { f } else { 4 })), (if ((String::from("x")).len() % 2 == 0 || w <= 1) { i2s(0) } else { yield_!(String::from("four")) })] {
                        let b: String = i2s((P { a: Acc::new(f).add(f).add(1).get(), b: String::from("x") }).sum());
                    }
                    if !(((String::from("hello")).len() % 2 == 0 && 3 > 1)) {
                        break 'b17 w;
                    }
                    (opt(&(String::from("")))? + (1 - w))
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
                let f = 'l4: loop {
                    fuel4 += 1;
                    if fuel4 > 2 {
                        break 'l4 t("t5", (if 5 != 4 { 1 } else { w }));
                    }
                    yield_!(i2s(d));
                    let a = T("v6");
                    yield_!(i2s((cap.try_send(0) + 1)));
                };
                let mut f: i64 = t("t7", cap.lock());
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
                        yield_from!([t("t10", [String::from("xyz"), String::from("hello")].concat()), t("t11", format!("{}-{}", (String::from("xyz")), n))], String::new());
                        let mut a = T("v12");
                    }
                    yield_!(String::from("ab"));
                    let u13: i64;
                    if ((String::from("ab")).is_empty() || (String::from("xyz")).len() % 2 == 0) {
                        u13 = (yield_!(format!("{}-{}", (String::from("hello")), n)).len() as i64);
                    } else {
                        u13 = t("t14", T::take(keep(T("v16"), 15)));
                    }
                }
                Some(n) => {
                    let a: i64 = 1;
                    if !((((String::from("xyz")).len() % 2 == 0 && (String::from("hello")).len() % 2 == 0) || !((String::from("")).len() % 2 == 0))) {
                        panic!("p17");
                    }
                    'l18: for w in [(if !((String::from("hello")).len() % 2 == 0) { [String::from("hello"), String::from("hello")].concat() } else { yield_!(String::from("xyz")) }), yield_!(i2s(a))] {
                        let f: T = keep(T("v19"), (match f3(f, w.clone(), n) { 0 => (if w.len() % 2 == 0 { f } else { (w.len() as i64) }), n if n > 3 => n + 1, _ => (w.len() as i64) }));
                        if (n >= 1 || w.is_empty()) {
                            return (match a { 0 => f.lock(), n if n > 0 => n + 1, _ => (P { a: n, b: w.clone() }).sum() });
                        }
                        let c = f;
                        yield_!((if !(c.lock() == 3) { String::from("") } else { w.clone() }));
                    }
                }
                None => {
                    'l20: for w in 0..cap3((match (match f { 0 => f, n if n > 0 => n + 1, _ => f }) { 0 => t("t21", f), n if n > 0 => n + 1, _ => (match f { 0 => f, n if n > 2 => n + 1, _ => 0 }) })) {
                    }
                }
            }
            (P { a: f3(f, String::from("ab"), 2), b: yield_!(String::from("")) }).sum()
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
            yield_from!((0..0i64).map(i2s), String::new());
            let Some(d) = opt(&(format!("{}-{}", r, Some(T("k5")).unwrap().id()))) else {
                return T::take(cap);
            };
            (yield_!(String::from("ab")).len() as i64)
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
            let d = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 2 {
                    break 'l1 (match 0 { 0 => t("t2", (r.len() as i64)), n if n > 4 => n + 1, _ => opt(&r)? });
                }
                 {
                    let [b, _, _] = [T("k3").len(), (if (yield_!(String::from("x")).len() as i64) != 0 { T::id(&cap) } else { 3 }), (yield_!(format!("{}-{}", (r.clone()), T::take(keep(T("v5"), 4)))).len() as i64)];
                    yield_from!([r.clone(), i2s(T::take(keep(T("v7"), 6)))], String::new());
                }
                if (yield_!(r.clone())).len() % 2 == 0 {
                    yield_!(format!("{}-{}", (r.clone()), Acc::new(cap.lock()).add((r.len() as i64)).add(T::id(&cap)).get()));
                    let f = T("v8");
                    yield_!(i2s(f.into_n()));
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
mod p251 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> Option<i64> {
            yield_!(t("t1", r));
            r = (if (String::from("hello")).len() % 2 == 0 { yield_!(t("t2", String::from("x"))) } else { yield_!(format!("{}-{}", (String::from("xyz")), cap.len())) });
            let Some(c) = opt(&r) else {
                return Some(cap.into_n());
            };
            drop(keep(T("v3"), c));
            'l4: for w in [yield_!((if (r).len() % 2 == 0 { String::from("ab") } else { String::from("") })), String::from("")] {
                'l5: for w in T("k6").items() {
                    if !((String::from("hello")).is_empty()) {
                        return Some((P { a: w, b: yield_!(String::from("ab")) }).sum());
                    }
                    drop(T("v7"));
                    r = [yield_!(String::from("")), format!("{}-{}", (String::from("x")), w)].concat();
                    drop(T("v8"));
                }
                let a = yield_!(w);
                consume(T("v9"));
                let Some(b) = opt(&a) else {
                    return None;
                };
            }
             {
                yield_!(String::from("hello"));
                let mut b = c;
            }
            if (yield_!(String::from("x"))).is_empty() {
                panic!("p10");
            }
            'b11: {
                let f = T::take(keep(T("v13"), 12));
                if (String::from("xyz")).is_empty() {
                    let P { a: d, b: f } = P { a: (match opt(&(String::from("x")))? { 0 => Some(T("k14")).unwrap().id(), n if n > 1 => n + 1, _ => f }), b: yield_!((if (String::from("")).is_empty() { [String::from("hello"), String::from("x")].concat() } else { String::from("hello") })) };
                    let mut fuel15 = 0;
                    let c = 'l15: loop {
                        fuel15 += 1;
                        if fuel15 > 3 {
                            break 'l15 T("k16").into_n();
                        }
                    };
                } else {
                }
                if (String::from("xyz")).len() % 2 == 0 {
                    break 'b11;
                }
            }
            Some(opt(&(String::from("")))?)
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
                let u7: String;
                yield_!(String::from("x"));
                if (!((5 != 1 && w > 4)) || Acc::new(0).add(d).add(5).get() > 5) {
                    u7 = [i2s(cap.borrow()), i2s(a)].concat();
                } else {
                    u7 = i2s((match 2 { 0 => a, n if n > 1 => n + 1, _ => cap.borrow() }));
                }
                a += t("t8", f3(cap.borrow(), yield_!(u7), (w + 1)));
            }
            'l9: for w in T("k10").items() {
            }
            (yield_!([String::from(""), String::from("four")].concat()).len() as i64)
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
                yield_from!(Some(String::from("")), String::new());
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
                    yield_from!((0..1i64).map(i2s), String::new());
                    let f = T("v9");
                    if (Acc::new(3).add(n).add(5).get() <= 4 && (String::from("x")).is_empty()) {
                        panic!("p10");
                    }
                }
            }
            let f = 'b11: {
                yield_!(i2s(cap.borrow()));
                 {
                    yield_!(format!("{}-{}", (String::from("x")), (if 2 < 4 { 0 } else { cap.try_send(4) })));
                    let mut fuel12 = 0;
                    'l12: loop {
                        fuel12 += 1;
                        if fuel12 > 1 {
                            break 'l12;
                        }
                        let [a, _, _] = [Some(T("k13")).unwrap().id(), opt(&(yield_!(String::from(""))))?, (match 2 { 0 => T("k14").id(), n if n > 5 => n + 1, _ => T("k15").id() })];
                        if (yield_!(String::from("x"))).is_empty() {
                            return Some((P { a: T::take(keep(T("v17"), 16)), b: format!("{}-{}", (String::from("xyz")), a) }).sum());
                        }
                        r = [String::from("xyz"), i2s(a)].concat();
                        let (mut f, d) = (T("v18"), t("t19", (if !((String::from("x")).len() % 2 == 0) { (match cap.lock() { 0 => a, n if n > 1 => n + 1, _ => 4 }) } else { T("k20").id() })));
                    }
                }
                let mut d = keep(keep(T("v21"), f3(1, String::from(""), 2)), ((if 1 > 5 { 3 } else { 0 }) + f3(2, String::from("four"), 5)));
                if ((String::from("hello")).is_empty() && (String::from("hello")).is_empty()) {
                    break 'b11 f3((if 2 != 3 { 1 } else { 0 }), String::from("x"), keep(T("v23"), 22).take());
                }
                (P { a: Acc::new(d.try_send(0)).add(3).add(T::id(&d)).get(), b: [String::from("four"), String::from("four")].concat() }).sum()
            };
            let c = 'b24: {
                if (String::from("ab")).len() % 2 == 0 {
                    break 'b24 (P { a: (P { a: 0, b: String::from("x") }).sum(), b: i2s(f) }).sum();
                }
                f3(t("t25", 1), [String::from("hello"), String::from("ab")].concat(), (match 4 { 0 => T::id(&cap), n if n > 0 => n + 1, _ => 2 }))
            };
            Some(cap.lock())
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
            let u1: String;
            yield_!(r.clone());
            if r.is_empty() {
                u1 = format!("{}-{}", r, (match cap.id() { 0 => cap.id(), n if n > 1 => n + 1, _ => (r.len() as i64) }));
            } else {
                u1 = format!("{}-{}", r, (P { a: 4, b: String::from("hello") }).sum());
            }
            if !(u1.is_empty()) {
                panic!("p2");
            }
            let mut fuel3 = 0;
            let a = 'l3: loop {
                fuel3 += 1;
                if fuel3 > 2 {
                    break 'l3 (P { a: cap.lock(), b: format!("{}-{}", u1, cap.len()) }).sum();
                }
                if let Some(n) = opt(&u1) && n > 3 {
                    let d = i2s((match (yield_!(String::from("hello")).len() as i64) { 0 => (match (u1.len() as i64) { 0 => 2, n if n > 2 => n + 1, _ => cap.lock() }), n if n > 4 => n + 1, _ => n }));
                } else if r.len() % 2 == 0 {
                    let (mut a, b) = (keep(T("v4"), (T::take(keep(T("v6"), 5)) + t("t7", (u1.len() as i64)))), (u1.len() as i64));
                    yield_!(format!("{}-{}", u1, Acc::new(0).add(b).add(0).get()));
                    yield_!((if (b > 1 && b < 3) { (if b != 4 { u1.clone() } else { String::from("hello") }) } else { r.clone() }));
                } else {
                }
            };
            Some((if 4 == 5 { f3((r.len() as i64), r.clone(), a) } else { t("t8", (r.len() as i64)) }))
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
                yield_!(String::from("ab"));
                yield_!(w);
            }
            'l18: for w in T("k19").items() {
                let [d, _, _] = [3, 3, w];
                if !((((String::from("four")).len() % 2 == 0 && (String::from("four")).len() % 2 == 0) || (String::from("xyz")).len() % 2 == 0)) {
                    yield_!(t("t20", format!("{}-{}", (String::from("xyz")), w)));
                } else if (String::from("x")).len() % 2 == 0 {
                    yield_from!(Some((if (String::from("")).len() % 2 == 0 { [String::from("x"), String::from("")].concat() } else { i2s(f.borrow()) })), String::new());
                    let a = T("v21");
                } else if (((String::from("xyz")).len() % 2 == 0 || f.len() > 3) && w > 5) {
                }
            }
            T::take(keep(f, 22))
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
            yield_!(String::from("hello"));
            if let Some(n) = opt(&r) {
                'l1: for w in 0..cap3(n) {
                    let a = Some(T("k2")).unwrap().id();
                    let P { a: b, b: c } = P { a: t("t3", f3(T::take(keep(T("v5"), 4)), i2s(cap.try_send(2)), f3(cap.len(), r.clone(), cap.id()))), b: format!("{}-{}", r, Some(T("k6")).unwrap().id()) };
                    let e = (P { a: (yield_!(t("t7", c)).len() as i64), b: yield_!([String::from("ab"), String::from("x")].concat()) }).sum();
                }
                let c = String::from("four");
                if let Some(n) = T("k8").opt() {
                    yield_!(c);
                    let P { a: d, b: e } = P { a: (match (P { a: n, b: [r.clone(), r.clone()].concat() }).sum() { 0 => T::id(&cap), n if n > 4 => n + 1, _ => (r.len() as i64) }), b: r };
                    r = yield_!(i2s((P { a: (e.len() as i64), b: e.clone() }).sum()));
                } else if (String::from("")).is_empty() {
                    let mut f: T = keep(cap, f3(Acc::new(n).add(5).add(5).get(), c, (match 1 { 0 => n, n if n > 5 => n + 1, _ => (r.len() as i64) })));
                }
            } else if !((r.clone()).is_empty()) {
            } else {
            }
            f3(T("k9").len(), yield_!(r), 4)
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
                    if !(((r.len() % 2 == 0 && cap.lock() <= 5) && r.is_empty())) {
                        u5 = 5;
                    } else {
                        u5 = ((match b { 0 => b, n if n > 5 => n + 1, _ => T::id(&cap) }) + a);
                    }
                }
                'l6: for w in 0..cap3(f3(cap.try_send(2), r.clone(), T::take(keep(T("v8"), 7)))) {
                    let d = T::take(keep(keep(keep(T("v10"), T::id(&cap)), w), 9));
                    if (r.len() % 2 == 0 && (r.clone()).is_empty()) {
                        return Err(t("t11", (if (r.clone()).len() % 2 == 0 { r.clone() } else { String::from("hello") })));
                    }
                    let mut d = T("v12");
                    yield_!([[String::from("four"), r.clone()].concat(), i2s(d.lock())].concat());
                }
            }
            'l13: for w in 0..cap3((cap.try_send(4) - T::take(cap))) {
                let a = i2s((yield_!(String::from("ab")).len() as i64));
                let mut a: i64 = T("k14").into_n();
                let mut fuel15 = 0;
                'l15: while fuel15 < 2 && !(b > 1) {
                    fuel15 += 1;
                    if ((((String::from("ab")).len() % 2 == 0 && a >= 3) && !(a < 4)) || t("t16", w) == 1) {
                        break 'l15;
                    }
                    yield_!(i2s(a));
                    a += res(&(i2s(3)))?;
                }
                'l17: for w in T("k18").items() {
                }
            }
            Ok((match f3(b, String::from("ab"), b) { 0 => (match 3 { 0 => b, n if n > 3 => n + 1, _ => b }), n if n > 5 => n + 1, _ => (P { a: b, b: String::from("") }).sum() }))
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
                    yield_!(e);
                    if ((String::from("hello")).is_empty() || (w <= 3 || (cap.len() != 5 || w != 3))) {
                        break 'l3;
                    }
                } else if 5 <= 1 {
                    let f: T = keep(T("v6"), 3);
                } else if (String::from("four")).is_empty() {
                    let d = w;
                }
            }
            r = format!("{}-{}", (format!("{}-{}", (String::from("hello")), (d.len() as i64))), opt(&(d))?);
            let mut fuel7 = 0;
            'l7: loop {
                fuel7 += 1;
                if fuel7 > 2 {
                    break 'l7;
                }
                let mut fuel8 = 0;
                'l8: while fuel8 < 2 && (r.len() % 2 == 0 || r.len() % 2 == 0) {
                    fuel8 += 1;
                    d = yield_!(String::from("ab"));
                    if (T("k9").id() >= 4 || !((cap.lock() == 5 || T::id(&cap) > 3))) {
                        panic!("p10");
                    }
                }
                match opt(&(yield_!([r.clone(), String::from("x")].concat()))) {
                    Some(n) if n < 3 => {
                        yield_!(format!("{}-{}", r, n));
                        let mut d = opt(&((if (r.len() as i64) >= 2 { String::from("x") } else { String::from("ab") })))?;
                        yield_from!([format!("{}-{}", r, T::take(keep(T("v12"), 11))), String::from("x")], String::new());
                    }
                    Some(n) => {
                        if (r.len() % 2 == 0 || (r.len() % 2 == 0 || n != 2)) {
                            continue 'l7;
                        }
                    }
                    None => {
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
            yield_from!((0..1i64).map(i2s), String::new());
            match T("k7").len() {
                0 => {
                    let u8: T;
                    yield_!(r.clone());
                    if (r.clone()).len() % 2 == 0 {
                        u8 = cap;
                    } else {
                        u8 = keep(cap, (r.len() as i64));
                    }
                }
                n if n > 1 => {
                    r = (if (r.is_empty() || (r.clone()).is_empty()) { yield_!((if T::id(&cap) >= 4 { String::from("x") } else { String::from("") })) } else { r });
                    let d = 'b9: {
                        'l10: for w in [r, yield_!([String::from("ab"), String::from("x")].concat())] {
                            let c = keep(T("v11"), n);
                            yield_!(format!("{}-{}", w, T::take(keep(T("v13"), 12))));
                            let mut b = w.clone();
                        }
                        if (yield_!(String::from("x"))).len() % 2 == 0 {
                            return None;
                        }
                        if (String::from("hello")).len() % 2 == 0 {
                            break 'b9 T("k14").id();
                        }
                        (if n <= 0 { f3(n, String::from(""), n) } else { (P { a: cap.id(), b: String::from("four") }).sum() })
                    };
                }
                n => {
                    if (r.len() % 2 == 0 && r.is_empty()) {
                        return Some(t("t15", T::take(cap)));
                    }
                    if let Some(n) = opt(&(i2s(opt(&r)?))) {
                        let mut d = keep(T("v16"), opt(&r)?);
                    }
                }
            }
            let u17: i64;
            if T::take(keep(T("v19"), 18)) != 4 {
                u17 = (match t("t20", 0) { 0 => t("t21", 4), n if n > 3 => n + 1, _ => t("t22", 1) });
            } else {
                u17 = 0;
            }
            if let Some(n) = T("k23").opt() {
                let (mut f, d) = (T("v24"), (P { a: (yield_!(String::from("x")).len() as i64), b: t("t25", t("t26", String::from("ab"))) }).sum());
            }
            let mut fuel27 = 0;
            'l27: while fuel27 < 1 && (if (String::from("four")).len() % 2 == 0 { 2 } else { u17 }) >= 2 {
                fuel27 += 1;
                let f = (match (P { a: u17, b: String::from("") }).sum() { 0 => 4, n if n > 4 => n + 1, _ => keep(T("v29"), 28).take() });
                if let Some(n) = opt(&(yield_!(String::from("xyz")))) {
                    yield_from!((0..2i64).map(i2s), String::new());
                } else if (((String::from("xyz")).len() % 2 == 0 || (String::from("hello")).len() % 2 == 0) && (String::from("hello")).len() % 2 == 0) {
                    r = i2s(f3(5, t("t30", String::from("xyz")), (if 3 > 1 { u17 } else { u17 })));
                } else if ((String::from("hello")).len() % 2 == 0 || (u17 >= 3 || (String::from("xyz")).len() % 2 == 0)) {
                }
            }
            Some((1 + T::take(keep(T("v32"), 31))))
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
            yield_!(String::from("four"));
            'l1: for w in [r, yield_!(String::from(""))] {
                match T("k2").len() {
                    0 => {
                        drop(keep(T("v3"), (match (w.len() as i64) { 0 => t("t4", 2), n if n > 4 => n + 1, _ => 0 })));
                        yield_!(format!("{}-{}", w, T("k5").id()));
                        drop(T("v6"));
                    }
                    n if n > 3 => {
                        consume(T("v7"));
                        let P { a: c, b: f } = P { a: (if !(1 >= 4) { (n + cap.len()) } else { (w.len() as i64) }), b: i2s(Acc::new(f3(5, w, 1)).add(n).add(n).get()) };
                        yield_!(i2s((f.len() as i64)));
                    }
                    n => {
                        let f = keep(keep(T("v8"), cap.id()), ((if 3 > 2 { 5 } else { n }) + (w.len() as i64)));
                    }
                }
                match opt(&([String::from("four"), [String::from("x"), String::from("ab")].concat()].concat())) {
                    Some(n) if n < 0 => {
                        let (mut a, f) = (T("v9"), opt(&((if cap.borrow() == 0 { String::from("") } else { String::from("hello") })))?);
                        let (mut e, a) = (a, f3(Acc::new(Acc::new(n).add(n).add(3).get()).add((yield_!(String::from("hello")).len() as i64)).add(0).get(), [format!("{}-{}", (String::from("x")), f), String::from("x")].concat(), cap.id()));
                    }
                    Some(n) => {
                        let mut e = String::from("");
                        let d = T("v10");
                    }
                    None => {
                        let (mut a, f) = (T("v11"), T("k12").id());
                    }
                }
                if let Some(n) = T("k13").opt() {
                } else {
                }
            }
            Some((t("t14", cap.try_send(3)) * t("t15", 5)))
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
            let e = 'b1: {
                if let Some(n) = opt(&(i2s(t("t2", T::id(&cap))))) && n > 5 {
                    'l3: for w in 0..cap3((P { a: 4, b: [String::from("xyz"), String::from("x")].concat() }).sum()) {
                        yield_!(t("t4", i2s(n)));
                        yield_!((if !((String::from("xyz")).len() % 2 == 0) { format!("{}-{}", (String::from("four")), cap.try_send(1)) } else { format!("{}-{}", (String::from("ab")), T::id(&cap)) }));
                        yield_!(t("t5", String::from("ab")));
                    }
                    let mut a: i64 = cap.into_n();
                    if (((String::from("hello")).len() % 2 == 0 && !((String::from("hello")).len() % 2 == 0)) || !((String::from("four")).len() % 2 == 0)) {
                        yield_!(format!("{}-{}", (String::from("four")), (n + n)));
                        yield_!([(if (String::from("ab")).len() % 2 == 0 { String::from("") } else { String::from("ab") }), format!("{}-{}", (String::from("four")), 3)].concat());
                    }
                } else if (!((String::from("ab")).len() % 2 == 0) && !(cap.borrow() != 3)) {
                    let mut fuel6 = 0;
                    let a = 'l6: loop {
                        fuel6 += 1;
                        if fuel6 > 2 {
                            break 'l6 t("t7", f3(5, String::from(""), cap.id()));
                        }
                        if !(T("k8").id() > 4) {
                            return f3((match cap.len() { 0 => 2, n if n > 4 => n + 1, _ => cap.try_send(3) }), yield_!(String::from("four")), T::take(keep(T("v10"), 9)));
                        }
                        consume(T("v11"));
                    };
                    let e = T("v12");
                } else if (((String::from("")).len() % 2 == 0 || cap.borrow() != 3) && (String::from("hello")).is_empty()) {
                    let mut fuel13 = 0;
                    'l13: while fuel13 < 3 && !(2 >= 3) {
                        fuel13 += 1;
                        let (mut f, b) = (T("v14"), Some(T("k15")).unwrap().id());
                        r = [t("t16", yield_!(String::from("x"))), yield_!(t("t17", String::from("")))].concat();
                        let P { a: a, b: e } = P { a: (f.into_n() - (yield_!(r.clone()).len() as i64)), b: [String::from("ab"), i2s(t("t18", b))].concat() };
                    }
                }
                if !((String::from("xyz")).len() % 2 == 0) {
                     {
                    }
                } else if (String::from("xyz")).is_empty() {
                } else if (3 > 0 && ((String::from("xyz")).len() % 2 == 0 && 1 <= 5)) {
                }
                if (String::from("ab")).len() % 2 == 0 {
                    break 'b1 t("t19", Some(T("k20")).unwrap().id());
                }
                (P { a: T("k21").id(), b: String::from("hello") }).sum()
            };
            Acc::new((2 * 2)).add((yield_!(String::from("x")).len() as i64)).add(e).get()
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
                    yield_!([r.clone(), (if r.len() % 2 == 0 { d.clone() } else { d.clone() })].concat());
                }
                yield_!(t("t3", [r, String::from("xyz")].concat()));
            } else if r.is_empty() {
                let mut fuel4 = Vec::from([t("t5", opt(&(String::from("four")))?), (yield_!(String::from("four")).len() as i64)]);
                'l4: while let Some(w) = fuel4.pop() {
                    if 2 <= 0 {
                        break 'l4;
                    }
                }
            } else if ((5 <= 3 || r.len() % 2 == 0) && (String::from("xyz")).len() % 2 == 0) {
            }
            Some((yield_!(i2s(0)).len() as i64))
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
                    yield_!(format!("{}-{}", (r.clone()), t("t4", cap.len())));
                } else {
                    let [d, _, _] = [T("k5").into_n(), Acc::new(w).add(T::take(keep(keep(T("v7"), w), 6))).add((P { a: (P { a: cap.lock(), b: r.clone() }).sum(), b: yield_!(String::from("xyz")) }).sum()).get(), (yield_!(i2s(t("t8", (r.len() as i64)))).len() as i64)];
                    r = String::from("hello");
                    if ((1 < 0 || (r.clone()).is_empty()) && ((r.clone()).len() % 2 == 0 || (r.clone()).len() % 2 == 0)) {
                        return (yield_!(format!("{}-{}", r, d)).len() as i64);
                    }
                }
                'l9: for w in [[[r.clone(), String::from("")].concat(), t("t10", String::from(""))].concat(), t("t11", i2s(w))] {
                    yield_from!([w, [String::from(""), i2s(5)].concat()], String::new());
                    yield_!([String::from("hello"), [String::from("xyz"), String::from("four")].concat()].concat());
                    let mut f = T("k12").id();
                }
                r = i2s(Acc::new(cap.len()).add(T("k13").id()).add(f3(w, r.clone(), 4)).get());
                let (mut f, c) = (T("v14"), (match 3 { 0 => w, n if n > 4 => n + 1, _ => T("k15").into_n() }));
            }
            let mut c: T = keep(keep(T("v16"), f3(2, r, T::id(&cap))), (if (String::from("ab")).is_empty() { t("t17", cap.lock()) } else { (cap.id() + 0) }));
            yield_!(format!("{}-{}", (String::from("")), (c.try_send(5) + cap.id())));
            yield_!(String::from("hello"));
            let mut b = (if (((String::from("x")).len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0) && ((String::from("four")).len() % 2 == 0 && (String::from("")).len() % 2 == 0)) { yield_!(format!("{}-{}", (String::from("ab")), c.len())) } else { yield_!(format!("{}-{}", (String::from("four")), 3)) });
            drop(T("v18"));
            yield_!(b.clone());
            let e = i2s((if c.id() == 3 { c.len() } else { (4 * cap.id()) }));
            (b.len() as i64)
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
            yield_!(i2s(Some(T("k1")).unwrap().id()));
            'l2: for w in 0..cap3((if (cap.id() < 4 || (r.clone()).len() % 2 == 0) { cap.into_n() } else { Acc::new((r.len() as i64)).add(cap.lock()).add((r.len() as i64)).get() })) {
                if r.len() % 2 == 0 {
                    if ((if (String::from("hello")).len() % 2 == 0 { w } else { w }) > 4 || w >= 1) {
                        panic!("p3");
                    }
                    drop(T("v4"));
                    yield_!((if (String::from("")).is_empty() { r.clone() } else { i2s(2) }));
                } else {
                    consume(keep(T("v5"), (T("k6").id() - (P { a: w, b: String::from("hello") }).sum())));
                    yield_!(r.clone());
                    let b = yield_!(t("t7", (if (r.len() as i64) != 0 { r.clone() } else { String::from("xyz") })));
                }
                yield_!(r.clone());
                'l8: for w in [r.clone(), r.clone()] {
                }
            }
            (yield_!(format!("{}-{}", r, 5)).len() as i64)
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
                let u4: String;
                yield_!(String::from("ab"));
                if ((String::from("hello")).len() % 2 == 0 && (e <= 4 && (3 < 4 && (String::from("four")).len() % 2 == 0))) {
                    u4 = r.clone();
                } else {
                    u4 = (if (r.clone()).len() % 2 == 0 { yield_!(r.clone()) } else { i2s(0) });
                }
                drop(keep(T("v5"), (yield_!(t("t6", String::from("hello"))).len() as i64)));
                let d = a;
            }
            let mut fuel7 = 0;
            let b = 'l7: loop {
                fuel7 += 1;
                if fuel7 > 2 {
                    break 'l7 0;
                }
                if let Some(n) = T("k8").opt() {
                    let [f, _, _] = [f3(t("t10", T("k11").len()), i2s((P { a: cap.id(), b: r.clone() }).sum()), n), cap.len(), f3((P { a: res(&(String::from("x")))?, b: t("t12", r.clone()) }).sum(), (if (r.clone()).len() % 2 == 0 { yield_!(r.clone()) } else { t("t13", String::from("")) }), n)];
                }
                let f = (yield_!(i2s(res(&(String::from("four")))?)).len() as i64);
                r = [t("t14", (if r.len() % 2 == 0 { r.clone() } else { r.clone() })), r.clone()].concat();
            };
            if let Some(n) = T("k15").opt() {
                r = format!("{}-{}", r, (match (r.len() as i64) { 0 => Some(T("k16")).unwrap().id(), n if n > 2 => n + 1, _ => t("t17", b) }));
                if let Some(n) = opt(&r) {
                    let f = T("v18");
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
                    drop(keep(keep(T("v3"), (match (r.len() as i64) { 0 => (r.len() as i64), n if n > 0 => n + 1, _ => cap.borrow() })), (yield_!(String::from("")).len() as i64)));
                }
                'l4: for w in [String::from("ab"), (if r.len() % 2 == 0 { yield_!(String::from("")) } else { (if r.len() % 2 == 0 { r.clone() } else { r.clone() }) })] {
                    let e = [String::from("hello"), i2s((match 1 { 0 => (r.len() as i64), n if n > 3 => n + 1, _ => (r.len() as i64) }))].concat();
                    yield_!(i2s((if (w.clone()).len() % 2 == 0 { cap.id() } else { cap.try_send(3) })));
                }
                let Some(d) = opt(&r) else {
                    panic!("p5");
                };
                match T("k6").len() {
                    0 => {
                        let f = Acc::new(cap.len()).add(d).add((match d { 0 => Acc::new(d).add((r.len() as i64)).add(3).get(), n if n > 4 => n + 1, _ => d })).get();
                    }
                    n if n > 1 => {
                        let mut b = n;
                        let a = t("t7", format!("{}-{}", r, (r.len() as i64)));
                    }
                    n => {
                        consume(T("v8"));
                    }
                }
            }
            let (mut b, a) = (cap, f3(f3((yield_!(r).len() as i64), i2s(1), (P { a: 5, b: String::from("ab") }).sum()), i2s((P { a: 0, b: String::from("") }).sum()), t("t9", (yield_!(String::from("xyz")).len() as i64))));
            if let Some(n) = opt(&(format!("{}-{}", (String::from("")), (1 * a)))) {
                'l10: for w in [String::from("ab"), yield_!(String::from("four"))] {
                }
            } else {
            }
            Some(a)
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
            let e = 'l1: loop {
                fuel1 += 1;
                if fuel1 > 1 {
                    break 'l1 (r.len() as i64);
                }
                yield_!(r.clone());
                let mut fuel2 = 0;
                'l2: while fuel2 < 1 && (r.clone()).is_empty() {
                    fuel2 += 1;
                    yield_!(t("t3", t("t4", r.clone())));
                    if !((r.is_empty() || !((r.len() as i64) == 4))) {
                        panic!("p5");
                    }
                }
                yield_!(format!("{}-{}", r, cap.id()));
            };
            let Some(c) = opt(&((if (r.len() % 2 == 0 && b == 0) { (if 4 > 2 { r.clone() } else { String::from("hello") }) } else { format!("{}-{}", r, e) }))) else {
                panic!("p6");
            };
            if let Some(n) = opt(&((if r.len() % 2 == 0 { i2s(e) } else { i2s(b) }))) {
                let mut fuel7 = Vec::from([4, keep(T("v9"), 8).take()]);
                'l7: while let Some(w) = fuel7.pop() {
                    r = t("t10", (if r.is_empty() { t("t11", r.clone()) } else { i2s(e) }));
                    let mut c = c;
                }
                let mut d: i64 = Acc::new((P { a: cap.borrow(), b: t("t12", r.clone()) }).sum()).add(T::take(keep(keep(T("v14"), e), 13))).add(((yield_!(String::from("xyz")).len() as i64) + (P { a: cap.id(), b: String::from("xyz") }).sum())).get();
                'l15: for w in 0..cap3(2) {
                    let mut c = String::from("four");
                    let (mut a, c) = (T("v16"), (if (!((r.clone()).len() % 2 == 0) || (r.len() as i64) < 5) { 4 } else { keep(keep(T("v18"), 1), 17).take() }));
                    consume(a);
                }
            } else {
                if let Some(n) = opt(&r) && n > 3 {
                    r = r.clone();
                    yield_!(t("t20", i2s((r.len() as i64))));
                    r = i2s(((match 3 { 0 => 2, n if n > 2 => n + 1, _ => c }) + (3 - c)));
                } else if t("t19", (r.len() as i64)) < 3 {
                    yield_!([String::from("hello"), (if (r.len() as i64) <= 3 { String::from("") } else { String::from("ab") })].concat());
                } else {
                }
            }
            (match c { 0 => (if 0 <= 0 { cap.borrow() } else { 3 }), n if n > 2 => n + 1, _ => (match (r.len() as i64) { 0 => e, n if n > 3 => n + 1, _ => (r.len() as i64) }) })
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
                        yield_from!(Some(format!("{}-{}", (String::from("four")), opt(&(String::from("four")))?)), String::new());
                        let [d, _, _] = [t("t7", (match (match n { 0 => n, n if n > 5 => n + 1, _ => n }) { 0 => opt(&(String::from("hello")))?, n if n > 4 => n + 1, _ => (n + 1) })), n, Acc::new(T("k8").into_n()).add(2).add(t("t9", (yield_!(String::from("x")).len() as i64))).get()];
                    } else {
                        drop(T("v10"));
                        if (String::from("x")).len() % 2 == 0 {
                            return None;
                        }
                    }
                }
                Some(n) => {
                    'l11: for w in 0..cap3(t("t12", T::take(keep(T("v14"), 13)))) {
                        let P { a: e, b: f } = P { a: 2, b: yield_!([String::from("x"), (if (String::from("")).len() % 2 == 0 { String::from("xyz") } else { String::from("ab") })].concat()) };
                        if ((f.is_empty() || (2 <= 2 || n >= 1)) || (((f.len() as i64) != 3 || f.len() % 2 == 0) || (f.clone()).len() % 2 == 0)) {
                            return None;
                        }
                    }
                    if (yield_!(String::from("x"))).is_empty() {
                        return Some((n - n));
                    }
                    'l15: for w in 0..cap3(n) {
                        let mut d = format!("{}-{}", (t("t16", String::from(""))), f3((P { a: w, b: String::from("four") }).sum(), t("t17", String::from("x")), (match w { 0 => w, n if n > 0 => n + 1, _ => 5 })));
                        d = i2s((((d.len() as i64) + 2) + (4 + w)));
                        consume(T("v18"));
                        if !(d.is_empty()) {
                            panic!("p19");
                        }
                    }
                }
                None => {
                    drop(T("v20"));
                    let u21: i64;
                    if ((String::from("hello")).len() % 2 == 0 && ((String::from("")).len() % 2 == 0 || 5 > 3)) {
                        u21 = T::take(keep(T("v23"), 22));
                    } else {
                        u21 = t("t24", 5);
                    }
                }
            }
            if let Some(n) = T("k25").opt() {
                let e = (if (String::from("")).len() % 2 == 0 { [(if 1 >= 3 { String::from("hello") } else { String::from("hello") }), String::from("hello")].concat() } else { yield_!(t("t26", String::from(""))) });
            } else if !((String::from("x")).len() % 2 == 0) {
            } else if (String::from("x")).len() % 2 == 0 {
            }
            Some(f3(3, t("t27", String::from("hello")), T("k28").id()))
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
                    yield_!([String::from(""), i2s(w)].concat());
                    yield_from!((0..0i64).map(i2s), String::new());
                }
                let (mut e, a) = (T("v5"), t("t6", 5));
                if (yield_!(r.clone())).len() % 2 == 0 {
                    panic!("p7");
                }
                if let Some(n) = opt(&r) {
                    let P { a: d, b: b } = P { a: (yield_!(r.clone()).len() as i64), b: (if !((e.id() > 1 && r.len() % 2 == 0)) { i2s((yield_!(r.clone()).len() as i64)) } else { yield_!(r.clone()) }) };
                    let mut b = t("t8", yield_!(format!("{}-{}", (b), cap.len())));
                } else if ((r.clone()).is_empty() && cap.len() < 2) {
                    if (!((String::from("ab")).len() % 2 == 0) && (r.len() as i64) >= 3) {
                        continue 'l2;
                    }
                    yield_!((if (r.len() % 2 == 0 && (r.clone()).len() % 2 == 0) { [String::from(""), r.clone()].concat() } else { i2s((r.len() as i64)) }));
                    let e = keep(e, Acc::new(T("k9").into_n()).add((yield_!(r.clone()).len() as i64)).add(cap.id()).get());
                } else if r.len() % 2 == 0 {
                    drop(T("v10"));
                    let P { a: b, b: d } = P { a: (if !(!((r.clone()).len() % 2 == 0)) { T::id(&e) } else { (if ((r.clone()).len() % 2 == 0 || e.borrow() <= 3) { cap.borrow() } else { a }) }), b: r.clone() };
                }
            }
            let a = keep(cap, 11).take();
            drop(keep(T("v12"), a));
            yield_from!([(if !(r.len() % 2 == 0) { i2s(b) } else { i2s(a) }), String::from("x")], String::new());
            'l13: for w in 0..cap3((yield_!(r.clone()).len() as i64)) {
                yield_!(String::from("xyz"));
            }
            Ok((if !(r.len() % 2 == 0) { T("k14").into_n() } else { t("t15", 5) }))
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
                        yield_!(t("t12", c.clone()));
                        yield_!(t("t13", String::from("hello")));
                    }
                } else if (!((r.len() as i64) <= 2) && r.is_empty()) {
                    yield_!(format!("{}-{}", r, cap.try_send(1)));
                    let e = f3(f3((P { a: (r.len() as i64), b: String::from("four") }).sum(), i2s(cap.try_send(1)), (P { a: 4, b: String::from("xyz") }).sum()), t("t14", i2s((r.len() as i64))), T::id(&cap));
                    let f = T("v15");
                }
            }
            Some((f3(cap.lock(), String::from("x"), 4) + T::take(keep(T("v17"), 16))))
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
                        yield_!(r.clone());
                    }
                    _ => {
                        let b = T("v4");
                    }
                }
                yield_from!((0..2i64).map(i2s), String::new());
            }
            'l5: for w in 0..cap3((r.len() as i64)) {
                let mut fuel6 = 0;
                let c = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 1 {
                        break 'l6 (if w == 5 { (match (r.len() as i64) { 0 => w, n if n > 4 => n + 1, _ => (r.len() as i64) }) } else { (r.len() as i64) });
                    }
                    drop(T("v7"));
                    yield_from!(Some((if (r.clone()).len() % 2 == 0 { r.clone() } else { r.clone() })), String::new());
                };
                drop(T("v10"));
            }
            Ok(f3(cap.into_n(), i2s(2), t("t11", 4)))
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
            yield_!([String::from("four"), i2s(e.id())].concat());
            'l15: for w in 0..cap3(t("t16", T::take(keep(T("v18"), 17)))) {
                let e = keep(T("v19"), T::take(keep(T("v21"), 20)));
                if let Some(n) = T("k22").opt() {
                    r = (if ((String::from("four")).is_empty() || (String::from("four")).is_empty()) { (if (String::from("four")).is_empty() { (if (String::from("ab")).len() % 2 == 0 { String::from("four") } else { String::from("x") }) } else { (if w < 3 { String::from("hello") } else { String::from("hello") }) }) } else { t("t23", yield_!(String::from(""))) });
                    let b = T::take(e);
                }
            }
            Ok((2 + T("k24").len()))
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
                    yield_!((if (r.len() as i64) <= 1 { format!("{}-{}", (String::from("hello")), cap.id()) } else { [r.clone(), String::from("x")].concat() }));
                    consume(T("v5"));
                }
                drop(T("v6"));
            }
            let mut fuel7 = 0;
            'l7: while fuel7 < 3 && (4 > 4 || e.len() % 2 == 0) {
                fuel7 += 1;
                let mut fuel8 = 0;
                'l8: while fuel8 < 1 && e.is_empty() {
                    fuel8 += 1;
                    if (t("t9", String::from("x"))).is_empty() {
                        panic!("p10");
                    }
                    if !((r.len() % 2 == 0 && (String::from("xyz")).len() % 2 == 0)) {
                        break 'l7;
                    }
                }
                if ((!((e.len() as i64) == 0) || (4 < 1 || cap.len() >= 0)) && (e.clone()).is_empty()) {
                    return Some(Acc::new(opt(&(r.clone()))?).add(cap.id()).add((e.len() as i64)).get());
                }
                let mut fuel11 = 0;
                'l11: while fuel11 < 3 && ((5 == 4 && e.len() % 2 == 0) || r.is_empty()) {
                    fuel11 += 1;
                    e = yield_!(String::from(""));
                    let c = (r.len() as i64);
                    consume(T("v12"));
                    drop(T("v13"));
                }
                if let Some(n) = opt(&(t("t14", (if e.len() % 2 == 0 { r.clone() } else { r.clone() })))) && n > 1 {
                    let mut d = 0;
                    yield_!(r.clone());
                    let b = T("v15");
                } else if ((e.len() % 2 == 0 && e.len() % 2 == 0) || (r.len() % 2 == 0 || (String::from("hello")).len() % 2 == 0)) {
                    r = (if ((1 != 1 || (r.len() as i64) <= 4) && e.len() % 2 == 0) { t("t16", [String::from("hello"), String::from("hello")].concat()) } else { [t("t17", String::from("x")), format!("{}-{}", (e.clone()), cap.borrow())].concat() });
                } else {
                }
            }
            Some(opt(&r)?)
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
            let d = 'b1: {
                let P { a: a, b: d } = P { a: (yield_!([r.clone(), r.clone()].concat()).len() as i64), b: format!("{}-{}", (r), T("k2").len()) };
                yield_!(d.clone());
                if (a < 0 || (a != 5 || d.len() % 2 == 0)) {
                    break 'b1 4;
                }
                cap.lock()
            };
            'l3: for w in [[yield_!(String::from("x")), yield_!(String::from("four"))].concat(), i2s((cap.len() - T::id(&cap)))] {
                if (String::from("ab")).len() % 2 == 0 {
                    return Some(T("k4").len());
                }
                let mut fuel5 = 0;
                'l5: while fuel5 < 3 && !(d < 1) {
                    fuel5 += 1;
                    let f = String::from("hello");
                    r = [f, i2s(Acc::new((w.len() as i64)).add(d).add(d).get())].concat();
                    let a = T("k6").id();
                    r = format!("{}-{}", (w.clone()), opt(&w)?);
                }
                yield_!(w);
                let f = 'b7: {
                     {
                        let d = keep(keep(T("v8"), (if (String::from("four")).len() % 2 == 0 { 3 } else { cap.lock() })), 0);
                        let mut d = d;
                    }
                    if (d > 0 && d == 2) {
                        break 'b7 Some(T("k9")).unwrap().id();
                    }
                    f3((match 1 { 0 => d, n if n > 3 => n + 1, _ => cap.borrow() }), i2s(5), (d + d))
                };
            }
            if ((String::from("ab")).is_empty() || ((d <= 5 && d > 3) || ((String::from("x")).len() % 2 == 0 && d == 1))) {
                panic!("p10");
            }
            'l11: for w in [t("t12", yield_!(String::from("xyz"))), String::from("hello")] {
                match ((w.len() as i64), yield_!(w.clone())) {
                    (0, n) => {
                        drop(T("v13"));
                        r = [t("t14", [n.clone(), n.clone()].concat()), w].concat();
                        if ((String::from("")).len() % 2 == 0 && !(((String::from("")).len() % 2 == 0 && d < 4))) {
                            return None;
                        }
                    }
                    (_, n) if n.len() > 2 => {
                    }
                    (_, n) => {
                    }
                }
            }
            Some(t("t16", t("t17", 4)))
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
            yield_!(t("t1", t("t2", r.clone())));
            match cap.lock() {
                0 => {
                    yield_!(i2s(2));
                    drop(T("v3"));
                }
                n if n > 5 => {
                    yield_!(r);
                    let u4: i64;
                    if (yield_!(String::from("four"))).len() % 2 == 0 {
                        u4 = n;
                    } else {
                        u4 = ((P { a: 5, b: String::from("xyz") }).sum() * keep(T("v6"), 5).take());
                    }
                     {
                    }
                }
                _ => {
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
mod p286 {
use super::h::*;
pub fn run(inputs: Vec<String>) -> Vec<String> {
    {
        let cap = T("cap");
        let co = coro!(yield = String; move |mut r: String| -> i64 {
            let u1: i64;
            if (r.clone()).is_empty() {
                u1 = (P { a: f3(cap.try_send(1), r.clone(), T::id(&cap)), b: t("t2", r) }).sum();
            } else {
                u1 = t("t3", T::take(keep(T("v5"), 4)));
            }
            let u6: String;
            yield_!((if (String::from("")).len() % 2 == 0 { format!("{}-{}", (String::from("four")), 3) } else { (if (String::from("ab")).len() % 2 == 0 { String::from("") } else { String::from("x") }) }));
            if (i2s(u1)).len() % 2 == 0 {
                u6 = t("t7", t("t8", String::from("hello")));
            } else {
                u6 = format!("{}-{}", (String::from("hello")), (P { a: cap.len(), b: String::from("x") }).sum());
            }
            let (mut e, a) = (T("v9"), 1);
            let mut fuel10 = Vec::from([(P { a: f3(T::id(&e), String::from("hello"), u1), b: i2s(cap.try_send(2)) }).sum(), u1]);
            'l10: while let Some(w) = fuel10.pop() {
                consume(keep(T("v11"), (yield_!(i2s(1)).len() as i64)));
                let Some(e) = opt(&((if (u6.clone()).is_empty() { yield_!(u6.clone()) } else { u6.clone() }))) else {
                    return a;
                };
            }
            match T("k12").len() {
                0 => {
                    'l13: for w in T("k14").items() {
                        let b = String::from("ab");
                        yield_!((if u6.is_empty() { i2s((b.len() as i64)) } else { i2s((b.len() as i64)) }));
                        let c = Some(T("k15")).unwrap().id();
                    }
                }
                n if n > 5 => {
                    if (0 != 5 || !(e.borrow() == 1)) {
                        if u6.is_empty() {
                            return T("k16").id();
                        }
                    }
                    r = yield_!(u6.clone());
                    'l17: for w in [yield_!(t("t18", u6)), [r.clone(), yield_!(String::from("xyz"))].concat()] {
                        if (format!("{}-{}", w, 3)).len() % 2 == 0 {
                            continue 'l17;
                        }
                        yield_from!([w.clone(), (if r.is_empty() { [r.clone(), String::from("xyz")].concat() } else { w })], String::new());
                        drop(keep(keep(T("v19"), (match n { 0 => u1, n if n > 0 => n + 1, _ => 2 })), (if (r.clone()).len() % 2 == 0 { T::take(keep(T("v21"), 20)) } else { Acc::new(3).add((r.len() as i64)).add((r.len() as i64)).get() })));
                    }
                }
                n => {
                    e = keep(keep(cap, e.borrow()), e.into_n());
                }
            }
            'l22: for w in T("k23").items() {
                let mut d = yield_!(format!("{}-{}", (String::from("hello")), f3(0, String::from("x"), a)));
                yield_!((if !((d.len() as i64) != 5) { d.clone() } else { [d.clone(), String::from("")].concat() }));
            }
            a
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
            let e = 'b1: {
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
                        yield_from!([i2s(T::take(keep(T("v5"), 4))), [i2s(e), t("t6", r.clone())].concat()], String::new());
                    }
                }
                let u9: String;
                yield_!(r);
                if (String::from("")).len() % 2 == 0 {
                    u9 = [String::from("ab"), i2s(e)].concat();
                } else {
                    u9 = yield_!(t("t10", String::from("hello")));
                }
                let Some(c) = opt(&u9) else {
                    return f3(4, i2s(4), 0);
                };
                if ((0 >= 5 && e > 3) && ((u9).len() % 2 == 0 || c == 2)) {
                    break 'b1 T::take(keep(keep(T("v12"), 0), 11));
                }
                f3((P { a: c, b: String::from("hello") }).sum(), t("t13", String::from("")), t("t14", c))
            };
            let Some(f) = opt(&(t("t15", [String::from(""), String::from("xyz")].concat()))) else {
                panic!("p16");
            };
            let Some(c) = opt(&(yield_!(t("t17", String::from("xyz"))))) else {
                return (if !(e != 1) { f3(e, String::from("x"), f) } else { t("t18", 4) });
            };
            let mut fuel19 = Vec::from([T("k20").into_n(), (P { a: f, b: yield_!(String::from("xyz")) }).sum()]);
            'l19: while let Some(w) = fuel19.pop() {
                consume(keep(T("v21"), t("t22", t("t23", f))));
                'l24: for w in 0..cap3(T::take(keep(T("v26"), 25))) {
                    let mut b: String = String::from("");
                    let mut f = T("v27");
                }
            }
            f3((P { a: 5, b: String::from("") }).sum(), i2s(0), keep(T("v29"), 28).take())
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
                        yield_!(String::from("ab"));
                        let mut f = Acc::new(w).add(w).add(t("t3", (match (r.len() as i64) { 0 => w, n if n > 5 => n + 1, _ => cap.try_send(1) }))).get();
                        if (!((1 > 2 || T::id(&cap) >= 5)) || (String::from("xyz")).is_empty()) {
                            return Ok(T::id(&cap));
                        }
                    }
                    consume(T("v4"));
                }
                if r.is_empty() {
                    let (mut c, f) = (keep(T("v5"), (yield_!([r.clone(), String::from("four")].concat()).len() as i64)), 0);
                    let mut b = (match (if r.len() % 2 == 0 { (if (r.len() as i64) > 2 { c.try_send(3) } else { w }) } else { Acc::new(f).add((r.len() as i64)).add(5).get() }) { 0 => T::take(c), n if n > 3 => n + 1, _ => 1 });
                }
            }
            let mut fuel6 = Vec::from([cap.borrow(), cap.into_n()]);
            'l6: while let Some(w) = fuel6.pop() {
                let mut e: i64 = w;
                 {
                    yield_!(String::from("ab"));
                }
            }
            Ok(f3(T("k7").id(), r.clone(), Acc::new((r.len() as i64)).add(0).add((r.len() as i64)).get()))
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
            yield_!(format!("{}-{}", r, t("t5", 2)));
            let mut fuel6 = Vec::from([(r.len() as i64), 1]);
            'l6: while let Some(w) = fuel6.pop() {
                drop(T("v7"));
                let mut fuel8 = 0;
                let c = 'l8: loop {
                    fuel8 += 1;
                    if fuel8 > 2 {
                        break 'l8 f3((P { a: 0, b: String::from("ab") }).sum(), [String::from("ab"), r.clone()].concat(), (P { a: b.id(), b: r.clone() }).sum());
                    }
                    r = yield_!(t("t9", String::from("ab")));
                    yield_!(String::from("ab"));
                    yield_!(String::from("x"));
                    yield_!((if r.len() % 2 == 0 { t("t10", r.clone()) } else { (if (String::from("four")).len() % 2 == 0 { r.clone() } else { r.clone() }) }));
                };
            }
            e = T("v11");
            match T::take(keep(T("v13"), 12)) {
                0 => {
                    drop(T("v14"));
                    let u15: String;
                    yield_!(i2s(f3(5, String::from("ab"), (r.len() as i64))));
                    if (r.clone()).is_empty() {
                        u15 = [(if (r.clone()).len() % 2 == 0 { r } else { r.clone() }), i2s(5)].concat();
                    } else {
                        u15 = [String::from("xyz"), r.clone()].concat();
                    }
                }
                n if n > 5 => {
                    let u16: i64;
                    if ((String::from("x")).is_empty() || r.is_empty()) {
                        u16 = (if !(cap.lock() > 2) { (P { a: n, b: String::from("x") }).sum() } else { t("t17", 1) });
                    } else {
                        u16 = n;
                    }
                    let (mut d, f) = (T("v18"), n);
                }
                _ => {
                    let mut d = r;
                }
            }
            let mut fuel19 = 0;
            'l19: while fuel19 < 1 && f3(1, String::from("ab"), T::id(&e)) >= 0 {
                fuel19 += 1;
                let a = 'b20: {
                    let Some(a) = opt(&(yield_!(t("t21", String::from("four"))))) else {
                        panic!("p22");
                    };
                    consume(T("v23"));
                    if (T::id(&cap) < 1 && !((String::from("hello")).len() % 2 == 0)) {
                        break 'b20 Acc::new((if (String::from("x")).len() % 2 == 0 { 4 } else { a })).add(Acc::new(a).add(a).add(5).get()).add(T::take(keep(T("v25"), 24))).get();
                    }
                    (yield_!(i2s(a)).len() as i64)
                };
                let mut fuel26 = Vec::from([t("t27", a), e.try_send(5)]);
                'l26: while let Some(w) = fuel26.pop() {
                }
            }
            (P { a: (if b.borrow() <= 0 { 1 } else { 4 }), b: i2s(2) }).sum()
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
                if ((yield_!(r.clone()).len() as i64) < 1 || (r).is_empty()) {
                    u1 = t("t2", n);
                } else {
                    u1 = f3((match 0 { 0 => n, n if n > 5 => n + 1, _ => cap.try_send(0) }), String::from("x"), Acc::new(n).add(T::id(&cap)).add(cap.id()).get());
                }
            } else if (!((String::from("x")).len() % 2 == 0) || (r.len() % 2 == 0 && (r.len() as i64) > 0)) {
                let mut fuel3 = 0;
                'l3: loop {
                    fuel3 += 1;
                    if fuel3 > 3 {
                        break 'l3;
                    }
                    let [a, _, _] = [f3(T::take(keep(keep(T("v5"), (r.len() as i64)), 4)), format!("{}-{}", r, (match T::id(&cap) { 0 => 3, n if n > 0 => n + 1, _ => (r.len() as i64) })), (if cap.id() > 4 { T("k6").into_n() } else { (4 * 4) })), opt(&r)?, t("t7", opt(&r)?)];
                    r = t("t8", [String::from("xyz"), t("t9", String::from("ab"))].concat());
                    yield_!((if !(cap.len() != 5) { (if (r.len() as i64) == 5 { String::from("ab") } else { String::from("hello") }) } else { (if cap.try_send(0) == 5 { String::from("ab") } else { String::from("hello") }) }));
                }
                 {
                    if let Some(n) = opt(&r) {
                        let f = Acc::new((match T::id(&cap) { 0 => n, n if n > 3 => n + 1, _ => cap.lock() })).add(f3((4 * n), t("t10", String::from("")), cap.into_n())).add(t("t11", n)).get();
                        let b = f;
                        r = [(if ((String::from("ab")).len() % 2 == 0 && (String::from("ab")).len() % 2 == 0) { i2s(f) } else { [String::from("x"), String::from("")].concat() }), format!("{}-{}", (String::from("hello")), (n - b))].concat();
                    } else if opt(&(r))? >= 0 {
                        r = t("t12", [String::from("ab"), (if 5 == 0 { String::from("hello") } else { String::from("ab") })].concat());
                    } else {
                        if ((if (String::from("x")).len() % 2 == 0 { String::from("x") } else { String::from("ab") })).is_empty() {
                            return Some(opt(&(String::from("four")))?);
                        }
                    }
                }
                let b = 'b13: {
                    if (1 + 0) > 1 {
                        break 'b13 f3((4 + 1), format!("{}-{}", (String::from("xyz")), 0), (P { a: 0, b: String::from("") }).sum());
                    }
                    opt(&(String::from("x")))?
                };
            } else if ((4 != 0 || 2 == 2) && cap.try_send(0) < 0) {
            }
            Some(keep(T("v15"), 14).take())
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
                    yield_!((if (String::from("x")).len() % 2 == 0 { i2s(2) } else { i2s(0) }));
                    if (3 * 1) == 0 {
                        break 'b2 (f3(3, String::from("four"), 0) + f3(3, String::from("four"), 2));
                    }
                    t("t4", Some(T("k5")).unwrap().id())
                };
            } else if (r).len() % 2 == 0 {
                consume(T("v6"));
            }
            yield_!((if (String::from("xyz")).len() % 2 == 0 { format!("{}-{}", (String::from("ab")), 3) } else { i2s(4) }));
            if (!(((String::from("four")).len() % 2 == 0 || (String::from("")).len() % 2 == 0)) && (String::from("hello")).is_empty()) {
            }
            Ok(3)
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
            yield_!(t("t3", String::from("xyz")));
            let b = cap.len();
            'l4: for w in T("k5").items() {
                if let Some(n) = T("k6").opt() {
                    if (t("t7", String::from("hello"))).is_empty() {
                        return Err([yield_!(String::from("four")), yield_!(String::from("hello"))].concat());
                    }
                }
                'l8: for w in 0..cap3(t("t9", Acc::new(2).add(3).add(cap.id()).get())) {
                    consume(T("v10"));
                    let (mut c, d) = (T("v11"), res(&(t("t12", String::from("xyz"))))?);
                }
                let b = i2s(f3(f3(b, String::from("hello"), w), yield_!(String::from("ab")), 4));
            }
            let mut fuel15 = Vec::from([T::id(&cap), Acc::new(f3(0, String::from("x"), cap.id())).add(keep(T("v17"), 16).take()).add((P { a: 1, b: String::from("") }).sum()).get()]);
            'l15: while let Some(w) = fuel15.pop() {
                let a = keep(T("v18"), (if !((String::from("hello")).len() % 2 == 0) { b } else { T::id(&cap) }));
            }
            Ok(T::take(cap))
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
                    yield_!(r.clone());
                    let Some(d) = opt(&(i2s(f3((r.len() as i64), r.clone(), (r.len() as i64))))) else {
                        panic!("p9");
                    };
                     {
                        r = t("t10", t("t11", format!("{}-{}", (String::from("four")), d)));
                        let e = T("v12");
                    }
                    if (String::from("xyz")).is_empty() {
                        break 'b8;
                    }
                }
                let mut fuel13 = 0;
                let f = 'l13: loop {
                    fuel13 += 1;
                    if fuel13 > 2 {
                        break 'l13 0;
                    }
                    yield_!(t("t14", [r.clone(), String::from("hello")].concat()));
                    r = t("t15", yield_!(i2s((r.len() as i64))));
                    let (mut b, c) = (T("v16"), (if (!((r.len() as i64) <= 4) || r.is_empty()) { f3(f3(w, r.clone(), (r.len() as i64)), yield_!(r.clone()), T::take(keep(T("v18"), 17))) } else { Acc::new(w).add(w).add(w).get() }));
                };
            }
            Ok(f3((yield_!(r.clone()).len() as i64), yield_!(r), (0 + 2)))
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
            yield_!(i2s((b.len() as i64)));
            consume(cap);
            'l3: for w in T("k4").items() {
                'l5: for w in 0..cap3(5) {
                    r = (if (w - w) <= 1 { String::from("xyz") } else { yield_!(i2s(w)) });
                    yield_!([t("t6", String::from("hello")), i2s(w)].concat());
                    let d = b.clone();
                    yield_!(t("t7", (if w >= 2 { b.clone() } else { String::from("xyz") })));
                }
                drop(T("v8"));
            }
            Some((5 + keep(T("v10"), 9).take()))
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
            yield_!(r.clone());
            let a = 'b1: {
                drop(T("v2"));
                if !((!(5 < 2) || cap.id() == 4)) {
                    panic!("p3");
                }
                if (r.clone()).is_empty() {
                    break 'b1 cap.into_n();
                }
                T("k4").len()
            };
            let mut fuel5 = 0;
            'l5: while fuel5 < 2 && (((r.len() as i64) != 1 || (String::from("ab")).len() % 2 == 0) || (String::from("ab")).len() % 2 == 0) {
                fuel5 += 1;
                let mut f = i2s(Acc::new(f3(a, r.clone(), a)).add((match a { 0 => a, n if n > 2 => n + 1, _ => (r.len() as i64) })).add(res(&(r.clone()))?).get());
                let mut fuel6 = 0;
                let f = 'l6: loop {
                    fuel6 += 1;
                    if fuel6 > 3 {
                        break 'l6 (5 - (match a { 0 => 1, n if n > 2 => n + 1, _ => a }));
                    }
                    let b = format!("{}-{}", f, T("k7").id());
                    let c = yield_!(b.clone());
                    consume(keep(T("v8"), f3(((c.len() as i64) + a), t("t9", r.clone()), res(&b)?)));
                    yield_!(format!("{}-{}", r, ((r.len() as i64) + 3)));
                };
            }
            if ((((String::from("four")).len() % 2 == 0 && (r).len() % 2 == 0) || (String::from("xyz")).len() % 2 == 0) || (((String::from("hello")).len() % 2 == 0 && 3 == 1) && (String::from("four")).is_empty())) {
                panic!("p10");
            }
            let mut f = T("v11");
            drop(f);
            yield_from!((0..0i64).map(i2s), String::new());
            yield_!(String::from("four"));
            'l12: for w in T("k13").items() {
                 {
                    'l14: for w in [t("t15", (if (String::from("hello")).len() % 2 == 0 { String::from("x") } else { String::from("x") })), yield_!(t("t16", String::from("")))] {
                        r = String::from("x");
                    }
                }
            }
            Ok((if a > 0 { T::take(keep(T("v18"), 17)) } else { T("k19").into_n() }))
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
                    yield_!(t("t7", format!("{}-{}", (String::from("hello")), cap.len())));
                    let c = (P { a: (P { a: (P { a: 3, b: String::from("four") }).sum(), b: yield_!(String::from("x")) }).sum(), b: yield_!([String::from(""), String::from("four")].concat()) }).sum();
                    let a: i64 = T("k8").into_n();
                } else {
                    yield_!(t("t9", String::from("ab")));
                }
                let u10: i64;
                if ((cap.borrow() - cap.len()) - (if cap.borrow() >= 2 { cap.len() } else { cap.len() })) <= 5 {
                    u10 = Acc::new(opt(&(String::from("x")))?).add(Acc::new(cap.borrow()).add(cap.borrow()).add(cap.lock()).get()).add((P { a: cap.try_send(5), b: String::from("ab") }).sum()).get();
                } else {
                    u10 = (match t("t11", 2) { 0 => f3(4, String::from("hello"), cap.try_send(1)), n if n > 0 => n + 1, _ => T("k12").len() });
                }
                let Some(c) = opt(&((if cap.lock() != 2 { t("t13", String::from("four")) } else { String::from("xyz") }))) else {
                    panic!("p14");
                };
            }
            Some(opt(&(String::from("ab")))?)
        });
        drive(co, inputs);
    }
    take_log()
}
}

/// (program, inputs per run, native trace per run, possibly-moved tracked names)
#[rustfmt::skip]
const CASES: &[difftest::harness::CorpusCase] = &[
    (p000::run, &[&["ab", "hello"], &["four", "ab", ""], &["x", "x", "x", "x"]], &[&["Y \"four\"", "t5", "Y \"ab-2\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "t5", "Y \"four-4\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p001::run, &[&["hello"], &["hello", "x", "hello", "", "hello", "xyz"], &["xyz", "hello", "four", "x", "x", "hello"]], &[&["send cap 5", "drop cap", "R Err(\"long xyz\")", "<drop coroutine>"], &["send cap 5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p002::run, &[&["", "hello", "xyz", "four", "four", "ab", "ab", "xyz"], &["xyz", "four", "xyz", "hello", "four", "", "", "hello"], &["hello", "xyz", "", "x"]], &[&["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 7 \"\" 2", "drop k2", "Y \"\"", "into cap", "drop cap", "acc 8", "add 2", "add 9", "drop k6", "drop k4", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 10 \"xyz\" 2", "drop k2", "Y \"xyz\"", "into cap", "drop cap", "acc 8", "add 2", "add 15", "Y \"\"", "Y \"25\"", "Y \"four\"", "Y \"\"", "drop k4", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["consume v1", "drop v1", "acc 3", "add 3", "add 1", "f3 12 \"hello\" 2", "drop k2", "Y \"hello\"", "into cap", "drop cap", "acc 8", "add 2", "add 19", "drop k6", "drop k4", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p003::run, &[&["hello"], &["hello", "x", "hello", "hello", "four", "ab", "", "four"], &["xyz", "", "xyz", "x", "four", "four", "xyz"]], &[&["lock v1", "t3", "send v1 5", "keep v4 5", "lock v1", "keep v4 2", "consume v4", "drop v4", "drop v1", "drop v5", "drop cap", "R None", "<drop coroutine>"], &["lock v1", "t3", "send v1 5", "keep v4 5", "lock v1", "keep v4 2", "consume v4", "drop v4", "drop v1", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock v1", "t3", "send v1 5", "keep v4 5", "lock v1", "keep v4 2", "consume v4", "drop v4", "drop v1", "drop v5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p004::run, &[&["x", "x", "xyz", "ab", "hello", "hello"], &["x", "", "xyz", "hello", "ab"], &["ab", "x", "four", "hello", "hello", "ab"]], &[&["take cap", "drop cap", "Y \"x\"", "t2", "acc 3", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "acc 1", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "t11", "Y \"x-4\"", "drop k22", "Y \"hello-3\"", "drop k22", "Y \"hello-3\"", "drop k22", "Y \"hello-3\"", "acc 5", "add 8", "add 3", "t23", "R 19", "<drop coroutine>"], &["take cap", "drop cap", "Y \"x\"", "t2", "acc 3", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "acc 0", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "t11", "Y \"x-4\"", "drop k22", "Y \"hello-3\"", "drop k22", "Y \"hello-3\"", "drop k22", "Y \"hello-3\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"ab\"", "t2", "acc 4", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "acc 1", "keep v5 4", "take v5", "drop v5", "add 7", "add 4", "t3", "keep v9 8", "take v9", "drop v9", "drop v10", "keep v9 8", "take v9", "drop v9", "drop v10", "drop k7", "t11", "Y \"x-4\"", "t17", "Y \"ab\"", "t18", "Y \"fourfour\"", "drop k22", "Y \"hello-3\"", "drop k22", "Y \"hello-3\"", "<drop coroutine>"]], &["cap"]),
    (p005::run, &[&["ab", "four", "ab", "xyz"], &["x", "hello"], &["x", "ab"]], &[&["drop v1", "keep v3 2", "take v3", "drop v3", "keep cap 4", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "keep cap 4", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "keep cap 4", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p006::run, &[&["hello", "hello", "", "xyz"], &["ab"], &["x", "x", "xyz", "hello"]], &[&["Y \"0\"", "Y \"hello\"", "t2", "Y \"\"", "drop v6", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "Y \"x\"", "t2", "Y \"\"", "drop v6", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p007::run, &[&["four", "x"], &["hello", "ab"], &["four", "four"]], &[&["into cap", "drop cap", "f3 4 \"four\" 8", "f3 0 \"xyz\" 0", "drop k2", "acc 6", "t3", "add 4", "add 4", "t4", "t6", "Y \"\"", "t5", "t8", "Y \"x-16\"", "<drop coroutine>"], &["into cap", "drop cap", "f3 5 \"hello\" 8", "f3 0 \"xyz\" 0", "drop k2", "acc 6", "t3", "add 4", "add 4", "t4", "t6", "Y \"\"", "t5", "t8", "Y \"ab-18\"", "<drop coroutine>"], &["into cap", "drop cap", "f3 4 \"four\" 8", "f3 0 \"xyz\" 0", "drop k2", "acc 6", "t3", "add 4", "add 4", "t4", "t6", "Y \"\"", "t5", "t8", "Y \"four-16\"", "<drop coroutine>"]], &["cap", "v10", "v9"]),
    (p008::run, &[&["", "hello", "four", "", "hello", "", "hello", "hello"], &["four", "hello", "hello", "", "xyz", "ab", "", "hello"], &["x", "ab", "ab"]], &[&["into cap", "drop cap", "t2", "f3 3 \"0\" 3", "Y \"four\"", "consume v3", "drop v3", "f3 7 \"four\" 5", "Y \"four\"", "consume v3", "drop v3", "f3 8 \"four\" 5", "Y \"x\"", "Y \"\"", "keep v11 10", "take v11", "drop v11", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "t2", "f3 4 \"4\" 3", "Y \"four\"", "consume v3", "drop v3", "f3 8 \"four\" 5", "Y \"four\"", "consume v3", "drop v3", "f3 8 \"four\" 5", "Y \"x\"", "Y \"fourfour\"", "keep v11 10", "take v11", "drop v11", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "t2", "f3 3 \"1\" 3", "Y \"four\"", "t4", "Y \"x\"", "f3 7 \"four\" 5", "Y \"four\"", "<drop coroutine>"]], &["cap"]),
    (p009::run, &[&["hello", "", "", ""], &["xyz", "hello"], &["four", "", "ab", "four", "xyz", "ab", "hello"]], &[&["drop k1", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k10", "drop v11", "drop v9", "drop k1", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p010::run, &[&["", "hello", "four", "hello", "", "xyz"], &["xyz", "four", "ab", "x", "four", "", "four", ""], &["four", "hello", "x", "four", "", "four"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 0", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p011::run, &[&["four", "ab", "x", "x", "", "four", "ab"], &["hello", "ab", "xyz", "x", "xyz"], &["xyz", "hello", "x", "hello", "x", "x", "xyz", "ab"]], &[&["drop cap", "f3 3 \"four\" 2", "keep v2 9", "drop v2", "drop k1", "Y \"ab\"", "t4", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "f3 3 \"hello\" 2", "keep v2 10", "drop v2", "drop k1", "Y \"ab\"", "t4", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "f3 3 \"xyz\" 2", "keep v2 8", "drop v2", "drop k1", "Y \"ab\"", "t4", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v13"]),
    (p012::run, &[&["", "ab", "x", "hello", "x", "x"], &["x", "ab"], &["xyz"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into k3", "drop k3", "acc 8", "t4", "add 1", "add 2", "drop k5", "Y \"1\"", "t9", "t8", "Y \"x\"", "<drop coroutine>", "drop k7", "drop cap"], &["into k3", "drop k3", "acc 8", "t4", "add 1", "add 2", "drop k5", "Y \"3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p013::run, &[&["xyz", "x", "", "", "four"], &[""], &["", "x", "ab", "ab"]], &[&["send cap 3", "t9", "Y \"helloxyz\"", "Y \"xyz\"", "Y \"helloxyz\"", "Y \"xyz\"", "t11", "Y \"x-3\"", "<drop coroutine>", "drop k2", "drop cap"], &["send cap 3", "t9", "Y \"4\"", "<drop coroutine>", "drop k2", "drop cap"], &["send cap 3", "t9", "Y \"4\"", "Y \"xyz\"", "Y \"4\"", "Y \"xyz\"", "<drop coroutine>", "drop k2", "drop cap"]], &["cap"]),
    (p014::run, &[&["", "four", "xyz", "four", "xyz", "hello", "ab", ""], &["ab", "ab", "", "hello", "ab", "xyz", "x", "xyz"], &["ab", "", "four", "", "x"]], &[&["Y \"ab\"", "Y \"\"", "Y \"ab\"", "Y \"\"", "t2", "Y \"xyz\"", "Y \"four\"", "keep v5 4", "take v5", "drop v5", "keep v8 7", "take v8", "drop v8", "f3 7 \"xyz\" 2", "Y \"7\"", "Y \"7\"", "<drop coroutine>", "drop k11", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "t2", "Y \"xyz\"", "Y \"four\"", "keep v5 4", "take v5", "drop v5", "keep v8 7", "take v8", "drop v8", "f3 7 \"xyz\" 2", "Y \"7\"", "Y \"7\"", "<drop coroutine>", "drop k11", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "Y \"ab\"", "t2", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p015::run, &[&["", "", "", "x", "", "", "x"], &["hello", "", "ab", "ab", "xyz", "x", "xyz", "hello"], &["hello", "ab"]], &[&["Y \"four\"", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "Y \"hello\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p016::run, &[&["x", "hello", "", "four", "ab", "ab", "hello"], &["hello", "x", "x", "ab", "hello", "ab"], &["hello"]], &[&["Y \"ab\"", "f3 1 \"x\" 1", "f3 3 \"hello\" 3", "keep v1 11", "drop v1", "send cap 1", "keep v14 13", "take v14", "drop v14", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "f3 1 \"hello\" 5", "f3 3 \"x\" 11", "keep v1 15", "drop v1", "send cap 1", "keep v14 13", "take v14", "drop v14", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "<drop coroutine>", "drop v1", "drop cap"]], &["cap"]),
    (p017::run, &[&["", "xyz"], &["hello", "hello", "x", "ab", "four"], &["hello", "x", "xyz"]], &[&["keep cap 1", "take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "t4", "keep v5 1", "consume v5", "drop v5", "Y \"x\"", "acc 2", "add 0", "add 0", "keep v9 8", "take v9", "drop v9", "acc 1", "add 0", "add 0", "keep v9 8", "take v9", "drop v9", "drop k7", "f3 0 \"x\" 0", "t16", "R Ok(1)", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "t4", "keep v5 11", "consume v5", "drop v5", "Y \"x\"", "acc 2", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "acc 1", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "drop k7", "f3 5 \"x\" 5", "t16", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "keep v3 2", "take v3", "drop v3", "t4", "keep v5 11", "consume v5", "drop v5", "Y \"x\"", "acc 2", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "acc 1", "add 5", "add 5", "keep v9 8", "take v9", "drop v9", "drop k7", "f3 5 \"x\" 5", "t16", "R Ok(11)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p018::run, &[&["xyz", "xyz", "ab", "x", "x"], &["x", "x", "x", "hello", "xyz", "ab"], &["hello", "hello", "ab", "x", "hello", "", "x", "four"]], &[&["send cap 5", "keep v2 0", "keep v2 1", "take v2", "drop v2", "t11", "Y \"\"", "Y \"xyz\"", "Y \"four\"", "Y \"xyz\"", "Y \"four\"", "<drop coroutine>", "drop k14", "drop cap"], &["send cap 5", "keep v2 0", "keep v2 1", "take v2", "drop v2", "t11", "Y \"\"", "Y \"x\"", "Y \"four\"", "Y \"x\"", "Y \"four\"", "drop k14", "t15", "Y \"71\"", "<drop coroutine>", "drop cap"], &["send cap 5", "keep v2 0", "keep v2 1", "take v2", "drop v2", "t11", "Y \"\"", "Y \"hello\"", "Y \"four\"", "Y \"hello\"", "Y \"four\"", "drop k14", "t15", "Y \"75\"", "Y \"hellohello\"", "drop cap", "keep v21 20", "take v21", "drop v21", "f3 2 \"four\" 7", "R 13", "<drop coroutine>"]], &["cap"]),
    (p019::run, &[&["hello", "", "xyz", "four"], &["xyz", "x", "hello", "ab", "xyz", "four", "hello"], &["x"]], &[&["send cap 2", "drop k2", "drop k3", "Y \"2\"", "Y \"\"", "keep v5 4", "take v5", "drop v5", "t6", "drop k7", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "drop k2", "drop k3", "Y \"2\"", "Y \"x\"", "keep v5 4", "take v5", "drop v5", "t6", "drop k7", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "drop k2", "drop k3", "Y \"2\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p020::run, &[&["", "xyz", "xyz", "ab"], &["hello", "hello", "xyz", "", "four", "x", ""], &["", "", "xyz", "", "x", "four"]], &[&["consume v1", "drop v1", "Y \"-0\"", "t2", "Y \"-0\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "Y \"-0\"", "t2", "Y \"-0\"", "Y \"1\"", "drop v3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p021::run, &[&["ab"], &["four", "hello", "", "", "hello", "hello"], &["four", "x", "x", "xyz", "x", "ab", "ab", "ab"]], &[&["Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "consume v5", "drop v5", "Y \"2four\"", "consume v5", "drop v5", "Y \"2four\"", "drop k4", "keep v8 7", "take v8", "drop v8", "t9", "Y \"7\"", "Y \"hello\"", "keep v11 10", "take v11", "drop v11", "Y \"four-4\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p022::run, &[&["x", "hello", "x", "hello", "x", "", "", "hello"], &["", "xyz", "", "xyz"], &["xyz", "ab"]], &[&["lock cap", "drop k2", "Y \"x\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop k2", "Y \"\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop k2", "Y \"xyz\"", "drop cap", "R 4", "<drop coroutine>"]], &[]),
    (p023::run, &[&["xyz", "ab", "hello", "four", "hello"], &["", "four", "four", "four", "ab"], &["x", "xyz", "four", "x", "ab", ""]], &[&["consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "send cap 2", "Y \"end\"", "Y \"xyz\"", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "Y \"end\"", "Y \"\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "consume v4", "drop v4", "consume v4", "drop v4", "drop k3", "send cap 2", "Y \"end\"", "Y \"x\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p024::run, &[&["four", "four", "hello", "", "", "ab"], &[""], &["", "ab", "", "", "xyz"]], &[&["acc 2", "add 2", "add 0", "Y \"four-4\"", "Y \"ab\"", "Y \"four\"", "t4", "Y \"ab\"", "Y \"0\"", "t4", "Y \"ab\"", "<drop coroutine>", "drop k2", "drop cap"], &["acc 2", "add 2", "add 0", "Y \"-4\"", "<drop coroutine>", "drop k2", "drop cap"], &["acc 2", "add 2", "add 0", "Y \"-4\"", "Y \"ab\"", "Y \"\"", "t4", "Y \"ab\"", "Y \"0\"", "<drop coroutine>", "drop k2", "drop cap"]], &[]),
    (p025::run, &[&["xyz", "hello", "xyz", "x", "ab", "four", "hello"], &["", ""], &["four"]], &[&["into cap", "drop cap", "t1", "f3 3 \"xyz\" 3", "Y \"ab\"", "Y \"0\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz\"", "Y \"1\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz\"", "Y \"2\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz\"", "<drop coroutine>", "drop k2"], &["into cap", "drop cap", "t1", "f3 0 \"\" 0", "Y \"ab\"", "drop k2", "t6", "f3 0 \"\" 8", "R Ok(8)", "<drop coroutine>"], &["into cap", "drop cap", "t1", "f3 4 \"four\" 4", "Y \"ab\"", "<drop coroutine>", "drop k2"]], &["cap"]),
    (p026::run, &[&["four", "xyz"], &["four", "ab", "", "xyz", ""], &["ab"]], &[&["Y \"four\"", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p027::run, &[&["", "xyz", "four"], &["four", "xyz", "four"], &["ab", "four", "hello", "four", "xyz", "xyz", "", "hello"]], &[&["drop k2", "Y \"four\"", "t4", "drop k3", "drop v5", "Y \"four\"", "t4", "drop k3", "drop v5", "t7", "t6", "t8", "Y \"x\"", "<drop coroutine>", "drop cap"], &["t8", "Y \"x\"", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t8", "Y \"x\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p028::run, &[&["ab", "ab"], &["hello", "four", "four", "xyz", "four", "xyz"], &["x", "", "four", "four"]], &[&["send cap 3", "t1", "send cap 4", "f3 7 \"x-2\" 6", "Y \"xyz\"", "t9", "Y \"\"", "<drop coroutine>", "drop k10", "drop k3", "drop cap"], &["send cap 3", "t1", "send cap 4", "f3 7 \"x-5\" 6", "acc 2", "add 16", "add 0", "acc 3", "t7", "add 3", "add 19", "Y \"xyz\"", "t8", "t9", "Y \"\"", "t13", "drop k10", "acc 1", "add 16", "add 0", "acc 3", "t7", "add 3", "add 18", "Y \"xyz\"", "t9", "Y \"\"", "t13", "drop k10", "drop k3", "drop cap", "R Err(\"long xyz-6\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 3", "t1", "send cap 4", "f3 7 \"x-1\" 6", "acc 2", "add 16", "add 0", "acc 3", "t7", "add 3", "add 19", "Y \"xyz\"", "t9", "Y \"\"", "t13", "drop k10", "Y \"xyz\"", "Y \"\"", "<drop coroutine>", "drop k3", "drop cap"]], &[]),
    (p029::run, &[&["hello", "", "four", "hello"], &["ab"], &["xyz", "four", "four", "xyz", "xyz"]], &[&["Y \"four\"", "consume v3", "drop v3", "Y \"hello\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "consume v3", "drop v3", "Y \"xyz\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v2"]),
    (p030::run, &[&["hello", "four", "x", "x", "ab", "", "four"], &["", "hello"], &["ab", "ab", "xyz", "ab", "four"]], &[&["lock cap", "acc 6", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"xyz\"", "drop k5", "consume cap", "drop cap", "drop k9", "Y \"\"", "drop v14", "Y \"\"", "drop v14", "Y \"\"", "drop v14", "drop k11", "Y \"hello\"", "keep v16 15", "take v16", "drop v16", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "acc 6", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"xyz\"", "Y \"0\"", "<drop coroutine>", "drop k5", "drop cap"], &["lock cap", "acc 6", "f3 3 \"four\" 3", "add 10", "keep v2 1", "take v2", "drop v2", "add 7", "Y \"xyz\"", "Y \"0\"", "drop v7", "Y \"0\"", "drop v7", "Y \"0\"", "drop v7", "Y \"0\"", "<drop coroutine>", "drop k5", "drop cap"]], &["cap"]),
    (p031::run, &[&["hello", "xyz", "ab", "ab", "x", "x"], &["ab", "xyz"], &["ab"]], &[&["t16", "t15", "Y \"\"", "t17", "drop k1", "f3 2 \"xyz-3\" 0", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t16", "t15", "Y \"\"", "t17", "drop k1", "f3 2 \"xyz-3\" 0", "drop cap", "R 7", "<drop coroutine>"], &["t16", "t15", "Y \"\"", "<drop coroutine>", "drop k1", "drop cap"]], &["cap"]),
    (p032::run, &[&["x", "x", "x", "hello"], &["", "", "xyz"], &["", "", "ab", "x", "x"]], &[&["keep v2 1", "take v2", "drop v2", "keep v5 4", "take v5", "drop v5", "into cap", "drop cap", "Y \"four7\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 1", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "drop v14", "drop v6", "Y \"fourx-8\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 1", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "drop v14", "drop v6", "consume v15", "drop v15", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "keep v5 4", "take v5", "drop v5", "into cap", "drop cap", "Y \"four7\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "Y \"four-8\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "consume v15", "drop v15", "R Err(\"long four\")", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "keep v5 4", "take v5", "drop v5", "into cap", "drop cap", "Y \"four7\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "Y \"four-8\"", "keep v6 7", "keep v8 7", "take v8", "drop v8", "acc 7", "add 0", "keep v11 10", "take v11", "drop v11", "t9", "add 7", "keep v12 0", "f3 14 \"\" 14", "keep v12 28", "t13", "keep v12 14", "drop v6", "drop v12", "consume v15", "drop v15", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v21", "v22"]),
    (p033::run, &[&["four", "xyz", "hello", "", "x"], &["hello", "hello", "four"], &["xyz", "x"]], &[&["t1", "Y \"xyz\"", "drop cap", "keep v2 4", "f3 4 \"four\" 4", "keep v2 12", "Y \"ab\"", "f3 8 \"hello\" 3", "keep v2 16", "drop k3", "Y \"four\"", "keep v6 5", "take v6", "drop v6", "Y \"ab\"", "f3 7 \"xyz-2\" 1", "into v2", "drop v2", "t7", "acc 3", "add 8", "add 4", "t9", "drop v11", "drop v10", "drop v11", "drop v10", "drop v11", "drop v10", "acc 3", "add 13", "add 4", "t9", "drop v11", "drop v10", "drop v11", "drop v10", "drop v11", "drop v10", "keep v13 2", "keep v13 12", "take v13", "drop v13", "R 7", "<drop coroutine>"], &["t1", "Y \"xyz\"", "drop cap", "keep v2 5", "f3 5 \"hello\" 5", "keep v2 15", "Y \"ab\"", "f3 10 \"four\" 3", "keep v2 17", "drop k3", "Y \"hello\"", "<drop coroutine>", "drop v2"], &["t1", "Y \"xyz\"", "drop cap", "keep v2 3", "f3 3 \"xyz\" 3", "keep v2 9", "Y \"ab\"", "<drop coroutine>", "drop v2"]], &["cap", "v2"]),
    (p034::run, &[&["", "four", "four", "hello", "ab"], &[""], &["xyz", "x", "four"]], &[&["Y \"0\"", "keep v6 0", "drop v6", "keep v7 2", "drop v7", "drop k8", "Y \"xyzx\"", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "keep v6 0", "drop v6", "keep v7 2", "drop v7", "drop k8", "Y \"xyzx\"", "drop cap", "R Some(4)", "<drop coroutine>"]], &["cap"]),
    (p035::run, &[&["hello", "x", "xyz", "hello"], &["ab", "x", "four", "hello", "hello"], &["hello", "hello", "xyz", "four", "", "x", "x", ""]], &[&["f3 4 \"hello\" 3", "t4", "drop v8", "f3 4 \"hello\" 3", "t4", "drop v8", "t2", "into k12", "drop k12", "lock cap", "acc 7", "t13", "add 3", "add 3", "acc 0", "add 3", "add 4", "into k12", "drop k12", "lock cap", "acc 7", "t13", "add 3", "add 3", "acc 1", "add 3", "add 4", "into k12", "drop k12", "lock cap", "acc 7", "t13", "add 3", "add 3", "acc 2", "add 3", "add 4", "drop k10", "Y \"end\"", "t15", "drop cap", "R Ok(13)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 4 \"ab\" 3", "t4", "drop v8", "f3 4 \"ab\" 3", "t4", "drop v8", "t2", "acc 0", "add 3", "add 4", "acc 1", "add 3", "add 4", "acc 2", "add 3", "add 4", "drop k10", "Y \"end\"", "t15", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 4 \"hello\" 3", "t4", "drop v8", "f3 4 \"hello\" 3", "t4", "drop v8", "t2", "into k12", "drop k12", "lock cap", "acc 7", "t13", "add 3", "add 3", "acc 0", "add 3", "add 4", "into k12", "drop k12", "lock cap", "acc 7", "t13", "add 3", "add 3", "acc 1", "add 3", "add 4", "into k12", "drop k12", "lock cap", "acc 7", "t13", "add 3", "add 3", "acc 2", "add 3", "add 4", "drop k10", "Y \"end\"", "t15", "drop cap", "R Ok(13)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p036::run, &[&["ab", "xyz"], &["hello", "xyz", "ab", "", "hello", "ab", "four", ""], &[""]], &[&["Y \"xyz\"", "Y \"2\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"5\"", "keep v3 2", "take v3", "drop v3", "acc 7", "acc 1", "add 3", "add 3", "add 7", "into cap", "drop cap", "add 8", "f3 2 \"hello\" 1", "keep v6 15", "drop v7", "drop v6", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p037::run, &[&["xyz", "hello", "four", "x", "four", "xyz"], &["xyz", "ab", "hello", "ab", "xyz"], &["hello", "four", "four", "x", "hello", "", "ab", "four"]], &[&["drop k2", "drop k4", "keep cap 5", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop k4", "keep cap 5", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop k4", "keep cap 5", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p038::run, &[&["xyz", "hello", "four", "", "ab", "xyz", ""], &["ab", "xyz", "four", "four", "hello", "x", "ab"], &["", "", "", "four", "hello"]], &[&["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "keep cap 2", "drop cap", "R Err(\"long x-0\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "keep cap 0", "drop cap", "R Err(\"long x-0\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p039::run, &[&["", "four", "ab", "xyz", "xyz", "ab"], &["x", "", "x", "ab", "hello", "xyz"], &["", "x"]], &[&["keep v2 1", "take v2", "drop v2", "R Err(\"-7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v2 1", "take v2", "drop v2", "consume v12", "drop v12", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "t18", "Y \"ab\"", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "t18", "Y \"ab\"", "consume v14", "drop v14", "keep v16 15", "take v16", "drop v16", "t17", "Y \"xyz\"", "t18", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["keep v2 1", "take v2", "drop v2", "R Err(\"-7\")", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p040::run, &[&["hello", "x", "ab", "", "four", "ab", "four", ""], &["hello", "hello", "xyz", "hello", "xyz"], &["xyz", "four", "four"]], &[&["Y \"hello\"", "drop k9", "Y \"hello\"", "acc 3", "add 5", "add 1", "into k10", "drop k10", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "drop k9", "Y \"hello\"", "acc 3", "add 5", "add 5", "into k10", "drop k10", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "drop k9", "Y \"xyz\"", "acc 3", "add 5", "add 4", "into k10", "drop k10", "drop cap", "R Some(8)", "<drop coroutine>"]], &["cap"]),
    (p041::run, &[&["", "ab", "ab", "x"], &["", "ab"], &["ab", "x"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"x\"", "Y \"ab\"", "drop cap", "R 4", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"x\"", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "keep cap 8", "Y \"hello3\"", "Y \"1\"", "<drop coroutine>", "drop cap"]], &["cap", "v12"]),
    (p042::run, &[&["x", ""], &["x", "ab", "hello", "xyz"], &["xyz", "x", ""]], &[&["lock cap", "consume v1", "drop v1", "Y \"end\"", "drop cap", "R Ok(2)", "<drop coroutine>"], &["lock cap", "consume v1", "drop v1", "Y \"end\"", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "consume v1", "drop v1", "Y \"end\"", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p043::run, &[&["x", "ab", "xyz", "four", "", "xyz"], &["x", "ab", "four", "four", "x", "", ""], &["hello", "xyz", "", "four", ""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"x\"", "f3 7 \"ab\" 0", "Y \"hello\"", "t4", "Y \"xyz\"", "drop v7", "drop k6", "Y \"x\"", "drop k8", "Y \"hello\"", "t4", "Y \"xyz\"", "<drop coroutine>", "drop v7", "drop k6", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"x\"", "f3 7 \"ab\" 0", "Y \"hello\"", "t4", "Y \"xyz\"", "drop v7", "drop k6", "Y \"x\"", "drop k8", "Y \"hello\"", "t4", "Y \"xyz\"", "drop v7", "drop k6", "Y \"x\"", "<drop coroutine>", "drop k8", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "f3 7 \"xyz\" 0", "Y \"hello\"", "t4", "Y \"xyz\"", "drop v7", "drop k6", "Y \"hello\"", "drop k8", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p044::run, &[&["xyz"], &["xyz", "ab", "hello", "ab", "xyz", "xyz", "hello"], &["x", "hello", "hello", "xyz", "xyz", "four", "four"]], &[&["keep cap 1", "take cap", "drop cap", "f3 3 \"xyz\" 2", "drop k3", "drop k2", "R None", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "f3 3 \"xyz\" 2", "drop k3", "drop k2", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 1", "take cap", "drop cap", "f3 1 \"x\" 2", "drop k3", "drop k2", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v8"]),
    (p045::run, &[&["hello", "", "x", "", ""], &["four", "xyz", "x", "", "four", "ab"], &["hello", "four", "xyz", "ab", "xyz"]], &[&["into cap", "drop cap", "Y \"0\"", "Y \"1\"", "Y \"x\"", "keep v7 6", "take v7", "drop v7", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "Y \"0\"", "Y \"1\"", "Y \"x\"", "keep v7 6", "take v7", "drop v7", "R Ok(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "Y \"0\"", "Y \"1\"", "Y \"x\"", "keep v7 6", "take v7", "drop v7", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p046::run, &[&["", "", "x", "hello", "x"], &["ab", "hello", "hello", "", "hello"], &["x", "four", "xyz", "ab", "xyz", ""]], &[&["acc 0", "add 1", "add 3", "t2", "lock cap", "keep v9 8", "take v9", "drop v9", "drop k10", "drop k11", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 2", "add 1", "add 3", "t2", "lock cap", "keep v9 8", "take v9", "drop v9", "drop k10", "drop k11", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 1", "add 1", "add 3", "t2", "lock cap", "keep v9 8", "take v9", "drop v9", "drop k10", "drop k11", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v17"]),
    (p047::run, &[&["ab", "xyz", "hello", "xyz"], &["x", "ab"], &["", "", "x", "xyz", "four"]], &[&["keep v3 2", "take v3", "drop v3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "drop k5", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["v7"]),
    (p048::run, &[&["xyz", "ab", "four"], &["ab", "hello"], &["hello", "ab", "xyz"]], &[&["t16", "t17", "keep cap 18", "take cap", "drop cap", "drop k19", "drop k9", "drop k27", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t16", "t17", "keep cap 18", "take cap", "drop cap", "drop k19", "drop k9", "drop k27", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t16", "t17", "keep cap 18", "take cap", "drop cap", "drop k19", "drop k9", "drop k27", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p049::run, &[&["xyz"], &["x", "ab", "", "x", "", "", "hello"], &["", "", "x", "ab", "hello", "x", "four"]], &[&["Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "keep v1 3", "into k2", "drop k2", "keep v1 8", "Y \"x-1\"", "keep v1 0", "drop v1", "t5", "Y \"x\"", "Y \"--1\"", "Y \"3\"", "drop k10", "Y \"abfour\"", "t11", "into cap", "drop cap", "f3 0 \"four\" 8", "t12", "Y \"xyz\"", "<drop coroutine>"], &["Y \"hello\"", "keep v1 3", "into k2", "drop k2", "keep v1 8", "Y \"-0\"", "keep v1 1", "drop v1", "t5", "Y \"\"", "Y \"--1\"", "Y \"3\"", "drop k10", "Y \"abfour\"", "t11", "into cap", "drop cap", "f3 0 \"four\" 8", "t12", "Y \"xyz\"", "<drop coroutine>"]], &["cap"]),
    (p050::run, &[&["hello", "hello", "ab", "hello", "x", "ab", "x", "x"], &["four", "four", "ab", "", "ab", "hello"], &["hello", "", "x", "", "xyz", "x", "four"]], &[&["Y \"four\"", "acc 0", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"hello-0x\"", "acc 1", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"hello-1x\"", "acc 2", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"hello-2x\"", "drop cap", "R Err(\"long hello\")", "<drop coroutine>"], &["Y \"four\"", "acc 0", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"four-0x\"", "acc 1", "add 3", "add 3", "Y \"hello\"", "drop v5", "consume v6", "drop v6", "drop k2", "Y \"four-1x\"", "acc 2", "add 3", "add 3", "Y \"hello\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"four\"", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p051::run, &[&["xyz", "x", "xyz", "x", "hello", "x", "x", "hello"], &["", "x", "hello"], &["ab", "hello", "ab", "xyz"]], &[&["Y \"xyz\"", "keep v3 2", "take v3", "drop v3", "acc 2", "add 7", "add 7", "Y \"\"", "keep v7 6", "take v7", "drop v7", "t9", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "acc 2", "add 8", "add 8", "Y \"\"", "keep v7 6", "take v7", "drop v7", "t9", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "acc 2", "add 8", "add 8", "Y \"\"", "keep v7 6", "take v7", "drop v7", "t9", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p052::run, &[&["ab", "four", "x"], &["xyz", "xyz", "hello", "hello", "x", "hello"], &["", "four", "x", "x"]], &[&["acc 2", "add 2", "add 0", "Y \"\"", "Y \"ab\"", "drop cap", "R Some(5)", "<drop coroutine>"], &["acc 3", "add 3", "add 0", "Y \"\"", "t3", "Y \"6\"", "t3", "Y \"xyz\"", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 0", "add 0", "add 0", "Y \"\"", "Y \"\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p053::run, &[&["four", "x", "ab", "x", "four", ""], &["xyz", "x", "four", "xyz", "", "hello", "hello", "x"], &["ab", "", "xyz", "hello"]], &[&["f3 4 \"xyz\" 1", "acc 8", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 22", "drop v2", "Y \"xhello\"", "drop v4", "Y \"x\"", "Y \"3\"", "drop v4", "Y \"four\"", "Y \"3\"", "f3 4 \"xyz\" 1", "acc 8", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 22", "drop v2", "Y \"xhello\"", "<drop coroutine>", "drop cap"], &["f3 3 \"xyz\" 1", "acc 7", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 21", "drop v2", "Y \"xhello\"", "drop v4", "Y \"x\"", "Y \"3\"", "drop v4", "Y \"xyz\"", "Y \"3\"", "f3 3 \"xyz\" 1", "acc 7", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 21", "drop v2", "Y \"xhello\"", "drop v4", "Y \"hello\"", "Y \"3\"", "<drop coroutine>", "drop cap"], &["f3 2 \"xyz\" 1", "acc 6", "f3 4 \"hello\" 0", "add 9", "add 5", "keep v2 20", "drop v2", "Y \"xhello\"", "drop v4", "Y \"\"", "Y \"3\"", "drop v4", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p054::run, &[&["x", "ab", "", "xyz"], &["four", "xyz", "", "four", "xyz"], &["xyz", "four", "xyz", "", "ab"]], &[&["drop v1", "keep v3 2", "take v3", "drop v3", "take cap", "drop cap", "R Err(\"7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "take cap", "drop cap", "R Err(\"7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "keep v3 2", "take v3", "drop v3", "take cap", "drop cap", "R Err(\"7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p055::run, &[&["four", "", "four", "hello", ""], &["ab", "xyz", "", "four", "x", "four", "four"], &["four", "ab"]], &[&["drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "Y \"hello\"", "drop v8", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p056::run, &[&["four", "xyz"], &["ab", "xyz", "ab", "xyz"], &["", "xyz", "x", "x", "", "x", "four"]], &[&["acc 4", "add 0", "add 0", "keep cap 4", "acc 1", "add 1", "add 4", "f3 5 \"four\" 6", "keep cap 15", "t3", "Y \"four\"", "drop k2", "drop cap", "PANIC p4", "<drop coroutine>"], &["acc 2", "add 0", "add 0", "keep cap 2", "acc 1", "add 1", "add 2", "f3 5 \"ab\" 4", "keep cap 11", "t3", "Y \"ab\"", "drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 0", "add 0", "add 0", "keep cap 0", "acc 1", "add 1", "add 0", "f3 5 \"\" 2", "keep cap 7", "t3", "Y \"\"", "drop k2", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p057::run, &[&["ab", "ab", "four", "x"], &["hello", "", "hello"], &["", ""]], &[&["drop cap", "acc 2", "add 4", "add 5", "t2", "acc 2", "add 2", "add 2", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "acc 5", "add 4", "add 5", "t2", "t8", "Y \"hello\"", "acc 5", "add 5", "add 3", "Y \"-10\"", "Y \"\"", "<drop coroutine>"], &["drop cap", "acc 0", "add 4", "add 5", "t2", "acc 0", "add 0", "add 0", "R Ok(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p058::run, &[&["xyz"], &["xyz", "xyz", "", "x", "hello"], &["xyz", ""]], &[&["Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "lock cap", "Y \"2\"", "t5", "t6", "drop k2", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "lock cap", "Y \"2\"", "<drop coroutine>", "drop k2", "drop cap"]], &[]),
    (p059::run, &[&["xyz", "hello", ""], &["", "x", "", "xyz"], &["x"]], &[&["t1", "t3", "Y \"xyz-7-7\"", "t4", "into k9", "drop k9", "f3 8 \"ab\" 2", "drop k11", "lock cap", "acc 2", "add 12", "add 12", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "t3", "Y \"x-5-5\"", "<drop coroutine>", "drop cap"]], &[]),
    (p060::run, &[&["hello", "ab", "xyz", "", "four", "x"], &["four", "ab", "", "four"], &["x", ""]], &[&["drop k2", "t4", "Y \"abx\"", "Y \"\"", "keep v8 7", "take v8", "drop v8", "drop k6", "drop v1", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "t4", "Y \"abx\"", "Y \"\"", "keep v8 7", "take v8", "drop v8", "drop k6", "drop v1", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "t4", "Y \"abx\"", "Y \"\"", "<drop coroutine>", "drop v1", "drop cap"]], &[]),
    (p061::run, &[&["four", "hello", "four"], &["x", "x", "x", ""], &["xyz", "hello", "hello", "hello", "x", "four", "xyz"]], &[&["keep v2 3", "Y \"four\"", "keep v2 5", "keep v2 1", "take v2", "drop v2", "t3", "Y \"\"", "consume v4", "drop v4", "Y \"four-7\"", "<drop coroutine>", "drop cap"], &["keep v2 3", "Y \"x\"", "keep v2 1", "keep v2 1", "take v2", "drop v2", "t3", "Y \"\"", "consume v4", "drop v4", "Y \"x-7\"", "t5", "Y \"x\"", "<drop coroutine>", "drop cap"], &["keep v2 3", "Y \"xyz\"", "keep v2 5", "keep v2 1", "take v2", "drop v2", "t3", "Y \"\"", "consume v4", "drop v4", "Y \"hello-7\"", "t5", "Y \"xyz\"", "lock cap", "Y \"1\"", "Y \"1\"", "drop cap", "R None", "<drop coroutine>"]], &[]),
    (p062::run, &[&["four", "ab", "xyz", "hello", "hello", "", "x", "four"], &["hello", "", "hello"], &["", "four", "", "ab", "hello"]], &[&["t1", "Y \"xyz\"", "Y \"x\"", "t4", "consume v5", "drop v5", "drop v3", "Y \"x\"", "t4", "consume v5", "drop v5", "drop v3", "Y \"hello\"", "acc 3", "send cap 5", "add 5", "add 2", "f3 3 \"xyz-10\" 0", "acc 3", "send cap 5", "add 5", "add 2", "f3 3 \"xyz-10\" 1", "acc 3", "send cap 5", "add 5", "add 2", "f3 3 \"xyz-10\" 2", "Y \"ab\"", "drop v7", "Y \"xyzhello\"", "acc 0", "f3 0 \"xyz\" 4", "add 7", "f3 1 \"four\" 3", "add 8", "drop v10", "drop k9", "drop k11", "drop v10", "drop k9", "drop k11", "into cap", "drop cap", "f3 8 \"4\" 4", "R Ok(13)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"xyz\"", "drop v7", "Y \"hellox-2hello\"", "acc 0", "f3 0 \"xyz\" 4", "add 7", "f3 1 \"four\" 3", "add 8", "drop v10", "drop k9", "drop k11", "drop v10", "drop k9", "drop k11", "into cap", "drop cap", "f3 8 \"4\" 4", "R Ok(13)", "<drop coroutine>"], &["t1", "Y \"xyz\"", "Y \"x\"", "t4", "consume v5", "drop v5", "drop v3", "Y \"x\"", "t4", "consume v5", "drop v5", "drop v3", "Y \"x\"", "t4", "consume v5", "drop v5", "drop v3", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p063::run, &[&["ab", "four", "hello", "xyz", "", "four"], &["", "x", "ab", "four", "ab"], &["x", "xyz", "hello", "x"]], &[&["f3 4 \"ab\" 4", "keep v3 7", "consume v3", "drop v3", "t5", "Y \"ab\"", "t4", "Y \"ab\"", "drop v1", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"\" 4", "keep v3 5", "consume v3", "drop v3", "t5", "Y \"\"", "t4", "Y \"ab\"", "drop v1", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"x\" 4", "keep v3 6", "consume v3", "drop v3", "t5", "Y \"x\"", "t4", "Y \"ab\"", "acc 1", "add 3", "add 3", "acc 7", "add 3", "acc 4", "add 3", "add 3", "add 10", "keep v10 20", "drop v11", "drop v10", "lock cap", "t13", "Y \"x\"", "drop v1", "drop cap", "R 1", "<drop coroutine>"]], &[]),
    (p064::run, &[&["", "x", "xyz", "x", "x", "ab", "ab", "xyz"], &["hello", "", "ab", "four", "x", "four", "hello"], &["", "", "xyz", "", "", "four", "", "hello"]], &[&["Y \"-4\"", "drop cap", "R -1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello-6\"", "drop cap", "R -1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"-4\"", "drop cap", "R -1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p065::run, &[&["xyz", "ab", ""], &["xyz", "ab", "four", "ab", "x"], &["xyz", "hello", "x", "xyz"]], &[&["send cap 3", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "t5", "Y \"0\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["send cap 3", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "t5", "Y \"0\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "t5", "Y \"0\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["send cap 3", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "t5", "Y \"0\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "t5", "Y \"0\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p066::run, &[&["four", "four", "four", "xyz", "x", "", "ab"], &["x", "four", "four", "ab"], &["", "ab", "four", "hello", "xyz", "x", "hello"]], &[&["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "t3", "Y \"four\"", "Y \"4\"", "Y \"four-1\"", "drop k6", "drop v8", "keep v10 9", "take v10", "drop v10", "drop v4", "drop cap", "R 7", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p067::run, &[&["xyz", "x"], &["hello"], &["x", "hello", "ab", "ab"]], &[&["t1", "Y \"xyzxyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"hellohello\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"xx\"", "Y \"x\"", "into cap", "drop cap", "t3", "t4", "Y \"x\"", "t3", "t4", "Y \"x\"", "<drop coroutine>"]], &["cap"]),
    (p068::run, &[&["hello", "xyz", "four", "x", "", "x"], &["ab", "", "four"], &["x", "four", "", "", "ab"]], &[&["consume v4", "drop v4", "drop k7", "drop k6", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v4", "drop v4", "drop k7", "drop k6", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v4", "drop v4", "drop k7", "drop k6", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p069::run, &[&["ab", "hello"], &["x"], &["four"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "<drop coroutine>"], &["drop cap", "R None", "<drop coroutine>"]], &[]),
    (p070::run, &[&["ab", "", "", "x", "hello"], &["xyz", "x", "four", "ab", "four", "hello"], &["ab", "four", "", "hello", "ab", "four", "hello", "ab"]], &[&["t6", "Y \"four\"", "t6", "Y \"four\"", "t6", "Y \"four\"", "Y \"four\"", "keep v8 0", "Y \"x\"", "<drop coroutine>", "drop v8", "drop cap"], &["t6", "Y \"four\"", "t6", "Y \"four\"", "t6", "Y \"four\"", "Y \"four\"", "keep v8 0", "Y \"x\"", "drop v9", "drop v8", "keep v8 1", "f3 1 \"four\" 1", "Y \"x\"", "<drop coroutine>", "drop v8", "drop cap"], &["t6", "Y \"four\"", "t6", "Y \"four\"", "t6", "Y \"four\"", "Y \"four\"", "keep v8 0", "Y \"x\"", "drop v9", "drop v8", "keep v8 1", "f3 1 \"four\" 1", "Y \"x\"", "drop v9", "drop v8", "keep v12 11", "take v12", "drop v12", "Y \"xyz\"", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &["cap", "v8"]),
    (p071::run, &[&["four", "xyz", "xyz"], &[""], &["", "x", "ab"]], &[&["t2", "drop k4", "drop k4", "drop k3", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "drop k4", "drop k4", "drop k3", "into cap", "drop cap", "R Some(8)", "<drop coroutine>"], &["t2", "drop k4", "drop k4", "drop k3", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p072::run, &[&["xyz"], &["x", "x", "four", "hello", "x", "hello"], &[""]], &[&["Y \"xyz-3xyz-1\"", "<drop coroutine>", "drop cap"], &["Y \"x-3x-1\"", "Y \"hello\"", "drop k9", "drop cap", "into k17", "drop k17", "t20", "keep v22 21", "take v22", "drop v22", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"-3-1\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p073::run, &[&["four", "", "xyz", "xyz", "xyz", "xyz", "hello"], &["", "xyz", "ab", "ab", "hello", "ab", "ab"], &["four", "", "four", "xyz", "four", "ab", "four", ""]], &[&["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "Y \"7four\"", "Y \"4\"", "Y \"7four\"", "Y \"4\"", "t8", "Y \"xyz\"", "lock cap", "drop k9", "keep v12 11", "take v12", "drop v12", "t10", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "Y \"7four\"", "Y \"4\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "Y \"7four\"", "Y \"4\"", "Y \"7four\"", "Y \"4\"", "t8", "Y \"xyz\"", "lock cap", "drop k9", "keep v12 11", "take v12", "drop v12", "t10", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p074::run, &[&["", "", "x", "", "xyz", "four", "x"], &["x", "ab", "ab"], &["four", "ab", "x", "", "x", ""]], &[&["keep v1 4", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 0", "add 3", "add 5", "Y \"x-8\"", "send v1 5", "Y \"abab-5\"", "take v1", "drop v1", "drop k4", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v1 5", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 1", "add 3", "add 5", "Y \"x-9\"", "send v1 5", "Y \"abxab-5\"", "take v1", "drop v1", "drop k4", "drop cap", "R 7", "<drop coroutine>"], &["keep v1 8", "keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 4", "add 3", "add 5", "Y \"x-12\"", "send v1 5", "Y \"abfourab-5\"", "take v1", "drop v1", "drop k4", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v1", "v6"]),
    (p075::run, &[&["four"], &["xyz", "ab", "ab"], &["ab", "xyz", "xyz", "xyz"]], &[&["lock cap", "t2", "drop cap", "R None", "<drop coroutine>"], &["lock cap", "t2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "t2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p076::run, &[&["ab", "four"], &["x", "", "xyz"], &["four", "ab", "x", "", "hello", "hello", "x"]], &[&["keep v12 11", "take v12", "drop v12", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop k2", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v12 11", "take v12", "drop v12", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p077::run, &[&["four"], &["four", "hello", "ab", "hello", "four", "xyz", "x"], &["four", "ab", "xyz", "xyz", "hello", "x", "four", "hello"]], &[&["Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "consume v2", "drop v2", "t4", "Y \"x\"", "t3", "t6", "t5", "consume v14", "drop v14", "acc 5", "add 1", "add 5", "t13", "f3 5 \"xyz\" 1", "f3 11 \"x\" 9", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "consume v2", "drop v2", "t4", "Y \"x\"", "t3", "t6", "t5", "consume v14", "drop v14", "acc 5", "add 1", "add 5", "t13", "f3 5 \"xyz\" 1", "f3 11 \"x\" 9", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v14"]),
    (p078::run, &[&["ab", "hello"], &["hello", ""], &["xyz", "four", "x", "x", "xyz", "x", "xyz", ""]], &[&["t7", "Y \"xyz\"", "drop k2", "keep cap 8", "take cap", "drop cap", "drop v1", "R Ok(7)", "<drop coroutine>"], &["drop k2", "drop v1", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop v1", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p079::run, &[&["", "xyz", "x"], &[""], &["ab", "xyz", "ab", "ab", "four"]], &[&["keep v2 0", "drop k6", "into k8", "drop k8", "Y \"-8\"", "Y \"0\"", "drop k6", "into k8", "drop k8", "Y \"-8\"", "<drop coroutine>", "drop k4", "drop v2", "drop cap"], &["keep v2 0", "drop k6", "into k8", "drop k8", "Y \"-8\"", "<drop coroutine>", "drop k4", "drop v2", "drop cap"], &["keep v2 2", "drop k7", "into k8", "drop k8", "Y \"ab-8\"", "Y \"2\"", "drop k7", "into k8", "drop k8", "Y \"ab-8\"", "Y \"2\"", "drop k4", "keep v11 10", "take v11", "drop v11", "f3 2 \"ab\" 7", "drop v2", "drop cap", "R 11", "<drop coroutine>"]], &[]),
    (p080::run, &[&["", "ab", "", "x", ""], &["x", "xyz", "x", "ab", "hello", "", "four", "four"], &["", "", "x", "ab"]], &[&["drop k17", "drop k1", "drop k18", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k17", "drop k1", "drop k18", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k17", "drop k1", "drop k18", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p081::run, &[&["four", "", "hello", "x", "x", "four", "four"], &["hello", "ab", "xyz", "hello", "", "x", "hello", "hello"], &["x", "ab", "x", "hello", "xyz"]], &[&["Y \"3\"", "t2", "Y \"hello4\"", "drop cap", "f3 1 \"four\" 4", "Y \"9\"", "t9", "t8", "Y \"hello\"", "t9", "t8", "Y \"hello\"", "t9", "t8", "Y \"hello\"", "into v1", "drop v1", "R 8", "<drop coroutine>"], &["Y \"3\"", "t2", "Y \"hello5\"", "drop cap", "f3 1 \"hello\" 5", "Y \"11\"", "t9", "t8", "Y \"hello\"", "t9", "t8", "Y \"hello\"", "t9", "t8", "Y \"hello\"", "into v1", "drop v1", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"3\"", "t2", "Y \"hello1\"", "drop cap", "f3 1 \"x\" 1", "Y \"3\"", "t9", "t8", "Y \"hello\"", "t9", "t8", "Y \"hello\"", "<drop coroutine>", "drop v1"]], &["cap", "v1"]),
    (p082::run, &[&["four", "hello", "", "four", "x"], &["x", "ab", "xyz", "ab", "four", "ab", "ab"], &["x", "ab", "hello", "four", "x"]], &[&["acc 2", "add 4", "add 2", "Y \"four-8\"", "Y \"fourfour\"", "drop k5", "acc 1", "add 4", "add 1", "Y \"four-6\"", "Y \"fourfour\"", "drop k5", "drop k2", "lock cap", "Y \"four\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 4", "add 2", "Y \"x-8\"", "Y \"xfour\"", "drop k5", "acc 1", "add 4", "add 1", "Y \"x-6\"", "Y \"xfour\"", "drop k5", "drop k2", "lock cap", "Y \"x\"", "f3 4 \"\" 4", "acc 8", "acc 3", "add 4", "lock cap", "add 2", "add 9", "lock cap", "add -3", "drop cap", "R Ok(14)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 2", "add 4", "add 2", "Y \"x-8\"", "Y \"xfour\"", "drop k5", "acc 1", "add 4", "add 1", "Y \"x-6\"", "Y \"xfour\"", "drop k5", "drop k2", "lock cap", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p083::run, &[&["xyz", "hello", "ab", "ab", "hello", "xyz"], &["x", "hello", "", "", "hello", "ab", "", "ab"], &["", "ab", "", "hello", "xyz", "ab", "four", "xyz"]], &[&["Y \"xyz-5\"", "drop k3", "t8", "drop v7", "Y \"xyz-5\"", "drop k3", "t8", "drop v7", "drop k2", "Y \"xyz\"", "drop cap", "R Some(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x-5\"", "drop k3", "t8", "drop v7", "Y \"x-5\"", "drop k3", "t8", "drop v7", "drop k2", "Y \"x\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"-5\"", "drop k3", "t8", "drop v7", "Y \"-5\"", "drop k3", "t8", "drop v7", "drop k2", "Y \"\"", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v7"]),
    (p084::run, &[&["x", "ab", "xyz", "x", "xyz", "ab", "", "ab"], &["hello", "four"], &["xyz", "ab", "", "four"]], &[&["drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p085::run, &[&["ab", "x", "x", "x"], &["", "four", "xyz"], &["x", "x", "xyz", "xyz", "x"]], &[&["f3 3 \"ab\" 3", "Y \"3\"", "t1", "Y \"ab-8x\"", "t3", "t5", "t4", "drop v7", "Y \"four\"", "drop cap", "PANIC p8", "<drop coroutine>"], &["f3 3 \"\" 3", "Y \"3\"", "t1", "Y \"-6four\"", "t3", "t5", "t4", "drop v7", "Y \"four\"", "<drop coroutine>", "drop cap"], &["f3 3 \"x\" 3", "Y \"3\"", "t1", "Y \"x-7x\"", "t3", "t5", "t4", "drop v7", "Y \"four\"", "drop v7", "Y \"hello\"", "drop cap", "PANIC p8", "<drop coroutine>"]], &[]),
    (p086::run, &[&["four", "", "hello", "ab"], &["xyz", "hello", "hello"], &["", "x", "xyz", "xyz"]], &[&["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop v1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["v9"]),
    (p087::run, &[&["four", "four", "", ""], &[""], &[""]], &[&["send cap 0", "Y \"four-0\"", "Y \"x-2\"", "Y \"hello\"", "drop k12", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["send cap 0", "Y \"-0\"", "<drop coroutine>", "drop cap"], &["send cap 0", "Y \"-0\"", "<drop coroutine>", "drop cap"]], &[]),
    (p088::run, &[&["four", "x", "xyz", "", "x", "x", "xyz"], &["x", "hello", "x", "four", "", "four", "xyz"], &["", "xyz", "x", "ab", "xyz", "x", "hello", "hello"]], &[&["drop k1", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k1", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k1", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p089::run, &[&["", "ab", "four"], &["xyz", "x", "hello", "hello", "xyz", "ab", "hello"], &["x", "xyz", "", "ab", "", "hello"]], &[&["drop k2", "into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p090::run, &[&["xyz", "four", "four", "hello"], &["four", "four", "x", "ab", "hello", "ab", "x"], &["", "xyz", "four", "hello", "x"]], &[&["drop v8", "Y \"xyz-3\"", "Y \"hello\"", "Y \"four\"", "t11", "consume v12", "drop v12", "keep v13 0", "keep v13 5", "drop v13", "drop v14", "consume v12", "drop v12", "keep v13 0", "keep v13 6", "drop v13", "drop v14", "consume v12", "drop v12", "keep v13 0", "keep v13 7", "drop v13", "drop v14", "Y \"four\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "t3", "t2", "into k4", "drop k4", "t5", "t6", "Y \"four-1\"", "Y \"x\"", "t3", "t2", "into k4", "drop k4", "t5", "t6", "Y \"four-1\"", "drop v8", "Y \"four-4\"", "Y \"hello\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "t3", "t2", "Y \"xyzxyz\"", "into k4", "drop k4", "t5", "t6", "Y \"-1\"", "Y \"x\"", "t3", "t2", "Y \"xxyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p091::run, &[&["hello", "hello", "xyz", "four", "hello", "four", "hello", "ab"], &["ab", "hello", "ab", "xyz"], &["four", "four", "hello", "ab", "hello", "four", "four"]], &[&["drop cap", "R Ok(14)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v16", "Y \"hello\"", "drop cap", "acc 0", "add 2", "add 2", "Y \"-4\"", "Y \"ab\"", "f3 2 \"four\" 2", "R Ok(8)", "<drop coroutine>"], &["drop v16", "Y \"hello\"", "drop cap", "acc 0", "add 2", "add 4", "Y \"-6\"", "Y \"four\"", "f3 4 \"four\" 4", "R Ok(12)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p092::run, &[&["x", "x", "hello", "", "hello", "four", "xyz", "hello"], &["", "x", "xyz", "hello", "x", "xyz", "xyz"], &["ab", "four", "four", "hello", "hello", "", "xyz"]], &[&["t11", "Y \"abx\"", "R Ok(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "acc 7", "acc 1", "add 1", "add 0", "add 2", "add 0", "acc 0", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v4 3", "take v4", "drop v4", "acc 7", "acc 1", "add 1", "add 2", "add 4", "add 4", "acc 2", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p093::run, &[&["xyz"], &["four", "x", ""], &["hello", "x", "hello", "hello", "xyz", "hello"]], &[&["drop cap", "R None", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p094::run, &[&["xyz", "four"], &["xyz", "hello", "x", "", "x", "xyz"], &["ab", "x", "ab"]], &[&["Y \"abfour-3\"", "Y \"xfour\"", "<drop coroutine>", "drop v3", "drop cap"], &["Y \"abfour-3\"", "Y \"xfour\"", "keep v14 13", "take v14", "drop v14", "drop v3", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["Y \"abfour-3\"", "Y \"xfour\"", "Y \"ab-2\"", "<drop coroutine>", "drop v3", "drop cap"]], &["cap"]),
    (p095::run, &[&["four", "ab", "four", "hello"], &["four", "ab"], &["", "x", "x"]], &[&["lock cap", "t4", "t3", "t6", "Y \"\"", "lock v8", "drop v8", "t6", "Y \"\"", "lock v8", "drop v8", "lock v1", "drop v1", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "t4", "t3", "t6", "Y \"\"", "lock v8", "drop v8", "t6", "Y \"\"", "<drop coroutine>", "drop v8", "drop v1", "drop cap"], &["lock cap", "t4", "t3", "t6", "Y \"\"", "lock v8", "drop v8", "t6", "Y \"\"", "lock v8", "drop v8", "lock v1", "drop v1", "drop cap", "R Ok(2)", "<drop coroutine>"]], &[]),
    (p096::run, &[&["x", "", "four"], &["x", "four", "four", "xyz", "ab"], &["x", "", "ab", "x", "four", "", "xyz"]], &[&["Y \"ab\"", "Y \"ab\"", "drop k5", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"xxx\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"ab\"", "drop k5", "Y \"ab\"", "drop k5", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"xxx\"", "t9", "drop k10", "Y \"ab\"", "drop k5", "Y \"ab\"", "<drop coroutine>", "drop k4", "drop k2", "drop cap"], &["Y \"ab\"", "Y \"ab\"", "drop k5", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"xxx\"", "t9", "drop k10", "Y \"ab\"", "drop k5", "Y \"ab\"", "drop k4", "keep v7 6", "take v7", "drop v7", "Y \"xxx\"", "t9", "drop k10", "drop k2", "t12", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p097::run, &[&["xyz", "hello", "xyz", ""], &["ab", "x", "hello", "four", ""], &["four", "", "xyz", "four", "", "x", "hello"]], &[&["keep v2 1", "take v2", "drop v2", "t4", "t3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "t3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "t3", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p098::run, &[&["xyz", "hello", "xyz", "x", ""], &["x", "four", "", "ab", "xyz"], &["hello", "ab", "xyz", "hello", "hello", "x"]], &[&["drop k2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p099::run, &[&["xyz", "x", "", "x", "", "xyz", "ab", "hello"], &["xyz", "xyz"], &["four", "xyz", "xyz"]], &[&["keep v10 0", "keep v10 5", "drop v10", "Y \"ab\"", "t11", "t12", "Y \"xyz-6\"", "keep v10 0", "keep v10 5", "drop v10", "Y \"ab\"", "t11", "t12", "Y \"hello\"", "lock cap", "send cap 4", "Y \"4\"", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v10 0", "keep v10 5", "drop v10", "Y \"ab\"", "t11", "t12", "Y \"xyz-6\"", "<drop coroutine>", "drop cap"], &["keep v10 0", "keep v10 6", "drop v10", "Y \"ab\"", "t11", "t12", "Y \"four-6\"", "keep v10 0", "keep v10 5", "drop v10", "Y \"ab\"", "<drop coroutine>", "drop cap"]], &[]),
    (p100::run, &[&["x", "xyz", "hello", "ab", "ab"], &["xyz", "ab", "xyz", "hello"], &[""]], &[&["send cap 0", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 0", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 0", "drop cap", "R 3", "<drop coroutine>"]], &[]),
    (p101::run, &[&["xyz", "xyz"], &["xyz", ""], &["xyz", "xyz", "four", "xyz", "xyz"]], &[&["take cap", "drop cap", "t2", "Y \"x\"", "Y \"xyz-7\"", "<drop coroutine>"], &["take cap", "drop cap", "t2", "Y \"x\"", "Y \"xyz-7\"", "<drop coroutine>"], &["take cap", "drop cap", "t2", "Y \"x\"", "Y \"xyz-7\"", "Y \"four-0\"", "drop v6", "R 5", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v4", "v6"]),
    (p102::run, &[&["xyz", "hello"], &["ab", "ab", "x", "four", "four"], &["four", "xyz"]], &[&["t10", "t9", "Y \"xyz\"", "into v11", "drop v11", "t10", "t9", "Y \"-5\"", "<drop coroutine>", "drop k7", "drop cap"], &["t10", "t9", "Y \"ab\"", "into v11", "drop v11", "t10", "t9", "Y \"-6\"", "into v11", "drop v11", "drop v12", "drop k7", "t17", "t16", "drop cap", "R Err(\"\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t10", "t9", "Y \"four\"", "into v11", "drop v11", "t10", "t9", "Y \"-4\"", "<drop coroutine>", "drop k7", "drop cap"]], &["v11"]),
    (p103::run, &[&["four"], &["x", "hello", "", ""], &["four", "xyz", "ab", "x", ""]], &[&["drop cap", "R 4", "<drop coroutine>"], &["keep v11 10", "take v11", "drop v11", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p104::run, &[&["four", "hello", "x", "hello", "x", "xyz", "ab"], &["xyz", "hello", "hello", ""], &["four", "x", "hello", "hello", "hello"]], &[&["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p105::run, &[&["four", "x", "hello", "ab", "ab", "ab", ""], &["four", "hello", "four", "hello", "xyz"], &["hello", "x", "xyz", "xyz"]], &[&["Y \"four-0\"", "acc 2", "into cap", "drop cap", "add 8", "Y \"x\"", "add 5", "drop k3", "acc 15", "add 15", "add 2", "Y \"x\"", "Y \"0\"", "t5", "Y \"four-4\"", "Y \"1\"", "t5", "Y \"four-4\"", "<drop coroutine>"], &["Y \"four-0\"", "acc 2", "into cap", "drop cap", "add 8", "Y \"x\"", "add 4", "drop k3", "acc 14", "add 14", "add 2", "Y \"x\"", "Y \"0\"", "t5", "Y \"four-4\"", "<drop coroutine>"], &["Y \"four-0\"", "acc 2", "into cap", "drop cap", "add 8", "Y \"x\"", "add 3", "drop k3", "acc 13", "add 13", "add 2", "Y \"x\"", "Y \"0\"", "<drop coroutine>"]], &["cap"]),
    (p106::run, &[&["", "hello", "x", "xyz", ""], &["ab", "ab", "xyz", "ab"], &["", "ab", "hello", "xyz", "x", "hello"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p107::run, &[&["", "xyz", "x", "ab", "x", "ab"], &["ab"], &["hello", "hello", "x"]], &[&["Y \"hello\"", "Y \"\"", "drop v4", "drop k2", "t7", "Y \"\"", "drop cap", "drop k6", "into k11", "drop k11", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"hello\"", "Y \"\"", "acc 5", "add 3", "add 2", "drop v4", "drop k2", "consume v9", "drop v9", "consume v9", "drop v9", "consume v9", "drop v9", "Y \"5\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p108::run, &[&["x", "four", "xyz", "ab"], &["ab", "ab", "ab"], &["", "ab", "xyz", "ab", "four", "ab"]], &[&["R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p109::run, &[&["four", "hello", "hello", "", "four", "hello", "xyz", "hello"], &["four"], &["four", "x", "ab", "ab", "ab"]], &[&["Y \"four-4\"", "t2", "Y \"xyz\"", "keep v8 7", "take v8", "drop v8", "keep v10 7", "keep v10 9", "take v10", "drop v10", "t11", "Y \"xxyz\"", "drop v16", "Y \"-5\"", "f3 0 \"four\" 7", "acc 0", "keep v18 17", "take v18", "drop v18", "add 7", "add 0", "lock cap", "Y \"\"", "send v6 5", "Y \"5\"", "f3 2 \"hello\" 3", "drop v16", "Y \"-5\"", "f3 0 \"hello\" 7", "acc 0", "keep v18 17", "take v18", "drop v18", "add 7", "add 0", "lock cap", "Y \"\"", "<drop coroutine>", "drop k15", "drop v6", "drop cap"], &["Y \"four-4\"", "<drop coroutine>", "drop cap"], &["Y \"four-4\"", "t2", "Y \"xyz\"", "keep v8 7", "take v8", "drop v8", "keep v10 7", "keep v10 9", "take v10", "drop v10", "t11", "Y \"xxyz\"", "drop v16", "Y \"ab-5\"", "f3 2 \"ab\" 7", "acc 0", "keep v18 17", "take v18", "drop v18", "add 7", "add 2", "lock cap", "Y \"ab\"", "<drop coroutine>", "drop k15", "drop v6", "drop cap"]], &["cap", "v6"]),
    (p110::run, &[&["x", "x", "x"], &["hello", "four", "xyz", "hello", "four"], &["hello", "ab", "xyz", "x", "four", "xyz", "", "xyz"]], &[&["Y \"5x\"", "drop cap", "drop k2", "t15", "R 9", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"5hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"5hello\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v6", "v7"]),
    (p111::run, &[&["hello", "ab", "hello", "four"], &["ab", "x", "hello", "", "xyz", "x"], &["", "x", "xyz", "ab", "xyz", "", "hello", "four"]], &[&["t2", "t3", "Y \"xyz\"", "t5", "Y \"hello\"", "send v7 0", "t10", "Y \"four\"", "Y \"four\"", "<drop coroutine>", "drop k9", "drop v7", "drop cap"], &["t2", "t3", "Y \"xyz\"", "Y \"abhello\"", "send v7 0", "t10", "Y \"four\"", "Y \"\"", "send v7 0", "t10", "Y \"four\"", "Y \"x\"", "<drop coroutine>", "drop k9", "drop v7", "drop cap"], &["t2", "t3", "Y \"xyz\"", "Y \"hello\"", "send v7 0", "t10", "Y \"four\"", "Y \"ab\"", "send v7 0", "t10", "Y \"four\"", "Y \"\"", "drop k9", "consume v11", "drop v11", "drop v7", "Y \"xhello\"", "send v7 0", "t10", "Y \"four\"", "<drop coroutine>", "drop k9", "drop v7", "drop cap"]], &["cap"]),
    (p112::run, &[&["ab", "hello", "x", "hello", "", "hello", "hello", ""], &["xyz", "xyz", "xyz", "xyz", "hello", "four", "xyz", "x"], &["x", "xyz"]], &[&["Y \"four-4\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "lock v1", "f3 2 \"\" 3", "t5", "Y \"hello\"", "drop v1", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four-4\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "lock v1", "f3 2 \"\" 3", "t5", "Y \"hello\"", "drop v1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four-4\"", "keep v4 3", "take v4", "drop v4", "Y \"xyz\"", "<drop coroutine>", "drop v1", "drop cap"]], &[]),
    (p113::run, &[&["xyz", "x", "xyz"], &["xyz", "four", "four", "ab"], &[""]], &[&["Y \"xyz\"", "lock cap", "Y \"four-1\"", "t4", "Y \"x\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"xyz\"", "lock cap", "Y \"four-1\"", "t4", "Y \"x\"", "Y \"2\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"\"", "<drop coroutine>", "drop cap"]], &["v10", "v11"]),
    (p114::run, &[&["hello", "x", "ab"], &["x", "four", "hello", "hello", "four", "four"], &["four", "", "four", "ab"]], &[&["f3 5 \"hello\" 5", "Y \"hello-15\"", "t4", "keep v3 6", "Y \"hello\"", "Y \"hello\"", "<drop coroutine>", "drop v3", "drop k2", "drop cap"], &["f3 1 \"x\" 1", "Y \"x-3\"", "t4", "keep v3 5", "Y \"x\"", "Y \"x\"", "consume v7", "drop v7", "consume v7", "drop v7", "consume v7", "drop v7", "drop v3", "t4", "keep v3 5", "Y \"x\"", "Y \"x\"", "consume v7", "drop v7", "consume v7", "drop v7", "consume v7", "drop v7", "drop v3", "drop k2", "t8", "Y \"x\"", "<drop coroutine>", "drop cap"], &["f3 4 \"four\" 4", "Y \"four-12\"", "t4", "keep v3 5", "Y \"four\"", "Y \"four\"", "consume v7", "drop v7", "consume v7", "drop v7", "drop v3", "t4", "keep v3 5", "Y \"four\"", "<drop coroutine>", "drop v3", "drop k2", "drop cap"]], &[]),
    (p115::run, &[&["", "hello", "x", "xyz", "x", "x", "ab", "hello"], &["four", "xyz", "", "xyz", "", "x", "x"], &["", "", "hello", "hello"]], &[&["drop v1", "Y \"xyz\"", "Y \"hello\"", "Y \"xyz\"", "f3 3 \"0\" 0", "drop v5", "Y \"hello\"", "Y \"xyz\"", "f3 1 \"1\" 0", "drop v5", "Y \"hello\"", "Y \"xyz\"", "f3 5 \"2\" 0", "drop v5", "drop k4", "t6", "Y \"\"", "<drop coroutine>", "drop k2", "drop cap"], &["drop v1", "Y \"xyz\"", "Y \"hello\"", "Y \"xyz\"", "drop v5", "drop k4", "drop k2", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "Y \"xyz\"", "Y \"hello\"", "Y \"xyz\"", "f3 5 \"0\" 0", "drop v5", "Y \"hello\"", "<drop coroutine>", "drop k4", "drop k2", "drop cap"]], &[]),
    (p116::run, &[&["hello", "xyz", "four", "hello", "four", "x"], &["ab", "hello", "", ""], &["x", "hello"]], &[&["f3 4 \"ab\" 3", "acc 9", "add 1", "add 3", "drop cap", "R Some(13)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 3", "acc 9", "add 1", "add 3", "drop cap", "R Some(13)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p117::run, &[&["", "xyz", "ab", "ab", "xyz"], &["ab", "hello", "four", "hello", "four", "hello"], &["ab", "x", "hello", "xyz"]], &[&["acc 0", "lock cap", "add 2", "send cap 2", "add 2", "into cap", "drop cap", "f3 4 \"-0\" 8", "keep v3 2", "take v3", "drop v3", "acc 7", "t4", "add 0", "keep v6 5", "take v6", "drop v6", "add 7", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 2", "lock cap", "add 2", "send cap 2", "add 2", "into cap", "drop cap", "f3 6 \"ab-2\" 8", "keep v3 2", "take v3", "drop v3", "acc 7", "t4", "add 0", "keep v6 5", "take v6", "drop v6", "add 7", "t8", "Y \"x\"", "t8", "Y \"x\"", "drop k10", "into k17", "drop k17", "Y \"xyz-4\"", "t19", "Y \"xyz-4\"", "t19", "keep v21 20", "take v21", "drop v21", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 2", "lock cap", "add 2", "send cap 2", "add 2", "into cap", "drop cap", "f3 6 \"ab-2\" 8", "keep v3 2", "take v3", "drop v3", "acc 7", "t4", "add 0", "keep v6 5", "take v6", "drop v6", "add 7", "t8", "Y \"x\"", "t8", "Y \"x\"", "drop k10", "into k17", "drop k17", "Y \"xyz-4\"", "t19", "Y \"xyz-4\"", "<drop coroutine>"]], &["cap"]),
    (p118::run, &[&["x", "four", "x", "four"], &["hello", "hello", "xyz"], &["x", "", "hello", "xyz"]], &[&["drop k1", "drop k10", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "drop k10", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "drop k10", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p119::run, &[&["ab", "hello", "x", "", "four", "xyz", "xyz"], &["xyz", "", "four", "", ""], &["ab", "x", ""]], &[&["Y \"ab\"", "keep v5 4", "take v5", "drop v5", "send cap 1", "keep v3 14", "consume v3", "drop v3", "t9", "Y \"x\"", "Y \"xyzxab\"", "t11", "Y \"xyz\"", "Y \"2\"", "drop v10", "t9", "Y \"x\"", "Y \"xyzxab\"", "<drop coroutine>", "drop v10", "drop k2", "drop cap"], &["Y \"xyz\"", "keep v5 4", "take v5", "drop v5", "send cap 1", "keep v3 14", "consume v3", "drop v3", "t9", "Y \"x\"", "Y \"xyzxab\"", "t11", "Y \"xyz\"", "Y \"2\"", "<drop coroutine>", "drop v10", "drop k2", "drop cap"], &["Y \"ab\"", "keep v5 4", "take v5", "drop v5", "send cap 1", "keep v3 14", "consume v3", "drop v3", "t9", "Y \"x\"", "Y \"xyzxab\"", "<drop coroutine>", "drop v10", "drop k2", "drop cap"]], &["cap"]),
    (p120::run, &[&["ab", "hello"], &["hello", "ab", "ab"], &["x", "", "", "ab", "four", "four", "xyz"]], &[&["lock cap", "keep v2 8", "consume v2", "drop v2", "Y \"four-2-5\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "t3", "Y \"four-5-8\"", "Y \"ab\"", "acc 5", "add 5", "add 3", "Y \"hellofour-11\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "t3", "Y \"four-5-8\"", "Y \"\"", "acc 5", "add 5", "add 3", "Y \"hellofour-11\"", "Y \"ab\"", "acc 8", "add 8", "add 3", "keep v5 4", "take v5", "drop v5", "t3", "Y \"four-1-8\"", "Y \"four\"", "acc 5", "add 5", "add 3", "Y \"hellofour-11\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p121::run, &[&["xyz"], &["xyz", "hello", "", "xyz"], &["hello", "hello"]], &[&["t7", "Y \"four-3\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"], &["t7", "Y \"four-3\"", "t7", "Y \"four-3\"", "drop k3", "keep v10 9", "take v10", "drop v10", "drop v1", "drop cap", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t7", "Y \"four-3\"", "t7", "Y \"four-3\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"]], &["cap"]),
    (p122::run, &[&["", "four"], &["hello", "hello"], &["ab", "xyz", "xyz", "", "xyz", "", ""]], &[&["drop k2", "Y \"four\"", "f3 6 \"\" 4", "send cap 0", "Y \"ab-10\"", "<drop coroutine>", "drop cap"], &["drop k2", "Y \"four\"", "f3 6 \"hello\" 5", "send cap 0", "Y \"ab-16\"", "<drop coroutine>", "drop cap"], &["drop k2", "Y \"four\"", "f3 6 \"ab\" 3", "send cap 0", "Y \"ab-11\"", "Y \"x\"", "acc 2", "Y \"xyz\"", "add 3", "into cap", "drop cap", "add 8", "acc 11", "add 11", "add 11", "drop k6", "Y \"-2\"", "Y \"-4x\"", "drop k6", "Y \"-2\"", "<drop coroutine>"]], &["cap"]),
    (p123::run, &[&["ab", "", "ab", "four", "ab", "xyz", ""], &["ab", ""], &["xyz", "", "hello", "xyz", "x"]], &[&["drop k15", "keep v17 16", "take v17", "drop v17", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k15", "keep v17 16", "take v17", "drop v17", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "Y \"xyz\"", "Y \"\"", "drop v4", "drop v4", "drop v4", "t6", "t5", "Y \"\"", "keep v8 3", "t9", "t10", "Y \"four\"", "<drop coroutine>", "drop v8", "drop cap"]], &["v8"]),
    (p124::run, &[&["ab"], &["hello", "x"], &["x", "x", "", "four", "hello", "", "ab", "xyz"]], &[&["lock cap", "t5", "Y \"2\"", "<drop coroutine>", "drop k1", "drop cap"], &["lock cap", "t5", "Y \"2\"", "t6", "drop k1", "into k9", "drop k9", "drop cap", "R 2", "<drop coroutine>"], &["lock cap", "t5", "Y \"2\"", "t6", "drop k1", "into k9", "drop k9", "drop cap", "R 2", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p125::run, &[&["ab", "four", "four", "", "", "ab", "xyz"], &["x", "xyz", "", "hello", "x", ""], &["x", "", "xyz", "x", "xyz", "x", "four", "ab"]], &[&["into cap", "drop cap", "keep v1 8", "t6", "t5", "consume v7", "drop v7", "Y \"ab\"", "Y \"ab\"", "consume v7", "drop v7", "Y \"2\"", "Y \"ab\"", "into v1", "drop v1", "Y \"ab\"", "f3 4 \"ab\" 3", "acc 0", "add 1", "add 0", "Y \"xfourfour\"", "drop k10", "t12", "Y \"x-9\"", "<drop coroutine>", "drop v11"], &["into cap", "drop cap", "keep v1 8", "t6", "t5", "consume v7", "drop v7", "Y \"2\"", "Y \"ab\"", "consume v7", "drop v7", "Y \"x1\"", "Y \"ab\"", "into v1", "drop v1", "Y \"ab\"", "f3 4 \"\" 3", "acc 0", "add 1", "add 0", "Y \"xfourfour\"", "<drop coroutine>", "drop k10"], &["into cap", "drop cap", "keep v1 8", "t6", "t5", "consume v7", "drop v7", "Y \"2\"", "Y \"ab\"", "consume v7", "drop v7", "Y \"x1\"", "Y \"ab\"", "into v1", "drop v1", "Y \"ab\"", "f3 4 \"x\" 3", "acc 0", "add 1", "add 0", "Y \"xfourfour\"", "drop k10", "t12", "Y \"x-8\"", "f3 8 \"ab\" 8", "Y \"four\"", "<drop coroutine>", "drop v11"]], &["cap", "v1", "v11"]),
    (p126::run, &[&["four", "x"], &["xyz"], &["ab"]], &[&["send cap 1", "Y \"5\"", "drop v1", "drop v2", "t4", "send cap 3", "into k7", "drop k7", "drop v3", "into k11", "drop k11", "t10", "keep v9 8", "drop v12", "drop v9", "drop v8", "into k11", "drop k11", "t10", "keep v9 8", "drop v12", "drop v9", "send cap 3", "into k7", "drop k7", "drop v8", "into k11", "drop k11", "t10", "keep v9 8", "drop v12", "drop v9", "drop v8", "into k11", "drop k11", "t10", "keep v9 8", "drop v12", "drop v9", "send cap 3", "into k7", "drop k7", "drop v8", "into k11", "drop k11", "t10", "keep v9 8", "drop v12", "drop v9", "drop v8", "into k11", "drop k11", "t10", "keep v9 8", "drop v12", "drop v9", "lock cap", "drop v8", "drop cap", "R Some(2)", "<drop coroutine>"], &["Y \"xyz\"", "<drop coroutine>", "drop cap"], &["send cap 1", "Y \"3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p127::run, &[&["xyz", "hello", "", "xyz", "", "ab"], &["hello", "four", "ab", "x", "four", "ab", "hello"], &["xyz", "x", "x", "xyz", "xyz"]], &[&["lock cap", "Y \"four\"", "t3", "Y \"four\"", "t3", "drop v1", "drop k4", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"four\"", "t3", "Y \"four\"", "t3", "drop v1", "drop k4", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"four\"", "t3", "Y \"four\"", "t3", "drop v1", "drop k4", "drop cap", "R Ok(2)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p128::run, &[&["x", "", "ab", "x", "x"], &["four", "x", "xyz", ""], &["xyz", "four", "four", "", ""]], &[&["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 4 \"ab\" 1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p129::run, &[&["ab", "hello", "hello", "", "ab", ""], &["hello"], &["four"]], &[&["lock cap", "acc 2", "add 3", "add 5", "f3 2 \"ab\" 10", "t3", "drop k2", "Y \"0\"", "Y \"1\"", "drop k4", "t3", "drop k2", "Y \"0\"", "Y \"1\"", "drop k4", "t3", "drop k2", "Y \"0\"", "Y \"1\"", "<drop coroutine>", "drop cap"], &["drop cap", "R None", "<drop coroutine>"], &["lock cap", "acc 2", "add 3", "add 5", "f3 4 \"four\" 10", "t3", "drop k2", "Y \"0\"", "<drop coroutine>", "drop cap"]], &["cap", "v16", "v17"]),
    (p130::run, &[&["ab", "hello", "ab", "hello", "", "ab", "hello"], &["", "hello", "x", "hello", "four", "", "xyz"], &["ab", "ab", "x"]], &[&["take cap", "drop cap", "drop k1", "into k2", "drop k2", "t5", "Y \"x\"", "t6", "Y \"hello-4xhello\"", "Y \"2\"", "Y \"fourab\"", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "drop k1", "into k2", "drop k2", "t5", "Y \"x\"", "t6", "Y \"hello-4xhello\"", "Y \"2\"", "Y \"fourab\"", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "drop k1", "into k2", "drop k2", "t5", "Y \"x\"", "t6", "Y \"hello-4xhello\"", "Y \"2\"", "<drop coroutine>"]], &["cap"]),
    (p131::run, &[&["ab", "xyz", "xyz"], &["hello", "ab"], &["four", "xyz", "hello", "x", "four", "xyz", "xyz"]], &[&["Y \"x\"", "Y \"four\"", "t3", "t4", "f3 3 \"abxyzx\" 2", "keep cap 11", "drop cap", "drop v5", "drop k2", "drop k1", "f3 4 \"ab\" 0", "Y \"-6\"", "<drop coroutine>"], &["Y \"x\"", "Y \"four\"", "<drop coroutine>", "drop k2", "drop k1", "drop cap"], &["Y \"x\"", "Y \"four\"", "t3", "t4", "f3 3 \"fourhellox\" 2", "keep cap 15", "drop cap", "drop v5", "drop k2", "drop k1", "f3 4 \"ab\" 0", "Y \"-6\"", "Y \"abx\"", "Y \"four\"", "f3 4 \"xyz\" 4", "Y \"abx\"", "drop k11", "keep v13 12", "take v13", "drop v13", "Y \"8\"", "<drop coroutine>"]], &["cap"]),
    (p132::run, &[&["xyz", "xyz", "ab", "xyz", "x"], &["xyz"], &["hello", "", "hello", "xyz"]], &[&["t1", "Y \"0\"", "keep v3 2", "take v3", "drop v3", "f3 4 \"ab\" 1", "keep v9 8", "take v9", "drop v9", "into cap", "drop cap", "t14", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"0\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"0\"", "keep v3 2", "take v3", "drop v3", "f3 4 \"ab\" 1", "keep v9 8", "take v9", "drop v9", "into cap", "drop cap", "t14", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v4"]),
    (p133::run, &[&["", "hello", "xyz", "xyz", "ab", "hello", "xyz", "xyz"], &["ab", "ab", "x", "x", "x", "four", "x", "four"], &["ab", "hello", "x", "four"]], &[&["Y \"\"", "keep v1 3", "keep v1 3", "Y \"ab\"", "keep v1 3", "consume v1", "drop v1", "t5", "drop k4", "t5", "drop k4", "drop k3", "take cap", "drop cap", "t12", "acc 1", "add 3", "add 3", "drop k13", "t14", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "keep v1 3", "keep v1 3", "Y \"ab\"", "keep v1 1", "consume v1", "drop v1", "t5", "drop k4", "t5", "drop k4", "drop k3", "take cap", "drop cap", "t12", "acc 1", "add 3", "add 3", "drop k13", "t14", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "keep v1 3", "keep v1 3", "Y \"ab\"", "keep v1 1", "consume v1", "drop v1", "t5", "drop k4", "t5", "drop k4", "drop k3", "take cap", "drop cap", "t12", "acc 1", "add 3", "add 3", "drop k13", "t14", "R 0", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p134::run, &[&["ab", "", "four", "ab", "hello", ""], &["x", "four", "xyz"], &["xyz"]], &[&["Y \"3\"", "Y \"four\"", "Y \"xyz\"", "acc 0", "add 0", "add 0", "f3 2 \"four\" 0", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 0", "add 3", "add 1", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 0", "add 3", "add 1", "drop cap", "R Some(4)", "<drop coroutine>"]], &["cap"]),
    (p135::run, &[&["ab", "four", "ab", "four", "xyz", "ab", "x", ""], &["four", "four", "ab", "ab"], &["", "xyz", ""]], &[&["acc 2", "add 2", "add 2", "t5", "keep v4 6", "drop v4", "Y \"ab\"", "Y \"2\"", "lock v1", "f3 2 \"ab\" 4", "Y \"ab\"", "Y \"four\"", "f3 8 \"four\" 3", "t7", "Y \"1\"", "acc 1", "add 3", "add 0", "drop k8", "t7", "Y \"1\"", "acc 1", "add 3", "add 0", "drop k8", "acc 2", "add 1", "add 1", "t5", "keep v4 4", "drop v4", "Y \"ab\"", "Y \"2\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"], &["acc 4", "add 2", "add 2", "t5", "keep v4 8", "drop v4", "Y \"ab\"", "Y \"2\"", "lock v1", "f3 2 \"four\" 4", "Y \"four\"", "Y \"four\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"], &["acc 0", "add 2", "add 2", "t5", "keep v4 4", "drop v4", "Y \"ab\"", "Y \"2\"", "lock v1", "f3 2 \"\" 4", "Y \"\"", "<drop coroutine>", "drop k3", "drop v1", "drop cap"]], &[]),
    (p136::run, &[&["hello", "four", "xyz", "ab", "", "xyz", "four", "x"], &["hello", "x"], &["x"]], &[&["PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p4", "<drop coroutine>", "drop cap"]], &["cap", "v5"]),
    (p137::run, &[&["x"], &["xyz", "x", "four", "ab"], &["hello"]], &[&["lock cap", "drop k1", "Y \"x\"", "<drop coroutine>", "drop cap"], &["lock cap", "drop k1", "Y \"xyz\"", "drop cap", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop k1", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p138::run, &[&["", "", "x", "hello"], &["hello"], &["ab", "hello", "hello", ""]], &[&["drop k2", "Y \"xyz\"", "f3 3 \"\" 3", "t7", "drop v10", "Y \"ab\"", "t11", "drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "Y \"xyzhello\"", "<drop coroutine>", "drop cap"], &["drop k2", "Y \"xyzab\"", "f3 3 \"\" 3", "t7", "drop v10", "Y \"ab\"", "t11", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p139::run, &[&["hello", "hello"], &["x", "hello", "hello", "x", "", "hello", "xyz", "xyz"], &["x", "x", "four", "hello"]], &[&["Y \"hello\"", "drop v8", "drop v1", "drop cap", "R Err(\"long hello\")", "<drop coroutine>"], &["drop v1", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v4"]),
    (p140::run, &[&["", "xyz", "", "ab", "", "xyz"], &["xyz", "hello", "ab", "x", "xyz"], &["x", "xyz", "xyz"]], &[&["t3", "t2", "Y \"xyz\"", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t3", "t2", "Y \"xyz\"", "Y \"xyz\"", "t8", "Y \"ab\"", "drop cap", "PANIC p9", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t3", "t2", "Y \"xyz\"", "Y \"xyz\"", "acc 2", "add 8", "add 8", "Y \"ab-18\"", "<drop coroutine>", "drop cap"]], &[]),
    (p141::run, &[&["ab", "x", "x", "ab", "xyz", "four", "xyz"], &["xyz", "hello", "xyz", "hello", "x"], &["", "x", "x", "xyz", "hello"]], &[&["Y \"ab\"", "drop v3", "drop v3", "drop k2", "keep v7 6", "take v7", "drop v7", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "drop v3", "keep v4 2", "drop k5", "drop v4", "drop v3", "keep v4 2", "drop k5", "drop v4", "drop k2", "keep v7 6", "take v7", "drop v7", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "drop v3", "drop v3", "drop k2", "keep v7 6", "take v7", "drop v7", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p142::run, &[&["hello", "four", "ab", "x", "ab", "hello", "four", "four"], &["x", "ab", "ab", "xyz", "four", "hello", "", "xyz"], &["", "hello", "xyz"]], &[&["acc 5", "send cap 5", "add 5", "send cap 0", "add 0", "keep v1 10", "keep v1 12", "drop k2", "t3", "Y \"x\"", "t5", "t4", "Y \"xyz\"", "keep v7 6", "take v7", "drop v7", "keep v10 9", "take v10", "drop v10", "t8", "take cap", "drop cap", "t13", "Y \"ab\"", "keep v15 5", "keep v15 14", "take v15", "drop v15", "keep v1 7", "consume v1", "drop v1", "Y \"57\"", "t16", "t17", "R Err(\"xfour\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 5", "send cap 5", "add 5", "send cap 0", "add 0", "keep v1 10", "keep v1 12", "drop k2", "t3", "Y \"x\"", "t5", "t4", "Y \"xyz\"", "keep v7 6", "take v7", "drop v7", "keep v10 9", "take v10", "drop v10", "t8", "take cap", "drop cap", "t13", "Y \"ab\"", "keep v15 5", "keep v15 14", "take v15", "drop v15", "keep v1 7", "consume v1", "drop v1", "Y \"57\"", "t16", "t17", "R Err(\"xfour\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 5", "send cap 5", "add 5", "send cap 0", "add 0", "keep v1 10", "keep v1 12", "drop k2", "t3", "Y \"x\"", "t5", "t4", "Y \"xyz\"", "keep v7 6", "take v7", "drop v7", "keep v10 9", "take v10", "drop v10", "t8", "take cap", "drop cap", "t13", "Y \"ab\"", "<drop coroutine>", "drop v1"]], &["cap", "v1"]),
    (p143::run, &[&["hello", "x", ""], &["hello", "hello", "x", "hello"], &["xyz", "ab", "xyz", "four", "x", "", "", "hello"]], &[&["drop k2", "keep v11 10", "take v11", "drop v11", "t12", "Y \"hellox\"", "Y \"hello-0\"", "consume v13", "drop v13", "t12", "Y \"hellox\"", "<drop coroutine>", "drop cap"], &["drop k2", "keep v11 10", "take v11", "drop v11", "t12", "Y \"hellox\"", "Y \"hello-0\"", "consume v13", "drop v13", "t12", "Y \"hellox\"", "Y \"hello-1\"", "<drop coroutine>", "drop cap"], &["drop k2", "keep v11 10", "take v11", "drop v11", "t12", "Y \"xyzx\"", "Y \"xyz-0\"", "consume v13", "drop v13", "t12", "Y \"xyzx\"", "Y \"xyz-1\"", "consume v13", "drop v13", "t12", "Y \"xyzx\"", "Y \"xyz-2\"", "consume v13", "drop v13", "send cap 3", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p144::run, &[&["xyz", "hello", "xyz", ""], &["x", "four", "xyz", "", "xyz", "xyz", "", "x"], &[""]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 0", "add 0", "add 0", "f3 0 \"\" 4", "t6", "acc 1", "add 0", "keep v8 7", "take v8", "drop v8", "add 7", "t6", "acc 1", "add 1", "keep v8 7", "take v8", "drop v8", "add 7", "t6", "acc 1", "add 2", "keep v8 7", "take v8", "drop v8", "add 7", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &["cap", "v18"]),
    (p145::run, &[&["ab", "xyz", "x", "four", "hello", "four"], &["", "", "hello", "hello", "", "xyz", "", "x"], &["xyz", "hello", "ab"]], &[&["keep v2 1", "take v2", "drop v2", "Y \"xyzab\"", "into cap", "drop cap", "drop k4", "drop k3", "t10", "R Err(\"7\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"xyz\"", "drop k3", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "Y \"xyzxyz\"", "into cap", "drop cap", "drop k4", "drop k3", "t10", "R Err(\"7\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p146::run, &[&[""], &["xyz", "ab", "hello", "xyz"], &["ab", "hello", "hello", "x"]], &[&["Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "t3", "Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz-7\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"0\"", "Y \"ab\"", "drop cap", "R Ok(5)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p147::run, &[&["hello", "ab", "", "", "ab", "hello", "four", "hello"], &["x", "x", "hello", "hello", "xyz", "x", "xyz", "ab"], &["", "xyz", "", "x", "x", "hello"]], &[&["into k2", "drop k2", "Y \"x\"", "Y \"6\"", "Y \"x\"", "Y \"6\"", "Y \"5\"", "Y \"x\"", "Y \"6\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["into k2", "drop k2", "Y \"x\"", "Y \"2\"", "Y \"x\"", "Y \"2\"", "Y \"1\"", "Y \"x\"", "Y \"2\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["into k2", "drop k2", "Y \"x\"", "Y \"5\"", "Y \"x\"", "Y \"5\"", "Y \"0\"", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p148::run, &[&["ab", "four", "ab", "x"], &["x", "x", "ab", "four"], &["x", "xyz", "xyz"]], &[&["Y \"ab\"", "t2", "drop v4", "Y \"2\"", "drop v4", "Y \"2\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"x\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p149::run, &[&["ab"], &["four"], &["", "four", "xyz", "", "four", ""]], &[&["t1", "Y \"xab\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"xfour\"", "<drop coroutine>", "drop cap"], &["t1", "Y \"x\"", "acc 4", "add 3", "add 3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"four\"", "keep v3 3", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"four\"", "keep v3 0", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v3 7", "Y \"four\"", "keep v3 4", "drop v3", "Y \"four\"", "drop cap", "R Ok(3)", "<drop coroutine>"]], &["v3"]),
    (p150::run, &[&["ab", "", "xyz"], &["xyz", "xyz", "x"], &["ab", "x", "xyz"]], &[&["send cap 2", "keep cap 1", "take cap", "drop cap", "Y \"x\"", "f3 2 \"ab\" 1", "keep v3 5", "keep v3 1", "keep v4 3", "drop v4", "drop v3", "keep v13 12", "take v13", "drop v13", "keep v14 7", "drop k15", "lock v14", "drop v14", "R Some(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "keep cap 1", "take cap", "drop cap", "Y \"x\"", "keep v13 12", "take v13", "drop v13", "keep v14 7", "drop k15", "lock v14", "drop v14", "R Some(2)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 2", "keep cap 1", "take cap", "drop cap", "Y \"x\"", "drop k6", "Y \"ab-4\"", "t7", "acc 1", "acc 8", "add 1", "acc 1", "add 1", "add 1", "add 3", "add 12", "add 1", "Y \"ab\"", "<drop coroutine>"]], &["cap"]),
    (p151::run, &[&["hello", "ab", "four", "ab", "four"], &["", "xyz", "ab", "xyz", "xyz", "", "xyz", "xyz"], &["ab", "four", "", "x", "xyz", "hello"]], &[&["take cap", "drop cap", "f3 7 \"hello\" 2", "drop k3", "Y \"14\"", "f3 2 \"x\" 2", "f3 12 \"x\" 5", "drop k4", "R 18", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"5\"", "f3 2 \"x\" 2", "f3 3 \"x\" 5", "drop k4", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "Y \"9\"", "f3 2 \"x\" 2", "f3 7 \"x\" 5", "drop k4", "drop cap", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p152::run, &[&["four", "hello", "x", "xyz", "hello"], &["xyz", "hello"], &["x", "ab", "four", "", "ab"]], &[&["PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &[]),
    (p153::run, &[&["ab", "xyz", "", "", "four", "xyz", "ab", "ab"], &["xyz", "", "", "xyz", "xyz", "x", "ab", "ab"], &["ab"]], &[&["keep v2 1", "take v2", "drop v2", "consume v4", "drop v4", "drop k5", "send cap 3", "f3 4 \"\" 3", "Y \"end\"", "acc 4", "add 4", "add 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "consume v4", "drop v4", "drop k5", "send cap 3", "f3 4 \"\" 3", "Y \"end\"", "acc 4", "add 4", "add 3", "drop cap", "R Ok(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "consume v4", "drop v4", "drop k5", "send cap 3", "f3 4 \"\" 3", "Y \"end\"", "<drop coroutine>", "drop cap"]], &[]),
    (p154::run, &[&["ab", "four", "hello", "", "x", "", "x"], &["hello", "", "xyz", "hello"], &["", "x", "hello", "hello", "x", "ab", "x"]], &[&["Y \"\"", "keep v11 8", "drop v11", "drop v15", "t16", "drop k13", "drop v14", "drop k1", "drop cap", "PANIC p17", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "keep v11 0", "drop v11", "drop v15", "t16", "drop v14", "drop v15", "t16", "drop k13", "drop v14", "drop k1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "keep v11 0", "drop v11", "drop v15", "t16", "drop k13", "drop v14", "drop k1", "drop cap", "PANIC p17", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p155::run, &[&["", "", "four", "hello", "", "xyz", "ab"], &["xyz", "x", "", "four", "four", "ab"], &["ab", "hello", "x", "ab", "xyz", "x", "", ""]], &[&["Y \"hello-3\"", "t2", "Y \"\"", "Y \"hello\"", "lock cap", "Y \"fourab2\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"four\"", "t2", "Y \"\"", "Y \"hello\"", "lock cap", "Y \"ab2\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello-3\"", "t2", "Y \"\"", "Y \"hello\"", "lock cap", "Y \"xab2\"", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p156::run, &[&["x"], &["ab", "xyz", "hello", "four", "four", "four", "four"], &["ab"]], &[&["t19", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"ab-2\"", "t3", "Y \"ab\"", "Y \"ab\"", "drop cap", "t6", "t7", "Y \"-2\"", "keep v9 8", "take v9", "drop v9", "into k10", "drop k10", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab-2\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p157::run, &[&["ab", ""], &["", "hello", "x", "x", "hello"], &["four", "", "x", "x", "ab", "hello", "ab"]], &[&["drop k1", "Y \"x-2\"", "keep v3 2", "keep v5 4", "take v5", "drop v5", "drop v3", "acc 3", "add 3", "add 3", "keep v6 9", "drop k7", "Y \"xyz\"", "<drop coroutine>", "drop v6", "drop cap"], &["drop k1", "Y \"x-2\"", "keep v3 0", "keep v5 4", "take v5", "drop v5", "drop v3", "acc 3", "add 3", "add 3", "keep v6 9", "drop k7", "Y \"xyz\"", "Y \"xyz\"", "acc 7", "add 1", "add 7", "drop v6", "drop cap", "R Some(16)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "Y \"x-2\"", "keep v3 4", "keep v5 4", "take v5", "drop v5", "drop v3", "acc 3", "add 3", "add 3", "keep v6 9", "drop k7", "Y \"xyz\"", "Y \"xyz\"", "acc 3", "add 1", "add 3", "drop v6", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p158::run, &[&["xyz", "", "hello"], &["", "four", "x", "ab", "x", ""], &["x", "x", "", "", "ab"]], &[&["Y \"hello\"", "acc 3", "send cap 2", "add 2", "add 2", "t4", "Y \"xyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "acc 0", "send cap 2", "add 2", "add 2", "t4", "Y \"\"", "Y \"\"", "t4", "Y \"ab\"", "Y \"ab\"", "t9", "f3 3 \"\" 1", "drop k11", "drop cap", "R 4", "<drop coroutine>"], &["Y \"hello\"", "acc 1", "send cap 2", "add 2", "add 2", "t4", "Y \"x\"", "Y \"x\"", "keep v8 7", "take v8", "drop v8", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p159::run, &[&["", "x", "ab"], &["x"], &["hello", "x", "", "hello", "ab", "hello"]], &[&["Y \"-2abab\"", "acc 0", "add 2", "add 2", "t3", "Y \"fourfourab\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["drop cap", "PANIC p1", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p160::run, &[&["x", "xyz", "", "four", "x", "", "xyz", "four"], &["four", "hello", "four", "xyz", "ab"], &["ab", "ab", "xyz", "", "four", "hello", "", "x"]], &[&["Y \"hello\"", "Y \"xyzab\"", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "Y \"xyzab\"", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "send cap 0", "drop cap", "PANIC p11", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v9"]),
    (p161::run, &[&["four"], &["xyz", "four", "x"], &["hello", "hello", "xyz", "x", "x"]], &[&["lock cap", "acc 4", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t1", "drop cap", "R Err(\"xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop cap", "R Err(\"hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p162::run, &[&["xyz", "x"], &["xyz", "four", "", "hello", "ab", "x", "four", "four"], &["x", "four"]], &[&["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p163::run, &[&["ab", "x", "ab"], &["", "", "four", "hello", "", "four", "", "x"], &["xyz", "four", "x", "four", "ab", "four", "four", "four"]], &[&["drop k23", "send cap 0", "f3 2 \"\" 0", "drop cap", "R Ok(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k23", "send cap 0", "f3 0 \"\" 0", "drop cap", "R Ok(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "t5", "lock cap", "acc 2", "add 3", "add 4", "keep v4 9", "consume v4", "drop v4", "Y \"1\"", "t19", "drop cap", "R Err(\"four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p164::run, &[&["", "", "ab", "x", "hello", "hello", ""], &["", "four", "four"], &["", "four"]], &[&["Y \"\"", "t3", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "t3", "keep v6 5", "take v6", "drop v6", "keep v9 8", "take v9", "drop v9", "t7", "keep v11 4", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "t12", "keep v6 5", "take v6", "drop v6", "keep v9 8", "take v9", "drop v9", "t7", "keep v11 4", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "t3", "keep v6 5", "take v6", "drop v6", "keep v9 8", "take v9", "drop v9", "t7", "keep v11 4", "keep v11 10", "take v11", "drop v11", "Y \"4\"", "<drop coroutine>", "drop cap"]], &[]),
    (p165::run, &[&["x", "hello", "four"], &["xyz", "hello", "", "hello", "ab"], &["hello", "", "four", "", "xyz", "xyz", "hello", "x"]], &[&["lock cap", "drop cap", "R Err(\"long x-3-3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop cap", "R Err(\"long x-3-3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop cap", "R Err(\"long x-3-3\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p166::run, &[&["hello"], &["", "hello", "ab", "ab", ""], &["hello"]], &[&["Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "acc 0", "add 1", "acc 4", "add 1", "add 3", "add 8", "acc 5", "lock cap", "add 2", "add -4", "Y \"3\"", "t2", "Y \"ab\"", "t3", "Y \"2\"", "drop k4", "t2", "Y \"2\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap", "v13"]),
    (p167::run, &[&["", "x", "four", "hello", "ab"], &["four", "hello"], &["ab", "", "", "four"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p168::run, &[&["xyz", "x", "x", "", "hello"], &["ab", "ab", "xyz", "hello", "ab", "hello", "x"], &["ab", "hello", "x", "hello", "x", "hello"]], &[&["Y \"3\"", "Y \"xyz\"", "f3 1 \"xyz\" 4", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab-2\"", "drop v8", "drop v9", "drop v8", "drop v9", "drop v8", "drop v9", "Y \"3\"", "Y \"ab\"", "f3 5 \"ab\" 4", "drop cap", "R Some(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab-2\"", "drop v8", "drop v9", "drop v8", "drop v9", "drop v8", "drop v9", "Y \"3\"", "Y \"ab\"", "f3 5 \"ab\" 4", "drop cap", "R Some(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p169::run, &[&["xyz", "four", "four", "xyz", "", "xyz", "x", "hello"], &["", "four", "hello", "hello"], &["ab", "x", "x", "four"]], &[&["send cap 1", "drop cap", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "Y \"0\"", "keep v3 2", "take v3", "drop v3", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "Y \"2\"", "Y \"ab\"", "Y \"2\"", "<drop coroutine>", "drop cap"]], &[]),
    (p170::run, &[&["xyz", "x", "", "x", "x", "ab"], &["", "", "xyz", "hello", "xyz", "ab"], &["ab", "ab", "hello"]], &[&["acc 2", "add 1", "add 0", "drop k2", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"xx-1xx-1-4\"", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 10", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 16", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"xx-1xx-1-4\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 1", "add 0", "drop k2", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"-0-0-2\"", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 6", "keep v11 10", "take v11", "drop v11", "t12", "f3 5 \"xyz\" 15", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"xyzxyz-3xyzxyz-3-8\"", "<drop coroutine>", "drop cap"], &["acc 2", "add 1", "add 0", "drop k2", "t4", "t3", "Y \"\"", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "into k8", "drop k8", "keep v7 8", "consume v7", "drop v7", "drop v6", "Y \"x\"", "Y \"abab-2abab-2-6\"", "<drop coroutine>", "drop cap"]], &[]),
    (p171::run, &[&["four", "hello"], &["ab", "", "four", "ab", "four"], &["", "x", "x", "ab", "", "x", "x", "ab"]], &[&["keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 4", "add 0", "add 0", "Y \"four-4\"", "drop v1", "PANIC p4", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 2", "add 0", "add 0", "Y \"ab-2\"", "Y \"ab\"", "drop v1", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "keep v1 7", "acc 0", "add 0", "add 0", "Y \"-0\"", "drop v1", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &[]),
    (p172::run, &[&["", "xyz", "x", "ab", "xyz", "hello"], &["xyz", "x", "hello", "xyz", ""], &["x", "hello", "xyz", "", "hello", "", "ab"]], &[&["send cap 1", "f3 0 \"-3\" 1", "drop k3", "Y \"\"", "Y \"\"", "into cap", "drop cap", "t6", "Y \"four\"", "Y \"hellohello\"", "f3 8 \"\" 0", "f3 8 \"\" 0", "keep v9 0", "drop v9", "t10", "Y \"8\"", "consume v11", "drop v11", "keep v13 12", "take v13", "drop v13", "t15", "t17", "acc 0", "f3 4 \"\" 0", "add 4", "add 4", "drop k18", "R 8", "<drop coroutine>"], &["send cap 1", "f3 3 \"xyz-3\" 1", "drop k3", "Y \"9\"", "Y \"xyz\"", "into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "f3 1 \"x-3\" 1", "drop k3", "Y \"5\"", "Y \"x\"", "into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p173::run, &[&["hello", "xyz", "", "hello"], &["x", "hello", "x", "", "x"], &["ab", "x", "x", "x"]], &[&["Y \"hello\"", "Y \"four\"", "t14", "Y \"ab\"", "drop v13", "t15", "drop cap", "R Ok(5)", "<drop coroutine>"], &["Y \"hello\"", "Y \"four\"", "t14", "Y \"ab\"", "drop v13", "t15", "keep v17 16", "take v17", "drop v17", "Y \"x\"", "t19", "drop v21", "drop cap", "R Err(\"long hellox-13\")", "<drop coroutine>"], &["keep v4 3", "take v4", "drop v4", "drop k5", "send cap 5", "keep v4 3", "take v4", "drop v4", "drop k5", "send cap 5", "drop k2", "t6", "Y \"xyz\"", "t12", "Y \"x-2\"", "Y \"hello\"", "Y \"four\"", "<drop coroutine>", "drop cap"]], &["cap", "v13"]),
    (p174::run, &[&["xyz"], &["x", "four", "", "hello", "xyz", ""], &["xyz", ""]], &[&["Y \"xyz-3\"", "<drop coroutine>", "drop cap"], &["Y \"x-3\"", "send cap 1", "t2", "Y \"4\"", "t3", "t4", "f3 1 \"x\" 1", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz-3\"", "send cap 1", "t2", "Y \"0\"", "<drop coroutine>", "drop cap"]], &[]),
    (p175::run, &[&["xyz", "hello", "four", "ab", "x"], &["xyz", "four", "hello", "xyz", "", "", "xyz"], &[""]], &[&["into k1", "drop k1", "t3", "Y \"xyz\"", "t5", "t4", "consume v7", "drop v7", "t8", "Y \"8\"", "t5", "t4", "consume v7", "drop v7", "t8", "Y \"8\"", "keep v11 10", "take v11", "drop v11", "t13", "Y \"x\"", "drop k16", "drop k15", "drop k14", "t13", "Y \"x\"", "<drop coroutine>", "drop cap"], &["into k1", "drop k1", "t3", "Y \"xyz\"", "t5", "t4", "consume v7", "drop v7", "t8", "Y \"8\"", "t5", "t4", "consume v7", "drop v7", "t8", "Y \"8\"", "keep v11 10", "take v11", "drop v11", "t13", "Y \"x\"", "drop k16", "drop k15", "drop k14", "t13", "Y \"x\"", "drop k16", "drop k15", "drop k14", "Y \"fourxyz-8\"", "t18", "Y \"xyz\"", "<drop coroutine>", "drop v19", "drop cap"], &["into k1", "drop k1", "t3", "Y \"xyz\"", "<drop coroutine>", "drop cap"]], &[]),
    (p176::run, &[&["hello", "x", "x", "x"], &["hello"], &["", "four", "x", "hello", "ab", "xyz", "x", "xyz"]], &[&["Y \"hello\"", "Y \"hello\"", "keep v5 2", "Y \"four\"", "Y \"-3\"", "<drop coroutine>", "drop v5", "drop k1", "drop cap"], &["Y \"hello\"", "<drop coroutine>", "drop v5", "drop k1", "drop cap"], &["Y \"\"", "Y \"\"", "keep v5 5", "Y \"four\"", "Y \"-3\"", "f3 2 \"2\" 2", "drop k7", "drop v5", "Y \"\"", "Y \"\"", "keep v5 4", "Y \"four\"", "Y \"-3\"", "<drop coroutine>", "drop v5", "drop k1", "drop cap"]], &["v5"]),
    (p177::run, &[&["", "x"], &["ab", "", "x", "hello", "xyz", "ab", "ab"], &["ab", "", "", "x", "xyz"]], &[&["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "keep v2 4", "drop v2", "Y \"-0\"", "Y \"0\"", "<drop coroutine>", "drop k6", "drop cap"], &["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "keep v2 4", "drop v2", "Y \"ab-2\"", "Y \"0\"", "Y \"1\"", "Y \"ab\"", "Y \"ab\"", "f3 2 \"four\" 3", "f3 3 \"ab\" 9", "Y \"ab-2\"", "Y \"0\"", "<drop coroutine>", "drop k6", "drop cap"], &["consume v1", "drop v1", "keep v2 2", "keep v4 3", "take v4", "drop v4", "keep v2 7", "keep v2 4", "drop v2", "Y \"ab-2\"", "Y \"0\"", "Y \"1\"", "Y \"ab\"", "Y \"ab\"", "<drop coroutine>", "drop k6", "drop cap"]], &[]),
    (p178::run, &[&["xyz", "x", "hello"], &["ab", "hello", "x", "hello", "hello", "hello", "xyz"], &["xyz"]], &[&["drop k2", "keep v5 4", "take v5", "drop v5", "f3 7 \"xyzfour\" 2", "Y \"hello\"", "keep v7 6", "take v7", "drop v7", "Y \"1four\"", "keep v11 2", "keep v11 10", "take v11", "drop v11", "drop cap", "PANIC p13", "<drop coroutine>"], &["drop k2", "keep v5 4", "take v5", "drop v5", "f3 7 \"abfour\" 2", "Y \"hello\"", "keep v7 6", "take v7", "drop v7", "Y \"1four\"", "keep v11 2", "keep v11 10", "take v11", "drop v11", "drop cap", "PANIC p13", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop k2", "keep v5 4", "take v5", "drop v5", "f3 7 \"xyzfour\" 2", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &["v24"]),
    (p179::run, &[&["x", "x"], &["", "xyz", "four", ""], &["", "hello", "", "x", "ab", "xyz", "hello"]], &[&["t2", "Y \"xyz\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"xyz\"", "t4", "t3", "Y \"xyz\"", "Y \"xyz-3\"", "t7", "t8", "drop k6", "drop cap", "R 4", "<drop coroutine>"], &["t2", "Y \"xyz\"", "t4", "t3", "Y \"hello\"", "Y \"hello-3\"", "t7", "t8", "drop k6", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p180::run, &[&["xyz", "", "ab", "ab", "four"], &["", "four", "x", "x", "four", "x", "hello"], &["ab", "four", "", "", "xyz", "", "xyz"]], &[&["into k1", "drop k1", "Y \"8\"", "t14", "acc 6", "add 5", "add 1", "Y \"12\"", "drop k15", "drop k17", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into k1", "drop k1", "Y \"8\"", "t14", "acc 6", "add 5", "add 1", "Y \"12\"", "drop k15", "drop k17", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into k1", "drop k1", "Y \"8\"", "t14", "acc 6", "add 5", "add 1", "Y \"12\"", "drop k15", "drop k17", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p181::run, &[&["ab", "x"], &["x", ""], &["x", "ab"]], &[&["t2", "Y \"fourabab-2\"", "drop v6", "Y \"ab-2\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"xx6\"", "into k3", "drop k3", "t5", "drop v4", "drop v6", "Y \"xx1\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"xx6\"", "into k3", "drop k3", "t5", "drop v4", "drop v6", "Y \"xx1\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p182::run, &[&["four", "xyz", "ab", "xyz", "", "hello"], &["xyz", ""], &["ab", "ab", "hello", "four", "ab", "xyz", ""]], &[&["f3 4 \"4\" 3", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 3 \"3\" 3", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["f3 2 \"2\" 3", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap", "v7"]),
    (p183::run, &[&["", "four", "ab", "", ""], &["x", "hello", "four", "", "four"], &["xyz", "xyz", "hello", "ab", "four", "xyz", ""]], &[&["keep v3 0", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v1", "drop v1", "Y \"hello\"", "drop v6", "Y \"\"", "keep v7 2", "consume v7", "drop v7", "Y \"0\"", "Y \"1\"", "drop k9", "drop cap", "R Some(4)", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v1", "drop v1", "Y \"hellox\"", "drop k9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 3", "keep v3 2", "take v3", "drop v3", "keep v1 7", "consume v1", "drop v1", "Y \"helloxyz\"", "drop k9", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v6"]),
    (p184::run, &[&["hello"], &["xyz", "hello", "four", "xyz", "", "x", "ab"], &["hello", "x", "xyz", "hello", "xyz"]], &[&["Y \"hello\"", "<drop coroutine>", "drop k2", "drop cap"], &["Y \"xyz\"", "Y \"xyz\"", "Y \"xyz\"", "drop k3", "Y \"xyz\"", "Y \"xyz\"", "Y \"xyz\"", "drop k3", "drop k2", "R 3", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"hello\"", "Y \"hello\"", "drop k3", "Y \"hello\"", "Y \"hello\"", "<drop coroutine>", "drop k3", "drop k2", "drop cap"]], &[]),
    (p185::run, &[&["four", "hello", "hello", "xyz", "hello", "ab", "xyz"], &["x", "ab", "", "ab", "hello", "xyz"], &["ab", "x", "x", "four", "ab", "ab", "", "xyz"]], &[&["drop k1", "drop v3", "drop v2", "acc 3", "add 3", "add 4", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 0", "add 1", "add 1", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "drop v3", "drop v2", "acc 3", "add 3", "add 2", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p186::run, &[&["four", "x"], &["xyz", "ab"], &["", "four", "x"]], &[&["Y \"hello\"", "drop k3", "Y \"xyz\"", "<drop coroutine>", "drop k2", "drop cap"], &["drop k3", "drop k2", "drop cap", "PANIC p10", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"hello\"", "drop k3", "drop k2", "drop cap", "R Ok(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p187::run, &[&["", "", "four", "", "", "xyz", "ab", "ab"], &["x", ""], &["xyz", "ab", "four", ""]], &[&["Y \"\"", "t3", "drop v6", "drop v6", "drop k5", "Y \"hello\"", "drop v8", "drop v6", "drop v6", "drop k5", "f3 4 \"ab\" 4", "acc 15", "Y \"hello\"", "add 0", "send cap 5", "acc 5", "add 0", "add 5", "add 30", "drop k9", "send cap 2", "keep cap 10", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "t3", "drop v6", "drop v6", "drop k5", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "t3", "drop v6", "drop v6", "drop k5", "drop v6", "drop v6", "drop k5", "f3 4 \"ab\" 4", "acc 15", "Y \"hello\"", "add 4", "send cap 5", "acc 5", "add 0", "add 5", "add 30", "drop k9", "send cap 2", "keep cap 10", "take cap", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p188::run, &[&["", "xyz", "x", "hello", "x", "ab", "four", ""], &["ab"], &["x", "", "x"]], &[&["acc 4", "add 3", "add 0", "f3 3 \"\" 7", "t3", "Y \"\"", "t3", "Y \"\"", "lock cap", "t4", "t3", "Y \"\"", "lock cap", "t4", "t5", "Y \"0\"", "Y \"four\"", "keep v7 6", "take v7", "drop v7", "f3 7 \"ab\" 7", "acc 4", "add 3", "add 0", "keep v8 7", "Y \"\"", "keep v10 9", "take v10", "drop v10", "Y \"ab\"", "keep v19 18", "take v19", "drop v19", "keep v21 1", "keep v21 20", "take v21", "drop v21", "into cap", "drop cap", "drop v8", "R 8", "<drop coroutine>"], &["acc 4", "add 3", "add 2", "f3 3 \"ab\" 9", "t3", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["acc 4", "add 3", "add 1", "f3 3 \"x\" 8", "t3", "Y \"x\"", "t3", "Y \"x\"", "lock cap", "t4", "t3", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p189::run, &[&["hello", "x", "ab", "hello"], &["", "four", "hello", "x", "hello", "xyz", "xyz", "x"], &["four"]], &[&["Y \"hello\"", "t11", "Y \"hello\"", "drop v10", "Y \"hello\"", "t11", "Y \"hello\"", "<drop coroutine>", "drop v10", "drop cap"], &["drop cap", "R Some(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "t3", "Y \"5\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p190::run, &[&["xyz", "ab", "ab", "xyz", "x", "ab", "four", "ab"], &["four", "xyz", "", "", "x", "four", "four", "hello"], &["hello", "", "ab", "x", "ab", "", "xyz", "ab"]], &[&["drop k1", "t5", "f3 3 \"3\" 2", "drop k7", "keep v8 6", "keep v8 3", "drop k9", "acc 2", "add 3", "add 2", "Y \"7\"", "Y \"-4\"", "Y \"2\"", "drop v8", "keep v8 2", "keep v8 3", "drop k9", "acc 2", "add 3", "add 2", "Y \"7\"", "Y \"-1\"", "Y \"1\"", "drop v8", "acc 2", "add 7", "add 3", "Y \"xyzxyz\"", "acc 2", "add 6", "add 3", "Y \"xyzxyz\"", "<drop coroutine>", "drop v2", "drop cap"], &["drop k1", "t5", "f3 3 \"4\" 2", "drop k7", "keep v8 6", "keep v8 3", "drop k9", "acc 2", "add 4", "add 2", "Y \"8\"", "Y \"-3\"", "Y \"3\"", "drop v8", "keep v8 2", "keep v8 3", "drop k9", "acc 2", "add 4", "add 2", "Y \"8\"", "Y \"-1\"", "Y \"1\"", "drop v8", "acc 2", "add 8", "add 4", "Y \"fourfour\"", "acc 2", "add 7", "add 4", "Y \"fourfour\"", "<drop coroutine>", "drop v2", "drop cap"], &["drop k1", "t5", "f3 3 \"5\" 2", "drop k7", "keep v8 6", "keep v8 3", "drop k9", "acc 2", "add 5", "add 2", "Y \"9\"", "Y \"-6\"", "Y \"0\"", "drop v8", "keep v8 2", "keep v8 3", "drop k9", "acc 2", "add 5", "add 2", "Y \"9\"", "Y \"0\"", "Y \"2\"", "drop v8", "acc 2", "add 9", "add 5", "Y \"hellohello\"", "acc 2", "add 8", "add 5", "Y \"hellohello\"", "<drop coroutine>", "drop v2", "drop cap"]], &["v14", "v2"]),
    (p191::run, &[&["ab", "x", "xyz", "xyz", "hello"], &["xyz", "ab", "xyz", "hello", "four", "x", "four"], &["", "x", "four", "xyz", "hello"]], &[&["t1", "Y \"hello\"", "Y \"0\"", "f3 4 \"5\" 2", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"hello\"", "Y \"0\"", "f3 4 \"5\" 2", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"hello\"", "Y \"0\"", "f3 4 \"5\" 2", "drop k6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p192::run, &[&["", "hello", "ab", "xyz", "x", "", "four"], &["hello"], &["hello", "xyz"]], &[&["Y \"xyz\"", "t3", "Y \"-0\"", "t3", "Y \"-0\"", "t3", "Y \"-0\"", "Y \"\"", "t6", "f3 0 \"\" 0", "keep v5 0", "drop v5", "Y \"xyz\"", "t3", "Y \"-0\"", "<drop coroutine>", "drop cap"], &["drop cap", "R 3", "<drop coroutine>"], &["drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p193::run, &[&["ab", "hello", "ab", "ab", "four"], &["hello", "ab", ""], &["xyz", "four", "hello", "hello"]], &[&["keep v1 5", "lock cap", "keep v1 4", "Y \"ab-5\"", "keep v1 5", "send v1 4", "keep v4 4", "keep v4 3", "take v4", "drop v4", "Y \"54\"", "drop k5", "into k6", "drop k6", "t7", "Y \"54\"", "drop k5", "into k6", "drop k6", "t7", "Y \"54\"", "drop k5", "into k6", "drop k6", "t7", "t9", "drop v8", "drop v1", "drop cap", "R Some(2)", "<drop coroutine>"], &["keep v1 5", "lock cap", "keep v1 7", "Y \"hello-5\"", "keep v1 2", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v1 5", "lock cap", "keep v1 5", "Y \"xyz-5\"", "keep v1 4", "drop v1", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p194::run, &[&["four"], &["four", "xyz", "hello"], &["xyz", "ab", "x", "xyz", "x", "hello", "hello"]], &[&["send cap 1", "keep v2 1", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "<drop coroutine>"], &["send cap 1", "keep v2 1", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "keep v2 1", "keep v2 1", "take v2", "drop v2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p195::run, &[&["ab", "x", "four"], &["hello", "hello", "", "four", "ab", "hello"], &["four", "hello", "x"]], &[&["t3", "Y \"0\"", "drop k5", "drop v9", "Y \"0\"", "drop k5", "drop v9", "drop k4", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["t3", "drop k4", "drop cap", "R 10", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"0\"", "drop k5", "drop v9", "Y \"0\"", "drop k5", "drop v9", "drop k4", "Y \"four\"", "<drop coroutine>", "drop cap"]], &[]),
    (p196::run, &[&["four", "four", ""], &["", "xyz"], &["x"]], &[&["drop k2", "Y \"hello-4\"", "t3", "keep v5 4", "take v5", "drop v5", "Y \"hello-4\"", "t3", "keep v5 4", "take v5", "drop v5", "acc 3", "send cap 5", "lock cap", "f3 5 \"four\" 2", "add 11", "add 6", "Y \"4\"", "<drop coroutine>", "drop cap"], &["acc 3", "send cap 5", "lock cap", "f3 5 \"four\" 2", "add 11", "add 6", "Y \"4\"", "Y \"hello\"", "<drop coroutine>", "drop v7", "drop cap"], &["acc 3", "send cap 5", "lock cap", "f3 5 \"four\" 2", "add 11", "add 6", "Y \"4\"", "<drop coroutine>", "drop cap"]], &[]),
    (p197::run, &[&["four", "", "hello", "four", "four"], &["xyz", "xyz"], &["four", "xyz", "xyz", "xyz", "x"]], &[&["Y \"four\"", "drop cap", "Y \"hello\"", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "drop cap", "Y \"hello\"", "<drop coroutine>"], &["Y \"four\"", "drop cap", "Y \"hello\"", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v8", "v9"]),
    (p198::run, &[&["", "", "xyz"], &["hello", "hello", "x", "", "hello", "x"], &["hello", "ab"]], &[&["drop k1", "t13", "drop cap", "R 12", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "t13", "drop cap", "R 12", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "t13", "drop cap", "R 12", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p199::run, &[&["four", "xyz"], &["xyz", "hello", "x", "hello", "four", "xyz", "x"], &["hello"]], &[&["take cap", "drop cap", "Y \"four\"", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 6 \"hello\" 8", "drop k4", "consume v7", "drop v7", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 3 \"hello\" 8", "drop k4", "consume v7", "drop v7", "Y \"four\"", "<drop coroutine>"], &["take cap", "drop cap", "Y \"xyz\"", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 5 \"hello\" 8", "drop k4", "consume v7", "drop v7", "keep v3 2", "take v3", "drop v3", "t5", "into k6", "drop k6", "f3 5 \"hello\" 8", "drop k4", "consume v7", "drop v7", "Y \"xyz\"", "acc 1", "add 3", "add 0", "drop k10", "t11", "keep v13 12", "take v13", "drop v13", "Y \"0\"", "Y \"4xyz-4\"", "Y \"\"", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["take cap", "drop cap", "Y \"hello\"", "<drop coroutine>"]], &["cap"]),
    (p200::run, &[&["xyz", "hello", "", "", "hello", "xyz", "hello", "xyz"], &["xyz", "ab", "xyz"], &["ab", "x", "", "x"]], &[&["drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"ab2\"", "Y \"ab-0\"", "Y \"0\"", "t5", "drop v4", "t3", "Y \"ab2\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p201::run, &[&["hello", "xyz", "ab", "ab"], &["four", "four", "xyz", "", "hello", ""], &["four", "four"]], &[&["Y \"hello\"", "Y \"hello\"", "lock cap", "Y \"2\"", "drop v18", "drop k21", "t26", "Y \"helloabhelloab\"", "<drop coroutine>", "drop k20", "drop cap"], &["Y \"four\"", "Y \"hello\"", "lock cap", "Y \"2\"", "drop v18", "drop k21", "t26", "Y \"helloxyzhelloxyz\"", "Y \"helloxyz\"", "t28", "drop v27", "drop k21", "t26", "Y \"33\"", "<drop coroutine>", "drop k20", "drop cap"], &["Y \"four\"", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p202::run, &[&["", "four", "hello", "hello", "x", "xyz", "xyz", "xyz"], &["four", "", "hello", "ab", "ab"], &["x", "x", "x"]], &[&["send cap 3", "Y \"four\"", "Y \"ab\"", "t6", "consume v7", "drop v7", "send cap 3", "Y \"four\"", "Y \"ab\"", "t6", "consume v7", "drop v7", "drop k4", "drop k15", "drop v1", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 3", "Y \"four\"", "Y \"ab\"", "t6", "consume v7", "drop v7", "send cap 3", "Y \"four\"", "Y \"ab\"", "t6", "consume v7", "drop v7", "drop k4", "drop k15", "drop v1", "drop cap", "R Ok(3)", "<drop coroutine>"], &["send cap 3", "Y \"four\"", "Y \"ab\"", "t6", "consume v7", "drop v7", "send cap 3", "Y \"four\"", "<drop coroutine>", "drop k4", "drop v1", "drop cap"]], &["v1"]),
    (p203::run, &[&["xyz", "ab", "hello", "four", "four"], &["ab", "four", "four", "ab", "hello", "four", "", "ab"], &["four"]], &[&["Y \"xyz\"", "keep v3 2", "take v3", "drop v3", "drop v5", "send cap 1", "keep v3 2", "take v3", "drop v3", "t8", "drop cap", "R Ok(14)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "keep v3 2", "take v3", "drop v3", "drop v5", "send cap 1", "keep v3 2", "take v3", "drop v3", "drop v5", "send cap 1", "send cap 4", "drop k11", "send cap 4", "drop k11", "send cap 4", "drop k11", "drop k10", "t13", "drop cap", "R Err(\"xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "<drop coroutine>", "drop cap"]], &[]),
    (p204::run, &[&["ab", "four"], &["four", "ab", "four"], &[""]], &[&["Y \"ab\"", "t2", "drop cap", "PANIC p3", "<drop coroutine>"], &["Y \"four\"", "t2", "drop cap", "PANIC p3", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p205::run, &[&["ab"], &["xyz", "four", "four"], &["hello", "ab"]], &[&["Y \"ab\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"hello\"", "drop cap", "R Some(8)", "<drop coroutine>"]], &[]),
    (p206::run, &[&["hello", "x", "", "ab", "four"], &["hello", "hello"], &["", "", "x", "x"]], &[&["Y \"x\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "drop cap", "R None", "<drop coroutine>"], &["Y \"x\"", "take cap", "drop cap", "keep v12 11", "take v12", "drop v12", "t21", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p207::run, &[&["four", "hello", "x", "", "hello", "xyz", ""], &["hello", "ab", "x", "x", "four", "four", "xyz", "xyz"], &["ab", "ab", "hello", "x", "x", "ab", ""]], &[&["t2", "f3 3 \"fourfour\" 6", "Y \"ab\"", "Y \"3\"", "send cap 4", "drop k1", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "f3 3 \"fourhello\" 7", "Y \"hello\"", "Y \"3\"", "send cap 4", "drop k1", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "f3 3 \"3\" 4", "Y \"ab\"", "Y \"3\"", "send cap 4", "drop k1", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p208::run, &[&["hello", "xyz"], &["x", "hello", "x"], &["", "ab", "", "ab", ""]], &[&["Y \"x\"", "drop k3", "Y \"ab-5\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "drop k3", "Y \"ab-1\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "drop k3", "Y \"ab-0\"", "Y \"hello\"", "Y \"\"", "Y \"hello-1\"", "<drop coroutine>", "drop v5", "drop cap"]], &["cap"]),
    (p209::run, &[&["ab", "", "hello", ""], &["xyz"], &["hello", "hello", "hello", "hello", "x", "hello"]], &[&["Y \"x\"", "t4", "keep v3 0", "Y \"ab\"", "drop v3", "drop k2", "Y \"x\"", "t4", "keep v3 0", "Y \"ab\"", "<drop coroutine>", "drop v3", "drop k2", "drop cap"], &["Y \"x\"", "<drop coroutine>", "drop v3", "drop k2", "drop cap"], &["Y \"x\"", "t4", "keep v3 5", "Y \"hello\"", "drop v3", "drop k2", "drop cap", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p210::run, &[&["hello", "", "ab", "xyz", "x"], &["x", "four", "x"], &["four", "xyz", "", "", "ab", "x", "ab", ""]], &[&["keep v3 2", "take v3", "drop v3", "Y \"hello\"", "f3 7 \"\" 4", "Y \"ab\"", "t6", "Y \"xx\"", "t10", "t9", "f3 2 \"3\" 0", "drop k8", "consume v11", "drop v11", "take v7", "drop v7", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "Y \"x\"", "f3 7 \"four\" 4", "Y \"ab\"", "t6", "Y \"xx\"", "<drop coroutine>", "drop cap"], &["keep v3 2", "take v3", "drop v3", "Y \"four\"", "f3 7 \"xyz\" 4", "Y \"ab\"", "t6", "Y \"xx\"", "t10", "t9", "f3 0 \"3\" 0", "drop k8", "consume v11", "drop v11", "take v7", "drop v7", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v7"]),
    (p211::run, &[&["four", "xyz"], &["x", "hello", "", "four", "x", "hello"], &["xyz", "xyz", "xyz", "x"]], &[&["t2", "Y \"four\"", "Y \"ab\"", "<drop coroutine>", "drop v1", "drop cap"], &["t2", "Y \"x\"", "Y \"ab\"", "t5", "keep v7 4", "keep v7 6", "take v7", "drop v7", "Y \"\"", "Y \"-3\"", "t9", "Y \"xyz\"", "Y \"-3\"", "<drop coroutine>", "drop k4", "drop v1", "drop cap"], &["t2", "Y \"x\"", "Y \"ab\"", "t5", "keep v7 4", "keep v7 6", "take v7", "drop v7", "Y \"\"", "Y \"-3\"", "<drop coroutine>", "drop k4", "drop v1", "drop cap"]], &["cap"]),
    (p212::run, &[&["ab", "hello", "", "hello", "hello"], &["x", "hello", "ab", "four", "ab", "x", "", "hello"], &["hello"]], &[&["lock cap", "f3 2 \"ab\" 4", "lock cap", "Y \"0\"", "Y \"1\"", "Y \"3\"", "f3 3 \"ab\" 3", "t3", "lock cap", "Y \"abab-2\"", "keep v4 2", "keep v6 5", "take v6", "drop v6", "keep v4 7", "acc 6", "add 2", "add 5", "t7", "drop v4", "Y \"3\"", "<drop coroutine>", "drop cap"], &["lock cap", "f3 2 \"x\" 4", "lock cap", "Y \"0\"", "Y \"1\"", "Y \"0\"", "Y \"1\"", "Y \"0\"", "Y \"1\"", "t12", "acc 4", "send cap 2", "add 2", "add 3", "drop v14", "keep v16 15", "take v16", "drop v16", "drop v14", "drop v14", "Y \"hello\"", "drop cap", "R 4", "<drop coroutine>"], &["lock cap", "f3 2 \"hello\" 4", "lock cap", "Y \"0\"", "<drop coroutine>", "drop cap"]], &["v9"]),
    (p213::run, &[&["ab", "four", "", "", "x"], &["xyz", "four", "ab", "ab"], &["ab", "four", "xyz", "four", "hello"]], &[&["t6", "t5", "t6", "t5", "drop k4", "t6", "t5", "t6", "t5", "drop k4", "acc 0", "add 5", "add 0", "t9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t6", "t5", "t6", "t5", "drop k4", "t6", "t5", "t6", "t5", "drop k4", "acc 0", "add 5", "add 0", "t9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t6", "t5", "t6", "t5", "drop k4", "t6", "t5", "t6", "t5", "drop k4", "acc 0", "add 5", "add 0", "t9", "drop cap", "R Some(5)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p214::run, &[&["", "four", "ab", "x"], &["xyz", "x", "hello", "four", "", "ab"], &["x", "", "", "four", "hello", "", "xyz"]], &[&["Y \"xyz\"", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"xyz\"", "Y \"xyz\"", "t3", "lock cap", "lock cap", "Y \"6\"", "Y \"33\"", "keep v9 8", "take v9", "drop v9", "t10", "Y \"ab\"", "Y \"3x-3\"", "<drop coroutine>", "drop k18", "drop cap"], &["Y \"xyz\"", "Y \"x\"", "t3", "lock cap", "lock cap", "Y \"6\"", "Y \"33\"", "drop k15", "send cap 4", "drop cap", "PANIC p16", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p215::run, &[&["four"], &["ab", "ab"], &["hello"]], &[&["consume v1", "drop v1", "Y \"four\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "Y \"ab\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "Y \"hello\"", "<drop coroutine>", "drop cap"]], &[]),
    (p216::run, &[&["xyz", "x", "x", "ab", ""], &["ab", "hello", "xyz", "x", "hello", "hello", "x"], &["xyz", "ab", "ab", "x"]], &[&["consume v3", "drop v3", "keep v6 5", "take v6", "drop v6", "Y \"xyz-7\"", "drop v12", "drop v11", "drop v8", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v3", "drop v3", "keep v6 5", "take v6", "drop v6", "Y \"ab-7\"", "Y \"hello\"", "t9", "Y \"xyz-3\"", "t10", "drop v8", "consume v3", "drop v3", "keep v6 5", "take v6", "drop v6", "Y \"x-7\"", "drop v12", "drop v11", "drop v8", "drop cap", "R Some(1)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v3", "drop v3", "keep v6 5", "take v6", "drop v6", "Y \"xyz-7\"", "drop v12", "drop v11", "drop v8", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v7", "v8"]),
    (p217::run, &[&["ab", "hello", "four", "", "x", "ab"], &["ab", "ab", "four", ""], &["xyz", "four"]], &[&["t2", "Y \"3\"", "send cap 5", "drop k6", "Y \"ab-2-4xab-2\"", "keep v10 9", "take v10", "drop v10", "Y \"4\"", "drop k11", "drop cap", "PANIC p14", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["t2", "Y \"3\"", "send cap 5", "drop k6", "Y \"ab-2-4xab-2\"", "keep v10 9", "take v10", "drop v10", "Y \"4\"", "drop k11", "drop cap", "PANIC p14", "<drop coroutine>"], &["t2", "Y \"3\"", "send cap 5", "drop k6", "Y \"ab-2-4xab-2\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p218::run, &[&["", "ab", "ab", "ab", "ab", "ab", "ab"], &["hello", "", "", "xyz", "x", "four", "hello"], &["ab", "four", "four", "four", "hello", ""]], &[&["keep v3 2", "consume v3", "drop v3", "keep v4 0", "drop v4", "keep v5 0", "t6", "Y \"hello\"", "drop v5", "keep v3 1", "consume v3", "drop v3", "keep v4 0", "drop v4", "keep v5 0", "t6", "Y \"\"", "drop v5", "drop k2", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "consume v3", "drop v3", "keep v4 5", "drop v4", "keep v5 0", "t6", "Y \"hello\"", "drop v5", "keep v3 1", "consume v3", "drop v3", "keep v4 5", "drop v4", "keep v5 0", "t6", "Y \"\"", "drop v5", "drop k2", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"], &["keep v3 2", "consume v3", "drop v3", "keep v4 2", "drop v4", "keep v5 0", "t6", "Y \"hello\"", "drop v5", "keep v3 1", "consume v3", "drop v3", "keep v4 2", "drop v4", "keep v5 0", "t6", "Y \"\"", "drop v5", "drop k2", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>", "drop cap"]], &[]),
    (p219::run, &[&["xyz", "four", "ab", "hello", "hello", "", "four", "ab"], &["", "ab", "ab", "four", "four", "", "ab", "four"], &["hello", "", "ab", "four", "xyz", "ab"]], &[&["t13", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t4", "Y \"0\"", "consume cap", "drop cap", "Y \"4xyz\"", "Y \"hello\"", "t13", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t13", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p220::run, &[&["ab", "hello", "xyz", "ab", "hello", "xyz", ""], &["x", "hello", "", "ab", "four"], &["x", "", "xyz", "xyz", "", "four", "four"]], &[&["keep v2 1", "take v2", "drop v2", "into k3", "drop k3", "t5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "into k3", "drop k3", "t5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "into k3", "drop k3", "t5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p221::run, &[&["", "", "xyz"], &["hello", "xyz"], &["hello", "four", ""]], &[&["Y \"\"", "f3 2 \"\" 2", "f3 3 \"ab\" 1", "drop k3", "drop k2", "acc 0", "add 0", "add 0", "Y \"0\"", "drop v6", "t7", "drop k4", "keep v8 0", "Y \"ab\"", "<drop coroutine>", "drop v8", "drop cap"], &["Y \"hello\"", "f3 2 \"xyz\" 2", "f3 3 \"ab\" 1", "drop k3", "drop k2", "acc 0", "add 0", "add 0", "Y \"0\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "f3 2 \"four\" 2", "f3 3 \"ab\" 1", "drop k3", "drop k2", "acc 0", "add 0", "add 0", "Y \"0\"", "drop v6", "t7", "drop k4", "keep v8 0", "Y \"ab\"", "<drop coroutine>", "drop v8", "drop cap"]], &["cap", "v8"]),
    (p222::run, &[&["ab", "hello", "", "four", "four", "xyz"], &["x", "x", "x"], &["x", "hello", "ab", ""]], &[&["drop cap", "PANIC p22", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "Y \"x\"", "t3", "acc 2", "keep v5 4", "take v5", "drop v5", "add 7", "add 1", "t6", "Y \"x-3\"", "keep v8 7", "take v8", "drop v8", "keep v10 9", "take v10", "drop v10", "t3", "acc 1", "keep v5 4", "take v5", "drop v5", "add 7", "add 1", "t6", "Y \"x-3\"", "<drop coroutine>", "drop cap"], &["send cap 1", "Y \"x\"", "t3", "acc 6", "keep v5 4", "take v5", "drop v5", "add 7", "add 1", "t6", "Y \"x-3\"", "keep v8 7", "take v8", "drop v8", "keep v10 9", "take v10", "drop v10", "t3", "acc 1", "keep v5 4", "take v5", "drop v5", "add 7", "add 1", "t6", "Y \"x-3\"", "keep v8 7", "take v8", "drop v8", "keep v10 9", "take v10", "drop v10", "Y \"x-3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p223::run, &[&["x", "xyz"], &["four", "four"], &["", "xyz", "ab", "ab", "x", "xyz", "xyz"]], &[&["t7", "drop cap", "R Err(\"xx\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t7", "drop cap", "R Err(\"xx\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "acc 0", "add 3", "add 0", "f3 0 \"\" 3", "f3 3 \"x\" 3", "t2", "Y \"0\"", "drop k6", "t7", "drop cap", "R Err(\"xx\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p224::run, &[&["ab", "ab", "hello", "", "four", "hello"], &["four", "four", "", "", "hello", "four", "ab", "hello"], &["ab", "", "hello", "hello", "", "ab"]], &[&["keep cap 2", "t2", "Y \"four\"", "f3 2 \"ab\" 2", "keep cap 6", "drop k1", "lock cap", "drop v7", "t10", "send cap 1", "f3 1 \"x\" 2", "t12", "drop v7", "t10", "send cap 1", "f3 1 \"x\" 2", "t12", "send cap 2", "Y \"x\"", "f3 2 \"hello\" 2", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 2", "t2", "Y \"four\"", "f3 2 \"four\" 4", "keep cap 10", "drop k1", "lock cap", "drop v7", "t10", "send cap 1", "f3 1 \"x\" 2", "t12", "drop v7", "t10", "send cap 1", "f3 1 \"x\" 2", "t12", "send cap 2", "Y \"x\"", "f3 2 \"\" 2", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 2", "t2", "Y \"four\"", "f3 2 \"ab\" 0", "keep cap 4", "drop k1", "lock cap", "drop v7", "t10", "send cap 1", "f3 1 \"x\" 2", "t12", "drop v7", "t10", "send cap 1", "f3 1 \"x\" 2", "t12", "send cap 2", "Y \"x\"", "f3 2 \"hello\" 2", "drop cap", "R 9", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p225::run, &[&["ab", "x", "xyz", "x", "x", "ab", ""], &["four"], &["x", "xyz", "", "xyz", "xyz", "", ""]], &[&["drop cap", "Y \"abfourx\"", "acc 0", "add 4", "add 5", "Y \"four-3\"", "Y \"ab\"", "f3 9 \"xyz\" 1", "f3 0 \"13\" 14", "Y \"four\"", "t4", "Y \"four-16\"", "t13", "Y \"xyz\"", "take v5", "drop v5", "Y \"\"", "<drop coroutine>"], &["drop cap", "Y \"fourfourx\"", "<drop coroutine>"], &["drop cap", "Y \"xfourx\"", "acc 0", "add 4", "add 5", "Y \"four-3\"", "Y \"ab\"", "f3 9 \"\" 3", "f3 0 \"12\" 13", "Y \"four\"", "t4", "Y \"four-15\"", "t13", "Y \"xyz\"", "take v5", "drop v5", "Y \"\"", "<drop coroutine>"]], &["cap", "v5", "v6"]),
    (p226::run, &[&["xyz", "x", "ab", "", "xyz", "", "four", "xyz"], &["hello"], &["four", "hello", "xyz", "four"]], &[&["consume v1", "drop v1", "acc 3", "add 5", "add 0", "t2", "t3", "Y \"xyz\"", "acc 0", "acc 4", "lock cap", "add 2", "lock cap", "add 2", "add 8", "send cap 4", "add 4", "Y \"hello\"", "t10", "drop cap", "R 6", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v1", "drop v1", "acc 5", "add 5", "add 0", "t2", "t3", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["consume v1", "drop v1", "acc 4", "add 5", "add 0", "t2", "t3", "Y \"xyz\"", "acc 0", "acc 4", "lock cap", "add 2", "lock cap", "add 2", "add 8", "send cap 4", "add 4", "Y \"hello\"", "t10", "drop cap", "R 6", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p227::run, &[&["xyz", "four"], &["ab", "four", "x", "xyz"], &["x"]], &[&["acc 2", "drop k5", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t4", "drop cap", "PANIC p8", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["acc 2", "drop k5", "drop cap", "R None", "<drop coroutine>"]], &["cap", "v13"]),
    (p228::run, &[&["hello", ""], &["hello", "ab", "xyz", "x", "ab", "ab", "four"], &["x", "ab", "hello", "four"]], &[&["drop v1", "t2", "Y \"hello\"", "Y \"\"", "<drop coroutine>", "drop v3", "drop cap"], &["drop v1", "t2", "Y \"hello\"", "Y \"\"", "t4", "t5", "f3 3 \"ab\" 0", "drop v3", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "t2", "Y \"x\"", "Y \"\"", "t4", "t5", "f3 5 \"ab\" 0", "drop v3", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p229::run, &[&["x", "xyz"], &["", "x", "four", "four", "xyz", "", "xyz", "four"], &["x", "xyz"]], &[&["into k2", "drop k2", "lock cap", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 1", "add 2", "add 11", "keep v6 14", "keep v6 3", "consume v6", "drop v6", "drop v8", "keep v6 3", "acc 1", "add 2", "add 4", "keep v6 7", "keep v6 3", "consume v6", "drop v6", "drop cap", "PANIC p7", "<drop coroutine>"], &["into k2", "drop k2", "lock cap", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 0", "add 2", "add 9", "keep v6 11", "keep v6 3", "consume v6", "drop v6", "drop v8", "keep v6 3", "acc 0", "add 2", "add 3", "keep v6 5", "keep v6 3", "consume v6", "drop v6", "drop v8", "f3 0 \"hello\" 5", "t9", "consume v11", "drop v11", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 2", "add 2", "add 12", "keep v6 16", "keep v6 3", "consume v6", "drop v6", "drop cap", "PANIC p7", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into k2", "drop k2", "lock cap", "t3", "Y \"xyz\"", "t4", "keep v6 3", "acc 1", "add 2", "add 11", "keep v6 14", "keep v6 3", "consume v6", "drop v6", "drop v8", "keep v6 3", "acc 1", "add 2", "add 4", "keep v6 7", "keep v6 3", "consume v6", "drop v6", "drop cap", "PANIC p7", "<drop coroutine>"]], &["v6"]),
    (p230::run, &[&["x", "x", "four", "xyz", "x", "hello", "", "x"], &["four", "hello", "four", "four"], &["xyz", "four", "x"]], &[&["drop v1", "Y \"four\"", "drop v2", "t4", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 7", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 5", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "drop k11", "drop cap", "R 4", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "Y \"four\"", "drop v2", "t4", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "<drop coroutine>", "drop cap"], &["drop v1", "Y \"four\"", "drop v2", "t4", "t7", "t6", "Y \"1\"", "lock cap", "keep v10 8", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "lock cap", "keep v10 5", "keep v10 9", "take v10", "drop v10", "keep v8 7", "drop v8", "t7", "t6", "Y \"1\"", "<drop coroutine>", "drop cap"]], &[]),
    (p231::run, &[&["four", "x", "hello", "hello", "xyz", "ab", "hello", "hello"], &["", "", "ab", "four", "hello", "hello", "hello", ""], &["hello"]], &[&["consume v4", "drop v4", "Y \"3\"", "Y \"1xyzfour\"", "drop v3", "consume v4", "drop v4", "Y \"3\"", "Y \"1xyzfour\"", "drop v3", "consume v4", "drop v4", "Y \"3\"", "Y \"1xyzfour\"", "drop v3", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v4", "drop v4", "Y \"3\"", "Y \"1xyzfour\"", "drop v3", "consume v4", "drop v4", "Y \"3\"", "Y \"1xyzfour\"", "drop v3", "consume v4", "drop v4", "Y \"3\"", "Y \"1xyzfour\"", "drop v3", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume v4", "drop v4", "Y \"3\"", "<drop coroutine>", "drop v3", "drop cap"]], &[]),
    (p232::run, &[&["x", "xyz", "four", "four", "hello", "xyz", "hello"], &["ab", "ab", "hello", "xyz", "", "", "", "xyz"], &["ab", "", "xyz", "hello", "four", "x"]], &[&["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"x-12x\"", "lock cap", "keep v8 6", "consume v8", "drop v8", "lock cap", "keep v8 6", "consume v8", "drop v8", "send cap 1", "t9", "Y \"x-1\"", "keep v14 13", "take v14", "drop v14", "Y \"hello-7\"", "drop k11", "Y \"3\"", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"ab-12ab\"", "lock cap", "keep v8 6", "consume v8", "drop v8", "lock cap", "keep v8 6", "consume v8", "drop v8", "send cap 1", "t9", "Y \"ab-1\"", "keep v14 13", "take v14", "drop v14", "Y \"hello-7\"", "drop k11", "Y \"3\"", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "keep v4 3", "take v4", "drop v4", "t2", "t5", "Y \"ab-12ab\"", "lock cap", "keep v8 6", "consume v8", "drop v8", "lock cap", "keep v8 6", "consume v8", "drop v8", "send cap 1", "t9", "Y \"ab-1\"", "keep v14 13", "take v14", "drop v14", "Y \"hello-7\"", "drop k11", "Y \"3\"", "drop cap", "R 1", "<drop coroutine>"]], &["cap"]),
    (p233::run, &[&["ab", "ab", "x", "x", "", "ab", "xyz", "four"], &["x", "x", "x"], &["ab"]], &[&["t2", "Y \"hello\"", "Y \"5\"", "Y \"ab\"", "drop k4", "t11", "drop k12", "t11", "drop k12", "drop k10", "consume v14", "drop v14", "keep v15 2", "consume v15", "drop v15", "Y \"hello\"", "Y \"5\"", "Y \"ab\"", "drop k4", "t11", "drop k12", "t11", "drop k12", "drop k10", "consume v14", "drop v14", "keep v15 2", "consume v15", "drop v15", "Y \"hello\"", "Y \"5\"", "<drop coroutine>", "drop k4", "drop cap"], &["t2", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "Y \"hello\"", "<drop coroutine>", "drop k4", "drop cap"]], &[]),
    (p234::run, &[&["x", "xyz", "", "ab", "ab", "hello", "x", ""], &["four", "x", "x"], &["ab", ""]], &[&["t4", "f3 3 \"x\" 2", "Y \"ab\"", "t5", "Y \"hello\"", "Y \"ab\"", "t5", "Y \"hello\"", "Y \"ab\"", "t5", "Y \"hello\"", "acc 2", "keep v7 6", "take v7", "drop v7", "add 7", "add 1", "Y \"hellohellox\"", "t10", "keep v9 11", "drop v9", "drop k8", "t4", "f3 2 \"x\" 1", "Y \"ab\"", "<drop coroutine>", "drop k2", "drop cap"], &["t4", "f3 6 \"four\" 2", "Y \"ab\"", "t5", "Y \"hello\"", "Y \"ab\"", "<drop coroutine>", "drop k2", "drop cap"], &["t4", "f3 4 \"ab\" 2", "Y \"ab\"", "t5", "Y \"hello\"", "<drop coroutine>", "drop k2", "drop cap"]], &["cap"]),
    (p235::run, &[&["hello", "hello", "hello"], &["ab", "four", "x", "hello", "", "xyz", "four", "xyz"], &["xyz", "ab", "hello", "four", "four", "xyz", "four"]], &[&["consume v1", "drop v1", "take cap", "drop cap", "Y \"hello-7\"", "Y \"four\"", "Y \"hello\"", "<drop coroutine>"], &["consume v1", "drop v1", "take cap", "drop cap", "Y \"ab-7\"", "Y \"four\"", "Y \"ab\"", "f3 1 \"ab\" 5", "t6", "Y \"x-4\"", "Y \"ab\"", "Y \"ab\"", "drop k8", "t6", "Y \"x-4\"", "Y \"ab\"", "<drop coroutine>", "drop k8"], &["consume v1", "drop v1", "take cap", "drop cap", "Y \"xyz-7\"", "Y \"four\"", "Y \"xyz\"", "f3 5 \"xyz\" 4", "t6", "Y \"x-2\"", "Y \"ab\"", "Y \"ab\"", "drop k8", "t6", "Y \"x-2\"", "<drop coroutine>"]], &["cap", "v5"]),
    (p236::run, &[&["hello", "four", "four", "x", "four"], &["", "", "four", "hello", "ab", "x"], &["ab", "", "hello", "ab"]], &[&["keep v4 3", "take v4", "drop v4", "send cap 0", "f3 7 \"4\" 2", "drop k5", "Y \"xyz\"", "Y \"2\"", "f3 3 \"\" 2", "Y \"xyz\"", "Y \"xyz\"", "keep v11 10", "acc 3", "acc 3", "add 2", "add 4", "add 9", "add 7", "Y \"four\"", "<drop coroutine>", "drop v11", "drop k12", "drop k8", "drop cap"], &["lock cap", "drop k5", "Y \"xyz\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["lock cap", "drop k5", "Y \"xyz\"", "drop cap", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p237::run, &[&["xyz", "xyz", "", "four", "hello", "hello", "ab", "xyz"], &["x"], &["", "ab", "hello", "x", "four", "hello", "", ""]], &[&["drop v1", "drop k3", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz-1\"", "Y \"xyz-2\"", "keep v6 5", "take v6", "drop v6", "drop v7", "t9", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "Y \"xyz-1\"", "Y \"xyz-2\"", "keep v6 5", "take v6", "drop v6", "drop v7", "t9", "keep v16 0", "keep v16 15", "take v16", "drop v16", "drop v13", "drop v13", "drop v13", "take cap", "drop cap", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "drop k3", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "<drop coroutine>", "drop cap"], &["drop v1", "drop k3", "lock cap", "f3 3 \"xyz\" 3", "Y \"xyz-0\"", "keep v6 5", "take v6", "drop v6", "Y \"xyz-1\"", "Y \"xyz-2\"", "keep v6 5", "take v6", "drop v6", "drop v7", "t9", "drop cap", "PANIC p11", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p238::run, &[&["ab", "ab", "hello", "ab"], &["ab", "four", "hello", "ab", "", "ab"], &["", "", ""]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"\"", "drop k3", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p239::run, &[&["four", "hello", "xyz", "", "xyz", "xyz", "four", "hello"], &["four", ""], &["x"]], &[&["drop v1", "t2", "Y \"four\"", "t11", "Y \"ab\"", "t12", "Y \"four\"", "consume v13", "drop v13", "acc 4", "keep v15 14", "take v15", "drop v15", "add 7", "add 3", "t16", "drop k9", "t17", "t11", "Y \"ab\"", "t12", "Y \"four\"", "consume v13", "drop v13", "acc 4", "keep v15 14", "take v15", "drop v15", "add 7", "add 3", "t16", "drop k9", "t17", "drop k19", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop v1", "t2", "Y \"four\"", "t11", "Y \"ab\"", "<drop coroutine>", "drop k9", "drop cap"], &["drop v1", "t2", "Y \"x\"", "<drop coroutine>", "drop cap"]], &[]),
    (p240::run, &[&["ab", "hello", "", "hello", "x", "xyz", "xyz"], &["", "four", "xyz"], &["hello", "xyz"]], &[&["lock cap", "into k3", "drop k3", "Y \"8\"", "keep v7 6", "take v7", "drop v7", "Y \"ab\"", "t9", "acc 2", "add 2", "acc 2", "send v4 3", "add 3", "add 2", "add 7", "drop v4", "drop cap", "R Some(11)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "into k3", "drop k3", "Y \"8\"", "keep v7 6", "take v7", "drop v7", "Y \"\"", "t9", "acc 2", "add 0", "acc 0", "send v4 3", "add 3", "add 0", "add 3", "drop v4", "drop cap", "R Some(5)", "<drop coroutine>"], &["lock cap", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p241::run, &[&["x", "four", "hello", "xyz", "ab"], &["hello", "xyz", ""], &["", "xyz", "", "x", "four"]], &[&["t1", "drop cap", "R 1", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"ab\"", "drop cap", "R 0", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p242::run, &[&["hello", "x", "x"], &["xyz", "four", ""], &["ab", "", "ab", "four"]], &[&["f3 5 \"hello\" 2", "keep v1 12", "drop k2", "Y \"hello\"", "keep v5 4", "take v5", "drop v5", "drop k3", "Y \"hello\"", "t10", "drop v1", "drop cap", "R Err(\"x\")", "<drop coroutine>"], &["f3 3 \"xyz\" 2", "keep v1 8", "drop k2", "Y \"xyz\"", "keep v5 4", "take v5", "drop v5", "drop k3", "Y \"hello\"", "t10", "keep v13 0", "keep v13 12", "take v13", "drop v13", "Y \"hello\"", "<drop coroutine>", "drop v1", "drop cap"], &["f3 2 \"ab\" 2", "keep v1 6", "drop k2", "Y \"ab\"", "keep v5 4", "take v5", "drop v5", "drop k3", "Y \"hello\"", "t10", "keep v13 2", "keep v13 12", "take v13", "drop v13", "Y \"hello\"", "f3 4 \"x-2\" 3", "t15", "Y \"xyz-10\"", "<drop coroutine>", "drop v1", "drop cap"]], &[]),
    (p243::run, &[&["", "xyz", "xyz", "", "hello"], &["four", "hello", "hello", "x", "four", "x", "x"], &["hello", "four", "four", "hello"]], &[&["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"ab-0\"", "drop k11", "keep v15 14", "take v15", "drop v15", "Y \"ab-49\"", "drop k11", "keep v15 14", "take v15", "drop v15", "Y \"-0\"", "drop k18", "f3 0 \"xyz\" 0", "t20", "drop cap", "R 3", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"ab-4\"", "drop k11", "keep v15 14", "take v15", "drop v15", "Y \"ab-49\"", "drop k11", "keep v15 14", "take v15", "drop v15", "Y \"four-5\"", "drop k18", "f3 0 \"xyz\" 0", "t20", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 2", "take v3", "drop v3", "keep v5 4", "take v5", "drop v5", "t6", "Y \"ab-5\"", "drop k11", "t17", "Y \"5\"", "drop v16", "Y \"ab-49\"", "drop k11", "t17", "Y \"49\"", "<drop coroutine>", "drop v16", "drop cap"]], &["cap"]),
    (p244::run, &[&["ab"], &["", "ab", "hello", "x"], &["hello", "xyz", "x", "hello", "four"]], &[&["t2", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"hello\"", "keep v5 2", "keep v5 4", "take v5", "drop v5", "drop v3", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "Y \"hello\"", "Y \"5\"", "t8", "t9", "Y \"hello\"", "t2", "Y \"hello\"", "Y \"3\"", "<drop coroutine>", "drop v3", "drop cap"]], &[]),
    (p245::run, &[&["hello", "four"], &["x", "xyz"], &["", "four", "", "ab", "xyz", "four", "", "four"]], &[&["Y \"hello\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "Y \"hello\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "Y \"hello\"", "Y \"four\"", "t3", "acc 2", "add 3", "send cap 3", "add 3", "keep v6 8", "keep v6 5", "take v6", "drop v6", "t7", "keep v9 8", "take v9", "drop v9", "Y \"abx\"", "t3", "acc 3", "add 3", "send cap 3", "add 3", "keep v6 9", "keep v6 5", "take v6", "drop v6", "t7", "keep v9 8", "take v9", "drop v9", "Y \"ab\"", "drop k10", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p246::run, &[&["", "x", "four", "xyz", "", "hello", "four", "ab"], &["xyz"], &["xyz", "hello"]], &[&["t2", "Y \"four\"", "t3", "Y \"3\"", "send cap 0", "Y \"1\"", "drop v6", "Y \"3\"", "send cap 0", "Y \"1\"", "drop v6", "t5", "lock cap", "t7", "Y \"3\"", "send cap 0", "Y \"1\"", "drop v6", "Y \"3\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"four\"", "<drop coroutine>", "drop cap"], &["t2", "Y \"four\"", "t3", "Y \"3\"", "<drop coroutine>", "drop cap"]], &[]),
    (p247::run, &[&["hello", "ab", "hello", "hello", "hello"], &["ab", "x", "ab", "", "four", "ab"], &["ab", ""]], &[&["acc 4", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "acc 1", "add 4", "add 2", "acc 7", "into cap", "drop cap", "acc 8", "Y \"\"", "add 2", "add 3", "add 13", "f3 5 \"ab\" 5", "f3 12 \"xyz-0\" 5", "add 22", "drop k6", "drop k5", "Y \"ab\"", "f3 3 \"ab\" 2", "Y \"\"", "R 12", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 4", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "acc 1", "add 4", "add 2", "acc 7", "into cap", "drop cap", "acc 8", "Y \"\"", "add 1", "add 3", "add 12", "f3 5 \"ab\" 5", "f3 12 \"xyz-0\" 5", "add 22", "drop k6", "drop k5", "Y \"ab\"", "t8", "acc 3", "acc 2", "add 3", "add 2", "add 7", "add 2", "t10", "t11", "Y \"xyzhello\"", "Y \"xyz-2\"", "drop v12", "t10", "t11", "Y \"xyzhello\"", "Y \"xyz-2\"", "<drop coroutine>", "drop k9"], &["acc 4", "keep v2 1", "take v2", "drop v2", "add 7", "add 3", "acc 1", "add 4", "add 2", "acc 7", "into cap", "drop cap", "acc 8", "Y \"\"", "add 0", "add 3", "add 11", "f3 5 \"ab\" 5", "f3 12 \"xyz-0\" 5", "add 22", "drop k6", "drop k5", "Y \"ab\"", "<drop coroutine>"]], &["cap", "v19"]),
    (p248::run, &[&["ab", "hello"], &["x"], &["", "", "", "", "x", "ab", "x", "x"]], &[&["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["lock cap", "drop k5", "take cap", "drop cap", "R 7", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p249::run, &[&["x", "hello", "four", "hello", "xyz", "xyz", "x", ""], &["xyz", "x", "", "hello", "ab", "xyz", "four"], &["", "xyz", "ab", "ab"]], &[&["f3 2 \"2\" 1", "drop k5", "f3 7 \"four-4\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "f3 1 \"1\" 1", "drop k5", "f3 7 \"four-3\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "drop k4", "t11", "drop v15", "f3 2 \"2\" 1", "drop k5", "f3 7 \"four-4\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "f3 1 \"1\" 1", "drop k5", "f3 7 \"four-3\" 1", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "drop k4", "t11", "drop v15", "drop k2", "drop k17", "drop cap", "R Err(\"x\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"2\" 1", "drop k5", "drop k4", "drop k2", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["f3 2 \"2\" 1", "drop k5", "f3 7 \"\" 0", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "f3 1 \"1\" 1", "drop k5", "f3 7 \"\" 0", "t6", "Y \"four\"", "keep v10 9", "take v10", "drop v10", "drop k4", "t11", "Y \"\"", "into k14", "drop k14", "Y \"xyz-8\"", "<drop coroutine>", "drop k2", "drop cap"]], &[]),
    (p250::run, &[&[""], &["xyz", "x", "", "x", "xyz", "four"], &["hello", "xyz", "xyz", "xyz"]], &[&["Y \"x\"", "<drop coroutine>", "drop k3", "drop cap"], &["Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"xyz-7\"", "drop k3", "keep v7 6", "take v7", "drop v7", "Y \"xyz\"", "Y \"7\"", "Y \"xyz\"", "lock cap", "acc 2", "add 3", "add 3", "Y \"xyz-8\"", "<drop coroutine>", "drop cap"], &["Y \"x\"", "keep v5 4", "take v5", "drop v5", "Y \"hello-7\"", "drop k3", "keep v7 6", "take v7", "drop v7", "Y \"hello\"", "Y \"7\"", "<drop coroutine>", "drop cap"]], &["v8"]),
    (p251::run, &[&["four", "", "ab", "hello", "ab", "four"], &["hello", "xyz", "xyz", "hello"], &["four", "", "ab", "hello", "hello", "ab"]], &[&["t1", "Y \"four\"", "Y \"xyz-4\"", "keep v3 2", "drop v3", "Y \"ab\"", "Y \"ab\"", "drop k6", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"hello\"", "Y \"xyz-4\"", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "Y \"four\"", "Y \"xyz-4\"", "keep v3 2", "drop v3", "Y \"ab\"", "Y \"ab\"", "drop k6", "drop cap", "R Some(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p252::run, &[&["x"], &["xyz", "four", "ab"], &["four", "", "four", "ab", "", "xyz", "ab"]], &[&["Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"xyz\"", "Y \"\"", "Y \"four\"", "Y \"\"", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p253::run, &[&["", "xyz"], &["", "x", "", "four", "xyz", "four"], &["four", "ab", "ab", "four"]], &[&["Y \"\"", "drop k1", "PANIC p3", "<drop coroutine>", "drop cap"], &["Y \"\"", "drop k1", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"], &["Y \"\"", "drop k1", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p254::run, &[&["ab", "", "xyz", "hello", "", "xyz"], &["xyz", "", "x", "ab"], &["", "ab", "four", "hello", "xyz"]], &[&["acc 2", "add 2", "add 2", "Y \"6\"", "drop k1", "Y \"3\"", "Y \"x-0\"", "Y \"\"", "drop k15", "drop k13", "Y \"x\"", "lock cap", "t19", "drop v18", "f3 1 \"\" 2", "keep v21 3", "f3 2 \"four\" 5", "keep v21 11", "send v21 0", "acc 0", "add 3", "add 3", "drop v21", "lock cap", "drop cap", "R Some(2)", "<drop coroutine>"], &["acc 3", "add 2", "add 2", "Y \"7\"", "drop k1", "Y \"3\"", "Y \"x-0\"", "Y \"\"", "<drop coroutine>", "drop k13", "drop cap"], &["acc 0", "add 2", "add 2", "Y \"4\"", "drop k1", "Y \"3\"", "Y \"x-0\"", "Y \"\"", "drop k13", "drop cap", "R None", "<drop coroutine>"]], &[]),
    (p255::run, &[&["ab", "four", "xyz", "", ""], &["x", "hello", "", "ab", "four", "xyz", "", ""], &["ab", "xyz", "", "ab", "ab", "hello", "ab"]], &[&["Y \"ab\"", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"x\"", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"ab\"", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p256::run, &[&["hello", "hello", "ab", "four", "", ""], &["ab", "hello", "x", "ab", "x", "", "four", "xyz"], &["ab", ""]], &[&["drop k2", "keep cap 6", "t12", "drop cap", "keep v15 14", "take v15", "drop v15", "Y \"ab\"", "Y \"-7\"", "Y \"ab\"", "Y \"four\"", "drop k19", "keep v13 22", "take v13", "drop v13", "R 7", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "keep cap 3", "drop k11", "drop cap", "keep v15 14", "take v15", "drop v15", "Y \"ab\"", "Y \"-7\"", "Y \"ab\"", "Y \"four\"", "drop k19", "keep v13 22", "take v13", "drop v13", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "keep cap 3", "drop k11", "drop cap", "keep v15 14", "take v15", "drop v15", "Y \"ab\"", "Y \"-7\"", "<drop coroutine>", "drop v13"]], &["cap", "v13"]),
    (p257::run, &[&["xyz", "hello"], &["hello", "", "hello", "xyz", "xyz", "x", "four"], &["xyz", "ab", "hello", "hello", "hello", "hello", "four"]], &[&["Y \"xyz\"", "Y \"xyz\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "t9", "drop v8", "t10", "t9", "drop v8", "t10", "drop k7", "Y \"hello\"", "Y \"hello\"", "t12", "lock cap", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "Y \"xyz\"", "t12", "lock cap", "drop cap", "R 3", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v8"]),
    (p258::run, &[&["four", "xyz", "four", "x", "", "four"], &["", "x", "", ""], &["four", "ab", "xyz", "four"]], &[&["drop k2", "lock cap", "drop v4", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k2", "lock cap", "drop v4", "consume v8", "drop v8", "keep v10 9", "take v10", "drop v10", "Y \"end\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p259::run, &[&["four", ""], &["hello", "", "xyz", "hello"], &[""]], &[&["Y \"four\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"hello\"", "Y \"\"", "t2", "lock cap", "f3 4 \"xyz\" 3", "acc 3", "add 3", "add 4", "acc 10", "send cap 4", "add 7", "keep v4 3", "take v4", "drop v4", "add 7", "f3 10 \"xx-3\" 24", "Y \"7\"", "drop k5", "consume v8", "drop v8", "drop v9", "t11", "Y \"7\"", "<drop coroutine>", "drop cap"], &["Y \"\"", "<drop coroutine>", "drop cap"]], &[]),
    (p260::run, &[&["xyz", "xyz"], &["ab", "four", "", "xyz", "hello", "x"], &["ab"]], &[&["Y \"hello\"", "Y \"xyz\"", "<drop coroutine>", "drop k9", "drop cap"], &["Y \"hello\"", "drop k2", "keep v5 4", "take v5", "drop v5", "send cap 2", "f3 4 \"ab\" 3", "f3 7 \"2\" 9", "t3", "drop k6", "t7", "Y \"ab-2\"", "Y \"abx\"", "drop k2", "keep v5 4", "take v5", "drop v5", "send cap 2", "f3 4 \"ab\" 3", "f3 7 \"2\" 9", "t3", "drop k6", "t7", "Y \"ab-2\"", "Y \"abx\"", "Y \"four\"", "<drop coroutine>", "drop k8", "drop cap"], &["Y \"hello\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p261::run, &[&["four", "x", "hello", "", "ab", "ab", "", "xyz"], &["xyz", "four", "hello"], &["hello", "four", "xyz", "four", "ab", "xyz"]], &[&["keep cap 4", "Y \"\"", "keep cap 5", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 3", "Y \"\"", "keep cap 7", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep cap 5", "Y \"\"", "keep cap 9", "into cap", "drop cap", "R Some(8)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p262::run, &[&["", ""], &["", "xyz"], &["x", "hello", "ab", "ab", ""]], &[&["acc 0", "add 3", "add 2", "lock cap", "t1", "acc 2", "acc 0", "lock cap", "add 2", "lock cap", "add 2", "add 4", "t2", "add 3", "Y \"ab\"", "send cap 4", "take cap", "drop cap", "f3 14 \"ab\" 14", "R Ok(31)", "<drop coroutine>"], &["acc 0", "add 3", "add 2", "lock cap", "t1", "acc 2", "acc 0", "lock cap", "add 2", "lock cap", "add 2", "add 4", "t2", "add 3", "Y \"ab\"", "send cap 4", "take cap", "drop cap", "f3 14 \"ab\" 14", "R Ok(31)", "<drop coroutine>"], &["acc 1", "add 3", "add 2", "lock cap", "t1", "acc 2", "acc 0", "lock cap", "add 2", "lock cap", "add 2", "add 4", "t2", "add 3", "Y \"ab\"", "send cap 4", "take cap", "drop cap", "f3 15 \"ab\" 15", "R Ok(33)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p263::run, &[&["xyz", "hello", "xyz", "hello", "hello", "ab", "four"], &["", "hello"], &["ab", "ab", "x", "hello", "xyz"]], &[&["keep v2 1", "take v2", "drop v2", "lock cap", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "lock cap", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["keep v2 1", "take v2", "drop v2", "lock cap", "drop cap", "PANIC p4", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p264::run, &[&["four", "", "xyz", "four", "xyz", "four", ""], &["", "four"], &["xyz", "", "four", "four"]], &[&["lock cap", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["lock cap", "drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p265::run, &[&["four", "four", "hello", "hello"], &["", "", "x", "xyz", "ab"], &["x", "x", "x", "", "x", "hello"]], &[&["acc 4", "add 2", "keep v10 9", "take v10", "drop v10", "add 7", "keep v7 13", "drop v7", "drop k8", "keep v15 2", "keep v15 14", "take v15", "drop v15", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "acc 8", "t1", "add 0", "add 0", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["acc 4", "add 2", "keep v10 9", "take v10", "drop v10", "add 7", "keep v7 13", "drop v7", "drop k8", "keep v15 2", "keep v15 14", "take v15", "drop v15", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p266::run, &[&["", "xyz", "ab"], &["ab", "x"], &["xyz"]], &[&["t2", "drop k1", "drop cap", "R Err(\"\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k1", "Y \"x\"", "drop cap", "R Ok(3)", "<drop coroutine>"], &["drop k1", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p267::run, &[&["ab", "", "four", "x", "x"], &["", "x"], &["", "x", "", "x", "", "x", "xyz"]], &[&["Y \"four\"", "Y \"\"", "keep v8 3", "keep v8 7", "drop v8", "drop k2", "drop k12", "drop v11", "drop k13", "keep v8 3", "keep v8 9", "drop v8", "drop k2", "drop k12", "drop v11", "drop k13", "send cap 3", "t14", "t15", "drop cap", "R Some(15)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "Y \"\"", "<drop coroutine>", "drop cap"], &["Y \"four\"", "Y \"\"", "keep v8 3", "keep v8 5", "drop v8", "drop k2", "drop k12", "drop v11", "drop k13", "keep v8 3", "keep v8 5", "drop v8", "drop k2", "drop k12", "drop v11", "drop k13", "send cap 3", "t14", "t15", "drop cap", "R Some(15)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v9"]),
    (p268::run, &[&["", "x", "four", "four", "hello", "ab", "xyz", "four"], &["xyz", "", "hello", "x", "xyz", "xyz", "four"], &["", "xyz", "xyz", "", "xyz", "hello", "ab"]], &[&["lock cap", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t19", "drop k20", "acc 4", "Y \"x\"", "add 0", "add 3", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["lock cap", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v14"]),
    (p269::run, &[&["four", ""], &["hello", "xyz", "x"], &["xyz", "", "x", "hello", "ab", "hello", "four", "xyz"]], &[&["Y \"four\"", "Y \"four\"", "<drop coroutine>", "drop k1", "drop cap"], &["Y \"four\"", "Y \"helloxyz\"", "Y \"four\"", "<drop coroutine>", "drop k1", "drop cap"], &["Y \"four\"", "Y \"xyz\"", "Y \"four\"", "Y \"xyzhello\"", "Y \"four\"", "Y \"xyzhello\"", "t3", "Y \"xyzxyz\"", "drop k1", "Y \"0\"", "<drop coroutine>", "drop cap"]], &[]),
    (p270::run, &[&["hello", "xyz", "xyz"], &["ab", "ab", "", "ab", "x", "xyz"], &["four", "", "xyz", "hello", "", "ab"]], &[&["Y \"\"", "Y \"hello-1\"", "t5", "into cap", "drop cap", "acc 3", "add 7", "add 3", "f3 4 \"xyz\" 3", "f3 3 \"x\" 2", "drop k1", "acc 4", "add 2", "add 4", "Y \"\"", "<drop coroutine>"], &["Y \"\"", "Y \"\"", "Y \"four\"", "keep v8 7", "take v8", "drop v8", "f3 0 \"ab\" 7", "drop cap", "R Ok(9)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"\"", "Y \"\"", "Y \"four\"", "keep v8 7", "take v8", "drop v8", "f3 3 \"hello\" 7", "drop cap", "R Ok(15)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p271::run, &[&["hello", "four", "four", "ab", "x", "four", ""], &["four", "xyz", "four", "ab", "four", ""], &["ab", "xyz"]], &[&["t1", "Y \"2hello\"", "into k5", "drop k5", "acc 2", "keep v7 2", "keep v7 6", "take v7", "drop v7", "add 7", "lock cap", "Y \"xyz\"", "add 13", "t8", "Y \"7\"", "t10", "t11", "Y \"hello\"", "Y \"5\"", "Y \"helloxyzfour\"", "drop k12", "Y \"2\"", "<drop coroutine>", "drop k3", "drop cap"], &["t1", "Y \"2four\"", "into k5", "drop k5", "acc 2", "keep v7 2", "keep v7 6", "take v7", "drop v7", "add 7", "lock cap", "Y \"xyz\"", "add 12", "t8", "Y \"6\"", "t10", "t11", "Y \"hello\"", "Y \"5\"", "Y \"helloxyzfour\"", "<drop coroutine>", "drop k3", "drop cap"], &["t1", "Y \"2ab\"", "into k5", "drop k5", "acc 2", "keep v7 2", "keep v7 6", "take v7", "drop v7", "add 7", "lock cap", "Y \"xyz\"", "<drop coroutine>", "drop k3", "drop cap"]], &[]),
    (p272::run, &[&["hello", "x", "four", "hello", "x", "", "", ""], &["xyz", "ab", "four", "xyz", "x", "four", "", "x"], &["xyz", "x", "four", "hello"]], &[&["t1", "consume v7", "drop v7", "acc 5", "add 5", "acc 2", "add 5", "add 2", "add 9", "drop cap", "R 19", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop v9", "acc 3", "add 3", "acc 2", "add 3", "add 2", "add 7", "drop cap", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t1", "drop v9", "acc 3", "add 3", "acc 2", "add 3", "add 2", "add 7", "drop cap", "R 13", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p273::run, &[&["xyz", ""], &["xyz", "x", "hello"], &["four", "", "ab", "four", "hello", "hello", "xyz", ""]], &[&["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 3", "Y \"end\"", "Y \"four\"", "<drop coroutine>", "drop cap"], &["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 3", "Y \"end\"", "Y \"four\"", "f3 0 \"hello\" 3", "drop k3", "drop cap", "R 8", "<drop coroutine>"], &["f3 3 \"xyz\" 4", "acc 10", "acc 1", "add 3", "add 2", "add 6", "add 4", "consume v2", "drop v2", "Y \"end\"", "Y \"four\"", "f3 0 \"ab\" 3", "drop k3", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p274::run, &[&["", "xyz", "", "xyz"], &["ab", "four", "four", "four", "", "ab", "four", "x"], &["four", "xyz", "four", "x"]], &[&["Y \"2\"", "drop k1", "into cap", "drop cap", "drop v4", "Y \"\"", "Y \"\"", "PANIC p3", "<drop coroutine>"], &["Y \"2\"", "drop k1", "into cap", "drop cap", "drop v4", "Y \"ab\"", "Y \"ab\"", "PANIC p3", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["Y \"2\"", "drop k1", "into cap", "drop cap", "drop v4", "Y \"four\"", "Y \"four\"", "PANIC p3", "<drop coroutine>"]], &["cap"]),
    (p275::run, &[&["xyz", "", "x", "four", "", "hello", "xyz"], &["hello", "ab", "ab", "four"], &["xyz", "", "hello", "xyz", "", "xyz", "ab"]], &[&["drop k3", "Y \"ab\"", "t6", "Y \"hello\"", "keep v5 1", "drop v5", "drop v2", "drop k3", "Y \"ab\"", "t6", "Y \"hello\"", "keep v5 0", "drop v5", "drop v2", "t10", "f3 4 \"6\" 2", "t12", "t13", "f3 4 \"\" 2", "drop k11", "drop k8", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop k3", "Y \"ab\"", "t6", "Y \"hello\"", "keep v5 2", "drop v5", "drop v2", "drop k3", "Y \"ab\"", "t6", "Y \"hello\"", "<drop coroutine>", "drop v5", "drop v2", "drop cap"], &["drop k3", "Y \"ab\"", "t6", "Y \"hello\"", "keep v5 5", "drop v5", "drop v2", "drop k3", "Y \"ab\"", "t6", "Y \"hello\"", "keep v5 0", "drop v5", "drop v2", "t10", "f3 4 \"6\" 2", "t12", "t13", "f3 4 \"\" 2", "drop k11", "drop k8", "drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v2"]),
    (p276::run, &[&["ab", "ab", "ab", "x", "xyz"], &["x", "hello", "four"], &["x", "", "xyz", "xyz", "four"]], &[&["send cap 2", "Y \"ab\"", "keep v3 3", "Y \"\"", "keep v3 2", "drop v3", "Y \"ab\"", "keep v3 3", "Y \"\"", "keep v3 3", "drop v3", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["send cap 2", "Y \"ab\"", "keep v3 2", "Y \"\"", "keep v3 4", "drop v3", "Y \"ab\"", "<drop coroutine>", "drop cap"], &["send cap 2", "Y \"ab\"", "keep v3 2", "Y \"\"", "keep v3 3", "drop v3", "Y \"ab\"", "keep v3 2", "Y \"\"", "keep v3 4", "drop v3", "Y \"3\"", "<drop coroutine>", "drop cap"]], &["cap"]),
    (p277::run, &[&["ab", "xyz", "xyz", "", "xyz", "hello", "xyz"], &["hello", "four", "ab", "xyz", "four", "xyz", "hello"], &["hello", "hello", "x", "hello", "", "four", "four"]], &[&["Y \"ab\"", "Y \"ab-3\"", "t19", "Y \"hello\"", "drop cap", "R 5", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 5", "drop cap", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 5", "drop cap", "R 11", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["v16"]),
    (p278::run, &[&["xyz", "hello", "xyz", "xyz", "ab", "xyz", "xyz"], &["", "xyz"], &["x", "hello", "four", "hello", "hello", ""]], &[&["into cap", "drop cap", "drop k2", "Y \"\"", "t4", "f3 2 \"xyz\" 4", "acc 9", "add 2", "add 4", "f3 3 \"hellohello\" 15", "Y \"\"", "t4", "f3 9 \"xyz\" 4", "acc 16", "add 9", "add 4", "f3 11 \"xyzhello\" 29", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into cap", "drop cap", "drop k2", "Y \"\"", "t4", "f3 2 \"xyz\" 4", "acc 9", "add 2", "add 4", "f3 3 \"xyzhello\" 15", "Y \"\"", "<drop coroutine>"], &["into cap", "drop cap", "drop k2", "Y \"\"", "t4", "f3 2 \"xyz\" 4", "acc 9", "add 2", "add 4", "f3 3 \"hellohello\" 15", "Y \"\"", "t4", "f3 9 \"xyz\" 4", "acc 16", "add 9", "add 4", "f3 11 \"fourhello\" 29", "PANIC p5", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p279::run, &[&["", "x"], &["four", "hello", "hello", ""], &["ab", "x", "hello", ""]], &[&["acc 0", "add 0", "Y \"ab\"", "add 1", "lock cap", "consume v4", "drop v4", "Y \"\"", "<drop coroutine>", "drop v1", "drop cap"], &["acc 4", "add 4", "Y \"ab\"", "add 5", "lock cap", "consume v4", "drop v4", "Y \"four\"", "Y \"2\"", "t6", "Y \"four\"", "<drop coroutine>", "drop v5", "drop v1", "drop cap"], &["acc 2", "add 2", "Y \"ab\"", "add 1", "lock cap", "consume v4", "drop v4", "Y \"ab\"", "Y \"2\"", "t6", "Y \"ab\"", "<drop coroutine>", "drop v5", "drop v1", "drop cap"]], &["cap", "v5"]),
    (p280::run, &[&["x", "xyz", "hello", "four", "xyz", "", "hello", "x"], &["xyz"], &["x", "xyz"]], &[&["keep v3 1", "keep v3 2", "take v3", "drop v3", "t4", "keep v7 2", "keep v7 6", "take v7", "drop v7", "drop k8", "drop k5", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v3 3", "keep v3 2", "take v3", "drop v3", "t4", "keep v7 2", "keep v7 6", "take v7", "drop v7", "drop k8", "drop k5", "drop cap", "R None", "<drop coroutine>"], &["keep v3 1", "keep v3 2", "take v3", "drop v3", "t4", "keep v7 2", "keep v7 6", "take v7", "drop v7", "drop k8", "drop k5", "drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p281::run, &[&["xyz", "ab", "xyz", "four"], &["four", "", "hello", "xyz", "ab"], &["hello", "", "four", "four", "hello", "", "four", "four"]], &[&["drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long four\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R Err(\"long hello\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p282::run, &[&["x", "xyz", "x", "", "", "hello"], &["xyz", "", "ab", "ab", "hello"], &["x", "ab", "hello", "hello", "ab", "hello", "x", "xyz"]], &[&["send cap 4", "t4", "t3", "Y \"four2\"", "keep v18 17", "take v18", "drop v18", "t16", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "drop k24", "drop v1", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 4", "t4", "t3", "Y \"four2\"", "keep v18 17", "take v18", "drop v18", "t16", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "drop k24", "drop v1", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 4", "t4", "t3", "Y \"four2\"", "keep v18 17", "take v18", "drop v18", "t16", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "keep v21 20", "take v21", "drop v21", "keep v19 7", "drop k22", "drop v19", "drop k24", "drop v1", "drop cap", "R Ok(6)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v10", "v19"]),
    (p283::run, &[&["xyz", "xyz"], &["xyz", "ab", "hello"], &["x", "four", "xyz"]], &[&["drop cap", "R None", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p284::run, &[&["four", "four", "ab"], &["ab", "xyz", "", "", "x", "", "x", "ab"], &["four", "", "xyz"]], &[&["Y \"fourfour\"", "drop k2", "Y \"four-3\"", "Y \"x\"", "<drop coroutine>", "drop cap"], &["Y \"abab\"", "drop k2", "Y \"ab-3\"", "Y \"x\"", "Y \"four\"", "drop k4", "drop cap", "R Some(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"fourfour\"", "drop k2", "Y \"four-3\"", "Y \"x\"", "<drop coroutine>", "drop cap"]], &["v8"]),
    (p285::run, &[&["x", "", "x"], &["x", "x", "ab"], &["x", "four", "ab", "", "xyz", "xyz", "hello", "four"]], &[&["t2", "t1", "Y \"x\"", "lock cap", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t1", "Y \"x\"", "lock cap", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t1", "Y \"x\"", "lock cap", "take cap", "drop cap", "R Ok(7)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p286::run, &[&[""], &[""], &["xyz", "x", "hello"]], &[&["send cap 1", "f3 1 \"\" 3", "t2", "Y \"four-3\"", "<drop coroutine>", "drop cap"], &["send cap 1", "f3 1 \"\" 3", "t2", "Y \"four-3\"", "<drop coroutine>", "drop cap"], &["keep v5 4", "take v5", "drop v5", "t3", "Y \"four-3\"", "f3 2 \"hello\" 7", "send cap 2", "Y \"1\"", "keep v11 5", "consume v11", "drop v11", "drop v9", "drop cap", "R 1", "<drop coroutine>"]], &["cap", "v9"]),
    (p287::run, &[&["four", "x", "x"], &["x", "", "four", "hello", "x", "", "", "ab"], &["x", "x"]], &[&["drop k2", "Y \"four\"", "f3 4 \"4\" 0", "drop cap", "R 5", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["into cap", "drop cap", "R 8", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p288::run, &[&["ab", "hello", "x", "hello", "hello", "", "xyz", "four"], &["x", "xyz", "x", "xyz"], &["ab", "", "xyz", "four"]], &[&["Y \"xyz-3\"", "Y \"ab\"", "acc 2", "add 2", "send cap 1", "t3", "add 1", "drop k2", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz-2\"", "Y \"ab\"", "acc 2", "add 2", "send cap 1", "t3", "add 1", "drop k2", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz-3\"", "Y \"ab\"", "acc 2", "add 2", "send cap 1", "t3", "add 1", "drop k2", "drop cap", "R Ok(3)", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v5"]),
    (p289::run, &[&["four", "ab"], &["hello", "", "x", "ab"], &["xyz", "x", "xyz", "hello", "", "", "xyz", "four"]], &[&["send cap 1", "t1", "drop cap", "PANIC p2", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["send cap 1", "t1", "consume v3", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v6 5", "consume v6", "drop v6", "acc 7", "add 1", "add 7", "Y \"end\"", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["send cap 1", "t1", "consume v3", "drop v3", "keep v5 4", "take v5", "drop v5", "keep v6 3", "consume v6", "drop v6", "acc 7", "add 1", "add 7", "Y \"end\"", "drop cap", "R 7", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
    (p290::run, &[&["x", "x", "x", "ab", "hello", "ab"], &["x", "xyz", "xyz", "xyz", "hello"], &["", "hello", "four", "", "four", "xyz", "four"]], &[&["t3", "t2", "keep v1 4", "t5", "Y \"four-2\"", "drop v7", "t9", "Y \"ab\"", "Y \"ab\"", "Y \"x\"", "Y \"x\"", "t9", "Y \"ab\"", "<drop coroutine>", "drop v4", "drop v1", "drop cap"], &["t3", "t2", "keep v1 4", "t5", "Y \"four-2\"", "drop v7", "t9", "Y \"ab\"", "Y \"ab\"", "Y \"x\"", "Y \"xyz\"", "<drop coroutine>", "drop v4", "drop v1", "drop cap"], &["t3", "t2", "keep v1 4", "t5", "Y \"four-2\"", "drop v7", "t9", "Y \"ab\"", "Y \"ab\"", "Y \"x\"", "t10", "Y \"four\"", "t9", "Y \"ab\"", "Y \"ab\"", "<drop coroutine>", "drop v4", "drop v1", "drop cap"]], &[]),
    (p291::run, &[&["hello", "", "four", "", "xyz", "hello", "four"], &["hello", "", "x", "ab"], &["", "four", "x", "", "x", "", "xyz", "four"]], &[&["t2", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "drop cap", "R Some(4)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["drop cap", "PANIC p1", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &[]),
    (p292::run, &[&["x"], &["x", "x", "four", "", "hello", "xyz", "xyz", "hello"], &["xyz", "hello", "ab"]], &[&["keep v5 1", "keep v5 4", "take v5", "drop v5", "f3 7 \"x-4\" 16", "drop cap", "R None", "<drop coroutine>"], &["keep v5 1", "keep v5 4", "take v5", "drop v5", "f3 7 \"x-4\" 16", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["keep v5 3", "keep v5 4", "take v5", "drop v5", "f3 7 \"xyz-4\" 16", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p293::run, &[&["ab", "", "xyz", "x", "ab", "xyz", "hello", ""], &["xyz", "x", "", "ab", "xyz", "", "four", "x"], &["ab"]], &[&["consume cap", "drop cap", "t1", "Y \"hello\"", "drop v3", "Y \"0\"", "t4", "drop k5", "Y \"4\"", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume cap", "drop cap", "t1", "Y \"hello\"", "Y \"4\"", "R Ok(3)", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["consume cap", "drop cap", "t1", "Y \"hello\"", "<drop coroutine>"]], &["cap"]),
    (p294::run, &[&["hello", "ab", "x", "xyz", "xyz", "four", "x"], &["hello", "", "x", "four"], &["xyz", "ab", "hello"]], &[&["t3", "Y \"xyz\"", "t7", "drop k6", "acc 2", "add 3", "add 3", "t9", "consume v10", "drop v10", "t12", "drop v11", "drop k5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"xyz\"", "t7", "drop k6", "acc 2", "add 3", "add 3", "t9", "consume v10", "drop v10", "t12", "drop v11", "drop k5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t3", "Y \"xyz\"", "t7", "drop k6", "acc 2", "add 3", "add 3", "t9", "consume v10", "drop v10", "t12", "drop v11", "drop k5", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap"]),
    (p295::run, &[&["four", "hello", "x", "", "ab", "hello", "ab"], &["xyz", "xyz"], &["x", "hello", "four", "hello", "xyz", "four", ""]], &[&["into cap", "drop cap", "keep v4 3", "take v4", "drop v4", "drop k5", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into cap", "drop cap", "keep v4 3", "take v4", "drop v4", "drop k5", "PANIC p6", "PANIC coroutine resumed after panicking", "<drop coroutine>"], &["into cap", "drop cap", "keep v4 3", "take v4", "drop v4", "drop k5", "PANIC p6", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "PANIC coroutine resumed after panicking", "<drop coroutine>"]], &["cap"]),
    (p296::run, &[&["hello", "", "x", "hello", "ab", ""], &["", "hello"], &["four", "", "x", "xyz", "xyz", "hello"]], &[&["t2", "Y \"1\"", "consume cap", "drop cap", "t6", "Y \"hello0\"", "t7", "Y \"xyz\"", "t6", "Y \"hello1\"", "t7", "Y \"xyz\"", "t6", "Y \"hello2\"", "<drop coroutine>", "drop k4"], &["t1", "drop cap", "R Some(0)", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "Y \"0\"", "consume cap", "drop cap", "t6", "Y \"hello0\"", "t7", "Y \"xyz\"", "t6", "Y \"hello1\"", "t7", "Y \"xyz\"", "<drop coroutine>", "drop k4"]], &["cap"]),
    (p297::run, &[&["x", "hello", "ab", "hello", "hello"], &["", "x", "", "hello", "", "", ""], &["four"]], &[&["t2", "t1", "into k3", "drop k3", "keep v6 3", "keep v6 5", "take v6", "drop v6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t1", "into k3", "drop k3", "keep v6 3", "keep v6 5", "take v6", "drop v6", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["t2", "t1", "into k3", "drop k3", "keep v6 3", "keep v6 5", "take v6", "drop v6", "drop cap", "R None", "<drop coroutine>"]], &["cap"]),
    (p298::run, &[&["xyz", "hello", "x", "hello", ""], &["x", "hello", "", "four"], &["xyz", "hello", "hello", "x", "x", "xyz", "hello", "x"]], &[&["Y \"xyz\"", "drop v2", "drop k4", "f3 3 \"xyz\" 3", "acc 9", "add 4", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"x\"", "drop v2", "drop k4", "f3 3 \"x\" 3", "acc 7", "add 4", "add 1", "drop k7", "Y \"12-2\"", "t9", "drop v8", "drop cap", "R Err(\"long 12-2\")", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"xyz\"", "drop v2", "drop k4", "f3 3 \"xyz\" 3", "acc 9", "add 4", "drop cap", "R Err(\"long xyz\")", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &["cap", "v11"]),
    (p299::run, &[&["xyz", "ab", "hello", "xyz", "x", "xyz", "xyz", "hello"], &["four", "", "ab", "xyz", "ab", "hello", "ab", "x"], &["xyz", "xyz", "xyz", "hello", "ab", "x", "hello", ""]], &[&["Y \"four\"", "t9", "Y \"ab\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "t3", "Y \"abhello\"", "lock cap", "t5", "t4", "t6", "Y \"3\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"], &["Y \"four\"", "t9", "Y \"ab\"", "drop cap", "R None", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "PANIC coroutine resumed after completion", "<drop coroutine>"]], &[]),
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
