//! Astronomy for the calendar: the moments of new moons and the Sun's
//! apparent longitude, precise to seconds of time.
//!
//! A lunar month begins on the local day that contains the new moon, and the
//! leap month is decided by the major solar terms (Sun at a multiple of 30°).
//! When either falls a few minutes from midnight, a coarse formula puts the
//! day on the wrong side; so this module follows Jean Meeus, *Astronomical
//! Algorithms* (2nd ed., 1998):
//! - new moons: chapter 49, with all 25 periodic and 14 planetary terms;
//! - the Sun: the truncated VSOP87 series of Appendix III (chapter 32 form),
//!   the FK5 correction, nutation in longitude (chapter 22, the 0.5″ series)
//!   and aberration (chapter 25);
//! - ΔT = TT − UT: the polynomials of Espenak & Meeus (NASA, 2006), which are
//!   extrapolations beyond today (the uncertainty reaches minutes by 2200).
//!
//! Times here are Julian dates as `f64` (days; `.0` is noon). `jde` is in
//! dynamical time (TT), `jd` in universal time (UT).

use core::f64::consts::PI;

/// The Julian date of J2000.0 (2000-01-01 12:00 TT).
const J2000: f64 = 2_451_545.0;
/// Mean length of a synodic month, days.
pub const SYNODIC_MONTH: f64 = 29.530_588_861;
/// Mean length of a tropical year, days.
const TROPICAL_YEAR: f64 = 365.242_189;

fn sin_deg(x: f64) -> f64 {
    (x * PI / 180.0).sin()
}

/// Normalises degrees to `[0, 360)`.
pub fn norm360(x: f64) -> f64 {
    x.rem_euclid(360.0)
}

/// ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus 2006).
pub fn delta_t_seconds(year: f64) -> f64 {
    let y = year;
    if !(1700.0..2150.0).contains(&y) {
        let u = (y - 1820.0) / 100.0;
        return -20.0 + 32.0 * u * u;
    }
    if y >= 2050.0 {
        let u = (y - 1820.0) / 100.0;
        return -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y);
    }
    if y >= 2005.0 {
        let t = y - 2000.0;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    if y >= 1986.0 {
        let t = y - 2000.0;
        return 63.86 + 0.3345 * t - 0.060374 * t.powi(2)
            + 0.0017275 * t.powi(3)
            + 0.000651814 * t.powi(4)
            + 0.00002373599 * t.powi(5);
    }
    if y >= 1961.0 {
        let t = y - 1975.0;
        return 45.45 + 1.067 * t - t * t / 260.0 - t.powi(3) / 718.0;
    }
    if y >= 1941.0 {
        let t = y - 1950.0;
        return 29.07 + 0.407 * t - t * t / 233.0 + t.powi(3) / 2547.0;
    }
    if y >= 1920.0 {
        let t = y - 1920.0;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t.powi(3);
    }
    if y >= 1900.0 {
        let t = y - 1900.0;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t.powi(3)
            - 0.000197 * t.powi(4);
    }
    if y >= 1860.0 {
        let t = y - 1860.0;
        return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t.powi(3)
            - 0.0004473624 * t.powi(4)
            + t.powi(5) / 233174.0;
    }
    if y >= 1800.0 {
        let t = y - 1800.0;
        return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t.powi(3)
            - 0.00037436 * t.powi(4)
            + 0.0000121272 * t.powi(5)
            - 0.0000001699 * t.powi(6)
            + 0.000000000875 * t.powi(7);
    }
    let t = y - 1700.0;
    8.83 + 0.1603 * t - 0.0059285 * t * t + 0.00013336 * t.powi(3) - t.powi(4) / 1_174_000.0
}

/// The decimal year of a Julian date (close enough for ΔT).
fn decimal_year(jd: f64) -> f64 {
    2000.0 + (jd - J2000) / 365.2425
}

