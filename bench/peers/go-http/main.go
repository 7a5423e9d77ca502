// The Go net/http peer of the HTTP benchmark (bench/net.sh): GET /plaintext and GET /json,
// 404 for anything else. Run with GOMAXPROCS=1 for one thread of Go code.
//
// usage: go-http [-port N] [-bind ADDR]   (default 127.0.0.1:8082)
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
)

// route answers GET with body, and anything else with 404.
func route(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Server", "go")
		w.Write(body)
	}
}

func main() {
	port := flag.Int("port", 8082, "port to listen on")
	bind := flag.String("bind", "127.0.0.1", "address to listen on")
	flag.Parse()

	http.HandleFunc("/plaintext", route("text/plain", []byte("Hello, World!")))
	http.HandleFunc("/json", route("application/json", []byte(`{"message":"Hello, World!"}`)))
	addr := fmt.Sprintf("%s:%d", *bind, *port)
	log.Printf("go-http listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}
