//! Splits text into words and normalises them the Dutch way, without any search engine: the
//! analyzer ([`super::analyzer`]) and the query reader ([`super::query`]) share these rules, so a
//! word is always read the same in a practice and in a query.

use smallvec::{SmallVec, smallvec};
use unicode_normalization::char::is_combining_mark;

/// The parts of a word: nearly always one, held inline, so that a word costs one allocation
/// (its folded text) rather than two; the analyzer reads every word of every practice.
pub(crate) type Parts = SmallVec<[String; 1]>;

/// A word of the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Byte offset of the first character in the source.
    pub(crate) start: usize,
    /// Byte offset after the last character.
    pub(crate) end: usize,
    /// Folded parts: `Sint-Niklaas` gives `sint`, `niklaas`; `buddy's` gives `buddy`.
    pub(crate) parts: Parts,
    /// Written with a trailing hyphen that stands for a shared second half
    /// (`participatie-` in `participatie- en netwerktraject`).
    pub(crate) elided: bool,
}

impl Word {
    /// The parts written together (`sintniklaas`), for words of more than one part.
    pub(crate) fn joined(&self) -> Option<String> {
        (self.parts.len() > 1).then(|| self.parts.concat())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    // ASCII first: most text is, and the combining-mark table is a search.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The words of `text` with their byte ranges. Apostrophes and hyphens count as part of a word
/// only between two letters or digits; a hyphen right after a word and before a space or comma
/// marks an elided compound.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut elided = false;
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                end = i + c.len_utf8();
                chars.next();
                continue;
            }
            if is_apostrophe(c) || is_hyphen(c) {
                let next = text[i + c.len_utf8()..].chars().next();
                if next.is_some_and(is_word_char) {
                    end = i + c.len_utf8();
                    chars.next();
                    continue;
                }
                if is_hyphen(c) && next.is_none_or(|n| n.is_whitespace() || n == ',') {
                    elided = true;
                    chars.next();
                }
            }
            break;
        }
        let parts = normalise(&text[start..end]);
        if !parts.is_empty() {
            out.push(Word {
                start,
                end,
                parts,
                elided,
            });
        }
    }
    out
}

/// Folds a word and splits it into parts: diacritics and case dropped (after compatibility
/// decomposition, so NFC and NFD input and ligatures fold alike), `'s` of a plural or genitive
/// dropped (`buddy's`, `duo’s`), other apostrophes closed up (`zo'n`), hyphens split.
pub(crate) fn normalise(word: &str) -> Parts {
    let folded = fold(word);
    // Most words hold neither a hyphen nor an apostrophe: one part, as folded.
    if !folded.contains(|c| is_hyphen(c) || is_apostrophe(c)) {
        return if folded.is_empty() {
            Parts::new()
        } else {
            smallvec![folded]
        };
    }
    let mut parts = Parts::new();
    for piece in folded.split(is_hyphen) {
        let mut segments: Vec<&str> = piece.split(is_apostrophe).collect();
        if segments.len() > 1 && segments.last() == Some(&"s") {
            segments.pop();
        }
        let part: String = segments.concat();
        if !part.is_empty() {
            parts.push(part);
        }
    }
    parts
}

/// Lower case without diacritics: the tool's one folding, so that what is indexed and what is
/// typed meet.
pub(crate) fn fold(text: &str) -> String {
    crate::text::fold(text)
}

/// Heads a word may end in, for completing an elided compound: every ending of at least three
/// letters that leaves at least two in front (`netwerktraject` → `werktraject`, ..., `traject`,
/// ..., `ect`). Without a dictionary the right split is unknown; the wrong ones are words
/// nobody searches for.
pub(crate) fn heads(word: &str) -> Vec<&str> {
    let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let n = starts.len();
    if n < 5 {
        return Vec::new();
    }
    (2..=n - 3).map(|k| &word[starts[k]..]).collect()
}

/// Words that join the members of an elided compound (`taal- en cultuuraanbod`).
pub(crate) const JOINERS: &[&str] = &["en", "of", "tot", "noch", "als", "enof"];

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<Vec<String>> {
        words(text).into_iter().map(|w| w.parts.to_vec()).collect()
    }

    #[test]
    fn folds_nfc_and_nfd_alike() {
        let nfd = "Gee\u{308}ngageerde";
        assert_eq!(parts(nfd), parts("geëngageerde"));
        assert_eq!(parts("Taalcafé")[0], vec!["taalcafe"]);
    }

    #[test]
    fn drops_plural_apostrophe_s_of_both_apostrophes() {
        assert_eq!(parts("buddy's duo’s")[0], vec!["buddy"]);
        assert_eq!(parts("buddy's duo’s")[1], vec!["duo"]);
        assert_eq!(parts("zo'n")[0], vec!["zon"]);
    }

    #[test]
    fn splits_hyphens_and_marks_elision() {
        let w = words("Sint-Niklaas, participatie- en netwerktraject");
        assert_eq!(w[0].parts.as_slice(), ["sint", "niklaas"]);
        assert_eq!(w[0].joined().as_deref(), Some("sintniklaas"));
        assert!(w[1].elided);
        assert_eq!(w[1].parts.as_slice(), ["participatie"]);
        assert!(!w[3].elided);
    }

    #[test]
    fn heads_are_endings() {
        assert!(heads("netwerktraject").contains(&"traject"));
        assert!(heads("kort").is_empty());
    }
}
