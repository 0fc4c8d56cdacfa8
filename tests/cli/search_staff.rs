//! Relevance on queries written from the staff's side (`tests/search_data/staff.yaml`): written
//! before reading the practices, judged after reading all of them. Measures success@3 (a
//! right practice among the first three), mean reciprocal rank, zero-hit queries and unrelated
//! practices in the top three, for the search and for a plain word-count grep over the same
//! files, and fails when the search falls below the level it reached.
//!
//! `cargo test --release --test search_staff -- --nocapture` prints the table and every query
//! the search misses (docs/search.md).

use crate::search_common;

use std::collections::BTreeMap;

use search_common::{found, repo, shipped_index};
use serde::Deserialize;

/// Levels reached (0.95 and 0.91; the goals were 0.85 and "clearly above grep"); a change that
/// lowers one fails here.
const MIN_SUCCESS_AT_3: f64 = 0.94;
const MIN_MRR: f64 = 0.90;
/// Queries (with a right answer) that may show an unrelated practice in the first three, as a
/// share of them: 7 of 93 reached (0.075), the goal was 0.10.
const MAX_UNRELATED_IN_TOP_3: f64 = 0.08;

#[derive(Debug, Deserialize)]
struct Judged {
    class: String,
    query: String,
    grade2: Vec<String>,
    #[serde(default)]
    grade1: Vec<String>,
}

fn judged() -> Vec<Judged> {
    let text = std::fs::read_to_string(repo().join("tests/search_data/staff.yaml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    queries: usize,
    success_at_3: usize,
    reciprocal_rank: f64,
    zero_hit: usize,
    unrelated_in_top_3: usize,
}

impl Score {
    fn add(&mut self, case: &Judged, ranked: &[String]) {
        self.queries += 1;
        if ranked.is_empty() {
            self.zero_hit += 1;
        }
        let first_right = ranked.iter().position(|id| case.grade2.contains(id));
        if first_right.is_some_and(|p| p < 3) {
            self.success_at_3 += 1;
        }
        self.reciprocal_rank += first_right.map_or(0.0, |p| 1.0 / (p as f64 + 1.0));
        if ranked
            .iter()
            .take(3)
            .any(|id| !case.grade2.contains(id) && !case.grade1.contains(id))
        {
            self.unrelated_in_top_3 += 1;
        }
    }

    fn success(&self) -> f64 {
        self.success_at_3 as f64 / self.queries as f64
    }

    fn mrr(&self) -> f64 {
        self.reciprocal_rank / self.queries as f64
    }

    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {:.2} | {:.2} | {} | {} |",
            self.queries,
            self.success(),
            self.mrr(),
            self.zero_hit,
            self.unrelated_in_top_3
        )
    }
}

/// The baseline: every practice file ranked by how often the query's words occur in it
/// (case-insensitive substrings, as `grep -ci` would count them), files without any left out.
fn grep_ranking(query: &str, files: &[(String, String)]) -> Vec<String> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() > 2)
        .collect();
    let mut scored: Vec<(usize, &String)> = files
        .iter()
        .map(|(id, text)| {
            (
                words.iter().map(|w| text.matches(w.as_str()).count()).sum(),
                id,
            )
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().map(|(_, id)| id.clone()).collect()
}

fn files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo().join("practices")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((id, std::fs::read_to_string(&path).unwrap().to_lowercase()));
        }
    }
    out
}

#[test]
fn staff_queries_find_the_right_practice() {
    let index = shipped_index();
    let files = files();
    let cases = judged();
    assert!(cases.len() >= 80, "the set has {} queries", cases.len());

    let mut engine = Score::default();
    let mut grep = Score::default();
    let mut per_class: BTreeMap<&str, (Score, Score)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut zero_with_answer = 0;
    let mut unrelated = Vec::new();
    for case in cases.iter().filter(|c| !c.grade2.is_empty()) {
        let ranked = found(&index, &case.query);
        let baseline = grep_ranking(&case.query, &files);
        engine.add(case, &ranked);
        grep.add(case, &baseline);
        let class = per_class.entry(case.class.as_str()).or_default();
        class.0.add(case, &ranked);
        class.1.add(case, &baseline);
        if ranked.is_empty() {
            zero_with_answer += 1;
        }
        if let Some(id) = ranked
            .iter()
            .take(3)
            .find(|id| !case.grade2.contains(id) && !case.grade1.contains(id))
        {
            unrelated.push(format!("{:?} ({}): {id}", case.query, case.class));
        }
        if !ranked.iter().take(3).any(|id| case.grade2.contains(id)) {
            misses.push(format!(
                "{:?} ({}): top 3 {:?}",
                case.query,
                case.class,
                &ranked[..ranked.len().min(3)]
            ));
        }
    }
    let mut unanswerable_hits = Vec::new();
    for case in cases.iter().filter(|c| c.grade2.is_empty()) {
        let ranked = found(&index, &case.query);
        if !ranked.is_empty() {
            unanswerable_hits.push(format!("{:?}: {:?}", case.query, ranked));
        }
    }

    println!(
        "| queries with a right answer | n | success@3 | MRR | zero hits | unrelated in top 3 |"
    );
    println!("|---|---|---|---|---|---|");
    println!("{}", engine.row("practice search"));
    println!("{}", grep.row("grep word count"));
    for (class, (e, g)) in &per_class {
        println!("{}", e.row(&format!("{class}: search")));
        println!("{}", g.row(&format!("{class}: grep")));
    }
    println!("\nmissed in the top 3:\n{}", misses.join("\n"));
    println!("\nunrelated in the top 3:\n{}", unrelated.join("\n"));
    println!(
        "\nqueries without a right answer that found something:\n{}",
        unanswerable_hits.join("\n")
    );

    assert!(
        engine.success() >= MIN_SUCCESS_AT_3,
        "success@3 {:.2} < {MIN_SUCCESS_AT_3}; missed:\n{}",
        engine.success(),
        misses.join("\n")
    );
    assert!(
        engine.mrr() >= MIN_MRR,
        "MRR {:.2} < {MIN_MRR}",
        engine.mrr()
    );
    assert!(
        engine.mrr() > grep.mrr(),
        "MRR {:.2} not above grep's {:.2}",
        engine.mrr(),
        grep.mrr()
    );
    assert_eq!(
        zero_with_answer, 0,
        "queries with a right answer that found nothing"
    );
    assert!(
        engine.unrelated_in_top_3 as f64 <= MAX_UNRELATED_IN_TOP_3 * engine.queries as f64,
        "{} queries show an unrelated practice in the top 3",
        engine.unrelated_in_top_3
    );
}
