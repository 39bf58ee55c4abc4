//! The `claimkit` command line. See `claimkit --help`.

use anyhow::{bail, Context, Result};
use claimkit::build::{analyze_all, build, BuildOptions, Stderr};
use claimkit::Stage;
use claimkit_core::read::{
    check_text, display_path, documents_of, read_limited, ArticleFile, FileFormat, InputError,
    Loaded,
};
use claimkit_core::{Date, Document};
use claimkit_export::{Format, Table, Tables};
use clap::{Parser, Subcommand, ValueEnum};
use outputs::Target;
use std::io::Write;

mod outputs;
use std::path::PathBuf;
use std::process::ExitCode;

/// Turn news articles into benchmark datasets of checkable claims.
#[derive(Parser)]
#[command(name = "claimkit", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the dataset tables from articles (*.txt, *.jsonl, directories).
    Build {
        /// Input files or directories.
        #[arg(default_value = "datasets/articles")]
        inputs: Vec<PathBuf>,
        /// Output directory (replaced only when the build succeeds).
        #[arg(long, default_value = "datasets/claims")]
        out: PathBuf,
        /// Table file format.
        #[arg(long, value_enum, default_value_t = FormatArg::Both)]
        format: FormatArg,
        /// Worker threads, 1 to 256 (default: available cores). Output is identical for any value.
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=MAX_JOBS))]
        jobs: Option<u64>,
        /// Leave bad documents out (listed in manifest.json) instead of stopping.
        #[arg(long)]
        skip_bad: bool,
        /// Prefix CSV cells starting with = + - @ with ' so spreadsheets do not run them
        /// (such cells then no longer match their offsets; Parquet is unchanged).
        #[arg(long)]
        excel_safe: bool,
    },
    /// Write one self-contained HTML page with the claims highlighted on each article.
    Report {
        /// Input files or directories.
        #[arg(default_value = "datasets/articles")]
        inputs: Vec<PathBuf>,
        /// The HTML file to write.
        #[arg(long, default_value = "report.html")]
        out: PathBuf,
        /// Page title.
        #[arg(long, default_value = "claimkit report")]
        title: String,
        /// Leave bad documents out instead of stopping.
        #[arg(long)]
        skip_bad: bool,
        /// Overwrite an existing file that claimkit did not write.
        #[arg(long)]
        force: bool,
    },
    /// Write Label Studio tasks (JSON) with the claims as pre-annotations.
    ExportLabelstudio {
        /// Input files or directories.
        #[arg(default_value = "datasets/articles")]
        inputs: Vec<PathBuf>,
        /// The tasks file to write (the labeling config goes beside it as `.xml`).
        #[arg(long, default_value = "labelstudio-tasks.json")]
        out: PathBuf,
        /// Leave bad documents out instead of stopping.
        #[arg(long)]
        skip_bad: bool,
        /// Overwrite existing files that claimkit did not write.
        #[arg(long)]
        force: bool,
    },
    /// Print the sentences of one article as JSON Lines.
    Sentences(Inspect),
    /// Print the quantities of one article as JSON Lines.
    Quantities(Inspect),
    /// Print the temporal expressions of one article as JSON Lines.
    Times(InspectDated),
    /// Print the attributions of one article as JSON Lines.
    Attributions(Inspect),
    /// Print the claims of one article as JSON Lines.
    Claims(InspectDated),
}

#[derive(clap::Args)]
struct Inspect {
    /// Article file (*.txt, or *.jsonl for every record); stdin when absent or `-`.
    file: Option<PathBuf>,
    /// Treat the whole input as body text: no title or dateline.
    #[arg(long)]
    raw: bool,
    /// How the input is written (default: by extension; stdin starting with `{` is JSON Lines).
    #[arg(long, value_enum)]
    format: Option<InputFormat>,
}

/// How an inspected input is written.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// A plain-text article.
    Txt,
    /// JSON Lines records.
    Jsonl,
}

/// The most worker threads `--jobs` takes: more only adds start-up time.
const MAX_JOBS: u64 = 256;

