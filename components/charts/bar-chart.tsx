/**
 * A stacked bar chart drawn on the server as HTML: no script on the page (issue 16: recharts was
 * 120 kB of gzip JavaScript on the statistics page, and the chart only appeared once it ran).
 * d3-scale works out the axis (a "nice" maximum and round ticks); the bars are boxes whose inline
 * size is their share of it. Horizontal bars with logical CSS properties: on an Arabic page they
 * grow from the right with no special case, and a long label (a month, a region) has room at
 * 320 px.
 *
 * Decorative for screen readers: every chart sits next to a table with the same numbers, which is
 * what they read (aria-hidden; nothing in it can take focus).
 */
import { scaleLinear } from "d3-scale";
import { getFormatter } from "next-intl/server";

const PALETTE = ["#00457c", "#1a7f37", "#9a6700", "#b42318", "#6e40c9", "#0a7ea4"];

export async function StackedBarChart({ data, series }: { data: Record<string, string | number>[]; series: { key: string; label: string }[] }) {
  const format = await getFormatter();
  const value = (row: Record<string, string | number>, key: string) => Number(row[key] ?? 0) || 0;
  const totals = data.map((row) => series.reduce((sum, s) => sum + value(row, s.key), 0));
  const x = scaleLinear().domain([0, Math.max(1, ...totals)]).nice();
  const max = x.domain()[1];
  const share = (v: number) => `${(v / max) * 100}%`;
  const ticks = x.ticks(5).filter((t) => Number.isInteger(t));
  return (
    <figure className="chart" aria-hidden="true">
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <span className="chart-swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div className="chart-rows">
        {data.map((row, r) => (
          <div className="chart-row" key={`${row.label}-${r}`}>
            <span className="chart-label">
              <bdi>{row.label}</bdi>
            </span>
            <span className="chart-track">
              {series.map((s, i) =>
                value(row, s.key) > 0 ? <span key={s.key} className="chart-bar" style={{ inlineSize: share(value(row, s.key)), background: PALETTE[i % PALETTE.length] }} /> : null,
              )}
            </span>
          </div>
        ))}
        <div className="chart-row chart-axis">
          <span />
          <span className="chart-ticks">
            {ticks.map((t) => (
              <span key={t} className="chart-tick" style={{ insetInlineStart: share(t) }}>
                {format.number(t)}
              </span>
            ))}
          </span>
        </div>
      </div>
    </figure>
  );
}
