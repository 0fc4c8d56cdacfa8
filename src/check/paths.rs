//! Attachment paths in the front matter (`attachments`, `deployability.materials`,
//! `evidence.sources`): each must exist and stay inside `practices/<id>/` beside the practice,
//! with no `..`, absolute path or symlink leading out.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};

use super::{Context, Findings, Help};
use crate::collection::PRACTICES_DIR;
use crate::practice::Document;
use crate::rules as rule;
use crate::yaml::Node;

/// Whether a string is a web address rather than a path.
pub(crate) fn is_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:", "ftp://"]
        .iter()
        .any(|p| lower.starts_with(p))
}

pub(super) fn check(doc: &Document, front: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    let mut items: Vec<(&Node, &str)> = Vec::new();
    let lists = [
        (front.get("attachments"), "attachments"),
        (
            front.get("deployability").and_then(|d| d.get("materials")),
            "deployability.materials",
        ),
        (
            front.get("evidence").and_then(|e| e.get("sources")),
            "evidence.sources",
        ),
    ];
    for (list, field) in lists {
        for item in list.and_then(Node::as_seq).unwrap_or_default() {
            items.push((item, field));
        }
    }
    if items.is_empty() {
        return;
    }
    let dir = doc.path.parent().unwrap_or(cx.root);
    let folder = Bound::new(&dir.join(&doc.stem), &cx.root.join(PRACTICES_DIR));
    for (node, field) in items {
        let Some(text) = node.as_str() else { continue };
        // attachments are always paths; the other two may also be URLs.
        if field != "attachments" && is_url(text) {
            continue;
        }
        match resolve_inside(dir, &folder, text) {
            Ok(_) => {}
            Err(Outside::Missing(path)) => {
                out.error(
                    node.pos,
                    rule::ATTACHMENT_MISSING,
                    crate::tr!("check-attachment-missing", field = field, path = text),
                )
                .help(crate::tr!(
                    "check-attachment-missing-help",
                    place = relative(cx.root, &path)
                ));
            }
            Err(Outside::Escapes) => {
                out.error(
                    node.pos,
                    rule::PATH_OUTSIDE,
                    crate::tr!(
                        "check-path-outside",
                        field = field,
                        path = text,
                        folder = &doc.stem
                    ),
                )
                .help(crate::tr!("check-path-outside-help", folder = &doc.stem));
            }
        }
    }
}

/// Why a path is not acceptable.
pub(crate) enum Outside {
    /// Inside, but nothing is there.
    Missing(PathBuf),
    /// Absolute, `..` past the folder, or a symlink leading out.
    Escapes,
}

/// A folder that paths must stay inside, known lexically and after following symlinks.
pub(crate) struct Bound {
    /// The folder as written (`practices/<id>`).
    lexical: PathBuf,
    /// Where it really is, when that lies inside the collection's `practices/`; `None` when it
    /// does not exist, or when it is itself a symlink (or under one) leading out of the
    /// collection: then nothing found through it is accepted.
    real: Option<PathBuf>,
    /// The folders looked into, see [`Bound::exists`].
    probes: std::cell::RefCell<Probes>,
}

impl Bound {
    /// The folder `allowed`, which must also really lie inside `practices` (the collection).
    pub(crate) fn new(allowed: &Path, practices: &Path) -> Bound {
        let real = allowed.canonicalize().ok().filter(|real| {
            practices
                .canonicalize()
                .is_ok_and(|collection| real.starts_with(collection))
        });
        Bound {
            lexical: allowed.to_owned(),
            real,
            probes: std::cell::RefCell::default(),
        }
    }

    /// Whether something is at `path`, without following a final symlink. A folder probed
    /// more than [`LIST_AFTER`] times is listed once and answered from that list: a hostile
    /// body can link to 200,000 different missing files.
    fn exists(&self, path: &Path) -> bool {
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return std::fs::symlink_metadata(path).is_ok();
        };
        let mut probes = self.probes.borrow_mut();
        let folder = probes.entry(parent.to_owned()).or_default();
        folder.0 += 1;
        if folder.0 <= LIST_AFTER {
            return std::fs::symlink_metadata(path).is_ok();
        }
        let names = folder.1.get_or_insert_with(|| {
            std::fs::read_dir(parent)
                .map(|entries| entries.filter_map(|e| Some(e.ok()?.file_name())).collect())
                .unwrap_or_default()
        });
        names.contains(name)
    }
}

/// Probes of one folder after which it is listed instead (see [`Bound`]).
const LIST_AFTER: usize = 64;

/// Per folder: how often it was probed, and its names once listed.
type Probes = HashMap<PathBuf, (usize, Option<HashSet<OsString>>)>;

/// Resolves `text` relative to `base` and requires it to stay inside `allowed` (lexically and
/// after following symlinks, the folder itself included) and to exist.
pub(crate) fn resolve_inside(base: &Path, allowed: &Bound, text: &str) -> Result<PathBuf, Outside> {
    let rel = Path::new(text);
    if rel.is_absolute() || text.starts_with('/') || text.starts_with('\\') || text.contains(':') {
        return Err(Outside::Escapes);
    }
    let mut path = base.to_path_buf();
    for component in rel.components() {
        match component {
            Component::Normal(c) => path.push(c),
            Component::CurDir => {}
            Component::ParentDir => {
                if !path.pop() {
                    return Err(Outside::Escapes);
                }
            }
            Component::RootDir | Component::Prefix(_) => return Err(Outside::Escapes),
        }
    }
    if !path.starts_with(&allowed.lexical) {
        return Err(Outside::Escapes);
    }
    // "Missing" (the common finding) is answered before the dearer walk of every component
    // that `canonicalize` makes.
    if !allowed.exists(&path) {
        return Err(Outside::Missing(path));
    }
    match (path.canonicalize(), &allowed.real) {
        (Ok(real), Some(real_allowed)) if real.starts_with(real_allowed) => Ok(path),
        (Ok(_), _) => Err(Outside::Escapes),
        (Err(_), _) => Err(Outside::Missing(path)),
    }
}

/// `root`-relative, `/`-separated form of a path, for messages.
pub(crate) fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
