//! Tests of `import.rs`, kept apart so the module reads in one sitting.

use super::*;
use crate::model::scorecard::tests::card;
use crate::model::Score;

fn named(id: &str, candidate: &str) -> Scorecard {
    let mut c = card(&[1.0]);
    c.id = id.into();
    c.candidate = candidate.into();
    c
}

fn changed(c: &Scorecard) -> Scorecard {
    let mut c = c.clone();
    c.set_score("c0", Score::new(5), c.updated_at + 1);
    c
}

fn from_file(c: &Scorecard, file: &str) -> Scorecard {
    let mut c = c.clone();
    c.imported_from = Some(file.into());
    c
}

fn ok(name: &str, cards: Vec<Scorecard>) -> (String, Result<Vec<Scorecard>, String>) {
    (name.to_string(), Ok(cards))
}

fn ids(cards: &[Scorecard]) -> Vec<&str> {
    cards.iter().map(|c| c.id.as_str()).collect()
}

fn stored_ids(cards: &[Scorecard]) -> Vec<String> {
    cards.iter().map(|c| c.id.clone()).collect()
}

#[test]
fn cards_split_into_new_same_and_conflicting() {
    let stored = vec![named("a", "Ada"), named("b", "Bob")];
    let incoming = vec![
        named("n1", "New one"),
        stored[0].clone(),
        changed(&stored[1]),
        named("n2", "New two"),
        named("n3", "New three"),
    ];
    let report = plan(&stored, vec![ok("x.json", incoming.clone())]);
    let Outcome::Read {
        new,
        same,
        conflicts,
    } = &report.files[0].outcome
    else {
        panic!("read");
    };
    assert_eq!(ids(new), ["n1", "n2", "n3"]);
    assert_eq!(ids(same), ["a"]);
    assert_eq!(
        conflicts,
        &[Conflict {
            incoming: incoming[2].clone(),
            stored: Some(stored[1].clone()),
        }]
    );
    assert_eq!(
        report.files[0].summary(),
        "3 imported, 1 already here, 1 differs from yours."
    );
    assert_eq!(report.stored_conflicts(), 1);
}

#[test]
fn a_refused_file_says_why_and_adds_nothing() {
    let report = plan(
        &[],
        vec![
            ("bad.json".into(), Err("This is not valid JSON (x).".into())),
            ok("good.json", vec![named("a", "Ada")]),
        ],
    );
    assert_eq!(
        report.files[0],
        FileReport {
            file_name: "bad.json".into(),
            outcome: Outcome::Rejected {
                reason: "This is not valid JSON (x).".into()
            },
        }
    );
    assert_eq!(
        report.files[0].summary(),
        "Rejected: This is not valid JSON (x)."
    );
    assert_eq!(report.files[1].summary(), "1 imported.");
    assert_eq!(ids(&apply(&report, Resolution::Replace, &[])), ["a"]);
}

#[test]
fn summaries_leave_out_empty_counts_and_agree_in_number() {
    let stored = vec![named("a", "Ada"), named("b", "Bob")];
    let report = plan(
        &stored,
        vec![
            ok("same.json", stored.clone()),
            ok("diff.json", vec![changed(&stored[0]), changed(&stored[1])]),
            ok("empty.json", vec![]),
        ],
    );
    let lines: Vec<_> = report.files.iter().map(FileReport::summary).collect();
    assert_eq!(
        lines,
        [
            "2 already here.",
            // Compared with the first incoming cards (identical to the stored ones).
            "2 repeat an earlier card's id with other content (kept as a copy).",
            "No scorecards in this file.",
        ]
    );
}

#[test]
fn replace_keeps_the_id_and_keep_both_adds_a_fresh_one() {
    let stored = vec![named("a", "Ada"), named("a-imported-1", "Taken")];
    let theirs = changed(&stored[0]);
    let report = plan(&stored, vec![ok("x.json", vec![theirs.clone()])]);
    let existing = stored_ids(&stored);

    assert_eq!(
        apply(&report, Resolution::Replace, &existing),
        [from_file(&theirs, "x.json")]
    );

    let both = apply(&report, Resolution::KeepBoth, &existing);
    assert_eq!(ids(&both), ["a-imported-2"]);
    assert_eq!(both[0].candidate, "Ada");
    let mut expected = from_file(&theirs, "x.json");
    expected.id = "a-imported-2".into();
    assert_eq!(both, [expected]);
}

#[test]
fn cards_already_here_are_skipped() {
    let stored = vec![named("a", "Ada")];
    let report = plan(&stored, vec![ok("x.json", stored.clone())]);
    for resolution in [Resolution::KeepBoth, Resolution::Replace] {
        assert!(apply(&report, resolution, &stored_ids(&stored)).is_empty());
    }
}

