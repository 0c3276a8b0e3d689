//! How much of a long list is drawn: a first page, and one more page per "Show more". A long
//! library or calibration stays quick to draw (docs/PERFORMANCE.md); the matrix pages by
//! "Previous" and "Next" instead ([`crate::model::compare::page`]).

/// The rows drawn of a list, growing by `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShowMore {
    step: usize,
    shown: usize,
}

impl ShowMore {
    /// The first `step` rows.
    pub fn new(step: usize) -> Self {
        ShowMore { step, shown: step }
    }

    /// How many rows are drawn at most.
    pub fn shown(self) -> usize {
        self.shown
    }

    /// How many one "Show more" adds.
    pub fn step(self) -> usize {
        self.step
    }

    /// Whether `total` rows leave some undrawn.
    pub fn has_more(self, total: usize) -> bool {
        total > self.shown
    }

    /// One page more.
    pub fn more(self) -> Self {
        ShowMore {
            shown: self.shown + self.step,
            ..self
        }
    }

    /// Back to the first page (a new search or order).
    pub fn first(self) -> Self {
        ShowMore::new(self.step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_by_its_step_and_starts_again() {
        let p = ShowMore::new(50);
        assert_eq!(p.shown(), 50);
        assert!(!p.has_more(50));
        assert!(p.has_more(51));
        let p = p.more();
        assert_eq!(p.shown(), 100);
        assert!(!p.has_more(100));
        assert_eq!(p.first(), ShowMore::new(50));
        assert_eq!(p.step(), 50);
    }
}
