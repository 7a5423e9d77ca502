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
use std::collections::HashMap;

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
    channels: Vec<Arc<dyn Withdraw>>,
}

std::thread_local! {
    /// By task address (unique while the entry's reference keeps the task).
    static WAITS: RefCell<HashMap<usize, Waits>> = RefCell::new(HashMap::new());
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
        let entry = waits.entry(task.addr().addr()).or_insert_with(|| Waits {
            task: task.clone(),
            channels: Vec::new(),
        });
        let fresh = entry.channels.is_empty();
        if !entry.channels.iter().any(|c| c.id() == inner.id) {
            let channel: Arc<dyn Withdraw> = inner.clone();
            entry.channels.push(channel);
        }
        fresh
    });
    if added == Ok(true) {
        COUNT.with(|count| count.set(count.get() + 1));
    }
}

/// The receive of `task` on channel `id` completed (it may not have waited: then nothing
/// is recorded for it).
fn done(task: &TaskRef, id: ChannelId) {
    if COUNT.with(Cell::get) == 0 {
        return;
    }
    let removed = WAITS.try_with(|waits| {
        let mut waits = waits.borrow_mut();
        let key = task.addr().addr();
        let entry = waits.get_mut(&key)?;
        let index = entry.channels.iter().position(|c| c.id() == id)?;
        let channel = entry.channels.swap_remove(index);
        let entry = entry
            .channels
            .is_empty()
            .then(|| waits.remove(&key))
            .flatten();
        Some((channel, entry))
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
pub(crate) fn abandoned_in(task: &TaskRef) -> bool {
    if COUNT.with(Cell::get) == 0 {
        return false;
    }
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
    let Waits { task, channels } = waits;
    for channel in channels {
        channel.withdraw_task(task.addr());
    }
}
