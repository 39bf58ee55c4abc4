//! The learned model: a logistic regression over the claim's terms and the rule features,
//! read from a versioned text file.
//!
//! The raw score of a claim is
//!
//! ```text
//! z = bias + Σ term weights / √(number of distinct known terms) + Σ rule weight × rule value
//! ```
//!
//! (each known term of the claim counted once, the term vector scaled to unit length), and the
//! published score is Platt-calibrated on the development set: `1 / (1 + exp(-(a·z + b)))`.
//!
//! The file (`checkworthiness-model.tsv`) holds, one per line, tab-separated:
//! `# …` comment lines (training files with SHA-256, options, scores), then
//! `format`, `bias`, `platt a b`, `threshold`, one `rule NAME WEIGHT` row per
//! [`Feature`], and `term TERM WEIGHT` rows sorted by term.

use super::features::{Feature, FeatureValues, N_FEATURES};
use super::terms::Words;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: terms are short and trusted (the model's own), so a simple fast hash serves.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type TermIndex = HashMap<Box<str>, u32, BuildHasherDefault<Fnv>>;
use std::fmt::Write as _;

/// The format line every model file carries.
pub const FORMAT: &str = "claimkit-checkworthiness 1";

/// A model file that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "check-worthiness model, line {}: {}",
            self.line, self.message
        )
    }
}

impl std::error::Error for ModelError {}

/// A learned check-worthiness model.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Comment lines of the file, without `# `.
    pub notes: Vec<String>,
    /// Added to the raw score.
    pub bias: f64,
    /// Platt calibration: slope and intercept on the raw score.
    pub platt: (f64, f64),
    /// A claim is check-worthy when its calibrated score reaches this.
    pub threshold: f64,
    /// The weight of every rule feature, indexed by `Feature as usize`.
    pub rules: [f64; N_FEATURES],
    /// Terms and their weights, sorted by term.
    terms: Vec<(Box<str>, f64)>,
    index: TermIndex,
}

/// The score of one claim with the terms that moved it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// Raw score `z`.
    pub margin: f64,
    /// Calibrated score in 0..1.
    pub probability: f64,
    /// The claim's known terms by index, sorted, each once.
    pub terms: Vec<u32>,
}

impl Model {
    /// A model from its parts; `terms` are sorted and must not repeat.
    pub fn new(bias: f64, rules: [f64; N_FEATURES], mut terms: Vec<(String, f64)>) -> Model {
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        terms.dedup_by(|a, b| a.0 == b.0);
        let terms: Vec<(Box<str>, f64)> = terms
            .into_iter()
            .map(|(t, w)| (t.into_boxed_str(), w))
            .collect();
        let index = index_of(&terms);
        Model {
            notes: Vec::new(),
            bias,
            platt: (1.0, 0.0),
            threshold: 0.5,
            rules,
            terms,
            index,
        }
    }

