//! `claimkit._claimkit`: the native half of the Python package `claimkit`.
//!
//! The Python functions `claimkit.analyze` and `claimkit.analyze_batch`
//! (`python/claimkit/__init__.py`) normalise their input into one Arrow
//! stream of articles and call [`analyze_stream`] or [`analyze_text`] here.
//! Both read each article exactly as the JSONL reader of `claimkit build`
//! reads a record (the record is handed to [`claimkit_core::read::parse_jsonl`]),
//! check ids and analyse with the driver of `claimkit build`
//! ([`claimkit::drive::IdCheck`], [`claimkit::drive::analyze_batch`]) with the
//! GIL released (in parallel with rayon),
//! fill [`claimkit_export::Tables`] and return one [`ArrowTable`] per table of
//! the dataset (docs/ARCHITECTURE.md), with the columns and types `claimkit build` writes.
//!
//! ## Arrow hand-over, and why not pyo3-arrow or pyo3-polars
//!
//! Tables leave Rust through the Arrow C stream interface of `polars-arrow`
//! (`polars_arrow::ffi::export_iterator`), the Arrow implementation polars
//! already compiles for `claimkit-export`: an [`ArrowTable`] implements
//! `__arrow_c_stream__` of the Arrow PyCapsule interface, so `pyarrow.table(t)`,
//! `polars.DataFrame(t)` or DuckDB take the buffers without a copy. Articles
//! come in the same way: any object with `__arrow_c_stream__` is imported
//! with `polars_arrow::ffi::ArrowArrayStreamReader`.
//!
//! pyo3-arrow would add the `arrow-rs` crates, a second Arrow implementation
//! (a few minutes of build time) for two hundred lines of glue; pyo3-polars
//! converts through `polars` Series of its own pinned polars version, which
//! must match ours exactly. The C interface needs neither.
//!
//! String columns are Arrow `string_view` (polars' `CompatLevel::newest`),
//! which is what `pyarrow.parquet.read_table` gives for the Parquet files of
//! `claimkit build`: the tables compare equal to the files, types included.

#![deny(missing_docs)]

use claimkit::drive::{analyze_batch, IdCheck};
use claimkit::Stage;
use claimkit_core::read::{parse_jsonl, parse_page, InputError, InputErrorKind, Loaded};
use claimkit_core::Document;
use claimkit_export::{Table, TableBuilder, Tables};
use polars::prelude::CompatLevel;
use polars_arrow::array::{Array, StructArray, Utf8Array, Utf8ViewArray};
use polars_arrow::datatypes::{ArrowDataType, Field};
use polars_arrow::ffi::{export_iterator, ArrowArrayStream, ArrowArrayStreamReader};
use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict};
use std::ffi::CStr;

create_exception!(
    _claimkit,
    DocumentError,
    PyValueError,
    "An article claimkit cannot read: the message names the row, the document id and the field.\n\nAttributes: `row` (0-based row of the batch), `doc_id` and `field` (or None)."
);

const STREAM: &CStr = c"arrow_array_stream";

/// The input columns read from an article table, as the JSONL reader names them, and
/// `html`: a saved web page, read as `claimkit build` reads a `*.html` file, for rows
/// without `text`.
const COLUMNS: [&str; 7] = [
    "id",
    "title",
    "published",
    "date",
    "dateline",
    "text",
    "html",
];

/// One table of results: Arrow arrays that leave Rust without a copy through
/// the Arrow PyCapsule interface (`__arrow_c_stream__`).
#[pyclass(module = "claimkit._claimkit", name = "ArrowTable", frozen)]
pub struct ArrowTable {
    name: &'static str,
    dtype: ArrowDataType,
    batches: Vec<Box<dyn Array>>,
    rows: usize,
}

impl ArrowTable {
    fn from_builder(builder: &TableBuilder) -> Result<ArrowTable, polars::error::PolarsError> {
        let mut frame = builder.to_frame()?;
        frame.rechunk_mut();
        let level = CompatLevel::newest();
        let fields: Vec<Field> = frame
            .columns()
            .iter()
            .map(|c| c.field().to_arrow(level))
            .collect();
        let dtype = ArrowDataType::Struct(fields);
        let batches = frame
            .iter_chunks(level, false)
            .map(|batch| {
                let height = batch.height();
                StructArray::new(dtype.clone(), height, batch.into_arrays(), None).boxed()
            })
            .collect();
        Ok(ArrowTable {
            name: builder.table().name(),
            dtype,
            batches,
            rows: builder.len(),
        })
    }
}

