//! The browser's clock and randomness, handed to the model as plain numbers.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Today's local date, `YYYY-MM-DD`.
pub fn today(now: i64) -> String {
    // getTimezoneOffset is minutes *behind* UTC; the model wants minutes east of it.
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i64);
    crate::model::time::date_of(now, offset)
}

/// A new scorecard id: the time plus random digits, unique enough across tabs and colleagues.
pub fn new_id(now: i64) -> String {
    let random = (js_sys::Math::random() * f64::from(1u32 << 30)) as u32;
    format!("{now:x}-{random:08x}")
}

/// The local time of day of `ms`, `HH:MM`.
pub fn time_of_day(ms: i64) -> String {
    let date = js_sys::Date::new(&(ms as f64).into());
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}
