//! The report of a comparison: everything its exports show, worked out and worded once by
//! [`ComparisonReport::of`], so the HTML and CSV exports only lay it out. Plain text only:
//! each format escapes it itself. Scores hidden by blind mode are hidden here already.

use crate::model::compare::calibration::{mean_label, spread_label};
use crate::model::compare::drift::hidden_reason;
use crate::model::compare::{
    interviewer_label, normalize, source_label, CandidateGroup, Cell, Column, Comparison, Drift,
    Row, RubricGroup, HIDDEN, NOT_IN_VERSION,
};
use crate::model::timer::{clock, MINUTE_MS};
use crate::model::Recommendation;
use std::collections::HashMap;

/// The words for a score cell: "4 Strong", "Not scored", "Not in this version" or [`HIDDEN`].
pub fn cell_text(cell: Cell) -> String {
    match cell {
        Cell::Scored(s) => s.to_string(),
        Cell::Unscored => "Not scored".into(),
        Cell::NoEvidence => crate::model::revision::NO_EVIDENCE.into(),
        Cell::NotInVersion => NOT_IN_VERSION.into(),
        Cell::Hidden => HIDDEN.into(),
    }
}

/// A comparison as its exports show it.
pub struct ComparisonReport<'a> {
    /// "3 scorecards, 1 rubric. Blind mode off."
    pub summary: String,
    /// By rubric title, as compared.
    pub groups: Vec<GroupReport<'a>>,
}

/// The scorecards of one rubric.
pub struct GroupReport<'a> {
    pub title: &'a str,
    /// Where the versions of the rubric differ, in words.
    pub notes: &'a [String],
    /// The criterion columns' titles.
    pub columns: Vec<&'a str>,
    /// The headers of the figures after the criteria.
    pub figures: Vec<String>,
    pub rows: Vec<RowReport<'a>>,
    /// Candidates with two or more scorecards here.
    pub candidates: Vec<CandidateReport<'a>>,
    pub drift: DriftReport<'a>,
}

/// The rater drift of a rubric group, in words.
pub struct DriftReport<'a> {
    /// Why it is hidden, while blind mode hides a colleague's score.
    pub hidden: Option<String>,
    /// Per interviewer and criterion; empty when no candidate has two interviewers.
    pub rows: Vec<DriftLine<'a>>,
}

/// One interviewer on one criterion.
pub struct DriftLine<'a> {
    pub interviewer: &'a str,
    pub criterion: &'a str,
    /// "4.50".
    pub mean: String,
    /// "2 candidates".
    pub count: String,
    pub team_mean: String,
    /// "lenient", "severe" or "in line".
    pub lean: &'static str,
    /// "+0.50".
    pub difference: String,
}

/// One score: in words for people, as a bare value for a spreadsheet.
pub struct ScoreCell {
    /// 1-5 for a visible score, which gives its colour; `None` otherwise.
    pub score: Option<u8>,
    /// The best visible score of its column.
    pub best: bool,
    /// See [`cell_text`].
    pub text: String,
    /// "4", "" when unscored, "not_in_version" or "hidden".
    pub value: String,
}

/// One scorecard of the matrix.
pub struct RowReport<'a> {
    /// The candidate's name, or "Unnamed candidate".
    pub candidate: &'a str,
    /// The interviewer's name, or "Interviewer not named".
    pub interviewer: &'a str,
    /// "Yours", or "From grace.json".
    pub source: String,
    pub cells: Vec<ScoreCell>,
    /// `None` while blind mode hides them.
    pub figures: Option<Figures>,
    /// The call timer's `24:10`, or "Not started".
    pub call: String,
    pub sheet: RowSheet<'a>,
}

/// The figures of a visible row, in words.
pub struct Figures {
    /// "3.40 / 5", or "Nothing scored".
    pub total: String,
    pub recommendation: &'static str,
    /// "Pass", "Fail" or "Incomplete".
    pub verdict: &'static str,
    /// The scorecard's own pass threshold: "3.00".
    pub threshold: String,
    pub red_flags: usize,
}

