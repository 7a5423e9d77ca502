module coro/bench/go-http

go 1.19
