import { describe, expect, it } from 'vitest';
import { splitEvents } from './training.js';

describe('splitEvents', () => {
  it('returns the complete events and keeps a partial one for the next chunk', () => {
    const text = 'event: progress\ndata: {"epoch":1}\n\nevent: progress\ndata: {"ep';
    const { blocks, rest } = splitEvents(text);
    expect(blocks).toEqual(['event: progress\ndata: {"epoch":1}\n\n']);
    expect(rest).toBe('event: progress\ndata: {"ep');
    const next = splitEvents(`${rest}och":2}\n\n`);
    expect(next.blocks).toEqual(['event: progress\ndata: {"epoch":2}\n\n']);
    expect(next.rest).toBe('');
  });

  it('finds nothing in a chunk without a blank line', () => {
    expect(splitEvents('event: result\n')).toEqual({ blocks: [], rest: 'event: result\n' });
  });
});
