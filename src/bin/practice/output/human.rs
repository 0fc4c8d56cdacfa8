//! Human output: each finding with its source line and a marker under the offending value,
//! grouped per file, then a summary line.

use std::io::Write;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use practice::diagnostic::{Diagnostic, Severity};
use practice::validate::Report;

pub(crate) fn render(
    report: &Report,
    color: bool,
    quiet: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut current: Option<&str> = None;
    for d in &report.diagnostics {
        if current != Some(d.path.as_str()) {
            if current.is_some() {
                writeln!(out)?;
            }
            current = Some(&d.path);
        }
        let source = report.sources.get(&d.path).map(String::as_str);
        writeln!(out, "{}", render_one(&renderer, d, source))?;
    }
    if !quiet {
        let errors = report.count(Severity::Error);
        let warnings = report.count(Severity::Warning);
        let with_findings = report.sources.len();
        if !report.diagnostics.is_empty() {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{} file{} checked: {errors} error{}, {warnings} warning{} in {with_findings} file{}",
            report.files,
            plural(report.files),
            plural(errors),
            plural(warnings),
            plural(with_findings),
        )?;
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn render_one(renderer: &Renderer, d: &Diagnostic, source: Option<&str>) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let origin = format!("{}:{}:{}", d.path, d.line, d.column);
    let line = source.and_then(|s| s.lines().nth(d.line - 1));
    let Some(line) = line else {
        // No source line to show (unreadable file, or a finding about the whole file).
        let mut text = format!(
            "{}[{}]: {}\n  --> {origin}",
            d.severity.as_str(),
            d.code,
            d.message
        );
        if let Some(help) = &d.help {
            text.push_str(&format!("\n  = help: {help}"));
        }
        return text;
    };
    let line = line.trim_end_matches('\r');
    let span = char_span(line, d.column, d.length);
    let mut snippet = Snippet::source(line)
        .line_start(d.line)
        .path(d.path.as_str());
    snippet = snippet.annotation(AnnotationKind::Primary.span(span));
    let mut group = level
        .primary_title(d.message.as_str())
        .id(d.code)
        .element(snippet);
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    renderer.render(&[group])
}

/// Byte range of `length` characters from 1-based character `column` in `line`.
fn char_span(line: &str, column: usize, length: usize) -> std::ops::Range<usize> {
    let byte_at = |chars: usize| {
        line.char_indices()
            .nth(chars)
            .map_or(line.len(), |(i, _)| i)
    };
    let start = byte_at(column.saturating_sub(1));
    let end = byte_at(column.saturating_sub(1) + length.max(1)).max(start);
    if start == end && start == line.len() && !line.is_empty() {
        // A marker past the end of the line: point at its last character.
        let last = line.char_indices().last().map_or(0, |(i, _)| i);
        return last..line.len();
    }
    start..end
}
