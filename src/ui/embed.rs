//! The "Embed in a wiki" panel: the iframe snippet for a chosen rubric and view, and a plain
//! statement of where the data lives. A dialog: focus moves in, stays in, Esc closes.

use crate::export::link::encode_link;
use crate::model::route::{embed_snippet, View};
use crate::ui::common::clipboard::copy_text;
use crate::ui::common::focus::Dialog;
use crate::ui::state::{use_notices, use_rubrics};
use leptos::prelude::*;

#[component]
pub fn EmbedDialog(on_close: Callback<()>) -> impl IntoView {
    let rubrics = use_rubrics();
    let notices = use_notices();
    let rubric = RwSignal::new(rubrics.first_kit_id());
    let view_choice = RwSignal::new(View::Score);
    // A custom rubric travels in the URL itself, packed by the browser (CompressionStream); a
    // built-in kit is in every browser. Per rubric id: its packed link, or why it failed.
    let carried = RwSignal::new(None::<(String, Result<Option<String>, String>)>);
    Effect::new(move |_| {
        let id = rubric.get();
        let custom = (!rubrics.is_built_in(&id))
            .then(|| rubrics.all().into_iter().find(|r| r.id == id))
            .flatten();
        leptos::task::spawn_local(async move {
            let packed = match custom {
                Some(r) => encode_link(&r).await.map(Some).map_err(|e| e.to_string()),
                None => Ok(None),
            };
            carried.set(Some((id, packed)));
        });
    });
    // The snippet of the chosen rubric, once its link is packed.
    let snippet = move || {
        let url = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let id = rubric.get();
        let view = view_choice.get();
        carried.with(|c| match c {
            Some((packed_id, packed)) if *packed_id == id => Some(
                packed
                    .as_ref()
                    .map(|p| embed_snippet(&url, Some(&id), p.as_deref(), view))
                    .map_err(Clone::clone),
            ),
            _ => None,
        })
    };
    let copy = move |_| {
        if let Some(Ok(text)) = snippet() {
            copy_text(notices, text, "Embed snippet copied.");
        }
    };
    let views = [
        (View::Score, "Score a candidate"),
        (View::Library, "Scorecard list"),
        (View::Compare, "Compare candidates"),
    ];
    view! {
        <Dialog labelled_by="embed-title" class="panel embed-dialog" on_close=on_close>
            <div class="section-head">
                <h2 id="embed-title">"Embed in a wiki"</h2>
                <button type="button" class="quiet" on:click=move |_| on_close.run(())>
                    "Close"
                </button>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="embed-rubric">"Rubric for the widget"</label>
                    <select
                        id="embed-rubric"
                        on:change:target=move |ev| rubric.set(ev.target().value())
                    >
                        {move || {
                            rubrics
                                .all()
                                .into_iter()
                                .map(|r| {
                                    view! { <option value=r.id.clone()>{r.title.clone()}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-view">"Opens on"</label>
                    <select
                        id="embed-view"
                        on:change:target=move |ev| {
                            let v = ev.target().value();
                            if let Some((view, _)) = views
                                .iter()
                                .find(|(view, _)| view.as_str() == v)
                            {
                                view_choice.set(*view);
                            }
                        }
                    >
                        {views
                            .iter()
                            .map(|(v, label)| view! { <option value=v.as_str()>{*label}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            {move || {
                snippet()
                    .map(|snippet| match snippet {
                        Ok(text) => {
                            view! {
                                <div class="field">
                                    <label for="embed-snippet">"Embed snippet"</label>
                                    <textarea
                                        id="embed-snippet"
                                        readonly
                                        rows="4"
                                        prop:value=text
                                    ></textarea>
                                </div>
                            }
                                .into_any()
                        }
                        Err(e) => {
                            view! {
                                <p class="field-error" role="alert">
                                    {e}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
            <div class="actions">
                <button type="button" class="primary" on:click=copy>
                    "Copy snippet"
                </button>
            </div>
            <p class="muted small">
                "Paste it into any wiki page that accepts HTML or an iframe. The widget needs scripts, its own storage, forms, downloads and printing, and nothing more. "
                "A rubric of your own travels inside the snippet, so every colleague scores the same kit. "
                "Scores stay in each interviewer's browser, stored for the widget's own address (not the wiki's), separately for every person: nothing is sent anywhere. Use Export to share them."
            </p>
        </Dialog>
    }
}
