/**
 * Every screen of the lab, in tab order: the one list the shell reads its tabs, digit keys, footer
 * and help overlay from. A screen's number key is its place here (the first is 1). Each screen
 * component holds its own state through its reducer (`useReducer` over `state/<screen>.ts`), so
 * adding a screen is its component, its state, and one line below.
 */
import type { ComponentType } from 'react';
import { BackpropScreen, BACKPROP_KEYS } from './Backprop.js';
import { ExploreScreen, EXPLORE_KEYS } from './Explore.js';
import { LessonsScreen, LESSONS_KEYS } from './Lessons.js';
import type { KeyHelp, ScreenProps } from './screen.js';
import { SoftmaxScreen, SOFTMAX_KEYS } from './Softmax.js';
import { TrainScreen, TRAIN_KEYS } from './Train.js';

/** One screen: what the shell needs to show it and to describe it. */
export interface ScreenEntry {
  /** The id `actlab ui <id>` opens it by. */
  readonly id: string;
  /** Its tab title. */
  readonly title: string;
  /** The component, given the shell's props. */
  readonly Component: ComponentType<ScreenProps>;
  /** Its keys, for the footer (most used first) and the help overlay. */
  readonly keys: readonly KeyHelp[];
}

/** The screens, in tab order. */
export const SCREENS = [
  { id: 'explore', title: 'Explore', Component: ExploreScreen, keys: EXPLORE_KEYS },
  { id: 'softmax', title: 'Softmax', Component: SoftmaxScreen, keys: SOFTMAX_KEYS },
  { id: 'train', title: 'Train', Component: TrainScreen, keys: TRAIN_KEYS },
  { id: 'lessons', title: 'Lessons', Component: LessonsScreen, keys: LESSONS_KEYS },
  { id: 'backprop', title: 'Backprop', Component: BackpropScreen, keys: BACKPROP_KEYS },
] as const satisfies readonly ScreenEntry[];

/** One screen's id. */
export type ScreenId = (typeof SCREENS)[number]['id'];

/** The screens' ids, in tab order. */
export const SCREEN_IDS: readonly ScreenId[] = SCREENS.map((s) => s.id);

/** The number key that shows the screen at `index` (0-based). */
export function screenDigit(index: number): number {
  return index + 1;
}

/** The screen entry at `index` (0-based); the first one outside the list. */
export function screenAt(index: number): ScreenEntry {
  return SCREENS[index] ?? SCREENS[0];
}

/** Where the screen `id` sits in the tab order, or undefined when no screen has that id. */
export function screenIndex(id: string): number | undefined {
  const at = SCREEN_IDS.indexOf(id as ScreenId);
  return at < 0 ? undefined : at;
}
