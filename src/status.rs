//! `practice status ID STATUS` as a library: what a practice still needs for another status,
//! grouped and labelled from `schema/rules.yaml`; asking for it through a [`Prompter`]; and the
//! new text, made by editing the file surgically (the `status:` line changed, new entries
//! inserted where the format orders them, sections added to the body) so that comments, quoting
//! and the order of everything else stay as the editor wrote them.
//!
//! What is needed is whatever `validate` reports as an error once the status is changed, so
//! this module and `validate` can never disagree.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::add::explain::{self, Explained};
use crate::add::interview::{self, Prompter, Question};
use crate::add::{AddError, Draft};
use crate::diagnostic::{Diagnostic, Severity};
use crate::schema::Schema;

/// A body section the status requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionNeed {
    /// Its heading, without `## `.
    pub heading: String,
    /// `None` when missing, else the words it has now.
    pub words: Option<usize>,
}

/// What a practice still needs for a status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needs {
    /// Top-level fields that are missing (or miss a required part), in the order of the format.
    pub fields: Vec<String>,
    /// Required body sections that are missing or too short.
    pub sections: Vec<SectionNeed>,
    /// Every other error, explained.
    pub other: Vec<Explained>,
}

impl Needs {
    /// Whether nothing is needed.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.sections.is_empty() && self.other.is_empty()
    }
}

/// `text` with its top-level `status:` set to `status`, the rest of the line (a comment) kept;
/// `None` when the front matter has no such line to change (a flow-style front matter).
pub fn with_status(text: &str, status: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_front = false;
    let mut done = false;
    let mut inserted_after: Option<usize> = None;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\n', '\r']);
        if i == 0 {
            in_front = bare.trim_start_matches('\u{feff}') == "---";
            out.push_str(line);
            continue;
        }
        if in_front && bare == "---" {
            in_front = false;
            if !done {
                // No status line: it goes after `title` (else `id`), where the format has it.
                inserted_after.get_or_insert(out.len());
                out.insert_str(
                    inserted_after.unwrap_or(out.len()),
                    &format!("status: {status}\n"),
                );
                done = true;
            }
        } else if in_front && !done {
            if let Some(rest) = bare.strip_prefix("status:") {
                let comment = rest.find(" #").map(|at| &rest[at..]).unwrap_or("");
                let end = &line[bare.len()..];
                out.push_str(&format!("status: {status}{comment}{end}"));
                done = true;
                continue;
            }
            if bare.starts_with("title:") || bare.starts_with("id:") {
                inserted_after = Some(out.len() + line.len());
            }
        }
        out.push_str(line);
    }
    done.then_some(out)
}

/// What the practice at `path` (text `text`) still needs for `status`, and its text with the
/// status changed.
pub fn needs(
    root: &Path,
    schema: &Schema,
    path: &Path,
    text: &str,
    status: &str,
    today: jiff::civil::Date,
) -> Result<(String, Needs), crate::Error> {
    let changed = with_status(text, status).unwrap_or_else(|| text.to_owned());
    let findings = crate::validate::validate_text(root, schema, path, &changed, today)?;
    Ok((
        changed.clone(),
        sort_needs(schema, &changed, path, &findings),
    ))
}

/// Words of the second-level section `heading` in the body of `text` (0 when absent).
fn section_words(text: &str, heading: &str) -> usize {
    let body = crate::practice::split::split(text).map_or("", |s| s.body);
    crate::markdown::outline(body)
        .headings
        .iter()
        .find(|h| h.level == 2 && h.text == heading)
        .map_or(0, |h| h.words)
}

fn sort_needs(schema: &Schema, text: &str, path: &Path, findings: &[Diagnostic]) -> Needs {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // One per field, so that each error lines up with its explanation below.
    let errors: Vec<Diagnostic> = crate::check::one_per_field(schema, findings)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let explained = explain::explain(schema, text, &stem, &errors);
    let mut needs = Needs::default();
    for (d, e) in errors.iter().zip(explained) {
        let subject = d.message.split('`').nth(1).unwrap_or_default();
        match d.code {
            "missing-field" | "evidence-sources" => {
                if let Some(key) = e.key.clone()
                    && !needs.fields.contains(&key)
                {
                    needs.fields.push(key);
                }
            }
            "section-missing" | "section-too-short" => {
                let heading = subject.trim_start_matches("## ").to_owned();
                // Counted again from the body, never read back from the message: messages
                // are in the reader's language.
                let words = (d.code == "section-too-short").then(|| section_words(text, &heading));
                needs.sections.push(SectionNeed { heading, words });
            }
            _ => needs.other.push(e),
        }
    }
    let order = |key: &String| schema.rules.fields.iter().position(|f| &f.key == key);
    needs.fields.sort_by_key(order);
    let place = |s: &SectionNeed| {
        schema
            .rules
            .sections
            .iter()
            .position(|r| r.heading == s.heading)
    };
    needs.sections.sort_by_key(place);
    needs
}

