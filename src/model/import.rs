//! Planning an import of scorecard files: which files were refused, and which of their cards are
//! new, already here, or differ from the stored card with their id; then, once the user has
//! chosen how to settle differences, the cards to write.
//!
//! Rules:
//! - A file is read all or nothing (by [`super::format::decode_any_scorecards`]): a refused
//!   file contributes no card.
//! - Files are taken in the order given, cards in file order. The first card with an id wins it:
//!   a later card with the same id (in the same or a later file) is `same` when identical to it
//!   (or to the stored card), otherwise a conflict with it, which is always kept as a copy so
//!   no data is dropped.
//! - A conflict with a stored card is settled by the user's [`Resolution`]: replace the stored
//!   card, or keep both (the import gets a fresh id `{id}-imported-{n}`).

use super::Scorecard;
use std::collections::{HashMap, HashSet};

/// A card whose id is taken by a different card.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub incoming: Scorecard,
    /// The stored card with this id; `None` when the clash is with an earlier card of this import.
    pub stored: Option<Scorecard>,
}

/// What became of one file.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The file could not be read; none of it is imported.
    Rejected { reason: String },
    Read {
        /// Cards whose id is neither stored nor earlier in the import.
        new: Vec<Scorecard>,
        /// Cards identical to the stored card, or to an earlier card of the import, with their
        /// id: nothing to do.
        same: Vec<Scorecard>,
        /// Cards whose id is taken by different content.
        conflicts: Vec<Conflict>,
    },
}

/// One file of an import.
#[derive(Clone, Debug, PartialEq)]
pub struct FileReport {
    pub file_name: String,
    pub outcome: Outcome,
}

/// What an import would do, file by file, before anything is written.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    pub files: Vec<FileReport>,
}

/// How to settle a card that differs from the stored card with its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Keep the stored card and add the imported one under a fresh id.
    KeepBoth,
    /// Overwrite the stored card with the imported one.
    Replace,
}

/// Sorts incoming files against the stored scorecards. `files` holds each file's name and what
/// reading it gave: its cards, or the reason it was refused.
pub fn plan(
    stored: &[Scorecard],
    files: Vec<(String, Result<Vec<Scorecard>, String>)>,
) -> ImportReport {
    let stored: HashMap<&str, &Scorecard> = stored.iter().map(|c| (c.id.as_str(), c)).collect();
    // The first incoming card with each id, owned so later files can be compared with it.
    let mut first: HashMap<String, Scorecard> = HashMap::new();
    let files = files
        .into_iter()
        .map(|(file_name, result)| {
            let outcome = match result {
                Err(reason) => Outcome::Rejected { reason },
                Ok(cards) => {
                    let (mut new, mut same, mut conflicts) = (Vec::new(), Vec::new(), Vec::new());
                    for card in cards {
                        let here = stored.get(card.id.as_str()).copied();
                        match first.get(&card.id) {
                            Some(earlier)
                                if same_card(earlier, &card)
                                    || here.is_some_and(|h| same_card(h, &card)) =>
                            {
                                same.push(card)
                            }
                            Some(_) => conflicts.push(Conflict {
                                incoming: card,
                                stored: None,
                            }),
                            None => {
                                first.insert(card.id.clone(), card.clone());
                                match here {
                                    None => new.push(card),
                                    Some(mine) if same_card(mine, &card) => same.push(card),
                                    Some(mine) => conflicts.push(Conflict {
                                        incoming: card,
                                        stored: Some(mine.clone()),
                                    }),
                                }
                            }
                        }
                    }
                    Outcome::Read {
                        new,
                        same,
                        conflicts,
                    }
                }
            };
            FileReport { file_name, outcome }
        })
        .collect();
    ImportReport { files }
}

/// Equal apart from the file each came from, so a colleague's file imported again (its cards
/// stored with the file's name) is "already here".
fn same_card(a: &Scorecard, b: &Scorecard) -> bool {
    if a.imported_from == b.imported_from {
        return a == b;
    }
    let mut b = b.clone();
    b.imported_from.clone_from(&a.imported_from);
    *a == b
}

