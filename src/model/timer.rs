//! Timer arithmetic, derived from stored timestamps and never from counted ticks, so a timer is
//! right after a reload, a sleeping laptop or an hour in a throttled background tab. A clock
//! that jumps backwards never makes time run backwards.

use serde::{Deserialize, Serialize};

pub const MINUTE_MS: i64 = 60_000;
/// The calm cue comes this long before the planned end.
pub const WARNING_MS: i64 = 5 * MINUTE_MS;
/// After the call, scores are due within this long (memory fades fast).
pub const SCORE_WINDOW_MS: i64 = 5 * MINUTE_MS;

/// A stopwatch that can be started, paused and resumed: the time it ran before the current run,
/// plus the current run if it is running.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stopwatch {
    /// Milliseconds run before `running_since`.
    #[serde(default)]
    pub banked_ms: i64,
    /// When the current run began, if running.
    #[serde(default)]
    pub running_since: Option<i64>,
}

impl Stopwatch {
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn start(&mut self, now: i64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    pub fn pause(&mut self, now: i64) {
        if let Some(since) = self.running_since.take() {
            self.banked_ms = self.banked_ms.max(0).saturating_add(run_ms(since, now));
        }
    }

    /// Time run so far, never negative. A clock earlier than the run's start counts the run as
    /// zero; imported extremes saturate instead of overflowing.
    pub fn elapsed_ms(&self, now: i64) -> i64 {
        let running = self.running_since.map_or(0, |since| run_ms(since, now));
        self.banked_ms.max(0).saturating_add(running)
    }
}

/// The length of a run from `since` to `now`: zero if `now` is earlier, saturating at the ends.
fn run_ms(since: i64, now: i64) -> i64 {
    now.saturating_sub(since).max(0)
}

/// Where the call is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallPhase {
    NotStarted,
    Running,
    Paused,
    Ended,
}

/// How the call timer should look: calm, a shift at five minutes left, another when over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallCue {
    OnTime,
    FiveMinutesLeft,
    Over,
}

impl CallCue {
    pub fn as_str(self) -> &'static str {
        match self {
            CallCue::OnTime => "on-time",
            CallCue::FiveMinutesLeft => "five-left",
            CallCue::Over => "over",
        }
    }

    /// What a screen reader hears, once, when this cue begins: a fixed phrase per cue, so a
    /// live region holding it changes only when the cue does (the ticking timers are never
    /// announced). Nothing while on time.
    pub fn announcement(self) -> &'static str {
        match self {
            CallCue::OnTime => "",
            CallCue::FiveMinutesLeft => "5 minutes left in the call.",
            CallCue::Over => "The call is over time.",
        }
    }
}

/// The call timer: planned length, a stopwatch, and when the call started and ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallTimer {
    #[serde(default)]
    pub watch: Stopwatch,
    #[serde(default)]
    pub started_at: Option<i64>,
    #[serde(default)]
    pub ended_at: Option<i64>,
}

impl CallTimer {
    pub fn phase(&self) -> CallPhase {
        match (self.started_at, self.ended_at, self.watch.is_running()) {
            (None, _, _) => CallPhase::NotStarted,
            (Some(_), Some(_), _) => CallPhase::Ended,
            (Some(_), None, true) => CallPhase::Running,
            (Some(_), None, false) => CallPhase::Paused,
        }
    }

    /// Starts the call, or resumes it after a pause. Does nothing once ended.
    pub fn start(&mut self, now: i64) {
        if self.ended_at.is_some() {
            return;
        }
        self.started_at.get_or_insert(now);
        self.watch.start(now);
    }

    pub fn pause(&mut self, now: i64) {
        self.watch.pause(now);
    }

    pub fn end(&mut self, now: i64) {
        if self.started_at.is_none() || self.ended_at.is_some() {
            return;
        }
        self.watch.pause(now);
        // Never before the start, even if the clock jumped back.
        self.ended_at = Some(now.max(self.started_at.unwrap_or(now)));
    }

    pub fn elapsed_ms(&self, now: i64) -> i64 {
        self.watch.elapsed_ms(now)
    }

    /// Planned length minus elapsed; negative once over.
    pub fn remaining_ms(&self, planned_minutes: u32, now: i64) -> i64 {
        (i64::from(planned_minutes) * MINUTE_MS).saturating_sub(self.elapsed_ms(now))
    }

    pub fn cue(&self, planned_minutes: u32, now: i64) -> CallCue {
        match self.remaining_ms(planned_minutes, now) {
            r if r < 0 => CallCue::Over,
            r if r <= WARNING_MS => CallCue::FiveMinutesLeft,
            _ => CallCue::OnTime,
        }
    }

