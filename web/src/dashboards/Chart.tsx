// A bar chart drawn by Apache ECharts (only the parts used are imported: the bar chart, its grid, legend, tooltip and
// the aria decals, on the SVG renderer). The chart is a picture for sighted readers: its text alternative is a summary
// of every series (role="img" with aria-label), and its table beside it holds the same numbers. Series differ by
// pattern (decal) as well as colour, and bars carry their values as labels: colour is never the only difference.
// The library itself is loaded on demand (./echarts.ts): the tables beside the charts show first.
import { useEffect, useRef } from 'react';

export interface Series {
  name: string;
  values: readonly number[];
}

export function BarChartView({
  categories,
  series,
  summary,
  horizontal = false,
}: {
  categories: readonly string[];
  series: readonly Series[];
  summary: string;
  horizontal?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const height = horizontal ? Math.max(220, categories.length * series.length * 18 + 80) : 300;
  // Drawn again only when the numbers change (the arrays are new on every render of the page).
  const drawn = JSON.stringify([categories, series, horizontal]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `drawn` stands for categories, series and horizontal.
  useEffect(() => {
    let chart: import('echarts/core').EChartsType | undefined;
    let gone = false;
    const resize = () => chart?.resize();
    void import('./echarts.ts').then(({ echarts }) => {
      if (gone || !ref.current) return;
      chart = echarts.init(ref.current, null, { renderer: 'svg' });
      draw(chart);
      window.addEventListener('resize', resize);
    });
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [drawn]);

  function draw(chart: import('echarts/core').EChartsType) {
    const categoryAxis = { type: 'category' as const, data: [...categories], axisLabel: { hideOverlap: true } };
    const valueAxis = { type: 'value' as const, minInterval: 1 };
    chart.setOption({
      animation: false,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: horizontal ? 180 : 48, right: 24, top: 16, bottom: 56 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal
        ? { ...categoryAxis, inverse: true, axisLabel: { width: 170, overflow: 'truncate' } }
        : valueAxis,
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: [...s.values],
        label: { show: true, position: horizontal ? 'right' : 'top' },
      })),
    });
  }
  return (
    <div role="img" aria-label={summary} className="dashboard-chart">
      <div ref={ref} aria-hidden="true" style={{ width: '100%', height }} />
    </div>
  );
}
