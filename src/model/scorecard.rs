//! One candidate's scorecard: scores and notes against a snapshot of the rubric it was scored
//! with. Every change goes through a method here, which also stamps `updated_at`.

use super::{QuestionKind, Recommendation, Rubric, Score, StarL};
use serde::{Deserialize, Serialize};

/// Where a scorecard is in its life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    InCall,
    Completed,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Draft => "Draft",
            Status::InCall => "In call",
            Status::Completed => "Completed",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InCall => "in_call",
            Status::Completed => "completed",
        }
    }
}

/// The score and notes for one criterion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionScore {
    pub criterion_id: String,
    #[serde(default)]
    pub score: Option<Score>,
    #[serde(default)]
    pub notes: String,
}

/// A question picked for this call, from the bank or added ad hoc during it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AskedQuestion {
    /// The bank question's id, or `adhoc-N` for one added during the call.
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    #[serde(default)]
    pub ad_hoc: bool,
    #[serde(default)]
    pub score: Option<Score>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub star: StarL,
}

/// Which way to move a picked question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// What the interviewer types to start a scorecard.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewScorecard {
    pub candidate: String,
    pub role: String,
    pub interviewer: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    pub id: String,
    pub candidate: String,
    pub role: String,
    #[serde(default)]
    pub interviewer: String,
    /// Local calendar date of the interview, `YYYY-MM-DD`.
    pub date: String,
    /// The rubric as it was when this scorecard started; later edits to the rubric never reach it.
    pub rubric: Rubric,
    /// One entry per rubric criterion, in rubric order.
    pub criteria: Vec<CriterionScore>,
    /// The questions picked for the call, in the order they will be asked.
    #[serde(default)]
    pub questions: Vec<AskedQuestion>,
    #[serde(default)]
    pub recommendation: Option<Recommendation>,
    #[serde(default)]
    pub notes: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(default)]
    pub status: Status,
}

impl Scorecard {
    /// A fresh draft against `rubric`. The role falls back to the rubric's.
    pub fn start(id: String, new: NewScorecard, rubric: Rubric, date: String, now: i64) -> Self {
        let role = match new.role.trim() {
            "" => rubric.role.clone(),
            role => role.to_string(),
        };
        let mut card = Scorecard {
            id,
            candidate: new.candidate.trim().to_string(),
            role,
            interviewer: new.interviewer.trim().to_string(),
            date,
            rubric,
            criteria: Vec::new(),
            questions: Vec::new(),
            recommendation: None,
            notes: String::new(),
            created_at: now,
            updated_at: now,
            status: Status::Draft,
        };
        card.normalize();
        card
    }

    /// Makes `criteria` hold exactly one entry per rubric criterion, in rubric order, keeping
    /// what was there. Used after loading a document that may have been edited by hand.
    pub fn normalize(&mut self) {
        let mut old = std::mem::take(&mut self.criteria);
        self.criteria = self
            .rubric
            .criteria
            .iter()
            .map(|c| match old.iter().position(|e| e.criterion_id == c.id) {
                Some(i) => old.swap_remove(i),
                None => CriterionScore {
                    criterion_id: c.id.clone(),
                    score: None,
                    notes: String::new(),
                },
            })
            .collect();
    }

    pub fn entry(&self, criterion_id: &str) -> Option<&CriterionScore> {
        self.criteria
            .iter()
            .find(|e| e.criterion_id == criterion_id)
    }

    pub fn score_of(&self, criterion_id: &str) -> Option<Score> {
        self.entry(criterion_id).and_then(|e| e.score)
    }

    fn entry_mut(&mut self, criterion_id: &str) -> Option<&mut CriterionScore> {
        self.criteria
            .iter_mut()
            .find(|e| e.criterion_id == criterion_id)
    }

    /// Sets or clears a criterion's score. Returns false (and changes nothing) for an unknown id.
    pub fn set_score(&mut self, criterion_id: &str, score: Option<Score>, now: i64) -> bool {
        let Some(entry) = self.entry_mut(criterion_id) else {
            return false;
        };
        entry.score = score;
        self.touch(now);
        true
    }

    pub fn set_criterion_notes(&mut self, criterion_id: &str, notes: String, now: i64) -> bool {
        let Some(entry) = self.entry_mut(criterion_id) else {
            return false;
        };
        entry.notes = notes;
        self.touch(now);
        true
    }

    pub fn set_recommendation(&mut self, recommendation: Option<Recommendation>, now: i64) {
        self.recommendation = recommendation;
        self.touch(now);
    }

    pub fn set_notes(&mut self, notes: String, now: i64) {
        self.notes = notes;
        self.touch(now);
    }

