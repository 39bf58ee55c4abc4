//! Attribution cue words: the verbs and phrases that introduce what someone
//! said, wrote or found (PARC's cues). Every inflected form is listed, so a
//! lookup is one comparison per entry.

use claimkit_core::lexicon::WordMap;
use std::sync::LazyLock;

/// How a cue takes its arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A verb of saying: "X said (that) …", "…, X said", "…, said X".
    Speech,
    /// A verb with an addressee: "X told Y (that) …".
    Tell,
    /// A verb whose subject is a document or finding: "the report shows …".
    Finding,
    /// "according to X".
    According,
}

/// Verb forms that introduce reported speech or writing.
pub const SPEECH: &[&str] = &[
    "say", "says", "said", "saying", "add", "adds", "added", "adding", "stress", "stresses",
    "stressed", "stressing", "caution", "cautions", "cautioned", "cautioning", "warn", "warns",
    "warned", "warning", "note", "notes", "noted", "noting", "argue", "argues", "argued", "arguing",
    "claim", "claims", "claimed", "claiming", "announce", "announces", "announced", "announcing",
    "estimate", "estimates", "estimated", "estimating", "report", "reports", "reported",
    "reporting", "insist", "insists", "insisted", "insisting", "acknowledge", "acknowledges",
    "acknowledged", "acknowledging", "deny", "denies", "denied", "denying", "write", "writes",
    "wrote", "writing", "state", "states", "stated", "stating", "explain", "explains", "explained",
    "explaining", "assert", "asserts", "asserted", "asserting", "observe", "observes", "observed",
    "observing", "declare", "declares", "declared", "declaring", "confirm", "confirms", "confirmed",
    "confirming", "reveal", "reveals", "revealed", "revealing", "admit", "admits", "admitted",
    "admitting", "conclude", "concludes", "concluded", "concluding", "reply", "replies", "replied",
    "replying", "respond", "responds", "responded", "responding", "comment", "comments",
    "commented", "commenting", "tweet", "tweets", "tweeted", "tweeting", "predict", "predicts",
    "predicted", "predicting", "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise",
    "emphasises", "emphasised", "emphasising", "maintain", "maintains", "maintained", "maintaining",
    "contend", "contends", "contended", "contending", "allege", "alleges", "alleged", "alleging",
    "suggest", "suggests", "suggested", "suggesting", "believe", "believes", "believed", "think",
    "thinks", "thought", "recall", "recalls", "recalled", "recalling", "complain", "complains",
    "complained", "complaining", "concede", "concedes", "conceded", "conceding", "indicate",
    "indicates", "indicated", "indicating", "disclose", "discloses", "disclosed", "disclosing",
    "promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing", "pledge",
    "pledges", "pledged", "pledging", "agree", "agrees", "agreed", "explain", "recommend",
    "recommends", "recommended", "reason", "reasons", "reasoned", "testify", "testifies",
    "testified", "testifying", "ask", "asks", "asked", "urge", "urges", "urged", "urging",
    "accuse", "accuses", "accused", "accusing", "expect", "expects", "offer", "offers", "offered",
    "offering", "threaten", "threatens", "threatened", "threatening", "criticise", "criticises",
    "criticised", "criticising", "criticize", "criticizes", "criticized", "criticizing", "signal",
    "signals", "signalled", "signaled", "signalling", "signaling", "forecast", "forecasts",
    "forecasted", "forecasting", "continued", "continues", "point", "points", "pointed",
    "pointing", "demand", "demands", "demanded", "demanding", "rule", "rules", "ruled", "joke",
    "jokes", "joked", "joking", "quip", "quips", "quipped", "quipping", "written", "reiterate",
    "reiterates", "reiterated", "reiterating", "hint", "hints", "hinted", "hinting", "request",
    "requests", "requested", "requesting", "advise", "advises", "advised", "advising",
    "challenge", "challenges", "challenged", "challenging",
];

