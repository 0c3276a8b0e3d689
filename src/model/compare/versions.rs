//! Notes where the versions of a rubric differ: the snapshots on scorecards of one rubric id
//! change when the rubric is edited between calls.

use super::CriterionColumn;
use crate::model::Scorecard;

/// Quoted for a note.
fn quoted(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

/// Distinct values in first-seen order.
fn distinct<T: PartialEq>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Notes where the versions of a rubric (its snapshots on `cards`, newest first) differ.
pub(super) fn notes(cards: &[&Scorecard], columns: &[CriterionColumn]) -> Vec<String> {
    let mut notes = Vec::new();
    let titles = distinct(cards.iter().map(|c| c.rubric.title.as_str()));
    if titles.len() > 1 {
        let list: Vec<String> = titles.iter().map(|t| quoted(t)).collect();
        notes.push(format!(
            "The rubric changed between these scorecards: it was titled {} (newest first).",
            list.join(", ")
        ));
    }
    for col in columns {
        let versions: Vec<_> = cards
            .iter()
            .filter_map(|c| c.rubric.criterion(&col.id))
            .collect();
        if versions.len() < cards.len() {
            notes.push(format!(
                "{} is in the rubric version of {} of {} scorecards; the others show \
                 \u{201c}Not in this version\u{201d}.",
                quoted(&col.title),
                versions.len(),
                cards.len()
            ));
        }
        let names = distinct(versions.iter().map(|c| c.title.as_str()));
        if names.len() > 1 {
            let older: Vec<String> = names[1..].iter().map(|t| quoted(t)).collect();
            notes.push(format!(
                "{} was titled {} in another version; matched by its id.",
                quoted(&col.title),
                older.join(", ")
            ));
        }
        let weights = distinct(versions.iter().map(|c| c.weight.to_bits()));
        if weights.len() > 1 {
            notes.push(format!(
                "{} has different weights between versions; each total uses its own \
                 scorecard's weights.",
                quoted(&col.title)
            ));
        }
    }
    let thresholds = distinct(cards.iter().map(|c| c.rubric.pass_threshold.0.to_bits()));
    if thresholds.len() > 1 {
        let list: Vec<String> = thresholds
            .iter()
            .map(|t| format!("{:.2}", f64::from_bits(*t)))
            .collect();
        notes.push(format!(
            "Pass thresholds differ ({}); each result is against its own scorecard's threshold.",
            list.join(", ")
        ));
    }
    notes
}
