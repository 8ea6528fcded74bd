"use client";
/**
 * A bar chart (recharts), drawn in the browser. Decorative for screen readers (aria-hidden):
 * every chart is accompanied by a table with the same numbers, which is what they read.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const PALETTE = ["#00457c", "#1a7f37", "#9a6700", "#b42318", "#6e40c9", "#0a7ea4"];

export function StackedBarChart({ data, series, rtl }: { data: Record<string, string | number>[]; series: { key: string; label: string }[]; rtl: boolean }) {
  return (
    <div aria-hidden="true" style={{ inlineSize: "100%", blockSize: 320 }}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" reversed={rtl} />
          <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
