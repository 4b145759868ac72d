//! Conversions per second over every day 1900-01-31 … 2199-12-31, both ways.
//! `cargo bench --bench convert`; the throughput line gives conversions/s.

// The native bench; the wasm figures come from the browser harness.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion, Throughput};
    use lich::calendar::{JulianDay, LunarDate};
    use std::hint::black_box;

    fn days() -> (JulianDay, JulianDay) {
        (
            JulianDay::from_ymd(1900, 1, 31),
            JulianDay::from_ymd(2199, 12, 31),
        )
    }

    /// Solar → lunar for every day of the range.
    fn solar_to_lunar(c: &mut Criterion) {
        let (first, last) = days();
        let mut g = c.benchmark_group("convert");
        g.throughput(Throughput::Elements((last - first + 1) as u64));
        g.bench_function("solar_to_lunar_1900_2199", |b| {
            b.iter(|| {
                let mut acc = 0u32;
                let mut d = first;
                while d <= last {
                    let l = LunarDate::from_julian_day(black_box(d)).unwrap();
                    acc = acc.wrapping_add(u32::from(l.day()));
                    d = d + 1;
                }
                acc
            })
        });
        let lunar: Vec<LunarDate> = (first.value()..=last.value())
            .map(|d| LunarDate::from_julian_day(JulianDay::new(d)).unwrap())
            .collect();
        g.bench_function("lunar_to_solar_1900_2199", |b| {
            b.iter(|| {
                let mut acc = 0i64;
                for &l in &lunar {
                    acc += i64::from(black_box(l).to_julian_day().value());
                }
                acc
            })
        });
        g.finish();
    }

    criterion_group!(benches, solar_to_lunar);
}
