//! Names the editor's mistake behind a YAML problem, and where it is.
//!
//! The parser reports where it gave up: for a missing closing quote that is often many lines
//! further, at the next quote. Editors need the place of the mistake itself (the opening quote,
//! the bracket that is never closed, the tab, the dash without its space) and what to type
//! instead. This module reads the front matter text around a problem and says which mistake it
//! is; the words for each mistake are in [`crate::explain`], in one place.

use super::{Problem, ProblemKind};
use crate::diagnostic::Pos;

/// A mistake that editors make in YAML, with what the fix needs to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mistake {
    /// A quoted value whose closing quote is missing.
    UnclosedQuote {
        /// The line as it should read.
        fix: String,
    },
    /// A double-quoted value that holds double quotes itself.
    QuoteInQuotes {
        /// The line as it should read.
        fix: String,
    },
    /// A `[` or `{` that is never closed.
    UnclosedBracket {
        /// The line as it should read.
        fix: String,
    },
    /// `key:value` without the space after the colon.
    NoSpaceAfterColon {
        /// The line as it should read.
        fix: String,
    },
    /// An unquoted value that holds `: `.
    ColonInValue {
        /// The line as it should read.
        fix: String,
    },
    /// Word's curly quotes where YAML needs straight ones.
    CurlyQuotes {
        /// The line as it should read.
        fix: String,
    },
    /// A key one or two spaces off from the keys it belongs with.
    Indentation {
        /// The key.
        key: String,
        /// The indentation it needs.
        spaces: usize,
    },
    /// A tab in the indentation.
    Tab,
    /// `-item` without the space after the dash.
    DashWithoutSpace {
        /// The line as it should read.
        fix: String,
    },
    /// A byte order mark inside the text.
    Bom,
    /// The `- ` of a new list item is missing: its keys repeat those of the item above.
    MissingDash {
        /// The first key of the item.
        key: String,
        /// The line as it should read.
        fix: String,
    },
    /// A key set twice in one mapping.
    DuplicateKey {
        /// The key.
        key: String,
        /// File line of its first occurrence.
        first_line: usize,
    },
    /// A problem that matches none of the above: the parser's own words.
    Other {
        /// The parser's message.
        message: String,
        /// The parser's hint.
        help: Option<String>,
    },
}

/// A problem with the mistake behind it, at the mistake.
#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    /// The kind of problem the parser saw.
    pub kind: ProblemKind,
    /// Where the mistake is.
    pub pos: Pos,
    /// Which mistake.
    pub mistake: Mistake,
}

/// Names the mistake behind each problem of the front matter `text`, whose first line is file
/// line `first_line`. One mistake gives one entry: the duplicate keys that follow a missing `- `
/// are the same mistake and are left out.
pub fn explain(text: &str, first_line: usize, problems: Vec<Problem>) -> Vec<Explained> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut out: Vec<Explained> = Vec::with_capacity(problems.len());
    // Lines of an item whose missing `- ` is already reported: (first, last) file line.
    let mut item: Option<(usize, usize)> = None;
    for p in problems {
        match p.kind {
            ProblemKind::Syntax => {
                let at = p.pos.line.saturating_sub(first_line);
                let (pos, mistake) = syntax(&lines, at, first_line).unwrap_or((p.pos, other(&p)));
                out.push(Explained {
                    kind: p.kind,
                    pos,
                    mistake,
                });
            }
            ProblemKind::DuplicateKey => {
                if item.is_some_and(|(from, to)| (from..=to).contains(&p.pos.line)) {
                    continue;
                }
                let (pos, mistake, span) = duplicate(&lines, first_line, &p);
                item = span;
                out.push(Explained {
                    kind: p.kind,
                    pos,
                    mistake,
                });
            }
            ProblemKind::Limit => out.push(Explained {
                kind: p.kind,
                pos: p.pos,
                mistake: other(&p),
            }),
        }
    }
    out
}

fn other(p: &Problem) -> Mistake {
    Mistake::Other {
        message: p.message.clone(),
        help: p.help.clone(),
    }
}

/// A position on line `li` (0-based in the front matter) at byte `off`, `len` bytes wide.
fn pos_at(lines: &[&str], first_line: usize, li: usize, off: usize, len: usize) -> Pos {
    let line = lines[li];
    let off = off.min(line.len());
    let end = (off + len).min(line.len());
    let column = line.get(..off).map_or(off, |s| s.chars().count()) + 1;
    let width = line.get(off..end).map_or(1, |s| s.chars().count());
    Pos::new(first_line + li, column, width)
}

