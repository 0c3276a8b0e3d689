//! The question bank: typed questions with interviewer guidance, the recommended mix of a
//! 6-8 question call, and the checks that warn (never block) when a selection misses it.

use super::rubric::{Criterion, Rubric};
use serde::{Deserialize, Serialize};

/// What a question is after; decides its guidance, answer-length target and STAR-L checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    General,
    Experience,
    Behavioral,
    Situational,
    Technical,
    Motivation,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::General,
        QuestionKind::Experience,
        QuestionKind::Behavioral,
        QuestionKind::Situational,
        QuestionKind::Technical,
        QuestionKind::Motivation,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::General => "General",
            QuestionKind::Experience => "Experience",
            QuestionKind::Behavioral => "Behavioral",
            QuestionKind::Situational => "Situational",
            QuestionKind::Technical => "Technical",
            QuestionKind::Motivation => "Motivation",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::General => "general",
            QuestionKind::Experience => "experience",
            QuestionKind::Behavioral => "behavioral",
            QuestionKind::Situational => "situational",
            QuestionKind::Technical => "technical",
            QuestionKind::Motivation => "motivation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How long a good answer runs, in seconds: 60-90 s behavioral, up to 2 min technical.
    pub fn default_target_seconds(self) -> u32 {
        match self {
            QuestionKind::Behavioral | QuestionKind::Situational => 90,
            QuestionKind::Experience | QuestionKind::Technical => 120,
            QuestionKind::General | QuestionKind::Motivation => 90,
        }
    }

    /// Behavioral answers are checked against Situation, Task, Action, Result, Learning.
    pub fn uses_star_l(self) -> bool {
        self == QuestionKind::Behavioral
    }
}

/// One question in a rubric's bank.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    /// What a strong answer shows; falls back to the kind's guidance when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub look_for: String,
    /// What should worry the interviewer; falls back to the kind's guidance when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub red_flag: String,
    /// Answer-length target in seconds; the kind's default when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_seconds: Option<u32>,
    /// The id of the criterion this question probes, if any. An id no criterion has is read
    /// as no tie, so deleting a criterion never makes a kit unsavable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
    /// Follow-up questions to dig deeper, shown on the asked question's card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<String>,
    /// What an answer at each level 1-5 sounds like, when scored; the kind's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<[String; 5]>,
}

impl Question {
    /// A question with no tips, target, criterion or follow-ups of its own.
    pub fn new(id: String, kind: QuestionKind, text: String) -> Self {
        Question {
            id,
            kind,
            text,
            look_for: String::new(),
            red_flag: String::new(),
            target_seconds: None,
            criterion: None,
            follow_ups: Vec::new(),
            levels: None,
        }
    }

    pub fn target_seconds(&self) -> u32 {
        self.target_seconds
            .unwrap_or_else(|| self.kind.default_target_seconds())
    }
}

impl Rubric {
    /// The criterion a bank question probes; `None` when it names none, or one not in the rubric.
    pub fn criterion_of(&self, question: &Question) -> Option<&Criterion> {
        question
            .criterion
            .as_deref()
            .and_then(|id| self.criterion(id))
    }

    /// The anchors of a scored answer: the question's own levels, else its kind's.
    pub fn answer_levels<'a>(&'a self, question: &'a Question) -> Option<&'a [String; 5]> {
        question.levels.as_ref().or_else(|| {
            self.kind_guidance(question.kind)
                .and_then(|g| g.levels.as_ref())
        })
    }
}

/// Interviewer guidance shared by every question of one kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KindGuidance {
    pub kind: QuestionKind,
    pub look_for: String,
    pub red_flag: String,
    /// What an answer of this kind sounds like at each level 1-5 (index 0 is level 1), for
    /// rubrics that score answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<[String; 5]>,
}

/// "At least `at_least` questions of these kinds", one line of the recommended mix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MixRule {
    /// The rule's noun phrase, read after "Pick at least N", e.g. "behavioral questions asking
    /// for past examples".
    pub label: String,
    pub kinds: Vec<QuestionKind>,
    pub at_least: usize,
}

/// How many questions a call should have, and their mix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionPlan {
    pub min: usize,
    pub max: usize,
    #[serde(default)]
    pub mix: Vec<MixRule>,
}

impl Default for QuestionPlan {
    /// The seeds' advice: 6-8 questions; at least one on background and track record, two
    /// behavioral asking for past examples, one situational or motivation.
    fn default() -> Self {
        QuestionPlan {
            min: 6,
            max: 8,
            mix: vec![
                MixRule {
                    label: "question on background and track record".into(),
                    kinds: vec![QuestionKind::General, QuestionKind::Experience],
                    at_least: 1,
                },
                MixRule {
                    label: "behavioral questions asking for past examples".into(),
                    kinds: vec![QuestionKind::Behavioral],
                    at_least: 2,
                },
                MixRule {
                    label: "situational or motivation question".into(),
                    kinds: vec![QuestionKind::Situational, QuestionKind::Motivation],
                    at_least: 1,
                },
            ],
        }
    }
}

