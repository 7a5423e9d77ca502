//! Memory for the slots of the tasks the runtime places ([`join`](super::join)), and
//! [`Shared`], the counted reference to a value in one (what an `Arc` is, with its memory
//! from here).
//!
//! A thread that places tasks carves their slots from blocks of [`PER_BLOCK`] slots of one
//! size class (a multiple of [`CLASS`] bytes, up to [`CLASSES`] of them): a slot costs the
//! bump of an index. A value larger than that, or aligned to more than [`CLASS`], gets a
//! block of its own. A block counts the slots not yet freed, plus one while a thread carves
//! it: the free of a slot (on whichever thread drops its last reference) and the carving
//! thread giving the block up (carved to its end, or the thread exiting) each take their
//! part off, and whichever takes the count to zero gives the block back to the global
//! allocator. So a slot's memory goes back only with the rest of its block: a long-lived
//! task keeps the memory of up to `PER_BLOCK - 1` ended neighbours (31 slots of 16 to
//! 1,024 bytes), and a thread that placed tasks keeps a block per class it used, partly
//! carved, until it exits.
//!
//! Why not the global allocator per slot: tasks are placed in bursts (a skynet queues its
//! leaves before the first one runs), and glibc's `malloc` and `free` of a slot then cost
//! some 300 instructions, where a carve is a bump and a free an atomic decrement. (A free
//! list per thread would not serve such bursts: no slot is freed before the burst's last
//! is taken.) The count's protocol has a loom model (`tests/loom_slots.rs`); the unit tests
//! run under Miri (`cargo +nightly miri test -p coro-core --lib rt::slots`).

use alloc::alloc::{alloc, dealloc, handle_alloc_error};
use core::alloc::Layout;
use core::cell::Cell;
use core::marker::PhantomData;
use core::ops::Deref;
use core::ptr::{self, NonNull};
use core::sync::atomic::Ordering;

use crate::primitive::{AtomicUsize, fence};

/// Slot sizes are multiples of this, and carved blocks are aligned to it (the alignment
/// of glibc's `malloc`, and its granularity).
pub(crate) const CLASS: usize = 16;
/// The number of size classes: slots of up to `CLASSES * CLASS` bytes are carved.
pub(crate) const CLASSES: usize = 64;
/// The slots of a carved block.
pub(crate) const PER_BLOCK: usize = 32;

/// The head of a block, at its start; its slots follow, from [`HEAD`] on.
pub(crate) struct Block {
    /// The slots not yet freed (those never carved included), plus one while a thread
    /// carves the block.
    live: AtomicUsize,
    /// The whole block's layout, to free it.
    layout: Layout,
}

/// Where a carved block's first slot begins: past the head, at a multiple of [`CLASS`].
const HEAD: usize = size_of::<Block>().next_multiple_of(CLASS);

/// A new block of `slots` slots of `stride` bytes from `offset` on, aligned to `align`
/// (at least that of `Block`, and `offset` a multiple of it), counting `live`.
fn new_block(
    offset: usize,
    stride: usize,
    slots: usize,
    align: usize,
    live: usize,
) -> NonNull<Block> {
    let layout = stride
        .checked_mul(slots)
        .and_then(|size| size.checked_add(offset))
        .and_then(|size| Layout::from_size_align(size, align).ok());
    let Some(layout) = layout else {
        panic!("a task of {stride} bytes is too large to place");
    };
    // SAFETY: the layout's size is at least `offset`, past a head of non-zero size.
    let memory = unsafe { alloc(layout) };
    let Some(memory) = NonNull::new(memory) else {
        handle_alloc_error(layout)
    };
    // The layout's alignment is at least that of `Block`.
    let block = memory.cast::<Block>();
    // SAFETY: fresh memory, large enough for the head and aligned for it.
    unsafe {
        block.as_ptr().write(Block {
            live: AtomicUsize::new(live),
            layout,
        });
    }
    block
}

