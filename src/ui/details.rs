//! The details of the focused day: both calendars in words, can chi, the
//! solar term, auspicious hours on request, and every event with its kind,
//! audience, source document and contacts.

use super::month_view::ViewProps;
use super::strings::strings;
use crate::calendar::names::Lang;
use crate::calendar::sexagenary::CanChi;
use crate::calendar::solar_term::term_of_day;
use crate::calendar::{JulianDay, LunarDate};
use crate::day_marks::Group;
use crate::ical::{kind_label, source_line};
use crate::schedule::{expand, Confidence, Event, Schedule};
use crate::text;
use crate::widget::Action;
use yew::prelude::*;

/// One event as a card.
pub(crate) fn event_card(schedule: &Schedule, e: &Event, lang: Lang) -> Html {
    let t = strings(lang);
    let confidence_index = match e.confidence {
        Confidence::Confirmed => 0,
        Confidence::SingleSource => 1,
        Confidence::Derived => 2,
        Confidence::Unverified => 3,
        Confidence::Pending => 4,
    };
    html! {
        <li class={classes!("lich-event", format!("lich-kind-{}", e.kind.code()))}>
            <p class="lich-event-head"><span class="lich-kind">{ kind_label(&e.kind, lang) }</span>{ " " }<strong>{ e.title.get(lang) }</strong></p>
            if let Some(d) = &e.description { <p>{ d.get(lang) }</p> }
            if !e.audience.is_empty() { <p><span class="lich-label">{ t.audience }{ ": " }</span>{ e.audience.join("; ") }</p> }
            { for e.sources.iter().filter_map(|s| source_line(schedule, s, lang)).map(|line| html! {
                <p class="lich-source"><span class="lich-label">{ t.source }{ ": " }</span>{ line }</p>
            }) }
            if !e.contacts.is_empty() {
                <p class="lich-contacts"><span class="lich-label">{ t.contacts }{ ": " }</span>
                { for e.contacts.iter().filter_map(|c| schedule.contact(c)).map(|c| html! {
                    <span class="lich-contact">{ c.name.get(lang) }{ " " }
                        if let Some(p) = &c.phone { <a href={format!("tel:{}", p.replace(['.', ' '], ""))}>{ p }</a>{ " " } }
                        if let Some(m) = &c.email { <a href={format!("mailto:{m}")}>{ m }</a> }
                    </span>
                }) }
                </p>
            }
            if e.confidence != Confidence::Confirmed {
                <p class="lich-confidence"><span class="lich-label">{ t.confidence }{ ": " }</span>{ t.confidence_words[confidence_index] }</p>
            }
        </li>
    }
}

/// The details panel.
pub(crate) fn details(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let t = strings(lang);
    let day = state.focus;
    let Ok(lunar) = LunarDate::from_solar(day) else {
        return html! {};
    };
    let jd = JulianDay::from_date(day);
    let term = term_of_day(day);
    let can_chi = t
        .can_chi
        .replace("{d}", &CanChi::of_day(jd).name())
        .replace("{m}", &CanChi::of_month(lunar.year(), lunar.month()).name())
        .replace(
            "{y}",
            &format!(
                "{} ({})",
                CanChi::of_year(lunar.year()).name(),
                CanChi::of_year(lunar.year()).animal(lang)
            ),
        );
    let events: Vec<_> = expand(&props.schedule, day, day)
        .into_iter()
        .filter(|o| state.filter.shows(Group::of(&o.event.kind)))
        .collect();
    let toggle = props.dispatch.reform(|_: MouseEvent| Action::ToggleHours);
    html! {
        <div part="details" class="lich-details" id="lich-details">
            <h3>{ text::solar_in_words(day, lang) }{ " — " }{ text::lunar_in_words(lunar, lang) }</h3>
            <p>{ can_chi }</p>
            if let Some((term, begins)) = term {
                <p>{ t.solar_term }{ ": " }{ term.name(lang) }{ if begins { format!(" ({})", t.term_begins) } else { String::new() } }</p>
            }
            <button type="button" class="lich-nav" aria-expanded={state.show_hours.to_string()} aria-controls="lich-hours" onclick={toggle}>
                { if state.show_hours { t.hours_hide } else { t.hours_show } }
            </button>
            if state.show_hours {
                <p id="lich-hours">{ t.hours_title }{ ": " }{ text::auspicious_hours_in_words(jd) }</p>
            }
            <h4>{ t.details_events }</h4>
            if events.is_empty() {
                <p>{ t.no_events }</p>
            } else {
                <ul class="lich-events">{ for events.iter().map(|o| event_card(&props.schedule, o.event, lang)) }</ul>
            }
        </div>
    }
}
