//! Unit tests of the slab: classes, reuse, the blocks in use, populating, closing.

use super::populate::POPULATED;
#[cfg(all(target_os = "linux", not(miri)))]
use super::populate::{page_size, populate, populate_supported, resident};
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
