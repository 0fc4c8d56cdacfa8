//! Measures the Dutch stemmers on the relevance set (`tests/search_data/relevance.yaml`) and
//! checks that the index uses the best one. Run with `--nocapture` to see the table that
//! `docs/search.md` quotes.

use crate::search_common;

use practice::index::{Analysis, Stemming, Synonyms};
use search_common::{Case, cases, score, shipped_index, shipped_schema, shipped_synonyms};

fn rust_stemmers_dutch(word: &str) -> String {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch)
        .stem(word)
        .into_owned()
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Measure {
    recall: f64,
    precision: f64,
    f1: f64,
    perfect: usize,
}

fn measure(analysis: &Analysis, synonyms: &Synonyms, cases: &[Case]) -> (Measure, Vec<String>) {
    let index = shipped_index(analysis, synonyms);
    let (mut hit, mut relevant, mut hit_complete, mut found_complete, mut perfect) =
        (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for case in cases {
        let s = score(&index, case);
        hit += s.found_relevant;
        relevant += s.relevant;
        if case.complete {
            hit_complete += s.found_relevant;
            found_complete += s.found;
        }
        if s.missing.is_empty() && s.extra.is_empty() {
            perfect += 1;
        } else {
            misses.push(format!(
                "{:<32} missing {:?} extra {:?}",
                case.query, s.missing, s.extra
            ));
        }
    }
    let recall = hit as f64 / relevant as f64;
    let precision = hit_complete as f64 / found_complete.max(1) as f64;
    let f1 = 2.0 * recall * precision / (recall + precision);
    (
        Measure {
            recall,
            precision,
            f1,
            perfect,
        },
        misses,
    )
}

#[test]
fn the_default_stemmer_is_the_best_measured() {
    let cases = cases();
    let synonyms = shipped_synonyms();
    let schema = shipped_schema();
    let stemmers = [
        Stemming::None,
        Stemming::KraaijPohlmann,
        Stemming::Porter,
        Stemming::PorterPlurals,
        Stemming::Custom {
            name: "rust-stemmers",
            stem: rust_stemmers_dutch,
        },
    ];
    let mut candidates: Vec<Analysis> = stemmers.iter().map(|s| Analysis::plain(*s)).collect();
    candidates.extend(
        stemmers
            .iter()
            .map(|s| Analysis::with_place_names(*s, &schema)),
    );
    println!(
        "{:<28} {:>7} {:>9} {:>6} {:>8}",
        "stemmer", "recall", "precision", "F1", "perfect"
    );
    let mut results = Vec::new();
    for analysis in candidates {
        let (m, misses) = measure(&analysis, &synonyms, &cases);
        println!(
            "{:<28} {:>7.3} {:>9.3} {:>6.3} {:>5}/{}",
            analysis.name(),
            m.recall,
            m.precision,
            m.f1,
            m.perfect,
            cases.len()
        );
        for miss in misses {
            println!("    {miss}");
        }
        results.push((analysis.name(), m));
    }
    let best = results.iter().map(|(_, m)| m.f1).fold(f64::MIN, f64::max);
    let default = results
        .iter()
        .find(|(name, _)| *name == Analysis::with_place_names(Stemming::DEFAULT, &schema).name())
        .map(|(_, m)| m.f1)
        .unwrap();
    assert!(
        default >= best - 1e-9,
        "the default stemmer ({}) scores F1 {default:.3}, the best {best:.3}",
        Stemming::DEFAULT.name()
    );
}

#[test]
fn a_broad_word_in_a_synonym_group_costs_precision() {
    let cases = cases();
    let shipped = shipped_synonyms();
    let mut broad = shipped.clone();
    broad.narrower.clear();
    for group in &mut broad.groups {
        if group.iter().any(|w| w == "praattafel") {
            group.push("oefenkans".into());
        }
    }
    let analysis = Analysis::with_place_names(Stemming::DEFAULT, &shipped_schema());
    let (narrower, _) = measure(&analysis, &shipped, &cases);
    let (grouped, _) = measure(&analysis, &broad, &cases);
    println!("oefenkans as narrower: {narrower:?}\noefenkans in the group: {grouped:?}");
    assert!(narrower.precision > grouped.precision);
}
