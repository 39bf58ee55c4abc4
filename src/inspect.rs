//! The inspection commands (`sentences`, `quantities`, `times`,
//! `attributions`, `claims`): one input in, JSON Lines of one table out.
//!
//! The input is a file (a pipe too) or stdin. A plain-text article, or any
//! input under `--raw`, is read whole up to `MAX_DOCUMENT_BYTES`; JSON
//! Lines are streamed record by record (each at most that size), and every
//! document's rows are written as soon as it is analysed, through one
//! buffered writer, so memory stays bounded whatever the input. `sentences`
//! fills no table: `claimkit::sentence_stream` writes each row as its
//! sentence is found (under `--raw`, paragraph by paragraph as the body is
//! normalised).

use crate::{published_date, FieldArgs};
use anyhow::{bail, Context, Result};
use claimkit::{analyze_for, sentence_stream, Stage};
use claimkit_core::read::{
    check_text, display_path, documents_with, ArticleFile, FileFormat, InputError, InputErrorKind,
    OwnOutput,
};
use claimkit_core::{Date, Document};
use claimkit_export::{Table, Tables};
use clap::ValueEnum;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

/// The input of an inspection command.
#[derive(clap::Args)]
pub struct Inspect {
    /// Article file (*.txt, *.html, *.html.gz, *.warc, *.warc.gz, or *.jsonl for every record); stdin when absent or `-`.
    file: Option<PathBuf>,
    /// Treat the whole input as body text: no title or dateline.
    #[arg(long)]
    raw: bool,
    /// How the input is written (default: by extension; stdin starting with `{` is JSON Lines).
    #[arg(long, value_enum)]
    format: Option<InputFormat>,
    #[command(flatten)]
    fields: FieldArgs,
}

/// The input of an inspection command that resolves dates.
#[derive(clap::Args)]
pub struct InspectDated {
    #[command(flatten)]
    input: Inspect,
    /// Publication date to resolve relative dates against (overrides the dateline).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = published_date)]
    published: Option<Date>,
}

/// How an inspected input is written.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// A plain-text article.
    Txt,
    /// JSON Lines records.
    Jsonl,
    /// A web page.
    Html,
    /// A web crawl (WARC, gzipped or not).
    Warc,
}

impl InspectDated {
    /// Print `table` for the input, dates resolved against `--published` if given.
    pub fn run(&self, table: Table) -> Result<()> {
        inspect(&self.input, self.published, table)
    }
}

impl Inspect {
    /// Print `table` for the input.
    pub fn run(&self, table: Table) -> Result<()> {
        inspect(self, None, table)
    }
}

/// The last pipeline stage a table needs.
fn stage(table: Table) -> Stage {
    match table {
        Table::Sentences => Stage::Sentences,
        Table::Quantities => Stage::Quantities,
        Table::Times => Stage::Times,
        Table::Attributions => Stage::Attributions,
        _ => Stage::Claims,
    }
}

/// The input an inspection command reads: the file (or stdin), a reader over
/// it, its format and whether it is a FIFO.
struct Opened<'a> {
    file: Option<&'a PathBuf>,
    article: ArticleFile,
    reader: Box<dyn BufRead>,
    format: FileFormat,
    fifo: bool,
}

/// Open the command's input and settle its format (`--format`, the file's
/// extension, or a look at the first bytes of stdin).
fn open(input: &Inspect) -> Result<Opened<'_>> {
    let file = input.file.as_ref().filter(|p| p.as_os_str() != "-");
    let (article, mut reader): (ArticleFile, Box<dyn BufRead>) = match file {
        Some(path) => {
            let name = display_path(path);
            // A directory opens, and only its first read fails: say what it is, before
            // a reader blames its first line or record.
            if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
                bail!("{name}: is a directory: this command reads one article file (build, report and export-labelstudio read directories)");
            }
            let f = open_input(path).with_context(|| format!("{name}: cannot read"))?;
            (ArticleFile::single(path), Box::new(BufReader::new(f)))
        }
        None => (
            ArticleFile::single("stdin".as_ref()),
            Box::new(std::io::stdin().lock()),
        ),
    };
    let name = article.name.clone();
    let fifo = file.is_some_and(|p| is_fifo(p));
    let format = match (input.format, file) {
        (Some(InputFormat::Jsonl), _) => FileFormat::Jsonl,
        (Some(InputFormat::Txt), _) => FileFormat::Article,
        (Some(InputFormat::Html), _) => FileFormat::Html,
        (Some(InputFormat::Warc), _) => FileFormat::Warc,
        (None, Some(path)) => FileFormat::of(path),
        (None, None) => sniff(&mut reader).with_context(|| format!("{name}: cannot read"))?,
    };
    Ok(Opened {
        file,
        article,
        reader,
        format,
        fifo,
    })
}

