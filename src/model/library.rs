//! The library list: searching, filtering and sorting stored scorecards, and duplicating one.

use super::{Scorecard, Status, Verdict};
use std::cmp::Ordering;

/// A column the list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Candidate,
    Role,
    Rubric,
    Date,
    Status,
    Score,
    Recommendation,
    Verdict,
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Candidate,
        SortKey::Role,
        SortKey::Rubric,
        SortKey::Date,
        SortKey::Status,
        SortKey::Score,
        SortKey::Recommendation,
        SortKey::Verdict,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Candidate => "Candidate",
            SortKey::Role => "Role",
            SortKey::Rubric => "Rubric",
            SortKey::Date => "Date",
            SortKey::Status => "Status",
            SortKey::Score => "Score",
            SortKey::Recommendation => "Recommendation",
            SortKey::Verdict => "Result",
        }
    }
}

/// What the list shows: a name search, filters, and the sort.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    pub text: String,
    pub rubric: Option<String>,
    pub status: Option<Status>,
    /// Inclusive `YYYY-MM-DD` bounds.
    pub from: Option<String>,
    pub to: Option<String>,
    pub sort: SortKey,
    pub descending: bool,
}

impl Default for Query {
    /// Newest first.
    fn default() -> Self {
        Query {
            text: String::new(),
            rubric: None,
            status: None,
            from: None,
            to: None,
            sort: SortKey::Date,
            descending: true,
        }
    }
}

impl Query {
    pub fn matches(&self, card: &Scorecard) -> bool {
        let text = self.text.trim().to_lowercase();
        (text.is_empty() || card.candidate.to_lowercase().contains(&text))
            && self.rubric.as_ref().is_none_or(|r| *r == card.rubric.id)
            && self.status.is_none_or(|s| s == card.status)
            && self
                .from
                .as_ref()
                .is_none_or(|f| card.date.as_str() >= f.as_str())
            && self
                .to
                .as_ref()
                .is_none_or(|t| card.date.as_str() <= t.as_str())
    }

    /// Clicking a column: sort by it, or flip the direction if it already sorts.
    pub fn sort_by(&mut self, key: SortKey) {
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            self.descending = matches!(key, SortKey::Date | SortKey::Score);
        }
    }

    /// The matching cards in order. Ties fall back to the newest change, then the id.
    pub fn apply<'a>(&self, cards: &'a [Scorecard]) -> Vec<&'a Scorecard> {
        let mut rows: Vec<&Scorecard> = cards.iter().filter(|c| self.matches(c)).collect();
        rows.sort_by(|a, b| {
            let primary = compare(self.sort, a, b);
            let primary = if self.descending {
                primary.reverse()
            } else {
                primary
            };
            primary
                .then_with(|| b.updated_at.cmp(&a.updated_at))
                .then_with(|| a.id.cmp(&b.id))
        });
        rows
    }
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Draft => 0,
        Status::InCall => 1,
        Status::Completed => 2,
    }
}

fn verdict_rank(v: Verdict) -> u8 {
    match v {
        Verdict::Fail => 0,
        Verdict::Incomplete => 1,
        Verdict::Pass => 2,
    }
}

fn compare(key: SortKey, a: &Scorecard, b: &Scorecard) -> Ordering {
    let text = |x: &str, y: &str| x.to_lowercase().cmp(&y.to_lowercase());
    match key {
        SortKey::Candidate => text(&a.candidate, &b.candidate),
        SortKey::Role => text(&a.role, &b.role),
        SortKey::Rubric => text(&a.rubric.title, &b.rubric.title),
        SortKey::Date => a.date.cmp(&b.date).then(a.created_at.cmp(&b.created_at)),
        SortKey::Status => status_rank(a.status).cmp(&status_rank(b.status)),
        // Unscored sorts below every score.
        SortKey::Score => a
            .weighted_score()
            .unwrap_or(0.0)
            .total_cmp(&b.weighted_score().unwrap_or(0.0)),
        // From Strong No Hire up to Strong Hire; no recommendation lowest.
        SortKey::Recommendation => rec_rank(a).cmp(&rec_rank(b)),
        SortKey::Verdict => verdict_rank(a.verdict()).cmp(&verdict_rank(b.verdict())),
    }
}