/// The needs in the reader's language, grouped: fields (label and key), sections, other errors.
pub fn describe(schema: &Schema, id: &str, status: &str, needs: &Needs) -> Vec<String> {
    let label = schema
        .rules
        .statuses
        .iter()
        .find(|s| s.id == status)
        .map_or(status.to_owned(), |s| format!("{} ({})", s.label, s.id));
    let mut out = vec![crate::tr!("note-status-needs", status = label, id = id)];
    if !needs.fields.is_empty() {
        out.push(format!("  {}", crate::tr!("note-status-fields")));
        for key in &needs.fields {
            let help = schema.field(key).map(|f| f.help.as_str()).unwrap_or("");
            let line = if key == "assessment" && !schema.rules.criteria.is_empty() {
                // The criteria and their labels are data: spelled out from `rules.yaml`.
                let criteria: Vec<String> = schema
                    .rules
                    .criteria
                    .iter()
                    .map(|c| format!("{} (`{}`)", c.label.to_lowercase(), c.key))
                    .collect();
                let line = crate::tr!(
                    "note-status-assessment",
                    field = explain::label(schema, key),
                    criteria = criteria.join(", ")
                );
                format!("    - {line}")
            } else if help.is_empty() {
                format!("    - {}", explain::label(schema, key))
            } else {
                format!("    - {}: {help}", explain::label(schema, key))
            };
            out.push(line);
        }
    }
    if !needs.sections.is_empty() {
        let min = schema.rules.min_section_words;
        out.push(format!(
            "  {}",
            crate::tr!("note-status-sections", min = min)
        ));
        for s in &needs.sections {
            let line = match s.words {
                None => crate::tr!("note-status-section-missing", heading = &s.heading),
                Some(n) => crate::tr!("note-status-section-short", heading = &s.heading, count = n),
            };
            out.push(format!("    - {line}"));
        }
    }
    if !needs.other.is_empty() {
        out.push(format!("  {}", crate::tr!("note-status-other")));
        for e in &needs.other {
            let line = crate::tr!("note-status-other-line", line = e.line, text = &e.text);
            out.push(format!("    - {line}"));
        }
    }
    out
}

/// Where each top-level entry of the front matter starts and ends (line indices of `lines`,
/// end exclusive), with the index of the closing `---`.
fn entries(lines: &[&str]) -> (Vec<(String, usize, usize)>, usize) {
    let close = lines
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, l)| l.trim_end() == "---")
        .map_or(lines.len(), |(i, _)| i);
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(close).skip(1) {
        let top = !line.starts_with([' ', '\t', '-', '#']) && !line.trim().is_empty();
        if let Some((key, _)) = line.split_once(':').filter(|_| top) {
            if let Some(last) = out.last_mut() {
                last.2 = i;
            }
            out.push((key.trim().to_owned(), i, close));
        }
    }
    // Comment lines right above a key belong to that key.
    for k in 1..out.len() {
        let mut start = out[k].1;
        while start > out[k - 1].1 + 1 && lines[start - 1].starts_with('#') {
            start -= 1;
        }
        out[k].1 = start;
        out[k - 1].2 = start;
    }
    (out, close)
}

/// Inserts top-level entries (key and rendered text) into the front matter of `text`, each
/// after the last existing entry that comes before it in the format's order.
pub fn insert_entries(schema: &Schema, text: &str, new: &[(&str, String)]) -> String {
    let order = |key: &str| schema.rules.fields.iter().position(|f| f.key == key);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (existing, close) = entries(&lines);
    let mut at: HashMap<usize, String> = HashMap::new();
    for (key, rendered) in new {
        let mine = order(key).unwrap_or(usize::MAX);
        let after = existing
            .iter()
            .filter(|(k, _, _)| order(k).is_some_and(|o| o < mine))
            .map(|(_, _, end)| *end)
            .max()
            .unwrap_or(if existing.is_empty() { close } else { 1 });
        at.entry(after).or_default().push_str(rendered);
    }
    let mut out = String::with_capacity(text.len() + 256);
    for (i, line) in lines.iter().enumerate() {
        if let Some(block) = at.get(&i) {
            // The line before may lack its line end (a front matter of one line).
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(block);
        }
        out.push_str(line);
    }
    if let Some(block) = at.get(&lines.len()) {
        out.push_str(block);
    }
    out
}

