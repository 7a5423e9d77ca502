//! Generators: coroutines that only yield, used as iterators.
//!
//! A coroutine resumed with `()` is a generator: it is `IntoIterator` over its yields
//! (`for x in fibonacci()`, `fibonacci().into_iter()`), so the whole iterator toolbox
//! (`take`, `zip`, `skip`, `filter`, ...) applies. Writing the generator as a coroutine means its state (the last two
//! Fibonacci numbers, the primes found so far, the path down a tree) lives in ordinary local
//! variables instead of a hand-written `struct` with a `next` method.
use std::io::{self, Write};

use coro_core::Coroutine;

/// The Fibonacci numbers, as many as fit in a `u64` (93 of them): "infinite" for any
/// practical `take`.
#[coro_core::coroutine(yield = u64)]
fn fibonacci() {
    let (mut a, mut b) = (0u64, 1u64);
    loop {
        yield_!(a);
        let Some(next) = a.checked_add(b) else {
            return;
        };
        (a, b) = (b, next);
    }
}

/// The prime numbers, by trial division by the primes found so far. `found` lives across
/// every `yield_!`: it is part of the suspended coroutine's state.
#[coro_core::coroutine(yield = u64)]
fn primes() {
    let mut found: Vec<u64> = Vec::new();
    for n in 2.. {
        let is_prime = found
            .iter()
            .take_while(|&&p| p * p <= n)
            .all(|&p| n % p != 0);
        if is_prime {
            found.push(n);
            yield_!(n);
        }
    }
}

/// A binary search tree.
#[derive(Debug)]
enum Tree<T> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}

impl<T: Ord> Tree<T> {
    fn insert(&mut self, value: T) {
        match self {
            Tree::Leaf => *self = Tree::Node(Box::new(Tree::Leaf), value, Box::new(Tree::Leaf)),
            Tree::Node(left, here, right) => {
                if value < *here {
                    left.insert(value);
                } else {
                    right.insert(value);
                }
            }
        }
    }
}

impl<T: Ord> FromIterator<T> for Tree<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut tree = Tree::Leaf;
        for value in iter {
            tree.insert(value);
        }
        tree
    }
}

/// A walk over a tree, boxed: a coroutine cannot contain itself, so the recursive calls
/// go through a `Box<dyn Coroutine>` (as a recursive `async fn` goes through `Box::pin`).
type Walk<'a, T> = Box<dyn Coroutine<Yield = &'a T, Return = ()> + 'a>;

/// Yields the values of `tree` in order: left subtree, node, right subtree.
///
/// `yield_from!` runs the walk of a subtree inside this one, passing each of its values
/// straight out to the caller. The tree is borrowed from outside the coroutine, so holding
/// `left`, `value` and `right` across the suspension points is fine.
#[coro_core::coroutine(yield = &'a T)]
fn in_order<'a, T>(tree: &'a Tree<T>) {
    if let Tree::Node(left, value, right) = tree {
        yield_from!(walk(left));
        yield_!(value);
        yield_from!(walk(right));
    }
}

fn walk<T>(tree: &Tree<T>) -> Walk<'_, T> {
    Box::new(in_order(tree))
}

/// Joins the items with single spaces.
fn spaced<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<String> = items.into_iter().map(|item| item.to_string()).collect();
    items.join(" ")
}

/// Prints a few results of each generator to `out`.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    // Plain iteration: an infinite generator is cut short by `take`.
    writeln!(
        out,
        "fibonacci: {}",
        spaced(fibonacci().into_iter().take(12))
    )?;
    writeln!(out, "primes: {}", spaced(primes().into_iter().take(12)))?;

    // Each call creates an independent generator, so one can be zipped with a shifted copy
    // of itself: consecutive Fibonacci numbers approach the golden ratio...
    let ratios = fibonacci()
        .into_iter()
        .zip(fibonacci().into_iter().skip(1))
        .skip(1)
        .take(6)
        .map(|(a, b)| format!("{b}/{a}"));
    writeln!(out, "fibonacci ratios: {}", spaced(ratios))?;
    #[allow(clippy::cast_precision_loss)] // both numbers are far below 2^52
    let golden = fibonacci()
        .into_iter()
        .zip(fibonacci().into_iter().skip(1))
        .nth(40)
        .map(|(a, b)| b as f64 / a as f64);
    writeln!(out, "golden ratio: {:.9}", golden.unwrap_or_default())?;

    // ...and consecutive primes that differ by two are twin primes.
    let twins = primes()
        .into_iter()
        .zip(primes().into_iter().skip(1))
        .filter(|(p, q)| q - p == 2)
        .take(6)
        .map(|(p, q)| format!("({p}, {q})"));
    writeln!(out, "twin primes: {}", spaced(twins))?;

    // Zipping two different generators pairs them up element by element.
    let pairs = fibonacci()
        .into_iter()
        .zip(primes())
        .take(5)
        .map(|(f, p)| format!("{f}+{p}={}", f + p));
    writeln!(out, "fibonacci + primes: {}", spaced(pairs))?;

    // The recursive walk of a binary search tree yields its values in sorted order.
    let tree: Tree<&str> = "the quick brown fox jumps over a lazy dog"
        .split(' ')
        .collect();
    writeln!(out, "in order: {}", spaced(walk(&tree).into_iter()))?;

    // It is lazy: the walk stops as soon as the iterator is dropped.
    let first_after_m = walk(&tree).into_iter().find(|word| **word > "m");
    writeln!(out, "first word after \"m\": {first_after_m:?}")?;
    Ok(())
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
