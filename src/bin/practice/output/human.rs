//! Human output: each finding with its source line and a marker under the offending value,
//! grouped per file, then a summary line.

use std::io::Write;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use practice::diagnostic::{Diagnostic, Severity};
use practice::text::{LineIndex, Shown, terminal_safe};
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
    // One line index per file with findings, built when its first finding is rendered: the
    // findings are sorted by path, and a file can have thousands of them.
    let mut current: Option<(&str, Option<(&str, LineIndex)>)> = None;
    for d in &report.diagnostics {
        if current.as_ref().is_none_or(|(path, _)| *path != d.path) {
            if current.is_some() {
                writeln!(out)?;
            }
            let source = report
                .sources
                .get(&d.path)
                .map(|text| (text.as_str(), LineIndex::new(text)));
            current = Some((&d.path, source));
        }
        let line = current
            .as_ref()
            .and_then(|(_, source)| source.as_ref())
            .and_then(|(text, index)| {
                let line = index.line(text, d.line)?;
                let start = index.offset(text, d.line, 1)?;
                let at = index.offset(text, d.line, d.column)?;
                Some((line, (at - start).min(line.len())))
            });
        writeln!(out, "{}", render_one(&renderer, d, line))?;
    }
    if !quiet {
        let errors = report.count(Severity::Error);
        let warnings = report.count(Severity::Warning);
        let with_findings = report.sources.len();
        if !report.diagnostics.is_empty() {
            writeln!(out)?;
        }
        if let Some(note) = &report.note {
            writeln!(
                out,
                "{}",
                practice::tr!("finding-note", note = note.as_str())
            )?;
        }
        writeln!(
            out,
            "{}",
            practice::tr!(
                "validate-summary",
                files = report.files,
                errors = errors,
                warnings = warnings,
                with_findings = with_findings
            )
        )?;
    }
    Ok(())
}

/// One finding; `line` is its source line and the byte offset of its column in that line.
fn render_one(renderer: &Renderer, d: &Diagnostic, line: Option<(&str, usize)>) -> String {
    // The severities by their name in the reader's language; the rule code stays as it is.
    let name = severity_name(d.severity);
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
    .with_name(name.clone());
    let path = terminal_safe(&d.path, Shown::Line);
    let message = terminal_safe(&d.message, Shown::Line);
    let help = d.help.as_deref().map(|h| terminal_safe(h, Shown::Line));
    let Some((line, at)) = line else {
        // No source line to show (unreadable file, or a finding about the whole file).
        let mut text = format!(
            "{name}[{}]: {message}\n  --> {path}:{}:{}",
            d.code, d.line, d.column
        );
        if let Some(help) = &help {
            text.push_str(&format!("\n  = {}: {help}", practice::tr!("finding-help")));
        }
        return text;
    };
    let (shown, span) = window(line, at, d.length);
    let mut snippet = Snippet::source(&shown).line_start(d.line).path(&*path);
    snippet = snippet.annotation(AnnotationKind::Primary.span(span));
    let mut group = level.primary_title(&*message).id(d.code).element(snippet);
    if let Some(help) = &help {
        group = group.element(
            Level::HELP
                .with_name(practice::tr!("finding-help"))
                .message(&**help),
        );
    }
    renderer.render(&[group])
}

/// "fout" or "error", as the reader reads it.
fn severity_name(severity: Severity) -> String {
    match severity {
        Severity::Error => practice::tr!("severity-error"),
        Severity::Warning => practice::tr!("severity-warning"),
    }
}

/// Characters shown of a source line: long lines are cut around the column so a hostile
/// one-line file does not flood the terminal.
const WINDOW: usize = 160;

/// The part of `line` to show around byte `at` (the finding's column), made safe for a
/// terminal, and the byte range in it of the `length` characters to mark. Only the window is
/// walked, never the whole line: a line can be megabytes long and carry thousands of findings.
fn window(line: &str, at: usize, length: usize) -> (String, std::ops::Range<usize>) {
    let mut at = at.min(line.len());
    while !line.is_char_boundary(at) {
        at -= 1;
    }
    let start = line[..at]
        .char_indices()
        .rev()
        .take(WINDOW / 4)
        .last()
        .map_or(at, |(i, _)| i);
    let end = line[start..]
        .char_indices()
        .nth(WINDOW)
        .map_or(line.len(), |(i, _)| start + i);
    let at = at.min(end);
    let mark_end = line[at..end]
        .char_indices()
        .nth(length.max(1))
        .map_or(end, |(i, _)| at + i);
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.push_str(&terminal_safe(&line[start..at], Shown::Lines));
    let mark_start = shown.len();
    shown.push_str(&terminal_safe(&line[at..mark_end], Shown::Lines));
    let mut mark = mark_start..shown.len();
    shown.push_str(&terminal_safe(&line[mark_end..end], Shown::Lines));
    if end < line.len() {
        shown.push('…');
    }
    if mark.is_empty() && !shown.is_empty() {
        // A marker past the end of the line: point at its last character.
        let last = shown.char_indices().last().map_or(0, |(i, _)| i);
        mark = last..shown.len();
    }
    (shown, mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}X{}", "a".repeat(1000), "b".repeat(1000));
        let (shown, mark) = window(&line, 1000, 1);
        assert!(shown.chars().count() <= WINDOW + 2);
        assert_eq!(&shown[mark], "X");
    }

    #[test]
    fn short_lines_are_kept() {
        assert_eq!(window("id: x", 4, 1), ("id: x".to_owned(), 4..5));
    }

    #[test]
    fn control_characters_are_shown_escaped_and_the_marker_follows() {
        let (shown, mark) = window("title: \u{1b}[2Jx", 7, 4);
        assert_eq!(shown, "title: \\u{1b}[2Jx");
        assert_eq!(&shown[mark], "\\u{1b}[2J");
    }
}
