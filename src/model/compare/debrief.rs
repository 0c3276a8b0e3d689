//! The debrief of one candidate: every interviewer's evidence per criterion side by side.
//!
//! Rules:
//! - Made from a rubric group's calibration candidate (two or more scorecards): the raters in
//!   calibration order (own first), the criteria in column order.
//! - Per criterion and interviewer: the cell as the matrix shows it (a score, "no evidence",
//!   not scored, not in this version, or hidden) and the notes.
//! - Per interviewer: red flags, their recommendation, the decision rule's, and the reason.
//! - Blind rules as in the matrix: a colleague's card hidden there shows no score, notes, red
//!   flags, recommendation or reason here either.

use super::{interviewer_label, source_label, Cell, RubricGroup, HIDDEN};
use crate::model::{Recommendation, Scorecard};

/// One interviewer's scorecard in the debrief.
#[derive(Clone, Debug, PartialEq)]
pub struct DebriefRater {
    pub interviewer: String,
    /// "Yours", or "From grace.json".
    pub source: String,
    pub hidden: bool,
    pub revised: bool,
    /// Empty while hidden.
    pub red_flags: Vec<String>,
    /// The label, "No recommendation", or [`HIDDEN`].
    pub recommendation: String,
    /// The decision rule's recommendation in words, or [`HIDDEN`].
    pub rule: String,
    /// Why the recommendation differs from the rule; empty when none or hidden.
    pub reason: String,
}

/// One interviewer's evidence on one criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub cell: Cell,
    /// Empty while hidden.
    pub notes: String,
}

/// One criterion row.
#[derive(Clone, Debug, PartialEq)]
pub struct DebriefCriterion {
    pub title: String,
    /// One per rater.
    pub evidence: Vec<Evidence>,
}

/// A candidate's debrief.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub key: String,
    pub name: String,
    pub raters: Vec<DebriefRater>,
    pub criteria: Vec<DebriefCriterion>,
}

impl Debrief {
    /// The debrief of the candidate `key` of `group`, reading notes and flags from `cards`
    /// (the compared scorecards). `None` when the candidate has fewer than two scorecards.
    pub fn of(group: &RubricGroup, cards: &[&Scorecard], key: &str) -> Option<Self> {
        let candidate = group.candidates.iter().find(|c| c.key == key)?;
        let rated: Vec<(&super::Row, &Scorecard)> = candidate
            .raters
            .iter()
            .filter_map(|r| {
                let row = group.rows.iter().find(|row| row.card_id == r.card_id)?;
                let card = cards.iter().find(|c| c.id == r.card_id)?;
                Some((row, *card))
            })
            .collect();
        let raters = rated
            .iter()
            .map(|(row, card)| {
                let shown = |text: String| if row.hidden { HIDDEN.to_string() } else { text };
                DebriefRater {
                    interviewer: interviewer_label(&row.interviewer).to_string(),
                    source: source_label(row.source.as_deref()),
                    hidden: row.hidden,
                    revised: row.revised,
                    red_flags: match row.hidden {
                        true => Vec::new(),
                        false => card.red_flags.iter().map(|f| f.text.clone()).collect(),
                    },
                    recommendation: shown(
                        Recommendation::label_of(card.recommendation).to_string(),
                    ),
                    rule: shown(card.rule_words()),
                    reason: match row.hidden {
                        true => String::new(),
                        false => card.recommendation_reason.clone(),
                    },
                }
            })
            .collect();
        let criteria = group
            .columns
            .iter()
            .enumerate()
            .map(|(i, col)| DebriefCriterion {
                title: col.title.clone(),
                evidence: rated
                    .iter()
                    .map(|(row, card)| Evidence {
                        cell: row.cells[i],
                        notes: match row.hidden {
                            true => String::new(),
                            false => card
                                .entry(&col.id)
                                .map(|e| e.notes.trim().to_string())
                                .unwrap_or_default(),
                        },
                    })
                    .collect(),
            })
            .collect();
        Some(Debrief {
            key: key.to_string(),
            name: candidate.display_name().to_string(),
            raters,
            criteria,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{build, scored};
    use super::*;
    use crate::model::compare::blinded;
    use crate::model::scorecard::FlagMark;
    use crate::model::Status;

    fn round() -> Vec<Scorecard> {
        let mut cards = vec![
            scored("a-me", "Ada", "Me", &[2, 4, 4], None),
            scored("a-g", "Ada", "Grace", &[5, 4], Some("grace.json")),
            scored("a-l", "Ada", "Linus", &[4, 4, 4], Some("linus.json")),
            scored("b-me", "Bob", "Me", &[3], None),
        ];
        cards[0].set_criterion_notes("c0", " Vague on pagination ".into(), 2_500);
        cards[1].set_criterion_notes("c0", "Clear REST design".into(), 2_500);
        assert!(cards[1].set_no_evidence("c2", 2_500));
        cards[2].red_flags.push(FlagMark {
            text: "Blamed teammates".into(),
            custom: true,
        });
        for c in &mut cards {
            c.status = Status::Completed;
        }
        cards
    }

    fn debrief(cards: &[Scorecard], key: &str) -> Option<Debrief> {
        let cmp = build(cards, &blinded(cards));
        let refs: Vec<&Scorecard> = cards.iter().collect();
        Debrief::of(&cmp.groups[0], &refs, key)
    }

    #[test]
    fn every_interviewers_evidence_side_by_side_per_criterion() {
        let d = debrief(&round(), "name:ada").unwrap();
        assert_eq!(d.name, "Ada");
        let who: Vec<&str> = d.raters.iter().map(|r| r.interviewer.as_str()).collect();
        assert_eq!(who, ["Me", "Grace", "Linus"]);
        let api = &d.criteria[0];
        assert_eq!(api.title, "Title c0");
        let notes: Vec<&str> = api.evidence.iter().map(|e| e.notes.as_str()).collect();
        assert_eq!(notes, ["Vague on pagination", "Clear REST design", ""]);
        let scores: Vec<Option<u8>> = api
            .evidence
            .iter()
            .map(|e| e.cell.score().map(|s| s.value()))
            .collect();
        assert_eq!(scores, [Some(2), Some(5), Some(4)]);
        assert_eq!(d.criteria[2].evidence[1].cell, Cell::NoEvidence);
        assert_eq!(d.raters[2].red_flags, ["Blamed teammates"]);
        assert_eq!(d.raters[0].source, "Yours");
        assert!(!d.raters[0].rule.is_empty());
    }

    #[test]
    fn a_candidate_with_one_scorecard_has_no_debrief() {
        assert_eq!(debrief(&round(), "name:bob"), None);
    }

    #[test]
    fn colleagues_evidence_is_hidden_while_your_own_card_is_not_completed() {
        let mut cards = round();
        cards[0].status = Status::Scoring;
        let d = debrief(&cards, "name:ada").unwrap();
        assert!(!d.raters[0].hidden);
        assert_eq!(d.criteria[0].evidence[0].notes, "Vague on pagination");
        for i in 1..3 {
            assert!(d.raters[i].hidden);
            assert_eq!(d.raters[i].recommendation, HIDDEN);
            assert!(d.raters[i].red_flags.is_empty());
            for c in &d.criteria {
                assert_eq!(c.evidence[i].notes, "");
                assert!(matches!(
                    c.evidence[i].cell,
                    Cell::Hidden | Cell::NotInVersion
                ));
            }
        }
    }
}
