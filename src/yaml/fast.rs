//! A fast reader for the plain shape nearly all front matter has: block mappings and sequences,
//! one-line plain and quoted scalars, and one-line flow collections. It gives up (returns
//! `None`) on anything else (block scalars, anchors, tags, escapes, multi-line values, tabs,
//! odd indentation), and the caller then reads the text with the full YAML parser.
//!
//! Why it exists: the full parser spends most of `validate`'s time on front matter that never
//! needs its generality. Why it is safe: where it answers, it answers exactly what the full
//! parser would (the same tree, positions and duplicate-key problems); the tests below compare
//! both readers on hand-written edge cases, generated documents and real files.

use super::{MAX_DEPTH, MAX_NODES, Node, Parsed, Scalar, Value, duplicates};
use crate::diagnostic::Pos;

/// The fast reader met something outside its shape; the full parser takes over.
struct Bail;

type Fast<T> = Result<T, Bail>;

/// Characters that may not start a plain scalar (YAML's c-indicator set).
const INDICATORS: &[u8] = b"-?:,[]{}#&*!|>'\"%@`";

/// A line that holds more than blanks or a comment.
struct Line<'a> {
    /// 0-based line number within the front matter.
    no: usize,
    /// Leading spaces.
    indent: usize,
    /// The whole line, without its line break.
    text: &'a str,
    /// True when every byte is ASCII, so byte offsets are columns.
    ascii: bool,
}

/// Reads `text` (whose first line is file line `first_line`) if it has the plain shape.
pub(super) fn parse(text: &str, first_line: usize) -> Option<Parsed> {
    let mut lines = Vec::with_capacity(64);
    for (no, raw) in text.split('\n').enumerate() {
        // Windows line ends: the `\r` ends the line for YAML too, and stands after every
        // position on it.
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let ascii = raw.is_ascii();
        let clean = if ascii {
            raw.bytes().all(|b| (0x20..0x7f).contains(&b))
        } else {
            raw.chars().all(printable)
        };
        if !clean {
            return None;
        }
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        let rest = &raw[indent..];
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        // `...` at the start of a line ends the YAML document (`---` starts one, but `-`
        // already makes the line no key the fast reader accepts).
        if indent == 0 && rest.starts_with("...") {
            return None;
        }
        lines.push(Line {
            no,
            indent,
            text: raw,
            ascii,
        });
    }
    if lines.first()?.indent != 0 {
        return None;
    }
    let mut reader = Reader {
        lines,
        at: 0,
        first_line,
        nodes: 0,
        problems: Vec::new(),
        last_column: std::cell::Cell::new((usize::MAX, 0, 0)),
    };
    let root = reader.block_map(0, 0).ok()?;
    // A line that no level read is indented deeper than the level it follows: a multi-line
    // value, or an indentation error that the full parser explains.
    if reader.at != reader.lines.len() {
        return None;
    }
    let mut problems = reader.problems;
    problems.sort_by_key(|p| (p.pos.line, p.pos.column));
    Some(Parsed {
        root: Some(root),
        problems,
    })
}

