//! A Leptos 0.8 CSR hello world: a heading, one labelled text field and a greeting that follows
//! it. The benchmark's floor for "first usable control" of a Leptos app.
use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let (name, set_name) = signal(String::new());
    view! {
        <main>
            <h1>"Hello"</h1>
            <label for="name">"Your name"</label>
            <input
                id="name"
                type="text"
                prop:value=name
                on:input=move |e| set_name.set(event_target_value(&e))
            />
            <p>{move || format!("Hello, {}!", name.get())}</p>
        </main>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
