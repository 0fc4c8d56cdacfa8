//! Findings told to editors in plain words. `validate` speaks to developers and CI (rule codes,
//! the checks' own messages); `add`, `edit` and `status` speak to the civil servants who write
//! the practices. Each finding becomes one sentence of the catalogue (`add-explain-<code>`)
//! chosen by its stable rule code, with the field's label from `schema/rules.yaml`, its key in
//! backticks and the line it is on.
//! The field a finding belongs to is also what `add` asks again after a failed final check.

use crate::diagnostic::{Diagnostic, Severity};
use crate::schema::Schema;

/// One finding, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// The top-level field (`evidence`), `body` for the Markdown part, `None` when the whole
    /// file is at fault.
    pub key: Option<String>,
    /// The line in the file.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// The sentence, starting with the field: ``Bewijs (`evidence`): ...``.
    pub text: String,
}

/// The top-level key whose entry holds `line` of `text` (1-based), `body` below the front
/// matter, `None` on the `---` lines or when the text has no front matter.
pub fn field_at(text: &str, line: usize) -> Option<String> {
    let mut lines = text.lines().enumerate();
    let (_, first) = lines.next()?;
    if first.trim_start_matches('\u{feff}').trim_end() != "---" || line <= 1 {
        return None;
    }
    let mut key = None;
    for (i, l) in lines {
        let n = i + 1;
        if l.trim_end() == "---" {
            return match line.cmp(&n) {
                std::cmp::Ordering::Greater => Some("body".to_owned()),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Less => key,
            };
        }
        if n > line {
            return key;
        }
        if let Some((k, _)) = l.split_once(':')
            && !l.starts_with([' ', '\t', '-', '#'])
            && !k.is_empty()
            && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            key = Some(k.to_owned());
        }
    }
    key
}

/// The first text in backticks of a message: the field key or section a finding names.
fn subject(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('`')?;
    rest.split_once('`').map(|(s, _)| s)
}

/// The sentence for a rule code, in the reader's language.
fn sentence(schema: &Schema, code: &str, folder: &str) -> String {
    let id = format!("add-explain-{code}");
    let text = crate::i18n::text(
        &id,
        &[
            ("min", schema.rules.min_section_words.into()),
            ("months", schema.rules.review_interval_months.into()),
            ("folder", folder.into()),
        ],
    );
    // A rule added later without a sentence of its own still gets one.
    if text == id {
        crate::tr!("add-explain-other")
    } else {
        text
    }
}

/// `Label (`key`)` of a top-level field, or the key alone.
pub fn label(schema: &Schema, key: &str) -> String {
    match schema.field(key) {
        Some(f) => format!("{} (`{key}`)", f.label),
        None => format!("`{key}`"),
    }
}

/// Explains the findings about `text` (the file as checked; `id` names its attachment folder).
pub fn explain(schema: &Schema, text: &str, id: &str, findings: &[Diagnostic]) -> Vec<Explained> {
    let folder = format!("practices/{id}/");
    // One explanation per field, also for a finding that names several.
    crate::check::one_per_field(schema, findings)
        .iter()
        .map(|d| {
            let mut key = field_at(text, d.line);
            let named = subject(&d.message);
            // A missing field is reported where it would go; the message names it.
            if d.code == "missing-field"
                && let Some(k) = named.and_then(|k| schema.field(k.split('.').next()?))
            {
                key = Some(k.key.clone());
            }
            let what = match (d.code, key.as_deref()) {
                (c, _) if c.starts_with("section-") => match named {
                    Some(heading) => crate::tr!(
                        "add-explain-section",
                        heading = heading.trim_start_matches("## ")
                    ),
                    None => crate::tr!("add-explain-body"),
                },
                (_, Some("body")) => crate::tr!("add-explain-body"),
                (_, Some(k)) => label(schema, k),
                (_, None) => crate::tr!("add-explain-file"),
            };
            if d.code.starts_with("section-") {
                key = Some("body".to_owned());
            }
            let mut sentence = sentence(schema, d.code, &folder);
            // A date written day first: the same date in the format's form, as `validate` says.
            if let Some(date) = date_finding(d, key.as_deref())
                .then(|| value_at(text, d.line, d.column))
                .and_then(|value| super::fields::meant_date(&value))
            {
                sentence.push_str(&crate::tr!("add-date-meant", date = date));
            }
            Explained {
                key,
                line: d.line,
                severity: d.severity,
                text: format!("{what}: {sentence}"),
            }
        })
        .collect()
}

/// Whether a finding is about the form of a date: `invalid-date`, or `invalid-value` on the
/// date of an assessment (a full date by pattern).
fn date_finding(d: &Diagnostic, key: Option<&str>) -> bool {
    d.code == "invalid-date" || (d.code == "invalid-value" && key == Some("assessment"))
}

/// The plain value that starts at `column` (1-based, in characters) of `line` of `text`: up
/// to the end of a flow item (`,`, `}`, `]`) or a comment, without quotes.
fn value_at(text: &str, line: usize, column: usize) -> String {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let rest: String = l.chars().skip(column.saturating_sub(1)).collect();
    let end = rest.find([',', '}', ']', '#']).unwrap_or(rest.len());
    rest[..end].trim().trim_matches(['"', '\'']).to_owned()
}

/// The explained findings as lines for the terminal: errors first, each with its line and,
/// below it, the line of the file it is about.
pub fn lines(text: &str, explained: &[Explained]) -> Vec<String> {
    let mut sorted: Vec<&Explained> = explained.iter().collect();
    sorted.sort_by_key(|e| (e.severity, e.line));
    let source: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for e in sorted {
        let kind = match e.severity {
            Severity::Error => crate::tr!("severity-error"),
            Severity::Warning => crate::tr!("add-explain-warning"),
        };
        let line = crate::tr!(
            "add-explain-line",
            kind = kind,
            line = e.line,
            text = &e.text
        );
        out.push(format!("  {line}"));
        if let Some(l) = source
            .get(e.line.saturating_sub(1))
            .filter(|l| !l.trim().is_empty())
        {
            let shown: String = l.chars().take(100).collect();
            out.push(format!("      {} | {shown}", e.line));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_sentence_in_each_language() {
        for rule in crate::rules::RULES {
            for lang in crate::i18n::Lang::ALL {
                let id = format!("add-explain-{}", rule.code);
                let args = [
                    ("min", 15.into()),
                    ("months", 24.into()),
                    ("folder", "x/".into()),
                ];
                let text = crate::i18n::text_in(lang, &id, &args);
                assert_ne!(text, id, "{lang:?} has no sentence for `{}`", rule.code);
            }
        }
    }

    #[test]
    fn lines_belong_to_their_top_level_field() {
        let text = "---\nid: x\norganisations:\n  - {name: A}\nstatus: draft\n---\n## Context\n";
        assert_eq!(field_at(text, 1), None);
        assert_eq!(field_at(text, 2).as_deref(), Some("id"));
        assert_eq!(field_at(text, 4).as_deref(), Some("organisations"));
        assert_eq!(field_at(text, 5).as_deref(), Some("status"));
        assert_eq!(field_at(text, 6), None);
        assert_eq!(field_at(text, 7).as_deref(), Some("body"));
        assert_eq!(field_at("no front matter", 3), None);
    }
}
