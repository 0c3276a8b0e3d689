//! Parts of the app loaded on demand. In the release build (the `split` feature, see
//! scripts/split.mjs) each part below is its own wasm module, fetched the first time it is
//! shown and preloaded once the first screen is up; the first download carries only the
//! start screen. Without the feature (tests, `trunk serve`) a part is an ordinary call.
//!
//! A part that cannot be fetched (offline before the service worker cached it, a server
//! error) shows a message with a retry button; the rest of the app keeps working.

use leptos::prelude::*;
use std::future::Future;

/// A part's module could not be fetched or instantiated.
#[derive(Debug, Clone, Copy)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// Declares a part: `$load(args)` runs it once its module is in, `$preload()` fetches the
/// module ahead of need. Several functions may share one module.
macro_rules! part {
    ($(#[$doc:meta])* $module:ident, $load:ident, $preload:ident,
     ($($arg:ident: $ty:ty),*) -> $ret:ty, $body:expr) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(
            $module,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        pub fn $load($($arg: $ty),*) -> Result<$ret, LoadFailed> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $load($($arg: $ty),*) -> Result<$ret, LoadFailed> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), LoadFailed> {
            Ok(())
        }
    };
}

part!(
    /// The start page's list of stored scorecards: search, sort, open, export, import.
    library,
    library_view,
    preload_library,
    () -> AnyView,
    view! { <crate::ui::library::list::Library /> }.into_any()
);
part!(
    /// Reading the stored scorecards into the library (`again`: even if they were read).
    library,
    read_library,
    preload_library_reading,
    (library: crate::ui::state::Library, again: bool) -> (),
    if again {
        library.refresh_now()
    } else {
        library.read_once()
    }
);
part!(
    /// Another tab's version of a card that is not open, put into the list (`None`: removed).
    library,
    update_listed,
    preload_listed,
    (library: crate::ui::state::Library, id: String, value: Option<String>) -> (),
    if !library.dropped() {
        library.update_listed(&id, value.as_deref())
    }
);
part!(
    /// The open scorecard: the call screen.
    scorecard,
    scorecard_view,
    preload_scorecard,
    () -> AnyView,
    view! { <crate::ui::scorecard::ScorecardView /> }.into_any()
);
part!(
    /// Reopening the scorecard that was open when the page was left.
    scorecard,
    reopen_card,
    preload_reopen,
    (session: crate::ui::state::Session, id: String) -> (),
    if !session.dropped() {
        session.reopen_stored(&id)
    }
);
part!(
    /// Merging another tab's version of the open scorecard into this tab's.
    scorecard,
    merge_from_other_tab,
    preload_merge,
    (session: crate::ui::state::Session, value: String) -> (),
    if !session.dropped() {
        session.merge_from_other_tab(&value)
    }
);
part!(
    /// "Keep my edits" after a merge gave another tab's values the last word.
    scorecard,
    keep_my_edits,
    preload_keep_mine,
    (session: crate::ui::state::Session) -> (),
    if !session.dropped() {
        session.keep_my_edits_now()
    }
);
part!(
    /// The Compare page: matrix, debrief, calibration.
    compare,
    compare_view,
    preload_compare,
    () -> AnyView,
    view! { <crate::ui::compare::ComparePage /> }.into_any()
);
part!(
    /// The Rubrics page and its editor.
    rubrics,
    rubrics_view,
    preload_rubrics,
    () -> AnyView,
    view! { <crate::ui::rubrics::RubricsPage /> }.into_any()
);
part!(
    /// Recovered data: stored values that could not be read.
    recovered,
    recovered_view,
    preload_recovered,
    () -> AnyView,
    view! { <crate::ui::recovered::RecoveredPage /> }.into_any()
);
part!(
    /// The "Embed in a wiki" dialog.
    embed,
    embed_view,
    preload_embed,
    (on_close: Callback<()>) -> AnyView,
    view! { <crate::ui::embed::EmbedDialog on_close /> }.into_any()
);
part!(
    /// The prompt for a rubric arriving from a file or a shared link.
    incoming,
    incoming_view,
    preload_incoming,
    () -> AnyView,
    view! { <crate::ui::rubrics::incoming::IncomingPrompt /> }.into_any()
);
part!(
    /// The library's CSV exports: one row per card, or one per card and criterion.
    csv,
    library_csv,
    preload_csv,
    (cards: Vec<crate::model::Scorecard>, scores: bool) -> String,
    if scores {
        crate::export::csv::scores_csv(&cards)
    } else {
        crate::export::csv::library_csv(&cards)
    }
);

