//! The only code that touches localStorage. One key per scorecard plus a small index, rubric
//! snapshots stored once per distinct content (`model::stored`), every value a versioned
//! document read through `model::format`. An unreadable value never stops
//! the app: its raw text moves to a backup key and the problem comes back as a value.

mod backend;
mod error;
pub mod keys;
mod prefs;
mod recovered;

pub use backend::Backend;
pub use error::StorageError;
pub use recovered::{Backup, BackupKind, Restored};

use crate::model::format::{decode_index, decode_rubric, encode_index, encode_rubric};
use crate::model::order::sort_by_key;
use crate::model::stored::{fingerprint, join_cached, rubric_ref, split, Snapshots, StoredCard};
use crate::model::FormatError;
use crate::model::{Rubric, Scorecard};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// What loading the library found: the readable scorecards, newest change first, and the
/// problems met on the way.
#[derive(Default)]
pub struct Library {
    pub cards: Vec<Scorecard>,
    pub problems: Vec<StorageError>,
}

/// The user's own rubrics, by title, and the problems met reading them.
#[derive(Default)]
pub struct RubricShelf {
    pub rubrics: Vec<Rubric>,
    pub problems: Vec<StorageError>,
}

/// Handle on the app's stored data.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
    /// What this tab knows is already stored, so a save (every keystroke) writes only the
    /// card: card ids listed in the index, and rubric snapshots present. Another tab can only
    /// add to either, except by deleting a card, which the next library load repairs.
    known: Rc<RefCell<Known>>,
    /// The probe write at start did not fit: the library reads, new writes fail until room is made.
    full: bool,
}

#[derive(Default)]
struct Known {
    indexed: HashSet<String>,
    snapshots: HashSet<String>,
    /// A snapshot was missing before the built-in kits arrived (split build): a library load
    /// once they have may rebuild it from one of them.
    awaiting_kits: bool,
}

impl Store {
    pub fn open() -> Result<Self, StorageError> {
        Backend::open().map(|opened| Store {
            backend: opened.backend,
            known: Rc::default(),
            full: opened.full,
        })
    }

    /// Whether storage was too full at start for even the probe write. The store still reads
    /// everything; `StorageError::Full` says so to the user.
    pub fn is_full(&self) -> bool {
        self.full
    }

    /// Whether a card's missing snapshot waited for the built-in kits (cleared by asking).
    pub fn take_awaiting_kits(&self) -> bool {
        std::mem::take(&mut self.known.borrow_mut().awaiting_kits)
    }

    /// Moves an unreadable value aside so that the next save cannot overwrite it.
    fn quarantine(&self, key: &str, raw: &str, reason: String, now: i64) -> StorageError {
        let backup = keys::backup(key, now);
        let backup_key = match self.backend.set(&backup, raw) {
            Ok(()) => {
                // If the original cannot be removed it stays too; the backup holds its text.
                let _ = self.backend.remove(key);
                Some(backup)
            }
            // No room for a copy: leave the original where it is rather than lose it.
            Err(_) => None,
        };
        StorageError::Corrupt {
            key: key.to_string(),
            backup_key,
            reason,
        }
    }

    /// The stored ids: the index first, then any card key the index misses (written by an
    /// older tab, or the index itself was unreadable).
    fn ids(&self, now: i64, problems: &mut Vec<StorageError>) -> Vec<String> {
        let mut ids = match self.backend.get(keys::INDEX) {
            None => Vec::new(),
            Some(raw) => decode_index(&raw).unwrap_or_else(|e| {
                problems.push(self.quarantine(keys::INDEX, &raw, e.to_string(), now));
                Vec::new()
            }),
        };
        for key in self.backend.keys() {
            if let Some(id) = keys::card_id(&key) {
                if !ids.iter().any(|known| known == id) {
                    ids.push(id.to_string());
                }
            }
        }
        ids
    }

    /// Whether a value is stored under the card `id`, read or not.
    pub fn has_card(&self, id: &str) -> bool {
        self.backend.get(&keys::card(id)).is_some()
    }

