//! The runtime example (`examples/runtime.rs`), run as a test: its output, and its counts on
//! 1 to 4 schedulers against a count on one thread.

#[allow(dead_code)]
#[path = "../examples/runtime.rs"]
pub mod runtime;

use std::collections::BTreeMap;

#[test]
fn runtime_example_output() {
    let mut out = Vec::new();
    runtime::run(&mut out).expect("writing to a Vec cannot fail");
    let out = String::from_utf8(out).expect("UTF-8");
    let expected = "24 words
a: 2
and: 3
dog: 3
fox: 3
the: 5
shard 0: 7 distinct words, owned on scheduler 0
shard 1: 6 distinct words, owned on scheduler 1
";
    assert_eq!(out, expected);
}

#[test]
fn sharded_counts_match_a_count_on_one_thread() {
    let text: Vec<String> = (0..200)
        .map(|i| format!("w{} w{} common w{}", i % 7, i % 13, i % 3))
        .collect();
    let lines: Vec<&str> = text.iter().map(String::as_str).collect();
    let mut expected = BTreeMap::new();
    for line in &lines {
        for word in line.split_whitespace() {
            *expected.entry(word.to_owned()).or_insert(0u64) += 1;
        }
    }
    for schedulers in 1..=4 {
        let count = runtime::count(&lines, schedulers);
        assert_eq!(count.words, expected, "{schedulers} schedulers");
        assert_eq!(count.sent, 800);
        assert_eq!(count.shards.len(), schedulers);
        for (i, (_, scheduler)) in count.shards.iter().enumerate() {
            assert_eq!(*scheduler, Some(i));
        }
        let distinct: usize = count.shards.iter().map(|(n, _)| n).sum();
        assert_eq!(distinct, expected.len());
    }
}
