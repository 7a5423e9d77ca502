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

/// Asks the kernel to map the pages that hold `len` bytes from `start` (an allocation of
/// the caller's) now, in one system call, rather than in one page fault each as they are
/// first written: on the machine of BENCHMARKS.md a page fault costs about 2.2 µs and a
/// populated page 1.4. A hint only: where it fails, the pages fault as before. Before
/// Linux 5.14 the kernel does not know the request (its first call fails with `EINVAL`),
/// and the process stops asking.
#[cfg(all(target_os = "linux", not(miri)))]
pub(crate) fn populate(start: *mut u8, len: usize) {
    use core::sync::atomic::AtomicU8;

    /// Whether the kernel populates on request: not yet known, yes, or no.
    static SUPPORT: AtomicU8 = AtomicU8::new(UNKNOWN);
    const UNKNOWN: u8 = 0;
    const YES: u8 = 1;
    const NO: u8 = 2;

    #[cfg(test)]
    POPULATED.with(|calls| calls.set(calls.get() + 1));
    let support = SUPPORT.load(Ordering::Relaxed);
    if support == NO || len == 0 {
        return;
    }
    let Some((first, end)) = pages_of(start, len) else {
        return;
    };
    // SAFETY: `madvise` touches no memory of ours, and a range it cannot populate only
    // makes it fail (ENOMEM where nothing is mapped, EINVAL where the mapping does not
    // allow it), which the hint ignores. Populating a range changes no byte in it. This
    // one is harmless besides: each of its pages holds at least one byte of the caller's
    // allocation (`len` > 0), so all are mapped and writable (protection is per page),
    // and an allocator does not discard a page that holds live bytes. Its neighbours that
    // share the first and last pages only see those pages mapped a little earlier.
    let result = unsafe {
        libc::madvise(
            start.with_addr(first).cast(),
            end - first,
            libc::MADV_POPULATE_WRITE,
        )
    };
    if support == UNKNOWN {
        let unknown_advice =
            result != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINVAL);
        SUPPORT.store(if unknown_advice { NO } else { YES }, Ordering::Relaxed);
    }
}

#[cfg(any(not(target_os = "linux"), miri))]
pub(crate) fn populate(_: *mut u8, _: usize) {
    #[cfg(test)]
    POPULATED.with(|calls| calls.set(calls.get() + 1));
}

#[cfg(test)]
std::thread_local! {
    /// How many times this thread called [`populate`].
    pub(crate) static POPULATED: Cell<usize> = const { Cell::new(0) };
}

/// The page-aligned range of addresses that covers `len` bytes from `start`, if the
/// system tells its page size.
#[cfg(all(target_os = "linux", not(miri)))]
fn pages_of(start: *mut u8, len: usize) -> Option<(usize, usize)> {
    let page = page_size();
    page.is_power_of_two().then(|| {
        (
            start.addr() & !(page - 1),
            (start.addr() + len).next_multiple_of(page),
        )
    })
}

/// The size of a page; 0 if the system does not say.
#[cfg(all(target_os = "linux", not(miri)))]
fn page_size() -> usize {
    // SAFETY: `sysconf` only reads.
    usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(0)
}

/// Whether every page that holds `len` bytes from `start` (mapped memory) is resident.
#[cfg(all(test, target_os = "linux", not(miri)))]
pub(crate) fn resident(start: *mut u8, len: usize) -> bool {
    let (first, end) = pages_of(start, len).unwrap();
    let mut pages = alloc::vec![0_u8; (end - first) / page_size()];
    // SAFETY: the range is mapped (it holds a live allocation), and `pages` has one byte per
    // page of it.
    let result = unsafe {
        libc::mincore(
            start.with_addr(first).cast(),
            end - first,
            pages.as_mut_ptr(),
        )
    };
    assert_eq!(result, 0, "mincore: {}", std::io::Error::last_os_error());
    pages.iter().all(|page| page & 1 == 1)
}

