//! Stable sorting that compiles once.
//!
//! Every `slice::sort_by` with a new element or closure type instantiates the
//! standard library's whole sort again, about 3 KB of wasm each; the app's
//! twenty sorts were some 60 KB of its code (issue 6's size budget). These
//! helpers sort a permutation of indices with the one shared instantiation in
//! [`permutation`] and then swap the items into that order. The result is the
//! same as `sort_by`: stable, equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = permutation(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    apply(items, order);
}

/// Sorts `items` by a key computed once per item, stably, like
/// `slice::sort_by_cached_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = permutation(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    apply(items, order);
}

/// The one place the standard sort is instantiated: indices `0..len` in the
/// order `compare` gives them.
fn permutation(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the items into `order` (`order[i]` is the index of the item that
/// belongs at `i`) by following each cycle of the permutation with swaps.
fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no dependency.
    fn pseudo_random(n: usize, seed: u64) -> Vec<(u8, usize)> {
        let mut state = seed;
        (0..n)
            .map(|i| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((state >> 59) as u8, i)
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for (n, seed) in [(0, 1), (1, 2), (2, 3), (17, 4), (300, 5), (1000, 6)] {
            let items = pseudo_random(n, seed);
            let mut ours = items.clone();
            let mut std_sorted = items.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|b| std::cmp::Reverse(b.0));
            assert_eq!(ours, std_sorted, "n = {n}");
        }
    }

    #[test]
    fn keeps_equal_items_in_their_order() {
        let mut items = pseudo_random(500, 9);
        sort_by_key(&mut items, |item| item.0);
        for pair in items.windows(2) {
            assert!(pair[0].0 < pair[1].0 || (pair[0].0 == pair[1].0 && pair[0].1 < pair[1].1), "{pair:?}");
        }
        assert_eq!(items.len(), 500);
    }

    #[test]
    fn computes_each_key_once() {
        let mut calls = 0;
        let mut items = vec!["b", "a", "c", "a"];
        sort_by_key(&mut items, |s| {
            calls += 1;
            s.to_string()
        });
        assert_eq!(items, ["a", "a", "b", "c"]);
        assert_eq!(calls, 4);
    }
}
