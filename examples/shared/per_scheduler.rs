//! A listener on every scheduler of a runtime, all on one port (`SO_REUSEPORT`: the kernel
//! spreads the connections among them), shared by the server examples' `--schedulers N`.
use std::io;
use std::net::SocketAddr;
use std::sync::mpsc;

use coro_core::net::TcpListener;
use coro_core::rt::Runtime;

/// Binds a listener on `address` on each scheduler `i` of `runtime`, by a task pinned there
/// (sockets stay on the scheduler that uses them), and hands it to `serve(i)`, which that
/// task calls to spawn the server's tasks beside itself. Returns the address they listen on:
/// the port the first one got, if `address` asks for port 0.
///
/// # Errors
///
/// When a listener cannot be made; the schedulers before it keep serving.
pub fn listen_on_each<S>(
    runtime: &Runtime,
    address: SocketAddr,
    mut serve: impl FnMut(usize) -> S,
) -> io::Result<SocketAddr>
where
    S: FnOnce(TcpListener) + Send + 'static,
{
    let mut address = address;
    for i in 0..runtime.schedulers() {
        let (bound_tx, bound_rx) = mpsc::channel();
        // Taken by the task's one run (a `coro!` body may not move out of its captures).
        let serve = Some(serve(i));
        runtime.spawn_on(
            i,
            coro_core::coro!(move || match TcpListener::bind_reuse_port(address) {
                Ok(listener) => {
                    let _ = bound_tx.send(listener.local_addr());
                    if let Some(serve) = serve.take() {
                        serve(listener);
                    }
                }
                Err(error) => {
                    let _ = bound_tx.send(Err(error));
                }
            }),
        );
        address = bound_rx
            .recv()
            .map_err(|_| io::Error::other(format!("scheduler {i} did not start")))??;
    }
    Ok(address)
}
