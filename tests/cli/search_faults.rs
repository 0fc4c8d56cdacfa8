//! The search index under faults a user can meet: damaged index files, symbolic links on the
//! way to the index, absurd numbers on the command line, folders and files that cannot be
//! written or read, files over the size limit, two writers at once, and linked practices.
//! The index is a cache: each of these degrades (a rebuild, an index in memory, a file left
//! out with a note, a wait) and never ends in a panic or a write outside the collection.

use crate::search_common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, SystemTime};

use search_common::Shipped;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts that `out` ended by itself with `code` and printed no panic.
#[track_caller]
fn ended(out: &Output, code: i32) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(code), "{err}");
}

/// What a JSON search answers, without the order of equal scores: total, ids, facets.
fn answer(out: &Output) -> (u64, BTreeSet<String>, serde_json::Value) {
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", stdout(out), stderr(out)));
    let ids = json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect();
    (json["total"].as_u64().unwrap(), ids, json["facets"].clone())
}

const SEARCH: [&str; 5] = ["search", "buddy", "--facets", "--format", "json"];
const SIMILAR: [&str; 4] = ["similar", "aalst-ken-je-stad", "--format", "json"];

/// Asserts that `out` is a JSON answer of `similar` with practices, the compared one not among
/// them. (Which practices are found may differ between two builds of the same collection, as
/// the engine's statistics depend on how it split the index into segments.)
#[track_caller]
fn similar_answered(out: &Output) {
    ended(out, 0);
    let (total, ids, _) = answer(out);
    assert!(total > 0 && !ids.is_empty(), "{}", stdout(out));
    assert!(!ids.contains("aalst-ken-je-stad"), "{ids:?}");
}

