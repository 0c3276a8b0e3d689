use leptos::prelude::document;

fn main() {
    scorecard::panic::install();
    // The static first screen of index.html (docs/PERFORMANCE.md, "App shell") leaves in the
    // same task as the app mounts in its place: no frame shows both, or neither.
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(scorecard::App);
}
