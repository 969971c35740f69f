import type * as Ink from 'ink';
import type { Key } from 'ink';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ready, settle } from '../test/keys.js';
import { useScreenInput } from './use-screen-input.js';

// Every handler Ink's useInput is given, so a test can call one the way a late-unsubscribed
// subscription would: after a render that hid the screen, before Ink's effect removes it.
const given = vi.hoisted(() => [] as ((input: string, key: Key) => void)[]);
vi.mock('ink', async (original) => {
  const ink = await original<typeof Ink>();
  return {
    ...ink,
    useInput: (handler: (input: string, key: Key) => void, options?: { isActive?: boolean }) => {
      given.push(handler);
      ink.useInput(handler, options);
    },
  };
});

function Probe(props: { active: boolean; keys: string[] }): ReactNode {
  useScreenInput((input) => props.keys.push(input), props.active);
  return <Text>{props.active ? 'shown' : 'hidden'}</Text>;
}

describe('useScreenInput', () => {
  it('passes keys while shown, and turns away a key a stale subscription delivers once hidden', async () => {
    const keys: string[] = [];
    const app = render(<Probe active keys={keys} />);
    await ready(app.lastFrame);
    app.stdin.write('a');
    await settle();
    const whileShown = given.at(-1)!;
    app.rerender(<Probe active={false} keys={keys} />);
    await settle();
    // The handler subscribed while shown, called after the render that hid the screen.
    whileShown('b', {} as Key);
    app.stdin.write('c');
    await settle();
    app.rerender(<Probe active keys={keys} />);
    await settle();
    app.stdin.write('d');
    await settle();
    expect(keys).toEqual(['a', 'd']);
    app.unmount();
  });
});
