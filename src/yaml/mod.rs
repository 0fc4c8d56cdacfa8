//! The only module that names the YAML parser: turns front matter text into a tree of [`Node`]s
//! that keep the line and column of every key and value.
//!
//! We drive the event parser under `serde-saphyr` (granit-parser) ourselves instead of
//! deserializing through serde, because the checks need three things serde hides: the raw text
//! and quoting of every scalar (so `09100` and `2021-02` stay strings and `no` is not `false`),
//! the position of every value, and every duplicate key rather than the first one only.
//! Hostile input is bounded: nesting depth by the parser's own limits, alias expansion by a
//! node budget, so an alias bomb or 100,000 nested brackets end in a finding, not a hang.

mod fast;
pub mod mistake;

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Marker, Parser, ScalarStyle, Span};

use crate::diagnostic::Pos;

/// Most collections nested inside each other; real front matter uses three or four.
const MAX_DEPTH: usize = 64;
/// Most nodes in one front matter, counting every alias expansion.
const MAX_NODES: usize = 100_000;

/// A YAML value with the position where it stands in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it starts (file line and column) and how wide it is on that line.
    pub pos: Pos,
}

/// The shape of a YAML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar, as written (after escape processing).
    Scalar(Scalar),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in source order. Keys are nodes so that they keep their positions.
    Map(Vec<(Node, Node)>),
}

/// A scalar's text and whether it was written without quotes (only plain scalars can be
/// numbers, booleans or null).
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// Text after escape processing.
    pub text: String,
    /// True for a plain (unquoted, non-block) scalar.
    pub plain: bool,
}

/// What went wrong while reading the YAML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not valid YAML.
    Syntax,
    /// A key appears twice in one mapping.
    DuplicateKey,
    /// A nesting or size budget was exceeded.
    Limit,
}

/// A problem found while reading the YAML, at a file position.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// What kind of problem.
    pub kind: ProblemKind,
    /// Where.
    pub pos: Pos,
    /// A one-line description.
    pub message: String,
    /// A hint, when one helps.
    pub help: Option<String>,
    /// For a duplicate key: the file line where the key was first set.
    pub earlier: Option<usize>,
}

/// The tree (if the YAML could be read far enough) and every problem met.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The root node of the first document, `None` when empty or unreadable.
    pub root: Option<Node>,
    /// Problems in source order.
    pub problems: Vec<Problem>,
}

impl Node {
    /// The scalar text, if this is a scalar.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s) => Some(&s.text),
            _ => None,
        }
    }

    /// The entries, if this is a mapping.
    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The items, if this is a sequence.
    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// The value under `key` in a mapping (the first one, if duplicated).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    /// The key node under which `key` stands, for pointing at a key rather than its value.
    pub fn key_node(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(k, _)| k)
    }

    /// Follows a path of map keys and sequence indexes, as in a JSON pointer.
    pub fn pointer<'a, I, S>(&self, segments: I) -> Option<&Node>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str> + 'a,
    {
        let mut node = self;
        for seg in segments {
            let seg = seg.as_ref();
            node = match &node.value {
                Value::Map(_) => node.get(seg)?,
                Value::Seq(items) => items.get(seg.parse::<usize>().ok()?)?,
                Value::Scalar(_) => return None,
            };
        }
        Some(node)
    }

    /// Converts to JSON with YAML 1.2 core-schema typing of plain scalars, except that numbers
    /// with leading zeros stay strings. Quoted scalars are always strings.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.value {
            Value::Scalar(s) if s.plain => resolve_plain(&s.text),
            Value::Scalar(s) => serde_json::Value::String(s.text.clone()),
            Value::Seq(items) => items.iter().map(Node::to_json).collect(),
            Value::Map(entries) => {
                let mut map = serde_json::Map::with_capacity(entries.len());
                for (k, v) in entries {
                    let key = k.as_str().map(str::to_owned).unwrap_or_default();
                    // The first of duplicated keys wins; the duplicate is reported separately.
                    map.entry(key).or_insert_with(|| v.to_json());
                }
                serde_json::Value::Object(map)
            }
        }
    }

    fn count(&self) -> usize {
        1 + match &self.value {
            Value::Scalar(_) => 0,
            Value::Seq(items) => items.iter().map(Node::count).sum(),
            Value::Map(entries) => entries.iter().map(|(k, v)| k.count() + v.count()).sum(),
        }
    }
}