#[pymethods]
impl ArrowTable {
    /// Export the table as an Arrow C stream (the Arrow PyCapsule interface).
    /// The arrays are shared, not copied; `requested_schema` is ignored.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let batches = self.batches.clone().into_iter().map(Ok);
        let field = Field::new("".into(), self.dtype.clone(), false);
        let stream = export_iterator(Box::new(batches), field);
        PyCapsule::new_with_value(py, stream, STREAM)
    }

    /// The table's name (`claims`, `quantities`, ...).
    #[getter]
    fn name(&self) -> &'static str {
        self.name
    }

    /// Number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.rows
    }

    fn __len__(&self) -> usize {
        self.rows
    }

    fn __repr__(&self) -> String {
        format!("<claimkit ArrowTable {} ({} rows)>", self.name, self.rows)
    }
}

/// One article as the columns give it.
#[derive(Default)]
struct Record {
    fields: [Option<String>; 7],
}

/// Why a batch could not be analysed.
enum BatchError {
    Document {
        row: usize,
        id: Option<String>,
        field: Option<String>,
        message: String,
    },
    Arrow(String),
    Column(String),
}

impl BatchError {
    fn into_py(self, py: Python<'_>) -> PyErr {
        match self {
            BatchError::Document {
                row,
                id,
                field,
                message,
            } => {
                let who = match &id {
                    Some(id) => format!("row {row} (id {id:?})"),
                    None => format!("row {row}"),
                };
                let err = DocumentError::new_err(format!("{who}: {message}"));
                let value = err.value(py);
                // Attributes are a convenience; the message already says it all.
                let _ = value.setattr("row", row);
                let _ = value.setattr("doc_id", id);
                let _ = value.setattr("field", field);
                err
            }
            BatchError::Arrow(message) => PyRuntimeError::new_err(message),
            BatchError::Column(message) => PyTypeError::new_err(message),
        }
    }
}

/// The field an input error is about, where it is about one.
fn field_of(kind: &InputErrorKind) -> Option<String> {
    match kind {
        InputErrorKind::WrongType { field, .. } | InputErrorKind::BlankId { field } => {
            Some(field.clone())
        }
        InputErrorKind::MissingText { .. } | InputErrorKind::EmptyText => Some("text".into()),
        InputErrorKind::DuplicateId { .. } => Some("id".into()),
        _ => None,
    }
}

/// The stem the JSONL reader uses for records without an id (`FILE-LINE`).
fn stem(source_file: &str) -> &str {
    std::path::Path::new(source_file)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("doc")
}

/// Read a record exactly as `claimkit build` reads a JSONL line. `row` is
/// 0-based; a missing id becomes `STEM-N` with N = row + 1, the JSONL rule
/// for a file whose lines are the rows.
fn load(record: Record, row: usize, source_file: &str) -> Result<Loaded, BatchError> {
    let mut object = serde_json::Map::new();
    let [id, title, published, date, dateline, text, html] = record.fields;
    let id = id.unwrap_or_else(|| format!("{}-{}", stem(source_file), row + 1));
    if let (None, Some(html)) = (&text, html) {
        return load_page(&id, row, source_file, html.as_bytes(), title);
    }
    object.insert("id".into(), id.clone().into());
    for (name, value) in [
        ("title", title),
        ("published", published),
        ("date", date),
        ("dateline", dateline),
        ("text", text),
    ] {
        if let Some(value) = value {
            object.insert(name.into(), value.into());
        }
    }
    let line = serde_json::Value::Object(object).to_string();
    let error = |kind: InputErrorKind| BatchError::Document {
        row,
        id: Some(id.clone()),
        field: field_of(&kind),
        // The reader's message names the command line's --text-field; a
        // batch's text is always its `text` column.
        message: match kind {
            InputErrorKind::MissingText { .. } => "no \"text\" or \"html\" value".to_string(),
            kind => kind.to_string(),
        },
    };
    match parse_jsonl(source_file, line.as_bytes()).into_iter().next() {
        Some(Ok(mut loaded)) => {
            loaded.line = Some(row + 1);
            Ok(loaded)
        }
        Some(Err(InputError { kind, .. })) => Err(error(kind)),
        None => Err(error(InputErrorKind::Empty)),
    }
}

