//! `--format junit`: JUnit XML with one test case per practice and one failure per error, as
//! GitLab and Jenkins read it. Warnings go to `system-out` so they are visible but do not fail.

use std::io::Write;

use practice::diagnostic::{Diagnostic, Severity};
use practice::text::escape_markup as escape;
use practice::validate::Report;

fn line(d: &Diagnostic) -> String {
    let mut text = format!(
        "{}:{}:{}: {} [{}] {}",
        d.path,
        d.line,
        d.column,
        d.severity.as_str(),
        d.code,
        d.message
    );
    if let Some(help) = &d.help {
        text.push_str(&format!(" (help: {help})"));
    }
    text
}

pub(crate) fn render(report: &Report, out: &mut impl Write) -> anyhow::Result<()> {
    let failing: std::collections::HashSet<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.path.as_str())
        .collect();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="practice validate" tests="{}" failures="{}">"#,
        report.paths.len(),
        failing.len()
    )?;
    writeln!(
        out,
        r#"  <testsuite name="practice validate" tests="{}" failures="{}" errors="0" skipped="0">"#,
        report.paths.len(),
        failing.len()
    )?;
    for path in &report.paths {
        let findings: Vec<&Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| &d.path == path)
            .collect();
        let classname = path.rsplit_once('/').map_or("practices", |(dir, _)| dir);
        write!(
            out,
            r#"    <testcase name="{}" classname="{}" file="{}""#,
            escape(path),
            escape(classname),
            escape(path)
        )?;
        if findings.is_empty() {
            writeln!(out, "/>")?;
            continue;
        }
        writeln!(out, ">")?;
        for d in findings.iter().filter(|d| d.severity == Severity::Error) {
            writeln!(
                out,
                r#"      <failure message="{}" type="{}">{}</failure>"#,
                escape(&d.message),
                escape(d.code),
                escape(&line(d))
            )?;
        }
        let warnings: Vec<String> = findings
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| line(d))
            .collect();
        if !warnings.is_empty() {
            writeln!(
                out,
                "      <system-out>{}</system-out>",
                escape(&warnings.join("\n"))
            )?;
        }
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")?;
    Ok(())
}
