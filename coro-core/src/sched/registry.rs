//! Every task a scheduler holds, by slot, so that it can cancel them when it is dropped and
//! name them in a deadlock report; a task keeps its slot from spawn to completion.
//!
//! A slot is one word: a task's pointer (the registry's reference to it), or, when free, the
//! index of the next free slot, tagged in the low bit (a task is aligned to at least 8). The
//! free slots form a list through the slots themselves, most recently freed first, so the
//! registry needs no second list: one word per task at most, whatever the order in which
//! tasks finish.

use alloc::vec::Vec;
use core::ptr::{self, NonNull};

use super::slab;
use super::task::{Core, TaskRef};

/// A free slot's tag.
const FREE: usize = 1;
/// How many slots' pages are populated at once, once a registry outgrows the first of them
/// (64 KiB: a scheduler with thousands of tasks).
const POPULATE_SLOTS: usize = 64 * 1024 / size_of::<Slot>();
/// The end of the free list.
const NONE: usize = usize::MAX >> 1;

/// One slot: a task (its pointer, owning one [`TaskRef`]) or a free slot.
struct Slot(*mut Core);

impl Slot {
    fn free(next: usize) -> Slot {
        Slot(ptr::without_provenance_mut((next << 1) | FREE))
    }

    /// The next free slot, if this one is free.
    fn next_free(&self) -> Option<usize> {
        let addr = self.0.addr();
        (addr & FREE != 0).then_some(addr >> 1)
    }

    fn task(&self) -> Option<NonNull<Core>> {
        if self.0.addr() & FREE != 0 {
            None
        } else {
            NonNull::new(self.0)
        }
    }
}

pub(crate) struct Registry {
    slots: Vec<Slot>,
    /// The first free slot, or `NONE`.
    free: usize,
    /// The slot whose push populates the next [`POPULATE_SLOTS`] (a multiple of it).
    populate_at: usize,
    live: usize,
}

impl Default for Registry {
    fn default() -> Self {
        Registry {
            slots: Vec::new(),
            free: NONE,
            populate_at: POPULATE_SLOTS,
            live: 0,
        }
    }
}

impl Registry {
    /// How many tasks the registry holds.
    pub(crate) fn live(&self) -> usize {
        self.live
    }

    /// The slot the next [`insert`](Registry::insert) will use.
    pub(crate) fn next_slot(&self) -> usize {
        if self.free == NONE {
            self.slots.len()
        } else {
            self.free
        }
    }

    /// Holds `task` in `slot`, which is [`next_slot`](Registry::next_slot).
    pub(crate) fn insert(&mut self, slot: usize, task: TaskRef) {
        debug_assert_eq!(slot, self.next_slot());
        let entry = Slot(task.into_raw().as_ptr());
        if let Some(free) = self.slots.get_mut(slot) {
            self.free = free.next_free().unwrap_or(NONE);
            *free = entry;
        } else {
            // `slot` is the length: compared after the push (whose growth is a call), the
            // length is at hand where `slot` would have to be saved across the call.
            let pushed = self.slots.len();
            self.slots.push(entry);
            if pushed == self.populate_at {
                self.populate_ahead();
            }
        }
        self.live += 1;
    }

    /// Asks the kernel to map the pages of the [`POPULATE_SLOTS`] slots from the one just
    /// pushed, `populate_at` (as far as the capacity goes), now, in one system call, rather
    /// than one page fault each as they are first written ([`slab::populate`]).
    #[cold]
    #[inline(never)]
    fn populate_ahead(&mut self) {
        let slot = self.populate_at;
        self.populate_at += POPULATE_SLOTS;
        let count = POPULATE_SLOTS.min(self.slots.capacity() - slot);
        let start = self.slots.as_mut_ptr().wrapping_add(slot);
        slab::populate(start.cast(), count * size_of::<Slot>());
    }

    /// Takes the task out of `slot`, if it holds one; the slot becomes the first free one.
    pub(crate) fn remove(&mut self, slot: usize) -> Option<TaskRef> {
        let entry = self.slots.get_mut(slot)?;
        let task = entry.task()?;
        *entry = Slot::free(self.free);
        self.free = slot;
        self.live -= 1;
        // SAFETY: the slot owned this reference (`insert`), and no longer holds it.
        Some(unsafe { TaskRef::from_raw(task) })
    }

