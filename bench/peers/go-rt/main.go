// The runtime workloads across threads in Go, for bench/runtime-mt.sh: skynet (every
// goroutine spawns 10 children down to the leaves, each sending its sum up a channel with
// room for all its children), ping-pong between two goroutines over two channels of
// capacity 1 (with two busy goroutines beside them, or not), and fan-out (a producer, 4
// workers, a collector, channels of capacity 64). Run with GOMAXPROCS=2.
//
// usage: go-rt <skynet|ping_pong_busy|ping_pong_blocked|fanout> [PARAM]
// prints: <workload> go ns=<total> per_unit=<ns per unit>
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"
)

func skynet(parent chan<- uint64, first, size uint64) {
	if size == 1 {
		parent <- first
		return
	}
	ch := make(chan uint64, 10)
	child := size / 10
	for i := uint64(0); i < 10; i++ {
		go skynet(ch, first+i*child, child)
	}
	var sum uint64
	for i := 0; i < 10; i++ {
		sum += <-ch
	}
	parent <- sum
}

func pingPong(n uint64, busy bool) uint64 {
	var stop atomic.Bool
	if busy {
		for i := 0; i < 2; i++ {
			go func() {
				for !stop.Load() {
					runtime.Gosched()
				}
			}()
		}
	}
	ping := make(chan uint64, 1)
	pong := make(chan uint64, 1)
	go func() {
		for x := range ping {
			pong <- x + 1
		}
	}()
	var sum uint64
	for i := uint64(0); i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	stop.Store(true)
	return sum
}

func fanout(n uint64, workers int) uint64 {
	work := make(chan uint64, 64)
	done := make(chan uint64, 64)
	go func() {
		for i := uint64(0); i < n; i++ {
			work <- i
		}
		close(work)
	}()
	finished := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func() {
			for i := range work {
				done <- i * i
			}
			finished <- struct{}{}
		}()
	}
	go func() {
		for w := 0; w < workers; w++ {
			<-finished
		}
		close(done)
	}()
	var sum uint64
	for sq := range done {
		sum += sq
	}
	return sum
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go-rt <skynet|ping_pong_busy|ping_pong_blocked|fanout> [PARAM]")
		os.Exit(2)
	}
	workload := os.Args[1]
	param := uint64(0)
	if len(os.Args) > 2 {
		p, err := strconv.ParseUint(os.Args[2], 10, 64)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		param = p
	}
	or := func(d uint64) uint64 {
		if param == 0 {
			return d
		}
		return param
	}
	start := time.Now()
	var units uint64
	switch workload {
	case "skynet":
		leaves := or(1000000)
		ch := make(chan uint64, 1)
		go skynet(ch, 0, leaves)
		if got := <-ch; got != leaves*(leaves-1)/2 {
			panic("wrong sum")
		}
		units = 1
	case "ping_pong_busy", "ping_pong_blocked":
		n := or(100000)
		if got := pingPong(n, workload == "ping_pong_busy"); got != n*(n+1)/2 {
			panic("wrong sum")
		}
		units = 2 * n
	case "fanout":
		n := or(1000000)
		var want uint64
		for i := uint64(0); i < n; i++ {
			want += i * i
		}
		if got := fanout(n, 4); got != want {
			panic("wrong sum")
		}
		units = n
	default:
		fmt.Fprintln(os.Stderr, "unknown workload", workload)
		os.Exit(2)
	}
	elapsed := time.Since(start).Nanoseconds()
	fmt.Printf("%s go ns=%d per_unit=%.1f\n", workload, elapsed, float64(elapsed)/float64(units))
}
