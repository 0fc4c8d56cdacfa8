//! `practice man`: the manual page generated from the clap definitions, printed as roff, or
//! written as one page per subcommand. Needs no collection.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::CommandFactory;

use crate::cli::Cli;

/// Arguments of `man`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Read it with `practice man | man -l -`, or install the pages with\n  \
    practice man --out ~/.local/share/man/man1"
)]
pub(crate) struct Args {
    /// Write `practice.1` and a `practice-<subcommand>.1` per subcommand into DIR.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let command = Cli::command();
    let Some(dir) = &args.out else {
        let mut out = std::io::stdout().lock();
        clap_mangen::Man::new(command).render(&mut out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("--out {}", dir.display()))?;
    clap_mangen::generate_to(command, dir).with_context(|| format!("--out {}", dir.display()))?;
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "1"))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("practice"))
        })
        .collect();
    pages.sort();
    let mut out = std::io::stdout().lock();
    for page in pages {
        writeln!(out, "{}", page.display())?;
    }
    Ok(ExitCode::SUCCESS)
}