/// One scorecard as a spreadsheet row: text as typed, stable identifiers, bare numbers;
/// "hidden" where blind mode hides a figure.
pub struct RowSheet<'a> {
    pub candidate: &'a str,
    pub role: &'a str,
    pub interviewer: &'a str,
    /// "yours", or the file name.
    pub source: &'a str,
    pub status: &'static str,
    pub total: String,
    pub recommendation: &'static str,
    pub verdict: &'static str,
    pub red_flags: String,
    pub call_minutes: String,
    /// The candidate's disagreements joined with "; ".
    pub disagreement: String,
    /// The drift of this row's interviewer, joined with "; " ("hidden" while blind mode hides).
    pub drift: String,
}

/// A candidate with several scorecards: each interviewer's scores side by side.
pub struct CandidateReport<'a> {
    pub name: &'a str,
    /// Some colleague's scores are hidden by blind mode.
    pub hidden: bool,
    /// The disagreements joined with "; ", empty when there are none.
    pub disagreements: String,
    pub raters: Vec<RaterReport<'a>>,
    /// One per criterion column.
    pub criteria: Vec<StatsRow<'a>>,
    /// The recommendations fall on both sides of hire / no hire.
    pub split: bool,
}

/// One interviewer's scorecard of the candidate.
pub struct RaterReport<'a> {
    pub interviewer: &'a str,
    pub source: String,
    /// The label, "No recommendation", or [`HIDDEN`].
    pub recommendation: &'static str,
}

/// One criterion across a candidate's scorecards.
pub struct StatsRow<'a> {
    pub title: &'a str,
    /// One per rater.
    pub cells: Vec<ScoreCell>,
    /// "3.67", a dash, or [`HIDDEN`].
    pub mean: String,
    /// "2", a dash, or [`HIDDEN`].
    pub spread: String,
    /// "Disagreement: spread 2" when the spread is one.
    pub flag: Option<String>,
}

impl<'a> ComparisonReport<'a> {
    /// Works out everything the exports show of `cmp`; `blind` says whether blind mode was on.
    pub fn of(cmp: &'a Comparison, blind: bool) -> Self {
        let rubrics = cmp.groups.len();
        ComparisonReport {
            summary: format!(
                "{} scorecards, {} {}. Blind mode {}.",
                cmp.card_count(),
                rubrics,
                if rubrics == 1 {
                    "rubric"
                } else {
                    "rubrics, compared apart"
                },
                if blind {
                    "on: colleagues' scores of a candidate stay hidden until your own scorecard is completed"
                } else {
                    "off"
                }
            ),
            groups: cmp.groups.iter().map(group).collect(),
        }
    }
}

fn group(g: &RubricGroup) -> GroupReport<'_> {
    let disagreements: HashMap<&str, String> = g
        .candidates
        .iter()
        .map(|c| (c.key.as_str(), c.disagreements(&g.columns).join("; ")))
        .collect();
    GroupReport {
        title: &g.title,
        notes: &g.notes,
        columns: g.columns.iter().map(|c| c.title.as_str()).collect(),
        figures: Column::FIGURES
            .iter()
            .map(|c| c.label(&g.columns))
            .collect(),
        rows: g
            .rows
            .iter()
            .map(|row| {
                let disagreement = disagreements
                    .get(row.candidate_key.as_str())
                    .cloned()
                    .unwrap_or_default();
                row_report(g, row, disagreement)
            })
            .collect(),
        candidates: g
            .candidates
            .iter()
            .map(|c| candidate(g, c, &disagreements))
            .collect(),
        drift: drift(&g.drift),
    }
}

fn drift(d: &Drift) -> DriftReport<'_> {
    match d {
        Drift::Hidden(names) => DriftReport {
            hidden: Some(hidden_reason(names)),
            rows: Vec::new(),
        },
        Drift::Shown(rows) => DriftReport {
            hidden: None,
            rows: rows
                .iter()
                .map(|r| DriftLine {
                    interviewer: &r.interviewer,
                    criterion: &r.criterion,
                    mean: mean_label(r.mean),
                    count: r.count_label(),
                    team_mean: mean_label(r.team_mean),
                    lean: r.lean.word(),
                    difference: r.difference_label(),
                })
                .collect(),
        },
    }
}