/// Verbs of saying (read as [`SPEECH`]) whose object is as often a noun phrase as what was said ("lamented
/// the loss of jobs", "countered the attack", "underscored the risks", "boasts a
/// harbour", "mentioned the deal"): after them only a "that" clause, a colon or a
/// quotation is a content ("lamented that jobs were lost", "retorted: “…”"); a content
/// before them stands as for any cue ("“…,” she retorted").
pub const THAT_OR_QUOTE: &[&str] = &[
    "opined", "opines", "opining", "averred", "avers", "remarked", "remarking", "lamented",
    "laments", "lamenting", "retorted", "retorting", "countered", "countering", "boasted",
    "boasting", "speculated", "speculating", "posited", "affirmed", "affirms", "affirming",
    "reaffirmed", "reaffirms", "reaffirming", "underscored", "underscores", "underscoring",
    "mentioned", "mentioning", "mused", "exclaimed", "recounted", "recounting", "surmised",
    "theorized", "theorised",
];

/// A cue form and the noun after it that make one compound noun ("the Adam Smith
/// Institute think tank said …"): no cue there.
pub const COMPOUND_NOUNS: &[(&str, &str)] = &[("think", "tank"), ("think", "tanks")];

/// Participles of asking that end a source after "those" or a plural noun for people
/// ("Those interviewed said", "Voters surveyed said"): the people asked.
pub const ASKED_PARTICIPLES: &[&str] = &[
    "interviewed", "polled", "surveyed", "questioned", "asked", "contacted", "consulted",
];

/// Cue forms that attribute a clause only ("expects the economy to grow",
/// "urged donors to contribute", "ruled that the stake is too high"), never a
/// plain object ("expects 6 million visitors"; "criticised the bank for hiding
/// losses", never "criticised the plan"; "ruled out a cut", "ruled the
/// country"): the content must open with "that" or hold "that", "to" and a
/// verb, or "for"/"of" and a gerund.
pub const NEEDS_CLAUSE: &[&str] = &[
    "expect", "expects", "urge", "urges", "urged", "urging", "forecast", "forecasts", "forecasted",
    "forecasting", "criticise", "criticises", "criticised", "criticising", "criticize",
    "criticizes", "criticized", "criticizing", "signal", "signals", "signalled", "signaled",
    "signalling", "signaling", "demand", "demands", "demanded", "demanding", "rule", "rules",
    "ruled", "reiterate", "reiterates", "reiterated", "reiterating", "hint", "hints", "hinted",
    "hinting", "request", "requests", "requested", "requesting", "advise", "advises", "advised",
    "advising", "recommend", "recommends", "recommended", "recommending", "challenge",
    "challenges", "challenged", "challenging",
];

/// [`NEEDS_CLAUSE`] forms that also take a finite clause without "that" ("Edmunds
/// expects 16.6 million vehicles will be sold", "forecast the economy will grow",
/// "ruled the takeover was unlawful"): a form of "be" or an auxiliary before any
/// relative pronoun shows it; "expects 6 million visitors" stays an object. Not "urge",
/// "criticise" or "demand", whose object may be followed by a clause of its own.
pub const FINITE_WITHOUT_THAT: &[&str] = &[
    "expect", "expects", "forecast", "forecasts", "forecasted", "forecasting", "signal",
    "signals", "signalled", "signaled", "signalling", "signaling", "ruled", "reiterate",
    "reiterates", "reiterated", "reiterating", "hint", "hints", "hinted", "hinting",
];

/// Cue forms that report an act as readily as a content ("announced its
/// results", "declared a dividend", "pledged support", "indicated their
/// willingness", "wrote the story"): with a noun-phrase object
/// (`frames/verb.rs`, `act_object`) they attribute nothing; with a clause
/// ("announced the plant would close") they do. Verbs whose object stands for a
/// proposition ("confirmed the death of", "denied the charges") are not listed.
pub const ACT_OR_REPORT: &[&str] = &[
    "announce", "announces", "announced", "announcing", "declare", "declares", "declared",
    "declaring", "pledge", "pledges", "pledged", "pledging", "indicate", "indicates", "indicated",
    "indicating", "write", "writes", "wrote", "writing",
    // "the company added 500 jobs", "the index added 12 points"
    "add", "adds", "added", "adding",
];

