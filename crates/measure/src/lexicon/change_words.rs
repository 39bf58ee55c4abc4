//! Words that state a change and its direction around an amount: "fell 1.2 per
//! cent", "a 5% rise", "up 3 pct", "6.5% higher than". The amount of the change
//! carries the direction; a level it moves to ("to 7,412") carries none.

use claimkit_core::Change;

/// Verbs of movement before the amount, any kind of quantity: "rose 9 sen",
/// "fell 1.2 per cent", "jumped 250,000". Two-word rows end in their particle.
pub(crate) const VERBS: &[(&str, Change)] = &[
    ("rose", Change::Up),
    ("rise", Change::Up),
    ("rises", Change::Up),
    ("rising", Change::Up),
    ("risen", Change::Up),
    ("climbed", Change::Up),
    ("climb", Change::Up),
    ("climbs", Change::Up),
    ("climbing", Change::Up),
    ("jumped", Change::Up),
    ("jump", Change::Up),
    ("jumps", Change::Up),
    ("surged", Change::Up),
    ("surges", Change::Up),
    ("soared", Change::Up),
    ("soars", Change::Up),
    ("rallied", Change::Up),
    ("advanced", Change::Up),
    ("advances", Change::Up),
    ("grew", Change::Up),
    ("grow", Change::Up),
    ("grows", Change::Up),
    ("grown", Change::Up),
    ("increased", Change::Up),
    ("increases", Change::Up),
    ("expanded", Change::Up),
    ("firmed", Change::Up),
    ("edged up", Change::Up),
    ("edged higher", Change::Up),
    ("inched up", Change::Up),
    ("ticked up", Change::Up),
    ("went up", Change::Up),
    ("moved up", Change::Up),
    ("fell", Change::Down),
    ("fall", Change::Down),
    ("falls", Change::Down),
    ("falling", Change::Down),
    ("fallen", Change::Down),
    ("dropped", Change::Down),
    ("drop", Change::Down),
    ("drops", Change::Down),
    ("declined", Change::Down),
    ("decline", Change::Down),
    ("declines", Change::Down),
    ("decreased", Change::Down),
    ("decreases", Change::Down),
    ("slipped", Change::Down),
    ("slips", Change::Down),
    ("slid", Change::Down),
    ("slumped", Change::Down),
    ("plunged", Change::Down),
    ("plummeted", Change::Down),
    ("tumbled", Change::Down),
    ("sank", Change::Down),
    ("eased", Change::Down),
    ("eases", Change::Down),
    ("dipped", Change::Down),
    ("shrank", Change::Down),
    ("contracted", Change::Down),
    ("edged down", Change::Down),
    ("edged lower", Change::Down),
    ("inched down", Change::Down),
    ("ticked down", Change::Down),
    ("went down", Change::Down),
    ("moved down", Change::Down),
];

/// Verbs that state a change of a percentage, or of any amount after "by"
/// ("cut by 500"); before other amounts they name a level ("lost $5 million",
/// "raised $2 billion", "added 250 staff").
pub(crate) const RATE_VERBS: &[(&str, Change)] = &[
    ("gained", Change::Up),
    ("gain", Change::Up),
    ("gains", Change::Up),
    ("added", Change::Up),
    ("raised", Change::Up),
    ("lifted", Change::Up),
    ("boosted", Change::Up),
    ("hiked", Change::Up),
    ("improved", Change::Up),
    ("strengthened", Change::Up),
    ("lost", Change::Down),
    ("lose", Change::Down),
    ("loses", Change::Down),
    ("shed", Change::Down),
    ("cut", Change::Down),
    ("cuts", Change::Down),
    ("lowered", Change::Down),
    ("reduced", Change::Down),
    ("slashed", Change::Down),
    ("trimmed", Change::Down),
    ("weakened", Change::Down),
    ("worsened", Change::Down),
];

/// Words right before a percentage or price that state its direction: "up 3
/// pct", "down 5 cents", "were off 8.6 pct".
pub(crate) const MARKERS: &[(&str, Change)] = &[
    ("up", Change::Up),
    ("down", Change::Down),
    ("off", Change::Down),
];

/// Nouns of change: before "of" ("a rise of 5%") or after the amount ("a 5%
/// rise", "a 20,000 increase in jobs").
pub(crate) const NOUNS: &[(&str, Change)] = &[
    ("rise", Change::Up),
    ("rises", Change::Up),
    ("increase", Change::Up),
    ("increases", Change::Up),
    ("jump", Change::Up),
    ("surge", Change::Up),
    ("growth", Change::Up),
    ("hike", Change::Up),
    ("climb", Change::Up),
    ("gain", Change::Up),
    ("gains", Change::Up),
    ("fall", Change::Down),
    ("falls", Change::Down),
    ("drop", Change::Down),
    ("decline", Change::Down),
    ("declines", Change::Down),
    ("decrease", Change::Down),
    ("cut", Change::Down),
    ("cuts", Change::Down),
    ("reduction", Change::Down),
    ("slump", Change::Down),
    ("plunge", Change::Down),
];

/// Nouns of [`NOUNS`] that, after an amount of money, name a level: "a $5
/// million gain", "a 9 mln dlr loss".
pub(crate) const LEVEL_NOUNS_OF_MONEY: &[&str] = &["gain", "gains"];

/// Words after the amount that state a difference: "6.5% higher than", "10
/// points lower", "three mln barrels a day less than demand".
pub(crate) const AFTER: &[(&str, Change)] = &[
    ("higher", Change::Up),
    ("lower", Change::Down),
    ("up", Change::Up),
    ("down", Change::Down),
    ("more than", Change::Up),
    ("less than", Change::Down),
    ("fewer than", Change::Down),
];

/// Words that may stand between a verb of change and its amount: "rose by 5%",
/// "fell a further 2 pct", "climbed another 3%".
pub(crate) const BETWEEN: &[&str] = &[
    "by",
    "a",
    "an",
    "further",
    "another",
    "additional",
    "just",
    "only",
    "some",
];
