//! The stored versions of the open scorecard a tab has written or read: where a two-tab merge
//! ([`super::merge`]) finds the version both edits started from.

use super::super::stored::fingerprint;
use std::collections::VecDeque;

/// The stored versions of the open scorecard this tab has written or read, newest last, so that
/// a version arriving from another tab can be merged from the one it was edited from. Versions
/// are stored documents without their parent mark (`stored::strip_parent`), named by
/// fingerprint.
#[derive(Clone, Debug, Default)]
pub struct VersionLog {
    versions: VecDeque<(String, String)>,
}

impl VersionLog {
    /// How many versions are kept: enough for a burst of typing in two tabs at once.
    pub const KEPT: usize = 64;

    /// A log whose only version is `document` (a card just opened).
    pub fn starting_at(document: String) -> Self {
        let mut log = VersionLog::default();
        log.record(document);
        log
    }

    /// Notes a version written or read; it becomes the head.
    pub fn record(&mut self, document: String) {
        if self.versions.len() == Self::KEPT {
            self.versions.pop_front();
        }
        self.versions.push_back((fingerprint(&document), document));
    }

    /// The last version written or read: what the next save is edited from.
    pub fn head(&self) -> &str {
        self.versions.back().map_or("", |(_, d)| d.as_str())
    }

    /// The fingerprint of the head, written as the parent of the next save.
    pub fn head_fingerprint(&self) -> String {
        fingerprint(self.head())
    }

    /// The version an arriving document was edited from: the one it names as its parent if
    /// this tab knows it, else the head (a writer that names none is taken to have started
    /// from what this tab last saw).
    pub fn base_for(&self, parent: Option<&str>) -> &str {
        parent
            .and_then(|p| self.versions.iter().rev().find(|(f, _)| f == p))
            .map_or(self.head(), |(_, d)| d.as_str())
    }
}
