//! The library's filters: text, status, rubric, interviewer and the date range (ISO dates).

use crate::model::library::{interviewers, Query};
use crate::model::time::{parse_date, DATE_FORMAT};
use crate::model::Status;
use crate::ui::state::use_library;
use leptos::prelude::*;

#[component]
pub fn Filters(query: RwSignal<Query>, rubrics: Memo<Vec<(String, String)>>) -> impl IntoView {
    let set = move |f: fn(&mut Query, String)| move |value: String| query.update(|q| f(q, value));
    let set_text = set(|q, v| q.text = v);
    let set_rubric = set(|q, v| q.rubric = (!v.is_empty()).then_some(v));
    let set_interviewer = set(|q, v| q.interviewer = (!v.is_empty()).then_some(v));
    let library = use_library();
    let names = Memo::new(move |_| library.with(interviewers));
    let set_status = set(|q, v| q.status = Status::parse(&v));
    let set_from = Callback::new(move |d| query.update(|q| q.from = d));
    let set_to = Callback::new(move |d| query.update(|q| q.to = d));
    view! {
        <div class="filters" role="search" aria-label="Search and filter scorecards">
            <div class="field">
                <label for="lib-search">"Search by name"</label>
                <input
                    id="lib-search"
                    type="search"
                    autocomplete="off"
                    on:input:target=move |ev| set_text(ev.target().value())
                />
            </div>
            <div class="field">
                <label for="lib-rubric">"Filter by rubric"</label>
                <select id="lib-rubric" on:change:target=move |ev| set_rubric(ev.target().value())>
                    <option value="">"All rubrics"</option>
                    {move || {
                        rubrics
                            .get()
                            .into_iter()
                            .map(|(id, title)| view! { <option value=id>{title}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="lib-interviewer">"Filter by who scored"</label>
                <select
                    id="lib-interviewer"
                    on:change:target=move |ev| set_interviewer(ev.target().value())
                >
                    <option value="">"All interviewers"</option>
                    {move || {
                        names
                            .get()
                            .into_iter()
                            .map(|n| view! { <option value=n.clone()>{n.clone()}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="lib-status">"Filter by status"</label>
                <select id="lib-status" on:change:target=move |ev| set_status(ev.target().value())>
                    <option value="">"Any status"</option>
                    {Status::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.as_str()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </div>
            <DateFilter id="lib-from" label="From date" on_set=set_from />
            <DateFilter id="lib-to" label="To date" on_set=set_to />
        </div>
    }
}

/// A date filter typed as ISO `YYYY-MM-DD`, the one date format the app shows (a browser date
/// input would show the locale's `mm/dd/yyyy` instead). Anything else filters nothing and is
/// marked invalid.
#[component]
fn DateFilter(
    id: &'static str,
    label: &'static str,
    on_set: Callback<Option<String>>,
) -> impl IntoView {
    let invalid = RwSignal::new(false);
    let help = format!("{id}-help");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                placeholder=DATE_FORMAT
                pattern=r"\d{4}-\d{2}-\d{2}"
                autocomplete="off"
                aria-describedby=help.clone()
                aria-invalid=move || invalid.get().then_some("true")
                on:change:target=move |ev| {
                    let text = ev.target().value();
                    let date = parse_date(&text);
                    invalid.set(date.is_none() && !text.trim().is_empty());
                    on_set.run(date);
                }
            />
            <span class="small" class:visually-hidden=move || !invalid.get() id=help>
                {format!("Use {DATE_FORMAT}")}
            </span>
        </div>
    }
}
