// The engine's search language: tokenizer, parser, suggestions, object definitions.
export * from './objects.ts';
export * from './tokenize.ts';
export * from './parse.ts';
export * from './suggest.ts';
