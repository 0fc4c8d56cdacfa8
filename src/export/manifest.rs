//! `manifest.json`: how the bundle was made (tool and schema version, git commit, filters and
//! query) and what is in it, with the SHA-256 of each practice's source file so a receiver can
//! check that a file is the one that was exported.
//!
//! It is also how a bundle is recognised as ours: `tool.name` is `practice`, `bundle_format`
//! says which layout this is, and `files` lists every other file of the bundle. `--force`
//! replaces only what [`owned`] accepts, so that nothing else is ever deleted.

use std::collections::HashSet;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Context, Format, Skipped};
use crate::filter::Filter;

/// The `manifest.json` part.
pub(super) struct Manifest;

/// Its name inside the bundle.
pub(super) const NAME: &str = "manifest.json";

/// `tool.name` of every bundle this tool writes.
const TOOL: &str = "practice";

/// The layout of a bundle: which files there are and what the manifest lists. Raised when a
/// change means an older tool would misread a newer bundle.
const BUNDLE_FORMAT: u64 = 1;

#[derive(Serialize)]
struct Document<'a> {
    tool: Tool<'a>,
    bundle_format: u64,
    schema_version: u32,
    git_commit: Option<&'a str>,
    git_date: Option<&'a str>,
    git_dirty: Option<bool>,
    filters: &'a Filter,
    query: Option<&'a str>,
    /// What `--changed-since` compared with, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    changed_since: Option<&'a super::News>,
    count: usize,
    practices: Vec<Item<'a>>,
    skipped_practices: &'a [Skipped],
    skipped_attachments: &'a [Skipped],
    /// Every other file of the bundle, sorted: what `--force` may replace.
    files: &'a [String],
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
                name: TOOL,
                version: &cx.provenance.tool_version,
            },
            bundle_format: BUNDLE_FORMAT,
            schema_version: cx.schema.rules.version,
            git_commit: cx.provenance.git_commit.as_deref(),
            git_date: cx.provenance.git_date.as_deref(),
            git_dirty: cx.provenance.git_dirty,
            filters: &cx.request.filters,
            query: cx.request.query.as_deref(),
            changed_since: cx.request.news.as_ref(),
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
            skipped_practices: cx.skipped_practices,
            skipped_attachments: cx.skipped,
            files: cx.files,
        };
        let mut out = serde_json::to_vec_pretty(&doc).expect("manifest serializes");
        out.push(b'\n');
        out
    }
}

/// What the manifest of an existing bundle says it holds.
#[derive(Debug)]
pub(super) struct Owned {
    /// The files the bundle was written with, besides the manifest.
    pub(super) files: HashSet<String>,
}

impl Owned {
    /// Whether `name` (a file, `/`-separated) is one the bundle wrote.
    pub(super) fn wrote(&self, name: &str) -> bool {
        name == NAME || self.files.contains(name)
    }
}

/// Reads `bytes` as the manifest of a bundle this tool wrote, or says why it is not one.
pub(super) fn owned(bytes: &[u8]) -> Result<Owned, String> {
    let foreign = |why: String| crate::tr!("export-manifest-foreign", name = NAME, why = why);
    let doc: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|_| foreign(crate::tr!("export-manifest-not-json")))?;
    if doc.pointer("/tool/name").and_then(|v| v.as_str()) != Some(TOOL) {
        return Err(foreign(crate::tr!("export-manifest-other-tool")));
    }
    let format = doc
        .get("bundle_format")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| foreign(crate::tr!("export-manifest-no-format")))?;
    if format > BUNDLE_FORMAT {
        return Err(crate::tr!(
            "export-manifest-newer",
            name = NAME,
            format = format,
            known = BUNDLE_FORMAT
        ));
    }
    let files = doc
        .get("files")
        .and_then(serde_json::Value::as_array)
        .and_then(|files| {
            files
                .iter()
                .map(|f| f.as_str().map(str::to_owned))
                .collect::<Option<HashSet<String>>>()
        })
        .ok_or_else(|| foreign(crate::tr!("export-manifest-no-files")))?;
    Ok(Owned { files })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_manifest_of_this_tool_with_a_known_format_is_owned() {
        let ours = br#"{"tool": {"name": "practice"}, "bundle_format": 1, "files": ["a.json"]}"#;
        let owned = owned(ours).unwrap();
        assert!(owned.wrote("a.json") && owned.wrote("manifest.json") && !owned.wrote("b"));
        for (text, why) in [
            ("PK\u{3}\u{4}", "geen JSON"),
            (r#"{"name": "webapp", "version": "1.0"}"#, "tool.name"),
            (r#"{"tool": {"name": "practice"}}"#, "bundle_format"),
            (
                r#"{"tool": {"name": "practice"}, "bundle_format": "1"}"#,
                "bundle_format",
            ),
            (
                r#"{"tool": {"name": "practice"}, "bundle_format": 1}"#,
                "files",
            ),
            (
                r#"{"tool": {"name": "practice"}, "bundle_format": 9, "files": []}"#,
                "nieuwer",
            ),
        ] {
            let err = super::owned(text.as_bytes()).unwrap_err();
            assert!(err.contains(why), "{err}");
        }
    }
}
