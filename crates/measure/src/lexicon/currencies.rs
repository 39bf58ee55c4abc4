//! Currencies of world news: the signs and codes written before an amount
//! ("RM4.15", "S$2.5m", "EUR 5 million") and the words written after it ("50
//! dlrs", "3bn euros", "7 sen"), each with its ISO 4217 code where the form
//! names one currency for certain, and the currency's name.
//!
//! The code is what the `unit_normalized` column holds. A form several
//! currencies share ("kr", "francs", "pesos") has no code unless a country is
//! written with it ("Swiss francs"). Minor units keep their value in the unit
//! written: US cents are `USX` and pence `GBX` (market codes); cents of other
//! currencies and "sen" have no code. Signs and codes match case as written;
//! words after the amount match any case.

/// An ISO 4217 code (or market code for a minor unit), or `None` when the form
/// is shared by several currencies.
pub(crate) type Iso = Option<&'static str>;

/// Signs and codes written before the amount, case as written: the form, its
/// code and the currency's name. A form of two tokens ("HK" + "$") is matched
/// only when they are glued.
pub(crate) const BEFORE: &[(&str, Iso, &str)] = &[
    ("$", Some("USD"), "US dollar"),
    ("US$", Some("USD"), "US dollar"),
    ("U.S.$", Some("USD"), "US dollar"),
    ("C$", Some("CAD"), "Canadian dollar"),
    ("CA$", Some("CAD"), "Canadian dollar"),
    ("Can$", Some("CAD"), "Canadian dollar"),
    ("A$", Some("AUD"), "Australian dollar"),
    ("AU$", Some("AUD"), "Australian dollar"),
    ("HK$", Some("HKD"), "Hong Kong dollar"),
    ("NZ$", Some("NZD"), "New Zealand dollar"),
    ("S$", Some("SGD"), "Singapore dollar"),
    ("NT$", Some("TWD"), "New Taiwan dollar"),
    ("R$", Some("BRL"), "Brazilian real"),
    ("Mex$", Some("MXN"), "Mexican peso"),
    ("£", Some("GBP"), "pound sterling"),
    ("€", Some("EUR"), "euro"),
    ("¥", Some("JPY"), "Japanese yen"),
    ("Y", Some("JPY"), "Japanese yen (wire copy: Y500 billion)"),
    ("₹", Some("INR"), "Indian rupee"),
    ("Rs", Some("INR"), "Indian rupee"),
    ("Rs.", Some("INR"), "Indian rupee"),
    ("₽", Some("RUB"), "Russian rouble"),
    ("₩", Some("KRW"), "South Korean won"),
    ("₦", Some("NGN"), "Nigerian naira"),
    ("₱", Some("PHP"), "Philippine peso"),
    ("₺", Some("TRY"), "Turkish lira"),
    ("₪", Some("ILS"), "Israeli shekel"),
    ("฿", Some("THB"), "Thai baht"),
    ("RM", Some("MYR"), "Malaysian ringgit"),
    ("Rp", Some("IDR"), "Indonesian rupiah"),
    ("RMB", Some("CNY"), "Chinese yuan"),
    ("CN¥", Some("CNY"), "Chinese yuan"),
    ("Dh", Some("AED"), "UAE dirham"),
    ("Dhs", Some("AED"), "UAE dirham"),
    ("E£", Some("EGP"), "Egyptian pound"),
    ("kr", None, "krona or krone"),
    ("Skr", Some("SEK"), "Swedish crown"),
    ("Nkr", Some("NOK"), "Norwegian crown"),
    ("Dkr", Some("DKK"), "Danish crown"),
    ("SFr", Some("CHF"), "Swiss franc"),
    ("Sfr", Some("CHF"), "Swiss franc"),
    ("USD", Some("USD"), "US dollar"),
    ("EUR", Some("EUR"), "euro"),
    ("GBP", Some("GBP"), "pound sterling"),
    ("JPY", Some("JPY"), "Japanese yen"),
    ("CHF", Some("CHF"), "Swiss franc"),
    ("CNY", Some("CNY"), "Chinese yuan"),
    ("HKD", Some("HKD"), "Hong Kong dollar"),
    ("SGD", Some("SGD"), "Singapore dollar"),
    ("AUD", Some("AUD"), "Australian dollar"),
    ("CAD", Some("CAD"), "Canadian dollar"),
    ("NZD", Some("NZD"), "New Zealand dollar"),
    ("INR", Some("INR"), "Indian rupee"),
    ("MYR", Some("MYR"), "Malaysian ringgit"),
    ("IDR", Some("IDR"), "Indonesian rupiah"),
    ("THB", Some("THB"), "Thai baht"),
    ("KRW", Some("KRW"), "South Korean won"),
    ("TWD", Some("TWD"), "New Taiwan dollar"),
    ("BRL", Some("BRL"), "Brazilian real"),
    ("MXN", Some("MXN"), "Mexican peso"),
    ("ZAR", Some("ZAR"), "South African rand"),
    ("RUB", Some("RUB"), "Russian rouble"),
    ("SEK", Some("SEK"), "Swedish crown"),
    ("NOK", Some("NOK"), "Norwegian crown"),
    ("DKK", Some("DKK"), "Danish crown"),
    ("PLN", Some("PLN"), "Polish zloty"),
    ("SAR", Some("SAR"), "Saudi riyal"),
    ("AED", Some("AED"), "UAE dirham"),
];

