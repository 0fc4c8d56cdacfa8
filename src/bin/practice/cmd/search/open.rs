//! Opening the search index for `index`, `search` and `similar`: a progress bar on a terminal
//! while it is built, a note on stderr about what changed, about files left out and about
//! waiting for another process, and one rebuild when the engine reports damage while searching.

use practice::filter::Filter;
use practice::index::{Answer, Options, Rebuild, Refresh, SearchIndex, Skip};
use practice::schema::Schema;
use std::io::Write;

use crate::cmd::Context;
use crate::cmd::filter_args::FilterArgs;
use crate::cmd::selection::{Unfit, warn_unfit};
use crate::output::safe;
use crate::progress::Bar;

/// The bar of a build: worth drawing from the first practice on.
fn bar(cx: &Context) -> Bar {
    Bar::new(
        cx,
        &practice::tr!("cmd-progress-indexing"),
        &practice::tr!("cmd-progress-practices"),
        1,
    )
}

/// Brings the index up to date and answers `query` on it, with a progress bar on a terminal
/// and the note about the update. `prepare` loads the schema (and what the query needs) while
/// the index checks the files. A damaged index is rebuilt by the library, and the note says so.
pub(crate) fn answer<P, T>(
    cx: &Context,
    options: &Options,
    prepare: impl FnOnce() -> anyhow::Result<(Schema, P)>,
    query: impl Fn(&SearchIndex, &Schema, &P) -> Result<T, practice::index::IndexError>,
) -> anyhow::Result<Answer<P, T>> {
    let answer = practice::index::answer(&cx.root, options, &bar(cx), prepare, query)?;
    Ok(answer)
}

/// [`answer`] for a search: waiting for another process that updates the index, and with the
/// note about the update.
pub(crate) fn query<P, T>(
    cx: &Context,
    prepare: impl FnOnce() -> anyhow::Result<(Schema, P)>,
    query: impl Fn(&SearchIndex, &Schema, &P) -> Result<T, practice::index::IndexError>,
) -> anyhow::Result<Answer<P, T>> {
    let options = Options {
        wait: true,
        ..Options::default()
    };
    let answer = answer(cx, &options, prepare, query)?;
    note(cx, &answer.refresh)?;
    Ok(answer)
}

/// The `prepare` of `search` and `similar`: the schema, and the filters resolved against it.
pub(crate) fn filters(cx: &Context, filters: &FilterArgs) -> anyhow::Result<(Schema, Filter)> {
    let schema = cx.schema()?;
    let filter = filters.resolve(&schema)?;
    Ok((schema, filter))
}

/// `limit` no larger than the number of practices in `index`: more shows nothing more, and the
/// engine reserves room for as many hits as asked (`--limit 18446744073709551615` would not fit
/// in memory).
pub(crate) fn at_most(limit: usize, index: &SearchIndex) -> usize {
    limit.min(usize::try_from(index.len()).unwrap_or(usize::MAX))
}

/// Why the index was rebuilt, in words.
pub(crate) fn reason(rebuild: &Rebuild) -> String {
    match rebuild {
        Rebuild::Asked => practice::tr!("rebuild-asked"),
        Rebuild::Missing => practice::tr!("rebuild-missing"),
        Rebuild::Outdated(why) => practice::tr!("rebuild-outdated", why = why.to_string()),
        Rebuild::Corrupt(why) => practice::tr!("rebuild-corrupt", why = why.to_string()),
        Rebuild::InMemory(why) => practice::tr!("rebuild-in-memory", why = why.to_string()),
    }
}

/// One line on stderr when a search had to update the index first (nothing when `-q`).
pub(crate) fn note(cx: &Context, refresh: &Refresh) -> anyhow::Result<()> {
    let mut err = std::io::stderr().lock();
    if !cx.quiet && refresh.changed_anything() {
        match &refresh.rebuilt {
            Some(why) => writeln!(
                err,
                "{}",
                practice::tr!("index-built", count = refresh.practices, why = reason(why))
            )?,
            None => writeln!(
                err,
                "{}",
                practice::tr!(
                    "index-updated",
                    added = refresh.added.len(),
                    changed = refresh.changed.len(),
                    removed = refresh.removed.len()
                )
            )?,
        }
    }
    unreadable(cx, refresh, &mut err)
}

/// Most files named one per line as left out of the index; a foreign folder can hold thousands.
const NAMED: usize = 5;

/// Warns about files that could not be indexed: those that do not fit the format, and those
/// left out for another reason, each with it.
pub(crate) fn unreadable(
    cx: &Context,
    refresh: &Refresh,
    err: &mut impl Write,
) -> anyhow::Result<()> {
    if cx.quiet {
        return Ok(());
    }
    let warning = practice::tr!("severity-warning");
    warn_unfit(err, Unfit::NotIndexed, &refresh.unreadable)?;
    for skipped in refresh.skipped.iter().take(NAMED) {
        let why = match &skipped.why {
            Skip::Unreadable(e) => {
                practice::tr!("cmd-index-skip-unreadable", error = e.to_string())
            }
            Skip::TooLarge { size, max } => {
                practice::tr!("cmd-index-skip-too-large", size = *size, max = *max)
            }
            Skip::Link => practice::tr!("cmd-index-skip-link"),
            Skip::NotUtf8 => practice::tr!("cmd-index-skip-not-utf8"),
        };
        let line = practice::tr!(
            "cmd-index-skipped",
            path = safe(&skipped.path).into_owned(),
            why = why
        );
        writeln!(err, "{warning}: {line}")?;
    }
    if refresh.skipped.len() > NAMED {
        let line = practice::tr!(
            "cmd-index-skipped-more",
            count = refresh.skipped.len() - NAMED
        );
        writeln!(err, "{warning}: {line}")?;
    }
    Ok(())
}
