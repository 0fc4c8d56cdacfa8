//! The brochure (`index.html`) loads nothing from elsewhere and names no script URL, however a
//! practice spells it: every attribute of the written HTML is read back with a browser's
//! tokenizer (entities decoded) and held to what the brochure may contain. Web links stay as
//! plain `http(s):`/`mailto:` links; images are embedded from the practice's own attachments
//! or dropped; the Content-Security-Policy allows nothing remote.

use crate::export_common;

use std::cell::RefCell;

use ammonia::Url;
use export_common::{Fixture, Practice, text, unzip};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// The start of a PNG file: enough for anything that looks at the first bytes.
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// Hostile spellings of remote or script URLs, one per row, in every attribute that can hold a
/// URL. Each is written into the body of a practice as raw HTML or Markdown.
const HOSTILE: &[&str] = &[
    // Images: protocol-relative, backslashes, whitespace, control characters, entities, case.
    r#"<img src="\/evil.example/p.png" alt="a">"#,
    r#"<img src="\\evil.example\share\p.png" alt="b">"#,
    r#"<img src=" //evil.example/p.png" alt="c">"#,
    r#"<img src="//evil.example/p.png" alt="d">"#,
    r#"<img src="/\evil.example/p.png" alt="e">"#,
    r#"<img src="https://evil.example/p.png" alt="f">"#,
    r#"<img src="HtTpS://evil.example/p.png" alt="g">"#,
    r#"<img src="&#x2F;&#x2F;evil.example/p.png" alt="h">"#,
    r#"<img src="&#47;&#92;evil.example/p.png" alt="i">"#,
    r#"<img src="&#9;//evil.example/p.png" alt="j">"#,
    r#"<img src="&#1;//evil.example/p.png" alt="k">"#,
    "<img src=\"\t//evil.example/p.png\" alt=\"l\">",
    r#"<img src="file://evil.example/share/p.png" alt="m">"#,
    r#"<img src="file:///etc/passwd" alt="n">"#,
    r#"<img src="/etc/passwd" alt="o">"#,
    r#"<img src="C:\Users\p.png" alt="p">"#,
    r#"<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="q">"#,
    r#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="r">"#,
    r#"<img src="x.png" srcset="//evil.example/a.png 1x, https://evil.example/b.png 2x" alt="s">"#,
    r#"<img src="practices/gent-taalcafe/logo.png" lowsrc="//evil.example/l.png" dynsrc="//evil.example/d" longdesc="//evil.example/ld" usemap="//evil.example/#m" alt="t">"#,
    r#"<IMG SRC="//evil.example/p.png" alt="u">"#,
    r#"<img src="practices/gent-taalcafe/../../../evil.png" alt="v">"#,
    r#"<img src="practices/andere/foto.png" alt="w">"#,
    // Quotations and edits: `cite` is a URL nobody sees.
    r#"<blockquote cite="javascript:alert(1)">citaat</blockquote>"#,
    r#"<q cite="JaVaScRiPt:alert(1)">kort citaat</q>"#,
    r#"<del cite="//evil.example/">weg</del> <ins cite="https://evil.example/">erbij</ins>"#,
    // Links: script schemes in every disguise, and links that climb to a share or a host.
    r#"<a href="javascript:alert(1)">a1</a>"#,
    r#"<a href="java&#x0A;script:alert(1)">a2</a>"#,
    r#"<a href="&#106;avascript:alert(1)">a3</a>"#,
    r#"<a href=" javascript:alert(1)">a4</a>"#,
    r#"<a href="&#1;javascript:alert(1)">a5</a>"#,
    r#"<a href="vbscript:msgbox(1)">a6</a>"#,
    r#"<a href="data:text/html,<script>alert(1)</script>">a7</a>"#,
    r#"<a href="file://evil.example/share">a8</a>"#,
    r#"<a href="\/evil.example/">a9</a>"#,
    r#"<a href="\\evil.example\share">a10</a>"#,
    r#"<a href="//evil.example/">a11</a>"#,
    r#"<a href=" //evil.example/">a12</a>"#,
    r#"<a href="/\evil.example/">a13</a>"#,
    r#"<a href="https:\\evil.example\pad">a14</a>"#,
    r#"<a href="HTTPS://EVIL.example/Pad">a15</a>"#,
    r#"<a href="https://evil.example/" ping="https://evil.example/ping">a16</a>"#,
    r#"<a href="practices/../../evil">a17</a>"#,
    // Forms, media, tables, objects, maps, SVG, MathML, document-level tags, styles.
    r#"<form action="https://evil.example/"><button formaction="https://evil.example/">b</button><input type="image" src="//evil.example/i.png"></form>"#,
    r#"<video poster="//evil.example/p.png" src="//evil.example/v.mp4"></video>"#,
    r#"<audio src="//evil.example/a.mp3"></audio>"#,
    r#"<table background="//evil.example/bg.png"><tr><td background="//evil.example/td.png">cel</td></tr></table>"#,
    r#"<object data="//evil.example/x.swf"></object><embed src="//evil.example/e.swf">"#,
    r#"<map name="m"><area href="//evil.example/" shape="rect" coords="0,0,1,1"></map>"#,
    r#"<svg><image href="//evil.example/s.png"/><use xlink:href="//evil.example/u.svg#x"/><a xlink:href="javascript:alert(1)">s</a></svg>"#,
    r#"<math><mi xlink:href="javascript:alert(1)">m</mi></math>"#,
    r#"<link rel="stylesheet" href="//evil.example/x.css"><base href="//evil.example/">"#,
    r#"<meta http-equiv="refresh" content="0;url=//evil.example/">"#,
    r#"<div style="background:url(//evil.example/t.gif)">stijl</div>"#,
    r#"<iframe src="//evil.example/"></iframe><frame src="//evil.example/">"#,
    r#"<picture><source srcset="//evil.example/p.webp"><img src="//evil.example/p.png" alt="x"></picture>"#,
    // Markdown spellings.
    "![md1](//evil.example/p.png)",
    r"![md2](\\evil.example\share\p.png)",
    r"![md3](<\/evil.example/p.png>)",
    "![md4](https://evil.example/p.png)",
    "![md5](HTTPS://evil.example/p.png)",
    "![md6](../andere/foto.png)",
    "![md7](data:image/png;base64,iVBORw0KGgo=)",
    "[md8](//evil.example/)",
    r"[md9](\\evil.example\share)",
    r"[md10](<\/evil.example/>)",
    "[md11](javascript:alert(1))",
    "[md12](<java\tscript:alert(1)>)",
    "[md13](file:///etc/passwd)",
    "[md14](/etc/passwd)",
    "<//evil.example/autolink>",
];

