//! Where the links of a practice point in the brochure. Web and mail links stay, in the form
//! [`sanitize::link`] allows; a relative link to another practice in the bundle becomes a jump
//! to its article; a relative link to an attachment becomes its path inside the bundle; anything
//! else (other schemes, absolute paths, files not in the bundle) keeps only its text. Images
//! resolve only to attachments, which the sanitizer embeds or drops.

use std::collections::{HashMap, HashSet};

use ammonia::url::{ParseError, Url};
use percent_encoding::percent_decode_str;

use super::sanitize;
use crate::export::Context;

/// Resolves link destinations against the bundle.
pub(super) struct Resolver {
    /// Bundle path of each practice file → its id.
    practices: HashMap<String, String>,
    /// Bundle paths of the attachments.
    attachments: HashSet<String>,
}

/// `from`'s folder joined with `rel`, with `.` and `..` folded; `None` when it climbs out.
fn join(from: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in rel.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

impl Resolver {
    pub(super) fn new(cx: &Context<'_>) -> Resolver {
        Resolver {
            practices: cx
                .entries
                .iter()
                .map(|e| (e.path.clone(), e.practice.id.clone()))
                .collect(),
            attachments: cx.attachments.iter().map(|a| a.name.clone()).collect(),
        }
    }

    /// The destination to use for `dest`, written in the practice at bundle path `from`.
    pub(super) fn resolve(&self, from: &str, dest: &str, image: bool) -> Option<String> {
        let dest = dest.trim();
        match Url::parse(dest) {
            Ok(_) => return if image { None } else { sanitize::link(dest) },
            Err(ParseError::RelativeUrlWithoutBase) => {}
            Err(_) => return None,
        }
        if dest.is_empty() || dest.starts_with(['#', '/', '\\', '?']) {
            return None;
        }
        let path = dest.split(['#', '?']).next().unwrap_or_default();
        let joined = join(from, &percent_decode_str(path).decode_utf8_lossy())?;
        if let Some(id) = self.practices.get(&joined) {
            return (!image).then(|| format!("#{}", super::anchor(id)));
        }
        self.attachments
            .contains(&joined)
            .then(|| crate::text::uri_path(&joined))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolver() -> Resolver {
        Resolver {
            practices: [("practices/b.md".to_owned(), "b".to_owned())].into(),
            attachments: ["practices/a/plan 1.pdf".to_owned()].into(),
        }
    }

    #[test]
    fn web_links_stay_and_other_schemes_go() {
        let r = resolver();
        assert_eq!(
            r.resolve("practices/a.md", "https://e.org", false)
                .as_deref(),
            Some("https://e.org/")
        );
        assert_eq!(
            r.resolve("practices/a.md", "JavaScript:alert(1)", false),
            None
        );
        assert_eq!(
            r.resolve("practices/a.md", "https://e.org/x.png", true),
            None
        );
        assert_eq!(r.resolve("practices/a.md", "/etc/passwd", false), None);
    }

    #[test]
    fn relative_links_resolve_inside_the_bundle() {
        let r = resolver();
        assert_eq!(
            r.resolve("practices/a.md", "b.md", false).as_deref(),
            Some("#p-b")
        );
        assert_eq!(
            r.resolve("practices/a.md", "a/plan%201.pdf", false)
                .as_deref(),
            Some("practices/a/plan%201.pdf")
        );
        assert_eq!(r.resolve("practices/a.md", "../../x.md", false), None);
        assert_eq!(r.resolve("practices/a.md", "a/missing.pdf", false), None);
    }
}
