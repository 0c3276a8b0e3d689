//! A score on the 1-5 scale, with the number and word shown beside it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One point on the 1-5 scale. Always valid: built only through [`Score::new`] or serde.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

impl Score {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    /// `Some` for 1 to 5, `None` otherwise.
    pub fn new(value: u8) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Score(value))
    }

    /// All five scores, lowest first.
    pub fn all() -> impl Iterator<Item = Score> {
        (Self::MIN..=Self::MAX).map(Score)
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// The word for the score, so a score never depends on colour or number alone.
    pub fn word(self) -> &'static str {
        match self.0 {
            1 => "Weak",
            2 => "Below bar",
            3 => "Meets bar",
            4 => "Strong",
            _ => "Exceptional",
        }
    }

    /// Index into a criterion's five level descriptors.
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }
}

impl TryFrom<u8> for Score {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Score::new(value).ok_or_else(|| format!("score {value} is outside 1-5"))
    }
}

impl From<Score> for u8 {
    fn from(score: Score) -> u8 {
        score.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.word())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_to_five_are_scores() {
        assert_eq!(Score::new(0), None);
        assert_eq!(Score::new(6), None);
        assert_eq!(
            Score::all().map(Score::value).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn serde_rejects_out_of_range() {
        assert_eq!(serde_json::from_str::<Score>("4").unwrap().value(), 4);
        assert!(serde_json::from_str::<Score>("9").is_err());
    }

    #[test]
    fn display_has_number_and_word() {
        assert_eq!(Score::new(3).unwrap().to_string(), "3 Meets bar");
        assert_eq!(Score::new(5).unwrap().index(), 4);
    }
}
