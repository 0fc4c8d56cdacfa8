//! Small text helpers shared by the checks: line/column lookup, accent folding and
//! "did you mean" suggestions.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Maps byte offsets of a text to 1-based lines and character columns, and back.
///
/// Every lookup costs the same however long the line: a hostile file can hold 200,000 links
/// on one line of 1.8 MB, and counting the characters from the start of the line for each of
/// them would take minutes. Lines longer than [`CHECKPOINT`] bytes get checkpoints (the number
/// of characters before every [`CHECKPOINT`]-th byte), built once, on the first lookup that
/// needs them.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Characters before byte `k * CHECKPOINT` of the text, for every `k`.
    checkpoints: std::sync::OnceLock<Vec<usize>>,
}

/// Distance in bytes between two checkpoints of a [`LineIndex`].
pub const CHECKPOINT: usize = 256;

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            starts,
            checkpoints: std::sync::OnceLock::new(),
        }
    }

    /// Number of lines (a text without a line end has one).
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the index has no line (never: an empty text has one empty line).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// 1-based line and 1-based character column of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.chars_between(text, start, offset) + 1)
    }

    /// The text of 1-based `line`, without its line end (`\n` or `\r\n`).
    pub fn line<'t>(&self, text: &'t str, line: usize) -> Option<&'t str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(text.len(), |&next| next - 1);
        let end = end.max(start);
        let shown = text.get(start..end)?;
        Some(shown.strip_suffix('\r').unwrap_or(shown))
    }

    /// Byte offset in `text` of 1-based `line` and character `column` (clamped to the line).
    pub fn offset(&self, text: &str, line: usize, column: usize) -> Option<usize> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(text.len(), |&next| next - 1);
        let wanted = column.saturating_sub(1);
        if end - start <= CHECKPOINT {
            let part = text.get(start..end)?;
            return Some(
                part.char_indices()
                    .nth(wanted)
                    .map_or(end, |(i, _)| start + i),
            );
        }
        // Chars before the wanted one, counted from the start of the text.
        let target = self.chars_before(text, start) + wanted;
        let checkpoints = self.checkpoints(text);
        let k = checkpoints
            .partition_point(|&c| c <= target)
            .saturating_sub(1);
        let mut at = (k * CHECKPOINT).max(start);
        if at >= end {
            return Some(end);
        }
        let mut count = self.chars_before(text, at);
        let bytes = text.as_bytes();
        while at < end {
            if starts_char(bytes[at]) {
                if count == target {
                    return Some(at);
                }
                count += 1;
            }
            at += 1;
        }
        Some(end)
    }

    /// Characters in `text[from..to]` (both char boundaries).
    fn chars_between(&self, text: &str, from: usize, to: usize) -> usize {
        if to - from <= CHECKPOINT {
            return count_chars(&text.as_bytes()[from..to]);
        }
        self.chars_before(text, to) - self.chars_before(text, from)
    }

    /// Characters in `text[..at]`.
    fn chars_before(&self, text: &str, at: usize) -> usize {
        let k = at / CHECKPOINT;
        self.checkpoints(text)[k] + count_chars(&text.as_bytes()[k * CHECKPOINT..at])
    }

    fn checkpoints(&self, text: &str) -> &[usize] {
        self.checkpoints.get_or_init(|| {
            let mut out = Vec::with_capacity(text.len() / CHECKPOINT + 1);
            let mut count = 0;
            out.push(0);
            for chunk in text.as_bytes().chunks(CHECKPOINT) {
                count += count_chars(chunk);
                out.push(count);
            }
            out
        })
    }
}

/// Characters in a slice of UTF-8 that starts at a character boundary.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| starts_char(b)).count()
}

