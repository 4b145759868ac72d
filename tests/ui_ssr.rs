//! Components rendered with Yew's server renderer, asserted on their HTML.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use lich::calendar::names::Lang;
use lich::ui::{App, AppProps};
use yew::LocalServerRenderer;

async fn render(props: AppProps) -> String {
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[tokio::test]
async fn february_2024_in_vietnamese() {
    let html = render(AppProps {
        today: Some(d("2024-02-10")),
        ..AppProps::default()
    })
    .await;
    assert!(
        html.contains(r#"<section lang="vi" class="lich">"#),
        "{html}"
    );
    assert!(html.contains("Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn"));
    assert_eq!(html.matches("data-date=").count(), 42);
    assert!(
        html.contains(r#"data-date="2024-02-10" aria-current="date""#),
        "{html}"
    );
    assert!(html.contains(r#"aria-label="Thứ Bảy, 10/02/2024 — mùng 1 tháng Giêng năm Giáp Thìn""#));
    assert!(html.contains(r#"<span class="lich-lunar">1/1</span>"#));
    assert!(html.contains("Lập xuân"));
    assert!(html.contains("<th scope=\"col\" abbr=\"Thứ Hai\">T2</th>"));
}

#[tokio::test]
async fn english_and_sunday_first() {
    let html = render(AppProps {
        initial: d("2023-03-22"),
        lang: Lang::En,
        week_start: lich::month_grid::WeekStart::Sunday,
        ..AppProps::default()
    })
    .await;
    assert!(html.contains(r#"lang="en""#));
    assert!(
        html.contains("March 2023 · lunar month 2 of Quý Mão – leap lunar month 2 of Quý Mão"),
        "{html}"
    );
    assert!(html.contains(r#"<span class="lich-lunar">1/2 N</span>"#));
    assert!(html.find("abbr=\"Sunday\"").unwrap() < html.find("abbr=\"Monday\"").unwrap());
    assert!(html.contains("Wednesday, 22 March 2023 — day 1 of leap month 2, year Quý Mão (Cat)"));
}

#[tokio::test]
async fn out_of_range_says_so() {
    let html = render(AppProps {
        initial: d("2500-01-01"),
        ..AppProps::default()
    })
    .await;
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains("outside the supported range"));
}
