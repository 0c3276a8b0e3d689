//! The navigation context: which page shows when no scorecard is open, and what the URL asked
//! for (embed mode, a rubric, a view).

use crate::model::route::{Route, View};
use leptos::prelude::*;

/// The pages besides the open scorecard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Scorecards,
    Compare,
    Rubrics,
    /// What was moved to backup keys because it could not be read.
    Recovered,
}

#[derive(Clone, Copy)]
pub struct Nav {
    page: RwSignal<Page>,
    route: StoredValue<Route>,
}

impl Nav {
    /// Starts on the page the URL's `view=` names.
    pub(crate) fn new(route: Route) -> Self {
        let page = match route.view {
            Some(View::Compare) => Page::Compare,
            Some(View::Rubrics) => Page::Rubrics,
            Some(View::Recovered) => Page::Recovered,
            Some(View::Score | View::Library) | None => Page::Scorecards,
        };
        Nav {
            page: RwSignal::new(page),
            route: StoredValue::new(route),
        }
    }

    /// The page showing (tracked).
    pub fn page(&self) -> Page {
        self.page.get()
    }

    pub fn go(&self, page: Page) {
        self.page.set(page);
    }

    /// One fact of the URL's route (it never changes while the page lives).
    pub fn route<T>(&self, f: impl FnOnce(&Route) -> T) -> T {
        self.route.with_value(f)
    }
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
