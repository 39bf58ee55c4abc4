//! Column-wise table builders, filled row by row in schema order.

mod spill;

use crate::schema::{ColumnKind, Table};
use claimkit_core::Date;
use polars::prelude::{
    Column as PlColumn, DataFrame, DataType, IntoColumn, NamedFrom, PolarsResult, Series,
};

/// True when a byte must be escaped in a JSON string.
fn escaped(b: u8) -> bool {
    (b < 0x20) | (b == b'"') | (b == b'\\')
}

/// Offset of the first byte of `text` that must be escaped in a JSON string. Reads 16
/// bytes at a time with one test for the chunk, written without a branch per byte so that
/// the compiler turns it into a few vector compares.
fn first_escape(text: &[u8]) -> Option<usize> {
    const CHUNK: usize = 16;
    let mut chunks = text.chunks_exact(CHUNK);
    let mut at = 0;
    for chunk in &mut chunks {
        let hit = chunk.iter().fold(0u8, |hit, &b| hit | u8::from(escaped(b)));
        if hit != 0 {
            return chunk.iter().position(|&b| escaped(b)).map(|k| at + k);
        }
        at += CHUNK;
    }
    let tail = chunks.remainder();
    // The last bytes, read as the chunk that ends the text when the text is long enough
    // (bytes before `at` were read already and had nothing to escape).
    let clear = |chunk: &[u8]| chunk.iter().fold(0u8, |hit, &b| hit | u8::from(escaped(b))) == 0;
    if tail.is_empty() || (at >= CHUNK && clear(&text[text.len() - CHUNK..])) {
        return None;
    }
    tail.iter().position(|&b| escaped(b)).map(|k| at + k)
}

/// A text cell as a JSON string (or `null`), byte for byte as serde_json writes it. Most
/// cells need no escaping and are written as they are; in the others, the stretches
/// between the bytes to escape are copied whole.
pub(crate) fn write_json_text(
    out: &mut impl std::io::Write,
    cell: Option<&str>,
) -> std::io::Result<()> {
    let Some(text) = cell else {
        return out.write_all(b"null");
    };
    let mut rest = text.as_bytes();
    out.write_all(b"\"")?;
    while let Some(k) = first_escape(rest) {
        out.write_all(&rest[..k])?;
        write_escape(out, rest[k])?;
        rest = &rest[k + 1..];
    }
    out.write_all(rest)?;
    out.write_all(b"\"")
}

/// The JSON escape of one byte that needs it (serde_json's choice: the short forms where
/// JSON has one, else `\u00XX` in lower-case hex).
fn write_escape(out: &mut impl std::io::Write, c: u8) -> std::io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match c {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\t' => b't',
        b'\r' => b'r',
        0x08 => b'b',
        0x0c => b'f',
        _ => {
            let code = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xf)],
            ];
            return out.write_all(&code);
        }
    };
    out.write_all(&[b'\\', short])
}

/// The cells of a text column: every cell's text in one buffer, so that filling a row
/// allocates nothing once the buffer has grown, and clearing keeps the allocation.
#[derive(Clone, Debug, Default)]
struct TextColumn {
    buf: String,
    cells: Vec<Option<(usize, usize)>>,
}

/// A value a text cell can hold, written straight into the column's buffer.
pub trait CellText {
    /// Append the text to `buf`.
    fn push_to(&self, buf: &mut String);
}

impl CellText for &str {
    fn push_to(&self, buf: &mut String) {
        buf.push_str(self);
    }
}

impl CellText for String {
    fn push_to(&self, buf: &mut String) {
        buf.push_str(self);
    }
}

impl TextColumn {
    fn push(&mut self, value: Option<impl CellText>) {
        let cell = value.map(|v| {
            let start = self.buf.len();
            v.push_to(&mut self.buf);
            (start, self.buf.len())
        });
        self.cells.push(cell);
    }

    fn get(&self, i: usize) -> Option<&str> {
        self.cells[i].map(|(start, end)| &self.buf[start..end])
    }

    fn iter(&self) -> impl Iterator<Item = Option<&str>> {
        (0..self.cells.len()).map(|i| self.get(i))
    }

