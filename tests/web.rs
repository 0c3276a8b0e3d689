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

/// Stores a card that cannot be read, then mounts the app on a fresh root; the app is returned
/// so it stays mounted while the test looks.
async fn mount_with_a_broken_card() -> (HtmlElement, impl Sized) {
    let root = fresh_root();
    storage()
        .set_item(&keys::card("broken"), "{\"format\":\"scorecard\",")
        .unwrap();
    let app = mount_to(root.clone(), App);
    leptos::task::tick().await;
    (root, app)
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_backed_up_and_reported() {
    let (root, _app) = mount_with_a_broken_card().await;

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

// Restore paths of the Recovered data view, against the browser's real localStorage.

const MOVED_AT: i64 = 1_700_000_000_000;

/// A card started through the app; returns its id and stored text.
async fn stored_card_text() -> (String, String) {
    let root = fresh_root();
    let app = mount_to(root.clone(), App);
    started_card(&root).await;
    drop(app);
    let key = keys_with("scorecard:card:").remove(0);
    let raw = storage().get_item(&key).unwrap().unwrap();
    (keys::card_id(&key).unwrap().to_string(), raw)
}

/// Fills localStorage to the last byte with `filler-*` keys, big pieces first.
fn fill_quota() {
    let s = storage();
    let mut n = 0;
    for size in [256 * 1024, 16 * 1024, 1024, 64, 1] {
        let piece = "x".repeat(size);
        while s.set_item(&format!("filler-{n}"), &piece).is_ok() {
            n += 1;
        }
        n += 1;
    }
}

fn clear_filler() {
    for key in keys_with("filler-") {
        storage().remove_item(&key).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_restorable_backup_is_restored_and_its_backup_key_removed() {
    let (id, raw) = stored_card_text().await;
    storage().remove_item(&keys::card(&id)).unwrap();
    storage().remove_item(keys::INDEX).unwrap();
    let backup = keys::backup(&keys::card(&id), MOVED_AT);
    storage().set_item(&backup, &raw).unwrap();

    let store = scorecard::storage::Store::open().unwrap();
    let listed = store.backups();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].key, backup);
    assert_eq!(listed[0].raw, raw);
    assert_eq!(listed[0].moved_at, Some(MOVED_AT));
    let restored = store.try_restore(&backup, MOVED_AT + 1).unwrap();
    assert_eq!(restored.opens().as_deref(), Some(id.as_str()));
    assert_eq!(
        restored.message(),
        "Restored as a scorecard of Ada Lovelace"
    );
    assert!(storage().get_item(&keys::card(&id)).unwrap().is_some());
    assert_eq!(storage().get_item(&backup).unwrap(), None);
    assert!(store.backups().is_empty());
    assert_eq!(stored_cards().len(), 1);
}

#[wasm_bindgen_test]
async fn an_unreadable_backup_reports_the_exact_reason_and_is_kept() {
    storage().clear().unwrap();
    let future = keys::backup(&keys::card("future"), MOVED_AT);
    let future_text =
        r#"{"format":"scorecard","version":99,"scorecard":{"candidate":"Alan Turing"}}"#;
    let broken = keys::backup(&keys::card("broken"), MOVED_AT);
    storage().set_item(&future, future_text).unwrap();
    storage()
        .set_item(&broken, "{\"format\":\"scorecard\",")
        .unwrap();

    let store = scorecard::storage::Store::open().unwrap();
    assert_eq!(
        store.try_restore(&future, MOVED_AT).unwrap_err(),
        "The document is format version 99, newer than this app reads (up to 2). Update the \
         app to open it."
    );
    let why = store.try_restore(&broken, MOVED_AT).unwrap_err();
    assert!(
        why.starts_with("This is not valid JSON (EOF while parsing"),
        "{why}"
    );
    assert_eq!(
        storage().get_item(&future).unwrap().as_deref(),
        Some(future_text)
    );
    assert_eq!(
        storage().get_item(&broken).unwrap().as_deref(),
        Some("{\"format\":\"scorecard\",")
    );
    assert!(keys_with("scorecard:card:").is_empty());
    assert_eq!(store.backups().len(), 2);
}

#[wasm_bindgen_test]
async fn a_restore_never_overwrites_a_readable_card_with_the_same_id() {
    let (id, raw) = stored_card_text().await;
    // The backup holds another version of the same card: another candidate name.
    let other = raw.replace("Ada Lovelace", "Grace Hopper");
    assert_ne!(other, raw);
    let backup = keys::backup(&keys::card(&id), MOVED_AT);
    storage().set_item(&backup, &other).unwrap();

    let store = scorecard::storage::Store::open().unwrap();
    let restored = store.try_restore(&backup, MOVED_AT).unwrap();
    let copy = format!("{id}-restored-1");
    assert_eq!(restored.opens().as_deref(), Some(copy.as_str()));
    assert_eq!(
        storage().get_item(&keys::card(&id)).unwrap().as_deref(),
        Some(raw.as_str()),
        "the readable card is untouched"
    );
    let copy_text = storage().get_item(&keys::card(&copy)).unwrap().unwrap();
    assert!(copy_text.contains("Grace Hopper"), "{copy_text}");
    assert_eq!(storage().get_item(&backup).unwrap(), None);
    let mut names: Vec<String> = stored_cards().into_iter().map(|c| c.candidate).collect();
    names.sort();
    assert_eq!(names, ["Ada Lovelace", "Grace Hopper"]);
}

#[wasm_bindgen_test]
async fn a_restore_whose_write_fails_keeps_the_backup() {
    let (id, raw) = stored_card_text().await;
    storage().remove_item(&keys::card(&id)).unwrap();
    let backup = keys::backup(&keys::card(&id), MOVED_AT);
    storage().set_item(&backup, &raw).unwrap();
    let store = scorecard::storage::Store::open().unwrap();
    fill_quota();

    let why = store.try_restore(&backup, MOVED_AT).unwrap_err();
    clear_filler();
    assert!(why.contains("storage is full"), "{why}");
    assert_eq!(
        storage().get_item(&backup).unwrap().as_deref(),
        Some(raw.as_str())
    );
    assert_eq!(storage().get_item(&keys::card(&id)).unwrap(), None);
    // With room again, the same backup restores.
    assert!(store.try_restore(&backup, MOVED_AT).is_ok());
    assert_eq!(storage().get_item(&backup).unwrap(), None);
}

#[wasm_bindgen_test]
async fn the_notice_of_a_backup_opens_recovered_data() {
    let (root, _app) = mount_with_a_broken_card().await;
    let notice: HtmlElement = find(&root, ".notice-error");
    let button = (0..notice.query_selector_all("button").unwrap().length())
        .filter_map(|i| notice.query_selector_all("button").unwrap().item(i))
        .map(wasm_bindgen::JsCast::unchecked_into::<HtmlElement>)
        .find(|b| b.text_content().as_deref() == Some("Recovered data"))
        .expect("a Recovered data button in the notice");
    button.click();
    leptos::task::tick().await;
    let title: HtmlElement = find(&root, "#recovered-title");
    assert_eq!(title.text_content().unwrap(), "Recovered data");
    assert!(root
        .text_content()
        .unwrap()
        .contains("scorecard:card:broken"));
}

// Share links: the browser's DecompressionStream reads the zlib links the native codec
// (miniz_oxide, what every link shared so far was made with) writes; `tests/golden/*.link` are
// held to that codec by `export::link` tests.

const GOLDEN_LINK: &str = include_str!("golden/rubric-example.link");

#[wasm_bindgen_test]
async fn a_link_made_natively_opens_in_the_browser() {
    use scorecard::export::link::decode_link;
    let expected =
        scorecard::model::format::decode_rubric(include_str!("../docs/rubric-example.json"))
            .unwrap();
    assert_eq!(decode_link(GOLDEN_LINK).await.unwrap(), expected);
    let whole = format!("https://example.invalid/#{GOLDEN_LINK}");
    assert_eq!(decode_link(&whole).await.unwrap(), expected);
}

#[wasm_bindgen_test]
async fn a_bomb_or_a_damaged_link_is_refused_in_the_browser() {
    use scorecard::export::link::{decode_link, LinkError};
    // 10 MiB of spaces in 13 KB: refused once 256 KiB are out.
    let bomb = include_str!("golden/bomb.link");
    assert_eq!(decode_link(bomb).await.unwrap_err(), LinkError::TooLarge);
    let cut = &GOLDEN_LINK[..GOLDEN_LINK.len() - 40];
    assert_eq!(decode_link(cut).await.unwrap_err(), LinkError::Incomplete);
    let mut bytes = GOLDEN_LINK.as_bytes().to_vec();
    let middle = bytes.len() / 2;
    bytes[middle] = if bytes[middle] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(bytes).unwrap();
    assert!(matches!(
        decode_link(&damaged).await.unwrap_err(),
        LinkError::Corrupted | LinkError::Incomplete
    ));
}

#[wasm_bindgen_test]
async fn the_browser_packs_every_kit_into_a_link_it_reads_back() {
    use scorecard::export::link::{decode_link, encode_link, link_fits};
    for kit in scorecard::rubrics::built_in() {
        let payload = encode_link(&kit).await.unwrap();
        assert!(payload.starts_with("rubric=1."), "{payload}");
        assert!(link_fits(&format!("https://example.invalid/#{payload}")));
        assert_eq!(decode_link(&payload).await.unwrap(), kit);
    }
}
