/**
 * A calculator's chart with its text alternative: caption (title and a summary sentence), the
 * drawing and its key, and the data as a table.
 *
 * The drawing is markup from src/lib/charts (drawChart: layout + SVG). On the server it is
 * rendered with the example values (server-drawing.ts), so the chart is there without
 * JavaScript, before the island hydrates and in print. The island does not ship the layout
 * code: hydration keeps the server's SVG (Preact leaves dangerouslySetInnerHTML alone while
 * hydrating), and the drawing code is imported — a small chunk — only when the chart must
 * change: its data changed, or the box is narrower than the server's layout (a phone).
 *
 * It draws again only when its data or its width changes (`dataKey`, a serialisation of the
 * data, is compared), never on a keystroke that leaves the chart's data as it was. When the
 * inputs are invalid the shell keeps the last valid chart, marked stale.
 */
import { Component, createRef } from 'preact';
import { DEFAULT_WIDTH, chartWidth } from '../../lib/charts/size';
import type { ChartData } from '../../lib/charts/types';
import { serverDrawing } from './server-drawing';
import DataTable from '../shared/DataTable';
import '../shared/chart.css';

export interface ChartFigureProps {
  data: ChartData;
  /** Changes exactly when `data` does (JSON of it). */
  dataKey: string;
  /** The inputs are invalid now: this is the last valid chart. */
  stale: boolean;
}

interface State {
  /** The drawing's markup; '' in the browser until it first draws (the server's stays). */
  html: string;
}

export default class ChartFigure extends Component<ChartFigureProps, State> {
  override state: State = { html: serverDrawing(this.props.data, DEFAULT_WIDTH) };
  private box = createRef<HTMLDivElement>();
  private observer: ResizeObserver | undefined;
  /** What the box shows now: the data and the width it was drawn for. */
  private drawn = { key: this.props.dataKey, width: DEFAULT_WIDTH };
  private alive = true;

  override componentDidMount() {
    const el = this.box.current;
    if (!el) return;
    this.fit(el.clientWidth);
    if ('ResizeObserver' in window) {
      this.observer = new ResizeObserver((entries) => {
        const e = entries[0];
        if (e) this.fit(e.contentRect.width);
      });
      this.observer.observe(el);
    }
  }

  override componentWillUnmount() {
    this.alive = false;
    this.observer?.disconnect();
  }

  override shouldComponentUpdate(next: ChartFigureProps, state: State) {
    return next.dataKey !== this.props.dataKey || next.stale !== this.props.stale || state.html !== this.state.html;
  }

  override componentDidUpdate(previous: ChartFigureProps) {
    if (previous.dataKey !== this.props.dataKey) void this.draw(this.drawn.width);
  }

  /** The width to lay out at for a box this wide: the server's, or less on a narrow screen. */
  private fit(boxWidth: number) {
    const width = chartWidth(Math.min(boxWidth || DEFAULT_WIDTH, DEFAULT_WIDTH));
    if (width !== this.drawn.width) void this.draw(width);
  }

  private async draw(width: number) {
    const key = this.props.dataKey;
    if (key === this.drawn.key && width === this.drawn.width) return;
    const { drawChart: draw } = await import('../../lib/charts/draw');
    // A newer change may have come in while the chunk loaded; draw what is current.
    if (!this.alive) return;
    this.drawn = { key: this.props.dataKey, width };
    this.setState({ html: draw(this.props.data, width) });
  }

  override render({ data, stale }: ChartFigureProps, { html }: State) {
    return (
      <figure class={stale ? 'calc-chart stale' : 'calc-chart'} data-calc-chart={data.kind} data-stale={stale ? 'true' : undefined}>
        <figcaption>
          <strong>{data.title}</strong>
          <span class="calc-chart-summary">{stale ? '输入有误，图表显示的是上一次有效输入的结果。' : data.summary}</span>
        </figcaption>
        <div class="calc-chart-box" ref={this.box} data-calc-chart-box dangerouslySetInnerHTML={{ __html: html }} />
        <details class="calc-chart-data">
          <summary>图表数据（表格）</summary>
          <div class="calc-table-wrap">
            <DataTable class="calc-table" caption={data.title} head={data.table.head} rows={data.table.rows} />
          </div>
        </details>
      </figure>
    );
  }
}
