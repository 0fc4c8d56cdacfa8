//! Bundles of practices for municipalities and partners: one `.zip` (or a folder) with a
//! manifest, the practices as JSON, CSV and NDJSON, a printable HTML brochure, a coverage map of
//! the municipalities, and the original Markdown files with their attachments.
//!
//! Each generated file is a [`Format`] in its own module; [`sources`] gathers the originals
//! without leaving the collection; [`names`] keeps every name inside the bundle on any system;
//! [`target`] decides whether the output path may be written; [`writer`] writes everything
//! through a temporary file or folder and renames it into place.
//!
//! A bundle holds each id once: of practices sharing an id (an error `validate` reports), the
//! one whose file is named after the id goes in, else the first by path; the others are left
//! out and reported, like practices whose file name cannot go into a bundle.
//! The same collection and request give byte-identical bundles: nothing depends on the clock,
//! file order or the machine.

mod csv;
mod html;
mod json;
mod manifest;
mod names;
mod ndjson;
mod outreach;
mod provenance;
mod record;
mod sources;
mod target;
mod writer;

use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::filter::Filter;
use crate::model::Entry;
use crate::schema::Schema;

pub use csv::{CsvOptions, neutralise, write_csv};
pub use outreach::{Letter, OutreachRequest, folder as outreach_folder, outreach};
pub use provenance::Provenance;
pub use record::Record;
pub use sources::{Attachment, Skipped};
pub use target::Layout;

/// Why a bundle was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output path exists and replacing it was not asked for.
    #[error("{}", crate::tr!("error-export-exists", path = path.display().to_string()))]
    OutputExists {
        /// The output path.
        path: PathBuf,
    },
    /// The output path lies inside `practices/` or `schema/`, or would replace the collection.
    #[error("{}", match folder {
        Some(folder) => crate::tr!("error-export-inside", path = path.display().to_string(), folder = folder),
        None => crate::tr!("error-export-over-collection", path = path.display().to_string()),
    })]
    OutputInsideCollection {
        /// The output path.
        path: PathBuf,
        /// The folder it would write into (`practices/` or `schema/`); none when the bundle
        /// would replace the collection itself.
        folder: Option<String>,
    },
    /// `--force` would replace something that is not a bundle this tool wrote, of the same
    /// kind and holding nothing else.
    #[error("{}", crate::tr!("error-export-not-a-bundle", path = path.display().to_string(), reason = reason))]
    NotABundle {
        /// The existing path.
        path: PathBuf,
        /// What it is instead.
        reason: String,
    },
    /// A file name that would unpack outside the bundle reached the writer (a bug: such files
    /// are left out before).
    #[error("{}", crate::tr!("error-export-unsafe-name", name = name, reason = reason))]
    UnsafeName {
        /// The name inside the bundle.
        name: String,
        /// Why it is unsafe.
        reason: String,
    },
    /// A file or folder could not be read or written, the zip archive included.
    #[error("{}", crate::tr!("error-io", path = path.display().to_string(), reason = crate::i18n::io_reason(source)))]
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl ExportError {
    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
        move |source| ExportError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// How to export.
#[derive(Debug, Clone)]
pub struct Request {
    /// The bundle: a `.zip` file, or a folder when the path ends with `/`.
    pub out: PathBuf,
    /// Replace an existing bundle at `out`.
    pub force: bool,
    /// Field separator of `practices.csv`.
    pub csv_delimiter: u8,
    /// The filters used, recorded in the manifest (statuses as applied).
    pub filters: Filter,
    /// The search query used, for the manifest.
    pub query: Option<String>,
    /// What changed since a point in history, for the brochure's "Nieuw sinds" section.
    pub news: Option<News>,
}

/// The practices of a bundle that are new or changed since a git ref or a date.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct News {
    /// What was asked: the ref or the date.
    pub since: String,
    /// The commit compared with, if any.
    pub commit: Option<String>,
    /// Its date.
    pub commit_date: Option<String>,
    /// The ids of the practices added, changed or moved to another status, with how, in
    /// [`crate::changes::Kind`] order.
    pub practices: Vec<(String, crate::changes::Kind)>,
}

/// What was written.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The bundle.
    pub path: PathBuf,
    /// Zip or folder.
    pub layout: Layout,
    /// Practices in it.
    pub practices: usize,
    /// Files in it.
    pub files: usize,
    /// Attachments left out because they lead outside the collection, are not files, or have
    /// a name a bundle cannot hold.
    pub skipped: Vec<Skipped>,
    /// Practices left out: a name a bundle cannot hold, or an id another exported practice has.
    pub skipped_practices: Vec<Skipped>,
    /// Where the collection stood: the commit the manifest names, and whether `practices/` or
    /// `schema/` had uncommitted changes (then the commit does not describe the bundle).
    pub provenance: Provenance,
}

/// Reports progress while files are added; the binary draws a bar, the library never prints.
pub trait Progress {
    /// The number of files about to be written.
    fn start(&self, _total: u64) {}
    /// One more file written.
    fn advance(&self) {}
}

/// No progress reporting.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quiet;

impl Progress for Quiet {}

/// Everything a [`Format`] may read.
#[derive(Debug)]
pub struct Context<'a> {
    /// The schema, for labels.
    pub schema: &'a Schema,
    /// The selected practices, sorted by id.
    pub entries: &'a [&'a Entry],
    /// The source bytes of each entry, in the same order.
    pub sources: &'a [Vec<u8>],
    /// Where the collection stands (version, commit).
    pub provenance: &'a Provenance,
    /// The request.
    pub request: &'a Request,
    /// Attachments left out.
    pub skipped: &'a [Skipped],
    /// Practices left out.
    pub skipped_practices: &'a [Skipped],
    /// Every attachment that is included.
    pub attachments: &'a [Attachment],
    /// The name of every file of the bundle except the manifest, sorted.
    pub files: &'a [String],
    /// The municipality the brochure is addressed to, for the bundles of `outreach`.
    pub addressee: Option<&'a Addressee>,
}

