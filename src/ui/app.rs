//! The app shell: mounting the contexts, the top navigation, which screen shows, shared
//! rubric links in the URL fragment, focus when the screen changes (and after any click that
//! removes the focused control), and the skip link.

use super::common::focus::focus_id;
use super::common::lazy::{self, Part, PartFailed};
use super::{common, library};
use crate::ui::state::{use_nav, Page, Reopening, State, Tone};
use leptos::prelude::*;

/// Scrolls to the top, and focuses the open card's title when `card_open`. False when the
/// title is not there yet (the call screen's part is still arriving).
fn focus_page_top(card_open: bool) -> bool {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    !card_open || focus_id("card-title")
}

/// Starts the app in place of the static shell, in tasks of their own after the one that
/// instantiated the module, so that none holds the page long (Lighthouse counts a long task as
/// blocking time; docs/PERFORMANCE.md): the built-in rubrics decoded (where they are compiled
/// in: `crate::rubrics`), then the contexts (storage, the library), then the view. The shell leaves in the same task as the view
/// mounts: no frame shows both, or neither.
pub fn start() {
    common::task::next_task(|| {
        crate::rubrics::kits();
        common::task::next_task(provide_then_mount);
    });
}

fn provide_then_mount() {
    // The contexts start tasks; the mount would set the executor up only after them.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| provide_context(State::provide()));
    common::task::next_task(move || {
        owner.with(|| {
            let document = document();
            // What was typed in the shell's form goes into the app's (ui/common/takeover.rs).
            let shell = document.get_element_by_id("shell");
            let (early, library) = shell.map_or((None, None), |shell| {
                let early = common::takeover::EarlyInput::read(&document, &shell);
                let library = common::takeover::take_library(&document, &shell);
                shell.remove();
                (early, library)
            });
            leptos::mount::mount_to_body(App);
            // The app's library is drawn a task later (`library::StartPage`): the shell's stands
            // in for it, so that no frame shows neither.
            if let Some(library) = library {
                common::takeover::stand_in_library(&document, &library);
            }
            // After the app's first effects have set its fields (they run after the mount),
            // before that frame is painted.
            if let Some(early) = early {
                request_animation_frame(move || early.replay(&document));
            }
        });
        // The app's own owner is a child of this one, which holds the contexts: never dropped.
        std::mem::forget(owner);
    });
}

