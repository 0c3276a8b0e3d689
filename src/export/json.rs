//! JSON export: the same versioned document the app stores, pretty-printed for people; and
//! several scorecards in one `scorecard-export` document.

use crate::model::format::{encode_bundle, encode_rubric, encode_scorecard};
use crate::model::words::{slug_with, Letters};
use crate::model::{Rubric, Scorecard};

/// A scorecard as an indented JSON document that imports back unchanged.
pub fn scorecard(card: &Scorecard) -> String {
    pretty(&encode_scorecard(card))
}

/// Several scorecards as one indented `scorecard-export` document that imports back unchanged,
/// stamped with the export time (ms since the epoch) and this app's version. For one card the
/// app exports the single [`scorecard`] document instead.
pub fn bundle(cards: &[Scorecard], exported_at: i64) -> String {
    pretty(&encode_bundle(
        cards,
        exported_at,
        env!("CARGO_PKG_VERSION"),
    ))
}

/// A rubric as an indented `scorecard-rubric` document that imports back unchanged.
pub fn rubric(rubric: &Rubric) -> String {
    pretty(&encode_rubric(rubric))
}

/// A file name for a rubric's export: `rubric-backend-technical.json`.
pub fn rubric_file_name(rubric: &Rubric) -> String {
    format!("rubric-{}.json", crate::model::catalogue::slug(&rubric.id))
}

/// A compact document indented for people: the one pretty-printer of the exports.
fn pretty(document: &str) -> String {
    let value: serde_json::Value =
        serde_json::from_str(document).expect("the encoder writes valid JSON");
    serde_json::to_string_pretty(&value).expect("a JSON value always serializes")
}

/// A file name for an export of several scorecards: `scorecards-3-2026-11-22.json`, with the
/// export's local date. One card keeps [`file_name`].
pub fn bundle_file_name(count: usize, date: &str) -> String {
    format!("scorecards-{count}-{date}.json")
}

/// A file name for a candidate's export: `scorecard-ada-lovelace-2026-11-22.json`.
pub fn file_name(card: &Scorecard) -> String {
    let slug = slug_with(&card.candidate, Letters::Any, "candidate");
    format!("scorecard-{slug}-{}.json", card.date)
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "json_fixtures.rs"]
pub(crate) mod fixtures;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "json_schema_tests.rs"]
mod schema;
