//! Calibration: the scorecards of one candidate under one rubric, interviewer by interviewer.
//!
//! Rules:
//! - Per criterion: each interviewer's score, the mean and the spread (highest minus lowest)
//!   of the scores given. The mean needs one score, the spread two.
//! - A criterion is a disagreement when its spread is 2 points or more.
//! - The recommendations are split when at least one is Hire or Strong Hire and at least one
//!   is No Hire or Strong No Hire.
//! - While blind mode hides any colleague's scorecard of the candidate, no mean, spread or
//!   disagreement is worked out: they would give the hidden scores away.
//! - The summary ("3 candidates with a disagreement") and the list of flagged candidates under
//!   it are one value, [`Flagged`], so the count is always the length of the list.

use super::{Cell, CriterionColumn, Row};
use crate::model::Recommendation;

/// The spread at which interviewers disagree on a criterion.
pub const DISAGREEMENT_SPREAD: u8 = 2;

/// One interviewer's scorecard of the candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct Rater {
    pub card_id: String,
    pub interviewer: String,
    /// The file it was imported from; `None` for an own scorecard.
    pub source: Option<String>,
    pub hidden: bool,
    pub recommendation: Option<Recommendation>,
}

/// One criterion across the candidate's scorecards.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionStats {
    /// One per rater, in rater order.
    pub scores: Vec<Cell>,
    pub mean: Option<f64>,
    pub spread: Option<u8>,
    pub disagreement: bool,
}

/// A candidate with two or more scorecards of one rubric.
#[derive(Clone, Debug, PartialEq)]
pub struct CandidateGroup {
    pub key: String,
    /// As written on the first of its scorecards (an own one, if any).
    pub candidate: String,
    pub role: String,
    pub raters: Vec<Rater>,
    /// One per column of the rubric group.
    pub criteria: Vec<CriterionStats>,
    /// The recommendations fall on both sides of hire / no hire.
    pub split: bool,
    /// Some colleague's scores are hidden by blind mode.
    pub hidden: bool,
}

impl CandidateGroup {
    /// The candidate's trimmed name, or "Unnamed candidate".
    pub fn display_name(&self) -> &str {
        crate::model::words::candidate_name(&self.candidate)
    }

    /// Whether anything here calls for a conversation.
    pub fn has_disagreement(&self) -> bool {
        self.split || self.criteria.iter().any(|c| c.disagreement)
    }

    /// The disagreements in words: "Disagreement: spread 3 on API design", "Split hire / no hire".
    pub fn disagreements(&self, columns: &[CriterionColumn]) -> Vec<String> {
        let mut out: Vec<String> = self
            .criteria
            .iter()
            .zip(columns)
            .filter(|(s, _)| s.disagreement)
            .map(|(s, col)| format!("{} on {}", spread_label(s.spread.unwrap_or(0)), col.title))
            .collect();
        if self.split {
            out.push(SPLIT.to_string());
        }
        out
    }
}

/// The words for split recommendations.
pub const SPLIT: &str = "Split hire / no hire";

/// "Disagreement: spread 3".
pub fn spread_label(spread: u8) -> String {
    format!("Disagreement: spread {spread}")
}

/// The mean of scores given, to two decimals: "3.67".
pub fn mean_label(mean: f64) -> String {
    format!("{mean:.2}")
}

/// The candidates of a rubric group's `rows` (in row order) that have two or more scorecards;
/// in each, the own scorecards first, then colleagues' by interviewer.
pub(crate) fn candidates(rows: &[Row], columns: usize) -> Vec<CandidateGroup> {
    let mut keys: Vec<&str> = Vec::new();
    let mut members: std::collections::HashMap<&str, Vec<&Row>> = Default::default();
    for row in rows {
        let key = row.candidate_key.as_str();
        let list = members.entry(key).or_default();
        if list.is_empty() {
            keys.push(key);
        }
        list.push(row);
    }
    keys.into_iter()
        .filter_map(|key| {
            let rows = &members[key];
            (rows.len() >= 2).then(|| candidate(rows, columns))
        })
        .collect()
}

/// Own scorecards first, then colleagues' by interviewer, then by id.
fn candidate(rows: &[&Row], columns: usize) -> CandidateGroup {
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| {
        b.is_own()
            .cmp(&a.is_own())
            .then_with(|| {
                a.interviewer
                    .to_lowercase()
                    .cmp(&b.interviewer.to_lowercase())
            })
            .then_with(|| a.card_id.cmp(&b.card_id))
    });
    let hidden = rows.iter().any(|r| r.hidden);
    let raters = rows
        .iter()
        .map(|r| Rater {
            card_id: r.card_id.clone(),
            interviewer: r.interviewer.clone(),
            source: r.source.clone(),
            hidden: r.hidden,
            recommendation: r.recommendation,
        })
        .collect();
    let criteria = (0..columns)
        .map(|i| {
            let scores: Vec<Cell> = rows.iter().map(|r| r.cells[i]).collect();
            stats(scores, hidden)
        })
        .collect();
    let split = !hidden && {
        let recs = rows.iter().filter_map(|r| r.recommendation);
        let (mut yes, mut no) = (false, false);
        for r in recs {
            if r.is_positive() {
                yes = true;
            } else {
                no = true;
            }
        }
        yes && no
    };
    CandidateGroup {
        key: rows[0].candidate_key.clone(),
        candidate: rows[0].candidate.clone(),
        role: rows[0].role.clone(),
        raters,
        criteria,
        split,
        hidden,
    }
}

/// Mean, spread and the disagreement rule over the scores given.
pub fn stats(scores: Vec<Cell>, hidden: bool) -> CriterionStats {
    let given: Vec<u8> = if hidden {
        Vec::new()
    } else {
        scores
            .iter()
            .filter_map(|c| c.score())
            .map(|s| s.value())
            .collect()
    };
    let mean = (!given.is_empty())
        .then(|| given.iter().map(|&v| f64::from(v)).sum::<f64>() / given.len() as f64);
    let spread = (given.len() >= 2).then(|| {
        given.iter().max().copied().unwrap_or(0) - given.iter().min().copied().unwrap_or(0)
    });
    CriterionStats {
        scores,
        mean,
        spread,
        disagreement: spread.is_some_and(|s| s >= DISAGREEMENT_SPREAD),
    }
}

/// One flagged candidate of the summary list: its name and its disagreements in words.
#[derive(Clone, Debug, PartialEq)]
pub struct FlaggedCandidate {
    pub key: String,
    pub name: String,
    pub disagreements: Vec<String>,
}

/// The candidates of a rubric group with a disagreement, in calibration order: the summary's
/// count is `list.len()`, so it can never differ from the list shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flagged {
    pub list: Vec<FlaggedCandidate>,
}

impl Flagged {
    pub fn of(candidates: &[CandidateGroup], columns: &[CriterionColumn]) -> Self {
        let list = candidates
            .iter()
            .filter(|c| c.has_disagreement())
            .map(|c| FlaggedCandidate {
                key: c.key.clone(),
                name: c.display_name().to_string(),
                disagreements: c.disagreements(columns),
            })
            .collect();
        Flagged { list }
    }

    /// "No disagreement between interviewers.", "1 candidate with a disagreement:", "3 ...".
    pub fn summary(&self) -> String {
        match self.list.len() {
            0 => "No disagreement between interviewers.".to_string(),
            1 => "1 candidate with a disagreement:".to_string(),
            n => format!("{n} candidates with a disagreement:"),
        }
    }
}