/// Dynamical time (TT) of a universal time.
pub fn ut_to_tt(jd: f64) -> f64 {
    jd + delta_t_seconds(decimal_year(jd)) / 86_400.0
}

/// Universal time of a dynamical time.
pub fn tt_to_ut(jde: f64) -> f64 {
    jde - delta_t_seconds(decimal_year(jde)) / 86_400.0
}

/// The moment (JDE, TT) of the `k`-th new moon after the one of
/// 2000-01-06 (k = 0). Meeus, chapter 49, with every term of tables 49.A
/// (new moon column) and the 14 planetary arguments.
pub fn new_moon_jde(k: i32) -> f64 {
    let k = f64::from(k);
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let mut jde = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3;
    let mp =
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4;
    let f =
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3;

    // (coefficient, power of E, multiples of M, M', F, Ω)
    const PERIODIC: [(f64, i32, f64, f64, f64, f64); 25] = [
        (-0.40720, 0, 0.0, 1.0, 0.0, 0.0),
        (0.17241, 1, 1.0, 0.0, 0.0, 0.0),
        (0.01608, 0, 0.0, 2.0, 0.0, 0.0),
        (0.01039, 0, 0.0, 0.0, 2.0, 0.0),
        (0.00739, 1, -1.0, 1.0, 0.0, 0.0),
        (-0.00514, 1, 1.0, 1.0, 0.0, 0.0),
        (0.00208, 2, 2.0, 0.0, 0.0, 0.0),
        (-0.00111, 0, 0.0, 1.0, -2.0, 0.0),
        (-0.00057, 0, 0.0, 1.0, 2.0, 0.0),
        (0.00056, 1, 1.0, 2.0, 0.0, 0.0),
        (-0.00042, 0, 0.0, 3.0, 0.0, 0.0),
        (0.00042, 1, 1.0, 0.0, 2.0, 0.0),
        (0.00038, 1, 1.0, 0.0, -2.0, 0.0),
        (-0.00024, 1, -1.0, 2.0, 0.0, 0.0),
        (-0.00017, 0, 0.0, 0.0, 0.0, 1.0),
        (-0.00007, 0, 2.0, 1.0, 0.0, 0.0),
        (0.00004, 0, 0.0, 2.0, -2.0, 0.0),
        (0.00004, 0, 3.0, 0.0, 0.0, 0.0),
        (0.00003, 0, 1.0, 1.0, -2.0, 0.0),
        (0.00003, 0, 0.0, 2.0, 2.0, 0.0),
        (-0.00003, 0, 1.0, 1.0, 2.0, 0.0),
        (0.00003, 0, -1.0, 1.0, 2.0, 0.0),
        (-0.00002, 0, -1.0, 1.0, -2.0, 0.0),
        (-0.00002, 0, 1.0, 3.0, 0.0, 0.0),
        (0.00002, 0, 0.0, 4.0, 0.0, 0.0),
    ];
    for (c, ep, cm, cmp, cf, co) in PERIODIC {
        jde += c * e.powi(ep) * sin_deg(cm * m + cmp * mp + cf * f + co * om);
    }

    // (coefficient, phase, rate per lunation); A1 also has a T² term.
    const PLANETARY: [(f64, f64, f64); 14] = [
        (0.000325, 299.77, 0.107408),
        (0.000165, 251.88, 0.016321),
        (0.000164, 251.83, 26.651886),
        (0.000126, 349.42, 36.412478),
        (0.000110, 84.66, 18.206239),
        (0.000062, 141.74, 53.303771),
        (0.000060, 207.14, 2.453732),
        (0.000056, 154.84, 7.306860),
        (0.000047, 34.52, 27.261239),
        (0.000042, 207.19, 0.121824),
        (0.000040, 291.34, 1.844379),
        (0.000037, 161.72, 24.198154),
        (0.000035, 239.56, 25.513099),
        (0.000023, 331.55, 3.592518),
    ];
    for (i, (c, phase, rate)) in PLANETARY.into_iter().enumerate() {
        let a1_t2 = if i == 0 { -0.009_173 * t2 } else { 0.0 };
        jde += c * sin_deg(phase + rate * k + a1_t2);
    }
    jde
}

