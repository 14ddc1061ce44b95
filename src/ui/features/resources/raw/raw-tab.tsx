// The Raw tab: the resource exactly as the engine sent it, as XML or JSON, and the curl
// command that fetches it from the engine directly (with a token placeholder).
import { Button, CodeBlock, CodeBlockAction, CodeBlockCode, ClipboardCopyButton, Flex, FlexItem, Skeleton, Switch, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { useSession } from '../../../components/session-context.ts';
import { useRawResource, type RawFormat } from '../api/get-raw-resource.ts';
import { curlCommand } from './curl-command.ts';

export function RawTab({ href }: { href: string }) {
  const [format, setFormat] = useState<RawFormat>('xml');
  const [copied, setCopied] = useState<'doc' | 'curl' | null>(null);
  // exact by default (what the engine sent); indenting is an opt-in reading aid
  const [pretty, setPretty] = useState(false);
  const session = useSession();
  const { data, error, isPending, refetch } = useRawResource(href, format);
  const curl = curlCommand(session.engine.url, href, format);
  const copy = async (what: 'doc' | 'curl', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      // clipboard refused (insecure context): the text stays selectable on screen
      setCopied(null);
    }
  };
  return (
    <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }} data-testid="raw-tab">
      <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} style={{ marginBottom: 'var(--pf-t--global--spacer--sm)' }}>
        <FlexItem>
          <ToggleGroup aria-label="Format">
            <ToggleGroupItem text="XML" buttonId="raw-xml" isSelected={format === 'xml'} onChange={() => setFormat('xml')} />
            <ToggleGroupItem text="JSON" buttonId="raw-json" isSelected={format === 'json'} onChange={() => setFormat('json')} />
          </ToggleGroup>
        </FlexItem>
        {format === 'json' && (
          <FlexItem>
            <Switch id="raw-pretty" label="Indent" isChecked={pretty} onChange={(_e, v) => setPretty(v)} />
          </FlexItem>
        )}
        <FlexItem>
          <Button variant="secondary" onClick={() => copy('curl', curl)} data-testid="copy-curl">
            {copied === 'curl' ? 'Copied curl command' : 'Copy as curl'}
          </Button>
        </FlexItem>
      </Flex>
      <CodeBlock aria-label="curl command" style={{ marginBottom: 'var(--pf-t--global--spacer--sm)' }}>
        <CodeBlockCode data-testid="curl-text">{curl}</CodeBlockCode>
      </CodeBlock>
      {error ? (
        <ErrorState error={error} what="the raw document" onRetry={() => refetch()} />
      ) : isPending ? (
        <Skeleton height="12rem" screenreaderText="Loading the raw document" />
      ) : (
        <CodeBlock
          aria-label={`${format.toUpperCase()} document`}
          actions={
            <CodeBlockAction>
              <ClipboardCopyButton id="raw-copy" textId="raw-code" aria-label={`Copy ${format.toUpperCase()}`} onClick={() => copy('doc', data.text)} exitDelay={copied === 'doc' ? 1500 : 600} variant="plain">
                {copied === 'doc' ? 'Copied' : 'Copy to clipboard'}
              </ClipboardCopyButton>
            </CodeBlockAction>
          }
        >
          <CodeBlockCode id="raw-code" data-testid={`raw-${format}`} style={{ maxHeight: '60vh', overflow: 'auto' }}>
            {format === 'json' && pretty ? indentJson(data.text) : data.text}
          </CodeBlockCode>
        </CodeBlock>
      )}
    </div>
  );
}

function indentJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
