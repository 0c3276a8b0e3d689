//! The data the browser tests start from, and the stored data they check.

use scorecard::model::{Rubric, Scorecard};
use scorecard::storage::keys;

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Every stored scorecard document, decoded.
pub fn stored_cards() -> Vec<Scorecard> {
    let s = storage();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| keys::card_id(k).is_some())
        .map(|k| {
            let raw = s.get_item(&k).unwrap().unwrap();
            scorecard::model::stored::join(&raw, |r| s.get_item(&keys::snapshot(r)).unwrap())
                .unwrap()
        })
        .collect()
}

/// The built-in "backend-technical" rubric.
pub fn technical() -> Rubric {
    scorecard::rubrics::built_in()
        .into_iter()
        .find(|r| r.id == "backend-technical")
        .unwrap()
}