/// The characters the fast reader accepts: YAML's printable set without the ones the full
/// parser treats specially (tab, carriage return, NEL, BOM, the Unicode line separators).
fn printable(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

struct Reader<'a> {
    lines: Vec<Line<'a>>,
    /// The next line to read.
    at: usize,
    first_line: usize,
    nodes: usize,
    problems: Vec<super::Problem>,
    /// The last position computed on a non-ASCII line: line, byte offset, column.
    last_column: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> Reader<'a> {
    fn line(&self) -> Option<&Line<'a>> {
        self.lines.get(self.at)
    }

    /// The position of `len` bytes at byte offset `off` of line `li`.
    fn pos(&self, li: usize, off: usize, len: usize) -> Pos {
        let line = &self.lines[li];
        let (column, length) = if line.ascii {
            (off, len)
        } else {
            // Counted on from the previous position on the same line when there is one: a
            // flow sequence can hold 100,000 items on one line.
            let (last_li, last_off, last_column) = self.last_column.get();
            let column = if last_li == li && last_off <= off {
                last_column + line.text[last_off..off].chars().count()
            } else {
                line.text[..off].chars().count()
            };
            self.last_column.set((li, off, column));
            (column, line.text[off..off + len].chars().count())
        };
        Pos::new(self.first_line + line.no, column + 1, length)
    }

    fn node(&mut self, value: Value, pos: Pos, depth: usize) -> Fast<Node> {
        self.nodes += 1;
        if self.nodes >= MAX_NODES {
            return Err(Bail);
        }
        deep(depth)?;
        Ok(Node { value, pos })
    }

    fn scalar(&mut self, text: &str, plain: bool, pos: Pos, depth: usize) -> Fast<Node> {
        let value = Value::Scalar(Scalar {
            text: text.to_owned(),
            plain,
        });
        self.node(value, pos, depth)
    }

    /// A block mapping whose keys stand at column `n`; the first key is on the current line at
    /// byte offset `n` (which is past the `- ` of a sequence item for a compact mapping).
    fn block_map(&mut self, n: usize, depth: usize) -> Fast<Node> {
        deep(depth)?;
        let start = self.at;
        let mut entries = Vec::new();
        while let Some(line) = self.line() {
            // A line indented deeper than the keys is left unread: no level above takes it,
            // and `parse` gives up on a line left unread.
            if self.at != start && line.indent != n {
                break;
            }
            let li = self.at;
            let text = line.text;
            let content = &text[n..];
            // A sequence where a key belongs (`- ` is no key) gives up here too.
            let colon = key_end(content).ok_or(Bail)?;
            let key_pos = self.pos(li, n, colon);
            let key = self.scalar(&content[..colon], true, key_pos, depth + 1)?;
            let after = &content[colon + 1..];
            let value = if after.is_empty() {
                self.at += 1;
                let colon_at = n + colon;
                match self.line() {
                    Some(next) if next.indent > n => {
                        let m = next.indent;
                        if is_dash(&next.text[m..]) {
                            self.block_seq(m, false, depth + 1)?
                        } else {
                            self.block_map(m, depth + 1)?
                        }
                    }
                    Some(next) if next.indent == n && is_dash(&next.text[n..]) => {
                        self.block_seq(n, true, depth + 1)?
                    }
                    _ => {
                        let pos = self.pos(li, colon_at, 0);
                        self.scalar("~", true, pos, depth + 1)?
                    }
                }
            } else {
                // `key_end` saw a blank after the colon. Only blanks after it (an empty value
                // with trailing spaces) leave `off` at the line end, where `inline` gives up.
                let spaces = after.len() - after.trim_start_matches(' ').len();
                let off = n + colon + 1 + spaces;
                let value = self.inline(li, off, depth + 1)?;
                self.at += 1;
                value
            };
            entries.push((key, value));
        }
        // Never empty: the first line was read above or the reader gave up.
        duplicates(&entries, &mut self.problems);
        let pos = self.pos(start, n, 0);
        self.node(Value::Map(entries), pos, depth)
    }

    /// A block sequence whose dashes stand at column `m`, starting on the current line.
    /// `compact` is true when it is the value of a key at the same indentation.
    fn block_seq(&mut self, m: usize, compact: bool, depth: usize) -> Fast<Node> {
        deep(depth)?;
        let start = self.at;
        let mut items = Vec::new();
        let mut first_item_off = m;
        while let Some(line) = self.line() {
            // As in `block_map`, a deeper line is left unread and makes `parse` give up.
            if line.indent != m {
                break;
            }
            let text = line.text;
            if !is_dash(&text[m..]) {
                break;
            }
            let li = self.at;
            let after = &text[m + 1..];
            // `-` alone (an empty item or one that starts on the next line) leaves `off` at
            // the line end, where `inline` gives up.
            let spaces = after.len() - after.trim_start_matches(' ').len();
            let off = m + 1 + spaces;
            if items.is_empty() {
                first_item_off = off;
            }
            let content = &text[off..];
            let item = if !content.starts_with(['[', '{', '"', '\'']) && key_end(content).is_some()
            {
                self.block_map(off, depth + 1)?
            } else {
                let item = self.inline(li, off, depth + 1)?;
                self.at += 1;
                item
            };
            items.push(item);
        }
        let pos = if compact {
            self.pos(start, first_item_off, 0)
        } else {
            self.pos(start, m, 0)
        };
        self.node(Value::Seq(items), pos, depth)
    }

    /// A value that starts at byte `off` of line `li` and ends on that line.
    fn inline(&mut self, li: usize, off: usize, depth: usize) -> Fast<Node> {
        let text = self.lines[li].text;
        // Nothing after `key:` or `-` but blanks: an empty value, left to the full parser.
        let first = *text.as_bytes().get(off).ok_or(Bail)?;
        let (node, end) = match first {
            b'[' | b'{' | b'"' | b'\'' => self.flow(li, off, depth)?,
            _ if INDICATORS.contains(&first) => return Err(Bail),
            _ => {
                let rest = &text[off..];
                let body = match rest.find(" #") {
                    Some(i) => &rest[..i],
                    None => rest,
                };
                let value = body.trim_end_matches(' ');
                if value.contains(": ") || value.ends_with(':') {
                    return Err(Bail);
                }
                let pos = self.pos(li, off, value.len());
                return self.scalar(value, true, pos, depth);
            }
        };
        // After a quoted scalar or a flow collection only blanks and a comment may follow.
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches(' ');
        let comment = trimmed.starts_with('#') && trimmed.len() < rest.len();
        if !(trimmed.is_empty() || comment) {
            return Err(Bail);
        }
        Ok(node)
    }

    /// A flow node at byte `off` of line `li`: returns it and the offset just past it.
    fn flow(&mut self, li: usize, off: usize, depth: usize) -> Fast<(Node, usize)> {
        deep(depth)?;
        let text = self.lines[li].text;
        let bytes = text.as_bytes();
        match bytes.get(off).copied().ok_or(Bail)? {
            b'"' => {
                let inner = &text[off + 1..];
                let close = inner.find(['"', '\\']).ok_or(Bail)?;
                if inner.as_bytes()[close] == b'\\' {
                    return Err(Bail);
                }
                let pos = self.pos(li, off, close + 2);
                let node = self.scalar(&inner[..close], false, pos, depth)?;
                Ok((node, off + close + 2))
            }
            b'\'' => {
                let mut value = String::new();
                let mut i = off + 1;
                loop {
                    let j = i + text[i..].find('\'').ok_or(Bail)?;
                    value.push_str(&text[i..j]);
                    if bytes.get(j + 1) == Some(&b'\'') {
                        value.push('\'');
                        i = j + 2;
                    } else {
                        i = j + 1;
                        break;
                    }
                }
                let pos = self.pos(li, off, i - off);
                let node = self.node(
                    Value::Scalar(Scalar {
                        text: value,
                        plain: false,
                    }),
                    pos,
                    depth,
                )?;
                Ok((node, i))
            }
            b'[' => {
                let pos = self.pos(li, off, 1);
                let mut items = Vec::new();
                let mut i = skip_spaces(bytes, off + 1);
                if bytes.get(i) == Some(&b']') {
                    return Ok((self.node(Value::Seq(items), pos, depth)?, i + 1));
                }
                loop {
                    let (item, end) = self.flow(li, i, depth + 1)?;
                    items.push(item);
                    match next_entry(bytes, end, b']')? {
                        Some(next) => i = next,
                        None => {
                            i = skip_spaces(bytes, end);
                            break;
                        }
                    }
                }
                Ok((self.node(Value::Seq(items), pos, depth)?, i + 1))
            }
            b'{' => {
                let pos = self.pos(li, off, 1);
                let mut entries = Vec::new();
                let mut i = skip_spaces(bytes, off + 1);
                if bytes.get(i) != Some(&b'}') {
                    loop {
                        if matches!(bytes.get(i), Some(b'"' | b'\'' | b'[' | b'{')) {
                            return Err(Bail);
                        }
                        let (key, end) = self.flow(li, i, depth + 1)?;
                        if bytes.get(end) != Some(&b':') || bytes.get(end + 1) != Some(&b' ') {
                            return Err(Bail);
                        }
                        // An empty value (`{k: }`, `{k: ,`) gives up in `flow`: `,` and `}`
                        // are indicators, and the line end is no value.
                        i = skip_spaces(bytes, end + 1);
                        let (value, end) = self.flow(li, i, depth + 1)?;
                        entries.push((key, value));
                        match next_entry(bytes, end, b'}')? {
                            Some(next) => i = next,
                            None => {
                                i = skip_spaces(bytes, end);
                                break;
                            }
                        }
                    }
                }
                duplicates(&entries, &mut self.problems);
                Ok((self.node(Value::Map(entries), pos, depth)?, i + 1))
            }
            first if INDICATORS.contains(&first) => Err(Bail),
            _ => {
                // A plain scalar inside a flow collection ends at a flow indicator, at `: `,
                // or at a `:` before a flow indicator.
                let mut end = off;
                loop {
                    match bytes.get(end) {
                        // At the line end, `next_entry` gives up: the collection is not closed.
                        None | Some(b',' | b']' | b'}') => break,
                        Some(b'[' | b'{') => return Err(Bail),
                        Some(b':') => match bytes.get(end + 1) {
                            None | Some(b' ' | b',' | b'[' | b']' | b'{' | b'}') => break,
                            _ => end += 1,
                        },
                        Some(b' ') if bytes.get(end + 1) == Some(&b'#') => return Err(Bail),
                        Some(_) => end += 1,
                    }
                }
                // Never empty: `off` holds no blank and no indicator.
                let value = text[off..end].trim_end_matches(' ');
                let pos = self.pos(li, off, value.len());
                let node = self.scalar(value, true, pos, depth)?;
                Ok((node, off + value.len()))
            }
        }
    }
}

