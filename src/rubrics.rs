//! The built-in rubrics, read from `rubrics/*.json`: the same format users import.
//!
//! Where they are compiled in (native code, tests, the unsplit browser build) they are known
//! at once. The release build (`--features split`) leaves their text out of the first module:
//! the build writes each file beside the app (`scripts/kits.mjs`), the page names them in
//! `<meta name="scorecard-kits">`, and the app fetches them after the first screen is up
//! (`ui/common/kits.rs`), knowing meanwhile only the menu entries of [`CATALOGUE`].

use crate::model::hints::{HintLists, HintListsFile};
use crate::model::{format::decode_rubric, Rubric};
use std::sync::OnceLock;

/// What the start form shows of a built-in kit before its text arrives: held equal to the
/// files by a test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KitEntry {
    pub id: &'static str,
    pub title: &'static str,
    pub role: &'static str,
}

/// The built-in kits, in menu order (the first is the default).
pub const CATALOGUE: &[KitEntry] = &[
    KitEntry {
        id: "backend-technical",
        title: "Backend technical phone screen",
        role: "Backend Engineer",
    },
    KitEntry {
        id: "backend-prescreen",
        title: "Backend pre-screen",
        role: "Backend Engineer",
    },
    KitEntry {
        id: "backend-behavioral",
        title: "Backend behavioral (STAR-L)",
        role: "Backend Engineer",
    },
    KitEntry {
        id: "recruiter-screen",
        title: "Recruiter / hiring-manager phone screen",
        role: "Backend Engineer",
    },
];

/// Whether `id` is a built-in kit's (known before the kits' text arrives).
pub fn is_kit(id: &str) -> bool {
    CATALOGUE.iter().any(|k| k.id == id)
}

/// The JSON text of every built-in rubric, in menu order.
#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
pub const BUILT_IN: &[&str] = &[
    include_str!("../rubrics/backend-technical.json"),
    include_str!("../rubrics/backend-prescreen.json"),
    include_str!("../rubrics/backend-behavioral.json"),
    include_str!("../rubrics/recruiter-screen.json"),
];

static KITS: OnceLock<Vec<Rubric>> = OnceLock::new();

/// The built-in rubrics, compiled in. They are checked by tests, so decoding them cannot fail
/// at run time. Decoded once.
#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
pub fn built_in() -> Vec<Rubric> {
    compiled_in().to_vec()
}

#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
fn compiled_in() -> &'static [Rubric] {
    KITS.get_or_init(|| {
        BUILT_IN
            .iter()
            .map(|text| decode_rubric(text).expect("built-in rubrics are valid"))
            .collect()
    })
}

/// The built-in rubrics once known: at once where they are compiled in; in the split build
/// after [`arrive`], `None` before.
pub fn kits() -> Option<&'static [Rubric]> {
    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
    return Some(compiled_in());
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    KITS.get().map(Vec::as_slice)
}

/// The kits' fetched texts (any order): decoded, and put in [`CATALOGUE`] order. An error names
/// what is wrong (a file that does not decode, a kit missing or not in the catalogue); the
/// kits stay unknown then.
pub fn arrive(texts: &[String]) -> Result<&'static [Rubric], String> {
    if let Some(kits) = KITS.get() {
        return Ok(kits);
    }
    let kits = in_catalogue_order(texts)?;
    Ok(KITS.get_or_init(|| kits))
}

fn in_catalogue_order(texts: &[String]) -> Result<Vec<Rubric>, String> {
    let mut decoded = Vec::with_capacity(texts.len());
    for text in texts {
        decoded.push(decode_rubric(text).map_err(|e| e.to_string())?);
    }
    CATALOGUE
        .iter()
        .map(|entry| {
            let at = decoded.iter().position(|r| r.id == entry.id);
            at.map(|i| decoded.swap_remove(i))
                .ok_or_else(|| format!("the kit \u{201c}{}\u{201d} is missing", entry.title))
        })
        .collect::<Result<Vec<_>, _>>()
        .and_then(|kits| match decoded.first() {
            None => Ok(kits),
            Some(extra) => Err(format!(
                "\u{201c}{}\u{201d} is not a built-in kit",
                extra.id
            )),
        })
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
    fn the_catalogue_names_every_kit_file_in_menu_order_with_its_title_and_role() {
        let kits = built_in();
        let entries: Vec<_> = kits
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str(), r.role.as_str()))
            .collect();
        let catalogue: Vec<_> = CATALOGUE.iter().map(|k| (k.id, k.title, k.role)).collect();
        assert_eq!(entries, catalogue);
        // scripts/kits.mjs writes every rubrics/*.json but the note hints: each must be a kit.
        let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|f| f.ends_with(".json") && f != "note-hints.json")
            .count();
        assert_eq!(files, CATALOGUE.len());
        assert!(is_kit("backend-prescreen") && !is_kit("my-rubric"));
    }

    #[test]
    fn fetched_kits_are_put_in_menu_order_and_a_missing_extra_or_broken_one_is_named() {
        let mut texts: Vec<String> = BUILT_IN.iter().rev().map(|t| t.to_string()).collect();
        let ids: Vec<_> = in_catalogue_order(&texts)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(ids, CATALOGUE.iter().map(|k| k.id).collect::<Vec<_>>());

        let last = texts.pop().unwrap();
        let missing = in_catalogue_order(&texts).unwrap_err();
        assert!(
            missing.contains("Backend technical phone screen"),
            "{missing}"
        );

        texts.push(last.clone());
        texts.push(last.replace("\"backend-technical\"", "\"someone-else\""));
        let extra = in_catalogue_order(&texts).unwrap_err();
        assert!(extra.contains("someone-else"), "{extra}");

        texts.pop();
        texts[0] = "<html>404</html>".into();
        assert!(in_catalogue_order(&texts).is_err());
    }

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
