//! One candidate across interviewers: which scorecards are of one person, and which groups
//! only look alike and are offered to merge.
//!
//! Rules:
//! - A scorecard's key is `id:<candidate_id>` when it has one, else `name:<normalized name>`:
//!   the role is not part of it, so "Backend Engineer" and "Senior Backend Engineer" written
//!   by two interviewers do not split one person in two.
//! - [`Merges`]: pairs of keys the user said are the same candidate. Every key of a connected
//!   set resolves to the smallest of them, so merging is symmetric and transitive.
//! - Two groups of a rubric look like one person ("Same candidate?") when their normalized
//!   names are at most [`NEAR`] edits apart (a name of 4 or more characters), or equal with one
//!   keyed by an explicit id. Two explicit ids are different people and never offered, nor
//!   are names whose digits differ ("Candidate 001" and "Candidate 002").

use super::{normalize, Row};

/// The edit distance at which two names look like one.
pub const NEAR: usize = 2;

/// Keys the user merged, as pairs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merges {
    pairs: Vec<(String, String)>,
}

impl Merges {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Merges { pairs }
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// Remembers that `a` and `b` are one candidate.
    pub fn add(&mut self, a: &str, b: &str) {
        if a != b && self.resolve(a) != self.resolve(b) {
            self.pairs.push((a.to_string(), b.to_string()));
        }
    }

    /// The key `key` is grouped under: the smallest key merged with it, else itself.
    pub fn resolve(&self, key: &str) -> String {
        let mut set: Vec<&str> = vec![key];
        let mut grew = true;
        while grew {
            grew = false;
            for (a, b) in &self.pairs {
                let (ha, hb) = (set.contains(&a.as_str()), set.contains(&b.as_str()));
                if ha != hb {
                    set.push(if ha { b } else { a });
                    grew = true;
                }
            }
        }
        set.into_iter().min().unwrap_or(key).to_string()
    }
}

/// Two groups of a rubric that look like one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SameCandidate {
    pub a: String,
    pub b: String,
    /// As written on a scorecard of each: "Ada Lovelace (Backend Engineer)".
    pub a_label: String,
    pub b_label: String,
}

impl SameCandidate {
    /// "Same candidate? Ada Lovelace and Ada Lovelase".
    pub fn question(&self) -> String {
        format!("Same candidate? {} and {}", self.a_label, self.b_label)
    }
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != *cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

fn label(row: &Row) -> String {
    let name = row.candidate_label();
    match row.role.trim() {
        "" => name.to_string(),
        role => format!("{name} ({role})"),
    }
}

/// The pairs of candidate groups among `rows` (keys already resolved) that look alike.
pub(crate) fn offers(rows: &[Row]) -> Vec<SameCandidate> {
    let mut groups: Vec<(&str, String, &Row)> = Vec::new();
    for row in rows {
        if !groups.iter().any(|(k, _, _)| *k == row.candidate_key) {
            groups.push((&row.candidate_key, normalize(&row.candidate), row));
        }
    }
    groups.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = Vec::new();
    for (i, (ka, na, ra)) in groups.iter().enumerate() {
        for (kb, nb, rb) in &groups[i + 1..] {
            let both_ids = ka.starts_with("id:") && kb.starts_with("id:");
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            let near = na.chars().count().min(nb.chars().count()) >= 4
                && digits(na) == digits(nb)
                && edit_distance(na, nb) <= NEAR;
            if !both_ids && !na.is_empty() && (near || na == nb) {
                out.push(SameCandidate {
                    a: ka.to_string(),
                    b: kb.to_string(),
                    a_label: label(ra),
                    b_label: label(rb),
                });
            }
        }
    }
    out
}
