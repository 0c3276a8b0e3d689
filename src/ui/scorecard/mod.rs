//! The open scorecard: header, one card per criterion, and the summary panel.

pub mod call_bar;
pub mod criterion;
pub mod cursor;
pub mod export_menu;
pub mod flags;
pub mod focus_bar;
pub mod keys;
pub mod questions;
pub mod summary;

use crate::ui::common::hooks::use_clock;
use crate::ui::scorecard::call_bar::CallBar;
use crate::ui::scorecard::criterion::CriterionCard;
use crate::ui::scorecard::cursor::use_shortcuts;
use crate::ui::scorecard::focus_bar::{FocusBar, ShortcutSheet};
use crate::ui::scorecard::questions::QuestionsSection;
use crate::ui::scorecard::summary::SummaryPanel;
use crate::ui::state::{use_app, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn ScorecardView() -> impl IntoView {
    let state = use_app();
    // The rubric snapshot never changes while the card is open, so criteria render once.
    let criteria = state
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.rubric.criteria.clone()))
        .unwrap_or_default();
    let status = Memo::new(move |_| state.read(|c| c.status)());
    let now = use_clock(1000);
    provide_context(Now(now));
    let cursor = use_shortcuts();
    let late = Memo::new(move |_| state.read(|c| c.completed_late())());
    let meta = state.read(|c| {
        [c.role.as_str(), c.interviewer.as_str(), c.date.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ")
    });

    view! {
        <div class="scorecard" class:focus-mode=move || cursor.focus_mode.get()>
            <header class="card-head">
                <div class="card-head-text">
                    <p class="rubric-name">{state.read(|c| c.rubric.title.clone())}</p>
                    <h1 id="card-title" tabindex="-1">{state.read(|c| c.candidate.clone())}</h1>
                    <p class="muted">{meta}</p>
                </div>
                <div class="card-head-side">
                    <span class=move || format!("status status-{}", status.get().as_str())>
                        {move || status.get().label()}
                    </span>
                    <Show when=move || late.get()>
                        <span class="status status-late">"Completed late"</span>
                    </Show>
                    <span class="save-status" role="status">
                        {move || match state.save_status.get() {
                            SaveStatus::Idle => "",
                            SaveStatus::Saved => "Saved",
                            SaveStatus::NotSaved => "Not saved",
                        }}
                    </span>
                    <button
                        type="button"
                        class="quiet"
                        aria-keyshortcuts="?"
                        on:click=move |_| cursor.help.update(|h| *h = !*h)
                    >
                        "Shortcuts (?)"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        aria-pressed=move || cursor.focus_mode.get().to_string()
                        aria-keyshortcuts="f"
                        on:click=move |_| cursor.focus_mode.update(|f| *f = !*f)
                    >
                        "Focus mode"
                    </button>
                    <crate::ui::scorecard::export_menu::ExportMenu />
                    <button type="button" class="secondary" on:click=move |_| state.close()>
                        "All scorecards"
                    </button>
                </div>
            </header>
            <CallBar now />
            <ShortcutSheet />
            <Show when=move || cursor.focus_mode.get()>
                <FocusBar />
            </Show>
            <div class="card-body">
                <main class="criteria" id="main" aria-label="Scoring">
                    <QuestionsSection />
                    {criteria
                        .into_iter()
                        .map(|criterion| view! { <CriterionCard criterion /> })
                        .collect_view()}
                </main>
                <SummaryPanel status />
            </div>
        </div>
    }
}

/// The ticking clock of the open scorecard, for timers below it.
#[derive(Clone, Copy)]
pub struct Now(pub ReadSignal<i64>);