/// Read a row's `html` as `claimkit build` reads a saved page; a `title` given in the row
/// wins over the page's own.
fn load_page(
    id: &str,
    row: usize,
    source_file: &str,
    html: &[u8],
    title: Option<String>,
) -> Result<Loaded, BatchError> {
    // The column holds text, already decoded: the page's own charset label no longer applies.
    let mut loaded =
        parse_page(id, source_file, html, Some("utf-8")).map_err(|kind| BatchError::Document {
            row,
            id: Some(id.to_string()),
            field: Some("html".into()),
            message: kind.to_string(),
        })?;
    loaded.line = Some(row + 1);
    if title.is_some() {
        loaded.document.title = title;
    }
    Ok(loaded)
}

/// The values of a string column (`string`, `large_string`, `string_view` or all null).
fn strings(array: &dyn Array, name: &str) -> Result<Vec<Option<String>>, BatchError> {
    let any = array.as_any();
    let owned = |v: Option<&str>| v.map(str::to_owned);
    if let Some(a) = any.downcast_ref::<Utf8ViewArray>() {
        return Ok(a.iter().map(owned).collect());
    }
    if let Some(a) = any.downcast_ref::<Utf8Array<i64>>() {
        return Ok(a.iter().map(owned).collect());
    }
    if let Some(a) = any.downcast_ref::<Utf8Array<i32>>() {
        return Ok(a.iter().map(owned).collect());
    }
    if *array.dtype() == ArrowDataType::Null {
        return Ok(vec![None; array.len()]);
    }
    Err(BatchError::Column(format!(
        "column {name:?} must hold strings, found Arrow type {:?}",
        array.dtype()
    )))
}

/// Read every record of an Arrow C stream of struct arrays (record batches).
fn read_stream(stream: Box<ArrowArrayStream>) -> Result<Vec<Record>, BatchError> {
    let arrow = |e: polars::error::PolarsError| BatchError::Arrow(e.to_string());
    // SAFETY: the stream was moved out of a capsule named "arrow_array_stream",
    // which the PyCapsule interface guarantees holds a valid C stream.
    let mut reader = unsafe { ArrowArrayStreamReader::try_new(stream) }.map_err(arrow)?;
    let names: Vec<String> = match reader.field().dtype() {
        ArrowDataType::Struct(fields) => fields.iter().map(|f| f.name.to_string()).collect(),
        other => {
            return Err(BatchError::Column(format!(
                "expected a table (a stream of record batches), found Arrow type {other:?}"
            )))
        }
    };
    if !names.iter().any(|n| n == "text" || n == "html") {
        return Err(BatchError::Column(format!(
            "the articles have no \"text\" or \"html\" column (columns: {})",
            names.join(", ")
        )));
    }
    let mut records = Vec::new();
    // SAFETY: as above; each array the stream yields follows the C data interface.
    while let Some(batch) = unsafe { reader.next() } {
        let batch = batch.map_err(arrow)?;
        let Some(batch) = batch.as_any().downcast_ref::<StructArray>() else {
            return Err(BatchError::Arrow(
                "a record batch is not a struct array".into(),
            ));
        };
        let start = records.len();
        records.resize_with(start + batch.len(), Record::default);
        for (name, column) in names.iter().zip(batch.values()) {
            let Some(slot) = COLUMNS.iter().position(|c| c == name) else {
                continue;
            };
            // Children of an imported struct array are already sliced to its rows.
            for (record, value) in records[start..].iter_mut().zip(strings(&**column, name)?) {
                record.fields[slot] = value;
            }
        }
    }
    Ok(records)
}

