//! The four-level overall recommendation, and what each level means in a rubric (its labels
//! are with the other words, in [`super::words`]).

use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

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