/// The municipality a brochure is addressed to, and why each practice was chosen for it.
#[derive(Debug, Clone, Default)]
pub struct Addressee {
    /// Its Dutch name.
    pub name: String,
    /// Why each practice was chosen, by id, in Dutch.
    pub reasons: std::collections::BTreeMap<String, Vec<String>>,
}

/// One generated file of a bundle.
pub trait Format {
    /// Its name inside the bundle.
    fn name(&self) -> &'static str;
    /// Its bytes.
    fn render(&self, cx: &Context<'_>) -> Vec<u8>;
}

/// `coverage.svg`: the coverage map of the exported practices (see [`crate::map`]).
struct CoverageMap;

impl Format for CoverageMap {
    fn name(&self) -> &'static str {
        "coverage.svg"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        crate::map::coverage_svg(cx.entries, cx.schema).into_bytes()
    }
}

/// The generated files of every bundle, in bundle order.
fn formats() -> Vec<Box<dyn Format>> {
    vec![
        Box::new(manifest::Manifest),
        Box::new(json::Json),
        Box::new(csv::Csv),
        Box::new(ndjson::Ndjson),
        Box::new(ndjson::Bulk),
        Box::new(html::Brochure),
        Box::new(CoverageMap),
    ]
}

/// Writes a bundle of `entries` (already selected and sorted) of the collection at `root`, the
/// root they were loaded from.
pub fn export(
    root: &Path,
    schema: &Schema,
    entries: &[&Entry],
    request: &Request,
    progress: &dyn Progress,
) -> Result<Outcome, ExportError> {
    let target = target::check(root, &request.out, request.force)?;
    let real_root = root.canonicalize().map_err(ExportError::io(root))?;
    let (entries, skipped_practices) = admit(root, entries);
    let roots = sources::Roots {
        base: root,
        real: &real_root,
    };
    let originals = sources::read(roots, &entries)?;
    let provenance = Provenance::of(&real_root);
    let formats = formats();
    let mut names: Vec<String> = formats
        .iter()
        .map(|f| f.name())
        .filter(|name| *name != manifest::NAME)
        .map(str::to_owned)
        .chain(entries.iter().map(|e| e.path.clone()))
        .chain(originals.attachments.iter().map(|a| a.name.clone()))
        .collect();
    names.sort();
    let cx = Context {
        schema,
        entries: &entries,
        sources: &originals.bytes,
        provenance: &provenance,
        request,
        skipped: &originals.skipped,
        skipped_practices: &skipped_practices,
        attachments: &originals.attachments,
        files: &names,
        addressee: None,
    };
    let mut files: Vec<writer::File> = Vec::new();
    for format in formats {
        files.push(writer::File::bytes(format.name(), format.render(&cx)));
    }
    for (entry, bytes) in entries.iter().zip(&originals.bytes) {
        files.push(writer::File::bytes(&entry.path, bytes.clone()));
    }
    for a in &originals.attachments {
        files.push(writer::File::disk(a.name.clone(), a.path.clone()));
    }
    // Sorted names make the archive independent of the order the parts were produced in.
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let count = files.len();
    progress.start(count as u64);
    writer::write(
        &target,
        files,
        request.force,
        progress,
        writer::entry_date(provenance.git_timestamp),
    )?;
    Ok(Outcome {
        path: target.path,
        layout: target.layout,
        practices: entries.len(),
        files: count,
        skipped: originals.skipped,
        skipped_practices,
        provenance,
    })
}

/// The entries that go into the bundle, in their order, and those left out: a file whose name a
/// bundle cannot hold (see [`names`]), and every holder of an id but one.
pub(super) fn admit<'a>(root: &Path, entries: &[&'a Entry]) -> (Vec<&'a Entry>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    let mut named: Vec<&Entry> = Vec::with_capacity(entries.len());
    for entry in entries {
        match names::bundle_name(root, &entry.file) {
            Ok(name) if name == entry.path => named.push(entry),
            Ok(_) => skipped.push(Skipped {
                path: entry.path.clone(),
                reason: crate::tr!("export-note-not-loaded-here"),
            }),
            Err(reason) => skipped.push(Skipped {
                path: names::escaped(root, &entry.file),
                reason: reason.text(),
            }),
        }
    }
    let mut holders: HashMap<&str, Vec<&Entry>> = HashMap::new();
    for entry in &named {
        holders.entry(&entry.practice.id).or_default().push(entry);
    }
    // Of several holders of an id, the one whose file is named after it, else the first by path.
    let chosen = |id: &str| {
        let named_after = |e: &Entry| Path::new(&e.path).file_stem() == Some(OsStr::new(id));
        holders[id]
            .iter()
            .copied()
            .min_by_key(|e| (!named_after(e), e.path.as_str()))
    };
    let mut admitted = Vec::with_capacity(named.len());
    for entry in &named {
        match chosen(&entry.practice.id) {
            Some(other) if !std::ptr::eq(other, *entry) => skipped.push(Skipped {
                path: entry.path.clone(),
                reason: crate::tr!(
                    "export-note-id-exported",
                    id = &entry.practice.id,
                    other = &other.path
                ),
            }),
            _ => admitted.push(*entry),
        }
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    (admitted, skipped)
}
