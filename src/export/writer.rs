//! Writes the files of a bundle into a zip archive or a folder. Both are built under a temporary
//! name beside the target and renamed into place at the end, so an interrupted export never
//! leaves a half-written bundle under the real name. Zip entries are dated by the collection's
//! last commit (1980-01-01 outside git) and get fixed permissions, which makes the archive
//! byte-identical from one run to the next.

use std::io::Write;
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::target::{Layout, Target};
use super::{ExportError, Progress, names};

/// Where the bytes of a bundle file come from.
#[derive(Debug)]
enum Content {
    Bytes(Vec<u8>),
    /// A file on disk, read only when written, so large attachments are not all held in memory.
    Disk(PathBuf),
}

/// One file of a bundle.
#[derive(Debug)]
pub(super) struct File {
    /// `/`-separated path inside the bundle.
    pub(super) name: String,
    content: Content,
}

impl File {
    pub(super) fn bytes(name: &str, bytes: Vec<u8>) -> File {
        File {
            name: name.to_owned(),
            content: Content::Bytes(bytes),
        }
    }

    pub(super) fn disk(name: String, path: PathBuf) -> File {
        File {
            name,
            content: Content::Disk(path),
        }
    }
}

/// The date of every zip entry: the collection's last commit (UTC, to the even second zip
/// stores), or zip's own 1980-01-01 when there is none or it lies outside what zip can hold.
pub(super) fn entry_date(timestamp: Option<i64>) -> DateTime {
    let Some(civil) = timestamp
        .and_then(|t| jiff::Timestamp::from_second(t).ok())
        .map(|t| jiff::tz::Offset::UTC.to_datetime(t))
    else {
        return DateTime::DEFAULT;
    };
    let (Ok(year), Ok(month), Ok(day), Ok(hour), Ok(minute), Ok(second)) = (
        u16::try_from(civil.year()),
        u8::try_from(civil.month()),
        u8::try_from(civil.day()),
        u8::try_from(civil.hour()),
        u8::try_from(civil.minute()),
        u8::try_from(civil.second()),
    ) else {
        return DateTime::DEFAULT;
    };
    DateTime::from_date_and_time(year, month, day, hour, minute, second)
        .unwrap_or(DateTime::DEFAULT)
}

/// Writes `files` (already sorted) to `target`; zip entries are dated `date`.
pub(super) fn write(
    target: &Target,
    files: Vec<File>,
    force: bool,
    progress: &dyn Progress,
    date: DateTime,
) -> Result<(), ExportError> {
    // The last line of defence: no name leaves the bundle folder when unpacked anywhere, nor
    // the temporary folder of a folder bundle here.
    for file in &files {
        names::check(&file.name).map_err(|reason| ExportError::UnsafeName {
            name: file.name.clone(),
            reason: reason.text(),
        })?;
    }
    let parent = target.path.parent().unwrap_or(Path::new("/"));
    std::fs::create_dir_all(parent).map_err(ExportError::io(parent))?;
    match target.layout {
        Layout::Zip => write_zip(target, parent, files, force, progress, date),
        Layout::Directory => write_dir(target, parent, files, progress),
    }
}

fn write_zip(
    target: &Target,
    parent: &Path,
    files: Vec<File>,
    force: bool,
    progress: &dyn Progress,
    date: DateTime,
) -> Result<(), ExportError> {
    let temp = tempfile::Builder::new()
        .prefix(".practice-export-")
        .suffix(".zip.tmp")
        .tempfile_in(parent)
        .map_err(ExportError::io(parent))?;
    // The archive library's errors stay here: a caller reports them with the archive's path,
    // as any other failure to write it.
    let zip_err = |source: zip::result::ZipError| ExportError::Io {
        path: target.path.clone(),
        source: match source {
            zip::result::ZipError::Io(e) => e,
            other => std::io::Error::from(other),
        },
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(date)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(std::io::BufWriter::new(temp.as_file()));
    for file in files {
        zip.start_file(file.name.as_str(), options)
            .map_err(zip_err)?;
        match file.content {
            Content::Bytes(bytes) => zip
                .write_all(&bytes)
                .map_err(ExportError::io(temp.path()))?,
            Content::Disk(path) => {
                let mut source = std::fs::File::open(&path).map_err(ExportError::io(&path))?;
                std::io::copy(&mut source, &mut zip).map_err(ExportError::io(&path))?;
            }
        }
        progress.advance();
    }
    let mut buffered = zip.finish().map_err(zip_err)?;
    buffered.flush().map_err(ExportError::io(temp.path()))?;
    drop(buffered);
    temp.as_file()
        .sync_all()
        .map_err(ExportError::io(temp.path()))?;
    readable(temp.path(), 0o644)?;
    let persisted = if force {
        temp.persist(&target.path)
    } else {
        // Without --force, a file that appeared since the check must still not be replaced.
        temp.persist_noclobber(&target.path)
    };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            ExportError::OutputExists {
                path: target.path.clone(),
            }
        } else {
            ExportError::Io {
                path: target.path.clone(),
                source: e.error,
            }
        }
    })?;
    Ok(())
}

fn write_dir(
    target: &Target,
    parent: &Path,
    files: Vec<File>,
    progress: &dyn Progress,
) -> Result<(), ExportError> {
    let temp = tempfile::Builder::new()
        .prefix(".practice-export-")
        .tempdir_in(parent)
        .map_err(ExportError::io(parent))?;
    for file in files {
        let path = temp.path().join(&file.name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(ExportError::io(dir))?;
        }
        match file.content {
            Content::Bytes(bytes) => {
                std::fs::write(&path, bytes).map_err(ExportError::io(&path))?
            }
            Content::Disk(source) => {
                std::fs::copy(&source, &path).map_err(ExportError::io(&source))?;
            }
        }
        progress.advance();
    }
    readable(temp.path(), 0o755)?;
    if target.exists {
        // A folder cannot be renamed over a non-empty one: move the old bundle aside first and
        // delete it only once the new one is in place.
        let old = tempfile::Builder::new()
            .prefix(".practice-export-old-")
            .tempdir_in(parent)
            .map_err(ExportError::io(parent))?;
        let aside = old.path().join("bundle");
        std::fs::rename(&target.path, &aside).map_err(ExportError::io(&target.path))?;
        if let Err(source) = std::fs::rename(temp.path(), &target.path) {
            // Put the old bundle back rather than leave nothing.
            let _ = std::fs::rename(&aside, &target.path);
            return Err(ExportError::Io {
                path: target.path.clone(),
                source,
            });
        }
        drop(old);
    } else {
        std::fs::rename(temp.path(), &target.path).map_err(ExportError::io(&target.path))?;
    }
    // The folder now lives under its real name; keep TempDir from deleting it.
    let _ = temp.keep();
    Ok(())
}

/// Temporary files and folders are private (0600/0700); a bundle is meant to be shared.
fn readable(path: &Path, mode: u32) -> Result<(), ExportError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(ExportError::io(path))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}
