//! One stable sort for the first module. Each `sort_by` on another element type or comparator
//! compiles its own copy of the standard library's sort (1 to 3.5 KB of wasm each, seven copies
//! in the first module: docs/PERFORMANCE.md); these sort indices through one `dyn` comparator,
//! so they share one copy, and then move the items into that order.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let items = &*items;
        sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` by the key `key` gives each, keeping equal items in their order (as
/// `slice::sort_by_key`: the key is worked out per comparison).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `cmp` gives them: the one instance of the sort.
#[inline(never)]
fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| cmp(*a, *b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_sort_does_and_keeps_equal_items_in_order() {
        // A small linear congruential sequence: many equal keys, some runs, every length to 70.
        let mut seed = 7u64;
        for len in 0..70 {
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 5, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "length {len}");

            let mut down = items.clone();
            sort_by(&mut down, |a, b| b.0.cmp(&a.0));
            let mut std_down = items;
            std_down.sort_by_key(|a| std::cmp::Reverse(a.0));
            assert_eq!(down, std_down, "length {len}, descending");
        }
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut names = vec!["b".to_string(), "C".into(), "a".into(), "B".into()];
        sort_by_key(&mut names, |s| s.to_lowercase());
        assert_eq!(names, ["a", "b", "B", "C"]);
    }
}
