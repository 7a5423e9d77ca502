//! Where tasks live: blocks carved from chunks that the scheduler allocates 16 KiB at a time,
//! one size class per 16 bytes up to [`MAX_BLOCK`]; larger (or over-aligned) tasks get an
//! allocation of their own.
//!
//! A freed block goes back to its class's free list and serves the next spawn of that size,
//! so a scheduler that spawns as many tasks as finish allocates nothing after warming up.
//! Chunks are returned to the global allocator only when the scheduler's [`Shared`] part
//! goes, that is once the scheduler and every task (and every waker of one) are gone: a
//! scheduler keeps the memory of its largest number of live tasks.
//!
//! The free lists and the chunk being carved belong to the scheduler's thread: blocks are
//! taken there (spawning), and given back there when the last local reference of a task goes
//! while the scheduler lives (`TaskRef`s never leave that thread). A block freed anywhere
//! else — by the last waker of a task, possibly on another thread, or after the scheduler was
//! dropped — goes to a locked list that the scheduler's thread empties into the free lists
//! when one of them runs dry.
//!
//! [`Shared`]: super::Shared

use alloc::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// Block sizes are multiples of this, and blocks are aligned to it.
const GRANULE: usize = 16;
/// The largest block carved from chunks.
pub(crate) const MAX_BLOCK: usize = 1024;
const CLASSES: usize = MAX_BLOCK / GRANULE;
/// The size of a chunk.
const CHUNK: usize = 16 * 1024;

/// A free block: the next free block of its class.
struct Free {
    next: *mut Free,
}

/// A block's address, sendable (it is plain memory of the slab, owned by whoever holds it).
struct Block(NonNull<u8>);

// SAFETY: a `Block` is an address in a chunk that no one uses any more; moving it between
// threads moves nothing else.
unsafe impl Send for Block {}

/// The part only the scheduler's thread touches.
struct Owned {
    /// Free blocks, one intrusive list per class.
    free: [Cell<*mut Free>; CLASSES],
    /// The unused rest of the chunk being carved: next block, end.
    carve: Cell<(*mut u8, *mut u8)>,
    /// Set while the scheduler lives: blocks freed on its thread go to `free`.
    alive: Cell<bool>,
}

/// The task memory of one scheduler.
pub(crate) struct Slab {
    owned: Owned,
    /// Blocks freed elsewhere than on the scheduler's thread while it lives, with their class.
    returned: Mutex<Vec<(usize, Block)>>,
    /// Whether `returned` may hold blocks (read without the lock).
    has_returned: AtomicBool,
    /// Every chunk, freed when the slab goes.
    chunks: Mutex<Vec<Block>>,
}

// SAFETY: `owned` is touched only on the scheduler's thread (see the module docs and each
// method's contract); the rest is behind locks and atomics, and raw memory.
unsafe impl Sync for Slab {}
// SAFETY: as above; dropping a slab (on any thread, once nothing else refers to it) only
// frees raw memory.
unsafe impl Send for Slab {}

/// The class of a layout that the slab serves, if any.
pub(crate) fn class_of(layout: Layout) -> Option<usize> {
    if layout.align() > GRANULE || layout.size() > MAX_BLOCK || layout.size() == 0 {
        return None;
    }
    Some(layout.size().div_ceil(GRANULE) - 1)
}

fn chunk_layout() -> Layout {
    // A constant, valid layout: 16 KiB aligned to 16.
    Layout::from_size_align(CHUNK, GRANULE).unwrap_or_else(|_| unreachable!())
}

impl Slab {
    pub(crate) fn new() -> Slab {
        Slab {
            owned: Owned {
                free: [const { Cell::new(ptr::null_mut()) }; CLASSES],
                carve: Cell::new((ptr::null_mut(), ptr::null_mut())),
                alive: Cell::new(true),
            },
            returned: Mutex::new(Vec::new()),
            has_returned: AtomicBool::new(false),
            chunks: Mutex::new(Vec::new()),
        }
    }

    /// A block of `layout`: from the slab when `class_of(layout)` is some, else from the
    /// global allocator.
    ///
    /// # Safety
    ///
    /// On the scheduler's thread, while it lives.
    #[inline]
    pub(crate) unsafe fn allocate(&self, layout: Layout) -> NonNull<u8> {
        let Some(class) = class_of(layout) else {
            // SAFETY: `class_of` refuses zero-sized layouts.
            let block = unsafe { alloc(layout) };
            return NonNull::new(block).unwrap_or_else(|| handle_alloc_error(layout));
        };
        let owned = &self.owned;
        let head = owned.free[class].get();
        if let Some(block) = NonNull::new(head) {
            // SAFETY: a free block holds the link written when it was freed.
            owned.free[class].set(unsafe { (*head).next });
            return block.cast();
        }
        let size = (class + 1) * GRANULE;
        let (next, end) = owned.carve.get();
        if end.addr() - next.addr() >= size && !self.has_returned.load(Ordering::Relaxed) {
            owned.carve.set((next.wrapping_add(size), end));
            // SAFETY: `next` is in a live chunk (not null).
            return unsafe { NonNull::new_unchecked(next) };
        }
        self.allocate_slow(class)
    }