/// Leading spaces of a line.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Byte offset where the value of a `key: value` or `- value` line starts, if it has one.
fn value_start(line: &str) -> Option<usize> {
    let mut i = indent(line);
    let bytes = line.as_bytes();
    while bytes.get(i) == Some(&b'-') && bytes.get(i + 1) == Some(&b' ') {
        i += 2;
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    let rest = &line[i..];
    if rest.starts_with(['"', '\'', '[', '{', '“', '”', '„', '‘', '’']) {
        return Some(i);
    }
    let colon = rest.find(": ")?;
    let mut v = i + colon + 2;
    while bytes.get(v) == Some(&b' ') {
        v += 1;
    }
    (v < line.len() && !line[v..].starts_with('#')).then_some(v)
}

/// Byte offset just past the closing quote of the quoted value starting at `off`, if it closes
/// on this line.
fn quote_end(line: &str, off: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let quote = bytes[off];
    let mut i = off + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Bracket depth change over `line` from byte `from`, skipping quoted parts.
fn bracket_depth(line: &str, from: usize) -> i64 {
    let bytes = line.as_bytes();
    let mut depth = 0i64;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth -= 1,
            b'"' | b'\'' => match quote_end(line, i) {
                Some(end) => {
                    i = end;
                    continue;
                }
                None => return depth,
            },
            b' ' if bytes.get(i + 1) == Some(&b'#') => return depth,
            _ => {}
        }
        i += 1;
    }
    depth
}

/// The closing brackets for what `line` leaves open after byte `from`.
fn closers(line: &str, from: usize) -> String {
    let bytes = line.as_bytes();
    let mut stack = Vec::new();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'[' => stack.push(']'),
            b'{' => stack.push('}'),
            b']' | b'}' => {
                stack.pop();
            }
            b'"' | b'\'' => match quote_end(line, i) {
                Some(end) => {
                    i = end;
                    continue;
                }
                None => break,
            },
            _ => {}
        }
        i += 1;
    }
    stack.iter().rev().collect()
}

/// The mistake behind a syntax error that the parser reported on line `at` (0-based).
fn syntax(lines: &[&str], at: usize, first_line: usize) -> Option<(Pos, Mistake)> {
    let at = at.min(lines.len().saturating_sub(1));
    let pos = |li: usize, off: usize, len: usize| pos_at(lines, first_line, li, off, len);
    // A byte order mark anywhere up to the error.
    for (li, line) in lines.iter().enumerate().take(at + 1) {
        if let Some(off) = line.find('\u{feff}') {
            return Some((pos(li, off, 3), Mistake::Bom));
        }
    }
    // A quote or bracket opened on an earlier line, or on the error line itself (a quote left
    // open on the last line of the front matter), that stays open up to the error.
    for li in 0..=at {
        let line = lines[li];
        let Some(v) = value_start(line) else { continue };
        match line.as_bytes()[v] {
            q @ (b'"' | b'\'') if quote_end(line, v).is_none() => {
                // The parser reads on to the next quote; the mistake is here when that quote
                // is on the error line or later.
                let next = lines[li + 1..=at]
                    .iter()
                    .position(|l| l.as_bytes().contains(&q))
                    .map(|i| li + 1 + i);
                if next.is_none_or(|n| n >= at) {
                    let fix = format!("{}{}", line.trim(), q as char);
                    return Some((pos(li, v, 1), Mistake::UnclosedQuote { fix }));
                }
            }
            // Brackets on the error line itself are the next checks' to explain.
            b'[' | b'{' if li < at => {
                let mut depth = bracket_depth(line, v);
                if depth <= 0 {
                    continue;
                }
                // A list that long is no editor's: leave it to the parser's words.
                for later in lines[li + 1..at].iter().take(1000) {
                    depth += bracket_depth(later, 0);
                    if depth <= 0 {
                        break;
                    }
                }
                if depth > 0 {
                    let fix = format!("{}{}", line.trim(), closers(line, v));
                    return Some((pos(li, v, 1), Mistake::UnclosedBracket { fix }));
                }
            }
            _ => {}
        }
    }
    // Mistakes on the error line or just before it.
    let near = |before: usize| {
        lines
            .iter()
            .copied()
            .enumerate()
            .take(at + 1)
            .skip(at.saturating_sub(before))
    };
    for (li, line) in near(2) {
        let n = indent(line);
        let rest = &line[n..];
        if rest.starts_with('\t') {
            return Some((pos(li, n, 1), Mistake::Tab));
        }
        if rest.starts_with('-')
            && rest[1..].starts_with(|c: char| c.is_alphabetic())
            && !rest.starts_with("---")
        {
            let fix = format!("{}- {}", &line[..n], &rest[1..]);
            return Some((pos(li, n, 1), Mistake::DashWithoutSpace { fix }));
        }
        if let Some(v) = value_start(line)
            && line[v..].starts_with(['“', '”', '„', '‘', '’'])
        {
            let fix = straight_quotes(line.trim());
            return Some((
                pos(li, v, line[v..].chars().next()?.len_utf8()),
                Mistake::CurlyQuotes { fix },
            ));
        }
    }
    for li in at.saturating_sub(1)..=at {
        if let Some(found) = indentation(lines, li, first_line) {
            return Some(found);
        }
    }
    for (li, line) in near(1) {
        let n = indent(line);
        let rest = &line[n..];
        // `key:value`: a key, a colon, no space, and no `: ` anywhere on the line.
        if let Some(colon) = rest.find(':')
            && !rest.contains(": ")
            && colon > 0
            && rest[..colon]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            && !rest[colon + 1..].starts_with("//")
            && colon + 1 < rest.len()
        {
            let fix = format!("{}: {}", &rest[..colon], &rest[colon + 1..]);
            return Some((pos(li, n + colon, 1), Mistake::NoSpaceAfterColon { fix }));
        }
    }
    let line = lines[at];
    let v = value_start(line)?;
    let value = line[v..].trim_end();
    let key_part = &line[indent(line)..v];
    if value.starts_with('"')
        && let Some(end) = quote_end(line, v)
        && end < line.trim_end().len()
        && value.ends_with('"')
    {
        // `"text "word" text"`: the mistake is the first inner quote.
        let inner = &value[1..value.len() - 1];
        let fix = if inner.contains('\'') {
            format!("{key_part}\"{}\"", inner.replace('"', "\\\""))
        } else {
            format!("{key_part}'{inner}'")
        };
        return Some((pos(at, end - 1, 1), Mistake::QuoteInQuotes { fix }));
    }
    if !value.starts_with(['"', '\'', '[', '{']) && value.contains(": ") {
        let fix = if value.contains('"') {
            format!("{key_part}'{}'", value.replace('\'', "''"))
        } else {
            format!("{key_part}\"{value}\"")
        };
        return Some((pos(at, v, 1), Mistake::ColonInValue { fix }));
    }
    None
}

