use super::*;
use crate::model::rubric::tests::criterion;
use crate::model::scorecard::tests::card;
use crate::model::PassThreshold;
use crate::model::Recommendation;

/// A card on the test rubric (criteria c0..c2) for `candidate` by `interviewer`, scored
/// `scores`; a colleague's when `from` names a file.
pub(super) fn scored(
    id: &str,
    candidate: &str,
    interviewer: &str,
    scores: &[u8],
    from: Option<&str>,
) -> Scorecard {
    let mut c = card(&[1.0, 1.0, 1.0]);
    c.id = id.into();
    c.candidate = candidate.into();
    c.interviewer = interviewer.into();
    for (i, s) in scores.iter().enumerate() {
        c.set_score(&format!("c{i}"), Score::new(*s), 2_000);
    }
    c.imported_from = from.map(String::from);
    c
}

pub(super) fn build(cards: &[Scorecard], hidden: &HashSet<String>) -> Comparison {
    let refs: Vec<&Scorecard> = cards.iter().collect();
    Comparison::build(&refs, hidden, &Sort::default())
}

pub(super) fn ids(group: &RubricGroup) -> Vec<&str> {
    group.rows.iter().map(|r| r.card_id.as_str()).collect()
}

#[test]
fn candidate_keys_use_the_explicit_id_else_the_normalized_name_not_the_role() {
    let mut a = scored("a", "  Ada   LOVELACE ", "G", &[], None);
    let mut b = scored("b", "ada lovelace", "H", &[], None);
    assert_eq!(candidate_key(&a), candidate_key(&b));
    // Issue 16: one interviewer writes "Backend Engineer", another "Senior Backend Engineer".
    a.role = "Backend Engineer".into();
    b.role = "Senior Backend  engineer".into();
    assert_eq!(candidate_key(&a), candidate_key(&b));
    assert_eq!(candidate_key(&a), "name:ada lovelace");
    a.candidate_id = " cand-7 ".into();
    b.candidate_id = "cand-7".into();
    b.candidate = "A. Lovelace".into();
    assert_eq!(candidate_key(&a), candidate_key(&b));
    assert_eq!(candidate_key(&a), "id:cand-7");
    assert_eq!(normalize(" A \t B\n"), "a b");
}

#[test]
fn different_rubrics_are_grouped_apart_and_titles_order_the_groups() {
    let mut cards = vec![
        scored("a", "Ada", "G", &[4], None),
        scored("b", "Bob", "G", &[3], None),
        scored("c", "Cy", "G", &[2], None),
    ];
    cards[1].rubric.id = "other".into();
    cards[1].rubric.title = "Another kit".into();
    let cmp = build(&cards, &HashSet::new());
    let groups: Vec<(&str, Vec<&str>)> = cmp
        .groups
        .iter()
        .map(|g| (g.title.as_str(), ids(g)))
        .collect();
    assert_eq!(
        groups,
        [("Another kit", vec!["b"]), ("Test rubric", vec!["a", "c"])]
    );
    assert_eq!(cmp.card_count(), 3);
}

#[test]
fn criteria_are_matched_by_id_across_rubric_versions_with_notes() {
    let new = scored("new", "Ada", "G", &[4, 3, 5], None);
    let mut old = scored("old", "Bob", "G", &[2, 5], None);
    old.created_at = 500;
    // The older version: c1 had another title and weight, c2 did not exist, c9 did.
    old.rubric.criteria[1].title = "Old title".into();
    old.rubric.criteria[1].weight = 2.0;
    old.rubric.criteria.truncate(2);
    old.rubric.criteria.push(criterion("c9", 1.0));
    old.rubric.title = "Test rubric v1".into();
    old.rubric.pass_threshold = PassThreshold(3.5);
    old.normalize();
    old.set_score("c9", Score::new(1), 600);
    let cmp = build(&[old, new], &HashSet::new());
    assert_eq!(cmp.groups.len(), 1);
    let g = &cmp.groups[0];
    let cols: Vec<&str> = g.columns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cols, ["c0", "c1", "c2", "c9"], "newest version first");
    assert_eq!(g.title, "Test rubric");
    let old_row = g.rows.iter().find(|r| r.card_id == "old").unwrap();
    assert_eq!(
        old_row.cells,
        [
            Cell::Scored(Score::new(2).unwrap()),
            Cell::Scored(Score::new(5).unwrap()),
            Cell::NotInVersion,
            Cell::Scored(Score::new(1).unwrap()),
        ]
    );
    assert_eq!(
        g.notes,
        [
            "The rubric changed between these scorecards: it was titled \u{201c}Test rubric\u{201d}, \u{201c}Test rubric v1\u{201d} (newest first).",
            "\u{201c}Title c1\u{201d} was titled \u{201c}Old title\u{201d} in another version; matched by its id.",
            "\u{201c}Title c1\u{201d} has different weights between versions; each total uses its own scorecard's weights.",
            "\u{201c}Title c2\u{201d} is in the rubric version of 1 of 2 scorecards; the others show \u{201c}Not in this version\u{201d}.",
            "\u{201c}Title c9\u{201d} is in the rubric version of 1 of 2 scorecards; the others show \u{201c}Not in this version\u{201d}.",
            "Pass thresholds differ (3.00, 3.50); each result is against its own scorecard's threshold.",
        ]
    );
}

