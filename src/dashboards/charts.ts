// The centre report's charts, rendered on the server by Apache ECharts' server-side SVG renderer (no DOM): only the
// chart types and components used are registered. Bars carry their values as labels and the two periods differ by
// pattern (decal) as well as colour, so a printed page in black and white still reads.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer]);

export interface BarSeries {
  name: string;
  values: number[];
}

/** A bar chart as an SVG document: categories along x, one bar series per entry, values printed on the bars. */
export function barChartSvg(
  title: string,
  categories: readonly string[],
  series: readonly BarSeries[],
  size: { width: number; height: number } = { width: 640, height: 300 },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      textStyle: { fontFamily: 'DejaVu Sans' },
      title: { text: title, left: 'center', textStyle: { fontSize: 13 } },
      legend: { show: series.length > 1, bottom: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: series.length > 1 ? 56 : 36 },
      xAxis: {
        type: 'category',
        data: [...categories],
        axisLabel: { fontSize: 9, interval: 0, rotate: categories.length > 8 ? 40 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        label: { show: true, position: 'top', fontSize: 8, color: '#222222', textBorderWidth: 0 },
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
