//! HTML bodies (feature `html`): the same findings as the plain text, spans in the HTML.
#![cfg(feature = "html")]

use followup_lint::{Applicability, Draft, Linter, Report};

/// The draft as an email client would store it: paragraphs in `<p>`, lines joined by
/// `<br>`, the characters markup reads escaped (apostrophes as a reference too), a
/// styled head, and a quoted reply below, full of slips that must not count.
fn to_html(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('\'', "&#39;")
    };
    let mut html = String::from("<html><head><style>p { margin: 0 }</style></head>\n<body>\n");
    for paragraph in text.trim_end().split("\n\n") {
        let lines: Vec<String> = paragraph.lines().map(escape).collect();
        html.push_str("<p>");
        html.push_str(&lines.join("<br>\n"));
        html.push_str("</p>\n");
    }
    html.push_str(concat!(
        "<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Dana wrote:</div>\n",
        "<blockquote>whats the salary?? i need an answer now.</blockquote></div>\n",
        "</body></html>\n",
    ));
    html
}

/// What a reader sees of an HTML stretch: markup out, the references `to_html` writes
/// decoded, line and paragraph tags as line ends.
fn seen(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        match &rest[lt..gt] {
            "<br>" => out.push('\n'),
            "</p>" => out.push_str("\n\n"),
            _ => {}
        }
        rest = &rest[gt..];
    }
    out.push_str(rest);
    let out = out.replace("\n\n\n", "\n\n").replace(">\n", ">");
    let out = out.replace("<br>\n", "\n");
    out.replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace("\n\n\n", "\n\n")
}

fn drafts() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/drafts");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("drafts")
        .map(|e| {
            let path = e.expect("entry").path();
            (
                path.display().to_string(),
                std::fs::read_to_string(&path).expect("utf-8"),
            )
        })
        .collect();
    out.sort();
    assert!(out.len() >= 8);
    out
}

fn findings(report: &Report, text: &str, normalise: impl Fn(&str) -> String) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            let flagged = d
                .span()
                .map(|s| normalise(s.slice(text)))
                .unwrap_or_default();
            let flagged = flagged.split_whitespace().collect::<Vec<_>>().join(" ");
            format!("{} {} {:?} {}", d.rule, d.fingerprint(), flagged, d.message)
        })
        .collect()
}

#[test]
fn html_drafts_get_the_findings_of_their_plain_text_with_spans_in_the_html() {
    let linter = Linter::new();
    let mut compared = 0;
    for (name, text) in drafts() {
        let html = to_html(&text);
        let plain = linter.check(&Draft::new(&text));
        let marked = linter.check(&Draft::new(&html).html());
        assert_eq!(marked.kind, plain.kind, "{name}");
        assert_eq!(
            findings(&marked, &html, seen),
            findings(&plain, &text, str::to_owned),
            "{name}\n{html}"
        );
        for d in &marked.diagnostics {
            let span = d.span().expect("text diagnostics");
            assert!(html.get(span.start..span.end).is_some(), "{name}: {span}");
            // Nothing points into the head or the quoted reply.
            let body = html.find("<body>").expect("body");
            let quote = html.find("<div class=\"gmail_quote\"").expect("quote");
            assert!(
                span.start >= body && span.end <= quote,
                "{name}: {} at {span}",
                d.rule
            );
        }
        let checklist = |r: &Report| -> Vec<(String, bool)> {
            r.checklist
                .iter()
                .map(|i| (i.criterion.to_string(), i.satisfied))
                .collect()
        };
        assert_eq!(checklist(&marked), checklist(&plain), "{name}");
        compared += plain.diagnostics.len();
    }
    assert!(compared > 20, "the drafts should exercise many rules");
}

#[test]
fn a_clean_html_note_is_clean() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/drafts/thank-you-good.txt"
    ))
    .expect("draft");
    let plain = Linter::new().check(&Draft::new(&text));
    let marked = Linter::new().check(&Draft::new(&to_html(&text)).html());
    assert_eq!(marked.diagnostics.len(), plain.diagnostics.len());
    assert!(!marked.has_errors());
    assert!(
        marked.checklist.iter().all(|i| i.satisfied),
        "{:?}",
        marked.checklist
    );
}

#[test]
fn fixes_edit_the_html_and_leave_the_markup_alone() {
    let html = "<p>Hi Ana,</p>\n<p>i enjoyed the the tour &amp; the demo of <b>Atlas</b> .</p>";
    let linter = Linter::new();
    let fixed = linter.fix(&Draft::new(html).html(), Applicability::Safe);
    assert_eq!(
        fixed.text,
        "<p>Hi Ana,</p>\n<p>I enjoyed the tour &amp; the demo of <b>Atlas</b>.</p>"
    );
    // The composed edits turn the HTML into the fixed HTML in one step.
    let mut text = html.to_owned();
    for e in fixed.edits.iter().rev() {
        text.replace_range(e.span.start..e.span.end, &e.replacement);
    }
    assert_eq!(text, fixed.text);
}
