//! The rubric editor's draft rules: blank rows, fresh and repaired row ids, the rubric as saved.

use super::recommendation::default_recommendations;
use super::{Criterion, PassThreshold, Question, QuestionKind, QuestionPlan, Rubric};
use std::collections::HashSet;

/// A new rubric with one empty criterion, for the user to fill in.
pub fn blank_rubric(id: String) -> Rubric {
    Rubric {
        id,
        title: String::new(),
        role: String::new(),
        summary: String::new(),
        criteria: vec![blank_criterion("criterion-1".into())],
        red_flags: vec![],
        recommendations: default_recommendations(),
        pass_threshold: PassThreshold::default(),
        decision_rule: Default::default(),
        planned_minutes: 30,
        question_bank: vec![],
        question_guidance: vec![],
        plan: QuestionPlan::default(),
        score_answers: false,
        first_impression: true,
    }
}

/// An empty criterion of weight 1 under `id`.
pub fn blank_criterion(id: String) -> Criterion {
    Criterion {
        id,
        title: String::new(),
        assesses: String::new(),
        weight: 1.0,
        weight_reason: String::new(),
        levels: Default::default(),
        strong_signal: String::new(),
        weak_signal: String::new(),
        questions: vec![],
    }
}

/// An empty general question under `id`.
pub fn blank_question(id: String) -> Question {
    Question::new(id, QuestionKind::General, String::new())
}

/// `{prefix}-1`, `{prefix}-2`, …: the first one not in `taken`.
///
/// Unlike [`super::catalogue::free_id`], the id is always numbered, from 1 (row ids in a draft).
pub fn unique_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: HashSet<&str> = taken.into_iter().collect();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .expect("an unused id exists")
}

/// Rows are keyed by id, and the editor cannot edit ids: give empty or repeated ids fresh ones.
pub fn repair_ids(rubric: &mut Rubric) {
    let mut seen = HashSet::new();
    for i in 0..rubric.criteria.len() {
        let id = rubric.criteria[i].id.clone();
        if id.trim().is_empty() || !seen.insert(id) {
            let fresh = unique_id("criterion", rubric.criteria.iter().map(|c| c.id.as_str()));
            seen.insert(fresh.clone());
            rubric.criteria[i].id = fresh;
        }
    }
    let mut seen = HashSet::new();
    for i in 0..rubric.question_bank.len() {
        let id = rubric.question_bank[i].id.clone();
        if id.trim().is_empty() || !seen.insert(id) {
            let fresh = unique_id(
                "question",
                rubric.question_bank.iter().map(|q| q.id.as_str()),
            );
            seen.insert(fresh.clone());
            rubric.question_bank[i].id = fresh;
        }
    }
}

/// The rubric as saved: titles and question texts trimmed.
pub fn cleaned(mut rubric: Rubric) -> Rubric {
    rubric.title = rubric.title.trim().to_string();
    rubric.role = rubric.role.trim().to_string();
    for c in &mut rubric.criteria {
        c.title = c.title.trim().to_string();
    }
    for q in &mut rubric.question_bank {
        q.text = q.text.trim().to_string();
    }
    rubric
}

/// The non-empty trimmed lines of a textarea.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_unique_and_broken_ids_are_repaired() {
        assert_eq!(unique_id("criterion", ["criterion-1", "x"]), "criterion-2");
        let mut r = blank_rubric("r".into());
        r.criteria.push(blank_criterion("criterion-1".into()));
        r.criteria.push(blank_criterion(" ".into()));
        repair_ids(&mut r);
        let ids: Vec<_> = r.criteria.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["criterion-1", "criterion-2", "criterion-3"]);
    }

    #[test]
    fn a_blank_rubric_only_lacks_titles() {
        let fields: Vec<_> = blank_rubric("r".into())
            .problems()
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["title", "criteria[0].title"]);
    }
}