    /// Reads a model file.
    pub fn parse(text: &str) -> Result<Model, ModelError> {
        let mut notes = Vec::new();
        let mut format = false;
        let (mut bias, mut platt, mut threshold) = (None, None, None);
        let mut rules = [None; N_FEATURES];
        let mut terms: Vec<(Box<str>, f64)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let err = |message: String| ModelError {
                line: i + 1,
                message,
            };
            if let Some(note) = line.strip_prefix('#') {
                notes.push(note.strip_prefix(' ').unwrap_or(note).to_string());
                continue;
            }
            if line.is_empty() {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            let number = |k: usize| -> Result<f64, ModelError> {
                let cell = cells
                    .get(k)
                    .ok_or_else(|| err(format!("missing column {}", k + 1)))?;
                match cell.parse::<f64>() {
                    Ok(v) if v.is_finite() => Ok(v),
                    _ => Err(err(format!("not a number: {cell:?}"))),
                }
            };
            let arity = |n: usize| -> Result<(), ModelError> {
                if cells.len() == n {
                    Ok(())
                } else {
                    Err(err(format!(
                        "{} wants {} columns, found {}",
                        cells[0],
                        n,
                        cells.len()
                    )))
                }
            };
            match cells[0] {
                "format" => {
                    arity(2)?;
                    if cells[1] != FORMAT {
                        return Err(err(format!("format {:?}, expected {FORMAT:?}", cells[1])));
                    }
                    format = true;
                }
                "bias" => {
                    arity(2)?;
                    bias = Some(number(1)?);
                }
                "platt" => {
                    arity(3)?;
                    platt = Some((number(1)?, number(2)?));
                }
                "threshold" => {
                    arity(2)?;
                    threshold = Some(number(1)?);
                }
                "rule" => {
                    arity(3)?;
                    let Some(feature) = Feature::ALL.iter().find(|f| f.name() == cells[1]) else {
                        return Err(err(format!("unknown rule feature {:?}", cells[1])));
                    };
                    rules[*feature as usize] = Some(number(2)?);
                }
                "term" => {
                    arity(3)?;
                    let term = cells[1];
                    if let Some((last, _)) = terms.last() {
                        if **last >= *term {
                            return Err(err(format!("term {term:?} out of order or repeated")));
                        }
                    }
                    terms.push((term.into(), number(2)?));
                }
                other => return Err(err(format!("unknown row {other:?}"))),
            }
        }
        let end = text.lines().count();
        let missing = |what: &str| ModelError {
            line: end,
            message: format!("no {what} row"),
        };
        if !format {
            return Err(missing("format"));
        }
        let mut rule_weights = [0.0; N_FEATURES];
        for f in Feature::ALL {
            rule_weights[f as usize] = rules[f as usize].ok_or_else(|| missing(f.name()))?;
        }
        let index = index_of(&terms);
        Ok(Model {
            notes,
            bias: bias.ok_or_else(|| missing("bias"))?,
            platt: platt.ok_or_else(|| missing("platt"))?,
            threshold: threshold.ok_or_else(|| missing("threshold"))?,
            rules: rule_weights,
            terms,
            index,
        })
    }

