//! What staff type finds what practices say: partial matches when no practice has every word,
//! compounds typed apart or joined, diminutives, typos and one-way synonyms, on a small
//! collection of drafts written for these tests.

use crate::common;

use common::Collection;

/// A draft with a title and a body of its own.
fn practice(c: &Collection, id: &str, title: &str, body: &str) {
    c.practice(
        id,
        &format!(
            "---\nid: {id}\ntitle: {title}\nstatus: draft\nmunicipalities: [\"44021\"]\n---\n## Context\n\n{body}\n"
        ),
    );
}

fn collection() -> Collection {
    let c = Collection::new();
    practice(
        &c,
        "gent-burenbemiddeling",
        "Bemiddeling bij burenruzies",
        "Vrijwillige bemiddelaars helpen bewoners een burenruzie op te lossen.",
    );
    practice(
        &c,
        "gent-wachtenden",
        "Een lijst van wachtenden voor de huisvesting",
        "Conflicten tussen buren en de lijst van wachtenden komen in het overleg aan bod.",
    );
    practice(
        &c,
        "gent-praatgroep",
        "Praatgroep voor vrouwen",
        "Een vrouwengroep komt wekelijks samen om Nederlands te oefenen met vrijwilligers.",
    );
    practice(
        &c,
        "gent-taallessen",
        "Taallessen voor ouders",
        "Ouders volgen taallessen in de school van hun kinderen.",
    );
    practice(
        &c,
        "gent-vib",
        "Opvang van verzoekers",
        "Verzoekers internationale bescherming vinden hun weg in de stad.",
    );
    practice(
        &c,
        "gent-oranje",
        "Oranje wandeling",
        "Een wandeling door Spanje en de oranje wijk, met een boom in het park.",
    );
    c
}

fn search(c: &Collection, query: &[&str]) -> (i32, Vec<String>, serde_json::Value, String) {
    let mut args = vec!["--color", "never", "search", "--format", "json", "--"];
    args.extend_from_slice(query);
    let run = c.run(&args);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!("{e}: {} {}", run.stdout, run.stderr);
    });
    let ids = json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect();
    (run.code, ids, json, run.stderr)
}

fn ids(c: &Collection, query: &[&str]) -> Vec<String> {
    search(c, query).1
}

#[test]
fn when_no_practice_has_every_word_the_best_partial_matches_come_with_one_line() {
    let c = collection();
    let (code, found, json, err) = search(&c, &["bemiddeling", "burenruzie", "xylofoon"]);
    assert_eq!(code, 0);
    assert_eq!(
        found.first().map(String::as_str),
        Some("gent-burenbemiddeling")
    );
    assert_eq!(json["partial"]["matched"], 2);
    assert_eq!(json["partial"]["words"], 3);
    assert!(
        err.contains("geen praktijk bevat alle woorden; dit zijn de beste gedeeltelijke treffers"),
        "{err}"
    );
    // With every word present, only the practices that have them all, and no note.
    let (code, found, json, err) = search(&c, &["vrouwen", "nederlands"]);
    assert_eq!((code, found), (0, vec!["gent-praatgroep".to_owned()]));
    assert!(json.get("partial").is_none() && !err.contains("gedeeltelijke"));
}

#[test]
fn partial_matches_rank_the_practices_with_more_words_first() {
    let c = collection();
    // `ouders` and `school` are in one practice, `vrouwen` in another: two of three first.
    let found = ids(&c, &["ouders", "school", "vrouwen", "xylofoon"]);
    assert_eq!(found.first().map(String::as_str), Some("gent-taallessen"));
}

#[test]
fn explicit_operators_keep_their_meaning_in_a_partial_match() {
    let c = collection();
    // `+word` stays required, `-word` stays excluded, a phrase stays required.
    assert_eq!(
        ids(&c, &["+vrouwen", "school", "xylofoon"]),
        vec!["gent-praatgroep"]
    );
    let found = ids(&c, &["-vrouwen", "nederlands", "xylofoon"]);
    assert!(found.is_empty(), "{found:?}");
    let (code, found, ..) = search(&c, &["\"lijst van wachtenden\"", "xylofoon"]);
    assert_eq!((code, found), (0, vec!["gent-wachtenden".to_owned()]));
    let (code, found, ..) = search(&c, &["\"xylofoon concert\"", "vrouwen"]);
    assert_eq!((code, found.len()), (1, 0));
}

#[test]
fn a_compound_part_finds_the_compound() {
    let c = collection();
    assert!(ids(&c, &["ruzie"]).contains(&"gent-burenbemiddeling".to_owned()));
    assert!(ids(&c, &["buren"]).contains(&"gent-burenbemiddeling".to_owned()));
    assert!(ids(&c, &["groep", "vrouwen"]).contains(&"gent-praatgroep".to_owned()));
}

#[test]
fn a_compound_typed_as_two_words_finds_it_written_as_one() {
    let c = collection();
    assert_eq!(ids(&c, &["buren", "ruzie"])[0], "gent-burenbemiddeling");
    assert_eq!(ids(&c, &["taal", "lessen"])[0], "gent-taallessen");
    assert_eq!(ids(&c, &["praat", "groep"])[0], "gent-praatgroep");
}

#[test]
fn a_compound_typed_as_one_word_finds_its_parts_written_apart() {
    let c = collection();
    assert!(ids(&c, &["burenconflict"]).contains(&"gent-wachtenden".to_owned()));
    assert!(
        ids(&c, &["wachtlijst"]).is_empty() || ids(&c, &["wachtlijst"])[0] == "gent-wachtenden"
    );
}

