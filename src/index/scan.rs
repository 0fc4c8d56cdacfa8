//! The cheap freshness check before every search: list the practice files with their size and
//! modification time, by the rules of [`crate::collection::practice_files`] (`*.md`, no hidden
//! entries, no attachment folder beside its practice, no symlinks followed). Symbolic links
//! named like a practice are listed apart, so that a search can say it left them out.
//!
//! It is hand-written rather than reusing that walk because it runs before every search, and at
//! 10,000 practices its system calls are most of a search's time. So it lists each folder once
//! into one buffer, stats every file relative to its open folder (no path to resolve), spreads
//! those calls over the cores, and runs on its own thread ([`Freshness`]) while the caller loads
//! the schema and opens the index. On Linux it talks to the kernel through `rustix` (no
//! allocation per entry, `statx` asking only for size and time); elsewhere it uses `std::fs`.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};

use super::IndexError;
use super::state::{Fingerprint, Folders};
use super::store::real_index_dir;
use crate::collection::PRACTICES_DIR;

/// A practice file as found on disk now.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    /// Path relative to the root, `/`-separated.
    pub(crate) rel: String,
    pub(crate) size: u64,
    /// Nanoseconds since the epoch (0 before it).
    pub(crate) mtime: i64,
}

/// The freshness check, started on its own thread so that it overlaps whatever the caller
/// does before it needs the answer (loading the schema, opening the index, a first query).
/// That thread lists the files and starts stat-ing them; when the caller asks for the answer,
/// it stats its share of what is left. So the check takes as many threads as there are cores
/// and no more: with a thread more than cores, one of them waits for the scheduler, and the
/// search waits with it.
pub(crate) struct Freshness {
    /// The listing, sent by the scan thread as soon as it has one.
    listed: mpsc::Receiver<Result<Arc<Listed>, IndexError>>,
    /// The next chunk of the listing to stat, shared by every thread that stats.
    next: Arc<AtomicUsize>,
    /// The chunks the scan thread (and the threads it started) stat-ed.
    scan: std::thread::JoinHandle<Result<Vec<Part>, IndexError>>,
}

impl Freshness {
    /// Starts listing and stat-ing the practice files of the collection at `root`.
    pub(crate) fn start(root: &Path) -> Freshness {
        Freshness::start_with(root, Walker::DEFAULT)
    }

    /// [`Freshness::start`] with the given walker.
    pub(crate) fn start_with(root: &Path, walker: Walker) -> Freshness {
        let root = root.to_owned();
        let (send, listed) = mpsc::sync_channel(1);
        let next = Arc::new(AtomicUsize::new(0));
        let shared = Arc::clone(&next);
        let scan = std::thread::spawn(move || {
            let listed = match list(&root, walker) {
                Ok(listed) => Arc::new(listed),
                Err(e) => {
                    // A caller that has gone (it failed before asking) needs no answer.
                    let _ = send.send(Err(e));
                    return Ok(Vec::new());
                }
            };
            let _ = send.send(Ok(Arc::clone(&listed)));
            let listing = &listed.listing;
            // This thread and the caller take two cores; more threads only on more cores.
            let others = if listing.len() < PARALLEL_FROM {
                0
            } else {
                std::thread::available_parallelism().map_or(0, |n| n.get().min(4).saturating_sub(2))
            };
            std::thread::scope(|s| {
                let others: Vec<_> = (0..others)
                    .map(|_| s.spawn(|| work(listing, &shared)))
                    .collect();
                let mut parts = work(listing, &shared)?;
                for handle in others {
                    let more = handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
                    parts.extend(more);
                }
                Ok(parts)
            })
        });
        Freshness { listed, next, scan }
    }

    /// The files as found on disk; the calling thread stats the files nobody has taken yet.
    pub(crate) fn finish(self) -> Result<Scanned, IndexError> {
        let Ok(listed) = self.listed.recv() else {
            // The scan thread ended without a listing: it panicked.
            let ended = self.scan.join();
            return match ended {
                Err(panic) => std::panic::resume_unwind(panic),
                Ok(_) => Err(IndexError::Corrupt(crate::tr!("index-scan-ended"))),
            };
        };
        let listed = listed?;
        let mine = work(&listed.listing, &self.next);
        let theirs = self
            .scan
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let mut parts = mine?;
        parts.extend(theirs?);
        Ok(assemble(listed, parts))
    }
}

/// The practice files found, before they are stat-ed, and where their names came from.
pub(crate) struct Listed {
    listing: Listing,
    /// True when the names came from the folders recorded at the last listing, not from
    /// listing the folders now.
    reused: bool,
}

/// Stat-ed files: the chunk's number, the size and time of each of its files and their
/// fingerprint.
type Part = (usize, Stats, Fingerprint);

/// Below this many files no thread is started for stat calls: starting one costs more.
const PARALLEL_FROM: usize = 2_000;

/// Files stat-ed per turn of a thread.
const CHUNK: usize = 256;

