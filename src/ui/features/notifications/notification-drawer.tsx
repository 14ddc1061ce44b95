// The masthead bell's drawer: alerts since login, running jobs with their steps, and this
// tab's own writes followed by correlation id.
import {
  Button,
  NotificationDrawer,
  NotificationDrawerBody,
  NotificationDrawerGroup,
  NotificationDrawerGroupList,
  NotificationDrawerHeader,
  NotificationDrawerList,
  NotificationDrawerListItem,
  NotificationDrawerListItemBody,
  NotificationDrawerListItemHeader,
  Progress,
  ProgressSize,
} from '@patternfly/react-core';
import { useState, useSyncExternalStore } from 'react';
import type { Resource, Structure } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { EventRefs } from '../events/event-refs.tsx';
import { useJobs } from './api/get-jobs.ts';
import { subscribeTracked, trackedActions, type TrackedAction } from './correlation.ts';
import { useAlerts } from './use-alerts.ts';

type Variant = 'info' | 'warning' | 'danger' | 'success' | 'custom';

function severityVariant(s: string): Variant {
  return s === 'warning' ? 'warning' : s === 'error' || s === 'alert' ? 'danger' : 'info';
}

function jobVariant(status: string): Variant {
  return status === 'failed' || status === 'aborted' ? 'danger' : status === 'finished' ? 'success' : 'info';
}

function stepsOf(job: Resource): Structure[] {
  const s = job.fields.steps;
  return Array.isArray(s) ? (s as Structure[]).filter((x) => x && typeof x === 'object') : [];
}

function JobSteps({ job }: { job: Resource }) {
  const t = useT();
  const steps = stepsOf(job);
  if (steps.length === 0) return null;
  return (
    <ul aria-label={t('drawer.steps')} style={{ marginTop: 'var(--pf-t--global--spacer--xs)' }}>
      {steps.map((s) => (
        <li key={s.id ?? String(s.fields.number)} data-testid="drawer-step">
          {String(s.fields.number ?? '')}. {String(s.fields.description ?? s.fields.type ?? '')} · {String(s.fields.status ?? '')}
          {typeof s.fields.progress === 'number' && <Progress value={s.fields.progress} size={ProgressSize.sm} aria-label={`${String(s.fields.description ?? '')} progress`} />}
        </li>
      ))}
    </ul>
  );
}

function JobItem({ job }: { job: Resource }) {
  const t = useT();
  const status = String(job.fields.status ?? '');
  return (
    <NotificationDrawerListItem variant={jobVariant(status)} isRead data-testid="drawer-job">
      <NotificationDrawerListItemHeader variant={jobVariant(status)} title={String(job.fields.description ?? job.id)} srTitle={status} />
      <NotificationDrawerListItemBody timestamp={job.fields.start_time ? formatDate(String(job.fields.start_time), t.lang) : undefined}>
        <HrefLink href={job.href}>{status}</HrefLink>
        <JobSteps job={job} />
      </NotificationDrawerListItemBody>
    </NotificationDrawerListItem>
  );
}

/** Actions followed at once (one small jobs request each while the drawer is open). */
const SHOWN_ACTIONS = 5;

// Jobs carry no correlation id of their own in v4, so each action is followed by its own
// `/jobs?search=correlation_id=X`.
function TrackedActionItem({ action, jobsHref }: { action: TrackedAction; jobsHref: string | undefined }) {
  const t = useT();
  const { data: jobs } = useJobs(jobsHref, `correlation_id=${action.id}`);
  return (
    <NotificationDrawerListItem isRead variant="custom" data-testid="drawer-action">
      <NotificationDrawerListItemHeader title={`${action.method} ${action.path.replace(/^\/api/, '')}`} />
      <NotificationDrawerListItemBody timestamp={formatDate(action.startedAt, t.lang)}>
        <span className="vantage-mono">{t('drawer.correlation', { id: action.id })}</span>
        {!jobs || jobs.length === 0 ? <div>{t('drawer.waiting')}</div> : jobs.map((j) => (
            <div key={j.id} data-testid="drawer-action-job">
              <HrefLink href={j.href}>{String(j.fields.description ?? j.id)}</HrefLink> · {String(j.fields.status ?? '')}
              <JobSteps job={j} />
            </div>
          ))}
      </NotificationDrawerListItemBody>
    </NotificationDrawerListItem>
  );
}

