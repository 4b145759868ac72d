//! The month: toolbar, the grid (WAI-ARIA grid pattern with a roving
//! tabindex), and the details of the focused day.

use super::details::details;
use super::flag_icon;
use super::strings::strings;
use crate::calendar::names::{
    Lang, WEEKDAYS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_VI, WEEKDAYS_VI_SHORT,
};
use crate::day_marks::{mark_days, DayMarks};
use crate::month_grid::{DayCell, MonthGrid, WeekStart};
use crate::schedule::{DayOffReason, Schedule};
use crate::text;
use crate::widget::{Action, GridKey, WidgetState};
use chrono::{Datelike, NaiveDate};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props shared by the views.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ViewProps {
    /// The widget state.
    pub state: WidgetState,
    /// The schedule shown.
    pub schedule: Rc<Schedule>,
    /// Sends actions up.
    pub dispatch: Callback<Action>,
}

/// Solar date in full words for accessible names: "Thứ Bảy, 10 tháng 2 năm 2024".
fn solar_long(date: NaiveDate, lang: Lang) -> String {
    let wd = date.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::Vi => format!(
            "{}, {} tháng {} năm {}",
            WEEKDAYS_VI[wd],
            date.day(),
            date.month(),
            date.year()
        ),
        Lang::En => text::solar_in_words(date, lang),
    }
}

/// The accessible name of a day: both calendars, the names and the solar
/// term the cell shows, and every marker in words.
pub(crate) fn day_name(c: &DayCell, marks: &DayMarks, lang: Lang) -> String {
    let mut parts = vec![
        solar_long(c.date, lang),
        text::lunar_in_words(c.lunar, lang),
    ];
    parts.extend(marks.names.iter().cloned());
    if let Some(term) = c.term_begins {
        let term = term.name(lang);
        parts.push(match lang {
            Lang::Vi => format!("tiết khí {term}"),
            Lang::En => format!("solar term {term}"),
        });
    }
    parts.extend(marks.words(lang).into_iter().map(String::from));
    parts.join(", ")
}

/// The classes of a day cell.
pub(crate) fn cell_classes(c: &DayCell, m: &DayMarks) -> Classes {
    let mut classes = classes!("lich-day");
    if !c.in_month {
        classes.push("lich-outside");
    }
    if c.is_today {
        classes.push("lich-today");
    }
    if c.date.weekday().num_days_from_monday() == 6 {
        classes.push("lich-sunday");
    }
    if c.lunar.day() == 1 {
        classes.push("lich-new-month");
    }
    if let Some((a, b)) = m.off_period {
        classes.push("lich-off");
        if c.date == a {
            classes.push("lich-off-start");
        }
        if c.date == b {
            classes.push("lich-off-end");
        }
    }
    if m.workday {
        classes.push("lich-workday");
    }
    classes
}

/// What a day cell shows (hidden from screen readers: the cell's name says it all).
pub(crate) fn cell_content(c: &DayCell, m: &DayMarks, lang: Lang) -> Html {
    let t = strings(lang);
    let off_word = match m.off {
        Some(DayOffReason::Compensatory) if lang == Lang::Vi => "Nghỉ bù",
        Some(_) => t.mark_off,
        None => "",
    };
    html! {
        <>
            <span class="lich-solar" aria-hidden="true">{ c.date.day() }</span>
            <span class="lich-lunar" aria-hidden="true">{ &c.lunar_label }</span>
            <span class="lich-marks" aria-hidden="true">
                if m.off.is_some() { <span class="lich-mark lich-mark-off">{ off_word }</span> }
                if m.workday { <span class="lich-mark lich-mark-workday">{ t.mark_workday }</span> }
                if m.flag { { flag_icon(t.mark_flag) } }
                if m.deadline { <span class="lich-mark lich-mark-deadline">{ t.mark_deadline }</span> }
                if m.duty && m.off.is_none() { <span class="lich-mark lich-mark-duty">{ t.mark_duty }</span> }
            </span>
            if let Some(name) = m.names.first() { <span class="lich-name" aria-hidden="true">{ name }</span> }
            else if let Some(term) = c.term_begins { <span class="lich-term" aria-hidden="true">{ term.name(lang) }</span> }
        </>
    }
}

/// The weekday columns in order: (long name, short name).
pub(crate) fn weekday_columns(
    week_start: WeekStart,
    lang: Lang,
) -> Vec<(&'static str, &'static str)> {
    let order: Vec<usize> = match week_start {
        WeekStart::Monday => (0..7).collect(),
        WeekStart::Sunday => std::iter::once(6).chain(0..6).collect(),
    };
    let (long, short) = match lang {
        Lang::Vi => (WEEKDAYS_VI, WEEKDAYS_VI_SHORT),
        Lang::En => (WEEKDAYS_EN, WEEKDAYS_EN_SHORT),
    };
    order.into_iter().map(|i| (long[i], short[i])).collect()
}