/// Resolves a plain scalar the way YAML 1.2's core schema does, keeping leading-zero numbers
/// (postcodes, NIS-like codes) as text.
fn resolve_plain(text: &str) -> serde_json::Value {
    use serde_json::Value as J;
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return J::Null,
        "true" | "True" | "TRUE" => return J::Bool(true),
        "false" | "False" | "FALSE" => return J::Bool(false),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if digits.len() > 1 && digits.starts_with('0') {
            return J::String(text.to_owned());
        }
        if let Ok(n) = text.parse::<i64>() {
            return J::from(n);
        }
    }
    if looks_like_float(text)
        && let Some(n) = text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
    {
        return J::Number(n);
    }
    J::String(text.to_owned())
}

fn looks_like_float(text: &str) -> bool {
    let t = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(int)
        && frac.is_none_or(digits)
        && (!int.is_empty() || frac.is_some_and(|f| !f.is_empty()))
        && frac.is_some();
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exp_ok
}

enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
    },
}

/// Reads YAML text whose first line is line `first_line` of the file.
pub fn parse(text: &str, first_line: usize) -> Parsed {
    fast::parse(text, first_line).unwrap_or_else(|| full(text, first_line))
}

/// Reads YAML text with the full parser: every YAML construct, with its error messages.
fn full(text: &str, first_line: usize) -> Parsed {
    let options = serde_saphyr::granit_parser::options! {
        flow_nesting_limit: MAX_DEPTH,
        block_nesting_limit: MAX_DEPTH,
        // Comments are not data: do not buffer them.
        emit_comments: false,
    };
    let mut builder = Builder {
        first_line,
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        out: Parsed::default(),
        documents: 0,
    };
    let parser = Parser::new_from_str_with_options(text, options);
    for event in parser {
        match event {
            Ok((event, span)) => {
                if let Err(problem) = builder.event(event, span) {
                    builder.out.problems.push(problem);
                    break;
                }
            }
            Err(err) => {
                let pos = builder.pos(err.marker(), None);
                let info = err.info();
                let kind = if info.contains("nesting") || info.contains("limit") {
                    ProblemKind::Limit
                } else {
                    ProblemKind::Syntax
                };
                let help = syntax_help(text, err.marker(), &info);
                // The parser's own words, which name the cause exactly, in the reader's frame.
                let message = crate::tr!("error-yaml-syntax", reason = info);
                builder.out.problems.push(Problem {
                    kind,
                    pos,
                    message,
                    help,
                    earlier: None,
                });
                break;
            }
        }
    }
    // Mappings left open by an error still report the duplicate keys read so far.
    for frame in &builder.stack {
        if let Frame::Map { entries, .. } = frame {
            duplicates(entries, &mut builder.out.problems);
        }
    }
    builder
        .out
        .problems
        .sort_by_key(|p| (p.pos.line, p.pos.column));
    builder.out
}

/// A hint for the syntax errors editors make most.
fn syntax_help(text: &str, at: &Marker, message: &str) -> Option<String> {
    let line = text.lines().nth(at.line().saturating_sub(1)).unwrap_or("");
    if line.starts_with('\t') || line.trim_start_matches(' ').starts_with('\t') {
        return Some(crate::tr!("error-yaml-tab-help"));
    }
    if message.contains("mapping values are not allowed") || line.matches(": ").count() > 1 {
        return Some(crate::tr!("error-yaml-colon-help"));
    }
    if line.trim_start().starts_with(['%', '@', '`'])
        || line.contains(": %")
        || line.contains("- %")
    {
        return Some(crate::tr!("error-yaml-start-help"));
    }
    None
}

