//! The learned model: a logistic regression over TF-IDF word and character n-grams of the
//! claim ([`terms`](super::terms)), read from a versioned text file, with two calibrations:
//! one for debates (the public benchmarks) and one for news (the tables).
//!
//! The **text margin** of a claim is
//!
//! ```text
//! z = bias + Σ_word w·x / ‖x_word‖ + Σ_char w·x / ‖x_char‖,   x = (1 + ln count) · idf
//! ```
//!
//! (scikit-learn's `TfidfVectorizer(sublinear_tf=True)`, each block scaled to unit length).
//! The **debate score** is `σ(a·z + b)` with the Platt slope and intercept fitted on the
//! CheckThat! 2024 dev set. The **news margin** weighs the text margin with the rule features
//! that make a news claim checkable or not, `m = a'·z + b' + Σ rule weight × rule value`, and
//! the **news score** is `σ(m)`: a logistic regression fitted on the news dev set (see
//! [`train::calibrate_news`](super::train::calibrate_news)).
//!
//! The file (`checkworthiness-model.tsv`) holds, one per line, tab-separated:
//! `# …` comment lines (training files with SHA-256, options, scores), then `format`, `bias`,
//! `platt a b`, `threshold`, `news a b`, `news_threshold`, one `rule NAME WEIGHT` row per
//! [`Feature`], and `word TERM IDF WEIGHT` and `char GRAM IDF WEIGHT` rows, sorted.

use super::features::{Feature, FeatureValues, N_FEATURES};
use super::layout::{number, term_row};
use super::lookup::{KeyIndex, PieceCache, Tally};
use super::terms::{key, Kind, Terms};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The format line every model file carries.
pub const FORMAT: &str = "claimkit-checkworthiness 2";

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

/// One learned term.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// Word term or character n-gram.
    pub kind: Kind,
    /// The term as text.
    pub text: Box<str>,
    /// Inverse document frequency in the training sentences.
    pub idf: f64,
    /// Weight.
    pub weight: f64,
}

/// A learned check-worthiness model.
#[derive(Clone, Debug)]
pub struct Model {
    /// Comment lines of the file, without `# `.
    pub notes: Vec<String>,
    /// Added to the text margin.
    pub bias: f64,
    /// Debate calibration: Platt slope and intercept on the text margin.
    pub platt: (f64, f64),
    /// A debate sentence is check-worthy when its debate score reaches this.
    pub threshold: f64,
    /// News margin: the weight of the text margin and the intercept.
    pub news: (f64, f64),
    /// A news claim is check-worthy when its news score reaches this.
    pub news_threshold: f64,
    /// The weight of every rule feature in the news margin, indexed by `Feature as usize`.
    pub rules: [f64; N_FEATURES],
    /// The idf and weight of each term, by term index: what scoring reads.
    values: Cow<'static, [[f64; 2]]>,
    index: KeyIndex,
    /// Terms sorted by kind, then text. Unset only in the bundled model, whose tables are
    /// compiled in ([`super::compiled`]): read from its file on first use.
    terms: OnceLock<Vec<Term>>,
}

impl PartialEq for Model {
    fn eq(&self, other: &Model) -> bool {
        (&self.notes, self.bias, self.platt, self.threshold)
            == (&other.notes, other.bias, other.platt, other.threshold)
            && (self.news, self.news_threshold, self.rules)
                == (other.news, other.news_threshold, other.rules)
            && (&self.values, &self.index) == (&other.values, &other.index)
            && self.terms() == other.terms()
    }
}

/// Reusable buffers for scoring.
#[derive(Debug, Default)]
pub struct Scratch {
    terms: Terms,
    counts: Vec<u16>,
    touched: Vec<u32>,
    pieces: PieceCache,
}

/// `1 + ln count`, scikit-learn's sublinear term frequency (most terms occur once).
fn sublinear(count: u16) -> f64 {
    if count <= 1 {
        1.0
    } else {
        1.0 + f64::from(count).ln()
    }
}

