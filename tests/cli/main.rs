//! The integration tests, one crate: each module drives the `practice` binary or the library
//! as a user or a caller would. One crate links the tool once instead of once per file.
//!
//! `common`, `add_common`, `export_common` and `search_common` build temporary collections and
//! run the binary; every other module is one area of behaviour.

mod add_common;
mod common;
mod export_common;
mod fs_support;
mod search_common;

mod add_answers;
mod add_any_status;
mod add_cli;
mod add_edit;
mod add_interactive;
mod add_line;
mod adoptions;
mod brochure_readers;
mod ci_formats;
mod ci_workflows;
mod cli;
mod closed_pipe;
mod commands_dutch;
mod coverage_map;
mod edit_cmd;
mod editors_dutch;
mod export_brochure_urls;
mod export_bundle;
mod export_duplicates;
mod export_names;
mod export_replace;
mod export_safety;
mod export_sanitize;
mod export_selection;
mod fault_properties;
mod findings_dutch;
mod hostile_scale;
mod language;
mod list_cmd;
mod list_show;
mod man_out;
mod outreach;
mod properties;
mod realworld;
mod schema_as_data;
mod schema_cmd;
mod search_cli;
mod search_faults;
mod search_recall;
mod search_relevance;
mod search_staff;
mod stats_cmd;
mod status_cmd;
mod terminal_safety;
mod upkeep;
mod validate_hostile;
mod validate_rules;
mod yaml_mistakes;
