import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const shape = (text: string) => tokenize(text).tokens.map((t) => `${t.type}:${t.value}`);

describe('search tokens (the engine reading)', () => {
  it('reads a value after an operator up to the next blank', () => {
    expect(shape('name=web-01.example.com ip=10.0.0.*')).toEqual(['word:name', 'op:=', 'word:web-01.example.com', 'word:ip', 'op:=', 'word:10.0.0.*']);
    expect(shape('name==x')).toEqual(['word:name', 'op:=', 'word:=x']);
    expect(shape('memory >= 1024')).toEqual(['word:memory', 'op:>=', 'word:1024']);
  });

  it('makes a colon special only after a first word naming a search object', () => {
    expect(shape('Vms: name=x')).toEqual(['word:Vms', 'colon::', 'word:name', 'op:=', 'word:x']);
    expect(shape('vms:name=x')).toEqual(['word:vms', 'colon::', 'word:name', 'op:=', 'word:x']);
    expect(shape('fe80::1')).toEqual(['word:fe80::1']);
    expect(shape('Events: 10:30')).toEqual(['word:Events', 'colon::', 'word:10:30']);
  });

  it('keeps positions and quoted values', () => {
    expect(tokenize('Vms: name="my vm"').tokens[4]).toEqual({ type: 'string', value: 'my vm', start: 10, end: 17 });
  });

  it('stops at what the engine refuses, with the tokens read so far', () => {
    const r = tokenize("name='x'");
    expect(r.tokens.map((t) => t.value)).toEqual(['name', '=']);
    expect(r.error).toMatchObject({ position: 5, message: "invalid character ' at position 6" });
    expect(tokenize('name!x').error).toMatchObject({ position: 4 });
    expect(tokenize('name="x').error?.message).toMatch(/Unterminated double quote at position 6/);
  });
});
