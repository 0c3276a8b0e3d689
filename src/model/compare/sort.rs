//! The order of a comparison's rows, and the best score per criterion.
//!
//! Rules:
//! - Any column sorts: text columns A to Z first, figures highest first; sorting by the same
//!   column again flips the direction.
//! - Rows with nothing to show in the column (unscored, not in their rubric version, or hidden
//!   by blind mode) always come last, so the order never gives a hidden score away.
//! - Ties fall back to the candidate's name, the interviewer, then the scorecard id.
//! - A criterion's best score is marked only where it stands out: two or more scores are
//!   visible, they are not all equal, and the highest is given once. A tie at the top marks
//!   no one: "best" on every tied cell says nothing.

use super::{Cell, CriterionColumn, Row, RubricGroup};
use crate::model::{Recommendation, Score, Verdict};
use std::cmp::Ordering;

/// A column of the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Candidate,
    Interviewer,
    /// A criterion, by id.
    Criterion(String),
    Total,
    Recommendation,
    Verdict,
    RedFlags,
    CallLength,
}

impl Column {
    /// The columns after the criteria, in table order.
    pub const FIGURES: [Column; 5] = [
        Column::Total,
        Column::Recommendation,
        Column::Verdict,
        Column::RedFlags,
        Column::CallLength,
    ];

    /// The header text; a criterion's is its title in `columns`.
    pub fn label(&self, columns: &[CriterionColumn]) -> String {
        match self {
            Column::Candidate => "Candidate".into(),
            Column::Interviewer => "Interviewer".into(),
            Column::Criterion(id) => columns
                .iter()
                .find(|c| c.id == *id)
                .map_or_else(|| id.clone(), |c| c.title.clone()),
            Column::Total => "Weighted total".into(),
            Column::Recommendation => "Recommendation".into(),
            Column::Verdict => "Result".into(),
            Column::RedFlags => "Red flags".into(),
            Column::CallLength => "Call length".into(),
        }
    }

    fn is_text(&self) -> bool {
        matches!(self, Column::Candidate | Column::Interviewer)
    }
}

/// How the rows are ordered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Default for Sort {
    /// Highest weighted total first.
    fn default() -> Self {
        Sort {
            column: Column::Total,
            descending: true,
        }
    }
}

impl Sort {
    /// Clicking a column: sort by it (text A to Z, figures highest first), or flip it.
    pub fn by(&mut self, column: Column) {
        if self.column == column {
            self.descending = !self.descending;
        } else {
            self.descending = !column.is_text();
            self.column = column;
        }
    }

    /// `aria-sort` for a column header: "ascending", "descending" or "none".
    pub fn aria(&self, column: &Column) -> &'static str {
        match (self.column == *column, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }
}

/// A value to order by.
#[derive(PartialEq, PartialOrd)]
enum Key {
    Text(String),
    Number(f64),
}

fn rec_rank(r: Recommendation) -> f64 {
    match r {
        Recommendation::StrongNoHire => 1.0,
        Recommendation::NoHire => 2.0,
        Recommendation::Hire => 3.0,
        Recommendation::StrongHire => 4.0,
    }
}

fn key(row: &Row, column: &Column, criterion: Option<usize>) -> Option<Key> {
    let visible = |n: f64| (!row.hidden).then_some(Key::Number(n));
    match column {
        Column::Candidate => Some(Key::Text(row.candidate.to_lowercase())),
        Column::Interviewer => Some(Key::Text(row.interviewer.to_lowercase())),
        Column::Criterion(_) => criterion
            .and_then(|i| row.cells.get(i).copied())
            .and_then(Cell::score)
            .map(|s| Key::Number(f64::from(s.value()))),
        Column::Total => row.total.map(Key::Number),
        Column::Recommendation => row.recommendation.map(|r| Key::Number(rec_rank(r))),
        Column::Verdict => match row.verdict {
            Verdict::Pass => visible(2.0),
            Verdict::Fail => visible(1.0),
            Verdict::Incomplete => None,
        },
        Column::RedFlags => visible(row.red_flags as f64),
        Column::CallLength => row.call_ms.map(|ms| Key::Number(ms as f64)),
    }
}