/// The forms of "add" among [`ACT_OR_REPORT`]: what follows their object may still make
/// a clause ("added 5 people, including a child, were hurt").
pub const ADD: &[&str] = &["add", "adds", "added", "adding"];

/// Words that open a noun-phrase object after an [`ACT_OR_REPORT`] cue ("the",
/// "its", "this").
pub const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
];

/// Words of number that, like a digit, open a noun-phrase object after an
/// [`ACT_OR_REPORT`] cue ("announced two appointments", "declared several
/// winners").
pub const COUNT_OPENERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "dozens", "hundreds", "thousands", "millions", "billions",
];

/// Past forms without "-ed" that show a clause after an [`ACT_OR_REPORT`] cue
/// ("confirmed the troops left", "reported the economy grew 2%").
pub const IRREGULAR_PASTS: &[&str] = &[
    "rose", "fell", "grew", "left", "made", "took", "gave", "came", "went", "saw", "won", "lost",
    "met", "held", "kept", "sold", "bought", "paid", "ran", "began", "became", "stood", "hit",
    "cut", "set", "put", "led", "spent", "told", "said", "found", "brought", "thought", "knew",
    "fought", "built", "sent", "meant", "broke", "chose", "drove", "flew", "froze", "hid", "shook",
    "spoke", "struck", "threw", "wore", "wrote", "got", "felt", "let", "quit", "shut", "sank",
    "slid", "dropped", "seemed",
];

/// Cue forms of [`NEEDS_CLAUSE`] that take only a "that" clause or a clause
/// without "that" whose verb is bare ("demanded all departments make similar
/// savings", "demands the minister resign"), never an object, even with an
/// infinitive after it ("demanded an apology", "demanded an end to the
/// system, to be replaced by …").
pub const SUBJUNCTIVE: &[&str] = &["demand", "demands", "demanded", "demanding"];

/// Nouns for a hearer's response that follow "said to" as its object, never a verb
/// ("said to cheers from the crowd", "told the rally to applause"): "to" before them
/// opens no infinitive. Plural nouns for people ("said to reporters") do the same.
pub const RESPONSES: &[&str] = &[
    "cheers", "applause", "laughter", "jeers", "boos", "gasps", "cries", "shouts", "chants",
];

/// Adverbs of time that may stand between a subject and its cue ("The chairman
/// today said", "Ann Lee yesterday told MPs"): no part of the source.
pub const SUBJECT_TIME_ADVERBS: &[&str] = &["today", "yesterday", "tonight", "now", "recently"];

/// Cue forms that attribute only an addressee and an infinitive ("challenged the
/// government to match his offer"), never a "that" clause after a noun ("challenged the
/// claim that the plan would fail" disputes the claim).
pub const ADDRESSEE_INFINITIVE_ONLY: &[&str] =
    &["challenge", "challenges", "challenged", "challenging"];

/// Nouns of an occasion that "told" addresses ("told a news conference", "told a press
/// briefing", "told a rally"): they end the addressee, and it relays nothing.
pub const AUDIENCES: &[&str] = &[
    "conference", "conferences", "briefing", "briefings", "meeting", "rally", "summit",
    "gathering", "hearing", "session", "forum", "audience", "crowd", "seminar", "convention",
];

/// Adverbs of time that may stand between a cue and a clause with no "that" ("said
/// today the plan had failed", "said earlier it had signed a deal").
pub const TIME_ADVERBS_AFTER_CUE: &[&str] = &[
    "today", "yesterday", "tonight", "earlier", "later", "recently", "previously",
];

/// Prepositions of an adjunct between a subject and its cue ("The ministry in a
/// statement said", "Ann Lee on Monday said"): with a document or a time after them,
/// no part of the source.
pub const ADJUNCT_PREPOSITIONS: &[&str] = &["in", "on", "at"];

