//! `practice man`: the manual page generated from the clap definitions, printed as roff, or
//! written as one page per subcommand. Needs no collection.
//!
//! Pages are rendered in memory first, then every target is checked before the first is
//! written: an existing page is replaced only with `--force`, a symbolic link or anything but a
//! regular file never (writing through a link would change a file elsewhere). Each page goes to
//! a temporary file in DIR and is renamed into place, so a page is never half-written and a link
//! that appears meanwhile is replaced, not followed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;

/// Arguments of `man`. The text under its help is `cmd-man-after-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Write `practice.1` and a `practice-<subcommand>.1` per subcommand into DIR.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Replace pages that already exist in DIR (never a symbolic link).
    #[arg(long, requires = "out")]
    force: bool,
}

/// Most paths named in one message.
const NAMED: usize = 5;

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let command = crate::cli::command();
    let Some(dir) = &args.out else {
        let mut out = std::io::stdout().lock();
        clap_mangen::Man::new(command).render(&mut out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    };
    let pages = render(command)?;
    std::fs::create_dir_all(dir)
        .with_context(|| practice::tr!("cmd-error-man-out", path = dir.display().to_string()))?;
    check(dir, &pages, args.force)?;
    let mut written = Vec::with_capacity(pages.len());
    for (name, bytes) in &pages {
        let path = dir.join(name);
        super::write_shareable(&path, bytes, args.force)?;
        written.push(path);
    }
    written.sort();
    let mut out = std::io::stdout().lock();
    for page in written {
        writeln!(out, "{}", page.display())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Every page as (file name, roff), the same set `clap_mangen::generate_to` writes: the
/// command and each visible subcommand, recursively.
fn render(command: clap::Command) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    fn collect(cmd: clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            collect(sub, out)?;
        }
        let man = clap_mangen::Man::new(cmd);
        let mut bytes = Vec::new();
        man.render(&mut bytes)?;
        out.push((man.get_filename(), bytes));
        Ok(())
    }
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    collect(command, &mut pages)?;
    Ok(pages)
}

/// Refuses before anything is written: a link or a non-file at a page's name always, an
/// existing page without `force`.
fn check(dir: &Path, pages: &[(String, Vec<u8>)], force: bool) -> anyhow::Result<()> {
    let mut existing = Vec::new();
    for (name, _) in pages {
        let path = dir.join(name);
        let shown = path.display().to_string();
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                anyhow::bail!("{}", practice::tr!("cmd-error-symlink", path = shown))
            }
            Ok(meta) if !meta.is_file() => {
                anyhow::bail!("{}", practice::tr!("cmd-error-not-a-file", path = shown))
            }
            Ok(_) => existing.push(shown),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e).with_context(|| practice::tr!("cmd-error-check", path = shown));
            }
        }
    }
    if !force && !existing.is_empty() {
        let mut named = existing
            .iter()
            .take(NAMED)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if existing.len() > NAMED {
            named = practice::tr!(
                "cmd-error-and-more",
                named = named,
                count = existing.len() - NAMED
            );
        }
        anyhow::bail!(
            "{}",
            practice::tr!(
                "cmd-error-pages-exist",
                count = existing.len(),
                named = named
            )
        );
    }
    Ok(())
}
