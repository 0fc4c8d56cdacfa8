//! Relevance on the shipped collection: every analysis rule of the search (accents, apostrophes,
//! plurals, compounds, hyphens, synonyms, place names) finds exactly the practices that
//! `tests/search_data/relevance.yaml` lists, with the analysis the index uses.

use crate::search_common;

use search_common::{Shipped, cases, score, shipped_index};

fn rule_holds(rule: &str) {
    let index = shipped_index();
    let cases: Vec<_> = cases().into_iter().filter(|c| c.rule == rule).collect();
    assert!(!cases.is_empty(), "no case for rule {rule}");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let s = score(&index, case);
            (!s.missing.is_empty() || !s.extra.is_empty()).then(|| {
                format!(
                    "{:?}: missing {:?}, extra {:?}",
                    case.query, s.missing, s.extra
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn accents_are_folded() {
    rule_holds("accents");
}

#[test]
fn both_apostrophes_of_a_plural_are_understood() {
    rule_holds("apostrophes");
}

#[test]
fn plurals_find_singulars_and_back() {
    rule_holds("plurals");
}

#[test]
fn elided_compounds_are_completed() {
    rule_holds("compounds");
}

#[test]
fn hyphenated_names_match_spaced_and_joined_forms() {
    rule_holds("hyphens");
}

#[test]
fn synonyms_from_the_schema_apply_at_query_time() {
    rule_holds("synonyms");
}

#[test]
fn municipality_and_province_names_are_searchable() {
    rule_holds("places");
}

#[test]
fn plain_queries_find_what_they_say() {
    rule_holds("plain");
}

#[test]
fn diaeresis_in_nfc_or_nfd_is_found_without_it() {
    let c = Shipped::new();
    let path = c.root().join("practices/mechelen-samen-inburgeren.md");
    let text = std::fs::read_to_string(&path).unwrap();
    // One decomposed (NFD) and one composed (NFC) spelling in the same practice.
    let text = text.replacen(
        "## Doelen\n",
        "## Doelen\n\nGee\u{308}ngageerde vrijwilligers en een taalcafé.\n",
        1,
    );
    std::fs::write(&path, text).unwrap();
    for query in ["geengageerde", "geëngageerde", "Gee\u{308}ngageerde"] {
        assert_eq!(
            c.ids(&[query]),
            vec!["mechelen-samen-inburgeren"],
            "{query}"
        );
    }
}

#[test]
fn the_province_filter_and_the_province_word_agree() {
    let c = Shipped::new();
    let by_word = c.ids(&["limburg", "-n", "100"]);
    let by_filter = c.ids(&["", "--province", "Limburg", "-n", "100"]);
    assert!(!by_filter.is_empty());
    for id in &by_filter {
        assert!(
            by_word.contains(id),
            "{id} is in Limburg but `limburg` misses it"
        );
    }
}

#[test]
fn a_library_caller_may_ask_for_any_number_of_hits() {
    let schema = search_common::shipped_schema();
    let index = shipped_index();
    let filter = search_common::all_statuses();
    let results = index
        .search(&practice::index::SearchRequest {
            query: "buddy",
            filter: &filter,
            limit: usize::MAX,
            facets: false,
        })
        .unwrap();
    assert_eq!(results.hits.len(), results.total);
    let similar = index
        .similar(
            &practice::index::SimilarRequest {
                id: "leuven-buddys",
                filter: &filter,
                limit: usize::MAX,
            },
            &schema,
        )
        .unwrap();
    assert!(!similar.hits.is_empty() && similar.hits.len() < 30);
}