/// Whether this kernel populates pages on request (Linux 5.14 and later); before, the hint
/// fails and pages fault as they are written, as they did without it.
#[cfg(all(test, target_os = "linux", not(miri)))]
pub(crate) fn populate_supported() -> bool {
    let page = page_size();
    let mut probe = alloc::vec![0_u8; 2 * page];
    let start = probe.as_mut_ptr().map_addr(|a| a.next_multiple_of(page));
    // SAFETY: one page inside `probe`, mapped and writable.
    unsafe { libc::madvise(start.cast(), page, libc::MADV_POPULATE_WRITE) == 0 }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let l = |size, align| Layout::from_size_align(size, align).unwrap();
        assert_eq!(class_of(l(1, 1)), Some(0));
        assert_eq!(class_of(l(8, 8)), Some(0));
        assert_eq!(class_of(l(9, 8)), Some(1));
        assert_eq!(class_of(l(16, 16)), Some(1));
        // A size that is not a multiple of the alignment goes up to one that is.
        assert_eq!(class_of(l(24, 16)), Some(3));
        assert_eq!(class_of(l(72, 8)), Some(8));
        assert_eq!(block_size(8), 72);
        assert_eq!(class_of(l(MAX_BLOCK, 16)), Some(CLASSES - 1));
        assert_eq!(class_of(l(MAX_BLOCK + 1, 8)), None);
        assert_eq!(class_of(l(64, 32)), None);
    }

    fn chunks(slab: &Slab) -> usize {
        slab.lock().chunks.len()
    }

    #[test]
    fn freed_blocks_are_reused_on_the_owner_thread_only() {
        let slab = Slab::new();
        let layout = Layout::from_size_align(100, 8).unwrap();
        // SAFETY: on this (the owner) thread; blocks are freed once, with their layout.
        unsafe {
            let a = slab.allocate(layout);
            let b = slab.allocate(layout);
            assert_eq!(b.as_ptr() as usize - a.as_ptr() as usize, 104);
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
            slab.close();
        }
        assert_eq!(
            chunks(&slab),
            0,
            "a closed slab with no block in use keeps no chunk"
        );
    }

    #[test]
    fn classes_of_multiples_of_16_are_aligned_to_16() {
        let slab = Slab::new();
        let odd = Layout::from_size_align(24, 8).unwrap();
        let aligned = Layout::from_size_align(32, 16).unwrap();
        // SAFETY: on this (the owner) thread; blocks are freed once, with their layout.
        unsafe {
            let a = slab.allocate(odd);
            let b = slab.allocate(aligned);
            let c = slab.allocate(odd);
            let d = slab.allocate(aligned);
            assert_eq!(a.as_ptr() as usize % 16, 0, "a chunk starts aligned");
            assert_eq!(b.as_ptr() as usize % 16, 0, "a chunk starts aligned");
            // Each class is carved from a chunk of its own.
            assert_eq!(c.as_ptr() as usize - a.as_ptr() as usize, 24);
            assert_eq!(d.as_ptr() as usize - b.as_ptr() as usize, 32);
            assert_eq!(chunks(&slab), 2);
            // 24 bytes aligned to 16 (a valid `Layout`): a 32-byte block, aligned.
            let short = Layout::from_size_align(24, 16).unwrap();
            let padded = slab.allocate(short);
            assert_eq!(padded.as_ptr() as usize - d.as_ptr() as usize, 32);
            slab.free(padded, short, true);
            for (block, layout) in [(a, odd), (b, aligned), (c, odd), (d, aligned)] {
                slab.free(block, layout, true);
            }
            slab.close();
        }
        assert_eq!(chunks(&slab), 0);
    }

    /// The blocks in use are the carved ones not freed, wherever they were freed, in every
    /// class and chunk.
    #[test]
    fn blocks_in_use_are_those_carved_and_not_freed() {
        let slab = Slab::new();
        let small = Layout::from_size_align(56, 8).unwrap();
        let big = Layout::from_size_align(1000, 8).unwrap();
        let per_chunk = CHUNK / 1000;
        // SAFETY: on this (the owner) thread; each block is written as its user would (a
        // first word that is not a tagged link), and freed once, with its layout.
        unsafe {
            let mut blocks: Vec<_> = (0..100)
                .map(|_| (slab.allocate(small), small))
                .chain((0..per_chunk + 5).map(|_| (slab.allocate(big), big)))
                .collect();
            for &(block, _) in &blocks {
                block.cast::<usize>().write(8);
            }
            assert_eq!(chunks(&slab), 3);
            let mut kept = Vec::new();
            for (i, (block, layout)) in blocks.drain(..).enumerate() {
                match i % 3 {
                    0 => kept.push((block, layout)),
                    1 => assert!(slab.free_here(block, layout, true)),
                    _ => assert!(!slab.free(block, layout, false)),
                }
            }
            let mut in_use = slab.blocks_in_use();
            in_use.sort();
            let mut expected: Vec<_> = kept.iter().map(|&(block, _)| block).collect();
            expected.sort();
            assert_eq!(in_use, expected);
            // A freed block serves again, and is in use again.
            let again = slab.allocate(small);
            again.cast::<usize>().write(8);
            assert!(slab.blocks_in_use().contains(&again));
            slab.free(again, small, true);
            for (block, layout) in kept {
                slab.free(block, layout, true);
            }
            assert_eq!(slab.blocks_in_use(), Vec::new());
            slab.close();
        }
        assert_eq!(chunks(&slab), 0);
    }

    #[test]
    #[cfg(all(target_os = "linux", not(miri)))]
    fn populate_maps_every_page_that_its_range_touches() {
        let page = page_size();
        // SAFETY: a fresh private anonymous mapping of five pages, unmapped at the end; no
        // page of it is resident before it is written or populated.
        unsafe {
            let base = libc::mmap(
                ptr::null_mut(),
                5 * page,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            );
            assert_ne!(base, libc::MAP_FAILED);
            // Pages one at a time, even where transparent huge pages of a few pages are on.
            libc::madvise(base, 5 * page, libc::MADV_NOHUGEPAGE);
            let base = base.cast::<u8>();
            assert!(!resident(base, page), "a fresh mapping is not resident");
            if populate_supported() {
                // From inside the second page to inside the fourth.
                populate(base.add(page + 100), 2 * page);
                assert!(resident(base.add(page), 3 * page));
                assert!(!resident(base.add(4 * page), page));
            }
            assert_eq!(libc::munmap(base.cast(), 5 * page), 0);
        }
    }

    #[test]
    fn chunks_after_the_first_of_their_class_are_populated() {
        let slab = Slab::new();
        let layout = Layout::from_size_align(1000, 8).unwrap();
        let other = Layout::from_size_align(64, 8).unwrap();
        let per_chunk = CHUNK / 1000;
        let calls = || POPULATED.with(Cell::get);
        let before = calls();
        // SAFETY: on this (the owner) thread; blocks are freed once, with their layout.
        unsafe {
            let mut blocks: Vec<_> = (0..per_chunk).map(|_| slab.allocate(layout)).collect();
            assert_eq!(chunks(&slab), 1);
            assert_eq!(calls(), before, "the first chunk is left to fault");
            let small = slab.allocate(other);
            assert_eq!(chunks(&slab), 2);
            assert_eq!(calls(), before, "so is the first chunk of another class");
            slab.free(small, other, true);
            for further in 1..=2 {
                blocks.extend((0..per_chunk).map(|_| slab.allocate(layout)));
                assert_eq!(chunks(&slab), 2 + further);
                assert_eq!(calls(), before + further, "one call per further chunk");
            }
            for block in blocks {
                slab.free(block, layout, true);
            }
            slab.close();
        }
    }

    #[test]
    fn after_close_a_chunk_goes_with_its_last_block() {
        let slab = Slab::new();
        let layout = Layout::from_size_align(1000, 8).unwrap();
        let per_chunk = CHUNK / 1000;
        // SAFETY: on this (the owner) thread; blocks are freed once, with their layout.
        unsafe {
            let blocks: Vec<_> = (0..2 * per_chunk + 8)
                .map(|_| slab.allocate(layout))
                .collect();
            assert_eq!(chunks(&slab), 3);
            // Free all but the 3rd (first chunk) and one of the second chunk, some on the
            // owner thread, some elsewhere.
            let kept = per_chunk + 3;
            for (i, &block) in blocks.iter().enumerate() {
                if i != 2 && i != kept {
                    slab.free(block, layout, i % 2 == 0);
                }
            }
            slab.close();
            assert_eq!(chunks(&slab), 2, "the third chunk has no block in use");
            slab.free(blocks[kept], layout, true);
            assert_eq!(chunks(&slab), 1);
            slab.free(blocks[2], layout, false);
            assert_eq!(chunks(&slab), 0);
        }
    }
}
