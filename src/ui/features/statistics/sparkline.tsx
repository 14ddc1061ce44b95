// A tiny inline-SVG line chart (0–100 %), enough for history sparklines without a chart
// library in the bundle.
export interface SparklineSeries {
  label: string;
  color: string;
  values: Array<number | undefined>;
}

/** SVG polyline points for values on a 0–100 scale; gaps (undefined) break the line. */
export function sparkPoints(values: ReadonlyArray<number | undefined>, width: number, height: number): string[] {
  const n = values.length;
  if (n === 0) return [];
  const step = n > 1 ? width / (n - 1) : 0;
  const lines: string[] = [];
  let cur: string[] = [];
  values.forEach((v, i) => {
    if (v === undefined || !Number.isFinite(v)) {
      if (cur.length) lines.push(cur.join(' '));
      cur = [];
      return;
    }
    const y = height - (Math.min(100, Math.max(0, v)) / 100) * height;
    cur.push(`${(i * step).toFixed(1)},${y.toFixed(1)}`);
  });
  if (cur.length) lines.push(cur.join(' '));
  return lines;
}

/** Percent levels drawn as dashed lines: the dashboard's warning and danger thresholds. */
export const GUIDES = [75, 90];

export function Sparkline({ series, width = 320, height = 80, title }: { series: SparklineSeries[]; width?: number; height?: number; title: string }) {
  return (
    <div style={{ position: 'relative' }}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} preserveAspectRatio="none" role="img" aria-label={title} data-testid="sparkline">
        <title>{title}</title>
        {GUIDES.map((p) => (
          <line key={p} x1={0} x2={width} y1={height - (p / 100) * height} y2={height - (p / 100) * height} stroke="var(--pf-t--global--border--color--default, #ccc)" strokeDasharray="4 4" strokeWidth={1} vectorEffect="non-scaling-stroke" />
        ))}
        {series.flatMap((s) =>
          sparkPoints(s.values, width, height).map((pts, i) => (
            <polyline key={`${s.label}-${i}`} points={pts} fill="none" stroke={s.color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" data-series={s.label} />
          )),
        )}
      </svg>
      {/* Outside the stretched SVG so the text keeps its shape. */}
      {GUIDES.map((p) => (
        <span
          key={p}
          aria-hidden
          style={{ position: 'absolute', right: 0, top: `${height - (p / 100) * height - 14}px`, fontSize: 'var(--pf-t--global--font--size--xs)', color: 'var(--pf-t--global--text--color--subtle)' }}
        >
          {p}%
        </span>
      ))}
    </div>
  );
}
