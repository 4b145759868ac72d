//! Prints new moons near given dates (UT and local), for investigation.
use lich::calendar::astro;
fn main() {
    for arg in std::env::args().skip(1) {
        let p: Vec<i32> = arg.split('-').map(|s| s.parse().unwrap()).collect();
        let jd = lich::calendar::JulianDay::from_ymd(p[0], p[1] as u32, p[2] as u32).value() as f64;
        let k = astro::lunation_near(jd);
        let ut = astro::new_moon_ut(k);
        for tz in [7.0, 8.0] {
            let l = ut + 0.5 + tz / 24.0;
            let d = lich::calendar::JulianDay::new(l.floor() as i32);
            let secs = ((l - l.floor()) * 86400.0).round() as i64;
            println!(
                "{arg}: k={k} UTC+{tz}: {:?} {:02}:{:02}:{:02}  dT={:.1}s",
                d,
                secs / 3600,
                secs % 3600 / 60,
                secs % 60,
                astro::delta_t_seconds(2000.0 + (ut - 2451545.0) / 365.2425)
            );
        }
    }
}
