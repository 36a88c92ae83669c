//! `input-truncated`: the draft was longer than the size limit; only its start was checked.

use crate::diagnostic::{Category, Finding, Level, Levels, Span};
use crate::draft::MessageKind::ThankYou;
use crate::rule::Findings;
use crate::rule::{Example, Gate, Rule, RuleContext, RuleKind, TextRule};

pub(crate) const RULE: Rule = Rule {
    id: "input-truncated",
    category: Category::Structure,
    summary: "Flags a draft longer than the configured maximum input size, of which only the start was checked.",
    why: "A follow-up is a few hundred words; a draft this large is probably not one (a pasted \
          thread or file), and whatever lies past the limit was not checked at all.",
    help: "Check the message itself, without what was pasted around it, or raise `max_input_bytes`.",
    options: &[],
    kind: RuleKind::Text(TextRule {
        levels: Levels::all(Level::Warning),
        gate: Gate::Always,
        flagged: &[
            Example::new(ThankYou, "Thank you for the interview on Monday.")
                .with_max_input_bytes(16),
            // Only white space before the cut: still reported, so nothing is lost silently.
            Example::new(ThankYou, "      Thank you for the interview.").with_max_input_bytes(4),
        ],
        accepted: &[
            Example::new(ThankYou, "Thank you for the interview."),
            Example::new(ThankYou, "Thank you.").with_max_input_bytes(10),
        ],
        phrases: &[],
        evidence: None,
        check,
    }),
};

fn check(cx: &RuleContext<'_, '_>, out: &mut Findings) {
    let doc = cx.doc();
    let Some(full) = doc.truncated_from() else {
        return;
    };
    out.push(Finding::new(
        Span::empty(doc.text().len()),
        format!(
            "The draft is {full} bytes long; only the first {} bytes were checked.",
            doc.text().len()
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::{Config, Draft, Linter, MessageKind::ThankYou};

    #[test]
    fn flags_the_cut_and_keeps_spans_inside_the_checked_part() {
        let linter = Linter::with_config(Config::new().max_input_bytes(20)).expect("valid");
        let text = "Thank you for the interview é today, it was great.";
        let report = linter.check(&Draft::new(text).kind(ThankYou));
        assert!(report.truncated);
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == "input-truncated")
            .expect("fires");
        let at = d.span().expect("text span").start;
        assert!(at <= 20 && text.is_char_boundary(at));
        assert!(d.message.contains(&text.len().to_string()), "{}", d.message);
        assert!(
            report
                .diagnostics
                .iter()
                .all(|d| d.span().is_none_or(|s| s.end <= 20))
        );
    }

    #[test]
    fn cuts_on_a_char_boundary() {
        let linter = Linter::with_config(Config::new().max_input_bytes(2)).expect("valid");
        let report = linter.check(&Draft::new("éé").kind(ThankYou));
        assert!(report.truncated);
        assert_eq!(report.stats.bytes, 2);
        let report = Linter::with_config(Config::new().max_input_bytes(3))
            .expect("valid")
            .check(&Draft::new("éé").kind(ThankYou));
        assert_eq!(report.stats.bytes, 2, "3 bytes would split the second é");
    }
}
