//! What can go wrong with storage, as values the UI shows. Each message says what happened and
//! what to do; none of them means work in the open tab is lost.

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser gives no localStorage (blocked site data, some private modes, sandboxed frames).
    Unavailable,
    /// The write did not fit in the quota.
    QuotaExceeded,
    /// At start, storage was too full for even a tiny write: everything stored can be read and
    /// exported, nothing new is saved until old cards are deleted.
    Full,
    /// Any other failed write.
    WriteFailed(String),
    /// A stored value could not be read; its raw text was moved to `backup_key`.
    Corrupt {
        key: String,
        backup_key: Option<String>,
        reason: String,
    },
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "This browser is not letting Scorecard save (site data is blocked or storage is \
                 off). You can keep scoring in this tab, but nothing survives closing it: allow \
                 site data for this page and reload."
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "Browser storage is full, so the latest change is not saved yet. It stays in this \
                 tab; delete old scorecards to make room and it will save with your next change."
            ),
            StorageError::Full => write!(
                f,
                "Storage is full: nothing new is saved. Export your scorecards, then delete old \
                 ones. Your stored scorecards are all listed and can be opened."
            ),
            StorageError::WriteFailed(e) => write!(
                f,
                "The latest change could not be saved ({e}). It stays in this tab; it will be \
                 saved again with your next change."
            ),
            StorageError::Corrupt {
                key,
                backup_key: Some(backup),
                reason,
            } => write!(
                f,
                "Saved data under \u{201c}{key}\u{201d} could not be read: {reason} Its text is \
                 kept under \u{201c}{backup}\u{201d} and Scorecard started without it."
            ),
            StorageError::Corrupt {
                key,
                backup_key: None,
                reason,
            } => write!(
                f,
                "Saved data under \u{201c}{key}\u{201d} could not be read: {reason} It was left \
                 in place, untouched, and Scorecard started without it."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_message_names_the_backup_key() {
        let e = StorageError::Corrupt {
            key: "scorecard:card:a".into(),
            backup_key: Some("scorecard:backup:1:scorecard:card:a".into()),
            reason: "This is not valid JSON.".into(),
        };
        let text = e.to_string();
        assert!(
            text.contains("scorecard:backup:1:scorecard:card:a"),
            "{text}"
        );
        assert!(text.contains("not valid JSON"));
    }

    #[test]
    fn full_message_says_full_not_blocked() {
        let text = StorageError::Full.to_string();
        assert!(
            text.starts_with("Storage is full: nothing new is saved. Export your scorecards, then delete old ones."),
            "{text}"
        );
        assert!(!text.contains("blocked"), "{text}");
    }

    #[test]
    fn quota_message_says_nothing_in_the_tab_is_lost() {
        assert!(StorageError::QuotaExceeded
            .to_string()
            .contains("stays in this tab"));
    }
}
