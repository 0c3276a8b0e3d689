//! The names a two-tab merge ([`super::merge`]) gives the fields that conflicted, as the
//! interviewer knows them ("the score for API design").

use super::{Scorecard, Step};

/// A field's name as the interviewer knows it.
pub(super) fn describe(path: &[Step], card: &Scorecard) -> String {
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