    pub fn set_status(&mut self, status: Status, now: i64) {
        self.status = status;
        self.touch(now);
    }

    pub fn question(&self, id: &str) -> Option<&AskedQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    fn question_mut(&mut self, id: &str) -> Option<&mut AskedQuestion> {
        self.questions.iter_mut().find(|q| q.id == id)
    }

    pub fn is_picked(&self, bank_id: &str) -> bool {
        self.question(bank_id).is_some()
    }

    /// Adds a bank question to the end of the call's list. False if unknown or already picked.
    pub fn pick_question(&mut self, bank_id: &str, now: i64) -> bool {
        if self.is_picked(bank_id) {
            return false;
        }
        let Some(q) = self.rubric.question(bank_id) else {
            return false;
        };
        self.questions.push(AskedQuestion {
            id: q.id.clone(),
            kind: q.kind,
            text: q.text.clone(),
            ad_hoc: false,
            score: None,
            notes: String::new(),
            star: StarL::default(),
        });
        self.touch(now);
        true
    }

    /// Removes a picked question (its score and notes go with it).
    pub fn unpick_question(&mut self, id: &str, now: i64) -> bool {
        let before = self.questions.len();
        self.questions.retain(|q| q.id != id);
        let removed = self.questions.len() != before;
        if removed {
            self.touch(now);
        }
        removed
    }

    /// Moves a picked question one place up or down. False at either end.
    pub fn move_question(&mut self, id: &str, direction: Move, now: i64) -> bool {
        let Some(i) = self.questions.iter().position(|q| q.id == id) else {
            return false;
        };
        let j = match direction {
            Move::Up if i > 0 => i - 1,
            Move::Down if i + 1 < self.questions.len() => i + 1,
            _ => return false,
        };
        self.questions.swap(i, j);
        self.touch(now);
        true
    }

