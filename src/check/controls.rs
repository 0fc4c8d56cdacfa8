//! Control characters in the text of a practice: escape sequences (`"\e[2J"`, `"\x1b]0;…"`), C1
//! controls and bidirectional overrides in front matter values and keys, and raw control
//! characters in the body. A terminal acts on them instead of showing them (clearing the
//! screen, retitling the window, faking a hyperlink, reordering what is read), and every
//! renderer already shows them escaped; the finding says where they are so they can be removed.
//!
//! Tab and line feed are layout, not controls: a block scalar (`summary: |`) or a body may hold
//! them. Everything else of [`is_control`] is reported, at the exact line and column of the
//! character, or of the escape sequence that produces it in a double-quoted scalar.

use super::{Findings, Help};
use crate::diagnostic::Pos;
use crate::practice::Document;
use crate::rules as rule;
use crate::text::{is_control, is_layout, may_hold_controls};
use crate::yaml::{Node, Value};

/// Whether `c` is reported: a control character that is not layout.
fn reported(c: char) -> bool {
    is_control(c) && !is_layout(c)
}

/// Most body lines reported one by one; the rest are counted in one more finding.
const MAX_BODY_LINES: usize = 20;

/// Checks the front matter (when it was read) and the body.
pub(super) fn check(doc: &Document, out: &mut Findings<'_>) {
    if let Some(front) = &doc.front {
        let mut seen = std::collections::HashSet::new();
        walk(doc, front, &mut Vec::new(), &mut seen, out);
    }
    body(doc, out);
}

/// A step of the way to a node, for messages: `organisations[0].name`.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
    /// The key itself rather than its value.
    KeyItself,
}

/// `organisations[0].name`, or `title (key)`.
fn path_name(steps: &[Step<'_>]) -> String {
    let mut name = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(key);
            }
            Step::Index(i) => name.push_str(&format!("[{i}]")),
            Step::KeyItself => name.push_str(" (key)"),
        }
    }
    name
}

/// Visits every key and scalar below `node`; `steps` lead to it. Names are only built for a
/// finding: front matter is checked for every file, and nearly every value is clean.
fn walk<'a>(
    doc: &Document,
    node: &'a Node,
    steps: &mut Vec<Step<'a>>,
    seen: &mut std::collections::HashSet<(usize, usize)>,
    out: &mut Findings<'_>,
) {
    match &node.value {
        Value::Scalar(scalar) => {
            // An alias repeats a node at the position of its anchor: one finding there.
            if may_hold_controls(&scalar.text)
                && scalar.text.chars().any(reported)
                && seen.insert((node.pos.line, node.pos.column))
            {
                scalar_finding(doc, node, &scalar.text, &path_name(steps), out);
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                steps.push(Step::Index(i));
                walk(doc, item, steps, seen, out);
                steps.pop();
            }
        }
        Value::Map(entries) => {
            for (key, value) in entries {
                steps.push(Step::Key(key.as_str().unwrap_or("?")));
                steps.push(Step::KeyItself);
                walk(doc, key, steps, seen, out);
                steps.pop();
                walk(doc, value, steps, seen, out);
                steps.pop();
            }
        }
    }
}

/// One finding for a scalar holding reported characters, at the first of them.
fn scalar_finding(doc: &Document, node: &Node, text: &str, path: &str, out: &mut Findings<'_>) {
    let count = text.chars().filter(|&c| reported(c)).count();
    let Some(first) = text.chars().find(|&c| reported(c)) else {
        return;
    };
    let pos = locate(doc, node).unwrap_or(node.pos);
    let name = crate::diagnostic::clip(path.chars().take(80).collect());
    out.error(
        pos,
        rule::CONTROL_CHARACTER,
        crate::tr!(
            "check-control-in-value",
            name = name,
            char = describe(first),
            more = count - 1
        ),
    )
    .help(crate::tr!("check-control-in-value-help"));
}

