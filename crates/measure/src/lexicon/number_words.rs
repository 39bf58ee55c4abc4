//! Numbers written as words.

/// Cardinal words below one hundred.
pub(crate) const CARDINALS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Articles that stand for one as the first word of a number, before
/// "hundred" or a scale word: "a hundred", "a thousand million".
pub(crate) const ARTICLES_FOR_ONE: &[&str] = &["a", "an"];

/// Ordinal words, with the number they stand for.
pub(crate) const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("nineth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1e3),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

/// Denominators of fractions ("two thirds", "a quarter of"), singular and plural.
pub(crate) const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("twelfth", 12.0),
    ("twelfths", 12.0),
    ("twentieth", 20.0),
    ("twentieths", 20.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1e3),
    ("thousandths", 1e3),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
];

/// Determiners between "of" and the noun a fraction takes a share of ("a
/// quarter of the budget").
pub(crate) const FRACTION_DETERMINERS: &[&str] =
    &["the", "its", "their", "his", "her", "our", "all"];

/// Vague amounts, read as ranges with `approx = about`: "hundreds" → 100..1,000,
/// "millions" → 1,000,000..10,000,000 (a band from the magnitude to ten times it).
/// A following "of" + magnitude multiplies them by its lower end: "tens of
/// thousands" → 10,000..100,000, "hundreds of thousands" → 100,000..1,000,000.
pub(crate) const VAGUE: &[(&str, f64, f64)] = &[
    ("several", 3.0, 7.0),
    ("dozens", 24.0, 144.0),
    ("scores", 40.0, 180.0),
    ("tens", 10.0, 100.0),
    ("hundreds", 100.0, 1e3),
    ("thousands", 1e3, 1e4),
    ("millions", 1e6, 1e7),
    ("billions", 1e9, 1e10),
];

/// Multi-word vague amounts: "a couple of" → 2..3.
pub(crate) const VAGUE_PHRASES: &[(&str, f64, f64)] = &[
    ("a couple of", 2.0, 3.0),
    ("a couple", 2.0, 3.0),
    ("a handful of", 3.0, 6.0),
];

/// Words that make the following number negative.
pub(crate) const NEGATIVE_WORDS: &[&str] = &["minus", "negative"];

/// Fractions written as one character: "½", "⅔".
pub(crate) const VULGAR_FRACTIONS: &[(&str, f64)] = &[
    ("½", 0.5),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅕", 0.2),
    ("⅖", 0.4),
    ("⅗", 0.6),
    ("⅘", 0.8),
    ("⅙", 1.0 / 6.0),
    ("⅚", 5.0 / 6.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
];