/// The practice files on disk with their size and time, in the order the folders listed them.
pub(crate) struct Scanned {
    listed: Arc<Listed>,
    /// Size and time of each file of the listing; `None` for a file gone since it was listed
    /// (an editor saving by renaming, a checkout), which counts as removed.
    stats: Stats,
    fingerprint: Fingerprint,
}

/// Size and time per listed file, `None` when it is gone.
type Stats = Vec<Option<(u64, i64)>>;

impl Scanned {
    /// Number of practice files.
    pub(crate) fn len(&self) -> usize {
        self.stats.iter().flatten().count()
    }

    /// The fingerprint of the files by name, size and time, to compare with the stamp.
    pub(crate) fn fingerprint(&self) -> u64 {
        self.fingerprint.0
    }

    /// Root-relative names of the symbolic links named like a practice (`*.md`), which are not
    /// followed, sorted.
    pub(crate) fn links(&self) -> Vec<String> {
        let mut links = self.listed.listing.links();
        links.sort_unstable();
        links
    }

    /// The folders of this listing, when they are worth recording: listed now (not reused),
    /// and all settled, so that the next check can skip listing them.
    pub(crate) fn settled_folders(&self) -> Option<Folders> {
        if self.listed.reused {
            return None;
        }
        let folders = self.listed.listing.folders();
        let settled = folders
            .folders
            .iter()
            .all(|f| folders.listed.saturating_sub(f.mtime) >= SETTLED);
        (settled && !folders.folders.is_empty()).then_some(folders)
    }

    /// The files sorted by name, and the folders they were listed from.
    pub(crate) fn into_parts(self) -> (Vec<Seen>, Folders) {
        let folders = self.listed.listing.folders();
        (self.into_seen(), folders)
    }

    /// The files, sorted by name.
    pub(crate) fn into_seen(self) -> Vec<Seen> {
        let mut rel = String::new();
        let mut seen: Vec<Seen> = self
            .stats
            .iter()
            .enumerate()
            .filter_map(|(i, stat)| {
                let (size, mtime) = (*stat)?;
                self.listed.listing.rel_into(i, &mut rel);
                Some(Seen {
                    rel: rel.clone(),
                    size,
                    mtime,
                })
            })
            .collect();
        seen.sort_unstable_by(|a, b| a.rel.cmp(&b.rel));
        seen
    }
}

/// A folder whose modification time was at least this old when it was listed (nanoseconds)
/// cannot gain or lose an entry without its time changing: a change within the same tick of
/// the file system's clock would keep the time, and the coarsest clocks tick every 2 s.
const SETTLED: i64 = 3_000_000_000;

/// Lists the practice files under `root` with `walker` and stats them, as a search does.
#[cfg(test)]
fn scan(root: &Path, walker: Walker) -> Result<Scanned, IndexError> {
    Freshness::start_with(root, walker).finish()
}

/// Lists the practice files under `root` now with `walker` (never from the record) and stats
/// them.
#[cfg(test)]
fn scan_listing(root: &Path, walker: Walker) -> Result<Scanned, IndexError> {
    let listing = Listing::read(walker, &root.join(PRACTICES_DIR))?;
    let parts = work(&listing, &AtomicUsize::new(0))?;
    let listed = Listed {
        listing,
        reused: false,
    };
    Ok(assemble(Arc::new(listed), parts))
}

/// Lists the practice files under `root`. The folders recorded at the last listing are reused
/// when none of them changed since (and each was settled then), which saves listing them.
fn list(root: &Path, walker: Walker) -> Result<Listed, IndexError> {
    // Never a record read through a symbolic link, which could hide files.
    let reused = real_index_dir(root)
        .ok()
        .and_then(|dir| Folders::read(&dir));
    let reused = reused.and_then(|folders| Listing::from_folders(walker, root, &folders));
    Ok(match reused {
        Some(listing) => Listed {
            listing,
            reused: true,
        },
        None => Listed {
            listing: Listing::read(walker, &root.join(PRACTICES_DIR))?,
            reused: false,
        },
    })
}

/// Stats chunks of the listing, taking the next one in turn until none is left. Chunks are
/// small so that a thread the scheduler holds back leaves its share to the others.
fn work(listing: &Listing, next: &AtomicUsize) -> Result<Vec<Part>, IndexError> {
    let count = listing.len();
    let chunks = count.div_ceil(CHUNK);
    let mut done = Vec::new();
    loop {
        let chunk = next.fetch_add(1, Ordering::Relaxed);
        if chunk >= chunks {
            return Ok(done);
        }
        let range = chunk * CHUNK..count.min((chunk + 1) * CHUNK);
        let (stats, print) = listing.stat(range)?;
        done.push((chunk, stats, print));
    }
}

