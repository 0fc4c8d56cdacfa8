//! `--format github`: GitHub Actions workflow commands, so findings show as annotations on the
//! pull request's lines.

use std::io::Write;

use practice::diagnostic::Severity;
use practice::validate::Report;

/// Escapes the message part of a workflow command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`), where `:` and `,` are separators too.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one `::error` or `::warning` line per finding; `prefix` makes paths relative to the
/// repository root when the collection lives in a sub-folder.
pub(crate) fn render(report: &Report, prefix: &str, out: &mut impl Write) -> anyhow::Result<()> {
    if let Some(note) = &report.note {
        writeln!(
            out,
            "::notice title=practice validate::{}",
            escape_data(note)
        )?;
    }
    for d in &report.diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // Escaped first, so that only the line break added here reaches the log as one.
        let mut message = super::safe(&d.message).into_owned();
        if let Some(help) = &d.help {
            message.push_str(&format!("\n{}: ", practice::tr!("finding-help")));
            message.push_str(&super::safe(help));
        }
        writeln!(
            out,
            "::{command} file={},line={},col={},endColumn={},title={}::{}",
            escape_property(&super::safe(&format!("{prefix}{}", d.path))),
            d.line,
            d.column,
            d.column + d.length,
            escape_property(d.code),
            escape_data(&message),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(escape_data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
