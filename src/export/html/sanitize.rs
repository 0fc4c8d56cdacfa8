//! The one place that decides which URLs the brochure may hold, and where rendered Markdown is
//! cleaned before it enters the brochure.
//!
//! The brochure is opened from a disk, a mail or a share, where a URL without a scheme resolves
//! to `file:` and a leading `//` or `\\` names another host (an SMB share on Windows). So no
//! attribute may load anything, and the only URLs left are:
//! - links (`<a href>`) to the web or to a mailbox, written the one way every browser reads
//!   them (parsed and serialized again: no whitespace, backslash, control character or odd
//!   case survives), to an anchor in the brochure, or to a file inside the bundle;
//! - images (`<img src>`) embedded as `data:` URIs from the practice's own attachments, when
//!   they are PNG, JPEG, GIF or WebP; every other image is dropped (its alternative text stays).
//!
//! ammonia applies this: an allow-list of tags and attributes, [`url_schemes`] for absolute
//! URLs, [`UrlRelative::Custom`] for relative ones, and an attribute filter that rewrites or
//! drops every URL attribute by the rules above. No script, event handler, style or form
//! survives.
//!
//! [`url_schemes`]: ammonia::Builder::url_schemes

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

use ammonia::{Builder, Url, UrlRelative};
use base64::Engine as _;
use percent_encoding::percent_decode_str;

/// Absolute URLs that may stand in a link.
const LINK_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// Attributes that name something to load, submit to or follow. Only `a href` and `img src`
/// are allowed at all (and rewritten); the others are dropped even if a later change widens
/// the allow-list of attributes.
const URL_ATTRIBUTES: &[&str] = &[
    "action",
    "archive",
    "background",
    "cite",
    "classid",
    "codebase",
    "data",
    "dynsrc",
    "formaction",
    "href",
    "icon",
    "itemtype",
    "longdesc",
    "lowsrc",
    "manifest",
    "ping",
    "poster",
    "profile",
    "src",
    "srcset",
    "usemap",
    "xlink:href",
];

/// Tags of ammonia's default allow-list that only serve URLs (image maps).
const URL_TAGS: [&str; 2] = ["area", "map"];

/// The largest image embedded in the brochure; larger ones are left out of it (they stay in
/// the bundle as attachments).
const MAX_IMAGE_BYTES: u64 = 8 << 20;

/// The images a practice may show: its own attachments, by bundle name.
pub(super) type Images = Arc<HashMap<String, PathBuf>>;

/// `html` with everything unsafe removed; images named in `images` are embedded.
pub(super) fn clean(html: &str, images: Images) -> String {
    builder(images).clean(html).to_string()
}

fn builder(images: Images) -> Builder<'static> {
    let mut b = Builder::default();
    b.rm_tags(URL_TAGS)
        .generic_attributes(HashSet::from(["lang", "title"]))
        .tag_attributes(HashMap::from([
            ("a", HashSet::from(["href", "hreflang"])),
            ("img", HashSet::from(["alt", "src", "width", "height"])),
            ("ol", HashSet::from(["start"])),
            ("td", HashSet::from(["colspan", "rowspan", "align"])),
            ("th", HashSet::from(["colspan", "rowspan", "align"])),
            ("col", HashSet::from(["span"])),
            ("colgroup", HashSet::from(["span"])),
            ("del", HashSet::from(["datetime"])),
            ("ins", HashSet::from(["datetime"])),
            ("time", HashSet::from(["datetime"])),
            ("bdo", HashSet::from(["dir"])),
        ]))
        .url_schemes(HashSet::from(LINK_SCHEMES))
        .url_relative(UrlRelative::Custom(Box::new(relative)))
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(move |element, attribute, value| {
            filter(element, attribute, value, &images)
        });
    b
}

/// The attribute filter: rewrites `a href` and `img src`, drops every other URL attribute.
fn filter<'u>(
    element: &str,
    attribute: &str,
    value: &'u str,
    images: &Images,
) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("a", "href") => link(value).map(Cow::Owned),
        ("img", "src") => embed(value, images).map(Cow::Owned),
        (_, attribute) if URL_ATTRIBUTES.contains(&attribute) => None,
        _ => Some(Cow::Borrowed(value)),
    }
}

