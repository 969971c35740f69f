/** Placeholder while the page is being built. */
export default function Playground() {
  return <h1>Playground</h1>;
}
