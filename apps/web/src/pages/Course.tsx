/**
 * The course map: the notes' sections in order, each with links to the places in actlab that
 * teach it, so a teacher can follow the notes in class.
 */
import { COURSE_SECTIONS } from '@actlab/train';
import { courseLink } from '../course/course-links.js';
import { Link } from '../lib/navigation.js';

/** The course map page. */
export default function Course() {
  return (
    <article className="course-map">
      <h1>Course map</h1>
      <p className="lede">
        The sections of the course notes on activation functions, top to bottom, and where actlab
        lets you try each one.
      </p>
      <ol>
        {COURSE_SECTIONS.map((section) => (
          <li key={section.id} id={section.id}>
            <h2>{section.title}</h2>
            <p>{section.summary}</p>
            <ul>
              {section.places.map((place) => {
                const link = courseLink(place);
                return (
                  <li key={link.href}>
                    <Link to={link.href}>{link.text}</Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
