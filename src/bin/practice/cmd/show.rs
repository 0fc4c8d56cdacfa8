//! `practice show ID`: one practice, readable in a terminal: its front matter as fields with
//! Dutch labels, then its Markdown body; or the parsed practice as JSON.

use std::io::Write;
use std::process::ExitCode;

use practice::export::Record;
use practice::model::{Collection, Entry};
use practice::present::{self, Field};

use practice::text::{Shown, terminal_safe};

use super::Context;
use super::selection;
use crate::output::safe;
use crate::terminal::{self, Out};

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Labelled fields and the Markdown body.
    Human,
    /// The parsed practice: front matter, path, places, body as Markdown and as plain text.
    Json,
}

/// Arguments of `show`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The practice: its id, or the path of its file.
    #[arg(value_name = "ID")]
    id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// The width to wrap to, instead of the terminal's (for tests and scripts).
    #[arg(long, value_name = "COLUMNS", hide = true)]
    width: Option<usize>,
}

/// Finds a practice by id or by file path (so shell completion of a path works too).
fn find<'a>(collection: &'a Collection, wanted: &str) -> anyhow::Result<&'a Entry> {
    let id = super::practice_id(wanted);
    if let Some(entry) = collection.get(id) {
        return Ok(entry);
    }
    if collection
        .unreadable
        .iter()
        .any(|p| p.ends_with(&format!("/{id}.md")))
    {
        anyhow::bail!(
            "{}",
            practice::tr!("cmd-show-unreadable", id = safe(id).into_owned())
        );
    }
    let ids = collection.entries.iter().map(|e| e.practice.id.as_str());
    match practice::text::suggest(id, ids) {
        Some(s) => anyhow::bail!(
            "{}",
            practice::tr!(
                "cmd-show-not-found-meant",
                id = safe(id).into_owned(),
                meant = safe(s).into_owned()
            )
        ),
        None => anyhow::bail!(
            "{}",
            practice::tr!("cmd-show-not-found", id = safe(id).into_owned())
        ),
    }
}

/// The width to wrap to: the one asked for, or the terminal's (or `COLUMNS`) within reason;
/// 100 when piped.
fn width(asked: Option<usize>) -> usize {
    asked.unwrap_or_else(|| terminal::stdout_width().unwrap_or(100).clamp(40, 120))
}

/// The start of a Markdown line that its continuation lines are indented under: leading
/// blanks, then a list item's marker or a quote's `>`.
fn marker(line: &str) -> usize {
    let blanks = line.len() - line.trim_start().len();
    let rest = &line[blanks..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let item = if ["- ", "* ", "+ ", "> "].iter().any(|m| rest.starts_with(m)) {
        2
    } else if digits > 0 && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") ")) {
        digits + 2
    } else {
        0
    };
    blanks + item
}

/// The body as lines for the terminal: the template's HTML comments (hints for the author)
/// left out, paragraphs and list items wrapped to `width` under their marker. Code blocks,
/// tables and headings keep their lines, since wrapping would change what they mean.
fn body_lines(body: &str, width: usize) -> Vec<String> {
    let body = practice::markdown::without_comments(body);
    let mut lines: Vec<String> = Vec::new();
    let mut fence: Option<&str> = None;
    for line in body.lines() {
        let trimmed = line.trim_start();
        let verbatim = fence.is_some()
            || trimmed.starts_with('#')
            || trimmed.starts_with('|')
            || line.starts_with("    ")
            || line.starts_with('\t');
        for mark in ["```", "~~~"] {
            if trimmed.starts_with(mark) {
                fence = if fence == Some(mark) {
                    None
                } else {
                    fence.or(Some(mark))
                };
            }
        }
        if verbatim || fence.is_some() || trimmed.is_empty() {
            // Comments removed, their lines leave blanks: one blank between blocks is enough.
            if trimmed.is_empty() && lines.last().is_none_or(String::is_empty) && fence.is_none() {
                continue;
            }
            lines.push(line.trim_end().to_owned());
            continue;
        }
        let at = marker(line);
        let (head, text) = line.split_at(at);
        let indent = " ".repeat(terminal::columns(head));
        let wrapped = terminal::wrap(text, width.saturating_sub(indent.len()).max(20));
        for (i, part) in wrapped.into_iter().enumerate() {
            lines.push(format!("{}{part}", if i == 0 { head } else { &indent }));
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

fn bold(text: &str, color: bool) -> String {
    if color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

fn fields(
    out: &mut impl Write,
    fields: &[Field],
    width: usize,
    color: bool,
) -> std::io::Result<()> {
    let label_width = fields
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    let value_width = width.saturating_sub(label_width + 2).max(30);
    let indent = " ".repeat(label_width + 2);
    for field in fields {
        let mut first = true;
        let mut texts: Vec<String> = field
            .items
            .iter()
            .map(|item| match &item.url {
                Some(url) if *url != item.text && !url.starts_with("mailto:") => {
                    format!("{} <{}>", safe(&item.text), safe(url))
                }
                _ => safe(&item.text).into_owned(),
            })
            .collect();
        // Lists of short words (themes, keywords) read better as one flowing line.
        if field
            .items
            .iter()
            .all(|i| i.url.is_none() && i.text.chars().count() < 40)
        {
            texts = vec![texts.join(", ")];
        }
        for text in texts {
            for line in terminal::wrap(&text, value_width) {
                if first {
                    let pad = " ".repeat(label_width - field.label.chars().count());
                    writeln!(out, "{}{pad}  {line}", bold(&field.label, color))?;
                    first = false;
                } else {
                    writeln!(out, "{indent}{line}")?;
                }
            }
        }
    }
    Ok(())
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let collection = selection::load(cx, &schema)?;
    let entry = find(&collection, &args.id)?;
    let mut out = Out::new();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &Record::new(entry, true))?;
            writeln!(out)?;
        }
        Format::Human => {
            let all = present::fields(entry, &schema);
            let width = width(args.width);
            fields(&mut out, &all, width, cx.color)?;
            writeln!(out)?;
            for line in body_lines(entry.body.trim(), width) {
                // Tabs are the author's layout; anything else a terminal acts on is escaped.
                let line = terminal_safe(&line, Shown::Lines);
                if line.starts_with('#') {
                    writeln!(out, "{}", bold(&line, cx.color))?;
                } else {
                    writeln!(out, "{line}")?;
                }
            }
        }
    }
    out.finish()?;
    if args.format == Format::Human && !entry.valid && !cx.quiet {
        writeln!(
            std::io::stderr(),
            "{}: {}",
            practice::tr!("severity-warning"),
            practice::tr!(
                "cmd-show-invalid",
                id = safe(&entry.practice.id).into_owned(),
                path = safe(&entry.path).into_owned()
            )
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