/// Nouns of an occasion of speech ending such an adjunct besides documents ("in an
/// interview", "in a speech").
pub const OCCASIONS: &[&str] = &["interview", "speech", "address", "remarks", "briefing"];

/// Cue forms that are cues only after a form of "have" ([`HAVE_FORMS`]), up to two
/// adverbs between: "has written that …", "had long written", but "a written
/// statement" is an adjective.
pub const AFTER_HAVE_ONLY: &[&str] = &["written"];

/// Forms of "have" that make a perfect with a participle.
pub const HAVE_FORMS: &[&str] = &["has", "have", "had", "having"];

/// Commissive and forecast cue forms whose content may be an infinitive with
/// the cue's own subject ("vowed to appeal", "expects to double sales",
/// "has offered to repay its creditors"): before "to" and a verb they stay cues.
pub const TAKES_INFINITIVE: &[&str] = &[
    "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise",
    "promises", "promised", "promising", "expect", "expects", "offer", "offers", "offered",
    "offering", "threaten", "threatens", "threatened", "threatening",
];

/// Cue forms that are cues only before "to" and a verb ("offered to repay",
/// "threatened to resign"), never with an object ("offered a discount").
pub const INFINITIVE_ONLY: &[&str] = &[
    "offer", "offers", "offered", "offering", "threaten", "threatens", "threatened", "threatening",
];

/// Cue forms that are cues only with their particle and a clause ("pointed out
/// that …", "pointed out the plan was dead"; not "pointed to plans" or "pointed out
/// the features"): the form and the particle that must follow it.
pub const WITH_PARTICLE: &[(&str, &str)] = &[
    ("point", "out"), ("points", "out"), ("pointed", "out"), ("pointing", "out"),
];

/// Cue forms that attribute only the quotation before them ("“…,” he
/// continued"): elsewhere they are plain verbs ("the company continued to grow").
pub const AFTER_QUOTE_ONLY: &[&str] = &["continued", "continues"];

/// Cue forms of reporting that also report a company's results as a plain
/// object ("reported third quarter income of 40 mln dlrs", "reported a loss of
/// 2 mln"): before a [`RESULT_NOUNS`] noun phrase they attribute nothing; with a
/// clause ("reported profits fell") they do.
pub const REPORTS_RESULTS: &[&str] = &["report", "reports", "reported", "reporting"];

/// Nouns for a company's results, compared on the word in lower case.
pub const RESULT_NOUNS: &[&str] = &[
    "income", "earnings", "profit", "profits", "loss", "losses", "net", "sales", "revenue",
    "revenues", "turnover", "deficit", "surplus",
];

/// Words that, right after a [`RESULT_NOUNS`] noun, show a noun phrase, not the
/// subject of a clause ("income of …", "earnings for the year …").
pub const AFTER_RESULT_NOUN: &[&str] = &["of", "for", "in", "from", "at", "on", "totalling", "totaling"];

/// Belief cue forms that a group of people unnamed as a plural subject states as
/// an expectation, not as reported speech ("Bankers expect that …", "Many people
/// believe …"): no attribution (a named or single source keeps them).
pub const GROUP_BELIEF: &[&str] = &[
    "expect", "expected", "believe", "believed", "think", "thought", "fear", "feared", "hope",
    "hoped", "feel", "felt", "suspect", "suspected", "reckon", "reckoned",
];

/// Adverbs of degree that make the "-ed" form after them an adjective or a verb
/// of another sense ("severely stressed cattle", "badly reported figures"), never
/// a verb of saying ("strongly stressed that" is one, and stays).
pub const DEGREE_BEFORE_PARTICIPLE: &[&str] = &[
    "severely", "badly", "heavily", "highly", "extremely", "seriously", "gravely", "slightly",
    "mildly", "moderately", "acutely", "critically", "widely", "poorly", "chronically",
];

