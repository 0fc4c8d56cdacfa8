//! The only place that sets up pulldown-cmark: headings, sections, links and plain text of a
//! practice body.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The pulldown-cmark extensions the collection uses, set once.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// A heading of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The heading's text, trimmed.
    pub text: String,
    /// Byte offset in the body.
    pub offset: usize,
    /// Words from this heading to the next heading of the same or a higher level.
    pub words: usize,
}

/// A link or image in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination as written.
    pub dest: String,
    /// Byte offset of the link in the body.
    pub offset: usize,
    /// Length in bytes of the link's source text.
    pub len: usize,
}

/// What the checks need to know of a body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// Every heading, in order.
    pub headings: Vec<Heading>,
    /// Every link and image, in order.
    pub links: Vec<Link>,
}

/// Reads the headings, section word counts and links of a Markdown body.
pub fn outline(body: &str) -> Outline {
    let mut out = Outline::default();
    let mut in_heading: Option<(u8, usize, String)> = None;
    // Index into `out.headings` of every open section, by level, to add words to.
    let mut open: Vec<usize> = Vec::new();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = Some((level_number(level), range.start, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, offset, text)) = in_heading.take() {
                    open.retain(|&i| out.headings[i].level < level);
                    open.push(out.headings.len());
                    out.headings.push(Heading {
                        level,
                        text: text.trim().to_owned(),
                        offset,
                        words: 0,
                    });
                }
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                out.links.push(Link {
                    dest: dest_url.into_string(),
                    offset: range.start,
                    len: range.len(),
                });
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, _, heading)) = in_heading.as_mut() {
                    heading.push_str(&text);
                } else {
                    let words = crate::text::word_count(&text);
                    for &i in &open {
                        out.headings[i].words += words;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The body as plain text: what a reader sees, without markup.
pub fn plain_text(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for event in Parser::new_ext(body, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// A heading of level 1 or 2 and where it stands.
struct TopHeading {
    /// Byte offset of the heading's start.
    start: usize,
    /// Byte offset after the heading.
    end: usize,
    level: u8,
    text: String,
}

/// Every heading of level 1 or 2 of `body`, in order.
fn top_headings(body: &str) -> Vec<TopHeading> {
    let mut headings = Vec::new();
    let mut current: Option<TopHeading> = None;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) if level_number(level) <= 2 => {
                current = Some(TopHeading {
                    start: range.start,
                    end: range.end,
                    level: level_number(level),
                    text: String::new(),
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = current.as_mut() {
                    h.text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = current.take() {
                    headings.push(h);
                }
            }
            _ => {}
        }
    }
    headings
}

/// Each top heading with the offset where its section ends: the next heading of level 1 or 2,
/// or the end of the body.
fn section_ends(body: &str, headings: &[TopHeading]) -> Vec<usize> {
    (0..headings.len())
        .map(|i| headings.get(i + 1).map_or(body.len(), |n| n.start))
        .collect()
}

/// The second-level sections of `body`: each heading's text and the Markdown below it, up to
/// the next heading of level 1 or 2 (its subsections included).
pub fn sections(body: &str) -> Vec<(String, &str)> {
    let headings = top_headings(body);
    let ends = section_ends(body, &headings);
    headings
        .iter()
        .zip(ends)
        .filter(|(h, _)| h.level == 2)
        .map(|(h, end)| (h.text.trim().to_owned(), &body[h.end.min(end)..end]))
        .collect()
}

/// The body without the second-level sections that `drop` rejects. `drop` sees each section's
/// heading text and its Markdown below the heading, up to the next heading of level 1 or 2; a
/// rejected section goes with its subsections. Text before the first section always stays.
pub fn without_sections(body: &str, drop: impl Fn(&str, &str) -> bool) -> String {
    let headings = top_headings(body);
    let ends = section_ends(body, &headings);
    let mut out = String::with_capacity(body.len());
    out.push_str(&body[..headings.first().map_or(body.len(), |h| h.start)]);
    for (h, end) in headings.iter().zip(ends) {
        if h.level == 1 || !drop(h.text.trim(), &body[h.end.min(end)..end]) {
            out.push_str(&body[h.start..end]);
        }
    }
    out
}

/// Whether Markdown holds nothing a reader would see: only blanks and HTML comments (the hints
/// that `practice add` writes under each heading).
pub fn is_blank(markdown: &str) -> bool {
    let mut rest = markdown;
    while let Some(start) = rest.find("<!--") {
        if !rest[..start].trim().is_empty() {
            return false;
        }
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => return true,
        }
    }
    rest.trim().is_empty()
}

/// `markdown` without its HTML comments (the hints that `practice add` writes under each
/// heading): what a reader at a terminal should see. An unclosed comment runs to the end, as
/// it does in HTML.
pub fn without_comments(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start + 4..].find("-->") {
            Some(end) => rest = &rest[start + 4 + end + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Renders a body as HTML (not yet sanitized: the caller must clean it before use).
///
/// Headings move down by `heading_shift` levels, so a body's `##` sections sit below the title
/// the caller gives the practice. `dest` sees every link and image destination with whether it
/// is an image, and returns the destination to use, or `None` to keep only the link's text (an
/// image's alt text): callers rewrite relative paths and refuse what would load from outside.
pub fn to_html(
    body: &str,
    heading_shift: u8,
    dest: impl Fn(&str, bool) -> Option<String>,
) -> String {
    // Links cannot nest in CommonMark, but images can sit inside links: one flag per open tag.
    let mut dropped: Vec<bool> = Vec::new();
    let events = Parser::new_ext(body, options()).filter_map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: shifted(level, heading_shift),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(shifted(level, heading_shift))))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let new = dest(&dest_url, false);
            dropped.push(new.is_none());
            new.map(|url| {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: url.into(),
                    title,
                    id,
                })
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let new = dest(&dest_url, true);
            dropped.push(new.is_none());
            new.map(|url| {
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: url.into(),
                    title,
                    id,
                })
            })
        }
        Event::End(TagEnd::Link | TagEnd::Image) => {
            if dropped.pop().unwrap_or(false) {
                None
            } else {
                Some(event)
            }
        }
        other => Some(other),
    });
    let mut out = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

