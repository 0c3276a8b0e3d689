//! A rubric (interview kit): the criteria an interviewer scores, their signals, red flags,
//! the recommendation scale and the pass threshold fixed before the first call.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The four-level overall recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    StrongHire,
    Hire,
    NoHire,
    StrongNoHire,
}

impl Recommendation {
    pub const ALL: [Recommendation; 4] = [
        Recommendation::StrongHire,
        Recommendation::Hire,
        Recommendation::NoHire,
        Recommendation::StrongNoHire,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Recommendation::StrongHire => "Strong Hire",
            Recommendation::Hire => "Hire",
            Recommendation::NoHire => "No Hire",
            Recommendation::StrongNoHire => "Strong No Hire",
        }
    }

    /// Stable identifier used in storage, exports and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::StrongHire => "strong_hire",
            Recommendation::Hire => "hire",
            Recommendation::NoHire => "no_hire",
            Recommendation::StrongNoHire => "strong_no_hire",
        }
    }

    pub fn is_positive(self) -> bool {
        matches!(self, Recommendation::StrongHire | Recommendation::Hire)
    }
}

/// What one recommendation level means in this rubric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecommendationGuide {
    pub value: Recommendation,
    pub guidance: String,
}

/// The weighted average (on the 1-5 scale) a candidate must reach to pass.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PassThreshold(pub f64);

impl PassThreshold {
    pub fn is_valid(self) -> bool {
        self.0.is_finite() && (1.0..=5.0).contains(&self.0)
    }
}

impl Default for PassThreshold {
    fn default() -> Self {
        PassThreshold(3.0)
    }
}

/// One thing the interviewer scores 1-5.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub title: String,
    /// What the criterion assesses, in one sentence.
    pub assesses: String,
    /// Relative weight in the weighted score; must be positive.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// What an answer at each level 1-5 sounds like (index 0 is level 1).
    pub levels: [String; 5],
    pub strong_signal: String,
    pub weak_signal: String,
    #[serde(default)]
    pub questions: Vec<String>,
}

fn default_weight() -> f64 {
    1.0
}

fn default_minutes() -> u32 {
    30
}

/// An interview kit. Scorecards keep a snapshot of the rubric they were scored with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rubric {
    pub id: String,
    pub title: String,
    pub role: String,
    #[serde(default)]
    pub summary: String,
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub red_flags: Vec<String>,
    #[serde(default = "default_recommendations")]
    pub recommendations: Vec<RecommendationGuide>,
    #[serde(default)]
    pub pass_threshold: PassThreshold,
    /// Planned call length in minutes.
    #[serde(default = "default_minutes")]
    pub planned_minutes: u32,
}

/// The scale with generic guidance, for rubrics that do not say their own.
pub fn default_recommendations() -> Vec<RecommendationGuide> {
    let guidance = [
        "Clearly above the bar on most criteria; you would argue for this person.",
        "At or above the bar; no serious gaps.",
        "Below the bar on an important criterion.",
        "Well below the bar, or a red flag that rules the candidate out.",
    ];
    Recommendation::ALL
        .into_iter()
        .zip(guidance)
        .map(|(value, guidance)| RecommendationGuide {
            value,
            guidance: guidance.to_string(),
        })
        .collect()
}

/// A rule a rubric breaks; `field` names where the message belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RubricProblem {
    pub field: String,
    pub message: String,
}

impl fmt::Display for RubricProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl Rubric {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn guidance(&self, value: Recommendation) -> Option<&str> {
        self.recommendations
            .iter()
            .find(|g| g.value == value)
            .map(|g| g.guidance.as_str())
    }

