//! The legend: every marker explained, in words. The sample markers and
//! glyphs are hidden from screen readers, which read the words.

use super::flag_icon;
use crate::calendar::names::Lang;
use crate::words;
use yew::prelude::*;

/// The legend. A plain function, not a component: a component costs about
/// 0.7 KB of gzipped wasm, and this one has no state of its own.
pub(crate) fn legend(lang: Lang) -> Html {
    let t = words::of(lang).ui();
    html! {
        <details part="legend" class="lich-legend">
            <summary>{ t.legend_title }</summary>
            <ul>
                <li><span class="lich-mark lich-mark-off">{ t.mark_off }</span>{ " " }<span aria-hidden="true">{ "●" }</span>{ " " }{ t.legend_off }</li>
                <li><span class="lich-mark lich-mark-expected">{ t.mark_expected }</span>{ " " }<span aria-hidden="true">{ "◌" }</span>{ " " }{ t.legend_expected }</li>
                <li><span class="lich-mark lich-mark-overruled">{ t.mark_overruled }</span>{ " " }{ t.legend_overruled }</li>
                <li><span class="lich-mark lich-mark-workday">{ t.mark_workday }</span>{ " " }<span aria-hidden="true">{ "○" }</span>{ " " }{ t.legend_workday }</li>
                <li><span aria-hidden="true">{ flag_icon(t.mark_flag) }</span>{ " " }<span aria-hidden="true">{ "▲" }</span>{ " " }{ t.legend_flag }</li>
                <li><span class="lich-mark lich-mark-deadline">{ t.mark_deadline }</span>{ " " }<span aria-hidden="true">{ "◆" }</span>{ " " }{ t.legend_deadline }</li>
                <li><span class="lich-mark lich-mark-duty">{ t.mark_duty }</span>{ " " }{ t.legend_duty }</li>
                <li><span class="lich-legend-today" aria-hidden="true">{ "15" }</span>{ " " }{ t.legend_today }</li>
                <li>{ t.legend_lunar }</li>
                <li>{ t.legend_new_month }</li>
                <li class="lich-legend-named">{ t.legend_named }</li>
            </ul>
        </details>
    }
}
