//! The receives of this thread's tasks that wait in `recv!` on a rendezvous channel: for
//! each such task, the channels it waits on, so that the receive is withdrawn if its
//! coroutine is dropped before it completes (a send may have handed it a value, which goes
//! back to the channel for the next receiver).
//!
//! A receive is recorded (once) when it waits and forgotten when it completes; one that
//! completes at once costs a look at a count, one on a buffered channel (where no value is
//! handed to a receiver) nothing. A dropped coroutine's pending operation calls
//! [`abandoned_in`] (inside its task) or [`abandoned_outside`] (its task is being dropped,
//! or it is dropped by plain code): see `sched::ops::InFlight`.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::hash::{BuildHasherDefault, Hasher};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::inner::Inner;
use crate::channel::id::ChannelId;
use crate::sched::TaskRef;

/// A channel that can withdraw the receives of a task.
trait Withdraw {
    fn id(&self) -> ChannelId;
    /// Withdraws the receives of the task whose wakers carry `task` as their data.
    fn withdraw_task(&self, task: *const ());
}

impl<T> Withdraw for Inner<T> {
    fn id(&self) -> ChannelId {
        self.id
    }

    fn withdraw_task(&self, task: *const ()) {
        Inner::withdraw_task(self, task);
    }
}

/// One task's waits: the task (a reference on this thread, which keeps it), and the
/// channels (usually one).
struct Waits {
    task: TaskRef,
    /// The first channel, kept inline: a task usually waits on one (no allocation then).
    first: Arc<dyn Withdraw>,
    /// Any others.
    more: Vec<Arc<dyn Withdraw>>,
}

impl Waits {
    /// Takes out the channel `id`, if recorded, where the entry keeps another.
    fn take(&mut self, id: ChannelId) -> Option<Arc<dyn Withdraw>> {
        if self.first.id() == id {
            let next = self.more.pop()?;
            return Some(core::mem::replace(&mut self.first, next));
        }
        let index = self.more.iter().position(|c| c.id() == id)?;
        Some(self.more.swap_remove(index))
    }
}

/// Hashes a task's address: a multiplication, where the default hasher (`SipHash`) would
/// cost some 90 instructions per look at the table, on every receive that waits.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(FIBONACCI);
        }
    }

    fn write_usize(&mut self, addr: usize) {
        // Tasks are aligned: the high bits of the product take the address's varying bits.
        self.0 = (addr as u64).wrapping_mul(FIBONACCI);
    }
}

/// 2^64 divided by the golden ratio, odd: multiplying by it spreads the bits.
const FIBONACCI: u64 = 0x9E37_79B9_7F4A_7C15;

/// The table of waits, by task address (unique while the entry's reference keeps the task).
type Table = HashMap<usize, Waits, BuildHasherDefault<AddrHasher>>;

std::thread_local! {
    /// By task address (unique while the entry's reference keeps the task).
    static WAITS: RefCell<Table> = RefCell::new(Table::default());
    /// How many entries `WAITS` has, to skip it when empty.
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

/// A `recv!` of `task` on the rendezvous channel `inner` polled: `pending`, or complete.
#[inline]
pub(super) fn note<T: 'static>(task: &TaskRef, inner: &Arc<Inner<T>>, pending: bool) {
    if pending {
        waits(task, inner);
    } else {
        done(task, inner.id);
    }
}

/// Records that `task` waits on `inner` (once). (Not while the thread's locals are being
/// destroyed: nothing is recorded or withdrawn then.)
fn waits<T: 'static>(task: &TaskRef, inner: &Arc<Inner<T>>) {
    let added = WAITS.try_with(|waits| {
        let mut waits = waits.borrow_mut();
        match waits.entry(task.addr().addr()) {
            Entry::Vacant(vacant) => {
                vacant.insert(Waits {
                    task: task.clone(),
                    first: inner.clone(),
                    more: Vec::new(),
                });
                true
            }
            Entry::Occupied(mut occupied) => {
                let entry = occupied.get_mut();
                if entry.first.id() != inner.id && !entry.more.iter().any(|c| c.id() == inner.id) {
                    let channel: Arc<dyn Withdraw> = inner.clone();
                    entry.more.push(channel);
                }
                false
            }
        }
    });
    if added == Ok(true) {
        COUNT.with(|count| count.set(count.get() + 1));
    }
}