/// ammonia's policy for relative URLs: only an anchor or a file inside the bundle.
fn relative(url: &str) -> Option<Cow<'_, str>> {
    (url.starts_with('#') || bundle_path(url)).then_some(Cow::Borrowed(url))
}

/// The link to write for `value`: an anchor or a bundle path as it is, a web or mail URL in
/// its serialized form; `None` for anything else (other schemes, paths leaving the bundle,
/// protocol-relative or backslashed spellings).
pub(super) fn link(value: &str) -> Option<String> {
    if value.starts_with('#') || bundle_path(value) {
        return Some(value.to_owned());
    }
    let url = Url::parse(value).ok()?;
    let allowed = match url.scheme() {
        "http" | "https" => url.host_str().is_some_and(|h| !h.is_empty()),
        "mailto" => true,
        _ => false,
    };
    allowed.then(|| url.into())
}

/// Whether `value` is a relative path to a file inside the bundle as the brochure writes them:
/// below `practices/`, percent-encoded, and with no segment that climbs (`..`, also as `%2E%2E`)
/// or hides a separator (`%2F`, `%5C`).
fn bundle_path(value: &str) -> bool {
    value.starts_with("practices/")
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/%._~-".contains(&b))
        && value.split('/').all(|segment| {
            let decoded = percent_decode_str(segment).decode_utf8_lossy();
            !decoded.is_empty()
                && decoded != "."
                && decoded != ".."
                && !decoded.contains(['/', '\\'])
                && !decoded.chars().any(char::is_control)
        })
}

/// A `data:` URI of the image at bundle path `value` if it is one of `images` and a PNG,
/// JPEG, GIF or WebP file of reasonable size.
fn embed(value: &str, images: &Images) -> Option<String> {
    if !bundle_path(value) {
        return None;
    }
    let name = percent_decode_str(value).decode_utf8().ok()?;
    let path = images.get(name.as_ref())?;
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    file.take(MAX_IMAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() as u64 > MAX_IMAGE_BYTES {
        return None;
    }
    let kind = image_kind(&bytes)?;
    let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
    Some(format!("data:image/{kind};base64,{data}"))
}

/// The image type of `bytes` by their first bytes; the file name is not trusted. SVG is not
/// embedded: it is a document that can name other resources.
fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("webp")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_images() -> Images {
        Arc::new(HashMap::new())
    }

    #[test]
    fn removes_scripts_handlers_and_javascript_urls() {
        let dirty = r#"<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src="https://t.example/p.gif" onerror="x()"><img src="practices/a/i.png">"#;
        let clean = clean(dirty, no_images());
        assert!(!clean.contains("script"), "{clean}");
        assert!(
            !clean.contains("onclick") && !clean.contains("onerror"),
            "{clean}"
        );
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(!clean.contains("t.example"), "{clean}");
        assert!(
            !clean.contains("src="),
            "no image that is not embedded: {clean}"
        );
    }

    #[test]
    fn links_are_written_the_way_a_browser_reads_them() {
        assert_eq!(
            link("HTTPS:\\\\Example.org\\pad").as_deref(),
            Some("https://example.org/pad")
        );
        assert_eq!(link(" mailto:a@b.be").as_deref(), Some("mailto:a@b.be"));
        for bad in [
            "//example.org/",
            "\\\\host\\share",
            "\\/host/",
            "file://host/share",
            "javascript:alert(1)",
            "java\nscript:alert(1)",
            "practices/../x",
            "practices/%2e%2E/x",
            "practices/a%2Fb",
            "https:///",
        ] {
            assert_eq!(link(bad), None, "{bad:?}");
        }
        assert_eq!(link("#p-a").as_deref(), Some("#p-a"));
        assert_eq!(
            link("practices/a/plan%201.pdf").as_deref(),
            Some("practices/a/plan%201.pdf")
        );
    }

    #[test]
    fn images_are_recognised_by_their_bytes() {
        assert_eq!(image_kind(b"\x89PNG\r\n\x1a\n...."), Some("png"));
        assert_eq!(image_kind(b"GIF89a..."), Some("gif"));
        assert_eq!(image_kind(b"RIFF\0\0\0\0WEBPVP8 "), Some("webp"));
        assert_eq!(image_kind(b"<svg xmlns=...>"), None);
    }
}
