fn make() {
    let _co = coro_core::coro!(|a: u8, b: u8| {});
}

fn main() {}
