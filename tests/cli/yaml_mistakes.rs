//! Mistakes that editors make in a practice file, as they make them: a missing quote or bracket,
//! a wrong indentation, a tab, Word's curly quotes, a Belgian date, a heading one level too
//! deep, a field under the wrong parent. Each row of [`MISTAKES`] is one such edit of a valid
//! published practice, and `practice validate` must answer it with exactly one finding: at the
//! line and column where the mistake is (the opening quote or bracket, not where the YAML parser
//! gave up), in Dutch words saying what is wrong and a help that shows the fix.

use crate::common;

use common::*;

/// A valid published practice in the block style editors write, with the assessment a month
/// old so that it never goes stale. Line numbers in [`MISTAKES`] refer to this text.
fn valid(id: &str) -> String {
    let section = "Deze sectie beschrijft in voldoende woorden hoe de praktijk in de gemeente \
werkt, voor wie ze bedoeld is en wat ze oplevert.";
    format!(
        r#"---
id: {id}
title: Taalcafé in de bibliotheek
status: published
municipalities: ["44021"]
summary: "Wekelijkse praatgroep in de bibliotheek waar anderstaligen Nederlands oefenen met vrijwilligers."
scope: lokaal
themes: [oefenkansen-nederlands, ontmoeting-participatie]
target_groups: [anderstalige-nieuwkomers, vrijwilligers]
organisations:
  - name: Stad Gent
    type: lokaal-bestuur
    role: eigenaar
  - name: Bibliotheek Gent
    type: bibliotheek
    role: partner
period:
  start: 2019-10
  lifecycle: lopend
evidence:
  level: output-gemeten
  sources:
    - "https://example.org/verslag"
reach: {{count: 40, unit: deelnemers, period: per jaar}}
deployability:
  cost: laag
  staff: 1 coördinator
  prerequisites: een zaal
contact: {{organisation: Stad Gent, email: integratie@example.org}}
keywords: [taalcafé, oefenen]
assessment:
  by: redactie
  on: {on}
  proven: deels
  deployable: voldaan
  reach: deels
---
## Context

{section}

## Doelen

{section}

## Aanpak

{section}

## Resultaten

{section}

## Zelf aan de slag

{section}
"#,
        on = days_ago(30)
    )
}

/// One mistake: how an editor makes it, and the one finding it must give.
struct Mistake {
    /// What the editor did, for failure messages.
    name: &'static str,
    /// The edit of the valid text.
    edit: fn(&str) -> String,
    /// The finding's rule code.
    code: &'static str,
    /// 1-based line and column of the mistake itself.
    at: (usize, usize),
    /// A fragment of the Dutch message, naming what is wrong.
    says: &'static str,
    /// A fragment of the help: the concrete fix.
    fix: &'static str,
}

