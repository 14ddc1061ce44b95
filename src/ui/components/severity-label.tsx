// Event severity (normal, warning, error, alert) with the icon the events view uses.
import { Icon } from '@patternfly/react-core';
import BellIcon from '@patternfly/react-icons/dist/esm/icons/bell-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InfoCircleIcon from '@patternfly/react-icons/dist/esm/icons/info-circle-icon';
import { humanize } from '../lib/titles.ts';

export function SeverityLabel({ severity }: { severity: string }) {
  const s = severity.toLowerCase();
  const [status, icon] =
    s === 'error' ? (['danger', <ExclamationCircleIcon key="i" />] as const)
    : s === 'warning' ? (['warning', <ExclamationTriangleIcon key="i" />] as const)
    : s === 'alert' ? (['danger', <BellIcon key="i" />] as const)
    : (['info', <InfoCircleIcon key="i" />] as const);
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="severity" data-severity={s}>
      <Icon status={status} isInline>
        {icon}
      </Icon>{' '}
      {humanize(s)}
    </span>
  );
}
