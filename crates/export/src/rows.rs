//! Turning one analysed document into rows of every table.

use crate::builder::TableBuilder;
use crate::schema::Table;
use claimkit_core::labels::join_reasons;
use claimkit_core::{sentence_at, Analysis, CharOffsets, Document, QuoteKind, SourceType, Span};

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

fn id(doc: &Document, prefix: char, index: usize) -> String {
    format!("{}:{}{}", doc.id, prefix, index + 1)
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
        let text = doc.text.as_str();
        let offsets = CharOffsets::new(text);
        let pos = |span: Span| {
            let (s, e) = offsets.span(span);
            (count(s), count(e))
        };
        let sentence_id = |at: usize| sentence_at(&analysis.sentences, at).map(|i| id(doc, 's', i));
        let claim_at = |span: Span| analysis.claims.iter().position(|c| c.span.contains(span));

        self.get_mut(Table::Documents)
            .row()
            .text(Some(doc.id.as_str()))
            .text(doc.title.as_deref())
            .date(doc.published)
            .text(doc.dateline.as_deref())
            .text(Some(doc.source_file.as_str()))
            .int(count(analysis.sentences.len()))
            .int(count(analysis.claims.len()))
            .text(Some(text))
            .end();

        for (i, s) in analysis.sentences.iter().enumerate() {
            let (start, end) = pos(s.span);
            self.get_mut(Table::Sentences)
                .row()
                .text(Some(doc.id.as_str()))
                .text(Some(id(doc, 's', i)))
                .int(count(s.paragraph))
                .int(start)
                .int(end)
                .text(Some(s.span.text(text)))
                .bool(s.truncated)
                .end();
        }

        for (i, q) in analysis.quantities.iter().enumerate() {
            let (start, end) = pos(q.span);
            self.get_mut(Table::Quantities)
                .row()
                .text(Some(id(doc, 'q', i)))
                .text(Some(doc.id.as_str()))
                .text(sentence_id(q.span.start))
                .text(claim_at(q.span).map(|c| id(doc, 'c', c)))
                .int(start)
                .int(end)
                .text(Some(q.span.text(text)))
                .float(q.low)
                .float(q.high)
                .text(Some(q.approx.as_str()))
                .text(q.unit.as_deref())
                .text(Some(q.kind.as_str()))
                .end();
        }

        for (i, t) in analysis.times.iter().enumerate() {
            let (start, end) = pos(t.span);
            self.get_mut(Table::Times)
                .row()
                .text(Some(id(doc, 't', i)))
                .text(Some(doc.id.as_str()))
                .text(sentence_id(t.span.start))
                .text(claim_at(t.span).map(|c| id(doc, 'c', c)))
                .int(start)
                .int(end)
                .text(Some(t.span.text(text)))
                .date(t.start)
                .date(t.end)
                .text(Some(t.granularity.as_str()))
                .end();
        }

        for (i, a) in analysis.attributions.iter().enumerate() {
            let (source_start, source_end) = a.source.map(pos).unwrap_or((None, None));
            let (content_start, content_end) = pos(a.content);
            self.get_mut(Table::Attributions)
                .row()
                .text(Some(id(doc, 'a', i)))
                .text(Some(doc.id.as_str()))
                .text(Some(id(doc, 's', a.sentence)))
                .text(a.source.map(|s| s.text(text)))
                .int(source_start)
                .int(source_end)
                .text(a.resolved.as_deref())
                .text(Some(a.source_type.as_str()))
                .text(a.role.as_deref())
                .text(a.affiliation.as_deref())
                .text(a.cue.map(|c| c.text(text)))
                .text(Some(a.quote.as_str()))
                .text(a.via.as_deref())
                .int(content_start)
                .int(content_end)
                .text(Some(a.content.text(text)))
                .end();
        }

        for (i, c) in analysis.claims.iter().enumerate() {
            let (start, end) = pos(c.span);
            let attribution = c.attribution.and_then(|a| analysis.attributions.get(a));
            let source_type = attribution.map_or(SourceType::Publication, |a| a.source_type);
            let quote = attribution.map_or(QuoteKind::None, |a| a.quote);
            let source_text = attribution.and_then(|a| a.source).map(|s| s.text(text));
            let resolved = attribution.and_then(|a| a.resolved.as_deref());
            let quantities: Vec<_> = analysis
                .quantities
                .iter()
                .filter(|q| c.span.contains(q.span))
                .collect();
            let times: Vec<_> = analysis
                .times
                .iter()
                .filter(|t| c.span.contains(t.span))
                .collect();
            self.get_mut(Table::Claims)
                .row()
                .text(Some(id(doc, 'c', i)))
                .text(Some(doc.id.as_str()))
                .text(Some(id(doc, 's', c.sentence)))
                .int(start)
                .int(end)
                .text(Some(c.span.text(text)))
                .text(Some(c.standalone.as_str()))
                .text(c.attribution.map(|a| id(doc, 'a', a)))
                .text(source_text)
                .text(resolved)
                .text(Some(source_type.as_str()))
                .text(Some(quote.as_str()))
                .bool(c.checkworthy)
                .float(c.checkworthiness)
                .text((!c.reasons.is_empty()).then(|| join_reasons(&c.reasons)))
                .int(count(quantities.len()))
                .int(count(times.len()))
                .bool(c.truncated)
                .end();

            if c.checkworthy {
                let q = quantities.first();
                let t = times.iter().find(|t| t.start.is_some());
                self.get_mut(Table::CheckableClaims)
                    .row()
                    .text(Some(id(doc, 'c', i)))
                    .text(Some(doc.id.as_str()))
                    .date(doc.published)
                    .text(Some(c.span.text(text)))
                    .text(Some(c.standalone.as_str()))
                    .text(source_text)
                    .text(resolved)
                    .text(Some(source_type.as_str()))
                    .text(Some(quote.as_str()))
                    .text(q.map(|q| q.span.text(text)))
                    .float(q.and_then(|q| q.low))
                    .float(q.and_then(|q| q.high))
                    .text(q.map(|q| q.approx.as_str()))
                    .text(q.and_then(|q| q.unit.as_deref()))
                    .text(t.map(|t| t.span.text(text)))
                    .date(t.and_then(|t| t.start))
                    .date(t.and_then(|t| t.end))
                    .float(c.checkworthiness)
                    .end();
            }
        }
    }
}
