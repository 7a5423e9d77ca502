//! Where tasks live: blocks carved from chunks that the scheduler allocates 64 KiB at a time,
//! one size class per 8 bytes up to [`MAX_BLOCK`], each chunk carved into blocks of one
//! class; larger (or over-aligned) tasks get an allocation of their own. Blocks are aligned
//! to 8 bytes, and to 16 in the classes whose size is a multiple of 16 (where a layout
//! aligned to 16 goes).
//!
//! The slab knows every block it gave out ([`blocks_in_use`](Slab::blocks_in_use)): a free
//! block's first word is its free list's link, tagged in its low bit, and every other
//! carved block is in use. The scheduler finds its tasks there, to cancel them and to report
//! a deadlock, rather than keeping a list of them: a task's first word is its vtable's
//! address, never tagged.
//!
//! On Linux (5.14 and later), every chunk of a class after its first is populated as it is
//! allocated (`MADV_POPULATE_WRITE`): its pages are mapped in one system call instead of one
//! page fault each when carving first writes to them. A scheduler that needs a second chunk
//! of a class has had from 64 tasks (of 1 KiB) to a thousand (of the smallest size) of it
//! at once, and at most the unused rest of its last chunk is mapped early; the first chunk
//! of each class is left to fault page by page, so that a scheduler with few tasks holds
//! only the pages they use.
//!
//! While the scheduler lives, a freed block goes back to its class's free list and serves
//! the next spawn of that size, so a scheduler that spawns as many tasks as finish allocates
//! nothing after warming up — and keeps the memory of its largest number of live tasks.
//! When the scheduler is dropped ([`Slab::close`]), each chunk counts the blocks still in
//! use (tasks referred to by a join handle, a waker or a channel), and goes back to the
//! global allocator as soon as its last one is freed; the rest go at once. The free of the
//! very last block says so, and the task that held it then releases the count of the
//! scheduler's shared part (which holds the slab) that those blocks held together.
//!
//! The free lists and the chunk being carved belong to the scheduler's thread: blocks are
//! taken there (spawning), and given back there when the last local reference of a task goes
//! while the scheduler lives (`TaskRef`s never leave that thread). A block freed anywhere
//! else — by the last waker of a task, possibly on another thread — goes to a locked list
//! that the scheduler's thread empties into the free lists when one of them runs dry.

use alloc::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

mod populate;
#[cfg(test)]
mod tests;

use populate::populate;

/// Block sizes are multiples of this, and blocks are aligned to it.
const GRANULE: usize = 8;
/// The largest alignment the slab serves: that of blocks whose size is a multiple of it.
const MAX_ALIGN: usize = 16;
/// The largest block carved from chunks.
pub(crate) const MAX_BLOCK: usize = 1024;
const CLASSES: usize = MAX_BLOCK / GRANULE;
/// The size of a chunk.
const CHUNK: usize = 64 * 1024;

/// A free block: the next free block of its class, tagged with [`FREE`] (so that a walk of
/// the chunks tells it from a block in use).
struct Free {
    next: *mut Free,
}

/// The tag of a free block's link.
const FREE: usize = 1;

/// A block's address, sendable (it is plain memory of the slab, owned by whoever holds it).
#[derive(Clone, Copy)]
struct Block(NonNull<u8>);

// SAFETY: a `Block` is an address in a chunk that no one uses any more; moving it between
// threads moves nothing else.
unsafe impl Send for Block {}

/// The part only the scheduler's thread touches.
struct Owned {
    /// Free blocks, one intrusive list per class.
    free: [Cell<*mut Free>; CLASSES],
    /// For each class, the unused rest of the chunk being carved: next block, end.
    carve: [Cell<(*mut u8, *mut u8)>; CLASSES],
    /// For each class, the index of the chunk being carved in `Shared::chunks` (`NONE`:
    /// none yet).
    current: [Cell<usize>; CLASSES],
    /// Blocks allocated and not back in the free lists (those in the returned list count).
    in_use: Cell<usize>,
    /// Set while the scheduler lives: blocks freed on its thread go to `free`.
    alive: Cell<bool>,
}

/// No chunk.
const NONE: usize = usize::MAX;

/// One chunk of the slab.
struct Chunk {
    start: Block,
    /// The class of its blocks.
    class: usize,
    /// Blocks carved from it, once another chunk replaced it (or the scheduler went).
    carved: usize,
    /// Once the scheduler is gone: blocks of it still in use.
    live: usize,
}

