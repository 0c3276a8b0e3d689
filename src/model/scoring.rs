//! Figures derived from a scorecard: the weighted score, completion, and pass or fail against
//! the rubric's threshold. Nothing here is stored; it is computed from the scores each time.

use super::{AskedQuestion, Scorecard};

/// How many criteria have a score (or a "no evidence" mark: answered, but left out of totals).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Completion {
    pub scored: usize,
    pub total: usize,
}

impl Completion {
    pub fn is_complete(self) -> bool {
        self.scored == self.total
    }
}

/// The result against the pass threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Some criteria are still unscored.
    Incomplete,
    Pass,
    Fail,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Incomplete => "incomplete",
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
        }
    }
}

/// Scores are compared at two decimals, the precision the interviewer sees.
fn hundredths(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

impl Scorecard {
    /// The asked questions whose answers count, when the rubric scores answers.
    fn scored_answers(&self) -> &[AskedQuestion] {
        if self.rubric.score_answers {
            &self.questions
        } else {
            &[]
        }
    }

    /// The weight-averaged score (1-5) of what is scored so far: criteria by their weight, and,
    /// where the rubric scores answers, each answer with weight 1. `None` while nothing is scored
    /// (or when weights too large to sum leave no finite total).
    pub fn weighted_score(&self) -> Option<f64> {
        let criteria = self.criteria.iter().filter_map(|e| {
            let weight = self.rubric.criterion(&e.criterion_id)?.weight;
            Some((e.score?, weight))
        });
        let answers = self
            .scored_answers()
            .iter()
            .filter_map(|q| Some((q.score?, 1.0)));
        let (sum, weights) = criteria
            .chain(answers)
            .fold((0.0, 0.0), |(s, w), (score, weight)| {
                (s + weight * f64::from(score.value()), w + weight)
            });
        // Weights from an unchecked card can overflow the sums: no total then, never NaN.
        let score = sum / weights;
        (weights > 0.0 && score.is_finite()).then_some(score)
    }

    /// Scored items out of all that need a score: criteria, plus answers where they are scored.
    pub fn completion(&self) -> Completion {
        let answers = self.scored_answers();
        Completion {
            scored: self
                .criteria
                .iter()
                .filter(|e| e.score.is_some() || e.no_evidence)
                .count()
                + answers.iter().filter(|q| q.score.is_some()).count(),
            total: self.criteria.len() + answers.len(),
        }
    }

    /// What the completion counts, in words: "criteria", "answers" or "criteria and answers".
    pub fn completion_noun(&self) -> &'static str {
        match (self.criteria.is_empty(), !self.scored_answers().is_empty()) {
            (true, _) => "answers",
            (false, true) => "criteria and answers",
            (false, false) => "criteria",
        }
    }

    /// Pass when every criterion (and scored answer) is scored and the weighted score reaches the
    /// threshold. A complete card with nothing to total (every criterion "no evidence") fails:
    /// no evidence is never a pass.
    pub fn verdict(&self) -> Verdict {
        if !self.completion().is_complete() {
            return Verdict::Incomplete;
        }
        match self.weighted_score() {
            Some(score) if hundredths(score) >= hundredths(self.rubric.pass_threshold.0) => {
                Verdict::Pass
            }
            Some(_) => Verdict::Fail,
            None if self.criteria.iter().any(|e| e.no_evidence) => Verdict::Fail,
            None => Verdict::Incomplete,
        }
    }
}

#[cfg(test)]
#[path = "evidence_tests.rs"]
mod evidence_tests;

#[cfg(test)]
mod tests {
    use crate::model::scorecard::tests::card;
    use crate::model::{PassThreshold, Score, Verdict};

    fn scored(weights: &[f64], scores: &[u8]) -> crate::model::Scorecard {
        let mut c = card(weights);
        for (i, s) in scores.iter().enumerate() {
            c.set_score(&format!("c{i}"), Score::new(*s), 0);
        }
        c
    }

    #[test]
    fn weighted_score_weights_each_criterion() {
        // (1*2 + 3*4) / (1 + 3) = 3.5
        assert_eq!(scored(&[1.0, 3.0], &[2, 4]).weighted_score(), Some(3.5));
    }

    #[test]
    fn weighted_score_ignores_unscored_criteria() {
        assert_eq!(scored(&[1.0, 3.0], &[5]).weighted_score(), Some(5.0));
        assert_eq!(card(&[1.0]).weighted_score(), None);
    }

    #[test]
    fn completion_counts_scored_criteria() {
        let c = scored(&[1.0, 1.0, 1.0], &[3, 3]);
        assert_eq!((c.completion().scored, c.completion().total), (2, 3));
        assert!(!c.completion().is_complete());
    }

    #[test]
    fn answers_count_only_when_the_rubric_scores_them() {
        use crate::model::QuestionKind;
        let mut c = scored(&[2.0], &[5]);
        c.add_ad_hoc_question("Tell me about a migration.", QuestionKind::Experience, 0);
        c.set_answer_score("adhoc-1", Score::new(2), 0);
        assert_eq!(c.weighted_score(), Some(5.0));
        assert_eq!((c.completion().scored, c.completion().total), (1, 1));
        c.rubric.score_answers = true;
        // (2*5 + 1*2) / (2 + 1) = 4
        assert_eq!(c.weighted_score(), Some(4.0));
        assert_eq!(c.completion_noun(), "criteria and answers");
        c.add_ad_hoc_question("And another?", QuestionKind::General, 0);
        assert_eq!((c.completion().scored, c.completion().total), (2, 3));
        assert_eq!(c.verdict(), Verdict::Incomplete);
    }

    #[test]
    fn verdict_waits_for_every_criterion() {
        assert_eq!(scored(&[1.0, 1.0], &[5]).verdict(), Verdict::Incomplete);
        assert_eq!(card(&[1.0]).completion_noun(), "criteria");
    }

    #[test]
    fn verdict_passes_at_exactly_the_threshold() {
        let mut c = scored(&[1.0, 1.0, 1.0], &[3, 3, 4]);
        c.rubric.pass_threshold = PassThreshold(3.33);
        assert_eq!(c.verdict(), Verdict::Pass);
        c.rubric.pass_threshold = PassThreshold(3.34);
        assert_eq!(c.verdict(), Verdict::Fail);
    }

    #[test]
    fn weights_whose_sum_overflows_never_give_nan() {
        let score = scored(&[1e308, 1e308, 1e308], &[4, 4, 2]).weighted_score();
        assert!(score.is_none_or(f64::is_finite), "{score:?}");
        assert_ne!(scored(&[1e308, 1e308], &[4, 4]).verdict(), Verdict::Pass);
    }
}
