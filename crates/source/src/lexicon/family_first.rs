//! Family names that East Asian names write first ("Xi Jinping", "Kim
//! Yungmin", "Moon Jae-in"): a name of two words opened by one of them is
//! also known by its first word, so "Mr Kim" or "Xi" later resolves to the
//! full name. Compared exactly (capitalised, as written in a name). Add a
//! family name by adding a line.

/// Family names written before the given name.
pub const NAMES: &[&str] = &[
    // Chinese
    "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Zhu", "Hu", "Wu",
    "Wen", "Jiang", "Xi", "Guo", "Ma", "Sun", "Lin", "He", "Gao", "Luo", "Zheng", "Tang", "Deng",
    "Feng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jia", "Wei",
    "Xie", "Lu", "Ding", "Su", "Ye", "Lü", "Tsai", "Lai", "Chiang", "Chu", "Ho", "Lam", "Leung",
    "Wong", "Chan", "Tsang",
    // Korean
    "Kim", "Lee", "Park", "Choi", "Chung", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
    "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Hong", "Roh", "Moon", "Ban", "Yoo",
    // Vietnamese
    "Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly",
    // Hungarian names in their own order are left out: English news turns them round.
];
