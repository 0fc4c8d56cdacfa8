//! One practice file: read it safely, split front matter from body, parse both, and keep the
//! positions every later check needs. Problems met on the way become findings, never errors.

pub mod split;

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::markdown::{self, Outline};
use crate::rules as rule;
use crate::text::LineIndex;
use crate::yaml::{self, Node, ProblemKind, Value};

/// A practice file as read from disk, with whatever could be parsed of it.
#[derive(Debug, Clone)]
pub struct Document {
    /// Absolute (or root-joined) path.
    pub path: PathBuf,
    /// Path relative to the collection root, `/`-separated, for messages.
    pub rel: String,
    /// File name without `.md`: what the `id` must equal.
    pub stem: String,
    /// The text without a BOM; empty when unreadable.
    pub text: String,
    /// Line lookup over `text`.
    pub lines: LineIndex,
    /// The parsed front matter root, when the YAML could be read.
    pub front: Option<Node>,
    /// 1-based line of the first front matter line (0 when there is none).
    pub front_line: usize,
    /// Byte offset of the body in `text`, when the front matter is closed.
    pub body_offset: Option<usize>,
    /// Headings and links of the body.
    pub outline: Outline,
}

impl Document {
    /// The Markdown body (empty when the front matter is broken).
    pub fn body(&self) -> &str {
        self.body_offset.map_or("", |o| &self.text[o..])
    }

    /// File position of a byte offset into the body.
    pub fn body_pos(&self, offset: usize, len: usize) -> Pos {
        let at = self.body_offset.unwrap_or(0) + offset;
        let (line, column) = self.lines.line_col(&self.text, at);
        let width = self
            .text
            .get(at..(at + len).min(self.text.len()))
            .map_or(1, |s| s.lines().next().unwrap_or("").chars().count());
        Pos::new(line, column, width)
    }

    /// The `id` value if it is a string.
    pub fn id(&self) -> Option<&str> {
        self.front.as_ref()?.get("id")?.as_str()
    }

    /// The `status` value if it is a string.
    pub fn status(&self) -> Option<&str> {
        self.front.as_ref()?.get("status")?.as_str()
    }

    /// The `title` value if it is a string.
    pub fn title(&self) -> Option<&str> {
        self.front.as_ref()?.get("title")?.as_str()
    }
}

/// Reads and parses the file at `path`; `rel` names it in findings. Files larger than
/// `max_bytes` are not parsed.
pub fn load(path: &Path, rel: &str, max_bytes: u64) -> (Document, Vec<Diagnostic>) {
    let doc = Document::empty(path, rel);
    let mut out = Vec::new();
    let error =
        |pos: Pos, code, message: String| Diagnostic::new(rel, pos, Severity::Error, code, message);
    let bytes = match read_limited(path, max_bytes) {
        Ok(Read::Bytes(bytes)) => bytes,
        Ok(Read::Special(kind)) => {
            out.push(
                error(
                    Pos::line(1),
                    rule::NOT_REGULAR_FILE,
                    crate::tr!("check-not-regular", name = rel, kind = kind),
                )
                .with_help(crate::tr!("check-not-regular-help")),
            );
            return (doc, out);
        }
        Ok(Read::TooLarge(size)) => {
            out.push(
                error(
                    Pos::line(1),
                    rule::FILE_TOO_LARGE,
                    crate::tr!("check-file-too-large", size = size, max = max_bytes),
                )
                .with_help(crate::tr!("check-file-too-large-help")),
            );
            return (doc, out);
        }
        Err(e) => {
            out.push(error(
                Pos::line(1),
                rule::IO,
                crate::tr!("check-unreadable", reason = crate::i18n::io_reason(&e)),
            ));
            return (doc, out);
        }
    };
    from_bytes(path, rel, bytes)
}

/// Parses the bytes of the file at `path` (named `rel` in findings), read by the caller: the
/// second half of [`load`], for a reader that needs the bytes themselves too (the index hashes
/// them).
pub fn from_bytes(path: &Path, rel: &str, bytes: Vec<u8>) -> (Document, Vec<Diagnostic>) {
    let mut doc = Document::empty(path, rel);
    let mut out = Vec::new();
    let error =
        |pos: Pos, code, message: String| Diagnostic::new(rel, pos, Severity::Error, code, message);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // The prefix up to the bad byte is valid UTF-8, so its lines and columns are exact.
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or("");
            // Columns count from after a BOM, as everywhere else.
            let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(prefix);
            let (line, column) = LineIndex::new(prefix).line_col(prefix, prefix.len());
            out.push(
                error(
                    Pos::new(line, column, 1),
                    rule::NOT_UTF8,
                    crate::tr!(
                        "check-not-utf8",
                        byte = format!("{:02X}", bytes[valid]),
                        offset = valid
                    ),
                )
                .with_help(crate::tr!("check-not-utf8-help")),
            );
            return (doc, out);
        }
    };
    set_text(&mut doc, text, &mut out);
    (doc, out)
}

/// Parses `text` as if it were the file at `path` (named `rel` in findings), without touching
/// the disk, so a practice can be checked before it is written.
pub fn parse(path: &Path, rel: &str, text: &str) -> (Document, Vec<Diagnostic>) {
    let mut doc = Document::empty(path, rel);
    let mut out = Vec::new();
    set_text(&mut doc, text.to_owned(), &mut out);
    (doc, out)
}

