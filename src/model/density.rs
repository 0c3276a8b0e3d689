//! How much of each criterion the scorecard shows: `Full` (every signal and level anchor, the
//! default for new interviewers) or `Compact` (signals and the other levels folded behind one
//! line per criterion, the chosen level's anchor still shown). Stored as its word.

/// The scorecard's density, remembered across visits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Density {
    #[default]
    Full,
    Compact,
}

impl Density {
    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            Density::Full => "full",
            Density::Compact => "compact",
        }
    }

    /// The density a stored word names; anything else (absent, older, garbled) is `Full`, so an
    /// unreadable preference never hides the signals from a new interviewer.
    pub fn parse(word: Option<&str>) -> Density {
        match word.map(str::trim) {
            Some("compact") => Density::Compact,
            _ => Density::Full,
        }
    }

    /// The density for the "Compact" switch being on or off.
    pub fn from_compact(on: bool) -> Density {
        if on {
            Density::Compact
        } else {
            Density::Full
        }
    }

    pub fn is_compact(self) -> bool {
        self == Density::Compact
    }
}

#[cfg(test)]
mod tests {
    use super::Density;

    #[test]
    fn full_is_the_default_and_the_fallback() {
        assert_eq!(Density::default(), Density::Full);
        for word in [
            None,
            Some(""),
            Some("Compact!"),
            Some("dense"),
            Some("full"),
        ] {
            assert_eq!(Density::parse(word), Density::Full, "{word:?}");
        }
    }

    #[test]
    fn words_round_trip() {
        for d in [Density::Full, Density::Compact] {
            assert_eq!(Density::parse(Some(d.as_str())), d);
            assert_eq!(Density::from_compact(d.is_compact()), d);
        }
        assert_eq!(Density::parse(Some(" compact\n")), Density::Compact);
    }
}
