/** Links around a lesson: back to the list, and the previous and next lessons of the course. */
import { Link } from '../lib/navigation.js';
import { LESSONS, LESSONS_PATH, lessonPath } from './catalog.js';

/** Props of LessonNav. */
export interface LessonNavProps {
  readonly id: string;
}

/** The lesson's neighbours. */
export function LessonNav({ id }: LessonNavProps) {
  const index = LESSONS.findIndex((l) => l.id === id);
  const previous = index > 0 ? LESSONS[index - 1] : undefined;
  const next = index >= 0 ? LESSONS[index + 1] : undefined;
  return (
    <nav className="lesson-nav" aria-label="Lessons">
      <Link to={LESSONS_PATH}>All lessons</Link>
      {previous ? <Link to={lessonPath(previous.id)}>Previous: {previous.title}</Link> : null}
      {next ? <Link to={lessonPath(next.id)}>Next: {next.title}</Link> : null}
    </nav>
  );
}
