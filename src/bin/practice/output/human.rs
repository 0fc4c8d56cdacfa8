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
    let (line, column) = window(line.trim_end_matches('\r'), d.column);
    let span = char_span(&line, column, d.length);
    let mut snippet = Snippet::source(&line)
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

/// Characters shown of a source line: long lines are cut around the column so a hostile
/// one-line file does not flood the terminal.
const WINDOW: usize = 160;

/// The part of `line` around 1-based character `column`, and the column within that part.
fn window(line: &str, column: usize) -> (String, usize) {
    let count = line.chars().count();
    if count <= WINDOW {
        return (line.to_owned(), column);
    }
    let start = column.saturating_sub(WINDOW / 4 + 1);
    let mut shown: String = line.chars().skip(start).take(WINDOW).collect();
    let mut column = column - start;
    if start > 0 {
        shown.insert(0, '…');
        column += 1;
    }
    if start + WINDOW < count {
        shown.push('…');
    }
    (shown, column)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}X{}", "a".repeat(1000), "b".repeat(1000));
        let (shown, column) = window(&line, 1001);
        assert!(shown.chars().count() <= WINDOW + 2);
        assert_eq!(shown.chars().nth(column - 1), Some('X'));
    }

    #[test]
    fn short_lines_are_kept() {
        assert_eq!(window("id: x", 5), ("id: x".to_owned(), 5));
    }
}