/// Words and codes written after the amount, any case: the form (one word per
/// token: "u . s . dlrs"), its code and the currency's name. A country written
/// before the word makes a dollar, franc or crown certain ("Canadian dlrs",
/// "Swiss francs").
pub(crate) const AFTER: &[(&str, Iso, &str)] = &[
    ("dollars", Some("USD"), "US dollar"),
    ("dollar", Some("USD"), "US dollar"),
    ("dlrs", Some("USD"), "US dollar"),
    ("dlr", Some("USD"), "US dollar"),
    ("u . s . dollars", Some("USD"), "US dollar"),
    ("u . s . dlrs", Some("USD"), "US dollar"),
    ("u . s . dlr", Some("USD"), "US dollar"),
    ("us dollars", Some("USD"), "US dollar"),
    ("canadian dollars", Some("CAD"), "Canadian dollar"),
    ("canadian dlrs", Some("CAD"), "Canadian dollar"),
    ("canadian dlr", Some("CAD"), "Canadian dollar"),
    ("australian dollars", Some("AUD"), "Australian dollar"),
    ("australian dlrs", Some("AUD"), "Australian dollar"),
    ("australian dlr", Some("AUD"), "Australian dollar"),
    ("new zealand dollars", Some("NZD"), "New Zealand dollar"),
    ("new zealand dlrs", Some("NZD"), "New Zealand dollar"),
    ("hong kong dollars", Some("HKD"), "Hong Kong dollar"),
    ("hong kong dlrs", Some("HKD"), "Hong Kong dollar"),
    ("singapore dollars", Some("SGD"), "Singapore dollar"),
    ("singapore dlrs", Some("SGD"), "Singapore dollar"),
    ("taiwan dollars", Some("TWD"), "New Taiwan dollar"),
    ("taiwan dlrs", Some("TWD"), "New Taiwan dollar"),
    ("cents", Some("USX"), "US cent"),
    ("cent", Some("USX"), "US cent"),
    ("cts", Some("USX"), "US cent"),
    ("cnts", Some("USX"), "US cent"),
    ("ct", Some("USX"), "US cent"),
    ("euros", Some("EUR"), "euro"),
    ("euro", Some("EUR"), "euro"),
    ("pounds sterling", Some("GBP"), "pound sterling"),
    ("sterling", Some("GBP"), "pound sterling"),
    ("stg", Some("GBP"), "pound sterling"),
    ("pence", Some("GBX"), "penny sterling"),
    ("p", Some("GBX"), "penny sterling (glued: 40p)"),
    ("yen", Some("JPY"), "Japanese yen"),
    ("yuan", Some("CNY"), "Chinese yuan"),
    ("renminbi", Some("CNY"), "Chinese yuan"),
    ("rupees", None, "rupee (India, Pakistan, Sri Lanka, ...)"),
    ("rupee", None, "rupee (India, Pakistan, Sri Lanka, ...)"),
    ("indian rupees", Some("INR"), "Indian rupee"),
    ("rupiah", Some("IDR"), "Indonesian rupiah"),
    ("ringgit", Some("MYR"), "Malaysian ringgit"),
    ("sen", None, "sen (a hundredth of the ringgit or rupiah)"),
    ("baht", Some("THB"), "Thai baht"),
    ("won", Some("KRW"), "South Korean won"),
    ("rand", Some("ZAR"), "South African rand"),
    ("naira", Some("NGN"), "Nigerian naira"),
    ("roubles", Some("RUB"), "Russian rouble"),
    ("rubles", Some("RUB"), "Russian rouble"),
    ("marks", Some("DEM"), "Deutsche mark"),
    ("deutsche marks", Some("DEM"), "Deutsche mark"),
    ("guilders", Some("NLG"), "Dutch guilder"),
    ("francs", None, "franc (Swiss, French, Belgian, ...)"),
    ("swiss francs", Some("CHF"), "Swiss franc"),
    ("french francs", Some("FRF"), "French franc"),
    ("belgian francs", Some("BEF"), "Belgian franc"),
    ("lire", Some("ITL"), "Italian lira"),
    ("lira", None, "lira (Italian, Turkish)"),
    ("pesetas", Some("ESP"), "Spanish peseta"),
    ("escudos", Some("PTE"), "Portuguese escudo"),
    ("schillings", Some("ATS"), "Austrian schilling"),
    ("drachmas", Some("GRD"), "Greek drachma"),
    ("pesos", None, "peso (Mexico, Philippines, ...)"),
    ("riyals", None, "riyal (Saudi Arabia, Qatar, ...)"),
    ("dinars", None, "dinar"),
    ("shekels", Some("ILS"), "Israeli shekel"),
    ("zlotys", Some("PLN"), "Polish zloty"),
    ("zloty", Some("PLN"), "Polish zloty"),
    ("forints", Some("HUF"), "Hungarian forint"),
    ("crowns", None, "crown (Swedish, Norwegian, Danish, Czech)"),
    ("kronor", Some("SEK"), "Swedish crown"),
    ("kroner", None, "crown (Norwegian, Danish)"),
    ("kr", None, "krona or krone"),
    ("usd", Some("USD"), "US dollar"),
    ("eur", Some("EUR"), "euro"),
    ("gbp", Some("GBP"), "pound sterling"),
    ("chf", Some("CHF"), "Swiss franc"),
    ("jpy", Some("JPY"), "Japanese yen"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_upper_case_letters() {
        for (form, iso, _) in BEFORE.iter().chain(AFTER) {
            if let Some(code) = iso {
                assert!(
                    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
                    "{form}: {code}"
                );
            }
        }
    }

    #[test]
    fn words_after_the_amount_are_lower_case() {
        for (form, _, _) in AFTER {
            assert_eq!(*form, form.to_lowercase(), "{form}");
        }
    }
}
