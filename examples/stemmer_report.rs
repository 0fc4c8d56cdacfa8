//! The evidence behind the stemmer chosen in `docs/search.md`, measured, not tested:
//!
//! 1. recall, precision and F1 of each Dutch stemmer on the relevance set
//!    (`tests/search_data/relevance.yaml`), each on an index of a temporary copy of the shipped
//!    collection built as a search builds it, with place names kept unstemmed, and the
//!    rust-stemmers Dutch stemmer (the Snowball algorithm) beside them by its groups of words;
//! 2. what a broad word in a synonym group costs (`oefenkans` in the praattafel group rather
//!    than a narrower term);
//! 3. the words of the shipped collection that the stemmers group differently, and how each
//!    stems a list of telling words.
//!
//! `cargo run --release --example stemmer_report`

// The test helpers that build the index; they reach their file helpers through the crate root.
#[path = "../tests/cli/fs_support.rs"]
mod fs_support;
#[path = "../tests/cli/search_common/mod.rs"]
mod search_common;

use std::collections::{BTreeMap, BTreeSet};

use practice::index::Stemming;
use search_common::{Case, cases, repo, score, shipped_index_with};

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

/// Recall over every expected hit, precision over the complete cases, and the cases exactly
/// right, of the index with `stemming` and `synonyms` (the shipped ones when `None`).
fn measure(stemming: Stemming, synonyms: Option<&str>, cases: &[Case]) -> (Measure, Vec<String>) {
    let index = shipped_index_with(stemming, synonyms);
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
    let m = Measure {
        recall,
        precision,
        f1,
        perfect,
    };
    (m, misses)
}

fn relevance() {
    let cases = cases();
    println!(
        "{:<28} {:>7} {:>9} {:>6} {:>8}",
        "stemmer (place names kept)", "recall", "precision", "F1", "perfect"
    );
    for stemming in [
        Stemming::None,
        Stemming::KraaijPohlmann,
        Stemming::Porter,
        Stemming::PorterPlurals,
    ] {
        let (m, misses) = measure(stemming, None, &cases);
        let chosen = if stemming == Stemming::DEFAULT {
            " (default)"
        } else {
            ""
        };
        println!(
            "{:<28} {:>7.3} {:>9.3} {:>6.3} {:>5}/{}",
            format!("{}{chosen}", stemming.name()),
            m.recall,
            m.precision,
            m.f1,
            m.perfect,
            cases.len()
        );
        for miss in misses {
            println!("    {miss}");
        }
    }
    // The shipped synonyms with `oefenkans` moved from a narrower term into the praattafel
    // group.
    let shipped = std::fs::read_to_string(repo().join("schema/synonyms.yaml")).unwrap();
    let broad: String = shipped
        .lines()
        .filter(|l| !l.trim_start().starts_with("oefenkans:"))
        .map(|l| {
            if l.trim_start().starts_with("- [praattafel,") {
                l.replacen("praattafel,", "praattafel, oefenkans,", 1)
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (narrower, _) = measure(Stemming::DEFAULT, None, &cases);
    let (grouped, _) = measure(Stemming::DEFAULT, Some(&broad), &cases);
    println!(
        "\noefenkans as a narrower term: precision {:.3}, F1 {:.3}\n\
         oefenkans in the group:        precision {:.3}, F1 {:.3}\n",
        narrower.precision, narrower.f1, grouped.precision, grouped.f1
    );
}

fn groups() {
    let mut vocabulary = BTreeSet::new();
    for entry in std::fs::read_dir(repo().join("practices")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for word in practice::text::fold(&text).split(|c: char| !c.is_alphanumeric()) {
            if word.len() > 2 && word.chars().all(char::is_alphabetic) {
                vocabulary.insert(word.to_owned());
            }
        }
    }
    let classes = |stem: &dyn Fn(&str) -> String| {
        let mut by_stem: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for w in &vocabulary {
            by_stem.entry(stem(w)).or_default().push(w);
        }
        by_stem
    };
    let kp_stem = |w: &str| Stemming::KraaijPohlmann.stem(w);
    let porter_stem = |w: &str| Stemming::Porter.stem(w);
    let kp = classes(&kp_stem);
    let porter = classes(&porter_stem);
    let snowball = classes(&rust_stemmers_dutch);
    let same_as_porter = vocabulary
        .iter()
        .filter(|w| porter[&porter_stem(w)].len() == snowball[&rust_stemmers_dutch(w)].len())
        .count();
    println!(
        "rust-stemmers Dutch groups {same_as_porter} of {} words as Porter does\n",
        vocabulary.len()
    );
    let mut seen = BTreeSet::new();
    for w in &vocabulary {
        let a = kp[&kp_stem(w)].join(" ");
        let b = porter[&porter_stem(w)].join(" ");
        if a != b && seen.insert((a.clone(), b.clone())) {
            println!("{w}:\n  kraaij-pohlmann [{a}]\n  porter          [{b}]");
        }
    }
    for w in [
        "oefenkans",
        "oefenkansen",
        "gemeente",
        "gemeenten",
        "gezin",
        "gezinnen",
        "les",
        "lessen",
        "actie",
        "acties",
        "organisatie",
        "organisaties",
        "kans",
        "kansen",
        "bron",
        "bronnen",
        "beleid",
        "begeleid",
        "begeleiding",
    ] {
        println!(
            "{w}: kp {} porter {} porter+plurals {} rust-stemmers {}",
            Stemming::KraaijPohlmann.stem(w),
            Stemming::Porter.stem(w),
            Stemming::PorterPlurals.stem(w),
            rust_stemmers_dutch(w)
        );
    }
}

fn main() {
    relevance();
    groups();
}