impl RubricGroup {
    /// Orders the rows by `sort` (see the module's rules).
    pub fn sort(&mut self, sort: &Sort) {
        let criterion = match &sort.column {
            Column::Criterion(id) => self.columns.iter().position(|c| c.id == *id),
            _ => None,
        };
        // Every key once per row, not once per comparison: the names are lower-cased here.
        let mut keyed: Vec<(Option<Key>, [String; 2], Row)> = std::mem::take(&mut self.rows)
            .into_iter()
            .map(|row| {
                let names = [row.candidate.to_lowercase(), row.interviewer.to_lowercase()];
                (key(&row, &sort.column, criterion), names, row)
            })
            .collect();
        keyed.sort_by(|(ka, na, a), (kb, nb, b)| {
            let primary = match (ka, kb) {
                (Some(x), Some(y)) => {
                    let o = x.partial_cmp(y).unwrap_or(Ordering::Equal);
                    if sort.descending {
                        o.reverse()
                    } else {
                        o
                    }
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            primary
                .then_with(|| na.cmp(nb))
                .then_with(|| a.card_id.cmp(&b.card_id))
        });
        self.rows = keyed.into_iter().map(|(_, _, row)| row).collect();
    }
}

/// Per column: the best visible score when it stands out (given once, above the rest), else
/// `None`.
pub(crate) fn best(rows: &[Row], columns: usize) -> Vec<Option<Score>> {
    (0..columns)
        .map(|i| {
            let mut scores = rows.iter().filter_map(|r| r.cells[i].score());
            let first = scores.next()?;
            let (low, high, at_high) =
                scores.fold((first, first, 1), |(lo, hi, n), s| match s.cmp(&hi) {
                    Ordering::Greater => (lo, s, 1),
                    Ordering::Equal => (lo, hi, n + 1),
                    Ordering::Less => (lo.min(s), hi, n),
                });
            (high > low && at_high == 1).then_some(high)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{build, ids, scored};
    use super::super::{blinded, Column, Sort};
    use crate::model::{Recommendation, Score};
    use std::collections::HashSet;

    #[test]
    fn the_best_score_stands_out_only_where_it_is_unique() {
        let cards = [
            scored("a", "Ada", "G", &[4, 3, 2], None),
            scored("b", "Bob", "G", &[5, 3, 4], None),
            scored("c", "Cy", "G", &[5, 3, 1], None),
        ];
        let cmp = build(&cards, &HashSet::new());
        let g = &cmp.groups[0];
        assert_eq!(
            g.best,
            [None, None, Some(Score::new(4).unwrap())],
            "a tie at the top (5, 5) and equal scores mark no one"
        );
        let marked: Vec<&str> = g
            .rows
            .iter()
            .filter(|r| g.is_best(r, 2))
            .map(|r| r.card_id.as_str())
            .collect();
        assert_eq!(marked, ["b"]);
        assert!(g.rows.iter().all(|r| !g.is_best(r, 0)));
        // A lower tie does not matter: 5 once above two 4s stands out.
        let cards = [
            scored("a", "Ada", "G", &[4], None),
            scored("b", "Bob", "G", &[4], None),
            scored("c", "Cy", "G", &[5], None),
        ];
        let cmp = build(&cards, &HashSet::new());
        assert_eq!(cmp.groups[0].best[0], Some(Score::new(5).unwrap()));
    }

    #[test]
    fn sorting_by_any_column_keeps_missing_values_last() {
        let mut cards = vec![
            scored("a", "Ada", "Zoe", &[4, 4, 4], None),
            scored("b", "bob", "Amy", &[2, 5, 5], None),
            scored("c", "Cy", "Max", &[], None),
        ];
        cards[0].set_recommendation(Some(Recommendation::NoHire), 1);
        cards[1].set_recommendation(Some(Recommendation::StrongHire), 1);
        cards[1].add_custom_flag("x", 1);
        cards[0].start_call(10_000);
        cards[0].end_call(70_000);
        let cmp = build(&cards, &HashSet::new());
        let mut g = cmp.groups[0].clone();
        assert_eq!(
            ids(&g),
            ["a", "b", "c"],
            "default: highest total first (4.00 and 4.00 tie, then by name)"
        );
        let mut sort = Sort::default();
        sort.by(Column::Total);
        assert!(!sort.descending);
        g.sort(&sort);
        assert_eq!(
            ids(&g),
            ["a", "b", "c"],
            "unscored stays last ascending too"
        );
        let mut check = |column: Column, expected: [&str; 3], descending: bool| {
            let mut sort = Sort::default();
            sort.by(column.clone());
            if sort.descending != descending {
                sort.by(column.clone());
            }
            g.sort(&sort);
            assert_eq!(ids(&g), expected, "{column:?} descending {descending}");
            assert_eq!(
                sort.aria(&column),
                if descending {
                    "descending"
                } else {
                    "ascending"
                }
            );
        };
        check(Column::Candidate, ["a", "b", "c"], false);
        check(Column::Candidate, ["c", "b", "a"], true);
        check(Column::Interviewer, ["b", "c", "a"], false);
        check(Column::Criterion("c0".into()), ["a", "b", "c"], true);
        check(Column::Criterion("c1".into()), ["b", "a", "c"], true);
        check(Column::Recommendation, ["b", "a", "c"], true);
        check(Column::Recommendation, ["a", "b", "c"], false);
        check(Column::RedFlags, ["b", "a", "c"], true);
        check(Column::CallLength, ["a", "b", "c"], true);
        check(Column::Verdict, ["a", "b", "c"], true);
        assert_eq!(Sort::default().aria(&Column::Candidate), "none");
        assert_eq!(
            g.rows.iter().find(|r| r.card_id == "a").unwrap().call_ms,
            Some(60_000)
        );
    }

    #[test]
    fn hidden_rows_sort_last_whatever_their_scores() {
        let cards = vec![
            scored("mine", "Ada", "Me", &[2, 2, 2], None),
            scored("theirs", "Ada", "Grace", &[5, 5, 5], Some("g.json")),
        ];
        let cmp = build(&cards, &blinded(&cards));
        assert_eq!(ids(&cmp.groups[0]), ["mine", "theirs"]);
        let mut g = cmp.groups[0].clone();
        let mut sort = Sort::default();
        sort.by(Column::Total);
        g.sort(&sort);
        assert_eq!(ids(&g), ["mine", "theirs"]);
    }
}