fn sigmoid(x: f64) -> f64 {
    let p = 1.0 / (1.0 + (-x).exp());
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

impl Model {
    /// A model from its terms (sorted here; a repeated term keeps its first row). The
    /// scorer takes every known character n-gram's prefix to be known too (true of a
    /// vocabulary cut at a sentence count, as [`train::vocabulary`](super::train::vocabulary)
    /// cuts it).
    pub fn new(bias: f64, rules: [f64; N_FEATURES], mut terms: Vec<Term>) -> Model {
        terms.sort_by(|a, b| (a.kind, &a.text).cmp(&(b.kind, &b.text)));
        terms.dedup_by(|a, b| a.kind == b.kind && a.text == b.text);
        let index = index_of(&terms);
        Model {
            values: values_of(&terms),
            terms: OnceLock::from(terms),
            notes: Vec::new(),
            bias,
            platt: (1.0, 0.0),
            threshold: 0.5,
            news: (1.0, 0.0),
            news_threshold: 0.5,
            rules,
            index,
        }
    }

    /// This model's head with the term tables of the bundled model (`index`, `values`):
    /// its terms are read from the bundled file when asked for.
    pub(super) fn with_tables(self, index: KeyIndex, values: &'static [[f64; 2]]) -> Model {
        Model {
            values: Cow::Borrowed(values),
            index,
            terms: OnceLock::new(),
            ..self
        }
    }

    /// Reads a model file.
    pub fn parse(text: &str) -> Result<Model, ModelError> {
        let mut rows = Rows::new();
        let mut end = 0;
        for (i, line) in text.lines().enumerate() {
            end = i + 1;
            rows.read(line, i + 1)?;
        }
        rows.finish(end)
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
        let _ = writeln!(s, "news\t{:.6}\t{:.6}", self.news.0, self.news.1);
        let _ = writeln!(s, "news_threshold\t{:.2}", self.news_threshold);
        for f in Feature::ALL {
            let _ = writeln!(s, "rule\t{}\t{:.6}", f.name(), self.rules[f as usize]);
        }
        for t in self.terms() {
            let _ = writeln!(
                s,
                "{}\t{}\t{:.6}\t{:.6}",
                t.kind.name(),
                t.text,
                t.idf,
                t.weight
            );
        }
        s
    }

    /// Every term, sorted by kind and text.
    pub fn terms(&self) -> &[Term] {
        self.terms.get_or_init(super::compiled::bundled_terms)
    }

    /// The index of a term, if the model knows it.
    pub fn term_index(&self, kind: Kind, text: &str) -> Option<u32> {
        self.index.get(key(kind, text))
    }

    /// The text margin of `text` (see the module docs).
    pub fn text_margin(&self, text: &str, scratch: &mut Scratch) -> f64 {
        self.margin_with(text, scratch, None)
    }

    /// The text margin, calling `each(term index, feature value)` for every known term (its
    /// TF-IDF value scaled to unit length within its block: the term's contribution to the
    /// margin is that value times its weight).
    pub fn weighted_terms(
        &self,
        text: &str,
        scratch: &mut Scratch,
        mut each: impl FnMut(u32, f64),
    ) -> f64 {
        self.margin_with(text, scratch, Some(&mut each))
    }

    fn margin_with(
        &self,
        text: &str,
        scratch: &mut Scratch,
        mut each: Option<&mut dyn FnMut(u32, f64)>,
    ) -> f64 {
        let Scratch {
            terms,
            counts,
            touched,
            pieces,
        } = scratch;
        if counts.len() != self.values.len() {
            // `touched` holds each term at most once, so it never grows while counting:
            // no reallocation in the loop over the n-grams
            counts.clear();
            counts.resize(self.values.len(), 0);
            touched.clear();
            touched.resize(self.values.len(), 0);
        }
        terms.read(text);
        let mut z = self.bias;
        let mut tally = Tally {
            index: &self.index,
            counts,
            touched,
            n: 0,
        };
        terms.for_each_word_key(|k| {
            tally.note(k);
        });
        let words = tally.n;
        terms.for_each_piece(|piece, padding| pieces.count(piece, padding, &mut tally));
        let n = tally.n;
        z += self.block(counts, &touched[..words], &mut each);
        z += self.block(counts, &touched[words..n], &mut each);
        z
    }

    /// `w·x / ‖x‖` over the touched terms of one block; resets their counts.
    fn block(
        &self,
        counts: &mut [u16],
        touched: &[u32],
        each: &mut Option<&mut dyn FnMut(u32, f64)>,
    ) -> f64 {
        let (mut dot, mut squares) = (0.0, 0.0);
        // without `each` (the scorer's path), counts are reset as they are read
        let reset = each.is_none();
        for &i in touched {
            let [idf, weight] = self.values[i as usize];
            let c = &mut counts[i as usize];
            let x = sublinear(*c) * idf;
            if reset {
                *c = 0;
            }
            dot += x * weight;
            squares += x * x;
        }
        let norm = squares.sqrt();
        if let Some(each) = each {
            for &i in touched {
                if squares > 0.0 {
                    let idf = self.values[i as usize][0];
                    each(i, sublinear(counts[i as usize]) * idf / norm);
                }
                counts[i as usize] = 0;
            }
        }
        if squares == 0.0 {
            0.0
        } else {
            dot / norm
        }
    }

    /// The debate score of a text margin, in 0..1.
    pub fn debate_probability(&self, margin: f64) -> f64 {
        sigmoid(self.platt.0 * margin + self.platt.1)
    }

    /// The news margin: the weighted text margin plus the rule features.
    pub fn news_margin(&self, text_margin: f64, values: &FeatureValues) -> f64 {
        let mut m = self.news.0 * text_margin + self.news.1;
        for f in Feature::ALL {
            m += self.rules[f as usize] * values.get(f);
        }
        m
    }

    /// The news score of a news margin, in 0..1.
    pub fn news_probability(&self, news_margin: f64) -> f64 {
        sigmoid(news_margin)
    }

    /// The bits of every term's idf and weight as scoring reads them, for tests.
    #[cfg(test)]
    pub(crate) fn value_bits(&self) -> Vec<u64> {
        self.values
            .iter()
            .flat_map(|v| v.map(f64::to_bits))
            .collect()
    }

    /// Term `i`.
    pub fn term(&self, i: u32) -> Option<&Term> {
        self.terms().get(i as usize)
    }
}

/// The tab-separated cells of one row, without allocating: a model file has some 46,000
/// rows, and reading it runs once per process.
struct Cells<'a> {
    first: [&'a str; 4],
    len: usize,
}

impl<'a> Cells<'a> {
    fn split(line: &'a str) -> Cells<'a> {
        let mut first = [""; 4];
        let mut len = 0;
        for cell in line.split('\t') {
            if let Some(slot) = first.get_mut(len) {
                *slot = cell;
            }
            len += 1;
        }
        Cells { first, len }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn get(&self, k: usize) -> Option<&'a str> {
        self.first.get(k).copied().filter(|_| k < self.len)
    }
}

/// One row of a model file that is not a term row in the fast layout: its cells and its
/// 1-based line number, for errors.
struct Row<'a> {
    line: usize,
    cells: Cells<'a>,
}

impl Row<'_> {
    fn err(&self, message: String) -> ModelError {
        ModelError {
            line: self.line,
            message,
        }
    }

    /// The name of the row: its first cell.
    fn name(&self) -> &str {
        self.cells.first[0]
    }

    /// Cell `k` as a number.
    fn number(&self, k: usize) -> Result<f64, ModelError> {
        let cell = self
            .cells
            .get(k)
            .ok_or_else(|| self.err(format!("missing column {}", k + 1)))?;
        number(cell).ok_or_else(|| self.err(format!("not a number: {cell:?}")))
    }

    /// Checks that the row has `n` cells.
    fn want(&self, n: usize) -> Result<(), ModelError> {
        let found = self.cells.len();
        if found == n {
            Ok(())
        } else {
            Err(self.err(format!("{} wants {n} columns, found {found}", self.name())))
        }
    }
}