#[test]
fn one_version_has_no_notes() {
    let cards = [
        scored("a", "Ada", "G", &[4], None),
        scored("b", "Bob", "G", &[3], None),
    ];
    assert!(build(&cards, &HashSet::new()).groups[0].notes.is_empty());
}

#[test]
fn calibration_groups_a_candidate_with_mean_spread_and_disagreement() {
    let mut cards = vec![
        scored("mine", "Ada Lovelace", "Me", &[4, 3, 2], None),
        scored(
            "g",
            "ada  lovelace",
            "Grace",
            &[2, 3, 2],
            Some("grace.json"),
        ),
        scored("l", "ADA LOVELACE", "Linus", &[5, 4], Some("linus.json")),
        scored("bob", "Bob", "Me", &[3, 3, 3], None),
    ];
    cards[0].complete(3_000);
    let cmp = build(&cards, &blinded(&cards));
    let g = &cmp.groups[0];
    assert_eq!(
        g.candidates.len(),
        1,
        "Bob has one scorecard: nothing to calibrate"
    );
    let ada = &g.candidates[0];
    assert_eq!(ada.raters.len(), 3);
    assert!(!ada.hidden);
    let c0 = &ada.criteria[0];
    assert_eq!(c0.mean, Some(11.0 / 3.0));
    assert_eq!((c0.spread, c0.disagreement), (Some(3), true));
    let c1 = &ada.criteria[1];
    assert_eq!((c1.spread, c1.disagreement), (Some(1), false));
    // Only two scores on c2: the mean and spread are of what was given.
    let c2 = &ada.criteria[2];
    assert_eq!(
        (c2.mean, c2.spread, c2.disagreement),
        (Some(2.0), Some(0), false)
    );
    assert_eq!(c2.scores[2], Cell::Unscored);
    assert!(!ada.split);
    assert_eq!(
        ada.disagreements(&g.columns),
        ["Disagreement: spread 3 on Title c0"]
    );
    assert!(ada.has_disagreement());
}

#[test]
fn spread_of_exactly_two_disagrees_and_one_score_has_no_spread() {
    let s = |v: u8| Cell::Scored(Score::new(v).unwrap());
    let two = calibration::stats(vec![s(3), s(5)], false);
    assert_eq!((two.spread, two.disagreement), (Some(2), true));
    let one = calibration::stats(vec![s(3), Cell::Unscored], false);
    assert_eq!(
        (one.mean, one.spread, one.disagreement),
        (Some(3.0), None, false)
    );
    let none = calibration::stats(vec![Cell::Unscored, Cell::NotInVersion], false);
    assert_eq!((none.mean, none.spread), (None, None));
}

#[test]
fn recommendations_on_both_sides_of_hire_are_split() {
    let mut cards = vec![
        scored("a", "Ada", "G", &[3, 3, 3], Some("g.json")),
        scored("b", "Ada", "H", &[3, 3, 3], Some("h.json")),
        scored("c", "Ada", "I", &[3, 3, 3], Some("i.json")),
    ];
    cards[0].set_recommendation(Some(Recommendation::StrongHire), 1);
    cards[1].set_recommendation(Some(Recommendation::Hire), 1);
    let same_side = build(&cards, &HashSet::new());
    assert!(!same_side.groups[0].candidates[0].split);
    assert!(!same_side.groups[0].candidates[0].has_disagreement());
    cards[2].set_recommendation(Some(Recommendation::NoHire), 1);
    let cmp = build(&cards, &HashSet::new());
    let ada = &cmp.groups[0].candidates[0];
    assert!(ada.split);
    assert_eq!(
        ada.disagreements(&cmp.groups[0].columns),
        [calibration::SPLIT]
    );
}

