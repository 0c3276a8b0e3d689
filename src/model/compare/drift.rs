//! Rater drift: whether an interviewer scores a criterion higher or lower than the team does
//! for the same candidates.
//!
//! Rules:
//! - Interviewers are told apart by their name, normalized ([`super::normalize`]).
//! - For an interviewer and a criterion, the candidates counted are those the interviewer
//!   scored on it that at least one other interviewer scored on it too (a candidate only they
//!   scored says nothing about drift). "No evidence", unscored, hidden and "not in this
//!   version" cells are left out, so a criterion missing from one version of the rubric only
//!   counts where it was scored.
//! - Their mean: the mean of their scores of those candidates (one score per candidate: the
//!   mean of theirs if they scored a candidate twice). The team's mean: the mean over the same
//!   candidates of each candidate's mean score from every interviewer (theirs included).
//! - Lenient when their mean is at least [`DRIFT_THRESHOLD`] above the team's, severe when at
//!   least that much below, otherwise in line.
//! - While blind mode hides any colleague's score in the group, no drift is worked out at all
//!   (the team's means would give the hidden scores away); [`Drift::Hidden`] names the
//!   candidates whose own scorecards are not completed yet.

use super::{normalize, Cell, CriterionColumn, Row};
use std::collections::HashMap;

/// How far (in points on the 1-5 scale) an interviewer's mean may be from the team's before it
/// is called lenient or severe: half a point, one step of the scale split in two.
pub const DRIFT_THRESHOLD: f64 = 0.5;

/// The word beside an interviewer's mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    Lenient,
    Severe,
    InLine,
}

impl Lean {
    /// The lean of a mean `difference` from the team's mean (theirs minus the team's).
    pub fn of(difference: f64) -> Self {
        // Means of small integers: allow for the float rounding of an exact half point.
        const EPS: f64 = 1e-9;
        if difference >= DRIFT_THRESHOLD - EPS {
            Lean::Lenient
        } else if difference <= -DRIFT_THRESHOLD + EPS {
            Lean::Severe
        } else {
            Lean::InLine
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Lean::Lenient => "lenient",
            Lean::Severe => "severe",
            Lean::InLine => "in line",
        }
    }
}

/// One interviewer on one criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct DriftRow {
    /// As written on their first scorecard here, or "Interviewer not named".
    pub interviewer: String,
    /// Whether these are the user's own scorecards.
    pub own: bool,
    pub criterion: String,
    /// Their mean over the candidates counted.
    pub mean: f64,
    /// The team's mean over the same candidates.
    pub team_mean: f64,
    /// The candidates counted.
    pub count: usize,
    pub lean: Lean,
}

impl DriftRow {
    /// Their mean minus the team's, signed to two decimals: "+0.50", "-1.17", "0.00".
    pub fn difference_label(&self) -> String {
        let d = self.mean - self.team_mean;
        if d.abs() < 0.005 {
            "0.00".to_string()
        } else {
            format!("{d:+.2}")
        }
    }

    /// "1 candidate", "3 candidates".
    pub fn count_label(&self) -> String {
        match self.count {
            1 => "1 candidate".to_string(),
            n => format!("{n} candidates"),
        }
    }

    /// One line for a spreadsheet cell: "API design: lenient (4.50 vs team 3.75, 2 candidates)".
    pub fn summary(&self) -> String {
        format!(
            "{}: {} ({:.2} vs team {:.2}, {})",
            self.criterion,
            self.lean.word(),
            self.mean,
            self.team_mean,
            self.count_label()
        )
    }
}

/// The rater drift of one rubric group.
#[derive(Clone, Debug, PartialEq)]
pub enum Drift {
    /// By interviewer (own first, then by name), then in column order. Empty when no candidate
    /// was scored by two interviewers on one criterion.
    Shown(Vec<DriftRow>),
    /// Hidden by blind mode; the names of the candidates whose own scorecard is not completed.
    Hidden(Vec<String>),
}

impl Default for Drift {
    fn default() -> Self {
        Drift::Shown(Vec::new())
    }
}

/// Why the drift is hidden, in words.
pub fn hidden_reason(candidates: &[String]) -> String {
    format!(
        "Rater drift is hidden until your scorecard of {} is completed: the team's means would give away colleagues' hidden scores.",
        candidates.join(", ")
    )
}

impl Drift {
    /// Nothing to show and nothing hidden: no candidate has two interviewers on a criterion.
    pub fn is_empty(&self) -> bool {
        matches!(self, Drift::Shown(rows) if rows.is_empty())
    }

