//! Renders search and similar results: a ranked list with snippets for people, or one JSON
//! object `{"total", "hits": [{"id", "title", "path", "score", "status", "municipalities",
//! "snippet"}]}` (plus `"facets"` when asked for, `"partial": {"matched", "words"}` when no
//! practice has every word, and `"corrections": [{"typed", "searched"}]` for typos) for tools.

use std::io::Write;

use practice::index::{Correction, Facets, Hit, Partial, SearchResults, Snippet, TermHint};
use practice::schema::Schema;
use serde::Serialize;

use crate::cmd::Context;
use crate::output::safe;

/// Output formats of `search` and `similar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Ranked hits with municipalities, status, a clickable path and a snippet.
    Human,
    /// One JSON object: total and hits.
    Json,
}

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const MARK: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

fn paint(cx: &Context, style: &str, text: &str) -> String {
    if cx.color {
        format!("{style}{text}{RESET}")
    } else {
        text.to_owned()
    }
}

/// The path as a terminal can open it: relative to the current folder when inside it, else
/// absolute; a hyperlink too when colours are on.
fn openable(cx: &Context, rel: &str) -> String {
    let absolute = cx.root.join(rel);
    let cwd = std::env::current_dir().ok();
    let shown = cwd
        .as_deref()
        .and_then(|c| absolute.strip_prefix(c).ok())
        .unwrap_or(&absolute);
    // A file name could hold the end of the hyperlink sequence and a new one: escaped.
    let shown = safe(&shown.display().to_string()).into_owned();
    if cx.color {
        format!(
            "\x1b]8;;file://{}\x1b\\{shown}\x1b]8;;\x1b\\",
            safe(&absolute.display().to_string())
        )
    } else {
        shown
    }
}

fn snippet(cx: &Context, s: &Snippet) -> String {
    if !cx.color {
        return safe(&s.text).into_owned();
    }
    let mut out = String::new();
    let mut at = 0;
    for r in &s.highlights {
        let (Some(before), Some(marked)) = (s.text.get(at..r.start), s.text.get(r.clone())) else {
            continue;
        };
        out.push_str(&safe(before));
        out.push_str(&paint(cx, MARK, &safe(marked)));
        at = r.end;
    }
    out.push_str(&safe(s.text.get(at..).unwrap_or_default()));
    out
}

fn hit(
    cx: &Context,
    schema: &Schema,
    rank: usize,
    h: &Hit,
    out: &mut impl Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{:>3}. {}  {}",
        rank,
        paint(cx, BOLD, &safe(&h.title)),
        paint(cx, DIM, &safe(&h.id))
    )?;
    let places = if h.municipalities.is_empty() {
        "-".to_owned()
    } else {
        safe(&h.municipalities.join(", ")).into_owned()
    };
    writeln!(
        out,
        "     {places} · {} · {}",
        safe(schema.status_label(&h.status)),
        openable(cx, &h.path)
    )?;
    if !h.snippet.text.is_empty() {
        writeln!(out, "     {}", snippet(cx, &h.snippet))?;
    }
    Ok(())
}

/// One line of facets: its label, the counts, and how a value is named.
type FacetRow<'a> = (String, &'a [(String, u64)], &'a dyn Fn(&str) -> String);

