//! A table batch written to a temporary file and read back exactly as it
//! was: the writer keeps the batches of the tables in [`crate::HELD`] on disk
//! instead of in memory until the end of a build.

use super::{TableBuilder, TextColumn, Values};
use crate::schema::Table;
use std::io::{self, Read, Write};

/// A missing cell (offsets, integers, dates).
const NONE: u64 = u64::MAX;

fn put(out: &mut impl Write, n: u64) -> io::Result<()> {
    out.write_all(&n.to_le_bytes())
}

fn get(input: &mut impl Read) -> io::Result<u64> {
    let mut bytes = [0u8; 8];
    input.read_exact(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

/// An optional 64-bit value: a presence byte, then the value.
fn put_opt(out: &mut impl Write, value: Option<u64>) -> io::Result<()> {
    match value {
        Some(v) => {
            out.write_all(&[1])?;
            put(out, v)
        }
        None => out.write_all(&[0]),
    }
}

fn get_opt(input: &mut impl Read) -> io::Result<Option<u64>> {
    let mut tag = [0u8; 1];
    input.read_exact(&mut tag)?;
    match tag[0] {
        0 => Ok(None),
        _ => get(input).map(Some),
    }
}

fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("spilled batch: {what}"))
}

fn len(n: usize) -> u64 {
    n as u64
}

fn usize_of(n: u64) -> io::Result<usize> {
    usize::try_from(n).map_err(|_| bad("length out of range"))
}

impl TableBuilder {
    /// Append this batch to `out`, to be read back by [`TableBuilder::unspill`].
    pub(crate) fn spill(&self, out: &mut impl Write) -> io::Result<()> {
        put(out, len(self.rows))?;
        for values in &self.columns {
            match values {
                Values::Text(v) => {
                    put(out, len(v.buf.len()))?;
                    out.write_all(v.buf.as_bytes())?;
                    for cell in &v.cells {
                        let (start, end) = cell.map_or((NONE, NONE), |(s, e)| (len(s), len(e)));
                        put(out, start)?;
                        put(out, end)?;
                    }
                }
                Values::Int(v) => {
                    for x in v {
                        put_opt(out, x.map(|x| x as u64))?;
                    }
                }
                Values::Float(v) => {
                    for x in v {
                        put_opt(out, x.map(f64::to_bits))?;
                    }
                }
                Values::Bool(v) => {
                    for &x in v {
                        out.write_all(&[u8::from(x)])?;
                    }
                }
                Values::Date(v) => {
                    for x in v {
                        put_opt(out, x.map(|d| u64::from(d as u32)))?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The next batch of `table` spilled to `input` ([`TableBuilder::spill`]).
    pub(crate) fn unspill(table: Table, input: &mut impl Read) -> io::Result<TableBuilder> {
        let mut builder = TableBuilder::new(table);
        let rows = usize_of(get(input)?)?;
        for values in &mut builder.columns {
            match values {
                Values::Text(v) => *v = read_text(input, rows)?,
                Values::Int(v) => {
                    for _ in 0..rows {
                        v.push(get_opt(input)?.map(|x| x as i64));
                    }
                }
                Values::Float(v) => {
                    for _ in 0..rows {
                        v.push(get_opt(input)?.map(f64::from_bits));
                    }
                }
                Values::Bool(v) => {
                    for _ in 0..rows {
                        let mut b = [0u8; 1];
                        input.read_exact(&mut b)?;
                        v.push(b[0] != 0);
                    }
                }
                Values::Date(v) => {
                    for _ in 0..rows {
                        v.push(get_opt(input)?.map(|d| d as u32 as i32));
                    }
                }
            }
        }
        builder.rows = rows;
        Ok(builder)
    }
}

fn read_text(input: &mut impl Read, rows: usize) -> io::Result<TextColumn> {
    let mut bytes = vec![0u8; usize_of(get(input)?)?];
    input.read_exact(&mut bytes)?;
    let buf = String::from_utf8(bytes).map_err(|_| bad("text is not UTF-8"))?;
    let mut cells = Vec::with_capacity(rows);
    for _ in 0..rows {
        let (start, end) = (get(input)?, get(input)?);
        let cell = if start == NONE {
            None
        } else {
            let (start, end) = (usize_of(start)?, usize_of(end)?);
            buf.get(start..end)
                .ok_or_else(|| bad("cell out of its text"))?;
            Some((start, end))
        };
        cells.push(cell);
    }
    Ok(TextColumn { buf, cells })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::ColumnKind;

    #[test]
    fn a_spilled_batch_reads_back_as_it_was() {
        let mut b = TableBuilder::new(Table::CheckableClaims);
        for i in 0..3i64 {
            let mut row = b.row();
            for column in Table::CheckableClaims.columns() {
                let some = i != 1;
                row = match column.kind {
                    ColumnKind::Text => row.text(some.then(|| format!("c{i} é"))),
                    ColumnKind::Int => row.int(some.then_some(-i)),
                    ColumnKind::Float => row.float(some.then_some(0.1 * i as f64)),
                    ColumnKind::Bool => row.bool(some),
                    ColumnKind::Date => {
                        row.date(some.then(|| claimkit_core::Date::constant(1969, 12, 31)))
                    }
                };
            }
            row.end();
        }
        let mut file = Vec::new();
        b.spill(&mut file).unwrap();
        b.spill(&mut file).unwrap();
        let mut input = file.as_slice();
        for _ in 0..2 {
            let back = TableBuilder::unspill(Table::CheckableClaims, &mut input).unwrap();
            assert_eq!(back.to_json(), b.to_json());
        }
        assert!(input.is_empty());
    }
}
