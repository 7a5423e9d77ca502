//! What the loom models share (`tests/loom*.rs`).

/// Runs `f` in every interleaving loom explores, with at most five preemptions unless
/// `LOOM_MAX_PREEMPTIONS` says otherwise (unbounded, the three-thread models take
/// minutes each).
pub(crate) fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(5);
    }
    builder.check(f);
}