    /// The drift of a rubric group's `rows` over its `columns`.
    pub fn of(rows: &[Row], columns: &[CriterionColumn]) -> Self {
        if rows.iter().any(|r| r.hidden) {
            let mut names: Vec<String> = Vec::new();
            for r in rows.iter().filter(|r| r.hidden) {
                let name = r.candidate_label().to_string();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            return Drift::Hidden(names);
        }
        // Interviewers in order: own first, then by name.
        let mut raters: Vec<(String, String, bool)> = Vec::new();
        for r in rows {
            let key = normalize(&r.interviewer);
            match raters.iter_mut().find(|(k, _, _)| *k == key) {
                Some(entry) => entry.2 |= r.is_own(),
                None => raters.push((key, r.interviewer_label().to_string(), r.is_own())),
            }
        }
        raters.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        let mut out = Vec::new();
        for (key, label, own) in &raters {
            for (i, col) in columns.iter().enumerate() {
                if let Some(row) = rater_on(rows, i, key) {
                    out.push(DriftRow {
                        interviewer: label.clone(),
                        own: *own,
                        criterion: col.title.clone(),
                        ..row
                    });
                }
            }
        }
        Drift::Shown(out)
    }
}

/// The drift of the interviewer `key` on column `i`, or `None` when no candidate counts.
fn rater_on(rows: &[Row], i: usize, key: &str) -> Option<DriftRow> {
    // Per candidate: every interviewer's scores on the column.
    let mut scores: HashMap<&str, Vec<(String, f64)>> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for r in rows {
        if let Some(Cell::Scored(s)) = r.cells.get(i) {
            let list = scores.entry(r.candidate_key.as_str()).or_default();
            if list.is_empty() {
                order.push(r.candidate_key.as_str());
            }
            list.push((normalize(&r.interviewer), f64::from(s.value())));
        }
    }
    let (mut theirs, mut team, mut count) = (0.0, 0.0, 0usize);
    for candidate in order {
        let list = &scores[candidate];
        let mine: Vec<f64> = list
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| *v)
            .collect();
        if mine.is_empty() || mine.len() == list.len() {
            continue;
        }
        theirs += mean(&mine);
        team += mean(&list.iter().map(|(_, v)| *v).collect::<Vec<_>>());
        count += 1;
    }
    (count > 0).then(|| {
        let (mean, team_mean) = (theirs / count as f64, team / count as f64);
        DriftRow {
            interviewer: String::new(),
            own: false,
            criterion: String::new(),
            mean,
            team_mean,
            count,
            lean: Lean::of(mean - team_mean),
        }
    })
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

#[cfg(test)]
mod tests {
    use super::super::tests::{build, scored};
    use super::*;
    use crate::model::compare::blinded;
    use crate::model::{Scorecard, Status};
    use std::collections::HashSet;

    /// Five candidates with two to four scorecards each from four interviewers: Me (own),
    /// and the files of Grace, Linus and Kim. Scores on c0, c1, c2.
    fn round() -> Vec<Scorecard> {
        let g = Some("grace.json");
        let l = Some("linus.json");
        let k = Some("kim.json");
        let mut cards = vec![
            scored("a-me", "Ada", "Me", &[2, 4, 4], None),
            scored("a-g", "Ada", "Grace", &[5, 4, 4], g),
            scored("a-l", "Ada", "Linus", &[4, 4, 4], l),
            scored("b-me", "Bob", "Me", &[3, 3, 3], None),
            scored("b-g", "Bob", "Grace", &[5, 3, 3], g),
            scored("c-me", "Cy", "Me", &[4, 4, 5], None),
            scored("c-l", "Cy", "Linus", &[4, 4, 4], l),
            scored("d-g", "Dee", "Grace", &[4, 2, 4], g),
            scored("d-l", "Dee", "linus ", &[4, 2, 4], l),
            scored("d-k", "Dee", "Kim", &[3, 5, 4], k),
            scored("d-me", "Dee", "Me", &[3, 2, 4], None),
            scored("e-me", "Eve", "Me", &[1, 1, 1], None),
        ];
        for c in &mut cards {
            c.status = Status::Completed;
        }
        cards
    }

    fn rows(cards: &[Scorecard]) -> Vec<DriftRow> {
        let hidden = blinded(cards);
        match &build(cards, &hidden).groups[0].drift {
            Drift::Shown(rows) => rows.clone(),
            Drift::Hidden(names) => panic!("hidden for {names:?}"),
        }
    }

