//! The `claimkit` command line. See `claimkit --help`.

use anyhow::{bail, Context, Result};
use claimkit::build::{analyse_all, build, BuildOptions, Stderr};
use claimkit::Stage;
use claimkit_core::read::Loaded;
use claimkit_core::{Date, Document};
use claimkit_export::{Format, Table, Tables};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
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
        /// Worker threads (default: available cores). Output is identical for any value.
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
        jobs: Option<u64>,
        /// Leave bad documents out (listed in manifest.json) instead of stopping.
        #[arg(long)]
        skip_bad: bool,
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
}

#[derive(clap::Args)]
struct InspectDated {
    #[command(flatten)]
    input: Inspect,
    /// Publication date to resolve relative dates against (overrides the dateline).
    #[arg(long, value_name = "YYYY-MM-DD")]
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
        } => {
            let jobs = jobs.map_or_else(default_jobs, |j| usize::try_from(j).unwrap_or(usize::MAX));
            let options = BuildOptions {
                inputs,
                out,
                format: format.into(),
                jobs,
                skip_bad,
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
                s.out.display()
            );
            Ok(())
        }
        Command::Report {
            inputs,
            out,
            title,
            skip_bad,
        } => {
            let docs = analyse_all(&inputs, skip_bad, default_jobs(), &Stderr)?;
            let html = claimkit_export::html::report(&title, &docs);
            write_atomically(&out, html.as_bytes())?;
            eprintln!("report of {} documents -> {}", docs.len(), out.display());
            Ok(())
        }
        Command::ExportLabelstudio {
            inputs,
            out,
            skip_bad,
        } => {
            let docs = analyse_all(&inputs, skip_bad, default_jobs(), &Stderr)?;
            let version = format!("claimkit {}", env!("CARGO_PKG_VERSION"));
            write_atomically(
                &out,
                claimkit_export::labelstudio::tasks(&docs, &version).as_bytes(),
            )?;
            let config = out.with_extension("xml");
            write_atomically(
                &config,
                claimkit_export::labelstudio::LABEL_CONFIG.as_bytes(),
            )?;
            eprintln!(
                "{} Label Studio tasks -> {} (labeling config {})",
                docs.len(),
                out.display(),
                config.display()
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
    std::thread::available_parallelism().map_or(1, |n| n.get())
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

/// Read the article(s) of an inspection command.
fn read_input(input: &Inspect) -> Result<Vec<Document>> {
    let (name, bytes) = match &input.file {
        Some(path) if path.as_os_str() != "-" => {
            let bytes =
                std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
            (path.display().to_string(), bytes)
        }
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .context("stdin: cannot read")?;
            ("stdin".to_string(), bytes)
        }
    };
    let stem = input
        .file
        .as_ref()
        .and_then(|p| p.file_stem())
        .and_then(|s| s.to_str())
        .filter(|s| *s != "-")
        .unwrap_or("stdin")
        .to_string();
    let loaded: Vec<Loaded> = if input.raw {
        let text = claimkit_core::read::check_text(&bytes)
            .map_err(|kind| claimkit_core::read::InputError::new(&name, None, kind))?;
        let mut doc = Document::from_body(&stem, text);
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
        // The same reader as `build`: JSONL by extension, otherwise a text article.
        claimkit_core::read::parse_file(std::path::Path::new(&name), &bytes)
            .into_iter()
            .collect::<Result<_, _>>()?
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
    for mut doc in docs {
        if published.is_some() {
            doc.published = published;
        }
        let analysis = claimkit::analyze_for(&doc, stage(table));
        tables.push(&doc, &analysis);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for row in tables.get(table).to_json() {
        if writeln!(out, "{row}").is_err() {
            return Ok(()); // closed pipe (e.g. `| head`)
        }
    }
    let _ = out.flush();
    Ok(())
}