    fn clear(&mut self) {
        self.buf.clear();
        self.cells.clear();
    }
}

/// The values of one column.
#[derive(Clone, Debug)]
enum Values {
    Text(TextColumn),
    Int(Vec<Option<i64>>),
    Float(Vec<Option<f64>>),
    Bool(Vec<bool>),
    /// Days since 1970-01-01.
    Date(Vec<Option<i32>>),
}

impl Values {
    /// The `i`th value as JSON.
    fn write_json(&self, i: usize, out: &mut impl std::io::Write) -> std::io::Result<()> {
        match self {
            Values::Text(v) => write_json_text(out, v.get(i))?,
            Values::Int(v) => match v[i] {
                Some(n) => out.write_all(itoa::Buffer::new().format(n).as_bytes())?,
                None => out.write_all(b"null")?,
            },
            Values::Float(v) => serde_json::to_writer(out, &v[i])?,
            Values::Bool(v) => out.write_all(if v[i] { b"true" } else { b"false" })?,
            Values::Date(v) => {
                let date = v[i].and_then(|d| {
                    Date::constant(1970, 1, 1)
                        .checked_add(jiff::Span::new().days(d))
                        .ok()
                });
                match date {
                    Some(d) => write!(out, "\"{d}\"")?,
                    None => out.write_all(b"null")?,
                }
            }
        }
        Ok(())
    }
}

/// A table being filled: one value vector per column of its schema.
#[derive(Clone, Debug)]
pub struct TableBuilder {
    table: Table,
    columns: Vec<Values>,
    rows: usize,
}

/// Days since the Unix epoch, as Parquet and Arrow store dates.
fn epoch_days(date: Date) -> Option<i32> {
    let epoch = Date::constant(1970, 1, 1);
    epoch.until(date).ok().map(|span| span.get_days())
}

impl TableBuilder {
    /// An empty table.
    pub fn new(table: Table) -> TableBuilder {
        let columns = table
            .columns()
            .iter()
            .map(|c| match c.kind {
                ColumnKind::Text => Values::Text(TextColumn::default()),
                ColumnKind::Int => Values::Int(Vec::new()),
                ColumnKind::Float => Values::Float(Vec::new()),
                ColumnKind::Bool => Values::Bool(Vec::new()),
                ColumnKind::Date => Values::Date(Vec::new()),
            })
            .collect();
        TableBuilder {
            table,
            columns,
            rows: 0,
        }
    }

    /// Which table this is.
    pub fn table(&self) -> Table {
        self.table
    }

