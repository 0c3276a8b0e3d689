//! The ticking clock that timers render from.

use crate::ui::common::clock::now_ms;
use leptos::prelude::*;
use std::time::Duration;

/// The current time in milliseconds, refreshed every `period_ms` while the calling component
/// lives. Timers derive what they show from stored timestamps and this clock, never from
/// counting ticks, so a throttled background tab shows the right time on its next tick.
pub fn use_clock(period_ms: u64) -> ReadSignal<i64> {
    let (now, set_now) = signal(now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || set_now.set(now_ms()),
        Duration::from_millis(period_ms),
    ) {
        on_cleanup(move || handle.clear());
    }
    now
}

/// The ticking clock shared by the timers of one screen, found with [`use_now`].
#[derive(Clone, Copy)]
struct Now(ReadSignal<i64>);

/// Starts a clock (as [`use_clock`]) and provides it to the components below.
pub fn provide_clock(period_ms: u64) {
    provide_context(Now(use_clock(period_ms)));
}

/// The clock a parent started with [`provide_clock`].
pub fn use_now() -> ReadSignal<i64> {
    expect_context::<Now>().0
}
