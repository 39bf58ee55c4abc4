//! One test per feature on a real news sentence, the bundled model, and an any-input
//! property.

use claimkit_claims::checkworthy::{self, assess, features, ClaimFacts, Feature};
use claimkit_core::Reason;
use proptest::prelude::*;

fn fires(text: &str, facts: ClaimFacts, feature: Feature) -> bool {
    features::extract(text, &facts).get(feature) > 0.0
}

const NO_FACTS: ClaimFacts = ClaimFacts {
    quantities: 0,
    resolved_times: 0,
    attributed: false,
    direct_quote: false,
};

#[test]
fn quantity_time_and_attribution_come_from_the_facts() {
    let text = "Russia conducted between 12 and 20 strikes Tuesday";
    let facts = ClaimFacts {
        quantities: 1,
        resolved_times: 1,
        attributed: true,
        direct_quote: false,
    };
    let v = assess(text, &facts);
    assert!(v.checkworthy);
    assert_eq!(
        v.reasons,
        [
            Reason::Quantity,
            Reason::Time,
            Reason::Attributed,
            Reason::NamedEntity,
            Reason::PublicRecord,
            Reason::EventVerb
        ]
    );
    assert!(assess(text, &facts).score > assess(text, &NO_FACTS).score);
}

#[test]
fn reporting_cue() {
    let text =
        "Russia has been a constructive partner, according to the Russian news agency Interfax.";
    assert!(fires(text, NO_FACTS, Feature::ReportingCue));
    assert!(fires(
        "U.S. officials said Russia conducted strikes",
        NO_FACTS,
        Feature::ReportingCue
    ));
    assert!(!fires(
        "Russia conducted strikes",
        NO_FACTS,
        Feature::ReportingCue
    ));
}

#[test]
fn named_entities_and_acronyms() {
    let text = "NATO Secretary-General Jens Stoltenberg on Tuesday sounded notes of caution.";
    let values = features::extract(text, &NO_FACTS);
    assert!(values.get(Feature::NamedEntity) > 0.0);
    // A sentence-initial capital alone is not a name.
    assert!(!fires(
        "Cooperation was nearly unthinkable.",
        NO_FACTS,
        Feature::NamedEntity
    ));
    assert!(fires(
        "Washington's allies have split over the U.S.",
        NO_FACTS,
        Feature::NamedEntity
    ));
}

#[test]
fn past_event_verbs() {
    assert!(fires(
        "France launched a third round of airstrikes Tuesday night.",
        NO_FACTS,
        Feature::EventVerb
    ));
    assert!(fires(
        "Waves of Russian warplanes struck the same area.",
        NO_FACTS,
        Feature::EventVerb
    ));
    assert!(!fires(
        "Some leaders remain uneasy and concerned.",
        NO_FACTS,
        Feature::EventVerb
    ));
}

#[test]
fn statistics_words() {
    assert!(fires(
        "Unemployment is at its highest level since the Depression.",
        NO_FACTS,
        Feature::Statistic
    ));
}

#[test]
fn public_record_nouns() {
    let text = "Senator Sanders voted against the bill, and millions of workers lost their jobs.";
    assert!(fires(text, NO_FACTS, Feature::PublicRecord));
    assert!(!fires(
        "The involvement of Arab allies complicates regional diplomacy.",
        NO_FACTS,
        Feature::PublicRecord
    ));
}

#[test]
fn ed_after_a_determiner_is_an_adjective() {
    let text = "Mr. Putin is the indispensable man for a combined global effort.";
    assert!(!fires(text, NO_FACTS, Feature::EventVerb));
    assert!(fires(
        "The allies combined their efforts.",
        NO_FACTS,
        Feature::EventVerb
    ));
}

#[test]
fn appearance_verb_with_like_hedges() {
    let text = "Mr. Putin now is looking less like a global pariah.";
    assert!(fires(text, NO_FACTS, Feature::Hedge));
    assert!(!fires(
        "Mr. Putin is looking for allies.",
        NO_FACTS,
        Feature::Hedge
    ));
}

