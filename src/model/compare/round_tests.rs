//! Comparison tests over a whole round of screens: calibration flags and one candidate across
//! interviewers (identity, merges, blind mode after a merge). The helpers are in `tests`.

use super::tests::{build, scored};
use super::*;
use crate::model::Recommendation;

/// A round of screens: five candidates with one to four scorecards each, from four interviewers.
fn round() -> Vec<Scorecard> {
    let g = Some("grace.json");
    let l = Some("linus.json");
    let m = Some("margaret.json");
    let mut cards = vec![
        // Ada: three cards, a spread of 3 on c0.
        scored("ada-me", "Ada Lovelace", "Me", &[2, 4, 4], None),
        scored("ada-g", "ada lovelace", "Grace", &[5, 4, 4], g),
        scored("ada-l", "Ada  Lovelace", "Linus", &[4, 4, 3], l),
        // Bob: four cards, a spread of 2 on c2.
        scored("bob-me", "Bob", "Me", &[3, 3, 3], None),
        scored("bob-g", "Bob", "Grace", &[3, 3, 5], g),
        scored("bob-l", "Bob", "Linus", &[3, 4, 4], l),
        scored("bob-m", "Bob", "Margaret", &[3, 3, 4], m),
        // Cy: two cards that agree.
        scored("cy-me", "Cy", "Me", &[4, 4, 4], None),
        scored("cy-l", "Cy", "Linus", &[4, 3, 4], l),
        // Dee: two cards, same scores, split recommendations.
        scored("dee-g", "Dee", "Grace", &[4, 4, 4], g),
        scored("dee-m", "Dee", "Margaret", &[4, 4, 4], m),
        // Eve: one card, nothing to calibrate.
        scored("eve-me", "Eve", "Me", &[1, 5, 1], None),
    ];
    cards[9].set_recommendation(Some(Recommendation::Hire), 2_500);
    cards[10].set_recommendation(Some(Recommendation::NoHire), 2_500);
    for c in &mut cards {
        c.complete(3_000);
    }
    cards
}

#[test]
fn calibration_counts_and_lists_every_flagged_candidate_of_a_round() {
    let cards = round();
    let cmp = build(&cards, &blinded(&cards));
    let g = &cmp.groups[0];
    let names: Vec<(&str, usize)> = g
        .candidates
        .iter()
        .map(|c| (c.display_name(), c.raters.len()))
        .collect();
    assert_eq!(names.len(), 4, "Eve has one card: {names:?}");
    for expected in [("Ada Lovelace", 3), ("Bob", 4), ("Cy", 2), ("Dee", 2)] {
        assert!(names.contains(&expected), "{expected:?} in {names:?}");
    }
    let ada = g
        .candidates
        .iter()
        .find(|c| c.display_name() == "Ada Lovelace")
        .unwrap();
    assert_eq!(ada.criteria[0].spread, Some(3));
    assert_eq!(ada.criteria[0].mean, Some(11.0 / 3.0));

    let flagged = calibration::Flagged::of(&g.candidates, &g.columns);
    assert_eq!(flagged.summary(), "3 candidates with a disagreement:");
    let listed: Vec<(&str, Vec<String>)> = flagged
        .list
        .iter()
        .map(|f| (f.name.as_str(), f.disagreements.clone()))
        .collect();
    assert_eq!(listed.len(), 3);
    for expected in [
        (
            "Ada Lovelace",
            vec!["Disagreement: spread 3 on Title c0".to_string()],
        ),
        (
            "Bob",
            vec!["Disagreement: spread 2 on Title c2".to_string()],
        ),
        ("Dee", vec![calibration::SPLIT.to_string()]),
    ] {
        assert!(
            listed.contains(&(expected.0, expected.1.clone())),
            "{expected:?} in {listed:?}"
        );
    }
    // Whatever the matrix's order, the calibration and its count stay the same.
    let mut sorted = g.clone();
    sorted.sort(&Sort {
        column: sort::Column::Candidate,
        descending: false,
    });
    assert_eq!(
        calibration::Flagged::of(&sorted.candidates, &sorted.columns),
        flagged
    );
    // Nothing flagged: the summary says so and lists no one.
    let none = calibration::Flagged::of(&[], &g.columns);
    assert_eq!(none.summary(), "No disagreement between interviewers.");
}

#[test]
fn one_candidate_across_interviewers_whatever_the_role_text() {
    let mut cards = round();
    cards[1].role = "Senior Backend Engineer".into();
    cards[2].role = "Backend Engineer".into();
    let cmp = build(&cards, &blinded(&cards));
    let ada = cmp.groups[0]
        .candidates
        .iter()
        .find(|c| c.display_name() == "Ada Lovelace")
        .unwrap();
    assert_eq!(ada.raters.len(), 3, "one person, three interviewers");
    assert!(cmp.groups[0].same.is_empty(), "nothing looks alike here");
}