/// Reports every key of a mapping that an earlier key of the same mapping already set. Sorting
/// instead of hashing keeps small mappings cheap and large ones O(n log n).
fn duplicates(entries: &[(Node, Node)], problems: &mut Vec<Problem>) {
    if entries.len() < 2 {
        return;
    }
    let mut keys: Vec<(&str, usize)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, (k, _))| Some((k.as_str()?, i)))
        .collect();
    keys.sort_unstable();
    for pair in keys.windows(2) {
        let ((text, _), (later_text, later)) = (pair[0], pair[1]);
        if text != later_text {
            continue;
        }
        // The first occurrence in source order is the smallest index among equal keys.
        let first = keys.partition_point(|(t, _)| *t < text);
        let first_line = entries[keys[first].1].0.pos.line;
        let key = &entries[later].0;
        problems.push(Problem {
            kind: ProblemKind::DuplicateKey,
            pos: key.pos,
            message: crate::tr!("error-yaml-duplicate-key", key = text),
            help: Some(crate::tr!(
                "error-yaml-duplicate-key-help",
                key = text,
                line = first_line
            )),
            earlier: Some(first_line),
        });
    }
}

struct Builder {
    first_line: usize,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    out: Parsed,
    documents: usize,
}

impl Builder {
    fn pos(&self, start: &Marker, end: Option<&Marker>) -> Pos {
        let length = match end {
            Some(end) if end.line() == start.line() => end.col().saturating_sub(start.col()),
            _ => 1,
        };
        Pos::new(self.first_line + start.line() - 1, start.col() + 1, length)
    }

    fn budget(&mut self, added: usize, at: Pos) -> Result<(), Problem> {
        self.nodes += added;
        if self.nodes > MAX_NODES {
            return Err(Problem {
                kind: ProblemKind::Limit,
                pos: at,
                message: crate::tr!("error-yaml-too-many", max = MAX_NODES),
                help: Some(crate::tr!("error-yaml-too-many-help")),
                earlier: None,
            });
        }
        Ok(())
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), Problem> {
        let pos = self.pos(&span.start, Some(&span.end));
        match event {
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(Problem {
                        kind: ProblemKind::Syntax,
                        pos,
                        message: crate::tr!("error-yaml-documents"),
                        help: Some(crate::tr!("error-yaml-documents-help")),
                        earlier: None,
                    });
                }
            }
            Event::Scalar(text, style, anchor, _) => {
                self.budget(1, pos)?;
                let plain = style == ScalarStyle::Plain;
                let node = Node {
                    value: Value::Scalar(Scalar {
                        text: text.into_owned(),
                        plain,
                    }),
                    pos,
                };
                self.finish(node, anchor)?;
            }
            Event::SequenceStart(_, anchor, _) => {
                self.budget(1, pos)?;
                self.depth_check(pos)?;
                self.stack.push(Frame::Seq {
                    pos,
                    anchor,
                    items: Vec::new(),
                });
            }
            Event::MappingStart(_, anchor, _) => {
                self.budget(1, pos)?;
                self.depth_check(pos)?;
                self.stack.push(Frame::Map {
                    pos,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match self.stack.pop() {
                    Some(Frame::Seq { pos, anchor, items }) => (
                        Node {
                            value: Value::Seq(items),
                            pos,
                        },
                        anchor,
                    ),
                    Some(Frame::Map {
                        pos,
                        anchor,
                        entries,
                        ..
                    }) => {
                        duplicates(&entries, &mut self.out.problems);
                        (
                            Node {
                                value: Value::Map(entries),
                                pos,
                            },
                            anchor,
                        )
                    }
                    None => return Ok(()),
                };
                self.finish(node, anchor)?;
            }
            Event::Alias(id) => {
                let Some(count) = self.anchors.get(&id).map(Node::count) else {
                    return Ok(());
                };
                self.budget(count, pos)?;
                let Some(mut node) = self.anchors.get(&id).cloned() else {
                    return Ok(());
                };
                node.pos = pos;
                self.finish(node, 0)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn depth_check(&self, pos: Pos) -> Result<(), Problem> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(Problem {
                kind: ProblemKind::Limit,
                pos,
                message: crate::tr!("error-yaml-too-deep", max = MAX_DEPTH),
                help: None,
                earlier: None,
            });
        }
        Ok(())
    }

    /// Places a completed node into its parent (or makes it the root).
    fn finish(&mut self, node: Node, anchor: usize) -> Result<(), Problem> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => {
                if self.out.root.is_none() {
                    self.out.root = Some(node);
                }
            }
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => entries.push((k, node)),
            },
        }
        Ok(())
    }
}

