//! The first-impression check: about three minutes into the call (a rubric setting, on by
//! default) the interviewer is asked, privately, for a snap judgement 1-5 or a skip. The answer
//! stays hidden during the call and is shown beside the final weighted score once the card is
//! completed, so the interviewer sees whether the snap judgement held.

use super::{Score, Scorecard, Status};
use serde::{Deserialize, Serialize};

/// How far into the call (running time, pauses excluded) the prompt appears.
pub const FIRST_IMPRESSION_AFTER_SECONDS: i64 = 180;

/// The interviewer's answer to the prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstImpression {
    /// The snap judgement; `None` when the interviewer skipped.
    #[serde(default)]
    pub score: Option<Score>,
    /// When it was answered, in milliseconds since the Unix epoch.
    pub at: i64,
}

impl FirstImpression {
    /// "2 Below bar", or "skipped".
    pub fn describe(self) -> String {
        self.score
            .map_or_else(|| "skipped".to_string(), |s| s.to_string())
    }
}

impl Scorecard {
    /// Whether to ask now: the rubric asks for it, the call is on and has run (pauses
    /// excluded) for [`FIRST_IMPRESSION_AFTER_SECONDS`], and nothing was answered yet.
    pub fn first_impression_due(&self, now: i64) -> bool {
        self.rubric.first_impression
            && self.status == Status::InCall
            && self.first_impression.is_none()
            && self.call.elapsed_ms(now) >= FIRST_IMPRESSION_AFTER_SECONDS * 1000
    }

    /// Records the answer (`None` = skipped), once. Refused (false) on a completed card or
    /// when an answer is already kept.
    pub fn record_first_impression(&mut self, score: Option<Score>, now: i64) -> bool {
        if self.is_read_only() || self.first_impression.is_some() {
            return false;
        }
        self.first_impression = Some(FirstImpression { score, at: now });
        self.touch_field("first_impression".into(), now);
        true
    }

    /// The answer, only once the card is completed: during the call it stays hidden.
    pub fn first_impression_shown(&self) -> Option<FirstImpression> {
        self.first_impression
            .filter(|_| self.status == Status::Completed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scorecard::tests::card;

    const START: i64 = 10_000;
    const DUE: i64 = START + FIRST_IMPRESSION_AFTER_SECONDS * 1000;

    fn in_call() -> Scorecard {
        let mut c = card(&[1.0]);
        c.start_call(START);
        c
    }

    #[test]
    fn due_at_three_minutes_of_running_call_time_not_before() {
        let c = in_call();
        assert!(!c.first_impression_due(DUE - 1));
        assert!(c.first_impression_due(DUE));
        assert!(
            !card(&[1.0]).first_impression_due(DUE),
            "no call, no prompt"
        );
    }

    #[test]
    fn paused_time_does_not_count() {
        let mut c = in_call();
        c.pause_call(START + 60_000);
        c.start_call(START + 600_000);
        assert!(!c.first_impression_due(DUE));
        assert!(c.first_impression_due(START + 600_000 + 120_000));
    }

    #[test]
    fn the_rubric_setting_off_never_asks() {
        let mut c = in_call();
        c.rubric.first_impression = false;
        assert!(!c.first_impression_due(DUE + 3_600_000));
    }

    #[test]
    fn answered_once_then_no_longer_due_and_hidden_until_completed() {
        let mut c = in_call();
        assert!(c.record_first_impression(Score::new(2), DUE));
        assert!(!c.first_impression_due(DUE + 1));
        assert!(
            !c.record_first_impression(Score::new(5), DUE + 2),
            "only once"
        );
        assert_eq!(c.first_impression_shown(), None, "hidden during the call");
        c.end_call(DUE + 10);
        assert_eq!(c.first_impression_shown(), None, "hidden while scoring");
        c.complete(DUE + 20);
        let shown = c.first_impression_shown().unwrap();
        assert_eq!((shown.score, shown.at), (Score::new(2), DUE));
        assert_eq!(shown.describe(), "2 Below bar");
    }

    #[test]
    fn a_skip_is_kept_and_a_completed_card_refuses_an_answer() {
        let mut c = in_call();
        assert!(c.record_first_impression(None, DUE));
        c.complete(DUE + 1);
        assert_eq!(c.first_impression_shown().unwrap().describe(), "skipped");
        let mut fresh = in_call();
        fresh.complete(DUE);
        assert!(!fresh.record_first_impression(Score::new(3), DUE + 1));
        assert_eq!(fresh.first_impression, None);
    }

    #[test]
    fn old_documents_read_with_the_setting_on_and_no_answer() {
        let mut c = card(&[1.0]);
        let json = serde_json::to_value(&c).unwrap();
        assert!(
            json.get("first_impression").is_none(),
            "not written when absent"
        );
        assert!(
            json["rubric"].get("first_impression").is_none(),
            "default not written"
        );
        let back: Scorecard = serde_json::from_value(json).unwrap();
        assert!(back.rubric.first_impression && back.first_impression.is_none());
        c.rubric.first_impression = false;
        c.first_impression = Some(FirstImpression { score: None, at: 5 });
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["rubric"]["first_impression"], false);
        assert_eq!(
            json["first_impression"],
            serde_json::json!({"score": null, "at": 5})
        );
    }
}
