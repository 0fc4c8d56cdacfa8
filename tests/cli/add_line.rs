//! Prompts that behave like a shell line: several municipalities on one line separated by
//! commas, and Tab that completes the part the candidates share, else offers them one by one.
//! (The line-editing keys Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-W come with `rustyline` and were checked
//! by hand in a terminal.)

use crate::add_common;

use add_common::{Answer, Collection, Script};
use practice::add::interview::tab;
use practice::add::{self, Draft, places};

#[test]
fn several_municipalities_fit_on_one_line() {
    let c = Collection::new();
    let schema = c.schema();
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Praatcafé")),
        ("municipalities", Answer::Type("Sint-Niklaas, Temsee")),
        ("municipalities", Answer::Type("Sint-Niklaas, Temse")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("")),
    ]);
    let mut draft = Draft::default();
    let plan = add::ask_and_write(
        &mut script,
        &schema,
        &c.root(),
        &mut draft,
        jiff::civil::date(2026, 6, 1),
        &mut |_| {},
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(script.refused.len(), 1, "{:?}", script.refused);
    let message = &script.refused[0].1;
    assert!(
        message.starts_with("„Temsee”: geen Vlaamse gemeente"),
        "{message}"
    );
    assert!(message.contains("bedoelt u Temse (46025)?"), "{message}");
    assert!(
        plan.text
            .contains("municipalities: [\"46021\", \"46025\"] # Sint-Niklaas, Temse\n"),
        "{}",
        plan.text
    );
}

#[test]
fn tab_completes_the_shared_part_then_cycles() {
    let c = Collection::new();
    let schema = c.schema();
    let complete = |input: &str| places::complete(&schema.municipalities, input, 40);
    // Several Sint-... municipalities: the shared part first, then each of them.
    let (start, offered) = tab("sint", 4, &complete);
    assert_eq!(start, 0);
    assert_eq!(offered[0], "Sint-");
    assert!(
        offered[1].starts_with("Sint-") && offered[1].ends_with(')'),
        "{offered:?}"
    );
    assert!(
        offered.contains(&"Sint-Niklaas (46021)".to_owned()),
        "{offered:?}"
    );
    // Nothing more is shared: every candidate, one per Tab.
    let (start, all) = tab("Sint-", 5, &complete);
    assert_eq!(start, 0);
    assert!(all.len() > 5, "{all:?}");
    assert!(all.contains(&"Sint-Niklaas (46021)".to_owned()));
    // After a comma, only the part being typed is completed.
    let line = "Gent, sint-nik";
    assert_eq!(
        tab(line, line.len(), &complete),
        (6, vec!["Sint-Niklaas (46021)".to_owned()])
    );
    // A former municipality completes to its successor.
    let line = "Temse,borsb";
    assert_eq!(
        tab(line, line.len(), &complete),
        (6, vec!["Borsbeek → Antwerpen (11002)".to_owned()])
    );
    // The cursor inside a character never splits it.
    assert_eq!(tab("é", 1, &complete).0, 0);
}
