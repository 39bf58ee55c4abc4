//! Cluster the claims of a TSV file (`doc<TAB>title<TAB>days<TAB>text` (days: the publication date as a day number, or empty) per line) and
//! print the time it took and the clusters found; with `--pairs FILE`, also
//! write every pair of claims in one cluster from two documents as
//! `i<TAB>j` (line numbers from 0).
//!
//! `cargo run --release -p claimkit-dedup --example cluster_tsv -- claims.tsv`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: cluster_tsv FILE [--pairs OUT]")?;
    let text = std::fs::read_to_string(path)?;
    let mut docs: Vec<String> = Vec::new();
    let mut stories: Vec<claimkit_dedup::Story> = Vec::new();
    let mut claims = Vec::new();
    for line in text.lines() {
        let mut f = line.splitn(4, '\t');
        let (Some(doc), Some(title), Some(days), Some(claim)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            return Err(format!("bad line: {line:?}").into());
        };
        if docs.last().map(String::as_str) != Some(doc) {
            docs.push(doc.to_string());
            stories.push(claimkit_dedup::Story {
                title: (!title.is_empty()).then_some(title),
                published: days.parse().ok(),
            });
        }
        claims.push(claimkit_dedup::Claim {
            text: claim,
            document: docs.len() - 1,
        });
    }
    let started = Instant::now();
    let reps = claimkit_dedup::clusters(&claims, &stories);
    let secs = started.elapsed().as_secs_f64();
    let mut sizes = std::collections::HashMap::new();
    for &r in &reps {
        *sizes.entry(r).or_insert(0usize) += 1;
    }
    let in_clusters = reps.iter().filter(|r| sizes[r] > 1).count();
    println!(
        "{} claims in {:.3} s ({:.0} claims/s); {} claims in clusters of two or more",
        claims.len(),
        secs,
        claims.len() as f64 / secs,
        in_clusters
    );
    if let Some(out) = args
        .iter()
        .position(|a| a == "--pairs")
        .and_then(|k| args.get(k + 1))
    {
        let mut by_rep: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for (i, &r) in reps.iter().enumerate() {
            by_rep.entry(r).or_default().push(i);
        }
        let mut lines = String::new();
        for members in by_rep.values() {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    if claims[i].document != claims[j].document {
                        lines.push_str(&format!("{i}\t{j}\n"));
                    }
                }
            }
        }
        std::fs::write(out, lines)?;
    }
    Ok(())
}
