// Status as the Administration Portal shows it: an icon with a colour and the status name.
import { Label, type LabelProps } from '@patternfly/react-core';
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

const LOOK: Record<StatusTone, { color: LabelProps['color']; icon: React.ReactNode }> = {
  success: { color: 'green', icon: <CheckCircleIcon /> },
  danger: { color: 'red', icon: <ExclamationCircleIcon /> },
  warning: { color: 'orange', icon: <ExclamationTriangleIcon /> },
  progress: { color: 'blue', icon: <InProgressIcon /> },
  paused: { color: 'purple', icon: <PauseCircleIcon /> },
  off: { color: 'grey', icon: <PowerOffIcon /> },
  unknown: { color: 'grey', icon: <UnknownIcon /> },
  info: { color: 'teal', icon: <InfoCircleIcon /> },
};

export function StatusLabel({ status, compact = true }: { status: string; compact?: boolean }) {
  const look = LOOK[statusTone(status)];
  return (
    <Label color={look.color} icon={look.icon} isCompact={compact} data-testid="status-label" data-status={status}>
      {humanize(status)}
    </Label>
  );
}
