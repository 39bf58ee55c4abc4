//! Turning one analysed document into rows of every table.

use crate::builder::TableBuilder;
use crate::schema::Table;
use claimkit_core::labels::join_reasons;
use claimkit_core::{sentence_at, Analysis, CharOffsets, Document, QuoteKind, SourceType, Span};

/// Append one row to a table, every column named with its kind. A constant
/// check fails the build when the names, their order or their kinds differ
/// from the table's schema, so a row can never be filled by wrong position.
macro_rules! row {
    ($tables:expr, $table:ident { $($name:ident : $kind:ident = $value:expr),+ $(,)? }) => {{
        const _: () = assert!(
            crate::schema::Table::$table.has_columns(&[$((stringify!($name), stringify!($kind))),+]),
            concat!("the row of ", stringify!($table), " does not match its schema")
        );
        $tables.get_mut(crate::schema::Table::$table).row()$(.$kind($value))+.end()
    }};
}

/// One document being turned into rows: offsets, ids and look-ups shared
/// by every table.
struct Cx<'a> {
    doc: &'a Document,
    analysis: &'a Analysis,
    text: &'a str,
    offsets: CharOffsets,
    claims: ClaimIndex<'a>,
}

impl<'a> Cx<'a> {
    fn new(doc: &'a Document, analysis: &'a Analysis) -> Cx<'a> {
        Cx {
            doc,
            analysis,
            text: doc.text.as_str(),
            offsets: CharOffsets::new(&doc.text),
            claims: ClaimIndex::new(&analysis.claims),
        }
    }

    /// Both ends of a span as code point offsets.
    fn pos(&self, span: Span) -> (Option<i64>, Option<i64>) {
        let (s, e) = self.offsets.span(span);
        (count(s), count(e))
    }

    /// `{doc_id}:{prefix}{n}`, n counting from 1.
    fn id(&self, prefix: char, index: usize) -> Id<'_> {
        Id {
            doc: &self.doc.id,
            prefix,
            index,
        }
    }

    /// The id of the sentence holding byte `at`.
    fn sentence_id(&self, at: usize) -> Option<Id<'_>> {
        sentence_at(&self.analysis.sentences, at).map(|i| self.id('s', i))
    }

    /// The first claim containing `span`.
    fn claim_at(&self, span: Span) -> Option<usize> {
        self.claims.first_containing(span)
    }
}

/// The passes over a document's analysis, each named by the first table it fills
/// ([`pass_tables`]): each table alone, but `claims` and `checkable_claims` together (a
/// check-worthy claim is a row of both). In the order of [`Table::ALL`].
pub fn passes() -> impl Iterator<Item = Table> {
    Table::ALL
        .into_iter()
        .filter(|&t| !pass_tables(t).is_empty())
}

/// The tables the pass named `first` fills (none for a table no pass starts with).
pub fn pass_tables(first: Table) -> &'static [Table] {
    match first {
        Table::Documents => &[Table::Documents],
        Table::Sentences => &[Table::Sentences],
        Table::Quantities => &[Table::Quantities],
        Table::Times => &[Table::Times],
        Table::Attributions => &[Table::Attributions],
        Table::Claims => &[Table::Claims, Table::CheckableClaims],
        Table::CheckableClaims | Table::Labels => &[],
    }
}

/// A batch of documents with their analyses, each indexed once for every pass over it
/// ([`Tables::push_batch`]).
pub struct Batch<'a> {
    docs: Vec<Cx<'a>>,
}

impl<'a> Batch<'a> {
    /// The documents and their analyses, in order.
    pub fn new(docs: &'a [Document], analyses: &'a [Analysis]) -> Batch<'a> {
        Batch {
            docs: docs
                .iter()
                .zip(analyses)
                .map(|(d, a)| Cx::new(d, a))
                .collect(),
        }
    }
}

/// Rows of all seven tables for a batch of documents.
#[derive(Clone, Debug)]
pub struct Tables {
    builders: Vec<TableBuilder>,
}