    /// Time left to score after the call ended: `None` before the end, zero once past.
    pub fn score_window_left_ms(&self, now: i64) -> Option<i64> {
        self.ended_at.map(|ended| {
            let due = ended.saturating_add(SCORE_WINDOW_MS);
            due.saturating_sub(now).clamp(0, SCORE_WINDOW_MS)
        })
    }

    /// Whether a scorecard completed at `completed_at` was scored after the window closed.
    pub fn completed_late(&self, completed_at: i64) -> bool {
        self.ended_at
            .is_some_and(|ended| completed_at > ended.saturating_add(SCORE_WINDOW_MS))
    }
}

/// `m:ss` for durations under an hour, `h:mm:ss` above; a leading minus when negative.
pub fn clock(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let total = ms.unsigned_abs() / 1000;
    let (h, m, s) = (total / 3600, (total / 60) % 60, total % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// The call-clock stamp a key inserts into notes: `[mm:ss]` of the call so far (minutes keep
/// counting past the hour, `[75:02]`), so a note says when in the call it was written.
pub fn stamp(call_elapsed_ms: i64) -> String {
    let total = call_elapsed_ms.max(0) / 1000;
    format!("[{:02}:{:02}]", total / 60, total % 60)
}

#[cfg(test)]
mod stamp_tests {
    use super::stamp;

    #[test]
    fn stamps_are_minutes_and_seconds_of_the_call() {
        assert_eq!(stamp(0), "[00:00]");
        assert_eq!(stamp(65_999), "[01:05]");
        assert_eq!(stamp(75 * 60_000 + 2_000), "[75:02]");
        assert_eq!(
            stamp(-5_000),
            "[00:00]",
            "a clock gone backwards never stamps negative time"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_795_323_860_000;
    const S: i64 = 1000;

    #[test]
    fn stopwatch_adds_runs_and_ignores_a_double_start() {
        let mut w = Stopwatch::default();
        w.start(T0);
        w.start(T0 + 5 * S);
        assert_eq!(w.elapsed_ms(T0 + 10 * S), 10 * S);
        w.pause(T0 + 10 * S);
        assert_eq!(
            w.elapsed_ms(T0 + 99 * S),
            10 * S,
            "paused time does not count"
        );
        w.start(T0 + 100 * S);
        assert_eq!(w.elapsed_ms(T0 + 103 * S), 13 * S);
    }

    #[test]
    fn the_clock_jumping_backwards_never_reduces_banked_time() {
        let mut w = Stopwatch::default();
        w.start(T0);
        w.pause(T0 + 30 * S);
        w.start(T0 + 40 * S);
        assert_eq!(w.elapsed_ms(T0 + 20 * S), 30 * S);
        w.pause(T0 + 10 * S);
        assert_eq!(w.elapsed_ms(T0 + 50 * S), 30 * S);
    }

    #[test]
    fn call_phases_follow_start_pause_resume_end() {
        let mut t = CallTimer::default();
        assert_eq!(t.phase(), CallPhase::NotStarted);
        t.end(T0);
        assert_eq!(
            t.phase(),
            CallPhase::NotStarted,
            "cannot end a call never started"
        );
        t.start(T0);
        assert_eq!(t.phase(), CallPhase::Running);
        t.pause(T0 + 60 * S);
        assert_eq!(t.phase(), CallPhase::Paused);
        t.start(T0 + 120 * S);
        assert_eq!(t.started_at, Some(T0), "resume keeps the start");
        t.end(T0 + 180 * S);
        assert_eq!(t.phase(), CallPhase::Ended);
        assert_eq!(t.elapsed_ms(T0 + 999 * S), 120 * S);
        t.start(T0 + 200 * S);
        assert_eq!(t.phase(), CallPhase::Ended, "an ended call stays ended");
    }

    #[test]
    fn a_reload_an_hour_later_gives_the_exact_elapsed_time() {
        let mut t = CallTimer::default();
        t.start(T0);
        let stored = serde_json::to_string(&t).unwrap();
        let restored: CallTimer = serde_json::from_str(&stored).unwrap();
        assert_eq!(restored.elapsed_ms(T0 + 3_600 * S + 7 * S), 3_607 * S);
        assert_eq!(restored.remaining_ms(30, T0 + 3_600 * S), -30 * MINUTE_MS);
    }

    #[test]
    fn cues_at_five_minutes_left_and_when_over() {
        let mut t = CallTimer::default();
        t.start(T0);
        assert_eq!(t.cue(30, T0 + 24 * MINUTE_MS), CallCue::OnTime);
        assert_eq!(t.cue(30, T0 + 25 * MINUTE_MS), CallCue::FiveMinutesLeft);
        assert_eq!(t.cue(30, T0 + 30 * MINUTE_MS), CallCue::FiveMinutesLeft);
        assert_eq!(t.cue(30, T0 + 30 * MINUTE_MS + S), CallCue::Over);
    }

    #[test]
    fn a_cue_is_one_fixed_phrase_for_its_whole_span() {
        let mut t = CallTimer::default();
        t.start(T0);
        let said = |at: i64| t.cue(30, at).announcement();
        assert_eq!(said(T0 + 24 * MINUTE_MS), "");
        assert_eq!(said(T0 + 25 * MINUTE_MS), "5 minutes left in the call.");
        assert_eq!(
            said(T0 + 29 * MINUTE_MS + 59 * S),
            said(T0 + 25 * MINUTE_MS)
        );
        assert_eq!(said(T0 + 31 * MINUTE_MS), "The call is over time.");
        assert_eq!(said(T0 + 90 * MINUTE_MS), said(T0 + 31 * MINUTE_MS));
    }

    #[test]
    fn the_score_window_counts_down_five_minutes_after_the_end() {
        let mut t = CallTimer::default();
        assert_eq!(t.score_window_left_ms(T0), None);
        t.start(T0);
        t.end(T0 + 20 * MINUTE_MS);
        let end = T0 + 20 * MINUTE_MS;
        assert_eq!(t.score_window_left_ms(end + 60 * S), Some(4 * MINUTE_MS));
        assert_eq!(t.score_window_left_ms(end + 10 * MINUTE_MS), Some(0));
        assert_eq!(t.score_window_left_ms(end - 60 * S), Some(5 * MINUTE_MS));
        assert!(!t.completed_late(end + 5 * MINUTE_MS));
        assert!(t.completed_late(end + 5 * MINUTE_MS + 1));
    }

    #[test]
    fn an_end_before_the_start_is_clamped_to_the_start() {
        let mut t = CallTimer::default();
        t.start(T0);
        t.end(T0 - 50 * S);
        assert_eq!(t.ended_at, Some(T0));
        assert_eq!(t.elapsed_ms(T0 + 10 * S), 0);
    }

    #[test]
    fn clock_format() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(65 * S + 999), "1:05");
        assert_eq!(clock(3_725 * S), "1:02:05");
        assert_eq!(clock(-90 * S), "-1:30");
    }
}

#[cfg(test)]
mod extreme_tests {
    use super::*;

    const EXTREMES: [i64; 6] = [i64::MIN, i64::MIN + 1, -1, 0, 1_795_323_860_000, i64::MAX];

    /// Imported timestamps can be anything: every public timer function stays sane (no panic
    /// in debug, elapsed never negative, the score window within 0..=5 minutes).
    #[test]
    fn extreme_imported_timestamps_never_overflow() {
        for a in EXTREMES {
            for b in EXTREMES {
                for now in EXTREMES {
                    for banked in [i64::MIN, -1, 0, i64::MAX] {
                        let watch = Stopwatch {
                            banked_ms: banked,
                            running_since: Some(a),
                        };
                        assert!(watch.elapsed_ms(now) >= 0);
                        let mut paused = watch;
                        paused.pause(now);
                        assert!(paused.elapsed_ms(now) >= 0);
                        let mut started = Stopwatch {
                            banked_ms: banked,
                            running_since: None,
                        };
                        started.start(now);
                        assert!(started.elapsed_ms(now) >= 0);
                        // Started after it ended, ended before it started: both clamp.
                        for ended in [Some(b), None] {
                            let call = CallTimer {
                                watch,
                                started_at: Some(a),
                                ended_at: ended,
                            };
                            assert!(call.elapsed_ms(now) >= 0);
                            call.remaining_ms(u32::MAX, now);
                            call.cue(60, now);
                            let left = call.score_window_left_ms(now);
                            assert!(left.is_none_or(|l| (0..=SCORE_WINDOW_MS).contains(&l)));
                            call.completed_late(now);
                            let mut c = call;
                            c.start(now);
                            c.pause(now);
                            c.end(now);
                            clock(c.elapsed_ms(now));
                            clock(c.remaining_ms(30, now));
                            stamp(c.elapsed_ms(now));
                        }
                    }
                }
            }
        }
        assert_eq!(clock(i64::MIN).chars().next(), Some('-'));
    }
}
