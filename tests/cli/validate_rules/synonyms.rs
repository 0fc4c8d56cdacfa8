//! `schema/synonyms.yaml` is checked with the practices: its shape, repeated groups and terms,
//! and a term in two groups, each at the line and column of the term.

use crate::common::{Collection, draft};

fn with_groups(groups: &str) -> Collection {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.file("schema/synonyms.yaml", format!("groups:\n{groups}"));
    c
}

#[test]
fn a_term_in_two_groups_is_reported_where_it_stands_the_second_time() {
    let run = with_groups("  - [buddy, maatje]\n  - [coach, Buddy's]\n").validate();
    assert_eq!(run.code, 1);
    let f = run.one("synonyms-conflict");
    assert_eq!((f.path.as_str(), f.at()), ("schema/synonyms.yaml", (3, 13)));
    assert!(f.message.contains("regel 2"), "{}", f.message);
}

#[test]
fn a_group_or_a_term_listed_twice_is_a_duplicate() {
    let run = with_groups("  - [bib, bibliotheek]\n  - [bibliotheek, bib]\n").validate();
    assert_eq!(run.one("synonyms-duplicate").at(), (3, 5));
    let run = with_groups("  - [tolk, tolken, vertaler]\n").validate();
    assert_eq!(run.one("synonyms-duplicate").at(), (2, 12));
}

#[test]
fn a_file_of_another_shape_is_a_format_finding() {
    let run = with_groups("  - [alleen]\n").validate();
    assert_eq!(run.one("synonyms-format").at(), (2, 5));
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.file("schema/synonyms.yaml", "groepen:\n  - [a, b]\n");
    assert_eq!(c.validate().one("synonyms-format").at(), (1, 1));
}

#[test]
fn the_shipped_synonyms_are_clean() {
    let run = Collection::with("gent-taalcafe", &draft("gent-taalcafe")).validate();
    assert!(run.codes().iter().all(|c| !c.starts_with("synonyms")));
}