    fn find<'a>(rows: &'a [DriftRow], who: &str, criterion: &str) -> Option<&'a DriftRow> {
        rows.iter()
            .find(|r| r.interviewer == who && r.criterion == criterion)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn each_interviewer_beside_the_team_over_the_same_candidates() {
        let rows = rows(&round());
        // Grace on c0: Ada 5 (team 11/3), Bob 5 (team 4), Dee 4 (team 3.5).
        let g = find(&rows, "Grace", "Title c0").unwrap();
        assert_eq!(g.count, 3);
        assert!(close(g.mean, 14.0 / 3.0));
        assert!(close(g.team_mean, (11.0 / 3.0 + 4.0 + 3.5) / 3.0));
        assert_eq!(g.lean, Lean::Lenient);
        assert_eq!(g.difference_label(), "+0.94");
        // Me on c0: Ada 2, Bob 3, Cy 4, Dee 3; Eve has only my card and is not counted.
        let me = find(&rows, "Me", "Title c0").unwrap();
        assert_eq!(me.count, 4);
        assert!(close(me.mean, 3.0));
        assert!(close(me.team_mean, (11.0 / 3.0 + 4.0 + 4.0 + 3.5) / 4.0));
        assert_eq!(me.lean, Lean::Severe);
        assert!(me.own);
        // Linus on c0: Ada 4, Cy 4, Dee 4 (his name written two ways is one interviewer).
        let l = find(&rows, "Linus", "Title c0").unwrap();
        assert_eq!(l.count, 3);
        assert_eq!(l.lean, Lean::InLine);
        // Kim scored only Dee: c1 5 against the team's 11/4.
        let k = find(&rows, "Kim", "Title c1").unwrap();
        assert_eq!((k.count, k.lean), (1, Lean::Lenient));
        assert_eq!(
            k.summary(),
            "Title c1: lenient (5.00 vs team 2.75, 1 candidate)"
        );
        // Own first, then by name; in column order within each.
        let who: Vec<&str> = rows.iter().map(|r| r.interviewer.as_str()).collect();
        assert_eq!(who.first(), Some(&"Me"));
        assert_eq!(who.last(), Some(&"Linus"));
        assert_eq!(rows.len(), 4 * 3);
    }

    #[test]
    fn the_threshold_is_half_a_point_either_way() {
        assert_eq!(Lean::of(0.5), Lean::Lenient);
        assert_eq!(Lean::of(1.0 / 3.0 + 1.0 / 6.0), Lean::Lenient);
        assert_eq!(Lean::of(0.49), Lean::InLine);
        assert_eq!(Lean::of(-0.49), Lean::InLine);
        assert_eq!(Lean::of(-0.5), Lean::Severe);
        assert_eq!(Lean::Severe.word(), "severe");
        assert_eq!(Lean::InLine.word(), "in line");
    }

    #[test]
    fn no_evidence_cells_and_criteria_missing_from_a_version_are_left_out() {
        let mut cards = round();
        // Grace marks Bob's c0 "no evidence": Bob drops out of her c0 and of Me's c0.
        cards[4].status = Status::Scoring;
        assert!(cards[4].set_no_evidence("c0", 3_000));
        cards[4].status = Status::Completed;
        // Cy's card from Linus was scored on a version of the rubric without c2.
        cards[6].rubric.criteria.retain(|c| c.id != "c2");
        cards[6].criteria.retain(|c| c.criterion_id != "c2");
        let rows = rows(&cards);
        let g = find(&rows, "Grace", "Title c0").unwrap();
        assert_eq!(g.count, 2);
        assert!(close(g.mean, 4.5));
        assert_eq!(find(&rows, "Me", "Title c0").unwrap().count, 3);
        // Me's c2 counts Ada, Bob and Dee, not Cy (no one else scored Cy's c2).
        assert_eq!(find(&rows, "Me", "Title c2").unwrap().count, 3);
        assert_eq!(find(&rows, "Linus", "Title c2").unwrap().count, 2);
    }

    #[test]
    fn hidden_while_an_own_card_is_not_completed_and_says_for_whom() {
        let mut cards = round();
        cards[0].status = Status::Scoring;
        let hidden = blinded(&cards);
        let drift = &build(&cards, &hidden).groups[0].drift;
        assert_eq!(drift, &Drift::Hidden(vec!["Ada".to_string()]));
        assert!(hidden_reason(&["Ada".into()])
            .starts_with("Rater drift is hidden until your scorecard of Ada is completed"));
        // Blind mode off: shown.
        let drift = &build(&cards, &HashSet::new()).groups[0].drift;
        assert!(matches!(drift, Drift::Shown(rows) if !rows.is_empty()));
    }

    #[test]
    fn nothing_to_show_when_no_candidate_has_two_interviewers() {
        let cards = vec![
            scored("a", "Ada", "Me", &[3], None),
            scored("b", "Bob", "Grace", &[4], Some("g.json")),
        ];
        assert_eq!(rows(&cards), Vec::new());
    }
}
