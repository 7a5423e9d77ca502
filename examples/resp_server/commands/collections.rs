//! The commands on lists, sets, hashes and sorted sets.
use std::collections::{HashMap, VecDeque};
use std::time::Instant;

use super::super::keyspace::{Bytes, Keyspace, Score, Set, SortedSet, Value};
use super::super::protocol::Request;
use super::super::reply;
use super::{
    Flow, MAX_NAME_LEN, NOT_FLOAT, SYNTAX, WRONGTYPE, fail, lowercase, pop_count, ranged,
    wrong_arity,
};

/// Which end of a list.
#[derive(Debug, Clone, Copy)]
pub(super) enum End {
    Left,
    Right,
}

pub(super) fn push(
    ks: &mut Keyspace,
    request: &Request<'_>,
    end: End,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let entry = ks.get_or_insert(request.arg(1), now, || Value::List(VecDeque::new()));
    let Value::List(list) = &mut entry.value else {
        return fail(out, WRONGTYPE);
    };
    for element in request.args(2) {
        match end {
            End::Left => list.push_front(element.into()),
            End::Right => list.push_back(element.into()),
        }
    }
    reply::count(out, list.len());
    Flow::Continue
}

pub(super) fn pop(
    ks: &mut Keyspace,
    request: &Request<'_>,
    end: End,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    if request.len() > 3 {
        return wrong_arity(
            out,
            if matches!(end, End::Left) {
                "lpop"
            } else {
                "rpop"
            },
        );
    }
    let count = match pop_count(request, out) {
        Ok(count) => count,
        Err(flow) => return flow,
    };
    let key = request.arg(1);
    let Some(entry) = ks.get(key, now) else {
        if count.is_some() {
            reply::null_array(out);
        } else {
            reply::null(out);
        }
        return Flow::Continue;
    };
    let Value::List(list) = &mut entry.value else {
        return fail(out, WRONGTYPE);
    };
    let mut take = || match end {
        End::Left => list.pop_front(),
        End::Right => list.pop_back(),
    };
    match count {
        None => match take() {
            Some(element) => reply::bulk(out, &element),
            None => reply::null(out),
        },
        Some(n) => {
            let n = n.min(list.len());
            reply::array(out, n);
            for _ in 0..n {
                let element = match end {
                    End::Left => list.pop_front(),
                    End::Right => list.pop_back(),
                };
                reply::bulk(out, element.as_deref().unwrap_or_default());
            }
        }
    }
    ks.remove_if_empty(key);
    Flow::Continue
}

pub(super) fn lrange(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let list = ranged(ks, request, now, out, |v| match v {
        Value::List(list) => Some((list, list.len())),
        _ => None,
    });
    if let Some((list, first, last)) = list {
        reply::array(out, last - first + 1);
        for element in list.range(first..=last) {
            reply::bulk(out, element);
        }
    }
    Flow::Continue
}

pub(super) fn sadd(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let entry = ks.get_or_insert(request.arg(1), now, || Value::Set(Box::default()));
    let Value::Set(set) = &mut entry.value else {
        return fail(out, WRONGTYPE);
    };
    let added = request.args(2).filter(|member| set.insert(member)).count();
    reply::count(out, added);
    Flow::Continue
}

pub(super) fn spop(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    if request.len() > 3 {
        return fail(out, SYNTAX);
    }
    let count = match pop_count(request, out) {
        Ok(count) => count,
        Err(flow) => return flow,
    };
    let key = request.arg(1);
    let random = ks.random();
    let set: &mut Set = match ks.get(key, now).map(|e| &mut e.value) {
        None if count.is_some() => {
            reply::array(out, 0);
            return Flow::Continue;
        }
        None => {
            reply::null(out);
            return Flow::Continue;
        }
        Some(Value::Set(set)) => set,
        Some(_) => return fail(out, WRONGTYPE),
    };
    match count {
        None => match set.pop(random) {
            Some(member) => reply::bulk(out, &member),
            None => reply::null(out),
        },
        Some(n) => {
            let n = n.min(set.len());
            reply::array(out, n);
            let mut random = random;
            for _ in 0..n {
                random = random.rotate_left(17).wrapping_mul(0x2545_f491_4f6c_dd1d);
                let member = set.pop(random).unwrap_or_default();
                reply::bulk(out, &member);
            }
        }
    }
    ks.remove_if_empty(key);
    Flow::Continue
}

