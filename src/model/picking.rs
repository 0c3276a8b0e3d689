//! Questions on a scorecard: picking from the rubric's bank, reordering, ad-hoc questions,
//! answer scores, notes and STAR-L checks, and the recommended-mix warnings.

use super::scorecard::{AskedQuestion, Move, Scorecard};
use super::{QuestionKind, Score, StarL};

impl Scorecard {
    pub fn question(&self, id: &str) -> Option<&AskedQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub(crate) fn question_mut(&mut self, id: &str) -> Option<&mut AskedQuestion> {
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
        self.questions.push(AskedQuestion::new(
            q.id.clone(),
            q.kind,
            q.text.clone(),
            false,
        ));
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
        self.questions
            .push(AskedQuestion::new(id.clone(), kind, text.to_string(), true));
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
}

#[cfg(test)]
mod tests {
    use crate::model::scorecard::tests::card;
    use crate::model::{Move, QuestionKind, Score, Scorecard, StarL};

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
}
