//! Random inputs: seeds with a few edits at the token level, or random token trees.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

use super::Case;
use super::seeds::{IDENTS, PUNCTS};

/// splitmix64.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

pub(super) fn parse(text: &str) -> TokenStream {
    TokenStream::from_str(text).expect("a seed must tokenize")
}

fn random_token(rng: &mut Rng) -> TokenTree {
    match rng.below(6) {
        0..=2 => {
            let ident = *rng.pick(IDENTS);
            parse(ident).into_iter().next().expect("one token")
        }
        3 | 4 => {
            let punct = *rng.pick(PUNCTS);
            let tokens: Vec<TokenTree> = parse(punct).into_iter().collect();
            // Multi-character operators arrive as several joint puncts; keep the first.
            tokens.into_iter().next().expect("one token")
        }
        _ => match rng.below(4) {
            0 => TokenTree::Literal(Literal::i32_unsuffixed(
                i32::try_from(rng.below(100)).unwrap_or(0),
            )),
            1 => TokenTree::Literal(Literal::string("s")),
            2 => TokenTree::Literal(Literal::u8_suffixed(7)),
            _ => TokenTree::Literal(Literal::f64_unsuffixed(1.5)),
        },
    }
}

fn random_tree(rng: &mut Rng, depth: usize) -> TokenStream {
    let len = rng.below(12);
    let mut out = Vec::with_capacity(len);
    for _ in 0..len {
        if depth < 4 && rng.below(5) == 0 {
            let delim = *rng.pick(&[Delimiter::Brace, Delimiter::Parenthesis, Delimiter::Bracket]);
            out.push(TokenTree::Group(Group::new(
                delim,
                random_tree(rng, depth + 1),
            )));
        } else {
            out.push(random_token(rng));
        }
    }
    out.into_iter().collect()
}

/// Applies one random edit somewhere in `tokens` (descending into groups at random).
fn mutate(rng: &mut Rng, tokens: TokenStream, donors: &[TokenStream], depth: usize) -> TokenStream {
    let mut tts: Vec<TokenTree> = tokens.into_iter().collect();
    let groups: Vec<usize> = (0..tts.len())
        .filter(|&i| matches!(tts[i], TokenTree::Group(_)))
        .collect();
    // Descend into a group with probability growing with the number of groups.
    if !groups.is_empty() && depth < 12 && rng.below(3) != 0 {
        let at = *rng.pick(&groups);
        if let TokenTree::Group(g) = &tts[at] {
            let inner = mutate(rng, g.stream(), donors, depth + 1);
            let mut new = Group::new(g.delimiter(), inner);
            new.set_span(g.span());
            tts[at] = TokenTree::Group(new);
        }
        return tts.into_iter().collect();
    }
    let n = tts.len();
    let at = rng.below(n + 1);
    match rng.below(12) {
        9 if at < n => {
            // make a token or group a suspension point: `x` becomes `yield_!(x)`
            let operand = tts[at].clone();
            let call: Vec<TokenTree> = vec![
                TokenTree::Ident(Ident::new("yield_", Span::call_site())),
                TokenTree::Punct(Punct::new('!', Spacing::Alone)),
                TokenTree::Group(Group::new(Delimiter::Parenthesis, operand.into())),
            ];
            tts.splice(at..=at, call);
        }
        10 | 11 if at < n => {
            // replace an identifier by another one of the same program (shadowing, moves,
            // names used before they are bound, keywords in odd places)
            let idents: Vec<Ident> = idents_of(&rng.pick(donors).clone());
            if matches!(tts[at], TokenTree::Ident(_)) && !idents.is_empty() {
                tts[at] = TokenTree::Ident(rng.pick(&idents).clone());
            }
        }
        0 | 1 if at < n => {
            tts.remove(at);
        }
        2 if at < n => {
            let t = tts[at].clone();
            tts.insert(at, t);
        }
        3 if at + 1 < n => tts.swap(at, at + 1),
        4 | 5 => tts.insert(at, random_token(rng)),
        6 if at < n => {
            // unwrap a group, or change its delimiter
            if let TokenTree::Group(g) = &tts[at] {
                if rng.below(2) == 0 {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    tts.splice(at..=at, inner);
                } else {
                    let delim = *rng.pick(&[
                        Delimiter::Brace,
                        Delimiter::Parenthesis,
                        Delimiter::Bracket,
                        Delimiter::None,
                    ]);
                    tts[at] = TokenTree::Group(Group::new(delim, g.stream()));
                }
            } else {
                tts[at] = random_token(rng);
            }
        }
        7 => {
            // splice a slice of another seed
            let donor: Vec<TokenTree> = rng.pick(donors).clone().into_iter().collect();
            if !donor.is_empty() {
                let from = rng.below(donor.len());
                let to = (from + 1 + rng.below(6)).min(donor.len());
                tts.splice(at..at, donor[from..to].iter().cloned());
            }
        }
        _ => {
            // wrap a few tokens in a new group
            let to = (at + rng.below(4)).min(n);
            let inner: TokenStream = tts[at..to].iter().cloned().collect();
            let delim = *rng.pick(&[Delimiter::Brace, Delimiter::Parenthesis, Delimiter::Bracket]);
            tts.splice(at..to, [TokenTree::Group(Group::new(delim, inner))]);
        }
    }
    tts.into_iter().collect()
}

fn idents_of(tokens: &TokenStream) -> Vec<Ident> {
    let mut out = Vec::new();
    for tt in tokens.clone() {
        match tt {
            TokenTree::Ident(i) => out.push(i),
            TokenTree::Group(g) => out.extend(idents_of(&g.stream())),
            _ => {}
        }
    }
    out
}

pub(super) fn generate(
    rng: &mut Rng,
    fns: &[(TokenStream, TokenStream)],
    closures: &[TokenStream],
    donors: &[TokenStream],
) -> Case {
    let kind = rng.below(20);
    let edits = 1 + rng.below(4);
    if kind == 0 {
        return Case::Attr(random_tree(rng, 2), random_tree(rng, 0));
    }
    if kind == 1 {
        return Case::Closure(random_tree(rng, 0));
    }
    if kind < 12 {
        let (args, item) = rng.pick(fns).clone();
        let mut item = item;
        let mut args = args;
        for _ in 0..edits {
            if rng.below(8) == 0 {
                args = mutate(rng, args, donors, 0);
            } else {
                item = mutate(rng, item, donors, 0);
            }
        }
        Case::Attr(args, item)
    } else {
        let mut input = rng.pick(closures).clone();
        for _ in 0..edits {
            input = mutate(rng, input, donors, 0);
        }
        Case::Closure(input)
    }
}
