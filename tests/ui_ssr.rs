//! Components rendered with Yew's server renderer, asserted on their HTML.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use lich::calendar::names::Lang;
use lich::month_grid::WeekStart;
use lich::ui::{App, AppProps};
use lich::widget::{Opening, View};
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

/// The `<td>` of a day. Cells carry no date of their own: a day is its
/// grid's first day (the table's `data-from`) plus its place in the grid.
/// In the year view a day is also an empty cell of a neighbouring month's
/// grid; the day's own cell is the one in the tab order.
fn cell<'a>(html: &'a str, date: &str) -> &'a str {
    let mut found = None;
    for (at, _) in html.match_indices("data-from=\"") {
        let from = d(&html[at + 11..at + 21]);
        let Ok(n) = usize::try_from((d(date) - from).num_days()) else {
            continue;
        };
        let body = at + html[at..].find("<tbody").unwrap();
        let grid = &html[body..body + html[body..].find("</tbody>").unwrap()];
        if let Some((i, _)) = grid.match_indices("<td").nth(n) {
            let open = body + i;
            let td = &html[open..open + html[open..].find("</td>").unwrap()];
            if found.is_none() || td.contains("tabindex") {
                found = Some(td);
            }
        }
    }
    found.unwrap_or_else(|| panic!("{date} missing"))
}

