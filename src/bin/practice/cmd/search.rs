//! `practice search QUERY [filters]`: full-text search with Dutch analysis, refreshing the index
//! first when files changed. Exit 0 with hits, 1 without (like grep).

pub(crate) mod open;
pub(crate) mod render;

use std::process::ExitCode;

use practice::index::SearchRequest;

use super::Context;
use super::filter_args::FilterArgs;
use render::Format;

/// Arguments of `search`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Words to find; `"a phrase"`, `+word` to require, `-word` to exclude, `a OR b`,
    /// `prefix*`. Practices with every word come first; when none has them all, those with
    /// the most. Accents, case, plurals, diminutives, compounds written apart or joined,
    /// typos and synonyms (`schema/synonyms.yaml`) do not matter. A query that starts with
    /// `-word` goes last, after any options and `--` (`practice search -n 5 -- -word other`).
    #[arg(value_name = "QUERY", num_args = 1.., required = true)]
    query: Vec<String>,
    #[command(flatten)]
    filters: FilterArgs,
    /// Also count the hits per theme, province and status.
    #[arg(long)]
    facets: bool,
    /// Most hits shown.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let query = args.query.join(" ");
    let results = open::query(
        cx,
        || open::filters(cx, &args.filters),
        |i, _, filter| {
            i.search(&SearchRequest {
                query: &query,
                filter,
                limit: open::at_most(args.limit, i),
                facets: args.facets,
            })
        },
    )?;
    let (schema, results) = (results.schema, results.answer);
    render::write(cx, &schema, &results, args.format)?;
    if results.wordless {
        render::wordless(cx, &query, &mut std::io::stderr().lock())?;
    }
    render::widened(cx, &results, &mut std::io::stderr().lock())?;
    if results.total == 0 {
        render::no_hits(cx, &query, &results.hints, &mut std::io::stderr().lock())?;
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