fn rec_rank(card: &Scorecard) -> u8 {
    use super::Recommendation::*;
    match card.recommendation {
        None => 0,
        Some(StrongNoHire) => 1,
        Some(NoHire) => 2,
        Some(Hire) => 3,
        Some(StrongHire) => 4,
    }
}

impl Scorecard {
    /// A copy under a new id, as a fresh draft: same rubric snapshot, scores and notes.
    pub fn duplicate(&self, id: String, now: i64) -> Scorecard {
        let mut copy = self.clone();
        copy.id = id;
        copy.candidate = format!("{} (copy)", self.candidate);
        copy.created_at = now;
        copy.updated_at = now;
        copy.status = Status::Draft;
        copy.completed_at = None;
        copy
    }
}

#[cfg(test)]
mod tests {
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
            c.status = status;
            c.set_score("c0", Score::new(score), 2_000 + i as i64);
            cards.push(c);
        }
        cards[1].rubric.id = "other".into();
        cards[1].rubric.title = "Another kit".into();
        cards[0].set_recommendation(Some(Recommendation::Hire), 3_000);
        cards
    }

    fn names(rows: Vec<&Scorecard>) -> Vec<&str> {
        rows.into_iter().map(|c| c.candidate.as_str()).collect()
    }

    #[test]
    fn default_is_newest_date_first() {
        let cards = library();
        assert_eq!(
            names(Query::default().apply(&cards)),
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
        assert_eq!(names(q.apply(&cards)), ["alan Turing"]);
    }

    #[test]
    fn filters_combine() {
        let cards = library();
        let q = Query {
            rubric: Some("r".into()),
            ..Query::default()
        };
        assert_eq!(names(q.apply(&cards)), ["Grace Hopper", "Ada Lovelace"]);
        let q = Query {
            status: Some(Status::Completed),
            ..Query::default()
        };
        assert_eq!(names(q.apply(&cards)), ["Ada Lovelace"]);
        let q = Query {
            from: Some("2026-11-21".into()),
            to: Some("2026-11-21".into()),
            ..Query::default()
        };
        assert_eq!(names(q.apply(&cards)), ["Grace Hopper"]);
    }

    #[test]
    fn sorting_by_a_column_and_flipping_it() {
        let cards = library();
        let mut q = Query::default();
        q.sort_by(SortKey::Candidate);
        assert_eq!(
            names(q.apply(&cards)),
            ["Ada Lovelace", "alan Turing", "Grace Hopper"]
        );
        q.sort_by(SortKey::Candidate);
        assert_eq!(
            names(q.apply(&cards)),
            ["Grace Hopper", "alan Turing", "Ada Lovelace"]
        );
        q.sort_by(SortKey::Score);
        assert!(q.descending, "scores start highest first");
        assert_eq!(
            names(q.apply(&cards)),
            ["Grace Hopper", "Ada Lovelace", "alan Turing"]
        );
        q.sort_by(SortKey::Status);
        assert_eq!(
            names(q.apply(&cards)),
            ["alan Turing", "Grace Hopper", "Ada Lovelace"]
        );
        q.sort_by(SortKey::Recommendation);
        assert_eq!(q.apply(&cards)[2].candidate, "Ada Lovelace");
        for key in SortKey::ALL {
            q.sort_by(key);
            assert_eq!(q.apply(&cards).len(), 3, "{}", key.label());
        }
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
        assert_eq!(copy.score_of("c0"), cards[0].score_of("c0"));
        assert_eq!(copy.created_at, 9_000);
    }
}
