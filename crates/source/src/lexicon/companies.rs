//! Companies and other bodies that news names without a body word ("Goldman Sachs
//! said", "Lufthansa said"): a source written as one of these names is an
//! organization, not a person. The article's own evidence comes first ("the firm
//! Turkcell", "Turkcell shares", "Turkcell says it …"); these lists catch the names
//! large enough to be written bare. Names that are also common surnames or given names
//! ("Ford", "Dell", "Honda", "Roche", "Morgan", "Nielsen") or common words ("Total",
//! "Orange", "Target", "Delta", "United") are left out: a person of that name would be
//! typed as a body. Compared exactly (case kept).

/// One-word names.
pub const NAMES: &[&str] = &[
    // banks, insurers, asset managers, rating agencies, exchanges
    "JPMorgan", "Citigroup", "Citi", "Citibank", "HSBC", "Barclays", "Lloyds", "NatWest", "RBS",
    "Santander", "BBVA", "UBS", "BNP", "Commerzbank", "Nomura", "Mizuho", "BlackRock",
    "Allianz", "AXA", "Aviva", "Prudential", "Fitch", "Nasdaq", "Euronext", "Visa",
    "Mastercard", "PayPal",
    // consultancies, accountants, pollsters
    "Deloitte", "KPMG", "PwC", "Accenture", "McKinsey", "Gartner", "Ipsos", "YouGov",
    "Gallup",
    // technology and telecoms
    "Alphabet", "Meta", "Netflix", "Spotify", "Uber", "Lyft", "Airbnb", "eBay", "Intel",
    "Nvidia", "AMD", "Qualcomm", "Cisco", "Oracle", "IBM", "Xerox", "Siemens", "Nokia",
    "Ericsson", "Vodafone", "Verizon", "Comcast", "Huawei", "ZTE", "Xiaomi", "Tencent",
    "Alibaba", "Baidu", "ByteDance", "TikTok", "Samsung", "Sony", "Panasonic", "Toshiba",
    "Hitachi", "Nintendo", "SoftBank", "Infosys", "Wipro", "YouTube", "WhatsApp",
    "Instagram", "LinkedIn", "Yahoo", "OpenAI", "Tesla", "SpaceX",
    // cars, aircraft, defence, shipping
    "Volkswagen", "VW", "BMW", "Daimler", "Porsche", "Audi", "Renault", "Peugeot", "Stellantis",
    "Fiat", "Ferrari", "Volvo", "Hyundai", "Kia", "Nissan", "Mitsubishi", "Lockheed",
    "Raytheon", "BAE", "Thales", "Rolls-Royce", "Bombardier", "Embraer", "Maersk",
    // airlines
    "Lufthansa", "Ryanair", "easyJet", "EasyJet", "Qantas", "Emirates", "Etihad", "KLM",
    "Aeroflot", "JetBlue", "Alitalia",
    // energy, mining, commodities
    "Chevron", "ExxonMobil", "ConocoPhillips", "Eni", "Rosneft", "Lukoil", "Aramco",
    "Petrobras", "Sinopec", "PetroChina", "Glencore", "BHP", "ArcelorMittal",
    // retail, food, drink, pharmaceuticals
    "Walmart", "Wal-Mart", "Tesco", "Carrefour", "Ikea", "IKEA", "Nestle", "Nestlé",
    "Unilever", "Danone", "Coca-Cola", "PepsiCo", "Starbucks", "Pfizer", "Novartis",
    "Sanofi", "AstraZeneca", "GlaxoSmithKline", "GSK", "Moderna", "BioNTech", "Bayer",
    "Merck",
    // international bodies and aid groups
    "UNICEF", "Unicef", "UNHCR", "UNESCO", "WTO", "WFP", "UNDP", "OSCE", "IAEA", "Europol",
    "Frontex", "Oxfam",
];

/// Names of two words or more (searched for inside a mention).
pub const PHRASES: &[&str] = &[
    "Goldman Sachs", "Morgan Stanley", "Credit Suisse", "Wells Fargo", "Standard Chartered",
    "Société Générale", "Societe Generale", "BNP Paribas", "Deutsche Telekom",
    "General Electric", "General Motors", "Saudi Aramco", "Royal Dutch Shell",
    "Procter & Gamble", "Johnson & Johnson", "Marks & Spencer", "British Airways",
    "Air France", "Air India", "Cathay Pacific", "Virgin Atlantic", "Lockheed Martin",
    "Northrop Grumman", "Capital Economics", "Oxford Economics", "Wood Mackenzie",
    "Ernst & Young", "Fitch Ratings", "S&P Global", "Mitsubishi UFJ", "Tata Steel",
    "Médecins Sans Frontières", "Doctors Without Borders", "Save the Children",
    "Transparency International", "World Food Programme", "Muslim Brotherhood",
    "Boko Haram", "Islamic Jihad",
];
