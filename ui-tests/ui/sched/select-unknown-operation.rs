// `select!` arms are `recv(rx)`, `send(tx, value)`, `sleep(timeout)` or `default`.
fn main() {
    let (_tx, rx) = coro_core::channel::channel::<u8>(1);
    let _task = coro_core::coro!(move || {
        select! {
            v = receive(rx) => drop(v),
        }
    });
}
