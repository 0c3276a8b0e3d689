//! The call timer in the scorecard header: start, pause, resume and end the call; elapsed and
//! remaining time with a calm cue; after the call, the five-minute "score now" countdown.
//!
//! For screen readers the ticking times are `role="timer"` elements with names (never live, so
//! never read out every second), and the cues (5 minutes left, over time, an answer running
//! long, the scoring window passed) are announced once each through one polite live region
//! whose text changes only when a cue does.

use crate::model::timer::{clock, CallCue, CallPhase};
use crate::model::words::running_long;
use crate::ui::common::hooks::use_now;
use crate::ui::state::use_session;
use leptos::prelude::*;

/// Said once when the scoring window closes.
const WINDOW_PASSED: &str =
    "The 5-minute scoring window has passed; score while you still remember.";

#[component]
pub fn CallBar() -> impl IntoView {
    let session = use_session();
    let now = use_now();
    let call = Memo::new(move |_| session.with_card(|c| Some((c.call, c.rubric.planned_minutes))));
    let phase = Memo::new(move |_| call.get().map_or(CallPhase::NotStarted, |(t, _)| t.phase()));
    let times = move || {
        let (timer, planned) = call.get()?;
        let now = now.get();
        Some((
            clock(timer.elapsed_ms(now)),
            timer.remaining_ms(planned, now),
            timer.score_window_left_ms(now),
        ))
    };
    // Memos: each changes (and is announced) only when its cue does, not every tick.
    let cue = Memo::new(move |_| match (call.get(), phase.get()) {
        (Some((t, planned)), CallPhase::Running | CallPhase::Paused) => t.cue(planned, now.get()),
        _ => CallCue::OnTime,
    });
    let long_answer = Memo::new(move |_| session.with_card(|c| c.answer_running_long(now.get())));
    let window_passed = Memo::new(move |_| {
        !session.with_card(|c| c.is_read_only())
            && call
                .get()
                .and_then(|(t, _)| t.score_window_left_ms(now.get()))
                == Some(0)
    });
    let edit = move |f: fn(&mut crate::model::Scorecard, i64)| session.edit(f);
    let over = move || times().is_some_and(|t| t.1 < 0);

    view! {
        <div
            class=move || format!("call-bar cue-{}", cue.get().as_str())
            role="group"
            aria-label="Call timer"
        >
            {move || match phase.get() {
                CallPhase::NotStarted => {
                    let planned = call.get().map(|(_, p)| p).unwrap_or_default();
                    view! {
                        <span class="call-time muted">{format!("{planned} min planned")}</span>
                        <button
                            type="button"
                            class="primary"
                            on:click=move |_| edit(|c, now| c.start_call(now))
                        >
                            "Start call"
                        </button>
                    }
                        .into_any()
                }
                CallPhase::Running | CallPhase::Paused => {
                    let running = phase.get() == CallPhase::Running;
                    view! {
                        <span class="call-time">
                            <span class="timer" role="timer" aria-label="Elapsed">
                                {move || times().map(|t| t.0)}
                            </span>
                            " elapsed · "
                            <span
                                class="timer"
                                role="timer"
                                aria-label=move || if over() { "Over time by" } else { "Left" }
                            >
                                {move || times().map(|t| clock(t.1.abs()))}
                            </span>
                            {move || if over() { " over" } else { " left" }}
                            <span class="cue-word">
                                {move || match cue.get() {
                                    CallCue::OnTime => "",
                                    CallCue::FiveMinutesLeft => " · 5 minutes left",
                                    CallCue::Over => " · over time",
                                }}
                            </span>
                            {(!running).then_some(" · paused")}
                        </span>
                        {if running {
                            view! {
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| edit(|c, now| c.pause_call(now))
                                >
                                    "Pause call"
                                </button>
                            }
                                .into_any()
                        } else {
                            view! {
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| edit(|c, now| c.start_call(now))
                                >
                                    "Resume call"
                                </button>
                            }
                                .into_any()
                        }}
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| edit(|c, now| c.end_call(now))
                        >
                            "End call"
                        </button>
                    }
                        .into_any()
                }
                CallPhase::Ended => {
                    let left = move || {
                        times()
                            .and_then(|t| t.2)
                            .filter(|_| !session.with_card(|c| c.is_read_only()))
                    };
                    view! {
                        <span class="call-time">
                            "Call took " <span class="timer" role="timer" aria-label="Call length">
                                {move || times().map(|t| t.0)}
                            </span>
                        </span>
                        <span class="score-now">
                            {move || match left() {
                                Some(0) => WINDOW_PASSED.into_any(),
                                Some(_) => {
                                    view! {
                                        "Score now: "
                                        <span
                                            class="timer"
                                            role="timer"
                                            aria-label="Scoring window left"
                                        >
                                            {move || left().map(clock)}
                                        </span>
                                        " left"
                                    }
                                        .into_any()
                                }
                                None => ().into_any(),
                            }}
                        </span>
                    }
                        .into_any()
                }
            }}
            // Always present, so the first cue is announced; each part changes only with its cue.
            <span class="visually-hidden" role="status" aria-label="Timer cues">
                <span>{move || cue.get().announcement()}</span>
                " "
                <span>{move || long_answer.get().map(running_long)}</span>
                " "
                <span>{move || window_passed.get().then_some(WINDOW_PASSED)}</span>
            </span>
        </div>
    }
}
