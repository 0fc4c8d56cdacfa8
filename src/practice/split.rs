//! Splits a file into front matter and body, tolerating a UTF-8 BOM and CRLF, and remembering
//! on which line each part starts so findings point at real lines.

/// The two parts of a practice file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines (without them).
    pub front: &'a str,
    /// 1-based file line of the first front matter line.
    pub front_line: usize,
    /// The Markdown after the closing line.
    pub body: &'a str,
    /// Byte offset of the body in the text.
    pub body_offset: usize,
    /// Lines before the opening `---` that were only blank (tolerated, but reported).
    pub leading_blank_lines: usize,
}

/// Why a file has no usable front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The first non-blank line is not `---`.
    Missing {
        /// 1-based line of the first non-blank line.
        line: usize,
    },
    /// The opening `---` has no closing `---` (or `...`).
    Unclosed {
        /// 1-based line of the opening `---`.
        line: usize,
    },
}

fn is_fence(line: &str, closing: bool) -> bool {
    let t = line.trim_end_matches(['\r', '\n', ' ', '\t']);
    t == "---" || (closing && t == "...")
}

/// Splits `text` (already without a BOM) into front matter and body.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let mut offset = 0;
    let mut line_no = 0;
    let mut lines = text.split_inclusive('\n');
    // Find the opening fence, allowing blank lines before it.
    let front_start = loop {
        let Some(line) = lines.next() else {
            return Err(SplitError::Missing {
                line: line_no.max(1),
            });
        };
        line_no += 1;
        offset += line.len();
        if is_fence(line, false) {
            break offset;
        }
        if !line.trim().is_empty() {
            return Err(SplitError::Missing { line: line_no });
        }
    };
    let open_line = line_no;
    for line in lines {
        if is_fence(line, true) {
            let front_end = offset;
            offset += line.len();
            return Ok(Split {
                front: &text[front_start..front_end],
                front_line: open_line + 1,
                body: &text[offset..],
                body_offset: offset,
                leading_blank_lines: open_line - 1,
            });
        }
        offset += line.len();
    }
    Err(SplitError::Unclosed { line: open_line })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_crlf() {
        let s = split("---\r\nid: a\r\n---\r\n## Context\r\n").unwrap();
        assert_eq!(s.front, "id: a\r\n");
        assert_eq!(s.front_line, 2);
        assert_eq!(s.body, "## Context\r\n");
    }

    #[test]
    fn empty_front_matter() {
        let s = split("---\n---\nbody").unwrap();
        assert_eq!(s.front, "");
        assert_eq!(s.body, "body");
    }

    #[test]
    fn blank_lines_before_fence_are_counted() {
        let s = split("\n\n---\na: 1\n---\n").unwrap();
        assert_eq!(s.leading_blank_lines, 2);
        assert_eq!(s.front_line, 4);
    }

    #[test]
    fn missing_and_unclosed() {
        assert_eq!(split("# Title\n"), Err(SplitError::Missing { line: 1 }));
        assert_eq!(split(""), Err(SplitError::Missing { line: 1 }));
        assert_eq!(split("---\na: 1\n"), Err(SplitError::Unclosed { line: 1 }));
    }

    #[test]
    fn a_longer_dash_line_is_not_a_fence() {
        assert!(split("----\na: 1\n---\n").is_err());
    }
}
