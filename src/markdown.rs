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

#[cfg(test)]
mod tests {
    use super::*;

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
}
