//! The warnings shown when the recommendation contradicts the evidence on the card: one calm
//! line each, naming what contradicts what, shown beside the recommendation and never a block.
//!
//! Each rule is one function in [`CHECKS`]: it reads the card and the chosen recommendation
//! and returns the [`Contradiction`] it finds. A new rule (the decision rule's must-pass
//! minimums, for one) is one more variant, its sentence in [`Contradiction::sentence`], and one
//! more entry in [`CHECKS`]; the screen and the completion prompt take it from there.

use super::{Recommendation, Score, Scorecard, Verdict};

/// One way the recommendation contradicts the card.
#[derive(Clone, Debug, PartialEq)]
pub enum Contradiction {
    /// A hire with red flags checked, the rubric's or the interviewer's own (their texts).
    RedFlags(Vec<String>),
    /// A hire while must-pass criteria are below their minimum or have no evidence (each in
    /// words: "API design: 2 (must reach 3)").
    MustPassBelow(Vec<String>),
    /// A hire with criteria scored 1 (their titles).
    LowestLevel(Vec<String>),
    /// A hire while criteria (or answers) are unscored.
    Unscored {
        unscored: usize,
        total: usize,
        noun: &'static str,
    },
    /// A hire although the weighted score is below the pass threshold.
    BelowThreshold { score: f64, threshold: f64 },
    /// A no-hire although the weighted score reaches the pass threshold and no red flag is checked.
    ReachesThreshold { score: f64, threshold: f64 },
}

type Check = fn(&Scorecard, Recommendation) -> Option<Contradiction>;

/// Every rule, in the order its line is shown.
const CHECKS: [Check; 6] = [
    red_flags,
    must_pass_below,
    lowest_level,
    unscored,
    below_threshold,
    reaches_threshold,
];

fn red_flags(card: &Scorecard, rec: Recommendation) -> Option<Contradiction> {
    let flags: Vec<String> = card.red_flags.iter().map(|f| f.text.clone()).collect();
    (rec.is_positive() && !flags.is_empty()).then_some(Contradiction::RedFlags(flags))
}

fn must_pass_below(card: &Scorecard, rec: Recommendation) -> Option<Contradiction> {
    let misses: Vec<String> = card.must_pass_misses().iter().map(|m| m.words()).collect();
    (rec.is_positive() && !misses.is_empty()).then_some(Contradiction::MustPassBelow(misses))
}

fn lowest_level(card: &Scorecard, rec: Recommendation) -> Option<Contradiction> {
    let lowest = Score::new(1);
    let titles: Vec<String> = card
        .criteria
        .iter()
        .filter(|e| e.score.is_some() && e.score == lowest)
        .filter_map(|e| card.rubric.criterion(&e.criterion_id))
        .map(|c| c.title.clone())
        .collect();
    (rec.is_positive() && !titles.is_empty()).then_some(Contradiction::LowestLevel(titles))
}

fn unscored(card: &Scorecard, rec: Recommendation) -> Option<Contradiction> {
    let done = card.completion();
    (rec.is_positive() && !done.is_complete()).then(|| Contradiction::Unscored {
        unscored: done.total - done.scored,
        total: done.total,
        noun: card.completion_noun(),
    })
}

/// The weighted score against the threshold, once the verdict is `verdict`.
fn against_threshold(card: &Scorecard, verdict: Verdict) -> Option<(f64, f64)> {
    let score = card.weighted_score()?;
    (card.verdict() == verdict).then_some((score, card.rubric.pass_threshold.0))
}

fn below_threshold(card: &Scorecard, rec: Recommendation) -> Option<Contradiction> {
    let (score, threshold) = against_threshold(card, Verdict::Fail)?;
    rec.is_positive()
        .then_some(Contradiction::BelowThreshold { score, threshold })
}

fn reaches_threshold(card: &Scorecard, rec: Recommendation) -> Option<Contradiction> {
    let (score, threshold) = against_threshold(card, Verdict::Pass)?;
    (!rec.is_positive() && card.red_flags.is_empty())
        .then_some(Contradiction::ReachesThreshold { score, threshold })
}

