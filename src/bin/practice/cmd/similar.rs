//! `practice similar ID`: the practices most like a given one (more like this), for inspiration
//! and as a duplicate check before adding. Exit 0 with answers, 1 without.

use std::process::ExitCode;

use practice::index::SimilarRequest;

use super::Context;
use super::filter_args::FilterArgs;
use super::search::open;
use super::search::render::{self, Format};

/// Arguments of `similar`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Id of the practice to compare with.
    #[arg(value_name = "ID")]
    id: String,
    #[command(flatten)]
    filters: FilterArgs,
    /// Most practices shown.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 5)]
    limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let id = super::practice_id(&args.id);
    let results = open::query(
        cx,
        || open::filters(cx, &args.filters),
        |i, schema, filter| {
            let request = SimilarRequest {
                id,
                filter,
                limit: open::at_most(args.limit, i),
            };
            i.similar(&request, schema)
        },
    )?;
    let (schema, results) = (results.schema, results.answer);
    render::write(cx, &schema, &results, args.format)?;
    Ok(if results.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