    /// Reads one scorecard. `Ok(None)` when there is none under that id.
    pub fn load_card(&self, id: &str, now: i64) -> Result<Option<Scorecard>, StorageError> {
        self.load_card_cached(id, now, &mut Snapshots::new())
    }

    fn load_card_cached(
        &self,
        id: &str,
        now: i64,
        cache: &mut Snapshots,
    ) -> Result<Option<Scorecard>, StorageError> {
        let key = keys::card(id);
        let Some(raw) = self.backend.get(&key) else {
            return Ok(None);
        };
        let error = match self.read_card(&raw, cache) {
            Ok(card) => return Ok(Some(card)),
            Err(e) => e,
        };
        // The card is fine but its shared rubric snapshot is not: rebuild the snapshot from a
        // rubric with the same content, else leave the card where it is (never in backup).
        if let Some(reference) = rubric_ref(&raw) {
            if self.snapshot_text(&reference).is_none() {
                if self.restore_snapshot(&reference, now) {
                    if let Ok(card) = self.read_card(&raw, cache) {
                        return Ok(Some(card));
                    }
                }
                if crate::rubrics::kits().is_none() {
                    // Read again once the built-in kits arrive (`take_awaiting_kits`).
                    return Ok(None);
                }
                return Err(StorageError::Corrupt {
                    key,
                    backup_key: None,
                    reason: error.to_string(),
                });
            }
        }
        Err(self.quarantine(&key, &raw, error.to_string(), now))
    }

    /// Rewrites the snapshot `reference` from a built-in kit or stored rubric whose content it
    /// names; whatever text the key held moves to a backup key first. True when rewritten.
    fn restore_snapshot(&self, reference: &str, now: i64) -> bool {
        let stored = self.load_rubrics(now).rubrics;
        let kits = crate::rubrics::kits();
        self.known.borrow_mut().awaiting_kits |= kits.is_none();
        let Some(text) = kits
            .unwrap_or_default()
            .iter()
            .chain(&stored)
            .map(encode_rubric)
            .find(|text| fingerprint(text) == reference)
        else {
            return false;
        };
        let key = keys::snapshot(reference);
        if let Some(old) = self.backend.get(&key) {
            let moved = self.quarantine(&key, &old, "unreadable snapshot".into(), now);
            if matches!(
                moved,
                StorageError::Corrupt {
                    backup_key: None,
                    ..
                }
            ) {
                return false;
            }
        }
        self.backend.set(&key, &text).is_ok()
    }

    /// Reads a stored scorecard document (from a key, or from another tab's storage event),
    /// fetching its rubric snapshot from storage unless `cache` has it. Nothing is moved aside.
    pub fn read_card(
        &self,
        document: &str,
        cache: &mut Snapshots,
    ) -> Result<Scorecard, FormatError> {
        join_cached(document, |r| self.snapshot_text(r), cache)
    }

    /// The snapshot stored under `reference`, only if its content is the one the reference
    /// names (a tampered key or a hash collision must not load another rubric).
    fn snapshot_text(&self, reference: &str) -> Option<String> {
        self.backend
            .get(&keys::snapshot(reference))
            .filter(|text| fingerprint(text) == reference)
    }

    /// Every readable scorecard, most recently changed first.
    pub fn load_library(&self, now: i64) -> Library {
        let mut library = Library::default();
        let mut cache = Snapshots::new();
        for id in self.ids(now, &mut library.problems) {
            match self.load_card_cached(&id, now, &mut cache) {
                Ok(Some(card)) => library.cards.push(card),
                Ok(None) => {}
                Err(problem) => library.problems.push(problem),
            }
        }
        sort_by_key(&mut library.cards, |c| std::cmp::Reverse(c.updated_at));
        let ids: Vec<String> = library.cards.iter().map(|c| c.id.clone()).collect();
        let index = encode_index(&ids);
        let written = self.backend.get(keys::INDEX).as_deref() == Some(index.as_str())
            || match self.backend.set(keys::INDEX, &index) {
                Ok(()) => true,
                Err(e) => {
                    // A full store says so once, at start; any other failure is news.
                    if !(self.full && e == StorageError::QuotaExceeded) {
                        library.problems.push(e);
                    }
                    false
                }
            };
        self.known.borrow_mut().indexed = if written {
            ids.into_iter().collect()
        } else {
            HashSet::new()
        };
        library
    }

