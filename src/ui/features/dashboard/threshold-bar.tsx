// A utilization bar with the warning (75 %) and danger (90 %) thresholds drawn under it, so
// the reader sees how close a value is to them and not only the colour once it crossed one.
import { Progress, ProgressMeasureLocation, ProgressSize, ProgressVariant } from '@patternfly/react-core';
import type { CSSProperties } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { DANGER_AT, utilizationLevel, WARNING_AT } from './thresholds.ts';

const VARIANT = { ok: undefined, warning: ProgressVariant.warning, danger: ProgressVariant.danger, unknown: undefined } as const;

const band = (from: number, to: number, color: string): CSSProperties => ({ position: 'absolute', left: `${from}%`, width: `${to - from}%`, top: 0, height: '4px', background: color });
const mark = (at: number): CSSProperties => ({ position: 'absolute', left: `${at}%`, top: '4px', transform: 'translateX(-50%)', fontSize: 'var(--pf-t--global--font--size--xs)', lineHeight: 1.2, color: 'var(--pf-t--global--text--color--subtle)' });
const tick = (at: number): CSSProperties => ({ position: 'absolute', left: `${at}%`, top: '-6px', height: '10px', borderLeft: '1px solid var(--pf-t--global--border--color--default)' });

export function ThresholdBar({ percent, title, detail, size }: { percent: number; title: string; detail?: string; size?: 'sm' }) {
  const t = useT();
  const level = utilizationLevel(percent);
  const value = Math.round(percent);
  return (
    <div data-testid="threshold-bar" data-level={level}>
      <Progress
        value={value}
        title={detail ?? ''}
        aria-label={`${title} ${value}%`}
        measureLocation={ProgressMeasureLocation.top}
        variant={VARIANT[level]}
        {...(size === 'sm' ? { size: ProgressSize.sm } : {})}
      />
      <div style={{ position: 'relative', height: '1.25rem', marginTop: '2px' }} title={t.dyn('dashboard.thresholds', 'Warning from {warning} %, danger from {danger} %', { warning: WARNING_AT, danger: DANGER_AT })}>
        <span style={band(WARNING_AT, DANGER_AT, 'var(--pf-t--global--color--status--warning--default, #f0ab00)')} />
        <span style={band(DANGER_AT, 100, 'var(--pf-t--global--color--status--danger--default, #c9190b)')} />
        <span style={tick(WARNING_AT)} />
        <span style={tick(DANGER_AT)} />
        <span style={mark(WARNING_AT)} data-testid="threshold-mark-warning" data-at={WARNING_AT}>
          {WARNING_AT}%
        </span>
        <span style={mark(DANGER_AT)} data-testid="threshold-mark-danger" data-at={DANGER_AT}>
          {DANGER_AT}%
        </span>
      </div>
    </div>
  );
}