/// Replaces Word's curly quotes by straight double quotes.
fn straight_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '‘' | '’' => '"',
            c => c,
        })
        .collect()
}

/// A key line one or two spaces off from the key above it, where no deeper level may start.
fn indentation(lines: &[&str], li: usize, first_line: usize) -> Option<(Pos, Mistake)> {
    let line = lines[li];
    let n = indent(line);
    let rest = &line[n..];
    let colon = rest.find(':')?;
    let key = &rest[..colon];
    if key.is_empty() || key.starts_with(['-', '#', '"', '\'']) {
        return None;
    }
    let prev = lines[..li]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let pn = indent(prev);
    let mut key_col = pn;
    let bytes = prev.as_bytes();
    while bytes.get(key_col) == Some(&b'-') && bytes.get(key_col + 1) == Some(&b' ') {
        key_col += 2;
    }
    // A key that opens a block may be followed by a deeper one.
    if prev.trim_end().ends_with(':') {
        return None;
    }
    let off = n.abs_diff(key_col);
    if off == 0 || off > 2 {
        return None;
    }
    Some((
        pos_at(lines, first_line, li, n, key.len()),
        Mistake::Indentation {
            key: key.to_owned(),
            spaces: key_col,
        },
    ))
}

/// The mistake behind a duplicate key, and the file lines of the item it stands for when it is
/// a missing `- `.
fn duplicate(
    lines: &[&str],
    first_line: usize,
    p: &Problem,
) -> (Pos, Mistake, Option<(usize, usize)>) {
    let li = p.pos.line.saturating_sub(first_line);
    let line = lines.get(li).copied().unwrap_or("");
    let n = indent(line);
    let rest = &line[n.min(line.len())..];
    let key = rest.split(':').next().unwrap_or("").to_owned();
    // The first occurrence, as the parser recorded it.
    let first_line_no = p.earlier.unwrap_or(first_line);
    let f = first_line_no.saturating_sub(first_line);
    if p.earlier.is_none() || f >= li {
        return (
            p.pos,
            Mistake::DuplicateKey {
                key,
                first_line: first_line_no,
            },
            None,
        );
    }
    let above = lines[f];
    let is_item = n >= 2 && above.get(n - 2..n) == Some("- ") && line.get(n - 2..n) == Some("  ");
    if !is_item {
        return (
            p.pos,
            Mistake::DuplicateKey {
                key,
                first_line: first_line_no,
            },
            None,
        );
    }
    // The item runs on while lines stay at or below the key's column.
    let mut last = li;
    while last + 1 < lines.len()
        && (indent(lines[last + 1]) >= n || lines[last + 1].trim().is_empty())
        && !lines[last + 1].trim().is_empty()
    {
        last += 1;
    }
    let fix = format!("{}- {rest}", &line[..n - 2]);
    (
        pos_at(lines, first_line, li, n - 2, 2),
        Mistake::MissingDash { key, fix },
        Some((first_line + li, first_line + last)),
    )
}
