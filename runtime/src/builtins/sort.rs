//! The sort behind `list.sort`, `sorted`, `heapq.nsmallest` and friends: CPython's
//! timsort shape (natural runs found by `count_run`, short runs extended by binary
//! insertion, stable merges), driven by a fallible `<`.
//!
//! Invariant: the comparison is only ever `lt(a, b)` (Python's `a < b`), called once per
//! comparison, so user `__lt__` methods see the calls CPython makes: exactly CPython's
//! sequence for lists shorter than 64 (one binary insertion sort), the same result and a
//! comparable count beyond (merges here do not gallop).
//! Invariant: never panics, whatever the comparison answers — an inconsistent `__lt__`
//! gives some permutation of the items, as in CPython — and the first error stops the sort.

/// Sorts `items` stably by `lt`; on error the items are left in some permutation.
pub fn timsort<T: Clone, E>(items: &mut [T], lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>) -> Result<(), E> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run_length(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut run = count_run(&mut items[lo..], lt)?;
        if run < minrun {
            let force = minrun.min(n - lo);
            binary_insertion(&mut items[lo..lo + force], run, lt)?;
            run = force;
        }
        runs.push((lo, run));
        lo += run;
        // Keep run lengths shrinking so merges stay balanced (the classic invariant).
        while runs.len() >= 2 {
            let k = runs.len();
            let merge_last_two =
                runs[k - 2].1 <= runs[k - 1].1 || (k >= 3 && runs[k - 3].1 <= runs[k - 2].1 + runs[k - 1].1);
            if !merge_last_two {
                break;
            }
            let at = if k >= 3 && runs[k - 3].1 < runs[k - 1].1 { k - 3 } else { k - 2 };
            merge_at(items, &mut runs, at, lt)?;
        }
    }
    while runs.len() > 1 {
        let k = runs.len();
        let at = if k >= 3 && runs[k - 3].1 < runs[k - 1].1 { k - 3 } else { k - 2 };
        merge_at(items, &mut runs, at, lt)?;
    }
    Ok(())
}

/// CPython's `merge_compute_minrun`: `n` itself below 64, else a length in 32..=64 such
/// that `n / minrun` is close to a power of two.
fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `items` (CPython's `count_run`): a non-descending
/// run, or a strictly descending one, which is reversed in place.
fn count_run<T, E>(items: &mut [T], lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>) -> Result<usize, E> {
    if items.len() == 1 {
        return Ok(1);
    }
    let mut n = 2;
    if lt(&items[1], &items[0])? {
        while n < items.len() && lt(&items[n], &items[n - 1])? {
            n += 1;
        }
        items[..n].reverse();
    } else {
        while n < items.len() && !lt(&items[n], &items[n - 1])? {
            n += 1;
        }
    }
    Ok(n)
}

/// CPython's `binarysort`: `items[..start]` is sorted; inserts each later item after the
/// equal items already placed (stability).
fn binary_insertion<T: Clone, E>(
    items: &mut [T],
    start: usize,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    for i in start.max(1)..items.len() {
        let pivot = items[i].clone();
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&pivot, &items[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        items[l..=i].rotate_right(1);
    }
    Ok(())
}

/// Merges runs `at` and `at + 1` (adjacent in `items`) into one.
fn merge_at<T: Clone, E>(
    items: &mut [T],
    runs: &mut Vec<(usize, usize)>,
    at: usize,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let (a_start, a_len) = runs[at];
    let (_, b_len) = runs[at + 1];
    runs[at] = (a_start, a_len + b_len);
    runs.remove(at + 1);
    let region = &mut items[a_start..a_start + a_len + b_len];
    let left: Vec<T> = region[..a_len].to_vec();
    let right: Vec<T> = region[a_len..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    let result = (|| {
        while i < left.len() && j < right.len() {
            // Take from the right only when strictly smaller: equal items keep their order.
            if lt(&right[j], &left[i])? {
                region[k] = right[j].clone();
                j += 1;
            } else {
                region[k] = left[i].clone();
                i += 1;
            }
            k += 1;
        }
        Ok(())
    })();
    // Whatever happened, every item goes back exactly once.
    for v in left[i..].iter().chain(right[j..].iter()) {
        region[k] = v.clone();
        k += 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sort_ints(v: &mut [i64]) {
        timsort::<i64, ()>(v, &mut |a, b| Ok(a < b)).unwrap();
    }

    #[test]
    fn sorts_like_std_for_many_shapes() {
        let mut seed = 12345u64;
        for n in [0usize, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000] {
            for modulo in [3u64, 1000, u64::MAX] {
                let mut v: Vec<i64> = (0..n)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        ((seed >> 33) % modulo) as i64
                    })
                    .collect();
                let mut want = v.clone();
                want.sort();
                sort_ints(&mut v);
                assert_eq!(v, want, "n={n} modulo={modulo}");
            }
        }
    }

    #[test]
    fn is_stable() {
        let mut v: Vec<(i64, usize)> = (0..300).map(|i| ((i * 7 % 5) as i64, i)).collect();
        timsort::<_, ()>(&mut v, &mut |a, b| Ok(a.0 < b.0)).unwrap();
        for w in v.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
        }
    }

    #[test]
    fn inconsistent_comparison_keeps_every_item() {
        let mut flip = false;
        let mut v: Vec<i64> = (0..500).rev().collect();
        timsort::<_, ()>(&mut v, &mut |_, _| {
            flip = !flip;
            Ok(flip)
        })
        .unwrap();
        v.sort();
        assert_eq!(v, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn error_stops_and_keeps_every_item() {
        let mut calls = 0;
        let mut v: Vec<i64> = (0..200).rev().collect();
        let r = timsort(&mut v, &mut |a, b| {
            calls += 1;
            if calls == 150 {
                Err("boom")
            } else {
                Ok(a < b)
            }
        });
        assert_eq!(r, Err("boom"));
        v.sort();
        assert_eq!(v, (0..200).collect::<Vec<_>>());
    }

    #[test]
    fn short_lists_compare_as_cpython() {
        // CPython 3.11 sorting [3, 1, 2] calls (printed by a logging `__lt__`): 1<3 and
        // 2<1 (a descending run of 2), then binary insertion of 2 into [1, 3]: 2<3, 2<1.
        let mut log = Vec::new();
        let mut v = vec![3, 1, 2];
        timsort::<i64, ()>(&mut v, &mut |a, b| {
            log.push((*a, *b));
            Ok(a < b)
        })
        .unwrap();
        assert_eq!(v, vec![1, 2, 3]);
        assert_eq!(log, vec![(1, 3), (2, 1), (2, 3), (2, 1)]);
    }
}
