//! `claimkit split`: train, validation and test splits that no document, no
//! near-duplicate cluster and (with `--by time`) no publication month
//! crosses.
//!
//! Documents joined by a shared cluster (and by a shared month or source)
//! form groups; each group goes to one split. `--by document` and
//! `--by source` shuffle the groups with the seed and hand the largest first
//! to the split furthest below its share, so every split ends within one
//! group of its request. `--by time` hands groups out in publication order:
//! train the earliest, test the latest.

use std::collections::{BTreeMap, HashMap};

/// What must stay together besides documents and clusters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SplitBy {
    /// Documents (and near-duplicate clusters) only.
    Document,
    /// Publication months, assigned in order.
    Time,
    /// Sources: the article's web site, else its input file.
    Source,
}

impl SplitBy {
    /// The option value as written.
    pub fn as_str(self) -> &'static str {
        match self {
            SplitBy::Document => "document",
            SplitBy::Time => "time",
            SplitBy::Source => "source",
        }
    }
}

/// One claim row as the split sees it.
#[derive(Clone, Debug)]
pub struct Row {
    /// Its document.
    pub doc: String,
    /// Its near-duplicate cluster.
    pub cluster: String,
    /// Whether it counts toward the ratios (a `checkable_claims` row).
    pub weighed: bool,
}

/// One document as the split sees it.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// Publication month, `YYYY-MM`, if known.
    pub month: Option<String>,
    /// Source key (web site, else input file).
    pub source: String,
}

/// The split (0 train, 1 validation, 2 test) of each document.
pub fn assign(
    rows: &[Row],
    docs: &BTreeMap<String, Doc>,
    by: SplitBy,
    ratios: [f64; 3],
    seed: u64,
) -> HashMap<String, usize> {
    let names: Vec<&String> = docs.keys().collect();
    let (mut uf, groups) = groups(rows, docs, &names, by);
    let split_of_root = if by == SplitBy::Time {
        in_time_order(groups, ratios)
    } else {
        balanced(groups, ratios, seed)
    };
    let mut out = HashMap::new();
    for (d, name) in names.iter().enumerate() {
        let root = find(&mut uf, d);
        let k = split_of_root.get(&root).copied().unwrap_or(0);
        out.insert((*name).clone(), k);
    }
    out
}

/// A group of documents that must stay together: its root, its weight (rows
/// that count toward the ratios) and its earliest month.
type Group = (usize, usize, Option<String>);

/// The documents (in `names` order) joined by shared clusters (and months or
/// sources): the union-find over them and one [`Group`] per set.
fn groups(
    rows: &[Row],
    docs: &BTreeMap<String, Doc>,
    names: &[&String],
    by: SplitBy,
) -> (Vec<usize>, Vec<Group>) {
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, d)| (d.as_str(), i))
        .collect();
    let mut uf: Vec<usize> = (0..names.len()).collect();
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut join = |uf: &mut Vec<usize>, key: String, d: usize| {
        let other = *first.entry(key).or_insert(d);
        union(uf, other, d);
    };
    for row in rows {
        if let Some(&d) = index.get(row.doc.as_str()) {
            join(&mut uf, format!("c:{}", row.cluster), d);
        }
    }
    for (d, name) in names.iter().enumerate() {
        let doc = &docs[*name];
        match by {
            SplitBy::Time => join(
                &mut uf,
                format!("m:{}", doc.month.as_deref().unwrap_or("")),
                d,
            ),
            SplitBy::Source => join(&mut uf, format!("s:{}", doc.source), d),
            SplitBy::Document => {}
        }
    }
    let mut weight = vec![0usize; names.len()];
    for row in rows.iter().filter(|r| r.weighed) {
        if let Some(&d) = index.get(row.doc.as_str()) {
            weight[find(&mut uf, d)] += 1;
        }
    }
    let mut earliest: BTreeMap<usize, Option<String>> = BTreeMap::new();
    for (d, name) in names.iter().enumerate() {
        let month = docs[*name].month.clone();
        let slot = earliest.entry(find(&mut uf, d)).or_insert(None);
        if slot.is_none() || (month.is_some() && month < *slot) {
            *slot = month.or(slot.take());
        }
    }
    let groups = earliest
        .into_iter()
        .map(|(root, month)| (root, weight[root], month))
        .collect();
    (uf, groups)
}

/// `--by time`: groups in month order (undated last), each to the split its
/// middle falls in, so that each split is within half a group of its share.
fn in_time_order(mut order: Vec<Group>, ratios: [f64; 3]) -> HashMap<usize, usize> {
    let total: usize = order.iter().map(|g| g.1).sum();
    let bounds = [
        ratios[0] * total as f64,
        (ratios[0] + ratios[1]) * total as f64,
    ];
    order.sort_by(|a, b| (a.2.is_none(), &a.2, a.0).cmp(&(b.2.is_none(), &b.2, b.0)));
    let mut cumulative = 0.0;
    let mut out = HashMap::new();
    for (root, w, _) in order {
        let middle = cumulative + w as f64 / 2.0;
        let k = if middle < bounds[0] {
            0
        } else if middle < bounds[1] {
            1
        } else {
            2
        };
        cumulative += w as f64;
        out.insert(root, k);
    }
    out
}