#[derive(clap::Args)]
struct InspectDated {
    #[command(flatten)]
    input: Inspect,
    /// Publication date to resolve relative dates against (overrides the dateline).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = published_date)]
    published: Option<Date>,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Csv,
    Parquet,
    Both,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Parquet => Format::Parquet,
            FormatArg::Both => Format::Both,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build {
            inputs,
            out,
            format,
            jobs,
            skip_bad,
            excel_safe,
        } => {
            let jobs = jobs.map_or_else(default_jobs, |j| usize::try_from(j).unwrap_or(1));
            let options = BuildOptions {
                inputs,
                out,
                format: format.into(),
                jobs,
                skip_bad,
                excel_safe,
            };
            let s = build(&options, &Stderr)?;
            let secs = s.elapsed.as_secs_f64().max(1e-9);
            eprintln!(
                "built {} documents ({:.1} MB, {:.0} docs/s, {:.1} MB/s): {} sentences, {} claims, {} check-worthy{} -> {}",
                s.documents,
                s.bytes as f64 / 1e6,
                s.documents as f64 / secs,
                s.bytes as f64 / 1e6 / secs,
                s.sentences,
                s.claims,
                s.checkworthy,
                if s.skipped > 0 { format!(", {} skipped", s.skipped) } else { String::new() },
                display_path(&s.out)
            );
            Ok(())
        }
        Command::Report {
            inputs,
            out,
            title,
            skip_bad,
            force,
        } => {
            let target = Target::new(&out, &inputs, force);
            target.check(outputs::is_report)?;
            let docs = analyze_all(&inputs, skip_bad, default_jobs(), &Stderr)?;
            let html = claimkit_export::html::report(&title, &docs);
            write_atomically(&out, html.as_bytes())?;
            eprintln!(
                "report of {} documents -> {}",
                docs.len(),
                display_path(&out)
            );
            Ok(())
        }
        Command::ExportLabelstudio {
            inputs,
            out,
            skip_bad,
            force,
        } => {
            let config = out.with_extension("xml");
            if config == out {
                bail!(
                    "{}: the labeling config is written beside the tasks as .xml; give the tasks another extension (.json)",
                    display_path(&out)
                );
            }
            Target::new(&out, &inputs, force).check(outputs::is_labelstudio_tasks)?;
            Target::new(&config, &inputs, force).check(outputs::is_label_config)?;
            let docs = analyze_all(&inputs, skip_bad, default_jobs(), &Stderr)?;
            let version = format!("claimkit {}", env!("CARGO_PKG_VERSION"));
            write_atomically(
                &out,
                claimkit_export::labelstudio::tasks(&docs, &version).as_bytes(),
            )?;
            write_atomically(
                &config,
                claimkit_export::labelstudio::LABEL_CONFIG.as_bytes(),
            )?;
            eprintln!(
                "{} Label Studio tasks -> {} (labeling config {})",
                docs.len(),
                display_path(&out),
                display_path(&config)
            );
            Ok(())
        }
        Command::Sentences(i) => inspect(&i, None, Table::Sentences),
        Command::Quantities(i) => inspect(&i, None, Table::Quantities),
        Command::Times(i) => inspect(&i.input, i.published, Table::Times),
        Command::Attributions(i) => inspect(&i, None, Table::Attributions),
        Command::Claims(i) => inspect(&i.input, i.published, Table::Claims),
    }
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_JOBS as usize))
}

/// `--published`: a real date within the years a publication date may have.
fn published_date(value: &str) -> Result<Date, String> {
    match claimkit_core::dateline::read_published(value) {
        Some(Ok(date)) => Ok(date),
        Some(Err(bad)) => Err(format!("{value:?} is no publication date: {bad}")),
        None => Err(format!("{value:?} is not a date (YYYY-MM-DD)")),
    }
}

/// Write a file through a temporary file beside it, so a failure leaves no half-written file.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    tmp.write_all(bytes)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

/// Read the article(s) of an inspection command: at most
/// [`MAX_DOCUMENT_BYTES`] in all, from any file (a pipe too) or stdin.
fn read_input(input: &Inspect) -> Result<Vec<Document>> {
    let file = input.file.as_ref().filter(|p| p.as_os_str() != "-");
    let (name, bytes) = match file {
        Some(path) => {
            let name = display_path(path);
            let mut f =
                std::fs::File::open(path).with_context(|| format!("{name}: cannot read"))?;
            let bytes = read_limited(&mut f).map_err(|kind| InputError::new(&name, None, kind))?;
            (name, bytes)
        }
        None => {
            let bytes = read_limited(&mut std::io::stdin().lock())
                .map_err(|kind| InputError::new("stdin", None, kind))?;
            ("stdin".to_string(), bytes)
        }
    };
    let mut article = match file {
        Some(path) => ArticleFile::single(path),
        None => ArticleFile::single("stdin".as_ref()),
    };
    article.name = name.clone();
    let format = match (input.format, file) {
        (Some(InputFormat::Jsonl), _) => FileFormat::Jsonl,
        (Some(InputFormat::Txt), _) => FileFormat::Article,
        (None, Some(path)) => FileFormat::of(path),
        (None, None) if bytes.trim_ascii_start().starts_with(b"{") => FileFormat::Jsonl,
        (None, None) => FileFormat::Article,
    };
    let loaded: Vec<Loaded> = if input.raw {
        let text = check_text(&bytes).map_err(|kind| InputError::new(&name, None, kind))?;
        let mut doc = Document::from_body(&article.stem, text);
        doc.source_file = name.clone();
        if doc.text.is_empty() {
            bail!("{name}: empty file");
        }
        vec![Loaded {
            line: None,
            document: doc,
            warnings: Vec::new(),
        }]
    } else {
        documents_of(&article, format, &bytes[..]).collect::<Result<_, _>>()?
    };
    for l in &loaded {
        for w in &l.warnings {
            eprintln!("warning: {name}: {w}");
        }
    }
    Ok(loaded.into_iter().map(|l| l.document).collect())
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

fn inspect(input: &Inspect, published: Option<Date>, table: Table) -> Result<()> {
    let docs = read_input(input)?;
    let mut tables = Tables::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    for mut doc in docs {
        if published.is_some() {
            doc.published = published;
        }
        let analysis = claimkit::analyze_for(&doc, stage(table));
        tables.push(&doc, &analysis);
        let written = tables.get(table).write_json_lines(&mut out);
        if written.is_err() {
            return Ok(()); // closed pipe (e.g. `| head`)
        }
        tables.clear();
    }
    let _ = out.flush();
    Ok(())
}
