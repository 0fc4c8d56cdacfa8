//! The filter flags shared by `list`, `search` and `export`, resolved into a library
//! [`Filter`] in one place.

use practice::filter::Filter;
use practice::schema::Schema;

/// Which practices to include.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct FilterArgs {
    /// Theme id (repeatable or comma-separated; any of them matches).
    #[arg(long = "theme", value_name = "ID", value_delimiter = ',')]
    pub(crate) themes: Vec<String>,
    /// Target group id (repeatable or comma-separated).
    #[arg(long = "target-group", value_name = "ID", value_delimiter = ',')]
    pub(crate) target_groups: Vec<String>,
    /// Municipality name or NIS code, also pre-2025 ones (repeatable or comma-separated).
    #[arg(long = "municipality", value_name = "NAME|NIS", value_delimiter = ',')]
    pub(crate) municipalities: Vec<String>,
    /// Province name (repeatable or comma-separated).
    #[arg(long = "province", value_name = "NAME", value_delimiter = ',')]
    pub(crate) provinces: Vec<String>,
    /// Status (repeatable or comma-separated; default: every status except `archived`).
    #[arg(long = "status", value_name = "STATUS", value_delimiter = ',')]
    pub(crate) statuses: Vec<String>,
    /// Only practices that started in or after this year.
    #[arg(long, value_name = "YEAR")]
    pub(crate) since: Option<i32>,
}

impl FilterArgs {
    /// Checks every value against the schema and resolves municipality names to NIS codes.
    /// The filter, with the statuses the schema shows by default when none is asked for.
    pub(crate) fn resolve(&self, schema: &Schema) -> anyhow::Result<Filter> {
        self.resolve_or(schema, schema.shown_statuses())
    }

    /// The filter, with `statuses` when none is asked for.
    pub(crate) fn resolve_or(
        &self,
        schema: &Schema,
        statuses: Vec<String>,
    ) -> anyhow::Result<Filter> {
        let municipalities = self
            .municipalities
            .iter()
            .map(|m| Filter::resolve_municipality(schema, m))
            .collect::<Result<Vec<_>, _>>()?;
        let mut filter = Filter {
            themes: self.themes.clone(),
            target_groups: self.target_groups.clone(),
            municipalities,
            provinces: self.provinces.clone(),
            statuses: if self.statuses.is_empty() {
                statuses
            } else {
                self.statuses.clone()
            },
            since: self.since,
        };
        filter.check(schema)?;
        Ok(filter)
    }
}
