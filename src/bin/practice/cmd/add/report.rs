//! What `add` tells the editor: the new path, notes, warnings and the next step on success;
//! the reason and the exit code when nothing was written.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use practice::add::explain;
use practice::add::session::Session;
use practice::add::{self, AddError, Draft, Plan};
use practice::schema::Schema;
use practice::validate::Report;

use super::super::Context;
use crate::output::{self, Format, Options};

/// Explains why nothing was written; the exit code says whether it was a refusal (1), a usage
/// problem (2) or a cancel (130, as for any command stopped with Ctrl-C).
pub(super) fn refuse(e: AddError, cx: &Context) -> anyhow::Result<ExitCode> {
    let error = practice::tr!("severity-error");
    let code = match &e {
        AddError::PracticeExists { path } => {
            let message = practice::tr!("add-error-exists", path = shown(path));
            eprintln!("{error}: {message}");
            return Ok(ExitCode::from(1));
        }
        AddError::Rejected {
            rel,
            text,
            findings,
        } => {
            let report = Report {
                files: 1,
                diagnostics: findings.clone(),
                sources: [(rel.clone(), text.clone())].into(),
                ..Report::default()
            };
            render(&report, cx, &mut std::io::stderr().lock())?;
            1
        }
        AddError::Invalid { .. } | AddError::Missing { .. } => 2,
        AddError::Cancelled => {
            eprintln!("{e}");
            return Ok(ExitCode::from(130));
        }
        _ => return Err(e.into()),
    };
    eprintln!("{error}: {e}");
    Ok(ExitCode::from(code))
}

/// The same for an editor at the prompts: what is wrong, by the fields' labels, and, unless
/// the practice exists already or nothing was answered yet, that the answers are kept and how
/// to go on.
pub(super) fn refuse_prompted(
    e: AddError,
    schema: &Schema,
    draft: &Draft,
    session: &Session,
    cx: &Context,
) -> anyhow::Result<ExitCode> {
    let code = match &e {
        AddError::Cancelled => 130,
        AddError::PracticeExists { .. } | AddError::Rejected { .. } => 1,
        AddError::Invalid { .. } | AddError::Missing { .. } => 2,
        _ => 2,
    };
    let id = draft.id.clone().unwrap_or_default();
    if !matches!(e, AddError::Cancelled) {
        eprintln!("{}", practice::tr!("add-nothing-written"));
    }
    for line in e.lines(schema, &id) {
        eprintln!("{line}");
    }
    if session.path.is_file() {
        let rel = practice::collection::relative_name(&cx.root, &session.path);
        say(&practice::tr!("add-answers-kept", path = rel));
    }
    Ok(ExitCode::from(code))
}

/// Prints `text` on standard error, wrapped to the terminal.
fn say(text: &str) {
    for line in wrapped(text, crate::terminal::stderr_width()) {
        eprintln!("{line}");
    }
}

/// The lines of `text` wrapped to `width` (each line on its own), or as they are without one.
/// A heading (`## Context`) stays on one line: a lone `##` reads as a mistake.
fn wrapped(text: &str, width: Option<usize>) -> Vec<String> {
    const KEEP: &str = "##\u{a0}";
    text.lines()
        .flat_map(|line| match width {
            Some(width) => crate::terminal::wrap(&line.replace("## ", KEEP), width)
                .into_iter()
                .map(|l| l.replace(KEEP, "## "))
                .collect(),
            None => vec![line.to_owned()],
        })
        .collect()
}

fn render(report: &Report, cx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let options = Options {
        color: cx.color,
        quiet: true,
        prefix: "",
        strict: false,
    };
    output::render(report, Format::Human, &options, out)
}

/// `path` as the editor would type it: relative to the current folder when below it.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| d.canonicalize().ok());
    let rel = cwd.as_deref().and_then(|d| path.strip_prefix(d).ok());
    rel.unwrap_or(path).display().to_string()
}

/// `a, b en c`: the items as one phrase, in the reader's language.
fn phrase(mut items: Vec<String>) -> String {
    let Some(last) = items.pop() else {
        return String::new();
    };
    if items.is_empty() {
        return last;
    }
    practice::tr!("add-and", items = items.join(", "), last = last)
}

/// The new path, then (unless quiet) notes, warnings and the next step: the fields the next
/// status asks and the command that fills them in. The warnings are explained by the fields'
/// labels for an editor at the prompts, and shown as `validate` shows them otherwise.
pub(super) fn report_created(
    plan: &Plan,
    schema: &Schema,
    cx: &Context,
    prompted: bool,
) -> anyhow::Result<()> {
    let path = shown(&plan.path);
    let mut out = std::io::stdout().lock();
    if cx.quiet {
        writeln!(out, "{path}")?;
        return Ok(());
    }
    for note in &plan.notes {
        say(&practice::tr!("add-note", note = &note.text));
    }
    if !plan.warnings.is_empty() {
        if prompted {
            eprintln!("{}", practice::tr!("add-good-to-know"));
            let explained = explain::explain(schema, &plan.text, &plan.id, &plan.warnings);
            for line in explain::lines(&plan.text, &explained) {
                eprintln!("{line}");
            }
        } else {
            let report = Report {
                files: 1,
                diagnostics: plan.warnings.clone(),
                sources: [(plan.rel.clone(), plan.text.clone())].into(),
                ..Report::default()
            };
            render(&report, cx, &mut std::io::stderr().lock())?;
        }
    }
    let mut closing = vec![practice::tr!("add-created", path = path.as_str())];
    if let Some((status, missing)) = &plan.next {
        let mut needs: Vec<String> = missing
            .iter()
            .filter(|m| m.key != "body")
            .map(|m| schema.field_name(&m.key))
            .collect();
        if let Some(body) = missing.iter().find(|m| m.key == "body") {
            needs.push(practice::tr!("add-sections", sections = &body.label));
        }
        if !needs.is_empty() {
            closing.push(practice::tr!(
                "add-next-needs",
                status = add::status_name(schema, status),
                needs = phrase(needs)
            ));
            closing.push(practice::tr!(
                "add-next-command",
                id = &plan.id,
                status = status.as_str()
            ));
        }
    }
    let width = crate::terminal::stdout_width();
    for line in closing {
        for part in wrapped(&line, width) {
            writeln!(out, "{part}")?;
        }
    }
    Ok(())
}
