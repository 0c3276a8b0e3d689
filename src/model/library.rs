//! The library list: searching, filtering and sorting stored scorecards, and duplicating one.

use super::{Completion, Recommendation, Scorecard, Status, Verdict};
use std::cmp::Ordering;

/// A column the list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Candidate,
    Interviewer,
    Role,
    Rubric,
    Date,
    Status,
    Score,
    Recommendation,
    Verdict,
}

impl SortKey {
    pub const ALL: [SortKey; 9] = [
        SortKey::Candidate,
        SortKey::Interviewer,
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
            SortKey::Interviewer => "Interviewer",
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
    /// An interviewer's name as written (trimmed, case-insensitive).
    pub interviewer: Option<String>,
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
            interviewer: None,
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
            && self
                .interviewer
                .as_ref()
                .is_none_or(|i| i.trim().to_lowercase() == card.interviewer.trim().to_lowercase())
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

    /// The positions in `cards` of the matching cards, in order. Ties fall back to the newest
    /// change, then the id. Each card's sort value is worked out once,
    /// not once per comparison, so sorting a thousand cards by score stays quick.
    pub fn order(&self, cards: &[Scorecard]) -> Vec<usize> {
        let mut rows: Vec<(SortValue<'_>, usize)> = cards
            .iter()
            .enumerate()
            .filter(|(_, c)| self.matches(c))
            .map(|(i, c)| (sort_value(self.sort, c), i))
            .collect();
        super::order::sort_by(&mut rows, |(va, a), (vb, b)| {
            let (a, b) = (&cards[*a], &cards[*b]);
            let primary = va.cmp(vb);
            let primary = if self.descending {
                primary.reverse()
            } else {
                primary
            };
            primary
                .then_with(|| b.updated_at.cmp(&a.updated_at))
                .then_with(|| a.id.cmp(&b.id))
        });
        rows.into_iter().map(|(_, i)| i).collect()
    }
}

/// A card's value in the sorted column.
#[derive(PartialEq, PartialOrd)]
enum SortValue<'a> {
    Text(String),
    Date(&'a str, i64),
    Rank(u8),
    Score(f64),
}

impl SortValue<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (SortValue::Score(a), SortValue::Score(b)) => a.total_cmp(b),
            _ => self.partial_cmp(other).unwrap_or(Ordering::Equal),
        }
    }
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Draft => 0,
        Status::InCall => 1,
        Status::Scoring => 2,
        Status::Completed => 3,
    }
}

fn verdict_rank(v: Verdict) -> u8 {
    match v {
        Verdict::Fail => 0,
        Verdict::Incomplete => 1,
        Verdict::Pass => 2,
    }
}

fn sort_value(key: SortKey, card: &Scorecard) -> SortValue<'_> {
    match key {
        SortKey::Candidate => SortValue::Text(card.candidate.to_lowercase()),
        SortKey::Interviewer => SortValue::Text(card.interviewer.trim().to_lowercase()),
        SortKey::Role => SortValue::Text(card.role.to_lowercase()),
        SortKey::Rubric => SortValue::Text(card.rubric.title.to_lowercase()),
        SortKey::Date => SortValue::Date(&card.date, card.created_at),
        SortKey::Status => SortValue::Rank(status_rank(card.status)),
        // Unscored sorts below every score.
        SortKey::Score => SortValue::Score(card.weighted_score().unwrap_or(0.0)),
        // From Strong No Hire up to Strong Hire; no recommendation lowest.
        SortKey::Recommendation => SortValue::Rank(rec_rank(card)),
        SortKey::Verdict => SortValue::Rank(verdict_rank(card.verdict())),
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

/// What one row of the list shows, worked out once from a card: a row holds this, not a copy
/// of the whole scorecard and its rubric snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: String,
    pub updated_at: i64,
    /// The candidate's trimmed name, or "Unnamed candidate" ([`Scorecard::display_name`]).
    pub name: String,
    /// The interviewer's name, or "Interviewer not named".
    pub interviewer: String,
    /// "Yours", or "From grace.json" for a colleague's imported card.
    pub source: String,
    pub role: String,
    pub rubric: String,
    pub date: String,
    pub status: Status,
    pub late: bool,
    pub score: Option<f64>,
    pub completion: Completion,
    pub recommendation: Option<Recommendation>,
    pub verdict: Verdict,
}

impl Summary {
    pub fn of(card: &Scorecard) -> Summary {
        Summary {
            id: card.id.clone(),
            updated_at: card.updated_at,
            name: card.display_name().to_string(),
            interviewer: super::compare::interviewer_label(&card.interviewer).to_string(),
            source: super::compare::source_label(card.imported_from.as_deref()),
            role: card.role.clone(),
            rubric: card.rubric.title.clone(),
            date: card.date.clone(),
            status: card.status,
            late: card.completed_late(),
            score: card.weighted_score(),
            completion: card.completion(),
            recommendation: card.recommendation,
            verdict: card.verdict(),
        }
    }
}

/// The interviewers of `cards`, each once (first spelling seen), A to Z: the filter's choices.
pub fn interviewers(cards: &[Scorecard]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for c in cards {
        let name = c.interviewer.trim();
        if !name.is_empty() && !seen.iter().any(|s| s.to_lowercase() == name.to_lowercase()) {
            seen.push(name.to_string());
        }
    }
    super::order::sort_by_key(&mut seen, |s| s.to_lowercase());
    seen
}

impl Scorecard {
    /// A copy under a new id, as a fresh draft: same rubric snapshot, scores and notes; no call,
    /// completion or reopening (a draft with an ended call would read back as Scoring).
    pub fn duplicate(&self, id: String, now: i64) -> Scorecard {
        let mut copy = self.clone();
        copy.id = id;
        copy.candidate = format!("{} (copy)", self.candidate);
        copy.created_at = now;
        copy.updated_at = now;
        copy.status = Status::Draft;
        copy.completed_at = None;
        copy.reopened.clear();
        copy.call = super::timer::CallTimer::default();
        copy
    }
}

#[cfg(test)]
#[path = "library_tests.rs"]
mod tests;
