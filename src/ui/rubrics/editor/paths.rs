//! Problem paths and the form: each path's DOM id, its place top to bottom, and its messages.

use crate::model::rubric::RubricProblem;

/// The DOM id of the control for a problem path: `criteria[2].weight` → `re-criteria-2-weight`.
pub(super) fn dom_id(field: &str) -> String {
    let mut id = String::from("re-");
    for ch in field.chars() {
        if ch.is_ascii_alphanumeric() || ch == '_' {
            id.push(ch);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// `criteria[2].weight` → `Some(("criteria", 2, "weight"))`.
fn split_path(field: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = field.split_once('[')?;
    let (index, name) = rest.split_once("].")?;
    Some((list, index.parse().ok()?, name))
}

/// Where a problem's field sits in the form, top to bottom; `None` when the form has no control
/// for it (the rubric id, criterion and question ids), so only the summary can show it.
pub(super) fn form_position(field: &str) -> Option<(u8, usize, u8)> {
    let top = |n| Some((0, 0, n));
    match field {
        "title" => top(0),
        "role" => top(1),
        "summary" => top(2),
        "planned_minutes" => top(3),
        "pass_threshold" => top(4),
        "criteria" => Some((1, 0, 0)),
        "plan" => Some((4, 0, 0)),
        _ => match split_path(field)? {
            ("criteria", i, name) => {
                let order = [
                    "title",
                    "assesses",
                    "weight",
                    "levels",
                    "strong_signal",
                    "weak_signal",
                    "questions",
                ];
                let n = order.iter().position(|o| name.starts_with(o))?;
                Some((2, i, n as u8))
            }
            ("decision_rule.must_pass", i, "criterion") => Some((3, i, 0)),
            ("question_bank", i, name) => {
                let order = ["kind", "text", "look_for", "red_flag"];
                let n = order.iter().position(|o| *o == name)?;
                Some((5, i, n as u8))
            }
            _ => None,
        },
    }
}

/// The messages for one field, joined; `None` when it has none.
pub(super) fn message_for(problems: &[RubricProblem], field: &str) -> Option<String> {
    let messages: Vec<&str> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.message.as_str())
        .collect();
    (!messages.is_empty()).then(|| messages.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_follow_problem_paths() {
        assert_eq!(dom_id("title"), "re-title");
        assert_eq!(dom_id("criteria[2].weight"), "re-criteria-2-weight");
        assert_eq!(dom_id("criteria[0].levels[4]"), "re-criteria-0-levels-4");
        assert_eq!(dom_id("question_bank[1].text"), "re-question_bank-1-text");
    }

    #[test]
    fn problems_are_ordered_as_the_form_reads() {
        assert!(form_position("title") < form_position("planned_minutes"));
        assert!(form_position("pass_threshold") < form_position("criteria[0].title"));
        assert!(form_position("criteria[0].weight") < form_position("criteria[1].title"));
        assert!(form_position("criteria[3].weight") < form_position("plan"));
        assert!(form_position("plan") < form_position("question_bank[0].text"));
        assert_eq!(form_position("id"), None);
        assert_eq!(form_position("criteria[1].id"), None);
    }
}
