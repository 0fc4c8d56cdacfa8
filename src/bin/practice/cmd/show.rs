//! `practice show ID`: one practice, readable in a terminal: its front matter as fields with
//! Dutch labels, then its Markdown body; or the parsed practice as JSON.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use practice::export::Record;
use practice::model::{Collection, Entry};
use practice::present::{self, Field};

use practice::text::{Shown, terminal_safe};

use super::Context;
use super::selection;
use crate::output::safe;

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
        anyhow::bail!("practice `{id}` cannot be read into the format; run `practice validate`");
    }
    let ids = collection.entries.iter().map(|e| e.practice.id.as_str());
    let hint = practice::text::suggest(id, ids)
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    anyhow::bail!("no practice with id `{}`{hint}", safe(id))
}

/// Greedy word wrap of `text` to `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(word.to_owned());
        } else {
            if len > 0 {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

fn width() -> usize {
    let terminal = std::io::stdout()
        .is_terminal()
        .then(terminal_size::terminal_size)
        .flatten()
        .map(|(w, _)| usize::from(w.0));
    terminal.unwrap_or(100).clamp(40, 120)
}

fn bold(text: &str, color: bool) -> String {
    if color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

fn fields(out: &mut impl Write, fields: &[Field], color: bool) -> std::io::Result<()> {
    let label_width = fields
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    let value_width = width().saturating_sub(label_width + 2).max(30);
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
            for line in wrap(&text, value_width) {
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
    let mut out = super::stdout();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &Record::new(entry, true))?;
            writeln!(out)?;
        }
        Format::Human => {
            let all = present::fields(entry, &schema);
            fields(&mut out, &all, cx.color)?;
            writeln!(out)?;
            for line in entry.body.trim().lines() {
                // Tabs are the author's layout; anything else a terminal acts on is escaped.
                let line = terminal_safe(line, Shown::Lines);
                if line.starts_with('#') {
                    writeln!(out, "{}", bold(&line, cx.color))?;
                } else {
                    writeln!(out, "{line}")?;
                }
            }
            if !entry.valid && !cx.quiet {
                writeln!(
                    std::io::stderr(),
                    "warning: `{}` has validation errors (run `practice validate {}`)",
                    safe(&entry.practice.id),
                    safe(&entry.path)
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
