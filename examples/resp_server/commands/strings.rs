//! The commands on strings and on keys of any type: `SET`, `GET`, `DEL`, `EXISTS`, the
//! counters, `MSET`, `MGET`, `EXPIRE`, `TTL`.
use std::time::{Duration, Instant};

use super::super::keyspace::{Expiry, Keyspace, Value};
use super::super::protocol::{Request, parse_i64};
use super::super::reply;
use super::{
    Flow, MAX_NAME_LEN, NOT_INTEGER, OVERFLOW, SYNTAX, WRONGTYPE, fail, lowercase, wrong_arity,
};

/// When a key given a time to live of `amount` `unit`s at `now` expires; `None` if that
/// time cannot be represented.
fn deadline(now: Instant, amount: i64, unit: Duration) -> Option<Instant> {
    let amount = u32::try_from(amount.max(0)).ok().map_or_else(
        || unit.checked_mul(u32::MAX).and_then(|d| d.checked_mul(2)),
        |n| unit.checked_mul(n),
    )?;
    now.checked_add(amount)
}

/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | KEEPTTL]`
pub(super) fn set(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    #[derive(PartialEq)]
    enum Ttl<'a> {
        None,
        Keep,
        Seconds(&'a [u8]),
        Millis(&'a [u8]),
    }
    let (mut nx, mut xx, mut get, mut ttl) = (false, false, false, Ttl::None);
    let mut i = 3;
    while i < request.len() {
        let option = request.arg(i);
        let next = (i + 1 < request.len()).then(|| request.arg(i + 1));
        let is = |name: &[u8]| option.eq_ignore_ascii_case(name);
        match (next, &ttl) {
            _ if is(b"nx") && !xx => nx = true,
            _ if is(b"xx") && !nx => xx = true,
            _ if is(b"get") => get = true,
            (_, Ttl::None | Ttl::Keep) if is(b"keepttl") => ttl = Ttl::Keep,
            (Some(amount), Ttl::None | Ttl::Seconds(_)) if is(b"ex") => {
                ttl = Ttl::Seconds(amount);
                i += 1;
            }
            (Some(amount), Ttl::None | Ttl::Millis(_)) if is(b"px") => {
                ttl = Ttl::Millis(amount);
                i += 1;
            }
            _ => return fail(out, SYNTAX),
        }
        i += 1;
    }
    let (amount, unit) = match ttl {
        Ttl::Seconds(amount) => (Some(amount), Duration::from_secs(1)),
        Ttl::Millis(amount) => (Some(amount), Duration::from_millis(1)),
        Ttl::None | Ttl::Keep => (None, Duration::ZERO),
    };
    let expires_at = match amount.map(parse_i64) {
        None => None,
        Some(None) => return fail(out, NOT_INTEGER),
        Some(Some(amount)) => match deadline(now, amount, unit) {
            Some(at) if amount > 0 => Some(at),
            _ => return fail(out, "ERR invalid expire time in 'set' command"),
        },
    };
    let key = request.arg(1);
    let old = ks.get(key, now);
    let exists = old.is_some();
    if get {
        match old.map(|e| &e.value) {
            None => reply::null(out),
            Some(Value::Str(old)) => reply::bulk(out, old),
            Some(_) => return fail(out, WRONGTYPE),
        }
    }
    if (nx && exists) || (xx && !exists) {
        if !get {
            reply::null(out);
        }
        return Flow::Continue;
    }
    let expiry = match (ttl, expires_at) {
        (Ttl::Keep, _) => Expiry::Keep,
        (_, Some(at)) => Expiry::At(at),
        (_, None) => Expiry::Clear,
    };
    ks.set(key, request.arg(2), expiry);
    if !get {
        out.extend_from_slice(reply::OK);
    }
    Flow::Continue
}

pub(super) fn get(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    match ks.get(request.arg(1), now).map(|e| &e.value) {
        None => reply::null(out),
        Some(Value::Str(value)) => reply::bulk(out, value),
        Some(_) => return fail(out, WRONGTYPE),
    }
    Flow::Continue
}

pub(super) fn del(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let removed = request
        .args(1)
        .filter(|key| ks.contains(key, now) && ks.remove(key))
        .count();
    reply::count(out, removed);
    Flow::Continue
}

pub(super) fn exists(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let found = request.args(1).filter(|key| ks.contains(key, now)).count();
    reply::count(out, found);
    Flow::Continue
}

/// Adds `by` to the integer at `key` (0 if there is none), keeping its expiry time.
pub(super) fn incr_by(
    ks: &mut Keyspace,
    key: &[u8],
    by: i64,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let entry = ks.get_or_insert(key, now, || Value::Str(b"0".to_vec()));
    let Value::Str(value) = &mut entry.value else {
        return fail(out, WRONGTYPE);
    };
    let Some(old) = parse_i64(value) else {
        return fail(out, NOT_INTEGER);
    };
    let Some(new) = old.checked_add(by) else {
        return fail(out, OVERFLOW);
    };
    value.clear();
    reply::digits(value, new);
    reply::integer(out, new);
    Flow::Continue
}

pub(super) fn incrby(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    match parse_i64(request.arg(2)) {
        Some(by) => incr_by(ks, request.arg(1), by, now, out),
        None => fail(out, NOT_INTEGER),
    }
}

pub(super) fn mset(
    ks: &mut Keyspace,
    request: &Request<'_>,
    _: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    if request.len().is_multiple_of(2) {
        return wrong_arity(out, "mset");
    }
    for i in (1..request.len()).step_by(2) {
        ks.set(request.arg(i), request.arg(i + 1), Expiry::Clear);
    }
    out.extend_from_slice(reply::OK);
    Flow::Continue
}

pub(super) fn mget(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    reply::array(out, request.len() - 1);
    for key in request.args(1) {
        match ks.get(key, now).map(|e| &e.value) {
            Some(Value::Str(value)) => reply::bulk(out, value),
            _ => reply::null(out),
        }
    }
    Flow::Continue
}

/// `EXPIRE key seconds [NX | XX | GT | LT]`
pub(super) fn expire(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let (mut nx, mut xx, mut gt, mut lt) = (false, false, false, false);
    let mut buf = [0; MAX_NAME_LEN];
    for option in request.args(3) {
        let flag = match lowercase(option, &mut buf) {
            b"nx" => &mut nx,
            b"xx" => &mut xx,
            b"gt" => &mut gt,
            b"lt" => &mut lt,
            _ => {
                let option = String::from_utf8_lossy(option);
                return fail(out, &format!("ERR Unsupported option {option}"));
            }
        };
        *flag = true;
    }
    if nx && (xx || gt || lt) {
        return fail(
            out,
            "ERR NX and XX, GT or LT options at the same time are not compatible",
        );
    }
    if gt && lt {
        return fail(
            out,
            "ERR GT and LT options at the same time are not compatible",
        );
    }
    let Some(seconds) = parse_i64(request.arg(2)) else {
        return fail(out, NOT_INTEGER);
    };
    if seconds.checked_mul(1000).is_none() {
        return fail(out, "ERR invalid expire time in 'expire' command");
    }
    let key = request.arg(1);
    let Some(entry) = ks.get(key, now) else {
        reply::integer(out, 0);
        return Flow::Continue;
    };
    let current = entry.expires_at();
    let at = deadline(now, seconds, Duration::from_secs(1));
    let refused = (nx && current.is_some())
        || (xx && current.is_none())
        // GT counts no expiry as an infinite one.
        || (gt && current.is_none_or(|current| at.is_none_or(|at| at <= current)))
        || (lt && current.is_some_and(|current| at.is_none_or(|at| at >= current)));
    if refused {
        reply::integer(out, 0);
        return Flow::Continue;
    }
    match at {
        Some(at) if seconds > 0 => ks.set_expiry(key, at),
        // Expiring already.
        Some(_) => {
            ks.remove(key);
        }
        None => return fail(out, "ERR invalid expire time in 'expire' command"),
    }
    reply::integer(out, 1);
    Flow::Continue
}

pub(super) fn ttl(
    ks: &mut Keyspace,
    request: &Request<'_>,
    now: Instant,
    out: &mut Vec<u8>,
) -> Flow {
    let seconds = match ks.ttl(request.arg(1), now) {
        None => -2,
        Some(None) => -1,
        Some(Some(left)) => i64::try_from((left.as_millis() + 500) / 1000).unwrap_or(i64::MAX),
    };
    reply::integer(out, seconds);
    Flow::Continue
}