#[test]
fn modality_in_a_coordinated_clause_counts_half() {
    let facts = ClaimFacts {
        resolved_times: 1,
        ..NO_FACTS
    };
    let mixed =
        "In Germany, a threatened terrorist attack forced the cancellation of a soccer game \
                 Tuesday, and likely will add to a national discussion over that country’s role.";
    let hedged =
        "In Germany, a threatened terrorist attack likely will force the cancellation of a \
                  soccer game Tuesday.";
    let values = features::extract(mixed, &facts);
    assert_eq!(values.get(Feature::Prediction), 0.5);
    assert_eq!(
        features::extract(hedged, &facts).get(Feature::Prediction),
        1.0
    );
    assert!(assess(mixed, &facts).score > assess(hedged, &facts).score);
}

#[test]
fn modal_and_hedge() {
    assert!(fires(
        "The effort could yet dissolve.",
        NO_FACTS,
        Feature::ModalVerb
    ));
    let text = "The position seems to signal an emerging fissure in the Iranian-Russian alliance.";
    assert!(fires(text, NO_FACTS, Feature::Hedge));
    assert!(assess(text, &NO_FACTS).reasons.contains(&Reason::Modal));
    // "appearance" is a noun, not the hedge "appears".
    assert!(!fires(
        "It accentuated the appearance of common cause.",
        NO_FACTS,
        Feature::Hedge
    ));
}

#[test]
fn opinion() {
    let text = "A short time ago, cooperation was nearly unthinkable.";
    assert!(fires(text, NO_FACTS, Feature::Opinion));
    assert!(!assess(text, &NO_FACTS).checkworthy);
}

#[test]
fn prediction() {
    assert!(fires(
        "The attack likely will add to a national discussion over the country's role.",
        NO_FACTS,
        Feature::Prediction
    ));
    assert!(fires(
        "We're going to cut taxes.",
        NO_FACTS,
        Feature::Prediction
    ));
    assert!(fires(
        "We’ll want to make sure this is coupled with cooperation.",
        NO_FACTS,
        Feature::Prediction
    ));
}

#[test]
fn question() {
    let text = "What is the U.S. going to do about Syria?";
    assert!(fires(text, NO_FACTS, Feature::Question));
    assert!(assess(text, &NO_FACTS).reasons.contains(&Reason::Question));
    assert!(!assess(text, &NO_FACTS).checkworthy);
}

#[test]
fn chit_chat_and_personal() {
    let text = "Thank you all for being here tonight.";
    assert!(fires(text, NO_FACTS, Feature::ChitChat));
    assert!(!assess(text, &NO_FACTS).checkworthy);
    assert!(fires("I think you know that.", NO_FACTS, Feature::Personal));
}

#[test]
fn nothing_verifiable_and_short() {
    let text = "That is something that we very much want to see.";
    assert!(fires(text, NO_FACTS, Feature::NothingVerifiable));
    assert!(fires("Not at all.", NO_FACTS, Feature::Short));
    let v = assess(text, &NO_FACTS);
    assert!(!v.checkworthy);
    assert!(v.reasons.contains(&Reason::NothingVerifiable));
}

#[test]
fn bundled_model_parses_and_round_trips() {
    let model = checkworthy::bundled();
    assert_eq!(model.to_text(), checkworthy::MODEL_FILE);
    assert!((0.0..=1.0).contains(&model.threshold));
    assert!(model.platt.0 > 0.0, "calibration keeps the ranking");
}

proptest! {
    #[test]
    fn any_text_scores_in_unit_range_and_deterministically(
        text in "\\PC{0,200}",
        quantities in 0usize..5,
        resolved_times in 0usize..5,
        attributed: bool,
        direct_quote: bool,
    ) {
        let facts = ClaimFacts { quantities, resolved_times, attributed, direct_quote };
        let a = assess(&text, &facts);
        prop_assert!((0.0..=1.0).contains(&a.score));
        prop_assert_eq!(a.checkworthy, a.score >= checkworthy::bundled().news_threshold);
        prop_assert!(a.reasons.windows(2).all(|w| w[0] < w[1]));
        prop_assert_eq!(a, assess(&text, &facts));
    }
}