/// The engine files of one kind (`meta.json`, `.managed.json`, or a segment file extension),
/// sorted by name.
fn engine_files(c: &Shipped, kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(c.index_dir().join("tantivy"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name == kind
                || (kind.starts_with('.') && name.ends_with(kind) && !name.starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

/// Changes one byte of `path` at `at` (a fraction of its length), keeping its length; keeps its
/// modification time too when `same_time`, as a disk that damages a file in place would.
fn flip(path: &Path, at: f64, same_time: bool) {
    let before = std::fs::metadata(path).unwrap().modified().unwrap();
    let mut bytes = std::fs::read(path).unwrap();
    let i = ((bytes.len() as f64 * at) as usize).min(bytes.len() - 1);
    bytes[i] ^= 0x5a;
    std::fs::write(path, &bytes).unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    // A write in the same tick of a coarse clock may keep the time; a real edit would not.
    let time = if same_time {
        before
    } else {
        before + Duration::from_secs(1)
    };
    file.set_modified(time).unwrap();
}

/// Every kind of file the engine writes, and the word list kept beside them.
const KINDS: [&str; 9] = [
    "spelling.txt",
    "meta.json",
    ".managed.json",
    ".fast",
    ".fieldnorm",
    ".idx",
    ".pos",
    ".store",
    ".term",
];

#[test]
fn a_damaged_index_file_is_found_and_rebuilt_by_every_command_without_a_panic() {
    let c = Shipped::new();
    let search = c.run(&SEARCH);
    ended(&search, 0);
    let expected = answer(&search);
    assert!(expected.0 > 1, "{expected:?}");
    similar_answered(&c.run(&SIMILAR));
    // Damages the `n`-th file of `kind` of a fresh index; false when there is none.
    let damage = |kind: &str, n: usize| {
        ended(&c.run(&["index", "--rebuild"]), 0);
        let Some(path) = engine_files(&c, kind).into_iter().nth(n) else {
            return false;
        };
        flip(&path, 0.0, false);
        true
    };
    for kind in KINDS {
        for n in 0..1 {
            if !damage(kind, n) {
                continue;
            }
            let index = c.run(&["index"]);
            ended(&index, 0);
            let said = stdout(&index);
            assert!(
                said.contains("index opnieuw opgebouwd"),
                "{kind} {n}: {said}"
            );
            assert!(!said.contains("al bijgewerkt"), "{kind} {n}: {said}");

            if damage(kind, n) {
                let search = c.run(&SEARCH);
                ended(&search, 0);
                assert_eq!(answer(&search), expected, "{kind} {n}");
                let notes: Vec<String> = stderr(&search).lines().map(str::to_owned).collect();
                assert_eq!(notes.len(), 1, "{kind} {n}: {notes:?}");
                assert!(
                    notes[0].contains("index opgebouwd"),
                    "{kind} {n}: {notes:?}"
                );
            }

            if damage(kind, n) {
                let similar = c.run(&SIMILAR);
                similar_answered(&similar);
                assert_eq!(stderr(&similar).lines().count(), 1, "{}", stderr(&similar));
            }
        }
    }
}

#[test]
fn damage_that_keeps_size_and_time_never_shows_a_panic() {
    let c = Shipped::new();
    for kind in KINDS {
        for at in [0.0, 0.3, 0.6] {
            ended(&c.run(&["index", "--rebuild"]), 0);
            for path in engine_files(&c, kind) {
                flip(&path, at, true);
            }
            // Such damage is seen only when the engine trips on it, which then rebuilds the
            // index; damage the query never reads, or reads as other words, may stay unseen
            // until the next rebuild. Never a panic, at most one line about it.
            for args in [&SEARCH[..], &SIMILAR[..]] {
                let out = c.run(args);
                let err = stderr(&out);
                assert!(!err.contains("panicked"), "{kind} at {at}: {err}");
                assert!(
                    matches!(out.status.code(), Some(0 | 1)),
                    "{kind} at {at}: {err}"
                );
                assert!(err.lines().count() <= 1, "{kind} at {at}: {err}");
            }
        }
    }
}

/// Every file under `dir` with its content.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap()
            .display()
            .to_string();
        let content = if entry.file_type().is_file() {
            std::fs::read(entry.path()).unwrap()
        } else {
            Vec::new()
        };
        all.push((rel, content));
    }
    all
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_on_the_way_to_the_index_is_never_written_or_deleted_through() {
    for linked in [".practice", ".practice/index", ".practice/index/tantivy"] {
        let c = Shipped::new();
        // An index built before the link appears, so that a sidecar says there is one.
        ended(&c.run(&["index"]), 0);
        let elsewhere = tempfile::tempdir().unwrap();
        let canary = elsewhere.path();
        // Whatever the link stands for, a rebuild through it would delete a `tantivy` here.
        for folder in ["tantivy", "index/tantivy"] {
            std::fs::create_dir_all(canary.join(folder)).unwrap();
            std::fs::write(canary.join(folder).join("keep.txt"), "keep\n").unwrap();
        }
        std::fs::write(canary.join("canary.txt"), "still here\n").unwrap();
        let before = tree(canary);
        let link = c.root().join(linked);
        std::fs::remove_dir_all(&link).unwrap();
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(canary, &link).unwrap();

        let search = c.run(&SEARCH);
        ended(&search, 0);
        assert!(
            stderr(&search).contains("alleen in het geheugen"),
            "{linked}: {}",
            stderr(&search)
        );
        assert!(
            stderr(&search).contains(
                "het is een symbolische koppeling; de index staat alleen in een echte map"
            ),
            "{linked}: {}",
            stderr(&search)
        );
        assert!(answer(&search).0 > 1);
        ended(&c.run(&SIMILAR), 0);
        for args in [&["index"][..], &["index", "--rebuild"][..]] {
            let index = c.run(args);
            ended(&index, 2);
            assert!(
                stderr(&index).contains("symbolische koppeling"),
                "{}",
                stderr(&index)
            );
        }
        assert_eq!(tree(canary), before, "{linked}");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "{linked}"
        );
    }
}

#[test]
fn absurd_numbers_on_the_command_line_are_clamped_or_refused_never_a_panic() {
    let c = Shipped::new();
    let all = answer(&c.run(&["search", "buddy", "--format", "json"])).0;
    for limit in ["9223372036854775807", "18446744073709551615", "4294967296"] {
        let out = c.run(&["search", "buddy", "--format", "json", "--limit", limit]);
        ended(&out, 0);
        let (total, ids, _) = answer(&out);
        assert_eq!((total, ids.len() as u64), (all, all));
        let out = c.run(&[
            "similar",
            "aalst-ken-je-stad",
            "--format",
            "json",
            "-n",
            limit,
        ]);
        ended(&out, 0);
        let (total, ids, _) = answer(&out);
        assert_eq!(ids.len() as u64, total);
        let out = c.run(&["list", "--since", limit]);
        ended(&out, 2);
        assert!(stderr(&out).contains("--since"), "{}", stderr(&out));
    }
    for limit in ["18446744073709551616", "-1"] {
        let out = c.run(&["search", "buddy", &format!("--limit={limit}")]);
        ended(&out, 2);
        assert!(stderr(&out).contains("--limit"), "{}", stderr(&out));
    }
    // The year filter takes the whole range of its type.
    ended(&c.run(&["search", "buddy", "--since=2147483647"]), 1);
    ended(&c.run(&["search", "buddy", "--since=-2147483648"]), 0);
    ended(&c.run(&["list", "--since=-2147483648"]), 0);
    ended(
        &c.run(&["similar", "aalst-ken-je-stad", "--since=2147483647"]),
        1,
    );
}

/// Edits a practice so that it mentions a "zeppelinvaart", a word no practice has.
fn mention_a_zeppelin(c: &Shipped) {
    let path = c.root().join("practices/aalst-ken-je-stad.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("## Doelen\n", "## Doelen\n\nEen zeppelinvaart.\n", 1);
    std::fs::write(&path, edited).unwrap();
}

#[test]
fn an_index_that_cannot_be_written_after_an_edit_still_answers_from_memory() {
    let c = Shipped::new();
    ended(&c.run(&["index"]), 0);
    // The sidecar cannot be replaced (a folder in its place): the writer lock is taken, the
    // engine written, and only then does writing fail, as in a read-only folder.
    let state = c.index_dir().join("state.json");
    std::fs::remove_file(&state).unwrap();
    std::fs::create_dir(&state).unwrap();
    std::fs::write(state.join("x"), "in the way").unwrap();
    mention_a_zeppelin(&c);
    for _ in 0..2 {
        let (code, json) = c.search_json(&["zeppelinvaart"]);
        assert_eq!(code, 0);
        assert_eq!(json["hits"][0]["id"], "aalst-ken-je-stad");
    }
    let out = c.run(&["search", "zeppelinvaart"]);
    ended(&out, 0);
    assert!(
        stderr(&out).contains("alleen in het geheugen"),
        "{}",
        stderr(&out)
    );
    ended(&c.run(&SIMILAR), 0);
    // `index` is there to write it: it says what is in the way.
    let index = c.run(&["index"]);
    ended(&index, 2);
    assert!(stderr(&index).contains("state.json"), "{}", stderr(&index));
}

#[cfg(unix)]
#[test]
fn a_read_only_index_folder_still_answers_after_an_edit() {
    use std::os::unix::fs::PermissionsExt;
    let c = Shipped::new();
    ended(&c.run(&["index"]), 0);
    let dir = c.index_dir();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Permissions do not stop the superuser: then there is nothing to show here.
    let probe = dir.join("probe");
    let writable = std::fs::write(&probe, "").is_ok();
    if !writable {
        mention_a_zeppelin(&c);
        let (code, json) = c.search_json(&["zeppelinvaart"]);
        assert_eq!(code, 0);
        assert_eq!(json["hits"][0]["id"], "aalst-ken-je-stad");
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn an_unreadable_practice_is_left_out_with_a_note_by_every_command() {
    use std::os::unix::fs::PermissionsExt;
    let c = Shipped::new();
    ended(&c.run(&["index"]), 0);
    let path = c.root().join("practices/leuven-buddys.md");
    let text = std::fs::read_to_string(&path).unwrap();
    // Touched, so that the next search reads it again.
    std::fs::write(&path, format!("{text}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Permissions do not stop the superuser; the library's tests read a folder instead.
    if std::fs::read(&path).is_err() {
        for _ in 0..2 {
            let out = c.run(&["search", "buddy"]);
            ended(&out, 0);
            assert!(
                stderr(&out).contains("practices/leuven-buddys.md staat niet in de zoekindex"),
                "{}",
                stderr(&out)
            );
            assert!(!stdout(&out).contains("leuven-buddys"), "{}", stdout(&out));
        }
        ended(&c.run(&SIMILAR), 0);
        let index = c.run(&["index"]);
        ended(&index, 0);
        assert!(
            stderr(&index).contains("leuven-buddys.md"),
            "{}",
            stderr(&index)
        );
        let out = format!("{}/", c.root().join("out").display());
        let export = c.run(&["export", "--out", &out, "--query", "buddy"]);
        ended(&export, 0);
        ended(&c.run(&["list"]), 0);
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn a_practice_that_cannot_be_read_is_left_out_with_a_note_even_for_the_superuser() {
    let c = Shipped::new();
    let practices = c.root().join("practices");
    // Settled folders are not listed again: their record names the files.
    let past = SystemTime::now() - Duration::from_secs(3600);
    let settle = || {
        let folder = std::fs::File::open(&practices).unwrap();
        folder.set_modified(past).unwrap();
    };
    settle();
    ended(&c.run(&["index"]), 0);
    ended(&c.run(&["search", "buddy"]), 0);
    assert!(c.index_dir().join("folders.json").is_file());
    // A practice replaced by a folder of its name, with the folder's time put back: the
    // listing still names the file, which now cannot be read, whoever runs the search.
    let path = practices.join("leuven-buddys.md");
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    settle();
    for _ in 0..2 {
        let out = c.run(&["search", "buddy", "--format", "json"]);
        ended(&out, 0);
        let err = stderr(&out);
        assert!(
            err.contains("practices/leuven-buddys.md staat niet in de zoekindex"),
            "{err}"
        );
        assert!(err.contains("kan niet gelezen worden"), "{err}");
        assert!(!answer(&out).1.contains("leuven-buddys"));
    }
    let index = c.run(&["index"]);
    ended(&index, 0);
    assert!(
        stderr(&index).contains("leuven-buddys.md"),
        "{}",
        stderr(&index)
    );
    ended(&c.run(&SIMILAR), 0);
    let out = format!("{}/", c.root().join("out").display());
    let export = c.run(&["export", "--out", &out, "--query", "buddy"]);
    ended(&export, 0);
    assert!(
        stderr(&export).contains("leuven-buddys.md staat niet in de zoekindex"),
        "{}",
        stderr(&export)
    );
}

#[test]
fn a_practice_over_the_size_limit_is_left_out_with_a_note_and_never_read_whole() {
    let c = Shipped::new();
    ended(&c.run(&["index"]), 0);
    // A terabyte, sparse: reading it whole would not fit in memory, nor end in time.
    let huge = c.root().join("practices/enorm.md");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(1 << 40).unwrap();
    drop(file);
    for touch in [false, true] {
        if touch {
            std::fs::File::options()
                .write(true)
                .open(&huge)
                .unwrap()
                .set_modified(SystemTime::now() + Duration::from_secs(5))
                .unwrap();
        }
        let out = c.run(&["search", "buddy"]);
        ended(&out, 0);
        let err = stderr(&out);
        assert!(
            err.contains("practices/enorm.md staat niet in de zoekindex"),
            "{err}"
        );
        assert!(err.contains("2000000"), "{err}");
    }
    let index = c.run(&["index", "--rebuild"]);
    ended(&index, 0);
    assert!(stderr(&index).contains("enorm.md"), "{}", stderr(&index));
}

#[test]
fn a_second_index_waits_for_the_first_and_then_succeeds() {
    let c = Shipped::new();
    ended(&c.run(&["index"]), 0);
    let lock = std::fs::File::create(c.index_dir().join("writer.lock")).unwrap();
    lock.lock().unwrap();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("practice"))
        .arg("--root")
        .arg(c.root())
        .args(["index", "--rebuild"])
        .env_remove("PRACTICE_ROOT")
        .env_remove("PRACTICE_LANG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    drop(lock);
    let out = child.wait_with_output().unwrap();
    ended(&out, 0);
    assert!(stderr(&out).contains("even wachten"), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("index opnieuw opgebouwd"),
        "{}",
        stdout(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_linked_practice_is_left_out_with_a_note_at_every_search() {
    let c = Shipped::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("gelinkt.md");
    let text = std::fs::read_to_string(c.root().join("practices/leuven-buddys.md")).unwrap();
    std::fs::write(&target, text.replace("id: leuven-buddys", "id: gelinkt")).unwrap();
    std::os::unix::fs::symlink(&target, c.root().join("practices/gelinkt.md")).unwrap();
    let index = c.run(&["index"]);
    ended(&index, 0);
    assert!(
        stderr(&index).contains("practices/gelinkt.md staat niet in de zoekindex"),
        "{}",
        stderr(&index)
    );
    // Also once the folders have settled and are no longer listed again.
    let past = SystemTime::now() - Duration::from_secs(3600);
    let practices = std::fs::File::open(c.root().join("practices")).unwrap();
    practices.set_modified(past).unwrap();
    for _ in 0..3 {
        let out = c.run(&["search", "buddy", "--format", "json"]);
        ended(&out, 0);
        let err = stderr(&out);
        assert!(
            err.contains("practices/gelinkt.md staat niet in de zoekindex"),
            "{err}"
        );
        assert!(err.contains("symbolische koppeling"), "{err}");
        assert!(!answer(&out).1.contains("gelinkt"));
    }
    assert!(c.index_dir().join("folders.json").is_file());
}

#[cfg(target_os = "linux")]
#[test]
fn a_practice_whose_name_is_not_utf8_is_named_at_every_search_never_skipped_silently() {
    use std::os::unix::ffi::OsStrExt;
    let c = Shipped::new();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9-praattafel.md");
    std::fs::write(c.root().join("practices").join(name), "---\nid: x\n---\n").unwrap();
    for args in [
        &["search", "buddy"][..],
        &["similar", "leuven-buddys"],
        &["search", "buddy"],
    ] {
        let out = c.run(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(
            err.contains(
                "practices/caf\\xE9-praattafel.md staat niet in de zoekindex: de bestandsnaam bevat \
                 ongeldige tekens"
            ),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn an_unreadable_sidecar_is_rebuilt_and_the_note_says_why_in_the_readers_language() {
    let c = Shipped::new();
    ended(&c.run(&["index"]), 0);
    // The sidecar cut off halfway, and its stamp gone, so that the search reads it.
    let garble = || {
        std::fs::write(c.index_dir().join("state.json"), "{ half").unwrap();
        std::fs::remove_file(c.index_dir().join("stamp.json")).unwrap();
    };
    garble();
    let dutch = c.run(&["search", "buddy"]);
    ended(&dutch, 0);
    assert!(
        stderr(&dutch).contains(
            "praktijken (de vorige was onleesbaar: `state.json` van de index is onleesbaar)"
        ),
        "{}",
        stderr(&dutch)
    );
    garble();
    let english = c.run(&["--lang", "en", "search", "buddy"]);
    ended(&english, 0);
    assert!(
        stderr(&english).contains(
            "practices (the old one was unreadable: the index's `state.json` is unreadable)"
        ),
        "{}",
        stderr(&english)
    );
}
