//! Helpers of the search tests: a temporary copy of the shipped collection, a runner of the
//! `practice` binary, and the relevance set of `tests/search_data/relevance.yaml` evaluated on an
//! index of a temporary copy.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use practice::filter::Filter;
use practice::index::{
    IndexError, NoProgress, Options, SearchIndex, SearchRequest, Stemming, Synonyms,
};
use practice::schema::Schema;
use serde::Deserialize;
use tempfile::TempDir;

use crate::fs_support;
pub use fs_support::copy_dir;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary copy of the repository's `schema/` and `practices/`.
pub struct Shipped {
    pub dir: TempDir,
}

impl Shipped {
    pub fn new() -> Shipped {
        let dir = tempfile::Builder::new()
            .prefix("practice-search-")
            .tempdir()
            .unwrap();
        copy_dir(&repo().join("schema"), &dir.path().join("schema"));
        copy_dir(&repo().join("practices"), &dir.path().join("practices"));
        Shipped { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn index_dir(&self) -> PathBuf {
        self.root().join(".practice/index")
    }

    /// Runs `practice` with `--root` this collection and colours off.
    pub fn run(&self, args: &[&str]) -> Output {
        assert_cmd::Command::cargo_bin("practice")
            .unwrap()
            .arg("--root")
            .arg(self.root())
            .arg("--color")
            .arg("never")
            .args(args)
            .env_remove("PRACTICE_ROOT")
            .env_remove("PRACTICE_LANG")
            .output()
            .unwrap()
    }

    /// Runs `practice search --format json ...` and returns the exit code and parsed output.
    /// The format comes first, so that `args` may end in `-- -word`.
    pub fn search_json(&self, args: &[&str]) -> (i32, serde_json::Value) {
        let mut all = vec!["search", "--format", "json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        let code = out.status.code().unwrap();
        let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{e}: stdout {} stderr {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (code, json)
    }

    /// Ids of the hits of a JSON search, best first.
    pub fn ids(&self, args: &[&str]) -> Vec<String> {
        let (_, json) = self.search_json(args);
        json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// One query of the relevance set.
#[derive(Debug, Deserialize)]
pub struct Case {
    pub rule: String,
    pub query: String,
    pub relevant: Vec<String>,
    #[serde(default = "yes")]
    pub complete: bool,
}

fn yes() -> bool {
    true
}

/// The relevance set.
pub fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(repo().join("tests/search_data/relevance.yaml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// Every status, so the default filter hides nothing.
pub fn all_statuses() -> Filter {
    Filter {
        statuses: ["draft", "review", "published", "archived"]
            .map(String::from)
            .to_vec(),
        ..Filter::default()
    }
}

/// The shipped schema.
pub fn shipped_schema() -> Schema {
    Schema::load(&repo().join("schema")).unwrap()
}

/// The index of a temporary copy of the shipped collection, built as a search builds it, with
/// `stemming` (the default for every test) and, when given, `synonyms` as the text of
/// `schema/synonyms.yaml`. It dereferences to the index; the copy lives as long as it.
pub struct ShippedIndex {
    pub index: SearchIndex,
    _copy: Shipped,
}

impl std::ops::Deref for ShippedIndex {
    type Target = SearchIndex;
    fn deref(&self) -> &SearchIndex {
        &self.index
    }
}

/// [`ShippedIndex`] with the default analysis and the shipped synonyms.
pub fn shipped_index() -> ShippedIndex {
    shipped_index_with(Stemming::DEFAULT, None)
}

/// [`ShippedIndex`] with `stemming` and, when given, other synonyms.
pub fn shipped_index_with(stemming: Stemming, synonyms: Option<&str>) -> ShippedIndex {
    let copy = Shipped::new();
    if let Some(text) = synonyms {
        std::fs::write(copy.root().join("schema/synonyms.yaml"), text).unwrap();
    }
    let options = Options {
        stemming,
        in_memory_fallback: false,
        ..Options::default()
    };
    let prepare = || Ok::<_, IndexError>((shipped_schema(), ()));
    let answer =
        practice::index::answer(
            copy.root(),
            &options,
            &NoProgress,
            prepare,
            |_, _, _| Ok(()),
        )
        .unwrap();
    ShippedIndex {
        index: answer.index,
        _copy: copy,
    }
}

/// The shipped synonyms.
pub fn shipped_synonyms() -> Synonyms {
    Synonyms::load(&repo().join("schema")).unwrap()
}

/// Ids found for a query, best first.
pub fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    let filter = all_statuses();
    let results = index
        .search(&SearchRequest {
            query,
            filter: &filter,
            limit: 1000,
            facets: false,
        })
        .unwrap();
    results.hits.into_iter().map(|h| h.id).collect()
}

/// Recall and precision of one case: every listed practice found, and found before any other.
#[derive(Debug, Clone)]
pub struct Score {
    pub found_relevant: usize,
    pub relevant: usize,
    pub found: usize,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
}

pub fn score(index: &SearchIndex, case: &Case) -> Score {
    let found = found(index, &case.query);
    let found_set: BTreeSet<&String> = found.iter().collect();
    let relevant: BTreeSet<&String> = case.relevant.iter().collect();
    Score {
        found_relevant: relevant.intersection(&found_set).count(),
        relevant: relevant.len(),
        found: found.len(),
        missing: relevant
            .difference(&found_set)
            .map(|s| (*s).clone())
            .collect(),
        // Compounds found through their parts and synonyms may add practices that are less
        // relevant; they must rank after every listed one.
        extra: if case.complete {
            found
                .iter()
                .take(relevant.len())
                .filter(|id| !relevant.contains(id))
                .cloned()
                .collect()
        } else {
            Vec::new()
        },
    }
}
