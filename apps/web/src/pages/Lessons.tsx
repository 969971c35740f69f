/**
 * The lessons: /lessons lists the course's experiments, /lessons/<id> shows one (digits has its
 * own page, trained in the browser on the compact subset).
 */
import { DIGITS_ID, lessonById, lessonIdFromPath, LESSONS_PATH } from '../lessons/catalog.js';
import { DigitsLesson } from '../lessons/DigitsLesson.js';
import { ExperimentLesson } from '../lessons/ExperimentLesson.js';
import { LessonList } from '../lessons/LessonList.js';
import { Link, usePathname } from '../lib/navigation.js';
import '../lessons/lessons.css';

/** The lessons page for the current path. */
export default function Lessons() {
  const id = lessonIdFromPath(usePathname());
  if (id === undefined) return <LessonList />;
  const info = lessonById(id);
  if (!info) {
    return (
      <article>
        <h1>Lesson not found</h1>
        <p>
          There is no lesson called <code>{id}</code>.{' '}
          <Link to={LESSONS_PATH}>See all lessons</Link>.
        </p>
      </article>
    );
  }
  // Keyed by id: another lesson starts from a fresh state.
  return info.id === DIGITS_ID ? (
    <DigitsLesson key={info.id} info={info} />
  ) : (
    <ExperimentLesson key={info.id} info={info} />
  );
}
