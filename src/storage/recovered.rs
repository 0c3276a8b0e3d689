//! Backup keys read back: the list the Recovered data view shows, and "Try to restore", which
//! reads a backup through the same decoding as any stored value and writes it back under its
//! own key. A backup is removed only after its value was written; a readable value already
//! under that key is never overwritten (the restored one becomes a copy under a fresh id).

use super::{keys, Store};
use crate::model::format::{decode_index, decode_rubric, encode_index};
use crate::model::stored::Snapshots;

/// What a backup held, from the key it was moved from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupKind {
    Scorecard,
    Rubric,
    Index,
    Unknown,
}

impl BackupKind {
    pub fn label(self) -> &'static str {
        match self {
            BackupKind::Scorecard => "A scorecard",
            BackupKind::Rubric => "A rubric",
            BackupKind::Index => "The list of scorecards",
            BackupKind::Unknown => "Something else",
        }
    }
}

/// One backup key and its raw text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    pub raw: String,
    /// Bytes of UTF-8 text.
    pub bytes: usize,
    /// When it was moved aside (ms since the epoch), if the key says.
    pub moved_at: Option<i64>,
    pub what: BackupKind,
}

/// What a restore wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// `copy` when a readable card already had its id, so it was stored under `id`, a fresh one.
    Scorecard {
        id: String,
        candidate: String,
        copy: bool,
    },
    Rubric {
        title: String,
        copy: bool,
    },
    Index {
        ids: usize,
    },
}

impl Restored {
    /// The scorecard to open, when one was restored.
    pub fn opens(&self) -> Option<String> {
        match self {
            Restored::Scorecard { id, .. } => Some(id.clone()),
            _ => None,
        }
    }

    /// "Restored as a scorecard of Ada Lovelace".
    pub fn message(&self) -> String {
        let copy = |c: bool| {
            if c {
                " (a copy: one with its id is stored)"
            } else {
                ""
            }
        };
        match self {
            Restored::Scorecard {
                candidate, copy: c, ..
            } => format!("Restored as a scorecard of {candidate}{}", copy(*c)),
            Restored::Rubric { title, copy: c } => {
                format!("Restored as the rubric \"{title}\"{}", copy(*c))
            }
            Restored::Index { ids } => format!("Restored the list of {ids} scorecard ids"),
        }
    }
}

fn kind_of(original: &str) -> BackupKind {
    if keys::card_id(original).is_some() {
        BackupKind::Scorecard
    } else if keys::rubric_id(original).is_some() {
        BackupKind::Rubric
    } else if original == keys::INDEX {
        BackupKind::Index
    } else {
        BackupKind::Unknown
    }
}

impl Store {
    /// Every backup key, oldest first.
    pub fn backups(&self) -> Vec<Backup> {
        let mut list: Vec<Backup> = self
            .backend
            .keys()
            .into_iter()
            .filter_map(|key| {
                let (moved_at, original) = keys::backup_parts(&key)?;
                let what = kind_of(original);
                let raw = self.backend.get(&key)?;
                Some(Backup {
                    bytes: raw.len(),
                    raw,
                    moved_at,
                    what,
                    key,
                })
            })
            .collect();
        crate::model::order::sort_by(&mut list, |a, b| {
            (a.moved_at, &a.key).cmp(&(b.moved_at, &b.key))
        });
        list
    }

    /// `id`, or `<id>-restored-<n>` when `taken(id)`: the first such id not taken.
    fn free_id(id: &str, taken: impl Fn(&str) -> bool) -> (String, bool) {
        if !taken(id) {
            return (id.to_string(), false);
        }
        let fresh = (1..)
            .map(|n| format!("{id}-restored-{n}"))
            .find(|candidate| !taken(candidate))
            .expect("some number is free");
        (fresh, true)
    }

    /// Reads the backup `key` as its kind of document and stores it back; the backup is
    /// removed only once the write succeeded. The error is the exact reason it was not read
    /// (or not written), in the user's words.
    pub fn try_restore(&self, key: &str, now: i64) -> Result<Restored, String> {
        let raw = self
            .backend
            .get(key)
            .ok_or_else(|| "This backup is no longer stored.".to_string())?;
        let (_, original) =
            keys::backup_parts(key).ok_or_else(|| "This is not a backup key.".to_string())?;
        let restored = match kind_of(original) {
            BackupKind::Scorecard => {
                let mut card = self
                    .read_card(&raw, &mut Snapshots::new())
                    .map_err(|e| e.to_string())?;
                // Anything under the id (readable, or unreadable and so moved aside by the
                // load) keeps its key: the restored card then takes a fresh id.
                let (id, copy) =
                    Self::free_id(&card.id, |id| !matches!(self.load_card(id, now), Ok(None)));
                card.id = id.clone();
                self.save_card(&card).map_err(|e| e.to_string())?;
                Restored::Scorecard {
                    id,
                    candidate: card.candidate,
                    copy,
                }
            }
            BackupKind::Rubric => {
                let mut rubric = decode_rubric(&raw).map_err(|e| e.to_string())?;
                let (id, copy) = Self::free_id(&rubric.id, |id| {
                    self.backend.get(&keys::rubric(id)).is_some()
                });
                rubric.id = id;
                self.save_rubric(&rubric).map_err(|e| e.to_string())?;
                Restored::Rubric {
                    title: rubric.title,
                    copy,
                }
            }
            BackupKind::Index => {
                let listed = decode_index(&raw).map_err(|e| e.to_string())?;
                let mut ids = self
                    .backend
                    .get(keys::INDEX)
                    .and_then(|text| decode_index(&text).ok())
                    .unwrap_or_default();
                for id in &listed {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
                self.backend
                    .set(keys::INDEX, &encode_index(&ids))
                    .map_err(|e| e.to_string())?;
                Restored::Index { ids: listed.len() }
            }
            BackupKind::Unknown => {
                return Err("The app does not know what this backup held, so it cannot \
                            restore it. Export it to keep it."
                    .into())
            }
        };
        self.backend.remove(key).map_err(|e| {
            format!(
                "{} It was written, but the backup could not be removed: {e}",
                restored.message()
            )
        })?;
        Ok(restored)
    }
}
