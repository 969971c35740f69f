/** Inline messages about the link (unknown names, invalid values and what was used instead). */
import { Link } from '../lib/navigation.js';
import type { Notice } from './selection.js';

/** Props of Notices. */
export interface NoticesProps {
  readonly notices: readonly Notice[];
}

/** A list of notices, announced politely; nothing when there are none. */
export function Notices({ notices }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div className="explorer-notices" role="status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            {n.text}
            {n.link ? (
              <>
                {' '}
                <Link to={n.link.href}>{n.link.label}</Link>.
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
