//! The one way into the index for a command: "give me an up-to-date searcher and its answer".
//!
//! [`answer`] does in the right order what every caller otherwise had to know: it starts the
//! freshness check of the files first, so that it runs while the caller loads the schema (its
//! `prepare`); it answers the query on the current index while the check finishes, and again
//! on the updated index when files changed; and when the engine reports damage while
//! answering, it rebuilds the index once and asks again, saying so in the [`Refresh`].

use std::path::Path;

use super::IndexError;
use super::scan::Freshness;
use super::store::{Options, Progress, Rebuild, Refresh, SearchIndex};
use crate::schema::Schema;

/// An answer on the up-to-date index, with what the caller prepared for it.
#[derive(Debug)]
pub struct Answer<P, T> {
    /// The index, up to date.
    pub index: SearchIndex,
    /// What bringing it up to date did (a rebuild after damage found while answering too).
    pub refresh: Refresh,
    /// The schema `prepare` loaded.
    pub schema: Schema,
    /// The rest of what `prepare` gave.
    pub prepared: P,
    /// The query's answer.
    pub answer: T,
}

/// Brings the index of the collection at `root` up to date and answers `query` on it.
///
/// `prepare` runs while the files are being checked: it loads the schema and whatever else the
/// query needs (filters resolved against it, say); its error ends the call as it is. Errors
/// of the index come back as `E` too: [`IndexError::Busy`] when another process kept the
/// writer lock past the wait, [`IndexError::Io`] with the path at fault. A damaged index
/// ([`IndexError::needs_rebuild`]) is never an error here: it is rebuilt, in memory when its
/// folder cannot be written and `options` allow it.
pub fn answer<P, T, E>(
    root: &Path,
    options: &Options,
    progress: &dyn Progress,
    prepare: impl FnOnce() -> Result<(Schema, P), E>,
    query: impl Fn(&SearchIndex, &Schema, &P) -> Result<T, IndexError>,
) -> Result<Answer<P, T>, E>
where
    E: From<IndexError>,
{
    let freshness = Freshness::start(root);
    let (schema, prepared) = prepare()?;
    let ask = |index: &SearchIndex| query(index, &schema, &prepared);
    let first = SearchIndex::query_checked(root, &schema, options, progress, freshness, None, ask)?;
    let (index, refresh, answer) = match first.answer {
        Err(e) if e.needs_rebuild() => {
            // The engine's files are let go before they are replaced.
            drop(first.index);
            let why = match e {
                IndexError::Corrupt(why) => why,
                other => other.to_string(),
            };
            let again = SearchIndex::query_checked(
                root,
                &schema,
                options,
                progress,
                Freshness::start(root),
                Some(Rebuild::Corrupt(why)),
                ask,
            )?;
            (again.index, again.refresh, again.answer?)
        }
        answer => (first.index, first.refresh, answer?),
    };
    Ok(Answer {
        index,
        refresh,
        schema,
        prepared,
        answer,
    })
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::path::Path;

    use super::*;
    use crate::collection::{PRACTICES_DIR, SCHEMA_DIR};
    use crate::index::NoProgress;

    /// A collection with the shipped schema and three shipped practices.
    fn collection() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let from = repo.join(SCHEMA_DIR);
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.unwrap();
            let to = tmp
                .path()
                .join(SCHEMA_DIR)
                .join(entry.path().strip_prefix(&from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
        let practices = tmp.path().join(PRACTICES_DIR);
        std::fs::create_dir_all(&practices).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(repo.join(PRACTICES_DIR))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        names.sort();
        for path in names.iter().take(3) {
            std::fs::copy(path, practices.join(path.file_name().unwrap())).unwrap();
        }
        tmp
    }

    fn schema(root: &Path) -> Result<(Schema, ()), IndexError> {
        let schema =
            Schema::load(&root.join(SCHEMA_DIR)).map_err(|e| IndexError::Corrupt(e.to_string()))?;
        Ok((schema, ()))
    }

    #[test]
    fn damage_met_while_answering_rebuilds_once_and_asks_again() {
        let tmp = collection();
        let root = tmp.path();
        let options = Options::default();
        let asked = Cell::new(0);
        let answer = answer(
            root,
            &options,
            &NoProgress,
            || schema(root),
            |index, _, _| {
                asked.set(asked.get() + 1);
                if asked.get() == 1 {
                    return Err(IndexError::Corrupt("a segment reads as nonsense".into()));
                }
                Ok(index.len())
            },
        )
        .unwrap();
        assert_eq!(asked.get(), 2);
        assert_eq!(answer.answer, 3);
        assert_eq!(
            answer.refresh.rebuilt,
            Some(Rebuild::Corrupt("a segment reads as nonsense".into()))
        );
    }

    #[test]
    fn an_error_a_rebuild_would_meet_again_is_reported_not_retried() {
        let tmp = collection();
        let root = tmp.path();
        let asked = Cell::new(0);
        let err = answer(
            root,
            &Options::default(),
            &NoProgress,
            || schema(root),
            |_, _, _| {
                asked.set(asked.get() + 1);
                Err::<(), _>(IndexError::Io {
                    path: root.join("practices/x.md"),
                    source: std::io::ErrorKind::PermissionDenied.into(),
                })
            },
        )
        .unwrap_err();
        assert_eq!(asked.get(), 1);
        assert!(err.to_string().contains("practices/x.md"), "{err}");
    }

    #[test]
    fn the_schema_error_of_prepare_ends_the_call_as_it_is() {
        let tmp = collection();
        let err = answer(
            tmp.path(),
            &Options::default(),
            &NoProgress,
            || Err::<(Schema, ()), _>(IndexError::Busy { dir: "x".into() }),
            |_, _, _| Ok(()),
        )
        .unwrap_err();
        assert!(matches!(err, IndexError::Busy { .. }), "{err}");
        assert!(!tmp.path().join(crate::index::INDEX_DIR).exists());
    }
}
