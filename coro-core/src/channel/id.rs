//! [`ChannelId`]: the number that tells channels apart, shared by every handle of one.

use core::fmt;

/// Identifies a channel: every handle of one channel has the same id, and no two channels
/// created by one process share one. It shows as `channel #N`.
///
/// # Examples
///
/// ```
/// use coro_core::channel::channel;
///
/// let (tx, rx) = channel::<()>(0);
/// let (other, _) = channel::<()>(0);
/// assert_eq!(tx.id(), rx.id());
/// assert_ne!(tx.id(), other.id());
/// assert!(tx.id().to_string().starts_with("channel #"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ChannelId(u64);

impl ChannelId {
    /// The id's number.
    #[cfg(feature = "std")]
    pub(crate) fn number(self) -> u64 {
        self.0
    }

    /// The id with this number.
    #[cfg(feature = "std")]
    pub(crate) fn from_number(number: u64) -> Self {
        Self(number)
    }

    #[cfg(target_has_atomic = "64")]
    pub(super) fn next() -> Self {
        use core::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }

    #[cfg(not(target_has_atomic = "64"))]
    pub(super) fn next() -> Self {
        use core::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed) as u64)
    }
}

impl fmt::Display for ChannelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "channel #{}", self.0)
    }
}
