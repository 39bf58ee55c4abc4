//! Abbreviations that keep their final period ("Mr.", "Sept.", "Inc."): a
//! period after them does not end a sentence. Case-sensitive.

/// Abbreviations written with a final period.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr",
    "Adm", "Maj", "Cpl", "Pvt", "Supt", "Insp", "Rev", "Hon", "Pres", "Amb", "Atty", "Jr", "Sr",
    "St", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc",
    "approx", "est", "Ave", "Blvd", "Rd", "Calif", "Fla", "Mass", "Ariz", "Ill", "Penn", "Wash",
    "Va", "Mich", "Minn", "Ore", "Tex", "Wis", "Conn", "Okla", "Tenn",
];