/// What [`Model::parse`] has read so far: one method per kind of row, and [`Rows::finish`]
/// to check that no row is missing.
struct Rows {
    notes: Vec<String>,
    format: bool,
    /// By [`SCALARS`] index.
    scalars: [Option<(f64, f64)>; 5],
    /// By `Feature as usize`.
    rules: [Option<f64>; N_FEATURES],
    terms: Vec<Term>,
}

impl Rows {
    fn new() -> Rows {
        Rows {
            notes: Vec::new(),
            format: false,
            scalars: [None; 5],
            rules: [None; N_FEATURES],
            terms: Vec::new(),
        }
    }

    /// Reads `line`, line number `line_no` (1-based).
    fn read(&mut self, line: &str, line_no: usize) -> Result<(), ModelError> {
        // term rows are nearly every row: read them first, without splitting into cells
        if let Some((kind, text, idf, weight)) = term_row(line) {
            let term = Term {
                kind: kind_named(kind),
                text: text.into(),
                idf,
                weight,
            };
            return push_term(&mut self.terms, term).map_err(|message| ModelError {
                line: line_no,
                message,
            });
        }
        if let Some(note) = line.strip_prefix('#') {
            self.notes
                .push(note.strip_prefix(' ').unwrap_or(note).to_string());
            return Ok(());
        }
        if line.is_empty() {
            return Ok(());
        }
        let row = Row {
            line: line_no,
            cells: Cells::split(line),
        };
        let slot = SCALARS.iter().position(|(name, _)| *name == row.name());
        match (row.name(), slot) {
            ("format", _) => self.format(&row),
            (_, Some(k)) => self.scalar(&row, k),
            ("rule", _) => self.rule(&row),
            ("word" | "char", _) => self.term(&row),
            (other, None) => Err(row.err(format!("unknown row {other:?}"))),
        }
    }

