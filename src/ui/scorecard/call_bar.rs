//! The call timer in the scorecard header: start, pause, resume and end the call; elapsed and
//! remaining time with a calm cue; after the call, the five-minute "score now" countdown.

use crate::model::timer::{clock, CallCue, CallPhase};
use crate::ui::common::hooks::use_now;
use crate::ui::state::use_session;
use leptos::prelude::*;

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
            timer.cue(planned, now),
            timer.score_window_left_ms(now),
        ))
    };
    let cue = move || times().map_or(CallCue::OnTime, |t| t.2);
    let edit = move |f: fn(&mut crate::model::Scorecard, i64)| session.edit(f);

    view! {
        <div
            class=move || format!("call-bar cue-{}", cue().as_str())
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
                            <span class="timer" aria-label="Elapsed">
                                {move || times().map(|t| t.0)}
                            </span>
                            " elapsed · "
                            <span class="timer">{move || times().map(|t| clock(t.1.abs()))}</span>
                            {move || {
                                if times().is_some_and(|t| t.1 < 0) { " over" } else { " left" }
                            }}
                            <span class="cue-word">
                                {move || match cue() {
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
                    view! {
                        <span class="call-time">
                            {move || times().map(|t| format!("Call took {}", t.0))}
                        </span>
                        <span class="score-now" role="status">
                            {move || {
                                let completed = session
                                    .with_card(|c| c.status == crate::model::Status::Completed);
                                match times().and_then(|t| t.3) {
                                    _ if completed => String::new(),
                                    Some(0) => {
                                        "The 5-minute scoring window has passed; score while you still remember."
                                            .into()
                                    }
                                    Some(left) => format!("Score now: {} left", clock(left)),
                                    None => String::new(),
                                }
                            }}
                        </span>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
