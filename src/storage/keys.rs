//! Every localStorage key the app uses, in one place.

/// All keys start with this, so the app never touches another page's data.
pub const PREFIX: &str = "scorecard:";
/// The ids of stored scorecards, newest first.
pub const INDEX: &str = "scorecard:index";
/// The id of the scorecard that was open, so a reload returns to it.
pub const OPEN: &str = "scorecard:open";
/// The build id of the app last used in this browser, to say when a new version is in use.
pub const BUILD: &str = "scorecard:build";
/// The candidate groups merged in Compare ("Same candidate?"): a JSON array of key pairs.
pub const SAME_CANDIDATES: &str = "scorecard:same-candidates";
/// Compare's "Hide names until every picked scorecard is completed": "true" or "false".
pub const HIDE_NAMES: &str = "scorecard:hide-names";
/// The scorecard's density preference: "full" (the default when absent) or "compact".
pub const DENSITY: &str = "scorecard:density";
/// Written and removed once at start to learn whether storage accepts writes.
pub const PROBE: &str = "scorecard:probe";

const CARD: &str = "scorecard:card:";
const RUBRIC: &str = "scorecard:rubric:";
const SNAPSHOT: &str = "scorecard:snapshot:";
const BACKUP: &str = "scorecard:backup:";

/// The key holding one scorecard document.
pub fn card(id: &str) -> String {
    format!("{CARD}{id}")
}

/// The scorecard id of a card key, if it is one.
pub fn card_id(key: &str) -> Option<&str> {
    key.strip_prefix(CARD)
}

/// The key holding one user rubric document (built-in kits are not stored).
pub fn rubric(id: &str) -> String {
    format!("{RUBRIC}{id}")
}

/// The rubric id of a rubric key, if it is one.
pub fn rubric_id(key: &str) -> Option<&str> {
    key.strip_prefix(RUBRIC)
}

/// The key holding one rubric snapshot, shared by every scorecard scored with that content.
pub fn snapshot(fingerprint: &str) -> String {
    format!("{SNAPSHOT}{fingerprint}")
}

/// Where the raw text of an unreadable value is kept: `scorecard:backup:<ms>:<original key>`.
pub fn backup(key: &str, now: i64) -> String {
    format!("{BACKUP}{now}:{key}")
}

/// A backup key's parts: when the value was moved aside (ms, if the key says) and the key it
/// was moved from. `None` for a key that is not a backup.
pub fn backup_parts(key: &str) -> Option<(Option<i64>, &str)> {
    let rest = key.strip_prefix(BACKUP)?;
    Some(match rest.split_once(':') {
        Some((ms, original)) if ms.parse::<i64>().is_ok() => (ms.parse().ok(), original),
        _ => (None, rest),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_keys_round_trip_and_stay_in_the_namespace() {
        assert_eq!(card_id(&card("abc")), Some("abc"));
        assert_eq!(card_id(INDEX), None);
        assert_eq!(rubric_id(&rubric("kit")), Some("kit"));
        assert_eq!(rubric_id(&card("kit")), None);
        for key in [
            card("x"),
            backup(INDEX, 5),
            INDEX.into(),
            OPEN.into(),
            PROBE.into(),
            HIDE_NAMES.into(),
            DENSITY.into(),
        ] {
            assert!(key.starts_with(PREFIX), "{key}");
        }
        assert_eq!(backup(&card("x"), 5), "scorecard:backup:5:scorecard:card:x");
        assert_eq!(
            backup_parts(&backup(&card("x"), 5)),
            Some((Some(5), "scorecard:card:x"))
        );
        assert_eq!(backup_parts("scorecard:backup:odd"), Some((None, "odd")));
        assert_eq!(backup_parts(&card("x")), None);
    }
}
