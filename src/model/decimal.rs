//! Numbers with a fixed count of decimals, as `format!("{x:.N}")` writes them, without core's
//! float formatting (Grisu with a Dragon fallback, about 18 KB of wasm before `wasm-opt`). The
//! first module uses this alone, so that code is left to the parts that still format floats
//! (docs/PERFORMANCE.md, "Shrinking the first download").

/// `x` rounded to `decimals` digits after the point, byte for byte what `format!("{x:.N}")`
/// writes for the numbers the app shows (scores, thresholds, sizes: |x| under 10^15 / 10^N):
/// the exact decimal value of `x` is rounded, ties to even, and a negative sign is kept (`-0.00`).
pub fn fixed(x: f64, decimals: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let scale = 10u64.pow(decimals);
    let scale_f = scale as f64;
    let magnitude = x.abs();
    // The product, and (fused multiply-add) its exact rounding error: together the exact value.
    let product = magnitude * scale_f;
    let error = magnitude.mul_add(scale_f, -product);
    let floor = product.floor();
    let fraction = product - floor;
    let up = if fraction > 0.5 {
        true
    } else if fraction < 0.5 {
        false
    } else if error != 0.0 {
        error > 0.0
    } else {
        floor % 2.0 != 0.0
    };
    let units = floor as u64 + u64::from(up);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let whole = units / scale;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let part = units % scale;
    format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
}

#[cfg(test)]
mod tests {
    use super::fixed;

    fn same(x: f64) {
        for n in 0..=3 {
            assert_eq!(
                fixed(x, n),
                format!("{x:.*}", n as usize),
                "{x:?} to {n} decimals"
            );
        }
    }

    #[test]
    fn writes_what_format_writes_for_scores_thresholds_and_sizes() {
        // Every mean and weighted mean of 1-5 scores a rubric can give lands on these grids.
        for den in 1..=64u32 {
            for num in 0..=(5 * den * 4) {
                let x = f64::from(num) / f64::from(den);
                same(x);
                same(-x);
            }
        }
        // Decimal inputs whose binary value sits just off a tie (1.005, 1.115, 2.675, ...).
        for k in 0..=20_000u32 {
            same(f64::from(k) / 1000.0);
            same(f64::from(k) * 0.001 + 0.0005);
        }
        // Sizes in MB and KB of the file and link messages.
        for bytes in (0..200_000_000u64).step_by(99_991) {
            same(bytes as f64 / 1_048_576.0);
            same(bytes as f64 / 1024.0);
        }
    }

    #[test]
    fn exact_ties_round_to_even_and_signs_stay() {
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(0.375, 2), "0.38");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(3.5, 0), "4");
        assert_eq!(fixed(-0.001, 2), "-0.00");
        assert_eq!(fixed(-0.0, 1), "-0.0");
        assert_eq!(fixed(3.0, 2), "3.00");
        for x in [
            0.125,
            0.375,
            2.5,
            3.5,
            -0.001,
            -0.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            same(x);
        }
    }
}