/// The stat-ed chunks put back in the order of the listing.
fn assemble(listed: Arc<Listed>, mut parts: Vec<Part>) -> Scanned {
    parts.sort_unstable_by_key(|(chunk, _, _)| *chunk);
    let mut stats = Vec::with_capacity(listed.listing.len());
    let mut fingerprint = Fingerprint::default();
    for (_, part, print) in parts {
        stats.extend(part);
        fingerprint = fingerprint.merge(print);
    }
    Scanned {
        listed,
        stats,
        fingerprint,
    }
}

/// Which listing of the files runs: every shipped one is built on Linux, where the tests run
/// each of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Walker {
    /// `getdents64` and `statx` through `rustix`, with folders reused from the last listing
    /// when they cannot have changed (Linux only).
    #[cfg(target_os = "linux")]
    Fast,
    /// `std::fs` on any system; lists every folder at every check.
    #[cfg_attr(target_os = "linux", allow(dead_code))]
    Portable,
}

impl Walker {
    /// The walker a search uses on this system.
    #[cfg(target_os = "linux")]
    pub(crate) const DEFAULT: Walker = Walker::Fast;
    /// The walker a search uses on this system.
    #[cfg(not(target_os = "linux"))]
    pub(crate) const DEFAULT: Walker = Walker::Portable;

    /// Every walker built on this system, for the tests.
    #[cfg(test)]
    const ALL: &[Walker] = &[
        #[cfg(target_os = "linux")]
        Walker::Fast,
        Walker::Portable,
    ];
}

/// The practice files found by one of the walkers, before they are stat-ed.
enum Listing {
    #[cfg(target_os = "linux")]
    Fast(fast::Listing),
    Portable(portable::Listing),
}

/// Calls the same method on whichever listing it is.
macro_rules! each {
    ($listing:expr, $l:ident => $call:expr) => {
        match $listing {
            #[cfg(target_os = "linux")]
            Listing::Fast($l) => $call,
            Listing::Portable($l) => $call,
        }
    };
}

impl Listing {
    /// Lists the practices folder `dir` now.
    fn read(walker: Walker, dir: &Path) -> Result<Listing, IndexError> {
        Ok(match walker {
            #[cfg(target_os = "linux")]
            Walker::Fast => Listing::Fast(fast::Listing::read(dir)?),
            Walker::Portable => Listing::Portable(portable::Listing::read(dir)?),
        })
    }

    /// A listing from the folders recorded at the last listing, when none of them can have
    /// changed since; only the fast walker records folders.
    fn from_folders(walker: Walker, root: &Path, record: &Folders) -> Option<Listing> {
        match walker {
            #[cfg(target_os = "linux")]
            Walker::Fast => fast::Listing::from_folders(root, record).map(Listing::Fast),
            Walker::Portable => {
                portable::Listing::from_folders(root, record).map(Listing::Portable)
            }
        }
    }

    fn len(&self) -> usize {
        each!(self, l => l.len())
    }

    fn links(&self) -> Vec<String> {
        each!(self, l => l.links())
    }

    fn folders(&self) -> Folders {
        each!(self, l => l.folders())
    }

    fn rel_into(&self, i: usize, out: &mut String) {
        each!(self, l => l.rel_into(i, out))
    }

    fn stat(&self, range: std::ops::Range<usize>) -> Result<(Stats, Fingerprint), IndexError> {
        each!(self, l => l.stat(range))
    }
}

/// Nanoseconds since the epoch, 0 for times before it.
fn nanos(secs: i64, nanos: u32) -> i64 {
    if secs < 0 {
        return 0;
    }
    secs.saturating_mul(1_000_000_000)
        .saturating_add(i64::from(nanos))
}

#[cfg(target_os = "linux")]
mod fast {
    //! Linux: `getdents64` into one reused buffer and `statx` relative to open folders.

    use std::ffi::CStr;
    use std::mem::MaybeUninit;
    use std::ops::Range;
    use std::os::fd::OwnedFd;
    use std::path::{Path, PathBuf};

    use rustix::fs::{AtFlags, CWD, FileType, Mode, OFlags, RawDir, StatxFlags, statx};

    use super::{Fingerprint, Folders, IndexError, SETTLED, Stats, nanos};
    use crate::collection::PRACTICES_DIR;
    use crate::index::state::Folder;

    /// The practice files found, before they are stat-ed.
    pub(super) struct Listing {
        /// When the listing started, in nanoseconds since the epoch.
        listed: i64,
        /// Each folder walked, open, with its path relative to the root and on disk.
        dirs: Vec<(OwnedFd, String, PathBuf)>,
        /// Each folder's modification time, taken before it was listed.
        mtimes: Vec<i64>,
        /// The file names, each followed by a NUL byte.
        names: Vec<u8>,
        /// Per file: index of its folder and the range of its name (with the NUL) in `names`.
        files: Vec<(usize, Range<usize>)>,
        /// Symbolic links named like a practice: index of their folder and their name.
        links: Vec<(usize, String)>,
    }

