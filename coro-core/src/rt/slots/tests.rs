//! The slots' memory: each value dropped once, after its last reference, on whichever
//! thread drops that; blocks carved across their end, given up by a carver with slots
//! still in use, and of their own for large or over-aligned values. (A block never freed
//! is a leak that Miri reports: `cargo +nightly miri test -p coro-core --lib rt::slots`.)

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use super::{CLASS, CLASSES, Carver, PER_BLOCK, Shared};

/// A value that counts its drops in `drops`, with `N` bytes of payload.
struct Counts<const N: usize> {
    drops: Arc<AtomicUsize>,
    payload: [u8; N],
}

impl<const N: usize> Drop for Counts<N> {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }
}

fn counts<const N: usize>(drops: &Arc<AtomicUsize>, byte: u8) -> Shared<Counts<N>> {
    Shared::new(Counts {
        drops: Arc::clone(drops),
        payload: [byte; N],
    })
}

#[test]
fn a_value_is_dropped_once_with_its_last_reference() {
    let drops = Arc::new(AtomicUsize::new(0));
    let a = counts::<24>(&drops, 7);
    let b = a.clone();
    assert_eq!(Shared::count(&a), 2);
    drop(a);
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    assert_eq!(Shared::count(&b), 1);
    assert_eq!(b.payload, [7; 24]);
    drop(b);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn values_across_several_blocks_keep_their_contents_and_drop_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let n = 3 * PER_BLOCK + 5;
    let mut values: Vec<_> = (0..n)
        .map(|i| counts::<100>(&drops, u8::try_from(i % 251).unwrap()))
        .collect();
    for (i, value) in values.iter().enumerate() {
        assert_eq!(value.payload, [u8::try_from(i % 251).unwrap(); 100]);
    }
    // Freed out of order: every other one, then the rest from the end.
    let mut kept = Vec::new();
    for (i, value) in values.drain(..).enumerate() {
        if i % 2 == 0 {
            drop(value);
        } else {
            kept.push(value);
        }
    }
    assert_eq!(drops.load(Ordering::SeqCst), n.div_ceil(2));
    while let Some(value) = kept.pop() {
        drop(value);
    }
    assert_eq!(drops.load(Ordering::SeqCst), n);
}

#[test]
fn slots_freed_on_other_threads() {
    let drops = Arc::new(AtomicUsize::new(0));
    let values: Vec<_> = (0..PER_BLOCK + 3)
        .map(|_| counts::<40>(&drops, 1))
        .collect();
    let (left, right): (Vec<_>, Vec<_>) = values
        .into_iter()
        .enumerate()
        .partition(|(i, _)| i % 2 == 0);
    let clones: Vec<_> = left.iter().map(|(_, value)| value.clone()).collect();
    let a = thread::spawn(move || drop(left));
    let b = thread::spawn(move || drop(right));
    drop(clones);
    a.join().unwrap();
    b.join().unwrap();
    assert_eq!(drops.load(Ordering::SeqCst), PER_BLOCK + 3);
}

#[test]
fn slots_outlive_the_thread_that_carved_them() {
    let drops = Arc::new(AtomicUsize::new(0));
    let carved = {
        let drops = Arc::clone(&drops);
        // The thread's carver gives its blocks up when the thread exits, with slots in use.
        thread::spawn(move || (0..5).map(|_| counts::<8>(&drops, 2)).collect::<Vec<_>>())
            .join()
            .unwrap()
    };
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    assert!(carved.iter().all(|value| value.payload == [2; 8]));
    drop(carved);
    assert_eq!(drops.load(Ordering::SeqCst), 5);
}

#[test]
fn a_carver_dropped_before_its_slots() {
    let carver = Carver::new();
    let (first, first_block) = carver.carve(0);
    let (second, second_block) = carver.carve(0);
    assert_eq!(first_block, second_block);
    assert_eq!(second.as_ptr() as usize - first.as_ptr() as usize, CLASS);
    assert_eq!(first.as_ptr() as usize % CLASS, 0);
    assert_eq!(carver.give_up(), 0, "two slots are in use");
    // SAFETY: each slot's part of its block's count, given up once.
    unsafe {
        assert!(!super::release(first_block, 1));
        assert!(
            super::release(second_block, 1),
            "the last slot frees the block"
        );
    }
}

#[test]
fn a_carver_gives_up_a_block_carved_to_its_end() {
    let carver = Carver::new();
    let slots: Vec<_> = (0..=PER_BLOCK).map(|_| carver.carve(CLASSES - 1)).collect();
    assert_eq!(slots[0].1, slots[PER_BLOCK - 1].1);
    assert_ne!(slots[0].1, slots[PER_BLOCK].1);
    assert_eq!(carver.give_up(), 0, "the second block has a slot in use");
    let mut freed = 0;
    for (_, block) in slots {
        // SAFETY: each slot's part of its block's count, given up once.
        freed += usize::from(unsafe { super::release(block, 1) });
    }
    assert_eq!(freed, 2);
}

#[test]
fn a_block_whose_slots_are_all_freed_goes_with_its_carver() {
    let carver = Carver::new();
    let (_, block) = carver.carve(3);
    // SAFETY: the slot's part, given up once.
    assert!(!unsafe { super::release(block, 1) });
    assert_eq!(carver.give_up(), 1);
    assert_eq!(carver.give_up(), 0, "given up once");
}

#[repr(align(256))]
struct Aligned(u8);

#[test]
fn large_and_over_aligned_values_have_blocks_of_their_own() {
    let drops = Arc::new(AtomicUsize::new(0));
    let large = counts::<{ CLASSES * CLASS + 1 }>(&drops, 3);
    assert_eq!(large.payload[CLASSES * CLASS], 3);
    let aligned = Shared::new(Aligned(9));
    assert_eq!(core::ptr::from_ref(&*aligned) as usize % 256, 0);
    assert_eq!(aligned.0, 9);
    let moved = thread::spawn(move || drop(large));
    moved.join().unwrap();
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

trait Speak: Send + Sync {
    fn speak(&self) -> u8;
}

impl<const N: usize> Speak for Counts<N> {
    fn speak(&self) -> u8 {
        self.payload[0]
    }
}

#[test]
fn a_reference_coerced_to_a_trait_object_drops_the_value_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let value = counts::<16>(&drops, 5);
    let other = value.clone();
    let ptr: core::ptr::NonNull<super::Counted<dyn Speak>> = Shared::<Counts<16>>::into_raw(value);
    // SAFETY: one reference from `into_raw`, coerced to a trait object of its value.
    let erased = unsafe { Shared::from_raw(ptr) };
    assert!(Shared::is(&erased, &*other));
    assert_eq!(erased.speak(), 5);
    drop(other);
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    drop(erased);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

/// Panics when dropped.
struct Bomb;

impl Drop for Bomb {
    fn drop(&mut self) {
        panic!("a slot's value panics in its drop");
    }
}

#[test]
fn a_value_whose_drop_panics_gives_its_slot_back() {
    // On a thread of its own, which gives its carved blocks up when it exits: a slot not
    // given back leaves its block allocated, which Miri reports as a leak.
    thread::spawn(|| {
        let bombs: Vec<Shared<Bomb>> = (0..PER_BLOCK).map(|_| Shared::new(Bomb)).collect();
        for bomb in bombs {
            let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(bomb)));
            assert!(dropped.is_err(), "the drop's panic reaches the dropper");
        }
    })
    .join()
    .unwrap();
}
