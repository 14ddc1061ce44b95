// The severity icon and translated word used by the events view and the drawer.
import { Icon } from '@patternfly/react-core';
import BellIcon from '@patternfly/react-icons/dist/esm/icons/bell-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InfoCircleIcon from '@patternfly/react-icons/dist/esm/icons/info-circle-icon';
import { useT } from '../../i18n/use-t.ts';
import { isSeverity } from './severity.ts';

export function SeverityIcon({ severity, withText = true }: { severity: string; withText?: boolean }) {
  const t = useT();
  const s = severity.toLowerCase();
  const [status, icon] =
    s === 'error' ? (['danger', <ExclamationCircleIcon key="i" />] as const)
    : s === 'warning' ? (['warning', <ExclamationTriangleIcon key="i" />] as const)
    : s === 'alert' ? (['danger', <BellIcon key="i" />] as const)
    : (['info', <InfoCircleIcon key="i" />] as const);
  const word = isSeverity(s) ? t(`severity.${s}`) : s;
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="severity" data-severity={s} title={word}>
      <Icon status={status} isInline>
        {icon}
      </Icon>
      {withText ? ` ${word}` : <span className="pf-v6-screen-reader">{word}</span>}
    </span>
  );
}