    #[cold]
    #[inline(never)]
    fn allocate_slow(&self, class: usize) -> NonNull<u8> {
        if self.has_returned.load(Ordering::Relaxed)
            && self.has_returned.swap(false, Ordering::Acquire)
        {
            let returned =
                core::mem::take(&mut *self.returned.lock().unwrap_or_else(PoisonError::into_inner));
            for (class, block) in returned {
                self.push_free(class, block.0);
            }
            let head = self.owned.free[class].get();
            if let Some(block) = NonNull::new(head) {
                // SAFETY: a free block holds the link written when it was freed.
                self.owned.free[class].set(unsafe { (*head).next });
                return block.cast();
            }
        }
        let size = (class + 1) * GRANULE;
        let (mut next, mut end) = self.owned.carve.get();
        if end.addr() - next.addr() < size {
            let layout = chunk_layout();
            // SAFETY: the layout is not zero-sized.
            let chunk = unsafe { alloc(layout) };
            let Some(chunk) = NonNull::new(chunk) else {
                handle_alloc_error(layout)
            };
            self.chunks
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(Block(chunk));
            // The rest of the previous chunk, too small for this class, stays unused.
            next = chunk.as_ptr();
            end = next.wrapping_add(CHUNK);
        }
        self.owned.carve.set((next.wrapping_add(size), end));
        // SAFETY: `next` is in a live chunk (not null).
        unsafe { NonNull::new_unchecked(next) }
    }

    fn push_free(&self, class: usize, block: NonNull<u8>) {
        let free = block.cast::<Free>().as_ptr();
        // SAFETY: the block is unused memory of at least 16 bytes, aligned to 16.
        unsafe {
            free.write(Free {
                next: self.owned.free[class].get(),
            });
        }
        self.owned.free[class].set(free);
    }

    /// Gives back a block of `layout`, on the scheduler's thread (`owner`) or anywhere else.
    ///
    /// # Safety
    ///
    /// `block` came from [`allocate`](Slab::allocate) with `layout` and is no longer used.
    /// `owner` is true only on the scheduler's thread.
    #[inline]
    pub(crate) unsafe fn free(&self, block: NonNull<u8>, layout: Layout, owner: bool) {
        let Some(class) = class_of(layout) else {
            // SAFETY: per the contract, the block came from `alloc` with this layout.
            unsafe { dealloc(block.as_ptr(), layout) };
            return;
        };
        if owner && self.owned.alive.get() {
            self.push_free(class, block);
            return;
        }
        self.returned
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((class, Block(block)));
        self.has_returned.store(true, Ordering::Release);
    }

    /// The scheduler is going: blocks freed from now on wait in the locked list.
    ///
    /// # Safety
    ///
    /// On the scheduler's thread.
    pub(crate) unsafe fn close(&self) {
        self.owned.alive.set(false);
    }
}

impl Drop for Slab {
    fn drop(&mut self) {
        let chunks = core::mem::take(
            self.chunks
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner),
        );
        for chunk in chunks {
            // SAFETY: every chunk came from `alloc` with this layout; nothing uses the slab
            // any more (it is being dropped, with the last task).
            unsafe { dealloc(chunk.0.as_ptr(), chunk_layout()) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let l = |size, align| Layout::from_size_align(size, align).unwrap();
        assert_eq!(class_of(l(1, 1)), Some(0));
        assert_eq!(class_of(l(16, 8)), Some(0));
        assert_eq!(class_of(l(17, 8)), Some(1));
        assert_eq!(class_of(l(MAX_BLOCK, 16)), Some(CLASSES - 1));
        assert_eq!(class_of(l(MAX_BLOCK + 1, 8)), None);
        assert_eq!(class_of(l(64, 32)), None);
    }

    #[test]
    fn freed_blocks_are_reused_on_the_owner_thread_only() {
        let slab = Slab::new();
        let layout = Layout::from_size_align(100, 8).unwrap();
        // SAFETY: on this (the owner) thread; blocks are freed once, with their layout.
        unsafe {
            let a = slab.allocate(layout);
            let b = slab.allocate(layout);
            assert_eq!(b.as_ptr() as usize - a.as_ptr() as usize, 112);
            slab.free(a, layout, true);
            assert_eq!(slab.allocate(layout), a);
            // Freed "elsewhere": reused once the free list runs dry.
            slab.free(b, layout, false);
            let c = slab.allocate(layout);
            assert_eq!(c, b);
            let big = Layout::from_size_align(4096, 8).unwrap();
            let d = slab.allocate(big);
            slab.free(d, big, true);
            slab.free(a, layout, true);
            slab.free(c, layout, true);
        }
    }
}
