//! Small text helpers shared by the checks: line/column lookup, accent folding and
//! "did you mean" suggestions.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Maps byte offsets of a text to 1-based lines and character columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based character column of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }
}

/// Lower-cases and strips diacritics: `Geëngageerde Sint-Niklaas` → `geengageerde sint-niklaas`.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Folds and keeps only letters and digits, so `Sint Niklaas`, `sint-niklaas` and
/// `Sint-Niklaas` compare equal.
pub fn fold_key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The candidate closest to `input` if it is close enough to be a plausible typo.
pub fn suggest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let needle = fold(input);
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let hay = fold(candidate);
        let mut score = strsim::jaro_winkler(&needle, &hay);
        // A prefix or contained word is a strong hint (`taal` → `taalbeleid` is weaker than a typo).
        if hay.starts_with(&needle) || needle.starts_with(&hay) {
            score = score.max(0.85);
        }
        let distance = strsim::damerau_levenshtein(&needle, &hay);
        if distance <= 2 && needle.chars().count() > 3 {
            // One or two typed letters off beats a longer shared prefix.
            score = score.max(0.95 - 0.05 * distance as f64);
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.filter(|(score, _)| *score >= 0.8).map(|(_, c)| c)
}

/// Counts words (runs of letters or digits) in `text`.
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// Escapes text for XML and HTML content and quoted attributes. Control characters that XML
/// 1.0 forbids even when escaped become U+FFFD, so hostile input cannot break a document.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escaping_covers_quotes_and_control_characters() {
        assert_eq!(
            escape_markup("<a href=\"x\">'&'\u{1}</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;\u{FFFD}&lt;/a&gt;"
        );
    }

    #[test]
    fn folds_dutch_accents() {
        assert_eq!(fold("Geëngageerde Café"), "geengageerde cafe");
        assert_eq!(fold_key("Sint-Niklaas"), fold_key("sint niklaas"));
    }

    #[test]
    fn suggests_close_words_only() {
        let vocab = ["themes", "target_groups", "title"];
        assert_eq!(suggest("themas", vocab), Some("themes"));
        assert_eq!(suggest("titel", vocab), Some("title"));
        assert_eq!(suggest("zzzzzz", vocab), None);
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nçé x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, text.find('x').unwrap()), (2, 4));
        assert_eq!(idx.line_col(text, 0), (1, 1));
    }
}
