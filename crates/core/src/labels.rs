//! Closed value sets of the output tables. Each enum prints as the exact string
//! the tables use (`as_str`) and parses back from it (`FromStr`).

use std::fmt;
use std::str::FromStr;

/// The string was not one of the enum's table values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}")]
pub struct UnknownLabel {
    /// Which value set was expected.
    pub what: &'static str,
    /// The string that did not match.
    pub value: String,
}

macro_rules! label_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident => $s:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in table order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in the tables.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownLabel;
            fn from_str(s: &str) -> Result<Self, UnknownLabel> {
                match s {
                    $($s => Ok($name::$variant),)+
                    _ => Err(UnknownLabel { what: $what, value: s.to_string() }),
                }
            }
        }
    };
}

label_enum! {
    /// How exact a quantity is.
    Approx, "approx" {
        /// "12 strikes"
        Exact => "exact",
        /// "about 12", "dozens"
        About => "about",
        /// "between 12 and 20"
        Range => "range",
        /// "more than 12", "over 12"
        MoreThan => "more_than",
        /// "at least 12"
        AtLeast => "at_least",
        /// "less than 12", "under 12"
        LessThan => "less_than",
        /// "up to 12", "at most 12"
        AtMost => "at_most",
    }
}

label_enum! {
    /// What sort of quantity a mention is.
    QuantityKind, "quantity kind" {
        /// A number of things: "20 strikes".
        Count => "count",
        /// A position in a sequence: "a third round".
        Ordinal => "ordinal",
        /// "12%", "3 percentage points".
        Percent => "percent",
        /// "$1.5 billion".
        Money => "money",
        /// A physical measure: "40 km", "2 million barrels".
        Measure => "measure",
    }
}

label_enum! {
    /// The direction of a change the text states: "fell 1.2 per cent" → down.
    Change, "change" {
        /// "rose 9 sen", "+1.4%", "a 5% increase".
        Up => "up",
        /// "fell 1.2 per cent", "-1.5%", "a 3% drop".
        Down => "down",
    }
}

label_enum! {
    /// The size of the period a time expression denotes.
    Granularity, "granularity" {
        /// One calendar day.
        Day => "day",
        /// An ISO week, Monday to Sunday.
        Week => "week",
        /// A calendar month.
        Month => "month",
        /// A calendar quarter.
        Quarter => "quarter",
        /// A calendar year.
        Year => "year",
        /// A decade ("the 1930s").
        Decade => "decade",
        /// A century.
        Century => "century",
        /// Not resolvable ("in recent days").
        Unknown => "unknown",
    }
}

label_enum! {
    /// Who makes a claim.
    SourceType, "source type" {
        /// A person named in the text: "Derek Chollet".
        NamedPerson => "named_person",
        /// A person or group not named: "U.S. officials", "a Russian diplomat".
        UnnamedPerson => "unnamed_person",
        /// An organisation speaking as such: "the Obama administration".
        Organization => "organization",
        /// A news outlet: "Interfax".
        Media => "media",
        /// A report, statement or document.
        Document => "document",
        /// Not attributed: the article itself asserts it.
        Publication => "publication",
    }
}

label_enum! {
    /// How much of attributed content is in quote marks.
    QuoteKind, "quote" {
        /// All of it.
        Direct => "direct",
        /// None of it: reported speech.
        Indirect => "indirect",
        /// A partial quote inside reported speech.
        Mixed => "mixed",
        /// Not attributed speech at all.
        None => "none",
    }
}

label_enum! {
    /// A visible feature that counted for or against check-worthiness.
    Reason, "reason" {
        /// Holds a quantity.
        Quantity => "quantity",
        /// Holds a resolved time.
        Time => "time",
        /// Attributed to a source.
        Attributed => "attributed",
        /// Names people, places or organisations.
        NamedEntity => "named_entity",
        /// Statistical language: rates, records, comparisons ("doubled", "the highest").
        Statistic => "statistic",
        /// Public-record subjects: jobs, taxes, votes, budgets.
        PublicRecord => "public_record",
        /// A past-tense event verb.
        EventVerb => "event_verb",
        /// Modal or hedged ("could", "may", "seems").
        Modal => "modal",
        /// Opinion or evaluative language.
        Opinion => "opinion",
        /// First- or second-person talk ("I think", "you know").
        Personal => "personal",
        /// A prediction about the future.
        Prediction => "prediction",
        /// A question.
        Question => "question",
        /// Nothing in it can be verified.
        NothingVerifiable => "nothing_verifiable",
    }
}

/// Join reasons as the tables write them: `quantity;time;attributed`.
pub fn join_reasons(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for a in Approx::ALL {
            assert_eq!(a.as_str().parse::<Approx>(), Ok(*a));
        }
        for s in SourceType::ALL {
            assert_eq!(s.as_str().parse::<SourceType>(), Ok(*s));
        }
        assert!("sometimes".parse::<QuoteKind>().is_err());
    }
}
