fn main() {
    scorecard::panic::install();
    scorecard::ui::app::start();
}
