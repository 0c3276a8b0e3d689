//! The Recovered data view: every backup key (text the app could not read, kept instead of
//! overwritten), with what it holds as far as it can be read, its raw text, "Export" of that
//! text byte for byte, and "Try to restore", which reads it like any stored value and says
//! exactly what failed.

use crate::model::recovered::describe_recovered;
use crate::storage::{Backup, Restored};
use crate::ui::common::files::offer_download;
use crate::ui::state::{use_library, use_nav, use_notices, use_session, Page};
use leptos::prelude::*;

/// A file name for a backup's text: the key with `:` made `-`.
fn file_name(key: &str) -> String {
    let safe: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}.json")
}

/// "moved aside 2026-12-01 13:30 UTC", from ms since the epoch.
fn moved_at(ms: i64) -> String {
    let iso: String = js_sys::Date::new(&(ms as f64).into())
        .to_iso_string()
        .into();
    format!(
        "Moved aside {} UTC",
        iso.get(..16).unwrap_or(&iso).replace('T', " ")
    )
}

#[component]
pub fn RecoveredPage() -> impl IntoView {
    let library = use_library();
    let nav = use_nav();
    let session = use_session();
    // What was restored: its item leaves the list (the backup is gone), so it is said here.
    let done = RwSignal::new(Vec::<Restored>::new());
    library.reload_backups();
    view! {
        <main class="recovered" id="main">
            <section class="panel" aria-labelledby="recovered-title">
                <h2 id="recovered-title">"Recovered data"</h2>
                <p class="muted">
                    "What the app could not read is kept here, never overwritten. Export it to keep \
                     a copy, or try to restore it."
                </p>
                <div role="status" class="recovered-done">
                    <For each=move || done.get() key=Restored::message let:restored>
                        <p>
                            {restored.message()}
                            {restored
                                .opens()
                                .map(|id| {
                                    view! {
                                        " "
                                        <button
                                            type="button"
                                            class="link-button"
                                            on:click=move |_| {
                                                nav.go(Page::Scorecards);
                                                session.open(&id);
                                            }
                                        >
                                            "Open it"
                                        </button>
                                    }
                                })}
                        </p>
                    </For>
                </div>
                <Show
                    when=move || library.with_backups(|b| !b.is_empty())
                    fallback=|| view! { <p>"Nothing to recover: every stored value was read."</p> }
                >
                    <ul class="recovered-list">
                        <For
                            each=move || library.with_backups(<[Backup]>::to_vec)
                            key=|b| b.key.clone()
                            let:backup
                        >
                            <BackupItem backup done />
                        </For>
                    </ul>
                </Show>
                <button type="button" class="secondary" on:click=move |_| nav.go(Page::Scorecards)>
                    "Back to scorecards"
                </button>
            </section>
        </main>
    }
}

#[component]
fn BackupItem(backup: Backup, done: RwSignal<Vec<Restored>>) -> impl IntoView {
    let library = use_library();
    let notices = use_notices();
    let summary = describe_recovered(&backup.raw);
    let heading = summary
        .candidate
        .clone()
        .filter(|c| !c.trim().is_empty())
        .map(|c| format!("{}: {c}", backup.what.label()))
        .unwrap_or_else(|| backup.what.label().to_string());
    let failed = RwSignal::new(None::<String>);
    let key = StoredValue::new(backup.key.clone());
    let raw = StoredValue::new(backup.raw.clone());
    let export = move |_| {
        offer_download(
            notices,
            &file_name(&key.get_value()),
            &raw.get_value(),
            "application/json",
        )
    };
    let restore = move |_| match library.try_restore(&key.get_value()) {
        Ok(restored) => done.update(|d| d.push(restored)),
        Err(why) => failed.set(Some(why)),
    };
    let label_id = format!(
        "backup-{}",
        backup
            .key
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    let heading_id = label_id.clone();
    view! {
        <li class="recovered-item" aria-labelledby=label_id>
            <h3 id=heading_id>{heading}</h3>
            <ul class="recovered-summary">
                {summary.lines().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                <li>{format!("{} bytes, stored as {}", backup.bytes, backup.key)}</li>
                {backup.moved_at.map(|ms| view! { <li>{moved_at(ms)}</li> })}
            </ul>
            <details>
                <summary>"Raw text"</summary>
                <pre class="recovered-raw">{backup.raw.clone()}</pre>
            </details>
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    aria-label=format!("Export {}", backup.key)
                    on:click=export
                >
                    "Export"
                </button>
                <button
                    type="button"
                    class="secondary"
                    aria-label=format!("Try to restore {}", backup.key)
                    on:click=restore
                >
                    "Try to restore"
                </button>
            </div>
            {move || {
                failed
                    .get()
                    .map(|why| {
                        view! {
                            <p class="recovered-failed" role="alert">
                                <strong>"Not restored: "</strong>
                                {why}
                            </p>
                        }
                    })
            }}
        </li>
    }
}