/// Takes `n` off `block`'s count; frees the block if they were the rest (and returns
/// whether it did).
///
/// # Safety
///
/// `block` is a live block, and the caller holds `n` of its count, which it gives up: it
/// touches the block no more (nor its slots, for a slot's part).
#[inline]
pub(crate) unsafe fn release(block: NonNull<Block>, n: usize) -> bool {
    // SAFETY: per the contract, the block lives until its count is taken to zero, which
    // this call alone may do of the parts still held.
    let live = unsafe { &block.as_ref().live };
    if live.fetch_sub(n, Ordering::Release) != n {
        return false;
    }
    // What every other holder did with its slot (its value's drop) happens before the free.
    fence(Ordering::Acquire);
    // SAFETY: the whole count was taken off: no one refers to the block any more. Its head
    // is dropped (an atomic) and its memory freed with the layout it was allocated with.
    unsafe {
        let layout = block.as_ref().layout;
        ptr::drop_in_place(block.as_ptr());
        dealloc(block.as_ptr().cast::<u8>(), layout);
    }
    true
}

/// Memory for a value of `layout`, of its own block (counting one).
fn own_block(layout: Layout) -> (NonNull<u8>, NonNull<Block>) {
    let align = layout.align().max(CLASS);
    let offset = size_of::<Block>().next_multiple_of(align);
    let block = new_block(offset, layout.size(), 1, align, 1);
    // SAFETY: the block has `layout.size()` bytes from `offset` on.
    let slot = unsafe { block.cast::<u8>().add(offset) };
    (slot, block)
}

/// The block a thread carves for one class, and the index of its next slot.
type Carving = Cell<Option<(NonNull<Block>, usize)>>;

/// The blocks a thread carves, one per class (a plain value, for the loom model; each
/// thread has one in a thread-local otherwise).
pub(crate) struct Carver {
    /// Per class, the block being carved.
    carving: [Carving; CLASSES],
}

impl Carver {
    pub(crate) const fn new() -> Carver {
        Carver {
            carving: [const { Cell::new(None) }; CLASSES],
        }
    }

    /// A slot of class `class` (`0` for the smallest) and its block.
    #[inline]
    pub(crate) fn carve(&self, class: usize) -> (NonNull<u8>, NonNull<Block>) {
        let carving = &self.carving[class];
        let stride = (class + 1) * CLASS;
        let (block, index) = carving
            .get()
            .unwrap_or_else(|| (new_block(HEAD, stride, PER_BLOCK, CLASS, PER_BLOCK + 1), 0));
        // SAFETY: `index < PER_BLOCK`: the slot is within the block.
        let slot = unsafe { block.cast::<u8>().add(HEAD + index * stride) };
        if index + 1 == PER_BLOCK {
            carving.set(None);
            // SAFETY: the carver's part; the slot just carved keeps the block alive.
            unsafe { release(block, 1) };
        } else {
            carving.set(Some((block, index + 1)));
        }
        (slot, block)
    }

    /// Gives up the blocks being carved (their next carve starts a new one); returns how
    /// many of them were freed (their slots all freed already).
    pub(crate) fn give_up(&self) -> usize {
        let mut freed = 0;
        for carving in &self.carving {
            if let Some((block, next)) = carving.take() {
                // SAFETY: the carver's part and that of the slots it never carved.
                freed += usize::from(unsafe { release(block, PER_BLOCK - next + 1) });
            }
        }
        freed
    }
}

impl Drop for Carver {
    fn drop(&mut self) {
        self.give_up();
    }
}

#[cfg(not(loom))]
std::thread_local! {
    static CARVER: Carver = const { Carver::new() };
}

/// Memory for a value of `layout` (of non-zero size), and its block: carved by this
/// thread's carver if the value fits a class, else a block of its own.
#[inline]
fn allocate(layout: Layout) -> (NonNull<u8>, NonNull<Block>) {
    // (Loom's threads share the thread-local and outlive a model: its models give each
    // value a block of its own, and carve with a `Carver` of the model's.)
    #[cfg(not(loom))]
    {
        let class = layout.size().div_ceil(CLASS);
        if layout.align() <= CLASS
            && class <= CLASSES
            && let Ok(carved) = CARVER.try_with(|carver| carver.carve(class - 1))
        {
            return carved;
        }
    }
    own_block(layout)
}