pub(super) fn smembers(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    match ks.get(request.arg(1), now).map(|e| &e.value) {
        None => reply::array(out, 0),
        Some(Value::Set(set)) => {
            reply::array(out, set.len());
            for member in set.iter() {
                reply::bulk(out, member);
            }
        }
        Some(_) => return fail(out, WRONGTYPE),
    }
    Flow::Continue
}

pub(super) fn hset(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    if request.len() % 2 == 1 {
        return wrong_arity(out, "hset");
    }
    let entry = ks.get_or_insert(request.arg(1), now, || Value::Hash(Box::default()));
    let Value::Hash(hash) = &mut entry.value else {
        return fail(out, WRONGTYPE);
    };
    let mut added = 0;
    for i in (2..request.len()).step_by(2) {
        let value: Bytes = request.arg(i + 1).into();
        if let Some(old) = hash.get_mut(request.arg(i)) {
            *old = value;
        } else {
            hash.insert(request.arg(i).into(), value);
            added += 1;
        }
    }
    reply::count(out, added);
    Flow::Continue
}

pub(super) fn hget(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    match ks.get(request.arg(1), now).map(|e| &e.value) {
        None => reply::null(out),
        Some(Value::Hash(hash)) => match hash.get(request.arg(2)) {
            Some(value) => reply::bulk(out, value),
            None => reply::null(out),
        },
        Some(_) => return fail(out, WRONGTYPE),
    }
    Flow::Continue
}

pub(super) fn hgetall(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let hash: &HashMap<Bytes, Bytes> = match ks.get(request.arg(1), now).map(|e| &e.value) {
        None => {
            reply::array(out, 0);
            return Flow::Continue;
        }
        Some(Value::Hash(hash)) => hash,
        Some(_) => return fail(out, WRONGTYPE),
    };
    reply::array(out, hash.len() * 2);
    for (field, value) in hash {
        reply::bulk(out, field);
        reply::bulk(out, value);
    }
    Flow::Continue
}

/// Parses a score as Redis does: a decimal or `inf`, with no spaces; never NaN.
fn parse_score(bytes: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(bytes).ok()?;
    if text.starts_with(|c: char| c.is_ascii_whitespace()) {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| !v.is_nan())
}

