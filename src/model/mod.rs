//! The scorecard's rules in plain Rust: no Leptos, no web-sys, so every rule is unit-tested natively.
//!
//! - [`route`]: embed mode and deep links from the URL; the embed snippet.
//! - [`rubric`]: what an interview kit is (criteria, signals, red flags, threshold).
//! - [`recommendation`]: the four-level recommendation and its guidance per rubric.
//! - [`call`]: the live call on a scorecard: timers, red flags, threshold lock, completing.
//! - [`decision`]: the decision rule's recommendation: bands, must-pass caps, red-flag policy.
//! - [`contradictions`]: the warnings when a recommendation contradicts the evidence.
//! - [`catalogue`]: built-in and own rubrics, ids for copies and arrivals.
//! - [`compare`]: candidates side by side: rubric groups, calibration, blind mode, sorting.
//! - [`rubric_draft`]: the rubric editor's draft: blank rows, fresh and repaired ids, saved form.
//! - [`rubric_guards`]: a reason for each unequal weight; warnings above eight criteria or questions.
//! - [`density`]: the scorecard's full or compact view, remembered as a preference.
//! - [`library`]: searching, filtering and sorting the stored scorecards; duplicates.
//! - [`merge`]: two tabs editing one scorecard: a three-way merge, field by field.
//! - [`picking`]: questions on a scorecard: picking, order, answers, the mix warning.
//! - [`question`]: the question bank, its guidance and the recommended mix.
//! - [`revision`]: "no evidence" marks; frozen scores and the revision log after reopening.
//! - [`scorecard`]: one candidate's scores against a snapshot of a rubric.
//! - [`stored`]: scorecards in storage, with rubric snapshots kept once per content.
//! - [`scoring`]: derived figures (weighted score, completion, pass or fail).
//! - [`format`]: versioned documents and the one migration entry point.
//! - [`hints`]: note hints: verdict words without evidence, topics not to record.
//! - [`impression`]: the first-impression check, asked 3 minutes in, shown once completed.
//! - [`import`]: planning an import of scorecard files: new, already here, conflicts; the writes.
//! - [`timer`]: call and answer timers from stored timestamps.
//! - [`time`]: calendar arithmetic on millisecond timestamps.
//! - [`words`]: the words a reader sees for names, statuses, verdicts and recommendations; slugs.

pub mod call;
pub mod catalogue;
pub mod compare;
pub mod contradictions;
pub mod decimal;
pub mod decision;
pub mod density;
pub mod format;
pub(crate) mod fuzz;
pub mod hints;
pub mod import;
pub mod impression;
pub mod library;
pub mod merge;
pub mod order;
pub mod paging;
pub mod picking;
pub mod question;
pub mod recommendation;
pub mod recovered;
pub mod revision;
pub mod route;
pub mod rubric;
pub mod rubric_draft;
pub mod rubric_guards;
pub mod score;
pub mod scorecard;
pub mod scoring;
pub mod stored;
pub mod time;
pub mod timer;
pub mod words;

pub use decision::RuleOutcome;
pub use format::FormatError;
pub use picking::{QuestionState, RemovedQuestion};
pub use question::{KindGuidance, MixRule, Question, QuestionKind, QuestionPlan, StarL};
pub use revision::{Mark, Revision};
pub use rubric::{
    Criterion, DecisionRule, MustPass, PassThreshold, Recommendation, RecommendationGuide,
    RedFlagPolicy, Rubric,
};
pub use score::Score;
pub use scorecard::{
    AskedQuestion, CriterionScore, FlagMark, Move, NewScorecard, Scorecard, Status, ThresholdChange,
};
pub use scoring::{Completion, Verdict};
