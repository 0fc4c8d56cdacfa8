//! `--format junit`: JUnit XML with one test case per practice and one failure per error, as
//! GitLab and Jenkins read it. Warnings go to `system-out` so they are visible but do not fail;
//! with `--strict`, which makes them fail the run, they are failures too, so that the report
//! and the exit code agree. Every text is escaped for XML, whatever a file name holds.

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
        text.push_str(&format!(" ({}: {help})", practice::tr!("finding-help")));
    }
    text
}

pub(crate) fn render(report: &Report, strict: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let fails = |d: &Diagnostic| d.severity == Severity::Error || strict;
    // The findings of each file, gathered once (they are sorted by path).
    let mut by_path: std::collections::HashMap<&str, Vec<&Diagnostic>> =
        std::collections::HashMap::new();
    for d in &report.diagnostics {
        by_path.entry(d.path.as_str()).or_default().push(d);
    }
    let failing = by_path
        .values()
        .filter(|found| found.iter().any(|d| fails(d)))
        .count();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="practice validate" tests="{}" failures="{}">"#,
        report.paths.len(),
        failing
    )?;
    writeln!(
        out,
        r#"  <testsuite name="practice validate" tests="{}" failures="{}" errors="0" skipped="0">"#,
        report.paths.len(),
        failing
    )?;
    for path in &report.paths {
        let findings = by_path.get(path.as_str()).map_or(&[][..], Vec::as_slice);
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
        for d in findings.iter().filter(|d| fails(d)) {
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
            .filter(|d| !fails(d))
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
