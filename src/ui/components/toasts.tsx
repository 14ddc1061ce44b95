// Toast notifications (bottom-right, as in the Administration Portal), announced to screen
// readers through the AlertGroup's live region.
import { Alert, AlertActionCloseButton, AlertGroup, type AlertProps } from '@patternfly/react-core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Toast {
  variant: NonNullable<AlertProps['variant']>;
  title: string;
  body?: string;
}

const ToastContext = createContext<(t: Toast) => void>(() => undefined);

/** @example const toast = useToast(); toast({ variant: 'success', title: 'VM web1 started' }); */
export function useToast(): (t: Toast) => void {
  return useContext(ToastContext);
}

let nextKey = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Array<Toast & { key: number }>>([]);
  const remove = useCallback((key: number) => setToasts((ts) => ts.filter((t) => t.key !== key)), []);
  const add = useCallback((t: Toast) => setToasts((ts) => [...ts.slice(-4), { ...t, key: nextKey++ }]), []);
  const value = useMemo(() => add, [add]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <AlertGroup isToast isLiveRegion>
        {toasts.map((t) => (
          <Alert
            key={t.key}
            variant={t.variant}
            title={t.title}
            timeout={t.variant === 'danger' ? 15000 : 6000}
            onTimeout={() => remove(t.key)}
            actionClose={<AlertActionCloseButton title={t.title} onClose={() => remove(t.key)} />}
          >
            {t.body}
          </Alert>
        ))}
      </AlertGroup>
    </ToastContext.Provider>
  );
}
