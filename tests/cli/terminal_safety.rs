//! Text from a practice or a file name never reaches a terminal or a CI log raw: escape
//! sequences (clear screen, window title, hyperlinks, colours), C1 controls and bidirectional
//! overrides in titles, ids, themes, bodies and file names are shown escaped (`\u{1b}`) by every
//! human and GitHub renderer. JSON keeps the exact text (serde escapes it).

use crate::common;

use common::*;

/// What a hostile editor could put in a practice, after YAML decoding.
const EVIL: &str =
    r#"\e[2J\e]0;gekaapt\a\e]8;;https://example.org\e\\klik\e]8;;\e\\\x9b31m\u202Eadbl"#;

/// A collection whose practices carry escape sequences everywhere a command shows text.
fn hostile() -> Collection {
    let c = Collection::new();
    let text = replace_line(
        &draft("gent-taalcafe"),
        "title:",
        &format!("title: \"Taalcafé {EVIL}\""),
    );
    let text = add_field(&text, &format!("themes: [\"thema{EVIL}\"]"));
    let text = add_field(&text, &format!("keywords: [\"taal{EVIL}\"]"));
    let text =
        format!("{text}\nTaalcafé in de bib \u{1b}[2J\u{1b}]0;weg\u{7} met \u{202e}tekst.\n");
    c.practice("gent-taalcafe", &text);
    // A file name with an escape sequence, and an id that does not match it.
    c.practice("vreemd\u{1b}[2J\u{9b}naam", &draft("vreemd"));
    c
}

/// What `practice::text::is_control` covers, restated so the test does not lean on it.
fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Fails when `text` holds a character a terminal acts on, other than line ends and tabs, or
/// any trace of the hostile sequences in their raw form.
fn assert_safe(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| is_control(c) && !matches!(c, '\n' | '\t'))
        .collect();
    assert!(bad.is_empty(), "{what} prints {bad:?} raw:\n{text}");
}

/// With `--color always`, only our own styling may use escape sequences.
fn assert_no_foreign_sequences(what: &str, text: &str) {
    for raw in [
        "\u{1b}[2J",
        "\u{1b}]0;",
        "\u{9b}",
        "\u{202e}",
        "\u{7}",
        "\u{1b}]8;;https://example.org",
    ] {
        assert!(!text.contains(raw), "{what} prints {raw:?} raw:\n{text}");
    }
}

#[test]
fn every_human_and_github_renderer_shows_control_characters_escaped() {
    let c = hostile();
    let runs: &[&[&str]] = &[
        &["validate"],
        &["validate", "--format", "github"],
        &["list"],
        &["show", "gent-taalcafe"],
        &["search", "taalcafé"],
        &["search", "taalcafé", "--facets"],
        &["similar", "gent-taalcafe"],
        &["stats"],
        &["index", "--rebuild"],
        &["show", "vreemd\u{1b}[2J"],
    ];
    for args in runs {
        let run = c.run(args);
        run.assert_no_panic();
        let what = format!("{args:?}");
        assert_safe(&what, &run.stdout);
        assert_safe(&what, &run.stderr);
        let mut colored = vec!["--color", "always"];
        colored.extend_from_slice(args);
        let run = c.run(&colored);
        assert_no_foreign_sequences(&format!("--color always {what}"), &run.stdout);
        assert_no_foreign_sequences(&format!("--color always {what}"), &run.stderr);
    }
}

#[test]
fn the_escaped_form_is_visible_where_the_text_was() {
    let c = hostile();
    let run = c.run(&["validate"]);
    assert!(run.stdout.contains(r"\u{1b}[2J"), "{}", run.stdout);
    assert!(
        run.stdout.contains(r"vreemd\u{1b}[2J\u{9b}naam.md"),
        "{}",
        run.stdout
    );
    let run = c.run(&["show", "gent-taalcafe"]);
    assert!(
        run.stdout.contains(r"\u{1b}[2J\u{1b}]0;gekaapt\u{7}"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(r"met \u{202e}tekst"), "{}", run.stdout);
    let run = c.run(&["validate", "--format", "github"]);
    assert!(
        run.stdout.contains(r"vreemd\u{1b}[2J\u{9b}naam.md"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_keeps_the_exact_text() {
    let c = hostile();
    let run = c.run(&["list", "--format", "json"]);
    let list = run.json();
    let title = list[0]["title"].as_str().unwrap();
    assert!(
        title.starts_with("Taalcafé \u{1b}[2J\u{1b}]0;gekaapt\u{7}"),
        "{title:?}"
    );
    let run = c.validate();
    assert!(
        run.findings()
            .iter()
            .any(|f| f.path == "practices/vreemd\u{1b}[2J\u{9b}naam.md")
    );
}
