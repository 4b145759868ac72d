//! The converter: solar → lunar and lunar → solar, with the reason in words
//! when a date does not exist.

use super::strings::strings;
use crate::calendar::names::{month_name_vi, Lang};
use crate::calendar::{LunarDate, LunarYear};
use crate::text;
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

/// Props of [`Converter`].
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ConverterProps {
    /// Language.
    pub lang: Lang,
    /// The date to start from.
    pub initial: NaiveDate,
}

fn value_of(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            e.target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
        })
        .unwrap_or_default()
}

fn checked_of(e: &Event) -> bool {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

/// Explains in Vietnamese why a lunar date does not exist.
fn why_not_vi(y: i32, m: u8, d: u8, leap: bool) -> String {
    match LunarYear::new(y) {
        Err(_) => format!("Năm {y} nằm ngoài khoảng lịch hỗ trợ (1800–2399)."),
        Ok(year) => {
            if leap && year.leap_month() != Some(m) {
                return match year.leap_month() {
                    None => format!("Năm âm lịch {y} không có tháng nhuận."),
                    Some(l) => {
                        format!("Năm âm lịch {y} chỉ nhuận tháng {l}, không nhuận tháng {m}.")
                    }
                };
            }
            match year.month_length(m, leap) {
                Ok(len) if d > len => format!(
                    "Tháng {}{} năm {y} chỉ có {len} ngày.",
                    month_name_vi(m),
                    if leap { " nhuận" } else { "" }
                ),
                _ => "Ngày âm lịch không hợp lệ.".into(),
            }
        }
    }
}

/// The converter view.
#[component]
pub fn Converter(props: &ConverterProps) -> Html {
    let lang = props.lang;
    let t = strings(lang);
    let solar = use_state(|| crate::text::iso(props.initial));
    let initial_lunar = LunarDate::from_solar(props.initial).ok();
    let ly = use_state(|| {
        initial_lunar
            .map_or(props.initial.year(), |l| l.year())
            .to_string()
    });
    let lm = use_state(|| initial_lunar.map_or(1, |l| l.month()).to_string());
    let ld = use_state(|| initial_lunar.map_or(1, |l| l.day()).to_string());
    let leap = use_state(|| initial_lunar.is_some_and(|l| l.is_leap()));

    let solar_result = match text::parse_solar(&solar).and_then(LunarDate::from_solar) {
        Ok(l) => format!(
            "{} — {}",
            text::solar_in_words(l.to_solar(), lang),
            text::lunar_in_words(l, lang)
        ),
        Err(e) => match lang {
            Lang::Vi => format!("Không đổi được: {e}"),
            Lang::En => format!("Cannot convert: {e}"),
        },
    };
    let parsed = (
        ly.trim().parse::<i32>(),
        lm.parse::<u8>(),
        ld.trim().parse::<u8>(),
    );
    let lunar_result = match parsed {
        (Ok(y), Ok(m), Ok(d)) => match LunarDate::new(y, m, d, *leap) {
            Ok(l) => format!(
                "{} — {}",
                text::lunar_in_words(l, lang),
                text::solar_in_words(l.to_solar(), lang)
            ),
            Err(e) => match lang {
                Lang::Vi => why_not_vi(y, m, d, *leap),
                Lang::En => e.to_string(),
            },
        },
        _ => match lang {
            Lang::Vi => "Hãy nhập năm, tháng và ngày bằng số.".into(),
            Lang::En => "Enter the year, month and day as numbers.".into(),
        },
    };
    let set = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: Event| s.set(value_of(&e)))
    };
    let set_input = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: InputEvent| s.set(value_of(&e)))
    };
    let on_leap = {
        let leap = leap.clone();
        Callback::from(move |e: Event| leap.set(checked_of(&e)))
    };
    let leap_hint = ly
        .trim()
        .parse::<i32>()
        .ok()
        .and_then(|y| LunarYear::new(y).ok())
        .map(|y| match (y.leap_month(), lang) {
            (Some(m), Lang::Vi) => format!("Năm {} nhuận tháng {m}.", y.year()),
            (None, Lang::Vi) => format!("Năm {} không có tháng nhuận.", y.year()),
            (Some(m), Lang::En) => format!("{} has a leap month {m}.", y.year()),
            (None, Lang::En) => format!("{} has no leap month.", y.year()),
        });
    html! {
        <div class="lich-converter">
            <h2 id="lich-title" class="lich-title">{ t.conv_solar_title }</h2>
            <label>{ t.conv_solar_date }{ " " }
                <input type="date" min="1800-01-01" max="2399-12-31" value={(*solar).clone()} onchange={set(&solar)} oninput={set_input(&solar)} />
            </label>
            <p class="lich-result" aria-live="polite"><span class="lich-label">{ t.conv_result }{ ": " }</span>{ solar_result }</p>
            <h2 class="lich-title">{ t.conv_lunar_title }</h2>
            <div class="lich-lunar-inputs">
                <label>{ t.conv_lunar_year }{ " " }<input type="number" min="1800" max="2399" value={(*ly).clone()} oninput={set_input(&ly)} /></label>
                <label>{ t.conv_lunar_month }{ " " }
                    <select onchange={set(&lm)}>
                        { for (1..=12u8).map(|m| html! { <option value={m.to_string()} selected={lm.as_str() == m.to_string()}>{ m }</option> }) }
                    </select>
                </label>
                <label>{ t.conv_lunar_day }{ " " }<input type="number" min="1" max="30" value={(*ld).clone()} oninput={set_input(&ld)} /></label>
                <label><input type="checkbox" checked={*leap} onchange={on_leap} />{ " " }{ t.conv_leap }</label>
            </div>
            if let Some(h) = leap_hint { <p class="lich-hint">{ h }</p> }
            <p class="lich-result" aria-live="polite"><span class="lich-label">{ t.conv_result }{ ": " }</span>{ lunar_result }</p>
        </div>
    }
}
