//! Where the app opens: the URL switches for the embedded widget and deep links, and the iframe
//! snippet a team pastes into its wiki. Pure, so the rules are unit-tested natively.

/// The view a deep link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The start page with a new scorecard form (the rubric preselected if given).
    Score,
    Library,
    Compare,
    Rubrics,
    /// The backups of data that could not be read.
    Recovered,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::Score => "score",
            View::Library => "library",
            View::Compare => "compare",
            View::Rubrics => "rubrics",
            View::Recovered => "recovered",
        }
    }

    fn parse(s: &str) -> Option<View> {
        [
            View::Score,
            View::Library,
            View::Compare,
            View::Rubrics,
            View::Recovered,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }
}

/// What the query string asks for: `?embed=1&rubric=<kit id>&view=score|library|compare|rubrics|recovered`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The compact widget without the app's chrome.
    pub embed: bool,
    pub rubric: Option<String>,
    pub view: Option<View>,
    /// `?test-panic=1`: panic right after start, to test the crash message. Honoured only in a
    /// build with the `test-hooks` feature (the end-to-end build); always false in production.
    pub test_panic: bool,
}

/// Percent-decodes a query value; `+` is a space. Invalid escapes are kept as written.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(high), Some(low)) => {
                        out.push((high * 16 + low) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value (unreserved characters stay).
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Route {
    /// Reads `location.search` (with or without the leading `?`). Unknown keys are ignored.
    pub fn parse(search: &str) -> Route {
        let mut route = Route::default();
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match decode(key).as_str() {
                "embed" => route.embed = !matches!(value.as_str(), "0" | "false" | "no"),
                "rubric" if !value.trim().is_empty() => route.rubric = Some(value),
                "view" => route.view = View::parse(&value),
                // Only a build with the `test-hooks` feature honours it (see Cargo.toml).
                "test-panic" => route.test_panic = cfg!(feature = "test-hooks") && value == "1",
                _ => {}
            }
        }
        route
    }

    /// The query string for this route, `?embed=1&rubric=...&view=...`.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if self.embed {
            parts.push("embed=1".to_string());
        }
        if let Some(r) = &self.rubric {
            parts.push(format!("rubric={}", encode(r)));
        }
        if let Some(v) = self.view {
            parts.push(format!("view={}", v.as_str()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe a wiki page embeds: the widget in embed mode, with only the sandbox permissions it
/// needs (scripts; same-origin, for its own storage; forms, for its forms; downloads, for
/// exports; modals, for printing) and clipboard writes for "Copy as Markdown".
///
/// `carried` is a share-link fragment payload (`rubric=1.<data>`, without `#`): the rubric
/// itself travels in the iframe URL, so a colleague who does not have a custom rubric still
/// scores that exact kit. A built-in kit needs none: every browser has it by id.
pub fn embed_snippet(
    app_url: &str,
    rubric: Option<&str>,
    carried: Option<&str>,
    view: View,
) -> String {
    let route = Route {
        embed: true,
        rubric: rubric.map(str::to_string),
        view: Some(view),
        test_panic: false,
    };
    let base = app_url.split(['?', '#']).next().unwrap_or(app_url);
    format!(
        "<iframe src=\"{}\" title=\"Interview scorecard\" width=\"100%\" height=\"760\" \
         style=\"border:0; min-width:320px\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-forms allow-downloads allow-modals\" \
         allow=\"clipboard-write\"></iframe>",
        attr(&format!(
            "{base}{}{}",
            route.query(),
            carried.map(|c| format!("#{c}")).unwrap_or_default()
        ))
    )
}

/// What a deep link's `?rubric=<id>` means for the start form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkedRubric {
    /// No rubric asked for: the form offers the default.
    Unasked,
    /// The asked-for rubric is here: preselected.
    Here(String),
    /// The asked-for rubric is not in this browser: say so, and never substitute another.
    Missing(String),
}

impl LinkedRubric {
    /// Resolves the asked-for id against the ids of the rubrics this page can score with.
    pub fn resolve<'a>(asked: Option<&str>, ids: impl IntoIterator<Item = &'a str>) -> Self {
        match asked {
            None => LinkedRubric::Unasked,
            Some(id) if ids.into_iter().any(|have| have == id) => LinkedRubric::Here(id.into()),
            Some(id) => LinkedRubric::Missing(id.into()),
        }
    }

    /// The sentence for a missing rubric, if it is missing.
    pub fn missing_message(&self) -> Option<String> {
        match self {
            LinkedRubric::Missing(id) => Some(format!(
                "This page asks for the rubric \u{201c}{id}\u{201d}, which this browser does not \
                 have. Ask for its share link."
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_embed_rubric_and_view() {
        let r = Route::parse("?embed=1&rubric=backend-prescreen&view=score&utm=x");
        assert_eq!(
            r,
            Route {
                embed: true,
                rubric: Some("backend-prescreen".into()),
                view: Some(View::Score),
                test_panic: false,
            }
        );
        assert_eq!(Route::parse(""), Route::default());
        assert!(!Route::parse("embed=0").embed);
        assert!(Route::parse("embed").embed);
        assert_eq!(Route::parse("view=nonsense").view, None);
        assert_eq!(Route::parse("rubric=").rubric, None);
    }

    /// The crash-message switch exists only in a build with the `test-hooks` feature (the
    /// end-to-end build of scripts/test.sh): a production link can never crash the app.
    #[test]
    fn the_test_panic_switch_exists_only_in_a_test_hooks_build() {
        let route = Route::parse("test-panic=1");
        assert_eq!(route.test_panic, cfg!(feature = "test-hooks"));
        assert_eq!(
            Route::parse("view=library&test-panic=1").test_panic,
            route.test_panic
        );
    }

    #[test]
    fn values_are_percent_decoded_and_encoded() {
        assert_eq!(
            Route::parse("rubric=my%20kit+2").rubric.as_deref(),
            Some("my kit 2")
        );
        assert_eq!(
            Route::parse("rubric=bad%zz").rubric.as_deref(),
            Some("bad%zz")
        );
        assert_eq!(Route::parse("rubric=%").rubric.as_deref(), Some("%"));
        assert_eq!(
            Route::parse("rubric=%a\u{e9}x").rubric.as_deref(),
            Some("%a\u{e9}x")
        );
        assert_eq!(
            Route::parse("rubric=%C3%A9").rubric.as_deref(),
            Some("\u{e9}")
        );
        let route = Route {
            embed: true,
            rubric: Some("a b&c".into()),
            view: Some(View::Library),
            test_panic: false,
        };
        assert_eq!(route.query(), "?embed=1&rubric=a%20b%26c&view=library");
        assert_eq!(Route::parse(&route.query()), route);
        assert_eq!(Route::parse("?view=recovered").view, Some(View::Recovered));
    }

    #[test]
    fn snippet_is_a_sandboxed_iframe_with_an_escaped_url() {
        let s = embed_snippet(
            "https://wiki.example/scorecard/?x=1#y",
            Some("kit\"><script>"),
            None,
            View::Score,
        );
        assert!(s.starts_with("<iframe src=\"https://wiki.example/scorecard/?embed=1&amp;rubric=kit%22%3E%3Cscript%3E&amp;view=score\""), "{s}");
        assert!(s.contains(
            "sandbox=\"allow-scripts allow-same-origin allow-forms allow-downloads allow-modals\""
        ));
        assert!(!s.contains("<script>"));
        assert!(!s.contains("allow-top-navigation") && !s.contains("allow-popups"));
    }

    #[test]
    fn a_custom_rubric_travels_in_the_fragment_and_a_kit_by_id() {
        let kit = embed_snippet("https://x.example/app/#old", Some("kit"), None, View::Score);
        assert!(
            kit.contains("src=\"https://x.example/app/?embed=1&amp;rubric=kit&amp;view=score\""),
            "{kit}"
        );
        let own = embed_snippet(
            "https://x.example/app/",
            Some("mine"),
            Some("rubric=1.eNq_-x"),
            View::Score,
        );
        assert!(
            own.contains("src=\"https://x.example/app/?embed=1&amp;rubric=mine&amp;view=score#rubric=1.eNq_-x\""),
            "{own}"
        );
    }

    #[test]
    fn a_missing_linked_rubric_is_named_and_never_replaced() {
        let ids = ["backend-prescreen", "mine"];
        assert_eq!(LinkedRubric::resolve(None, ids), LinkedRubric::Unasked);
        assert_eq!(
            LinkedRubric::resolve(Some("mine"), ids),
            LinkedRubric::Here("mine".into())
        );
        let missing = LinkedRubric::resolve(Some("team-kit"), ids);
        assert_eq!(missing, LinkedRubric::Missing("team-kit".into()));
        assert_eq!(
            missing.missing_message().as_deref(),
            Some("This page asks for the rubric \u{201c}team-kit\u{201d}, which this browser does not have. Ask for its share link.")
        );
        assert_eq!(
            LinkedRubric::resolve(Some("mine"), ids).missing_message(),
            None
        );
    }
}
