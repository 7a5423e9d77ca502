//! The tokio + hyper peer of the HTTP benchmark: `GET /plaintext` and `GET /json`, 404 for
//! anything else, HTTP/1.1 with keep-alive and pipelining (pipelined responses flushed
//! together), one thread (tokio's current-thread runtime).
//!
//! usage: hyper-server [--port N] [--bind ADDR]   (default 127.0.0.1:8081)

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{CONTENT_TYPE, HeaderValue, SERVER};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

async fn route(
    request: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (status, content_type, body): (_, _, &'static [u8]) =
        match (request.method(), request.uri().path()) {
            (&Method::GET, "/plaintext") => (StatusCode::OK, "text/plain", b"Hello, World!"),
            (&Method::GET, "/json") => (
                StatusCode::OK,
                "application/json",
                br#"{"message":"Hello, World!"}"#,
            ),
            _ => (StatusCode::NOT_FOUND, "text/plain", b"Not Found"),
        };
    let mut response = Response::new(Full::new(Bytes::from_static(body)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(SERVER, HeaderValue::from_static("hyper"));
    Ok(response)
}

fn main() -> std::io::Result<()> {
    let mut port = 8081u16;
    let mut bind = String::from("127.0.0.1");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--port", Some(p)) => port = p.parse().map_err(std::io::Error::other)?,
            ("--bind", Some(b)) => bind = b,
            _ => {
                eprintln!("usage: hyper-server [--port N] [--bind ADDR]");
                std::process::exit(2);
            }
        }
    }
    let addr: SocketAddr = format!("{bind}:{port}")
        .parse()
        .map_err(std::io::Error::other)?;
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?
        .block_on(async move {
            let listener = TcpListener::bind(addr).await?;
            eprintln!("hyper-server listening on {}", listener.local_addr()?);
            loop {
                let (stream, _) = match listener.accept().await {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        eprintln!("accept: {error}");
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let _ = http1::Builder::new()
                        .pipeline_flush(true)
                        .serve_connection(TokioIo::new(stream), service_fn(route))
                        .await;
                });
            }
        })
}