impl Default for Tables {
    fn default() -> Self {
        Tables {
            builders: Table::ALL.iter().map(|&t| TableBuilder::new(t)).collect(),
        }
    }
}

/// A row id, `{doc_id}:{prefix}{n}` with n counting from 1, written where it is needed
/// instead of allocated.
struct Id<'a> {
    doc: &'a str,
    prefix: char,
    index: usize,
}

impl crate::builder::CellText for Id<'_> {
    fn push_to(&self, buf: &mut String) {
        buf.push_str(self.doc);
        buf.push(':');
        buf.push(self.prefix);
        buf.push_str(itoa::Buffer::new().format(self.index + 1));
    }
}

/// The items of `items` (sorted by start) whose span lies inside `span`, in
/// order: a binary search to the first that can, not a scan of all of them.
fn inside<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> Vec<&T> {
    let from = items.partition_point(|x| span_of(x).start < span.start);
    let to = items.partition_point(|x| span_of(x).start <= span.end);
    items[from..to.max(from)]
        .iter()
        .filter(|x| span.contains(span_of(x)))
        .collect()
}

/// Finds the first claim (in table order) that contains a span in O(log n):
/// claims are sorted by start, so the candidates are a prefix, and the
/// first of them reaching far enough is where the running maximum of their
/// ends first does.
struct ClaimIndex<'a> {
    claims: &'a [claimkit_core::Claim],
    /// `reach[i]` = the largest end of claims `0..=i`.
    reach: Vec<usize>,
}

impl<'a> ClaimIndex<'a> {
    fn new(claims: &'a [claimkit_core::Claim]) -> ClaimIndex<'a> {
        let reach = claims
            .iter()
            .scan(0, |max, c| {
                *max = c.span.end.max(*max);
                Some(*max)
            })
            .collect();
        ClaimIndex { claims, reach }
    }

    /// The index of the first claim whose span contains `span`.
    fn first_containing(&self, span: Span) -> Option<usize> {
        let candidates = self.claims.partition_point(|c| c.span.start <= span.start);
        let first = self.reach[..candidates].partition_point(|&end| end < span.end);
        (first < candidates).then_some(first)
    }
}

fn count(n: usize) -> Option<i64> {
    i64::try_from(n).ok()
}

impl Tables {
    /// The builder of one table.
    pub fn get(&self, table: Table) -> &TableBuilder {
        &self.builders[table as usize]
    }

    fn get_mut(&mut self, table: Table) -> &mut TableBuilder {
        &mut self.builders[table as usize]
    }

    /// All builders, mutable (to fill columns computed across documents).
    pub fn builders_mut(&mut self) -> &mut [TableBuilder] {
        &mut self.builders
    }

    /// All builders in writing order.
    pub fn iter(&self) -> impl Iterator<Item = &TableBuilder> {
        self.builders.iter()
    }

    /// Remove all rows.
    pub fn clear(&mut self) {
        self.builders.iter_mut().for_each(TableBuilder::clear);
    }

    /// Add the rows of one document and its analysis to every table.
    pub fn push(&mut self, doc: &Document, analysis: &Analysis) {
        let cx = Cx::new(doc, analysis);
        for pass in passes() {
            self.push_pass(pass, &cx);
        }
    }

    /// Add the rows of the pass named `pass` ([`passes`]) for each document of `batch`. A writer that writes and clears the pass's tables before the next pass
    /// holds one table's rows at a time instead of all seven: a 15 MB document's rows
    /// took most of a build's memory.
    pub fn push_batch(&mut self, pass: Table, batch: &Batch<'_>) {
        for cx in &batch.docs {
            self.push_pass(pass, cx);
        }
    }

    fn push_pass(&mut self, pass: Table, cx: &Cx<'_>) {
        match pass {
            Table::Documents => self.push_documents(cx),
            Table::Sentences => self.push_sentences(cx),
            Table::Quantities => self.push_quantities(cx),
            Table::Times => self.push_times(cx),
            Table::Attributions => self.push_attributions(cx),
            Table::Claims => self.push_claims(cx),
            Table::CheckableClaims | Table::Labels => {} // filled with claims; not built
        }
    }

