//! The open scorecard: header, one card per criterion, and the summary panel.

pub mod call_bar;
pub mod criterion;
pub mod cursor;
pub mod export_menu;
pub mod flags;
pub mod focus_bar;
pub mod impression;
pub mod keys;
pub mod questions;
pub mod revision;
pub mod rule;
pub mod summary;
mod threshold;

use crate::model::Status;
use crate::ui::common::focus::keep_tab_inside;
use crate::ui::common::hooks::{provide_clock, with_press};
use crate::ui::scorecard::call_bar::CallBar;
use crate::ui::scorecard::criterion::CriterionCard;
use crate::ui::scorecard::cursor::Cursor;
use crate::ui::scorecard::focus_bar::{FocusBar, ShortcutSheet};
use crate::ui::scorecard::keys::{action_for, Action, Context};
use crate::ui::scorecard::questions::QuestionsSection;
use crate::ui::scorecard::summary::SummaryPanel;
use crate::ui::state::{use_session, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn ScorecardView() -> impl IntoView {
    let session = use_session();
    // The rubric snapshot never changes while the card is open, so criteria render once.
    let criteria = session.with_card_untracked(|c| c.rubric.criteria.clone());
    let status = Memo::new(move |_| session.with_card(|c| c.status));
    provide_clock(1000);
    crate::ui::scorecard::revision::provide_revise();
    let cursor = Cursor::provide();
    let late = Memo::new(move |_| session.with_card(|c| c.completed_late()));
    let read_only = move || status.get() == Status::Completed;
    let meta = move || {
        session.with_card(|c| {
            [c.role.as_str(), c.interviewer.as_str(), c.date.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };

    // In focus mode Tab stays among what focus mode shows, as in a dialog.
    let root = NodeRef::<leptos::html::Div>::new();
    let keep_tab_in = move |ev: web_sys::KeyboardEvent| {
        if ev.default_prevented() || !cursor.focus_mode_untracked() {
            return;
        }
        let action = with_press(&ev, |p| action_for(p, Context::Dialog));
        if let (Some(Action::DialogTab { back }), Some(root)) = (action, root.get_untracked()) {
            keep_tab_inside(&root, back, &ev);
        }
    };

    view! {
        <div
            class="scorecard"
            class:focus-mode=move || cursor.focus_mode()
            node_ref=root
            on:keydown=keep_tab_in
        >
            <header class="card-head">
                <div class="card-head-text">
                    <p class="rubric-name">
                        {move || session.with_card(|c| c.rubric.title.clone())}
                    </p>
                    <div class="title-row">
                        <h1 id="card-title" tabindex="-1">
                            {move || session.with_card(|c| c.candidate.clone())}
                        </h1>
                        // The status sits with the title, in a slot as wide as the longest
                        // status (style/main.css), so the header never reflows.
                        <span class="status-slot">
                            <span class=move || {
                                let late = if late.get() { " status-late" } else { "" };
                                format!("status status-{}{late}", status.get().as_str())
                            }>
                                {move || {
                                    if late.get() { "Completed late" } else { status.get().label() }
                                }}
                            </span>
                        </span>
                    </div>
                    <p class="muted">{meta}</p>
                </div>
                <div class="card-head-side">
                    <span class="save-status" role="status">
                        {move || match session.save_status() {
                            SaveStatus::Idle => "",
                            SaveStatus::Saved => "Saved",
                            SaveStatus::NotSaved => "Not saved",
                        }}
                    </span>
                    <button
                        type="button"
                        class="quiet"
                        aria-keyshortcuts="?"
                        on:click=move |_| cursor.toggle_help()
                    >
                        "Shortcuts (?)"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        aria-pressed=move || cursor.focus_mode().to_string()
                        aria-keyshortcuts="f"
                        on:click=move |_| cursor.toggle_focus_mode(session)
                    >
                        "Focus mode"
                    </button>
                    <crate::ui::scorecard::export_menu::ExportMenu />
                    <button type="button" class="secondary" on:click=move |_| session.close()>
                        "All scorecards"
                    </button>
                </div>
                // In the sticky header, so the call timer stays in view (style/main.css).
                <CallBar />
            </header>
            <crate::ui::scorecard::impression::FirstImpressionPrompt />
            <ShortcutSheet />
            <crate::ui::scorecard::revision::RevisionDialog />
            <Show when=move || cursor.focus_mode()>
                <FocusBar />
            </Show>
            <div class="card-body">
                <main class="criteria" id="main" tabindex="-1" aria-label="Scoring">
                    <crate::ui::scorecard::criterion::DensitySwitch />
                    // A completed card is read-only: every control in here is disabled at once.
                    <fieldset class="lock" disabled=read_only>
                        <QuestionsSection />
                        {criteria
                            .into_iter()
                            .map(|criterion| view! { <CriterionCard criterion /> })
                            .collect_view()}
                    </fieldset>
                </main>
                <SummaryPanel status />
            </div>
            // Set at start and rarely changed: below the card, so the header stays one row.
            <section class="card-details" aria-label="Details">
                <CandidateKey read_only=Signal::derive(read_only) />
            </section>
        </div>
    }
}

/// The candidate key shared with colleagues' cards, editable until the card is completed.
#[component]
fn CandidateKey(read_only: Signal<bool>) -> impl IntoView {
    let session = use_session();
    view! {
        <div class="field candidate-key">
            <label for="card-candidate-key">
                "Candidate key (optional, shared with colleagues)"
            </label>
            <input
                id="card-candidate-key"
                type="text"
                autocomplete="off"
                disabled=read_only
                prop:value=move || session.with_card(|c| c.candidate_id.clone())
                on:change:target=move |ev| {
                    let key = ev.target().value();
                    session
                        .edit(|card, now| {
                            card.set_candidate_id(&key, now);
                        });
                }
            />
        </div>
    }
}
