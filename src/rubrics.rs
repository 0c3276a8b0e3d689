//! The built-in rubrics, read from `rubrics/*.json`: the same format users import.

use crate::model::hints::{HintLists, HintListsFile};
use crate::model::{format::decode_rubric, Rubric};
use std::sync::OnceLock;

/// The JSON text of every built-in rubric, in menu order.
pub const BUILT_IN: &[&str] = &[
    include_str!("../rubrics/backend-technical.json"),
    include_str!("../rubrics/backend-prescreen.json"),
    include_str!("../rubrics/backend-behavioral.json"),
    include_str!("../rubrics/recruiter-screen.json"),
];

/// The built-in rubrics. They are checked by tests, so decoding them cannot fail at run time.
/// Decoded once (the app's start decodes them in a task of their own: `ui::app::start`).
pub fn built_in() -> Vec<Rubric> {
    static KITS: OnceLock<Vec<Rubric>> = OnceLock::new();
    KITS.get_or_init(|| {
        BUILT_IN
            .iter()
            .map(|text| decode_rubric(text).expect("built-in rubrics are valid"))
            .collect()
    })
    .clone()
}

/// The JSON text of the note-hint word lists (verdicts, topics not to record), a team can extend.
pub const NOTE_HINTS: &str = include_str!("../rubrics/note-hints.json");

/// The note-hint word lists, read once. Checked by a test, so reading them cannot fail at run time.
pub fn note_hints() -> &'static HintLists {
    static LISTS: OnceLock<HintLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let file: HintListsFile = serde_json::from_str(NOTE_HINTS).expect("note hints are valid");
        HintLists::new(&file)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_hint_lists_read_and_every_entry_holds_a_word() {
        let file: HintListsFile = serde_json::from_str(NOTE_HINTS).unwrap();
        assert!(HintLists::empty_entries(&file).is_empty());
        assert!(file.verdicts.len() >= 5 && file.topics.len() == 8);
        let lists = note_hints();
        assert!(crate::model::hints::note_hint("seems great", lists).is_some());
    }

    #[test]
    fn every_built_in_rubric_decodes_and_is_valid() {
        let rubrics = built_in();
        assert_eq!(rubrics.len(), BUILT_IN.len());
        for r in &rubrics {
            assert!(r.problems().is_empty(), "{}: {:?}", r.id, r.problems());
            assert_eq!(r.recommendations.len(), 4, "{}", r.id);
            for c in &r.criteria {
                assert!(!c.strong_signal.is_empty() && !c.weak_signal.is_empty());
                assert!(c.levels.iter().all(|l| !l.trim().is_empty()), "{}", c.id);
            }
        }
    }

    #[test]
    fn every_built_in_criterion_anchors_all_five_levels_with_distinct_texts() {
        use std::collections::HashSet;
        for r in built_in() {
            for c in &r.criteria {
                let texts: HashSet<_> = c.levels.iter().map(|l| l.trim()).collect();
                assert!(!texts.contains(""), "{}/{}: an empty anchor", r.id, c.id);
                assert_eq!(texts.len(), 5, "{}/{}: anchors repeat", r.id, c.id);
            }
        }
    }

    #[test]
    fn the_technical_screen_covers_the_five_areas_and_three_red_flags() {
        let r = built_in()
            .into_iter()
            .find(|r| r.id == "backend-technical")
            .unwrap();
        let titles: Vec<_> = r.criteria.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "API design",
                "Databases and query performance",
                "Concurrency and distributed systems",
                "Error handling and observability",
                "Security fundamentals"
            ]
        );
        assert_eq!(r.red_flags.len(), 3);
        // The sample questions became bank questions: three per criterion, tied to it, each
        // with follow-ups.
        for c in &r.criteria {
            let tied: Vec<_> = r
                .question_bank
                .iter()
                .filter(|q| r.criterion_of(q).map(|k| k.id.as_str()) == Some(c.id.as_str()))
                .collect();
            assert_eq!(tied.len(), 3, "{}", c.id);
            assert!(tied.iter().all(|q| q.follow_ups.len() >= 2), "{}", c.id);
            assert!(c.questions.is_empty(), "{}: moved to the bank", c.id);
        }
        assert_eq!(r.question_bank.len(), 15);
    }

    #[test]
    fn every_built_in_kit_has_a_question_bank_that_fits_its_plan() {
        for r in built_in() {
            assert!(!r.question_bank.is_empty(), "{} has no question bank", r.id);
            assert!(
                r.question_bank.len() >= r.plan.max,
                "{}: the bank must offer at least the plan's {} questions",
                r.id,
                r.plan.max
            );
            for q in &r.question_bank {
                if let Some(id) = &q.criterion {
                    assert!(r.criterion(id).is_some(), "{}: {} ties to {id}", r.id, q.id);
                }
            }
        }
    }

    #[test]
    fn the_pre_screen_has_twenty_questions_of_four_types_and_ids_are_unique() {
        use crate::model::QuestionKind;
        use std::collections::HashSet;
        let rubrics = built_in();
        let pre = rubrics
            .iter()
            .find(|r| r.id == "backend-prescreen")
            .unwrap();
        assert_eq!(pre.question_bank.len(), 20);
        let kinds: HashSet<_> = pre.question_bank.iter().map(|q| q.kind).collect();
        let expected: HashSet<_> = [
            QuestionKind::General,
            QuestionKind::Experience,
            QuestionKind::Behavioral,
            QuestionKind::Situational,
        ]
        .into_iter()
        .collect();
        assert_eq!(kinds, expected);
        for r in &rubrics {
            let mut ids = HashSet::new();
            for q in &r.question_bank {
                assert!(
                    ids.insert(q.id.as_str()),
                    "{}: duplicate question id {}",
                    r.id,
                    q.id
                );
            }
        }
    }
}
