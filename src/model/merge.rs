//! Two tabs editing the same scorecard: a three-way merge, field by field.
//!
//! `base` is the version both edits started from (when it is known), `mine` the open tab's
//! card and `theirs` the version another tab just stored. A field changed on one side only
//! takes that side's value. A field changed on both sides to different values is a conflict:
//! the later edit of that field wins it, by the cards' per-field stamps (`Scorecard::edited`);
//! when a side has no stamp for it (an older card) the card changed later wins (ties broken by
//! content, so both tabs pick the same winner). The conflict is reported with a label the interviewer can read ("notes on Design").
//!
//! Criteria and questions are merged entry by entry by id, so a score in one tab and notes on
//! another question in the other both survive. The rubric snapshot, the call timer, each answer
//! timer and the red flags are single fields: mixing halves of them would make no sense.
//! Two tabs that added an ad-hoc question at once both named it `adhoc-N`: both questions are
//! kept, the one with the greater content renumbered to the next free `adhoc-N`.

use super::Scorecard;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[path = "merge_labels.rs"]
mod labels;
#[path = "merge_versions.rs"]
mod versions;
use labels::describe;
pub use versions::VersionLog;

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

struct Merger<'a> {
    /// Whether this tab's card was changed later (or the interviewer chose theirs).
    mine_wins: bool,
    /// This tab's edits win every conflict ([`Winner::Mine`]).
    forced: bool,
    mine_edited: &'a BTreeMap<String, i64>,
    theirs_edited: &'a BTreeMap<String, i64>,
    /// Each conflict's path, and whether this tab's value was kept.
    conflicts: Vec<(Vec<Step>, bool)>,
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
            o.remove("edited");
        }
        v
    };
    let (m, t) = (to_value(mine), to_value(theirs));
    let b = base.map(to_value);
    let mine_wins = winner == Winner::Mine
        || (mine.updated_at, m.to_string()) > (theirs.updated_at, t.to_string());
    let mut merger = Merger {
        mine_wins,
        forced: winner == Winner::Mine,
        mine_edited: &mine.edited,
        theirs_edited: &theirs.edited,
        conflicts: Vec::new(),
    };
    let mut merged = merger.value(b.as_ref(), &m, &t, &mut Vec::new());
    let mut edited = mine.edited.clone();
    for (path, &at) in &theirs.edited {
        let stamp = edited.entry(path.clone()).or_insert(at);
        *stamp = (*stamp).max(at);
    }
    if let Value::Object(o) = &mut merged {
        o.insert(
            "updated_at".into(),
            mine.updated_at.max(theirs.updated_at).into(),
        );
        if !edited.is_empty() {
            o.insert("edited".into(), serde_json::json!(edited));
        }
    }
    let winner = if mine_wins { mine } else { theirs };
    let mut card: Scorecard = serde_json::from_value(merged).unwrap_or_else(|_| winner.clone());
    card.normalize();
    let (mut lost, mut kept): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for (path, mine_kept) in &merger.conflicts {
        let label = describe(path, &card);
        let labels = if *mine_kept { &mut kept } else { &mut lost };
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    Merged { card, lost, kept }
}

/// `mine` and `theirs` with every ad-hoc question both added under the same new id but with
/// different text kept as two questions in both: the one with the greater content moves to the
/// next free `adhoc-N`, right after the other. The same on either tab, so both reach one card.
fn split_ad_hoc(
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
) -> (Vec<Value>, Vec<Value>) {
    let (mut mine, mut theirs) = (mine.to_vec(), theirs.to_vec());
    let id = |v: &Value| {
        v.get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let ad_hoc = |v: &Value| v.get("ad_hoc").and_then(Value::as_bool) == Some(true);
    let mut i = 0;
    while i < mine.len() {
        let wanted = id(&mine[i]);
        let in_base = base.is_some_and(|b| b.iter().any(|v| id(v) == wanted));
        let other = theirs.iter().position(|v| id(v) == wanted);
        let Some(j) = other.filter(|&j| {
            !in_base
                && ad_hoc(&mine[i])
                && ad_hoc(&theirs[j])
                && mine[i].get("text") != theirs[j].get("text")
        }) else {
            i += 1;
            continue;
        };
        let used = |n: &usize| {
            let name = format!("adhoc-{n}");
            let taken = |list: &[Value]| list.iter().any(|v| id(v) == name);
            taken(&mine) || taken(&theirs) || base.is_some_and(taken)
        };
        let free = (1..).find(|n| !used(n)).expect("some number is free");
        let (m_text, t_text) = (mine[i].to_string(), theirs[j].to_string());
        let (first, mut second) = if m_text <= t_text {
            (mine[i].clone(), theirs[j].clone())
        } else {
            (theirs[j].clone(), mine[i].clone())
        };
        second["id"] = Value::String(format!("adhoc-{free}"));
        mine[i] = first.clone();
        mine.insert(i + 1, second.clone());
        theirs[j] = first;
        theirs.insert(j + 1, second);
        i += 2;
    }
    (mine, theirs)
}

/// A field path as `Scorecard::edited` names it: `criteria.c1.notes`.
fn path_name(path: &[Step]) -> String {
    let parts: Vec<&str> = path
        .iter()
        .map(|s| match s {
            Step::Key(k) | Step::Id(k) => k.as_str(),
        })
        .collect();
    parts.join(".")
}

/// When the field at `path` (or the nearest enclosing field stamped) was last edited.
fn stamp(edited: &BTreeMap<String, i64>, path: &[Step]) -> Option<i64> {
    (1..=path.len())
        .rev()
        .find_map(|n| edited.get(&path_name(&path[..n])).copied())
}

impl Merger<'_> {
    /// Whether this tab's value wins the conflict at `path`: the later edit of that field,
    /// else the card changed later.
    fn mine_takes(&self, path: &[Step]) -> bool {
        if self.forced {
            return true;
        }
        match (
            stamp(self.mine_edited, path),
            stamp(self.theirs_edited, path),
        ) {
            (Some(m), Some(t)) if m != t => m > t,
            _ => self.mine_wins,
        }
    }

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
                        let (m, t) = split_ad_hoc(b, m, t);
                        return Value::Array(self.list(b, &m, &t, id_key, path));
                    }
                }
                _ => {}
            }
        }
        let mine_kept = self.mine_takes(path);
        self.conflicts.push((path.clone(), mine_kept));
        if mine_kept { mine } else { theirs }.clone()
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
            let order = [Step::Key(super::scorecard::QUESTION_ORDER.into())];
            let mine_kept = match id_key {
                "id" => self.mine_takes(&order),
                _ => self.mine_wins,
            };
            self.conflicts.push((path.clone(), mine_kept));
            let (mut order, other) = if mine_kept {
                (m_ids, t_ids)
            } else {
                (t_ids, m_ids)
            };
            // An entry the losing side added (not in the base) is kept, last.
            let added: Vec<String> = other
                .into_iter()
                .filter(|id| b_ids.as_ref().is_some_and(|b| !b.contains(id)) && !order.contains(id))
                .collect();
            order.extend(added);
            order
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

#[cfg(test)]
#[path = "merge_stamp_tests.rs"]
mod stamp_tests;
#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