const MISTAKES: &[Mistake] = &[
    Mistake {
        name: "closing quote missing",
        edit: |t| {
            replace_line(
                t,
                "summary:",
                "summary: \"Wekelijkse praatgroep in de bibliotheek waar anderstaligen Nederlands oefenen met vrijwilligers.",
            )
        },
        code: "yaml-syntax",
        at: (6, 10),
        says: "aanhalingsteken",
        fix: "vrijwilligers.\"",
    },
    Mistake {
        name: "closing ] missing",
        edit: |t| {
            replace_line(
                t,
                "themes:",
                "themes: [oefenkansen-nederlands, ontmoeting-participatie",
            )
        },
        code: "yaml-syntax",
        at: (8, 9),
        says: "]",
        fix: "themes: [oefenkansen-nederlands, ontmoeting-participatie]",
    },
    Mistake {
        name: "closing } missing",
        edit: |t| {
            replace_line(
                t,
                "reach:",
                "reach: {count: 40, unit: deelnemers, period: per jaar",
            )
        },
        code: "yaml-syntax",
        at: (24, 8),
        says: "}",
        fix: "reach: {count: 40, unit: deelnemers, period: per jaar}",
    },
    Mistake {
        name: "no space after the colon",
        edit: |t| replace_line(t, "scope:", "scope:lokaal"),
        code: "yaml-syntax",
        at: (7, 6),
        says: "spatie",
        fix: "scope: lokaal",
    },
    Mistake {
        name: "a colon inside an unquoted value",
        edit: |t| replace_line(t, "title:", "title: Taalcafé: praten in de bibliotheek"),
        code: "yaml-syntax",
        at: (3, 8),
        says: "dubbele punt",
        fix: "title: \"Taalcafé: praten in de bibliotheek\"",
    },
    Mistake {
        name: "a list item's key one space too few",
        edit: |t| replace_line(t, "    role: eigenaar", "   role: eigenaar"),
        code: "yaml-syntax",
        at: (13, 4),
        says: "ingesprongen",
        fix: "4 spaties",
    },
    Mistake {
        name: "a list item's key one space too many",
        edit: |t| replace_line(t, "    type: lokaal-bestuur", "     type: lokaal-bestuur"),
        code: "yaml-syntax",
        at: (12, 6),
        says: "ingesprongen",
        fix: "4 spaties",
    },
    Mistake {
        name: "a tab to indent",
        edit: |t| replace_line(t, "  start:", "\tstart: 2019-10"),
        code: "yaml-syntax",
        at: (18, 1),
        says: "tab",
        fix: "spaties",
    },
    Mistake {
        name: "a top-level key indented under the key above it",
        edit: |t| {
            replace_line(
                t,
                "contact:",
                "  contact: {organisation: Stad Gent, email: integratie@example.org}",
            )
        },
        code: "unknown-key",
        at: (29, 3),
        says: "deployability",
        fix: "contact: {organisation",
    },
    Mistake {
        name: "`- ` missing before the second item of a list",
        edit: |t| {
            replace_line(
                t,
                "  - name: Bibliotheek Gent",
                "    name: Bibliotheek Gent",
            )
        },
        code: "yaml-duplicate-key",
        at: (14, 3),
        says: "- ",
        fix: "  - name: Bibliotheek Gent",
    },
    Mistake {
        name: "`-` without a space before a list item",
        edit: |t| replace_line(t, "  - name: Stad Gent", "  -name: Stad Gent"),
        code: "yaml-syntax",
        at: (11, 3),
        says: "spatie",
        fix: "  - name: Stad Gent",
    },
    Mistake {
        name: "a date written day/month/year",
        edit: |t| replace_line(t, "  lifecycle:", "  end: 15/11/2026\n  lifecycle: lopend"),
        code: "invalid-date",
        at: (19, 8),
        says: "15/11/2026",
        fix: "2026-11-15",
    },
    Mistake {
        name: "the assessment date written day/month/year",
        edit: |t| replace_line(t, "  on:", "  on: 15/11/2025"),
        code: "invalid-value",
        at: (33, 7),
        says: "15/11/2025",
        fix: "2025-11-15",
    },
    Mistake {
        name: "month 13 (day and month swapped)",
        edit: |t| replace_line(t, "  on:", "  on: 2025-13-10"),
        code: "invalid-date",
        at: (33, 7),
        says: "maand",
        fix: "2025-10-13",
    },
    Mistake {
        name: "a required section as a third-level heading",
        edit: |t| replace_line(t, "## Zelf aan de slag", "### Zelf aan de slag"),
        code: "section-name",
        at: (54, 1),
        says: "###",
        fix: "## Zelf aan de slag",
    },
    Mistake {
        name: "`level` at the top instead of under `evidence`",
        edit: |t| {
            let t = remove_key_line(t, "  level: output-gemeten");
            insert_before(&t, "reach:", "level: output-gemeten")
        },
        code: "unknown-key",
        at: (23, 1),
        says: "evidence",
        fix: "  level: output-gemeten",
    },
    Mistake {
        name: "Word's curly quotes around a value with a colon",
        edit: |t| replace_line(t, "title:", "title: “Taalcafé: praten in de bibliotheek”"),
        code: "yaml-syntax",
        at: (3, 8),
        says: "krulle",
        fix: "title: \"Taalcafé: praten in de bibliotheek\"",
    },
    Mistake {
        name: "Word's curly quotes in a list",
        edit: |t| replace_line(t, "municipalities:", "municipalities: [“44021”]"),
        code: "invalid-value",
        at: (5, 18),
        says: "krulle",
        fix: "\"44021\"",
    },
    Mistake {
        name: "double quotes inside a double-quoted value",
        edit: |t| {
            replace_line(
                t,
                "summary:",
                "summary: \"Wekelijkse praatgroep \"Taalcafé\" waar anderstaligen Nederlands oefenen met vrijwilligers.\"",
            )
        },
        code: "yaml-syntax",
        at: (6, 33),
        says: "aanhalingsteken",
        fix: "summary: 'Wekelijkse praatgroep \"Taalcafé\" waar",
    },
    Mistake {
        name: "a byte order mark pasted in the middle",
        edit: |t| replace_line(t, "scope:", "\u{FEFF}scope: lokaal"),
        code: "yaml-syntax",
        at: (7, 1),
        says: "BOM",
        fix: "verwijder",
    },
    Mistake {
        name: "a key written twice",
        edit: |t| {
            replace_line(
                t,
                "keywords:",
                "keywords: [taalcafé, oefenen]\nstatus: review",
            )
        },
        code: "yaml-duplicate-key",
        at: (31, 1),
        says: "status",
        fix: "regel 4",
    },
];

