//! [`Requests`]: the complete requests of a batch, in one buffer; [`Request`]: one of them.

/// Complete requests, their arguments copied one after another into a single buffer, so
/// that a batch of pipelined requests costs no allocation once the buffers have grown.
#[derive(Debug, Default)]
pub struct Requests {
    bytes: Vec<u8>,
    /// The end of each argument in `bytes`.
    arg_ends: Vec<usize>,
    /// The end of each request in `arg_ends`.
    request_ends: Vec<usize>,
}

impl Requests {
    /// Appends an argument to the request being built.
    pub fn push_arg(&mut self, arg: &[u8]) {
        self.bytes.extend_from_slice(arg);
        self.arg_ends.push(self.bytes.len());
    }

    /// Ends the request being built (with the arguments pushed since the last one).
    pub fn end_request(&mut self) {
        self.request_ends.push(self.arg_ends.len());
    }

    /// Forgets the arguments pushed since the last complete request.
    pub(super) fn drop_partial(&mut self) {
        let args = self.request_ends.last().copied().unwrap_or(0);
        self.arg_ends.truncate(args);
        self.bytes
            .truncate(self.arg_ends.last().copied().unwrap_or(0));
    }

    /// How many complete requests there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.request_ends.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.request_ends.is_empty()
    }

    /// The `i`-th request.
    ///
    /// # Panics
    ///
    /// If `i` is not below [`len`](Self::len).
    #[must_use]
    pub fn get(&self, i: usize) -> Request<'_> {
        let first_arg = if i == 0 { 0 } else { self.request_ends[i - 1] };
        let ends = &self.arg_ends[first_arg..self.request_ends[i]];
        let start = if first_arg == 0 {
            0
        } else {
            self.arg_ends[first_arg - 1]
        };
        Request {
            bytes: &self.bytes,
            start,
            ends,
        }
    }

    /// The requests, in the order they arrived.
    pub fn iter(&self) -> impl Iterator<Item = Request<'_>> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Forgets every request, keeping the buffers (up to a bound, so that one huge request
    /// does not pin its memory for good).
    pub fn clear(&mut self) {
        const KEEP: usize = 1 << 20;
        if self.bytes.capacity() > KEEP {
            self.bytes = Vec::new();
        }
        if self.arg_ends.capacity() > KEEP / 8 {
            self.arg_ends = Vec::new();
            self.request_ends = Vec::new();
        }
        self.bytes.clear();
        self.arg_ends.clear();
        self.request_ends.clear();
    }
}

/// One request: its arguments, the command name first.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    bytes: &'a [u8],
    /// Where the first argument starts in `bytes`.
    start: usize,
    /// The end of each argument in `bytes`.
    ends: &'a [usize],
}

impl<'a> Request<'a> {
    /// The number of arguments, the command name included (never 0).
    #[must_use]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no arguments (never: a request has at least its name).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`-th argument.
    ///
    /// # Panics
    ///
    /// If `i` is not below [`len`](Self::len).
    #[must_use]
    pub fn arg(&self, i: usize) -> &'a [u8] {
        let start = if i == 0 { self.start } else { self.ends[i - 1] };
        &self.bytes[start..self.ends[i]]
    }

    /// The arguments from the `from`-th on.
    #[must_use]
    pub fn args(&self, from: usize) -> impl ExactSizeIterator<Item = &'a [u8]> + use<'a> {
        let this = *self;
        (from.min(this.len())..this.len()).map(move |i| this.arg(i))
    }
}