    /// Another reference to the task in `slot`, if any.
    pub(crate) fn get(&self, slot: usize) -> Option<TaskRef> {
        let task = self.slots.get(slot)?.task()?;
        // SAFETY: the slot owns a reference to the task, which keeps it alive.
        Some(unsafe { TaskRef::clone_raw(task) })
    }

    /// Calls `f` with each task held, and its slot.
    pub(crate) fn for_each(&self, mut f: impl FnMut(usize, &Core)) {
        for (slot, entry) in self.slots.iter().enumerate() {
            if let Some(task) = entry.task() {
                // SAFETY: the slot owns a reference to the task, which keeps it alive
                // while `self` is borrowed.
                f(slot, unsafe { task.as_ref() });
            }
        }
    }

    /// Takes out every task; the registry is left empty.
    pub(crate) fn take_all(&mut self) -> Vec<TaskRef> {
        let slots = core::mem::take(&mut self.slots);
        self.free = NONE;
        self.populate_at = POPULATE_SLOTS;
        if core::mem::take(&mut self.live) == 0 {
            // Every slot is free (the usual end): nothing to look for in them.
            return Vec::new();
        }
        slots
            .into_iter()
            .filter_map(|entry| entry.task())
            // SAFETY: each slot owned its reference, and is gone.
            .map(|task| unsafe { TaskRef::from_raw(task) })
            .collect()
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        drop(self.take_all());
    }
}

#[cfg(test)]
mod tests {
    use alloc::vec::Vec;

    use crate::sched::Scheduler;
    use crate::{Coroutine, CoroutineState};

    /// Completes at once with its number.
    struct Now(u32);

    impl Coroutine for Now {
        type Yield = ();
        type Return = u32;
        fn resume(&mut self, (): ()) -> CoroutineState<(), u32> {
            CoroutineState::Complete(self.0)
        }
    }

    #[test]
    #[cfg(all(target_os = "linux", not(miri)))]
    fn a_registry_past_its_first_64_kib_populates_the_next() {
        use super::{POPULATE_SLOTS, Slot};
        use crate::sched::slab;

        let sched = Scheduler::new();
        for i in 0..=POPULATE_SLOTS {
            drop(sched.spawn(Now(u32::try_from(i).unwrap())));
        }
        {
            let registry = sched.local.registry.borrow();
            let slots = &registry.slots;
            assert_eq!(slots.len(), POPULATE_SLOTS + 1);
            let ahead = POPULATE_SLOTS.min(slots.capacity() - POPULATE_SLOTS);
            assert!(ahead > 1);
            if slab::populate_supported() {
                let next = slots.as_ptr().wrapping_add(POPULATE_SLOTS).cast_mut();
                assert!(
                    slab::resident(next.cast(), ahead * size_of::<Slot>()),
                    "the slots after the first written one are mapped before they are written"
                );
            }
        }
        sched.run().expect("no deadlock");
    }

    #[test]
    fn free_slots_are_reused_most_recently_freed_first() {
        let sched = Scheduler::new();
        let handles: Vec<_> = (0..4).map(|i| sched.spawn(Now(i))).collect();
        let registry = &sched.local.registry;
        {
            let registry = registry.borrow();
            assert_eq!(registry.live(), 4);
            assert_eq!(registry.next_slot(), 4);
            let task = registry.get(2).expect("slot 2 holds the third task");
            assert_eq!(task.core().id, handles[2].id());
        }
        // They finish in spawn order, freeing slots 0, 1, 2, 3.
        sched.run().expect("no deadlock");
        {
            let registry = registry.borrow();
            assert_eq!(registry.live(), 0);
            assert!(registry.get(3).is_none());
            assert_eq!(registry.next_slot(), 3);
        }
        let a = sched.spawn(Now(10));
        let b = sched.spawn(Now(11));
        {
            let registry = registry.borrow();
            assert_eq!(registry.get(3).map(|t| t.core().id), Some(a.id()));
            assert_eq!(registry.get(2).map(|t| t.core().id), Some(b.id()));
            assert_eq!(registry.next_slot(), 1);
            let mut seen = Vec::new();
            registry.for_each(|slot, core| seen.push((slot, core.id)));
            assert_eq!(seen, [(2, b.id()), (3, a.id())]);
        }
        sched.run().expect("no deadlock");
        assert_eq!(b.try_join(), Some(Ok(11)));
        assert_eq!(handles[3].try_join(), Some(Ok(3)));
    }
}