/// Read, check ids, analyse and tabulate. Runs without the GIL.
fn run(
    records: Vec<Record>,
    source_file: &str,
    jobs: Option<usize>,
) -> Result<(Vec<ArrowTable>, Vec<String>), BatchError> {
    let mut documents: Vec<Document> = Vec::with_capacity(records.len());
    let mut warnings = Vec::new();
    let mut ids = IdCheck::default();
    for (row, record) in records.into_iter().enumerate() {
        let loaded = load(record, row, source_file)?;
        let id = loaded.document.id.clone();
        let loaded = ids
            .check(loaded, format!("row {row}"))
            .map_err(|e| BatchError::Document {
                row,
                id: Some(id.clone()),
                field: Some("id".into()),
                message: e.kind.to_string(),
            })?;
        for w in loaded.warnings {
            warnings.push(format!("row {row} (id {id:?}): {w}"));
        }
        documents.push(loaded.document);
    }
    let analyse = || analyze_batch(&documents, Stage::Claims);
    let analyses = match jobs {
        Some(1) => documents.iter().map(claimkit::analyze).collect(),
        Some(n) => claimkit::drive::worker_pool(n)
            .map_err(|e| BatchError::Arrow(e.to_string()))?
            .install(analyse),
        None => analyse(),
    };
    let mut tables = Tables::default();
    let mut stories = claimkit::clusters::Stories::default();
    for (doc, analysis) in documents.iter().zip(&analyses) {
        tables.push(doc, analysis);
        stories.push(doc);
    }
    // Near-duplicate clusters across the documents of this batch, as a build makes them.
    claimkit::clusters::assign_batches(tables.builders_mut(), &stories);
    let tables = Table::ALL
        .iter()
        .map(|&t| ArrowTable::from_builder(tables.get(t)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| BatchError::Arrow(e.to_string()))?;
    Ok((tables, warnings))
}

/// The result dict (table name -> ArrowTable), with warnings raised as Python warnings.
fn finish<'py>(
    py: Python<'py>,
    result: Result<(Vec<ArrowTable>, Vec<String>), BatchError>,
) -> PyResult<Bound<'py, PyDict>> {
    let (tables, warnings) = result.map_err(|e| e.into_py(py))?;
    let warning = py.get_type::<pyo3::exceptions::PyUserWarning>();
    for w in warnings {
        PyErr::warn(
            py,
            &warning,
            &std::ffi::CString::new(w).unwrap_or_default(),
            2,
        )?;
    }
    let dict = PyDict::new(py);
    for table in tables {
        dict.set_item(table.name, Bound::new(py, table)?)?;
    }
    Ok(dict)
}

/// Analyse a table of articles given as an object with `__arrow_c_stream__`
/// (columns `id`, `title`, `published` or `date`, `dateline`, `text`, all
/// strings). Returns {table name: ArrowTable}.
#[pyfunction]
#[pyo3(signature = (articles, source_file = "batch", jobs = None))]
fn analyze_stream<'py>(
    py: Python<'py>,
    articles: &Bound<'py, PyAny>,
    source_file: &str,
    jobs: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let capsule = articles.call_method0("__arrow_c_stream__")?;
    let capsule = capsule.cast_into::<PyCapsule>()?;
    let pointer = capsule.pointer_checked(Some(STREAM))?;
    // SAFETY: a capsule named "arrow_array_stream" holds an ArrowArrayStream;
    // moving it out and leaving a released (empty) one behind is how the
    // PyCapsule interface hands over ownership.
    let stream = unsafe {
        std::ptr::replace(
            pointer.cast::<ArrowArrayStream>().as_ptr(),
            ArrowArrayStream::empty(),
        )
    };
    let stream = Box::new(stream);
    let result = py.detach(|| read_stream(stream).and_then(|r| run(r, source_file, jobs)));
    finish(py, result)
}

/// Analyse one article given as strings. Returns {table name: ArrowTable}.
#[pyfunction]
#[pyo3(signature = (text, published = None, title = None, id = None, dateline = None, source_file = "text"))]
fn analyze_text<'py>(
    py: Python<'py>,
    text: String,
    published: Option<String>,
    title: Option<String>,
    id: Option<String>,
    dateline: Option<String>,
    source_file: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let record = Record {
        fields: [id, title, published, None, dateline, Some(text), None],
    };
    let result = py.detach(|| run(vec![record], source_file, Some(1)));
    finish(py, result)
}

/// The native module `claimkit._claimkit`.
#[pymodule]
fn _claimkit(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<ArrowTable>()?;
    m.add_function(wrap_pyfunction!(analyze_stream, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_text, m)?)?;
    m.add("DocumentError", m.py().get_type::<DocumentError>())?;
    m.add(
        "TABLES",
        Table::ALL.iter().map(|t| t.name()).collect::<Vec<_>>(),
    )?;
    m.add("COLUMNS", COLUMNS.to_vec())?;
    Ok(())
}
