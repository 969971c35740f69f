import { describe, expect, it } from 'vitest';
import { createEventStream, formatEvent, parseEvents } from './sse.js';

describe('server-sent events', () => {
  it('frames an event as one event line and one data line', () => {
    expect(formatEvent('progress', { a: 'x\ny' })).toBe('event: progress\ndata: {"a":"x\\ny"}\n\n');
  });

  it('parses what it frames', () => {
    const text = formatEvent('progress', { epoch: 1 }) + formatEvent('result', [1, 'NaN']);
    expect(parseEvents(text)).toEqual([
      { event: 'progress', data: { epoch: 1 } },
      { event: 'result', data: [1, 'NaN'] },
    ]);
  });

  it('ignores events after the end', async () => {
    const stream = createEventStream();
    const chunks: string[] = [];
    stream.body.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    stream.send('a', 1);
    stream.end();
    stream.send('b', 2);
    stream.end();
    await new Promise((resolve) => stream.body.on('end', resolve));
    expect(chunks.join('')).toBe(formatEvent('a', 1));
  });
});