/// The new moon `k` in universal time.
pub fn new_moon_ut(k: i32) -> f64 {
    tt_to_ut(new_moon_jde(k))
}

/// The lunation index `k` of the mean new moon nearest to `jd`.
pub fn lunation_near(jd: f64) -> i32 {
    ((jd - 2_451_550.097_66) / SYNODIC_MONTH).round() as i32
}

// Truncated VSOP87D series for the Earth's heliocentric longitude (Meeus,
// Appendix III): rows of (A in 1e-8 rad, B rad, C rad per millennium).
#[rustfmt::skip]
const L0: [(f64, f64, f64); 64] = [
    (175347046.0, 0.0, 0.0), (3341656.0, 4.6692568, 6283.0758500),
    (34894.0, 4.62610, 12566.15170), (3497.0, 2.7441, 5753.3849), (3418.0, 2.8289, 3.5231),
    (3136.0, 3.6277, 77713.7715), (2676.0, 4.4181, 7860.4194), (2343.0, 6.1352, 3930.2097),
    (1324.0, 0.7425, 11506.7698), (1273.0, 2.0371, 529.6910), (1199.0, 1.1096, 1577.3435),
    (990.0, 5.233, 5884.927), (902.0, 2.045, 26.298), (857.0, 3.508, 398.149),
    (780.0, 1.179, 5223.694), (753.0, 2.533, 5507.553), (505.0, 4.583, 18849.228),
    (492.0, 4.205, 775.523), (357.0, 2.920, 0.067), (317.0, 5.849, 11790.629),
    (284.0, 1.899, 796.298), (271.0, 0.315, 10977.079), (243.0, 0.345, 5486.778),
    (206.0, 4.806, 2544.314), (205.0, 1.869, 5573.143), (202.0, 2.458, 6069.777),
    (156.0, 0.833, 213.299), (132.0, 3.411, 2942.463), (126.0, 1.083, 20.775),
    (115.0, 0.645, 0.980), (103.0, 0.636, 4694.003), (102.0, 0.976, 15720.839),
    (102.0, 4.267, 7.114), (99.0, 6.21, 2146.17), (98.0, 0.68, 155.42),
    (86.0, 5.98, 161000.69), (85.0, 1.30, 6275.96), (85.0, 3.67, 71430.70),
    (80.0, 1.81, 17260.15), (79.0, 3.04, 12036.46), (75.0, 1.76, 5088.63),
    (74.0, 3.50, 3154.69), (74.0, 4.68, 801.82), (70.0, 0.83, 9437.76),
    (62.0, 3.98, 8827.39), (61.0, 1.82, 7084.90), (57.0, 2.78, 6286.60),
    (56.0, 4.39, 14143.50), (56.0, 3.47, 6279.55), (52.0, 0.19, 12139.55),
    (52.0, 1.33, 1748.02), (51.0, 0.28, 5856.48), (49.0, 0.49, 1194.45),
    (41.0, 5.37, 8429.24), (41.0, 2.40, 19651.05), (39.0, 6.17, 10447.39),
    (37.0, 6.04, 10213.29), (37.0, 2.57, 1059.38), (36.0, 1.71, 2352.87),
    (36.0, 1.78, 6812.77), (33.0, 0.59, 17789.85), (30.0, 0.44, 83996.85),
    (30.0, 2.74, 1349.87), (25.0, 3.16, 4690.48),
];
#[rustfmt::skip]
const L1: [(f64, f64, f64); 34] = [
    (628331966747.0, 0.0, 0.0), (206059.0, 2.678235, 6283.075850),
    (4303.0, 2.6351, 12566.1517), (425.0, 1.590, 3.523), (119.0, 5.796, 26.298),
    (109.0, 2.966, 1577.344), (93.0, 2.59, 18849.23), (72.0, 1.14, 529.69),
    (68.0, 1.87, 398.15), (67.0, 4.41, 5507.55), (59.0, 2.89, 5223.69),
    (56.0, 2.17, 155.42), (45.0, 0.40, 796.30), (36.0, 0.47, 775.52),
    (29.0, 2.65, 7.11), (21.0, 5.34, 0.98), (19.0, 1.85, 5486.78),
    (19.0, 4.97, 213.30), (17.0, 2.99, 6275.96), (16.0, 0.03, 2544.31),
    (16.0, 1.43, 2146.17), (15.0, 1.21, 10977.08), (12.0, 2.83, 1748.02),
    (12.0, 3.26, 5088.63), (12.0, 5.27, 1194.45), (12.0, 2.08, 4694.00),
    (11.0, 0.77, 553.57), (10.0, 1.30, 6286.60), (10.0, 4.24, 1349.87),
    (9.0, 2.70, 242.73), (9.0, 5.64, 951.72), (8.0, 5.30, 2352.87),
    (6.0, 2.65, 9437.76), (6.0, 4.67, 4690.48),
];
#[rustfmt::skip]
const L2: [(f64, f64, f64); 20] = [
    (52919.0, 0.0, 0.0), (8720.0, 1.0721, 6283.0758), (309.0, 0.867, 12566.152),
    (27.0, 0.05, 3.52), (16.0, 5.19, 26.30), (16.0, 3.68, 155.42), (10.0, 0.76, 18849.23),
    (9.0, 2.06, 77713.77), (7.0, 0.83, 775.52), (5.0, 4.66, 1577.34), (4.0, 1.03, 7.11),
    (4.0, 3.44, 5573.14), (3.0, 5.14, 796.30), (3.0, 6.05, 5507.55), (3.0, 1.19, 242.73),
    (3.0, 6.12, 529.69), (3.0, 0.31, 398.15), (3.0, 2.28, 553.57), (2.0, 4.38, 5223.69),
    (2.0, 3.75, 0.98),
];
#[rustfmt::skip]
const L3: [(f64, f64, f64); 7] = [
    (289.0, 5.844, 6283.076), (35.0, 0.0, 0.0), (17.0, 5.49, 12566.15),
    (3.0, 5.20, 155.42), (1.0, 4.72, 3.52), (1.0, 5.30, 18849.23), (1.0, 5.97, 242.73),
];
// 3.142 and 3.14 are the published (rounded) phases, not π.
#[allow(clippy::approx_constant)]
const L4: [(f64, f64, f64); 3] = [
    (114.0, 3.142, 0.0),
    (8.0, 4.13, 6283.08),
    (1.0, 3.84, 12566.15),
];
#[allow(clippy::approx_constant)]
const L5: [(f64, f64, f64); 1] = [(1.0, 3.14, 0.0)];
// The Earth–Sun distance needs only its largest terms for the aberration.
#[rustfmt::skip]
const R0: [(f64, f64, f64); 6] = [
    (100013989.0, 0.0, 0.0), (1670700.0, 3.0984635, 6283.0758500),
    (13956.0, 3.05525, 12566.15170), (3084.0, 5.1985, 77713.7715),
    (1628.0, 1.1739, 5753.3849), (1576.0, 2.8469, 7860.4194),
];
const R1: [(f64, f64, f64); 2] = [
    (103019.0, 1.107490, 6283.075850),
    (1721.0, 1.0644, 12566.1517),
];

