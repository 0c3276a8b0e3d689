//! Which rows of a long matrix are drawn: a page of [`PAGE_ROWS`] at a time.
//!
//! Rules:
//! - A matrix shows at most [`PAGE_ROWS`] rows; "Next" and "Previous" move by a whole page.
//! - Pages start at multiples of the page size, counted in the matrix's current order, so the
//!   first page is always the top of the sort, and the best-score marks still come from every
//!   row (the page only chooses what is drawn).
//! - When the rows become fewer (a smaller pick), a page past the end falls back to the last
//!   page that has rows; sorting again goes back to the first page.
//! - The status line says which rows are shown, e.g. "Showing scorecards 26–50 of 1,000".

use std::ops::Range;

/// Rows drawn at once: a page of a long matrix stays quick to draw (docs/PERFORMANCE.md).
pub const PAGE_ROWS: usize = 25;

/// The page of a matrix shown, by its number from 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowPage(pub usize);

impl RowPage {
    /// How many pages `total` rows make (at least one, so an empty matrix has page 1 of 1).
    pub fn count(total: usize) -> usize {
        total.div_ceil(PAGE_ROWS).max(1)
    }

    /// This page, moved back onto the last page if the rows became fewer.
    pub fn clamped(self, total: usize) -> RowPage {
        RowPage(self.0.min(Self::count(total) - 1))
    }

    /// The rows (indices into the sorted rows) drawn on this page.
    pub fn range(self, total: usize) -> Range<usize> {
        let start = self.clamped(total).0 * PAGE_ROWS;
        start.min(total)..(start + PAGE_ROWS).min(total)
    }

    pub fn has_previous(self, total: usize) -> bool {
        self.clamped(total).0 > 0
    }

    pub fn has_next(self, total: usize) -> bool {
        self.clamped(total).0 + 1 < Self::count(total)
    }

    pub fn previous(self, total: usize) -> RowPage {
        RowPage(self.clamped(total).0.saturating_sub(1))
    }

    pub fn next(self, total: usize) -> RowPage {
        RowPage(self.0 + 1).clamped(total)
    }

    /// Whether the matrix needs paging controls at all.
    pub fn is_paged(total: usize) -> bool {
        total > PAGE_ROWS
    }

    /// "Showing scorecards 26–50 of 1,000".
    pub fn status(self, total: usize) -> String {
        let r = self.range(total);
        if r.is_empty() {
            return "No scorecards".to_string();
        }
        format!(
            "Showing scorecards {}\u{2013}{} of {}",
            r.start + 1,
            r.end,
            thousands(total)
        )
    }
}

/// 1000 as "1,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_matrix_is_one_page_with_every_row() {
        assert!(!RowPage::is_paged(PAGE_ROWS));
        assert_eq!(RowPage(0).range(3), 0..3);
        assert!(!RowPage(0).has_next(3) && !RowPage(0).has_previous(3));
        assert_eq!(RowPage(0).status(3), "Showing scorecards 1\u{2013}3 of 3");
        assert_eq!(RowPage(0).status(0), "No scorecards");
        assert_eq!(RowPage::count(0), 1);
    }

    #[test]
    fn a_long_matrix_moves_a_page_at_a_time() {
        let total = 1_000;
        assert!(RowPage::is_paged(total));
        assert_eq!(RowPage::count(total), 40);
        let first = RowPage::default();
        assert_eq!(first.range(total), 0..25);
        assert!(first.has_next(total) && !first.has_previous(total));
        assert_eq!(first.previous(total), first);
        let second = first.next(total);
        assert_eq!(second.range(total), 25..50);
        assert_eq!(
            second.status(total),
            "Showing scorecards 26\u{2013}50 of 1,000"
        );
        let last = RowPage(39);
        assert_eq!(last.range(total), 975..1_000);
        assert!(!last.has_next(total));
        assert_eq!(last.next(total), last);
        assert_eq!(last.previous(total), RowPage(38));
    }

    #[test]
    fn the_last_page_may_be_short() {
        assert_eq!(RowPage(4).range(110), 100..110);
        assert_eq!(
            RowPage(4).status(110),
            "Showing scorecards 101\u{2013}110 of 110"
        );
    }

    #[test]
    fn fewer_rows_fall_back_to_the_last_page_with_rows() {
        let page = RowPage(10);
        assert_eq!(page.clamped(60), RowPage(2));
        assert_eq!(page.range(60), 50..60);
        assert!(page.has_previous(60) && !page.has_next(60));
        assert_eq!(page.previous(60), RowPage(1));
        assert_eq!(page.range(10), 0..10);
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
