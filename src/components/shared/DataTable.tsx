/**
 * A plain data table: column headers, and the first cell of each row as its row header. Used
 * for calculator result lists and as the text alternative of every chart (calculators and
 * simulator), so all of them read the same way to a screen reader.
 */
import type { JSX } from 'preact';

interface Props extends Omit<JSX.HTMLAttributes<HTMLTableElement>, 'rows'> {
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  caption?: string;
}

export default function DataTable({ head, rows, caption, ...table }: Props) {
  return (
    <table {...table}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {head.map((h, i) => (
            <th scope="col" key={i}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) =>
              j === 0 ? (
                <th scope="row" key={j}>
                  {c}
                </th>
              ) : (
                <td key={j}>{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