    fn io(path: &Path) -> impl FnOnce(rustix::io::Errno) -> IndexError + '_ {
        move |e| IndexError::Io {
            path: path.to_owned(),
            source: e.into(),
        }
    }

    fn open_dir(at: &OwnedFd, name: &str, path: &Path) -> Result<OwnedFd, IndexError> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        rustix::fs::openat(at, name, flags, Mode::empty()).map_err(io(path))
    }

    /// The modification time of an open folder.
    fn mtime(fd: &OwnedFd) -> rustix::io::Result<i64> {
        let st = statx(fd, c"", AtFlags::EMPTY_PATH, StatxFlags::MTIME)?;
        Ok(nanos(st.stx_mtime.tv_sec, st.stx_mtime.tv_nsec))
    }

    /// A name the walk would have taken as a practice file or folder: no hidden entry, no
    /// separator, no NUL. Guards against a damaged record of folders.
    fn plain(name: &str) -> bool {
        !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\0'])
    }

    impl Listing {
        pub(super) fn read(dir: &Path) -> Result<Listing, IndexError> {
            let listed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| {
                    nanos(
                        i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                        d.subsec_nanos(),
                    )
                });
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            let fd = rustix::fs::openat(CWD, dir, flags, Mode::empty()).map_err(io(dir))?;
            let mut listing = Listing {
                listed,
                dirs: Vec::new(),
                mtimes: Vec::new(),
                names: Vec::with_capacity(64 * 1024),
                files: Vec::with_capacity(1024),
                links: Vec::new(),
            };
            let mut buf = vec![MaybeUninit::uninit(); 64 * 1024];
            listing.walk(fd, PRACTICES_DIR.to_owned(), dir.to_owned(), &mut buf)?;
            Ok(listing)
        }

        pub(super) fn len(&self) -> usize {
            self.files.len()
        }

        /// A listing made from the folders recorded at the last listing, when every one of
        /// them still has the modification time it had then and was settled then: their
        /// entries are then those recorded. `None` otherwise, and for a damaged record.
        pub(super) fn from_folders(root: &Path, record: &Folders) -> Option<Listing> {
            if record.folders.first()?.rel != PRACTICES_DIR {
                return None;
            }
            // Each name takes its bytes and a NUL, which the `/` after it leaves room for.
            let bytes: usize = record.folders.iter().map(|f| f.files.len() + 1).sum();
            let mut listing = Listing {
                listed: record.listed,
                dirs: Vec::with_capacity(record.folders.len()),
                mtimes: Vec::with_capacity(record.folders.len()),
                names: Vec::with_capacity(bytes),
                files: Vec::with_capacity(bytes / 16),
                links: Vec::new(),
            };
            for (i, folder) in record.folders.iter().enumerate() {
                // The practices folder is opened as the walk opens it; the folders below it
                // must be plain names under it, never followed through a symlink.
                let inner = folder.rel.strip_prefix(PRACTICES_DIR)?;
                let below = inner.strip_prefix('/').unwrap_or(inner);
                if (i == 0) != below.is_empty() || !below.split('/').all(|p| i == 0 || plain(p)) {
                    return None;
                }
                let path = root.join(&folder.rel);
                let mut flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
                if i > 0 {
                    flags |= OFlags::NOFOLLOW;
                }
                let fd = rustix::fs::openat(CWD, &path, flags, Mode::empty()).ok()?;
                let now = mtime(&fd).ok()?;
                if now != folder.mtime || record.listed.saturating_sub(now) < SETTLED {
                    return None;
                }
                let index = listing.dirs.len();
                for link in folder.links.split('/').filter(|n| !n.is_empty()) {
                    if !plain(link) || !link.ends_with(".md") {
                        return None;
                    }
                    listing.links.push((index, link.to_owned()));
                }
                // Byte by byte: this runs for every file before every search.
                let names = folder.files.as_bytes().split(|&b| b == b'/');
                for name in names.filter(|n| !n.is_empty()) {
                    if name[0] == b'.' || name.contains(&0) || !name.ends_with(b".md") {
                        return None;
                    }
                    let start = listing.names.len();
                    listing.names.extend_from_slice(name);
                    listing.names.push(0);
                    listing.files.push((index, start..listing.names.len()));
                }
                listing.dirs.push((fd, folder.rel.clone(), path));
                listing.mtimes.push(now);
            }
            Some(listing)
        }

        /// The folders of this listing, to record for the next check.
        pub(super) fn folders(&self) -> Folders {
            let mut folders: Vec<Folder> = self
                .dirs
                .iter()
                .zip(&self.mtimes)
                .map(|((_, rel, _), mtime)| Folder {
                    rel: rel.clone(),
                    mtime: *mtime,
                    files: String::new(),
                    links: String::new(),
                })
                .collect();
            for (dir, name) in &self.links {
                let links = &mut folders[*dir].links;
                if !links.is_empty() {
                    links.push('/');
                }
                links.push_str(name);
            }
            for (dir, range) in &self.files {
                let files = &mut folders[*dir].files;
                if !files.is_empty() {
                    files.push('/');
                }
                files.push_str(&String::from_utf8_lossy(self.name(range)));
            }
            Folders::new(self.listed, folders)
        }

        /// Root-relative names of the symbolic links named like a practice.
        pub(super) fn links(&self) -> Vec<String> {
            self.links
                .iter()
                .map(|(dir, name)| format!("{}/{name}", self.dirs[*dir].1))
                .collect()
        }

        fn name(&self, range: &Range<usize>) -> &[u8] {
            // Without the NUL.
            &self.names[range.start..range.end - 1]
        }

        fn walk(
            &mut self,
            fd: OwnedFd,
            rel: String,
            path: PathBuf,
            buf: &mut [MaybeUninit<u8>],
        ) -> Result<(), IndexError> {
            let index = self.dirs.len();
            let first_file = self.files.len();
            let mut subdirs = Vec::new();
            // Taken before the entries are read: a change while they are read then shows as a
            // changed time at the next check.
            let folder_mtime = mtime(&fd).map_err(io(&path))?;
            let mut entries = RawDir::new(&fd, buf);
            while let Some(entry) = entries.next() {
                let entry = entry.map_err(io(&path))?;
                let name = entry.file_name();
                // Names that are not UTF-8 cannot be ids: a practice named so is left out and
                // named (its bytes escaped), like a link; hidden entries (and `.`, `..`) are
                // not part of the collection.
                let Ok(text) = std::str::from_utf8(name.to_bytes()) else {
                    let bytes = name.to_bytes();
                    if bytes.ends_with(b".md") && !bytes.starts_with(b".") {
                        self.links
                            .push((index, crate::collection::escape_bytes(bytes)));
                    }
                    continue;
                };
                if text.starts_with('.') {
                    continue;
                }
                let kind = match entry.file_type() {
                    // Some file systems do not say; ask without following a symlink.
                    FileType::Unknown => {
                        statx(&fd, name, AtFlags::SYMLINK_NOFOLLOW, StatxFlags::TYPE)
                            .map(|st| FileType::from_raw_mode(st.stx_mode.into()))
                            .map_err(io(&path.join(text)))?
                    }
                    kind => kind,
                };
                if kind == FileType::Directory {
                    subdirs.push(text.to_owned());
                } else if kind == FileType::RegularFile && text.ends_with(".md") {
                    let start = self.names.len();
                    self.names.extend_from_slice(name.to_bytes_with_nul());
                    self.files.push((index, start..self.names.len()));
                } else if kind == FileType::Symlink && text.ends_with(".md") {
                    self.links.push((index, text.to_owned()));
                }
            }
            self.dirs.push((fd, rel, path));
            self.mtimes.push(folder_mtime);
            for sub in subdirs {
                // A folder beside a practice of the same name holds its attachments.
                let md = format!("{sub}.md");
                let attachments = self.files[first_file..]
                    .iter()
                    .any(|(_, range)| self.name(range) == md.as_bytes());
                if attachments {
                    continue;
                }
                let (fd, rel, path) = &self.dirs[index];
                let sub_path = path.join(&sub);
                let sub_fd = open_dir(fd, &sub, &sub_path)?;
                let sub_rel = format!("{rel}/{sub}");
                self.walk(sub_fd, sub_rel, sub_path, buf)?;
            }
            Ok(())
        }

        /// Writes the root-relative name of file `i` into `out`.
        pub(super) fn rel_into(&self, i: usize, out: &mut String) {
            let (dir, range) = &self.files[i];
            out.clear();
            out.push_str(&self.dirs[*dir].1);
            out.push('/');
            // Names were checked to be UTF-8 when listed.
            out.push_str(std::str::from_utf8(self.name(range)).unwrap_or_default());
        }

        /// Stats the files `range` of the listing: size and time of each, and their
        /// fingerprint.
        pub(super) fn stat(&self, range: Range<usize>) -> Result<(Stats, Fingerprint), IndexError> {
            let mut print = Fingerprint::default();
            let stats = self.files[range]
                .iter()
                .map(|(dir, name_range)| {
                    let (fd, rel, path) = &self.dirs[*dir];
                    let with_nul = &self.names[name_range.clone()];
                    let name = CStr::from_bytes_with_nul(with_nul).map_err(|_| IndexError::Io {
                        path: path.clone(),
                        source: std::io::ErrorKind::InvalidData.into(),
                    })?;
                    let flags = StatxFlags::SIZE | StatxFlags::MTIME;
                    let st = match statx(fd, name, AtFlags::SYMLINK_NOFOLLOW, flags) {
                        Err(rustix::io::Errno::NOENT) => return Ok(None),
                        Err(e) => {
                            let path = path.join(String::from_utf8_lossy(name.to_bytes()).as_ref());
                            return Err(io(&path)(e));
                        }
                        Ok(st) => st,
                    };
                    let mtime = nanos(st.stx_mtime.tv_sec, st.stx_mtime.tv_nsec);
                    print.add(&[rel.as_bytes(), b"/", name.to_bytes()], st.stx_size, mtime);
                    Ok(Some((st.stx_size, mtime)))
                })
                .collect::<Result<_, IndexError>>()?;
            Ok((stats, print))
        }
    }
}

