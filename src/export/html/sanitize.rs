//! The one place where rendered Markdown is cleaned before it enters the brochure: ammonia's
//! allow-list of tags and attributes, links limited to `http`, `https` and `mailto`, and images
//! limited to paths inside the bundle. No script, event handler or `javascript:` URL survives.

use std::collections::HashSet;
use std::sync::LazyLock;

use ammonia::Builder;

static CLEANER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(|element, attribute, value| {
            // A remote image would be an external asset (and a tracking pixel).
            let remote = value.contains(':') || value.starts_with("//") || value.starts_with('/');
            if element == "img" && attribute == "src" && remote {
                None
            } else {
                Some(value.into())
            }
        });
    b
});

/// `html` with everything unsafe removed.
pub(super) fn clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_scripts_handlers_and_javascript_urls() {
        let dirty = r#"<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src="https://t.example/p.gif" onerror="x()"><img src="practices/a/i.png">"#;
        let clean = clean(dirty);
        assert!(!clean.contains("script"), "{clean}");
        assert!(
            !clean.contains("onclick") && !clean.contains("onerror"),
            "{clean}"
        );
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(!clean.contains("t.example"), "{clean}");
        assert!(clean.contains(r#"src="practices/a/i.png""#), "{clean}");
    }
}
