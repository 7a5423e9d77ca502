//! The inline form of a request (`GET k`), split into arguments with Redis's quoting rules.
use super::{ProtocolError, Requests};

/// Splits an inline request into arguments with Redis's rules (`sdssplitargs`): spaces
/// separate arguments; `"..."` may hold `\n`, `\r`, `\t`, `\b`, `\a`, `\\`, `\"` and
/// `\xHH` escapes; `'...'` only `\'`; a closing quote must be followed by a space or the
/// end of the line.
///
/// # Errors
///
/// An unterminated quote, or a closing quote followed by something else.
pub fn split_inline(line: &[u8], requests: &mut Requests) -> Result<usize, ProtocolError> {
    let mut count = 0;
    let mut arg = Vec::new();
    let mut i = 0;
    loop {
        while line.get(i).copied().is_some_and(is_space) {
            i += 1;
        }
        if i == line.len() {
            return Ok(count);
        }
        // An argument without quotes is pushed as it is; one with quotes is built in `arg`.
        let start = i;
        while line
            .get(i)
            .is_some_and(|&b| !is_space(b) && b != b'"' && b != b'\'')
        {
            i += 1;
        }
        if !matches!(line.get(i), Some(b'"' | b'\'')) {
            requests.push_arg(&line[start..i]);
            count += 1;
            continue;
        }
        arg.clear();
        arg.extend_from_slice(&line[start..i]);
        while let Some(&b) = line.get(i) {
            match b {
                b'"' | b'\'' => i = quoted(line, i + 1, b, &mut arg)?,
                b if is_space(b) => break,
                b => {
                    arg.push(b);
                    i += 1;
                }
            }
        }
        requests.push_arg(&arg);
        count += 1;
    }
}

/// The white space of C's `isspace`, which separates inline arguments.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | 0x0b | 0x0c)
}

/// Appends the quoted part of an inline argument that starts at `i`, after its opening
/// `quote`, to `arg`; returns the position after the closing quote.
fn quoted(line: &[u8], mut i: usize, quote: u8, arg: &mut Vec<u8>) -> Result<usize, ProtocolError> {
    let hex = |b: u8| {
        char::from(b)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    let double = quote == b'"';
    loop {
        match line.get(i..) {
            Some([b'\\', b'x', h, l, ..]) if double && hex(*h).is_some() && hex(*l).is_some() => {
                arg.push(hex(*h).unwrap_or(0) * 16 + hex(*l).unwrap_or(0));
                i += 4;
            }
            Some([b'\\', c, ..]) if double => {
                arg.push(match c {
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    b'b' => 0x08,
                    b'a' => 0x07,
                    other => *other,
                });
                i += 2;
            }
            Some([b'\\', b'\'', ..]) => {
                arg.push(b'\'');
                i += 2;
            }
            Some([c, rest @ ..]) if *c == quote => {
                // A closing quote ends the argument.
                if rest.first().is_some_and(|&c| !is_space(c)) {
                    return Err(ProtocolError::UnbalancedQuotes);
                }
                return Ok(i + 1);
            }
            Some([c, ..]) => {
                arg.push(*c);
                i += 1;
            }
            _ => return Err(ProtocolError::UnbalancedQuotes),
        }
    }
}
