module coro/bench/go-rt

go 1.19
