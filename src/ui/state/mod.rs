//! The app's state: one typed context per concern, each a `Copy` handle with private fields,
//! changed only through its methods and found with its `use_*` helper.
//!
//! - [`Session`] (`session.rs`, `save.rs`, `sync.rs`): the open scorecard, its versions, the
//!   save status, merging another tab's edits;
//! - [`Library`] (`library.rs`): the stored scorecards and the undo of a delete;
//! - [`Rubrics`] (`rubrics.rs`): kits, the user's rubrics, the editor, incoming rubrics, undo;
//! - [`Notices`] (`notices.rs`): the banner's messages;
//! - [`Nav`] (`nav.rs`): the page showing and what the URL asked for;
//! - [`CompareMemory`] (`compare.rs`): the compare page's picks, blind mode and orders;
//! - [`Prefs`] (`prefs.rs`): view preferences kept in storage (the scorecard's density).
//!
//! [`State`] creates and provides them all; the contexts share one storage handle
//! (`store.rs`), so only they reach `crate::storage`.

mod compare;
mod library;
mod nav;
mod notices;
mod prefs;
mod rubrics;
mod save;
mod session;
mod store;
mod sync;

pub use compare::{use_compare_memory, CompareMemory};
pub use library::{use_library, Library};
pub use nav::{use_nav, Nav, Page};
pub use notices::{use_notices, Notice, NoticeAction, Notices, Tone};
pub use prefs::{use_prefs, Prefs};
pub use rubrics::{use_rubrics, Accept, Incoming, Rubrics};
pub use session::{use_session, Reopening, SaveStatus, Session};

use crate::model::route::Route;
use crate::storage::Store;
use leptos::prelude::*;
use store::StoreHandle;

/// Every context, for the app shell that wires them to the browser's events.
#[derive(Clone, Copy)]
pub struct State {
    pub notices: Notices,
    pub nav: Nav,
    pub library: Library,
    pub rubrics: Rubrics,
    pub session: Session,
    pub compare: CompareMemory,
    pub prefs: Prefs,
}

impl State {
    /// Opens storage, provides every context, loads the rubrics and the library and reopens
    /// the scorecard that was open.
    pub fn provide() -> Self {
        let notices = Notices::new();
        let store = match Store::open() {
            Ok(store) => {
                if store.is_full() {
                    notices.report(&crate::storage::StorageError::Full);
                }
                Some(store)
            }
            Err(e) => {
                notices.report(&e);
                None
            }
        };
        let store = StoreHandle::new(store);
        let library = Library::new(store, notices);
        let state = State {
            notices,
            nav: Nav::new(current_route()),
            library,
            rubrics: Rubrics::new(store, notices),
            session: Session::new(store, notices, library),
            compare: CompareMemory::new(store),
            prefs: Prefs::new(store),
        };
        provide_context(state.notices);
        provide_context(state.nav);
        provide_context(state.library);
        provide_context(state.rubrics);
        provide_context(state.session);
        provide_context(state.compare);
        provide_context(state.prefs);

        if let Some(build) = running_build() {
            if store.with(|s| s.note_build(&build)).flatten().is_some() {
                notices.notify(
                    "A new version of Scorecard is in use. Your scorecards are unchanged.",
                    Tone::Info,
                );
            }
        }
        state.rubrics.refresh();
        // The card that was open shows first; the whole library (a thousand cards take a
        // while to read) loads after that first frame is painted. Both are read by parts.
        state.library.reload_backups();
        // One no longer stored (deleted in another tab since) is forgotten at once.
        let open = store
            .with(|s| s.open_id().filter(|id| s.has_card(id)))
            .flatten();
        match open {
            Some(id) => state.session.reopen_later(id),
            None => library.read_soon(),
        }
        state
    }
}

/// The build id the release build stamps into the page (`<meta name="scorecard-build">`).
fn running_build() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=scorecard-build]")
        .ok()??
        .get_attribute("content")
}

/// The route of the page's URL.
fn current_route() -> Route {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Route::parse(&search)
}