#[test]
fn diminutives_meet_their_base_word_and_lookalikes_do_not() {
    let c = collection();
    assert_eq!(ids(&c, &["praatgroepje"])[0], "gent-praatgroep");
    assert_eq!(ids(&c, &["vrouwengroepjes"])[0], "gent-praatgroep");
    assert_eq!(ids(&c, &["boompje"]), vec!["gent-oranje"]);
    // `oranje` and `spanje` are not diminutives of `oran` or `span`.
    assert_eq!(ids(&c, &["oranje"]), vec!["gent-oranje"]);
}

#[test]
fn a_typo_is_searched_as_the_closest_word_and_said() {
    let c = collection();
    let (code, found, json, err) = search(&c, &["vrijwiligers"]);
    assert_eq!(code, 0);
    assert_eq!(found, vec!["gent-praatgroep"]);
    assert_eq!(json["corrections"][0]["typed"], "vrijwiligers");
    assert_eq!(json["corrections"][0]["searched"][0], "vrijwilligers");
    assert!(
        err.contains("geen treffers voor `vrijwiligers`; gezocht op `vrijwilligers`"),
        "{err}"
    );
    // Short words are not corrected: too many are another word.
    let (code, found, ..) = search(&c, &["xyzw"]);
    assert_eq!((code, found.len()), (1, 0));
}

#[test]
fn a_word_a_new_practice_brings_is_a_correction_until_no_practice_has_it() {
    let c = collection();
    assert_eq!(ids(&c, &["vrijwiligers"]), vec!["gent-praatgroep"]);
    // Added after the index was built: its words are corrected to at the next search.
    let added = c.practice(
        "gent-zwemles",
        "---\nid: gent-zwemles\ntitle: Zwemles voor nieuwkomers\nstatus: draft\nmunicipalities: [\"44021\"]\n---\n## Context\n\nNieuwkomers leren zwemmen met een zwembadbegeleider.\n",
    );
    let (code, found, json, err) = search(&c, &["zwembadbegeleidre"]);
    assert_eq!((code, found), (0, vec!["gent-zwemles".to_owned()]), "{err}");
    assert_eq!(json["corrections"][0]["searched"][0], "zwembadbegeleider");
    // Gone from every practice, the word is no correction any more, nor a suggestion.
    std::fs::remove_file(added).unwrap();
    let (code, found, json, err) = search(&c, &["zwembadbegeleidre"]);
    assert_eq!((code, found.len()), (1, 0), "{err}");
    assert_eq!(
        json["corrections"].as_array().map_or(0, Vec::len),
        0,
        "{json}"
    );
    assert!(!err.contains("zwembadbegeleider"), "{err}");
    assert!(
        !c.run(&["search", "zwembadbegeleidr"])
            .stderr
            .contains("zwembadbegeleider")
    );
}

#[test]
fn a_broader_term_finds_the_narrower_one_but_not_the_reverse() {
    let c = collection();
    assert!(ids(&c, &["vluchteling"]).contains(&"gent-vib".to_owned()));
    assert!(ids(&c, &["asielzoekers"]).contains(&"gent-vib".to_owned()));
    practice(
        &c,
        "gent-vluchtelingen",
        "Vluchtelingen aan het werk",
        "Erkende vluchtelingen vinden werk via de stad.",
    );
    assert!(!ids(&c, &["asielzoeker"]).contains(&"gent-vluchtelingen".to_owned()));
}

#[test]
fn english_words_from_international_sources_find_the_dutch_practice() {
    let c = collection();
    // Both practices are about disputes between neighbours, one in other words.
    let found = ids(&c, &["neighbour", "dispute"]);
    assert!(
        found[..2].contains(&"gent-burenbemiddeling".to_owned()),
        "{found:?}"
    );
    assert!(
        found[..2].contains(&"gent-wachtenden".to_owned()),
        "{found:?}"
    );
    assert!(ids(&c, &["volunteers"]).contains(&"gent-praatgroep".to_owned()));
}

#[test]
fn a_compound_no_practice_holds_whole_is_searched_by_its_parts_and_said() {
    let c = collection();
    // No practice speaks of a `feest`, two speak of `buren`: partial matches, and the output
    // says how the word was taken apart.
    let (code, found, json, err) = search(&c, &["burenfeest"]);
    assert_eq!(code, 0, "{err}");
    assert!(found.contains(&"gent-wachtenden".to_owned()), "{found:?}");
    assert!(!found.contains(&"gent-oranje".to_owned()), "{found:?}");
    assert_eq!(json["corrections"][0]["typed"], "burenfeest");
    assert_eq!(json["corrections"][0]["searched"][0], "buren feest");
    assert_eq!(json["partial"]["matched"], 1, "{json}");
    assert!(
        err.contains("geen treffers voor `burenfeest`; gezocht op `buren feest`"),
        "{err}"
    );
    // A word typed twice is said once.
    let (_, _, json, err) = search(&c, &["burenfeest", "burenfeest"]);
    assert_eq!(
        json["corrections"].as_array().map_or(0, Vec::len),
        1,
        "{json}"
    );
    assert_eq!(err.matches("gezocht op").count(), 1, "{err}");
    // A compound a practice holds is found as it is, with no such note.
    let (code, found, json, err) = search(&c, &["burenruzie"]);
    assert_eq!((code, found[0].as_str()), (0, "gent-burenbemiddeling"));
    assert_eq!(
        json["corrections"].as_array().map_or(0, Vec::len),
        0,
        "{json}"
    );
    assert!(!err.contains("gezocht op"), "{err}");
}
