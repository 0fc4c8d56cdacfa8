//! Names of the files inside a bundle. A bundle is unpacked on any system, so a name must mean
//! the same path everywhere: `/`-separated, relative, no `.` or `..`, and none of the characters
//! that another system reads as a separator or a drive (`\`, `:`) or that a terminal or an
//! archive tool may act on (control characters). A name must also be the file's own name: one
//! that is not UTF-8 cannot be written into a zip or a manifest without becoming another name
//! (and two such names could become the same one). Files with such names are left out, never
//! renamed; [`escaped`] spells their names for the message.

use std::path::{Component, Path};

/// Why a file's name cannot go into a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BadName {
    /// Not UTF-8.
    NotUtf8,
    /// A `\`, a folder separator on Windows.
    Backslash,
    /// A `:`, a drive or stream on Windows.
    Colon,
    /// A control character.
    Control,
    /// A part that is empty, `.` or `..`.
    Dots,
    /// Not below the collection root.
    Outside,
}

impl BadName {
    /// Why, in the reader's words, as a manifest and a warning say it.
    pub(super) fn text(self) -> String {
        match self {
            BadName::NotUtf8 => crate::tr!("export-note-name-not-utf8"),
            BadName::Backslash => crate::tr!("export-note-name-backslash"),
            BadName::Colon => crate::tr!("export-note-name-colon"),
            BadName::Control => crate::tr!("export-note-name-control"),
            BadName::Dots => crate::tr!("export-note-name-dots"),
            BadName::Outside => crate::tr!("export-note-name-outside"),
        }
    }
}

/// The bundle name (`/`-separated, relative to `root`) of the file at `path`, or why it has none.
pub(super) fn bundle_name(root: &Path, path: &Path) -> Result<String, BadName> {
    let rel = path.strip_prefix(root).map_err(|_| BadName::Outside)?;
    let mut parts = Vec::new();
    for component in rel.components() {
        let Component::Normal(part) = component else {
            return Err(BadName::Outside);
        };
        parts.push(part.to_str().ok_or(BadName::NotUtf8)?);
    }
    if parts.is_empty() {
        return Err(BadName::Outside);
    }
    let name = parts.join("/");
    check(&name)?;
    Ok(name)
}

/// Whether `name` unpacks to the same place inside the bundle on every system.
pub(super) fn check(name: &str) -> Result<(), BadName> {
    if name.is_empty() || name.starts_with('/') {
        return Err(BadName::Outside);
    }
    for part in name.split('/') {
        if part.is_empty() || part == "." || part == ".." {
            return Err(BadName::Dots);
        }
        if part.contains('\\') {
            return Err(BadName::Backslash);
        }
        if part.contains(':') {
            return Err(BadName::Colon);
        }
        if part.chars().any(char::is_control) {
            return Err(BadName::Control);
        }
    }
    Ok(())
}

/// `path` relative to `root`, `/`-separated, for messages: bytes that are not UTF-8 and
/// control characters written as `\xNN`, so the name is readable, unambiguous and cannot act
/// on the terminal.
pub(super) fn escaped(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut out = String::new();
    for (i, component) in rel.components().enumerate() {
        if i > 0 {
            out.push('/');
        }
        for chunk in component.as_os_str().as_encoded_bytes().utf8_chunks() {
            for c in chunk.valid().chars() {
                if c.is_control() {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        out.push_str(&format!("\\x{b:02X}"));
                    }
                } else {
                    out.push(c);
                }
            }
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_mean_another_path_elsewhere_are_refused() {
        for bad in [
            r"practices/x\..\..\evil.md",
            "practices/C:evil.txt",
            "practices/a/../../b",
            "/etc/passwd",
            "practices//a",
            "practices/tab\tx",
            "practices/\u{85}x",
            "",
        ] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
        for good in [
            "practices/a.md",
            "practices/gent/plan 1.pdf",
            "index.html",
            "a\u{FFFD}",
        ] {
            assert_eq!(check(good), Ok(()), "{good:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn invalid_bytes_and_control_characters_are_escaped() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let root = Path::new("/c");
        let path = root.join(OsStr::from_bytes(b"practices/caf\xE9\x1b.md"));
        assert_eq!(escaped(root, &path), r"practices/caf\xE9\x1B.md");
        assert_eq!(bundle_name(root, &path), Err(BadName::NotUtf8));
        assert_eq!(
            bundle_name(root, &root.join("practices/a.md")).as_deref(),
            Ok("practices/a.md")
        );
    }
}