    /// The `documents` row.
    fn push_documents(&mut self, cx: &Cx<'_>) {
        row!(
            self,
            Documents {
                doc_id: text = Some(cx.doc.id.as_str()),
                title: text = cx.doc.title.as_deref(),
                published: date = cx.doc.published,
                dateline: text = cx.doc.dateline.as_deref(),
                source_file: text = Some(cx.doc.source_file.as_str()),
                url: text = cx.doc.url.as_deref(),
                n_sentences: int = count(cx.analysis.sentences.len()),
                n_claims: int = count(cx.analysis.claims.len()),
                text: text = Some(cx.text),
            }
        );
    }

    /// One `sentences` row per sentence.
    fn push_sentences(&mut self, cx: &Cx<'_>) {
        // The sentences' text is about the document's, and their ids about as long.
        let id_bytes = (cx.doc.id.len() + 8) * cx.analysis.sentences.len();
        self.get_mut(Table::Sentences)
            .reserve(cx.analysis.sentences.len(), cx.text.len().max(id_bytes));
        for (i, s) in cx.analysis.sentences.iter().enumerate() {
            let (start, end) = cx.pos(s.span);
            row!(
                self,
                Sentences {
                    doc_id: text = Some(cx.doc.id.as_str()),
                    sentence_id: text = Some(cx.id('s', i)),
                    paragraph: int = count(s.paragraph),
                    start: int = start,
                    end: int = end,
                    text: text = Some(s.span.text(cx.text)),
                    truncated: bool = s.truncated,
                }
            );
        }
    }

    /// One `quantities` row per quantity.
    fn push_quantities(&mut self, cx: &Cx<'_>) {
        for (i, q) in cx.analysis.quantities.iter().enumerate() {
            let (start, end) = cx.pos(q.span);
            row!(
                self,
                Quantities {
                    quantity_id: text = Some(cx.id('q', i)),
                    doc_id: text = Some(cx.doc.id.as_str()),
                    sentence_id: text = cx.sentence_id(q.span.start),
                    claim_id: text = cx.claim_at(q.span).map(|c| cx.id('c', c)),
                    start: int = start,
                    end: int = end,
                    text: text = Some(q.span.text(cx.text)),
                    low: float = q.low,
                    high: float = q.high,
                    approx: text = Some(q.approx.as_str()),
                    unit: text = q.unit.as_deref(),
                    kind: text = Some(q.kind.as_str()),
                    change: text = q.change.map(|c| c.as_str()),
                    unit_normalized: text = q.unit_normalized,
                }
            );
        }
    }

    /// One `times` row per temporal expression.
    fn push_times(&mut self, cx: &Cx<'_>) {
        for (i, t) in cx.analysis.times.iter().enumerate() {
            let (start, end) = cx.pos(t.span);
            row!(
                self,
                Times {
                    time_id: text = Some(cx.id('t', i)),
                    doc_id: text = Some(cx.doc.id.as_str()),
                    sentence_id: text = cx.sentence_id(t.span.start),
                    claim_id: text = cx.claim_at(t.span).map(|c| cx.id('c', c)),
                    start: int = start,
                    end: int = end,
                    text: text = Some(t.span.text(cx.text)),
                    start_date: date = t.start,
                    end_date: date = t.end,
                    granularity: text = Some(t.granularity.as_str()),
                }
            );
        }
    }

    /// One `attributions` row per attribution.
    fn push_attributions(&mut self, cx: &Cx<'_>) {
        for (i, a) in cx.analysis.attributions.iter().enumerate() {
            let (source_start, source_end) = a.source.map(|s| cx.pos(s)).unwrap_or((None, None));
            let (content_start, content_end) = cx.pos(a.content);
            row!(
                self,
                Attributions {
                    attribution_id: text = Some(cx.id('a', i)),
                    doc_id: text = Some(cx.doc.id.as_str()),
                    sentence_id: text = Some(cx.id('s', a.sentence)),
                    source_text: text = a.source.map(|s| s.text(cx.text)),
                    source_start: int = source_start,
                    source_end: int = source_end,
                    resolved: text = a.resolved.as_deref(),
                    source_type: text = Some(a.source_type.as_str()),
                    role: text = a.role.as_deref(),
                    affiliation: text = a.affiliation.as_deref(),
                    cue: text = a.cue.map(|c| c.text(cx.text)),
                    quote: text = Some(a.quote.as_str()),
                    via: text = a.via.as_deref(),
                    content_start: int = content_start,
                    content_end: int = content_end,
                    content: text = Some(a.content.text(cx.text)),
                }
            );
        }
    }

