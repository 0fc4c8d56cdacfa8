//! `practice stats [filters]`: practices per status, province, theme and target group, and
//! which of the Flemish municipalities have at least one practice, per province, with the
//! list of those that have none.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;

use practice::stats::{Count, Stats, compute};

use super::Context;
use super::filter_args::FilterArgs;
use super::selection;

/// Output formats of `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Aligned lists for reading.
    Human,
    /// One JSON object.
    Json,
}

/// Arguments of `stats`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    filters: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Also draw the coverage map of the counted practices as SVG into FILE: every
    /// municipality a tile, grouped by province and arrondissement.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// Replace an existing FILE of --svg.
    #[arg(long, requires = "svg")]
    force: bool,
}

/// `part` of `whole` as a percentage with one decimal, written the reader's way (`13,3 %`).
fn percent(part: usize, whole: usize) -> String {
    let separator = practice::tr!("decimal-separator")
        .chars()
        .next()
        .unwrap_or('.');
    match practice::text::percent(part, whole, separator) {
        Some(text) => practice::tr!("percent", value = text.trim_end_matches('%')),
        None => "-".to_owned(),
    }
}

fn counts(out: &mut impl Write, title: &str, counts: &[Count]) -> std::io::Result<()> {
    writeln!(out, "\n{title}")?;
    let width = counts
        .iter()
        .map(|c| crate::output::safe(&c.label).chars().count())
        .max()
        .unwrap_or(0);
    for c in counts {
        let label = crate::output::safe(&c.label);
        let pad = width.saturating_sub(label.chars().count());
        writeln!(out, "  {label}{}  {:>4}", " ".repeat(pad), c.count)?;
    }
    Ok(())
}

/// The counts for reading. The first line answers the question the collection exists for: how
/// many municipalities were reached (a practice of their own or one taken over) and how many
/// not yet.
fn human(out: &mut impl Write, stats: &Stats, statuses: &str) -> std::io::Result<()> {
    let c = &stats.coverage;
    writeln!(
        out,
        "{}",
        practice::tr!(
            "stats-reached",
            reached = c.reached_or_adopted,
            municipalities = c.municipalities,
            percent = percent(c.reached_or_adopted, c.municipalities),
            without = c.municipalities - c.reached_or_adopted
        )
    )?;
    writeln!(
        out,
        "  {}",
        practice::tr!(
            "stats-reached-split",
            own = c.reached,
            adopted = c.reached_or_adopted - c.reached
        )
    )?;
    write!(
        out,
        "\n{}",
        practice::tr!(
            "stats-counted",
            count = stats.practices,
            statuses = statuses
        )
    )?;
    if stats.invalid > 0 {
        write!(
            out,
            " ({})",
            practice::tr!("stats-invalid", count = stats.invalid)
        )?;
    }
    writeln!(out)?;
    counts(out, &practice::tr!("stats-per-status"), &stats.by_status)?;
    counts(
        out,
        &practice::tr!("stats-per-province"),
        &stats.by_province,
    )?;
    counts(out, &practice::tr!("stats-per-theme"), &stats.by_theme)?;
    counts(
        out,
        &practice::tr!("stats-per-target-group"),
        &stats.by_target_group,
    )?;
    writeln!(out, "\n{}", practice::tr!("stats-coverage-heading"))?;
    let width = c
        .provinces
        .iter()
        .map(|p| p.province.chars().count())
        .max()
        .unwrap_or(0);
    writeln!(
        out,
        "  {}  {:>16}  {:>16}",
        " ".repeat(width),
        practice::tr!("stats-own"),
        practice::tr!("stats-or-adoption")
    )?;
    for p in &c.provinces {
        let pad = " ".repeat(width - p.province.chars().count());
        writeln!(
            out,
            "  {}{pad}  {:>3} / {:>3}  {:>7}  {:>3} / {:>3}  {:>7}",
            p.province,
            p.reached,
            p.municipalities,
            percent(p.reached, p.municipalities),
            p.reached_or_adopted,
            p.municipalities,
            percent(p.reached_or_adopted, p.municipalities)
        )?;
    }
    if !stats.most_adopted.is_empty() {
        writeln!(out, "\n{}", practice::tr!("stats-most-adopted"))?;
        for a in &stats.most_adopted {
            writeln!(out, "  {:>3}  {} ({})", a.adoptions, a.title, a.id)?;
        }
    }
    for p in c.provinces.iter().filter(|p| !p.without.is_empty()) {
        writeln!(
            out,
            "\n{}",
            practice::tr!(
                "stats-without",
                province = p.province.as_str(),
                count = p.without.len()
            )
        )?;
        // Wrapped so the list stays readable in a terminal and in an e-mail.
        let mut line = String::new();
        for (i, m) in p.without.iter().enumerate() {
            let item = if i + 1 < p.without.len() {
                format!("{}, ", m.name)
            } else {
                m.name.clone()
            };
            if !line.is_empty() && line.chars().count() + item.chars().count() > 96 {
                writeln!(out, "  {}", line.trim_end())?;
                line.clear();
            }
            line.push_str(&item);
        }
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let filter = args.filters.resolve(&schema)?;
    let collection = selection::load(cx, &schema)?;
    let entries = selection::select(&collection, &filter);
    let stats = compute(&entries, &schema);
    if let Some(path) = &args.svg {
        let map = practice::map::coverage_svg(&entries, &schema);
        write_svg(cx, path, map.as_bytes(), args.force)?;
    }
    let mut out = super::stdout();
    match args.format {
        Format::Json => {
            // Say what was counted: the default excludes archived practices.
            let mut json = serde_json::to_value(&stats)?;
            json["statuses"] = serde_json::json!(filter.statuses);
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)?;
        }
        Format::Human => {
            // By label, as editors know them: "Ontwerp, Ter review", not the ids.
            let statuses = schema.status_labels(&filter.statuses);
            human(&mut out, &stats, &statuses)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the map through a temporary file renamed into place: never inside the collection's
/// `practices/` or `schema/`, never through a symbolic link, and over an existing file only with
/// `--force` (a file that appears meanwhile is not replaced either).
fn write_svg(cx: &Context, path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let real_parent = parent.canonicalize().with_context(|| {
        practice::tr!("cmd-error-svg-folder", path = path.display().to_string())
    })?;
    for folder in [
        practice::collection::PRACTICES_DIR,
        practice::collection::SCHEMA_DIR,
    ] {
        let inside = cx.root.join(folder);
        let inside = inside.canonicalize().unwrap_or(inside);
        anyhow::ensure!(
            !real_parent.starts_with(&inside),
            "{}",
            practice::tr!(
                "cmd-error-inside-collection",
                path = path.display().to_string(),
                folder = format!("{folder}/")
            )
        );
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => anyhow::bail!(
            "{}",
            practice::tr!("cmd-error-not-a-file", path = path.display().to_string())
        ),
        Ok(_) if !force => anyhow::bail!(
            "{}",
            practice::tr!("cmd-error-exists", path = path.display().to_string())
        ),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(e).with_context(|| {
                practice::tr!("cmd-error-check", path = path.display().to_string())
            });
        }
    }
    super::write_shareable(path, bytes, force)
}
