//! The keyspace: every key with its value and expiry time.
//!
//! Expiry is lazy, as in Redis: a key past its time is removed when a command looks it up.
//! Keys that nobody looks up again are removed by [`Keyspace::expire_due`], which a task of
//! the server calls a few times a second, so that their memory does not stay taken.
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeSet, BinaryHeap, HashMap, VecDeque};
use std::time::Instant;

/// A key or a member: binary-safe bytes.
pub type Bytes = Box<[u8]>;

/// A value and the types that Redis names in `WRONGTYPE` errors.
#[derive(Debug)]
pub enum Value {
    Str(Vec<u8>),
    List(VecDeque<Bytes>),
    Set(Box<Set>),
    Hash(Box<HashMap<Bytes, Bytes>>),
    ZSet(Box<SortedSet>),
}

/// What setting a string does to the key's expiry time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    /// The key no longer expires.
    Clear,
    /// The key keeps its expiry time, or lack of one (`SET ... KEEPTTL`).
    Keep,
    /// The key expires then.
    At(Instant),
}

/// A key's value and, when it has one, the time it expires.
#[derive(Debug)]
pub struct Entry {
    pub value: Value,
    expires_at: Option<Instant>,
}

impl Entry {
    /// When the key expires, if it does.
    #[must_use]
    pub fn expires_at(&self) -> Option<Instant> {
        self.expires_at
    }

    fn expired(&self, now: Instant) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }
}

/// A set that can give up a random member in constant time: the members in a vector, and
/// each one's index in it.
#[derive(Debug, Default)]
pub struct Set {
    members: Vec<Bytes>,
    index: HashMap<Bytes, usize>,
}

impl Set {
    /// Adds `member`; whether it was new.
    pub fn insert(&mut self, member: &[u8]) -> bool {
        if self.index.contains_key(member) {
            return false;
        }
        self.index.insert(member.into(), self.members.len());
        self.members.push(member.into());
        true
    }

    /// Removes and returns the member at `random % len`.
    pub fn pop(&mut self, random: u64) -> Option<Bytes> {
        if self.members.is_empty() {
            return None;
        }
        let len = u64::try_from(self.members.len()).unwrap_or(u64::MAX);
        let at = usize::try_from(random % len).unwrap_or(0);
        let member = self.members.swap_remove(at);
        self.index.remove(&member);
        if let Some(moved) = self.members.get(at) {
            self.index.insert(moved.clone(), at);
        }
        Some(member)
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.members.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    #[must_use]
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[u8]> {
        self.members.iter().map(|m| &**m)
    }
}

/// A score: a `f64` that is never NaN, ordered by value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score(f64);

impl Score {
    /// `None` for NaN. `-0` becomes `0`, so that equal scores compare equal.
    #[must_use]
    pub fn new(value: f64) -> Option<Score> {
        if value.is_nan() {
            None
        } else {
            Some(Score(value + 0.0))
        }
    }

    #[must_use]
    pub fn get(self) -> f64 {
        self.0
    }
}

impl Eq for Score {}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Score) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Score) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Members ordered by score, then by their bytes, as in Redis.
#[derive(Debug, Default)]
pub struct SortedSet {
    scores: HashMap<Bytes, Score>,
    order: BTreeSet<(Score, Bytes)>,
}

impl SortedSet {
    #[must_use]
    pub fn score(&self, member: &[u8]) -> Option<Score> {
        self.scores.get(member).copied()
    }

    /// Sets `member`'s score; whether it was new.
    pub fn insert(&mut self, member: &[u8], score: Score) -> bool {
        if let Some(old) = self.scores.get_mut(member) {
            if *old != score {
                let key: Bytes = member.into();
                self.order.remove(&(*old, key.clone()));
                self.order.insert((score, key));
                *old = score;
            }
            false
        } else {
            let key: Bytes = member.into();
            self.scores.insert(key.clone(), score);
            self.order.insert((score, key));
            true
        }
    }

    /// Removes and returns the member with the lowest score.
    pub fn pop_min(&mut self) -> Option<(Bytes, Score)> {
        let (score, member) = self.order.pop_first()?;
        self.scores.remove(&member);
        Some((member, score))
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.order.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The members in order, from the lowest score.
    #[must_use]
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&[u8], Score)> {
        self.order.iter().map(|(score, member)| (&**member, *score))
    }
}

