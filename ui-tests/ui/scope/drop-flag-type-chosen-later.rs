// A local moved on some paths only, whose type a later call chooses through a generic
// function the macro cannot see into: its drop flag cannot tell a copy from a move where it
// is moved. The fix is to write the type on the `let`.
struct Ticket(String);

fn make<T: Default>() -> T {
    T::default()
}

fn spend(ticket: Option<Ticket>) -> usize {
    ticket.map_or(0, |t| t.0.len())
}

#[coro_core::coroutine(yield = usize)]
fn run(c: bool) {
    let ticket = make();
    let n = if c { spend(ticket) } else { 0 };
    yield_!(n);
}

fn main() {}
