//! Renders a validation report: the one place where findings become text.

mod human;
mod json;

use std::io::Write;

use practice::validate::Report;

use crate::cmd::Context;

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Source lines with markers, grouped per file, and a summary.
    Human,
    /// One JSON object: files, errors, warnings, diagnostics.
    Json,
}

/// Writes `report` in `format`.
pub(crate) fn render(
    report: &Report,
    format: Format,
    cx: &Context,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Human => human::render(report, cx.color, cx.quiet, out)?,
        Format::Json => json::render(report, out)?,
    }
    out.flush()?;
    Ok(())
}