/// A start tag: its name and its attributes (name, value).
type StartTagSeen = (String, Vec<(String, String)>);

/// Every start tag with its attributes, as a browser's tokenizer reads them.
#[derive(Default)]
struct Tags(RefCell<Vec<StartTagSeen>>);

impl TokenSink for Tags {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if let TagToken(tag) = token
            && tag.kind == StartTag
        {
            let attrs = tag
                .attrs
                .iter()
                .map(|a| {
                    let name = match &a.name.prefix {
                        Some(prefix) => format!("{prefix}:{}", a.name.local),
                        None => a.name.local.to_string(),
                    };
                    (name, a.value.to_string())
                })
                .collect();
            self.0.borrow_mut().push((tag.name.to_string(), attrs));
        }
        TokenSinkResult::Continue
    }
}

fn tags(html: &str) -> Vec<StartTagSeen> {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Tags::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// Elements that load, embed, submit or redirect: none belongs in the brochure.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "object", "embed", "form", "input", "button", "video", "audio",
    "source", "picture", "svg", "math", "image", "use", "link", "base", "applet", "area", "map",
    "track", "portal",
];

/// Attributes that cannot name anything to load or run.
const PLAIN_ATTRIBUTES: &[&str] = &[
    "class", "id", "title", "alt", "lang", "rel", "width", "height", "align", "start", "colspan",
    "rowspan", "datetime", "dir", "hreflang", "charset", "name",
];

/// Whether `value` is a relative path to a file inside the bundle, as the brochure writes them.
fn bundle_path(value: &str) -> bool {
    value.starts_with("practices/")
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/%._~-".contains(&b))
        && value
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != "..")
}

/// Whether `value` is a plain web or mail link, written the one way a browser reads it.
fn web_link(value: &str) -> bool {
    match Url::parse(value) {
        Ok(url) => {
            let web = matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some_and(|h| !h.is_empty());
            (web || url.scheme() == "mailto") && url.as_str() == value
        }
        Err(_) => false,
    }
}

/// Why an attribute may not stand in the brochure, if it may not.
fn offence(tag: &str, name: &str, value: &str, csp: &mut Vec<String>) -> Option<String> {
    let ok = match name {
        "href" => tag == "a" && (value.starts_with('#') || bundle_path(value) || web_link(value)),
        "src" => {
            tag == "img"
                && ["png", "jpeg", "gif", "webp"].iter().any(|kind| {
                    value
                        .strip_prefix(&format!("data:image/{kind};base64,"))
                        .is_some_and(|data| {
                            !data.is_empty()
                                && data
                                    .bytes()
                                    .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
                        })
                })
        }
        "http-equiv" => tag == "meta" && value == "Content-Security-Policy",
        "content" => {
            if tag == "meta" && value.contains("default-src") {
                csp.push(value.to_owned());
            }
            tag == "meta" && !value.contains("url=") && !value.contains("//")
        }
        other => PLAIN_ATTRIBUTES.contains(&other),
    };
    (!ok).then(|| format!("<{tag} {name}=\"{value}\">"))
}

