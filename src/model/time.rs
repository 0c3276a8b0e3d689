//! Calendar arithmetic on millisecond timestamps, without a clock: callers pass the time in.

/// `YYYY-MM-DD` for a timestamp, shifted by `offset_minutes` east of UTC (local time).
pub fn date_of(ms: i64, offset_minutes: i64) -> String {
    let local = ms + offset_minutes * 60_000;
    let days = local.div_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The one date format the app shows and stores: ISO `YYYY-MM-DD`, the same in every locale.
pub const DATE_FORMAT: &str = "YYYY-MM-DD";

/// A typed date as the app stores it: `YYYY-MM-DD` with a real month and day (leap years
/// counted), surrounding spaces ignored. `None` for anything else, including `11/22/2026`.
pub fn parse_date(text: &str) -> Option<String> {
    let text = text.trim();
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (
        text[0..4].parse().ok()?,
        text[5..7].parse().ok()?,
        text[8..10].parse().ok()?,
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then(|| text.to_string())
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day); H. Hinnant's algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::{date_of, parse_date};

    #[test]
    fn typed_dates_are_iso_only_and_real() {
        assert_eq!(parse_date("2026-11-22").as_deref(), Some("2026-11-22"));
        assert_eq!(parse_date(" 2024-02-29 ").as_deref(), Some("2024-02-29"));
        for bad in [
            "",
            "11/22/2026",
            "22.11.2026",
            "2026-11-2",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2023-02-29",
            "1900-02-29",
            "2026-11-22T10:00",
            "２０２６-11-22",
            "2026-1a-22",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_date("2000-02-29").as_deref(), Some("2000-02-29"));
    }

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(date_of(0, 0), "1970-01-01");
        // 2026-11-22T05:04:20Z
        assert_eq!(date_of(1_795_323_860_000, 0), "2026-11-22");
        // Leap day.
        assert_eq!(date_of(951_782_400_000, 0), "2000-02-29");
    }

    #[test]
    fn offset_moves_across_midnight() {
        // 2026-11-22T23:30Z is already the 23rd two hours east, still the 22nd five hours west.
        let late = 1_795_390_200_000;
        assert_eq!(date_of(late, 120), "2026-11-23");
        assert_eq!(date_of(late, -300), "2026-11-22");
    }

    #[test]
    fn before_the_epoch() {
        assert_eq!(date_of(-1, 0), "1969-12-31");
    }
}
