//! Loading the collection for the commands that read it (list, show, export, stats), with the
//! warnings they share: files that do not fit the model are named, never silently dropped.

use std::io::Write;

use practice::filter::Filter;
use practice::model::{Collection, Entry};
use practice::schema::Schema;

use super::Context;
use crate::output::safe;

/// Loads the collection at the context's root, warning about unreadable files on stderr.
pub(crate) fn load(cx: &Context, schema: &Schema) -> anyhow::Result<Collection> {
    let today = super::today();
    let collection = practice::collection::load(&cx.root, schema, today)?;
    if !cx.quiet {
        warn_unfit(
            &mut std::io::stderr().lock(),
            Unfit::LeftOut,
            &collection.unreadable,
        )?;
    }
    Ok(collection)
}

/// Most paths named in a warning; a foreign folder can hold thousands of unfit files.
const NAMED: usize = 5;

/// What became of files whose front matter does not fit the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unfit {
    /// Left out of a listing, a count or a bundle.
    LeftOut,
    /// Not in the search index.
    NotIndexed,
}

/// Warns that `paths` were left out or not indexed (`what`) because their front matter does
/// not fit the format, naming the first few.
pub(crate) fn warn_unfit(
    err: &mut impl Write,
    what: Unfit,
    paths: &[String],
) -> anyhow::Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    let mut named = paths
        .iter()
        .take(NAMED)
        .map(|p| safe(p).into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    if paths.len() > NAMED {
        named = practice::tr!(
            "cmd-list-and-more",
            named = named,
            count = paths.len() - NAMED
        );
    }
    let count = paths.len();
    let message = match what {
        Unfit::LeftOut => practice::tr!("cmd-list-unfit-left-out", count = count, named = named),
        Unfit::NotIndexed => {
            practice::tr!("cmd-index-unfit", count = count, named = named)
        }
    };
    writeln!(err, "{}: {message}", practice::tr!("severity-warning"))?;
    Ok(())
}

/// The entries `filter` keeps, in id order.
pub(crate) fn select<'a>(collection: &'a Collection, filter: &Filter) -> Vec<&'a Entry> {
    collection
        .entries
        .iter()
        .filter(|e| filter.matches(e))
        .collect()
}

/// Warns about selected practices that `validate` finds errors in.
pub(crate) fn warn_invalid(cx: &Context, entries: &[&Entry]) -> anyhow::Result<()> {
    let invalid: Vec<String> = entries
        .iter()
        .filter(|e| !e.valid)
        .map(|e| safe(&e.practice.id).into_owned())
        .collect();
    if !invalid.is_empty() && !cx.quiet {
        writeln!(
            std::io::stderr().lock(),
            "{}: {}",
            practice::tr!("severity-warning"),
            practice::tr!(
                "cmd-list-invalid-selected",
                count = invalid.len(),
                ids = invalid.join(", ")
            )
        )?;
    }
    Ok(())
}