/// A cell's accessible name as a browser computes it from the content:
/// the text outside `aria-hidden` parts, a space between elements.
fn spoken_name(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    let mut hidden = 0usize;
    while let Some(lt) = rest.find('<') {
        if hidden == 0 {
            out.push_str(&rest[..lt]);
        }
        let gt = lt + rest[lt..].find('>').unwrap();
        let tag = &rest[lt..=gt];
        let closing = tag.starts_with("</");
        let self_closing = tag.ends_with("/>");
        if hidden > 0 {
            if closing {
                hidden -= 1;
            } else if !self_closing {
                hidden += 1;
            }
        } else if !closing && !self_closing && tag.contains(r#"aria-hidden="true""#) {
            hidden = 1;
        }
        out.push(' ');
        rest = &rest[gt + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn february_2024_shows_the_seed_notice() {
    let html = render(AppProps {
        today: Some(d("2024-02-10")),
        ..AppProps::default()
    })
    .await;
    assert!(html.contains(r#"<section part="calendar" lang="vi""#));
    assert!(html.contains("Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn"));
    assert_eq!(html.matches("role=\"gridcell\"").count(), 42);
    let tet = cell(&html, "2024-02-10");
    assert!(tet.contains(r#"aria-current="date""#), "{tet}");
    assert!(tet.contains(r#"tabindex="0""#));
    // The name is the content: it begins with what the cell shows ("10",
    // "1/1", the festival) and says the markers in words; the month and year
    // are the grid's label.
    assert!(!tet.contains("aria-label=\"Thứ"), "{tet}");
    assert_eq!(
        spoken_name(tet),
        "10 âm lịch 1/1 ngày nghỉ, treo cờ, trực Tết Nguyên đán (mùng 1 Tết)"
    );
    assert!(tet.contains("lich-mark-off"));
    assert!(tet.contains(r#"aria-label="Treo cờ""#));
    for day in 8..=14 {
        let c = cell(&html, &format!("2024-02-{day:02}"));
        assert!(
            c.contains("lich-mark-off") && c.contains("lich-flag"),
            "{day}: {c}"
        );
    }
    assert!(cell(&html, "2024-02-08").contains("lich-off-start"));
    assert!(cell(&html, "2024-02-14").contains("lich-off-end"));
    assert!(cell(&html, "2024-02-13").contains(">Nghỉ bù<"));
    assert!(!cell(&html, "2024-02-07").contains("lich-mark-off"));
    let roster = cell(&html, "2024-02-01");
    assert!(
        roster.contains("lich-mark-deadline") && roster.contains("hạn chót"),
        "{roster}"
    );
    assert!(cell(&html, "2024-02-09").contains(r#"tabindex="-1""#));
    // A cell that shows a solar term says it is one.
    assert_eq!(
        spoken_name(cell(&html, "2024-02-04")),
        "4 âm lịch 25 tiết khí Lập xuân"
    );
    // Duty shows on a day off too (it used to be dropped there).
    assert!(cell(&html, "2024-02-10").contains("lich-mark-duty"));
    // The details of the selected day, with the legal source and contacts.
    assert!(html.contains("Thứ Bảy, 10/02/2024 — mùng 1 tháng Giêng năm Giáp Thìn"));
    assert!(html.contains("58/TB-UBND ngày 26/12/2023 của UBND tỉnh Sóc Trăng"));
    assert!(html.contains(r#"href="tel:02993621090""#));
    assert!(html.contains(r#"href="mailto:thanhtra.sotttt@soctrang.gov.vn""#));
    assert!(html.contains("Ngày Giáp Thìn, tháng Bính Dần, năm Giáp Thìn (Rồng)"));
}

/// The 2026 Tết Dương lịch swap as a visitor sees it: the swapped Friday's
/// and the make-up Saturday's details each say the pair (from the national
/// data's `makes_up`); a deadline says to whom it is sent.
#[tokio::test]
async fn a_swap_is_said_on_both_its_days() {
    let swap = "Hoán đổi: </span>nghỉ Thứ Sáu, 02/01/2026, làm bù Thứ Bảy, 10/01/2026";
    for day in ["2026-01-02", "2026-01-10"] {
        let html = render(AppProps {
            today: Some(d(day)),
            ..AppProps::default()
        })
        .await;
        assert!(html.contains(swap), "{day}");
    }
    let roster = render(AppProps {
        opening: Opening::Day(d("2024-02-01")),
        ..AppProps::default()
    })
    .await;
    let i = roster
        .find("Gửi về")
        .expect("the recipient on the deadline's card");
    assert!(
        roster[i..].starts_with(
            "Gửi về: </span><span lang=\"vi\">Sở Thông tin và Truyền thông tỉnh Sóc Trăng"
        ),
        "{}",
        &roster[i..i + 200]
    );
}

#[tokio::test]
async fn english_and_sunday_first() {
    let html = render(AppProps {
        opening: Opening::Day(d("2023-03-22")),
        lang: Lang::En,
        week_start: WeekStart::Sunday,
        ..AppProps::default()
    })
    .await;
    assert!(html.contains(r#"<section part="calendar" lang="en""#));
    assert!(html.contains("March 2023 · lunar month 2 of Quý Mão – leap lunar month 2 of Quý Mão"));
    assert_eq!(spoken_name(cell(&html, "2023-03-22")), "22 lunar 1/2 N");
    assert!(html.find("abbr=\"Sunday\"").unwrap() < html.find("abbr=\"Monday\"").unwrap());
    assert!(html.contains("Wednesday, 22 March 2023 — day 1 of leap month 2, year Quý Mão (Cat)"));
    assert!(html.contains(">Tiếng Việt</button>"));
}

#[tokio::test]
async fn agenda_has_countdowns_undated_reports_and_export() {
    let html = render(AppProps {
        view: View::Agenda,
        today: Some(d("2024-01-27")),
        ..AppProps::default()
    })
    .await;
    assert!(html.contains("Kỳ nghỉ tiếp theo"));
    assert!(
        html.contains("còn 5 ngày"),
        "the roster deadline 01/02 counted from 27/01"
    );
    assert!(html.contains("Việc chưa có ngày cụ thể"));
    assert!(html.contains("Báo cáo trước Tết"));
    assert!(html.contains("Các doanh nghiệp viễn thông"));
    assert!(html.contains(r#"download="lich-20240201-20240331.ics""#));
    // The file is written when the link is used, not on every render.
    assert!(!html.contains("data:text/calendar"));
}

#[tokio::test]
async fn the_agenda_offers_the_feed_to_subscribe_to() {
    let feed = "https://so.example.gov.vn/lich/feeds/all.ics";
    let html = render(AppProps {
        view: View::Agenda,
        feed: Some(feed.into()),
        ..AppProps::default()
    })
    .await;
    assert!(html.contains("<summary>Đăng ký lịch</summary>"), "{html}");
    assert!(html.contains(r#"href="webcal://so.example.gov.vn/lich/feeds/all.ics""#));
    assert!(html.contains(&format!(r#"href="{feed}""#)));
    assert!(html.contains(&format!(r#"lich-feed">{feed}</a>"#)));
    assert!(html.contains("“Từ URL”"));
    // No feed given (the CLI's static pages): no disclosure.
    let html = render(AppProps {
        view: View::Agenda,
        ..AppProps::default()
    })
    .await;
    assert!(!html.contains("lich-subscribe"));
}

#[tokio::test]
async fn year_and_converter_views() {
    let html = render(AppProps {
        view: View::Year,
        ..AppProps::default()
    })
    .await;
    // Twelve grids, one tab stop: only the focused day (10/02) is tabbable.
    assert_eq!(
        html.matches("<table role=\"grid\" aria-labelledby=\"lich-mini-")
            .count(),
        12
    );
    assert_eq!(html.matches("tabindex=\"0\"").count(), 1);
    assert!(cell(&html, "2024-02-10").contains("tabindex=\"0\""));
    assert!(html.contains("Năm 2024"));
    assert!(html.contains("aria-label=\"Thứ Ba, 13 tháng 2 năm 2024, mùng 4 tháng Giêng năm Giáp Thìn, nghỉ bù, treo cờ, trực\""));
    let html = render(AppProps {
        view: View::Converter,
        ..AppProps::default()
    })
    .await;
    assert!(html.contains("Dương lịch → Âm lịch"));
    assert!(html.contains("Thứ Bảy, 10/02/2024 — mùng 1 tháng Giêng năm Giáp Thìn"));
    assert!(html.contains("Năm 2024 không có tháng nhuận."));
}

#[tokio::test]
async fn far_dates_are_clamped_to_the_supported_range() {
    let html = render(AppProps {
        opening: Opening::Month(d("2500-01-01")),
        ..AppProps::default()
    })
    .await;
    assert!(html.contains("Tháng 12/2399"));
}

#[test]
fn the_built_in_data_is_nfc() {
    use unicode_normalization::is_nfc;
    for (_, file) in lich::schedule::builtin::FILES {
        assert!(is_nfc(file), "built-in data must be NFC");
    }
}