impl ImportReport {
    /// How many cards differ from the stored card with their id: the user's choice is needed
    /// only when this is not zero.
    pub fn stored_conflicts(&self) -> usize {
        self.files.iter().map(FileReport::stored_conflicts).sum()
    }
}

impl FileReport {
    fn stored_conflicts(&self) -> usize {
        match &self.outcome {
            Outcome::Rejected { .. } => 0,
            Outcome::Read { conflicts, .. } => {
                conflicts.iter().filter(|c| c.stored.is_some()).count()
            }
        }
    }

    /// One sentence for the user: "3 imported, 1 already here, 1 differs from yours." or
    /// `Rejected: <reason>`.
    pub fn summary(&self) -> String {
        let (new, same, conflicts) = match &self.outcome {
            Outcome::Rejected { reason } => return format!("Rejected: {reason}"),
            Outcome::Read {
                new,
                same,
                conflicts,
            } => (new.len(), same.len(), conflicts),
        };
        let mine = self.stored_conflicts();
        let repeats = conflicts.len() - mine;
        if new + same + conflicts.len() == 0 {
            return "No scorecards in this file.".into();
        }
        let mut parts = Vec::new();
        if new > 0 {
            parts.push(format!("{new} imported"));
        }
        if same > 0 {
            parts.push(format!("{same} already here"));
        }
        if mine > 0 {
            let verb = if mine == 1 { "differs" } else { "differ" };
            parts.push(format!("{mine} {verb} from yours"));
        }
        if repeats > 0 {
            let verb = if repeats == 1 { "repeats" } else { "repeat" };
            parts.push(format!(
                "{repeats} {verb} an earlier card's id with other content (kept as a copy)"
            ));
        }
        format!("{}.", parts.join(", "))
    }
}

/// The cards to write for `report`: new cards as they are; conflicts with a stored card replaced
/// (same id) or kept both (a copy under a fresh id, candidate unchanged) as `resolution` says;
/// conflicts with an earlier card of the import always as copies; cards already here skipped.
/// `existing_ids` are the ids stored now: a fresh id avoids them and every id of the import,
/// and a new card whose id was stored since the plan was made is settled like a conflict.
/// Files in order, and in each file its new cards, then its conflicts, each in file order.
/// Every card written that does not yet say where it came from is marked `imported_from` its
/// file's name: a colleague's scorecard, never the interviewer's own.
pub fn apply(
    report: &ImportReport,
    resolution: Resolution,
    existing_ids: &[String],
) -> Vec<Scorecard> {
    let stored: HashSet<&str> = existing_ids.iter().map(String::as_str).collect();
    let mut taken: HashSet<String> = existing_ids.iter().cloned().collect();
    for file in &report.files {
        if let Outcome::Read {
            new,
            same,
            conflicts,
        } = &file.outcome
        {
            let incoming = conflicts.iter().map(|c| &c.incoming);
            taken.extend(new.iter().chain(same).chain(incoming).map(|c| c.id.clone()));
        }
    }
    let mut out = Vec::new();
    let mut copy = |card: &Scorecard, out: &mut Vec<Scorecard>| {
        let n = (1..)
            .find(|n| !taken.contains(&format!("{}-imported-{n}", card.id)))
            .expect("some number is free");
        let mut card = card.clone();
        card.id = format!("{}-imported-{n}", card.id);
        taken.insert(card.id.clone());
        out.push(card);
    };
    for file in &report.files {
        let Outcome::Read { new, conflicts, .. } = &file.outcome else {
            continue;
        };
        let from = out.len();
        for card in new {
            if stored.contains(card.id.as_str()) && resolution == Resolution::KeepBoth {
                copy(card, &mut out);
            } else {
                out.push(card.clone());
            }
        }
        for conflict in conflicts {
            if conflict.stored.is_some() && resolution == Resolution::Replace {
                out.push(conflict.incoming.clone());
            } else {
                copy(&conflict.incoming, &mut out);
            }
        }
        for card in &mut out[from..] {
            if card.imported_from.is_none() {
                card.imported_from = Some(file.file_name.clone());
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