fn series(terms: &[(f64, f64, f64)], tau: f64) -> f64 {
    terms.iter().map(|&(a, b, c)| a * (b + c * tau).cos()).sum()
}

/// The Sun's apparent geocentric longitude in degrees at `jde` (TT):
/// VSOP87 (Meeus App. III) + FK5 correction + nutation + aberration.
pub fn sun_apparent_longitude(jde: f64) -> f64 {
    let tau = (jde - J2000) / 365_250.0;
    let l = series(&L0, tau)
        + tau
            * (series(&L1, tau)
                + tau
                    * (series(&L2, tau)
                        + tau
                            * (series(&L3, tau)
                                + tau * (series(&L4, tau) + tau * series(&L5, tau)))));
    let r = (series(&R0, tau) + tau * series(&R1, tau)) * 1e-8;
    // Heliocentric Earth → geocentric Sun.
    let mut lon = l * 1e-8 * 180.0 / PI + 180.0;
    let t = tau * 10.0;
    // FK5 correction (Meeus 32.3), in arcseconds.
    lon -= 0.09033 / 3600.0;
    // Nutation in longitude (Meeus ch. 22, accurate to 0.5″).
    let om = 125.04452 - 1934.136261 * t + 0.0020708 * t * t;
    let ls = 280.4665 + 36000.7698 * t;
    let lm = 218.3165 + 481267.8813 * t;
    let dpsi = -17.20 * sin_deg(om) - 1.32 * sin_deg(2.0 * ls) - 0.23 * sin_deg(2.0 * lm)
        + 0.21 * sin_deg(2.0 * om);
    lon += dpsi / 3600.0;
    // Aberration (Meeus 25.10).
    lon -= 20.4898 / 3600.0 / r;
    norm360(lon)
}

