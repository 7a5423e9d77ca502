//! The `http_server` example on a runtime of several schedulers (`--schedulers N`), each
//! with a listener of its own on the shared port, driven by a real HTTP client (`ureq`)
//! from several threads. Every client loop is bounded in count and every request in time.

#[allow(dead_code)]
#[path = "../examples/http_server.rs"]
pub mod http_server;

use std::net::SocketAddr;
use std::thread;
use std::time::Duration;

use http_server::{Config, start};

const PATIENCE: Duration = Duration::from_secs(10);

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(PATIENCE))
        .http_status_as_error(false)
        .build()
        .into()
}

#[test]
fn every_scheduler_serves_its_share_of_clients() {
    let any_port = SocketAddr::from(([127, 0, 0, 1], 0));
    let (addr, runtime) = start(any_port, 2, Config::default()).expect("the server starts");
    assert_eq!(runtime.schedulers(), 2);
    let clients: Vec<_> = (0..8)
        .map(|client| {
            thread::spawn(move || {
                // One agent per client: its requests reuse one kept-alive connection.
                let agent = agent();
                for i in 0..50 {
                    let route = if i % 2 == 0 { "plaintext" } else { "json" };
                    let mut response = agent
                        .get(format!("http://{addr}/{route}"))
                        .call()
                        .unwrap_or_else(|e| panic!("client {client}, request {i}: {e}"));
                    assert_eq!(response.status(), 200);
                    let body = response.body_mut().read_to_string().expect("a body");
                    let expected = if i % 2 == 0 {
                        "Hello, World!"
                    } else {
                        r#"{"message":"Hello, World!"}"#
                    };
                    assert_eq!(body, expected, "client {client}, request {i}");
                }
            })
        })
        .collect();
    for client in clients {
        client.join().expect("the client's asserts hold");
    }
    drop(runtime);
    // Dropping the runtime cancelled every task on its scheduler: the listeners are gone.
    assert_eq!(
        std::net::TcpStream::connect_timeout(&addr, PATIENCE)
            .map_err(|error| error.kind())
            .err(),
        Some(std::io::ErrorKind::ConnectionRefused)
    );
}
