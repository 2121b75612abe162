//! Hostile input, as a class's submitted work can hold it: a teacher builds the students'
//! portfolios in CI, and nothing a student writes may run script on the site, reach outside the
//! portfolio, hang the build or cost the teacher the site already published.

mod common;

use redraft::html::{Token, attributes, tokenize};

use common::*;

/// Markdown that tries to get script or page markup through, one vector per line or block.
const HOSTILE_BODY: &str = r#"### Three {tabindex=1 autofocus onfocus=alert(document.domain)}

## Styled {style="position:fixed;inset:0" .ok #fine}

## Quoted {#a"onmouseover=alert(1) .b'onclick=alert(2)}

Link [one](javascript:alert(3)), [two](<java script:alert(4)>), <javascript:alert(5)>,
![img](vbscript:msgbox(6)) and [ref][r] and [data](data:text/html;base64,PHNjcmlwdD4=).

[r]: JAVASCRIPT:alert(7)

[title](https://example.org/ "x\" onmouseover=\"alert(8)")

```js" onmouseover="alert(9)
code
```

Raw <b onclick="alert(10)">bold</b>, <img src="x.png" onerror="alert(11)">,
<a href="javascript:alert(12)">a</a>, <svg onload="alert(13)"></svg>.

<script>alert(14)</script>

<iframe src="https://example.org/"></iframe>

<form action="https://example.org/"><button formaction="javascript:alert(15)">go</button></form>

<style>body { display: none }</style>

<meta http-equiv="refresh" content="0; url=https://example.org/">

<base href="https://example.org/">

<object data="x.swf"></object>

<details open ontoggle="alert(16)"><summary>s</summary></details>
"#;

/// Front matter whose every text field tries the same.
const HOSTILE_FRONT: &str = r#"title: "<script>alert(20)</script> Essay"
label: "<img src=x onerror=alert(21)>"
changes: "<b onclick=alert(22)>x</b>"
tried: "</p><script>alert(23)</script>"
tags: ["<svg onload=alert(24)>"]
author: "<i onmouseover=alert(25)>Sam</i>"
reflection: |
  ## Why {onclick=alert(26)}

  [r](javascript:alert(27)) <img src=x onerror=alert(28)>
feedback:
  - from: "<b onclick=alert(29)>Ms. Lee</b>"
    text: '### Hm {onfocus=alert(30) autofocus}'
    quote: Raw
"#;

/// Every way the site could run script that is not the theme's own: event-handler attributes,
/// script elements, and addresses that run code. Returns what was found, by file.
fn scripts_in(site: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for file in files(site) {
        if !file.ends_with(".html") && !file.ends_with(".xml") {
            continue;
        }
        let text = std::fs::read_to_string(site.join(&file)).expect("read page");
        for token in tokenize(&text) {
            let (Token::Open(name, raw) | Token::Void(name, raw)) = token else {
                continue;
            };
            let name = name.to_ascii_lowercase();
            // The theme's own scripts and its search form.
            let theme_script = name == "script"
                && attributes(raw).any(|(n, v)| {
                    n == "src"
                        && (v.ends_with("assets/redraft.js") || v.ends_with("search-index.js"))
                });
            let theme_form = name == "form" && attributes(raw).any(|(n, _)| n == "data-search");
            if matches!(
                name.as_str(),
                "script" | "iframe" | "object" | "embed" | "base" | "form" | "style"
            ) && !theme_script
                && !theme_form
            {
                found.push(format!("{file}: {raw}"));
            }
            for (attr, value) in attributes(raw) {
                let attr = attr.to_ascii_lowercase();
                let squeezed: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let runs = ["javascript:", "vbscript:", "data:text"]
                    .iter()
                    .any(|s| squeezed.starts_with(s));
                let refresh = name == "meta" && attr == "http-equiv";
                if attr.starts_with("on")
                    || attr == "style" && name != "th" && name != "td"
                    || attr == "autofocus"
                    || attr == "tabindex" && !value.starts_with('-') && value != "0"
                    || runs
                    || refresh
                {
                    found.push(format!("{file}: {raw}"));
                }
            }
        }
    }
    found
}

fn hostile_portfolio(raw_html: &str) -> Portfolio {
    Portfolio::new(
        &format!("title: Class\nraw_html: {raw_html}\n"),
        &[
            (
                "pieces/essay/01.md",
                &format!("---\n{HOSTILE_FRONT}---\n{HOSTILE_BODY}"),
            ),
            (
                "pieces/essay/02.md",
                &format!("---\ntitle: Essay\n---\n{HOSTILE_BODY}\nA new line.\n"),
            ),
        ],
    )
}

#[test]
fn a_students_markdown_never_runs_script_on_any_page() {
    for mode in ["sanitize", "escape"] {
        let p = hostile_portfolio(mode);
        let o = p.build();
        assert!(o.status.success(), "{mode}: {}", stderr(&o));
        let found = scripts_in(&p.site());
        assert!(
            found.is_empty(),
            "{mode}: script got through:\n{}",
            found.join("\n")
        );
        // The headings keep what is allowed: an id and classes.
        let draft = p.page("essay/draft-1/index.html");
        assert!(draft.contains("<h3 id=\"three\">"), "{mode}");
        assert!(draft.contains("<h2 id=\"fine\" class=\"ok\">"), "{mode}");
    }
}

#[test]
fn heading_attributes_are_held_to_the_rule_even_when_raw_html_is_allowed() {
    let p = hostile_portfolio("allow");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    for page in [
        "essay/index.html",
        "essay/draft-1/index.html",
        "essay/packet/index.html",
    ] {
        let html = p.page(page);
        assert!(!html.contains("onfocus"), "{page}");
        assert!(
            !html.contains("alert(26)"),
            "{page}: the reflection's heading"
        );
        assert!(
            !html.contains("alert(30)"),
            "{page}: the feedback's heading"
        );
    }
}

#[test]
fn check_names_each_line_where_something_was_removed() {
    let p = hostile_portfolio("sanitize");
    let o = redraft(&["check", &p.path().to_string_lossy()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    // The body starts on line 17 of draft 1, after 14 lines of front matter and two fences.
    for expected in [
        "01.md:17: warning: removed from a heading before publishing: `tabindex=1`, `autofocus`, `onfocus=alert(document.domain)`",
        "01.md:19: warning: removed from a heading before publishing: `style=",
        "01.md:21: warning: removed from a heading before publishing: the id `#a\"onmouseover=alert(1)`, the class `.b'onclick=alert(2)`",
        "01.md:23: warning: removed from a link before publishing: the address `javascript:…`, the address `java script:…`, the address `javascript:…`",
        "01.md:24: warning: removed from a link before publishing: the address `vbscript:…`, the address `JAVASCRIPT:…`, the address `data:…`",
        "01.md:34: warning: removed from raw HTML before publishing: `onclick` on `<b>`, `onerror` on `<img>`",
        "01.md:37: warning: removed from raw HTML before publishing: the element `<script>`",
        "01.md:8: warning: removed from a heading in the reflection before publishing: `onclick=alert(26)`",
        "help: write ids and classes with letters, digits, `-` and `_` only",
        "in the text of feedback 1 before publishing: `onfocus=alert(30)`, `autofocus`",
        "help: after a heading, `{#name .class}` may give it an id and classes, nothing else",
    ] {
        assert!(err.contains(expected), "expected {expected:?} in\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}
