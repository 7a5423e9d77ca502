//! [`JobQueue`]: tasks waiting for a worker to start them, between threads.
//!
//! Each worker has two: its stealable queue (tasks the runtime placed, which an idle worker
//! may take half of) and its inbox (tasks pinned to it with `spawn_on`, never stolen). A
//! queue is a `VecDeque` under a `Mutex`, with its length beside it in an atomic so that an
//! idle worker looks for work without taking every lock.

use alloc::collections::VecDeque;
use core::sync::atomic::Ordering;
use std::sync::PoisonError;

use super::join::Queued;
use crate::primitive::{AtomicUsize, Mutex, MutexGuard};

/// Tasks waiting to start, first in first out (jobs of type `T`: tasks to start, or the
/// plain values of the loom model of stealing).
#[derive(Debug)]
pub(crate) struct JobQueue<T = Queued> {
    jobs: Mutex<VecDeque<T>>,
    /// The length of `jobs`, written under its lock, read without it.
    len: AtomicUsize,
}

impl<T> Default for JobQueue<T> {
    fn default() -> Self {
        JobQueue {
            jobs: Mutex::new(VecDeque::new()),
            len: AtomicUsize::new(0),
        }
    }
}

impl<T> JobQueue<T> {
    fn lock(&self) -> MutexGuard<'_, VecDeque<T>> {
        // Nothing runs user code under the lock but dropping jobs, which `take_all` does
        // outside it: a poisoned lock still holds a whole queue.
        self.jobs.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Queues `job` last.
    pub(crate) fn push(&self, job: T) {
        let mut jobs = self.lock();
        jobs.push_back(job);
        self.len.store(jobs.len(), Ordering::SeqCst);
    }

    /// Queues `jobs` last, in their order (emptying `jobs`).
    pub(crate) fn push_all(&self, jobs: &mut VecDeque<T>) {
        let mut queue = self.lock();
        queue.append(jobs);
        self.len.store(queue.len(), Ordering::SeqCst);
    }

    /// Takes the first job.
    pub(crate) fn pop(&self) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        let mut jobs = self.lock();
        let job = jobs.pop_front();
        self.len.store(jobs.len(), Ordering::SeqCst);
        job
    }

    /// Takes the older half of the jobs (rounded up) into `into`, for a thief; returns how
    /// many.
    pub(crate) fn steal_half(&self, into: &mut VecDeque<T>) -> usize {
        if self.is_empty() {
            return 0;
        }
        let mut jobs = self.lock();
        let n = jobs.len().div_ceil(2);
        into.extend(jobs.drain(..n));
        self.len.store(jobs.len(), Ordering::SeqCst);
        n
    }

    /// Takes every job (to start them, or to cancel them at shutdown).
    pub(crate) fn take_all(&self) -> VecDeque<T> {
        let mut jobs = self.lock();
        self.len.store(0, Ordering::SeqCst);
        core::mem::take(&mut *jobs)
    }

    /// How many jobs wait (a snapshot).
    pub(crate) fn len(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