/// What any thread may reach, behind the lock.
struct Shared {
    /// Blocks freed elsewhere than on the scheduler's thread while it lives, with their class.
    returned: Vec<(usize, Block)>,
    /// Every chunk not yet given back; sorted by address once the scheduler is gone.
    chunks: Vec<Chunk>,
    /// Set when the scheduler is gone.
    closed: bool,
}

/// The task memory of one scheduler.
pub(crate) struct Slab {
    owned: Owned,
    shared: Mutex<Shared>,
    /// Whether `returned` may hold blocks (read without the lock).
    has_returned: AtomicBool,
}

// SAFETY: `owned` is touched only on the scheduler's thread (see the module docs and each
// method's contract); the rest is behind a lock and atomics, and raw memory.
unsafe impl Sync for Slab {}
// SAFETY: as above; dropping a slab (on any thread, once nothing else refers to it) only
// frees raw memory.
unsafe impl Send for Slab {}

/// The class of a layout that the slab serves, if any.
pub(crate) const fn class_of(layout: Layout) -> Option<usize> {
    if layout.align() > MAX_ALIGN || layout.size() > MAX_BLOCK || layout.size() == 0 {
        return None;
    }
    // Padded to its alignment, a layout aligned to 16 has a size that is a multiple of 16:
    // a class aligned to 16.
    Some(layout.pad_to_align().size().div_ceil(GRANULE) - 1)
}

/// The size of the blocks of `class`.
fn block_size(class: usize) -> usize {
    (class + 1) * GRANULE
}

fn chunk_layout() -> Layout {
    // A constant, valid layout: 64 KiB aligned to 16.
    Layout::from_size_align(CHUNK, MAX_ALIGN).unwrap_or_else(|_| unreachable!())
}