/// Verb forms that attribute a deed to a person by the speaker's word, with
/// the person as object and "with" and a gerund after it ("credit him with
/// cutting crime"); nowhere else a cue ("a tax credit").
pub const WITH_GERUND: &[&str] = &["credit", "credits", "credited", "crediting"];

/// Verb forms that, in the passive with an agent at the end of the sentence,
/// attribute the judgement before the agent ("The plan has been branded “a
/// disaster” by the union", "was described as unfair by critics"): the
/// complement must open with "as" or a quotation.
pub const PASSIVE_WITH_AGENT: &[&str] = &[
    "described", "denounced", "branded", "hailed", "dismissed", "labelled", "labeled", "called",
];

/// Verb forms that, active, with a short object and a quotation right after it,
/// judge the object in the speaker's words, as "called" does ("branded the minister
/// “arrogant and wrong”", "labelled the plan “a shambles”"); without the quotation
/// they stay the writer's ("branded goods", "labelled the boxes").
pub const QUOTED_JUDGEMENT: &[&str] = &[
    "brand", "brands", "branded", "branding", "label", "labels", "labelled", "labeled",
    "labelling", "labeling",
];

/// Verb forms that, active, with an object, "as" and a judgement ("The
/// Israelis described the meeting as important", "denounced the war as a
/// “terrible” waste", "who he described as a prominent activist", "dismissed the
/// report as propaganda", "hailed the deal as a breakthrough"), attribute
/// that judgement to their subject when it is a speaker (a person, a group or
/// a body); "as" must open a quotation or a word of `evaluative.rs`.
pub const AS_JUDGEMENT: &[&str] = &[
    "describe", "describes", "described", "describing", "denounce", "denounces", "denounced",
    "denouncing", "dismiss", "dismisses", "dismissed", "dismissing", "hail", "hails", "hailed",
    "hailing", "portray", "portrays", "portrayed", "portraying", "characterise", "characterises",
    "characterised", "characterising", "characterize", "characterizes", "characterized",
    "characterizing", "condemn", "condemns", "condemned", "condemning", "praise", "praises",
    "praised", "praising",
];

/// Nouns for what someone said that, owned by a name and followed by a form
/// of "be" and "that" or "to", attribute what follows to the owner ("One of
/// President Smith's election pledges was to halve the deficit", "the
/// governor's warning was that the levee could fail").
pub const POSSESSED: &[&str] = &[
    "pledge", "pledges", "promise", "promises", "vow", "vows", "warning", "warnings", "message",
    "argument", "claim", "claims", "view", "belief", "verdict", "demand", "demands", "advice",
    "assessment", "conclusion", "position", "assertion", "assertions", "insistence",
    "allegation", "allegations",
];

/// Forms of "call" that, with "on", an addressee and an infinitive, attribute
/// a demand ("called on the government to cut taxes"), and with "for", a noun
/// phrase and an infinitive ("called for the minister to resign"); "called" alone
/// names ("a firm called Baikal") and is no cue.
pub const CALL_ON: &[&str] = &["call", "calls", "called", "calling"];

/// Verb forms that, with "for", a noun phrase and an infinitive, attribute a demand as
/// "call for" does ("lobbied for the league to suspend him", "pressed for the talks to
/// resume"); with a noun phrase alone ("pushed for reform") they attribute nothing.
pub const DEMAND_FOR: &[&str] = &[
    "lobby", "lobbies", "lobbied", "lobbying", "push", "pushes", "pushed", "pushing", "press",
    "presses", "pressed", "pressing", "campaign", "campaigns", "campaigned", "campaigning",
    "appeal", "appeals", "appealed", "appealing",
];

/// Head nouns of documents that, like a speaker, demand with "call for" or "call on"
/// ("The report called for the ban to be lifted"); other documents set terms ("the
/// agreement calls for holders to receive 24 dlrs a share") and attribute nothing.
pub const DEMANDING_DOCUMENTS: &[&str] = &[
    "report", "reports", "study", "statement", "letter", "review", "inquiry", "survey", "audit",
    "editorial", "communique", "communiqué", "petition", "manifesto",
];

