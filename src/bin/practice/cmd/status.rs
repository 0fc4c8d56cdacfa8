//! `practice status ID STATUS`: move a practice along draft, review, published, archived. Says
//! in the reader's language what the new status still needs, asks for it on a terminal, and rewrites the file
//! only when the result passes `validate` (see [`practice::status`]).

use std::io::IsTerminal;
use std::process::ExitCode;

use practice::add::AddError;
use practice::edit;
use practice::status;

use super::Context;
use super::add::terminal::Terminal;
use super::edit::find_or_ask;

/// Arguments of `status`. The examples under its help are `cmd-status-after-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The practice: its id, the path of its file, or an id with a typo.
    #[arg(value_name = "ID")]
    id: String,
    /// The new status: its id or its label (draft or Ontwerp, review or "Ter review", ...).
    #[arg(value_name = "STATUS")]
    status: String,
    /// Never ask: list what is still needed and exit 1 when something is.
    #[arg(long)]
    no_input: bool,
}

/// Prints lines on standard error, each wrapped to the terminal.
fn say(lines: &[String]) {
    let width = crate::terminal::stderr_width();
    for line in lines {
        match width {
            Some(width) if crate::terminal::columns(line) > width => {
                // Continuation lines keep the line's own indentation.
                let indent = line.len() - line.trim_start().len();
                let wrapped = crate::terminal::wrap(line.trim_start(), width - indent.min(width));
                for part in wrapped {
                    eprintln!("{}{part}", &line[..indent]);
                }
            }
            _ => eprintln!("{line}"),
        }
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    // The status as the filters read it: its id or its label (`Gepubliceerd`, `ter review`),
    // in any case, with or without accents.
    let known: Vec<(&str, &str)> = schema
        .rules
        .statuses
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    let new = match practice::filter::normalise(&args.status, &known, "status") {
        Ok(id) => id,
        Err(unknown) => {
            eprintln!("{}: {unknown}", practice::tr!("severity-error"));
            return Ok(ExitCode::from(2));
        }
    };
    let mut terminal = interactive.then(|| Terminal::new(None, std::path::PathBuf::new()));
    let Some(path) = find_or_ask(cx, &args.id, terminal.as_mut()) else {
        return Ok(ExitCode::from(2));
    };
    let rel = practice::collection::relative_name(&cx.root, &path);
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let original = std::fs::read_to_string(&path)?;
    let today = super::today();
    let (changed, needs) = status::needs(&cx.root, &schema, &path, &original, &new, today)?;
    if status::with_status(&original, &new).is_none() {
        say(&[practice::tr!(
            "cmd-status-cannot-change",
            path = rel.as_str(),
            id = id.as_str()
        )]);
        return Ok(ExitCode::from(2));
    }
    if changed == original {
        let status = practice::add::status_name(&schema, &new);
        say(&[practice::tr!(
            "cmd-status-already",
            id = id.as_str(),
            status = status
        )]);
        return Ok(ExitCode::SUCCESS);
    }
    let done = |text: &str| -> anyhow::Result<ExitCode> {
        if edit::replace(&path, &original, text)? {
            let status = practice::add::status_name(&schema, &new);
            println!(
                "{}",
                practice::tr!(
                    "cmd-status-done",
                    id = id.as_str(),
                    status = status,
                    path = rel.as_str()
                )
            );
            Ok(ExitCode::SUCCESS)
        } else {
            say(&[practice::tr!(
                "cmd-status-changed-meanwhile",
                path = rel.as_str()
            )]);
            Ok(ExitCode::from(1))
        }
    };
    if needs.is_empty() {
        return done(&changed);
    }
    say(&status::describe(&schema, &id, &new, &needs));
    let Some(terminal) = terminal.as_mut() else {
        say(&[practice::tr!("cmd-status-unchanged", path = rel.as_str())]);
        return Ok(ExitCode::from(1));
    };
    if needs.fields.is_empty() && needs.sections.is_empty() {
        say(&[practice::tr!("cmd-status-fix-first", id = id.as_str())]);
        return Ok(ExitCode::from(1));
    }
    say(&[practice::tr!("cmd-status-fill-in")]);
    // Answers that do not (yet) make the practice pass are never lost: `practice edit` starts
    // from this copy.
    let keep = |text: &str| -> anyhow::Result<()> {
        let name = |p: &std::path::Path| practice::collection::relative_name(&cx.root, p);
        let line = match edit::keep_answers(&cx.root, &path, text)? {
            edit::Kept::InCopy(copy) => practice::tr!(
                "cmd-status-answers-kept",
                path = rel.as_str(),
                copy = name(&copy),
                id = id.as_str()
            ),
            edit::Kept::Aside { copy, aside } => practice::tr!(
                "cmd-status-answers-aside",
                path = rel.as_str(),
                copy = name(&copy),
                aside = name(&aside),
                id = id.as_str()
            ),
        };
        say(&[line]);
        Ok(())
    };
    let filled = match status::ask(terminal, &schema, &cx.root, &changed, &new, &needs, today) {
        Ok(text) => text,
        Err(stopped) => {
            let cancelled = matches!(stopped.error, AddError::Cancelled);
            if !cancelled {
                say(&stopped.error.lines(&schema, &id));
            }
            match &stopped.answered {
                Some(answered) => keep(answered)?,
                None if cancelled => {
                    say(&[practice::tr!("cmd-status-stopped", path = rel.as_str())]);
                }
                None => say(&[practice::tr!("cmd-status-unchanged", path = rel.as_str())]),
            }
            return Ok(ExitCode::from(if cancelled { 130 } else { 1 }));
        }
    };
    let (_, left) = status::needs(&cx.root, &schema, &path, &filled, &new, today)?;
    if left.is_empty() {
        return done(&filled);
    }
    say(&status::describe(&schema, &id, &new, &left));
    keep(&filled)?;
    Ok(ExitCode::from(1))
}