impl Document {
    /// A document at `path` with nothing read yet.
    fn empty(path: &Path, rel: &str) -> Document {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Document {
            path: path.to_owned(),
            rel: rel.to_owned(),
            stem,
            text: String::new(),
            lines: LineIndex::new(""),
            front: None,
            front_line: 0,
            body_offset: None,
            outline: Outline::default(),
        }
    }
}

/// Stores the text (without a BOM) and parses front matter and body.
fn set_text(doc: &mut Document, text: String, out: &mut Vec<Diagnostic>) {
    doc.text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    doc.lines = LineIndex::new(&doc.text);
    parse_text(doc, out);
}

/// What [`read_limited`] found at a path.
enum Read {
    /// The bytes of a regular file.
    Bytes(Vec<u8>),
    /// A regular file larger than allowed, and its size.
    TooLarge(u64),
    /// Something that is not a regular file, described (`a FIFO`).
    Special(String),
}

/// Reads a regular file unless it is larger than `max_bytes`. Anything else is never read: a
/// FIFO would block the reader forever, a device could be endless, and a symlink is never
/// followed. On Linux the file is opened without blocking and without following a symlink,
/// then its type is checked on the open file, so nothing can be swapped in between; elsewhere
/// the type is also checked before opening.
fn read_limited(path: &Path, max_bytes: u64) -> std::io::Result<Read> {
    use std::io::Read as _;
    // On Linux the open itself neither blocks nor follows a symlink: the check before it
    // would only cost a system call per file.
    #[cfg(not(target_os = "linux"))]
    {
        let before = std::fs::symlink_metadata(path)?;
        if !before.file_type().is_file() {
            return Ok(Read::Special(kind(&before.file_type())));
        }
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOFOLLOW;
        options.custom_flags(flags.bits() as i32);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        Err(e) => {
            // O_NOFOLLOW refuses a symlink that replaced the file since the check.
            return match std::fs::symlink_metadata(path) {
                Ok(now) if !now.file_type().is_file() => Ok(Read::Special(kind(&now.file_type()))),
                _ => Err(e),
            };
        }
    };
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return Ok(Read::Special(kind(&meta.file_type())));
    }
    let size = meta.len();
    if size > max_bytes {
        return Ok(Read::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    // `take` bounds the read even if the file grows while we read it.
    file.take(max_bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Ok(Read::TooLarge(bytes.len() as u64));
    }
    Ok(Read::Bytes(bytes))
}

/// What a file type that is not a regular file is, in words.
fn kind(file_type: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return crate::tr!("check-kind-fifo");
        }
        if file_type.is_socket() {
            return crate::tr!("check-kind-socket");
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return crate::tr!("check-kind-device");
        }
    }
    if file_type.is_symlink() {
        crate::tr!("check-kind-symlink")
    } else if file_type.is_dir() {
        crate::tr!("check-kind-folder")
    } else {
        crate::tr!("check-kind-other")
    }
}

fn parse_text(doc: &mut Document, out: &mut Vec<Diagnostic>) {
    let rel = doc.rel.clone();
    let error = |pos: Pos, code, message: String| {
        Diagnostic::new(rel.as_str(), pos, Severity::Error, code, message)
    };
    let parts = match split::split(&doc.text) {
        Ok(parts) => parts,
        Err(split::SplitError::Missing { line }) => {
            out.push(
                error(
                    Pos::line(line),
                    rule::FRONT_MATTER_MISSING,
                    crate::tr!("check-front-missing"),
                )
                .with_help(crate::tr!("check-front-missing-help")),
            );
            return;
        }
        Err(split::SplitError::Unclosed { line }) => {
            out.push(
                error(
                    Pos::new(line, 1, 3),
                    rule::FRONT_MATTER_UNCLOSED,
                    crate::tr!("check-front-unclosed"),
                )
                .with_help(crate::tr!("check-front-unclosed-help")),
            );
            return;
        }
    };
    if parts.leading_blank_lines > 0 {
        out.push(
            error(
                Pos::line(1),
                rule::FRONT_MATTER_NOT_FIRST,
                crate::tr!("check-front-not-first", count = parts.leading_blank_lines),
            )
            .with_help(crate::tr!("check-front-not-first-help")),
        );
    }
    let front_line = parts.front_line;
    let body_offset = parts.body_offset;
    let parsed = yaml::parse(parts.front, front_line);
    let empty = parsed.root.is_none() && parsed.problems.is_empty();
    // Each problem at the editor's mistake behind it, in the words of `explain`.
    for p in yaml::mistake::explain(parts.front, front_line, parsed.problems) {
        let code = match p.kind {
            ProblemKind::Syntax => rule::YAML_SYNTAX,
            ProblemKind::DuplicateKey => rule::YAML_DUPLICATE_KEY,
            ProblemKind::Limit => rule::YAML_LIMIT,
        };
        let words = crate::explain::yaml(&p.mistake);
        let mut d = error(p.pos, code, words.message);
        d.help = words.help.map(crate::diagnostic::clip);
        out.push(d);
    }
    // Empty front matter (or only comments) is an empty mapping: every required field is missing.
    doc.front = if empty {
        Some(Node {
            value: Value::Map(Vec::new()),
            pos: Pos::new(front_line, 1, 1),
        })
    } else {
        parsed.root
    };
    doc.front_line = front_line;
    doc.body_offset = Some(body_offset);
    doc.outline = markdown::outline(&doc.text[body_offset..]);
}