/// Removes the one line that is exactly `line`.
fn remove_key_line(text: &str, line: &str) -> String {
    let without = text.replacen(&format!("\n{line}\n"), "\n", 1);
    assert_ne!(without, text, "no line `{line}`");
    without
}

/// The valid text with a mistake's edit.
fn apply(mistake: &Mistake, id: &str) -> String {
    (mistake.edit)(&valid(id))
}

#[test]
fn the_valid_practice_is_clean() {
    Collection::with("gent-taalcafe", &valid("gent-taalcafe"))
        .validate()
        .assert_clean();
}

#[test]
fn each_mistake_gives_one_finding_where_it_is_with_a_dutch_message_and_a_fix() {
    let mut failures = Vec::new();
    for m in MISTAKES {
        let text = apply(m, "gent-taalcafe");
        let run = Collection::with("gent-taalcafe", &text).validate();
        run.assert_no_panic();
        let found = run.findings();
        let ok = match found.as_slice() {
            [f] => {
                f.code == m.code
                    && f.at() == m.at
                    && f.message.contains(m.says)
                    && f.help().contains(m.fix)
                    && is_dutch_finding(&f.message)
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{}: want one [{}] at {:?} saying `{}`, fix `{}`; got\n{}\n",
                m.name,
                m.code,
                m.at,
                m.says,
                m.fix,
                run.dump()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} mistakes misreported:\n{}",
        failures.len(),
        MISTAKES.len(),
        failures.join("\n")
    );
}

/// Written like every other finding: lower-case or a quoted name first, one clause without a
/// full stop, and none of the YAML parser's English.
fn is_dutch_finding(message: &str) -> bool {
    let english = [
        "while",
        "found",
        "expected",
        "did not find",
        "mapping values",
        "scanning",
    ];
    message.starts_with(|c: char| c.is_lowercase() || c == '`')
        && !message.ends_with('.')
        && !english.iter().any(|w| message.contains(w))
        && message.matches(". ").count() == 0
}

#[test]
fn windows_line_ends_are_read_like_unix_ones() {
    // A file saved with CR LF by a Windows editor is valid as it is, ...
    let crlf = valid("gent-taalcafe").replace('\n', "\r\n");
    Collection::with("gent-taalcafe", &crlf)
        .validate()
        .assert_clean();
    // ... and a mistake in it is reported at the same line and column as with LF.
    for m in MISTAKES {
        let lf = Collection::with("gent-taalcafe", &apply(m, "gent-taalcafe")).validate();
        let crlf = apply(m, "gent-taalcafe").replace('\n', "\r\n");
        let crlf = Collection::with("gent-taalcafe", &crlf).validate();
        assert_eq!(
            crlf.findings(),
            lf.findings(),
            "{}: CR LF changes the findings",
            m.name
        );
    }
}

#[test]
fn windows_line_ends_in_part_of_a_file_are_read_too() {
    // A block pasted from a Windows document into a Unix file: mixed line ends.
    let text = valid("gent-taalcafe").replacen("evidence:\n", "evidence:\r\n", 1);
    let text = text.replacen(
        "  level: output-gemeten\n",
        "  level: output-gemeten\r\n",
        1,
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

/// A quote left open on the last line of the front matter: the parser gives up on that same
/// line, and the finding still points at the opening quote, in Dutch, with the fix.
#[test]
fn a_quote_left_open_on_the_last_front_matter_line() {
    let text = "---\nid: kort\ntitle: Kort\nstatus: draft\nmunicipalities: [Gent]\nsummary: \"Een taalcafe\n---\n## Context\nx\n";
    let c = Collection::with("kort", text);
    let run = c.validate();
    let d = run.one("yaml-syntax");
    assert_eq!((d.line, d.column), (6, 10));
    assert!(is_dutch_finding(&d.message), "{}", d.message);
    assert!(
        d.help().contains("summary: \"Een taalcafe\""),
        "{}",
        d.help()
    );
}
