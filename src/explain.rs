//! The words for the mistakes editors make: what is wrong, in one finding, and how to fix it.
//! Every message about a recognised mistake is chosen here, from the catalogue
//! (`locales/<lang>/explain.ftl`), so they read like every other finding in the reader's
//! language. The checks decide which mistake it is and where; this module only words it.

use crate::tr;
use crate::yaml::mistake::Mistake;

/// A finding's message and help.
pub(crate) struct Words {
    /// What is wrong, one finding.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

fn words(message: String, help: String) -> Words {
    Words {
        message,
        help: Some(help),
    }
}

/// The words for a YAML mistake.
pub(crate) fn yaml(mistake: &Mistake) -> Words {
    match mistake {
        Mistake::UnclosedQuote { fix } => words(
            tr!("explain-unclosed-quote"),
            tr!("explain-unclosed-quote-help", fix = fix),
        ),
        Mistake::QuoteInQuotes { fix } => words(
            tr!("explain-quote-in-quotes"),
            tr!("explain-quote-in-quotes-help", fix = fix),
        ),
        Mistake::UnclosedBracket { fix } => {
            let message = if fix.ends_with('}') {
                tr!("explain-unclosed-block")
            } else {
                tr!("explain-unclosed-list")
            };
            words(message, tr!("explain-unclosed-bracket-help", fix = fix))
        }
        Mistake::NoSpaceAfterColon { fix } => words(
            tr!("explain-no-space-after-colon"),
            tr!("explain-no-space-after-colon-help", fix = fix),
        ),
        Mistake::ColonInValue { fix } => words(
            tr!("explain-colon-in-value"),
            tr!("explain-colon-in-value-help", fix = fix),
        ),
        Mistake::CurlyQuotes { fix } => words(
            tr!("explain-curly-quotes"),
            tr!("explain-curly-quotes-help", fix = fix),
        ),
        Mistake::Indentation { key, spaces } => words(
            tr!("explain-indentation", key = key),
            tr!("explain-indentation-help", key = key, spaces = *spaces),
        ),
        Mistake::Tab => words(tr!("explain-tab"), tr!("explain-tab-help")),
        Mistake::DashWithoutSpace { fix } => words(
            tr!("explain-dash-without-space"),
            tr!("explain-dash-without-space-help", fix = fix),
        ),
        Mistake::Bom => words(tr!("explain-bom"), tr!("explain-bom-help")),
        Mistake::MissingDash { key, fix } => words(
            tr!("explain-missing-dash", key = key),
            tr!("explain-missing-dash-help", fix = fix),
        ),
        Mistake::DuplicateKey { key, first_line } => words(
            tr!("explain-duplicate-key", key = key),
            tr!("explain-duplicate-key-help", key = key, line = *first_line),
        ),
        Mistake::Other { message, help } => Words {
            message: message.clone(),
            help: help.clone(),
        },
    }
}

/// A date in another form than the format's (`15/11/2026`), with the same date written right
/// when it can be read as day, month and year.
/// `full` is true where only a full date will do.
pub(crate) fn date_shape(field: &str, text: &str, full: bool, suggestion: Option<&str>) -> Words {
    let message = if full {
        tr!("explain-date-shape-full", text = text, field = field)
    } else {
        tr!("explain-date-shape-partial", text = text, field = field)
    };
    let help = match suggestion {
        Some(s) => tr!("explain-date-year-first", date = s),
        None => tr!("explain-date-shape-help"),
    };
    words(message, help)
}

/// A date in the right form that does not exist (`2025-13-10`, `2023-02-30`).
pub(crate) fn impossible_date(field: &str, text: &str, suggestion: Option<&str>) -> Words {
    let month = text.get(5..7).and_then(|m| m.parse::<u32>().ok());
    let message = match month {
        Some(m) if !(1..=12).contains(&m) => {
            tr!(
                "explain-date-no-month",
                text = text,
                field = field,
                month = m
            )
        }
        _ => tr!("explain-date-no-day", text = text, field = field),
    };
    let help = match suggestion {
        Some(s) => tr!("explain-date-swapped", date = s),
        None => tr!("explain-date-impossible-help"),
    };
    words(message, help)
}

/// A section written as a heading of another level (`### Zelf aan de slag`).
pub(crate) fn heading_level(hashes: usize, heading: &str) -> Words {
    let written = "#".repeat(hashes);
    words(
        tr!(
            "explain-heading-level",
            heading = heading,
            level = hashes,
            written = written
        ),
        tr!("explain-heading-level-help", heading = heading),
    )
}

/// A top-level field indented under another field.
pub(crate) fn field_belongs_at_top(key: &str, parent: &str, fix: &str) -> Words {
    words(
        tr!("explain-field-at-top", key = key, parent = parent),
        tr!("explain-field-at-top-help", fix = fix),
    )
}

/// A sub-field written at the top level instead of under its field.
pub(crate) fn field_belongs_under(key: &str, parent: &str, parent_line: usize, fix: &str) -> Words {
    words(
        tr!("explain-field-under", key = key, parent = parent),
        tr!(
            "explain-field-under-help",
            parent = parent,
            line = parent_line,
            fix = fix
        ),
    )
}

/// A value between Word's curly quotes, which YAML keeps as part of the text.
pub(crate) fn curly_quoted_value(fix: &str) -> Words {
    words(
        tr!("explain-curly-quoted-value"),
        tr!("explain-curly-quoted-value-help", fix = fix),
    )
}
