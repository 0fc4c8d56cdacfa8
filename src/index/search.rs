//! Runs a search: hits ranked by score with a snippet of the body (matched words marked), the
//! total, facet counts per theme, province and status, and hints when nothing matched.

use std::ops::Range;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::IndexError;
use super::compile::{Compiler, Concept, combine};
use super::store::SearchIndex;
use super::{filter, query, suggest};
use crate::filter::Filter;

/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 180;

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchRequest<'a> {
    /// The query as typed.
    pub query: &'a str,
    /// Which practices qualify.
    pub filter: &'a Filter,
    /// Most hits returned (the total counts them all).
    pub limit: usize,
    /// Count hits per theme, province and status.
    pub facets: bool,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// Practices that match.
    pub total: usize,
    /// The best `limit` of them, best first.
    pub hits: Vec<Hit>,
    /// Counts per theme, province and status, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
    /// When nothing matched: per required word, how many practices it finds alone and which
    /// indexed words are close to it.
    #[serde(skip)]
    pub hints: Vec<TermHint>,
    /// The query had text but no word to search for (only stop words or symbols), so every
    /// practice that passes the filters matched.
    #[serde(skip)]
    pub wordless: bool,
    /// No practice has every word: these hits have as many as any practice has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<Partial>,
    /// Typed words that found nothing, searched as the collection's closest words instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// How much of a query the hits of a partial match cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Partial {
    /// Words (or phrases, or synonym groups) each hit has.
    pub matched: usize,
    /// Words of the query that could be matched.
    pub words: usize,
}

/// A typed word that found nothing and what was searched instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// The word as understood (folded).
    pub typed: String,
    /// The words of the collection searched in its place.
    pub searched: Vec<String>,
}

/// A matching practice.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its file, relative to the root.
    pub path: String,
    /// Relevance (higher is better).
    pub score: f32,
    /// Its curation status.
    pub status: String,
    /// Names of its municipalities (2025).
    pub municipalities: Vec<String>,
    /// A passage with the matched words.
    pub snippet: Snippet,
}

/// A passage of text with the matched words marked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The passage, on one line.
    pub text: String,
    /// Byte ranges of `text` to highlight.
    #[serde(skip)]
    pub highlights: Vec<Range<usize>>,
}

/// Hits per value, most frequent first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    /// Per theme id.
    pub theme: Vec<(String, u64)>,
    /// Per province name.
    pub province: Vec<(String, u64)>,
    /// Per status.
    pub status: Vec<(String, u64)>,
}

/// Why a required word may have found nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermHint {
    /// The word or phrase as understood.
    pub word: String,
    /// Practices it finds on its own (with the filters).
    pub hits: usize,
    /// Close words of the collection, most likely first.
    pub suggestions: Vec<String>,
}