    /// Every rule the rubric breaks; empty when it can be saved and scored.
    pub fn problems(&self) -> Vec<RubricProblem> {
        let mut problems = Vec::new();
        let mut add = |field: String, message: &str| {
            problems.push(RubricProblem {
                field,
                message: message.to_string(),
            })
        };
        if self.id.trim().is_empty() {
            add("id".into(), "The rubric needs an id.");
        }
        if self.title.trim().is_empty() {
            add("title".into(), "Give the rubric a title.");
        }
        if self.criteria.is_empty() {
            add("criteria".into(), "Add at least one criterion.");
        }
        if !self.pass_threshold.is_valid() {
            add(
                "pass_threshold".into(),
                "The pass threshold must be between 1 and 5.",
            );
        }
        if self.planned_minutes == 0 {
            add(
                "planned_minutes".into(),
                "The planned call length must be at least one minute.",
            );
        }
        let mut ids = HashSet::new();
        let mut titles = HashSet::new();
        for (i, c) in self.criteria.iter().enumerate() {
            let field = |name: &str| format!("criteria[{i}].{name}");
            if c.id.trim().is_empty() {
                add(field("id"), "Each criterion needs an id.");
            } else if !ids.insert(c.id.as_str()) {
                add(field("id"), "Two criteria share this id.");
            }
            if c.title.trim().is_empty() {
                add(field("title"), "Give the criterion a title.");
            } else if !titles.insert(c.title.trim().to_lowercase()) {
                add(field("title"), "Two criteria share this title.");
            }
            if !(c.weight.is_finite() && c.weight > 0.0) {
                add(field("weight"), "The weight must be a positive number.");
            }
        }
        problems
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn criterion(id: &str, weight: f64) -> Criterion {
        Criterion {
            id: id.to_string(),
            title: format!("Title {id}"),
            assesses: "something".into(),
            weight,
            levels: ["1", "2", "3", "4", "5"].map(String::from),
            strong_signal: "strong".into(),
            weak_signal: "weak".into(),
            questions: vec![],
        }
    }

    pub fn rubric(weights: &[f64]) -> Rubric {
        Rubric {
            id: "r".into(),
            title: "Test rubric".into(),
            role: "Backend Engineer".into(),
            summary: String::new(),
            criteria: weights
                .iter()
                .enumerate()
                .map(|(i, w)| criterion(&format!("c{i}"), *w))
                .collect(),
            red_flags: vec![],
            recommendations: default_recommendations(),
            pass_threshold: PassThreshold(3.0),
            planned_minutes: 30,
        }
    }

    #[test]
    fn a_sound_rubric_has_no_problems() {
        assert!(rubric(&[1.0, 2.0]).problems().is_empty());
    }

    #[test]
    fn problems_name_their_field() {
        let mut r = rubric(&[1.0, 0.0]);
        r.title = "  ".into();
        r.pass_threshold = PassThreshold(6.0);
        r.criteria.push(criterion("c0", 1.0));
        let fields: Vec<_> = r.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "title",
                "pass_threshold",
                "criteria[1].weight",
                "criteria[2].id",
                "criteria[2].title"
            ]
        );
    }

    #[test]
    fn missing_optional_fields_take_defaults() {
        let json = r#"{"id":"x","title":"T","role":"R","criteria":[{"id":"a","title":"A",
            "assesses":"s","levels":["1","2","3","4","5"],"strong_signal":"s","weak_signal":"w"}]}"#;
        let r: Rubric = serde_json::from_str(json).unwrap();
        assert_eq!(r.criteria[0].weight, 1.0);
        assert_eq!(r.pass_threshold, PassThreshold(3.0));
        assert_eq!(r.planned_minutes, 30);
        assert_eq!(r.recommendations.len(), 4);
        assert!(r.guidance(Recommendation::Hire).is_some());
    }

    #[test]
    fn recommendation_labels_and_ids() {
        let labels: Vec<_> = Recommendation::ALL.iter().map(|r| r.label()).collect();
        assert_eq!(labels, ["Strong Hire", "Hire", "No Hire", "Strong No Hire"]);
        assert_eq!(
            serde_json::to_string(&Recommendation::StrongNoHire).unwrap(),
            "\"strong_no_hire\""
        );
        assert!(Recommendation::Hire.is_positive() && !Recommendation::NoHire.is_positive());
    }
}
