//! Importing scorecards from colleagues: several files at once, by file picker or drag and
//! drop. Each file is read all or nothing; a report says per file what was imported, what was
//! already here, what differs (keep both or replace: the user chooses) and what was rejected.

use crate::model::import::{apply, ImportReport, Resolution};
use crate::ui::common::files::{read_text, MAX_SCORECARDS_BYTES};
use crate::ui::common::lazy;
use crate::ui::state::{use_library, use_notices, Tone};
use leptos::prelude::*;

#[component]
pub fn ImportPanel() -> impl IntoView {
    let library = use_library();
    let notices = use_notices();
    let report = RwSignal::new(None::<ImportReport>);
    let waiting = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    // What the store could not keep, replacing "N imported" when saving failed.
    let not_saved = RwSignal::new(None::<String>);

    let finish = move |resolution: Resolution| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        let existing: Vec<String> =
            library.with_untracked(|l| l.iter().map(|c| c.id.clone()).collect());
        let cards = apply(&r, resolution, &existing);
        not_saved.set(library.store_cards(&cards).err());
        waiting.set(false);
    };
    let take = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                read.push((file.name(), read_text(&file, MAX_SCORECARDS_BYTES).await));
            }
            // Decoding and planning are a part loaded on demand (src/ui/common/lazy.rs).
            let stored = library.with_untracked(|l| l.to_vec());
            let r = match lazy::import_plan(stored, read).await {
                Ok(r) => r,
                Err(_) => {
                    notices.notify(lazy::not_loaded("import"), Tone::Error);
                    return;
                }
            };
            let needs_choice = r.stored_conflicts() > 0;
            report.set(Some(r));
            if needs_choice {
                waiting.set(true);
            } else {
                finish(Resolution::KeepBoth);
            }
        });
    };
    let from_list = move |list: Option<web_sys::FileList>| {
        let files = list
            .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default();
        take(files);
    };

    view! {
        <div
            class="import-panel"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                from_list(ev.data_transfer().and_then(|d| d.files()));
            }
        >
            <div class="actions">
                <label class="button secondary" for="import-cards">
                    "Import scorecard files"
                </label>
                <input
                    id="import-cards"
                    class="visually-hidden"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    on:change:target=move |ev| {
                        let input = ev.target();
                        from_list(input.files());
                        input.set_value("");
                    }
                />
                <span class="muted small">"or drop JSON exports here, several at once."</span>
            </div>
            {move || {
                report
                    .get()
                    .map(|r| {
                        view! {
                            <div class="import-result" role="status">
                                <p>
                                    <strong>
                                        {if waiting.get() {
                                            "Import waiting for your choice"
                                        } else if not_saved.with(Option::is_some) {
                                            "Import not saved"
                                        } else {
                                            "Import finished"
                                        }}
                                    </strong>
                                </p>
                                {move || not_saved.get().map(|why| view! { <p>{why}</p> })}
                                <ul class="import-report">
                                    {r
                                        .files
                                        .iter()
                                        .filter(|_| not_saved.with(Option::is_none))
                                        .map(|f| {
                                            view! {
                                                <li>{format!("{}: {}", f.file_name, f.summary())}</li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
            }}
            <Show when=move || waiting.get()>
                <div class="actions" role="group" aria-label="Scorecards that differ from yours">
                    <span>"Some imported scorecards differ from yours with the same id."</span>
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| finish(Resolution::KeepBoth)
                    >
                        "Keep both"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| finish(Resolution::Replace)
                    >
                        "Replace mine"
                    </button>
                    <button
                        type="button"
                        class="quiet"
                        on:click=move |_| {
                            waiting.set(false);
                            report.set(None);
                        }
                    >
                        "Cancel import"
                    </button>
                </div>
            </Show>
        </div>
    }
}
