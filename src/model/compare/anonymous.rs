//! Blind identities (a Compare option): while any picked scorecard is not completed, the
//! matrix, the calibration and their exports name candidates only "Candidate 1", "Candidate
//! 2"…, so nobody's judgement leans on who the person is.
//!
//! Hidden: the candidate's name, the candidate key (it may be an ATS id or an e-mail), and the
//! imported file's name (colleagues often name files after the candidate); the role and the
//! interviewer stay, since they say nothing about who the candidate is. Numbers follow the
//! order of the candidates' first scorecards by id (creation time), not their names, so the
//! numbering gives no alphabetical hint.

use super::{Comparison, Drift, Scorecard, Status};
use std::collections::HashMap;

/// Whether names stay hidden: until every picked scorecard is completed.
pub fn identities_hidden(picked: &[&Scorecard]) -> bool {
    picked.iter().any(|c| c.status != Status::Completed)
}

/// The line saying why names are hidden, while they are: "Names are hidden until every
/// picked scorecard is completed: 2 of 5 are not."
pub fn hidden_reason(picked: &[&Scorecard]) -> Option<String> {
    let open = picked
        .iter()
        .filter(|c| c.status != Status::Completed)
        .count();
    let verb = if open == 1 { "is" } else { "are" };
    (open > 0).then(|| {
        format!(
            "Names are hidden until every picked scorecard is completed: {open} of {} {verb} not.",
            picked.len()
        )
    })
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
            // "Hidden until your scorecard of <name> is completed" names candidates: again,
            // from the stand-ins.
            g.drift = Drift::of(&g.rows, &g.columns);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{build, scored};
    use super::super::{Column, Sort};
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn sorting_hidden_names_follows_the_stand_ins_not_the_real_names() {
        // Card "1" is Zed (Candidate 1), card "2" is Ada (Candidate 2); equal totals, so the
        // default order breaks the tie by name.
        let cards = vec![
            scored("1", "Zed Zulu", "Me", &[3, 3, 3], None),
            scored("2", "Ada Lovelace", "Me", &[3, 3, 3], None),
        ];
        let names = |cmp: &Comparison| -> Vec<String> {
            cmp.groups[0]
                .rows
                .iter()
                .map(|r| r.candidate.clone())
                .collect()
        };
        let mut by_name = Sort::default();
        by_name.by(Column::Candidate);
        for sort in [Sort::default(), by_name] {
            let mut cmp = build(&cards, &HashSet::new());
            cmp.groups[0].sort(&sort);
            assert_eq!(names(&cmp), ["Ada Lovelace", "Zed Zulu"], "{sort:?}");
            cmp.hide_identities();
            cmp.groups[0].sort(&sort);
            assert_eq!(names(&cmp), ["Candidate 1", "Candidate 2"], "{sort:?}");
        }
    }

    #[test]
    fn the_hidden_drift_line_names_stand_ins() {
        let mut cards = vec![
            scored("1", "Zed Zulu", "Grace", &[3, 3, 3], Some("grace.json")),
            scored("2", "Zed Zulu", "Me", &[4, 4, 4], None),
        ];
        cards[1].status = Status::Draft;
        let mut cmp = build(&cards, &super::super::blinded(&cards));
        cmp.hide_identities();
        assert_eq!(
            cmp.groups[0].drift,
            Drift::Hidden(vec!["Candidate 1".into()])
        );
    }

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
        assert_eq!(hidden_reason(&refs), None);
        cards[0].status = Status::Draft;
        let refs: Vec<&Scorecard> = cards.iter().collect();
        assert_eq!(
            hidden_reason(&refs).as_deref(),
            Some("Names are hidden until every picked scorecard is completed: 1 of 4 is not.")
        );
        cards[1].status = Status::Draft;
        let refs: Vec<&Scorecard> = cards.iter().collect();
        assert_eq!(
            hidden_reason(&refs).as_deref(),
            Some("Names are hidden until every picked scorecard is completed: 2 of 4 are not.")
        );
        for c in &mut cards {
            c.status = Status::Completed;
        }

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
