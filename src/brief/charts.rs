//! Inline SVG charts: the balance of the diplomacy tracks and the monthly
//! timeline of interactions. No scripts, no external anything.

use std::fmt::Write as _;

use crate::domain::Lang;
use crate::domain::keys::Track;
use crate::i18n;

use crate::render::html::escape as esc;

const COLORS: [&str; 5] = ["#0b3c73", "#2a7ab0", "#3a9d6b", "#c9822b", "#8c94a8"];

/// Horizontal bars, one per track (and "no track" if any).
pub fn tracks(lang: Lang, counts: &[(Option<Track>, i64)]) -> String {
    let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let row = 22;
    let height = row * counts.len() as i64 + 10;
    let mut svg = format!(
        "<figure class=\"chart\"><svg width=\"330\" height=\"{height}\" viewBox=\"0 0 330 {height}\" role=\"img\">"
    );
    for (i, (track, n)) in counts.iter().enumerate() {
        let y = 5 + row * i as i64;
        let name = match track {
            Some(track) => i18n::label(lang, Track::KIND, track.key()),
            None => i18n::t(lang, "brief-track-none"),
        };
        let width = 180 * n / max;
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{}\" font-size=\"10\" fill=\"#1d2433\">{}</text><rect x=\"110\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#1d2433\">{n}</text>",
            y + 11,
            esc(&name),
            y,
            width.max(1),
            COLORS[i % COLORS.len()],
            116 + width,
            y + 11
        );
    }
    svg.push_str("</svg>");
    let _ = write!(
        svg,
        "<figcaption>{}</figcaption></figure>",
        esc(&i18n::t(lang, "brief-tracks-chart"))
    );
    svg
}

/// Vertical bars, one per month, labelled every third month, with a
/// counted axis and each month's number above its bar: printed, the chart
/// reads without hovering.
pub fn timeline(lang: Lang, months: &[(String, i64)]) -> String {
    let max = months.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bar = 13;
    let left = 24;
    let width = left + bar * months.len() as i64 + 10;
    let mut svg = format!(
        "<figure class=\"chart\"><svg width=\"{width}\" height=\"150\" viewBox=\"0 0 {width} 150\" role=\"img\">"
    );
    // The axis: 0, half and the highest month, with light guide lines.
    let mut ticks = vec![0, max];
    if max >= 4 {
        ticks.insert(1, max / 2);
    }
    for tick in ticks {
        let y = 120 - 100 * tick / max;
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{y}\" x2=\"{width}\" y2=\"{y}\" stroke=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"8\" fill=\"#56607a\" text-anchor=\"end\">{tick}</text>",
            if tick == 0 { "#8c94a8" } else { "#e4e8f0" },
            left - 4,
            y + 3
        );
    }
    let _ = write!(
        svg,
        "<line x1=\"{left}\" y1=\"18\" x2=\"{left}\" y2=\"120\" stroke=\"#8c94a8\"/>"
    );
    for (i, (month, n)) in months.iter().enumerate() {
        let x = left + 3 + bar * i as i64;
        let height = 100 * n / max;
        let _ = write!(
            svg,
            "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#2a7ab0\"><title>{} · {n}</title></rect>",
            120 - height,
            bar - 3,
            height.max(0),
            esc(month)
        );
        if *n > 0 {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{}\" font-size=\"7\" fill=\"#1d2433\" text-anchor=\"middle\">{n}</text>",
                x + (bar - 3) / 2,
                118 - height
            );
        }
        if i % 3 == 0 {
            let _ = write!(
                svg,
                "<text x=\"{x}\" y=\"135\" font-size=\"8\" fill=\"#56607a\">{}</text>",
                esc(month.get(2..).unwrap_or(month))
            );
        }
    }
    svg.push_str("</svg>");
    let _ = write!(
        svg,
        "<figcaption>{}</figcaption></figure>",
        esc(&i18n::t_args(
            lang,
            "brief-timeline-chart",
            &[("months", months.len().into())]
        ))
    );
    svg
}
