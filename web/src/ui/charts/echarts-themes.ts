// The two ECharts themes; both are registered so setTheme() never falls back silently.
// Palette order matches the series order of the trend charts:
// residents, capacity, detainees, prisoners.

interface Tone {
  text: string;
  muted: string;
  line: string;
  split: string;
  tipBg: string;
  colors: string[];
}

function themeOf(c: Tone): object {
  const axis = {
    axisLine: { lineStyle: { color: c.line } },
    axisTick: { lineStyle: { color: c.line } },
    axisLabel: { color: c.muted },
    splitLine: { lineStyle: { color: c.split } },
  };
  return {
    color: c.colors,
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: 'inherit' },
    legend: { textStyle: { color: c.text } },
    categoryAxis: { ...axis, splitLine: { show: false } },
    valueAxis: axis,
    tooltip: {
      backgroundColor: c.tipBg,
      borderColor: c.line,
      textStyle: { color: c.text },
    },
    dataZoom: {
      textStyle: { color: c.muted },
      borderColor: c.line,
      fillerColor: 'rgba(96,165,250,0.2)',
      handleStyle: { color: c.tipBg, borderColor: c.muted },
      moveHandleStyle: { color: c.muted },
      dataBackground: { lineStyle: { color: c.muted }, areaStyle: { color: c.split } },
    },
    visualMap: { textStyle: { color: c.text } },
    bar: { label: { color: c.text } },
    map: { label: { color: c.text } },
  };
}

export const lightTheme = themeOf({
  text: '#1f2937',
  muted: '#4b5563',
  line: '#9ca3af',
  split: '#e5e7eb',
  tipBg: '#ffffff',
  colors: ['#1d4ed8', '#374151', '#ea580c', '#0d9488', '#7c3aed'],
});

export const darkTheme = themeOf({
  text: '#e5e7eb',
  muted: '#9ca3af',
  line: '#6b7280',
  split: '#374151',
  tipBg: '#1f2937',
  colors: ['#60a5fa', '#d1d5db', '#fb923c', '#2dd4bf', '#a78bfa'],
});