    /// Number of complete rows.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// True when no row has been added.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Start a row; fill every column in schema order, then call [`Row::end`].
    pub fn row(&mut self) -> Row<'_> {
        Row {
            builder: self,
            next: 0,
        }
    }

    /// The rows as a polars DataFrame with the schema's names and types.
    pub fn to_frame(&self) -> PolarsResult<DataFrame> {
        self.frame(|(name, values)| Series::new(name.into(), values.iter().collect::<Vec<_>>()))
    }

    /// [`TableBuilder::to_frame`] with text cells that a spreadsheet would run
    /// as a formula prefixed with `'` (see [`excel_safe`]).
    pub fn to_excel_safe_frame(&self) -> PolarsResult<DataFrame> {
        self.frame(|(name, values)| {
            let safe: Vec<Option<String>> = values.iter().map(|v| v.map(excel_safe)).collect();
            Series::new(name.into(), safe)
        })
    }

    fn frame(
        &self,
        text: impl Fn((&'static str, &TextColumn)) -> Series,
    ) -> PolarsResult<DataFrame> {
        let columns: Vec<PlColumn> = self
            .table
            .columns()
            .iter()
            .zip(&self.columns)
            .map(|(spec, values)| {
                let name = spec.name.into();
                let series = match values {
                    Values::Text(v) => text((spec.name, v)),
                    Values::Int(v) => Series::new(name, v),
                    Values::Float(v) => Series::new(name, v),
                    Values::Bool(v) => Series::new(name, v),
                    Values::Date(v) => Series::new(name, v).cast(&DataType::Date)?,
                };
                Ok(series.into_column())
            })
            .collect::<PolarsResult<_>>()?;
        DataFrame::new(self.rows, columns)
    }

    /// The rows as JSON objects keyed by column name (for the inspection commands).
    pub fn to_json(&self) -> Vec<serde_json::Value> {
        use serde_json::{Map, Value};
        let specs = self.table.columns();
        (0..self.rows)
            .map(|i| {
                let mut obj = Map::with_capacity(specs.len());
                for (spec, values) in specs.iter().zip(&self.columns) {
                    let v = match values {
                        Values::Text(v) => v.get(i).map_or(Value::Null, |s| s.into()),
                        Values::Int(v) => v[i].map_or(Value::Null, Value::from),
                        Values::Float(v) => v[i].map_or(Value::Null, Value::from),
                        Values::Bool(v) => Value::Bool(v[i]),
                        Values::Date(v) => v[i]
                            .and_then(|d| {
                                Date::constant(1970, 1, 1)
                                    .checked_add(jiff::Span::new().days(d))
                                    .ok()
                            })
                            .map_or(Value::Null, |d| Value::String(d.to_string())),
                    };
                    obj.insert(spec.name.to_string(), v);
                }
                Value::Object(obj)
            })
            .collect()
    }

    /// Write the rows as JSON Lines (one object per row, keys in schema order,
    /// as [`TableBuilder::to_json`] gives them) straight to `out`, without
    /// building a JSON value per row.
    pub fn write_json_lines(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        // Each key with its quotes, colon and the comma before it, written once per table.
        let keys: Vec<Vec<u8>> = self
            .table
            .columns()
            .iter()
            .enumerate()
            .map(|(k, spec)| {
                let mut key = if k == 0 { b"{".to_vec() } else { b",".to_vec() };
                serde_json::to_writer(&mut key, spec.name).map(|()| key)
            })
            .map(|key| {
                key.map(|mut key| {
                    key.push(b':');
                    key
                })
            })
            .collect::<Result<_, _>>()?;
        for i in 0..self.rows {
            for (key, values) in keys.iter().zip(&self.columns) {
                out.write_all(key)?;
                values.write_json(i, out)?;
            }
            out.write_all(b"}\n")?;
        }
        Ok(())
    }

    /// Make room for `rows` more rows, with `text_bytes` more bytes in each text column,
    /// so that filling a large document's rows does not grow the buffers step by step.
    pub fn reserve(&mut self, rows: usize, text_bytes: usize) {
        for values in &mut self.columns {
            match values {
                Values::Text(v) => {
                    v.buf.reserve(text_bytes);
                    v.cells.reserve(rows);
                }
                Values::Int(v) => v.reserve(rows),
                Values::Float(v) => v.reserve(rows),
                Values::Bool(v) => v.reserve(rows),
                Values::Date(v) => v.reserve(rows),
            }
        }
    }

    /// The cells of the text column `column`, in row order (`None` when the
    /// table has no such text column).
    pub fn texts(&self, column: &str) -> Option<Vec<Option<&str>>> {
        let k = self.table.columns().iter().position(|c| c.name == column)?;
        match &self.columns[k] {
            Values::Text(v) => Some(v.iter().collect()),
            _ => None,
        }
    }

    /// Replace every cell of the text column `column`; `cells` gives one
    /// value per row. False (and nothing changed) when there is no such text
    /// column or the count differs.
    pub fn set_texts(&mut self, column: &str, cells: &[Option<&str>]) -> bool {
        let Some(k) = self.table.columns().iter().position(|c| c.name == column) else {
            return false;
        };
        if cells.len() != self.rows {
            return false;
        }
        match &mut self.columns[k] {
            Values::Text(v) => {
                v.clear();
                for cell in cells {
                    v.push(*cell);
                }
                true
            }
            _ => false,
        }
    }

    /// Remove all rows, keeping the allocations.
    pub fn clear(&mut self) {
        for values in &mut self.columns {
            match values {
                Values::Text(v) => v.clear(),
                Values::Int(v) => v.clear(),
                Values::Float(v) => v.clear(),
                Values::Bool(v) => v.clear(),
                Values::Date(v) => v.clear(),
            }
        }
        self.rows = 0;
    }
}

/// Characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// `cell` as a spreadsheet shows it without running it: `'` before a cell
/// that starts with one of [`FORMULA_STARTS`].
///
/// ```
/// assert_eq!(claimkit_export::excel_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(claimkit_export::excel_safe("-5%"), "'-5%");
/// assert_eq!(claimkit_export::excel_safe("Russia"), "Russia");
/// ```
pub fn excel_safe(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// One row being filled, column by column in schema order.
///
/// The exporter fills rows through the `row!` macro of `rows.rs`, which
/// checks names, order and kinds against the schema at compile time; filling
/// a column with the wrong type or ending a row early by hand is a bug and
/// panics.
pub struct Row<'a> {
    builder: &'a mut TableBuilder,
    next: usize,
}

impl Row<'_> {
    fn slot(&mut self) -> &mut Values {
        let i = self.next;
        self.next += 1;
        let table = self.builder.table;
        self.builder
            .columns
            .get_mut(i)
            .unwrap_or_else(|| panic!("too many values for table {}", table.name()))
    }

    fn mismatch(&self, what: &str) -> ! {
        let spec = &self.builder.table.columns()[self.next - 1];
        panic!(
            "{}.{} is {:?}, got {what}",
            self.builder.table.name(),
            spec.name,
            spec.kind
        )
    }

    /// A text value (`None` = null), written straight into the column's buffer.
    pub fn text(mut self, value: Option<impl CellText>) -> Self {
        match self.slot() {
            Values::Text(v) => v.push(value),
            _ => self.mismatch("text"),
        }
        self
    }

    /// An integer value.
    pub fn int(mut self, value: Option<i64>) -> Self {
        match self.slot() {
            Values::Int(v) => v.push(value),
            _ => self.mismatch("int"),
        }
        self
    }

    /// A float value.
    pub fn float(mut self, value: Option<f64>) -> Self {
        match self.slot() {
            Values::Float(v) => v.push(value.filter(|f| f.is_finite())),
            _ => self.mismatch("float"),
        }
        self
    }

    /// A boolean value.
    pub fn bool(mut self, value: bool) -> Self {
        match self.slot() {
            Values::Bool(v) => v.push(value),
            _ => self.mismatch("bool"),
        }
        self
    }

    /// A date value.
    pub fn date(mut self, value: Option<Date>) -> Self {
        match self.slot() {
            Values::Date(v) => v.push(value.and_then(epoch_days)),
            _ => self.mismatch("date"),
        }
        self
    }

    /// Finish the row; every column must have been filled.
    pub fn end(self) {
        let n = self.builder.table.columns().len();
        assert_eq!(
            self.next,
            n,
            "row of {} has {} of {n} values",
            self.builder.table.name(),
            self.next
        );
        self.builder.rows += 1;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The eight-bytes-at-a-time test agrees with the plain one on any bytes.
        #[test]
        fn first_escape_agrees_with_each_byte(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            prop_assert_eq!(super::first_escape(&bytes), bytes.iter().position(|&b| super::escaped(b)));
        }
    }

    use super::write_json_text;

    fn written(cell: Option<&str>) -> String {
        let mut out = Vec::new();
        write_json_text(&mut out, cell).expect("writing to a Vec");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    #[test]
    fn plain_and_escaped_cells_read_back() {
        assert_eq!(written(None), "null");
        assert_eq!(written(Some("Reuters said")), "\"Reuters said\"");
        assert_eq!(written(Some("“Це” \"so\"\n")), "\"“Це” \\\"so\\\"\\n\"");
    }

    proptest::proptest! {
        #[test]
        fn cells_are_written_as_serde_json_writes_them(cell in "(\\PC|[\"\\\\\\x00-\\x1f\\u{2028}])*") {
            proptest::prop_assert_eq!(written(Some(&cell)), serde_json::to_string(&cell).expect("string"));
        }
    }
}
