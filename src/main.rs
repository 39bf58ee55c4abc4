//! The `claimkit` command line. See `claimkit --help`.

use anyhow::{bail, Result};
use claimkit::build::{analyze_all, build, BuildError, BuildOptions, Stderr};
use claimkit::split::SplitBy;
use claimkit_core::read::display_path;
use claimkit_core::read::FieldMap;
use claimkit_core::Date;
use claimkit_export::{Format, Table};
use clap::{Parser, Subcommand, ValueEnum};
use inspect::{Inspect, InspectDated};
use outputs::{write_atomically, Target};
use std::path::PathBuf;
use std::process::ExitCode;

mod agreement;
mod body;
mod inspect;
mod labels;
mod ls_export;
mod outputs;
mod release;

/// The most worker threads `--jobs` takes: more only adds start-up time.
const MAX_JOBS: u64 = 256;

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
    Build(BuildArgs),
    /// Write one self-contained HTML page with the claims highlighted on each article.
    Report(ReportArgs),
    /// Write Label Studio tasks (JSON) with the claims as pre-annotations.
    ExportLabelstudio(ExportArgs),
    /// Write train/validation/test splits into a built dataset (`split` column, one file per split).
    Split(SplitArgs),
    /// Add annotators' verdicts from a Label Studio JSON export as the `labels` table.
    ImportLabelstudio(ImportArgs),
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
            claimkit::say!("error: {err:#}");
            // Stopped by a signal: the shell's status for it (130 for Ctrl-C), so that
            // scripts see an interruption, not a failure of the input.
            match err.downcast_ref::<BuildError>() {
                Some(BuildError::Interrupted { signal }) => ExitCode::from(signal.exit_status()),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    // The commands that read every input before they write stop cleanly on Ctrl-C
    // (`claimkit::interrupt`); the streaming ones keep the default.
    if matches!(
        cli.command,
        Command::Build(_) | Command::Report(_) | Command::ExportLabelstudio(_)
    ) {
        claimkit::interrupt::watch()?;
    }
    match cli.command {
        Command::Build(args) => args.run(),
        Command::Report(args) => args.run(),
        Command::ExportLabelstudio(args) => args.run(),
        Command::Split(args) => args.run(),
        Command::ImportLabelstudio(args) => args.run(),
        Command::Sentences(i) => i.run(Table::Sentences),
        Command::Quantities(i) => i.run(Table::Quantities),
        Command::Times(i) => i.run(Table::Times),
        Command::Attributions(i) => i.run(Table::Attributions),
        Command::Claims(i) => i.run(Table::Claims),
    }
}

#[derive(clap::Args)]
struct BuildArgs {
    /// Input files or directories (a directory's walk passes over an HTML report or Label
    /// Studio tasks claimkit wrote into it).
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
    #[command(flatten)]
    fields: FieldArgs,
}

/// The JSON fields of a scraper's schema claimkit does not know.
#[derive(clap::Args, Clone, Debug, Default)]
pub(crate) struct FieldArgs {
    /// JSON Lines field that holds the article body (default: `text`, else `maintext`).
    #[arg(long, value_name = "NAME")]
    text_field: Option<String>,
    /// JSON Lines field that holds the headline (default: `title`).
    #[arg(long, value_name = "NAME")]
    title_field: Option<String>,
    /// JSON Lines field that holds the publication date
    /// (default: `published`, `date`, `date_publish` or `publish_date`).
    #[arg(long, value_name = "NAME")]
    date_field: Option<String>,
    /// JSON Lines field that holds the document id (default: `id`).
    #[arg(long, value_name = "NAME")]
    id_field: Option<String>,
}

impl FieldArgs {
    /// Every document of `inputs` analysed, its JSON fields named by these
    /// arguments (`report`, `export-labelstudio`).
    fn analyze_all(
        &self,
        inputs: &[PathBuf],
        skip_bad: bool,
    ) -> Result<Vec<(claimkit_core::Document, claimkit_core::Analysis)>> {
        Ok(analyze_all(
            inputs,
            skip_bad,
            default_jobs(),
            &self.map(),
            &Stderr,
        )?)
    }

    /// The field names as the readers take them.
    pub(crate) fn map(&self) -> FieldMap {
        FieldMap {
            text: self.text_field.clone(),
            title: self.title_field.clone(),
            date: self.date_field.clone(),
            id: self.id_field.clone(),
        }
    }
}

