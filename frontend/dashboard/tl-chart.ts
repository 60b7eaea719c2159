// A thin custom element around Apache ECharts. The server sends the whole option (data and
// series colours) as JSON and hears about clicks on data items; the element adds only what
// belongs to the page: Lumo's text, line and tooltip colours and font (read at each show() and
// whenever Lumo switches between light and dark), ECharts' generated description for assistive
// technology, and the size of its box. Nothing is rendered as HTML: tooltips are drawn on the
// canvas (renderMode 'richText'), so series and category names stay text whatever they contain.
import * as echarts from 'echarts';

type Option = Record<string, any>;

// display and size of the host; the chart itself fills an absolutely placed inner box, so the
// canvas never holds the host open when the layout shrinks it. The default minimum height
// gives way to an explicit height (HasSize#setHeight writes "height: …" into the style
// attribute; " height:" with its leading space is not "min-height:" or "line-height:").
const hostStyle = document.createElement('style');
hostStyle.textContent = `
  tl-chart { display: block; position: relative; }
  tl-chart:not([style^="height:"]):not([style*=" height:"]) { min-height: 280px; }
  tl-chart > .tl-chart-inner { position: absolute; inset: 0; }
`;
document.head.appendChild(hostStyle);

// Lumo's colours may be written as var(), color-mix() or light-dark(), which ECharts cannot
// read; the browser resolves them on a probe, and a one-pixel canvas turns the result into rgba()
const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
pixel.canvas.width = pixel.canvas.height = 1;
function toRgba(cssColor: string): string {
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = cssColor;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return `rgba(${r},${g},${b},${Math.round((a / 255) * 1000) / 1000})`;
}

// Lumo switches between light and dark with the theme attribute (or class, or colour-scheme
// style) of <html>, or follows the system's preference: the charts on the page follow at once
const connected = new Set<{ retheme(): void }>();
const retheme = () => connected.forEach((chart) => chart.retheme());
new MutationObserver(retheme).observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', retheme);

const asList = (value: unknown): Option[] =>
  (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []) as Option[];

class TlChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private inner?: HTMLDivElement;
  private optionJson?: string;
  private option?: Option;
  private themeKey?: string;
  // charts follow the window and the layout (drawer, wrapping); a chart whose box had no size
  // yet (hidden, or not laid out) is first drawn here, once it has one
  private readonly resizes = new ResizeObserver(() => {
    if (this.chart) {
      this.chart.resize();
    } else if (this.optionJson !== undefined) {
      this.render();
    }
  });

  connectedCallback() {
    if (!this.inner) {
      this.inner = document.createElement('div');
      this.inner.className = 'tl-chart-inner';
      this.appendChild(this.inner);
    }
    this.resizes.observe(this);
    connected.add(this);
    // drawn again after a move in the layout, with the last option the server sent
    if (this.optionJson !== undefined) {
      this.render();
    }
  }

  disconnectedCallback() {
    this.resizes.disconnect();
    connected.delete(this);
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** Called from the server: draw exactly this ECharts option (JSON), replacing what was drawn. */
  show(optionJson: string) {
    this.optionJson = optionJson;
    if (this.isConnected) {
      this.render();
    }
  }

  /** Called from the server: download what is drawn as a PNG, on the page's background colour. */
  savePng(fileName: string) {
    if (!this.chart) {
      return;
    }
    const link = document.createElement('a');
    const [background] = this.colors(['--lumo-base-color', '#fff']);
    link.href = this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /** Lumo's colours changed (light and dark theme): the drawn chart takes them over. */
  retheme() {
    if (this.chart) {
      const theme = this.lumoTheme();
      const themeKey = JSON.stringify(theme);
      if (themeKey !== this.themeKey) {
        this.themeKey = themeKey;
        this.chart.setTheme(theme);
      }
    }
  }

  private render() {
    const inner = this.inner!;
    if (!this.chart && (inner.clientWidth === 0 || inner.clientHeight === 0)) {
      return;
    }
    const option: Option = JSON.parse(this.optionJson!);
    // generated description (role="img" and aria-label on the chart box) and pointer on items
    option.aria = { ...option.aria, enabled: true };
    option.tooltip = asList(option.tooltip).map((tooltip) => ({ confine: true, ...tooltip, renderMode: 'richText' }));
    for (const series of asList(option.series)) {
      series.cursor ??= 'pointer';
    }
    this.option = option;

    // the theme holds defaults only: whatever the server's option says (series colours) wins
    const theme = this.lumoTheme();
    const themeKey = JSON.stringify(theme);
    if (!this.chart) {
      this.chart = echarts.init(inner, theme, { renderer: 'canvas' });
      this.chart.on('click', (params) => this.clicked(params));
    } else if (themeKey !== this.themeKey) {
      this.chart.setTheme(theme);
    }
    this.themeKey = themeKey;
    this.chart.setOption(option, { notMerge: true });
  }

  private clicked(params: echarts.ECElementEvent) {
    if (params.componentType !== 'series') {
      return;
    }
    const sent = asList(this.option?.series)[params.seriesIndex ?? -1];
    const series = sent?.id != null ? String(sent.id) : (params.seriesName ?? '');
    this.dispatchEvent(new CustomEvent('tl-chart-click', { detail: { series, category: String(params.name ?? '') } }));
  }

  /** Lumo's colours and font as they are on this element now (light or dark). */
  private lumoTheme(): Option {
    const [text, secondary, line, base] = this.colors(
      ['--lumo-body-text-color', '#1c2733'],
      ['--lumo-secondary-text-color', '#505a66'],
      ['--lumo-contrast-20pct', 'rgba(26,57,96,0.2)'],
      ['--lumo-base-color', '#fff'],
    );
    const fontFamily = getComputedStyle(this).getPropertyValue('--lumo-font-family').trim() || 'sans-serif';
    const [r, g, b] = base.slice(5, -1).split(',').map(Number);
    const axis = () => ({
      axisLine: { lineStyle: { color: secondary } },
      axisTick: { lineStyle: { color: secondary } },
      axisLabel: { color: secondary },
      nameTextStyle: { color: secondary },
      splitLine: { lineStyle: { color: line } },
    });
    return {
      // labels inside bars and pies pick their contrast from this
      darkMode: 0.2126 * r + 0.7152 * g + 0.0722 * b < 128,
      textStyle: { color: text, fontFamily },
      title: { textStyle: { color: text }, subtextStyle: { color: secondary } },
      legend: { textStyle: { color: text }, pageTextStyle: { color: secondary } },
      tooltip: { backgroundColor: base, defaultBorderColor: line, textStyle: { color: text } },
      axisPointer: { lineStyle: { color: secondary }, crossStyle: { color: secondary }, label: { color: base, backgroundColor: secondary } },
      categoryAxis: axis(),
      valueAxis: axis(),
      timeAxis: axis(),
      logAxis: axis(),
    };
  }

  /** Lumo colour properties ([name, fallback]) resolved on this element, as rgba(). */
  private colors(...properties: [string, string][]): string[] {
    const probe = document.createElement('span');
    probe.style.display = 'none';
    this.appendChild(probe);
    const resolved = properties.map(([property, fallback]) => {
      probe.style.color = `var(${property}, ${fallback})`;
      return toRgba(getComputedStyle(probe).color);
    });
    probe.remove();
    return resolved;
  }
}

customElements.define('tl-chart', TlChart);