/// `“a”, “b”`: texts quoted as the interviewer wrote them.
fn quoted(texts: &[String]) -> String {
    texts
        .iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Contradiction {
    /// The one line shown for this contradiction of `rec`, e.g.
    /// "Hire, but a red flag is checked: “Blames others”."
    pub fn sentence(&self, rec: Recommendation) -> String {
        let rec = rec.label();
        match self {
            Contradiction::RedFlags(flags) => match flags.len() {
                1 => format!("{rec}, but a red flag is checked: {}.", quoted(flags)),
                n => format!("{rec}, but {n} red flags are checked: {}.", quoted(flags)),
            },
            Contradiction::MustPassBelow(misses) => format!(
                "{rec}, but a must-pass criterion is below its minimum: {}.",
                misses.join("; ")
            ),
            Contradiction::LowestLevel(titles) => {
                let lowest = Score::new(1).map_or("", Score::word);
                match titles.len() {
                    1 => format!("{rec}, but {} is scored 1 ({lowest}).", quoted(titles)),
                    n => format!(
                        "{rec}, but {n} criteria are scored 1 ({lowest}): {}.",
                        quoted(titles)
                    ),
                }
            }
            Contradiction::Unscored {
                unscored,
                total,
                noun,
            } => {
                let are = if *unscored == 1 { "is" } else { "are" };
                format!("{rec}, but {unscored} of {total} {noun} {are} unscored.")
            }
            Contradiction::BelowThreshold { score, threshold } => format!(
                "{rec}, but the weighted score {score:.2} is below the pass threshold {threshold:.2}."
            ),
            Contradiction::ReachesThreshold { score, threshold } => format!(
                "{rec}, but the weighted score {score:.2} reaches the pass threshold {threshold:.2} and no red flag is checked."
            ),
        }
    }
}

impl Scorecard {
    /// What the recommendation contradicts on this card, in the order shown. Empty without a
    /// recommendation.
    pub fn contradiction_list(&self) -> Vec<Contradiction> {
        let Some(rec) = self.recommendation else {
            return Vec::new();
        };
        CHECKS.iter().filter_map(|check| check(self, rec)).collect()
    }

    /// One-line warnings when the recommendation contradicts the evidence. Never a block.
    pub fn contradictions(&self) -> Vec<String> {
        let Some(rec) = self.recommendation else {
            return Vec::new();
        };
        self.contradiction_list()
            .iter()
            .map(|c| c.sentence(rec))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::scorecard::tests::card;
    use crate::model::{Recommendation, Score, Scorecard};

    /// Four criteria, threshold 3.00. Scores for the first three, and for the fourth when all
    /// are scored; each set stays below, at or above the threshold with or without the fourth.
    fn scores(a_one: bool, total: Total) -> [u8; 4] {
        match (a_one, total) {
            (true, Total::Below) => [1, 2, 2, 2],
            (true, Total::At) => [1, 3, 5, 3],
            (true, Total::Above) => [1, 5, 5, 5],
            (false, Total::Below) => [2, 2, 2, 2],
            (false, Total::At) => [3, 3, 3, 3],
            (false, Total::Above) => [4, 4, 4, 4],
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Total {
        Below,
        At,
        Above,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Flag {
        None,
        Rubric,
        Custom,
    }

    fn scenario(
        rec: Recommendation,
        flag: Flag,
        a_one: bool,
        total: Total,
        all_scored: bool,
    ) -> Scorecard {
        let mut c = card(&[1.0; 4]);
        c.rubric.red_flags = vec!["Blames others".into()];
        // The second criterion must reach 3: it does except in the Below sets (2).
        c.rubric.decision_rule.must_pass = vec![crate::model::MustPass {
            criterion: "c1".into(),
            min_level: Score::new(3).unwrap(),
        }];
        let scores = scores(a_one, total);
        let scored = if all_scored { 4 } else { 3 };
        for (i, s) in scores.iter().take(scored).enumerate() {
            c.set_score(&format!("c{i}"), Score::new(*s), 1);
        }
        match flag {
            Flag::None => {}
            Flag::Rubric => c.set_red_flag("Blames others", true, 2),
            Flag::Custom => assert!(c.add_custom_flag("Late to the call", 2)),
        }
        c.set_recommendation(Some(rec), 3);
        c
    }

    #[test]
    fn every_recommendation_against_every_kind_of_evidence_warns_exactly_as_the_rules_say() {
        let mut cases = 0;
        for rec in Recommendation::ALL {
            for flag in [Flag::None, Flag::Rubric, Flag::Custom] {
                for a_one in [false, true] {
                    for total in [Total::Below, Total::At, Total::Above] {
                        for all_scored in [true, false] {
                            let c = scenario(rec, flag, a_one, total, all_scored);
                            let label = rec.label();
                            let score = c.weighted_score().unwrap();
                            let hire = rec.is_positive();
                            let mut expected = Vec::new();
                            if hire && flag == Flag::Rubric {
                                expected.push(format!(
                                    "{label}, but a red flag is checked: “Blames others”."
                                ));
                            }
                            if hire && flag == Flag::Custom {
                                expected.push(format!(
                                    "{label}, but a red flag is checked: “Late to the call”."
                                ));
                            }
                            if hire && total == Total::Below {
                                expected.push(format!(
                                    "{label}, but a must-pass criterion is below its minimum: Title c1: 2 (must reach 3)."
                                ));
                            }
                            if hire && a_one {
                                expected
                                    .push(format!("{label}, but “Title c0” is scored 1 (Weak)."));
                            }
                            if hire && !all_scored {
                                expected.push(format!("{label}, but 1 of 4 criteria is unscored."));
                            }
                            if hire && all_scored && total == Total::Below {
                                expected.push(format!(
                                    "{label}, but the weighted score {score:.2} is below the pass threshold 3.00."
                                ));
                            }
                            if !hire && all_scored && total != Total::Below && flag == Flag::None {
                                expected.push(format!(
                                    "{label}, but the weighted score {score:.2} reaches the pass threshold 3.00 and no red flag is checked."
                                ));
                            }
                            assert_eq!(
                                c.contradictions(),
                                expected,
                                "{rec:?}, flag {flag:?}, a 1: {a_one}, total {total:?} ({score:.2}), all scored: {all_scored}"
                            );
                            cases += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(cases, 4 * 3 * 2 * 3 * 2);
    }

    #[test]
    fn no_recommendation_contradicts_nothing() {
        let mut c = scenario(
            Recommendation::Hire,
            Flag::Rubric,
            true,
            Total::Below,
            false,
        );
        c.set_recommendation(None, 4);
        assert!(c.contradictions().is_empty());
    }

    #[test]
    fn several_flags_or_lowest_scores_stay_one_line_each_and_name_them_all() {
        let mut c = card(&[1.0, 1.0, 1.0]);
        c.rubric.red_flags = vec!["Blames others".into()];
        c.set_red_flag("Blames others", true, 1);
        c.add_custom_flag("Late to the call", 1);
        c.set_score("c0", Score::new(1), 2);
        c.set_score("c1", Score::new(1), 2);
        c.set_recommendation(Some(Recommendation::StrongHire), 3);
        assert_eq!(
            c.contradictions(),
            [
                "Strong Hire, but 2 red flags are checked: “Blames others”, “Late to the call”.",
                "Strong Hire, but 2 criteria are scored 1 (Weak): “Title c0”, “Title c1”.",
                "Strong Hire, but 1 of 3 criteria is unscored.",
            ]
        );
    }

    #[test]
    fn unchecking_the_flag_removes_its_line() {
        let mut c = scenario(
            Recommendation::Hire,
            Flag::Rubric,
            false,
            Total::Above,
            true,
        );
        assert_eq!(c.contradictions().len(), 1);
        c.set_red_flag("Blames others", false, 4);
        assert!(c.contradictions().is_empty());
    }

    #[test]
    fn a_no_hire_with_a_passing_score_and_a_red_flag_is_consistent() {
        let mut c = scenario(
            Recommendation::NoHire,
            Flag::None,
            false,
            Total::Above,
            true,
        );
        assert_eq!(c.contradictions().len(), 1);
        c.add_custom_flag("Late to the call", 4);
        assert!(c.contradictions().is_empty());
    }
}