#[test]
fn blind_mode_hides_colleagues_until_the_own_scorecard_is_completed() {
    let mut cards = vec![
        scored("mine", "Ada", "Me", &[4, 4, 4], None),
        scored("theirs", "Ada", "Grace", &[1, 5, 2], Some("grace.json")),
        scored("other", "Bob", "Grace", &[2, 2, 2], Some("grace.json")),
    ];
    cards[1].set_recommendation(Some(Recommendation::NoHire), 1);
    cards[1].add_custom_flag("Rude", 1);
    let hidden = blinded(&cards);
    let cmp = build(&cards, &hidden);
    let g = &cmp.groups[0];
    let row = |id: &str| g.rows.iter().find(|r| r.card_id == id).unwrap();
    let theirs = row("theirs");
    assert!(theirs.hidden);
    assert_eq!(theirs.cells, [Cell::Hidden; 3]);
    assert_eq!(
        (theirs.total, theirs.recommendation, theirs.red_flags),
        (None, None, 0)
    );
    assert!(!row("mine").hidden, "own scores always show");
    assert!(
        !row("other").hidden,
        "no own scorecard of Bob: nothing hidden"
    );
    let ada = &g.candidates[0];
    assert!(ada.hidden);
    assert!(ada
        .criteria
        .iter()
        .all(|c| c.mean.is_none() && !c.disagreement));
    assert!(!ada.split);
    // Hidden scores never count as the best.
    assert_eq!(
        g.best,
        [
            Some(Score::new(4).unwrap()),
            Some(Score::new(4).unwrap()),
            Some(Score::new(4).unwrap())
        ]
    );

    cards[0].complete(5_000);
    let cmp = build(&cards, &blinded(&cards));
    let g = &cmp.groups[0];
    let theirs = g.rows.iter().find(|r| r.card_id == "theirs").unwrap();
    assert!(!theirs.hidden);
    assert_eq!(theirs.cells[0], Cell::Scored(Score::new(1).unwrap()));
    assert_eq!(theirs.red_flags, 1);
    assert!(g.candidates[0].has_disagreement());
    // Blind mode off: nothing hidden even before completing.
    cards[0].reopen(6_000);
    assert!(build(&cards, &HashSet::new()).groups[0]
        .rows
        .iter()
        .all(|r| !r.hidden));
}

#[test]
fn quick_picks_take_a_rubric_or_a_role() {
    let mut cards = vec![
        scored("a", "Ada", "G", &[], None),
        scored("b", "Bob", "G", &[], None),
        scored("c", "Cy", "G", &[], None),
    ];
    cards[1].rubric.id = "other".into();
    cards[1].rubric.title = "Other".into();
    cards[2].role = " backend   ENGINEER".into();
    cards[1].role = "SRE".into();
    assert_eq!(pick_rubric(&cards, "r"), ["a", "c"]);
    assert_eq!(pick_role(&cards, "Backend Engineer"), ["a", "c"]);
    let (rubrics, roles) = choices(&cards);
    assert_eq!(
        rubrics,
        [
            ("r".into(), "Test rubric".into(), 2),
            ("other".into(), "Other".into(), 1)
        ]
    );
    assert_eq!(roles, [("Backend Engineer".into(), 2), ("SRE".into(), 1)]);
}

#[test]
fn a_row_key_changes_only_with_what_the_row_shows() {
    let cards = [
        scored("a", "Ada", "Me", &[4, 3], None),
        scored("b", "Ada", "Grace", &[5, 3], Some("grace.json")),
    ];
    let key_of = |cmp: &Comparison, id: &str| {
        let g = &cmp.groups[0];
        g.row_key(g.rows.iter().find(|r| r.card_id == id).unwrap())
    };
    let open = build(&cards, &HashSet::new());
    assert_eq!(
        key_of(&open, "a"),
        key_of(&build(&cards, &HashSet::new()), "a")
    );
    assert_ne!(key_of(&open, "a"), key_of(&open, "b"));
    // Blind mode hides Grace's scores: her row changes, not mine.
    let blind = build(&cards, &blinded(&cards));
    assert_ne!(key_of(&open, "b"), key_of(&blind, "b"));
    assert_eq!(key_of(&open, "a"), key_of(&blind, "a"));
    // A new best mark or column title changes a row too.
    let mut retitled = cards.clone();
    retitled[0].rubric.criteria[1].title = "Renamed".into();
    retitled[1].rubric.criteria[1].title = "Renamed".into();
    assert_ne!(
        key_of(&open, "a"),
        key_of(&build(&retitled, &HashSet::new()), "a")
    );
}

#[test]
fn no_evidence_shows_in_its_cell_stays_out_of_means_and_revisions_mark_the_row() {
    let mut cards = vec![
        scored("mine", "Ada Lovelace", "Me", &[4, 3, 2], None),
        scored("g", "Ada Lovelace", "Grace", &[2], Some("grace.json")),
    ];
    cards[1].set_no_evidence("c1", 2_000);
    cards[1].set_score("c2", Score::new(1), 2_000);
    cards[0].complete(3_000);
    cards[0].reopen(3_100);
    cards[0]
        .revise_score(
            "c0",
            crate::model::Mark::Score(Score::new(5).unwrap()),
            "notes",
            3_200,
        )
        .unwrap();
    let cmp = build(&cards, &HashSet::new());
    let g = &cmp.groups[0];
    let grace = g.rows.iter().find(|r| r.card_id == "g").unwrap();
    assert_eq!(grace.cells[1], Cell::NoEvidence);
    assert!(!grace.revised);
    let mine = g.rows.iter().find(|r| r.card_id == "mine").unwrap();
    assert!(mine.revised);
    assert_eq!(
        mine.source_and_revised(),
        "Yours · revised after completion"
    );
    let c1 = &g.candidates[0].criteria[1];
    assert_eq!(
        (c1.mean, c1.spread),
        (Some(3.0), None),
        "the no-evidence cell is left out"
    );
}
