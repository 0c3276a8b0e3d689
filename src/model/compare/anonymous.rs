//! Blind identities (a Compare option): while any picked scorecard is not completed, the
//! matrix, the calibration and their exports name candidates only "Candidate 1", "Candidate
//! 2"…, so nobody's judgement leans on who the person is.
//!
//! Hidden: the candidate's name, the candidate key (it may be an ATS id or an e-mail), and the
//! imported file's name (colleagues often name files after the candidate); the role and the
//! interviewer stay, since they say nothing about who the candidate is. Numbers follow the
//! order of the candidates' first scorecards by id (creation time), not their names, so the
//! numbering gives no alphabetical hint.

use super::{Comparison, Scorecard, Status};
use std::collections::HashMap;

/// Whether names stay hidden: until every picked scorecard is completed.
pub fn identities_hidden(picked: &[&Scorecard]) -> bool {
    picked.iter().any(|c| c.status != Status::Completed)
}

/// Shown for an imported file's name while identities are hidden.
pub const COLLEAGUES_FILE: &str = "a colleague's file";

/// "Candidate 3": the name shown in place of a hidden one.
pub fn stand_in(n: usize) -> String {
    format!("Candidate {n}")
}

impl Comparison {
    /// Replaces every identifying field of every row, calibration group and "Same candidate?"
    /// offer by its stand-in; one candidate keeps one number across the rubric groups.
    pub fn hide_identities(&mut self) {
        let mut firsts: Vec<(&str, &str)> = self
            .groups
            .iter()
            .flat_map(|g| g.rows.iter())
            .map(|r| (r.card_id.as_str(), r.candidate_key.as_str()))
            .collect();
        firsts.sort();
        let mut number: HashMap<String, usize> = HashMap::new();
        for (_, key) in firsts {
            let next = number.len() + 1;
            number.entry(key.to_string()).or_insert(next);
        }
        let name = |key: &str| stand_in(number.get(key).copied().unwrap_or(0));
        let file = |source: &mut Option<String>| {
            if source.is_some() {
                *source = Some(COLLEAGUES_FILE.into());
            }
        };
        for g in &mut self.groups {
            for row in &mut g.rows {
                row.candidate = name(&row.candidate_key);
                row.candidate_key = format!("hidden:{}", row.candidate);
                file(&mut row.source);
            }
            for c in &mut g.candidates {
                c.candidate = name(&c.key);
                c.key = format!("hidden:{}", c.candidate);
                for rater in &mut c.raters {
                    file(&mut rater.source);
                }
            }
            // Offering to merge two names would show them: no offers while names are hidden.
            g.same.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{build, scored};
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_keys_and_file_names_are_hidden_until_every_picked_card_is_completed() {
        let mut cards = vec![
            scored("2", "Zed Zulu", "Me", &[4, 4, 4], None),
            scored(
                "1",
                "Ada Lovelace",
                "Grace",
                &[2, 3, 4],
                Some("ada-lovelace.json"),
            ),
            scored("3", "Ada Lovelace", "Me", &[5, 3, 4], None),
            scored("4", "A. King", "Linus", &[3, 3, 3], Some("linus.json")),
        ];
        cards[1].candidate_id = "ats-991".into();
        cards[3].candidate_id = "ats-991".into();
        cards[2].candidate_id = "ats-991".into();
        let refs: Vec<&Scorecard> = cards.iter().collect();
        assert!(identities_hidden(&refs));
        for c in &mut cards {
            c.status = Status::Completed;
        }
        let refs: Vec<&Scorecard> = cards.iter().collect();
        assert!(!identities_hidden(&refs));
        assert!(!identities_hidden(&[]));

        let mut cmp = build(&cards, &HashSet::new());
        let before = cmp.clone();
        cmp.hide_identities();
        let g = &cmp.groups[0];
        let shown = format!("{cmp:?}");
        for secret in [
            "Zed",
            "Ada",
            "King",
            "ats-991",
            "ada-lovelace.json",
            "linus.json",
        ] {
            assert!(!shown.contains(secret), "{secret} leaks: {shown}");
        }
        // Numbered by first card id: card "1" is the ats-991 candidate, Zed comes second.
        let name_of = |id: &str| {
            g.rows
                .iter()
                .find(|r| r.card_id == id)
                .map(|r| r.candidate.clone())
                .unwrap()
        };
        assert_eq!(name_of("1"), "Candidate 1");
        assert_eq!(name_of("3"), "Candidate 1");
        assert_eq!(name_of("4"), "Candidate 1");
        assert_eq!(name_of("2"), "Candidate 2");
        assert_eq!(g.candidates.len(), before.groups[0].candidates.len());
        assert!(g.candidates.iter().all(|c| c.candidate == "Candidate 1"));
        // Scores, roles and interviewers are untouched.
        for (a, b) in g.rows.iter().zip(&before.groups[0].rows) {
            assert_eq!(
                (&a.cells, &a.interviewer, &a.role),
                (&b.cells, &b.interviewer, &b.role)
            );
        }
    }
}