    /// The model file: notes, then every row; weights with six decimals.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for note in &self.notes {
            let _ = writeln!(s, "# {note}");
        }
        let _ = writeln!(s, "format\t{FORMAT}");
        let _ = writeln!(s, "bias\t{:.6}", self.bias);
        let _ = writeln!(s, "platt\t{:.6}\t{:.6}", self.platt.0, self.platt.1);
        let _ = writeln!(s, "threshold\t{:.2}", self.threshold);
        for f in Feature::ALL {
            let _ = writeln!(s, "rule\t{}\t{:.6}", f.name(), self.rules[f as usize]);
        }
        for (term, w) in &self.terms {
            let _ = writeln!(s, "term\t{term}\t{w:.6}");
        }
        s
    }

    /// Number of terms.
    pub fn n_terms(&self) -> usize {
        self.terms.len()
    }

    /// Term `i` and its weight.
    pub fn term(&self, i: u32) -> Option<(&str, f64)> {
        self.terms.get(i as usize).map(|(t, w)| (&**t, *w))
    }

    /// The index of `term`, if the model knows it.
    pub fn term_index(&self, term: &str) -> Option<u32> {
        self.index.get(term).copied()
    }

    /// The known terms of `words`, by index, sorted, each once.
    pub fn known_terms(&self, words: &Words) -> Vec<u32> {
        let mut found = Vec::with_capacity(2 * words.len());
        self.known_terms_into(words, &mut found);
        found
    }

    /// [`Model::known_terms`] into a buffer, which it clears first.
    ///
    /// A pair is looked up only when both its words are terms: a pair in `min_df` training
    /// sentences has each of its words in them too, so a trained model never has a pair
    /// without its words.
    pub fn known_terms_into(&self, words: &Words, found: &mut Vec<u32>) {
        found.clear();
        let mut previous_known = false;
        for i in 0..words.len() {
            let known = self.index.get(words.word(i)).copied();
            if let Some(k) = known {
                found.push(k);
                if previous_known {
                    if let Some(&p) = self.index.get(words.pair(i - 1)) {
                        found.push(p);
                    }
                }
            }
            previous_known = known.is_some();
        }
        found.sort_unstable();
        found.dedup();
    }

    /// The raw score of known terms and rule values.
    pub fn margin(&self, terms: &[u32], values: &FeatureValues) -> f64 {
        let mut z = self.bias;
        if !terms.is_empty() {
            let sum: f64 = terms.iter().map(|&i| self.terms[i as usize].1).sum();
            z += sum / (terms.len() as f64).sqrt();
        }
        for f in Feature::ALL {
            z += self.rules[f as usize] * values.get(f);
        }
        z
    }

    /// The calibrated score of a raw score, in 0..1.
    pub fn probability(&self, margin: f64) -> f64 {
        let p = 1.0 / (1.0 + (-(self.platt.0 * margin + self.platt.1)).exp());
        if p.is_finite() {
            p.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Scores the words of a claim with its rule values.
    pub fn score(&self, words: &Words, values: &FeatureValues) -> Scored {
        let terms = self.known_terms(words);
        let margin = self.margin(&terms, values);
        Scored {
            margin,
            probability: self.probability(margin),
            terms,
        }
    }

    /// Up to `n` of `terms` with the largest positive weight, strongest first (ties by term).
    pub fn strongest(&self, terms: &[u32], n: usize) -> Vec<&str> {
        let mut positive: Vec<(&str, f64)> = terms
            .iter()
            .filter_map(|&i| self.term(i))
            .filter(|(_, w)| *w > 0.0)
            .collect();
        positive.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        positive.into_iter().take(n).map(|(t, _)| t).collect()
    }

    /// Every term with its weight, sorted by term.
    pub fn terms(&self) -> impl Iterator<Item = (&str, f64)> {
        self.terms.iter().map(|(t, w)| (&**t, *w))
    }
}

fn index_of(terms: &[(Box<str>, f64)]) -> TermIndex {
    terms
        .iter()
        .enumerate()
        .map(|(i, (t, _))| (t.clone(), i as u32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Model {
        let mut rules = [0.0; N_FEATURES];
        rules[Feature::Quantity as usize] = 1.0;
        let mut m = Model::new(
            -1.0,
            rules,
            vec![
                ("deficit".into(), 2.0),
                ("the".into(), -0.5),
                ("the deficit".into(), 1.0),
            ],
        );
        m.notes.push("a test model".into());
        m.threshold = 0.4;
        m
    }

    #[test]
    fn round_trips_through_its_text() {
        let m = small();
        let text = m.to_text();
        assert!(text.starts_with("# a test model\nformat\t"));
        assert_eq!(Model::parse(&text), Ok(m));
    }

    #[test]
    fn margin_scales_terms_to_unit_length() {
        let m = small();
        let mut words = Words::default();
        words.read("The deficit grew.");
        let terms = m.known_terms(&words);
        assert_eq!(terms.len(), 3);
        let mut values = FeatureValues::default();
        let z = m.margin(&terms, &values);
        assert!((z - (-1.0 + 2.5 / 3f64.sqrt())).abs() < 1e-12);
        values.0[Feature::Quantity as usize] = 1.0;
        assert!((m.margin(&terms, &values) - z - 1.0).abs() < 1e-12);
        assert_eq!(m.strongest(&terms, 5), ["deficit", "the deficit"]);
        words.read("nothing known here");
        assert_eq!(
            m.margin(&m.known_terms(&words), &FeatureValues::default()),
            -1.0
        );
    }

    #[test]
    fn bad_files_name_their_line() {
        let good = small().to_text();
        let cases = [
            (
                good.replace("format\tclaimkit-checkworthiness 1", "format\tother"),
                2,
            ),
            (good.replace("bias\t-1.000000", "bias\tx"), 3),
            (good.replace("rule\tQuantity", "rule\tQuantities"), 6),
            (good.replace("term\tthe\t", "term\tdeficit\t"), 26),
            (good.replace("threshold", "limit"), 5),
        ];
        for (text, line) in cases {
            let e = Model::parse(&text).expect_err("bad model");
            assert_eq!(e.line, line, "{e}");
        }
        assert!(Model::parse("").is_err());
    }
}