fn inspect(input: &Inspect, published: Option<Date>, table: Table) -> Result<()> {
    let Opened {
        file,
        article,
        mut reader,
        format,
        fifo,
    } = open(input)?;
    let name = article.name.clone();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut tables = Tables::default();
    let mut emit = |mut doc: Document| -> Result<bool> {
        if table == Table::Sentences {
            // Sentences need no table: each row is written as it is found.
            return written(sentence_stream::document_sentences(&doc, &mut out));
        }
        if published.is_some() {
            doc.published = published;
        }
        tables.push(&doc, &analyze_for(&doc, stage(table)));
        let written = written(tables.get(table).write_json_lines(&mut out));
        tables.clear();
        written
    };
    if input.raw {
        check_raw_id(&article)?;
        let expected = file
            .and_then(|p| std::fs::metadata(p).ok())
            .map_or(0, |m| m.len());
        let bytes = crate::body::read_body(&mut reader, expected)
            .map_err(|kind| InputError::new(&name, None, kind))?;
        let text = check_text(&bytes).map_err(|kind| InputError::new(&name, None, kind))?;
        if table == Table::Sentences {
            // One pass: normalised, segmented and written paragraph by paragraph.
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            let rows = sentence_stream::raw_sentences(&article.stem, text, &mut out);
            match rows.and_then(|rows| out.flush().map(|()| rows)) {
                Ok(0) => bail!("{name}: {}", empty(fifo)),
                rows => return written(rows.map(drop)).map(drop),
            }
        }
        let mut doc = Document::from_body(&article.stem, text);
        doc.source_file = name.clone();
        if doc.text.is_empty() {
            bail!("{name}: {}", empty(fifo));
        }
        if !emit(doc)? {
            return Ok(());
        }
    } else {
        refuse_own_output(&mut reader, &name)?;
        for loaded in documents_with(&article, format, &input.fields.map(), reader) {
            let loaded = match loaded {
                Err(err) if fifo && matches!(err.kind, InputErrorKind::Empty) => {
                    bail!("{name}: {}", empty(true))
                }
                loaded => loaded?,
            };
            // The line, as `build` names it: a warning about one record of many.
            let at = loaded.line.map(|l| format!(":{l}")).unwrap_or_default();
            for w in &loaded.warnings {
                claimkit::say!("warning: {name}{at}: {w}");
            }
            if !emit(loaded.document)? {
                return Ok(());
            }
        }
    }
    written(out.flush()).map(drop)
}

/// The id `--raw` gives the document is the file name's, by the rule of ids: refused when
/// it shows nothing, warned of when trimmed.
fn check_raw_id(article: &ArticleFile) -> Result<()> {
    let warning = article
        .check
        .warning(&article.stem)
        .map_err(|kind| InputError::new(&article.name, None, kind))?;
    if let Some(w) = warning {
        claimkit::say!("warning: {}: {w}", article.name);
    }
    Ok(())
}

/// claimkit's own report or tasks, named as the article: refused, as `build` does.
fn refuse_own_output(reader: &mut Box<dyn BufRead>, name: &str) -> Result<()> {
    let head = reader
        .fill_buf()
        .with_context(|| format!("{name}: cannot read"))?;
    match OwnOutput::of(head) {
        Some(own) => Err(InputError::new(name, None, own.refusal()).into()),
        None => Ok(()),
    }
}

/// Whether writing to stdout went through: `Ok(false)` when its reader closed it
/// (`| head`), which ends the command quietly; any other failure (a full disk,
/// `> /dev/full`) is an error, so truncated output never exits 0.
fn written(result: std::io::Result<()>) -> Result<bool> {
    match result {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(err) => Err(err).context("cannot write to stdout"),
    }
}

/// A crawl when the input starts with `WARC/` or is gzip, JSON Lines when its first
/// character (after a byte-order mark and white space) is `{`, a web page when it is `<`,
/// else a plain-text article. Only looks at what the reader has buffered, consuming
/// nothing, so JSONL line numbers stay right.
fn sniff(reader: &mut Box<dyn BufRead>) -> std::io::Result<FileFormat> {
    let buf = reader.fill_buf()?;
    if buf.starts_with(b"WARC/") || buf.starts_with(&[0x1f, 0x8b]) {
        return Ok(FileFormat::Warc);
    }
    let buf = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(buf);
    let first = buf.iter().find(|b| !b.is_ascii_whitespace());
    Ok(match first {
        Some(b'{') => FileFormat::Jsonl,
        Some(b'<') => FileFormat::Html,
        _ => FileFormat::Article,
    })
}

/// Why an input gave nothing: a FIFO nobody wrote to is not an empty file.
fn empty(fifo: bool) -> &'static str {
    if fifo {
        "a FIFO with nothing written to it (no writer had it open)"
    } else {
        "empty file (no text once white space and markup are dropped)"
    }
}

/// True when `path` names a FIFO (a named pipe).
fn is_fifo(path: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Open an inspected file. A FIFO with no writer would block `open` for
/// ever: it is opened without blocking (a pipe from `<(cmd)` has its writer
/// already, so reading it then waits for the data as usual; a named FIFO
/// nobody writes to reads as empty).
fn open_input(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        use std::os::unix::io::AsRawFd;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)?;
        // Reads block again from here on.
        // SAFETY: fcntl on a file descriptor this function owns.
        unsafe {
            let fd = file.as_raw_fd();
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags < 0 || libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) < 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    {
        std::fs::File::open(path)
    }
}
