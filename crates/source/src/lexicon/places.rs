//! Countries and capitals that speak for their governments ("Russia said",
//! "Moscow said"): as sources they are organizations. Case-sensitive.

/// Country and capital names, and a few government seats.
pub const NAMES: &[&str] = &[
    "Russia", "Moscow", "China", "Beijing", "Iran", "Tehran", "Israel", "Jerusalem", "Syria",
    "Damascus", "Turkey", "Ankara", "France", "Paris", "Germany", "Berlin", "Britain", "London",
    "Japan", "Tokyo", "India", "New Delhi", "Pakistan", "Islamabad", "Ukraine", "Kiev", "Kyiv",
    "Iraq", "Baghdad", "Egypt", "Cairo", "Jordan", "Amman", "Qatar", "Doha", "Lebanon", "Beirut",
    "Washington", "U.S.", "US", "U.K.", "UK", "America", "United States", "Canada", "Ottawa",
    "Mexico", "Brazil", "Italy", "Rome", "Spain", "Madrid", "Poland", "Warsaw", "Greece", "Athens",
    "Afghanistan", "Kabul", "Saudi Arabia", "Riyadh", "Yemen", "Libya", "Tripoli", "Australia",
    "Canberra", "Indonesia", "Jakarta", "Korea", "Seoul", "Pyongyang", "North Korea", "South Korea",
    "Taiwan", "Taipei", "Vietnam", "Hanoi", "Cuba", "Havana", "Venezuela", "Caracas", "Nigeria",
    "Kenya", "Ethiopia", "Sweden", "Norway", "Denmark", "Finland", "Netherlands", "Belgium",
    "Brussels", "Austria", "Vienna", "Switzerland", "Geneva", "Hungary", "Serbia", "Georgia",
    "Armenia", "Azerbaijan", "Kazakhstan", "Tokyo", "New Zealand", "Europe", "Hong Kong",
];
