//! Browser tests: mount the real app in headless Chromium, act as a user would, and check the
//! DOM and localStorage. Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown --test web` (scripts/test.sh does this).
#![cfg(target_arch = "wasm32")]

mod common;

use common::dom::{document, find, fire_input, press};
use common::fixtures::{storage, stored_cards};

use leptos::mount::mount_to;
use scorecard::storage::keys;
use scorecard::App;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container and empty storage for each test.
fn fresh_root() -> HtmlElement {
    storage().clear().unwrap();
    common::dom::fresh_root()
}

fn type_into(root: &HtmlElement, selector: &str, text: &str) {
    let input: HtmlInputElement = find(root, selector);
    input.set_value(text);
    fire_input(&input);
}

#[wasm_bindgen_test]
async fn picking_a_score_is_saved_to_local_storage() {
    let root = fresh_root();
    let _app = mount_to(root.clone(), App);
    type_into(&root, "#new-candidate", "Ada Lovelace");
    find::<HtmlElement>(&root, "button[type=submit]").click();
    leptos::task::tick().await;

    let group: HtmlElement = find(
        &root,
        "[role=radiogroup][aria-labelledby=crit-api-design-title]",
    );
    let title: HtmlElement = find(&root, "#crit-api-design-title");
    assert_eq!(title.text_content().unwrap(), "API design");
    find::<HtmlInputElement>(&group, "input[value='4']").click();
    leptos::task::tick().await;

    let cards = stored_cards();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].candidate, "Ada Lovelace");
    assert_eq!(cards[0].score_of("api-design").map(|s| s.value()), Some(4));
    assert!(root.text_content().unwrap().contains("4 Strong"));
    assert!(root
        .text_content()
        .unwrap()
        .contains("1 of 5 criteria scored"));
}

#[wasm_bindgen_test]
async fn an_empty_candidate_name_is_refused_with_a_message() {
    let root = fresh_root();
    let _app = mount_to(root.clone(), App);
    find::<HtmlElement>(&root, "button[type=submit]").click();
    leptos::task::tick().await;
    let error: HtmlElement = find(&root, "#new-candidate-error");
    assert_eq!(
        error.text_content().unwrap(),
        "Enter the candidate's name to start."
    );
    assert!(stored_cards().is_empty());
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_backed_up_and_reported() {
    let root = fresh_root();
    storage()
        .set_item(&keys::card("broken"), "{\"format\":\"scorecard\",")
        .unwrap();
    let _app = mount_to(root.clone(), App);
    leptos::task::tick().await;

    let s = storage();
    assert_eq!(s.get_item(&keys::card("broken")).unwrap(), None);
    let backups: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("scorecard:backup:"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        s.get_item(&backups[0]).unwrap().as_deref(),
        Some("{\"format\":\"scorecard\",")
    );
    let notice = root
        .query_selector(".notice-error")
        .unwrap()
        .expect("an error notice");
    let text = notice.text_content().unwrap();
    assert!(
        text.contains("could not be read") && text.contains(&backups[0]),
        "{text}"
    );
    // The app still works: the start form is there.
    assert!(root.query_selector("#new-candidate").unwrap().is_some());
}

async fn started_card(root: &HtmlElement) {
    type_into(root, "#new-candidate", "Ada Lovelace");
    find::<HtmlElement>(root, "button[type=submit]").click();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn number_keys_score_the_current_criterion() {
    let root = fresh_root();
    let _app = mount_to(root.clone(), App);
    started_card(&root).await;
    let body = document().body().unwrap();
    press(&body, "j");
    press(&body, "j");
    press(&body, "4");
    leptos::task::tick().await;
    press(&body, "k");
    press(&body, "2");
    leptos::task::tick().await;

    let card = &stored_cards()[0];
    assert_eq!(card.score_of("databases").map(|s| s.value()), Some(4));
    assert_eq!(card.score_of("api-design").map(|s| s.value()), Some(2));
    let current: HtmlElement = find(&root, ".item.current");
    assert_eq!(current.id(), "crit-api-design");
    let checked: HtmlInputElement = find(&current, "input[value='2']");
    assert!(checked.checked());
}

#[wasm_bindgen_test]
async fn shortcuts_never_fire_while_typing_in_a_field() {
    let root = fresh_root();
    let _app = mount_to(root.clone(), App);
    started_card(&root).await;
    let body = document().body().unwrap();
    press(&body, "j");
    leptos::task::tick().await;
    let notes: HtmlElement = find(&root, "#crit-api-design-notes");
    notes.focus().unwrap();
    for key in ["3", "j", "n", "f", "?", " "] {
        press(&notes, key);
    }
    leptos::task::tick().await;

    assert_eq!(stored_cards()[0].score_of("api-design"), None);
    assert!(root.query_selector(".focus-mode").unwrap().is_none());
    assert!(root.query_selector(".shortcut-sheet").unwrap().is_none());
    let current: HtmlElement = find(&root, ".item.current");
    assert_eq!(
        current.id(),
        "crit-api-design",
        "j inside the field did not move on"
    );

    // The same keys outside the field do act.
    press(&body, "3");
    press(&body, "?");
    leptos::task::tick().await;
    assert_eq!(
        stored_cards()[0].score_of("api-design").map(|s| s.value()),
        Some(3)
    );
    assert!(root.query_selector(".shortcut-sheet").unwrap().is_some());
}

/// Every stored key that starts with `prefix`.
fn keys_with(prefix: &str) -> Vec<String> {
    let s = storage();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

#[wasm_bindgen_test]
async fn an_unreadable_rubric_snapshot_is_rebuilt_and_sends_no_card_to_backup() {
    let root = fresh_root();
    let app = mount_to(root.clone(), App);
    started_card(&root).await;
    drop(app);
    let snapshot = keys_with("scorecard:snapshot:").remove(0);
    storage()
        .set_item(&snapshot, "{\"format\":\"scorecard-rubric\",")
        .unwrap();

    let store = scorecard::storage::Store::open().unwrap();
    let library = store.load_library(5);
    assert_eq!(library.cards.len(), 1, "the card still loads");
    assert!(library.problems.is_empty());
    assert!(!keys_with("scorecard:backup:")
        .iter()
        .any(|k| k.contains("scorecard:card:")));
    let backups = keys_with("scorecard:backup:");
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].ends_with(&snapshot), "{backups:?}");

    // A save that finds the key present checks what it holds, and rewrites it.
    storage().set_item(&snapshot, "tampered").unwrap();
    let fresh = scorecard::storage::Store::open().unwrap();
    fresh.save_card(&library.cards[0]).unwrap();
    assert_ne!(
        storage().get_item(&snapshot).unwrap().as_deref(),
        Some("tampered")
    );
    assert_eq!(fresh.load_library(6).cards.len(), 1);
}
