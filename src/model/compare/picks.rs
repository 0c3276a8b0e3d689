//! The quick picks of the compare page: every scorecard of a rubric, or for a role, and the
//! rubrics and roles there are to pick from.

use super::normalize;
use crate::model::Scorecard;
use std::collections::HashMap;

/// The ids of every scorecard of a rubric, for the "All of rubric" quick pick.
pub fn pick_rubric(all: &[Scorecard], rubric_id: &str) -> Vec<String> {
    all.iter()
        .filter(|c| c.rubric.id == rubric_id)
        .map(|c| c.id.clone())
        .collect()
}

/// The ids of every scorecard for a role (normalized), for the "All with role" quick pick.
pub fn pick_role(all: &[Scorecard], role: &str) -> Vec<String> {
    let role = normalize(role);
    all.iter()
        .filter(|c| normalize(&c.role) == role)
        .map(|c| c.id.clone())
        .collect()
}

/// A quick pick of a rubric: its id, title and how many scorecards use it.
pub type RubricChoice = (String, String, usize);
/// A quick pick of a role: as first written, and how many scorecards have it.
pub type RoleChoice = (String, usize);

/// The rubrics (titled as on their first scorecard) and roles among `all`, in order of first
/// appearance, for the quick picks.
pub fn choices(all: &[Scorecard]) -> (Vec<RubricChoice>, Vec<RoleChoice>) {
    let mut rubrics: Vec<RubricChoice> = Vec::new();
    let mut roles: Vec<RoleChoice> = Vec::new();
    let mut role_at: HashMap<String, usize> = HashMap::new();
    for card in all {
        match rubrics.iter_mut().find(|(id, ..)| *id == card.rubric.id) {
            Some(entry) => entry.2 += 1,
            None => rubrics.push((card.rubric.id.clone(), card.rubric.title.clone(), 1)),
        }
        let role = normalize(&card.role);
        if role.is_empty() {
            continue;
        }
        match role_at.get(&role) {
            Some(&i) => roles[i].1 += 1,
            None => {
                role_at.insert(role, roles.len());
                roles.push((card.role.trim().to_string(), 1));
            }
        }
    }
    (rubrics, roles)
}
