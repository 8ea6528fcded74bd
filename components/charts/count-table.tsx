/** A two-column table of labelled counts: the accessible twin of a chart. */
import { useFormatter } from "next-intl";

export function CountTable({ caption, keyHeader, countHeader, rows }: { caption: string; keyHeader: string; countHeader: string; rows: { label: React.ReactNode; count: number; key: string }[] }) {
  const format = useFormatter();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col">{countHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{format.number(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
