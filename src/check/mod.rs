//! The checks of one practice and of the collection as a whole. Each check reads the parsed
//! [`Document`] and the [`Schema`] and returns findings; none of them prints or fails.

mod adoptions;
mod body;
mod collection;
mod controls;
mod fields;
mod front;
mod paths;

use std::path::Path;

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::practice::Document;
use crate::schema::{JsonSchema, Schema, SchemaError};

pub use collection::{Summary, collection};
pub(crate) use fields::day_month_year;
pub(crate) use paths::{Bound, is_url, resolve_inside};

/// What the checks need besides the document. Made by [`Context::new`] only, so that no check
/// runs without the compiled JSON Schema.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The format criteria.
    pub schema: &'a Schema,
    /// The collection root (holds `schema/` and `practices/`).
    pub root: &'a Path,
    /// Today, for "not in the future" and the review interval.
    pub today: jiff::civil::Date,
    /// `schema`'s JSON Schema, compiled.
    json_schema: &'a JsonSchema,
}

impl<'a> Context<'a> {
    /// The context for checking practices of the collection at `root`; compiles the JSON
    /// Schema of `schema` when nothing did before, and fails when it does not compile.
    pub fn new(
        schema: &'a Schema,
        root: &'a Path,
        today: jiff::civil::Date,
    ) -> Result<Context<'a>, SchemaError> {
        Ok(Context {
            schema,
            root,
            today,
            json_schema: schema.json_schema()?,
        })
    }
}

/// Checks one loaded document; what loading it found is reported by the loader, not here.
pub fn document(doc: &Document, cx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Findings {
        rel: &doc.rel,
        list: Vec::new(),
        suggested: 0,
    };
    controls::check(doc, &mut out);
    let Some(front) = doc.front.as_ref() else {
        return out.list;
    };
    if front.as_map().is_none() {
        out.error(
            front.pos,
            crate::rules::YAML_NOT_MAPPING,
            crate::tr!("check-front-not-mapping", kind = kind_name(front)),
        );
        return out.list;
    }
    let rank = front::check(doc, front, cx, &mut out);
    front::reserved_id(doc, front, cx, &mut out);
    fields::check(front, rank, cx, &mut out);
    adoptions::check(front, cx, &mut out);
    paths::check(doc, front, cx, &mut out);
    if let Some(rank) = rank {
        body::check(doc, rank, cx, &mut out);
    }
    body::links(doc, cx, &mut out);
    curly_quotes(front, &mut out);
    out.list
}

/// `findings` with each grouped finding (several fields a status needs, see
/// [`Diagnostic::fields`]) split into one finding per field, at the same place and with the
/// same code: for readers that handle one field at a time (`add`, `status`, `edit`).
pub fn one_per_field(schema: &Schema, findings: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut out = Vec::with_capacity(findings.len());
    for d in findings {
        if d.fields.is_empty() {
            out.push(d.clone());
            continue;
        }
        for key in &d.fields {
            let name = schema.field_name(key);
            let mut one = d.clone();
            one.fields = Vec::new();
            one.message = crate::tr!("field-missing", field = name.as_str());
            one.help = schema
                .field(key)
                .filter(|f| !f.help.is_empty())
                .map(|f| crate::tr!("field-missing-help", key = key, hint = f.help.as_str()));
            out.push(one);
        }
    }
    out
}

/// Values between Word's curly quotes (`“44021”`): YAML keeps the quotes as part of the text,
/// so other checks would report the value as unknown. One mistake gives one finding: this one
/// replaces what the other checks said about the same value.
fn curly_quotes(front: &crate::yaml::Node, out: &mut Findings<'_>) {
    use crate::yaml::Value;
    const OPEN: [char; 5] = ['“', '”', '„', '‘', '’'];
    let mut stack = vec![front];
    let mut found = Vec::new();
    while let Some(node) = stack.pop() {
        match &node.value {
            Value::Scalar(s) if s.plain && s.text.starts_with(OPEN) && s.text.ends_with(OPEN) => {
                found.push(node);
            }
            Value::Scalar(_) => {}
            Value::Seq(items) => stack.extend(items),
            Value::Map(entries) => stack.extend(entries.iter().map(|(_, v)| v)),
        }
    }
    for node in found.into_iter().rev() {
        let inner = node.as_str().unwrap_or("").trim_matches(OPEN);
        let fix = format!("\"{inner}\"");
        let pos = node.pos;
        out.list
            .retain(|d| (d.line, d.column) != (pos.line, pos.column));
        let words = crate::explain::curly_quoted_value(&fix);
        let d = out.error(pos, crate::rules::INVALID_VALUE, words.message);
        if let Some(help) = words.help {
            d.help(help);
        }
    }
}

/// The kind of a value, in the reader's language, for messages.
pub(crate) fn kind_name(node: &crate::yaml::Node) -> String {
    match node.to_json() {
        serde_json::Value::Null => crate::tr!("check-type-empty"),
        serde_json::Value::Bool(_) => crate::tr!("check-type-boolean"),
        serde_json::Value::Number(_) => crate::tr!("check-type-number"),
        serde_json::Value::String(_) => crate::tr!("check-type-text"),
        serde_json::Value::Array(_) => crate::tr!("check-type-list"),
        serde_json::Value::Object(_) => crate::tr!("check-type-mapping"),
    }
}

/// Findings of one file under construction.
pub(crate) struct Findings<'a> {
    rel: &'a str,
    list: Vec<Diagnostic>,
    /// "Did you mean" searches made so far, see [`Findings::may_suggest`].
    suggested: usize,
}

/// Most "did you mean" searches for one file. Each compares a value with every candidate (285
/// municipalities); a hostile list of 100,000 unknown values would take minutes. Later
/// findings of the file come without a suggestion.
pub(crate) const MAX_SUGGESTIONS: usize = 100;

impl Findings<'_> {
    /// Whether one more "did you mean" may be searched for in this file.
    fn may_suggest(&mut self) -> bool {
        self.suggested += 1;
        self.suggested <= MAX_SUGGESTIONS
    }

    fn push(
        &mut self,
        pos: Pos,
        severity: Severity,
        code: &'static str,
        message: String,
    ) -> &mut Diagnostic {
        self.list
            .push(Diagnostic::new(self.rel, pos, severity, code, message));
        let last = self.list.len() - 1;
        &mut self.list[last]
    }

    fn error(&mut self, pos: Pos, code: &'static str, message: String) -> &mut Diagnostic {
        self.push(pos, Severity::Error, code, message)
    }

    fn warning(&mut self, pos: Pos, code: &'static str, message: String) -> &mut Diagnostic {
        self.push(pos, Severity::Warning, code, message)
    }
}

/// Sets a help text on a finding in place.
pub(crate) trait Help {
    /// Adds a hint.
    fn help(&mut self, help: impl Into<String>);
}

impl Help for Diagnostic {
    fn help(&mut self, help: impl Into<String>) {
        self.help = Some(crate::diagnostic::clip(help.into()));
    }
}
