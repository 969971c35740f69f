/**
 * Moving between pages without reloading: the current path, navigation, and in-app links. Apart
 * from the route table (router.tsx), which imports the pages, so that a page can link to another
 * without an import circle through the router.
 */
import type { MouseEvent, ReactNode } from 'react';
import { useLocation } from './use-url-state.js';
import { setUrl } from './url-state.js';

/** The current path (without the query). */
export function usePathname(): string {
  return useLocation().split('?')[0] ?? '/';
}

/** Goes to `href` as a new history entry (links between pages; state changes replace instead). */
function navigate(href: string): void {
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
