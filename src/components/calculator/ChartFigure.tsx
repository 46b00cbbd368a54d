/**
 * A chart with its text alternative. The summary and the data table are server-rendered and
 * always present; the drawing (Observable Plot) is a separate chunk imported only when the
 * figure scrolls into view, so pages without charts never load it and pages with charts load
 * it after first paint.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartData } from '../../lib/calculators/types';
import DataTable from '../shared/DataTable';

export default function ChartFigure({ data }: { data: ChartData }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!('IntersectionObserver' in window)) {
      setVisible(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        io.disconnect();
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!visible || !el) return;
    let cancelled = false;
    import('./draw-chart')
      .then(({ drawChart }) => {
        if (!cancelled) drawChart(el, data);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [visible, data]);

  return (
    <figure class="calc-chart" data-calc-chart={data.kind}>
      <figcaption>
        <strong>{data.title}</strong>
        <span class="calc-chart-summary">{data.summary}</span>
      </figcaption>
      <div class="calc-chart-box" ref={box} aria-hidden="true" data-calc-chart-box />
      {failed && <p class="calc-hint">图表未能加载，请查看下面的数据表。</p>}
      <details class="calc-chart-data">
        <summary>图表数据（表格）</summary>
        <div class="calc-table-wrap">
          <DataTable class="calc-table" caption={data.title} head={data.table.head} rows={data.table.rows} />
        </div>
      </details>
    </figure>
  );
}