export function VantageNotificationDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { data: entry } = useEntryPoint();
  const { alerts, unread, markAllRead } = useAlerts();
  const tracked = useSyncExternalStore(subscribeTracked, trackedActions);
  const running = useJobs(entry?.links.jobs, 'status=started');
  const [open, setOpen] = useState<'alerts' | 'jobs' | 'mine' | null>('alerts');
  const toggle = (g: 'alerts' | 'jobs' | 'mine') => setOpen((cur) => (cur === g ? null : g));
  const runningJobs = running.data ?? [];

  return (
    <NotificationDrawer data-testid="notification-drawer">
      <NotificationDrawerHeader count={unread} title={t('drawer.title')} customText={t('drawer.unread', { count: unread })} onClose={onClose} closeButtonAriaLabel={t('drawer.close')}>
        <Button variant="link" onClick={markAllRead} isInline>
          {t('drawer.markAllRead')}
        </Button>
      </NotificationDrawerHeader>
      <NotificationDrawerBody>
        <NotificationDrawerGroupList>
          <NotificationDrawerGroup title={t('drawer.alerts')} isExpanded={open === 'alerts'} count={alerts.length} onExpand={() => toggle('alerts')} data-testid="drawer-alerts">
            <NotificationDrawerList isHidden={open !== 'alerts'} aria-label={t('drawer.alerts')}>
              {alerts.length === 0 && (
                <NotificationDrawerListItem isRead variant="info">
                  <NotificationDrawerListItemBody>{t('drawer.noAlerts')}</NotificationDrawerListItemBody>
                </NotificationDrawerListItem>
              )}
              {alerts.map((e) => {
                const sev = String(e.fields.severity ?? 'normal');
                return (
                  <NotificationDrawerListItem key={e.id} variant={severityVariant(sev)} data-testid="drawer-alert">
                    <NotificationDrawerListItemHeader variant={severityVariant(sev)} title={String(e.fields.description ?? '')} srTitle={t(`severity.${sev as 'warning'}`)} truncateTitle={2} />
                    <NotificationDrawerListItemBody timestamp={e.fields.time ? formatDate(String(e.fields.time), t.lang) : undefined}>
                      <EventRefs event={e} />
                    </NotificationDrawerListItemBody>
                  </NotificationDrawerListItem>
                );
              })}
            </NotificationDrawerList>
          </NotificationDrawerGroup>
          <NotificationDrawerGroup title={t('drawer.jobs')} isExpanded={open === 'jobs'} count={runningJobs.length} onExpand={() => toggle('jobs')} data-testid="drawer-jobs">
            <NotificationDrawerList isHidden={open !== 'jobs'} aria-label={t('drawer.jobs')}>
              {runningJobs.length === 0 && (
                <NotificationDrawerListItem isRead variant="info">
                  <NotificationDrawerListItemBody>{t('drawer.noJobs')}</NotificationDrawerListItemBody>
                </NotificationDrawerListItem>
              )}
              {runningJobs.map((j) => (
                <JobItem key={j.id} job={j} />
              ))}
            </NotificationDrawerList>
          </NotificationDrawerGroup>
          <NotificationDrawerGroup title={t('drawer.inFlight')} isExpanded={open === 'mine'} count={tracked.length} onExpand={() => toggle('mine')} data-testid="drawer-mine">
            <NotificationDrawerList isHidden={open !== 'mine'} aria-label={t('drawer.inFlight')}>
              {tracked.length === 0 && (
                <NotificationDrawerListItem isRead variant="info">
                  <NotificationDrawerListItemBody>{t('drawer.noInFlight')}</NotificationDrawerListItemBody>
                </NotificationDrawerListItem>
              )}
              {tracked.slice(0, SHOWN_ACTIONS).map((a) => (
                <TrackedActionItem key={a.id} action={a} jobsHref={entry?.links.jobs} />
              ))}
            </NotificationDrawerList>
          </NotificationDrawerGroup>
        </NotificationDrawerGroupList>
      </NotificationDrawerBody>
    </NotificationDrawer>
  );
}