#[test]
fn the_first_card_with_an_id_wins_across_and_within_files() {
    let a = named("a", "Ada");
    let a2 = changed(&a);
    let report = plan(
        &[],
        vec![
            ok("one.json", vec![a.clone(), a.clone()]),
            ok("two.json", vec![a2.clone(), a.clone()]),
        ],
    );
    let lines: Vec<_> = report.files.iter().map(FileReport::summary).collect();
    assert_eq!(
        lines,
        [
            "1 imported, 1 already here.",
            "1 already here, 1 repeats an earlier card's id with other content (kept as a copy).",
        ]
    );
    let Outcome::Read { conflicts, .. } = &report.files[1].outcome else {
        panic!("read");
    };
    assert_eq!(conflicts[0].stored, None);
    assert_eq!(report.stored_conflicts(), 0);
    // Whatever the resolution, the first keeps the id and the later one becomes a copy.
    for resolution in [Resolution::KeepBoth, Resolution::Replace] {
        let written = apply(&report, resolution, &[]);
        assert_eq!(ids(&written), ["a", "a-imported-1"]);
        assert_eq!(written[0], from_file(&a, "one.json"));
        assert_eq!(written[1].imported_from.as_deref(), Some("two.json"));
        assert_eq!(written[1].notes, a2.notes);
        assert_eq!(written[1].criteria, a2.criteria);
    }
}

#[test]
fn a_later_duplicate_is_compared_with_the_first_not_the_stored_card() {
    let mine = named("a", "Ada");
    let first = changed(&mine);
    let mut second = changed(&first);
    second.notes = "third version".into();
    let report = plan(
        std::slice::from_ref(&mine),
        vec![
            ok("one.json", vec![first.clone()]),
            ok(
                "two.json",
                vec![first.clone(), second.clone(), mine.clone()],
            ),
        ],
    );
    let lines: Vec<_> = report.files.iter().map(FileReport::summary).collect();
    assert_eq!(
        lines,
        [
            "1 differs from yours.",
            "2 already here, 1 repeats an earlier card's id with other content (kept as a copy).",
        ]
    );
    let existing = vec!["a".to_string()];
    let replaced = apply(&report, Resolution::Replace, &existing);
    assert_eq!(ids(&replaced), ["a", "a-imported-1"]);
    assert_eq!(
        (&replaced[0], &replaced[1].notes),
        (&from_file(&first, "one.json"), &second.notes)
    );
    let kept = apply(&report, Resolution::KeepBoth, &existing);
    assert_eq!(ids(&kept), ["a-imported-1", "a-imported-2"]);
}

#[test]
fn fresh_ids_avoid_stored_and_incoming_ids() {
    let stored = vec![named("a", "Ada")];
    // The import itself brings a card that already uses the first fresh id.
    let report = plan(
        &stored,
        vec![ok(
            "x.json",
            vec![changed(&stored[0]), named("a-imported-1", "Other")],
        )],
    );
    let written = apply(&report, Resolution::KeepBoth, &stored_ids(&stored));
    assert_eq!(ids(&written), ["a-imported-1", "a-imported-2"]);
    assert_eq!(written[0].candidate, "Other");
    assert_eq!(written[1].candidate, "Ada");
}

#[test]
fn a_card_stored_since_the_plan_is_settled_like_a_conflict() {
    let report = plan(&[], vec![ok("x.json", vec![named("a", "Ada")])]);
    let now_stored = vec!["a".to_string()];
    assert_eq!(
        ids(&apply(&report, Resolution::Replace, &now_stored)),
        ["a"]
    );
    assert_eq!(
        ids(&apply(&report, Resolution::KeepBoth, &now_stored)),
        ["a-imported-1"]
    );
}

#[test]
fn the_plan_and_its_writes_are_deterministic() {
    let stored: Vec<_> = (0..20).map(|i| named(&format!("s{i}"), "S")).collect();
    let files: Vec<_> = (0..5)
        .map(|f| {
            let cards = (0..10)
                .map(|i| {
                    let c = named(&format!("s{}", (f * 7 + i) % 30), "I");
                    if i % 3 == 0 {
                        changed(&c)
                    } else {
                        c
                    }
                })
                .collect();
            ok(&format!("f{f}.json"), cards)
        })
        .collect();
    let a = plan(&stored, files.clone());
    let b = plan(&stored, files);
    assert_eq!(a, b);
    let existing = stored_ids(&stored);
    for resolution in [Resolution::KeepBoth, Resolution::Replace] {
        let written = apply(&a, resolution, &existing);
        assert_eq!(written, apply(&b, resolution, &existing));
        let unique: HashSet<_> = written.iter().map(|c| &c.id).collect();
        assert_eq!(unique.len(), written.len(), "each id written once");
    }
}

#[test]
fn imported_cards_say_which_file_they_came_from() {
    let mut earlier = named("b", "Bob");
    earlier.imported_from = Some("first.json".into());
    let report = plan(
        &[],
        vec![ok("ada.json", vec![named("a", "Ada"), earlier.clone()])],
    );
    let written = apply(&report, Resolution::KeepBoth, &[]);
    let sources: Vec<_> = written.iter().map(|c| c.imported_from.as_deref()).collect();
    assert_eq!(sources, [Some("ada.json"), Some("first.json")]);
}

#[test]
fn a_colleagues_file_imported_again_is_already_here() {
    let theirs = vec![named("a", "Ada")];
    let first = plan(&[], vec![ok("ada.json", theirs.clone())]);
    let stored = apply(&first, Resolution::KeepBoth, &[]);
    let again = plan(&stored, vec![ok("ada.json", theirs)]);
    assert_eq!(again.files[0].summary(), "1 already here.");
    assert!(apply(&again, Resolution::Replace, &stored_ids(&stored)).is_empty());
}
