// The parts of Apache ECharts the dashboards draw with, registered once: the bar chart, its grid, legend, tooltip,
// the aria decals (patterns beside colours), on the SVG renderer. Loaded on demand by Chart.tsx, so the page's tables
// show before the charting library has arrived (scripts/check-bundle.mjs counts it apart from the page).
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };
