// The blocking operations are suspension points: they only make sense inside a coroutine.
use coro_core::recv;

fn main() {
    let (_tx, rx) = coro_core::channel::channel::<u8>(1);
    let _v: Option<u8> = recv!(rx);
}