#[test]
fn near_names_are_offered_and_one_merge_groups_them() {
    use identity::{edit_distance, Merges};
    assert_eq!(edit_distance("ada lovelace", "ada lovelase"), 1);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("zoë", "zoe"), 1, "characters, not bytes");
    let mut cards = round();
    cards[2].candidate = "Ada Lovelase".into();
    cards[5].candidate = "Bob".into();
    // An explicit id and the same name: offered too.
    cards[8].candidate_id = "cand-7".into();
    let cmp = build(&cards, &HashSet::new());
    let g = &cmp.groups[0];
    let offered: Vec<String> = g.same.iter().map(|s| s.question()).collect();
    assert_eq!(
        offered,
        [
            "Same candidate? Cy (Backend Engineer) and Cy (Backend Engineer)",
            "Same candidate? ada lovelace (Backend Engineer) and Ada Lovelase (Backend Engineer)"
        ],
        "Bob and Dee or Cy and Dee are not near: short names must match exactly"
    );
    let ada_l = g.same[1].b.clone();
    assert_eq!(ada_l, "name:ada lovelase");
    assert_eq!(
        g.candidates
            .iter()
            .find(|c| c.display_name() == "Ada Lovelace")
            .unwrap()
            .raters
            .len(),
        2
    );

    let mut merges = Merges::default();
    merges.add(&g.same[1].a, &g.same[1].b);
    merges.add(&g.same[1].b, &g.same[1].a);
    assert_eq!(merges.pairs().len(), 1, "merging twice is remembered once");
    let refs: Vec<&Scorecard> = cards.iter().collect();
    let merged = Comparison::build_merged(&refs, &HashSet::new(), &Sort::default(), &merges);
    let g = &merged.groups[0];
    let ada = g
        .candidates
        .iter()
        .find(|c| c.raters.iter().any(|r| r.card_id == "ada-l"))
        .unwrap();
    assert_eq!(ada.raters.len(), 3);
    assert_eq!(ada.criteria[0].spread, Some(3));
    assert_eq!(g.same.len(), 1, "only Cy is still offered");
    let mut numbered = round();
    numbered[3].candidate = "Candidate 001".into();
    numbered[7].candidate = "Candidate 002".into();
    assert!(build(&numbered, &HashSet::new()).groups[0]
        .same
        .iter()
        .all(|s| !s.a_label.starts_with("Candidate")));
    // Transitive: a third spelling merged with the second joins the first.
    merges.add("name:ada lovelase", "name:a lovelace");
    assert_eq!(
        merges.resolve("name:a lovelace"),
        merges.resolve("name:ada lovelace")
    );
}

#[test]
fn blind_mode_follows_a_merge() {
    let mut cards = vec![
        scored("mine", "Ada Lovelace", "Me", &[4, 4, 4], None),
        scored(
            "theirs",
            "Ada Lovelase",
            "Grace",
            &[1, 5, 2],
            Some("g.json"),
        ),
    ];
    cards[0].status = Status::Scoring;
    let hidden = blinded(&cards);
    let refs: Vec<&Scorecard> = cards.iter().collect();
    let apart = Comparison::build(&refs, &hidden, &Sort::default());
    assert!(apart.groups[0].rows.iter().all(|r| !r.hidden));
    let mut merges = identity::Merges::default();
    merges.add("name:ada lovelace", "name:ada lovelase");
    let merged = Comparison::build_merged(&refs, &hidden, &Sort::default(), &merges);
    let theirs = merged.groups[0]
        .rows
        .iter()
        .find(|r| r.card_id == "theirs")
        .unwrap();
    assert!(
        theirs.hidden,
        "one candidate now: your own card is not completed"
    );
}

#[test]
fn five_hundred_scorecards_compare_quickly() {
    let cards: Vec<Scorecard> = (0..500)
        .map(|i| {
            let from = (i % 3 != 0).then(|| format!("colleague-{}.json", i % 7));
            let mut c = scored(
                &format!("card-{i}"),
                &format!("Candidate {}", i / 4),
                &format!("Interviewer {}", i % 4),
                &[
                    (i % 5 + 1) as u8,
                    ((i / 3) % 5 + 1) as u8,
                    ((i / 7) % 5 + 1) as u8,
                ],
                from.as_deref(),
            );
            if i % 2 == 0 {
                c.complete(3_000);
            }
            c
        })
        .collect();
    let start = std::time::Instant::now();
    let hidden = blinded(&cards);
    let refs: Vec<&Scorecard> = cards.iter().collect();
    let mut cmp = Comparison::build(&refs, &hidden, &Sort::default());
    for column in [
        Column::Candidate,
        Column::Criterion("c1".into()),
        Column::CallLength,
    ] {
        let mut sort = Sort::default();
        sort.by(column);
        cmp.groups[0].sort(&sort);
    }
    assert_eq!(cmp.card_count(), 500);
    assert_eq!(cmp.groups[0].candidates.len(), 125);
    assert!(cmp.groups[0].candidates.iter().any(|c| c.hidden));
    assert!(cmp.groups[0]
        .candidates
        .iter()
        .any(|c| c.has_disagreement()));
    // Generous even for an unoptimized test build on a busy machine.
    assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
}
