//! Bundles of practices for municipalities and partners: one `.zip` (or a folder) with a
//! manifest, the practices as JSON, CSV and NDJSON, a printable HTML brochure, and the original
//! Markdown files with their attachments.
//!
//! Each generated file is a [`Format`] in its own module; [`sources`] gathers the originals
//! without leaving the collection; [`target`] decides whether the output path may be written;
//! [`writer`] writes everything through a temporary file or folder and renames it into place.
//! The same collection and request give byte-identical bundles: nothing depends on the clock,
//! file order or the machine.

mod csv;
mod html;
mod json;
mod manifest;
mod ndjson;
mod provenance;
mod record;
mod sources;
mod target;
mod writer;

use std::path::{Path, PathBuf};

use crate::filter::Filter;
use crate::model::Entry;
use crate::schema::Schema;

pub use csv::{CsvOptions, neutralise, write_csv};
pub use provenance::Provenance;
pub use record::Record;
pub use sources::Skipped;
pub use target::Layout;

/// Why a bundle was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output path exists and replacing it was not asked for.
    #[error("{} already exists (use --force to replace it)", path.display())]
    OutputExists {
        /// The output path.
        path: PathBuf,
    },
    /// The output path lies inside `practices/` or `schema/`, or would replace the collection.
    #[error("refusing to write {}: it is inside the collection's `{folder}`", path.display())]
    OutputInsideCollection {
        /// The output path.
        path: PathBuf,
        /// The folder it would write into (`practices/`, `schema/` or the root itself).
        folder: String,
    },
    /// `--force` would replace something that is not a bundle of the same kind.
    #[error("refusing to replace {}: {reason}", path.display())]
    NotABundle {
        /// The existing path.
        path: PathBuf,
        /// What it is instead.
        reason: &'static str,
    },
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The zip archive could not be written.
    #[error("{}: {source}", path.display())]
    Zip {
        /// The archive being written.
        path: PathBuf,
        /// Why.
        source: zip::result::ZipError,
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
    /// Attachments left out because they lead outside the collection or are not files.
    pub skipped: Vec<Skipped>,
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
    /// Bundle paths of every attachment that is included.
    pub attachments: &'a [String],
}

/// One generated file of a bundle.
pub trait Format {
    /// Its name inside the bundle.
    fn name(&self) -> &'static str;
    /// Its bytes.
    fn render(&self, cx: &Context<'_>) -> Vec<u8>;
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
    ]
}

/// Writes a bundle of `entries` (already selected and sorted) of the collection at `root`.
pub fn export(
    root: &Path,
    schema: &Schema,
    entries: &[&Entry],
    request: &Request,
    progress: &dyn Progress,
) -> Result<Outcome, ExportError> {
    let target = target::check(root, &request.out, request.force)?;
    let root = root.canonicalize().map_err(ExportError::io(root))?;
    let originals = sources::read(&root, entries)?;
    let provenance = Provenance::of(&root);
    let mut files: Vec<writer::File> = Vec::new();
    let attachment_names: Vec<String> = originals
        .attachments
        .iter()
        .map(|a| a.name.clone())
        .collect();
    let cx = Context {
        schema,
        entries,
        sources: &originals.bytes,
        provenance: &provenance,
        request,
        skipped: &originals.skipped,
        attachments: &attachment_names,
    };
    for format in formats() {
        files.push(writer::File::bytes(format.name(), format.render(&cx)));
    }
    for (entry, bytes) in entries.iter().zip(&originals.bytes) {
        files.push(writer::File::bytes(&entry.path, bytes.clone()));
    }
    for a in originals.attachments {
        files.push(writer::File::disk(a.name, a.path));
    }
    // Sorted names make the archive independent of the order the parts were produced in.
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let count = files.len();
    progress.start(count as u64);
    writer::write(&target, files, request.force, progress)?;
    Ok(Outcome {
        path: target.path,
        layout: target.layout,
        practices: entries.len(),
        files: count,
        skipped: originals.skipped,
    })
}
