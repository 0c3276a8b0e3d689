//! Two tabs editing the same scorecard: a three-way merge, field by field.
//!
//! `base` is the version both edits started from (when it is known), `mine` the open tab's
//! card and `theirs` the version another tab just stored. A field changed on one side only
//! takes that side's value. A field changed on both sides to different values is a conflict:
//! the card changed later wins it (ties broken by content, so both tabs pick the same winner),
//! and the conflict is reported with a label the interviewer can read ("notes on Design").
//!
//! Criteria and questions are merged entry by entry by id, so a score in one tab and notes on
//! another question in the other both survive. The rubric snapshot, the call timer, each answer
//! timer and the red flags are single fields: mixing halves of them would make no sense.

use super::stored::fingerprint;
use super::Scorecard;
use serde_json::{Map, Value};
use std::collections::VecDeque;

/// The outcome of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub card: Scorecard,
    /// Fields both sides changed where the other tab's value was kept: this tab's edit is lost.
    pub lost: Vec<String>,
    /// Fields both sides changed where this tab's value was kept over the other tab's.
    pub kept: Vec<String>,
}

/// One step of the path to a field: an object key, or an entry of a list by its id.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Id(String),
}

/// Fields merged as a whole.
const ATOMIC: [&str; 5] = ["rubric", "call", "answer", "red_flags", "threshold_changes"];
/// Lists merged entry by entry, and the key holding each entry's id.
const KEYED: [(&str, &str); 2] = [("criteria", "criterion_id"), ("questions", "id")];

struct Merger {
    mine_wins: bool,
    conflicts: Vec<Vec<Step>>,
}

/// Who takes a field both sides changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Winner {
    /// The card changed later (ties broken by content): what two tabs agree on by themselves.
    Later,
    /// This tab's card: the interviewer chose to keep their own edits.
    Mine,
}

/// Merges `theirs` into `mine`, field by field, from their common `base` (`None` when unknown:
/// then every differing field counts as changed on both sides). The later edit wins conflicts.
pub fn merge(base: Option<&Scorecard>, mine: &Scorecard, theirs: &Scorecard) -> Merged {
    merge_with(base, mine, theirs, Winner::Later)
}

/// A merge whose edits lost to another tab, kept so the interviewer can take theirs back.
#[derive(Clone, Debug, PartialEq)]
pub struct LostEdits {
    pub base: Option<Scorecard>,
    pub mine: Scorecard,
    pub theirs: Scorecard,
    /// The merge as it was shown.
    pub merged: Scorecard,
}

impl LostEdits {
    /// `current` (the merge, plus anything changed since) with this tab's values back in the
    /// fields it lost, stamped `now` so that other tabs take them as the latest edit.
    pub fn keep_mine(&self, current: &Scorecard, now: i64) -> Scorecard {
        let preferred = merge_with(self.base.as_ref(), &self.mine, &self.theirs, Winner::Mine);
        let mut card = merge_with(Some(&self.merged), &preferred.card, current, Winner::Mine).card;
        card.updated_at = now.max(current.updated_at + 1);
        card
    }
}

