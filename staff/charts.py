"""Stacked bar charts as plain geometry; templates/chart.html draws them as inline SVG.

Server-side on purpose: no chart library in the browser, no CDN, and the plot is
in the page a funder prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["PALETTE", "Bar", "Chart", "stacked_bars"]

# Colour-blind-safe (Okabe-Ito), in order of use.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999")
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 32, 28, 10


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    title: str  # the tooltip: "2026-03-02 crisis: 3"


@dataclass(frozen=True)
class Chart:
    title: str
    width: int
    height: int
    bars: list[Bar]
    x_labels: list[tuple[float, str]]
    y_max: int
    y_top: float
    baseline: float
    legend: list[tuple[str, str]]  # (colour, label)


def stacked_bars(title: str, days: list[date], series: dict[str, list[int]], labels=None) -> Chart:
    labels = labels or {}
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    y_max = max([1, *totals])
    plot_h = HEIGHT - BOTTOM - TOP
    slot = (WIDTH - LEFT) / max(1, len(days))
    colors = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series)}
    bars = []
    for i, day in enumerate(days):
        y = HEIGHT - BOTTOM
        for name, values in series.items():
            if values[i]:
                h = values[i] / y_max * plot_h
                y -= h
                title_text = f"{day.isoformat()} {labels.get(name, name)}: {values[i]}"
                bars.append(Bar(LEFT + i * slot + 2, y, slot - 4, h, colors[name], title_text))
    x_labels = [(LEFT + i * slot + slot / 2, d.strftime("%d %b")) for i, d in enumerate(days)]
    legend = [(colors[name], labels.get(name, name)) for name in series]
    every_other = x_labels[::-2][::-1]  # counted from today, so today is always labelled
    return Chart(title, WIDTH, HEIGHT, bars, every_other, y_max, TOP, HEIGHT - BOTTOM, legend)