/// The whole app: the open scorecard, or the scorecards or rubrics page.
#[component]
pub fn App() -> impl IntoView {
    // Provided by `start` a task before; tests mount the app alone.
    let state = use_context::<State>().unwrap_or_else(State::provide);
    let session = state.session;
    session.persist_on_change();
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        state.sync_from_other_tab(ev.key(), ev.new_value());
    });
    // Every change is written as it happens; these retry a save that failed (a full quota
    // since freed) before the tab is hidden or closed.
    let hide = window_event_listener(leptos::ev::pagehide, move |_| session.flush());
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| session.flush());
    open_shared_link(state);
    let hash = window_event_listener(leptos::ev::hashchange, move |_| open_shared_link(state));
    common::focus::keep_focus_after_actions();
    lazy::preload_all();
    // The built-in kits' text, where it is fetched (`crate::rubrics`): after the first screen
    // is painted, unless a start asks first. A card whose rubric snapshot waited for them is
    // read again.
    request_animation_frame(move || {
        common::task::next_task(move || {
            state.rubrics.with_kits(move |known| {
                if known.is_ok() && state.rubrics.take_awaiting_kits() {
                    state.library.refresh();
                }
            })
        })
    });
    on_cleanup(move || {
        storage.remove();
        hash.remove();
        hide.remove();
        hidden.remove();
    });

    // Re-render the page only when a different scorecard opens, never on each edit.
    let open_id = Memo::new(move |_| session.open_id());

    // Opening or closing a card starts the reader at the top of the new page, with focus on
    // its title when a card opens (not on the first load: an embedded widget must not take
    // focus from the wiki page around it).
    // When the call screen's part is still arriving, its title takes focus once it is there.
    let title_waiting = StoredValue::new(false);
    // The card left open is reopened a moment after the start: that is the first load too.
    let reopening = Memo::new(move |_| session.reopening());
    Effect::new(move |before: Option<Option<Option<String>>>| {
        if reopening.with(|r| *r != Reopening::Done) {
            return None;
        }
        let now = open_id.get();
        if before.flatten().is_some_and(|b| b != now) {
            let card_open = now.is_some();
            title_waiting.set_value(false);
            common::focus::after_render(move || {
                if !focus_page_top(card_open) {
                    title_waiting.set_value(true);
                }
            });
        }
        Some(now)
    });
    // The skip link pressed while the page's part is still arriving: its main takes focus
    // once it is there.
    let skip_waiting = StoredValue::new(false);
    let page_ready = Callback::new(move |_| {
        if title_waiting.get_value() {
            title_waiting.set_value(false);
            focus_page_top(true);
        }
        if skip_waiting.get_value() {
            skip_waiting.set_value(false);
            focus_main();
        }
    });

    let embedded = state.nav.route(|r| r.embed);
    if state.nav.route(|r| r.test_panic) {
        // The test-only switch of the crash message: after loading, so storage is untouched.
        request_animation_frame(|| panic!("deliberate panic (?test-panic=1)"));
    }

    view! {
        <div class="app" class:embed=embedded>
            <SkipLink
                card_open=Signal::derive(move || {
                    open_id.with(Option::is_some) || reopening.with(|r| *r == Reopening::Waiting)
                })
                waiting=skip_waiting
            />
            <common::notices::NoticeBanner />
            <Show when=move || state.rubrics.has_incoming()>
                <Part load=lazy::incoming_view name="rubric prompt" />
            </Show>
            {move || {
                match reopening.get() {
                    Reopening::Waiting => return ().into_any(),
                    Reopening::Failed(id) => {
                        return view! {
                            <PartFailed
                                name="scorecard"
                                page=true
                                retry=Callback::new(move |_| session.reopen_later(id.clone()))
                                back=Some(Callback::new(move |_| session.close()))
                            />
                        }
                            .into_any();
                    }
                    Reopening::Done => {}
                }
                if open_id.with(Option::is_some) {
                    view! {
                        <Part
                            load=lazy::scorecard_view
                            name="scorecard"
                            page=true
                            back=Callback::new(move |_| session.close())
                            on_ready=page_ready
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <Show when=move || !embedded>
                            <TopNav />
                        </Show>
                        {move || match state.nav.page() {
                            Page::Scorecards => view! { <library::StartPage /> }.into_any(),
                            Page::Compare => {
                                view! {
                                    <Part
                                        load=lazy::compare_view
                                        name="Compare page"
                                        page=true
                                        on_ready=page_ready
                                    />
                                }
                                    .into_any()
                            }
                            Page::Rubrics => {
                                view! {
                                    <Part
                                        load=lazy::rubrics_view
                                        name="Rubrics page"
                                        page=true
                                        on_ready=page_ready
                                    />
                                }
                                    .into_any()
                            }
                            Page::Recovered => {
                                view! {
                                    <Part
                                        load=lazy::recovered_view
                                        name="Recovered data page"
                                        page=true
                                        on_ready=page_ready
                                    />
                                }
                                    .into_any()
                            }
                        }}
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// Focuses the page's main content; false when it is not there yet (its part is arriving).
fn focus_main() -> bool {
    let Ok(Some(main)) = document().query_selector("main") else {
        return false;
    };
    if !main.has_attribute("tabindex") {
        let _ = main.set_attribute("tabindex", "-1");
    }
    common::focus::focus_element(&main);
    true
}

/// First in the page: straight to the scoring (or the page's main content), past the header.
#[component]
fn SkipLink(card_open: Signal<bool>, waiting: StoredValue<bool>) -> impl IntoView {
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        waiting.set_value(!focus_main());
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {move || if card_open.get() { "Skip to scoring" } else { "Skip to main content" }}
        </a>
    }
}

/// The brand and the two pages.
#[component]
fn TopNav() -> impl IntoView {
    let nav = use_nav();
    let tab = move |page: Page, label: &'static str| {
        view! {
            <button
                type="button"
                class="tab"
                aria-current=move || (nav.page() == page).then_some("page")
                on:click=move |_| nav.go(page)
            >
                {label}
            </button>
        }
    };
    let embedding = RwSignal::new(false);
    view! {
        <header class="top-nav">
            <p class="brand">"Scorecard"</p>
            <nav aria-label="Main">
                {tab(Page::Scorecards, "Scorecards")} {tab(Page::Compare, "Compare")}
                {tab(Page::Rubrics, "Rubrics")}
            </nav>
            <button
                type="button"
                class="quiet embed-toggle"
                aria-expanded=move || embedding.get().to_string()
                on:click=move |_| embedding.update(|e| *e = !*e)
            >
                "Embed in a wiki"
            </button>
        </header>
        <Show when=move || embedding.get()>
            <Part
                load=move || lazy::embed_view(Callback::new(move |_| embedding.set(false)))
                name="embed dialog"
            />
        </Show>
    }
}

/// A `#rubric=...` link offers its rubric, then the fragment is removed so a reload does not
/// ask again. In the embedded widget the fragment is the rubric the wiki's snippet carries:
/// scored as it is, not offered for saving (the wiki page carries it on every load, and each
/// scorecard keeps its own copy of its rubric), and the fragment stays.
fn open_shared_link(state: State) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    if !hash.starts_with("#rubric=") {
        return;
    }
    let embedded = state.nav.route(|r| r.embed);
    // The browser unpacks the link (DecompressionStream): the answer comes a moment later.
    leptos::task::spawn_local(async move {
        let opened = match lazy::open_link(hash.clone()).await {
            Ok(opening) => opening.await,
            Err(_) => Err(lazy::not_loaded("rubric link reader")),
        };
        match opened {
            Ok(rubric) if embedded => {
                state.rubrics.carry(rubric);
                return;
            }
            Ok(rubric) => state.rubrics.receive(rubric, "a shared link".into()),
            Err(e) => state.notices.notify(
                format!("This rubric link cannot be opened: {e}"),
                Tone::Error,
            ),
        }
        forget_fragment(&window);
    });
}

/// Takes the fragment out of the address without a navigation, so a reload does not ask again.
fn forget_fragment(window: &web_sys::Window) {
    if let Ok(history) = window.history() {
        let location = window.location();
        let url = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
