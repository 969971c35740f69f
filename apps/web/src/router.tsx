/**
 * The client routes: a path per page, each page's state in the query (lib/url-state.ts). Pages
 * other than the explorer load on demand, so the explorer's first load carries only its own code.
 */
import type { ComponentType, LazyExoticComponent, MouseEvent, ReactNode } from 'react';
import { lazy } from 'react';
import Explorer from './pages/Explorer.js';
import { setUrl, useLocation } from './lib/url-state.js';

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
    path: '/lessons',
    label: 'Lessons',
    title: 'Lessons',
    component: lazy(() => import('./pages/Lessons.js')),
  },
];

/** The route owning `pathname` (a lesson's page belongs to /lessons), or undefined. */
export function matchRoute(pathname: string): Route | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTES.find((r) => r.path === path || (r.path !== '/' && path.startsWith(`${r.path}/`)));
}

/** The current path (without the query). */
export function usePathname(): string {
  return useLocation().split('?')[0] ?? '/';
}

/** Goes to `href` as a new history entry (links between pages; state changes replace instead). */
export function navigate(href: string): void {
  setUrl(href, 'push');
  window.scrollTo?.(0, 0);
}

/** An in-app link: a real `<a href>` (middle-click, copy link) that navigates without reloading. */
export function Link(props: {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly 'aria-current'?: 'page' | undefined;
}) {
  const { to, children, ...rest } = props;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
