//! File names a bundle cannot carry safely. A name with a backslash, a colon or a control
//! character means another path on another system (`x\..\..\evil.md` climbs out of the folder
//! it is unpacked into on Windows), and a name that is not UTF-8 cannot be written into a zip or
//! a manifest without turning into another name. Such files are left out with a warning that
//! names them (their bytes escaped), never written under a changed name, never read in place of
//! another file.
#![cfg(unix)]

use crate::export_common;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use export_common::{Fixture, Practice, text, unzip};

/// Whether a zip entry name unpacks inside the bundle folder on every system.
fn unpacks_inside(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains(['\\', ':'])
        && !name.chars().any(char::is_control)
        && name
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != "..")
}

/// Writes `bytes` at `dir/name`, `name` given as raw bytes.
fn raw_file(dir: &Path, name: &[u8], bytes: &[u8]) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(OsStr::from_bytes(name));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn names_that_mean_another_path_elsewhere_are_left_out_and_named() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe"));
    let folder = f.root().join("practices/gent-taalcafe");
    f.file("practices/gent-taalcafe/gewoon.txt", "gewoon");
    for name in [
        r"x\..\..\evil.md",
        r"..\..\evil.txt",
        r"C:\evil.txt",
        "C:evil.txt",
        "tab\tnaam.txt",
        "regel\neinde.txt",
        "esc\x1b[31mrood.txt",
    ] {
        raw_file(&folder, name.as_bytes(), b"GEVAARLIJK");
    }
    // A practice file whose own name climbs out on Windows.
    f.practice(r"a\..\..\evil", &Practice::new("evil-praktijk").text());
    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    let files = unzip(&out);
    let bad: Vec<&String> = files.keys().filter(|k| !unpacks_inside(k)).collect();
    assert!(bad.is_empty(), "unsafe entry names: {bad:?}");
    assert!(files.contains_key("practices/gent-taalcafe/gewoon.txt"));
    assert!(
        !files.values().any(|v| v == b"GEVAARLIJK"),
        "no odd-named file under another name"
    );
    assert!(
        !text(&files, "practices.json").contains("evil-praktijk"),
        "the odd-named practice is left out of every part"
    );
    for named in [
        r"practices/gent-taalcafe/x\..\..\evil.md zit niet in de bundel",
        r"practices/gent-taalcafe/C:evil.txt zit niet in de bundel",
        r"practices/gent-taalcafe/tab\x09naam.txt zit niet in de bundel",
        r"practices/gent-taalcafe/esc\x1B[31mrood.txt zit niet in de bundel",
        r"practices/a\..\..\evil.md zit niet in de bundel",
    ] {
        assert!(run.stderr.contains(named), "`{named}` in:\n{}", run.stderr);
    }
    assert!(
        !run.stderr.contains('\x1b'),
        "control characters are escaped in messages"
    );

    // A folder bundle writes nothing outside itself either.
    let dir = f.root().join("out/map");
    f.export(&dir.join(""), &[]);
    let mut beside: Vec<String> = std::fs::read_dir(f.root().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    beside.sort();
    assert_eq!(beside, ["bundle.zip", "map"]);
}

#[cfg(target_os = "linux")]
#[test]
fn a_practice_whose_name_is_not_utf8_is_left_out_not_read_as_another() {
    let f = Fixture::new();
    let practices = f.root().join("practices");
    // `caf\xE9.md` (Latin-1) exists; no file is named with U+FFFD.
    raw_file(
        &practices,
        b"caf\xE9.md",
        Practice::new("cafe-latin").text().as_bytes(),
    );
    // `a\xFF.md` and a real `a\u{FFFD}.md`: a lossy name would read the second for the first.
    raw_file(
        &practices,
        b"a\xFF.md",
        Practice::new("a-ongeldig").text().as_bytes(),
    );
    f.practice("a\u{FFFD}", &Practice::new("a-echt").text());
    f.add(&Practice::new("gent-taalcafe"));
    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    let files = unzip(&out);
    let json: serde_json::Value = serde_json::from_str(&text(&files, "practices.json")).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a-echt", "gent-taalcafe"], "{}", run.stderr);
    let source = text(&files, "practices/a\u{FFFD}.md");
    assert!(source.contains("id: a-echt"), "its own text: {source}");
    assert!(
        run.stderr
            .contains(r"practices/caf\xE9.md zit niet in de bundel"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(r"practices/a\xFF.md zit niet in de bundel"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("de naam is geen geldige UTF-8"),
        "{}",
        run.stderr
    );
}

#[cfg(target_os = "linux")]
#[test]
fn attachments_whose_names_differ_only_in_invalid_bytes_are_not_collapsed() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe"));
    let folder = f.root().join("practices/gent-taalcafe");
    raw_file(&folder, b"plan\xFF.txt", b"plan FF");
    raw_file(&folder, b"plan\xFE.txt", b"plan FE");
    f.file("practices/gent-taalcafe/gewoon.txt", "gewoon");
    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    let files = unzip(&out);
    assert!(files.contains_key("practices/gent-taalcafe/gewoon.txt"));
    assert!(
        !files.keys().any(|k| k.contains("plan")),
        "{:?}",
        files.keys()
    );
    for named in [
        r"practices/gent-taalcafe/plan\xFF.txt zit niet in de bundel",
        r"practices/gent-taalcafe/plan\xFE.txt zit niet in de bundel",
    ] {
        assert!(run.stderr.contains(named), "`{named}` in:\n{}", run.stderr);
    }
    let m: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    let skipped: Vec<&str> = m["skipped_attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        skipped,
        [
            r"practices/gent-taalcafe/plan\xFE.txt",
            r"practices/gent-taalcafe/plan\xFF.txt"
        ]
    );
}