/// The receive of `task` on channel `id` completed (it may not have waited: then nothing
/// is recorded for it).
#[inline]
fn done(task: &TaskRef, id: ChannelId) {
    if COUNT.with(Cell::get) != 0 {
        forget(task, id);
    }
}

/// [`done`] where the thread has records.
#[inline(never)]
fn forget(task: &TaskRef, id: ChannelId) {
    let removed = WAITS.try_with(|waits| {
        let mut waits = waits.borrow_mut();
        let key = task.addr().addr();
        let entry = waits.get_mut(&key)?;
        if entry.first.id() == id && entry.more.is_empty() {
            // The usual case: the task's one wait ends, and its entry with it.
            return Some((None, waits.remove(&key)));
        }
        Some((Some(entry.take(id)?), None))
    });
    if let Ok(Some((channel, entry))) = removed {
        if entry.is_some() {
            COUNT.with(|count| count.set(count.get() - 1));
        }
        // Dropped with the table released: the last reference to a channel or a task runs
        // their drops.
        drop(channel);
        drop(entry);
    }
}

/// A coroutine of `task` was dropped inside it while it waited: the task's receives
/// recorded here are withdrawn. Returns whether there were any.
///
/// Which coroutine of the task left which receive is not known here, so all are: another
/// coroutine of the task that still waits registers again when it polls next (its task is
/// woken for that by the caller).
#[inline]
pub(crate) fn abandoned_in(task: &TaskRef) -> bool {
    // Every task's end asks (its coroutines may have left receives): usually nothing is
    // recorded on the thread, and the look at the count is all it costs.
    COUNT.with(Cell::get) != 0 && withdraw_task_waits(task)
}

/// [`abandoned_in`] where the thread has records.
#[cold]
#[inline(never)]
fn withdraw_task_waits(task: &TaskRef) -> bool {
    let removed = WAITS.try_with(|waits| waits.borrow_mut().remove(&task.addr().addr()));
    let Ok(Some(waits)) = removed else {
        return false;
    };
    COUNT.with(|count| count.set(count.get() - 1));
    withdraw(waits);
    true
}

/// A coroutine was dropped outside a task while it waited (its task is being dropped, or
/// plain code drops it): the receives recorded for tasks that ended (a task's coroutine is
/// dropped once it is marked so) or whose scheduler shuts down are withdrawn (those tasks
/// will not run again). At a scheduler's shutdown, the first task cancelled with a receive
/// pending withdraws them all.
pub(crate) fn abandoned_outside() {
    if COUNT.with(Cell::get) == 0 {
        return;
    }
    let gone: Vec<Waits> = WAITS
        .try_with(|waits| {
            let mut waits = waits.borrow_mut();
            let keys: Vec<usize> = waits
                .iter()
                .filter(|(_, w)| {
                    let core = w.task.core();
                    core.flags().is_complete() || core.shared().is_shutting_down()
                })
                .map(|(key, _)| *key)
                .collect();
            keys.iter().filter_map(|key| waits.remove(key)).collect()
        })
        .unwrap_or_default();
    COUNT.with(|count| count.set(count.get() - gone.len()));
    for waits in gone {
        withdraw(waits);
    }
}

/// Withdraws the receives of one task, then lets go of its channels and of the task.
fn withdraw(waits: Waits) {
    let Waits { task, first, more } = waits;
    for channel in core::iter::once(first).chain(more) {
        channel.withdraw_task(task.addr());
    }
}
