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
import type { Resource } from '../../../api/resource.ts';
import { StatusLabel } from '../../components/status-label.tsx';
import { HrefLink } from '../../components/href-link.tsx';
import { formatDate } from '../../lib/format.ts';
import { humanize } from '../../lib/titles.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { EventRefs } from '../events/event-refs.tsx';
import { actionPhase, isEnded, jobProgress, stepsOf, stillShown, type ActionPhase } from './action-progress.ts';
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

function JobSteps({ job }: { job: Pick<Resource, 'fields'> }) {
  const t = useT();
  const steps = stepsOf(job);
  if (steps.length === 0) return null;
  return (
    <ol aria-label={t('drawer.steps')} style={{ marginTop: 'var(--pf-t--global--spacer--xs)', listStyle: 'none', paddingLeft: 0 }}>
      {steps.map((s) => {
        const status = String(s.fields.status ?? '');
        const progress = Number(s.fields.progress);
        const description = String(s.fields.description ?? s.fields.type ?? '');
        return (
          <li key={s.id ?? String(s.fields.number)} data-testid="drawer-step" data-status={status}>
            <StatusLabel status={status} compact /> {description}
            {status === 'started' && s.fields.progress !== undefined && Number.isFinite(progress) && (
              <Progress value={progress} size={ProgressSize.sm} aria-label={`${description} ${progress}%`} measureLocation="outside" />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function JobBody({ job }: { job: Resource }) {
  const status = String(job.fields.status ?? '');
  const progress = status === 'started' ? jobProgress(job) : undefined;
  return (
    <>
      <HrefLink href={job.href}>{String(job.fields.description ?? job.id)}</HrefLink> <StatusLabel status={status} compact />
      {progress !== undefined && <Progress value={progress} size={ProgressSize.sm} aria-label={`${String(job.fields.description ?? '')} ${progress}%`} data-testid="drawer-job-progress" />}
      <JobSteps job={job} />
    </>
  );
}

function JobItem({ job }: { job: Resource }) {
  const t = useT();
  const status = String(job.fields.status ?? '');
  return (
    <NotificationDrawerListItem variant={jobVariant(status)} isRead data-testid="drawer-job">
      <NotificationDrawerListItemHeader variant={jobVariant(status)} title={String(job.fields.description ?? job.id)} srTitle={status} />
      <NotificationDrawerListItemBody timestamp={job.fields.start_time ? formatDate(String(job.fields.start_time), t.lang) : undefined}>
        <JobBody job={job} />
      </NotificationDrawerListItemBody>
    </NotificationDrawerListItem>
  );
}

/** Actions followed at once (one small jobs request each while the drawer is open). */
const SHOWN_ACTIONS = 5;

const PHASE_VARIANT: Record<ActionPhase, Variant> = { waiting: 'info', running: 'info', succeeded: 'success', failed: 'danger', done: 'success' };
const PHASE_TEXT: Record<ActionPhase, string> = { waiting: 'Waiting for the engine', running: 'Running', succeeded: 'Finished', failed: 'Failed', done: 'Done' };

/** An engine action name (`commit_snapshot`) reads as words; a caller's own label stays as given. */
const labelText = (label: string) => (/^[a-z_]+$/.test(label) ? humanize(label) : label);

// Jobs carry no link back to the request, so each action is followed by its own
// `/jobs?search=correlation_id=X` until its jobs end.
function TrackedActionItem({ action, jobsHref }: { action: TrackedAction; jobsHref: string | undefined }) {
  const t = useT();
  const { data: jobs, dataUpdatedAt } = useJobs(jobsHref, `correlation_id=${action.id}`, {
    follow: (js, fetchedAt) => !isEnded(actionPhase(js, action.startedAt, Math.max(fetchedAt, action.startedAt))),
  });
  // "Now" is when the jobs were last read: the phase changes only with what the engine says.
  const now = Math.max(dataUpdatedAt, action.startedAt);
  const phase = actionPhase(jobs, action.startedAt, now);
  if (!stillShown(jobs, action.startedAt, now)) return null;
  const variant = PHASE_VARIANT[phase];
  return (
    <NotificationDrawerListItem isRead variant={variant} data-testid="drawer-action" data-phase={phase}>
      <NotificationDrawerListItemHeader variant={variant} title={`${action.label ? `${labelText(action.label)} · ` : ''}${action.method} ${action.path.replace(/^\/api/, '')}`} srTitle={PHASE_TEXT[phase]} />
      <NotificationDrawerListItemBody timestamp={formatDate(action.startedAt, t.lang)}>
        <div>
          <strong data-testid="drawer-action-phase">{t.dyn(`drawer.phase.${phase}`, PHASE_TEXT[phase])}</strong>
          {action.href && (
            <>
              {' · '}
              <HrefLink href={action.href}>{t.dyn('drawer.openObject', 'open the object')}</HrefLink>
            </>
          )}
        </div>
        <span className="vantage-mono">{t('drawer.correlation', { id: action.id })}</span>
        {!jobs || jobs.length === 0 ? (
          phase === 'waiting' ? <div>{t('drawer.waiting')}</div> : null
        ) : (
          jobs.map((j) => (
            <div key={j.id} data-testid="drawer-action-job" data-status={String(j.fields.status ?? '')}>
              <JobBody job={j} />
            </div>
          ))
        )}
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
