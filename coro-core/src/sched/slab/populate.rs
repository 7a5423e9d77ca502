//! Populating memory ahead of its first writes: the kernel maps a range's pages in one
//! system call (`MADV_POPULATE_WRITE`, Linux 5.14 and later) instead of one page fault
//! each. Elsewhere, and under Miri, a no-op.

#[cfg(test)]
use core::cell::Cell;
#[cfg(all(target_os = "linux", not(miri)))]
use core::sync::atomic::Ordering;

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
pub(super) fn page_size() -> usize {
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