    /// One `claims` row per claim, and a `checkable_claims` row per check-worthy one.
    fn push_claims(&mut self, cx: &Cx<'_>) {
        for (i, c) in cx.analysis.claims.iter().enumerate() {
            let (start, end) = cx.pos(c.span);
            let attribution = c.attribution.and_then(|a| cx.analysis.attributions.get(a));
            let source_type = attribution.map_or(SourceType::Publication, |a| a.source_type);
            let quote = attribution.map_or(QuoteKind::None, |a| a.quote);
            let source_text = attribution.and_then(|a| a.source).map(|s| s.text(cx.text));
            let resolved = attribution.and_then(|a| a.resolved.as_deref());
            let quantities = inside(&cx.analysis.quantities, c.span, |q| q.span);
            let times = inside(&cx.analysis.times, c.span, |t| t.span);
            row!(
                self,
                Claims {
                    claim_id: text = Some(cx.id('c', i)),
                    doc_id: text = Some(cx.doc.id.as_str()),
                    sentence_id: text = Some(cx.id('s', c.sentence)),
                    start: int = start,
                    end: int = end,
                    text: text = Some(c.span.text(cx.text)),
                    standalone: text = Some(c.standalone.as_str()),
                    attribution_id: text = c.attribution.map(|a| cx.id('a', a)),
                    source_text: text = source_text,
                    resolved: text = resolved,
                    source_type: text = Some(source_type.as_str()),
                    quote: text = Some(quote.as_str()),
                    checkworthy: bool = c.checkworthy,
                    checkworthiness: float = c.checkworthiness,
                    reasons: text = (!c.reasons.is_empty()).then(|| join_reasons(&c.reasons)),
                    n_quantities: int = count(quantities.len()),
                    n_times: int = count(times.len()),
                    truncated: bool = c.truncated,
                    cluster_id: text = Some(cx.id('c', i)),
                    split: text = None::<&str>,
                }
            );

            if c.checkworthy {
                let q = quantities.first();
                let t = times.iter().find(|t| t.start.is_some());
                row!(
                    self,
                    CheckableClaims {
                        claim_id: text = Some(cx.id('c', i)),
                        doc_id: text = Some(cx.doc.id.as_str()),
                        published: date = cx.doc.published,
                        text: text = Some(c.span.text(cx.text)),
                        standalone: text = Some(c.standalone.as_str()),
                        source_text: text = source_text,
                        resolved: text = resolved,
                        source_type: text = Some(source_type.as_str()),
                        quote: text = Some(quote.as_str()),
                        quantity_text: text = q.map(|q| q.span.text(cx.text)),
                        low: float = q.and_then(|q| q.low),
                        high: float = q.and_then(|q| q.high),
                        approx: text = q.map(|q| q.approx.as_str()),
                        unit: text = q.and_then(|q| q.unit.as_deref()),
                        time_text: text = t.map(|t| t.span.text(cx.text)),
                        start_date: date = t.and_then(|t| t.start),
                        end_date: date = t.and_then(|t| t.end),
                        checkworthiness: float = c.checkworthiness,
                        cluster_id: text = Some(cx.id('c', i)),
                        split: text = None::<&str>,
                    }
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{pass_tables, passes, Table};

    /// The passes, in order, fill every table of [`Table::ALL`] once, in its order, so a
    /// writer that writes pass by pass writes the tables as one that writes them all.
    #[test]
    fn passes_cover_every_table_once_in_order() {
        assert!(passes().flat_map(pass_tables).copied().eq(Table::ALL));
    }
}
