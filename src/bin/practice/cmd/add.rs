//! `practice add`: create a new practice that passes validation, from prompts (on a terminal)
//! or from flags (`--no-input`, scripts), and optionally open it in the editor.

mod report;
pub(crate) mod terminal;

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use practice::add::session::{self, Session, SessionError};
use practice::add::{self, AddError, Draft, Plan, Prompter, Question};
use practice::diagnostic::Severity;
use practice::schema::Schema;

use super::{Context, editor};
use crate::output::{self, Format, Options};

/// Arguments of `add`. The examples under its help are `cmd-add-after-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Title, 3 to 120 characters.
    #[arg(long)]
    title: Option<String>,
    /// Id and file name (default: from the title and the municipality).
    #[arg(long)]
    id: Option<String>,
    /// Status of the new practice (default: draft); it decides which fields are required.
    #[arg(long, value_name = "STATUS")]
    status: Option<String>,
    /// Municipality: Dutch name or NIS code, also a pre-2025 one (repeatable).
    #[arg(long = "municipality", value_name = "NAME|NIS")]
    municipalities: Vec<String>,
    /// Summary in plain text, 20 to 600 characters.
    #[arg(long)]
    summary: Option<String>,
    /// Theme: id or Dutch label from `practice schema` (repeatable).
    #[arg(long = "theme", value_name = "ID")]
    themes: Vec<String>,
    /// Target group: id or Dutch label (repeatable).
    #[arg(long = "target-group", value_name = "ID")]
    target_groups: Vec<String>,
    /// Owner organisation (role `eigenaar`), e.g. "Stad Gent".
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
    /// Type of the owner: an `actor_types` id, e.g. lokaal-bestuur.
    #[arg(long, value_name = "TYPE")]
    owner_type: Option<String>,
    /// Start date: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// End date: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    /// Lifecycle: gepland, lopend, afgerond, stopgezet or structureel.
    #[arg(long, value_name = "STATE")]
    lifecycle: Option<String>,
    /// Markdown body instead of the section template (`-` reads standard input).
    #[arg(long, value_name = "FILE")]
    body: Option<PathBuf>,
    /// Open $VISUAL or $EDITOR on the new file, then validate it again.
    #[arg(long)]
    edit: bool,
    /// Never prompt; fail (exit 2) naming every missing required field.
    #[arg(long)]
    no_input: bool,
    /// Continue an interrupted or failed session (its answers are kept in
    /// `.practice/drafts/`): the most recent one, or the one named.
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
    resume: Option<String>,
    #[command(flatten)]
    criteria: Criteria,
}

/// The fields a status above draft requires; rarely known when a practice is first recorded.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Fields for review and published")]
struct Criteria {
    /// Scale: lokaal, intergemeentelijk, regionaal or vlaanderen.
    #[arg(long)]
    scope: Option<String>,
    /// Evidence level: beschreven, output-gemeten, intern-geevalueerd, extern-geevalueerd.
    #[arg(long, value_name = "LEVEL")]
    evidence: Option<String>,
    /// Evidence source: URL or attachment path (repeatable).
    #[arg(long = "source", value_name = "URL")]
    sources: Vec<String>,
    /// Number of people reached.
    #[arg(long, value_name = "COUNT")]
    reach: Option<String>,
    /// What `--reach` counts, e.g. deelnemers.
    #[arg(long, value_name = "UNIT")]
    reach_unit: Option<String>,
    /// Over which period `--reach` counts, e.g. "per jaar".
    #[arg(long, value_name = "TEXT")]
    reach_period: Option<String>,
    /// Material for others to reuse: URL or attachment path (repeatable).
    #[arg(long = "material", value_name = "URL")]
    materials: Vec<String>,
    /// Cost, in short.
    #[arg(long, value_name = "TEXT")]
    cost: Option<String>,
    /// Staff needed, in short.
    #[arg(long, value_name = "TEXT")]
    staff: Option<String>,
    /// What another municipality needs to start.
    #[arg(long, value_name = "TEXT")]
    prerequisites: Option<String>,
    /// Funding: a `funding` id (repeatable).
    #[arg(long = "funding", value_name = "ID")]
    funding: Vec<String>,
    /// Contact organisation (default with --email or --url: the owner).
    #[arg(long, value_name = "NAME")]
    contact: Option<String>,
    /// Contact e-mail; prefer a function mailbox.
    #[arg(long)]
    email: Option<String>,
    /// Contact web page.
    #[arg(long)]
    url: Option<String>,
    /// Free keyword (repeatable).
    #[arg(long = "keyword", value_name = "WORD")]
    keywords: Vec<String>,
    /// Who assessed the three criteria (needed for `published`, with the four below).
    #[arg(long, value_name = "NAME")]
    assessed_by: Option<String>,
    /// Date of the assessment, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    assessed_on: Option<String>,
    /// Criterion "proven to work": voldaan, deels or niet.
    #[arg(long, value_name = "VERDICT")]
    proven: Option<String>,
    /// Criterion "immediately deployable": voldaan, deels or niet.
    #[arg(long, value_name = "VERDICT")]
    deployable: Option<String>,
    /// Criterion "reaches many people": voldaan, deels or niet.
    #[arg(long, value_name = "VERDICT")]
    reach_verdict: Option<String>,
}

