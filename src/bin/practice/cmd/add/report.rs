//! What `add` tells the editor: the new path, notes, warnings and the next step on success;
//! the reason and the exit code when nothing was written.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use practice::add::explain;
use practice::add::session::Session;
use practice::add::{AddError, Draft, Plan};
use practice::schema::Schema;
use practice::validate::Report;

use super::super::Context;
use crate::output::{self, Format, Options};

/// Explains why nothing was written; the exit code says whether it was a refusal (1), a usage
/// problem (2) or a cancel (130, as for any command stopped with Ctrl-C).
pub(super) fn refuse(e: AddError, cx: &Context) -> anyhow::Result<ExitCode> {
    let code = match &e {
        AddError::PracticeExists { path } => {
            eprintln!(
                "error: a practice with this id already exists: {}",
                shown(path)
            );
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
    eprintln!("error: {e}");
    Ok(ExitCode::from(code))
}

/// The same for an editor at the prompts, in Dutch: what is wrong and, unless the practice
/// exists already or nothing was answered yet, that the answers are kept and how to go on.
pub(super) fn refuse_dutch(
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
        eprintln!("Er is niets in practices/ geschreven:");
    }
    for line in e.dutch(schema, &id) {
        eprintln!("{line}");
    }
    if session.path.is_file() {
        let rel = practice::collection::relative_name(&cx.root, &session.path);
        eprintln!("Je antwoorden zijn bewaard in {rel}.");
        eprintln!("Ga later verder met: practice add --resume");
    }
    Ok(ExitCode::from(code))
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

/// The new path, then (unless quiet) notes, warnings and the next step; in Dutch for an
/// editor at the prompts.
pub(super) fn report_created(
    plan: &Plan,
    schema: &Schema,
    cx: &Context,
    dutch: bool,
) -> anyhow::Result<()> {
    let path = shown(&plan.path);
    let mut out = std::io::stdout().lock();
    if cx.quiet {
        writeln!(out, "{path}")?;
        return Ok(());
    }
    for note in &plan.notes {
        if dutch {
            eprintln!("Opgelet: {}", note.dutch);
        } else {
            eprintln!("note: {note}");
        }
    }
    if !plan.warnings.is_empty() {
        if dutch {
            eprintln!("Goed om te weten:");
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
    if dutch {
        writeln!(out, "Aangemaakt: {path}")?;
    } else {
        writeln!(out, "created {path}")?;
        writeln!(out, "next: practice validate {path}")?;
    }
    if let Some((status, missing)) = &plan.next {
        let mut needs: Vec<String> = missing
            .iter()
            .filter(|m| m.key != "body")
            .map(|m| {
                if dutch {
                    format!("{} (`{}`)", m.label, m.key)
                } else {
                    m.key.clone()
                }
            })
            .collect();
        if let Some(body) = missing.iter().find(|m| m.key == "body") {
            needs.push(if dutch {
                format!("de secties {}", body.label)
            } else {
                format!("the sections {}", body.label)
            });
        }
        if !needs.is_empty() {
            let last = needs.pop().unwrap_or_default();
            let and = if dutch { "en" } else { "and" };
            let list = if needs.is_empty() {
                last
            } else {
                format!("{} {and} {last}", needs.join(", "))
            };
            if dutch {
                writeln!(out, "Voor status {status} is nog nodig: {list}")?;
                writeln!(out, "Vul aan met: practice status {} {status}", plan.id)?;
            } else {
                writeln!(out, "for status `{status}` it still needs: {list}")?;
            }
        }
    }
    Ok(())
}
