//! A practice as one flat JSON object: the parsed front matter with the resolved places, and
//! optionally the body as Markdown and as plain text. The same object is written to
//! `practices.json`, to each line of `practices.ndjson`, and by `list`/`show --format json`, so
//! consumers handle one shape. Flat, because search engines index top-level fields best.

use serde::Serialize;

use crate::markdown::plain_text;
use crate::model::{Entry, Place, Practice};

/// One practice for machines.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    /// The front matter as parsed.
    #[serde(flatten)]
    pub practice: &'a Practice,
    /// The source file, relative to the collection root.
    pub path: &'a str,
    /// The municipalities resolved to 2025 (name, NIS code, province).
    pub places: &'a [Place],
    /// The municipalities that took the practice over, resolved to 2025.
    pub adopters: &'a [Place],
    /// The provinces of `places`, each once, sorted.
    pub provinces: Vec<&'a str>,
    /// Whether `practice validate` finds no errors in it.
    pub valid: bool,
    /// The body as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_markdown: Option<&'a str>,
    /// The body as a reader sees it, without markup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
}

impl<'a> Record<'a> {
    /// The record of `entry`, with its body when `with_body`.
    pub fn new(entry: &'a Entry, with_body: bool) -> Record<'a> {
        let mut provinces: Vec<&str> = entry.places.iter().map(|p| p.province.as_str()).collect();
        provinces.sort_unstable();
        provinces.dedup();
        Record {
            practice: &entry.practice,
            path: &entry.path,
            places: &entry.places,
            adopters: &entry.adopters,
            provinces,
            valid: entry.valid,
            body_markdown: with_body.then_some(entry.body.as_str()),
            body_text: with_body.then(|| plain_text(&entry.body)),
        }
    }
}