impl Slab {
    pub(crate) fn new() -> Slab {
        Slab {
            owned: Owned {
                free: [const { Cell::new(ptr::null_mut()) }; CLASSES],
                carve: [const { Cell::new((ptr::null_mut(), ptr::null_mut())) }; CLASSES],
                current: [const { Cell::new(NONE) }; CLASSES],
                in_use: Cell::new(0),
                alive: Cell::new(true),
            },
            shared: Mutex::new(Shared {
                returned: Vec::new(),
                chunks: Vec::new(),
                closed: false,
            }),
            has_returned: AtomicBool::new(false),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
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
        owned.in_use.set(owned.in_use.get() + 1);
        if let Some(block) = self.pop_free(class) {
            return block;
        }
        let size = block_size(class);
        let (next, end) = owned.carve[class].get();
        if end.addr().saturating_sub(next.addr()) >= size
            && !self.has_returned.load(Ordering::Relaxed)
        {
            owned.carve[class].set((next.wrapping_add(size), end));
            // SAFETY: `next` is in a live chunk (not null).
            return unsafe { NonNull::new_unchecked(next) };
        }
        self.allocate_slow(class)
    }

    #[cold]
    #[inline(never)]
    fn allocate_slow(&self, class: usize) -> NonNull<u8> {
        self.take_returned();
        if let Some(block) = self.pop_free(class) {
            return block;
        }
        let size = block_size(class);
        let owned = &self.owned;
        let (mut next, mut end) = owned.carve[class].get();
        if end.addr().saturating_sub(next.addr()) < size {
            let layout = chunk_layout();
            // SAFETY: the layout is not zero-sized.
            let chunk = unsafe { alloc(layout) };
            let Some(chunk) = NonNull::new(chunk) else {
                handle_alloc_error(layout)
            };
            if owned.current[class].get() != NONE {
                // Not the first chunk of its class: populated, before the lock, which a
                // free on another thread may be waiting for.
                populate(chunk.as_ptr(), CHUNK);
            }
            let mut shared = self.lock();
            let current = owned.current[class].replace(shared.chunks.len());
            if let Some(full) = shared.chunks.get_mut(current) {
                full.carved = self.carved(class, full.start);
            }
            shared.chunks.push(Chunk {
                start: Block(chunk),
                class,
                carved: 0,
                live: 0,
            });
            drop(shared);
            // The rest of the previous chunk, too small for a block, stays unused.
            next = chunk.as_ptr();
            end = next.wrapping_add(CHUNK);
        }
        owned.carve[class].set((next.wrapping_add(size), end));
        // SAFETY: `next` is in a live chunk (not null).
        unsafe { NonNull::new_unchecked(next) }
    }

    /// Moves the blocks freed on other threads into the free lists, if there are any.
    fn take_returned(&self) {
        if self.has_returned.load(Ordering::Relaxed)
            && self.has_returned.swap(false, Ordering::Acquire)
        {
            let returned = core::mem::take(&mut self.lock().returned);
            let owned = &self.owned;
            owned.in_use.set(owned.in_use.get() - returned.len());
            for (class, block) in returned {
                self.push_free(class, block.0);
            }
        }
    }

    /// How many blocks of `class` were carved from the chunk at `start`, the one being
    /// carved for that class.
    fn carved(&self, class: usize, start: Block) -> usize {
        let (next, _) = self.owned.carve[class].get();
        (next.addr() - start.0.addr().get()) / block_size(class)
    }

    /// Every block in use (carved and not free), in no particular order. Each was written
    /// by its user when allocated: its first word is not a tagged link.
    ///
    /// # Safety
    ///
    /// On the scheduler's thread, while it lives.
    pub(crate) unsafe fn blocks_in_use(&self) -> Vec<NonNull<u8>> {
        self.take_returned();
        let shared = self.lock();
        let mut blocks = Vec::with_capacity(self.owned.in_use.get());
        for (index, chunk) in shared.chunks.iter().enumerate() {
            let carved = if self.owned.current[chunk.class].get() == index {
                self.carved(chunk.class, chunk.start)
            } else {
                chunk.carved
            };
            let size = block_size(chunk.class);
            for i in 0..carved {
                let block = chunk.start.0.as_ptr().wrapping_add(i * size);
                #[expect(
                    clippy::cast_ptr_alignment,
                    reason = "blocks are aligned to 8 at least (`GRANULE`)"
                )]
                let word = block.cast::<*const ()>();
                // SAFETY: a carved block is initialized: a free one holds its link, one in
                // use was written by its user (and is not being written on this thread
                // now); blocks freed on another thread meanwhile keep the first word they
                // had in use, which only this thread rewrites. Read as a pointer, the word
                // keeps whatever provenance it has.
                let first = unsafe { word.read() };
                if first.addr() & FREE == 0 {
                    // SAFETY: in a live chunk, not null.
                    blocks.push(unsafe { NonNull::new_unchecked(block) });
                }
            }
        }
        blocks
    }

    /// The first free block of `class`, if any.
    #[inline]
    fn pop_free(&self, class: usize) -> Option<NonNull<u8>> {
        let list = &self.owned.free[class];
        let head = NonNull::new(list.get())?;
        // SAFETY: a free block holds the link written when it was freed.
        let next = unsafe { head.as_ref().next };
        list.set(next.map_addr(|addr| addr & !FREE));
        Some(head.cast())
    }

    fn push_free(&self, class: usize, block: NonNull<u8>) {
        let free = block.cast::<Free>().as_ptr();
        // SAFETY: the block is unused memory of at least 8 bytes, aligned to 8.
        unsafe {
            free.write(Free {
                next: self.owned.free[class].get().map_addr(|addr| addr | FREE),
            });
        }
        self.owned.free[class].set(free);
    }

    /// Gives back a block of `layout` without the lock, if that is possible: a block of its
    /// own allocation (anywhere), or one freed on the scheduler's thread (`owner`) while it
    /// lives. Returns false, having done nothing, otherwise: then the caller calls
    /// [`free_under_lock`](Slab::free_under_lock).
    ///
    /// # Safety
    ///
    /// `block` came from [`allocate`](Slab::allocate) with `layout` and is no longer used.
    /// `owner` is true only on the scheduler's thread.
    #[expect(
        clippy::inline_always,
        reason = "measured: called, its size class is computed at run time, 26 instructions more per task"
    )]
    #[inline(always)]
    pub(crate) unsafe fn free_here(&self, block: NonNull<u8>, layout: Layout, owner: bool) -> bool {
        let Some(class) = class_of(layout) else {
            // SAFETY: per the contract, the block came from `alloc` with this layout.
            unsafe { dealloc(block.as_ptr(), layout) };
            return true;
        };
        if owner && self.owned.alive.get() {
            self.owned.in_use.set(self.owned.in_use.get() - 1);
            self.push_free(class, block);
            return true;
        }
        false
    }

    /// Gives back a block of `layout` that [`free_here`](Slab::free_here) could not, through
    /// the lock. Returns true when the slab is closed and this was its last block in use.
    ///
    /// # Safety
    ///
    /// As for `free_here`, which returned false for this block.
    pub(crate) unsafe fn free_under_lock(&self, block: NonNull<u8>, layout: Layout) -> bool {
        let Some(class) = class_of(layout) else {
            unreachable!("a block of its own allocation is freed by `free_here`")
        };
        let mut shared = self.lock();
        if shared.closed {
            release_block(&mut shared.chunks, block) && shared.chunks.is_empty()
        } else {
            shared.returned.push((class, Block(block)));
            self.has_returned.store(true, Ordering::Release);
            false
        }
    }

    /// [`free_here`](Slab::free_here), else [`free_under_lock`](Slab::free_under_lock).
    ///
    /// # Safety
    ///
    /// As for `free_here`.
    #[cfg(test)]
    unsafe fn free(&self, block: NonNull<u8>, layout: Layout, owner: bool) -> bool {
        // SAFETY: per the contract.
        unsafe { !self.free_here(block, layout, owner) && self.free_under_lock(block, layout) }
    }

    /// The scheduler is going: every chunk counts its blocks still in use, those without
    /// any are given back, the others when their last block is freed. Returns whether any
    /// block is still in use: then the [`free_under_lock`](Slab::free_under_lock) of the
    /// last one will return true.
    ///
    /// # Safety
    ///
    /// On the scheduler's thread, once, when no more blocks will be allocated.
    pub(crate) unsafe fn close(&self) -> bool {
        let owned = &self.owned;
        owned.alive.set(false);
        let mut guard = self.lock();
        let shared = &mut *guard;
        if owned.in_use.get() == shared.returned.len() {
            // No block in use (the usual case: nothing refers to a task any more).
            for list in &owned.free {
                list.set(ptr::null_mut());
            }
            for chunk in core::mem::take(&mut shared.chunks) {
                chunk.give_back();
            }
            shared.returned = Vec::new();
            shared.closed = true;
            return false;
        }
        for class in 0..CLASSES {
            if let Some(chunk) = shared.chunks.get_mut(owned.current[class].get()) {
                chunk.carved = self.carved(class, chunk.start);
            }
        }
        shared.chunks.sort_by_key(|chunk| chunk.start.0);
        for chunk in &mut shared.chunks {
            chunk.live = chunk.carved;
        }
        for list in &owned.free {
            let mut free = list.replace(ptr::null_mut());
            while let Some(block) = NonNull::new(free) {
                // SAFETY: a free block holds the link written when it was freed.
                free = unsafe { (*free).next }.map_addr(|addr| addr & !FREE);
                release_block(&mut shared.chunks, block.cast());
            }
        }
        for (_, block) in core::mem::take(&mut shared.returned) {
            release_block(&mut shared.chunks, block.0);
        }
        let in_use = !shared.chunks.is_empty();
        shared.closed = true;
        // (Chunks left without a block in use went in `release_block`.)
        shared.chunks.shrink_to_fit();
        shared.returned = Vec::new();
        in_use
    }
}

