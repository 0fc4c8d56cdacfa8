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
        let count = refresh.practices;
        let dir = practice::index::INDEX_DIR;
        let seconds = seconds(took);
        let summary = match &refresh.rebuilt {
            Some(why) => practice::tr!(
                "cmd-index-built",
                why = open::reason(why),
                count = count,
                dir = dir,
                seconds = seconds
            ),
            None if !refresh.changed_anything() => practice::tr!(
                "cmd-index-current",
                count = count,
                dir = dir,
                seconds = seconds
            ),
            None => practice::tr!(
                "cmd-index-updated",
                added = refresh.added.len(),
                changed = refresh.changed.len(),
                removed = refresh.removed.len(),
                count = count,
                dir = dir,
                seconds = seconds
            ),
        };
        writeln!(out, "{summary}")?;
    }
    out.flush()?;
    open::unreadable(cx, &refresh, &mut std::io::stderr().lock())?;
    Ok(ExitCode::SUCCESS)
}

/// `took` seconds with two decimals, written the reader's way (`0,05`).
fn seconds(took: f64) -> String {
    let separator = practice::tr!("decimal-separator");
    format!("{took:.2}").replace('.', &separator)
}