/// Lower-cases and strips diacritics: `Geëngageerde Sint-Niklaas` → `geengageerde sint-niklaas`.
/// Compatibility forms are unfolded (`ﬁ` → `fi`), and the few Latin letters that do not
/// decompose are spelled out (`ß` → `ss`, `æ` → `ae`, `ø` → `o`, ...), so that a word typed on
/// any keyboard meets the same word in a practice. The one accent folding of the tool: the
/// search index, slugs, lookups and sorting all use it.
pub fn fold(text: &str) -> String {
    // Most words are plain ASCII: skip the decomposition, the indexer's hottest path.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `part` of `whole` as a percentage with one decimal, `decimal` separating it (`,` in Dutch
/// text: `12,3%`; `.` in English); `None` when `whole` is zero.
pub fn percent(part: usize, whole: usize, decimal: char) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let text = format!("{:.1}%", part as f64 * 100.0 / whole as f64);
    Some(if decimal == '.' {
        text
    } else {
        text.replace('.', &decimal.to_string())
    })
}

/// Bytes kept as they are in a path segment of a URI: RFC 3986's unreserved characters.
const URI_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A `/`-separated relative path as a relative URI reference: each segment percent-encoded
/// (space, `%`, `#`, `?`, `:`, non-ASCII as UTF-8 bytes), so that any file name gives a valid
/// link (`practices/a/plan 1.pdf` → `practices/a/plan%201.pdf`).
pub fn uri_path(path: &str) -> String {
    path.split('/')
        .map(|segment| percent_encoding::utf8_percent_encode(segment, URI_SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// Folds and keeps only letters and digits, so `Sint Niklaas`, `sint-niklaas` and
/// `Sint-Niklaas` compare equal.
pub fn fold_key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Longest input, in bytes, that [`suggest`] looks for a close candidate for.
const MAX_SUGGEST_INPUT: usize = 200;

/// The candidate closest to `input` if it is close enough to be a plausible typo.
pub fn suggest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    // A typo is short: a longer input is no id or name misspelt, and comparing it would cost
    // its length times each candidate's.
    if input.len() > MAX_SUGGEST_INPUT {
        return None;
    }
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

/// Whether a terminal or a CI log would act on `c` instead of showing it: C0 controls (ESC
/// starts colour, cursor, clear-screen, window-title and hyperlink sequences), DEL, the C1
/// controls U+0080–U+009F (U+009B is a one-byte CSI on some terminals), the Unicode line and
/// paragraph separators, and the bidirectional overrides and isolates U+202A–U+202E and
/// U+2066–U+2069, which reorder what is shown ("Trojan Source"). Tab and line feed are among
/// them: where layout is allowed, [`Shown::Lines`] keeps them.
pub fn is_control(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `text` may hold an [`is_control`] character other than tab and line feed, or a
/// carriage return that is not followed by a line feed; false means it surely does not. A
/// scan of bytes, much faster than decoding characters: the checks run it over every value
/// and body, and nearly all of them are clean.
pub fn may_hold_controls(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    // Printable ASCII, nearly all of a text, is skipped by the simplest loop there is.
    while let Some(found) = bytes[from..]
        .iter()
        .position(|&b| !(0x20..0x7f).contains(&b))
    {
        let i = from + found;
        let suspect = match bytes[i] {
            b'\t' | b'\n' => false,
            b'\r' => bytes.get(i + 1) != Some(&b'\n'),
            0..0x20 | 0x7f => true,
            // U+0080–U+009F
            0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
            // U+2028–U+202E and U+2066–U+2069
            0xe2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(n)) => (0xa8..=0xae).contains(n),
                (Some(0x81), Some(n)) => (0xa6..=0xa9).contains(n),
                _ => false,
            },
            _ => false,
        };
        if suspect {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Whether `c` is layout that a multi-line text may hold: tab and line feed.
pub fn is_layout(c: char) -> bool {
    matches!(c, '\t' | '\n')
}

/// How much layout a text to show may keep (see [`terminal_safe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// One line (a title, a path, a cell, a message): every control character is escaped,
    /// tabs and line ends too.
    Line,
    /// A text of several lines (a body): tabs and line feeds stay.
    Lines,
}

/// `text` made safe to print on a terminal or into a CI log: every [`is_control`] character
/// (except layout that `shown` keeps) is written as a visible escape, `\u{1b}`. Text from a
/// practice or a file name passes through here before any human or CI renderer prints it;
/// JSON, SARIF and XML have their own escaping.
pub fn terminal_safe(text: &str, shown: Shown) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| is_control(c) && !(shown == Shown::Lines && is_layout(c));
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&escape_char(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The visible form of a control character: `\u{1b}`.
pub fn escape_char(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// Whether XML 1.0 allows `c` at all (its `Char` production): tab, line ends, and everything
/// from U+0020 except U+FFFE and U+FFFF (Rust strings hold no surrogates).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{fffd}' | '\u{10000}'..)
}

/// Escapes text for XML and HTML content and quoted attributes. Characters that XML 1.0
/// forbids even when escaped (C0 controls, U+FFFE, U+FFFF) become U+FFFD, so hostile input
/// cannot break a document.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if !xml_char(c) => out.push('\u{FFFD}'),
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
        assert_eq!(
            escape_markup("a\u{fffe}b\u{ffff}\u{0}\t"),
            "a\u{FFFD}b\u{FFFD}\u{FFFD}\t"
        );
    }

    #[test]
    fn terminal_safe_escapes_controls_and_keeps_layout_only_in_lines() {
        let evil = "a\u{1b}[2J\u{1b}]8;;x\u{7}b\u{9b}c\u{202e}d\te\nf";
        let line = terminal_safe(evil, Shown::Line);
        assert_eq!(
            line,
            "a\\u{1b}[2J\\u{1b}]8;;x\\u{7}b\\u{9b}c\\u{202e}d\\u{9}e\\u{a}f"
        );
        let lines = terminal_safe(evil, Shown::Lines);
        assert!(lines.ends_with("d\te\nf"), "{lines}");
        assert!(!lines.chars().any(|c| is_control(c) && !is_layout(c)));
        assert!(matches!(
            terminal_safe("Caféklap", Shown::Line),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn the_byte_scan_finds_every_control_the_characters_do() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let text = format!("ab{c}cd");
            let expected = is_control(c) && !is_layout(c);
            assert_eq!(may_hold_controls(&text), expected, "U+{:04X}", u32::from(c));
        }
        assert!(!may_hold_controls("a\r\nb’ – “é”"));
        assert!(may_hold_controls("a\rb"));
    }

    #[test]
    fn folds_letters_that_do_not_decompose_and_compatibility_forms() {
        assert_eq!(fold("Straße Ærø ﬁets Łódź"), "strasse aero fiets lodz");
        assert_eq!(fold("ASCII Only"), "ascii only");
    }

    #[test]
    fn percentages_have_one_decimal_and_the_separator_asked_for() {
        assert_eq!(percent(1, 285, ',').as_deref(), Some("0,4%"));
        assert_eq!(percent(2, 3, '.').as_deref(), Some("66.7%"));
        assert_eq!(percent(1, 0, ','), None);
    }

    #[test]
    fn uri_paths_encode_each_segment() {
        assert_eq!(
            uri_path("practices/a/plan 1#2?.pdf"),
            "practices/a/plan%201%232%3F.pdf"
        );
        assert_eq!(uri_path("café/x~y_z-1.md"), "caf%C3%A9/x~y_z-1.md");
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
        assert_eq!(idx.line(text, 2), Some("çé x"));
        assert_eq!(idx.line(text, 3), Some(""));
        assert_eq!(idx.line(text, 4), None);
        assert_eq!(idx.offset(text, 2, 4), text.find('x'));
    }

    #[test]
    fn long_lines_map_both_ways_through_checkpoints() {
        let line: String = (0..5000)
            .map(|i| if i % 3 == 0 { 'é' } else { 'a' })
            .collect();
        let text = format!("first\r\n{line}X{line}\n");
        let idx = LineIndex::new(&text);
        let x = text.find('X').unwrap();
        let column = line.chars().count() + 1;
        assert_eq!(idx.line_col(&text, x), (2, column));
        assert_eq!(idx.offset(&text, 2, column), Some(x));
        assert_eq!(idx.line(&text, 1), Some("first"));
        for probe in [7, 8, 300, 4000, 9001, text.len() - 1] {
            let probe = (0..=probe)
                .rev()
                .find(|&p| text.is_char_boundary(p))
                .unwrap();
            let (l, c) = idx.line_col(&text, probe);
            assert_eq!(idx.offset(&text, l, c), Some(probe), "{probe}");
            let start = text[..probe].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(c, text[start..probe].chars().count() + 1, "{probe}");
        }
    }
}