/// [`merge`], choosing who takes the fields both sides changed.
pub fn merge_with(
    base: Option<&Scorecard>,
    mine: &Scorecard,
    theirs: &Scorecard,
    winner: Winner,
) -> Merged {
    let to_value = |c: &Scorecard| {
        let mut v = serde_json::to_value(c).expect("model types always serialize");
        if let Value::Object(o) = &mut v {
            o.remove("updated_at");
        }
        v
    };
    let (m, t) = (to_value(mine), to_value(theirs));
    let b = base.map(to_value);
    let mine_wins = winner == Winner::Mine
        || (mine.updated_at, m.to_string()) > (theirs.updated_at, t.to_string());
    let mut merger = Merger {
        mine_wins,
        conflicts: Vec::new(),
    };
    let mut merged = merger.value(b.as_ref(), &m, &t, &mut Vec::new());
    if let Value::Object(o) = &mut merged {
        o.insert(
            "updated_at".into(),
            mine.updated_at.max(theirs.updated_at).into(),
        );
    }
    let winner = if mine_wins { mine } else { theirs };
    let mut card: Scorecard = serde_json::from_value(merged).unwrap_or_else(|_| winner.clone());
    card.normalize();
    let mut labels: Vec<String> = Vec::new();
    for path in &merger.conflicts {
        let label = describe(path, &card);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    let (lost, kept) = if mine_wins {
        (Vec::new(), labels)
    } else {
        (labels, Vec::new())
    };
    Merged { card, lost, kept }
}

impl Merger {
    fn value(
        &mut self,
        base: Option<&Value>,
        mine: &Value,
        theirs: &Value,
        path: &mut Vec<Step>,
    ) -> Value {
        if mine == theirs || base == Some(theirs) {
            return mine.clone();
        }
        if base == Some(mine) {
            return theirs.clone();
        }
        let key = match path.last() {
            Some(Step::Key(k)) => k.as_str(),
            _ => "",
        };
        if !ATOMIC.contains(&key) {
            match (mine, theirs) {
                (Value::Object(m), Value::Object(t)) => {
                    let b = base.and_then(Value::as_object);
                    return Value::Object(self.object(b, m, t, path));
                }
                (Value::Array(m), Value::Array(t)) if path.len() == 1 => {
                    if let Some((_, id_key)) = KEYED.iter().find(|(list, _)| *list == key) {
                        let b = base.and_then(Value::as_array).map(Vec::as_slice);
                        return Value::Array(self.list(b, m, t, id_key, path));
                    }
                }
                _ => {}
            }
        }
        self.conflicts.push(path.clone());
        if self.mine_wins { mine } else { theirs }.clone()
    }

    fn object(
        &mut self,
        base: Option<&Map<String, Value>>,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
        path: &mut Vec<Step>,
    ) -> Map<String, Value> {
        let keys = mine
            .keys()
            .chain(theirs.keys().filter(|k| !mine.contains_key(*k)));
        let mut out = Map::new();
        for key in keys {
            let (m, t) = (mine.get(key), theirs.get(key));
            let b = base.and_then(|b| b.get(key));
            path.push(Step::Key(key.clone()));
            let merged = self.value(
                b,
                m.unwrap_or(&Value::Null),
                t.unwrap_or(&Value::Null),
                path,
            );
            path.pop();
            // A field one side never wrote stays unwritten rather than becoming null.
            if !(merged.is_null() && (m.is_none() || t.is_none())) {
                out.insert(key.clone(), merged);
            }
        }
        out
    }

    fn list(
        &mut self,
        base: Option<&[Value]>,
        mine: &[Value],
        theirs: &[Value],
        id_key: &str,
        path: &mut Vec<Step>,
    ) -> Vec<Value> {
        let id = |v: &Value| {
            v.get(id_key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let ids = |list: &[Value]| list.iter().map(id).collect::<Vec<_>>();
        let find = |list: &[Value], wanted: &str| list.iter().find(|v| id(v) == wanted).cloned();
        let (m_ids, t_ids) = (ids(mine), ids(theirs));
        let b_ids = base.map(ids);
        let order = if m_ids == t_ids || b_ids.as_ref() == Some(&t_ids) {
            m_ids
        } else if b_ids.as_ref() == Some(&m_ids) {
            t_ids
        } else {
            self.conflicts.push(path.clone());
            if self.mine_wins {
                m_ids
            } else {
                t_ids
            }
        };
        order
            .iter()
            .filter_map(|wanted| match (find(mine, wanted), find(theirs, wanted)) {
                (Some(m), Some(t)) => {
                    let b = base.and_then(|b| find(b, wanted));
                    path.push(Step::Id(wanted.clone()));
                    let merged = self.value(b.as_ref(), &m, &t, path);
                    path.pop();
                    Some(merged)
                }
                (one, other) => one.or(other),
            })
            .collect()
    }
}

/// A field's name as the interviewer knows it.
fn describe(path: &[Step], card: &Scorecard) -> String {
    let key = |i: usize| match path.get(i) {
        Some(Step::Key(k)) => k.as_str(),
        _ => "",
    };
    let id = match path.get(1) {
        Some(Step::Id(id)) => id.as_str(),
        _ => "",
    };
    match key(0) {
        "criteria" if !id.is_empty() => {
            let name = card.rubric.criterion(id).map_or(id, |c| c.title.as_str());
            match key(2) {
                "score" => format!("the score for {name}"),
                _ => format!("the notes on {name}"),
            }
        }
        "questions" if !id.is_empty() => {
            let text = card.question(id).map_or(id, |q| q.text.as_str());
            let short: String = text.chars().take(40).collect();
            let short = if short.len() < text.len() {
                format!("{short}…")
            } else {
                short
            };
            let what = match key(2) {
                "score" => "the score for",
                "notes" => "the notes on",
                "star" => "the STAR-L marks on",
                "answer" => "the answer timer of",
                _ => "the question",
            };
            format!("{what} \u{201c}{short}\u{201d}")
        }
        "questions" => "the question list".into(),
        "candidate" => "the candidate's name".into(),
        "notes" => "the overall notes".into(),
        "call" => "the call timer".into(),
        "red_flags" => "the red flags".into(),
        "rubric" | "threshold_changes" => "the rubric and pass threshold".into(),
        "status" | "completed_at" | "reopened" => "the status".into(),
        "candidate_id" => "the candidate id".into(),
        other => format!("the {}", other.replace('_', " ")),
    }
}

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

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
