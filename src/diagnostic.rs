//! Findings as data: what `validate` reports, independent of how it is rendered.
//!
//! Every check in the library produces [`Diagnostic`]s; the binary renders them in one place
//! (human, JSON, ...). A finding is never an `Err`: one bad file never hides the others.

use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails validation (exit code 1).
    Error,
    /// Reported, fails only with `--strict`.
    Warning,
}

impl Severity {
    /// Lower-case name, as in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One finding, pointing at a real line and column of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Path relative to the collection root, `/`-separated.
    pub path: String,
    /// 1-based line in the file (front matter included).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// Stable rule code, see [`crate::rules::RULES`].
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, often a "did you mean".
    pub help: Option<String>,
    /// The top-level fields a grouped finding is about (every field a status still needs),
    /// in the order of the format; empty for a finding about one thing. Readers take the
    /// fields from here, never from the message, which is in the reader's language and may be
    /// shortened.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// Width of the offending text in characters (for the marker), at least 1.
    #[serde(skip)]
    pub length: usize,
}

impl Diagnostic {
    /// A new finding; `length` defaults to 1 and `help` to none.
    pub fn new(
        path: impl Into<String>,
        pos: Pos,
        severity: Severity,
        code: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            path: path.into(),
            line: pos.line.max(1),
            column: pos.column.max(1),
            severity,
            code,
            message: clip(message.into()),
            help: None,
            fields: Vec::new(),
            length: pos.length.max(1),
        }
    }

    /// Adds a hint on how to fix the finding.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(clip(help.into()));
        self
    }
}

/// Longest message or help, in characters: values from hostile files can be megabytes long.
pub const MAX_MESSAGE_CHARS: usize = 400;

/// Shortens `text` to [`MAX_MESSAGE_CHARS`], marking the cut with `…`.
pub fn clip(text: String) -> String {
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A place in a file: 1-based line and column (characters) and the width of what is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// Width in characters (0 when unknown).
    pub length: usize,
}

impl Pos {
    /// A position with a width.
    pub fn new(line: usize, column: usize, length: usize) -> Self {
        Pos {
            line,
            column,
            length,
        }
    }

    /// The start of a line.
    pub fn line(line: usize) -> Self {
        Pos::new(line, 1, 0)
    }
}

/// Sorts findings by path, line, column, so output is stable across runs and threads.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.path.as_str(), a.line, a.column, a.code).cmp(&(
            b.path.as_str(),
            b.line,
            b.column,
            b.code,
        ))
    });
}
