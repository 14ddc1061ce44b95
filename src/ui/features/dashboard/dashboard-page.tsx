// `/`: the landing dashboard (inventory, utilization, top consumers) above the engine's entry
// point page, which stays the map of the API.
import { PageSection, Title } from '@patternfly/react-core';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { EntryPage } from '../entry/entry-page.tsx';
import { InventoryCards } from './inventory-cards.tsx';
import { TopConsumers } from './top-consumers.tsx';
import { UtilizationCards } from './utilization-cards.tsx';

export function DashboardPage() {
  const t = useT();
  const { data: entry } = useEntryPoint();
  useEffect(() => {
    document.title = `${t('dashboard.title')} · Vantage`;
  }, [t]);
  return (
    <>
      {entry && (
        <PageSection aria-labelledby="dashboard-title" data-testid="dashboard">
          <Title headingLevel="h2" id="dashboard-title" size="2xl">
            {t('dashboard.title')}
          </Title>
          <Title headingLevel="h3" size="lg" style={{ margin: "var(--pf-t--global--spacer--lg) 0 var(--pf-t--global--spacer--sm)" }}>
            {t('dashboard.inventory')}
          </Title>
          <InventoryCards entry={entry} />
          <Title headingLevel="h3" size="lg" style={{ margin: "var(--pf-t--global--spacer--lg) 0 var(--pf-t--global--spacer--sm)" }}>
            {t('dashboard.utilization')}
          </Title>
          <UtilizationCards entry={entry} />
          <Title headingLevel="h3" size="lg" style={{ margin: "var(--pf-t--global--spacer--lg) 0 var(--pf-t--global--spacer--sm)" }}>
            {t('dashboard.topConsumers')}
          </Title>
          <TopConsumers entry={entry} />
        </PageSection>
      )}
      <EntryPage />
    </>
  );
}
