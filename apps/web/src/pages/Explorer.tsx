/** Placeholder while the page is being built. */
export default function Explorer() {
  return <h1>Explorer</h1>;
}