/// `--by document` and `--by source`: groups shuffled with the seed, the
/// largest first, each to the split furthest below its share.
fn balanced(mut order: Vec<Group>, ratios: [f64; 3], seed: u64) -> HashMap<usize, usize> {
    let total: usize = order.iter().map(|g| g.1).sum();
    let targets: Vec<f64> = ratios.iter().map(|r| r * total as f64).collect();
    shuffle(&mut order, seed);
    order.sort_by_key(|g| std::cmp::Reverse(g.1)); // stable: ties keep the shuffled order
    let mut filled = [0usize; 3];
    let mut out = HashMap::new();
    for (root, w, _) in order {
        let k = (0..3)
            .max_by(|&x, &y| {
                let (dx, dy) = (targets[x] - filled[x] as f64, targets[y] - filled[y] as f64);
                dx.total_cmp(&dy).then(y.cmp(&x))
            })
            .unwrap_or(0);
        filled[k] += w;
        out.insert(root, k);
    }
    out
}

fn find(uf: &mut [usize], mut x: usize) -> usize {
    while uf[x] != x {
        uf[x] = uf[uf[x]];
        x = uf[x];
    }
    x
}

fn union(uf: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(uf, a), find(uf, b));
    uf[a.max(b)] = a.min(b);
}

/// Fisher–Yates with SplitMix64: the same order for the same seed on every platform.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn docs(n: usize) -> BTreeMap<String, Doc> {
        (0..n)
            .map(|i| {
                (
                    format!("d{i}"),
                    Doc {
                        month: Some(format!("2015-{:02}", 1 + i % 12)),
                        source: format!("s{}", i % 3),
                    },
                )
            })
            .collect()
    }

    #[test]
    fn a_cluster_across_documents_keeps_them_together() {
        let rows = vec![
            Row {
                doc: "d0".into(),
                cluster: "d0:c1".into(),
                weighed: true,
            },
            Row {
                doc: "d1".into(),
                cluster: "d0:c1".into(),
                weighed: true,
            },
            Row {
                doc: "d2".into(),
                cluster: "d2:c1".into(),
                weighed: true,
            },
        ];
        for seed in 0..20 {
            let s = assign(&rows, &docs(3), SplitBy::Document, [0.34, 0.33, 0.33], seed);
            assert_eq!(s["d0"], s["d1"]);
        }
    }

    #[test]
    fn time_puts_the_earliest_months_in_train() {
        let rows: Vec<Row> = (0..10)
            .map(|i| Row {
                doc: format!("d{i}"),
                cluster: format!("d{i}:c1"),
                weighed: true,
            })
            .collect();
        let s = assign(&rows, &docs(10), SplitBy::Time, [0.8, 0.1, 0.1], 1);
        assert_eq!(s["d0"], 0);
        assert_eq!(s["d9"], 2);
    }

    proptest! {
        #[test]
        fn no_document_or_cluster_crosses_and_ratios_hold(
            sizes in prop::collection::vec(1usize..8, 1..40),
            links in prop::collection::vec((0usize..40, 0usize..40), 0..6),
            seed in any::<u64>(),
        ) {
            let n = sizes.len();
            let mut rows = Vec::new();
            for (d, &k) in sizes.iter().enumerate() {
                for c in 0..k {
                    rows.push(Row { doc: format!("d{d}"), cluster: format!("d{d}:c{c}"), weighed: true });
                }
            }
            for (a, b) in links {
                let (a, b) = (a % n, b % n);
                rows.push(Row { doc: format!("d{b}"), cluster: format!("d{a}:c0"), weighed: false });
            }
            let s = assign(&rows, &docs(n), SplitBy::Document, [0.8, 0.1, 0.1], seed);
            let mut cluster_split: HashMap<&str, usize> = HashMap::new();
            for r in &rows {
                let k = s[&r.doc];
                prop_assert_eq!(*cluster_split.entry(r.cluster.as_str()).or_insert(k), k);
            }
            prop_assert_eq!(&s, &assign(&rows, &docs(n), SplitBy::Document, [0.8, 0.1, 0.1], seed));
            if rows.len() == sizes.iter().sum::<usize>() {
                // No cross-document cluster: every split within one document of its share.
                let total = rows.len() as f64;
                let largest = *sizes.iter().max().unwrap_or(&0) as f64;
                for (k, ratio) in [0.8, 0.1, 0.1].iter().enumerate() {
                    let got = rows.iter().filter(|r| s[&r.doc] == k).count() as f64;
                    prop_assert!((got - ratio * total).abs() <= largest, "split {} has {} of {}", k, got, total);
                }
            }
        }
    }
}