/// The Sun's apparent longitude at a universal time.
pub fn sun_longitude_ut(jd: f64) -> f64 {
    sun_apparent_longitude(ut_to_tt(jd))
}

/// The moment (UT) nearest to `jd_guess` (within half a year) when the
/// Sun's apparent longitude equals `target` degrees.
pub fn sun_reaches(target: f64, jd_guess: f64) -> f64 {
    let mut jd = jd_guess;
    // Newton's method with the mean motion as slope; converges to
    // microseconds in a handful of steps. The cap keeps it bounded.
    for _ in 0..20 {
        let diff = (target - sun_longitude_ut(jd) + 540.0).rem_euclid(360.0) - 180.0;
        jd += diff * TROPICAL_YEAR / 360.0;
        if diff.abs() < 1e-9 {
            break;
        }
    }
    jd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Meeus example 49.a: the new moon of 1977 February, k = −283,
    /// JDE 2443192.65118.
    #[test]
    fn meeus_example_49a() {
        assert!((new_moon_jde(-283) - 2_443_192.651_18).abs() < 0.000_01);
    }

    /// Meeus example 25.b: 1992 October 13.0 TD, apparent longitude
    /// 199°54′21.818″ (VSOP87 full); the truncated series agrees within 1″.
    #[test]
    fn meeus_example_25b() {
        let lon = sun_apparent_longitude(2_448_908.5);
        let expected = 199.0 + 54.0 / 60.0 + 21.818 / 3600.0;
        assert!((lon - expected).abs() * 3600.0 < 1.0, "{lon} vs {expected}");
    }

    #[test]
    fn delta_t_is_continuous_at_the_segment_joins() {
        for y in [
            1800.0, 1860.0, 1900.0, 1920.0, 1941.0, 1961.0, 1986.0, 2005.0, 2050.0, 2150.0,
        ] {
            let gap = (delta_t_seconds(y - 1e-9) - delta_t_seconds(y)).abs();
            assert!(gap < 2.0, "ΔT jumps by {gap} s at {y}");
        }
    }

    /// 2000-03-20 07:35 UTC was the March equinox (USNO).
    #[test]
    fn equinox_2000() {
        let jd = sun_reaches(0.0, 2_451_623.8);
        let expected = 2_451_623.5 + (7.0 + 35.0 / 60.0) / 24.0;
        assert!((jd - expected).abs() * 1440.0 < 1.5, "{jd} vs {expected}");
    }
}
