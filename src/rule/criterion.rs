//! The elements the guide asks a follow-up to carry, in the guide's order.

use std::fmt;
use std::str::FromStr;

use crate::name::{ParseNameError, parse_name};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// An element the guide asks a message to carry, as checked by a `missing-…` rule and
/// shown in the report's checklist.
///
/// The variants are declared in the order the guide lists the elements, and that order
/// is the checklist's (`Ord` follows it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Criterion {
    /// A call opens with the caller's name and the purpose of the call.
    ///
    /// Bad: "Hi, just checking on things." Good: "Hi, this is Dana Reyes, calling about
    /// the analyst role I interviewed for on Monday."
    Introduction,
    /// The message thanks the reader for their time or the interview.
    ///
    /// Bad: only "Thanks," above the name. Good: "Thank you for meeting me on Tuesday."
    Gratitude,
    /// The message restates interest in the role.
    ///
    /// Bad: "I look forward to hearing from you." Good: "I remain very interested in the role."
    Interest,
    /// The message names a concrete skill or experience of the writer.
    ///
    /// Bad: "I'd be a great fit." Good: "My four years of payroll audits fit the backlog you described."
    Qualification,
    /// The message refers to something specific from the interview.
    ///
    /// Bad: "I enjoyed our interview." Good: "I enjoyed hearing about the warehouse move to Leeds."
    SpecificReference,
    /// The message offers more information, answers, references or samples.
    ///
    /// Bad: nothing offered. Good: "I'm happy to send samples of my reports."
    OfferToHelp,
    /// The message asks about the status, timeline or next steps.
    ///
    /// Bad: no question at all. Good: "Could you share an update on the timeline?"
    TimelineInquiry,
    /// The message says when the interview took place.
    ///
    /// Bad: "our interview". Good: "our interview on Tuesday, March 3".
    InterviewDate,
    /// The message gives the writer's phone number or email address.
    ///
    /// Bad: no way to reach you. Good: "You can reach me at 555-0148."
    ContactInfo,
    /// The message ends with a professional sign-off and the writer's name.
    ///
    /// Bad: a message that stops after its last paragraph. Good: "Best regards,\nDana Reyes".
    Closing,
}

impl Criterion {
    /// Every criterion, in the guide's order.
    pub const ALL: [Criterion; 10] = [
        Criterion::Introduction,
        Criterion::Gratitude,
        Criterion::Interest,
        Criterion::Qualification,
        Criterion::SpecificReference,
        Criterion::OfferToHelp,
        Criterion::TimelineInquiry,
        Criterion::InterviewDate,
        Criterion::ContactInfo,
        Criterion::Closing,
    ];

    /// Returns the kebab-case name used in JSON: `gratitude`, `specific-reference`, …
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Criterion::Introduction => "introduction",
            Criterion::Gratitude => "gratitude",
            Criterion::Interest => "interest",
            Criterion::Qualification => "qualification",
            Criterion::SpecificReference => "specific-reference",
            Criterion::OfferToHelp => "offer-to-help",
            Criterion::TimelineInquiry => "timeline-inquiry",
            Criterion::InterviewDate => "interview-date",
            Criterion::ContactInfo => "contact-info",
            Criterion::Closing => "closing",
        }
    }

    /// Returns what meeting the criterion means, for a checklist line.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Criterion::Introduction => "Opens with the caller's name and the purpose of the call",
            Criterion::Gratitude => "Thanks the reader for their time or the interview",
            Criterion::Interest => "Restates interest in the role",
            Criterion::Qualification => "Names a concrete skill or experience",
            Criterion::SpecificReference => "Refers to something specific from the interview",
            Criterion::OfferToHelp => "Offers more information, answers or references",
            Criterion::TimelineInquiry => "Asks about the status, timeline or next steps",
            Criterion::InterviewDate => "Says when the interview took place",
            Criterion::ContactInfo => "Gives a phone number or email address",
            Criterion::Closing => "Ends with a professional sign-off and your name",
        }
    }
}

impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Criterion {
    type Err = ParseNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_name("criterion", s, Criterion::ALL, Criterion::as_str)
    }
}
