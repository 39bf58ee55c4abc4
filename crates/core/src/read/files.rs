//! Finding the article files of the inputs: files as given, directories
//! walked for `*.txt`, `*.jsonl` and web pages (`*.html`, `*.htm`,
//! `*.html.gz`), each file with the name its documents' ids derive from. An
//! HTML report or Label Studio tasks claimkit wrote are no articles: passed
//! over in a walk (and listed, for a note), refused when given.
//!
//! Only regular files are read. A FIFO, device or socket (`/dev/zero`, a
//! named pipe called `pipe.txt`) could block or never end, so it is refused
//! as bad input; so is anything that cannot be opened (permissions, a
//! symlink loop). Such per-file problems come back as `Err` entries, so that
//! `--skip-bad` can skip and list them and go on.

use super::{InputError, InputErrorKind, OwnOutput};
use std::path::{Component, Path, PathBuf};

/// One article file found in the inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleFile {
    /// The path to open.
    pub path: PathBuf,
    /// The path as messages and `source_file` print it ([`display_path`]).
    pub name: String,
    /// The file's path relative to the directory it was found under (its own
    /// name when given directly), `/`-separated, without the extension.
    /// Document ids derive from it, so `2015/news.jsonl` and
    /// `2016/news.jsonl` give different ids. Each part follows the rule of JSONL ids
    /// ([`crate::invisible::visible_id`]): white space and invisible characters around
    /// it are dropped.
    pub stem: String,
    /// Whether the stem was written so, trimmed, or shows nothing ([`StemCheck`]).
    pub check: StemCheck,
}

/// What the rule of ids ([`crate::invisible::visible_id`]) made of a file's stem, part by
/// part (`2015/news`: `2015`, then `news`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum StemCheck {
    /// Every part shows something, with nothing blank around it.
    #[default]
    Clean,
    /// White space or invisible characters around a part were dropped: the stem as written.
    Trimmed(String),
    /// A part that shows nothing (as written): no id can be made of it.
    Blank(String),
}

impl StemCheck {
    /// A stem (`/`-separated parts) by the rule of ids: the stem to use and what was done.
    ///
    /// ```
    /// use claimkit_core::read::StemCheck;
    /// assert_eq!(StemCheck::of("2015/seed"), ("2015/seed".to_string(), StemCheck::Clean));
    /// assert_eq!(
    ///     StemCheck::of("2015/\u{200B}seed "),
    ///     ("2015/seed".to_string(), StemCheck::Trimmed("2015/\u{200B}seed ".to_string()))
    /// );
    /// assert_eq!(StemCheck::of("2015/\u{301}").1, StemCheck::Blank("\u{301}".to_string()));
    /// ```
    pub fn of(stem: &str) -> (String, StemCheck) {
        let mut parts = Vec::new();
        for part in stem.split('/') {
            match crate::invisible::visible_id(part) {
                Some(visible) => parts.push(visible),
                None => return (stem.to_string(), StemCheck::Blank(part.to_string())),
            }
        }
        let visible = parts.join("/");
        let check = if visible == stem {
            StemCheck::Clean
        } else {
            StemCheck::Trimmed(stem.to_string())
        };
        (visible, check)
    }

    /// A document id made from `stem` (`id`), or why none can be: a warning when the
    /// file name was trimmed, an error when a part of it shows nothing.
    pub fn warning(&self, id: &str) -> Result<Option<String>, InputErrorKind> {
        match self {
            StemCheck::Clean => Ok(None),
            StemCheck::Trimmed(written) => Ok(Some(format!(
                "file name {written:?} has white space or invisible characters around it: id read as {id:?}"
            ))),
            StemCheck::Blank(part) => Err(InputErrorKind::BlankFileName { part: part.clone() }),
        }
    }
}

impl ArticleFile {
    /// A file read on its own: its ids derive from its file name.
    ///
    /// ```
    /// use claimkit_core::read::ArticleFile;
    /// let f = ArticleFile::single("corpus/2015/news.jsonl".as_ref());
    /// assert_eq!(f.stem, "news");
    /// assert_eq!(f.name, "corpus/2015/news.jsonl");
    /// ```
    pub fn single(path: &Path) -> ArticleFile {
        let (stem, check) = StemCheck::of(&name_stem(path));
        ArticleFile {
            path: path.to_path_buf(),
            name: display_path(path),
            stem,
            check,
        }
    }