part!(
    /// Reading colleagues' files: each decoded all or nothing, then planned against the library.
    import,
    import_plan,
    preload_import,
    (
        stored: Vec<crate::model::Scorecard>,
        files: Vec<(String, Result<String, String>)>
    ) -> crate::model::import::ImportReport,
    {
        let decoded = files
            .into_iter()
            .map(|(name, text)| {
                let cards = text.and_then(|t| {
                    crate::model::format::decode_any_scorecards(&t).map_err(|e| e.to_string())
                });
                (name, cards)
            })
            .collect();
        crate::model::import::plan(&stored, decoded)
    }
);
part!(
    /// Opening a shared rubric link (`#rubric=...`): the browser unpacks it, a moment later.
    link,
    open_link,
    preload_link,
    (fragment: String) -> LinkFuture,
    Box::pin(async move {
        crate::export::link::decode_link(&fragment)
            .await
            .map_err(|e| e.to_string())
    })
);

/// What [`open_link`] gives: the rubric, or why the link cannot be opened.
pub type LinkFuture = std::pin::Pin<Box<dyn Future<Output = Result<crate::model::Rubric, String>>>>;

/// Fetches every part in the background, one at a time and each when the browser is idle, so
/// that neither the first screen nor the first keystrokes wait behind their fetching and
/// compiling; then a click never waits on the network, and the service worker has them all for
/// offline use.
pub fn preload_all() {
    when_idle(|| preload_from(0));
}

/// Preloads the parts from the `i`th on (the start page's list, then the call screen: the
/// likeliest next).
fn preload_from(i: usize) {
    leptos::task::spawn_local(async move {
        // Failures are reported where the part is shown; here they only mean "not yet".
        let _ = match i {
            0 => preload_library().await,
            1 => preload_scorecard().await,
            2 => preload_compare().await,
            3 => preload_rubrics().await,
            4 => preload_recovered().await,
            5 => preload_embed().await,
            6 => preload_incoming().await,
            7 => preload_csv().await,
            8 => preload_import().await,
            9 => preload_link().await,
            _ => return,
        };
        when_idle(move || preload_from(i + 1));
    });
}

/// Runs `f` once the browser is idle (`requestIdleCallback`), or after a short timer where it
/// cannot say.
fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let callback: &js_sys::Function = callback.unchecked_ref();
    if window.request_idle_callback(callback).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 200);
    }
}

/// Shows the part `load` renders: nothing while its module arrives (preloaded, that is a
/// moment), then the part; if the module cannot be fetched, says so with a retry button.
#[component]
pub fn Part<F, Fut>(
    load: F,
    #[prop(into)] name: String,
    /// A page (its failure shown as the page's main content) rather than a dialog.
    #[prop(optional)]
    page: bool,
    /// A way out offered beside "Try again" (the call screen has no navigation of its own).
    #[prop(optional)]
    back: Option<Callback<()>>,
    /// Runs once the part is drawn (focus that waited for it).
    #[prop(optional)]
    on_ready: Option<Callback<()>>,
    /// Runs once the part or its failure message is drawn (a stand-in that can leave).
    #[prop(optional)]
    on_settled: Option<Callback<()>>,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, LoadFailed>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let name = name.clone();
        Suspend::new(async move {
            let loaded = load().await;
            if let Some(settled) = on_settled {
                crate::ui::common::focus::after_render(move || settled.run(()));
            }
            match loaded {
                Ok(view) => {
                    if let Some(ready) = on_ready {
                        crate::ui::common::focus::after_render(move || ready.run(()));
                    }
                    view
                }
                Err(LoadFailed) => view! { <PartFailed name page retry=Callback::new(move |_| attempt.update(|n| *n += 1)) back /> }
                .into_any(),
            }
        })
    }
}

/// A part that could not be fetched: what it is, "Try again" and, where given, a way out.
#[component]
pub fn PartFailed(
    #[prop(into)] name: String,
    /// A page (shown as the page's main content) rather than a dialog.
    #[prop(optional)]
    page: bool,
    retry: Callback<()>,
    /// A way out offered beside "Try again" (the call screen has no navigation of its own).
    #[prop(default = None)]
    back: Option<Callback<()>>,
) -> impl IntoView {
    let alert = view! {
        <div role="alert" class="panel part-failed">
            <p>{not_loaded(&name)}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| retry.run(())>
                    "Try again"
                </button>
                {back
                    .map(|back| {
                        view! {
                            <button type="button" class="secondary" on:click=move |_| back.run(())>
                                "All scorecards"
                            </button>
                        }
                    })}
            </div>
        </div>
    };
    if page {
        view! {
            <main id="main" class="start">
                {alert}
            </main>
        }
        .into_any()
    } else {
        alert.into_any()
    }
}

/// What a part that cannot be fetched says, naming it.
pub fn not_loaded(what: &str) -> String {
    format!(
        "The {what} could not be loaded: this part of Scorecard was not downloaded yet and the network is not answering. Your data is safe."
    )
}
