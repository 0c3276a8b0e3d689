//! Figures derived from a scorecard: the weighted score, completion, and pass or fail against
//! the rubric's threshold. Nothing here is stored; it is computed from the scores each time.

use super::Scorecard;

/// How many criteria have a score.
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
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Incomplete => "Not all criteria scored",
            Verdict::Pass => "Passes the threshold",
            Verdict::Fail => "Below the threshold",
        }
    }

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
    /// The weight-averaged score (1-5) of the scored criteria; `None` while nothing is scored.
    pub fn weighted_score(&self) -> Option<f64> {
        let (sum, weights) = self
            .criteria
            .iter()
            .filter_map(|e| {
                let score = e.score?;
                let weight = self.rubric.criterion(&e.criterion_id)?.weight;
                Some((weight * f64::from(score.value()), weight))
            })
            .fold((0.0, 0.0), |(s, w), (ds, dw)| (s + ds, w + dw));
        (weights > 0.0).then(|| sum / weights)
    }

    pub fn completion(&self) -> Completion {
        Completion {
            scored: self.criteria.iter().filter(|e| e.score.is_some()).count(),
            total: self.criteria.len(),
        }
    }

    /// Pass when every criterion is scored and the weighted score reaches the threshold.
    pub fn verdict(&self) -> Verdict {
        match self.weighted_score() {
            Some(score) if self.completion().is_complete() => {
                if hundredths(score) >= hundredths(self.rubric.pass_threshold.0) {
                    Verdict::Pass
                } else {
                    Verdict::Fail
                }
            }
            _ => Verdict::Incomplete,
        }
    }
}

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
    fn verdict_waits_for_every_criterion() {
        assert_eq!(scored(&[1.0, 1.0], &[5]).verdict(), Verdict::Incomplete);
    }

    #[test]
    fn verdict_passes_at_exactly_the_threshold() {
        let mut c = scored(&[1.0, 1.0, 1.0], &[3, 3, 4]);
        c.rubric.pass_threshold = PassThreshold(3.33);
        assert_eq!(c.verdict(), Verdict::Pass);
        c.rubric.pass_threshold = PassThreshold(3.34);
        assert_eq!(c.verdict(), Verdict::Fail);
    }
}
