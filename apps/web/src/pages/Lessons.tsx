/** Placeholder while the page is being built. */
export default function Lessons() {
  return <h1>Lessons</h1>;
}