/// Gives deep nesting to the full parser, which reports it; checked before descending so that
/// 100,000 `[` cannot exhaust the stack.
fn deep(depth: usize) -> Fast<()> {
    if depth >= MAX_DEPTH / 2 {
        Err(Bail)
    } else {
        Ok(())
    }
}

/// True when `content` starts a block sequence item (`-` followed by a blank or the line end).
fn is_dash(content: &str) -> bool {
    let b = content.as_bytes();
    b.first() == Some(&b'-') && matches!(b.get(1), None | Some(b' '))
}

/// The byte length of a plain block key at the start of `content`, when `content` is
/// `key: value` or `key:` with a key the fast reader accepts.
fn key_end(content: &str) -> Option<usize> {
    let bytes = content.as_bytes();
    if INDICATORS.contains(bytes.first()?) {
        return None;
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b':' if matches!(bytes.get(i + 1), None | Some(b' ')) => {
                let key = &content[..i];
                if key.ends_with(' ') || key.len() > 1024 {
                    return None;
                }
                return Some(i);
            }
            b' ' if bytes.get(i + 1) == Some(&b'#') => return None,
            _ => i += 1,
        }
    }
    None
}

/// After an entry of a flow collection that ends at `end`: the start of the next entry after a
/// `,`, or `None` at the closing bracket `close`. A trailing comma is left to the full parser.
fn next_entry(bytes: &[u8], end: usize, close: u8) -> Fast<Option<usize>> {
    let i = skip_spaces(bytes, end);
    match bytes.get(i) {
        Some(b',') => {
            let next = skip_spaces(bytes, i + 1);
            match bytes.get(next) {
                Some(&b) if b != close => Ok(Some(next)),
                _ => Err(Bail),
            }
        }
        Some(&b) if b == close => Ok(None),
        _ => Err(Bail),
    }
}

fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use proptest::prelude::*;

    use super::parse;
    use crate::practice::split::split;

    /// Compares the fast reader with the full parser; true when the fast reader answered.
    fn agrees(text: &str) -> bool {
        let full = super::super::full(text, 2);
        match parse(text, 2) {
            Some(fast) => {
                assert_eq!(fast.root, full.root, "tree differs for:\n{text}");
                assert_eq!(fast.problems, full.problems, "problems differ for:\n{text}");
                true
            }
            None => false,
        }
    }

    /// The front matter of every Markdown file under `dir` (relative to the package).
    fn fronts(dir: &str) -> Vec<(String, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        fronts_in(&root)
    }

    fn fronts_in(root: &Path) -> Vec<(String, String)> {
        walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .filter_map(|e| {
                let text = std::fs::read_to_string(e.path()).ok()?;
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
                let front = split(&text).ok()?.front.to_owned();
                Some((e.path().display().to_string(), front))
            })
            .collect()
    }

    #[test]
    fn reads_every_shipped_practice_exactly_like_the_full_parser() {
        let fronts = fronts("practices");
        assert!(fronts.len() >= 30);
        for (path, front) in fronts {
            assert!(agrees(&front), "{path}: the fast reader gave up");
        }
    }

    /// Compares both readers on the shipped real-world sample, or on every Markdown file under
    /// `PRACTICE_YAML_CORPUS` for corpora too large to ship:
    /// `PRACTICE_YAML_CORPUS=dir cargo test --release --lib agrees -- --nocapture`.
    #[test]
    #[allow(clippy::print_stderr)] // the count is what a run on another corpus is for
    fn agrees_with_the_full_parser_on_real_world_front_matter() {
        let fronts = match std::env::var_os("PRACTICE_YAML_CORPUS") {
            Some(dir) => fronts_in(Path::new(&dir)),
            None => fronts("tests/fixtures/realworld"),
        };
        assert!(fronts.len() > 20);
        let answered = fronts.iter().filter(|(_, f)| agrees(f)).count();
        // Most real files are simple enough; the rest must fall back, never differ.
        assert!(answered > 0);
        eprintln!(
            "{answered} of {} front matters read by the fast reader",
            fronts.len()
        );
    }

    #[test]
    fn answers_the_shapes_editors_write() {
        for text in [
            "id: a\ntitle: \"Taalcafé é\"\n",
            "a: 'it''s'\nb: [x, \"y\", {k: v, z: [1, 2]}]\n",
            "list:\n  - a\n  - b\nother:\n- x\n- y\n",
            "nested:\n  deep:\n    k: v  # note\n  after: 1\nlast: end\n",
            "seq:\n  - {title: t, url: https://x.be/a?b=c#d}\n  - url: a\n    title: b\n",
            "seq:\n- url: a\n  title: b\n- url: c\n",
            "empty:\nlast: 1\n",
            "a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n",
            "# comment\na: b # c\n\n  # indented comment\nc: d#e\n",
            "a: [ ]\nb: {}\nc: []\n",
            "key with spaces: v, w [x] {y}\n",
            "a:\n  - k:\n    - x\n  - k: \n",
            "a: x:y\nb: [http://x, a:b]\n",
            "a: ' lead and trail '\nb: \"\"\nc: ''\n",
            "é: ü\nα: [β, γ]\n",
            "a:\n    # comment\nc: 1\n",
            "a:\n  # comment\n  b: 1\n",
            "a: b\n  # indented comment after a value\nc: d\n",
            "a:\n\n  - x\n\n  - y\nb: 1\n",
            "a: [x, {k: [1, {m: n}]}]  # trailing\n",
            "list:\n- a\n-  b\n- c  \n",
            "a: x  \nb: 'y'  \n",
        ] {
            let _ = agrees(text);
        }
        // These must be answered by the fast reader, or it is not worth having.
        for text in [
            "id: a\ntitle: \"Taalcafé é\"\n",
            "list:\n  - a\n  - b\nother:\n- x\n- y\n",
            "seq:\n  - {title: t, url: https://x.be/a?b=c#d}\n  - url: a\n    title: b\n",
            "a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n",
            "id: a\r\nlist:\r\n  - 'b'\r\n  - [c, d]\r\nempty:\r\nz: \"q\" # c\r\n",
        ] {
            assert!(agrees(text), "gave up on:\n{text}");
        }
    }

    /// Asserts that the fast reader gives up on every text, so that the full parser reads it.
    /// Each test below names one guard of the fast reader: without the guard, the fast reader
    /// would answer one of its texts (and answer it differently from the full parser, or panic).
    fn gives_up(texts: &[&str]) {
        for text in texts {
            assert!(parse(text, 2).is_none(), "answered:\n{text}");
        }
    }

    #[test]
    fn guard_characters_the_full_parser_treats_specially() {
        gives_up(&[
            "a:\tb\n",
            "a: b\rc: d\n",
            "a: x\u{7f}\n",
            "a: x\u{1}\n",
            "a: é\u{85}\n",
            "a: é\u{9b}\n",
            "a: \u{feff}x\n",
            "a: x\u{2028}y\n",
            "a: x\u{2029}y\n",
            "a: x\u{fffe}\n",
        ]);
    }

    #[test]
    fn guard_a_document_end_marker() {
        gives_up(&["... x: 1\n", "a: 1\n... b: 2\n"]);
    }

    #[test]
    fn guard_an_indented_first_line() {
        gives_up(&["  a: 1\n", "  a: 1\n  b: 2\n"]);
    }

    #[test]
    fn guard_a_sequence_where_a_key_belongs() {
        gives_up(&["- a\n- b\n", "a: 1\n- b\n", "a:\n  b: 1\n  - c\n"]);
    }

    #[test]
    fn guard_a_deeper_line_after_a_value() {
        gives_up(&[
            "a: 1\n b: 2\n",
            "a: multi\n  line\n",
            "a:\n  b: 1\n    c: 2\n",
        ]);
    }

    #[test]
    fn guard_a_deeper_line_after_an_item() {
        gives_up(&["a:\n  - x\n   - y\n", "a:\n  - x\n    y\n"]);
    }

    #[test]
    fn guard_a_key_that_starts_with_an_indicator() {
        gives_up(&[
            "'a': b\n",
            "\"a\": b\n",
            "&x a: b\n",
            "!t a: b\n",
            "? a\n: b\n",
            "-a: b\n",
        ]);
    }

    #[test]
    fn guard_a_key_that_ends_in_a_blank() {
        gives_up(&["a : b\n", "x: 1\nab  :\n"]);
    }

    #[test]
    fn guard_a_key_longer_than_yaml_allows() {
        let long = format!("{}: v\n", "k".repeat(1025));
        gives_up(&[&long]);
        // The longest key YAML allows is still the fast reader's.
        let longest = format!("{}: v\n", "k".repeat(1024));
        assert!(agrees(&longest), "gave up on a key of 1,024 characters");
    }

    #[test]
    fn guard_a_comment_before_the_colon() {
        gives_up(&["a #c: b\n"]);
    }

    #[test]
    fn guard_the_node_budget() {
        let many = format!("a: [{}x]\n", "x, ".repeat(super::MAX_NODES));
        gives_up(&[&many]);
    }

    #[test]
    fn guard_the_nesting_depth() {
        gives_up(&[
            &format!("a: {}1{}\n", "[".repeat(40), "]".repeat(40)),
            &format!("a: {}\n", "[".repeat(100_000)),
            &(0..40)
                .map(|i| format!("{}k:\n", " ".repeat(i)))
                .collect::<String>(),
        ]);
    }

    #[test]
    fn guard_an_empty_value_with_trailing_blanks() {
        gives_up(&[
            "a:   \nb: 1\n",
            "a:\n  -   \n",
            "a:\n  -\n    x\n",
            "a:\n- \n",
        ]);
    }

    #[test]
    fn guard_a_plain_value_that_starts_with_an_indicator() {
        gives_up(&[
            "a: -1\n",
            "a: &x 1\nb: *x\n",
            "a: !tag 1\n",
            "a: |\n  block\n",
            "a: >\n  folded\n",
            "a: %x\n",
            "a: @x\n",
            "a: `x`\n",
            "a: ? x\n",
            "a: # nothing\n",
        ]);
    }

    #[test]
    fn guard_a_plain_value_holding_a_mapping_colon() {
        gives_up(&["a: b: c\n", "a: b:\n"]);
    }

    #[test]
    fn guard_text_after_a_quoted_value_or_a_flow_collection() {
        gives_up(&[
            "a: 'x' y\n",
            "a: [x] y\n",
            "a: \"x\"#c\n",
            "a:\n  - {k: v}, z\n",
        ]);
    }

    #[test]
    fn guard_a_double_quote_not_closed_on_its_line() {
        gives_up(&["a: \"x\n", "a: \"x\n  y\"\n"]);
    }

    #[test]
    fn guard_an_escape_in_double_quotes() {
        gives_up(&[
            "a: \"esc\\n\"\n",
            "a: \"q\\\"q\"\n",
            "a: \"x\\ # c\"\n",
            "a: \"x\\\n  y\"\n",
        ]);
    }

    #[test]
    fn guard_a_single_quote_not_closed_on_its_line() {
        gives_up(&["a: 'x\n", "a: 'it''s\n"]);
    }

    #[test]
    fn guard_a_flow_collection_open_at_the_line_end() {
        gives_up(&["a: [\n", "a: [ \n  x]\n", "a: {k: [\n"]);
    }

    #[test]
    fn guard_a_flow_key_that_is_quoted_or_a_collection() {
        gives_up(&[
            "a: {\"k\": v}\n",
            "a: {'k': v}\n",
            "a: {[k]: v}\n",
            "a: {{k: v}: w}\n",
        ]);
    }

    #[test]
    fn guard_a_flow_key_without_colon_and_blank() {
        gives_up(&[
            "a: {k}\n",
            "a: {k:}\n",
            "a: {k:v}\n",
            "a: {k, v}\n",
            "a: {k:[x]}\n",
            "a: {k:{x: y}}\n",
        ]);
    }

    #[test]
    fn guard_a_flow_key_without_a_value() {
        gives_up(&["a: {k: }\n", "a: {k: , j: 1}\n"]);
    }

    #[test]
    fn guard_a_flow_item_that_starts_with_an_indicator() {
        gives_up(&[
            "a: [-1]\n",
            "a: [*x]\n",
            "a: [!t x]\n",
            "a: [&x y]\n",
            "a: [?x]\n",
        ]);
    }

    #[test]
    fn guard_a_flow_item_that_runs_to_the_line_end() {
        gives_up(&["a: [x\n", "a: {k: v\n"]);
    }

    #[test]
    fn guard_a_bracket_inside_a_flow_item() {
        gives_up(&["a: [x[y]]\n", "a: [x{y}]\n", "a: [x[y]\n", "a: {k: v{w}\n"]);
    }

    #[test]
    fn guard_a_comment_inside_a_flow_collection() {
        gives_up(&["a: [x #c]\n", "a: {k: v #c}\n"]);
    }

    #[test]
    fn guard_a_trailing_comma() {
        gives_up(&["a: [a, b,]\n", "a: [a, ]\n", "a: {k: v,}\n", "a: [a,\n"]);
    }

    #[test]
    fn guard_flow_items_without_a_comma() {
        gives_up(&[
            "a: ['x' y]\n",
            "a: [[x] y]\n",
            "a: {k: 'v' w}\n",
            "a: ['x' y\n",
        ]);
    }

    /// Pieces that generated documents are made of: the shapes the fast reader knows and the
    /// characters that end them. Pieces that keep a value in the fast reader's shape come six
    /// times as often as the others, so that most documents test the fast reader rather than its
    /// giving up.
    fn piece() -> impl Strategy<Value = &'static str> {
        let keeps = prop::sample::select(vec![
            "a", "b", "key", "é", "x y", "1", "09", "no", " ", "-", ":", "#", "http://x", "a,b",
            "x]", "y}",
        ]);
        let any = prop::sample::select(vec![
            "a", "b", "key", "é", "x y", "1", "09", "no", "~", ":", ": ", " #", "#", ",", "[", "]",
            "{", "}", "'", "\"", "''", "-", "- ", "  ", " ", "\n", "\n  ", "\n- ", "\n  - ", "&",
            "*", "!", "|", ">", "?", "%", "@", "`", "\\", "\t", "http://x", "a: b", "[a, b]",
            "{k: v}", "\"q\"", "'s'", "\n#c\n", "\r", "\r\n", "\r\n  - ",
        ]);
        prop_oneof![10 => keeps, 1 => any]
    }

    /// A run of words with the characters that end or change YAML scalars between them.
    fn soup() -> impl Strategy<Value = String> {
        let sep = prop::sample::select(vec![
            " ", " ", " ", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "\"", "-", "&", "*",
            "!", "|", "  ", "\\",
        ]);
        words(sep)
    }

    /// A run of words with only separators that keep a plain scalar plain, in block and flow
    /// context alike.
    fn plain() -> impl Strategy<Value = String> {
        words(prop::sample::select(vec![
            " ", " ", "-", ":", "#", "_", ".", "/", "'",
        ]))
    }

    fn words(sep: impl Strategy<Value = &'static str>) -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec!["a", "bé", "09", "no", "x_y", "http://x.be/p?q=1"]);
        prop::collection::vec((word, sep), 1..4).prop_map(|parts| {
            let mut out = String::new();
            for (i, (w, s)) in parts.iter().enumerate() {
                out.push_str(w);
                if i + 1 < parts.len() {
                    out.push_str(s);
                }
            }
            out
        })
    }

    /// A value as editors write it after `key: ` or `- `: mostly in the fast reader's shape,
    /// sometimes with the characters that take it out.
    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            1 => soup(),
            1 => soup().prop_map(|s| format!("\"{s}\"")),
            1 => soup().prop_map(|s| format!("'{s}'")),
            4 => plain(),
            1 => plain().prop_map(|s| format!("\"{s}\"")),
            1 => plain().prop_map(|s| format!("'{}'", s.replace('\'', "''"))),
            1 => prop::collection::vec(soup(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            2 => prop::collection::vec(plain(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            1 => prop::collection::vec((soup(), soup()), 0..3).prop_map(|v| {
                let pairs: Vec<String> = v.iter().map(|(k, x)| format!("{k}: {x}")).collect();
                format!("{{{}}}", pairs.join(", "))
            }),
            2 => prop::collection::vec((plain(), plain()), 0..3).prop_map(|v| {
                let pairs: Vec<String> = v.iter().map(|(k, x)| format!("{k}: {x}")).collect();
                format!("{{{}}}", pairs.join(", "))
            }),
        ]
    }

    /// A value for the tests of line structure: nearly always in the fast reader's shape, so
    /// that the lines decide whether it answers.
    fn tidy_value() -> impl Strategy<Value = String> {
        prop_oneof![
            6 => plain(),
            1 => plain().prop_map(|s| format!("\"{s}\"")),
            1 => prop::collection::vec(plain(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            1 => value(),
        ]
    }

    /// A block of front matter lines: an entry, or a key with items or entries below it, a
    /// comment or a blank. One line in about fifteen stands at an odd indentation.
    fn block() -> impl Strategy<Value = Vec<String>> {
        let key = || prop::sample::select(vec!["id", "title", "k", "a b", "é", "url", "id"]);
        let item = prop_oneof![
            3 => tidy_value().prop_map(|v| format!("  - {v}")),
            1 => tidy_value().prop_map(|v| format!("- {v}")),
            1 => (key(), tidy_value()).prop_map(|(k, v)| format!("  - {k}: {v}")),
            1 => (key(), tidy_value()).prop_map(|(k, v)| format!("    {k}: {v}")),
        ];
        let entry = (key(), tidy_value()).prop_map(|(k, v)| format!("  {k}: {v}"));
        let odd = move || {
            (
                prop::sample::select(vec![1usize, 3, 5]),
                key(),
                tidy_value(),
            )
                .prop_map(|(n, k, v)| format!("{}{k}: {v}", " ".repeat(n)))
        };
        let child = prop_oneof![14 => item, 1 => odd()];
        prop_oneof![
            8 => (key(), tidy_value()).prop_map(|(k, v)| vec![format!("{k}: {v}")]),
            3 => (key(), prop::collection::vec(child, 0..4))
                .prop_map(|(k, lines)| [vec![format!("{k}:")], lines].concat()),
            2 => (key(), prop::collection::vec(entry, 1..3))
                .prop_map(|(k, lines)| [vec![format!("{k}:")], lines].concat()),
            1 => Just(vec!["# note".to_owned()]),
            1 => Just(vec![String::new()]),
            1 => odd().prop_map(|l| vec![l]),
        ]
    }

    /// Writes a well-indented mapping driven by `choices`, with `values` as its scalars and
    /// flow collections, so that most generated documents have the shape the fast reader knows.
    struct Writer<'a> {
        choices: std::iter::Cycle<std::slice::Iter<'a, u8>>,
        values: std::iter::Cycle<std::slice::Iter<'a, String>>,
        out: String,
    }

    impl Writer<'_> {
        fn pick(&mut self, n: u8) -> u8 {
            self.choices.next().map_or(0, |c| c % n)
        }

        fn key(&mut self) -> &'static str {
            ["id", "title", "themes", "a b", "é", "url", "links"][usize::from(self.pick(7))]
        }

        fn value(&mut self) -> String {
            self.values.next().cloned().unwrap_or_default()
        }

        fn map(&mut self, indent: usize, depth: usize, mut first_prefix: Option<String>) {
            for _ in 0..=self.pick(4) {
                let pad = first_prefix.take().unwrap_or_else(|| " ".repeat(indent));
                match self.pick(9) {
                    0 => self.out.push_str("# note\n"),
                    1 => self.out.push('\n'),
                    _ => {}
                }
                let key = self.key();
                match (self.pick(6), depth < 3) {
                    (3, true) => {
                        self.out.push_str(&format!("{pad}{key}:\n"));
                        self.map(indent + 2, depth + 1, None);
                    }
                    (4, true) => {
                        self.out.push_str(&format!("{pad}{key}:\n"));
                        self.seq(indent + 2, depth + 1);
                    }
                    (5, true) => {
                        self.out.push_str(&format!("{pad}{key}:\n"));
                        self.seq(indent, depth + 1);
                    }
                    (2, _) => self.out.push_str(&format!("{pad}{key}:\n")),
                    _ => {
                        let value = self.value();
                        self.out.push_str(&format!("{pad}{key}: {value}\n"));
                    }
                }
            }
        }

        fn seq(&mut self, indent: usize, depth: usize) {
            for _ in 0..=self.pick(3) {
                let pad = " ".repeat(indent);
                if self.pick(3) == 0 {
                    self.map(indent + 2, depth + 1, Some(format!("{pad}- ")));
                } else {
                    let value = self.value();
                    self.out.push_str(&format!("{pad}- {value}\n"));
                }
            }
        }
    }

    /// Runs `check` on `cases` inputs from `strategy` and asserts that the fast reader answered
    /// at least `min_percent` % of the readings, so that the comparison with the full parser
    /// really exercises the fast reader. `check` returns how many readings it made and how many
    /// of them the fast reader answered.
    fn fast_share<S: Strategy>(
        strategy: S,
        cases: u32,
        min_percent: usize,
        check: impl Fn(&S::Value) -> (usize, usize),
    ) {
        use std::cell::Cell;
        let config = ProptestConfig {
            cases,
            source_file: Some(file!()),
            ..ProptestConfig::default()
        };
        let readings = Cell::new(0);
        let answered = Cell::new(0);
        let mut runner = proptest::test_runner::TestRunner::new(config);
        let outcome = runner.run(&strategy, |input| {
            let (made, fast) = check(&input);
            readings.set(readings.get() + made);
            answered.set(answered.get() + fast);
            Ok(())
        });
        if let Err(failure) = outcome {
            panic!("{failure}");
        }
        let (readings, answered) = (readings.get(), answered.get());
        // Shown with `--nocapture`: the share is what a change of the generators moves.
        #[allow(clippy::print_stderr)]
        {
            eprintln!("the fast reader answered {answered} of {readings} readings");
        }
        assert!(
            answered * 100 >= readings * min_percent,
            "the fast reader answered {answered} of {readings} readings, under {min_percent} %"
        );
    }

    /// Reads each text with both readers: (readings, answered by the fast reader).
    fn agree_all(texts: &[&str]) -> (usize, usize) {
        let answered = texts.iter().filter(|t| agrees(t)).count();
        #[allow(clippy::print_stderr)]
        if std::env::var_os("SHOW_SHARE").is_some() {
            eprintln!("{answered}");
        }
        (texts.len(), answered)
    }

    #[test]
    fn generated_documents_of_the_usual_shape_read_the_same() {
        let strategy = (
            prop::collection::vec(any::<u8>(), 8..64),
            prop::collection::vec(value(), 1..16),
        );
        fast_share(strategy, 4000, 60, |(choices, values)| {
            let mut writer = Writer {
                choices: choices.iter().cycle(),
                values: values.iter().cycle(),
                out: String::new(),
            };
            writer.map(0, 0, None);
            // With Windows line ends too.
            agree_all(&[&writer.out, &writer.out.replace('\n', "\r\n")])
        });
    }

    #[test]
    fn generated_front_matter_reads_the_same() {
        let strategy = prop::collection::vec(block(), 1..8);
        fast_share(strategy, 4000, 50, |blocks| {
            agree_all(&[&(blocks.concat().join("\n") + "\n")])
        });
    }

    #[test]
    fn generated_documents_read_the_same() {
        let strategy = prop::collection::vec(piece(), 1..10);
        fast_share(strategy, 4000, 50, |pieces| {
            let text: String = pieces.concat();
            agree_all(&[
                &format!("{text}: v\n"),
                &format!("k: {text}\n"),
                &format!("id: a\nk:\n  - {text}\nz: 1\n"),
            ])
        });
    }
}