/// A value in a slot, with the count of its references and its block.
pub(crate) struct Counted<S: ?Sized> {
    refs: AtomicUsize,
    block: NonNull<Block>,
    value: S,
}

/// A counted reference to a value in a slot: cloned and dropped as an `Arc` is; the last
/// drops the value and frees the slot.
pub(crate) struct Shared<S: ?Sized> {
    ptr: NonNull<Counted<S>>,
    /// Owns a `Counted<S>` (for the drop check).
    owns: PhantomData<Counted<S>>,
}

// SAFETY: as for `Arc`: a `Shared` lends `&S` to whichever thread holds it, and the value
// is dropped on the thread of the last; the count is atomic.
unsafe impl<S: ?Sized + Send + Sync> Send for Shared<S> {}
// SAFETY: as above.
unsafe impl<S: ?Sized + Send + Sync> Sync for Shared<S> {}

impl<S> Shared<S> {
    /// `value` in a new slot, counted once.
    pub(crate) fn new(value: S) -> Shared<S> {
        let (memory, block) = allocate(Layout::new::<Counted<S>>());
        let ptr = memory.cast::<Counted<S>>();
        // SAFETY: `allocate` gave unused memory of this layout.
        unsafe {
            ptr.as_ptr().write(Counted {
                refs: AtomicUsize::new(1),
                block,
                value,
            });
        }
        Shared {
            ptr,
            owns: PhantomData,
        }
    }
}

impl<S: ?Sized> Shared<S> {
    fn counted(&self) -> &Counted<S> {
        // SAFETY: the slot lives while a reference does.
        unsafe { self.ptr.as_ref() }
    }

    /// How many references there are (a snapshot, which the drops of the others before it
    /// happen before).
    pub(crate) fn count(this: &Self) -> usize {
        this.counted().refs.load(Ordering::Acquire)
    }

    /// The reference as a pointer, to be typed again by [`from_raw`](Self::from_raw).
    pub(crate) fn into_raw(this: Self) -> NonNull<Counted<S>> {
        let ptr = this.ptr;
        core::mem::forget(this);
        ptr
    }

    /// A reference given up by [`into_raw`](Self::into_raw).
    ///
    /// # Safety
    ///
    /// `ptr` came from `into_raw` of a `Shared<U>`, and is the same pointer (cast, or coerced
    /// from `U` to the unsized `S` of `U`), once.
    pub(crate) unsafe fn from_raw(ptr: NonNull<Counted<S>>) -> Shared<S> {
        Shared {
            ptr,
            owns: PhantomData,
        }
    }

    /// Whether `this` refers to the value at `value`.
    pub(crate) fn is<U: ?Sized>(this: &Self, value: &U) -> bool {
        ptr::addr_eq(&raw const this.counted().value, value)
    }
}

impl<S: ?Sized> Clone for Shared<S> {
    fn clone(&self) -> Self {
        let old = self.counted().refs.fetch_add(1, Ordering::Relaxed);
        if old > usize::MAX / 2 {
            // References leaked by the billion: stop before the count wraps.
            std::process::abort();
        }
        Shared {
            ptr: self.ptr,
            owns: PhantomData,
        }
    }
}

impl<S: ?Sized> Deref for Shared<S> {
    type Target = S;

    fn deref(&self) -> &S {
        &self.counted().value
    }
}

impl<S: ?Sized> Drop for Shared<S> {
    fn drop(&mut self) {
        let counted = self.counted();
        if counted.refs.fetch_sub(1, Ordering::Release) != 1 {
            return;
        }
        // What the other references did with the value happens before its drop.
        fence(Ordering::Acquire);
        let _part = SlotPart(counted.block);
        // SAFETY: this was the last reference: the value is dropped once, and no one reads
        // it after.
        unsafe { ptr::drop_in_place(self.ptr.as_ptr()) };
    }
}

/// A freed slot's part of its block's count, given back when dropped: after the slot's
/// value is dropped, and also if that drop panics.
struct SlotPart(NonNull<Block>);

impl Drop for SlotPart {
    fn drop(&mut self) {
        // SAFETY: the slot's part of its block's count, given up with the slot, whose value
        // was dropped (or panicked in its drop) and is touched no more.
        unsafe { release(self.0, 1) };
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
