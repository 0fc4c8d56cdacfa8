//! Renders a validation report: the one place where findings become text.

mod github;
mod human;
mod json;
mod junit;
mod sarif;

use std::borrow::Cow;
use std::io::Write;

use practice::text::{Shown, terminal_safe};
use practice::validate::Report;

/// One line of text from a practice or a file name (a title, an id, a path, a message), made
/// safe for a terminal or a CI log: control characters, line ends and bidirectional overrides
/// are shown escaped (`\u{1b}`), never acted on. Every human and GitHub renderer of the
/// commands passes such text through here (or through [`terminal_safe`] with
/// [`Shown::Lines`] for a body, which keeps tabs and line ends).
pub(crate) fn safe(text: &str) -> Cow<'_, str> {
    terminal_safe(text, Shown::Line)
}

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Source lines with markers, grouped per file, and a summary.
    Human,
    /// One JSON object: files, errors, warnings, diagnostics.
    Json,
    /// GitHub Actions annotations (`::error file=…,line=…::message`).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML, one test case per practice (GitLab, Jenkins).
    Junit,
}

/// How to render.
pub(crate) struct Options<'a> {
    /// ANSI colours (human format).
    pub(crate) color: bool,
    /// No summary line (human format).
    pub(crate) quiet: bool,
    /// Prepended to paths so they are relative to the repository root (github, sarif).
    pub(crate) prefix: &'a str,
    /// `--strict`: warnings fail the run, so JUnit reports them as failures.
    pub(crate) strict: bool,
}

/// Writes `report` in `format`.
pub(crate) fn render(
    report: &Report,
    format: Format,
    options: &Options<'_>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Human => human::render(report, options.color, options.quiet, out)?,
        Format::Json => json::render(report, out)?,
        Format::Github => github::render(report, options.prefix, out)?,
        Format::Sarif => sarif::render(report, options.prefix, out)?,
        Format::Junit => junit::render(report, options.strict, out)?,
    }
    out.flush()?;
    Ok(())
}