/// Adds or completes body sections: `answers` holds the new text per heading. A missing
/// section goes before the first existing section that follows it in the format; a short one
/// gets the text at its end.
pub fn fill_sections(schema: &Schema, text: &str, answers: &[(SectionNeed, String)]) -> String {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if let Some(l) = lines.last_mut().filter(|l| !l.ends_with('\n')) {
        l.push('\n');
    }
    let order = |heading: &str| {
        schema
            .rules
            .sections
            .iter()
            .position(|s| s.heading == heading)
    };
    let body_start = {
        let mut seen = 0;
        lines
            .iter()
            .position(|l| {
                if l.trim_end() == "---" {
                    seen += 1;
                }
                seen == 2
            })
            .map_or(0, |i| i + 1)
    };
    for (need, answer) in answers {
        let headings: Vec<(usize, String)> = lines
            .iter()
            .enumerate()
            .skip(body_start)
            .filter_map(|(i, l)| l.strip_prefix("## ").map(|h| (i, h.trim().to_owned())))
            .collect();
        match need.words {
            None => {
                let mine = order(&need.heading).unwrap_or(usize::MAX);
                let before = headings
                    .iter()
                    .find(|(_, h)| order(h).is_some_and(|o| o > mine))
                    .map_or(lines.len(), |(i, _)| *i);
                let block = format!("## {}\n\n{}\n\n", need.heading, answer.trim());
                if before == lines.len() && lines.last().is_some_and(|l| !l.trim().is_empty()) {
                    lines.push("\n".to_owned());
                }
                lines.insert(before, block);
            }
            Some(_) => {
                let Some(pos) = headings.iter().position(|(_, h)| *h == need.heading) else {
                    continue;
                };
                let end = headings.get(pos + 1).map_or(lines.len(), |(i, _)| *i);
                // After the last line with text in the section.
                let mut at = end;
                while at > headings[pos].0 + 1 && lines[at - 1].trim().is_empty() {
                    at -= 1;
                }
                lines.insert(at, format!("\n{}\n", answer.trim()));
            }
        }
    }
    lines.concat()
}

/// Why [`ask`] stopped before everything was answered, with the answers given until then.
#[derive(Debug)]
pub struct Stopped {
    /// Cancelled (Ctrl-C), or what failed.
    pub error: AddError,
    /// The text with the answers given so far, when there were any: an editor who stops after
    /// writing two sections keeps them.
    pub answered: Option<String>,
}

impl From<AddError> for Stopped {
    fn from(error: AddError) -> Self {
        Stopped {
            error,
            answered: None,
        }
    }
}

/// The answered fields of `draft` put into `text`: in their normal form where they are
/// complete, else as answered (a period with its start and no lifecycle yet), since each answer
/// was checked when it was given and the copy they go to is checked again when it is edited.
fn with_fields(schema: &Schema, text: &str, status: &str, draft: &Draft, needs: &Needs) -> String {
    let mut normal = draft.clone();
    let draft = match normal.normalize(schema) {
        Ok(_) => normal,
        Err(_) => draft.clone(),
    };
    let rendered = crate::add::render::entries(schema, &draft, "", status);
    let new: Vec<(&str, String)> = rendered
        .into_iter()
        .filter(|(k, _)| needs.fields.iter().any(|f| f == k))
        .collect();
    insert_entries(schema, text, &new)
}

/// Asks on a terminal for everything `needs` lists that can be asked: the missing fields (as
/// `add` asks them) and the sections (in the editor, else one by one). Returns the new text,
/// or, when it stops, what was answered until then.
pub fn ask(
    p: &mut dyn Prompter,
    schema: &Schema,
    root: &Path,
    text: &str,
    status: &str,
    needs: &Needs,
    today: jiff::civil::Date,
) -> Result<String, Stopped> {
    let mut draft = Draft {
        status: Some(status.to_owned()),
        ..Draft::default()
    };
    let existing: HashMap<String, PathBuf> = HashMap::new();
    let setting = interview::Setting {
        schema,
        root,
        existing: &existing,
        today,
    };
    if let Err(error) =
        interview::interview_again(p, setting, &mut draft, &mut |_| {}, &needs.fields)
    {
        let answered = with_fields(schema, text, status, &draft, needs);
        return Err(Stopped {
            error,
            answered: (answered != text).then_some(answered),
        });
    }
    let mut checked = draft.clone();
    checked
        .normalize(schema)
        .map_err(|problems| AddError::Invalid { problems })?;
    let mut out = with_fields(schema, text, status, &draft, needs);
    if !needs.sections.is_empty() {
        let mut answers = Vec::new();
        let min = schema.rules.min_section_words;
        for need in &needs.sections {
            let have = need.words.unwrap_or(0);
            let holds = schema
                .rules
                .sections
                .iter()
                .find(|s| s.heading == need.heading)
                .map_or("", |s| s.holds.as_str());
            let q = Question {
                key: format!("body.{}", need.heading),
                label: crate::tr!("note-status-section-label", heading = &need.heading),
                help: match need.words {
                    None => crate::tr!("note-status-section-help", holds = holds, min = min),
                    Some(n) => crate::tr!("note-status-section-short-help", count = n, min = min),
                },
                default: None,
                required: true,
            };
            let enough = move |answer: &str| {
                let words = crate::text::word_count(answer);
                if words + have < min {
                    Err(crate::tr!(
                        "note-status-too-short",
                        count = words + have,
                        min = min
                    ))
                } else {
                    Ok(())
                }
            };
            match p.text(&q, &enough, None) {
                Ok(answer) => answers.push((need.clone(), answer)),
                Err(e) => {
                    let answered = fill_sections(schema, &out, &answers);
                    return Err(Stopped {
                        error: AddError::from(e),
                        answered: (answered != text).then_some(answered),
                    });
                }
            }
        }
        out = fill_sections(schema, &out, &answers);
    }
    Ok(out)
}
