//! Prints the words of the shipped collection that the Dutch stemmers group differently, and
//! how each stems a list of telling words: the evidence behind the choice in `docs/search.md`.
//!
//! `cargo run --example stemmer_report`

use practice::index::Stemming;

fn rust_stemmers_dutch(word: &str) -> String {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch)
        .stem(word)
        .into_owned()
}

fn main() {
    use std::collections::{BTreeMap, BTreeSet};
    let mut vocabulary = BTreeSet::new();
    for entry in
        std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("practices"))
            .unwrap()
    {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for word in practice::text::fold(&text).split(|c: char| !c.is_alphanumeric()) {
            if word.len() > 2 && word.chars().all(char::is_alphabetic) {
                vocabulary.insert(word.to_owned());
            }
        }
    }
    let classes = |s: Stemming| {
        let mut by_stem: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for w in &vocabulary {
            by_stem.entry(s.stem(w)).or_default().push(w);
        }
        by_stem
    };
    let kp = classes(Stemming::KraaijPohlmann);
    let porter = classes(Stemming::Porter);
    let group_of =
        |classes: &BTreeMap<String, Vec<&str>>, w: &str, s: Stemming| classes[&s.stem(w)].join(" ");
    let mut seen = BTreeSet::new();
    for w in &vocabulary {
        let a = group_of(&kp, w, Stemming::KraaijPohlmann);
        let b = group_of(&porter, w, Stemming::Porter);
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
