// The search box of a searchable collection: the engine's query language with completion
// (fields, operators, enum values, keywords, and values seen on the page), navigable with
// the keyboard as an ARIA combobox, and checked by the client core's parser before it is
// sent — a broken query shows where it breaks instead of reaching the engine.
import { Button, HelperText, HelperTextItem, Menu, MenuContent, MenuItem, MenuList, TextInputGroup, TextInputGroupMain, TextInputGroupUtilities } from '@patternfly/react-core';
import ArrowRightIcon from '@patternfly/react-icons/dist/esm/icons/arrow-right-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import TimesIcon from '@patternfly/react-icons/dist/esm/icons/times-icon';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import type { SearchError } from '../../../../api/search/parse.ts';
import type { Suggestion } from '../../../../api/search/suggest.ts';
import { SaveBookmarkButton } from './save-bookmark-button.tsx';
import { applySuggestion, completionsAt, validateSearch } from './search-completion.ts';

export interface SearchBarProps {
  /** The query in force (from the URL). */
  value: string;
  /** Search object of the collection (`Vms`); undefined: no grammar, no completion. */
  object: string | undefined;
  /** The page's items, for value suggestions. */
  items: Resource[];
  /** Accessible name of the input: "Search Virtual machines". */
  label: string;
  placeholder: string;
  onSearch: (query: string) => void;
}

const NO_ITEMS: Suggestion[] = [];

export function SearchBar({ value, object, items, label, placeholder, onSearch }: SearchBarProps) {
  const [draft, setDraft] = useState(value);
  const [cursor, setCursor] = useState(value.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<SearchError | null>(() => validateSearch(value, object));
  const input = useRef<HTMLInputElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const nextCursor = useRef<number | null>(null);
  const id = useId();
  const listId = `${id}-suggestions`;
  const errorId = `${id}-error`;

  useEffect(() => {
    setDraft(value);
    setError(validateSearch(value, object));
  }, [value, object]);
  // Put the caret where a completion ended (after React wrote the new value).
  useLayoutEffect(() => {
    if (nextCursor.current === null || !input.current) return;
    input.current.setSelectionRange(nextCursor.current, nextCursor.current);
    nextCursor.current = null;
  });

  const completion = useMemo(() => (open ? completionsAt(draft, cursor, object, items) : { from: cursor, to: cursor, items: NO_ITEMS }), [open, draft, cursor, object, items]);
  const options = completion.items;
  const expanded = open && options.length > 0;

  const readCursor = () => setCursor(input.current?.selectionStart ?? draft.length);
  const choose = (s: Suggestion) => {
    const next = applySuggestion(draft, completion.from, completion.to, s);
    setDraft(next.text);
    setCursor(next.cursor);
    nextCursor.current = next.cursor;
    setActive(-1);
    setError(null);
    input.current?.focus();
  };
  const submit = (text: string) => {
    const problem = validateSearch(text, object);
    setError(problem);
    setOpen(false);
    if (problem) return;
    onSearch(text.trim());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((a) => (options.length ? (a + 1) % options.length : -1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => (options.length ? (a <= 0 ? options.length - 1 : a - 1) : -1));
        break;
      case 'Enter':
        e.preventDefault();
        if (expanded && active >= 0 && options[active]) choose(options[active]);
        else submit(draft);
        break;
      case 'Tab':
        if (expanded && active >= 0 && options[active]) {
          e.preventDefault();
          choose(options[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // the caret moves after this event
        setTimeout(readCursor, 0);
        break;
    }
  };

  const marked = error ? markError(draft, error) : null;
  return (
    <div
      ref={wrapper}
      className="vantage-search-bar"
      style={{ position: 'relative', width: '100%' }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!wrapper.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <TextInputGroup validated={error ? 'error' : undefined}>
        <TextInputGroupMain
          icon={<SearchIcon />}
          value={draft}
          placeholder={placeholder}
          aria-label={label}
          role="combobox"
          isExpanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          innerRef={input}
          inputProps={{
            'aria-autocomplete': 'list',
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? errorId : undefined,
            onClick: () => {
              readCursor();
              setOpen(true);
            },
            spellCheck: false,
            autoComplete: 'off',
            'data-testid': 'search-input',
          }}
          onChange={(e, v) => {
            setDraft(v);
            setCursor((e.target as HTMLInputElement).selectionStart ?? v.length);
            setOpen(true);
            setActive(-1);
            setError(null);
          }}
          onFocus={() => setOpen(true)}
        />
        <TextInputGroupUtilities>
          {draft && (
            <Button
              variant="plain"
              aria-label="Clear search"
              icon={<TimesIcon />}
              onClick={() => {
                setDraft('');
                setError(null);
                setCursor(0);
                if (value) onSearch('');
                input.current?.focus();
              }}
            />
          )}
          <Button variant="plain" aria-label="Search" icon={<ArrowRightIcon />} onClick={() => submit(draft)} data-testid="search-submit" />
          {/* Only the search in force (not a draft being typed) can be saved. */}
          {object && value && draft.trim() === value && !error && <SaveBookmarkButton object={object} search={value} />}
        </TextInputGroupUtilities>
      </TextInputGroup>
      {expanded && (
        <Menu
          role="listbox"
          isPlain={false}
          onSelect={(_e, itemId) => {
            const s = options[Number(itemId)];
            if (s) choose(s);
          }}
          style={{ position: 'absolute', top: '100%', left: 0, zIndex: 400, minWidth: '18rem', maxWidth: '100%' }}
          data-testid="search-suggestions"
        >
          <MenuContent maxMenuHeight="20rem">
            <MenuList id={listId} aria-label="Search suggestions">
              {options.map((s, i) => (
                <MenuItem
                  key={`${s.kind}-${s.text}`}
                  itemId={i}
                  id={`${listId}-${i}`}
                  isFocused={i === active}
                  isSelected={i === active}
                  description={s.detail ? `${s.kind} · ${s.detail}` : s.kind}
                  onMouseDown={(e: React.MouseEvent) => e.preventDefault()}
                  data-testid="search-suggestion"
                >
                  {s.text}
                </MenuItem>
              ))}
            </MenuList>
          </MenuContent>
        </Menu>
      )}
      {error && marked && (
        <HelperText id={errorId} data-testid="search-error" aria-live="polite">
          <HelperTextItem variant="error">
            {`At character ${error.position + 1}: ${error.message}`}
            <br />
            <code className="vantage-mono">
              {marked.before}
              <mark>{marked.bad || '\u00a0'}</mark>
              {marked.after}
            </code>
          </HelperTextItem>
        </HelperText>
      )}
    </div>
  );
}

function markError(text: string, err: SearchError): { before: string; bad: string; after: string } {
  const start = Math.max(0, Math.min(err.position, text.length));
  let end = Math.max(start, Math.min(err.end, text.length));
  // The parser's range may take the following space along; mark only the offending text.
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { before: text.slice(0, start), bad: text.slice(start, end), after: text.slice(end) };
}
