//! Every rule of `practice validate`, as a specification: one fixture per behaviour, asserting
//! the rule code, the severity, the exact line and column (1-based, in characters) and, where the
//! tool promises one, the "did you mean" help.

mod adoptions;
mod body;
mod catalogue;
mod collection;
mod controls;
mod criteria;
mod dates;
mod loading;
mod municipalities;
mod paths;
mod statuses;
mod structure;
mod synonyms;
