/**
 * The client routes: a path per page, each page's state in the query (lib/url-state.ts, read
 * through the hooks of lib/use-url-state.ts). Pages other than the explorer load on demand, so the
 * explorer's first load carries only its own code.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import { lazy } from 'react';
import Explorer from './pages/Explorer.js';

/** One page of the explorer. */
export interface Route {
  /** Path, e.g. `/softmax`; `/lessons` also owns `/lessons/<id>`. */
  readonly path: string;
  /** Name in the navigation. */
  readonly label: string;
  /** Document title. */
  readonly title: string;
  /** The page. */
  readonly component: ComponentType | LazyExoticComponent<ComponentType>;
}

/** Every page, in navigation order. */
export const ROUTES: readonly Route[] = [
  { path: '/', label: 'Explorer', title: 'Activation explorer', component: Explorer },
  {
    path: '/neuron',
    label: 'Neuron',
    title: 'One neuron',
    component: lazy(() => import('./pages/Neuron.js')),
  },
  {
    path: '/softmax',
    label: 'Softmax',
    title: 'Softmax',
    component: lazy(() => import('./pages/Softmax.js')),
  },
  {
    path: '/backprop',
    label: 'Backprop',
    title: 'Backpropagation, step by step',
    component: lazy(() => import('./pages/Backprop.js')),
  },
  {
    path: '/playground',
    label: 'Playground',
    title: 'Training playground',
    component: lazy(() => import('./pages/Playground.js')),
  },
  {
    path: '/gradients',
    label: 'Vanishing gradients',
    title: 'Vanishing gradients',
    component: lazy(() => import('./pages/Gradients.js')),
  },
  {
    path: '/derivations',
    label: 'Derivations',
    title: 'Derivations, step by step',
    component: lazy(() => import('./pages/Derivations.js')),
  },
  {
    path: '/lessons',
    label: 'Lessons',
    title: 'Lessons',
    component: lazy(() => import('./pages/Lessons.js')),
  },
  {
    path: '/course',
    label: 'Course map',
    title: 'Course map',
    component: lazy(() => import('./pages/Course.js')),
  },
];

/** The route owning `pathname` (a lesson's page belongs to /lessons), or undefined. */
export function matchRoute(pathname: string): Route | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTES.find((r) => r.path === path || (r.path !== '/' && path.startsWith(`${r.path}/`)));
}
