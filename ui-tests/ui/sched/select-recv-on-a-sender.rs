// A `recv` arm takes a receiver: the error points at the operand.
use coro_core::channel::channel;
use coro_core::coro;
use coro_core::sched::Scheduler;

fn main() {
    let sched = Scheduler::new();
    let (tx, _rx) = channel::<u8>(1);
    sched.spawn(coro!(move || {
        select! {
            v = recv(tx) => v,
            _ = sleep(core::time::Duration::from_millis(1)) => None,
        }
    }));
}