/// Counts `block` out of its chunk (chunks sorted by address, the scheduler gone); gives
/// the chunk back when that was its last block in use, and then returns true.
fn release_block(chunks: &mut Vec<Chunk>, block: NonNull<u8>) -> bool {
    let index = chunks
        .partition_point(|chunk| chunk.start.0 <= block)
        .wrapping_sub(1);
    let Some(chunk) = chunks.get_mut(index) else {
        return false;
    };
    debug_assert!(block.addr().get() < chunk.start.0.addr().get() + CHUNK);
    debug_assert!(chunk.live > 0, "a block freed twice");
    // (Were the count ever wrong, the chunk would be kept, never freed twice.)
    chunk.live = chunk.live.saturating_sub(1);
    if chunk.live == 0 {
        chunks.remove(index).give_back();
        return true;
    }
    false
}

impl Chunk {
    /// Returns the chunk to the global allocator. Only when none of its blocks is in use: the
    /// scheduler is gone and its last block was freed, or the slab itself goes.
    fn give_back(self) {
        // SAFETY: every chunk came from `alloc` with this layout, and is given back once
        // (this consumes it); per this function's contract no block of it is used.
        unsafe { dealloc(self.start.0.as_ptr(), chunk_layout()) };
    }
}

impl Drop for Slab {
    fn drop(&mut self) {
        let shared = self
            .shared
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        // Nothing uses the slab any more: it is being dropped, with the last task.
        for chunk in shared.chunks.drain(..) {
            chunk.give_back();
        }
    }
}