/// The drift of `row`'s interviewer for its spreadsheet cell.
fn drift_cell(g: &RubricGroup, row: &Row) -> String {
    match &g.drift {
        Drift::Hidden(_) => "hidden".to_string(),
        Drift::Shown(rows) => {
            let who = normalize(row.interviewer_label());
            rows.iter()
                .filter(|r| normalize(&r.interviewer) == who)
                .map(|r| r.summary())
                .collect::<Vec<_>>()
                .join("; ")
        }
    }
}

fn score_cell(cell: Cell, best: bool) -> ScoreCell {
    ScoreCell {
        score: cell.score().map(|s| s.value()),
        best,
        text: cell_text(cell),
        value: match cell {
            Cell::Scored(s) => s.value().to_string(),
            Cell::Unscored => String::new(),
            Cell::NoEvidence => "no_evidence".into(),
            Cell::NotInVersion => "not_in_version".into(),
            Cell::Hidden => "hidden".into(),
        },
    }
}

fn row_report<'a>(g: &RubricGroup, row: &'a Row, disagreement: String) -> RowReport<'a> {
    let hidden = |text: String| {
        if row.hidden {
            "hidden".to_string()
        } else {
            text
        }
    };
    let hidden_id = |id: &'static str| if row.hidden { "hidden" } else { id };
    RowReport {
        candidate: row.candidate_label(),
        interviewer: row.interviewer_label(),
        source: row.source_and_revised(),
        cells: row
            .cells
            .iter()
            .enumerate()
            .map(|(i, &cell)| score_cell(cell, g.is_best(row, i)))
            .collect(),
        figures: (!row.hidden).then(|| Figures {
            total: row
                .total
                .map_or_else(|| "Nothing scored".to_string(), |t| format!("{t:.2} / 5")),
            recommendation: Recommendation::label_of(row.recommendation),
            verdict: row.verdict.word(),
            threshold: format!("{:.2}", row.threshold),
            red_flags: row.red_flags,
        }),
        call: row.call_ms.map_or_else(|| "Not started".to_string(), clock),
        sheet: RowSheet {
            candidate: &row.candidate,
            role: &row.role,
            interviewer: &row.interviewer,
            source: row.source.as_deref().unwrap_or("yours"),
            status: row.status.as_str(),
            total: hidden(row.total.map(|t| format!("{t:.2}")).unwrap_or_default()),
            recommendation: hidden_id(row.recommendation.map_or("", |r| r.as_str())),
            verdict: hidden_id(row.verdict.as_str()),
            red_flags: hidden(row.red_flags.to_string()),
            call_minutes: row
                .call_ms
                .map(|ms| format!("{:.1}", ms as f64 / MINUTE_MS as f64))
                .unwrap_or_default(),
            disagreement,
            drift: drift_cell(g, row),
        },
    }
}

fn candidate<'a>(
    g: &'a RubricGroup,
    c: &'a CandidateGroup,
    disagreements: &HashMap<&str, String>,
) -> CandidateReport<'a> {
    let dash = if c.hidden { HIDDEN } else { "\u{2013}" };
    CandidateReport {
        name: c.display_name(),
        hidden: c.hidden,
        disagreements: disagreements
            .get(c.key.as_str())
            .cloned()
            .unwrap_or_default(),
        raters: c
            .raters
            .iter()
            .map(|r| RaterReport {
                interviewer: interviewer_label(&r.interviewer),
                source: source_label(r.source.as_deref()),
                recommendation: if r.hidden {
                    HIDDEN
                } else {
                    Recommendation::label_of(r.recommendation)
                },
            })
            .collect(),
        criteria: c
            .criteria
            .iter()
            .zip(&g.columns)
            .map(|(stats, col)| StatsRow {
                title: &col.title,
                cells: stats.scores.iter().map(|&s| score_cell(s, false)).collect(),
                mean: stats.mean.map_or_else(|| dash.to_string(), mean_label),
                spread: stats
                    .spread
                    .map_or_else(|| dash.to_string(), |s| s.to_string()),
                flag: stats
                    .disagreement
                    .then(|| spread_label(stats.spread.unwrap_or(0))),
            })
            .collect(),
        split: c.split,
    }
}