/// Head nouns of terms and plans that "call for" what they set, no speech ("Terms of
/// the merger call for each share to be exchanged", "Plans call for output to reach
/// 500,000 tonnes"), capitalised at the start of a sentence as a name would be.
pub const TERMS: &[&str] = &[
    "terms", "term", "plans", "plan", "proposals", "proposal", "design", "designs", "contract",
    "contracts", "deal", "deals", "agreement", "agreements", "accord", "pact", "scheme", "budget",
    "bill", "programme", "program", "strategy", "formula", "rules", "regulations", "settlement",
    "offer", "merger", "schedule", "timetable",
];

/// Verb forms that take an addressee before the content.
pub const TELL: &[&str] = &[
    "tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures",
    "assured", "remind", "reminds", "reminded",
];

/// Verb forms that attribute content to a document or finding ("figures show").
pub const FINDING: &[&str] = &[
    "show", "shows", "showed", "find", "finds", "found", "finding", "reads", "decide", "decides",
    "decided",
];

/// [`FINDING`] forms that a body which judges or inquires takes with a "that" clause
/// as a document does ("The court in Denver found that …", "A panel agreed with the
/// insurers, finding that …"; `FINDING_BODIES` in `lexicon/organizations.rs`).
pub const FIND: &[&str] = &["find", "finds", "found", "finding", "decide", "decides", "decided"];

/// [`FIND`] forms that only a body which judges or inquires takes as a finding ("The
/// Court of Appeal decided that …"); a person's decision is an act ("The owner
/// decided that he would sell").
pub const BODIES_ONLY: &[&str] = &["decide", "decides", "decided"];

/// [`NEEDS_CLAUSE`] forms that take the clause before them when they end the
/// sentence ("The tariffs broke trade rules, the judges have ruled.", "Growth
/// will slow, the fund forecast."): no object can follow them there. Not "rule" or
/// "rules", which end a sentence far more often as nouns ("…, required under
/// existing NRC rules.").
pub const CLAUSE_BEFORE: &[&str] = &["ruled", "forecast", "forecasts", "forecasted", "expect", "expects"];

/// Cue kind of a word, if it is a cue.
///
/// One look-up for the three lists; a word in several takes the first of
/// [`TELL`], [`SPEECH`], [`FINDING`].
pub fn cue_kind(word: &str) -> Option<CueKind> {
    static CUES: LazyLock<WordMap<CueKind>> = LazyLock::new(|| {
        // Later rows win, so the lists go in reverse order of precedence.
        let rows = [
            (FINDING, CueKind::Finding),
            (SPEECH, CueKind::Speech),
            (THAT_OR_QUOTE, CueKind::Speech),
            (TELL, CueKind::Tell),
        ];
        WordMap::from_rows(
            rows.iter()
                .flat_map(|(list, kind)| list.iter().map(|w| (w.to_string(), *kind))),
        )
    });
    CUES.get(word)
}

/// True for the participial form of a cue ("cautioning that …").
pub fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"ing")
}

/// Past participles that do not end in "-ed" ("a survey carried out …", "a study
/// written by …"): with the "-ed" forms, what [`is_past_participle`] reads.
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "written", "seen", "drawn", "done", "made", "held", "run", "led", "known", "given", "taken",
    "shown", "built", "sent", "brought", "found", "paid", "sold", "won", "begun", "chosen",
    "put", "set", "read", "cited", "quoted",
];

/// A past participle in lower case: an "-ed" form of five letters or more, or one of
/// [`IRREGULAR_PARTICIPLES`].
pub fn is_past_participle(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(&word)
}

