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
