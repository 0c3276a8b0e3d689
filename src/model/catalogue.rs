//! The rubrics an interviewer can pick from: built-in kits plus their own. Rules for ids when a
//! rubric is duplicated, imported or opened from a link, so nothing is overwritten unasked.

use super::words::{slug_with, Letters};
use super::Rubric;

/// How an incoming rubric (an import or a shared link) relates to what is already there.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// No rubric has its id: it can be added as it is.
    New,
    /// A rubric with its id and identical content is already there: nothing to do.
    AlreadyHere,
    /// One of the user's rubrics has the id with other content: replace it or keep both.
    ConflictsWithOwn,
    /// A built-in kit has the id: it can only be added as a copy.
    ConflictsWithBuiltIn,
}

pub fn arrival(incoming: &Rubric, built_in: &[Rubric], own: &[Rubric]) -> Arrival {
    let same_id = |r: &&Rubric| r.id == incoming.id;
    if let Some(existing) = built_in.iter().find(same_id) {
        return if existing == incoming {
            Arrival::AlreadyHere
        } else {
            Arrival::ConflictsWithBuiltIn
        };
    }
    match own.iter().find(same_id) {
        None => Arrival::New,
        Some(existing) if existing == incoming => Arrival::AlreadyHere,
        Some(_) => Arrival::ConflictsWithOwn,
    }
}

/// The user's own rubrics in the order they are listed: by title, case aside, then id.
pub fn sort_by_title(rubrics: &mut Vec<Rubric>) {
    super::order::sort_by_key(rubrics, |r| (r.title.to_lowercase(), r.id.clone()));
}

/// `base`, or `base-2`, `base-3`... whichever is not taken.
pub fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

/// A copy of `rubric` under a free id, titled as a copy, for editing or keeping both.
pub fn copy_of(rubric: &Rubric, taken: impl Fn(&str) -> bool) -> Rubric {
    let mut copy = rubric.clone();
    let base = rubric
        .id
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-')
        .trim_end_matches("-copy");
    let base = if base.is_empty() { "rubric" } else { base };
    copy.id = free_id(&format!("{base}-copy"), taken);
    if !copy.title.ends_with("(copy)") {
        copy.title = format!("{} (copy)", rubric.title);
    }
    copy
}

/// An id from a title: lower-case ASCII letters and digits joined by dashes, "rubric" when
/// none are left ([`slug_with`] for ids).
pub fn slug(title: &str) -> String {
    slug_with(title, Letters::Ascii, "rubric")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::rubric::tests::rubric;

    fn named(id: &str, title: &str) -> Rubric {
        let mut r = rubric(&[1.0]);
        r.id = id.into();
        r.title = title.into();
        r
    }

    #[test]
    fn arrival_tells_new_same_and_conflicts_apart() {
        let kit = named("kit", "Kit");
        let own = named("mine", "Mine");
        assert_eq!(
            arrival(
                &named("other", "O"),
                std::slice::from_ref(&kit),
                std::slice::from_ref(&own)
            ),
            Arrival::New
        );
        assert_eq!(
            arrival(&own, std::slice::from_ref(&kit), std::slice::from_ref(&own)),
            Arrival::AlreadyHere
        );
        assert_eq!(
            arrival(&kit, std::slice::from_ref(&kit), &[]),
            Arrival::AlreadyHere
        );
        let edited = named("mine", "Mine, edited");
        assert_eq!(
            arrival(&edited, std::slice::from_ref(&kit), &[own]),
            Arrival::ConflictsWithOwn
        );
        let fake_kit = named("kit", "Not the kit");
        assert_eq!(
            arrival(&fake_kit, &[kit], &[]),
            Arrival::ConflictsWithBuiltIn
        );
    }

    #[test]
    fn copies_get_free_ids_and_a_copy_title() {
        let taken = ["kit", "kit-copy", "kit-copy-2"];
        let copy = copy_of(&named("kit", "Kit"), |id| taken.contains(&id));
        assert_eq!(
            (copy.id.as_str(), copy.title.as_str()),
            ("kit-copy-3", "Kit (copy)")
        );
        let again = copy_of(&copy, |id| taken.contains(&id) || id == "kit-copy-3");
        assert_eq!(
            (again.id.as_str(), again.title.as_str()),
            ("kit-copy-4", "Kit (copy)")
        );
    }

    #[test]
    fn slugs_are_safe_ids() {
        assert_eq!(slug("Backend: SRE screen (v2)"), "backend-sre-screen-v2");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("!!!"), "rubric");
    }
}