impl Args {
    /// What the flags give, with the body read from its file.
    fn draft(&self) -> anyhow::Result<Draft> {
        let c = &self.criteria;
        let body = match &self.body {
            Some(path) if path.as_os_str() == "-" => {
                let mut text = String::new();
                std::io::stdin()
                    .read_to_string(&mut text)
                    .with_context(|| practice::tr!("add-body-stdin"))?;
                Some(text)
            }
            Some(path) => Some(
                std::fs::read_to_string(path)
                    .with_context(|| format!("--body {}", path.display()))?,
            ),
            None => None,
        };
        Ok(Draft {
            id: self.id.clone(),
            title: self.title.clone(),
            status: self.status.clone(),
            municipalities: self.municipalities.clone(),
            summary: self.summary.clone(),
            scope: c.scope.clone(),
            themes: self.themes.clone(),
            target_groups: self.target_groups.clone(),
            owner: self.owner.clone(),
            owner_type: self.owner_type.clone(),
            start: self.start.clone(),
            end: self.end.clone(),
            lifecycle: self.lifecycle.clone(),
            evidence: c.evidence.clone(),
            sources: c.sources.clone(),
            reach: c.reach.clone(),
            reach_unit: c.reach_unit.clone(),
            reach_period: c.reach_period.clone(),
            materials: c.materials.clone(),
            cost: c.cost.clone(),
            staff: c.staff.clone(),
            prerequisites: c.prerequisites.clone(),
            funding: c.funding.clone(),
            contact: c.contact.clone(),
            email: c.email.clone(),
            url: c.url.clone(),
            keywords: c.keywords.clone(),
            assessed_by: c.assessed_by.clone(),
            assessed_on: c.assessed_on.clone(),
            proven: c.proven.clone(),
            deployable: c.deployable.clone(),
            reach_verdict: c.reach_verdict.clone(),
            body,
            body_unfinished: None,
        })
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    // Compiled before anything is asked, so that a JSON Schema that does not compile stops
    // here as an unusable schema, not at the first answer.
    schema.json_schema()?;
    let now = super::now();
    let today = now.date();
    // Known before anything is asked or written, so a missing editor costs no work.
    let editor = if args.edit {
        Some(editor::from_env().context(practice::tr!("add-edit-needs-editor"))?)
    } else {
        None
    };
    let reads_stdin = args.body.as_deref().is_some_and(|b| b.as_os_str() == "-");
    let interactive = !args.no_input
        && !reads_stdin
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal();
    let (session, mut draft) = match &args.resume {
        Some(name) => match Session::find(&cx.root, Some(name)) {
            Ok(session) => {
                let mut saved = session.load()?;
                saved.overlay(args.draft()?);
                eprintln!(
                    "{}",
                    practice::tr!("add-resumed", path = shown_rel(cx, &session.path))
                );
                (session, saved)
            }
            Err(SessionError::Nothing { .. }) => {
                eprintln!(
                    "{}",
                    practice::tr!("add-nothing-to-resume", dir = session::DRAFTS_DIR)
                );
                return Ok(ExitCode::from(2));
            }
            Err(e) => return Err(e.into()),
        },
        None => (Session::new(&cx.root, &now), args.draft()?),
    };
    // The body of a review or published practice is written in the editor: the one of
    // `--edit`, else on a terminal the configured one (without, the prompts ask section by
    // section).
    let body_editor = editor
        .clone()
        .or_else(|| interactive.then(|| editor::from_env().ok()).flatten());
    let mut terminal = terminal::Terminal::new(body_editor, session.path.with_extension("md"));
    let created = if interactive {
        create(
            cx,
            &schema,
            &mut draft,
            Some(&mut terminal),
            &session,
            today,
        )
    } else {
        create_without_prompts(cx, &schema, &mut draft, &mut terminal, &session, today)
    };
    let plan = match created {
        // The practice holds every answer now; a draft left behind would only confuse.
        Ok(plan) => {
            let _ = session.remove();
            plan
        }
        Err(e) if interactive || session.path.is_file() => {
            return report::refuse_prompted(e, &schema, &draft, &session, cx);
        }
        Err(e) => return report::refuse(e, cx),
    };
    report::report_created(&plan, &schema, cx, interactive)?;
    let editor = match editor {
        // The body was just written in the editor and checked: no second round.
        _ if terminal.edited => None,
        Some(editor) => Some(editor),
        None if interactive => offer_editor(&mut terminal)?,
        None => None,
    };
    match editor {
        Some(editor) => edit(&editor, &plan.path, &schema, cx, today),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// `path` relative to the root, for messages.
fn shown_rel(cx: &Context, path: &Path) -> String {
    practice::collection::relative_name(&cx.root, path)
}

/// Without prompts: the flags, and with `--edit` the body written in the editor when the
/// status requires one that `--body` did not give. A text that then fails the check is kept
/// in the session, so `--resume` starts from it.
fn create_without_prompts(
    cx: &Context,
    schema: &Schema,
    draft: &mut Draft,
    terminal: &mut terminal::Terminal,
    session: &Session,
    today: jiff::civil::Date,
) -> Result<Plan, AddError> {
    let needs_body = draft.missing(schema).iter().any(|m| m.key == "body");
    if needs_body && terminal.has_editor() {
        let question = Question {
            key: "body".into(),
            label: practice::tr!("add-ask-body"),
            help: String::new(),
            default: None,
            required: true,
        };
        let start = draft
            .body_unfinished
            .take()
            .unwrap_or_else(|| add::body_template(schema));
        draft.body = terminal.edit(&question, &start)?;
        let result = add::prepare(&cx.root, schema, draft, today);
        if result.is_err() {
            draft.forget("body");
            let _ = session.save(draft);
        }
        let plan = result?;
        add::write(&plan)?;
        return Ok(plan);
    }
    let plan = add::prepare(&cx.root, schema, draft, today)?;
    add::write(&plan)?;
    Ok(plan)
}

/// Asks for what is missing (when a prompter is given), then checks, renders and writes.
/// With a prompter, every answer is saved in the session as it is given, a final check that
/// fails asks again only the fields at fault, and the session is removed once the practice is
/// written.
fn create(
    cx: &Context,
    schema: &Schema,
    draft: &mut Draft,
    prompter: Option<&mut dyn Prompter>,
    session: &Session,
    today: jiff::civil::Date,
) -> Result<Plan, AddError> {
    let Some(p) = prompter else {
        let plan = add::prepare(&cx.root, schema, draft, today)?;
        add::write(&plan)?;
        return Ok(plan);
    };
    let mut warned = false;
    let mut keep = |d: &Draft| {
        if let Err(e) = session.save(d)
            && !std::mem::replace(&mut warned, true)
        {
            eprintln!(
                "{}",
                practice::tr!("add-cannot-keep", reason = e.to_string())
            );
        }
    };
    let mut tell = |lines: &[String]| {
        for line in lines {
            eprintln!("{line}");
        }
    };
    add::ask_and_write(p, schema, &cx.root, draft, today, &mut keep, &mut tell)
}

/// On a terminal, offers to open the new file when an editor is configured.
fn offer_editor(p: &mut dyn Prompter) -> anyhow::Result<Option<String>> {
    let Ok(editor) = editor::from_env() else {
        return Ok(None);
    };
    let question = Question {
        key: "edit".into(),
        label: practice::tr!("add-offer-editor"),
        help: practice::tr!("add-offer-editor-help", editor = &editor),
        default: None,
        required: false,
    };
    // Declining, or Ctrl-C here, leaves the written practice as it is.
    Ok(p.confirm(&question, false)
        .unwrap_or(false)
        .then_some(editor))
}

/// Opens the editor, then validates the file as it was saved. The file is never removed:
/// findings are reported and the exit code is 1 when there are errors.
fn edit(
    editor: &str,
    path: &Path,
    schema: &Schema,
    cx: &Context,
    today: jiff::civil::Date,
) -> anyhow::Result<ExitCode> {
    match editor::open(editor, path) {
        Ok(status) if status.success() => {}
        Ok(status) => eprintln!(
            "{}",
            practice::tr!(
                "add-editor-ended",
                editor = editor,
                status = status.to_string()
            )
        ),
        Err(e) => eprintln!(
            "{}",
            practice::tr!(
                "add-editor-not-started",
                editor = editor,
                reason = e.to_string()
            )
        ),
    }
    let request = practice::validate::Request {
        paths: vec![path.to_owned()],
        today,
    };
    let report = practice::validate::validate(&cx.root, schema, &request)?;
    let options = Options {
        color: cx.color,
        quiet: cx.quiet,
        prefix: "",
        strict: false,
    };
    output::render(
        &report,
        Format::Human,
        &options,
        &mut std::io::stdout().lock(),
    )?;
    Ok(if report.count(Severity::Error) > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
