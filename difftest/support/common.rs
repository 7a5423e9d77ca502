use std::cell::{Cell, RefCell};
use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

pub fn log(s: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(s.into()));
}

pub fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// A drop-tracked value.
#[derive(Debug)]
pub struct T(pub &'static str);
impl Drop for T {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}
impl T {
    pub fn id(&self) -> i64 {
        self.0.len() as i64
    }
    pub fn take(self) -> i64 {
        log(format!("take {}", self.0));
        7
    }
    /// Takes the value by value, as the names of `into_*` methods say.
    pub fn into_n(self) -> i64 {
        log(format!("into {}", self.0));
        8
    }
    // Methods that borrow, named as the standard library's: the rewrite sees names only.
    pub fn len(&self) -> i64 {
        self.0.len() as i64 + 1
    }
    pub fn lock(&self) -> i64 {
        log(format!("lock {}", self.0));
        2
    }
    pub fn borrow(&self) -> i64 {
        3
    }
    pub fn try_send(&self, n: i64) -> i64 {
        log(format!("send {} {n}", self.0));
        n
    }
    pub fn opt(&self) -> Option<i64> {
        (self.0.len() % 2 == 0).then_some(self.0.len() as i64)
    }
    pub fn items(&self) -> Vec<i64> {
        vec![self.0.len() as i64, 1]
    }
}

pub fn consume(t: T) {
    log(format!("consume {}", t.0));
}

pub fn keep(t: T, n: i64) -> T {
    log(format!("keep {} {n}", t.0));
    t
}

pub fn t<V>(tag: &str, v: V) -> V {
    log(tag);
    v
}

pub fn f3(a: i64, b: String, c: i64) -> i64 {
    log(format!("f3 {a} {b:?} {c}"));
    a.wrapping_add(b.len() as i64).wrapping_add(c)
}

pub fn i2s(n: i64) -> String {
    n.to_string()
}

pub fn cap3(n: i64) -> i64 {
    n.clamp(0, 3)
}

pub fn opt(s: &str) -> Option<i64> {
    if s.len() % 2 == 0 { Some(s.len() as i64) } else { None }
}

pub fn res(s: &str) -> Result<i64, String> {
    if s.len() < 3 { Ok(s.len() as i64) } else { Err(format!("long {s}")) }
}

pub struct Acc(i64);
impl Acc {
    pub fn new(n: i64) -> Self {
        log(format!("acc {n}"));
        Acc(n)
    }
    pub fn add(self, n: i64) -> Self {
        log(format!("add {n}"));
        Acc(self.0.wrapping_add(n))
    }
    pub fn get(&self) -> i64 {
        self.0
    }
}

pub struct P {
    pub a: i64,
    pub b: String,
}
impl P {
    pub fn sum(self) -> i64 {
        self.a.wrapping_add(self.b.len() as i64)
    }
}

pub fn quiet() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
}

pub fn catch<V>(f: impl FnOnce() -> V) -> Result<V, String> {
    quiet();
    QUIET.with(|q| q.set(true));
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    r.map_err(|e| {
        if let Some(s) = e.downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = e.downcast_ref::<String>() {
            s.clone()
        } else {
            "<non-string payload>".to_string()
        }
    })
}
