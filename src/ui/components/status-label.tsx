// Status as the Administration Portal shows it: an icon with a colour and the status name.
// PatternFly's Label markup and classes, without its component: Label measures its text in a
// layout effect on every mount (for a truncation tooltip), which forces a synchronous layout —
// in a virtualized list of thousands of rows that was most of each scroll step's cost. A status
// word never truncates, so the measurement buys nothing here.
import styles from '@patternfly/react-styles/css/components/Label/label';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import PauseCircleIcon from '@patternfly/react-icons/dist/esm/icons/pause-circle-icon';
import PowerOffIcon from '@patternfly/react-icons/dist/esm/icons/power-off-icon';
import UnknownIcon from '@patternfly/react-icons/dist/esm/icons/unknown-icon';
import InfoCircleIcon from '@patternfly/react-icons/dist/esm/icons/info-circle-icon';
import { statusTone, type StatusTone } from '../lib/status.ts';
import { humanize } from '../lib/titles.ts';

// grey is PatternFly's default label colour: no modifier
const LOOK: Record<StatusTone, { color: string; icon: React.ReactNode }> = {
  success: { color: styles.modifiers.green, icon: <CheckCircleIcon /> },
  danger: { color: styles.modifiers.red, icon: <ExclamationCircleIcon /> },
  warning: { color: styles.modifiers.orange, icon: <ExclamationTriangleIcon /> },
  progress: { color: styles.modifiers.blue, icon: <InProgressIcon /> },
  paused: { color: styles.modifiers.purple, icon: <PauseCircleIcon /> },
  off: { color: '', icon: <PowerOffIcon /> },
  unknown: { color: '', icon: <UnknownIcon /> },
  info: { color: styles.modifiers.teal, icon: <InfoCircleIcon /> },
};

export function StatusLabel({ status, compact = true }: { status: string; compact?: boolean }) {
  const look = LOOK[statusTone(status)];
  const className = [styles.label, look.color, compact ? styles.modifiers.compact : ''].filter(Boolean).join(' ');
  return (
    <span className={className} data-testid="status-label" data-status={status}>
      <span className={styles.labelContent}>
        <span className={styles.labelIcon}>{look.icon}</span>
        <span className={styles.labelText}>{humanize(status)}</span>
      </span>
    </span>
  );
}
