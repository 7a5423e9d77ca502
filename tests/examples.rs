//! The examples, run as tests: their exact output, and the push parser's independence from
//! how its input is chunked.

// Each example is included as a module; `pub` keeps its `pub` items reachable (so that
// `unreachable_pub` stays quiet) and `dead_code` is allowed for its unused `main`.
#[allow(dead_code)]
#[path = "../examples/generators.rs"]
pub mod generators;
#[allow(dead_code)]
#[path = "../examples/lua_tour.rs"]
pub mod lua_tour;
#[allow(dead_code)]
#[path = "../examples/push_parser.rs"]
pub mod push_parser;

use push_parser::{Event, Head, Header, ParseError, Parsed, RequestLine, SAMPLE, parse};

fn output(run: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    run(&mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the examples print UTF-8")
}

#[test]
fn lua_tour_prints_what_lua_prints() {
    let expected = "co-body\t1\t10\n\
                    foo\t2\n\
                    main\ttrue\t4\n\
                    co-body\tr\n\
                    main\ttrue\t11\t-9\n\
                    co-body\tx\ty\n\
                    main\ttrue\t10\tend\n\
                    main\tfalse\tcannot resume dead coroutine\n";
    assert_eq!(output(lua_tour::run), expected);
}

#[test]
fn generators_output() {
    let expected = "\
fibonacci: 0 1 1 2 3 5 8 13 21 34 55 89
primes: 2 3 5 7 11 13 17 19 23 29 31 37
fibonacci ratios: 1/1 2/1 3/2 5/3 8/5 13/8
golden ratio: 1.618033989
twin primes: (3, 5) (5, 7) (11, 13) (17, 19) (29, 31) (41, 43)
fibonacci + primes: 0+2=2 1+3=4 1+5=6 2+7=9 3+11=14
in order: a brown dog fox jumps lazy over quick the
first word after \"m\": Some(\"over\")
";
    assert_eq!(output(generators::run), expected);
}

#[test]
fn push_parser_output() {
    let expected = "\
feed \"POST /submit?lan\"
feed \"g=en HTTP/1.1\\r\\nH\"
  request: POST /submit?lang=en (HTTP/1.1)
feed \"ost: www.example\"
feed \".com\\r\\nUser-Agent\"
  header: Host = \"www.example.com\"
feed \": curl/8.5.0\\r\\nCo\"
  header: User-Agent = \"curl/8.5.0\"
feed \"ntent-Type:text/\"
feed \"plain\\r\\nContent-L\"
  header: Content-Type = \"text/plain\"
feed \"ength: \\t12 \\r\\n\\r\\nH\"
  header: Content-Length = \"12\"
head complete: 4 header fields, body starts with \"H\"
error: malformed header field \"Host example.com\"
error: malformed header field \"Host example.com\"
error: the input ended inside the head
";
    assert_eq!(output(push_parser::run), expected);
}

fn header(name: &str, value: &str) -> Header {
    Header {
        name: name.to_owned(),
        value: value.to_owned(),
    }
}

/// Parses `input` whole, then split into two and into three chunks at every pair of
/// positions (empty chunks included), and checks that every split gives the same events
/// and result as the whole. Returns the result of the whole.
fn parse_every_split(input: &[u8]) -> Parsed {
    let whole = parse([input]);
    for i in 0..=input.len() {
        let (a, rest) = input.split_at(i);
        assert_eq!(parse([a, rest]), whole, "split at {i}");
        for j in 0..=rest.len() {
            let (b, c) = rest.split_at(j);
            assert_eq!(parse([a, b, c]), whole, "split at {i} and {}", i + j);
        }
    }
    assert_eq!(parse(input.chunks(1)), whole, "byte by byte");
    whole
}

#[test]
fn push_parser_is_independent_of_chunking() {
    let parsed = parse_every_split(SAMPLE);
    let headers = vec![
        header("Host", "www.example.com"),
        header("User-Agent", "curl/8.5.0"),
        header("Content-Type", "text/plain"),
        header("Content-Length", "12"),
    ];
    let request_line = RequestLine {
        method: "POST".to_owned(),
        target: "/submit?lang=en".to_owned(),
        version: "HTTP/1.1".to_owned(),
    };
    let events: Vec<Event> = std::iter::once(Event::RequestLine(request_line.clone()))
        .chain(headers.iter().cloned().map(Event::Header))
        .collect();
    assert_eq!(
        parsed,
        Parsed {
            events,
            result: Ok(Head {
                request_line,
                headers,
                rest: b"Hello, world".to_vec(),
            }),
        }
    );
}

#[test]
fn push_parser_accepts_bare_newlines_and_leading_empty_lines() {
    let parsed = parse_every_split(b"\r\nGET / HTTP/1.0\nAccept: */*\n\n");
    let head = parsed.result.expect("a valid head");
    assert_eq!(head.request_line.method, "GET");
    assert_eq!(head.headers, [header("Accept", "*/*")]);
    assert!(head.rest.is_empty());
}

#[test]
fn push_parser_rejects_malformed_input() {
    // The events before the error are the same for every split, too.
    let parsed = parse_every_split(b"GET / HTTP/1.1\r\nHost: a\r\nHost b\r\n\r\n");
    assert_eq!(parsed.events.len(), 2);
    assert_eq!(
        parsed.result,
        Err(ParseError::BadHeader("Host b".to_owned()))
    );

    let cases: [(&[u8], ParseError); 5] = [
        (
            b"GET /  HTTP/1.1\r\n\r\n",
            ParseError::BadRequestLine("GET /  HTTP/1.1".to_owned()),
        ),
        (
            b"GET / HTTP/2\r\n\r\n",
            ParseError::UnsupportedVersion("HTTP/2".to_owned()),
        ),
        (
            b"GET / HTTP/1.1\r\n folded: no\r\n\r\n",
            ParseError::BadHeader(" folded: no".to_owned()),
        ),
        (b"GET / HTTP/1.1\r\nHost: a\r\n", ParseError::UnexpectedEnd),
        (b"GET /\xff HTTP/1.1\r\n\r\n", ParseError::NotUtf8),
    ];
    for (input, error) in cases {
        assert_eq!(parse_every_split(input).result, Err(error));
    }
}

#[test]
fn push_parser_limits_the_head() {
    let mut long = b"GET / HTTP/1.1\r\nX-Long: ".to_vec();
    long.resize(push_parser::MAX_HEAD_LEN + 10, b'a');
    long.extend_from_slice(b"\r\n\r\n");
    assert_eq!(parse([&long[..]]).result, Err(ParseError::TooLarge));
    assert_eq!(parse(long.chunks(100)).result, Err(ParseError::TooLarge));
    assert_eq!(parse(long.chunks(1000)).events.len(), 1);
}
