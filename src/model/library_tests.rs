//! Tests of `library.rs`, kept apart so the module reads in one sitting.
use super::*;
use crate::model::scorecard::tests::card;
use crate::model::{Recommendation, Score};

fn library() -> Vec<Scorecard> {
    let mut cards = Vec::new();
    for (i, (name, date, score, status)) in [
        ("Ada Lovelace", "2026-11-20", 4, Status::Completed),
        ("alan Turing", "2026-11-22", 2, Status::Draft),
        ("Grace Hopper", "2026-11-21", 5, Status::InCall),
    ]
    .into_iter()
    .enumerate()
    {
        let mut c = card(&[1.0]);
        c.id = format!("id{i}");
        c.candidate = name.into();
        c.date = date.into();
        c.set_score("c0", Score::new(score), 2_000 + i as i64);
        if i == 0 {
            c.set_recommendation(Some(Recommendation::Hire), 3_000);
        }
        c.status = status;
        cards.push(c);
    }
    cards[1].rubric.id = "other".into();
    cards[1].rubric.title = "Another kit".into();
    cards
}

/// The matching cards in the query's order.
fn apply<'a>(q: &Query, cards: &'a [Scorecard]) -> Vec<&'a Scorecard> {
    q.order(cards).into_iter().map(|i| &cards[i]).collect()
}

fn names(rows: Vec<&Scorecard>) -> Vec<&str> {
    rows.into_iter().map(|c| c.candidate.as_str()).collect()
}

#[test]
fn default_is_newest_date_first() {
    let cards = library();
    assert_eq!(
        names(apply(&Query::default(), &cards)),
        ["alan Turing", "Grace Hopper", "Ada Lovelace"]
    );
}

#[test]
fn search_is_case_insensitive_on_the_name() {
    let cards = library();
    let q = Query {
        text: " TURING".into(),
        ..Query::default()
    };
    assert_eq!(names(apply(&q, &cards)), ["alan Turing"]);
}

#[test]
fn filters_combine() {
    let cards = library();
    let q = Query {
        rubric: Some("r".into()),
        ..Query::default()
    };
    assert_eq!(names(apply(&q, &cards)), ["Grace Hopper", "Ada Lovelace"]);
    let q = Query {
        status: Some(Status::Completed),
        ..Query::default()
    };
    assert_eq!(names(apply(&q, &cards)), ["Ada Lovelace"]);
    let q = Query {
        from: Some("2026-11-21".into()),
        to: Some("2026-11-21".into()),
        ..Query::default()
    };
    assert_eq!(names(apply(&q, &cards)), ["Grace Hopper"]);
}

#[test]
fn sorting_by_a_column_and_flipping_it() {
    let cards = library();
    let mut q = Query::default();
    q.sort_by(SortKey::Candidate);
    assert_eq!(
        names(apply(&q, &cards)),
        ["Ada Lovelace", "alan Turing", "Grace Hopper"]
    );
    q.sort_by(SortKey::Candidate);
    assert_eq!(
        names(apply(&q, &cards)),
        ["Grace Hopper", "alan Turing", "Ada Lovelace"]
    );
    q.sort_by(SortKey::Score);
    assert!(q.descending, "scores start highest first");
    assert_eq!(
        names(apply(&q, &cards)),
        ["Grace Hopper", "Ada Lovelace", "alan Turing"]
    );
    q.sort_by(SortKey::Status);
    assert_eq!(
        names(apply(&q, &cards)),
        ["alan Turing", "Grace Hopper", "Ada Lovelace"]
    );
    q.sort_by(SortKey::Recommendation);
    assert_eq!(apply(&q, &cards)[2].candidate, "Ada Lovelace");
    for key in SortKey::ALL {
        q.sort_by(key);
        assert_eq!(apply(&q, &cards).len(), 3, "{}", key.label());
    }
}

#[test]
fn order_gives_positions_in_the_order_of_apply() {
    let cards = library();
    let mut q = Query::default();
    for key in SortKey::ALL {
        for _ in 0..2 {
            q.sort_by(key);
            let by_position: Vec<&str> = q
                .order(&cards)
                .into_iter()
                .map(|i| cards[i].candidate.as_str())
                .collect();
            assert_eq!(by_position, names(apply(&q, &cards)), "{}", key.label());
        }
    }
    q.text = "grace".into();
    assert_eq!(q.order(&cards), [2]);
}

#[test]
fn a_summary_has_what_a_row_shows() {
    let cards = library();
    let s = Summary::of(&cards[0]);
    assert_eq!((s.id.as_str(), s.name.as_str()), ("id0", "Ada Lovelace"));
    assert_eq!(s.score, cards[0].weighted_score());
    assert_eq!(s.completion, cards[0].completion());
    assert_eq!(s.verdict, cards[0].verdict());
    assert_eq!(s.recommendation, Some(Recommendation::Hire));
    let mut unnamed = cards[1].clone();
    unnamed.candidate.clear();
    assert_eq!(Summary::of(&unnamed).name, "Unnamed candidate");
}

#[test]
fn duplicate_is_a_fresh_draft_with_the_same_scores() {
    let cards = library();
    let copy = cards[0].duplicate("new".into(), 9_000);
    assert_eq!(
        (copy.id.as_str(), copy.candidate.as_str()),
        ("new", "Ada Lovelace (copy)")
    );
    assert_eq!(copy.status, Status::Draft);
    assert_eq!(copy.call, Default::default());
    assert_eq!(copy.score_of("c0"), cards[0].score_of("c0"));
    assert_eq!(copy.created_at, 9_000);
}

#[test]
fn the_interviewer_column_sorts_filters_and_says_whose_card_it_is() {
    let mut cards = library();
    cards[0].interviewer = "Me".into();
    cards[1].interviewer = " grace ".into();
    cards[1].imported_from = Some("grace.json".into());
    cards[2].interviewer = "Grace".into();
    cards[2].imported_from = Some("grace.json".into());
    assert_eq!(interviewers(&cards), ["grace", "Me"]);
    let mut q = Query::default();
    q.sort_by(SortKey::Interviewer);
    assert!(!q.descending, "names start A to Z");
    // Both of Grace's (however spelt) first, the newest change first; then Me.
    assert_eq!(
        names(apply(&q, &cards)),
        ["Grace Hopper", "alan Turing", "Ada Lovelace"]
    );
    let q = Query {
        interviewer: Some("GRACE".into()),
        ..Query::default()
    };
    assert_eq!(names(apply(&q, &cards)), ["alan Turing", "Grace Hopper"]);
    let theirs = Summary::of(&cards[2]);
    assert_eq!(
        (theirs.interviewer.as_str(), theirs.source.as_str()),
        ("Grace", "From grace.json")
    );
    let mine = Summary::of(&cards[0]);
    assert_eq!(
        (mine.interviewer.as_str(), mine.source.as_str()),
        ("Me", "Yours")
    );
    cards[0].interviewer.clear();
    assert_eq!(Summary::of(&cards[0]).interviewer, "Interviewer not named");
}
