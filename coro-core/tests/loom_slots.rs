//! A model of the memory of placed tasks' slots (`rt/slots.rs`), checked by loom in every
//! interleaving of its atomics (within loom's preemption bound). Build with `--cfg loom`
//! (TESTING.md).
//!
//! A thread carves two slots of a block and gives one to another thread; each writes into
//! its slot's stand-in (a loom cell) and frees the slot, and the carving thread gives the
//! block up. The block is freed exactly once, by whichever of the three is last, and that
//! one's reads of both stand-ins come after both writes (what the free of the block's
//! memory needs; loom reports a read that races a write).
#![cfg(loom)]

mod loom_model;

use std::sync::Arc;

use coro_core::__loom::Carver;
use loom::cell::UnsafeCell;
use loom::thread;
use loom_model::model;

/// The two slots' stand-ins, shared by the model's threads.
struct Cells([UnsafeCell<u32>; 2]);

// SAFETY: every access goes through loom's cells, which check it against the others.
unsafe impl Sync for Cells {}

/// What the freeing thread does with the slots' memory: reads each stand-in.
fn read_all(cells: &Cells) -> u32 {
    let mut sum = 0;
    for cell in &cells.0 {
        // SAFETY: a read of a live cell, which loom checks against the writes.
        sum += cell.with(|value| unsafe { *value });
    }
    sum
}

#[test]
fn a_block_is_freed_once_after_its_slots_by_the_last_of_three() {
    model(|| {
        let carver = Carver::new();
        let mine = carver.carve();
        let theirs = carver.carve();
        let cells = Arc::new(Cells([UnsafeCell::new(0), UnsafeCell::new(0)]));
        let other = {
            let cells = Arc::clone(&cells);
            thread::spawn(move || {
                // SAFETY: this thread's stand-in, written before its slot is freed.
                cells.0[1].with_mut(|value| unsafe { *value = 2 });
                if theirs.free() {
                    assert_eq!(read_all(&cells), 3);
                    1
                } else {
                    0
                }
            })
        };
        // SAFETY: this thread's stand-in, written before its slot is freed.
        cells.0[0].with_mut(|value| unsafe { *value = 1 });
        let mut freed = 0;
        if mine.free() {
            assert_eq!(read_all(&cells), 3);
            freed += 1;
        }
        if carver.give_up() {
            assert_eq!(read_all(&cells), 3);
            freed += 1;
        }
        freed += other.join().unwrap();
        assert_eq!(freed, 1, "the block is freed exactly once");
    });
}