    fn format(&mut self, row: &Row) -> Result<(), ModelError> {
        row.want(2)?;
        if row.cells.first[1] != FORMAT {
            return Err(row.err(format!(
                "format {:?}, expected {FORMAT:?}",
                row.cells.first[1]
            )));
        }
        self.format = true;
        Ok(())
    }

    /// The row of [`SCALARS`] entry `k`.
    fn scalar(&mut self, row: &Row, k: usize) -> Result<(), ModelError> {
        let pair = SCALARS[k].1;
        row.want(if pair { 3 } else { 2 })?;
        self.scalars[k] = Some((row.number(1)?, if pair { row.number(2)? } else { 0.0 }));
        Ok(())
    }

    fn rule(&mut self, row: &Row) -> Result<(), ModelError> {
        row.want(3)?;
        let name = row.cells.first[1];
        let Some(feature) = Feature::ALL.iter().find(|f| f.name() == name) else {
            return Err(row.err(format!("unknown rule feature {name:?}")));
        };
        self.rules[*feature as usize] = Some(row.number(2)?);
        Ok(())
    }

    /// A term row that the fast layout ([`term_row`]) does not read.
    fn term(&mut self, row: &Row) -> Result<(), ModelError> {
        row.want(4)?;
        let term = Term {
            kind: kind_named(row.name()),
            text: row.cells.first[1].into(),
            idf: row.number(2)?,
            weight: row.number(3)?,
        };
        push_term(&mut self.terms, term).map_err(|message| row.err(message))
    }

    /// The model, once every row is read; a missing row is reported at the last line, `end`.
    fn finish(self, end: usize) -> Result<Model, ModelError> {
        let missing = |what: &str| ModelError {
            line: end,
            message: format!("no {what} row"),
        };
        if !self.format {
            return Err(missing("format"));
        }
        let mut rules = [0.0; N_FEATURES];
        for f in Feature::ALL {
            rules[f as usize] = self.rules[f as usize].ok_or_else(|| missing(f.name()))?;
        }
        let mut got = [(0.0, 0.0); 5];
        for (k, (name, _)) in SCALARS.iter().enumerate() {
            got[k] = self.scalars[k].ok_or_else(|| missing(name))?;
        }
        let terms = self.terms;
        let index = index_of(&terms);
        if index.len != terms.len() {
            return Err(missing("term key collision-free"));
        }
        Ok(Model {
            notes: self.notes,
            bias: got[0].0,
            platt: got[1],
            threshold: got[2].0,
            news: got[3],
            news_threshold: got[4].0,
            rules,
            values: values_of(&terms),
            terms: OnceLock::from(terms),
            index,
        })
    }
}

/// The kind of a term row named `word` or `char`.
fn kind_named(name: &str) -> Kind {
    if name == "word" {
        Kind::Word
    } else {
        Kind::Char
    }
}

/// Appends `term`, which must sort after the last one.
fn push_term(terms: &mut Vec<Term>, term: Term) -> Result<(), String> {
    if let Some(last) = terms.last() {
        if (last.kind, &last.text) >= (term.kind, &term.text) {
            return Err(format!("term {:?} out of order or repeated", term.text));
        }
    }
    terms.push(term);
    Ok(())
}

/// The single-number rows: name, and whether the row holds a pair.
const SCALARS: [(&str, bool); 5] = [
    ("bias", false),
    ("platt", true),
    ("threshold", false),
    ("news", true),
    ("news_threshold", false),
];

fn values_of(terms: &[Term]) -> Cow<'static, [[f64; 2]]> {
    terms.iter().map(|t| [t.idf, t.weight]).collect()
}