impl SearchIndex {
    pub(crate) fn compiler<'a>(
        &'a self,
        searcher: &'a Searcher,
    ) -> Result<Compiler<'a>, IndexError> {
        Ok(Compiler {
            fields: &self.fields,
            analysis: &self.analysis,
            synonyms: &self.synonyms,
            spelling: self.spelling.get()?,
            searcher,
        })
    }

    /// Searches the index: practices with every word of the query; when there are none, with
    /// typed words that find nothing replaced by the closest words of the collection; when
    /// there are still none, the practices with the most of the words.
    pub fn search(&self, request: &SearchRequest<'_>) -> Result<SearchResults, IndexError> {
        let searcher = self.reader.searcher();
        let clauses = query::parse(request.query);
        let compiler = self.compiler(&searcher)?;
        let mut concepts = compiler.concepts(&clauses);
        let wordless = concepts.is_empty() && !request.query.trim().is_empty();
        // More hits than practices cannot be asked for: the engine would reserve room for them.
        let limit = request.limit.min(searcher.num_docs() as usize);
        let run = |query: &dyn Query| -> Result<(Vec<(f32, DocAddress)>, usize), IndexError> {
            Ok(if limit == 0 {
                (Vec::new(), searcher.search(query, &Count)?)
            } else {
                searcher.search(query, &(TopDocs::with_limit(limit).order_by_score(), Count))?
            })
        };
        let filter = || filter::query(request.filter, &self.fields);
        let mut query = combine(&concepts, filter(), None);
        let (mut top, mut total) = run(&*query)?;
        let mut corrections = Vec::new();
        let mut partial = None;
        if total == 0 {
            corrections = self.correct(&searcher, &compiler, &mut concepts)?;
            if !corrections.is_empty() {
                query = combine(&concepts, filter(), None);
                (top, total) = run(&*query)?;
            }
        }
        if total == 0 {
            corrections.extend(self.take_apart(&searcher, &compiler, &mut concepts)?);
        }
        // A word typed twice is said once.
        let mut said = std::collections::HashSet::new();
        corrections.retain(|c| said.insert(c.typed.clone()));
        let optional = concepts
            .iter()
            .filter(|c| !c.negated && !c.required)
            .count();
        let required = concepts.iter().filter(|c| !c.negated && c.required).count();
        if total == 0 && optional + required > 1 && optional > 0 {
            // Required words (`+word`, phrases) stay required, even with none of the others.
            let fewest = usize::from(required == 0);
            for at_least in (fewest..optional).rev() {
                query = combine(&concepts, filter(), Some(at_least));
                (top, total) = run(&*query)?;
                if total > 0 {
                    partial = Some(Partial {
                        matched: required + at_least,
                        words: required + optional,
                    });
                    break;
                }
            }
        }
        let hits = self.hits(&searcher, &*query, &top)?;
        let facets = if request.facets {
            Some(self.facets(&searcher, &*query)?)
        } else {
            None
        };
        let hints = if total == 0 {
            suggest::hints(self, &searcher, concepts, request.filter)?
        } else {
            Vec::new()
        };
        Ok(SearchResults {
            total,
            hits,
            facets,
            hints,
            wordless,
            partial,
            corrections,
        })
    }

    /// Replaces each typed compound that finds nothing whole by its parts, for partial matching
    /// to rank the practices holding some of them, and says so (`inburgeringscursus` searched
    /// as `inburgering cursus`).
    fn take_apart(
        &self,
        searcher: &Searcher,
        compiler: &Compiler<'_>,
        concepts: &mut Vec<Concept>,
    ) -> Result<Vec<Correction>, IndexError> {
        let mut out = Vec::new();
        let mut kept = Vec::with_capacity(concepts.len());
        for concept in concepts.drain(..) {
            let parts = match &concept.typed {
                Some(typed) if !concept.negated && !concept.required => {
                    if searcher.search(&*concept.query, &Count)? > 0 {
                        None
                    } else {
                        compiler.apart(typed).map(|parts| (typed.clone(), parts))
                    }
                }
                _ => None,
            };
            match parts {
                Some((typed, parts)) => {
                    let searched = parts.iter().map(|p| p.label.as_str()).collect::<Vec<_>>();
                    out.push(Correction {
                        typed,
                        searched: vec![searched.join(" ")],
                    });
                    kept.extend(parts);
                }
                None => kept.push(concept),
            }
        }
        *concepts = kept;
        Ok(out)
    }

    /// Replaces each typed word that finds nothing in the whole collection by the closest
    /// words it has, and says which.
    fn correct(
        &self,
        searcher: &Searcher,
        compiler: &Compiler<'_>,
        concepts: &mut [Concept],
    ) -> Result<Vec<Correction>, IndexError> {
        let mut out = Vec::new();
        for concept in concepts.iter_mut().filter(|c| !c.negated) {
            let Some(typed) = concept.typed.clone() else {
                continue;
            };
            if searcher.search(&*concept.query, &Count)? > 0 {
                continue;
            }
            let close = suggest::corrections(self, searcher, &typed)?;
            if let Some(query) = compiler.replaced(&close) {
                concept.query = query;
                out.push(Correction {
                    typed,
                    searched: close,
                });
            }
        }
        Ok(out)
    }

    pub(crate) fn hits(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        top: &[(f32, DocAddress)],
    ) -> Result<Vec<Hit>, IndexError> {
        let mut body = SnippetGenerator::create(searcher, query, self.fields.body)?;
        body.set_max_num_chars(SNIPPET_CHARS);
        let mut summary = SnippetGenerator::create(searcher, query, self.fields.summary)?;
        summary.set_max_num_chars(SNIPPET_CHARS);
        let mut hits = Vec::with_capacity(top.len());
        for &(score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let path = text(self.fields.path);
            let summary_text = text(self.fields.summary);
            let snippet = self.snippet(&path, &summary_text, &body, &summary);
            hits.push(Hit {
                id: text(self.fields.id),
                title: text(self.fields.title),
                score,
                status: text(self.fields.status),
                municipalities: doc
                    .get_all(self.fields.municipality)
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect(),
                snippet,
                path,
            });
        }
        Ok(hits)
    }

    /// The best passage of the body (read from the file, which the index does not store), else of
    /// the summary, else the start of the summary.
    fn snippet(
        &self,
        path: &str,
        summary_text: &str,
        body: &SnippetGenerator,
        summary: &SnippetGenerator,
    ) -> Snippet {
        let body_text = super::store::read_text(&self.root.join(path), self.max_file_bytes)
            .and_then(|text| {
                let text = text.trim_start_matches('\u{feff}');
                crate::practice::split::split(text)
                    .ok()
                    .map(|s| readable_text(s.body))
            })
            .unwrap_or_default();
        for (generator, text) in [(body, body_text.as_str()), (summary, summary_text)] {
            let s = generator.snippet(text);
            if !s.highlighted().is_empty() {
                let mut snippet = one_line(s.fragment(), s.highlighted());
                let range = s.fragment_range();
                if range.start > 0 {
                    snippet.text.insert_str(0, "… ");
                    let shift = "… ".len();
                    for r in &mut snippet.highlights {
                        *r = r.start + shift..r.end + shift;
                    }
                }
                if range.end < text.trim_end().len() {
                    snippet.text.push_str(" …");
                }
                return snippet;
            }
        }
        let mut end = summary_text.len().min(SNIPPET_CHARS);
        while !summary_text.is_char_boundary(end) {
            end -= 1;
        }
        one_line(&summary_text[..end], &[])
    }

    fn facets(&self, searcher: &Searcher, query: &dyn Query) -> Result<Facets, IndexError> {
        let mut collector = FacetCollector::for_field("facet");
        for root in ["/theme", "/province", "/status"] {
            collector.add_facet(root);
        }
        let counts = searcher.search(query, &collector)?;
        let list = |root: &str| {
            let mut v: Vec<(String, u64)> = counts
                .get(root)
                .map(|(facet, n)| {
                    let name = facet.to_path().last().copied().unwrap_or_default();
                    (name.to_owned(), n)
                })
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        };
        Ok(Facets {
            theme: list("/theme"),
            province: list("/province"),
            status: list("/status"),
        })
    }
}

/// The body as plain text without its headings, which would read as stray words in a snippet.
fn readable_text(body: &str) -> String {
    let headings: Vec<String> = crate::markdown::outline(body)
        .headings
        .into_iter()
        .map(|h| h.text)
        .collect();
    crate::markdown::plain_text(body)
        .lines()
        .filter(|line| !headings.iter().any(|h| h == line.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fragment on one line; whitespace runs become one space and highlights move along.
fn one_line(fragment: &str, highlights: &[Range<usize>]) -> Snippet {
    let mut text = String::with_capacity(fragment.len());
    let mut map = vec![0; fragment.len() + 1];
    let mut last_space = true;
    for (i, c) in fragment.char_indices() {
        map[i] = text.len();
        if c.is_whitespace() {
            if !last_space {
                text.push(' ');
            }
            last_space = true;
        } else {
            text.push(c);
            last_space = false;
        }
    }
    map[fragment.len()] = text.len();
    // Bytes inside a character map to the character's start; ranges only use boundaries.
    let highlights = highlights
        .iter()
        .map(|r| map[r.start]..map[r.end])
        .filter(|r| !r.is_empty())
        .collect();
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    Snippet { text, highlights }
}
