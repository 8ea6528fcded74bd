"use client";
/**
 * A bar chart (recharts), drawn in the browser. Decorative for screen readers: every chart is
 * accompanied by a table with the same numbers, which is what they read. So the chart is hidden
 * from them (aria-hidden) AND out of the keyboard's reach (inert, and recharts' keyboard layer
 * off): focusable content inside aria-hidden is announced as nothing (axe aria-hidden-focus).
 *
 * The drawing is laid out left to right even on an Arabic page (dir="ltr"): the x axis is
 * reversed and the y axis on the right instead. With the page's rtl direction the SVG's
 * text-anchor "start" means the right edge, and the y-axis numbers were drawn over the axis line.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const PALETTE = ["#00457c", "#1a7f37", "#9a6700", "#b42318", "#6e40c9", "#0a7ea4"];
/** Axis and legend text: the page's ink colour (15.9:1 on white), not recharts' grey. */
const TEXT = "#1b1f24";

export function StackedBarChart({ data, series, rtl }: { data: Record<string, string | number>[]; series: { key: string; label: string }[]; rtl: boolean }) {
  return (
    <div aria-hidden="true" inert dir="ltr" className="chart" style={{ inlineSize: "100%", blockSize: 320 }}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" reversed={rtl} tick={{ fill: TEXT }} stroke={TEXT} />
          <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} tick={{ fill: TEXT }} stroke={TEXT} />
          <Tooltip />
          {series.length > 1 && <Legend wrapperStyle={{ color: TEXT, direction: rtl ? "rtl" : "ltr" }} />}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