mod portable {
    //! Every system: `std::fs`, stat-ing through each directory entry. Built and tested on
    //! Linux too, where [`Walker::Portable`](super::Walker) selects it.

    use std::fs::DirEntry;
    use std::ops::Range;
    use std::path::Path;
    use std::time::UNIX_EPOCH;

    use super::{Fingerprint, Folders, IndexError, Stats, nanos};
    use crate::collection::PRACTICES_DIR;

    /// The practice files found, before they are stat-ed.
    pub(super) struct Listing {
        files: Vec<(DirEntry, String)>,
        /// Root-relative names of the symbolic links named like a practice.
        links: Vec<String>,
    }

    impl Listing {
        pub(super) fn read(dir: &Path) -> Result<Listing, IndexError> {
            let mut listing = Listing {
                files: Vec::new(),
                links: Vec::new(),
            };
            walk(dir, PRACTICES_DIR, &mut listing)?;
            Ok(listing)
        }

        /// Root-relative names of the symbolic links named like a practice.
        pub(super) fn links(&self) -> Vec<String> {
            self.links.clone()
        }

        pub(super) fn len(&self) -> usize {
            self.files.len()
        }

        /// Folder times are not used here: every check lists the folders.
        pub(super) fn from_folders(_root: &Path, _record: &Folders) -> Option<Listing> {
            None
        }

