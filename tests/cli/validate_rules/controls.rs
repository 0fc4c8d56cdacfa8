//! Control characters, escape sequences and bidirectional overrides in front matter values and
//! keys, and raw control characters in the body, are `control-character` errors at the exact
//! line and column of the character or of the escape that writes it. Tabs and line feeds are
//! layout: block scalars and bodies may hold them.

use crate::common::*;

fn with_title(title: &str) -> String {
    replace_line(
        &draft("gent-taalcafe"),
        "title:",
        &format!("title: {title}"),
    )
}

#[test]
fn an_escape_sequence_in_a_double_quoted_title_is_reported_at_the_escape() {
    let text = with_title(r#""Taalcafé \e[2J\e]0;gekaapt\a in Gent""#);
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("control-character");
    assert_eq!(d.severity, "error");
    assert_eq!(d.at(), locate(&text, r"\e[2J"));
    assert!(d.message.contains("`title`"), "{}", d.message);
    assert!(d.message.contains("U+001B"), "{}", d.message);
    assert!(d.message.contains("en nog 2"), "{}", d.message);
    assert_eq!(run.code, 1);
}

#[test]
fn hex_and_unicode_escapes_of_c1_controls_and_overrides_are_reported() {
    for (escape, code) in [
        (r"\x9b", "U+009B"),
        (r"\u202E", "U+202E"),
        (r"\U00002066", "U+2066"),
        (r"\N", "U+0085"),
        (r"\0", "U+0000"),
    ] {
        let text = with_title(&format!("\"Taalcafé {escape} Gent\""));
        let d = Collection::with("gent-taalcafe", &text)
            .validate()
            .one("control-character");
        assert_eq!(d.at(), locate(&text, escape), "{escape}");
        assert!(d.message.contains(code), "{escape}: {}", d.message);
    }
}

#[test]
fn a_raw_override_in_a_plain_or_single_quoted_value_is_reported_at_the_character() {
    for title in [
        "Taalcafé \u{202e}tneG",
        "'Taalcafé \u{85} Gent'",
        "Taal\u{2069}café",
    ] {
        let text = with_title(title);
        let bad = title
            .chars()
            .find(|c| !c.is_alphanumeric() && !" 'é".contains(*c))
            .unwrap();
        let d = Collection::with("gent-taalcafe", &text)
            .validate()
            .one("control-character");
        assert_eq!(d.at(), locate(&text, &bad.to_string()), "{title:?}");
    }
}

#[test]
fn keys_and_nested_values_are_checked_too() {
    let text = add_field(
        &draft("gent-taalcafe"),
        "organisations:\n  - {name: \"Stad\\x1bGent\", type: lokaal-bestuur, role: eigenaar}",
    );
    let text = add_field(&text, "\"sleutel\\e\": 1");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let found = run.all("control-character");
    assert_eq!(found.len(), 2, "{}", run.dump());
    assert_eq!(found[0].at(), locate(&text, r"\x1b"));
    assert!(
        found[0].message.contains("`organisations[0].name`"),
        "{}",
        found[0].message
    );
    assert_eq!(found[1].at(), locate(&text, r"\e"));
    assert!(found[1].message.contains("(key)"), "{}", found[1].message);
}

#[test]
fn tabs_and_line_feeds_in_block_scalars_and_the_body_are_layout() {
    let text = add_field(
        &draft("gent-taalcafe"),
        "keywords: [\"tab\\tin quotes\"]\nsummary: |\n  Eerste regel\tmet tab.\n  Tweede regel.",
    );
    let text = format!("{text}\nTabel:\tkolom\tkolom\n");
    let run = Collection::with("gent-taalcafe", &text).validate();
    assert!(run.all("control-character").is_empty(), "{}", run.dump());
    // Windows line ends are no carriage returns to report either.
    let crlf = draft("gent-taalcafe").replace('\n', "\r\n") + "Twee keer omgezet.\r\r\n";
    let run = Collection::with("gent-taalcafe", &crlf).validate();
    assert!(run.all("control-character").is_empty(), "{}", run.dump());
}

#[test]
fn raw_control_characters_in_the_body_are_reported_per_line() {
    let text = format!(
        "{}Kleur \u{1b}[31mrood\u{1b}[0m.\nEen regel terug\roverschreven.\nBel\u{7}.\n",
        draft("gent-taalcafe")
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let found = run.all("control-character");
    let at: Vec<(usize, usize)> = found.iter().map(|f| f.at()).collect();
    assert_eq!(
        at,
        [
            locate(&text, "\u{1b}[31m"),
            locate(&text, "\roverschreven"),
            locate(&text, "\u{7}")
        ]
    );
    assert!(found[0].message.contains("U+001B"), "{}", found[0].message);
}