fn index_of(terms: &[Term]) -> KeyIndex {
    let mut index = KeyIndex::with_capacity(terms.len());
    for (i, t) in terms.iter().enumerate() {
        index.insert(key(t.kind, &t.text), i as u32);
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(kind: Kind, text: &str, idf: f64, weight: f64) -> Term {
        Term {
            kind,
            text: text.into(),
            idf,
            weight,
        }
    }

    fn small() -> Model {
        let mut rules = [0.0; N_FEATURES];
        rules[Feature::Quantity as usize] = 1.0;
        let mut m = Model::new(
            -1.0,
            rules,
            vec![
                term(Kind::Word, "deficit", 2.0, 2.0),
                term(Kind::Word, "the", 1.0, -0.5),
                term(Kind::Char, " t", 1.0, 0.25),
            ],
        );
        m.notes.push("a test model".into());
        m.threshold = 0.4;
        m
    }

    #[test]
    fn every_bundled_char_gram_has_its_prefix() {
        // what lets the scorer stop at the first unknown n-gram from a start
        // (Terms::for_each_char_key)
        let m = crate::checkworthy::bundled();
        for t in m.terms().iter().filter(|t| t.kind == Kind::Char) {
            let bounds: Vec<usize> = t.text.char_indices().map(|(i, _)| i).collect();
            if bounds.len() > super::super::terms::CHAR_NGRAMS.0 {
                let prefix = &t.text[..bounds[bounds.len() - 1]];
                assert!(m.term_index(Kind::Char, prefix).is_some(), "{prefix:?}");
            }
        }
    }

    #[test]
    fn fixed_point_numbers_read_as_str_parse_reads_them() {
        for cell in [
            "0.000000",
            "-0.000000",
            "1.943821",
            "-2.048385",
            "12.345678",
            "0.1",
        ] {
            let parsed: f64 = cell.parse().expect("number");
            let fast = super::super::layout::fixed_point(cell).unwrap_or(parsed);
            assert_eq!(fast.to_bits(), parsed.to_bits(), "{cell}");
        }
        use super::super::layout::fixed_point;
        assert_eq!(fixed_point("1e3"), None);
        assert_eq!(fixed_point("-.123456"), None);
        assert_eq!(fixed_point("1.2345678"), None);
    }

    #[test]
    fn round_trips_through_its_text() {
        let m = small();
        let text = m.to_text();
        assert!(text.starts_with("# a test model\nformat\t"));
        assert!(text.contains("\nchar\t t\t1.000000\t0.250000\n"));
        assert_eq!(Model::parse(&text), Ok(m));
    }

    #[test]
    fn margin_is_tf_idf_scaled_to_unit_length_per_block() {
        let m = small();
        let mut scratch = Scratch::default();
        // words: the (x 1), deficit (x 2): norm √5; chars: " t" twice, alone in its block
        let z = m.text_margin("The deficit, the", &mut scratch);
        let the = (1.0 + 2f64.ln()) * 1.0;
        let want = -1.0 + (the * -0.5 + 2.0 * 2.0) / (the * the + 4.0).sqrt() + 0.25;
        assert!((z - want).abs() < 1e-12, "{z} {want}");
        // the counts were reset: the same text scores the same
        assert_eq!(m.text_margin("The deficit, the", &mut scratch), z);
        assert_eq!(m.text_margin("nothing known", &mut scratch), -1.0);
        let mut values = FeatureValues::default();
        values.0[Feature::Quantity as usize] = 1.0;
        assert_eq!(m.news_margin(z, &values), z + 1.0);
    }

    #[test]
    fn one_scratch_serves_several_models() {
        // the piece cache belongs to one model's terms: another model reads afresh
        let small = small();
        let bundled = crate::checkworthy::bundled();
        let text = "The deficit, the deficit rose to $4.5bn in 2024.";
        let mut shared = Scratch::default();
        let a = small.text_margin(text, &mut shared);
        let b = bundled.text_margin(text, &mut shared);
        assert_eq!(small.text_margin(text, &mut shared), a);
        assert_eq!(a, small.text_margin(text, &mut Scratch::default()));
        assert_eq!(b, bundled.text_margin(text, &mut Scratch::default()));
    }

    #[test]
    fn bad_files_name_their_line() {
        let good = small().to_text();
        let cases = [
            (
                good.replace("format\tclaimkit-checkworthiness 2", "format\tother"),
                2,
            ),
            (good.replace("bias\t-1.000000", "bias\tx"), 3),
            (good.replace("rule\tQuantity", "rule\tQuantities"), 8),
            (good.replace("word\tthe\t", "word\tdeficit\t"), 28),
            (good.replace("threshold\t0.40", "limit\t0.40"), 5),
        ];
        for (text, line) in cases {
            let e = Model::parse(&text).expect_err("bad model");
            assert_eq!(e.line, line, "{e}");
        }
        assert!(Model::parse("").is_err());
    }
}
