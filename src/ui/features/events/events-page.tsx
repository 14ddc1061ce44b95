// `/events`: the engine's event log, newest first, with a minimum-severity filter, refreshed
// incrementally with `from=<highest index>` so a poll costs only what is new.
import { Content, Label, PageSection, Skeleton, Title, Toolbar, ToolbarContent, ToolbarItem, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { HrefLink } from '../../components/href-link.tsx';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import type { Resource } from '../../../api/resource.ts';
import { useEventFeed } from './api/get-event-feed.ts';
import { eventIndex } from './event-merge.ts';
import { EventRefs } from './event-refs.tsx';
import { isSeverity, SEVERITIES, severitySearch, type Severity } from './severity.ts';
import { SeverityIcon } from './severity-icon.tsx';

export function EventsPage() {
  const t = useT();
  const { data: entry } = useEntryPoint();
  const [params, setParams] = useSearchParams();
  const raw = params.get('severity');
  const min: Severity = isSeverity(raw) ? raw : 'normal';
  const search = severitySearch(min);
  const href = entry?.links.events;
  const { data, error, isPending, refetch } = useEventFeed(href, search);
  useEffect(() => {
    document.title = `${t('events.title')} · Vantage`;
  }, [t]);

  // Events that came in by polls while the list was open get a marker.
  const isNew = (e: Resource) => data?.baseline !== undefined && eventIndex(e) > data.baseline;

  const choose = (s: Severity) =>
    setParams((cur) => {
      const next = new URLSearchParams(cur);
      if (s === 'normal') next.delete('severity');
      else next.set('severity', s);
      return next;
    });

  return (
    <>
      <PageSection>
        <Title headingLevel="h1">{t('events.title')}</Title>
        {data?.highest !== undefined && (
          <Content component="small" data-testid="events-live">
            {t('events.live', { index: data.highest })}
            {data.arrived > 0 ? ` · ${t('events.newCount', { count: data.arrived })}` : ''}
          </Content>
        )}
      </PageSection>
      <PageSection isFilled>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <ToggleGroup aria-label={t('events.minSeverity')} data-testid="severity-filter">
                {SEVERITIES.map((s) => (
                  <ToggleGroupItem key={s} text={t(`severity.${s}`)} buttonId={`severity-${s}`} isSelected={min === s} onChange={() => choose(s)} />
                ))}
              </ToggleGroup>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {error && !data ? (
          <ErrorState error={error} what={t('events.title')} onRetry={() => refetch()} />
        ) : isPending ? (
          <Skeleton height="12rem" screenreaderText="Loading events" />
        ) : (
          <Table aria-label={`${t('events.title')} table`} variant="compact" data-testid="events-table">
            <Thead>
              <Tr>
                <Th width={10}>{t('events.severity')}</Th>
                <Th width={15}>{t('events.time')}</Th>
                <Th width={10}>{t('events.code')}</Th>
                <Th>{t('events.description')}</Th>
                <Th width={15}>{t('events.objects')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {data.events.length === 0 && (
                <Tr>
                  <Td colSpan={5}>{t('events.none')}</Td>
                </Tr>
              )}
              {data.events.map((e) => (
                <Tr key={e.id} data-testid="event-row" data-index={String(e.fields.index ?? e.id)} data-new={isNew(e) || undefined}>
                  <Td dataLabel={t('events.severity')}>
                    <SeverityIcon severity={String(e.fields.severity ?? 'normal')} />
                    {isNew(e) && (
                      <>
                        {' '}
                        <Label color="blue" isCompact data-testid="event-new">
                          {t.dyn('events.newLabel', 'New')}
                        </Label>
                      </>
                    )}
                  </Td>
                  <Td dataLabel={t('events.time')}>{e.fields.time !== undefined ? formatDate(e.fields.time as string, t.lang) : ''}</Td>
                  <Td dataLabel={t('events.code')}>
                    <HrefLink href={e.href}>{String(e.fields.code ?? '')}</HrefLink>
                  </Td>
                  <Td dataLabel={t('events.description')}>{String(e.fields.description ?? '')}</Td>
                  <Td dataLabel={t('events.objects')}>
                    <EventRefs event={e} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
    </>
  );
}