/// Every key of the server, shared by its connections.
#[derive(Debug)]
pub struct Keyspace {
    entries: HashMap<Bytes, Entry>,
    /// How many entries have an expiry time: while none has, lookups skip the clock.
    expiring: usize,
    /// Expiry times and their keys, soonest first. An entry whose key has since got another
    /// time (or none) is stale and skipped; the heap is rebuilt when most entries are stale.
    deadlines: BinaryHeap<Reverse<(Instant, Bytes)>>,
    /// State of the generator behind `SPOP` (xorshift64*).
    random: u64,
}

impl Default for Keyspace {
    fn default() -> Keyspace {
        Keyspace::new()
    }
}

impl Keyspace {
    #[must_use]
    pub fn new() -> Keyspace {
        Keyspace {
            entries: HashMap::new(),
            expiring: 0,
            deadlines: BinaryHeap::new(),
            random: 0x9e37_79b9_7f4a_7c15,
        }
    }

    /// The number of keys, counting those expired but not removed yet.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A pseudo-random number.
    pub fn random(&mut self) -> u64 {
        let mut x = self.random;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.random = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Removes `key` if it has expired at `now`.
    fn expire_if_due(&mut self, key: &[u8], now: Instant) {
        if self.expiring > 0 && self.entries.get(key).is_some_and(|e| e.expired(now)) {
            self.remove(key);
        }
    }

    /// The live entry of `key`.
    pub fn get(&mut self, key: &[u8], now: Instant) -> Option<&mut Entry> {
        self.expire_if_due(key, now);
        self.entries.get_mut(key)
    }

    /// Whether `key` exists.
    pub fn contains(&mut self, key: &[u8], now: Instant) -> bool {
        self.get(key, now).is_some()
    }

    /// The live entry of `key`, created with `make` (and no expiry) if there is none.
    ///
    /// # Panics
    ///
    /// Never: the entry is there once inserted.
    pub fn get_or_insert(
        &mut self,
        key: &[u8],
        now: Instant,
        make: impl FnOnce() -> Value,
    ) -> &mut Entry {
        self.expire_if_due(key, now);
        if !self.entries.contains_key(key) {
            self.entries.insert(
                key.into(),
                Entry {
                    value: make(),
                    expires_at: None,
                },
            );
        }
        self.entries
            .get_mut(key)
            .expect("the entry was found or inserted above")
    }

    /// Sets `key` to the string `bytes`, replacing any value (and reusing the buffer of
    /// the string it replaces), with the expiry time `expiry` says.
    pub fn set(&mut self, key: &[u8], bytes: &[u8], expiry: Expiry) {
        match self.entries.get_mut(key) {
            Some(entry) => {
                match &mut entry.value {
                    // A buffer much larger than needed is not kept.
                    Value::Str(old) if old.capacity() <= 2 * bytes.len().max(32) => {
                        old.clear();
                        old.extend_from_slice(bytes);
                    }
                    value => *value = Value::Str(bytes.to_vec()),
                }
                if !matches!(expiry, Expiry::Keep) && entry.expires_at.take().is_some() {
                    self.expiring -= 1;
                }
            }
            None => {
                self.entries.insert(
                    key.into(),
                    Entry {
                        value: Value::Str(bytes.to_vec()),
                        expires_at: None,
                    },
                );
            }
        }
        if let Expiry::At(at) = expiry {
            self.set_expiry(key, at);
        }
    }

    /// Removes `key`; whether it was there (expired or not).
    pub fn remove(&mut self, key: &[u8]) -> bool {
        match self.entries.remove(key) {
            Some(entry) => {
                if entry.expires_at.is_some() {
                    self.expiring -= 1;
                }
                true
            }
            None => false,
        }
    }

    /// Removes `key` if its value is an empty collection, as Redis never keeps one.
    pub fn remove_if_empty(&mut self, key: &[u8]) {
        let empty = self.entries.get(key).is_some_and(|e| match &e.value {
            Value::Str(_) => false,
            Value::List(list) => list.is_empty(),
            Value::Set(set) => set.is_empty(),
            Value::Hash(hash) => hash.is_empty(),
            Value::ZSet(zset) => zset.is_empty(),
        });
        if empty {
            self.remove(key);
        }
    }

    /// Gives the existing `key` an expiry time.
    pub fn set_expiry(&mut self, key: &[u8], at: Instant) {
        let Some(entry) = self.entries.get_mut(key) else {
            return;
        };
        if entry.expires_at.replace(at).is_none() {
            self.expiring += 1;
        }
        self.deadlines.push(Reverse((at, key.into())));
        // Most entries stale: rebuild from the keys that do expire.
        if self.deadlines.len() > 64 && self.deadlines.len() > 4 * self.expiring {
            self.deadlines = self
                .entries
                .iter()
                .filter_map(|(key, e)| e.expires_at.map(|at| Reverse((at, key.clone()))))
                .collect();
        }
    }

    /// The time left to `key`: `None` if it does not exist, `Some(None)` if it does not
    /// expire.
    pub fn ttl(&mut self, key: &[u8], now: Instant) -> Option<Option<std::time::Duration>> {
        let entry = self.get(key, now)?;
        Some(entry.expires_at.map(|at| at.saturating_duration_since(now)))
    }

    /// Removes up to `limit` keys expired at `now` (that no command has looked up since);
    /// returns how many were removed.
    pub fn expire_due(&mut self, now: Instant, limit: usize) -> usize {
        let mut removed = 0;
        while removed < limit {
            match self.deadlines.peek() {
                Some(Reverse((at, _))) if *at <= now => {}
                _ => break,
            }
            let Some(Reverse((at, key))) = self.deadlines.pop() else {
                break;
            };
            // Stale unless the key still expires at this very time.
            if self
                .entries
                .get(&key)
                .is_some_and(|e| e.expires_at == Some(at))
            {
                self.remove(&key);
                removed += 1;
            }
        }
        removed
    }

    /// The number of entries in the queue of expiry times (stale ones included).
    #[must_use]
    pub fn deadlines_len(&self) -> usize {
        self.deadlines.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn expired_keys_vanish_on_access_and_in_the_sweep() {
        let mut ks = Keyspace::new();
        let t0 = Instant::now();
        let later = t0 + Duration::from_secs(10);
        ks.set(b"a", b"1", Expiry::At(t0 + Duration::from_secs(1)));
        ks.set(b"b", b"2", Expiry::At(t0 + Duration::from_secs(2)));
        ks.set(b"c", b"3", Expiry::Clear);
        assert!(ks.contains(b"a", t0));
        assert!(!ks.contains(b"a", later));
        assert_eq!(ks.len(), 2);
        assert_eq!(ks.expire_due(t0, 10), 0);
        assert_eq!(ks.expire_due(later, 10), 1);
        assert_eq!(ks.len(), 1);
        assert_eq!(ks.ttl(b"c", later), Some(None));
        assert_eq!(ks.ttl(b"zz", later), None);
    }

    #[test]
    fn overwriting_drops_the_expiry_and_stale_deadlines_are_skipped() {
        let mut ks = Keyspace::new();
        let t0 = Instant::now();
        ks.set(b"k", b"1", Expiry::At(t0 + Duration::from_secs(1)));
        ks.set(b"k", b"2", Expiry::Clear);
        assert_eq!(ks.expire_due(t0 + Duration::from_secs(5), 10), 0);
        assert!(ks.contains(b"k", t0 + Duration::from_secs(5)));
    }

    #[test]
    fn the_deadline_queue_stays_bounded_under_rewrites() {
        let mut ks = Keyspace::new();
        let t0 = Instant::now();
        for i in 0..10_000u64 {
            ks.set(b"k", b"", Expiry::At(t0 + Duration::from_secs(i + 1)));
        }
        assert!(ks.deadlines_len() <= 65, "{}", ks.deadlines_len());
    }

    #[test]
    fn sets_pop_every_member_once() {
        let mut set = Set::default();
        for i in 0..100u8 {
            assert!(set.insert(&[i]));
        }
        assert!(!set.insert(&[7]));
        let mut popped: Vec<u8> = (0..100)
            .filter_map(|r| set.pop(r * 7919))
            .map(|m| m[0])
            .collect();
        popped.sort_unstable();
        assert_eq!(popped, (0..100).collect::<Vec<u8>>());
        assert!(set.pop(1).is_none());
    }

    #[test]
    fn sorted_sets_order_by_score_then_member() {
        let mut z = SortedSet::default();
        let s = |v| Score::new(v).expect("not NaN");
        assert!(z.insert(b"b", s(1.0)));
        assert!(z.insert(b"a", s(1.0)));
        assert!(z.insert(b"c", s(0.5)));
        assert!(!z.insert(b"c", s(2.0)));
        let order: Vec<&[u8]> = z.iter().map(|(m, _)| m).collect();
        assert_eq!(order, [&b"a"[..], b"b", b"c"]);
        assert_eq!(z.pop_min(), Some((Bytes::from(&b"a"[..]), s(1.0))));
        assert_eq!(z.len(), 2);
        assert!(Score::new(f64::NAN).is_none());
    }
}
