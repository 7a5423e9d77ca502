//! The reply side of RESP2: values appended to a connection's output buffer, which is
//! written to the socket once per batch of pipelined requests.

/// `+OK`
pub const OK: &[u8] = b"+OK\r\n";

/// Appends a simple string: `+PONG\r\n`.
pub fn simple(out: &mut Vec<u8>, s: &str) {
    out.push(b'+');
    out.extend_from_slice(s.as_bytes());
    out.extend_from_slice(b"\r\n");
}

/// Appends an error, `-ERR ...\r\n`; `message` starts with its code (`ERR`, `WRONGTYPE`).
/// As Redis does, line breaks in the message become spaces, so that it stays one line.
pub fn error(out: &mut Vec<u8>, message: &str) {
    out.push(b'-');
    out.extend(
        message
            .bytes()
            .map(|b| if b == b'\r' || b == b'\n' { b' ' } else { b }),
    );
    out.extend_from_slice(b"\r\n");
}

/// Appends `n` in decimal, with no allocation.
pub fn digits(out: &mut Vec<u8>, n: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b"0123456789"[usize::try_from(rest % 10).unwrap_or(0)];
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[at..]);
}

/// Appends `prefix`, `n` and `\r\n`.
fn line(out: &mut Vec<u8>, prefix: u8, n: i64) {
    out.push(prefix);
    digits(out, n);
    out.extend_from_slice(b"\r\n");
}

/// Appends an integer: `:42\r\n`.
pub fn integer(out: &mut Vec<u8>, n: i64) {
    line(out, b':', n);
}

/// Appends a count as an integer.
pub fn count(out: &mut Vec<u8>, n: usize) {
    integer(out, i64::try_from(n).unwrap_or(i64::MAX));
}

/// Appends a bulk string: `$5\r\nhello\r\n`.
pub fn bulk(out: &mut Vec<u8>, bytes: &[u8]) {
    length(out, b'$', bytes.len());
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\r\n");
}

/// Appends the null bulk string, `$-1\r\n`: no value.
pub fn null(out: &mut Vec<u8>) {
    out.extend_from_slice(b"$-1\r\n");
}

/// Appends the null array, `*-1\r\n`.
pub fn null_array(out: &mut Vec<u8>) {
    out.extend_from_slice(b"*-1\r\n");
}

/// Appends the header of an array of `n` values, which must follow.
pub fn array(out: &mut Vec<u8>, n: usize) {
    length(out, b'*', n);
}

fn length(out: &mut Vec<u8>, prefix: u8, n: usize) {
    line(out, prefix, i64::try_from(n).unwrap_or(i64::MAX));
}

/// Appends a score as a bulk string, written as Redis 7.2 and later write doubles: the
/// shortest text that reads back as the same number (`1`, `0.1`, `1e+21`, `inf`; Redis 7.0
/// writes 17 significant digits, `0.10000000000000001`).
pub fn score(out: &mut Vec<u8>, value: f64) {
    let mut text = [0u8; 32];
    let written = format_score(value, &mut text);
    bulk(out, &text[..written]);
}

/// Writes `value` into `buf`; returns the number of bytes written.
fn format_score(value: f64, buf: &mut [u8; 32]) -> usize {
    use std::io::Write;
    let mut cursor = std::io::Cursor::new(&mut buf[..]);
    // A `f64` is at most 24 characters in either form, so the writes fit.
    let _ = if value.is_infinite() {
        cursor.write_all(if value > 0.0 { b"inf" } else { b"-inf" })
    } else if value != 0.0 && (value.abs() >= 1e17 || value.abs() < 1e-4) {
        // Exponent form like C's `%g`: `1e+21`, `1.5e-07`.
        let formatted = format!("{value:e}");
        match formatted.split_once('e') {
            Some((mantissa, exponent)) => {
                let (sign, digits) = match exponent.strip_prefix('-') {
                    Some(digits) => ('-', digits),
                    None => ('+', exponent),
                };
                write!(cursor, "{mantissa}e{sign}{digits:0>2}")
            }
            None => cursor.write_all(formatted.as_bytes()),
        }
    } else {
        write!(cursor, "{value}")
    };
    usize::try_from(cursor.position()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        f(&mut out);
        String::from_utf8(out).expect("replies of these tests are text")
    }

    #[test]
    fn integers_and_lengths() {
        assert_eq!(encoded(|o| integer(o, 0)), ":0\r\n");
        assert_eq!(encoded(|o| integer(o, -42)), ":-42\r\n");
        assert_eq!(
            encoded(|o| integer(o, i64::MIN)),
            ":-9223372036854775808\r\n"
        );
        assert_eq!(
            encoded(|o| integer(o, i64::MAX)),
            ":9223372036854775807\r\n"
        );
        assert_eq!(encoded(|o| array(o, 3)), "*3\r\n");
        assert_eq!(encoded(|o| bulk(o, b"a\r\nb")), "$4\r\na\r\nb\r\n");
        assert_eq!(encoded(|o| bulk(o, b"")), "$0\r\n\r\n");
    }

    #[test]
    fn errors_stay_on_one_line() {
        assert_eq!(encoded(|o| error(o, "ERR a\r\nb")), "-ERR a  b\r\n");
    }

    #[test]
    fn scores_read_like_redis() {
        let cases = [
            (1.0, "1"),
            (-2.5, "-2.5"),
            (0.0, "0"),
            (0.1, "0.1"),
            (1e21, "1e+21"),
            (1.5e-7, "1.5e-07"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (123_456_789.0, "123456789"),
        ];
        for (value, text) in cases {
            assert_eq!(
                encoded(|o| score(o, value)),
                format!("${}\r\n{text}\r\n", text.len())
            );
        }
    }
}
