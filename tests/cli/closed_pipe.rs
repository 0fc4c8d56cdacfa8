//! A reader that stops early (`practice validate --format json | head`) is no failure: every
//! command, in every output format, exits 0 without a word on stderr when its standard output
//! is closed before it has written everything.

use crate::common;

use std::io::Read;
use std::process::{Command, Stdio};

use common::*;

/// A collection large enough that every listing exceeds a pipe's buffer (64 KiB): 2,000
/// drafts, each with a finding, and one practice with a long body for `show`.
fn large() -> Collection {
    let c = Collection::new();
    for i in 0..2_000 {
        let id = format!("praktijk-{i}");
        let text = replace_line(
            &draft(&id),
            "title:",
            &format!("title: Taalcafé nummer {i} voor nieuwkomers"),
        );
        // Words shared by a tenth of the practices, so that `similar` finds neighbours.
        let words = ["buddy", "fietsles", "praattafel", "zwemles", "kookcafé"];
        let body = format!("{text}\nMet {} en {}.\n", words[i % 5], words[(i / 5) % 5]);
        c.practice(&id, &add_field(&body, "themes: [onbekend-thema]"));
    }
    let long = format!(
        "{}\n{}",
        draft("lang"),
        "Een lange zin over taal.\n".repeat(20_000)
    );
    c.practice("lang", &long);
    c
}

/// Runs `practice --root <c> ARGS`, reads a few bytes of its output, closes the pipe and
/// returns the exit code and what it wrote on stderr.
fn read_a_little(c: &Collection, args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_practice"))
        .arg("--root")
        .arg(c.root())
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    let _ = stdout.read(&mut first);
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (child.wait().unwrap().code(), stderr)
}

#[test]
fn every_output_format_exits_0_silently_when_the_reader_stops() {
    let c = large();
    // Build the search index first so that its note on stderr does not count.
    assert_eq!(c.run(&["index"]).code, 0);
    let runs: &[&[&str]] = &[
        &["validate"],
        &["validate", "--format", "json"],
        &["validate", "--format", "sarif"],
        &["validate", "--format", "junit"],
        &["validate", "--format", "github"],
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["search", "taalcafé", "-n", "5000"],
        &["search", "taalcafé", "-n", "5000", "--format", "json"],
        &["similar", "praktijk-1", "-n", "5000"],
        &["similar", "praktijk-1", "-n", "5000", "--format", "json"],
        &["show", "lang"],
        &["show", "lang", "--format", "json"],
        &["schema"],
    ];
    let mut failed = Vec::new();
    for args in runs {
        let (code, stderr) = read_a_little(&c, args);
        let stderr: Vec<&str> = stderr
            .lines()
            .filter(|l| !l.starts_with("waarschuwing: `lang` heeft fouten"))
            .collect();
        if code != Some(0) || !stderr.is_empty() {
            failed.push(format!("{args:?}: exit {code:?}, stderr {stderr:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