fn shifted(level: HeadingLevel, by: u8) -> HeadingLevel {
    let n = (level_number(level) + by).min(6);
    HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_cut_whole_and_code_is_not_a_heading() {
        let body = "Intro.\n\n## Context\n\nTekst.\n\n```\n## niet echt\n```\n\n## Open vragen\n\nIntern.\n\n### Sub\n\nOok intern.\n\nLeeg\n----\n\n<!-- hint -->\n\n## Meer weten\n\nZie ook.\n";
        let kept = without_sections(body, |heading, content| {
            heading == "Open vragen" || is_blank(content)
        });
        assert_eq!(
            kept,
            "Intro.\n\n## Context\n\nTekst.\n\n```\n## niet echt\n```\n\n## Meer weten\n\nZie ook.\n"
        );
        assert!(is_blank("\n<!-- a -->\n  <!-- b\nc -->\n"));
        assert!(!is_blank("<!-- a --> tekst"));
        assert_eq!(without_comments("a<!-- b\nc -->d <!--e"), "ad ");
        assert!(!is_blank("![foto](a.png)"));
    }

    #[test]
    fn sections_hold_their_text_and_subsections_up_to_the_next() {
        let body = "Intro.\n\n## Context\n\nTekst.\n\n```\n## niet echt\n```\n\n### Sub\n\nMeer.\n\n# Deel\n\n## Leeg\n";
        let found = sections(body);
        let names: Vec<&str> = found.iter().map(|(h, _)| h.as_str()).collect();
        assert_eq!(names, ["Context", "Leeg"]);
        assert_eq!(
            found[0].1,
            "\nTekst.\n\n```\n## niet echt\n```\n\n### Sub\n\nMeer.\n\n"
        );
        assert_eq!(found[1].1.trim(), "");
    }

    #[test]
    fn sections_count_their_words_including_subsections() {
        let o = outline("## Context\none two three\n### Sub\nfour\n## Doelen\nfive\n");
        let h2: Vec<_> = o
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| (h.text.as_str(), h.words))
            .collect();
        assert_eq!(h2, vec![("Context", 4), ("Doelen", 1)]);
    }

    #[test]
    fn links_keep_offsets() {
        let body = "text [a](other.md) ![i](x/y.png)";
        let o = outline(body);
        assert_eq!(o.links.len(), 2);
        assert_eq!(&body[o.links[0].offset..o.links[0].offset + 1], "[");
        assert_eq!(o.links[1].dest, "x/y.png");
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            plain_text("## Kop\nEen **vette** [link](x)."),
            "Kop\nEen vette link."
        );
    }

    #[test]
    fn html_shifts_headings_and_rewrites_or_drops_links() {
        let html = to_html(
            "## Kop\n[a](x.pdf) [b](https://e.org) ![c](https://e.org/i.png)",
            1,
            |d, image| {
                if image {
                    None
                } else if d.starts_with("http") {
                    Some(d.to_owned())
                } else {
                    Some(format!("p/{d}"))
                }
            },
        );
        assert!(html.contains("<h3>Kop</h3>"), "{html}");
        assert!(html.contains(r#"<a href="p/x.pdf">a</a>"#), "{html}");
        assert!(html.contains(r#"<a href="https://e.org">b</a>"#), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains(" c"), "{html}");
    }
}