fn facets(cx: &Context, schema: &Schema, f: &Facets, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        paint(cx, BOLD, &practice::tr!("cmd-search-facets"))
    )?;
    // Themes and statuses by the labels editors know ("Ontmoeting en participatie",
    // "Gepubliceerd"), as the hits above and `stats` name them.
    let theme = |id: &str| practice::present::term(schema, "themes", id);
    let status = |id: &str| schema.status_label(id).to_owned();
    let province = |id: &str| id.to_owned();
    let rows: [FacetRow<'_>; 3] = [
        (practice::tr!("cmd-search-facet-theme"), &f.theme, &theme),
        (
            practice::tr!("cmd-search-facet-province"),
            &f.province,
            &province,
        ),
        (practice::tr!("cmd-search-facet-status"), &f.status, &status),
    ];
    let width = rows
        .iter()
        .map(|(label, _, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    for (label, list, name) in &rows {
        let items: Vec<String> = list
            .iter()
            .map(|(v, n)| format!("{} {n}", safe(&name(v))))
            .collect();
        let items = if items.is_empty() {
            "-".to_owned()
        } else {
            items.join(" · ")
        };
        let pad = " ".repeat(width - label.chars().count());
        writeln!(out, "  {label}{pad} {items}")?;
    }
    Ok(())
}

/// Writes `results` to standard output in `format`.
pub(crate) fn write(
    cx: &Context,
    schema: &Schema,
    results: &SearchResults,
    format: Format,
) -> anyhow::Result<()> {
    let mut out = crate::cmd::stdout();
    match format {
        Format::Human => human(cx, schema, results, &mut out)?,
        Format::Json => json(results, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// Writes results for people, with a summary line unless `-q`.
pub(crate) fn human(
    cx: &Context,
    schema: &Schema,
    results: &SearchResults,
    out: &mut impl Write,
) -> std::io::Result<()> {
    for (i, h) in results.hits.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        hit(cx, schema, i + 1, h, out)?;
    }
    if let Some(f) = &results.facets {
        if !results.hits.is_empty() {
            writeln!(out)?;
        }
        facets(cx, schema, f, out)?;
    }
    if !cx.quiet && results.total > 0 {
        writeln!(out)?;
        let shown = results.hits.len();
        let line = if shown < results.total {
            practice::tr!("search-shown-more", shown = shown, total = results.total)
        } else {
            practice::tr!("search-shown", shown = shown, total = results.total)
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    title: &'a str,
    path: &'a str,
    score: f32,
    status: &'a str,
    municipalities: &'a [String],
    snippet: &'a str,
}

#[derive(Serialize)]
struct JsonResults<'a> {
    total: usize,
    hits: Vec<JsonHit<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facets: Option<serde_json::Value>,
    /// Present when no practice has every word: `{"matched", "words"}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    partial: Option<Partial>,
    /// Typed words that found nothing and the words searched instead.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    corrections: &'a [Correction],
}

fn counts(list: &[(String, u64)]) -> serde_json::Value {
    serde_json::Value::Object(
        list.iter()
            .map(|(k, n)| (k.clone(), serde_json::Value::from(*n)))
            .collect(),
    )
}

/// Writes results as one JSON object.
pub(crate) fn json(results: &SearchResults, out: &mut impl Write) -> anyhow::Result<()> {
    let json = JsonResults {
        total: results.total,
        hits: results
            .hits
            .iter()
            .map(|h| JsonHit {
                id: &h.id,
                title: &h.title,
                path: &h.path,
                score: h.score,
                status: &h.status,
                municipalities: &h.municipalities,
                snippet: &h.snippet.text,
            })
            .collect(),
        facets: results.facets.as_ref().map(|f| {
            serde_json::json!({
                "theme": counts(&f.theme),
                "province": counts(&f.province),
                "status": counts(&f.status),
            })
        }),
        partial: results.partial,
        corrections: &results.corrections,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)?;
    Ok(())
}

/// Says on stderr that a query without words to search for kept every practice.
pub(crate) fn wordless(cx: &Context, query: &str, err: &mut impl Write) -> std::io::Result<()> {
    if cx.quiet {
        return Ok(());
    }
    writeln!(
        err,
        "{}",
        practice::tr!("cmd-search-wordless", query = safe(query).into_owned())
    )
}

/// Says on stderr how a search was widened to find something: typed words that found nothing,
/// searched as the collection's closest words, and hits that have only part of the words.
pub(crate) fn widened(
    cx: &Context,
    results: &SearchResults,
    err: &mut impl Write,
) -> std::io::Result<()> {
    if cx.quiet {
        return Ok(());
    }
    let or = format!(" {} ", practice::tr!("cmd-search-or"));
    for c in &results.corrections {
        let searched: Vec<String> = c
            .searched
            .iter()
            .map(|w| format!("`{}`", safe(w)))
            .collect();
        let line = practice::tr!(
            "cmd-search-corrected",
            typed = safe(&c.typed).into_owned(),
            searched = searched.join(&or)
        );
        writeln!(err, "{line}")?;
    }
    if let Some(p) = results.partial {
        let line = practice::tr!("cmd-search-partial", matched = p.matched, words = p.words);
        writeln!(err, "{line}")?;
    }
    Ok(())
}

/// Explains on stderr why nothing was found and what might work instead.
pub(crate) fn no_hits(
    cx: &Context,
    query: &str,
    hints: &[TermHint],
    err: &mut impl Write,
) -> std::io::Result<()> {
    if cx.quiet {
        return Ok(());
    }
    writeln!(
        err,
        "{}",
        practice::tr!("search-none", query = safe(query).to_string())
    )?;
    let several = hints.len() > 1;
    for h in hints {
        let found = practice::tr!("search-word-hits", count = h.hits);
        let close = if h.suggestions.is_empty() {
            String::new()
        } else {
            practice::tr!(
                "search-did-you-mean",
                words = safe(&h.suggestions.join(", ")).to_string()
            )
        };
        if several || !close.is_empty() {
            writeln!(err, "  {}: {found}{close}", safe(&h.word))?;
        }
    }
    let fixable = hints.iter().any(|h| h.hits == 0)
        && hints
            .iter()
            .all(|h| h.hits > 0 || !h.suggestions.is_empty());
    if fixable {
        let better: Vec<&str> = hints
            .iter()
            .map(|h| {
                if h.hits == 0 {
                    h.suggestions[0].as_str()
                } else {
                    h.word.as_str()
                }
            })
            .collect();
        writeln!(
            err,
            "{}",
            practice::tr!("search-try", query = safe(&better.join(" ")).to_string())
        )?;
    } else if several && hints.iter().all(|h| h.hits > 0) {
        writeln!(err, "{}", practice::tr!("cmd-search-none-has-all"))?;
    }
    Ok(())
}