/// `ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]`
pub(super) fn zadd(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let (mut nx, mut xx, mut gt, mut lt, mut ch, mut incr) =
        (false, false, false, false, false, false);
    let mut buf = [0; MAX_NAME_LEN];
    let mut first = 2;
    while first < request.len() {
        let option = request.arg(first);
        let flag = match lowercase(option, &mut buf) {
            b"nx" => &mut nx,
            b"xx" => &mut xx,
            b"gt" => &mut gt,
            b"lt" => &mut lt,
            b"ch" => &mut ch,
            b"incr" => &mut incr,
            _ => break,
        };
        *flag = true;
        first += 1;
    }
    let pairs = request.len() - first;
    if pairs == 0 || pairs % 2 == 1 {
        return fail(out, SYNTAX);
    }
    if nx && xx {
        return fail(
            out,
            "ERR XX and NX options at the same time are not compatible",
        );
    }
    if (nx && (gt || lt)) || (gt && lt) {
        return fail(
            out,
            "ERR GT, LT, and/or NX options at the same time are not compatible",
        );
    }
    if incr && pairs > 2 {
        return fail(
            out,
            "ERR INCR option supports a single increment-element pair",
        );
    }
    // Every score is checked before anything changes.
    if (first..request.len())
        .step_by(2)
        .any(|i| parse_score(request.arg(i)).is_none())
    {
        return fail(out, NOT_FLOAT);
    }
    let key = request.arg(1);
    let exists = match ks.get(key, now).map(|e| &e.value) {
        None => false,
        Some(Value::ZSet(_)) => true,
        Some(_) => return fail(out, WRONGTYPE),
    };
    if !exists && xx {
        if incr {
            reply::null(out);
        } else {
            reply::integer(out, 0);
        }
        return Flow::Continue;
    }
    let entry = ks.get_or_insert(key, now, || Value::ZSet(Box::default()));
    let Value::ZSet(zset) = &mut entry.value else {
        return fail(out, WRONGTYPE);
    };
    let zset: &mut SortedSet = zset;
    let (mut added, mut changed) = (0, 0);
    let mut incr_result = None;
    for i in (first..request.len()).step_by(2) {
        let given = parse_score(request.arg(i)).unwrap_or_default();
        let member = request.arg(i + 1);
        let old = zset.score(member).map(Score::get);
        let score = match (incr, old) {
            (true, Some(old)) => old + given,
            _ => given,
        };
        let Some(score) = Score::new(score) else {
            ks.remove_if_empty(key);
            return fail(out, "ERR resulting score is not a number (NaN)");
        };
        let skip = match old {
            Some(old) => nx || (gt && score.get() <= old) || (lt && score.get() >= old),
            None => xx,
        };
        if skip {
            continue;
        }
        if zset.insert(member, score) {
            added += 1;
        } else if old != Some(score.get()) {
            changed += 1;
        }
        incr_result = Some(score.get());
    }
    if incr {
        match incr_result {
            Some(score) => reply::score(out, score),
            None => reply::null(out),
        }
    } else {
        reply::integer(out, if ch { added + changed } else { added });
    }
    ks.remove_if_empty(key);
    Flow::Continue
}

pub(super) fn zpopmin(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    if request.len() > 3 {
        return fail(out, SYNTAX);
    }
    let count = match pop_count(request, out) {
        Ok(count) => count.unwrap_or(1),
        Err(flow) => return flow,
    };
    let key = request.arg(1);
    let zset = match ks.get(key, now).map(|e| &mut e.value) {
        None => {
            reply::array(out, 0);
            return Flow::Continue;
        }
        Some(Value::ZSet(zset)) => zset,
        Some(_) => return fail(out, WRONGTYPE),
    };
    let n = count.min(zset.len());
    reply::array(out, n * 2);
    for _ in 0..n {
        if let Some((member, score)) = zset.pop_min() {
            reply::bulk(out, &member);
            reply::score(out, score.get());
        }
    }
    ks.remove_if_empty(key);
    Flow::Continue
}

/// `ZRANGE key start stop [REV] [WITHSCORES]` (by index only).
pub(super) fn zrange(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let (mut rev, mut with_scores) = (false, false);
    for option in request.args(4) {
        if option.eq_ignore_ascii_case(b"withscores") {
            with_scores = true;
        } else if option.eq_ignore_ascii_case(b"rev") && !rev {
            rev = true;
        } else {
            return fail(out, SYNTAX);
        }
    }
    let zset = ranged(ks, request, now, out, |v| match v {
        Value::ZSet(zset) => Some((&**zset, zset.len())),
        _ => None,
    });
    let Some((zset, first, last)) = zset else {
        return Flow::Continue;
    };
    let n = last - first + 1;
    reply::array(out, if with_scores { n * 2 } else { n });
    let mut emit = |(member, score): (&[u8], Score)| {
        reply::bulk(out, member);
        if with_scores {
            reply::score(out, score.get());
        }
    };
    if rev {
        zset.iter().rev().skip(first).take(n).for_each(&mut emit);
    } else {
        zset.iter().skip(first).take(n).for_each(&mut emit);
    }
    Flow::Continue
}