    /// A file found below `root`: its ids derive from its path relative to `root`.
    ///
    /// ```
    /// use claimkit_core::read::ArticleFile;
    /// let f = ArticleFile::under("corpus".as_ref(), "corpus/2015/news.jsonl".as_ref());
    /// assert_eq!(f.stem, "2015/news");
    /// ```
    pub fn under(root: &Path, path: &Path) -> ArticleFile {
        let Ok(relative) = path.strip_prefix(root) else {
            return ArticleFile::single(path);
        };
        let mut parts: Vec<String> = relative
            .parent()
            .into_iter()
            .flat_map(Path::components)
            .filter_map(|c| match c {
                Component::Normal(part) => Some(display_path(Path::new(part))),
                _ => None,
            })
            .collect();
        parts.push(name_stem(path));
        let (stem, check) = StemCheck::of(&parts.join("/"));
        ArticleFile {
            path: path.to_path_buf(),
            name: display_path(path),
            stem,
            check,
        }
    }
}

/// The file name without its extension, as [`display_path`] prints it (`article` when
/// there is none).
fn name_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| display_path(Path::new(s)))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_string())
}

/// A path as messages and tables print it: invalid UTF-8 bytes as `\xFF`
/// and control characters escaped (`\u{1b}`), so a file name can neither
/// garble a terminal nor two different names print the same.
///
/// ```
/// use claimkit_core::read::display_path;
/// assert_eq!(display_path("news\x1b[31m.txt".as_ref()), "news\\u{1b}[31m.txt");
/// ```
pub fn display_path(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        escape_bytes(path.as_os_str().as_bytes())
    }
    #[cfg(not(unix))]
    {
        escape_bytes(path.to_string_lossy().as_bytes())
    }
}

fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                out.extend(c.escape_default());
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// What a path is, when it is not a regular file.
fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO");
        }
        if kind.is_char_device() {
            return Some("a character device");
        }
        if kind.is_block_device() {
            return Some("a block device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

/// `Ok` when `path` (followed through symlinks) is a regular file.
pub fn check_regular(path: &Path) -> Result<(), InputErrorKind> {
    let meta = std::fs::metadata(path)?;
    match special_kind(&meta) {
        None => Ok(()),
        Some(kind) => Err(InputErrorKind::NotAFile(kind)),
    }
}

/// Open an article file for reading, refusing anything but a regular file
/// (checked before opening, since opening a FIFO blocks).
pub fn open(file: &ArticleFile) -> Result<std::fs::File, InputError> {
    let error = |kind| InputError::new(file.name.clone(), None, kind);
    check_regular(&file.path).map_err(error)?;
    std::fs::File::open(&file.path).map_err(|e| error(e.into()))
}

/// The article files of the inputs, and what a walk passed over.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Files as given, then each directory's article files in sorted path order; a file
    /// that cannot be read is an `Err` entry in its place.
    pub files: Vec<Result<ArticleFile, InputError>>,
    /// claimkit's own outputs found below an input directory under an article's name
    /// (as [`display_path`] prints them), passed over.
    pub own_outputs: Vec<(String, OwnOutput)>,
    /// Symbolic links to directories found below an input directory (as
    /// [`display_path`] prints them): not followed, so that a link loop or a link to
    /// `/` cannot make the walk run away; the user is told, and may name one as an input.
    pub linked_dirs: Vec<String>,
}

/// Expand inputs into article files: files as given, directories walked for
/// `*.txt` and `*.jsonl` in sorted path order. An input that does not exist,
/// or a directory without articles, stops the whole read; a file found that
/// cannot be read is an `Err` entry in its place.
pub fn collect_files(
    inputs: &[PathBuf],
) -> Result<Vec<Result<ArticleFile, InputError>>, InputError> {
    collect_inputs(inputs).map(|found| found.files)
}

/// [`collect_files`], with the outputs of claimkit the walk passed over.
pub fn collect_inputs(inputs: &[PathBuf]) -> Result<Inputs, InputError> {
    let mut all = Inputs::default();
    for input in inputs {
        let name = display_path(input);
        let meta = std::fs::metadata(input).map_err(|e| InputError::new(&name, None, e.into()))?;
        if !meta.is_dir() {
            all.files.push(match special_kind(&meta) {
                None => match OwnOutput::of_file(input) {
                    Some(own) => Err(InputError::new(name, None, own.refusal())),
                    None => Ok(ArticleFile::single(input)),
                },
                Some(kind) => Err(InputError::new(name, None, InputErrorKind::NotAFile(kind))),
            });
            continue;
        }
        let mut found = Walk::default();
        let entries =
            std::fs::read_dir(input).map_err(|e| InputError::new(&name, None, e.into()))?;
        found.walk(input, entries);
        if found.files.is_empty() {
            return Err(InputError::new(name, None, InputErrorKind::NoArticles));
        }
        found.files.sort_by(|a, b| a.0.cmp(&b.0));
        found.own.sort_by(|a, b| a.0.cmp(&b.0));
        found.linked_dirs.sort();
        all.linked_dirs
            .extend(found.linked_dirs.iter().map(|path| display_path(path)));
        all.files
            .extend(found.files.into_iter().map(|(path, kind)| match kind {
                None => Ok(ArticleFile::under(input, &path)),
                Some(kind) => Err(InputError::new(display_path(&path), None, kind)),
            }));
        all.own_outputs.extend(
            found
                .own
                .into_iter()
                .map(|(path, own)| (display_path(&path), own)),
        );
    }
    Ok(all)
}

/// What a directory walk found.
#[derive(Default)]
struct Walk {
    /// Every article file, with what is wrong with it if it cannot be read as one.
    files: Vec<(PathBuf, Option<InputErrorKind>)>,
    /// claimkit's own outputs, passed over.
    own: Vec<(PathBuf, OwnOutput)>,
    /// Symbolic links to directories, not followed.
    linked_dirs: Vec<PathBuf>,
}

impl Walk {
    /// Every article file below a directory.
    fn walk(&mut self, dir: &Path, entries: std::fs::ReadDir) {
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    self.files.push((dir.to_path_buf(), Some(e.into())));
                    continue;
                }
            };
            let path = entry.path();
            // The entry's own type: a symlink to a directory is not followed, so a
            // link loop (or a link to `/`) cannot make the walk run away.
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => match std::fs::read_dir(&path) {
                    Ok(entries) => self.walk(&path, entries),
                    Err(e) => self.files.push((path, Some(e.into()))),
                },
                Ok(kind) if kind.is_symlink() && path.is_dir() => self.linked_dirs.push(path),
                Ok(_) if !super::FileFormat::is_input(&path) => {}
                Ok(_) => match OwnOutput::of_file(&path) {
                    // claimkit's own output, written into the folder it was made from.
                    Some(own) => self.own.push((path, own)),
                    None => {
                        let problem = check_regular(&path).err();
                        self.files.push((path, problem));
                    }
                },
                Err(e) => self.files.push((path, Some(e.into()))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_files_of_the_same_name_get_different_stems() {
        let root = Path::new("data");
        let a = ArticleFile::under(root, Path::new("data/2015/news.jsonl"));
        let b = ArticleFile::under(root, Path::new("data/2016/news.jsonl"));
        assert_eq!(
            (a.stem.as_str(), b.stem.as_str()),
            ("2015/news", "2016/news")
        );
        let top = ArticleFile::under(root, Path::new("data/seed.txt"));
        assert_eq!(top.stem, "seed");
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_file_names_stay_apart() {
        use std::os::unix::ffi::OsStrExt;
        let a = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        let b = std::ffi::OsStr::from_bytes(b"caf\xe8.txt");
        let (a, b) = (
            ArticleFile::single(a.as_ref()),
            ArticleFile::single(b.as_ref()),
        );
        assert_eq!(a.stem, "caf\\xE9");
        assert_ne!(a.stem, b.stem);
    }

    #[test]
    fn file_names_give_ids_by_the_rule_of_jsonl_ids() {
        // Found by hostile review: "\u{301}.txt" gave the id "\u{301}", which a JSONL
        // record is refused. Every part of the path that makes the id is read as a JSONL
        // id is: trimmed of white space and invisible characters, blank when nothing shows.
        let root = Path::new("data");
        let (clean, trimmed) = (StemCheck::Clean, |s: &str| StemCheck::Trimmed(s.into()));
        let blank = |s: &str| StemCheck::Blank(s.into());
        for (path, stem, check) in [
            ("data/2015/seed.txt", "2015/seed", clean.clone()),
            ("data/e\u{301}.txt", "e\u{301}", clean.clone()),
            ("data/\u{915}\u{94D}.txt", "\u{915}\u{94D}", clean),
            ("data/\u{200B}seed .txt", "seed", trimmed("\u{200B}seed ")),
            ("data/\u{301}.txt", "\u{301}", blank("\u{301}")),
            ("data/\u{200B}/seed.txt", "\u{200B}/seed", blank("\u{200B}")),
            (
                "data/2015/ \u{20DD}.html",
                "2015/ \u{20DD}",
                blank(" \u{20DD}"),
            ),
        ] {
            let file = ArticleFile::under(root, Path::new(path));
            assert_eq!((file.stem.as_str(), &file.check), (stem, &check), "{path}");
        }
        let single = ArticleFile::single(Path::new("x/\u{301}\u{308}.txt"));
        assert_eq!(single.check, StemCheck::Blank("\u{301}\u{308}".into()));
        assert!(single.check.warning(&single.stem).is_err_and(|e| e
            .to_string()
            .starts_with("the file name gives a blank document id")));
    }

    #[test]
    fn terminal_escapes_in_names_are_printed_escaped() {
        assert_eq!(
            display_path(Path::new("a\u{1b}]0;x\u{7}.txt")),
            "a\\u{1b}]0;x\\u{7}.txt"
        );
        assert_eq!(display_path(Path::new("Новости.txt")), "Новости.txt");
    }
}