        /// Nothing to record: see [`Listing::from_folders`].
        pub(super) fn folders(&self) -> Folders {
            Folders::default()
        }

        /// Writes the root-relative name of file `i` into `out`.
        pub(super) fn rel_into(&self, i: usize, out: &mut String) {
            out.clear();
            out.push_str(&self.files[i].1);
        }

        /// Stats the files `range` of the listing: size and time of each, and their
        /// fingerprint.
        pub(super) fn stat(&self, range: Range<usize>) -> Result<(Stats, Fingerprint), IndexError> {
            let mut print = Fingerprint::default();
            let stats = self.files[range]
                .iter()
                .map(|(entry, rel)| {
                    let meta = match entry.metadata() {
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                        meta => meta.map_err(|source| IndexError::Io {
                            path: entry.path(),
                            source,
                        })?,
                    };
                    let mtime = meta
                        .modified()
                        .ok()
                        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                        .map_or(0, |d| {
                            nanos(
                                i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                                d.subsec_nanos(),
                            )
                        });
                    print.add(&[rel.as_bytes()], meta.len(), mtime);
                    Ok(Some((meta.len(), mtime)))
                })
                .collect::<Result<_, IndexError>>()?;
            Ok((stats, print))
        }
    }

    fn walk(dir: &Path, rel: &str, out: &mut Listing) -> Result<(), IndexError> {
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| IndexError::Io { path, source }
        };
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io(dir))? {
            let entry = entry.map_err(io(dir))?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                let bytes = name.as_encoded_bytes();
                if bytes.ends_with(b".md") && !bytes.starts_with(b".") {
                    out.links
                        .push(format!("{rel}/{}", crate::collection::escape_bytes(bytes)));
                }
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let kind = entry.file_type().map_err(io(&entry.path()))?;
            if kind.is_dir() {
                dirs.push(name.to_owned());
            } else if kind.is_file() && name.ends_with(".md") {
                let rel = format!("{rel}/{name}");
                files.push((entry, rel));
            } else if kind.is_symlink() && name.ends_with(".md") {
                out.links.push(format!("{rel}/{name}"));
            }
        }
        for sub in dirs {
            // A folder beside a practice of the same name holds its attachments.
            let md = format!("{rel}/{sub}.md");
            if !files.iter().any(|(_, f)| *f == md) {
                walk(&dir.join(&sub), &format!("{rel}/{sub}"), out)?;
            }
        }
        out.files.extend(files);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::sync::Arc;

    use super::{Walker, scan as scan_with};
    use crate::collection::{PRACTICES_DIR, practice_files, relative_name};

    /// The files `walker` finds under `root`, sorted by name.
    fn scan(root: &std::path::Path, walker: Walker) -> Vec<super::Seen> {
        scan_with(root, walker).unwrap().into_seen()
    }

    #[test]
    fn finds_what_the_collection_walk_finds_with_sizes() {
        for &walker in Walker::ALL {
            finds_what_the_collection_walk_finds(walker);
        }
    }

    fn finds_what_the_collection_walk_finds(walker: Walker) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let dir = root.join(PRACTICES_DIR);
        for (path, text) in [
            ("a.md", "aaa"),
            ("a/attachment.md", "in the attachment folder of a"),
            ("sub/b.md", "bb"),
            ("sub/deeper/c.md", "c"),
            (".hidden.md", "hidden"),
            (".git/d.md", "hidden folder"),
            ("notes.txt", "not markdown"),
        ] {
            let path = dir.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, text).unwrap();
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("a.md"), dir.join("link.md")).unwrap();
            std::os::unix::fs::symlink(dir.join("sub"), dir.join("linked-dir")).unwrap();
        }
        #[cfg(unix)]
        assert_eq!(
            scan_with(root, walker).unwrap().links(),
            ["practices/link.md"],
            "{walker:?}"
        );
        let seen = scan(root, walker);
        let names: Vec<_> = seen.iter().map(|s| (s.rel.as_str(), s.size)).collect();
        assert_eq!(
            names,
            [
                ("practices/a.md", 3),
                ("practices/sub/b.md", 2),
                ("practices/sub/deeper/c.md", 1),
            ],
            "{walker:?}"
        );
        let walked: Vec<_> = practice_files(&dir)
            .unwrap()
            .iter()
            .map(|p| relative_name(root, p))
            .collect();
        let scanned: Vec<_> = seen.iter().map(|s| s.rel.clone()).collect();
        assert_eq!(scanned, walked, "{walker:?}");
        assert!(seen.iter().all(|s| s.mtime > 0));
    }

    #[test]
    fn every_walker_sees_the_same_sizes_times_and_fingerprint() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(PRACTICES_DIR);
        for (i, path) in ["a.md", "sub/b.md", "sub/deeper/c.md", "x/y/z.md"]
            .iter()
            .enumerate()
        {
            let path = dir.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "x".repeat(i * 7)).unwrap();
        }
        let found: Vec<_> = Walker::ALL
            .iter()
            .map(|&w| {
                let scanned = scan_with(tmp.path(), w).unwrap();
                let print = scanned.fingerprint();
                let seen: Vec<_> = scanned
                    .into_seen()
                    .into_iter()
                    .map(|s| (s.rel, s.size, s.mtime))
                    .collect();
                (seen, print)
            })
            .collect();
        assert_eq!(found[0].0.len(), 4);
        // A stamp written after one walker's check holds for the other's.
        assert!(found.windows(2).all(|w| w[0] == w[1]), "{found:?}");
    }

    #[test]
    fn a_large_collection_is_stat_ed_on_several_threads_without_losing_a_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(PRACTICES_DIR);
        let count = super::PARALLEL_FROM + 3 * super::CHUNK + 7;
        for i in 0..count {
            let sub = dir.join(if i % 2 == 0 { "even" } else { "odd" });
            fs::create_dir_all(&sub).unwrap();
            fs::write(sub.join(format!("p{i}.md")), "x".repeat(i % 50)).unwrap();
        }
        for &walker in Walker::ALL {
            many_files_on_several_threads(tmp.path(), walker, count);
        }
    }

    fn many_files_on_several_threads(root: &std::path::Path, walker: Walker, count: usize) {
        let seen = scan(root, walker);
        assert_eq!(seen.len(), count, "{walker:?}");
        assert!(seen.windows(2).all(|w| w[0].rel < w[1].rel));
        for s in &seen {
            let i: usize = s
                .rel
                .rsplit_once("/p")
                .unwrap()
                .1
                .trim_end_matches(".md")
                .parse()
                .unwrap();
            assert_eq!(s.size, (i % 50) as u64, "{}", s.rel);
        }
        // The fingerprint does not depend on how the work was split.
        let mut print = super::Fingerprint::default();
        for s in &seen {
            print.add(&[s.rel.as_bytes()], s.size, s.mtime);
        }
        assert_eq!(scan_with(root, walker).unwrap().fingerprint(), print.0);
    }

    #[test]
    fn a_file_gone_between_listing_and_stat_counts_as_removed() {
        for &walker in Walker::ALL {
            a_file_gone_counts_as_removed(walker);
        }
    }

    fn a_file_gone_counts_as_removed(walker: Walker) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(PRACTICES_DIR);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("a.md"), "a").unwrap();
        fs::write(dir.join("b.md"), "b").unwrap();
        let listing = super::Listing::read(walker, &dir).unwrap();
        assert_eq!(listing.len(), 2);
        fs::remove_file(dir.join("b.md")).unwrap();
        let (stats, fingerprint) = listing.stat(0..listing.len()).unwrap();
        let scanned = super::Scanned {
            listed: Arc::new(super::Listed {
                listing,
                reused: false,
            }),
            stats,
            fingerprint,
        };
        assert_eq!(scanned.len(), 1);
        let names: Vec<_> = scanned.into_seen().into_iter().map(|s| s.rel).collect();
        assert_eq!(names, ["practices/a.md"], "{walker:?}");
    }

    /// Sets the modification time of every folder under `dir` (and `dir`) an hour back.
    #[cfg(target_os = "linux")]
    fn settle(dir: &std::path::Path) {
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for entry in walkdir::WalkDir::new(dir) {
            let entry = entry.unwrap();
            if entry.file_type().is_dir() {
                fs::File::open(entry.path())
                    .unwrap()
                    .set_modified(past)
                    .unwrap();
            }
        }
    }

    #[cfg(target_os = "linux")]
    fn collection() -> (tempfile::TempDir, std::path::PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(PRACTICES_DIR);
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("a.md"), "a").unwrap();
        fs::write(dir.join("sub/b.md"), "bb").unwrap();
        (tmp, dir)
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn settled_folders_that_did_not_change_are_not_listed_again() {
        use super::fast::Listing;
        let (tmp, dir) = collection();
        settle(&dir);
        let scanned = super::scan_listing(tmp.path(), Walker::Fast).unwrap();
        let folders = scanned.settled_folders().expect("settled");
        assert_eq!(folders.folders.len(), 2);
        let reused = Listing::from_folders(tmp.path(), &folders).expect("reused");
        let (stats, fingerprint) = reused.stat(0..reused.len()).unwrap();
        assert_eq!(fingerprint, scanned.fingerprint);
        let again = super::Scanned {
            listed: Arc::new(super::Listed {
                listing: super::Listing::Fast(reused),
                reused: true,
            }),
            stats,
            fingerprint,
        };
        let names: Vec<_> = again.into_seen().into_iter().map(|s| s.rel).collect();
        assert_eq!(names, ["practices/a.md", "practices/sub/b.md"]);
        // An edit in place leaves the folder alone; the stat of the file sees it.
        fs::write(dir.join("sub/b.md"), "changed").unwrap();
        let reused = Listing::from_folders(tmp.path(), &folders).expect("still reused");
        let (_, edited) = reused.stat(0..reused.len()).unwrap();
        assert_ne!(edited, scanned.fingerprint);
    }

    /// Settles the folders under `dir` and lists the collection at `root`: the record of
    /// folders a search would keep.
    #[cfg(target_os = "linux")]
    fn settled_record(root: &std::path::Path, dir: &std::path::Path) -> super::Folders {
        settle(dir);
        super::scan_listing(root, Walker::Fast)
            .unwrap()
            .settled_folders()
            .expect("settled")
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_folder_that_gained_or_lost_a_file_is_listed_again() {
        use super::fast::Listing;
        let (tmp, dir) = collection();
        let folders = settled_record(tmp.path(), &dir);
        fs::write(dir.join("sub/c.md"), "c").unwrap();
        assert!(Listing::from_folders(tmp.path(), &folders).is_none());
        let folders = settled_record(tmp.path(), &dir);
        fs::remove_file(dir.join("a.md")).unwrap();
        assert!(Listing::from_folders(tmp.path(), &folders).is_none());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn folders_changed_shortly_before_the_listing_are_not_trusted() {
        use super::fast::Listing;
        let (tmp, _dir) = collection();
        // Just created: a change in the same clock tick would keep their times.
        let scanned = super::scan_listing(tmp.path(), Walker::Fast).unwrap();
        assert!(scanned.settled_folders().is_none());
        let folders = scanned.listed.listing.folders();
        assert!(Listing::from_folders(tmp.path(), &folders).is_none());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_damaged_record_of_folders_is_not_trusted() {
        use super::fast::Listing;
        let (tmp, dir) = collection();
        let good = settled_record(tmp.path(), &dir);
        assert!(Listing::from_folders(tmp.path(), &good).is_some());
        let mut outside = good.clone();
        outside.folders[1].rel = "practices/../practices/sub".into();
        assert!(Listing::from_folders(tmp.path(), &outside).is_none());
        let mut escaping = good.clone();
        escaping.folders[1].files = "b.md/../a.md".into();
        assert!(Listing::from_folders(tmp.path(), &escaping).is_none());
        let mut not_markdown = good.clone();
        not_markdown.folders[0].files = "notes.txt".into();
        assert!(Listing::from_folders(tmp.path(), &not_markdown).is_none());
        let mut elsewhere = good;
        elsewhere.folders[0].rel = "elsewhere".into();
        assert!(Listing::from_folders(tmp.path(), &elsewhere).is_none());
    }

    #[test]
    fn the_portable_walker_records_no_folders_and_lists_every_time() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(PRACTICES_DIR);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("a.md"), "a").unwrap();
        let scanned = super::scan_listing(tmp.path(), Walker::Portable).unwrap();
        assert!(scanned.settled_folders().is_none());
    }

    #[test]
    fn a_missing_practices_folder_is_an_error_naming_it() {
        for &walker in Walker::ALL {
            let tmp = tempfile::tempdir().unwrap();
            let Err(err) = scan_with(tmp.path(), walker) else {
                panic!("{walker:?} listed a missing folder");
            };
            let err = err.to_string();
            assert!(err.contains(PRACTICES_DIR), "{walker:?}: {err}");
        }
    }
}