/// The file position of the first reported character of a scalar: the character itself, or
/// the escape sequence of a double-quoted scalar that writes it.
fn locate(doc: &Document, node: &Node) -> Option<Pos> {
    let start = doc
        .lines
        .offset(&doc.text, node.pos.line, node.pos.column)?;
    let end = doc.body_offset.unwrap_or(doc.text.len());
    let source = doc.text.get(start..end)?;
    let (offset, len) = if source.starts_with('"') {
        in_double_quotes(source)?
    } else {
        // Plain, single-quoted and block scalars hold their characters as written.
        let (i, c) = source.char_indices().find(|&(_, c)| reported(c))?;
        (i, c.len_utf8())
    };
    let (line, column) = doc.lines.line_col(&doc.text, start + offset);
    Some(Pos::new(
        line,
        column,
        doc.text[start + offset..start + offset + len]
            .chars()
            .count(),
    ))
}

/// Byte offset and length, in a double-quoted scalar that starts `source`, of the first
/// reported character or escape sequence that writes one.
fn in_double_quotes(source: &str) -> Option<(usize, usize)> {
    let mut chars = source.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return None,
            '\\' => {
                let (_, kind) = chars.next()?;
                let (value, len) = match kind {
                    'x' => (hex(source, i + 2, 2), 4),
                    'u' => (hex(source, i + 2, 4), 6),
                    'U' => (hex(source, i + 2, 8), 10),
                    '0' => (Some('\0'), 2),
                    'a' => (Some('\u{7}'), 2),
                    'b' => (Some('\u{8}'), 2),
                    'v' => (Some('\u{b}'), 2),
                    'f' => (Some('\u{c}'), 2),
                    'r' => (Some('\r'), 2),
                    'e' => (Some('\u{1b}'), 2),
                    'N' => (Some('\u{85}'), 2),
                    'L' => (Some('\u{2028}'), 2),
                    'P' => (Some('\u{2029}'), 2),
                    _ => (None, 2),
                };
                if value.is_some_and(reported) {
                    return Some((i, len));
                }
            }
            c if reported(c) => return Some((i, c.len_utf8())),
            _ => {}
        }
    }
    None
}

/// The character written by `digits` hex digits at byte `at` of `source`.
fn hex(source: &str, at: usize, digits: usize) -> Option<char> {
    let text = source.get(at..at + digits)?;
    char::from_u32(u32::from_str_radix(text, 16).ok()?)
}

/// Raw control characters in the body, one finding per line.
fn body(doc: &Document, out: &mut Findings<'_>) {
    let Some(offset) = doc.body_offset else {
        return;
    };
    let body = doc.body();
    if !may_hold_controls(body) {
        return;
    }
    let mut lines = 0;
    let mut last_line = 0;
    // Carriage returns before a line feed end a line (`\r\n`, and `\r\r\n` from editors that
    // convert twice); one inside a line moves the cursor back over what was shown. `run`
    // remembers, for the current run of carriage returns, whether a line feed follows it.
    let bytes = body.as_bytes();
    let mut run: (usize, bool) = (0, false);
    let mut found = body.char_indices().filter(move |&(i, c)| {
        if c != '\r' {
            return reported(c);
        }
        if i >= run.0 {
            let end = i + bytes[i..].iter().take_while(|&&b| b == b'\r').count();
            run = (end, bytes.get(end) == Some(&b'\n'));
        }
        !run.1
    });
    for (i, c) in found.by_ref() {
        let (line, column) = doc.lines.line_col(&doc.text, offset + i);
        if line == last_line {
            continue;
        }
        last_line = line;
        lines += 1;
        if lines > MAX_BODY_LINES {
            let rest = 1 + found.count();
            out.error(
                Pos::new(line, column, 1),
                rule::CONTROL_CHARACTER,
                crate::tr!("check-control-more", count = rest),
            );
            return;
        }
        out.error(
            Pos::new(line, column, 1),
            rule::CONTROL_CHARACTER,
            crate::tr!("check-control-in-body", char = describe(c)),
        )
        .help(crate::tr!("check-control-in-body-help"));
    }
}

/// `U+001B (escape)`.
fn describe(c: char) -> String {
    let what = match c {
        '\u{1b}' => crate::tr!("check-char-escape"),
        '\r' => crate::tr!("check-char-carriage-return"),
        '\u{0}'..='\u{1f}' | '\u{7f}' => crate::tr!("check-char-control"),
        '\u{80}'..='\u{9f}' => crate::tr!("check-char-c1"),
        '\u{2028}' | '\u{2029}' => crate::tr!("check-char-separator"),
        _ => crate::tr!("check-char-bidi"),
    };
    format!("U+{:04X} ({what})", u32::from(c))
}
