//! The converter: solar → lunar and lunar → solar, with the reason in words
//! when a date does not exist.

use crate::calendar::names::Lang;
use crate::calendar::{LunarDate, LunarYear, RANGE, YEARS};
use crate::text;
use crate::words;
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

/// An error clause as a sentence: capitalised, with a final period. The
/// catalogues' clauses begin with an ASCII letter, so no Unicode case
/// table (about 10 KB of wasm) is needed.
fn sentence(clause: &str) -> String {
    let mut s = clause.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s.push('.');
    s
}

/// The converter view.
#[component]
pub fn Converter(props: &ConverterProps) -> Html {
    let lang = props.lang;
    let words = words::of(lang);
    let t = words.ui();
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

    let (solar_result, solar_ok) = match text::parse_solar(&solar).and_then(LunarDate::from_solar) {
        Ok(l) => (
            format!(
                "{} — {}",
                words.solar_date(l.to_solar()),
                words.lunar_date(l)
            ),
            true,
        ),
        Err(e) => (sentence(&e.in_lang(lang)), false),
    };
    let parsed = (
        ly.trim().parse::<i32>(),
        lm.parse::<u8>(),
        ld.trim().parse::<u8>(),
    );
    let (lunar_result, lunar_ok) = match parsed {
        (Ok(y), Ok(m), Ok(d)) => match LunarDate::new(y, m, d, *leap) {
            Ok(l) => (
                format!(
                    "{} — {}",
                    words.lunar_date(l),
                    words.solar_date(l.to_solar())
                ),
                true,
            ),
            Err(e) => (sentence(&e.in_lang(lang)), false),
        },
        _ => (t.conv_numbers.to_string(), false),
    };
    // The results are said when a field is committed (a change event: a
    // picked date, Enter, leaving the field), not on every keystroke: a
    // keystroke empties the spoken copy (which says nothing), a commit
    // fills it with the results of the same render.
    let speak = use_state(|| false);
    let commit = {
        let speak = speak.clone();
        Callback::from(move |_: Event| speak.set(true))
    };
    // Typed fields only: a checkbox or a select also sends input before
    // change, and a render between the two would undo the click.
    let hush = {
        let speak = speak.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.type_() != "checkbox");
            if typed && *speak {
                speak.set(false);
            }
        })
    };
    let set = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: Event| s.set(value_of(&e)))
    };
    let invalid = |ok: bool| (!ok).then_some("true");
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
        .map(|y| words.leap_hint(y.year(), y.leap_month()));
    html! {
        <div class="lich-converter" onchange={commit} oninput={hush}>
            <h2 id="lich-title" class="lich-title">{ t.conv_solar_title }</h2>
            <label>{ t.conv_solar_date }{ " " }
                <input type="date" min={text::iso(*RANGE.start())} max={text::iso(*RANGE.end())} value={(*solar).clone()}
                    aria-invalid={invalid(solar_ok)} aria-describedby="lich-conv-hint lich-conv-solar"
                    onchange={set(&solar)} oninput={set_input(&solar)} />
            </label>
            <p class="lich-hint" id="lich-conv-hint">{ t.conv_date_hint }</p>
            <p class="lich-result" id="lich-conv-solar"><span class="lich-label">{ t.conv_result }{ ": " }</span>{ &solar_result }</p>
            <h2 class="lich-title" id="lich-conv-lunar-title">{ t.conv_lunar_title }</h2>
            <fieldset class="lich-lunar-inputs" aria-labelledby="lich-conv-lunar-title" aria-describedby="lich-conv-lunar">
                <label>{ t.conv_lunar_year }{ " " }<input type="number" min={(YEARS.start() - 1).to_string()} max={YEARS.end().to_string()} value={(*ly).clone()} aria-invalid={invalid(lunar_ok)} oninput={set_input(&ly)} /></label>
                <label>{ t.conv_lunar_month }{ " " }
                    <select onchange={set(&lm)} aria-invalid={invalid(lunar_ok)}>
                        { for (1..=12u8).map(|m| html! { <option value={m.to_string()} selected={lm.as_str() == m.to_string()}>{ m }</option> }) }
                    </select>
                </label>
                <label>{ t.conv_lunar_day }{ " " }<input type="number" min="1" max="30" value={(*ld).clone()} aria-invalid={invalid(lunar_ok)} oninput={set_input(&ld)} /></label>
                <label><input type="checkbox" checked={*leap} aria-invalid={invalid(lunar_ok)} onchange={on_leap} />{ " " }{ t.conv_leap }</label>
            </fieldset>
            if let Some(h) = leap_hint { <p class="lich-hint">{ h }</p> }
            <p class="lich-result" id="lich-conv-lunar"><span class="lich-label">{ t.conv_result }{ ": " }</span>{ &lunar_result }</p>
            <p class="lich-sr" aria-live="polite">{ if *speak { format!("{solar_result} {lunar_result}") } else { String::new() } }</p>
        </div>
    }
}
