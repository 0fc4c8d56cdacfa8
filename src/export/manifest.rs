//! `manifest.json`: how the bundle was made (tool and schema version, git commit, filters and
//! query) and what is in it, with the SHA-256 of each practice's source file so a receiver can
//! check that a file is the one that was exported.

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Context, Format, Skipped};
use crate::filter::Filter;

/// The `manifest.json` part.
pub(super) struct Manifest;

#[derive(Serialize)]
struct Document<'a> {
    tool: Tool<'a>,
    schema_version: u32,
    git_commit: Option<&'a str>,
    git_dirty: Option<bool>,
    filters: &'a Filter,
    query: Option<&'a str>,
    count: usize,
    practices: Vec<Item<'a>>,
    skipped_attachments: &'a [Skipped],
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'static str,
    version: &'a str,
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    title: &'a str,
    path: &'a str,
    sha256: String,
}

/// Lower-case hex SHA-256 of `bytes`.
pub(super) fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Format for Manifest {
    fn name(&self) -> &'static str {
        "manifest.json"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        let doc = Document {
            tool: Tool {
                name: "practice",
                version: &cx.provenance.tool_version,
            },
            schema_version: cx.schema.rules.version,
            git_commit: cx.provenance.git_commit.as_deref(),
            git_dirty: cx.provenance.git_dirty,
            filters: &cx.request.filters,
            query: cx.request.query.as_deref(),
            count: cx.entries.len(),
            practices: cx
                .entries
                .iter()
                .zip(cx.sources)
                .map(|(e, bytes)| Item {
                    id: &e.practice.id,
                    title: &e.practice.title,
                    path: &e.path,
                    sha256: sha256(bytes),
                })
                .collect(),
            skipped_attachments: cx.skipped,
        };
        let mut out = serde_json::to_vec_pretty(&doc).expect("manifest serializes");
        out.push(b'\n');
        out
    }
}
