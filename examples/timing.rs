//! Rough native timings of the pieces of a month render (for investigation).
use lich::calendar::names::Lang;
use lich::day_marks::{mark_days, Filter};
use lich::month_grid::{MonthGrid, WeekStart};
use std::time::Instant;
fn main() {
    let s = lich::schedule::builtin::shared();
    let t = Instant::now();
    for m in 1..=12 {
        let _ = MonthGrid::new(2024, m, WeekStart::Monday, None).unwrap();
    }
    println!(
        "MonthGrid::new: {:.3} ms each",
        t.elapsed().as_secs_f64() * 1000.0 / 12.0
    );
    let g = MonthGrid::new(2024, 2, WeekStart::Monday, None).unwrap();
    let t = Instant::now();
    for _ in 0..12 {
        let _ = mark_days(
            &s,
            g.cells[0].date,
            g.cells[41].date,
            Filter::default(),
            Lang::Vi,
        );
    }
    println!(
        "mark_days: {:.3} ms each",
        t.elapsed().as_secs_f64() * 1000.0 / 12.0
    );
    let t = Instant::now();
    let _ = lich::schedule::parse_schedule(lich::schedule::builtin::NATIONAL).unwrap();
    println!(
        "parse national JSON: {:.3} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
}
