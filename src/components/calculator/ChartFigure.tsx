/**
 * A calculator's chart with its text alternative: caption (title and a summary sentence), the
 * drawing (src/lib/charts laid out, src/components/shared/ChartSvg drawn), a key, and the data
 * as a table. Rendered on the server with the example values, so the chart is there without
 * JavaScript, before the island hydrates and in print.
 *
 * It draws again only when its data or its width changes (`dataKey`, a serialisation of the
 * data, is compared in shouldComponentUpdate), never on a keystroke that leaves the chart's
 * data as it was. When the inputs are invalid the shell keeps the last valid chart, marked stale.
 */
import { Component, createRef } from 'preact';
import { DEFAULT_WIDTH, chartWidth, layoutChart, type ChartData } from '../../lib/charts';
import { ChartLegend, ChartSvg } from '../shared/ChartSvg';
import DataTable from '../shared/DataTable';

interface Props {
  data: ChartData;
  /** Changes exactly when `data` does (JSON of it). */
  dataKey: string;
  /** The inputs are invalid now: this is the last valid chart. */
  stale: boolean;
}

interface State {
  width: number;
}

export default class ChartFigure extends Component<Props, State> {
  override state: State = { width: DEFAULT_WIDTH };
  private box = createRef<HTMLDivElement>();
  private observer: ResizeObserver | undefined;

  override componentDidMount() {
    const el = this.box.current;
    if (!el) return;
    const measure = (w: number) => {
      const width = chartWidth(w);
      if (width !== this.state.width) this.setState({ width });
    };
    measure(el.clientWidth);
    if ('ResizeObserver' in window) {
      this.observer = new ResizeObserver((entries) => {
        const e = entries[0];
        if (e) measure(e.contentRect.width);
      });
      this.observer.observe(el);
    }
  }

  override componentWillUnmount() {
    this.observer?.disconnect();
  }

  override shouldComponentUpdate(next: Props, state: State) {
    return next.dataKey !== this.props.dataKey || next.stale !== this.props.stale || state.width !== this.state.width;
  }

  override render({ data, stale }: Props, { width }: State) {
    const scene = layoutChart(data, width);
    return (
      <figure class={stale ? 'calc-chart stale' : 'calc-chart'} data-calc-chart={data.kind} data-stale={stale ? 'true' : undefined}>
        <figcaption>
          <strong>{data.title}</strong>
          <span class="calc-chart-summary">{stale ? '输入有误，图表显示的是上一次有效输入的结果。' : data.summary}</span>
        </figcaption>
        <div class="calc-chart-box" ref={this.box} data-calc-chart-box>
          <ChartSvg scene={scene} />
        </div>
        <ChartLegend items={scene.legend} />
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
