//! The filter flags shared by `list`, `search` and `export`, resolved into a library
//! [`Filter`] in one place.

use practice::filter::Filter;
use practice::schema::Schema;

/// Which practices to include.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct FilterArgs {
    /// Theme id (repeatable; any of them matches).
    #[arg(long = "theme", value_name = "ID")]
    pub(crate) themes: Vec<String>,
    /// Target group id (repeatable).
    #[arg(long = "target-group", value_name = "ID")]
    pub(crate) target_groups: Vec<String>,
    /// Municipality name or NIS code, also pre-2025 ones (repeatable).
    #[arg(long = "municipality", value_name = "NAME|NIS")]
    pub(crate) municipalities: Vec<String>,
    /// Province name (repeatable).
    #[arg(long = "province", value_name = "NAME")]
    pub(crate) provinces: Vec<String>,
    /// Status (repeatable; default: every status except `archived`).
    #[arg(long = "status", value_name = "STATUS")]
    pub(crate) statuses: Vec<String>,
    /// Only practices that started in or after this year.
    #[arg(long, value_name = "YEAR")]
    pub(crate) since: Option<i32>,
}

impl FilterArgs {
    /// Checks every value against the schema and resolves municipality names to NIS codes.
    pub(crate) fn resolve(&self, schema: &Schema) -> anyhow::Result<Filter> {
        let municipalities = self
            .municipalities
            .iter()
            .map(|m| Filter::resolve_municipality(schema, m))
            .collect::<Result<Vec<_>, _>>()?;
        let filter = Filter {
            themes: self.themes.clone(),
            target_groups: self.target_groups.clone(),
            municipalities,
            provinces: self.provinces.clone(),
            statuses: self.statuses.clone(),
            since: self.since,
        };
        filter.check(schema)?;
        Ok(filter)
    }
}
