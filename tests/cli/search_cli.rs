//! `practice search`, `index` and `similar` as a user runs them: exit codes, the JSON shape,
//! filters and facets, a fresh index after an edit, recovery from a damaged index, a search
//! without the writer lock, suggestions for typos, and lenient query syntax.

use crate::search_common;

use search_common::Shipped;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn exit_codes_are_0_with_hits_1_without_2_on_errors() {
    let c = Shipped::new();
    assert_eq!(c.run(&["search", "buddy"]).status.code(), Some(0));
    assert_eq!(c.run(&["search", "xylofoonconcert"]).status.code(), Some(1));
    let bad = c.run(&["search", "buddy", "--theme", "onbestaand"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("onbekende waarde voor thema `onbestaand`"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn json_has_total_and_hits_with_the_documented_fields() {
    let c = Shipped::new();
    let (code, json) = c.search_json(&["buddy", "--limit", "2"]);
    assert_eq!(code, 0);
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["hits", "total"]);
    assert!(json["total"].as_u64().unwrap() > 2);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2);
    for hit in hits {
        let mut keys: Vec<&str> = hit
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "id",
                "municipalities",
                "path",
                "score",
                "snippet",
                "status",
                "title"
            ]
        );
        assert!(hit["path"].as_str().unwrap().starts_with("practices/"));
        assert!(hit["score"].as_f64().unwrap() > 0.0);
        assert!(hit["municipalities"].as_array().unwrap()[0].is_string());
        assert!(
            hit["snippet"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("buddy")
        );
    }
    let (code, json) = c.search_json(&["xylofoonconcert"]);
    assert_eq!(code, 1);
    assert_eq!(json, serde_json::json!({"total": 0, "hits": []}));
}

#[test]
fn title_and_keywords_outrank_the_body() {
    let c = Shipped::new();
    let ids = c.ids(&["kriebelkoffer"]);
    assert_eq!(
        ids.first().map(String::as_str),
        Some("dilsen-stokkem-kriebelkoffer")
    );
    let ids = c.ids(&["babbeltafel", "londerzeel"]);
    assert_eq!(
        ids.first().map(String::as_str),
        Some("londerzeel-babbeltafel")
    );
}

#[test]
fn filters_narrow_the_hits() {
    let c = Shipped::new();
    let all = c.ids(&["nederlands", "-n", "100"]);
    let kortrijk = c.ids(&["nederlands", "--municipality", "Kortrijk", "-n", "100"]);
    assert!(!kortrijk.is_empty() && kortrijk.len() < all.len());
    let by_nis = c.ids(&["nederlands", "--municipality", "34022", "-n", "100"]);
    assert_eq!(kortrijk, by_nis);
    let themed = c.ids(&["nederlands", "--theme", "netwerk-buddy", "-n", "100"]);
    assert!(themed.contains(&"mechelen-samen-inburgeren".to_owned()));
    assert!(!themed.contains(&"dendermonde-cafeklap".to_owned()));
    let published = c.ids(&["nederlands", "--status", "published", "-n", "100"]);
    assert!(published.len() < all.len());
    let recent = c.ids(&["nederlands", "--since", "2020", "-n", "100"]);
    assert!(
        !recent.contains(&"mechelen-samen-inburgeren".to_owned()),
        "started 2011"
    );
}

#[test]
fn archived_practices_are_left_out_unless_asked_for() {
    let c = Shipped::new();
    let path = c.root().join("practices/kortrijk-roots.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let status = text
        .lines()
        .find(|l| l.starts_with("status:"))
        .unwrap()
        .to_owned();
    std::fs::write(&path, text.replacen(&status, "status: archived", 1)).unwrap();
    assert!(c.ids(&["okan"]).is_empty());
    assert_eq!(c.ids(&["okan", "--status", "archived"]), ["kortrijk-roots"]);
}

#[test]
fn facets_count_the_hits_per_theme_province_and_status() {
    let c = Shipped::new();
    let (_, json) = c.search_json(&["buddy", "--facets", "-n", "100"]);
    let total = json["total"].as_u64().unwrap();
    let facets = &json["facets"];
    let sum = |key: &str| -> u64 {
        facets[key]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum()
    };
    assert_eq!(sum("status"), total);
    assert!(facets["theme"]["netwerk-buddy"].as_u64().unwrap() >= 4);
    assert!(facets["province"].as_object().unwrap().len() >= 2);
    let human = stdout(&c.run(&["search", "buddy", "--facets"]));
    assert!(human.contains("Netwerk en buddywerking"), "{human}");
}

/// Edits one practice in place so that it mentions a "zeppelinvaart", a word no practice has;
/// returns its path.
fn mention_a_zeppelin(c: &Shipped) -> std::path::PathBuf {
    let path = c.root().join("practices/aalst-ken-je-stad.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("## Doelen\n", "## Doelen\n\nEen zeppelinvaart.\n", 1),
    )
    .unwrap();
    path
}

#[test]
fn an_edited_file_is_seen_by_the_next_search() {
    let c = Shipped::new();
    assert!(c.ids(&["zeppelinvaart"]).is_empty());
    let path = mention_a_zeppelin(&c);
    assert_eq!(c.ids(&["zeppelinvaart"]), ["aalst-ken-je-stad"]);
    std::fs::remove_file(&path).unwrap();
    assert!(c.ids(&["zeppelinvaart"]).is_empty());
}

#[test]
fn a_moved_file_with_the_same_size_and_time_is_seen_by_the_next_search() {
    let c = Shipped::new();
    let path_of = |c: &Shipped| {
        let out = stdout(&c.run(&["search", "stadswandeling", "--format", "json"]));
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        json["hits"][0]["path"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(path_of(&c), "practices/aalst-ken-je-stad.md");
    // A move keeps the size, the time and the number of files: only the name tells.
    let practices = c.root().join("practices");
    std::fs::create_dir(practices.join("oost-vlaanderen")).unwrap();
    std::fs::rename(
        practices.join("aalst-ken-je-stad.md"),
        practices.join("oost-vlaanderen/aalst-ken-je-stad.md"),
    )
    .unwrap();
    assert_eq!(
        path_of(&c),
        "practices/oost-vlaanderen/aalst-ken-je-stad.md"
    );
}

/// Sets the modification time of every folder of the collection an hour back, as in a
/// collection nobody has touched for a while: the check may then skip listing them.
fn settle(c: &Shipped) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in walkdir::WalkDir::new(c.root().join("practices")) {
        let entry = entry.unwrap();
        if entry.file_type().is_dir() {
            let dir = std::fs::File::open(entry.path()).unwrap();
            dir.set_modified(past).unwrap();
        }
    }
    assert_eq!(c.run(&["index"]).status.code(), Some(0));
}

#[test]
fn when_folders_are_not_listed_again_every_change_is_still_seen() {
    let c = Shipped::new();
    settle(&c);
    let practices = c.root().join("practices");
    // Edited in place: the folder keeps its time, the file does not.
    let path = mention_a_zeppelin(&c);
    assert_eq!(c.ids(&["zeppelinvaart"]), ["aalst-ken-je-stad"]);
    // Added.
    settle(&c);
    let copy = std::fs::read_to_string(practices.join("leuven-buddys.md"))
        .unwrap()
        .replacen("id: leuven-buddys", "id: leuven-buddys-kopie", 1)
        .replacen("## Doelen\n", "## Doelen\n\nEen luchtballon.\n", 1);
    std::fs::write(practices.join("leuven-buddys-kopie.md"), copy).unwrap();
    assert_eq!(c.ids(&["luchtballon"]), ["leuven-buddys-kopie"]);
    // Removed.
    settle(&c);
    std::fs::remove_file(practices.join("leuven-buddys-kopie.md")).unwrap();
    assert!(c.ids(&["luchtballon"]).is_empty());
    // Moved into a new folder.
    settle(&c);
    std::fs::create_dir(practices.join("oost-vlaanderen")).unwrap();
    std::fs::rename(
        &path,
        practices.join("oost-vlaanderen/aalst-ken-je-stad.md"),
    )
    .unwrap();
    let (_, json) = c.search_json(&["zeppelinvaart"]);
    assert_eq!(
        json["hits"][0]["path"],
        "practices/oost-vlaanderen/aalst-ken-je-stad.md"
    );
    assert!(c.index_dir().join("folders.json").is_file());
}

#[test]
fn index_reports_added_changed_and_removed() {
    let c = Shipped::new();
    let first = stdout(&c.run(&["index"]));
    assert!(first.contains("index opnieuw opgebouwd"), "{first}");
    assert!(stdout(&c.run(&["index"])).contains("index was al bijgewerkt"));
    let practices = c.root().join("practices");
    std::fs::copy(
        practices.join("leuven-buddys.md"),
        practices.join("leuven-buddys-kopie.md"),
    )
    .unwrap();
    let leuven = practices.join("kortrijk-roots.md");
    let text = std::fs::read_to_string(&leuven).unwrap();
    std::fs::write(&leuven, format!("{text}\nNog een zin.\n")).unwrap();
    std::fs::remove_file(practices.join("tienen-brugfiguur.md")).unwrap();
    // Touched but unchanged: not reported.
    let same = practices.join("gent-praktijktesten.md");
    std::fs::write(&same, std::fs::read(&same).unwrap()).unwrap();
    let out = stdout(&c.run(&["index"]));
    assert!(out.contains("+ practices/leuven-buddys-kopie.md"), "{out}");
    assert!(out.contains("~ practices/kortrijk-roots.md"), "{out}");
    assert!(out.contains("- practices/tienen-brugfiguur.md"), "{out}");
    assert!(!out.contains("gent-praktijktesten"), "{out}");
    assert!(
        out.contains("index bijgewerkt (1 toegevoegd, 1 gewijzigd, 1 verwijderd)"),
        "{out}"
    );
    let rebuilt = stdout(&c.run(&["index", "--rebuild"]));
    assert!(
        rebuilt.contains("index opnieuw opgebouwd (zoals gevraagd)"),
        "{rebuilt}"
    );
}

#[test]
fn a_damaged_index_is_rebuilt_by_itself() {
    let c = Shipped::new();
    assert_eq!(c.run(&["index"]).status.code(), Some(0));
    let engine = c.index_dir().join("tantivy");
    for entry in std::fs::read_dir(&engine).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::write(&path, b"garbage").unwrap();
        }
    }
    let out = c.run(&["search", "buddy"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("index opgebouwd"), "{}", stderr(&out));
    // Garbage in the sidecar too.
    std::fs::write(c.index_dir().join("state.json"), b"{not json").unwrap();
    assert_eq!(c.run(&["search", "buddy"]).status.code(), Some(0));
    // And in the stamp read before every search: it is written anew.
    let stamp = c.index_dir().join("stamp.json");
    std::fs::write(&stamp, b"{\"format\": 1, \"garbage\": true}").unwrap();
    assert_eq!(c.run(&["search", "buddy"]).status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&stamp).unwrap()).unwrap();
    assert!(json["fingerprint"].is_u64(), "{json}");
    std::fs::remove_file(&stamp).unwrap();
    assert_eq!(c.run(&["search", "buddy"]).status.code(), Some(0));
    assert!(stamp.is_file());
    // And a folder full of nonsense.
    std::fs::remove_dir_all(c.index_dir()).unwrap();
    std::fs::create_dir_all(c.index_dir().join("tantivy")).unwrap();
    std::fs::write(c.index_dir().join("tantivy/meta.json"), b"nonsense").unwrap();
    assert_eq!(c.run(&["search", "buddy"]).status.code(), Some(0));
}

#[test]
fn a_search_of_an_up_to_date_index_needs_no_lock() {
    let c = Shipped::new();
    assert_eq!(c.run(&["index"]).status.code(), Some(0));
    let lock = std::fs::File::create(c.index_dir().join("writer.lock")).unwrap();
    lock.lock().unwrap();
    // (A second writer waits: see `search_faults`.)
    let out = c.run(&["search", "buddy"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stderr(&out).contains("waiting"), "{}", stderr(&out));
    drop(lock);
}

#[test]
fn a_typo_is_corrected_and_a_short_one_gets_suggestions() {
    let c = Shipped::new();
    let out = c.run(&["search", "praatafel"]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(
        err.contains("geen treffers voor `praatafel`; gezocht op `praattafel`"),
        "{err}"
    );
    // Words of four letters are not corrected (too many are another word), only hinted at.
    let out = c.run(&["search", "budy"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bedoelde u buddy"), "{err}");
    assert!(err.contains("probeer: practice search \"buddy\""), "{err}");
    let out = c.run(&["search", "budy", "xylofoonconcert"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("budy: geen praktijk"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn malformed_query_syntax_is_searched_leniently() {
    let c = Shipped::new();
    for query in [
        "\"buddy",
        "buddy)",
        "((",
        "title:buddy",
        "buddy AND",
        "OR",
        "-",
        "*",
        "buddy^2",
        "a:b:c",
        "\\",
        "[buddy",
        "~",
        "NOT",
        "\"\"",
        "--",
        "buddy OR OR maatje",
    ] {
        let out = c.run(&["search", "--", query]);
        let code = out.status.code();
        assert!(
            code == Some(0) || code == Some(1),
            "{query}: {}",
            stderr(&out)
        );
    }
    assert!(!c.ids(&["title:buddy"]).is_empty());
}

#[test]
fn phrases_exclusions_or_and_prefixes_work() {
    let c = Shipped::new();
    let all = c.ids(&["\"klare taal\"", "-n", "100"]);
    let with = c.ids(&["\"klare taal\" loket", "-n", "100"]);
    let without = c.ids(&["\"klare taal\" -loket", "-n", "100"]);
    assert!(
        !with.is_empty() && !without.is_empty(),
        "{with:?} {without:?}"
    );
    assert_eq!(with.len() + without.len(), all.len());
    assert!(without.iter().all(|id| !with.contains(id)));
    let either = c.ids(&["kriebelkoffer OR cafeklap"]);
    assert_eq!(either.len(), 2);
    assert!(
        c.ids(&["kriebel*"])
            .contains(&"dilsen-stokkem-kriebelkoffer".to_owned())
    );
}

#[test]
fn human_output_shows_rank_title_id_places_status_path_and_marked_snippet() {
    let c = Shipped::new();
    let out = c.run(&["search", "cafeklap", "--color", "always"]);
    let text = stdout(&out);
    assert!(text.contains("  1. "), "{text}");
    assert!(text.contains("dendermonde-cafeklap"), "{text}");
    assert!(text.contains("Dendermonde"), "{text}");
    assert!(text.contains("practices/dendermonde-cafeklap.md"), "{text}");
    assert!(
        text.contains("\x1b[1;33m"),
        "matched words are highlighted: {text}"
    );
    let plain = stdout(&c.run(&["search", "cafeklap"]));
    assert!(!plain.contains('\x1b'), "{plain}");
}

#[test]
fn similar_lists_related_practices_but_not_itself() {
    let c = Shipped::new();
    let out = c.run(&["similar", "gent-praktijktesten", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&"gent-praktijktesten"));
    assert_eq!(
        ids[..2]
            .iter()
            .filter(|id| id.contains("praktijktesten"))
            .count(),
        2,
        "{ids:?}"
    );
    let unknown = c.run(&["similar", "gent-praktijktest"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("bedoelde u `gent-praktijktesten`"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn a_fresh_collection_is_indexed_by_the_first_search() {
    let c = Shipped::new();
    assert!(!c.index_dir().exists());
    let out = c.run(&["search", "nederlands", "oefenen"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("kortrijk-oefenkansen"));
    assert!(c.index_dir().join("state.json").is_file());
}

/// Asks the shipped collection at `c` for "zeppelinvaart" through [`practice::index::answer`]:
/// the ids found, how often the query ran, and what the update did.
fn ask_zeppelin(c: &Shipped) -> (Vec<String>, usize, practice::index::Refresh) {
    use practice::index::{IndexError, NoProgress, Options, SearchRequest};
    let prepare = || {
        Ok::<_, IndexError>((
            search_common::shipped_schema(),
            search_common::all_statuses(),
        ))
    };
    let runs = std::cell::Cell::new(0);
    let answered = practice::index::answer(
        c.root(),
        &Options::default(),
        &NoProgress,
        prepare,
        |index, _, filter| {
            runs.set(runs.get() + 1);
            index.search(&SearchRequest {
                query: "zeppelinvaart",
                filter,
                limit: 10,
                facets: false,
            })
        },
    )
    .unwrap();
    let ids = answered.answer.hits.into_iter().map(|h| h.id);
    (ids.collect(), runs.get(), answered.refresh)
}

#[test]
fn a_query_answered_during_the_check_is_asked_again_when_a_file_changed() {
    let c = Shipped::new();
    assert_eq!(c.run(&["index"]).status.code(), Some(0));
    // Current index: the early answer is the answer, and the query ran once.
    let (ids, runs, refresh) = ask_zeppelin(&c);
    assert!(ids.is_empty());
    assert_eq!(runs, 1);
    assert!(!refresh.changed_anything());
    // An edit: the early answer (from the old index) is dropped, the query runs again.
    mention_a_zeppelin(&c);
    let (ids, runs, refresh) = ask_zeppelin(&c);
    assert_eq!(ids, ["aalst-ken-je-stad"]);
    assert_eq!(runs, 2);
    assert_eq!(refresh.changed, ["practices/aalst-ken-je-stad.md"]);
    // No index at all: nothing to answer early, the query runs once on the new index.
    std::fs::remove_dir_all(c.index_dir()).unwrap();
    let (ids, runs, refresh) = ask_zeppelin(&c);
    assert_eq!((ids.len(), runs), (1, 1));
    assert!(refresh.rebuilt.is_some());
}

#[test]
fn a_collection_whose_index_folder_cannot_be_made_is_still_searched_and_left_alone() {
    let c = Shipped::new();
    // A file where the index folder would go stands in for a read-only or another user's
    // collection (permissions do not stop a test run as root; this does).
    let blocker = c.root().join(".practice");
    std::fs::write(&blocker, "not a folder\n").unwrap();
    let out = c.run(&["search", "taalcafé", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("alleen in het geheugen"),
        "{}",
        stderr(&out)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["total"].as_u64().unwrap() >= 1, "{json}");
    let similar = c.run(&["similar", "aalst-ken-je-stad"]);
    assert_eq!(similar.status.code(), Some(0), "{}", stderr(&similar));
    // `index` exists to write the index: there it is an error that names the folder.
    let index = c.run(&["index"]);
    assert_eq!(index.status.code(), Some(2));
    assert!(
        stderr(&index).contains(".practice/index"),
        "{}",
        stderr(&index)
    );
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a folder\n");
}

#[test]
fn a_query_of_only_stop_words_or_symbols_says_it_lists_everything() {
    let c = Shipped::new();
    let all_statuses = "draft,review,published,archived";
    // The empty query lists everything on purpose; a query with text but no word says so.
    for query in ["", "de het een", "😀 ((("] {
        let out = c.run(&[
            "search",
            "--format",
            "json",
            "--status",
            all_statuses,
            query,
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["total"].as_u64(), Some(30));
        let noted = stderr(&out).contains("staat geen woord om op te zoeken");
        assert_eq!(noted, !query.is_empty(), "{query}: {}", stderr(&out));
    }
}

#[test]
fn filters_take_comma_separated_values_as_if_repeated() {
    let c = Shipped::new();
    let ids = |args: &[&str]| {
        let mut all = vec!["", "--limit", "100"];
        all.extend_from_slice(args);
        c.ids(&all)
    };
    let repeated = ids(&[
        "--status",
        "draft",
        "--status",
        "archived",
        "--province",
        "Antwerpen",
        "--province",
        "Limburg",
    ]);
    let commas = ids(&[
        "--status",
        "draft,archived",
        "--province",
        "Antwerpen,Limburg",
    ]);
    assert!(!repeated.is_empty());
    assert_eq!(commas, repeated);
    assert_ne!(ids(&["--status", "draft"]), repeated);
}

#[test]
fn a_query_that_starts_with_an_excluded_word_goes_after_a_double_dash() {
    let c = Shipped::new();
    let buddy = c.ids(&["buddy", "--limit", "100"]);
    let with_taal = c.ids(&["buddy taal", "--limit", "100"]);
    assert!(!with_taal.is_empty() && with_taal.len() < buddy.len());
    let without: Vec<String> = buddy
        .into_iter()
        .filter(|id| !with_taal.contains(id))
        .collect();
    let (code, _) = c.search_json(&["--limit", "100", "--", "-taal", "buddy"]);
    assert_eq!(code, 0);
    let mut found = c.ids(&["--limit", "100", "--", "-taal", "buddy"]);
    found.sort();
    let mut expected = without;
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn the_praattafels_of_different_towns_are_each_others_nearest() {
    let c = Shipped::new();
    let tables = [
        "dendermonde-cafeklap",
        "destelbergen-babbelonie",
        "kortrijk-oefenkansen",
        "londerzeel-babbeltafel",
    ];
    for id in tables {
        let out = c.run(&["similar", id, "--format", "json", "--limit", "3"]);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut nearest: Vec<&str> = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap())
            .collect();
        nearest.sort_unstable();
        let others: Vec<&str> = tables.iter().copied().filter(|t| *t != id).collect();
        assert_eq!(nearest, others, "{id}");
    }
}
