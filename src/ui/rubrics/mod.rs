//! The rubrics page: built-in kits and the user's own, with duplicate, edit, import, export,
//! share-by-link and delete (undoable). The editor itself is `rubric_editor`.

pub mod editor;
pub mod incoming;

use crate::export::json;
use crate::export::link::{encode_rubric_link, link_fits};
use crate::model::format::decode_rubric;
use crate::model::Rubric;
use crate::ui::common::clipboard::copy_text;
use crate::ui::common::files::{offer_download, read_text, MAX_RUBRIC_BYTES};
use crate::ui::common::undo::UndoNote;
use crate::ui::rubrics::editor::{blank_rubric, RubricEditor};
use crate::ui::state::{use_notices, use_rubrics};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn RubricsPage() -> impl IntoView {
    let rubrics = use_rubrics();
    view! {
        <main class="rubrics-page" id="main">
            {move || match rubrics.editing() {
                Some(rubric) => {
                    view! {
                        <RubricEditor
                            initial=rubric
                            on_save=Callback::new(move |rubric: Rubric| rubrics.save_edited(rubric))
                            on_cancel=Callback::new(move |_| rubrics.close_editor())
                        />
                    }
                        .into_any()
                }
                None => view! { <RubricShelf /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn RubricShelf() -> impl IntoView {
    let rubrics = use_rubrics();
    let import_error = RwSignal::new(None::<String>);
    let new_rubric = move |_| rubrics.edit_new(blank_rubric);
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        import_error.set(None);
        leptos::task::spawn_local(async move {
            let name = file.name();
            let result = read_text(&file, MAX_RUBRIC_BYTES)
                .await
                .and_then(|text| decode_rubric(&text).map_err(|e| e.to_string()));
            match result {
                Ok(rubric) => rubrics.receive(rubric, format!("\u{201c}{name}\u{201d}")),
                Err(e) => import_error.set(Some(format!(
                    "Could not import \u{201c}{name}\u{201d}: {e} Nothing was changed."
                ))),
            }
        });
    };

    view! {
        <section class="panel" aria-labelledby="rubrics-title">
            <div class="section-head">
                <h1 id="rubrics-title">"Rubrics"</h1>
                <div class="actions">
                    <button type="button" class="primary" on:click=new_rubric>
                        "New rubric"
                    </button>
                    <label class="button secondary" for="import-rubric">
                        "Import rubric file"
                    </label>
                    <input
                        id="import-rubric"
                        class="visually-hidden"
                        type="file"
                        accept=".json,application/json"
                        on:change=import
                    />
                </div>
            </div>
            <p class="muted">
                "Built-in kits can be duplicated and edited. A scorecard keeps the rubric it was scored with, so editing or deleting a rubric never changes past scorecards."
            </p>
            <Show when=move || import_error.with(Option::is_some)>
                <p class="inline-alert" role="alert">
                    {move || import_error.get()}
                </p>
            </Show>
            <UndoNote
                deleted=Signal::derive(move || rubrics.deleted_title())
                on_undo=Callback::new(move |_| rubrics.undo_delete())
            />
            <ul class="rubric-list">
                <For
                    each=move || rubrics.all()
                    key=|r| format!("{}:{}", r.id, crate::model::format::encode_rubric(r).len())
                    children=move |rubric| view! { <RubricRow rubric /> }
                />
            </ul>
        </section>
    }
}

#[component]
fn RubricRow(rubric: Rubric) -> impl IntoView {
    let rubrics = use_rubrics();
    let notices = use_notices();
    let built_in = rubrics.is_built_in(&rubric.id);
    let rubric = StoredValue::new(rubric);
    let title = rubric.with_value(|r| r.title.clone());
    let sharing = RwSignal::new(false);
    let facts = rubric.with_value(|r| {
        let mut facts = vec![r.role.clone()];
        if !r.criteria.is_empty() {
            facts.push(format!("{} criteria", r.criteria.len()));
        }
        if !r.question_bank.is_empty() {
            facts.push(format!("{} questions", r.question_bank.len()));
        }
        facts.push(format!("{} min", r.planned_minutes));
        facts.push(format!("pass at {:.1}", r.pass_threshold.0));
        facts.join(" · ")
    });
    let export = move |_| {
        let (name, text) = rubric.with_value(|r| (json::rubric_file_name(r), json::rubric(r)));
        offer_download(notices, &name, &text, "application/json");
    };
    let link = move || {
        let location = web_sys::window().map(|w| w.location());
        let base = location
            .map(|l| {
                format!(
                    "{}{}",
                    l.origin().unwrap_or_default(),
                    l.pathname().unwrap_or_default()
                )
            })
            .unwrap_or_default();
        format!("{base}#{}", rubric.with_value(encode_rubric_link))
    };
    let link_id = format!("share-{}", rubric.with_value(|r| r.id.clone()));
    let (t1, t2, t3, t4, t5) = (
        title.clone(),
        title.clone(),
        title.clone(),
        title.clone(),
        title.clone(),
    );

    view! {
        <li class="rubric-row">
            <div class="rubric-row-main">
                <span class="rubric-row-title">{title.clone()}</span>
                <span class="badge">{if built_in { "Built-in" } else { "Yours" }}</span>
                <span class="muted">{facts}</span>
            </div>
            <div class="actions">
                <Show when=move || !built_in>
                    <button
                        type="button"
                        class="secondary"
                        aria-label=format!("Edit {t1}")
                        on:click=move |_| rubrics.edit(rubric.get_value())
                    >
                        "Edit"
                    </button>
                </Show>
                <button
                    type="button"
                    class="secondary"
                    aria-label=format!("Duplicate {t2}")
                    on:click=move |_| rubrics.duplicate(&rubric.get_value())
                >
                    "Duplicate"
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-label=format!("Export {t3}")
                    on:click=export
                >
                    "Export"
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-label=format!("Share link for {t4}")
                    aria-expanded=move || sharing.get().to_string()
                    on:click=move |_| sharing.update(|s| *s = !*s)
                >
                    "Share link"
                </button>
                <Show when=move || !built_in>
                    <button
                        type="button"
                        class="quiet danger"
                        aria-label=format!("Delete {t5}")
                        on:click=move |_| rubric.with_value(|r| rubrics.delete(&r.id))
                    >
                        "Delete"
                    </button>
                </Show>
            </div>
            <Show when=move || sharing.get()>
                <SharePanel link=link() input_id=link_id.clone() title=title.clone() />
            </Show>
        </li>
    }
}

#[component]
fn SharePanel(link: String, input_id: String, title: String) -> impl IntoView {
    let notices = use_notices();
    let fits = link_fits(&link);
    let size = format!("{:.1} KB", link.len() as f64 / 1024.0);
    let link_text = link.clone();
    let copy = move |_| copy_text(notices, link_text.clone(), "Link copied.");
    let select_all = move |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <div class="share-panel">
            <label for=input_id.clone()>{format!("Share link for {title}")}</label>
            <div class="share-row">
                <input id=input_id type="text" readonly prop:value=link on:focus=select_all />
                <button type="button" class="secondary" on:click=copy>
                    "Copy link"
                </button>
            </div>
            <p class="muted">
                {if fits {
                    format!(
                        "{size}. Anyone who opens it is offered to add this rubric to their browser; nothing is uploaded.",
                    )
                } else {
                    format!(
                        "{size}: longer than 8 KB, so some wikis and chat tools may cut it. Export the file instead.",
                    )
                }}
            </p>
        </div>
    }
}