/// The toolbar: month/year steps, today, Tết and a picker. A plain function
/// (a component costs about 0.7 KB of gzipped wasm); the picker's values are
/// read from the submitted form.
fn toolbar(props: &ViewProps) -> Html {
    let t = strings(props.state.lang);
    let (year, month) = props.state.shown();
    let send = |a: Action| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(a))
    };
    let on_pick = {
        let d = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = e
                .target()
                .and_then(|f| f.dyn_into::<web_sys::Element>().ok());
            let field = |selector: &str| {
                form.as_ref()
                    .and_then(|f| f.query_selector(selector).ok().flatten())
            };
            let m = field("select")
                .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse::<u32>().ok());
            let y = field("input")
                .and_then(|s| s.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|s| s.value().trim().parse::<i32>().ok());
            if let (Some(m), Some(y)) = (m, y) {
                if (1800..=2399).contains(&y) {
                    d.emit(Action::Show(y, m));
                }
            }
        })
    };
    html! {
        <div part="toolbar" class="lich-toolbar">
            <div class="lich-steps">
                <button type="button" class="lich-nav" onclick={send(Action::Years(-1))}>{ t.prev_year }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Months(-1))}>{ t.prev_month }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Months(1))}>{ t.next_month }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Years(1))}>{ t.next_year }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Today)} disabled={props.state.today.is_none()}>{ t.today }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Tet)}>{ t.tet }</button>
            </div>
            <form class="lich-picker" onsubmit={on_pick}>
                <label>{ t.pick_month }{" "}
                    <select>
                        { for (1..=12u32).map(|m| html! { <option value={m.to_string()} selected={m == month}>{ format!("{} {m}", t.month_option) }</option> }) }
                    </select>
                </label>
                <label>{ t.pick_year }{" "}
                    <input type="number" min="1800" max="2399" value={year.to_string()} inputmode="numeric" />
                </label>
                <button type="submit" class="lich-nav">{ t.go }</button>
            </form>
        </div>
    }
}

/// The month view.
#[component]
pub fn MonthView(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let (year, month) = state.shown();
    let grid_ref = use_node_ref();

    // After a key moved the focus, put the DOM focus on the new cell.
    {
        let grid_ref = grid_ref.clone();
        use_effect_with((state.focus, state.keyboard), move |&(focus, keyboard)| {
            if keyboard {
                let selector = format!("[data-date=\"{}\"]", crate::text::iso(focus));
                if let Some(cell) = grid_ref
                    .cast::<web_sys::Element>()
                    .and_then(|g| g.query_selector(&selector).ok().flatten())
                    .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = cell.focus();
                }
            }
        });
    }

    let grid = match MonthGrid::new(year, month, state.week_start, state.today) {
        Ok(g) => g,
        Err(e) => return html! { <p class="lich-error" role="alert">{ e.to_string() }</p> },
    };
    let (first, last) = (grid.cells[0].date, grid.cells[41].date);
    let marks = mark_days(&props.schedule, first, last, state.filter, lang);
    let title = grid.title(lang);
    let onkeydown = {
        let d = props.dispatch.clone();
        let focus = state.focus;
        Callback::from(move |e: KeyboardEvent| {
            if let Some(k) = GridKey::from_key(&e.key(), e.shift_key()) {
                e.prevent_default();
                d.emit(Action::Key(k));
            } else if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                d.emit(Action::Select(focus));
            }
        })
    };
    let cell = |(i, c): (usize, &DayCell)| {
        let m = &marks[i];
        let focused = c.date == state.focus;
        let date = c.date;
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| Action::Select(date));
        html! {
            <td part="day" role="gridcell" class={cell_classes(c, m)} data-date={crate::text::iso(c.date)}
                tabindex={if focused { "0" } else { "-1" }} aria-selected={focused.to_string()}
                aria-current={c.is_today.then_some("date")} aria-label={day_name(c, m, lang)} {onclick}>
                { cell_content(c, m, lang) }
            </td>
        }
    };
    let cells: Vec<Html> = grid.cells.iter().enumerate().map(cell).collect();
    let rows: Vec<Html> = cells
        .chunks(7)
        .map(|row| html! { <tr role="row">{ for row.iter().cloned() }</tr> })
        .collect();
    html! {
        <div class="lich-month">
            <h2 id="lich-title" class="lich-title">{ title.clone() }</h2>
            { toolbar(props) }
            <p class="lich-sr" aria-live="polite" aria-atomic="true">{ title }</p>
            <table part="grid" role="grid" class="lich-grid" aria-labelledby="lich-title" ref={grid_ref} {onkeydown}>
                <thead>
                    <tr role="row">
                        { for weekday_columns(state.week_start, lang).into_iter().map(|(long, short)| html! { <th role="columnheader" scope="col" abbr={long}><abbr title={long}>{ short }</abbr></th> }) }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            { details(props) }
        </div>
    }
}
