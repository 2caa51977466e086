// The ECharts runtime: only the parts Lentera draws, two themes, the Indonesian locale.
// Imported by ui/Chart.svelte alone.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { echartsLocaleId } from './echarts-locale-id.ts';
import { darkTheme, lightTheme } from './echarts-themes.ts';
import type { ThemeName } from '../../lib/theme.svelte.ts';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);
echarts.registerLocale('ID', echartsLocaleId);
echarts.registerTheme('lentera-light', lightTheme);
echarts.registerTheme('lentera-dark', darkTheme);

/** Registered theme name of a UI theme. */
export const themeName = (t: ThemeName): string => `lentera-${t}`;

/** Registers a GeoJSON map once under `name`. */
export function ensureMap(name: string, geoJSON: unknown): void {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJSON as Parameters<typeof echarts.registerMap>[1]);
}

export { echarts };
