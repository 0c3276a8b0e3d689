//! Browser tests for the rubric editor: mount it alone in headless Chromium, edit fields by
//! their accessible names and check the messages and what `on_save` receives. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test editor`.
#![cfg(target_arch = "wasm32")]

mod common;

use common::dom::{all, document, fire_input, focused, fresh_root, next_frame};
use common::fixtures::technical;

use leptos::mount::mount_to;
use leptos::prelude::*;
use scorecard::model::Rubric;
use scorecard::ui::rubrics::editor::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The form control whose accessible name is `name`: its aria-label, else its <label>'s text.
fn control(root: &HtmlElement, name: &str) -> HtmlElement {
    if let Some(el) = all(root, "input, textarea, select")
        .into_iter()
        .find(|el| el.get_attribute("aria-label").as_deref() == Some(name))
    {
        return el.unchecked_into();
    }
    let label = all(root, "label[for]")
        .into_iter()
        .find(|l| l.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no control named {name:?}"));
    let id = label.get_attribute("for").unwrap();
    document()
        .get_element_by_id(&id)
        .unwrap_or_else(|| panic!("label {name:?} points at missing #{id}"))
        .unchecked_into()
}

fn value_of(el: &HtmlElement) -> String {
    js_sys::Reflect::get(el, &"value".into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// Types `text` into the control named `name`, as a user would (value, then an input event).
fn type_into(root: &HtmlElement, name: &str, text: &str) {
    let el = control(root, name);
    js_sys::Reflect::set(&el, &"value".into(), &text.into()).unwrap();
    fire_input(&el);
}

fn button(root: &HtmlElement, name: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || (!b.has_attribute("aria-label")
                    && b.text_content().unwrap_or_default().trim() == name)
        })
        .unwrap_or_else(|| panic!("no button named {name:?}"))
        .unchecked_into()
}

async fn click(root: &HtmlElement, name: &str) {
    button(root, name).click();
    leptos::task::tick().await;
}

/// The message shown for the control named `name`, through its aria-describedby.
fn error_of(root: &HtmlElement, name: &str) -> Option<String> {
    let el = control(root, name);
    if el.get_attribute("aria-invalid").as_deref() != Some("true") {
        return None;
    }
    let id = el.get_attribute("aria-describedby")?;
    let described = document().get_element_by_id(&id)?;
    assert_eq!(described.class_name(), "field-error");
    Some(described.text_content().unwrap_or_default())
}

fn alert_text(root: &HtmlElement) -> Option<String> {
    root.query_selector("[role=alert]")
        .unwrap()
        .map(|a| a.text_content().unwrap_or_default())
}

struct Editor {
    root: HtmlElement,
    saved: RwSignal<Option<Rubric>>,
    cancelled: RwSignal<bool>,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

/// Mounts the editor and lets its first values land (Leptos sets `value` in a microtask).
async fn mount(initial: Rubric) -> Editor {
    let root = fresh_root();
    let saved = RwSignal::new(None::<Rubric>);
    let cancelled = RwSignal::new(false);
    let handle = mount_to(root.clone(), move || {
        view! {
            <RubricEditor
                initial
                on_save=Callback::new(move |r| saved.set(Some(r)))
                on_cancel=Callback::new(move |_| cancelled.set(true))
            />
        }
        .into_any()
    });
    leptos::task::tick().await;
    Editor {
        root,
        saved,
        cancelled,
        _handle: handle,
    }
}

#[wasm_bindgen_test]
async fn an_invalid_rubric_shows_messages_by_its_fields_and_is_not_saved() {
    let e = mount(technical()).await;
    let root = &e.root;
    assert_eq!(alert_text(root), None);
    type_into(root, "Title", "");
    type_into(root, "Criterion 2 weight", "0");
    leptos::task::tick().await;
    // Nothing is checked before the first save attempt.
    assert_eq!(error_of(root, "Title"), None);

    click(root, "Save rubric").await;
    assert_eq!(e.saved.get_untracked(), None);
    assert_eq!(
        error_of(root, "Title").as_deref(),
        Some("Give the rubric a title.")
    );
    assert_eq!(
        error_of(root, "Criterion 2 weight").as_deref(),
        Some("The weight must be a positive number.")
    );
    assert_eq!(error_of(root, "Criterion 1 weight"), None);
    assert_eq!(
        alert_text(root).as_deref(),
        Some("Fix 2 problems before saving.")
    );
    // What the user typed stays, and focus is on the first field to fix.
    assert_eq!(value_of(&control(root, "Criterion 2 weight")), "0");
    let focused = document().active_element().unwrap();
    assert_eq!(focused, control(root, "Title").unchecked_into::<Element>());
}

#[wasm_bindgen_test]
async fn fixing_the_fields_clears_the_messages_and_saves_the_edits() {
    let e = mount(technical()).await;
    let root = &e.root;
    type_into(root, "Title", "");
    type_into(root, "Criterion 2 weight", "0");
    click(root, "Save rubric").await;
    assert_eq!(
        alert_text(root).as_deref(),
        Some("Fix 2 problems before saving.")
    );

    // Messages follow the fixes live once a save was attempted.
    type_into(root, "Title", "  Platform backend screen  ");
    leptos::task::tick().await;
    assert_eq!(error_of(root, "Title"), None);
    assert_eq!(
        alert_text(root).as_deref(),
        Some("Fix 1 problem before saving.")
    );
    type_into(root, "Criterion 2 weight", "2.5");
    leptos::task::tick().await;
    assert_eq!(error_of(root, "Criterion 2 weight"), None);
    // An unequal weight asks for its reason (issue 15's rubric guards) before the save.
    assert_eq!(
        alert_text(root).as_deref(),
        Some("Fix 1 problem before saving.")
    );
    type_into(
        root,
        "Criterion 2 why this weight",
        "Design carries the role",
    );
    leptos::task::tick().await;
    assert_eq!(alert_text(root), None);

    click(root, "Save rubric").await;
    let saved = e.saved.get_untracked().expect("on_save was called");
    assert_eq!(saved.title, "Platform backend screen");
    assert_eq!(saved.criteria[1].weight, 2.5);
    assert!(saved.problems().is_empty());
    let mut expected = technical();
    expected.title = saved.title.clone();
    expected.criteria[1].weight = 2.5;
    expected.criteria[1].weight_reason = "Design carries the role".into();
    assert_eq!(saved, expected);
}

#[wasm_bindgen_test]
async fn an_unparsable_number_is_reported_not_dropped() {
    let e = mount(technical()).await;
    let root = &e.root;
    type_into(root, "Criterion 1 weight", "");
    type_into(root, "Pass threshold (1-5)", "");
    type_into(root, "Planned call length (minutes)", "");
    click(root, "Save rubric").await;
    assert_eq!(e.saved.get_untracked(), None);
    assert_eq!(
        error_of(root, "Criterion 1 weight").as_deref(),
        Some("The weight must be a positive number.")
    );
    assert_eq!(
        error_of(root, "Pass threshold (1-5)").as_deref(),
        Some("The pass threshold must be between 1 and 5.")
    );
    assert_eq!(
        error_of(root, "Planned call length (minutes)").as_deref(),
        Some("The planned call length must be at least one minute.")
    );
    let focused = document().active_element().unwrap();
    assert_eq!(
        focused,
        control(root, "Planned call length (minutes)").unchecked_into::<Element>()
    );
}

#[wasm_bindgen_test]
async fn a_new_criterion_with_a_taken_title_is_refused() {
    let e = mount(technical()).await;
    let root = &e.root;
    click(root, "Add criterion").await;
    let legends: Vec<String> = all(root, "fieldset > legend")
        .iter()
        .map(|l| l.text_content().unwrap())
        .filter(|l| l.starts_with("Criterion"))
        .collect();
    assert_eq!(legends.len(), 6);
    assert_eq!(legends[5], "Criterion 6");

    type_into(root, "Criterion 6 title", "api design ");
    click(root, "Save rubric").await;
    assert_eq!(e.saved.get_untracked(), None);
    assert_eq!(
        error_of(root, "Criterion 6 title").as_deref(),
        Some("Two criteria share this title.")
    );
    assert_eq!(error_of(root, "Criterion 1 title"), None);

    type_into(root, "Criterion 6 title", "Caching");
    click(root, "Save rubric").await;
    let saved = e.saved.get_untracked().expect("on_save was called");
    assert_eq!(saved.criteria.len(), 6);
    assert_eq!(saved.criteria[5].title, "Caching");
    assert_eq!(saved.criteria[5].id, "criterion-1");
    assert_eq!(saved.criteria[5].weight, 1.0);
}

#[wasm_bindgen_test]
async fn criteria_are_removed_and_reordered_by_their_buttons() {
    let e = mount(technical()).await;
    let root = &e.root;
    let ids: Vec<String> = technical().criteria.into_iter().map(|c| c.id).collect();
    click(root, "Remove criterion 1").await;
    next_frame().await;
    // Focus lands on the criterion that took the removed one's place.
    assert_eq!(
        focused(),
        control(root, "Criterion 1 title").unchecked_into::<Element>()
    );
    assert!(root
        .query_selector("[aria-label='Remove criterion 5']")
        .unwrap()
        .is_none());
    assert_eq!(
        value_of(&control(root, "Criterion 1 title")),
        "Databases and query performance"
    );

    click(root, "Move up criterion 2").await;
    assert_eq!(
        value_of(&control(root, "Criterion 1 title")),
        "Concurrency and distributed systems"
    );
    // The moved criterion is now first, so its "up" is disabled and focus is on its "down".
    next_frame().await;
    assert!(button(root, "Move up criterion 1").has_attribute("disabled"));
    assert_eq!(
        focused(),
        button(root, "Move down criterion 1").unchecked_into::<Element>()
    );
    // A title edit after the move lands on the criterion now in that place.
    type_into(root, "Criterion 2 title", "Databases");
    click(root, "Save rubric").await;
    let saved = e.saved.get_untracked().expect("on_save was called");
    let saved_ids: Vec<&str> = saved.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(saved_ids, [&ids[2], &ids[1], &ids[3], &ids[4]]);
    assert_eq!(saved.criteria[1].title, "Databases");
    assert_eq!(saved.criteria[1].id, ids[1]);
}

#[wasm_bindgen_test]
async fn a_blank_rubric_needs_its_titles_and_cancel_reports_back() {
    let e = mount(blank_rubric("my-rubric".into())).await;
    let root = &e.root;
    click(root, "Save rubric").await;
    assert_eq!(e.saved.get_untracked(), None);
    assert_eq!(
        alert_text(root).as_deref(),
        Some("Fix 2 problems before saving.")
    );
    assert_eq!(
        error_of(root, "Criterion 1 title").as_deref(),
        Some("Give the criterion a title.")
    );

    click(root, "Add question").await;
    click(root, "Save rubric").await;
    assert_eq!(
        error_of(root, "Question 1 text").as_deref(),
        Some("Write the question.")
    );
    click(root, "Remove question 1").await;
    assert!(root
        .query_selector("[aria-label='Question 1 text']")
        .unwrap()
        .is_none());

    click(root, "Cancel").await;
    assert!(e.cancelled.get_untracked());
    assert_eq!(e.saved.get_untracked(), None);
}
