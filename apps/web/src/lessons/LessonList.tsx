/** The list of lessons: each experiment's title, its point in one line, and a link to its page. */
import { Link } from '../lib/navigation.js';
import { LESSONS, lessonPath } from './catalog.js';

/** All lessons, in course order. */
export function LessonList() {
  return (
    <article>
      <h1>Lessons</h1>
      <p>
        Each lesson is one of the course&apos;s points, shown by a small experiment you can run
        here: read what it does, press Run and compare the measured outcome with the claim.
      </p>
      <ol className="lesson-list">
        {LESSONS.map((lesson) => (
          <li key={lesson.id} className="panel">
            <h2>
              <Link to={lessonPath(lesson.id)}>{lesson.title}</Link>
            </h2>
            <p>{lesson.lesson}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
