//! The command line's own mistakes (an unknown option, a wrong value, a missing argument) in the
//! reader's language.
//!
//! clap has no translations; it hands its errors over as a kind with context (the argument,
//! the value, the valid values, a suggestion), which this module puts into the catalogue's
//! words. A kind this module does not know keeps clap's own English rendering, so no mistake
//! goes unreported.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use practice::i18n::Lang;
use practice::text::{Shown, terminal_safe};
use practice::tr_in as tr;

/// What to print for a parse error in `lang`, or none when clap's own text must stay (help,
/// version, and the kinds without a catalogue text).
///
/// `command` is the subcommand the arguments named, if any: the error then ends by pointing at
/// its help rather than the program's.
pub(crate) fn message(err: &clap::Error, lang: Lang, command: Option<&str>) -> Option<String> {
    // What the person typed stands on one line of the message: a line end or tab in it is
    // shown escaped, like every other control character.
    let one_line = |text: String| terminal_safe(&text, Shown::Line).into_owned();
    let text = |kind| err.get(kind).map(plain).map(one_line);
    // An option is named without its value's placeholder (`--format`, not `--format <FORMAT>`).
    let argument = || {
        text(ContextKind::InvalidArg).map(|a| match a.strip_prefix('-') {
            Some(_) => a.split(' ').next().unwrap_or_default().to_owned(),
            None => a,
        })
    };
    let main = match err.kind() {
        ErrorKind::UnknownArgument => tr!(
            lang,
            "cli-unknown-argument",
            argument = text(ContextKind::InvalidArg)?
        ),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "cli-unknown-command",
            command = text(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue)?;
            let argument = argument()?;
            let valid = err.get(ContextKind::ValidValue).map(plain);
            match (value.is_empty(), valid) {
                (true, Some(valid)) => {
                    tr!(
                        lang,
                        "cli-missing-value-choose",
                        argument = argument,
                        valid = valid
                    )
                }
                (true, None) => tr!(lang, "cli-missing-value", argument = argument),
                (false, Some(valid)) => tr!(
                    lang,
                    "cli-invalid-value-choose",
                    value = value,
                    argument = argument,
                    valid = valid
                ),
                (false, None) => tr!(
                    lang,
                    "cli-invalid-value",
                    value = value,
                    argument = argument
                ),
            }
        }
        ErrorKind::ValueValidation => {
            let source = std::error::Error::source(err);
            // A number clap parsed itself comes with the standard library's English reason;
            // any other reason is the program's own value parser's, already in the catalogue.
            let reason = match source {
                Some(e) if e.is::<std::num::ParseIntError>() => tr!(lang, "cli-not-a-number"),
                Some(e) => one_line(e.to_string()),
                None => String::new(),
            };
            tr!(
                lang,
                "cli-value-refused",
                value = text(ContextKind::InvalidValue)?,
                argument = argument()?,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => {
            tr!(
                lang,
                "cli-missing-argument",
                arguments = text(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::MissingSubcommand => tr!(lang, "cli-missing-command"),
        ErrorKind::ArgumentConflict => {
            let argument = argument()?;
            match err.get(ContextKind::PriorArg).map(plain) {
                Some(prior) if prior != argument => {
                    tr!(lang, "cli-conflict", argument = argument, other = prior)
                }
                _ => tr!(lang, "cli-repeated", argument = argument),
            }
        }
        ErrorKind::TooManyValues => tr!(
            lang,
            "cli-too-many-values",
            value = text(ContextKind::InvalidValue)?,
            argument = argument()?
        ),
        ErrorKind::InvalidUtf8 => tr!(lang, "cli-invalid-utf8"),
        _ => return None,
    };
    let mut out = format!("{}: {main}", tr!(lang, "severity-error"));
    // clap lists its suggestions from the least to the most likely.
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| err.get(kind).and_then(best_of));
    if let Some(suggestion) = suggestion {
        let line = tr!(lang, "cli-did-you-mean", suggestion = suggestion);
        out.push_str(&format!("\n  {line}"));
    }
    // clap's usage line starts with its own English title; the rest is the program's syntax.
    if let Some(usage) = err.get(ContextKind::Usage).map(plain) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n\n{} {usage}", tr!(lang, "help-usage")));
    }
    let help = match command {
        Some(command) => format!("practice {command} --help"),
        None => "practice --help".to_owned(),
    };
    out.push_str(&format!(
        "\n\n{}\n",
        tr!(lang, "cli-more-help", command = help)
    ));
    Some(out)
}

/// The subcommand `args` name (the first argument that is one), for pointing at its help.
pub(crate) fn subcommand_in(command: &clap::Command, args: &[String]) -> Option<String> {
    args.iter()
        .skip(1)
        .find(|a| command.find_subcommand(a.as_str()).is_some())
        .cloned()
}

/// A context value as plain text: lists joined with commas, styles dropped.
fn plain(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// The most likely of clap's suggestions, which come from the least to the most likely.
fn best_of(value: &ContextValue) -> Option<String> {
    match value {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => list.last().cloned(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use practice::i18n::Lang;

    use super::{message, subcommand_in};

    /// The message for `args`, as `main` would print it.
    fn message_for(args: &[&str], lang: Lang) -> Option<String> {
        let command = crate::cli::command();
        let err = command
            .clone()
            .try_get_matches_from(args)
            .expect_err("these arguments are wrong");
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        message(&err, lang, subcommand_in(&command, &args).as_deref())
    }

    #[test]
    fn parse_errors_are_explained_in_dutch() {
        let nl = |args: &[&str]| message_for(args, Lang::Nl).unwrap();
        let unknown = nl(&["practice", "search", "--frmat", "json", "x"]);
        assert!(
            unknown.starts_with("fout: onbekende optie `--frmat`"),
            "{unknown}"
        );
        assert!(unknown.contains("bedoelt u `--format`?"), "{unknown}");
        assert!(unknown.contains("Gebruik: practice search"), "{unknown}");
        assert!(unknown.contains("practice search --help"), "{unknown}");

        let command = nl(&["practice", "serch", "taal"]);
        assert!(command.contains("onbekend commando `serch`"), "{command}");
        assert!(command.contains("bedoelt u `search`?"), "{command}");

        let value = nl(&["practice", "list", "--format", "xml"]);
        assert!(
            value.contains("`xml` is geen geldige waarde voor `--format`"),
            "{value}"
        );
        assert!(value.contains("table, json, csv"), "{value}");
        assert!(value.contains("practice list --help"), "{value}");

        let empty = nl(&["practice", "list", "--format"]);
        assert!(
            empty.contains("`--format` heeft een waarde nodig"),
            "{empty}"
        );

        let number = nl(&["practice", "search", "--limit", "veel", "taal"]);
        assert!(number.contains("`veel`"), "{number}");
        assert!(number.contains("geen geheel getal"), "{number}");

        // A line end typed into a value cannot break the message apart.
        let broken = nl(&["practice", "--lang", "e\nn", "list"]);
        assert!(broken.contains("`e\\u{a}n`"), "{broken}");
        assert!(!broken.contains("e\nn"), "{broken}");

        let missing = nl(&["practice", "show"]);
        assert!(missing.contains("<ID>"), "{missing}");
        for english in [
            "error:",
            "Usage:",
            "unexpected",
            "invalid",
            "tip:",
            "For more",
        ] {
            for text in [&unknown, &command, &value, &empty, &number, &missing] {
                assert!(!text.contains(english), "{english:?} in {text}");
            }
        }
    }

    #[test]
    fn parse_errors_are_explained_in_english_when_asked() {
        let unknown = message_for(&["practice", "search", "--frmat", "x"], Lang::En).unwrap();
        assert!(
            unknown.starts_with("error: unknown option `--frmat`"),
            "{unknown}"
        );
        assert!(unknown.contains("did you mean `--format`?"), "{unknown}");
        assert!(unknown.contains("Usage: practice search"), "{unknown}");
    }

    #[test]
    fn help_and_version_keep_clap_s_own_output() {
        for args in [&["practice", "--help"][..], &["practice", "--version"]] {
            assert!(message_for(args, Lang::Nl).is_none());
        }
    }
}