    /// Writes one scorecard under its own key and lists it in the index.
    pub fn save_card(&self, card: &Scorecard) -> Result<(), StorageError> {
        self.save_stored(&card.id, &split(card))
    }

    /// Writes an already-split scorecard, for callers that split it to compare. The snapshot
    /// is written first, so the card never refers to a snapshot that is not there.
    pub fn save_stored(&self, id: &str, stored: &StoredCard) -> Result<(), StorageError> {
        if !self.known.borrow().snapshots.contains(&stored.rubric_ref) {
            let snapshot = keys::snapshot(&stored.rubric_ref);
            match self.backend.get(&snapshot) {
                Some(text) if text == stored.rubric_document => {}
                // Present but not this content (unreadable, tampered): its text is kept under
                // a backup key, then this card's own snapshot takes its place.
                Some(text) => {
                    if let StorageError::Corrupt {
                        backup_key: None, ..
                    } = self.quarantine(
                        &snapshot,
                        &text,
                        "it does not hold the rubric its name promises.".into(),
                        js_sys::Date::now() as i64,
                    ) {
                        return Err(StorageError::QuotaExceeded);
                    }
                    self.backend.set(&snapshot, &stored.rubric_document)?;
                }
                None => self.backend.set(&snapshot, &stored.rubric_document)?,
            }
            let mut known = self.known.borrow_mut();
            known.snapshots.insert(stored.rubric_ref.clone());
        }
        self.backend.set(&keys::card(id), &stored.document)?;
        if !self.known.borrow().indexed.contains(id) {
            let mut ids = self
                .backend
                .get(keys::INDEX)
                .and_then(|raw| decode_index(&raw).ok())
                .unwrap_or_default();
            if !ids.iter().any(|known| known == id) {
                ids.insert(0, id.to_string());
                self.backend.set(keys::INDEX, &encode_index(&ids))?;
            }
            self.known.borrow_mut().indexed.insert(id.to_string());
        }
        Ok(())
    }

    /// Deletes one scorecard and takes it out of the index. A failed index write is reported:
    /// the card key is gone, so the next library load drops the stale entry.
    pub fn delete_card(&self, id: &str) -> Result<(), StorageError> {
        self.known.borrow_mut().indexed.remove(id);
        self.backend.remove(&keys::card(id))?;
        if let Some(mut ids) = self
            .backend
            .get(keys::INDEX)
            .and_then(|raw| decode_index(&raw).ok())
        {
            ids.retain(|known| known != id);
            self.backend.set(keys::INDEX, &encode_index(&ids))?;
        }
        Ok(())
    }

    /// Another tab's stored version of a card that this tab cannot read: its text moves to a
    /// backup key before this tab's next save could overwrite it, and the problem comes back.
    pub fn quarantine_unreadable(
        &self,
        id: &str,
        raw: &str,
        reason: String,
        now: i64,
    ) -> StorageError {
        self.quarantine(&keys::card(id), raw, reason, now)
    }

    /// Every stored user rubric; unreadable ones are moved to a backup key and reported.
    pub fn load_rubrics(&self, now: i64) -> RubricShelf {
        let mut shelf = RubricShelf::default();
        for key in self.backend.keys() {
            if keys::rubric_id(&key).is_none() {
                continue;
            }
            let Some(raw) = self.backend.get(&key) else {
                continue;
            };
            match decode_rubric(&raw) {
                Ok(rubric) => shelf.rubrics.push(rubric),
                Err(e) => shelf
                    .problems
                    .push(self.quarantine(&key, &raw, e.to_string(), now)),
            }
        }
        crate::model::catalogue::sort_by_title(&mut shelf.rubrics);
        shelf
    }

    pub fn save_rubric(&self, rubric: &Rubric) -> Result<(), StorageError> {
        self.backend
            .set(&keys::rubric(&rubric.id), &encode_rubric(rubric))
    }

    pub fn delete_rubric(&self, id: &str) -> Result<(), StorageError> {
        self.backend.remove(&keys::rubric(id))
    }
}