impl QuestionPlan {
    /// Warnings for a selection of question kinds; empty when it follows the plan.
    pub fn warnings(&self, picked: &[QuestionKind]) -> Vec<String> {
        let mut warnings = Vec::new();
        let n = picked.len();
        if n < self.min {
            warnings.push(format!(
                "{n} picked: pick at least {} questions for comparable calls.",
                self.min
            ));
        } else if n > self.max {
            warnings.push(format!(
                "{n} picked: more than {} questions rarely fit the slot; focused calls compare better.",
                self.max
            ));
        }
        for rule in &self.mix {
            let have = picked.iter().filter(|k| rule.kinds.contains(k)).count();
            if have < rule.at_least {
                warnings.push(format!(
                    "Pick at least {} {} ({have} so far).",
                    rule.at_least, rule.label
                ));
            }
        }
        warnings
    }
}

/// Which STAR-L parts an answer covered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StarL {
    #[serde(default)]
    pub situation: bool,
    #[serde(default)]
    pub task: bool,
    #[serde(default)]
    pub action: bool,
    #[serde(default)]
    pub result: bool,
    #[serde(default)]
    pub learning: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuestionKind::*;

    #[test]
    fn the_default_plan_accepts_the_recommended_mix() {
        let plan = QuestionPlan::default();
        let picked = [
            Experience,
            General,
            Behavioral,
            Behavioral,
            Situational,
            Technical,
        ];
        assert_eq!(plan.warnings(&picked), Vec::<String>::new());
    }

    #[test]
    fn too_few_questions_and_a_missing_mix_each_warn() {
        let warnings = QuestionPlan::default().warnings(&[Behavioral, Technical]);
        assert_eq!(
            warnings,
            [
                "2 picked: pick at least 6 questions for comparable calls.",
                "Pick at least 1 question on background and track record (0 so far).",
                "Pick at least 2 behavioral questions asking for past examples (1 so far).",
                "Pick at least 1 situational or motivation question (0 so far).",
            ]
        );
    }

    #[test]
    fn too_many_questions_warn() {
        let picked = [
            General, Behavioral, Behavioral, Motivation, Technical, Technical, Technical,
            Technical, Technical,
        ];
        let warnings = QuestionPlan::default().warnings(&picked);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("9 picked: more than 8"));
    }

    #[test]
    fn targets_follow_the_kind_unless_set() {
        let mut q = Question::new("q".into(), Behavioral, "t".into());
        assert_eq!(q.target_seconds(), 90);
        q.kind = Technical;
        assert_eq!(q.target_seconds(), 120);
        q.target_seconds = Some(60);
        assert_eq!(q.target_seconds(), 60);
        assert!(Behavioral.uses_star_l() && !Technical.uses_star_l());
        assert_eq!(QuestionKind::parse("situational"), Some(Situational));
    }

    #[test]
    fn answer_anchors_are_the_question_own_else_its_kind_guidance() {
        let mut r = crate::model::rubric::tests::rubric(&[1.0]);
        let kind_levels = ["k1", "k2", "k3", "k4", "k5"].map(String::from);
        r.question_guidance = vec![KindGuidance {
            kind: Behavioral,
            look_for: String::new(),
            red_flag: String::new(),
            levels: Some(kind_levels.clone()),
        }];
        let mut q = Question::new("q".into(), Behavioral, "t".into());
        assert_eq!(r.answer_levels(&q), Some(&kind_levels));
        let own = ["o1", "o2", "o3", "o4", "o5"].map(String::from);
        q.levels = Some(own.clone());
        assert_eq!(r.answer_levels(&q), Some(&own));
        q.levels = None;
        q.kind = Technical;
        assert_eq!(r.answer_levels(&q), None);
    }

    #[test]
    fn every_answer_scored_question_of_every_built_in_kit_has_five_distinct_anchors() {
        use std::collections::HashSet;
        let kits: Vec<_> = crate::rubrics::built_in()
            .into_iter()
            .filter(|r| r.score_answers)
            .collect();
        assert!(!kits.is_empty());
        for r in &kits {
            for q in &r.question_bank {
                let levels = r.answer_levels(q);
                let levels = levels.unwrap_or_else(|| panic!("{}/{}: no anchors", r.id, q.id));
                let texts: HashSet<_> = levels.iter().map(|l| l.trim()).collect();
                assert!(!texts.contains(""), "{}/{}: an empty anchor", r.id, q.id);
                assert_eq!(texts.len(), 5, "{}/{}: anchors repeat", r.id, q.id);
            }
        }
    }
}