/// Words that, right before a cue form, show it is a noun or an adjective
/// ("the state", "a report", "his notes", "in reports"): no cue there.
pub const NOT_BEFORE_CUE: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "new", "of", "in", "on", "for", "with", "by", "from", "into", "to", "at", "as", "some", "many",
    "no", "any", "each", "every", "such", "what", "which", "whose", "recent", "earlier", "previous",
    "first", "latest", "annual", "own", "several", "two", "three", "other", "certain", "various",
];

/// Cue forms that are also common nouns or adjectives ("sounded notes of
/// caution", "state media", "the embassy report says"): they are cue verbs
/// only where the syntax makes them verbs (see `frames/noun_reading.rs`).
pub const NOUN_LIKE: &[&str] = &[
    "report", "reports", "claim", "claims", "state", "states", "note", "notes", "estimate",
    "estimates", "reason", "reasons", "comment", "comments", "promise", "promises", "pledge",
    "pledges", "tweet", "tweets", "vow", "vows", "reply", "replies", "thought", "recall", "recalls",
    "warning", "saying", "writing", "reporting", "promising", "reasoning", "thinking", "finding",
    "findings", "find", "finds", "show", "shows", "reads", "answer", "answers", "asks",
    "respond", "deny", "comment", "observe", "accused", "forecast", "forecasts", "signal",
    "signals", "offer", "offers", "demand", "demands", "rule", "rules", "jokes", "quips", "hint",
    "hints", "request", "requests", "challenge", "challenges",
];

/// Forms of "go" before "on to" and a cue ("went on to promise that …"): the
/// cue keeps the subject of "go".
pub const GO_ON: &[&str] = &["go", "goes", "went", "going", "gone"];

/// Forms of "use" and "take" before a short noun phrase of an occasion and "to" and
/// a cue ("used his speech to warn that …", "took the opportunity to say …"): the cue
/// keeps the subject of "use".
pub const USE_OCCASION: &[&str] = &[
    "use", "uses", "used", "using", "take", "takes", "took", "taking", "seize", "seizes",
    "seized", "seizing",
];

/// Nouns of an occasion of speech that end the object of a [`USE_OCCASION`] verb
/// before "to" and a cue ("used a Christmas message to denounce …", "used the
/// interview to insist …").
pub const SPEAKING_OCCASIONS: &[&str] = &[
    "speech", "address", "message", "appearance", "interview", "statement", "platform",
    "opportunity", "chance", "occasion", "remarks", "column", "testimony", "letter", "sermon",
    "post", "blog", "keynote", "visit", "meeting", "summit", "conference", "briefing", "debut",
    "broadcast", "podcast", "op-ed", "article", "tweet", "video",
];

/// Forms of "agree" that, before [`AGREE_OBJECT`] and a noun phrase ("agreed with
/// the minister's view", "had agreed to the suspension", "agreed on a price"), take
/// an object and report nothing; with a "that" clause they report ("agreed that the
/// plan had failed", "agreed with him that …").
pub const AGREE: &[&str] = &["agree", "agrees", "agreed", "agreeing"];

/// Prepositions that open the object of [`AGREE`].
pub const AGREE_OBJECT: &[&str] = &["with", "to", "on", "upon"];

/// Words that open an indirect question ("asked whether he would stand", "was
/// asked if he thought …"): a cue inside one asks, it reports nothing.
pub const QUESTION_OPENERS: &[&str] = &["whether", "if"];

/// Verb forms that put an indirect question ([`QUESTION_OPENERS`]) to someone.
pub const ASKING: &[&str] = &[
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "question",
    "questioned", "questioning", "inquire", "inquired", "enquire", "enquired",
];

/// Past forms of cues that, after a possessive ("the party's alleged links") or a
/// verb in "-ing" ("highlighting claimed improvements"), are adjectives: no subject
/// can stand there. Compared on the word as written.
pub const ADJECTIVE_PASTS: &[&str] = &[
    "alleged", "claimed", "reported", "estimated", "promised", "predicted", "stated",
    "declared", "confirmed", "suggested", "forecasted", "admitted", "disclosed", "announced",
    "pledged", "expected", "threatened", "signalled", "signaled", "denied", "indicated",
];
