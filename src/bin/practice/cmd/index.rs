//! `practice index [--rebuild]`: build or update the search index in `.practice/index/` and
//! report which practices were added, changed and removed.

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use practice::index::Options;

use super::Context;
use super::search::open;

/// Arguments of `index`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Throw the index away and build it anew from the files.
    #[arg(long)]
    rebuild: bool,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let options = Options {
        rebuild: args.rebuild,
        // A second writer waits for the first (saying so, for a bounded time), then finds its
        // work done or does what is left.
        wait: true,
        // Building the index is the point: an index folder that cannot be written is an error.
        in_memory_fallback: false,
        ..Options::default()
    };
    let prepare = || Ok((cx.schema()?, ()));
    let refresh = open::answer(cx, &options, prepare, |_, _, _| Ok(()))?.refresh;
    let took = start.elapsed().as_secs_f64();
    let mut out = super::stdout();
    if refresh.rebuilt.is_none() {
        for (mark, paths) in [
            ('+', &refresh.added),
            ('~', &refresh.changed),
            ('-', &refresh.removed),
        ] {
            for p in paths {
                writeln!(out, "{mark} {}", crate::output::safe(p))?;
            }
        }
    }
    if !cx.quiet {
        let summary = match &refresh.rebuilt {
            Some(why) => format!("built anew ({})", open::reason(why)),
            None if !refresh.changed_anything() => "up to date".to_owned(),
            None => format!(
                "{} added, {} changed, {} removed",
                refresh.added.len(),
                refresh.changed.len(),
                refresh.removed.len()
            ),
        };
        writeln!(
            out,
            "index {summary}: {} practices in {} ({took:.2} s)",
            refresh.practices,
            practice::index::INDEX_DIR
        )?;
    }
    out.flush()?;
    open::unreadable(cx, &refresh, &mut std::io::stderr().lock())?;
    Ok(ExitCode::SUCCESS)
}