    /// Adds a question asked on the spot. Returns its id; `None` for empty text.
    pub fn add_ad_hoc_question(
        &mut self,
        text: &str,
        kind: QuestionKind,
        now: i64,
    ) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let n = (1..)
            .find(|n| !self.questions.iter().any(|q| q.id == format!("adhoc-{n}")))
            .expect("some number is free");
        let id = format!("adhoc-{n}");
        self.questions.push(AskedQuestion {
            id: id.clone(),
            kind,
            text: text.to_string(),
            ad_hoc: true,
            score: None,
            notes: String::new(),
            star: StarL::default(),
        });
        self.touch(now);
        Some(id)
    }

    pub fn set_answer_score(&mut self, id: &str, score: Option<Score>, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.score = score;
        self.touch(now);
        true
    }

    pub fn set_answer_notes(&mut self, id: &str, notes: String, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.notes = notes;
        self.touch(now);
        true
    }

    pub fn set_star(&mut self, id: &str, star: StarL, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.star = star;
        self.touch(now);
        true
    }

    /// The kinds of the picked questions, in order, for the mix check.
    pub fn picked_kinds(&self) -> Vec<QuestionKind> {
        self.questions.iter().map(|q| q.kind).collect()
    }

    /// Warnings when the picked questions miss the rubric's recommended count or mix.
    pub fn pick_warnings(&self) -> Vec<String> {
        if self.rubric.question_bank.is_empty() {
            return Vec::new();
        }
        self.rubric.plan.warnings(&self.picked_kinds())
    }

    /// Stamps the change time; never moves it backwards if the clock does.
    fn touch(&mut self, now: i64) {
        self.updated_at = self.updated_at.max(now);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::rubric::tests::rubric;

    pub fn card(weights: &[f64]) -> Scorecard {
        let new = NewScorecard {
            candidate: " Ada Lovelace ".into(),
            role: String::new(),
            interviewer: "Grace".into(),
        };
        Scorecard::start(
            "id1".into(),
            new,
            rubric(weights),
            "2026-11-22".into(),
            1_000,
        )
    }

    #[test]
    fn start_trims_names_and_takes_the_rubric_role() {
        let c = card(&[1.0, 1.0]);
        assert_eq!(c.candidate, "Ada Lovelace");
        assert_eq!(c.role, "Backend Engineer");
        assert_eq!(c.criteria.len(), 2);
        assert_eq!(c.status, Status::Draft);
    }

    #[test]
    fn setting_a_score_stamps_the_change() {
        let mut c = card(&[1.0]);
        assert!(c.set_score("c0", Score::new(4), 2_000));
        assert_eq!(c.score_of("c0"), Score::new(4));
        assert_eq!(c.updated_at, 2_000);
        assert!(!c.set_score("nope", Score::new(4), 3_000));
        assert_eq!(c.updated_at, 2_000);
    }

    #[test]
    fn the_clock_going_backwards_never_moves_updated_at_back() {
        let mut c = card(&[1.0]);
        c.set_notes("x".into(), 500);
        assert_eq!(c.updated_at, 1_000);
    }

    fn bank_card() -> Scorecard {
        use crate::model::Question;
        let mut c = card(&[1.0]);
        for (id, kind) in [
            ("q1", QuestionKind::Experience),
            ("q2", QuestionKind::Behavioral),
            ("q3", QuestionKind::Situational),
        ] {
            c.rubric.question_bank.push(Question {
                id: id.into(),
                kind,
                text: format!("{id}?"),
                look_for: String::new(),
                red_flag: String::new(),
                target_seconds: None,
            });
        }
        c
    }

    #[test]
    fn picking_copies_bank_questions_once_and_in_order() {
        let mut c = bank_card();
        assert!(c.pick_question("q2", 2_000));
        assert!(c.pick_question("q1", 2_001));
        assert!(!c.pick_question("q2", 2_002), "already picked");
        assert!(!c.pick_question("nope", 2_002));
        let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["q2", "q1"]);
        assert_eq!(c.questions[0].kind, QuestionKind::Behavioral);
        assert_eq!(c.updated_at, 2_001);
    }

    #[test]
    fn picked_questions_reorder_and_unpick() {
        let mut c = bank_card();
        for id in ["q1", "q2", "q3"] {
            c.pick_question(id, 0);
        }
        assert!(c.move_question("q3", Move::Up, 0));
        assert!(!c.move_question("q1", Move::Up, 0), "already first");
        assert!(!c.move_question("q2", Move::Down, 0), "already last");
        let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["q1", "q3", "q2"]);
        assert!(c.unpick_question("q3", 0));
        assert!(!c.unpick_question("q3", 0));
        assert_eq!(c.questions.len(), 2);
    }

    #[test]
    fn ad_hoc_questions_get_fresh_ids_and_need_text() {
        let mut c = bank_card();
        assert_eq!(
            c.add_ad_hoc_question("  ", QuestionKind::Technical, 0),
            None
        );
        let a = c
            .add_ad_hoc_question(" Why Rust? ", QuestionKind::Motivation, 0)
            .unwrap();
        let b = c
            .add_ad_hoc_question("And Go?", QuestionKind::Motivation, 0)
            .unwrap();
        assert_eq!((a.as_str(), b.as_str()), ("adhoc-1", "adhoc-2"));
        c.unpick_question("adhoc-1", 0);
        let again = c
            .add_ad_hoc_question("Again?", QuestionKind::General, 0)
            .unwrap();
        assert_eq!(again, "adhoc-1");
        assert_eq!(c.question("adhoc-2").unwrap().text, "And Go?");
        assert!(c.question("adhoc-2").unwrap().ad_hoc);
    }

    #[test]
    fn answers_take_scores_notes_and_star_l() {
        let mut c = bank_card();
        c.pick_question("q2", 0);
        assert!(c.set_answer_score("q2", Score::new(4), 1));
        assert!(c.set_answer_notes("q2", "led the rollback".into(), 2));
        let star = StarL {
            situation: true,
            action: true,
            ..StarL::default()
        };
        assert!(c.set_star("q2", star, 3));
        let q = c.question("q2").unwrap();
        assert_eq!(
            (q.score, q.notes.as_str(), q.star),
            (Score::new(4), "led the rollback", star)
        );
        assert!(!c.set_answer_score("q9", Score::new(1), 4));
    }

    #[test]
    fn pick_warnings_only_for_rubrics_with_a_bank() {
        let mut c = bank_card();
        c.pick_question("q1", 0);
        assert!(!c.pick_warnings().is_empty());
        c.rubric.question_bank.clear();
        assert!(c.pick_warnings().is_empty());
    }

    #[test]
    fn normalize_keeps_known_entries_in_rubric_order_and_fills_gaps() {
        let mut c = card(&[1.0, 1.0, 1.0]);
        c.criteria = vec![
            CriterionScore {
                criterion_id: "c2".into(),
                score: Score::new(5),
                notes: "n".into(),
            },
            CriterionScore {
                criterion_id: "gone".into(),
                score: Score::new(1),
                notes: String::new(),
            },
        ];
        c.normalize();
        let ids: Vec<_> = c.criteria.iter().map(|e| e.criterion_id.as_str()).collect();
        assert_eq!(ids, ["c0", "c1", "c2"]);
        assert_eq!(c.score_of("c2"), Score::new(5));
        assert_eq!(c.entry("c2").unwrap().notes, "n");
    }
}