/// A YAML document that does not read as the type asked for: the parser's own description,
/// with the line and column where it stopped.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct DocumentError(String);

/// Reads a whole YAML document into `T` through serde: for the schema's own files, whose
/// values need no positions and whose shape serde states best (unknown keys refused).
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    serde_saphyr::from_str(text).map_err(|e| DocumentError(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        let parsed = parse(text, 2);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        parsed.root.expect("root")
    }

    #[test]
    fn keeps_positions_of_values() {
        let node = root("id: a\nthemes:\n  - x\n  - yy\n");
        let themes = node.get("themes").unwrap().as_seq().unwrap();
        assert_eq!(themes[1].pos, Pos::new(5, 5, 2));
        assert_eq!(node.key_node("themes").unwrap().pos.line, 3);
    }

    #[test]
    fn scalars_follow_yaml_1_2_and_keep_codes_as_text() {
        let node = root("a: no\nb: 09100\nc: 2021-02\nd: 2023\ne: '42'\nf: true\ng: 1.5\n");
        let json = node.to_json();
        assert_eq!(json["a"], "no");
        assert_eq!(json["b"], "09100");
        assert_eq!(json["c"], "2021-02");
        assert_eq!(json["d"], 2023);
        assert_eq!(json["e"], "42");
        assert_eq!(json["f"], true);
        assert_eq!(json["g"], 1.5);
    }

    #[test]
    fn yaml_1_1_booleans_stay_text_even_as_keys() {
        // `assessment: {on: ...}` must keep its key; YAML 1.1 tools read it as `true`.
        let node = root("assessment: {on: 2026-01-01}\nanswer: yes\n");
        assert_eq!(node.to_json()["assessment"]["on"], "2026-01-01");
        assert_eq!(node.to_json()["answer"], "yes");
    }

    #[test]
    fn reports_every_duplicate_key() {
        let parsed = parse("a: 1\nb: 2\na: 3\nb: 4\n", 2);
        let dups: Vec<_> = parsed
            .problems
            .iter()
            .filter(|p| p.kind == ProblemKind::DuplicateKey)
            .map(|p| p.pos.line)
            .collect();
        assert_eq!(dups, vec![4, 5]);
    }

    #[test]
    fn alias_bomb_hits_the_budget() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let parsed = parse(&text, 1);
        assert!(parsed.problems.iter().any(|p| p.kind == ProblemKind::Limit));
    }

    #[test]
    fn deep_nesting_is_a_problem_not_a_crash() {
        let text = format!("a: {}", "[".repeat(100_000));
        let parsed = parse(&text, 1);
        assert!(!parsed.problems.is_empty());
    }

    #[test]
    fn syntax_error_has_file_line() {
        let parsed = parse("a: 1\nb: [\n", 10);
        assert_eq!(parsed.problems[0].kind, ProblemKind::Syntax);
        assert!(parsed.problems[0].pos.line >= 11);
    }
}
