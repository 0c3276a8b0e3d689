//! Rubric guards from OPM's structured-interview guide: equal weights unless a reason is
//! written down, and five to eight criteria and planned questions. A missing reason is an
//! editor problem (saving waits for it), never a decode problem: old rubrics with unequal
//! weights still load. The size checks only warn.

use super::rubric::{Rubric, RubricProblem};

/// Above this many criteria, or planned questions, the editor warns.
pub const MOST_ADVISED: usize = 8;

impl Rubric {
    /// The most common valid weight (on a tie, the smallest): the weight that needs no reason.
    pub fn usual_weight(&self) -> f64 {
        let valid = |w: f64| w.is_finite() && w > 0.0;
        let mut best: Option<(usize, f64)> = None;
        for c in self.criteria.iter().filter(|c| valid(c.weight)) {
            let n = self
                .criteria
                .iter()
                .filter(|o| o.weight == c.weight)
                .count();
            if best.is_none_or(|(m, w)| n > m || (n == m && c.weight < w)) {
                best = Some((n, c.weight));
            }
        }
        best.map_or(1.0, |(_, w)| w)
    }

    /// Whether criterion `index` weighs differently from the usual weight, so needs a reason.
    pub fn needs_weight_reason(&self, index: usize) -> bool {
        let usual = self.usual_weight();
        self.criteria
            .get(index)
            .is_some_and(|c| c.weight.is_finite() && c.weight > 0.0 && c.weight != usual)
    }

    /// What the editor refuses to save: [`Rubric::problems`] plus each unusual weight without
    /// a one-line reason.
    pub fn editor_problems(&self) -> Vec<RubricProblem> {
        let mut problems = self.problems();
        for (i, c) in self.criteria.iter().enumerate() {
            if self.needs_weight_reason(i) && c.weight_reason.trim().is_empty() {
                problems.push(RubricProblem {
                    field: format!("criteria[{i}].weight_reason"),
                    message: "Say in one line why this weight differs from the others.".into(),
                });
            }
        }
        problems
    }

    /// Advice that never blocks: more than eight criteria or planned questions.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        let n = self.criteria.len();
        if n > MOST_ADVISED {
            warnings.push(format!(
                "{n} criteria: OPM's guide suggests five to eight, so each gets real attention."
            ));
        }
        if self.plan.max > MOST_ADVISED {
            warnings.push(format!(
                "Up to {} planned questions: OPM's guide suggests five to eight per call.",
                self.plan.max
            ));
        }
        warnings
    }
}

#[cfg(test)]
mod tests {
    use crate::model::rubric::tests::rubric;

    fn fields(r: &crate::model::Rubric) -> Vec<String> {
        r.editor_problems().into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn equal_weights_need_no_reason() {
        let r = rubric(&[1.0, 1.0, 1.0]);
        assert!(fields(&r).is_empty());
        assert!(!(0..3).any(|i| r.needs_weight_reason(i)));
        let r = rubric(&[2.0, 2.0]);
        assert!(fields(&r).is_empty(), "all equal at 2 is still equal");
    }

    #[test]
    fn each_weight_off_the_usual_one_needs_a_reason_until_given() {
        let mut r = rubric(&[1.0, 2.0, 1.0, 0.5]);
        assert_eq!(r.usual_weight(), 1.0);
        assert_eq!(
            fields(&r),
            ["criteria[1].weight_reason", "criteria[3].weight_reason"]
        );
        r.criteria[1].weight_reason = "Core of the role".into();
        r.criteria[3].weight_reason = "  ".into();
        assert_eq!(fields(&r), ["criteria[3].weight_reason"]);
        // A tie picks the smallest weight as the usual one.
        assert_eq!(rubric(&[1.0, 2.0]).usual_weight(), 1.0);
        assert_eq!(fields(&rubric(&[3.0, 2.0])), ["criteria[0].weight_reason"]);
    }

    #[test]
    fn a_bad_weight_is_its_own_problem_not_a_missing_reason() {
        let r = rubric(&[1.0, 0.0]);
        assert_eq!(fields(&r), ["criteria[1].weight"]);
    }

    #[test]
    fn unequal_weights_without_reasons_still_decode_and_are_valid() {
        let r = rubric(&[1.0, 2.0]);
        assert!(r.problems().is_empty(), "only the editor asks for reasons");
        let json = serde_json::to_value(&r).unwrap();
        assert!(json["criteria"][0].get("weight_reason").is_none());
        let back: crate::model::Rubric = serde_json::from_value(json).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn more_than_eight_criteria_or_planned_questions_warn_never_block() {
        assert!(rubric(&[1.0; 8]).warnings().is_empty());
        let mut r = rubric(&[1.0; 9]);
        assert_eq!(
            r.warnings(),
            ["9 criteria: OPM's guide suggests five to eight, so each gets real attention."]
        );
        assert!(r.editor_problems().is_empty());
        r.plan.max = 10;
        assert_eq!(r.warnings().len(), 2);
        assert!(r.warnings()[1].starts_with("Up to 10 planned questions"));
    }
}
