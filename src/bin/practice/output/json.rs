//! `--format json`: one object `{"files", "errors", "warnings", "diagnostics"}`.

use std::io::Write;

use practice::diagnostic::{Diagnostic, Severity};
use practice::validate::Report;
use serde::Serialize;

#[derive(Serialize)]
struct Json<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    /// Why more files were checked than asked for, when that happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    diagnostics: &'a [Diagnostic],
}

pub(crate) fn render(report: &Report, out: &mut impl Write) -> anyhow::Result<()> {
    let json = Json {
        files: report.files,
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        note: report.note.as_deref(),
        diagnostics: &report.diagnostics,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)?;
    Ok(())
}
