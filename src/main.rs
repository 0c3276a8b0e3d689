fn main() {
    scorecard::panic::install();
    leptos::mount::mount_to_body(scorecard::App);
}
