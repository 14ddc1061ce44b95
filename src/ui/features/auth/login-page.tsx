// The login page: engine chooser (when the proxy serves several), user name and password.
// The proxy does the engine's SSO; the browser only ever gets a session cookie.
import {
  ActionGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Alert,
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  LoginPage as PfLoginPage,
  TextInput,
} from '@patternfly/react-core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/routes.ts';
import { useEngines } from './api/get-engines.ts';
import { useMe } from './api/get-me.ts';
import { useLogin } from './api/login.ts';
import { forgetSessionEnd, sessionEndReason } from './session-end-reason.ts';
import { startSession } from '../notifications/session-start.ts';

export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const engines = useEngines();
  const login = useLogin();
  const [username, setUsername] = useState('admin@internal');
  const [password, setPassword] = useState('');
  const [engine, setEngine] = useState('');
  // Field errors show only after a first attempt, not while the user is still typing.
  const [tried, setTried] = useState(false);
  const [endedBecause] = useState(sessionEndReason);
  const usernameMissing = tried && !username.trim();
  const passwordMissing = tried && !password;

  const choices = useMemo(() => engines.data ?? [], [engines.data]);
  // Default to the first engine once the list arrives.
  const chosen = engine || choices[0]?.id || '';

  useEffect(() => {
    document.title = 'Log in · Vantage';
  }, []);

  if (me.data) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!username.trim() || !password) return;
    login.mutate(
      { username: username.trim(), password, ...(choices.length > 1 && chosen ? { engine: chosen } : {}) },
      {
        onSuccess: () => {
          forgetSessionEnd();
          startSession();
          navigate(next, { replace: true });
        },
      },
    );
  };

  return (
    <PfLoginPage brandImgSrc="/vantage-logo.svg" brandImgAlt="Vantage" loginTitle="Log in to your oVirt engine" loginSubtitle="Vantage administration dashboard" textContent="Vantage browses and manages oVirt and Red Hat Virtualization engines through their REST API.">
      <h1 className="pf-v6-screen-reader">Vantage: log in</h1>
      <Form onSubmit={submit} aria-label="Log in" noValidate>
        {endedBecause && !login.error && <Alert variant="info" isInline title={endedBecause} data-testid="session-ended" />}
        {login.error && (
          <Alert variant="danger" isInline title={login.error.message} data-testid="login-error" aria-live="polite" />
        )}
        {engines.error && <Alert variant="warning" isInline title={`Could not list engines: ${engines.error.message}`} />}
        {choices.length > 1 && (
          <FormGroup label="Engine" fieldId="login-engine">
            <FormSelect id="login-engine" value={chosen} onChange={(_e, v) => setEngine(v)} aria-label="Engine">
              {choices.map((c) => (
                <FormSelectOption key={c.id} value={c.id} label={c.name} />
              ))}
            </FormSelect>
          </FormGroup>
        )}
        <FormGroup label="Username" isRequired fieldId="login-username">
          <TextInput id="login-username" name="username" autoComplete="username" value={username} onChange={(_e, v) => setUsername(v)} isRequired validated={usernameMissing ? 'error' : 'default'} aria-describedby={usernameMissing ? 'login-username-error' : undefined} />
          {usernameMissing && <FieldError id="login-username-error">Enter your user name, e.g. admin@internal.</FieldError>}
        </FormGroup>
        <FormGroup label="Password" isRequired fieldId="login-password">
          <TextInput
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(_e, v) => setPassword(v)}
            isRequired
            autoFocus
            validated={passwordMissing ? 'error' : 'default'}
            aria-describedby={passwordMissing ? 'login-password-error' : undefined}
          />
          {passwordMissing && <FieldError id="login-password-error">Enter your password.</FieldError>}
        </FormGroup>
        <ActionGroup>
          <Button type="submit" variant="primary" isBlock isLoading={login.isPending} isDisabled={login.isPending}>
            Log in
          </Button>
        </ActionGroup>
      </Form>
    </PfLoginPage>
  );
}

function FieldError({ id, children }: { id: string; children: string }) {
  return (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant="error">{children}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}