impl BuildArgs {
    fn run(self) -> Result<()> {
        let options = BuildOptions {
            jobs: self
                .jobs
                .map_or_else(default_jobs, |j| usize::try_from(j).unwrap_or(1)),
            inputs: self.inputs,
            out: self.out,
            format: self.format.into(),
            skip_bad: self.skip_bad,
            excel_safe: self.excel_safe,
            fields: self.fields.map(),
        };
        let s = build(&options, &Stderr)?;
        let secs = s.elapsed.as_secs_f64().max(1e-9);
        claimkit::say!(
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
}

#[derive(clap::Args)]
struct ReportArgs {
    /// Input files or directories.
    #[arg(default_value = "datasets/articles")]
    inputs: Vec<PathBuf>,
    /// The HTML file to write. It may go into an input folder: claimkit never reads its
    /// own report as an article (a folder's walk passes over it; named as an input, it is
    /// refused).
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
    #[command(flatten)]
    fields: FieldArgs,
}

impl ReportArgs {
    fn run(self) -> Result<()> {
        Target::new(&self.out, &self.inputs, self.force).check(outputs::is_report)?;
        let docs = self.fields.analyze_all(&self.inputs, self.skip_bad)?;
        let html = claimkit_export::html::report(&self.title, &docs);
        write_atomically(&self.out, html.as_bytes())?;
        claimkit::say!(
            "report of {} documents -> {}",
            docs.len(),
            display_path(&self.out)
        );
        Ok(())
    }
}

#[derive(clap::Args)]
struct ExportArgs {
    /// Input files or directories.
    #[arg(default_value = "datasets/articles")]
    inputs: Vec<PathBuf>,
    /// The tasks file to write (the labeling config goes beside it as `.xml`). It may go
    /// into an input folder: claimkit never reads its own tasks as articles.
    #[arg(long, default_value = "labelstudio-tasks.json")]
    out: PathBuf,
    /// Leave bad documents out instead of stopping.
    #[arg(long)]
    skip_bad: bool,
    /// Overwrite existing files that claimkit did not write.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    fields: FieldArgs,
}

impl ExportArgs {
    fn run(self) -> Result<()> {
        let (out, config) = (&self.out, self.out.with_extension("xml"));
        if config == *out {
            bail!(
                "{}: the labeling config is written beside the tasks as .xml; give the tasks another extension (.json)",
                display_path(out)
            );
        }
        Target::new(out, &self.inputs, self.force).check(outputs::is_labelstudio_tasks)?;
        Target::new(&config, &self.inputs, self.force).check(outputs::is_label_config)?;
        let docs = self.fields.analyze_all(&self.inputs, self.skip_bad)?;
        let version = format!("claimkit {}", env!("CARGO_PKG_VERSION"));
        let tasks = claimkit_export::labelstudio::tasks(&docs, &version);
        write_atomically(out, tasks.as_bytes())?;
        write_atomically(
            &config,
            claimkit_export::labelstudio::LABEL_CONFIG.as_bytes(),
        )?;
        claimkit::say!(
            "{} Label Studio tasks -> {} (labeling config {})",
            docs.len(),
            display_path(out),
            display_path(&config)
        );
        Ok(())
    }
}

#[derive(clap::Args)]
struct SplitArgs {
    /// The dataset to split (written by `claimkit build`).
    #[arg(long, default_value = "datasets/claims")]
    dataset: PathBuf,
    /// What must not cross splits besides documents and near-duplicate clusters.
    #[arg(long, value_enum, default_value_t = SplitBy::Document)]
    by: SplitBy,
    /// Shares of train, validation and test (of the check-worthy claims).
    #[arg(long, default_value = "0.8,0.1,0.1", value_parser = release::parse_ratios)]
    ratios: [f64; 3],
    /// Seed of the shuffle (the same seed gives the same splits).
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

impl SplitArgs {
    fn run(self) -> Result<()> {
        let counts = release::split(&self.dataset, self.by, self.ratios, self.seed)?;
        for (table, n) in counts {
            claimkit::say!(
                "{table}: train {}, validation {}, test {}",
                n[0],
                n[1],
                n[2]
            );
        }
        claimkit::say!("split -> {}", display_path(&self.dataset));
        Ok(())
    }
}

#[derive(clap::Args)]
struct ImportArgs {
    /// The JSON export of a Label Studio project (Export → JSON).
    export: PathBuf,
    /// The dataset the tasks were exported from.
    #[arg(long, default_value = "datasets/claims")]
    dataset: PathBuf,
}

impl ImportArgs {
    fn run(self) -> Result<()> {
        let c = labels::import(&self.export, &self.dataset)?;
        if c.lone_surrogates > 0 {
            claimkit::say!(
                "warning: {}: {}",
                display_path(&self.export),
                claimkit_core::read::surrogates::warning(c.lone_surrogates)
            );
        }
        claimkit::say!(
            "{} tasks, {} annotations ({} skipped or cancelled, {} tasks unannotated): {} labels ({} on added regions) -> {}",
            c.tasks, c.annotations, c.cancelled, c.unannotated_tasks, c.regions, c.added,
            display_path(&self.dataset)
        );
        Ok(())
    }
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_JOBS as usize))
}

/// `--published`: a real date within the years a publication date may have.
pub(crate) fn published_date(value: &str) -> Result<Date, String> {
    match claimkit_core::dateline::read_published(value) {
        Some(Ok(date)) => Ok(date),
        Some(Err(bad)) => Err(format!("{value:?} is no publication date: {bad}")),
        None => Err(format!("{value:?} is not a date (YYYY-MM-DD)")),
    }
}