fn hostile_practice() -> Fixture {
    let f = Fixture::new();
    let body = HOSTILE.join("\n\n");
    f.add(
        &Practice::new("gent-taalcafe")
            .aanpak(&format!(
                "{body}\n\n![logo](gent-taalcafe/logo.png)\n\n[plan](gent-taalcafe/plan.pdf) en \
                 [de andere](andere.md) en [site](https://example.org/pagina) en \
                 [mail](mailto:info@example.org) en ![vector](gent-taalcafe/tekening.svg)"
            ))
            .extra(
                "links: [{title: L1, url: \"//evil.example/\"}, {title: L2, url: \
                 \"\\\\\\\\evil.example\\\\share\"}, {title: L3, url: \"javascript:alert(1)\"}, \
                 {title: L4, url: \" //evil.example/\"}, {title: L5, url: \
                 \"https://example.org/goed\"}]",
            )
            .extra("attachments: [\"//evil.example/x.pdf\", \"gent-taalcafe/plan.pdf\"]"),
    );
    f.file("practices/gent-taalcafe/logo.png", PNG);
    f.file("practices/gent-taalcafe/plan.pdf", "%PDF-1.4");
    f.file(
        "practices/gent-taalcafe/tekening.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/x\"/></svg>",
    );
    f.add(&Practice::new("andere"));
    f.file("practices/andere/foto.png", PNG);
    f
}

#[test]
fn no_attribute_of_the_brochure_names_another_host_or_a_script() {
    let f = hostile_practice();
    let out = f.out("bundle.zip");
    f.export(&out, &["--status", "published", "--status", "draft"]);
    let html = text(&unzip(&out), "index.html");
    let mut offences = Vec::new();
    let mut csp = Vec::new();
    let tags = tags(&html);
    for (tag, attrs) in &tags {
        if FORBIDDEN_ELEMENTS.contains(&tag.as_str()) {
            offences.push(format!("element <{tag}>"));
        }
        for (name, value) in attrs {
            offences.extend(offence(tag, name, value, &mut csp));
            let lower = value.to_ascii_lowercase();
            if lower.contains("script:") {
                offences.push(format!("script URL in <{tag} {name}=\"{value}\">"));
            }
            if lower.contains("evil.example") && !(tag == "a" && name == "href" && web_link(value))
            {
                offences.push(format!("remote host in <{tag} {name}=\"{value}\">"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "{} offence(s):\n{}",
        offences.len(),
        offences.join("\n")
    );

    // The Content-Security-Policy allows nothing remote, not even `file:` or the bundle folder.
    assert_eq!(csp.len(), 1, "one CSP: {csp:?}");
    let mut directives = std::collections::BTreeMap::new();
    for directive in csp[0].split(';') {
        let mut words = directive.split_whitespace();
        if let Some(name) = words.next() {
            let sources: Vec<&str> = words.collect();
            for source in &sources {
                assert!(
                    ["'none'", "data:", "'unsafe-inline'"].contains(source),
                    "`{source}` in {name}: {}",
                    csp[0]
                );
            }
            directives.insert(name.to_owned(), sources);
        }
    }
    assert_eq!(directives["default-src"], ["'none'"]);
    assert_eq!(directives["img-src"], ["data:"]);

    // What is allowed survives: the practice's own PNG embedded, its attachment and the other
    // practice linked, web and mail links as written.
    let images: Vec<&(String, String)> = tags
        .iter()
        .filter(|(t, _)| t == "img")
        .flat_map(|(_, a)| a)
        .filter(|(n, _)| n == "src")
        .collect();
    // `![logo](gent-taalcafe/logo.png)` and the raw `<img src="practices/gent-taalcafe/logo.png">`.
    assert_eq!(images.len(), 2, "only the practice's own PNG: {images:?}");
    assert!(
        images
            .iter()
            .all(|(_, src)| src.starts_with("data:image/png;base64,"))
    );
    for href in [
        "practices/gent-taalcafe/plan.pdf",
        "#p-andere",
        "https://example.org/pagina",
        "mailto:info@example.org",
        "https://example.org/goed",
    ] {
        assert!(
            html.contains(&format!("href=\"{href}\"")),
            "`{href}` is a link:\n{html}"
        );
    }
}
