// Preferences (masthead user menu → modal): refresh interval (the refresh control's own
// state), default page size, theme and language. Each change applies and persists at once.
import { Button, Form, FormGroup, FormSelect, FormSelectOption, Modal, ModalBody, ModalFooter, ModalHeader, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { useSyncExternalStore } from 'react';
import { REFRESH_RATES_MS, refreshRate, setRefreshRate, subscribeRefreshRate } from '../../app/polling.ts';
import { setLanguage } from '../../i18n/language.ts';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { PAGE_SIZE_CHOICES, pageSizeStore } from './page-size.ts';
import { setTheme, themeStore } from './theme.ts';

export function PreferencesModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const t = useT();
  const rate = useSyncExternalStore(subscribeRefreshRate, refreshRate);
  const pageSize = useSyncExternalStore(pageSizeStore.subscribe, pageSizeStore.get);
  const theme = useSyncExternalStore(themeStore.subscribe, themeStore.get);
  return (
    <Modal isOpen={isOpen} onClose={onClose} variant="small" aria-labelledby="prefs-title" data-testid="preferences-modal">
      <ModalHeader title={t('prefs.title')} labelId="prefs-title" description={t('prefs.savedHint')} />
      <ModalBody>
        <Form isHorizontal onSubmit={(e) => e.preventDefault()}>
          <FormGroup label={t('prefs.refresh')} fieldId="pref-refresh">
            <FormSelect id="pref-refresh" value={String(rate)} onChange={(_e, v) => setRefreshRate(v === 'false' ? false : Number(v))} aria-label={t('prefs.refresh')}>
              {REFRESH_RATES_MS.map((r) => (
                <FormSelectOption key={r} value={String(r)} label={`${r / 1000} s`} />
              ))}
              <FormSelectOption value="false" label={t('shell.off')} />
            </FormSelect>
          </FormGroup>
          <FormGroup label={t('prefs.pageSize')} fieldId="pref-page-size">
            <FormSelect id="pref-page-size" value={String(pageSize)} onChange={(_e, v) => pageSizeStore.set(Number(v))} aria-label={t('prefs.pageSize')}>
              {PAGE_SIZE_CHOICES.map((n) => (
                <FormSelectOption key={n} value={String(n)} label={String(n)} />
              ))}
            </FormSelect>
          </FormGroup>
          <FormGroup label={t('prefs.theme')} fieldId="pref-theme" role="group">
            <ToggleGroup aria-label={t('prefs.theme')}>
              <ToggleGroupItem text={t('prefs.light')} buttonId="pref-theme-light" isSelected={theme === 'light'} onChange={() => setTheme('light')} />
              <ToggleGroupItem text={t('prefs.dark')} buttonId="pref-theme-dark" isSelected={theme === 'dark'} onChange={() => setTheme('dark')} />
            </ToggleGroup>
          </FormGroup>
          <FormGroup label={t('prefs.language')} fieldId="pref-language">
            <FormSelect id="pref-language" value={t.lang} onChange={(_e, v) => isLanguage(v) && setLanguage(v)} aria-label={t('prefs.language')}>
              {LANGUAGES.map((l) => (
                <FormSelectOption key={l} value={l} label={LANGUAGE_NAMES[l]} />
              ))}
            </FormSelect>
          </FormGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onClose}>
          {t('prefs.done')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
